"""Words per second of the whole extraction (tagger + events) on one core.

Usage: ``python -m dateline.bench_extract [PATHS...] [--repeat N]`` (default: ``seeds/`` and
the VOA corpus). Documents are read once; only ``extractors.pipeline.extract`` is timed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

DEFAULT_PATHS = ("seeds", str(Path("..") / "shared" / "corpora" / "voa" / "voa_stories.jsonl"))


def bench(paths: Sequence[str], repeat: int = 5) -> dict[str, float]:
    """Best-of-``repeat`` throughput of ``extract`` over the documents in ``paths``."""
    from dateline.sources import read_inputs
    from extractors.pipeline import extract

    docs = [d for d in read_inputs(list(paths)) if hasattr(d, "doc_id")]
    words = sum(len(d.body.split()) for d in docs)
    extract(docs[0])  # warm the compiled patterns
    best = float("inf")
    mentions = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        mentions = sum(len(extract(d).mentions) for d in docs)
        best = min(best, time.perf_counter() - t0)
    return {
        "documents": len(docs),
        "words": words,
        "mentions": mentions,
        "seconds": round(best, 4),
        "words_per_second": round(words / best),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dateline.bench_extract")
    parser.add_argument("paths", nargs="*", default=list(DEFAULT_PATHS))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    r = bench(args.paths, args.repeat)
    print(
        f"{r['documents']} documents, {r['words']} words, {r['mentions']} mentions: "
        f"{r['seconds']:.3f} s best of {args.repeat} -> {r['words_per_second']} words/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
