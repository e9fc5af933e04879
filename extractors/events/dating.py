"""Which temporal expression governs a mention, and the date it gives.

Order of governance: an expression attached to the trigger's own noun phrase ("the March
17 strike", "Tuesday's attack", "talks on Sunday"), then the trigger's clause, then its
sentence; focus (anaphora and narrative) is decided by the caller, which sees the whole
document. Expressions that date something else are skipped: reporting dates ("officials
said Monday"), range boundaries ("since March 17"), durations and sets. The publication
date is never used as a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from extractors.events.clauses import clause_of, clause_spans, is_apposition, timeline_entry
from extractors.events.coref import modality
from extractors.events.taxonomy import NamedDate, date_key
from extractors.events.triggers import Candidate, token_index
from extractors.events.words import (
    ADVERBS,
    AUXILIARIES,
    CONDEMNING,
    DETERMINERS,
    IRREGULAR_PAST,
    MODALS,
    NEGATORS,
    OBJECT_VERBS,
    PREPOSITIONS,
    RANKERS,
    REPORTING,
    TOLL_VERBS,
    Token,
    is_capitalised,
    number_value,
    tokenize,
    words,
)
from extractors.temporal.lexicon import MONTHS, ORDINALS
from extractors.temporal.model import GRANULARITIES, Timex
from extractors.temporal.values import month as month_value

# Up to three words between a date and the noun after it ("Tuesday's suicide bombing"); not
# an article or a clause word ("warned Thursday that US air strikes could ...": the date is
# the verb's).
_ATTACHED_BEFORE = re.compile(
    r"^(?:['’]s?)?(?:\s+(?!(?:the|a|an|that|which|who|to|for|with|by|from|at|in|on|of|into|"
    r"against|and|or|after|before|following|during|amid|since|until|despite|over|across|"
    r"near|between|through|throughout|as|than|like|under|within|without|along|around)\b)"
    r"\w[\w.-]*){0,3}\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")
# A relative clause on the trigger that dates it: "the strike that killed three the previous day".
_RELATIVE = re.compile(r"^\s+(?:that|which)\s+[^,;:()]{0,80}$", re.IGNORECASE)
# The words of a phrase of place or party after the trigger, an acronym in brackets included
# ("the summit of the Lake Chad Basin Commission (LCBC), which had been due to open ...").
_PHRASE_WORDS = r"(?:[^,;:()]|\([A-Z]{2,8}\))"
# "the strike, which he said took place on January 11", "talks, which opened on Monday, were
# adjourned on Wednesday": an aside that only dates the event (or its start).
_HAPPENED_ASIDE = re.compile(
    # (past a short phrase of place or party: "Pelosi's visit to Taipei, which began late on
    # Tuesday")
    r"^(?:\s+(?:to|in|at|on|with|between|of)\s+" + _PHRASE_WORDS + r"{1,40}?)?"
    r",\s+which\s+(?:[^,;:()]{1,30}\s)?(?:(?:took\s+place|happened|occurred|was\s+carried\s+out|"
    r"were\s+carried\s+out)\s+(?:on|in|at|early|late)\s+(?:on\s+)?"
    # (a start in a month is background to what the main clause tells: "The talks, which
    # began in January, resumed on Monday")
    r"|(?:opened|began|started|convened)\s+(?:(?:early|late)\s+)?(?:on\s+)?)"
    r"(?:the\s+(?:night|morning|afternoon|evening)\s+of\s+)?$",
    re.IGNORECASE,
)
# "a session with Egyptian mediators (that had been) scheduled for Sunday", "the first
# meeting between the two sides, due to take place in Kuala Lumpur on March 28", "a
# mini-summit in Luanda that was scheduled for the next day", "a meeting with the parties,
# announced for Monday": the slot a plan names, past a short phrase of participants or place.
_PLANNED_FOR = re.compile(
    r"^(?:\s+(?:with|between|of|among|on|over|in|at|by|to|from|for)\s+"
    + _PHRASE_WORDS
    + r"{1,100}?)?"
    r"(?:,?\s+(?:that|which)(?:\s+(?:had|has|have))?(?:\s+(?:was|were|is|are|been))?)?"
    r",?\s+(?:(?:scheduled|planned|set|slated|due|announced(?=\s+for\b))"
    r"(?:\s+to\s+(?:open|start|begin|resume|convene|meet|hold|take\s+place|be\s+held))?"
    # "talks that were to have opened in Addis Ababa on Monday", "that was to open on May 2"
    r"|to\s+(?:have\s+)?(?:open(?:ed)?|start(?:ed)?|begun|begin|resumed?|convened?|met|meet|"
    r"(?:be|been)\s+held|take\s+place|taken\s+place))"
    # (the slot's preposition may be missing before a relative day: "due to take place last
    # Tuesday", "scheduled to be held next week")
    r"(?:\s+(?:in|at)\s+[^,;:()]{1,30}?)?\s+(?:(?:for|on|in|during)\s+)?$",
    re.IGNORECASE,
)
# "a summit that Angola was due to host in Luanda on Thursday", "talks that Washington had
# hoped to convene on April 18": the slot told in an object relative clause whose subject
# hosts or holds the planned meeting.
_HOSTED_FOR = re.compile(
    r"^(?:\s+(?:with|between|of|among|on|over)\s+"
    + _PHRASE_WORDS
    + r"{1,60}?)?,?\s+(?:that|which)\s+"
    r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+"
    r"(?:due|scheduled|set|planned|expected)|had\s+(?:hoped|intended|wanted))\s+to\s+"
    r"(?:host|hold|attend|chair|convene)"
    r"(?:\s+(?:in|at)\s+[^,;:()]{1,30}?)?\s+(?:for|on)\s+$",
    re.IGNORECASE,
)
_ATTACHED_AFTER = re.compile(
    r"^\s*(?:(?:on|in|at|during|of|early|late|last|this|earlier)\s+)?"
    r"(?:(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+)?$",
    re.IGNORECASE,
)
_BOUNDARY_WORDS = frozenset(["since", "until", "till", "by", "from", "through", "throughout"])
_SKIP_BEFORE = frozenset(["on", "late", "early", "last", "this"])
# A clause opened by these places its event before or after the main one, not on its date.
_TEMPORAL_OPENERS = frozenset(["after", "before", "since", "until", "following", "ahead"])
_SETTING = frozenset(
    [
        "at",
        "told",
        "tells",
        "during",
        "addressed",
        "addressing",
        "briefed",
        "after",
        "following",
        "sidelines",  # "said on the sidelines of the summit"
        "margins",
        "site",  # "said in a statement from the site of their talks"
        "ending",  # "X, ending a two-day visit, said ..."
        "concluding",
        "wrapping",
    ]
)
_DETERMINERS_OF_NP = frozenset(["a", "an", "the", "this", "that", "its", "their", "his", "her"])
_AUX = frozenset(["has", "have", "had", "did", "was", "were", "is", "are"])
# Main verbs that, before a "since", show the clause's predicate is already told ("it came
# ten days after ... since", "the bombing killed 12, the most since ...").
_MAIN_PAST = frozenset(["came", "said", "began", "took", "followed", "marked", "killed"])
_PRECISION = {"time": 1, "day": 1, "week": 2}


@dataclass(frozen=True, slots=True)
class DateChoice:
    """The date of a mention and the expression and reasoning it comes from."""

    value: str | None
    start: date | None
    end: date | None
    granularity: str | None
    date_type: str
    reason: str
    source: str  # attached | clause | sentence | anaphora | focus | document | none
    timex_text: str | None = None
    timex_start: int | None = None
    timex_end: int | None = None

    @property
    def time_precision(self) -> int | None:
        """ACLED time precision: 1 day, 2 week, 3 month or coarser."""
        if self.value is None:
            return None
        return _PRECISION.get(self.granularity or "", 3)


# The reason of a date read off the heading of a timeline entry (grouping takes it for the
# event's own date).
ENTRY_DATE = "the date heading its timeline entry"


def unresolved(reason: str) -> DateChoice:
    return DateChoice(None, None, None, None, "unresolved", reason, "none")


def from_timex(timex: Timex, reason: str, source: str) -> DateChoice:
    r = timex.resolution
    return event_precision(
        DateChoice(
            r.value,
            r.start,
            r.end,
            r.granularity,
            r.date_type,
            f"{reason}: '{timex.text}' -> {r.value} ({r.reason})",
            source,
            timex.text,
            timex.start,
            timex.end,
        )
    )


_WEEKEND = re.compile(r"^(\d{4})-W(\d{2})-WE$")
_COARSE_TO_YEAR = frozenset(["season", "quarter", "half"])


def event_precision(choice: DateChoice) -> DateChoice:
    """An event date at one of the precisions of the guideline (day, ISO week, month, year):
    a weekend is its ISO week ("over the weekend" -> 2025-W10), a season, quarter or half
    its year ("last fall" -> 1998); the reason keeps the expression's own value."""
    value = choice.value or ""
    m = _WEEKEND.match(value)
    if m and choice.start is not None:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return replace(
            choice,
            value=value[:8],
            start=monday,
            end=monday + timedelta(days=6),
            granularity="week",
            reason=f"{choice.reason}; a weekend is given as its week {value[:8]}",
        )
    if choice.granularity in _COARSE_TO_YEAR and choice.start is not None and value[:4].isdigit():
        y = int(value[:4])
        return replace(
            choice,
            value=str(y),
            start=date(y, 1, 1),
            end=date(y, 12, 31),
            granularity="year",
            date_type="approximate",
            reason=f"{choice.reason}; a {choice.granularity} is given as its year {y}",
        )
    return choice


def usable(timex: Timex) -> bool:
    """A timex that denotes calendar time (not a duration, a set or an unresolved phrase)."""
    r = timex.resolution
    return (
        r.type in ("DATE", "TIME")
        and r.value is not None
        and r.value[:1].isdigit()
        and r.start is not None
        and not _later_than_nothing(timex)
    )


# What sets a restating date off after a coarser one: "a week ago, on December 6".
_RESTATED_BY = re.compile(r"\s*,\s*(?:on\s+|in\s+)?")


def drop_restated(text: str, timexes: list[Timex]) -> list[Timex]:
    """Calendar timexes (sorted by offset) without those a finer date right after restates
    ("a week ago, on December 6"; "earlier this week, on Tuesday"): the finer date, inside
    the coarser one's span, is the one that dates the event."""
    restated = {id(t) for t, nxt in pairwise(timexes) if _restated_by(text, t, nxt)}
    return [t for t in timexes if id(t) not in restated]


def _restated_by(text: str, t: Timex, nxt: Timex) -> bool:
    r, n = t.resolution, nxt.resolution
    return (
        _RESTATED_BY.fullmatch(text, t.end, nxt.start) is not None
        and None not in (r.start, r.end, n.start, n.end)
        and r.start <= n.start <= n.end <= r.end
        and (n.end - n.start) < (r.end - r.start)
    )


_LATER_WORD = re.compile(r"\blater\b", re.I)


def _later_than_nothing(timex: Timex) -> bool:
    """ "Three days later, militants attacked" with no earlier date in the text: later than
    an event the text does not date, not three days after the publication."""
    return bool(_LATER_WORD.search(timex.text)) and "anchored to the publication date" in (
        timex.resolution.reason or ""
    )


def _adverb(token: Token) -> bool:
    w = token.lower
    return w in ADVERBS or w in NEGATORS or (w.endswith("ly") and w.isalpha() and len(w) > 4)


def is_reporting(tokens: list[Token], timex: Timex, own: range = range(0)) -> bool:
    """True for the date of a statement or reaction ("said Monday", "Monday said", "told ...
    on Monday", "on Thursday sharply disputed"): it dates that verb, not an event noun in
    its object ("disputed Pakistan's account of the strikes"). A verb at the token indexes
    ``own`` is the event itself ("Blinken called Aliyev on Monday": the call)."""
    i = token_index(tokens, timex.start)
    j = token_index(tokens, timex.end - 1)
    k = i - 1
    while k >= 0 and tokens[k].lower in _SKIP_BEFORE:
        k -= 1
    # (past the place it was said in: "told reporters in Lamu yesterday")
    p = k
    while p > 0 and is_capitalised(tokens[p]) and k - p < 3:
        p -= 1
    if p < k and tokens[p].lower in ("in", "at"):
        k = p - 1
    if k >= 0 and tokens[k].lower in _ANSWERED and not _reports(tokens, k):
        return False  # "said it responded late Sunday night with a drone strike"
    if any(
        _reports(tokens, x)
        and x not in own
        and all(tokens[y].lower != "that" for y in range(x + 1, i))
        for x in range(max(0, k - 2), k + 1)
    ):
        return True  # (not "said that three days earlier a drone strike": the complement's)
    if _said_at_an_occasion(tokens, k) or _fronted_occasion(tokens, k, j):
        return True
    n = j + 1
    if n < len(tokens) and tokens[n].lower == ",":
        if _in_relative_clause(tokens, i):
            return False  # "X, who is due in Kabul this week, said": the week is the visit's
        n += 1
    while n < len(tokens) and n - j <= 3 and (_adverb(tokens[n]) or tokens[n].lower in _AUX):
        n += 1
    if n + 1 < len(tokens) and tokens[n].lower == "according" and tokens[n + 1].lower == "to":
        return False  # "met on Tuesday, according to a statement": the source, not a statement
    return n < len(tokens) and _reports(tokens, n) and not _closes_relative_clause(tokens, i)


def _closes_relative_clause(tokens: list[Token], i: int) -> bool:
    """Whether the date at token ``i`` ends a relative clause with a verb of its own before
    the statement's verb: "residents of villages that were raided by fighters on March 8
    said" dates the raid, not what the residents said."""
    k = i - 1
    while k > 0:
        if tokens[k].text == ",":
            k = _before_name_apposition(tokens, k)
        if tokens[k].text in ",;:(":
            return False
        if tokens[k].lower in ("that", "which", "who"):
            if _reports(tokens, k - 1):
                return False  # "said that ...": a complement, not a relative clause
            return any(
                w.lower.endswith("ed") or w.lower in _OTHER_CLAUSE_PAST for w in tokens[k + 1 : i]
            )
        k -= 1
    return False


def _reports(tokens: list[Token], x: int) -> bool:
    """A reporting verb at ``x``; a meeting "called off" is no statement, nor are events that
    "were reported" on a day ("clashes were also reported on Saturday": they happened then),
    nor a response made "with" something, nor a name ("President Said Abdullahi Deni")."""
    if x > 0 and is_capitalised(tokens[x]) and tokens[x - 1].text[:1].isalpha():
        return False  # capitalised after a word: a name, not a verb
    if tokens[x].lower == "reported":
        k = x - 1
        if k >= 0 and tokens[k].lower == "also":
            k -= 1
        if k >= 0 and tokens[k].lower in ("was", "were"):
            return False
    if tokens[x].lower in _ANSWERED:
        for t in tokens[x + 1 : x + 8]:
            if t.lower == "with":
                return False  # "responded late Sunday night with a drone strike": an act
            if not t.text[:1].isalnum():
                break
    if x > 0 and tokens[x - 1].lower in _NP_OPENERS:
        return False  # an adjective: "near the disputed border early on Friday"
    return tokens[x].lower in REPORTING and not (
        tokens[x].lower == "called" and x + 1 < len(tokens) and tokens[x + 1].lower == "off"
    )


_APPOSED_DATE = re.compile(r",\s+(?:on\s+)?")
# Between a day that premodifies a noun and the noun ("the Friday strikes").
_PREMODIFYING = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}")
_ANSWERED = frozenset("responded responds respond reacted reacts react".split())


_OCCASIONS = frozenset(
    "briefing conference statement interview appearance address speech hearing session".split()
)


_ISSUED = frozenset("read issued published broadcast posted released aired televised".split())


def _said_at_an_occasion(tokens: list[Token], k: int) -> bool:
    """ "Gremitskikh said at a regular news briefing today", "said in a statement read on
    state television on Tuesday", "told a news conference on Friday": the date after the
    occasion of a statement (and the medium it went out on) is the statement's."""
    for x in range(k, max(1, k - 5), -1):
        if tokens[x].lower in _ISSUED and tokens[x - 1].lower in _OCCASIONS:
            k = x - 1
            break
        if not tokens[x].text[:1].isalnum():
            break
    if k < 2 or tokens[k].lower not in _OCCASIONS:
        return False
    for x in range(k - 1, max(-1, k - 7), -1):
        w = tokens[x].lower
        if w in ("at", "in", "during", "on"):
            return x > 0 and tokens[x - 1].lower in REPORTING
        if w in ("told", "tells"):
            return True  # the occasion is told: "told a news conference"
        if w == "to" and x > 0 and tokens[x - 1].lower == "according":
            return True  # "according to a statement read on state television late Sunday"
        if not tokens[x].text[:1].isalnum():
            return False
    return False


_FRONTING = frozenset(["but", "and", "on", "late", "early", "earlier", "later", "then", "also"])


def _fronted_occasion(tokens: list[Token], k: int, j: int) -> bool:
    """ "In a statement on Wednesday, the defence ministry said soldiers had carried out an
    operation": an occasion of speech opening the sentence, its date the statement's, when
    the main clause after it reports what had happened before (what it reports in the simple
    past may be news of that day: "In a statement on Thursday, the army said an attack on a
    convoy killed two")."""
    if k < 2 or tokens[k].lower not in _OCCASIONS:
        return False
    x = k - 1
    while x > 0 and tokens[x].lower in ("a", "an", "the", "its", "his", "her", "their", "joint"):
        x -= 1
    opens = x == 0 or tokens[x - 1].text == "," or tokens[x - 1].lower in _FRONTING
    if tokens[x].lower not in ("in", "at", "during") or not opens:
        return False
    if j + 1 >= len(tokens) or tokens[j + 1].text != ",":
        return False
    said = next((n for n in range(j + 2, min(len(tokens), j + 10)) if _reports(tokens, n)), None)
    return said is not None and any(t.lower == "had" for t in tokens[said + 1 : said + 6])


def fronted_statement(tokens: list[Token], timex: Timex) -> bool:
    """True for a sentence-opening date whose main verb is a statement: "On Friday, U.S.
    Secretary of State Marco Rubio told reporters that ..." (the subject may be long)."""
    i = token_index(tokens, timex.start)
    j = token_index(tokens, timex.end - 1)
    if any(t.lower not in _FRONTING for t in tokens[:i]) or j + 1 >= len(tokens):
        return False
    if tokens[j + 1].text != ",":
        return False
    for k in range(j + 2, min(len(tokens), j + 12)):
        if tokens[k].lower in REPORTING:
            return True
        if not tokens[k].text[:1].isalnum() and tokens[k].text not in ".'’-":
            return False
    return False


