"""The quality score: groundedness against the recorded context, contract rules, the optional judge."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import httpx2
import openai
import pytest

from llmops_kit.contract import load_contract
from llmops_kit.judge import LLMJudgeScorer
from llmops_kit.quality import (
    HeuristicScorer,
    QualityReport,
    Scorer,
    score_answer,
    score_trace,
    split_sentences,
)
from llmops_kit.traces import Document, Message, PromptRef, Span, Trace

DOCS = [
    Document(
        id="kb-101",
        title="Returning a bike",
        content="Bikes may be returned within 45 days of delivery if unridden. Refunds go back to the original "
        "card within 6 business days. Return shipping is handled by Veloship.",
        score=0.82,
    ),
    Document(
        id="kb-102",
        title="Servicing",
        content="Every bike includes one free tune-up at any partner workshop during the first 90 days.",
        score=0.61,
    ),
]
CITE = "Use only the articles. Cite each fact with its article id, e.g. [kb-001]."
PLAIN = "Answer the rider's question in a friendly way."
QUERY = "How long do I have to return a bike?"


def test_supported_claim_scores_one():
    """A claim whose words, number and name all come from one document is supported."""
    report = score_answer("Unridden bikes may be returned within 45 days of delivery [kb-101].", DOCS,
                          query=QUERY, instructions=CITE)
    assert report.evaluable and report.score == 1.0 and report.unsupported_sentences == []


def test_paraphrase_that_keeps_the_facts_is_supported():
    """Other words and "six" for 6 still count as the same facts."""
    answer = "If the bike is unridden, you can return it up to 45 days after delivery. Your refund goes to the " \
             "original card within six business days."
    report = score_answer(answer, DOCS, query=QUERY, instructions=PLAIN)
    assert report.groundedness == 1.0 and report.claims == 2


def test_changed_number_makes_a_claim_unsupported():
    """The same sentence with 60 instead of 45 days is not supported."""
    report = score_answer("Unridden bikes may be returned within 60 days of delivery.", DOCS, query=QUERY)
    assert report.groundedness == 0.0
    assert report.unsupported_sentences == ["Unridden bikes may be returned within 60 days of delivery."]


def test_invented_partner_name_makes_a_claim_unsupported():
    """A name that appears nowhere in the context (a different carrier) is not supported."""
    report = score_answer("Return shipping is handled by FastFreight.", DOCS, query=QUERY)
    assert report.unsupported_sentences == ["Return shipping is handled by FastFreight."]


def test_claim_without_word_overlap_is_unsupported():
    """A fact the documents never mention is unsupported even without numbers or names."""
    report = score_answer("Every bike comes with a lifetime frame warranty and free accessories.", DOCS,
                          query="Is there a warranty on the frame of the bike?")
    assert report.groundedness == 0.0


def test_groundedness_is_the_share_of_supported_claims():
    """One supported and one invented claim give groundedness 0.5."""
    answer = "Refunds go back to the original card within 6 business days. You also receive a 20% store voucher."
    report = score_answer(answer, DOCS, query="When do I get my refund for a returned bike?")
    assert report.groundedness == 0.5 and len(report.unsupported_sentences) == 1


def test_banned_phrase_pushes_a_grounded_answer_below_the_floor():
    """The contract's banned opener is a violation, enough to fail the answer floor on its own."""
    contract = load_contract()
    answer = "As an AI assistant, I'd be happy to help! Bikes may be returned within 45 days of delivery."
    report = score_answer(answer, DOCS, query=QUERY, instructions=PLAIN)
    assert report.groundedness == 1.0
    assert any("banned phrase" in v for v in report.violations)
    assert not report.passes(contract.quality.answer_floor)


