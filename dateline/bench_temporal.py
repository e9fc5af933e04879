"""Throughput of the temporal tagger against dateparser's search_dates on the same texts.

One process, one core, wall-clock time with time.perf_counter. Usage:

    python -m dateline.bench_temporal ../shared/corpora/tempeval3/tbaq
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime
from pathlib import Path

REFERENCE = date(2011, 3, 18)


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def bench_tagger(texts: list[str], repeat: int = 3, dct: date = REFERENCE) -> dict:
    """Words per second of ``extractors.temporal.tag`` and ``dateparser.search.search_dates``.

    The tagger runs ``repeat`` times (best run kept, after one warm-up pass that also
    compiles the grammar); search_dates runs once, English only, with the same reference date.
    """
    from dateparser.search import search_dates

    from extractors.temporal import tag

    words = _words(texts)
    for t in texts[:5]:
        tag(t, dct)
    best = float("inf")
    n_tagger = 0
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        n_tagger = sum(len(tag(t, dct)) for t in texts)
        best = min(best, time.perf_counter() - t0)

    settings = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)}
    search_dates(texts[0][:200], languages=["en"], settings=settings)  # warm-up
    t0 = time.perf_counter()
    n_dp = 0
    for t in texts:
        found = search_dates(t, languages=["en"], settings=settings)
        n_dp += len(found or [])
    dp_seconds = time.perf_counter() - t0

    tagger_wps = words / best if best else float("inf")
    dp_wps = words / dp_seconds if dp_seconds else float("inf")
    return {
        "texts": len(texts),
        "words": words,
        "tagger_seconds": best,
        "tagger_words_per_s": tagger_wps,
        "tagger_expressions": n_tagger,
        "search_dates_seconds": dp_seconds,
        "search_dates_words_per_s": dp_wps,
        "search_dates_expressions": n_dp,
        "speedup": tagger_wps / dp_wps if dp_wps else float("inf"),
    }


def _load_texts(paths: list[str]) -> list[str]:
    from dateline.timeml import _expand, read_timeml

    tml = _expand(paths)
    texts = [read_timeml(p).text for p in tml if p.suffix == ".tml"]
    texts += [Path(p).read_text(encoding="utf-8") for p in tml if p.suffix != ".tml"]
    return texts


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if not args:
        print("usage: python -m dateline.bench_temporal DIR_OR_FILE...", file=sys.stderr)
        return 2
    r = bench_tagger(_load_texts(args))
    print(f"texts {r['texts']}, words {r['words']}")
    print(
        f"extractors.temporal.tag   {r['tagger_words_per_s']:>10,.0f} words/s "
        f"({r['tagger_seconds']:.3f} s, {r['tagger_expressions']} expressions)"
    )
    print(
        f"dateparser search_dates   {r['search_dates_words_per_s']:>10,.0f} words/s "
        f"({r['search_dates_seconds']:.3f} s, {r['search_dates_expressions']} expressions)"
    )
    print(f"speed-up x{r['speedup']:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
