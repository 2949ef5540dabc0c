"""Write the ninth held-out set, ``tests/data/holdout9``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout9.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables). The set
is declared here (domains, recipes, seed, export rotation); generation, the shared label checks and the writer are
``tools/holdout_set.py``'s. ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a
trace that carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import sys

import holdout9_boats
import holdout9_broadband
import holdout9_grooming
import holdout9_music
import holdout9_tailor
from holdout9_cases import Recipes
from holdout_set import HeldOutSet

SET = HeldOutSet(
    name="holdout9",
    domains=(holdout9_grooming, holdout9_music, holdout9_boats, holdout9_broadband, holdout9_tailor),
    recipes=Recipes,
    seed=9_2026_1204,
    rotation=(6, 13, 1, 10),  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
)
DATA, DOMAINS, CODES, STRENGTHS = SET.data, SET.domains, SET.codes, SET.strengths
generate, check, verdict_keys, summary, write = SET.generate, SET.check, SET.verdict_keys, SET.summary, SET.write

if __name__ == "__main__":
    SET.main(sys.argv[1:])
