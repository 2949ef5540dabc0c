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

``app.py`` holds the application and the shared options; the commands live in one module per group
(``trace_cmds``: inspect, diagnose, redact; ``replay_cmds``: replay, bulk-replay; ``window_cmds``: metrics,
triage; ``postmortem_cmds``; ``course_cmds``: drill, report, submission; ``backend``: pull, watch);
``output.py`` has the exit codes, the one-line errors and the rendering, ``stream.py`` the streamed
reading of many traces.
"""

from __future__ import annotations

import sys

import typer

from ..errors import LlmopsError
from . import course_cmds, postmortem_cmds, replay_cmds, trace_cmds, window_cmds  # noqa: F401  (register the commands)
from .app import app
from .backend import pull_app, watch_app
from .output import EXIT_BAD_INPUT, EXIT_CRASH, EXIT_FOUND, EXIT_OK

__all__ = ["EXIT_BAD_INPUT", "EXIT_CRASH", "EXIT_FOUND", "EXIT_OK", "app", "main"]

app.add_typer(pull_app, name="pull")
app.add_typer(watch_app, name="watch")


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

