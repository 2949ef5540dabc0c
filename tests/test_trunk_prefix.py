"""A national number's trunk "0" stands where the international form has its country code
(:func:`llmops_kit.text.numbers.same_grouped_number`): made-up contact numbers, the same number held in either
form, another number still flagged."""

from __future__ import annotations

import pytest

from llmops_kit.quality import Document, score_answer
from llmops_kit.text import same_grouped_number

KENNELS = [Document(id="k-9", content="To book a stay, ring the kennels on 0800 246 1357, Monday to Friday.")]
FERRY = [Document(id="f-2", content="Changes to a booking: call +353 21 455 0187 from 8am to 6pm.")]


def _held(documents: list[Document], answer: str) -> bool:
    return all(v.supported for v in score_answer(answer, documents, query="Who do I call?").support)


@pytest.mark.parametrize(("documents", "answer"), [
    (KENNELS, "To book a stay, ring the kennels on +44 800 246 1357."),
    (FERRY, "For changes to a booking, call 021 455 0187."),
])
def test_the_same_number_in_the_other_form_is_held(documents: list[Document], answer: str) -> None:
    assert _held(documents, answer)


@pytest.mark.parametrize(("documents", "answer"), [
    (KENNELS, "To book a stay, ring the kennels on +44 800 246 1375."),
    (FERRY, "For changes to a booking, call 021 455 0178."),
])
def test_another_number_is_flagged(documents: list[Document], answer: str) -> None:
    assert not _held(documents, answer)


def test_the_reader() -> None:
    assert same_grouped_number("448001570420", "08001570420")
    assert same_grouped_number("0214550187", "353214550187")
    assert not same_grouped_number("448001570421", "08001570420")
    # a code of more than three digits is no country code
    assert not same_grouped_number("44448001570420", "08001570420")
