"""Amounts after the yen and rupee signs read as amounts of money, as those after "$", "€" and "£" are (a reader
fault: "¥8,000 and" was a bare 8000 counted by "and"; made-up texts, both sides)."""

from __future__ import annotations

from llmops_kit.quality import score_answer
from llmops_kit.text import quantities
from llmops_kit.traces import Document

_PASSES = ("A carnet of 10 swims costs ¥6,000 and is valid for 3 months from purchase; it may be shared. "
           "The monthly pass is ¥5,500 for unlimited swims over 30 days from its first use.")
_TABLE_HEAD = "| Option | Price | Swims | Valid |\n|---|---|---|---|\n"


def _report(answer: str, text: str, query: str):
    return score_answer(answer, [Document(id="kb-1", content=text)], query=query)


def _unsupported(answer: str, text: str, query: str) -> list[str]:
    return [s.verdict for s in _report(answer, text, query).support if s.verdict != "supported"]


def test_a_yen_or_rupee_amount_is_read_with_its_sign() -> None:
    assert ("8000", "¥") in quantities("A ticket book costs ¥8,000 and lasts a year")
    assert ("450", "₹") in quantities("Parking is ₹450 and the shuttle is free")
    assert ("25", "$") in quantities("The fee is $25 and covers towels")  # the signs read before stay as they were


def test_a_table_count_beside_a_yen_price_is_not_taken_for_another_count() -> None:
    # the carnet's swims are "10 swims"; the yen price in the same clause is a price, not a bare count
    row = "| Carnet | ¥6,000 | 10 | 3 months, can be shared |\n"
    assert _unsupported(_TABLE_HEAD + row, _PASSES, "Compare the passes") == []


def test_a_changed_count_or_price_in_the_table_is_still_flagged() -> None:
    assert _unsupported(_TABLE_HEAD + "| Carnet | ¥6,000 | 12 | 3 months |\n", _PASSES, "Compare the passes")
    assert _unsupported(_TABLE_HEAD + "| Carnet | ¥6,500 | 10 | 3 months |\n", _PASSES, "Compare the passes")


def test_a_timetable_cell_is_still_read_against_its_label() -> None:
    hours = "Opening hours: Monday to Saturday 9am to 9pm; Sunday 10am to 6pm."
    table = "| Day | Hours |\n|---|---|\n| Sun | 10am to 9pm |\n"
    assert "contradicted" in _unsupported(table, hours, "When are you open?")
