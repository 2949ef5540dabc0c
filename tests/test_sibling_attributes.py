"""A row's key paired with a sibling row's attribute (:mod:`llmops_kit.sibling_attributes`).

Flagged (contradicted): "A Compact van moves a three-room flat, at £55 a day" where the table's Compact row moves
a one-room flat and "a three-room flat" is the Luton row's; "A crown is Tier 1 work: €40" where the parallel
sentences give crowns to Tier 2. Kept: the row's own attribute, a claim naming both rows, an attribute two rows
share, an amount of another row, and a sentence outside the table that gives the attribute to the claim's row.

The fixtures are this file's own (a van hire, a vet's price tiers, a boat rental, a gym).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import sibling_attributes
from llmops_kit.sibling_attributes import swapped_attribute
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

VANS = [Document(id="vh-1", content="| Van | Load length | Moves roughly | Per day |\n|---|---|---|---|\n"
                                    "| Small | 1.8 m | a few boxes | £39 |\n"
                                    "| Compact | 2.5 m | a one-room flat | £55 |\n"
                                    "| Luton | 4.0 m | a three-room flat | £89 |\n"
                                    "| Box | 6.0 m | a family house | £120 |")]
VET = [Document(id="vt-2", content="Treatment prices from May 2027: Tier 1 is €40 and covers a consultation, "
                                   "weighing and a nail trim. Tier 2 is €95 and covers everything in Tier 1 plus "
                                   "vaccinations, dental scaling and microchipping. Tier 3 is €310 and covers "
                                   "everything in Tiers 1 and 2 plus surgery and overnight stays.")]
BOATS = [Document(id="bt-3", content="| Boat | Seats | Includes | Per hour |\n|---|---|---|---|\n"
                                     "| Rowing boat | 3 | oars and life jackets | $18 |\n"
                                     "| Pedalo | 4 | life jackets and a sunshade | $24 |\n"
                                     "| Motor boat | 6 | life jackets, fuel and a cool box | $60 |")]
GYM = [Document(id="gy-4", content="| Plan | Access | Per month |\n|---|---|---|\n"
                                   "| Basic | gym floor | R290 |\n| Plus | gym floor and classes | R420 |\n"
                                   "| Premium | gym floor, classes and the pool | R560 |\n\n"
                                   "Members on the Basic plan may join the pool for one trial swim.")]


# ---- a key with a sibling row's attribute is contradicted -------------------------------------------------------

FLAGGED = [
    ("A Compact van moves a three-room flat, at £55 a day.", VANS, "Which van for my flat?"),
    ("Microchipping is Tier 3 treatment: €310 for the visit.", VET, "What does microchipping cost?"),
    ("The Pedalo comes with a cool box, at $24 an hour.", BOATS, "Which boat has a cool box?"),
    ("The Plus plan gives you the pool for R420 a month.", GYM, "Which plan has the pool?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_a_key_with_a_sibling_rows_attribute_is_contradicted(answer: str, docs: list[Document],
                                                              query: str) -> None:
    """Its amount and its key are one row's, its attribute only another row's: contradicted."""
    assert "contradicted" in _verdicts(answer, docs, query)


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_the_reading_is_what_contradicts_it(answer: str, docs: list[Document], query: str) -> None:
    """Switched off, no claim of these answers is contradicted: the reading is doing the work."""
    with fresh_scores(), patch.object(sibling_attributes, "READ_SIBLING_ATTRIBUTES", False):
        assert "contradicted" not in _verdicts(answer, docs, query)


def test_the_sibling_row_is_named() -> None:
    """The verdict names the row that holds the attribute, and the attribute."""
    found = swapped_attribute("A Compact van moves a three-room flat, at £55 a day", documents_evidence(VANS))
    assert found == ("document vh-1", "| Luton | 4.0 m | a three-room flat | £89 |", "three-room")
    found = swapped_attribute("Microchipping is Tier 3 treatment: €310", documents_evidence(VET))
    assert found is not None
    assert found[1].startswith("Tier 2 is €95")


# ---- kept: the row's own attribute, both rows named, a shared attribute, another row's amount ------------------

KEPT = [
    # the row's own attribute
    ("A Luton van moves a three-room flat, at £89 a day.", VANS),
    ("Microchipping is Tier 2, €95.", VET),
    ("A Compact van, £55 a day, moves a one-room flat.", VANS),
    # both rows named: a comparison, not a swap
    ("A Compact van (£55) moves a one-room flat; for a three-room flat you need a Luton.", VANS),
    # an attribute two rows hold
    ("The Pedalo comes with life jackets, at $24 an hour.", BOATS),
    # Tier 3 covers everything in Tier 2: "vaccinations" is Tier 2's word, but the claim gives the amount of no row
    ("Vaccinations are covered from Tier 2 up.", VET),
    # the amount is not the named row's: left to the figure readings
    ("A Compact van moves a three-room flat, at £89 a day.", VANS),
    # a sentence outside the table gives the attribute to the named row
    ("The Basic plan at R290 a month lets you try the pool once.", GYM),
]


@pytest.mark.parametrize(("claim", "docs"), KEPT)
def test_the_rows_own_attribute_or_an_unclear_pairing_is_not_read(claim: str, docs: list[Document]) -> None:
    """Nothing pairs one row's key and amount with only another row's attribute: the reading finds nothing."""
    assert swapped_attribute(claim, documents_evidence(docs)) is None


def test_the_rows_own_attribute_keeps_the_answer_supported() -> None:
    """'A Luton van moves a three-room flat, at £89 a day' against the Luton row: the whole answer is held."""
    assert _verdicts("A Luton van moves a three-room flat, at £89 a day.", VANS, "Which van for my flat?") == [
        "supported"]
