"""Words of any script's letters are one token (:func:`llmops_kit.text.tokens.tokens`), and a Polish sentence that
holds the preposition "do" (an English word too) is read as Polish by its other function words
(:mod:`llmops_kit.text.language`).

The ASCII word pattern cut "Przebić" into "Przebi", "odległości" into "odleg" and "ci", "Vatnajökull" into "Vatnaj" and
"kull": the pieces are no words of any language. An ASCII text is tokenised as before. Beside each reading a control
stays flagged: a changed figure in the Polish sentence, an English claim naming a place the evidence lacks.
Fixtures are our own (a tyre workshop, a bakery, a ferry line); none is taken from an evaluation set.
"""

from __future__ import annotations

import random
import re
import string

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text import language
from llmops_kit.text.language import is_foreign
from llmops_kit.text.tokens import content_stems, names_in, tokens
from llmops_kit.traces import Document

#: The word pattern the tokeniser had before it read other scripts' letters.
_ASCII_WORD = r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]"

WORKSHOP = [Document(id="ws-2", content="Repair of a puncture in the tread area: 45 zł per tyre. Punctures in the "
                                        "sidewall or within 3,5 cm of it cannot be repaired.")]
POLISH_QUESTION = "Czy naprawicie przebitą oponę?"


def _verdicts(answer: str, documents: list[Document], query: str | None = None) -> list[str]:
    """Scored afresh (a scorer passed in is not memoised), so a switch set by a test is read."""
    scorer = HeuristicScorer(load_contract())
    return [v.verdict for v in score_answer(answer, documents, query=query, scorer=scorer).support]


# ---- the tokeniser ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words"), [
    ("Przebić w boku opony nie naprawiamy", ("Przebić", "w", "boku", "opony", "nie", "naprawiamy")),
    ("w odległości od ściany", ("w", "odległości", "od", "ściany")),
    ("Şişli şubesi yarın kapalı", ("Şişli", "şubesi", "yarın", "kapalı")),
    ("Příjezd do Brna, Győr", ("Příjezd", "do", "Brna", "Győr")),
    ("Tours on Vatnajökull cost 40 zł", ("Tours", "on", "Vatnajökull", "cost", "zł")),
    ("Χανιά port", ("Χανιά", "port")),
])
def test_a_word_in_any_scripts_letters_is_one_token(text: str, words: tuple[str, ...]) -> None:
    assert tokens(text)[0] == words


def test_a_numeral_that_is_no_digit_is_no_letter() -> None:
    # "²", "½", "Ⅳ", "①" are word characters to Python's ``\w`` but no letters: "m²" is the unit word "m"
    assert tokens("a 12 m² room, 3½ hours, Ⅳ ① café-bar")[0] == ("a", "m", "room", "hours", "café-bar")


def test_an_ascii_text_is_tokenised_as_before() -> None:
    rng = random.Random(33)
    alphabet = string.ascii_letters + "'’- 0123456789.,€–"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert list(tokens(text)[0]) == re.findall(_ASCII_WORD, text.replace("’", "'")), text


def test_stems_and_names_keep_the_whole_word() -> None:
    assert {"przebić", "odległości"} <= content_stems("Przebić w odległości")
    assert "vatnajökull" in names_in("Our tours cross Vatnajökull every day")


# ---- Polish read as Polish -------------------------------------------------------------------------------

def test_a_polish_sentence_holding_do_is_polish() -> None:
    assert is_foreign("Przebić w boku opony ani w odległości do 3,5 cm od niego nie naprawiamy")


def test_an_english_sentence_with_do_stays_english() -> None:
    assert not is_foreign("We do not repair punctures within 3,5 cm of the sidewall")


@pytest.mark.parametrize("answer", [
    "Naprawa przebicia kosztuje 45 zł za oponę. Przebić w boku opony ani w odległości do 3,5 cm od niego "
    "nie naprawiamy.",
    "Przebić w boku opony ani w odległości do 3,5 cm od niego nie naprawiamy.",
])
def test_a_polish_answer_is_judged_by_its_figures(answer: str) -> None:
    assert set(_verdicts(answer, WORKSHOP, POLISH_QUESTION)) == {"supported"}


@pytest.mark.parametrize("answer", [
    "Przebić w boku opony ani w odległości do 5 cm od niego nie naprawiamy.",  # a changed distance
    "Naprawa przebicia kosztuje 60 zł za oponę.",  # a changed price
])
def test_a_changed_figure_in_the_polish_answer_stays_flagged(answer: str) -> None:
    assert _verdicts(answer, WORKSHOP, POLISH_QUESTION) != ["supported"]


def test_without_the_more_languages_the_polish_sentence_is_read_as_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "READ_MORE_LANGUAGES", False)
    answer = "Przebić w boku opony ani w odległości do 3,5 cm od niego nie naprawiamy."
    assert _verdicts(answer, WORKSHOP, POLISH_QUESTION) != ["supported"]


# ---- English claims with accented words ------------------------------------------------------------------

BAKERY = [Document(id="bk-1", content="The café on Rue Lepic opens at 07:30 and sells a crème brûlée for €4.50.")]
FERRY = [Document(id="fr-1", content="The ferry to Ærøskøbing leaves at 09:15; a return ticket is 180 DKK.")]


@pytest.mark.parametrize(("answer", "documents"), [
    ("The café on Rue Lepic opens at 07:30.", BAKERY),
    ("A crème brûlée is €4.50 at the café.", BAKERY),
    ("The ferry to Ærøskøbing leaves at 09:15.", FERRY),
])
def test_an_english_claim_with_an_accented_word_the_evidence_holds_is_supported(
        answer: str, documents: list[Document]) -> None:
    assert _verdicts(answer, documents) == ["supported"]


@pytest.mark.parametrize(("answer", "documents"), [
    ("The café on Rue Lepic opens at 08:30.", BAKERY),  # a changed time
    ("The ferry to Søby leaves at 09:15.", FERRY),  # a place the evidence lacks
])
def test_an_english_claim_with_a_wrong_fact_stays_flagged(answer: str, documents: list[Document]) -> None:
    assert _verdicts(answer, documents) != ["supported"]


# ---- scripts written without spaces between words ----------------------------------------------------------

ROASTERY = [Document(id="rc-1", content="Open Mon–Fri 7am–3pm and Sat–Sun 8am–2pm; closed on public holidays.")]


def test_a_run_of_chinese_characters_or_kana_or_thai_is_no_word() -> None:
    # a run of them is a phrase or a sentence: no word to compare with English evidence
    assert tokens("周末早上8点到下午2点营业。カラオケは 5:00 まで。ร้านเปิด 8 โมง")[0] == ()
    assert tokens("깨끗한 방 Москва")[0] == ("깨끗한", "방", "Москва")  # Korean and Russian space their words


def test_a_chinese_answer_is_read_by_its_figures() -> None:
    assert _verdicts("周六和周日早上8点到下午2点营业。", ROASTERY, "你们周末几点开门？") == ["supported"]
