"""A decline naming the bot's own texts (:mod:`llmops_kit.decline_claims`): it states nothing, so it is no
unsupported claim. Controls: a decline carrying a fact (a changed zone, a price, a place that is no text), a denial
the texts contradict, a figure nobody gave, and a rule worded with "cover" stay judged.

The fixtures are this file's own (a bike workshop, a garden centre, a pet sitter, a physio clinic, a holiday park).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import decline_claims, scope_declines
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

BIKES = [Document(id="wk-1", content="A standard service costs £65 and takes two working days. Puncture repairs are "
                                     "done while you wait for £12.")]
BIKES_SYS = "You help at Spoke & Chain. Answer only from the workshop notes and tool results given."
GARDEN = [Document(id="gc-4", content="Hardy perennials are in the outdoor beds. Bare-root roses are sold from "
                                      "November to March.", metadata={"source": "plant-catalogue"})]
SITTER = [Document(id="ps-2", content="Visits last 30 minutes and include feeding and a photo update.")]
CLINIC = [Document(id="cl-3", content="The clinic is open Monday to Friday 8am to 6pm. Parking is free behind the "
                                      "building.")]
CLINIC_DISTANCES = [Document(id="cl-9", content="Distances from the clinic: the station is 2 miles away and the "
                                                "hospital 4 miles.")]
PARK = [Document(id="hp-1", content="We deliver firewood to every lodge in Zone 3. Late check-out costs £25.")]
RULES_SYS = "Answer from the house rules and tool results only."


# ---- a decline naming the texts passes --------------------------------------------------------------------------

DECLINES = [
    ("Not something our workshop notes cover.", BIKES, "Which e-bike is best for steep hills?", BIKES_SYS),
    ("That's outside what our catalogue notes say, sorry.", GARDEN, "How soon can I collect a palm?", None),
    ("That's beyond our plant catalogue, I'm afraid.", GARDEN, "Do you sell koi carp?", None),
    ("The handbook doesn't cover that, sorry.", SITTER, "Can you walk my horse?", None),
    ("The leaflets don't give distances or map postcodes, so I can't say how close LS6 2AB is.", CLINIC,
     "Is LS6 2AB close to you?", None),
]


@pytest.mark.parametrize(("answer", "docs", "query", "instructions"), DECLINES)
def test_a_decline_naming_the_texts_is_supported(answer: str, docs: list[Document], query: str,
                                                  instructions: str | None) -> None:
    """The sentence says only that the texts lack the answer: nothing to flag."""
    assert _verdicts(answer, docs, query, instructions) == ["supported"]


def test_the_reading_is_what_settles_the_decline() -> None:
    """Switched off, the same decline is judged as a claim and flagged (the reading is doing the work)."""
    answer, docs, query, instructions = DECLINES[0]
    with patch.object(decline_claims, "READ_SOURCE_DECLINES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        assert _verdicts(answer, docs, query, instructions) != ["supported"]


# ---- declines that carry a fact stay judged ---------------------------------------------------------------------

def test_a_decline_carrying_a_changed_figure_stays_flagged() -> None:
    """'We don't deliver outside Zone 2' where the evidence says Zone 3 states a fact, and a wrong one."""
    assert _verdicts("We don't deliver firewood outside Zone 2.", PARK, "Can you bring firewood to lodge 14?") \
        != ["supported"]


def test_a_decline_offering_an_invented_price_stays_flagged() -> None:
    """'That's not covered, but we can do it for £20': the price is nobody's."""
    assert "supported" not in _verdicts("That's not covered, but we can do it for £20.", BIKES,
                                        "Can you fit a child seat?", BIKES_SYS)


def test_outside_a_place_that_is_no_text_stays_judged() -> None:
    """'That's outside our delivery area' names a place of the business, not its texts."""
    assert _verdicts("That's outside our delivery area.", PARK, "Do you deliver to Keswick?") != ["supported"]


def test_a_denial_the_texts_contradict_stays_flagged() -> None:
    """'The leaflets don't give distances' where an article lists them is a false denial."""
    assert _verdicts("The leaflets don't give distances, so I can't say how close LS6 2AB is.", CLINIC_DISTANCES,
                     "Is LS6 2AB close to you?") != ["supported"]


def test_a_decline_naming_a_figure_nobody_gave_stays_flagged() -> None:
    """', so I can't confirm the £50 deposit': £50 is neither the texts' nor the customer's."""
    assert _verdicts("The leaflets don't mention a deposit, so I can't confirm the £50 deposit.", CLINIC,
                     "Do I pay a deposit?") != ["supported"]


def test_a_rule_worded_with_cover_stays_judged() -> None:
    """'The house rules don't cover bonfires' states a rule: a verb of covering with a topic is not read."""
    assert decline_claims.declines_sources("The house rules don't cover bonfires", _evidence(PARK), ("rules",)) \
        is False


def _evidence(docs: list[Document]):
    from llmops_kit.evidence import Evidence, EvidenceSource

    return Evidence([EvidenceSource(f"document {d.id}", d.content or "") for d in docs], r"\[[\w-]+\]")
