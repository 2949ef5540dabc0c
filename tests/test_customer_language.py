"""A short answer in the customer's language, read with the question it answers
(:mod:`llmops_kit.customer_language`): judged by its hard facts and the names the evidence or the question holds.

Each reading fails without it (``READ_CUSTOMER_LANGUAGE`` off), and beside it a control stays flagged or stays
English: a wrong figure, a name neither the evidence nor the question holds, an English answer to a Dutch
question, a terse English list item, an English sentence quoting a foreign phrase, a Dutch answer to an English
question. Fixtures are our own (a bicycle repair shop); none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from llmops_kit import customer_language
from llmops_kit.contract import load_contract
from llmops_kit.customer_language import in_customer_language
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

SHOP = [Document(id="cy-3", content="A puncture repair costs € 12,50 and a full service € 89,00. Delivery of a "
                                    "rebuilt wheel to Germany costs € 9,95. A new inner tube is € 6,00 each.")]
DUTCH = "Wat kost een bandenreparatie?"
AFRIKAANS = "Hoeveel kos 'n binneband?"


def _verdicts(answer: str, query: str) -> list[str]:
    """Scored afresh (a scorer passed in is not memoised), so the switch below is read."""
    scorer = HeuristicScorer(load_contract())
    return [v.verdict for v in score_answer(answer, SHOP, query=query, scorer=scorer).support]


@pytest.fixture
def reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(customer_language, "READ_CUSTOMER_LANGUAGE", False)


# ---- the reading ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("answer", "query"), [
    ("Een bandenreparatie kost € 12,50.", DUTCH),  # three words: too short for the language test alone
    ("'n Binneband kos € 6,00 elk.", AFRIKAANS),  # the Afrikaans article, cut to a bare "n" by the word pattern
    ("Levering naar Duitsland kost € 9,95.", "Wat kost levering naar Duitsland?"),  # a name the question holds
])
def test_a_short_answer_in_the_customers_language_is_judged_by_its_facts(answer: str, query: str) -> None:
    assert _verdicts(answer, query) == ["supported"]


@pytest.mark.usefixtures("reading_off")
@pytest.mark.parametrize(("answer", "query"), [
    ("Een bandenreparatie kost € 12,50.", DUTCH),
    ("'n Binneband kos € 6,00 elk.", AFRIKAANS),
])
def test_without_the_reading_its_words_are_read_as_invented(answer: str, query: str) -> None:
    assert _verdicts(answer, query) != ["supported"]


# ---- controls: still flagged ----------------------------------------------------------------------------

@pytest.mark.parametrize(("answer", "query"), [
    ("Een bandenreparatie kost € 15,50.", DUTCH),  # a wrong figure
    ("'n Binneband kos € 8,00 elk.", AFRIKAANS),
    ("Levering naar Frankrijk kost € 9,95.", "Wat kost levering naar Duitsland?"),  # a name nothing holds
])
def test_a_wrong_fact_in_the_customers_language_is_still_flagged(answer: str, query: str) -> None:
    assert _verdicts(answer, query) != ["supported"]


# ---- controls: still English ----------------------------------------------------------------------------

@pytest.mark.parametrize(("claims", "query"), [
    (["It costs € 12,50"], DUTCH),  # an English-only function word: English, however short
    (["Puncture repair: € 12,50"], DUTCH),  # a terse list item: no sign of another language of its own
    (["The café's 'plat du jour' is €12"], "Quel est le plat du jour au café ?"),  # a quoted foreign phrase
    (["Een bandenreparatie kost € 12,50"], "How much is a puncture repair, please?"),  # asked in English
    (["Rock 'n' roll night: €5"], "Wat kost de rock 'n' roll avond?"),  # "'n'" closes a quote: no article
])
def test_english_answers_and_english_questions_are_not_read_as_foreign(claims: list[str], query: str) -> None:
    assert not in_customer_language(claims, query)


def test_no_question_no_reading() -> None:
    assert not in_customer_language(["Een bandenreparatie kost € 12,50"], "")
