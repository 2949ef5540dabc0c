"""What the holdout generators (tools/make_holdout*.py) share besides their traces: labels.csv, the README's summary
tables, the command line, and the check that no trace carries a verdict-like key.

Only the presentation is shared: each set's author wrote their own traces, recipes and label checks.
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

Labels = list[dict[str, str]]
#: The finding codes and label strengths every held-out set uses, in the order their README tables list them.
CODES = ("EMPTY_RETRIEVAL", "RETRIEVAL_MISMATCH", "WRONG_PROMPT_VERSION", "TOOL_TIMEOUT", "TOOL_ERROR",
         "HALLUCINATION", "LATENCY_SLA_BREACH", "COST_SPIKE", "PII_LEAK")
STRENGTHS = ("borderline", "clear", "blatant", "hidden")


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


def write_labels(out: Path, labels: Labels, name: str = "labels.csv") -> None:
    """``labels.csv`` (or another table ``name``) under ``out``, one row per trace, sorted by file."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(labels[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(labels, key=lambda r: r["file"]))
    (out / name).write_text(buf.getvalue(), encoding="utf-8")


def write_readme(out: Path, committed: Path, table: str, begin: str, end: str) -> None:
    """The committed README with the block between ``begin`` and ``end`` replaced by ``table`` (none: nothing)."""
    readme = committed / "README.md"
    if not readme.exists():
        return
    head, rest = readme.read_text(encoding="utf-8").split(begin, 1)
    tail = rest.split(end, 1)[1]
    (out / "README.md").write_text(f"{head}{begin}\n{table}\n{end}{tail}", encoding="utf-8")


def main(argv: list[str], data: Path, write: Callable[[Path], Labels], summary: Callable[[Labels], str]) -> None:
    """``[--out DIR] [--summary]``: write the set (to ``data`` by default) and optionally print its tables."""
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else data
    labels = write(out)
    print(f"wrote {len(labels)} traces to {out}")
    if "--summary" in argv:
        print(summary(labels))


def verdict_keys(value: Any, forbidden: Collection[str], path: str = "") -> list[str]:
    """Paths of keys that would tell a reader the verdict: a name in ``forbidden`` or ``expected_*``."""
    if isinstance(value, dict):
        found = [f"{path}.{k}" for k in value if k.lower() in forbidden or k.lower().startswith("expected_")]
        return found + [p for k, v in value.items() for p in verdict_keys(v, forbidden, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for n, v in enumerate(value) for p in verdict_keys(v, forbidden, f"{path}[{n}]")]
    return []


def write_trace(out: Path, committed: Path, stem: str, trace: dict[str, Any], fmt: str | None) -> str:
    """Write one trace natively (``fmt`` None) or through the SDK exporters; returns its path under ``out``."""
    if fmt is None:
        rel = f"native/{stem}.json"
        (out / rel).write_text(json.dumps(trace, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return rel
    from holdout_export import write_export  # the SDK exports (committed files are kept without the SDKs)

    return write_export(fmt, trace, out, stem, committed)


def write_set(out: Path, committed: Path, rows: Iterable[tuple[Any, ...]], rotation: Sequence[int],
              exportable: Callable[[dict[str, Any]], bool]) -> Labels:
    """Write checked rows (trace, codes, strength, variation, domain, ...) as ``<domain>-NNN`` files under ``out``:
    every trace the shared exporters can write takes the next SDK format in ``rotation`` until a quarter of the
    set is exported, the rest stay native; also writes ``labels.csv``. Returns the label rows."""
    from holdout_export import export_format

    (out / "native").mkdir(parents=True, exist_ok=True)
    labels, counters, exported = [], {}, 0
    for n, (trace, codes, strength, variation, domain, *_rest) in enumerate(rows):
        counters[domain] = counters.get(domain, 0) + 1
        stem = f"{domain}-{counters[domain]:03d}"
        fmt = None
        if 4 * exported < n + 1 and exportable(trace):  # a quarter of the set
            fmt = export_format(rotation[exported % 4], trace)
            exported += 1
        rel = write_trace(out, committed, stem, trace, fmt)
        labels.append({"file": rel, "domain": domain, "codes": ";".join(codes), "strength": strength,
                       "variation": variation, "format": fmt or "native"})
    write_labels(out, labels)
    written = {r["file"] for r in labels}
    for stale in [p for p in out.rglob("*.json") if str(p.relative_to(out)) not in written]:
        stale.unlink()  # a file an earlier run wrote under another name or format would otherwise stay behind
    return labels


def write_summary(out: Path, committed: Path, table: str, baseline: float, begin: str, end: str) -> None:
    """The README's summary block: the set's tables and the token baseline its COST_SPIKE labels use."""
    write_readme(out, committed, table + (f"\n\nBaseline: {baseline:.0f} tokens per request (the larger of the "
                                          "healthy median and the contract's normal request)."), begin, end)


#: One generated case: (trace, codes, strength, variation, domain, invented fragments, planted data).
Row = tuple[dict[str, Any], list[str], str, str, str, list[str], list[str]]


def generate_rows(seed: int, domains: Iterable[str], recipes: Callable[[str, random.Random], Any],
                  build: Callable[..., dict[str, Any]], vary: Callable[..., dict[str, Any]]) -> list[Row]:
    """Every case of a set's recipes, built and varied, in one seeded shuffle (the shuffle sets the file numbers).

    Shared by make_holdout4/5/6: each passes its own domains, recipe class, trace builder and variation.
    """
    rng = random.Random(seed)
    cases = [row for dom in domains for row in recipes(dom, rng).build()]
    rng.shuffle(cases)
    return [(vary(build(case, n, rng), rng), codes, strength, variation, case.domain, frags, planted)
            for n, (case, codes, strength, variation, frags, planted) in enumerate(cases)]
