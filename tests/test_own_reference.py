"""A question that looks up a record by the customer's own reference is not a retrieval miss when the answer
declines it (:func:`llmops_kit.retrieval_fit.asks_about_own_reference`): no article is expected to hold a payment
id or a booking reference. Controls: a product code, a reference an article prints, a postcode, no reference."""

from __future__ import annotations

import pytest

from llmops_kit.retrieval_fit import asks_about_own_reference
from llmops_kit.traces import Document

ARTICLES = [Document(id="kb-1", content="Deposits are A$100, taken when you book. Codes such as FAQ-2291 are "
                                        "printed on the back of your card.")]


@pytest.mark.parametrize("question", [
    "Refund ref e1f01930364262129979b8c2d6a9e4f3, is that my deposit?",  # machine-made id
    "What's payment 5e1aa93c0e2f5555555555554444ab37 on my statement?",
    "Is booking BK-3391 confirmed?",  # a reference word before the code
    "Where is my order no. 4471902?",
])
def test_a_lookup_by_the_customers_own_reference(question: str) -> None:
    assert asks_about_own_reference(question, ARTICLES)


@pytest.mark.parametrize("question", [
    "Do you stock the GS-220 tent?",  # a product's code, no reference word
    "What does ref FAQ-2291 on my card mean?",  # a reference the article prints
    "I live in 2088, is that close?",  # a postcode is no record's reference
    "How much is the deposit?",
])
def test_no_lookup_by_an_own_reference(question: str) -> None:
    """Controls: these questions are still read for whether the articles miss them."""
    assert not asks_about_own_reference(question, ARTICLES)
