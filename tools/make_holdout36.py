"""Write the thirty-sixth held-out set, ``tests/data/holdout36``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout36.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only. The recipe's own checks
(``tools/holdout36_cases.check_prorated``) refuse a prorated pair whose figures do not follow from its rule.
"""

from __future__ import annotations

import sys

import holdout36_mobility
import holdout36_rehearsal
import holdout36_schoolvan
import holdout36_snowclear
import holdout36_watercooler
from holdout36_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout36",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout36_rehearsal, holdout36_snowclear, holdout36_watercooler, holdout36_mobility,
             holdout36_schoolvan),
    recipes=Recipes,
    seed=36_2027_0415_3,
    rotation=(13, 6, 1, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
