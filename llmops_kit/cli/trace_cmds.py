"""``llmops inspect``, ``diagnose`` and ``redact``: commands that read traces one at a time (streamed).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer

from ..traces import Trace
from .app import (
    AnnotateFlag,
    ContractOpt,
    EngineOpt,
    JsonFlag,
    PathArg,
    ProgressFlag,
    RedactFlag,
    SchedulerOpt,
    WorkersOpt,
    app,
)
from .output import (
    EXIT_FOUND,
    EXIT_OK,
    contract_from,
    fail,
    print_frame,
    print_json,
)
from .stream import TraceStream


@app.command()
def inspect(
    path: PathArg, as_json: JsonFlag = False, contract: ContractOpt = None, progress: ProgressFlag = True,
    workers: WorkersOpt = None, engine: EngineOpt = "process", scheduler: SchedulerOpt = None,
    redact: RedactFlag = False,
) -> None:
    """Summary table: query, documents and scores, prompt version, model, latency, error, one-line diagnosis."""
    from ..parallel import redacted_summary_rows, summary_frame, summary_rows

    rules = contract_from(contract)
    stream = TraceStream(path, progress=progress and not as_json, what="inspecting", contract=rules)
    task = partial(redacted_summary_rows if redact else summary_rows, contract=rules)
    frame = stream.feed(lambda _: summary_frame(stream.results(task, workers=workers, engine=engine,
                                                                scheduler=scheduler)))
    if as_json:
        rows = json.loads(frame.to_json(orient="records", date_format="iso", default_handler=str))
        print_json(stream.summary() | {"traces": rows})
        return
    print_frame(frame, as_json=False, title=f"{len(frame)} trace(s)")


@app.command()
def diagnose(
    path: PathArg, as_json: JsonFlag = False, contract: ContractOpt = None, progress: ProgressFlag = True,
    workers: WorkersOpt = None, engine: EngineOpt = "process", scheduler: SchedulerOpt = None,
    annotate: AnnotateFlag = False,
) -> None:
    """Run every detector on each trace and list the findings; exit 1 when any finding fired."""
    from ..parallel import diagnose_each

    rules = contract_from(contract)
    stream = TraceStream(path, progress=progress and not as_json, what="diagnosing", contract=rules)
    rows: list[dict[str, Any]] = []
    healthy: list[str] = []
    total = 0
    diagnosed: list[tuple[Trace, Any]] = []  # kept only with --annotate

    def run(traces: Iterable[Trace]) -> None:
        nonlocal total
        if annotate:  # the annotations go on each trace's root span: diagnose here, next to the trace
            pairs: Iterable[tuple[Trace | None, Any]] = ((t, diagnose_each([t], rules)[0]) for t in traces)
        else:
            task = partial(diagnose_each, contract=rules)
            pairs = ((None, r) for r in stream.results(task, workers=workers, engine=engine, scheduler=scheduler))
        for trace, result in pairs:
            total += 1
            if annotate:
                diagnosed.append((trace, result))
            if result.healthy:
                healthy.append(result.trace_id)
            rows.extend(
                {"trace_id": result.trace_id, "status": f.status, "code": f.code, "signal": f.signal,
                 "observed": f.observed, "threshold": f.threshold, "explanation": f.explanation}
                for f in [*result.findings, *result.not_evaluable]
            )

    stream.feed(run)
    if annotate:
        from .backend import annotate_diagnoses_cmd

        annotate_diagnoses_cmd(path, diagnosed, rules)
    if as_json:
        print_json({"traces": total, **stream.summary(), "healthy": healthy, "findings": rows})
    else:
        columns = ["trace_id", "status", "code", "signal", "observed", "threshold", "explanation"]
        print_frame(pd.DataFrame(rows, columns=columns), as_json=False, title="findings")
        typer.echo(f"{len(healthy)} of {total} trace(s) healthy")
    raise typer.Exit(EXIT_OK if len(healthy) == total else EXIT_FOUND)



@app.command()
def redact(
    path: PathArg,
    out: Annotated[Path, typer.Option("--out", help="Where to write: a folder, a .jsonl file, or a .json file "
                                                    "for one trace.", show_default=False)],
    contract: ContractOpt = None,
    progress: ProgressFlag = True,
) -> None:
    """Write a copy of the traces with personal data replaced by stable placeholders (<EMAIL_1>, <PHONE_1>)."""
    from ..redact import write_redacted

    if out.resolve() == path.resolve():
        fail(f"{out}: the output would overwrite the input; choose another --out.")
    rules = contract_from(contract)
    stream = TraceStream(path, progress=progress, what="redacting")
    written, changed = stream.feed(lambda traces: write_redacted(traces, out, rules))
    typer.echo(f"wrote {written} trace(s) to {out}; {changed} held personal data and were redacted")
