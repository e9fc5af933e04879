"""What the grouping compares: one mention row reduced to the features of its event.

Kept apart from the clustering so that the comparison rules read as a list of facts about a
mention (its type family, date interval, place, participants, casualties, wording).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extractors.events.dating import ENTRY_DATE
from extractors.events.taxonomy import PAST, load, normalise
from extractors.temporal.lexicon import MONTHS, WEEKDAYS

# Types that one real-world event may be reported as: the GUIDE allows strike/raid
# ambiguity (a helicopter "raid" that was gunship fire). Attack stays its own family: only
# a definite anaphor inside one document may cross to strike/raid (see ``clusters``).
FAMILIES: dict[str, str] = {"strike": "force", "raid": "force", "attack": "attack"}

# Rank of a date's precision: smaller is finer. Unknown granularities count as coarse.
GRANULARITY_RANK: dict[str, int] = {
    "time": 0,
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "quarter": 3,
    "half": 4,
    "year": 5,
    "decade": 6,
    "century": 7,
}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-.]*[A-Za-z]|[A-Za-z]")
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "such", "same"})
# Words between a determiner and the trigger that keep the phrase anaphoric ("the deadly
# strike", "this latest attack"); anything else (a date, a place) makes it specific.
_ANAPHOR_FILLERS = frozenset(
    {
        "latest",
        "recent",
        "deadly",
        "last",
        "previous",
        "earlier",
        "alleged",
        "botched",
        "fatal",
        "same",
        "whole",
        "second",
        "first",
        "new",
        "u.s.",
        "us",
        "american",
        "nato",
        "drone",
        "air",
        "missile",
    }
)

STOPWORDS = (
    frozenset(
        [
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "also",
            "although",
            "am",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "could",
            "did",
            "do",
            "does",
            "doing",
            "down",
            "during",
            "each",
            "few",
            "for",
            "from",
            "further",
            "had",
            "has",
            "have",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "itself",
            "just",
            "me",
            "more",
            "most",
            "my",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "off",
            "on",
            "once",
            "only",
            "or",
            "other",
            "our",
            "ours",
            "out",
            "over",
            "own",
            "said",
            "same",
            "say",
            "says",
            "she",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "theirs",
            "them",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "very",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "would",
            "you",
            "your",
            "yet",
            "still",
            "since",
            "even",
            "another",
            "according",
            "told",
            "tells",
            "reported",
            "reports",
            "report",
            "reporting",
            "news",
            "mr",
            "ms",
            "dr",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "first",
            "last",
            "later",
            "earlier",
            "today",
            "yesterday",
            "tomorrow",
            "week",
            "month",
            "year",
            "day",
            "days",
            "weeks",
            "months",
            "years",
            "ago",
            "dec",
            "night",
            "morning",
            "evening",
            "afternoon",
            "time",
            "may",
            "might",
            "must",
            "shall",
            "people",
            "killed",
            "kill",
            "killing",
            "dead",
            "least",
            "many",
            "several",
            "new",
            "says",
        ]
    )
    | frozenset(MONTHS)
    | {day for day in WEEKDAYS if day.endswith("day")}
)  # calendar words

# Spellings of one country or party that news text alternates between.
_ALIASES: dict[str, str] = {
    "american": "us",
    "americans": "us",
    "u.s.": "us",
    "u.s": "us",
    "usa": "us",
    "america": "us",
    "pakistani": "pakistan",
    "pakistanis": "pakistan",
    "afghan": "afghanistan",
    "afghans": "afghanistan",
    "israeli": "israel",
    "israelis": "israel",
    "russian": "russia",
    "russians": "russia",
    "ukrainian": "ukraine",
    "ukrainians": "ukraine",
    "syrian": "syria",
    "iraqi": "iraq",
    "iranian": "iran",
    "yemeni": "yemen",
    "british": "uk",
    "britain": "uk",
    "chinese": "china",
    "indian": "india",
    "troops": "soldier",
    "soldiers": "soldier",
    "troop": "soldier",
    "servicemen": "soldier",
}

# A capital stands for its government as a participant, and lies inside its country as a
# place.
CAPITALS: dict[str, str] = {
    "washington": "us",
    "islamabad": "pakistan",
    "kabul": "afghanistan",
    "moscow": "russia",
    "kyiv": "ukraine",
    "tehran": "iran",
    "beijing": "china",
    "baghdad": "iraq",
    "damascus": "syria",
    "sanaa": "yemen",
    "london": "uk",
    "delhi": "india",
}

# Country names as place tokens: a place that is only a country is not a specific place.
COUNTRIES = frozenset(
    {*CAPITALS.values(), "saudi", "arabia", "qatar", "turkey", "egypt", "libya", "somalia"}
    | {"sudan", "mali", "nigeria", "lebanon", "jordan", "israel", "palestine", "india"}
    | {"japan", "korea", "france", "germany", "canada", "australia", "mexico", "bangladesh"}
)

# Words of a place name that say what kind of place, not which one.
GENERIC_PLACE = frozenset(
    [
        "area",
        "region",
        "district",
        "province",
        "agency",
        "village",
        "town",
        "city",
        "tribal",
        "border",
        "near",
        "outskirts",
        "capital",
        "country",
        "state",
        "county",
        "territory",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
    ]
)

# Role words that say what kind of participant, not which one: they never count as a shared
# participant on their own.
GENERIC_PARTICIPANTS = frozenset(
    [
        "soldier",
        "militant",
        "militants",
        "forces",
        "force",
        "army",
        "military",
        "officials",
        "official",
        "people",
        "civilians",
        "civilian",
        "police",
        "fighters",
        "insurgents",
        "insurgent",
        "security",
        "government",
        "troops",
        "men",
        "man",
        "women",
        "children",
        "group",
        "groups",
        "members",
        "member",
        "leader",
        "leaders",
        "commander",
        "commanders",
        "official",
        "chief",
        "state",
        "states",
        "united",
        "minister",
        "president",
        "general",
        "gen",
        "foreign",
        "defense",
        "defence",
        "intelligence",
        "agency",
    ]
)


def normalise_token(word: str) -> str:
    w = word.lower().strip("'’.-")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return _ALIASES.get(w, w)


def content_words(text: str | None) -> frozenset[str]:
    """Lower-cased content words of a sentence: what two reports of one event tend to share."""
    if not text:
        return frozenset()
    out = set()
    for raw in _WORD.findall(text):
        w = normalise_token(raw)
        if len(w) > 2 and w not in STOPWORDS and not w.isdigit():
            out.add(w)
    return frozenset(out)


def name_tokens(names: list[str] | tuple[str, ...] | str | None) -> frozenset[str]:
    """Distinctive tokens of participant names ("Pakistani troops" -> {pakistan})."""
    if not names:
        return frozenset()
    if isinstance(names, str):
        names = [names]
    out = set()
    for name in names:
        if not name:
            continue
        for raw in _WORD.findall(name):
            w = normalise_token(raw)
            w = CAPITALS.get(w, w)
            if len(w) > 1 and w not in STOPWORDS and w not in GENERIC_PARTICIPANTS:
                out.add(w)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Place:
    """A place name as tokens, with the countries its capitals lie in."""

    tokens: frozenset[str]
    squashed: str  # letters only: "Mir Ali" and "Mirali" meet

    @property
    def expanded(self) -> frozenset[str]:
        return self.tokens | {CAPITALS[t] for t in self.tokens if t in CAPITALS}

    def relation(self, other: Place) -> int:
        """1 same or contained, 0 overlapping or unknown, -1 different places."""
        if not self.tokens or not other.tokens:
            return 0
        if self.tokens <= other.expanded or other.tokens <= self.expanded:
            return 1
        if (
            self.squashed
            and other.squashed
            and (self.squashed in other.squashed or other.squashed in self.squashed)
        ):
            return 1
        if self.expanded & other.expanded:
            return 0
        return -1


def place_of(location: str | None) -> Place | None:
    if not location:
        return None
    tokens = set()
    for raw in _WORD.findall(location):
        w = normalise_token(raw)
        if len(w) > 1 and w not in STOPWORDS and w not in GENERIC_PLACE:
            tokens.add(w)
    if not tokens:
        return None
    squashed = "".join(sorted(tokens, key=location.lower().find))
    return Place(frozenset(tokens), re.sub(r"[^a-z]", "", squashed))


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value)[:10])


def _range(low: object, high: object) -> tuple[int, int | None] | None:
    if low is None and high is None:
        return None
    lo = int(low) if low is not None else int(high)  # type: ignore[arg-type]
    return lo, int(high) if high is not None else None


# Columns of the mention row an event row shows (the description and date of one or two of
# its members), kept as they are.
DETAIL_COLUMNS = (
    "sentence_text",
    "date_value",
    "date_start",
    "date_end",
    "date_granularity",
    "date_type",
    "date_reason",
    "time_precision",
)


@dataclass(slots=True)
class Mention:
    """A reportable mention reduced to what the grouping compares.

    The row itself is not kept (at 100,000 documents the rows were most of grouping's
    memory): only the few fields the clustering and the event row read, with repeated
    values shared (see ``Interner``).
    """

    index: int  # position in the canonical processing order
    mention_id: str
    doc_id: str
    source: str
    position: int  # trigger offset in the source text
    event_type: str
    family: str
    start: date | None  # the mention's own date: a time expression of its own sentence
    end: date | None
    rank: int  # granularity rank of the own or hinted date; 99 when undated
    hint_start: date | None  # a date carried over from elsewhere in the document
    hint_end: date | None
    hint_weight: float  # how much a conflict with the hint speaks against an event
    exact: bool  # the date is exact (not approximate or a range)
    definite: bool  # "the strike", "this attack": refers back rather than introduces
    generic_trigger: bool  # bare head noun ("attack"), not "drone attack" nor "attacked"
    place: Place | None
    actors: frozenset[str]
    targets: frozenset[str]
    words: frozenset[str]
    killed: tuple[int, int | None] | None
    injured: tuple[int, int | None] | None
    confidence: float
    evidence: int = 3  # how directly the date was read: see ``date_evidence``
    modifiers: frozenset[str] = frozenset()  # words narrowing a definite phrase down
    link: int | None = None  # trigger offset of the antecedent the extractor resolved
    separate: bool = False  # the extractor judged it another event than the ones before
    # Row fields the clustering and the event row read (the row itself is not kept).
    status: str | None = None
    published: object = None
    sentence_start: int | None = None
    unsourced: bool = False  # the row has no source (``source`` then falls back to doc_id)
    trigger_len: int = 0
    plover_type: str | None = None
    plover_mode: str | None = None
    location: str | None = None
    actor_names: tuple[str, ...] | None = None
    target_names: tuple[str, ...] | None = None
    detail: tuple = ()  # the row's ``DETAIL_COLUMNS`` values: what an event row shows

    @property
    def details(self) -> dict:
        return dict(zip(DETAIL_COLUMNS, self.detail, strict=True))

    @property
    def dated(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def hinted(self) -> bool:
        return self.hint_start is not None

    @property
    def span_days(self) -> int:
        return (self.end - self.start).days + 1 if self.dated else 10**6  # type: ignore[operator]

    @property
    def participants(self) -> frozenset[str]:
        return self.actors | self.targets


def _past_verb(trigger: str) -> bool:
    """Whether the taxonomy knows the trigger only as the past of a verb ("retook",
    "struck"; not "hit", "raid"), which its clause's date dates."""
    entries = load().forms.get(normalise(trigger))
    return bool(entries) and all(e.form == PAST for e in entries)


