"""One held-out set's generator, declared once: ``make_holdout6`` to ``make_holdout40`` differ only in the data.

Each ``tools/make_holdoutN.py`` names its folder, domain modules, recipe class, seed and export rotation and gets
the rest here: a seeded generation (``tools/holdout_summary.generate_rows`` with the shared trace builder and
variation), the shared label checks (``tools/holdout_checks.py`` running ``make_holdout5._check_one``, given the
set's published contacts), and the writer of traces, SDK exports, ``labels.csv`` and the README's summary block.
Deterministic: one seeded ``random.Random`` drives every choice, so a second run writes the same bytes. The native
part needs the standard library only; a quarter of the set goes through ``tools/holdout_export.py`` (the real SDK
classes, in a throwaway virtualenv; without them the committed export files are copied).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import holdout_summary
from holdout2_build import build
from holdout4_shape import vary
from holdout_checks import check_rows, published_contacts
from make_holdout4 import _exportable
from make_holdout5 import FORBIDDEN

REPO = Path(__file__).resolve().parents[1]
CONTRACT = REPO / "runbooks" / "observability_contract.json"
Row = holdout_summary.Row


@dataclass(frozen=True)
class HeldOutSet:
    """A held-out set: ``name`` (its folder under tests/data), its domain modules in the order of their place in
    the strength rotation, the recipe class, the seed, and the SDK export slots taken in turn
    (``holdout_export.SLOTS``)."""

    name: str
    domains: tuple[ModuleType, ...]
    recipes: Callable[[str, Any], Any]
    seed: int
    rotation: Sequence[int]
    codes: Sequence[str] = field(default=holdout_summary.CODES)
    strengths: Sequence[str] = field(default=holdout_summary.STRENGTHS)

    @property
    def data(self) -> Path:
        return REPO / "tests" / "data" / self.name

    @property
    def contacts(self) -> Any:
        """Each domain's published contacts (not personal data anywhere)."""
        return published_contacts(self.domains)

    def generate(self) -> list[Row]:
        """Every (trace, codes, strength, variation, domain, frags, planted), in a seeded shuffle (file numbers)."""
        return holdout_summary.generate_rows(self.seed, self.domains, self.recipes, build, vary)

    def verdict_keys(self, value: Any, path: str = "") -> list[str]:
        """Paths of keys that would tell a reader the verdict (``label``, ``verdict``, ``expected_*``...)."""
        return holdout_summary.verdict_keys(value, FORBIDDEN, path)

    def check(self, rows: list[Row]) -> float:
        """Refuse a set whose labels disagree with its traces; returns the baseline tokens per request."""
        return check_rows(rows, CONTRACT, self.contacts, self.name)

    def summary(self, labels: list[dict[str, str]]) -> str:
        """The Markdown tables of the README: codes x strength, healthy rows, formats and domains."""
        return holdout_summary.summary(labels, self.codes, self.strengths)

    def write(self, out: Path, committed: Path | None = None) -> list[dict[str, str]]:
        """Write the whole set under ``out`` (README from ``committed``, by default the set's folder, with its
        summary block rewritten)."""
        committed = self.data if committed is None else committed
        rows = self.generate()
        baseline = self.check(rows)
        labels = holdout_summary.write_set(out, committed, rows, self.rotation, _exportable)
        begin = f"<!-- summary:begin (written by tools/make_{self.name}.py) -->"
        holdout_summary.write_summary(out, committed, self.summary(labels), baseline, begin, "<!-- summary:end -->")
        return labels

    def main(self, argv: list[str]) -> None:
        """``[--out DIR] [--summary]``: write the set (to its folder by default) and optionally print its tables."""
        holdout_summary.main(argv, self.data, self.write, self.summary)
