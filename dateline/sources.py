"""Readers of raw input: text folders with a manifest, single text files, JSON Lines corpora.

They turn bytes into ``Document`` records and every unusable input into a ``Problem`` that
says why; they never raise on bad data, so one broken file cannot stop a batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from extractors.ids import stable_id
from extractors.records import Document

MANIFEST = "manifest.jsonl"
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TIMEML_SUFFIXES = {".tml"}


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be used, and why."""

    source: str
    path: str
    reason: str  # empty | binary | encoding | json | field | date | manifest | missing
    detail: str
    line: int | None = None
    excerpt: str | None = None


class BadInput(ValueError):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Document | Problem]:
    """Yield documents and problems from files and folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path)
        elif not path.exists():
            yield Problem(path.name, str(path), "missing", f"{path} does not exist")
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl(path)
        elif path.suffix.lower() in TIMEML_SUFFIXES:
            yield from _read_timeml(path)
        else:
            yield from _read_text_file(path, {})


def decode_text(raw: bytes) -> str:
    """Decode a text file, refusing what is empty, binary or not in a known encoding."""
    if not raw.strip():
        raise BadInput("empty", "the file is empty or holds only white space")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw[:4096]:
        raise BadInput("binary", "the file holds NUL bytes: binary data, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadInput(
            "encoding", f"not valid UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start})"
        ) from None
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 4096):
        raise BadInput("binary", "the file is mostly control characters: binary data, not text")
    return text.replace("\r\n", "\n")


def parse_published(value: object) -> date | None:
    """Publication date from a manifest or record field; None when absent."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadInput("date", f"publication date {value!r} is not a string")
    text = value.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise BadInput("date", f"publication date {value!r} is not an ISO 8601 date") from None


def _excerpt(raw: bytes | str, limit: int = 200) -> str:
    if isinstance(raw, bytes):
        raw = raw[:limit].decode("utf-8", errors="replace")
    return raw[:limit]


def _read_folder(folder: Path) -> Iterator[Document | Problem]:
    """A folder's files, then its sub-folders (each with its own manifest); hidden ones skipped."""
    manifest: dict[str, dict] = {}
    manifest_path = folder / MANIFEST
    if manifest_path.exists():
        manifest = yield from _read_manifest(manifest_path)
    entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    for path in entries:
        if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES:
            yield from _read_text_file(path, manifest.get(path.name, {}))
        elif path.is_file() and path.suffix.lower() in JSONL_SUFFIXES and path.name != MANIFEST:
            yield from _read_jsonl(path)
        elif path.is_file() and path.suffix.lower() in TIMEML_SUFFIXES:
            yield from _read_timeml(path)
    for path in entries:
        if path.is_dir():
            yield from _read_folder(path)


