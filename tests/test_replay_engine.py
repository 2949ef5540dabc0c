"""replay_trace: overrides, determinism, linkage, timings, cost and behaviour that follows the inputs."""

from __future__ import annotations

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.errors import OverrideError, ReplayError, UnknownModel, UnknownPromptVersion
from llmops_kit.io import trace_to_json
from llmops_kit.knowledge_base import get_index
from llmops_kit.prompts import PromptTemplate, default_registry
from llmops_kit.replay import build_request, make_client, replay_trace, validate_overrides
from llmops_kit.testing import build_trace
from llmops_kit.traces import Trace

QUESTIONS = [
    "How long does it take to get my refund after I send a return back?",
    "Can I exchange my jacket for a different size?",
    "How do I reset my password?",
    "Do you ship to Canada and how much does it cost?",
    "Can I pay with Klarna?",
    "What is the warranty on a tent?",
    "How do I use a promo code?",
    "Can I change the delivery address after ordering?",
]


def make_trace(i: int = 0, version: str = "v2.0", **kwargs) -> Trace:
    query = QUESTIONS[i]
    docs = get_index("kb-primary").search(query, k=4)
    return build_trace(f"t-{i}", query, docs, "Recorded answer.", prompt_version=version, **kwargs)


@pytest.fixture(scope="module")
def sim():
    return make_client("simulator")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"modle": "gpt-4o"}, "valid keys are: prompt_version, model, temperature, index, retrieval_filter, tools, "
                              "tool_timeout_ms"),
        ({"retrieval_filter": ["orders"]}, "must be a dict such as"),
        ({"retrieval_filter": {"tenant": ["acme"]}}, "filter only on category, not on 'tenant'"),
        ({"retrieval_filter": {"category": []}}, "one or more values as strings"),
        ({"retrieval_filter": {"category": [3]}}, "one or more values as strings"),
        ({"temperature": 2.5}, "from 0.0 to 2.0"),
        ({"temperature": -0.1}, "from 0.0 to 2.0"),
        ({"temperature": True}, "must be a number"),
        ({"temperature": "hot"}, "must be a number"),
        ({"model": ""}, "non-empty string"),
        ({"index": "kb-nowhere"}, "known indexes: kb-backup, kb-primary"),
        (["model"], "must be a dict"),
    ],
)
def test_bad_overrides_are_rejected(overrides, message) -> None:
    """Unknown keys and out-of-range values fail with a message naming what is accepted."""
    with pytest.raises(OverrideError, match=message):
        validate_overrides(overrides)


def test_unknown_prompt_version_lists_known(sim) -> None:
    """Replaying with a version the registry lacks names the known versions."""
    with pytest.raises(UnknownPromptVersion, match=r"v1\.3, v2\.0"):
        replay_trace(make_trace(), {"prompt_version": "v3"}, client=sim)


def test_unknown_model_through_the_sdk(sim) -> None:
    """The simulator's 404 model_not_found comes back as UnknownModel."""
    with pytest.raises(UnknownModel, match="no-such-model"):
        replay_trace(make_trace(), {"model": "no-such-model"}, client=sim)


def test_trace_without_llm_span_cannot_be_replayed(sim) -> None:
    """A trace with no model call is a clear error, not an empty replay."""
    trace = make_trace()
    bare = trace.model_copy(update={"spans": [s for s in trace.spans if s.kind != "llm"]})
    with pytest.raises(ReplayError, match="no LLM span"):
        replay_trace(bare, client=sim)


def test_replay_is_deterministic(sim) -> None:
    """The same trace and overrides give byte-identical replays, across fresh clients too."""
    first = replay_trace(make_trace(), {"model": "gpt-4o-mini"}, client=sim)
    second = replay_trace(make_trace(), {"model": "gpt-4o-mini"}, client=make_client("simulator"))
    assert trace_to_json(first) == trace_to_json(second)


def test_replay_id_depends_on_overrides(sim) -> None:
    """Different overrides give different replay ids; each is linked to its parent."""
    a = replay_trace(make_trace(), {"model": "gpt-4o-mini"}, client=sim)
    b = replay_trace(make_trace(), {"temperature": 0.9}, client=sim)
    assert a.trace_id != b.trace_id
    assert a.metadata["replay"]["parent_trace_id"] == "t-0" == b.metadata["replay"]["parent_trace_id"]


