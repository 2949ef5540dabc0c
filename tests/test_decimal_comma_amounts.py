"""Amounts written with a decimal comma beside their currency ("40,00 €", "EUR 38,00") read by the arithmetic as
the amounts they are (a reader fault: "10,00" was no figure of a written step; made-up texts, both sides)."""

from __future__ import annotations

from llmops_kit.quality import score_answer
from llmops_kit.text.arithmetic import plain_figures, written_arithmetic
from llmops_kit.traces import Document


def _unsupported(answer: str, text: str, query: str) -> list[str]:
    report = score_answer(answer, [Document(id="kb-1", content=text)], query=query)
    return [s.verdict for s in report.support if s.verdict != "supported"]


def test_a_decimal_comma_amount_is_read_by_the_arithmetic() -> None:
    assert plain_figures("40,00 € + 2 × 10,00 € = 60,00 €") == "40.00 + 2 × 10.00 = 60.00"
    assert ("40", "20", "60") in written_arithmetic("40,00 € + 2 × 10,00 € = 60,00 €")
    assert ("38", "5.5", "43.5") in written_arithmetic("EUR 38,00 + EUR 5,50 = EUR 43,50")
    # a comma grouping thousands stays a thousands comma; a sum that does not come out is no step
    assert ("1500", "20", "1520") in written_arithmetic("1,500 € + 20 € = 1,520 €")
    assert written_arithmetic("40,00 € + 20,00 € = 70,00 €") == ()


_HANGING = "Fitting at your home: 35,00 € for up to 2 blinds, then 12,00 € for each further blind."
_RULE = "Fitting is 35,00 € for up to 2 blinds, then 12,00 € for each further blind: "


def test_a_worked_charge_beyond_an_allowance_in_decimal_commas_is_supported() -> None:
    answer = _RULE + "35,00 € + 3 × 12,00 € = 71,00 €."
    assert _unsupported(answer, _HANGING, "Can you fit 5 blinds at my house?") == []


def test_a_wrong_total_in_decimal_commas_is_still_flagged() -> None:
    answer = _RULE + "35,00 € + 3 × 12,00 € = 74,00 €."
    assert _unsupported(answer, _HANGING, "Can you fit 5 blinds at my house?")
    # the right sum for a count the customer did not give is no step either (4 further blinds of 5)
    answer = _RULE + "35,00 € + 4 × 12,00 € = 83,00 €."
    assert _unsupported(answer, _HANGING, "Can you fit 5 blinds at my house?")