def _read_manifest(path: Path) -> Iterator[Problem]:
    """Yield problems; return the usable entries keyed by file name."""
    entries: dict[str, dict] = {}
    for number, line in enumerate(path.read_text("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as err:
            yield Problem(
                path.name,
                str(path),
                "manifest",
                f"malformed JSON: {err.msg}",
                number,
                _excerpt(line),
            )
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            yield Problem(
                path.name, str(path), "manifest", "entry has no 'file' name", number, _excerpt(line)
            )
            continue
        entry["_line"] = number
        entries[entry["file"]] = entry
    return entries


def _read_text_file(path: Path, entry: dict) -> Iterator[Document | Problem]:
    try:
        raw = path.read_bytes()
        text = decode_text(raw)
    except BadInput as bad:
        yield Problem(path.name, str(path), bad.reason, bad.detail, None, _excerpt(raw))
        return
    published, problem = _entry_date(entry, path, entry.get("published"))
    if problem:
        yield problem
    sections = entry.get("sections") or []
    if not sections:
        yield _document(
            path.name, text, 0, len(text), published, entry.get("title"), entry.get("url"), None
        )
        return
    yield from _split_sections(path, text, entry, published)


def _entry_date(entry: dict, path: Path, value: object) -> tuple[date | None, Problem | None]:
    try:
        return parse_published(value), None
    except BadInput as bad:
        detail = f"{bad.detail}; the document is processed without a publication date"
        return None, Problem(
            path.name, str(path), bad.reason, detail, entry.get("_line"), _excerpt(str(value))
        )


def _split_sections(
    path: Path, text: str, entry: dict, published: date | None
) -> Iterator[Document | Problem]:
    """A multi-post page: each post starts at a line holding its title and has its own date."""
    starts: list[tuple[int, dict]] = []
    cursor = 0
    for section in entry["sections"]:
        title = (section.get("title") or "").strip()
        at = _find_line(text, title, cursor) if title else -1
        if at < 0:
            yield Problem(
                path.name,
                str(path),
                "manifest",
                f"section title {title!r} not found as a line of the text; its text stays with the page",
                entry.get("_line"),
                _excerpt(title),
            )
            continue
        starts.append((at, section))
        cursor = at + len(title)
    first = starts[0][0] if starts else len(text)
    if text[:first].strip():
        yield _document(
            path.name, text, 0, first, published, entry.get("title"), entry.get("url"), None
        )
    for index, (start, section) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        date_, problem = _entry_date(entry, path, section.get("published"))
        if problem:
            yield problem
        title = section["title"].strip()
        yield _document(path.name, text, start, end, date_, title, section.get("url"), title)


def _find_line(text: str, line: str, start: int) -> int:
    at = text.find(line, start)
    while at >= 0:
        before = at == 0 or text[at - 1] == "\n"
        after = at + len(line) == len(text) or text[at + len(line)] in "\r\n"
        if before and after:
            return at
        at = text.find(line, at + 1)
    return -1


def _document(
    source: str,
    text: str,
    start: int,
    end: int,
    published: date | None,
    title: str | None,
    url: str | None,
    section: str | None,
) -> Document:
    return Document(
        doc_id=stable_id(text[start:end], section),
        source=source,
        text=text,
        start=start,
        end=end,
        published=published,
        published_source="none" if published is None else "manifest",
        section=section,
        title=title,
        url=url,
    )


def _read_jsonl(path: Path) -> Iterator[Document | Problem]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            yield from _record(path, number, raw)


def _record(path: Path, number: int, raw: bytes) -> Iterator[Document | Problem]:
    """One JSON Lines record; a bad date is reported and the text still processed undated."""

    def problem(reason: str, detail: str, source: str | None = None) -> Problem:
        return Problem(
            source or f"{path.name}:{number}", str(path), reason, detail, number, _excerpt(raw)
        )

    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        yield problem("encoding", "line is not valid UTF-8")
        return
    except json.JSONDecodeError as err:
        yield problem("json", f"malformed JSON: {err.msg} at column {err.colno}")
        return
    if not isinstance(record, dict):
        yield problem("json", "line is not a JSON object")
        return
    rid = record.get("id")
    if not isinstance(rid, str | int) or isinstance(rid, bool) or rid == "":
        yield problem("field", "record has no 'id'")
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield problem("empty", "record has no text", str(rid))
        return
    try:
        published = parse_published(record.get("published"))
    except BadInput as bad:
        published = None
        yield problem(
            bad.reason,
            f"{bad.detail}; the record is processed without a publication date",
            str(rid),
        )
    text = text.replace("\r\n", "\n")
    yield Document(
        doc_id=stable_id(text, None),
        source=str(rid),
        text=text,
        start=0,
        end=len(text),
        published=published,
        published_source="none" if published is None else "record",
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
    )


def _read_timeml(path: Path) -> Iterator[Document | Problem]:
    """A TimeML news file: the text of ``<TEXT>``, dated by its document creation time."""
    from dateline.timeml import parse_timeml

    try:
        raw = path.read_bytes()
        doc = parse_timeml(decode_text(raw), path)
    except BadInput as bad:
        yield Problem(path.name, str(path), bad.reason, bad.detail, None, _excerpt(raw))
        return
    except ValueError as err:
        yield Problem(
            path.name, str(path), "timeml", f"not a TimeML document: {err}", None, _excerpt(raw)
        )
        return
    if not doc.text.strip():
        yield Problem(path.name, str(path), "empty", "the TimeML <TEXT> element is empty")
        return
    yield Document(
        doc_id=stable_id(doc.text, None),
        source=path.name,
        text=doc.text,
        start=0,
        end=len(doc.text),
        published=doc.dct,
        published_source="none" if doc.dct is None else "record",
    )
