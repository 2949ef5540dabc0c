"""Detectors at, just below and just above their contract thresholds, and diagnose() on its own."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from llmops_kit.contract import Contract, load_contract
from llmops_kit.diagnose import (
    CODES,
    DEFAULT_DETECTORS,
    Diagnosis,
    Finding,
    detect_cost,
    detect_hallucination,
    detect_latency,
    detect_pii,
    detect_prompt_version,
    detect_retrieval,
    detect_tool_failures,
    diagnose,
    http_view,
    luhn_valid,
)
from llmops_kit.io import load_trace_record
from llmops_kit.traces import Document, ErrorInfo, Message, PromptRef, Score, Span, Trace, Usage

T0 = datetime(2025, 3, 3, 10, 0, tzinfo=timezone.utc)
CONTRACT = load_contract()
SYSTEM = ("You are the support assistant for Trailhead Outfitters. Answer only with facts from the articles. "
          "Cite every fact with its article id, for example [kb-012].")
FACTS = [
    "Worn running shoes can be returned within 30 days of purchase.",
    "Refunds reach the original card within 5 business days.",
    "Exchanges for another size are free of charge.",
    "Store credit never expires.",
    "Members earn 2 points per dollar spent.",
]
DOC = Document(id="kb-201", title="Returns", content=" ".join(FACTS), score=0.82)
GOOD_ANSWER = "Worn running shoes can be returned within 30 days of purchase [kb-201]."


def ms(value: float) -> timedelta:
    return timedelta(milliseconds=value)


def build_trace(
    *,
    docs: list[Document] | None = None,
    retriever: bool = True,
    prompt: PromptRef | None = None,
    answer: str | None = GOOD_ANSWER,
    total_ms: float = 1800.0,
    retriever_ms: float = 150.0,
    tool_ms: float | None = 200.0,
    tool_timeout_ms: float | None = 3000.0,
    tool_error: ErrorInfo | None = None,
    llm_ms: float = 1200.0,
    llm_calls: int = 1,
    tokens: tuple[int, int] = (900, 150),
    cost: float | None = 0.004,
    query: str = "Can I return running shoes I have worn?",
    extra_output: str | None = None,
) -> Trace:
    """A healthy support trace by default; every knob moves one signal."""
    spans = [Span(span_id="root", name="support-chat", kind="chain", start_time=T0, end_time=T0 + ms(total_ms),
                  input={"query": query}, output={"answer": answer} if answer is not None else None,
                  attributes={"http.status_code": 200})]
    clock = 0.0
    if retriever:
        spans.append(Span(span_id="ret", parent_id="root", name="kb.search", kind="retriever", start_time=T0,
                          end_time=T0 + ms(retriever_ms), documents=[DOC] if docs is None else docs,
                          attributes={"retrieval.index": "kb-primary", "retrieval.top_k": 4}))
        clock = retriever_ms
    if tool_ms is not None:
        attrs = {"tool.name": "orders.lookup"} | ({"tool.timeout_ms": tool_timeout_ms} if tool_timeout_ms else {})
        spans.append(Span(span_id="tool", parent_id="root", name="tool.orders.lookup", kind="tool",
                          start_time=T0 + ms(clock), end_time=T0 + ms(clock + tool_ms), attributes=attrs,
                          status="error" if tool_error else "ok", error=tool_error,
                          output=None if tool_error else (extra_output or {"orders": []})))
        clock += tool_ms
    each = llm_ms / llm_calls
    for i in range(llm_calls):
        spans.append(Span(span_id=f"llm{i}", parent_id="root", name="llm.chat", kind="llm", model="gpt-4o",
                          start_time=T0 + ms(clock), end_time=T0 + ms(clock + each),
                          prompt=prompt or PromptRef(name="support-answer", version="v2.0"),
                          messages=[Message(role="system", content=SYSTEM), Message(role="user", content=query)],
                          usage=Usage(input_tokens=tokens[0] // llm_calls, output_tokens=tokens[1] // llm_calls),
                          cost_usd=None if cost is None else cost / llm_calls, output=answer))
        clock += each
    return Trace(trace_id="t-build", spans=spans)


def with_changes(contract: Contract, section: str, **changes: object) -> Contract:
    """A copy of the contract with some fields of one section replaced."""
    return contract.model_copy(update={section: getattr(contract, section).model_copy(update=changes)})


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings if f.status == "fired"]


def test_builder_default_is_healthy():
    """The default built trace fires no finding, so each test below moves exactly one signal."""
    diagnosis = diagnose(build_trace())
    assert diagnosis.healthy and diagnosis.one_line() == "Healthy" and diagnosis.not_evaluable == []


# ---- retrieval -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("best", "fires"), [(0.49, True), (0.50, False), (0.51, False)])
def test_retrieval_mismatch_at_the_relevance_floor(best, fires):
    """The best score below the floor (0.5) fires; on or above it does not."""
    docs = [DOC.model_copy(update={"score": best}), DOC.model_copy(update={"id": "kb-2", "score": 0.1})]
    assert codes(detect_retrieval(build_trace(docs=docs), CONTRACT)) == (["RETRIEVAL_MISMATCH"] if fires else [])


def test_retrieval_floor_comes_from_the_contract():
    """With a 0.7 floor a best score of 0.65 is a mismatch."""
    contract = with_changes(CONTRACT, "retrieval", relevance_floor=0.7)
    docs = [DOC.model_copy(update={"score": 0.65})]
    assert codes(detect_retrieval(build_trace(docs=docs), contract)) == ["RETRIEVAL_MISMATCH"]


@pytest.mark.parametrize(("count", "fires"), [(1, True), (2, False), (3, False)])
def test_empty_retrieval_at_min_documents(count, fires):
    """With min_documents 2, one document fires EMPTY_RETRIEVAL and two or three do not."""
    contract = with_changes(CONTRACT, "retrieval", min_documents=2)
    docs = [DOC.model_copy(update={"id": f"kb-{i}"}) for i in range(count)]
    assert codes(detect_retrieval(build_trace(docs=docs), contract)) == (["EMPTY_RETRIEVAL"] if fires else [])


def test_zero_documents_is_empty_retrieval_under_the_default_contract():
    """No documents at all is EMPTY_RETRIEVAL, reported with the count."""
    [finding] = detect_retrieval(build_trace(docs=[]), CONTRACT)
    assert finding.code == "EMPTY_RETRIEVAL" and finding.observed == 0 and finding.threshold == 1


def test_retrieval_without_retriever_span_is_not_evaluable():
    """No retriever span is reported as not evaluable rather than passing."""
    [finding] = detect_retrieval(build_trace(retriever=False), CONTRACT)
    assert finding.status == "not_evaluable"


def test_retrieval_without_scores_is_not_evaluable():
    """Documents without relevance scores cannot be judged for mismatch."""
    [finding] = detect_retrieval(build_trace(docs=[DOC.model_copy(update={"score": None})]), CONTRACT)
    assert finding.status == "not_evaluable" and "without relevance scores" in finding.explanation


# ---- prompt version ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("version", "fires"), [("v2.0", False), ("7", False), ("production", False),
                                                ("v1.3", True), ("v2.1", True)])
def test_prompt_version_against_expected_and_aliases(version, fires):
    """Only a version that is not the expected one (after aliases) fires."""
    trace = build_trace(prompt=PromptRef(name="support-answer", version=version))
    assert codes(detect_prompt_version(trace, CONTRACT)) == (["WRONG_PROMPT_VERSION"] if fires else [])


def test_prompt_not_in_contract_is_not_evaluable():
    """A prompt the contract does not list cannot be judged."""
    [finding] = detect_prompt_version(build_trace(prompt=PromptRef(name="faq-bot", version="v9")), CONTRACT)
    assert finding.status == "not_evaluable" and "faq-bot" in finding.explanation


# ---- tools --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("duration", "fires"), [(1999.0, False), (2000.0, True), (2001.0, True)])
def test_tool_timeout_at_the_span_timeout_attribute(duration, fires):
    """A tool that runs to its own tool.timeout_ms (2000) has timed out; one just below has not."""
    trace = build_trace(tool_ms=duration, tool_timeout_ms=2000.0)
    assert codes(detect_tool_failures(trace, CONTRACT)) == (["TOOL_TIMEOUT"] if fires else [])


@pytest.mark.parametrize(("duration", "fires"), [(2999.0, False), (3000.0, True), (3001.0, True)])
def test_tool_timeout_falls_back_to_the_contract_default(duration, fires):
    """Without a timeout attribute the contract's tools.default_timeout_ms (3000) applies."""
    trace = build_trace(tool_ms=duration, tool_timeout_ms=None)
    assert codes(detect_tool_failures(trace, CONTRACT)) == (["TOOL_TIMEOUT"] if fires else [])


