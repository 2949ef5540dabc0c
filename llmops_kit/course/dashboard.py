"""A mini dashboard for the incident drill: four metric panels against their contract bands.

Each panel plots one window metric (p95 latency, failure rate, quality proxy, tool success) stage by stage
over coloured bands taken from the observability contract (green below the warning bound, amber up to
the critical bound, red beyond; mirrored for lower-is-worse metrics), so a drill reads green -> red ->
green at a glance. The same drawing serves three uses:

- :class:`DrillDashboard` is the drill's ``on_stage`` callback; with ``live=True`` it shows one image in
  a notebook and replaces it in place after every stage (IPython display id), so the executed notebook
  keeps a single image: the final state.
- :func:`render_dashboard` writes the final state as a PNG; :func:`render_dashboard_gif` writes one frame
  per stage as an animated GIF.

Files are deterministic: the Agg canvas, a fixed size and dpi, and no software or time stamp in the metadata.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, PercentFormatter
from PIL import Image

from ..atomic import atomic_open, atomic_write
from ..contract import Contract, load_contract
from ..errors import DashboardError
from ..metrics import format_value
from .drill_log import DASHBOARD_METRICS, DrillLog, DrillStage

#: Grade -> line/marker colour; band fill colours are lighter versions.
GRADE_COLORS = {"green": "#2e7d32", "warning": "#ef8f00", "critical": "#c62828"}
BAND_COLORS = {"green": "#e3f1e4", "warning": "#fff0d0", "critical": "#fbe0e0"}
STATUS_COLORS = {"HEALTHY": "#2e7d32", "RECOVERED": "#2e7d32", "ALERT": "#c62828", "MITIGATED": "#ef8f00",
                 "DEGRADED": "#c62828"}
PANEL_TITLES = {"latency_p95_ms": "p95 latency", "failure_rate": "Failure rate",
                "quality_proxy_rate": "Quality proxy rate", "tool_success_rate": "Tool success rate"}
STAGE_LABELS = ("baseline", "inject", "triage", "replay", "breaker", "recover", "postmortem")
FIGSIZE = (7.2, 5.0)
DPI = 150


def _y_top(metric: str, contract: Contract, values: Iterable[float | None]) -> float:
    rule = contract.metrics[metric]
    if rule.unit == "ratio":
        return 1.05
    seen = [v for v in values if v is not None]
    return max(rule.critical * 1.35, max(seen, default=0.0) * 1.15)


def _bands(ax: Any, metric: str, contract: Contract, top: float) -> None:
    rule = contract.metrics[metric]
    warn, crit = rule.warning, rule.critical
    if rule.direction == "higher_is_worse":
        spans = (("green", 0.0, warn), ("warning", warn, crit), ("critical", crit, top))
    else:
        spans = (("critical", 0.0, crit), ("warning", crit, warn), ("green", warn, top))
    for grade, low, high in spans:
        ax.axhspan(low, high, color=BAND_COLORS[grade], zorder=0, linewidth=0)
    for bound, grade in ((rule.warning, "warning"), (rule.critical, "critical")):
        ax.axhline(bound, color=GRADE_COLORS[grade], linewidth=0.8, linestyle="--", zorder=1)


def _panel(ax: Any, metric: str, stages: Sequence[DrillStage], contract: Contract, top: float, total: int) -> None:
    _bands(ax, metric, contract, top)
    points = [(s.number, s.metrics.get(metric), s.grades.get(metric)) for s in stages]
    known = [(x, v, g) for x, v, g in points if v is not None]
    if known:
        ax.plot([x for x, _, _ in known], [v for _, v, _ in known], color="#455a64", linewidth=1.6, zorder=2)
        for x, v, g in known:
            ax.scatter([x], [v], s=60, color=GRADE_COLORS.get(g or "", "#757575"), edgecolor="white",
                       linewidth=1.0, zorder=3)
    last = points[-1] if points else (0, None, None)
    grade = last[2] or "not graded"
    ax.set_title(f"{PANEL_TITLES.get(metric, metric)}: {format_value(metric, last[1])} ({grade})", fontsize=10.5,
                 color=GRADE_COLORS.get(grade, "#424242"), loc="left")
    ax.set_xlim(0.5, total + 0.5)
    ax.set_ylim(0.0, top)
    ax.set_xticks(range(1, total + 1))
    labels = STAGE_LABELS[:total] if total <= len(STAGE_LABELS) else [str(i) for i in range(1, total + 1)]
    ax.set_xticklabels(labels, fontsize=9, rotation=25, ha="right", rotation_mode="anchor")
    if stages:
        ax.axvline(stages[-1].number, color="#90a4ae", linewidth=6, alpha=0.25, zorder=1)
    rule = contract.metrics[metric]
    if rule.unit == "ratio":
        ax.yaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
    else:
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
        ax.set_ylabel(rule.unit, fontsize=9)
    ax.tick_params(axis="y", labelsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def draw(
    stages: Sequence[DrillStage], contract: Contract | None = None, *, failure: str = "", total: int = 7,
    y_from: Sequence[DrillStage] | None = None,
) -> Figure:
    """The dashboard for the stages so far (x axis fixed at ``total`` stages); ``y_from`` fixes the y ranges."""
    contract = contract or load_contract()
    fig = Figure(figsize=FIGSIZE, dpi=DPI)
    FigureCanvasAgg(fig)
    axes = fig.subplots(2, 2)
    scale = y_from if y_from is not None else stages
    for ax, metric in zip(axes.flat, DASHBOARD_METRICS, strict=True):
        top = _y_top(metric, contract, (s.metrics.get(metric) for s in scale))
        _panel(ax, metric, stages, contract, top, total)
    current = stages[-1] if stages else None
    status = current.system_status if current else "WAITING"
    headline = f"Incident drill{': ' + failure.replace('_', ' ') if failure else ''}"
    step = f"stage {current.number}/{total} {current.title}" if current else "waiting for the first stage"
    fig.suptitle(f"{headline} — {step} — {status}", fontsize=11, fontweight="bold",
                 color=STATUS_COLORS.get(status, "#424242"))
    fig.text(0.5, 0.005, "bands from the observability contract: green / warning / critical; "
             "points coloured by the grade at each stage", ha="center", fontsize=8.5, color="#616161")
    fig.subplots_adjust(left=0.1, right=0.98, top=0.86, bottom=0.15, hspace=0.62, wspace=0.22)
    return fig


def figure_png(fig: Figure) -> bytes:
    """PNG bytes without software or time metadata, so the same figure gives the same bytes."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


