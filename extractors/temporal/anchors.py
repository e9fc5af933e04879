"""What a relative expression is anchored to: the tense of its sentence and the date in focus.

News mostly reports the past, so a bare weekday or month points backwards unless the verb
governing it is future ("will meet Tuesday", "is due Tuesday", "scheduled for"). The
nearest tense marker in the same sentence decides; the left side (where the verb usually
stands) is read first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .lexicon import MONTHS
from .model import GRANULARITIES, Resolution

_FUTURE = frozenset(["will", "wo", "shall", "scheduled", "slated", "upcoming"])
_PRESENT_AUX = frozenset(["is", "are", "am"])
# Adverbs that may stand between an auxiliary and its participle.
_AUX_ADVERBS = frozenset(["now", "also", "still", "already", "then", "currently"])
_FUTURE_PHRASES = re.compile(
    r"\b(?:(?:(?:is|are)\s+)?(?:will|would|shall|should|must|may|might|to|'ll)\s+(?:not\s+)?be\s+[a-z]+|"
    r"(?:may|might|should|must)\s+(?:not\s+)?(?!have\b)[a-z]+|"
    r"will|won't|shall|'ll|(?:is|are)\s+(?:(?:then|now|also|still|next)\s+)?(?:to|due)|going\s+to|"
    r"scheduled|slated|pencill?ed\s+in|"
    r"plans?\s+to|planned\s+(?:to|for)|(?:un)?likely\s+to|scheduled\s+for|set\s+for|planning\s+to|as\s+(?:soon|early)\s+as|expected\s+to|expects?\s+to|set\s+to|to\s+be\s+held|"
    r"intends?\s+to|hopes?\s+to|hoping\s+to|aims?\s+to|"
    r"would\s+(?:(?:not|still|also|then|now|first)\s+)?(?:be|begin|start|take|hold|meet|open|resume|return|visit|go|come|arrive|"
    r"travel|fly|head|attend|host|sign|leave|depart|convene|reconvene|tour|speak|talk|call|"
    r"chair|preside|lead|join|sit|receive))\b",
    re.I,
)
_PAST_IRREGULAR = frozenset(
    [
        "said",
        "was",
        "were",
        "had",
        "did",
        "met",
        "told",
        "took",
        "made",
        "came",
        "went",
        "began",
        "fell",
        "rose",
        "left",
        "held",
        "won",
        "lost",
        "saw",
        "gave",
        "got",
        "found",
        "kept",
        "led",
        "paid",
        "ran",
        "sent",
        "spoke",
        "stood",
        "struck",
        "thought",
        "wrote",
        "became",
        "brought",
        "bought",
        "built",
        "caught",
        "chose",
        "drew",
        "drove",
        "fought",
        "flew",
        "forgot",
        "grew",
        "heard",
        "knew",
        "laid",
        "meant",
        "rode",
        "sold",
        "shot",
        "sought",
        "spent",
        "stole",
        "swore",
        "taught",
        "threw",
        "understood",
        "woke",
        "wore",
        "broke",
        "ate",
        "fled",
        "hid",
        "slid",
        "sank",
        "sat",
        "shook",
        "spun",
        "stuck",
        "swept",
        "swam",
        "tore",
        "wound",
        "ago",
        "earlier",
        "yesterday",
        "last",
        "since",
    ]
)
_NOT_PAST = frozenset(
    [
        "united",
        "red",
        "need",
        "needs",
        "speed",
        "bed",
        "feed",
        "seed",
        "indeed",
        "proceed",
        "exceed",
        "succeed",
        "hundred",
        "based",
        "alleged",
        "armed",
        "supposed",
        "so-called",
        "shed",
        "wed",
        "bred",
        "tied",
    ]
)
# After a deadline or an effective date ("by February", "until mid-November", "effective
# Feb. 1", "through Oct. 19") the date is as often ahead of the report as behind it: take
# the nearest one ("near"), whatever the verb's tense.
_DEADLINE = re.compile(
    r"\b(?:by|until|till|through|effective)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]*)?$", re.I
)
# The date a plan is (or was) set for ("scheduled for Thursday", "set for January", "had been
# planned for early March"): plans are made for days near the report, and a plan reported
# as cancelled or postponed may lie on either side of it, so take the nearest one.
_PLAN_DATE = re.compile(
    r"\b(?:(?:scheduled|slated|set|planned|due|penciled|pencilled)\s+(?:in\s+)?(?:for|on)"
    # "were preparing for a meeting of donor countries in Riyadh on Wednesday"
    r"|prepar(?:e|es|ed|ing)\s+for\s+(?:a|an|the|its|their)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:meeting|talks|summit|visit|conference|session|negotiations)\s+"
    r"(?:(?!and\b|but\b|or\b)[\w'’.-]+\s+){0,12}?(?:on|for)"
    # "which the ministry had convened for Monday" (a meeting convened "on" a day met then)
    r"|(?:convened|called|announced)\s+for"
    # "had scheduled a meeting with regional officials for Thursday": the plan's object between
    r"|(?:scheduled|slated|set|planned|penciled|pencilled)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w'’.-]+\s+){0,8}?for)\s+"
    r"(?:(?:early|mid|late|the\s+end\s+of)[\s-]*)?$",
    re.I,
)
# The same in the past perfect or the simple past with an infinitive: "had been scheduled to
# open Wednesday in Quito", "had hoped to convene on April 18" (and was called off), "were
# due to visit Gaza on Tuesday", "were to meet on Sunday" (the plan as it stood: the day may
# be today or ahead); so do "prepared to meet on Thursday" and "agreed to meet in March".
# A plan told in the past: "had been", "had", "was", "were" (and an adverb).
_PLAN_WAS = (
    r"\b(?:had\s+(?:been\s+)?|was\s+|were\s+)(?:(?:also|still|originally|initially|first)\s+)?"
)
_PAST_PLAN_TO = re.compile(
    r"(?:"
    + _PLAN_WAS
    + r"(?:scheduled|slated|set|planned|due|expected|hoped|meant|intended|supposed)\s+"
    # "were to meet Jonathan on Sunday": the plan as it stood, without a plan word
    r"|\b(?:was|were)\s+(?:(?:also|still|originally|initially|first)\s+)?"
    # "as ministers prepared to meet in Bamako on Thursday": getting ready for it
    r"|\b(?:prepared|preparing)\s+"
    # "both sides agreed to meet again in early March": the date the agreement set
    r"|\bagree[sd]?\s+"
    # "had summoned the apex committee to meet on Monday": the day the summons set
    r"|\b(?:summoned|invited)\s+(?:[\w'’.-]+\s+){1,5}?)"
    r"to\s+(?:[\w'’.-]+,?\s+){1,12}?(?:(?:on|in|for|at|by)\s+)?(?:(?:early|mid|late)[\s-]*)?$",
    re.I,
)
# "agreed to send delegations to talks in Kuala Lumpur on Thursday": a meeting the agreement
# set lies after it (the coming one unless it is the day before the report; not "agreed to
# halt hostilities during talks in Moscow on Thursday", the day they agreed).
_AGREED_TO_MEET = re.compile(
    r"\bagree[sd]?\s+to\s+(?:meet|hold|send|resume|convene|attend|travel|visit|return)\b"
    r"(?:\s+[\w'’.-]+,?){0,8}?\s+(?:(?:on|in|for|at|by)\s+)?(?:(?:early|mid|late)[\s-]*)?$",
    re.I,
)
# A meeting someone is told to hold: "instructed their defence ministers to meet in
# Ouagadougou in February", "urged both sides to resume talks on Monday": it comes after the
# instruction, the nearest such date.
_DIRECTED_TO_MEET = re.compile(
    r"\b(?:instructed|asked|urged|ordered|invited|directed|tasked|called\s+on|pressed)\s+"
    r"(?:[\w'’.-]+\s+){1,5}?to\s+(?:meet|hold|resume|convene|attend|travel|visit|return)\b"
    r"(?:\s+[\w'’.-]+,?){0,8}?\s+(?:(?:on|in|for|at|by)\s+)?(?:(?:early|mid|late)[\s-]*)?$",
    re.I,
)
# The same with a place instead of an infinitive: "who had been due in Beirut on Tuesday",
# "was expected back in Kabul on Sunday".
_PAST_DUE_IN = re.compile(
    _PLAN_WAS + r"(?:due|expected)\s+(?:back\s+)?(?:in|at)\s+(?:[\w'’.-]+,?\s+){1,4}?(?:on\s+)?$",
    re.I,
)
# A plan reported in the past perfect: "which officials had said might take place on
# Thursday" (as it stood then: the nearest day of that name).
_HAD_SAID_MODAL = re.compile(
    r"\bhad\s+(?:said|announced|indicated|suggested)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:might|would|could)\s+(?:[\w'’.-]+,?\s+){1,6}?(?:(?:on|in|for|at)\s+)?$",
    re.I,
)
# A plan named by its noun phrase: "a planned visit by Rouhani to Paris in November", "the
# proposed talks on Monday" lie ahead, unless the plan is told in the past (then the nearest
# date of that name: "a planned visit in February was cancelled").
_PLANNED_NP = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:planned|proposed|scheduled|expected)\s+"
    r"(?:[\w'’-]+\s+){1,6}?(?:(?:on|in|for|at)\s+)?(?:(?:early|mid|late)[\s-]*)?$",
    re.I,
)
# A meeting just called is still to come: "has called an all-party meeting in Srinagar on
# Saturday", "have been invited to a crisis meeting in Brussels on Thursday" (the simple past
# "called an emergency meeting on Friday" tells the day it met).
_CALLED_NOW = re.compile(
    r"\b(?:has|have)\s+(?:(?:called|convened)\s+(?:a|an)|been\s+(?:invited|summoned)\s+to)"
    r"\s+(?:[\w'’-]+,?\s+){1,8}?(?:(?:on|for|at)\s+)?$",
    re.I,
)
# A plan reported as going ahead: "said the Tuesday meeting would go ahead", "said talks on
# Monday would still take place" (the reporting verb's past is not the plan's).
_REPORTED = re.compile(
    r"\b(?:said|told|announced|confirmed|insisted|stressed|added)\b(?:\s+[\w'’-]+){0,4}\s+$",
    re.I,
)
_GOES_AHEAD = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+(?:would|will)\s+(?:still\s+|also\s+)?"
    r"(?:go\s+ahead|take\s+place|be\s+held|proceed|convene)\b",
    re.I,
)
# ... unless the plan stands in the present or future: "the talks are set for January".
_PLAN_NOW = re.compile(r"\b(?:is|are|am|'s|be|being)\s+(?:now\s+|still\s+|also\s+)?$", re.I)
_PLAN_THEN = re.compile(_PLAN_WAS + "$", re.I)
_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]*)?$", re.I)
_SINCE_EVENT = re.compile(r"\bsince\s+(?:a|an|the|its|their|his|her)\s[^,;:()]*$", re.I)
# "Wednesday's shooting will change how people feel": violence a day is the possessor of has
# happened, whatever the tense of the sentence (a meeting of that day may be to come).
_PAST_VIOLENCE = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|shootings?|bombings?|blasts?|explosions?|"
    r"ambush|assault|massacre|killings?|clashes|fighting|violence|shelling|"
    r"(?:air|drone|missile|rocket)\s*strikes?|airstrikes?|raids?)\b",
    re.I,
)
# "Tuesday's meeting of donors had been postponed": the day a plan put off was set for
# lies on either side of the report (the nearest one), whatever the tense.
_OFF = r"(?:postponed|cancell?ed|called\s+off|put\s+off|delayed|scrapped|suspended)\b"
_PUT_OFF = re.compile(
    r"['’]s\s+(?:[\w'’-]+,?\s+){1,8}?(?:was|were|has|have|had)\s+(?:been\s+)?" + _OFF, re.I
)
# What an untensed clause says is still to come: "The violence comes ahead of a visit to
# Orso on Wednesday" (the nearest such day: usually the coming one).
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+"
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w'’.-]+,?\s+){0,8}?(?:(?:on|in|at|for)\s+)?$",
    re.I,
)
# A plan in a reduced relative that the sentence then calls off: "a meeting between the
# president and the company's chief, due to take place in Maputo on Tuesday, has been
# postponed" (the day it was set for, on either side of the report: the nearest one).
_DUE_TO = re.compile(
    r"\b(?:due|scheduled|slated|planned|expected|set)\s+to\s+[^.;:()]{0,60}$", re.I
)
_CALLED_OFF = re.compile(
    r"[^.;:()]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+" + _OFF, re.I
)
# Words before an -ed form that make it an adjective, not a verb.
_DETERMINERS = frozenset(
    ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "still"]
)
# ... and after a preposition: "to meet behind closed doors", "a convoy of armed men".
_PREPOSITIONS = frozenset(
    "behind in on at with without of from into under against among between".split()
)
# Verbs whose object may carry an -ed adjective: "will hold closed consultations".
_HOLD_VERBS = frozenset(["hold", "host", "have", "attend", "convene", "open", "begin"])
# A plan in the past perfect is over: "had been scheduled to expire Friday" is past.
_HAD_DONE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:\s+[\w'’-]+){0,6}\s+$")
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?$", re.I)
_LEFT_WINDOW = 10
# A plan verb may govern a date across a long object ("is scheduled to meet the country's
# police chief in the capital on Monday"): past the near window, a future marker still counts.
_FAR_LEFT_WINDOW = 25
_RIGHT_WINDOW = 10
# A hyphenated compound is one word: "rebel-held", "Iranian-backed" are adjectives, not verbs.
_WORD = re.compile(r"[A-Za-z']+(?:-[A-Za-z']+)*")
# A closing quote may stand between the full stop and the next sentence: 'autonomy." On ...'.
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*\s+(?=[A-Z\"'`(“‘])|\n\s*\n")
# Quotation marks: `` and “ open, ” closes, '' and " open or close by the spaces around them.
_QUOTE = re.compile(r"``|''|[\"“”]")
# Where the clause of an expression ends: a clause-level punctuation mark, a comma before a
# conjunction (left side), a subordinating or relative word (right side).
_LEFT_CLAUSE_END = re.compile(
    r"[;:]|\s(?:--|—|–)\s|,\s+(?:but|while|whereas|although|though|yet)\b", re.I
)
_RIGHT_CLAUSE_END = re.compile(
    r"[;:]|\s(?:--|—|–)\s|\b(?:that|which|who|whom|whose|because|although|though|whereas|"
    r"while|but|if|unless)\b"
    r"|,\s+(?-i:[a-z]+ing)\b"  # ", saying the government must ...": a participle's clause
    # ", and is due to chair a meeting on Friday": a predicate of its own
    r"|,\s+and\s+(?=(?:is|are|was|were|will|would|has|have|had)\b)"
    # ", days before the panels are due to resume talks": a time clause with its own verb
    r"|,\s+(?:(?:just|shortly|hours|days|weeks|a\s+day|a\s+week)\s+)?(?:before|after)\s+"
    r"(?=[^,.;]*\b(?:is|are|was|were|will|would|has|have|had)\b)",
    re.I,
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the sentence around [start, end) (a cheap splitter)."""
    lo = max(0, start - 300)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), start + 1)):  # +1: the lookahead
        if m.end() <= start:
            s = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    e = m.start() + 1 if m else min(len(text), end + 300)
    return s, e


