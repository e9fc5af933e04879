"""Turning a grammar match into a Resolution: one handler per rule of patterns.RULES.

A handler gets the rule's named groups and the Context (text, DCT, date in focus, tense)
and returns a Resolution, or None to reject the match as a false positive.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from . import values as V
from .anchors import Context, heads_entry, sentence_bounds
from .lexicon import (
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    POSITION_MODS,
    QUANTITY_MODS,
    SEASONS,
    TIME_UNITS,
    UNIT_GRANULARITY,
    UNITS,
    WEEKDAYS,
    number_value,
)
from .model import Resolution

NO_DCT = "no publication date: relative expression cannot be resolved"
Handler = Callable[[dict, Context], Resolution | None]

_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|through|during|before|after|between|and|to|"
    r"late|early|mid|last|this|next|on|for|or|through|throughout|into)\s+|-)$",
    re.I,
)


def _norm(s: str | None) -> str:
    return " ".join(s.lower().split()) if s else ""


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _weekday(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip(".")]


def _dayn(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _pos_mod(s: str | None) -> str | None:
    if not s:
        return None
    k = _norm(s).rstrip("-").strip()
    return POSITION_MODS.get(k, POSITION_MODS.get(k + "-"))


def _qmod(s: str | None) -> str | None:
    return QUANTITY_MODS.get(_norm(s)) if s else None


def _year2(yy: int, dct: date | None) -> int:
    pivot = (dct.year % 100 + 10) if dct else 30
    return 2000 + yy if yy <= pivot else 1900 + yy


def _parse_year(s: str, dct: date | None) -> int:
    s = s.strip()
    if s.startswith("'"):
        return _year2(int(s[1:]), dct)
    return int(s)


def _rel_offset(rel: str | None) -> int | None:
    """-1, 0 or +1 for "last", "this", "next" and their synonyms; None if unknown."""
    rel = _norm(rel).removeprefix("the ")
    if rel in ("", "this", "current", "present"):
        return 0
    if rel in ("last", "past", "previous", "latest", "prior", "preceding", "this past"):
        return -1
    if rel in ("next", "coming", "following", "this coming"):
        return 1
    return None


# ---------------------------------------------------------------- choosing a year / a day


# A month and day at most this many days before the DCT stays there even under a future
# marker ("was supposed to be concluded by May 1", written May 9): a misread tense would
# otherwise cost a whole year.
_FUTURE_SLACK = 30
_PAST_SLACK = 90


def _pick_day(
    dct: date,
    m: int,
    d: int,
    direction: str | None,
    wd: int | None = None,
    past_slack: int = _PAST_SLACK,
) -> date | None:
    """The date with month m and day d nearest to the DCT, unless the tense says otherwise.

    Future tense moves a past candidate forward; past tense moves a future candidate back
    only when it is more than ``past_slack`` days ahead (tense detection is a cheap
    heuristic, and a date a few weeks away is usually meant as it is written).
    """
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            cands.append(date(y, m, d))
        except ValueError:
            continue
    if not cands:
        return None
    if wd is not None:
        match = [c for c in cands if c.weekday() == wd]
        if not match:
            # "On Friday, January 9" in a story of 2020: the writer's weekday names the year
            # (the nearest one back, forward only when the tense says so; every pair recurs
            # within 11 years)
            step = 1 if direction == "future" else -1
            for k in range(2, 12):
                try:
                    c = date(dct.year + step * k, m, d)
                except ValueError:
                    continue
                if c.weekday() == wd:
                    return c
        if match:
            cands = match
    best = min(cands, key=lambda c: abs((c - dct).days))
    if direction in ("near", "nearest"):
        return best
    if direction == "future" and (dct - best).days > _FUTURE_SLACK:
        later = [c for c in cands if c >= dct]
        return later[0] if later else best
    if direction == "past" and (best - dct).days > past_slack:
        earlier = [c for c in cands if c <= dct]
        return earlier[-1] if earlier else best
    return best


def _pick_month_year(dct: date, m: int, direction: str | None) -> int:
    """Year of a month name without year: nearest month, corrected by tense like _pick_day."""
    here = dct.year * 12 + dct.month - 1
    cands = [y * 12 + m - 1 for y in (dct.year - 1, dct.year, dct.year + 1)]
    best = min(cands, key=lambda k: abs(k - here))
    if direction in ("near", "nearest"):
        return best // 12
    if direction == "future" and best < here:
        best = min(k for k in cands if k >= here)
    elif (direction == "past" and best > here) or (direction is None and best - here > 2):
        best = max(k for k in cands if k <= here)  # news reports the past
    return best // 12


def _direction_word(direction: str | None) -> str:
    return {
        "past": "past tense",
        "future": "future tense",
        "near": "a deadline or a plan ahead: nearest one",
        "nearest": "a plan reported off: nearest one",
    }.get(direction, "no tense marker")


def _weekday_direction(c: Context) -> str:
    """ "future" or "past" for a bare weekday; after a deadline word ("until Tuesday", "by
    Friday") the coming one, unless the day before the DCT (or the DCT itself) is meant."""
    t = c.tense()
    if t == "near":
        return "deadline"
    if t == "nearest":
        return t
    return "future" if t == "future" else "past"


def _weekday_date(base: date, wd: int, direction: str) -> date:
    if direction == "nearest":
        back, ahead = _weekday_date(base, wd, "past"), _weekday_date(base, wd, "future")
        return back if base - back <= ahead - base else ahead
    if direction == "deadline":
        back = (base.weekday() - wd) % 7
        return base - timedelta(days=back) if back <= 1 else _weekday_date(base, wd, "future")
    if direction == "future":
        return base + timedelta(days=(wd - base.weekday()) % 7)
    return base - timedelta(days=(base.weekday() - wd) % 7)


# ---------------------------------------------------------------- handlers


# "that year", "the following year": years counted from the year in focus, not the DCT's.
_FOCUS_YEAR_SHIFT = {"that": 0, "the same": 0, "the following": 1, "the previous": -1}


def h_md(g: dict, c: Context) -> Resolution | None:
    m = _month(g["m"] or g["m2"])
    d = _dayn(g["d"] or g["d2"])
    wd = _weekday(g["wd"]) if g.get("wd") else None
    if g.get("y"):
        y = int(g["y"])
        try:
            return V.day(date(y, m, d), "full date in the text")
        except ValueError:
            return None
    if not _month_ok(g["m"] or g["m2"], c, with_day=True):
        return None
    if c.dct is None:
        return V.unresolved(f"XXXX-{m:02d}-{d:02d}", "month and day without year; " + NO_DCT)
    if g.get("rely"):
        rel = _norm(g["rely"])
        shift = _FOCUS_YEAR_SHIFT.get(rel)
        if shift is not None and c.year_told is not None:
            # "on January 17 of that year": the year last told
            y, why = c.year_told + shift, f"the year in focus ({c.year_told})"
        else:
            y = c.dct.year + (shift if shift is not None else _rel_offset(rel) or 0)
            why = "relative to DCT"
        try:
            return V.day(date(y, m, d), f"month and day of {rel} year: {why}")
        except ValueError:
            return None
    told = _year_of_the_named_event(c) or _year_closing_the_phrase(c)
    if told is not None:
        y, rel = told
        try:
            return V.day(date(y, m, d), f"month and day of an event told as of {rel} year")
        except ValueError:
            return None
    y = _narrated_year(c)
    if y is not None and wd is None:
        try:
            return V.day(
                date(y, m, d), f"month and day without year: the year told in the sentence ({y})"
            )
        except ValueError:
            return None
    after_told = _within_weeks_of_the_day_told(c, m, d)
    if after_told is not None and wd is None:
        return V.day(
            after_told,
            f"month and day without year: within weeks of the day told before it ({after_told.year})",
        )
    direction = c.tense()
    entry = heads_entry(c.text, c.start, c.end)
    if entry and direction == "future":
        # "Oct 18 - The church announces it will host talks on Oct 28": the entry's day is
        # the nearest, whatever the tense of what it announces
        direction = None
    told = direction == "past" and (entry or _told_on(c))
    dd = _pick_day(c.dct, m, d, direction, wd, 0 if told else _PAST_SLACK)
    if dd is None:
        return None
    why = "weekday and month/day match" if wd is not None else _direction_word(direction)
    if told:
        why = "a {} tells what happened that day".format(
            "timeline's entry" if entry else "verb in the past"
        )
    return V.day(dd, f"month and day without year: year chosen near the DCT ({why})")


# A verb in the simple past right before the date: "began in earnest on Feb. 12", "met in
# Riyadh on March 11", "happened at about 7 a.m. on April 23" ...
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|began|met|spoke|held|struck|hit|came|went|took|fought|fell|broke|"
    r"shot|stormed|led)\b(?:\s+[\w.,'-]+){0,6}?\s+(?:on|in|of|at|around|about)\s+$"
)
# ... unless the date is a term set by a present or future clause ("is calling for the
# redemption on Dec. 7", "will redeem preferred shares on Oct. 31", "would still be held
# at the summit on April 24", "payable Dec. 7").
_NOT_TOLD = re.compile(r"\b(?:is|are|am|will|would|shall|be|been|has|have)\b")
_TERM_AFTER = re.compile(r"\b(?:payable|due|scheduled|set|planned|expected|until|by|through|for)\b")


