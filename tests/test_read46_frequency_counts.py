"""A count of uses worked from a frequency over a period (:data:`llmops_kit.frequency_counts.
READ_FREQUENCY_COUNTS`): "at twice a week you would only get through 9 of the 24 classes in 2 months", "you'd
only use 3 of the 8 passes before it expires" of a card valid for 4 months at two visits a month, "4 × €30 = €120 a
year" for four bikes serviced every 6 months. Controls: the right count, a frequency with no period, a period with
no frequency, two validities in the texts, a yearly total whose count is a multiple of the visits; with the switch
off the wrong count passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import frequency_counts
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.frequency_counts import miscounted_uses

CARD = ("A climbing card of 8 passes costs €96 and is valid for 4 months from the first climb; up to 3 climbers "
        "may share it. A single entry is €14.",)
TERM = ("The term ticket gives 24 classes for €180 and runs from September to October. A drop-in class is €10.",)
SERVICE = ("A yearly plan services up to 4 bikes twice a year for €200. A single service is €30 per bike.",)
TWO_CARDS = ("The small card of 5 visits is valid for 2 months; the large card of 10 visits is valid for 6 months.",)


@pytest.mark.parametrize(("claim", "question", "texts", "wrong"), [
    # the claim's own frequency and period: twice a week for 2 months is about 17
    ("At twice a week you would only get through 9 of the 24 classes in 2 months, so drop-ins are cheaper",
     "Term ticket or drop-ins?", TERM, ("9",)),
    # the customer's frequency and the card's validity: two a month for 4 months is 8
    ("You'd only use 3 of the 8 passes before it expires, so single entries work out cheaper",
     "I climb about two times a month. Is the card worth it?", CARD, ("3",)),
    # the customer's frequency and period: every Sunday for the next 6 weeks is 6
    ("You would attend only 2 classes, so single tickets are better",
     "I can come every Sunday for the next 6 weeks. Which should I buy?", TERM, ("2",)),
    # a yearly total whose count is the customer's bikes, leaving the two services a year out
    ("Single services: 4 × €30 = €120 a year, well under the €200 plan",
     "I have 4 bikes and want each serviced every 6 months. Plan or single services?", SERVICE, ("120",)),
    # a yearly total whose count is no multiple of the four services a year
    ("Pay per visit: 3 × €30 = €90 a year, under the €200 plan",
     "Three bikes, each serviced every 3 months. Plan or single services?", SERVICE, ("90",)),
])
def test_a_count_the_frequency_contradicts_is_read(claim: str, question: str, texts: tuple[str, ...],
                                                   wrong: tuple[str, ...]) -> None:
    assert miscounted_uses(claim, texts, user_text=question) == wrong


@pytest.mark.parametrize(("claim", "question", "texts"), [
    # the right counts
    ("At twice a week you would get through 17 of the 24 classes in 2 months, so the term ticket still pays",
     "Term ticket or drop-ins?", TERM),
    ("You'd use all 8 passes before it expires, so the card saves you €16",
     "I climb about two times a month. Is the card worth it?", CARD),
    ("You would use 8 of the 8 passes in about 4 months", "I climb about two times a month.", CARD),
    # a frequency with no period anywhere
    ("You would use only 3 of the 24 classes, so drop-ins are cheaper", "I come once a week. Which is better?",
     ("A drop-in class is €10.",)),
    # a period with no frequency
    ("You would use only 3 of the 8 passes, so single entries work out cheaper", "Is the card worth it?", CARD),
    # two validities: the period is unknown
    ("You'd only use 3 of the 10 visits before it runs out", "I come twice a month. Which card?", TWO_CARDS),
    # a yearly total whose count is the bikes times the two services a year
    ("Single services: 8 × €30 = €240 a year, more than the €200 plan",
     "I have 4 bikes and want each serviced every 6 months. Plan or single services?", SERVICE),
    # a total for one service, not for a period
    ("Single services: 4 × €30 = €120 a visit, €240 a year",
     "I have 4 bikes and want each serviced every 6 months. Plan or single services?", SERVICE),
])
def test_controls_are_not_read(claim: str, question: str, texts: tuple[str, ...]) -> None:
    assert miscounted_uses(claim, texts, user_text=question) == ()


def _evidence(question: str) -> Evidence:
    return Evidence([EvidenceSource("document card", CARD[0]),
                     EvidenceSource("user message", question, user=True)], r"\[x\]")


CLAIM = "You'd only use 3 of the 8 passes before it expires, so single entries work out cheaper"
QUESTION = "I climb about two times a month. Is the card worth it?"


def test_the_count_is_unheld_in_the_claims_facts() -> None:
    numbers, _ = _evidence(QUESTION).missing_facts(CLAIM, answer_text=CLAIM)
    assert "3" in numbers


def test_switched_off_the_count_passes_again() -> None:
    with patch.object(frequency_counts, "READ_FREQUENCY_COUNTS", False):
        assert miscounted_uses(CLAIM, CARD, user_text=QUESTION) == ()
        numbers, _ = _evidence(QUESTION).missing_facts(CLAIM, answer_text=CLAIM)
    assert "3" not in numbers
