"""A deadline widened to an event (:func:`llmops_kit.universal_scope.widened_deadline`): "any day until the season
ends" where the evidence dates the limit, "before the class starts" where the evidence asks for a lead time, with
controls that a faithful restatement, the evidence's own wide limit, a claim giving the lead time itself and a
subject the evidence does not limit stay clean.

The fixtures are this file's own (a pumpkin patch, a yoga studio, a boat hire, a language school).
"""

from __future__ import annotations

import pytest

from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document
from llmops_kit.universal_scope import widened_deadline

PUMPKINS = [Document(id="pp-2", content="You can reserve a pumpkin on the vine for a $5 deposit. Reserved pumpkins "
                                        "must be picked up by Oct. 28 or the reservation lapses. The patch season "
                                        "runs from Sept. 20 to Nov. 2.")]
YOGA = [Document(id="yg-4", content="Cancel at least 12 hours before your class for a full refund. Later "
                                    "cancellations get a class credit.")]
BOATS = [Document(id="bh-1", content="Rowing boats are €15 an hour. You can cancel a boat booking any time before "
                                     "the hire starts and get your money back.")]
SCHOOL = [Document(id="ls-3", content="The evening course costs £180 for ten weeks. Books are included. Students "
                                      "can join the class any week until the term ends.")]
CAFE = [Document(id="cf-1", content="Our terrace opens at 8am. Breakfast is served until 11:30 on weekdays and "
                                    "until noon on Saturday.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


@pytest.mark.parametrize(("answer", "docs"), [
    ("Yes, a reserved pumpkin waits for you any day until the season ends.", PUMPKINS),
    ("Reserved pumpkins can be picked up until the end of the season.", PUMPKINS),
    ("Yes, as long as you tell us before the class starts you get a full refund.", YOGA),
])
def test_a_deadline_widened_to_an_event_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("Reserved pumpkins must be picked up by Oct. 28.", PUMPKINS),  # the faithful restatement
    ("Cancel at least 12 hours before your class for a full refund.", YOGA),
    ("Yes, cancel 12 hours before the class starts and you get a full refund.", YOGA),  # the claim's own lead time
    ("You can cancel a boat booking any time before the hire starts and get your money back.", BOATS),  # its own
    ("You can join the evening class any week until the term ends.", SCHOOL),  # the evidence says it itself
    ("Breakfast is served until the terrace closes.", CAFE),  # not the same subject as a dated limit
])
def test_a_limit_the_evidence_does_not_narrow_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


def test_a_changed_date_is_still_caught() -> None:
    """The reading adds a contradiction; a wrong date is flagged as before."""
    assert "supported" not in _verdicts("Reserved pumpkins must be picked up by Oct. 30.", PUMPKINS)


def test_the_customer_stating_a_date_is_not_evidence() -> None:
    """Only a source sets the narrower limit: the customer's message does not."""
    evidence = Evidence([EvidenceSource("pp-2", "You can reserve a pumpkin on the vine for a $5 deposit."),
                         EvidenceSource("the question", "Must reserved pumpkins be picked up by Oct. 28?", user=True)],
                        r"\[x\]")
    assert widened_deadline("A reserved pumpkin waits for you any day until the season ends.", evidence) is None


def test_the_reading_names_the_limit_sentence() -> None:
    evidence = Evidence([EvidenceSource("yg-4", YOGA[0].content)], r"\[x\]")
    found = widened_deadline("As long as you tell us before the class starts you get a full refund.", evidence)
    assert found is not None and "12 hours" in found[1]


def test_the_reading_is_what_flags_the_limit() -> None:
    """Switched off, "before the class starts" beside the held refund passes: the reading does the work."""
    from unittest.mock import patch
    with patch("llmops_kit.grounding.widened_deadline", lambda claim, evidence: None):
        assert "contradicted" not in _verdicts("Yes, as long as you tell us before the class starts you get a full "
                                               "refund.", YOGA)
