"""The regex grammar of temporal expressions, compiled into one scanning pattern.

Every rule is a named alternative of a single compiled regex, so a text is scanned in one
pass (``finditer``). Python's alternation takes the first alternative that matches at a
position, not the longest, so RULES is ordered from the most specific (full dates, ranges)
to the most generic (a bare month or year). Group names inside a rule are written plainly
(``m``, ``d``, ``y``) and prefixed with the rule name when compiled.
"""

from __future__ import annotations

import re

from .lexicon import HOLIDAYS, ONES, SEASONS, TENS


def _alt(words) -> str:
    """Alternation of literal words, longest first, spaces matching any whitespace."""
    parts = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) + ")"


MONTH_FULL = _alt(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
MONTH_ABBR_DOT = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\."
MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
MONTH_ANY = f"(?:{MONTH_FULL}|{MONTH_ABBR})"
MONTH_ALONE = f"(?:{MONTH_FULL}|{MONTH_ABBR_DOT})"
WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:tues?|wed|thu(?:rs?)?)\.)"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
YEAR = rf"(?:{YEAR4}|'\d\d)"
SEASON = _alt(SEASONS)
_ONES = [w for w in ONES if w != "zero"]
_SMALL = _alt(_ONES[:9])
NUMWORD = rf"(?:{_alt(TENS)}(?:[\s-]+{_SMALL})?|{_alt(_ONES)}|(?:a|one)\s+hundred|hundred|a\s+dozen|dozen)"
VAGUE = (
    r"(?:a\s+few|few|several|some|many|a\s+couple\s+of|a\s+couple|couple\s+of|"
    r"a\s+number\s+of|dozens\s+of|hundreds\s+of|thousands\s+of)"
)
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+\d/\d)?|{NUMWORD}|{VAGUE}|an?)"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|"
    r"decades?|century|centuries|millenni(?:um|a))"
)
UNIT_PL = r"(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)"
POSMOD = (
    r"(?:early|late|mid-?|earlier|later|the\s+(?:end|beginning|start|middle|close|turn)\s+of|"
    r"(?:end|beginning|start|middle)\s+of)"
)
# "the second half of May": a half of a month (of a year, "the second half of 2025", is a
# half-year of its own).
HALFMOD = r"(?:the\s+)?(?:first|second|latter)\s+half\s+of"
QMOD = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|less\s+than|just\s+under|under|"
    r"fewer\s+than|more\s+than|just\s+over|over(?!\s+the\b)|at\s+least|at\s+most|up\s+to|no\s+more\s+than)"
)
REL = r"(?:this\s+past|this\s+coming|this|last|next|past|previous|coming|current|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+current|the\s+next|the\s+following|the\s+latest|the\s+present)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
TZ = r"(?:[ECMP][SD]?T|GMT|UTC)"
AMPM = r"(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
DEICTIC = r"(?:today|yesterday|tomorrow|tonight)"
ORDWORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"twenty-first)"
)

# A year in words, as read out in broadcast transcripts: "nineteen ninety-four", "two thousand one".
YEAR_WORDS = (
    r"(?:(?:nineteen|twenty)\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)"
)

# A weekday and the next one, the two days a night joins: "Saturday and Sunday",
# "Wednesday-Thursday".
_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NIGHT_DAYS = (
    "(?:"
    + "|".join(
        rf"{a}(?:\s+(?:and|to|into)\s+|\s*[-–/]\s*){b}"
        for a, b in zip(_WEEK, _WEEK[1:] + _WEEK[:1], strict=True)
    )
    + ")"
)

