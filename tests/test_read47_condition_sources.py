"""An invented condition held at the bar only by a sentence that states no condition, and a condition of two conjuncts
of which one is invented (:data:`llmops_kit.condition_sources.READ_CONDITION_SOURCES`, the cond47 round). Each makes
its claim *unsupported*; a condition the texts do state (in their words or in other words, whole or in two parts)
stays supported, and the old verdict returns with the switch off.

The fixtures are this file's own (a farm shop, a glass studio).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import condition_sources
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

FARM = [Document(id="fs-2", content="Extras for the weekly crate: a tray of duck eggs for £4.20, a jar of local honey "
                                    "for £6.50 or a block of farmhouse cheddar for £5.00. Crates are packed on "
                                    "Thursday mornings.")]
GLASS = [Document(id="gs-7", content="You are the assistant of Vidro Azul, a glass studio in Porto. Pieces brought in "
                                     "from outside are annealed in our kiln at 15,00 € a load. Pieces must be fully "
                                     "cooled before they are brought in. Members book kiln time online.")]

ADD_ON_CASE = ("Yes, you can add a jar of local honey for £6.50, as long as you also order eggs.", FARM,
               "Can I get honey with my crate?")
CONJUNCT_CASE = ("Yes, we anneal outside pieces at 15,00 € a load, as long as they are fully cooled and you are a "
                 "studio member.", GLASS, "Can you anneal a bowl I made at home?")


@pytest.mark.parametrize(("answer", "docs", "query"), [ADD_ON_CASE, CONJUNCT_CASE])
def test_an_invented_condition_is_unsupported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["unsupported"]


@pytest.mark.parametrize(("answer", "docs", "query"), [ADD_ON_CASE, CONJUNCT_CASE])
def test_without_the_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(), patch.object(condition_sources, "READ_CONDITION_SOURCES", False):
        assert _verdicts(answer, docs, query) == ["supported"]


# ---- controls: the texts' own condition, whole or in two parts; a wrong figure beside a stated condition -------

@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the condition the texts state, in their words
    ("Yes, we anneal outside pieces at 15,00 € a load, as long as they are fully cooled.", GLASS,
     "Can you anneal a bowl I made at home?"),
    # both conjuncts the texts' own
    ("Yes, we anneal outside pieces at 15,00 € a load, as long as they are fully cooled and brought in from "
     "outside.", GLASS, "Can you anneal a bowl I made at home?"),
])
def test_control_a_stated_condition_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


def test_control_the_conjunct_the_texts_state_is_not_named() -> None:
    """Of two conjuncts the one no sentence states is named, not the one the texts' rule states."""
    texts = {"they are fully cooled": (1.0, "Pieces must be fully cooled before they are brought in."),
             "you are a studio member": (0.5, "You are the assistant of Vidro Azul, a glass studio in Porto.")}
    condition = "they are fully cooled and you are a studio member"
    found = condition_sources.unstated_condition(f"as long as {condition}", condition,
                                                 lambda text, stems: texts[text], 0.5)
    assert found == ("you are a studio member", texts["you are a studio member"][1])


def test_control_a_condition_held_by_a_sentence_stating_a_rule_is_kept() -> None:
    """Half a condition's words held by a sentence that states a rule of its own ("if", "must") is the texts'
    condition in other words; held by more than half, it is kept whatever the sentence."""
    rule = lambda text, stems: (0.5, "Items can be renewed twice if nobody has placed a hold on them.")  # noqa: E731
    held = "no one has put a hold on them"
    assert condition_sources.unstated_condition(f"as long as {held}", held, rule, 0.5) is None
    most = lambda text, stems: (0.67, "Late fees")  # noqa: E731
    paid = "the late fees are paid"
    assert condition_sources.unstated_condition(f"provided {paid}", paid, most, 0.5) is None


def test_control_an_exception_or_a_plain_once_is_not_read() -> None:
    """An exception ("unless") and a plain "once" are left to the added-condition reading as they were."""
    bare = lambda text, stems: (0.5, "Late fees")  # noqa: E731
    for marker in ("unless", "once", "if"):
        assert condition_sources.unstated_condition(f"{marker} the fees are paid", "the fees are paid", bare,
                                                    0.5) is None
    assert condition_sources.unstated_condition("as long as the fees are paid", "the fees are paid", bare,
                                                0.5) == ("the fees are paid", "Late fees")


def test_control_a_wrong_figure_beside_a_stated_condition_stays_flagged() -> None:
    """The reading keeps a stated condition; the claim's wrong price is still caught by the figure checks."""
    answer = "Yes, we anneal outside pieces at 19,00 € a load, as long as they are fully cooled."
    assert _verdicts(answer, GLASS, "Can you anneal a bowl I made at home?") != ["supported"]