# A date opening its sentence, then its clause's past verb: "On March 18, Pakistani aircraft
# struck houses in Khost".
# (past a short opening phrase: "Less than three weeks later, on February 11, the leaders
# of Ukraine, Russia, Germany and France met in Minsk")
_FRONTED = re.compile(r"(?:[^,.;:]{0,40},\s*)?(?:on\s+)?$", re.IGNORECASE)
_PAST_VERB_AFTER = re.compile(
    r",?(?:,?\s+[\w.'’-]+){0,10}?\s+(?:[a-z]{3,}ed|began|met|spoke|held|struck|hit|came|went|"
    r"took|fought|fell|broke|shot|stormed|led)\b"
)


def _told_on(c: Context) -> bool:
    """ "It began in earnest on Feb. 12", "On Feb. 12, it began in earnest": a past verb
    tells what happened on that day, so the day lies before the report even when the
    nearest one of that name is weeks ahead."""
    s, e = sentence_bounds(c.text, c.start, c.end)
    before = c.text[max(s, c.start - 60) : c.start]
    if _FRONTED.fullmatch(before):
        m = _PAST_VERB_AFTER.match(c.text, c.end, e)
        return m is not None and not _NOT_TOLD.search(m.group())
    m = _PAST_VERB_BEFORE.search(before)
    return (
        m is not None and not _NOT_TOLD.search(before) and not _TERM_AFTER.search(before, m.start())
    )


# "the March 17 strike on a jirga in Datta Khel last year": a day naming an event, told as
# of a year a few words on
_NAMED_EVENT_YEAR = re.compile(r"(?:\s+[^\s,;:.]+){1,8}?\s+(last|this|next)\s+year\b(?!['’]s)")


def _year_of_the_named_event(c: Context) -> tuple[int, str] | None:
    if c.dct is None or not re.search(r"\bthe\s+$", c.text[max(0, c.start - 5) : c.start], re.I):
        return None
    m = _NAMED_EVENT_YEAR.match(c.text, c.end)
    if m is None:
        return None
    rel = m.group(1).lower()
    return c.dct.year + {"last": -1, "this": 0, "next": 1}[rel], rel


# "the March 4 suicide attack on a Shia mosque in the Kocha Risaldar area last year": the year
# closes the noun phrase the date opens (no verb, comma or clause word between them).
_PHRASE_YEAR = re.compile(
    r"(?:\s+(?!(?:was|were|is|are|be|been|has|had|have|will|would|can|could|did|does|that|"
    r"which|who|when|after|before|since|than)\b)"
    r"[\w'’-]+){1,14}?\s+(?P<rel>last|this|the\s+previous)\s+year\b(?!['’])",
    re.I,
)


def _year_closing_the_phrase(c: Context) -> tuple[int, str] | None:
    """The year and its word when a month and day after an article opens a noun phrase that a
    relative year closes."""
    if not re.search(r"\b(?:the|a|an)\s+$", c.before(8), re.I):
        return None
    m = _PHRASE_YEAR.match(c.text, c.end)
    if m is None or not re.match(r"\s+[a-z]", c.after(20)):
        return None
    rel = _norm(m["rel"])
    return c.dct.year + (_rel_offset(rel) or 0), rel


# "Earlier this year, ... on February 24", "Last year, ... on March 4": a relative year that
# opens the sentence names the year of its month and day.
_OPENING_YEAR = re.compile(r"(?:earlier\s+)?(?:this|last)\s+year\b", re.I)


def _narrated_year(c: Context) -> int | None:
    """ "In 2006, gunmen attacked the convoy on May 23", "in the spring of 2024, when
    fighters stormed the prison on March 2": a coarser date of another year that opens the
    sentence or a coordinated clause of it ("..., and in 2016 the army crossed the line on
    September 29"), or that a "when" clause (opening the sentence or after a comma)
    describes, sets the year of a month and day after it (not one in a relative clause: "who
    joined in July 1997, will join on March 12"); so does a relative year opening the
    sentence ("Earlier this year, ... on February 24")."""
    y, r = c.year_in_sentence(), c.focus_res
    if y is None or r is None or r.granularity in ("time", "day", "week"):
        return None
    s, _ = sentence_bounds(c.text, c.start, c.end)
    lead = c.text[s : c.focus_any_at]
    if _OPENING_YEAR.match(c.text, c.focus_any_at) and re.fullmatch(r"\W*", lead):
        return y
    between = c.text[c.focus_any_at : c.start]
    if y == c.dct.year or not re.search(r"\b(?:1[89]|20)\d\d\b", between):
        return None  # the year was itself inferred ("passed in May and took effect March 1")
    opens = (
        re.fullmatch(r"\W*(?:(?:in|during)\s+)?(?:the\s+)?", lead, re.I)
        or re.search(
            r"(?:[,;]\s+(?:and|but|while)|;)\s+(?:(?:in|during)\s+)?(?:the\s+)?$", lead, re.I
        )
        # "When their columns advanced on Mopti in January 2013, jets struck them on January
        # 11": a "when" clause opening the sentence
        or (re.match(r"\W*when\b", lead, re.I) and "," not in lead)
    )
    return y if opens or re.search(r",\s+when\b", between, re.I) else None


_DAYS_AFTER_TOLD = 45


def _within_weeks_of_the_day_told(c: Context, m: int, d: int) -> date | None:
    """A month and day a few weeks after the day told just before it in the paragraph (or in
    the month told just before it), of another year than the report's, is of that year: "The
    attack began on March 24, 2021. ... On March 26, insurgents ambushed a convoy"."""
    r = c.focus_res
    if (
        c.dct is None
        or r is None
        or r.start is None
        or r.granularity not in ("day", "time", "month")
    ):
        return None
    if r.start.year == c.dct.year or "\n\n" in c.text[c.focus_any_at : c.start]:
        return None
    try:
        day = date(r.start.year, m, d)
    except ValueError:
        return None
    if r.granularity == "month":
        # "The war escalated in September 2024. On September 17, pagers exploded": a day of
        # the month just told, opening the next sentence of the narrative
        s, _ = sentence_bounds(c.text, c.start, c.end)
        opens = re.fullmatch(r"\W*(?:on\s+)?", c.text[s : c.start], re.I)
        return day if opens and day.month == r.start.month else None
    return day if 0 < (day - r.start).days <= _DAYS_AFTER_TOLD else None


# A capitalised word right before the expression.
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _month_ok(word: str, c: Context, with_day: bool = False) -> bool:
    """Reject "may"/"march" as modal verb or walk, "May" after a name, and lowercase month
    words."""
    lw = word.lower().rstrip(".")
    if lw == "may" and not _PREP_BEFORE.search(c.before(12)):
        name = _NAME_BEFORE.search(c.before(25))
        if name and name.group(1).lower() not in WEEKDAYS and name.group(1).lower() not in MONTHS:
            return False  # a name: "the supply boat Unaizah May 4" (not "Sunday May 16")
    return not ((lw in ("may", "march", "august") or len(lw) <= 3) and not word[0].isupper())


def h_dom(g: dict, c: Context) -> Resolution | None:
    """ "on the 12th": that day of the publication month, or of the month before or after it
    when the tense puts the day on the other side of the publication date."""
    d = int(g["d"])
    if c.dct is None:
        return V.unresolved(f"XXXX-XX-{d:02d}", "day of the month without month; " + NO_DCT)
    cands = []
    for k in (-1, 0, 1):
        y, m = divmod(c.dct.year * 12 + c.dct.month - 1 + k, 12)
        try:
            cands.append(date(y, m + 1, d))
        except ValueError:
            continue
    direction = c.tense()
    side = [x for x in cands if x >= c.dct] if direction == "future" else []
    side = side or [x for x in cands if x <= c.dct] or cands
    pick = min(side, key=lambda x: abs((x - c.dct).days))
    return V.day(pick, f"day of the month near the DCT ({_direction_word(direction)})")


