"""llmops_kit: incident response for LLM/RAG applications, from trace to postmortem.

This package is the on-call toolkit. What exists only for the course (the brief's scenarios and alert
windows, the drill, the dashboard, the report, the submission zip, the notebook runner) lives in
:mod:`llmops_kit.course`, exported from there, and is never imported here.
Test helpers (trace builders, an offline client) are public in :mod:`llmops_kit.testing`.

The public surface is listed in ``__all__`` and re-exported here. Names are imported lazily on first
use (PEP 562), so ``import llmops_kit`` and the ``llmops`` command start fast even though some parts
pull in matplotlib or the openai SDK. ``tests/test_exported_members.py`` keeps the list complete.
"""

from __future__ import annotations

from . import importers as importers  # registers the Langfuse / LangSmith / OTLP formats with llmops_kit.io

# These two functions share their module's name. Importing them eagerly binds the package attribute to
# the function; a lazy lookup would lose to the submodule that the import system sets on the package.
from .diagnose import diagnose as diagnose
from .lazy_exports import LazyExports
from .triage import triage as triage

__version__ = "0.1.0"

_EXPORTS: dict[str, tuple[str, ...]] = {
    "llmops_kit.errors": (
        "BreakerError", "ContractError", "DashboardError", "DrillError", "ImportFormatError", "KnowledgeBaseError",
        "LlmopsError", "OverrideError", "PostmortemError", "ReplayError", "ReportError", "SubmissionError",
        "TraceLoadError", "TrafficError", "UnknownModel", "UnknownPromptVersion",
    ),
    "llmops_kit.traces": ("Document", "ErrorInfo", "Message", "PromptRef", "Score", "Span", "Trace", "Usage"),
    "llmops_kit.io": (
        "LoadResult", "LoadWarning", "iter_traces", "load_trace_record", "load_traces", "parse_json", "register_format",
        "save_trace_record",
    ),
    "llmops_kit.contract": ("Contract", "Plausibility", "load_contract"),
    "llmops_kit.knowledge_base": ("Article", "KnowledgeBaseIndex", "available_indexes", "get_index",
                                  "load_knowledge_base"),
    "llmops_kit.quality": ("HeuristicScorer", "QualityReport", "Scorer", "score_answer", "score_trace"),
    "llmops_kit.judge": ("LLMJudgeScorer",),
    "llmops_kit.summary": ("evidence_table", "summary_table"),
    "llmops_kit.diagnose": ("CODES", "DEFAULT_DETECTORS", "Detector", "Diagnosis", "Finding", "diagnose_batch"),
    "llmops_kit.pii": ("PiiMatch", "find_pii"),
    "llmops_kit.redact": ("redact_text", "redact_trace"),
    "llmops_kit.cost": ("CostBaseline", "batch_baseline"),
    "llmops_kit.prompts": ("PromptTemplate", "get_prompt", "known_versions"),
    "llmops_kit.replay": ("Simulator", "bulk_replay", "compare_traces", "make_client", "replay_trace",
                          "replay_with_control"),
    "llmops_kit.metrics": ("WindowMetrics", "compute_metrics", "trace_facts"),
    "llmops_kit.parallel": ("DiagnosisRun", "diagnose_many", "iter_diagnosed", "map_traces"),
    "llmops_kit.facts": ("FactsSummary", "metrics_from_facts", "write_facts"),
    "llmops_kit.distributed": ("dask_map",),
    "llmops_kit.trace_parquet": ("iter_parquet_traces", "write_trace_parquet"),
    "llmops_kit.traffic": ("generate_traffic", "write_traffic"),
    "llmops_kit.incidents": ("INCIDENT_CLASSES", "IncidentClass", "Signals"),
    "llmops_kit.triage": ("TriageResult", "render_tree", "signals_from_metrics"),
    "llmops_kit.breakers": ("Breaker", "BreakerDecision", "FakeClock", "StatefulBreaker", "default_breakers",
                            "design_table"),
    "llmops_kit.injection": ("detect_prompt_injection",),
    "llmops_kit.postmortem": ("LintReport", "evidence_signals", "lint_postmortem"),
    "llmops_kit.importers": ("from_langfuse", "from_langsmith", "from_otlp", "to_langfuse", "to_langsmith"),
    "llmops_kit.outputs": ("save_json", "save_table", "save_text"),
    "llmops_kit.atomic": ("atomic_open", "atomic_write"),
    "llmops_kit.replay.runner": ("ReplayInterrupted",),
    "llmops_kit.sources": ("PhoenixSource", "SourceError", "parse_source", "phoenix_source"),
    "llmops_kit.sources.phoenix": ("iter_phoenix", "pull_phoenix"),
    "llmops_kit.sources.annotate": ("annotate_diagnoses", "annotate_triage"),
    "llmops_kit.watch": ("WatchEvent", "Watcher", "run_watch"),
}

_LAZY = LazyExports("llmops_kit", _EXPORTS, globals())
_WHERE = _LAZY.where

__all__ = sorted([*_WHERE, "diagnose", "triage"])  # built from _EXPORTS so the two cannot drift


__getattr__ = _LAZY.getattr
__dir__ = _LAZY.dir
