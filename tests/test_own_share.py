"""A percentage the answer states is no operand of itself (:mod:`llmops_kit.evidence_derived`): "a 10% loyalty
discount" read as x 0.1 reached 10 again from any grounded 1 (1 / 0.1), so an invented discount passed as
arithmetic. Controls: a share the evidence states, and arithmetic with an invented-free share, stay supported.

The fixtures are this file's own (a design studio's subscription, a sailing club's deposit).
"""

from __future__ import annotations

import pytest

from llmops_kit import evidence_derived
from llmops_kit.grounding import render_tool_output
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

PLAN = [Document(id="kb-960", content="The Studio plan costs £12 per user per month, billed on the first of the "
                                      "month."),
        Document(id="tool:billing_lookup", content=render_tool_output(
            {"plan": "Studio", "seats": 4, "amount_gbp": 48.0, "next_bill": "2026-07-01"}))]
INVENTED = "£48 on 1 July for 4 Studio seats; a 10% loyalty discount will be taken off automatically."
DEPOSIT = [Document(id="kb-961", content="Boat hire needs a 10% deposit when you book. Members get 5% off hire.")]


QUESTION = "The boat I want to hire is £480 for the week. What do I pay when I book?"


def _verdicts(answer: str, docs: list[Document], query: str | None = None) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


def test_an_invented_percentage_is_not_its_own_arithmetic() -> None:
    """10 (of 10%) is held nowhere: 1 / 0.1 uses the figure to reach itself."""
    assert _verdicts(INVENTED, PLAN) == ["absent"]


def test_without_the_rule_the_invented_percentage_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_derived, "_own_share", lambda value: frozenset())
    assert _verdicts(INVENTED, PLAN) == ["supported"]


def test_a_share_the_evidence_states_and_arithmetic_with_it_are_supported() -> None:
    """Control: the article's own 10%, and a deposit computed from it on the customer's £480."""
    assert _verdicts("£48 on 1 July for 4 Studio seats.", PLAN) == ["supported"]
    assert _verdicts("A 10% deposit on the £480 hire is £48.", DEPOSIT, QUESTION) == ["supported"]
    assert _verdicts("Members get 5% off hire, so £480 of hire costs £456.", DEPOSIT, QUESTION) == ["supported"]