# What a statement is made in: "In a statement posted on its website on Saturday, ...".
_STATEMENT_MEDIA = frozenset(
    "statement statements message post video speech interview letter tweet communique".split()
)


def statement_frame(tokens: list[Token], timex: Timex) -> bool:
    """True for the date of the statement that frames a sentence: an opening "In a statement
    (posted online) on Thursday," or a reporting verb a few words before it ("told a Senate
    committee on Tuesday that", "told reporters in Maputo on Sunday")."""
    i = token_index(tokens, timex.start)
    if (
        len(tokens) > 3
        and tokens[0].lower == "in"
        and tokens[2].lower in _STATEMENT_MEDIA
        and all(t.text != "," for t in tokens[:i])
    ):
        return True
    for k in range(i - 1, max(-1, i - 6), -1):
        if _reports(tokens, k):
            return True
        if not tokens[k].text[:1].isalnum() or tokens[k].lower in ("that", "which", "who"):
            return False
    return False


def _in_relative_clause(tokens: list[Token], i: int) -> bool:
    k = i - 1
    while k >= 0:
        if tokens[k].text == ",":
            k = _before_name_apposition(tokens, k)
            if tokens[k].text == ",":
                return False
        if tokens[k].text in ";:(":
            return False
        if tokens[k].lower in ("who", "which", "whom", "whose"):
            return True
        k -= 1
    return False


def _before_name_apposition(tokens: list[Token], k: int) -> int:
    """From the comma closing a name set off in commas (", Air Marshal Hasan Abubakar,"),
    the token before the name's opening comma (a clause goes on across it: "who met the air
    chief, Air Marshal Hasan Abubakar, in Gusau on April 4"); else ``k`` itself."""
    j = k - 1
    while j >= 0 and k - j <= 6 and is_capitalised(tokens[j]):
        j -= 1
    return j - 1 if 0 < j < k - 1 and tokens[j].text == "," else k


# Nouns after an event word that make it a modifier ("bombing victims", "attack site"):
# such a word names no event of its own that a date beyond it could belong to.
_MODIFIED = frozenset(
    "victims victim survivors survivor suspects suspect site scene sites investigators "
    "investigation probe case trial anniversary".split()
)


def _modifier(cand: Candidate, text: str) -> bool:
    nxt = text[cand.end : cand.end + 20].split()
    return bool(nxt) and nxt[0].lower().strip(",.;:") in _MODIFIED and nxt[0][:1].islower()


def between_other_event(
    cand: Candidate, timex: Timex, others: Sequence[Candidate], text: str = ""
) -> bool:
    """True when a trigger of another kind of event stands between the trigger and the timex:
    "apologized for the strike and now X is meeting with Y today" -- today is the meeting's.
    An event word that modifies a noun ("paid tribute Tuesday to bombing victims on a visit")
    does not stand between."""
    kind = cand.rule.plover_type
    for c in others:
        if c is cand or c.rule.plover_type == kind or (text and _modifier(c, text)):
            continue
        if cand.end <= c.start and c.end <= timex.start:
            return True
        if timex.end <= c.start and c.end <= cand.start:
            return True
    return False


_SUBJECT_PPS = frozenset(["of", "in", "at", "on", "between", "with", "from", "among"])
_CLAUSE_WORDS = frozenset(
    ["after", "before", "since", "when", "while", "as", "because", "that", "which", "who"]
)


def _subject_of_statement(text: str, tokens: list[Token], cand: Candidate, timex: Timex) -> bool:
    """The trigger's noun phrase is the subject of the statement the timex dates: "A joint
    summit of the two blocs in Dar es Salaam last month called on all sides to ...", "The
    meeting on Sunday urged ..." -- the meeting said it, on that date."""
    if cand.pos != "noun" or timex.start < cand.end:
        return False
    i = token_index(tokens, cand.first)
    if (
        i > 0
        and tokens[i - 1].lower not in _DETERMINERS_OF_NP
        and not tokens[i - 1].text[:1].isupper()
    ):
        k = i - 1
        while k >= 0 and tokens[k].text[:1].isalnum() and tokens[k].lower not in REPORTING:
            k -= 1
        if k >= 0 and tokens[k].lower in REPORTING:
            return False  # the noun is inside another statement's object
    between = tokens[cand.last + 1 : token_index(tokens, timex.start)]
    if between and between[0].lower not in _SUBJECT_PPS:
        return False  # "the visit comes after a report this week criticised ...": not its subject
    return len(between) <= 12 and all(
        t.text[:1].isalnum()
        and t.lower not in REPORTING
        and t.lower not in _AUX
        and t.lower not in _CLAUSE_WORDS
        for t in between
    )


# A wire dateline: "KABUL, March 14 (Reuters) - ", "NAIROBI, Aug. 21 (Xinhua) -- ".
_DATELINE_PLACE = re.compile(r"\s*(?:[A-Z][A-Za-z.'’/-]*\s*){1,4}(?:,\s*[A-Z][\w.'’ -]{0,30})?,\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:,?\s*\d{4})?\s*(?P<agency>\([^()]{1,30}\))?\s*(?:--?|—|–|_)\s")
# A day a wire lead names relative to its dateline ("on Friday", "yesterday").
_DAY_NAMED = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\b", re.I
)


def in_dateline(text: str, tokens: list[Token], timex: Timex) -> bool:
    """True for the date of a wire dateline at the head of a story ("KABUL, March 14
    (Reuters) - ...", "March 14 (AP) _ ..."): the filing date, not the date of what the
    story reports. A place in capitals, or an agency in brackets, tells it from a sentence
    opening with a date and a dash ("On March 3 - the day of the vote - ...")."""
    if not tokens:
        return False
    after = _DATELINE_AFTER.match(text, timex.end)
    before = text[tokens[0].start : timex.start]
    if after is None:
        # ("IMPHAL/TENGNOUPAL, June 6: Two soldiers were killed ...": a colon after a place)
        return (
            text.startswith(":", timex.end)
            and _DATELINE_PLACE.fullmatch(before) is not None
            and len(tokens[0].text) > 1
            and tokens[0].text.isupper()
        )
    if not before.strip():
        # (a story that opens on a bare date and a dash, with its lead telling the day by
        # name, is a dateline stripped of its agency: "Nov 27 - Jets bombed a village on
        # Friday"; a timeline entry states its own date)
        return after.group("agency") is not None or (
            not text[: timex.start].strip()
            and _DAY_NAMED.search(text, after.end(), tokens[-1].end) is not None
        )
    place = _DATELINE_PLACE.fullmatch(before)
    return place is not None and (
        after.group("agency") is not None or (len(tokens[0].text) > 1 and tokens[0].text.isupper())
    )


_NP_OPENERS = frozenset("a an the his her their its our my your".split())
# Participles that open a phrase on a thing or person ("a rifle found in April", "the
# suspects arrested on Monday"): the date is that finding or arrest.
_PARTICIPLES = frozenset(
    "found discovered recovered seized buried unearthed confiscated arrested detained "
    "captured".split()
)
_PP_BEFORE_DATE = frozenset("in on at during last this early late".split())


def _in_participle_phrase(tokens: list[Token], t: Timex, cand: Candidate) -> bool:
    """The date closes a participle phrase on a noun that is not the trigger ("including a
    rifle found in April buried near the house")."""
    k = token_index(tokens, t.start) - 1
    while k >= 0 and tokens[k].lower in _PP_BEFORE_DATE:
        k -= 1
    if k < 2 or tokens[k].lower not in _PARTICIPLES or cand.first <= k <= cand.last:
        return False
    noun = tokens[k - 1]
    if not (noun.text.isalpha() and noun.text.islower()) or cand.first <= k - 1 <= cand.last:
        return False
    return any(
        w.lower in _NP_OPENERS or w.text[:1].isdigit() for w in tokens[max(0, k - 4) : k - 1]
    )


_NP_BREAKS = frozenset(["and", "or", "to", "for", "with", "by", "in", "on", "at", "of"])


def _np_word(t: Token) -> bool:
    return (
        t.text[:1].isalpha()
        and t.lower not in _CLAUSE_WORDS
        and t.lower not in _AUX
        and t.lower not in _NP_BREAKS
    )


_RELATIVE_WORDS = frozenset(["that", "which", "who", "whose"])
_RELATIVE_AUX = frozenset(["has", "have", "is", "are"])


def _relative_on_other_noun(tokens: list[Token], cand: Candidate, t: Timex) -> bool:
    """The date lies in a relative clause inside an appositive after the trigger ("dropped
    barrel bombs on Kafr Nabudah, a town in northern Hama that has changed hands twice this
    month"): in the present or present perfect it describes the place or person, it does not
    retell the event ("a bulk carrier that was hit on Feb. 15" may). "that" right before an
    auxiliary opens such a clause, as no complement can."""
    i = token_index(tokens, t.start)
    appositive = False
    for k in range(cand.last + 1, i):
        w = tokens[k]
        if w.text in ";:" or w.lower in REPORTING:
            return False
        if w.text == ",":
            appositive = tokens[k + 1].lower in ("a", "an", "the")
        elif w.lower in _RELATIVE_WORDS and tokens[k + 1].lower in _RELATIVE_AUX:
            return appositive
    return False


def _plan_of_other_noun(tokens: list[Token], cand: Candidate, t: Timex) -> bool:
    """The date lies in a plan told in a relative clause on another noun after the trigger
    ("the meeting discussed the next phase of decommissioning, which is expected to begin
    later this year"): the date of that plan, not of the event (not "the talks between the
    two ministers, which were scheduled for Friday")."""
    i = token_index(tokens, t.start)
    for k in range(cand.last + 2, i):
        w = tokens[k]
        if w.text in ";:":
            return False
        if w.lower in ("which", "who") and tokens[k - 1].text == ",":
            # the relative word's noun is the object of a verb after the trigger
            verb = any(
                x.lower in _AUX
                or (x.text.islower() and x.lower.endswith("ed") and "-" not in x.text)
                for x in tokens[cand.last + 1 : k - 1]
            )
            return verb and any(x.lower in _PLAN_MARKERS for x in tokens[k + 1 : i])
    return False


_PLAN_MARKERS = frozenset(["would", "will", "expected", "due", "scheduled", "slated", "planned"])


def _premodifies_other_noun(text: str, tokens: list[Token], timex: Timex) -> bool:
    """The date is a premodifier of a noun that is not the trigger ("in his Sunday Mass",
    "a Sunday night memorial service", "Tuesday's news conference"): it dates that noun.
    (A date premodifying the trigger itself was attached to it before.)"""
    if timex.resolution.granularity not in ("day", "time"):
        return False  # "the 1996 Olympic bombing": a year names the event's own time
    i = token_index(tokens, timex.start)
    j = token_index(tokens, timex.end - 1) + 1
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    if nxt.lower in ("'s", "’s", "'", "’") or text[timex.end : timex.end + 2] in ("'s", "’s"):
        return True
    return i > 0 and tokens[i - 1].lower in _NP_OPENERS and _np_word(nxt)


def _names_other_noun(
    tokens: list[Token], timex: Timex, cand: Candidate, others: Sequence[Candidate]
) -> bool:
    """A coarse date between a determiner and a noun phrase holding no trigger ("the 2015
    nuclear deal", "since the 1979 revolution"): the time of that thing, not an event's."""
    if timex.resolution.granularity in ("day", "time"):
        return False
    i = token_index(tokens, timex.start)
    j = token_index(tokens, timex.end - 1) + 1
    if not (i > 0 and j < len(tokens) and tokens[i - 1].lower in _NP_OPENERS):
        return False
    if not _np_word(tokens[j]):
        return False
    k = j
    while k + 1 < len(tokens) and k - j < 4 and _np_word(tokens[k + 1]):
        k += 1
    return not any(j <= c.first <= k for c in (cand, *others))


_SCENE_PREPOSITIONS = frozenset("during in amid at after before following since until".split())


def _scene_set(tokens: list[Token], timex: Timex) -> bool:
    """A preposition of time opens the noun phrase the date modifies ("during the 2014
    uprising")."""
    i = token_index(tokens, timex.start)
    return i > 1 and tokens[i - 2].lower in _SCENE_PREPOSITIONS


def is_boundary(tokens: list[Token], timex: Timex) -> bool:
    """True for range boundaries ("since March 17", "until Friday"), not for a whole range
    ("from March 10 to 12")."""
    i = token_index(tokens, timex.start)
    if i > 0 and tokens[i - 1].lower in _BOUNDARY_WORDS:
        # "held from March 10 to 12": a span with both ends is the event's own time
        return not (tokens[i - 1].lower == "from" and timex.resolution.date_type == "range")
    if i > 1 and tokens[i - 2].lower == "as" and tokens[i - 1].lower == "of":
        return True  # "had not been postponed as of Thursday morning": a state's time
    # "his first since taking office in 2021", "since coming to power in 2019": the start of
    # the period a "since" phrase with a gerund names
    for k in range(i - 1, max(-1, i - 6), -1):
        w = tokens[k]
        if not w.text[:1].isalnum():
            return False
        if w.lower == "since":
            return k + 1 < i and tokens[k + 1].lower.endswith("ing")
    return False


def _lasted_through(tokens: list[Token], cand: Candidate, t: Timex) -> bool:
    """ "Russian forces shelled the city through Wednesday night": violence that went on
    through a day took place on it (a plan "until Friday" is another matter)."""
    i = token_index(tokens, t.start)
    return (
        cand.rule.plover_type != "CONSULT"
        and cand.pos == "verb"
        and t.start > cand.end
        and i > 0
        and tokens[i - 1].lower in ("through", "throughout")
        and t.resolution.granularity in ("day", "time")
    )


