"""``llmops pull`` and ``llmops watch``: an observability backend (Arize Phoenix) as a trace source.

A backend source is also accepted wherever a trace path is (``phoenix://HOST:PORT/PROJECT?since=1h``,
see :mod:`llmops_kit.sources.spec`); ``stream.py`` reads it through :func:`source_items`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.live import Live
from rich.table import Table

from ..errors import TraceLoadError
from ..traces import Trace
from .output import EXIT_FOUND, EXIT_OK, call, contract_from, fail, print_json

pull_app = typer.Typer(help="Pull traces from an observability backend into files.", no_args_is_help=True)
watch_app = typer.Typer(help="Watch a live backend: window metrics, alerts, triage, breakers.", no_args_is_help=True)

UrlOpt = Annotated[str, typer.Option("--url", help="Phoenix base URL, e.g. http://127.0.0.1:6006.")]
ProjectOpt = Annotated[str, typer.Option("--project", help="Phoenix project name.")]
ContractOpt = Annotated[
    Path | None, typer.Option("--contract", help="Observability contract JSON (default: the packaged one).")
]


def is_source(path: object) -> bool:
    """True when a command's path argument is a backend source URI rather than a file path."""
    from ..sources.spec import is_source_uri

    return is_source_uri(path)


def source_items(path: object, contract: Any = None) -> Iterator[Trace | TraceLoadError]:
    """Traces (and per-trace errors) of a source URI, as ``io.iter_traces`` yields them for a path."""
    from ..sources.phoenix import iter_phoenix
    from ..sources.spec import parse_source

    source = call(lambda: parse_source(str(path)))
    return iter_phoenix(source, contract=contract)


def source_traces(path: object, contract: Any = None) -> list[Trace]:
    """Every trace of a source URI; bad traces become ``llmops: skipped`` lines, none at all exits 2."""
    traces: list[Trace] = []
    skipped = 0

    def read() -> None:
        nonlocal skipped
        for item in source_items(path, contract):
            if isinstance(item, TraceLoadError):
                skipped += 1
                typer.echo(f"llmops: skipped {' '.join(str(item).split())}", err=True)
            else:
                traces.append(item)

    call(read)
    if not traces:
        fail(f"{path}: no trace could be loaded from the source ({skipped} skipped); check the project and window.")
    return traces


def _source(url: str, project: str, since: str | None, start: str | None, end: str | None) -> Any:
    from ..sources.spec import phoenix_source

    return call(lambda: phoenix_source(url, project, since=since, start=start, end=end))


@pull_app.command("phoenix")
def pull_phoenix_cmd(
    url: UrlOpt = "http://127.0.0.1:6006",
    project: ProjectOpt = "default",
    since: Annotated[str | None, typer.Option(help="Window back from now: 90s, 10m, 1h, 2d.")] = None,
    start: Annotated[str | None, typer.Option(help="Window start, ISO-8601 (no zone means UTC).")] = None,
    end: Annotated[str | None, typer.Option(help="Window end, ISO-8601 (exclusive).")] = None,
    out: Annotated[Path, typer.Option(help="A directory (one JSON file per trace) or a .jsonl file.")] = Path("pulled"),
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON summary.")] = False,
    contract: ContractOpt = None,
    redact: Annotated[bool, typer.Option(
        "--redact", help="Replace personal data (e-mails, phones, cards, IBANs) with placeholders before writing."
    )] = False,
) -> None:
    """Pull a Phoenix project's traces (OpenInference spans) into native trace files; exit 1 if any was skipped."""
    from ..redact import redact_trace
    from ..sources.phoenix import iter_phoenix, write_traces

    rules = contract_from(contract)
    source = _source(url, project, since, start, end)
    skipped: list[str] = []

    def good() -> Iterator[Trace]:
        for item in iter_phoenix(source, contract=rules):
            if isinstance(item, TraceLoadError):
                skipped.append(str(item))
                typer.echo(f"llmops: skipped {' '.join(str(item).split())}", err=True)
            else:
                yield redact_trace(item, rules) if redact else item

    path, count = call(lambda: write_traces(good(), out))
    if as_json:
        print_json({"source": source.uri, "out": str(path), "traces": count, "skipped": len(skipped)})
    else:
        typer.echo(f"pulled {count} trace(s) from {source.uri} into {path}"
                   + (f"; {len(skipped)} skipped" if skipped else ""))
    if count == 0 and not skipped:
        typer.echo("llmops: the window holds no traces; widen --since or check --project.", err=True)
    raise typer.Exit(EXIT_FOUND if skipped else EXIT_OK)


