"""Write the twenty-ninth held-out set, ``tests/data/holdout29``: native traces, SDK exports, labels.csv, README
table.

Run ``python tools/make_holdout29.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout29_axes
import holdout29_carshare
import holdout29_cobbler
import holdout29_cricket
import holdout29_paragliding
from holdout29_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout29",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout29_paragliding, holdout29_cobbler, holdout29_carshare, holdout29_axes, holdout29_cricket),
    recipes=Recipes,
    seed=29_2027_0417_9,
    rotation=(6, 13, 1, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
