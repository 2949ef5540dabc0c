"""A figure said to hold whatever the case (:mod:`llmops_kit.universal_scope`): "£40 whatever the size" where the
evidence gives a size its own price, "free anywhere" where the evidence charges outside an area, with controls that
a figure the evidence gives every case, a plain restatement, and a case no evidence sentence names stay supported.

The fixtures are this file's own (a bike workshop, a piano tuner, a carpet cleaner, a dog groomer).
"""

from __future__ import annotations

import pytest

from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document
from llmops_kit.universal_scope import scope_exception

BIKES = [Document(id="bk-3", content="A full service is £40 and takes about a day. E-bikes with a mid-drive motor: "
                                     "£55.")]
PIANO = [Document(id="pt-1", content="Tuning visits are free of travel charges in Leeds and Bradford. Outside those "
                                     "cities there is a £25 call-out fee.")]
CARPET = [Document(id="cc-2", content="Carpet cleaning is $3 per square foot, whatever the pile, stairs included.")]
SKATES = [Document(id="sk-1", content="Skate sharpening is free for under-12s. A fitting check is $10 for everyone. "
                                      "Delivery anywhere in the valley is $5. Call us from outside the valley on "
                                      "555 0142.")]
GUIDES = [Document(id="gd-2", content="Guides lead walks of up to 8 km. Night walks are only led by guides with a "
                                      "first-aid certificate, for $12 extra per person.")]
GROOM = [Document(id="dg-4", content="A bath and brush is €30. Nail clipping is €8.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


@pytest.mark.parametrize(("answer", "docs"), [
    ("Yes, a full service is £40 whatever the motor.", BIKES),
    ("It's £40 regardless of the motor.", BIKES),
    ("Tuning visits are free of travel charges anywhere.", PIANO),
    ("Yes, any of our guides can lead a night walk, for $12 extra per person.", GUIDES),
])
def test_a_figure_said_to_hold_for_every_case_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("A full service is £40.", BIKES),  # no scope claimed
    ("E-bikes with a mid-drive motor are £55 for a service.", BIKES),
    ("Tuning visits are free of travel charges in Leeds and Bradford.", PIANO),
    ("Cleaning is $3 per square foot whatever the pile.", CARPET),  # the evidence's own scope
    ("A bath and brush is €30 whatever the breed.", GROOM),  # no evidence sentence names the breed
    ("A fitting check is $10 whatever your age.", SKATES),  # "for everyone": the source's own scope
    ("We deliver anywhere in the valley for $5.", SKATES),  # the source says "anywhere" itself
    ("Night walks are led by guides with a first-aid certificate, for $12 extra per person.", GUIDES),
])
def test_a_scope_the_evidence_does_not_limit_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


def test_a_changed_figure_is_still_caught() -> None:
    """The reading adds a contradiction; a wrong price is flagged as before."""
    assert "contradicted" in _verdicts("A full service is £45 whatever the motor.", BIKES)


def test_the_customer_naming_a_case_is_not_evidence() -> None:
    """Only a source states a case's own figure: the customer's message does not."""
    evidence = Evidence([EvidenceSource("bk-3", "A full service is £40."),
                         EvidenceSource("the question", "My motor is a mid-drive, £55 elsewhere?", user=True)],
                        r"\[x\]")
    assert scope_exception("A full service is £40 whatever the motor.", evidence) is None


def test_the_reading_names_the_case_sentence() -> None:
    """The contradiction cites the sentence giving the case its own figure."""
    evidence = Evidence([EvidenceSource("bk-3", BIKES[0].content)], r"\[x\]")
    found = scope_exception("A full service is £40 whatever the motor.", evidence)
    assert found is not None and "£55" in found[1]


def test_the_reading_is_what_flags_the_scope() -> None:
    """Switched off, '£40 whatever the motor' beside the held £40 passes: the reading does the work."""
    from unittest.mock import patch
    with patch("llmops_kit.grounding.scope_exception", lambda claim, evidence: None):
        assert "contradicted" not in _verdicts("Yes, a full service is £40 whatever the motor.", BIKES)