def _definite(row: dict) -> bool:
    """Whether the trigger is introduced by a determiner that points back to a known event:
    "the strike", "this attack", "the unilateral raid"; not "the March 17 strike"."""
    sentence = row.get("sentence_text") or ""
    s0, t0 = row.get("sentence_start"), row.get("trigger_start")
    if s0 is None or t0 is None:
        return False
    before = sentence[: max(0, t0 - s0)]
    clause = re.split(r"[,;:()\[\]\"“”]", before)[-1]
    tokens = clause.split()[-4:]
    last = tokens[-1].lower() if tokens else ""
    if last.endswith("s") and len(last) > 3 and last not in DEFINITE and last.isalpha():
        return False  # "its drones struck": a plural subject, the trigger is its verb
    for raw in reversed(tokens):
        w = raw.strip(".'’").lower()
        if w in DEFINITE:
            return True
        if w in _ANAPHOR_FILLERS:
            continue
        if not w.isalpha() or raw[:1].isupper() or w in STOPWORDS:
            return False  # a date, a name, a possessive, an article or a preposition
    return False


# The event's own verbs, after a subject that names it: "The airstrike hit", "The raid took
# place", "The shelling of a market on Tuesday morning killed" (not "The strike came a day
# after ...", "The bombing followed ...", "The attack was the deadliest since ...").
_TELLS_ITSELF = re.compile(
    r"[^,;:()\"“”]{0,80}?\b(?P<verb>hit|hits|struck|killed|wounded|injured|destroyed|damaged|"
    r"targeted|took\s+place|happened|occurred|began|started|tore|ripped|landed|flattened|"
    r"(?:was|were)\s+(?:carried\s+out|launched|conducted))\b",
    re.IGNORECASE,
)
_RELATING = re.compile(r"\b(?:came|comes|followed|follows|was|were|is|are|led|drew)\b", re.I)


