"""Write the nineteenth held-out set, ``tests/data/holdout19``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout19.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout19_bindery
import holdout19_dive
import holdout19_kiteshop
import holdout19_lifts
import holdout19_treefarm
from holdout19_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout19",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout19_dive, holdout19_treefarm, holdout19_lifts, holdout19_bindery, holdout19_kiteshop),
    recipes=Recipes,
    seed=19_2026_1205_3,
    rotation=(6, 13, 1, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
