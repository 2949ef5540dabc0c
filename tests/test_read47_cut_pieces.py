"""A fact piece left beside a decline is read as a sentence of its own would be, its closing decline of a detail cut
off (:data:`llmops_kit.joined_declines.READ_CUT_PIECES`, the ``trap47`` round): "The guide gives the workshop as 9
Quarry Road but doesn't list a postcode, so I can't confirm 4021 from it" kept "list" and "postcode" in the piece
left to judge and was judged unsupported, though the same sentence without its last piece passes. Controls: a wrong
house number, and a decline naming a figure the customer did not give, stay flagged; with the switch off the old
verdict returns."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import joined_declines, scope_declines
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

DOCS = [Document(id="G/2.1", content="The workshop at 9 Quarry Road is open Tuesday 5pm-8pm and Saturday 9am-noon."),
        Document(id="G/5.3", content="Members can borrow up to 3 tools at a time for one week.")]
PROMPT = ("You answer members of the Hillside Repair Workshop from the volunteer guide sections and the tool results "
          "you are given, nothing else. If they do not cover it, say so and point people to hello@hillside.example.")
ASKED = "Is 4021 the postcode for the workshop?"
FLAGGED = {"absent", "contradicted", "unsupported", "invented"}


def _answer(house: str = "9", code: str = "4021") -> str:
    return (f"The guide gives the workshop as {house} Quarry Road but doesn't list a postcode, so I can't confirm "
            f"{code} from it.")


def test_the_fact_beside_the_decline_is_judged_without_its_own_decline() -> None:
    assert not FLAGGED & set(_verdicts(_answer(), DOCS, ASKED, PROMPT))


def test_control_a_wrong_house_number_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts(_answer(house="11"), DOCS, ASKED, PROMPT))


def test_control_a_decline_of_a_figure_the_customer_did_not_give_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts(_answer(code="4022"), DOCS, ASKED, PROMPT))


def test_switched_off_the_piece_keeps_its_decline_and_is_flagged() -> None:
    with fresh_scores(), patch.object(joined_declines, "READ_CUT_PIECES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        assert FLAGGED & set(_verdicts(_answer(), DOCS, ASKED, PROMPT))