class DrillDashboard:
    """The drill's ``on_stage`` callback: keeps the stages and, when live, redraws one notebook image in place."""

    def __init__(self, contract: Contract | None = None, *, failure: str = "", live: bool = False) -> None:
        self.contract = contract or load_contract()
        self.failure = failure
        self.live = live
        self.stages: list[DrillStage] = []
        self._handle: Any = None

    def png(self) -> bytes:
        return figure_png(draw(self.stages, self.contract, failure=self.failure))

    def show(self) -> None:
        """Display the (empty or current) dashboard once; later updates replace this image."""
        from IPython.display import Image as IPythonImage  # only needed in a notebook
        from IPython.display import display

        self._handle = display(IPythonImage(data=self.png()), display_id=True)

    def update(self, stage: DrillStage) -> None:
        """Add a stage and, when live, redraw the image in place."""
        self.stages.append(stage)
        if not self.live:
            return
        if self._handle is None:
            self.show()
            return
        from IPython.display import Image as IPythonImage

        self._handle.update(IPythonImage(data=self.png()))

    __call__ = update


def _stages_of(log: DrillLog | Sequence[DrillStage]) -> tuple[list[DrillStage], str]:
    stages = list(log.stages) if isinstance(log, DrillLog) else list(log)
    if not stages:
        raise DashboardError("the drill log has no stages to draw; run run_drill() first.")
    return stages, log.failure if isinstance(log, DrillLog) else ""


def render_dashboard(
    log: DrillLog | Sequence[DrillStage], path: str | os.PathLike[str], contract: Contract | None = None
) -> Path:
    """Write the final dashboard (every stage) as a PNG."""
    stages, failure = _stages_of(log)
    return atomic_write(path, figure_png(draw(stages, contract, failure=failure)))


def render_dashboard_gif(
    log: DrillLog | Sequence[DrillStage], path: str | os.PathLike[str], contract: Contract | None = None,
    *, frame_ms: int = 1200, hold_ms: int = 3000,
) -> Path:
    """Write one frame per stage as a looping GIF (y ranges fixed by the whole drill, last frame held longer)."""
    stages, failure = _stages_of(log)
    frames = []
    for k in range(1, len(stages) + 1):
        png = figure_png(draw(stages[:k], contract, failure=failure, y_from=stages))
        with Image.open(io.BytesIO(png)) as image:
            frames.append(image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=0))
    durations = [frame_ms] * (len(frames) - 1) + [hold_ms]
    with atomic_open(path, "wb") as handle:
        frames[0].save(handle, format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0,
                       optimize=False, disposal=1)
    return Path(path)


__all__ = [
    "BAND_COLORS",
    "GRADE_COLORS",
    "DashboardError",
    "DrillDashboard",
    "draw",
    "figure_png",
    "render_dashboard",
    "render_dashboard_gif",
]
