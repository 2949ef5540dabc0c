"""How the ``llmops`` commands talk: exit codes, one-line errors instead of tracebacks, and tables
that are rich on a terminal, plain text when piped, and JSON with ``--json``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from ..errors import LlmopsError

EXIT_OK, EXIT_FOUND, EXIT_BAD_INPUT = 0, 1, 2
#: Above this many rows a terminal gets plain text too: a rich table of 100,000 rows costs gigabytes.
RICH_MAX_ROWS = 1000
T = TypeVar("T")


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    """One line on stderr, then exit; never a traceback."""
    typer.echo(f"llmops: {' '.join(str(message).split())}", err=True)
    raise typer.Exit(code)


def call(action: Callable[[], T]) -> T:
    """Call into the library, turning its errors (and unreadable files) into one line and exit code 2."""
    try:
        return action()
    except LlmopsError as exc:
        fail(str(exc))
    except BrokenPipeError:
        raise  # the reader went away (e.g. `| head`): typer exits quietly
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        fail(f"{where}{exc.strerror or exc}; check the path and its permissions.")


def is_terminal() -> bool:
    return Console().is_terminal


def print_frame(frame: pd.DataFrame, *, as_json: bool, title: str | None = None) -> None:
    """JSON records, a rich table on a terminal, or aligned plain text when piped."""
    if as_json:
        typer.echo(frame.to_json(orient="records", date_format="iso", default_handler=str))
        return
    if not is_terminal() or len(frame) > RICH_MAX_ROWS:
        typer.echo(frame.to_string(index=False) if len(frame) else "(no rows)")
        return
    table = Table(title=title)
    for column in frame.columns:
        table.add_column(str(column), overflow="fold")
    for row in frame.itertuples(index=False):
        table.add_row(*("" if value is None or value is pd.NA else str(value) for value in row))
    Console(soft_wrap=False).print(table)


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, default=str, sort_keys=True))


def contract_from(path: Path | None) -> Any:
    from ..contract import load_contract

    return call(lambda: load_contract(path))
