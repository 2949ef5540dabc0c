"""Worked sums in dot thousands (the ``nums47`` round). A text that writes an amount in dot thousands beside its
currency writes its bare operands so too (:data:`llmops_kit.text.numbers.READ_DOTTED_STYLE`: "3 × 7.400 = 22.200
kr." multiplies 7400, not 7.4); the money reader reads "22.200 kr." as the number reader does
(:data:`llmops_kit.text.arithmetic.READ_MARKED_DOT_THOUSANDS`: 22200, not 22.2), so the answer's subtotals add up
to its total; an amount after its code and sign, "COP $96.000", is read in thousands
(:data:`llmops_kit.text.numbers.READ_CODED_SIGNS`: the record's 96000, not 96); and a line of nothing but a coded
amount is a result line (:data:`llmops_kit.own_operands.READ_CODED_LINES`). Controls: a wrong operand, a wrong
product, a wrong total and a deposit the record does not hold stay flagged; a date, a time and a text with no
dot-grouped amount beside a currency keep their dots; with each switch off the old verdict returns."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import claimed_states, own_operands
from llmops_kit.quality import Document, score_answer
from llmops_kit.text import arithmetic, numbers
from llmops_kit.text.arithmetic import marked_after
from llmops_kit.text.numbers import claim_numbers, dot_thousands

from .verdict_cases import fresh_scores

KAYAKS = [
    Document(id="k-1", content="A single kayak for two hours: 7.400 kr. per person. A guided evening paddle: "
                               "9.900 kr. per person."),
    Document(id="k-2", content="Dry suit hire: 1.500 kr. Hot chocolate at the hut: 600 kr."),
]
KAYAK_ASKED = "We are {} people: two hours, dry suits for everyone and a hot chocolate each. Total?"
KAYAK_QUOTE = ("Kayaks: 3 × 7.400 = 22.200 kr. Dry suits: 3 × 1.500 = 4.500 kr. Hot chocolate: 3 × 600 = 1.800 kr. "
               "Total: 28.500 kr.")

CANYON = [
    Document(id="c-1", content="The canyon descent costs COP $250.000 per person and the photo pack COP $40.000 per "
                               "person. Transport from town is COP $30.000 per person."),
]
CANYON_ASKED = "We are {} people, with photos and transport. What's the total?"
CANYON_QUOTE = ("Descent 2 × COP $250.000 = COP $500.000; photos 2 × COP $40.000 = COP $80.000; transport 2 × "
                "COP $30.000 = COP $60.000. Total: COP $640.000.")


RAFTING = [
    Document(id="RV-2", content="A 30% deposit holds your raft; the balance is paid at the river in cash or by card."),
    Document(id="tool:booking_lookup", content="booking: RV-31-0822.\ntrip: rio claro.\nrafters: 2.\n"
                                               "deposit cop: 96000.\nbalance cop: 224000.\nstatus: confirmed."),
]
BOOKING_ASKED = "Can you check my booking RV-31-0822?"


def _booking_answer(deposit: str, balance: str) -> str:
    return (f"Booking RV-31-0822 is confirmed: two rafters on the rio claro trip. The deposit of COP ${deposit} is "
            f"paid; the balance of COP ${balance} is due at the river.")


def _kayak_quote(party: int) -> str:
    """The worked krona quote for a party: each text new to the caches the readers keep per text."""
    kayaks, suits, drinks = party * 7400, party * 1500, party * 600
    return (f"Kayaks: {party} × 7.400 = {_dotted(kayaks)} kr. Dry suits: {party} × 1.500 = {_dotted(suits)} kr. "
            f"Hot chocolate: {party} × 600 = {_dotted(drinks)} kr. Total: {_dotted(kayaks + suits + drinks)} kr.")


def _canyon_quote(party: int) -> str:
    """The worked peso quote for a party, as :func:`_kayak_quote`."""
    descent, photos, rides = party * 250000, party * 40000, party * 30000
    return (f"Descent {party} × COP $250.000 = COP ${_dotted(descent)}; photos {party} × COP $40.000 = COP "
            f"${_dotted(photos)}; transport {party} × COP $30.000 = COP ${_dotted(rides)}. Total: COP "
            f"${_dotted(descent + photos + rides)}.")


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _verdicts(answer: str, docs: list[Document], asked: str) -> list[bool]:
    with fresh_scores():
        return [v.supported for v in score_answer(answer, docs, query=asked).support]


def test_a_bare_operand_beside_a_krona_amount_is_read_in_thousands() -> None:
    assert dot_thousands("3 × 7.400 = 22.200 kr.") == "3 × 7,400 = 22,200 kr."
    assert claim_numbers("3 × 7.400 = 22.200 kr.") == {"3", "7400", "22200"}


@pytest.mark.parametrize("text", [
    "The 7.400 figure and 4.5 more",  # no amount beside a currency: the text's style is unknown
    "Open on 12.03.2027 from 13.30",  # a date and a time
])
def test_figures_with_no_dot_thousands_beside_a_currency_keep_their_dots(text: str) -> None:
    assert dot_thousands(text) == text


def test_the_money_reader_reads_a_dot_thousands_amount_as_the_number_reader_does() -> None:
    assert marked_after("Total: 28.500 kr.") == {"28500"}
    assert marked_after("a coffee is 4.50 €") == {"4.5"}  # two decimals stay decimals


def test_an_amount_after_its_code_and_sign_is_read_in_thousands() -> None:
    assert claim_numbers("2 × COP $250.000 = COP $500.000") == {"2", "250000", "500000"}


def test_the_worked_krona_quote_and_its_total_are_held() -> None:
    assert all(_verdicts(KAYAK_QUOTE, KAYAKS, KAYAK_ASKED.format(3)))


def test_the_worked_peso_quote_and_its_total_are_held() -> None:
    assert all(_verdicts(CANYON_QUOTE, CANYON, CANYON_ASKED.format(2)))


@pytest.mark.parametrize("answer", [
    KAYAK_QUOTE.replace("3 × 7.400 = 22.200", "3 × 7.600 = 22.800"),  # a price no source holds
    KAYAK_QUOTE.replace("3 × 1.500 = 4.500", "3 × 1.500 = 5.400"),  # a wrong product
    KAYAK_QUOTE.replace("28.500", "29.500"),  # a total the subtotals do not make
])
def test_a_wrong_krona_figure_stays_flagged(answer: str) -> None:
    assert not all(_verdicts(answer, KAYAKS, KAYAK_ASKED.format(3)))


def test_a_coded_deposit_is_read_as_the_record_holds_it() -> None:
    assert all(_verdicts(_booking_answer("96.000", "224.000"), RAFTING, BOOKING_ASKED))


def test_a_coded_deposit_the_record_does_not_hold_stays_flagged() -> None:
    assert not all(_verdicts(_booking_answer("86.000", "224.000"), RAFTING, BOOKING_ASKED))


def test_a_wrong_peso_total_stays_flagged() -> None:
    assert not all(_verdicts(CANYON_QUOTE.replace("640.000", "680.000"), CANYON, CANYON_ASKED.format(2)))


def test_switched_off_the_bare_operand_is_a_decimal_again() -> None:
    with patch.object(numbers, "READ_DOTTED_STYLE", False):
        assert claim_numbers("4 × 7.400 = 29.600 kr.") == {"4", "7.4", "29600"}
        assert not _verdicts(_kayak_quote(4), KAYAKS, KAYAK_ASKED.format(4))[0]


def test_switched_off_the_money_reader_reads_a_decimal_again() -> None:
    with patch.object(arithmetic, "READ_MARKED_DOT_THOUSANDS", False):
        assert marked_after("Total: 38.000 kr.") == {"38"}
        assert not _verdicts(_kayak_quote(5), KAYAKS, KAYAK_ASKED.format(5))[-1]


def test_switched_off_the_coded_amount_is_a_decimal_again() -> None:
    """``claimed_states.READ_PAID_PARTS`` (the tool47 round) reads the same booking another way: "paid" is the
    deposit's, no status. Off here too, so the figure reading is what the test switches."""
    with patch.object(numbers, "READ_CODED_SIGNS", False), patch.object(claimed_states, "READ_PAID_PARTS", False):
        assert claim_numbers("4 × COP $250.000 = COP $1.000.000") == {"4", "250", "1000000"}
        answer = _booking_answer("96.000", "224.000").replace("due at", "payable at")
        assert not all(_verdicts(answer, RAFTING, BOOKING_ASKED))


def test_switched_off_the_coded_total_is_a_plain_fact_again() -> None:
    with patch.object(own_operands, "READ_CODED_LINES", False):
        assert not _verdicts(_canyon_quote(5), CANYON, CANYON_ASKED.format(5))[-1]
