"""An amount whose rule an evidence sentence restates word for word, with another amount, is read as that rule
changed (:data:`llmops_kit.unheld_figures.READ_RESTATED_AMOUNTS`, the roundup45 round): "Lockers take a 2 € coin"
against "Lockers take a 1 € coin, which you get back" is *contradicted*, though 2 is a figure the evidence holds
(of the session's hours), so the hard-fact step passes it. The rule's own amount, an amount of another item and
a claim working out a total stay as they were; the old verdict returns with the switch off.

The fixtures are this file's own (a bathhouse's lockers, a campsite's nightly rate).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import unheld_figures
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

BATH = [
    Document(id="b-1", content="A session lasts up to 2 hours and costs 12,00 €."),
    Document(id="b-2", content="Lockers take a 1 € coin, which you get back when you leave."),
    Document(id="b-3", content="Towels are 4,00 € to hire."),
]
BATH_Q = "First visit to the bathhouse - what should I know?"
BATH_ANSWER = ("Welcome:\n1. A session lasts up to 2 hours and costs 12,00 €.\n"
               "2. Lockers take a {coin} coin that you get back.")


def test_a_restated_rule_with_its_amount_changed_is_contradicted() -> None:
    assert _verdicts(BATH_ANSWER.format(coin="2 €"), BATH, BATH_Q)[-1] == "contradicted"


def test_without_the_switch_the_old_verdict_returns() -> None:
    with fresh_scores(), patch.object(unheld_figures, "READ_RESTATED_AMOUNTS", False):
        assert _verdicts(BATH_ANSWER.format(coin="2 €"), BATH, BATH_Q)[-1] == "supported"


# ---- controls: the rule's own amount, another item's amount, a worked total --------------------------------------

@pytest.mark.parametrize("coin", ["1 €", "1,00 €", "€1"])
def test_control_the_rule_stated_rightly_stays_supported(coin: str) -> None:
    assert _verdicts(BATH_ANSWER.format(coin=coin), BATH, BATH_Q)[-1] == "supported"


def test_control_another_items_amount_stays_supported() -> None:
    answer = BATH_ANSWER.replace("Lockers take a {coin} coin that you get back.", "Towels are 4,00 € to hire.")
    assert _verdicts(answer, BATH, BATH_Q)[-1] == "supported"


def test_control_a_worked_total_is_left_to_the_arithmetic() -> None:
    """Three amounts of one currency in a claim work out a total: each is the arithmetic step's, even where a
    surcharge sentence names the words of one of them ("a night for the pitch" of "add £8 per pitch per night")."""
    camp = [Document(id="c-1", content="A pitch with two adults is £14 a night. Each child is £3 a night."),
            Document(id="c-2", content="In the summer holidays, add £8 per pitch per night.")]
    answer = ("That comes to £88: £22 a night for the pitch and two adults in the holidays, so £22 a night for "
              "4 nights.")
    query = "Two adults, 4 nights in August?"
    with fresh_scores(), patch.object(unheld_figures, "READ_RESTATED_AMOUNTS", False):
        before = _verdicts(answer, camp, query)
    assert _verdicts(answer, camp, query) == before
