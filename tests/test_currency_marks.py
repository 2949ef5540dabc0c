"""Money written with an ISO code ("ISK 24,900", "GBP 286.00") or a local sign and dot thousands ("kr. 24.900")
read as the same amount in the same currency. Each reading with its wrong case: a wrong amount, another
currency's code and a dotted figure with no currency mark stay what they were."""

from __future__ import annotations

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text import currency_marks, split_sentences
from llmops_kit.text.currency_marks import as_marks, currencies_of, dot_decimals, money_marks_in
from llmops_kit.traces import Document


def _flagged(answer: str, docs: list[Document], query: str) -> bool:
    report = score_answer(answer, docs, query=query)
    return any(not v.supported for v in report.support)


def test_as_marks_writes_one_mark_per_currency_and_joins_dot_thousands() -> None:
    """'ISK 24,900' and 'kr. 24.900' are both the krona mark; '€ 1.200,50' is 1200.50; a bare figure is kept."""
    kr = frozenset({"kr"})
    assert as_marks("ISK 24,900 a day", kr) == "kr 24,900 a day"
    assert as_marks("we hold kr. 150.000 on a card", kr) == "we hold kr 150000 on a card"
    assert as_marks("150,000 ISK held", kr) == "kr 150,000 held"
    assert as_marks("€ 1.200,50 due", frozenset({"€"})) == "€1200.50 due"
    assert as_marks("GBP 286.00 owed", frozenset()) == "£286.00 owed"
    assert as_marks("version 1.200 and 2.500 km", kr) == "version 1.200 and 2.500 km"


def test_a_code_of_another_currency_keeps_its_code() -> None:
    """'EUR 24,900' against a krona sheet stays 'EUR': a name the evidence must hold."""
    assert as_marks("EUR 24,900 a day", frozenset({"kr"})) == "EUR 24,900 a day"


def test_dot_thousands_are_kept_in_a_trace_writing_dot_decimals() -> None:
    """A trace that writes '€12.50' uses the dot as a decimal: '€1.200' is not joined there."""
    assert dot_decimals(["Tea €2.50, cake €3.20"]) and not dot_decimals(["Rates from kr. 18.900 a day"])
    assert as_marks("€1.200", frozenset({"€"}), dotted=False) == "€1.200"


@pytest.mark.parametrize(("texts", "marks"), [
    (["Small camper: kr. 18.900 per day"], {"kr"}),
    (["price_gbp: 21.0"], {"£"}),                  # a field name in a code
    (["A filling costs £65"], {"£"}),
    (["Storage CHF 5.– a month"], {"chf"}),
    (["The deposit is 150,000 krónur"], {"kr"}),   # the currency in words
    (["balance: 286.0", None], set()),              # a record with no currency
    (["Open Mon-Fri 9-17, Kristin will help"], set()),
])
def test_currencies_of_reads_signs_codes_fields_and_words(texts: list[str | None], marks: set[str]) -> None:
    """Signs, codes (also in field names) and currency words give the evidence's currencies; 'Kristin' none."""
    assert currencies_of(texts) == marks


def test_money_marks_in_needs_a_code_beside_a_figure_or_dot_thousands_after_a_sign() -> None:
    assert money_marks_in("ISK 24,900 a day") and money_marks_in("that is 286.00 GBP")
    assert money_marks_in("kr. 150.000 held") and money_marks_in("€ 1.200 a month")
    assert not money_marks_in("kr. 900 a day") and not money_marks_in("£286.00")
    assert not money_marks_in("version 1.200, 2.500 km, the GBP rate")


SHEETS = [
    Document(id="CV/01", content="Small camper (2 berths): kr. 18.900 per day in May and September, kr. 24.900 per "
                                 "day June to August. Minimum rental 3 days."),
    Document(id="CV/04", content="Deposit: we hold kr. 150.000 on a credit card at pick-up; the hold is released "
                                 "within 7 days of return. Returning after 18:00 costs kr. 9.900."),
]


