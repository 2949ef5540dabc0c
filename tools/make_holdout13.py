"""Write the thirteenth held-out set, ``tests/data/holdout13``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout13.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout13_ceramics
import holdout13_cottages
import holdout13_passport
import holdout13_sailing
import holdout13_vetpost
from holdout13_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout13",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout13_ceramics, holdout13_sailing, holdout13_cottages, holdout13_passport, holdout13_vetpost),
    recipes=Recipes,
    seed=13_2026_1204_7,
    rotation=(13, 10, 6, 1),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
