"""Write the twenty-first held-out set, ``tests/data/holdout21``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout21.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout21_carwash
import holdout21_framing
import holdout21_golf
import holdout21_pest
import holdout21_scrapyard
from holdout21_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout21",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout21_scrapyard, holdout21_pest, holdout21_framing, holdout21_golf, holdout21_carwash),
    recipes=Recipes,
    seed=21_2026_1205_3,
    rotation=(6, 13, 1, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
