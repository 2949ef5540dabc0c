"""A figure is held only by the same figure of its kind: an amount beside an ISO code in dot thousands ("ARS 6.000")
is 6000, as "ARS 6,000" is, and a count a claim gives ("up to 8 people", "| Skaters | up to 15 |") is held only
where a source states that number as no amount, share, length of time or measure. Each reading with both sides:
the faithful form it keeps and the wrong form it flags."""

from __future__ import annotations

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text import numbers_in
from llmops_kit.text.counted_figures import counted_numbers, uncounted_numbers
from llmops_kit.text.numbers import dot_thousands, typed_quantities, unit_free_numbers
from llmops_kit.traces import Document


def _flagged(answer: str, docs: list[Document], query: str = "") -> bool:
    report = score_answer(answer, docs, query=query)
    return any(not v.supported for v in report.support)


# ---- DOT-K: an ISO amount grouped by dots in thousands ----------------------------------------------------

@pytest.mark.parametrize(("text", "numbers"), [
    ("Club members pay ARS 6.000 per box.", {"6000"}),
    ("The booking fee is 5.000 ISK each.", {"5000"}),
    ("A night costs IDR 1.250.000 with breakfast.", {"1250000"}),
    ("The deposit is EUR 1.250,50 in all.", {"1250.5"}),
])
def test_an_iso_amount_in_dot_thousands_is_read_in_thousands(text: str, numbers: set[str]) -> None:
    """'ARS 6.000' is 6000, as 'ARS 6,000' already is; the code may follow the figure; comma decimals are kept."""
    assert numbers_in(text) == numbers
    assert numbers_in(text.replace(".000", ",000").replace("1.250,50", "1,250.50").replace("1.250,000", "1,250,000")
                      ) == numbers


@pytest.mark.parametrize("text", ["A coffee is EUR 4.50.", "Fondue is CHF 5.– a head.", "Due on 12.02.2027.",
                                  "The ferry leaves at 13.30.", "Version 2.500 of the app.", "KWD 1.500 a day."])
def test_decimals_dates_times_and_thousandth_currencies_stay_as_written(text: str) -> None:
    """Two decimals, a dash, a date, a clock time, a figure with no code and a dinar counted in thousandths."""
    assert dot_thousands(text) == text


def test_dot_thousands_make_the_amount_money_for_a_currency_code() -> None:
    """'EUR 6.000' is an amount of 6000, not of 6."""
    assert typed_quantities("A deposit of EUR 6.000 is due.") == {"6000 money"}


def test_an_iso_amount_in_dot_thousands_is_no_longer_held_by_a_count_of_that_digit() -> None:
    """Wine club (made up): 'ARS 6.000 per box' was held by 'a box of 6'; 'ARS 12.000 per box' is still held."""
    docs = [Document(id="w1", content="Shipping is ARS 12.000 per box of 6. Club members ship free.")]
    assert _flagged("Club members pay ARS 6.000 per box.", docs)
    assert not _flagged("Shipping is ARS 12.000 per box of 6.", docs)


def test_an_iso_amount_in_dot_thousands_matches_the_same_amount_in_comma_thousands() -> None:
    """Glacier tours (made up): the answer 'ISK 14,900' of the sheet's 'ISK 14.900' is held; 'ISK 16,900' not."""
    docs = [Document(id="g1", content="Blue ice walk: adults ISK 14.900, children ISK 7.450.")]
    assert not _flagged("The blue ice walk is ISK 14,900 for adults.", docs)
    assert _flagged("The blue ice walk is ISK 16,900 for adults.", docs)


def test_a_customer_count_does_not_hold_an_iso_amount_in_dot_thousands() -> None:
    """'We're 5 friends' holds no 'ISK 5.000' fee; the sheet's 'ISK 98.000' stays held."""
    docs = [Document(id="g8", content="Private guide: ISK 98.000 for up to 6 people.")]
    query = "We're 5 friends. Is a private guide cheaper?"
    assert _flagged("Regular places carry a booking fee of ISK 5.000 each.", docs, query)
    assert not _flagged("A private guide is ISK 98.000 for up to 6 people.", docs, query)


# ---- FIG: a count held only by a figure of its kind ------------------------------------------------------

