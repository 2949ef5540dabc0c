"""The brief's two alert windows, reconstructed as seeded traffic.

The failure-mode mixes below are calibrated so that the window metrics computed from the generated
traces land near the three alerts the brief quotes (quality proxy 92% -> 68%, p95 latency 1,800 ->
9,200 ms, tool success 97% -> 72%). They are a reconstruction for the course, not a measurement, and
live here rather than in :mod:`llmops_kit.traffic` (the general generator) for that reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ..contract import Contract
from ..traces import Trace
from ..traffic import generate_traffic

#: The hour before the alerts: healthy traffic with the usual background of isolated failures.
#: Counts per 240 requests (one every 15 s); other window sizes scale them.
BEFORE_HOUR_MIX: dict[str, float] = {
    "healthy": 213, "hallucination": 8, "retrieval_mismatch": 6, "wrong_prompt_version": 5,
    "tool_timeout": 2, "slow_response": 2, "empty_retrieval": 2, "cost_spike": 2,
}
#: The incident hour: answers drift from the articles, the order service times out and the model
#: provider slows down, all at once.
INCIDENT_HOUR_MIX: dict[str, float] = {
    "healthy": 107, "hallucination": 53, "retrieval_mismatch": 14, "wrong_prompt_version": 10,
    "tool_timeout": 24, "slow_response": 22, "empty_retrieval": 6, "cost_spike": 4,
}
INCIDENT_HOUR_START = datetime(2025, 3, 12, 8, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class AlertWindows:
    """The hour before the alerts and the incident hour, as traces."""

    before: list[Trace]
    incident: list[Trace]
    start: datetime

    def as_dict(self) -> dict[str, list[Trace]]:
        return {"hour before": self.before, "incident hour": self.incident}


def alert_windows(
    seed: int = 7,
    *,
    per_hour: int = 240,
    incident_start: datetime = INCIDENT_HOUR_START,
    before_mix: Mapping[str, float] | None = None,
    incident_mix: Mapping[str, float] | None = None,
    contract: Contract | None = None,
) -> AlertWindows:
    """Two one-hour windows of generated traffic whose computed metrics show the brief's three alerts.

    Nothing here sets a metric: the windows are traffic with a mode mix, and the quality proxy, p95
    latency and tool success rate come out of :func:`llmops_kit.metrics.compute_metrics`.
    """
    spacing = timedelta(seconds=3600 / per_hour)
    before = generate_traffic(
        per_hour, mix=before_mix or BEFORE_HOUR_MIX, start=incident_start - timedelta(hours=1), spacing=spacing,
        seed=seed, id_prefix="tr", contract=contract,
    )
    incident = generate_traffic(
        per_hour, mix=incident_mix or INCIDENT_HOUR_MIX, start=incident_start, spacing=spacing,
        seed=seed + 1, id_prefix="tr", contract=contract,
    )
    return AlertWindows(before=before, incident=incident, start=incident_start)
