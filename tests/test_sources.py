"""Input readers: documents from folders, manifests, sections and JSON Lines; problems for bad input."""

import json
from datetime import date

from dateline.sources import Problem, read_inputs
from extractors.records import Document


def _split(items):
    docs = [i for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, Problem)]
    return docs, problems


def _write_manifest(folder, entries):
    (folder / "manifest.jsonl").write_text("\n".join(json.dumps(e) for e in entries) + "\n")


def test_folder_with_manifest_dates_each_file(tmp_path):
    (tmp_path / "a.txt").write_text("Troops met on Friday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("No manifest entry here.\n", encoding="utf-8")
    _write_manifest(
        tmp_path, [{"file": "a.txt", "title": "A", "url": "http://x/a", "published": "2012-05-04"}]
    )
    docs, problems = _split(list(read_inputs([tmp_path])))
    assert not problems
    by_source = {d.source: d for d in docs}
    assert by_source["a.txt"].published == date(2012, 5, 4)
    assert by_source["a.txt"].published_source == "manifest"
    assert by_source["a.txt"].url == "http://x/a"
    assert by_source["b.txt"].published is None
    assert by_source["b.txt"].published_source == "none"


def test_sections_get_their_own_dates_and_offsets_into_the_whole_file(tmp_path):
    text = "Archive page\n\nFirst Post\n\nThe talks began Monday.\n\nSecond Post\n\nA raid on Tuesday.\n"
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    _write_manifest(
        tmp_path,
        [
            {
                "file": "page.txt",
                "published": None,
                "sections": [
                    {"title": "First Post", "published": "2010-01-06"},
                    {"title": "Second Post", "published": "2010-02-03", "url": "http://x/2"},
                ],
            }
        ],
    )
    docs, problems = _split(list(read_inputs([tmp_path])))
    assert not problems
    sections = [d for d in docs if d.section]
    assert [d.section for d in sections] == ["First Post", "Second Post"]
    assert [d.published for d in sections] == [date(2010, 1, 6), date(2010, 2, 3)]
    second = sections[1]
    assert second.text == text
    assert text[second.start : second.end].startswith("Second Post")
    assert "A raid on Tuesday." in second.body
    assert "talks" not in second.body
    assert second.url == "http://x/2"
    # the page header before the first post stays a document of its own, undated
    header = [d for d in docs if d.section is None]
    assert len(header) == 1 and header[0].body.strip() == "Archive page"


def test_doc_ids_are_content_derived_and_stable(tmp_path):
    (tmp_path / "a.txt").write_text("Same words.\n")
    first = _split(list(read_inputs([tmp_path / "a.txt"])))[0][0].doc_id
    (tmp_path / "a.txt").write_text("Same words.\n")
    assert _split(list(read_inputs([tmp_path / "a.txt"])))[0][0].doc_id == first
    (tmp_path / "a.txt").write_text("Other words.\n")
    assert _split(list(read_inputs([tmp_path / "a.txt"])))[0][0].doc_id != first


def test_bad_files_become_problems_and_good_ones_still_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks on Monday".encode("latin-1"))
    (tmp_path / "good.txt").write_text("A good file.\n")
    docs, problems = _split(list(read_inputs([tmp_path])))
    assert [d.source for d in docs] == ["good.txt"]
    reasons = {p.source: p.reason for p in problems}
    assert reasons == {"empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "encoding"}
    assert all(p.detail for p in problems)


def test_bad_manifest_lines_and_dates_are_reported_and_documents_still_processed(tmp_path):
    (tmp_path / "a.txt").write_text("Text of a.\n")
    (tmp_path / "manifest.jsonl").write_text(
        '{"file": "a.txt", "published": "not a date"}\n{broken json\n'
    )
    docs, problems = _split(list(read_inputs([tmp_path])))
    assert [d.source for d in docs] == ["a.txt"]
    assert docs[0].published is None
    assert sorted(p.reason for p in problems) == ["date", "manifest"]
    assert {p.line for p in problems} == {1, 2}


def test_missing_section_title_is_reported(tmp_path):
    (tmp_path / "p.txt").write_text("Only one post here.\n")
    _write_manifest(
        tmp_path,
        [
            {
                "file": "p.txt",
                "published": "2011-01-01",
                "sections": [{"title": "Absent Title", "published": "2011-01-02"}],
            }
        ],
    )
    docs, problems = _split(list(read_inputs([tmp_path])))
    assert [p.reason for p in problems] == ["manifest"]
    assert len(docs) == 1 and docs[0].body.startswith("Only one post")


def test_jsonl_records_and_their_problems(tmp_path):
    lines = [
        json.dumps(
            {
                "id": "r1",
                "text": "Leaders met Sunday.",
                "published": "2025-03-14 20:28:39Z",
                "title": "T",
                "url": "u",
            }
        ),
        "{not json",
        json.dumps({"id": "r2", "text": ""}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": 7, "text": "Bad date record.", "published": "yesterday-ish"}),
        json.dumps(["a", "list"]),
        "",
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n")
    docs, problems = _split(list(read_inputs([path])))
    assert [(d.source, d.published, d.published_source) for d in docs] == [
        ("r1", date(2025, 3, 14), "record"),
        ("7", None, "none"),
    ]
    assert docs[0].start == 0 and docs[0].end == len("Leaders met Sunday.")
    assert sorted(p.reason for p in problems) == ["date", "empty", "field", "json", "json"]
    assert {p.line for p in problems} == {2, 3, 4, 5, 6}


def test_missing_path_is_a_problem(tmp_path):
    docs, problems = _split(list(read_inputs([tmp_path / "nope.txt"])))
    assert not docs and problems[0].reason == "missing"


def test_seed_corpus_reads_without_problems():
    docs, problems = _split(list(read_inputs(["seeds"])))
    assert not problems
    assert len({d.source for d in docs}) == 5
    dated_sections = [d for d in docs if d.section]
    assert len(dated_sections) == 3 and all(d.published for d in dated_sections)


def test_timeml_files_are_documents_dated_by_their_creation_time(tmp_path):
    (tmp_path / "a.tml").write_text(
        '<?xml version="1.0" ?><TimeML><DOCID>a</DOCID>'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">'
        '1998-08-07</TIMEX3></DCT><TEXT>Bombs <EVENT eid="e1">exploded</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    (tmp_path / "b.tml").write_text("<TimeML><TEXT>   </TEXT></TimeML>", encoding="utf-8")
    docs, problems = _split(list(read_inputs([tmp_path])))
    assert [(d.source, d.published, d.body) for d in docs] == [
        ("a.tml", date(1998, 8, 7), "Bombs exploded Friday.")
    ]
    assert [(p.source, p.reason) for p in problems] == [("b.tml", "empty")]


def test_sub_folders_are_read_after_the_folder_and_hidden_ones_skipped(tmp_path):
    (tmp_path / "z.txt").write_text("Top level.\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "inner.txt").write_text("Inside.\n")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "junk.txt").write_text("Hidden.\n")
    docs, problems = _split(list(read_inputs([tmp_path])))
    assert not problems
    assert [d.source for d in docs] == ["z.txt", "inner.txt"]
