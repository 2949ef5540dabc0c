"""How the ``llmops`` commands talk: exit codes, one-line errors instead of tracebacks, and tables
that are rich on a terminal, plain text when piped, and strict JSON with ``--json``."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

from ..errors import LlmopsError

EXIT_OK, EXIT_FOUND, EXIT_BAD_INPUT = 0, 1, 2
#: A bug, not bad input or a finding (``EX_SOFTWARE`` from sysexits.h): a paging script that pages on 1
#: does not page on a crash, and a crash is never mistaken for "nothing found".
EXIT_CRASH = 70
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


class GuardedGroup(TyperGroup):
    """The ``llmops`` group: an exception no command expected ends as one line and :data:`EXIT_CRASH`."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except LlmopsError as exc:
            fail(str(exc))
        except (BrokenPipeError, typer.Abort):
            raise
        except Exception as exc:
            if hasattr(exc, "exit_code"):  # typer / click exits and usage errors carry their own code
                raise
            detail = " ".join(str(exc).split())[:300]
            fail(f"internal error: {type(exc).__name__}: {detail or 'no detail'}. This is a bug in llmops_kit, "
                 "not in your input: please report it with the command you ran.", EXIT_CRASH)


def strict_json(data: Any) -> Any:
    """``data`` with every NaN or infinite float replaced by None: JSON has no such numbers."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {key: strict_json(value) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [strict_json(value) for value in data]
    return data


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
    """One strict JSON document on stdout (``allow_nan=False``: never ``Infinity`` or ``NaN``)."""
    typer.echo(json.dumps(strict_json(data), indent=2, default=str, sort_keys=True, allow_nan=False))


def contract_from(path: Path | None) -> Any:
    from ..contract import load_contract

    return call(lambda: load_contract(path))
