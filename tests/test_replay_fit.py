"""fit_profiles: speed and unsupported-claim rate measured from recorded traces, next to the profile's."""

from __future__ import annotations

import pytest

from llmops_kit.knowledge_base import get_index
from llmops_kit.replay import DEFAULT_PROFILES, fit_profiles, fitted_profiles
from llmops_kit.testing import build_trace

QUERIES = ["How do I reset my password?", "Can I pay with Klarna?", "What is the warranty on a tent?",
           "How do I use a promo code?", "Can I exchange my jacket for a different size?"]


def _traces(ttft: float, tokens_per_s: float, model: str = "gpt-4o-mini") -> list:
    out = []
    for i, query in enumerate(QUERIES):
        docs = get_index("kb-primary").search(query, k=4)
        answer = " ".join(d.content or "" for d in docs[: 1 + i % 3])[: 200 + 150 * i]
        tokens = len(answer) // 4
        out.append(build_trace(f"f-{i}", query, docs, answer, model=model, llm_ms=ttft + tokens / tokens_per_s * 1000))
    return out


def test_speed_fit_recovers_known_parameters() -> None:
    """Spans timed as ttft + tokens / speed give back that ttft and speed."""
    fit = fit_profiles(_traces(400.0, 80.0)).iloc[0]
    assert fit["intercept_ms_fitted"] == pytest.approx(400.0, abs=1.0)
    assert fit["tokens_per_s_fitted"] == pytest.approx(80.0, rel=0.01)
    assert fit["speed_r2"] == pytest.approx(1.0, abs=1e-3)


def test_unsupported_rate_is_measured_by_the_scorer() -> None:
    """One answer with an invented policy among five: the measured rate is 0.2 and adherence is solved from it."""
    traces = _traces(300.0, 120.0)
    bad = traces[0]
    invented = "Every item also comes with a free lifetime warranty and 90 days of free returns at 200 stores."
    bad.llm_span.output = invented
    bad.output = {"answer": invented}
    bad.root_span.output = {"answer": invented}
    fit = fit_profiles(traces).iloc[0]
    assert fit["unsupported_rate_measured"] == pytest.approx(0.2)
    profile = DEFAULT_PROFILES["gpt-4o-mini"]
    expected = 1 - 0.2 / ((1 - profile.fidelity) * (0.5 + 0.2 / 2))
    assert fit["adherence_fitted"] == pytest.approx(max(0.0, expected), abs=1e-3)


def test_fitted_profiles_say_where_their_numbers_come_from() -> None:
    """Applying a fit changes the fitted numbers and records the source; other profiles stay assumptions."""
    profiles = fitted_profiles(fit_profiles(_traces(400.0, 80.0)))
    assert profiles["gpt-4o-mini"].tokens_per_s == pytest.approx(80.0, rel=0.01)
    assert "fitted on 5 recorded gpt-4o-mini spans" in profiles["gpt-4o-mini"].source
    assert profiles["gpt-4o"].source.startswith("speed: set by hand")


def test_every_default_profile_states_its_source() -> None:
    """No profile number is silent about being an assumption."""
    assert all("assumption" in p.source for p in DEFAULT_PROFILES.values())
