"""A sentence opening with a verb before a bare "the" ("Bring the Texas title in your name.") does not make the verb
a name the evidence must hold (``READ_VERB_OPENERS`` in :mod:`llmops_kit.text.tokens`); a word the evidence lacks
is still new. Made-up texts (a scrapyard, a museum, a ferry office)."""

from __future__ import annotations

import importlib
from unittest.mock import patch

import pytest

from llmops_kit.text.tokens import names_in
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

tokens = importlib.import_module("llmops_kit.text.tokens")  # the module: the package exports a function so named

_YARD = Document(id="yd-3", content="Whole cars: Ohio title in the seller's name required.")
_MUSEUM = Document(id="mu-1", content="The Louvre wing is open to ticket holders from 9am.")
_FERRY = Document(id="fe-2", content="Tickets are sold at the Harwich office only.")

CASES = [
    (_YARD, "Bring the Ohio title in your name.", "Bring the Ohio title and your passport."),
    (_MUSEUM, "Visit the Louvre wing from 9am with your ticket.", "Visit the Denon wing from 9am with your ticket."),
    (_FERRY, "Ask the Harwich office for tickets.", "Ask the Dover office for tickets."),
]


@pytest.mark.parametrize(("document", "faithful", "wrong"), CASES)
def test_an_opening_verb_is_no_name_and_a_new_word_is_still_new(document: Document, faithful: str,
                                                                  wrong: str) -> None:
    assert _verdicts(faithful, [document], None) == ["supported"]
    assert _verdicts(wrong, [document], None) != ["supported"]


def test_names_after_the_opening_verb_are_kept() -> None:
    assert names_in("Bring the Ohio title in your name.") == frozenset({"ohio"})
    assert names_in("Manchester City has won.") == frozenset({"manchester", "city"})
    with patch.object(tokens, "READ_VERB_OPENERS", False):
        tokens.names_in.cache_clear()  # type: ignore[attr-defined]
        try:
            assert "bring" in names_in("Bring the Ohio title in your name.")
        finally:
            tokens.names_in.cache_clear()  # type: ignore[attr-defined]
