"""Fit the simulator's model profiles from recorded traces, so its numbers say where they come from.

Two things can be measured on a recording, per model:

- **speed**: the recorded LLM spans' durations against their output tokens, fitted by least squares as
  ``duration = intercept + output_tokens / tokens_per_s`` (input-token prefill is too small a share of a support
  request's time to separate from the intercept on a few dozen spans, so it stays the profile's value). The
  intercept is the fixed part of a call as the straight line sees it, not a measured time to first token: a
  recorded first-token wait can land partly in the slope, so the two can differ;
- **unsupported-claim rate**: the share of that model's recorded answers on which the scorer
  (:mod:`llmops_kit.diagnose`, groundedness below the contract's floor) finds HALLUCINATION.

The behaviour model draws one unsupported claim with chance ``(1 - fidelity) x (1 - adherence) x
(0.5 + temperature / 2)`` under a grounding prompt, so the measured rate fixes the product, not both
factors: :func:`fit_profile` keeps the profile's ``fidelity`` (an assumption) and solves for ``adherence``.
Anything a table here cannot measure stays an assumption, and the notebook says so next to the conclusion.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import replace

import pandas as pd

from ..contract import Contract, load_contract
from ..diagnose import diagnose
from ..traces import Trace
from .simulator import DEFAULT_PROFILES, ModelProfile, Simulator

FIT_COLUMNS = ["model", "profile", "spans", "intercept_ms_fitted", "ttft_ms_profile", "tokens_per_s_fitted",
               "tokens_per_s_profile", "speed_r2", "answers", "unsupported_rate_measured",
               "unsupported_rate_profile", "adherence_profile", "adherence_fitted", "fidelity_assumed"]


def _claim_chance(profile: ModelProfile, temperature: float) -> float:
    return (1 - profile.fidelity) * (1 - profile.adherence) * (0.5 + temperature / 2)


def _speed(durations: list[float], outputs: list[float]) -> tuple[float, float, float] | None:
    """(ttft_ms, tokens_per_s, r2) by least squares, or None when the spans cannot separate the two."""
    if len(durations) < 3 or len(set(outputs)) < 2:
        return None
    per_token, ttft = statistics.linear_regression(outputs, durations)
    if per_token <= 0:
        return None
    r2 = statistics.correlation(outputs, durations) ** 2 if len(set(durations)) > 1 else 1.0
    return float(ttft), 1000.0 / float(per_token), r2


def fit_profiles(
    traces: Iterable[Trace], *, simulator: Simulator | None = None, contract: Contract | None = None
) -> pd.DataFrame:
    """One row per recorded model: fitted speed and measured unsupported-claim rate next to the profile's."""
    contract = contract or load_contract()
    simulator = simulator or Simulator()
    by_model: dict[str, list[Trace]] = {}
    for trace in traces:
        if trace.llm_span is not None and trace.model:
            by_model.setdefault(trace.model, []).append(trace)
    rows = []
    for model, group in sorted(by_model.items()):
        profile = simulator.profiles.get(model) or next(
            (p for name, p in simulator.profiles.items() if model.startswith(name + "-")), None)
        spans = [t.llm_span for t in group if t.llm_span is not None and t.llm_span.usage is not None]
        durations = [s.duration_ms for s in spans]
        outputs = [float(s.usage.output_tokens) for s in spans if s.usage]
        speed = _speed(durations, outputs)
        temps = [t.temperature for t in group if t.temperature is not None]
        temperature = statistics.fmean(temps) if temps else 1.0
        rate = sum("HALLUCINATION" in diagnose(t, contract).codes for t in group) / len(group)
        fitted_adherence = None
        if profile is not None and profile.fidelity < 1:
            scale = (1 - profile.fidelity) * (0.5 + temperature / 2)
            fitted_adherence = round(min(1.0, max(0.0, 1 - rate / scale)), 3)
        rows.append({
            "model": model, "profile": profile.name if profile else None, "spans": len(spans),
            "intercept_ms_fitted": None if speed is None else round(speed[0], 1),
            "ttft_ms_profile": profile.ttft_ms if profile else None,
            "tokens_per_s_fitted": None if speed is None else round(speed[1], 1),
            "tokens_per_s_profile": profile.tokens_per_s if profile else None,
            "speed_r2": None if speed is None else round(speed[2], 3),
            "answers": len(group), "unsupported_rate_measured": round(rate, 3),
            "unsupported_rate_profile": round(_claim_chance(profile, temperature), 3) if profile else None,
            "adherence_profile": profile.adherence if profile else None, "adherence_fitted": fitted_adherence,
            "fidelity_assumed": profile.fidelity if profile else None,
        })
    return pd.DataFrame(rows, columns=FIT_COLUMNS)


def fitted_profiles(fit: pd.DataFrame, profiles: dict[str, ModelProfile] | None = None) -> dict[str, ModelProfile]:
    """The profiles with every fitted number from :func:`fit_profiles` applied, each saying so in ``source``."""
    out = dict(DEFAULT_PROFILES if profiles is None else profiles)
    for row in fit.to_dict("records"):
        name = row["profile"]
        if name is None or name not in out:
            continue
        changes: dict[str, object] = {}
        notes = []
        if row["intercept_ms_fitted"] is not None and row["intercept_ms_fitted"] > 0:
            changes |= {"ttft_ms": row["intercept_ms_fitted"], "tokens_per_s": row["tokens_per_s_fitted"]}
            notes.append(f"speed fitted on {row['spans']} recorded {row['model']} spans (r2 {row['speed_r2']})")
        if row["adherence_fitted"] is not None:
            changes["adherence"] = row["adherence_fitted"]
            notes.append(f"adherence fitted to the measured unsupported-claim rate "
                         f"{row['unsupported_rate_measured']:.0%} on {row['answers']} answers, fidelity assumed")
        if changes:
            out[name] = replace(out[name], **changes, source="; ".join(notes))  # type: ignore[arg-type]
    return out


__all__ = ["FIT_COLUMNS", "fit_profiles", "fitted_profiles"]
