"""A total the answer writes under its own itemised lines, or after a count priced by the unit, is read against
those figures alone (:mod:`llmops_kit.listed_totals`): "Total £72.00" under lines that sum to £76.00 is absent
even though two of the lines reach it, "3 hours at €40 each, so €80 in total" even though the customer's 2
hours reach it. Controls: right totals (whole list, after a subtotal line, signed discounts) stay healthy, and
totals the reader cannot read for certain (one the answer names as a subset's, one that adds VAT, a unit
price without "=") are left to the other checks.

The fixtures are this file's own (a kayak hire, a music school).
"""

from __future__ import annotations

import pytest

from llmops_kit import quality
from llmops_kit.listed_totals import wrong_products, wrong_totals
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

KAYAKS = [Document(id="kh-1", content="Hire of a sea kayak is £30.00 a day. A buoyancy aid is £6.00 a day. "
                                      "A dry bag is £4.00 for the hire. Delivery to the launch is £12.00.")]
MUSIC = [Document(id="ms-3", content="Piano lessons are €40 an hour. Lessons are booked in whole hours.")]

LINES = "- Sea kayak: 2 × £30.00 = £60.00\n- Buoyancy aid: 2 × £6.00 = £12.00\n- Dry bag: £4.00\n\n"
WITH_SUBTOTAL = ("**Kayak:** 2 × £30.00 = £60.00\n**Buoyancy aid:** 2 × £6.00 = £12.00\n**Dry bag:** £4.00\n"
                 "**Subtotal:** £76.00\n**Delivery:** £12.00\n")


def _verdicts(answer: str, docs: list[Document], query: str | None = None) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


#: Wrong totals that some other subset or product of the figures reaches.
WRONG = [
    (LINES + "Total **£72.00** for the sea kayak hire.", KAYAKS, None),  # 60 + 12, the dry bag left out
    (WITH_SUBTOTAL + "**Total:** £82.00", KAYAKS, None),  # 76 + 6 (one aid day), not 76 + 12
    ("Two of the hours are on your card already, and 3 hours are charged at €40 each, so €80 in total.", MUSIC,
     "I have 2 hours on my card and want 5 hours of lessons. What do I pay?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), WRONG)
def test_a_total_that_is_not_its_figures_sum_is_absent(answer: str, docs: list[Document], query: str | None) -> None:
    assert "absent" in _verdicts(answer, docs, query)


@pytest.mark.parametrize(("answer", "docs", "query"), WRONG)
def test_without_the_reading_the_wrong_total_passes(answer: str, docs: list[Document], query: str | None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quality, "judge_listed_totals", lambda *args, **kwargs: [])
    assert set(_verdicts(answer, docs, query)) == {"supported"}


@pytest.mark.parametrize(("answer", "docs", "query"), [
    (LINES + "Total **£76.00** for the sea kayak hire.", KAYAKS, None),
    (WITH_SUBTOTAL + "**Total:** £88.00", KAYAKS, None),  # the subtotal stands for the lines above it
    ("- Sea kayak: 2 × £30.00 = £60.00\n- Buoyancy aid: 2 × £6.00 = £12.00\n- Weekday discount: -£12.00\n"
     "Total: £60.00", KAYAKS, None),  # a line taken off
    ("Two of the hours are on your card already, and 3 hours are charged at €40 each, so €120 in total.", MUSIC,
     "I have 2 hours on my card and want 5 hours of lessons. What do I pay?"),
])
def test_a_right_total_stays_healthy(answer: str, docs: list[Document], query: str | None) -> None:
    assert set(_verdicts(answer, docs, query)) == {"supported"}


@pytest.mark.parametrize("answer", [
    LINES + "Total for the kayak and the aid: £72.00",  # a subset the answer itself names
    LINES + "Total £86.40 incl. 20% VAT",  # adds what the lines do not list
    "- Sea kayak: £30.00 a day\n- Buoyancy aid: £6.00 a day\nTotal: £72.00",  # unit prices, no "=": not sums
    "- Sea kayak: £60.00\n\nTotal: £60.00 (that's the kayak alone)",  # one line is no list
])
def test_totals_the_reader_cannot_read_for_certain_are_left_alone(answer: str) -> None:
    assert wrong_totals(answer) == []


@pytest.mark.parametrize("sentence", [
    "3 hours at €40 each plus the €10 booking fee, €130 in total.",  # adds something
    "Two hybrids at £22 a day for 3 days comes to £132 in total.",  # another count between
    "3 hours at €40 each, so €120 in total.",
])
def test_a_priced_count_is_only_read_as_a_bare_product(sentence: str) -> None:
    assert wrong_products(sentence) == []


def test_a_wrong_bare_product_is_read() -> None:
    assert wrong_products("Three nights at £80 a night, so £250 altogether.") == [
        ("Three nights at £80 a night, so £250 altogether.", "250", 240.0)]


def test_a_total_with_its_currency_after_the_figure_is_read() -> None:
    lines = "- Kayak: 2 × 30,00 € = 60,00 €\n- Buoyancy aid: 12,00 €\n**Total:** {} €"
    assert wrong_totals(lines.format("80,00")) == [("Total: 80,00 €", "80", 72.0)]
    assert wrong_totals(lines.format("72,00")) == []
