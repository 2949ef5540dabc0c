"""A held rule applied to the customer's own case after "so" (:mod:`llmops_kit.rule_applications`, the rule42 round):
"you can pause for up to 8 weeks, so a month is fine" to "can I pause for a month?" is supported and the same said of
three months is contradicted (``allowed_length``); "only unopened tins can be returned, so a tin you've opened can't
be returned" to "I opened the tin - can I return it?" is supported, while the reversed consequence stays flagged
(``excluded_case``).

The fixtures are this file's own (a box subscription, a gym, a paint shop, a bike shop).
"""

from __future__ import annotations

import pytest

from llmops_kit import grounding
from llmops_kit.rule_applications import allowed_length, excluded_case
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence as _evidence
from .verdict_cases import fresh_verdicts as _verdicts

BOX = [Document(id="bx-2", content="Skip or pause your veg box for up to 6 weeks at no charge; longer breaks need a "
                                   "new sign-up. Boxes are packed on Mondays.")]
GYM = [Document(id="gy-1", content="Members can freeze their membership for up to 3 months a year with a doctor's "
                                   "note. The pool closes at 21:00.")]
PAINT = [Document(id="pt-4", content="Unopened tins can be returned within 60 days with the receipt. Tinted paint "
                                     "mixed to order is not refundable.")]
BIKES = [Document(id="bk-9", content="Unused parts in the original packaging can be exchanged at the counter. Labour "
                                     "is charged at £45 an hour.")]


#: A held maximum applied to the customer's own length, rightly, and a held only-permission's mirror: flagged
#: without these readings.
HELD = [
    ("No problem: you can pause for up to 6 weeks, so a month is fine.", BOX, "Can I pause my veg box for a month?"),
    ("Only unopened tins can be returned, so a tin you've opened can't be returned, sorry.", PAINT,
     "I opened the tin of grey and the colour is wrong - can I return it?"),
    ("Only unused parts can be exchanged, so a chain that's been used can't be swapped.", BIKES,
     "I used the chain for a week and it skips - can I swap it?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), HELD)
def test_a_rule_applied_to_the_customers_case_is_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), HELD)
def test_without_the_readings_the_application_is_not_supported(answer: str, docs: list[Document], query: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grounding, "allowed_length", lambda *args, **kwargs: None)
    monkeypatch.setattr(grounding, "excluded_case", lambda *args, **kwargs: None)
    assert _verdicts(answer, docs, query) != ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("You can pause the box for up to 6 weeks, so two weeks is OK.", BOX, "Could I pause the box for 2 weeks?"),
    ("Yes, you can freeze it for up to 3 months a year, so six weeks is fine.", GYM,
     "Can I freeze my membership for six weeks? I have a doctor's note."),
    ("Yes, you can freeze it for up to 3 months a year, so a month is fine.", GYM,
     "Can I freeze my membership for a month? I have a doctor's note."),
])
def test_a_length_in_figures_inside_the_maximum_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the customer's length is over the held maximum
    ("You can pause for up to 6 weeks, so three months is fine.", BOX, "Can I pause my veg box for three months?"),
    ("Yes, you can freeze it for up to 3 months a year, so a year is fine.", GYM,
     "Can I freeze my membership for a year?"),
])
def test_a_length_over_the_maximum_is_contradicted(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["contradicted"]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # a changed limit: no evidence sentence holds 10 weeks
    ("You can pause for up to 10 weeks, so a month is fine.", BOX, "Can I pause my veg box for a month?"),
    # an invented condition beside the held limit
    ("You can pause for up to 6 weeks for free with a loyalty card, so a month is fine.", BOX,
     "Can I pause my veg box for a month?"),
    # the reversed consequence: the customer's used chain said to be exchangeable
    ("Only unused parts can be exchanged, so a chain that's been used can be swapped.", BIKES,
     "I used the chain for a week and it skips - can I swap it?"),
    # the customer said the tin is unopened: the excluded case is not theirs
    ("Only unopened tins can be returned, so a tin you've opened can't be returned.", PAINT,
     "The tin is still unopened - can I return it?"),
    # a rule no text states
    ("Only unworn shoes can be returned, so shoes that have been worn can't be returned.", PAINT,
     "I wore the shoes once - can I return them?"),
])
def test_a_misapplied_or_invented_rule_stays_flagged(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) != ["supported"]


@pytest.mark.parametrize(("claim", "docs", "query"), [
    # a length counted back from an event is a minimum of notice, not a maximum
    ("You can cancel up to 6 weeks before, so a month is fine", BOX, "Can I cancel a month before?"),
    # the customer gives no length
    ("You can pause for up to 6 weeks, so a month is fine", BOX, "Can I pause my box?"),
    # the consequence names no length of the customer's
    ("You can pause for up to 6 weeks, so that is fine", BOX, "Can I pause my box for a month?"),
])
def test_no_length_comparison_without_a_maximum_and_the_customers_length(claim: str, docs: list[Document],
                                                                          query: str) -> None:
    assert allowed_length(claim, _evidence(docs, query)) is None


def test_no_mirror_without_an_un_qualifier_and_the_customers_item() -> None:
    evidence = _evidence(PAINT, "I opened the tin of grey - can I return it?")
    # no "un-" qualifier whose base the item has
    assert excluded_case("Only tins with the receipt can be returned, so a tin without it can't be returned",
                         evidence) is None
    # the reversed consequence is no mirror (it is judged as before)
    assert excluded_case("Only unopened tins can be returned, so a tin you've opened can be returned", evidence) is None
    # an item the customer never named
    assert excluded_case("Only unopened tins can be returned, so an opened brush can't be returned", evidence) is None
