"""The text layer's money reader as floats, the spelled counts, and the ages a message gives (made-up text)."""

from __future__ import annotations

import re

from llmops_kit.named_party import stated_ages
from llmops_kit.text.money_amounts import MONEY_MARK, figure_values, money_amounts
from llmops_kit.text.numbers import count_words


def test_money_after_a_mark_or_before_a_code() -> None:
    assert money_amounts("It's ฿1,500 per person, so ฿4,500 for three") == [1500.0, 4500.0]
    assert money_amounts("R590 per driver, R8 260 in all") == [590.0, 8260.0]
    assert money_amounts("EUR 11.90 or 11.90 EUR, and 25 zł") == [11.9, 11.9, 25.0]
    assert money_amounts("S$ 42.50 a head") == [42.5]


def test_no_money_without_a_mark() -> None:
    assert money_amounts("Rooms 12 and 14 sleep 3 people") == []
    assert money_amounts("the RM482190355GB parcel") == []


def test_figure_values_join_digit_groups() -> None:
    assert figure_values("8 260 and 4,495.00 and 7") == [8260.0, 4495.0, 7.0]
    assert figure_values("version 1.2.3") == [1.2]


def test_money_mark_reads_a_threshold() -> None:
    found = re.search(r"at least (" + MONEY_MARK + r"\s?\d[\d,.]*)", "payments of at least €2,500 a month")
    assert found is not None and money_amounts(found.group(1)) == [2500.0]


def test_count_words() -> None:
    assert count_words(9) == {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    assert count_words(99)["fourteen"] == 14 and "one" not in count_words(99) and "hundred" not in count_words(99)


def test_stated_ages() -> None:
    assert stated_ages("Our daughter - she's 10 - and my son, aged 7") == (10, 7)
    assert stated_ages("He turned 6 last week; his sister is 12 years old") == (6, 12)
    assert stated_ages("Diego (9) and a 4-seat table") == ()
