"""Quoted deixis: "yesterday" in a quotation counts from the day the words were said.

A wire story published Tuesday may quote a spokesman who "said on Monday": "Yesterday's
raid ...". The guideline (and a careful reader) takes that "yesterday" as the Sunday before
the statement, not the Monday before publication. The tagger resolves deictic words
against the publication date; this pass moves those inside a quotation by the distance
between the publication date and the day of the statement, when the attribution next to
the quotation dates the statement to a day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .anchors import quoted_spans, sentence_bounds
from .model import Resolution, Timex

# Deictic words whose day is the speaker's: "yesterday", "this morning", "last night".
_DEICTIC = re.compile(
    r"^(?:(?:early|late)\s+)?(?:yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|"
    r"evening)|last\s+night)\b",
    re.I,
)
# A verb that attributes words to a speaker.
SPEECH_VERBS = "said|says|told|added|wrote|posted|stated|declared|announced|tweeted|insisted"
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.I)
# A statement dated further from publication than this is not a same-story quotation.
_MAX_SHIFT = timedelta(days=7)


def _shift(r: Resolution, said: date, dct: date) -> Resolution:
    delta = said - dct
    start = r.start + delta
    return replace(
        r,
        value=start.isoformat() + r.value[10:],
        start=start,
        end=r.end + delta if r.end else start,
        reason=f"{r.reason}; said in a quotation on {said}, so counted from that day",
    )


def speaker_time(text: str, timexes: list[Timex], dct: date | None) -> list[Timex]:
    """``timexes`` with quoted deictic expressions moved to the day of the statement."""
    if dct is None or not any(_DEICTIC.match(t.text) for t in timexes):
        return timexes
    quotes = quoted_spans(text)
    if not quotes:
        return timexes
    out = list(timexes)
    for i, t in enumerate(timexes):
        r = t.resolution
        if not _DEICTIC.match(t.text) or r.start is None or r.granularity not in ("day", "time"):
            continue
        quote = next(((a, b) for a, b in quotes if a <= t.start and t.end <= b), None)
        if quote is None:
            continue
        said = _statement_day(text, timexes, quote)
        if said is None or said == dct or abs(said - dct) > _MAX_SHIFT:
            continue
        out[i] = replace(t, resolution=_shift(r, said, dct))
    return out


def _statement_day(text: str, timexes: list[Timex], quote: tuple[int, int]) -> date | None:
    """The day the attribution next to ``quote`` gives its statement ("he said on Monday",
    "said in a statement Saturday that ..."), from the sentence around the quotation's ends."""
    a, b = quote
    before = sentence_bounds(text, a, a + 1)[0]
    after = sentence_bounds(text, b - 1, b)[1]
    for lo, hi in ((b, after), (before, a)):
        if not _SPEECH.search(text, lo, hi):
            continue
        days = [
            t.resolution.start
            for t in timexes
            if lo <= t.start
            and t.end <= hi
            and t.resolution.granularity in ("day", "time")
            and t.resolution.start is not None
            and not _DEICTIC.match(t.text)
        ]
        if len(days) == 1:
            return days[0]
    return None
