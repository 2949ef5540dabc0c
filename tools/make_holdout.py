"""Write the held-out evaluation set ``tests/data/holdout`` (traces + labels.csv), deterministically.

Run ``python tools/make_holdout.py`` (any Python 3.10+, standard library only; the SDK exports need the
virtualenv described in ``tools/holdout_export.py``); ``--summary`` prints the table of the README.
Every domain module (``tools/holdout_<domain>.py``) lists hand-written requests and specs; this script
shuffles them with a fixed seed, names the files ``<domain>-NNN`` in that order, writes native traces or SDK
exports, and writes the labels to ``labels.csv`` only. Before writing it checks that the labels agree with
the facts they rest on (duration against the SLA, tokens against the set's healthy median, empty
retrievals, prompt versions, tool outcomes) and that no trace carries a verdict key. It never runs the
project's detectors.
"""

from __future__ import annotations

import csv
import io
import json
import random
import statistics
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_admissions
import holdout_airline
import holdout_carrental
import holdout_energy
import holdout_hotel
import holdout_petclinic
from holdout_build import Spec, build, duration_ms, total_tokens
from holdout_export import export_format, write_export

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tests" / "data" / "holdout"
MODULES: list[ModuleType] = [holdout_airline, holdout_admissions, holdout_energy, holdout_petclinic,
                             holdout_carrental, holdout_hotel]
SEED = "holdout-2026-12"
VERDICT_KEYS = ("label", "labels", "diagnosis", "failure_mode", "verdict", "codes")
SLA_MS = 5000  # runbooks/observability_contract.json latency.request_sla_ms
SPIKE, HEALTHY_MAX = 2.8, 1.3  # tokens vs the healthy median: COST_SPIKE at or above, everything else below
GOOD_VERSIONS = {"v2.0", "7", "production"}  # contract prompts.expected + aliases
FLOOR = 0.5  # contract retrieval.relevance_floor


def _items() -> list[tuple[ModuleType, int, Spec]]:
    return [(m, i, spec) for m in MODULES for i, spec in enumerate(m.SPECS)]


def _verdict_keys(value: Any, path: str = "") -> list[str]:
    found = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key.lower() in VERDICT_KEYS or key.lower().startswith("expected_"):
                found.append(f"{path}/{key}")
            found += _verdict_keys(inner, f"{path}/{key}")
    elif isinstance(value, list):
        for n, inner in enumerate(value):
            found += _verdict_keys(inner, f"{path}[{n}]")
    return found


def check(name: str, spec: Spec, trace: dict[str, Any], median: float) -> None:
    """Raise when a label disagrees with a mechanical fact of its trace (the generator's own safety net)."""
    codes = set(spec.codes)
    problems = []
    if (duration_ms(trace) > SLA_MS) != ("LATENCY_SLA_BREACH" in codes):
        problems.append(f"duration {duration_ms(trace):.0f} ms vs label")
    ratio = total_tokens(trace) / median
    if ("COST_SPIKE" in codes and ratio < SPIKE) or ("COST_SPIKE" not in codes and ratio >= HEALTHY_MAX):
        problems.append(f"tokens {total_tokens(trace)} = {ratio:.2f}x the healthy median {median:.0f}")
    retrievers = [s for s in trace["spans"] if s["kind"] == "retriever"]
    empty = bool(retrievers) and all(not s["documents"] for s in retrievers)
    if empty != ("EMPTY_RETRIEVAL" in codes):
        problems.append("empty retrieval vs label")
    scores = [d["score"] for s in retrievers for d in s["documents"]]
    if scores and max(scores) < FLOOR and "RETRIEVAL_MISMATCH" not in codes:
        problems.append(f"best relevance {max(scores)} below the floor without RETRIEVAL_MISMATCH")
    versions = {s["prompt"]["version"] for s in trace["spans"] if s.get("prompt", {}).get("name") == "support-answer"}
    if bool(versions - GOOD_VERSIONS) != ("WRONG_PROMPT_VERSION" in codes):
        problems.append(f"prompt versions {versions} vs label")
    if (spec.tool in ("timeout", "timeout_twice")) != ("TOOL_TIMEOUT" in codes):
        problems.append("tool timeout vs label")
    if (spec.tool in ("error", "soft_error") or spec.extra_tool_error is not None) != ("TOOL_ERROR" in codes):
        problems.append("tool error vs label")
    if _verdict_keys(trace):
        problems.append(f"verdict keys {_verdict_keys(trace)}")
    if problems:
        raise ValueError(f"{name} ({spec.request}: {spec.variation}): " + "; ".join(problems))