def test_replay_records_backend_and_overrides(sim) -> None:
    """metadata['replay'] says which backend answered and what was overridden."""
    replayed = replay_trace(make_trace(), {"prompt_version": "v1.3"}, client=sim)
    meta = replayed.metadata["replay"]
    assert meta["backend"] == "simulator"
    assert meta["overrides"] == {"prompt_version": "v1.3"}
    assert meta["system_fingerprint"].startswith("llmops-simulator")
    assert replayed.prompt_version == "v1.3"


def test_model_and_temperature_kept_unless_overridden(sim) -> None:
    """Without overrides the recorded model and temperature are sent again."""
    replayed = replay_trace(make_trace(temperature=0.7, model="gpt-4o-mini"), client=sim)
    assert (replayed.model, replayed.temperature) == ("gpt-4o-mini", 0.7)
    changed = replay_trace(make_trace(temperature=0.7), {"temperature": 0.0}, client=sim)
    assert changed.temperature == 0.0


def test_timings_add_up(sim) -> None:
    """Recorded steps keep their durations and the root grows or shrinks by the LLM change only."""
    original = make_trace(llm_ms=5000)
    replayed = replay_trace(original, client=sim)
    llm_change = replayed.llm_span.duration_ms - original.llm_span.duration_ms
    assert replayed.duration_ms == pytest.approx(original.duration_ms + llm_change, abs=0.01)
    assert replayed.spans_of("retriever")[0].duration_ms == original.spans_of("retriever")[0].duration_ms
    assert replayed.latency_ms == pytest.approx(replayed.duration_ms, abs=0.1)
    root = replayed.root_span
    assert all(root.start_time <= s.start_time and s.end_time <= root.end_time for s in replayed.spans)


def test_cost_comes_from_the_contract_price_table(sim) -> None:
    """Cost = usage x the contract price of the replayed model."""
    replayed = replay_trace(make_trace(), {"model": "gpt-4o-mini"}, client=sim)
    price = load_contract().price("gpt-4o-mini")
    expected = price.cost(replayed.usage.input_tokens, replayed.usage.output_tokens)
    assert replayed.cost_usd == pytest.approx(expected, rel=1e-6)


def test_quality_score_is_recorded(sim) -> None:
    """The replay carries a quality Score computed by the quality module."""
    replayed = replay_trace(make_trace(), client=sim)
    assert replayed.score("quality") is not None
    assert 0.0 <= replayed.score("quality") <= 1.0


def test_documents_and_tools_are_served_from_the_recording(sim) -> None:
    """Without an index override the recorded documents and the recorded tool failure are reused."""
    original = make_trace(tool_error="order service did not answer within 3000 ms")
    replayed = replay_trace(original, client=sim)
    assert [d.id for d in replayed.documents] == [d.id for d in original.documents]
    assert replayed.tool_spans[0].failed
    assert "order_lookup failed" in replayed.llm_span.messages[1].content


def test_index_override_reruns_retrieval(sim) -> None:
    """With index='kb-backup' retrieval really runs against that index."""
    original = make_trace(1)
    bogus = original.model_copy(deep=True)
    bogus.spans_of("retriever")[0].documents = []
    replayed = replay_trace(bogus, {"index": "kb-backup"}, client=sim)
    expected = [d.id for d in get_index("kb-backup").search(QUESTIONS[1], k=4)]
    assert [d.id for d in replayed.documents] == expected
    assert replayed.spans_of("retriever")[0].attributes["retrieval.index"] == "kb-backup"


