"""Sentence spans for news text.

A regex splitter tuned for news: it keeps titles and initials ("Gen.", "U.S.", "Lt.-Col.")
inside the sentence and treats blank lines and line breaks as boundaries, since scraped
pages put headlines, captions and paragraphs on lines of their own. Spans, not strings, so
every offset stays an offset into the source text.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr cdr gov sen rep pres st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    vs etc inc corp co ltd jr sr rev gens govs sens reps messrs u.s u.n u.k e.g i.e a.m p.m
    approx dept est fig vol
    """.split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_LINE_BREAK = re.compile(r"\n+")
# Up to three words opening with a capital, then a capitalised opener of a sentence.
_CROSSHEAD = re.compile(
    r"\s*([A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})"
    r"(?=\s+(?:The|A|An|In|On|At|After|But|Since|When|While|This)\s)"
)
_VERBISH = re.compile(r"(?:ed|said|says|went|was|were|is|are)\b")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or a single initial."""
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    if start > 0 and text[start - 1].isdigit():
        return False  # "since the 1990s.", "two F-16s."
    word = text[start:dot].lower()
    # a single initial ("J. Smith") or a run of them ("T.C.A. Raghavan")
    return word in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", word) is not None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text[start:end]``, trimmed of space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in _line_spans(text, start, end):
        cut = line[0]
        for match in _BOUNDARY.finditer(text, line[0], line[1]):
            if _is_abbreviation(text, match.start()):
                continue
            spans.append((cut, match.end()))
            cut = match.end()
            head = _CROSSHEAD.match(text, cut, line[1])
            if head is not None and not _VERBISH.search(head.group(1)):
                # a crosshead flattened into the paragraph: "... Wednesday evening. The
                # attack The Jaffar Express, a train with 450 people on board, came under ..."
                spans.append((cut, head.end(1)))
                cut = head.end(1)
        spans.append((cut, line[1]))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[1] > s[0]]


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cut = start
    for match in _LINE_BREAK.finditer(text, start, end):
        spans.append((cut, match.start()))
        cut = match.end()
    spans.append((cut, end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