# (rule name, regex). Order matters: see module docstring.
RULES: list[tuple[str, str]] = [
    ("week_of", rf"the\s+week\s+of\s+(?P<m>{MONTH_ANY})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR4}))?"),
    (
        "range_md",
        rf"(?P<m>{MONTH_ANY})\s+(?P<d1>{DAY})\s*(?:-|–|—|\s+to\s+|\s+through\s+|\s+until\s+)\s*"
        rf"(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR4}))?",
    ),
    (
        "time",
        # ("11.40am": a British clock time, the minutes after a point)
        rf"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})"
        rf"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?!\s*{AMPM})"
        rf"|(?P<h3>1[0-2]|0?[1-9])\s+o'clock"
        rf"|(?P<noon>noon|midnight|midday))"
        rf"(?:\s+(?P<tz>{TZ}))?"
        rf"(?:\s+(?:in\s+the\s+)?(?P<pod>morning|afternoon|evening|night))?"
        rf"(?:,?\s+(?:on\s+)?(?:(?P<day>{WEEKDAY}|{DEICTIC})"
        rf"|(?P<dm>{MONTH_ANY})\s+(?P<dd>{DAY})(?:,\s*(?P<dy>{YEAR4}))?(?![\w,]*\s*\d)))?",
    ),
    (
        "md",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"
        rf"(?:(?P<m>{MONTH_ANY})\s+(?P<d>{DAY})|(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH_ANY}))"
        rf"(?:(?:,\s*|\s+)(?:of\s+)?(?P<y>{YEAR4})(?!\w)|,?\s+(?:of\s+)?(?P<rely>this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+year)?",
    ),
    (
        # "on the 12th" (the day of a month left unsaid); not "the 5th floor", "the 20th of"
        "dom",
        r"(?<=\bon\s)the\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
        r"(?=\s*[,.;:)\u2014\u2013]|\s*$|\s+(?:and|when|in|at|after|before|as|while|with|but"
        r"|during|near|outside|inside|that|which|to|from)\b)",
    ),
    (
        "numeric",
        r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
        r"|(?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12]\d|0?[1-9])(?:/(?P<y2>(?:19|20)\d\d|\d\d))?",
    ),
    (
        # "on the night between Saturday and Sunday", "overnight Sunday into Monday", "on the
        # intervening night of Sunday and Monday", "overnight Wednesday-Thursday"
        "night_span",
        r"(?:the\s+(?:intervening\s+)?night\s+(?:between|of|from)|overnight(?:\s+from)?)\s+"
        rf"(?P<pair>{NIGHT_DAYS})",
    ),
    (
        "pod",
        rf"(?:(?P<pre>early|late)\s+)?(?P<day>{WEEKDAY}|today|yesterday|tomorrow|this|last|that|"
        rf"the\s+next|the\s+following|the\s+previous|the\s+same)\s+(?P<pod>{PART_OF_DAY})"
        rf"|(?P<pre2>early|late)\s+(?P<day2>{WEEKDAY})",
    ),
    (
        # "later in the day", "(in) the afternoon", "during the morning": a part of the day in
        # focus (not "during the evening service")
        "pod_in_focus",
        r"(?P<lat>later|earlier)\s+in\s+the\s+day\b"
        r"|(?<=\bin\s)the\s+(?P<pod>morning|afternoon|evening)(?!\s+of\b|-)"
        r"|(?<=\bduring\s)the\s+(?P<pod3>morning|afternoon|evening)"
        r"(?=\s*[,.;:)]|\s+(?:and|as|when|while|before|after|but|in|near|to)\b)",
    ),
    (
        "anchored",
        r"(?P<dby>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
        r"|(?:(?P<lat>later|earlier)\s+)?(?P<det>the\s+previous|the\s+preceding|the\s+next|the\s+following"
        r"|that\s+same|the\s+same|that)\s+(?P<u>day|week|month|year)"
        # ("the day before on hideouts near X": an adjunct follows, not the anchor's object)
        r"|the\s+day\s+(?P<ba>before|after|earlier|later)"
        r"(?=\s*[.,;:)\"']|\s*$|\s+(?:on|in|at|near|and|but|when|while|against|killing)\b)",
    ),
    (
        "ago",
        rf"(?:(?P<q>{QMOD})\s+)?(?P<n>{NUM})[\s-]+(?P<u>{UNIT})(?:\s+or\s+(?:so|more|two|three))?"
        rf"\s+(?P<dir>ago|earlier|later|hence|from\s+now|before(?=\s*[.,;:)]|\s*$)|after(?=\s*[.,;:)]|\s*$))"
        rf"(?:(?<=ago)\s+(?P<ann>today|yesterday|this\s+week|this\s+month|on\s+{WEEKDAY}))?",
    ),
    (
        "wd",
        # "that" is no determiner before a possessive ("said that Thursday's strikes")
        rf"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past|previous|"
        rf"that(?!\s+\w+['’]s\b)|the\s+previous|the\s+following|the\s+next)\s+)?(?P<wd>{WEEKDAY})"
        r"(?:\s+(?:of\s+)?(?P<wkrel>last|next|this|the\s+previous|the\s+following)\s+week\b)?",
    ),
    (
        "month_rel",
        rf"(?:(?P<pos>{POSMOD})[\s-]*)?(?P<m>{MONTH_FULL})\s+(?:of\s+)?(?P<rel>this|last|next|that|the\s+same|"
        r"the\s+following|the\s+previous)\s+year",
    ),
    (
        "quarter",
        rf"(?:(?P<det>the)\s+)?(?:(?P<rely>this\s+year's|last\s+year's|next\s+year's|(?P<yp>{YEAR4})(?:'s)?)\s+)?"
        r"(?:(?:comparable|corresponding)\s+(?=year-))?(?:(?P<yaq>year-earlier|year-ago)[\s-]+(?=\w+[\s-]+quarter))?"
        rf"(?:(?P<fis>fiscal)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|"
        rf"past|previous|prior|year-earlier|year-ago|comparable|same|next|coming|(?:{YEAR4}))"
        rf"(?:[\s-]+fiscal)?[\s-]+(?P<u>quarter|half|period|(?:six|nine)\s+months)(?!-)"
        rf"(?!\s+of\s+{MONTH_FULL}\b)"  # (a half of a month is the month's: see "month")
        rf"(?:(?<!months)\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>{YEAR4})"
        r"|(?<!months)\s+of\s+(?:(?P<rely2>last|this|next|the\s+previous|the\s+current)\s+(?:fiscal\s+)?year"
        r"|(?P<theyr>the\s+(?:fiscal\s+)?year)(?![-\w'])))?"
        r"|the\s+(?:(?:corresponding|comparable|same|year-earlier|year-ago)\s+)?(?:quarter|period)\s+"
        r"(?:of\s+)?(?P<ya>a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year)"
        r"|(?P<lyq>last\s+year's)\s+(?:quarter|period)"
        rf"|(?P<det2>the)\s+(?P<u2>quarter)(?!-|\s+(?:of\s+a|century|mile|point|percent))",
    ),
    (
        "rel_unit",
        rf"(?:(?P<pos>{POSMOD})[\s-]*)?(?P<rel>{REL})\s+(?P<u>week|weekend|month|year|quarter|decade|"
        # (not "the last week of December", a part of that month)
        rf"century|fiscal\s+year|{SEASON}|{MONTH_FULL})(?!-)(?!\s+of\s+(?:{MONTH_FULL})\b)",
    ),
    ("weekend", r"(?P<det>the)\s+weekend"),
    (
        "end_of",
        rf"(?P<pos>{POSMOD})\s+(?:in\s+the\s+(?=week\b)|the\s+)"
        r"(?P<u>week|month|year|quarter|decade|century)(?![-\w])",
    ),
    (
        "the_year",
        r"the\s+(?:(?P<adj>fiscal|full|current|latest|latest\s+fiscal|current\s+fiscal|entire|whole)\s+)?"
        r"year(?![-\w'])(?!\s+(?:two\s+thousand|nineteen|twenty|\d))",
    ),
    (
        "duration",
        rf"(?:(?P<q>{QMOD})\s+)?(?:(?P<det>the)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|following|"
        rf"final|latest|remaining|initial|ensuing|preceding|same|full|entire|whole)\s+)?"
        rf"(?P<n>{NUM})(?:\s+(?:more|additional|straight|consecutive|full|long|full))?[\s-]+(?P<u>{UNIT})"
        rf"(?:-(?P<long>long|old)|(?!-))(?:\s+(?P<orso>or\s+so|or\s+more))?",
    ),
    (
        "vague",
        rf"(?:(?P<det>the)\s+)?(?P<adj>recent|coming|past|last|next|following|previous|ensuing|"
        rf"final|few|several|many)\s+(?P<u>{UNIT_PL})"
        rf"|(?P<u2>{UNIT_PL})\s+(?P<sfx>ago|earlier|later|ahead)"
        rf"|(?<=\bfor\s)(?P<u3>{UNIT_PL})(?!\s+(?:of|to|and|in|on)\b)",
    ),
    ("year_rel", r"(?P<ye>year-earlier|year-ago|year-before|year-end|year\s+end)"),
    (
        "decade",
        r"(?:(?P<the>the)\s+)?(?P<pos>early|mid-?|late)[\s-]*(?P<dec>(?:1[0-9]|20)\d0'?s|'\d0s)"
        r"|(?P<dec2>(?:1[0-9]|20)\d0'?s|'\d0s)"
        r"|(?P<the3>the)\s+(?:(?P<pos3>early|mid-?|late)[\s-]*)?(?P<decw>twenties|thirties|forties|fifties|"
        r"sixties|seventies|eighties|nineties)",
    ),
    (
        "century",
        rf"(?:(?P<pos>early|mid-?|late)[\s-]*)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDWORD})[\s-]+century"
        r"|(?P<rel>this|last|next|the\s+last|the\s+next|the\s+past|the\s+previous)\s+century",
    ),
    (
        "year_words",
        r"(?:the\s+year\s+)?(?:(?P<c>nineteen|twenty)\s+(?P<yy>(?:twenty|thirty|forty|fifty|sixty|seventy|"
        r"eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)"
        r"|two\s+thousand(?:\s+(?:and\s+)?(?P<yy2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)",
    ),
    (
        "season",
        rf"(?:(?P<pos>{POSMOD})[\s-]*)?(?:(?P<det>the)\s+)?"
        rf"(?:(?P<rel>this\s+past|this\s+coming|last|this|next|past|coming|previous)\s+)?"
        rf"(?P<s>{SEASON})(?:\s+(?:of\s+)?(?:(?P<y>{YEAR4})|(?P<yw>{YEAR_WORDS})))?(?!-)",
    ),
    (
        "month",
        rf"(?:(?P<pos>{POSMOD}|{HALFMOD})[\s-]*)?(?:(?P<rel>this\s+past|this\s+coming|last|this|next|past|coming)\s+)?"
        rf"(?P<m>{MONTH_ALONE}|{MONTH_ANY}"
        rf"(?=,?\s+(?:of\s+)?{YEAR4}))(?:,?\s+(?:of\s+)?(?P<y>{YEAR4})|\s+(?P<yw>{YEAR_WORDS})|(?!\s*\d))",
    ),
    (
        "year",
        rf"(?:(?P<pos>{POSMOD})[\s-]*)?(?:(?P<fis>fiscal)\s+)?(?P<the>the\s+year\s+)?(?P<y>{YEAR4}|'\d\d)",
    ),
    (
        "deictic",
        rf"(?:(?P<pos>early|late|earlier|later)\s+)?(?P<w>{DEICTIC})",
    ),
    (
        "ref",
        r"(?P<w>now|currently|current|recently|nowadays|these\s+days|the\s+past|the\s+future|"
        r"lately|the\s+present|the\s+(?:near|immediate)\s+(?:future|term)|the\s+short\s+term)",
    ),
    (
        "set",
        rf"(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually)"
        rf"|(?P<ev>every|each|per)\s+(?:(?P<n>other|{NUM})\s+)?(?P<u>{UNIT}|{WEEKDAY}|{MONTH_FULL}|{PART_OF_DAY}|"
        rf"weekend|{SEASON})"
        r"|(?P<wds>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)",
    ),
    (
        "holiday",
        rf"(?:(?P<rel>last|this|next)\s+)?(?P<h>{_alt(HOLIDAYS)})(?:\s+(?P<y>{YEAR4}))?",
    ),
]

_LEFT = r"(?<![\w$£€¥#@/\\&])"
_RIGHT = r"(?![\w%@&]|[.,/:]\d|'\w\w)"


def _prefixed(name: str, rx: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{name}__{m.group(1)}>", rx)


COMBINED = re.compile(
    _LEFT + "(?:" + "|".join(f"(?P<{n}>{_prefixed(n, rx)})" for n, rx in RULES) + ")" + _RIGHT,
    re.IGNORECASE,
)

# For each rule, the (compiled group name, short name) pairs of its sub-groups.
RULE_GROUPS: dict[str, list[tuple[str, str]]] = {
    n: [(f"{n}__{g}", g) for g in re.findall(r"\(\?P<(\w+)>", rx)] for n, rx in RULES
}

URL = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+\.(?:com|org|net|gov|edu)(?:/\S*)?", re.I
)
