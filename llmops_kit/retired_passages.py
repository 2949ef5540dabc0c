"""Passages the evidence itself says no longer apply: last year's price list retrieved beside this year's.

A help centre often keeps a superseded article ("Locker prices 2026 (no longer valid) / Until 31 December 2026 the
lockers cost: S 250 Ft per hour ... These prices no longer apply."), and retrieval returns it beside the current
one ("S (cabin bag, up to 35 × 45 × 60 cm): 300 Ft per hour"). The subject-figure reader
(:mod:`llmops_kit.subject_figures`) takes a clause naming every word of the claim's clause and stating another
value for a rival; the old article names the subject more fully than the current one's list item (it says "the
lockers", the item only "S (cabin bag ...)"), so an answer keeping to the current price was contradicted by the
price its own evidence says was replaced.

Here a passage (a source's text between blank lines; the whole text when it has none) is *retired* when one of its
sentences says so: "no longer apply / applies / valid / in force / in effect / current", "superseded", "replaced by
the ...", "(replaced)". A retired passage's sentence is no rival to a figure that a passage not retired states with
its unit: the current text holds the figure, and the old one says it speaks of another time. A claim repeating
the old figure is still read against the current passage, which is never retired, and a figure only a retired
passage holds is left to the readers as before. :data:`READ_RETIRED_RIVALS` switches the reading off (also in the
claim decision's fit).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import quantities, sentences_of

__all__ = ["READ_RETIRED_RIVALS", "retired_rival"]

#: False switches the reading off (``tools/fit_claim_decision.py`` does, so the committed fit is reproducible).
READ_RETIRED_RIVALS = True

#: A sentence saying its passage no longer holds: "These prices no longer apply.", "Flight prices 2026
#: (superseded)", "Replaced by the 2027 price list", "Charging prices 2026 (replaced)". "Blades ... are replaced by
#: us" is a service, not a retirement: only "replaced by the ..." and a bracketed "(replaced)" count.
_RETIRED_RE = re.compile(r"\bno longer (?:appl(?:y|ies)|valid|in (?:force|effect)|current)\b|\bsuperseded\b"
                         r"|\breplaced by the\b|\(replaced\)", re.IGNORECASE)
_PASSAGE_SPLIT_RE = re.compile(r"\n[ \t]*\n")


def _read(evidence: Evidence) -> tuple[frozenset[tuple[str, str]], tuple[str, ...]]:
    """((source label, sentence) of every retired passage, the texts of the passages not retired)."""
    retired: set[tuple[str, str]] = set()
    current: list[str] = []
    for source in evidence.sources:
        for passage in _PASSAGE_SPLIT_RE.split(source.text):
            if _RETIRED_RE.search(passage) is None:
                current.append(passage)
            else:
                retired.update((source.label, sentence) for sentence in sentences_of(passage))
    return frozenset(retired), tuple(current)


def retired_rival(evidence: Evidence, label: str, sentence: str, value: str, unit: str) -> bool:
    """Is the rival ``sentence`` of source ``label`` in a retired passage, while a passage not retired states
    ``value`` with ``unit`` (as :func:`~llmops_kit.text.quantities` reads them)? Then it contradicts nothing."""
    if not READ_RETIRED_RIVALS:
        return False
    retired, current = evidence.once("retired_passages.read", _read)
    if (label, sentence) not in retired:
        return False
    return any((value, unit) in quantities(passage) for passage in current)

