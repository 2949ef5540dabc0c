"""The ``llmops`` Typer application, its sub-command groups and the options the commands share.

Command modules register on :data:`app` (or a group) when :mod:`llmops_kit.cli` imports them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .output import (
    EXIT_OK,
    GuardedGroup,
)

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
PromptVersionOpt = Annotated[str | None, typer.Option("--prompt-version", help="Prompt template version, e.g. v2.0.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Model id, e.g. gpt-4o-mini.")]
TemperatureOpt = Annotated[
    float | None, typer.Option("--temperature", min=0.0, max=2.0, help="Sampling temperature, 0..2.")
]
IndexOpt = Annotated[
    str | None, typer.Option("--index", help="Re-run retrieval against this local index, e.g. kb-backup.")
]
FilterOpt = Annotated[
    str | None, typer.Option("--filter", help="Re-run retrieval with this metadata filter instead of the recorded "
                             "one: 'category=orders,returns', or 'none' to search unfiltered.")
]
BackendOpt = Annotated[
    str, typer.Option("--backend", help="auto (simulator unless OPENAI_API_KEY is set), simulator, or openai.")
]



def overrides_from(**pairs: Any) -> dict[str, Any]:
    return {key: value for key, value in pairs.items() if value is not None}


def parse_filter(text: str | None) -> dict[str, list[str]] | None:
    """``--filter`` as a retrieval filter: ``none`` -> ``{}``, ``category=a,b`` -> ``{"category": ["a", "b"]}``."""
    if text is None:
        return None
    if text.strip().lower() == "none":
        return {}
    key, sep, values = text.partition("=")
    names = [v.strip() for v in values.split(",") if v.strip()]
    if not sep or not key.strip() or not names:
        raise typer.BadParameter(f"{text!r}: write FIELD=VALUE[,VALUE...] such as category=orders, or none.",
                                 param_hint="--filter")
    return {key.strip(): names}


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
