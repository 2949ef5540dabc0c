"""The drill dashboard: panels graded like the contract, live updates in place, deterministic PNG and GIF files."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from llmops_kit.contract import load_contract
from llmops_kit.course.dashboard import DashboardError, DrillDashboard, draw, render_dashboard, render_dashboard_gif
from llmops_kit.course.drill import DrillLog, DrillStage

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
#: (name, status, metric values): healthy, broken for three stages, healthy again.
HEALTHY = {"latency_p95_ms": 1500.0, "failure_rate": 0.0, "quality_proxy_rate": 1.0, "tool_success_rate": 1.0}
BROKEN = {"latency_p95_ms": 12000.0, "failure_rate": 0.6, "quality_proxy_rate": 0.4, "tool_success_rate": 0.7}


def _stage(number: int, values: dict[str, float], status: str) -> DrillStage:
    contract = load_contract()
    return DrillStage(
        number=number, name=f"s{number}", title=f"Stage {number}", lines=[], system_status=status,
        metrics=values, grades={m: contract.grade(m, v) for m, v in values.items()},
    )


@pytest.fixture
def log() -> DrillLog:
    """A seven-stage log that goes green -> red -> green, built by hand so the test needs no drill run."""
    plan = [(HEALTHY, "HEALTHY"), *[(BROKEN, "ALERT")] * 4, (HEALTHY, "RECOVERED"), (HEALTHY, "RECOVERED")]
    return DrillLog(seed=0, failure="latency_spike",
                    stages=[_stage(i, values, status) for i, (values, status) in enumerate(plan, start=1)])


def _titles(stages: list[DrillStage]) -> list[str]:
    return [ax.get_title(loc="left") for ax in draw(stages).axes]


def test_panels_show_the_grade_of_the_current_stage(log: DrillLog) -> None:
    """Each panel's title names the grade at the latest stage: green, then critical, then green again."""
    assert all(t.endswith("(green)") for t in _titles(log.stages[:1]))
    assert all(t.endswith("(critical)") for t in _titles(log.stages[:2]))
    assert all(t.endswith("(green)") for t in _titles(log.stages))


def test_png_is_written_with_a_png_header(log: DrillLog, tmp_path: Path) -> None:
    """render_dashboard writes a non-empty PNG at the path, creating the folder."""
    path = render_dashboard(log, tmp_path / "shots" / "drill_dashboard.png")
    data = path.read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 10_000


def test_png_bytes_are_reproducible_and_unstamped(log: DrillLog, tmp_path: Path) -> None:
    """The same log gives the same PNG bytes, with no software stamp in the metadata."""
    a = render_dashboard(log, tmp_path / "a.png").read_bytes()
    b = render_dashboard(log, tmp_path / "b.png").read_bytes()
    assert a == b
    with Image.open(io.BytesIO(a)) as image:
        assert "Software" not in image.info


def test_gif_has_one_frame_per_stage(log: DrillLog, tmp_path: Path) -> None:
    """render_dashboard_gif writes a looping GIF89a with a frame for every stage."""
    path = render_dashboard_gif(log.stages[:3], tmp_path / "drill_dashboard.gif")
    data = path.read_bytes()
    assert data.startswith(b"GIF89a")
    with Image.open(path) as image:
        assert image.n_frames == 3
        assert image.info.get("loop") == 0


def test_gif_bytes_are_reproducible(log: DrillLog, tmp_path: Path) -> None:
    """Two renderings of one short log give identical GIF files."""
    short = log.stages[:2]
    assert render_dashboard_gif(short, tmp_path / "a.gif").read_bytes() == \
        render_dashboard_gif(short, tmp_path / "b.gif").read_bytes()


def test_empty_log_is_refused(tmp_path: Path) -> None:
    """Nothing to draw is a DashboardError, and no file is written."""
    with pytest.raises(DashboardError, match="no stages"):
        render_dashboard([], tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()


def test_missing_metric_is_drawn_as_not_available() -> None:
    """A window without tool calls shows 'n/a' in the tool panel instead of failing."""
    values = {k: v for k, v in HEALTHY.items() if k != "tool_success_rate"}
    titles = _titles([_stage(1, values, "HEALTHY")])
    assert "n/a" in titles[3]


class _FakeHandle:
    def __init__(self) -> None:
        self.updates = 0

    def update(self, obj: Any) -> None:
        self.updates += 1


def test_live_dashboard_displays_once_then_updates_in_place(log: DrillLog, monkeypatch: pytest.MonkeyPatch) -> None:
    """Live mode displays one image with a display id and replaces it after every later stage."""
    import IPython.display

    handle = _FakeHandle()
    shown: list[Any] = []

    def fake_display(obj: Any, display_id: bool = False) -> _FakeHandle:
        shown.append((obj, display_id))
        return handle

    monkeypatch.setattr(IPython.display, "display", fake_display)
    dashboard = DrillDashboard(live=True)
    for stage in log.stages[:3]:
        dashboard.update(stage)
    assert len(shown) == 1 and shown[0][1] is True
    assert handle.updates == 2
    assert dashboard.stages == log.stages[:3]


def test_quiet_dashboard_only_collects(log: DrillLog, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without live mode the dashboard never touches the display (for scripts and the CLI)."""
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", lambda *a, **k: pytest.fail("display was called"))
    dashboard = DrillDashboard()
    for stage in log.stages:
        dashboard(stage)
    assert len(dashboard.stages) == 7
