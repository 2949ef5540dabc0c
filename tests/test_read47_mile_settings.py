"""The words telling a land mile from a nautical one (:data:`llmops_kit.conversion_words.READ_MILE_SETTINGS`, the
``conv47`` round): "24 km, roughly 15 miles on land (13 nautical miles at sea)" converts correctly, but "land" and
"sea" were read as new subject matter. Controls: a wrong mile figure stays flagged, and so do those words in a claim
with no plain miles; switched off, the claim is unsupported again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import conversion_words
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

CROSSING = [Document(id="sk-2", content="Island crossing. Departs 08h00, back around 16h00. Duration 8 hours, 24 km "
                                         "(13 nmi), lunch included. 95 € per person.")]
ASKED = "How long is the island crossing in miles?"


def _held(answer: str) -> bool:
    with fresh_scores(conversion_words.converted_unit_words):
        return all(v.supported for v in score_answer(answer, CROSSING, query=ASKED).support)


def test_land_and_sea_miles_are_held() -> None:
    assert _held("24 km, which is roughly 15 miles on land (13 nautical miles at sea).")


def test_a_wrong_land_mile_figure_stays_flagged() -> None:
    assert not _held("24 km, which is roughly 19 miles on land (13 nautical miles at sea).")


def test_the_words_are_units_only_beside_plain_miles() -> None:
    assert "land" not in conversion_words.converted_unit_words("24 km is 13 nautical miles, by land or sea.")


def test_switched_off_the_settings_are_new_words_again() -> None:
    with patch.object(conversion_words, "READ_MILE_SETTINGS", False):
        assert not _held("24 km, which is roughly 15 miles on land (13 nautical miles at sea).")
