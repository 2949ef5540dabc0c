"""Answers in Polish, Malay and Indonesian judged by their hard facts (:data:`llmops_kit.text.language.
READ_POLISH_MALAY`): their function words join the language test's tables, so a Polish answer whose "do" reads as
English, or a Malay one the tables did not list, is no longer compared word by word with English evidence. A wrong
price in such an answer stays flagged, an English answer naming a Polish or Malay place stays English, and with the
switch off the old verdicts return."""

from __future__ import annotations

import pytest

from llmops_kit import quality
from llmops_kit.quality import Document, score_answer
from llmops_kit.text import language
from llmops_kit.text.language import function_word_counts, is_foreign

ALLEY = [Document(id="b-1", content="Bowling: £7.40 per game per person, shoe hire £1.50. The café serves halal "
                                     "burgers; the kitchen is certified halal.")]

# (question, answer): Polish with "do" among its words, Malay, Indonesian, and a Malay claim with no figure
FOREIGN = [
    ("Ile kosztuje jedna gra w kręgle?",
     "Jedna gra kosztuje £7.40 za osobę, a buty do gry wypożyczysz za £1.50 na cały wieczór."),
    ("Berapa kos boling seorang?", "Satu permainan ialah £7.40 untuk setiap orang, dan sewa kasut £1.50."),
    ("Berapa biaya main boling?", "Harga satu permainan adalah £7.40 untuk setiap orang, dan sewa sepatu £1.50."),
    ("Apakah burgernya halal?", "Ya, dapur kami bersertifikat halal dan semua burger kami juga halal."),
]


def _verdicts(query: str, answer: str) -> list[str]:
    quality._memo.clear()  # verdicts are memoised on the texts alone, not on the switches
    try:
        return [v.verdict for v in score_answer(answer, ALLEY, query=query).support]
    finally:
        quality._memo.clear()


@pytest.mark.parametrize(("query", "answer"), FOREIGN)
def test_the_foreign_answer_is_judged_by_its_facts(query: str, answer: str) -> None:
    assert _verdicts(query, answer) == ["supported"]


@pytest.mark.parametrize(("query", "answer"), FOREIGN[:3])
def test_a_wrong_price_in_the_foreign_answer_is_flagged(query: str, answer: str) -> None:
    assert _verdicts(query, answer.replace("£7.40", "£7.90")) == ["contradicted"]


@pytest.mark.parametrize("claim", [
    "A game at Sklep Pod Lipami is £7.40 per person, plus £1.50 for shoes",  # Polish "pod" in a name
    "A game is £7.40 per person at our Kampung Dalam centre, plus £1.50 for shoes",  # Malay "dalam" in a name
    "Ask for Siti Kami at the desk on Jalan Untuk if you need help",
])
def test_an_english_answer_naming_a_polish_or_malay_place_stays_english(claim: str) -> None:
    assert not is_foreign(claim)


def test_the_words_are_counted() -> None:
    assert is_foreign("Stolik kosztuje £12 za godzinę, za stolik, a nie za osobę")
    assert is_foreign("Kolam renang dibuka setiap hari dari pukul 7 pagi")


def test_polish_words_that_are_swahili_too_count_only_beside_an_accent() -> None:
    """"za" and "na" are Swahili as well: a Swahili answer stays with the reading that holds its names."""
    assert function_word_counts("Mbio za kilomita 10 zinaanza saa 7:15, Jumamosi tarehe 28 Machi")[1] == 0
    assert function_word_counts("Stolik kosztuje £12 za godzinę")[1] == 1


@pytest.mark.parametrize(("query", "answer"), FOREIGN)
def test_switched_off_the_old_verdicts_return(monkeypatch: pytest.MonkeyPatch, query: str, answer: str) -> None:
    monkeypatch.setattr(language, "READ_POLISH_MALAY", False)
    # the lang56 round reads Polish "do" in an accented sentence as no English word, which makes "... buty do gry
    # wypożyczysz ..." Polish by itself: switched off too, for this reading's old verdict
    monkeypatch.setattr(language, "READ_LANG56_WORDS", False)
    assert _verdicts(query, answer) == ["unsupported"]
