"""``llmops replay`` and ``bulk-replay``: send recorded requests again, with a control, over the openai SDK.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..errors import TraceLoadError
from .app import (
    EXIT_INTERRUPTED,
    BackendOpt,
    ContractOpt,
    FilterOpt,
    IndexOpt,
    JsonFlag,
    ModelOpt,
    ProgressFlag,
    PromptVersionOpt,
    RedactFlag,
    TemperatureOpt,
    app,
    overrides_from,
    parse_filter,
)
from .output import (
    EXIT_FOUND,
    EXIT_OK,
    call,
    contract_from,
    fail,
    print_frame,
)


@app.command()
def replay(
    file: Annotated[Path, typer.Argument(help="One trace file to replay, or a Phoenix source with ?trace_id=ID.",
                                         show_default=False)],
    prompt_version: PromptVersionOpt = None,
    model: ModelOpt = None,
    temperature: TemperatureOpt = None,
    index: IndexOpt = None,
    retrieval_filter: FilterOpt = None,
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
    overrides = overrides_from(prompt_version=prompt_version, model=model, temperature=temperature, index=index,
                           retrieval_filter=parse_filter(retrieval_filter))
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
    retrieval_filter: FilterOpt = None,
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
    overrides = overrides_from(prompt_version=prompt_version, model=model, temperature=temperature, index=index,
                           retrieval_filter=parse_filter(retrieval_filter))
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
