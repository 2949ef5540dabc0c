"""Write the eighteenth held-out set, ``tests/data/holdout18``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout18.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout18_balloon
import holdout18_farmvet
import holdout18_railshop
import holdout18_salon
import holdout18_uniform
from holdout18_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout18",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout18_balloon, holdout18_uniform, holdout18_railshop, holdout18_farmvet, holdout18_salon),
    recipes=Recipes,
    seed=18_2026_1205_7,
    rotation=(13, 1, 10, 6),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
