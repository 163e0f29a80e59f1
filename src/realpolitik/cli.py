"""The command line: argument parsing and printing only; every command wraps a public function."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from realpolitik.errors import (
    Interrupted,
    RealpolitikError,
    RealpolitikWarning,
    UsageError,
    printable,
)

DEFAULT_DB = "realpolitik.duckdb"

EPILOG = """\
examples:
  realpolitik run ../shared/seeds --db seeds.duckdb
  realpolitik export events --db seeds.duckdb --format jsonl -o events.jsonl
  realpolitik export events --db seeds.duckdb --profile acled --format csv -o acled.csv
  realpolitik report --db seeds.duckdb -o brief.html --since 2024-01
  realpolitik query --db seeds.duckdb "SELECT plover_type, count(*) FROM events_flat GROUP BY 1"
  realpolitik serve --db seeds.duckdb            # API and web page on http://127.0.0.1:8000/
  realpolitik eval plover
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # usage errors exit 2 with a one-line reason
        self.print_usage(sys.stderr)
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="realpolitik",
        description="Turn a pile of news into sourced actors, events, relations and fronts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from realpolitik import __version__

    parser.add_argument("--version", action="version", version=f"realpolitik {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, required=True)

    p = sub.add_parser(
        "run",
        help="ingest, clean, analyse and fuse inputs into the database",
        description=(
            "Read INPUTs (files, folders read recursively, or - for JSONL on stdin): .txt, "
            ".html/.htm, .jsonl/.jsonl.gz, .warc/.warc.gz. Re-running the same input adds "
            "nothing; new input is added and fused with the stored events and stories it touches."
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    p.add_argument("--json", action="store_true", help="print the run summary as JSON")
    p.add_argument(
        "--published",
        type=_iso_date,
        default=None,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) of the documents of this run that carry none "
        "(a sidecar NAME.meta.json or a dateline at the top of the text wins)",
    )
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="where cleaning and analysis run: local (this machine's cores, the default) or "
        "dask (tasks on a Dask cluster; needs dask[distributed])",
    )
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="with --engine dask: the scheduler to use (tcp://host:8786); without it a local "
        "cluster of --workers processes is started for the run",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="analysis processes on this machine (default 2 for dask, else one per core, at most 2)",
    )

    from realpolitik.export import EXPORT_KINDS, FORMATS, PROFILES

    p = sub.add_parser(
        "export",
        help="write one kind of record (events, documents, actors, fronts, ...) as jsonl/csv/parquet",
        description=(
            "Write the records of KIND. CSV flattens nested fields as JSON strings; Parquet keeps "
            "them nested with explicit types. --profile acled|gdelt writes events as flat rows in "
            "that dataset's shape. Filters keep what matches all of them."
        ),
    )
    p.add_argument("kind", choices=EXPORT_KINDS, metavar="KIND", help=", ".join(EXPORT_KINDS))
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", default="jsonl", choices=FORMATS)
    p.add_argument("--profile", choices=PROFILES, default=None,
                   help="events only: flat rows with ACLED's or GDELT's columns")  # fmt: skip
    p.add_argument("-o", "--output", default=None, help="output file (default or -: standard output)")
    _add_filters(p)

    p = sub.add_parser(
        "report",
        help="write a readable brief (HTML or Markdown) of what the database holds",
    )
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument(
        "-o", "--output", default=None,
        help="FILE.html or FILE.md (default or -: Markdown on standard output)",
    )  # fmt: skip
    _add_filters(p)

    p = sub.add_parser(
        "network",
        help="write the signed actor network as GraphML or GEXF (for Gephi)",
    )
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("-o", "--output", required=True, help="FILE.graphml or FILE.gexf")
    p.add_argument(
        "--level",
        choices=("actor", "country"),
        default="actor",
        help="actor: as resolved; country: state agencies and officials rolled up to their country",
    )
    p.add_argument(
        "--monthly", action="store_true",
        help="GEXF only: a dynamic graph, one time slice per month (ties and their weight by month)",
    )  # fmt: skip
    _add_filters(p)

    p = sub.add_parser(
        "query",
        help="run SQL on the database (read-only) and print a table or CSV",
        description=(
            "Run one SQL statement on a read-only connection. Besides the tables, the views "
            "events_flat, event_actors and mentions are there (see README, SQL recipes)."
        ),
    )
    p.add_argument("sql", metavar="SQL")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--csv", action="store_true", help="print CSV instead of a table")

    p = sub.add_parser(
        "serve",
        help="serve the HTTP API and the web page (read-only) on http://HOST:PORT/",
        description=(
            "JSON API under /api/ (OpenAPI: /openapi.json), the web page at /, the brief at "
            "/report. The database is opened read-only per request: a run may write meanwhile. "
            "Any host but loopback needs a token (--token or REALPOLITIK_TOKEN)."
        ),
    )
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=None,
                   help="required on every API call (Authorization: Bearer TOKEN)")  # fmt: skip

    p = sub.add_parser(
        "fuse",
        help="re-fuse the database: events, stories, relations and actors from its mentions",
        description=(
            "Rebuild the derived tables from the stored documents and mentions (after a change "
            "of code or knowledge base). `run` fuses by itself, only what it added; --new does "
            "that here (what an interrupted run left unfused)."
        ),
    )
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--new", action="store_true", help="only what is not fused yet")

    p = sub.add_parser(
        "eval",
        help="score a stage on development gold data, or check the quality gate",
        description=(
            "plover: PLOVER dev event types and actor countries; synthetic: PLOVER types on NGEC "
            "synthetic first sentences (tune / held-apart templates); actors: PLOVER actor countries "
            "alone; geo: GeoWebNews place detection and accuracy@161km; stories: ECB+ dev "
            "B-cubed; case: CASE 2021 ACLED sub-event types (weighted/micro/macro F1, tune and "
            "check parts); seeds: the acceptance list of spec/seeds-acceptance.md and the careful "
            "reader's list; polarity: asserted, denied, hypothetical, intended or negated on the own "
            "sentences (two sets, tune and check); locations: event "
            "locations on the own texts (precision, recall, wrong; tune and check); fusion: whether "
            "the mentions of one happening told by several own articles are fused into one event "
            "(pairwise, cross-document and B-cubed precision, recall, F1; tune and check); gate: every "
            "floor of the baseline file (exit 1 when a score is below its floor)."
        ),
    )
    p.add_argument("name", choices=("plover", "synthetic", "actors", "geo", "stories", "case", "seeds", "polarity", "locations", "fusion", "gate"))
    p.add_argument("--data", default=None, help="the shared data folder (default ../shared/data)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--raise-floors", action="store_true", help="gate: raise floors to today's scores")
    p.add_argument("--lower", action="store_true", help="gate: also lower floors (needs --reason)")
    p.add_argument("--reason", default=None, help="why a floor is lowered (kept in the baseline)")
    return parser


