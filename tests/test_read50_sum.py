"""A total worked from the evidence's price in any locale's house style (:data:`llmops_kit.text.locale_amounts.
READ_LOCALE_WORKED_SUMS`): "2 × CHF 1'950 = CHF 3'900" against "1 950 CHF", "2 × RM1,950 = RM3,900" against the
same price. The number reader took "1'950" for two numbers and "RM3" for a word, so a total worked right was
flagged. The right total stays supported in every grouping; a wrong total, an operand that is not the evidence's
price, another currency, and a phone number or reference with grouped digits stay flagged; with the switch off
the right total is flagged again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import currency_marks, locale_amounts
from llmops_kit.text.locale_amounts import currencies_of_mark, grouped_values, held_worked_totals, worked_totals
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

FLAGGED = {"contradicted", "absent", "unsupported", "invented"}
NBSP, NARROW = "\u00a0", "\u202f"


def _ferry(price: str) -> list[Document]:
    return [Document(id="fe-1", content=f"A cabin on the night ferry costs {price} per person, breakfast included.")]


ASKED = "what would a cabin cost for two of us?"


def _answer(total: str) -> str:
    return f"For two people: {total}."


# (the evidence's price, the answer's worked total for two), the total written in another style or the same one
RIGHT = [
    (f"1{NBSP}950{NBSP}Kč", f"2 × CZK{NBSP}1'950 = CZK{NBSP}3'900"),
    (f"1{NBSP}950{NBSP}Kč", f"2 × 1{NBSP}950{NBSP}Kč = 3{NBSP}900{NBSP}Kč"),
    ("RM1,950.00", "2 × RM1,950 = RM3,900"),
    ("Rp1.950", "2 × Rp1.950 = Rp3.900"),
    (f"CHF{NBSP}1'950", f"2 × 1{NARROW}950,00{NBSP}CHF = 3{NARROW}900,00{NBSP}CHF"),
    (f"1.950,00{NBSP}kr.", f"2 × DKK{NBSP}1,950.00 = DKK{NBSP}3,900.00"),
    (f"12,50{NBSP}kr.", f"2 × 12,50{NBSP}Dkr = 25,00{NBSP}Dkr"),
    (f"€{NBSP}1.950", "2 × €1,950 = €3,900"),
    ("$1,950", f"2 × 1{NBSP}950{NBSP}$ AU = 3{NBSP}900{NBSP}$ AU"),
]


@pytest.mark.parametrize(("price", "total"), RIGHT)
def test_a_right_total_in_any_style_is_supported(price: str, total: str) -> None:
    assert set(_verdicts(_answer(total), _ferry(price), ASKED)) == {"supported"}


# the same prices with a wrong total: three times the price, and a digit off
WRONG = [
    (f"1{NBSP}950{NBSP}Kč", f"2 × CZK{NBSP}1'950 = CZK{NBSP}5'850"),
    ("RM1,950.00", "2 × RM1,950 = RM3,950"),
    (f"CHF{NBSP}1'950", f"2 × 1{NARROW}950,00{NBSP}CHF = 3{NARROW}960,00{NBSP}CHF"),
    (f"12,50{NBSP}kr.", f"2 × 12,50{NBSP}Dkr = 37,50{NBSP}Dkr"),
    ("RM1,950.00", "2 × RM1,950 = RM3.90"),
]


@pytest.mark.parametrize(("price", "total"), WRONG)
def test_a_wrong_total_stays_flagged(price: str, total: str) -> None:
    assert FLAGGED & set(_verdicts(_answer(total), _ferry(price), ASKED))


def test_an_operand_that_is_not_the_evidences_price_stays_flagged() -> None:
    """The arithmetic comes out, but 1 590 is not the 1 950 the evidence gives."""
    total = f"2 × CZK{NBSP}1'590 = CZK{NBSP}3'180"
    assert FLAGGED & set(_verdicts(_answer(total), _ferry(f"1{NBSP}950{NBSP}Kč"), ASKED))


def test_another_currency_stays_flagged() -> None:
    """The same figures in ringgit are not the evidence's koruna."""
    assert FLAGGED & set(_verdicts(_answer("2 × RM1'950 = RM3'900"), _ferry(f"1{NBSP}950{NBSP}Kč"), ASKED))


