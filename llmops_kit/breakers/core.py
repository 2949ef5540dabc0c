"""What a circuit breaker is: trigger rules, the decision they produce, and the :class:`Breaker` that holds them.

A breaker evaluates either one request (a :class:`~llmops_kit.traces.Trace`, or its precomputed
:class:`~llmops_kit.breakers.signals.TraceSignals`) or one metric window (a mapping of the contract's
metric names, or any object whose ``.values`` is such a mapping, e.g. ``metrics.WindowMetrics``).
Bounds follow the contract's convention: a value exactly on an upper bound (SLA, budget, critical) is on
the bad side, as in :meth:`~llmops_kit.contract.MetricThreshold.grade`, while a floor (relevance, answer
quality) is met by a value exactly on it. A breaker never trips on a missing signal or on a window the
metrics engine marks as too small. The breakers for the incident classes are built in :mod:`.definitions`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from ..contract import Contract
from ..traces import Trace
from .signals import BreakerError, QualityScorer, TraceSignals, extract_signals

_OPS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}


@dataclass(frozen=True, slots=True)
class Rule:
    """One trigger: ``signal <op> threshold``, with the contract path the threshold came from."""

    signal: str
    op: Literal["<", "<=", ">", ">="]
    threshold: float
    source: str
    label: str
    unit: str = ""
    #: Whether a firing of this rule replaces the user's answer with the fallback. False for a rule whose
    #: harm is elsewhere (personal data stored in the trace, not shown): the action runs, the answer is served.
    withholds: bool = True
    compare: Callable[[float, float], bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.op not in _OPS:
            raise BreakerError(f"Rule on {self.signal!r} has operator {self.op!r}; use one of {', '.join(_OPS)}.")
        object.__setattr__(self, "compare", _OPS[self.op])

    def fires(self, value: float) -> bool:
        return self.compare(value, self.threshold)

    def describe(self, value: float | None = None) -> str:
        unit = f" {self.unit}" if self.unit else ""
        shown = f"{_fmt(value)} " if value is not None else ""
        return f"{self.label} {shown}{self.op} {_fmt(self.threshold)}{unit} ({self.source})"


def _fmt(value: float) -> str:
    return f"{round(value, 4):g}" if abs(value) >= 1e-3 or value == 0 else f"{value:.4f}"


class BreakerDecision(NamedTuple):
    """The full decision with its evidence; :meth:`as_dict` is the brief's three-key decision object.

    A NamedTuple: immutable and cheap to build, which matters in the per-request hot path.
    """

    breaker: str
    incident_class: str
    scope: Literal["trace", "window"]
    activate: bool
    action: str
    fallback_response: str
    reasons: tuple[str, ...] = ()
    not_evaluable: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"activate": self.activate, "action": self.action, "fallback_response": self.fallback_response}


PASS_ACTION = "none: pass the request through unchanged"

Subject = Trace | TraceSignals | Mapping[str, Any] | Any


@dataclass(frozen=True)
class Breaker:
    """A circuit breaker for one incident class: triggers, action, user impact, rollback, fallback."""

    name: str
    incident_class: str
    action: str
    user_impact: str
    rollback: str
    fallback_response: str
    trace_rules: tuple[Rule, ...] = ()
    window_rules: tuple[Rule, ...] = ()
    scorer: QualityScorer | None = field(default=None, compare=False, repr=False)
    contract: Contract | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_trace_signals", tuple(dict.fromkeys(rule.signal for rule in self.trace_rules)))
        # the common answer, "no trigger and nothing missing", is built once per breaker and scope
        for scope in ("trace", "window"):
            passed = BreakerDecision(self.name, self.incident_class, scope, False, PASS_ACTION, "", (), ())
            object.__setattr__(self, f"_pass_{scope}", passed)

    @property
    def trace_signals(self) -> tuple[str, ...]:
        """The per-request signals this breaker reads (computed once, when the breaker is built)."""
        return self._trace_signals  # type: ignore[attr-defined, no-any-return]

    def trigger_text(self) -> str:
        """The trigger condition in words, generated from the rules."""
        parts = []
        if self.trace_rules:
            parts.append("per request: " + " OR ".join(rule.describe() for rule in self.trace_rules))
        if self.window_rules:
            parts.append("per window: " + " OR ".join(rule.describe() for rule in self.window_rules))
        return "; ".join(parts)

    # ---- evaluation ----------------------------------------------------------------------------
    def decide(self, subject: Subject) -> BreakerDecision:
        """Evaluate one request or one window and return the decision with its reasons."""
        if isinstance(subject, TraceSignals):
            return self._apply(self.trace_rules, subject.values, "trace")
        if isinstance(subject, Trace):
            signals = extract_signals(subject, self.trace_signals, scorer=self.scorer, contract=self.contract)
            return self._apply(self.trace_rules, signals.values, "trace")
        if isinstance(subject, Mapping):
            return self._apply(self.window_rules, subject, "window")
        values = getattr(subject, "values", None)
        if isinstance(values, Mapping):
            status = getattr(subject, "status", "ok")
            if status != "ok":
                return self._hold("window", f"window status is {status!r}; breakers only act on full windows")
            extras = getattr(subject, "extras", None)
            if isinstance(extras, Mapping) and extras:
                values = {**extras, **values}
            return self._apply(self.window_rules, values, "window")
        raise BreakerError(
            f"Breaker {self.name!r} cannot evaluate a {type(subject).__name__}; pass a Trace, TraceSignals, "
            "a mapping of metric names to values, or a WindowMetrics."
        )

    def evaluate(self, subject: Subject) -> dict[str, Any]:
        """``{"activate": bool, "action": str, "fallback_response": str}`` for one request or window."""
        return self.decide(subject).as_dict()

    def _apply(
        self, rules: Sequence[Rule], values: Mapping[str, Any], scope: Literal["trace", "window"]
    ) -> BreakerDecision:
        reasons: list[str] | None = None
        missing: list[str] | None = None
        withhold = False
        for rule in rules:
            value = values.get(rule.signal)
            if value is None or value != value:  # missing or NaN: not evaluable, never a silent pass
                missing = [*(missing or ()), rule.signal]
            elif rule.compare(value, rule.threshold):
                reasons = [*(reasons or ()), rule.describe(float(value))]
                withhold = withhold or rule.withholds
        if not rules:
            missing = [f"no {scope}-level rule"]
        if reasons:
            return BreakerDecision(self.name, self.incident_class, scope, True, self.action,
                                   self.fallback_response if withhold else "", tuple(reasons),
                                   tuple(missing or ()))
        if missing is None:
            return getattr(self, f"_pass_{scope}")
        return BreakerDecision(self.name, self.incident_class, scope, False, PASS_ACTION, "", (), tuple(missing))

    def _hold(self, scope: Literal["trace", "window"], why: str) -> BreakerDecision:
        return BreakerDecision(self.name, self.incident_class, scope, False, PASS_ACTION, "", (), (why,))


__all__ = ["PASS_ACTION", "Breaker", "BreakerDecision", "Rule", "Subject"]
