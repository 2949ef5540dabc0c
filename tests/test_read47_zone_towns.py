"""A town named as the business's clock ("09:00-17:00 Melbourne time") counts as given when the dialling tables put
it in the dialling area of an international number the evidence publishes (:data:`llmops_kit.place_names.
READ_ZONE_TOWNS`, the ``trap47`` round): an answer for a business in a country town of Victoria, whose published
number is +61 3, was flagged for "Melbourne". Controls: a town of another dialling area ("Perth time") and a town's
time with no published international number stay flagged; with the switch off the old verdict returns."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import place_names
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

DOCS = [Document(id="w-3", content="The cellar door pours tastings of our four estate wines; bookings are not needed.")]
PROMPT = ("You answer for Ridge Road Wines, Yarra Glen, Victoria. Use only the notes given. Otherwise give the "
          "cellar door: (03) 5550 2264 (+61 3 5550 2264 from overseas), 10:00-17:00 daily.")
NATIONAL_ONLY = ("You answer for Ridge Road Wines, Yarra Glen, Victoria. Use only the notes given. Otherwise give the "
                 "cellar door: (03) 5550 2264, 10:00-17:00 daily.")
ASKED = "I'm overseas - what number and when can I call?"
FLAGGED = {"absent", "contradicted", "unsupported", "invented"}


def _answer(town: str = "Melbourne") -> str:
    return f"Ring +61 3 5550 2264; the cellar door answers 10:00-17:00 {town} time."


def test_a_town_of_the_published_number_s_area_names_its_clock() -> None:
    assert not FLAGGED & set(_verdicts(_answer(), DOCS, ASKED, PROMPT))
    assert place_names.zone_towns({"melbourne"}, _answer(), [PROMPT]) == {"melbourne"}


def test_control_a_town_of_another_area_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts(_answer("Perth"), DOCS, ASKED, PROMPT))


def test_control_no_published_international_number_leaves_the_town_unread() -> None:
    assert place_names.zone_towns({"melbourne"}, _answer(), [NATIONAL_ONLY]) == frozenset()


def test_switched_off_the_town_is_flagged_again() -> None:
    with fresh_scores(), patch.object(place_names, "READ_ZONE_TOWNS", False):
        assert FLAGGED & set(_verdicts(_answer(), DOCS, ASKED, PROMPT))
