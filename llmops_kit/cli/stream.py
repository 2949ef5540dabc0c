"""Traces streamed from a path for the commands that read many: progress on a terminal, bad records
reported as ``llmops: skipped ...`` lines, counted and listed for ``--json``, and no trace kept."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..contract import Contract
from ..errors import TraceLoadError
from ..io import LoadWarning
from ..traces import Trace
from .output import call, fail

T = TypeVar("T")
#: ``--json`` lists at most this many errors (the count is always complete): a file of a million bad
#: lines must not become a million-entry document in memory.
MAX_LISTED = 1000


class TraceStream:
    """Traces streamed from a path: bad records become ``skipped`` lines on stderr and are counted.

    A single JSON file is strict (its error is the one line printed, exit 2); a directory or a JSONL
    file is forgiving (each bad record is skipped, duplicate trace ids included, as in
    ``io.load_traces``). Every skip (unreadable folders and files included) is one stderr line, counted
    in ``skipped`` and listed in :meth:`summary` for ``--json``; a value kept with a doubt (a relevance
    score on another scale) is a ``llmops: warning:`` line. Only the ids are remembered, never the traces.
    """

    def __init__(
        self, path: Path, *, progress: bool, what: str = "reading", contract: Contract | None = None
    ) -> None:
        from .backend import is_source

        self.source = is_source(path)  # a backend (phoenix://...) streams like a directory: forgiving
        if not self.source and not path.exists():
            fail(f"{path}: no such file or directory; check the path.")
        self.path = path
        self.single = not self.source and path.is_file() and path.suffix not in (".jsonl", ".parquet")
        self.contract = contract
        self.loaded = 0
        self.skipped = 0
        self.errors: list[TraceLoadError] = []
        self.warnings: list[LoadWarning] = []
        self._progress = progress and Console(stderr=True).is_terminal
        self._what = what
        self._console: Console | None = None

    def _say(self, line: str) -> None:
        if self._console is not None:
            self._console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(line, err=True)

    def _skip(self, error: TraceLoadError) -> None:
        self.skipped += 1
        if len(self.errors) < MAX_LISTED:
            self.errors.append(error)
        self._say(f"llmops: skipped {' '.join(str(error).split())}")

    def _warn(self, warning: LoadWarning) -> None:
        if len(self.warnings) < MAX_LISTED:
            self.warnings.append(warning)
        self._say(f"llmops: warning: {' '.join(str(warning).split())}")

    def _items(self, source: Iterable[Any] | None = None) -> Iterator[Any]:
        from ..io import iter_traces
        from .backend import source_items

        if source is None:
            source = (source_items(self.path) if self.source
                      else iter_traces(self.path, unique=True, contract=self.contract, on_warning=self._warn))
        for item in source:
            if isinstance(item, TraceLoadError):
                if self.single:
                    raise item
                self._skip(item)
                continue
            self.loaded += 1
            yield item

    def summary(self) -> dict[str, Any]:
        """``loaded``, ``skipped`` and the error and warning lists, for every ``--json`` output."""
        return {"loaded": self.loaded, "skipped": self.skipped, "errors": [e.as_dict() for e in self.errors],
                "errors_listed": len(self.errors), "warnings": [w.as_dict() for w in self.warnings]}

    def __iter__(self) -> Iterator[Trace]:
        return self._progressed(self._items())

    def results(self, task: Callable[[list[Trace]], Sequence[T]], *, workers: int | None = None,
                engine: str = "process", scheduler: str | None = None) -> Iterator[T]:
        """``task``'s result for each trace, computed by ``llmops_kit.parallel`` (or a distributed engine),
        in input order; bad records are skipped and reported exactly as ``iter(self)`` does."""
        if self.source:  # a backend's traces arrive already read: the task runs here, a batch at a time
            return self._progressed(_batched(task, self._items()))
        from ..distributed import map_traces_on

        source = map_traces_on(engine, self.path, task, workers=workers, scheduler=scheduler, contract=self.contract,
                               on_warning=self._warn)
        return self._progressed(self._items(source))

    def _progressed(self, items: Iterator[T]) -> Iterator[T]:
        if not self._progress:
            yield from items
            return
        columns = (SpinnerColumn(), TextColumn(f"{self._what} {{task.completed:,}} trace(s)"), TimeElapsedColumn())
        with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
            self._console = progress.console
            task = progress.add_task(self._what, total=None)
            for item in items:
                yield item
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


def _batched(task: Callable[[list[Trace]], Sequence[T]], traces: Iterator[Trace], size: int = 256) -> Iterator[T]:
    """``task`` over ``traces`` in batches, results in order (for sources no worker process can read)."""
    batch: list[Trace] = []
    for trace in traces:
        batch.append(trace)
        if len(batch) >= size:
            yield from task(batch)
            batch = []
    if batch:
        yield from task(batch)
