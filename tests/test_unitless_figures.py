"""A figure with no unit (an age, a count) is never reached from two of the answer's figures of unlike units
(:mod:`llmops_kit.evidence_derived`): "Passengers over 70" is no 130 kg - 60 min; two of one unit still reach it.
Worked figures with units, counts from counts and a count from a same-unit ratio stay derived.

The fixtures are this file's own (a balloon operator, a climbing wall, a garden centre, a boat hire).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import evidence_derived, own_operands
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

BALLOON = [Document(id="hb-1", content="Maximum passenger weight is 130 kg. Time in the air is about 60 min. "
                                        "Children under 8 cannot fly.")]
WALL = [Document(id="cw-2", content="A session on the wall lasts 60 min. A group booking holds 12 climbers. "
                                     "Chalk bags can be hired for £4 each. The Sunday open session runs 180 min.")]
BOATS = [Document(id="bt-3", content="Rowing boats seat 4 adults and hire is 90 minutes. Life jackets are 25 kg "
                                      "rated. Children under 5 must wear a harness.")]
FLAGGED = {"absent", "contradicted"}


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("The weight limit is 130 kg and you'll be up about 60 min. Passengers over 70 need a doctor's note.", BALLOON,
     "Anything I should know for my dad?"),
    ("Hire is 90 minutes and the jackets are 25 kg rated. Swimmers over 65 must sit in the middle.", BOATS,
     "What are the rules on the boats?"),
])
def test_an_age_is_not_reached_from_a_mass_and_a_duration(answer: str, docs: list[Document], query: str) -> None:
    assert FLAGGED & set(_verdicts(answer, docs, query))
    # the pair reached it without the reading (and without own_operands, which also holds a plain "over 70" to the
    # figures of its own sentence)
    with patch.object(evidence_derived, "READ_UNITLESS", False), patch.object(own_operands, "READ_OWN_OPERANDS", False):
        assert not FLAGGED & set(_verdicts(answer, docs, query))


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("Two sessions back to back is 2 × 60 min = 120 min on the wall.", WALL, "How long is a double session?"),
    ("You'd hire 3 chalk bags at £4 each, so £12 in all.", WALL, "Chalk for three of us?"),
    ("A group holds 12 climbers, so with your 4 already booked there's room for 8 more.", WALL,
     "We have 4 booked, how many more can come?"),
    ("The Sunday open session runs 180 min, as long as 3 of the usual 60 min sessions.", WALL,
     "How long is Sunday's session?"),
])
def test_worked_figures_and_counts_from_counts_stay_derived(answer: str, docs: list[Document], query: str) -> None:
    assert not FLAGGED & set(_verdicts(answer, docs, query))
