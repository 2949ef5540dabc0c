"""Write the seventh held-out set, ``tests/data/holdout7``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout7.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout7_garden
import holdout7_laundry
import holdout7_optician
import holdout7_plumbing
import holdout7_venue
from holdout7_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout7",
    domains=(holdout7_optician, holdout7_laundry, holdout7_garden, holdout7_plumbing, holdout7_venue),
    recipes=Recipes,
    seed=7_2026_1204,
    rotation=(10, 13, 6, 1),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