# A scheduled event in the simple present: "The talks begin Monday", "the council meets
# Tuesday" (the present of a plan; a report of the past uses the past tense).
_SCHEDULED_PRESENT = frozenset(
    "begin begins start starts open opens resume resumes convene convenes reconvene "
    "reconvenes meets arrives travels flies departs".split()
)
# A date something is moved to lies ahead: "postponed to Thursday", "moved to next week".
# The present progressive of an arrangement tells a plan: "a conference that Britain is
# hosting in London on Tuesday", "the envoy is visiting Kabul on Sunday".
_ARRANGED_PROGRESSIVE = frozenset(
    "hosting holding visiting meeting travelling traveling flying heading attending chairing "
    "convening receiving".split()
)
_MOVED_TO = re.compile(
    r"\b(?:postponed|delayed|moved|pushed\s+back|put\s+off|rescheduled|adjourned|deferred)"
    r"(?:\s+(?:from\s+)?[\w.,]+){0,4}?\s+(?:to|till|for)\s+(?:next\s+)?$",
    re.I,
)


def _word_tense(w: str) -> str | None:
    lw = w.lower()
    if "-" in lw:
        return None
    if lw in _FUTURE or lw in _SCHEDULED_PRESENT:
        return "future"
    if lw in _PAST_IRREGULAR:
        return "past"
    if len(lw) > 4 and lw.endswith("ed") and lw not in _NOT_PAST and not w[0].isupper():
        return "past"
    return None


