"""The number readers share one word reading and one time/digit-group blanking per text (a speed-up): each
reader still answers for its own text, whatever was read before it, and the shortcuts never skip a match."""

from __future__ import annotations

import pytest

from llmops_kit.text import claim_numbers, evidence_numbers, typed_quantities
from llmops_kit.text import numbers as number_module

CASES = [
    # text, claim numbers, typed (claim), evidence numbers, typed (evidence)
    ("Refunds of $20 take 5 business days", {"20", "5"}, {"20 money", "5 day"}, {"20", "5"},
     {"20 money", "5 day", "120 hour"}),
    ("Over 5 million users, 2k of them listed in the second row", {"1000000", "2", "2000", "5", "5000000"}, set(),
     {"1000000", "2", "2000", "5", "5000000"}, set()),
    ("Über 5 million Kunden", {"1000000", "5", "5000000"}, set(), {"1000000", "5", "5000000"}, set()),
    ("a 5 km walk", {"5"}, {"5 km"}, {"5"}, {"5 km"}),  # a distance keeps its unit (ground9)
    ("Call 0800 157 0420 at 10:30 am for 3 hours", {"3"}, {"3 hour"}, {"10", "157", "3", "30", "420", "800"},
     {"3 hour"}),
    ("Delivery takes two weeks", {"2"}, {"2 week"}, {"14", "2"}, {"14 day", "2 week"}),
]


def _read_all(text: str) -> tuple[set[str], ...]:
    return (set(claim_numbers(text)), set(typed_quantities(text)), set(evidence_numbers(text)),
            set(typed_quantities(text, True)))


def _clear() -> None:
    for reader in (claim_numbers, typed_quantities, evidence_numbers, number_module._words,
                   number_module._without_times_and_groups):
        reader.cache_clear()


@pytest.mark.parametrize(("text", "claim", "typed", "evidence", "typed_evidence"), CASES)
def test_each_reader_answers_for_its_text_with_shared_readings(text: str, claim: set[str], typed: set[str],
                                                               evidence: set[str], typed_evidence: set[str]) -> None:
    """Claim numbers, typed quantities and evidence numbers are right whether the text was read before or not."""
    _clear()
    assert _read_all(text) == (claim, typed, evidence, typed_evidence)  # cold
    assert _read_all(text) == (claim, typed, evidence, typed_evidence)  # every reading cached


def test_readings_of_one_text_never_leak_into_another() -> None:
    """Texts that differ in one word (a scale, a unit, a layout word) are read apart, in any order."""
    _clear()
    forward = [_read_all(text) for text, *_ in CASES]
    _clear()
    backward = [_read_all(text) for text, *_ in reversed(CASES)]
    assert forward == backward[::-1]
    assert claim_numbers("We have 5 million") == {"1000000", "5", "5000000"}
    assert claim_numbers("We have 5 millions") == {"5"}  # no scale word: "millions" is not one
    assert claim_numbers("We have 5 MILLION") == {"1000000", "5", "5000000"}  # any case
    assert claim_numbers("It weighs 7 k9") == {"7"}  # "k" glued to a digit is no scale (nor "9" a number)


@pytest.mark.parametrize("sign", ["$", "€", "£", "₹", "¥"])
def test_every_currency_sign_makes_a_typed_amount(sign: str) -> None:
    """The one-regex sign test finds each currency sign the unit pattern knows."""
    assert typed_quantities(f"It costs {sign}20 now") == {"20 money"}



@pytest.mark.parametrize(("text", "typed"), [
    ("It costs GBP 2,000 in total", {"2000 money"}),
    ("It costs 2,000 gbp in total", {"2000 money"}),
    ("Pay usd 15 or 12 euros", {"15 money", "12 money"}),
    ("Gebühr: EUR 15 pro Monat", {"15 money"}),  # a non-ASCII text takes the full pattern
    ("It costs 2,000 in total", set()),
])
def test_currency_codes_type_an_amount_and_a_text_without_one_reads_the_same(text: str, typed: set[str]) -> None:
    """Currency codes before or after a number make it money, whichever pattern the text takes."""
    assert typed_quantities(text) == typed

def test_percent_and_unit_words_make_typed_quantities_and_bare_numbers_do_not() -> None:
    """A percent sign or a unit word types a number; a number alone stays untyped."""
    assert typed_quantities("A 20% fee") == {"20 %"}
    assert typed_quantities("Wait 15 minutes") == {"15 minute"}
    assert typed_quantities("Aisle 15 is open") == frozenset()


def test_word_readings_are_bounded() -> None:
    """The shared readings are kept in bounded caches, like every reader's."""
    _clear()
    for n in range(1500):
        claim_numbers(f"Order {n} ships in {n % 9} days, {n} weeks at most")
    for reader in (number_module._words, number_module._without_times_and_groups):
        info = reader.cache_info()
        assert info.short_maxsize == 1024 and 0 < info.short_entries <= info.short_maxsize
        assert info.long_entries == 0


def test_scale_word_in_turkish_capitals_is_read_not_a_crash() -> None:
    """'4 MİLLİON' (capital dotted İ, whose lower case is not ASCII) reads as 4,000,000 instead of raising."""
    from llmops_kit.text.numbers import claim_numbers

    assert "4000000" in claim_numbers("ŞAHİN paid 4 MİLLİON")
