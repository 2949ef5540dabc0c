"""The ``llmops`` command line: thin wrappers over the package functions.

Each command validates its arguments, calls one library function, renders the result, and turns
library errors into one clean line on stderr. Output is a rich table on a terminal, plain text when
piped, and JSON with ``--json``. Commands that read many traces stream them (``io.iter_traces``), so a
directory or JSONL file of any size is never held in memory as raw JSON or as a list of traces; a bad
record is reported as one ``llmops: skipped ...`` line on stderr and the rest are still processed.

Exit codes:

- 0: the command worked and found nothing wrong;
- 1: the command worked and found problems (diagnosis findings, breached metrics, an incident, a
  failing postmortem lint or submission check, replays that failed their gates or errored);
- 2: bad input: a missing path, a file that cannot be read or validated, nothing loadable at all,
  an invalid option value, or any other error the package raised on purpose (``LlmopsError``);
- 70: an internal error (a bug): one ``llmops: internal error: ...`` line, never a traceback, and never
  the code of "found problems", so a script that pages on 1 does not page on a crash.

The commands live here; ``output.py`` has the exit codes, the one-line errors and the rendering,
``stream.py`` the streamed reading of many traces.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer
from rich.console import Console

from ..errors import LlmopsError, TraceLoadError
from ..traces import Trace
from .output import (
    EXIT_BAD_INPUT,
    EXIT_CRASH,
    EXIT_FOUND,
    EXIT_OK,
    GuardedGroup,
    call,
    contract_from,
    fail,
    print_frame,
    print_json,
)
from .stream import TraceStream

from .backend import pull_app, watch_app  # isort: skip  (pull / watch: an observability backend)

__all__ = ["EXIT_BAD_INPUT", "EXIT_CRASH", "EXIT_FOUND", "EXIT_OK", "app", "main"]

app = typer.Typer(
    name="llmops",
    help="Incident response for LLM/RAG traces: inspect, diagnose, replay, metrics, triage, drill, postmortem.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=GuardedGroup,
)
postmortem_app = typer.Typer(help="Postmortem tools.", no_args_is_help=True)
submission_app = typer.Typer(help="Build and verify the course submission zip.", no_args_is_help=True)
app.add_typer(postmortem_app, name="postmortem")
app.add_typer(submission_app, name="submission")
app.add_typer(pull_app, name="pull")
app.add_typer(watch_app, name="watch")

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]
PathArg = Annotated[
    Path, typer.Argument(help="A trace file, a directory of traces, a JSONL file, or a Phoenix source "
                         "phoenix://HOST:PORT/PROJECT?since=1h.", show_default=False)
]
AnnotateFlag = Annotated[
    bool, typer.Option("--annotate", help="Write the results back to the Phoenix source as span annotations.")
]
ContractOpt = Annotated[
    Path | None, typer.Option("--contract", help="Observability contract JSON (default: the packaged one).")
]
ProgressFlag = Annotated[
    bool, typer.Option("--progress/--no-progress", help="Progress on stderr (shown only on a terminal).")
]
WorkersOpt = Annotated[
    int | None, typer.Option("--workers", min=1, help="Processes to use (default: every core; 1 stays in-process).")
]
EngineOpt = Annotated[
    str, typer.Option("--engine", help="process (this machine) or dask (a Dask cluster; needs the dask extra).")
]
SchedulerOpt = Annotated[
    str | None, typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 "
                             "(default with --engine dask: a local cluster of --workers processes).")
]


#: Exit code after Ctrl-C (128 + SIGINT), as shells report it; bulk-replay exits with it after keeping its rows.
EXIT_INTERRUPTED = 130


RedactFlag = Annotated[
    bool, typer.Option("--redact", help="Replace personal data (e-mails, phones, cards, IBANs) with placeholders.")
]


def _overrides(**pairs: Any) -> dict[str, Any]:
    return {key: value for key, value in pairs.items() if value is not None}


# ---- commands --------------------------------------------------------------------------------------


def _show_version(value: bool) -> None:
    if not value:
        return
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        typer.echo(dist_version("llmops_kit"))
    except PackageNotFoundError:
        typer.echo("unknown (llmops_kit is not installed)")
    raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Incident response for LLM/RAG traces."""


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