def tense(text: str, start: int, end: int) -> str | None:
    """Tense of the verbs near [start, end): "past", "future", "near", "nearest" or None.

    "near" follows a deadline preposition ("by", "until", "through", "effective"): the
    nearest date of that name is meant, whichever side of the report it falls on (a bare
    weekday: the coming one). "nearest" is the day a plan in the past perfect or the simple
    past was set for ("had been scheduled to open Wednesday", "were due to visit Gaza on
    Tuesday", "a meeting that was set for Sunday"): the nearest one, weekdays included.

    Only the words of the expression's clause (see _clause) and close to it count (10 to
    the left, 10 to the right): a distant verb usually governs another clause.
    """
    s, e = sentence_bounds(text, start, end)
    sent = _clause(text[s:e], start - s, end - s)
    if _MOVED_TO.search(text, max(s, start - 60), start):
        return "future"
    if _SINCE.search(text, max(s, start - 30), start) or _SINCE_EVENT.search(
        text, max(s, start - 70), start
    ):
        # "since March": the start of a period that runs to now; "since a meeting scheduled
        # for March 21 was called off": what the period runs from has happened
        return "past"
    if _PAST_VIOLENCE.match(text, end, min(e, end + 40)):
        return "past"
    if _PUT_OFF.match(text, end, min(e, end + 90)) or (
        _DUE_TO.search(text, max(s, start - 90), start) and _CALLED_OFF.match(text, end, e)
    ):
        return "nearest"
    plan = _PLAN_DATE.search(text, max(s, start - 100), start)
    if plan is not None and not re.search(
        r"\bas\s+$", text[max(s, plan.start() - 4) : plan.start()]
    ):
        if _PLAN_NOW.search(text, max(s, plan.start() - 12), plan.start()):
            return "future"
        # "a meeting that was set for Sunday": the plan as it stood, on either side of the report
        return (
            "nearest"
            if _PLAN_THEN.search(text, max(s, plan.start() - 30), plan.start())
            else "near"
        )
    if _AGREED_TO_MEET.search(text, max(s, start - 90), start) or _DIRECTED_TO_MEET.search(
        text, max(s, start - 90), start
    ):
        return "near"
    if (
        _PAST_PLAN_TO.search(text, max(s, start - 120), start)
        or _PAST_DUE_IN.search(text, max(s, start - 60), start)
        or _HAD_SAID_MODAL.search(text, max(s, start - 90), start)
    ):
        return "nearest"
    if _CALLED_NOW.search(text, max(s, start - 90), start):
        return "future"
    if _PLANNED_NP.search(text, max(s, start - 70), start):
        return "near" if re.search(r"\b(?:was|were|had)\b", text[end:e]) else "future"
    if _REPORTED.search(sent, 0, start - s) and _GOES_AHEAD.search(sent[end - s :]):
        return "future"
    if in_entry(text, start) or heads_entry(text, start, end):
        # a timeline's present is historical: "meets" there is no plan
        sent = _SCHEDULED_WORD.sub(lambda m: " " * len(m.group()), sent)
    t = _verb_tense(sent, 0, len(sent), start - s, end - s)
    deadline = _DEADLINE.search(text, max(s, start - 40), start)
    if t != "future" and deadline:
        if (
            t == "past"
            and deadline.group().lower().startswith("through")
            and re.search(r"\b(?:night|morning|afternoon|evening)\b", text[start:end], re.I)
        ):
            return "past"  # "shelled the city through Wednesday night": a night that passed
        return "near"
    if t is None and heads_entry(text, start, end):
        return "past"
    if t is None and _AHEAD_OF.search(text, max(s, start - 90), start):
        return "near"
    return t


