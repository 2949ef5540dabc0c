"""``llmops metrics`` and ``triage``: one metric window over many traces (or Parquet facts), graded.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer

from .app import (
    AnnotateFlag,
    ContractOpt,
    EngineOpt,
    JsonFlag,
    PathArg,
    ProgressFlag,
    SchedulerOpt,
    WorkersOpt,
    app,
)
from .output import (
    EXIT_FOUND,
    EXIT_OK,
    call,
    contract_from,
    fail,
    print_frame,
    print_json,
)
from .stream import TraceStream


def _facts_summary(window: Any) -> dict[str, Any]:
    """The ``--json`` input counts when the input was facts: every fact row is a loaded trace."""
    return {"loaded": window.size, "skipped": 0, "errors": [], "errors_listed": 0, "warnings": []}


def _is_facts(path: Path) -> bool:
    """Parquet facts rather than traces: a .parquet file, or a directory holding .parquet files, that is
    not a Parquet export of traces (which has a ``trace`` column)."""
    from ..trace_parquet import is_trace_parquet

    found = any(path.glob("*.parquet")) if path.is_dir() else path.suffix == ".parquet"
    return found and not is_trace_parquet(path)


def _window(path: Path, rules: Any, stream: TraceStream | None, **engine: Any) -> Any:
    """Window metrics of traces (facts computed by the chosen engine) or of Parquet facts."""
    from ..metrics import compute_metrics, facts_frame
    from ..parallel import fact_rows

    if stream is None:
        from ..distributed import dask_facts_window
        from ..facts import metrics_from_facts

        if not path.exists():
            fail(f"{path}: no such file or directory; check the path.")
        if engine.get("engine") == "dask":
            return call(lambda: dask_facts_window(path, rules, scheduler=engine.get("scheduler"),
                                                  workers=engine.get("workers")))
        return call(lambda: metrics_from_facts(path, rules))
    task = partial(fact_rows, contract=rules)
    facts = stream.feed(lambda _: facts_frame(stream.results(task, **engine)))
    return call(lambda: compute_metrics(facts, rules))


@app.command()
def metrics(
    path: PathArg, as_json: JsonFlag = False, contract: ContractOpt = None, progress: ProgressFlag = True,
    workers: WorkersOpt = None, engine: EngineOpt = "process", scheduler: SchedulerOpt = None,
    facts_out: Annotated[Path | None, typer.Option(
        "--facts-out", help="Also keep the per-trace facts as Parquet (needs pyarrow) for later windows.")] = None,
) -> None:
    """Window metrics graded green / warning / critical by the contract; exit 1 on any breach.

    PATH may also be per-trace facts in Parquet (a file or a directory of them, from ``--facts-out``):
    then only the facts are read, never the traces.
    """
    rules = contract_from(contract)
    summary: dict[str, Any] | None = None
    stream = None if _is_facts(path) else TraceStream(path, progress=progress and not as_json, what="measuring",
                                                      contract=rules)
    if facts_out is not None and stream is not None:
        from ..facts import write_facts

        written = call(lambda: write_facts(path, facts_out, rules, workers=workers, engine=engine,
                                           scheduler=scheduler))
        if stream.single and written.errors:
            fail(str(written.errors[0]))  # one trace file is strict, as everywhere else
        for error in written.errors:
            stream._skip(error)
        if written.rows == 0:
            fail(f"{path}: no trace could be loaded ({len(written.errors)} record(s) skipped, see above).")
        summary = stream.summary() | {"loaded": written.rows}
        path, stream = facts_out, None
    window = _window(path, rules, stream, workers=workers, engine=engine, scheduler=scheduler)
    if as_json:
        summary = stream.summary() if stream is not None else summary or _facts_summary(window)
        print_json(window.model_dump(mode="json") | {"breaches": window.breaches()} | summary)
    else:
        print_frame(window.to_frame(rules), as_json=False, title=f"window of {window.size} trace(s): {window.status}")
        typer.echo(f"status: {window.status}" + (f" ({window.note})" if window.note else ""))
    raise typer.Exit(EXIT_FOUND if window.breaches() else EXIT_OK)


@app.command()
def triage(
    path: PathArg,
    baseline: Annotated[
        Path | None, typer.Option("--baseline", help="Traces from a healthy period to compare against.")
    ] = None,
    as_json: JsonFlag = False,
    contract: ContractOpt = None,
    progress: ProgressFlag = True,
    workers: WorkersOpt = None,
    engine: EngineOpt = "process",
    scheduler: SchedulerOpt = None,
    annotate: AnnotateFlag = False,
) -> None:
    """Classify a window of traces (or of their Parquet facts): incident class, severity and response time;
    exit 1 for an incident."""
    from ..triage import signals_from_metrics
    from ..triage import triage as run_triage

    rules = contract_from(contract)

    def window_of(source: Path) -> tuple[Any, TraceStream | None]:
        stream = None if _is_facts(source) else TraceStream(source, progress=progress and not as_json,
                                                            what="measuring", contract=rules)
        return _window(source, rules, stream, workers=workers, engine=engine, scheduler=scheduler), stream

    window, stream = window_of(path)
    before, before_stream = window_of(baseline) if baseline is not None else (None, None)
    result = call(lambda: run_triage(signals_from_metrics(window, before, contract=rules), rules))
    if annotate:
        from .backend import annotate_triage_cmd

        annotate_triage_cmd(path, result, rules)
    if as_json:
        print_json(result.model_dump(mode="json") | {"window_size": window.size, "window_status": window.status}
                   | (stream.summary() if stream is not None else _facts_summary(window))
                   | {"baseline_input": before_stream.summary() if before_stream else None})
    else:
        typer.echo(f"verdict: {result.label}")
        if result.is_incident:
            typer.echo(f"respond within: {result.response_minutes} minutes")
        typer.echo(f"justification: {result.justification}")
        typer.echo(f"path: {result.path_text()}")
        if window.status != "ok":
            typer.echo(f"note: {window.note}")
    raise typer.Exit(EXIT_FOUND if result.is_incident else EXIT_OK)
