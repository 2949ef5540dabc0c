"""South African rand amounts ("R4 200", "R870", "R1,230") read as money when the trace writes rand, and as
codes when it does not. Each reading with its wrong case: a wrong rand amount stays flagged, and "Row R12"
or "the R12 bus" in a trace with no rand stays a code the evidence must hold."""

from __future__ import annotations

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text import currency_marks, rand_amounts
from llmops_kit.text.rand_amounts import rand_amount_in, rand_as_code, writes_rand
from llmops_kit.traces import Document

HARD = ("absent", "contradicted")


def _flagged(answer: str, docs: list[Document], query: str) -> bool:
    report = score_answer(answer, docs, query=query)
    return any(not v.supported for v in report.support)


def test_rand_as_code_joins_spaced_thousands_and_keeps_other_figures() -> None:
    """'R4 200' is 'zar 4200', 'R1,230' keeps its comma, 'R5 million' its word; a bare figure is untouched."""
    assert rand_as_code("a deposit of R4 200 and R870 of R1,230") == "a deposit of zar 4200 and zar 870 of zar 1,230"
    assert rand_as_code("up to R5 million for 3 storeys") == "up to zar 5 million for 3 storeys"
    assert rand_as_code("25 × R35 = R875") == "25 × zar 35 = zar 875"
    assert rand_as_code("code R-123 and CR12") == "code R-123 and CR12"
    assert rand_amount_in("quoted at R870") and not rand_amount_in("quoted at 870 rand")


@pytest.mark.parametrize(("texts", "rand"), [
    (["quote_zar: 870"], True),                          # a field name in rand
    (["Bouquets start at R1 850 for a posy"], True),      # thousands grouped by a space
    (["Solar panels: R30 a panel"], True),                # a price per item
    (["Fly screens: R15 each"], True),
    (["Double-storey: add R250 to either"], True),
    (["Take the R12 bus to Row R12, seat R2."], False),   # codes only
    (["Ticket R-123 is for Row R12"], False),
    (["Fares in ZAR"], True),
    ([None, "Rand Street 4"], False),                     # a name, not an amount
])
def test_writes_rand_reads_the_trace_and_not_codes(texts: list[str | None], rand: bool) -> None:
    """A zar word, a money-only 'R1 850' or a priced 'R30 a panel' is rand; 'Row R12', 'R12 bus', 'R2' are not."""
    assert writes_rand(texts) is rand


DEPOSIT = [Document(id="tool:lookup_wedding", content="booking: FF-W-0912\ndeposit paid zar: 4200\nbalance zar: 9800")]


@pytest.mark.parametrize(("answer", "flagged"), [
    ("Your deposit of R4 200 is paid and the balance of R9 800 is still to pay.", False),
    ("Your deposit of R4 300 is paid and the balance of R9 800 is still to pay.", True),  # wrong amount
])
def test_a_rand_amount_against_a_zar_tool_field(answer: str, flagged: bool) -> None:
    """'R4 200' is the tool's 'deposit paid zar: 4200'; 'R4 300' stays unsupported."""
    assert _flagged(answer, DEPOSIT, "Is my deposit for FF-W-0912 paid?") is flagged


PRICES = [Document(id="CV-P1", content="Houses\nSingle-storey, outside only: R380 · Single-storey, inside and "
                                       "outside: R620 · Double-storey: add R250 to either")]


@pytest.mark.parametrize(("answer", "flagged"), [
    ("10% off R620 is R62, so each visit would be R558.", False),
    ("10% off R620 is R72, so each visit would be R548.", True),    # wrong discount
    ("10% off R670 is R67, so each visit would be R603.", True),    # a price the sheet does not hold
])
def test_a_discount_on_a_rand_price(answer: str, flagged: bool) -> None:
    """A percentage of a price-sheet rand amount is a derived figure; a wrong step or price stays flagged."""
    assert _flagged(answer, PRICES, "On the 4-weekly plan (10% off) what would my R620 clean cost?") is flagged


SEATS = [Document(id="kb-9", content="Your seat is in Row R12. The R12 bus stops outside the hall at 18:30.")]


@pytest.mark.parametrize(("answer", "flagged"), [
    ("Your seat is in Row R12 and the R12 bus stops outside at 18:30.", False),
    ("Your seat is in Row R14 and the R12 bus stops outside at 18:30.", True),  # another code stays absent
])
def test_codes_stay_codes_in_a_trace_without_rand(answer: str, flagged: bool) -> None:
    """With no rand in the trace 'R12' is a code: the right one is held, 'R14' stays absent."""
    assert _flagged(answer, SEATS, "Where do I sit and which bus?") is flagged


def test_the_reading_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off (as while the claim decision is fitted), 'R4 200' is again 'R4' and a second figure 200."""
    answer = "The deposit of R4 200 is paid; R9 800 is still to pay."
    assert not _flagged(answer, DEPOSIT, "Is my deposit for FF-W-0912 paid?")
    answer = "Your R4 200 deposit is paid; R9 800 is still to pay."  # a new text: verdicts are kept per text
    monkeypatch.setattr(rand_amounts, "READ_RAND", False)
    monkeypatch.setattr(currency_marks, "READ_LOCALE_MONEY", False)  # the fit's too: it reads the CLDR mark "R"
    assert _flagged(answer, DEPOSIT, "Is my deposit for FF-W-0912 paid?")
