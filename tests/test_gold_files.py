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


# Our own annotation of the seeds, and one by an annotator who never saw it or the system.
SEED_SETS = ["seeds", "seeds_ind"]


@pytest.mark.parametrize("name", SEED_SETS)
def test_seeds_gold_is_valid(name):
    gold, docs = GOLD_DIR / f"{name}.jsonl", GOLD_DIR / f"{name}_docs.txt"
    errors, _warnings = validate.check_seeds(gold=gold, docs_list=docs)
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("name", SEED_SETS)
def test_seeds_gold_covers_every_seed_document(name):
    listed = (GOLD_DIR / f"{name}_docs.txt").read_text(encoding="utf-8").split()
    on_disk = sorted(p.name for p in validate.DEFAULT_SEEDS.glob("*.txt"))
    assert sorted(listed) == on_disk


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


def _corpus_ids(path):
    return [json.loads(x)["id"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


NEWS_DEV = [
    "news_dev",
    "news_dev2",
    "news_dev3",
    "news_dev4",
    "news_dev5",
    "news_dev6",
    "news_dev7",
    "news_dev8",
    "news_dev9",
    "news_dev10",
    "news_dev11",
    "news_dev12",
    "news_dev13",
    "news_dev14",
    "news_dev15",
    "news_dev16",
    "news_dev17",
    "news_dev18",
    "news_dev19",
    "news_dev20",
    "news_dev21",
    "news_dev22",
    "news_dev23",
    "news_dev24",
    "news_dev25",
    "news_dev26",
    "news_dev27",
    "news_dev28",
    "news_dev29",
    "news_dev30",
    "news_dev31",
    "news_dev32",
    "news_dev33",
    "news_dev34",
    "news_dev35",
    "news_dev36",
    "news_dev37",
    "news_dev38",
    "news_dev39",
    "news_dev40",
    "news_dev41",
    "news_dev42",
    "news_dev43",
    "news_dev44",
    "news_dev45",
    "news_dev46",
    "news_dev47",
    "news_dev48",
    "news_dev49",
    "news_dev50",
    "news_dev51",
    "news_dev52",
    "news_dev53",
    "news_dev54",
    "news_dev55",
    "news_dev56",
    "news_dev57",
    "news_dev58",
    "news_dev59",
    "news_dev60",
    "news_dev61",
    "news_dev62",
    "news_dev63",
    "news_dev64",
    "news_dev65",
    "news_dev66",
    "news_dev67",
    "news_dev68",
    "news_dev69",
    "news_dev70",
    "news_dev71",
    "news_dev72",
    "news_dev73",
    "news_dev74",
    "news_dev75",
    "news_dev76",
    "news_dev77",
    "news_dev78",
    "news_dev79",
    "news_dev80",
    "news_dev81",
    "news_dev82",
    "news_dev83",
    "news_dev84",
    "news_dev85",
    "news_dev86",
    "news_dev87",
    "news_dev88",
    "news_dev89",
    "news_dev90",
    "news_dev91",
    "news_dev92",
    "news_dev93",
    "news_dev94",
    "news_dev95",
    "news_dev96",
    "news_dev97",
    "news_dev98",
    "news_dev99",
    "news_dev100",
    "news_dev101",
    "news_dev102",
    "news_dev103",
    "news_dev104",
    "news_dev105",
    "news_dev106",
    "news_dev107",
    "news_dev108",
    "news_dev109",
    "news_dev110",
    "news_dev111",
    "news_dev112",
    "news_dev113",
    "news_dev114",
    "news_dev115",
    "news_dev116",
    "news_dev117",
    "news_dev118",
    "news_dev119",
    "news_dev120",
    "news_dev121",
    "news_dev122",
    "news_dev123",
    "news_dev124",
    "news_dev125",
    "news_dev126",
    "news_dev127",
    "news_dev128",
    "news_dev131",
    "news_dev133",
    "news_dev134",
    "news_dev135",
    "news_dev136",
    "news_dev137",
    "news_dev138",
    "news_dev146",
    "news_dev151",
    "news_dev152",
    "news_dev156",
    "news_dev160",
    "news_dev163",
    "news_dev168",
    "news_dev169",
    "news_dev170",
    "news_dev171",
    "news_dev172",
    "news_dev173",
    "news_dev174",
    "news_dev175",
    "news_dev176",
    "news_dev177",
    "news_dev178",
    "news_dev179",
    "news_dev180",
    "news_dev181",
    "news_dev182",
    "news_dev183",
    "news_dev184",
    "news_dev186",
    "news_dev187",
    "news_dev188",
    "news_dev189",
    "news_dev190",
    "news_dev191",
    "news_dev192",
    "news_dev193",
    "news_dev194",
    "news_dev195",
    "news_dev196",
    "news_dev197",
    "news_dev198",
    "news_dev199",
    "news_dev200",
    "news_dev204",
    "news_dev208",
    "news_dev209",
    "news_dev210",
    "news_dev211",
    "news_dev212",
    "news_dev213",
    "news_dev214",
    "news_dev215",
    "news_dev216",
    "news_dev217",
    "news_dev218",
    "news_dev219",
    "news_dev220",
    "news_dev221",
    "news_dev222",
    "news_dev223",
    "news_dev224",
    "news_dev207",
    "news_dev205",
    "news_dev201",
    "news_dev206",
    "news_dev203",
    "news_dev202",
    "news_dev185",
    "news_dev166",
    "news_dev162",
    "news_dev167",
    "news_dev161",
    "news_dev165",
    "news_dev164",
    "news_dev159",
    "news_dev158",
    "news_dev157",
    "news_dev155",
    "news_dev154",
    "news_dev153",
    "news_dev147",
    "news_dev148",
    "news_dev149",
    "news_dev150",
    "news_dev140",
    "news_dev141",
    "news_dev139",
    "news_dev144",
    "news_dev145",
    "news_dev143",
    "news_dev142",
    "news_dev132",
    "news_dev130",
    "news_dev129",
]
NEWS_BLIND = ["news_blind", "news_blind2", "news_blind3"]


def test_written_news_sets_are_disjoint_and_blind_stories_share_no_sentence_with_dev():
    """Blind stories are other documents than the dev stories, and no sentence was copied
    between them (writers may cover the same real-world event, in their own words; stock
    phrases such as "The claims could not be independently verified" are short)."""
    ids = {
        name: set(_corpus_ids(GOLD_DIR / f"{name}_corpus.jsonl")) for name in NEWS_DEV + NEWS_BLIND
    }
    assert all(ids.values())
    names = sorted(ids)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not ids[a] & ids[b], (a, b)

    def sentences(name):
        lines = (GOLD_DIR / f"{name}_corpus.jsonl").read_text(encoding="utf-8").splitlines()
        texts = [json.loads(x)["text"] for x in lines if x.strip()]
        return {s.strip() for t in texts for s in t.split(". ") if len(s.strip()) > 60}

    dev = set().union(*(sentences(n) for n in NEWS_DEV))
    for blind in NEWS_BLIND:
        assert not sentences(blind) & dev, blind


# (gold file, its documents list, the corpus it annotates: "voa", "tbaq" or a JSON Lines file
# of tests/gold/), one entry per gold set over a corpus outside the seeds.
FIRST_ANNOTATIONS = [
    ("voa.jsonl", "voa_docs.txt", "voa"),
    ("voa_dev2.jsonl", "voa_dev2_docs.txt", "voa"),
    ("voa_dev3.jsonl", "voa_dev3_docs.txt", "voa"),
    ("voa_holdout.jsonl", "voa_holdout_docs.txt", "voa"),
    ("tbaq_events.jsonl", "tbaq_events_docs.txt", "tbaq"),
    ("tbaq_dev2.jsonl", "tbaq_dev2_docs.txt", "tbaq"),
    ("news_dev.jsonl", "news_dev_docs.txt", "news_dev_corpus.jsonl"),
    ("news_blind.jsonl", "news_blind_docs.txt", "news_blind_corpus.jsonl"),
    ("news_dev2.jsonl", "news_dev2_docs.txt", "news_dev2_corpus.jsonl"),
    ("news_dev3.jsonl", "news_dev3_docs.txt", "news_dev3_corpus.jsonl"),
    ("news_dev4.jsonl", "news_dev4_docs.txt", "news_dev4_corpus.jsonl"),
    ("news_blind2.jsonl", "news_blind2_docs.txt", "news_blind2_corpus.jsonl"),
    ("news_dev5.jsonl", "news_dev5_docs.txt", "news_dev5_corpus.jsonl"),
    ("news_blind3.jsonl", "news_blind3_docs.txt", "news_blind3_corpus.jsonl"),
    ("news_dev6.jsonl", "news_dev6_docs.txt", "news_dev6_corpus.jsonl"),
    ("news_dev7.jsonl", "news_dev7_docs.txt", "news_dev7_corpus.jsonl"),
    ("news_dev8.jsonl", "news_dev8_docs.txt", "news_dev8_corpus.jsonl"),
    ("news_dev9.jsonl", "news_dev9_docs.txt", "news_dev9_corpus.jsonl"),
    ("news_dev10.jsonl", "news_dev10_docs.txt", "news_dev10_corpus.jsonl"),
    ("news_dev11.jsonl", "news_dev11_docs.txt", "news_dev11_corpus.jsonl"),
    ("news_dev12.jsonl", "news_dev12_docs.txt", "news_dev12_corpus.jsonl"),
    ("news_dev13.jsonl", "news_dev13_docs.txt", "news_dev13_corpus.jsonl"),
    ("news_dev14.jsonl", "news_dev14_docs.txt", "news_dev14_corpus.jsonl"),
    ("news_dev15.jsonl", "news_dev15_docs.txt", "news_dev15_corpus.jsonl"),
    ("news_dev16.jsonl", "news_dev16_docs.txt", "news_dev16_corpus.jsonl"),
    ("news_dev17.jsonl", "news_dev17_docs.txt", "news_dev17_corpus.jsonl"),
    ("news_dev18.jsonl", "news_dev18_docs.txt", "news_dev18_corpus.jsonl"),
    ("news_dev19.jsonl", "news_dev19_docs.txt", "news_dev19_corpus.jsonl"),
    ("news_dev20.jsonl", "news_dev20_docs.txt", "news_dev20_corpus.jsonl"),
    ("news_dev21.jsonl", "news_dev21_docs.txt", "news_dev21_corpus.jsonl"),
    ("news_dev22.jsonl", "news_dev22_docs.txt", "news_dev22_corpus.jsonl"),
    ("news_dev23.jsonl", "news_dev23_docs.txt", "news_dev23_corpus.jsonl"),
    ("news_dev24.jsonl", "news_dev24_docs.txt", "news_dev24_corpus.jsonl"),
    ("news_dev25.jsonl", "news_dev25_docs.txt", "news_dev25_corpus.jsonl"),
    ("news_dev26.jsonl", "news_dev26_docs.txt", "news_dev26_corpus.jsonl"),
    ("news_dev27.jsonl", "news_dev27_docs.txt", "news_dev27_corpus.jsonl"),
    ("news_dev28.jsonl", "news_dev28_docs.txt", "news_dev28_corpus.jsonl"),
    ("news_dev29.jsonl", "news_dev29_docs.txt", "news_dev29_corpus.jsonl"),
    ("news_dev30.jsonl", "news_dev30_docs.txt", "news_dev30_corpus.jsonl"),
    ("news_dev31.jsonl", "news_dev31_docs.txt", "news_dev31_corpus.jsonl"),
    ("news_dev32.jsonl", "news_dev32_docs.txt", "news_dev32_corpus.jsonl"),
    ("news_dev33.jsonl", "news_dev33_docs.txt", "news_dev33_corpus.jsonl"),
    ("news_dev34.jsonl", "news_dev34_docs.txt", "news_dev34_corpus.jsonl"),
    ("news_dev35.jsonl", "news_dev35_docs.txt", "news_dev35_corpus.jsonl"),
    ("news_dev36.jsonl", "news_dev36_docs.txt", "news_dev36_corpus.jsonl"),
    ("news_dev37.jsonl", "news_dev37_docs.txt", "news_dev37_corpus.jsonl"),
    ("news_dev38.jsonl", "news_dev38_docs.txt", "news_dev38_corpus.jsonl"),
    ("news_dev39.jsonl", "news_dev39_docs.txt", "news_dev39_corpus.jsonl"),
    ("news_dev40.jsonl", "news_dev40_docs.txt", "news_dev40_corpus.jsonl"),
    ("news_dev41.jsonl", "news_dev41_docs.txt", "news_dev41_corpus.jsonl"),
    ("news_dev42.jsonl", "news_dev42_docs.txt", "news_dev42_corpus.jsonl"),
    ("news_dev43.jsonl", "news_dev43_docs.txt", "news_dev43_corpus.jsonl"),
    ("news_dev44.jsonl", "news_dev44_docs.txt", "news_dev44_corpus.jsonl"),
    ("news_dev45.jsonl", "news_dev45_docs.txt", "news_dev45_corpus.jsonl"),
    ("news_dev46.jsonl", "news_dev46_docs.txt", "news_dev46_corpus.jsonl"),
    ("news_dev47.jsonl", "news_dev47_docs.txt", "news_dev47_corpus.jsonl"),
    ("news_dev48.jsonl", "news_dev48_docs.txt", "news_dev48_corpus.jsonl"),
    ("news_dev49.jsonl", "news_dev49_docs.txt", "news_dev49_corpus.jsonl"),
    ("news_dev50.jsonl", "news_dev50_docs.txt", "news_dev50_corpus.jsonl"),
    ("news_dev51.jsonl", "news_dev51_docs.txt", "news_dev51_corpus.jsonl"),
    ("news_dev52.jsonl", "news_dev52_docs.txt", "news_dev52_corpus.jsonl"),
    ("news_dev53.jsonl", "news_dev53_docs.txt", "news_dev53_corpus.jsonl"),
    ("news_dev54.jsonl", "news_dev54_docs.txt", "news_dev54_corpus.jsonl"),
    ("news_dev55.jsonl", "news_dev55_docs.txt", "news_dev55_corpus.jsonl"),
    ("news_dev56.jsonl", "news_dev56_docs.txt", "news_dev56_corpus.jsonl"),
    ("news_dev57.jsonl", "news_dev57_docs.txt", "news_dev57_corpus.jsonl"),
    ("news_dev58.jsonl", "news_dev58_docs.txt", "news_dev58_corpus.jsonl"),
    ("news_dev59.jsonl", "news_dev59_docs.txt", "news_dev59_corpus.jsonl"),
    ("news_dev60.jsonl", "news_dev60_docs.txt", "news_dev60_corpus.jsonl"),
    ("news_dev61.jsonl", "news_dev61_docs.txt", "news_dev61_corpus.jsonl"),
    ("news_dev62.jsonl", "news_dev62_docs.txt", "news_dev62_corpus.jsonl"),
    ("news_dev63.jsonl", "news_dev63_docs.txt", "news_dev63_corpus.jsonl"),
    ("news_dev64.jsonl", "news_dev64_docs.txt", "news_dev64_corpus.jsonl"),
    ("news_dev65.jsonl", "news_dev65_docs.txt", "news_dev65_corpus.jsonl"),
    ("news_dev66.jsonl", "news_dev66_docs.txt", "news_dev66_corpus.jsonl"),
    ("news_dev67.jsonl", "news_dev67_docs.txt", "news_dev67_corpus.jsonl"),
    ("news_dev68.jsonl", "news_dev68_docs.txt", "news_dev68_corpus.jsonl"),
    ("news_dev69.jsonl", "news_dev69_docs.txt", "news_dev69_corpus.jsonl"),
    ("news_dev70.jsonl", "news_dev70_docs.txt", "news_dev70_corpus.jsonl"),
    ("news_dev71.jsonl", "news_dev71_docs.txt", "news_dev71_corpus.jsonl"),
    ("news_dev72.jsonl", "news_dev72_docs.txt", "news_dev72_corpus.jsonl"),
    ("news_dev73.jsonl", "news_dev73_docs.txt", "news_dev73_corpus.jsonl"),
    ("news_dev74.jsonl", "news_dev74_docs.txt", "news_dev74_corpus.jsonl"),
    ("news_dev75.jsonl", "news_dev75_docs.txt", "news_dev75_corpus.jsonl"),
    ("news_dev76.jsonl", "news_dev76_docs.txt", "news_dev76_corpus.jsonl"),
    ("news_dev77.jsonl", "news_dev77_docs.txt", "news_dev77_corpus.jsonl"),
    ("news_dev78.jsonl", "news_dev78_docs.txt", "news_dev78_corpus.jsonl"),
    ("news_dev79.jsonl", "news_dev79_docs.txt", "news_dev79_corpus.jsonl"),
    ("news_dev80.jsonl", "news_dev80_docs.txt", "news_dev80_corpus.jsonl"),
    ("news_dev81.jsonl", "news_dev81_docs.txt", "news_dev81_corpus.jsonl"),
    ("news_dev82.jsonl", "news_dev82_docs.txt", "news_dev82_corpus.jsonl"),
    ("news_dev83.jsonl", "news_dev83_docs.txt", "news_dev83_corpus.jsonl"),
    ("news_dev84.jsonl", "news_dev84_docs.txt", "news_dev84_corpus.jsonl"),
    ("news_dev85.jsonl", "news_dev85_docs.txt", "news_dev85_corpus.jsonl"),
    ("news_dev86.jsonl", "news_dev86_docs.txt", "news_dev86_corpus.jsonl"),
    ("news_dev87.jsonl", "news_dev87_docs.txt", "news_dev87_corpus.jsonl"),
    ("news_dev88.jsonl", "news_dev88_docs.txt", "news_dev88_corpus.jsonl"),
    ("news_dev89.jsonl", "news_dev89_docs.txt", "news_dev89_corpus.jsonl"),
    ("news_dev90.jsonl", "news_dev90_docs.txt", "news_dev90_corpus.jsonl"),
    ("news_dev91.jsonl", "news_dev91_docs.txt", "news_dev91_corpus.jsonl"),
    ("news_dev92.jsonl", "news_dev92_docs.txt", "news_dev92_corpus.jsonl"),
    ("news_dev93.jsonl", "news_dev93_docs.txt", "news_dev93_corpus.jsonl"),
    ("news_dev94.jsonl", "news_dev94_docs.txt", "news_dev94_corpus.jsonl"),
    ("news_dev95.jsonl", "news_dev95_docs.txt", "news_dev95_corpus.jsonl"),
    ("news_dev96.jsonl", "news_dev96_docs.txt", "news_dev96_corpus.jsonl"),
    ("news_dev97.jsonl", "news_dev97_docs.txt", "news_dev97_corpus.jsonl"),
    ("news_dev98.jsonl", "news_dev98_docs.txt", "news_dev98_corpus.jsonl"),
    ("news_dev99.jsonl", "news_dev99_docs.txt", "news_dev99_corpus.jsonl"),
    ("news_dev100.jsonl", "news_dev100_docs.txt", "news_dev100_corpus.jsonl"),
    ("news_dev101.jsonl", "news_dev101_docs.txt", "news_dev101_corpus.jsonl"),
    ("news_dev102.jsonl", "news_dev102_docs.txt", "news_dev102_corpus.jsonl"),
    ("news_dev103.jsonl", "news_dev103_docs.txt", "news_dev103_corpus.jsonl"),
    ("news_dev104.jsonl", "news_dev104_docs.txt", "news_dev104_corpus.jsonl"),
    ("news_dev105.jsonl", "news_dev105_docs.txt", "news_dev105_corpus.jsonl"),
    ("news_dev106.jsonl", "news_dev106_docs.txt", "news_dev106_corpus.jsonl"),
    ("news_dev107.jsonl", "news_dev107_docs.txt", "news_dev107_corpus.jsonl"),
    ("news_dev108.jsonl", "news_dev108_docs.txt", "news_dev108_corpus.jsonl"),
    ("news_dev109.jsonl", "news_dev109_docs.txt", "news_dev109_corpus.jsonl"),
    ("news_dev110.jsonl", "news_dev110_docs.txt", "news_dev110_corpus.jsonl"),
    ("news_dev111.jsonl", "news_dev111_docs.txt", "news_dev111_corpus.jsonl"),
    ("news_dev112.jsonl", "news_dev112_docs.txt", "news_dev112_corpus.jsonl"),
    ("news_dev113.jsonl", "news_dev113_docs.txt", "news_dev113_corpus.jsonl"),
    ("news_dev114.jsonl", "news_dev114_docs.txt", "news_dev114_corpus.jsonl"),
    ("news_dev115.jsonl", "news_dev115_docs.txt", "news_dev115_corpus.jsonl"),
    ("news_dev116.jsonl", "news_dev116_docs.txt", "news_dev116_corpus.jsonl"),
    ("news_dev117.jsonl", "news_dev117_docs.txt", "news_dev117_corpus.jsonl"),
    ("news_dev118.jsonl", "news_dev118_docs.txt", "news_dev118_corpus.jsonl"),
    ("news_dev119.jsonl", "news_dev119_docs.txt", "news_dev119_corpus.jsonl"),
    ("news_dev120.jsonl", "news_dev120_docs.txt", "news_dev120_corpus.jsonl"),
    ("news_dev121.jsonl", "news_dev121_docs.txt", "news_dev121_corpus.jsonl"),
    ("news_dev122.jsonl", "news_dev122_docs.txt", "news_dev122_corpus.jsonl"),
    ("news_dev123.jsonl", "news_dev123_docs.txt", "news_dev123_corpus.jsonl"),
    ("news_dev124.jsonl", "news_dev124_docs.txt", "news_dev124_corpus.jsonl"),
    ("news_dev125.jsonl", "news_dev125_docs.txt", "news_dev125_corpus.jsonl"),
    ("news_dev126.jsonl", "news_dev126_docs.txt", "news_dev126_corpus.jsonl"),
    ("news_dev127.jsonl", "news_dev127_docs.txt", "news_dev127_corpus.jsonl"),
    ("news_dev128.jsonl", "news_dev128_docs.txt", "news_dev128_corpus.jsonl"),
    ("news_dev131.jsonl", "news_dev131_docs.txt", "news_dev131_corpus.jsonl"),
    ("news_dev133.jsonl", "news_dev133_docs.txt", "news_dev133_corpus.jsonl"),
    ("news_dev134.jsonl", "news_dev134_docs.txt", "news_dev134_corpus.jsonl"),
    ("news_dev135.jsonl", "news_dev135_docs.txt", "news_dev135_corpus.jsonl"),
    ("news_dev136.jsonl", "news_dev136_docs.txt", "news_dev136_corpus.jsonl"),
    ("news_dev137.jsonl", "news_dev137_docs.txt", "news_dev137_corpus.jsonl"),
    ("news_dev138.jsonl", "news_dev138_docs.txt", "news_dev138_corpus.jsonl"),
    ("news_dev146.jsonl", "news_dev146_docs.txt", "news_dev146_corpus.jsonl"),
    ("news_dev151.jsonl", "news_dev151_docs.txt", "news_dev151_corpus.jsonl"),
    ("news_dev152.jsonl", "news_dev152_docs.txt", "news_dev152_corpus.jsonl"),
    ("news_dev156.jsonl", "news_dev156_docs.txt", "news_dev156_corpus.jsonl"),
    ("news_dev160.jsonl", "news_dev160_docs.txt", "news_dev160_corpus.jsonl"),
    ("news_dev163.jsonl", "news_dev163_docs.txt", "news_dev163_corpus.jsonl"),
    ("news_dev168.jsonl", "news_dev168_docs.txt", "news_dev168_corpus.jsonl"),
    ("news_dev169.jsonl", "news_dev169_docs.txt", "news_dev169_corpus.jsonl"),
    ("news_dev170.jsonl", "news_dev170_docs.txt", "news_dev170_corpus.jsonl"),
    ("news_dev171.jsonl", "news_dev171_docs.txt", "news_dev171_corpus.jsonl"),
    ("news_dev172.jsonl", "news_dev172_docs.txt", "news_dev172_corpus.jsonl"),
    ("news_dev173.jsonl", "news_dev173_docs.txt", "news_dev173_corpus.jsonl"),
    ("news_dev174.jsonl", "news_dev174_docs.txt", "news_dev174_corpus.jsonl"),
    ("news_dev175.jsonl", "news_dev175_docs.txt", "news_dev175_corpus.jsonl"),
    ("news_dev176.jsonl", "news_dev176_docs.txt", "news_dev176_corpus.jsonl"),
    ("news_dev177.jsonl", "news_dev177_docs.txt", "news_dev177_corpus.jsonl"),
    ("news_dev178.jsonl", "news_dev178_docs.txt", "news_dev178_corpus.jsonl"),
    ("news_dev179.jsonl", "news_dev179_docs.txt", "news_dev179_corpus.jsonl"),
    ("news_dev180.jsonl", "news_dev180_docs.txt", "news_dev180_corpus.jsonl"),
    ("news_dev181.jsonl", "news_dev181_docs.txt", "news_dev181_corpus.jsonl"),
    ("news_dev182.jsonl", "news_dev182_docs.txt", "news_dev182_corpus.jsonl"),
    ("news_dev183.jsonl", "news_dev183_docs.txt", "news_dev183_corpus.jsonl"),
    ("news_dev184.jsonl", "news_dev184_docs.txt", "news_dev184_corpus.jsonl"),
    ("news_dev186.jsonl", "news_dev186_docs.txt", "news_dev186_corpus.jsonl"),
    ("news_dev187.jsonl", "news_dev187_docs.txt", "news_dev187_corpus.jsonl"),
    ("news_dev188.jsonl", "news_dev188_docs.txt", "news_dev188_corpus.jsonl"),
    ("news_dev189.jsonl", "news_dev189_docs.txt", "news_dev189_corpus.jsonl"),
    ("news_dev190.jsonl", "news_dev190_docs.txt", "news_dev190_corpus.jsonl"),
    ("news_dev191.jsonl", "news_dev191_docs.txt", "news_dev191_corpus.jsonl"),
    ("news_dev192.jsonl", "news_dev192_docs.txt", "news_dev192_corpus.jsonl"),
    ("news_dev193.jsonl", "news_dev193_docs.txt", "news_dev193_corpus.jsonl"),
    ("news_dev194.jsonl", "news_dev194_docs.txt", "news_dev194_corpus.jsonl"),
    ("news_dev195.jsonl", "news_dev195_docs.txt", "news_dev195_corpus.jsonl"),
    ("news_dev196.jsonl", "news_dev196_docs.txt", "news_dev196_corpus.jsonl"),
    ("news_dev197.jsonl", "news_dev197_docs.txt", "news_dev197_corpus.jsonl"),
    ("news_dev198.jsonl", "news_dev198_docs.txt", "news_dev198_corpus.jsonl"),
    ("news_dev199.jsonl", "news_dev199_docs.txt", "news_dev199_corpus.jsonl"),
    ("news_dev200.jsonl", "news_dev200_docs.txt", "news_dev200_corpus.jsonl"),
    ("news_dev204.jsonl", "news_dev204_docs.txt", "news_dev204_corpus.jsonl"),
    ("news_dev208.jsonl", "news_dev208_docs.txt", "news_dev208_corpus.jsonl"),
    ("news_dev209.jsonl", "news_dev209_docs.txt", "news_dev209_corpus.jsonl"),
    ("news_dev210.jsonl", "news_dev210_docs.txt", "news_dev210_corpus.jsonl"),
    ("news_dev211.jsonl", "news_dev211_docs.txt", "news_dev211_corpus.jsonl"),
    ("news_dev212.jsonl", "news_dev212_docs.txt", "news_dev212_corpus.jsonl"),
    ("news_dev213.jsonl", "news_dev213_docs.txt", "news_dev213_corpus.jsonl"),
    ("news_dev214.jsonl", "news_dev214_docs.txt", "news_dev214_corpus.jsonl"),
    ("news_dev215.jsonl", "news_dev215_docs.txt", "news_dev215_corpus.jsonl"),
    ("news_dev216.jsonl", "news_dev216_docs.txt", "news_dev216_corpus.jsonl"),
    ("news_dev217.jsonl", "news_dev217_docs.txt", "news_dev217_corpus.jsonl"),
    ("news_dev218.jsonl", "news_dev218_docs.txt", "news_dev218_corpus.jsonl"),
    ("news_dev219.jsonl", "news_dev219_docs.txt", "news_dev219_corpus.jsonl"),
    ("news_dev220.jsonl", "news_dev220_docs.txt", "news_dev220_corpus.jsonl"),
    ("news_dev221.jsonl", "news_dev221_docs.txt", "news_dev221_corpus.jsonl"),
    ("news_dev222.jsonl", "news_dev222_docs.txt", "news_dev222_corpus.jsonl"),
    ("news_dev223.jsonl", "news_dev223_docs.txt", "news_dev223_corpus.jsonl"),
    ("news_dev224.jsonl", "news_dev224_docs.txt", "news_dev224_corpus.jsonl"),
    ("news_dev207.jsonl", "news_dev207_docs.txt", "news_dev207_corpus.jsonl"),
    ("news_dev205.jsonl", "news_dev205_docs.txt", "news_dev205_corpus.jsonl"),
    ("news_dev201.jsonl", "news_dev201_docs.txt", "news_dev201_corpus.jsonl"),
    ("news_dev206.jsonl", "news_dev206_docs.txt", "news_dev206_corpus.jsonl"),
    ("news_dev203.jsonl", "news_dev203_docs.txt", "news_dev203_corpus.jsonl"),
    ("news_dev202.jsonl", "news_dev202_docs.txt", "news_dev202_corpus.jsonl"),
    ("news_dev185.jsonl", "news_dev185_docs.txt", "news_dev185_corpus.jsonl"),
    ("news_dev166.jsonl", "news_dev166_docs.txt", "news_dev166_corpus.jsonl"),
    ("news_dev162.jsonl", "news_dev162_docs.txt", "news_dev162_corpus.jsonl"),
    ("news_dev167.jsonl", "news_dev167_docs.txt", "news_dev167_corpus.jsonl"),
    ("news_dev161.jsonl", "news_dev161_docs.txt", "news_dev161_corpus.jsonl"),
    ("news_dev165.jsonl", "news_dev165_docs.txt", "news_dev165_corpus.jsonl"),
    ("news_dev164.jsonl", "news_dev164_docs.txt", "news_dev164_corpus.jsonl"),
    ("news_dev159.jsonl", "news_dev159_docs.txt", "news_dev159_corpus.jsonl"),
    ("news_dev158.jsonl", "news_dev158_docs.txt", "news_dev158_corpus.jsonl"),
    ("news_dev157.jsonl", "news_dev157_docs.txt", "news_dev157_corpus.jsonl"),
    ("news_dev155.jsonl", "news_dev155_docs.txt", "news_dev155_corpus.jsonl"),
    ("news_dev154.jsonl", "news_dev154_docs.txt", "news_dev154_corpus.jsonl"),
    ("news_dev153.jsonl", "news_dev153_docs.txt", "news_dev153_corpus.jsonl"),
    ("news_dev147.jsonl", "news_dev147_docs.txt", "news_dev147_corpus.jsonl"),
    ("news_dev148.jsonl", "news_dev148_docs.txt", "news_dev148_corpus.jsonl"),
    ("news_dev149.jsonl", "news_dev149_docs.txt", "news_dev149_corpus.jsonl"),
    ("news_dev150.jsonl", "news_dev150_docs.txt", "news_dev150_corpus.jsonl"),
    ("news_dev140.jsonl", "news_dev140_docs.txt", "news_dev140_corpus.jsonl"),
    ("news_dev141.jsonl", "news_dev141_docs.txt", "news_dev141_corpus.jsonl"),
    ("news_dev139.jsonl", "news_dev139_docs.txt", "news_dev139_corpus.jsonl"),
    ("news_dev144.jsonl", "news_dev144_docs.txt", "news_dev144_corpus.jsonl"),
    ("news_dev145.jsonl", "news_dev145_docs.txt", "news_dev145_corpus.jsonl"),
    ("news_dev143.jsonl", "news_dev143_docs.txt", "news_dev143_corpus.jsonl"),
    ("news_dev142.jsonl", "news_dev142_docs.txt", "news_dev142_corpus.jsonl"),
    ("news_dev132.jsonl", "news_dev132_docs.txt", "news_dev132_corpus.jsonl"),
    ("news_dev130.jsonl", "news_dev130_docs.txt", "news_dev130_corpus.jsonl"),
    ("news_dev129.jsonl", "news_dev129_docs.txt", "news_dev129_corpus.jsonl"),
]
# Independent annotations of documents already annotated above (annotator agreement); the
# two VOA ones cover all 75 stories each.
SECOND_ANNOTATIONS = [
    ("news_dev15_ind.jsonl", "news_dev15_ind_docs.txt", "news_dev15_corpus.jsonl"),
    ("news_dev17_ind.jsonl", "news_dev17_ind_docs.txt", "news_dev17_corpus.jsonl"),
    ("voa_ind_a.jsonl", "voa_ind_a_docs.txt", "voa"),
    ("voa_ind_b.jsonl", "voa_ind_b_docs.txt", "voa"),
]
GOLD_SETS = FIRST_ANNOTATIONS + SECOND_ANNOTATIONS


@pytest.mark.parametrize(("gold", "docs", "corpus"), GOLD_SETS, ids=[g for g, _, _ in GOLD_SETS])
def test_gold_set_is_valid(gold, docs, corpus):
    gold, docs = GOLD_DIR / gold, GOLD_DIR / docs
    if corpus == "tbaq":
        if not validate.DEFAULT_TBAQ.exists():
            pytest.skip(f"TempEval-3 corpus not found at {validate.DEFAULT_TBAQ}")
        errors, _warnings = validate.check_tbaq(gold=gold, docs_list=docs)
    elif corpus == "voa":
        if not validate.DEFAULT_VOA.exists():
            pytest.skip(f"VOA corpus not found at {validate.DEFAULT_VOA}")
        errors, _warnings = validate.check_voa(gold=gold, docs_list=docs)
    else:
        errors, _warnings = validate.check_voa(GOLD_DIR / corpus, gold=gold, docs_list=docs)
        assert docs.read_text(encoding="utf-8").split() == _corpus_ids(GOLD_DIR / corpus)
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("corpus", ["voa", "tbaq"])
def test_gold_sets_over_one_corpus_cover_different_documents(corpus):
    seen: dict[str, str] = {}
    for _gold, docs, where in FIRST_ANNOTATIONS:
        if where != corpus:
            continue
        listed = (GOLD_DIR / docs).read_text(encoding="utf-8").split()
        assert listed, docs
        for doc in listed:
            assert doc not in seen, f"{doc} is in {docs} and {seen.get(doc)}"
            seen[doc] = docs
