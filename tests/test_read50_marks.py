"""One reader of currency marks for the worked totals (``sum50``) and the single amounts (``money50``): one table of
the CLDR marks, one scan of a mark before or after a figure, one reader of a grouped figure's values
(:mod:`llmops_kit.text.locale_amounts`). Each rule is checked once here, with the control it must keep: a unit after
a figure is no currency, a sentence's full stop stays the sentence's."""

from __future__ import annotations

from llmops_kit.text.currency_marks import MoneyStyles, locale_money_in, one_money_style
from llmops_kit.text.locale_amounts import (
    currencies_of_mark,
    grouped_values,
    locale_amounts,
    marked_figures,
    money_value,
    worked_totals,
)

NBSP = "\u00a0"


def test_an_abbreviations_dot_is_no_part_of_its_mark() -> None:
    """The Danish "kr." and the Swedish "kr" are one mark, naming the same currencies."""
    assert currencies_of_mark("kr.") == currencies_of_mark("kr")
    assert {"DKK", "ISK", "NOK", "SEK"} <= currencies_of_mark("kr")


def test_the_dot_after_a_mark_is_read_before_a_word_or_an_operator_only() -> None:
    marked = marked_figures("It is 1.950 kr. per person, or 1 950 kr.")
    assert [(m.figure, m.mark, m.before) for m in marked] == [("1.950", "kr", False), ("1 950", "kr", False)]
    assert marked[0].end == len("It is 1.950 kr.")  # the abbreviation's dot, before "per"
    assert marked[1].end == len("It is 1.950 kr. per person, or 1 950 kr")  # the sentence's full stop
    assert worked_totals("2 × 1.950 kr. + 2 × 350 kr. = 4.600 kr.")  # before an operator: the mark's


def test_one_style_keeps_the_sentences_full_stop() -> None:
    styles = MoneyStyles(["Bikes are 1.950 kr. a week."])
    assert one_money_style("It is 1.950 kr. per person. Or 1.950 kr.", styles).endswith(" per person. Or DKK 1950.")


def test_a_single_capital_is_a_mark_before_its_figure_only() -> None:
    assert [m.mark for m in marked_figures(f"The deposit is R 1{NBSP}950,00.")] == ["R"]
    assert marked_figures("Bring 5 L of water.") == ()
    assert worked_totals("2 × 5 L = 10 L") == ()  # litres, no currency
    assert locale_money_in("The deposit is R 1 950,00.") and not locale_money_in("Bring 5 L of water.")


def test_a_units_spelling_in_capitals_is_no_mark() -> None:
    """"KM" is a currency's symbol in CLDR, but "12 KM" is a distance."""
    assert locale_amounts("The hut is 12 KM from the car park.") == ()
    assert not locale_money_in("The hut is 12 KM from the car park.")


def test_the_values_of_a_grouped_figure() -> None:
    assert grouped_values("1.950") == {1950.0, 1.95}
    assert grouped_values("1,95,000") == {195000.0}  # Indian lakh groups
    assert grouped_values("1.950.50") == {1950.5}
    assert grouped_values("1.95.0") == frozenset()
    assert money_value("1.950", frozenset({"EUR"})) == "1950"
    assert money_value("1.950", frozenset({"KWD"})) == "1.950"  # the dinar counts in thousandths
    assert money_value("12,5", frozenset({"EUR"})) == "12.50"
    assert money_value("1'950.00", frozenset({"CHF"})) == "1950"
    assert money_value("1,95,000", frozenset({"INR"})) == "195000"
