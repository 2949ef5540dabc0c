"""Triage: structured signals in, incident class + severity + the path taken out.

:mod:`.tree` holds the questions and :func:`triage`; :mod:`.signals` derives what the tree reads
(symptoms, impact, share of users) and builds signals from a metric window; :mod:`.render` draws the
tree as text and as a flowchart.
"""

from __future__ import annotations

from .render import draw_tree, render_tree
from .signals import effective_symptoms, resolve_impact, resolve_share, resolve_within_sla, signals_from_metrics
from .tree import CLASS_NODES, SEVERITY_NODES, ClassNode, Decision, TriageResult, triage

__all__ = [
    "CLASS_NODES",
    "SEVERITY_NODES",
    "ClassNode",
    "Decision",
    "TriageResult",
    "draw_tree",
    "effective_symptoms",
    "render_tree",
    "resolve_impact",
    "resolve_share",
    "resolve_within_sla",
    "signals_from_metrics",
    "triage",
]
