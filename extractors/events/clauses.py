"""Clauses of a sentence, found shallowly from punctuation and subordinating words.

Dating and status look at "the same clause" first; a clause here is a run of tokens between
commas, dashes, brackets, semicolons and words that open a subordinate clause.
"""

from __future__ import annotations

from extractors.events.words import (
    AUXILIARIES,
    CLAUSE_PUNCT,
    PERFECT,
    REPORTING,
    Token,
    is_capitalised,
)
from extractors.temporal.lexicon import MONTHS, WEEKDAYS

_OPENERS = frozenset(
    [
        "which",
        "who",
        "whom",
        "where",
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "if",
        "unless",
        "when",
        "whenever",
        "after",
        "before",
        "since",
        "until",
        "till",
        "once",
        "but",
        "despite",
        "amid",
    ]
)


# Times of day that make "before"/"after" a time phrase, not a clause ("fired rockets before
# dawn on 21 August 2013").
_TIMES_OF_DAY = frozenset(
    "dawn dusk daybreak sunrise sunset nightfall dark midnight noon midday".split()
)


# Nouns of saying and dates after which "that" opens the content clause ("warnings from
# Moscow on Thursday that US air strikes could ...").
_THAT_HOSTS = frozenset(
    "warning warnings report reports claim claims fear fears concern concerns statement "
    "assurance assurances sign signs evidence news word hope hopes belief "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)


def _as_clause(tokens: list[Token], i: int) -> bool:
    """ "as an explosion ripped through ...": "as" opening a clause with its own subject and
    past verb (not "as a result", "such as a", "as a gesture")."""
    if tokens[i].lower != "as" or i + 2 >= len(tokens) or tokens[i + 1].lower not in ("a", "an"):
        return False
    if i > 0 and tokens[i - 1].lower in ("such", "same", "as", "well"):
        return False
    nxt = tokens[i + 3] if i + 3 < len(tokens) else None
    return nxt is not None and nxt.text.islower() and nxt.lower.endswith("ed")


def _quote_in_verb_group(tokens: list[Token], i: int) -> bool:
    """A quotation mark opening after an auxiliary: 'had been "postponed until ..."' quotes
    the verb of the same clause."""
    return tokens[i].text in '"“' and i > 0 and tokens[i - 1].lower in AUXILIARIES


def clause_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, last)`` token indices (inclusive) of each clause, in order."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for i, tok in enumerate(tokens):
        cut_before = (
            (
                tok.lower in _OPENERS
                and not (i + 1 < len(tokens) and tokens[i + 1].lower in _TIMES_OF_DAY)
                # "talks have since been held": an adverb inside the verb group
                and not (tok.lower == "since" and i > 0 and tokens[i - 1].lower in PERFECT)
            )
            or (
                tok.lower == "that"
                and i > 0
                and (
                    tokens[i - 1].lower in REPORTING
                    or tokens[i - 1].lower in _THAT_HOSTS
                    # a second content clause: "said the strike had killed 11 and that a
                    # second strike had hit a truck"
                    or (tokens[i - 1].lower in ("and", "or") and i > 1)
                )
            )
            or _as_clause(tokens, i)
        )
        double_hyphen = (  # "--" typed for a dash
            tok.text == "-" and i + 1 < len(tokens) and tokens[i + 1].text == "-"
        ) or (tok.text == "-" and i > 0 and tokens[i - 1].text == "-")
        if (
            tok.text in CLAUSE_PUNCT or (tok.text in "-–—" and tok.text != "-") or double_hyphen
        ) and not (_list_comma(tokens, i) or _quote_in_verb_group(tokens, i)):
            if i > begin:
                spans.append((begin, i - 1))
            begin = i + 1
        elif cut_before and i > begin:
            spans.append((begin, i - 1))
            begin = i
    if begin < len(tokens):
        spans.append((begin, len(tokens) - 1))
    return _close_appositions(tokens, spans) or [(0, max(0, len(tokens) - 1))]


# Names a list may hold before "and": "Metina", "New York", "Tal Abyad".
_NAME_WORDS = 3


