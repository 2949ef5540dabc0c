"""A rate worked into a result although the rate's own sentence qualifies it for the claim's case
(:mod:`llmops_kit.qualified_rates`): a deduction written after the rate, a bundle price when booked with what the
claim adds, a cap after the rate. Controls: the qualifier applied stays clean, the stand-alone price with nothing
added stays held, a result under the cap stays held, a qualifier in another sentence is left alone.

The fixtures are this file's own (a music school, an appliance repairer, a bike hire, a cleaning firm).
"""

from __future__ import annotations

import pytest

from llmops_kit import qualified_rates
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

MUSIC = [Document(id="mu-01", content="A term of ten piano lessons costs €300. Lessons you cancel before the term "
                                      "starts are refunded at €28 a lesson, less a €15 handling fee. Exams are "
                                      "booked through the office.")]
REPAIR = [Document(id="rp-01", content="A washing machine repair visit is $95 including the first hour. A safety "
                                       "check is $60 on its own or $40 when booked with a repair visit. Parts are "
                                       "charged at cost.")]
BIKES = [Document(id="bk-01", content="E-bikes are hired at €45 a day, capped at €200 a hire. Helmets are "
                                      "included.")]
CLEAN = [Document(id="cl-01", content="End-of-tenancy cleaning is £180 for a two-bedroom flat. Oven cleaning is £45 "
                                      "on its own or £30 when booked with a tenancy clean.")]
SPLIT = [Document(id="sp-01", content="Cancelled lessons are refunded at €28 a lesson. A €15 handling fee applies to "
                                      "every refund.")]

REFUND_Q = "I paid for a term and want to cancel 5 lessons before it starts. What do I get back?"


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the deduction left out of the worked refund
    ("5 lessons at €28 a lesson: you'd get €140 back.", MUSIC, REFUND_Q),
    # the bundle price left out when the claim adds the partner
    ("Repair visit $95 plus safety check $60 = $155.", REPAIR, "How much for a repair visit and a safety check?"),
    ("Tenancy clean £180 + oven £45 = £225.", CLEAN, "Price for a tenancy clean with the oven done too?"),
    # a week's hire worked past the cap
    ("7 days: 7 × €45 = €315.", BIKES, "How much is an e-bike for 7 days?"),
])
def test_the_qualifier_left_out_is_contradicted(answer: str, docs: list[Document], query: str) -> None:
    assert "contradicted" in _verdicts(answer, docs, query)


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the deduction applied
    ("5 lessons at €28 a lesson is €140, less the €15 fee: €125.", MUSIC, REFUND_Q),
    # the deduction named in words
    ("5 lessons at €28 a lesson is €140, less the handling fee.", MUSIC, REFUND_Q),
    # the stand-alone price, nothing added
    ("A safety check on its own is $60.", REPAIR, "How much is a safety check?"),
    ("Oven cleaning on its own is £45.", CLEAN, "How much is oven cleaning?"),
    # the bundle price applied
    ("Repair visit $95 plus safety check $40 = $135.", REPAIR, "How much for a repair visit and a safety check?"),
    # under the cap
    ("3 days: 3 × €45 = €135.", BIKES, "How much is an e-bike for 3 days?"),
    # a qualifier in another sentence is left to other readings
    ("5 lessons at €28 a lesson: you'd get €140 back.", SPLIT, REFUND_Q),
])
def test_the_qualifier_applied_or_not_met_stays_clean(answer: str, docs: list[Document], query: str) -> None:
    assert "contradicted" not in _verdicts(answer, docs, query)


def test_a_changed_rate_is_still_caught() -> None:
    """A rate the texts do not hold is flagged whatever the reading."""
    verdicts = _verdicts("5 lessons at €30 a lesson: you'd get €150 back.", MUSIC, REFUND_Q)
    assert set(verdicts) - {"supported"}


def test_the_switch_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``READ_QUALIFIED_RATES`` off the worked refund is held again."""
    monkeypatch.setattr(qualified_rates, "READ_QUALIFIED_RATES", False)
    verdicts = _verdicts("5 lessons at €28 a lesson: you'd get €140 back.", MUSIC, REFUND_Q)
    assert "contradicted" not in verdicts