# A verb that discloses an event it takes as its object: "confirmed the call on Tuesday" --
# the day after the object is the confirming's.
_DISCLOSED = re.compile(
    r"\b(?:confirm(?:s|ed)?|announc(?:es|ed)|disclos(?:es|ed)|reveal(?:s|ed)|acknowledg(?:es|ed)|"
    r"den(?:ies|ied)|report(?:s|ed)|claim(?:s|ed)(?:\s+responsibility\s+for)?)\s+"
    # ("reported that a drone strike on Wednesday hit": "that" before an article opens a
    # clause, it is no determiner)
    r"(?:the|a|an|this|that(?!\s+(?:the|a|an)\s)|its|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


# Where a disclosure was made, between its object and its date: "confirmed the strike on
# state television on Wednesday", "announced the raid in a statement late Friday".
_DISCLOSURE_MEDIUM = re.compile(
    r"^\s*(?:on|in|to|via|through|at)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:television|tv|radio|channel|statement|website|telegram|twitter|briefing|reporters|"
    r"journalists|media|conference|interview|broadcast)\b",
    re.IGNORECASE,
)


def disclosed_object(text: str, cand: Candidate, t: Timex) -> bool:
    """The trigger is the object of a verb of disclosure and the timex follows it: "Kuusik's
    office confirmed the call on Tuesday" (the confirming was on Tuesday), also past the
    medium it was disclosed in ("confirmed the strike on state television on Wednesday")."""
    between = text[cand.end : t.start]
    medium = _DISCLOSURE_MEDIUM.match(between)
    if medium is not None:
        between = between[medium.end() :]
    if not (
        cand.pos == "noun"
        and t.start >= cand.end
        and t.start - cand.end <= (70 if medium else 30)
        and _ATTACHED_AFTER.match(between)
        and not between.lstrip().lower().startswith("of ")  # "claimed the attack of Tuesday"
    ):
        return False
    disclosure = _DISCLOSED.search(text, max(0, cand.start - 60), cand.start)
    # (an offensive announced is an offensive begun: "announced its offensive on Thursday")
    return disclosure is not None and not (
        cand.text.lower().endswith("offensive") and disclosure.group().lower().startswith("announc")
    )


# A modal in a "that" clause makes it a complement or a plan, not a relative clause telling
# when the trigger happened: "agreed during the call that their deputies would finalize an
# agenda over the weekend".
_MODAL_IN_CLAUSE = re.compile(r"\b(?:would|will|could|should|might|may|must|to)\b", re.I)


# The slot a relative clause says an event was moved from: "talks that had been put off
# from last week" (the visit "he postponed from March 18" is dated by it: it was put off).
_MOVED_FROM = re.compile(
    r"\b(?:that|which)\s+(?:\w+\s+){0,3}(?:postponed|delayed|moved|rescheduled|put\s+off|"
    r"put\s+back|pushed\s+back)\s+from\s+$",
    re.IGNORECASE,
)


def old_slot(text: str, t: Timex) -> bool:
    """The timex is the slot a relative clause says the event was moved from: the event took
    place, or is due, on another day."""
    return _MOVED_FROM.search(text, max(0, t.start - 60), t.start) is not None


# A verb that likens the trigger's event to another: "The Kenscoff hospital attack recalls the
# assault on the General Hospital on Christmas Eve last year".
LIKENING = (
    r"(?:recalls|recalled|echoes|echoed|mirrors|mirrored|resembles|resembled|evokes|evoked)\b"
)
_LIKENED_TO = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?" + LIKENING, re.IGNORECASE)


def _compared(text: str, cand: Candidate, t: Timex) -> bool:
    """The timex dates the event the trigger's event is likened to, not the trigger's."""
    return t.start > cand.end and _LIKENED_TO.match(text, cand.end) is not None


def attached(text: str, cand: Candidate, timexes: list[Timex]) -> Timex | None:
    """A timex inside the trigger's noun phrase or right after it (a date set off by commas
    right after the noun first: "the Friday strikes, on October 17, went after ...")."""
    if cand.pos == "noun":
        apposed = next(
            (
                t
                for t in timexes
                if t.start >= cand.end
                and _APPOSED_DATE.fullmatch(text, cand.end, t.start)
                and text.startswith(",", t.end)
            ),
            None,
        )
        if apposed is not None and any(
            t.end <= cand.start and _PREMODIFYING.fullmatch(text, t.end, cand.start)
            for t in timexes
        ):
            return apposed
    for t in timexes:
        if disclosed_object(text, cand, t) or old_slot(text, t):
            continue
        if t.start >= cand.end and _POSSESSIVE.match(text, t.end):
            # "an operation that targeted the men behind last Thursday's bombing": a date in
            # the possessive belongs to the noun after it
            continue
        if cand.pos == "noun" and t.end <= cand.start and cand.start - t.end <= 40:
            between = text[t.end : cand.start]
            if (
                _ATTACHED_BEFORE.match(between)
                and not re.search(r"[,;:]", between)
                # "Friday called for talks", "on Tuesday defended its air strikes": the date
                # is the verb's, not the noun's
                and not any(
                    w in REPORTING or w in OBJECT_VERBS or w in _REACTIONS
                    for w in between.lower().split()
                )
            ):
                return t
        if (
            t.start >= cand.end
            and t.start - cand.end <= 30
            and _ATTACHED_AFTER.match(text[cand.end : t.start])
        ):
            return t
        if t.start >= cand.end and _HAPPENED_ASIDE.match(text[cand.end : t.start]):
            return t
        if t.start >= cand.end and (
            _PLANNED_FOR.match(_after_trigger(text, cand, t))
            or _HOSTED_FOR.match(text[cand.end : t.start])
        ):
            return t
        if (
            t.start >= cand.end
            and _RELATIVE.match(text[cand.end : t.start])
            and not _MODAL_IN_CLAUSE.search(text, cand.end, t.start)
        ):
            return t
    return None


def _after_trigger(text: str, cand: Candidate, t: Timex) -> str:
    """The words between trigger and timex, with the preposition a trigger ends in ("meeting
    with") put back in front of its object."""
    last = text[cand.start : cand.end].split()[-1].lower()
    gap = text[cand.end : t.start]
    return f" {last}{gap}" if last in ("with", "between", "of", "among") else gap


# Verbs and phrases of reaction whose object is an earlier event ("condemned the bombing
# of the embassies on Thursday", "to help victims of attacks on ..."): a date outside the
# event's own noun phrase on the day of publication dates the reaction, and so does a
# later day than the one the story gave the event before ("protest against the strike").
_REACTIONS = CONDEMNING | frozenset(
    "mourn mourns mourned mourning investigate investigates investigated investigating probe "
    "probes probed probing claim claims claimed claiming defend defends defended defending "
    "protest protests protested protesting avenge avenges avenged avenging".split()
)
_REACTION_PPS = frozenset(
    "victims of|survivors of|response to|responsibility for|probe into|investigation into|"
    "inquiry into|condolences over|condemnation of|protest over|protest against|"
    "protests over|protests against|anger over|outrage over|outrage at|briefed on|"
    "responsible for|perpetrators of|debris from|news of|information about|toll of|"
    "toll from|retaliate for|retaliation for|revenge for|reprisal for".split("|")
)
_NP_WORDS = frozenset("the a an two both its their his her this that these those".split())


def reacted_to(tokens: list[Token], cand: Candidate) -> bool:
    """The trigger's noun phrase is the object of a reaction ("condemned the bombing",
    "victims of terrorist attacks"), not the predicate a date in its clause governs."""
    if cand.pos != "noun":
        return False
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 5:
        w = tokens[k].lower
        if w in _REACTIONS:
            return True
        if k > 0 and f"{tokens[k - 1].lower} {w}" in _REACTION_PPS:
            return True
        if not tokens[k].text[:1].isalnum() or (
            w not in _NP_WORDS
            and w not in RANKERS  # "the toll from the first attack"
            and tokens[k].text.islower()
            and not w.endswith(("ed", "ist", "al", "'s"))  # "defended the army's bombing"
        ):
            return False
        k -= 1
    return False


_PREPARING = frozenset(
    "planning preparing preparations preparation prepare plans ahead run-up".split()
)


def _bare_clock(t: Timex) -> bool:
    """ "a week after the government imposed a curfew after 7 p.m.": an hour the tagger put on
    the date in focus says nothing of the anchor's day."""
    r = t.resolution
    return r.granularity == "time" and "anchored to" in r.reason and "clock time on" in r.reason


def clock_on_focus(choice: DateChoice) -> bool:
    """A bare hour ("at about 4 a.m.", "shortly before noon") the tagger put on the date in
    focus, not on a day the text names with it."""
    return (
        choice.granularity == "time"
        and choice.source in ("attached", "clause", "sentence")
        and "anchored to" in choice.reason
        and "clock time on" in choice.reason
    )


_NIGHT_BEFORE_DAY = re.compile(
    r"\b(?:overnight|night)(?:\s+(?:on|of|between|from))?\s*$", re.IGNORECASE
)


def _night_of(ante) -> bool:
    """The mention is dated by a night named by its evening's day ("late Monday night",
    "overnight on Monday", "the night of September 12 to 13")."""
    if (ante.date_value or "").endswith("TNI"):
        return True
    k = (ante.timex_start if ante.timex_start is not None else -1) - ante.sentence_start
    if not 0 <= k <= len(ante.sentence_text):
        return False
    return _NIGHT_BEFORE_DAY.search(ante.sentence_text[max(0, k - 25) : k]) is not None


def clock_on_day(choice: DateChoice, ante) -> DateChoice:
    """The hour of ``choice`` on the day of mention ``ante`` (when it has one)."""
    if ante.date_granularity not in ("day", "time") or ante.date_start is None:
        return choice
    day, of = ante.date_start, "the day"
    if (choice.value or "")[11:13] < "06" and _night_of(ante):
        # "shelled the towns overnight on Monday. The shelling began shortly after
        # midnight": an early hour of a night named by its evening is on the next day
        day, of = day + timedelta(days=1), "the morning after the night"
    value = day.isoformat() + (choice.value or "")[10:]
    return replace(
        choice,
        value=value,
        start=day,
        end=day,
        reason=f"the hour '{choice.timex_text}' on {of} of '{ante.trigger_text}' "
        f"({ante.date_value})",
    )


def prepared_month(
    choice: DateChoice, tokens: list[Token], cand: Candidate, published: date | None
) -> DateChoice:
    """A meeting being prepared for ("planning for the summit in April") is ahead: a month
    named without a year and read as the past one is the next one. A meeting planned for a
    month ("had been pencilled in for November", "the next round was expected in early
    March", "would take place before the end of December") is in the occurrence of that
    month nearest the report, whatever the tense of the planning."""
    if (
        published is None
        or choice.granularity != "month"
        or choice.start is None
        or choice.end is None
        or choice.timex_start is None
        or "without year" not in choice.reason
    ):
        return choice
    if (
        choice.source == "attached"
        and choice.start <= published
        and _PREPARING & {t.lower for t in tokens[max(0, cand.first - 5) : cand.first]}
    ):
        return _month_moved(choice, 1, "prepared for, so the next one")
    if choice.source not in ("attached", "clause", "sentence"):
        return choice
    at = token_index(tokens, choice.timex_start)
    # (and the word right after the trigger: "the December round would produce an agreement")
    span = tokens[max(0, min(at, cand.first) - 4) : max(at, cand.last + 1) + 1]
    if not _PLAN_WORDS & {t.lower for t in span}:
        return choice
    report_day = published.toordinal()
    best = min((-1, 0, 1), key=lambda k: abs(_middle_of(choice, k) - report_day))
    if best == 0:
        return choice
    return _month_moved(choice, best, "a month a plan was made for: the one nearest the report")


# Words of a plan made for a month ("had been pencilled in for November").
_PLAN_WORDS = frozenset(
    "planned scheduled pencilled penciled expected due slated postponed cancelled canceled "
    "delayed rescheduled would will".split()
)


def _month_in(choice: DateChoice, years: int) -> tuple[date, date]:
    """The first and last day of the choice's month ``years`` later (or earlier)."""
    start = _shift_months(choice.start.replace(day=1), 12 * years)  # type: ignore[union-attr]
    return start, _shift_months(start, 1) - timedelta(days=1)


def _middle_of(choice: DateChoice, years: int) -> int:
    start, end = _month_in(choice, years)
    return (start.toordinal() + end.toordinal()) // 2


def _month_moved(choice: DateChoice, years: int, why: str) -> DateChoice:
    start, end = _month_in(choice, years)
    return replace(
        choice,
        value=start.isoformat()[:7],
        start=start,
        end=end,
        reason=f"{choice.reason}; {why}: {start.isoformat()[:7]}",
    )


def _object_gap(tokens: list[Token], cand: Candidate, timex: Timex) -> bool:
    """Only the verb's object (a few plain words) stands between the verb and the date."""
    gap = tokens[cand.last + 1 : token_index(tokens, timex.start)]
    return len(gap) <= 5 and all(
        t.text[:1].isalnum() and t.lower not in _CLAUSE_WORDS and t.lower not in _AUX for t in gap
    )


def _opened_subject(tokens: list[Token], cand: Candidate) -> bool:
    """A verb whose short subject follows "before/after": "seconds before the bomb exploded"
    places the explosion before the main event, not on its date."""
    if cand.pos != "verb":
        return False
    for k in range(cand.first - 1, max(-1, cand.first - 5), -1):
        w = tokens[k]
        if w.lower in ("before", "after"):
            return k < cand.first - 1  # a subject between: not "after killing two men"
        if not w.text[:1].isalnum() or w.lower in REPORTING:
            return False
    return False


_OFFSET_UNITS = {
    "hour": "hours",
    "hours": "hours",
    "day": "days",
    "days": "days",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
}
_VAGUE_COUNTS = frozenset(["few", "several", "some", "many", "couple"])
_SAME_DAY_PARTS = frozenset(["day", "night", "morning", "afternoon", "evening"])


@dataclass(frozen=True, slots=True)
class Offset:
    """ "two days after <anchor>": a count of units before or after the anchor phrase, which
    runs from ``after``/``before`` (token ``rel``) to the end of its clause (``anchor``)."""

    n: int | None  # None for a vague count ("a few days after")
    unit: str  # hours | days | weeks | months | years
    sign: int  # +1 after, -1 before
    first: int  # first token of the count
    rel: int  # the token "after" / "before"
    anchor: tuple[int, int]  # token span of the anchor phrase
    hedged: bool = False  # "less than two weeks after", "just over a week after"
    exact: bool = False  # "two years to the day after": the anchor's day of month, N units on


def find_offset(
    tokens: list[Token], clauses: list[tuple[int, int]], at: int | None = None
) -> Offset | None:
    """The first "N units after/before" of a sentence ("Two days after the bombing", "a week
    before the talks", "48 hours after the raid"), else None; with ``at``, the one whose
    anchor holds that token if any, the innermost ("came a week after the minister visited
    Lome, and two days before a planned meeting": the meeting is the second count's anchor;
    "came hours after jets struck X on Tuesday, a day after strikes on Y": the strikes on Y
    are the anchor of "a day after", inside that of "hours after")."""
    if at is None:
        return next(_offsets(tokens, clauses), None)
    found = list(_offsets(tokens, clauses))
    holding = [o for o in found if o.anchor[0] <= at <= o.anchor[1]]
    if holding:
        return max(holding, key=lambda o: o.anchor[0])
    return found[0] if found else None


def _offsets(tokens: list[Token], clauses: list[tuple[int, int]]) -> Iterator[Offset]:
    """Every count of units from an anchor in the sentence, in order (see ``find_offset``)."""
    for k in range(0, len(tokens) - 1):
        if k == 0 and tokens[0].lower != "hours":
            continue  # only "Hours after ..." can open the sentence with its unit
        if tokens[k].lower == "eve" and tokens[k + 1].lower == "of" and k + 2 < len(tokens):
            # "on the eve of the talks": the day before them
            a, b = clause_of(clauses, k + 1)
            first = k - 1 if tokens[k - 1].lower == "the" else k
            yield Offset(1, "days", -1, first, k + 1, (k + 2, b))
            continue
        if (
            tokens[k].lower == "same"
            and k + 2 < len(tokens) - 1
            and tokens[k + 1].lower in _SAME_DAY_PARTS
            and tokens[k + 2].lower in ("as", "that")
        ):
            # "On the same day as the Bohoma attack", "the same night that gunmen stormed":
            # no days from the anchor
            a, b = clause_of(clauses, k + 2)
            first = k - 1 if k > 0 and tokens[k - 1].lower == "the" else k
            yield Offset(0, "days", 1, first, k + 2, (k + 3, b))
            continue
        rel = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        # "two years to the day after the war began": the same day, two years on
        exact = (
            k >= 4
            and [t.lower for t in tokens[k - 2 : k + 1]] == ["to", "the", "day"]
            and tokens[k - 3].lower in _OFFSET_UNITS
        )
        c = k - 3 if exact else k  # the unit's token
        unit = _OFFSET_UNITS.get(tokens[c].lower)
        if unit is None or rel not in ("after", "before"):
            continue
        w = tokens[c - 1].lower if c > 0 else ""
        first = max(0, c - 1)
        n = number_value(w)
        if w in ("a", "an", "one") or (w == "the" and tokens[c].lower == unit[:-1]):
            n = 1  # "a day after", "the day before"
        if n is None:
            plural_the = w == "the" and tokens[c].lower.endswith("s")  # "in the weeks before"
            bare_hours = tokens[c].lower == "hours"  # "Hours after the bombing": that day
            if exact or (
                w not in _VAGUE_COUNTS
                and not plural_the
                and not bare_hours
                and not (w == "of" and c >= 3 and tokens[c - 2].lower == "couple")
            ):
                continue
            if bare_hours and w not in _VAGUE_COUNTS and not plural_the:
                first = c
            while first > 0 and tokens[first - 1].lower in ("a", "couple", "of", "just", "only"):
                first -= 1
        elif first > 0 and tokens[first - 1].lower in ("just", "only", "barely", "some", "about"):
            first -= 1
        a, b = clause_of(clauses, k + 1)
        if first > 1:
            b = _trailing_anchor_end(tokens, b)
        hedged = any(t.lower in _HEDGES for t in tokens[max(0, first - 2) : k])
        sign = 1 if rel == "after" else -1
        yield Offset(n, unit, sign, first, k + 1, (max(a, k + 1), b), hedged, exact)


# Words that say a count is not exact: "less than", "just over", "nearly" (not "about two
# weeks", whose best guess is still the day two weeks on).
_HEDGES = words("than over under nearly almost barely")


_NEW_CLAUSE = frozenset(
    "and or but while as after before when which who whom whose where since because then".split()
)


def _trailing_anchor_end(tokens: list[Token], b: int) -> int:
    """Where a count phrase that follows its main clause ends ("The announcement came two
    days after X spoke with his counterpart, Y, on Wednesday"): at the end of the sentence,
    unless a semicolon, a colon or an attribution ("..., officials said") comes first. A
    relative clause telling when the anchor happened is the anchor's ("two weeks after the
    Palma attack, which began on 24 March"); a "since" phrase is not ("four days after the
    deadliest attack since jihadist violence began in 2015")."""
    k = b + 1
    while k < len(tokens):
        w = tokens[k]
        if (
            w.text in ";:"
            or w.lower in REPORTING
            or w.lower in ("according", "while", "but", "since")
        ):
            break
        if (
            w.text == ","
            and k + 1 < len(tokens)
            and tokens[k + 1].lower in _NEW_CLAUSE
            and not _dates_anchor(tokens, k + 1)
        ):
            break  # "..., and was found at the airport in December": another clause
        k += 1
    while k - 1 > b and not tokens[k - 1].text[:1].isalnum():
        k -= 1  # trailing punctuation
    return max(b, k - 1)


_HAPPENED = words("began begun started happened occurred unfolded erupted")


def _dates_anchor(tokens: list[Token], k: int) -> bool:
    """ "which began ..." at ``k`` tells when the anchor happened: no new clause."""
    nxt = [t.lower for t in tokens[k + 1 : k + 3]]
    return (
        tokens[k].lower == "which"
        and bool(nxt)
        and (nxt[0] in _HAPPENED or nxt == ["took", "place"])
    )


def _shift_months(d: date, k: int) -> date:
    m = d.month - 1 + k
    y = d.year + m // 12
    return date(y, m % 12 + 1, 1)


def _same_day_on(d: date, k: int) -> date:
    """The day ``k`` months from ``d`` with its day of month (the last day of a shorter month)."""
    first = _shift_months(d.replace(day=1), k)
    last = (_shift_months(first, 1) - timedelta(days=1)).day
    return first.replace(day=min(d.day, last))


def offset_choice(off: Offset, anchor: DateChoice | Timex, what: str) -> DateChoice | None:
    """The date ``off`` away from the anchor's date, at the precision both allow: days and
    hours from a day; weeks from a day or a week (the ISO week it lands in); months from a day or a
    month (a month); years from anything as fine as a year (a year). A vague count ("a few
    days after") stays within the anchor's month when it is early enough, else no date."""
    if isinstance(anchor, Timex):
        r = anchor.resolution
        a_value, a_start, a_end, a_gran, a_type = (
            r.value,
            r.start,
            r.end,
            r.granularity,
            r.date_type,
        )
        a_text, a_s, a_e, a_reason = anchor.text, anchor.start, anchor.end, r.reason
    else:
        a_value, a_start, a_end, a_gran, a_type = (
            anchor.value,
            anchor.start,
            anchor.end,
            anchor.granularity,
            anchor.date_type,
        )
        a_text, a_s, a_e, a_reason = (
            anchor.timex_text,
            anchor.timex_start,
            anchor.timex_end,
            anchor.reason,
        )
    if a_value is None or a_start is None or a_end is None or a_gran is None:
        return None
    fine = a_gran in ("time", "day")
    n, sign, unit = off.n, off.sign, off.unit
    side = "after" if sign > 0 else "before"
    count = f"{n} {unit[:-1] if n == 1 else unit}" if n is not None else f"a few {unit}"
    if n == 0:
        count, side = "the same day", "as"
    why = f"{count} {side} {what} ({a_text!r} -> {a_value}: {a_reason})"
    if n is None:
        if unit in ("hours",) and fine:
            n = 0
        elif unit == "days" and fine and sign > 0 and a_start.day <= 21:
            return _month_of(a_start, why, a_text, a_s, a_e)
        else:
            return None
    if unit in ("hours", "days"):
        if not fine:
            return None
        days = 0 if unit == "hours" else n
        if unit == "hours" and n >= 24:
            days = round(n / 24)
        d = a_start + timedelta(days=sign * days)
        kind = a_type if unit == "days" else "approximate"
        return DateChoice(d.isoformat(), d, d, "day", kind, why, "relative", a_text, a_s, a_e)
    if unit == "weeks":
        if not fine and a_gran != "week":
            return None
        shifted = a_start + timedelta(days=7 * sign * n)
        if fine and not off.hedged:
            # "a week after Friday's raid" is the Friday before: writers count the days
            return DateChoice(
                shifted.isoformat(),
                shifted,
                shifted,
                "day",
                a_type,
                why,
                "relative",
                a_text,
                a_s,
                a_e,
            )
        # "less than two weeks after": the ISO week the count lands in
        start = shifted - timedelta(days=shifted.weekday())
        year, week, _ = start.isocalendar()
        return DateChoice(
            f"{year}-W{week:02d}",
            start,
            start + timedelta(days=6),
            "week",
            a_type if a_gran == "week" else "approximate",
            why,
            "relative",
            a_text,
            a_s,
            a_e,
        )
    if off.hedged and unit == "years":
        return None  # "just over four years after December 2018": 2022 or 2023, it does not say
    if off.exact and fine:
        d = _same_day_on(a_start, sign * n * (12 if unit == "years" else 1))
        return DateChoice(d.isoformat(), d, d, "day", a_type, why, "relative", a_text, a_s, a_e)
    if unit == "months":
        if not (fine or a_gran == "month"):
            return None
        first = _shift_months(a_start.replace(day=1), sign * n)
        kind = a_type if a_gran == "month" else "approximate"
        last = _shift_months(first, 1) - timedelta(days=1)
        return DateChoice(
            first.strftime("%Y-%m"), first, last, "month", kind, why, "relative", a_text, a_s, a_e
        )
    if a_gran not in ("time", "day", "week", "month", "season", "quarter", "half", "year"):
        return None
    y = a_start.year + sign * n
    kind = a_type if a_gran == "year" else "approximate"
    return DateChoice(
        str(y), date(y, 1, 1), date(y, 12, 31), "year", kind, why, "relative", a_text, a_s, a_e
    )


# The reason of an anchor counted back from the day of the statement its count follows.
_STATEMENT_ANCHOR = "the anchor of a count after a statement: "


def _since_after(tokens: list[Token], end: int, t: Timex) -> bool:
    """``t`` is in a "since" phrase after the token ``end`` ("four days after the deadliest
    attack since jihadist violence began in 2015"): the yardstick's time, no event's."""
    k = token_index(tokens, t.start)
    return k > end and any(w.lower == "since" for w in tokens[end + 1 : k])


_ANCHOR_RELATIVE = re.compile(r",\s+(?:in\s+which|during\s+which|when|which)\s", re.I)


def _later_count(tokens: list[Token], end: int, t: Timex) -> bool:
    """``t`` is past the token ``end`` and another count's "after"/"before" ("three days
    after"; not "before the winter")."""
    k = token_index(tokens, t.start)
    return k > end and any(
        tokens[i].lower in ("after", "before") and tokens[i - 1].lower in _OFFSET_UNITS
        for i in range(end + 2, k)
    )


_TOLL_NOUNS = words("toll tolls")


def _toll_of(tokens: list[Token], first: int) -> bool:
    """The event at token ``first`` is what a death toll is counted from ("The toll from the
    massacre in Solhan has risen to 160"): a reference to the event, not one told anew."""
    for k in range(first - 1, max(-1, first - 6), -1):
        if tokens[k].lower in _TOLL_NOUNS:
            return k + 1 < first and tokens[k + 1].lower in ("from", "of", "in")
    return False


def _inverse_reason(text: str, tokens: list[Token], off: Offset, moved: DateChoice) -> str:
    return (
        f"the anchor of '{_span_text(text, tokens, off.first, off.rel)}' the event dated "
        f"{moved.timex_text!r}: {moved.reason}"
    )


def _span_text(text: str, tokens: list[Token], i: int, j: int) -> str:
    return text[tokens[i].start : tokens[j].end]


def _in_anchor(off: Offset, cand: Candidate) -> bool:
    return off.anchor[0] <= cand.first <= off.anchor[1]


def _outside_aside(
    tokens: list[Token], off: Offset | None, t: Timex, others: Sequence[Candidate]
) -> list[Candidate]:
    """The triggers but those named in an aside that places the date ("On Thursday, the day
    before the attack, the ministers met"): that event does not stand between the date and
    the clause it opens."""
    if off is None or off.first < 2 or tokens[off.first - 1].text != ",":
        return list(others)
    if token_index(tokens, t.end - 1) != off.first - 2:
        return list(others)
    end = next((k for k in range(off.rel, off.anchor[1] + 1) if tokens[k].text == ","), None)
    if end is None:
        return list(others)
    return [c for c in others if not off.rel < c.first < end]


# Nouns that hold a salvo of events named after their "of": "a wave of strikes".
_SALVOS = frozenset("wave barrage volley salvo".split())


_DUE = frozenset(["due", "scheduled", "set", "expected", "supposed", "slated"])


def _heads_anchor(tokens: list[Token], off: Offset, first: int) -> bool:
    """The event at token ``first`` is what the anchor phrase names ("after the bombing of
    a mosque", "before the March 3 attack", "after gunmen attacked"), not a word further in
    it ("the day before authorities issued a warrant in the shooting")."""
    between = [
        t
        for k, t in enumerate(tokens[off.rel + 1 : first], off.rel + 1)
        if not (t.text == "." and "." in tokens[k - 1].text)  # "after U.S. strikes"
    ]
    if (
        len(between) >= 3
        and between[-1].lower == "to"
        and between[-2].lower in _DUE
        and between[-3].lower in _AUX
    ):
        between = between[:-2]  # "two days before officials were due to meet"
    while between and between[-1].lower in _AUX | {"been", "be", "being"}:
        between = between[:-1]  # "after he was killed", "before they had attacked"
    for k in range(len(between) - 1, 0, -1):
        if between[k].lower == "in" and any(t.lower in TOLL_VERBS for t in between[:k]):
            # "a day after two commandos were killed in an attack on ...", "two days after
            # militiamen killed 62 people at a camp in the deadliest attack": the toll's event
            between = between[k + 1 :]
            break
    used = [k for k, t in enumerate(between) if t.lower == "used"]
    if used and between[-1].lower == "to" and len(between) - used[-1] <= 6:
        # "a day after the guerrilla group used drones to attack an army base": the means
        between = between[: used[-1]]
    for k in range(len(between) - 1):
        if between[k].lower in _SALVOS and between[k + 1].lower == "of":
            # "a day after the most intense wave of Russian strikes": the strikes are named
            between = between[k + 2 :]
            break
    return len(between) <= 4 and all(
        t.text[:1].isalnum()
        and t.lower not in REPORTING
        and t.lower not in _AUX
        and (
            # (a participle after an article modifies the noun: "before a planned meeting")
            _adjectival(between, k)
            or (t.lower not in OBJECT_VERBS and not (t.text.islower() and t.lower.endswith("ed")))
        )
        for k, t in enumerate(between)
    )


def _adjectival(words: list[Token], k: int) -> bool:
    """Word ``k`` is a participle right after an article: an adjective, not a verb."""
    return k > 0 and words[k].lower.endswith("ed") and words[k - 1].lower in _NP_OPENERS


_QUANTITIES = frozenset(
    "one two three some many several any each all most none both either neither part rest".split()
)
# Past tenses without "-ed" that tell another clause's action (not the event verbs of
# words.IRREGULAR_PAST such as "held" or "broke", whose date can be the event's own).
_OTHER_CLAUSE_PAST = frozenset(
    "came began rose fell went grew took made found gave left arose emerged spread".split()
)


# Nouns whose "of <event>" names a place or trace of the event, not the event: a date of
# their clause is what was done there ("searched the site of the shooting on April 8").
_NOT_THE_EVENT = frozenset(
    "site scene sites scenes wreckage ruins aftermath crater evidence details footage "
    "investigation investigators probe victims survivors suspect suspects inquiry".split()
)
# Nouns whose object follows "into": "an investigation into the blast", "the probe into it".
_INQUIRIES = frozenset(["investigation", "probe", "inquiry"])


# Nouns that count or divide an event ("a third round of negotiations", "a series of
# airstrikes", "the second day of talks"): the verb after them is the event's own.
_PARTITIVE = frozenset(
    "round rounds series wave waves spate string flurry volley barrage salvo day days night "
    "nights session sessions phase stage part week weeks".split()
)


def _object_of_other_noun(tokens: list[Token], cand: Candidate) -> str:
    """The head noun when the trigger is the object of "of"/"from" after another noun
    ("details of the slaying", "evidence from the bombing"), or of "into" after an inquiry
    ("took over the probe into the blast"), else "": the verb after it is that noun's."""
    if cand.pos != "noun":
        return ""
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 4 and tokens[k].lower not in ("of", "from", "into"):
        w = tokens[k]
        if not w.text[:1].isalnum() or w.lower in _TEMPORAL_OPENERS:
            return ""  # (not "heads of state since an extraordinary summit")
        k -= 1
    if k < 1 or tokens[k].lower not in ("of", "from", "into"):
        return ""
    head = tokens[k - 1]
    if tokens[k].lower == "into" and head.lower not in _INQUIRIES:
        return ""
    ok = (
        head.text.isalpha()
        and head.lower not in _PARTITIVE
        and (head.text.islower() or k == 1)  # "Details of the slaying ..." opens the sentence
        and head.lower not in _QUANTITIES
        and head.lower not in _DETERMINERS_OF_NP
    )
    if ok and head.lower in _NOT_THE_EVENT and _predicated_place(tokens, k - 1):
        return ""  # "Bajaur was the scene of a major operation in 2008": the operation's year
    return head.lower if ok else ""


_COPULAS = frozenset("is was were are became become has have had been".split())


def _predicated_place(tokens: list[Token], head: int) -> bool:
    """Whether a place noun ("scene", "site") is the predicate of a copula ("was the scene
    of", "became the site of"): the sentence then tells the event, not what was done there."""
    k = head - 1
    if k >= 0 and tokens[k].lower in ("the", "a", "an"):
        k -= 1
    return k >= 0 and tokens[k].lower in _COPULAS


# ("At around 8:30 a.m. Saturday,", "Shortly after 9 p.m. on Friday,")
_OPENING_WORDS = frozenset(
    "on in at late early by then and , around about approximately shortly just after before".split()
)


def _opening_dates(
    tokens: list[Token], clause: tuple[int, int], timexes: list[Timex], free: list[Timex]
) -> list[Timex]:
    """The last free date of a sentence-opening phrase ("On Sunday,", "A day later, on
    Sunday,") when the trigger's clause starts right after it; [] otherwise."""
    lo = clause[0]
    if lo == 0 or tokens[lo - 1].text != ",":
        return []
    spans = [(token_index(tokens, t.start), token_index(tokens, t.end - 1)) for t in timexes]
    covered = {k for a, b in spans if b < lo for k in range(a, b + 1)}
    opening = [t for t in free if token_index(tokens, t.start) < lo]
    if not opening:
        return []
    # the phrase between the comma before the date (or the sentence start) and the clause
    k0 = token_index(tokens, opening[-1].start)
    while k0 > 0 and tokens[k0 - 1].text != ",":
        k0 -= 1
    if any(k not in covered and tokens[k].lower not in _OPENING_WORDS for k in range(k0, lo)):
        return []
    return opening[-1:]


def _repeat_date(tokens: list[Token], cand: Candidate, t: Timex, dates: list[Timex]) -> bool:
    """ "met on Sunday and again on Tuesday": the date after "again" is a repeat's, not the
    trigger's, when an earlier date of the sentence is left for the trigger; but in "met
    them on Wednesday and is due to meet them again next week" the second verb's own "again"
    follows its object, and the date is that verb's."""
    k = token_index(tokens, t.start)
    agains = [i for i in range(max(0, k - 2), k) if tokens[i].lower == "again"]
    if not agains or not any(o.start < t.start for o in dates):
        return False
    gap = tokens[cand.last + 1 : agains[-1]]
    return not (
        cand.last < agains[-1]
        and len(gap) <= 5
        and all(
            w.text[:1].isalnum()
            and w.lower not in _CLAUSE_WORDS
            and w.lower not in _COORDINATORS
            and not any(o.start <= w.start < o.end for o in dates)
            for w in gap
        )
    )


# Verbs of deciding on a later act: "agreed on Wednesday to hold talks next month".
_DECIDED = frozenset(
    "agreed decided voted pledged promised vowed resolved offered proposed".split()
)


def _conjunct_between(tokens: list[Token], t: Timex, cand: Candidate) -> bool:
    """ "and"/"but" opening a new verb phrase ("and is due to", "but will"), a clause with
    its own named subject and verb ("two days later and Turkey launching air strikes") or an
    infinitive after a decision's date ("agreed on Wednesday to hold a round ... next month";
    not "will travel on Thursday to meet") stands between the date and the trigger."""
    at = token_index(tokens, t.start)
    gap = tokens[at : cand.first]
    after = [w for w in gap if w.start >= t.end][:2]
    decided = [w.lower for w in tokens[max(0, at - 2) : at] if w.lower != "on"][-1:]
    if (
        decided
        and decided[0] in _DECIDED
        and len(after) == 2
        and after[0].lower == "to"
        and after[1].text.isalpha()
        and after[1].text.islower()
        and after[1].lower not in DETERMINERS
    ):
        return True
    for i, (w, nxt) in enumerate(pairwise(gap)):
        if w.lower not in ("and", "but"):
            continue
        if nxt.lower in AUXILIARIES or nxt.lower in MODALS:
            return True
        if is_capitalised(nxt) and any(
            v.text.islower() and v.lower.endswith(("ing", "ed")) for v in gap[i + 2 : i + 5]
        ):
            return True
    if cand.pos == "noun":
        # "a drone attack on the base on Monday night and retaliatory US strikes in Syria
        # early on Wednesday": "and" opening the trigger's own noun phrase
        k = max((i for i, w in enumerate(gap) if w.lower == "and"), default=None)
        return k is not None and len(gap) - k <= 4 and all(w.text.isalnum() for w in gap[k:])
    return False


def _verb_between(tokens: list[Token], cand: Candidate, t: Timex) -> bool:
    gap = tokens[cand.last + 1 : token_index(tokens, t.start)]
    return any(
        w.text.islower() and (w.lower.endswith("ed") or w.lower in _OTHER_CLAUSE_PAST) for w in gap
    )


_PERIODS = frozenset(["this year", "last year", "this month", "last month"])
_CURRENT_PERIODS = frozenset(["this year", "this month", "this week"])


def _repeat_count(tokens: list[Token], t: Timex) -> bool:
    """ "Drones hit the dam for the third time this year": the period the repeats are
    counted over, not the day of this one (but "met for the first time last month")."""
    k = token_index(tokens, t.start)
    return (
        t.text.lower() in _CURRENT_PERIODS
        and k >= 2
        and tokens[k - 1].lower == "time"
        and tokens[k - 2].lower in RANKERS
        and tokens[k - 2].lower != "first"
    )


def ranking_period(tokens: list[Token], t: Timex) -> bool:
    """The timex is the period a ranking counts over, not the date of the event ranked:
    "It was the second drone attack on the base this year"."""
    if _repeat_count(tokens, t):
        return True
    if t.text.lower() not in _PERIODS:
        return False
    if tokens[token_index(tokens, t.end - 1)].lower.endswith(("'s", "’s")):
        return False  # "the deadliest since last year's mall siege": the siege's own year
    k = token_index(tokens, t.start) - 1
    if (
        k >= 1
        and [tokens[k - 1].lower, tokens[k].lower] == ["so", "far"]
        and any(w.lower in RANKERS for w in tokens[max(0, k - 14) : k])
    ):
        return True  # "the most serious assault on a town so far this year": a ranking
    while k >= 0 and token_index(tokens, t.start) - k <= 9:
        w = tokens[k].lower
        if not tokens[k].text[:1].isalnum() or w in AUXILIARIES or w in MODALS or w == "time":
            return False  # ("met for the first time last month": a first, on its date)
        if w in RANKERS:
            return True
        k -= 1
    return False


def choose_in_sentence(
    text: str,
    tokens: list[Token],
    clauses: list[tuple[int, int]],
    cand: Candidate,
    timexes: list[Timex],
    claimed: dict[int, Candidate],
    others: Sequence[Candidate] = (),
    published: date | None = None,
) -> DateChoice | None:
    """The governing date from the sentence itself, or None to let focus decide.

    ``timexes`` are the usable timexes of the sentence; ``claimed`` maps the id of each
    timex attached to some trigger's noun phrase to that trigger; ``others`` are all the
    triggers of the sentence.
    """
    timexes = [
        t
        for t in timexes
        if not ranking_period(tokens, t) and not old_slot(text, t) and not _compared(text, cand, t)
    ]
    own = [t for t in timexes if claimed.get(id(t)) is cand]
    if _ended(tokens, cand):
        hi = clause_of(clauses, cand.first)[1]
        end = [
            t
            for t in timexes
            if t.start >= cand.end
            and token_index(tokens, t.start) <= hi
            and claimed.get(id(t)) in (None, cand)
        ]
        started = _start_of_ended(tokens, cand, end[0]) if end else None
        if started is not None:
            return started
    nth = _nth_day(tokens, cand)
    if nth is not None:
        later = [t for t in timexes if token_index(tokens, t.start) > nth[1]]
        began = (
            _first_of_days(later[0], nth[0], f"day 1 of an event in its day {nth[0]} on")
            if later
            else None
        )
        if began is not None:
            return began
    if own:
        return from_timex(own[0], "attached to the trigger", "attached")
    when = _when_clause_date(tokens, cand, timexes)
    if when is not None:
        return when
    means = _means_date(tokens, cand, timexes, claimed)
    if means is not None:
        return means
    since = _anniversary_date(tokens, cand, published)
    if since is not None:
        return since
    if any(disclosed_object(text, cand, t) for t in timexes):
        return None  # "confirmed the call on Tuesday": the sentence dates the confirming
    framed = _framing_date(tokens, clauses, cand, timexes, claimed)
    if framed is not None:
        return framed
    appositive = _appositive_date(tokens, cand, timexes, claimed, others)
    if appositive is not None:
        return appositive
    if cand.rule.plover_type != "CONSULT" and published and reacted_to(tokens, cand):
        # the day of publication dates the reaction reported that day, not its object
        timexes = [t for t in timexes if t.resolution.start != published]
    off = find_offset(tokens, clauses, cand.first)
    free = [
        t
        for t in timexes
        if id(t) not in claimed
        and (
            not is_reporting(tokens, t, range(cand.first, cand.last + 1))
            or _subject_of_statement(text, tokens, cand, t)
        )
        and (not is_boundary(tokens, t) or _lasted_through(tokens, cand, t))
        and not between_other_event(cand, t, _outside_aside(tokens, off, t, others), text)
        and not in_dateline(text, tokens, t)
        and not _premodifies_other_noun(text, tokens, t)
        and not _relative_on_other_noun(tokens, cand, t)
        and not _plan_of_other_noun(tokens, cand, t)
        and not _in_participle_phrase(tokens, t, cand)
        and not disclosed_object(text, cand, t)
        and not _complement_between(text, cand, t)
    ]
    # "Talks aimed at reviving the 2015 deal resumed on Thursday": a year naming another
    # noun's time yields to a date of the clause itself (alone, it may set the scene)
    named = [t for t in free if _names_other_noun(tokens, t, cand, others)]
    if named and len(named) < len(free):
        free = [t for t in free if t not in named]
    else:
        # ("the incursion was a violation of the 1991 ceasefire": after the trigger, such a
        # year describes, it sets no scene, unless a preposition of time sets it: "attacked
        # the town during the 2014 uprising")
        free = [t for t in free if t not in named or t.start < cand.start or _scene_set(tokens, t)]
    free = [t for t in free if not _repeat_date(tokens, cand, t, free)]
    clause = clause_of(clauses, cand.first)
    if off is not None and off.n == 0:
        # "On the same day as the talks": the phrase's own words date neither event
        free = [t for t in free if not off.first <= token_index(tokens, t.start) <= off.rel]
    if off is not None and _in_anchor(off, cand) and _heads_anchor(tokens, off, cand.first):
        lo, hi = off.anchor
        inside = [
            t
            for t in timexes
            if lo <= token_index(tokens, t.start) <= hi
            and id(t) not in claimed
            and not is_reporting(tokens, t)
            and not is_boundary(tokens, t)
            and not _relative_on_other_noun(tokens, cand, t)
        ]
        if inside and cand.pos == "verb":
            # "two days after Drake spoke with his counterpart, Y, on Wednesday": the date in
            # the anchor's own clause is the anchor's
            return from_timex(
                min(inside, key=lambda t: abs(t.start - cand.end)), "same clause", "clause"
            )
        # "a year after the ambush near Krishna Ghati, in which three soldiers were killed on
        # July 11 last year": a relative clause on the anchor noun dates it
        told = [
            t
            for t in inside
            if t.start >= cand.end and _ANCHOR_RELATIVE.search(text, cand.end, t.start)
        ]
        if told and cand.pos == "noun":
            return from_timex(told[0], "same clause", "clause")
        if not any(lo <= token_index(tokens, t.start) <= hi for t in timexes):
            # "Gunmen struck on Sunday, on the eve of the talks": the anchor event is the
            # count away from the date of the event the phrase is about
            main = [
                t
                for t in timexes
                if id(t) not in claimed
                and not is_reporting(tokens, t)
                and not is_boundary(tokens, t)
                and not in_dateline(text, tokens, t)
                and not off.first <= token_index(tokens, t.start) <= hi
                and not _other_relative_clause(tokens, clauses, clause, t)
                and not _since_after(tokens, hi, t)
                # (nor the anchor of a count coordinated after it: "a day after artillery
                # shelled X, and three days after a bomb hit a village on Sunday")
                and not _later_count(tokens, hi, t)
            ]
            if (
                not main
                and off.first > 0
                and tokens[off.first - 1].text == ","
                and all(
                    lo <= c.first <= hi or _toll_of(tokens, c.first)
                    for c in others
                    if c is not cand
                )
            ):
                # "Mali's junta said on Monday it was recalling its ambassadors, a day after an
                # ECOWAS summit imposed sanctions": with no event in the main clause, the count
                # runs from the statement's day
                said = [
                    t
                    for t in timexes
                    if id(t) not in claimed
                    and is_reporting(tokens, t)
                    and t.start < tokens[off.first].start
                    and not in_dateline(text, tokens, t)
                ]
                back = replace(off, sign=-off.sign)
                moved = offset_choice(back, said[-1], "the statement") if said else None
                if moved is not None:
                    return replace(moved, reason=f"{_STATEMENT_ANCHOR}{moved.reason}")
            if main:
                near = max(
                    (t for t in main if t.start < tokens[off.first].start),
                    default=main[0],
                    key=lambda t: t.start,
                )
                back = replace(off, sign=-off.sign)
                moved = offset_choice(back, near, "the event it is the anchor of")
                if moved is not None:
                    return replace(moved, reason=_inverse_reason(text, tokens, off, moved))
                return None
    if off is not None and not _in_anchor(off, cand):
        # "Two days after the bombing on March 3, gunmen attacked ...": the anchor's date is
        # not the event's; the event is the stated count of units away from it
        lo, hi = off.anchor
        anchors = [
            t
            for t in timexes
            if lo <= token_index(tokens, t.start) <= hi
            and not is_reporting(tokens, t)
            and not is_boundary(tokens, t)
            and not _relative_on_other_noun(tokens, cand, t)
            and not (off.unit != "hours" and _bare_clock(t))
        ]
        free = [t for t in free if t not in anchors]
        mine = [t for t in free if clause[0] <= token_index(tokens, t.start) <= clause[1]]
        if not mine:
            for t in anchors:
                moved = offset_choice(off, t, "the date of its anchor")
                if moved is not None:
                    return moved
            if anchors:
                return unresolved(
                    f"'{_span_text(text, tokens, off.first, off.rel)}' a date it cannot be "
                    "counted from at this precision"
                )
    if not free:
        return _overnight(tokens, cand, clause_of(clauses, cand.first), timexes, published)

    def distance(t: Timex) -> int:
        return min(abs(t.start - cand.end), abs(cand.start - t.end))

    if _depicted(tokens, cand):
        # "released a video on Friday purporting to show the assault": the video's day
        free = [t for t in free if t.start > cand.end and not _verb_between(tokens, cand, t)]
        if not free:
            return None
    if _case_of(tokens, cand):
        # "charged with murder Thursday in the slaying of a doctor": the charging's day
        free = [t for t in free if t.start > cand.end and not _verb_between(tokens, cand, t)]
        if not free:
            return None
    if _related_to_other(tokens, cand) or _recalls_other(tokens, cand):
        # "The ambush followed a suicide bombing ... earlier this month", "the strike was in
        # retaliation for the rocket attack ... on July 27": the date is the other event's
        free = [t for t in free if t.start < cand.start]
        if not free:
            return None
    head = _object_of_other_noun(tokens, cand)
    if head in _NOT_THE_EVENT:
        # "searched the site of the shooting on April 8": the date is the search's
        free = []
    elif head:
        # "Additional details of the slaying emerged on Sunday": the day the details emerged
        free = [t for t in free if not (t.start > cand.end and _verb_between(tokens, cand, t))]
    in_clause = [t for t in free if clause[0] <= token_index(tokens, t.start) <= clause[1]]
    if not in_clause:
        # "A day later, on Sunday, U.S. aircraft carried out airstrikes": dates set before the
        # first clause govern it
        in_clause = _opening_dates(tokens, clause, timexes, free)
    if not in_clause and timeline_entry(tokens) is None:
        # "clashed on Wednesday, and an Israeli strike on a building overnight killed nine":
        # the trigger's own "overnight" before another clause's day (an entry's date is the
        # night's: "Aug. 7 — Missiles hit a plant overnight")
        night = _overnight(tokens, cand, clause, timexes, published)
        if night is not None:
            return night
    if cand.pos == "verb":
        # "touring X Thursday and meeting with police leaders Friday morning": a date right
        # after the verb's object is the verb's own
        after = [t for t in in_clause if t.start >= cand.end and _object_gap(tokens, cand, t)]
        if after:
            return _in_clause(tokens, cand, after[0], free, others)
    if in_clause and _opened_subject(tokens, cand):
        # the main clause's day is not the day of what happened before or after it
        in_clause = [
            t
            for t in in_clause
            if t.start < cand.start
            or not any(
                w.lower in _AUX for w in tokens[cand.last + 1 : token_index(tokens, t.start)]
            )
        ]
    if any(t.start >= cand.end for t in in_clause):
        # "arrived on Monday and is due to hold talks ... on Thursday": a date before the
        # trigger's own conjunct is the other verb's when the trigger has one after it
        in_clause = [
            t for t in in_clause if t.start >= cand.end or not _conjunct_between(tokens, t, cand)
        ]
    if in_clause:
        best = min(in_clause, key=distance)
        inside = [t for t in in_clause if _narrows(t, best)]
        return _in_clause(tokens, cand, min(inside or [best], key=distance), free, others)
    if (
        tokens[clause[0]].lower in _TEMPORAL_OPENERS
        or _in_temporal_pp(tokens, cand)
        or _opened_subject(tokens, cand)
    ):
        # An event placed before or after the main one is not on its day ("visit India in
        # late April, after meeting Biden"); a past month or year still holds both ("soured
        # in 2010 after commandos stormed the ship").
        trailing = clause[0] > 0 and tokens[clause[0]].lower in _TEMPORAL_OPENERS
        free = [
            t
            for t in free
            if (
                t.resolution.granularity not in ("time", "day", "week")
                and published is not None
                and t.resolution.end is not None
                and t.resolution.end < published
            )
            # "... came a week after two men were killed in a raid in Qabatiya, south of
            # Jenin, on Thursday": a trailing "after" clause runs to the end of the sentence
            or (
                trailing
                and t.start > cand.end
                # (not past the main verb: "the man who threw a grenade before the bomb
                # exploded was identified Thursday")
                and not any(
                    w.lower in _AUX or w.lower in REPORTING
                    for w in tokens[cand.last + 1 : token_index(tokens, t.start)]
                )
            )
        ]
    if _pluperfect_relative(tokens, clause, cand):
        # "struck camps on Sunday, killing fighters who had taken part in the El Adde
        # attack": what the relative clause says had happened is before the main clause's day
        return None
    elsewhere = [
        t
        for t in free
        if not any(c is not cand and c.start <= t.start < c.end for c in claimed.values())
        # "the talks face a deadline: the rainy season ... ends in September": across a colon
        # or semicolon the date is the other clause's
        and not _colon_between(tokens, cand, t)
        # "The talks, which began in January, resumed on Monday": a relative clause on
        # another noun dates that clause's predicate, not the trigger outside it
        and not _other_relative_clause(tokens, clauses, clause, t)
        and not _participle_aside(tokens, clauses, clause, t)
        and not _since_between(tokens, cand, t)
        and not _since_aside(tokens, cand, t)
        and not (
            published is not None
            and t.resolution.start is not None
            and t.resolution.start > published
            and _outside_own_relative(tokens, cand, t)
        )
        and not _later_opened_clause(tokens, clauses, cand, t, others)
        and not _relative_on_later_noun(tokens, cand, t)
    ]
    if elsewhere:
        # the predicate's own date before the date of a relative clause on the trigger ("The
        # talks, which began in January, resumed on Monday")
        main = [
            t
            for t in elsewhere
            if not _in_relative(tokens, clauses, t) and not _in_parenthetical(tokens, cand, t)
        ]
        if all(_new_subject_clause(tokens, clauses, cand, t) for t in main):
            # "The first session of those talks, held in Baghdad on Jan. 27, brought together
            # officials, and a second round had been expected this month": the date after a
            # new subject is the other clause's, the trigger's own phrase dates it
            main = [t for t in elsewhere if t not in main] or main
        return from_timex(min(main or elsewhere, key=distance), "same sentence", "sentence")
    return None


def _new_subject_clause(
    tokens: list[Token], clauses: list[tuple[int, int]], cand: Candidate, t: Timex
) -> bool:
    """The date lies after the trigger in a clause that "and"/"but"/"while" opens with a
    subject of its own ("..., and a second round had been expected this month")."""
    lo, _hi = clause_of(clauses, token_index(tokens, t.start))
    return (
        lo > cand.last + 1
        and lo + 1 < len(tokens)
        and tokens[lo].lower in ("and", "but", "while", "whereas")
        and (tokens[lo + 1].lower in DETERMINERS or is_capitalised(tokens[lo + 1]))
    )


_TIMES_OF_DAY = frozenset(
    "dawn daybreak sunrise noon midday sunset dusk nightfall midnight".split()
)


def _later_opened_clause(
    tokens: list[Token],
    clauses: list[tuple[int, int]],
    cand: Candidate,
    t: Timex,
    events: Sequence[Candidate] = (),
) -> bool:
    """The date lies in the "after"/"before" clause of a trigger that "came" before or after
    it: "The Singapore meeting came after Beijing earlier this month called off a visit"
    dates the calling off; or in one that tells an event of its own before the date: "The
    Kobo ambush is the second attack in two weeks, after fighters hit a convoy near Durbete
    on October 15" dates that hit."""
    lo, _hi = clause_of(clauses, token_index(tokens, t.start))
    i = token_index(tokens, t.start)
    return (
        lo > cand.last
        and tokens[lo].lower in _TEMPORAL_OPENERS
        # (not a time of day: "The attack came before dawn on Sunday")
        and lo + 1 < len(tokens)
        and tokens[lo + 1].lower not in _TIMES_OF_DAY
        and i > lo + 1
        and (
            any(w.lower in _FOLLOW_VERBS for w in tokens[max(cand.last + 1, lo - 2) : lo])
            or any(c is not cand and lo < c.first < i for c in events)
        )
    )


_COORDINATORS = frozenset(["and", "but", "while", "whereas", "or", "as"])


_END_VERBS = frozenset("end ends ended ending concluded concludes closed closes".split())


def _ended(tokens: list[Token], cand: Candidate) -> bool:
    """The trigger is the object of a verb of ending ("wrapped up a two-day summit on
    Thursday"): the date after it is the end's."""
    if cand.pos != "noun":
        return False
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 5 and tokens[k].lower not in _END_VERBS:
        w = tokens[k].lower
        if w == "up":
            return k > 0 and tokens[k - 1].lower.startswith("wrap")
        if not tokens[k].text[:1].isalnum() or w in REPORTING or w in OBJECT_VERBS:
            return False
        k -= 1
    return k >= 0 and tokens[k].lower in _END_VERBS


_INTO_DAY = frozenset(["entered", "enters", "entering", "into", "in"])


def _nth_day(tokens: list[Token], cand: Candidate) -> tuple[int, int] | None:
    """ "The raid on the camp entered its third day on Saturday": (3, index of "day")."""
    for k in range(cand.last + 1, min(len(tokens) - 3, cand.last + 16)):
        if (
            tokens[k].lower in _INTO_DAY
            and tokens[k + 1].lower in ("its", "a")
            and tokens[k + 2].lower in ORDINALS
            and tokens[k + 3].lower == "day"
        ):
            return ORDINALS[tokens[k + 2].lower], k + 3
        if tokens[k].text in ",;:":
            return None
    return None


def _first_of_days(day: Timex, n: int, why: str) -> DateChoice | None:
    """The first of n days the last of which is ``day`` (a day or a time on it)."""
    r = day.resolution
    if r.granularity not in ("day", "time") or r.start is None:
        return None
    first = r.start - timedelta(days=n - 1)
    return DateChoice(
        first.isoformat(),
        first,
        first,
        "day",
        r.date_type,
        f"{why} '{day.text}' -> {r.value}",
        "attached",
        day.text,
        day.start,
        day.end,
    )


def _start_of_ended(tokens: list[Token], cand: Candidate, end: Timex) -> DateChoice | None:
    """The first day of an event of N days that ended on a day ("a two-day summit ...
    on Thursday" began on Wednesday); None without its length (a day's talks that ended
    on Friday were held on Friday)."""
    r = end.resolution
    days = next(
        (
            number_value(w.lower[: -len("-day")])
            for w in tokens[max(0, cand.first - 2) : cand.first]
            if w.lower.endswith("-day")
        ),
        None,
    )
    if not days or days < 2 or r.granularity != "day":
        return None
    return _first_of_days(end, days, f"first day of a {days}-day event that ended")


def _means_date(
    tokens: list[Token], cand: Candidate, timexes: list[Timex], claimed: dict[int, Candidate]
) -> DateChoice | None:
    """ "Israel opened the offensive on Nov. 14 with an airstrike that killed ...": an event
    named as the means of a dated one ("with an airstrike") takes its date."""
    k = cand.first - 1
    if k >= 0 and tokens[k].lower in ("a", "an", "the"):
        k -= 1
    if cand.pos != "noun" or k < 1 or tokens[k].lower != "with":
        return None
    for t in timexes:
        owner = claimed.get(id(t))
        if owner is not None and owner is not cand and token_index(tokens, t.end - 1) == k - 1:
            return from_timex(t, "the means of the event it dates", "clause")
    return None


def _relative_on_later_noun(tokens: list[Token], cand: Candidate, t: Timex) -> bool:
    """ "carried out another air strike ..., as a campaign that began with fanfare early this
    year settles into a routine": a date in a relative clause on a noun after the trigger is
    that clause's predicate's, not the trigger's (past a comma: not "a meeting in Dantewada
    that went on till late in the evening", a relative on the trigger's own phrase)."""
    end = token_index(tokens, t.start)
    for k in range(cand.last + 2, end - 1):
        if tokens[k].lower not in ("that", "which") or not tokens[k - 1].text.isalpha():
            continue
        if not any(w.text == "," for w in tokens[cand.last + 1 : k]):
            continue
        verb = tokens[k + 1].lower
        if (
            tokens[k - 1].lower not in REPORTING
            and (verb.endswith("ed") or verb in IRREGULAR_PAST)
            and all(w.text[:1].isalnum() for w in tokens[k + 1 : end])
        ):
            return True
    return False


def _since_aside(tokens: list[Token], cand: Candidate, t: Timex) -> bool:
    """ "Keller, on his first visit since his appointment in February, held talks": a date
    inside a "since" phrase that a comma closes before the trigger is the yardstick's (not
    "Since Monday, jets have struck": a period the date opens)."""
    if t.end > cand.start:
        return False
    k = token_index(tokens, t.start)
    opened = max((i for i in range(k) if tokens[i].text == ","), default=-1) + 1
    since = [i for i in range(opened, k) if tokens[i].lower == "since"]
    # (the comma closes the phrase before the trigger's own clause: not "since the July 7,
    # 2021, assassination of the president")
    return (
        bool(since)
        and since[-1] < k - 1
        and any(w.text == "," for w in tokens[token_index(tokens, t.end - 1) + 1 : cand.first - 1])
    )


def _since_between(tokens: list[Token], cand: Candidate, t: Timex) -> bool:
    """ "the worst attack in the city since a market was bombed in August", "the largest
    operation since the war began in April 2023": the date after "since" is the yardstick's
    (or the start of a period), not the trigger's before it."""
    if t.start < cand.end:
        return False
    between = tokens[cand.last + 1 : token_index(tokens, t.start)]
    k = next((i for i, w in enumerate(between) if w.lower == "since"), None)
    if k is None:
        return False
    rest = between[k + 1 :]
    if (
        len(rest) >= 2
        and (rest[0].lower.rstrip(".") in MONTHS or rest[0].text.isdigit())
        and rest[-1].lower == "on"
        and not any(_verb_like(w) for w in rest)
    ):
        # "met for the first time since June on Tuesday": "since June" has closed
        return False
    # "The deadliest airstrike since the coup hit a gathering on April 11": with no verb
    # before it, the "since" phrase is the subject's and the verb after it the main one
    before = tokens[: cand.first] + between[:k]
    if any(
        w.lower in _AUX
        or w.lower in _MAIN_PAST
        or w.lower in MODALS
        # "launched air strikes ..., three days after militants overran a base in the
        # deadliest assault since they entered Somalia in 2011"
        or (w.text.islower() and _verb_like(w))
        for w in before
    ):
        return True
    # "The raid, the first of its kind since commandos killed a leader in February 2022,
    # targeted a compound": an appositive holds the "since" phrase up to a comma and a verb
    if (
        between[0].text == ","
        and not any(_verb_like(w) for w in between[:k])
        and not any(
            a.text == "," and (_verb_like(b) or b.lower in MODALS) for a, b in pairwise(rest)
        )
    ):
        return True
    # "The first airstrike since the withdrawal of US troops in 2011 was carried out on
    # Friday": with no verb, modal or comma after "since" either, the date lies inside the
    # subject's phrase
    return not any(_verb_like(w) or w.lower in MODALS or w.text in (",", ";") for w in rest)


_RELATION_NOUNS = frozenset(
    ["response", "retaliation", "reprisal", "revenge", "retribution", "part", "answer"]
)
_PREDICATE_ADVERBS = frozenset(["probably", "likely", "apparently", "also", "reportedly"])


def _related_to_other(tokens: list[Token], cand: Candidate) -> bool:
    """A definite subject whose predicate relates it to another event: "the X followed",
    "built on", "came after", "came amid", "came a week after", "was (in) response to", "was
    part of"."""
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 3 and tokens[k].text[:1].isalnum():
        if tokens[k].lower in ("the", "that", "this"):
            break  # (past the noun's modifiers: "The hospital attack followed")
        k -= 1
    if k < 0 or tokens[k].lower not in ("the", "that", "this"):
        return False
    rest = [w.lower for w in tokens[cand.last + 1 : cand.last + 12]]
    if rest[:1] == [","] and "," in rest[1:]:
        # "The strike, carried out by a drone near Jilib, followed ..."
        rest = rest[rest.index(",", 1) + 1 :]
    if rest[:1] and rest[0] in ("has", "have", "had"):
        rest = rest[1:]
    if not rest:
        return False
    if rest[0] in ("followed", "follows", "follow") or (
        rest[0] in ("built", "builds", "build") and rest[1:2] == ["on"]
    ):
        return True  # ("The talks built on a telephone call ... on March 1")
    if rest[0] in _FOLLOW_VERBS and len(rest) > 1:
        return (
            rest[1] in ("amid", "after", "following")
            or (rest[1] in ("in", "as") and len(rest) > 2 and rest[2] in _RELATION_NOUNS)
            # "The attack came a week after the attacks in Paris": a count from another event
            or any(
                w in ("after", "before") and rest[k - 1] in _OFFSET_UNITS
                for k, w in enumerate(rest[2:6], 2)
            )
        )
    if rest[0] in ("was", "were", "is", "are"):
        words = [w for w in rest[1:4] if w not in _PREDICATE_ADVERBS and w not in ("a", "an", "in")]
        return bool(words) and words[0] in _RELATION_NOUNS
    return False


_RECALLS = words("revived revives revive evoked evokes recalled recalls echoed echoes")


def _recalls_other(tokens: list[Token], cand: Candidate) -> bool:
    """The trigger is the subject of a verb of recalling ("The Dahyan strike has revived
    memories of the funeral hall massacre on 8 October 2016"): dates after it are the
    recalled event's; the verb may follow the trigger's own phrase ("The attacks on Christian
    and Jewish places of worship revived memories of 18 February 2018")."""
    for t in tokens[cand.last + 1 : cand.last + 12]:
        if t.lower in _RECALLS:
            return True
        if t.lower in ("has", "have", "had", "also"):
            continue
        if not t.text[:1].isalnum() or _verb_like(t) or t.lower in REPORTING or t.lower == "to":
            return False  # (not "due to meet in Washington later this month to revive a plan")
    return False


_PAST_FORMS = frozenset(["began", "took", "came", "fell", "met", "hit", "struck", "won", "broke"])


def _verb_like(t: Token) -> bool:
    w = t.lower
    return w in _AUX or w in _PAST_FORMS or (w.endswith("ed") and len(w) > 4)


def _framing(tokens: list[Token], first: int) -> bool:
    """The noun phrase starting near token ``first`` is the object of a framing phrase:
    "on the sidelines of", "on the margins of", "during", "in the course of", "at"."""
    k = first - 1
    while k >= 0 and first - k <= 4 and tokens[k].lower not in ("of", "during", "at"):
        if not tokens[k].text[:1].isalnum() and tokens[k].text not in "'’":
            return False
        k -= 1
    if k < 0 or first - k > 4:
        return False
    if tokens[k].lower in ("during", "at"):
        return True
    return k >= 1 and tokens[k - 1].lower in ("sidelines", "margins", "margin", "course")


def _framing_date(
    tokens: list[Token],
    clauses: list[tuple[int, int]],
    cand: Candidate,
    timexes: list[Timex],
    claimed: dict[int, Candidate],
) -> DateChoice | None:
    """ "On the sidelines of this week's round, X also met Y", "During Monday's visit, the
    minister met the rebels": an event framed by a dated event of the same sentence takes its
    date (the frame's phrase ends at the comma before the main clause)."""
    for t in timexes:
        c = claimed.get(id(t))
        if (
            c is None
            or c is cand
            or not _framing(tokens, min(c.first, token_index(tokens, t.start)))
        ):
            continue
        end = max(c.last, token_index(tokens, t.end - 1))
        fronted = tokens[0].lower in ("on", "during", "at", "in") or cand.pos == "verb"
        coordinated = end + 2 < len(tokens) and tokens[end + 2].lower in _COORDINATORS
        if (
            end + 1 < len(tokens)
            and tokens[end + 1].text == ","
            and end < cand.first
            and fronted
            and not coordinated  # "... at a meeting on Wednesday, and Kerry met X on Friday"
        ):
            return from_timex(t, "the date of the event that frames it", "clause")
    return None


def _in_temporal_pp(tokens: list[Token], cand: Candidate) -> bool:
    """The trigger heads the object of "after", "before", "since", "following", "until" or
    "ahead of" ("ahead of Albright's one-day trip", "after the bombing"): an event placed
    before or after the main one."""
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 5:
        w = tokens[k].lower
        if w in _TEMPORAL_OPENERS and w != "ahead":
            return True
        if w == "of":
            return k > 0 and tokens[k - 1].lower == "ahead"
        if not (tokens[k].text[:1].isalnum() or tokens[k].text in ("'s", "’s", "'", "’", "-")):
            return False
        if w in _AUX or w in REPORTING or w in ("and", "or", "to", "in", "on", "at", "with"):
            return False
        k -= 1
    return False


# Verbs of a legal or police process about an event: the date of "charged ... in the
# slaying" is the charging's.
_PROCESS = frozenset(
    "charged arrested indicted convicted sentenced sought wanted questioned detained jailed "
    "tried acquitted suspected accused implicated prosecuted held booked named".split()
)


def _case_of(tokens: list[Token], cand: Candidate) -> bool:
    """The trigger noun is the case a legal or police act is about: "charged with murder
    Thursday in the slaying of a doctor", "arrested on Monday over the bombing"."""
    if cand.pos != "noun":
        return False
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 4 and tokens[k].lower not in ("in", "for", "over"):
        if not tokens[k].text[:1].isalnum() and tokens[k].text not in ("'s", "’s"):
            return False
        k -= 1
    if k < 1 or tokens[k].lower not in ("in", "for", "over"):
        return False
    return any(
        tokens[x].lower in _PROCESS and not _attributive(tokens, x) for x in range(max(0, k - 8), k)
    )


def _attributive(tokens: list[Token], x: int) -> bool:
    """ "two suspected militants", "Suspected rebels": a participle before its noun, no verb."""
    return (
        x == 0
        or tokens[x - 1].lower in DETERMINERS
        or number_value(tokens[x - 1].lower) is not None
    )


_COMPLEMENT = re.compile(
    r"\bthat\s+(?:[\w'’-]+\s+){1,6}?(?:would|will|could|should|might|may|must|to)\b"
    # "The meeting ... decided to send a delegation to Kabul later this month": a decision's
    # infinitive names an act of its own
    r"|\b(?:decided|agreed|voted|resolved|pledged|vowed|promised|chose|opted)\s+to\s+[a-z]",
    re.I,
)


def _complement_between(text: str, cand: Candidate, t: Timex) -> bool:
    """A "that" clause with its own modal, or a decision's infinitive, stands between the
    trigger and a later timex: "agreed during the call that their deputies would finalize an
    agenda over the weekend" (the weekend is the finalizing's)."""
    return t.start > cand.end and bool(_COMPLEMENT.search(text, cand.end, t.start))


_ARTICLES = frozenset(["a", "an", "the"])
_NOT_MODIFIERS = frozenset(
    "after before since until following during of in on at to for with by from and or but "
    "hours days weeks months years".split()
)


def _appositive_date(
    tokens: list[Token],
    cand: Candidate,
    timexes: list[Timex],
    claimed: dict[int, Candidate],
    others: Sequence[Candidate],
) -> DateChoice | None:
    """ "last met in October 2017 on the sidelines of a regional summit in Geneva, a meeting
    that produced an agreement": a noun in apposition to an event of its kind in the same
    clause takes that event's date (the date of the clause before the comma)."""
    if cand.pos != "noun" or cand.first < 3:
        return None
    # ", a meeting that ...", ", a regional meeting", ", the first talks": an article right
    # after the comma, then at most two lowercase modifiers
    art = next(
        (
            k
            for k in range(cand.first - 1, max(0, cand.first - 4), -1)
            if tokens[k].lower in _ARTICLES
        ),
        None,
    )
    if art is None or art < 1 or tokens[art - 1].text != ",":
        return None
    if any(
        not (w.text.isalpha() and w.text.islower()) or w.lower in _NOT_MODIFIERS
        for w in tokens[art + 1 : cand.first]
    ):
        return None
    if any(_dates_own_phrase(tokens, cand, t, claimed) for t in timexes):
        return None  # ", the truck bombing in Mogadishu on October 14, 2017": its own date
    k = art - 1
    kind = cand.rule.plover_type
    same = [
        c for c in others if c is not cand and c.rule.plover_type == kind and k - 5 <= c.last < k
    ]
    if not same:
        return None
    before = [
        t
        for t in timexes
        if t.end <= tokens[k].start
        and not is_reporting(tokens, t)
        and not is_boundary(tokens, t)
        and (claimed.get(id(t)) is None or claimed[id(t)].rule.plover_type == kind)
    ]
    if not before:
        return None
    t = max(before, key=lambda t: t.start)
    return from_timex(t, "in apposition to an event of its kind", "clause")


# Words that end a noun's own phrase: a clause or another event begins.
_OWN_PHRASE_STOPS = frozenset("that which who when where after before since as while".split())


def _dates_own_phrase(
    tokens: list[Token], cand: Candidate, t: Timex, claimed: dict[int, Candidate]
) -> bool:
    """A free timex after the trigger with no comma or verb between them: the noun's own
    phrase ("the truck bombing at the Zoobe junction on October 14, 2017") dates it."""
    if claimed.get(id(t)) is not None or t.start < tokens[cand.last].end:
        return False
    between = [w for w in tokens[cand.last + 1 :] if w.end <= t.start]
    return len(between) <= 12 and not any(
        w.text in ",;:()" or w.lower in _OWN_PHRASE_STOPS for w in between
    )


def _in_parenthetical(tokens: list[Token], cand: Candidate, t: Timex) -> bool:
    """The timex lies in a phrase set off by commas right after the trigger or its
    prepositional phrase ("The visit, his first since 2019, will take place next month", "A
    meeting between church leaders and the minister, postponed in July, finally took place
    on August 14"): the predicate's own date comes first."""
    comma = cand.last + 1
    if comma < len(tokens) and tokens[comma].lower in PREPOSITIONS:
        comma = next(
            (
                k
                for k in range(comma + 1, min(len(tokens), comma + 12))
                if not tokens[k].text[:1].isalnum() or tokens[k].lower in _AUX
            ),
            len(tokens),
        )
    if comma >= len(tokens) or tokens[comma].text != ",":
        return False
    if comma > cand.last + 1 and (_DUE | {"planned"}) & {
        w.lower for w in tokens[comma + 1 : comma + 3]
    }:
        return False  # "A summit of the leaders, originally planned for January, ...": its slot
    i = token_index(tokens, t.start)
    if i <= comma:
        return False
    return not any(tokens[k].text in ",;:" for k in range(comma + 1, i)) and any(
        tokens[k].text == "," for k in range(i + 1, min(len(tokens), i + 12))
    )


def _colon_between(tokens: list[Token], cand: Candidate, t: Timex) -> bool:
    i = token_index(tokens, t.start)
    lo, hi = (cand.last + 1, i) if i > cand.last else (i + 1, cand.first)
    entry = timeline_entry(tokens)  # ("March 3: Jets strike a depot": the entry's own date)
    label = _entry_label_end(tokens, entry) if entry is not None else None
    return any(tokens[k].text in (":", ";") and k not in (entry, label) for k in range(lo, hi))


def _entry_label_end(tokens: list[Token], entry: int) -> int | None:
    """The colon closing a place label in capitals after an entry's dash ("Monday, Nov 3 —
    KYAUKTAW: A jet bombs the hospital"): part of the heading, not a clause break."""
    k = entry + 1
    while k < len(tokens) and (tokens[k].text.isupper() or tokens[k].text in ("/", "-", ",")):
        k += 1
    return k if k > entry + 1 and k < len(tokens) and tokens[k].text == ":" else None


def _when_clause_date(
    tokens: list[Token], cand: Candidate, timexes: list[Timex]
) -> DateChoice | None:
    """ "since 2016, when a double suicide bombing killed 45 people", "last October, when a
    strike hit a camp": a "when" clause right after a date describes what happened then; its
    events take that date (even after "since", which bounds only the main clause)."""
    k = cand.first - 1
    while k >= 0 and tokens[k].lower != "when":
        if tokens[k].text in ",;:()" or tokens[k].lower in _CLAUSE_WORDS or cand.first - k > 10:
            return None
        k -= 1
    if k < 2 or tokens[k - 1].text != ",":
        return None
    ends = {tokens[k - 2].end}
    # (past an appositive to the date: "on 11 April, the day of the election, when ...")
    j = next((j for j in range(k - 2, max(0, k - 10), -1) if tokens[j].text in ",;:()"), None)
    if j is not None and j >= 1 and tokens[j].text == "," and tokens[j + 1].lower == "the":
        ends.add(tokens[j - 1].end)
    for t in timexes:
        if t.end in ends and t.resolution.start is not None:
            finer = _finer_inside(tokens, cand, timexes, t)
            if finer is not None:
                # "last month, when the two sides held talks ... on January 9"
                return from_timex(finer, "a finer date inside the 'when' clause", "clause")
            month = _month_inside(tokens, cand, timexes, t)
            if month is not None:
                return month
            return from_timex(t, "the date a following 'when' clause describes", "clause")
    return None


def _month_inside(
    tokens: list[Token], cand: Candidate, timexes: list[Timex], anchor: Timex
) -> DateChoice | None:
    """ "since 2018, when suicide bombers struck the ministry in December": a month named
    without its year after the trigger, in its clause, is that month of the year the
    "when" clause describes."""
    a = anchor.resolution
    if a.granularity != "year" or a.start is None:
        return None
    for t in timexes:
        r = t.resolution
        if (
            t.start > tokens[cand.last].end
            and r.granularity == "month"
            and r.start is not None
            and not re.search(r"\d", t.text)
            and not any(
                x.text in ";:" or x.lower in _CLAUSE_WORDS
                for x in tokens[cand.last + 1 : token_index(tokens, t.start)]
            )
        ):
            month = month_value(a.start.year, r.start.month, f"in the year of '{anchor.text}'")
            return from_timex(
                replace(t, resolution=month), "a month inside the 'when' clause", "clause"
            )
    return None


def _anniversary_date(
    tokens: list[Token], cand: Candidate, published: date | None
) -> DateChoice | None:
    """ "gathered on Wednesday to mark one year since gunmen killed 140 people", "it has been
    ten years since the bombing": an anniversary marked now dates its event N years back,
    to the month (the day is the anniversary's, which the text may or may not keep)."""
    if published is None:
        return None
    k = cand.first - 1
    while k >= 0 and tokens[k].lower != "since":
        if (
            tokens[k].text in ";:()"
            or cand.first - k > 20
            or (
                tokens[k].text == ","
                and (tokens[k + 1].lower in _CLAUSE_WORDS or tokens[k + 1].lower in ("and", "but"))
            )
        ):
            return None  # ", and militants attacked ...": another clause
        k -= 1
    if k < 2 or tokens[k - 1].lower not in ("year", "years"):
        return None
    n_word = tokens[k - 2].lower
    n = 1 if n_word in ("a", "one") else number_value(n_word)
    if n is None and n_word.isdigit():
        n = int(n_word)
    if not n or n > 100:
        return None
    why = f"anniversary: '{n_word} year(s) since' counted back from the publication date"
    r = month_value(published.year - n, published.month, why)
    return DateChoice(r.value, r.start, r.end, r.granularity, "approximate", why, "clause")


def _narrows(t: Timex, period: Timex) -> bool:
    """ "The fighting this month began with a clash on October 16": of two dates of one
    clause, the finer one inside the other's span says when."""
    r, p = t.resolution, period.resolution
    return (
        None not in (r.start, r.end, p.start, p.end, r.granularity, p.granularity)
        and GRANULARITIES.index(r.granularity) < GRANULARITIES.index(p.granularity)
        and p.start <= r.start
        and r.end <= p.end
    )


_NOT_THE_SAME = frozenset("and but first second third last latest".split())


def _in_clause(
    tokens: list[Token],
    cand: Candidate,
    chosen: Timex,
    free: list[Timex],
    others: Sequence[Candidate],
) -> DateChoice:
    """The clause's date, or a day inside its period told after it with no other trigger
    between: "hit targets near Kobani two weeks ago, on the night of September 23", "fired
    into the camp last month, killing five people on February 11"."""
    later = [
        t
        for t in free
        if t.start > chosen.end
        and not any(o is not cand and chosen.end <= o.start < t.start for o in others)
        # (not another clause, nor one of several: "three rounds of talks this year, the
        # first on May 16")
        and not any(
            w.lower in _NOT_THE_SAME
            for w in tokens[token_index(tokens, chosen.end - 1) : token_index(tokens, t.start)]
        )
    ]
    coarse = GRANULARITIES.index(chosen.resolution.granularity or "day") > GRANULARITIES.index(
        "day"
    )
    finer = (
        _finer_inside(tokens, cand, later, chosen) if coarse and chosen.start > cand.end else None
    )
    if finer is not None:
        return from_timex(finer, "a finer date later in the sentence", "clause")
    return from_timex(chosen, "same clause", "clause")


def _finer_inside(
    tokens: list[Token], cand: Candidate, timexes: list[Timex], anchor: Timex
) -> Timex | None:
    """A day-precision date after the trigger, in its clause, within the anchor's span."""
    a = anchor.resolution
    for t in timexes:
        r = t.resolution
        if (
            t.start > tokens[cand.last].end
            and r.granularity == "day"
            and a.granularity != "day"
            and r.start is not None
            and a.start is not None
            and a.end is not None
            and a.start <= r.start <= a.end
            and not any(
                x.text in ";:" or x.lower in _CLAUSE_WORDS
                for x in tokens[cand.last + 1 : token_index(tokens, t.start)]
            )
        ):
            return t
    return None


# Verbs of showing or telling whose object event is not what the clause's date is about.
_DEPICTING = frozenset(
    "show shows showed showing shown depict depicts depicted depicting purporting purported "
    "describing describe describes described recounting recount recounts recounted "
    "documenting document documents documented".split()
)


def _depicted(tokens: list[Token], cand: Candidate) -> bool:
    """The trigger noun is the object of a verb of showing ("a video purporting to show
    the assault", "footage showing the attack", "a report documenting the raids")."""
    if cand.pos != "noun":
        return False
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 4:
        w = tokens[k].lower
        if w in _DEPICTING:
            return True
        if not tokens[k].text[:1].isalnum() or w in _AUX:
            return False
        k -= 1
    return False


_OVERNIGHT_NOUNS = frozenset("stay stays curfew flight flights trip train bus shift".split())


def _overnight(
    tokens: list[Token],
    cand: Candidate,
    clause: tuple[int, int],
    timexes: list[Timex],
    published: date | None,
) -> DateChoice | None:
    """ "Warplanes carried out airstrikes overnight, residents said Thursday": the night
    that ends on the day of the report, so that day (the statement's, else the publication
    day's). Only an adverb right after the trigger's phrase or opening its clause counts
    ("an overnight curfew", "the sites struck overnight with the attacks" do not)."""
    hi = clause[1]
    at = None
    first = 1 if tokens and tokens[0].lower in ("but", "and", "then") else 0
    if (
        len(tokens) > first + 1
        and tokens[first].lower == "overnight"
        and tokens[first + 1].text == ","
        and first + 1 < cand.first
    ):
        at = first  # "Overnight, warplanes struck ..."
    for k in range(cand.last + 1, min(hi + 1, cand.last + 12)):
        if not tokens[k].text[:1].isalnum():
            break  # "struck the town, ... overnight": another phrase
        if tokens[k].lower == "overnight":
            noun_after = k + 1 < len(tokens) and tokens[k + 1].lower in _OVERNIGHT_NOUNS
            if not noun_after and tokens[k - 1].lower not in _DETERMINERS_OF_NP:
                at = k
            break
    if at is None:
        return None
    said = [t for t in timexes if is_reporting(tokens, t) and t.resolution.granularity == "day"]
    if said:
        t = min(said, key=lambda t: abs(t.start - tokens[at].start))
        return from_timex(t, "overnight before the day of the report", "clause")
    if published is None:
        return None
    return DateChoice(
        published.isoformat(),
        published,
        published,
        "day",
        "relative",
        "overnight before the publication day: 'overnight' -> " + published.isoformat(),
        "clause",
        tokens[at].text,
        tokens[at].start,
        tokens[at].end,
    )


def _in_relative(tokens: list[Token], clauses: list[tuple[int, int]], t: Timex) -> bool:
    return tokens[clause_of(clauses, token_index(tokens, t.start))[0]].lower in _RELATIVES


_RELATIVES = frozenset(["which", "who", "whom", "whose"])


def _outside_own_relative(tokens: list[Token], cand: Candidate, t: Timex) -> bool:
    """The trigger stands in a relative clause set off by commas and the date lies outside it
    ("The president, who declared martial law after the siege began, will visit troops on
    Thursday"): a date to come is the main clause's (a past one may be the occasion of both:
    "forces raided a compound late Saturday, cornering the leader, who blew himself up")."""
    opener = next(
        (
            k
            for k in range(cand.first - 1, 0, -1)
            if tokens[k].text in ",;:" or tokens[k].lower in _RELATIVES
        ),
        None,
    )
    if opener is None or tokens[opener].lower not in _RELATIVES or tokens[opener - 1].text != ",":
        return False
    close = next((k for k in range(cand.last + 1, len(tokens)) if tokens[k].text == ","), None)
    if close is None:
        return False
    k = token_index(tokens, t.start)
    return not opener < k < close


def _pluperfect_relative(tokens: list[Token], clause: tuple[int, int], cand: Candidate) -> bool:
    """The trigger stands in a relative clause whose verb is in the past perfect ("who had
    taken part in the attack")."""
    return tokens[clause[0]].lower in _RELATIVES and any(
        t.lower == "had" for t in tokens[clause[0] : cand.first]
    )


def _other_relative_clause(
    tokens: list[Token], clauses: list[tuple[int, int]], clause: tuple[int, int], t: Timex
) -> bool:
    """The timex lies in a relative clause ("..., which fell last year,") that is not the
    trigger's clause."""
    where = clause_of(clauses, token_index(tokens, t.start))
    if where == clause or tokens[where[0]].lower not in _RELATIVES:
        return False
    if tokens[where[0]].lower == "whom":
        # another subject's act with a person ("Tiani, with whom he signed a pact in
        # September"), unlike the person's own movements ("Dobbins, who is due on Monday")
        return True
    if (
        tokens[where[0]].lower == "who"
        and where[0] + 2 <= where[1]
        and tokens[where[0] + 1].lower == "had"
        and tokens[where[0] + 2].lower != "been"
    ):
        return True  # the person's earlier act: "Khairul, who had spoken to both the day before"
    # "The summit, which ended on Wednesday, ...", "the massacre, in which 160 people died on
    # June 5": a relative clause on the trigger is its own
    before = where[0] - 1
    if before >= 0 and tokens[before].lower in PREPOSITIONS:
        before -= 1
    if before >= 0 and tokens[before].text == ",":
        before -= 1
    # "held a round of talks in the Qatari capital, Doha, which began on Monday": an
    # apposition between the clause and the relative has no verb for it to describe
    named = clause_of(clauses, before) if before >= 0 else clause
    if (
        named != clause
        and named[1] == before
        and is_apposition(tokens, named)
        and named[0] >= 2
        and tokens[named[0] - 1].text == ","
        and named[0] - 2 == clause[1]
    ):
        before = clause[1]
    return not (clause[0] <= before <= clause[1] and before == clause[1])


_HEARSAY_PARTICIPLES = frozenset(
    "believed thought suspected alleged known understood presumed rumoured rumored".split()
)
_ASIDE_STOPS = frozenset(
    "as when while after before since because until it he she they we i you who which that".split()
)


def _participle_aside(
    tokens: list[Token], clauses: list[tuple[int, int]], clause: tuple[int, int], t: Timex
) -> bool:
    """The timex dates the participle of an aside on another noun: "The patrol, part of
    Operation Mirador, the deployment launched in 2022, was hit by a roadside bomb" (not the
    trigger's own aside: "The strike, carried out on Monday, killed five")."""
    where = clause_of(clauses, token_index(tokens, t.start))
    a, b = where
    if where == clause or a == 0 or tokens[a - 1].text != "," or b + 1 >= len(tokens):
        return False
    if tokens[b + 1].text != ",":
        return False
    if tokens[a].text in _HEARSAY_PARTICIPLES and clause[0] > b:
        # "a group of militants, believed to have infiltrated earlier this year, was behind
        # the ambush": an aside opened by a participle on the subject, before the trigger
        return True
    if tokens[a].lower not in ("the", "a", "an", "part"):
        return False
    if any(w.lower in _AUX or w.lower in _ASIDE_STOPS for w in tokens[a : b + 1]):
        return False  # (a list with a clause of its own: "the minister as it approached")
    return any(
        tokens[i].text.islower()
        and tokens[i].lower.endswith("ed")
        and tokens[i - 1].text.isalpha()
        and tokens[i - 1].lower not in _ASIDE_STOPS
        for i in range(a + 1, token_index(tokens, t.start))
    )


# Verbs of what is said in a call: "called X and expressed his regrets".
_SAID_IN_A_CALL = frozenset(
    [
        "expressed",
        "conveyed",
        "offered",
        "apologized",
        "apologised",
        "apologize",
        "apologise",
        "voiced",
        "assured",
        "extended",
        "congratulated",
        "condoled",
        "told",
        "said",
        "urged",
        "regretted",
    ]
)


def is_setting(tokens: list[Token], cand: Candidate) -> bool:
    """A meeting noun named as the place of a statement ("told a meeting", "at the
    summit"), a meeting a statement follows ("said Tuesday after meeting X"), or a phone
    call made to say something ("called Gen X and expressed his
    regrets", "telephoned to apologise")."""
    if cand.pos != "noun":
        k = cand.first - 1
        if (
            cand.text.lower().endswith("ing")
            and k > 0
            and tokens[k].lower in ("after", "following")
            and any(t.lower in REPORTING for t in tokens[max(0, k - 4) : k])
        ):
            return True  # "said Tuesday after meeting the president": said at its close
        if cand.rule.plover_mode != "phone":
            return False
        after = [t.lower for t in tokens[cand.last + 1 : cand.last + 9]]
        return any(
            w in _SAID_IN_A_CALL and k > 0 and after[k - 1] in ("and", "to")
            for k, w in enumerate(after)
        )
    # The noun phrase may be long: "at a United Nations Security Council meeting".
    np = cand.first
    while np > 0 and cand.first - np < 7:
        t = tokens[np - 1]
        if t.lower in _DETERMINERS_OF_NP:
            np -= 1
            break
        if not (t.text[:1].isupper() or t.text[:1].isdigit()):
            break
        np -= 1
    return any(t.lower in _SETTING for t in tokens[max(0, np - 4) : cand.first])


def statement_date(
    tokens: list[Token], cand: Candidate, timexes: list[Timex], claimed: dict[int, Candidate]
) -> DateChoice | None:
    """The date of a statement in the sentence, for a meeting that is its setting.

    Statements are made at meetings, visits and calls ("told a meeting of the Council on
    Thursday", "said at the summit on Friday"), so for a meeting noun introduced as the
    setting ("at", "told", "during", "addressing") a reporting date is a late resort (after
    anaphora). A meeting the statement announces ("said Saturday he will visit") is not
    dated by it.
    """
    if not is_setting(tokens, cand):
        return None  # the meeting is not where the statement was made
    said = [t for t in timexes if id(t) not in claimed and is_reporting(tokens, t)]
    if not said:
        return None
    t = min(said, key=lambda t: min(abs(t.start - cand.end), abs(cand.start - t.end)))
    return from_timex(t, "date of the statement made at the meeting", "statement")


# A plan that stands now: "is due to", "would chair", "will meet".
_PLAN_NOW_WORDS = frozenset(
    # (a plan in the present: "prepares to meet the governors on Tuesday")
    "is are am will would prepares plans intends hopes aims seeks wants expects".split()
)
# A weekday the tense around it read as the past one (a part of the day included).
_PAST_WEEKDAY = ("(weekday on or before DCT (", "(weekday (past))")


def plan_ahead(
    choice: DateChoice, tokens: list[Token], cand: Candidate, published: date | None
) -> DateChoice:
    """A planned event's own weekday read as the past one is the coming one: "would chair a
    meeting of the security council on Saturday", "is due to sit down with negotiators ...
    in Bogota on Thursday" (the tense of a verb nearer the day is not the plan's). The day
    must follow the plan's word unless attached to it ("named on Friday as envoy, has said
    he will travel": Friday is the naming's). A plan reported off is dated by the nearest
    day of its name already, and is not planned; so is a plan told in the past ("was due
    to meet on Monday" may be Monday gone)."""
    if (
        published is None
        or not _PLAN_NOW_WORDS & {t.lower for t in tokens[max(0, cand.first - 6) : cand.first]}
        or choice.source not in ("attached", "clause", "sentence")
        or (choice.source != "attached" and (choice.timex_start or 0) < cand.end)
        or choice.start is None
        or choice.end is None
        or choice.value is None
        or not published - timedelta(days=7) < choice.start < published
        or not any(k in choice.reason for k in _PAST_WEEKDAY)
    ):
        return choice
    week = timedelta(days=7)
    start = choice.start + week
    return replace(
        choice,
        value=start.isoformat() + choice.value[10:],
        start=start,
        end=choice.end + week,
        reason=f"{choice.reason}; a plan still to come: the coming one, {start.isoformat()}",
    )


def named_date(
    choice: DateChoice, event_type: str, published: date | None, named: Sequence[NamedDate]
) -> DateChoice:
    """The date of a named event ("the Sept 11 attacks") for an expression attached to it."""
    if (
        choice.source != "attached"
        or not choice.timex_text
        or re.search(r"\d{4}", choice.timex_text)
    ):
        return choice
    key = date_key(choice.timex_text)
    for n in named:
        if (
            key in n.expressions
            and event_type in n.types
            and (published is None or published > n.value)
        ):
            iso = n.value.isoformat()
            return replace(
                choice,
                value=iso,
                start=n.value,
                end=n.value,
                granularity="day",
                date_type="exact",
                reason=f"named event '{n.name}': '{choice.timex_text}' -> {iso} (taxonomy.toml)",
            )
    return choice


_LATER = re.compile(
    r"^(?:(?:just|only|a\s+few|several|some)\s+)?(?:hours|days|weeks)\s+later$", re.IGNORECASE
)


def is_later(timex: Timex) -> bool:
    """An unanchored "days later" / "weeks later" that the tagger could not resolve."""
    return not usable(timex) and bool(_LATER.match(timex.text.strip()))


def after_anchor(timex: Timex, anchor: DateChoice) -> DateChoice | None:
    """Date of an event "days later" than the previous event of the story.

    The date stays at the anchor's precision when the anchor is a month or coarser ("Last
    month ... Days later" -> that month); after a day, "hours later" is that day and "days
    later" that month while the anchor is early enough in it; otherwise no date.
    """
    if anchor.value is None or anchor.start is None or anchor.end is None:
        return None
    unit = timex.text.lower().split()[-2]
    why = f"'{timex.text}' after the previous event ({anchor.reason})"
    if anchor.granularity not in ("time", "day", "week"):
        return replace(anchor, date_type="approximate", reason=why, source="relative")
    if anchor.granularity == "week":
        return None
    if unit == "hours":
        day = anchor.start
        return replace(
            anchor,
            value=day.isoformat(),
            end=day,
            granularity="day",
            date_type="approximate",
            reason=why,
            source="relative",
        )
    if unit == "days" and anchor.start.day <= 21:
        return _month_of(anchor.start, why, timex.text, timex.start, timex.end)
    return None


def _month_of(
    day: date, why: str, text: str | None, start: int | None, end: int | None
) -> DateChoice:
    """ "Days later" than a day early in a month: that month, approximately."""
    first = day.replace(day=1)
    return DateChoice(
        first.strftime("%Y-%m"),
        first,
        _shift_months(first, 1) - timedelta(days=1),
        "month",
        "approximate",
        why,
        "relative",
        text,
        start,
        end,
    )


_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_YEARS_OLD = re.compile(r"^([\w]+)-year$")
_ANAPHORIC_SUBJECTS = frozenset(["that", "this", "it", "which"])


def _anniversary_years(tokens: list[Token], at: int) -> int | None:
    """N of "the Nth anniversary" / "the N-year anniversary" for the token ``at``
    ("anniversary"), else None."""
    for k in range(at - 1, max(-1, at - 3), -1):
        w = tokens[k].lower
        m = _ORDINAL.match(w)
        if m:
            return int(m.group(1))
        if w in ORDINALS:
            return ORDINALS[w]
        m = _YEARS_OLD.match(w)
        if m:
            return number_value(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else None)
    return None


def anniversary(
    tokens: list[Token],
    cand: Candidate,
    timexes: list[Timex],
    previous: list[Timex],
) -> DateChoice | None:
    """The date of an event remembered by its Nth anniversary, N years before the day the
    anniversary falls on.

    "Saturday marks the 10th anniversary of the bombing": the bombing was 10 years before
    that Saturday. The anniversary's date is a timex of the sentence, or, when the sentence
    opens with a pronoun ("That would be the 20th anniversary of the attacks"), the last
    date of the previous sentence it points back to. Without a stated N, or a date, or at a
    week's precision, the event stays undated.
    """
    j = cand.first - 1
    while j >= 0 and tokens[j].lower != "of" and cand.first - j <= 4:
        j -= 1
    if j < 1 or tokens[j].lower != "of" or tokens[j - 1].lower != "anniversary":
        return None
    years = _anniversary_years(tokens, j - 1)
    if not years:
        return None
    own = [t for t in timexes if usable(t) and not is_boundary(tokens, t)]
    anchor = None
    if own:
        anchor = min(own, key=lambda t: min(abs(t.start - cand.end), abs(cand.start - t.end)))
    elif tokens and tokens[0].lower in _ANAPHORIC_SUBJECTS and previous:
        anchor = previous[-1]
    if anchor is None:
        return None
    r = anchor.resolution
    if r.start is None or r.granularity not in ("day", "time", "month", "year"):
        return None
    try:
        day = r.start.replace(year=r.start.year - years)
    except ValueError:  # February 29
        day = r.start.replace(year=r.start.year - years, day=28)
    if r.granularity in ("day", "time"):
        value, start, end, gran = day.isoformat(), day, day, "day"
    elif r.granularity == "month":
        first = day.replace(day=1)
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        value, start, end, gran = first.strftime("%Y-%m"), first, nxt - timedelta(days=1), "month"
    else:
        value, start, end, gran = (
            str(day.year),
            date(day.year, 1, 1),
            date(day.year, 12, 31),
            "year",
        )
    return DateChoice(
        value,
        start,
        end,
        gran,
        r.date_type,
        f"the {years}-year anniversary of the event falls on '{anchor.text}' -> {r.value}: "
        f"the event is {years} years earlier",
        "relative",
        anchor.text,
        anchor.start,
        anchor.end,
    )


def count_from_anchors(text: str, mentions: list, published: date | None) -> list:
    """Date the mentions placed a count of units from an event of their sentence ("Two days
    after the bombing, gunmen attacked ...") from that event's final date (it may come from
    its antecedent), or from the publication date when the sentence's main clause is in the
    present ("Nine days after the army bombed a ceremony, residents are still identifying
    the dead"). Only a mention with no date from its own sentence is changed; when the
    anchor event stays undated, a date carried by narrative or document focus is dropped (it
    is the anchor's neighbourhood, not the event's day)."""
    out = list(mentions)
    for i, m in enumerate(out):
        reason = m.date_reason or ""
        if not (m.date_value is None or reason.startswith(_CARRIED)):
            continue
        if not _OFFSET_HINT.search(m.sentence_text):
            continue
        s, e = m.sentence_start, m.sentence_end
        tokens = tokenize(text, s, e)
        off = find_offset(tokens, clause_spans(tokens), token_index(tokens, m.trigger_start))
        if off is None:
            continue
        lo, hi = tokens[off.anchor[0]].start, tokens[off.anchor[1]].end
        if lo <= m.trigger_start < hi:
            if _heads_anchor(tokens, off, token_index(tokens, m.trigger_start)):
                out[i] = _anchor_from_main(text, tokens, off, m, out, published)
            continue
        anchors = [
            a
            for a in out
            if a is not m
            and a.sentence_start == s
            and lo <= a.trigger_start < hi
            and _heads_anchor(tokens, off, token_index(tokens, a.trigger_start))
        ]
        if not anchors:
            continue
        if any((a.date_reason or "").startswith(_STATEMENT_ANCHOR) for a in anchors):
            # the count follows a statement, not this event; a toll counted from the
            # anchor's event is that event ("The toll from the massacre has risen, sources
            # said on Tuesday, four days after the deadliest attack")
            same = [a for a in anchors if a.event_type == m.event_type and a.date_value]
            if same and _toll_of(tokens, token_index(tokens, m.trigger_start)):
                a = same[0]
                why = f"the event the toll is counted from: '{a.trigger_text}' dated {a.date_value}"
                out[i] = _set_date(m, replace(_as_anchor(a), reason=why, timex_text=a.timex_text))
            continue
        moved = None
        for a in anchors:
            if a.date_value is None or (a.date_reason or "").startswith(_CARRIED):
                continue  # an anchor dated only by the narrative around it is no anchor
            moved = offset_choice(off, _as_anchor(a), f"'{a.trigger_text}' dated {a.date_value}")
            if moved is not None:
                moved = replace(moved, timex_text=a.timex_text)
                break
        count = _span_text(text, tokens, off.first, off.rel)
        if moved is None:
            if m.date_value is None or reason.startswith(_DOCUMENT):
                continue  # the story's own event keeps the day the document gives it
            moved = unresolved(
                f"'{count}' an event it does not date: the focus date is not this event's"
            )
        out[i] = _set_date(m, moved)
    return out


_FOLLOW_VERBS = frozenset({"came", "comes", "come"})
_DOCUMENT = "document focus"
_NARRATIVE = ("narrative focus", "scene set")
_CARRIED = (*_NARRATIVE, _DOCUMENT)
_OFFSET_HINT = re.compile(
    r"\b(?:(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)|eve\s+of|"
    r"same\s+(?:day|night|morning|afternoon|evening)\s+(?:as|that))\b",
    re.IGNORECASE,
)


def _anchor_from_main(
    text: str, tokens: list[Token], off: Offset, m, out: list, published: date | None
):
    """The event an "N units after" phrase is anchored on ("The meeting came two weeks
    after a bomb exploded ...") is that count before the date of the sentence's main event
    (which may come from its antecedent). With no such event, "The hearing came three days
    after ..." counts back from the date the narrative carries to the sentence: the subject
    that "came" is what the passage reports on that date; a count opening a sentence whose
    main clause is in the present counts back from the publication date. Otherwise a date
    carried to the anchor by the narrative around is dropped."""
    lo, hi = tokens[off.first].start, tokens[off.anchor[1]].end
    for a in out:
        if (
            a is m
            or a.sentence_start != m.sentence_start
            or lo <= a.trigger_start < hi
            or a.date_value is None
            or (a.date_reason or "").startswith(_NARRATIVE)
        ):
            continue
        back = replace(off, sign=-off.sign)
        moved = offset_choice(back, _as_anchor(a), f"'{a.trigger_text}' dated {a.date_value}")
        if moved is not None:
            moved = replace(
                moved,
                timex_text=a.timex_text,
                reason=f"the anchor of '{_span_text(text, tokens, off.first, off.rel)}': "
                f"{moved.reason}",
            )
            return _set_date(m, moved)
        break
    if published is not None and _opens_present_clause(tokens, off):
        back = replace(off, sign=-off.sign)
        day = published.isoformat()
        now = DateChoice(day, published, published, "day", "relative", "", "document", "")
        moved = offset_choice(back, now, "the report")
        if moved is not None:
            count = _span_text(text, tokens, off.first, off.rel)
            why = f"'{count}' opening a present-tense sentence: counted back from the report {day}"
            return _set_date(m, replace(moved, timex_text=None, reason=why))
    if m.date_value is None:
        return m
    if off.first > 0 and tokens[off.first - 1].lower in _FOLLOW_VERBS:
        back = replace(off, sign=-off.sign)
        moved = offset_choice(back, _as_anchor(m), f"the focus date {m.date_value}")
        if moved is not None:
            return _set_date(
                m,
                replace(
                    moved,
                    timex_text=m.timex_text,
                    reason=f"the anchor of '{_span_text(text, tokens, off.first, off.rel)}' "
                    f"after the thing the passage reports on its focus date: {moved.reason}",
                ),
            )
    return _set_date(
        m,
        unresolved(
            f"the anchor of '{_span_text(text, tokens, off.first, off.rel)}' an event "
            "the sentence does not date: the focus date is not this event's"
        ),
    )


_COUNT_OPENERS = frozenset(
    "just exactly some barely only nearly almost more less over than about".split()
)
_PRESENT_VERBS = frozenset("is are remain remains continue continues has have".split())
_PAST_AUXILIARIES = frozenset("was were had did".split())


def _opens_present_clause(tokens: list[Token], off: Offset) -> bool:
    """Whether a count of days, months or years opens its sentence and the clause after its
    anchor is in the present: "Nine days after the army bombed a ceremony, residents are
    still identifying the dead" counts from the day of the report."""
    if off.unit == "weeks" or any(t.lower not in _COUNT_OPENERS for t in tokens[: off.first]):
        return False  # weeks counted back from a report are loose ("six weeks after" a month)
    k = off.anchor[1] + 1
    if k >= len(tokens) or tokens[k].text != ",":
        return False
    for t in tokens[k + 1 : k + 8]:
        if t.lower in _PRESENT_VERBS:
            return True
        if (
            t.lower in _PAST_AUXILIARIES
            or t.lower == "will"
            or t.lower.endswith("ed")
            or t.text in ",;:"
        ):
            return False
    return False


def _as_anchor(a) -> DateChoice:
    """Mention ``a``'s date as the anchor another mention counts from (named by its trigger)."""
    return DateChoice(
        a.date_value,
        a.date_start,
        a.date_end,
        a.date_granularity,
        a.date_type,
        a.date_reason,
        "anaphora",
        a.trigger_text,
        a.timex_start,
        a.timex_end,
    )


def _on_day(m, day: date, date_type: str, reason: str):
    """``m`` narrowed to ``day`` by what the rest of the document says, its expression kept."""
    return _set_date(
        m,
        DateChoice(
            day.isoformat(),
            day,
            day,
            "day",
            date_type,
            reason,
            "document",
            m.timex_text,
            m.timex_start,
            m.timex_end,
        ),
    )


def _set_date(m, c: DateChoice):
    return replace(
        m,
        date_value=c.value,
        date_start=c.start,
        date_end=c.end,
        date_granularity=c.granularity,
        date_type=c.date_type,
        date_reason=c.reason,
        timex_text=c.timex_text,
        timex_start=c.timex_start,
        timex_end=c.timex_end,
        time_precision=c.time_precision,
    )


_VIOLENT_TYPES = ("strike", "raid", "attack")
_INDEFINITE = frozenset(["a", "an", "another", "one", "some", "several", "many", "other"])


def _definite(m) -> bool:
    """The trigger's noun phrase is definite ("the bombings", "last year's blasts"), not
    "a bombing" / "another attack": it names an event the story is about."""
    before = m.sentence_text[: m.trigger_start - m.sentence_start].split()[-6:]
    for w in reversed(before):
        w = w.lower().strip(',;:()"“”')
        if w in _INDEFINITE:
            return False
        if w in ("the", "these", "those", "both") or w.endswith(("'s", "’s")):
            return True
    return False


def _delivered_otherwise(a, b) -> bool:
    """The two triggers name different ways of delivering force: "the drone strike a week
    ago" is not the shelling told on a day of that week."""
    modes = [modality(set(x.trigger_text.lower().split())) for x in (a, b)]
    return None not in modes and modes[0] != modes[1]


def same_place(a, b) -> bool:
    """Both name a place and share a word of it ("the Baledogle airfield", "Baledogle")."""
    words = [set(re.findall(r"\w+", (x.location or "").lower())) for x in (a, b)]
    return bool(words[0] & words[1])


def _drop_planned_focus(mentions: list) -> list:
    """An event told as having happened does not take, by narrative or document focus, the
    date of a planned one ("The governor will travel to the capital next week. A bombing at
    a wedding hall killed 45 people": the bombing is not next week's); nor does an anaphor
    that inherited that date. A plan that took the date by narrative focus ("said it
    would summon the ambassador" after a dated strike) does not own it."""
    planned = {
        (m.timex_start, m.date_value)
        for m in mentions
        if m.status == "planned"
        and m.timex_start is not None
        and m.date_value
        and not (m.date_reason or "").startswith(_NARRATIVE)
    }
    if not planned:
        return mentions
    out = []
    for m in mentions:
        if (
            m.status == "occurred"
            and (m.timex_start, m.date_value) in planned
            and any(k in (m.date_reason or "") for k in _CARRIED)
        ):
            m = _set_date(
                m, unresolved("the focus date is a planned event's, not this past event's")
            )
        out.append(m)
    return out


_OPENED = re.compile(r"\b(?:opened|began|started|kicked\s+off|got\s+under\s*way|convened)\b", re.I)
_ENDED = re.compile(
    r"\b(?:ended|concluded|closed|wrapped\s+up|broke\s+up|adjourned|finished)\b", re.I
)

# Between a meeting and its date, another event's count or relative clause: the verb there is
# not the meeting's.
_OTHER_EVENT_BETWEEN = re.compile(r"\b(?:after|before)\b|,\s*which\b", re.I)


def _aspect(m) -> str | None:
    """ "opened" / "ended" when the meeting mention is dated by the day its own verb says it
    opened or ended ("The talks ... opened on Monday", "A round of negotiations ... ended in
    Nairobi on Thursday")."""
    if m.timex_start is None or m.trigger_end is None or m.timex_start < m.trigger_end:
        return None
    lo = m.trigger_end - m.sentence_start
    hi = m.timex_start - m.sentence_start
    if hi - lo > 200:
        return None
    between = m.sentence_text[lo:hi]
    if _OTHER_EVENT_BETWEEN.search(between):
        return None  # "took place two weeks after the attack, which began on 24 March"
    if _ENDED.search(between):
        return "ended"
    if _OPENED.search(between):
        return "opened"
    return None


def _opened_and_ended(mentions: list) -> list:
    """A meeting the document says opened on one day and ended on a later day of the same
    week ("The talks opened on Monday"; "the round ended on Thursday") lasted those days: its
    mentions dated by either day take the ISO week. Only when the document gives exactly one
    such pair, days one to six apart."""
    opened: dict = {}
    ended: dict = {}
    for m in mentions:
        if (
            m.event_type != "meeting"
            or m.status != "occurred"
            or m.date_granularity not in ("day", "time")
            or m.date_start is None
        ):
            continue
        aspect = _aspect(m)
        if aspect == "opened":
            opened.setdefault(m.date_start, m.timex_start)
        elif aspect == "ended":
            ended.setdefault(m.date_start, m.timex_start)
    pairs = [
        (a, b)
        for a in opened
        for b in ended
        if 1 <= (b - a).days <= 6 and a.isocalendar()[:2] == b.isocalendar()[:2]
    ]
    if len(pairs) != 1:
        return mentions
    a, b = pairs[0]
    timexes = {opened[a], ended[b]}
    year, week, _ = a.isocalendar()
    start = a - timedelta(days=a.weekday())
    out = []
    for m in mentions:
        if m.event_type == "meeting" and m.timex_start in timexes and m.date_start in (a, b):
            m = _set_date(
                m,
                DateChoice(
                    f"{year}-W{week:02d}",
                    start,
                    start + timedelta(days=6),
                    "week",
                    m.date_type,
                    f"{m.date_reason}; the meeting opened {a.isoformat()} and ended "
                    f"{b.isoformat()}: its week",
                    "document",
                    m.timex_text,
                    m.timex_start,
                    m.timex_end,
                ),
            )
        out.append(m)
    return out


_PLAN_STATUSES = ("planned", "cancelled")


def _plan_month_to_day(mentions: list) -> list:
    """A planned or called-off meeting dated only by its month ("would return to the table
    next month", "a visit scheduled for early March") takes the day the document gives a
    planned or called-off meeting in that month ("The next round is scheduled to begin on
    June 2", "was due to arrive on March 3") when that day is the only one."""
    days: set = set()
    source: dict = {}
    for m in mentions:
        if (
            m.event_type == "meeting"
            and m.status in _PLAN_STATUSES
            and m.date_granularity in ("day", "time")
            and m.date_start is not None
            and not any(k in (m.date_reason or "") for k in _CARRIED)
        ):
            days.add(m.date_start)
            source.setdefault(m.date_start, m)
    if not days:
        return mentions
    out = []
    for m in mentions:
        if (
            m.event_type == "meeting"
            and m.status in _PLAN_STATUSES
            and m.date_granularity == "month"
            and m.date_start is not None
            and m.date_end is not None
        ):
            inside = {d for d in days if m.date_start <= d <= m.date_end}
            if len(inside) == 1:
                day = inside.pop()
                src = source[day]
                m = _on_day(
                    m,
                    day,
                    src.date_type,
                    f"{m.date_reason}, the one day the document gives a planned meeting in "
                    f"that month ('{src.trigger_text}' dated {day.isoformat()})",
                )
        out.append(m)
    return out


def refine_year_to_day(mentions: list) -> list:
    """A violent event named definitely and dated only by its year ("last year's embassy
    blasts", "the bombings ... last year") takes the day the document gives an event of its
    type in that year ("the Aug. 7, 1998, bombings") when that day is the only one the
    document gives there (a week likewise, and an indefinite one too when it names the place
    of that day's event: "a car bomb attack on a police academy in Bogota last week").
    First, a past event loses a focus date carried from a planned one (see
    ``_drop_planned_focus``): this is the pass after coreference."""
    mentions = _drop_planned_focus(mentions)
    mentions = _plan_month_to_day(mentions)
    mentions = _opened_and_ended(mentions)
    days: dict[str, set] = {}
    source: dict[tuple[str, date], object] = {}
    for m in mentions:
        if (
            m.event_type in _VIOLENT_TYPES
            and m.status in ("occurred", "planned", "cancelled")
            and m.date_granularity in ("day", "time")
            and m.date_start is not None
        ):
            days.setdefault(m.event_type, set()).add(m.date_start)
            source.setdefault((m.event_type, m.date_start), m)
    if not days:
        return mentions
    out = []
    for m in mentions:
        if (
            m.event_type in _VIOLENT_TYPES
            and m.date_granularity in ("year", "week")
            and m.date_start is not None
            and m.date_end is not None
            and (m.date_granularity == "week" or _definite(m))
        ):
            inside = {d for d in days.get(m.event_type, ()) if m.date_start <= d <= m.date_end}
            src = source[(m.event_type, min(inside))] if len(inside) == 1 else None
            if (
                src is not None
                and (_definite(m) or same_place(m, src))
                and not _delivered_otherwise(m, src)
                # (not an event its own sentence lists apart: "after Sunday's attack on
                # pilgrims and last week's ambush in Poonch")
                and src.sentence_start != m.sentence_start
            ):
                day = inside.pop()
                m = _on_day(
                    m,
                    day,
                    src.date_type,
                    f"{m.date_reason}, the one day the document gives a {m.event_type} in "
                    f"that {m.date_granularity} ('{src.trigger_text}' dated {day.isoformat()})",
                )
        out.append(m)
    return out
