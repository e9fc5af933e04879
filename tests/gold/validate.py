"""Validate the hand-annotated event gold files against the annotation guideline.

Checks every line of ``tests/gold/seeds.jsonl`` (documents in the repo's ``seeds/`` folder,
section dates in ``seeds/manifest.jsonl``) and of ``tests/gold/voa.jsonl`` (documents in the
VOA JSON Lines corpus, by default ``../shared/corpora/voa/voa_stories.jsonl`` relative to the
repo root): required fields and value types, type/status vocabulary, date and killed formats,
evidence found exactly once in the source text (and inside the named section), trigger inside
evidence, section present in the manifest, and the covered-documents lists.

Usage: ``python tests/gold/validate.py [--voa PATH] [--seeds DIR]``. Stdlib only.
``--gold FILE --docs FILE`` checks one other gold file over the VOA corpus instead (for example
``tests/gold/voa_holdout.jsonl`` with ``tests/gold/voa_holdout_docs.txt``); add ``--tbaq [DIR]`` when
that file is over the TempEval-3 TBAQ corpus (for example ``tests/gold/tbaq_dev2.jsonl``).
Exit status 1 when any error is found; warnings do not fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent
REPO_ROOT = GOLD_DIR.parents[1]
DEFAULT_SEEDS = REPO_ROOT / "seeds"
DEFAULT_VOA = REPO_ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
DEFAULT_TBAQ = REPO_ROOT.parent / "shared" / "corpora" / "tempeval3" / "tbaq"

TYPES = {"strike", "raid", "attack", "meeting"}
STATUSES = {"occurred", "planned", "cancelled"}
REQUIRED = {
    "source": (str,),
    "evidence": (str,),
    "trigger": (str,),
    "type": (str,),
    "alt_types": (list,),
    "status": (str,),
    "date": (str, type(None)),
    "date_evidence": (str, type(None)),
    "event": (str,),
    "killed": (list, type(None)),
    "location": (str, type(None)),
}
OPTIONAL_FIELDS = {"section": (str,), "optional": (bool,)}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$")
EVENT_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MIN_WORDS, MAX_WORDS = 5, 25


class Doc:
    """A source document: its text and, for multi-post pages, the section spans."""

    def __init__(self, text: str, sections: dict[str, tuple[int, int]] | None = None):
        self.text = text
        self.sections = sections or {}


def valid_date(value: str) -> bool:
    """True for YYYY, YYYY-MM, YYYY-MM-DD and YYYY-Www values that name a real period."""
    m = DATE_RE.match(value)
    if not m:
        return False
    year, month, day, week = m.groups()
    try:
        if day:
            dt.date(int(year), int(month), int(day))
        elif month:
            if not 1 <= int(month) <= 12:
                return False
        elif week:
            dt.date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return False
    return True


def valid_killed(value: object) -> bool:
    """``null`` or ``[low, high]`` with a non-negative int low and int-or-null high >= low."""
    if value is None:
        return True
    if not isinstance(value, list) or len(value) != 2:
        return False
    low, high = value
    if isinstance(low, bool) or not isinstance(low, int) or low < 0:
        return False
    if high is None:
        return True
    return not isinstance(high, bool) and isinstance(high, int) and high >= low


def section_spans(text: str, titles: list[str]) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Locate each section title as a line of the text; a section runs to the next title."""
    errors = []
    starts = []
    for title in titles:
        hits = [m.start() for m in re.finditer(r"(?m)^" + re.escape(title) + r"\s*$", text)]
        if len(hits) != 1:
            errors.append(f"section title found {len(hits)} times as a line: {title!r}")
            continue
        starts.append((hits[0], title))
    starts.sort()
    spans = {}
    for i, (start, title) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        spans[title] = (start, end)
    return spans, errors


def load_seed_docs(seeds_dir: Path) -> tuple[dict[str, Doc], list[str]]:
    errors = []
    docs = {}
    manifest = seeds_dir / "manifest.jsonl"
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        path = seeds_dir / rec["file"]
        if not path.exists():
            errors.append(f"manifest names a missing file: {rec['file']}")
            continue
        text = path.read_text(encoding="utf-8")
        titles = [s["title"] for s in rec.get("sections") or []]
        spans, errs = section_spans(text, titles) if titles else ({}, [])
        errors += [f"{rec['file']}: {e}" for e in errs]
        docs[rec["file"]] = Doc(text, spans)
    return docs, errors


