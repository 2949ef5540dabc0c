"""Write the fifteenth held-out set, ``tests/data/holdout15``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout15.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout15_camper
import holdout15_karaoke
import holdout15_roofing
import holdout15_vintage
import holdout15_watch
from holdout15_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout15",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout15_roofing, holdout15_vintage, holdout15_karaoke, holdout15_watch, holdout15_camper),
    recipes=Recipes,
    seed=15_2026_1205_2,
    rotation=(13, 6, 10, 1),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
