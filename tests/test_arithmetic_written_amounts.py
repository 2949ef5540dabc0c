"""Arithmetic an answer writes on amounts in other layouts: the currency after the figure ("250 $"), "kr 650,-",
"EUR 90,–", thousands grouped by a space ("kr 5 200,-"), unit words between operands ("2 boats × 4 days"), a
total of three stated amounts, a speed in the other unit, a length rounded to the half. Each with its wrong
case (a wrong result, an operand the evidence does not hold), which stays absent."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import arithmetic_steps
from llmops_kit.arithmetic_steps import converted, three_sum
from llmops_kit.quality import score_answer
from llmops_kit.text.arithmetic import pair_reaches, plain_figures, spaced_amounts, written_arithmetic
from llmops_kit.traces import Document

HARD = ("absent", "contradicted")


def _fabricated(answer: str, docs: list[Document], query: str) -> bool:
    report = score_answer(answer, docs, query=query)
    return any(v.verdict in HARD for v in report.support)


def test_plain_figures_drop_the_currency_marks_and_join_spaced_thousands() -> None:
    """'kr 5 200,-' is 5200, '250 $' is 250, 'EUR 12,–' is 12, and '2 boats × 4 days' is '2 × 4'."""
    assert plain_figures("2 boats × 4 days × kr 650,- = kr 5 200,-") == "2 × 4 × 650 = 5200"
    assert plain_figures("250 $ + 12 $ shipping = 262 $") == "250 + 12 = 262"
    assert plain_figures("EUR 90,– + 4 × EUR 12,– = EUR 138,–") == "90 + 4 × 12 = 138"
    assert spaced_amounts("kr 5 200,- for both") == {"5": "5200", "200": "5200"}
    assert spaced_amounts("rooms 2 500 metres apart") == {}


def test_written_arithmetic_reads_the_layouts_and_not_a_wrong_result() -> None:
    """The steps of a right sum are read; a wrong written result gives none."""
    assert written_arithmetic("250 $ + 3 × 30 $ + 12 $ shipping = 352 $") == (
        ("3", "30", "90"), ("250", "90", "340"), ("340", "12", "352"))
    assert written_arithmetic("250 $ + 3 × 30 $ + 12 $ shipping = 362 $") == ()
    assert written_arithmetic("Pitch 7 x CHF 30.– = CHF 210.–, then more") == (("7", "30", "210"),)


LESSONS = [Document(id="kb-1", content="A lesson pack is 250 $. Each extra lesson is 30 $. Shipping of the kit "
                                       "is 12 $.")]


@pytest.mark.parametrize(("result", "fabricated"), [("352 $", False), ("362 $", True)])
def test_a_sum_with_the_currency_after_the_figures(result: str, fabricated: bool) -> None:
    """'250 $ + 3 × 30 $ + 12 $ shipping = 352 $' holds its figures; '= 362 $' stays absent."""
    assert _fabricated(f"250 $ + 3 × 30 $ + 12 $ shipping = {result}, before tax.", LESSONS,
                       "The lesson pack plus 3 extra lessons, shipped?") is fabricated


BOATS = [Document(id="kb-2", content="Rowing boat — kr 650,- per day\nLife jacket — kr 40,- per day")]


@pytest.mark.parametrize(("answer", "fabricated"), [
    ("2 × 4 × kr 650,- = kr 5 200,- for both boats.", False),
    ("2 × 4 × kr 650,- = kr 5 800,- for both boats.", True),   # wrong result
    ("2 × 4 × kr 750,- = kr 6 000,- for both boats.", True),   # an operand the evidence does not hold
])
def test_a_product_in_kroner_with_spaced_thousands(answer: str, fabricated: bool) -> None:
    """'kr 5 200,-' is one amount, the product of 2, 4 and kr 650,-; a wrong result or price stays absent."""
    assert _fabricated(answer, BOATS, "Two rowing boats for 4 days?") is fabricated


SERVICE = [Document(id="kb-3", content="A bike service is EUR 90,–. A new chain is EUR 25,–. Brake pads are "
                                       "EUR 12,– a pair.")]


@pytest.mark.parametrize(("result", "fabricated"), [("EUR 139,–", False), ("EUR 149,–", True)])
def test_a_sum_of_euro_amounts_written_with_a_dash(result: str, fabricated: bool) -> None:
    """'EUR 90,– + EUR 25,– + 2 × EUR 12,– = EUR 139,–' holds; 'EUR 149,–' stays absent."""
    assert _fabricated(f"EUR 90,– + EUR 25,– + 2 × EUR 12,– = {result}.", SERVICE,
                       "Service, a new chain and 2 pairs of brake pads: the total?") is fabricated


CAMP = [Document(id="kb-4", content="A tent pitch is CHF 30.– per night. Electricity is CHF 4.– per night. "
                                    "Tourist tax is CHF 12.– per stay.")]


@pytest.mark.parametrize(("result", "fabricated"), [("CHF 250.–", False), ("CHF 260.–", True)])
def test_a_total_of_three_amounts_the_answer_states(result: str, fabricated: bool) -> None:
    """Pitch CHF 210.–, electricity CHF 28.–, tax CHF 12.–: 'CHF 250.– in total' holds; 'CHF 260.–' does not."""
    answer = (f"Pitch 7 x CHF 30.– = CHF 210.–, electricity 7 x CHF 4.– = CHF 28.–, tourist tax CHF 12.–: "
              f"{result} in total.")
    assert _fabricated(answer, CAMP, "7 nights with electricity, tourist tax included?") is fabricated


def test_three_sum_takes_three_distinct_operands() -> None:
    """210 + 35 + 12 = 257; 35 three times is no sum of three distinct operands."""
    assert three_sum([210, 35, 12], 257)
    assert not three_sum([210, 35, 12], 105)


def test_a_speed_converts_between_km_an_hour_and_mph() -> None:
    """32 km/h is about 19.9 mph; 22.9 mph is not."""
    assert converted("19.9", [32.0], "It assists up to 32 km/h, which is about 19.9 mph")
    assert not converted("22.9", [32.0], "It assists up to 32 km/h, which is about 22.9 mph")


def test_a_length_in_words_and_a_half_is_rounded_to_the_half() -> None:
    """2 m is 6.56 ft: 'six and a half feet' rounds it; '6.5 feet' in digits, unhedged, claims a tenth (hedged, it
    is rounded to the half since the ``conv47`` round, ``READ_HEDGED_HALVES``; not with that switch off); 'seven
    and a half' is no rounding of it."""
    assert converted("6.5", [2.0], "About two metres, which is roughly six and a half feet")
    assert not converted("6.5", [2.0], "About 2 metres, which is 6.5 feet")
    with patch.object(arithmetic_steps, "READ_HEDGED_HALVES", False):
        assert not converted("6.5", [2.0], "About 2 metres, which is roughly 6.5 feet")
    assert not converted("7.5", [2.0], "About two metres, which is roughly seven and a half feet")


