"""Write the thirty-ninth held-out set, ``tests/data/holdout39``: native traces, SDK exports, labels.csv, README
table.

Run ``python tools/make_holdout39.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout39_arcade
import holdout39_bookshop
import holdout39_icecream
import holdout39_milktea
import holdout39_polleria
from holdout39_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout39",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout39_milktea, holdout39_bookshop, holdout39_arcade, holdout39_polleria, holdout39_icecream),
    recipes=Recipes,
    seed=39_2027_0611_9,
    rotation=(6, 10, 1, 13),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