def _table(event: Any) -> Table:
    from ..metrics import format_value

    table = Table(title=f"poll {event.poll} at {event.at:%H:%M:%S} UTC: {event.window_size} trace(s), "
                        f"{event.status}" + ("" if event.ok else " (backend error)"))
    table.add_column("metric")
    table.add_column("value")
    table.add_column("grade")
    for metric, value in event.values.items():
        grade = event.grades.get(metric, "-")
        style = {"green": "green", "warning": "yellow", "critical": "bold red"}.get(grade, "")
        table.add_row(metric, format_value(metric, value), f"[{style}]{grade}[/]" if style else grade)
    table.caption = " | ".join([f"verdict: {event.verdict or '-'}",
                                "breakers: " + (", ".join(k for k, v in event.breakers.items() if v) or "none")])
    return table


@watch_app.command("phoenix")
def watch_phoenix_cmd(
    url: UrlOpt = "http://127.0.0.1:6006",
    project: ProjectOpt = "default",
    window: Annotated[str, typer.Option(help="Sliding window the metrics cover: 10m, 1h.")] = "10m",
    every: Annotated[str, typer.Option(help="Poll interval: 30s, 1m.")] = "30s",
    polls: Annotated[int | None, typer.Option(min=1, help="Stop after this many polls (default: until Ctrl-C).")]
    = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per poll instead of text.")] = False,
    contract: ContractOpt = None,
) -> None:
    """Poll Phoenix, grade the window, print alerts, triage and breaker changes; exit 1 if the last poll alerted."""
    from ..sources.spec import parse_duration
    from ..watch import Watcher, phoenix_fetch, run_watch

    rules = contract_from(contract)
    source = _source(url, project, None, None, None)
    span = call(lambda: parse_duration(window, what="--window"))
    interval = call(lambda: parse_duration(every, what="--every")).total_seconds()
    watcher = Watcher(phoenix_fetch(source, span, contract=rules), contract=rules)
    live_ok = not as_json and Console().is_terminal

    def emit(event: Any) -> None:
        if as_json:
            typer.echo(json.dumps(event.model_dump(mode="json"), sort_keys=True))
            return
        if live is not None:
            live.update(_table(event))
            for line in event.changes:
                live.console.print(f"{event.at:%H:%M:%S} {line}", markup=False, highlight=False)
            return
        for line in event.changes:
            typer.echo(f"{event.at:%H:%M:%S} {line}")

    live: Live | None = None
    if not as_json:
        typer.echo(f"watching {source.uri} (window {window}, every {every}); Ctrl-C stops", err=True)
    try:
        if live_ok:
            with Live(Table(title="waiting for the first poll"), refresh_per_second=4) as live:
                events = run_watch(watcher, every=interval, on_event=emit, max_polls=polls)
        else:
            events = run_watch(watcher, every=interval, on_event=emit, max_polls=polls)
    finally:
        watcher.close()
    if not as_json:
        typer.echo(f"stopped after {len(events)} poll(s)", err=True)
    last = events[-1] if events else None
    raise typer.Exit(EXIT_FOUND if last is not None and last.alerts else EXIT_OK)


def annotate_diagnoses_cmd(path: object, diagnosed: list[tuple[Trace, Any]], rules: Any) -> None:
    """``diagnose --annotate``: write the findings back onto the source's root spans."""
    from ..sources.annotate import annotate_diagnoses
    from ..sources.spec import parse_source

    if not is_source(path):
        fail(f"{path}: --annotate writes to a backend; pass a source such as phoenix://HOST:PORT/PROJECT?since=1h.")
    source = call(lambda: parse_source(str(path)))
    written = call(lambda: annotate_diagnoses(source, diagnosed))
    typer.echo(f"wrote {written} annotation(s) to {source.uri}", err=True)


def annotate_triage_cmd(path: object, result: Any, rules: Any) -> None:
    """``triage --annotate``: write the verdict onto every trace of the window."""
    from ..sources.annotate import annotate_triage
    from ..sources.spec import parse_source

    if not is_source(path):
        fail(f"{path}: --annotate writes to a backend; pass a source such as phoenix://HOST:PORT/PROJECT?since=1h.")
    source = call(lambda: parse_source(str(path)))
    traces = [t for t in source_traces(path, rules)]
    written = call(lambda: annotate_triage(source, traces, result))
    typer.echo(f"wrote {written} annotation(s) to {source.uri}", err=True)


__all__ = ["annotate_diagnoses_cmd", "annotate_triage_cmd", "is_source", "pull_app", "source_items",
           "source_traces", "watch_app"]