# A date at the head of a line, then a dash or colon: a timeline's entry ("March 16 — JNIM
# fighters ambush a convoy"), told in the present of events that happened.
# (a bulleted entry: "- March 23: Fighters overrun a base")
_BULLET = r"(?:[-–—•*·][ \t]+)?"
_LINE_START = re.compile(r"(?:^|\n)[ \t]*" + _BULLET + "$")
# (a gloss may come between: "June 2 (Sunday): ...")
_ENTRY_MARK = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\s*[—–:-]\s")


_MONTH_NAME = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# The head of a timeline's entry at the start of a paragraph: "April 4, 2024 - ", "5 June: ",
# "Nov. 1-2, 2022 - ", "September 2023 - ".
_ENTRY_LINE = re.compile(
    rf"[ \t]*{_BULLET}(?:{_MONTH_NAME}\s+\d{{1,2}}(?:[-–]\d{{1,2}})?(?:,?\s+\d{{4}})?|{_MONTH_NAME}\s+\d{{4}}"
    rf"|\d{{1,2}}(?:[-–]\d{{1,2}})?\s+{_MONTH_NAME}(?:\s+\d{{4}})?)" + _ENTRY_MARK.pattern,
    re.IGNORECASE,
)
# (not an infinitive's: "Nov 20 - Talks due to open in Djibouti" is a plan)
_SCHEDULED_WORD = re.compile(
    r"(?<!\bto )\b(?:" + "|".join(sorted(_SCHEDULED_PRESENT)) + r")\b", re.I
)


