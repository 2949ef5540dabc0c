"""atomic_write / atomic_open / append_line: whole files or the old file, unique temporary names."""

from __future__ import annotations

import os
import threading

import pytest

from llmops_kit.atomic import append_line, atomic_open, atomic_write


def _leftovers(directory) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_write_replaces_the_file(tmp_path) -> None:
    """A second write replaces the content and leaves no temporary file behind."""
    target = tmp_path / "sub" / "out.txt"
    atomic_write(target, "first\n")
    atomic_write(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert _leftovers(target.parent) == []


def test_bytes_are_written_as_given(tmp_path) -> None:
    """Binary data (a PNG, a zip) goes through unchanged."""
    data = bytes(range(256)) * 10
    assert atomic_write(tmp_path / "b.bin", data).read_bytes() == data


def test_failure_mid_write_keeps_the_old_file(tmp_path) -> None:
    """An exception half way through writing leaves the previous file intact and removes the temporary one."""
    target = tmp_path / "notebook.ipynb"
    atomic_write(target, "old content\n")
    with pytest.raises(RuntimeError, match="disk on fire"), atomic_open(target) as handle:
        handle.write("new content, first half")
        raise RuntimeError("disk on fire")
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert _leftovers(tmp_path) == []


def test_ctrl_c_mid_write_keeps_the_old_file(tmp_path) -> None:
    """A KeyboardInterrupt during the write is no different: the old file stays, nothing is left over."""
    target = tmp_path / "report.pdf"
    atomic_write(target, b"%PDF old")
    with pytest.raises(KeyboardInterrupt), atomic_open(target, "wb") as handle:
        handle.write(b"%PDF new, unfinished")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"%PDF old" and _leftovers(tmp_path) == []


def test_two_open_writers_do_not_collide(tmp_path) -> None:
    """Two writers open at once get different temporary files; the one that finishes last wins, whole."""
    target = tmp_path / "submission.zip"
    with atomic_open(target, "wb") as first, atomic_open(target, "wb") as second:
        assert first.name != second.name
        first.write(b"A" * 10_000)
        second.write(b"B" * 10_000)
    assert target.read_bytes() == b"A" * 10_000  # the outer writer closed last
    assert _leftovers(tmp_path) == []


def test_concurrent_writers_never_mix_their_bytes(tmp_path) -> None:
    """Eight threads writing the same file many times: the file is always exactly one writer's content."""
    target = tmp_path / "outputs.json"
    payloads = [bytes([65 + n]) * 50_000 for n in range(8)]
    seen: list[bytes] = []

    def write(data: bytes) -> None:
        for _ in range(20):
            atomic_write(target, data)
            seen.append(target.read_bytes())

    threads = [threading.Thread(target=write, args=(data,)) for data in payloads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(content in payloads for content in seen)
    assert _leftovers(tmp_path) == []


def test_new_file_is_not_private(tmp_path) -> None:
    """A new file gets the usual permissions (not mkstemp's 0600); an existing file keeps its own."""
    target = tmp_path / "shared.txt"
    atomic_write(target, "x")
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    target.chmod(0o640)
    atomic_write(target, "y")
    assert target.stat().st_mode & 0o777 == 0o640


def test_only_whole_file_modes_are_accepted(tmp_path) -> None:
    """Appending or reading through atomic_open makes no sense and is refused with the accepted modes."""
    with pytest.raises(ValueError, match="'w' or 'wb'"), atomic_open(tmp_path / "x", "a"):  # type: ignore[arg-type]
        pass


def test_append_line_writes_whole_lines(tmp_path) -> None:
    """Each appended row is one complete line, in order, after what the file held."""
    target = tmp_path / "rows.jsonl"
    target.write_text('{"n": 0}\n', encoding="utf-8")
    fd = os.open(target, os.O_WRONLY | os.O_APPEND)
    try:
        for n in (1, 2):
            append_line(fd, f'{{"n": {n}}}')
    finally:
        os.close(fd)
    assert target.read_text(encoding="utf-8").splitlines() == ['{"n": 0}', '{"n": 1}', '{"n": 2}']
