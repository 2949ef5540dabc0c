"""Write the second held-out set, ``tests/data/holdout2``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout2.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the code x
strength table). Deterministic: one seeded ``random.Random`` drives every choice, so a second run writes the
same bytes. The native part needs the standard library only; the Langfuse / LangSmith / OTLP exports reuse
``tools/holdout_export.py`` (which needs the SDKs in a throwaway virtualenv, see there; without them the
committed export files are copied). Before writing, every label that rests on a mechanical fact (duration vs
SLA, tokens vs the healthy median, empty retrieval, prompt version, tool outcome, score floor) is checked
against the trace, and a trace carrying a verdict-like key is refused.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
from pathlib import Path
from typing import Any

import holdout2_billing
import holdout2_council
import holdout2_courier
import holdout2_gym
import holdout2_pharmacy
import holdout_summary
from holdout2_build import build, root_ms, total_tokens
from holdout2_recipes import Recipes
from holdout_export import export_format

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout2"
CONTRACT = REPO / "runbooks" / "observability_contract.json"
DOMAINS = (holdout2_courier, holdout2_pharmacy, holdout2_council, holdout2_billing, holdout2_gym)
SEED = 20260504
CODES, STRENGTHS = holdout_summary.CODES, holdout_summary.STRENGTHS
FORBIDDEN = ("label", "labels", "diagnosis", "verdict", "failure_mode")
#: slots of ``holdout_export.SLOTS`` (Langfuse, LangSmith, OTLP GenAI, OTLP OpenInference), taken in turn by
#: the traces the shared exporters can write (the four span kinds, no logged scores)
ROTATION = (1, 6, 10, 13)
MARK_BEGIN, MARK_END = "<!-- summary:begin (written by tools/make_holdout2.py) -->", "<!-- summary:end -->"


def generate() -> list[tuple[dict[str, Any], list[str], str, str, str]]:
    """Every (trace, codes, strength, variation, domain), in a seeded shuffle that sets the file numbers."""
    rng = random.Random(SEED)
    cases = [item for dom in DOMAINS for item in Recipes(dom, rng).build()]
    rng.shuffle(cases)
    return [(build(case, n, rng), codes, strength, variation, case.domain)
            for n, (case, codes, strength, variation) in enumerate(cases)]


def _keys(value: Any, path: str = "") -> list[str]:
    """Paths of keys that would carry a verdict (``label``, ``diagnosis``, ``expected_*``, ...)."""
    return holdout_summary.verdict_keys(value, FORBIDDEN, path)


def _payload_failed(output: Any) -> bool:
    return isinstance(output, dict) and ("error" in output or output.get("ok") is False)


def check(rows: list[tuple[dict[str, Any], list[str], str, str, str]]) -> float:
    """Refuse a set whose mechanical labels disagree with its traces; returns the healthy token median."""
    contract = json.loads(CONTRACT.read_text(encoding="utf-8"))
    sla = contract["latency"]["request_sla_ms"]
    floor = contract["retrieval"]["relevance_floor"]
    default_timeout = contract["tools"]["default_timeout_ms"]
    expected = contract["prompts"]["expected"]["support-answer"]
    aliases = contract["prompts"]["aliases"]["support-answer"]
    median = statistics.median(total_tokens(t) for t, codes, *_ in rows if not codes)
    problems = []
    for trace, codes, strength, _variation, _domain in rows:
        where = trace["trace_id"]
        facts = {"LATENCY_SLA_BREACH": root_ms(trace) > sla}
        tokens = total_tokens(trace)
        spike = "COST_SPIKE" in codes
        if spike != (tokens >= 2.8 * median) or (not spike and tokens >= 1.3 * median):
            problems.append(f"{where}: {tokens} tokens vs median {median} disagrees with its cost label")
        retrievers = [s for s in trace["spans"] if s["kind"] == "retriever"]
        facts["EMPTY_RETRIEVAL"] = all(not s["documents"] for s in retrievers)
        versions = [aliases.get(s["prompt"]["version"], s["prompt"]["version"]) for s in trace["spans"]
                    if s["kind"] == "llm" and s["prompt"]["name"] == "support-answer"]
        facts["WRONG_PROMPT_VERSION"] = any(v != expected for v in versions)
        timeout = error = False
        for s in (s for s in trace["spans"] if s["kind"] == "tool"):
            limit = s["attributes"].get("tool.timeout_ms", default_timeout)
            ms = root_ms({"spans": [{**s, "parent_id": None}]})
            if s["status"] == "error" and ms >= limit:
                timeout = True
            elif s["status"] == "error" or _payload_failed(s["output"]):
                error = True
        facts["TOOL_TIMEOUT"], facts["TOOL_ERROR"] = timeout, error
        for code, fact in facts.items():
            if (code in codes) != fact:
                problems.append(f"{where}: {code} label {code in codes} but the trace says {fact}")
        scores = [d["score"] for s in retrievers for d in s["documents"]]
        if any(not 0 <= x <= 1 for x in scores):
            problems.append(f"{where}: relevance scores outside [0, 1]: {scores}")
        best = max(scores, default=None)
        if best is not None and best < floor and "RETRIEVAL_MISMATCH" not in codes:
            problems.append(f"{where}: best score {best} under the floor but not labelled RETRIEVAL_MISMATCH")
        if "RETRIEVAL_MISMATCH" in codes and best is not None and best >= floor and strength != "hidden":
            problems.append(f"{where}: RETRIEVAL_MISMATCH above the floor must be 'hidden'")
        if _keys(trace):
            problems.append(f"{where}: verdict-like keys {_keys(trace)}")
        if any(c not in CODES for c in codes):
            problems.append(f"{where}: unknown code in {codes}")
    if problems:
        raise SystemExit("holdout2 labels disagree with the traces:\n  " + "\n  ".join(problems))
    return median


def summary(labels: list[dict[str, str]]) -> str:
    """The Markdown tables of the README: codes x strength, healthy rows, formats and domains."""
    return holdout_summary.summary(labels, CODES, STRENGTHS)


def write(out: Path, committed: Path = DATA) -> list[dict[str, str]]:
    """Write the whole set under ``out`` (README taken from ``committed`` with its summary block rewritten)."""
    rows = generate()
    median = check(rows)
    (out / "native").mkdir(parents=True, exist_ok=True)
    labels, counters, exported = [], {}, 0
    for n, (trace, codes, strength, variation, domain) in enumerate(rows):
        counters[domain] = counters.get(domain, 0) + 1
        stem = f"{domain}-{counters[domain]:03d}"
        fmt = None
        if 4 * exported < n + 1 and export_format(ROTATION[0], trace) is not None:  # a quarter of the set
            fmt = export_format(ROTATION[exported % 4], trace)  # with holdout_export's format fallbacks
            exported += 1
        rel = holdout_summary.write_trace(out, committed, stem, trace, fmt)
        labels.append({"file": rel, "domain": domain, "codes": ";".join(codes), "strength": strength,
                       "variation": variation, "format": fmt or "native"})
    holdout_summary.write_labels(out, labels)
    table = summary(labels) + f"\n\nHealthy token median: {median:.0f} tokens per request."
    holdout_summary.write_readme(out, committed, table, MARK_BEGIN, MARK_END)
    return labels


if __name__ == "__main__":
    holdout_summary.main(sys.argv[1:], DATA, write, summary)