def in_entry(text: str, start: int) -> bool:
    """True past the head of a timeline entry's paragraph (not the text's first), which
    tells what happened in the historical present ("April 4, 2024 - Ministers meet in
    Pointe-Noire. A border commission meets in Luanda on April 23")."""
    paragraph = text.rfind("\n", 0, start) + 1
    head = _ENTRY_LINE.match(text, paragraph) if paragraph > 0 else None
    return head is not None and start >= head.end()  # (the head itself is the entry's date)


def heads_entry(text: str, start: int, end: int) -> bool:
    """True for a date at the head of a timeline's entry."""
    return bool(_LINE_START.search(text, max(0, start - 10), start)) and bool(
        _ENTRY_MARK.match(text, end)
    )


def quoted_spans(t: str) -> list[tuple[int, int]]:
    """Quoted spans of sentence t (marks included); a quote open at either end of the
    sentence runs to that end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE.finditer(t):
        q, i, j = m.group(), m.start(), m.end()
        if q in ("``", "“"):
            opening = True
        elif q == "”":
            opening = False
        else:
            before = t[i - 1] if i > 0 else " "
            after = t[j] if j < len(t) else " "
            opening = (before.isspace() or before in "([-—") and not after.isspace()
        if opening:
            if open_at is None:
                open_at = i
        elif open_at is not None:
            spans.append((open_at, j))
            open_at = None
        else:  # the quotation began in an earlier sentence
            spans.append((spans[-1][1] if spans else 0, j))
    if open_at is not None:
        spans.append((open_at, len(t)))
    return spans


def _blank(t: str, lo: int, hi: int) -> str:
    return t[:lo] + " " * (hi - lo) + t[hi:]


def _clause(t: str, a: int, b: int) -> str:
    """Sentence t with everything outside the clause of [a, b) blanked (offsets kept).

    A quotation that holds the expression is its clause; other quotations are left out (their
    verbs are the speaker's, not the narrator's). Then the clause ends at ';', ':', a dash, a
    comma before "but"/"while"... on the left, and at a subordinating or relative word
    ("that", "which", "because", "if"...) on the right: "said Thursday that it will" is past.
    "when"/"where" do not end it: "on Friday, when the court will rule" speaks of that day.
    """
    if '"' in t or "'" in t or "`" in t or "“" in t or "”" in t:
        spans = quoted_spans(t)
        inside = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        if inside:
            lo, hi = inside[-1]
            t = " " * lo + t[lo:hi] + " " * (len(t) - hi)
        else:
            for lo, hi in spans:
                if hi <= a or lo >= b:
                    t = _blank(t, lo, hi)
    cut = max((m.end() for m in _LEFT_CLAUSE_END.finditer(t, 0, a)), default=0)
    if cut:
        t = " " * cut + t[cut:]
    right = _RIGHT_CLAUSE_END.search(t, b)
    if right is not None:
        t = t[: right.start()] + " " * (len(t) - right.start())
    return t


# A plan that is the topic of a preposition is a noun, not a tense: "held talks on Monday on
# plans to hand over security".
_TOPIC_PLAN = re.compile(r"\b(?:on|about|over|of|for|with|discuss(?:ed)?)\s+plans?\s+to$", re.I)
# A superlative's infinitive tells no time: "on Sunday, the most senior official to be killed
# in the insurgency", "the first foreign leader to visit since the war".
_RANKED = re.compile(
    r",\s+the\s+(?:most\s+|first\s+|second\s+|third\s+|last\s+|latest\s+|only\s+|[a-z]+est\s+)"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.I,
)


def _verb_tense(text: str, s: int, e: int, start: int, end: int) -> str | None:
    left_words = list(_WORD.finditer(text, s, start))[-_LEFT_WINDOW:]
    left_from = left_words[0].start() if left_words else start
    # a phrase that reaches into the window counts ("is then due to meet ... on Monday")
    fut = [
        m
        for m in _FUTURE_PHRASES.finditer(text, max(s, left_from - 12), start)
        if m.end() > left_from and not _PAST_PERFECT.search(text, max(0, m.start() - 12), m.start())
    ]
    last_future = fut[-1].end() if fut else -1
    for i in range(len(left_words) - 1, -1, -1):
        m = left_words[i]
        if m.end() <= last_future:
            return "future"
        t = _word_tense(m.group())
        prev = left_words[i - 1].group().lower() if i > 0 else ""
        if prev in _AUX_ADVERBS and i > 1 and left_words[i - 2].group().lower() in _PRESENT_AUX:
            prev = left_words[i - 2].group().lower()  # "is now expected", "are also due"
        if t == "past" and (prev in _DETERMINERS or prev in _PREPOSITIONS or prev == "as"):
            continue  # an adjective: "a still unspecified date", "behind closed doors"; "as planned"
        if t == "past" and m.group().lower() == "since" and fut:
            continue  # "will meet for the first time since March on Monday": not the tense
        if (t == "past" or m.group().lower() in _ARRANGED_PROGRESSIVE) and prev in _PRESENT_AUX:
            return "future"  # passive present: "is heard in May", "are expected Friday"
        if (
            t == "past"
            and 0 <= last_future < m.start()
            and prev in _HOLD_VERBS
            and sum(last_future <= w.start() for w in left_words[:i]) <= 2
        ):
            continue  # an adjective in the plan's phrase: "is scheduled to hold closed talks"
        if t == "future" and _PAST_PERFECT.search(text, max(0, m.start() - 12), m.start()):
            return "past"
        if t:
            return t
    if last_future >= 0:
        return "future"
    far = _far_left(text, s, left_from)
    if far == "future":
        return far
    right_words = list(_WORD.finditer(text, end, e))[:_RIGHT_WINDOW]
    right_to = right_words[-1].end() if right_words else end
    rf = next(
        (
            m
            for m in _FUTURE_PHRASES.finditer(text, end, right_to)
            if not _TOPIC_PLAN.search(text, end, m.end())
            and not (m.group().lower().startswith("to ") and _RANKED.search(text, end, m.start()))
        ),
        None,
    )
    for i, m in enumerate(right_words):
        if rf and m.start() >= rf.start():
            return "future"
        if (
            i > 1
            and right_words[i - 1].group().lower() == "to"
            and right_words[i - 2].group().lower().endswith("ing")
        ):
            continue  # a gerund's infinitive has no tense: "ended Saturday by agreeing to start"
        t = _word_tense(m.group())
        if t:
            return t
    if rf:
        return "future"
    # "he brought the ministers together shortly after a meeting of the two leaders in
    # Prague on October 6": with nothing on the right, a far past verb tells the tense of a
    # day (not of a month, often a plan's: "told buyers of a cutback in September"), unless
    # an infinitive stands between ("announced an agreement to acquire the bank in January")
    if far == "past" and _DAY_NUMBER.search(text, start, end):
        return None if _INFINITIVE.search(text, s, start) else far
    return None


_DAY_NUMBER = re.compile(r"\b\d{1,2}\b")
_INFINITIVE = re.compile(r"\bto\s+(?!the\b|a\b|an\b|\d)[a-z]+\b")


def _far_left(text: str, s: int, left_from: int) -> str | None:
    """The tense of the nearest tense marker beyond the near left window: "future" for a
    plan ("is scheduled to", "will", "plans to"), "past" for a past verb (which only counts
    when the right-hand words tell nothing), None otherwise."""
    far_words = list(_WORD.finditer(text, s, left_from))[-(_FAR_LEFT_WINDOW - _LEFT_WINDOW) :]
    if not far_words:
        return None
    fut = [
        m
        for m in _FUTURE_PHRASES.finditer(text, far_words[0].start(), left_from)
        if not _PAST_PERFECT.search(text, max(0, m.start() - 12), m.start())
        and not m.group().lower().startswith("to")
    ]
    last_future = fut[-1].end() if fut else -1
    for i in range(len(far_words) - 1, -1, -1):
        m = far_words[i]
        if m.end() <= last_future:
            return "future"
        t = _word_tense(m.group())
        prev = far_words[i - 1].group().lower() if i > 0 else ""
        if t == "past" and prev in _DETERMINERS:
            continue
        if t == "past" and prev in _PREPOSITIONS:
            return None  # an adjective ("in armed clashes") tells no tense
        if t == "past" and prev not in _PRESENT_AUX:
            return "past"
        if t == "future" and not _PAST_PERFECT.search(text, max(0, m.start() - 12), m.start()):
            return "future"
        if t:
            return None
    return None


@dataclass
class Context:
    """Where an expression stands: its text, the DCT and the date in narrative focus."""

    text: str
    dct: date | None
    focus: date | None = None  # last day-precision date mentioned
    event_focus: date | None = None  # the same, not counting the days statements were made
    focus_any: date | None = None  # start of the last date of any precision
    focus_any_at: int = -1  # where that date was mentioned
    focus_res: Resolution | None = None  # that date as resolved
    told_res: Resolution | None = None  # the last day or time mentioned not after the DCT
    # year of the last date mentioned, a superlative's yardstick included: what "that year"
    # points back to ("the biggest attack since 2018, ... in September of that year")
    year_told: int | None = None
    qfocus: tuple[int, int] | None = None  # (year, quarter) last mentioned
    pfocus: str | None = None  # reporting period of months last mentioned ("P9M"), if after it
    start: int = 0
    end: int = 0
    _tense: str | None = field(default=None, repr=False)
    _tense_done: bool = field(default=False, repr=False)

    def tense(self) -> str | None:
        if not self._tense_done:
            self._tense = tense(self.text, self.start, self.end)
            self._tense_done = True
        return self._tense

    def anchor(self) -> tuple[date | None, str]:
        """The date anchored expressions count from, and how it was chosen."""
        if (
            self.focus is not None
            and self.dct is not None
            and self.focus > self.dct
            and self.told_res is not None
            and self.told_res.start is not None
            and _HAD_DONE.search(self.before(80))
        ):
            # "... talks on Thursday. Khairul, who had spoken to both leaders the previous
            # day": a past perfect counts from the last day told in the past, not a plan's
            day = self.told_res.start
            return day, f"anchored to the last past date in focus {day.isoformat()}"
        if self.focus is not None:
            return self.focus, f"anchored to previous date in focus {self.focus.isoformat()}"
        if self.dct is not None:
            return self.dct, "anchored to the publication date (no earlier date in focus)"
        return None, "no publication date and no earlier date to anchor to"

    def coarse_focus(self, gran: str) -> Resolution | None:
        """The date in focus when it is coarser than ``gran`` and was mentioned last: "In
        March ... Two days later" cannot be counted in days from a month."""
        r = self.focus_res
        if r is None or r.granularity not in GRANULARITIES or gran not in GRANULARITIES:
            return None
        if GRANULARITIES.index(r.granularity) <= GRANULARITIES.index(gran):
            return None
        return r

    def year_in_sentence(self) -> int | None:
        """Year of the last date mentioned earlier in the same sentence, if any."""
        if self.focus_any is None or self.focus_any_at < 0:
            return None
        s, _ = sentence_bounds(self.text, self.start, self.end)
        return self.focus_any.year if self.focus_any_at >= s else None

    def before(self, n: int = 40) -> str:
        return self.text[max(0, self.start - n) : self.start]

    def after(self, n: int = 40) -> str:
        return self.text[self.end : self.end + n]
