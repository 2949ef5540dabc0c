"""A price charged for a child the texts let in free by the age the customer gives (:data:`llmops_kit.
aged_charges.READ_AGED_CHARGES`): "€9.00 for the 3-year-old" beside "under 5 go free", "the children are £4
each" for children of 6 and 8 where under-10s ride free. Controls: a child at or above the free bound, a child
whose age the customer does not give, a free child said to be free, an age the customer never gave; with the
switch off the charge passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import aged_charges
from llmops_kit.aged_charges import charged_free_ages
from llmops_kit.evidence import Evidence, EvidenceSource

POOL = ("Day tickets: adults €18.00, children aged 5 to 15 €9.00, under 5 go free with an adult.",)
TRAIN = ("The miniature railway costs £4 a ride; under-10s ride free.", "adult gbp: 4.\nunder 10 gbp: 0.")


@pytest.mark.parametrize(("claim", "question", "texts", "wrong"), [
    ("2 × €18.00 + €9.00 for the 3-year-old = €45.00 in total",
     "Two adults and our 3-year-old: what do we pay?", POOL, ("9",)),
    ("Two adult rides are £8, and the children are £4 each: £16 in all",
     "Me, my husband and our two children (6 and 8) on the railway?", TRAIN, ("4",)),
])
def test_a_charge_for_a_free_age_is_read(claim: str, question: str, texts: tuple[str, ...],
                                         wrong: tuple[str, ...]) -> None:
    assert charged_free_ages(claim, texts, user_text=question) == wrong


@pytest.mark.parametrize(("claim", "question", "texts"), [
    # at the free bound the child pays
    ("2 × €18.00 + €9.00 for the 5-year-old = €45.00 in total", "Two adults and our 5-year-old?", POOL),
    # one of the children is above the bound
    ("Two adult rides are £8, and the children are £4 each: £16 in all",
     "Me, my husband and our two children (6 and 12) on the railway?", TRAIN),
    # the customer gives no age
    ("Two adult rides are £8, and the children are £4 each: £16 in all",
     "Me, my husband and our two children on the railway?", TRAIN),
    # the free child said to be free
    ("2 × €18.00 = €36.00 in total; the 3-year-old goes free", "Two adults and our 3-year-old?", POOL),
    # an age the customer never gave
    ("2 × €18.00 + €9.00 for the 3-year-old = €45.00 in total", "Two adults and our daughter?", POOL),
])
def test_controls_are_not_read(claim: str, question: str, texts: tuple[str, ...]) -> None:
    assert charged_free_ages(claim, texts, user_text=question) == ()


def _evidence(question: str) -> Evidence:
    return Evidence([EvidenceSource("document tickets", POOL[0]), EvidenceSource("user message", question, user=True)],
                    r"\[x\]")


def test_the_charge_is_unheld_in_the_claims_facts_and_held_with_the_switch_off() -> None:
    claim = "2 × €18.00 + €9.00 for the 3-year-old = €45.00 in total"
    evidence = _evidence("Two adults and our 3-year-old: what do we pay?")
    assert "9" in evidence.missing_facts(claim, answer_text=claim)[0]
    with patch.object(aged_charges, "READ_AGED_CHARGES", False):
        assert charged_free_ages(claim, POOL, user_text="Two adults and our 3-year-old?") == ()
        assert "9" not in _evidence("Two adults and our 3-year-old?").missing_facts(claim, answer_text=claim)[0]