def test_timeout_error_counts_even_before_the_deadline():
    """A span that failed with a timeout error is a timeout whatever its duration."""
    trace = build_trace(tool_ms=900.0, tool_error=ErrorInfo(type="ReadTimeout", message="upstream timed out"))
    assert codes(detect_tool_failures(trace, CONTRACT)) == ["TOOL_TIMEOUT"]


def test_other_tool_failure_is_tool_error():
    """A quick failure that is not a timeout is TOOL_ERROR with the error text."""
    trace = build_trace(tool_ms=40.0, tool_error=ErrorInfo(type="HTTPError", message="502 Bad Gateway"))
    [finding] = detect_tool_failures(trace, CONTRACT)
    assert finding.code == "TOOL_ERROR" and "502 Bad Gateway" in finding.observed


def test_tool_timeout_in_a_fast_request_is_invisible_to_http():
    """A tool that timed out while the request still returned 200 within the SLA was not HTTP-visible."""
    [finding] = detect_tool_failures(build_trace(tool_ms=3000.0, total_ms=4200.0, llm_ms=800.0), CONTRACT)
    assert finding.http_visible is False and "200" in finding.http_note


def test_tool_timeout_that_slows_the_request_past_the_sla_is_http_visible():
    """When the timeout pushes the request over the SLA, a latency monitor sees the request."""
    [finding] = detect_tool_failures(build_trace(tool_ms=8000.0, total_ms=9400.0), CONTRACT)
    assert finding.http_visible is True


