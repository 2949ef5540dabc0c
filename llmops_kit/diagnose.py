"""Diagnosis with evidence: one detector per signal, each returning findings against contract thresholds.

A detector is any ``Callable[[Trace, Contract], list[Finding]]``. It looks at one signal, compares it
with a threshold read from the observability contract, and returns a :class:`Finding` that says what it
saw, the threshold, why it matters, and whether plain HTTP monitoring (status codes and latency) would
have noticed the request. A detector that lacks the data it needs returns a finding with
``status="not_evaluable"`` instead of silently passing. Healthy means no finding fired.

Where each detector draws the line (a value *on* the threshold):

=====================  ===========================================  ==================
code                   signal                                       fires when
=====================  ===========================================  ==================
EMPTY_RETRIEVAL        documents retrieved                          count < retrieval.min_documents
RETRIEVAL_MISMATCH     best relevance score; below                  best < retrieval.relevance_floor; or
                       retrieval.semantic_check_below, the          question_similarity and
                       question read against the articles           question_coverage both missed and the
                       (retrieval_fit.py)                           answer states no claim and declines in
                                                                    words (no tool called) or only claims
                                                                    the articles support that meet no word
                                                                    of the question, nor one of like meaning
                                                                    (retrieval.answer_word_similarity); an
                                                                    answer stating nothing (or only where to
                                                                    ask) outweighs coverage when the articles
                                                                    lack a question word; none when the answer
                                                                    restates only the article scored
                                                                    retrieval.standout_gap above the rest
WRONG_PROMPT_VERSION   prompt version (aliases resolved)            != prompts.expected[name]
TOOL_TIMEOUT           tool span duration / timeout error           duration >= tool.timeout_ms attribute
                                                                    (else tools.default_timeout_ms)
TOOL_ERROR             tool span status, else its payload           error that is not a timeout; an ok
                                                                    span whose payload reports an error
                                                                    (tool_payload.py; HTTP status >=
                                                                    tools.error_http_status), also an
                                                                    upstream's timeout within its limit
HALLUCINATION          groundedness of the answer (quality.py)      < quality.groundedness_floor
LATENCY_SLA_BREACH     request duration                             > latency.request_sla_ms
COST_SPIKE             tokens, cost per request; retry loops        >= budget.normal_* x spike_factor (or
                                                                    the batch median x spike_factor);
                                                                    >= budget.retry_loop_calls similar calls
PII_LEAK               e-mails, phones, cards, IBANs (pii.py)       any, outside retrieved documents and
                                                                    pii.public_contacts
=====================  ===========================================  ==================

Hallucination is judged by comparing the answer with the recorded context, never from a flag or a
logged score. Findings are ordered upstream-first (retrieval, prompt, tools, generation, latency, cost,
data), so the first one is the most likely root cause and later ones are often its consequences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .apology_reasons import answers_in_apology, apology_statements, denial_statements
from .contract import Contract, load_contract
from .cost import CostBaseline, batch_baseline, contract_baseline, retry_loop_calls, spend, spike_reasons
from .declined_subjects import reread_declines
from .failed_lookups import stated_without_result
from .failure_notes import settle
from .findings import (
    CODES,
    COST_SPIKE,
    EMPTY_RETRIEVAL,
    HALLUCINATION,
    LATENCY_SLA_BREACH,
    PII_LEAK,
    RETRIEVAL_MISMATCH,
    TOOL_ERROR,
    TOOL_TIMEOUT,
    WRONG_PROMPT_VERSION,
    Diagnosis,
    Finding,
    thresholds_table,
)
from .grounding import FABRICATED
from .http_view import http_view, semantic_view
from .pii import KIND_LABELS, luhn_valid, mask
from .quality import (
    HeuristicScorer,
    score_answer,
    score_trace,
    trace_context,
    trace_earlier_answers,
    trace_history,
    trace_instructions,
)
from .redact import trace_pii, trace_public, trace_regions
from .retrieval_fit import (
    answer_declines,
    answer_shows_mismatch,
    asks_about_own_place,
    asks_about_own_reference,
    asks_back,
    asks_with_personal_data,
    gives_asked_contact,
    names_contact,
    question_coverage,
    question_fit,
    reading_summary,
    restates_standout,
    states_something,
    unheld_words,
)
from .text.wording import counted
from .tool_payload import payload_error, says_it_timed_out, timeout_ms
from .traces import Trace

__all__ = [
    "CODES",
    "DEFAULT_DETECTORS",
    "Detector",
    "Diagnosis",
    "Finding",
    "detect_cost",
    "detect_hallucination",
    "detect_latency",
    "detect_pii",
    "detect_prompt_version",
    "detect_retrieval",
    "detect_tool_failures",
    "diagnose",
    "diagnose_batch",
    "http_view",
    "luhn_valid",
    "thresholds_table",
]

Detector = Callable[[Trace, Contract], list[Finding]]


# ---- detectors ---------------------------------------------------------------------------------------


def detect_retrieval(trace: Trace, contract: Contract) -> list[Finding]:
    """EMPTY_RETRIEVAL when too few documents came back; RETRIEVAL_MISMATCH when even the best scored low."""
    rules = contract.retrieval
    retrievers = trace.spans_of("retriever")
    span_id = retrievers[0].span_id if retrievers else None
    docs = trace.documents
    if docs is None:
        return [Finding(code=RETRIEVAL_MISMATCH, signal="retrieval", status="not_evaluable",
                        explanation="the trace has no retriever span, so retrieval cannot be checked")]
    index = next((s.attributes.get("retrieval.index") for s in retrievers if s.attributes.get("retrieval.index")),
                 None)
    where = f" from index {index!r}" if index else ""
    if len(docs) < rules.min_documents:
        seen, note = semantic_view(trace, contract, "that the bot had nothing to ground its answer on")
        return [Finding(code=EMPTY_RETRIEVAL, signal="documents retrieved", observed=len(docs),
                        threshold=rules.min_documents, span_id=span_id, http_visible=seen, http_note=note,
                        explanation=f"retrieval returned {counted(len(docs), 'document')}{where}; the contract "
                                    f"requires at least {rules.min_documents}")]
    scores = [d.score for d in docs if d.score is not None]
    if not scores:
        return [Finding(code=RETRIEVAL_MISMATCH, signal="relevance scores", status="not_evaluable",
                        span_id=span_id, explanation=f"{len(docs)} documents were recorded without relevance scores")]
    best = max(scores)
    if best >= rules.relevance_floor:
        return _read_mid_band(trace, contract, best, span_id, where)
    seen, note = semantic_view(trace, contract, "that the retrieved documents do not match the question")
    return [Finding(code=RETRIEVAL_MISMATCH, signal="best relevance score", observed=round(best, 4),
                    threshold=rules.relevance_floor, span_id=span_id, http_visible=seen, http_note=note,
                    explanation=f"the best of {counted(len(docs), 'retrieved document')}{where} scored "
                                f"{best:.2f}, below the relevance floor {rules.relevance_floor:.2f}: the context does "
                                "not match the question")]


def _read_mid_band(trace: Trace, contract: Contract, best: float, span_id: str | None,
                   where: str) -> list[Finding]:
    """RETRIEVAL_MISMATCH for a best score just above the floor when reading shows the articles miss the
    question and the answer took nothing from the evidence (see :mod:`llmops_kit.retrieval_fit`)."""
    rules = contract.retrieval
    if best >= rules.semantic_check_below or not trace.query or not trace.documents:
        return []
    # An answer that states claims is HALLUCINATION's to judge: supported by the system prompt or a tool, the
    # articles were not needed; unsupported, that finding names it. No claim at all: the model read the
    # articles and found nothing to answer with, which is what an off-topic retrieval looks like.
    # (Cheapest first: word coverage, then the claim count, which detect_hallucination's scoring shares.) Most
    # of the question's words held: covered, unless the articles lack one of them and the answer states nothing
    # but where to ask instead (the model's own reading that they miss the question outweighs the common words
    # they share).
    coverage = question_coverage(trace.query, trace.documents)
    worded = coverage is not None and coverage >= rules.question_coverage
    unheld = unheld_words(trace.query, trace.documents) if worded else frozenset()
    if coverage is None or (worded and not unheld):
        return []
    if asks_with_personal_data(trace.query, trace_public(trace, contract), trace_regions(trace, contract)):
        return []  # a request to act on the customer's own details: no article is expected to hold it
    if asks_about_own_reference(trace.query, trace.documents) or asks_about_own_place(trace.query, trace.documents):
        return []  # a record looked up by the customer's own reference, or the customer's postcode: the same
    report = score_trace(trace, contract)
    # a claim naming a word of the question no article holds only to say the texts lack it is a decline
    support = reread_declines(report.support, trace.query, unheld_words(trace.query, trace.documents))
    # where the operator publishes its contacts: their hours beside them are the hand-over's, unless the question
    # names a way of reaching someone ("Which number do I ring?"), when the line and its hours are the answer
    published = () if names_contact(trace.query) else (trace_instructions(trace) or "",
                                                        *(d.content or "" for d in trace.documents))
    stated = states_something(report.claims, support, trace.answer, trace.query, published)
    if (worded and stated) or not answer_shows_mismatch(report.claims, support, bool(trace.tool_spans),
                                                        trace.query, trace.answer, contract.quality.refusal_phrases,
                                                        rules.answer_word_similarity, published):
        return []
    if asks_back(trace.answer, trace.query, trace.documents) or gives_asked_contact(trace.query, support,
                                                                                   trace.documents):
        return []  # a clarifying question in the articles' words, or the asked-for contact an article publishes
    if restates_standout(report.claims, support, trace.answer, trace.query, trace.documents,
                         contract.quality.refusal_phrases, rules.standout_gap, published):
        return []  # a paraphrase of the one article the retriever set apart from the rest
    fit = question_fit(trace.query, trace.documents)
    declines = answer_declines(report.claims, support, trace.answer, trace.query, published)
    if fit is None or (fit.covered(rules.question_similarity, rules.question_coverage) and not declines):
        # a question whose words the articles mostly miss (coverage checked above) and an answer that found
        # nothing in them: the model's reading outweighs a middling sentence similarity
        return []
    if not report.claims and _answers_in_apology(trace, contract):
        return []  # "I'm sorry, no: we ship within Argentina only": a refusal the articles give the reason for
    seen, note = semantic_view(trace, contract, "that the retrieved documents do not match the question")
    return [Finding(code=RETRIEVAL_MISMATCH, signal="question coverage", observed=round(fit.similarity, 3),
                    threshold=rules.question_similarity, span_id=span_id, http_visible=seen, http_note=note,
                    explanation=f"the best of {counted(len(trace.documents), 'document')}{where} scored "
                                f"{best:.2f}, in the band [{rules.relevance_floor:.2f}, "
                                f"{rules.semantic_check_below:.2f}) where the score cannot decide, and reading them "
                                "shows they miss the question: "
                                + reading_summary(fit, rules, report.claims, unheld, declines))]


def _answers_in_apology(trace: Trace, contract: Contract) -> bool:
    """Does an answer the claim reader found no claim in refuse with a reason a retrieved article holds and that
    speaks of the question ("I'm sorry, no: we ship within Argentina only", "No, tires aren't accepted.",
    :mod:`llmops_kit.apology_reasons`)?
    The statements after the apology are scored against the trace's context like an answer of their own."""
    statements = apology_statements(trace.answer or "")
    if statements:
        report = score_answer(" ".join(statements), trace_context(trace), query=trace.query,
                              instructions=trace_instructions(trace), history=trace_history(trace),
                              earlier_answers=trace_earlier_answers(trace), contract=contract)
        if answers_in_apology(trace.query or "", report.support, trace.documents):
            return True
    denials = denial_statements(trace.answer or "")
    if not denials:
        return False
    # "No, tires aren't accepted.": what follows the bare "no" is judged as a claim however short it is
    report = _any_length_scorer(contract).score(" ".join(denials), trace_context(trace), query=trace.query,
                                                instructions=trace_instructions(trace), history=trace_history(trace),
                                                earlier_answers=trace_earlier_answers(trace))
    return answers_in_apology(trace.query or "", report.support, trace.documents)


