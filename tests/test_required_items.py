"""A requirement no text names (:mod:`llmops_kit.required_items`): "... and a compulsory insurance add-on", "we'll
want a signed waiver first", "Please bring proof of a microchip registration" where no text names insurance, a
waiver or a microchip. Controls: a required thing the evidence names ("Please bring photo ID" where a text asks for
ID; "a refundable deposit"), a requirement the evidence states, a figure left to the hard-fact step, a request of
no thing, and the reading switched off.

The fixtures are this file's own (an instrument hire shop, a kayak hire, a cattery, a climbing wall, a print shop).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import required_items
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

HIRE = [Document(id="ih-1", content="Trumpets and violins can be hired for GBP 14.00 a month, with a refundable "
                                    "deposit of GBP 50.00. Damage beyond normal wear is charged at cost.")]
KAYAK = [Document(id="ky-2", content="Kayaks are EUR 35 a day. Every paddler signs a waiver at the hut before "
                                     "launching, and buoyancy aids are supplied.")]
CATTERY = [Document(id="ca-3", content="Cats stay from NZD 28 a night. We need each cat's vaccination card at "
                                       "check-in. Check-in is from 8am.")]
WALL = [Document(id="cw-4", content="Day passes are $18. Bring photo ID on your first visit; under-16s climb with "
                                    "an adult.")]
PRINT = [Document(id="pr-5", content="Posters are printed within 2 working days. Orders over R500 need a 50% "
                                     "deposit when placed.")]

WRONG = [
    ("A trumpet is GBP 14.00 a month plus a refundable GBP 50.00 deposit and a compulsory insurance add-on.", HIRE),
    ("Kayaks are EUR 35 a day, and we'll want a signed parental letter first.", KAYAK),
    ("Cats stay from NZD 28 a night. Please bring proof of a microchip registration with you.", CATTERY),
    ("Day passes are $18, and you'll need a harness certificate.", WALL),
    ("Posters take 2 working days; we'll want a 50% deposit and a signed artwork release first.", PRINT),
]


@pytest.mark.parametrize(("answer", "docs"), WRONG)
def test_a_requirement_no_text_names_is_invented(answer: str, docs: list[Document]) -> None:
    assert "invented" in _verdicts(answer, docs, "What do I need?")


KEPT = [
    ("A trumpet is GBP 14.00 a month plus a refundable GBP 50.00 deposit.", HIRE),  # the deposit is held
    ("Kayaks are EUR 35 a day; every paddler signs a waiver, so we'll want a signed waiver at the hut.", KAYAK),
    ("Cats stay from NZD 28 a night. Please bring the vaccination card with you.", CATTERY),
    ("Day passes are $18. Please bring photo ID on your first visit.", WALL),  # the text asks for ID
    ("Posters take 2 working days, and we'll want a 50% deposit when you order.", PRINT),  # a figure: held
    ("Day passes are $18, and you'll need to book ahead at weekends.", WALL),  # no thing required
]


@pytest.mark.parametrize(("answer", "docs"), KEPT)
def test_a_requirement_the_evidence_names_is_not_invented(answer: str, docs: list[Document]) -> None:
    assert "invented" not in _verdicts(answer, docs, "What do I need?")


def test_a_required_thing_the_customer_named_is_not_invented() -> None:
    verdicts = _verdicts("Cats stay from NZD 28 a night. Please bring the microchip papers with you.", CATTERY,
                         "Do I need to bring the microchip papers?")
    assert "invented" not in verdicts


def test_the_reading_switched_off_leaves_the_requirement_unread() -> None:
    answer = "A trumpet is GBP 14.00 a month plus a refundable GBP 50.00 deposit and a compulsory insurance add-on."
    with fresh_scores(), patch.object(required_items, "READ_REQUIRED_ITEMS", False):
        assert "invented" not in _verdicts(answer, HIRE, "What do I need?")