def _tells_itself(row: dict) -> bool:
    """Whether the trigger's phrase opens its sentence as the subject of the event's own
    verb ("The airstrike hit the settlement around midday Wednesday"): the sentence tells
    the event itself, and its date with it."""
    sentence = row.get("sentence_text") or ""
    s0, t0, t1 = row.get("sentence_start"), row.get("trigger_start"), row.get("trigger_end")
    if s0 is None or t0 is None or t1 is None:
        return False
    words = [w.strip(".'’").lower() for w in sentence[: max(0, t0 - s0)].split()]
    if not words or not all(w in DEFINITE or w in _ANAPHOR_FILLERS for w in words):
        return False
    verb = _TELLS_ITSELF.match(sentence, t1 - s0)
    return verb is not None and not _RELATING.search(sentence, t1 - s0, verb.start("verb"))


def _modifiers(row: dict) -> frozenset[str]:
    """Content words that narrow a definite phrase down: "the trilateral meeting" ->
    {trilateral}; "the terrorist strikes" -> {terrorist}. Anaphoric fillers ("the deadly
    strike", "this latest attack") narrow nothing."""
    sentence = row.get("sentence_text") or ""
    s0, t0 = row.get("sentence_start"), row.get("trigger_start")
    if s0 is None or t0 is None:
        return frozenset()
    before = re.split(r"[,;:()\[\]\"“”]", sentence[: max(0, t0 - s0)])[-1]
    words = []
    for raw in reversed(before.split()[-4:]):
        w = raw.strip(".'’").lower()
        if w in DEFINITE:
            break
        words.append(w)
    trigger = _WORD.findall(row.get("trigger_text") or "")
    words += [w.lower() for w in trigger[:-1]]
    return frozenset(
        normalise_token(w)
        for w in words
        if w not in _ANAPHOR_FILLERS and w not in STOPWORDS and len(w) > 2
    )


