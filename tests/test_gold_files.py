"""The hand-annotated event gold files follow the annotation guideline (tests/gold/validate.py)."""

import importlib.util
import json
from pathlib import Path

import pytest

GOLD_DIR = Path(__file__).resolve().parent / "gold"


def _load_validator():
    spec = importlib.util.spec_from_file_location("gold_validate", GOLD_DIR / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


validate = _load_validator()


def test_seeds_gold_is_valid():
    errors, _warnings = validate.check_seeds()
    assert not errors, "\n".join(errors)


def test_seeds_gold_covers_every_seed_document():
    listed = (GOLD_DIR / "seeds_docs.txt").read_text(encoding="utf-8").split()
    on_disk = sorted(p.name for p in validate.DEFAULT_SEEDS.glob("*.txt"))
    assert sorted(listed) == on_disk


def test_voa_gold_is_valid():
    if not validate.DEFAULT_VOA.exists():
        pytest.skip(f"VOA corpus not found at {validate.DEFAULT_VOA}")
    errors, _warnings = validate.check_voa()
    assert not errors, "\n".join(errors)


def test_voa_holdout_gold_is_valid():
    if not validate.DEFAULT_VOA.exists():
        pytest.skip(f"VOA corpus not found at {validate.DEFAULT_VOA}")
    errors, _warnings = validate.check_voa(
        gold=GOLD_DIR / "voa_holdout.jsonl", docs_list=GOLD_DIR / "voa_holdout_docs.txt"
    )
    assert not errors, "\n".join(errors)


def test_voa_dev2_gold_is_valid():
    if not validate.DEFAULT_VOA.exists():
        pytest.skip(f"VOA corpus not found at {validate.DEFAULT_VOA}")
    errors, _warnings = validate.check_voa(
        gold=GOLD_DIR / "voa_dev2.jsonl", docs_list=GOLD_DIR / "voa_dev2_docs.txt"
    )
    assert not errors, "\n".join(errors)


def test_voa_dev2_is_disjoint_from_other_voa_gold():
    dev2 = set((GOLD_DIR / "voa_dev2_docs.txt").read_text(encoding="utf-8").split())
    main = set((GOLD_DIR / "voa_docs.txt").read_text(encoding="utf-8").split())
    holdout = set((GOLD_DIR / "voa_holdout_docs.txt").read_text(encoding="utf-8").split())
    assert not dev2 & (main | holdout)


def test_voa_holdout_is_disjoint_from_voa_gold():
    holdout = set((GOLD_DIR / "voa_holdout_docs.txt").read_text(encoding="utf-8").split())
    main = set((GOLD_DIR / "voa_docs.txt").read_text(encoding="utf-8").split())
    assert not holdout & main


def test_validator_rejects_a_bad_line():
    docs, _ = validate.load_seed_docs(validate.DEFAULT_SEEDS)
    source = "000_a202ecd27c221c26.txt"
    row = {
        "source": source,
        "evidence": "this text is not in the document at all",
        "trigger": "bombing",
        "type": "bombing",
        "alt_types": [],
        "status": "happened",
        "date": "2011-13-45",
        "date_evidence": None,
        "event": "Bad Key",
        "killed": [5],
        "location": None,
    }
    errors = " | ".join(validate.check_row(row, docs))
    for fragment in (
        "unknown type",
        "unknown status",
        "bad date",
        "bad killed",
        "bad event key",
        "not inside evidence",
        "found 0 times",
    ):
        assert fragment in errors


def test_tbaq_gold_is_valid():
    if not validate.DEFAULT_TBAQ.exists():
        pytest.skip(f"TempEval-3 corpus not found at {validate.DEFAULT_TBAQ}")
    errors, _warnings = validate.check_tbaq()
    assert not errors, "\n".join(errors)


def test_tbaq_dev2_gold_is_valid():
    if not validate.DEFAULT_TBAQ.exists():
        pytest.skip(f"TempEval-3 corpus not found at {validate.DEFAULT_TBAQ}")
    errors, _warnings = validate.check_tbaq(
        gold=GOLD_DIR / "tbaq_dev2.jsonl", docs_list=GOLD_DIR / "tbaq_dev2_docs.txt"
    )
    assert not errors, "\n".join(errors)


def test_tbaq_dev2_is_disjoint_from_tbaq_gold():
    dev2 = set((GOLD_DIR / "tbaq_dev2_docs.txt").read_text(encoding="utf-8").split())
    main = set((GOLD_DIR / "tbaq_events_docs.txt").read_text(encoding="utf-8").split())
    assert dev2
    assert not dev2 & main


def test_voa_dev3_gold_is_valid():
    if not validate.DEFAULT_VOA.exists():
        pytest.skip(f"VOA corpus not found at {validate.DEFAULT_VOA}")
    errors, _warnings = validate.check_voa(
        gold=GOLD_DIR / "voa_dev3.jsonl", docs_list=GOLD_DIR / "voa_dev3_docs.txt"
    )
    assert not errors, "\n".join(errors)


def test_voa_dev3_is_disjoint_from_other_voa_gold():
    dev3 = set((GOLD_DIR / "voa_dev3_docs.txt").read_text(encoding="utf-8").split())
    others = set()
    for name in ("voa_docs.txt", "voa_dev2_docs.txt", "voa_holdout_docs.txt"):
        others |= set((GOLD_DIR / name).read_text(encoding="utf-8").split())
    assert not dev3 & others


def _corpus_ids(path):
    return [json.loads(x)["id"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_news_dev_gold_is_valid():
    errors, _warnings = validate.check_voa(
        GOLD_DIR / "news_dev_corpus.jsonl",
        gold=GOLD_DIR / "news_dev.jsonl",
        docs_list=GOLD_DIR / "news_dev_docs.txt",
    )
    assert not errors, "\n".join(errors)


def test_news_dev_docs_list_the_whole_corpus():
    listed = (GOLD_DIR / "news_dev_docs.txt").read_text(encoding="utf-8").split()
    assert listed == _corpus_ids(GOLD_DIR / "news_dev_corpus.jsonl")


def test_news_blind_gold_is_valid():
    errors, _warnings = validate.check_voa(
        GOLD_DIR / "news_blind_corpus.jsonl",
        gold=GOLD_DIR / "news_blind.jsonl",
        docs_list=GOLD_DIR / "news_blind_docs.txt",
    )
    assert not errors, "\n".join(errors)


def test_news_blind_docs_list_the_whole_corpus():
    listed = (GOLD_DIR / "news_blind_docs.txt").read_text(encoding="utf-8").split()
    assert listed == _corpus_ids(GOLD_DIR / "news_blind_corpus.jsonl")


def test_news_dev_and_blind_are_disjoint_and_share_no_event():
    dev_ids = set(_corpus_ids(GOLD_DIR / "news_dev_corpus.jsonl"))
    blind_ids = set(_corpus_ids(GOLD_DIR / "news_blind_corpus.jsonl"))
    assert dev_ids and blind_ids
    assert not dev_ids & blind_ids

    def events(name):
        lines = (GOLD_DIR / name).read_text(encoding="utf-8").splitlines()
        return {json.loads(x)["event"] for x in lines if x.strip()}

    assert not events("news_dev.jsonl") & events("news_blind.jsonl")
