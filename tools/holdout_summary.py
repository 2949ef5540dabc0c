"""The summary tables a held-out set's README carries, shared by the holdout generators (tools/make_holdout*.py).

Only the presentation is shared: each set's author wrote their own traces, recipes and label checks.
"""

from __future__ import annotations

from collections.abc import Sequence


def summary(labels: list[dict[str, str]], codes: Sequence[str], strengths: Sequence[str]) -> str:
    """The Markdown tables of the README: codes x strength, healthy rows, formats and domains."""
    lines = ["| code | " + " | ".join(strengths) + " | total |", "|---" * (len(strengths) + 2) + "|"]
    for code in codes:
        rows = [r for r in labels if code in r["codes"].split(";")]
        counts = [sum(r["strength"] == s for r in rows) for s in strengths]
        lines.append(f"| {code} | " + " | ".join(str(c) if c else "" for c in counts) + f" | {len(rows)} |")
    healthy = [r for r in labels if not r["codes"]]
    multi = sum(len(r["codes"].split(";")) > 1 for r in labels if r["codes"])
    lines += ["", f"Traces: {len(labels)}; healthy: {len(healthy)} ({len(healthy) / len(labels):.0%}), of which "
              f"{sum(r['strength'] == 'control' for r in healthy)} controls or traps; {multi} traces carry "
              "several codes.", "", "| format | traces |", "|---|---|"]
    for fmt in sorted({r["format"] for r in labels}):
        lines.append(f"| {fmt} | {sum(r['format'] == fmt for r in labels)} |")
    lines += ["", "| domain | traces | healthy |", "|---|---|---|"]
    for dom in sorted({r["domain"] for r in labels}):
        rows = [r for r in labels if r["domain"] == dom]
        lines.append(f"| {dom} | {len(rows)} | {sum(not r['codes'] for r in rows)} |")
    return "\n".join(lines)
