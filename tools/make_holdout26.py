"""Write the twenty-sixth held-out set, ``tests/data/holdout26``: native traces, SDK exports, labels.csv, README
table.

Run ``python tools/make_holdout26.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout26_bridal
import holdout26_circus
import holdout26_fishing
import holdout26_sauna
import holdout26_zoo
from holdout26_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout26",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout26_sauna, holdout26_zoo, holdout26_bridal, holdout26_fishing, holdout26_circus),
    recipes=Recipes,
    seed=26_2026_1206_5,
    rotation=(13, 6, 1, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