@pytest.mark.parametrize(("text", "counted"), [
    ("Up to 8 people.", {"8"}),
    ("Parties take up to 15 skaters.", {"15"}),
    ("Skaters; up to 15", {"15"}),
    ("It is £8 a copy and takes 2 weeks.", set()),
    ("Tours at 10 hs and 8 is the limit.", set()),
    ("Bring two kids.", {"2"}),
])
def test_counted_numbers_reads_a_figure_before_a_plural_noun_or_a_counted_row(text: str, counted: set[str]) -> None:
    """A figure before a plural noun, or a row labelled by one, is a count; an amount, a duration, 'hs', 'is' not."""
    assert counted_numbers(text) == counted


def test_unit_free_numbers_leaves_out_figures_given_with_a_unit() -> None:
    """'£8 a copy', '2 weeks', '60 mm' state no count of 8, 2 or 60; 'groups of 8' and '6 people' do."""
    assert unit_free_numbers("Lettering is £8 a copy; book 2 weeks ahead; up to 60 mm thick.") == frozenset()
    assert unit_free_numbers("Groups of 8 or more; classes for up to 6 people.") == {"8", "6"}


def test_uncounted_numbers_leaves_out_a_count_of_a_noun() -> None:
    """The '2' of 'my two kids' is a count; the '4' and '9' of their ages are not."""
    assert uncounted_numbers("Bringing my two kids (4 and 9).") == {"4", "9"}


@pytest.mark.parametrize(("docs", "right", "wrong"), [
    # bindery: the class size held by the price of lettering
    (["Saturday class, 2 till 5: £65 with all materials, for up to 6 people.", "Gold lettering is £8 a copy."],
     "Classes take up to 6 people.", "Classes take up to 8 people."),
    # dental practice: a count held by a length of time
    (["Each appointment lasts 30 minutes. The waiting room seats 12 patients. Recalls are sent after 9 months."],
     "The waiting room seats 12 patients.", "The waiting room seats 9 patients."),
    # bike hire: a count held by a length
    (["Our trailer carries 2 children. Wheels are 26 inches."],
     "The trailer carries 2 children.", "The trailer carries 26 children."),
])
def test_a_count_is_held_only_by_a_figure_that_is_no_amount_duration_or_measure(
        docs: list[str], right: str, wrong: str) -> None:
    """The count the sources give is held; the same sentence with a figure they give only with a unit is flagged."""
    documents = [Document(id=f"kb-{n}", content=text) for n, text in enumerate(docs)]
    assert not _flagged(right, documents)
    assert _flagged(wrong, documents)


def test_a_count_in_a_table_row_is_held_only_by_a_count() -> None:
    """Ice rink: '| Skaters | up to 15 |' is not held by 'Extra skaters are $15 each'; 'up to 12' is held."""
    docs = [Document(id="r4", content="Party packages are $265 for up to 12 skaters. Extra skaters are $15 each.")]
    table = "| Item | Detail |\n|---|---|\n| Price | $265 |\n| Skaters | up to {n} |\n| Extra skaters | $15 each |"
    assert not _flagged(table.format(n=12), docs)
    assert _flagged(table.format(n=15), docs)


def test_a_count_is_held_by_a_bare_figure_a_tool_record_or_the_customer() -> None:
    """'Groups of 8', a record's 'party_size: 4' and the customer's 'we are 5 people' hold counts of them."""
    docs = [Document(id="kb-1", content="Tables for groups of 8 can be booked ahead."),
            Document(id="tool:booking", content="party_size: 4\nstatus: confirmed")]
    assert not _flagged("We can book a table for 8 guests.", docs)
    assert not _flagged("Your table is confirmed for 4 guests.", docs)
    assert not _flagged("A table for 5 people needs booking ahead.", docs, "We are 5 people, do we need to book?")


def test_a_customer_count_holds_no_amount() -> None:
    """Locker fee (made up): the customer's 'two kids' holds no '$2'; the 25¢ the sheet gives is held."""
    docs = [Document(id="kb-8", content="Lockers take a quarter (25¢). Parking is free.")]
    query = "Bringing my two kids to skate. Anything to know?"
    assert _flagged("Lockers are $2 a day.", docs, query)
    assert not _flagged("Lockers take a quarter (25¢).", docs, query)


def test_an_amount_is_not_held_by_a_length_of_time_of_that_number() -> None:
    """'Lockers are $2 a day' is not held by 'book at least 2 weeks ahead'; '$5' skate hire is held by '$5'."""
    docs = [Document(id="kb-8", content="Lockers take a quarter (25¢). Skate rental is $5. Please book parties at "
                                        "least 2 weeks ahead.")]
    assert _flagged("Lockers are $2 a day.", docs)
    assert not _flagged("Skate rental is $5.", docs)