def test_banned_phrases_come_from_the_contract():
    """A contract with other banned phrases flags those and ignores the default ones."""
    base = load_contract()
    contract = base.model_copy(update={"quality": base.quality.model_copy(update={"banned_phrases": ["Cheers"]})})
    answer = "Cheers! Bikes may be returned within 45 days of delivery."
    assert score_answer(answer, DOCS, query=QUERY, contract=contract).violations == ["banned phrase(s): 'Cheers'"]
    assert score_answer("As an AI assistant: " + answer, DOCS, query=QUERY, contract=contract).violations == [
        "banned phrase(s): 'Cheers'"
    ]


def test_missing_citations_are_a_violation_when_instructions_ask_for_them():
    """Instructions that say "cite" make an uncited claim a violation."""
    report = score_answer("Bikes may be returned within 45 days of delivery.", DOCS, query=QUERY, instructions=CITE)
    assert report.violations == ["citations required by the instructions but missing on 1 of 1 claims"]
    assert report.score == pytest.approx(0.65)


def test_citations_are_not_required_when_instructions_do_not_ask():
    """Without a citation instruction the same uncited answer has no violation."""
    report = score_answer("Bikes may be returned within 45 days of delivery.", DOCS, query=QUERY, instructions=PLAIN)
    assert report.violations == [] and report.score == 1.0


def test_citing_a_document_that_was_not_retrieved_is_a_violation():
    """A citation id that matches the pattern but names no retrieved document is flagged."""
    report = score_answer("Bikes may be returned within 45 days of delivery [kb-999].", DOCS, query=QUERY,
                          instructions=CITE)
    assert report.violations == ["cites documents that were not retrieved: kb-999"]


def test_refusal_is_fine_when_the_context_lacks_the_answer():
    """A refusal to a question the documents do not cover scores 1.0 with no claims."""
    report = score_answer("I don't have that information in our help articles. I can connect you with an agent.",
                          DOCS, query="Do you sell electric scooters in Canada?", instructions=CITE)
    assert report.score == 1.0 and report.claims == 0 and report.violations == []


def test_answering_when_the_context_lacks_the_answer_is_a_violation():
    """An answer where a refusal was expected is flagged and unsupported."""
    report = score_answer("Yes, we ship electric scooters to Canada.", DOCS,
                          query="Do you sell electric scooters in Canada?")
    assert "the retrieved context does not cover the question, yet the answer did not refuse" in report.violations
    assert report.score == 0.0


def test_refusing_when_the_context_covers_the_question_is_a_violation():
    """A refusal although a document answers the question is penalised."""
    report = score_answer("I don't know.", DOCS, query=QUERY)
    assert report.violations == ["refused although the retrieved context covers the question"]
    assert report.score == pytest.approx(0.65)


def test_empty_retrieval_is_evaluable_and_claims_are_unsupported():
    """An empty document list is a fact (nothing was found), so claims made anyway are unsupported."""
    report = score_answer("Bikes may be returned within 45 days.", [], query=QUERY)
    assert report.evaluable and report.groundedness == 0.0


@pytest.mark.parametrize(
    ("answer", "documents", "needle"),
    [
        (None, DOCS, "no answer"),
        ("   ", DOCS, "no answer"),
        ("Bikes may be returned within 45 days.", None, "no retrieved documents"),
        ("Bikes may be returned within 45 days.", [Document(id="kb-1"), Document(id="kb-2")], "without their text"),
    ],
)
def test_not_evaluable_without_answer_or_documents(answer, documents, needle):
    """Missing answer or missing documents give score None, evaluable False and the reason."""
    report = score_answer(answer, documents, query=QUERY)
    assert report.score is None and report.groundedness is None and not report.evaluable
    assert needle in report.reason


def test_violations_multiply_down_and_score_stays_in_range():
    """Three broken rules on an unsupported answer still give a score inside [0, 1]."""
    answer = "As an AI assistant, I'd be happy to help! You get 30% off your next bike [kb-555]."
    report = score_answer(answer, DOCS, query=QUERY, instructions=CITE)
    assert 0.0 <= report.score <= 1.0 and len(report.violations) == 2


