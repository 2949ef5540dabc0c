"""Write the seventeenth held-out set, ``tests/data/holdout17``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout17.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout17_donor
import holdout17_fueldock
import holdout17_funeral
import holdout17_kayak
import holdout17_wool
from holdout17_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout17",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout17_kayak, holdout17_wool, holdout17_funeral, holdout17_donor, holdout17_fueldock),
    recipes=Recipes,
    seed=17_2026_1205_3,
    rotation=(6, 10, 1, 13),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