_any_length_scorers: dict[int, tuple[Contract, HeuristicScorer]] = {}


def _any_length_scorer(contract: Contract) -> HeuristicScorer:
    """The offline scorer keeping a claim of any number of content words (one per contract, pinned like the
    default one so its id stays unique)."""
    pinned = _any_length_scorers.get(id(contract))
    if pinned is None or pinned[0] is not contract:
        pinned = (contract, HeuristicScorer(contract, min_claim_words=1))
        _any_length_scorers[id(contract)] = pinned
    return pinned[1]


def detect_prompt_version(trace: Trace, contract: Contract) -> list[Finding]:
    """WRONG_PROMPT_VERSION when an LLM call used another version than the contract expects."""
    rules = contract.prompts
    calls = [s for s in trace.spans_of("llm") if s.prompt is not None]
    if not calls:
        return [Finding(code=WRONG_PROMPT_VERSION, signal="prompt version", status="not_evaluable",
                        explanation="no LLM span recorded a prompt name and version")]
    findings: list[Finding] = []
    seen_pairs: set[tuple[str, str]] = set()
    for span in calls:
        assert span.prompt is not None
        name, raw = span.prompt.name, str(span.prompt.version)
        if (name, raw) in seen_pairs:
            continue
        seen_pairs.add((name, raw))
        expected = rules.expected_for(name)
        if expected is None:
            findings.append(Finding(code=WRONG_PROMPT_VERSION, signal="prompt version", observed=raw,
                                    status="not_evaluable", span_id=span.span_id,
                                    explanation=f"the contract names no expected version for prompt {name!r}"))
            continue
        actual = rules.canonical(name, raw)
        if actual == rules.canonical(name, expected):
            continue
        shown = raw if actual == raw else f"{raw} (= {actual})"
        seen, note = semantic_view(trace, contract, "which prompt template rendered the request")
        findings.append(Finding(code=WRONG_PROMPT_VERSION, signal="prompt version", observed=actual,
                                threshold=expected, span_id=span.span_id, http_visible=seen, http_note=note,
                                explanation=f"prompt {name!r} ran at version {shown}, but the contract expects "
                                            f"{expected}"))
    return findings


