"""Held-out set: which traces are exported through the real Langfuse / LangSmith / OpenTelemetry SDK classes.

The SDK plumbing itself is shared with the dev set (``tools/evalset_export.py``: ``TraceWithFullDetails``,
``langsmith.schemas.Run``, OTLP ``TracesData``); only the choice of traces and the file layout live here. The
SDKs are not project dependencies; regenerate the exports in a throwaway virtualenv::

    python -m venv /tmp/sdkvenv
    /tmp/sdkvenv/bin/pip install "langfuse==4.18.0" "langsmith==0.15.1" "opentelemetry-proto==1.45.2"
    /tmp/sdkvenv/bin/python tools/make_holdout.py

Without the SDKs the committed export files are copied as they are, so the native traces and labels still
regenerate byte-identically in the project's own virtualenv.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from evalset_export import FOLDERS, LANGFUSE_VERSION, sdks_available, to_langfuse, to_langsmith, to_otlp

#: every 16 traces of the shuffled set: one per format, so a quarter of the set is exported
SLOTS = {1: "langfuse", 6: "langsmith", 10: "otlp_genai", 13: "otlp_openinference"}


def export_format(n: int, trace: dict[str, Any]) -> str | None:
    """The format the n-th trace of the shuffled set is written in (None: native)."""
    slot = SLOTS.get(n % 16)
    if any(s["kind"] not in ("chain", "retriever", "tool", "llm") for s in trace["spans"]) or trace["scores"]:
        return None  # the shared SDK exporters map these four kinds only and drop logged scores
    versions = {s["prompt"]["version"] for s in trace["spans"] if s.get("prompt")}
    if slot == "langfuse" and not versions <= set(LANGFUSE_VERSION):
        return "langsmith"  # Langfuse numbers prompt versions; this one has no integer in the contract's aliases
    empty = any(s.get("documents") == [] for s in trace["spans"] if s["kind"] == "retriever")
    if slot == "otlp_openinference" and empty:
        return "otlp_genai"  # flattened retrieval.documents.N.* attributes cannot say "zero documents"
    return slot


def write_export(fmt: str, trace: dict[str, Any], out: Path, stem: str, committed: Path) -> str:
    """Write one export and return its path relative to ``out``; without the SDKs copy the committed file."""
    rel = f"{FOLDERS[fmt]}/{stem}.json"
    (out / rel).parent.mkdir(parents=True, exist_ok=True)
    if not sdks_available():
        if not (committed / rel).exists():
            raise FileNotFoundError(f"{committed / rel} is not committed and the SDKs are not installed; install "
                                    "them as tools/holdout_export.py says and run tools/make_holdout.py again.")
        if (committed / rel).resolve() != (out / rel).resolve():
            shutil.copyfile(committed / rel, out / rel)
        return rel
    if fmt == "langfuse":
        payload: Any = to_langfuse(trace)
    elif fmt == "langsmith":
        payload = to_langsmith(trace)
    else:
        payload = to_otlp(trace, genai=fmt == "otlp_genai")
    (out / rel).write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return rel
