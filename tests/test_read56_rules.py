"""A "yes" to the customer's own case that the evidence's lower bound excludes (:mod:`llmops_kit.asked_thresholds`,
the ``rules56`` round): "Yes: you can cancel up to 48 hours before and still get the whole deposit back" to "cancel 3
days before" against "Cancel 7 or more days before and the deposit comes back in full"; a pause of 3 days credited
against "A pause of 5 or more days in a row is credited"; a 15-year-old let into a half marathon "18 or over".
Controls: the "No" twin restating the band, a "yes" the bound admits, a "yes" giving the admitting clause's way in
("with a parent"), another thing named by another figure ("the 5 km" of "10 km runners"), a claim restating the
bound, and the switch off giving the old verdict."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import asked_thresholds
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores, fresh_verdicts

SAFARI = Document(id="KS-5", content=(
    "Cancel 7 or more days before and the deposit comes back in full; from 2 to 6 days before we keep the deposit; "
    "less than 48 hours before, the full price is due. Trips go ahead in rain."))
SAFARI_ASKED = "If we cancel 3 days before, do we get our deposit back?"
SAFARI_YES = "Yes: you can cancel up to 48 hours before and still get the whole deposit back."
TIFFIN = Document(id="AT-4", content=(
    "A pause of 5 or more days in a row is credited to next month at ₹130 a day; shorter pauses are not credited."))
TIFFIN_YES = "Yes, every paused day is credited to next month at ₹130 a day."
RACE = Document(id="NHM-5", content=(
    "Half marathon runners must be 18 or over on race day. 10 km runners must be 14 or over, and runners under 16 "
    "need a guardian's signed consent form. The 5 km is open to all ages; children under 10 walk or run with an "
    "adult."))
RACE_YES = "Yes, runners from 15 may run the half marathon with a guardian's signed consent form."
AXES = Document(id="OXI-3", content=(
    "Throwers must be 16 or older; 12–15 year olds throw with a parent in the same lane."))


@pytest.mark.parametrize(("answer", "doc", "query"), [
    (SAFARI_YES, SAFARI, SAFARI_ASKED),
    (TIFFIN_YES, TIFFIN, "If I pause for 3 days, do I get money back?"),
    (RACE_YES, RACE, "My son is 15 and wants to run the half marathon. Is that allowed?"),
    ("Yes: 14-year-olds can throw on their own once they've had the safety briefing.", AXES,
     "Can my 14-year-old throw?"),
])
def test_a_yes_below_the_bound_is_contradicted(answer: str, doc: Document, query: str) -> None:
    assert fresh_verdicts(answer, [doc], query) == ["contradicted"]


@pytest.mark.parametrize(("answer", "doc", "query"), [
    # the healthy twin: "No", restating the band the customer's figure falls in
    ("No: from 2 to 6 days before we keep the deposit; it comes back in full only if you cancel 7 or more days "
     "before.", SAFARI, SAFARI_ASKED),
    # the bound admits the customer's figure
    (SAFARI_YES, SAFARI, "If we cancel 10 days before, do we get our deposit back?"),
    (TIFFIN_YES, TIFFIN, "If I pause for 6 days, do I get money back?"),
    (RACE_YES.replace("15", "19"), RACE, "My son is 19 and wants to run the half marathon. Is that allowed?"),
    # the clause admitting the figure gives the claim its way in
    ("Yes: 14-year-olds can throw with a parent in the same lane.", AXES, "Can my 14-year-old throw?"),
    # "the 5 km" is not the "10 km runners" of the bound
    ("Yes, the 5 km is open to all ages; children under 10 walk or run with an adult.", RACE,
     "Is the 5 km okay for my 8-year-old?"),
])
def test_controls_are_not_read(answer: str, doc: Document, query: str) -> None:
    assert "contradicted" not in fresh_verdicts(answer, [doc], query)


def test_a_claim_restating_the_bound_is_not_read() -> None:
    answer = "Yes, the deposit comes back in full when you cancel 7 or more days before."
    assert "contradicted" not in fresh_verdicts(answer, [SAFARI], SAFARI_ASKED)


def test_switch_off_gives_the_old_verdict() -> None:
    with fresh_scores(), patch.object(asked_thresholds, "READ_ASKED_THRESHOLDS", False):
        assert fresh_verdicts(SAFARI_YES, [SAFARI], SAFARI_ASKED) == ["supported"]
        assert fresh_verdicts(TIFFIN_YES, [TIFFIN], "If I pause for 3 days, do I get money back?") == ["supported"]
