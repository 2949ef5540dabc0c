"""The month May beside a day or a year is a name the evidence must hold (``READ_DATED_MAY``): "may" is a stop word
for the modal verb, so a date moved to May passed where one moved to June was caught."""

from __future__ import annotations

import importlib
from unittest.mock import patch

import pytest

from llmops_kit.text import names_in
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

token_module = importlib.import_module("llmops_kit.text.tokens")  # the package exports a function so named
FLAGGED = {"absent", "contradicted", "invented", "unsupported"}
MARCH = [Document(id="cl-1", content="Pottery classes for beginners restart on 12 March 2027, every Tuesday evening.")]
MAY = [Document(id="cl-2", content="Pottery classes for beginners restart on 12 May 2027, every Tuesday evening.")]
ISO_MAY = [Document(id="cl-3", content="restart_date: 2027-05-12\ncourse: beginners pottery")]
ASKED = "When do the beginners' pottery classes restart?"


@pytest.mark.parametrize("claim", [
    "The beginners' classes restart on 12 May 2027.",
    "The beginners' classes restart on May 12, 2027.",
    "The beginners' classes restart on May 12th.",
])
def test_a_date_moved_to_may_is_flagged(claim: str) -> None:
    assert FLAGGED & set(_verdicts(claim, MARCH, ASKED))


@pytest.mark.parametrize(("claim", "evidence"), [
    ("The beginners' classes restart on 12 May 2027.", MAY),
    ("The beginners' classes restart on May 12, 2027.", MAY),
    ("The beginners' classes restart on 12 May 2027.", ISO_MAY),
])
def test_the_right_may_date_is_supported(claim: str, evidence: list[Document]) -> None:
    assert set(_verdicts(claim, evidence, ASKED)) == {"supported"}


@pytest.mark.parametrize("sentence", [
    "You may bring 2 friends to the first class.",
    "Classes may run 2 hours on Tuesdays.",
    "Our May offer is 10% off.",
])
def test_the_modal_verb_and_an_undated_may_are_no_name(sentence: str) -> None:
    assert "may" not in names_in(sentence)


def test_dated_may_is_a_name() -> None:
    assert "may" in names_in("Classes restart on 12 May 2027.")
    assert "may" in names_in("Classes restart in May 2027.")


def test_switched_off_a_date_moved_to_may_passes_again() -> None:
    """The old verdict: with the switch off (and a text no other test read, so no cached reading answers), the date
    moved to May is supported."""
    claim = "Pottery classes for beginners restart on 12 May 2027."
    with patch.object(token_module, "READ_DATED_MAY", False):
        assert "may" not in names_in(claim)
        assert set(_verdicts(claim, MARCH, ASKED)) == {"supported"}