PromptVersionOpt = Annotated[str | None, typer.Option("--prompt-version", help="Prompt template version, e.g. v2.0.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Model id, e.g. gpt-4o-mini.")]
TemperatureOpt = Annotated[
    float | None, typer.Option("--temperature", min=0.0, max=2.0, help="Sampling temperature, 0..2.")
]
IndexOpt = Annotated[
    str | None, typer.Option("--index", help="Re-run retrieval against this local index, e.g. kb-backup.")
]
BackendOpt = Annotated[
    str, typer.Option("--backend", help="auto (simulator unless OPENAI_API_KEY is set), simulator, or openai.")
]


@app.command()
def replay(
    file: Annotated[Path, typer.Argument(help="One trace file to replay, or a Phoenix source with ?trace_id=ID.",
                                         show_default=False)],
    prompt_version: PromptVersionOpt = None,
    model: ModelOpt = None,
    temperature: TemperatureOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = "auto",
    save: Annotated[Path | None, typer.Option("--save", help="Also write the replayed trace to this file.")] = None,
    as_json: JsonFlag = False,
    contract: ContractOpt = None,
    redact: RedactFlag = False,
) -> None:
    """Replay one trace with overrides (simulated offline unless OPENAI_API_KEY is set) and compare side by side."""
    from ..io import load_trace_record, save_trace_record
    from ..redact import redact_trace
    from ..replay import compare_traces, make_client, replay_with_control
    from .backend import is_source, source_traces

    if not is_source(file) and not file.is_file():
        fail(f"{file}: no such file; pass one trace file (use bulk-replay for a directory).")
    rules = contract_from(contract)
    overrides = _overrides(prompt_version=prompt_version, model=model, temperature=temperature, index=index)
    if is_source(file):
        pulled = source_traces(file, rules)
        if len(pulled) != 1:
            fail(f"{file}: the source holds {len(pulled)} traces; add ?trace_id=ID to pick one, or use bulk-replay.")
    original = pulled[0] if is_source(file) else call(lambda: load_trace_record(file))
    if redact:  # before anything is sent: the model sees placeholders, never the customer's data
        original = call(lambda: redact_trace(original, rules))
    client = call(lambda: make_client(backend))  # type: ignore[arg-type]
    judged = call(lambda: replay_with_control(original, overrides, client=client, contract=rules))
    replayed = judged.replayed
    control = judged.control
    if redact:  # the answers too: a model may echo what it was sent before redaction existed
        replayed, control = (call(lambda t=t: redact_trace(t, rules)) for t in (replayed, control))
    if save is not None:
        call(lambda: save_trace_record(replayed, save))
    frame = call(lambda: compare_traces(original, replayed, control=control, contract=rules))
    print_frame(frame, as_json=as_json, title=f"{original.trace_id}: original vs control vs replayed")
    if not as_json:
        typer.echo(judged.summary())


