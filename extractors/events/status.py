"""Whether a trigger reports a specific event, and if so its status.

Returns ``None`` (not an event: generic, habitual, aggregate, metaphor, non-event sense) or
one of occurred | planned | cancelled | negated | hypothetical. Only the first three are
events a chronology should hold; negated and hypothetical mentions are kept, labelled, so
an analyst can see what was ruled out and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from extractors.events.clauses import timeline_entry
from extractors.events.taxonomy import BASE, GERUND, NOUN, PAST, PLURAL, S3, VERB
from extractors.events.triggers import Candidate, is_definite
from extractors.events.words import (
    ADVERBS,
    AUXILIARIES,
    DEFINITE,
    DETERMINERS,
    GENERIC_DETERMINERS,
    HYPOTHETICAL_MODALS,
    IRREGULAR_PAST,
    MODALS,
    NEGATORS,
    PERFECT,
    PREPOSITIONS,
    RANKERS,
    REPORTING,
    TOLL_VERBS,
    Token,
    is_capitalised,
    number_value,
    object_verb_at,
    words,
)
from extractors.temporal.lexicon import WEEKDAYS

COUNTED = ("occurred", "planned", "cancelled")

_CANCEL = words(
    "cancel cancels canceled cancelled canceling cancelling cancellation postpone postpones "
    "postponed postponing postponement delay delays delayed delaying suspend suspends "
    "suspended suspending scrap scraps scrapped scrapping boycott boycotts boycotted "
    "boycotting abandoned shelved rescheduled reschedule reschedules rescheduling"
)
_CANCEL_PHRASES = (
    "was dropped",
    "were dropped",
    "been dropped",
    "called off",
    "call off",
    "calls off",
    "put off",
    "pulled out of",
    "pull out of",
    "withdrew from",
    "pushed back",
    "moved to a later date",
    "put back",
)
# Said of the event itself, after it: "A planned round in Geneva never took place".
_NEVER_HELD = (
    "never took place",
    "never happened",
    "never materialised",
    "never materialized",
    "is now off",
)
_PLAN = words(
    "upcoming planned scheduled forthcoming expected next proposed due set slated "
    "planning plans plan intends intend hopes hope agreed agree arrange arranged preparing "
    "prepares"
)
# ("is preparing to host a summit": a plan; "is prepared to meet" is a willingness, below)
_PLAN_BEFORE_INFINITIVE = words(
    "due expected scheduled set slated plans planned planning intends intend agreed agree "
    "going hopes hope hoping will would arranged likely preparing prepares"
)
_IRREALIS = words(
    "possible potential threat threats threatened threatening threaten threatens risk fear "
    "fears feared warned warning warn warns prevent prevented preventing avoid avoided "
    "deter deterring retaliate urged urge urges pressed press asked ask calls called call "
    "demand demanded demands proposal proposed propose offer offered would-be "
    "ready prepared willing vowed vow vows pledged promise promised seeks seek sought "
    "wants want wanted refuse refused refuses prepare preparing imminent look looking hoped "
    "push pushing possibility possibilities prospect prospects seeking wanting demanding "
    "urging proposing offering pressing promising promises vowing anticipation brace braced "
    "bracing"
)
# Refusing, requesting or inviting a meeting does not report one ("rejected direct talks",
# "ruled out negotiations", "invited him to visit"); said of violence these words report it.
_MEETING_IRREALIS = _IRREALIS | words(
    "invite invites invited invitation reject rejects rejected rejecting decline declines "
    "declined declining refusing ruled requested requesting idea considering consider "
    "considered suggested suggesting suggest suggestion floated floating"
)
# Verbs that make their object's infinitive a wish, not a report, however long the object:
# "wants envoys based in Ruritania to meet with him".
_INVITED = words("invited invites invite summoned")
_WISH_VERBS = words("want wants wanted urge urged urges ask asked asks invite invited invites")
_HOPE = words("hope hopes hoped hoping")
# "she had been practically kidnapped", "virtually besieged": a figure of speech.
_HEDGES = words("practically virtually effectively essentially figuratively metaphorically")
# Words before "in talks" that make it a standing state, not one meeting: "a faction still
# in talks with the government", "we are in talks with Myanmar".
_IN_TALKS_STATE = words("is are was were be been being remain remains remained still")
# Verbs of a meeting taking place: "the talks will take place", "would not happen".
_HAPPEN = words("take happen happening occur go going begin start open resume convene proceed")
# "A meeting ... is not on the agenda / not planned / not expected".
_NOT_ON = words(
    "on planned scheduled expected likely possible imminent happening going foreseen envisaged"
)
# Verbs whose definite plural object is the agent's own specific acts: "ordered the strikes".
_AGENT_VERBS = words(
    "ordered authorized authorised approved launched planned masterminded staged conducted "
    "carried executed"
)
_NEW_EVENT = words("further more another additional future continued")


def _new_event(np_words: list[str]) -> bool:
    """ "further talks", "another summit" lie ahead; "more recent talks" lie behind."""
    return any(
        w in _NEW_EVENT and not (w == "more" and np_words[i + 1 : i + 2] == ["recent"])
        for i, w in enumerate(np_words)
    )


_HABITUAL = words(
    "often usually regularly routinely frequently repeatedly typically generally sometimes "
    "always nightly daily weekly constantly continually whenever annually yearly extensively "
    "occasionally periodically continuously"
)
# Frequency words that are also adjectives: "weekly prayers", "a daily newspaper".
_FREQUENCY_ADJECTIVES = words("daily weekly nightly yearly")
_CONDITIONAL = words("if unless whether lest")
_HOSTING = words("host hold convene attend chair")
_GENERIC_PLURAL_OK = words("the these those both")
_COPULA = words("is are was were be been being am 's")
_FUTURE = words("will 'll shall")
_CONJUNCT_GOVERNORS = _FUTURE | HYPOTHETICAL_MODALS | words("would to")


def _conjunct_governor(tokens: list[Token], and_at: int, lo: int) -> int | None:
    """The modal or "to" that a base verb after "and" shares with the verb before it ("is
    expected to fly to Paris and meet Macron"): its index, within ten words of the clause."""
    for i in range(and_at - 2, max(lo, and_at - 11) - 1, -1):
        if tokens[i].text in ".;:" or tokens[i].lower in ("and", "or", "but"):
            return None
        if tokens[i].lower in _CONJUNCT_GOVERNORS and not _to_a_place(tokens, i):
            return i
    return None


def _to_a_place(tokens: list[Token], i: int) -> bool:
    """ "to" at ``i`` leads a noun phrase ("travel to Granada", "to the capital"), no verb."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].lower == "to" and (
        nxt is None or not nxt.text[:1].islower() or nxt.lower in DETERMINERS
    )


_BELIEF = words(
    "believes believe believed thinks think thought hopes hope doubts doubt predicts guess imagine suspects"
)
_HEAD_NOUNS = words(
    "allegation allegations charge charges plot plots case cases trial suspect suspects "
    "threat threats helicopter helicopters aircraft jets force forces group groups team teams "
    "squad squads unit units rifle rifles capability capabilities drill drills exercise "
    "exercises season campaign campaigns warning warnings survivors victims claims tactics "
    "weapons weapon vehicle vehicles planes plan plans proposal room hall venue scene "
    "investigator investigators cord option options scenario scenarios process processes "
    "format framework agenda track site sites location spot pain pains drone drones boat boats "
    "submarine submarines dog dogs siren sirens alert alerts alarm alarms shelter shelters"
)
_UNPLANNED = words(
    "proposed proposal offer offered urged called calls call demand demanded possible potential "
    "invited invitation rejected ruled"
)
# Predicates that leave their subject unrealised: "a meeting ... was possible".
_UNREAL_PREDICATES = words("possible impossible likely unlikely premature uncertain unclear")
_STATE_VERBS = words("remain remains remained stay stays stayed")
# Verbs whose bare plural object is a process: "we prioritize negotiations".
_PROCESS_VERBS = words(
    "prioritize prioritise support supports favor favour favors favours want wants need "
    "needs require requires encourage encourages urge urges back backs welcome welcomes "
    "pursue pursues seek seeks prefer prefers through via"
)
# Words that place a round of meetings as just held: "after wrapping up meetings with".
_CONCLUDED = words(
    "after following wrapping wrapped concluding concluded ending ended finishing finished during"
)
# Modifiers that make a meeting noun a process rather than one occurrence.
_PROCESS_MODIFIERS = words(
    "ongoing continuing protracted lengthy long-running years-long months-long decades-long "
    "drawn-out on-off on-and-off stalled stop-start"
)
# Verbs that keep talks in a state: "the talks remain stalled" (a process).
_REMAIN = words("remain remains remained")
# What is said of talks as a whole, not of one sitting: "the talks keep stalling", "the talks
# face a deadline", "the talks had been fragile", "guarantors of the talks".
_PROCESS_NOUNS = words("talks negotiations")
_PROCESS_PREDICATES = words(
    "face faces succeed succeeds risk risks risked reflect reflects reflected collapse "
    "collapses fail fails"
)
_PROCESS_STATES = words("fragile frozen shadowed deadlocked bogged")
_PROCESS_FRAMES = (
    "guarantors of",
    "guarantor of",
    "opposed to",
    "follows",
    "follow",
    "collapse of",
    "sabotage",
    "undermine",
    "undermining",
)
# Quantifiers and collective nouns that make an event noun an aggregate ("several rounds of
# talks", "a series of attacks", "the pace of drone strikes").
_AGGREGATE_WORDS = words(
    "several many numerous multiple countless various repeated frequent recurring periodic "
    "series string spate wave number rounds dozens hundreds thousands pace tempo frequency rate"
)
_LEGAL = words(
    "charged convicted accused confessed guilty crimes charges offences offenses sentenced "
    "indicted prosecuted"
)
# Words that open a clause whose subject may be a bare gerund.
_SUBJECT_OPENERS = words("because that although though while whether and but")
_UNSET = words(
    "date dates plans plan timetable timeline decision information word news details "
    "confirmation knowledge"
)
_LONG_UNITS = words("weeks months years decades")
# Units that measure one round of talks: "three hours of talks", "two days of talks".
_SHORT_SPAN = words("hour hours day days night nights")
# "open to talks", "willing to attend a summit": a disposition, not an event.
_DISPOSED = words("open amenable receptive ready willing prepared eager keen committed")
# Words past which the verb of a noun's clause is no longer looked for.
_GOVERNOR_STOPS = words("said says told that which who while when because but")
_PRESENT = words("is are comes come begins begin starts start opens open 's")
_PAST = words("was were had did came began started opened held met")


@dataclass(frozen=True, slots=True)
class Verdict:
    status: str | None  # None: not a specific event
    reason: str


# Words before "round of talks" that name a round still to come, or none.
_ROUND_TO_COME = words("new next another further future fresh no any")


def _prev_words(tokens: list[Token], first: int, lo: int, n: int) -> list[str]:
    return [t.lower for t in tokens[max(lo, first - n) : first]]


# Words before a noun that name a kind rather than report one ("known as X"), and the verbs
# of "in what officials described as X", which rename an event just told.
_NAMING = (["known", "as"], ["referred", "to"], ["described", "as"])
_RENAMING = words("described characterized characterised termed labelled labeled branded")


def _renames_told_event(tokens: list[Token], np_first: int, lo: int) -> bool:
    """ "bombs ripped through the cathedral, in what authorities described as the deadliest
    attack in years": "in what ... described as" renames the event just told, it does not
    name a kind."""
    before = _prev_words(tokens, np_first, lo, 9)
    if len(before) < 4 or before[-1] != "as" or before[-2] not in _RENAMING:
        return False
    return any(a == "in" and b == "what" for a, b in pairwise(before[:-2]))


_SAY = words("say says said")


def _np_start(tokens: list[Token], cand: Candidate, lo: int) -> int:
    """First token of the noun phrase that ends with the trigger (shallow)."""
    j = cand.first
    while j - 1 >= lo:
        t = tokens[j - 1]
        if (
            t.lower in PREPOSITIONS
            or t.lower == "to"
            or t.lower in AUXILIARIES
            or object_verb_at(tokens, j - 1)
            or not t.text[:1].isalnum()
            or t.lower in _SAY  # "opposition groups say bombing has continued"
        ):
            break
        j -= 1
        if t.lower == "that" and tokens[cand.last].lower.endswith("s"):
            return j + 1  # "frustration that talks had stalled": a conjunction, not "those"
        if t.lower in DETERMINERS or t.lower in GENERIC_DETERMINERS or t.lower == "no":
            break
    return j


_CALENDAR = words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


_PLACE_NOUNS = words("capital city town port village resort enclave")


def _place_after(tokens: list[Token], last: int) -> bool:
    """ "talks in Madrid", "negotiations at Camp David", "talks in the Congolese port city
    of Pointe-Noire": a named place follows the trigger."""
    if last + 2 >= len(tokens) or tokens[last + 1].lower not in ("in", "at"):
        return False
    t = tokens[last + 2]
    if t.lower == "the":
        return any(w.lower in _PLACE_NOUNS for w in tokens[last + 3 : last + 7])
    return t.text[:1].isupper() and t.lower not in _CALENDAR


def _simple_past_after(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """The trigger is the subject of a simple past verb ("Israeli airstrikes killed 15
    people overnight"; reported: "said its air strikes had killed 400"): one night's
    strikes, not "airstrikes have killed 40,000 since"."""
    for k in range(cand.last + 1, min(hi + 1, cand.last + 16)):
        t = tokens[k]
        if t.lower == "had":
            continue
        if t.lower in AUXILIARIES or t.lower in MODALS or t.lower in _GOVERNOR_STOPS:
            return False
        if k > cand.last + 6:
            # past a long post-modifier only a toll verb: "air strikes against a militia in
            # western Iraq and eastern Syria killed at least 25" (not "strikes over the past
            # 24 hours had killed 46": a day's tally)
            if not t.text[:1].isalnum() or t.lower in _PERIOD_WORDS:
                return False
            if t.lower in TOLL_VERBS:
                return not _PERIOD_WORDS & {u.lower for u in tokens[cand.last + 1 : k]}
        elif t.lower.endswith("ed") and t.text.islower():
            return True
    return False


_PERIOD_WORDS = words("past last since recent")


_BEGAN = words("began begun started erupted")


def _began_after(tokens: list[Token], cand: Candidate) -> bool:
    """The noun is the subject of a verb of starting ("the bombing began", "the fighting
    broke out")."""
    after = [t.lower for t in tokens[cand.last + 1 : cand.last + 3]]
    return bool(after) and (after[0] in _BEGAN or after == ["broke", "out"])


# Past verbs of carrying out an activity: "carried out search operations in five villages".
_CARRIED = words("carried conducted launched mounted staged")


def _operations_carried_out(tokens: list[Token], cand: Candidate) -> bool:
    """A past verb of carrying out within four words before the noun, across quotation marks
    (which open a clause of their own) and modifiers ("had carried out 'retaliatory
    operations'"; not "have carried out")."""
    before = [t.lower for t in tokens[max(0, cand.first - 6) : cand.first] if t.text[:1].isalnum()]
    return bool(_CARRIED & set(before[-4:])) and not {"has", "have", "'ve"} & set(before)


def _carried_out_once(tokens: list[Token], np_first: int, lo: int) -> bool:
    """The noun phrase is the object of a simple past verb of carrying out: "launched air
    strikes", "had carried out strikes" (not "has launched", "have carried out")."""
    if np_first - 1 < lo:
        return False
    start = np_first - 1
    if tokens[np_first].lower == "out" or tokens[start].lower == "out":
        # (the shallow noun phrase may begin at the particle: "carried out further strikes")
        start = np_first - 1 if tokens[np_first].lower == "out" else np_first - 2
        if start < lo or tokens[start].lower != "carried":
            return False
    elif tokens[start].lower not in _CARRY_OUT or not tokens[start].lower.endswith("ed"):
        return False
    if {"has", "have", "'ve"} & set(_prev_words(tokens, start, lo, 2)):
        return False
    for t in reversed(tokens[max(0, start - 6) : start]):
        if not t.text[:1].isalnum():
            break
        if t.lower in NEGATORS:
            return False  # "had not fired artillery or carried out air strikes"
    return True


# Past verbs that tell an event over: "The Washington talks ended without an agreement".
_COMPLETED = words("ended broke concluded produced focused lasted collapsed failed yielded")


def _completed_after(tokens: list[Token], cand: Candidate) -> bool:
    """The noun is the subject of a past verb that tells the event over: it took place,
    whatever day its sentence was resolved to."""
    return cand.last + 1 < len(tokens) and tokens[cand.last + 1].lower in _COMPLETED


def _counted_from(tokens: list[Token], np_first: int) -> bool:
    """The noun phrase is the anchor of a count of hours or days ("three days after Israeli
    air strikes", "hours before rebel attacks"): events that happened, not a kind."""
    prev = _prev_words(tokens, np_first, 0, 2)
    return len(prev) == 2 and prev[0] in _PERIOD_UNITS and prev[1] in ("after", "before")


_BROKE_OUT = words("broke erupted flared")


def _broke_out(tokens: list[Token], cand: Candidate) -> bool:
    """ "heavy clashes broke out between the SDF and tribal fighters": a plural that breaks
    out is one outbreak of fighting, not a kind."""
    return cand.last + 1 < len(tokens) and tokens[cand.last + 1].lower in _BROKE_OUT


_HIT_PAST = words("hit struck")


def _hit_one_target(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """The trigger is the subject of a past verb whose object is one target ("airstrikes
    hit a training camp", "the raids destroyed the bridge"), not "airstrikes hit targets"."""
    j = cand.last + 1
    if j > hi or not (tokens[j].lower in _HIT_PAST or tokens[j].lower.endswith("ed")):
        return False
    return tokens[j].text.islower() and j + 1 <= hi and tokens[j + 1].lower in ("a", "an", "the")


_TIME_POSSESSIVES = words(
    "week's weekend's month's night's yesterday's today's monday's tuesday's wednesday's "
    "thursday's friday's saturday's sunday's"
)
_PLACE_PREPS = words("at in on near outside of")
# Heads of "a list of / a record month for <attacks>": a tally, not the events themselves.
_TALLIES = words(
    "list lists month months year years record history campaign campaigns number tally "
    "count wave spate rise increase decline"
)
_TIME_SKIP = words("this last that month week year earlier")
_NOT_PLACES = words(
    "january february march april may june july august september october november december "
    "jan jan. feb feb. mar mar. apr apr. jun jul aug aug. sep sep. sept sept. oct oct. nov "
    "nov. dec dec. monday tuesday wednesday thursday friday saturday sunday i"
)
_FEW_EVENTS = words("both twin two three four")


def _placed(tokens: list[Token], cand: Candidate, np_first: int, hi: int) -> bool:
    """A plural attack noun tied to a named place ("bombings at U.S. embassies in Kenya",
    "missile attacks on sites in Sudan", "bombings this month of embassies in X"): the
    events that happened there, not attacks in general ("staging attacks in X", "a list of
    strikes in X")."""
    before = [t.lower for t in tokens[max(0, np_first - 2) : np_first]]
    if any(
        t.text.islower() and t.lower.endswith("ing") and t.lower != "bombing"
        for t in tokens[max(0, np_first - 1) : cand.first]
    ):
        return False  # "militants staging attacks in X"
    if len(before) == 2 and before[1] in ("of", "for") and before[0] in _TALLIES:
        return False
    j = cand.last + 1
    end = min(hi + 1, len(tokens))
    if (
        j == end
        and j < len(tokens)
        and tokens[j].text in _CLOSE_QUOTES
        and (_carried_out(tokens, np_first) or _carried_out(tokens, cand.first))
    ):
        # a quoted trigger's clause goes on past the quote ("carried out “surgical strikes” on
        # launch pads in X")
        j, end = j + 1, min(len(tokens), j + 9)
    while j < end and tokens[j].lower in _TIME_SKIP:
        j += 1  # "bombings this month of ..."
    if j >= end or tokens[j].lower not in _PLACE_PREPS:
        return False
    for t in tokens[j + 1 : min(end, j + 7)]:
        if not t.text[:1].isalnum():
            return False
        if t.text[:1].isupper() and t.lower not in _NOT_PLACES:
            return True
    return False


_NIGHT = words("overnight tonight")


def _one_night(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """ "a series of airstrikes overnight", "a wave of raids last night": one night's acts,
    one event (not "a series of attacks this year")."""
    after = [t.lower for t in tokens[cand.last + 1 : min(hi + 1, cand.last + 4)]]
    return bool(_NIGHT & set(after)) or any(
        w == "last" and after[i + 1 : i + 2] == ["night"] for i, w in enumerate(after)
    )


def _since_a_date(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """ "since 2020", "since January", "since the start of the year" after the noun."""
    after = tokens[cand.last + 1 : min(len(tokens), cand.last + 8)]
    for i, t in enumerate(after):
        if t.lower == "since" and i + 1 < len(after):
            nxt = after[i + 1].lower
            return (
                (nxt.isdigit() and len(nxt) == 4)
                or nxt in _CALENDAR
                or nxt in ("the", "last", "early", "late", "mid")
            )
    return False


def _over_time(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """ "for weeks", "for three months", "since January" in the rest of the clause."""
    after = [t.lower for t in tokens[cand.last + 1 : hi + 1]]
    for i, w in enumerate(after):
        if w == "for" and ({"days", "weeks", "months", "years"} & set(after[i + 1 : i + 4])):
            return True
        if w == "since" and i + 1 < len(after) and after[i + 1] not in ("the", "a", "an"):
            return True
    return False


def _narrative_present(tokens: list[Token], cand: Candidate, lo: int) -> bool:
    """ "an officer is killed when a bomb explodes at another clinic": a singular indefinite
    subject right before the verb and a place after it tell one event in the present (not
    "when a bomb explodes, shrapnel flies", "bombs explode every night")."""
    subject = [t.lower for t in tokens[max(lo, cand.first - 3) : cand.first]]
    det = max((i for i, w in enumerate(subject) if w in ("a", "an")), default=None)
    if (
        det is None
        or det == len(subject) - 1
        or subject[-1].endswith("s")
        or not all(w.isalpha() for w in subject[det:])
        or {"every", "whenever"} & {t.lower for t in tokens}
    ):
        return False
    nxt = tokens[cand.last + 1 : cand.last + 3]
    return (
        len(nxt) == 2
        and nxt[0].lower in ("at", "in", "near", "outside", "inside")
        and (nxt[1].lower in ("a", "an", "the", "another") or nxt[1].text[:1].isupper())
    )


_PLAN_NOUNS = words("meeting visit trip talks summit session conference")
_THAT_PLAN = words("the that this his her their its")


def called_off_noun(tokens: list[Token], cand: Candidate) -> int | None:
    """The index of the noun of ", but the meeting was postponed" after a plan in the same
    sentence ("were to meet in Niamey on March 22, but the meeting was postponed", "had been
    due to visit Sebba on Tuesday, but the trip was postponed"): that noun renames the plan,
    which the sentence calls off."""
    for i in range(cand.last + 1, len(tokens) - 4):
        if tokens[i].text != "," or tokens[i + 1].lower != "but":
            continue
        if tokens[i + 2].lower in _THAT_PLAN and tokens[i + 3].lower in _PLAN_NOUNS:
            rest = [t.lower for t in tokens[i + 4 : i + 9]]
            told_off = any(w in _CANCEL for w in rest) or "called off" in " ".join(rest)
            if rest[:1] and rest[0] in ("was", "were", "had", "has", "have") and told_off:
                return i + 3
        return None
    return None


_MUNITIONS = words(
    "drone drones missile missiles rocket rockets projectile projectiles uavs shaheds"
)
_PASSIVE_AUX = words("was were been be being")


def _interception(tokens: list[Token], cand: Candidate) -> bool:
    """ "94 of the drones were shot down", "the drone was shot down by air defences", "a drone
    ... was spotted and shot down": a munition brought down in flight is part of the salvo it
    belongs to, no event of its own (an aircraft shot down still is one: "Flight 17 was shot
    down over rebel-held territory")."""
    if not cand.text.lower().startswith("shot down"):
        return False
    before = {t.lower for t in tokens[max(0, cand.first - 12) : cand.first]}
    after = [t.lower for t in tokens[cand.last + 1 : cand.last + 5]]
    by_defences = after[:1] == ["by"] and any(
        w.startswith(("defen", "anti-aircraft", "interceptor")) for w in after[1:]
    )
    return bool(_PASSIVE_AUX & before) and (by_defences or bool(_MUNITIONS & before))


_MASS_VIOLENCE = words("bombing shelling fighting bombardment violence")
_GOES_ON = words("continue continues continued persist persists stop stopped cease ceased end")
# A trend of a tally: "attacks on police have surged this year".
_TREND = words(
    "surge surges surged rise rises rose risen increase increases increased grow grows grew "
    "grown multiply multiplies multiplied escalate escalates escalated intensify intensifies "
    "intensified decline declines declined drop drops dropped subside subsides subsided"
)
# Words between a noun phrase and its predicate that leave the predicate the same.
_PREDICATE_FILLER = AUXILIARIES | MODALS | ADVERBS | words("likely expected bound set to largely")
_TARGET_PREPOSITIONS = words("on against in inside across near by from targeting")


def _campaign_goes_on(tokens: list[Token], cand: Candidate, hi: int, trend: bool) -> bool:
    """ "the attacks did not stop", "the attacks continue", "attacks on ships would continue":
    the predicate is the campaign's going on or stopping; with ``trend``, also its tally's
    rising or falling ("attacks on police have surged")."""
    after = _predicate_after(tokens, cand, hi)
    if after[:1] and after[0] in _TARGET_PREPOSITIONS:
        # past the phrase of its targets and places: "attacks on ships would continue",
        # "militant attacks in Pakistan rose by more than half"
        after = after[
            next(
                (
                    i
                    for i, w in enumerate(after)
                    if w in _PREDICATE_FILLER or w in _GOES_ON or (trend and w in _TREND)
                ),
                0,
            ) :
        ]
    elif after[:2] == [",", "which"]:
        after = after[2:]  # "the attacks, which have escalated since"
    for i, w in enumerate(after[:6]):
        if w in _GOES_ON:
            neg = "not" in after[:i] or any(x.endswith("n't") for x in after[:i])
            # ("has continued almost without pause": the perfect of a campaign going on)
            perfect = w == "continued" and bool({"has", "have"} & set(after[:i]))
            return neg or perfect or w in ("continue", "continues", "persist", "persists")
        if trend and w in _TREND:
            return True
        if w not in _PREDICATE_FILLER and w not in ("not", "n't") and not w.endswith("n't"):
            return False
    return False


# The sounds of force, and the words between them and a "heard" that follows them.
_SOUNDS = words("explosion explosions blast blasts detonation detonations")
_HEARD_FILLER = words("was were be been could can still also later then clearly")
_HEARD = words("heard hear hears hearing")
# Words that open a clause of their own between "heard" and the noun.
_OBJECT_CLAUSE_WORDS = words("that which after before when as while")


def _only_heard(tokens: list[Token], cand: Candidate, np_first: int, lo: int) -> bool:
    """ "explosions were heard across the city", "residents said they heard two loud
    explosions": a sound someone heard, not the event that made it (in dev text 2 of 89 such
    explosions are gold, 22 more optional)."""
    if cand.text.lower() not in _SOUNDS:
        return False
    for t in tokens[cand.last + 1 : cand.last + 5]:
        if t.lower in _HEARD:
            return True
        if t.lower not in _HEARD_FILLER:
            break
    before = tokens[max(lo, np_first - 6) : np_first]
    for k in range(len(before) - 1, -1, -1):
        if before[k].lower in _HEARD:
            return True
        if not before[k].text[:1].isalnum() or before[k].lower in _OBJECT_CLAUSE_WORDS:
            return False
    return False


_GOES_ON_AHEAD = words("continue last proceed")


def _said_to_go_on(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """ "the operation would continue", "this operation will last weeks", "the operation
    will not stop there": the predicate is the campaign's going on hereafter."""
    after = _predicate_after(tokens, cand, hi)
    if after[:1] not in (["would"], ["will"]):
        return False
    return (len(after) > 1 and after[1] in _GOES_ON_AHEAD) or after[1:3] in (
        ["go", "on"],
        ["not", "stop"],
    )


# Verbs that halt a campaign, and those that step it up or resume it, before its noun phrase.
_HALT = (
    r"(?:halt|end|stop|pause)\s+(?:to|in)|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?"
    r"|stop(?:s|ped|ping)?|end(?:s|ed|ing)?"
)
_CAMPAIGN_OBJECT = r"(?:\s+(?:the|its|their|his|her|our|cross-border))*\s*$"
_HALTING_VERBS = re.compile(rf"\b(?:{_HALT}){_CAMPAIGN_OBJECT}", re.IGNORECASE)
_CAMPAIGN_VERBS = re.compile(
    r"\b(?:(?:step|steps|stepped|stepping)\s+up|intensif(?:y|ies|ied|ying)|escalat(?:e|es|ed|ing)"
    rf"|resum(?:e|es|ed|ing)|{_HALT}){_CAMPAIGN_OBJECT}",
    re.IGNORECASE,
)


def _campaign_verb(
    tokens: list[Token], np_first: int, first: int, lo: int, halted_only: bool = False
) -> bool:
    """A verb that steps up, resumes or halts a series governs the plural noun phrase (the
    shallow noun phrase may have taken in the verb: "have stepped up attacks"); with
    ``halted_only``, one that halts it ("a halt to the bombing", "stop the shelling")."""
    before = tokens[max(lo, np_first - 4) : first]
    pattern = _HALTING_VERBS if halted_only else _CAMPAIGN_VERBS
    return bool(before) and bool(pattern.search(" ".join(t.text for t in before)))


_LAUNCH_VERBS = frozenset(
    "launch launched launches launching begin began begun begins beginning start started starts "
    "starting open opened opens opening mount mounted mounts mounting unleash unleashed "
    "announce announced announces announcing".split()
)


# Words that open a clause of another event after a noun ("since the war began").
_OTHER_CLAUSE = words("since when after before as while")
_LAUNCHED_ASIDE = words("launched begun started mounted unleashed opened")


def _launched(tokens: list[Token], cand: Candidate, np_first: int, hi: int) -> bool:
    """A launch or start verb right before the noun phrase ("launched a major offensive",
    "to start the offensive", "announced its offensive") or after it ("an offensive that began
    Jan. 11", "an offensive in the Catupa forest that began on Saturday", "the offensive,
    which began a week ago", "the offensive, launched on May 12"; not "since the war began"),
    or a count of time into it ("Two days into the army's offensive")."""
    before = [t.lower for t in tokens[max(0, np_first - 3) : np_first]]
    after = []
    end = hi
    if (
        end + 2 < len(tokens)
        and tokens[end + 1].text == ","
        and (tokens[end + 2].lower == "which" or tokens[end + 2].lower in _LAUNCHED_ASIDE)
    ):
        end = len(tokens) - 1  # the aside runs on past the clause's end
    for k in range(cand.last + 1, min(end + 1, cand.last + 8)):
        t = tokens[k]
        if t.text == "," and k == hi + 1:
            continue
        if not t.text[:1].isalnum() or t.lower in _OTHER_CLAUSE:
            break
        after.append(t.lower)
    # "Two days into the army's offensive": a count of days since it began
    begun = any(w == "into" and before[i - 1] in _PERIOD_UNITS for i, w in enumerate(before) if i)
    return begun or bool(_LAUNCH_VERBS & set(before + after))


_FLOATED = words("floated proposed suggested mooted")


def _floated_after(tokens: list[Token], cand: Candidate) -> bool:
    """ "A meeting of the two presidents, floated by French diplomats last week, ...": an
    aside after the noun phrase says the meeting is only an idea."""
    for k in range(cand.last + 1, min(len(tokens) - 1, cand.last + 10)):
        if tokens[k].text == "," and tokens[k + 1].lower in _FLOATED:
            return True
    return False


_MANY = words("dozens hundreds scores thousands")
_TARGETING_VERBS = words("attack strike hit raid bomb shell target storm assault")
_ABOUT = words("more than over nearly almost about some at least")
_MEASURES = words(
    "miles mile nautical kilometres kilometers kilometre kilometer km metres meters feet yards"
)
_TAKING_VERBS = words("capture seize overrun take")
_PLACES_TAKEN = words(
    "posts outposts camps bases towns villages positions checkpoints stations garrisons"
)


def _many_targets(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """The object right after the verb is counted in dozens or more ("attacked more than
    100 ships"; a count of 20 or more); places taken count so too ("had captured more than
    40 military posts", not "seized 30 passengers": the hostages of one kidnapping)."""
    taking = cand.rule.phrase in _TAKING_VERBS
    if cand.rule.phrase not in _TARGETING_VERBS and not taking:
        return False  # "abducted 276 schoolgirls", "killed 72 migrants": the victims of one
    k = cand.last + 1
    while k <= hi and k - cand.last <= 3 and tokens[k].lower in _ABOUT:
        k += 1
    if k > hi:
        return False
    w = tokens[k].lower.replace(",", "")
    if not (w in _MANY or (w.isdigit() and int(w) >= 20)):
        return False
    if k + 1 <= hi and tokens[k + 1].lower in _MEASURES:
        return False  # "was hit about 40 nautical miles west of Mokha": a distance
    return not taking or any(t.lower in _PLACES_TAKEN for t in tokens[k + 1 : min(hi, k + 4) + 1])


def tally(tokens: list[Token], cand: Candidate) -> bool:
    """A plural noun counted as a series or in dozens: "the latest in a series of
    assassinations", "a wave of attacks", "more than 20 shootings" (not "two airstrikes")."""
    if cand.pos != NOUN or not tokens[cand.last].lower.endswith("s"):
        return False
    np_first = _np_start(tokens, cand, 0)
    of_head = _prev_words(tokens, np_first, 0, 2)
    if len(of_head) == 2 and of_head[1] == "of" and of_head[0] in _AGGREGATE_WORDS:
        return True
    w = tokens[np_first].lower.replace(",", "") if np_first < cand.first else ""
    return w in _MANY or (w.isdigit() and int(w) >= 20)


def _count(word: str) -> bool:
    value = number_value(word)
    return value is not None and value > 1


_AVENGED_BY = (["retaliate", "for"], ["retaliation", "for"], ["revenge", "for"], ["avenge"])


def _avenged(tokens: list[Token], np_first: int, lo: int) -> bool:
    """ "to retaliate for an air strike", "vowed to avenge a killing": the deed avenged."""
    before = _prev_words(tokens, np_first, lo, 2)
    return before in _AVENGED_BY or before[-1:] in _AVENGED_BY


def _governor(tokens: list[Token], np_first: int, lo: int) -> list[str]:
    """What governs the verb whose object is the noun phrase at ``np_first``: the words up to
    and including a modal ("would welcome a summit" -> [..., "would"]) or an infinitive's
    "to" ("urged them to reduce violence and resume talks" -> [..., "urged", ..., "to"]).

    The verb is the word before the noun phrase; the search goes back over its own
    coordinated objects within six words of the clause. Empty when nothing governs it.
    """
    k = np_first - 1
    if k < lo or not tokens[k].text.isalpha() or not tokens[k].text.islower():
        return []
    for j in range(k - 1, max(lo, k - 7) - 1, -1):
        w = tokens[j].lower
        if not tokens[j].text[:1].isalnum() or w in _GOVERNOR_STOPS:
            return []
        if w in ("to",) or w in HYPOTHETICAL_MODALS or w == "would" or w in _FUTURE:
            if w == "to" and j + 1 < len(tokens) and not tokens[j + 1].text.islower():
                return []  # "to Madrid": a preposition
            return [t.lower for t in tokens[max(lo, j - 6) : j + 1]]
    return []


def _negated(tokens: list[Token], cand: Candidate, lo: int, np_first: int) -> bool:
    if cand.pos == NOUN:
        np = [t.lower for t in tokens[np_first : cand.first]]
        if "no" in np or "without" in _prev_words(tokens, np_first, lo, 1):
            return True
        if np[:1] in (["a"], ["an"]) and _prev_words(tokens, np_first, lo, 1) == ["not"]:
            return True  # "a clash with an army patrol, not an assault on a base"
        before = _prev_words(tokens, np_first, lo, 5)
        if "any" in np and any(
            w in ("no", "not", "n't", "never", "without") or w.endswith("n't") for w in before
        ):
            return True
        before2 = _prev_words(tokens, np_first, lo, 3)
        if len(before2) >= 2 and before2[-1] == "of" and "no" in before2:
            return True
        return _negated_holding(tokens, cand, np_first, lo)
    j = cand.first - 1
    while j >= lo and (tokens[j].lower in ADVERBS or tokens[j].lower in AUXILIARIES):
        j -= 1
    prev = tokens[j].lower if j >= lo else ""
    if prev in ("not", "never", "n't") or prev.endswith("n't"):
        return True
    if cand.last + 1 < len(tokens) and tokens[cand.last + 1].lower == "no":
        return True  # "Ankara summoned no Russian diplomats": an object with "no"
    subject = [t.lower if t.text.isalpha() else "," for t in tokens[max(lo, j - 3) : j + 1]]
    if "no" in subject and "," not in subject[subject.index("no") :]:
        # "no missiles were fired at the capital", "No shells landed in Bangladesh": a
        # subject with "no"
        return True
    return any(
        w in ("not", "n't", "never") or w.endswith("n't")
        for w in _prev_words(tokens, cand.first, lo, 3)
    )


# Verbs whose object names the meeting held: "did not hold talks", "has yet to make the
# visit" ("did not carry out the attack" denies a part in one that happened).
_HOLD = words(
    "hold holds held holding have has had make makes made making pay pays paid paying host "
    "hosts hosted hosting"
)
_EXPECT = words("expect expects anticipate anticipates foresee foresees")


def _negated_holding(tokens: list[Token], cand: Candidate, np_first: int, lo: int) -> bool:
    """The noun is the object of a negated "hold"/"have" ("is not expected to hold a
    bilateral meeting with", "did not hold talks") or "expect" ("did not expect a new round
    soon"), through auxiliaries, adverbs and words of plan; "did not attend the summit"
    leaves the summit held, and "did not expect the summit to agree" doubts its outcome."""
    k = np_first - 1
    if k < lo or (tokens[k].lower not in _HOLD and tokens[k].lower not in _EXPECT):
        return False
    following = []
    for t in tokens[cand.last + 1 : cand.last + 6]:
        if not t.text[:1].isalnum():
            break
        following.append(t.lower)
    if tokens[k].lower in _EXPECT and "to" in following:
        return False
    for j in range(k - 1, max(lo, k - 6) - 1, -1):
        w = tokens[j].lower
        if w in NEGATORS or w.endswith("n't") or (w == "yet" and tokens[j + 1].lower == "to"):
            return True
        if not (
            w in ADVERBS
            or w in AUXILIARIES
            or w in MODALS
            or w == "to"
            or w in _PLAN_BEFORE_INFINITIVE
        ):
            return False
    return False


_DENY = words("deny denies denied denying")
_DOING_VERBS = words("held hold holding conducted carried launched staged mounted")
_DENY_SKIP = words("on last this late early again also repeatedly flatly strongly week night")


def _denied(tokens: list[Token], cand: Candidate) -> bool:
    """ "denied that the air force had bombed civilians", "has denied bombing inside South
    Sudan": the act a denial is about is not told as happening (unlike "denied any role in
    the attack" or "denied that the bombing was deliberate", where it happened)."""
    if cand.first > 0 and tokens[cand.first - 1].lower in _DENY:
        return cand.pos == VERB or cand.text.lower().endswith("ing")  # "denied bombing"
    start = cand.first
    if cand.pos == NOUN:
        # ("denied reports that officials had held secret talks": the noun of a light verb)
        light = [
            k
            for k in range(cand.first - 1, max(-1, cand.first - 5), -1)
            if tokens[k].lower in _DOING_VERBS
        ]
        if not light or not all(t.text[:1].isalnum() for t in tokens[light[0] : cand.first]):
            return False
        start = light[0]
    for k in range(start - 1, max(-1, start - 12), -1):
        if tokens[k].lower in _DENY:
            j = k + 1
            # (past a short time phrase: "denied last week that", "denied on Monday that")
            while j < min(len(tokens) - 1, k + 4) and (
                tokens[j].lower in _DENY_SKIP or tokens[j].lower in WEEKDAYS
            ):
                j += 1
            nxt = tokens[j].lower
            return nxt == "that" or (nxt == "reports" and _reports_that(tokens, j))
        if not tokens[k].text[:1].isalnum() and tokens[k].text not in "'’":
            return False
    return False


def _reports_that(tokens: list[Token], j: int) -> bool:
    """ "reports that", "reports circulating on social media that": the content of the
    reports at most six words on."""
    for k in range(j + 1, min(len(tokens), j + 8)):
        if tokens[k].lower == "that":
            return True
        if not tokens[k].text[:1].isalnum():
            return False
    return False


def _outside_brackets(tokens: list[Token], end: int, n: int) -> list[str]:
    """Up to ``n`` words before ``end`` in the sentence, skipping bracketed asides."""
    out: list[str] = []
    depth = 0
    for t in reversed(tokens[:end]):
        if t.text in ")]":
            depth += 1
        elif t.text in "([":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t.lower)
            if len(out) >= n:
                break
    return out[::-1]


# A cancellation caused by the event is not of the event: "one cancellation as a result of
# the bombing", "flights delayed after the blast".
_CAUSES = ("result of", "because of", "due to", "after", "following", "amid", "over", "since")


_CANCEL_PHRASE_WORDS = [p.split() for p in _CANCEL_PHRASES]


def _caused_by(before: list[str]) -> bool:
    """A cause between the calling off and the event: "was called off after the shelling"."""
    last = None
    for i, w in enumerate(before):
        if w in _CANCEL or any(
            i + 1 >= len(p) and before[i + 1 - len(p) : i + 1] == p for p in _CANCEL_PHRASE_WORDS
        ):
            last = i
    if last is None:
        return False
    rest = " " + " ".join(before[last + 1 :]) + " "
    return any(f" {c} " in rest for c in _CAUSES)


# "considered a drone strike but called it off": the pronoun is the event called off.
_CALLED_IT_OFF = re.compile(
    r"^[^.;]{0,60}?\bbut\s+(?:\w+\s+){0,2}?(?:called|call|calls)\s+(?:it|them)\s+off\b|"
    r"^[^.;]{0,60}?\bbut\s+(?:\w+\s+){0,2}?(?:aborted|scrapped|cancell?ed|shelved)\s+"
    r"(?:it|them)\b|"
    # "The envoy's first trip had been expected in December but was postponed"
    # (past the period of an abbreviation: "due to open on Aug. 16 but was called off")
    r"^[^.;,]{0,60}?\b(?:expected|scheduled|planned|due|set)\b(?:[^.;]|\.(?=\s*[a-z0-9])){0,40}?"
    r"\bbut\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:postponed|delayed|cancell?ed|scrapped|shelved|dropped|called\s+off|put\s+off)\b"
    r"(?!\s+(?:for|by|until|till|to)\b)",  # (not "postponed for a day": held a day later)
    re.IGNORECASE,
)


_PROCESS_HEADS = words("talks negotiations dialogue")
_SUSPEND = words("suspend suspends suspended suspending")


def _process_suspended(tokens: list[Token], cand: Candidate, lo: int) -> bool:
    """ "Petro suspended peace talks with the ELN": a negotiating process put on hold, not
    a meeting called off ("suspended a round of talks", "the summit was suspended" are)."""
    phrase = {t.lower for t in tokens[cand.first : cand.last + 1]}
    if tokens[cand.last].lower not in _PROCESS_HEADS or phrase & {"round", "session"}:
        return False
    return bool(_SUSPEND & set(_prev_words(tokens, cand.first, lo, 4)))


_HELD = (["be", "held"], ["take", "place"], ["be", "convened"], ["go", "ahead"])
_OPENING = words("resume open begin start convene reconvene")


def _reported_arrangement(
    tokens: list[Token], cand: Candidate, after: list[str], modal: int
) -> bool:
    """ "Officials said talks would be held in Mogadishu on December 9": "would" is the
    reported "will" of a meeting arranged, not a modal of what might be."""
    # (the words after the modal in the sentence, past the window of ``after``)
    at = next((k for k in range(cand.last + 1, len(tokens)) if tokens[k].lower == "would"), 0)
    nxt = [t.lower for t in tokens[at + 1 : at + 3]]
    return (
        after[modal] == "would"
        and (nxt in _HELD or (nxt[:1] and nxt[0] in _OPENING))
        and any(
            w.lower in REPORTING or w.lower == "that"
            for w in tokens[max(0, cand.first - 5) : cand.first]
        )
    )


def _cancel_denied(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """ "the visit had not been postponed", "the talks have not been called off": a negated
    cancellation leaves the meeting planned (not "was never rescheduled")."""
    after = _predicate_after(tokens, cand, hi)[:5]
    joined = " ".join(after)
    return bool(NEGATORS & set(after[:3])) and (
        any(w in _CANCEL and not w.startswith("reschedul") for w in after)
        or any(p in joined for p in _CANCEL_PHRASES)
    )


def _inside_other_meeting(tokens: list[Token], np_first: int) -> bool:
    """The phrase is the object of a preposition right after another meeting noun ("a
    planned meeting at the summit was dropped"): the predicate is that noun's."""
    return (
        np_first >= 2
        and tokens[np_first - 1].lower in ("at", "during", "on", "before", "after")
        and tokens[np_first - 2].lower in _PLAN_NOUNS
    )


# Predicates that tell a meeting put off in an aside took place after all ("The talks,
# delayed by a day, opened on Monday").
_WENT_AHEAD = words("opened began started met held convened resumed ended closed concluded")


def _cancelled_aside(tokens: list[Token], cand: Candidate) -> bool:
    """An aside past the subject's own modifiers says it was put off: "The summit of
    troop-contributing countries, postponed last week over funding, still has no new date"
    (not a verb of the subject's after an object: "blamed Pakistan for the attack,
    suspended the treaty")."""
    first = cand.first
    while first > 0 and tokens[first - 1].text[:1].isalnum():
        first -= 1
    if any(
        t.lower in AUXILIARIES
        or t.lower in REPORTING
        or (t.text.islower() and t.lower.endswith("ed") and len(t.lower) > 4)
        for t in tokens[first : cand.first]
    ):
        return False
    for c in range(cand.last + 1, min(len(tokens) - 2, cand.last + 9)):
        w = tokens[c].lower
        if w == ",":
            nxt = [t.lower for t in tokens[c + 1 : c + 3]]
            if not (nxt[0] in _CANCEL or nxt == ["called", "off"]):
                return False
            close = next(
                (k for k in range(c + 1, min(len(tokens), c + 14)) if tokens[k].text == ","), None
            )
            rest = {t.lower for t in tokens[close + 1 : close + 6]} if close is not None else set()
            # (not "The summit, postponed in April, is now expected in May": set again)
            return not ((_WENT_AHEAD | _SET_PARTICIPLES | _RESET) & rest or "place" in rest)
        if w in AUXILIARIES or w in REPORTING or not tokens[c].text[:1].isalnum():
            return False
    return False


_RELATIVE_OPENERS = words("that which")
_PRONOUN_SUBJECTS = words("he she they we it")


def _put_off_in_relative(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """A relative clause on the event noun, past its own short modifiers, says it was put
    off: "the visit to Cabinda that was scheduled for March 18 and then postponed", "the
    visit he postponed from March 18"."""
    k = cand.last + 1
    while k <= min(hi, cand.last + 6) and (
        tokens[k].lower in _POSTMODIFIERS
        or tokens[k].lower in _NP_STARTS
        or is_capitalised(tokens[k])
    ):
        k += 1
    if k > hi:
        return False
    if tokens[k].lower in _PRONOUN_SUBJECTS:
        return k + 1 <= hi and tokens[k + 1].lower in _CANCEL
    if tokens[k].lower not in _RELATIVE_OPENERS:
        return False
    rel = [tokens[k].lower]
    for t in tokens[k + 1 : hi + 1]:
        if not t.text[:1].isalnum() or t.lower in _CLAUSE_OPENERS:
            break
        rel.append(t.lower)
    return any(w in _CANCEL for w in _without_old_slot(rel)[1:15])


# Nouns of calling off, which govern an event only through "of": "the postponement of the
# talks" (not "The postponement followed a phone call", "discussed the delay in a call").
_CANCEL_NOUNS = words("cancellation postponement delay delays")
# Prepositions that presuppose their noun's event held, whatever a relative clause on it
# says: "signed a deal after talks that had been postponed last month".
_PRESUPPOSING = words("after following during")
# Pre-modifiers of an event given a new slot: "the rescheduled round", called off only by
# its own predicate ("the rescheduled talks were postponed again").
_RESET = words("rescheduled reset")


def _governing(before: list[str]) -> list[str]:
    """The words before an event, blanking a noun of calling off not followed by "of"."""
    return [
        "" if w in _CANCEL_NOUNS and before[i + 1 : i + 2] != ["of"] else w
        for i, w in enumerate(before)
    ]


_HELD_PAST = words("held hosted attended")


def _reset_to_come(tokens: list[Token], cand: Candidate, lo: int, hi: int, np_first: int) -> bool:
    """ "awaits the rescheduled peace meeting", "The meeting, postponed on Wednesday, has been
    reset for Oct. 15": an event given a new slot is planned, unless the sentence has it held
    ("the rescheduled round opened on Monday")."""
    after = set(_predicate_after(tokens, cand, hi)[:4])
    # (a predicate that says it was reset, not "could be rescheduled", "have not been
    # rescheduled", "described the meeting as a cautious reset")
    reset = _RESET & after and _COPULA & after and not (HYPOTHETICAL_MODALS | NEGATORS) & after
    if not (reset or _RESET & set(_prev_words(tokens, cand.first, lo, 3))):
        return False
    held = np_first > lo and tokens[np_first - 1].lower in _HELD_PAST
    return not (held or _WENT_AHEAD & after)


def _held_now(tokens: list[Token], cand: Candidate, np_first: int, lo: int) -> bool:
    """The noun is the object of a verb that has it held ("Algiers hosts a summit that had
    been postponed", "hold the postponed talks")."""
    return (
        np_first > lo
        and tokens[np_first - 1].lower in _HOLD
        and not _negated_holding(tokens, cand, np_first, lo)
    )


def _cancelled(tokens: list[Token], cand: Candidate, lo: int, hi: int, np_first: int) -> bool:
    before = _governing(_outside_brackets(tokens, np_first, 8))
    if _caused_by(before):
        return False
    last = max((i for i, w in enumerate(before) if w in _CANCEL), default=None)
    if last is not None and _GOVERNOR_STOPS & set(before[last + 1 :]):
        # "the postponement reflected frustration that talks ... had stalled": another clause
        before = before[last + 1 :]
    if any(w in _CANCEL for w in before):
        return True
    pre = _governing(_prev_words(tokens, cand.first, lo, 3))
    if any(w in _CANCEL for w in pre) and not _RESET & set(pre):
        # "the postponed talks would take place on Thursday", "the long-delayed meeting will
        # be held on July 10", "hold the postponed talks": the put-off event's new date
        return not (
            _goes_ahead(_predicate_after(tokens, cand, hi)) or _held_now(tokens, cand, np_first, lo)
        )
    joined = " ".join(before)
    if "no new date" in joined and tokens[np_first].lower in DETERMINERS:
        return True  # "no new date has been set for the Tokyo talks": put off, not held
    near = " ".join(_prev_words(tokens, cand.first, lo, 4))  # "called off peace talks"
    if any(p in joined or p in near for p in _CANCEL_PHRASES):
        return True
    if _CALLED_IT_OFF.search(" ".join(t.text for t in tokens[cand.last + 1 : cand.last + 16])):
        return True
    if _cancelled_aside(tokens, cand):
        return True
    if _inside_other_meeting(tokens, np_first):
        return False  # "a planned meeting at the CSTO summit was dropped": the meeting was
    if _held_now(tokens, cand, np_first, lo) or (
        tokens[np_first - 1].lower in _PRESUPPOSING and _put_off_in_relative(tokens, cand, hi)
    ):
        # "Algiers hosts a summit that had been postponed from March", "signed a deal after
        # talks that had been postponed": held now
        return False
    after = _without_old_slot(_predicate_after(tokens, cand, hi))
    if HYPOTHETICAL_MODALS & set(after[:3]):
        return False  # "the visit could be called off if ...": still planned
    if any(p in " ".join(after) for p in _CANCEL_PHRASES):
        return True  # "the talks were called off"
    rest = " ".join(t.lower for t in tokens[cand.last + 1 : hi + 1])
    if any(p in rest for p in _NEVER_HELD):
        return True  # "a mission that was meant to visit Jakarta never took place"
    # (the predicate ends where a subordinate clause opens: "was adjourned after the Shiite
    # ministers boycotted it")
    cut = next((i for i, w in enumerate(after) if i and w in _CLAUSE_OPENERS), len(after))
    after = after[:cut]
    return any(w in _CANCEL for w in after) and any(w in _COPULA or w in PERFECT for w in after)


_LAPSED_PLANS = words("expected scheduled due planned set slated pencilled penciled")
# A first slot since moved: "The meeting was originally planned for March 13".
_FIRST_SLOT = words("originally initially first")
# A delay of hours or days: held later ("were postponed for a day").
_SHORT_DELAY = re.compile(
    r"\b(?:postponed|delayed|put off|pushed back)\s+(?:for|by)\s+(?:a|an|one|two|three|\d+|"
    r"several|a few)\s+(?:hours?|days?)\b"
)
# What a plan's slot opens with ("had been due to meet", "scheduled for Friday", "expected
# this week"; not "had been set earlier this month", when it was arranged, or "whether a
# meeting had been set")
_SLOT_OPENERS = words("for to in on at this next later until within early")


def _plan_lapsed(tokens: list[Token], cand: Candidate) -> bool:
    """A plan told in the past perfect, as a first slot or as a past "was to", is one that did
    not go ahead: "A meeting that had been scheduled for Jan. 20 in Istanbul", "Salamé had
    been expected to travel to Benghazi this week to meet Haftar", "The meeting was
    originally planned for March 13", "the talks, which were to bring together ..."."""
    lo = max(0, cand.first - 10)
    near = [t.lower for t in tokens[lo : cand.first]] + [
        t.lower for t in tokens[cand.last + 1 : cand.last + 10]
    ]
    for k in range(len(near) - 3):
        if (
            near[k : k + 2] == ["had", "been"]
            and near[k + 2] in _LAPSED_PLANS
            and near[k + 3] in _SLOT_OPENERS
        ) or (
            # (not "were originally scheduled to last two days": how long, not when)
            near[k + 1] in _FIRST_SLOT
            and near[k + 2] in _LAPSED_PLANS
            and near[k + 3] in _SLOT_OPENERS
            and near[k + 3] != "to"
        ):
            return _not_held_after_all(tokens, lo)
    # "the talks, which were to bring together intelligence chiefs", "a summit that was to
    # have been held in Guayaquil" (25 of 25 such gold meeting mentions are cancelled)
    after = [t.lower for t in tokens[cand.last + 1 : cand.last + 12]]
    for k in range(len(after) - 3):
        if after[k] in ("which", "that") and after[k + 1] in ("was", "were"):
            if any(w[:1].isdigit() for w in after[:k]):
                # (on what a dated meeting made: "a roadmap adopted at a summit in September
                # 2021, which was meant to ...")
                return False
            rest = after[k + 2 :]
            if rest[:1] in (["supposed"], ["meant"]):
                rest = rest[1:]
            if rest[:1] != ["to"]:
                return False
            # (past the relative clause: its own "to be held" says nothing of the outcome)
            close = next(
                (i for i in range(cand.last + 3 + k, len(tokens)) if tokens[i].text == ","),
                len(tokens),
            )
            return _not_held_after_all(tokens, close)
        if (
            not tokens[cand.last + 1 + k].text[:1].isalnum()
            and tokens[cand.last + 1 + k].text != ","
        ):
            break
    return False


def _not_held_after_all(tokens: list[Token], lo: int) -> bool:
    """Nothing after the plan says it went ahead ("had been scheduled for the afternoon ...
    took place at six", "is now in doubt"; "will not take place" still says it did not)."""
    joined = " ".join(t.lower for t in tokens[lo:])
    return (
        "in doubt" not in joined
        and not _SHORT_DELAY.search(joined)
        and not any(p in joined and f"not {p}" not in joined for p in _GO_AHEAD)
    )


def _without_old_slot(predicate: list[str]) -> list[str]:
    """The predicate without a relative clause's move from an old slot: "talks that had been
    put off from last week" took place on the day the story tells (not "the summit was
    postponed from March to June", which puts it off)."""
    for i, w in enumerate(predicate):
        if w != "from" or not i:
            continue
        k = i - 1
        if predicate[k] in ("off", "back") and k and predicate[k - 1] in ("put", "pushed"):
            k -= 1
        elif predicate[k] not in _CANCEL:
            continue
        if _RELATIVE_OPENERS & set(predicate[:k]):
            return predicate[:k] + predicate[i + 1 :]
    return predicate


# What makes bare plural events a capability or an intent: "capable of attacks on Yemeni
# forces", "cells planning attacks on tourist sites", "to infiltrate and carry out attacks".
_INTENT_WORDS = words("planning plotting plotted preparing prepare")
_INTENT_PAIRS = {
    ("capable", "of"),
    ("capacity", "for"),
    ("capacity", "to"),
    ("ability", "to"),
    ("able", "to"),
}
_CARRY_OUT_BASE = words("launch conduct stage mount commit")


def _intended(tokens: list[Token], np_first: int) -> bool:
    """Bare plural events governed by a plan, a plot or a capability (not "carried out
    attacks on Sunday": told as done)."""
    k = np_first + 1 if tokens[np_first].lower == "out" else np_first  # ("carry out attacks")
    if tokens[k].lower in DETERMINERS:
        return False
    before = _prev_words(tokens, k, 0, 4)  # ("to infiltrate and carry out attacks")
    last = before[-1] if before else ""
    if last in _INTENT_WORDS or tuple(before[-2:]) in _INTENT_PAIRS:
        return True
    if before[-2:] == ["carry", "out"]:
        return before[-3:-2] in (["to"], ["and"]) or before[-4:-3] == ["to"]
    return last in _CARRY_OUT_BASE and before[-2:-1] == ["to"]


_CLAUSE_OPENERS = words("after before because when while since until as")
_KILLED = words("killed kill kills")
_SELF_SUBJECTS = words("it they we")
_SELF_DETERMINERS = words("its their our")
_CLAIMED_TO_HAVE = (["claimed", "to", "have"], ["claims", "to", "have"], ["claiming", "to", "have"])


def _self_reported_kills(tokens: list[Token], cand: Candidate) -> bool:
    """Kills a side reports of itself are its tally, not an event told: "the army said it
    had killed more than 100 militants", "the group claimed to have killed 41 soldiers",
    "the resistance group said its fighters killed a dozen soldiers" (not "police said
    gunmen killed five people", the report of an attack)."""
    if cand.first != cand.last or tokens[cand.first].lower not in _KILLED:
        return False
    before = _prev_words(tokens, cand.first, 0, 5)
    if before[-3:] in _CLAIMED_TO_HAVE:
        return True
    k = len(before) - 1
    if k >= 0 and before[k] in ("had", "has", "have"):
        k -= 1
    if k >= 1 and before[k - 1] in _SELF_DETERMINERS:
        k -= 2  # "said its fighters killed"
    elif k >= 0 and before[k] in _SELF_SUBJECTS:
        k -= 1  # "said it had killed"
    else:
        return False
    if k >= 0 and before[k] == "that":
        k -= 1
    return k >= 0 and before[k] in REPORTING


_GO_AHEAD = (
    "take place",
    "takes place",
    "took place",
    "be held",
    "been held",
    "was held",
    "were held",
    "go ahead",
    "went ahead",
    "been rescheduled",
    "was rescheduled",
    "were rescheduled",
    "will open",
    "would open",
    "will resume",
    "would resume",
    "will begin",
    "would begin",
)


def _goes_ahead(predicate: list[str]) -> bool:
    """The predicate has the event held or set again ("would take place in Istanbul"; not
    "have not been rescheduled")."""
    if NEGATORS & set(predicate[:6]):
        return False
    joined = " ".join(predicate[:6])
    return any(p in joined for p in _GO_AHEAD)


_EFFECT_VERBS = words(
    "complicate jeopardize jeopardise undermine derail hurt harm threaten endanger affect "
    "overshadow disrupt sabotage torpedo wreck doom scuttle hamper hinder delay slow poison "
    "cloud help boost benefit"
)
# What a meeting to come is said to do: "the summit would produce an initiative".
_AGENDA_VERBS = words(
    "produce focus discuss address include review consider adopt approve launch seek aim "
    "examine bring tackle cover"
)
_TRAVEL_PLAN = words("travel fly head go come return")
_PLAN_WORDS = words("will expected due scheduled set plans planning intends 'll shall")
_TRAVEL = words(
    "arrived arrives arriving travelled traveled travels travelling traveling flew flies "
    "flying headed heads heading"
)
_ARRANGE = words("arrange organize organise secure broker schedule set")
_AIMS = words("aim goal purpose idea hope intention plan objective task priority")
_FAILED = words("failed fail fails")
_SET_PARTICIPLES = words("set scheduled planned slated due expected announced")
_CALLED = words("called convened")
_HOPED = words("hoped intended wanted")


def _talks_as_process(tokens: list[Token], cand: Candidate, pred: list[str], lo: int) -> bool:
    """Bare "the talks" / "the negotiations" named as a process: the subject of a state or
    prospect ("keep stalling", "face a deadline", "had been fragile"), or the object of a
    role towards it ("guarantors of the talks", "opposed to the talks")."""
    if cand.text.lower() not in _PROCESS_NOUNS or cand.first - 1 < lo:
        return False
    if tokens[cand.first - 1].lower != "the":
        return False
    if pred[:1] and pred[0] in _PROCESS_PREDICATES:
        return True
    if pred[:1] in (["keep"], ["keeps"]) and pred[1:2] and pred[1].endswith("ing"):
        return True  # "the talks keep stalling"
    if pred[:2] in (["had", "been"], ["have", "been"], ["has", "been"]) and pred[2:3]:
        return pred[2] in _PROCESS_STATES
    before = " ".join(_prev_words(tokens, cand.first - 1, lo, 2))
    return any(before == f or before.endswith(" " + f) for f in _PROCESS_FRAMES)


def ranking(tokens: list[Token], cand: Candidate) -> bool:
    """A plural noun after "one of the" and a superlative: "one of the deadliest attacks",
    "one of the most shocking attacks of the conflict", or after a superlative taken from it:
    "the most deadly of those attacks" -- a class an event is ranked in."""
    if cand.pos != NOUN or not cand.text.lower().endswith("s"):
        return False
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 5 and tokens[k].lower not in ("the", "those", "these"):
        k -= 1
    mods = [t.lower for t in tokens[k + 1 : cand.first]]
    before = [t.lower for t in tokens[max(0, k - 4) : k]]
    return k >= 2 and (
        (before[-2:] == ["one", "of"] and tokens[k].lower == "the" and bool(RANKERS & set(mods)))
        or (before[-1:] == ["of"] and "the" in before and bool(RANKERS & set(before)))
    )


def _predicate_after(tokens: list[Token], cand: Candidate, hi: int) -> list[str]:
    """Up to eight words after the trigger in its clause, or, when a comma-delimited aside
    follows the noun ("The meeting, scheduled for Monday, was cancelled"), after the aside."""
    j = cand.last + 1
    if j < len(tokens) and tokens[j].text == ",":
        k = next((i for i in range(j + 1, min(len(tokens), j + 12)) if tokens[i].text == ","), None)
        if k is not None and tokens[min(len(tokens) - 1, k + 1)].lower not in ("but", "and", "yet"):
            # (not "for talks, a diplomat said, but the visit could be called off": a new
            # clause with its own subject)
            return [t.lower for t in tokens[k + 1 : k + 9]]
    p = j
    while p < min(len(tokens), j + 6) and tokens[p].lower not in _SET_PARTICIPLES:
        if not tokens[p].text[:1].isalnum() or tokens[p].lower in AUXILIARIES:
            break
        p += 1
    if p < len(tokens) and tokens[p].lower in _SET_PARTICIPLES:
        # "A round of talks set for January in Vell was called off", "a meeting of foreign
        # ministers scheduled for March 21 was called off": past the participle phrase to
        # the predicate
        for c in range(p + 1, min(len(tokens), p + 15)):
            # ("An earlier attempt, a round of talks planned for September in Djibouti, was
            # called off": the apposition's closing comma before the predicate)
            closing = (
                tokens[c].text == "," and tokens[min(len(tokens) - 1, c + 1)].lower in AUXILIARIES
            )
            if closing:
                return [t.lower for t in tokens[c + 1 : c + 9]]
            if tokens[c].lower in _GOVERNOR_STOPS or not tokens[c].text[:1].isalnum():
                break
            if tokens[c].lower in AUXILIARIES:
                return [t.lower for t in tokens[c : c + 8]]
    # "A meeting of the energy ministers, which had been scheduled for Thursday, has been
    # scrapped": past a post-modifier and a relative clause to the predicate
    shut = -1
    for c in range(j, min(len(tokens) - 1, j + 26)):
        w = tokens[c].lower
        if c <= shut:
            continue
        if w == "(":
            shut = next(
                (i for i in range(c + 1, min(len(tokens), c + 5)) if tokens[i].text == ")"), -1
            )
            if shut > 0:
                continue  # past a bracketed name: "of the Alliance of Sahel States (AES)"
        # ("talks it had been due to hold with Algerian officials had been cancelled": a
        # relative clause without its pronoun opens with its subject)
        relative = w in ("that", "which") or (c == j and w in _CLAUSE_SUBJECTS)
        aux = _relative_auxiliary(tokens, c) if relative else None
        if aux is not None and (c == j or _prepositional(tokens, j, c)):
            # "A meeting of coalition leaders that was set for Sunday was postponed", "a
            # summit that Angola was due to host on Thursday has been postponed": past the
            # restrictive relative clause of the plan to the predicate (the trigger's own,
            # not that of a noun in its clause: "The attack came a day after talks that
            # were to have opened on Monday were called off")
            rest = _past_plan_clause(tokens, aux)
            if rest:
                return rest
        if (w in AUXILIARIES or w in MODALS) and c > j + 1 and _postmodified(tokens, j, c):
            # "A planned visit by the minister to the Dinangourou area on Friday was called
            # off": past the noun's prepositional phrases to its predicate
            return [t.lower for t in tokens[c : c + 8]]
        if w in AUXILIARIES or w in MODALS or w in _GOVERNOR_STOPS:
            break
        if tokens[c].text in (":", ";", "—", "–", "(", ")"):
            break  # "the talks face a deadline: the rainy season, which ..."
        if tokens[c].text == ",":
            k = next((i for i in range(c + 2, min(len(tokens), c + 6)) if tokens[i].text == ","), 0)
            if (
                k
                and is_capitalised(tokens[c - 1])
                and is_capitalised(tokens[c + 1])
                and all(is_capitalised(t) or t.text == "." for t in tokens[c + 1 : k])
            ):
                # past a place's region or a person's name in apposition: "a visit to Jolo,
                # Sulu, which had ...", to the predicate when it follows: "a trip by the
                # envoy for Ukraine, Gen. Robert Halloway, was postponed"
                nxt = tokens[min(len(tokens) - 1, k + 1)].lower
                if (nxt in AUXILIARIES or nxt in MODALS) and _postmodified(tokens, j, c):
                    return [t.lower for t in tokens[k + 1 : k + 9]]
                shut = k - 1
                continue
            if tokens[c + 1].lower in ("which", "who"):
                k = next(
                    (i for i in range(c + 2, min(len(tokens), c + 16)) if tokens[i].text == ","),
                    None,
                )
                if k is not None:
                    return [t.lower for t in tokens[k + 1 : k + 9]]
            if _postmodified(tokens, j, c) and (_SET_PARTICIPLES | _CANCEL) & {
                t.lower for t in tokens[c + 1 : c + 4]
            }:
                # "A visit by the minister to Beirut, initially planned for this week, has
                # been put off", "The summit in Djibouti, postponed in April, is now expected
                # in May": past the aside of the plan to the predicate
                k = next(
                    (i for i in range(c + 2, min(len(tokens), c + 12)) if tokens[i].text == ","),
                    None,
                )
                if k is not None:
                    return [t.lower for t in tokens[k + 1 : k + 9]]
            break
    return [t.lower for t in tokens[j : min(hi + 1, j + 8)]]


_CLAUSE_SUBJECTS = words("it they he she we")
# Prepositions that open a noun's post-modifier ("a visit by the minister to the area").
_POSTMODIFIERS = words("by to of in on at with between for from")
_NP_STARTS = words("the a an his her its their")


def _prepositional(tokens: list[Token], j: int, c: int) -> bool:
    """Tokens ``j`` to ``c`` open with a preposition (or follow one the trigger ends with:
    "meeting with") and hold no comma: the noun's own phrase ("talks between the government
    and Fano"), not a verb's ("came a day after")."""
    opened = tokens[j].lower in _POSTMODIFIERS or tokens[j - 1].lower in _POSTMODIFIERS
    return opened and not any(t.text == "," for t in tokens[j:c])


def _postmodified(tokens: list[Token], j: int, c: int) -> bool:
    """Tokens ``j`` to ``c`` are prepositional phrases after a noun, with no comma or
    conjunction (not "for talks with the exiled government, and is expected to travel"), and
    "to" a preposition, not an infinitive ("talks to resolve the issues are expected"); the
    trigger may end with the preposition ("meeting with political parties")."""
    if tokens[j].lower not in _POSTMODIFIERS and tokens[j - 1].lower not in _POSTMODIFIERS:
        return False
    if tokens[j].lower == "to" and not (
        tokens[j + 1].lower in _NP_STARTS or tokens[j + 1].text[:1].isupper()
    ):
        return False
    return not any(
        t.text == "," or (t.lower in ("and", "or", "but") and not _names_joined(tokens, k))
        for k, t in enumerate(tokens[j:c], j)
    )


def _names_joined(tokens: list[Token], k: int) -> bool:
    """The conjunction at ``k`` joins two names ("a visit to Naypyitaw and Sittwe") or the
    two sides of "between" ("a meeting between the coordinator and the delegation")."""
    if not 0 < k < len(tokens) - 1:
        return False
    if any(t.lower == "between" for t in tokens[max(0, k - 6) : k]):
        return True
    nxt = tokens[k + 1].lower
    if (
        k >= 2
        # ("of the government and the rebels")
        and any(t.lower == "of" for t in tokens[max(0, k - 3) : k - 1])
        and tokens[k - 1].text.isalpha()
        and nxt.isalpha()
        and nxt not in AUXILIARIES | MODALS
        and not nxt.endswith("ed")
    ):
        return True  # "a meeting of (the) donors and agencies", not "of donors and is due"
    return tokens[k - 1].text[:1].isupper() and tokens[k + 1].text[:1].isupper()


def _relative_auxiliary(tokens: list[Token], c: int) -> int | None:
    """The auxiliary of the relative clause opened by "that" or "which" at ``c``: right after
    it ("that was set for"), or after a short subject ("that Angola was due to host")."""
    for i in range(c + 1, min(len(tokens), c + 5)):
        if tokens[i].lower in AUXILIARIES:
            return i
        if not tokens[i].text[:1].isalnum() or tokens[i].lower in MODALS:
            return None
    return None


def _past_plan_clause(tokens: list[Token], c: int) -> list[str]:
    """The words after a relative clause that opens at ``c`` with an auxiliary and names a
    plan ("was set for Sunday", "had been scheduled for May"); none if it names no plan."""
    p = next(
        (
            i
            for i in range(c, min(len(tokens), c + 4))
            if tokens[i].lower in _SET_PARTICIPLES
            # "that Mikati had called for Thursday", "which the ministry had convened for
            # Monday", "that Washington had hoped to convene on April 18"
            or (tokens[i].lower in _CALLED and tokens[min(len(tokens) - 1, i + 1)].lower == "for")
            or (tokens[i].lower in _HOPED and tokens[min(len(tokens) - 1, i + 1)].lower == "to")
        ),
        None,
    )
    if (
        p is None
        and c + 2 < len(tokens)
        and tokens[c].lower in ("was", "were")
        and tokens[c + 1].lower == "to"
        and tokens[c + 2].lower in ("be", "have", "open", "begin")
    ):
        p = c + 2  # "that was to be held in Manila next week has been postponed"
    if p is None:
        return []
    for i in range(p + 1, min(len(tokens), p + 12)):
        if tokens[i].lower in AUXILIARIES:
            return [t.lower for t in tokens[i : i + 8]]
        if tokens[i].lower in _GOVERNOR_STOPS or not tokens[i].text[:1].isalnum():
            break
    return []


_ATTEMPTS = words("bid bids attempt attempts")
# A violent act stopped before it happened: "police foiled an attack", "an attack ... was
# thwarted".
_FOILED = words(
    "foil foils foiled foiling thwart thwarts thwarted thwarting avert averts averted averting "
    "prevented foiling disrupted"
)
# Preparing a violent act is not the act: "arrested for planning an attack".
_PLOTTING = words("planning plotting plot plots plotted conspiring preparing intending")
# An attempt is itself violence: "gunmen tried to storm the embassy".
_ATTEMPT = words("tried attempted failed")


def _used_means(tokens: list[Token], k: int, lo: int) -> bool:
    """ "Gunmen used drones to drop explosives": what "used" a thing for tells what was done
    (not the habit of "used to attack", nor "have used drones to ..." over a period)."""
    for i in range(k - 1, max(lo, k - 5) - 1, -1):
        if tokens[i].lower == "used":
            return i == lo or tokens[i - 1].lower not in ("have", "has")
    return False


_OPEN_QUOTES = frozenset("'\"`‘“")
_CLOSE_QUOTES = frozenset("'\"’”")


# Verbs that carry out what they take: "had carried out “surgical strikes”" reports strikes in
# the army's own words.
_CARRY_OUT = words("conducted conducts launched launches staged stages mounted mounts out")


def _carried_out(tokens: list[Token], first: int) -> bool:
    """The words quoted from token ``first`` on are what a verb just before the quote carried
    out ("had carried out “surgical strikes”")."""
    return (
        first > 0
        and tokens[first - 1].text in _OPEN_QUOTES
        and any(t.lower in _CARRY_OUT for t in tokens[max(0, first - 4) : first - 1])
    )


def _scare_quoted(tokens: list[Token], cand: Candidate) -> bool:
    """A trigger in quotes of its own (the government's characterization of the stay as a
    ``kidnapping''): a label someone used, not a report of the event -- unless something was
    carried out under that name."""
    if cand.first == 0 or tokens[cand.first - 1].text not in _OPEN_QUOTES:
        return False
    if _carried_out(tokens, cand.first):
        return False
    if tokens[cand.last].text[-1:] in _CLOSE_QUOTES and tokens[cand.last].text[-2:] != "'s":
        return True
    for t in tokens[cand.last + 1 : cand.last + 3]:
        if t.text in _CLOSE_QUOTES:
            return True
        if t.text not in (".", ",", "!", "?"):
            return False
    return False


_COMPARISON = ("as though", "as if")


def _compared(tokens: list[Token], cand: Candidate, lo: int) -> bool:
    """ "treated the arrest as though it were a commando operation": a comparison."""
    # (the clause splitter opens a clause at "though": look across it)
    before = " ".join(t.lower for t in tokens[max(0, cand.first - 8) : cand.first])
    return any(c in before for c in _COMPARISON)


_YES_NO = words("will would could should can shall may might is are was were do does did")


def _question(tokens: list[Token]) -> bool:
    """The sentence is a yes/no question ("Will there be a summit next week?", "Would the
    president meet him?"): it asks whether, it reports nothing. (A wh-question may
    presuppose the meeting: "What could go wrong by sending him to a critical meeting?")"""
    first = next((t for t in tokens if t.text[:1].isalnum()), None)
    if first is None or first.lower not in _YES_NO:
        return False
    for t in reversed(tokens):
        if t.text in _CLOSE_QUOTES or t.text in (")", "]"):
            continue
        return t.text == "?"
    return False


# A bare singular after these prepositions names a kind of act: "victims of armed attack",
# "fear of attack", "protection from assault".
_KIND_PREPOSITIONS = words("of from against")


def _bare_kind(tokens: list[Token], cand: Candidate, np_first: int, lo: int) -> bool:
    if cand.pos != NOUN or cand.form != BASE or cand.text.lower().endswith(("s", "ing")):
        return False
    if np_first <= lo or tokens[np_first - 1].lower not in _KIND_PREPOSITIONS:
        return False
    np = tokens[np_first : cand.first]
    if any(
        not t.text.islower()
        or t.lower in DETERMINERS
        or number_value(t.lower) is not None
        or t.lower.endswith(("'s", "’s"))  # "in the wake of last week's ambush"
        for t in np
    ):
        return False
    nxt = tokens[cand.last + 1] if cand.last + 1 < len(tokens) else None
    return nxt is None or not (nxt.lower in DETERMINERS or nxt.text[:1].isupper())


def _alternatives(tokens: list[Token], cand: Candidate) -> bool:
    """A bare -ing trigger among alternatives ("by shooting the doctors or bombing the
    clinics"): kinds of acts, not one event."""
    if not cand.text.lower().endswith("ing") or (
        cand.first > 0 and tokens[cand.first - 1].lower in DETERMINERS
    ):
        return False
    lo = max(0, cand.first - 8)
    span = tokens[lo : cand.last + 9]
    at = cand.first - lo  # the trigger's index in the span

    def gerund(t: Token) -> bool:
        return t.text.islower() and t.lower.endswith("ing")

    for i, t in enumerate(span):
        if t.lower != "or":
            continue
        if i > at and i + 1 < len(span) and gerund(span[i + 1]):
            return True  # "shooting the doctors or bombing ..."
        if i == at - 1 and any(gerund(w) for w in span[:i]):
            return True  # "... the doctors or bombing the clinics"
    return False


_PERIOD_OPENERS = (
    "over the last",
    "over the past",
    "in the last",
    "in the past",
    "during the last",
    "during the past",
)


def _over_a_period(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """ "the slayings of 14 women over the last five years": a tally over a period."""
    after = " ".join(t.lower for t in tokens[cand.last + 1 : min(hi + 1, cand.last + 12)])
    for opener in _PERIOD_OPENERS:
        at = after.find(opener)
        if at >= 0:
            rest = after[at + len(opener) :].split()[:3]
            if _LONG_UNITS & set(rest) or {"year", "month", "decade"} & set(rest):
                return True
    return False


def _over_the_year(
    tokens: list[Token], cand: Candidate, hi: int, np_first: int, np_words: list[str]
) -> bool:
    """ "killed in ADF attacks in North Kivu this year alone", "Air strikes on villages have
    surged this year": events without a determiner told over a whole year are a tally."""
    if np_words and (np_words[0] in DEFINITE or np_words[0].endswith(("'s", "s'"))):
        return False
    if _prev_words(tokens, np_first, 0, 1) == ["of"]:
        return False  # "the second round of air strikes this year": one occasion
    after = [t.lower for t in tokens[cand.last + 1 : min(hi + 1, cand.last + 16)]]
    return any(
        a in ("this", "last") and b == "year" and (i == 0 or after[i - 1] not in _MONTHS)
        for i, (a, b) in enumerate(pairwise(after))
    )  # (not "in July this year": a month)


_CHANCE_NOUNS = words("chance chances prospect prospects likelihood possibility hope hopes")
# Nouns whose "of" + gerund names a course of action thought of, not one taken.
_IDEA_NOUNS = _CHANCE_NOUNS | words(
    "idea ideas possibilities option options notion threat threats risk"
)
_SLIM = words("little no slim scant small faint remote")


def _slim_chance(tokens: list[Token], first: int) -> bool:
    """ "There is little chance that another summit will take place": a doubted event."""
    before = _prev_words(tokens, first, 0, 7)
    if "that" not in before:
        return False
    head = before[: len(before) - 1 - before[::-1].index("that")]
    return bool(head) and head[-1] in _CHANCE_NOUNS and bool(_SLIM & set(head[-3:]))


_SPAN_UNITS = words("days nights weeks months years decades")


def _fronted_period(tokens: list[Token], cand: Candidate) -> bool:
    """A sentence opened by a span of several days or more: "Over the past three nights,
    Russia has fired more than 60 missiles at the region" tells a tally, not one salvo."""
    head = " ".join(t.lower for t in tokens[: cand.first])
    for opener in _PERIOD_OPENERS:
        if head.startswith(opener):
            rest = head[len(opener) :].split()[:3]
            return "," in rest and bool(_SPAN_UNITS & set(rest[: rest.index(",")]))
    return False


# Words of a clause that make hundreds of munitions a tally over a period: "over the
# summer", "since the start of the year"; a week too, except for shells and rounds, which
# one bombardment fires in hundreds ("fired more than 200 shells into Kunar last week").
_TALLY_PERIODS = words("month months year years summer winter since")
_TALLY_WEEKS = words("week weeks")
_BARRAGE_ROUNDS = words("shells rounds")


def _munitions_tally(tokens: list[Token], cand: Candidate, lo: int, hi: int) -> bool:
    """Hundreds of munitions fired over a long period: "Russia fired nearly 900 attack
    drones at Ukraine last week" (not "fired about 90 artillery rounds late Monday night",
    nor "fired 130 rounds in December 2022": one barrage)."""
    if cand.rule.plover_mode != "fire":
        return False
    named = [t.lower.replace(",", "") for t in tokens[cand.first : cand.last + 1]]
    if not ("hundreds" in named or any(w.isdigit() and int(w) >= 100 for w in named)):
        return False
    periods = _TALLY_PERIODS if _BARRAGE_ROUNDS & set(named) else _TALLY_PERIODS | _TALLY_WEEKS
    return any(t.lower in periods for t in tokens[lo : hi + 1])


# Participles of telling: a frequency adverb before one tells how often an event is told,
# not how often it happens.
_TELLING_PARTICIPLES = words("cited mentioned quoted described invoked remembered recalled")


def _frequency_adverb(tokens: list[Token], lo: int, hi: int) -> bool:
    """A frequency adverb in the clause ("attacks there regularly", "meet weekly"); a
    frequency adjective before its noun ("as worshippers left weekly prayers", "at the weekly
    Cabinet press briefing") is not one."""
    for j in range(lo, hi + 1):
        if tokens[j].lower not in _HABITUAL:
            continue
        nxt = tokens[j + 1] if j + 1 <= hi else None
        attributive = (
            tokens[j].lower in _FREQUENCY_ADJECTIVES
            and nxt is not None
            and nxt.text.isalpha()
            and (nxt.text.islower() or nxt.lower not in WEEKDAYS)
            and nxt.lower not in PREPOSITIONS
            and nxt.lower not in ("and", "or", "basis")
        )
        if nxt is not None and nxt.lower in _TELLING_PARTICIPLES:
            continue  # "the incident most often cited is the strike of April 23, 1999"
        if not attributive:
            return True
    return False


def _recurring(np_words: list[str]) -> bool:
    """A frequency adjective in the trigger's own noun phrase: the kind of act that recurs."""
    return any(
        w in _FREQUENCY_ADJECTIVES or w.split("-")[-1] in _FREQUENCY_ADJECTIVES for w in np_words
    )


def _every_time(tokens: list[Token], cand: Candidate) -> bool:
    """ "Every time they come, they attack": a recurring event, unless a quotation mark
    stands between the phrase and the trigger (a quoted lament does not make the reporter's
    "who fled after an attack on Sunday" habitual)."""
    for i, t in enumerate(tokens[:-1]):
        if t.lower == "every" and tokens[i + 1].lower == "time":
            lo, hi = sorted((i, cand.first))
            if not any(x.text in _OPEN_QUOTES | _CLOSE_QUOTES for x in tokens[lo:hi]):
                return True
    return False


def _every_period(tokens: list[Token]) -> bool:
    """ "Every few months there is a summit", "talks every week": a recurring event."""
    for i, t in enumerate(tokens[:-1]):
        if t.lower != "every":
            continue
        rest = [x.lower for x in tokens[i + 1 : i + 4]]
        k = (
            1
            if rest and (rest[0] in ("few", "other", "two", "three", "six") or rest[0].isdigit())
            else 0
        )
        if k < len(rest) and rest[k] in _PERIOD_UNITS:
            return True
    return False


_PERIOD_UNITS = words("hour hours day days night nights week weeks month months year years decade")
_OCCASIONS = (
    "in the past",
    "over the years",
    "in recent years",
    "on several occasions",
    "on many occasions",
    "on occasion",
    "time and again",
)
# Counts of times: past occasions only in the perfect ("have met several times"), not the
# shots of one attack ("shot him several times").
_TIMES = (
    "several times",
    "many times",
    "countless times",
    "more than once",
    "dozens of times",
    "hundreds of times",
    "a dozen times",
    "numerous times",
)


# Heads of an event subject: "The bombing, claimed by IS within hours, was the deadliest
# single attack in the capital this year" (writers mark the subject, not its predicate).
_EVENT_HEADS = words(
    "attack bombing strike airstrike raid assault blast explosion ambush massacre shelling"
)
_RANKING_COPULAS = words("is was remains remained")


def _ranked_predicate(tokens: list[Token], np_first: int) -> bool:
    """A ranked noun ("the deadliest attack") after a copula whose subject is itself an event
    noun describes that event; "It was the deadliest attack since June" stays a mention."""
    k = np_first - 1
    if k < 1 or tokens[k].lower not in _RANKING_COPULAS:
        return False
    if not RANKERS & {t.lower for t in tokens[np_first : np_first + 3]}:
        return False
    j = k - 1
    if tokens[j].text == ",":  # past an aside: "The bombing, claimed by IS, was ..."
        j = next((i for i in range(j - 1, max(0, j - 14) - 1, -1) if tokens[i].text == ","), 0)
        j -= 1
    return j >= 0 and tokens[j].lower in _EVENT_HEADS


def _past_occasions(tokens: list[Token], lo: int, hi: int) -> bool:
    """ "has held talks with the rebels in the past", "have met several times": not one event
    ("in the past week" bounds a period instead)."""
    clause = [t.lower for t in tokens[lo : hi + 1]]
    text = " " + " ".join(clause) + " "
    phrases = _OCCASIONS + (_TIMES if PERFECT & set(clause) else ())
    for phrase in phrases:
        at = text.find(f" {phrase} ")
        if at < 0:
            continue
        rest = text[at + len(phrase) + 2 :].split()[:2]
        ranked = text[:at].split()[-8:]
        if RANKERS & set(ranked) and "one" not in ranked:
            continue  # "the deadliest attack in recent years" ranks one event among others
        if (
            phrase == "in the past"
            and rest
            and (rest[0] in _PERIOD_UNITS or number_value(rest[0]) is not None)
        ):
            continue
        return True
    # "have attacked U.S. forces more than 160 times", "attacked them 78 times since 2021"
    if PERFECT & set(clause) or "since" in clause:
        for k in range(1, len(clause)):
            count = number_value(clause[k - 1])
            if clause[k] == "times" and count is not None and count >= 2:
                return True
    return False


_FUTURE_MODALS = _FUTURE | {"would", "could", "might", "may"}


def _conditioned_future(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """ "officials will meet again if the cease-fire holds": a future event under a
    condition that follows it is a conditional, not a plan ("even if" concedes instead)."""
    before = [t.lower for t in tokens[max(0, cand.first - 4) : cand.first]]
    after = [t.lower for t in tokens[cand.last + 1 : cand.last + 6]]
    if not (_FUTURE_MODALS & set(before) or (cand.pos == NOUN and _FUTURE_MODALS & set(after))):
        return False
    for k in range(cand.last + 1, len(tokens)):
        w = tokens[k].lower
        if w in ("if", "unless"):
            prev = tokens[k - 1].lower
            nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
            if prev not in ("even", "as", "and", "or") and nxt not in ("any", "not", "so"):
                return True
        if w in (";", ":") or w in ("but", "while", "although", "though"):
            return False
    return False


_HALTS = words(
    "suspend suspended suspends halt halted halts stop stopped stops end ended ends pause "
    "paused resume resumed resumes curb curbed ban banned outlaw outlawed limit limited"
)


_ARTICLES = words("a an the these those other some")
# (not the nouns among the aggregate words: "two mortar rounds hit a school" reports)
_QUANTIFIERS = words("several many numerous multiple countless various repeated")
_IRREALIS_ADJ = words(
    "possible impossible likely unlikely premature necessary conceivable unthinkable"
)
_STANCE = (
    "against",
    "yes to",
    "no to",
    "opposed to",
    "open to",
    "treats",
    "treat",
    "need",
    "needs",
)


def _attributive(tokens: list[Token], cand: Candidate) -> bool:
    """ "the besieged port city", "several besieged towns", "the bombed Cathedral of Our
    Lady": a participle between a determiner and its noun describes the noun, it does not
    report an act."""
    if cand.form != PAST or cand.first == 0 or cand.last + 1 >= len(tokens):
        return False
    if cand.last > cand.first:
        return False  # a verb with its particle: "three mortar rounds landed near the base"
    prev, nxt = tokens[cand.first - 1], tokens[cand.last + 1]
    return (
        (prev.lower in _ARTICLES or prev.lower in _QUANTIFIERS)
        and nxt.text.isalpha()
        and (nxt.text.islower() or tokens[cand.first].text.islower())
        and nxt.lower not in ("by", "in", "on", "at", "and", "or", "for", "with", "from", "to")
    )


_SET_WORDS = words("scheduled set fixed agreed confirmed announced planned arranged")


def _not_yet_set(tokens: list[Token], cand: Candidate) -> bool:
    """ "A fourth round has not yet been scheduled": a meeting whose date is not set."""
    before = {t.lower for t in tokens[max(0, cand.first - 3) : cand.first]}
    if cand.pos != NOUN or not before & {"a", "an", "another", "next", "new"}:
        return False  # ("the talks had not been announced": they were held all the same)
    after = [t.lower for t in tokens[cand.last + 1 : cand.last + 8]]
    return any(
        w in ("not", "n't", "never") and any(x in _SET_WORDS for x in after[i + 1 : i + 4])
        for i, w in enumerate(after)
    )


def _meeting_in_principle(tokens: list[Token], cand: Candidate) -> bool:
    """ "a meeting between Putin and Zelenskyy was possible", "not against a meeting", "saying
    yes to a meeting in principle": an indefinite meeting weighed, not one that took place."""
    if cand.pos != NOUN or cand.form == PLURAL or cand.first == 0:
        return False
    if tokens[cand.first - 1].lower not in ("a", "an"):
        return False
    before = " ".join(t.lower for t in tokens[max(0, cand.first - 4) : cand.first - 1])
    if any(f" {w} " in f" {before} " for w in _STANCE):
        return True
    after = [t.lower for t in tokens[cand.last + 1 : cand.last + 14] if t.text[:1].isalnum()]
    return any(
        w in _COPULA and after[i + 1 : i + 2] and after[i + 1] in _IRREALIS_ADJ
        for i, w in enumerate(after)
    )


def _bare_activity(tokens: list[Token], cand: Candidate, lo: int) -> bool:
    """ "suspended aerial bombing of rebel camps", "Shelling is like the weather here": a
    bare singular -ing noun halted, resumed or described names an activity, not one event."""
    if cand.pos != NOUN or not cand.text.lower().endswith("ing"):
        return False
    k = cand.first - 1
    while k >= lo and cand.first - k <= 2 and tokens[k].lower not in _HALTS:
        t = tokens[k]
        if not t.text.isalpha() or not t.text.islower() or t.lower in DETERMINERS:
            break
        k -= 1  # an adjective: "aerial bombing"
    if k >= lo and tokens[k].lower in _HALTS:
        return True
    opening = all(not t.text[:1].isalnum() for t in tokens[lo : cand.first])
    nxt = tokens[cand.last + 1].lower if cand.last + 1 < len(tokens) else ""
    return opening and nxt in ("is", "are", "has", "remains")


_LIST_JOINS = frozenset({",", "and", "or"})


def _listed_activity(tokens: list[Token], cand: Candidate, np_first: int) -> bool:
    """A bare singular noun in a list of bare nouns ("through extortion, kidnapping and
    drug trafficking") names a line of activity, not one event."""
    if cand.pos != NOUN or cand.form == PLURAL or np_first != cand.first:
        return False

    def bare(k: int) -> bool:
        if not 0 <= k < len(tokens):
            return False
        t = tokens[k]
        return (
            t.text.isalpha()
            and t.text.islower()
            and t.lower not in DETERMINERS
            and t.lower not in _LIST_JOINS
            and number_value(t.lower) is None
        )

    before = cand.first - 1
    after = cand.last + 1
    joined_before = before >= 1 and tokens[before].lower in _LIST_JOINS and bare(before - 1)
    joined_after = (
        after + 1 < len(tokens) and tokens[after].lower in _LIST_JOINS and bare(after + 1)
    )
    return joined_before and joined_after


def _past_aside(tokens: list[Token], j: int) -> int:
    """Index after a reporting aside at ``j`` (", diplomats say,"), else ``j``."""
    if j >= len(tokens) or tokens[j].text != ",":
        return j
    for k in range(j + 1, min(len(tokens), j + 7)):
        if tokens[k].text == ",":
            said = any(t.lower in REPORTING for t in tokens[j + 1 : k])
            return k + 1 if said else j
    return j


def _blamed_for(tokens: list[Token], cand: Candidate) -> bool:
    """ "have attacked the government for offering impunity": attacking someone for doing
    something is criticising them."""
    if cand.pos != VERB or not cand.text.lower().startswith(("attack", "assail")):
        return False
    after = tokens[cand.last + 1 : cand.last + 10]
    return any(
        t.lower == "for" and i + 1 < len(after) and after[i + 1].lower.endswith("ing")
        for i, t in enumerate(after)
    )


# Verbs of keeping on or leaving off: in the present (or with a gerund: "stop meeting")
# they govern a habit.
_KEEPS_ON = words("continues continue keeps keep")
_LEAVES_OFF = words("stop stops stopped quit avoid avoids avoided")


def _habit_verb(tokens: list[Token], cand: Candidate, first: int, lo: int) -> bool:
    """ "continues to carry out ambushes and bombings", "keeps launching raids", "should stop
    meeting the Iranians": a habit, not one event ("continued to shell" tells one)."""
    prev = tokens[cand.first - 1].lower if cand.first > 0 else ""
    if cand.pos == VERB and cand.form == GERUND and prev in _KEEPS_ON | _LEAVES_OFF:
        return True
    before = _prev_words(tokens, first, lo, 6)
    return any(
        w in _KEEPS_ON and before[i + 1 : i + 2] in (["to"], ["carrying"], ["launching"])
        for i, w in enumerate(before)
    )


_HAVE = PERFECT - {"had"}  # the present perfect
_MONTHS = _CALENDAR - words("monday tuesday wednesday thursday friday saturday sunday")
_SPANS = _LONG_UNITS | {"days"}


# Who a report is sourced to, and how they know of the event ("a diplomat close to the
# talks", "officials briefed on the meeting", "two people with knowledge of the call").
_SOURCES = words(
    "source sources person people official officials diplomat diplomats aide aides insider "
    "insiders someone"
)
_SOURCED = (["familiar", "with"], ["close", "to"], ["briefed", "on"], ["knowledge", "of"])


def describes_a_source(tokens: list[Token], cand: Candidate, lo: int) -> bool:
    """The event noun only says who a report comes from ("according to two people familiar
    with the talks"): the event is not reported there."""
    if cand.pos != NOUN:
        return False
    before = _prev_words(tokens, _np_start(tokens, cand, lo), lo, 6)
    return before[-2:] in _SOURCED and bool(_SOURCES & set(before[-5:-2]))


_HELD_BY = words("held hosted convened chaired")
_ROUTINE = words("routine commonplace common pattern norm daily everyday familiar")


_PRACTICE_FRAMES = (
    ["used", "to"],
    ["accustomed", "to"],
    ["reliance", "on"],
    ["dependence", "on"],
    ["resort", "to"],
)
_FREQUENCY_PREDICATES = words("rare common frequent commonplace uncommon unusual routine")
_PREDICATE_HEDGES = words("relatively increasingly very more less fairly still now so")


def _said_to_be_frequent(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """A plural event noun whose predicate tells how often such events happen: "Kidnappings
    of foreigners are rare in Cabinda", "Such attacks have been frequent this year"."""
    for j in range(cand.last + 1, min(hi, cand.last + 8) + 1):
        if tokens[j].lower not in ("are", "were", "remain", "remained", "been"):
            continue
        k = j + 1
        while k <= hi and tokens[k].lower in _PREDICATE_HEDGES:
            k += 1
        return k <= hi and tokens[k].lower in _FREQUENCY_PREDICATES
    return False


def _become_routine(tokens: list[Token], lo: int, hi: int) -> bool:
    """ "Airstrikes on markets and shelling of camps have become a pattern": a habit."""
    words_ = [t.lower for t in tokens[lo : hi + 1]]
    return any(
        w in ("become", "became", "becoming") and _ROUTINE & set(words_[i + 1 : i + 4])
        for i, w in enumerate(words_)
    )


_STOP = words("stop stops stopped end ends ended cease ceases ceased")


def _until_it_stops(tokens: list[Token], cand: Candidate, hi: int) -> bool:
    """ "until the shelling and the rockets stop", "unless the bombing stopped": violence as
    an ongoing kind that some act waits on."""
    before = [t.lower for t in tokens[max(0, cand.first - 4) : cand.first]]
    after = [t.lower for t in tokens[cand.last + 1 : min(hi + 1, cand.last + 7)]]
    return bool({"until", "unless"} & set(before)) and bool(_STOP & set(after))


def _perfect_tally(
    tokens: list[Token], cand: Candidate, lo: int, hi: int, is_meeting: bool
) -> bool:
    """ "Security forces have killed more than 800 people since the coup", "it has carried
    out airstrikes since late March", "talks have dragged on since 2014", "has not claimed
    an attack in years": the present perfect over a period tells a tally or a process.

    A meeting noun needs a coarse bound ("since 2014", "for years"): talks that "have gone
    on since Monday" are one round; a meeting verb any bound ("have held talks since
    January", "have met since Monday")."""
    clause = [t.lower for t in tokens[lo : hi + 1]]
    at = cand.first - lo
    have = [i for i, w in enumerate(clause) if w in _HAVE]
    if not have:
        return False
    if cand.pos == VERB:
        if not any(0 < at - i <= 3 for i in have):
            return False
    elif not any(abs(at - i) <= 8 for i in have) or "since" in clause[:at]:
        return False  # ("have not struck since a failed push in 2020": the bound itself)
    rest = []  # to the end of the sentence's clause chain: "since" opens a clause of its own
    for t in tokens[cand.last + 1 : cand.last + 26]:
        if t.text in (";", ":"):
            break
        rest.append(t.lower)
    for i, w in enumerate(rest):
        nxt = rest[i + 1] if i + 1 < len(rest) else ""
        if (
            w == "since"
            and nxt
            and (
                not is_meeting
                or (nxt.isdigit() and len(nxt) == 4)
                or nxt in _MONTHS
                or (cand.form == GERUND and "been" in clause[:at])  # "have been meeting since"
                or (cand.pos == VERB and _since_a_date(tokens, cand, len(tokens) - 1))
            )
        ):
            return True
        if w in ("in", "for") and nxt in _SPANS:
            return True
        if w == "so" and nxt == "far":
            return True
        if w == "over" and nxt == "the" and rest[i + 2 : i + 3] in (["past"], ["last"]):
            return True  # "have killed 40 militants over the past day"
    # "Boko Haram has killed more than 20,000 people": a toll in thousands is a campaign's
    return cand.pos == VERB and _thousands(rest)


def _thousands(words_after: list[str]) -> bool:
    k = 0
    while k < len(words_after) and k < 3 and words_after[k] in _ABOUT:
        k += 1
    w = words_after[k] if k < len(words_after) else ""
    grouped = words_after[k + 1 : k + 3]  # "20,000" is three tokens
    thousands_group = len(grouped) == 2 and grouped[0] == "," and re.fullmatch(r"\d{3}", grouped[1])
    return w == "thousands" or (w.isdigit() and (int(w) >= 1000 or bool(thousands_group)))


def _source_by_phone(tokens: list[Token], cand: Candidate) -> bool:
    """ "said the commander, speaking by phone from the frontline": a participle set off by a
    comma that names no other party describes how the reporter heard a source."""
    return (
        cand.rule.plover_mode == "phone"
        and cand.form == GERUND
        and cand.first > 0
        and tokens[cand.first - 1].text == ","
        and not {"with", "to"} & {t.lower for t in tokens[cand.last + 1 : cand.last + 3]}
    )


def _counterfactual(tokens: list[Token], cand: Candidate) -> bool:
    """ "was almost gunned down", "nearly attacked": the event did not take place."""
    if cand.pos == NOUN:
        return False
    for t in reversed(tokens[max(0, cand.first - 3) : cand.first]):
        if t.lower in ("almost", "nearly"):
            return True
        if t.lower not in AUXILIARIES and t.lower not in ADVERBS:
            return False
    return False


def _conditional_opener(tokens: list[Token], index: int) -> int | None:
    """Index of a sentence-opening "If"/"Unless" whose clause holds token ``index``.

    The condition runs to "then" when the sentence has one, else to the first comma.
    """
    k = 0
    while k < len(tokens) and not tokens[k].text[:1].isalnum():
        k += 1
    if k + 1 < len(tokens) and tokens[k].lower == "even" and tokens[k + 1].lower == "if":
        k += 1
    if (
        k + 1 < len(tokens)
        and tokens[k].lower in ("had", "were")
        and tokens[k + 1].lower in DETERMINERS | {"it", "they", "he", "she", "we", "i"}
        and any(t.lower in ("would", "could", "might") for t in tokens[k + 2 :])
        and index > k
    ):
        # "Had the bomb exploded, dozens would have died": an inverted condition
        end = next((i for i in range(k + 1, len(tokens)) if tokens[i].text == ","), len(tokens))
        return k if index < end else None
    if k >= len(tokens) or tokens[k].lower not in ("if", "unless") or index <= k:
        return None
    words_after = [t.lower for t in tokens[k + 1 :]]
    if "then" in words_after:
        end = k + 1 + words_after.index("then")
    else:
        end = next((i for i in range(k + 1, len(tokens)) if tokens[i].text == ","), len(tokens))
    return k if index < end else None


# Adverbs that withdraw what a report said: "officials had mistakenly reported a blast".
_IN_ERROR = words("mistakenly wrongly erroneously falsely incorrectly")


def _named_years(np_words: list[str]) -> set[str]:
    """Years inside a definite noun phrase ("the 1998 bombings of the embassies"): they name
    the events, they count none."""
    if np_words[:1] != ["the"]:
        return set()
    return {w for w in np_words if re.fullmatch(r"(?:19|20)\d\d", w)}


def _campaign_perfect(tokens: list[Token], cand: Candidate) -> bool:
    """ "The strikes have degraded the group's leadership", "the raids have made
    reconstruction impossible": plural strikes told by what they have done so far are a
    campaign, not one event (in dev text 21 of 22 such phrases are not gold)."""
    k = cand.last + 1
    if k >= len(tokens) or tokens[k].lower not in ("have", "has"):
        return False
    d = next(
        (
            j
            for j in range(cand.first - 1, max(-1, cand.first - 5), -1)
            if tokens[j].lower in DEFINITE
        ),
        None,
    )
    if (
        d is not None
        and d > 0
        and (tokens[d - 1].lower in PREPOSITIONS or tokens[d - 1].lower == "since")
    ):
        return False  # "visitors since the bombings have dwindled": not its subject
    k += 1
    while k < len(tokens) and tokens[k].lower in ("also", "not", "already", "so", "far", "been"):
        k += 1
    return k < len(tokens) and (tokens[k].lower.endswith("ed") or tokens[k].lower in IRREGULAR_PAST)


def _month_before(tokens: list[Token], cand: Candidate) -> bool:
    """A month is named shortly before the trigger ("in August 2023, when clashes ...")."""
    return any(
        t.lower in _MONTHS and t.text[:1].isupper()
        for t in tokens[max(0, cand.first - 12) : cand.first]
    )


def classify(
    tokens: list[Token],
    cand: Candidate,
    clause: tuple[int, int],
    *,
    day_timex: bool,
    coarse_timex: bool,
    future: bool,
    casualties: bool,
    is_meeting: bool,
    today_or_later: bool = False,
    known_event: bool = False,
    undated_speech: bool = False,
    in_entry: bool = False,
) -> Verdict:
    """Decide whether the candidate is a specific event and what happened to it.

    ``day_timex``: a day- or time-level date governs it from its clause or NP;
    ``coarse_timex``: only a month/year/season governs it; ``future``: its date lies after
    the publication date; ``casualties``: its clause states a death or injury count;
    ``today_or_later``: its date is the publication day or later (a meeting whose own verb
    is in the present tense, dated today, is an arrangement: "is meeting ... today",
    "comes today's meeting"; not "said it is getting arms, at Friday's meeting");
    ``known_event``: an event of this type was reported earlier, so a definite plural ("the
    strikes", "his meetings") can refer to it; ``undated_speech``: it stands in a speaker's
    own quoted words with no date of its sentence; ``in_entry``: its sentence goes on a
    timeline entry headed by a date ("Sept. 16, 2022: Fighting escalates. Troops seize ...").
    """
    lo, hi = clause
    np_first = _np_start(tokens, cand, lo) if cand.pos == NOUN else cand.first
    np_words = [t.lower for t in tokens[np_first : cand.first]]
    before = _prev_words(tokens, cand.first, lo, 4)
    clause_words = {t.lower for t in tokens[lo : hi + 1]}
    # (a plural meeting after "that" is read as before: "said that talks would open")
    definite = cand.pos == NOUN and is_definite(
        tokens, cand.first, plural=cand.form == PLURAL and not is_meeting
    )
    if (
        definite
        and not is_meeting
        and cand.form == PLURAL
        and not day_timex
        and _campaign_perfect(tokens, cand)
    ):
        return Verdict(None, "generic: a campaign told in the present perfect")

    # A witness's or an analyst's own words name a kind of act unless they single one out
    # by a definite phrase or a date ("They shot at everybody", "a meeting at the leaders'
    # level would be the turning point"; not "Yesterday's attack was carried out by
    # al-Shabaab"): the reporter's sentences tell the events.
    if undated_speech and not definite_np(tokens, cand):
        return Verdict(None, "a speaker's quoted words, no event singled out by date or 'the'")

    # Predicative or "as an X" uses name a kind, not an event ("denounced it as an attack on").
    renamed = cand.pos == NOUN and _renames_told_event(tokens, np_first, lo)
    if (
        cand.pos == NOUN
        and not renamed
        and len(before) >= 2
        and before[-1] in ("a", "an")
        and (before[-2] == "as" or (before[-2] in _COPULA and not is_meeting))
    ):
        return Verdict(None, "predicative: names a kind of act, not an event")
    if cand.pos == NOUN and _ranked_predicate(tokens, np_first):
        return Verdict(None, "a ranked predicate: 'the bombing was the deadliest attack'")
    if cand.pos == NOUN and not renamed and _prev_words(tokens, np_first, 0, 2) in _NAMING:
        return Verdict(None, "naming: 'known as X' names, it does not report")
    if cand.pos == NOUN and _prev_words(tokens, np_first, lo, 2) in (
        ["would", "be"],
        ["could", "be"],
        ["might", "be"],
        ["may", "be"],
    ):
        # "It would be his first visit to the city": what a future act would amount to
        return Verdict("hypothetical", "predicate of 'would be': not reported as held")
    if (
        cand.pos == NOUN
        and is_meeting
        and np_first >= 2
        and tokens[np_first - 1].lower in _EFFECT_VERBS
        and tokens[np_first - 2].lower in MODALS
    ):
        # "a bill Ostrelia has warned would complicate the talks": an effect on the talks
        # someone foresees, not a report of them
        return Verdict(None, "object of a foreseen effect ('would complicate the talks')")
    trait = _prev_words(tokens, np_first, 0, 6)
    if any(
        w in ("known", "notorious", "infamous") and trait[i + 1 : i + 2] == ["for"]
        for i, w in enumerate(trait)
    ):
        return Verdict(None, "a trait: 'known for his meetings with', 'notorious for bombing'")
    if cand.pos == VERB and not is_meeting and _attributive(tokens, cand):
        return Verdict(None, "an adjective: 'the besieged port city'")
    if is_meeting and not day_timex and _not_yet_set(tokens, cand):
        return Verdict("hypothetical", "not yet scheduled: 'a fourth round has not been set'")
    if is_meeting and not (day_timex or coarse_timex) and _meeting_in_principle(tokens, cand):
        return Verdict("hypothetical", "a meeting in principle: possible, accepted or opposed")
    if not day_timex and _bare_activity(tokens, cand, lo):
        return Verdict(None, "an activity: bare 'bombing of rebel camps' halted or described")
    if _blamed_for(tokens, cand):
        return Verdict(None, "criticism: 'attacked the council for dragging its feet'")
    if _habit_verb(tokens, cand, np_first, lo):
        return Verdict(None, "habitual: 'continues to carry out ambushes', 'stop meeting'")
    if _counterfactual(tokens, cand):
        return Verdict("hypothetical", "'almost/nearly' + verb: it did not happen")
    if cand.first > 0 and tokens[cand.first - 1].lower in _HEDGES:
        return Verdict(None, "a hedge: 'practically kidnapped' is a figure of speech")
    if _scare_quoted(tokens, cand):
        return Verdict(None, "a word in quotes: a label someone used, not a report")
    if _compared(tokens, cand, lo):
        return Verdict(None, "a comparison: 'as though it were an X'")
    if _bare_kind(tokens, cand, np_first, lo):
        return Verdict(None, "a kind of act: bare 'of/from/against attack'")
    if not day_timex and _listed_activity(tokens, cand, np_first):
        return Verdict(None, "a line of activity: a bare noun in a list of bare nouns")
    if is_meeting and _source_by_phone(tokens, cand):
        return Verdict(None, "a source speaking to the reporter: ', speaking by phone'")
    if is_meeting and _question(tokens):
        return Verdict("hypothetical", "a question asks about a meeting, it does not report one")
    if (
        _frequency_adverb(tokens, lo, hi)
        or _every_time(tokens, cand)
        # "Insurgents have frequently targeted schools, burning buildings and abducting
        # pupils": a participle of a habitual main clause
        or (
            cand.pos == VERB
            and cand.form == GERUND
            and lo > 0
            and _frequency_adverb(tokens, 0, lo - 1)
        )
    ):
        return Verdict(None, "habitual: frequency adverb")
    if (
        cand.pos == NOUN
        and _prev_words(tokens, np_first, lo, 2) in _PRACTICE_FRAMES
        # (not a verb of purpose after "used to": "used to direct Thursday's rocket attack")
        and (np_first == cand.first or tokens[np_first].lower in DETERMINERS)
    ):
        return Verdict(
            None, "habitual: a practice ('grown used to shelling', 'reliance on bombing')"
        )
    if cand.form == PLURAL and cand.pos == NOUN and _said_to_be_frequent(tokens, cand, hi):
        return Verdict(None, "generic: 'such attacks are rare', 'kidnappings have been frequent'")
    # (the word right before, whatever came first: "The Polisario reports daily shelling")
    if cand.pos == NOUN and (
        (not definite and _recurring(np_words))
        or (not day_timex and _recurring(_prev_words(tokens, cand.first, lo, 1)))
    ):
        return Verdict(None, "habitual: 'daily attacks', 'near-daily artillery fire'")
    if _every_period(tokens):
        return Verdict(None, "habitual: 'every few months', 'every year'")
    if _past_occasions(tokens, lo, hi):
        return Verdict(None, "habitual: past occasions ('in the past', 'over the years')")
    if _become_routine(tokens, lo, hi):
        return Verdict(None, "habitual: 'have become routine', 'a pattern'")
    if _until_it_stops(tokens, cand, hi):
        return Verdict(None, "an ongoing kind: 'until the shelling stops'")
    if _conditioned_future(tokens, cand, hi):
        return Verdict("hypothetical", "a future event under a condition ('if', 'unless')")
    if (
        cand.pos == NOUN
        and cand.last + 1 < len(tokens)
        and tokens[cand.last + 1].text == ","
        and _HABITUAL & {t.lower for t in tokens[cand.last + 2 : cand.last + 6]}
    ):
        # "The summit, held annually since 1975, brings together ...": the series
        return Verdict(None, "habitual: an aside says it recurs")
    if (
        not day_timex
        and not (definite and cand.form != PLURAL)
        and _perfect_tally(tokens, cand, lo, hi, is_meeting)
    ):
        return Verdict(None, "aggregate: the perfect over a period ('has killed 800 since')")

    if _alternatives(tokens, cand):
        return Verdict(None, "alternatives joined by 'or' name kinds of acts")

    clause_list = [t.lower for t in tokens[lo : hi + 1]]
    if is_meeting and ("twice" in clause_list or "thrice" in clause_list):
        return Verdict(None, "aggregate: 'has met twice'")
    if is_meeting and any(
        w == "times"
        and i > 0
        and (clause_list[i - 1] in _AGGREGATE_WORDS or _count(clause_list[i - 1]))
        for i, w in enumerate(clause_list)
    ):
        return Verdict(None, "aggregate: 'met several times'")
    if not is_meeting and cand.pos != NOUN and not day_timex and _many_targets(tokens, cand, hi):
        # "attacked more than 100 merchant ships", "raided dozens of villages": a tally
        return Verdict(None, "aggregate: a verb with dozens of targets and no day")
    if (is_meeting and not day_timex) and any(
        w == "for" and _LONG_UNITS & set(clause_list[i + 1 : i + 4])
        for i, w in enumerate(clause_list)
    ):
        return Verdict(None, "a process: 'held talks for months'")

    if (
        cand.pos == NOUN
        and cand.form == BASE
        and not np_words
        and _LEGAL & set(_prev_words(tokens, cand.first, 0, 8))
        and not (  # "accused of bombing the embassy": a verb with its object
            cand.last + 1 < len(tokens)
            and (
                tokens[cand.last + 1].lower in DETERMINERS
                or tokens[cand.last + 1].text[:1].isupper()
            )
        )
    ):
        # "charged with murder, attempted murder, assault and ...": a kind of crime
        return Verdict(None, "a kind of crime named in a charge, not an event")

    nxt = tokens[cand.last + 1].lower if cand.last + 1 < len(tokens) else ""
    if (
        cand.pos == NOUN
        and nxt in ("attempts", "bids")
        and (_AGGREGATE_WORDS & set(np_words) or any(_count(w) for w in np_words))
    ):
        return Verdict(None, "aggregate: 'several assassination attempts'")
    if cand.pos == NOUN and nxt in _HEAD_NOUNS:
        return Verdict(None, "modifier of another noun ('abduction allegations')")

    if (
        is_meeting
        and _put_off_in_relative(tokens, cand, hi)
        # (not the object of a verb that has it held: "made the visit that had been delayed",
        # nor of a preposition that does: "after talks that had been postponed")
        and not _held_now(tokens, cand, np_first, lo)
        and tokens[np_first - 1].lower not in _PRESUPPOSING
    ):
        return Verdict("cancelled", "a relative clause on it says it was put off")
    if _self_reported_kills(tokens, cand):
        return Verdict(None, "a side's own claim of kills ('the army said it had killed 40')")
    if _negated(tokens, cand, lo, np_first):
        return Verdict("negated", "negation scopes over the trigger")
    if _denied(tokens, cand):
        return Verdict("negated", "a denial: 'denied that the air force had bombed civilians'")
    before = _prev_words(tokens, np_first, lo, 4)
    if any(w in _IN_ERROR for w in before[:-1]) and bool(REPORTING & set(before)):
        return Verdict("negated", "'had mistakenly reported a second explosion': it was not")
    if not day_timex and _fronted_period(tokens, cand):
        return Verdict(None, "aggregate: 'over the past three nights, Russia has fired ...'")
    if not day_timex and _munitions_tally(tokens, cand, lo, hi):
        return Verdict(None, "aggregate: 'fired nearly 900 drones last week'")

    if (
        cand.pos == NOUN
        and not is_meeting
        and not day_timex
        and (
            (cand.text.lower().endswith("s") and _campaign_verb(tokens, np_first, cand.first, lo))
            # (a bombardment resumed on a place is one: "resumed their bombardment of Aleppo")
            or (
                cand.text.lower() in _MASS_VIOLENCE
                and _campaign_verb(tokens, np_first, cand.first, lo, halted_only=True)
            )
        )
    ):
        # "stepped up attacks on Saudi territory", "press for a halt to the attacks",
        # "suspending attacks on U.S. forces", "demanded a halt to the bombing", "would not
        # stop the bombing": a series or a campaign, not one event (nor one called off)
        return Verdict(None, "a campaign stepped up, resumed or halted")

    if is_meeting and _cancel_denied(tokens, cand, hi):
        return Verdict("planned", "a cancellation denied: 'the visit had not been postponed'")
    if is_meeting and _process_suspended(tokens, cand, lo):
        return Verdict(None, "a process of talks suspended, not one meeting called off")
    if _cancelled(tokens, cand, lo, hi, np_first):
        return Verdict("cancelled", "cancel/postpone verb governs the trigger")
    if is_meeting and _reset_to_come(tokens, cand, lo, hi, np_first):
        return Verdict("planned", "'the rescheduled meeting': set for a new day")
    if is_meeting and _plan_lapsed(tokens, cand):
        return Verdict("cancelled", "a plan told in the past perfect did not go ahead")

    # Genericity of nouns: generic determiners and bare or counted plurals.
    if cand.pos == NOUN:
        if any(w in GENERIC_DETERMINERS for w in np_words) or _prev_words(
            tokens, np_first, lo, 1
        ) == ["such"]:
            return Verdict(None, "generic: 'any/every/such' noun phrase")
        if _only_heard(tokens, cand, np_first, lo):
            return Verdict(None, "a sound heard: 'explosions were heard', 'heard two blasts'")
        of_head = _prev_words(tokens, np_first, lo, 2)
        plural = cand.form == PLURAL or cand.text.lower().endswith("s")
        if not is_meeting and ranking(tokens, cand):
            # "killing 20 soldiers, one of the deadliest attacks on the army this year": the
            # class the event told is ranked in, not a mention of it
            return Verdict(None, "a ranking: 'one of the deadliest attacks'")
        if (
            of_head == ["one", "of"]
            and not is_meeting
            and (day_timex or casualties or np_words[:1] in (["those"], ["these"]))
        ):
            # "killed a leader in one of those operations on Monday": one of them, specific
            return Verdict("occurred", "one of the events named")
        if (
            not day_timex
            and not coarse_timex
            and definite
            and _prev_words(tokens, np_first, lo, 1) == ["since"]
            and _began_after(tokens, cand)
        ):
            # "more than half a million have fled since the bombing began", "the first visit
            # since the talks started": the start of a campaign as a reference point
            return Verdict(None, "a reference point: 'since the offensive began'")
        if (
            cand.text.lower().endswith("operations")
            and of_head != ["one", "of"]
            and _prev_words(tokens, np_first, lo, 1) not in (["after"], ["following"])
            and not _operations_carried_out(tokens, cand)
            and not _launched(tokens, cand, np_first, hi)
            and nxt not in ("raid", "raids", "conducted")
        ):
            # "troops would continue operations", "air operations in the North-West", "the two
            # operations": an activity or a summary of raids told one by one, not one event
            # (not "launched search operations in the hills", "a special operations raid")
            return Verdict(None, "generic: 'operations' names an activity, not one event")
        # "the most intense wave of Russian strikes since 2022": one salvo of an air war
        salvo = of_head == ["wave", "of"] and cand.rule.event_type == "strike"
        if (
            plural
            and not is_meeting
            and not definite
            and not salvo
            and _since_a_date(tokens, cand, hi)
        ):
            # "students seized in mass abductions since 2020": a tally over a period
            return Verdict(None, "aggregate: events since a date")
        # a bare mass noun names the campaign too: "bombing has continued without pause"
        mass = not np_words and cand.text.lower() in _MASS_VIOLENCE
        if (
            not is_meeting
            and (plural or mass)
            and (definite or not np_words)
            and not day_timex
            and _campaign_goes_on(
                tokens,
                cand,
                hi,
                # ("figures show that militant attacks rose": "that" opens the clause)
                trend=not definite or (np_first > 0 and tokens[np_first - 1].lower == "that"),
            )
        ):
            # "if the attacks did not stop", "the attacks continue", "attacks on police have
            # surged": a campaign or a tally, not one event
            return Verdict(None, "a campaign that goes on or stops")
        if (
            not is_meeting
            and definite
            and not plural
            and not day_timex
            and _said_to_go_on(tokens, cand, hi)
            and _prev_words(tokens, np_first, lo, 2) != ["how", "long"]
        ):
            # "the operation would continue until the ADF is eradicated": a vow that the
            # campaign goes on, not a report of it ("how long the siege would last" tells it)
            return Verdict(None, "a campaign said to go on: 'the operation would continue'")
        if cand.text.lower().endswith("offensive") and not _launched(tokens, cand, np_first, hi):
            # "resume its offensive", "Israel's offensive has since killed": a campaign; an
            # offensive is reported as an event where it is launched or begins
            return Verdict(None, "campaign: an offensive named without its launch")
        if (
            not day_timex
            and not salvo
            and not _one_night(tokens, cand, hi)
            and (
                (plural and _AGGREGATE_WORDS & set(np_words))
                or (len(of_head) == 2 and of_head[1] == "of" and of_head[0] in _AGGREGATE_WORDS)
            )
        ):
            return Verdict(None, "aggregate: 'several/a series of' events")
        # ("days of talks" may be one round, "two days of fighting" one battle)
        if not day_timex and len(of_head) == 2 and of_head[1] == "of" and of_head[0] in _LONG_UNITS:
            return Verdict(None, "a process: 'months of talks', 'weeks of shelling'")
        if is_meeting and not day_timex and _PROCESS_MODIFIERS & set(np_words):
            return Verdict(None, "a process: 'ongoing/stalled talks', not one occurrence")
        if is_meeting and not day_timex and of_head in (["involved", "in"], ["engaged", "in"]):
            return Verdict(None, "a role: 'officials involved in negotiations with X'")
        if (
            is_meeting
            and not day_timex
            and len(of_head) == 2
            and of_head[1] == "in"
            and of_head[0] in _IN_TALKS_STATE
        ):
            return Verdict(None, "a state: 'a faction still in talks with the government'")
        if cand.form == PLURAL and _prev_words(tokens, np_first, lo, 1) == ["of"]:
            quantifier = _prev_words(tokens, np_first, lo, 2)[:1]
            count = number_value(quantifier[0]) if quantifier else None
            if quantifier in (["any"], ["none"], ["each"], ["all"], ["some"], ["most"]) or (
                count is not None and count >= 3
            ):
                # "any of the slayings", "all five of the shootings"
                return Verdict(None, "generic: 'any/none/five of the attacks'")
        if cand.form == PLURAL and not day_timex and _intended(tokens, np_first):
            return Verdict(None, "generic: events planned or within reach ('planning attacks')")
        if cand.form == PLURAL and _over_a_period(tokens, cand, hi):
            return Verdict(None, "aggregate: events over a period ('over the last five years')")
        if cand.form == PLURAL and _over_the_year(tokens, cand, hi, np_first, np_words):
            return Verdict(None, "aggregate: events told over a whole year ('this year')")
        if cand.form == PLURAL:
            # ("the 1998 bombings of the embassies": a year names the events, counts none)
            counts = [number_value(w) for w in np_words if w not in _named_years(np_words)]
            counts = [c for c in counts if c is not None]
            if counts and (max(counts) >= 10 or coarse_timex) and not day_timex:
                return Verdict(None, "aggregate: counted events over a period")
            plural_definite = bool(np_words) and (
                np_words[0] in DEFINITE or np_words[0].endswith(("'s", "s'"))
            )
            # "last week's bombings", "Friday's attacks": events dated by their own noun phrase
            dated_np = any(w in _TIME_POSSESSIVES for w in np_words) or bool(_named_years(np_words))
            # "the anniversary of the bombings" names one past occasion
            anniversary = _prev_words(tokens, np_first, 0, 2) == ["anniversary", "of"]
            # "said after wrapping up meetings with G7 ministers": a round just held
            concluded = (
                is_meeting
                and nxt in ("with", "between")
                and bool(_CONCLUDED & set(_prev_words(tokens, np_first, lo, 3)))
            )
            if not (
                day_timex
                # "May 10, 2024 - Fighting breaks out. The army answers with air strikes.": the
                # entry's day
                or in_entry
                or (counts and casualties)
                # (clashes that killed in a month named are one bout of fighting: "in August
                # 2023, when clashes between two forces killed 55 people"; not a year's)
                or (
                    casualties
                    and not is_meeting
                    and (
                        not coarse_timex
                        or (cand.rule.plover_mode == "clash" and _month_before(tokens, cand))
                    )
                    and _simple_past_after(tokens, cand, hi)
                )
                or (plural_definite and (known_event or anniversary))
                or (dated_np and not is_meeting)
                # "13 days after the embassy bombings": an anchor presupposes the events
                or (
                    plural_definite
                    and not is_meeting
                    and _prev_words(tokens, np_first, 0, 1) in (["after"], ["following"], ["since"])
                )
                # "three days after Israeli air strikes that killed nine": so is a count
                or (not is_meeting and _counted_from(tokens, np_first))
                or concluded
                or salvo
                # "ordered the strikes", "planned the bombings": the agent's own acts
                or (
                    plural_definite
                    and not is_meeting
                    and np_words[0] == "the"
                    and bool(_AGENT_VERBS & set(_prev_words(tokens, np_first, lo, 2)))
                )
                # "Israel launched air strikes across Gaza", "jets carried out further air
                # strikes after nightfall": strikes carried out on one occasion (not "has
                # carried out air strikes since March")
                or (not is_meeting and _carried_out_once(tokens, np_first, lo))
                # "the two bomb explosions", "both bombings", "bombings at embassies in X"
                or (not is_meeting and not coarse_timex and _FEW_EVENTS & set(np_words))
                or (not is_meeting and _placed(tokens, cand, np_first, hi))
                # "airstrikes overnight on the town": one night's strikes
                or (not is_meeting and _one_night(tokens, cand, hi))
                or (not is_meeting and _broke_out(tokens, cand))
                # "eight airstrikes hit a military camp": one target, one raid of strikes
                or (not is_meeting and _hit_one_target(tokens, cand, hi))
                # "the truce was shaken within hours by fresh Israeli strikes": the latest
                # (not "could prompt fresh strikes")
                or (
                    not is_meeting
                    and "fresh" in _prev_words(tokens, cand.first, lo, 3)
                    and not HYPOTHETICAL_MODALS & set(_prev_words(tokens, cand.first, lo, 6))
                )
                # "held meetings with opposition leaders", "in Vell for meetings with X"
                or (
                    is_meeting
                    and nxt in ("with", "between")
                    and _prev_words(tokens, np_first, lo, 1)
                    in (["held"], ["hold"], ["holds"], ["holding"], ["for"], ["had"])
                    # (not "has held meetings with rebels over the years")
                    and not PERFECT & set(_prev_words(tokens, np_first, lo, 3))
                    and not _LONG_UNITS & clause_words
                )
            ):
                return Verdict(None, "generic: plural without a specific date")

    # Conditional clauses: verbs and indefinite nouns are hypothetical; a definite noun that
    # is the subject of the condition ("if the strike was a mistake") presupposes the event,
    # one the condition is about ("if the Pakistanis initiated the firefight") does not.
    clause_start_word = tokens[lo].lower if lo < len(tokens) else ""
    opener = _conditional_opener(tokens, cand.first)
    in_conditional = (
        opener is not None
        or clause_start_word in _CONDITIONAL
        or any(w in _CONDITIONAL for w in _prev_words(tokens, cand.first, lo, 6))
    )
    if in_conditional:
        if opener is None:
            k = cand.first - 1
            while k >= lo and tokens[k].lower not in _CONDITIONAL:
                k -= 1
            opener = k
        subject = opener + 1
        while subject < len(tokens) and tokens[subject].lower in ("indeed", "even", "ever"):
            subject += 1
        if not definite or np_first != subject:
            return Verdict("hypothetical", "inside a conditional clause")
    if cand.pos == NOUN and not definite:
        # (not the month: "an airstrike on May 13")
        after = [
            t.lower for t in tokens[cand.last + 1 : min(hi + 1, cand.last + 8)] if t.text != "May"
        ]
        modal = next(
            (i for i, w in enumerate(after[:8]) if w in HYPOTHETICAL_MODALS or w == "would"), None
        )
        # (not the modal of a second verb: "would travel to X for talks with Y and would seek",
        # nor of a clause after a prepositional object: "told him in a phone call on Friday
        # that they would ...")
        governed = np_first > lo and tokens[np_first - 1].lower in PREPOSITIONS
        if (
            modal is not None
            and "and" not in after[:modal]
            and not (governed and "that" in after[1:modal])
        ):
            if is_meeting and _reported_arrangement(tokens, cand, after, modal):
                return Verdict("planned", "an arrangement reported: 'said talks would be held'")
            return Verdict("hypothetical", "subject of a modal verb ('an attack could ...')")
        # a long subject: "a summit between Xi Jinping and South Korean President Lee could"
        verb = ""
        j, end = cand.last + 1, min(len(tokens), cand.last + 20)
        while j < end:
            j = _past_aside(tokens, j)  # "A ground offensive, diplomats say, would need ..."
            if j >= end or j > hi + 8:
                break
            t = tokens[j]
            if t.lower in _GOVERNOR_STOPS or t.lower in REPORTING or (j > hi and t.text == ","):
                break
            if (t.lower in MODALS and t.text != "May") or t.lower in AUXILIARIES:
                verb = t.lower  # (not the month: "a summit in Khartoum on May 4")
                break
            j += 1
        subject = np_first == lo or tokens[np_first - 1].lower not in PREPOSITIONS
        if subject and (verb in HYPOTHETICAL_MODALS or verb == "would"):
            return Verdict("hypothetical", "subject of a modal verb after a long subject")
        before_np = _prev_words(tokens, np_first, lo, 8)
        if (
            is_meeting
            and before_np[-1:] in (["for"], ["on"], ["about"])  # "no decision on a meeting"
            and any(
                w == "no" and before_np[i + 1 : i + 2] and before_np[i + 1] in _UNSET
                for i, w in enumerate(before_np)
            )
        ):
            return Verdict("hypothetical", "'no date has been set for a summit'")
        if before_np[-3:] in (["no", "plans", "for"], ["no", "plan", "for"]):
            return Verdict("hypothetical", "'had no plans for a rescue raid'")
        if is_meeting and any(
            w in _COPULA
            and after[i + 1 : i + 2] in (["not"], ["n't"])
            and after[i + 2 : i + 3]
            and after[i + 2] in _NOT_ON
            for i, w in enumerate(after)
        ):
            # "A meeting between the two leaders is not on the agenda"
            return Verdict("negated", "an indefinite meeting said not to be")
        if any(
            w in _COPULA and i + 1 < len(after) and after[i + 1] in _UNREAL_PREDICATES
            for i, w in enumerate(after)
        ):
            return Verdict("hypothetical", "subject of 'is possible/unlikely'")

    if (
        is_meeting
        and cand.pos == NOUN
        and _prev_words(tokens, np_first, lo, 2) in (["date", "for"], ["date", "of"])
        and "not" in [t.lower for t in tokens[cand.last + 1 : hi + 1]]
    ):
        return Verdict("hypothetical", "'a date for the next round has not been set'")
    if (
        is_meeting
        and cand.pos == NOUN
        and _prev_words(tokens, np_first, 0, 2) == ["eve", "of"]
        and {"is", "are", "'s"} & {t.lower for t in tokens}
    ):
        return Verdict("planned", "'this is the eve of the visit'")
    # (an attempt foiled was made: "foiled an infiltration bid, killing three intruders")
    if (
        not is_meeting
        and cand.pos == NOUN
        and not definite
        and cand.text.lower().split()[-1] not in _ATTEMPTS
    ):
        if _FOILED & set(_prev_words(tokens, np_first, lo, 3)) or (
            _FOILED & set(_predicate_after(tokens, cand, hi))
        ):
            # (ACLED keeps such acts as "disrupted weapons use"; most of the guideline's
            # writers leave them out or mark them optional, few mark them cancelled)
            return Verdict("hypothetical", "foiled or thwarted: stopped before it happened")
        if _PLOTTING & set(_prev_words(tokens, np_first, lo, 2)):
            return Verdict("hypothetical", "a plan or plot of an attack, not the attack")

    near = {t.lower for t in tokens[max(lo, cand.first - 4) : cand.first]} | {
        t.lower for t in tokens[cand.last + 1 : min(hi + 1, cand.last + 3)]
    }
    if is_meeting and cand.pos == NOUN:
        pred = _predicate_after(tokens, cand, hi)
        if any(
            w == "not" and pred[i + 1 : i + 2] and pred[i + 1] in _HAPPEN
            for i, w in enumerate(pred)
        ):
            stop = next(
                (
                    k
                    for k in range(cand.last + 1, min(len(tokens), cand.last + 26))
                    if tokens[k].lower == "not"
                ),
                cand.last + 1,
            )
            if _SET_PARTICIPLES & {t.lower for t in tokens[np_first:stop]}:
                # "the talks that were due to open on Tuesday did not take place", "the planned
                # meeting ... will not take place": called off
                return Verdict("cancelled", "a planned meeting that did not take place")
            return Verdict("negated", "'the talks would not take place'")
        pred = [w for w in pred if w not in ADVERBS and w != "now"]  # "will now take place"
        if pred[:1] and pred[0] in _REMAIN and pred[1:2] and pred[1] in _PROCESS_MODIFIERS:
            return Verdict(None, "a process: 'the talks remain stalled'")
        if _talks_as_process(tokens, cand, pred, lo):
            return Verdict(None, "a process: 'the talks keep stalling', 'guarantors of the talks'")
        if (
            pred[:1]
            and (pred[0] in _FUTURE or (pred[0] == "would" and definite))
            and pred[1:2]
            and (pred[1] in _HAPPEN or pred[1:3] in (["be", "held"], ["be", "convened"]))
        ):
            # (also "said the visit would go ahead as planned")
            if _slim_chance(tokens, cand.first):
                return Verdict(
                    "hypothetical", "'little chance that another summit will take place'"
                )
            return Verdict("planned", "'the summit will be held / will take place'")
        if (
            definite
            and not day_timex
            and not coarse_timex
            and pred[:1] in (["will"], ["would"])
            and pred[1:2]
            and pred[1] in _AGENDA_VERBS
        ):
            # "The NATO summit, she said, would produce an initiative": what it is to do
            return Verdict("planned", "'the summit would produce / will focus on'")
        if any(
            w in ("is", "are")
            and pred[i + 1 : i + 2]
            and pred[i + 1] in ("set", "due", "expected", "scheduled", "slated")
            and pred[i + 2 : i + 3] == ["to"]
            and not (AUXILIARIES | MODALS) & set(pred[:i])
            for i, w in enumerate(pred[:6])
        ):
            # "Negotiations are set to resume on Monday"
            return Verdict("planned", "'the talks are set/due to ...'")
        if pred[:1] in (["is"], ["are"]) and pred[1:2] and pred[1] in _SET_PARTICIPLES:
            # "A meeting is planned in the coming weeks" ("are set to resume" is above)
            return Verdict("planned", "'the meeting is planned / scheduled'")

    if is_meeting and today_or_later and _PRESENT & near and not _PAST & clause_words:
        return Verdict("planned", "present tense, dated today or later: an arrangement")

    if cand.pos == NOUN:
        # ("called for a ceasefire and for talks": the verb governs both objects)
        reach = 9 if _prev_words(tokens, np_first, lo, 2) in (["and", "for"], ["or", "for"]) else 4
        window = np_words + _prev_words(tokens, np_first, lo, reach)
        named_as = _prev_words(tokens, np_first, lo, 4)
        if "called" in named_as and "what" in named_as[: named_as.index("called")]:
            # "condemned what it called a cowardly attack": a naming, not a call
            window = [w for w in window if w != "called"]
        governor = _governor(tokens, np_first, lo)
        if _avenged(tokens, np_first, lo):
            # "vowed to retaliate for an air strike": what is avenged was done, whatever
            # threat or vow governs the revenge
            window, governor = np_words, []
        if (
            not definite
            and _DISPOSED & set(_prev_words(tokens, np_first, lo, 2)[:1])
            and (_prev_words(tokens, np_first, lo, 1) == ["to"])
        ):
            return Verdict("hypothetical", "a disposition: 'open to talks'")
        if not definite and governor and not future:
            if (
                governor[-1] == "would"
                and tokens[np_first - 1].lower in _HOSTING
                and "that" in governor
                and bool((REPORTING | {"adding", "saying"}) & set(governor))
                and not _CONDITIONAL & {t.lower for t in tokens[cand.last + 1 : hi + 1]}
            ):
                # "adding that Tunisia would instead host security talks": a reported plan
                return Verdict("planned", "reported plan: 'said X would host talks'")
            if governor[-1] in HYPOTHETICAL_MODALS or governor[-1] == "would":
                return Verdict("hypothetical", "object of a modal verb ('would welcome a summit')")
            if governor[-1] in _FUTURE and not is_meeting:
                return Verdict(
                    "hypothetical", "violence a future verb is about ('will respond to an attack')"
                )
            if governor[-1] == "to" and _IRREALIS & set(governor):
                return Verdict("hypothetical", "object of a demanded or proposed act")
            if (
                governor[-1] == "to"
                and is_meeting
                and np_first > 0
                and tokens[np_first - 1].lower in _ARRANGE
            ):
                # "officials are working to arrange a meeting": not yet set
                return Verdict("hypothetical", "a meeting still to be arranged")
        if (
            definite
            and is_meeting
            and governor
            and governor[-1] == "to"
            and (_WISH_VERBS | _HOPE) & set(governor[-3:])
        ):
            # "wants to renew the long-stalled talks": the talks exist, their renewal is wished
            return Verdict("hypothetical", "a wished renewal of the talks")
        if (
            is_meeting
            and np_words[:1] in (["a"], ["an"])
            and _prev_words(tokens, np_first, lo, 2)
            in (["has", "called"], ["have", "called"], ["has", "convened"], ["have", "convened"])
        ):
            # "The government has called an all-party meeting on Thursday": called, to come
            return Verdict("planned", "'has called a meeting': convened for a day to come")
        if (
            is_meeting
            and day_timex
            and not future
            and np_words[:1] in (["a"], ["an"])
            and _prev_words(tokens, np_first, lo, 1) == ["called"]
            and "for" not in {t.lower for t in tokens[cand.last + 1 : hi + 1]}  # "for Monday"
        ):
            # "Russia called an emergency meeting of the Council on Friday": convened, held
            return Verdict("occurred", "'called a meeting' on a past day: it was convened")
        irrealis = _MEETING_IRREALIS if is_meeting else _IRREALIS
        if (
            is_meeting
            and future
            and _prev_words(tokens, np_first, lo, 1) == ["to"]
            and _INVITED & set(_prev_words(tokens, np_first, lo, 4))
        ):
            # "have been invited to a crisis meeting in Brussels on Thursday": a meeting set
            # for a day to come that its participants are summoned to
            return Verdict("planned", "invited to a meeting set for a date to come")
        if not definite and is_meeting and _floated_after(tokens, cand):
            return Verdict("hypothetical", "a meeting only floated or proposed")
        if not definite and any(w in irrealis for w in window):
            if is_meeting and any(w in _PLAN for w in window) and not _UNPLANNED & set(window):
                return Verdict("planned", "planning word governs the meeting")
            return Verdict("hypothetical", "irrealis context (threat, call, proposal, fear)")
        if any(w in _PLAN for w in np_words) or (future and not _completed_after(tokens, cand)):
            return Verdict("planned" if is_meeting else "hypothetical", "scheduled or future-dated")
        if (
            is_meeting
            and governor
            and governor[-1] == "to"
            and _PLAN_BEFORE_INFINITIVE & set(governor)
            and not _IRREALIS & set(governor)
        ):
            # "agreed to hold another round of talks next month"
            return Verdict("planned", "planning verb + infinitive governs the meeting")
        if is_meeting and _new_event(np_words) and not day_timex:
            return Verdict("hypothetical", "'future/further/another' meeting without a date")
        prev_word = tokens[cand.first - 1].lower if cand.first > 0 else ""
        modifiers_only = all(
            w not in DETERMINERS and not w.endswith(("'s", "s'")) and number_value(w) is None
            for w in np_words
        )
        if (
            is_meeting
            and cand.form == BASE
            and cand.text.lower().endswith("s")
            and (modifiers_only or prev_word in _PROCESS_VERBS)
            and not day_timex
            and nxt not in ("with", "between")
            # "agreed during talks held in Niamey last week": talks someone held
            and nxt not in _HELD_BY
            and not _place_after(tokens, cand.last)
            # "officials held direct talks on the border": the light verb reports a meeting
            and _prev_words(tokens, np_first, lo, 1) not in (["held"], ["hold"], ["holding"])
            # "met face to face in Minsk on Aug. 26, in talks that ended without a
            # breakthrough": an aside on the meeting just told
            and not (
                nxt in ("that", "which")
                and np_first >= 2
                and tokens[np_first - 1].lower == "in"
                and tokens[np_first - 2].text == ","
            )
            # "arrived in Vell for talks", "flew to Orso for two days of talks": a trip's talks
            and not (
                _prev_words(tokens, np_first, lo, 1) in (["for"], ["of"])
                and _TRAVEL & set(_prev_words(tokens, np_first, lo, 10))
            )
            # "after about three hours of talks", "ten days of negotiations in Khartoum": a
            # round measured by the clock or the calendar
            and not _SHORT_SPAN & set(_prev_words(tokens, np_first, lo, 2)[:1])
            # "the last round of detainee talks, held in Muscat": one round of them (not "no
            # new round of talks was in sight", "the next round of negotiations")
            and not (
                _prev_words(tokens, np_first, lo, 2) in (["round", "of"], ["rounds", "of"])
                and not _ROUND_TO_COME & set(_prev_words(tokens, np_first - 2, lo, 3))
            )
        ):
            # "during Brexit negotiations", "we prioritize negotiations"; not "climate talks
            # in Madrid", "peace talks with the rebels"
            return Verdict(None, "generic: bare 'talks/negotiations' (a process, not a meeting)")
        if (
            is_meeting
            and (
                _FUTURE & clause_words
                # ("will hold his first face-to-face meeting with Putin")
                and (not definite or np_words[:1] in (["his"], ["her"], ["their"], ["its"]))
                and any(w in ("hold", "host", "convene", "attend", "have", "chair") for w in before)
            )
        ):
            return Verdict("planned", "future tense 'will hold talks'")
        if (
            is_meeting
            and _prev_words(tokens, np_first, lo, 1) == ["for"]
            and _TRAVEL_PLAN & set(_prev_words(tokens, np_first, lo, 12))
            and _PLAN_WORDS & clause_words
        ):
            # "is expected to travel to Addis Ababa this week for his first visit"
            return Verdict("planned", "the purpose of a trip still to come")
        return Verdict("occurred", "specific event reported")

    # Verbs.
    if _interception(tokens, cand):
        return Verdict(None, "an interception: a munition brought down is part of its salvo")
    j = cand.first - 1
    while j >= lo and tokens[j].lower in ADVERBS:
        j -= 1
    prev = tokens[j].lower if j >= lo else ""
    k = j - 1
    while k >= lo and tokens[k].lower in ADVERBS:
        k -= 1  # "could only be visited"
    prev2 = tokens[k].lower if k >= lo else ""
    if prev == "and" and cand.form == BASE:
        # "would travel to Granada and meet Michel there": the verb the first conjunct hangs on
        g = _conjunct_governor(tokens, j, lo)
        if g is not None:
            j, prev = g, tokens[g].lower
            k = g - 1
            while k >= lo and tokens[k].lower in ADVERBS:
                k -= 1
            prev2 = tokens[k].lower if k >= lo else ""
    if prev in HYPOTHETICAL_MODALS or (prev in ("be", "have") and prev2 in HYPOTHETICAL_MODALS):
        return Verdict("hypothetical", "modal verb")
    if cand.form == GERUND:
        if _prev_words(tokens, cand.first, 0, 2) == ["forward", "to"]:
            # "looked forward to visiting Kerestan"
            return Verdict(
                "planned" if is_meeting else "hypothetical", "'look forward to' + gerund"
            )
        if prev in ("when", "whenever"):
            return Verdict(None, "generic: 'when visiting X'")
        if HYPOTHETICAL_MODALS & set(_prev_words(tokens, cand.first, lo, 3)):
            return Verdict("hypothetical", "gerund under a modal ('should continue visiting')")
        if prev == "of" and j > lo and tokens[j - 1].lower in _IDEA_NOUNS:
            return Verdict("hypothetical", "an idea entertained: 'the idea of shooting down'")
    # (a meeting verb in the past tells a past meeting, whatever day a weekday was resolved
    # to: "met for nearly three hours at the Foreign Ministry on Wednesday")
    if (
        prev in _FUTURE
        or (prev == "be" and prev2 in _FUTURE)
        or (future and not (is_meeting and cand.form == PAST))
    ):
        if _BELIEF & set(_prev_words(tokens, cand.first, 0, 12)):
            return Verdict("hypothetical", "future under a belief verb ('believes they will meet')")
        if is_meeting:
            return Verdict("planned", "future tense")
        return Verdict("hypothetical", "future violence is a threat, not an event")
    if prev == "would":
        if is_meeting:
            return Verdict("planned", "reported future ('would meet')")
        return Verdict("hypothetical", "conditional 'would'")
    if prev == "to":
        k = j - 1
        head = tokens[k].lower if k >= lo else ""
        head2 = tokens[k - 1].lower if k - 1 >= lo else ""
        if is_meeting and (head in _FAILED or head2 in _FAILED):
            return Verdict("negated", "'failed to meet': it did not happen")
        if is_meeting and head == "yet":
            return Verdict("negated", "'has yet to meet': it has not happened")
        if is_meeting and head in ("plans", "plan", "intention") and head2 == "no":
            return Verdict("negated", "'had no plans to meet'")
        if is_meeting and head in ("is", "are", "was", "were"):
            if head2 in _AIMS:
                return Verdict("hypothetical", "'the aim was to meet': an intention")
            return Verdict("planned", "'the leaders are to meet'")
        if is_meeting:
            if (
                head in _PLAN_BEFORE_INFINITIVE
                or head2 in _PLAN_BEFORE_INFINITIVE
                or _PLAN_BEFORE_INFINITIVE & set(before)  # "agreed on Monday to hold talks"
                or (head == "prepared" and head2 not in _COPULA | NEGATORS | ADVERBS)
            ):
                # ("as ministers prepared to meet on Thursday"; "is prepared to meet" wills it)
                return Verdict("planned", "planning verb + infinitive")
            if (
                head in _MEETING_IRREALIS
                or head2 in _MEETING_IRREALIS
                or _MEETING_IRREALIS & set(before)
                or _WISH_VERBS & set(_prev_words(tokens, cand.first, lo, 9))
            ):
                return Verdict("hypothetical", "urged/asked/proposed to meet")
            return Verdict("occurred", "purpose infinitive of a reported trip")
        if head in _ATTEMPT or head2 in _ATTEMPT:
            return Verdict("occurred", "an attempted attack is an attack ('tried to storm')")
        if _used_means(tokens, k, lo):
            return Verdict("occurred", "the means used for it: 'used drones to drop explosives'")
        return Verdict("hypothetical", "infinitive: intended or demanded, not reported")
    if cand.form in (BASE, S3) and (in_entry or timeline_entry(tokens) is not None):
        return Verdict("occurred", "a timeline entry's present: 'Jan. 12 - militants ambush ...'")
    if cand.form == S3 and not is_meeting and _narrative_present(tokens, cand, lo):
        return Verdict("occurred", "narrative present: 'a bomb explodes at a clinic'")
    if cand.form in (BASE, S3) and prev not in AUXILIARIES and prev not in ("did", "do", "does"):
        return Verdict(None, "habitual: present-tense verb")
    if cand.form == PAST and _STATE_VERBS & {
        t.lower for t in tokens[max(0, cand.first - 8) : cand.first]
    }:
        return Verdict(None, "a state, not an event ('remain bombed, besieged')")
    participle = cand.first > 0 and tokens[cand.first - 1].text == ","
    if cand.form == GERUND and not participle and (j < lo or prev in _SUBJECT_OPENERS):
        # (not "wrapped up business on Wednesday, meeting with the minister to finish talks")
        rest = [t.lower for t in tokens[cand.last + 1 : hi + 1]]
        if any(w in _COPULA or w in HYPOTHETICAL_MODALS for w in rest):
            # "because negotiating with armed groups is considered a crime"
            return Verdict(None, "a gerund subject names an activity, not an event")
    if (
        cand.form == GERUND
        and prev in ("been", "is", "are", "was", "were")
        and _over_time(tokens, cand, hi)
    ):
        # "rebels have been shelling the town for weeks": a campaign, not one event
        return Verdict(None, "a campaign: progressive over weeks")
    if cand.form == GERUND and prev in ("is", "are", "am") and not is_meeting:
        return Verdict("occurred", "ongoing")
    if (
        cand.form == GERUND
        and prev not in ("after", "since", "following")
        and (_FUTURE & set(_prev_words(tokens, j + 1, lo, 3)))
    ):
        # "his trip will include meeting the prime minister"
        if is_meeting:
            return Verdict("planned", "gerund under a future verb")
        return Verdict("hypothetical", "gerund under a future verb")
    if cand.form in (PAST, GERUND) or prev in PERFECT or prev in AUXILIARIES:
        return Verdict("occurred", "past or perfect verb")
    return Verdict("occurred", "verb")


def definite_np(tokens: list[Token], cand: Candidate) -> bool:
    """True for definite/demonstrative/possessive noun phrases (anaphora candidates)."""
    return cand.pos == NOUN and is_definite(
        tokens, cand.first, plural=cand.form == PLURAL and cand.rule.plover_type != "CONSULT"
    )
