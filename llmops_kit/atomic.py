"""Atomic file writes: a reader never sees a half-written file, and a failed write keeps the old one.

Every file the project writes (notebook, screenshots, report, zip, output samples, saved traces) goes
through :func:`atomic_open` or :func:`atomic_write`. The bytes go to a temporary file with a unique
name (``tempfile.mkstemp``) in the target's own directory, so two writers never share a temporary
file and the final rename never crosses a file system; the file is flushed and fsynced, and only then
``os.replace`` swaps it in (atomic on POSIX and Windows). Any failure on the way, Ctrl-C included,
removes the temporary file and leaves the previous target untouched.

:func:`append_line` is the append-only counterpart for streamed rows (bulk replay's JSONL): each line
goes out in one ``write`` call on a file opened for appending, so a crash leaves whole lines behind
plus at most one torn last line, which the reader can recognise by its missing newline.

The standard library is enough here; the one PyPI package for this (``atomicwrites``) is archived.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

__all__ = ["append_line", "atomic_open", "atomic_write"]

_UMASK_LOCK = threading.Lock()


def _new_file_mode() -> int:
    """``0o666`` minus the process umask: what ``open(path, "w")`` would have given a new file."""
    with _UMASK_LOCK:  # os.umask can only be read by setting it; keep the window closed to our own threads
        umask = os.umask(0o022)
        os.umask(umask)
    return 0o666 & ~umask


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str],
    mode: Literal["w", "wb"] = "w",
    *,
    encoding: str = "utf-8",
    newline: str | None = "\n",
) -> Iterator[IO[Any]]:
    """Open a temporary file next to ``path``; on a clean exit it replaces ``path``, on any error it is removed.

    ``newline="\\n"`` by default so text files are byte-identical on every platform.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes whole files: mode must be 'w' or 'wb', got {mode!r}.")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        file_mode = target.stat().st_mode & 0o7777  # keep an existing file's permissions
    except OSError:
        file_mode = _new_file_mode()  # mkstemp would leave 0600: a written file is an ordinary shared file
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        text = mode == "w"
        with os.fdopen(fd, mode, encoding=encoding if text else None, newline=newline if text else None) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, file_mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def atomic_write(path: str | os.PathLike[str], data: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` (text or bytes) to ``path`` atomically; returns the path."""
    if isinstance(data, bytes):
        with atomic_open(path, "wb") as handle:
            handle.write(data)
    else:
        with atomic_open(path, "w", encoding=encoding) as handle:
            handle.write(data)
    return Path(path)


def append_line(fd: int, line: str) -> None:
    """Append one line (a newline is added) to a file descriptor opened with ``O_APPEND``, in one write.

    One ``os.write`` per line means another process, or a crash, never sees half a row followed by more
    rows; a short write (a full disk) raises instead of leaving a torn line in the middle of the file.
    """
    data = (line.rstrip("\n") + "\n").encode("utf-8")
    written = os.write(fd, data)
    if written != len(data):
        raise OSError(f"only {written} of {len(data)} bytes of a row could be appended; is the disk full?")
