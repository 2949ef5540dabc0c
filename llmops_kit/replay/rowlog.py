"""Bulk replay's output on disk: one JSON row per line, appended the moment each replay finishes.

A run interrupted by Ctrl-C, a crash or a lost connection keeps every row it finished: rows are
appended one ``write`` each (:func:`~llmops_kit.atomic.append_line`), never rewritten, so the file only
ever holds whole rows plus, after a crash mid-write, one torn last line without its newline. Reading
for ``resume`` drops such a torn tail before appending again. Each line carries the overrides it was
replayed with, so resuming with other overrides is refused instead of mixing two experiments.

When the run ends (interrupted or not) a summary is written beside the rows, atomically, as
``<stem>.summary.json``.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from pathlib import Path
from typing import Any

from ..atomic import append_line, atomic_write
from ..errors import ReplayError

#: The key on every row line that records how the row was replayed (the overrides).
SETTINGS_KEY = "replay_overrides"


def summary_path(path: str | os.PathLike[str]) -> Path:
    """Where the summary of a row file goes: ``rows.jsonl`` -> ``rows.summary.json``."""
    target = Path(path)
    return target.with_name(f"{target.stem}.summary.json")


def _plain(value: Any) -> Any:
    """Strict JSON: a non-finite number becomes null, anything exotic its text."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "item"):  # a numpy scalar from a DataFrame
        return _plain(value.item())
    return str(value)


class RowLog:
    """An append-only JSONL file of bulk replay rows; ``resume=True`` keeps (and returns) what it holds."""

    def __init__(self, path: str | os.PathLike[str], *, overrides: dict[str, Any], resume: bool = False) -> None:
        self.path = Path(path)
        self.overrides = dict(overrides)
        self.previous: list[dict[str, Any]] = self._read() if resume and self.path.exists() else []
        if not resume or not self.path.exists():
            atomic_write(self.path, "")  # a fresh run starts from an empty file, never from a half-old one
            summary_path(self.path).unlink(missing_ok=True)  # an earlier run's summary would describe other rows
        self._fd: int | None = os.open(self.path, os.O_WRONLY | os.O_APPEND)

    def _read(self) -> list[dict[str, Any]]:
        data = self.path.read_bytes()
        whole = data[: data.rfind(b"\n") + 1]
        if len(whole) != len(data):  # a crash mid-append left a torn last line: drop it before appending
            with open(self.path, "r+b") as handle:
                handle.truncate(len(whole))
        rows: list[dict[str, Any]] = []
        for number, line in enumerate(whole.decode("utf-8", errors="replace").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ReplayError(
                    f"{self.path}, line {number}: not a bulk-replay row ({exc.msg}); resume only into a file that "
                    "bulk-replay wrote, or choose another output file."
                ) from exc
            if not isinstance(row, dict) or "trace_id" not in row or "status" not in row:
                raise ReplayError(
                    f"{self.path}, line {number}: not a bulk-replay row (no trace_id / status); resume only into a "
                    "file that bulk-replay wrote, or choose another output file."
                )
            recorded = row.pop(SETTINGS_KEY, None)
            if recorded != self.overrides:
                raise ReplayError(
                    f"{self.path}, line {number}: this row was replayed with overrides {recorded}, not "
                    f"{self.overrides}; resume with the same overrides, or write to another output file."
                )
            rows.append(row)
        return rows

    def finished(self) -> Counter[str]:
        """Trace ids with a completed row (status ok) from an earlier run; error rows are replayed again."""
        return Counter(str(row["trace_id"]) for row in self.previous if row.get("status") == "ok")

    def append(self, row: dict[str, Any]) -> None:
        """Write one row as one line, at once."""
        if self._fd is None:
            raise ReplayError(f"{self.path}: the row file is already closed; start a new run to write more rows.")
        record = {key: _plain(value) for key, value in row.items()} | {SETTINGS_KEY: self.overrides}
        append_line(self._fd, json.dumps(record, allow_nan=False, ensure_ascii=False))

    def close(self) -> None:
        """Flush the rows to disk (one fsync for the whole run, not one per row) and close the file."""
        if self._fd is not None:
            try:
                os.fsync(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    def write_summary(self, summary: dict[str, Any]) -> Path:
        """The run's summary beside the rows, written atomically."""
        target = summary_path(self.path)
        clean = json.loads(json.dumps(summary, default=_plain))
        atomic_write(target, json.dumps(clean, indent=2, sort_keys=True, allow_nan=False) + "\n")
        return target