def test_a_new_index_keeps_the_recorded_filter_and_a_new_filter_keeps_the_index(sim) -> None:
    """One override changes one thing: ``index`` re-applies the recorded ``retrieval.filter``;
    ``retrieval_filter`` searches the recorded index; ``{}`` searches unfiltered."""
    original = make_trace(1)
    retriever = original.spans_of("retriever")[0]
    retriever.attributes["retrieval.index"] = "kb-primary"
    retriever.attributes["retrieval.filter"] = {"category": ["returns"]}
    returns = {a.id for a in get_index("kb-primary").articles if a.category == "returns"}
    swapped = replay_trace(original, {"index": "kb-backup"}, client=sim)
    assert {d.id for d in swapped.documents} <= returns
    assert swapped.spans_of("retriever")[0].attributes["retrieval.filter"] == {"category": ["returns"]}
    unfiltered = replay_trace(original, {"retrieval_filter": {}}, client=sim)
    assert [d.id for d in unfiltered.documents] == [d.id for d in get_index("kb-primary").search(QUESTIONS[1], k=4)]
    assert unfiltered.spans_of("retriever")[0].attributes["retrieval.index"] == "kb-primary"
    same = replay_trace(original, {"retrieval_filter": {"category": "returns"}}, client=sim)
    assert same.metadata["replay"]["retrieval"] == "recording"


def test_a_recorded_filter_the_index_cannot_apply_is_reported(sim) -> None:
    """A recorded filter on a field the local index lacks fails with what to pass instead."""
    original = make_trace(1)
    original.spans_of("retriever")[0].attributes["retrieval.filter"] = {"tenant": "acme"}
    with pytest.raises(ReplayError, match=r"not on 'tenant'.*retrieval_filter"):
        replay_trace(original, {"index": "kb-backup"}, client=sim)


def test_build_request_is_a_dry_run() -> None:
    """The request can be inspected before anything is sent; v2.0 renders the grounding rules."""
    request = build_request(make_trace(version="v1.3"), {"prompt_version": "v2.0"})
    assert "Answer only with facts" in request.messages[0]["content"]
    assert request.prompt.defaulted == []


def test_v2_replay_of_a_v13_trace_scores_higher(sim) -> None:
    """Swapping the legacy prompt for v2.0 raises quality on every question."""
    for i in range(len(QUESTIONS)):
        trace = make_trace(i, version="v1.3")
        legacy = replay_trace(trace, client=sim, llm="live").score("quality")
        current = replay_trace(trace, {"prompt_version": "v2.0"}, client=sim).score("quality")
        assert current > legacy


def test_removing_the_grounding_instruction_lowers_quality(sim) -> None:
    """Behaviour comes from the prompt: without its grounding sentence v2.0 scores lower, never higher."""
    v2 = default_registry().get("support-answer", "v2.0")
    sentence = "Answer only with facts stated in the help-center articles below. "
    assert sentence in v2.system
    ungrounded = PromptTemplate(**{**v2.model_dump(), "version": "v2.0-ungrounded",
                                   "system": v2.system.replace(sentence, "")})
    registry = default_registry().with_template(ungrounded)
    with_rule, without_rule = [], []
    for i in range(len(QUESTIONS)):
        trace = make_trace(i)
        with_rule.append(replay_trace(trace, {"prompt_version": "v2.0"}, client=sim, registry=registry)
                         .score("quality"))
        without_rule.append(replay_trace(trace, {"prompt_version": "v2.0-ungrounded"}, client=sim,
                                         registry=registry).score("quality"))
    assert all(b <= a for a, b in zip(with_rule, without_rule, strict=True))
    assert sum(without_rule) < sum(with_rule)


def test_replay_never_reads_the_trace_id(sim) -> None:
    """Renaming a trace changes the replay id only, never the answer."""
    trace = make_trace(2)
    renamed = trace.model_copy(update={"trace_id": "trace-e-hallucination"})
    assert replay_trace(trace, client=sim, llm="live").answer == replay_trace(renamed, client=sim, llm="live").answer


def test_index_override_clears_a_recorded_retrieval_error() -> None:
    """Re-running retrieval replaces the recorded retriever failure with the new, successful result."""
    from llmops_kit.io import load_trace_record
    from llmops_kit.replay import replay_trace
    from llmops_kit.traces import ErrorInfo

    trace = load_trace_record("traces/ch07_debug/trace-b-retrieval-mismatch.json")
    retriever = trace.spans_of("retriever")[0]
    retriever.status = "error"
    retriever.error = ErrorInfo(type="ConnectionError", message="vector store unreachable")
    retriever.documents = []
    replayed = replay_trace(trace, {"index": "kb-backup"})
    new_retriever = replayed.spans_of("retriever")[0]
    assert new_retriever.status == "ok" and new_retriever.error is None
    assert new_retriever.documents
