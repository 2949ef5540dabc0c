"""Write the thirty-seventh held-out set, ``tests/data/holdout37``: native traces, SDK exports, labels.csv, README
table.

Run ``python tools/make_holdout37.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout37_buscard
import holdout37_horsebox
import holdout37_lenshire
import holdout37_lockers
import holdout37_olivemill
from holdout37_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout37",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout37_lockers, holdout37_buscard, holdout37_lenshire, holdout37_horsebox, holdout37_olivemill),
    recipes=Recipes,
    seed=37_2027_0517_4,
    rotation=(13, 1, 6, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
