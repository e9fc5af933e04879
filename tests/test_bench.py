"""The synthetic corpus (Prefect-free) and ``dateline bench`` end to end on a tiny corpus."""

from __future__ import annotations

import argparse
import json
from datetime import date

import pytest

from dateline.sources import read_inputs
from dateline.synthetic import load_bases, shift_years, write_corpus
from extractors.records import Document


def test_years_move_but_not_other_numbers():
    text = "On 17 March 2011, 1,200 troops left; in 2009-10 and at 20115 m nothing moved."
    assert shift_years(text, 3) == (
        "On 17 March 2014, 1,200 troops left; in 2009-10 and at 20115 m nothing moved."
    )


def test_corpus_is_deterministic_distinct_and_dated(tmp_path):
    first = write_corpus(120, tmp_path / "a")
    second = write_corpus(120, tmp_path / "b")
    assert first.docs == 120 and first.words > 120 * 50
    assert [p.read_text() for p in first.paths] == [p.read_text() for p in second.paths]
    docs = [d for d in read_inputs(first.paths) if isinstance(d, Document)]
    assert len(docs) == 120  # every line is a valid record
    assert len({d.doc_id for d in docs}) == 120  # no two texts alike: each is one document
    assert all(d.published is not None for d in docs)
    years = {d.published.year for d in docs}
    assert len(years) > 5  # stories spread over many years
    # duplicate reports: several documents built from one story, days apart
    titles = [d.title for d in docs]
    assert len(set(titles)) < len(titles)


def test_bases_come_from_the_seed_corpus_at_least():
    bases = load_bases(["seeds"])
    assert len(bases) >= 5
    assert all(isinstance(b.published, date) for b in bases)


@pytest.mark.flow
def test_bench_writes_its_figures(tmp_path):
    from dateline.bench import run_bench

    out = tmp_path / "bench.json"
    args = argparse.Namespace(
        docs=30, data=str(tmp_path), json_out=str(out), runner="thread", dask_address=None
    )
    assert run_bench(args) == 0
    figures = json.loads(out.read_text())
    for key in (
        "docs",
        "words",
        "seconds",
        "docs_per_s",
        "words_per_s",
        "peak_rss_mb",
        "chronology_query_s",
    ):
        assert figures[key] > 0, key
    assert figures["docs"] == figures["extracted"] == 30
