"""Numbers grouped by dots with a decimal comma, as Brazil, Poland or Germany write them ("R$ 1.198,50").

The number reader once spelled "1.198,50" as "1.198.5", a string no reader can take as a figure: an answer
working out a price in that form stopped the whole scorer with a ValueError (a float of "1.198.5"). A set
written in such a house style must be scored, never crash it; the grouped form is the figure it writes.
"""

from __future__ import annotations

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text.numbers import normalise_number
from llmops_kit.traces import Document

PARK = [Document(id="tp-1", content="A private session costs R$ 599,25 per hour for a group of up to 20. "
                                    "Grip socks cost R$ 12,00 a pair.")]
WORKSHOP = [Document(id="ws-1", content="A set of four winter tyres is 1.249,00 zł fitted. Storage for a season "
                                        "is 180,00 zł.")]


@pytest.mark.parametrize(("raw", "figure"), [
    ("1.198,50", "1198.5"), ("1.198.500", "1198500"), ("12.500.000", "12500000"), ("1.249,00", "1249"),
    ("1,198.50", "1198.5"), ("5.90", "5.9"), ("1,5", "1.5"), ("007", "7"),
])
def test_dot_grouped_thousands_read_as_one_figure(raw: str, figure: str) -> None:
    assert normalise_number(raw) == figure


@pytest.mark.parametrize("raw", ["12.03.2026", "1.2.3"])
def test_dates_and_version_numbers_are_not_thousands(raw: str) -> None:
    """Groups that are not three digits after the first are no thousands: left as written."""
    assert normalise_number(raw) == raw


def test_a_worked_price_in_dot_thousands_is_scored_not_a_crash() -> None:
    right = score_answer("2 hours x R$ 599,25 = R$ 1.198,50.", PARK, query="How much for two hours?")
    wrong = score_answer("2 hours x R$ 599,25 = R$ 1.298,50.", PARK, query="How much for two hours?")
    assert right.groundedness == 1.0
    assert wrong.groundedness < 1.0


def test_a_longer_chain_in_dot_thousands_is_scored() -> None:
    """The chain that stopped the scorer: several amounts in the grouped form, one total."""
    report = score_answer("Tyres 1.249,00 zł plus storage 180,00 zł = 1.429,00 zł for the season, "
                          "and R$ 1.234,50 is not ours.", WORKSHOP, query="What does it all cost?")
    assert 0.0 <= report.groundedness <= 1.0
