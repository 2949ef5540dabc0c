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
  an invalid option value, or any other error the package raised on purpose (``LlmopsError``).

The commands live here; ``output.py`` has the exit codes, the one-line errors and the rendering,
``stream.py`` the streamed reading of many traces.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer
from rich.console import Console

from ..errors import LlmopsError, TraceLoadError
from ..traces import Trace
from .output import EXIT_BAD_INPUT, EXIT_FOUND, EXIT_OK, call, contract_from, fail, print_frame, print_json
from .stream import TraceStream

from .backend import pull_app, watch_app  # isort: skip  (pull / watch: an observability backend)

__all__ = ["EXIT_BAD_INPUT", "EXIT_FOUND", "EXIT_OK", "app", "main"]

app = typer.Typer(
    name="llmops",
    help="Incident response for LLM/RAG traces: inspect, diagnose, replay, metrics, triage, drill, postmortem.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
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
    path: PathArg, as_json: JsonFlag = False, contract: ContractOpt = None, progress: ProgressFlag = True
) -> None:
    """Summary table: query, documents and scores, prompt version, model, latency, error, one-line diagnosis."""
    from ..summary import summary_table

    rules = contract_from(contract)
    stream = TraceStream(path, progress=progress and not as_json, what="inspecting")
    frame = stream.feed(lambda traces: summary_table(traces, rules))
    print_frame(frame, as_json=as_json, title=f"{len(frame)} trace(s)")


@app.command()
def diagnose(
    path: PathArg, as_json: JsonFlag = False, contract: ContractOpt = None, progress: ProgressFlag = True,
    annotate: AnnotateFlag = False,
) -> None:
    """Run every detector on each trace and list the findings; exit 1 when any finding fired."""
    from ..diagnose import diagnose as run_diagnosis

    rules = contract_from(contract)
    stream = TraceStream(path, progress=progress and not as_json, what="diagnosing")
    rows: list[dict[str, Any]] = []
    healthy: list[str] = []
    total = 0
    diagnosed: list[tuple[Trace, Any]] = []  # kept only with --annotate

    def run(traces: Iterable[Trace]) -> None:
        nonlocal total
        for trace in traces:
            result = run_diagnosis(trace, rules)
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
        print_json({"traces": total, "skipped": stream.skipped, "healthy": healthy, "findings": rows})
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
) -> None:
    """Replay one trace with overrides (simulated offline unless OPENAI_API_KEY is set) and compare side by side."""
    from ..io import load_trace_record, save_trace_record
    from ..replay import compare_traces, make_client, replay_trace
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
    client = call(lambda: make_client(backend))  # type: ignore[arg-type]
    replayed = call(lambda: replay_trace(original, overrides, client=client, contract=rules))
    if save is not None:
        call(lambda: save_trace_record(replayed, save))
    frame = call(lambda: compare_traces(original, replayed, contract=rules))
    print_frame(frame, as_json=as_json, title=f"{original.trace_id}: original vs replayed")


@app.command("bulk-replay")
def bulk_replay_cmd(
    path: Annotated[Path, typer.Argument(help="Directory (or JSONL file) of traces to replay.", show_default=False)],
    prompt_version: PromptVersionOpt = None,
    model: ModelOpt = None,
    temperature: TemperatureOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = "auto",
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="Replays in flight at once.")] = 8,
    as_json: JsonFlag = False,
    contract: ContractOpt = None,
    progress: ProgressFlag = True,
) -> None:
    """Replay every trace with the same overrides; exit 1 when any replay fails its gates or errors."""
    from ..replay import bulk_replay, make_client, verdict_counts
    from .backend import is_source, source_traces

    if is_source(path):
        path = source_traces(path, contract_from(contract))  # type: ignore[assignment]  (traces, not a path)
    elif not path.exists():
        fail(f"{path}: no such file or directory; check the path.")
    rules = contract_from(contract)
    overrides = _overrides(prompt_version=prompt_version, model=model, temperature=temperature, index=index)
    client = call(lambda: make_client(backend))  # type: ignore[arg-type]
    show = progress and not as_json and Console(stderr=True).is_terminal
    frame = call(
        lambda: bulk_replay(path, overrides, concurrency=concurrency, progress=show, client=client, contract=rules)
    )
    unloadable = frame["error_kind"].eq(TraceLoadError.__name__)
    for message in frame.loc[unloadable, "error"]:
        typer.echo(f"llmops: skipped {' '.join(str(message).split())}", err=True)
    if frame.empty or unloadable.all():
        fail(f"{path}: no trace could be loaded ({int(unloadable.sum())} record(s) skipped).")
    print_frame(frame, as_json=as_json, title="bulk replay")
    if not as_json:
        summary = ", ".join(f"{count} {verdict}" for verdict, count in verdict_counts(frame).items())
        typer.echo(f"{int(frame['passed'].sum())} of {len(frame)} replay(s) passed; {summary}")
    raise typer.Exit(EXIT_OK if bool(frame["passed"].all()) else EXIT_FOUND)


@app.command()
def metrics(
    path: PathArg, as_json: JsonFlag = False, contract: ContractOpt = None, progress: ProgressFlag = True
) -> None:
    """Window metrics graded green / warning / critical by the contract; exit 1 on any breach."""
    from ..metrics import compute_metrics, trace_facts

    rules = contract_from(contract)
    stream = TraceStream(path, progress=progress and not as_json, what="measuring")
    facts = stream.feed(lambda traces: trace_facts(traces, rules))
    window = call(lambda: compute_metrics(facts, rules))
    if as_json:
        print_json(window.model_dump(mode="json") | {"breaches": window.breaches(), "skipped": stream.skipped})
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
    annotate: AnnotateFlag = False,
) -> None:
    """Classify a window of traces: incident class, severity and response time; exit 1 for an incident."""
    from ..metrics import compute_metrics, trace_facts
    from ..triage import signals_from_metrics
    from ..triage import triage as run_triage

    rules = contract_from(contract)

    def window_of(source: Path) -> Any:
        stream = TraceStream(source, progress=progress and not as_json, what="measuring")
        facts = stream.feed(lambda traces: trace_facts(traces, rules))
        return call(lambda: compute_metrics(facts, rules))

    window = window_of(path)
    before = window_of(baseline) if baseline is not None else None
    result = call(lambda: run_triage(signals_from_metrics(window, before, contract=rules), rules))
    if annotate:
        from .backend import annotate_triage_cmd

        annotate_triage_cmd(path, result, rules)
    if as_json:
        print_json(result.model_dump(mode="json") | {"window_size": window.size, "window_status": window.status})
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
    """Console entry point; a library error that escaped a command still ends as one line, exit 2."""
    try:
        app()
    except LlmopsError as exc:
        typer.echo(f"llmops: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)

