"""Write the thirty-third held-out set, ``tests/data/holdout33``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout33.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout33_beekeeping
import holdout33_coworking
import holdout33_icerink
import holdout33_knives
import holdout33_repaircafe
from holdout33_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout33",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout33_knives, holdout33_repaircafe, holdout33_beekeeping, holdout33_coworking, holdout33_icerink),
    recipes=Recipes,
    seed=33_2027_1103_7,
    rotation=(10, 1, 13, 6),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