def detect_tool_failures(trace: Trace, contract: Contract) -> list[Finding]:
    """TOOL_TIMEOUT when a tool ran to its timeout (or its error status says it timed out); TOOL_ERROR for other
    failures, a payload reporting an upstream's timeout included."""
    findings: list[Finding] = []
    for span in trace.tool_spans:
        tool = span.attributes.get("tool.name") or span.name
        limit = timeout_ms(span, contract.tools.default_timeout_ms)
        error_text = f"{span.error.type}: {span.error.message}" if span.error else ""
        # a span marked ok can still carry a failure in its payload (a wrapper that returns the upstream
        # error as data): tool_payload reads it by JSON-API and HTTP conventions, see its docstring
        payload = None if span.failed else payload_error(span, contract.tools.error_http_status)
        failed = span.failed or payload is not None
        if payload is not None:
            error_text = f"a payload error ({payload}) under span status ok"
        timed_out = span.duration_ms >= limit or says_it_timed_out(span, error_text)
        if not (timed_out or failed):
            continue
        seen, note = http_view(trace, contract)
        if timed_out:
            outcome = f" and failed with {error_text}" if error_text else ""
            findings.append(Finding(code=TOOL_TIMEOUT, signal="tool duration", observed=round(span.duration_ms, 1),
                                    threshold=limit, span_id=span.span_id, http_visible=seen, http_note=note,
                                    explanation=f"tool {tool!r} ran {span.duration_ms:,.0f} ms against a "
                                                f"{limit:,.0f} ms timeout{outcome}"))
        else:
            findings.append(Finding(code=TOOL_ERROR, signal="tool payload" if payload else "tool status",
                                    observed=error_text or span.status,
                                    threshold="ok", span_id=span.span_id, http_visible=seen, http_note=note,
                                    explanation=f"tool {tool!r} failed after {span.duration_ms:,.0f} ms with "
                                                f"{error_text or 'an error status'}"))
    return findings


