"""Two readings of a claim's content words (the ``words51`` round, :mod:`llmops_kit.text.tokens`):

* an irregular verb form or noun plural is compared by its dictionary form's stem (``READ_IRREGULAR_FORMS``): "lent"
  meets "lend", "taught" meets "teach", "children" meets "child", where Snowball kept them apart and a right answer
  that changed the article's tense or number was held to invent its verb;
* the general nouns standing for whatever a sentence is about ("things", "stuff", "the list of", "that sort of") and
  the apology "sorry" are no subject the evidence must hold (``READ_GENERAL_NOUNS``), while an invented subject beside
  them still is.
"""

from __future__ import annotations

import importlib
from unittest.mock import patch

import pytest

from llmops_kit.text import content_stems
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

token_module = importlib.import_module("llmops_kit.text.tokens")  # the package exports a function so named
FLAGGED = {"absent", "contradicted", "invented", "unsupported"}

HIVE = [Document(id="hv-1", content="Open hive afternoons: we lend you a bee suit and gloves, and the veil is yours "
                                    "to keep.")]
ASKED_GLOVES = "And gloves?"
REPAIRS = [Document(id="rp-1", content="Our volunteers repair lamps, toasters, kettles and bicycles. We do not repair "
                                       "microwaves or petrol engines.")]
ASKED_MICROWAVE = "Can you fix my microwave?"


@pytest.mark.parametrize(("word", "lemma"), [
    ("lent", "lend"), ("paid", "pay"), ("sold", "sell"), ("taught", "teach"), ("brought", "bring"),
    ("held", "hold"), ("built", "build"), ("took", "take"), ("children", "child"), ("teeth", "tooth"),
])
def test_an_irregular_form_is_read_as_its_dictionary_form(word: str, lemma: str) -> None:
    assert token_module.irregular_lemma(word) == lemma


@pytest.mark.parametrize("word", ["returned", "gloves", "better", "news", "people", "left", "felt", "evening", "found"])
def test_regular_forms_and_words_of_their_own_are_not_read(word: str) -> None:
    """A regular form's dictionary form has its Snowball stem already; "better" names two dictionary forms, and
    "left", "felt", "evening", "found" are words of their own too (the side, the cloth, the time of day)."""
    assert token_module.irregular_lemma(word) is None


def test_the_forms_of_a_text_pair_their_own_stem_with_the_dictionary_forms() -> None:
    assert ("lent", "lend") in token_module.irregular_forms("Gloves are lent to every visitor.")
    assert ("taught", "teach") in token_module.irregular_forms("Knots were taught on day one.")
    assert not token_module.irregular_forms("Gloves are returned to every visitor.")
    assert "lent" in content_stems("Gloves are lent to every visitor.")  # the stems themselves are Snowball's


def test_a_changed_tense_of_the_articles_verb_is_supported() -> None:
    assert set(_verdicts("Yes, gloves are lent to you as well.", HIVE, ASKED_GLOVES)) == {"supported"}


def test_control_a_verb_the_article_never_uses_stays_flagged() -> None:
    """The form is read as its own verb, no other: gloves said sold, and posted, is no lending."""
    assert FLAGGED & set(_verdicts("Gloves are sold and posted to you as well.", HIVE, ASKED_GLOVES))


def test_general_nouns_and_the_apology_are_no_subject() -> None:
    assert token_module.general_word_stems("Sorry, microwaves are on the list of things we don't fix.") == {
        "sorri", "list", "thing"}
    assert token_module.general_word_stems("It's the kind of stuff we fix.") == {"kind", "stuff"}
    # a list, a kind or a sort alone may be the subject itself: only before "of" is it general
    assert token_module.general_word_stems("You're on the waiting list.") == frozenset()
    assert token_module.general_word_stems("We fix kettles of any make.") == frozenset()


@pytest.mark.parametrize("claim", [
    "Sorry, microwaves are on the list of things we don't repair.",
    "Kettles and lamps are the sort of things we repair.",
    "Toasters are the kind of stuff we repair.",
])
def test_a_statement_in_general_words_is_supported(claim: str) -> None:
    assert set(_verdicts(claim, REPAIRS, ASKED_MICROWAVE)) == {"supported"}


@pytest.mark.parametrize("claim", [
    "Sorry, microwaves are on the list of things we repair for free: e-bikes too.",
    "Sorry, microwaves are on the list of things we send to a partner workshop.",
])
def test_control_an_invented_subject_beside_general_words_stays_flagged(claim: str) -> None:
    assert FLAGGED & set(_verdicts(claim, REPAIRS, ASKED_MICROWAVE))


def test_switched_off_the_changed_tense_is_new_words_again() -> None:
    """The old verdict: with the switch off (and texts no other test read, so no cached reading answers), "lent" is
    a word the evidence does not hold."""
    claim = "Yes, smokers are lent as well."
    hive = [Document(id="hv-2", content="Taster sessions: we lend each beginner a smoker and a hive tool.")]
    with patch.object(token_module, "READ_IRREGULAR_FORMS", False):
        assert not token_module.irregular_forms(claim)
        assert FLAGGED & set(_verdicts(claim, hive, "And a smoker?"))


def test_switched_off_the_general_words_are_new_words_again() -> None:
    claim = "Sorry, kettles are on the list of things we don't mend."
    repairs = [Document(id="rp-2", content="Volunteers mend lamps and bicycles. We do not mend kettles.")]
    with patch.object(token_module, "READ_GENERAL_NOUNS", False):
        assert token_module.general_word_stems(claim) == frozenset()
        assert FLAGGED & set(_verdicts(claim, repairs, "Do you fix kettles?"))
