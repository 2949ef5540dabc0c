"""A tool record's field named by its unit (:data:`llmops_kit.unit_fields.READ_UNIT_FIELDS`): "nights: 4" states the
stay is 4 nights. An answer's "4 nights in the garden suite" is the record's figure though an article prices "2 nights"
in the same words, and "2 nights in the garden suite" of that record is contradicted though the article holds "2
nights". Controls: a wrong figure of another unit, a price rule of the article, a claim naming no record; with the
switch off the old verdicts return. The fixtures are this file's own (a guest house in Ghent)."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import quality, said_counts, unit_fields
from llmops_kit.evidence import Evidence
from llmops_kit.evidence_readers import render_tool_output
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

STAY = Document(id="tool:stay_lookup", content=render_tool_output(
    {"stay": "GH-2210", "arrival": "2027-05-14", "nights": 4, "guests": 2, "suite": "garden"}))
PRICES = Document(id="gh-3", content="The garden suite for 2 nights: 240 euros. Each extra night in the garden suite "
                                     "costs 110 euros. Breakfast is served from 8:00 to 10:30.")
DOCS = [PRICES, STAY]
QUESTION = "How long is stay GH-2210?"


def _verdicts(answer: str, query: str = QUESTION) -> list[str]:
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, DOCS, query=query).support]


def test_the_record_figure_is_held_by_its_unit_field() -> None:
    assert _verdicts("GH-2210 is for 2 guests: 4 nights in the garden suite, arriving 14 May 2027.") == ["supported"]


def test_the_article_figure_against_the_record_is_contradicted() -> None:
    assert _verdicts("GH-2210 is for 2 guests: 2 nights in the garden suite, arriving 14 May 2027.") == [
        "contradicted"]


@pytest.mark.parametrize("answer", [
    "GH-2210 is for 2 guests: 4 nights in the garden suite, arriving 19 May 2027.",  # a wrong date still flagged
    "GH-2210 is for 2 guests: 5 nights in the garden suite, arriving 14 May 2027.",  # a figure nobody states
])
def test_controls_stay_flagged(answer: str) -> None:
    assert set(_verdicts(answer)) & {"contradicted", "absent"}


def _evidence() -> Evidence:
    """The request's evidence as the scorer builds it, for the reading called alone."""
    return Evidence(quality.evidence_sources(DOCS, query=QUESTION), r"\[x\]")


def test_a_price_rule_is_not_read_against_the_record() -> None:
    """The article's own terms, said of no booking: the record's 4 nights do not contradict its "2 nights"."""
    assert unit_fields.unit_field_clash("The garden suite for 2 nights costs 240 euros.", _evidence()) is None
    assert unit_fields.unit_field_clash("GH-2210: the garden suite costs 240 euros for 2 nights.", _evidence()) is None


def test_switched_off_the_old_verdicts_return() -> None:
    """With this reading and the record52 count reading (which reads "2 nights" against "nights: 4" too) off."""
    with patch.object(unit_fields, "READ_UNIT_FIELDS", False), patch.object(said_counts, "READ_SAID_COUNTS", False):
        assert _verdicts("GH-2210 is for 2 guests: 2 nights in the garden suite, arriving 14 May 2027.") == [
            "supported"]
        assert _verdicts("GH-2210 is for 2 guests: 4 nights in the garden suite, arriving 14 May 2027.") == [
            "contradicted"]