def test_a_phone_number_or_reference_is_no_operand() -> None:
    """Grouped digits with no currency mark are no amount, so no worked total is read from them."""
    assert locale_amounts.locale_amounts("Call 0800 157 0420 or quote ref 123 456 = 2 × 61 728.") == ()
    assert worked_totals("ref 2 × 123 456 = 246 912") == ()


def test_the_reading_of_a_grouped_figure() -> None:
    assert grouped_values("1'950") == {1950.0}
    assert grouped_values(f"1{NARROW}950,00") == {1950.0}
    assert grouped_values("1.950,00") == {1950.0}
    assert grouped_values("1.950") == {1950.0, 1.95}  # thousands in Berlin, decimals in London
    assert grouped_values("12,50") == {12.5}
    assert grouped_values("1.95.0") == frozenset()


def test_the_currencies_a_mark_names() -> None:
    assert currencies_of_mark("Kč") == {"CZK"}
    assert currencies_of_mark("RM") == {"MYR"}
    assert {"DKK", "NOK", "SEK"} <= currencies_of_mark("kr")
    assert "NOK" in currencies_of_mark("kr.")  # a sentence's full stop after "kr"
    assert currencies_of_mark("zzz") == frozenset()


def test_the_operand_is_read_as_the_evidence_reads_it() -> None:
    """"RM1,950" may be 1.95 somewhere, but against "RM1,950.00" it is 1950: "= RM3.90" is no right total."""
    assert held_worked_totals("2 × RM1,950 = RM3,900", ["It costs RM1,950.00."])
    assert not held_worked_totals("2 × RM1,950 = RM3.90", ["It costs RM1,950.00."])


def test_a_sum_of_priced_terms_is_read() -> None:
    assert held_worked_totals("CHF 1'950 + CHF 1'950 = CHF 3'900", ["Price: 1 950 CHF"])


TOUR = [Document(id="tr-1", content="The glacier walk costs 1\u00a0950\u00a0Kč per person, crampons included.")]
TOUR_ASKED = "How much is the glacier walk for two people?"


def test_a_price_per_person_worked_for_the_party_in_its_own_style_is_supported() -> None:
    """"950 Kč" of "2 × 1 950 Kč" is the last group of the price times two, no price charged once for the party."""
    answer = _answer(f"2 × 1{NBSP}950{NBSP}Kč = 3{NBSP}900{NBSP}Kč")
    assert set(_verdicts(answer, TOUR, TOUR_ASKED)) == {"supported"}
    with patch.object(locale_amounts, "READ_LOCALE_WORKED_SUMS", False):
        assert FLAGGED & set(_verdicts(answer, TOUR, TOUR_ASKED))


def test_a_wrong_total_for_the_party_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts(_answer(f"2 × 1{NBSP}950{NBSP}Kč = 5{NBSP}850{NBSP}Kč"), TOUR, TOUR_ASKED))


def test_switched_off_the_right_total_is_flagged_again() -> None:
    """With the money50 reading on, the claim's amounts read in one style reach the older sum readers by themselves,
    so both switches go off (the fit turns both off)."""
    price, total = f"1{NBSP}950{NBSP}Kč", f"2 × CZK{NBSP}1'950 = CZK{NBSP}3'900"
    with patch.object(locale_amounts, "READ_LOCALE_WORKED_SUMS", False), \
            patch.object(currency_marks, "READ_LOCALE_MONEY", False):
        assert FLAGGED & set(_verdicts(_answer(total), _ferry(price), ASKED))
