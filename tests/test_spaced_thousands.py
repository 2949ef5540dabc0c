"""Amounts grouped in thousands by a space or a dot with the currency written after the figure: "1 190 MAD",
"12 500 DKK", "2 400 dirhams", "1 190,50 €" (a plain, no-break or narrow no-break space) and "4.380 kr.",
"12.500 DKK" (a dot). The number reader reads each as one amount (1190, 4380), in the evidence and the claim
alike (:func:`~llmops_kit.text.numbers.dot_thousands`, ``READ_SPACED_THOUSANDS`` and ``READ_DOT_THOUSANDS``), so
"1 190 MAD" is not read as the figures 1 and 190, nor "4.380 kr." as 4.38. Decimals, clock times, versions, dates,
phone numbers and a count list keep their reading; a changed figure stays flagged.

The texts write the amounts in another local form than the answers ("1190 MAD", "1,450 kr."), as a record
or a price list does. The fixtures are this file's own (a Danish after-school club, a Moroccan riad, a
Norwegian ferry, a Czech bike shop, a French cookery school).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit.text import numbers
from llmops_kit.text.money_amounts import money_amounts
from llmops_kit.text.numbers import claim_numbers, dot_thousands, evidence_numbers
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

CLUB = [Document(id="fk-1", content="Fritidsklub Egernet: the monthly fee is 2.150 kr. A lunch box scheme costs "
                                    "720 kr. a month.")]
CLUB_Q = "What do I pay a month for the club with the lunch boxes?"
RIAD = [Document(id="rd-1", content="Riad Zitoun: a double room is 1190 MAD per night, breakfast included. A "
                                    "hammam session is 350 MAD per person.")]
RIAD_Q = "How much is the double room and the hammam for two?"
FERRY = [Document(id="fy-1", content="Car with driver, one way: 1,450 kr. Each extra passenger: 320 kr.")]
BIKES = [Document(id="bk-1", content="Trekking bike rental for a week: 2400 Kč. Panniers: 350 Kč a week.")]
COOKING = [Document(id="ck-1", content="The five-day pastry course is 1190,50 € including the ingredients.")]


# ---- the reader -------------------------------------------------------------------------------------------------

def test_space_grouped_amounts_before_a_currency_are_one_figure() -> None:
    assert claim_numbers("1 190 MAD left to pay") == {"1190"}
    assert claim_numbers("The stay comes to 2 400 dirhams.") == {"2400"}
    assert claim_numbers("It is 12\u00a0500 DKK in all.") == {"12500"}
    assert claim_numbers("Total 4\u202f500 kr") == {"4500"}
    assert claim_numbers("The course is 1 190,50 € with the ingredients.") == {"1190.5"}
    assert "2400" in evidence_numbers("Trekking bike rental for a week: 2 400 Kč.")


def test_dot_grouped_amounts_before_kroner_are_thousands() -> None:
    assert claim_numbers("The monthly fee is 4.380 kr.") == {"4380"}
    assert claim_numbers("That is 12.500 DKK.") == {"12500"}
    assert claim_numbers("The ticket costs 1.450 Kr.") == {"1450"}


def test_decimals_times_versions_dates_phones_and_lists_keep_their_reading() -> None:
    assert claim_numbers("A coffee is 4.38 EUR.") == {"4.38"}
    assert claim_numbers("It is 3.5 km away.") == {"3.5"}
    assert "7.42" not in claim_numbers("Reported ill at kl. 7.42.")  # a clock time (dots45), read by times_in
    assert claim_numbers("Update to version 2.4.1.") == {"2.4.1"}
    assert dot_thousands("Arrive on 14.03.2027.") == "Arrive on 14.03.2027."
    assert dot_thousands("Call +45 31 62 87 09 for help.") == "Call +45 31 62 87 09 for help."
    assert claim_numbers("Rooms 1 190 and 200 face the garden.") == {"1", "190", "200"}
    assert claim_numbers("A pastry is 4.50 kr.") == {"4.5"}


def test_money_amounts_read_dot_thousands_as_the_number_reader_does() -> None:
    assert money_amounts("The fee is 4.380 kr. a month, the deposit 12.500 DKK.") == [4380.0, 12500.0]
    assert money_amounts("A coffee is EUR 4.50 or 4.50 kr.") == [4.5, 4.5]


def test_the_reading_switches_off() -> None:
    with patch.object(numbers, "READ_SPACED_THOUSANDS", False):
        assert dot_thousands("1 190 MAD") == "1 190 MAD"


# ---- faithful forms kept, wrong ones flagged --------------------------------------------------------------------

def test_a_fee_in_dot_thousands_kroner_is_supported_and_a_changed_one_flagged() -> None:
    club = [Document(id="fk-2", content="Fritidsklub Egernet: the monthly fee is 4380 kr.")]
    assert _verdicts("The monthly fee is 4.380 kr.", club, "What is the monthly fee?") == ["supported"]
    assert _verdicts("The monthly fee is 4.390 kr.", club, "What is the monthly fee?") != ["supported"]


def test_a_sum_in_dot_thousands_kroner_is_supported_and_a_wrong_one_flagged() -> None:
    right = "The club is 2.150 kr. and the lunch boxes 720 kr., so 2.150 kr. + 720 kr. = 2.870 kr. a month."
    wrong = "The club is 2.150 kr. and the lunch boxes 720 kr., so 2.150 kr. + 720 kr. = 2.970 kr. a month."
    assert all(v == "supported" for v in _verdicts(right, CLUB, CLUB_Q))
    assert any(v != "supported" for v in _verdicts(wrong, CLUB, CLUB_Q))


def test_a_room_price_in_space_thousands_dirhams_is_supported_and_a_changed_one_flagged() -> None:
    assert _verdicts("The double room is 1 190 MAD per night.", RIAD, RIAD_Q) == ["supported"]
    assert _verdicts("The double room is 1 290 MAD per night.", RIAD, RIAD_Q) != ["supported"]


def test_a_worked_total_in_space_thousands_is_supported_and_a_wrong_one_flagged() -> None:
    right = "The room is 1 190 MAD and two hammam sessions 2 × 350 MAD = 700 MAD, so 1 890 MAD in all."
    wrong = "The room is 1 190 MAD and two hammam sessions 2 × 350 MAD = 700 MAD, so 1 990 MAD in all."
    assert all(v == "supported" for v in _verdicts(right, RIAD, RIAD_Q))
    assert any(v != "supported" for v in _verdicts(wrong, RIAD, RIAD_Q))


def test_norwegian_czech_and_french_forms_are_read_whole() -> None:
    assert _verdicts("A car with its driver is 1 450 kr one way.", FERRY, "Car price?") == ["supported"]
    assert _verdicts("A car with its driver is 1 540 kr one way.", FERRY, "Car price?") != ["supported"]
    assert _verdicts("A trekking bike is 2 400 Kč for the week.", BIKES, "Bike price?") == ["supported"]
    assert _verdicts("A trekking bike is 2 600 Kč for the week.", BIKES, "Bike price?") != ["supported"]
    assert _verdicts("The pastry course is 1 190,50 €.", COOKING, "Course price?") == ["supported"]
    assert _verdicts("The pastry course is 1 190,90 €.", COOKING, "Course price?") != ["supported"]

