"""A list's own short lead-in ("Two things:") is no claim; a lead-in that states something stays one."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text import list_lead_in
from llmops_kit.text.claims import read_answer
from llmops_kit.text.list_lead_in import list_lead_ins
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

CITE = r"\[[a-z0-9-]+\]"
POOL = [Document(id="pl-1", content="Swimmers under 16 must leave the pool by 19:00. Lane swimming costs £4.50 per "
                                     "session and towels can be hired for £1.50.")]
TWO = ("Two things:\n* swimmers under 16 have to leave the pool by 19:00;\n"
       "* lane swimming costs £4.50 per session.")
FEW = ("A few points worth knowing:\n\n1. **Age**: swimmers under 16 must leave the pool by 19:00.\n"
       "2. **Price**: lane swimming costs £4.50 per session.\n3. **Towels**: you can hire a towel for £1.50.")
QUERY = "Bringing my 14-year-old for a swim tonight - anything we should know?"


def _claims(answer: str) -> list[str]:
    return [fact for _, fact, _ in read_answer(answer, CITE, (), (), 3).claims]


def _score_without_the_reading(answer: str) -> float | None:
    """The groundedness with the reading off (the memoised verdicts and cached readings cleared either side)."""
    with fresh_scores(read_answer), patch.object(list_lead_in, "READ_LIST_LEAD_INS", False):
        return score_answer(answer, POOL, query=QUERY).groundedness


@pytest.mark.parametrize(("answer", "lead"), [(TWO, "Two things:"), (FEW, "A few points worth knowing:"),
                                              ("Thanks for asking! " + FEW, "A few points worth knowing:")])
def test_a_lead_in_before_its_list_is_no_claim(answer: str, lead: str) -> None:
    """Healthy: the lead-in is dropped, the items are still claims."""
    assert list_lead_ins(answer) == {lead}
    claims = _claims(answer)
    assert lead.rstrip(":") not in claims
    assert any("19:00" in c for c in claims)


@pytest.mark.parametrize("answer", [TWO, FEW])
def test_the_scorer_no_longer_flags_the_lead_in(answer: str) -> None:
    """The faithful list answer is fully grounded; without the reading its lead-in was an unsupported claim."""
    assert score_answer(answer, POOL, query=QUERY).groundedness == 1.0
    assert (_score_without_the_reading(answer) or 0.0) < 1.0


@pytest.mark.parametrize("answer", [
    TWO.replace("Two things", "Three things"),  # the count is not the list's length
    TWO.replace("Two things", "Only two things"),  # a limiting word: the lead-in states something
    "These are not refundable:\n* lane swimming sessions booked online;\n* towel hire paid at the desk.",
    "Open Monday to Friday:\n* lane swimming costs £4.50 per session;\n* towels can be hired for £1.50.",
    "Two things:\n* lane swimming costs £4.50 per session.",  # one item is no list
    "Two things:\n* lanes;\n* towels.",  # the items state nothing of their own
    "Two things: swimmers under 16 leave by 19:00, and lanes cost £4.50.",  # no list below it
])
def test_a_lead_in_that_states_something_stays_a_claim(answer: str) -> None:
    """Control: a wrong count, a limiting or negating word, a name, or no real list below keeps the claim."""
    assert list_lead_ins(answer) == frozenset()


def test_a_wrong_count_is_still_flagged() -> None:
    """Control: "Three things:" before two items stays unsupported."""
    assert score_answer(TWO.replace("Two things", "Three things"), POOL, query=QUERY).groundedness < 1.0


def test_an_unsupported_item_under_a_lead_in_is_still_flagged() -> None:
    """Control: dropping the lead-in leaves the items judged; an invented figure in one still counts."""
    wrong = TWO.replace("£4.50", "£6.50")
    assert score_answer(wrong, POOL, query=QUERY).groundedness < 1.0
