"""A saving of two offers added where a source allows one offer only
(:data:`llmops_kit.worked_savings.READ_STACKED_OFFERS`): "Student 20% off brings it to €40, and the off-peak €3 off
per pass takes €6 more: a saving of €16" is 20% of €50 plus €6, while the rule applies the larger of the two.
Controls: the one offer's saving under the rule, the same sum where offers may combine, and a saving that is one
flat offer alone are left alone; with the switch off the stacked saving passes the reading again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import worked_savings
from llmops_kit.quality import Document, score_answer
from llmops_kit.worked_savings import stacked_savings

from .verdict_cases import fresh_scores

RULE = ("Day pass: €25. Students get 20% off day passes. Off-peak visits (before noon) are €3 off per pass. "
        "Only one discount per visit: the larger one is applied.",)
COMBINED = ("Day pass: €25. Students get 20% off day passes. Off-peak visits (before noon) are €3 off per pass, "
            "on top of any other discount.",)
STACKED = ("Two day passes at €25 are €50. Student 20% off brings it to €40, and the off-peak €3 off per pass takes €6 "
           "more: a saving of €16, and you pay €34.")
ONE_OFFER = ("Two day passes at €25 are €50. Your student 20% saves €10; the off-peak offer would save €3 × 2 = €6. "
             "Only one discount applies, the larger, so a saving of €10 and you pay €40.")


def _claim(answer: str) -> str:
    """The answer's sentence that states the saving it ends with."""
    return next(s for s in answer.split(". ") if "saving of" in s)


def _held(answer: str) -> bool:
    with fresh_scores():
        report = score_answer(answer, [Document(id="gym-2", content=RULE[0])],
                              query="Two student day passes at 10am - what do I save?")
        return all(v.supported for v in report.support)


def test_two_offers_added_under_the_rule_are_flagged() -> None:
    assert stacked_savings(_claim(STACKED), STACKED, RULE) == ("16",)
    assert not _held(STACKED)


@pytest.mark.parametrize(("answer", "texts"), [
    (ONE_OFFER, RULE),  # the student saving alone, as the rule says
    (STACKED, COMBINED),  # offers that do combine
    ("Two day passes at €25 are €50. The off-peak €3 off per pass is a saving of €6, and you pay €44.", RULE),
])
def test_other_savings_are_left_alone(answer: str, texts: tuple[str, ...]) -> None:
    assert stacked_savings(_claim(answer), answer, texts) == ()


def test_switched_off_the_stacked_saving_passes_again() -> None:
    with patch.object(worked_savings, "READ_STACKED_OFFERS", False):
        assert stacked_savings(_claim(STACKED), STACKED, RULE) == ()
        assert _held(STACKED)
