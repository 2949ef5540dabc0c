"""A referral that states a figure passed because its number occurs elsewhere in the evidence (the ``elsewhere55``
round). "Call customer service within 30 days and it is corrected to the normal fare", against "Call customer service
within 14 days and we correct it to the normal fare", was judged contradicted, then read again as a referral that
states nothing (:func:`llmops_kit.scope_declines.remit_clause`): its one hard fact, 30, was held by another article's
"400,00 kr. for 30 days". A referral stating a figure beside its contact gives a rule, and is judged
(:data:`llmops_kit.scope_declines.READ_FIGURED_REFERRALS`). Controls: the right deadline, a referral naming only a
published contact, and the switch off giving the old verdict."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import scope_declines
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

FARES = [Document(id="TR-4", content="Check out at the end of every trip. A forgotten check-out is charged 50,00 kr. "
                                     "for that trip. Call customer service within 14 days and we correct it to the "
                                     "normal fare."),
         Document(id="TR-9", content="The monthly pass for zones 1-2 costs 400,00 kr. for 30 days, with unlimited "
                                     "trips.")]
FORGOT = "I forgot to check out on the bus. What now?"


def test_a_referral_with_a_changed_deadline_is_judged() -> None:
    answer = "Call customer service within 30 days and it is corrected to the normal fare."
    assert fresh_verdicts(answer, FARES, FORGOT) == ["contradicted"]
    assert fresh_verdicts("Call customer service within 30 days.", FARES, FORGOT) == ["contradicted"]


def test_control_the_referral_with_the_right_deadline_or_no_figure_passes() -> None:
    answer = "Call customer service within 14 days and it is corrected to the normal fare."
    assert fresh_verdicts(answer, FARES, FORGOT) == ["supported"]
    assert "supported" in fresh_verdicts("Call customer service on 86 20 44 10.", [
        *FARES, Document(id="TR-1", content="Customer service: 86 20 44 10, weekdays.")], FORGOT)


def test_switch_off_the_figured_referral_states_nothing_as_before() -> None:
    with fresh_scores(), patch.object(scope_declines, "READ_FIGURED_REFERRALS", False):
        assert fresh_verdicts("Call customer service within 30 days and it is corrected to the normal fare.", FARES,
                              FORGOT) == ["supported"]