def test_questions_and_offers_are_not_claims():
    """Follow-up questions and hand-off offers are conversation, not factual claims."""
    report = score_answer("Would you like me to check your order? I can connect you with a human agent.", DOCS,
                          query="Can I talk to someone?")
    assert report.claims == 0


def test_split_sentences_keeps_decimals_and_list_items():
    """Prices with decimals stay whole and bullet items become sentences."""
    assert split_sentences("It costs $12.99 today. Options:\n- Express\n- Standard") == [
        "It costs $12.99 today.", "Options:", "Express", "Standard"
    ]


def test_invalid_scorer_settings_are_rejected():
    """A coverage of zero would accept anything, so it is refused with a message."""
    with pytest.raises(ValueError, match="min_coverage"):
        HeuristicScorer(min_coverage=0)


def test_heuristic_scorer_is_the_default_and_satisfies_the_protocol():
    """score_answer uses the offline heuristic unless told otherwise."""
    assert isinstance(HeuristicScorer(), Scorer)
    assert score_answer("Bikes may be returned within 45 days.", DOCS, query=QUERY).scorer == "heuristic"


# ---- score_trace -----------------------------------------------------------------------------------

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


def _trace(answer: str | None, *, system: str, tool_output: object = None, retriever: bool = True) -> Trace:
    spans = [Span(span_id="root", name="chat", kind="chain", start_time=T0, end_time=T0 + timedelta(seconds=2),
                  input={"query": "Where is order 5521 and can I return the bike?"}, output={"answer": answer})]
    if retriever:
        spans.append(Span(span_id="ret", parent_id="root", name="search", kind="retriever", start_time=T0,
                          end_time=T0 + timedelta(milliseconds=100), documents=DOCS))
    if tool_output is not None:
        spans.append(Span(span_id="tool", parent_id="root", name="orders.lookup", kind="tool",
                          start_time=T0 + timedelta(milliseconds=100), end_time=T0 + timedelta(milliseconds=300),
                          output=tool_output))
    spans.append(Span(span_id="llm", parent_id="root", name="llm", kind="llm", model="gpt-4o",
                      start_time=T0 + timedelta(milliseconds=300), end_time=T0 + timedelta(seconds=2),
                      prompt=PromptRef(name="bike-answer", version="v1"),
                      messages=[Message(role="system", content=system), Message(role="user", content="...")],
                      output=answer))
    return Trace(trace_id="t-1", spans=spans)


def test_score_trace_uses_tool_results_and_the_system_prompt():
    """Facts from a successful tool call count as context, and the system prompt's citation rule applies."""
    answer = "Order 5521 was delivered on Tuesday by Veloship [kb-101]. Bikes may be returned within 45 days [kb-101]."
    trace = _trace(answer, system=CITE, tool_output={"order": "5521", "status": "delivered", "day": "Tuesday"})
    report = score_trace(trace)
    assert report.groundedness == 1.0 and report.violations == []


def test_score_trace_without_the_tool_result_finds_the_claim_unsupported():
    """The same answer is unsupported when no tool result backs the delivery day."""
    answer = "Order 5521 was delivered on Tuesday by Veloship [kb-101]. Bikes may be returned within 45 days [kb-101]."
    report = score_trace(_trace(answer, system=CITE))
    assert report.groundedness == 0.5


def test_score_trace_without_a_retriever_span_is_not_evaluable():
    """No retriever span means no recorded context, so the score is None."""
    report = score_trace(_trace("Bikes may be returned within 45 days.", system=PLAIN, retriever=False))
    assert not report.evaluable and report.score is None


# ---- the LLM judge, offline ------------------------------------------------------------------------


def _judge_client(handler) -> openai.OpenAI:
    return openai.OpenAI(api_key="test", base_url="http://judge.local/v1", max_retries=0,
                         http_client=httpx2.Client(transport=httpx2.MockTransport(handler)))