RECORD = [Document(id="tool", content='{"booking": "BK-7", "items": ["canoe", "paddles"], "total_nok": 3450}')]


@pytest.mark.parametrize(("amount", "fabricated"), [("kr 3 450,-", False), ("kr 3 540,-", True)])
def test_an_amount_grouped_by_a_space_is_the_figure_a_record_holds(amount: str, fabricated: bool) -> None:
    """'kr 3 450,-' is the record's 3450, not '3' and '450'; 'kr 3 540,-' stays absent."""
    assert _fabricated(f"Booking BK-7 is a canoe with paddles, {amount} in total.", RECORD,
                       "What's on booking BK-7?") is fabricated


def test_a_share_worked_out_in_words_is_read_and_a_wrong_one_is_not() -> None:
    """'60 sessions and 75% of that is 45' is (60, 75, 45); '75% of that is 48' gives nothing."""
    assert written_arithmetic("The term is 60 sessions and 75% of that is 45.") == (("60", "75", "45"),)
    assert written_arithmetic("The term is 60 sessions and 75% of that is 48.") == ()
    assert written_arithmetic("25% of £240 comes to £60.") == (("240", "25", "60"),)


CLUB = [Document(id="kb-5", content="5.1 Members need at least 85% attendance to enter the grading. "
                                    "5.2 A term is 40 sessions.")]


