"""A synthetic news corpus of any size, made by re-dating and recombining real stories.

Every synthetic document is a *report* of a *story*: a run of consecutive sentences of one
real document (seed or VOA), optionally followed by a background paragraph taken from
another, with every year in the text and the publication date moved by the story's year
shift. A story is reported by one to four documents published within a few days of each
other, so the corpus holds the duplicate reports of one event that grouping must merge, and
its dates spread over decades the way an archive's do. The corpus is deterministic for a
given size and seed, and streamed to JSON Lines shards so its size never sits in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from dateline.sources import read_inputs
from extractors.records import Document
from extractors.sentences import split_sentences

SHARD_SIZE = 10_000
YEAR_SHIFTS = range(-12, 9)  # stories land between the 1990s and the 2030s
_YEAR = re.compile(r"(?<![\d-])(19[5-9]\d|20[0-4]\d)(?![\d-])")


@dataclass(frozen=True)
class Base:
    """A real document cut into sentences: the material reports are made of."""

    title: str
    url: str | None
    published: date
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    paths: list[Path]
    docs: int
    words: int


def default_sources() -> list[Path]:
    """The repository's seed corpus plus the shared VOA stories, wherever they are found."""
    root = Path(__file__).resolve().parents[1]
    sources = [root / "seeds"]
    candidates = [
        os.environ.get("DATELINE_VOA", ""),
        root.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl",
        root / "shared" / "corpora" / "voa" / "voa_stories.jsonl",
        Path("/work/shared/corpora/voa/voa_stories.jsonl"),
    ]
    voa = next((Path(c) for c in candidates if c and Path(c).is_file()), None)
    if voa:
        sources.append(voa)
    return [s for s in sources if s.exists()]


def load_bases(sources: Sequence[str | Path]) -> list[Base]:
    bases = []
    for doc in read_inputs(sources):
        if not isinstance(doc, Document):
            continue
        sentences = tuple(
            " ".join(doc.text[a:b].split())
            for a, b in split_sentences(doc.text, doc.start, doc.end)
        )
        sentences = tuple(s for s in sentences if len(s.split()) >= 4)
        if len(sentences) < 3:
            continue
        bases.append(
            Base(
                title=doc.title or sentences[0][:80],
                url=doc.url,
                published=doc.published or date(2011, 1, 1),
                sentences=sentences,
            )
        )
    if not bases:
        raise ValueError(f"no usable documents in {[str(s) for s in sources]}")
    return bases


def shift_years(text: str, years: int) -> str:
    """Move every plausible year in ``text`` by ``years`` (1950-2049; not parts of numbers)."""
    if not years:
        return text
    return _YEAR.sub(lambda m: str(int(m.group(1)) + years), text)


def _shift_date(day: date, years: int, days: int) -> date:
    try:
        moved = day.replace(year=day.year + years)
    except ValueError:  # 29 February
        moved = day.replace(year=day.year + years, day=28)
    return moved + timedelta(days=days)


def reports(n: int, bases: Sequence[Base], seed: int = 0) -> Iterator[dict]:
    """``n`` JSON Lines records (id, published, title, url, text), all texts distinct."""
    rng = random.Random(seed)
    seen: set[bytes] = set()
    made = 0
    while made < n:
        base = rng.choice(bases)
        years = rng.choice(YEAR_SHIFTS)
        story_day = _shift_date(base.published, years, 0)
        for _ in range(min(rng.choice((1, 1, 2, 2, 3, 4)), n - made)):
            for _attempt in range(20):
                text = _report_text(rng, base, bases, years)
                digest = hashlib.blake2b(text.encode(), digest_size=16).digest()
                if digest not in seen:
                    break
            else:
                continue
            seen.add(digest)
            published = story_day + timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)))
            yield {
                "id": f"syn-{made:07d}",
                "published": published.isoformat(),
                "title": shift_years(base.title, years),
                "url": f"{base.url}#syn-{made}" if base.url else None,
                "text": text,
            }
            made += 1


def _report_text(rng: random.Random, base: Base, bases: Sequence[Base], years: int) -> str:
    count = len(base.sentences)
    length = min(count, rng.randint(5, 15))
    start = 0 if rng.random() < 0.5 else rng.randint(0, count - length)
    paragraphs = [" ".join(base.sentences[start : start + length])]
    if rng.random() < 0.3:  # background from another story, as reports often carry
        other = rng.choice(bases)
        take = min(len(other.sentences), rng.randint(2, 4))
        at = rng.randint(0, len(other.sentences) - take)
        paragraphs.append(" ".join(other.sentences[at : at + take]))
    return shift_years("\n\n".join(paragraphs), years)


def write_corpus(
    n: int, folder: str | Path, sources: Sequence[str | Path] | None = None, seed: int = 0
) -> Corpus:
    """Write ``n`` synthetic documents as JSON Lines shards in ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("synthetic-*.jsonl"):
        old.unlink()
    bases = load_bases(sources or default_sources())
    paths: list[Path] = []
    words = docs = 0
    handle = None
    try:
        for record in reports(n, bases, seed):
            if docs % SHARD_SIZE == 0:
                if handle:
                    handle.close()
                paths.append(folder / f"synthetic-{len(paths):04d}.jsonl")
                handle = paths[-1].open("w", encoding="utf-8")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            words += len(record["text"].split())
            docs += 1
    finally:
        if handle:
            handle.close()
    return Corpus(paths, docs, words)