def generate() -> list[tuple[str, str, Spec, dict[str, Any]]]:
    """(file stem, domain, spec, native trace) for every trace, in the seeded shuffle's order."""
    items = _items()
    random.Random(SEED).shuffle(items)
    counters: dict[str, int] = {}
    start = datetime(2025, 5, 2, 6, 0, tzinfo=timezone.utc)
    rng = random.Random(SEED + "/times")
    out = []
    for module, index, spec in items:
        key = module.DOMAIN.key
        counters[key] = counters.get(key, 0) + 1
        start += timedelta(seconds=rng.randrange(20, 900), milliseconds=rng.randrange(1000))
        trace = build(module.DOMAIN, module.REQUESTS, spec, f"{SEED}/{key}/{index}", start)
        out.append((f"{key}-{counters[key]:03d}", key, spec, trace))
    return out


def main(out: Path = OUT, committed: Path = OUT) -> list[dict[str, str]]:
    """Write the set to ``out`` (exports copied from ``committed`` when the SDKs are missing); return the labels."""
    traces = generate()
    median = statistics.median(total_tokens(t) for _, _, spec, t in traces if not spec.codes)
    for stem, _, spec, trace in traces:
        check(stem, spec, trace, median)
    rows = []
    for n, (stem, key, spec, trace) in enumerate(traces):
        fmt = export_format(n, trace)
        if fmt is None:
            rel = f"native/{stem}.json"
            (out / "native").mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(json.dumps(trace, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            rel = write_export(fmt, trace, out, stem, committed)
        rows.append({"file": rel, "domain": key, "codes": ";".join(spec.codes), "strength": spec.strength,
                     "variation": spec.variation, "format": fmt or "native"})
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["file", "domain", "codes", "strength", "variation", "format"],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (out / "labels.csv").write_text(buf.getvalue(), encoding="utf-8")
    return rows


CODES = ("EMPTY_RETRIEVAL", "RETRIEVAL_MISMATCH", "WRONG_PROMPT_VERSION", "TOOL_TIMEOUT", "TOOL_ERROR",
         "HALLUCINATION", "LATENCY_SLA_BREACH", "COST_SPIKE", "PII_LEAK")
STRENGTHS = ("borderline", "clear", "blatant", "hidden")


def summary(rows: list[dict[str, str]]) -> str:
    """The set at a glance, as Markdown: codes by strength, then healthy traces, domains and formats."""
    lines = ["| code | " + " | ".join(STRENGTHS) + " | total |", "|---|" + "---|" * (len(STRENGTHS) + 1)]
    for code in CODES:
        hits = [r["strength"] for r in rows if code in r["codes"].split(";")]
        cells = [str(hits.count(s) or "") for s in STRENGTHS]
        lines.append(f"| {code} | " + " | ".join(cells) + f" | {len(hits)} |")
    healthy = [r for r in rows if not r["codes"]]
    combined = sum(";" in r["codes"] for r in rows)
    count = lambda key, items: ", ".join(f"{k} {v}" for k, v in sorted(Counter(r[key] for r in items).items()))  # noqa: E731
    lines += ["", f"{len(rows)} traces; healthy {len(healthy)} ({len(healthy) / len(rows):.0%}: "
                  f"{sum(not r['strength'] for r in healthy)} answer styles, "
                  f"{sum(r['strength'] == 'control' for r in healthy)} controls and traps); {combined} with several "
                  "codes.", f"Domains: {count('domain', rows)}.", f"Formats: {count('format', rows)}."]
    return "\n".join(lines)


if __name__ == "__main__":
    if "--summary" in sys.argv[1:]:
        with (OUT / "labels.csv").open(encoding="utf-8") as fh:
            print(summary(list(csv.DictReader(fh))))
    else:
        labels = main()
        healthy = sum(not r["codes"] for r in labels)
        print(f"wrote {len(labels)} traces ({healthy} healthy, {healthy / len(labels):.0%}) to "
              f"{OUT.relative_to(REPO)}")
