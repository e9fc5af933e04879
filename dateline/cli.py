"""The ``dateline`` command line."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

from dateline.output import FORMATS, write_rows

DEFAULT_INPUT = "seeds"
CHRONOLOGY_TABLE_COLUMNS = (
    "date_value",
    "event_type",
    "status",
    "location",
    "killed_low",
    "n_sources",
    "description",
)


def default_data_dir() -> str:
    return os.environ.get("DATELINE_DATA", "data")


def _prefect_defaults(verbose: bool) -> None:
    """An embedded Prefect with no network use, whatever folder the command runs from."""
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_ENABLED", "true")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")


def cmd_run(args: argparse.Namespace) -> int:
    _prefect_defaults(args.verbose)
    from dateline.progress import progress_display
    from flows.pipeline import dateline_flow
    from flows.runners import make_task_runner, runner_label

    paths = args.paths or [DEFAULT_INPUT]
    flow = dateline_flow.with_options(task_runner=make_task_runner(args.runner, args.dask_address))
    with progress_display(enabled=not args.quiet):
        summary = flow(
            paths, args.data, args.batch_size, runner_label(args.runner, args.dask_address)
        )
    print(
        f"run {summary['run_id']}: read {summary['read']}, extracted {summary['extracted']}, "
        f"quarantined {summary['quarantined']} (problems seen {summary['problems']}), "
        f"skipped {summary['skipped']} already extracted; "
        f"{summary['mentions']} event mentions, {summary['events']} events in the chronology"
    )
    if summary["failed_batches"]:
        print(f"warning: {summary['failed_batches']} batch(es) failed; see the quarantine view")
    print(f"database: {summary['database']}")
    if not args.no_chronology:
        print()
        _print_chronology(args.data, None, None, None, "table")
    return 1 if summary["failed_batches"] else 0


def _query(data_dir: str, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    from warehouse.build import connect, database_path

    if not database_path(data_dir).exists():
        raise SystemExit(f"no database in {data_dir}: run `dateline run` first")
    con = connect(data_dir)
    try:
        cursor = con.execute(sql, params or [])
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        con.close()


def _print_chronology(
    data_dir: str, type_: str | None, since: str | None, until: str | None, fmt: str
) -> None:
    where, params = [], []
    if type_:
        where.append("event_type = ?")
        params.append(type_)
    if since:
        where.append("date_end >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("date_start <= CAST(? AS DATE)")
        params.append(until)
    columns = ", ".join(CHRONOLOGY_TABLE_COLUMNS) if fmt == "table" else "*"
    sql = f"SELECT {columns} FROM chronology"
    if where:
        sql += " WHERE " + " AND ".join(where)
    names, rows = _query(data_dir, sql, params)
    write_rows(names, rows, fmt, widths={"description": 90, "location": 24})


def cmd_chronology(args: argparse.Namespace) -> int:
    _print_chronology(args.data, args.type, args.since, args.until, args.format)
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    try:
        names, rows = _query(args.data, args.query)
    except duckdb.Error as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    write_rows(names, rows, args.format)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from warehouse.build import connect, database_path
    from warehouse.checks import failures, load_checks

    if not database_path(args.data).exists():
        raise SystemExit(f"no database in {args.data}: run `dateline run` first")
    con = connect(args.data)
    try:
        failed = failures(con)
    finally:
        con.close()
    for name, rows in failed.items():
        print(f"FAIL {name}: {rows}")
    print(f"{len(load_checks()) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def cmd_eval_timeml(args: argparse.Namespace) -> int:
    from dateline.timeml import evaluate_timeml

    result = evaluate_timeml([Path(p) for p in args.paths])
    _print_figures("TempEval-3 Task A", result, args.json)
    return 0


def cmd_eval_events(args: argparse.Namespace) -> int:
    from dateline.eval_events import evaluate, format_report

    result = evaluate(
        Path(args.gold), [Path(p) for p in args.corpus or [DEFAULT_INPUT]], explain=args.explain
    )
    print(json.dumps(result, indent=2, default=str) if args.json else format_report(result))
    return 0


def cmd_eval_agreement(args: argparse.Namespace) -> int:
    from dateline.eval_agreement import agreement
    from dateline.eval_events import format_report

    result = agreement(
        Path(args.a),
        Path(args.b),
        [Path(p) for p in args.corpus or [DEFAULT_INPUT]],
        with_optional=args.with_optional,
    )
    print(json.dumps(result, indent=2, default=str) if args.json else format_report(result))
    return 0


def cmd_timex(args: argparse.Namespace) -> int:
    from dateline.timeml import write_system_output

    written = write_system_output([Path(p) for p in args.files], Path(args.out))
    print(f"wrote {len(written)} TimeML file(s) to {args.out}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from dateline.report import Scope, write_report
    from extractors.events.taxonomy import load

    unknown = sorted(set(args.types) - set(load().types))
    if unknown:
        raise SystemExit(
            f"unknown event type {', '.join(unknown)}: one of {', '.join(load().types)}"
        )
    scope = Scope(args.since, args.until, tuple(args.types), args.place)
    out = write_report(args.data, Path(args.out), scope)
    print(f"wrote {out}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    _prefect_defaults(args.verbose)
    from dateline.bench import run_bench

    return run_bench(args)


def cmd_serve(args: argparse.Namespace) -> int:
    _prefect_defaults(args.verbose)
    from flows.serve import serve

    return serve(args)


def _print_figures(title: str, result: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, indent=2))
        return
    print(title)
    for key, value in result.items():
        shown = f"{100 * value:.1f}" if isinstance(value, float) else value
        print(f"  {key:<20} {shown}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Event timelines from news text: what happened, when.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data",
        default=default_data_dir(),
        help="data folder holding the lake and database (default: $DATELINE_DATA or ./data)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser(
        "run", parents=[common], help="ingest and extract documents, build the chronology"
    )
    run.add_argument(
        "paths", nargs="*", help=f"folders, .txt or .jsonl files (default: {DEFAULT_INPUT}/)"
    )
    run.add_argument("--batch-size", type=int, default=200, help="documents per task (default 200)")
    run.add_argument("--no-chronology", action="store_true", help="print only the run summary")
    run.add_argument("--quiet", action="store_true", help="no progress display")
    run.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")
    _runner_options(run)
    run.set_defaults(func=cmd_run)

    chron = sub.add_parser("chronology", parents=[common], help="print the chronology of events")
    chron.add_argument("--type", help="strike, raid, attack or meeting")
    chron.add_argument("--since", help="only events ending on or after this date (YYYY-MM-DD)")
    chron.add_argument("--until", help="only events starting on or before this date (YYYY-MM-DD)")
    chron.add_argument("--format", choices=FORMATS, default="table")
    chron.set_defaults(func=cmd_chronology)

    sql = sub.add_parser("sql", parents=[common], help="run a read-only SQL query on the database")
    sql.add_argument("query")
    sql.add_argument("--format", choices=FORMATS, default="table")
    sql.set_defaults(func=cmd_sql)

    check = sub.add_parser("check", parents=[common], help="run the warehouse's SQL expectations")
    check.set_defaults(func=cmd_check)

    ev = sub.add_parser("eval", help="measure extraction quality against gold data")
    ev_sub = ev.add_subparsers(dest="what", required=True)
    tml = ev_sub.add_parser("timeml", help="TempEval-3 Task A scores on TimeML files")
    tml.add_argument("paths", nargs="+", help="TimeML files or folders")
    tml.add_argument("--json", action="store_true")
    tml.set_defaults(func=cmd_eval_timeml)
    evs = ev_sub.add_parser(
        "events", help="event mention and chronology scores against gold JSON Lines"
    )
    evs.add_argument("gold")
    evs.add_argument(
        "--corpus", nargs="+", help=f"documents the gold annotates (default: {DEFAULT_INPUT}/)"
    )
    evs.add_argument(
        "--explain", action="store_true", help="list misses, false alarms and wrong dates"
    )
    evs.add_argument("--json", action="store_true")
    evs.set_defaults(func=cmd_eval_events)
    agr = ev_sub.add_parser(
        "agreement",
        help="agreement of two annotations of one corpus (A scored as a system against B)",
    )
    agr.add_argument("a", help="gold JSON Lines scored as if it were system output")
    agr.add_argument("b", help="gold JSON Lines it is scored against")
    agr.add_argument(
        "--corpus", nargs="+", help=f"the annotated documents (default: {DEFAULT_INPUT}/)"
    )
    agr.add_argument(
        "--with-optional", action="store_true", help="count A's optional lines as reported"
    )
    agr.add_argument("--json", action="store_true")
    agr.set_defaults(func=cmd_eval_agreement)

    timex = sub.add_parser("timex", help="tag TimeML files with the system's TIMEX3 annotations")
    timex.add_argument("files", nargs="+")
    timex.add_argument("--out", required=True, help="output folder")
    timex.set_defaults(func=cmd_timex)
    report = sub.add_parser(
        "report", parents=[common], help="write the chronology as one self-contained HTML page"
    )
    report.add_argument("--out", default="dateline-report.html", help="HTML file to write")
    report.add_argument(
        "--since", type=date.fromisoformat, help="only events dated on or after this day"
    )
    report.add_argument(
        "--until", type=date.fromisoformat, help="only events dated on or before this day"
    )
    report.add_argument(
        "--type", action="append", default=[], dest="types", help="only this event type (repeat)"
    )
    report.add_argument("--place", help="only events whose place contains this text")
    report.set_defaults(func=cmd_report)

    bench = sub.add_parser(
        "bench", parents=[common], help="benchmark the pipeline on a synthetic corpus"
    )
    bench.add_argument("--docs", type=int, default=1000, help="documents in the synthetic corpus")
    bench.add_argument("--json", dest="json_out", help="write the figures to this JSON file")
    bench.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")
    _runner_options(bench)
    bench.set_defaults(func=cmd_bench)

    serve = sub.add_parser(
        "serve", parents=[common], help="run the pipeline on a schedule over an inbox folder"
    )
    serve.add_argument("--cron", required=True, help='cron expression, e.g. "*/15 * * * *"')
    serve.add_argument("--inbox", default="inbox", help="folder watched for new input files")
    serve.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")
    _runner_options(serve)
    serve.set_defaults(func=cmd_serve)
    return parser


def _runner_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--runner",
        choices=("thread", "dask"),
        default=os.environ.get("DATELINE_RUNNER", "thread"),
        help="task runner: threads in this process, or a Dask cluster (default: $DATELINE_RUNNER or thread)",
    )
    parser.add_argument(
        "--dask-address",
        default=os.environ.get("DATELINE_DASK_ADDRESS"),
        help="scheduler address tcp://HOST:PORT of an existing Dask cluster ($DATELINE_DASK_ADDRESS)",
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