def detect_hallucination(trace: Trace, contract: Contract) -> list[Finding]:
    """HALLUCINATION when the answer's groundedness in the recorded context is below the contract floor, or
    when any one claim is fabricated outright (a hard fact contradicted by or absent from the evidence, or
    subject matter found nowhere in it): one invented promise beside three true sentences is still a
    hallucination, however high the share of supported claims."""
    floor = contract.quality.groundedness_floor
    llm = trace.llm_span
    span_id = llm.span_id if llm else None
    report = score_trace(trace, contract)
    if not report.evaluable or report.groundedness is None:
        return [Finding(code=HALLUCINATION, signal="groundedness", status="not_evaluable", span_id=span_id,
                        explanation=report.reason)]
    report = settle(report, trace, contract.tools.error_http_status)  # tool-failure notes and closing offers
    fabricated = [v for v in report.support if v.verdict in FABRICATED]
    if report.groundedness >= floor and not fabricated:
        return _stated_without_result(trace, contract, span_id, report.groundedness, floor)
    bad = fabricated or [v for v in report.support if not v.supported]
    count = len([v for v in report.support if not v.supported]) if report.support else len(report.unsupported_sentences)
    if bad:
        example = bad[0].describe()
    else:
        example = repr(report.unsupported_sentences[0]) if report.unsupported_sentences else "no claim named"
    example = example if len(example) <= 240 else example[:237] + "..."
    seen, note = semantic_view(trace, contract, "that the answer states facts its context does not contain")
    why = (f"groundedness {report.groundedness:.2f} < {floor:.2f}" if report.groundedness < floor
           else f"{len(fabricated)} fabricated outright, groundedness {report.groundedness:.2f}")
    return [Finding(code=HALLUCINATION, signal="groundedness", observed=report.groundedness, threshold=floor,
                    span_id=span_id, http_visible=seen, http_note=note,
                    explanation=f"{count} of {report.claims} claims in the answer are not supported by the evidence "
                                f"the model was given ({why}); e.g. {example}")]


