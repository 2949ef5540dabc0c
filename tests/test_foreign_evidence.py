"""An English answer read from help articles in another language is judged by its hard facts alone
(:mod:`llmops_kit.foreign_evidence`), with a control per case that must stay flagged. The fixtures are this file's
own (a Lisbon car park in Portuguese, a Munich bike hire in German, a Seville museum in Spanish)."""

from __future__ import annotations

import pytest

from llmops_kit import foreign_evidence, quality
from llmops_kit.evidence import EvidenceSource
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

CAR_PARK = [Document(id="pq-01", content="O cartão mensal custa 95,00 € e dá acesso ao parque de segunda a sábado, "
                                         "das 07:00 às 21:00. O cartão perdido é substituído por 12,50 €.")]
BIKES = [Document(id="rad-3", content="Die Kaution für ein E-Bike beträgt 150 € und wird bei der Rückgabe erstattet. "
                                      "Eine Reservierung ist bis 14 Tage vorher kostenlos stornierbar.")]
MUSEUM = [Document(id="mu-7", content="La entrada general cuesta 12 € y la reducida 6 €. El museo cierra los lunes."),
          Document(id="mu-8", content="Las visitas guiadas salen a las 11:00 y a las 17:00 desde el vestíbulo.")]
ENGLISH_TOO = [*MUSEUM, Document(id="mu-en", content="Guided tours leave from the main hall and last one hour.")]


def _verdicts(answer: str, docs: list[Document], query: str | None = None) -> list[str]:
    quality._memo.clear()  # a verdict kept from another switch setting is not this one's
    return [v.verdict for v in score_answer(answer, docs, query=query).support]


@pytest.mark.parametrize(("answer", "docs"), [
    ("The monthly card costs 95,00 € and lets you in Monday to Saturday, 07:00 to 21:00.", CAR_PARK),
    ("A lost card is replaced for 12,50 €.", CAR_PARK),
    ("The e-bike deposit is 150 € and you get it back when you return the bike.", BIKES),
    ("Guided tours start at 11:00 and 17:00 from the lobby.", MUSEUM),
])
def test_a_faithful_english_answer_to_foreign_articles_is_supported_by_its_hard_facts(
        answer: str, docs: list[Document]) -> None:
    support = score_answer(answer, docs).support
    assert [v.verdict for v in support] == ["supported"] * len(support)
    assert all(v.source == "the evidence (hard facts)" for v in support)


@pytest.mark.parametrize(("answer", "docs"), [
    ("The monthly card costs 105,00 € and lets you in Monday to Saturday.", CAR_PARK),
    ("The e-bike deposit is 200 € and you get it back when you return the bike.", BIKES),
    ("Guided tours start at 10:00 from the lobby.", MUSEUM),
])
def test_control_a_figure_no_foreign_article_holds_stays_absent(answer: str, docs: list[Document]) -> None:
    assert _verdicts(answer, docs) == ["absent"]


def test_a_day_count_the_article_writes_in_its_language_is_a_length_of_time() -> None:
    assert _verdicts("You can cancel free of charge up to 14 days before.", BIKES) == ["supported"]
    # control: another count of days is contradicted by the article's
    assert _verdicts("You can cancel free of charge up to 21 days before.", BIKES) == ["contradicted"]


def test_control_one_english_article_keeps_the_words_compared() -> None:
    sources = [EvidenceSource("document mu-7", MUSEUM[0].content), EvidenceSource("document mu-en",
                                                                                  ENGLISH_TOO[-1].content)]
    assert foreign_evidence.in_other_language(sources[:1], ["Entry is 12 €."])
    assert not foreign_evidence.in_other_language(sources, ["Entry is 12 €."])


def test_control_an_answer_in_another_language_is_left_to_its_own_rule() -> None:
    sources = [EvidenceSource("document mu-7", MUSEUM[0].content)]
    assert not foreign_evidence.in_other_language(sources, ["La entrada general cuesta 12 € y la reducida 6 €."])


def test_the_system_prompt_and_the_customer_do_not_make_the_documents_english() -> None:
    sources = [EvidenceSource("document pq-01", CAR_PARK[0].content),
               EvidenceSource("system prompt", "You are the assistant of a car park in Lisbon. Use only the notes."),
               EvidenceSource("user message", "How much is the monthly card?", user=True)]
    assert foreign_evidence.in_other_language(sources, ["The monthly card is 95,00 €."])


def test_switched_off_the_english_words_are_compared_with_the_foreign_article(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(foreign_evidence, "READ_FOREIGN_EVIDENCE", False)
    assert _verdicts("A lost card is replaced for 12,50 €.", CAR_PARK) == ["unsupported"]
    # the weekdays are names no English text holds, and "14 Tage" is no length of time
    assert _verdicts("The monthly card lets you in Monday to Saturday, 07:00 to 21:00.", CAR_PARK) == ["absent"]
    assert _verdicts("You can cancel free of charge up to 14 days before.", BIKES) == ["absent"]