def _generic_trigger(row: dict) -> bool:
    """A bare head noun ("attack"), not "drone attack", nor a verb's past ("rockets were
    fired", "gunmen attacked"), which tells an act of its own rather than naming one told."""
    trigger = (row.get("trigger_text") or "").strip()
    return len(_WORD.findall(trigger)) <= 1 and not _past_verb(trigger)


def _own_date(row: dict) -> bool:
    """Whether the date comes from a time expression of the mention's own sentence.

    Dates the extractor carried over from another sentence (anaphora, the document's
    focus date) are a guess about which event is meant; grouping weighs them as a hint,
    not as a constraint, and the event date comes from an own date when there is one.
    """
    t0, s0, s1 = row.get("timex_start"), row.get("sentence_start"), row.get("sentence_end")
    if t0 is None or s0 is None or s1 is None:
        return True
    # (a timeline entry's heading date is the date of every event the entry tells)
    return s0 <= t0 < s1 or (row.get("date_reason") or "").startswith(ENTRY_DATE)


# A date counted from another event's day ("the anchor of 'two days before' the event
# dated ..."), and the counts in hours that may cross a midnight.
_COUNTED = re.compile(r"the anchor of '([^']*)'")
_HOURS = re.compile(r"\bhours?\b", re.IGNORECASE)


