"""The triage tree for people: indented text for a terminal, a flowchart for the report.

Both read :data:`~llmops_kit.triage.tree.CLASS_NODES` and the contract's bounds, so the picture cannot
disagree with the code that decides.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from ..contract import Contract, load_contract
from .tree import CLASS_NODES, ClassNode

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _question_text(node: ClassNode, contract: Contract) -> str:
    if node.node == "Q2":
        return (f"{node.question} (p95 under {contract.latency.request_sla_ms:,.0f} ms and no metric at critical)")
    if node.node == "Q5":
        return node.question.replace("spike_factor", f"{contract.budget.spike_factor:g}")
    return node.question


def _severity_lines(contract: Contract) -> list[tuple[str, str, str]]:
    sev = contract.severities
    s1, s2 = sev["SEV-1"].min_users_affected_share, sev["SEV-2"].min_users_affected_share
    return [
        ("V1", "Customer data exposed outside its boundary?", "SEV-1"),
        ("V2", f">= {s1:.0%} of users affected, with answers unusable or wrong?", "SEV-1"),
        ("V3", f">= {s2:.0%} of users affected with answers unusable or wrong, any contract metric at critical, "
               f"or tokens/cost >= {contract.budget.spike_factor:g}x baseline?", "SEV-2"),
    ]


def render_tree(contract: Contract | None = None) -> str:
    """The tree as indented text, thresholds filled in from the contract."""
    contract = contract or load_contract()
    lines = ["TRIAGE: classify (first 'yes' names the class)"]
    indent = ""
    for node in CLASS_NODES:
        lines.append(f"{indent}{node.node}  {_question_text(node, contract)}")
        if node.outcome is None:
            leaf = "NOT AN INCIDENT: no page; log it for the owning team"
        elif node.outcome == "DATA_INCIDENT":
            leaf = "DATA_INCIDENT -> SEV-1 (data exposure is always the top level)"
        else:
            leaf = f"{node.outcome} -> go to SEVERITY"
        lines.append(f"{indent}├─ yes → {leaf}")
        lines.append(f"{indent}└─ no ↓")
        indent += "   "
    lines.append(f"{indent}NOT AN INCIDENT: nothing beyond normal variation; keep watching")
    lines.append("")
    lines.append("SEVERITY (first 'yes' wins; a value exactly on a bound takes the higher level)")
    indent = ""
    for node, question, level in _severity_lines(contract):
        s = contract.severities[level]  # type: ignore[index]
        lines.append(f"{indent}{node}  {question}")
        lines.append(f"{indent}├─ yes → {level}: respond within {s.response_minutes} min, "
                     f"update every {s.update_minutes} min")
        lines.append(f"{indent}└─ no ↓")
        indent += "   "
    s3 = contract.severities["SEV-3"]
    lines.append(f"{indent}SEV-3: respond within {s3.response_minutes} min, update every {s3.update_minutes} min")
    return "\n".join(lines)


_COLOURS = {
    "question": "#eef3fb", "DATA_INCIDENT": "#f4c7c3", "RETRIEVAL_OUTAGE": "#fce8b2", "QUALITY_DEGRADATION": "#f9d9b5",
    "COST_SPIKE": "#d9ead3", "PERFORMANCE_DEGRADATION": "#cfe2f3", "none": "#e6e6e6",
    "SEV-1": "#e06666", "SEV-2": "#f6b26b", "SEV-3": "#ffe599",
}


def draw_tree(contract: Contract | None = None, path: str | os.PathLike[str] | None = None) -> Figure:
    """The tree as a flowchart (matplotlib); saved as PNG when ``path`` is given."""
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyBboxPatch

    contract = contract or load_contract()
    fig = Figure(figsize=(15, 10.5))  # no pyplot: no global figure state, works under any backend
    ax = fig.subplots()
    ax.set_xlim(0, 15)
    ax.set_ylim(0, 10.5)
    ax.axis("off")
    ax.set_title("Triage tree: classify first, then set the severity (5-minute on-call path)", fontsize=19,
                 fontweight="bold", loc="left")

    # font sizes are for a 15-inch canvas printed at A4 text width (about 0.46x): 15 pt prints near 7 pt
    def box(x: float, y: float, w: float, h: float, text: str, colour: str, size: float = 15, bold=False) -> None:
        ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.04,rounding_size=0.12",
                                    fc=colour, ec="#444444", lw=1.1))
        ax.text(x, y, text, ha="center", va="center", fontsize=size, wrap=True,
                fontweight="bold" if bold else "normal")

    def arrow(x1: float, y1: float, x2: float, y2: float, label: str = "") -> None:
        ax.annotate("", xy=(x2, y2), xytext=(x1, y1), arrowprops={"arrowstyle": "-|>", "lw": 1.2, "color": "#444"})
        if label:
            ax.text((x1 + x2) / 2 + 0.08, (y1 + y2) / 2 + 0.08, label, fontsize=13, color="#222", fontstyle="italic")

    qx, ox, step, top = 3.1, 8.15, 1.45, 9.3
    for i, node in enumerate(CLASS_NODES):
        y = top - i * step
        text = f"{node.node}. " + textwrap.fill(_question_text(node, contract), 44)
        box(qx, y, 5.9, 1.2, text, _COLOURS["question"])
        outcome = node.outcome or "none"
        label = "NOT AN INCIDENT\nno page, backlog" if node.outcome is None else node.outcome
        if node.outcome == "DATA_INCIDENT":
            label += "\n→ SEV-1 always"
        elif node.outcome is not None:
            label += "\n→ severity ladder"
        longest = max(len(line) for line in label.split("\n"))  # PERFORMANCE_DEGRADATION must fit its box
        box(ox, y, 3.6, 0.95, label, _COLOURS[outcome], size=13 if longest <= 18 else 11, bold=True)
        arrow(qx + 2.95, y, ox - 1.84, y, "yes")
        if i < len(CLASS_NODES) - 1:
            arrow(qx, y - 0.62, qx, y - step + 0.62, "no")
    y_end = top - len(CLASS_NODES) * step
    arrow(qx, y_end + step - 0.62, qx, y_end + 0.3, "no")
    box(qx, y_end, 4.6, 0.55, "NOT AN INCIDENT: keep watching", _COLOURS["none"], size=14, bold=True)

    # severity ladder on the right
    sx = 12.75
    ax.text(sx, top + 0.75, "SEVERITY  (classes → here; first yes wins;\non a boundary the higher level wins)",
            ha="center", va="center", fontsize=14, fontweight="bold")
    for j, (node, question, level) in enumerate(_severity_lines(contract)):
        y = top - 0.35 - j * 2.0
        box(sx - 0.55, y, 4.1, 1.35, f"{node}. " + textwrap.fill(question, 36), _COLOURS["question"], size=12.5)
        s = contract.severities[level]  # type: ignore[index]
        box(sx - 0.55, y - 1.0, 2.9, 0.42, f"{level}: respond ≤ {s.response_minutes} min", _COLOURS[level],
            size=12.5, bold=True)
        arrow(sx - 0.55, y - 0.66, sx - 0.55, y - 0.8, "")
        ax.text(sx - 0.33, y - 0.75, "yes", fontsize=12, fontstyle="italic")  # clear of the arrowhead
        if j < 2:  # from the question's bottom edge, right of its SEV box, to the next question's top edge
            arrow(sx + 1.2, y - 0.72, sx + 1.2, y - 2.0 + 0.72, "no")
    y3 = top - 0.35 - 3 * 2.0 + 0.4
    arrow(sx + 1.2, y3 + 1.6 - 0.72, sx + 1.2, y3 + 0.27, "no")
    s3 = contract.severities["SEV-3"]
    box(sx + 0.3, y3, 3.0, 0.45, f"SEV-3: respond ≤ {s3.response_minutes} min", _COLOURS["SEV-3"], size=12.5,
        bold=True)
    note = (
        "Users affected = share of requests with an error, a failing\n"
        "or missing answer, an empty or irrelevant retrieval,\n"
        "or latency over the SLA. Not measured? Assume the\n"
        "whole scope (all customers = 100%, a segment =\n"
        "the SEV-2 share). Bounds: contract.severities."
    )
    ax.text(sx - 2.45, 1.0, note, ha="left", va="center", fontsize=12, color="#333",
            bbox={"boxstyle": "round,pad=0.4", "fc": "white", "ec": "#999"})
    fig.tight_layout()
    if path is not None:
        from ..atomic import atomic_open

        with atomic_open(path, "wb") as handle:  # a file object has no suffix: say the format it implied
            fig.savefig(handle, format=Path(path).suffix.lstrip(".") or None, dpi=130, bbox_inches="tight")
    return fig
