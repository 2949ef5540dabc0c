"""Write the fourth held-out set, ``tests/data/holdout4``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout4.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables).
Deterministic: one seeded ``random.Random`` drives every choice, so a second run writes the same bytes. The native
part needs the standard library only; a quarter of the set goes through ``tools/holdout_export.py`` (the real SDK
classes, in a throwaway virtualenv; without them the committed export files are copied). Before anything is
written, ``check`` refuses a set whose labels disagree with a mechanical fact of its traces, or a trace that
carries a verdict-like key: the labels travel in ``labels.csv`` only.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path
from typing import Any

import holdout4_carpark
import holdout4_cowork
import holdout4_mealkit
import holdout4_studentrooms
import holdout4_tickets
import holdout_summary
from holdout2_build import build, root_ms, total_tokens
from holdout4_cases import Recipes
from holdout4_shape import vary
from holdout_export import export_format

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout4"
CONTRACT = REPO / "runbooks" / "observability_contract.json"
DOMAINS = (holdout4_tickets, holdout4_mealkit, holdout4_cowork, holdout4_studentrooms, holdout4_carpark)
SEED = 20261203
CODES, STRENGTHS = holdout_summary.CODES, holdout_summary.STRENGTHS
FORBIDDEN = ("label", "labels", "diagnosis", "verdict", "failure_mode", "codes", "finding", "findings")
ROTATION = (1, 6, 10, 13)  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
MARK_BEGIN, MARK_END = "<!-- summary:begin (written by tools/make_holdout4.py) -->", "<!-- summary:end -->"
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")

Row = holdout_summary.Row


def generate() -> list[Row]:
    """Every (trace, codes, strength, variation, domain, frags, planted), in a seeded shuffle (file numbers)."""
    return holdout_summary.generate_rows(SEED, DOMAINS, Recipes, build, vary)


def verdict_keys(value: Any, path: str = "") -> list[str]:
    """Paths of keys that would tell a reader the verdict (``label``, ``verdict``, ``expected_*``...)."""
    return holdout_summary.verdict_keys(value, FORBIDDEN, path)


def _payload_failed(output: Any) -> bool:
    return isinstance(output, dict) and ("error" in output or output.get("ok") is False
                                         or output.get("success") is False)


def _seen(trace: dict[str, Any]) -> str:
    """Everything the final support-answer call saw (its messages without its own reply), lower-cased."""
    calls = [s for s in trace["spans"] if s["kind"] == "llm" and s["prompt"]["name"] == "support-answer"]
    final = max(calls, key=lambda s: s["end_time"])
    return "\n".join(m["content"] for m in final["messages"][:-1]).lower()


def mechanical(trace: dict[str, Any], contract: dict[str, Any]) -> dict[str, bool]:
    """The codes a trace earns by its recorded facts alone (SLA, retrievers, prompt version, tool outcome)."""
    expected = contract["prompts"]["expected"]["support-answer"]
    aliases = contract["prompts"]["aliases"]["support-answer"]
    retrievers = [s for s in trace["spans"] if s["kind"] == "retriever"]
    versions = [aliases.get(s["prompt"]["version"], s["prompt"]["version"]) for s in trace["spans"]
                if s["kind"] == "llm" and s["prompt"]["name"] == "support-answer"]
    timeout = error = False
    for s in (s for s in trace["spans"] if s["kind"] == "tool"):
        limit = s["attributes"].get("tool.timeout_ms", contract["tools"]["default_timeout_ms"])
        ms = root_ms({"spans": [{**s, "parent_id": None}]})
        if s["status"] == "error" and ms >= limit:
            timeout = True
        elif s["status"] == "error" or _payload_failed(s["output"]):
            error = True
    return {"LATENCY_SLA_BREACH": root_ms(trace) > contract["latency"]["request_sla_ms"],
            "EMPTY_RETRIEVAL": all(not s["documents"] for s in retrievers),
            "WRONG_PROMPT_VERSION": any(v != expected for v in versions),
            "TOOL_TIMEOUT": timeout, "TOOL_ERROR": error}


def check(rows: list[Row]) -> float:
    """Refuse a set whose labels disagree with its traces; returns the baseline tokens per request."""
    contract = json.loads(CONTRACT.read_text(encoding="utf-8"))
    floor = contract["retrieval"]["relevance_floor"]
    factor = contract["budget"]["spike_factor"]
    median = statistics.median(total_tokens(t) for t, codes, *_ in rows if not codes)
    baseline = max(contract["budget"]["normal_tokens_per_request"], median)
    problems = []
    for trace, codes, strength, _var, domain, frags, planted in rows:
        where = f"{domain} {trace['trace_id']}"
        tokens = total_tokens(trace)
        spike = "COST_SPIKE" in codes
        if spike != (tokens >= factor * baseline) or (not spike and tokens >= 1.3 * baseline):
            problems.append(f"{where}: {tokens} tokens vs baseline {baseline} disagrees with its cost label")
        for code, fact in mechanical(trace, contract).items():
            if (code in codes) != fact:
                problems.append(f"{where}: {code} label {code in codes} but the trace says {fact}")
        scores = [d["score"] for s in trace["spans"] if s["kind"] == "retriever" for d in s["documents"]]
        best = max(scores, default=None)
        if any(not 0 <= x <= 1 for x in scores):
            problems.append(f"{where}: relevance scores outside [0, 1]")
        if best is not None and best < floor and "RETRIEVAL_MISMATCH" not in codes:
            problems.append(f"{where}: best score {best} under the floor but not labelled RETRIEVAL_MISMATCH")
        if "RETRIEVAL_MISMATCH" in codes and (best is None or (best >= floor) != (strength == "hidden")):
            problems.append(f"{where}: RETRIEVAL_MISMATCH over the floor must be 'hidden' and only then")
        seen, answer = _seen(trace), trace["output"]["answer"].lower()
        if ("HALLUCINATION" in codes) != bool(frags):
            problems.append(f"{where}: a HALLUCINATION label needs invented fragments, and only it")
        for frag in frags:
            if frag.lower() not in answer or frag.lower() in seen:
                problems.append(f"{where}: invented fragment {frag!r} missing from the answer or present in evidence")
        text = json.dumps(trace, ensure_ascii=False)
        if ("PII_LEAK" in codes) != bool(planted) or any(p not in text for p in planted):
            problems.append(f"{where}: PII_LEAK needs planted values present in the trace, and only it")
        public = {c.lower() for c in domain_module(domain).CONTACTS}
        # a published address cut short by the guardrail span's 80-character input is still the published one
        stray = {e for e in EMAIL.findall(text) if not any(p.startswith(e.lower()) for p in public)}
        if stray and "PII_LEAK" not in codes:
            problems.append(f"{where}: unpublished e-mail {sorted(stray)} in a trace without PII_LEAK")
        if verdict_keys(trace):
            problems.append(f"{where}: verdict-like keys {verdict_keys(trace)}")
        if any(c not in CODES for c in codes) or (strength and strength not in (*STRENGTHS, "control")):
            problems.append(f"{where}: unknown code or strength in {codes} / {strength!r}")
    if problems:
        raise SystemExit("holdout4 labels disagree with the traces:\n  " + "\n  ".join(problems))
    return baseline


def domain_module(name: str) -> Any:
    return next(d for d in DOMAINS if name == d.DOMAIN)


def summary(labels: list[dict[str, str]]) -> str:
    """The Markdown tables of the README: codes x strength, healthy rows, formats and domains."""
    return holdout_summary.summary(labels, CODES, STRENGTHS)


def _exportable(trace: dict[str, Any]) -> bool:
    """The shared SDK exporters write a root chain with direct children and tool results as objects; the
    instrumentation variants of ``holdout4_shape`` (nested chains, string results) stay native."""
    nested = any(s["kind"] == "chain" and s.get("parent_id") for s in trace["spans"])
    strings = any(s["kind"] == "tool" and isinstance(s["output"], str) for s in trace["spans"])
    return not nested and not strings and export_format(ROTATION[0], trace) is not None


def write(out: Path, committed: Path = DATA) -> list[dict[str, str]]:
    """Write the whole set under ``out`` (README from ``committed`` with its summary block rewritten)."""
    rows = generate()
    baseline = check(rows)
    labels = holdout_summary.write_set(out, committed, rows, ROTATION, _exportable)
    holdout_summary.write_summary(out, committed, summary(labels), baseline, MARK_BEGIN, MARK_END)
    return labels


if __name__ == "__main__":
    holdout_summary.main(sys.argv[1:], DATA, write, summary)