def _reporting_date(row: dict) -> bool:
    """Whether a definite mention ("the strike") is dated only by its sentence's clause.

    "The US has not apologised for the strike ... today" dates the apology, not the strike
    the phrase points back to; a date right after the trigger ("the strike on Friday") is
    the event's own.
    """
    if not _definite(row) or not _generic_trigger(row) or _tells_itself(row):
        return False
    if _past_verb(row.get("trigger_text") or ""):
        return False  # "after the army retook the palace on March 21": the verb's own day
    if date_evidence(row.get("date_reason")) == 0:
        return False  # "the strike, which he said took place on January 11": its own
    counted = _COUNTED.match(row.get("date_reason") or "")
    if counted and not _HOURS.search(counted.group(1)):
        # "on Monday, two days before the attack": counted for the attack (not "hours
        # after the blast, early Saturday", which may cross midnight)
        return False
    t0, t1, x0 = row.get("trigger_start"), row.get("trigger_end"), row.get("timex_start")
    if t0 is None or t1 is None or x0 is None:
        return False
    if t1 <= x0 <= t1 + 12:
        return False
    return not _phrase_month(row, t1, x0)


def _phrase_month(row: dict, t1: int, x0: int) -> bool:
    """A month or coarser date that ends the trigger's own phrase: "the attack on the Bardo
    museum in Tunis last March", "the massacre at a beach hotel near Sousse in June". A
    statement is dated by its day; a month after a noun and its places is the event's, and
    so is a calendar day ("died in the strike near al-Shadadi on March 4", "the strike on
    the fourth bridge, on Nov. 25, left it impassable"), which a statement seldom gives."""
    if x0 < t1:
        return False
    s0 = row.get("sentence_start") or 0
    sentence = row.get("sentence_text") or ""
    gap = sentence[t1 - s0 : x0 - s0]
    if row.get("date_granularity") not in _COARSE_GRANULARITIES:
        day = _CALENDAR_DAY.match(sentence, x0 - s0)
        month = day and (day.group("m1") or day.group("m2")).lower()
        if row.get("date_granularity") != "day" or month not in MONTHS:
            return False
        gap = _APPOSED_DATE.sub("", gap)
    return len(gap.split()) <= 10 and not _CLAUSE_BREAK.search(gap)


# A day written as a month and a number ("March 4", "4 March", "Nov. 25").
_CALENDAR_DAY = re.compile(
    r"(?:\d{1,2}\s+(?P<m1>[A-Z][a-z]{2,8})|(?P<m2>[A-Z][a-z]{2,8})\.?\s+\d{1,2})\b"
)
# The comma before a date set off after the phrase ("the strike on the bridge, on Nov. 25").
_APPOSED_DATE = re.compile(r",\s*on\s*$")


