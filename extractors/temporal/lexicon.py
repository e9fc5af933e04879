"""Word lists the grammar and the resolver share: months, weekdays, numbers, units, holidays.

Kept apart from the regexes so that the grammar (patterns.py) and the arithmetic
(resolve.py) read the same vocabulary.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

UNITS: dict[str, str] = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
    "millennium": "ML",
}

# Granularity a duration unit stands for (model.GRANULARITIES).
UNIT_GRANULARITY: dict[str, str] = {
    "second": "time",
    "minute": "time",
    "hour": "time",
    "day": "day",
    "night": "day",
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
    "centurie": "century",
    "millennium": "century",
}

TIME_UNITS = frozenset({"second", "minute", "hour"})

ONES: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Vague quantities: the number is unknown ("X" in TIMEX3 values).
VAGUE_QUANTITIES = frozenset(
    {
        "a few",
        "few",
        "several",
        "some",
        "many",
        "a couple of",
        "a couple",
        "couple of",
        "a number of",
        "dozens of",
        "hundreds of",
        "thousands of",
        "a dozen",
    }
)

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

# TIMEX3 mod for prefixes like "early", "about", "more than".
POSITION_MODS: dict[str, str] = {
    "early": "START",
    "earlier": "START",
    "the beginning of": "START",
    "the start of": "START",
    "beginning of": "START",
    "start of": "START",
    "mid": "MID",
    "mid-": "MID",
    "the middle of": "MID",
    "middle of": "MID",
    "late": "END",
    "later": "END",
    "the end of": "END",
    "end of": "END",
    "the close of": "END",
    "the first half of": "START",
    "first half of": "START",
    "the second half of": "END",
    "second half of": "END",
    "the latter half of": "END",
    "latter half of": "END",
    "the turn of": "START",
}

QUANTITY_MODS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}

# Named days whose date needs a calendar of feasts, elections or lunar months.
HOLIDAYS = (
    "new year's day",
    "new year's eve",
    "new year's",
    "christmas eve",
    "christmas day",
    "christmas",
    "boxing day",
    "easter sunday",
    "easter week",
    "holy week",
    "easter",
    "good friday",
    "palm sunday",
    "thanksgiving day",
    "thanksgiving",
    "halloween",
    "independence day",
    "memorial day",
    "labor day",
    "veterans day",
    "election day",
    "inauguration day",
    "valentine's day",
    "mother's day",
    "father's day",
    "ramadan",
    "eid al-fitr",
    "eid al-adha",
    "passover",
    "hanukkah",
    "yom kippur",
    "rosh hashanah",
    "lent",
    "diwali",
)


def number_value(words: str) -> int | None:
    """Integer for a spelled-out or digit number ("twenty-four", "24", "a"); None if vague."""
    w = words.lower().replace(",", "").strip()
    if w in ("a", "an", "one", "a single", "single"):
        return 1
    if w in ("a couple of", "a couple", "couple of"):
        return 2  # TimeML: "a couple of years" is P2Y
    if w in VAGUE_QUANTITIES:
        return None
    if w.isdigit():
        return int(w)
    if w in ("a dozen", "dozen"):
        return 12
    if w in ("a hundred", "one hundred", "hundred"):
        return 100
    total = 0
    for part in w.replace("-", " ").split():
        if part in ONES:
            total += ONES[part]
        elif part in TENS:
            total += TENS[part]
        elif part == "hundred":
            total = max(total, 1) * 100
        elif part == "and":
            continue
        else:
            return None
    return total