@app.command("bulk-replay")
def bulk_replay_cmd(
    path: Annotated[Path, typer.Argument(help="Directory (or JSONL file) of traces to replay.", show_default=False)],
    prompt_version: PromptVersionOpt = None,
    model: ModelOpt = None,
    temperature: TemperatureOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = "auto",
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="Replays in flight at once.")] = 8,
    timeout: Annotated[
        float, typer.Option(min=0.001, help="Overall deadline of one replay in seconds, retries included.")
    ] = 30.0,
    max_retries: Annotated[int, typer.Option(min=0, max=20, help="Retries per replay (429, 5xx, timeouts).")] = 2,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="JSONL file that gets each row as it finishes, plus "
                                  "<name>.summary.json at the end.")
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Keep the rows already in --output and replay only the rest.")
    ] = False,
    as_json: JsonFlag = False,
    contract: ContractOpt = None,
    progress: ProgressFlag = True,
    redact: RedactFlag = False,
) -> None:
    """Replay every trace with the same overrides; exit 1 when any replay fails its gates or errors.

    Ctrl-C stops new replays, waits for those in flight (at most --timeout), prints the finished rows
    and exits 130; with --output every finished row is already on disk, and --resume continues.
    """
    from ..replay import bulk_replay, make_client, verdict_counts
    from ..replay.runner import ReplayInterrupted
    from .backend import is_source, source_traces

    if is_source(path):
        path = source_traces(path, contract_from(contract))  # type: ignore[assignment]  (traces, not a path)
    elif not path.exists():
        fail(f"{path}: no such file or directory; check the path.")
    if resume and output is None:
        fail("--resume needs --output, the row file of the run to continue.")
    rules = contract_from(contract)
    overrides = _overrides(prompt_version=prompt_version, model=model, temperature=temperature, index=index)
    client = call(lambda: make_client(backend))  # type: ignore[arg-type]
    show = progress and not as_json and Console(stderr=True).is_terminal
    interrupted: ReplayInterrupted | None = None
    try:
        frame = call(lambda: bulk_replay(
            path, overrides, concurrency=concurrency, progress=show, client=client, contract=rules,
            timeout=timeout, max_retries=max_retries, output=output, resume=resume, redact=redact,
        ))
    except ReplayInterrupted as exc:
        interrupted = exc
        frame = exc.result.frame
    except KeyboardInterrupt:  # before the replays started (loading): nothing was replayed, nothing is lost
        fail("interrupted before any replay started.", EXIT_INTERRUPTED)
    unloadable = frame["error_kind"].eq(TraceLoadError.__name__)
    for message in frame.loc[unloadable, "error"]:
        typer.echo(f"llmops: skipped {' '.join(str(message).split())}", err=True)
    if interrupted is None and (frame.empty or unloadable.all()):
        fail(f"{path}: no trace could be loaded ({int(unloadable.sum())} record(s) skipped).")
    print_frame(frame, as_json=as_json, title="bulk replay")
    if not as_json:
        summary = ", ".join(f"{count} {verdict}" for verdict, count in verdict_counts(frame).items())
        typer.echo(f"{int(frame['passed'].sum())} of {len(frame)} replay(s) passed; {summary}")
    if interrupted is not None:
        kept = f"; they are in {output}, continue with --resume" if output is not None else ""
        typer.echo(f"llmops: interrupted: {len(frame)} row(s) finished{kept}; "
                   f"{interrupted.result.pending} trace(s) not replayed.", err=True)
        raise typer.Exit(EXIT_INTERRUPTED)
    raise typer.Exit(EXIT_OK if bool(frame["passed"].all()) else EXIT_FOUND)


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


@app.command()
def drill(
    failure: Annotated[
        str, typer.Option(help="Failure to inject: retrieval_outage, latency_spike or quality_degradation.")
    ] = "retrieval_outage",
    seed: Annotated[int, typer.Option(help="Seed for the drill traffic (same seed, same drill).")] = 7,
    requests: Annotated[int, typer.Option(min=1, help="Requests in the window.")] = 10,
    failed: Annotated[int, typer.Option(min=0, help="How many of them the failure is injected into.")] = 6,
    backend: BackendOpt = "auto",
    as_json: JsonFlag = False,
    contract: ContractOpt = None,
) -> None:
    """Run the end-to-end incident drill (Task 6): baseline, injected failure, alert, triage, replay, breaker."""
    from ..drill import run_drill
    from ..replay import make_client

    rules = contract_from(contract)
    client = call(lambda: make_client(backend))  # type: ignore[arg-type]

    def show(stage: Any) -> None:  # print each stage as soon as it is done
        typer.echo(stage.text() + "\n")

    log = call(lambda: run_drill(seed=seed, failure=failure, contract=rules, client=client, requests=requests,
                                 failed=failed, on_stage=None if as_json else show))
    if as_json:
        print_json(log.model_dump(mode="json"))


# ---- redaction ------------------------------------------------------------------------------------


def _redacted(traces: Iterable[Trace], contract: Any) -> Iterable[Trace]:
    from ..redact import redact_trace

    return (redact_trace(trace, contract) for trace in traces)


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