# ---- hallucination ------------------------------------------------------------------------------------


def _answer(supported: int) -> str:
    """Five cited claims, the first ``supported`` copied from the document and the rest with a changed number."""
    wrong = [
        "Worn running shoes can be returned within 90 days of purchase.",
        "Refunds reach the original card within 15 business days.",
        "Exchanges for another size cost 12 dollars.",
        "Store credit expires after 6 months.",
        "Members earn 7 points per dollar spent.",
    ]
    sentences = FACTS[:supported] + wrong[supported:]
    return " ".join(s[:-1] + " [kb-201]." for s in sentences)


@pytest.mark.parametrize(("supported", "fires"), [(2, True), (3, True), (4, True), (5, False)])
def test_hallucination_at_the_groundedness_floor(supported, fires):
    """A changed figure is fabricated outright, so it fires at groundedness 0.4, 0.6 and 0.8 alike (the floor
    itself is tested on soft-unsupported claims in test_grounding); five true claims do not fire."""
    findings = detect_hallucination(build_trace(answer=_answer(supported)), CONTRACT)
    assert codes(findings) == (["HALLUCINATION"] if fires else [])


def test_hallucination_is_read_from_the_answer_not_from_logged_scores():
    """A logged 'hallucination' score of 0 does not clear an answer whose numbers are wrong."""
    trace = build_trace(answer=_answer(0))
    trace = trace.model_copy(update={"scores": [Score(name="hallucination", value=0.0)]})
    [finding] = detect_hallucination(trace, CONTRACT)
    assert finding.code == "HALLUCINATION" and finding.observed == 0.0 and finding.http_visible is False


def test_hallucination_without_answer_is_not_evaluable():
    """No answer text means the groundedness check reports not evaluable."""
    [finding] = detect_hallucination(build_trace(answer=None), CONTRACT)
    assert finding.status == "not_evaluable" and "no answer" in finding.explanation


