"""The six Chapter 7 course traces in traces/ch07_debug/: loadable, consistent, and free of verdicts."""

from __future__ import annotations

import importlib.util
import itertools
import json
import math
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.io import load_trace_record, load_traces, trace_to_json
from llmops_kit.knowledge_base import get_index, load_knowledge_base
from llmops_kit.prompts import format_context, format_tool_results, get_prompt
from llmops_kit.traces import Trace

TRACE_DIR = Path("traces/ch07_debug")
FILES = (
    "trace-a-normal-success.json",
    "trace-b-retrieval-mismatch.json",
    "trace-c-wrong-prompt-ver.json",
    "trace-d-tool-timeout.json",
    "trace-e-hallucination.json",
    "trace-f-slow-response.json",
)
CONTRACT = load_contract()
#: Keys a trace must never carry: they would hand the diagnosis to the code instead of the signals.
VERDICT_KEYS = re.compile(
    r"^(failure_mode|failure|diagnosis|label|labels|verdict|ground_truth|root_cause|scenario|is_hallucination"
    r"|expected_.*)$",
    re.IGNORECASE,
)
FAILURE_WORDS = re.compile(r"fail|mismatch|wrong|hallucinat|timeout|slow|healthy|normal|success", re.IGNORECASE)


@pytest.fixture(scope="module")
def traces() -> dict[str, Trace]:
    return {name: load_trace_record(TRACE_DIR / name) for name in FILES}


def _keys(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [k for k in value] + [k2 for v in value.values() for k2 in _keys(v)]
    if isinstance(value, list):
        return [k for v in value for k in _keys(v)]
    return []


def test_directory_holds_exactly_the_six_course_files() -> None:
    """The directory has the six file names the brief lists, and all of them load without errors."""
    assert sorted(p.name for p in TRACE_DIR.glob("*.json")) == sorted(FILES)
    result = load_traces(TRACE_DIR)
    assert result.ok and len(result) == 6


def test_trace_ids_are_unique_and_opaque(traces: dict[str, Trace]) -> None:
    """Trace ids are distinct 32-hex-digit ids that say nothing about the request."""
    ids = [t.trace_id for t in traces.values()]
    assert len(set(ids)) == 6
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)


@pytest.mark.parametrize("name", FILES)
def test_no_verdict_fields(name: str) -> None:
    """No key anywhere in the file names a failure mode, diagnosis, label or expected value."""
    payload = json.loads((TRACE_DIR / name).read_text("utf-8"))
    assert [k for k in _keys(payload) if VERDICT_KEYS.match(k)] == []


@pytest.mark.parametrize("name", FILES)
def test_identity_fields_do_not_hint_at_the_failure(traces: dict[str, Trace], name: str) -> None:
    """Ids, name, tags, release and metadata carry no word that gives the failure away."""
    t = traces[name]
    identity = [t.trace_id, t.name, t.session_id, t.user_id, t.release, *t.tags, json.dumps(t.metadata)]
    assert [s for s in identity if s and FAILURE_WORDS.search(s)] == []


@pytest.mark.parametrize("name", FILES)
def test_request_shape(traces: dict[str, Trace], name: str) -> None:
    """Each trace is a production support-chat request with a query, an answer and a user."""
    t = traces[name]
    assert t.name == CONTRACT.naming.trace_name
    assert t.environment == "production"
    assert t.user_id and t.session_id
    assert t.input == {"query": t.query} and t.output == {"answer": t.answer}
    assert t.query and t.answer


@pytest.mark.parametrize("name", FILES)
def test_timestamp_on_the_morning_of_the_alerts(traces: dict[str, Trace], name: str) -> None:
    """Every request happened on 2025-03-12 between 08:00 and 09:00 UTC."""
    t = traces[name]
    assert t.timestamp is not None
    assert datetime(2025, 3, 12, 8, tzinfo=timezone.utc) <= t.timestamp < datetime(2025, 3, 12, 9, tzinfo=timezone.utc)
    assert t.root_span is not None and t.root_span.start_time == t.timestamp


@pytest.mark.parametrize("name", FILES)
def test_span_tree_follows_the_contract_names(traces: dict[str, Trace], name: str) -> None:
    """Root chain support-chat, retriever kb.search, llm llm.chat, tools tool.<name>, all children of the root."""
    t = traces[name]
    names = CONTRACT.naming.span_names
    root = t.root_span
    assert root is not None and root.kind == "chain" and root.name == names["chain"]
    children = t.children(root.span_id)
    assert len(children) == len(t.spans) - 1
    assert [s.name for s in t.spans_of("retriever")] == [names["retriever"]]
    assert [s.name for s in t.spans_of("llm")] == [names["llm"]]
    for tool in t.tool_spans:
        assert tool.name == names["tool"].replace("<tool_name>", tool.attributes["tool.name"])


