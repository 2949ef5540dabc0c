"""Writing the output samples the brief asks for (tables, logs, JSON) under ``outputs/``.

Every table is written twice: CSV for machines (the report reads it) and Markdown for people.
Files are written atomically and deterministically (no timestamps), so re-running the notebook
leaves ``git diff`` empty.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pandas as pd

from .atomic import atomic_write

DEFAULT_DIR = Path("outputs")


def save_table(frame: pd.DataFrame, name: str, out_dir: str | os.PathLike[str] = DEFAULT_DIR) -> list[Path]:
    """Write ``<name>.csv`` and ``<name>.md``; returns both paths."""
    directory = Path(out_dir)
    csv_path = atomic_write(directory / f"{name}.csv", frame.to_csv(index=False))
    md_path = atomic_write(directory / f"{name}.md", frame.to_markdown(index=False) + "\n")
    return [csv_path, md_path]


def save_text(text: str, name: str, out_dir: str | os.PathLike[str] = DEFAULT_DIR, suffix: str = ".txt") -> Path:
    """Write a log or a rendered text block as ``<name><suffix>``."""
    return atomic_write(Path(out_dir) / f"{name}{suffix}", text if text.endswith("\n") else text + "\n")


def save_json(data: Any, name: str, out_dir: str | os.PathLike[str] = DEFAULT_DIR) -> Path:
    """Write JSON with sorted keys (the report reads these)."""
    return atomic_write(
        Path(out_dir) / f"{name}.json", json.dumps(data, indent=2, sort_keys=True, default=str) + "\n"
    )
