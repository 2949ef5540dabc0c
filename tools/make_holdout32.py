"""Write the thirty-second held-out set, ``tests/data/holdout32``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout32.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout32_cleaning
import holdout32_dogsled
import holdout32_glassblowing
import holdout32_pocketwifi
import holdout32_truffle
from holdout32_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout32",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout32_cleaning, holdout32_glassblowing, holdout32_dogsled, holdout32_truffle, holdout32_pocketwifi),
    recipes=Recipes,
    seed=32_2027_0921_3,
    rotation=(6, 10, 13, 1),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