@pytest.mark.parametrize("name", FILES)
def test_required_attributes_present(traces: dict[str, Trace], name: str) -> None:
    """The contract's required attributes are recorded on retriever, tool and llm spans."""
    t = traces[name]
    retriever = t.spans_of("retriever")[0]
    assert retriever.attributes["retrieval.index"] == "kb-primary"
    assert retriever.attributes["retrieval.top_k"] == CONTRACT.retrieval.expected_top_k
    for tool in t.tool_spans:
        assert tool.attributes["tool.timeout_ms"] == CONTRACT.tools.default_timeout_ms
        assert tool.input and "order_id" in tool.input
    llm = t.llm_span
    assert llm is not None and llm.model and llm.usage and llm.prompt
    assert isinstance(llm.model_parameters.get("temperature"), float)
    assert llm.prompt.name == "support-answer"
    assert set(llm.prompt.variables) == {"store_name", "customer_tier"}
    assert llm.prompt.variables["store_name"] == "Northwind Outfitters"


@pytest.mark.parametrize("name", FILES)
def test_span_timings_nest_and_add_up(traces: dict[str, Trace], name: str) -> None:
    """Children sit inside the root, never overlap, and their durations sum to the request latency."""
    t = traces[name]
    root = t.root_span
    assert root is not None
    children = t.children(root.span_id)
    for child in children:
        assert root.start_time <= child.start_time <= child.end_time <= root.end_time
    for before, after in itertools.pairwise(children):
        assert before.end_time <= after.start_time
    assert sum(c.duration_ms for c in children) == pytest.approx(root.duration_ms, abs=1e-6)
    assert t.latency_ms == pytest.approx(t.duration_ms, abs=1e-6)


@pytest.mark.parametrize("name", FILES)
def test_documents_are_knowledge_base_articles(traces: dict[str, Trace], name: str) -> None:
    """Retrieved documents are 3-5 knowledge-base articles copied verbatim, each with a score in [0, 1]."""
    kb = {a.id: a for a in load_knowledge_base()}
    docs = traces[name].documents or []
    assert 3 <= len(docs) <= 5
    for doc in docs:
        article = kb[doc.id]
        assert (doc.title, doc.content) == (article.title, article.content)
        assert doc.score is not None and 0.0 <= doc.score <= 1.0
        assert doc.metadata["category"] == article.category


@pytest.mark.parametrize("name", FILES)
def test_citations_only_name_retrieved_documents(traces: dict[str, Trace], name: str) -> None:
    """Any [kb-NNN] the answer cites is one of the documents the model was given."""
    t = traces[name]
    cited = set(re.findall(r"\[(kb-\d{3})\]", t.answer or ""))
    assert cited <= {d.id for d in t.documents or []}


@pytest.mark.parametrize("name", FILES)
def test_prompt_messages_match_the_template_version(traces: dict[str, Trace], name: str) -> None:
    """System and user messages are the recorded template version rendered with this trace's own data."""
    t = traces[name]
    llm = t.llm_span
    assert llm is not None and llm.prompt is not None and llm.messages is not None
    rendered = get_prompt(llm.prompt.name, llm.prompt.version).render(
        {**llm.prompt.variables, "question": t.query, "context": format_context(t.documents or []),
         "tool_results": format_tool_results(t.tool_spans)}
    )
    sent = [{"role": m.role, "content": m.content} for m in llm.messages]
    assert sent[:2] == rendered.messages
    assert sent[2] == {"role": "assistant", "content": t.answer}


@pytest.mark.parametrize("name", FILES)
def test_token_counts_follow_the_documented_rule(traces: dict[str, Trace], name: str) -> None:
    """Tokens are ceil(chars / 4) per text, plus 4 per prompt message and 3 to prime the reply."""
    llm = traces[name].llm_span
    assert llm is not None and llm.usage is not None and llm.messages is not None
    prompt = llm.messages[:2]
    assert llm.usage.input_tokens == sum(math.ceil(len(m.content or "") / 4) + 4 for m in prompt) + 3
    assert llm.usage.output_tokens == math.ceil(len(llm.messages[2].content or "") / 4)