def _stated_without_result(trace: Trace, contract: Contract, span_id: str | None, groundedness: float,
                           floor: float) -> list[Finding]:
    """HALLUCINATION for an answer grounded on its context that still states the result of a lookup that
    failed (:mod:`llmops_kit.failed_lookups`): the context could not have held it."""
    found = stated_without_result(trace, contract)
    if found is None:
        return []
    sentence, name = found
    seen, note = semantic_view(trace, contract, "that the answer states a result its failed tool call never returned")
    sentence = sentence if len(sentence) <= 200 else sentence[:197] + "..."
    return [Finding(code=HALLUCINATION, signal="groundedness", observed=groundedness, threshold=floor,
                    span_id=span_id, http_visible=seen, http_note=note,
                    explanation=f"the answer states a result for {name!r} although the tool call that looked it "
                                f"up failed and nothing else returned it: {sentence!r}")]


def detect_latency(trace: Trace, contract: Contract) -> list[Finding]:
    """LATENCY_SLA_BREACH when the request took longer than the SLA; says which span the time went to."""
    sla = contract.latency.request_sla_ms
    latency = trace.duration_ms
    if latency is None:
        return [Finding(code=LATENCY_SLA_BREACH, signal="request latency", status="not_evaluable",
                        explanation="the trace has no root span and no recorded latency")]
    if latency <= sla:
        return []
    llm_ms = sum(s.duration_ms for s in trace.spans_of("llm"))
    share = llm_ms / latency if latency else 0.0
    if share >= contract.latency.llm_share_warning:
        where = f"LLM generation took {llm_ms:,.0f} ms ({share:.0%} of it)"
    else:
        root = trace.root_span
        others = [s for s in trace.spans if root is None or s.span_id != root.span_id]
        slowest = max(others, key=lambda s: s.duration_ms, default=None)
        where = f"the slowest step was {slowest.name!r} at {slowest.duration_ms:,.0f} ms" if slowest else ""
    _, note = http_view(trace, contract)
    return [Finding(code=LATENCY_SLA_BREACH, signal="request latency", observed=round(latency, 1), threshold=sla,
                    span_id=trace.root_span.span_id if trace.root_span else None, http_visible=True, http_note=note,
                    explanation=f"the request took {latency:,.0f} ms, over the {sla:,.0f} ms SLA; {where}")]


