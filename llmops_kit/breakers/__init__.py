"""Circuit breakers: stop-the-bleeding actions for the five incident classes (Task 4).

- :mod:`.signals` extracts the per-request signals a breaker reads (cheap, one pass; quality optional).
- :mod:`.core` defines a breaker: its rules, its decision and the :class:`Breaker` that evaluates them.
- :mod:`.definitions` builds one breaker per class with contract-derived triggers, and the design table.
- :mod:`.state` adds closed / open / half-open with cool-down and a probe, as middleware around a call.
- :mod:`.simulation` runs labelled requests through the breakers and counts interceptions, FP and FN
  (the course's batches are in :mod:`llmops_kit.course.breaker_batches`).
"""

from __future__ import annotations

from .core import PASS_ACTION, Breaker, BreakerDecision, Rule
from .definitions import (
    BUILDERS,
    INCIDENT_CLASSES,
    cost_spike_breaker,
    data_incident_breaker,
    default_breakers,
    design_table,
    performance_degradation_breaker,
    prompt_injection_breaker,
    quality_degradation_breaker,
    retrieval_outage_breaker,
)
from .signals import (
    TRACE_SIGNALS,
    BreakerError,
    QualityScorer,
    TraceSignals,
    extract_signals,
    find_pii,
    redact_pii,
    signals_from_facts,
)
from .state import BreakerState, Clock, FakeClock, StatefulBreaker, Transition

__all__ = [
    "BUILDERS",
    "INCIDENT_CLASSES",
    "PASS_ACTION",
    "TRACE_SIGNALS",
    "Breaker",
    "BreakerDecision",
    "BreakerError",
    "BreakerState",
    "Clock",
    "FakeClock",
    "QualityScorer",
    "Rule",
    "StatefulBreaker",
    "TraceSignals",
    "Transition",
    "cost_spike_breaker",
    "data_incident_breaker",
    "default_breakers",
    "design_table",
    "extract_signals",
    "find_pii",
    "performance_degradation_breaker",
    "prompt_injection_breaker",
    "quality_degradation_breaker",
    "redact_pii",
    "retrieval_outage_breaker",
    "signals_from_facts",
]