@pytest.mark.parametrize(("answer", "fabricated"), [
    ("A term is 40 sessions and 85% of that is 34, so you can miss up to 6 sessions.", False),
    ("A term is 40 sessions and 85% of that is 36, so you can miss up to 4 sessions.", True),
])
def test_a_share_and_what_is_left_of_it(answer: str, fabricated: bool) -> None:
    """85% of 40 is 34, leaving 6; a wrong share (36, leaving 4) stays contradicted."""
    assert _fabricated(answer, CLUB, "How many sessions can I miss in a term and still grade?") is fabricated


def test_pair_reaches_is_one_step_of_two_operands() -> None:
    """The step every derived-figure reading builds on: a sum, difference, product or ratio of two operands."""
    assert pair_reaches([2.0, 3.0], 5.0) and pair_reaches([2.0, 3.0], 6.0) and pair_reaches([2.0, 3.0], 1.5)
    assert pair_reaches([2.0, 3.0], 1.0) and not pair_reaches([2.0, 3.0], 7.0) and not pair_reaches([2.0], 2.0)


# ---- totals of three or more terms named in words (text.term_sums, the rand18 round) -------------------------

WINDOWS = [Document(id="CV-P1", content="Houses\nSingle-storey, inside and outside: R620 · Double-storey: add R250 "
                                        "to either\nSolar panels: R30 a panel, pure water, no soap")]


@pytest.mark.parametrize(("result", "fabricated"), [("R1,230", False), ("R1,290", True)])
def test_a_total_of_three_terms_named_in_words(result: str, fabricated: bool) -> None:
    """'R620 + R250 for the second storey + 12 x R30 (R360) for the panels = R1,230' adds up; R1,290 does not."""
    answer = f"R620 + R250 for the second storey + 12 x R30 (R360) for the panels = {result}."
    assert _fabricated(answer, WINDOWS, "Double-storey inside and out plus my 12 solar panels - total?") is fabricated


PLOTS = [Document(id="HR-1.1", content="A full plot of 200 m² is € 142,00 a year. Every member pays the society "
                                       "fee of € 42,50 a year. New members pay a one-off registration of € 15,00.")]


@pytest.mark.parametrize(("result", "fabricated"), [("€ 199,50", False), ("€ 209,50", True)])
def test_a_total_with_a_space_after_the_euro_sign(result: str, fabricated: bool) -> None:
    """'€ 142,00 rent + € 42,50 society fee + the one-off € 15,00 registration = € 199,50'; a wrong total stays."""
    answer = f"€ 142,00 rent + € 42,50 society fee + the one-off € 15,00 registration = {result} in the first year."
    assert _fabricated(answer, PLOTS, "What do I pay in my first year for a full plot?") is fabricated


BRIDAL = [Document(id="ff-bridal", content="Our bridal bouquets start at R1 850 for a hand-tied posy. Bridesmaids' "
                                           "posies are R650 each and buttonholes R120 each.")]


@pytest.mark.parametrize(("result", "fabricated"), [("R5 170", False), ("R5 710", True)])
def test_a_total_of_bracketed_products(result: str, fabricated: bool) -> None:
    """'R1 850 + (4 × R650 = R2 600) + (6 × R120 = R720) = R5 170': each bracket a step, the total their sum."""
    answer = f"R1 850 + (4 × R650 = R2 600) + (6 × R120 = R720) = {result} for the flowers."
    assert _fabricated(answer, BRIDAL, "A posy, 4 bridesmaids and 6 buttonholes?") is fabricated


def test_termed_sums_need_single_amount_terms_and_a_right_total() -> None:
    """A term of two loose figures, a wrong bracketed product or a wrong total gives no step."""
    from llmops_kit.text.term_sums import termed_sums

    assert termed_sums("620 + 250 for the second storey + 12 x 30 (360) for the panels = 1,230") == (
        ("12", "30", "360"), ("620", "250", "870"), ("870", "360", "1230"))
    assert termed_sums("620 + 250 + 2 kids and 30 = 900") == ()
    assert termed_sums("620 + 250 + 12 x 30 (380) = 1,250") == ()
    assert termed_sums("€ 142,00 rent + € 42,50 fee + € 15,00 registration = € 209,50") == ()