def _add_filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters (an event must match all given; a,b matches either)")
    g.add_argument("--since", help="first day, ISO date or prefix: 2024, 2024-05, 2024-05-06")
    g.add_argument("--until", help="last day, inclusive, ISO date or prefix")
    g.add_argument("--actor", help="actor id or name among sources, targets and claimants")
    g.add_argument("--country", help="ISO3 country of a party or of the location")
    g.add_argument("--type", help="PLOVER type (ASSAULT) or ACLED event type (Battles)")
    g.add_argument("--polarity", help="asserted, denied, negated, hypothetical, intended")
    g.add_argument("--min-confidence", type=float, default=None, help="0 ... 1")


def _filters(args: argparse.Namespace) -> Any:
    from realpolitik.query import Filters

    return Filters(
        since=args.since, until=args.until, actor=args.actor, country=args.country,
        type=args.type, polarity=args.polarity, min_confidence=args.min_confidence,
    )  # fmt: skip


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {printable(value)} (expected YYYY-MM-DD)"
        ) from None


def _show_warning(message: Any, category: Any, *rest: Any, **kw: Any) -> None:
    """Our warnings (a store in use, fusion pending) as one line on standard error."""
    if issubclass(category, RealpolitikWarning):
        print(f"realpolitik: warning: {printable(message)}", file=sys.stderr)
    else:
        _default_showwarning(message, category, *rest, **kw)


_default_showwarning = warnings.showwarning