# ---- latency ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("total", "fires"), [(4999.0, False), (5000.0, False), (5001.0, True)])
def test_latency_at_the_sla(total, fires):
    """A request exactly at the 5000 ms SLA meets it; one millisecond over breaches it."""
    assert codes(detect_latency(build_trace(total_ms=total), CONTRACT)) == (["LATENCY_SLA_BREACH"] if fires else [])


def test_latency_names_the_llm_when_it_holds_the_time():
    """When LLM spans take at least the contract's share, the explanation blames generation."""
    [finding] = detect_latency(build_trace(total_ms=9000.0, llm_ms=8500.0), CONTRACT)
    assert "LLM generation took 8,500 ms" in finding.explanation and finding.http_visible is True


def test_latency_names_the_slowest_step_otherwise():
    """A slow retriever is named as the slowest step."""
    [finding] = detect_latency(build_trace(total_ms=7500.0, retriever_ms=6000.0), CONTRACT)
    assert "'kb.search' at 6,000 ms" in finding.explanation


def test_latency_sla_comes_from_the_contract():
    """A 3000 ms SLA turns a 3600 ms request into a breach."""
    contract = with_changes(CONTRACT, "latency", request_sla_ms=3000.0)
    assert codes(detect_latency(build_trace(total_ms=3600.0), contract)) == ["LATENCY_SLA_BREACH"]


# ---- cost ---------------------------------------------------------------------------------------------


SPIKE_TOKENS = CONTRACT.budget.normal_tokens * CONTRACT.budget.spike_factor  # 1,800 x 3 = 5,400


@pytest.mark.parametrize(("total_tokens", "fires"), [(5_399, False), (5_400, True), (5_401, True)])
def test_cost_spike_at_spike_factor_times_the_normal_request(total_tokens, fires):
    """1,800 normal tokens x 3.0 = 5,400: reaching it fires, one token fewer does not."""
    assert SPIKE_TOKENS == 5_400
    trace = build_trace(tokens=(total_tokens - 1000, 1000), cost=0.001)
    assert codes(detect_cost(trace, CONTRACT)) == (["COST_SPIKE"] if fires else [])


def test_cost_spike_on_cost_alone():
    """A request within the token limit but costing 3x the normal request ($0.0075) is a spike."""
    limit = CONTRACT.budget.normal_cost_usd * CONTRACT.budget.spike_factor
    [finding] = detect_cost(build_trace(cost=limit), CONTRACT)
    assert finding.signal == "cost per request" and finding.threshold == pytest.approx(0.0225)
    assert detect_cost(build_trace(cost=limit - 0.0001), CONTRACT) == []


def test_cost_is_priced_from_the_contract_when_not_recorded():
    """Without a recorded cost, tokens are priced with the contract's table (gpt-4o)."""
    trace = build_trace(tokens=(1000, 2100), cost=None)  # 1000*2.5/1e6 + 2100*10/1e6 = 0.0235
    assert [f.signal for f in detect_cost(trace, CONTRACT)] == ["cost per request"]


def test_cost_not_evaluable_without_usage_or_cost():
    """LLM calls that recorded neither tokens nor cost cannot be checked: said, not passed silently."""
    trace = build_trace(cost=None)
    trace = trace.model_copy(update={"spans": [s.model_copy(update={"usage": None}) for s in trace.spans]})
    [finding] = detect_cost(trace, CONTRACT)
    assert finding.status == "not_evaluable" and finding.code == "COST_SPIKE"


def test_unpriced_model_is_judged_on_tokens_alone():
    """A model the contract has no price for: cost unknown, so the token limit alone decides."""
    def unpriced(total_tokens: int) -> Trace:
        trace = build_trace(tokens=(total_tokens - 1000, 1000), cost=None)
        spans = [s.model_copy(update={"model": "house-model-1"}) if s.kind == "llm" else s for s in trace.spans]
        return trace.model_copy(update={"spans": spans})

    assert detect_cost(unpriced(5_399), CONTRACT) == []
    assert [f.signal for f in detect_cost(unpriced(5_400), CONTRACT)] == ["tokens per request"]


