"""``llmops postmortem lint``: the postmortem against the template and its evidence traces.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import (
    JsonFlag,
    postmortem_app,
)
from .output import (
    EXIT_FOUND,
    EXIT_OK,
    call,
    fail,
    print_json,
)


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
