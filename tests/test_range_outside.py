"""A month or weekday an answer says falls outside the evidence's range (:mod:`llmops_kit.range_outside`): supported
when it lies outside, contradicted when inside; an opening -ly adverb ("Sadly August ...") is no part of a name.
Controls: a month inside the range said outside, a range the evidence does not give, a range of another subject, an
added fact beside the range stay flagged.

The fixtures are this file's own (a plant nursery, a climbing wall).
"""

from __future__ import annotations

import importlib

import pytest

from llmops_kit import range_outside
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text import names_in
from llmops_kit.traces import Document

tokens_module = importlib.import_module("llmops_kit.text.tokens")  # the package exports a function of that name

NURSERY = [Document(id="pn-4", content="Bare-root roses are lifted and sold only from November to March. Potted "
                                       "roses are sold all year.")]
WALL = [Document(id="cw-1", content="Juniors may climb on the bouldering wall Tuesday to Friday, 4pm to 7pm. "
                                    "Shoes can be hired at the desk.")]


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


ROSES_Q = "Can I buy bare-root roses in July?"
WALL_Q = "Can my son climb on the bouldering wall on a Monday?"

OUTSIDE = [
    ("Sadly July is outside the bare-root window - they're lifted and sold only November to March.", NURSERY,
     ROSES_Q),
    ("Juniors can't climb on the bouldering wall on Mondays: it's Tuesday to Friday only.", WALL, WALL_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), OUTSIDE)
def test_a_month_or_day_outside_the_range_is_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


def test_without_the_reading_it_is_not_supported(monkeypatch: pytest.MonkeyPatch) -> None:
    """(The climbing-wall answer the fitted decision supports on its wording alone.)"""
    answer, docs, query = OUTSIDE[0]
    monkeypatch.setattr(range_outside, "READ_RANGES", False)
    assert _verdicts(answer, docs, query) != ["supported"]


def test_an_opening_adverb_is_no_name(monkeypatch: pytest.MonkeyPatch) -> None:
    assert names_in("Sadly July is outside the window") == {"july"}
    assert names_in("Stanford University is in California") >= {"stanford", "university"}  # control
    monkeypatch.setattr(tokens_module, "READ_LY_OPENERS", False)
    names_in.cache_clear()  # type: ignore[attr-defined]
    try:
        assert "sadly" in names_in("Sadly July is outside the window")
    finally:
        monkeypatch.undo()
        names_in.cache_clear()  # type: ignore[attr-defined]


def test_a_month_inside_the_range_said_outside_is_contradicted() -> None:
    answer = "Sadly January is outside the bare-root window - they're lifted and sold only November to March."
    assert _verdicts(answer, NURSERY, "Can I buy bare-root roses in January?") == ["contradicted"]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # a range the evidence does not give
    ("Sadly July is outside the bare-root window - they're lifted and sold only October to February.", NURSERY,
     ROSES_Q),
    # the range is held, but for another subject: the claim's subject words are not the sentence's
    ("Adults can't climb on the bouldering wall on Mondays: it's Tuesday to Friday only, and the cafe shuts early.",
     WALL, "Can I climb on a Monday?"),
    # a day inside the range said excluded
    ("Juniors can't climb on the bouldering wall on Wednesdays: it's Tuesday to Friday only.", WALL,
     "Can my son climb on the bouldering wall on a Wednesday?"),
])
def test_a_comparison_the_evidence_does_not_back_stays_flagged(answer: str, docs: list[Document],
                                                               query: str) -> None:
    """Controls."""
    assert _verdicts(answer, docs, query) != ["supported"]