def load_voa_docs(path: Path) -> dict[str, Doc]:
    docs = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                docs[str(rec["id"])] = Doc(rec["text"])
    return docs


def load_tbaq_docs(root: Path) -> dict[str, Doc]:
    """TempEval-3 TimeML files under ``root`` (recursively), keyed by file name; the text is
    what ``dateline.timeml.read_timeml`` reads (the only non-stdlib dependency, imported here)."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from dateline.timeml import read_timeml

    return {p.name: Doc(read_timeml(p).text) for p in sorted(root.rglob("*.tml"))}


def check_row(row: object, docs: dict[str, Doc]) -> list[str]:
    """All guideline checks for one gold line; returns error messages."""
    if not isinstance(row, dict):
        return ["line is not a JSON object"]
    errs = []
    for key, types in REQUIRED.items():
        if key not in row:
            errs.append(f"missing field {key!r}")
        elif not isinstance(row[key], types) or isinstance(row[key], bool):
            errs.append(f"field {key!r} has wrong type {type(row[key]).__name__}")
    for key, types in OPTIONAL_FIELDS.items():
        if key in row and not isinstance(row[key], types):
            errs.append(f"field {key!r} has wrong type {type(row[key]).__name__}")
    unknown = set(row) - set(REQUIRED) - set(OPTIONAL_FIELDS)
    if unknown:
        errs.append(f"unknown fields {sorted(unknown)}")
    if errs:
        return errs

    if row.get("optional") is False:
        errs.append("'optional' should be omitted rather than false")
    if row["type"] not in TYPES:
        errs.append(f"unknown type {row['type']!r}")
    for alt in row["alt_types"]:
        if alt not in TYPES:
            errs.append(f"unknown alt type {alt!r}")
        elif alt == row["type"]:
            errs.append("alt_types repeats the type")
    if row["status"] not in STATUSES:
        errs.append(f"unknown status {row['status']!r}")
    if row["date"] is not None and not valid_date(row["date"]):
        errs.append(f"bad date {row['date']!r}")
    if (row["date"] is None) != (row["date_evidence"] is None):
        errs.append("date and date_evidence must be both null or both set")
    if not valid_killed(row["killed"]):
        errs.append(f"bad killed {row['killed']!r}")
    if not EVENT_RE.match(row["event"]):
        errs.append(f"bad event key {row['event']!r}")
    if row["location"] is not None and not row["location"].strip():
        errs.append("empty location (use null)")

    evidence, trigger = row["evidence"], row["trigger"]
    n_words = len(evidence.split())
    if not MIN_WORDS <= n_words <= MAX_WORDS:
        errs.append(f"evidence has {n_words} words (want {MIN_WORDS}-{MAX_WORDS})")
    if not trigger.strip() or trigger not in evidence:
        errs.append(f"trigger {trigger!r} not inside evidence")

    doc = docs.get(row["source"])
    if doc is None:
        errs.append(f"unknown source {row['source']!r}")
        return errs
    hits = [m.start() for m in re.finditer(re.escape(evidence), doc.text)]
    if len(hits) != 1:
        errs.append(f"evidence found {len(hits)} times in the source: {evidence!r}")
    if row["date_evidence"] is not None and row["date_evidence"] not in doc.text:
        errs.append(f"date_evidence not in the source: {row['date_evidence']!r}")
    section = row.get("section")
    if doc.sections:
        if section is None:
            errs.append("source has sections but the line names none")
        elif section not in doc.sections:
            errs.append(f"section not in the manifest: {section!r}")
        elif len(hits) == 1:
            start, end = doc.sections[section]
            if not start <= hits[0] < end:
                errs.append(f"evidence lies outside section {section!r}")
    elif section is not None:
        errs.append(f"source has no sections but the line names {section!r}")
    return errs


def check_gold(gold: Path, docs: dict[str, Doc], docs_list: Path) -> tuple[list[str], list[str]]:
    """Check a gold file and its covered-documents list; returns (errors, warnings)."""
    errors, warnings = [], []
    rows = []
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{gold.name}:{n}: invalid JSON ({exc})")
            continue
        errors += [f"{gold.name}:{n}: {e}" for e in check_row(row, docs)]
        rows.append((n, row))

    covered = [x.strip() for x in docs_list.read_text(encoding="utf-8").splitlines() if x.strip()]
    if len(set(covered)) != len(covered):
        errors.append(f"{docs_list.name}: duplicate document ids")
    for doc_id in covered:
        if doc_id not in docs:
            errors.append(f"{docs_list.name}: unknown document {doc_id!r}")

    seen = set()
    dates = defaultdict(set)
    for n, row in rows:
        if not isinstance(row, dict):
            continue
        src = row.get("source")
        if src not in covered:
            errors.append(f"{gold.name}:{n}: source {src!r} missing from {docs_list.name}")
        key = (src, row.get("section"), row.get("evidence"), row.get("event"))
        if key in seen:
            errors.append(f"{gold.name}:{n}: duplicate line")
        seen.add(key)
        if row.get("date") is not None:
            dates[row.get("event")].add(row["date"])
    for event, values in sorted(dates.items()):
        if len(values) > 1:
            warnings.append(f"{gold.name}: event {event!r} carries several dates {sorted(values)}")
    return errors, warnings


def check_seeds(
    seeds_dir: Path = DEFAULT_SEEDS,
    gold: Path = GOLD_DIR / "seeds.jsonl",
    docs_list: Path = GOLD_DIR / "seeds_docs.txt",
) -> tuple[list[str], list[str]]:
    docs, errors = load_seed_docs(seeds_dir)
    errs, warns = check_gold(gold, docs, docs_list)
    return errors + errs, warns


def check_voa(
    voa_path: Path = DEFAULT_VOA,
    gold: Path = GOLD_DIR / "voa.jsonl",
    docs_list: Path = GOLD_DIR / "voa_docs.txt",
) -> tuple[list[str], list[str]]:
    docs = load_voa_docs(voa_path)
    return check_gold(gold, docs, docs_list)


def check_tbaq(
    root: Path = DEFAULT_TBAQ,
    gold: Path = GOLD_DIR / "tbaq_events.jsonl",
    docs_list: Path = GOLD_DIR / "tbaq_events_docs.txt",
) -> tuple[list[str], list[str]]:
    return check_gold(gold, load_tbaq_docs(root), docs_list)


def summary(gold: Path) -> str:
    rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    required = [r for r in rows if not r.get("optional")]
    return (
        f"{gold.name}: {len(rows)} lines ({len(required)} required), "
        f"{len({r['event'] for r in rows})} events, {len({r['source'] for r in rows})} docs"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voa", type=Path, default=DEFAULT_VOA, help="VOA JSON Lines corpus")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="seed corpus folder")
    parser.add_argument("--gold", type=Path, help="check only this gold file over the VOA corpus")
    parser.add_argument("--docs", type=Path, help="covered-documents list of --gold")
    parser.add_argument(
        "--tbaq",
        type=Path,
        nargs="?",
        const=DEFAULT_TBAQ,
        help="--gold is over this TBAQ corpus folder instead of VOA (default: shared corpus)",
    )
    parser.add_argument(
        "--on-seeds",
        action="store_true",
        help="--gold is over the seed corpus (--seeds) instead of VOA",
    )
    args = parser.parse_args(argv)

    if args.gold or args.docs:
        if not (args.gold and args.docs):
            parser.error("--gold and --docs go together")
        if args.tbaq:
            if not args.tbaq.exists():
                parser.error(f"TBAQ corpus not found at {args.tbaq}")
            errors, warnings = check_tbaq(args.tbaq, args.gold, args.docs)
        elif args.on_seeds:
            errors, warnings = check_seeds(args.seeds, args.gold, args.docs)
        elif not args.voa.exists():
            parser.error(f"VOA corpus not found at {args.voa} (use --voa PATH)")
        else:
            errors, warnings = check_voa(args.voa, args.gold, args.docs)
        print(summary(args.gold))
        for w in warnings:
            print(f"warning: {w}")
        for e in errors:
            print(f"error: {e}")
        print("OK" if not errors else f"{len(errors)} error(s)")
        return 1 if errors else 0

    errors, warnings = check_seeds(args.seeds)
    print(summary(GOLD_DIR / "seeds.jsonl"))
    if args.voa.exists():
        errs, warns = check_voa(args.voa)
        errors += errs
        warnings += warns
        print(summary(GOLD_DIR / "voa.jsonl"))
    else:
        print(f"VOA corpus not found at {args.voa}: VOA gold not checked (use --voa PATH)")
    if DEFAULT_TBAQ.exists() and (GOLD_DIR / "tbaq_events.jsonl").exists():
        errs, warns = check_tbaq()
        errors += errs
        warnings += warns
        print(summary(GOLD_DIR / "tbaq_events.jsonl"))
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