@pytest.mark.parametrize(("calls", "fires"), [(2, False), (3, True), (4, True)])
def test_retry_loop_is_a_spike_on_its_own(calls, fires):
    """3-4 LLM calls with the same input at 2.8-4x the healthy median (4,500-6,200 tokens, $0.012-0.017)
    are found; two calls (one ordinary retry) are not."""
    tokens = {2: (2_700, 300), 3: (4_100, 400), 4: (5_600, 600)}[calls]
    cost = {2: 0.006, 3: 0.012, 4: 0.0149}[calls]
    findings = detect_cost(build_trace(llm_calls=calls, tokens=tokens, cost=cost), CONTRACT)
    assert codes(findings) == (["COST_SPIKE"] if fires else [])
    if fires:
        assert findings[0].signal == "retry loop" and f"{calls} LLM calls" in findings[0].explanation


def test_several_calls_with_different_inputs_are_not_a_retry_loop():
    """Three LLM calls that were sent different things (an agent's steps) are not a retry loop."""
    trace = build_trace(llm_calls=3, tokens=(3_000, 300), cost=0.008)
    spans = [s.model_copy(update={"messages": [Message(role="user", content=f"step {i}: " + " ".join(
        f"word{i}x{j}" for j in range(30)))]}) if s.kind == "llm" else s for i, s in enumerate(trace.spans)]
    assert detect_cost(trace.model_copy(update={"spans": spans}), CONTRACT) == []


def test_batch_median_baseline_is_used_and_named():
    """Diagnosed as a batch, a request at 3x the batch's median is a spike, and the finding says so."""
    from llmops_kit.diagnose import diagnose_batch

    batch = [build_trace(tokens=(500, 100), cost=0.0015) for _ in range(CONTRACT.min_window_size)]
    batch.append(build_trace(tokens=(1_600, 200), cost=0.0045))  # 3x the median, far below 5,400
    results = diagnose_batch(batch, CONTRACT)
    assert [d.codes for d in results[:-1]] == [[]] * CONTRACT.min_window_size
    [finding] = [f for f in results[-1].findings if f.code == "COST_SPIKE"]
    assert "median of this batch of 11 requests" in finding.explanation
    assert [d.codes for d in diagnose_batch(batch, CONTRACT, cost_baseline="contract")] == [[]] * 11


def test_batch_too_small_or_all_spiking_falls_back_to_the_contract():
    """A small batch, or one whose median is itself a spike, is measured against the contract's normal request."""
    from llmops_kit.cost import batch_baseline

    small = batch_baseline([build_trace()] * 3, CONTRACT)
    spiking = batch_baseline([build_trace(tokens=(9_000, 500), cost=0.03)] * 12, CONTRACT)
    assert small.tokens == spiking.tokens == CONTRACT.budget.normal_tokens
    assert "fewer than" in small.source and "itself a spike" in spiking.source


def test_bad_cost_baseline_choice_is_rejected():
    """diagnose_batch names the accepted baselines when given another."""
    from llmops_kit.diagnose import diagnose_batch

    with pytest.raises(ValueError, match="'batch', 'contract' or a CostBaseline"):
        diagnose_batch([build_trace()], CONTRACT, cost_baseline="weekly")


# ---- PII ----------------------------------------------------------------------------------------------


def test_luhn_check():
    """A well-known test card passes Luhn; the same digits with one changed do not."""
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("My email is jane.doe@example.org, where is my order?", "email"),
        ("Call me on (415) 555-0132 about the refund", "phone number"),
        ("I paid with 4111 1111 1111 1111, can I get a refund?", "card number"),
    ],
)
def test_pii_in_the_query_is_found_and_masked(query, kind):
    """Emails, phone numbers and Luhn-valid cards are found, and the finding masks them."""
    findings = detect_pii(build_trace(query=query), CONTRACT)
    assert [(f.code, f.signal) for f in findings] == [("PII_LEAK", kind)]
    assert "jane.doe" not in findings[0].explanation and "1111 1111 1111 1111" not in findings[0].explanation


def test_digits_that_fail_luhn_are_not_a_card():
    """A number with card-like length but a bad checksum is not PII."""
    assert detect_pii(build_trace(query="Is 4111 1111 1111 1112 right?"), CONTRACT) == []


