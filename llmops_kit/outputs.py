"""Writing the output samples the brief asks for (tables, logs, JSON) under ``outputs/``.

Every table is written twice: CSV for machines (the report reads it) and Markdown for people.
Files are written atomically and deterministically (no timestamps), so re-running the notebook
leaves ``git diff`` empty.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

DEFAULT_DIR = Path("outputs")


def _atomic_write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; output samples are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def save_table(frame: pd.DataFrame, name: str, out_dir: str | os.PathLike[str] = DEFAULT_DIR) -> list[Path]:
    """Write ``<name>.csv`` and ``<name>.md``; returns both paths."""
    directory = Path(out_dir)
    csv_path = _atomic_write(directory / f"{name}.csv", frame.to_csv(index=False))
    md_path = _atomic_write(directory / f"{name}.md", frame.to_markdown(index=False) + "\n")
    return [csv_path, md_path]


def save_text(text: str, name: str, out_dir: str | os.PathLike[str] = DEFAULT_DIR, suffix: str = ".txt") -> Path:
    """Write a log or a rendered text block as ``<name><suffix>``."""
    return _atomic_write(Path(out_dir) / f"{name}{suffix}", text if text.endswith("\n") else text + "\n")


def save_json(data: Any, name: str, out_dir: str | os.PathLike[str] = DEFAULT_DIR) -> Path:
    """Write JSON with sorted keys (the report reads these)."""
    return _atomic_write(
        Path(out_dir) / f"{name}.json", json.dumps(data, indent=2, sort_keys=True, default=str) + "\n"
    )