_COARSE_GRANULARITIES = frozenset(("month", "season", "quarter", "year"))
# What ends a noun phrase and its prepositional phrases: punctuation, a relative pronoun, a
# verb ("the strike that killed 40 in March", "the strike, he said in March").
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]\"“”—–]|\b(?:that|which|who|when|where|as|after|before|since|while|"
    r"is|are|was|were|has|have|had|said|says|\w+ed)\b",
    re.IGNORECASE,
)


# How the extractor words the evidence of a date carried by coreference ("coreferent with
# 'the strike' at offset 505 dated ...") and of an anaphor it keeps apart from what precedes
# ("another strike", "the anniversary of the attacks": "... no date carried over").
_LINK = re.compile(r"coreferent with '.*?' at offset (\d+)")
_SEPARATE = "no date carried over"


def coreference_link(reason: str | None) -> int | None:
    """Trigger offset of the antecedent the extractor linked the mention to, if any."""
    if not reason or not reason.startswith("coreferent with"):
        return None
    found = _LINK.match(reason)
    return int(found.group(1)) if found else None


# How directly a mention's date was read, from the extractor's reason (smaller: more
# direct): a time expression on the trigger, in its clause, in its sentence; then a date
# carried from an antecedent, from the previous sentence, from the document's main event.
_EVIDENCE: tuple[tuple[str, int], ...] = (
    ("attached to the trigger", 0),
    ("named event", 0),
    ("same clause", 1),
    (ENTRY_DATE, 1),
    ("same sentence", 2),
    ("coreferent with", 4),
    ("'days later'", 4),
    ("narrative focus", 5),
    ("scene set", 5),
    ("document focus", 6),
)


def date_evidence(reason: str | None) -> int:
    """Rank of how directly the date was read (0 on the trigger ... 6 document focus)."""
    text = (reason or "").lower()
    for prefix, rank in _EVIDENCE:
        if text.startswith(prefix.lower()):
            return rank
    return 3  # another expression of the sentence (a statement's date, a relative one)


# Columns ``mention_features`` reads.
FEATURE_COLUMNS = (
    "mention_id",
    "doc_id",
    "source",
    "published",
    "status",
    "event_type",
    "plover_type",
    "plover_mode",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "sentence_start",
    "sentence_end",
    "sentence_text",
    "timex_start",
    "date_start",
    "date_end",
    "date_granularity",
    "date_type",
    "date_reason",
    "date_value",
    "time_precision",
    "location",
    "actors",
    "targets",
    "killed_low",
    "killed_high",
    "injured_low",
    "injured_high",
    "confidence",
)


class Interner:
    """Shares equal values (strings, dates, word sets, places) between mentions: ids,
    sources, types and words repeat across 100,000s of mentions."""

    __slots__ = ("_names", "_places", "_seen")

    def __init__(self) -> None:
        self._seen: dict = {}
        self._places: dict[str, Place | None] = {}
        self._names: dict[tuple, frozenset[str]] = {}

    def __call__(self, value):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        return self._seen.setdefault(value, value)

    def words(self, words: frozenset[str]) -> frozenset[str]:
        if not words:
            return _EMPTY
        return self(frozenset(self(w) for w in words))

    def names(self, names: object) -> tuple[str, ...] | None:
        if not names:
            return None
        if isinstance(names, str):
            return (self(names),)
        return tuple(self(n) for n in names)  # type: ignore[attr-defined]

    def name_tokens(self, names: tuple[str, ...] | None) -> frozenset[str]:
        if not names:
            return _EMPTY
        found = self._names.get(names)
        if found is None:
            found = self._names[names] = self.words(name_tokens(list(names)))
        return found

    def place(self, location: str | None) -> Place | None:
        if not location:
            return None
        if location not in self._places:
            place = place_of(location)
            if place is not None:
                place = Place(self.words(place.tokens), place.squashed)
            self._places[location] = place
        return self._places[location]