def h_numeric(g: dict, c: Context) -> Resolution | None:
    if g["y"]:
        try:
            return V.day(date(int(g["y"]), int(g["m"]), int(g["d"])), "ISO date in the text")
        except ValueError:
            return None
    m, d = int(g["m2"]), int(g["d2"])
    if g["y2"]:
        y = int(g["y2"]) if len(g["y2"]) == 4 else _year2(int(g["y2"]), c.dct)
        try:
            return V.day(date(y, m, d), "numeric month/day/year date")
        except ValueError:
            return None
    if (m, d) == (9, 11) and c.dct is not None and c.dct > date(2001, 9, 11):
        return V.day(date(2001, 9, 11), "9/11: the name of the September 11, 2001 attacks")
    # m/d without year: avoid fractions such as 1/2 or 3/4
    if d < 10 or re.search(r"\d\s+$", c.before(3)):
        return None
    if c.dct is None:
        return V.unresolved(f"XXXX-{m:02d}-{d:02d}", "numeric month/day without year; " + NO_DCT)
    dd = _pick_day(c.dct, m, d, c.tense())
    if dd is None:
        return None
    return V.day(dd, "numeric month/day without year: year nearest to DCT")


def h_range_md(g: dict, c: Context) -> Resolution | None:
    m = _month(g["m"])
    d1, d2 = _dayn(g["d1"]), _dayn(g["d2"])
    if d2 <= d1 or not _month_ok(g["m"], c, True):
        return None
    if g["y"]:
        y = int(g["y"])
    elif c.dct is None:
        return V.unresolved(f"XXXX-{m:02d}-{d1:02d}", "day range without year; " + NO_DCT)
    else:
        first = _pick_day(c.dct, m, d1, c.tense())
        if first is None:
            return None
        y = first.year
    try:
        s, e = date(y, m, d1), date(y, m, d2)
    except ValueError:
        return None
    return Resolution(s.isoformat(), "DATE", s, e, "day", "range", f"day range {s} to {e}")


def h_week_of(g: dict, c: Context) -> Resolution | None:
    r = h_md({"m": g["m"], "d": g["d"], "y": g["y"], "m2": None, "d2": None}, c)
    if r is None or r.start is None:
        return r
    return V.week(r.start, "week containing " + r.start.isoformat())


def h_time(g: dict, c: Context) -> Resolution | None:
    if g["noon"]:
        n = g["noon"].lower()
        hh, mm = (24, 0) if n == "midnight" else (12, 0)
        if n == "midnight" and re.search(r"\bafter\s*$", c.before(12), re.IGNORECASE):
            hh = 0  # "shortly after midnight": the first hour of the day, not its end
    elif g["h"]:
        hh, mm = int(g["h"]), int(g["mi"] or 0)
        pm = g["ap"].lower().startswith("p")
        if pm and hh < 12:
            hh += 12
        if not pm and hh == 12:
            hh = 0
    elif g["h2"]:
        hh, mm = int(g["h2"]), int(g["mi2"])
    elif g["h3"]:
        hh, mm = int(g["h3"]), 0
    else:
        return None
    pod = (g.get("pod") or "").lower()
    if pod in ("afternoon", "evening", "night") and hh < 12:
        hh += 12
    clock = f"{hh:02d}:{mm:02d}"
    if g.get("dm"):  # "5 p.m. EST, Nov. 9"
        r = h_md({"m": g["dm"], "d": g["dd"], "y": g.get("dy"), "m2": None, "d2": None}, c)
        if r is not None and r.start is not None:
            return V.time_of_day(r.start, clock, f"clock time on {r.start} ({r.reason})")
        return V.unresolved(f"XXXX-XX-XXT{clock}", "clock time on a date without year", "TIME")
    base, why = _day_of(g.get("day"), c)
    if base is None:
        return V.unresolved(f"XXXX-XX-XXT{clock}", "clock time; " + why, "TIME")
    return V.time_of_day(base, clock, f"clock time on {base} ({why})")


def _day_of(word: str | None, c: Context) -> tuple[date | None, str]:
    """Day a time of day belongs to: a weekday, today/yesterday/tomorrow, else the focus."""
    if word:
        lw = word.lower().rstrip(".")
        if c.dct is None:
            return None, NO_DCT
        if lw in WEEKDAYS:
            direction = _weekday_direction(c)
            return _weekday_date(c.dct, WEEKDAYS[lw], direction), f"weekday ({direction})"
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[lw]
        return c.dct + timedelta(days=off), lw
    if c.event_focus is not None and c.event_focus != c.focus:
        # "stormed a hotel on Friday night, police said Saturday. The assault began shortly
        # after 8 p.m.": the clock time is the event's, not the statement's
        day = c.event_focus
        return day, f"anchored to the last event date in focus {day.isoformat()}"
    day, why = c.anchor()
    if day is not None and c.dct is not None and day > c.dct and c.tense() == "past":
        # "Their funeral is set for Wednesday. ... Shortly after midnight, warplanes struck a
        # house": a past clause's hour is not on the plan's later day
        return c.dct, "the publication date (a past clause; the date in focus is later)"
    return day, why


def h_night_span(g: dict, c: Context) -> Resolution | None:
    """ "On the night between Saturday and Sunday", "overnight Sunday into Monday": a night
    named by the two days it joins is dated, as news desks date it, to the day it runs into."""
    first = re.split(r"[\s/–-]", g["pair"])[0]
    base, why = _day_of(first, c)
    if base is None:
        return V.unresolved(f"XXXX-WXX-{(_weekday(first) + 1) % 7 + 1}", "weekday; " + why)
    day = base + timedelta(days=1)
    return V.day(day, f"a night from {base} into {day}: the day it runs into ({why})")


def h_pod(g: dict, c: Context) -> Resolution | None:
    if g["pre2"]:  # "late Friday": the day, with a position mod
        wd = _weekday(g["day2"])
        mod = _pos_mod(g["pre2"])
        if c.dct is None:
            return V.unresolved(f"XXXX-WXX-{wd + 1}", "weekday; " + NO_DCT, mod=mod)
        direction = _weekday_direction(c)
        d = _weekday_date(c.dct, wd, direction)
        return V.day(
            d,
            f"weekday {'before' if direction == 'past' else 'after'} DCT ({direction})",
            mod,
        )
    pod = PARTS_OF_DAY[g["pod"].lower()]
    mod = _pos_mod(g["pre"])
    w = _norm(g["day"])
    if w in WEEKDAYS or w.rstrip(".") in WEEKDAYS:
        base, why = _day_of(w, c)
    elif w in ("today", "this"):
        base, why = (c.dct, "publication day") if c.dct else (None, NO_DCT)
    elif w in ("yesterday", "last"):
        base, why = (c.dct - timedelta(days=1), "day before DCT") if c.dct else (None, NO_DCT)
    elif w == "tomorrow":
        base, why = (c.dct + timedelta(days=1), "day after DCT") if c.dct else (None, NO_DCT)
    else:
        a, why = c.anchor()
        off = {"the next": 1, "the following": 1, "the previous": -1}.get(w, 0)
        base = a + timedelta(days=off) if a else None
    if base is None:
        return V.unresolved(f"XXXX-XX-XXT{pod}", "part of day; " + why, "TIME", mod)
    return V.time_of_day(base, pod, f"part of day on {base} ({why})", mod)


def h_pod_in_focus(g: dict, c: Context) -> Resolution | None:
    """ "Later in the day, an airstrike hit a clinic", "shells hit the courtyard in the
    afternoon", "exchanged fire during the morning": the day the narrative is on (the date
    in focus), or a part of it."""
    base, why = c.anchor()
    if g["lat"]:
        if base is None:
            return V.unresolved("XXXX-XX-XX", "the day in focus; " + why)
        return V.day(base, f"the day in focus ({why})")
    pod = PARTS_OF_DAY[(g["pod"] or g["pod3"]).lower()]
    if base is None:
        return V.unresolved(f"XXXX-XX-XXT{pod}", "part of day; " + why, "TIME")
    return V.time_of_day(base, pod, f"part of the day in focus on {base} ({why})")


def _weekday_of_week(wd: int, wkrel: str, c: Context) -> Resolution | None:
    """ "Friday of last week", "Tuesday next week": that weekday of the week named, counted
    from the DCT (or, for "the previous/following week", from the date in focus)."""
    if wkrel in ("the previous", "the following"):
        base, why = c.anchor()
    else:
        base, why = c.dct, "relative to DCT"
    if base is None:
        return V.unresolved(f"XXXX-WXX-{wd + 1}", f"weekday of {wkrel} week; {why}")
    shift = 0 if wkrel == "this" else -7 if wkrel in ("last", "the previous") else 7
    d = base - timedelta(days=base.weekday()) + timedelta(days=shift + wd)
    return V.day(d, f"weekday of {wkrel} week ({why})")


# "the Monday Market", "the Friday Mosque": a weekday that begins a proper name.
_CAPITALISED_NEXT = re.compile(r"\s+([A-Z][a-z]+)")


