"""The drill's log: each stage's printed lines, metrics and grades, the run as a table, and the mini
postmortem (stage 7) written from the other stages' data.

:class:`DrillLog` is what :func:`llmops_kit.course.drill.run_drill` returns and what the dashboard
draws; ``text()`` is exactly what was printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from ..incidents import INCIDENT_CLASSES
from ..metrics import METRIC_NAMES, WindowMetrics, format_value

POSTMORTEM_REFERENCE = "postmortem_INC-2025-007.md"
#: The metrics the dashboard draws, in panel order.
DASHBOARD_METRICS: tuple[str, ...] = ("latency_p95_ms", "failure_rate", "quality_proxy_rate", "tool_success_rate")


class DrillStage(BaseModel):
    """One stage: its printed lines, the window's metrics and grades at that point, and structured data."""

    model_config = ConfigDict(frozen=True)

    number: int
    name: str
    title: str
    lines: list[str]
    system_status: str
    metrics: dict[str, float | None] = Field(default_factory=dict)
    grades: dict[str, str] = Field(default_factory=dict)
    data: dict[str, Any] = Field(default_factory=dict)

    def text(self) -> str:
        return "\n".join([f"=== Stage {self.number}: {self.title} ===", *self.lines])


class DrillLog(BaseModel):
    """The whole drill, stage by stage; ``text()`` is exactly what was printed."""

    model_config = ConfigDict(frozen=True)

    seed: int
    failure: str
    stages: list[DrillStage]

    def text(self) -> str:
        return "\n\n".join(stage.text() for stage in self.stages) + "\n"

    def stage(self, name: str) -> DrillStage:
        for stage in self.stages:
            if stage.name == name:
                return stage
        raise KeyError(f"no stage {name!r}; stages are: {', '.join(s.name for s in self.stages)}.")

    def metrics_table(self) -> pd.DataFrame:
        """One row per stage: system status, the dashboard metrics with grades, and every breached metric."""
        rows = []
        for s in self.stages:
            row: dict[str, Any] = {"stage": s.number, "name": s.name, "system_status": s.system_status}
            for metric in DASHBOARD_METRICS:
                row[metric] = s.metrics.get(metric)
                row[f"{metric}_grade"] = s.grades.get(metric, "not graded")
            row["breaches"] = ", ".join(f"{m} ({g})" for m, g in s.grades.items() if g != "green") or "none"
            rows.append(row)
        return pd.DataFrame(rows)


def make_stage(number: int, name: str, title: str, lines: list[str], status: str, window: WindowMetrics | None,
           data: dict[str, Any]) -> DrillStage:
    """A stage with the window's metrics and grades at that point (none before a window exists)."""
    return DrillStage(number=number, name=name, title=title, lines=lines, system_status=status,
                      metrics=dict(window.values) if window else {}, grades=dict(window.grades) if window else {},
                      data=data)


def metric_lines(window: WindowMetrics) -> list[str]:
    """One aligned line per contract metric: value and grade, as the drill prints them."""
    return [f"  {m:<22} {format_value(m, window.values.get(m)):>12}  {window.grades.get(m, 'not graded')}"
            for m in METRIC_NAMES]


def window_status(window: WindowMetrics) -> str:
    """ALERT when any metric is outside green, else HEALTHY."""
    return "ALERT" if window.breaches() else "HEALTHY"


def stage_postmortem(stages: Sequence[DrillStage], failure: str) -> DrillStage:
    """Stage 7: the facts a postmortem of the drill needs, from stages 1-6, and the Task 5 reference.

    Facts, not prose: the mini postmortem itself is written for its case in the notebook, from these lines.
    """
    last = stages[-1]
    return DrillStage(number=7, name="postmortem", title="Postmortem reference", lines=_facts(list(stages), failure),
                      system_status=last.system_status, metrics=last.metrics, grades=last.grades,
                      data={"reference": POSTMORTEM_REFERENCE})


def _facts(stages: list[DrillStage], failure: str) -> list[str]:
    """One line per fact: what failed, what alerted, what triage, replay, breaker and recovery found."""
    inj, tri, dia, mit, rec = (stages[i].data for i in (1, 2, 3, 4, 5))
    alerts = ", ".join(f"{m} {format_value(m, stages[1].metrics.get(m))} ({g})"
                       for m, g in stages[1].grades.items() if g != "green") or "none"
    klass = tri.get("incident_class")
    known = INCIDENT_CLASSES.get(klass) if klass else None  # type: ignore[call-overload]
    fix = ", ".join(f"{k}={v}" for k, v in rec["overrides"].items()) or "none"
    if dia.get("outcome"):
        key = next(iter(dia["overrides"]))
        replay = (f"control ({key}={dia['recorded']}): {dia['finding']} "
                  f"{'reproduced' if dia['reproduces'] else 'absent'}; override ({key}={dia['override_value']}): "
                  f"{dia['outcome']}; confirmed: {'yes' if dia['confirmed'] else 'no'}")
    else:
        replay = "no replay (no finding or no override to test)"
    return [
        f"Facts for the postmortem — drill: {failure.replace('_', ' ')} (seed {stages[0].data['seed']})",
        f"  failed requests:      {inj['failed']} of {inj['requests']} ({inj['affected_share']:.0%} failed a "
        "user-facing check)",
        f"  seen by HTTP status / latency monitoring: {inj['http_visible']} of {inj['failed']}",
        f"  alerts:               {alerts}",
        f"  triage:               {klass or 'no incident class'} / {tri.get('severity') or '-'}"
        + (f", respond within {tri['response_minutes']} minutes" if tri.get("response_minutes") else ""),
        f"  replay:               {replay}",
        f"  breaker:              {mit.get('breaker', 'none')}: {mit.get('intercepted_failed', 0)} of "
        f"{mit.get('failed', 0)} failed and {mit.get('intercepted_healthy', 0)} healthy requests intercepted",
        f"  recovery:             new traffic (seed {rec['seed']}) with {fix}: {_green(not rec['still_red'])}, "
        f"breaker {'open' if rec['breaker_open'] else 'closed'}; restored baseline: {_green(rec['restored_healthy'])}",
        f"  runbook first step:   {known.first_response if known else 'keep watching the dashboard'}",
        f"Full postmortem in the course template: {POSTMORTEM_REFERENCE} (Task 5).",
    ]


def _green(ok: bool) -> str:
    return "all green" if ok else "not green"
