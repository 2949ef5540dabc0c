"""Answers in another language the function-word tables do not list
(:func:`llmops_kit.customer_language.in_unlisted_language`).

A Swahili, Malay or Somali answer to a question in the same language is judged by its hard facts, as a
Spanish one is: a faithful translation with every figure held passes, a changed figure stays flagged. An
English exchange is never read as one (an English function word, or the answer repeating only the evidence's
words). Fixtures are our own (a bicycle hire); none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from llmops_kit import customer_language
from llmops_kit.contract import load_contract
from llmops_kit.customer_language import in_unlisted_language
from llmops_kit.grounding import Evidence, EvidenceSource
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

HIRE = [Document(id="bh-1", content="Bicycle hire costs 45.00 per day and 12.00 per hour. A helmet is included. "
                                    "The deposit is 100.00, returned when the bicycle comes back.")]

SWAHILI = "Kukodisha baiskeli kwa siku ni bei gani?"
MALAY = "Berapa harga sewa basikal sehari?"
SOMALI = "Immisa ayay ku kacaysaa kirada baaskiilka maalintii?"


def _verdicts(answer: str, query: str, docs: list[Document] = HIRE) -> list[str]:
    """Scored afresh (a scorer passed in is not memoised), so the switches below are read."""
    scorer = HeuristicScorer(load_contract())
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=scorer).support]


@pytest.fixture
def reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(customer_language, "READ_UNLISTED_LANGUAGES", False)


# ---- a language no table lists ----------------------------------------------------------------------------

FAITHFUL = [
    ("Kukodisha baiskeli kwa siku ni 45.00.", SWAHILI),
    ("Harga sewa basikal ialah 45.00 sehari.", MALAY),
    ("Kirada baaskiilka maalintii waa 45.00.", SOMALI),
]


@pytest.mark.parametrize(("answer", "query"), FAITHFUL)
def test_a_faithful_answer_in_an_unlisted_language_is_judged_by_its_figures(answer: str, query: str) -> None:
    assert _verdicts(answer, query) == ["supported"]


@pytest.mark.usefixtures("reading_off")
@pytest.mark.parametrize(("answer", "query"), FAITHFUL)
def test_without_the_reading_its_words_are_read_as_invented(answer: str, query: str) -> None:
    assert _verdicts(answer, query) != ["supported"]


@pytest.mark.parametrize(("answer", "query"), [
    ("Kukodisha baiskeli kwa siku ni 55.00.", SWAHILI),  # a changed figure
    ("Harga sewa basikal ialah 54.00 sehari.", MALAY),
    ("Kirada baaskiilka maalintii waa 40.00.", SOMALI),
    ("Amana ya baiskeli ni 150.00.", "Amana ya baiskeli ni kiasi gani?"),  # a changed deposit
])
def test_a_changed_figure_stays_flagged(answer: str, query: str) -> None:
    assert _verdicts(answer, query) != ["supported"]


def _evidence(query: str) -> Evidence:
    return Evidence([*(EvidenceSource(f"document {d.id}", d.content) for d in HIRE),
                     EvidenceSource("user message", query, user=True)], None)


@pytest.mark.parametrize(("claims", "query"), [
    (["Bicycle hire costs 45.00 a day"], "What does bicycle hire cost?"),  # English, function words
    (["Kukodisha baiskeli kwa siku ni 45.00"], "How much is bicycle hire per day?"),  # an English question
    (["Bicycle hire: 45.00 daily, helmet included"], "Bicycle hire price daily?"),  # terse English, evidence words
    (["Hire 45.00"], "Price?"),  # too few words
])
def test_an_english_exchange_is_not_read_as_an_unlisted_language(claims: list[str], query: str) -> None:
    assert not in_unlisted_language(claims, query, _evidence(query))
