"""A worked quote's count of an item read against the customer's own count of it (:data:`llmops_kit.asked_counts.
READ_ASKED_COUNTS`): "crepe 2 × €6.00" for "one crepe between us", "blankets €4.50" once for "3 blankets", a price
per pupil charged once for two pupils. Controls: the customer's own count, an item the customer gives no count
for, a per-person price taken for a party of two, a count an article sets ("minimum 2 hours"), a count the
customer shares out ("we each want 2 lessons"); with the switch off the wrong count passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import asked_counts
from llmops_kit.asked_counts import miscounted_items
from llmops_kit.evidence import Evidence, EvidenceSource

MENU = ("Crepes cost €6.00 and hot chocolate €3.50. Blankets can be hired for €4.50.",
        "Entry is €12.00 per person. Each extra hour is €5.00 per person.")
LESSONS = ("Workshop fee: €40 per pupil. Clay and glazes are €15 per pupil on top. Kiln hire: minimum 2 hours at €9.",)


@pytest.mark.parametrize(("claim", "question", "texts", "wrong"), [
    # a written count against the customer's count of the same item
    ("Entry 2 × €12.00 = €24.00; crepe 2 × €6.00 = €12.00; total €36.00",
     "My sister and I, one crepe between us. What's the total?", MENU, ("2",)),
    # an item charged once that the customer wants three of
    ("2 × €12.00 = €24.00, plus blankets €4.50: €28.50 in total",
     "Two adults, and 3 blankets please. How much?", MENU, ("4.5",)),
    # a price per pupil charged once for two pupils
    ("Fee 2 × €40 + clay €15 = €95 in total",
     "We are bringing two children to the workshop. Total with clay?", LESSONS, ("15",)),
    # a price per person charged once for a party of three
    ("3 × €12.00 = €36.00, plus 1 extra hour at €5.00: €41.00 in total",
     "Two adults and our 8-year-old, staying one hour longer. Total?", MENU, ("5",)),
])
def test_a_count_the_customer_contradicts_is_read(claim: str, question: str, texts: tuple[str, ...],
                                                  wrong: tuple[str, ...]) -> None:
    assert miscounted_items(claim, texts, user_text=question, answer_text=claim) == wrong


@pytest.mark.parametrize(("claim", "question", "texts"), [
    # the customer's own count
    ("Entry 2 × €12.00 = €24.00; crepe 1 × €6.00 = €6.00; total €30.00",
     "My sister and I, one crepe between us. What's the total?", MENU),
    ("2 × €12.00 = €24.00, plus blankets 3 × €4.50 = €13.50: €37.50 in total",
     "Two adults, and 3 blankets please. How much?", MENU),
    # an item the customer gives no count for
    ("Entry 2 × €12.00 = €24.00; hot chocolate 2 × €3.50 = €7.00; total €31.00",
     "Two of us, with hot chocolate. What's the total?", MENU),
    # a per-person price taken for the party of two
    ("2 × €12.00 = €24.00, plus 2 × €5.00 for the extra hour: €34.00 in total",
     "Two adults, staying an hour longer. Total?", MENU),
    # a restated rate, not a charge
    ("Clay is €15 per pupil on top, so the total is 2 × €40 + 2 × €15 = €110",
     "We are bringing two children to the workshop. Total with clay?", LESSONS),
    # a count an article sets
    ("Kiln 2 × €9 = €18, plus fee €40: €58 in total", "One kiln hour and the fee for one pupil?", LESSONS),
    # a count the customer shares out over the party
    ("Crepe 4 × €6.00 = €24.00 in total", "We both want 2 crepes. Total?", MENU),
    # a per-person price that is only a step's result, and one taken for a count of riders
    ("Adults 2 × €12.00 = €24.00, children 2 × €6.00 = €12.00: €36.00 in all",
     "Two adults and two children, entry only. Total?", MENU),
    ("The baby is free, so that's 3 visitors at €12.00 = €36.00", "Two adults and one child, entry?", MENU),
    # a party whose size the customer leaves open
    ("Entry €12.00 + 1 extra hour at €5.00 = €17.00 in total", "2 adults and kids aged 4 and 6, one hour more?", MENU),
])
def test_controls_are_not_read(claim: str, question: str, texts: tuple[str, ...]) -> None:
    assert miscounted_items(claim, texts, user_text=question, answer_text=claim) == ()


def _evidence(question: str) -> Evidence:
    return Evidence([EvidenceSource("document menu", MENU[0]), EvidenceSource("document entry", MENU[1]),
                     EvidenceSource("user message", question, user=True)], r"\[x\]")


def test_the_count_is_unheld_in_the_claims_facts() -> None:
    claim = "Entry 2 × €12.00 = €24.00; crepe 2 × €6.00 = €12.00; total €36.00"
    evidence = _evidence("My sister and I, one crepe between us. What's the total?")
    numbers, _ = evidence.missing_facts(claim, answer_text=claim)
    assert "2" in numbers


def test_switched_off_the_count_passes_again() -> None:
    claim = "Entry 2 × €12.00 = €24.00; crepe 2 × €6.00 = €12.00; total €36.00"
    question = "My sister and I, one crepe between us. What's the total?"
    with patch.object(asked_counts, "READ_ASKED_COUNTS", False):
        assert miscounted_items(claim, MENU, user_text=question, answer_text=claim) == ()
        numbers, _ = _evidence(question).missing_facts(claim, answer_text=claim)
    assert "2" not in numbers
