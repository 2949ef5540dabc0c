"""Traces streamed from a path for the commands that read many: progress on a terminal, bad records
reported as ``llmops: skipped ...`` lines and counted, and nothing kept but counts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import TraceLoadError
from ..traces import Trace
from .output import call, fail

T = TypeVar("T")


class TraceStream:
    """Traces streamed from a path: bad records become ``skipped`` lines on stderr and are counted.

    A single JSON file is strict (its error is the one line printed, exit 2); a directory or a JSONL
    file is forgiving (each bad record is skipped, duplicate trace ids included, as in
    ``io.load_traces``). Only the ids are remembered, never the traces or their JSON.
    """

    def __init__(self, path: Path, *, progress: bool, what: str = "reading") -> None:
        from .backend import is_source

        self.source = is_source(path)  # a backend (phoenix://...) streams like a directory: forgiving
        if not self.source and not path.exists():
            fail(f"{path}: no such file or directory; check the path.")
        self.path = path
        self.single = not self.source and path.is_file() and path.suffix != ".jsonl"
        self.loaded = 0
        self.skipped = 0
        self._progress = progress and Console(stderr=True).is_terminal
        self._what = what
        self._console: Console | None = None

    def _skip(self, message: str) -> None:
        self.skipped += 1
        line = f"llmops: skipped {' '.join(message.split())}"
        if self._console is not None:
            self._console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(line, err=True)

    def _items(self) -> Iterator[Trace]:
        from ..io import iter_traces
        from .backend import source_items

        items = source_items(self.path) if self.source else iter_traces(self.path, unique=True)
        for item in items:
            if isinstance(item, TraceLoadError):
                if self.single:
                    raise item
                self._skip(str(item))
                continue
            self.loaded += 1
            yield item

    def __iter__(self) -> Iterator[Trace]:
        if not self._progress:
            yield from self._items()
            return
        columns = (SpinnerColumn(), TextColumn(f"{self._what} {{task.completed:,}} trace(s)"), TimeElapsedColumn())
        with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
            self._console = progress.console
            task = progress.add_task(self._what, total=None)
            for trace in self._items():
                yield trace
                progress.advance(task)
        self._console = None

    def require_some(self) -> None:
        """Exit 2 when not a single trace could be loaded (the skipped lines above say why)."""
        if self.source and self.loaded == 0 and self.skipped == 0:
            fail(f"{self.path}: the source holds no traces in that window; widen since= or check the project name.")
        if self.loaded == 0 and self.skipped == 0:
            fail(f"{self.path}: no trace files (.json or .jsonl) found; check the path.")
        if self.loaded == 0:
            fail(f"{self.path}: no trace could be loaded ({self.skipped} record(s) skipped, see above).")

    def feed(self, consume: Callable[[Iterable[Trace]], T]) -> T:
        """``consume(traces)`` with library errors as one line; then exit 2 if no trace could be loaded."""
        result = call(lambda: consume(self))
        self.require_some()
        return result
