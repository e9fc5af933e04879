"""Event mentions of a document: typed, given a status, dated, with participants and toll.

Pipeline per sentence: triggers (taxonomy + context) -> governing date from the sentence (a
timex attached to the trigger, then its clause, then the sentence; timexes of reporting or
reaction verbs, of another event, or outside an after/before clause are skipped; a meeting
dated by its week takes the day of the statement made there) -> status (specific? negated,
hypothetical, planned, cancelled, occurred) -> participants, place, casualties. Across
sentences: an anaphor ("the strike", "this attack", "his visit") takes the date and toll of
its antecedent (``coref``); an event remembered by its Nth anniversary is N years before it;
"days later" stays at the previous event's precision; in the lede, the event a dated
statement reports takes its day; an undated "N-day visit" takes the week an adjacent
sentence places its visitor in; an undated mention takes the date of the previous
sentence's event (or of the one before, when the sentence between stays inside its date), or
of a sentence opening with a time that reports no event ("But this week, ..."); a meeting
that is the setting of a statement takes the statement's date; at last, the date the
document gives its dominant event of that type (for meetings: of the same parties). Nothing
takes the publication date.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial

from extractors.events import coref, dating
from extractors.events.arguments import location, participants
from extractors.events.casualties import casualties
from extractors.events.clauses import clause_of, clause_spans, timeline_entry
from extractors.events.dating import DateChoice
from extractors.events.status import (
    COUNTED,
    called_off_noun,
    classify,
    definite_np,
    describes_a_source,
    ranking,
    tally,
)
from extractors.events.taxonomy import GERUND, PAST, PLURAL, Taxonomy, load
from extractors.events.triggers import (
    LAUNCHED,
    STOPPAGE_LAST,
    STORY_TYPES,
    Candidate,
    before_launch,
    condemned,
    find_candidates,
    is_definite,
    token_index,
)
from extractors.events.words import (
    AUXILIARIES,
    DEFINITE,
    DETERMINERS,
    MODALS,
    PERFECT,
    PREPOSITIONS,
    REPORTING,
    SUBORDINATORS,
    Token,
    number_value,
    tokenize,
    words,
)
from extractors.records import Document, EventMention
from extractors.temporal.anchors import heads_entry, in_entry
from extractors.temporal.lexicon import MONTHS, WEEKDAYS
from extractors.temporal.model import Timex

__all__ = ["COUNTED", "extract_mentions", "load"]

# How far back an open curly quotation may have opened (a quoted speaker's paragraph).
_QUOTE_REACH = 600
_IN_SENTENCE = ("attached", "clause", "sentence", "statement", "relative")
_OWN = ("attached", "clause", "sentence")  # a timex that governs the mention itself
# Dates a following sentence may carry on as narrative focus.
_FOCUS_SOURCES = (*_IN_SENTENCE, "anaphora", "span", "lede", "scene")
_VIOLENT = ("strike", "raid", "attack")
_PERIOD = re.compile(r"\b(?:since|until|till|ahead of)\b", re.IGNORECASE)


_PAST_AUX = words("was were had did")
_TOLD = words("told said wrote")
# Heads of a meeting that a "second round" or "the next session" may continue ("first met in
# Muscat ... The second round took place in Rome").
_TALKS_HEADS = words("talks negotiations round session consultations meeting meetings met")
# Words that may precede a sentence-opening time adverbial: "But this week, ...".
_FRONTING = words("but and yet so then on in at during early late earlier later")


@dataclass(slots=True)
class _Dated:
    event_type: str
    choice: DateChoice
    sentence: int
    status: str
    background: bool = False  # told in the past perfect: "where fighters had overrun a post"


def _casualty_text(text: str, cand: Candidate, cands: list[Candidate], s: int, e: int) -> str:
    """The words that state this event's toll: from the trigger to the next event trigger
    (a compound like "roadside bomb blast" is one trigger), else the words before it when
    no earlier event owns them and they do not count deaths over a period ("5,000 killed
    since the attacks")."""
    later = [
        c.start
        for c in cands
        if c.start > cand.start
        and c.rule.event_type in _VIOLENT
        and text[cand.end : c.start].strip(" -")  # not the next word of one compound
    ]
    earlier = [c.end for c in cands if c.end < cand.start and c.rule.event_type in _VIOLENT]
    after = text[cand.start : min(later) if later else e]
    if earlier:
        return after  # a toll before the trigger belongs to the earlier event
    if any(casualties(after)[:1]):
        return after
    before = text[s : cand.start]
    return "" if _PERIOD.search(before) else before


def _quoted_speech(text: str, s: int, at: int) -> bool:
    """Whether the word at ``at`` stands in a speaker's own words: a quotation that opens its
    sentence (sentence start ``s``) or goes on from an earlier one, not a phrase quoted inside
    the reporter's sentence (it carried out "a precision strike")."""
    before = text[s:at]
    if text[s : s + 1] in ('"', "“"):
        return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    if any(q in before for q in ('"', "“", "”")):
        return False
    window = text[max(0, s - _QUOTE_REACH) : s]
    return window.rfind("“") > window.rfind("”")


def _same_paragraph(text: str, a_end: int, b_start: int) -> bool:
    return "\n" not in text[a_end:b_start]


# A capitalised word inside a sentence: a name (or a weekday or month, left out where used).
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")


def _after_the_lede(text: str, lede: tuple[int, int], b_start: int, meeting: bool) -> bool:
    """The sentence opens the paragraph right after the story's first one, its lede: a wire
    story goes on telling the event its lede dated ("Troops pushed into the camp on Tuesday.
    // A drone strike on a group of men killed three"). A meeting must share a name with the
    lede: one of other parties is another meeting."""
    a_start, a_end = lede
    if "\n" in text[:a_end].strip() or text[a_end:b_start].count("\n\n") != 1:
        return False
    if not meeting:
        return True
    paragraph = text[b_start:].split("\n", 1)[0]
    names = {
        n for n in _NAME.findall(paragraph) if n.lower() not in WEEKDAYS and n.lower() not in MONTHS
    }
    return any(re.search(rf"\b{n}\b", text[a_start:a_end]) for n in names)


def extract_mentions(
    doc: Document, sentences: list[tuple[int, int]], timexes: list[Timex]
) -> list[EventMention]:
    """Event mentions in ``doc``; offsets point into ``doc.text``."""
    taxonomy: Taxonomy = load()
    text = doc.text
    usable = dating.drop_restated(
        text, sorted((t for t in timexes if dating.usable(t)), key=lambda t: t.start)
    )
    starts = [t.start for t in usable]
    mentions: list[EventMention] = []
    history: list[_Dated] = []
    priors: list[coref.Prior] = []  # counted mentions so far, possible antecedents
    links: dict[int, int] = {}  # mention index -> index of its antecedent
    plural_flags: list[bool] = []
    other_flags: list[bool] = []  # "another strike", "the anniversary of the attacks"
    past_flags: list[bool] = []  # told in the past: "met", "It was his first visit"
    own_source: list[str | None] = []  # source of the timex governing each mention itself
    seen_types: set[str] = set()
    fired_by: dict[str, str] = {}  # munition kind -> "state"/"nonstate", its last named agent
    last_sentence: tuple[int, int, int] | None = None  # (index, start, end) of last event sentence

    for si, (s, e) in enumerate(sentences):
        if not taxonomy.pattern.search(text, s, e) or (si > 0 and _crosshead(text, s, e)):
            continue
        tokens = tokenize(text, s, e)
        cands = find_candidates(taxonomy, text, tokens, s, e, seen_types)
        clauses = clause_spans(tokens)
        primaries = [c for c in cands if not c.rule.secondary]
        cands = [
            c
            for c in cands
            if not c.rule.secondary
            or (
                not _launch_in_subject(tokens, c, cands)
                and (
                    _agentive(tokens, c)
                    if not _told_by_primary(taxonomy, tokens, c, primaries)
                    else (
                        _own_relative_clause(tokens, clauses, c, cands)
                        or _leads_its_anaphors(tokens, c, cands)
                        or _own_conjunct(
                            tokens, clauses, c, cands, [t for t in usable if s <= t.start < e]
                        )
                        or _later_conjunct(tokens, c, cands)
                        or _before_its_anchor(tokens, clauses, c, cands)
                        or _inside_its_anchor(tokens, clauses, c, cands)
                    )
                )
            )
        ]
        cands = [
            c
            for c in cands
            if not _setting_of_meeting_verb(tokens, c, cands)
            and not _relative_on_meeting_noun(tokens, c, cands)
            and not _due_of_meeting_noun(tokens, c, cands)
        ]
        held = {c.rule.event_type for c in cands if not c.rule.container}
        cands = [c for c in cands if not (c.rule.container and c.rule.event_type in held)]
        if not cands:
            continue
        sent_timexes = usable[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
        entry = _entry_head(text, sentences, si, usable, starts)
        previous = last_sentence  # the narrative before this sentence, for all its triggers
        later = next((t for t in timexes if s <= t.start < e and dating.is_later(t)), None)
        claimed: dict[int, Candidate] = {}
        renamed_plans: set[int] = set()  # nouns that rename a plan the sentence calls off
        for cand in cands:
            t = dating.attached(text, cand, sent_timexes)
            if t is not None and id(t) not in claimed:
                claimed[id(t)] = cand
        emitted: dict[tuple[str, str, tuple[int, int]], int] = {}
        for cand in cands:
            etype = cand.rule.event_type
            if cand.rule.from_story:
                # "the vehicle was hit on the road": the story's strike or attack
                etype = next(
                    (p.event_type for p in reversed(priors) if p.event_type in STORY_TYPES),
                    etype,
                )
            clause = clause_of(clauses, cand.first)
            if _instrument(tokens, cand, cands, clause):
                continue  # "attacked a police post with explosives dropped from drones"
            # "rockets were fired at the base", "a rocket fired from Gaza hit a house"
            unclaimed = _unclaimed_launch(taxonomy, text, tokens, cand)
            if cand.rule.plover_mode == "fire":
                etype = _fire_agent_type(taxonomy, text, tokens, cand)
            elif etype == "attack" and cand.rule.plover_mode == "drone":
                # "a drone attack" on a base is a militia's; "a U.S. drone attack", "Russian
                # drones dropped grenades" a strike
                state = _premodifier_agent(taxonomy, text, tokens, cand) == "state" or (
                    cand.pos == "verb"
                    and _state_agent_before(taxonomy, text, tokens, cand, clause[0])
                )
                etype = "strike" if state else etype
            elif (
                cand.pos == "verb"
                and cand.rule.phrase.startswith(("exchange ", "trade "))
                and _state_agent_before(taxonomy, text, tokens, cand, 0, countries=False)
                and not _forces_of_two_states(taxonomy, text, tokens, cand)
            ):
                # "police vehicles moved into the area and exchanged fire with gunmen": the
                # fire of their operation
                etype = "raid"
            elif etype == "strike" and cand.pos == "verb" and _fire_verb(cand):
                # "rebels shelled the town", "Hezbollah struck Israel with rockets", "a Hamas
                # rocket landed near the airport" is their attack; forces or no agent: a strike
                etype = (
                    "attack"
                    if (
                        _fire_agent_type(taxonomy, text, tokens, cand) == "attack"
                        and _nonstate_before(taxonomy, text, tokens, cand)
                    )
                    or _premodifier_agent(taxonomy, text, tokens, cand) == "nonstate"
                    or unclaimed
                    else etype
                )
            elif (
                etype == "strike"
                and cand.pos == "noun"
                and (
                    _fire_from(taxonomy, text, tokens, cand)
                    or _premodifier_agent(taxonomy, text, tokens, cand) == "nonstate"
                    or _claimed(text, tokens, cand)
                    # "struck by a Houthi drone": the agent inside the phrase
                    or bool(taxonomy.contexts["nonstate_force"].pattern.search(cand.text))
                )
            ):
                # "mortar fire from rebels", "a Houthi missile attack", "the rocket fire,
                # which was claimed by a Salafist group": theirs is an attack
                etype = "attack"
            if (
                etype == "attack"
                and cand.pos == "noun"
                and coref.head_of(cand) in coref.BOMBING_HEADS
                and _state_bomber(taxonomy, text, tokens, cand)
            ):
                etype = "strike"  # "the army's bombing of a camp": bombs from the air
            if (
                etype == "attack"
                and cand.pos == "verb"
                and cand.rule.phrase in _DEMOLITION_VERBS
                and _state_agent_before(
                    taxonomy,
                    text,
                    tokens,
                    cand,
                    _after_reporting(tokens, cand, clause[0]),
                    countries=False,
                )
            ):
                # "troops blew up two houses": the demolitions of an incursion (not "police
                # said the bomber detonated the vehicle": the teller is no agent)
                etype = "raid"
            if etype == "raid" and (
                _nonstate_agent(taxonomy, text, tokens, cand)
                or (cand.pos == "noun" and _nonstate_premodifier(taxonomy, text, tokens, cand))
                or (
                    cand.pos == "noun"
                    and _launcher(taxonomy, text, tokens, cand, clause[0]) == "nonstate"
                )
            ):
                # "gunmen raided a police station", "a gang incursion": theirs is an attack
                etype = "attack"
            if cand.rule.secondary and not (
                etype == "attack" and (_nonstate_agent(taxonomy, text, tokens, cand) or unclaimed)
            ):
                # (not "the Houthis said they hit the tanker with missiles": theirs)
                etype = _type_by_agent(taxonomy, text, tokens, cand) or etype
            elif etype == "attack" and (
                coref.head_of(cand) in coref.GENERIC_HEADS or cand.rule.fixed
            ):
                etype = _state_agent_type(taxonomy, text, tokens, cand, clause) or etype
            if (
                etype == "attack"
                and cand.pos == "verb"
                and cand.rule.plover_mode != "drone"
                and cand.rule.phrase not in _MEN_TAKING
                and _airborne_subject(taxonomy, text, tokens, cand, clause)
                and _premodifier_agent(taxonomy, text, tokens, cand) != "nonstate"
                and not unclaimed
            ):
                # "Israeli warplanes attacked guerrilla positions"; not "a Houthi drone hit"
                etype = "strike"
            elif (
                etype == "attack"
                and cand.pos == "verb"
                and cand.text.lower().startswith("assault")
                and _state_agent_before(taxonomy, text, tokens, cand, clause[0], countries=False)
            ):
                etype = "raid"  # "special forces had assaulted a militant camp": their raid
            own = dating.choose_in_sentence(
                text, tokens, clauses, cand, sent_timexes, claimed, cands, doc.published
            )
            if own is not None and own.source != "attached" and coref.remote(tokens, cand):
                own = None  # "marked on Tuesday the anniversary of the bombing": not its day
            if (
                own is not None
                and own.source in ("clause", "sentence")
                and own.timex_end is not None
                and own.timex_end <= cand.start
                and definite_np(tokens, cand)
                and any(
                    t.start == own.timex_start and dating.statement_frame(tokens, t)
                    for t in sent_timexes
                )
            ):
                # "In a statement on Thursday, the group denied any role in the attack": the
                # day of the statement, not of the attack told before
                own = None
            ante: coref.Prior | None = None
            if (
                (
                    definite_np(tokens, cand)
                    or (cand.pos == "noun" and condemned(tokens, cand.first, cand.last))
                )
                and not coref.remote(tokens, cand)
                and not _unseen_name(text, tokens, cand)
            ):
                # "the airstrikes were aimed at the group responsible for that assault": the
                # cause of a reprisal is no event of the reprisal's sentence
                pool = (
                    [p for p in priors if p.sentence != si] if coref.cause(tokens, cand) else priors
                )
                told_past = _told_past(tokens, cand)
                if told_past:
                    # "will host the summit in November. It was his first visit": a past
                    # mention names no event still planned
                    pool = [p for p in pool if mentions[p.index].status != "planned"]
                if coref.names_next(tokens, cand):
                    # "the next session had been postponed" after the first session was
                    # held: only an event still to come is the next one
                    pool = [p for p in pool if mentions[p.index].status in ("planned", "cancelled")]
                antecedent = partial(
                    coref.antecedent,
                    pool,
                    etype,
                    coref.head_of(cand),
                    coref.modifiers(tokens, cand) | coref.place_after(tokens, cand),
                    plural=cand.form == PLURAL,
                    sentence=si,
                    published=doc.published,
                    pointing=coref.demonstrative(tokens, cand),
                )
                # (a bare hour put on the day in focus is no day of the event's own)
                dates = (own.start, own.end) if own and not dating.clock_on_focus(own) else ()
                ante = antecedent(*dates)
                if told_past and ante is not None and mentions[ante.index].status == "cancelled":
                    # "X met Y on Monday, as a meeting planned for Tuesday was postponed ...
                    # told reporters after the meeting": one that took place, if any
                    held = [p for p in pool if mentions[p.index].status != "cancelled"]
                    ante = (
                        coref.antecedent(held, *antecedent.args[1:], *dates, **antecedent.keywords)
                        or ante
                    )
                if own is not None and ante is not None and dating.clock_on_focus(own):
                    # "raided a house before dawn on Thursday, arresting men suspected in
                    # Sunday's bombing. The raid began at about 4 a.m.": the hour is on the
                    # day of the event the phrase names, not on the day mentioned last
                    own = dating.clock_on_day(own, mentions[ante.index])
                if (
                    (ante is None or ante.event_type != etype)
                    and own is not None
                    and (
                        own.source in ("clause", "sentence", "relative")
                        # "condemned the strike on Tuesday": after the object, the day
                        # may be the condemning's
                        or (own.source == "attached" and (own.timex_start or 0) > cand.end)
                    )
                    and own.start is not None
                    and dating.reacted_to(tokens, cand)
                ):
                    # "The UN condemned the attack on Fambita on Saturday" after Friday's
                    # attack: the definite phrase names the event told before, and the later
                    # day its clause gives is the reaction's (not the other kind of event
                    # told on that day: "revised the toll from the attack yesterday" after
                    # jets struck yesterday)
                    earlier = antecedent()
                    if (
                        earlier is not None
                        and earlier.date_end is not None
                        and earlier.date_end < own.start
                    ):
                        ante, own = earlier, None
                if (
                    ante is not None
                    and ante.event_type == "strike"
                    and etype == "attack"
                    and (
                        _premodifier_agent(taxonomy, text, tokens, cand) == "nonstate"
                        or (cand.pos == "noun" and _fire_from(taxonomy, text, tokens, cand))
                    )
                ):
                    # "since Hamas's October 7 attack", "Wednesday's assault by gunmen": not
                    # the strike told before
                    ante = None
                if ante is not None and etype in ("attack", "raid") and ante.event_type != etype:
                    etype = ante.event_type  # "the attack"/"the raids" refer back to the strike
            if cand.rule.from_story and ante is None:
                ante = _story_antecedent(tokens, cand, priors)
                if ante is not None:
                    etype = ante.event_type  # "since the hospital was hit": its strike
            militia = etype == "strike" and _at_militia_target(taxonomy, text, tokens, cand, clause)
            if militia:
                etype = "attack"  # "a drone struck a U.S. outpost": the militias' attack
            weapon = _weapon(tokens, cand, clause)
            agent = _agent_named(taxonomy, text, tokens, cand, clause) if weapon else ""
            if agent:
                fired_by[weapon] = agent
            elif militia and weapon:
                fired_by[weapon] = "nonstate"
            elif etype == "strike" and fired_by.get(weapon) == "nonstate":
                # "Houthi missiles struck the port on Monday. A missile hit a tanker": the
                # story's missiles are the group's it named last
                etype = "attack"
            if (
                etype == "attack"
                and cand.rule.plover_mode == "explosives"
                and _the_bombs(tokens, cand)
                and priors
                and priors[-1].event_type == "strike"
                and si - priors[-1].sentence <= 2
            ):
                etype = "strike"  # "Tuesday's air raid ... the bombs had struck a village"
            is_meeting = taxonomy.types[etype].plover_type == "CONSULT"
            if own is not None:
                own = dating.named_date(own, etype, doc.published, taxonomy.named_dates)
                if is_meeting and not in_entry(text, own.timex_start or cand.start):
                    # (a timeline's entry reports as of its own day, which the tagger used)
                    own = dating.prepared_month(own, tokens, cand, doc.published)
            choice = own
            inherited: _Dated | None = None
            if choice is None and ante is not None:
                choice = _from_antecedent(ante, mentions[ante.index])
                inherited = _Dated(etype, choice, si, mentions[ante.index].status)
            if choice is None and coref.names_another_event(tokens, cand):
                # (in a timeline's entry, "A second strike hits a checkpoint" is of its day)
                choice = (
                    dating.from_timex(entry, dating.ENTRY_DATE, "scene")
                    if entry is not None
                    else dating.unresolved("'another'/'a separate' event: no date carried over")
                )
            if choice is None and coref.remote(tokens, cand):
                choice = dating.anniversary(
                    tokens, cand, sent_timexes, _previous_timexes(sentences, si, usable, starts)
                ) or dating.unresolved("an anniversary's event: no date carried over")
            if choice is None and later is not None and history:
                choice = dating.after_anchor(later, history[-1].choice)
            if choice is None and ante is None and si == 0:
                choice = _lede_report(tokens, cand, sent_timexes)
            if choice is None and is_meeting:
                choice = _multi_day(
                    text, sentences, si, tokens, cand, clause, timexes, usable, starts
                )
            if choice is None:
                choice = _during(text, cand, mentions, s) or _then(
                    tokens, cand, mentions, s, sentences[si - 1][0] if si else None
                )
            if choice is None and entry is not None:
                choice = dating.from_timex(entry, dating.ENTRY_DATE, "scene")
            if choice is None:
                choice, inherited = _focus(
                    text, tokens, cand, etype, si, s, history, previous, sentences, usable, starts
                )
                if choice.value is None and (previous is None or previous[0] != si - 1):
                    choice = _scene(text, sentences, si, usable, starts) or choice
                if is_meeting and choice.source != "anaphora":
                    said = dating.statement_date(tokens, cand, sent_timexes, claimed)
                    if said is None and choice.value is None and dating.is_setting(tokens, cand):
                        said = _previous_statement(text, sentences, si, usable, starts)
                    if said is not None:
                        choice, inherited = said, None
            if is_meeting and choice.source in _OWN and choice.granularity in ("week", "month"):
                choice = (
                    _statement_within(text, sentences, si, tokens, cand, choice, usable, starts)
                    or choice
                )
            in_sentence = choice.source in _IN_SENTENCE
            fine = choice.granularity in ("time", "day")
            future = bool(
                choice.start and doc.published and choice.start > doc.published and in_sentence
            )
            today_or_later = (
                bool(choice.start and doc.published and choice.end and choice.end >= doc.published)
                and in_sentence
            )
            k_lo = k_hi = i_lo = i_hi = None
            if not is_meeting:
                k_lo, k_hi, i_lo, i_hi = casualties(_casualty_text(text, cand, cands, s, e))
                if k_lo is None and k_hi is None and _one_named_death(tokens, cand):
                    k_lo = k_hi = 1  # "the killing of <a named person>": one death
            if describes_a_source(tokens, cand, clause[0]):
                # the story has told of the event: "the round" or "the meeting" may follow
                seen_types.add(etype)
                if coref.head_of(cand) in _TALKS_HEADS:
                    seen_types.add(f"{etype}:talks")
                continue
            verdict = classify(
                tokens,
                cand,
                clause,
                day_timex=fine
                and (choice.source in ("attached", "clause") or _dated_by_heading(tokens, choice)),
                coarse_timex=in_sentence and not fine and choice.granularity != "week",
                future=future,
                casualties=k_lo is not None or k_hi is not None,
                is_meeting=is_meeting,
                today_or_later=today_or_later,
                in_entry=entry is not None,
                undated_speech=not in_sentence and _quoted_speech(text, s, cand.start),
                # "the strikes" can name strikes reported earlier (not one strike)
                known_event=is_meeting
                or ante is not None
                # "condemns the terrorist bomb attacks" after the bombing was reported: those
                # events (not "deaths in the attacks surged from 88 in 2023 to 388")
                or (
                    etype == "attack"
                    and etype in seen_types
                    and not in_sentence
                    and _the_np(tokens, cand)
                ),
            )
            if verdict.status is None:
                continue
            if cand.rule.status and verdict.status == "occurred":
                verdict = replace(verdict, status=cand.rule.status, reason="the words say so")
            if (
                inherited is not None
                and inherited.status == "planned"
                # (a bombing told after a planned meeting is not planned)
                and (inherited.event_type == etype or is_meeting)
                and verdict.status == "occurred"
                and verdict.reason == "specific event reported"
            ):
                verdict = replace(verdict, status="planned", reason="refers to a planned event")
            if cand.first in renamed_plans:
                continue  # "..., but the meeting was postponed": the plan told before it
            if is_meeting and verdict.status == "planned":
                noun = called_off_noun(tokens, cand)
                if noun is not None:
                    renamed_plans.add(noun)
                    verdict = replace(
                        verdict, status="cancelled", reason="a plan the sentence calls off"
                    )
            if verdict.status == "planned":
                choice = dating.plan_ahead(choice, tokens, cand, doc.published)
            # (an anaphor typed by its antecedent keeps its own slot: "the raids came a day
            # after artillery shelled villages" names two events)
            if _participle_of_emitted(tokens, cand, mentions, emitted, etype):
                continue  # "attacked a village, torching homes": one attack
            if _purpose_of_emitted(tokens, cand, mentions, emitted, etype):
                continue  # "received his counterpart in Bamako for talks": one meeting
            slot = (cand.rule.event_type if ante is not None else etype, verdict.status, clause)
            if slot in emitted and (
                _listed(text, mentions[emitted[slot]], cand, is_meeting)
                or _followed(text, mentions[emitted[slot]], cand)
                or _verb_repeated(text, mentions[emitted[slot]], cand)
                # "the barrage was retaliation for the drone strike": its cause is another
                or coref.cause(tokens, cand)
            ):
                slot = (*slot[:2], (cand.first, cand.last))  # a list names several events
            if slot in emitted and _other_day(
                text, mentions[emitted[slot]], own_source[emitted[slot]], choice, cand
            ):
                slot = (*slot[:2], (cand.first, cand.last))
            if slot in emitted:
                # One mention per clause and type ("would meet X for a scheduled visit"); it
                # takes the date governing either word ("a visit for a meeting Thursday").
                k = emitted[slot]
                # ("met in emergency session on Sunday and again on Tuesday": a date attached
                # to the other word outranks one merely in the clause)
                had = own_source[k]
                if (
                    choice.source in _OWN
                    and (had is None or (choice.source == "attached" and had != "attached"))
                    # ("met last month to prepare Sunday's summit": the summit's date is not
                    # the meeting's)
                    and not _other_verbs_object(tokens, cand)
                ):
                    mentions[k] = _with_date(mentions[k], choice)
                    own_source[k] = choice.source
                    priors = [
                        replace(p, date_start=choice.start, date_end=choice.end)
                        if p.index == k
                        else p
                        for p in priors
                    ]
                    links.pop(k, None)
                continue
            emitted[slot] = len(mentions)
            actors, targets = participants(text, tokens, cand, clause, is_meeting)
            confidence = cand.rule.confidence + (0.1 if in_sentence else 0.0)
            if verdict.status not in COUNTED:
                confidence *= 0.5
            mentions.append(
                EventMention(
                    event_type=etype,  # may differ from the rule's type by reference
                    status=verdict.status,
                    trigger_text=cand.text,
                    trigger_start=cand.start,
                    trigger_end=cand.end,
                    sentence_text=text[s:e],
                    sentence_start=s,
                    sentence_end=e,
                    date_value=choice.value,
                    date_start=choice.start,
                    date_end=choice.end,
                    date_granularity=choice.granularity,
                    date_type=choice.date_type,
                    date_reason=choice.reason,
                    status_reason=verdict.reason,
                    timex_text=choice.timex_text,
                    timex_start=choice.timex_start,
                    timex_end=choice.timex_end,
                    plover_type=cand.rule.plover_type,
                    plover_mode=_mode(cand, text[s:e]),
                    acled_sub_event_type=taxonomy.types[etype].acled_sub_event_type,
                    time_precision=choice.time_precision,
                    actors=actors,
                    targets=targets,
                    location=location(text, tokens, cand, clause),
                    killed_low=k_lo,
                    killed_high=k_hi,
                    injured_low=i_lo,
                    injured_high=i_hi,
                    confidence=round(min(confidence, 0.99), 3),
                )
            )
            elsewhere = (
                coref.names_another_event(tokens, cand)
                or coref.remote(tokens, cand)
                or (choice.value is None and _since_then(tokens, cand))
            )
            plural_flags.append(cand.form == PLURAL or elsewhere)
            other_flags.append(elsewhere)
            past_flags.append(verdict.status == "occurred" and _told_past(tokens, cand))
            own_source.append(choice.source if choice.source in _OWN else None)
            if verdict.status in COUNTED:
                if ante is not None and choice.source == "anaphora":
                    links[len(mentions) - 1] = ante.index
                seen_types.add(etype)
                if etype == "strike":
                    seen_types.discard(STOPPAGE_LAST)  # "the strike" is this one now
                # "the call" after a phone call, "the killings" after an attack that occurred
                seen_types.add(f"{etype}:{cand.rule.plover_mode}")
                seen_types.add(f"{etype}:{verdict.status}")
                if coref.head_of(cand) in _TALKS_HEADS:
                    seen_types.add(f"{etype}:talks")  # "the next round" may follow
                last_sentence = (si, s, e)
                priors.append(
                    coref.Prior(
                        len(mentions) - 1,
                        etype,
                        coref.head_of(cand),
                        coref.signature(tokens, cand, actors, targets, mentions[-1].location),
                        cand.start,
                        cand.text,
                        choice.start,
                        choice.end,
                        cand.form == PLURAL,
                        ante is not None and choice.source == "anaphora",
                        si,
                        coref.comparison(tokens, cand),
                        cand.pos == "verb",
                    )
                )
                if choice.value is not None:
                    pluperfect = "had" in [
                        t.lower for t in tokens[max(0, cand.first - 2) : cand.first]
                    ]
                    history.append(_Dated(etype, choice, si, verdict.status, pluperfect))
    own_dated = [src is not None for src in own_source]
    dated = _document_focus(mentions, plural_flags, own_dated, links, other_flags, past_flags)
    dated = _by_place(dated, own_dated)
    dated = dating.count_from_anchors(
        text, _follow_links(dated, links), doc.published
    )  # "two days after X"
    dated = dating.refine_year_to_day(dated)  # "last year's bombings" -> their one day
    return _share_tolls(_simultaneous(_refine_to_day(dated)), links)


_OBJECT_STARTERS = words(
    "a an the his her their its two three four five six seven eight nine ten dozens scores "
    "hundreds at more over nearly about some several many them him her people civilians"
)
_PASSIVE = frozenset(["was", "were", "been", "being", "is", "are"])
# Words after a verb that do not start its object ("hit back", "struck minutes later").
_NOT_OBJECTS = (
    AUXILIARIES
    | MODALS
    | words(
        "back hard again home out up down off by in into on at with from during after before "
        "when as while and or but to for of that which who where shortly minutes hours moments "
        "seconds days later earlier overnight early late twice first today yesterday tonight "
        "just around"
    )
)
_PERSON_PRONOUNS = words("he she it they who i we")
_THIRD_PERSON = words("they he she")
_CAMPAIGNS = words(
    "war wars conflict conflicts fighting violence insurgency insurgencies pandemic disease "
    "epidemic famine floods earthquake earthquakes hunger"
)


_CRAFT = words(
    "helicopter helicopters aircraft jets planes drone drones boat boats submarine submarines"
)


def _told_by_primary(
    taxonomy: Taxonomy, tokens: list, cand: Candidate, primaries: list[Candidate]
) -> bool:
    """A secondary word ("killed", "hit") is told by a primary trigger of its own kind in the
    sentence ("the strike killed 40"), not by one of another ("officials met after a missile
    hit a playground") nor by a tally in a later phrase ("gunmen shot dead a major, the
    latest in a series of assassinations"; not "killed 250 militants in more than 100
    encounters"); a noun naming a kind of craft names no event ("attack helicopters fired
    on")."""
    kind = taxonomy.types[cand.rule.event_type].plover_type
    return any(
        taxonomy.types[p.rule.event_type].plover_type == kind
        and not _names_craft(tokens, p)
        and not ranking(tokens, p)  # "killed 20, one of the deadliest attacks": the killing
        and (
            p.first < cand.first
            or not tally(tokens, p)
            or not any(t.text == "," for t in tokens[cand.last + 1 : p.first])
        )
        and not _set_off(tokens, cand, p)
        # "shot dead on Monday, bringing to 11 the number killed since the offensive began":
        # an event a later "since" measures from is not the one told
        and not (
            p.first > cand.last and any(t.lower == "since" for t in tokens[cand.last : p.first])
        )
        for p in primaries
    )


# Verbs of a later clause that tell what an event set off: "fighters killed 17 workers,
# prompting a military operation".
_SET_OFF = frozenset(
    "prompting triggering sparking provoking prompted triggered sparked provoked".split()
)


def _set_off(tokens: list, cand: Candidate, p: Candidate) -> bool:
    """``p`` is what the killing set off, told in a later clause: "when fighters killed 17
    workers, prompting a military operation"; "shot dead a guard, which sparked clashes"."""
    return any(
        tokens[k].lower in _SET_OFF and tokens[k - 1].text in (",", "which", "that")
        for k in range(cand.last + 2, p.first)
    )


def _names_craft(tokens: list, cand: Candidate) -> bool:
    """ "attack helicopters", "strike aircraft": the trigger noun only says what the craft are
    for."""
    return (
        cand.pos == "noun" and cand.last + 1 < len(tokens) and tokens[cand.last + 1].lower in _CRAFT
    )


def _before_auxiliaries(tokens: list, cand: Candidate) -> int:
    """Index of the word before the auxiliaries of a verb ("the vehicle" of "the vehicle had
    been hit"), -1 when none."""
    k = cand.first - 1
    while k >= 0 and (tokens[k].lower in _PASSIVE or tokens[k].lower in AUXILIARIES):
        k -= 1
    return k


def _crosshead(text: str, start: int, end: int) -> bool:
    """A heading inside the story ("The attack", "Recent attacks"): a few words with no
    closing punctuation, naming a section, not an event (no gold evidence can be so short)."""
    return text[end - 1] not in ".!?\"'”’)" and len(text[start:end].split()) <= 4


def _unseen_name(text: str, tokens: list, cand: Candidate) -> bool:
    """An event set after or before the story's by a definite phrase named after a place or
    party the story has not named before ("the killings come a month after the Tankoualou
    assault" in a story about another village) is an event of its own; "after the Israeli
    strike" once "Israel struck" is not."""
    names = list(
        itertools.takewhile(_capitalized, reversed(tokens[max(0, cand.first - 2) : cand.first]))
    )
    j = cand.first - len(names)
    if not names or j < 2 or tokens[j - 1].lower != "the":
        return False
    if tokens[j - 2].lower not in ("after", "before"):
        return False
    return (
        not any(t.lower in _CALENDAR_WORDS for t in names)
        and tokens[j].text[:5] not in text[: tokens[j].start]
    )


def _capitalized(t: Token) -> bool:
    return t.text[:1].isupper() and t.text.isalpha()


_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _story_antecedent(tokens: list, cand: Candidate, priors: list) -> coref.Prior | None:
    """The strike or attack told before on the target a passive names: "since the hospital
    was hit" after "Tuesday's strike on the surgical hospital", not the market strike told
    last."""
    k = _before_auxiliaries(tokens, cand)
    if k < 0:
        return None
    word = tokens[k].lower
    return next(
        (p for p in reversed(priors) if p.event_type in STORY_TYPES and word in p.signature),
        None,
    )


# Words of a relative clause that names a place by an earlier fire, and the prepositions
# of the target munitions are fired at.
_RELATIVE_PLACES = words("which where whence")
_AIMED_AT = words("at towards toward against into")


def _passive(tokens: list, cand: Candidate) -> bool:
    """An auxiliary of the passive right before the verb, or one word before it."""
    return any(tokens[k].lower in _PASSIVE for k in range(max(0, cand.first - 2), cand.first))


def _agentive(tokens: list, cand: Candidate) -> bool:
    """A killing verb reports an attack when it has an agent: active voice, or "by ...".

    Its -ing form counts only after a preposition ("arrested after killing two men"); "are
    killing", "stop killing" describe a campaign, not an event.
    """
    if cand.pos != "verb":
        return False
    before = tokens[max(0, cand.first - 10) : cand.first]
    cut = max((i for i, t in enumerate(before) if t.text in (",", ";", ":")), default=-1)
    if _CAMPAIGNS & {t.lower for t in before[cut + 1 :]}:
        # "a war that lasted more than three years and killed 100,000": not one event (not
        # "since the war began, gunmen killed two")
        return False
    prev = tokens[cand.first - 1].lower if cand.first > 0 else ""
    if cand.form == GERUND:
        return prev in ("after", "for", "by", "before")
    passive = _passive(tokens, cand)
    if "passive_be" in cand.rule.requires_also and not passive:
        # "intercepted a missile fired from Yemen": a reduced relative of launch, aimed at a
        # target or told from where (or by whom) it was fired
        nxt = tokens[cand.last + 1].lower if cand.last + 1 < len(tokens) else ""
        return cand.form == PAST and (nxt in _AIMED_AT or nxt in ("from", "by"))
    if cand.rule.from_story:
        # "the tanker was hit off Aden": hit by the story's attackers (not "the school that
        # was hit", a place named by what befell it)
        k = _before_auxiliaries(tokens, cand)
        return passive and not (k >= 0 and tokens[k].lower in ("that", "which"))
    if passive:
        if _by_agent(tokens, cand):
            return True
        if cand.text.lower().split()[-1] in ("on", "at", "into"):
            return True  # "two missiles were fired at the compound": fired by someone
        if "passive_be" in cand.rule.requires_also:
            # "three rockets were fired from south Lebanon towards Kiryat Shmona": fired by
            # someone at a target (not "the drones were launched from an area south of the
            # town", a detail of a fire told before, nor "the area from which the rockets
            # were launched")
            k = _before_auxiliaries(tokens, cand)
            aimed = False
            for t in tokens[cand.last + 1 : cand.last + 12]:
                if t.text in ",;:.":
                    break
                aimed = aimed or t.lower in _AIMED_AT
            relative = {t.lower for t in tokens[max(0, k - 3) : k + 1]} & _RELATIVE_PLACES
            return aimed and not relative
        after = [t.lower for t in tokens[cand.last + 1 : cand.last + 5]]
        if "with" in after and _WEAPONS & set(after):
            return True  # "was shot with a rifle": a weapon implies its user
        if cand.text.lower() in _SHOT_DEAD:
            return True  # "two officers were shot dead at a checkpoint": a gunman's act
        return prev == "was" and _named_victim(tokens, cand.first - 1)
    if cand.rule.object_requires:
        return True  # its object was checked: 'said it had struck "a command centre"'
    nxt = tokens[cand.last + 1] if cand.last + 1 < len(tokens) else None
    if cand.rule.requires == ("shooter_subject",):
        return True  # "near where the sniper fired", "a gunman fired into the crowd"
    # Active voice needs an object: "shot and killed two men", "killed them", "killed 18";
    # a verb with its preposition takes any noun phrase ("fired on suspected hideouts").
    if (
        nxt is not None
        and cand.text.lower().split()[-1] in ("on", "at", "into")
        and nxt.text[:1].isalnum()
    ):
        return True
    if nxt is None:
        return False
    if nxt.lower == "and" and cand.rule.phrase != "kill":
        # "stabbed and lightly wounded a soldier": the shared object ("killed and injured
        # 1,000 fighters" is a tally)
        k = cand.last + 2
        while k < len(tokens) and tokens[k].lower.endswith("ly"):
            k += 1
        if k + 1 < len(tokens) and tokens[k].lower.endswith("ed"):
            nxt = tokens[k + 1]
    if cand.rule.requires and nxt.text.isalpha() and nxt.lower not in _NOT_OBJECTS:
        return True  # a weapon as subject: "warplanes hit rebel positions"
    return (
        nxt.text[:1].isupper()
        or nxt.text[:1].isdigit()
        or nxt.lower in _OBJECT_STARTERS
        or number_value(nxt.lower) is not None
    )


def _by_agent(tokens: list, cand: Candidate) -> bool:
    """A "by" phrase of the passive, past its place or an aside: "was killed near the village
    of Banjska by a group of armed Serbs", "were killed, most of them by magnetic bombs" (not
    "was killed and two people were wounded by falling debris": another verb's, nor "killed
    on the Israeli side, according to tallies by AFP")."""
    after = [t.lower for t in tokens[cand.last + 1 : cand.last + 10]]
    if "by" not in after:
        return False
    i = after.index("by")
    # ("were killed and wounded by gunmen": near, the agent of both)
    return i < 5 or not {"and", "or", ";", "according"} & set(after[:i])


_SHOT_DEAD = frozenset(["shot dead", "gunned down", "shot and killed", "stabbed to death"])
_WEAPONS = words(
    "rifle rifles gun guns pistol handgun shotgun knife knives machete machetes axe "
    "assault-rifle bullet bullets"
)
_ACCIDENTS = words(
    "accident crash crashed collision illness disease cancer covid-19 covid earthquake flood "
    "floods landslide storm fire blaze drowned stampede"
)


def _named_victim(tokens: list, aux: int) -> bool:
    """ "journalist X Y, who was killed in Malta in 2017", "Khan was shot dead": the killing
    of a named person, not a toll ("five people were killed") nor an accident."""
    if _ACCIDENTS & {t.lower for t in tokens}:
        return False
    j = aux - 1
    if j >= 2 and tokens[j].lower == "who" and tokens[j - 1].text == ",":
        j -= 2
    return (
        j >= 1  # not the sentence's first word ("He was killed")
        and tokens[j].text[:1].isupper()
        and tokens[j].lower not in _PERSON_PRONOUNS
        and tokens[j - 1].text[:1].isupper()
    )


def _one_named_death(tokens: list, cand: Candidate) -> bool:
    """ "the killing of <a named person>", "<a named person>, who was killed": one death."""
    if cand.rule.object == "victim":
        return True
    return (
        cand.rule.secondary
        and cand.pos == "verb"
        and cand.first > 0
        and tokens[cand.first - 1].lower == "was"
        and _named_victim(tokens, cand.first - 1)
    )


def _own_relative_clause(
    tokens: list, clauses: list[tuple[int, int]], cand: Candidate, cands: list[Candidate]
) -> bool:
    """A killing verb that is the predicate of its own "who" clause reports its own event
    even beside other triggers: "the detention of a contractor who shot and killed two men";
    so does a weapon that hit something in a "when", "after" or "before" clause: "the raids
    were the first since Jan. 30, when warplanes hit Houthi positions", "Israel last struck
    Hodeidah in December, after a missile hit a playground in Jaffa" (a bare killing verb
    there is the main event's toll: "the strike took place Jan. 19, when AFRICOM said it
    killed 52").
    """
    lo, hi = clause_of(clauses, cand.first)
    opener = tokens[lo].lower
    return (
        (opener == "who" or (opener in ("when", "after", "before") and bool(cand.rule.requires)))
        and cand.form != GERUND
        and _agentive(tokens, cand)
        and not any(not c.rule.secondary and lo <= c.first <= hi for c in cands)
    )


def _own_conjunct(
    tokens: list,
    clauses: list[tuple[int, int]],
    cand: Candidate,
    cands: list[Candidate],
    sent_timexes: list[Timex],
) -> bool:
    """A weapon or force that hit something on a day of its own, the sentence's other
    triggers all in later clauses: "On Tuesday, an Israeli drone targeted a car, killing two,
    and on Wednesday, Israeli jets struck the village" (not "On September 2, a bomb hit a
    police truck, and gunmen opened fire on the survivors": one attack told in two acts)."""
    lo, hi = clause_of(clauses, cand.first)
    primary = [c.first for c in cands if not c.rule.secondary]
    if not (
        primary
        and min(primary) > hi
        and bool(cand.rule.requires)
        and cand.pos == "verb"
        and cand.form == PAST
        # (active: "a helicopter had fired on houses"; not "the post was hit")
        and (
            tokens[cand.first - 1].lower not in AUXILIARIES
            or tokens[cand.first - 1].lower in PERFECT
        )
        and _agentive(tokens, cand)
    ):
        return False
    # a day inside its own clause ("gunships fired on a school on Sept. 16"); a day fronted
    # before it only when the next act has a day of its own ("On Tuesday, a drone targeted
    # a car, and on Wednesday, jets struck")
    if any(tokens[lo].start <= t.start < tokens[hi].end for t in sent_timexes):
        return True
    _, next_hi = clause_of(clauses, min(primary))
    fronted = any(t.start < tokens[lo].start for t in sent_timexes)
    theirs = any(tokens[hi].end <= t.start < tokens[next_hi].end for t in sent_timexes)
    return fronted and theirs


def _later_conjunct(tokens: list, cand: Candidate, cands: list[Candidate]) -> bool:
    """A weapon or force named as the subject of a later conjunct, every primary trigger
    before it: "Iran fired missiles at the base, and Israeli jets hit the gate of Evin
    prison", "the deadline expired, and a helicopter gunship fired on the village" (not "and
    killed two", nor "and the blast killed two": a subject of its own, naming no event)."""
    if not (
        cand.pos == "verb"
        and cand.form == PAST
        and bool(cand.rule.requires)
        and tokens[cand.first - 1].lower not in AUXILIARIES
        and _agentive(tokens, cand)
        and all(c.last < cand.first for c in cands if not c.rule.secondary)
    ):
        return False
    k = cand.first - 1
    while k > 0 and cand.first - k <= 5 and tokens[k].lower != "and":
        if not tokens[k].text[:1].isalnum() or any(c.first <= k <= c.last for c in cands):
            return False
        k -= 1
    return tokens[k].lower == "and" and k < cand.first - 1 and tokens[k - 1].text in (",", ";")


def _before_its_anchor(
    tokens: list, clauses: list[tuple[int, int]], cand: Candidate, cands: list[Candidate]
) -> bool:
    """A killing with an agent told before "a day after <event>", the sentence's other
    triggers all inside that anchor, is an event of its own: "Four villagers were shot dead
    by militants on Thursday, a day after two commandos were killed in an attack"."""
    off = dating.find_offset(tokens, clauses)
    if (
        off is None
        or off.n is None
        or off.sign < 0
        or cand.last >= off.first
        or tokens[off.first - 1].text != ","
    ):
        return False
    lo, hi = off.anchor
    return all(c.rule.secondary or lo <= c.first <= hi for c in cands) and _agentive(tokens, cand)


def _inside_its_anchor(
    tokens: list, clauses: list[tuple[int, int]], cand: Candidate, cands: list[Candidate]
) -> bool:
    """A killing with an agent inside the anchor of "two days after <event>", the sentence's
    other triggers all outside it, is the anchor's event: "Police raided a stronghold on
    Wednesday, two days after gunmen killed at least 14 people"."""
    off = dating.find_offset(tokens, clauses, cand.first)
    if off is None or off.sign < 0 or not off.anchor[0] <= cand.first <= off.anchor[1]:
        return False  # ("held them for 15 hours before commandos killed them": the siege's end)
    lo, hi = off.anchor
    others = [c for c in cands if c is not cand and not c.rule.secondary]
    return all(not lo <= c.first <= hi for c in others) and _agentive(tokens, cand)


def _leads_its_anaphors(tokens: list, cand: Candidate, cands: list[Candidate]) -> bool:
    """A weapon or force that hit something reports its event when the sentence's other
    triggers come after it and point back: "warplanes hit a camp near Sanaa on Sunday,
    although the coalition did not confirm the raid"."""
    return (
        bool(cand.rule.requires)
        and cand.pos == "verb"
        and cand.form != GERUND
        and _agentive(tokens, cand)
        and all(
            c.rule.secondary or (c.first > cand.last and is_definite(tokens, c.first))
            for c in cands
        )
    )


# U.S. or coalition troops and posts as what was hit: "struck a U.S. outpost", "slammed into
# a base housing American troops".
_WESTERN_POST = re.compile(
    r"\b(?:U\.S\.?|American|coalition|NATO)\b[\w\s'’.-]{0,25}?\b(?:base|bases|outpost|"
    r"outposts|troops|forces|soldiers|personnel|embassy|consulate|hangar|convoy|contractors?|"
    r"facility|facilities)\b|\b(?:base|outpost|hangar|compound|facility)\b[\w\s'’.-]{0,25}?\b"
    r"(?:used\s+by|housing|hosting|that\s+houses|that\s+hosts)\s+(?:the\s+)?(?:U\.S\.?|American|"
    r"coalition|NATO)",
    re.IGNORECASE,
)


_BASE = re.compile(r"\b(?:base|airbase|Green\s+Zone)\b", re.IGNORECASE)
_LADEN_DRONE = re.compile(
    r"\b(?:explosives?|bomb)-laden\s+drones?\b|\b(?:one-way|kamikaze|suicide)\s+(?:attack\s+)?drones?\b",
    re.IGNORECASE,
)


# Merchant shipping: "the Liberian-flagged tanker", "a bulk carrier", "a cargo ship"; a tanker
# only with a word of the sea in its clause (not "set fire to fuel tankers near Musaffah").
_MERCHANT_SHIP = re.compile(
    r"\bbulk\s+carriers?\b|\b(?:cargo|container|merchant|commercial)\s+(?:ships?|vessels?)\b|"
    r"\bfreighters?\b|\bcar\s+carriers?\b|\b[A-Z][a-z]+-flagged\b"
)
_TANKER = re.compile(r"\btankers?\b", re.IGNORECASE)
_SEA = re.compile(r"\b(?:vessels?|ships?|sea|gulf|strait|nautical|crew|shipping)\b", re.IGNORECASE)


def _at_militia_target(
    taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate, clause: tuple[int, int]
) -> bool:
    """A strike word with no force named before it whose target is U.S. or coalition troops
    or posts ("The drone struck a U.S. outpost", "rockets slammed into a base housing U.S.
    troops") or a merchant ship ("The Liberian-flagged tanker was hit by a missile", "a drone
    struck a bulk carrier"): in the wars where such posts stand and such ships are hit, the
    militias' attack, not a state's strike."""
    lo = max(clause[0], cand.first - 15)
    before = text[tokens[lo].start : cand.start] if lo < cand.first else ""
    if any(
        _last_end(taxonomy, n, before) >= 0
        for n in ("state_force", "state_names", "nonstate_force")
    ) or _WARPLANES.search(before):
        return False  # (nor "a helicopter gunship fired rockets at a rebel base": its craft)
    hi = min(clause[1], cand.last + 14, len(tokens) - 1)
    after = text[cand.end : tokens[hi].end] if hi > cand.last else ""
    if _WESTERN_POST.search(after):
        return True
    if _weapon(tokens, cand, clause) in ("rocket", "mortar") and _BASE.search(after):
        # "rockets struck a Turkish military base at Bashiqa", "Katyusha rockets landed inside
        # the Green Zone": unclaimed rockets on a base are a militia's
        return True
    if _LADEN_DRONE.search(before + cand.text) and _BASE.search(after):
        # "two explosive-laden drones targeted Ain al-Asad air base", "a one-way drone struck
        # the living quarters at a logistics base": a flying bomb on a base is a militia's
        return True
    # the ship is the object ("struck a bulk carrier") or, in the passive, the subject
    span = before + after
    return bool(_MERCHANT_SHIP.search(span) or (_TANKER.search(span) and _SEA.search(span)))


# Munitions by kind: whose they are carries over within a story (not drones: every side in
# these wars flies them).
_FIRE_KINDS = {
    **dict.fromkeys(("rocket", "rockets", "katyusha", "katyushas"), "rocket"),
    **dict.fromkeys(("missile", "missiles"), "missile"),
    **dict.fromkeys(("mortar", "mortars"), "mortar"),
}


def _weapon(tokens: list, cand: Candidate, clause: tuple[int, int]) -> str:
    """The kind of munition a trigger or its subject names ("a rocket attack", "two missiles
    slammed into", "was hit by a missile"), or ""."""
    lo = max(clause[0], cand.first - 6)
    hi = min(clause[1], cand.last + 4, len(tokens) - 1)
    near = tokens[lo : cand.last + 1]
    if cand.pos == "verb" and cand.last + 1 <= hi and tokens[cand.last + 1].lower == "by":
        near = tokens[cand.last + 1 : hi + 1]
    kinds = [_FIRE_KINDS[t.lower] for t in near if t.lower in _FIRE_KINDS]
    return kinds[-1] if kinds else ""


def _forces_of_two_states(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> bool:
    """ "Pakistani and Afghan forces exchanged fire", "troops traded fire with Afghan border
    guards": a clash of two states' forces, which the guideline types an attack (not "Somali
    and AU forces exchanged fire with al-Shabaab": their operation)."""
    taken = text[cand.end : cand.end + 60].split(",")[0]
    after = taken.lower().startswith((" with ", " along "))
    if after and taxonomy.contexts["nonstate_force"].pattern.search(taken):
        return False
    if after and taxonomy.contexts["state_force"].pattern.search(taken):
        return True
    before = tokens[max(0, cand.first - 5) : cand.first]
    return any(
        t.lower == "and" and before[i - 1].text[:1].isupper() and before[i + 1].text[:1].isupper()
        for i, t in enumerate(before[1:-1], 1)
    )


def _the_bombs(tokens: list, cand: Candidate) -> bool:
    """The subject of a hit is bombs already told ("The bombs struck a five-storey building"),
    not a new device ("a roadside bomb hit a convoy")."""
    j = cand.first - 1
    while j > 0 and tokens[j].lower in AUXILIARIES:
        j -= 1
    return j > 0 and tokens[j].lower in ("bomb", "bombs") and tokens[j - 1].lower in DEFINITE


# Craft only states field: "warplanes and Tomahawk missiles hit radar sites".
_WARPLANES = re.compile(
    r"\b(?:jets?|warplanes?|aircraft|helicopters?|gunships?|bombers?|warships?)\b", re.IGNORECASE
)


def _agent_named(
    taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate, clause: tuple[int, int]
) -> str:
    """ "state" or "nonstate" when the trigger's own words name whose fire it was, else ""."""
    named = _premodifier_agent(taxonomy, text, tokens, cand)
    if named:
        return named
    if cand.pos == "noun":
        return (
            "nonstate"
            if _fire_from(taxonomy, text, tokens, cand) or _claimed(text, tokens, cand)
            else ""
        )
    if _state_agent_before(taxonomy, text, tokens, cand, clause[0]) or _WARPLANES.search(
        text, tokens[max(clause[0], cand.first - 6)].start, cand.start
    ):
        return "state"
    if _nonstate_agent(taxonomy, text, tokens, cand):
        return "nonstate"
    return ""


def _fire_agent_type(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> str:
    """ "Government forces fired rockets into a camp" is a strike; "rebels responded by
    firing mortars" an attack: the nearer agent before the verb decides (none: attack)."""
    lo = max(0, cand.first - 15)
    if cand.first == 0:
        return "attack"
    span = _agent_span(taxonomy, text[tokens[lo].start : tokens[cand.first - 1].end])
    state = max(_last_end(taxonomy, n, span) for n in ("state_force", "airborne", "state_names"))
    return "strike" if state > _last_end(taxonomy, "nonstate_force", span) else "attack"


def _state_agent_before(
    taxonomy: Taxonomy,
    text: str,
    tokens: list,
    cand: Candidate,
    start: int,
    countries: bool = True,
) -> bool:
    """A state or its forces is the nearer agent named before the verb in its clause, which
    starts at token ``start`` (aircraft alone are no state's: a drone may be anyone's). With
    ``countries`` false only forces count ("militants crossed from Somalia and attacked the
    village, exchanging fire": the country is no agent)."""
    lo = max(start, cand.first - 15)
    if cand.first <= lo:
        return False
    span = _agent_span(taxonomy, text[tokens[lo].start : tokens[cand.first - 1].end])
    kinds = ("state_force", "state_names") if countries else ("state_force",)
    state = max(_last_end(taxonomy, n, span) for n in kinds)
    return state > _last_end(taxonomy, "nonstate_force", span)


# Words of a clause of its own between two forces (no joining then).
_CLAUSE_WORDS = re.compile(r"\b(?:when|while|as|after|before|was|were|is|are|had|has)\b", re.I)
# A force joined to the one named before it: "Iraqi special forces and Shi'ite militia".
_JOINED = re.compile(r"^[\w'’ -]{0,25}?\b(?:and|alongside|with)\b[\w'’ -]{0,25}$", re.IGNORECASE)


def _agent_span(taxonomy: Taxonomy, span: str) -> str:
    """The words before a verb in which its nearer agent is sought, without the forces that
    only back or join a state force: "army troops backed by pro-junta militiamen", "allied
    militias", "Iraqi special forces and Shi'ite militia volunteers" (the state leads)."""
    backers = list(_BACKED_BY.finditer(span))
    if backers:
        span = span[: backers[-1].start()]
    armed = _ARMED_WITH.search(span)
    if armed:  # "gunmen armed with rifles and rocket launchers": what they carry acts not
        span = span[: armed.start()]
    # "gunmen wearing army uniforms", "militants disguised as police": a disguise, no force
    span = _DISGUISE.sub(lambda m: " " * len(m.group()), span)
    span = _without_state_allies(span)
    for m in taxonomy.contexts["nonstate_force"].pattern.finditer(span):
        group = _GROUP_OF.match(span, m.end())
        if group:  # "Gangs of the Viv Ansanm coalition": the gangs' coalition is no state's
            span = span[: group.start()] + " " * len(group.group()) + span[group.end() :]
    state = _last_end(taxonomy, "state_force", span)
    nonstate = list(taxonomy.contexts["nonstate_force"].pattern.finditer(span))
    if state >= 0 and nonstate and nonstate[-1].start() > state:
        joined = nonstate[-1]
        between = span[state : joined.start()]
        # (not a clause of its own: "soldiers of the Territorial Army were killed and one was
        # injured when militants fired on a patrol")
        if _JOINED.match(between) and not _CLAUSE_WORDS.search(between):
            span = span[: joined.start()] + " " * (len(span) - joined.start())
    return span


_DISGUISE = re.compile(
    r"\b(?:(?:wearing|dressed\s+in|clad\s+in|in)\s+(?:[\w-]+\s+){0,2}uniforms?"
    r"|disguised\s+as\s+(?:[\w-]+\s+){0,2}?(?:soldiers|police(?:men)?|troops|officers))\b",
    re.IGNORECASE,
)


# Militias fighting on the state's side ("army units and allied militias shelled").
_STATE_ALLIED = re.compile(
    r"\b(?:allied|pro-government|government-allied|government-backed|loyalist)\s+"
    r"(?:militias?|militiamen|fighters|tribesmen)\b",
    re.IGNORECASE,
)


# The group a non-state force belongs to: "gangs of the Viv Ansanm coalition".
_GROUP_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=\s*$|\s*,)", re.I)


def _without_state_allies(span: str) -> str:
    """The span with militias on the state's side blanked (offsets kept)."""
    return _STATE_ALLIED.sub(lambda m: " " * len(m.group()), span)


_ARMED_WITH = re.compile(r"\b(?:armed|equipped)\s+with\b", re.IGNORECASE)
_BACKED_BY = re.compile(r"\b(?:backed|supported|aided|assisted|accompanied) by\b", re.IGNORECASE)


def _last_end(taxonomy: Taxonomy, context: str, span: str) -> int:
    """Where the last word of the context ends in ``span`` (-1: none): the nearer agent."""
    return max((m.end() for m in taxonomy.contexts[context].pattern.finditer(span)), default=-1)


# Words that end the stretch before a noun in which its agent is named.
_AGENT_STOPS = frozenset(
    "after for in on at following since of by from against during before amid and or that "
    "which who when where".split()
)


# Weapons coordinated before a noun trigger: "a missile and drone attack".
_WEAPON_WORDS = frozenset("missile missiles rocket rockets drone drones artillery air".split())


# Reporting verbs whose subject is the agent: "Hamas claimed the rocket attack".
_CLAIMS = words("claimed claims")


def _state_bomber(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> bool:
    """A state's forces or aircraft premodify a bombing ("the army's bombing of a camp", "an
    air force bombing", "a NATO bombing campaign"): a state bombs from the air. (A country's
    name is where, not who: "the Kenya embassy bombing"; nor is a force naming the place hit:
    "the police academy bombing", "the army barracks bombing".)"""
    span = _premodifier_span(text, tokens, cand)
    end = max(_last_end(taxonomy, n, span) for n in ("state_force", "airborne"))
    return end >= 0 and not _NOUN_AFTER_FORCE.match(span, end)


# A word after the force in a bombing's premodifiers: the force's place ("police academy").
_NOUN_AFTER_FORCE = re.compile(r"\s+[a-z]")


def _premodifier_agent(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> str:
    """ "state" or "nonstate" when the words right before a trigger name its agent: a noun's
    premodifiers ("a U.S. drone attack", "Russia launched a drone attack", "a Houthi missile
    attack") or a verb's subject ("a Hamas rocket landed"); else ""."""
    span = _without_state_allies(_premodifier_span(text, tokens, cand))
    nonstate = _last_end(taxonomy, "nonstate_force", span)
    state = max(_last_end(taxonomy, n, span) for n in ("state_names", "state_force"))
    if max(nonstate, state) < 0:
        return ""
    # the nearer names the agent: "Rebels credit the first French strikes with saving the
    # city" (the strikes are France's)
    return "nonstate" if nonstate > state else "state"


def _premodifier_span(text: str, tokens: list, cand: Candidate) -> str:
    """The words right before a trigger up to a stop (a clause word, a speaker, a mark)."""
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 6:
        w = tokens[k]
        coordinated = w.lower in ("and", "or") and k > 0 and tokens[k - 1].lower in _WEAPON_WORDS
        if not coordinated and (
            w.lower in _AGENT_STOPS
            or (w.lower in REPORTING and w.lower not in _CLAIMS)
            or not (w.text[:1].isalnum() or w.text == ".")
        ):
            # ("." ends "U.S."; "missile and drone attack" goes on past "and"; a speaker is
            # no agent: "the rebels said the strikes were a violation")
            break
        k -= 1
    return text[tokens[k + 1].start : tokens[cand.first].start] if k + 1 < cand.first else ""


# A claim of responsibility names a non-state agent (states do not claim their strikes).
_CLAIMED_AFTER = re.compile(
    r"(?:(?:\s+[\w.'’-]+){0,4}?\s*,\s*(?:which|that)\s+|\s+)"
    r"(?:(?:was|were|has\s+been|had\s+been)\s+)?claimed\s+by\b",
    re.IGNORECASE,
)
_CLAIMED_BEFORE = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for|credit\s+for)\s+(?:the|a|an|its|their|that)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _claimed(text: str, tokens: list, cand: Candidate) -> bool:
    """The strike noun's responsibility is claimed: "the rocket fire, which was claimed by a
    small Salafist group", "the group claimed responsibility for the shelling"."""
    return bool(
        _CLAIMED_AFTER.match(text, cand.end, min(len(text), cand.end + 70))
        or _CLAIMED_BEFORE.search(text, max(0, cand.start - 60), cand.start)
    )


def _nonstate_premodifier(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> bool:
    """A non-state force among the noun's own premodifiers, after its determiner: "a gang
    incursion", "the Taliban raid" (not "its fighters repelled the raid")."""
    k = cand.first
    while k > 0 and cand.first - k < 3:
        w = tokens[k - 1]
        if w.lower in DETERMINERS or not w.text[:1].isalnum() or w.lower in _AGENT_STOPS:
            break
        k -= 1
    if k == cand.first:
        return False
    span = text[tokens[k].start : tokens[cand.first].start]
    return bool(taxonomy.contexts["nonstate_force"].pattern.search(span))


# Participles of munitions named with what delivered them: "missiles fired from drones".
_DELIVERED = words("fired launched dropped")


def _instrument(
    tokens: list, cand: Candidate, cands: list[Candidate], clause: tuple[int, int]
) -> bool:
    """Munitions named after "with" in the clause of an earlier trigger are its instrument,
    not an event of their own: "attacked a police station with rifle fire and explosives
    dropped from drones"."""
    lo, _hi = clause
    return (
        cand.text.lower().split()[0] in _DELIVERED
        and any(t.lower == "with" for t in tokens[max(lo, cand.first - 6) : cand.first])
        and any(c is not cand and lo <= c.first < cand.first for c in cands)
    )


_MILITANT_MUNITIONS = words("rocket rockets mortar mortars katyusha katyushas")


def _unclaimed_launch(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> bool:
    """ "Rockets were fired at the base", "two mortar rounds were lobbed at the camp": rockets
    or mortars in the passive with no agent are the unclaimed fire of militants (a state's
    fire is told by its force, and missiles are a drone's: "Two missiles were fired at the
    compound"). So are rockets "fired from" a place that hit something ("a rocket fired from
    the Gaza Strip slammed into a building"; not "rockets fired from a helicopter")."""
    k = cand.first
    launch = before_launch(tokens, k)
    if launch < k:
        subject = {t.lower for t in tokens[max(0, launch - 4) : launch]}
        source = text[tokens[launch].end : tokens[k - 1].end]
        return (
            bool(subject & _MILITANT_MUNITIONS)
            and tokens[launch + 1].lower == "from"
            and not taxonomy.contexts["airborne"].pattern.search(source)
            and _last_end(taxonomy, "state_force", source) < 0
        )
    if k < 2 or tokens[k].lower not in LAUNCHED:
        return False
    after = [t.lower for t in tokens[cand.last + 1 : cand.last + 8]]
    if tokens[k - 1].lower in _MILITANT_MUNITIONS:
        # the reduced relative itself: "a rocket fired from Syria wounded three people" (not
        # "rockets fired from helicopters", "rockets fired by the army")
        source = text[tokens[k].end : tokens[min(len(tokens), cand.last + 8) - 1].end]
        return (
            "by" not in after
            and not taxonomy.contexts["airborne"].pattern.search(source)
            and _last_end(taxonomy, "state_force", source) < 0
        )
    if tokens[k - 1].lower not in _PASSIVE:
        return False
    subject = {t.lower for t in tokens[max(0, k - 5) : k - 1]}
    return bool(subject & _MILITANT_MUNITIONS) and "by" not in after


def _fire_verb(cand: Candidate) -> bool:
    """A verb of fire that a non-state agent named before it makes an attack: shelling,
    bombarding, striking, dropping bombs, and munitions or aircraft that hit, land or fall."""
    return (
        cand.rule.phrase in ("shell", "bombard", "strike")
        or cand.rule.phrase.startswith("drop ")
        or bool({"munition_subject", "aircraft_subject", "force_subject"} & set(cand.rule.requires))
    )


def _nonstate_before(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> bool:
    lo = max(0, cand.first - 15)
    if cand.first == 0:
        return False
    span = text[tokens[lo].start : tokens[cand.first - 1].end]
    found = [m.group().lower() for m in taxonomy.contexts["nonstate_force"].pattern.finditer(span)]
    if cand.rule.phrase.startswith("drop "):
        # "12 Mirage fighters took off ... and dropped bombs": fighter jets drop bombs
        found = [w for w in found if w != "fighters"]
    return bool(found)


def _nonstate_agent(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> bool:
    """A non-state force did it: the nearer agent before a verb ("gunmen raided"), the
    agent after a noun ("a raid by militants")."""
    if cand.pos == "verb":
        return (
            _nonstate_before(taxonomy, text, tokens, cand)
            and _fire_agent_type(taxonomy, text, tokens, cand) == "attack"
        )
    return _fire_from(taxonomy, text, tokens, cand) or _adjunct_of_nonstate(
        taxonomy, text, tokens, cand
    )


def _adjunct_of_nonstate(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> bool:
    """A noun in an "in a ..." adjunct of a sentence where only non-state forces act:
    "insurgents beheaded three men in a raid on Nanduli" (not "police killed two militants
    in a raid")."""
    if cand.first < 2 or [t.lower for t in tokens[cand.first - 2 : cand.first]] not in (
        ["in", "a"],
        ["in", "an"],
    ):
        return False
    if any(t.lower in ("was", "were", "been") for t in tokens[: cand.first]):
        return False  # "two militants were killed in an encounter": victims, not agents
    span = text[tokens[0].start : tokens[cand.first - 1].end]
    return bool(taxonomy.contexts["nonstate_force"].pattern.search(span)) and not any(
        taxonomy.contexts[n].pattern.search(span) for n in ("state_force", "state_names")
    )


def _fire_from(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> bool:
    """A strike noun whose agent follows as a non-state force: "mortar fire from rebels",
    "shelling by militants"."""
    j = cand.last + 1
    if j >= len(tokens) or tokens[j].lower not in ("from", "by"):
        return False
    agent = text[tokens[j].end : tokens[min(len(tokens) - 1, j + 4)].end]
    found = taxonomy.contexts["nonstate_force"].pattern.search(agent)
    return bool(found) and not taxonomy.contexts["state_force"].pattern.search(
        agent[: found.start()]
    )


def _type_by_agent(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate) -> str | None:
    """Strike when aircraft or artillery did it, raid when troops did, else None."""
    window = text[tokens[cand.last].end : tokens[min(len(tokens) - 1, cand.last + 10)].end]
    if taxonomy.contexts["airborne"].pattern.search(window):
        return "strike"
    if " by " in f" {window} " and taxonomy.contexts["ground_force"].pattern.search(window):
        return "raid"
    return None


def _state_agent_type(
    taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate, clause: tuple[int, int]
) -> str | None:
    """Type a generic "attack/assault/siege" or "came under fire" by its agent, as the
    guideline does.

    Artillery or aircraft as agent ("fired upon by artillery", "an assault by helicopters")
    make it a strike; a state force ("a siege ... by NATO forces", "the army assault") makes
    it a strike when aircraft or artillery are named in the clause, else a raid; any other
    agent leaves it an attack.
    """
    lo, hi = clause
    state = taxonomy.contexts["state_force"].pattern
    airborne = taxonomy.contexts["airborne"].pattern
    premod = next(
        (
            # the possessor a modifier or two before the noun: "the Marines' three-week siege"
            _POSSESSIVE.sub("", tokens[j].text)
            for j in range(cand.first - 1, max(lo, cand.first - 3) - 1, -1)
            if _POSSESSIVE.search(tokens[j].text)
        ),
        tokens[cand.first - 1].text if cand.first > lo else "",
    )
    agent = ""
    for j in range(cand.last + 1, min(hi, cand.last + 10) + 1):
        w = tokens[j].lower
        if (
            w in AUXILIARIES
            or w in REPORTING
            or w in _UNDERGONE
            or not tokens[j].text[:1].isalnum()
        ):
            # the noun phrase has ended: "the attack was directed by ..."; "the deadliest
            # attack ever suffered by the army" names its victim
            break
        if w == "by":
            agent = text[tokens[j].end : tokens[min(hi, j + 4)].end]
            break
    if airborne.search(agent):
        return "strike"
    if (
        not state.search(agent)
        and not state.search(premod)
        and _launcher(taxonomy, text, tokens, cand, lo) != "state"
    ):
        return None
    span = text[tokens[lo].start : tokens[hi].end]
    return "strike" if airborne.search(span) else "raid"


_POSSESSIVE = re.compile(r"['’]s?$")
_LAUNCH_VERBS = frozenset("launched mounted staged conducted carried began laid".split())
_UNDERGONE = frozenset("suffered sustained endured faced experienced".split())


def _launcher(taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate, lo: int) -> str:
    """Who launched the noun: "state" for "Somali special forces backed by AU troops launched
    an assault on the building", "nonstate" for "Rebels launched an offensive on the town"
    (the nearer agent decides), else ""."""
    for j in range(cand.first - 1, max(lo, cand.first - 5) - 1, -1):
        if tokens[j].lower in _LAUNCH_VERBS:
            if j == lo:
                return ""
            span = _agent_span(taxonomy, text[tokens[lo].start : tokens[j - 1].end])
            state = _last_end(taxonomy, "state_force", span)
            nonstate = _last_end(taxonomy, "nonstate_force", span)
            if state == nonstate:
                return ""
            return "state" if state > nonstate else "nonstate"
        if not tokens[j].text[:1].isalnum():
            return ""
    return ""


def _participle_of_emitted(
    tokens: list, cand: Candidate, mentions: list[EventMention], emitted: dict, etype: str
) -> bool:
    """A participle clause ("..., torching homes", "..., storming the hotel") after a trigger
    of the same type already reported in the sentence tells that event, not another."""
    if cand.pos != "verb" or cand.form != GERUND or cand.first == 0:
        return False
    if tokens[cand.first - 1].text != "," and not (
        cand.first > 1
        and tokens[cand.first - 1].lower == "and"
        and tokens[cand.first - 2].text == ","
    ):
        return False
    return any(
        key[0] == etype and mentions[k].trigger_end <= cand.start for key, k in emitted.items()
    )


def _setting_of_meeting_verb(tokens: list, cand: Candidate, cands: list[Candidate]) -> bool:
    """The session a meeting verb meets "in" is that meeting, not a second one: "The cabinet
    met in an extraordinary session on Monday"."""
    if cand.pos != "noun" or cand.rule.event_type != "meeting":
        return False
    k = cand.first - 1
    while k > cand.first - 4 and k > 0 and tokens[k].lower != "in":
        if (
            not tokens[k].text.isalpha()
            or tokens[k].lower in SUBORDINATORS
            or tokens[k].lower in PREPOSITIONS
        ):
            return False  # not "have not met in person since a meeting in Astana"
        k -= 1
    return tokens[k].lower == "in" and any(
        c.pos == "verb" and c.rule.event_type == "meeting" and c.last == k - 1 for c in cands
    )


_ARRANGING_VERBS = frozenset(["convene", "reconvene", "host"])


def _relative_on_meeting_noun(tokens: list, cand: Candidate, cands: list[Candidate]) -> bool:
    """A convening or hosting verb whose object is the relative pronoun of a meeting noun
    told before it retells that meeting: "a peace meeting ..., which the home ministry had
    convened for Monday, has been postponed"."""
    if cand.pos != "verb" or cand.rule.phrase not in _ARRANGING_VERBS:
        return False
    nxt = tokens[cand.last + 1].lower if cand.last + 1 < len(tokens) else ""
    if nxt not in ("for", "on", "in", "at", ",", "."):
        return False  # an object of its own: "which convened the cabinet"
    rel = next(
        (
            k
            for k in range(cand.first - 1, max(-1, cand.first - 6), -1)
            if tokens[k].lower in ("which", "that")
        ),
        None,
    )
    return (
        rel is not None
        and rel < cand.first - 1  # "which" then a subject: "which the ministry had convened"
        and any(c.pos == "noun" and c.rule.event_type == "meeting" and c.last < rel for c in cands)
    )


_DUE = frozenset(["due in", "due to arrive in"])
_BEFORE_DUE = AUXILIARIES | words("also still originally")  # "that was originally due in"


def _launch_in_subject(tokens: list, cand: Candidate, cands: list[Candidate]) -> bool:
    """A reduced relative of launch ("a missile fired from Yemen") beside another verb of
    the event ("a rocket fired from Gaza slammed into a house", "were killed when shells
    fired from Syria hit the town": that verb tells it), or counted among those shot down
    ("shot down 13 of the 19 drones launched at the region": a tally of interceptions)."""
    if "passive_be" not in cand.rule.requires_also or _passive(tokens, cand):
        return False
    counted = any(t.lower == "of" for t in tokens[max(0, cand.first - 5) : cand.first])
    return counted or any(c is not cand and c.pos == "verb" for c in cands)


def _due_of_meeting_noun(tokens: list, cand: Candidate, cands: list[Candidate]) -> bool:
    """ "Due in" said of a meeting noun just told is that meeting's plan, not a visit of its
    own: "a round of talks, due in Erbil, is postponed", "the summit that was due in Dar es
    Salaam" (not "held talks with Lavrov, who is due in Paris": his own trip, nor "the visit
    of an envoy, who is due in Islamabad next week", which dates the visit)."""
    if cand.rule.phrase not in _DUE:
        return False
    k = cand.first - 1
    while k > 0 and tokens[k].lower in _BEFORE_DUE:
        k -= 1
    if k < 1 or tokens[k].lower not in (",", "which", "that"):
        return False
    nouns = [
        c
        for c in cands
        if c.pos == "noun" and c.rule.event_type == "meeting" and k - 12 <= c.last < k
    ]
    return bool(nouns) and not any(
        t.lower in ("and", "but", ";") for t in tokens[nouns[-1].last + 1 : k]
    )


def _purpose_of_emitted(
    tokens: list, cand: Candidate, mentions: list[EventMention], emitted: dict, etype: str
) -> bool:
    """ "for talks", "for a meeting" after a visit verb of the sentence ("received X in
    Bamako for talks", "flew to Y for a meeting") is that visit's purpose, not a second
    meeting; so is the meeting of a "when/where he will meet" after a planned visit ("is
    expected in Beirut on Thursday, when he will meet Berri"; a past visit "where he held
    talks" tells both)."""
    if etype != "meeting" or cand.first < 1:
        return False
    planned_only = cand.pos != "noun"
    if cand.pos == "noun":
        k = cand.first - 1
        while k > 0 and tokens[k].lower in ("a", "an", "two", "three", "days", "of", "more"):
            k -= 1
        if tokens[k].lower != "for":
            return False
    else:
        before = [t.lower for t in tokens[max(0, cand.first - 6) : cand.first]]
        if not any(
            w in ("when", "where") and nxt in _THIRD_PERSON for w, nxt in itertools.pairwise(before)
        ):
            return False
    return any(
        key[0] == etype
        and mentions[i].plover_mode == "visit"
        and mentions[i].trigger_end <= cand.start
        and (mentions[i].status == "planned" or not planned_only)
        for key, i in emitted.items()
    )


def _other_verbs_object(tokens: list, cand: Candidate) -> bool:
    """The trigger noun is the object of an infinitive ("to prepare Sunday's summit") or of
    a second verb ("held talks and addressed the summit on Sunday"): another event than the
    clause's first, with its own date."""
    if cand.pos != "noun":
        return False
    k = cand.first - 1
    while k > 0 and cand.first - k <= 4 and tokens[k].lower not in ("to", "and"):
        if not tokens[k].text[:1].isalnum():
            return False
        k -= 1
    return (
        k > 0
        and tokens[k].lower in ("to", "and")
        and k + 1 < cand.first
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
        and tokens[k + 1].lower not in DETERMINERS
        and (tokens[k].lower == "to" or tokens[k + 1].lower.endswith("ed"))
    )


def _dated_by_heading(tokens: list, choice: DateChoice) -> bool:
    """The date is the heading of the timeline entry the sentence is ("Feb. 5, 2024 - Police
    close eleven offices in coordinated raids"): an entry's date is its event's."""
    k = timeline_entry(tokens)
    return k is not None and choice.timex_end is not None and choice.timex_end <= tokens[k].start


def _other_day(
    text: str, earlier: EventMention, source: str | None, choice: DateChoice, cand: Candidate
) -> bool:
    """A trigger dated to another day than the one before it in its clause names a second
    event when each day is attached to its own trigger ("Saturday's bombing resembled the
    Suruc bombing on July 20") or when it is a noun in a predicate joined by "and" ("spoke by
    telephone late on Friday and chaired a meeting on Saturday morning"; not "Tuesday's
    truck bomb attack ... died on Friday", "due to arrive on Thursday and to visit the
    border on Friday")."""
    if (
        earlier.timex_end is None
        or earlier.timex_end > cand.start
        or None in (earlier.date_start, earlier.date_end, choice.start, choice.end)
        or not (earlier.date_end < choice.start or choice.end < earlier.date_start)
    ):
        return False
    if source == "attached" and choice.source == "attached":
        return True
    return (
        cand.pos == "noun"
        and source in _OWN
        and (
            choice.source == "attached"
            # its day after the "and" ("chaired a meeting on Saturday morning", "and flew to
            # Aden on Tuesday for talks": the second day opens the second predicate)
            or (
                choice.source == "clause"
                and choice.timex_start is not None
                and re.search(r"\band\b", text[earlier.timex_end : choice.timex_start]) is not None
            )
        )
        and re.search(r"\band\b", text[earlier.timex_end : cand.start]) is not None
    )


def _listed(text: str, earlier: EventMention, cand: Candidate, is_meeting: bool) -> bool:
    """Two violent nouns joined by "and" name two events: "claimed the clinic bombing, an
    attack on a lounge and the Birmingham assault" (not "would meet X for a visit")."""
    if is_meeting or cand.pos != "noun" or earlier.trigger_end > cand.start:
        return False
    between = text[earlier.trigger_end : cand.start]
    # ("Sunday's attack on pilgrims and last week's ambush")
    return bool(re.search(r"\b(?:and|or)\s+(?:the|a|an|another|(?:\w+\s+)?\w+['’]s)\b", between))


_DEMOLITION_VERBS = frozenset(["blow up", "detonate"])
# Taking by men, whatever carried them: "fighters lowered from a helicopter seized the ship"
# is no air strike.
_MEN_TAKING = frozenset(["seize", "hijack", "commandeer", "board", "storm", "capture"])


def _after_reporting(tokens: list, cand: Candidate, start: int) -> int:
    """Where the trigger's clause starts past the last reporting verb before it ("police
    said the bomber detonated": the words after "said")."""
    return next(
        (k + 1 for k in range(cand.first - 1, start - 1, -1) if tokens[k].lower in REPORTING),
        start,
    )


_REPEATED_AFTER = re.compile(r"\s+and\s+(?:(?:later|then|also|afterwards|subsequently)\s+)?$")


# A second predicate of talks after "met": "... and then held talks with the prime minister".
_SECOND_TALKS = re.compile(
    r"\s+and\s+(?:(?:later|then|also|afterwards|subsequently)\s+)?(?:(?:held|had)\s+)?$"
)


def _verb_repeated(text: str, earlier: EventMention, cand: Candidate) -> bool:
    """A verb repeated in a second predicate joined by "and" names a second event: "met
    Netanyahu in Jerusalem and later met Abbas in Ramallah"; so do talks held with another
    party: "met the president in the morning and then held talks with the prime minister"."""
    if earlier.trigger_end > cand.start:
        return False
    if cand.pos == "verb" and earlier.trigger_text.lower() == cand.text.lower():
        return bool(_REPEATED_AFTER.search(text, earlier.trigger_end, cand.start))
    return bool(
        earlier.trigger_text.lower() in ("met", "meets")
        and _SECOND_TALKS.search(text, earlier.trigger_end, cand.start)
        and re.match(r"\s+with\b", text[cand.end :])
    )


_FOLLOWED = re.compile(
    r"\b(?:followed|follows|preceded|precedes|came\s+(?:after|amid)|comes\s+(?:after|amid)|"
    r"built\s+on|builds\s+on)\b|\b" + dating.LIKENING,
    re.I,
)


def _followed(text: str, earlier: EventMention, cand: Candidate) -> bool:
    """An event that another "followed", "came after", "built on" or "recalls" is another
    event: "The hospital attack followed a week of violence that began with an ambush on
    Monday", "The attack echoes the coordinated assault in March 2024"."""
    return earlier.trigger_end <= cand.start and bool(
        _FOLLOWED.search(text, earlier.trigger_end, cand.start)
    )


def _the_np(tokens: list, cand: Candidate) -> bool:
    """The trigger's noun phrase opens with "the" (not "its", "these")."""
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 4:
        w = tokens[k].lower
        if w == "the":
            return True
        if not tokens[k].text[:1].isalnum() and tokens[k].text not in "`'\"":
            return False
        k -= 1
    return False


# Artillery or tank shells fired from a distance ("a Serb shell killed 71 people"; mortar
# shells are as often an armed group's attack).
_SHELL = re.compile(r"(?<!mortar )\bshells?\b", re.IGNORECASE)


def _airborne_subject(
    taxonomy: Taxonomy, text: str, tokens: list, cand: Candidate, clause: tuple[int, int]
) -> bool:
    """Aircraft, missiles or artillery as the subject right before an attack verb."""
    lo = max(clause[0], cand.first - 3)
    if cand.first <= lo or cand.form not in (PAST, "s3", "base"):
        return False
    subject = text[tokens[lo].start : tokens[cand.first - 1].end]
    # ("gunmen armed with rifles and rocket launchers opened fire": carried, not the agent;
    # "militias backed by US bombers overran the caves": support, not the agent)
    # (a list of arms is cut into clauses at its commas: look back past them)
    back = tokens[max(0, cand.first - 12)].start
    carried = _ARMED_WITH.search(text, back, cand.start) or _BACKED_BY.search(
        text, back, cand.start
    )
    return bool(
        (taxonomy.contexts["airborne"].pattern.search(subject) or _SHELL.search(subject))
        and "suicide" not in subject.lower()
        and not carried
    )


def _mode(cand: Candidate, sentence: str) -> str | None:
    mode = cand.rule.plover_mode
    if cand.rule.event_type == "strike" and mode == "aerial":
        low = sentence.lower()
        if "drone" in low or "unmanned" in low or "uav" in low:
            return "drone"
    return mode


def _told_past(tokens: list, cand: Candidate) -> bool:
    """The mention is told in the past: a past verb, a past auxiliary just before it ("It
    was his first visit"), or a past reporting verb it follows ("told reporters after the
    meeting")."""
    before = [t.lower for t in tokens[max(0, cand.first - 7) : cand.first]]
    if "after" in before:
        k = len(before) - 1 - before[::-1].index("after")
        if any(w in REPORTING and (w.endswith("ed") or w in _TOLD) for w in before[:k]):
            return True
    return (cand.pos == "verb" and cand.form == PAST) or bool(_PAST_AUX & set(before[-4:]))


def _since_then(tokens: list, cand: Candidate) -> bool:
    """ "Since then, jets have hit the port": later than the event before, not on its day
    (nor on the day the document is about)."""
    low = [t.lower for t in tokens if t.end <= cand.start]
    return any(a == "since" and b == "then" for a, b in itertools.pairwise(low))


def _told_as_sequel(tokens: list, cand: Candidate) -> bool:
    """ "Ground troops later seized a camp in the area": told as what followed the event
    before, which dates it across a paragraph break."""
    return any(
        t.lower in ("later", "afterwards", "afterward")
        for t in tokens[max(0, cand.first - 4) : cand.first]
    )


def _focus(
    text: str,
    tokens: list,
    cand: Candidate,
    etype: str,
    si: int,
    s: int,
    history: list[_Dated],
    last_sentence: tuple[int, int, int] | None,
    sentences: list[tuple[int, int]] = (),
    usable: list[Timex] = (),
    starts: list[int] = (),
) -> tuple[DateChoice, _Dated | None]:
    """Date from outside the sentence for a mention with no antecedent: narrative focus.

    The focus is the event of the previous sentence; across sentences that report no event
    (up to ``_FOCUS_REACH``), only when every date they give lies inside the event's date ("a
    two-day visit ... The minister, who was guest at the parade on Wednesday, said ... Following
    talks with ..."): the narrative has not moved on.
    """
    if not last_sentence or not (
        _same_paragraph(text, last_sentence[2], s)
        or (si - last_sentence[0] == 1 and _told_as_sequel(tokens, cand))
        or (
            si - last_sentence[0] == 1
            and _after_the_lede(text, last_sentence[1:], s, etype == "meeting")
        )
    ):
        return dating.unresolved("no temporal expression governs the mention"), None
    if _since_then(tokens, cand):
        return dating.unresolved("'since then': later than the event before, undated"), None
    gap = si - last_sentence[0]
    told_past = _told_past(tokens, cand)
    told = [
        h
        for h in reversed(history)
        if h.sentence == last_sentence[0] and h.choice.source in _FOCUS_SOURCES
    ]
    # (of the events that sentence tells, one of the mention's type first, and one of its
    # narrative before background told in the past perfect: "troops retook the hamlet, where
    # fighters had overrun a post on Saturday. Before the assault, artillery shelled ..."),
    # and one that took place before one planned or put off ("X met Y on Monday, as a
    # meeting planned for Tuesday was postponed. After the meeting, ...")
    told.sort(key=lambda h: (h.event_type != etype, h.status != "occurred", h.background))
    for h in told:
        if told_past and (
            h.status == "planned"
            or (h.status == "cancelled" and cand.pos == "verb" and cand.form == PAST)
        ):
            # "... will host the summit in November. It was his first visit", "A planned
            # visit was postponed last month. The witnesses who met officials": not it
            break
        if gap == 1:
            why = "narrative focus: previous sentence's event"
            return _carry(h.choice, why, "focus"), h
        if 2 <= gap <= _FOCUS_REACH and h.choice.start and h.choice.end and sentences:
            a, b = sentences[last_sentence[0] + 1][0], sentences[si - 1][1]
            between = usable[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
            if all(
                t.resolution.start
                and t.resolution.end
                and h.choice.start <= t.resolution.start
                and t.resolution.end <= h.choice.end
                for t in between
            ):
                why = "narrative focus: the event two sentences back, the one between inside it"
                return _carry(h.choice, why, "focus"), h
        break
    return dating.unresolved("no temporal expression governs the mention"), None


# How many sentences back the focus event may lie when those between report no event.
_FOCUS_REACH = 6


_DURING = re.compile(
    r"\b(?:during|amid|in\s+the\s+course\s+of)\s+(?:the|that|this|its|their)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)


def _carried_from(m: EventMention, why: str, source: str = "focus") -> DateChoice:
    """The date of mention ``m`` carried to another, with the link in its reason."""
    return DateChoice(
        m.date_value,
        m.date_start,
        m.date_end,
        m.date_granularity,
        m.date_type,
        f"{why} '{m.trigger_text}' at offset {m.trigger_start} dated {m.date_value} "
        f"({_own_reason(m)})",
        source,
        m.timex_text,
        m.timex_start,
        m.timex_end,
    )


def _during(text: str, cand: Candidate, mentions: list[EventMention], s: int) -> DateChoice | None:
    """ "During the operation, an Israeli drone fired a missile": an event inside another
    event of its sentence takes that event's date."""
    for m in reversed(mentions):
        if m.sentence_start != s:
            break
        if (
            m.date_value is not None
            and m.trigger_end <= cand.start
            and _DURING.search(text, max(s, m.trigger_start - 30), m.trigger_start)
        ):
            return _carried_from(m, "during")
    return None


def _then(
    tokens: list, cand: Candidate, mentions: list[EventMention], s: int, prev_start: int | None
) -> DateChoice | None:
    """ "Warplanes then struck launch sites", "a gunship then fired on survivors": "then"
    before the verb tells the next step of the narrative, on the day of the event before it
    (in the sentence, else in the previous one)."""
    if cand.pos != "verb":
        return None
    before = [t.lower for t in tokens[max(0, cand.first - 3) : cand.first]]
    if "then" not in before:
        return None
    k = before.index("then")
    if k > 0 and before[k - 1] in ("since", "until", "by", "till"):
        return None
    for m in reversed(mentions):
        if m.trigger_start >= cand.start:
            continue
        if m.sentence_start in (s, prev_start) and m.date_value is not None:
            return _carried_from(m, "narrative focus: 'then' after")
        break
    return None


def _when_clause_after(tokens: list, t: Timex) -> bool:
    """ "since October 9, when a gunman ...": the date that a "when" clause goes on to tell."""
    j = dating.token_index(tokens, t.end - 1)
    return [w.lower for w in tokens[j + 1 : j + 3]] == [",", "when"]


_THE_THING = words("the this that his her its their")


def _came_after(tokens: list) -> bool:
    """ "The appeal came two days after ...": a sentence whose subject, no event, follows
    on from what the sentence before it told."""
    low = [t.lower for t in tokens[:5]]
    if not low or low[0] not in _THE_THING:
        return False
    k = next((i for i, w in enumerate(low) if w in ("came", "comes")), None)
    if k is None or not 2 <= k <= 3:
        return False
    off = dating.find_offset(tokens, clause_spans(tokens))
    return off is not None and off.first == k + 1


# A sentence opening a roundup of the day's incidents elsewhere.
_ROUNDUP = re.compile(
    r"\b(?:violence|incidents?|attacks|clashes|unrest)\s+(?:(?:was|were)\s+(?:also\s+)?reported"
    r"|(?:also\s+)?(?:flared|erupted)(?:\s+again)?)\b",
    re.IGNORECASE,
)


_ENTRY_SENTENCES = 5  # sentences a timeline entry may run on after its heading one


def _entry_head(
    text: str,
    sentences: list[tuple[int, int]],
    si: int,
    usable: list[Timex],
    starts: list[int],
) -> Timex | None:
    """The date heading the timeline entry whose paragraph goes on in sentence ``si``
    ("Sept. 16, 2022: Fighting escalates. Tajik troops seize the village."): an entry tells
    its events in the present, all on its date. Not the document's first paragraph, nor past
    a few sentences: a story that opens "March 3 (Reuters) -" and has no paragraph breaks is
    no timeline."""
    paragraph = text.rfind("\n", 0, sentences[si][0]) + 1
    head = si
    while head > 0 and sentences[head - 1][0] >= paragraph:
        head -= 1
    if head == si or paragraph == 0 or si - head > _ENTRY_SENTENCES:
        return None  # (the entry's own sentence dates itself)
    hs, he = sentences[head]
    found = usable[bisect.bisect_left(starts, hs) : bisect.bisect_left(starts, he)]
    return next((t for t in found if heads_entry(text, t.start, t.end)), None)


def _scene(
    text: str,
    sentences: list[tuple[int, int]],
    si: int,
    usable: list[Timex],
    starts: list[int],
) -> DateChoice | None:
    """The time the previous sentence sets when it reports no event of its own.

    "But this week, the tables are turned. A two-hour siege ... killed 24": a sentence that
    opens with a day or week expression ("But this week,", "On Tuesday morning,") and reports no
    event sets the scene for an undated event that follows it. So does a lone day expression
    anywhere in it when the next sentence says its subject "came N days after" an event ("Aid
    agencies on Thursday appealed ... The appeal came two days after gunmen attacked") or when
    it opens a roundup of incidents ("Violence was also reported from other parts of the
    country on Friday. In Quetta, gunmen shot dead two policemen", "Violence flared again in
    the southeast on Saturday. Gunmen stormed the judiciary building") or when the next sentence
    goes on with its actors as a pronoun ("Gunmen arrived in Solhan on Friday night. They first
    attacked the militia post"), and
    a date that a "when" clause tells ("exposed since October 9, when a gunman tried to force
    his way into the synagogue. When the door held, he shot dead two people").
    """
    if si == 0:
        return None
    ps, pe = sentences[si - 1]
    found = usable[bisect.bisect_left(starts, ps) : bisect.bisect_left(starts, pe)]
    if not found:
        return None
    tokens = tokenize(text, ps, pe)
    here = tokenize(text, *sentences[si])
    follows = (
        _came_after(here)
        or _ROUNDUP.search(text, ps, pe)
        or (here and here[0].lower in _THIRD_PERSON)
    )
    free = [
        t
        for t in found
        if t.resolution.granularity in ("time", "day", "week")
        and (
            (follows and not dating.is_boundary(tokens, t))  # not "until Nov. 5"
            or all(tok.lower in _FRONTING for tok in tokens if tok.end <= t.start)
            or _when_clause_after(tokens, t)
        )
        and not dating.is_reporting(tokens, t)
    ]
    if not free or any(t.resolution.start != free[0].resolution.start for t in free):
        return None  # one time, or times of one day ("on Friday night, shortly before midnight")
    return dating.from_timex(free[0], "scene set by the previous sentence", "scene")


def _previous_statement(
    text: str,
    sentences: list[tuple[int, int]],
    si: int,
    usable: list[Timex],
    starts: list[int],
) -> DateChoice | None:
    """The date of the statement the previous sentence reports ("UNICEF said Thursday ...")
    for a meeting this sentence names as where it was made ("... Russell told a meeting").

    A quotation the sentence splitter cut in two ("On Friday, X told reporters ... 'Suffice
    to say ... optimistic. But ...,' X told reporters following his meetings") puts a
    sentence with no date between the statement and the meeting: one such sentence, of the
    statement's paragraph, is skipped.
    """
    found: list[Timex] = []
    for back in (1, 2):
        if si - back < 0:
            return None
        ps, pe = sentences[si - back]
        if back == 2 and not _same_paragraph(text, pe, sentences[si - 1][0]):
            return None
        found = usable[bisect.bisect_left(starts, ps) : bisect.bisect_left(starts, pe)]
        if found:
            break
    if not found:
        return None
    tokens = tokenize(text, ps, pe)
    said = [
        t for t in found if dating.is_reporting(tokens, t) or dating.fronted_statement(tokens, t)
    ]
    if not said:
        return None
    return dating.from_timex(
        said[-1],
        "date of the statement, reported in the previous sentence, made at the meeting",
        "statement",
    )


def _previous_timexes(
    sentences: list[tuple[int, int]], si: int, usable: list[Timex], starts: list[int]
) -> list[Timex]:
    if si == 0:
        return []
    ps, pe = sentences[si - 1]
    return usable[bisect.bisect_left(starts, ps) : bisect.bisect_left(starts, pe)]


_PAST_VERBS = words("hit struck left took began came went fled seized stormed freed shot")


def _lede_report(tokens: list, cand: Candidate, timexes: list[Timex]) -> DateChoice | None:
    """The day of a story's opening statement, for the event its report is about.

    "Security sources said Wednesday a military operation rescued 190 passengers": in the
    first sentence of a story, an event that is the subject of the clause a dated statement
    reports, told in the simple past, is the news of that day. An event further off ("X
    accused Y on Saturday of links to a group, which it blames for an attack") is not.
    """
    for t in timexes:
        if t.resolution.granularity not in ("day", "time") or t.end > cand.start:
            continue
        if not dating.is_reporting(tokens, t):
            continue
        j = token_index(tokens, t.end - 1) + 1
        if j < len(tokens) and tokens[j].lower == "that":
            j += 1
        between = tokens[j : cand.first]
        if len(between) > 6 or any(
            not w.text[:1].isalnum() or w.lower in REPORTING or w.lower in PREPOSITIONS
            for w in between
        ):
            continue
        if cand.pos == "verb":
            # simple past only: "had attacked" lies before the statement
            reported = cand.form == PAST and bool(between) and between[-1].lower != "had"
        else:
            nxt = tokens[cand.last + 1].lower if cand.last + 1 < len(tokens) else ""
            reported = nxt.endswith("ed") or nxt in _PAST_VERBS
        if reported:
            return dating.from_timex(
                t, "first sentence: the event its dated statement reports", "lede"
            )
    return None


_N_DAYS = re.compile(r"^P([2-7])D$")
# Words of a participant's name that do not identify them.
_TITLE_WORDS = words(
    "president prime minister foreign secretary general chief head leader king queen "
    "minister's president's state deputy vice chancellor envoy ambassador the of"
)


def _bare_name(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def _multi_day(
    text: str,
    sentences: list[tuple[int, int]],
    si: int,
    tokens: list,
    cand: Candidate,
    clause: tuple[int, int],
    timexes: list[Timex],
    usable: list[Timex],
    starts: list[int],
) -> DateChoice | None:
    """The week (or month) of an undated "two-day visit" that an adjacent sentence places
    its participant in on a day (by name, or as "He"/"She" opening the next sentence).

    "... came during a two-day visit by Prime Minister X to Y. X, who was guest of honour at
    the parade on Wednesday, said ...": a visit of N days that holds that Wednesday lies
    within N-1 days of it; the ISO week (else the month) holding all those days is as
    precise as the text allows.
    """
    span = next(
        (
            t
            for t in timexes
            if t.resolution.type == "DURATION"
            and t.end <= cand.start
            and not text[t.end : cand.start].strip(" -")
            and t.resolution.value
            and _N_DAYS.match(t.resolution.value)
        ),
        None,
    )
    if span is None:
        return None
    n = int(_N_DAYS.match(span.resolution.value).group(1))
    actors, targets = participants(text, tokens, cand, clause, True)
    names = {_bare_name(w.strip(",.'’")) for p in (*actors, *targets) for w in p.split()}
    names = {w for w in names if w[:1].isupper() and w.lower() not in _TITLE_WORDS and len(w) > 2}
    anchors: list[Timex] = []
    for k in (si - 1, si + 1):
        if not 0 <= k < len(sentences):
            continue
        a, b = sentences[k]
        gap = (b, sentences[si][0]) if k < si else (sentences[si][1], a)
        if not _same_paragraph(text, *gap):
            continue
        toks = tokenize(text, a, b)
        pronoun = k > si and bool(toks) and toks[0].lower in ("he", "she")
        if not pronoun and not names & {_bare_name(t.text) for t in toks}:
            continue
        found = usable[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        anchors += [
            t
            for t in found
            if t.resolution.granularity == "day" and not dating.is_reporting(toks, t)
        ]
    days = {t.resolution.start for t in anchors}
    if len(days) != 1:
        return None
    anchor = anchors[0]
    day = anchor.resolution.start
    lo, hi = day - timedelta(days=n - 1), day + timedelta(days=n - 1)
    why = (
        f"a {n}-day visit that holds '{anchor.text}' -> {anchor.resolution.value}, the day an "
        f"adjacent sentence places its participant there"
    )
    if lo.isocalendar()[:2] == hi.isocalendar()[:2]:
        year, week, _ = day.isocalendar()
        start = day - timedelta(days=day.weekday())
        value, end, gran = f"{year}-W{week:02d}", start + timedelta(days=6), "week"
    elif (lo.year, lo.month) == (hi.year, hi.month):
        start = day.replace(day=1)
        nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        value, end, gran = start.strftime("%Y-%m"), nxt - timedelta(days=1), "month"
    else:
        return None
    return DateChoice(
        value,
        start,
        end,
        gran,
        "approximate",
        f"{why}: the {gran} holding days {lo.isoformat()} to {hi.isoformat()}",
        "span",
        anchor.text,
        anchor.start,
        anchor.end,
    )


_OPEN_QUOTE = ('"', "“", "'", "‘")


def _statement_within(
    text: str,
    sentences: list[tuple[int, int]],
    si: int,
    tokens: list,
    cand: Candidate,
    choice: DateChoice,
    usable: list[Timex],
    starts: list[int],
) -> DateChoice | None:
    """The day of the statement made at a meeting dated only by its week or month.

    "Speaking at a Security Council meeting this week, the envoy said ... '...,' the envoy
    said Monday": the statement is dated in the sentence, or in the next sentence of the
    paragraph when that one goes on quoting the speaker; a day inside the meeting's week or
    month is the meeting's day.
    """
    if not dating.is_setting(tokens, cand) or choice.start is None or choice.end is None:
        return None
    s, e = sentences[si]
    spans = [(s, e, tokens)]
    if si + 1 < len(sentences):
        ns, ne = sentences[si + 1]
        if _same_paragraph(text, e, ns) and text[ns:ne].lstrip().startswith(_OPEN_QUOTE):
            spans.append((ns, ne, tokenize(text, ns, ne)))
    for a, b, toks in spans:
        found = usable[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        for t in found:
            r = t.resolution
            if (
                r.granularity in ("day", "time")
                and r.start is not None
                and choice.start <= r.start <= choice.end
                and dating.is_reporting(toks, t)
            ):
                return dating.from_timex(
                    t,
                    f"the statement made at the meeting ('{choice.timex_text}' -> "
                    f"{choice.value}) is dated within it",
                    choice.source,
                )
    return None


def _carry(choice: DateChoice, why: str, source: str) -> DateChoice:
    return replace(choice, reason=f"{why} ({choice.reason})", source=source)


def _from_antecedent(ante: coref.Prior, m: EventMention) -> DateChoice:
    """The date of the antecedent mention ``m``, carried to its anaphor."""
    if m.date_value is None:
        where = f"coreferent with '{ante.text}' at offset {ante.start}"
        return DateChoice(
            None, None, None, None, "unresolved", f"{where}, which is undated", "anaphora"
        )
    return _carried_from(m, "coreferent with", "anaphora")


# What a mention takes over from the mention it is dated by (its reason is its own).
_CARRIED_DATE_FIELDS = (
    "date_value",
    "date_start",
    "date_end",
    "date_granularity",
    "date_type",
    "timex_text",
    "timex_start",
    "timex_end",
    "time_precision",
)


def _with_date(m: EventMention, choice: DateChoice) -> EventMention:
    return replace(
        m,
        date_value=choice.value,
        date_start=choice.start,
        date_end=choice.end,
        date_granularity=choice.granularity,
        date_type=choice.date_type,
        date_reason=choice.reason,
        timex_text=choice.timex_text,
        timex_start=choice.timex_start,
        timex_end=choice.timex_end,
        time_precision=choice.time_precision,
    )


_SAME_MOMENT = re.compile(
    r"\b(?:the\s+same\s+(?:time|moment)|simultaneous(?:ly)?|minutes\s+apart|"
    r"seconds\s+apart)\b",
    re.IGNORECASE,
)


def _simultaneous(mentions: list[EventMention]) -> list[EventMention]:
    """An undated attack told as happening at the same moment as a dated one of its
    sentence ("the blast in X occurred at the same moment as an explosion ripped through Y")
    takes that one's day."""
    out = list(mentions)
    for i, m in enumerate(out):
        if (
            m.date_value is not None
            or m.event_type not in _VIOLENT
            or m.status not in COUNTED
            or not _SAME_MOMENT.search(m.sentence_text)
        ):
            continue
        src = next(
            (
                o
                for o in out
                if o is not m
                and o.sentence_start == m.sentence_start
                and o.event_type in _VIOLENT
                and o.date_granularity in ("day", "time")
                and o.date_start is not None
            ),
            None,
        )
        if src is None:
            continue
        day = src.date_start
        out[i] = replace(
            m,
            date_value=day.isoformat(),
            date_start=day,
            date_end=day,
            date_granularity="day",
            date_type=src.date_type,
            date_reason=f"at the same moment as '{src.trigger_text}' dated {day.isoformat()}",
        )
    return out


def _refine_to_day(mentions: list[EventMention]) -> list[EventMention]:
    """A violent event dated only by its month ("the bombings last month") takes the day the
    document gives an event of its type in that month ("the Aug. 7 bombings") when that
    day is the only one the document gives there."""
    days: dict[str, set] = {}
    source: dict[tuple[str, object], EventMention] = {}
    for m in mentions:
        if (
            m.event_type in _VIOLENT
            and m.status in COUNTED
            and m.date_granularity in ("day", "time")
            and m.date_start is not None
        ):
            days.setdefault(m.event_type, set()).add(m.date_start)
            source.setdefault((m.event_type, m.date_start), m)
    out = []
    for m in mentions:
        if (
            m.event_type in _VIOLENT
            and m.date_granularity == "month"
            and m.date_start is not None
            and m.date_end is not None
        ):
            inside = {d for d in days.get(m.event_type, ()) if m.date_start <= d <= m.date_end}
            src = source[(m.event_type, min(inside))] if len(inside) == 1 else None
            if src is not None and (not _new_background_event(m) or dating.same_place(m, src)):
                day = inside.pop()
                m = replace(
                    m,
                    date_value=day.isoformat(),
                    date_start=day,
                    date_end=day,
                    date_granularity="day",
                    date_type=src.date_type,
                    date_reason=(
                        f"{_own_reason(m)}, the one day the document gives a {m.event_type} "
                        f"in that month ('{src.trigger_text}' dated {day.isoformat()})"
                    ),
                )
        out.append(m)
    return out


_BACKGROUND_OPENING = re.compile(r"^[\w\s-]{0,30},")
_POINTING_BACK = re.compile(
    r"(?:\bthe|\bthis|\bthat|\bthose|\bthese|'s|’s)\s+(?:[\w-]+\s+){0,3}$", re.I
)


def _new_background_event(m: EventMention) -> bool:
    """ "Last month, insurgents attacked the village of Mbau", "Earlier this month, gunmen
    attacked a church": a sentence opened by its month tells a new event of that month, not
    the one the document dates to a day."""
    if m.timex_start is None or m.timex_start - m.sentence_start > 12:
        return False
    opening = m.sentence_text[m.timex_start - m.sentence_start :]
    if not _BACKGROUND_OPENING.match(opening):
        return False
    before = m.sentence_text[: m.trigger_start - m.sentence_start]
    return not _POINTING_BACK.search(before)


# Dates a mention only borrows from the narrative around it (or lacks).
_BORROWED = ("narrative focus", "document focus", "no temporal expression governs")


def _place_names(m: EventMention) -> set[str]:
    """Proper names of where the event happened: its place and, for violence, what it hit
    ("bombed Kelanitissa")."""
    where = " ".join([m.location or "", *(m.targets if m.event_type in _VIOLENT else [])])
    return {
        _bare_name(w)
        for w in re.findall(r"[A-Z][\w'’-]+", where)
        if w.lower() not in _TITLE_WORDS and len(w) > 2
    }


def _by_place(mentions: list[EventMention], own: list[bool]) -> list[EventMention]:
    """A mention that borrows its date, or has none, and names the place of an event told
    earlier with a date of its own takes that date when the document gives that place one
    date only ("Rebel aircraft bombed the Kelanitissa power station late last night ... Jets
    pounded the Iranamadu airstrip early this morning ... The rebels confirmed they had
    bombed Kelanitissa": last night's raid, not this morning's)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if not m.date_reason.startswith(_BORROWED) or m.status not in COUNTED:
            continue
        names = _place_names(m)
        if not names:
            continue
        violent = m.event_type in _VIOLENT
        there = [
            x
            for x, dated in zip(mentions[:i], own[:i], strict=True)
            if dated
            and x.status in COUNTED
            and (x.event_type in _VIOLENT) == violent
            and x.date_value
            and names & _place_names(x)
        ]
        if len({x.date_value for x in there}) == 1 and m.date_value != there[-1].date_value:
            out[i] = _with_date(m, _carried_from(there[-1], "named at the place of"))
    return out


def _own_reason(m: EventMention) -> str:
    return m.date_reason


def _follow_links(mentions: list[EventMention], links: dict[int, int]) -> list[EventMention]:
    """Anaphors take the final date of their antecedent (it may have been dated by focus)."""
    out = list(mentions)
    for i in sorted(links):
        m, src = out[i], out[links[i]]
        if m.date_value == src.date_value and m.date_value is not None:
            continue
        where = m.date_reason.split(",", 1)[0].split(" dated ", 1)[0]
        reason = (
            f"{where} dated {src.date_value} ({_own_reason(src)})"
            if src.date_value
            else f"{where}, which is undated"
        )
        out[i] = replace(
            m,
            **{name: getattr(src, name) for name in _CARRIED_DATE_FIELDS},
            date_reason=reason,
        )
    return out


def _other_parties(m: EventMention, keys: set[str], src: EventMention) -> bool:
    """The meeting ``m`` names its parties (``keys``); ``src`` is a meeting of others: its
    sentence names none of them, nor does ``m``'s sentence name a party of ``src``."""
    if not keys:
        return False

    def named(names: set[str], sentence: str) -> bool:
        return any(re.search(rf"\b{re.escape(k)}\b", sentence) for k in names)

    other = _name_keys(src)
    return not (keys & other or named(keys, src.sentence_text) or named(other, m.sentence_text))


def _name_keys(m: EventMention) -> set[str]:
    """The proper names heading a mention's participants ("Prime Minister X Y" -> Y)."""
    out = set()
    for p in (*m.actors, *m.targets):
        last = p.split()[-1] if p.split() else ""
        last = last.removesuffix("'s").removesuffix("’s")
        if last[:1].isupper() and last.lower().strip(".") not in _NOT_NAMES:
            out.add(last)
    return out


_NOT_NAMES = words(
    "but and the a an this that it he she they we i today yesterday jan feb mar apr jun jul "
    "aug sep sept oct nov dec january february march april may june july august september "
    "october november december monday tuesday wednesday thursday friday saturday sunday"
)


def _document_focus(
    mentions: list[EventMention],
    plural: list[bool],
    own: list[bool],
    links: dict[int, int],
    other: list[bool] | None = None,
    past: list[bool] | None = None,
) -> list[EventMention]:
    """Give undated singular mentions the date of their type's dominant event in the document.

    The dominant event is counted over mentions dated by a timex that governs them (``own``;
    not a carried date nor the date of a statement); one in the lede, the event the story
    is about, counts twice, so a flashback told twice does not outweigh it. An undated
    event of the lede takes the day of one of its type dated in the very next sentence,
    which tells it in detail ("Suspected jihadists killed five gendarmes in an overnight
    attack ... Dozens of gunmen attacked the post at around 1:00 am on Tuesday"), whatever
    else of its type the lede dates ("... after last week's hotel siege"). A document often
    tells several meetings: a meeting that names its parties takes the date only of a
    meeting whose sentence names one of them, or whose own parties its sentence names. ``plural`` marks mentions that cannot be
    that one event (plurals, "another strike"); anaphors are left to follow their
    antecedent. ``other`` marks mentions of another or a remembered event ("another strike",
    "the anniversary of the attacks"); a plain plural of violence takes the date when the
    document dates only one event of its type.
    """
    other = other or [False] * len(mentions)
    past = past or [False] * len(mentions)
    lede = mentions[0].sentence_start if mentions else None
    # the sentence right after the lede most often tells the lede's event in detail, with its
    # day
    lede_end = mentions[0].sentence_end if mentions else 0
    second = min(
        (m.sentence_start for m in mentions if 0 <= m.sentence_start - lede_end <= 2),
        default=None,
    )
    sources = [
        m
        for m, is_own in zip(mentions, own, strict=True)
        if is_own
        and m.status in COUNTED
        and m.date_value
        and m.date_granularity in ("day", "time", "week")
    ]
    # the lede's undated event told, dated to its day, in the next sentence
    detail = {
        m.event_type: m
        for m, is_own, is_other in reversed(list(zip(mentions, own, other, strict=True)))
        if is_own
        and not is_other
        and m.sentence_start == second
        and m.status in COUNTED
        and m.date_granularity in ("day", "time")
    }
    out = []
    for i, (m, is_plural, is_other, is_past) in enumerate(
        zip(mentions, plural, other, past, strict=True)
    ):
        counts: Counter = Counter()
        example: dict[tuple[str, str], EventMention] = {}
        told = detail.get(m.event_type) if m.sentence_start == lede else None
        if (
            told is not None
            and m.plover_type == "CONSULT"
            and _other_parties(m, _name_keys(m), told)
        ):
            told = None  # a meeting of other parties is not the lede's meeting told
        if told is not None and told.status == "planned" and is_past:
            told = None
        if m.date_value is None and told is not None and not is_other:
            day = told.date_value[:10] if told.date_granularity == "time" else told.date_value
            counts[day] += 1
            example[(m.event_type, day)] = told
        elif m.date_value is None:
            keys = _name_keys(m)
            for src in sources:
                if src.event_type != m.event_type:
                    continue
                if src.status == "planned" and is_past:
                    continue  # "met in Cairo and agreed to hold talks on March 20"
                if m.plover_type == "CONSULT" and _other_parties(m, keys, src):
                    continue  # a document tells several meetings: not one of other parties
                # one day, whether or not a clock time is given ("10:35 a.m. Friday")
                day = src.date_value[:10] if src.date_granularity == "time" else src.date_value
                # the lede's event is what the story is about: it counts twice
                counts[day] += 2 if src.sentence_start == lede else 1
                example.setdefault((m.event_type, day), src)
        if (
            m.date_value is None
            and counts
            # plurals ("the bombings") only when the document dates one event of the type
            and (not is_plural or (not is_other and m.event_type in _VIOLENT and len(counts) == 1))
            and m.status in COUNTED
            and i not in links
        ):
            (top, n), *rest = [*counts.most_common(2), (None, 0)]
            runner_up = rest[0][1] if rest else 0
            if n >= 1 and n >= 2 * runner_up:
                src = example[(m.event_type, top)]
                m = replace(
                    m,
                    date_value=src.date_value,
                    date_start=src.date_start,
                    date_end=src.date_end,
                    date_granularity=src.date_granularity,
                    date_type=src.date_type,
                    date_reason=(
                        f"document focus: the {m.event_type} this document dates most often "
                        f"('{src.timex_text}' -> {src.date_value}); " + m.date_reason
                    ),
                    timex_text=src.timex_text,
                    timex_start=src.timex_start,
                    timex_end=src.timex_end,
                    time_precision=src.time_precision,
                    status="planned"
                    if src.status == "planned" and m.status == "occurred"
                    else m.status,
                    status_reason="the event this document dates most often is planned"
                    if src.status == "planned" and m.status == "occurred"
                    else m.status_reason,
                )
        out.append(m)
    return out


def _share_tolls(mentions: list[EventMention], links: dict[int, int]) -> list[EventMention]:
    """Mentions of one event that state no toll take the event's toll.

    Mentions are one event when coreference links them or when they have the same type and
    a date read from their own (different) sentences. The toll of an event is the exact figure stated for it ("killed 44"), else the
    first stated one.
    """
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for i, j in links.items():
        union(i, j)
    first_of: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        own_date = m.timex_start is not None and m.sentence_start <= m.timex_start < m.sentence_end
        if m.status in COUNTED and m.date_value and own_date:
            key = (m.event_type, m.date_value.split("T")[0])
            j = first_of.setdefault(key, i)
            if mentions[j].sentence_start != m.sentence_start:  # one sentence, two events
                union(i, j)
    tolls: dict[int, EventMention] = {}
    for i, m in enumerate(mentions):
        if m.status not in COUNTED or (m.killed_low is None and m.killed_high is None):
            continue
        root = find(i)
        best = tolls.get(root)
        if best is None or (best.killed_low != best.killed_high and m.killed_low == m.killed_high):
            tolls[root] = m
    out = []
    for i, m in enumerate(mentions):
        src = tolls.get(find(i))
        if (
            src is not None
            and m.killed_low is None
            and m.killed_high is None
            and m.status in COUNTED
        ):
            m = replace(m, killed_low=src.killed_low, killed_high=src.killed_high)
        out.append(m)
    return out
