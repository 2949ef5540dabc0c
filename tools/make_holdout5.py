"""Write the fifth held-out set, ``tests/data/holdout5``: native traces, SDK exports, labels.csv, README table.

Run ``python tools/make_holdout5.py`` (``--out DIR`` to write elsewhere, ``--summary`` to print the tables).
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

import holdout5_dental
import holdout5_driving
import holdout5_ferry
import holdout5_solar
import holdout5_water
import holdout_summary
from holdout2_build import build, total_tokens
from holdout4_shape import vary
from holdout5_cases import Recipes
from make_holdout4 import _exportable, _seen, mechanical

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout5"
CONTRACT = REPO / "runbooks" / "observability_contract.json"
DOMAINS = (holdout5_solar, holdout5_driving, holdout5_dental, holdout5_water, holdout5_ferry)
SEED = 16_2026_1203
CODES, STRENGTHS = holdout_summary.CODES, holdout_summary.STRENGTHS
FORBIDDEN = ("label", "labels", "diagnosis", "verdict", "failure_mode", "codes", "finding", "findings", "healthy",
             "strength", "variation")
ROTATION = (1, 6, 10, 13)  # holdout_export.SLOTS, taken in turn by the traces the shared exporters can write
MARK_BEGIN, MARK_END = "<!-- summary:begin (written by tools/make_holdout5.py) -->", "<!-- summary:end -->"
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")

Row = holdout_summary.Row


def generate() -> list[Row]:
    """Every (trace, codes, strength, variation, domain, frags, planted), in a seeded shuffle (file numbers)."""
    return holdout_summary.generate_rows(SEED, DOMAINS, Recipes, build, vary)


def verdict_keys(value: Any, path: str = "") -> list[str]:
    """Paths of keys that would tell a reader the verdict (``label``, ``verdict``, ``expected_*``...)."""
    return holdout_summary.verdict_keys(value, FORBIDDEN, path)


def domain_module(name: str) -> Any:
    return next(d for d in DOMAINS if name == d.DOMAIN)


def _check_one(trace: dict[str, Any], codes: list[str], strength: str, domain: str, frags: list[str],
               planted: list[str], contract: dict[str, Any], baseline: float,
               contacts: Any = None) -> list[str]:
    """What is wrong with one labelled trace (empty: its label agrees with every mechanical fact). ``contacts``
    gives a domain's published contacts (default: this set's domain modules); holdout6 reuses the checks."""
    where, problems = f"{domain} {trace['trace_id']}", []
    tokens = total_tokens(trace)
    spike = "COST_SPIKE" in codes
    if spike != (tokens >= contract["budget"]["spike_factor"] * baseline) or (not spike and tokens >= 1.3 * baseline):
        problems.append(f"{where}: {tokens} tokens vs baseline {baseline} disagrees with its cost label")
    for code, fact in mechanical(trace, contract).items():
        if (code in codes) != fact:
            problems.append(f"{where}: {code} label {code in codes} but the trace says {fact}")
    floor = contract["retrieval"]["relevance_floor"]
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
    public = {c.lower() for c in (contacts or (lambda name: domain_module(name).CONTACTS))(domain)}
    # a published address cut short by the guardrail span's 80-character input is still the published one
    stray = {e for e in EMAIL.findall(text) if not any(p.startswith(e.lower()) for p in public)}
    if stray and "PII_LEAK" not in codes:
        problems.append(f"{where}: unpublished e-mail {sorted(stray)} in a trace without PII_LEAK")
    if verdict_keys(trace):
        problems.append(f"{where}: verdict-like keys {verdict_keys(trace)}")
    if any(c not in CODES for c in codes) or (strength and strength not in (*STRENGTHS, "control")):
        problems.append(f"{where}: unknown code or strength in {codes} / {strength!r}")
    if bool(codes) == (strength in ("", "control")):
        problems.append(f"{where}: a strength goes with codes, an empty strength or 'control' with none")
    return problems


def check(rows: list[Row]) -> float:
    """Refuse a set whose labels disagree with its traces; returns the baseline tokens per request."""
    contract = json.loads(CONTRACT.read_text(encoding="utf-8"))
    median = statistics.median(total_tokens(t) for t, codes, *_ in rows if not codes)
    baseline = max(contract["budget"]["normal_tokens_per_request"], median)
    problems = [p for trace, codes, strength, _var, domain, frags, planted in rows
                for p in _check_one(trace, codes, strength, domain, frags, planted, contract, baseline)]
    if problems:
        raise SystemExit("holdout5 labels disagree with the traces:\n  " + "\n  ".join(problems))
    return baseline


def summary(labels: list[dict[str, str]]) -> str:
    """The Markdown tables of the README: codes x strength, healthy rows, formats and domains."""
    return holdout_summary.summary(labels, CODES, STRENGTHS)


def write(out: Path, committed: Path = DATA) -> list[dict[str, str]]:
    """Write the whole set under ``out`` (README from ``committed`` with its summary block rewritten)."""
    rows = generate()
    baseline = check(rows)
    labels = holdout_summary.write_set(out, committed, rows, ROTATION, _exportable)
    holdout_summary.write_summary(out, committed, summary(labels), baseline, MARK_BEGIN, MARK_END)
    return labels


if __name__ == "__main__":
    holdout_summary.main(sys.argv[1:], DATA, write, summary)
