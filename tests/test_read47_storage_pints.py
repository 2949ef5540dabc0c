"""File sizes and pints in the conversion table (:data:`llmops_kit.arithmetic_steps.READ_STORAGE_AND_PINTS`, the
``conv47`` round): "12,000 MB is about 12 GB" and "2 litres, about 3.5 UK pints" were read as figures no source
holds. With them, a count of files one size holds of another ("8 GB holds about 1,600 songs of 5 MB",
:data:`llmops_kit.general_conversions.READ_STORAGE_COUNTS`). Controls: a size or a volume off by more than its
rounding, and a count that is not the quotient, stay flagged; switched off, the old verdicts return."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import arithmetic_steps, conversion_words, general_conversions
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

UPLOADS = [Document(id="up-1", content="We take uploads of up to 25 GB through the client portal.")]
CARAFE = [Document(id="bar-3", content="House wine by the carafe: 2 litres for €18.")]
PHONES = [Document(id="ph-2", content="The basic plan gives each phone 8 GB of cloud storage.")]


def _held(answer: str, docs: list[Document], query: str) -> bool:
    with fresh_scores(conversion_words.converted_unit_words):
        return all(v.supported for v in score_answer(answer, docs, query=query).support)


ASKED_SIZE = "My project folder is 12,000 MB. Can I upload it?"
ASKED_PINTS = "How big is a carafe in pints?"
ASKED_SONGS = "About how many 5 MB songs would fit?"


def test_megabytes_restated_in_gigabytes_are_held() -> None:
    assert _held("Yes: 12,000 MB is about 12 GB, under the 25 GB the portal takes.", UPLOADS, ASKED_SIZE)


def test_a_wrong_gigabyte_figure_stays_flagged() -> None:
    assert not _held("Yes: 12,000 MB is about 18 GB, under the 25 GB the portal takes.", UPLOADS, ASKED_SIZE)


def test_litres_restated_in_uk_and_us_pints_are_held() -> None:
    assert _held("A carafe is 2 litres, about 3.5 UK pints (roughly 4.2 US pints).", CARAFE, ASKED_PINTS)


def test_a_wrong_pint_figure_stays_flagged() -> None:
    assert not _held("A carafe is 2 litres, about 4.2 UK pints.", CARAFE, ASKED_PINTS)


def test_a_count_of_files_one_size_holds_is_held() -> None:
    assert _held("Each phone gets 8 GB, which is about 1,600 songs of 5 MB.", PHONES, ASKED_SONGS)


def test_a_count_that_is_not_the_quotient_stays_flagged() -> None:
    assert not _held("Each phone gets 8 GB, which is about 2,400 songs of 5 MB.", PHONES, ASKED_SONGS)


def test_switched_off_the_sizes_and_pints_are_unread_again() -> None:
    with patch.object(arithmetic_steps, "READ_STORAGE_AND_PINTS", False):
        assert not _held("Yes: 12,000 MB is about 12 GB, under the 25 GB the portal takes.", UPLOADS, ASKED_SIZE)
        assert not _held("A carafe is 2 litres, about 3.5 UK pints (roughly 4.2 US pints).", CARAFE, ASKED_PINTS)
    with patch.object(general_conversions, "READ_STORAGE_COUNTS", False):
        assert not _held("Each phone gets 8 GB, which is about 1,600 songs of 5 MB.", PHONES, ASKED_SONGS)