def _begins_name(c: Context) -> bool:
    """The weekday follows "the" and a capitalised word that is no month or part of the day
    follows it."""
    nxt = _CAPITALISED_NEXT.match(c.text, c.end)
    return (
        nxt is not None
        and nxt.group(1).lower() not in MONTHS
        and nxt.group(1).lower() not in PARTS_OF_DAY
        and re.search(r"\bthe\s+$", c.before(5), re.I) is not None
    )


def h_wd(g: dict, c: Context) -> Resolution | None:
    word = g["wd"]
    if word.endswith(".") and not word[0].isupper():
        return None
    if not g.get("rel") and _begins_name(c):
        return None
    wd = _weekday(word)
    rel = _norm(g.get("rel"))
    if g.get("wkrel") and not rel:
        return _weekday_of_week(wd, _norm(g["wkrel"]), c)
    if c.dct is None and rel not in ("that", "the previous", "the following", "the next"):
        return V.unresolved(f"XXXX-WXX-{wd + 1}", "weekday; " + NO_DCT)
    if rel in ("last", "past", "previous", "this past"):
        back = (c.dct.weekday() - wd) % 7 or 7
        return V.day(c.dct - timedelta(days=back), "'last' weekday: the one before DCT")
    if rel in ("next", "coming", "this coming"):
        fwd = (wd - c.dct.weekday()) % 7 or 7
        return V.day(c.dct + timedelta(days=fwd), "'next' weekday: the one after DCT")
    if rel == "this":
        d = c.dct - timedelta(days=c.dct.weekday()) + timedelta(days=wd)
        return V.day(d, "'this' weekday: in the week of DCT")
    if rel in ("that", "the previous", "the following", "the next"):
        a, why = c.anchor()
        if a is None:
            return V.unresolved(f"XXXX-WXX-{wd + 1}", "weekday; " + why)
        if rel == "the previous":
            d = a - timedelta(days=(a.weekday() - wd) % 7 or 7)
        elif rel == "that":
            d = _weekday_date(a, wd, "past")
        else:
            d = a + timedelta(days=(wd - a.weekday()) % 7 or 7)
        return V.day(d, f"weekday relative to date in focus ({why})")
    direction = c.tense()
    if direction == "nearest":
        d = _weekday_date(c.dct, wd, "nearest")
        why = "weekday a plan told in the past was set for: the nearest one"
    elif direction == "near":
        d = _weekday_date(c.dct, wd, "deadline")
        why = "weekday of a deadline or a plan ahead: the coming one unless the day before DCT"
    elif direction == "future":
        d = _weekday_date(c.dct, wd, "future")
        why = "weekday on or after DCT (future tense)"
    else:
        d = _weekday_date(c.dct, wd, "past")
        why = (
            "weekday on or before DCT ("
            + ("past tense" if direction else "news default: past")
            + ")"
        )
    if d == c.dct:
        why = "weekday of the DCT itself"
    return V.day(d, why)


def h_month_rel(g: dict, c: Context) -> Resolution | None:
    m = _month(g["m"])
    mod = _pos_mod(g.get("pos"))  # "mid-March this year", "early January last year"
    if c.dct is None:
        return V.unresolved(f"XXXX-{m:02d}", "month of a relative year; " + NO_DCT, mod=mod)
    rel = _norm(g["rel"])
    shift = _FOCUS_YEAR_SHIFT.get(rel)
    if shift is not None and c.year_told is not None:
        # "in August of that year": the year last told, not the publication's
        y = c.year_told + shift
        return V.month(y, m, f"month of {rel} year: the year in focus ({c.year_told})", mod)
    y = c.dct.year + (shift if shift is not None else _rel_offset(g["rel"]) or 0)
    return V.month(y, m, f"month of {rel} year relative to DCT", mod)


def h_month(g: dict, c: Context) -> Resolution | None:
    word = g["m"]
    m = _month(word)
    mod = _pos_mod(g.get("pos"))
    rel = _norm(g.get("rel"))
    if g.get("y"):
        return V.month(int(g["y"]), m, "month and year in the text", mod)
    if g.get("yw") and year_from_words(g["yw"]):
        return V.month(year_from_words(g["yw"]), m, "month and year in words", mod)
    if not _month_ok(word, c):
        return None
    lw = word.lower()
    if lw in ("may", "march") and not (mod or rel) and not _PREP_BEFORE.search(c.before(12)):
        return None
    if (
        not (mod or rel)
        and re.match(r" [A-Z][a-z]", c.after(3))
        and not re.search(
            r"(?:\b(?:in|since|until|by|of|from|through|during|last|this|next|early|late)|-)\s*$",
            c.before(12),
            re.I,
        )
    ):
        return None  # a name: "August Wilson", "April Fools' Day"
    if c.dct is None:
        return V.unresolved(f"XXXX-{m:02d}", "month name without year; " + NO_DCT, mod=mod)
    if rel in ("last", "past", "this past"):
        y = c.dct.year if m < c.dct.month else c.dct.year - 1
        return V.month(y, m, "'last' month name: most recent one before the DCT month", mod)
    if rel in ("next", "coming", "this coming"):
        y = c.dct.year if m > c.dct.month else c.dct.year + 1
        return V.month(y, m, "'next' month name: first one after the DCT month", mod)
    if rel == "this":
        return V.month(c.dct.year, m, "'this' month name: in the DCT year", mod)
    told = _WHEN_OF_YEAR.search(c.before(200))
    if told:
        # "shook the border in 2011, when artillery exchanges in February killed 10": the
        # month of the year the "when" clause describes
        return V.month(int(told.group(1)), m, "month of the year a 'when' clause describes", mod)
    direction = c.tense()
    y = _pick_month_year(c.dct, m, direction)
    here, there = c.dct.year * 12 + c.dct.month, y * 12 + m
    if there < here:
        why = "month name without year: most recent past one before DCT"
    elif there > here:
        why = "month name without year: next one after DCT"
    else:
        why = "month name without year: the DCT month"
    why += f" ({_direction_word(direction)})"
    return V.month(y, m, why, mod)


_WHEN_OF_YEAR = re.compile(r"\b((?:19|20)\d\d),\s+when\b[^.;:!?]*$")
_NAME_BEFORE = re.compile(r"[\w,;:)]\s+([A-Z][a-z]+)\s+$")


def _model_number(c: Context) -> bool:
    """A four-digit number right after a capitalised name inside the sentence and before a
    lowercase word numbers a model or a document ("Mirage 2000 jets"), not a year; a month,
    weekday or feast before it still dates ("Christmas 2019")."""
    name = _NAME_BEFORE.search(c.before(30))
    if name is None or not re.match(r"\s+[a-z]", c.after(3)):
        return False
    word = name.group(1).lower()
    return not (word in MONTHS or word in WEEKDAYS or any(h.startswith(word) for h in HOLIDAYS))


def h_year(g: dict, c: Context) -> Resolution | None:
    y = _parse_year(g["y"], c.dct)
    mod = _pos_mod(g.get("pos"))
    raw = g["y"]
    if raw.startswith("'"):
        if not (mod or g.get("fis") or _PREP_BEFORE.search(c.before(12))):
            return None
    else:
        if re.match(r"\s*(?:%|percent|per\s*cent|pct)", c.after(10), re.I):
            return None
        if re.search(
            r"(?:No\.|#|\bp\.|\bpp\.|\bRoute|\bRt\.|\bRoom|\bFlight|\bSuite)\s*$", c.before(7)
        ):
            return None
        if re.search(r"(?<![\d-])(\d{3}|\d{5,})-$", c.before(7)):
            return None  # the end of a phone number or code: "555-1234"
        if _model_number(c):
            return None  # "Mirage 2000 jets", "Resolution 1973 authorized": a name's number
        old = y < 1900 and not (mod or g.get("fis") or g.get("the"))
        if old and not _PREP_BEFORE.search(c.before(12)):
            return None
        if c.dct is not None and y > c.dct.year + 30 and not g.get("the"):
            return None
    why = "fiscal year in the text (taken as calendar year)" if g.get("fis") else "year in the text"
    return V.year(y, why, mod)


def year_from_words(words: str) -> int | None:
    """ "nineteen ninety-four" -> 1994, "two thousand one" -> 2001; None if not a year."""
    w = _norm(words).replace("-", " ")
    if w.startswith("two thousand"):
        rest = w.removeprefix("two thousand").strip().removeprefix("and").strip()
        return 2000 + (number_value(rest) or 0 if rest else 0)
    head, _, rest = w.partition(" ")
    yy = number_value(rest)
    if head not in ("nineteen", "twenty") or yy is None:
        return None
    return (1900 if head == "nineteen" else 2000) + yy


