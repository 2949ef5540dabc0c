"""The speed49 pre-checks in front of this stop's readings skip only texts their patterns cannot match.

Each pre-check is a cheaper necessary condition of a pattern (a look-ahead for the first digit, a key word of the
lower-cased ASCII text, a tax name as a substring); a skipped text must be one the pattern would not have matched,
or a verdict would move. Random texts mix the patterns' own words, digits, range marks and the letters case folding
reads differently ("ſ" as "s", the Kelvin sign as "k").
"""

from __future__ import annotations

import random
import re

from llmops_kit import changed_figures, limit_sides, tax_notes
from llmops_kit.text.char_scans import holds_any

_PIECES = ("within", "applies", "apply", "qualifies", "eligible", "entitled", "is yours", "are yours", "you can",
           "you may", "goes free", "go free", "you get", "VAT", "GST", "MwSt", "vat", "incl.", " to ", "-", "–",
           "—", "2", "15", "09.00", "17:00", "business", "days", "h", "ſ", "\u212a", "İ", "ı", " ", ", ", ".")


def _random_texts(count: int, seed: int = 49) -> list[str]:
    """Texts of a few pieces each, joined with and without spaces, so the patterns' edges are tried."""
    chosen = random.Random(seed)
    return ["".join(chosen.choice(_PIECES) for _ in range(chosen.randint(1, 9))) for _ in range(count)]


def test_the_range_look_ahead_finds_the_same_ranges() -> None:
    without = re.compile(changed_figures._RANGE_RE.pattern.removeprefix("(?=\\d)"))
    for text in [*_random_texts(5000), "it takes 3 to 5 business days", "open 09.00-17.00 h"]:
        found = [(m.span(), m.groups()) for m in changed_figures._RANGE_RE.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in without.finditer(text)], text


def test_a_claim_the_meets_keys_skip_never_matches_the_pattern() -> None:
    skipped = 0
    for text in [*_random_texts(5000), "it applieſ to you", "the offer is yours within 30 days"]:
        if not limit_sides._may_meet(text):
            skipped += 1
            assert limit_sides._MEETS_RE.search(text) is None, text
    assert skipped  # the pre-check does skip some texts


def test_a_non_ascii_claim_is_always_searched() -> None:
    assert limit_sides._may_meet("it applieſ to 2 bags")  # the case-blind pattern reads "ſ" as "s"
    assert limit_sides._MEETS_RE.search("it applieſ to 2 bags")


def test_the_ascii_claim_without_a_key_is_skipped_and_one_with_a_key_is_not() -> None:
    assert not limit_sides._may_meet("Shipping costs $5 for 2 bags.")
    assert limit_sides._may_meet("Your 2 bags are within the allowance.")


def test_the_tax_names_are_a_substring_of_every_match() -> None:
    for text in [*_random_texts(5000), "EUR 145, VAT included", "plus GST"]:
        if tax_notes._TAX_NAME_RE.search(text):
            assert holds_any(text, tax_notes._TAX_NAMES), text
