"""The scanning pass: find expressions with the combined grammar, resolve them in text order.

Resolution happens left to right so that the date in narrative focus (the last
day-precision date mentioned) is known when "the next day" or "two days later" comes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .anchors import Context, heads_entry, in_entry
from .model import Resolution, Timex
from .patterns import COMBINED, RULE_GROUPS, URL
from .resolve import HANDLERS
from .speech import SPEECH_VERBS, speaker_time

# TimeML leaves vague quantifiers out of the span ("about <TIMEX3>five hours</TIMEX3>") and
# the article of hyphenated adjectives ("the <TIMEX3>third-quarter</TIMEX3> profit").
_LEADING_APPROX = re.compile(r"(?:about|around|approximately|roughly|some)\s+", re.I)
_THE_HYPHENATED = re.compile(r"the\s+(?=[\w.,/ ]*\w-\w)(?!\S+\s+\S)", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|through|until|till)\s*", re.I)


# "Today" capitalised right after a capitalised word names a publication or a programme.
_IN_TITLE = re.compile(r"\b[A-Z][\w'’]*\s+Today$")


# A weekday and a date glossing each other in parentheses: "June 2 (Sunday)".
_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_WEEKDAY_ONLY = re.compile(r"(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.I)


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _glosses(weekday: str, day: Resolution) -> bool:
    """``weekday`` is a bare weekday name, and the weekday of ``day``."""
    m = _WEEKDAY_ONLY.fullmatch(weekday)
    return bool(m) and day.start is not None and _WEEKDAY_NAMES[day.start.weekday()] == m[1].lower()


def _in_urls(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


def tag(text: str, dct: date | None) -> list[Timex]:
    """Temporal expressions in ``text`` resolved against the document creation time ``dct``.

    Offsets are character offsets into ``text``; the result is sorted and non-overlapping.
    """
    urls = (
        [m.span() for m in URL.finditer(text)]
        if ("/" in text or "@" in text or "www" in text)
        else []
    )
    ctx = Context(text, dct)
    out: list[Timex] = []
    entry: tuple[int, date] | None = None  # (paragraph, day) of the last timeline entry head
    for m in COMBINED.finditer(text):
        rule = m.lastgroup
        s, e = m.span()
        if urls and _in_urls(urls, s, e):
            continue
        if _IN_TITLE.search(text, max(0, s - 30), e):
            continue  # "L'Orient Today", "USA Today": a title, not the day
        groups = {short: m.group(full) for full, short in RULE_GROUPS[rule]}
        ctx.start, ctx.end = s, e
        ctx._tense_done = False
        paragraph = text.rfind("\n", 0, s) + 1
        if entry is not None and entry[0] == paragraph and in_entry(text, s):
            # "Nov. 1, 2022 - Algiers hosts a summit postponed from March": a timeline's
            # entry tells its words as of its own day
            ctx.dct = entry[1]
            res = HANDLERS[rule](groups, ctx)
            ctx.dct = dct
        else:
            res = HANDLERS[rule](groups, ctx)
        if res is None:
            continue
        if res.granularity == "day" and res.start is not None and heads_entry(text, s, e):
            entry = (paragraph, res.start)
        if rule in ("duration", "ago", "quarter"):
            s = _trim_start(text, s, e)
        if out and _GLOSS_OPEN.fullmatch(text, out[-1].end, s) and text[e : e + 1] == ")":
            prev = out[-1].resolution
            if res.granularity == "day" and prev.granularity == "day" and prev.value:
                # "June 2 (Sunday)", "Sunday (June 2)": the gloss names the same day, which the
                # date fixes ("Sunday" alone, in a story of July 1, would be June 30), if the
                # weekday is the date's ("Saturday (8/12)" is no August 12, a Sunday)
                if _glosses(text[s:e], prev):
                    res = replace(prev, reason=f"the weekday glossing the date: {prev.reason}")
                elif _glosses(out[-1].text, res):
                    out[-1] = replace(
                        out[-1],
                        resolution=replace(res, reason=f"the date its gloss gives: {res.reason}"),
                    )
        out.append(Timex(text[s:e], s, e, res))
        yardstick = bool(_SINCE_CLAUSE.search(text, max(0, s - 120), s)) and not (
            _WHEN_AFTER.match(text, e)
        )
        stated = bool(_STATED_ON.search(text, max(0, s - 40), s))
        _update_focus(ctx, res, rule, text[s:e], stated, yardstick)
    return speaker_time(text, out, dct)


# "the worst attack since a beach restaurant was targeted in August. Two days later, ...": the
# yardstick of a superlative does not move the narrative to its date, unless a "when"
# clause goes on to tell what happened then ("since October 9, when a gunman ...").
_SINCE_CLAUSE = re.compile(
    r"\b(?:worst|deadliest|bloodiest|biggest|largest|heaviest|first|most\s+\w+)\b"
    r"[^.;:!?]*\bsince\b[^.;:!?,]*$",
    re.I,
)
_WHEN_AFTER = re.compile(r",\s+when\b", re.I)


def _trim_start(text: str, s: int, e: int) -> int:
    m = _LEADING_APPROX.match(text, s, e) or _THE_HYPHENATED.match(text, s, e)
    return m.end() if m else s


# "the nine months", "the first six months": a reporting period other than a quarter.
_PERIOD = re.compile(r"the\s+(?:\w+\s+)?(?:six|nine|6|9)\s+months$", re.I)


# "police said Saturday", "told reporters on Monday": the day of a statement.
_STATED_ON = re.compile(
    rf"\b(?:{SPEECH_VERBS}|confirmed|told\s+\w+)(?:\s+in\s+a\s+statement)?\s+(?:on\s+)?$", re.I
)


def _update_focus(
    ctx: Context,
    r: Resolution,
    rule: str,
    text: str = "",
    stated: bool = False,
    yardstick: bool = False,
) -> None:
    if r.type == "DURATION" and _PERIOD.match(text) and not yardstick:
        ctx.pfocus, ctx.qfocus = r.value, None
        return
    if r.start is None or r.type not in ("DATE", "TIME") or r.date_type == "unresolved":
        return
    if r.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return
    if "a year before" in r.reason:
        return  # a comparison ("up from $5 million a year earlier"), not a move of the narrative
    ctx.year_told = r.start.year
    if yardstick:
        return  # a superlative's yardstick names a year "that year" can take, not a new focus
    if r.granularity in ("day", "time"):
        ctx.focus = r.start
        if ctx.dct is None or r.start <= ctx.dct:
            ctx.told_res = r
        if not stated:
            ctx.event_focus = r.start
    if r.granularity in ("day", "time", "week", "month", "season", "quarter", "half", "year"):
        ctx.focus_any, ctx.focus_any_at, ctx.focus_res = r.start, ctx.start, r
    explicit_quarter = rule in ("quarter", "rel_unit") and not r.reason.startswith("same quarter")
    explicit_quarter = explicit_quarter and not r.reason.startswith("quarter in focus")
    if explicit_quarter and r.granularity == "quarter" and r.value and "-Q" in r.value:
        ctx.qfocus, ctx.pfocus = (int(r.value[:4]), int(r.value[-1])), None


def resolve(expression: str, dct: date | None) -> Resolution:
    """Resolve one expression on its own (no surrounding text, focus = DCT).

    Two dates joined by "to", "and", "-" ("between January 23 and February 21", "from 2001
    to 2005") resolve to one range.
    """
    found = tag(expression, dct)
    if not found:
        return Resolution(
            None, "DATE", None, None, None, "unresolved", "not recognised as a temporal expression"
        )
    if len(found) >= 2:
        a, b = found[0], found[-1]
        between = expression[a.end : b.start]
        ra, rb = a.resolution, b.resolution
        if (
            len(found) == 2
            and _RANGE_JOIN.fullmatch(between)
            and ra.start
            and rb.end
            and ra.start <= rb.end
        ):
            gran = ra.granularity if ra.granularity == rb.granularity else "day"
            why = f"range from {ra.value} to {rb.value}"
            return Resolution(ra.value, "DATE", ra.start, rb.end, gran, "range", why, None)
    return max(found, key=lambda t: t.end - t.start).resolution
