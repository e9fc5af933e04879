"""Records the temporal tagger produces: a span of text and what date it denotes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Granularities, finest first; a resolved date is never padded to a finer one than the text gives.
GRANULARITIES = (
    "time",
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)
DATE_TYPES = ("exact", "approximate", "range", "unresolved")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Resolution:
    """What an expression denotes on the calendar.

    ``start``/``end`` are the first and last day covered (inclusive); both are None for
    durations, sets and anything unresolved, except a vague duration counted from the date in
    focus ("days later": PXD, the few days after that date, approximate). ``reason`` says in words how the value was found
    (or why it could not be), so an analyst can audit every date.
    """

    value: (
        str | None
    )  # TIMEX3 value: 2011-03-17, 2011-W37, 2011-03, 2011-Q2, 201X, P3D, PRESENT_REF...
    type: str  # DATE | TIME | DURATION | SET
    start: date | None
    end: date | None
    granularity: str | None  # one of GRANULARITIES, None when unresolved
    date_type: str  # exact | approximate | range | unresolved
    reason: str
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, ...


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text, with offsets into that text."""

    text: str
    start: int
    end: int
    resolution: Resolution

    @property
    def value(self) -> str | None:
        return self.resolution.value

    @property
    def type(self) -> str:
        return self.resolution.type