@pytest.mark.parametrize(("answer", "flagged"), [
    ("ISK 24,900 a day in July (the June-August rate).", False),
    ("ISK 150,000 is held on a credit card at pick-up.", False),
    ("kr. 150.000 is held on a credit card at pick-up.", False),
    ("ISK 160,000 is held on a credit card at pick-up.", True),   # a wrong amount stays absent
    ("EUR 24,900 a day in July (the June-August rate).", True),   # another currency's code stays a name
    ("ISK 9,990 is charged for returning after 18:00.", True),    # 9990 is not kr. 9.900
])
def test_iso_codes_against_a_krona_sheet(answer: str, flagged: bool) -> None:
    """The house writes 'kr. 24.900' in its sheets and 'ISK 24,900' in its answers."""
    assert _flagged(answer, SHEETS, "What does the small camper cost per day in July, and the deposit?") is flagged


def test_a_dotted_krona_answer_against_a_coded_sheet() -> None:
    """'kr. 9.900' said for a sheet's 'ISK 9,990' stays flagged; 'kr. 9.990' passes."""
    docs = [Document(id="CV/09", content="Returning after 18:00 costs ISK 9,990.")]
    assert _flagged("Returning after 18:00 costs kr. 9.900.", docs, "Late return fee?")
    assert not _flagged("Returning after 18:00 costs kr. 9.990.", docs, "Late return fee?")


def test_a_table_of_coded_amounts_against_a_krona_sheet() -> None:
    """A table row 'ISK 18,900 | ISK 24,900' is the sheet's figures; a changed cell stays flagged."""
    table = "| Camper | May, September | June-August |\n|---|---|---|\n| Small (2 berths) | ISK 18,900 | ISK {} |\n"
    assert not _flagged(table.format("24,900"), SHEETS, "Daily rates?")
    assert _flagged(table.format("26,900"), SHEETS, "Daily rates?")


BALANCE = [Document(id="tool:account_balance",
                    content="family_account: WM-2291\nterm: Spring 2027\nfees_due: 484.0\npaid: 198.0\n"
                            "balance: 286.0\ndue_date: 2027-01-11")]


@pytest.mark.parametrize(("answer", "flagged"), [
    ("Account WM-2291: spring term 2027 balance GBP 286.00, due 2027-01-11.", False),
    ("Account WM-2291: spring term 2027 balance GBP 268.00, due 2027-01-11.", True),  # a wrong balance
])
def test_a_code_against_a_record_with_no_currency(answer: str, flagged: bool) -> None:
    """'GBP 286.00' reads as '£286.00' does against a record that names no currency."""
    assert _flagged(answer, BALANCE, "What do we still owe for spring term? Account WM-2291.") is flagged


def test_a_code_of_another_currency_than_the_records() -> None:
    """'EUR 21.00' against a record in pounds ('price_gbp') stays flagged; 'GBP 21.00' passes."""
    docs = [Document(id="tool:lesson_price", content="instrument: guitar\nprice_gbp: 21.0")]
    assert _flagged("Guitar lessons are EUR 21.00 each.", docs, "How much is a guitar lesson?")
    assert not _flagged("Guitar lessons are GBP 21.00 each.", docs, "How much is a guitar lesson?")


def test_dotted_figures_with_no_currency_mark_stay_decimals() -> None:
    """'2.500 km' in a trace writing decimals with a dot is 2.5 km: '2,500 km' stays flagged."""
    docs = [Document(id="kb-1", content="The trail is 2.500 km long and the map is version 1.200. "
                                        "Parking costs €3.50.")]
    assert _flagged("The trail is 2,500 km long and parking costs €3.50.", docs, "How long is the trail?")
    assert not _flagged("The trail is 2.500 km long and parking costs €3.50.", docs, "How long is the trail?")


def test_the_reading_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``READ_CURRENCY_MARKS`` off (as the claim-decision fit runs) 'ISK 24,900' is flagged again."""
    monkeypatch.setattr(currency_marks, "READ_CURRENCY_MARKS", False)
    assert _flagged("ISK 24,900 a day in July (the June-August rate).", SHEETS, "Small camper in July?")


def test_kr_before_an_amount_ends_no_sentence() -> None:
    """'kr. 24.900' keeps its sentence whole; 'kr.' after a figure before a new sentence may still end one."""
    assert split_sentences("Chairs kr. 1.200 per day. Duvet kr. 900 per day.") == [
        "Chairs kr. 1.200 per day.", "Duvet kr. 900 per day."]
    assert split_sentences("The fee is 900 kr. 3 days later it doubles.") == [
        "The fee is 900 kr.", "3 days later it doubles."]
