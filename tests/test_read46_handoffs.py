"""Hand-offs that a refusal ends on: a desk named without an article that "can give you directions" (:data:`llmops_kit.
joined_declines.READ_BARE_HANDOFFS`), and the published office number given with the customer's own invoice code,
whose hyphened letters ("inv-kx" of INV-KX-20431) were counted as words no text holds (:data:`llmops_kit.grounding.
READ_HYPHENED_CODES`). Controls: a wrong place beside the hand-off, a wrong office number; with each switch off the
old verdict returns.

The fixtures are this file's own (a climbing gym by the sea).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import grounding, joined_declines
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

GYM = [Document(id="cg-1", content="Day passes include shoe hire. Monthly memberships can be paused for a holiday.")]
GYM_SYS = ("You answer for a climbing gym in Leith, Edinburgh. Use only the gym notices and tool results. If they "
           "do not cover a question, say so and give the office: 0131 496 0812, weekdays 9am to 5pm.")
WAY_Q = "eh6 7bd how far gym"
DIRECTIONS = "I can't judge distances from a postcode. The gym is in Leith; reception can give you directions."
INVOICE_Q = "Invoice INV-KX-20431 went on the card ending 5512. Has it been paid?"
OFFICE = ("I can't see payments from here. For invoice INV-KX-20431 and the card ending 5512, ring the office on "
          "0131 496 0812.")


def test_a_bare_desk_giving_directions_is_a_handoff() -> None:
    assert _verdicts(DIRECTIONS, GYM, WAY_Q, GYM_SYS) == ["supported"]


def test_control_a_wrong_place_beside_the_handoff_stays_flagged() -> None:
    answer = "I can't judge distances from a postcode. The gym is in Portobello; reception can give you directions."
    assert _verdicts(answer, GYM, WAY_Q, GYM_SYS) != ["supported"]


def test_without_the_bare_handoff_switch_the_old_verdict_returns() -> None:
    with fresh_scores(), patch.object(joined_declines, "READ_BARE_HANDOFFS", False):
        assert _verdicts(DIRECTIONS, GYM, WAY_Q, GYM_SYS) != ["supported"]


def test_the_published_office_with_the_customers_own_code_is_a_handoff() -> None:
    assert _verdicts(OFFICE, GYM, INVOICE_Q, GYM_SYS) == ["supported"]


def test_control_a_wrong_office_number_stays_flagged() -> None:
    assert _verdicts(OFFICE.replace("0812", "0813"), GYM, INVOICE_Q, GYM_SYS) != ["supported"]


def test_without_the_code_switch_the_old_verdict_returns() -> None:
    with fresh_scores(), patch.object(grounding, "READ_HYPHENED_CODES", False):
        assert _verdicts(OFFICE, GYM, INVOICE_Q, GYM_SYS) != ["supported"]
