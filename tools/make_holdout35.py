"""Write the thirty-fifth held-out set, ``tests/data/holdout35``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout35.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout35_carpark
import holdout35_kimono
import holdout35_kitchen
import holdout35_shredding
import holdout35_transfer
from holdout35_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout35",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout35_carpark, holdout35_kitchen, holdout35_kimono, holdout35_shredding, holdout35_transfer),
    recipes=Recipes,
    seed=35_2027_0402_8,
    rotation=(6, 10, 13, 1),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
