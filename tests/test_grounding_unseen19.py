"""Readings the ground19 round fixed on healthy answers flagged as hallucinations, each with its control that
the wrong reading is still flagged.

The fixtures are this file's own (a bike share, a portrait studio): a supported reading and the same sentence
with one fact changed, which must stay unsupported.
"""

from __future__ import annotations

from llmops_kit.quality import score_answer
from llmops_kit.text.numbers import typed_quantities
from llmops_kit.traces import Document

PASSES = [Document(id="kb-191", content="Prices\nunlock: € 1,00\nday pass (24 h from first unlock): € 9,00\n"
                                        "weekend pass (48h from first unlock): € 15,00\n1h30 lesson: € 20,00")]
STUDIO = [Document(id="kb-192", content="A 25 % deposit holds your date. A family portrait costs 240 € and a "
                                        "solo portrait 96 $. Prints are 12,50 € each.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs).support]


# ---- the hour written as its symbol: "24 h", "48h" ------------------------------------------------------

def test_the_hour_symbol_is_a_duration() -> None:
    assert typed_quantities("valid 24 h from first unlock") == {"24 hour"}
    assert typed_quantities("a 48h pass", True) >= {"48 hour", "2 day"}


def test_an_hour_and_minutes_written_1h30_is_not_one_hour() -> None:
    """Control: '1h30' is an hour and a half; it states no '1 hour'."""
    assert "1 hour" not in typed_quantities("a 1h30 lesson")


def test_a_duration_in_hours_matches_the_hour_symbol() -> None:
    assert _verdicts("A day pass runs for 24 hours from your first unlock.", PASSES) == ["supported"]
    assert _verdicts("The weekend pass lasts 48 hours.", PASSES) == ["supported"]


def test_a_changed_duration_is_still_flagged() -> None:
    """Control: the passage says 24 h, not 12 hours."""
    assert _verdicts("A day pass runs for 12 hours from your first unlock.", PASSES) != ["supported"]
