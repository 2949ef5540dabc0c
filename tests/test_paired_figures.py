"""Two figures the evidence states, each paired with another (:mod:`llmops_kit.paired_figures`): "£60 for 3 hours"
where the evidence prices the 3-hour class at £35 and gives the £60 session 90 minutes, and a figure said twice
("the 10 GB plan gives you 10 GB") where the evidence gives that plan another allowance. Each with controls: the
evidence's own pairing, one figure paired and the other stated alone, the customer's figure, arithmetic, and a
figure the evidence states twice too stay supported.

The fixtures are this file's own (a climbing wall, a kayak hire, a broadband plan, a dog walker).
"""

from __future__ import annotations

import pytest

from llmops_kit import grounding
from llmops_kit.paired_figures import swapped_pair
from llmops_kit.quality import HeuristicScorer, evidence_sources, score_answer
from llmops_kit.traces import Document

CLIMB = [Document(id="cw-1", content="A 3-hour beginner class is £35 per person, shoes included. A private "
                                      "coaching session is £60 for 90 minutes. Day passes cost £12.")]
KAYAK = [Document(id="kh-1", content="Single kayaks are €25 for 2 hours. Doubles are €40 for 4 hours. "
                                      "Life jackets are free.")]
PLANS = [Document(id="bb-1", content="Every plan includes calls at no extra cost, with a data allowance of 4 GB "
                                     "per month on the 10 GB plan and 2 GB on the 5 GB plan.")]
DOGS = [Document(id="dw-1", content="A group walk lasts 1 hour and costs £15. A £20 deposit is due 7 days before "
                                    "the first walk. Deposits are refunded within 14 days.")]
TWICE = [Document(id="bb-2", content="The 10 GB plan gives you 10 GB of data per month, and the 5 GB plan 5 GB.")]


def _verdicts(answer: str, docs: list[Document], query: str | None = None) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


#: Each figure held, but each with another: the claim crosses the pairs.
SWAPPED = [
    ("Private coaching is £60 for 3 hours.", CLIMB),  # £60 is for 90 minutes; 3 hours is the £35 class
    ("€25 for 4 hours paddling solo.", KAYAK),  # €25 is for 2 hours; 4 hours is the €40 double
    ("On the 10 GB plan your data allowance is 10 GB per month.", PLANS),  # the 10 GB plan's allowance is 4 GB
]


@pytest.mark.parametrize(("answer", "docs"), SWAPPED)
def test_a_crossed_pair_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), SWAPPED)
def test_without_the_reading_the_crossed_pair_passes(answer: str, docs: list[Document],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grounding, "swapped_pair", lambda *args, **kwargs: None)
    assert _verdicts(answer, docs) == ["supported"]


def test_the_verdict_quotes_the_sentence_pairing_the_figure() -> None:
    (verdict,) = score_answer("Private coaching is £60 for 3 hours.", CLIMB, scorer=HeuristicScorer()).support
    assert verdict.evidence == "A private coaching session is £60 for 90 minutes."
    assert verdict.missing == ("3 hour",)


@pytest.mark.parametrize(("answer", "docs"), [
    ("Private coaching is £60 for 90 minutes.", CLIMB),  # the evidence's own pairing
    ("Private coaching is £60 for an hour and a half.", CLIMB),  # the same duration in words
    ("The beginner class is £35 for 3 hours.", CLIMB),  # the other pairing, as stated
    ("A single kayak is €25 for 2 hours.", KAYAK),
    ("On the 10 GB plan your data allowance is 4 GB per month.", PLANS),  # the right allowance
    ("The 10 GB plan gives you 10 GB of data per month.", TWICE),  # the evidence states it twice too
    ("The £20 deposit is refunded within 14 days.", DOGS),  # 14 days is stated alone: not another pairing
])
def test_the_evidence_pairing_stays_supported(answer: str, docs: list[Document]) -> None:
    assert _verdicts(answer, docs) == ["supported"]


def test_the_customers_own_figure_is_theirs() -> None:
    """A figure the customer states is not read as one the evidence pairs."""
    assert swapped_pair("Private coaching is £60 for 3 hours.", _evidence(CLIMB, "Coaching for 3 hours?")) is None


def test_written_arithmetic_is_left_to_the_arithmetic_step() -> None:
    assert swapped_pair("Two sessions at £60 each make 3 hours.", _evidence(CLIMB)) is None


def test_two_durations_compare_in_minutes() -> None:
    """'2 hours' is the '120 minutes' a sentence pairs with the price: no clash."""
    docs = [Document(id="x-1", content="A lesson is £50 for 120 minutes. A taster is £20 for 30 minutes.")]
    assert swapped_pair("A lesson is £50 for 2 hours.", _evidence(docs)) is None


def _evidence(docs: list[Document], query: str | None = None) -> grounding.Evidence:
    """The evidence a scorer reads for the documents and the customer's message."""
    return grounding.Evidence(evidence_sources(docs, query=query), "")
