"""Write the thirty-eighth held-out set, ``tests/data/holdout38``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout38.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The
set is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer
are ``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces,
or a trace that carries a verdict-like key: the labels travel in ``labels.csv`` only. The recipe's own checks
(``tools/holdout38_cases.check_shared``) refuse a shared-price pair whose figures do not follow from its rule.
"""

from __future__ import annotations

import sys

import holdout38_condo
import holdout38_kidsparty
import holdout38_nannyshare
import holdout38_safari
import holdout38_trek
from holdout38_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout38",
    # the domains in the order of their PLACE (0-4), which sets the strengths each gives the infrastructure codes
    domains=(holdout38_condo, holdout38_safari, holdout38_trek, holdout38_nannyshare, holdout38_kidsparty),
    recipes=Recipes,
    seed=38_2027_0515_2,
    rotation=(10, 1, 13, 6),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