def h_year_words(g: dict, c: Context) -> Resolution | None:
    if g["c"]:
        base = 1900 if g["c"].lower() == "nineteen" else 2000
        yy = number_value(g["yy"])
        if yy is None:
            return None
        y = base + yy
    else:
        y = 2000 + (number_value(g["yy2"]) or 0 if g["yy2"] else 0)
        txt = c.text[c.start : c.end].lower()
        if not txt.startswith("the year") and not _PREP_BEFORE.search(c.before(12)):
            return None
    return V.year(y, "year in words")


def h_decade(g: dict, c: Context) -> Resolution | None:
    mod = _pos_mod(g.get("pos") or g.get("pos3"))
    if g.get("decw"):
        tens = {
            "twenties": 20,
            "thirties": 30,
            "forties": 40,
            "fifties": 50,
            "sixties": 60,
            "seventies": 70,
            "eighties": 80,
            "nineties": 90,
        }[g["decw"].lower()]
        return V.decade(1900 + tens, "decade in words (20th century assumed)", mod)
    raw = (g.get("dec") or g.get("dec2")).replace("'s", "s")
    if raw.startswith("'"):
        y = 1900 + int(raw[1:3])
        return V.decade(y, "decade with two digits (20th century assumed)", mod)
    return V.decade(int(raw[:4]), "decade in the text", mod)


def h_century(g: dict, c: Context) -> Resolution | None:
    mod = _pos_mod(g.get("pos"))
    if g.get("ord"):
        o = g["ord"].lower()
        n = int(o[:-2]) if o[0].isdigit() else ORDINALS.get(o)
        if not n:
            return None
        return V.century((n - 1) * 100, "ordinal century", mod)
    if c.dct is None:
        return V.unresolved("XX", "relative century; " + NO_DCT)
    off = _rel_offset(g["rel"]) or 0
    return V.century(c.dct.year + 100 * off, f"{_norm(g['rel'])} century relative to DCT", mod)


def _quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _last_completed_quarter(d: date) -> tuple[int, int]:
    q = _quarter_of(d) - 1
    return (d.year, q) if q >= 1 else (d.year - 1, 4)


