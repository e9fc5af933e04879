"""Grouping of mentions into canonical events, on synthetic ``mentions`` rows."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa
import pytest

from extractors.grouping import group_mentions
from extractors.grouping.features import mention_features
from schemas.tables import EVENTS

GRANULARITY = {10: "day", 7: "month", 4: "year"}


def _interval(value: str | None) -> tuple[date | None, date | None, str | None]:
    if value is None:
        return None, None, None
    if "-W" in value:
        year, week = value.split("-W")
        start = date.fromisocalendar(int(year), int(week), 1)
        return start, start + timedelta(days=6), "week"
    if len(value) == 10:
        d = date.fromisoformat(value)
        return d, d, "day"
    if len(value) == 7:
        start = date.fromisoformat(value + "-01")
        nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, nxt - timedelta(days=1), "month"
    year = int(value)
    return date(year, 1, 1), date(year, 12, 31), "year"


_counter = iter(range(10**9))


def mention(
    sentence: str,
    trigger: str,
    event_type: str = "strike",
    date_value: str | None = None,
    doc: str = "doc1",
    published: str | None = "2011-04-07",
    status: str = "occurred",
    location: str | None = None,
    actors: list[str] | None = None,
    targets: list[str] | None = None,
    killed: tuple[int | None, int | None] = (None, None),
    source: str | None = None,
    offset: int | None = None,
    mention_id: str | None = None,
) -> dict:
    """A ``mentions`` view row; ``offset`` places the sentence in the document."""
    start, end, granularity = _interval(date_value)
    base = next(_counter) * 1000 if offset is None else offset
    t0 = base + sentence.index(trigger)
    return {
        "mention_id": mention_id or f"m{base}-{doc}",
        "event_id": None,
        "doc_id": doc,
        "source": source or doc,
        "section": None,
        "url": f"https://example.org/{doc}",
        "published": date.fromisoformat(published) if published else None,
        "event_type": event_type,
        "plover_type": "CONSULT" if event_type == "meeting" else "ASSAULT",
        "plover_mode": None,
        "acled_sub_event_type": None,
        "status": status,
        "trigger_text": trigger,
        "trigger_start": t0,
        "trigger_end": t0 + len(trigger),
        "sentence_text": sentence,
        "sentence_start": base,
        "sentence_end": base + len(sentence),
        "timex_text": None,
        "timex_start": None,
        "timex_end": None,
        "date_value": date_value,
        "date_start": start,
        "date_end": end,
        "date_granularity": granularity,
        "date_type": "exact" if date_value else "unresolved",
        "date_reason": "test",
        "time_precision": {"day": 1, "week": 2, "month": 3}.get(granularity or "", 4)
        if date_value
        else None,
        "actors": actors or [],
        "targets": targets or [],
        "location": location,
        "killed_low": killed[0],
        "killed_high": killed[1],
        "injured_low": None,
        "injured_high": None,
        "confidence": 0.8,
        "extractor_version": "test",
    }


def groups(rows: list[dict]) -> list[set[str]]:
    return [set(e["mention_ids"]) for e in group_mentions(rows)]


def together(rows: list[dict], a: dict, b: dict) -> bool:
    return any({a["mention_id"], b["mention_id"]} <= g for g in groups(rows))


def test_same_day_strike_mentions_in_one_document_merge() -> None:
    a = mention(
        "A US drone strike on March 17 killed 44 people in Datta Khel.",
        "drone strike",
        date_value="2011-03-17",
        location="Datta Khel",
        killed=(44, 44),
    )
    b = mention(
        "The March 17 strike on a village jirga killed over forty people.",
        "strike",
        date_value="2011-03-17",
        killed=(41, None),
    )
    c = mention("This strike especially infuriated Pakistan.", "strike")
    events = group_mentions([a, b, c])
    assert len(events) == 1
    assert events[0]["date_value"] == "2011-03-17"
    assert events[0]["killed_low"] == 44


def test_same_day_strikes_across_documents_merge_on_place() -> None:
    a = mention(
        "A drone strike killed five in Miranshah on Friday.",
        "drone strike",
        date_value="2011-05-06",
        doc="d1",
        location="Miranshah",
        killed=(5, 5),
    )
    b = mention(
        "Missiles from a US drone struck a compound in Miranshah, killing five.",
        "drone",
        date_value="2011-05-06",
        doc="d2",
        location="Miranshah",
        killed=(5, None),
    )
    assert together([a, b], a, b)


def test_strikes_on_different_days_never_merge() -> None:
    a = mention(
        "A drone strike hit Miranshah on Friday.",
        "drone strike",
        date_value="2011-05-06",
        location="Miranshah",
    )
    b = mention(
        "Another drone strike hit Miranshah on Saturday.",
        "drone strike",
        date_value="2011-05-07",
        location="Miranshah",
    )
    assert not together([a, b], a, b)


def test_strike_and_meeting_never_merge() -> None:
    a = mention(
        "NATO helicopters struck a post in Kurram on Thursday.",
        "struck",
        date_value="2010-09-30",
        location="Kurram",
        actors=["NATO"],
    )
    b = mention(
        "NATO officials met in Kurram on Thursday.",
        "met",
        event_type="meeting",
        date_value="2010-09-30",
        location="Kurram",
        actors=["NATO"],
    )
    assert not together([a, b], a, b)


def test_strike_and_raid_may_be_one_event() -> None:
    a = mention(
        "NATO helicopters killed three Pakistani troops in Kurram on Thursday.",
        "helicopters",
        date_value="2010-09-30",
        doc="d1",
        location="Kurram",
        actors=["NATO"],
        targets=["Pakistani troops"],
        killed=(3, 3),
    )
    b = mention(
        "The botched NATO raid into Kurram killed three Pakistani soldiers Thursday.",
        "raid",
        event_type="raid",
        date_value="2010-09-30",
        doc="d2",
        location="Kurram",
        actors=["NATO"],
        targets=["Pakistani soldiers"],
        killed=(3, 3),
    )
    assert together([a, b], a, b)


def test_month_precision_joins_day_precision_inside_that_month() -> None:
    day = mention(
        "NATO apologised for the strike that killed three Pakistani troops the previous day.",
        "strike",
        date_value="2010-09-30",
        doc="post1",
        source="archive",
        published="2010-10-02",
        actors=["NATO"],
        targets=["Pakistani troops"],
        killed=(3, 3),
    )
    month = mention(
        "In September a NATO helicopter strike killed Pakistani soldiers at a border post.",
        "helicopter strike",
        date_value="2010-09",
        doc="post2",
        source="archive",
        published="2011-01-01",
        actors=["NATO"],
        targets=["Pakistani soldiers"],
        killed=(2, 2),
    )
    events = group_mentions([month, day])
    assert len(events) == 1
    assert events[0]["date_value"] == "2010-09-30"
    assert events[0]["date_mention_id"] == day["mention_id"]


def test_month_precision_does_not_join_a_day_outside_it() -> None:
    day = mention(
        "A NATO strike killed three Pakistani troops.",
        "strike",
        date_value="2010-10-30",
        actors=["NATO"],
        targets=["Pakistani troops"],
    )
    month = mention(
        "In September a NATO strike killed Pakistani troops.",
        "strike",
        date_value="2010-09",
        actors=["NATO"],
        targets=["Pakistani troops"],
    )
    assert not together([day, month], day, month)


def test_coarse_only_event_keeps_coarse_date() -> None:
    a = mention(
        "Bin Laden was killed this year in a raid by US commandos.",
        "raid",
        event_type="raid",
        date_value="2011",
        doc="d1",
    )
    b = mention(
        "Bitterness over the unilateral raid that killed bin Laden.",
        "raid",
        event_type="raid",
        doc="d1",
    )
    events = group_mentions([a, b])
    assert len(events) == 1
    assert events[0]["date_value"] == "2011"
    assert events[0]["date_granularity"] == "year"


def test_undated_mention_joins_same_document_antecedent() -> None:
    a = mention(
        "A drone strike killed eight in Datta Khel on March 17.",
        "drone strike",
        date_value="2011-03-17",
        doc="d1",
        offset=0,
    )
    other = mention(
        "Militants attacked a checkpoint in Upper Dir on Sunday.",
        "attacked",
        event_type="attack",
        date_value="2011-03-13",
        doc="d1",
        offset=1000,
    )
    b = mention("Pakistan condemned the strike in strong terms.", "strike", doc="d1", offset=2000)
    assert together([a, other, b], a, b)
    assert not together([a, other, b], other, b)


def test_definite_attack_may_point_back_to_a_strike_of_its_document() -> None:
    a = mention(
        "The March 17 drone strike killed 44 people.",
        "drone strike",
        date_value="2011-03-17",
        doc="d1",
        offset=0,
    )
    b = mention(
        "This attack prompted a rare immediate response from the military.",
        "attack",
        event_type="attack",
        doc="d1",
        offset=500,
    )
    assert together([a, b], a, b)


def test_rockets_fired_and_the_strikes_that_answered_them_stay_apart() -> None:
    # the verb tells an act of its own: only a bare noun ("the attack") may name a strike
    strike = mention(
        "Israeli jets struck a building in Hadath on Friday.",
        "struck",
        date_value="2025-04-11",
        doc="d1",
        offset=0,
    )
    rockets = mention(
        "Hours earlier, three rockets were fired from south Lebanon towards Kiryat Shmona.",
        "fired",
        event_type="attack",
        date_value="2025-04-11",
        doc="d1",
        offset=500,
    )
    assert not together([strike, rockets], strike, rockets)


def test_attack_and_strike_of_different_documents_stay_apart() -> None:
    a = mention(
        "A drone strike killed eight in Waziristan on Friday.",
        "drone strike",
        date_value="2011-05-06",
        doc="d1",
        location="Waziristan",
    )
    b = mention(
        "Militants attacked a police post in Waziristan on Friday.",
        "attacked",
        event_type="attack",
        date_value="2011-05-06",
        doc="d2",
        location="Waziristan",
    )
    assert not together([a, b], a, b)


def test_undated_mention_elsewhere_needs_strong_evidence() -> None:
    a = mention(
        "A drone strike killed five in Miranshah on Friday.",
        "drone strike",
        date_value="2011-05-06",
        doc="d1",
        location="Miranshah",
    )
    weak = mention("A drone strike killed militants.", "drone strike", doc="d2")
    assert not together([a, weak], a, weak)
    strong = mention(
        "The US drone strike on a Haqqani compound in Miranshah killed five militants.",
        "drone strike",
        doc="d3",
        location="Miranshah",
        actors=["US"],
        targets=["Haqqani militants"],
        killed=(5, 5),
    )
    a2 = dict(
        a,
        actors=["US"],
        targets=["Haqqani network"],
        killed_low=5,
        killed_high=5,
        sentence_text="A US drone strike on a Haqqani compound killed five in Miranshah on Friday.",
    )
    assert together([a2, strong], a2, strong)


def test_meetings_with_different_participants_stay_apart() -> None:
    a = mention(
        "Clinton met Khar in New York on Sunday.",
        "met",
        event_type="meeting",
        date_value="2011-09-18",
        actors=["Clinton"],
        targets=["Khar"],
    )
    b = mention(
        "Mullen met Kayani in Spain on Sunday.",
        "met",
        event_type="meeting",
        date_value="2011-09-18",
        actors=["Mullen"],
        targets=["Kayani"],
    )
    assert not together([a, b], a, b)


def test_incompatible_casualties_keep_events_apart() -> None:
    a = mention(
        "A drone strike killed 3 people in North Waziristan on Friday.",
        "drone strike",
        date_value="2011-05-06",
        doc="d1",
        location="North Waziristan",
        killed=(3, 3),
    )
    b = mention(
        "A drone strike killed 25 people in North Waziristan on Friday.",
        "drone strike",
        date_value="2011-05-06",
        doc="d2",
        location="North Waziristan",
        killed=(25, 25),
    )
    assert not together([a, b], a, b)


def test_non_reportable_mentions_make_no_event() -> None:
    a = mention("There were no drone strikes in May.", "drone strikes", status="negated")
    assert group_mentions([a]) == []


def _corpus() -> list[dict]:
    rows = [
        mention(
            "A drone strike killed five in Miranshah on Friday.",
            "drone strike",
            date_value="2011-05-06",
            doc="d1",
            published="2011-05-07",
            location="Miranshah",
            killed=(5, 5),
        ),
        mention("The strike angered Islamabad.", "strike", doc="d1", published="2011-05-07"),
        mention(
            "A US drone strike killed five in Miranshah.",
            "drone strike",
            date_value="2011-05-06",
            doc="d2",
            published="2011-05-08",
            location="Miranshah",
            killed=(5, None),
        ),
        mention(
            "Kerry met Gilani on Thursday.",
            "met",
            event_type="meeting",
            date_value="2011-05-05",
            doc="d2",
            published="2011-05-08",
            actors=["Kerry"],
            targets=["Gilani"],
        ),
    ]
    return rows


def test_event_ids_do_not_depend_on_input_order() -> None:
    rows = _corpus()
    first = {e["event_id"]: set(e["mention_ids"]) for e in group_mentions(rows)}
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    assert {e["event_id"]: set(e["mention_ids"]) for e in group_mentions(shuffled)} == first


def test_event_ids_survive_a_new_document() -> None:
    rows = _corpus()
    before = {e["event_id"]: set(e["mention_ids"]) for e in group_mentions(rows)}
    late = mention(
        "Five died in a drone strike in Miranshah on May 6.",
        "drone strike",
        date_value="2011-05-06",
        doc="d3",
        published="2011-05-20",
        location="Miranshah",
        killed=(5, 5),
    )
    after = {e["event_id"]: set(e["mention_ids"]) for e in group_mentions([*rows, late])}
    assert set(before) <= set(after)
    grown = [eid for eid in before if after[eid] != before[eid]]
    assert len(grown) == 1 and after[grown[0]] == before[grown[0]] | {late["mention_id"]}


def test_rows_fit_the_events_schema() -> None:
    table = pa.Table.from_pylist(group_mentions(_corpus()), schema=EVENTS.schema)
    assert table.num_rows == 2
    assert all(not v for v in table.column("event_id").is_null().to_pylist())


def test_scales_to_many_mentions() -> None:
    """Blocking keeps the cost near linear: 30,000 mentions in a few seconds (no timing
    assertion: a loaded machine must not fail it)."""
    rng = random.Random(1)
    places = [f"Village{i}" for i in range(300)]
    rows = []
    for i in range(30_000):
        day = date(2010, 1, 1) + timedelta(days=rng.randrange(730))
        kind = rng.choice(["strike", "raid", "attack", "meeting"])
        place = rng.choice(places)
        rows.append(
            mention(
                f"A {kind} hit {place} on that day.",
                kind,
                event_type=kind,
                date_value=day.isoformat() if i % 5 else None,
                doc=f"d{i // 5}",
                published=(day + timedelta(days=1)).isoformat(),
                location=place,
                offset=(i % 5) * 100,
                mention_id=f"m{i}",
            )
        )
    events = group_mentions(rows)
    assert sum(len(e["mention_ids"]) for e in events) == len(rows)


# -- the seed corpus through the real extractors ----------------------------------------
@pytest.fixture(scope="module")
def seed_chronology(tmp_path_factory):
    from dateline.batch import extract_batch, rebuild_events
    from dateline.sources import read_inputs
    from dateline.versions import extractor_version
    from warehouse import build

    data = tmp_path_factory.mktemp("seeds-data")
    root = Path(__file__).resolve().parents[2]
    docs = [d for d in read_inputs([root / "seeds"]) if hasattr(d, "doc_id")]
    extract_batch(docs, data, "test", extractor_version())
    rebuild_events(data)
    build.build(data)
    con = build.connect(data)
    try:
        yield con
    finally:
        con.close()


def test_seed_mentions_of_the_17_march_2011_strike_are_one_event(seed_chronology) -> None:
    events = seed_chronology.execute(
        "SELECT DISTINCT m.event_id, c.date_value FROM mentions m JOIN chronology c USING "
        "(event_id) WHERE m.event_type = 'strike' AND m.sentence_text LIKE '%March 17%'"
    ).fetchall()
    assert len(events) == 1 and events[0][1] == "2011-03-17", events
    n = seed_chronology.execute(
        "SELECT n_mentions FROM chronology WHERE event_id = ?", [events[0][0]]
    ).fetchone()[0]
    assert n >= 3


def test_seed_nato_helicopter_strike_of_30_september_2010_is_one_event(seed_chronology) -> None:
    rows = seed_chronology.execute(
        "SELECT c.event_id, c.date_value, list(DISTINCT m.section) FROM chronology c "
        "JOIN mentions m USING (event_id) WHERE c.event_type IN ('strike', 'raid') "
        "AND c.date_start <= DATE '2010-09-30' AND c.date_end >= DATE '2010-09-30' "
        "AND c.date_start >= DATE '2010-09-01' GROUP BY ALL"
    ).fetchall()
    assert len(rows) == 1, rows
    _, date_value, sections = rows[0]
    assert date_value == "2010-09-30"
    assert any(s.startswith("US Strategy in Afghanistan") for s in sections)
    assert any(s.startswith("Mixed Signals") for s in sections)


def test_chronology_scores_use_the_canonical_event_date() -> None:
    from dateline.eval_events import Gold, chronology_scores

    def gold_line(event: str, date: str) -> Gold:
        return Gold(
            0, "d", None, "x", "x", "strike", [], "occurred", date, None, event, None, None, False
        )

    gold = [
        gold_line("a", "2011-03-17"),
        gold_line("a", "2011-03-17"),
        gold_line("b", "2011-04-07"),
    ]
    rows = [{"key": "k1"}, {"key": "k2"}, {"key": "k3"}]
    ids = {"k1": "e1", "k2": "e1", "k3": "e1"}
    scores = chronology_scores(gold, list(zip(gold, rows, strict=True)), ids, {"e1": "2011-03-17"})
    assert scores["recall"] == 0.5 and [m["event"] for m in scores["missed_events"]] == ["b"]
    assert scores["b_cubed"]["recall"] == 1.0
    assert scores["b_cubed"]["precision"] == round((2 / 3 + 2 / 3 + 1 / 3) / 3, 4)
    # the B-cubed losses, one line each: e1 merged a and b, nothing was split
    assert [m["gold_events"] for m in scores["merged_events"]] == [["a", "b"]]
    assert scores["split_events"] == []


# -- anaphora: the extractor's coreference link and same-family antecedents --------------
def test_anaphor_follows_the_extractors_coreference_link() -> None:
    attack = mention(
        "Gunmen opened fire on a bus on Tuesday.",
        "opened fire",
        event_type="attack",
        date_value="2011-05-03",
        doc="d1",
        offset=0,
    )
    raid = mention(
        "Commandos launched an operation to free the passengers.",
        "operation",
        event_type="raid",
        doc="d1",
        offset=100,
    )
    anaphor = mention(
        "The driver, hurt in the initial attack, died later.",
        "attack",
        event_type="attack",
        date_value="2011-05-03",
        doc="d1",
        offset=200,
    )
    anaphor["date_reason"] = (
        "coreferent with 'opened fire' at offset 18 dated 2011-05-03 (same clause: 'Tuesday')"
        "; status: specific event reported"
    )
    anaphor["timex_start"] = 40  # the timex is in the antecedent's sentence
    rows = [attack, raid, anaphor]
    assert together(rows, attack, anaphor)
    assert not together(rows, raid, anaphor)


def test_definite_anaphor_prefers_an_antecedent_of_its_own_family() -> None:
    attack = mention(
        "Militants attacked a train on Tuesday.",
        "attacked",
        event_type="attack",
        date_value="2011-05-03",
        doc="d1",
        offset=0,
    )
    raid = mention(
        "The army launched a military operation to free the hostages.",
        "military operation",
        event_type="raid",
        doc="d1",
        offset=100,
    )
    anaphor = mention(
        "The driver was hurt in the attack.", "attack", event_type="attack", doc="d1", offset=200
    )
    rows = [attack, raid, anaphor]
    assert together(rows, attack, anaphor)
    assert not together(rows, raid, anaphor)


def test_anniversary_event_does_not_join_the_story_event() -> None:
    bombing = mention(
        "Car bombs killed 60 people outside a school in Kabul on Saturday.",
        "Car bombs",
        event_type="attack",
        date_value="2021-05-08",
        doc="d1",
        location="Kabul",
        offset=0,
    )
    past = mention(
        "The withdrawal ends on the 20th anniversary of the terrorist strikes against the US.",
        "terrorist strikes",
        event_type="attack",
        doc="d1",
        targets=["US"],
        offset=300,
    )
    past["date_reason"] = "an anniversary's event: no date carried over; status: specific"
    rows = [bombing, past]
    assert not together(rows, bombing, past)
    events = {e["date_value"] for e in group_mentions(rows)}
    assert events == {"2021-05-08", None}


# -- meetings: status, parties ------------------------------------------------------------
def test_planned_visit_stays_apart_from_the_visit_the_story_reports() -> None:
    done = mention(
        "The deal came during a two-day visit by Prime Minister Ortiz to Valdora.",
        "visit",
        event_type="meeting",
        doc="d1",
        actors=["Prime Minister Ortiz"],
        offset=0,
    )
    later = mention(
        "Officials announced that Ortiz will soon also visit Ambria.",
        "visit",
        event_type="meeting",
        doc="d1",
        status="planned",
        actors=["Ortiz"],
        targets=["Ambria"],
        offset=500,
    )
    assert not together([done, later], done, later)


def test_meeting_naming_other_parties_stays_apart_from_a_same_week_meeting() -> None:
    visit = mention(
        "During a visit to Carth for a security meeting Thursday, the prime minister spoke.",
        "visit",
        event_type="meeting",
        date_value="2025-03-13",
        doc="d1",
        offset=0,
    )
    council = mention(
        "Speaking at a Regional Council meeting on Ostland this week, the envoy said more.",
        "meeting",
        event_type="meeting",
        date_value="2025-W11",
        doc="d1",
        actors=["Regional Council"],
        targets=["Ostland"],
        offset=500,
    )
    assert not together([visit, council], visit, council)


def test_meeting_mention_naming_no_one_joins_the_story_meeting() -> None:
    meeting = mention(
        "General Ruiz is meeting with the head of the army today.",
        "meeting",
        event_type="meeting",
        date_value="2011-04-07",
        doc="d1",
        actors=["General Ruiz"],
        offset=0,
    )
    vague = mention(
        "What could go wrong by sending this man to a critical meeting?",
        "meeting",
        event_type="meeting",
        date_value="2011-04-07",
        doc="d1",
        offset=500,
    )
    assert together([meeting, vague], meeting, vague)


# -- across documents: one story, and events with no date ---------------------------------
def _story(doc: str, published: str, attack_sentence: str, raid_sentence: str) -> list[dict]:
    attack = mention(
        attack_sentence,
        "attacked",
        event_type="attack",
        date_value="2025-03-11",
        doc=doc,
        published=published,
        location="Sibi",
        actors=["Liberation Front"],
        targets=["passenger train"],
        offset=0,
    )
    raid = mention(
        raid_sentence,
        "operation",
        event_type="raid",
        date_value="2025-03-12",
        doc=doc,
        published=published,
        offset=1000,
    )
    return [attack, raid]


def test_same_day_operations_of_two_reports_of_one_story_merge() -> None:
    a = _story(
        "d1",
        "2025-03-12",
        "Liberation Front gunmen attacked a passenger train near Sibi on Tuesday.",
        "The army ended its operation to free the hostages on Wednesday.",
    )
    b = _story(
        "d2",
        "2025-03-13",
        "A passenger train was attacked near Sibi by Liberation Front gunmen Tuesday.",
        "Commandos completed the operation Wednesday, freeing all hostages.",
    )
    rows = [*a, *b]
    assert together(rows, a[0], b[0])
    assert together(rows, a[1], b[1])


def test_same_day_operations_of_unrelated_reports_stay_apart() -> None:
    a = mention(
        "The army ended its operation to free the hostages on Wednesday.",
        "operation",
        event_type="raid",
        date_value="2025-03-12",
        doc="d1",
    )
    b = mention(
        "Commandos completed the operation Wednesday, freeing all hostages.",
        "operation",
        event_type="raid",
        date_value="2025-03-12",
        doc="d2",
    )
    assert not together([a, b], a, b)


def _undated(doc: str, published: str, **kw) -> dict:
    args = {
        "location": "Miranshah",
        "actors": ["US"],
        "targets": ["Haqqani militants"],
        "killed": (5, 5),
    } | kw
    return mention(
        "The US drone strike on a Haqqani compound in Miranshah killed five militants.",
        "drone strike",
        doc=doc,
        published=published,
        **args,
    )


def test_undated_event_joins_another_document_only_on_place_participants_and_time() -> None:
    dated = mention(
        "A US drone strike on a Haqqani compound killed five in Miranshah on Friday.",
        "drone strike",
        date_value="2011-05-06",
        doc="d1",
        published="2011-05-07",
        location="Miranshah",
        actors=["US"],
        targets=["Haqqani network"],
        killed=(5, 5),
    )
    close = _undated("d2", "2011-05-10")
    assert together([dated, close], dated, close)
    months_later = _undated("d3", "2011-09-10")
    assert not together([dated, months_later], dated, months_later)
    no_parties = _undated("d4", "2011-05-10", actors=[], targets=[])
    assert not together([dated, no_parties], dated, no_parties)
    country_only = _undated("d5", "2011-05-10", location="Pakistan")
    dated_country = dict(dated, location="Pakistan")
    assert not together([dated_country, country_only], dated_country, country_only)


def test_definite_phrase_with_a_new_modifier_is_not_an_anaphor_of_the_last_event() -> None:
    talks = mention(
        "General Ruiz is meeting with the head of the army today.",
        "meeting",
        event_type="meeting",
        date_value="2011-04-07",
        doc="d1",
        actors=["General Ruiz"],
        offset=0,
    )
    other = mention(
        "In February the government announced it was delaying the trilateral meeting.",
        "meeting",
        event_type="meeting",
        date_value="2011-04-07",
        doc="d1",
        offset=500,
    )
    other["timex_start"] = other["sentence_start"] + 3
    other["date_value"], other["date_granularity"] = "2011-02", "month"
    other["date_start"], other["date_end"] = date(2011, 2, 1), date(2011, 2, 28)
    assert not together([talks, other], talks, other)


def test_meeting_mentions_naming_each_others_party_are_not_told_apart() -> None:
    today = mention(
        "General Ruiz is meeting with Marshal Okoro today.",
        "meeting",
        event_type="meeting",
        date_value="2011-04-07",
        doc="d1",
        actors=["General Ruiz"],
        offset=0,
    )
    plan = mention(
        "General Ruiz would meet the army chief Marshal Okoro for a regular visit.",
        "meet",
        event_type="meeting",
        date_value="2011-04-07",
        doc="d1",
        targets=["Marshal Okoro"],
        offset=500,
    )
    plan["timex_start"] = 10  # dated from elsewhere in the story
    assert together([today, plan], today, plan)


# -- the event's date and its evidence ----------------------------------------------------
def test_event_date_prefers_the_date_read_on_the_trigger() -> None:
    loose = mention(
        "On Friday officials said a drone strike had hit a compound in Miranshah.",
        "drone strike",
        date_value="2011-05-06",
        doc="d1",
        location="Miranshah",
        offset=0,
    )
    loose["date_reason"] = "same sentence: 'Friday' -> 2011-05-06; status: specific"
    direct = mention(
        "Friday's drone strike on the compound in Miranshah killed five.",
        "drone strike",
        date_value="2011-05-06",
        doc="d1",
        location="Miranshah",
        offset=500,
    )
    direct["date_reason"] = "attached to the trigger: 'Friday' -> 2011-05-06; status: specific"
    (event,) = group_mentions([loose, direct])
    assert event["date_mention_id"] == direct["mention_id"]
    assert event["date_reason"].startswith("attached to the trigger")


def test_carried_date_of_an_event_prefers_the_previous_sentence_over_the_document_focus() -> None:
    focus = mention(
        "Their talks in Geneva drew wide attention.",
        "talks",
        event_type="meeting",
        date_value="2025-03-13",
        doc="d1",
        offset=0,
    )
    focus["date_reason"] = "document focus: the meeting this document dates most often"
    focus["timex_start"] = 5000
    nearby = mention(
        "The talks ended on a hopeful note.",
        "talks",
        event_type="meeting",
        date_value="2025-03-14",
        doc="d1",
        offset=500,
    )
    nearby["date_reason"] = "narrative focus: previous sentence's event (same clause: 'Friday')"
    nearby["timex_start"] = 400
    (event,) = group_mentions([focus, nearby])
    assert event["date_value"] == "2025-03-14"


def test_two_events_of_one_sentence_are_not_joined_by_their_shared_words() -> None:
    sentence = (
        "Days later, a roadside bomb killed 11 coal miners in the city, while the rebels "
        "took credit for attacking a military vehicle escorting a supply convoy."
    )
    bomb = mention(sentence, "roadside bomb", event_type="attack", doc="d1", offset=0)
    convoy = mention(
        sentence,
        "attacking",
        event_type="attack",
        doc="d1",
        targets=["military vehicle escorting a supply convoy"],
        offset=0,
        mention_id="convoy",
    )
    for row in (bomb, convoy):
        row["date_value"], row["date_granularity"] = "2025-02", "month"
        row["date_start"], row["date_end"] = date(2025, 2, 1), date(2025, 2, 28)
        row["date_reason"] = "'days later' after the previous event (same sentence: 'Last month')"
        row["timex_start"] = 5000  # read from an earlier sentence
    assert not together([bomb, convoy], bomb, convoy)


def test_events_with_carried_dates_of_two_reports_of_one_story_merge() -> None:
    sentence = (
        "Days later, a roadside bomb blast killed eleven coal miners near the Kalmar mine "
        "operated by a foreign company, officials from the provincial mining department said."
    )
    rows = []
    bombs = []
    for doc, published in (("d1", "2025-03-12"), ("d2", "2025-03-13")):
        rows += _story(
            doc,
            published,
            "Liberation Front gunmen attacked a passenger train near Sibi on Tuesday.",
            "The army ended its operation to free the hostages on Wednesday.",
        )
        bomb = mention(
            sentence,
            "roadside bomb",
            event_type="attack",
            doc=doc,
            published=published,
            killed=(11, 11),
            offset=3000,
        )
        bomb["date_value"], bomb["date_granularity"] = "2025-02", "month"
        bomb["date_start"], bomb["date_end"] = date(2025, 2, 1), date(2025, 2, 28)
        bomb["date_reason"] = "'days later' after the previous event (same sentence)"
        bomb["timex_start"] = 2000  # read from an earlier sentence
        bombs.append(bomb)
    rows += bombs
    assert together(rows, rows[0], rows[2])  # the train attack, reported twice
    assert together(rows, *bombs)


def test_force_events_of_one_story_with_different_named_attackers_stay_apart() -> None:
    fire = mention(
        "A joint patrol was fired upon by heavy Ostland-based artillery on Monday.",
        "was fired upon",
        date_value="2011-11-21",
        doc="d1",
        actors=["Ostland-based artillery"],
        offset=0,
    )
    strike = mention(
        "Alliance aircraft then struck the positions the fire came from on Monday.",
        "struck",
        date_value="2011-11-21",
        doc="d1",
        actors=["Alliance"],
        offset=500,
    )
    strike["date_reason"] = "coreferent with 'was fired upon' at offset 18 dated 2011-11-21"
    strike["timex_start"] = 60  # carried from the patrol's sentence
    assert not together([fire, strike], fire, strike)


def test_a_definite_mention_dated_long_before_the_event_is_another_event() -> None:
    first = mention(
        "A single airstrike, the deadliest in months, hit the village late Tuesday.",
        "airstrike",
        date_value="2011-04-05",
        offset=0,
    )
    sentence = "The deadliest single airstrike since the coup hit a gathering on April 11, 2009."
    old = mention(sentence, "airstrike", date_value="2009-04-11", offset=100)
    # the date is in the sentence but far from the definite trigger: a weak hint
    old["timex_start"] = 100 + sentence.index("April 11")
    assert not together([first, old], first, old)
    # the same sentence dated within days of the event still refers back to it
    near = dict(old, mention_id="near", date_value="2011-04-05")
    near["date_start"] = near["date_end"] = date(2011, 4, 5)
    assert together([first, near], first, near)


def test_a_phone_call_and_a_meeting_of_one_day_are_two_events() -> None:
    met = mention(
        "Santos met his negotiator Villalba in Bogota on Thursday.",
        "met",
        event_type="meeting",
        date_value="2011-04-07",
        actors=["Santos"],
        targets=["Villalba"],
        offset=0,
    )
    call = mention(
        "Santos also spoke by phone on Thursday with Villalba.",
        "spoke by phone",
        event_type="meeting",
        date_value="2011-04-07",
        actors=["Santos"],
        targets=["Villalba"],
        offset=100,
    )
    call["plover_mode"] = "phone"
    assert not together([met, call], met, call)
    again = dict(met, mention_id="again", trigger_start=160, trigger_end=163)
    again.update(sentence_start=150, sentence_end=200)
    assert together([met, again], met, again)


def test_a_verb_after_a_possessed_plural_subject_keeps_its_own_date() -> None:
    thursday = mention(
        "On Thursday, Russian drones killed two people in Kyiv.",
        "killed",
        date_value="2011-04-07",
        offset=0,
    )
    sentence = "The General Staff said its drones struck an oil refinery in the region on Friday."
    friday = mention(sentence, "struck", date_value="2011-04-08", offset=100)
    friday["timex_start"] = 100 + sentence.index("Friday")
    # "its drones struck": not the definite phrase "its strike" pointing back
    assert not together([thursday, friday], thursday, friday)


def test_undated_talks_sharing_only_a_country_stay_apart_from_a_dated_meeting() -> None:
    summit = mention(
        "Aid was cut after the clash between President Halden and President Varga on Feb. 28.",
        "clash",
        event_type="meeting",
        date_value="2025-02-28",
        doc="d1",
        actors=["President Halden"],
        targets=["President Varga", "Ukraine"],
        offset=0,
    )
    talks = mention(
        "Secretary Moreau led eight hours of talks with Ukraine officials in Jeddah.",
        "talks",
        event_type="meeting",
        doc="d1",
        actors=["Secretary Moreau"],
        targets=["Ukraine"],
        location="Jeddah",
        offset=600,
    )
    assert not together([summit, talks], summit, talks)
    # the same country with the same leader does say who met
    talks["actors"] = ["President Halden"]
    assert together([summit, talks], summit, talks)


def test_a_definite_mention_with_a_date_attached_in_an_aside_gives_the_event_its_day() -> None:
    month = mention(
        "U.S. forces conducted an air strike earlier this month in Lower Shabelle.",
        "air strike",
        date_value="2011-04",
        offset=0,
    )
    sentence = "A spokesman said the strike, which he said took place on April 2, killed militants."
    day = mention(sentence, "strike", date_value="2011-04-02", offset=100)
    day["timex_start"] = 100 + sentence.index("April 2")
    day["date_reason"] = "attached to the trigger: 'April 2' -> 2011-04-02"
    (event,) = group_mentions([month, day])
    assert event["date_value"] == "2011-04-02"
    # the same date merely in the clause of a definite trigger dates the report, not the event
    day["date_reason"] = "same clause: 'April 2' -> 2011-04-02"
    assert [e["date_value"] for e in group_mentions([month, day])] == ["2011-04"]


def test_a_carried_date_joins_the_event_of_that_day_before_one_of_that_year() -> None:
    day = mention(
        "Africa Command announced the Sunday strike on Monday.", "strike", "strike", "2011-04-03"
    )
    year = mention(
        "Al-Shabab lost Juba towns after government forces retook them this year.",
        "retook",
        "raid",
        "2011",
    )
    carried = mention(
        "The attack came after a U.S. airstrike in Juba killed two Al-Shabab militants.",
        "airstrike",
        date_value="2011-04-03",
    )
    carried["timex_start"] = 0  # dated from another sentence: a hint, not its own date
    carried["date_reason"] = "narrative focus: previous sentence's event"
    rows = [day, year, carried]
    assert together(rows, day, carried)
    assert not together(rows, year, carried)


def test_a_definite_mention_dated_by_counting_from_another_day_keeps_that_day() -> None:
    base = mention(
        "Rockets hit the Velmar air base on Wednesday morning, in an attack on the base.",
        "attack",
        "attack",
        date_value="2011-03-02",
        offset=0,
    )
    erbil = mention(
        "It followed a rocket attack on Erbil airport on February 15.",
        "attack",
        "attack",
        date_value="2011-02-15",
        offset=100,
    )
    sentence = "The premier spoke by telephone on Monday, two days before the attack."
    counted = mention(sentence, "attack", "attack", date_value="2011-03-02", offset=300)
    counted["timex_start"] = 300 + sentence.index("Monday")
    counted["date_reason"] = (
        "the anchor of 'two days before' the event dated 'Monday': 2 days after the event"
    )
    rows = [base, erbil, counted]
    assert together(rows, base, counted) and not together(rows, erbil, counted)
    # a count in hours may cross a midnight: the day stays a hint
    sentence = "Hours after the attack, police raided a house early Thursday."
    hours = mention(sentence, "attack", "attack", date_value="2011-03-03", offset=300)
    hours["timex_start"] = 300 + sentence.index("early")
    hours["date_reason"] = "the anchor of 'Hours after' the event dated 'early Thursday'"
    assert together([base, hours], base, hours)


def test_a_past_verb_after_a_definite_subject_keeps_its_clause_date() -> None:
    strike = mention(
        "Army jets struck rebel positions north of Velmar on Saturday, April 12.",
        "struck",
        date_value="2011-04-12",
        offset=0,
    )
    sentence = "The capital is quieter now, after the army retook the old palace on March 21."
    retook = mention(sentence, "retook", "raid", date_value="2011-03-21", offset=100)
    retook["timex_start"] = 100 + sentence.index("March 21")
    retook["date_reason"] = "same clause: 'March 21' -> 2011-03-21"
    assert not together([strike, retook], strike, retook)


def _timed(row: dict, timex: str) -> dict:
    """``row`` dated by ``timex``, an expression of its sentence."""
    at = row["sentence_start"] + row["sentence_text"].index(timex)
    return {**row, "timex_text": timex, "timex_start": at, "timex_end": at + len(timex)}


def test_a_definite_subject_of_the_event_s_own_verb_keeps_its_sentence_s_date() -> None:
    told = _timed(
        mention(
            "The airstrike hit the fishing settlement on the lake around midday Wednesday.",
            "airstrike",
            date_value="2021-09-15",
            doc="d1",
            published="2021-09-16",
        ),
        "midday Wednesday",
    )
    older = mention(
        "In January 2017, a jet bombed a camp for displaced people.",
        "bombed",
        date_value="2017-01",
        doc="d1",
        published="2021-09-16",
    )
    events = group_mentions([told, older])
    assert not together([told, older], told, older)
    assert "2021-09-15" in {e["date_value"] for e in events}
    # the subject of a relating verb does not own the date of what it relates to
    related = _timed(
        mention(
            "The strike came as the minister held talks in Nairobi on Wednesday.",
            "strike",
            date_value="2021-09-15",
            doc="d2",
            published="2021-09-16",
        ),
        "Wednesday",
    )
    assert mention_features(told, 0).dated
    assert not mention_features(related, 0).dated


def test_events_of_two_timeline_entries_keep_their_entries_dates() -> None:
    # each date is read off its entry's heading, outside the mention's own sentence
    shelling = mention(
        "Tajik forces fire mortars at Kok-Tash and Ak-Sai.",
        "fire mortars",
        date_value="2021-04-29",
        doc="d1",
        offset=100,
        location="Ak-Sai",
    )
    seizure = mention(
        "Tajik troops seize the village of Ak-Sai.",
        "seize",
        event_type="raid",
        date_value="2022-09-16",
        doc="d1",
        offset=900,
        location="Ak-Sai",
    )
    for row, heading in ((shelling, 20), (seizure, 820)):
        row["timex_start"] = heading
        row["date_reason"] = (
            "the date heading its timeline entry: 'April 29, 2021' -> 2021-04-29 (full date)"
        )
    rows = [shelling, seizure]
    assert not together(rows, shelling, seizure)
    assert mention_features(seizure, 0).dated


def test_a_month_that_ends_a_definite_mention_s_phrase_is_the_event_s_own() -> None:
    sentence = (
        "He is accused of organising the attack on the museum in Tunis last March and the "
        "massacre at a beach hotel near Sousse in June."
    )
    attack = _timed(mention(sentence, "attack", "attack", date_value="2011-03"), "last March")
    massacre = _timed(mention(sentence, "massacre", "attack", date_value="2010-06"), "June")
    assert not together([attack, massacre], attack, massacre)
    # a day after a statement's verb stays the statement's
    said = "The minister condemned the attack on the museum in a speech in Tunis on Monday."
    told = _timed(mention(said, "attack", "attack", date_value="2011-04-04"), "Monday")
    assert mention_features(told, 0).hint_weight == 0.25


def test_a_calendar_day_that_ends_a_definite_mention_s_phrase_is_the_event_s_own() -> None:
    sentence = (
        "U.S. officials said the strike on the fourth bridge, on Nov. 25, left it impassable."
    )
    strike = _timed(mention(sentence, "strike", date_value="2016-11-25"), "Nov. 25")
    assert mention_features(strike, 0).dated
    sentence = "Two commanders died in the strike near the town of al-Shadadi on March 4."
    strike = _timed(mention(sentence, "strike", date_value="2016-03-04"), "March 4")
    assert mention_features(strike, 0).dated
    # a weekday there may still be the day of what the sentence says about it
    sentence = "The minister condemned the strike on the bridge in a speech on Monday."
    strike = _timed(mention(sentence, "strike", date_value="2016-11-28"), "Monday")
    assert not mention_features(strike, 0).dated


def test_one_story_s_meetings_of_one_party_with_two_counterparts_stay_apart() -> None:
    first = mention(
        "Secretary Kerry met President Abbas in Ramallah on Wednesday.",
        "met",
        event_type="meeting",
        date_value="2014-07-23",
        actors=["Kerry"],
        targets=["Abbas"],
        offset=0,
    )
    second = mention(
        "Later, Secretary Kerry met Prime Minister Netanyahu in Jerusalem.",
        "met",
        event_type="meeting",
        date_value="2014-07-23",
        actors=["Kerry"],
        targets=["Netanyahu"],
        offset=200,
    )
    assert not together([first, second], first, second)
    # a second report of the first meeting, naming both of its parties, joins it
    again = mention(
        "Kerry and Abbas discussed a truce when they met on Wednesday.",
        "met",
        event_type="meeting",
        date_value="2014-07-23",
        actors=["Kerry"],
        targets=["Abbas"],
        offset=400,
    )
    assert together([first, second, again], first, again)


def test_one_story_s_raid_and_the_drone_strike_it_tells_next_are_two_events() -> None:
    raid = mention(
        "Troops backed by bulldozers pushed into the refugee camp early on Tuesday.",
        "pushed into",
        event_type="raid",
        date_value="2025-06-10",
        location="refugee camp",
        offset=0,
    )
    strike = mention(
        "A drone strike on a group of men in the camp killed three Palestinians.",
        "drone strike",
        date_value="2025-06-10",
        offset=120,
    )
    assert not together([raid, strike], raid, strike)
    # a weaker report of one of them, far down an archive page, may still be either
    weak = dict(
        mention(
            "Two soldiers were killed by a helicopter gunship pursuing insurgents.",
            "killed",
            date_value="2025-06-10",
            offset=9000,
        ),
        confidence=0.5,
    )
    assert together([raid, weak], raid, weak)
