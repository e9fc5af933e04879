"""Arrow schemas of every Parquet table, declared once.

Each column carries its description; the Parquet files carry them as field metadata and the
DuckDB build turns them into ``COMMENT ON COLUMN`` text, so the lake and the database file
document themselves from this one place.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = "3"


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: str  # column whose value identifies a row; a re-run never writes a key twice

    @property
    def schema(self) -> pa.Schema:
        fields = [
            pa.field(c.name, c.type, nullable=c.nullable, metadata={"description": c.description})
            for c in self.columns
        ]
        return pa.schema(
            fields,
            metadata={
                "table": self.name,
                "description": self.description,
                "schema_version": SCHEMA_VERSION,
            },
        )

    def description_of(self, column: str) -> str:
        return next(c.description for c in self.columns if c.name == column)


STR = pa.string()
INT = pa.int32()
DATE = pa.date32()
TS = pa.timestamp("us", tz="UTC")
STRS = pa.list_(pa.string())

_DATE_COLUMNS = (
    Column(
        "date_value",
        STR,
        "TIMEX3 value of the date: 2011-03-17, 2011-W37, 2011-03, 2011, 2011-Q2; null when unresolved.",
    ),
    Column("date_start", DATE, "First day the date covers (inclusive); null when unresolved."),
    Column("date_end", DATE, "Last day the date covers (inclusive); null when unresolved."),
    Column(
        "date_granularity",
        STR,
        "Precision of the date: day, week, month, season, quarter, half, year, decade; never padded to a finer one.",
    ),
    Column("date_type", STR, "exact | approximate | range | unresolved."),
    Column(
        "date_reason",
        STR,
        "How the date was chosen (which expression, in which scope, resolved how), or why it is unresolved.",
    ),
)

DOCUMENTS = Table(
    "documents",
    "One row per ingested document, or per section (post) of a multi-post page.",
    (
        Column(
            "doc_id",
            STR,
            "Stable content-derived id: hash of the source text and section title.",
            False,
        ),
        Column(
            "input_key",
            STR,
            "Hash of doc_id, publication date and extractor version: the incremental-run key.",
            False,
        ),
        Column(
            "source", STR, "File name for a text file, record id for a JSON Lines corpus.", False
        ),
        Column(
            "section",
            STR,
            "Title of the section (post) inside a multi-post page; null for a whole document.",
        ),
        Column("title", STR, "Document or section title."),
        Column("url", STR, "URL of the document or section, when known."),
        Column(
            "published", DATE, "Publication date of the document or section; null when unknown."
        ),
        Column(
            "published_source",
            STR,
            "Where the publication date came from: manifest, record or none.",
            False,
        ),
        Column(
            "text_start",
            INT,
            "Offset of the document or section in the source text (characters).",
            False,
        ),
        Column(
            "text_end",
            INT,
            "End offset (exclusive) of the document or section in the source text.",
            False,
        ),
        Column("n_chars", INT, "Length in characters of the document or section text.", False),
        Column(
            "n_words", INT, "Whitespace-separated words in the document or section text.", False
        ),
        Column(
            "content_hash", STR, "SHA-256 of the whole source text the offsets point into.", False
        ),
        Column(
            "extractor_version",
            STR,
            "Version of the extractors that produced this row's extractions.",
            False,
        ),
        Column("run_id", STR, "Run that extracted this document.", False),
        Column("extracted_at", TS, "When the document was extracted (UTC).", False),
    ),
    key="input_key",
)

TIMEXES = Table(
    "timexes",
    "Temporal expressions found in documents, resolved against the publication date.",
    (
        Column("timex_id", STR, "Stable id: hash of doc_id, extractor version and offsets.", False),
        Column("doc_id", STR, "Document the expression is in.", False),
        Column("extractor_version", STR, "Version of the extractors that produced the row.", False),
        Column(
            "input_key",
            STR,
            "Extraction of the document this row belongs to (documents.input_key).",
            False,
        ),
        Column("text", STR, "The expression as written.", False),
        Column("start", INT, "Start offset in the source text (characters).", False),
        Column("end", INT, "End offset (exclusive) in the source text.", False),
        Column("timex_type", STR, "TIMEX3 type: DATE, TIME, DURATION or SET.", False),
        Column(
            "value",
            STR,
            "TIMEX3 value (2011-03-17, 2011-W37, P3D, PRESENT_REF...); null when unresolved.",
        ),
        Column("mod", STR, "TIMEX3 mod (START, MID, END, APPROX, LESS_THAN, MORE_THAN...)."),
        Column(
            "date_start",
            DATE,
            "First day covered (inclusive); for a relative duration such as 'days later' the span it points to; null for other durations, sets and unresolved.",
        ),
        Column("date_end", DATE, "Last day covered (inclusive)."),
        Column(
            "granularity",
            STR,
            "Precision: time, day, week, month, season, quarter, half, year, decade, century.",
        ),
        Column("date_type", STR, "exact | approximate | range | unresolved.", False),
        Column("reason", STR, "How the value was found, or why it could not be.", False),
    ),
    key="timex_id",
)

EVENT_MENTIONS = Table(
    "event_mentions",
    "One row per clause that reports a strike, raid, attack or meeting.",
    (
        Column(
            "mention_id",
            STR,
            "Stable id: hash of doc_id, extractor version, type and trigger offsets.",
            False,
        ),
        Column("doc_id", STR, "Document the mention is in.", False),
        Column("extractor_version", STR, "Version of the extractors that produced the row.", False),
        Column(
            "input_key",
            STR,
            "Extraction of the document this row belongs to (documents.input_key).",
            False,
        ),
        Column(
            "event_type",
            STR,
            "strike | raid | attack | meeting (or a type added to the taxonomy file).",
            False,
        ),
        Column("plover_type", STR, "PLOVER event type (ASSAULT, COERCE, CONSULT...)."),
        Column("plover_mode", STR, "PLOVER mode (aerial, drone, seize...)."),
        Column(
            "acled_sub_event_type",
            STR,
            "ACLED-style sub-event type (Air/drone strike, Armed clash...).",
        ),
        Column("status", STR, "occurred | planned | cancelled | negated | hypothetical.", False),
        Column(
            "status_reason",
            STR,
            "Why the extractor gave this status: the words or rule that decided it "
            "(a specific event reported, a modal, a negation, a cancellation word...).",
        ),
        Column("trigger_text", STR, "The word(s) naming the event.", False),
        Column("trigger_start", INT, "Start offset of the trigger in the source text.", False),
        Column("trigger_end", INT, "End offset (exclusive) of the trigger.", False),
        Column("sentence_text", STR, "The sentence reporting the event: the evidence.", False),
        Column("sentence_start", INT, "Start offset of the sentence in the source text.", False),
        Column("sentence_end", INT, "End offset (exclusive) of the sentence.", False),
        Column(
            "timex_text",
            STR,
            "The temporal expression the date comes from; null when none governs it.",
        ),
        Column("timex_start", INT, "Start offset of that expression in the source text."),
        Column("timex_end", INT, "End offset (exclusive) of that expression."),
        *_DATE_COLUMNS,
        Column(
            "time_precision",
            pa.int8(),
            "ACLED time precision: 1 day, 2 week, 3 month or coarser; null when unresolved.",
        ),
        Column("actors", STRS, "Agents of the event as named in the text."),
        Column("targets", STRS, "Recipients or other participants as named in the text."),
        Column("location", STR, "Most specific place named for the event."),
        Column(
            "killed_low",
            INT,
            "Lower bound of people killed as stated (at least N -> N; over forty -> 41).",
        ),
        Column("killed_high", INT, "Upper bound of people killed as stated; null when open."),
        Column("injured_low", INT, "Lower bound of people injured as stated."),
        Column("injured_high", INT, "Upper bound of people injured as stated."),
        Column("confidence", pa.float32(), "Extractor confidence in the mention, 0 to 1.", False),
    ),
    key="mention_id",
)

EVENTS = Table(
    "events",
    "Canonical events: mentions of one real-world event grouped within and across documents.",
    (
        Column(
            "event_id",
            STR,
            "Stable id of the canonical event: hash of its founding mention.",
            False,
        ),
        Column("event_type", STR, "strike | raid | attack | meeting.", False),
        Column("plover_type", STR, "PLOVER event type."),
        Column("plover_mode", STR, "PLOVER mode."),
        Column("status", STR, "Status of the event's best mention.", False),
        *_DATE_COLUMNS,
        Column(
            "time_precision",
            pa.int8(),
            "ACLED time precision of the event date: 1 day, 2 week, 3 month or coarser.",
        ),
        Column(
            "date_mention_id",
            STR,
            "Mention whose date the event carries (the finest supported date).",
        ),
        Column("description", STR, "Evidence sentence of the event's best mention.", False),
        Column("location", STR, "Most specific place named for the event."),
        Column("actors", STRS, "Agents named across the event's mentions."),
        Column("targets", STRS, "Recipients or participants named across the event's mentions."),
        Column("killed_low", INT, "Largest stated lower bound of people killed across mentions."),
        Column("killed_high", INT, "Upper bound of people killed, when stated."),
        Column("injured_low", INT, "Largest stated lower bound of people injured across mentions."),
        Column("injured_high", INT, "Upper bound of people injured, when stated."),
        Column("mention_ids", STRS, "Mentions grouped into this event.", False),
    ),
    key="event_id",
)

QUARANTINE = Table(
    "quarantine",
    "Inputs that could not be processed, with the reason; the batch went on without them.",
    (
        Column(
            "quarantine_id",
            STR,
            "Stable id: hash of the input location, reason and content.",
            False,
        ),
        Column("source", STR, "File name or record id of the bad input.", False),
        Column("path", STR, "Path of the file the input came from.", False),
        Column("line", INT, "Line number in a JSON Lines or manifest file; null for whole files."),
        Column(
            "reason",
            STR,
            "Short machine-readable reason: empty, binary, encoding, json, field, date, manifest.",
            False,
        ),
        Column("detail", STR, "Human-readable explanation of what is wrong.", False),
        Column("excerpt", STR, "First characters of the offending input, as text."),
        Column("run_id", STR, "Run that found the problem.", False),
        Column("quarantined_at", TS, "When the problem was found (UTC).", False),
    ),
    key="quarantine_id",
)

RUNS = Table(
    "runs",
    "One row per pipeline run: what it read, extracted, quarantined and skipped.",
    (
        Column("run_id", STR, "Unique id of the run.", False),
        Column("started_at", TS, "Start of the run (UTC).", False),
        Column("finished_at", TS, "End of the run (UTC).", False),
        Column("status", STR, "completed | failed.", False),
        Column("inputs", STRS, "Paths the run read.", False),
        Column("n_read", INT, "Documents and sections read.", False),
        Column("n_extracted", INT, "Documents and sections extracted in this run.", False),
        Column("n_quarantined", INT, "Inputs put in quarantine in this run.", False),
        Column(
            "n_skipped",
            INT,
            "Documents skipped because this extractor version already processed them.",
            False,
        ),
        Column("n_mentions", INT, "Event mentions written in this run.", False),
        Column("extractor_version", STR, "Version of the extractors.", False),
        Column("schema_version", STR, "Version of these table schemas.", False),
        Column("runner", STR, "Task runner used: thread or dask (with address).", False),
    ),
    key="run_id",
)

TABLES: dict[str, Table] = {
    t.name: t for t in (DOCUMENTS, TIMEXES, EVENT_MENTIONS, EVENTS, QUARANTINE, RUNS)
}
