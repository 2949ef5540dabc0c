"""The units and hedge of a conversion the claim works out between two of its own figures are arithmetic, not
wording to find (:func:`llmops_kit.conversion_words.converted_unit_words`): "About four metres, which is roughly
thirteen feet" of "our van needs about four metres of space" is supported, as "about four metres" is. Controls: a wrong
conversion stays flagged, a claim that adds a statement beside a right conversion is still judged on it, and a
unit named beside a figure that converts nothing stays a word to find.

The fixtures are this file's own (a heating engineer's van, a boat's mooring).
"""

from __future__ import annotations

import pytest

from llmops_kit import grounding
from llmops_kit.conversion_words import converted_unit_words
from llmops_kit.quality import HeuristicScorer
from llmops_kit.traces import Document

CLEAR = [Document(id="kb-993", content="Please keep the drive clear: our van needs about four metres of space to park "
                                       "in front of the garage. We bring dust sheets."),
         Document(id="kb-994", content="A standard service is £75 and each extra radiator costs £20.")]
QUERY = "How much room does the van need, in feet?"
CONVERTED = "About four metres, which is roughly thirteen feet."


def _verdicts(answer: str) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in HeuristicScorer().score(answer, CLEAR, query=QUERY).support]


def test_a_conversion_of_the_held_length_is_supported() -> None:
    assert _verdicts(CONVERTED) == ["supported"]


def test_without_the_reading_its_units_were_new_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grounding, "converted_unit_words", lambda claim: frozenset())
    assert _verdicts(CONVERTED) != ["supported"]


def test_a_wrong_conversion_is_still_flagged() -> None:
    """Control: four metres is 13.1 feet, no 16."""
    assert _verdicts("About four metres, which is roughly sixteen feet.") != ["supported"]


def test_a_statement_beside_the_conversion_is_still_judged() -> None:
    """Control: the conversion's words are left out, the invented promise is not."""
    assert _verdicts("About four metres, which is roughly thirteen feet, and we also wash your car for free "
                     "while the engineer works.") != ["supported"]


def test_the_words_are_read_only_for_a_conversion_between_the_claims_figures() -> None:
    assert {"feet", "metr", "rough"} <= converted_unit_words(CONVERTED)
    assert converted_unit_words("Moor at 12 m; the 60 feet pontoon is for visitors") == frozenset()
    assert converted_unit_words("our van needs about four metres of space") == frozenset()
