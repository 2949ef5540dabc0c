"""A window the answer counts from the customer's own date (:mod:`llmops_kit.period_windows`, the ``options48`` round):
"valid for 12 months from the date it is issued, so yours runs up to and including 2027/10/19" to a card issued on
2026/10/20 is calendar arithmetic, and "2027/09/30 falls inside that" or "20/05/2027 is still inside the three-month
window" is a comparison of two dates. Controls: a wrong end date stays flagged, a date past the end is contradicted;
with the switch off the comparison is judged as the bare words it was."""

from __future__ import annotations

from datetime import date
from unittest.mock import patch

from llmops_kit import period_windows
from llmops_kit.period_windows import window_end_figures, window_outcome
from llmops_kit.quality import Document

from .verdict_cases import fresh_verdicts

CARD_RULE = "A gift card is valid for 12 months from the date it is issued, and can be spent on any lesson."
CARD = [Document(id="v-1", content=CARD_RULE)]
CARD_ASKED = "My gift card was issued on 2026/10/20. Can I use it for a lesson on 2027/09/30?"
CARD_END = ("Yes: a gift card is valid for 12 months from the date it is issued, so yours runs up to and including "
            "{end}.")
RETAKE_RULE = ("A failed test can be retaken free of charge within three months at the same centre. A retake after "
               "that costs the full fee.")
RETAKE = [Document(id="r-1", content=RETAKE_RULE)]
RETAKE_ASKED = "I failed on 05/02/2027 and can come back on {day}. Is the retake free?"
RETAKE_ANSWER = "Yes: {day} is still inside the three-month window, so the retake costs you nothing."


def test_the_end_of_a_window_counted_from_the_customer_date_is_held() -> None:
    claim = CARD_END.format(end="2027/10/19")
    assert {"19", "10"} <= window_end_figures(claim, CARD_ASKED, [CARD_RULE])


def test_a_wrong_end_of_the_window_is_not_held() -> None:
    assert window_end_figures(CARD_END.format(end="2027/11/19"), CARD_ASKED, [CARD_RULE]) == frozenset()


def test_a_window_counted_from_another_date_than_the_rule_names_is_not_held() -> None:
    rule = "A 10-visit pass is valid for 3 months from its first use, not from the day you buy it."
    asked = "I bought a 10-visit pass on 02.03.2027 and first used it on 20.04.2027. How long is it valid?"
    assert {"19", "7"} <= window_end_figures("It counts from its first use, 20.04.2027, so it is valid up to and "
                                             "including 19.07.2027", asked, [rule])
    assert window_end_figures("It runs from 02.03.2027, so it is valid up to and including 01.06.2027", asked,
                              [rule]) == frozenset()


def test_a_date_inside_the_window_the_answer_states_is_held() -> None:
    answer = CARD_END.format(end="2027/10/19") + " 2027/09/30 falls inside that."
    assert fresh_verdicts(answer, CARD, CARD_ASKED) == ["supported", "supported"]


def test_a_date_after_the_window_the_answer_states_is_contradicted() -> None:
    answer = CARD_END.format(end="2027/09/19") + " 2027/09/30 falls inside that."
    assert fresh_verdicts(answer, CARD, CARD_ASKED)[-1] == "contradicted"


def test_a_window_counted_from_the_customer_other_date() -> None:
    asked = RETAKE_ASKED.format(day="20/05/2027")
    claim = RETAKE_ANSWER.format(day="20/05/2027").removeprefix("Yes: ").rstrip(".")
    assert window_outcome(claim, claim, asked, [RETAKE_RULE]) == ("fails", date(2027, 5, 5))


def test_a_date_past_a_counted_window_is_contradicted() -> None:
    day = "20/05/2027"
    assert fresh_verdicts(RETAKE_ANSWER.format(day=day), RETAKE, RETAKE_ASKED.format(day=day)) == ["contradicted"]


def test_a_date_inside_a_counted_window_is_held() -> None:
    day = "28/04/2027"
    assert fresh_verdicts(RETAKE_ANSWER.format(day=day), RETAKE, RETAKE_ASKED.format(day=day)) == ["supported"]


def test_switched_off_the_comparisons_are_judged_as_before() -> None:
    inside = CARD_END.format(end="2027/10/19") + " 2027/09/30 falls inside that."
    late = "20/05/2027"
    with patch.object(period_windows, "READ_PERIOD_WINDOWS", False):
        assert window_end_figures(CARD_END.format(end="2027/10/19"), CARD_ASKED, [CARD_RULE]) == frozenset()
        assert fresh_verdicts(inside, CARD, CARD_ASKED)[-1] == "unsupported"
        assert fresh_verdicts(RETAKE_ANSWER.format(day=late), RETAKE, RETAKE_ASKED.format(day=late)) == ["unsupported"]
