"""Care or hands-on help read as a statement, not a hand-over (:data:`llmops_kit.text.claims.READ_HANDS_ON_HELP`, the
reversed49 round): "staff will look after your bag at reception", "a member of staff will help you down the
ladder" say what the place does, and an article can deny it ("Staff cannot look after luggage", "there is no
ladder"). Read as an offer to hand the customer to a person, the sentence was no claim at all, and the answer
stated nothing to check.

Controls: a true statement of the same kind stays supported, a hand-over ("a colleague can look into it", "staff can
help you with that") stays conversation; the old reading returns with the switch off. The fixtures are this file's
own (a museum cloakroom, a cave tour).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import claims
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

CLOAKROOM = [Document(id="mc-1", content="Coats can be left in the lockers by the entrance. Staff cannot look after "
                                         "luggage or large bags.")]
CAVE = [Document(id="cv-7", content="The lower cave is reached by 40 steps cut into the rock. Guides walk with every "
                                    "group.")]
BAG_Q = "Can I leave my suitcase with you?"
CAVE_Q = "Can my dad, who uses a wheelchair, get into the lower cave?"

CASES = [
    ("Yes, staff will look after your suitcase at the entrance while you visit.", CLOAKROOM, BAG_Q),
    ("Yes, the lift takes wheelchairs into the lower cave and a member of staff will help him down.", CAVE, CAVE_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_care_or_hands_on_help_is_a_claim_and_is_judged(answer: str, docs: list[Document], query: str) -> None:
    verdicts = _verdicts(answer, docs, query)
    assert verdicts and "supported" not in verdicts[:1]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_without_the_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(claims.read_answer), patch.object(claims, "READ_HANDS_ON_HELP", False):
        assert _verdicts(answer, docs, query) == []


# ---- controls ---------------------------------------------------------------------------------------------------

def test_control_a_true_statement_of_care_stays_supported() -> None:
    assert _verdicts("Guides walk with every group down into the lower cave.", CAVE, CAVE_Q) == ["supported"]


@pytest.mark.parametrize("answer", [
    "A colleague can look into it for you at the desk.",
    "Our staff can help you with that at reception.",
    "Someone from the team will check this and come back to you.",
])
def test_control_a_hand_over_stays_conversation(answer: str) -> None:
    assert _verdicts(answer, CLOAKROOM, BAG_Q) == []