def test_address_published_in_a_retrieved_article_is_not_a_leak():
    """The help article's own support address, echoed in the answer, is public."""
    doc = DOC.model_copy(update={"content": DOC.content + " Write to help@trailhead.example for repairs."})
    trace = build_trace(docs=[doc], answer="Write to help@trailhead.example for repairs [kb-201].")
    assert detect_pii(trace, CONTRACT) == []


def test_pii_in_a_tool_output_is_found():
    """A customer email returned by a tool and kept in the trace is a leak."""
    trace = build_trace(extra_output='{"customer": "sam@mail.example", "status": "shipped"}')
    [finding] = detect_pii(trace, CONTRACT)
    assert finding.span_id == "tool"


# ---- diagnose -----------------------------------------------------------------------------------------


def test_findings_come_back_upstream_first():
    """A slow request with a timed-out tool lists TOOL_TIMEOUT before LATENCY_SLA_BREACH."""
    diagnosis = diagnose(build_trace(tool_ms=8000.0, total_ms=9600.0))
    assert diagnosis.codes == ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"]
    assert diagnosis.primary.code == "TOOL_TIMEOUT"
    assert diagnosis.one_line().startswith("TOOL_TIMEOUT: ") and diagnosis.one_line().endswith(
        "(also LATENCY_SLA_BREACH)")


def test_custom_detector_plugs_in_with_the_same_signature():
    """A detector written elsewhere (same Callable signature) runs and its new code is reported last."""

    def detect_shouting(trace: Trace, contract: Contract) -> list[Finding]:
        answer = trace.answer or ""
        return [Finding(code="SHOUTING", signal="answer case", observed=answer[:10], explanation="all caps")] \
            if answer.isupper() else []

    trace = build_trace(answer="WORN SHOES CAN BE RETURNED.", total_ms=6000.0)
    diagnosis = diagnose(trace, detectors=(*DEFAULT_DETECTORS, detect_shouting))
    assert diagnosis.codes[-1] == "SHOUTING" and "LATENCY_SLA_BREACH" in diagnosis.codes


def test_no_detectors_means_no_findings():
    """An empty detector list diagnoses nothing (and says nothing is wrong)."""
    assert diagnose(build_trace(total_ms=9000.0), detectors=()).healthy


def test_not_evaluable_checks_are_kept_apart_from_findings():
    """A trace without answer text is not called unhealthy for it, but the gap is listed."""
    diagnosis = diagnose(build_trace(answer=None))
    assert diagnosis.healthy and [f.code for f in diagnosis.not_evaluable] == ["HALLUCINATION"]


def test_http_view_reports_error_status():
    """A 503 on the root span is what an HTTP monitor sees."""
    trace = build_trace()
    trace.spans[0].attributes["http.status_code"] = 503
    seen, note = http_view(trace, CONTRACT)
    assert seen and "HTTP 503" in note


def test_codes_vocabulary_is_fixed():
    """The public code list is exactly the nine agreed codes."""
    assert set(CODES) == {"RETRIEVAL_MISMATCH", "EMPTY_RETRIEVAL", "WRONG_PROMPT_VERSION", "TOOL_TIMEOUT",
                          "TOOL_ERROR", "HALLUCINATION", "LATENCY_SLA_BREACH", "COST_SPIKE", "PII_LEAK"}


def test_diagnosis_round_trips_as_json():
    """A diagnosis serialises and validates back unchanged (for saving beside a trace)."""
    diagnosis = diagnose(build_trace(total_ms=9000.0))
    assert Diagnosis.model_validate_json(diagnosis.model_dump_json()) == diagnosis


# ---- traces written for these tests: other products, wording, tools and thresholds ---------------------