@postmortem_app.command("lint")
def postmortem_lint(
    file: Annotated[Path, typer.Argument(help="The postmortem Markdown file.", show_default=False)],
    evidence: Annotated[
        Path | None, typer.Option("--evidence", help="Folder of the cited traces, to recheck the quoted values.")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Check a postmortem against the course template and its evidence; exit 1 when it has errors."""
    from ..postmortem import lint_postmortem

    if not file.is_file():
        fail(f"{file}: no such file; pass the postmortem Markdown file.")
    if evidence is not None and not evidence.exists():
        fail(f"{evidence}: no such evidence folder; check the path.")
    report = call(lambda: lint_postmortem(file, evidence_dir=evidence))
    if as_json:
        print_json(report.model_dump(mode="json") | {"ok": report.ok})
    else:
        typer.echo(report.summary())
    raise typer.Exit(EXIT_OK if report.ok else EXIT_FOUND)


@app.command()
def report(
    output: Annotated[Path, typer.Option(help="Where to write the PDF.")] = Path("report/report.pdf"),
    outputs_dir: Annotated[Path, typer.Option(help="Folder of output samples the report reads.")] = Path("outputs"),
    screenshots_dir: Annotated[Path, typer.Option(help="Folder of the report's figures.")] = Path("screenshots"),
    source: Annotated[Path, typer.Option(help="The typst source.")] = Path("report/report.typ"),
    author: Annotated[str | None, typer.Option(help="Name on the title block (default: $LLMOPS_STUDENT_NAME).")] = None,
    strict: Annotated[bool, typer.Option(help="Exit 1 without building when an output file is missing.")] = False,
) -> None:
    """Build the report PDF from the outputs the notebook run wrote."""
    from pypdf import PdfReader

    from ..report import build_report, missing_outputs

    missing = call(lambda: missing_outputs(outputs_dir, source=source, screenshots_dir=screenshots_dir))
    if missing and strict:
        fail(f"the report is missing {', '.join(missing)}; execute the notebook first.", EXIT_FOUND)
    path = call(lambda: build_report(out_pdf=output, outputs_dir=outputs_dir, source=source,
                                     screenshots_dir=screenshots_dir, author=author))
    typer.echo(f"wrote {path} ({len(PdfReader(path).pages)} pages)")
    for name in missing:
        typer.echo(f"llmops: warning: missing {name} (shown as a placeholder)", err=True)


@submission_app.command("build")
def submission_build(
    name: Annotated[str | None, typer.Option(help="Your name for the zip (or set LLMOPS_STUDENT_NAME).")] = None,
    out_dir: Annotated[Path, typer.Option(help="Folder to write the zip into.")] = Path("."),
    root: Annotated[Path, typer.Option(help="Repository root with the notebook, postmortem and report.")] = Path("."),
    verify: Annotated[bool, typer.Option("--verify/--no-verify", help="Check the zip after building it.")] = True,
    evidence: Annotated[Path | None, typer.Option(help="Folder of the traces the postmortem cites.")] = None,
) -> None:
    """Build <Name>_LLM_Observability_Assignment2.zip, then verify it; exit 1 when it has problems."""
    from ..submission import build_submission, verify_submission

    path = call(lambda: build_submission(name, out_dir, root=root))
    typer.echo(f"wrote {path}")
    if not verify:
        return
    result = call(lambda: verify_submission(path, evidence_dir=evidence))
    typer.echo(result.render())
    raise typer.Exit(EXIT_OK if result.ok else EXIT_FOUND)


@submission_app.command("verify")
def submission_verify(
    zip_path: Annotated[Path, typer.Argument(help="The submission zip to check.", show_default=False)],
    evidence: Annotated[Path | None, typer.Option(help="Folder of the traces the postmortem cites.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Check a submission zip as a grader would; exit 1 when it has problems."""
    from ..submission import verify_submission

    if not zip_path.is_file():
        fail(f"{zip_path}: no such file; pass the submission zip.")
    result = call(lambda: verify_submission(zip_path, evidence_dir=evidence))
    if as_json:
        print_json(result.model_dump(mode="json") | {"ok": result.ok})
    else:
        typer.echo(result.render())
    raise typer.Exit(EXIT_OK if result.ok else EXIT_FOUND)


def main() -> None:
    """Console entry point; a library error that escaped a command still ends as one line (exit 2), and
    anything else as one ``internal error`` line (exit 70), never a traceback."""
    try:
        app()
    except LlmopsError as exc:
        typer.echo(f"llmops: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except Exception as exc:
        typer.echo(f"llmops: internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}. This is a "
                   "bug in llmops_kit, not in your input: please report it with the command you ran.", err=True)
        sys.exit(EXIT_CRASH)

