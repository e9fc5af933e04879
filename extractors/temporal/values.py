"""Calendar arithmetic: TIMEX3 value strings and the days they cover.

Each builder returns a Resolution for one calendar unit (day, ISO week, month, season,
quarter, half, year, decade, century), so the resolver only decides *which* unit is meant.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .model import Resolution

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_THIRD = {"START": 0, "MID": 1, "END": 2}


def _narrow(start: date, end: date, mod: str | None) -> tuple[date, date]:
    """Keep the first, middle or last third of a span for START/MID/END."""
    if mod not in _THIRD:
        return start, end
    days = (end - start).days + 1
    if days < 3:
        return start, end
    third = days // 3
    i = _THIRD[mod]
    s = start + timedelta(days=third * i)
    e = end if i == 2 else start + timedelta(days=third * (i + 1) - 1)
    return s, e


def _res(value, start, end, gran, reason, mod=None, date_type=None, type_="DATE") -> Resolution:
    if date_type is None:
        date_type = "approximate" if mod else "exact"
    start, end = _narrow(start, end, mod)
    return Resolution(value, type_, start, end, gran, date_type, reason, mod)


def day(d: date, reason: str, mod: str | None = None, date_type: str | None = None) -> Resolution:
    return _res(d.isoformat(), d, d, "day", reason, mod, date_type)


def time_of_day(d: date, suffix: str, reason: str, mod: str | None = None) -> Resolution:
    """A time on a day: suffix is "14:00" or a part of day like "MO", "NI"."""
    return _res(f"{d.isoformat()}T{suffix}", d, d, "time", reason, mod, type_="TIME")


def week(d: date, reason: str, mod: str | None = None) -> Resolution:
    y, w, _ = d.isocalendar()
    start = date.fromisocalendar(y, w, 1)
    return _res(f"{y}-W{w:02d}", start, start + timedelta(days=6), "week", reason, mod)


def weekend(d: date, reason: str) -> Resolution:
    y, w, _ = d.isocalendar()
    sat = date.fromisocalendar(y, w, 6)
    return _res(f"{y}-W{w:02d}-WE", sat, sat + timedelta(days=1), "day", reason, date_type="range")


def month(y: int, m: int, reason: str, mod: str | None = None) -> Resolution:
    last = calendar.monthrange(y, m)[1]
    return _res(f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, last), "month", reason, mod)


def season(y: int, s: str, reason: str, mod: str | None = None) -> Resolution:
    a, b = SEASON_MONTHS[s]
    end_y = y + 1 if s == "WI" else y
    start = date(y, a, 1)
    end = date(end_y, b, calendar.monthrange(end_y, b)[1])
    return _res(f"{y:04d}-{s}", start, end, "season", reason, mod)


def quarter(y: int, q: int, reason: str, mod: str | None = None) -> Resolution:
    m = 3 * (q - 1) + 1
    end = date(y, m + 2, calendar.monthrange(y, m + 2)[1])
    return _res(f"{y:04d}-Q{q}", date(y, m, 1), end, "quarter", reason, mod)


def half(y: int, h: int, reason: str, mod: str | None = None) -> Resolution:
    start = date(y, 1 if h == 1 else 7, 1)
    end = date(y, 6, 30) if h == 1 else date(y, 12, 31)
    return _res(f"{y:04d}-H{h}", start, end, "half", reason, mod)


def year(y: int, reason: str, mod: str | None = None) -> Resolution:
    return _res(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year", reason, mod)


def decade(first_year: int, reason: str, mod: str | None = None) -> Resolution:
    """A decade as TimeML writes it: the first three digits ("the 1990s" -> 199)."""
    d = first_year - first_year % 10
    return _res(f"{d // 10:03d}", date(d, 1, 1), date(d + 9, 12, 31), "decade", reason, mod)


def century(first_year: int, reason: str, mod: str | None = None) -> Resolution:
    c = first_year - first_year % 100
    return _res(f"{c // 100:02d}", date(c, 1, 1), date(c + 99, 12, 31), "century", reason, mod)


def duration(value: str, gran: str | None, reason: str, mod: str | None = None) -> Resolution:
    vague = "X" in value or mod is not None
    return Resolution(
        value, "DURATION", None, None, gran, "approximate" if vague else "exact", reason, mod
    )


def tset(value: str, gran: str | None, reason: str) -> Resolution:
    return Resolution(value, "SET", None, None, gran, "exact", reason)


def unresolved(
    value: str | None, reason: str, type_: str = "DATE", mod: str | None = None
) -> Resolution:
    return Resolution(value, type_, None, None, None, "unresolved", reason, mod)


def ref(value: str, dct: date | None, reason: str) -> Resolution:
    """PRESENT_REF / PAST_REF / FUTURE_REF: fuzzy, open-ended except the present."""
    if dct is None:
        return unresolved(value, reason + "; no publication date to place it")
    if value == "PRESENT_REF" and dct is not None:
        return Resolution(value, "DATE", dct, dct, "day", "approximate", reason)
    if value == "PAST_REF":
        return Resolution(value, "DATE", None, dct, None, "approximate", reason)
    return Resolution(value, "DATE", dct, None, None, "approximate", reason)


def shift_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def add_years(d: date, k: int) -> date:
    try:
        return d.replace(year=d.year + k)
    except ValueError:  # 29 February
        return d.replace(year=d.year + k, day=28)


def add_months(d: date, k: int) -> date:
    y, m = shift_months(d.year, d.month, k)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
