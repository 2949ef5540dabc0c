"""Write the fortieth held-out set, ``tests/data/holdout40``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout40.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only. The recipe's own checks
(``tools/holdout40_cases.check_instalments``) refuse an instalment pair whose figures do not follow from its plan.
"""

from __future__ import annotations

import sys

import holdout40_bootcamp
import holdout40_flying
import holdout40_jeweller
import holdout40_laser
import holdout40_renttoown
from holdout40_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout40",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout40_laser, holdout40_flying, holdout40_bootcamp, holdout40_jeweller, holdout40_renttoown),
    recipes=Recipes,
    seed=40_2027_0611_7,
    rotation=(6, 13, 1, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
