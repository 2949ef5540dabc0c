"""A record's kind said as another kind the articles name with the same noun (:mod:`llmops_kit.record_kinds`).
Each reading has a control of the same shape that agrees with the record or does not state a kind of it."""

from __future__ import annotations

import pytest

from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.record_kinds import other_kind

from .verdict_cases import contradicted_by_one_record

ARTICLE = ("Standard room: EUR 95 a night. Garden room: EUR 130 a night, with a terrace. "
           "Only the garden room takes dogs.")


def booking(text: str, article: str = ARTICLE) -> Evidence:
    return Evidence([EvidenceSource("tool booking_lookup", text, prose=False),
                     EvidenceSource("document kb-7", article)], r"\[x\]")


GARDEN = booking("booking: QH-40417.\nroom: garden room.\nnights: 3.\nstatus: confirmed.")
STANDARD = booking("booking: QH-40417.\nroom: standard room.\nnights: 3.\nstatus: confirmed.")
MEAL = booking("order: KT-88120.\nbox: vegan box.\nweek: 2027-03-01.",
               "The classic box is EUR 59 a week and the vegan box EUR 64. Boxes ship on Mondays.")

PARCEL = booking("order: OGC-66140.\nstatus: out for delivery.\neta: 13:30-15:30.",
                 "Orders over GBP 50 get free delivery. An order out for delivery can't be changed.")
UNNAMED = booking("booking: QH-40417.\nroom: lake room.\nnights: 3.")  # the articles name no lake room


@pytest.mark.parametrize(("claim", "evidence", "line", "said"), [
    ("QH-40417 is the standard room, so dogs can't stay.", GARDEN, "room: garden room.", "standard room"),
    ("Yes, QH-40417 is booked in a garden room for three nights.", STANDARD, "room: standard room.", "garden room"),
    ("Your order is down for the classic box this week.", MEAL, "box: vegan box.", "classic box"),
])
def test_another_kind_the_articles_name_said_of_the_record_is_contradicted(claim: str, evidence: Evidence,
                                                                           line: str, said: str) -> None:
    assert other_kind(claim, evidence) == ("tool booking_lookup", line, said)


@pytest.mark.parametrize(("claim", "evidence"), [
    ("QH-40417 is the garden room, so your dog is welcome.", GARDEN),  # the record's own kind
    ("QH-40417 is the garden room, not the standard room.", GARDEN),  # its own kind beside the other
    ("You could switch QH-40417 to the standard room to save EUR 35 a night.", GARDEN),  # a change offered
    ("QH-40417 isn't a standard room.", GARDEN),  # negated
    ("QH-40417 is the lake room.", GARDEN),  # a kind no article names
    ("QH-99999 is the standard room.", GARDEN),  # another record
    ("The standard room is EUR 95 a night.", GARDEN),  # names no record: the article restated
    ("QH-40417 has the garden room's terrace.", UNNAMED),  # the record's own kind is no kind the articles name
    ("Your order OGC-66140 came with the free delivery.", PARCEL),  # a status is no kind
    ("QH-40417 gets standard room rates.", GARDEN),  # no article or "your" before the kind: not said of it
])
def test_a_kind_the_record_agrees_with_or_that_is_not_stated_of_it_is_not_read(claim: str,
                                                                               evidence: Evidence) -> None:
    assert other_kind(claim, evidence) is None


def test_the_grounding_step_contradicts_the_wrong_kind_and_keeps_the_right_one() -> None:
    wrong, right = contradicted_by_one_record("QH-40417 is the standard room, so dogs can't stay.", GARDEN, STANDARD)
    assert wrong.verdict == "contradicted" and wrong.evidence == "room: garden room."
    assert right.verdict != "contradicted"
