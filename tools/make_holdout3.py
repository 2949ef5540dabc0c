"""Write the third held-out set, ``tests/data/holdout3``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout3.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables).
Deterministic: one seeded ``random.Random`` drives every choice, so a second run writes the same bytes. The
native part needs the standard library only; the Langfuse / LangSmith / OTLP exports reuse
``tools/holdout_export.py`` (the SDKs live in a throwaway virtualenv, see there; without them the committed export
files are copied). Before writing, every label that rests on a mechanical fact of the trace is checked (``check``)
and a set that disagrees, or a trace carrying a verdict-like key, is refused.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
from pathlib import Path
from typing import Any

import holdout3_furniture
import holdout3_learning
import holdout3_letting
import holdout3_museum
import holdout3_rail
import holdout_summary
from holdout2_build import build, root_ms, total_tokens
from holdout3_cases import Recipes, Row, all_text, evidence_text
from holdout_export import export_format

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout3"
CONTRACT = REPO / "runbooks" / "observability_contract.json"
DOMAINS = (holdout3_rail, holdout3_furniture, holdout3_letting, holdout3_learning, holdout3_museum)
SEED = 20261203
CODES, STRENGTHS = holdout_summary.CODES, holdout_summary.STRENGTHS
FORBIDDEN = ("label", "labels", "diagnosis", "verdict", "failure_mode", "codes", "finding", "findings")
#: slots of ``holdout_export.SLOTS`` (Langfuse, LangSmith, OTLP GenAI, OTLP OpenInference), taken in turn
ROTATION = (1, 6, 10, 13)
#: a cost spike is at least the contract's spike factor over the baseline; other traces stay under this factor
CALM_FACTOR = 1.3
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
MARK_BEGIN, MARK_END = "<!-- summary:begin (written by tools/make_holdout3.py) -->", "<!-- summary:end -->"

Labelled = tuple[dict[str, Any], Row]


def generate() -> list[Labelled]:
    """Every (trace, row), in a seeded shuffle that sets the file numbers."""
    rng = random.Random(SEED)
    rows = [row for dom in DOMAINS for row in Recipes(dom, rng).build()]
    rng.shuffle(rows)
    return [(build(row.case, n, rng), row) for n, row in enumerate(rows)]


def verdict_keys(value: Any, path: str = "") -> list[str]:
    """Paths of keys that would carry a verdict (``label``, ``diagnosis``, ``expected_*``, ...)."""
    return holdout_summary.verdict_keys(value, FORBIDDEN, path)


def payload_failed(output: Any) -> bool:
    """A tool result that reports its own failure: an ``error`` key, ``ok`` or ``success`` false."""
    return isinstance(output, dict) and ("error" in output or output.get("ok") is False
                                         or output.get("success") is False)


def facts(trace: dict[str, Any], contract: dict[str, Any]) -> dict[str, bool]:
    """The labels a trace earns from mechanical facts alone (the codes that need reading are not here)."""
    sla = contract["latency"]["request_sla_ms"]
    default_timeout = contract["tools"]["default_timeout_ms"]
    expected = contract["prompts"]["expected"]["support-answer"]
    aliases = contract["prompts"]["aliases"]["support-answer"]
    retrievers = [s for s in trace["spans"] if s["kind"] == "retriever"]
    versions = [aliases.get(s["prompt"]["version"], s["prompt"]["version"]) for s in trace["spans"]
                if s["kind"] == "llm" and s["prompt"]["name"] == "support-answer"]
    timeout = error = False
    for s in (s for s in trace["spans"] if s["kind"] == "tool"):
        limit = s["attributes"].get("tool.timeout_ms", default_timeout)
        ms = root_ms({"spans": [{**s, "parent_id": None}]})
        if s["status"] == "error" and ms >= limit:
            timeout = True
        elif s["status"] == "error" or payload_failed(s["output"]):
            error = True
    return {"LATENCY_SLA_BREACH": root_ms(trace) > sla, "EMPTY_RETRIEVAL": all(not s["documents"] for s in retrievers),
            "WRONG_PROMPT_VERSION": any(v != expected for v in versions), "TOOL_TIMEOUT": timeout, "TOOL_ERROR": error}


def check(rows: list[Labelled], public: dict[str, tuple[str, ...]]) -> float:
    """Refuse a set whose labels disagree with a mechanical fact of its traces; returns the healthy token median."""
    contract = json.loads(CONTRACT.read_text(encoding="utf-8"))
    floor = contract["retrieval"]["relevance_floor"]
    factor = contract["budget"]["spike_factor"]
    median = statistics.median(total_tokens(t) for t, row in rows if not row.codes)
    base = max(median, contract["budget"]["normal_tokens_per_request"])
    low = min(median, contract["budget"]["normal_tokens_per_request"])
    problems = []
    for trace, row in rows:
        where, codes = trace["trace_id"], row.codes
        tokens = total_tokens(trace)
        spike = "COST_SPIKE" in codes
        if spike != (tokens >= factor * base) or (not spike and tokens >= CALM_FACTOR * low):
            problems.append(f"{where}: {tokens} tokens vs baseline {base:.0f} disagrees with its cost label")
        for code, fact in facts(trace, contract).items():
            if (code in codes) != fact:
                problems.append(f"{where}: {code} label {code in codes} but the trace says {fact}")
        retrievers = [s for s in trace["spans"] if s["kind"] == "retriever"]
        scores = [d["score"] for s in retrievers for d in s["documents"]]
        if any(not 0 <= x <= 1 for x in scores):
            problems.append(f"{where}: relevance scores outside [0, 1]: {scores}")
        best = max(scores, default=None)
        if best is not None and best < floor and "RETRIEVAL_MISMATCH" not in codes:
            problems.append(f"{where}: best score {best} under the floor but not labelled RETRIEVAL_MISMATCH")
        if "RETRIEVAL_MISMATCH" in codes and best is not None and best >= floor and row.strength != "hidden":
            problems.append(f"{where}: RETRIEVAL_MISMATCH above the floor must be 'hidden'")
        seen = evidence_text(trace).lower()
        for frag in row.absent:
            answer = trace["output"]["answer"].lower()
            if "HALLUCINATION" not in codes or frag.lower() in seen or frag.lower() not in answer:
                problems.append(f"{where}: invented fragment {frag!r} must be in the answer, absent from the evidence "
                                "and labelled HALLUCINATION")
        text = all_text(trace)
        if ("PII_LEAK" in codes) != bool(row.pii) or any(v not in text for v in row.pii):
            problems.append(f"{where}: PII_LEAK label disagrees with the planted personal values {row.pii}")
        strangers = {m.rstrip(".") for m in EMAIL.findall(text)} - set(public[row.case.domain])
        if strangers and "PII_LEAK" not in codes:
            problems.append(f"{where}: e-mail addresses {sorted(strangers)} are not published, so the trace leaks")
        if verdict_keys(trace):
            problems.append(f"{where}: verdict-like keys {verdict_keys(trace)}")
        if any(c not in CODES for c in codes) or (bool(codes) and row.strength not in STRENGTHS):
            problems.append(f"{where}: unknown code or strength in {codes} / {row.strength!r}")
    if problems:
        raise SystemExit("holdout3 labels disagree with the traces:\n  " + "\n  ".join(problems))
    return median


def summary(labels: list[dict[str, str]]) -> str:
    """The Markdown tables of the README: codes x strength, healthy rows, formats and domains."""
    return holdout_summary.summary(labels, CODES, STRENGTHS)


def write(out: Path, committed: Path = DATA) -> list[dict[str, str]]:
    """Write the whole set under ``out`` (README taken from ``committed`` with its summary block rewritten)."""
    rows = generate()
    median = check(rows, {d.NAME: d.PUBLIC for d in DOMAINS})
    (out / "native").mkdir(parents=True, exist_ok=True)
    labels, counters, exported = [], {}, 0
    for n, (trace, row) in enumerate(rows):
        domain = row.case.domain
        counters[domain] = counters.get(domain, 0) + 1
        stem = f"{domain}-{counters[domain]:03d}"
        fmt = None
        if 4 * exported < n + 1 and export_format(ROTATION[0], trace) is not None:  # a quarter of the set
            fmt = export_format(ROTATION[exported % 4], trace)  # with holdout_export's format fallbacks
            exported += 1
        rel = holdout_summary.write_trace(out, committed, stem, trace, fmt)
        labels.append({"file": rel, "domain": domain, "codes": ";".join(row.codes), "strength": row.strength,
                       "variation": row.variation, "format": fmt or "native"})
    holdout_summary.write_labels(out, labels)
    table = summary(labels) + f"\n\nHealthy token median: {median:.0f} tokens per request."
    holdout_summary.write_readme(out, committed, table, MARK_BEGIN, MARK_END)
    return labels


if __name__ == "__main__":
    holdout_summary.main(sys.argv[1:], DATA, write, summary)
