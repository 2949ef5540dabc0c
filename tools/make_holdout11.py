"""Write the eleventh held-out set, ``tests/data/holdout11``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout11.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout11_pianos
import holdout11_riding
import holdout11_skihire
import holdout11_studio
import holdout11_vegbox
from holdout11_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout11",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout11_vegbox, holdout11_riding, holdout11_pianos, holdout11_studio, holdout11_skihire),
    recipes=Recipes,
    seed=11_2026_1204_3,
    rotation=(6, 13, 1, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