def h_quarter(g: dict, c: Context) -> Resolution | None:
    if g.get("ya") or g.get("lyq"):  # "the corresponding period last year", "last year's quarter"
        if c.pfocus:
            return V.duration(c.pfocus, "month", "the same reporting period a year before")
        if c.dct is None and not c.qfocus:
            return V.unresolved("XXXX-QX", "quarter a year before; " + NO_DCT)
        y, q = c.qfocus or _last_completed_quarter(c.dct)
        return V.quarter(y - 1, q, "same quarter a year before the quarter in focus")
    if g.get("det2"):  # "the quarter": the one in focus, else the last completed one
        if c.qfocus:
            y, q = c.qfocus
            return V.quarter(y, q, "the quarter in focus")
        if c.dct is None:
            return V.unresolved("XXXX-QX", "quarter; " + NO_DCT)
        y, q = _last_completed_quarter(c.dct)
        return V.quarter(y, q, "the quarter: last completed quarter before DCT")
    unit = _norm(g["u"])
    o = g["ord"].lower()
    if unit.endswith("months"):  # "the first nine months", "the year-earlier six months"
        value = "P9M" if unit.startswith("nine") else "P6M"
        return V.duration(value, "month", f"reporting period of {unit}")
    fiscal = " (fiscal year taken as calendar year)" if g.get("fis") else ""
    y_explicit = None
    if g.get("y"):
        y_explicit = int(g["y"])
    elif g.get("yp"):
        y_explicit = int(g["yp"])
    elif g.get("rely") or g.get("rely2"):
        if c.dct is None:
            return V.unresolved("XXXX-QX", "quarter of a relative year; " + NO_DCT)
        rel = g["rely"].split()[0] if g.get("rely") else g["rely2"]
        y_explicit = c.dct.year + (_rel_offset(rel) or 0)
    elif g.get("theyr") and (c.year_in_sentence() or c.dct):
        y_explicit = c.year_in_sentence() or c.dct.year
    if o.isdigit() and len(o) == 4:  # "the 1988 period"
        if unit == "half":
            return None
        q = c.qfocus[1] if c.qfocus else None
        if q is None:
            return V.year(int(o), "year of a reporting period")
        return V.quarter(int(o), q, "quarter in focus, of the year given")
    n = ORDINALS.get(o)
    if unit == "period" and n:
        return None  # "the first period" of a match
    if (
        g.get("yaq") and n is not None and n <= 4 and unit == "quarter"
    ):  # the year-ago third quarter
        if c.dct is None and not c.qfocus and y_explicit is None:
            return V.unresolved(f"XXXX-Q{n}", "quarter a year before; " + NO_DCT)
        y = y_explicit or (c.qfocus[0] if c.qfocus else c.dct.year)
        return V.quarter(y - 1, n, "this quarter a year before the quarter in focus")
    if unit == "half":
        if n is None:
            n = 2 if o in ("final", "last") and y_explicit else None
        if n is None or n > 2:
            return None
        if y_explicit is not None:
            return V.half(y_explicit, n, "half of the year given" + fiscal)
        if c.dct is None:
            return V.unresolved(f"XXXX-H{n}", "half without year; " + NO_DCT)
        cur = 1 if c.dct.month <= 6 else 2
        y = c.dct.year if n <= cur or c.tense() == "future" else c.dct.year - 1
        return V.half(y, n, "half of the DCT year (or the previous one if still ahead)" + fiscal)
    if n is not None:
        if n > 4:
            return None
        if y_explicit is not None:
            return V.quarter(y_explicit, n, "quarter of the year given" + fiscal)
        if c.dct is None:
            return V.unresolved(f"XXXX-Q{n}", "quarter without year; " + NO_DCT)
        cur = _quarter_of(c.dct)
        y = c.dct.year if n <= cur or c.tense() == "future" else c.dct.year - 1
        return V.quarter(
            y, n, "quarter of the DCT year (or the previous one if still ahead)" + fiscal
        )
    if c.dct is None:
        return V.unresolved("XXXX-QX", "relative quarter; " + NO_DCT)
    if o in ("year-earlier", "year-ago", "comparable", "same"):
        if c.pfocus and unit == "period":
            return V.duration(c.pfocus, "month", "the same reporting period a year before")
        y, q = c.qfocus or _last_completed_quarter(c.dct)
        if y_explicit:
            y = y_explicit + 1
        return V.quarter(y - 1, q, "same quarter a year before the quarter in focus")
    if o in ("current",):
        return V.quarter(c.dct.year, _quarter_of(c.dct), "current quarter of DCT")
    if o in ("next", "coming"):
        y, m = V.shift_months(c.dct.year, c.dct.month, 3)
        return V.quarter(y, (m - 1) // 3 + 1, "quarter after the DCT quarter")
    if unit == "period" and o not in ("latest",):
        return None
    y, q = c.qfocus if (unit == "period" and c.qfocus) else _last_completed_quarter(c.dct)
    return V.quarter(y, q, "latest/last quarter: last completed quarter before DCT")


def h_rel_unit(g: dict, c: Context) -> Resolution | None:
    rel = _norm(g["rel"])
    unit = _norm(g["u"])
    mod = _pos_mod(g.get("pos"))
    off = _rel_offset(rel)
    if off is None:
        return None
    if unit in SEASONS:
        return _season(SEASONS[unit], rel, None, mod, c)
    if unit in MONTHS:
        return h_month({"m": g["u"], "pos": g.get("pos"), "rel": rel, "y": None}, c)
    if rel in ("the past", "the last", "the next", "the coming") and unit in ("decade", "century"):
        n = 10 if unit == "decade" else 100
        return V.duration(f"P{n}Y", "year", f"{rel} {unit} as a duration")
    if c.dct is None:
        return V.unresolved(None, f"'{rel} {unit}'; " + NO_DCT, mod=mod)
    d = c.dct
    why = f"'{rel} {unit}' relative to DCT"
    if unit == "week":
        return V.week(d + timedelta(weeks=off), why, mod)
    if unit == "weekend":
        sat = d - timedelta(days=d.weekday()) + timedelta(days=5)
        if off < 0 and d.weekday() < 5:
            sat -= timedelta(days=7)
        elif off > 0:
            sat += timedelta(days=7 if d.weekday() >= 5 else 0)
        return V.weekend(sat, why)
    if unit == "month":
        y, m = V.shift_months(d.year, d.month, off)
        return V.month(y, m, why, mod)
    if unit in ("year", "fiscal year"):
        return V.year(d.year + off, why, mod)
    if unit == "quarter":
        y, m = V.shift_months(d.year, d.month, 3 * off)
        return V.quarter(y, (m - 1) // 3 + 1, why, mod)
    if unit == "decade":
        return V.decade(d.year + 10 * off, why, mod)
    if unit == "century":
        return V.century(d.year + 100 * off, why, mod)
    return None


def h_end_of(g: dict, c: Context) -> Resolution | None:
    """ "the end of the month": a part of the current unit (of the date in focus for weeks)."""
    return h_rel_unit({"pos": g["pos"], "rel": "this", "u": g["u"]}, c)


def h_the_year(g: dict, c: Context) -> Resolution | None:
    """ "the year": a twelve-month span when "ended/ending" follows, else the year of a date
    mentioned earlier in the same sentence, else the DCT year (the reporting year in news)."""
    if re.match(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\b", c.after(20), re.I):
        return V.duration("P1Y", "year", "'the year ended ...': a twelve-month period")
    y = c.year_in_sentence()
    if y is not None:
        return V.year(y, "the year of a date earlier in the sentence")
    if c.dct is None:
        return V.unresolved("XXXX", "'the year'; " + NO_DCT)
    return V.year(c.dct.year, "'the year': the DCT year")


def h_weekend(g: dict, c: Context) -> Resolution | None:
    if c.dct is None:
        return V.unresolved("XXXX-WXX-WE", "weekend; " + NO_DCT)
    d = c.dct
    sat = d - timedelta(days=d.weekday()) + timedelta(days=5)
    if c.tense() != "future" and d.weekday() < 5:
        sat -= timedelta(days=7)
        return V.weekend(sat, "the weekend before DCT (past)")
    return V.weekend(sat, "the weekend of the DCT week")


def _season(s: str, rel: str, y: int | None, mod: str | None, c: Context) -> Resolution:
    if y is not None:
        return V.season(y, s, "season of the year given", mod)
    if c.dct is None:
        return V.unresolved(f"XXXX-{s}", "season without year; " + NO_DCT, mod=mod)
    d = c.dct
    # instances: season of year Y covers SEASON_MONTHS; list nearby ones
    inst = [V.season(yy, s, "") for yy in (d.year - 2, d.year - 1, d.year, d.year + 1)]
    rel = rel.removeprefix("the ")
    if rel in ("last", "past", "previous", "this past"):
        r = [i for i in inst if i.end < d][-1]
        why = "'last' season: most recent one ended before DCT"
    elif rel in ("next", "coming", "this coming"):
        r = next(i for i in inst if i.start > d)
        why = "'next' season: first one starting after DCT"
    elif rel == "this":
        cur = [i for i in inst if i.start <= d <= i.end]
        r = cur[0] if cur else next(i for i in inst if i.start.year == d.year)
        why = "'this' season: the one of the DCT year"
    else:
        direction = c.tense()
        cur = [i for i in inst if i.start <= d <= i.end]
        if cur:
            r, why = cur[0], "season containing DCT"
        elif direction == "future":
            r = next(i for i in inst if i.start > d)
            why = "season without year: next one (future tense)"
        else:
            r = [i for i in inst if i.end < d][-1]
            why = "season without year: most recent past one"
    return V.season(int(r.value[:4]), s, why, mod)


def h_season(g: dict, c: Context) -> Resolution | None:
    s = SEASONS[g["s"].lower()]
    rel = _norm(g.get("rel"))
    y = int(g["y"]) if g.get("y") else None
    if g.get("yw"):
        y = year_from_words(g["yw"])
    mod = _pos_mod(g.get("pos"))
    if not rel and y is None:
        before = c.before(15)
        if re.match(r"\s+(?:of|for|in)\s+(?!\d)", c.after(8), re.I):
            return None
        if (
            g["s"].lower() == "fall"
            and not mod
            and not re.search(r"\b(?:in|this|last|next|the)\s+$", before, re.I)
        ):
            return None
        if not (
            mod
            or g.get("det")
            or re.search(r"\b(?:in|during|by|since|until|this|through)\s+$", before, re.I)
        ):
            return None
    return _season(s, rel, y, mod, c)


def _duration_value(n: float | None, unit: str) -> tuple[str, str | None]:
    code = UNITS[unit]
    gran = UNIT_GRANULARITY[unit]
    if code == "DE":
        return (f"P{int(n * 10)}Y" if n is not None else "PXDE"), gran
    if code == "CE":
        return (f"P{int(n * 100)}Y" if n is not None else "PXCE"), gran
    if code == "ML":
        return (f"P{int(n * 1000)}Y" if n is not None else "PXML"), gran
    if unit == "fortnight":
        n = None if n is None else n * 2
    num = "X" if n is None else (str(int(n)) if float(n).is_integer() else _frac(n, code, unit))
    if num.startswith("P"):
        return num, gran
    return (f"PT{num}{code}" if unit in TIME_UNITS else f"P{num}{code}"), gran


def _frac(n: float, code: str, unit: str) -> str:
    whole = int(n)
    rest = n - whole
    if unit == "hour":
        return f"PT{whole}H{round(rest * 60)}M"
    if unit == "year":
        return f"P{whole}Y{round(rest * 12)}M"
    if unit == "day":
        return f"P{whole}DT{round(rest * 24)}H"
    return f"{n:g}"


def _number(s: str) -> tuple[float | None, bool]:
    """(value, ok): value None for vague quantities; ok False when it is no number."""
    s = _norm(s)
    m = re.fullmatch(r"(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s+(\d)/(\d))?", s)
    if m:
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v += int(m.group(2)) / int(m.group(3))
        return v, True
    v = number_value(s)
    if v is None:
        from .lexicon import VAGUE_QUANTITIES

        return None, s in VAGUE_QUANTITIES or s == "few"
    return float(v), True


def _unit(s: str) -> str:
    u = s.lower()
    if u in ("centuries",):
        return "century"
    if u.startswith("millenni"):
        return "millennium"
    return u[:-1] if u.endswith("s") and u[:-1] in UNITS else u


_SET_BEFORE = re.compile(
    r"(?:\b(?:once|twice|thrice|times|percent|million|billion|cents|dollars)|\d|\b[a-z]+s)\s+$",
    re.I,
)


def h_duration(g: dict, c: Context) -> Resolution | None:
    n, ok = _number(g["n"])
    if not ok:
        return None
    unit = _unit(g["u"])
    if unit not in UNITS:
        return None
    nw = _norm(g["n"])
    plural = g["u"].lower().endswith("s") and unit != "century"
    if nw in ("a", "an") and (plural or unit == "second"):
        return None
    if nw == "some" and not plural:
        return None
    if unit == "quarter" and nw in ("a", "an", "one") and not g.get("det"):
        return None  # "a quarter of the vote"
    if unit == "quarter" and re.match(r"\s+of\b", c.after(4)):
        return None  # "three-quarters of its food": a fraction
    if (g.get("long") or "").lower() == "old" or re.match(r"\s+old\b", c.after(5)):
        return None  # an age, not a time span
    value, gran = _duration_value(n, unit)
    rate = nw in ("a", "an") and not g.get("det") and not g.get("rel")
    if rate and _SET_BEFORE.search(c.before(25)):
        return None  # "$2 million a year", "three times a day": a rate, not a time
    mod = _qmod(g.get("q"))
    if g.get("orso"):
        mod = mod or ("APPROX" if "so" in g["orso"].lower() else "EQUAL_OR_MORE")
    return V.duration(value, gran, f"duration of {g['n']} {unit}(s)", mod)


def h_vague(g: dict, c: Context) -> Resolution | None:
    if g.get("u2"):
        unit = _unit(g["u2"])
        sfx = g["sfx"].lower()
        if sfx in ("later", "earlier"):
            return _some_units_from_focus(unit, sfx == "earlier", c, g["u2"] + " " + sfx)
        if sfx == "ago":
            return V.ref("PAST_REF", c.dct, f"unspecified number of {unit}s before")
        value, gran = _duration_value(None, unit)
        return V.duration(value, gran, f"unspecified number of {unit}s ahead")
    unit = _unit(g.get("u") or g.get("u3"))
    if unit not in UNITS:
        return None
    value, gran = _duration_value(None, unit)
    adj = _norm(g.get("adj"))
    if adj in ("recent", "past") and unit == "year" and not g.get("det"):
        # "in recent years", "in past years": a vague past time (the TimeML majority)
        return V.ref("PAST_REF", c.dct, f"'{adj} years': vague reference to the past")
    return V.duration(value, gran, f"unspecified number of {unit}s ({adj or 'for'})")


def _gran(unit: str) -> str:
    g = UNIT_GRANULARITY[unit]
    return "day" if g == "time" else g


# How many units "later"/"earlier" still fall in the coarser date in focus: a few days after a
# month ("In March ... Two days later") stay in that month, as far as the text can tell.
_WITHIN_FOCUS = {
    ("day", "week"): 6,
    ("day", "month"): 20,
    ("day", "season"): 60,
    ("day", "quarter"): 60,
    ("day", "half"): 120,
    ("day", "year"): 300,
    ("week", "month"): 2,
    ("week", "season"): 8,
    ("week", "quarter"): 8,
    ("week", "half"): 16,
    ("week", "year"): 40,
    ("month", "year"): 9,
}
# The span "some units later/earlier" covers beyond the date in focus: (least, most) units.
_SOME_UNITS = {"day": (1, 7), "week": (1, 8), "month": (1, 12), "year": (1, 10)}


def _some_units_from_focus(unit: str, back: bool, c: Context, words: str) -> Resolution:
    """ "days later", "a few weeks earlier": TimeML gives the vague duration (PXD, PXW), the
    calendar span is counted from the date in focus: a few units after (before) a day in
    focus, the date in focus itself when it is coarser (a month before "days later")."""
    value, gran = _duration_value(None, unit)
    g = _gran(unit)
    coarse = c.coarse_focus(g)
    if coarse is not None and coarse.start is not None:
        return Resolution(
            value,
            "DURATION",
            coarse.start,
            coarse.end,
            coarse.granularity,
            "approximate",
            f"'{words}': within the {coarse.granularity} in focus {coarse.value}",
        )
    a = _reckoned_from(c, back).start if c.focus_res is not None else None
    if a is None or unit not in ("hour", "minute", "second", *_SOME_UNITS):
        return Resolution(
            value, "DURATION", None, None, gran, "approximate", f"'{words}': no date in focus"
        )
    if unit in ("hour", "minute", "second"):
        s = e = a
        g = "day"
    else:
        lo, hi = _SOME_UNITS[unit]
        k1, k2 = (-hi, -lo) if back else (lo, hi)
        if unit == "day":
            s, e = a + timedelta(days=k1), a + timedelta(days=k2)
        elif unit == "week":
            s, e = a + timedelta(weeks=k1), a + timedelta(weeks=k2)
        elif unit == "month":
            s, e = V.add_months(a, k1), V.add_months(a, k2)
        else:
            s, e = V.add_years(a, k1), V.add_years(a, k2)
    return Resolution(
        value,
        "DURATION",
        s,
        e,
        g,
        "approximate",
        f"'{words}': {s} to {e}, counted from the date in focus {a}",
    )


def _anniversary(n: int | None, unit: str, ann: str, c: Context) -> Resolution | None:
    """ "A year ago today", "five years ago this week", "a week ago today": the publication's
    day (week, month) that many years, months or weeks back."""
    weekday = ann.startswith("on ")
    if (
        n is None
        or c.dct is None
        or unit not in ("year", "month", "week")
        or (ann == "this month" and unit == "month")
        or (unit == "week" and ann in ("this week", "this month"))
    ):
        return None
    if n != int(n):
        return None
    n = int(n)
    why = f"'{ann}' as of {n} {unit}(s) before the publication date"
    # "Eleven years ago on Monday" in a Monday story, "two weeks ago on Friday": so far back
    # from that weekday of the publication's week
    base = c.dct
    if weekday:
        base -= timedelta(days=(c.dct.weekday() - WEEKDAYS[ann[3:].rstrip(".")]) % 7)
    if unit == "week":
        d = base - timedelta(weeks=n)
    else:
        months = base.year * 12 + base.month - 1 - (n * 12 if unit == "year" else n)
        y, m = divmod(months, 12)
        try:
            d = base.replace(year=y, month=m + 1)
        except ValueError:  # February 29, or the 31st of a shorter month
            d = date(y, m + 1, 28)
    if weekday:
        return V.day(d, why)
    if ann == "yesterday":
        return V.day(d - timedelta(days=1), why)
    if ann == "this week":
        return V.week(d, why)
    if ann == "this month":
        return V.month(d.year, d.month, why)
    return V.day(d, why)


def _reckoned_from(c: Context, back: bool) -> Resolution:
    """The date a count is reckoned from: the date in focus, unless that is a day still to
    come and the count looks back in the past tense. "Blinken is due to meet Abbas on
    Wednesday. A day earlier, Blinken held talks in Riyadh": the day before the meeting told
    last, not the day before the plan."""
    f = c.focus_res
    to_come = c.dct is not None and f.start is not None and f.start > c.dct
    if back and to_come and c.told_res is not None and c.tense() == "past":
        return c.told_res
    return f


def h_ago(g: dict, c: Context) -> Resolution | None:
    n, ok = _number(g["n"])
    if not ok:
        return None
    unit = _unit(g["u"])
    if unit not in UNITS:
        return None
    if _norm(g["n"]) in ("a", "an") and g["u"].lower().endswith("s"):
        return None
    direction = _norm(g["dir"])
    mod = _qmod(g.get("q"))
    if direction in ("later", "earlier") and re.match(r"\s+than\b", c.after(6)):
        # "a month later than expected": a difference of time, not a date
        value, gran = _duration_value(n, unit)
        return V.duration(value, gran, f"'{direction} than': a difference of {g['n']} {unit}(s)")
    if g.get("ann") and (same := _anniversary(n, unit, _norm(g["ann"]), c)) is not None:
        return same
    back = direction in ("ago", "earlier", "before")
    if direction in ("ago", "hence", "from now"):
        base, why = (c.dct, "counted from the publication date") if c.dct else (None, NO_DCT)
    else:
        base, why = c.anchor()
    if n is None and direction in ("later", "earlier"):
        return _some_units_from_focus(unit, back, c, f"{_norm(g['n'])} {unit}s {direction}")
    if n is None:
        return V.ref("PAST_REF" if back else "FUTURE_REF", c.dct, f"some {unit}s {direction}")
    if unit == "year" and n == 1 and back and c.qfocus and not mod:
        y, q = c.qfocus
        return V.quarter(y - 1, q, f"same quarter a year before the quarter in focus ({y}-Q{q})")
    coarse = None if direction in ("ago", "hence", "from now") else c.coarse_focus(_gran(unit))
    if coarse is not None and n <= _WITHIN_FOCUS.get((_gran(unit), coarse.granularity), 0):
        return replace(
            coarse,
            date_type="approximate",
            mod=None,
            reason=f"{g['n']} {unit}(s) {direction} than a {coarse.granularity} in focus "
            f"({coarse.value}): that {coarse.granularity}, approximately",
        )
    from_day = False
    if direction not in ("ago", "hence", "from now") and c.focus_res is not None:
        f = _reckoned_from(c, back)
        base, why = f.start, f"counted from the date in focus {f.value}"
        from_day = f.granularity == "day"
    if base is None:
        return V.unresolved(None, f"'{direction}' offset; {why}", mod=mod)
    k = -n if back else n
    text = f"{g['n']} {unit}(s) {direction}, {why}"
    if unit in ("day", "night", "hour", "minute", "second"):
        days = round(k) if unit in ("day", "night") else 0
        if unit == "hour":
            days = -(-abs(k) // 24) * (1 if k > 0 else -1) if abs(k) >= 24 else 0
        return V.day(base + timedelta(days=int(days)), text, mod)
    if unit in ("week", "fortnight"):
        w = k * (2 if unit == "fortnight" else 1)
        if from_day:
            # "a week earlier" than Monday's raid: the Monday before, a day
            return V.day(base + timedelta(weeks=w), text, mod)
        return V.week(base + timedelta(weeks=w), text, mod)
    if unit == "month":
        y, m = V.shift_months(base.year, base.month, round(k))
        return V.month(y, m, text, mod)
    if unit == "quarter":
        y, m = V.shift_months(base.year, base.month, round(3 * k))
        return V.quarter(y, (m - 1) // 3 + 1, text, mod)
    factor = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}[unit]
    return V.year(base.year + round(k * factor), text, mod)


def h_anchored(g: dict, c: Context) -> Resolution | None:
    if g.get("dby"):
        if c.dct is None:
            return V.unresolved(None, NO_DCT)
        off = -2 if "yesterday" in g["dby"].lower() else 2
        return V.day(c.dct + timedelta(days=off), "two days from the publication date")
    coarse = c.coarse_focus("day")
    if coarse is not None and (g.get("ba") or _norm(g.get("u")) == "day"):
        return replace(
            coarse,
            date_type="approximate",
            mod=None,
            reason=f"a day relative to a {coarse.granularity} in focus ({coarse.value}): "
            f"that {coarse.granularity}, approximately",
        )
    if g.get("ba"):
        a, why = c.anchor()
        if a is None:
            return V.unresolved(None, why)
        off = -1 if g["ba"].lower() in ("before", "earlier") else 1
        return V.day(a + timedelta(days=off), f"day {g['ba'].lower()}, {why}")
    det = _norm(g["det"])
    unit = g["u"].lower()
    off = {"the previous": -1, "the preceding": -1, "the next": 1, "the following": 1}.get(det, 0)
    if unit == "day":
        a, why = c.anchor()
        if (
            off > 0
            and a is not None
            and c.dct is not None
            and a + timedelta(days=off) > c.dct
            and c.event_focus is not None
            and c.event_focus < a
            and c.tense() == "past"
        ):
            # "said on Tuesday that an inquiry was under way. The next day, gunmen abducted 17
            # passengers" (Tuesday being the day of the report): the day after the event told
            a = c.event_focus
            why = f"anchored to the last event date in focus {a.isoformat()}"
        elif (
            off == 0
            and c.event_focus is not None
            and c.event_focus != a
            and c.year_in_sentence() is None
        ):
            # "were killed on Wednesday, the army said on Thursday. ... responded with air
            # strikes the same day": the day of the event told, not of the statement (in a
            # sentence of its own: "said on Thursday he had spoken to both that day")
            a = c.event_focus
            why = f"anchored to the last event date in focus {a.isoformat()}"
    else:
        a = c.focus_any or c.focus or c.dct
        why = (
            f"anchored to previous date in focus {a.isoformat()}"
            if (c.focus_any or c.focus)
            else "anchored to the publication date"
        )
    if a is None:
        return V.unresolved(None, why)
    if unit == "day":
        return V.day(a + timedelta(days=off), why)
    if unit == "week":
        return V.week(a + timedelta(weeks=off), why)
    if unit == "month":
        y, m = V.shift_months(a.year, a.month, off)
        return V.month(y, m, why)
    if c.year_told is not None and c.year_told != a.year:
        # "the deadliest attack since 2014. Later that year ...": the year last told
        return V.year(c.year_told + off, f"anchored to the year last told ({c.year_told})")
    return V.year(a.year + off, why)


def h_year_rel(g: dict, c: Context) -> Resolution | None:
    w = _norm(g["ye"]).replace(" ", "-")
    if c.dct is None:
        return V.unresolved(None, "relative year; " + NO_DCT)
    if w == "year-end":
        y = c.dct.year
        return V.day(date(y, 12, 31), "end of the DCT year")
    if c.qfocus:
        y, q = c.qfocus
        return V.quarter(y - 1, q, "a year before the quarter in focus")
    return V.year(c.dct.year - 1, "the year before DCT")


def h_deictic(g: dict, c: Context) -> Resolution | None:
    w = g["w"].lower()
    mod = _pos_mod(g.get("pos")) if _norm(g.get("pos")) in ("early", "late") else None
    if c.dct is None:
        return V.unresolved(None, f"'{w}'; " + NO_DCT, "TIME" if w == "tonight" else "DATE", mod)
    if w == "tonight":
        return V.time_of_day(c.dct, "NI", "tonight: evening of the publication date", mod)
    off = {"today": 0, "yesterday": -1, "tomorrow": 1}[w]
    return V.day(c.dct + timedelta(days=off), f"{w}: relative to the publication date", mod)


_REFS = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the immediate term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}


def h_ref(g: dict, c: Context) -> Resolution | None:
    w = _norm(g["w"])
    value = _REFS[w]
    return V.ref(value, c.dct, f"'{w}': vague reference to the {value.split('_')[0].lower()}")


_SET_WORDS = {
    "daily": ("P1D", "day"),
    "nightly": ("P1D", "day"),
    "weekly": ("P1W", "week"),
    "biweekly": ("P2W", "week"),
    "monthly": ("P1M", "month"),
    "annually": ("P1Y", "year"),
    "yearly": ("P1Y", "year"),
    "semiannually": ("P6M", "half"),
    "hourly": ("PT1H", "time"),
}


def h_set(g: dict, c: Context) -> Resolution | None:
    if g.get("w"):
        if re.search(r"(?:%|\bpercent|\bpct\.?)\s*$", c.before(12), re.I):
            return None  # "rise 8% annually": a growth rate, not a time
        v, gran = _SET_WORDS[g["w"].lower()]
        return V.tset(v, gran, "frequency word")
    if g.get("wds"):
        wd = WEEKDAYS[g["wds"].lower()[:-1]]
        return V.tset(f"XXXX-WXX-{wd + 1}", "day", "every such weekday")
    u = g["u"].lower()
    k = 1
    if g.get("n"):
        if g["n"].lower() == "other":
            k = 2
        else:
            n, ok = _number(g["n"])
            if not ok or n is None:
                return None
            k = int(n)
    if u.rstrip(".") in WEEKDAYS:
        return V.tset(f"XXXX-WXX-{WEEKDAYS[u.rstrip('.')] + 1}", "day", "every such weekday")
    if u in MONTHS:
        return V.tset(f"XXXX-{MONTHS[u]:02d}", "month", "every such month")
    if u in PARTS_OF_DAY:
        return V.tset(f"XXXX-XX-XXT{PARTS_OF_DAY[u]}", "time", "every such part of day")
    if u in SEASONS:
        return V.tset(f"XXXX-{SEASONS[u]}", "season", "every such season")
    if u == "weekend":
        return V.tset("XXXX-WXX-WE", "day", "every weekend")
    unit = _unit(u)
    if unit not in UNITS:
        return None
    value, gran = _duration_value(k, unit)
    return V.tset(value, gran, f"every {k} {unit}(s)")


# Holidays whose date follows from the year by a calendar rule (US ones for the US feasts).
_FIXED_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's": (1, 1),
    "new year's eve": (12, 31),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
}
# (month, weekday, n): n-th such weekday of the month, -1 for the last one.
_NTH_WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
}
# Days from Easter Sunday.
_EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "good friday": -2, "palm sunday": -7}


