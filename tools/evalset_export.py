"""Placeholder: SDK exports of part of the evaluation set are added in a later commit."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class _Exporters:
    def write(self, fmt: str, trace: dict[str, Any], out: Path, stem: str) -> str | None:
        return None

    def existing(self, fmt: str, out: Path, stem: str) -> str:
        raise FileNotFoundError(stem)


EXPORTERS = _Exporters()


def export_share(total: int) -> dict[int, str]:
    return {}
