"""A decline naming the knowledge base by the trace's own word (``llmops_kit.text.source_nouns``)."""

from __future__ import annotations

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text import claim_text
from llmops_kit.text.source_nouns import declines_by_source, document_sources, trace_source_nouns
from llmops_kit.traces import Document

CITE = r"\[kb-\d{3}\]"
POTTERY = ("You help the customers of a pottery studio. Use only the kiln notes and tool results in front of you. "
           "If they don't answer something, say so.")
NOUNS = trace_source_nouns(POTTERY)


@pytest.mark.parametrize(("prompt", "sources", "nouns"), [
    (POTTERY, (), ("notes",)),
    ("Base every answer on the lease-terms clauses and tool results supplied.", ("lease-terms",), ("clauses", "terms")),
    ("Answer only from the practice articles and tool results provided.", (), ("articles",)),
    ("Answer from the knowledge-base articles and tool results only.", ("shop-help",), ("articles",)),
    ("Only use the rate card and the tool results you get.", (), ("card",)),
    ("Be friendly.", ("boat-rules", "boat-rules"), ("rules",)),
    (None, (), ()),
])
def test_source_nouns_come_from_the_prompt_and_the_document_sources(
        prompt: str | None, sources: tuple[str, ...], nouns: tuple[str, ...]) -> None:
    """The head of the phrase before "and (the) tool results" names the texts, and so does a document source's
    last part; a modifier ("practice"), "help" and "base" name nothing on their own."""
    assert trace_source_nouns(prompt, sources) == nouns


def test_document_sources_are_read_once_each_in_order() -> None:
    assert document_sources([{"source": "boat-rules"}, {}, {"source": "boat-rules"}, {"source": 3}]) == ("boat-rules",)


@pytest.mark.parametrize("sentence", [
    "That isn't covered by our kiln notes",
    "Sorry, that's not in the kiln notes",
    "That's not on our kiln notes, sorry",
    "The kiln notes don't say, I'm afraid",
    "Our notes don't mention glaze workshops or group discounts",
    "That's not something the kiln notes cover",
    "The notes say nothing about parking",
])
def test_a_decline_naming_the_traces_own_texts_is_no_claim(sentence: str) -> None:
    """Without the trace's nouns the sentence is kept as a claim; with them it is the refusal explaining itself."""
    assert claim_text(sentence, CITE, (), 3) is not None
    assert declines_by_source(sentence, NOUNS)
    assert claim_text(sentence, CITE, (), 3, None, NOUNS) is None


@pytest.mark.parametrize("sentence", [
    "The kiln notes say the kiln runs on Fridays",  # names the texts to state a fact
    "The studio rules don't allow children under 12 at the wheel",  # a rule, not the texts' silence
    "The notes don't mention the 2024 firing fee",  # a figure
    "That isn't covered by our tariff sheet",  # a noun the trace does not use for its texts
    "That isn't covered by the kiln warranty, but glazes are",  # a turn to a statement
    "The kiln notes don't cover raku firing",  # what the texts (or a plan) cover, of a thing named: a fact
])
def test_a_sentence_that_states_something_or_names_other_texts_stays_a_claim(sentence: str) -> None:
    assert not declines_by_source(sentence, NOUNS)
    assert claim_text(sentence, CITE, (), 3, None, NOUNS) is not None


def test_a_house_rule_stays_a_claim_where_the_rules_are_the_source() -> None:
    """Where "rules" names the texts, a rule they state ("don't allow") is still a claim, not a decline."""
    nouns = trace_source_nouns("Answer in line with the household rules and tool results you are given.")
    assert declines_by_source("The household rules do not cover that", nouns)
    assert not declines_by_source("The household rules do not allow bonfires", nouns)
    assert not declines_by_source("The household rules do not cover bonfires on the plots", nouns)


def test_the_scorer_reads_the_nouns_from_the_system_prompt_and_the_document_metadata() -> None:
    """Scored with the trace's prompt (or its documents' ``metadata.source``) the decline is no claim; with
    neither it is judged as a claim and found unsupported."""
    answer = "That's not on our rate card, sorry."
    docs = [Document(id="rc-1", content="A window clean for a two-bedroom flat costs 450 rand.")]
    tagged = [Document(id="rc-1", content=docs[0].content, metadata={"source": "rate-card"})]
    prompt = "Only use the rate card and the tool results you get."
    assert score_answer(answer, docs, query="Do you clean solar panels?", instructions=prompt).claims == 0
    assert score_answer(answer, tagged, query="Do you clean solar panels?").claims == 0
    plain = score_answer(answer, docs, query="Do you clean solar panels?", instructions="Be friendly.")
    assert plain.claims == 1
