"""A claim's condition that restates the evidence's own condition or exception in other words
(:mod:`llmops_kit.restated_conditions`), with its controls: an invented condition, a condition of the other kind
("only if" / "as long as" for "unless"), another subject ("you didn't mention" for "we didn't"), a condition no
longer denied, a word the evidence condition does not state, another governed thing, and a reversed main clause
stay unsupported.

The fixtures are this file's own (a pottery studio's firing fees, a members' courtyard).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import claim_meaning, grounding
from llmops_kit.restated_conditions import restated_condition
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

STUDIO = [Document(id="ST-04", content=(
    "Firing fees are paid when you leave a piece with us. No refunds on firing fees, except for a kiln fault we "
    "didn't tell you about. Collect fired pieces within 30 days."))]
STUDIO_Q = "Can I get my firing fee back for the vase?"
YARD = [Document(id="YD-2", content=(
    "The courtyard is open to members from 10:00 to 22:00. Barbecues shall be supervised at all times; open fires "
    "are not permitted. Glass is not allowed in the courtyard."))]
YARD_Q = "Can we have a barbecue in the courtyard?"
OPENING = ", and the courtyard is open from 10:00 to 22:00."

EXCEPTION = "The firing fee isn't refunded unless the vase has a fault we didn't mention."
STANDING = "A barbecue is fine as long as someone stays with it" + OPENING


def test_an_exception_said_in_other_words_is_supported() -> None:
    """"a fault we didn't mention" is the sheet's "a kiln fault we didn't tell you about"; the vase is the
    customer's own."""
    assert _verdicts(EXCEPTION, STUDIO, STUDIO_Q) == ["supported"]


@pytest.mark.parametrize("answer", [
    STANDING,
    "A barbecue is fine as long as someone keeps an eye on it" + OPENING,
])
def test_a_standing_rule_said_as_a_condition_is_supported(answer: str) -> None:
    """"as long as someone stays with it" is "shall be supervised at all times"."""
    assert _verdicts(answer, YARD, YARD_Q) == ["supported"]


def test_without_the_reading_both_are_flagged() -> None:
    """The reading is what supports them: switched off, each condition is one the evidence does not word."""
    with patch.object(claim_meaning, "restated_condition", lambda *args: None), \
            patch.object(grounding, "restated_claim", lambda *args: None):
        assert _verdicts(EXCEPTION, STUDIO, STUDIO_Q) != ["supported"]
        assert _verdicts(STANDING, YARD, YARD_Q) != ["supported"]


@pytest.mark.parametrize("answer", [
    "The firing fee isn't refunded unless you bring the receipt.",  # invented
    "The firing fee isn't refunded only if the vase has a fault we didn't mention.",  # another kind
    "The firing fee isn't refunded as long as the vase has a fault we didn't mention.",  # another kind
    "The firing fee isn't refunded unless the vase has a fault you didn't mention.",  # the customer's omission
    "The firing fee isn't refunded unless the vase has a fault we mentioned.",  # no longer denied
    "The firing fee isn't refunded unless the vase has a fault we did mention.",  # no longer denied
    "The firing fee isn't refunded unless the vase has a chip we didn't mention.",  # another word
    "The firing fee isn't refunded unless the vase has a fault we didn't photograph.",  # another word
    "The firing fee isn't refunded unless the glaze has a fault we didn't mention.",  # not the question's thing
    "The firing fee is refunded unless the vase has a fault we didn't mention.",  # the main clause reversed
])
def test_an_exception_the_evidence_does_not_state_stays_flagged(answer: str) -> None:
    assert _verdicts(answer, STUDIO, STUDIO_Q) != ["supported"]


@pytest.mark.parametrize("answer", [
    "A barbecue is fine as long as you bring a fire blanket" + OPENING,  # invented
    "A barbecue is fine unless someone stays with it" + OPENING,  # another kind
    "A barbecue is fine as long as nobody stays with it" + OPENING,  # denied
    "A barbecue is fine as long as someone stays in the courtyard" + OPENING,  # "stay", not "stay with"
    "An open fire is fine as long as someone stays with it" + OPENING,  # the rule governs barbecues
    "Glass is fine as long as someone stays with it" + OPENING,  # the rule governs barbecues
])
def test_a_requirement_the_evidence_does_not_state_stays_flagged(answer: str) -> None:
    assert _verdicts(answer, YARD, YARD_Q) != ["supported"]


def test_the_condition_is_given_in_the_evidence_conditions_words() -> None:
    """What the claim is judged again with: the table's equivalent replaced by the evidence's own word."""
    from llmops_kit.evidence import Evidence, EvidenceSource

    evidence = Evidence([EvidenceSource("document ST-04", STUDIO[0].content),
                         EvidenceSource("user message", STUDIO_Q, user=True)], r"\[[^\]]+\]")
    start = EXCEPTION.index("unless")
    words = EXCEPTION[start + len("unless"):].rstrip(".")
    assert restated_condition(EXCEPTION, start, words, evidence) == " the vase has a fault we didn't tell"
