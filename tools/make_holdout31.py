"""Write the thirty-first held-out set, ``tests/data/holdout31``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout31.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout31_cinema
import holdout31_foodtour
import holdout31_gym
import holdout31_laundry
import holdout31_printshop
from holdout31_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout31",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout31_laundry, holdout31_cinema, holdout31_foodtour, holdout31_gym, holdout31_printshop),
    recipes=Recipes,
    seed=31_2027_0613_7,
    rotation=(13, 6, 1, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