def _completion(content: str) -> dict:
    return {
        "id": "cmpl-1", "object": "chat.completion", "created": 0, "model": "judge",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


def test_llm_judge_sends_the_context_and_reads_its_verdict():
    """The judge request carries the documents and answer; its JSON reply becomes the report."""
    seen: list[dict] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(json.loads(request.content))
        reply = {"groundedness": 0.5, "unsupported_sentences": ["You get a voucher."], "violations": []}
        return httpx2.Response(200, json=_completion(json.dumps(reply)))

    scorer = LLMJudgeScorer(_judge_client(handler), model="judge-model")
    report = scorer.score("Refunds take 6 days. You get a voucher.", DOCS, query=QUERY, instructions=PLAIN)
    assert report == QualityReport(score=0.5, groundedness=0.5, unsupported_sentences=["You get a voucher."],
                                   reason="graded by judge-model", scorer="llm-judge")
    assert seen[0]["model"] == "judge-model" and "kb-101" in seen[0]["messages"][1]["content"]


def test_llm_judge_rate_limit_gives_a_not_evaluable_report():
    """An SDK error (429) becomes a not-evaluable report naming the error instead of a crash."""
    scorer = LLMJudgeScorer(_judge_client(lambda request: httpx2.Response(429, json={"error": {"message": "slow"}})))
    report = scorer.score("Refunds take 6 days.", DOCS, query=QUERY)
    assert not report.evaluable and "RateLimitError" in report.reason


def test_llm_judge_unreadable_reply_gives_a_not_evaluable_report():
    """A reply that is not the JSON asked for is reported, not guessed at."""
    scorer = LLMJudgeScorer(_judge_client(lambda request: httpx2.Response(200, json=_completion("great answer!"))))
    report = scorer.score("Refunds take 6 days.", DOCS, query=QUERY)
    assert not report.evaluable and "JSON" in report.reason


def test_apology_for_a_failed_lookup_is_not_a_claim():
    """'Sorry, I couldn't look up your order' reports the bot's own failure, not a domain fact."""
    report = score_answer("Sorry, I couldn't look up order 5521 right now because the order system did not respond.",
                          DOCS, query="Where is order 5521?")
    assert report.claims == 0


def test_default_scorer_memoises_identical_requests() -> None:
    """Scoring the same inputs twice returns the same verdict object; changed inputs are scored anew."""
    from llmops_kit.quality import score_answer
    from llmops_kit.traces import Document

    docs = [Document(id="kb-100", content="Refunds reach the original card within 5 business days.")]
    first = score_answer("Refunds reach your card within 5 business days.", docs)
    assert score_answer("Refunds reach your card within 5 business days.", docs) is first
    changed = score_answer("Refunds reach your card within 9 business days.", docs)
    assert changed is not first and changed.unsupported_sentences


def test_a_scorer_passed_in_is_always_called() -> None:
    """The memo applies to the default scorer only: an explicit scorer sees every call."""
    from llmops_kit.quality import QualityReport, score_answer

    calls = []

    class Counting:
        def score(self, answer, documents, *, query=None, instructions=None):
            calls.append(answer)
            return QualityReport(score=1.0, groundedness=1.0)

    for _ in range(2):
        score_answer("same", [], scorer=Counting())
    assert calls == ["same", "same"]


def test_a_refusal_is_not_faulted_against_a_tool_result_that_only_shares_words():
    """An order lookup's fields ("order", "email", the order number) share words with any question about an
    order, so a refusal with only a tool result is not a broken rule; the same words in an article are."""
    query = "I never got the order confirmation email for NW-4450708."
    lookup = Document(id="tool:order_status", content=json.dumps(
        {"order_id": "NW-4450708", "status": "shipped", "customer_email": "s***@example.com"}))
    refusal = "I don't have that information in our help articles."
    assert score_answer(refusal, [lookup], query=query).violations == []
    article = Document(id="kb-9", content="The order confirmation email for an order is sent within an hour.")
    assert score_answer(refusal, [lookup, article], query=query).violations == [
        "refused although the retrieved context covers the question"]
