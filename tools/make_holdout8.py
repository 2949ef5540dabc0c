"""Write the eighth held-out set, ``tests/data/holdout8``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout8.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout8_bakery
import holdout8_campsite
import holdout8_cinema
import holdout8_locksmith
import holdout8_taxi
from holdout8_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout8",
    domains=(holdout8_campsite, holdout8_cinema, holdout8_locksmith, holdout8_bakery, holdout8_taxi),
    recipes=Recipes,
    seed=8_2026_1204,
    rotation=(13, 1, 10, 6),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