DATA = Path(__file__).parent / "data" / "diagnosis"
TELCO = "contract-telco.json"
#: file -> (contract file or None for the default, the codes the detectors must report). Kept here, never in
#: the trace files, so nothing a detector reads carries the verdict.
EXPECTED: dict[str, tuple[str | None, list[str]]] = {
    "healthy-bike-returns": (None, []),
    "healthy-telco-roaming": (TELCO, []),
    "retrieval-mismatch-saas-sso": (None, ["RETRIEVAL_MISMATCH"]),
    "retrieval-mismatch-telco-esim": (TELCO, ["RETRIEVAL_MISMATCH"]),
    "wrong-prompt-bike-holiday-persona": (None, ["WRONG_PROMPT_VERSION"]),
    "wrong-prompt-telco-old-label": (TELCO, ["WRONG_PROMPT_VERSION"]),
    "tool-timeout-inventory-graceful": (None, ["TOOL_TIMEOUT"]),
    "tool-timeout-carrier-default-deadline": (None, ["TOOL_TIMEOUT"]),
    "hallucination-airline-baggage": (None, ["HALLUCINATION"]),
    "hallucination-pharmacy-delivery": (None, ["HALLUCINATION"]),
    "latency-llm-long-generation": (None, ["LATENCY_SLA_BREACH"]),
    "latency-telco-slow-vector-store": (TELCO, ["LATENCY_SLA_BREACH"]),
    "double-mismatch-and-slow": (None, ["RETRIEVAL_MISMATCH", "LATENCY_SLA_BREACH"]),
    "double-timeout-and-pii": (None, ["TOOL_TIMEOUT", "PII_LEAK"]),
    "cost-spike-retry-loop": (None, ["COST_SPIKE"]),
    "empty-retrieval-index-down": (None, ["EMPTY_RETRIEVAL"]),
    "tool-error-crm-502": (None, ["TOOL_ERROR"]),
    "pii-email-in-user-id": (None, ["PII_LEAK"]),
}


def test_every_test_trace_has_an_expectation():
    """The expectation table and the trace folder list the same files."""
    assert sorted(p.stem for p in (DATA / "traces").glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_test_traces_diagnose_correctly(name):
    """Each written trace gets exactly its failure codes (none for the healthy ones) and nothing unevaluated."""
    contract_file, expected = EXPECTED[name]
    contract = load_contract(DATA / contract_file) if contract_file else CONTRACT
    diagnosis = diagnose(load_trace_record(DATA / "traces" / f"{name}.json"), contract)
    assert diagnosis.codes == expected
    assert diagnosis.not_evaluable == []


def test_stricter_contract_changes_the_verdict():
    """The telco latency trace (3.5 s) is within the default 5 s SLA: thresholds come from the contract."""
    trace = load_trace_record(DATA / "traces" / "latency-telco-slow-vector-store.json")
    assert "LATENCY_SLA_BREACH" not in diagnose(trace, CONTRACT).codes


def test_thresholds_table_reads_the_contract():
    """The rules table shows the contract's values: the telco contract's 3000 ms SLA and v5 prompt."""
    from llmops_kit.diagnose import thresholds_table

    table = thresholds_table(load_contract(DATA / TELCO)).set_index("code")["fires when"]
    assert table["LATENCY_SLA_BREACH"] == "> 3000 ms" and table["WRONG_PROMPT_VERSION"] == "!= billing-assistant = v5"
    assert list(table.index) == list(CODES)


def test_headline_is_the_measured_part_of_the_explanation() -> None:
    """The one-line diagnosis keeps what was measured and drops the details after the first ';' or ':'."""
    from llmops_kit.findings import Diagnosis, Finding

    finding = Finding(code="TOOL_TIMEOUT", signal="tool duration",
                      explanation="tool 'x' ran 3,002 ms against a 3,000 ms timeout; the request was cancelled")
    other = Finding(code="HALLUCINATION", signal="groundedness", explanation="2 of 4 claims unsupported: e.g. 'a'")
    assert finding.headline == "tool 'x' ran 3,002 ms against a 3,000 ms timeout"
    assert Diagnosis(trace_id="t", findings=[finding, other]).headline() == (
        "TOOL_TIMEOUT: tool 'x' ran 3,002 ms against a 3,000 ms timeout (also HALLUCINATION)")
    assert Diagnosis(trace_id="t").headline() == "Healthy"
    assert Finding(code="X", signal="s", explanation="no separator here").headline == "no separator here"
