"""A tax note beside a price read as no fact where no text names a tax (:data:`llmops_kit.tax_notes.READ_UNSTATED_TAX`,
the ``right49`` round): "CHF 80, VAT included" or "plus GST" after a price the article gives word for word was
flagged for a "VAT" / "GST" no text holds. Controls: a changed price keeps its flag, a note freeing the price from
tax ("VAT-free") stays unheld, and a note naming another tax than the one the texts name stays unheld; with the
switch off the old verdict returns."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import tax_notes
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

SERVICING = [Document(id="s-1", content="A basic bicycle service costs CHF 80; a full overhaul costs CHF 190. "
                                         "A service takes about two working days.")]
HOOF_CARE = [Document(id="h-1", content="Hoof trimming: $9.00 per head, minimum charge $120.00. "
                                         "Lameness visits are booked separately.")]
TAXED = [Document(id="t-1", content="A basic bicycle service costs CHF 80 plus VAT; a full overhaul costs CHF 190 "
                                     "plus VAT.")]
SERVICE_QUESTION = "What does a basic service cost?"


def test_a_tax_note_beside_the_articles_price_is_held() -> None:
    assert fresh_verdicts("A basic service is CHF 80, VAT included.", SERVICING,
                          query=SERVICE_QUESTION) == ["supported"]


def test_a_tax_added_after_a_worked_minimum_is_held() -> None:
    answer = "12 x $9.00 comes to $108.00, but the minimum charge is $120.00, so it's $120.00 (plus GST)."
    assert fresh_verdicts(answer, HOOF_CARE, query="Only 12 head to trim, what will it cost?") == ["supported"]


def test_a_changed_price_with_a_tax_note_stays_flagged() -> None:
    assert fresh_verdicts("A basic service is CHF 85, VAT included.", SERVICING,
                          query=SERVICE_QUESTION) == ["absent"]


def test_a_price_said_to_be_free_of_tax_stays_unheld() -> None:
    assert fresh_verdicts("A basic service is CHF 80, VAT-free.", SERVICING, query=SERVICE_QUESTION) == ["absent"]


def test_another_tax_than_the_texts_name_stays_unheld() -> None:
    assert fresh_verdicts("A basic service is CHF 80 plus GST.", TAXED, query=SERVICE_QUESTION) == ["absent"]


def test_switched_off_the_tax_note_is_unheld_again() -> None:
    with fresh_scores(), patch.object(tax_notes, "READ_UNSTATED_TAX", False):
        assert fresh_verdicts("A basic service is CHF 80, VAT included.", SERVICING,
                              query=SERVICE_QUESTION) == ["absent"]
