"""Write the sixth held-out set, ``tests/data/holdout6``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout6.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout6_bikes
import holdout6_kennels
import holdout6_printshop
import holdout6_removals
import holdout6_storage
from holdout6_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout6",
    domains=(holdout6_removals, holdout6_kennels, holdout6_bikes, holdout6_printshop, holdout6_storage),
    recipes=Recipes,
    seed=6_2026_1204,
    rotation=(6, 10, 1, 13),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
