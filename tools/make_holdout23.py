"""Write the twenty-third held-out set, ``tests/data/holdout23``: native traces, SDK exports, labels.csv, README
table.

Run ``python tools/make_holdout23.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout23_cooking
import holdout23_hosting
import holdout23_karting
import holdout23_padel
import holdout23_paintball
from holdout23_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout23",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout23_padel, holdout23_karting, holdout23_hosting, holdout23_cooking, holdout23_paintball),
    recipes=Recipes,
    seed=23_2026_1205_5,
    rotation=(13, 6, 10, 1),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