def easter(y: int) -> date:
    """Easter Sunday of year y (Gregorian calendar, anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(y, month, day + 1)


def holiday_date(name: str, y: int) -> date | None:
    """Date of a rule-based holiday in year y; None for those that need other calendars."""
    if name in _FIXED_HOLIDAYS:
        return date(y, *_FIXED_HOLIDAYS[name])
    if name in _NTH_WEEKDAY_HOLIDAYS:
        m, wd, n = _NTH_WEEKDAY_HOLIDAYS[name]
        if n > 0:
            first = date(y, m, 1)
            return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        last = nxt - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - wd) % 7)
    if name in _EASTER_HOLIDAYS:
        return easter(y) + timedelta(days=_EASTER_HOLIDAYS[name])
    if name in ("easter week", "holy week"):
        return easter(y) - timedelta(days=6)  # Monday of the week ending on Easter Sunday
    return None


def h_holiday(g: dict, c: Context) -> Resolution | None:
    h = g["h"]
    if not h[0].isupper():
        return None
    name = _norm(h)
    if name not in HOLIDAYS:
        return None
    y = int(g["y"]) if g.get("y") else None
    if holiday_date(name, 2000) is None:
        value = f"{y}-XX-XX" if y else "XXXX-XX-XX"
        return V.unresolved(value, f"holiday needs world knowledge: {name}")
    week = name in ("easter week", "holy week")
    if y is not None:
        d, why = holiday_date(name, y), f"{name} of the year given"
    elif c.dct is None:
        return V.unresolved("XXXX-XX-XX", f"{name} without year; " + NO_DCT)
    else:
        cands = [holiday_date(name, yy) for yy in (c.dct.year - 1, c.dct.year, c.dct.year + 1)]
        rel = _norm(g.get("rel"))
        direction = {"last": "past", "next": "future"}.get(rel) or c.tense()
        if rel == "this":
            d = cands[1]
        elif direction == "future":
            d = next(x for x in cands if x >= c.dct)
        elif direction == "past":
            d = [x for x in cands if x <= c.dct][-1]
        else:
            d = min(cands, key=lambda x: abs((x - c.dct).days))
        why = f"{name} nearest the DCT ({rel or _direction_word(direction)})"
    if week:
        return V.week(d, f"week of Easter: {why}")
    return V.day(d, why)


HANDLERS: dict[str, Handler] = {
    "week_of": h_week_of,
    "range_md": h_range_md,
    "time": h_time,
    "md": h_md,
    "dom": h_dom,
    "numeric": h_numeric,
    "night_span": h_night_span,
    "pod": h_pod,
    "pod_in_focus": h_pod_in_focus,
    "anchored": h_anchored,
    "ago": h_ago,
    "wd": h_wd,
    "month_rel": h_month_rel,
    "quarter": h_quarter,
    "rel_unit": h_rel_unit,
    "weekend": h_weekend,
    "the_year": h_the_year,
    "end_of": h_end_of,
    "duration": h_duration,
    "vague": h_vague,
    "year_rel": h_year_rel,
    "decade": h_decade,
    "century": h_century,
    "year_words": h_year_words,
    "season": h_season,
    "month": h_month,
    "year": h_year,
    "deictic": h_deictic,
    "ref": h_ref,
    "set": h_set,
    "holiday": h_holiday,
}
