"""The INC-2025-007 evidence traces: they tell the incident's story through signals, and the package
reproduces the diagnosis from them (detectors flag the fine-tune, replay on the previous model fixes it)."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.io import load_traces, trace_to_json
from llmops_kit.metrics import trace_facts
from llmops_kit.quality import score_trace
from llmops_kit.traces import Trace

ROOT = Path(__file__).resolve().parent.parent
EVIDENCE = ROOT / "traces" / "inc_2025_007"
FT_MODEL = "ft:gpt-4o-mini-2024-07-18:acme-support:tone-v3"
BASE_MODEL = "gpt-4o-mini"
DEPLOY = datetime(2025, 3, 10, 9, 15, tzinfo=timezone.utc)
ROLLBACK = datetime(2025, 3, 10, 11, 20, tzinfo=timezone.utc)
VERDICT_KEYS = {"failure_mode", "diagnosis", "label", "verdict", "is_hallucination"}


@lru_cache(maxsize=1)
def evidence() -> tuple[Trace, ...]:
    result = load_traces(EVIDENCE)
    assert result.ok, [str(e) for e in result.errors]
    return tuple(sorted(result.traces, key=lambda t: t.timestamp or DEPLOY))


def hallucinating() -> list[Trace]:
    return [t for t in evidence() if "HALLUCINATION" in diagnose(t).codes]


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_every_file_loads_and_carries_no_verdict() -> None:
    """All evidence files validate, and no key anywhere names a failure or an expected outcome."""
    assert len(evidence()) >= 20
    for path in EVIDENCE.glob("*.json"):
        keys = _keys(json.loads(path.read_text(encoding="utf-8")))
        assert not keys & VERDICT_KEYS and not any(k.startswith("expected_") for k in keys), path.name


def test_models_follow_the_deploy_and_rollback_times() -> None:
    """Before 09:15 and after 11:20 gpt-4o-mini answers; in between the tone-v3 fine-tune does."""
    for trace in evidence():
        assert trace.timestamp is not None and trace.timestamp.date().isoformat() == "2025-03-10"
        in_incident = DEPLOY <= trace.timestamp < ROLLBACK
        assert trace.model == (FT_MODEL if in_incident else BASE_MODEL), trace.trace_id
        assert trace.prompt_version == load_contract().prompts.expected["support-answer"]


def test_recorded_costs_use_the_contract_prices() -> None:
    """Each LLM span's cost is the contract's price for its model and token usage."""
    contract = load_contract()
    for trace in evidence():
        span = trace.llm_span
        assert span is not None and span.usage is not None and span.model is not None
        price = contract.price(span.model)
        assert price is not None
        assert span.cost_usd == pytest.approx(price.cost(span.usage.input_tokens, span.usage.output_tokens))


def test_detectors_flag_hallucination_only_on_the_fine_tune() -> None:
    """HALLUCINATION fires on incident traces and on no gpt-4o-mini trace; nothing else fires anywhere."""
    flagged = hallucinating()
    assert len(flagged) >= 5
    assert {t.model for t in flagged} == {FT_MODEL}
    for trace in evidence():
        codes = diagnose(trace).codes
        assert set(codes) <= {"HALLUCINATION"}, (trace.trace_id, codes)
        if trace.model == BASE_MODEL:
            assert codes == [], trace.trace_id


def test_flagged_answers_state_facts_the_context_lacks() -> None:
    """Each flagged answer has unsupported sentences while its retrieval is relevant (not a retrieval fault)."""
    floor = load_contract().retrieval.relevance_floor
    for trace in hallucinating():
        assert score_trace(trace).unsupported_sentences
        assert max(trace.relevance_scores) >= floor


def _proxy(start: str, end: str) -> float:
    facts = trace_facts(evidence())
    hhmm = facts["timestamp"].map(lambda ts: ts.strftime("%H:%M"))
    window = facts[(hhmm >= start) & (hhmm < end)]
    return round(float(window["quality_pass"].astype(bool).mean()), 2)


def test_quality_proxy_tells_the_brief_story() -> None:
    """The sample's quality proxy is 91% before the deploy, 64% in the hour to 10:30 and 89% after rollback."""
    assert (_proxy("08:00", "09:15"), _proxy("09:30", "10:30"), _proxy("11:20", "12:00")) == (0.91, 0.64, 0.89)


def test_replay_on_the_previous_model_removes_the_unsupported_claims() -> None:
    """Replaying every flagged trace with model=gpt-4o-mini (simulator) gives grounded, unflagged answers."""
    from llmops_kit.replay import replay_trace  # the agreed replay interface

    for trace in hallucinating():
        replayed = replay_trace(trace, {"model": BASE_MODEL})
        assert replayed.model == BASE_MODEL
        assert replayed.metadata["replay"]["parent_trace_id"] == trace.trace_id
        assert score_trace(replayed).unsupported_sentences == [], trace.trace_id
        assert "HALLUCINATION" not in diagnose(replayed).codes


def test_generator_reproduces_the_committed_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """tools/make_inc_traces.py is deterministic and the committed traces are its output."""
    spec = importlib.util.spec_from_file_location("make_inc_traces", ROOT / "tools" / "make_inc_traces.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    built = {t.trace_id: trace_to_json(t) for t in module.build_all()}
    committed = {t.trace_id: trace_to_json(t) for t in evidence()}
    assert built == committed
