"""A figure the answer derives is reached only from operands of its own kind (:func:`llmops_kit.evidence_derived.
_kind_operands`): a number written only as a percentage is a share, never an amount taken off a price ("a 12.5%
fee, so on £200 you get £187.50" is no 200 - 12.5); a duration is not reached from the answer's counts of other
things when the answer states no other duration ("groups of 3 to 8 riders (two for a private hack)" reaches no
"closed for about 4 hours" as 8 / 2); a duration is never added to an amount ("2 extra hours at €25 an hour plus
a €27 booking fee" is no 25 + 2). Controls: the share worked out right, a percentage that is also an amount,
the held duration, a count times a stated duration, hours times a rate and a total on it stay as they were.

The fixtures are this file's own (a riding yard, a cookery school's cancellation fee, a
meeting room's extra hours).
"""

from __future__ import annotations

import pytest

from llmops_kit import evidence_derived, own_operands, unheld_figures
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

from .verdict_cases import later_figure_readings_off

FEE = [Document(id="kb-970", content="If you cancel, a fee of 12.5% of the course price is kept and the rest is "
                                     "refunded within 10 days.")]
COURSE = "I paid £200 for the course. What do I get back if I cancel?"
SHARE_AS_AMOUNT = "The fee is 12.5%, so on £200 you get £187.50 back."

YARD = [Document(id="kb-971", content="Hacks go out in groups of 3 to 8 riders; a private hack is two riders. The "
                                      "yard is closed for about 1 hour at lunchtime. A lesson pack holds 3 lessons "
                                      "of 2 hours each.")]
COUNTS_AS_HOURS = ("Groups are 3 to 8 riders (two for a private hack). The yard is closed for about 4 hours at "
                   "lunchtime.")


def _verdicts(answer: str, docs: list[Document], query: str | None = None) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


def _as_before(stated: frozenset[str], claim: str, answer_text: str) -> object:
    """Every stated number an operand of every figure, as before the rule."""
    return lambda value: stated


def test_a_percentage_taken_off_as_an_amount_is_absent() -> None:
    assert _verdicts(SHARE_AS_AMOUNT, FEE, COURSE) == ["absent"]


def test_without_the_rule_the_percentage_was_an_amount(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_derived, "_kind_operands", _as_before)
    monkeypatch.setattr(evidence_derived, "percent_figures", lambda text: frozenset())
    assert _verdicts(SHARE_AS_AMOUNT, FEE, COURSE) == ["supported"]


def test_the_share_worked_out_right_is_supported() -> None:
    """Controls: 87.5% of £200, and a percentage the answer also writes as an amount."""
    assert _verdicts("The fee is 12.5%, so on £200 you get £175 back.", FEE, COURSE) == ["supported"]
    assert _verdicts("The fee is 12.5% (£25), so on £200 you get £175 back.", FEE, COURSE) == ["supported"]


def test_percent_figures_are_the_numbers_written_only_as_percentages() -> None:
    from llmops_kit.text.arithmetic import percent_figures

    assert percent_figures("a 7.5% fee, so on £80 you get £74") == frozenset({"7.5"})
    assert percent_figures("a 50 per cent deposit, so £50 of £100") == frozenset()
    assert percent_figures("£80 less £6") == frozenset()


def test_a_duration_reached_only_from_counts_of_other_things_is_flagged() -> None:
    assert _verdicts(COUNTS_AS_HOURS, YARD) == ["supported", "contradicted"]


def test_without_the_rule_the_counts_reached_the_duration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_derived, "_kind_operands", _as_before)
    # own_operands also holds a plain duration to the figures of its own sentence: off, to show the pair
    monkeypatch.setattr(own_operands, "READ_OWN_OPERANDS", False)
    # and the restated-rule reading reads the duration on its own claim's figures: off, for the same reason
    monkeypatch.setattr(unheld_figures, "READ_RESTATED_OPERANDS", False)
    with later_figure_readings_off():  # they read the changed duration too
        assert _verdicts(COUNTS_AS_HOURS, YARD) == ["supported", "supported"]


def test_a_held_duration_and_a_count_times_a_duration_stay_as_they_were() -> None:
    """Controls: the article's hour; 3 lessons of 2 hours is 6 hours, the count and the duration in other
    sentences of the answer."""
    held = "Groups are 3 to 8 riders (two for a private hack). The yard is closed for about 1 hour at lunchtime."
    assert _verdicts(held, YARD) == ["supported", "supported"]
    assert _verdicts("You have 3 lessons left. That's 6 hours of riding, as each is 2 hours.", YARD) == [
        "supported", "supported"]


ROOM = [Document(id="kb-972", content="Extra time in a meeting room costs €25 per hour. A day pass costs €30.")]
EXTRA = "I need the room for 2 extra hours on top of my day pass. What will I pay?"
HOURS_AS_EUROS = "2 extra hours at €25 an hour plus a €27 booking fee."


def test_an_amount_reached_by_adding_a_duration_is_flagged() -> None:
    """€27 is no 25 + 2: the 2 is hours, which multiply a rate and are never added to one."""
    assert _verdicts(HOURS_AS_EUROS, ROOM, EXTRA) == ["contradicted"]


def test_without_the_rule_the_hours_were_added(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_derived, "_other_kinds", lambda claim, text: lambda value: frozenset())
    assert _verdicts(HOURS_AS_EUROS, ROOM, EXTRA) == ["supported"]


def test_hours_times_a_rate_and_a_chain_on_it_stay_supported() -> None:
    """Controls: the hours multiply the rate, and the product is a step of a total."""
    assert _verdicts("2 extra hours at €25 an hour come to €50.", ROOM, EXTRA) == ["supported"]
    assert _verdicts("2 extra hours at €25 an hour come to €50, plus the €30 day pass: €80.", ROOM, EXTRA) == [
        "supported"]
