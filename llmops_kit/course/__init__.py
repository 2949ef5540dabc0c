"""The course layer: what exists only for the assignment, apart from the on-call toolkit.

``llmops_kit`` is the toolkit an engineer points at their own traces. This sub-package holds what the
course brief needs on top of it: the alert windows reconstructed to the brief's numbers
(:mod:`.traffic`), the eight scenarios S1-S8 (:mod:`.scenarios`), the Task 6 drill, its log and its
failure injection (:mod:`.drill`, :mod:`.drill_log`, :mod:`.drill_failures`), the live dashboard
(:mod:`.dashboard`), the typst report (:mod:`.report`), the submission zip (:mod:`.submission`) and
the headless notebook runner (:mod:`.notebook_run`). The report, the zip and the runner need the
``course`` extra (``pip install -e '.[course]'``); ``import llmops_kit`` never imports this package.

Names are imported lazily on first use, like the toolkit's own ``__all__``.
"""

from __future__ import annotations

from ..lazy_exports import LazyExports

_EXPORTS: dict[str, tuple[str, ...]] = {
    "llmops_kit.course.scenarios": ("SCENARIOS", "Scenario", "classify_scenarios"),
    "llmops_kit.course.traffic": ("BEFORE_HOUR_MIX", "INCIDENT_HOUR_MIX", "INCIDENT_HOUR_START", "AlertWindows",
                                  "alert_windows"),
    "llmops_kit.course.drill_failures": ("FAILURES", "HYPOTHESES", "inject_failure", "inject_latency_spike",
                                         "inject_quality_degradation", "inject_retrieval_outage"),
    "llmops_kit.course.drill": (
        "breaker_for", "failing_requests", "replay_hypothesis", "run_drill", "stage_baseline", "stage_diagnosis",
        "stage_injection", "stage_mitigation", "stage_triage",
    ),
    "llmops_kit.course.drill_recovery": ("NEW_TRAFFIC_PREFIX", "apply_mitigation", "serve_new_traffic",
                                         "stage_recovery"),
    "llmops_kit.course.drill_log": ("DASHBOARD_METRICS", "POSTMORTEM_REFERENCE", "DrillLog", "DrillStage",
                                   "stage_postmortem"),
    "llmops_kit.course.dashboard": ("DrillDashboard", "render_dashboard", "render_dashboard_gif"),
    "llmops_kit.course.report": ("build_report", "missing_outputs"),
    "llmops_kit.course.submission": ("VerifyReport", "build_submission", "verify_submission"),
    "llmops_kit.course.notebook_run": ("execute_notebook",),
}

_LAZY = LazyExports("llmops_kit.course", _EXPORTS, globals())
_WHERE = _LAZY.where

__all__ = sorted(_WHERE)  # built from _EXPORTS so the two cannot drift


__getattr__ = _LAZY.getattr
__dir__ = _LAZY.dir
