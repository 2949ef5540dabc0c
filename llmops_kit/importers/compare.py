"""LangSmith vs Langfuse: which debugging facts each data model exposes for one trace, and how directly.

The comparison is computed from the two exports of the same trace (:func:`to_langfuse`,
:func:`to_langsmith`), so every value in the table is read back out of the other system's data model.
Access levels: ``first-class`` (a typed field of the platform's schema), ``convention`` (present, but
in metadata or inputs/outputs by a naming convention the UI does not know), ``absent``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..contract import Contract
from ..traces import Trace
from .common import ENVELOPE, parse_time
from .langfuse_export import to_langfuse
from .langsmith_export import to_langsmith

LEVEL = {"first-class": 2, "convention": 1, "absent": 0}

#: Which debugging facts reveal each diagnosis code (the codes of llmops_kit.diagnose).
FACTS_FOR_CODE: dict[str, tuple[str, ...]] = {
    "RETRIEVAL_MISMATCH": ("retrieved documents and scores",),
    "EMPTY_RETRIEVAL": ("retrieved documents and scores",),
    "WRONG_PROMPT_VERSION": ("prompt version linkage",),
    "TOOL_TIMEOUT": ("tool errors", "latency breakdown"),
    "TOOL_ERROR": ("tool errors",),
    "HALLUCINATION": ("retrieved documents and scores", "scores and feedback"),
    "LATENCY_SLA_BREACH": ("latency breakdown", "token usage and cost"),
    "COST_SPIKE": ("token usage and cost",),
}


def _row(fact: str, lf: tuple[str, Any, str], ls: tuple[str, Any, str]) -> dict[str, Any]:
    return {"fact": fact, "langfuse_field": lf[0], "langfuse_value": _show(lf[1]), "langfuse_access": lf[2],
            "langsmith_field": ls[0], "langsmith_value": _show(ls[1]), "langsmith_access": ls[2]}


def _show(value: Any) -> str:
    """The value as the export holds it, whole: a clipped latency breakdown can hide the slow span."""
    return "—" if value in (None, "", [], {}) else str(value)


def _level(value: Any, kind: str) -> str:
    return kind if value not in (None, "", [], {}) else "absent"


def platform_comparison(trace: Trace, contract: Contract | None = None) -> pd.DataFrame:
    """One row per debugging fact: where each data model keeps it, its value there, and how directly."""
    lf = to_langfuse(trace, contract=contract)
    runs = to_langsmith(trace, contract=contract)
    obs = lf["observations"]
    gen = next((o for o in reversed(obs) if o["type"] == "GENERATION"), {})
    retr = [o for o in obs if o["type"] == "RETRIEVER"]
    tools = [o for o in obs if o["type"] == "TOOL"]
    llm_run = next((r for r in reversed(runs) if r["run_type"] == "llm"), {})
    ret_runs = [r for r in runs if r["run_type"] == "retriever"]
    tool_runs = [r for r in runs if r["run_type"] == "tool"]
    ls_meta = (llm_run.get("extra") or {}).get("metadata", {})

    lf_prompt = f"{gen['promptName']} v{gen['promptVersion']}" if gen.get("promptVersion") is not None else None
    lf_prompt_access = "first-class"
    kept = ((gen.get("metadata") or {}).get(ENVELOPE) or {}).get("prompt")
    if lf_prompt is None and kept:  # no integer version in the contract's aliases: metadata only, no link
        lf_prompt, lf_prompt_access = f"{kept['name']} {kept['version']} (metadata only, no Langfuse number)", \
            "convention"
    ls_prompt = f"{ls_meta['prompt_name']} {ls_meta['prompt_version']}" if ls_meta.get("prompt_version") else None
    lf_docs = [(d["id"], d["metadata"].get("score")) for o in retr for d in o["output"] or []]
    ls_docs = [(d["id"], d["metadata"].get("score")) for r in ret_runs
               for d in (r["outputs"] or {}).get("documents", [])]
    lf_usage = gen.get("usageDetails") or {}
    lf_tokens = f"{lf_usage.get('input')}+{lf_usage.get('output')} tok, ${lf['totalCost']:.5f}" if lf_usage else None
    ls_tokens = (f"{llm_run.get('prompt_tokens')}+{llm_run.get('completion_tokens')} tok, "
                 f"${llm_run.get('total_cost') or 0:.5f}") if llm_run.get("prompt_tokens") is not None else None
    lf_err = "; ".join(f"{o['name']}: {o['statusMessage']}" for o in tools if o["level"] == "ERROR") or None
    ls_err = "; ".join(f"{r['name']}: {r['error']}" for r in tool_runs if r["status"] == "error") or None
    lf_lat = ", ".join(f"{o['name']} {o['latency'] * 1000:,.0f} ms" for o in obs)
    ls_lat = ", ".join(f"{r['name']} {_ms(r):,.0f} ms" for r in runs)
    lf_scores = [(s["name"], s.get("value", s.get("stringValue")), s.get("comment")) for s in lf["scores"]]
    ls_scores = [(k, v.get("avg"), v.get("n")) for r in runs for k, v in (r.get("feedback_stats") or {}).items()]
    lf_replay = gen.get("model") and isinstance(gen.get("input"), list)
    ls_replay = llm_run.get("extra", {}).get("invocation_params", {}).get("model") and \
        "messages" in (llm_run.get("inputs") or {})

    rows = [
        _row("prompt version linkage",
             ("GENERATION.promptName / promptVersion (linked to prompt management)", lf_prompt,
              _level(lf_prompt, lf_prompt_access)),
             ("llm run extra.metadata prompt_name / prompt_version (app convention)", ls_prompt,
              _level(ls_prompt, "convention"))),
        _row("retrieved documents and scores",
             ("RETRIEVER observation output; score in Document metadata", lf_docs, _level(lf_docs, "convention")),
             ("retriever run outputs.documents; score in Document metadata", ls_docs, _level(ls_docs, "convention"))),
        _row("token usage and cost",
             ("GENERATION usageDetails / costDetails, trace totalCost", lf_tokens, _level(lf_tokens, "first-class")),
             ("llm run prompt_tokens / completion_tokens / total_cost", ls_tokens, _level(ls_tokens, "first-class"))),
        _row("tool errors",
             ("TOOL observation level=ERROR + statusMessage", lf_err, _level(lf_err, "first-class")),
             ("tool run status=error + error (repr and traceback)", ls_err, _level(ls_err, "first-class"))),
        _row("latency breakdown",
             ("startTime / endTime per observation", lf_lat, _level(lf_lat, "first-class")),
             ("start_time / end_time per run", ls_lat, _level(ls_lat, "first-class"))),
        _row("scores and feedback",
             ("trace.scores[] (value, dataType, comment, observationId)", lf_scores, _level(lf_scores, "first-class")),
             ("run feedback_stats (aggregates; full feedback is a separate API)", ls_scores,
              _level(ls_scores, "convention"))),
        _row("replay from the UI",
             ("Playground from a GENERATION: needs messages + model + parameters", "possible" if lf_replay else None,
              _level(lf_replay, "first-class")),
             ("Playground from an llm run: needs messages + invocation_params", "possible" if ls_replay else None,
              _level(ls_replay, "first-class"))),
    ]
    return pd.DataFrame(rows)


def _ms(run: dict[str, Any]) -> float:
    return (parse_time(run["end_time"]) - parse_time(run["start_time"])).total_seconds() * 1000


def visibility_by_failure_mode(cases: list[tuple[str, str, pd.DataFrame]]) -> pd.DataFrame:
    """Which data model shows each failure better: ``cases`` are (diagnosis code, trace id, comparison table).

    The verdict compares the access levels of the facts that reveal that code (FACTS_FOR_CODE); a tie
    says so rather than picking a favourite.
    """
    rows = []
    for code, trace_id, table in cases:
        facts = FACTS_FOR_CODE.get(code, ())
        part = table[table["fact"].isin(facts)]
        lf = int(sum(LEVEL[a] for a in part["langfuse_access"]))
        ls = int(sum(LEVEL[a] for a in part["langsmith_access"]))
        better = "Langfuse" if lf > ls else "LangSmith" if ls > lf else "equal"
        rows.append({"failure_mode": code, "trace_id": trace_id, "facts": ", ".join(facts),
                     "langfuse_access": ", ".join(part["langfuse_access"]),
                     "langsmith_access": ", ".join(part["langsmith_access"]),
                     "langfuse_points": lf, "langsmith_points": ls, "better_visibility": better})
    return pd.DataFrame(rows)
