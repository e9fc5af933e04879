"""Deaths and injuries as the text states them.

"at least 15 militants and one soldier" -> low 16, no high; "over forty" -> low 41;
"killed 18 people" -> 18..18; "nearly 50" -> high 50; vague words ("dozens", "scores",
"hundreds") give no number.
"""

from __future__ import annotations

import re

from extractors.events.words import number_value

_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_NUMBER_WORD}|a\s+dozen)"
_QUAL = (
    r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as|"
    r"fewer\s+than|less\s+than|roughly|approximately|an\s+estimated|a\s+total\s+of)"
)
# A counted group of people: number, up to four modifier words, optional "of those ...".
_STOP = r"(?:and|were|was|have|had|are|in|on|at|during|near|from|by|with|after|before|when|while|since|last|as|who|that|which|\d[\d,]*)\b"
_GROUP = rf"(?:{_QUAL}\s+)?{_NUM}(?![\d,])(?:\s+(?!{_STOP})[\w'’-]+){{0,4}}"
_GROUPS = rf"{_GROUP}(?:\s*(?:,|,?\s+and)\s+{_GROUP})*"

_KILL_VERB = r"(?:killed|killing(?:\s+of)?|kills|kill|left|leaving|claimed\s+the\s+lives\s+of|massacred|shot\s+dead|shooting\s+dead|deaths\s+of)"
_INJURE_VERB = r"(?:injured|injuring|injures|wounded|wounding|wounds|hurt|hurting)"
_PASSIVE_TAIL = r"(?:\s+(?:people|persons|civilians))?\s+(?:(?:were|was|have\s+been|had\s+been|are|being)\s+)?(?:\w+\s+)?"

_KILLED_ACTIVE = re.compile(rf"\b{_KILL_VERB}\s+(?P<g>{_GROUPS})", re.IGNORECASE)
_KILLED_PASSIVE = re.compile(
    rf"(?P<g>{_GROUPS}){_PASSIVE_TAIL}(?:killed|dead|died|deaths)\b", re.IGNORECASE
)
_DEATH_TOLL = re.compile(
    rf"death\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|stood\s+at)\s+(?P<g>{_GROUP})", re.IGNORECASE
)
_INJURED_ACTIVE = re.compile(rf"\b{_INJURE_VERB}\s+(?P<g>{_GROUPS})", re.IGNORECASE)
_INJURED_PASSIVE = re.compile(
    rf"(?P<g>{_GROUPS}){_PASSIVE_TAIL}(?:injured|wounded|hurt)\b", re.IGNORECASE
)
_INJURIES_TO = re.compile(rf"injuries\s+to\s+(?P<g>{_GROUPS})", re.IGNORECASE)
_ONE_GROUP = re.compile(rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUM})(?![\d,])", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:,|,?\s+and)\s+", re.IGNORECASE)
_NOT_PEOPLE = re.compile(
    r"^\s*(?:percent|%|years?|months?|days?|hours?|minutes?|kilometers?|km|miles?|dollars?|"
    r"billion|million|times|a\.m|p\.m|am|pm)\b",
    re.IGNORECASE,
)


def _range(qualifier: str | None, n: int) -> tuple[int | None, int | None]:
    q = " ".join((qualifier or "").lower().split())
    if q in ("at least", "an estimated", "a total of", ""):
        return (n, None) if q == "at least" else (n, n)
    if q in ("more than", "over"):
        return n + 1, None
    if q in ("nearly", "almost", "up to", "as many as", "fewer than", "less than"):
        return None, (n - 1 if q in ("fewer than", "less than") else n)
    return n, n  # about, around, some, roughly, approximately: the stated figure


def _sum_groups(groups: str) -> tuple[int | None, int | None] | None:
    """Sum coordinated counts; each part keeps its own qualifier."""
    low: int | None = 0
    high: int | None = 0
    found = False
    for part in _SEPARATOR.split(groups):
        m = _ONE_GROUP.match(part.strip())
        if m is None or _NOT_PEOPLE.match(part.strip()[m.end() :]):
            continue
        word = m.group("n").lower()
        n = 12 if "dozen" in word else number_value(word)
        if n is None:
            continue
        lo, hi = _range(m.group("q"), n)
        found = True
        low = None if low is None or lo is None else low + lo
        high = None if high is None or hi is None else high + hi
    if not found:
        return None
    return low, high


def _first(patterns: tuple[re.Pattern[str], ...], text: str) -> tuple[int | None, int | None]:
    for pattern in patterns:
        for m in pattern.finditer(text):
            result = _sum_groups(m.group("g"))
            if result is not None:
                return result
    return None, None


# A count in quotation marks, as a claim is quoted: the marks go, the words stay.
_QUOTED_COUNT = re.compile(
    r"[\"“”‘’']((?:(?:at least|more than|over|about|around|nearly|some) )?[\d,]+)[\"“”‘’']"
)


def casualties(text: str) -> tuple[int | None, int | None, int | None, int | None]:
    """``(killed_low, killed_high, injured_low, injured_high)`` stated in ``text``."""
    if not re.search(r"kill|dead|death|died|injur|wound|hurt|lives", text, re.IGNORECASE):
        return None, None, None, None
    text = _QUOTED_COUNT.sub(r"\1", text)  # 'killed "more than 400" jihadists'
    k = _first((_KILLED_ACTIVE, _KILLED_PASSIVE, _DEATH_TOLL), text)
    i = _first((_INJURED_ACTIVE, _INJURED_PASSIVE, _INJURIES_TO), text)
    return k[0], k[1], i[0], i[1]
