"""Greedy, blocked clustering of mentions into canonical events.

Mentions are visited in one canonical order (publication date, source, document, offset;
a document's dated mentions before its undated ones), so the same input always gives the
same events, and a document published later only adds to what earlier runs built. Each mention is compared with a small set of
candidate events (same document, same page, same day, or sharing a named place or
participant in the same year) instead of every event: the cost grows with the number of
mentions times a bounded candidate count.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from extractors.grouping.features import (
    COUNTRIES,
    Mention,
    Place,
    counts_agree,
    counts_compatible,
)

# Join thresholds on the evidence score (see ``score``).
SAME_DOC = 2.5
CROSS_DOC = 3.0
CROSS_DOC_WEAK_DATE = 4.0  # a date of season precision or coarser
UNDATED = 4.0  # an undated mention or event outside the document: strong evidence only
SAME_STORY = 1.0  # the two documents already share another event
STORY_DOCS = 20  # documents of a shared event whose other events are candidates

BUCKET_CAP = 200  # most recent events looked at per index key
FINE_SPAN = 7  # days: dates this fine are indexed by day
REPORT_BEFORE_EVENT = 31  # days: a sentence dated this long before an event does not report it
# What agreeing with an event's own day (rank 0) or week adds to a carried-over date's weight.
_HINT_FINE = {0: 0.5, 1: 0.25}

_DAY = timedelta(days=1)


@dataclass(slots=True)
class Cluster:
    """A canonical event under construction."""

    number: int
    founder: Mention
    members: list[Mention] = field(default_factory=list)
    merged_into: Cluster | None = None  # set when a cross-document merge absorbed it
    lo: date | None = None  # intersection of the members' date intervals
    hi: date | None = None
    best: Mention | None = None  # the member whose own date the event carries
    hinted: list[Mention] = field(default_factory=list)  # members with a carried-over date
    docs: dict[str, list[int]] = field(default_factory=dict)  # doc -> trigger offsets
    sources: set[str] = field(default_factory=set)
    places: list[Place] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    sentences: set[tuple[str, int | None]] = field(default_factory=set)  # (doc, start)
    killed: list[tuple[int, int | None]] = field(default_factory=list)
    injured: list[tuple[int, int | None]] = field(default_factory=list)
    last_published: date | None = None  # publication day of the latest report
    retired: bool = False  # emitted and dropped: nothing may join it any more

    @property
    def family(self) -> str:
        return self.founder.family

    @property
    def participants(self) -> set[str]:
        return self.actors | self.targets

    @property
    def dated(self) -> bool:
        return self.lo is not None

    def release(self) -> None:
        """Drop what a merged event held: only its number and ``merged_into`` are read
        afterwards (index entries resolve to the event it merged into)."""
        for held in (self.members, self.hinted, self.docs, self.sources, self.places):
            held.clear()
        for held in (self.actors, self.targets, self.words, self.sentences):
            held.clear()
        self.killed.clear()
        self.injured.clear()

    def add(self, m: Mention) -> None:
        self.members.append(m)
        if m.dated:
            if self.lo is None:
                self.lo, self.hi = m.start, m.end
            else:
                self.lo, self.hi = max(self.lo, m.start), min(self.hi, m.end)  # type: ignore[type-var,arg-type]
            if self.best is None or _finer(m, self.best):
                self.best = m
        elif m.hinted:
            self.hinted.append(m)
        self.docs.setdefault(m.doc_id, []).append(m.position)
        self.sources.add(m.source)
        if m.place is not None and m.place not in self.places:
            self.places.append(m.place)
        self.actors |= m.actors
        self.targets |= m.targets
        self.words |= m.words
        self.sentences.add((m.doc_id, m.sentence_start))
        if m.killed is not None:
            self.killed.append(m.killed)
        if m.injured is not None:
            self.injured.append(m.injured)
        day = _as_day(m.published)
        if day is not None and (self.last_published is None or day > self.last_published):
            self.last_published = day


def _finer(a: Mention, b: Mention) -> bool:
    """Whether ``a``'s date is better support for the event date than ``b``'s: finer, then
    read more directly (on the trigger, in its clause, in its sentence)."""
    return (a.rank, a.evidence, not a.exact, a.span_days, -a.confidence, a.index) < (
        b.rank,
        b.evidence,
        not b.exact,
        b.span_days,
        -b.confidence,
        b.index,
    )


UNDATED_FOUNDED = 10**12  # numbers of events founded by an undated mention start here


class Grouper:
    """Places mentions into events of their document and merges events across documents.

    Event numbers give the merge order (an event only merges into an older one): events
    founded by a dated mention come first, in canonical order, then those founded by an
    undated one, since undated mentions are placed after the dated ones.
    """

    def __init__(
        self, mentions: Sequence[Mention] = (), idf: dict[str, float] | None = None
    ) -> None:
        self.founded = 0
        self.founded_undated = 0
        self.by_doc: dict[str, list[Cluster]] = defaultdict(list)
        self.by_source: dict[str, list[Cluster]] = defaultdict(list)
        self.by_day: dict[tuple[str, int], list[Cluster]] = defaultdict(list)
        self.by_name: dict[tuple[str, str, int | None], list[Cluster]] = defaultdict(list)
        self.idf = idf if idf is not None else _idf(m.words for m in mentions)

    # -- candidates -------------------------------------------------------------------
    def candidates(self, m: Mention) -> list[Cluster]:
        """Events of the mention's own document: reports in other documents are joined
        event to event afterwards (``merge_across_documents``), with all their evidence."""
        return list(self.by_doc.get(m.doc_id, ()))

    # -- decision ---------------------------------------------------------------------
    def place(self, m: Mention) -> Cluster:
        """Put ``m`` in the best-scoring compatible event, or found a new one."""
        candidates = self.candidates(m)
        antecedent, narrowed = self._antecedent(m, candidates)
        best, best_score = None, -math.inf
        for c in candidates:
            s = self.score(m, c, c is antecedent, narrowed)
            if s is not None and s >= SAME_DOC and s > best_score:
                best, best_score = c, s
        if best is None:
            best = self.found(m)
        self._add(best, m)
        return best

    def found(self, m: Mention) -> Cluster:
        """A new event founded by ``m``, numbered in merge order."""
        if m.dated:
            number, self.founded = self.founded, self.founded + 1
        else:
            number = UNDATED_FOUNDED + self.founded_undated
            self.founded_undated += 1
        return Cluster(number, m)

    def _antecedent(self, m: Mention, candidates: list[Cluster]) -> tuple[Cluster | None, bool]:
        """The event an anaphor ("the strike", "this attack", "Modi's visit") points to.

        The extractor's own coreference decision comes first: the event holding the
        mention it took the date from. A mention it judged to be another event ("another
        strike", "the anniversary of the attacks") has none. Otherwise a definite mention
        points to the last event of its own family mentioned before it in the document
        (failing that, of a compatible family; failing that, the first one after it, as in
        a headline) whose reports use the words that narrow the phrase down ("the
        trilateral meeting").
        """
        if m.separate:
            return None, True
        if m.link is not None:
            for c in candidates:
                if m.link in c.docs.get(m.doc_id, ()) and _families_compatible(m, c):
                    return c, True
        if not m.definite:
            return None, True
        fallback = None
        for same_family in (True, False):
            before, after, loose = None, None, None
            before_pos, after_pos, loose_pos = -1, math.inf, -1
            for c in candidates:
                if not _families_compatible(m, c) or m.doc_id not in c.docs:
                    continue
                if same_family and c.family != m.family:
                    continue
                narrowed = m.modifiers <= c.words
                for pos in c.docs[m.doc_id]:
                    if pos < m.position and narrowed and pos > before_pos:
                        before, before_pos = c, pos
                    elif pos < m.position and not narrowed and pos > loose_pos:
                        loose, loose_pos = c, pos
                    elif pos > m.position and narrowed and pos < after_pos:
                        after, after_pos = c, pos
            if before is not None:
                return before, True
            fallback = fallback or loose
            if not same_family and after is not None:
                return after, True
        # "the unilateral raid": a modifier the event's reports never used may still only
        # describe it; the last event is the antecedent, on weaker evidence.
        return fallback, False

    def score(
        self, m: Mention, c: Cluster, antecedent: bool = False, narrowed: bool = True
    ) -> float | None:
        """Evidence that ``m`` reports event ``c``; None when something rules it out."""
        same_doc = m.doc_id in c.docs
        total = 0.0
        if m.family != c.family:
            # Only a definite, plain "attack" inside one document may name a strike or raid.
            if not (same_doc and _families_compatible(m, c)):
                return None
            same_day = m.dated and m.rank == 0 and c.best is not None and c.best.rank == 0
            if not (antecedent or (same_day and m.generic_trigger)):
                return None
            total -= 0.5
        elif m.event_type != c.founder.event_type:
            # strike reported as raid: allowed ambiguity, slight doubt; but one story that
            # tells a raid and then, close by and not referring back, a strike tells two
            # events ("troops pushed into the camp ... A drone strike on a group of men")
            told_near = same_doc and any(abs(pos - m.position) < _NEAR for pos in c.docs[m.doc_id])
            # ("a drone strike" and "the raid", not a casualty verb)
            named = min(m.confidence, c.founder.confidence) >= _NAMED_KIND
            total -= 2.0 if told_near and named and not antecedent and not m.definite else 0.25
        if same_doc and not antecedent and _status_conflict(m, c):
            return None  # one story tells apart what happened and what is only planned
        if m.family == "meeting" and not antecedent and not _participants_meet(m, c):
            return None  # a meeting is who met: named parties the event never names
        if m.family == "meeting" and not antecedent and _by_phone(m) != _by_phone(c.founder):
            return None  # a phone call is not the face-to-face meeting of the same day
        # Dates: intervals must overlap at their precision; finer agreement counts more.
        if m.dated and c.dated:
            if m.end < c.lo or m.start > c.hi:  # type: ignore[operator]
                return None
            finest = max(m.rank, c.best.rank)  # type: ignore[union-attr]
            total += {0: 2.0, 1: 1.0, 2: 0.5}.get(finest, 0.0)
            if not m.exact:
                total -= 0.25
        elif m.hinted and c.dated:
            # A date carried over from elsewhere: agreement supports, conflict only weighs,
            # unless the mention's own sentence dates it well before the event (a report's
            # date comes after what it reports: "the deadliest airstrike ... on April 11,
            # 2023" is not last night's airstrike).
            gap = (c.lo - m.hint_end).days  # type: ignore[operator]
            if m.hint_weight < 1 and gap > REPORT_BEFORE_EVENT:
                return None
            if m.hint_end < c.lo or m.hint_start > c.hi:  # type: ignore[operator]
                total -= m.hint_weight
            else:
                # agreeing with an event's day says more than falling inside its year
                total += m.hint_weight + _HINT_FINE.get(c.best.rank, 0.0)  # type: ignore[union-attr]
        elif m.dated and c.hinted:
            if any(m.end < h.hint_start or m.start > h.hint_end for h in c.hinted):  # type: ignore[operator]
                total -= max(h.hint_weight for h in c.hinted)
            else:
                total += 0.5
        # Casualties: stated tolls should be able to describe one event. A toll that grows
        # in later reports is normal; different tolls reported at the same time, or a toll
        # that shrinks, speak against.
        if m.killed is not None and c.killed:
            if any(counts_agree(m.killed, k) for k in c.killed):
                total += 1.0
            elif not all(counts_compatible(m.killed, k) for k in c.killed):
                total -= _toll_conflict(m, c)
        if m.injured is not None and any(counts_agree(m.injured, k) for k in c.injured):
            total += 0.5
        # Document and page.
        if same_doc:
            total += 1.5
            if antecedent:
                total += 1.5 if narrowed else 1.0
        elif m.source in c.sources:
            total += 0.5
        # Place: same or contained; a different named place speaks against.
        if m.place is not None and c.places:
            relation = max(m.place.relation(p) for p in c.places)
            if relation > 0:
                total += 1.0
            elif relation < 0:
                named = m.place.tokens & c.words or any(p.tokens & m.words for p in c.places)
                total += 0.25 if named else -1.5
        elif (m.place is not None and m.place.tokens & c.words) or (
            c.places and any(p.tokens <= m.words for p in c.places)
        ):
            total += 0.5
        # Participants: shared names count; for a meeting, who met is what it is (and
        # either side may be named first).
        if m.family == "meeting":
            shared = m.participants & c.participants
            if shared <= COUNTRIES and not (m.dated or m.hinted):
                # an undated "talks with Ukraine" is not the dated meeting that also had
                # Ukraine at the table: a country alone does not say who met
                shared = frozenset()
            if (
                shared
                and same_doc
                and _another_counterpart(m, c)
                and not (_visit(m) or _visit(c.founder))
            ):
                # one story, one party, another counterpart (a visit holds several meetings:
                # "in Kabul, the delegation met X and held talks with Y"; other stories name
                # other sides of the talks)
                total -= 1.5
            elif shared:
                total += 1.0 if len(shared) == 1 else 2.0
            elif (m.participants & c.words) and (c.participants & m.words):
                total += 0.5  # each names the other's party, the extractor found one side
            elif m.participants and c.participants:
                total -= 2.0
        else:
            if m.actors & c.actors:
                total += 1.0
            if m.targets & c.targets:
                total += 1.0
            if (m.actors & c.targets) or (m.targets & c.actors):
                total += 0.5
            elif m.actors and c.actors and not (m.actors & c.actors):
                total -= 1.0  # named attackers the event's reports never name
        # Wording: rare words shared with what the event's reports say (not when one of
        # them is the mention's own sentence: two events of one sentence share every word).
        if not _shares_sentence(m, c):
            weight = sum(self.idf.get(w, 1.0) for w in m.words & c.words)
            total += min(2.0, 0.5 * weight)
        return total

    def _add(self, c: Cluster, m: Mention) -> None:
        was_new = not c.members
        lo_before, hi_before = c.lo, c.hi
        names_before = _names_of_cluster(c)
        c.add(m)
        if was_new or m.doc_id not in {x.doc_id for x in c.members[:-1]}:
            self.by_doc[m.doc_id].append(c)
        if was_new or m.source not in {x.source for x in c.members[:-1]}:
            self.by_source[m.source].append(c)
        if c.dated and (c.lo, c.hi) != (lo_before, hi_before) and _span(c) <= FINE_SPAN:
            day = c.lo
            while day <= c.hi:  # type: ignore[operator]
                self.by_day[(c.family, day.toordinal())].append(c)  # type: ignore[union-attr]
                day += _DAY  # type: ignore[operator]
        years = _years_of_cluster(c)
        dates_changed = (c.lo, c.hi) != (lo_before, hi_before)
        names = _names_of_cluster(c)
        if not dates_changed:
            names -= names_before
        for key in _name_keys(c.family, names, years):
            self.by_name[key].append(c)

    # -- cross-document merge of whole events -----------------------------------------------
    # A whole event carries more evidence than any one of its sentences (the place named in
    # one, the participants in another, the wording of all), so reports of one event in
    # several documents are joined event to event, in founding order: an event only ever
    # merges into an older one, whose id it then shares. A second round gives the events
    # whose stories the first one tied together (see ``_same_story``) another look: it runs
    # with ``grown``, the events that absorbed another in the first round.
    def merge_one(self, c: Cluster, grown: set[int] | None = None) -> Cluster | None:
        """Merge event ``c`` into the best-scoring older event of other documents, if any;
        return the event it merged into."""
        if c.merged_into is not None or c.retired:
            return None
        linked: dict[int, Cluster] | None = None
        if grown is not None:
            linked = self._linked_events(c)
            if grown.isdisjoint(linked):
                return None
        best, best_score = None, -math.inf
        for other in self._merge_candidates(c):
            s = self.event_score(c, other)
            if s is None:
                continue
            threshold = CROSS_DOC if c.dated and other.dated else UNDATED
            if c.dated and other.dated and _coarse(c) and _coarse(other):
                threshold = CROSS_DOC_WEAK_DATE
            if s + SAME_STORY >= threshold:
                if linked is None:
                    linked = self._linked_events(c)
                if linked and self._same_story(linked, other):
                    s += SAME_STORY
            if s >= threshold and s > best_score:
                best, best_score = other, s
        if best is None:
            return None
        for m in c.members:
            self._add(best, m)
        c.merged_into = best
        c.release()
        return best

    def _linked_events(self, c: Cluster) -> dict[int, Cluster]:
        """Events other than ``c``, reported by several documents, one of which reports
        ``c``: what ties ``c``'s documents to others."""
        out: dict[int, Cluster] = {}
        for doc in c.docs:
            for k in self.by_doc.get(doc, ()):
                k = _root(k)
                if len(k.docs) > 1 and k is not c:
                    out[k.number] = k
        return out

    @staticmethod
    def _same_story(linked: dict[int, Cluster], o: Cluster) -> bool:
        """Whether the documents of ``o`` and those of an event (``linked``: the events tying
        its documents to others) already share another event: two reports of one story,
        where the attack and the rescue that followed it are each one event."""
        return any(k is not o and not k.docs.keys().isdisjoint(o.docs) for k in linked.values())

    def _merge_candidates(self, c: Cluster) -> list[Cluster]:
        found: dict[int, Cluster] = {}
        keys: list[tuple] = []
        if c.dated and _span(c) <= FINE_SPAN:
            day = c.lo
            while day <= c.hi:  # type: ignore[operator]
                keys.append((c.family, day.toordinal()))  # type: ignore[union-attr]
                day += _DAY  # type: ignore[operator]
        for key in keys:
            for o in self.by_day.get(key, ())[-BUCKET_CAP:]:
                found[o.number] = o
        years: list[int | None] = [*_years_of_cluster(c), None] if c.dated else [None]
        if not c.dated:
            years = sorted({y for m in c.members for y in _years_of(m)}, key=str)
        for key in _name_keys(c.family, _names_of_cluster(c), years):
            for o in self.by_name.get(key, ())[-BUCKET_CAP:]:
                found[o.number] = o
        for source in sorted({m.source for m in c.members}):
            for o in self.by_source.get(source, ())[-BUCKET_CAP:]:
                found[o.number] = o
        # Events of the other reports of the story: documents already sharing an event.
        story_docs: list[str] = []
        for _, k in sorted(self._linked_events(c).items()):
            story_docs += [d for d in k.docs if d not in c.docs][:STORY_DOCS]
        for doc in sorted(set(story_docs))[:BUCKET_CAP]:
            for o in self.by_doc.get(doc, ()):
                found[o.number] = o
        out = []
        for o in found.values():
            while o.merged_into is not None:
                o = o.merged_into
            if (
                o.number < c.number
                and o.family == c.family
                and not o.retired
                and not (o.docs.keys() & c.docs)
            ):
                out.append(o)
        return sorted({o.number: o for o in out}.values(), key=lambda o: o.number)

    def event_score(self, c: Cluster, o: Cluster) -> float | None:
        """Evidence that events ``c`` and ``o`` of different documents are one event."""
        if (_unplaced(c) or _unplaced(o)) and not _strongly_alike(c, o):
            return None
        if c.family == "meeting" and _by_phone(c.founder) != _by_phone(o.founder):
            return None
        total = 0.0
        if c.dated and o.dated:
            if c.hi < o.lo or c.lo > o.hi:  # type: ignore[operator]
                return None
            finest = max(c.best.rank, o.best.rank)  # type: ignore[union-attr]
            total += {0: 2.0, 1: 1.0, 2: 0.5}.get(finest, 0.0)
        elif c.dated or o.dated:
            dated, hinted = (c, o) if c.dated else (o, c)
            for h in hinted.hinted:
                if h.hint_weight >= 1 and (h.hint_end < dated.lo or h.hint_start > dated.hi):  # type: ignore[operator]
                    return None  # the undated side was placed in time elsewhere
        if c.sources & o.sources:
            total += 1.0  # two posts of one page
        if c.places and o.places:
            relation = max(p.relation(q) for p in c.places for q in o.places)
            if relation > 0:
                total += 1.0
            elif relation < 0:
                named = any(p.tokens & o.words for p in c.places) or any(
                    q.tokens & c.words for q in o.places
                )
                total += 0.25 if named else -1.5
        elif any(p.tokens <= o.words for p in c.places) or any(
            q.tokens <= c.words for q in o.places
        ):
            total += 0.5
        if c.family == "meeting":
            shared = c.participants & o.participants
            if (
                shared
                and c.docs.keys() & o.docs.keys()
                and _another_counterpart(c, o)
                and not (_visit(c.founder) or _visit(o.founder))
            ):
                total -= 1.5  # one story, one party, another counterpart
            elif shared:
                total += 1.0 if len(shared) == 1 else 2.0
            elif c.participants and o.participants:
                total -= 2.0
        else:
            if c.actors & o.actors:
                total += 1.0
            if c.targets & o.targets:
                total += 1.0
            # a participant one report names and the other only mentions in passing
            total += 0.5 * min(2, len((c.participants & o.words) | (o.participants & c.words)))
        if c.killed and o.killed:
            if any(counts_agree(a, b) for a in c.killed for b in o.killed):
                total += 1.0
            elif not any(counts_compatible(a, b) for a in c.killed for b in o.killed):
                total -= 0.5
        weight = sum(self.idf.get(w, 1.0) for w in c.words & o.words)
        total += min(2.5, 0.4 * weight)
        return total


def _shares_sentence(m: Mention, c: Cluster) -> bool:
    return (m.doc_id, m.sentence_start) in c.sentences


def _status_conflict(m: Mention, c: Cluster) -> bool:
    """A mention that reports as done what the event's mentions in the same document
    report as planned or called off (or the reverse)."""
    statuses = {x.status for x in c.members if x.doc_id == m.doc_id}
    mine = m.status
    if mine == "occurred":
        return bool(statuses) and "occurred" not in statuses
    return "occurred" in statuses and not (statuses & {"planned", "cancelled"})


def _participants_meet(m: Mention, c: Cluster) -> bool:
    """Whether the parties a meeting mention names appear in the event (as participants or
    in its reports' words) and the event's parties in the mention; a mention that names no
    one says nothing against."""
    if not m.participants:
        return True
    if not (m.participants & (c.participants | c.words)):
        return False
    return not (c.participants and not (c.participants & (m.participants | m.words)))


UNPLACED_DAYS = 31  # publication dates of reports an event with no date may join across


def _unplaced(c: Cluster) -> bool:
    """An event none of whose reports says or implies when it happened."""
    return not c.dated and not c.hinted


def _strongly_alike(c: Cluster, o: Cluster) -> bool:
    """What an event with no date needs to join one of another document: the same specific
    place, a shared participant, a shared type, and reports published close in time."""
    specific = [
        (p, q)
        for p in c.places
        for q in o.places
        if p.relation(q) > 0 and (p.tokens - COUNTRIES) and (q.tokens - COUNTRIES)
    ]
    if not specific or not (c.participants & o.participants):
        return False
    if not ({m.event_type for m in c.members} & {m.event_type for m in o.members}):
        return False
    a, b = _published_span(c), _published_span(o)
    if a is None or b is None:
        return False
    return (b[0] - a[1]).days <= UNPLACED_DAYS and (a[0] - b[1]).days <= UNPLACED_DAYS


def _published_span(c: Cluster) -> tuple[date, date] | None:
    days = [_as_day(m.published) for m in c.members]
    known = [d for d in days if d is not None]
    return (min(known), max(known)) if known else None


def _as_day(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _root(c: Cluster) -> Cluster:
    while c.merged_into is not None:
        c = c.merged_into
    return c


def _coarse(c: Cluster) -> bool:
    return c.best is None or c.best.rank >= 3


def _toll_conflict(m: Mention, c: Cluster) -> float:
    """Weight against joining when ``m``'s death toll differs from the event's."""
    published = m.published
    worst = 0.5
    for other in c.members:
        if other.killed is None or counts_compatible(m.killed, other.killed):
            continue
        theirs = other.published
        if published is None or theirs is None or published == theirs:
            return 1.0
        later, earlier = (m, other) if published > theirs else (other, m)
        if later.killed[0] < earlier.killed[0]:  # type: ignore[index]
            worst = 1.0
    return worst


def _names_of(m: Mention) -> set[str]:
    """Index keys of a mention: its participants and its place (with the place's country)."""
    return set(m.participants) | (set(m.place.expanded) if m.place else set())


def _names_of_cluster(c: Cluster) -> set[str]:
    out = c.actors | c.targets
    for p in c.places:
        out |= p.expanded
    return out


def _families_compatible(m: Mention, c: Cluster) -> bool:
    if m.family == c.family:
        return True
    return m.family == "attack" and c.family == "force" and m.generic_trigger


def _span(c: Cluster) -> int:
    return (c.hi - c.lo).days + 1 if c.lo is not None else 10**6  # type: ignore[operator]


def _years_of(m: Mention) -> list[int | None]:
    if m.dated:
        if m.end.year - m.start.year > 10:  # type: ignore[union-attr]
            return [None]
        return [*range(m.start.year, m.end.year + 1), None]  # type: ignore[union-attr]
    published = m.published
    if published is not None:
        year = published.year if hasattr(published, "year") else int(str(published)[:4])
        return [year - 1, year, year + 1, None]
    return [None]


def _years_of_cluster(c: Cluster) -> list[int | None]:
    if c.lo is None or c.hi.year - c.lo.year > 10:  # type: ignore[union-attr]
        return [None]
    return list(range(c.lo.year, c.hi.year + 1))  # type: ignore[union-attr]


def _name_keys(
    family: str, names: Iterable[str], years: list[int | None]
) -> Iterable[tuple[str, str, int | None]]:
    for name in sorted(names):
        for year in years:
            yield family, name, year


def _idf(word_sets: Iterable[frozenset[str]]) -> dict[str, float]:
    """Rarity of each word among mention sentences, 0 (everywhere) to 1 (once)."""
    df: Counter[str] = Counter()
    n = 0
    for words in word_sets:
        n += 1
        df.update(words)
    if n < 2:
        return {}
    top = math.log(n + 1)
    return {w: max(0.0, min(1.0, math.log((n + 1) / (k + 0.5)) / top)) for w, k in df.items()}


# The confidence of a trigger that names the kind of event itself ("a drone strike", "the
# raid"), as against a weaker one ("killed", "struck"): see the taxonomy's confidences.
_NAMED_KIND = 0.7
# Characters within which two reports of one document belong to one story (an archive page
# holds several posts, each of which may report the same event again).
_NEAR = 1500


def _another_counterpart(a: Mention | Cluster, b: Mention | Cluster) -> bool:
    """Two meetings with a party in common each name a counterpart the other's reports never
    mention: "Kerry met Abbas ... then met Netanyahu"."""
    only_a, only_b = a.participants - b.participants, b.participants - a.participants
    return bool(only_a and only_b and not (only_a & b.words or only_b & a.words))


def _visit(m: Mention) -> bool:
    return m.plover_mode == "visit"


def _by_phone(m: Mention) -> bool:
    return m.plover_mode == "phone"