@pytest.mark.parametrize("name", FILES)
def test_cost_matches_the_contract_price_table(traces: dict[str, Trace], name: str) -> None:
    """Recorded cost equals the contract price of the model (dated snapshot priced as its family)."""
    llm = traces[name].llm_span
    assert llm is not None and llm.model and llm.usage
    price = CONTRACT.price(llm.model)
    assert price is not None, f"no contract price for {llm.model}"
    assert llm.cost_usd == pytest.approx(price.cost(llm.usage.input_tokens, llm.usage.output_tokens), abs=1e-8)


@pytest.mark.parametrize("name", FILES)
def test_scores_use_contract_names(traces: dict[str, Trace], name: str) -> None:
    """Logged scores are the contract's user_feedback / answer_relevance with values in [0, 1]."""
    scores = traces[name].scores
    assert scores
    for score in scores:
        assert score.name in CONTRACT.naming.score_names
        assert isinstance(score.value, float) and 0.0 <= score.value <= 1.0


# ---- the signal each scenario is meant to show (checked on the data, not read from a label) ---------


def test_a_baseline_signals_are_in_range(traces: dict[str, Trace]) -> None:
    """trace-a: on-topic documents above the floor, expected prompt, successful tool, latency under the SLA."""
    t = traces["trace-a-normal-success.json"]
    assert min(t.relevance_scores) >= CONTRACT.retrieval.relevance_floor
    assert t.prompt_version == CONTRACT.prompts.expected["support-answer"]
    assert not t.has_error and t.tool_spans
    assert 1500 <= (t.duration_ms or 0) <= 1900


def test_b_documents_are_all_below_the_floor(traces: dict[str, Trace]) -> None:
    """trace-b: the question is covered by the KB, but every retrieved document scores below the floor."""
    t = traces["trace-b-retrieval-mismatch.json"]
    assert max(t.relevance_scores) < CONTRACT.retrieval.relevance_floor
    best = get_index("kb-primary").search(t.query or "", k=1)[0]
    assert best.id not in {d.id for d in t.documents or []}
    assert (best.score or 0) >= CONTRACT.retrieval.relevance_floor


def test_c_runs_the_legacy_prompt(traces: dict[str, Trace]) -> None:
    """trace-c: prompt v1.3 with good documents, an opener the contract bans, and no citations."""
    t = traces["trace-c-wrong-prompt-ver.json"]
    assert t.prompt_version == "v1.3"
    assert min(t.relevance_scores) >= CONTRACT.retrieval.relevance_floor
    assert (t.answer or "").startswith("As an AI assistant, I'd be happy to help!")
    assert not re.search(CONTRACT.quality.citation_pattern, t.answer or "")


def test_d_tool_span_timed_out(traces: dict[str, Trace]) -> None:
    """trace-d: the order lookup ends in error at its 3000 ms timeout and the request takes 4-4.5 s."""
    t = traces["trace-d-tool-timeout.json"]
    (tool,) = t.tool_spans
    assert tool.status == "error" and tool.error is not None and "3000 ms" in tool.error.message
    assert tool.duration_ms >= tool.attributes["tool.timeout_ms"]
    assert 4000 <= (t.duration_ms or 0) <= 4500


def test_e_answer_has_numbers_absent_from_context(traces: dict[str, Trace]) -> None:
    """trace-e: good warranty documents, yet the answer states amounts no document contains."""
    t = traces["trace-e-hallucination.json"]
    context = " ".join(d.content or "" for d in t.documents or [])
    assert max(t.relevance_scores) >= CONTRACT.retrieval.relevance_floor
    assert "$15" in (t.answer or "") and "$15" not in context
    assert "GearFix" in (t.answer or "") and "GearFix" not in context


def test_f_llm_dominates_a_slow_request(traces: dict[str, Trace]) -> None:
    """trace-f: about 9.2 s end to end, the LLM span takes over 90% of it with a very long answer."""
    t = traces["trace-f-slow-response.json"]
    llm = t.llm_span
    assert llm is not None and llm.usage is not None
    assert 9000 <= (t.duration_ms or 0) <= 9400
    assert llm.duration_ms / (t.duration_ms or 1) > 0.9
    assert llm.usage.output_tokens > 5 * traces["trace-a-normal-success.json"].usage.output_tokens  # type: ignore[union-attr]


def test_generator_reproduces_the_committed_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """tools/make_course_traces.py rebuilds byte-identical traces (the files are generated, not hand-edited)."""
    spec = importlib.util.spec_from_file_location("make_course_traces", Path("tools/make_course_traces.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    for filename, trace in module.build_all().items():
        assert trace_to_json(trace) + "\n" == (TRACE_DIR / filename).read_text("utf-8"), filename
