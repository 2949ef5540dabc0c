"""Write the thirty-fourth held-out set, ``tests/data/holdout34``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout34.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout34_evcharge
import holdout34_itsupport
import holdout34_lawoffice
import holdout34_planthire
import holdout34_towing
from holdout34_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout34",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout34_planthire, holdout34_evcharge, holdout34_itsupport, holdout34_towing, holdout34_lawoffice),
    recipes=Recipes,
    seed=34_2027_0314_9,
    rotation=(13, 6, 1, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
