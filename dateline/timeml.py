"""TimeML reading/writing and TempEval-3 Task A scoring of the temporal tagger.

The scorer follows the TempEval-3 conventions: strict match = same span, relaxed match =
overlapping spans; type/value accuracy are measured among relaxed matches, and value F1 =
relaxed F1 x value accuracy (the headline figure of the task).

Run ``python -m dateline.timeml DIR...`` to print the figures for a corpus.
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>.*?</DCT>", re.S)
_VALUE = re.compile(r'value="(\d{4})-?(\d\d)-?(\d\d)')
_LINKS = re.compile(
    r"<(?:TLINK|SLINK|ALINK|MAKEINSTANCE)\b[^>]*/>\s*|<(?:TLINK|SLINK|ALINK|MAKEINSTANCE)\b.*?</\w+>\s*",
    re.S,
)


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None


@dataclass
class TimeMLDoc:
    path: Path | None
    source: str  # the whole file content
    dct: date | None
    text: str  # raw text of <TEXT>, tags stripped, entities decoded
    timexes: list[GoldTimex] = field(default_factory=list)


def _strip(fragment: str) -> tuple[str, list[GoldTimex]]:
    """Text of a TimeML fragment without tags, and the TIMEX3 spans in it."""
    out: list[str] = []
    length = 0
    pos = 0
    open_timex: tuple[int, dict] | None = None
    found: list[GoldTimex] = []
    for m in _TAG.finditer(fragment):
        chunk = html.unescape(fragment[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs, selfclose = m.groups()
        if name != "TIMEX3":
            continue
        if not closing and not selfclose:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif closing and open_timex is not None:
            s, a = open_timex
            text = "".join(out)[s:length]
            found.append(
                GoldTimex(s, length, text, a.get("type", "DATE"), a.get("value"), a.get("mod"))
            )
            open_timex = None
    out.append(html.unescape(fragment[pos:]))
    return "".join(out), found


def parse_timeml(source: str, path: Path | None = None) -> TimeMLDoc:
    dct = None
    m = _DCT.search(source)
    if m:
        v = _VALUE.search(m.group())
        if v:
            dct = date(int(v.group(1)), int(v.group(2)), int(v.group(3)))
    i = source.find("<TEXT>")
    j = source.find("</TEXT>")
    body = source[i + len("<TEXT>") : j] if i >= 0 and j > i else ""
    text, timexes = _strip(body)
    return TimeMLDoc(path, source, dct, text, timexes)


def read_timeml(path: str | Path) -> TimeMLDoc:
    """Read a TimeML file: DCT, raw text of <TEXT>, gold TIMEX3s with offsets into it."""
    p = Path(path)
    return parse_timeml(p.read_text(encoding="utf-8"), p)


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_timeml(doc: TimeMLDoc, timexes: Iterable) -> str:
    """The original file with <TEXT> re-annotated by the system's TIMEX3s only.

    Everything outside <TEXT> is kept (the DCT block included) except the link and
    instance elements, which refer to annotations that are no longer there.
    """
    src = doc.source
    i = src.find("<TEXT>")
    j = src.find("</TEXT>")
    parts: list[str] = []
    pos = 0
    for n, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if t.start < pos:
            continue
        r = t.resolution
        attrs = f'tid="t{n}" type="{r.type}" value="{_escape(r.value or "XXXX-XX-XX")}"'
        if r.mod:
            attrs += f' mod="{r.mod}"'
        parts.append(_escape(doc.text[pos : t.start]))
        parts.append(f"<TIMEX3 {attrs}>{_escape(doc.text[t.start : t.end])}</TIMEX3>")
        pos = t.end
    parts.append(_escape(doc.text[pos:]))
    head, tail = src[: i + len("<TEXT>")], src[j:]
    return head + "".join(parts) + _LINKS.sub("", tail)


# ---------------------------------------------------------------- scoring


def _prf(tp_p: int, tp_r: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(pairs: Iterable[tuple[list, list]]) -> dict:
    """TempEval-3 Task A figures over (gold timexes, system timexes) pairs, one per document.

    Both lists hold objects with ``start``, ``end``, ``type``, ``value``. Each gold timex is
    matched to at most one system timex (the first overlapping one, exact spans first).
    """
    n_gold = n_sys = strict = relaxed_g = relaxed_s = type_ok = value_ok = 0
    for gold, system in pairs:
        n_gold += len(gold)
        n_sys += len(system)
        sys_spans = {(s.start, s.end) for s in system}
        gold_spans = {(g.start, g.end) for g in gold}
        strict += len(sys_spans & gold_spans)
        relaxed_s += sum(
            1 for s in system if any(g.start < s.end and s.start < g.end for g in gold)
        )
        used: set[int] = set()
        for g in gold:
            cands = [
                k
                for k, s in enumerate(system)
                if k not in used and s.start < g.end and g.start < s.end
            ]
            if not cands:
                continue
            exact = [k for k in cands if (system[k].start, system[k].end) == (g.start, g.end)]
            k = (exact or cands)[0]
            used.add(k)
            s = system[k]
            relaxed_g += 1
            type_ok += (s.type or "").upper() == (g.type or "").upper()
            value_ok += (s.value or "").upper() == (g.value or "").upper()
    sp, sr, sf = _prf(strict, strict, n_sys, n_gold)
    rp, rr, rf = _prf(relaxed_s, relaxed_g, n_sys, n_gold)
    tacc = type_ok / relaxed_g if relaxed_g else 0.0
    vacc = value_ok / relaxed_g if relaxed_g else 0.0
    return {
        "strict_precision": sp,
        "strict_recall": sr,
        "strict_f1": sf,
        "relaxed_precision": rp,
        "relaxed_recall": rr,
        "relaxed_f1": rf,
        "type_accuracy": tacc,
        "value_accuracy": vacc,
        "value_f1": rf * vacc,
        "type_f1": rf * tacc,
        "n_gold": n_gold,
        "n_system": n_sys,
        "n_strict": strict,
        "n_relaxed": relaxed_g,
    }


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.rglob("*.tml")) if p.is_dir() else [p])
    return out


def evaluate_timeml(paths: list[Path]) -> dict:
    """Tag every TimeML file (directories expand to *.tml recursively) and score Task A."""
    from extractors.temporal import tag

    pairs = []
    for p in _expand(paths):
        doc = read_timeml(p)
        pairs.append((doc.timexes, tag(doc.text, doc.dct)))
    return score(pairs)


def write_system_output(paths: list[Path], out_dir: Path) -> list[Path]:
    """Write the tagger's TimeML (TempEval-3 system-output form) for each file into out_dir."""
    from extractors.temporal import tag

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for p in _expand(paths):
        doc = read_timeml(p)
        target = out_dir / p.name
        target.write_text(write_timeml(doc, tag(doc.text, doc.dct)), encoding="utf-8")
        written.append(target)
    return written


def format_scores(name: str, s: dict) -> str:
    pct = {k: 100 * v for k, v in s.items() if isinstance(v, float)}
    return (
        f"{name:<12} strict P/R/F1 {pct['strict_precision']:5.1f} {pct['strict_recall']:5.1f} "
        f"{pct['strict_f1']:5.1f} | relaxed P/R/F1 {pct['relaxed_precision']:5.1f} "
        f"{pct['relaxed_recall']:5.1f} {pct['relaxed_f1']:5.1f} | type acc {pct['type_accuracy']:5.1f} "
        f"F1 {pct['type_f1']:5.1f} | value acc {pct['value_accuracy']:5.1f} F1 {pct['value_f1']:5.1f}"
        f" | gold {s['n_gold']} sys {s['n_system']}"
    )


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if not args:
        print("usage: python -m dateline.timeml DIR_OR_FILE...", file=sys.stderr)
        return 2
    all_paths: list[Path] = []
    for a in args:
        p = Path(a)
        subdirs = [d for d in sorted(p.iterdir()) if d.is_dir()] if p.is_dir() else []
        for d in subdirs:
            print(format_scores(d.name, evaluate_timeml([d])))
        all_paths.append(p)
    print(format_scores("combined", evaluate_timeml(all_paths)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