_EMPTY: frozenset[str] = frozenset()


def mention_features(row: dict, index: int, intern: Interner | None = None) -> Mention:
    intern = intern or Interner()
    start, end = _as_date(row.get("date_start")), _as_date(row.get("date_end"))
    if start is None or end is None or end < start:
        start = end = None
    hint_start = hint_end = None
    hint_weight = 0.0
    if start is not None and not _own_date(row):
        hint_start, hint_end, start, end = start, end, None, None
        hint_weight = 1.0
    elif start is not None and _reporting_date(row):
        hint_start, hint_end, start, end = start, end, None, None
        hint_weight = 0.25
    granularity = row.get("date_granularity")
    event_type = intern(row["event_type"])
    definite = _definite(row)
    actor_names = intern.names(row.get("actors"))
    target_names = intern.names(row.get("targets"))
    return Mention(
        index=index,
        mention_id=row["mention_id"],
        doc_id=intern(row["doc_id"]),
        source=intern(row.get("source") or row["doc_id"]),
        position=row.get("trigger_start") or 0,
        event_type=event_type,
        family=intern(FAMILIES.get(event_type, event_type)),
        start=intern(start),
        end=intern(end),
        rank=GRANULARITY_RANK.get(granularity or "", 5) if row.get("date_start") else 99,
        hint_start=intern(hint_start),
        hint_end=intern(hint_end),
        hint_weight=hint_weight,
        exact=row.get("date_type") in (None, "exact"),
        definite=definite,
        generic_trigger=_generic_trigger(row),
        place=intern.place(row.get("location")),
        actors=intern.name_tokens(actor_names),
        targets=intern.name_tokens(target_names),
        words=intern.words(content_words(row.get("sentence_text"))),
        killed=intern(_range(row.get("killed_low"), row.get("killed_high"))),
        injured=intern(_range(row.get("injured_low"), row.get("injured_high"))),
        confidence=float(row.get("confidence") or 0.5),
        evidence=date_evidence(row.get("date_reason")) + (2 if hint_weight < 1 else 0),
        modifiers=intern.words(_modifiers(row)) if definite else _EMPTY,
        link=coreference_link(row.get("date_reason")),
        separate=_SEPARATE in (row.get("date_reason") or "").split("; status:", 1)[0],
        status=intern(row.get("status")),
        published=intern(row.get("published")),
        sentence_start=row.get("sentence_start"),
        unsourced=not row.get("source"),
        trigger_len=len(row.get("trigger_text") or ""),
        plover_type=intern(row.get("plover_type")),
        plover_mode=intern(row.get("plover_mode")),
        location=intern(row.get("location")),
        actor_names=actor_names,
        target_names=target_names,
        detail=(
            row.get("sentence_text"),
            intern(row.get("date_value")),
            intern(row.get("date_start")),
            intern(row.get("date_end")),
            intern(row.get("date_granularity")),
            intern(row.get("date_type")),
            row.get("date_reason"),
            intern(row.get("time_precision")),
        ),
    )


def counts_compatible(a: tuple[int, int | None] | None, b: tuple[int, int | None] | None) -> bool:
    """Casualty counts that can describe one event: ranges overlap, or the figures are close
    enough to be an early and a later toll (2 then 3 dead; 41 then 44), or one is unknown."""
    if a is None or b is None:
        return True
    a_hi = a[1] if a[1] is not None else 10**9
    b_hi = b[1] if b[1] is not None else 10**9
    if a[0] <= b_hi and b[0] <= a_hi:
        return True
    gap = max(a[0], b[0]) - min(a_hi, b_hi)
    return gap <= max(2, 0.35 * max(a[0], b[0]))


def counts_agree(a: tuple[int, int | None] | None, b: tuple[int, int | None] | None) -> bool:
    """Same stated figure (a positive evidence, unlike mere compatibility)."""
    return a is not None and b is not None and a[0] > 0 and a[0] == b[0]