def _list_comma(tokens: list[Token], i: int) -> bool:
    """A comma inside a list of names ("targets in the Metina, Hakurk and Gara regions")
    separates names, not clauses: names follow, each up to a comma, until "and"/"or" and a
    last name."""
    if tokens[i].text != "," or i == 0 or not is_capitalised(tokens[i - 1]):
        return False
    if i + 2 < len(tokens) and tokens[i + 1].lower in ("and", "or"):
        # the serial comma: a list comma before its names ("Metina, Hakurk, and Gara")
        k = i - 1
        while k > 0 and i - k <= _NAME_WORDS and is_capitalised(tokens[k]):
            k -= 1
        return is_capitalised(tokens[i + 2]) and _list_comma(tokens, k)
    j = i + 1
    while True:
        start = j
        while j < len(tokens) and j - start < _NAME_WORDS and is_capitalised(tokens[j]):
            j += 1
        if j == start or j >= len(tokens):
            return False
        if tokens[j].text == "," and j + 1 < len(tokens) and tokens[j + 1].lower in ("and", "or"):
            j += 1  # the serial comma: "Metina, Hakurk, and Gara"
        if tokens[j].lower in ("and", "or"):
            return j + 1 < len(tokens) and is_capitalised(tokens[j + 1])
        if tokens[j].text != ",":
            return False
        j += 1


_APPOSITION_STARTS = frozenset("a an the former his her its their".split())
_PLACE_PREPOSITIONS = frozenset("in at on for to with from".split())


def _close_appositions(tokens: list[Token], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin a clause cut by an apposition between commas when the clause goes on after it
    with a preposition: "received an envoy, former president Goodluck Jonathan, in Bamako for
    talks" is one clause (the apposition has no verb of its own)."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        if (
            out
            and k + 1 < len(spans)
            and is_apposition(tokens, spans[k])
            and tokens[spans[k][0] - 1].text == ","
            and tokens[spans[k][1] + 1].text == ","
            and tokens[spans[k + 1][0]].lower in _PLACE_PREPOSITIONS
        ):
            out[-1] = (out[-1][0], spans[k + 1][1])
            k += 2
            continue
        out.append(spans[k])
        k += 1
    return out


def is_apposition(tokens: list[Token], span: tuple[int, int]) -> bool:
    a, b = span
    words = tokens[a : b + 1]
    return (
        0 < len(words) <= 8
        and (words[0].lower in _APPOSITION_STARTS or words[0].text[:1].isupper())
        and all(w.text[:1].isalnum() for w in words)
        and not any(
            w.lower in REPORTING
            or w.lower in _OPENERS
            or (w.text.islower() and w.lower.endswith("ed"))
            for w in words
        )
    )


def clause_of(spans: list[tuple[int, int]], index: int) -> tuple[int, int]:
    for a, b in spans:
        if a <= index <= b:
            return a, b
    return spans[-1]


_ENTRY_MARKS = frozenset(["—", "–", "-", ":"])
_BULLETS = frozenset(["-", "–", "—", "•", "*", "·"])


def timeline_entry(tokens: list[Token]) -> int | None:
    """The index of the dash or colon after the date that opens a timeline entry ("Jan. 12 —
    Militants ambush a patrol", "March 3: Talks open in Doha", "2019 - ..."), else None.

    Such an entry tells its event in the present, and its date is the event's. A wire
    dateline is none ("COTONOU, April 18 - ...": the place comes first)."""
    # (a bulleted entry: "- March 23: Fighters overrun a base")
    lead = 1 if tokens and tokens[0].text in _BULLETS else 0
    k = next((i for i in range(lead, min(len(tokens), 7)) if tokens[i].text in _ENTRY_MARKS), None)
    if not k or k == lead:
        return None
    # (a range of days is one word: "April 17-18 — ...")
    head = [t.lower.replace("-", "").replace("–", "") for t in tokens[lead:k]]
    if len(head) == 1:
        return k if head[0].isdigit() else None
    opens = head[0] in MONTHS or head[0] in WEEKDAYS or head[0].isdigit()
    return k if opens and any(w.isdigit() for w in head) else None
