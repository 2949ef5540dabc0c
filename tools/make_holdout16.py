"""Write the sixteenth held-out set, ``tests/data/holdout16``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout16.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout16_djhire
import holdout16_phonefix
import holdout16_pottery
import holdout16_sitter
import holdout16_surf
from holdout13_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout16",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout16_surf, holdout16_phonefix, holdout16_sitter, holdout16_pottery, holdout16_djhire),
    recipes=Recipes,
    seed=16_2026_1205_4,
    rotation=(10, 1, 13, 6),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
