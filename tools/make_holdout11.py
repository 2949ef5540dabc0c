"""Write the eleventh held-out set, ``tests/data/holdout11``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout11.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables).
Deterministic: one seeded ``random.Random`` drives every choice, so a second run writes the same bytes. The native
part needs the standard library only; a quarter of the set goes through ``tools/holdout_export.py`` (the real SDK
classes, in a throwaway virtualenv; without them the committed export files are copied). Before anything is
written, ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a trace that
carries a verdict-like key: the labels travel in ``labels.csv`` only. The checks are the shared ones
(``tools/holdout_checks.py`` running ``make_holdout5._check_one``), given this set's published contacts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import holdout11_pianos
import holdout11_riding
import holdout11_skihire
import holdout11_studio
import holdout11_vegbox
import holdout_summary
from holdout2_build import build
from holdout4_shape import vary
from holdout11_cases import Recipes
from holdout_checks import check_rows, published_contacts
from make_holdout4 import _exportable
from make_holdout5 import FORBIDDEN

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout11"
CONTRACT = REPO / "runbooks" / "observability_contract.json"
#: in the order of their PLACE (0-4), which sets the strengths each domain gives the infrastructure codes
DOMAINS = (holdout11_vegbox, holdout11_riding, holdout11_pianos, holdout11_studio, holdout11_skihire)
SEED = 11_2026_1204_3
CODES, STRENGTHS = holdout_summary.CODES, holdout_summary.STRENGTHS
ROTATION = (6, 13, 1, 10)  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
contacts = published_contacts(DOMAINS)  # a domain's published contacts (not personal data anywhere)
MARK_BEGIN, MARK_END = "<!-- summary:begin (written by tools/make_holdout11.py) -->", "<!-- summary:end -->"

Row = holdout_summary.Row


def generate() -> list[Row]:
    """Every (trace, codes, strength, variation, domain, frags, planted), in a seeded shuffle (file numbers)."""
    return holdout_summary.generate_rows(SEED, DOMAINS, Recipes, build, vary)


def verdict_keys(value: Any, path: str = "") -> list[str]:
    """Paths of keys that would tell a reader the verdict (``label``, ``verdict``, ``expected_*``...)."""
    return holdout_summary.verdict_keys(value, FORBIDDEN, path)


def check(rows: list[Row]) -> float:
    """Refuse a set whose labels disagree with its traces; returns the baseline tokens per request."""
    return check_rows(rows, CONTRACT, contacts, "holdout11")


def summary(labels: list[dict[str, str]]) -> str:
    """The Markdown tables of the README: codes x strength, healthy rows, formats and domains."""
    return holdout_summary.summary(labels, CODES, STRENGTHS)


def write(out: Path, committed: Path = DATA) -> list[dict[str, str]]:
    """Write the whole set under ``out`` (README from ``committed`` with its summary block rewritten)."""
    rows = generate()
    baseline = check(rows)
    labels = holdout_summary.write_set(out, committed, rows, ROTATION, _exportable)
    holdout_summary.write_summary(out, committed, summary(labels), baseline, MARK_BEGIN, MARK_END)
    return labels


if __name__ == "__main__":
    holdout_summary.main(sys.argv[1:], DATA, write, summary)
