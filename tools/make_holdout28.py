"""Write the twenty-eighth held-out set, ``tests/data/holdout28``: native traces, SDK exports, labels.csv, README
table.

Run ``python tools/make_holdout28.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout28_boardgames
import holdout28_catcafe
import holdout28_dogschool
import holdout28_fencing
import holdout28_fivesaside
from holdout28_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout28",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout28_fencing, holdout28_boardgames, holdout28_catcafe, holdout28_dogschool, holdout28_fivesaside),
    recipes=Recipes,
    seed=28_2027_0321_4,
    rotation=(10, 1, 13, 6),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