def main(argv: Sequence[str] | None = None) -> int:
    warnings.showwarning = _show_warning
    try:
        args = build_parser().parse_args(argv)
        return _dispatch(args)
    except RealpolitikError as exc:
        print(f"realpolitik: error: {printable(exc)}", file=sys.stderr)
        return exc.exit_code
    except Interrupted as exc:
        print(
            f"realpolitik: stopped by {exc}; what was written is kept (batches are whole), "
            "run again to complete",
            file=sys.stderr,
        )
        return exc.exit_code
    except BrokenPipeError:  # the reader (e.g. `head`) stopped reading: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("realpolitik: interrupted", file=sys.stderr)
        return 130
    finally:
        warnings.showwarning = _default_showwarning


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "run":
        return _cmd_run(args)
    if args.command == "export":
        from realpolitik.export import export

        n = export(args.kind, args.db, args.format, args.output, _filters(args), args.profile)
        if args.output and args.output != "-":
            print(f"wrote {n} {args.kind} records to {args.output}", file=sys.stderr)
        return 0
    if args.command == "report":
        from realpolitik.report import write_report

        write_report(args.db, args.output, _filters(args))
        if args.output and args.output != "-":
            print(f"wrote {args.output}", file=sys.stderr)
        return 0
    if args.command == "network":
        from realpolitik.analysis.network import export_network

        n_nodes, n_edges = export_network(
            args.db, args.output, level=args.level, filters=_filters(args), monthly=args.monthly
        )
        print(f"wrote {n_nodes} actors and {n_edges} links to {args.output}", file=sys.stderr)
        return 0
    if args.command == "query":
        from realpolitik.query import format_rows, run_sql

        columns, rows = run_sql(args.db, args.sql)
        sys.stdout.write(format_rows(columns, rows, "csv" if args.csv else "table"))
        return 0
    if args.command == "serve":
        from realpolitik.serve import serve

        serve(args.db, host=args.host, port=args.port, token=args.token)
        return 0
    if args.command == "fuse":
        from realpolitik.pipeline import fuse_database

        mode = fuse_database(args.db, "auto" if args.new else "full")
        print(f"{args.db}: fusion {mode}", file=sys.stderr)
        return 0
    if args.command == "eval":
        from realpolitik.eval import run_scorer
        from realpolitik.eval.runner import raise_floors

        if args.raise_floors or args.lower:
            changes = raise_floors(args.data, lower=args.lower, reason=args.reason)
            print(json.dumps(changes, indent=2) if changes else "no floor changed")
            return 0
        return run_scorer(args.name, data=args.data, as_json=args.json)
    raise UsageError(f"unknown command {args.command}")


def _cmd_run(args: argparse.Namespace) -> int:
    from realpolitik.pipeline import run
    from realpolitik.progress import Progress

    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if args.scheduler and args.workers:
        raise UsageError("--workers starts a local cluster; with --scheduler the cluster's workers are used")
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be at least 1, not {args.workers}")

    def on_reject(doc_id: str, reason: str) -> None:
        print(f"realpolitik: rejected {printable(doc_id)}: {printable(reason)}", file=sys.stderr)

    with _signals_interrupt(), Progress(
        enabled=sys.stderr.isatty() and not os.environ.get("CI")
    ) as progress:
        summary = run(
            args.inputs,
            args.db,
            on_progress=progress.update,
            on_reject=on_reject,
            published=args.published,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
        )
    if args.json:
        print(json.dumps(summary.as_dict(), indent=2))
    else:
        print(format_summary(summary.as_dict()))
    return 0


@contextmanager
def _signals_interrupt() -> Iterator[None]:
    """SIGTERM and SIGINT stop a run by raising `Interrupted` in it: the pipeline's cleanup runs
    (the batch being written is rolled back, the worker pool is stopped) and the command exits
    143 or 130 with one line."""

    def stop(signum: int, frame: object) -> None:
        raise Interrupted(signum)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def format_summary(s: dict[str, Any]) -> str:
    status = s["status"]
    c = s["counts"]
    lines = [
        f"realpolitik: {s['documents_read']} documents read into {printable(s['db'])} "
        f"in {s['seconds']} s",
        f"  new: {status.get('ok', 0)} ok, {status.get('duplicate', 0)} duplicate, "
        f"{status.get('rejected', 0)} rejected; {s['documents_skipped']} already stored",
        f"  database: {c.get('documents_ok', 0)} documents, {c.get('events', 0)} events "
        f"from {c.get('event_mentions', 0)} mentions, {c.get('actors', 0)} actors, "
        f"{c.get('place_mentions', 0)} place mentions, {c.get('stories', 0)} stories, "
        f"{c.get('relations', 0)} relations",
    ]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