def detect_cost(trace: Trace, contract: Contract, baseline: CostBaseline | None = None) -> list[Finding]:
    """COST_SPIKE when tokens or cost reach ``budget.spike_factor`` x the baseline, or a retry loop ran.

    The rule is :mod:`llmops_kit.cost`'s, the one the COST_SPIKE breaker and the triage tree use.
    ``baseline``: the contract's normal request unless given (``diagnose_batch`` passes the batch's
    median); the finding says which one was used.
    """
    used = baseline or contract_baseline(contract)
    trace_spend = spend(trace, contract)
    if trace_spend.tokens is None and trace_spend.cost_usd is None:
        return [Finding(code=COST_SPIKE, signal="tokens and cost", status="not_evaluable",
                        explanation="no LLM span recorded token usage or cost")]
    reasons = spike_reasons(trace_spend, retry_loop_calls(trace, contract), used, contract)
    if not reasons:
        return []
    seen, note = http_view(trace, contract)
    note = f"{note}; token counts and cost never appear in HTTP metrics"
    first = reasons[0]
    others = "; also " + "; ".join(r.text for r in reasons[1:]) if len(reasons) > 1 else ""
    return [Finding(code=COST_SPIKE, signal=first.signal, observed=first.observed, threshold=first.threshold,
                    http_visible=seen, http_note=note, explanation=first.text + others)]


# ---- PII ---------------------------------------------------------------------------------------------


def detect_pii(trace: Trace, contract: Contract) -> list[Finding]:
    """PII_LEAK for e-mail addresses, phone numbers, card numbers and IBANs the trace recorded.

    The rules are :func:`llmops_kit.pii.find_pii`'s, the ones the DATA_INCIDENT breaker and
    redaction use. Values published in the retrieved documents or listed in the contract's
    ``pii.public_contacts`` are public and not counted. Values are masked in the finding so the
    report does not repeat the leak.
    """
    hits: dict[str, list[tuple[str | None, str, str]]] = {}
    for item in trace_pii(trace, contract):
        kind, value = item.match.kind, item.match.value
        hits.setdefault(kind, []).append((item.span_id, item.where, mask(kind, value)))
    findings = []
    for kind, found in hits.items():
        unique = list(dict.fromkeys(m for _, _, m in found))
        spots = list(dict.fromkeys(w for _, w, _ in found))
        label = KIND_LABELS.get(kind, kind)
        seen, note = semantic_view(trace, contract, f"that a customer's {label} was recorded")
        findings.append(Finding(code=PII_LEAK, signal=label, observed=len(unique), threshold=0,
                                span_id=found[0][0], http_visible=seen, http_note=note,
                                explanation=f"{counted(len(unique), label)} ({', '.join(unique[:3])}) recorded in "
                                            f"{', '.join(spots[:3])}; traces must not keep customer PII"))
    return findings


DEFAULT_DETECTORS: tuple[Detector, ...] = (
    detect_retrieval,
    detect_prompt_version,
    detect_tool_failures,
    detect_hallucination,
    detect_latency,
    detect_cost,
    detect_pii,
)


def _rank(finding: Finding) -> int:
    return CODES.index(finding.code) if finding.code in CODES else len(CODES)


def diagnose(trace: Trace, contract: Contract | None = None, detectors: Sequence[Detector] | None = None) -> Diagnosis:
    """Run every detector on one trace; fired findings come back upstream first."""
    contract = contract or load_contract()
    fired: list[Finding] = []
    unknown: list[Finding] = []
    for detector in DEFAULT_DETECTORS if detectors is None else detectors:
        for finding in detector(trace, contract):
            (fired if finding.status == "fired" else unknown).append(finding)
    fired.sort(key=_rank)
    return Diagnosis(trace_id=trace.trace_id, findings=fired, not_evaluable=unknown)


def diagnose_batch(
    traces: Sequence[Trace], contract: Contract | None = None, *, cost_baseline: str | CostBaseline = "batch"
) -> list[Diagnosis]:
    """Diagnose a batch; the cost check measures spend against the batch's own median request
    (``cost_baseline="batch"``, see :func:`llmops_kit.cost.batch_baseline`), the contract's normal
    request (``"contract"``), or a :class:`~llmops_kit.cost.CostBaseline` given."""
    contract = contract or load_contract()
    if isinstance(cost_baseline, CostBaseline):
        baseline = cost_baseline
    elif cost_baseline == "batch":
        baseline = batch_baseline(traces, contract)
    elif cost_baseline == "contract":
        baseline = contract_baseline(contract)
    else:
        raise ValueError(f"cost_baseline must be 'batch', 'contract' or a CostBaseline, not {cost_baseline!r}.")

    def cost(trace: Trace, rules: Contract) -> list[Finding]:
        return detect_cost(trace, rules, baseline)

    detectors = tuple(cost if d is detect_cost else d for d in DEFAULT_DETECTORS)
    return [diagnose(trace, contract, detectors) for trace in traces]
