"""An amount of money is one fact in every house style (the ``money50`` round): the figure grouped by a comma, a dot,
a space of any width or an apostrophe, with its decimals after a dot or a comma or none, and the currency by a sign,
a local abbreviation or its ISO code, before or after the figure. Each case read right has its control that stays
flagged: a changed figure, another currency, a figure that is no price."""

from __future__ import annotations

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text import currency_marks
from llmops_kit.text.currency_marks import MoneyStyles, locale_money_in, one_money_style
from llmops_kit.traces import Document

QUESTION = "How much is it?"


def _flagged(article: str, answer: str) -> bool:
    report = score_answer(answer, [Document(id="kb-1", content=article)], query=QUESTION)
    return any(not v.supported for v in report.support)


def _article(amount: str) -> str:
    return f"A season pass for the ice rink costs {amount} and includes skate hire."


def _answer(amount: str) -> str:
    return f"A season pass for the ice rink costs {amount}."


@pytest.mark.parametrize(("article", "answer"), [
    ("1\u00a0950,00\u00a0Kč", "CZK\u00a01'950.00"),      # a local sign and the code, apostrophe groups
    ("1.950,00\u00a0kr.", "1\u202f950\u00a0DKK"),         # dot groups and "kr." against a narrow space and the code
    ("€\u00a01.950", "€1,950.00"),                        # dot groups, whole, against comma groups with cents
    ("Ksh\u00a01,950", "1\u202f950\u00a0KES"),            # a local abbreviation before, the code after
    ("12,50\u00a0kr.", "12,50\u00a0Dkr"),                 # the krone's two abbreviations
    ("$1,950", "1\u00a0950\u00a0$\u00a0AU"),              # a dollar written after the figure with its country
    ("1 950 kr", "SEK 1,950"),                            # "kr" may be the krona
    ("1’950.– CHF", "CHF 1,950"),                         # a typographic apostrophe
])
def test_one_amount_in_two_house_styles_is_kept(article: str, answer: str) -> None:
    assert not _flagged(_article(article), _answer(answer))


@pytest.mark.parametrize(("article", "answer"), [
    ("1\u00a0950,00\u00a0Kč", "CZK\u00a01'590.00"),      # a changed figure
    ("1 950 kr", "1 590 kr"),                             # a changed figure in the same style
    ("1.950,00\u00a0kr.", "1\u202f950\u00a0EUR"),         # another currency than any "kr" can be
    ("1 950 kr", "EUR 1,950"),
    ("€\u00a01.950", "$1,950.00"),                        # another sign
    ("€1.95", "€\u00a01.950,00"),                         # a decimal price is not its thousand
    ("12,50\u00a0kr.", "21,50\u00a0Dkr"),
])
def test_a_changed_figure_or_currency_stays_flagged(article: str, answer: str) -> None:
    assert _flagged(_article(article), _answer(answer))


def test_a_grouped_number_that_is_no_price_is_not_the_price() -> None:
    """A phone number's digit groups hold "1 950", but no amount of 1950: a price of 1 950 € stays flagged."""
    article = "Call 0 1 950 2211 to book; a season pass for the ice rink costs 25 € and includes skate hire."
    assert _flagged(article, _answer("1 950 €"))
    assert not _flagged(article, _answer("EUR 25.00"))


def test_one_style_writes_each_amount_as_the_evidences_currency() -> None:
    """An amount a mark of the evidence's currency can be is written as the evidence's own; an amount of another
    currency keeps a code of its own, a name the evidence does not hold."""
    evidence = "Bikes are 1.950 kr. a week."
    styles = MoneyStyles([evidence])
    held = one_money_style(evidence, styles)
    assert held.startswith("Bikes are ") and held.endswith(" 1950 a week.") and "." not in held[:-1]
    amount = held.removeprefix("Bikes are ").removesuffix(" a week.")
    assert one_money_style("That is 1\u202f950,00 DKK.", styles) == f"That is {amount}."
    assert one_money_style("That is 1 950 Dkr now", styles) == f"That is {amount} now"
    assert one_money_style("That is EUR 1,950.", styles) == "That is EUR 1950."
    dollars = one_money_style("That is $1,950.", styles)
    assert "1950" in dollars and amount not in dollars and "$" not in dollars
    assert one_money_style("That is 12,5 kr. now", styles) == f"That is {amount.split()[0]} 12.50 now"


def test_a_mark_of_one_capital_is_read_before_its_figure_only() -> None:
    """"R 1 950,00" is an amount; "5 L" and "Q4" beside no grouped figure are no currency of the evidence."""
    styles = MoneyStyles(["The deposit is ZAR 1,950."])
    assert one_money_style("The deposit is R 1 950,00.", styles) == "The deposit is ZAR 1950."
    assert one_money_style("Bring 5 L of water.", styles) == "Bring 5 L of water."


def test_which_claims_write_money() -> None:
    assert locale_money_in("It costs 1 950,00 Kč.") and locale_money_in("It costs CZK 1'950.")
    assert not locale_money_in("Call 020 1950 4411 today.") and not locale_money_in("It weighs 1,950 kg.")


def test_the_reading_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``READ_LOCALE_MONEY`` off (as the claim-decision fit runs) the Czech sign and the Swiss code disagree."""
    article, answer = _article("1\u00a0950,00\u00a0Kč"), _answer("CZK\u00a01'950.00")
    assert not _flagged(article, answer)
    monkeypatch.setattr(currency_marks, "READ_LOCALE_MONEY", False)
    # another article: a verdict once given is remembered for the same texts
    assert _flagged("Season passes. " + article, answer)
    assert not locale_money_in("It costs 1 950,00 Kč.")
