"""Answers in another language the function-word tables do not list, and a list of hours in another language
(:func:`llmops_kit.customer_language.in_unlisted_language`, :func:`llmops_kit.text.foreign_facts.english_facts`).

A Swahili, Malay or Somali answer to a question in the same language is judged by its hard facts, as a
Spanish one is: a faithful translation with every figure held passes, a changed figure stays flagged. An
English exchange is never read as one (an English function word, or the answer repeating only the evidence's
words). A Spanish list of hours is compared as the evidence's English list writes it; a changed hour in it
stays flagged. Fixtures are our own (a bicycle hire, a wine cellar); none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from llmops_kit import customer_language
from llmops_kit.contract import load_contract
from llmops_kit.customer_language import in_unlisted_language
from llmops_kit.grounding import Evidence, EvidenceSource
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text import foreign_facts, language
from llmops_kit.traces import Document

HIRE = [Document(id="bh-1", content="Bicycle hire costs 45.00 per day and 12.00 per hour. A helmet is included. "
                                    "The deposit is 100.00, returned when the bicycle comes back.")]
CELLAR = [Document(id="vt-1", content="Guided visits run Monday to Saturday at 10, 12 and 15:30 hs and last "
                                      "75 minutes.")]

SWAHILI = "Kukodisha baiskeli kwa siku ni bei gani?"
MALAY = "Berapa harga sewa basikal sehari?"
SOMALI = "Immisa ayay ku kacaysaa kirada baaskiilka maalintii?"
SPANISH = "¿A qué hora son las visitas?"


def _verdicts(answer: str, query: str, docs: list[Document] = HIRE) -> list[str]:
    """Scored afresh (a scorer passed in is not memoised), so the switches below are read."""
    scorer = HeuristicScorer(load_contract())
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=scorer).support]


@pytest.fixture
def reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(customer_language, "READ_UNLISTED_LANGUAGES", False)
    monkeypatch.setattr(foreign_facts, "READ_HOUR_LISTS", False)
    # Malay has been listed since the counts45 round: its words alone would read the Malay answer as foreign
    monkeypatch.setattr(language, "READ_POLISH_MALAY", False)


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


# ---- a list of hours --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("answer", "held"), [
    ("Las visitas son a las 10, 12 y 15:30 hs.", True),  # a list of hours, as the evidence's "at 10, 12 and 15:30"
    ("Las visitas son a las 11, 12 y 15:30 hs.", False),  # a changed hour in the list
    ("Las visitas son a las 10, 12 y 16:30 hs.", False),
    ("Las visitas duran 90 minutos y son a las 10, 12 y 15:30 hs.", False),  # a changed length
])
def test_a_list_of_hours_is_compared_as_the_evidence_writes_it(answer: str, held: bool) -> None:
    assert (_verdicts(answer, SPANISH, CELLAR) == ["supported"]) is held


@pytest.mark.usefixtures("reading_off")
def test_without_the_reading_the_first_hour_of_a_list_is_read_as_a_clock_time() -> None:
    assert foreign_facts.english_facts("a las 10, 12 y 15:30 hs") == "a las 10:00, 12 y 15:30 hs"
    assert _verdicts("Las visitas son a las 10, 12 y 15:30 hs.", SPANISH, CELLAR) != ["supported"]


@pytest.mark.parametrize(("text", "english"), [
    ("a las 10, 12 y 15:30 hs", "a las 10, 12 y 15:30 hs"),  # a list: the figures as written
    ("abre a las 10 de la mañana", "abre a las 10:00 de la mañana"),  # one hour: still a clock time
    ("dalle 14, e chiude alle 18", "dalle 14:00, e chiude alle 18:00"),  # a comma, then words: no list
])
def test_only_an_hour_heading_a_list_stays_a_figure(text: str, english: str) -> None:
    assert foreign_facts.english_facts(text) == english
