"""LangSmith: import runs (flat list or nested run tree) and export a trace as runs.

A LangSmith trace is a set of *runs* (the SDK's ``langsmith.schemas.Run``): one root run whose ``id``
equals the ``trace_id``, children linked by ``parent_run_id`` (or nested in ``child_runs``), with
``run_type`` chain / retriever / llm / tool / embedding / prompt / parser. Timestamps from the v1
API are ISO strings *without* a zone (UTC). Errors are strings that start with ``repr(exc)``.

LangSmith has no first-class prompt-version field on an llm run: Hub prompts put
``lc_hub_repo`` / ``lc_hub_commit_hash`` on the ``prompt`` run, and apps put their own keys in
``extra.metadata``. The importer reads ``prompt_name`` / ``prompt_version`` from the llm run's
metadata (then its ancestors'), then Hub metadata, and maps the version through the contract's
aliases. Run ids must be UUIDs, so an export derives stable UUIDs from native ids and keeps the
native ids under ``extra.metadata["llmops"]``.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from typing import Any

from ..contract import Contract
from ..errors import ImportFormatError
from ..traces import ErrorInfo, Message, PromptRef, Score, Trace, Usage
from .common import (
    ENVELOPE,
    build_trace,
    canonical_version,
    contract_or_default,
    documents_from_langchain,
    expect_list,
    expect_mapping,
    guarded,
    maybe_json,
    numeric_parameters,
    parse_time,
    split_error,
    to_float,
    to_int,
)

FORMAT = "langsmith"
#: Namespace for the UUIDs an export derives from native (non-UUID) ids; fixed so exports are stable.
ID_NAMESPACE = uuid.UUID("6f1c0a2e-3b9d-5c47-9a10-7e2f4d8b1c35")

RUN_TYPE_TO_KIND = {"llm": "llm", "chat_model": "llm", "retriever": "retriever", "tool": "tool", "chain": "chain",
                    "prompt": "chain", "parser": "chain", "embedding": "embedding"}
KIND_TO_RUN_TYPE = {"llm": "llm", "retriever": "retriever", "tool": "tool", "chain": "chain", "embedding": "embedding"}
_ROLE = {"human": "user", "ai": "assistant", "system": "system", "tool": "tool", "HumanMessage": "user",
         "AIMessage": "assistant", "SystemMessage": "system", "ToolMessage": "tool"}
_SESSION_KEYS = ("session_id", "thread_id", "conversation_id")
_CONSUMED = {"id", "trace_id", "parent_run_id", "name", "run_type", "start_time", "end_time", "inputs", "outputs",
             "error", "status", "extra", "tags", "prompt_tokens", "completion_tokens", "total_tokens", "total_cost",
             "child_runs", "child_run_ids", "parent_run_ids", "dotted_order", "feedback_stats", "events",
             "serialized", "attachments", "reference_example_id", "in_dataset", "app_path", "manifest_id"}


# ---- detection -------------------------------------------------------------------------------------


def _is_run(item: Any) -> bool:
    return isinstance(item, dict) and "run_type" in item and "id" in item and "start_time" in item


def detect(payload: Any) -> bool:
    """A run tree, a flat list of runs, or a ``{"runs": [...]}`` query page."""
    if _is_run(payload):
        return True
    runs = payload.get("runs") if isinstance(payload, dict) else payload
    return isinstance(runs, list) and bool(runs) and all(_is_run(r) for r in runs)


# ---- import ----------------------------------------------------------------------------------------


def from_langsmith(payload: Any, source: str = "langsmith export", *, contract: Contract | None = None) -> list[Trace]:
    """Traces from LangSmith runs: a nested run tree, a flat list, or ``{"runs": [...], "feedback": [...]}``."""
    contract = contract_or_default(contract)
    return guarded("LangSmith", source, lambda: _convert(payload, source, contract))


def _flatten(run: Any, parent: str | None, out: list[dict[str, Any]], what: str = "run") -> None:
    """The run tree as a flat list; iterative so a deep tree cannot exhaust the stack."""
    stack: list[tuple[Any, str | None, str]] = [(run, parent, what)]
    while stack:
        current, parent_id, where = stack.pop()
        if not isinstance(current, dict) or "id" not in current:
            raise ImportFormatError(f"{where} is a {type(current).__name__} without an \"id\"; expected a run object.",
                                    field=where)
        flat = {k: v for k, v in current.items() if k != "child_runs"}
        if parent_id is not None and not flat.get("parent_run_id"):
            flat["parent_run_id"] = parent_id
        out.append(flat)
        children = expect_list(current.get("child_runs"), f"run {current['id']} child_runs")
        stack.extend((child, str(current["id"]), f"run {current['id']} child_runs.{i}")
                     for i, child in reversed(list(enumerate(children))))


def _convert(payload: Any, source: str, contract: Contract) -> list[Trace]:
    raw_runs = [payload] if _is_run(payload) else (payload.get("runs") if isinstance(payload, dict) else payload)
    feedback = payload.get("feedback") or [] if isinstance(payload, dict) and not _is_run(payload) else []
    runs: list[dict[str, Any]] = []
    for index, run in enumerate(expect_list(raw_runs, "runs")):
        _flatten(run, None, runs, f"runs.{index}")
    for run in runs:
        if not run.get("parent_run_id") and "." in str(run.get("dotted_order") or ""):
            run["parent_run_id"] = str(run["dotted_order"]).split(".")[-2][-36:]
    by_trace: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for run in runs:
        by_trace[str(run.get("trace_id") or _root_of(run, runs))].append(run)
    return [_trace(trace_id, group, feedback, source, contract) for trace_id, group in by_trace.items()]


def _root_of(run: dict[str, Any], runs: list[dict[str, Any]]) -> str:
    by_id = {str(r["id"]): r for r in runs}
    current = run
    while current.get("parent_run_id") and str(current["parent_run_id"]) in by_id:
        current = by_id[str(current["parent_run_id"])]
    return str(current["id"])


def _meta(run: dict[str, Any]) -> dict[str, Any]:
    extra = maybe_json(run.get("extra")) or {}
    meta = extra.get("metadata") if isinstance(extra, dict) else None
    meta = maybe_json(meta) if meta is not None else run.get("metadata")
    return dict(meta) if isinstance(meta, dict) else {}


def _trace(trace_id: str, runs: list[dict[str, Any]], feedback: list[Any], source: str, contract: Contract) -> Trace:
    ids = {str(r["id"]) for r in runs}
    roots = [r for r in runs if not r.get("parent_run_id") or str(r["parent_run_id"]) not in ids]
    root = min(roots, key=lambda r: parse_time(r["start_time"], what=f"run {r['id']} start_time"))
    root_meta = _meta(root)
    envelope = root_meta.get(ENVELOPE, {}).get("trace", {}) if isinstance(root_meta.get(ENVELOPE), dict) else {}
    id_map = {str(r["id"]): _meta(r).get(ENVELOPE, {}).get("span_id", str(r["id"])) for r in runs}
    by_id = {str(r["id"]): r for r in runs}
    spans = [_span(r, id_map, by_id, contract) for r in runs]
    scores: list[Score] = []
    for run in runs:
        scores.extend(_feedback_stats(run, None if run is root else id_map[str(run["id"])]))
    for item in feedback:
        if isinstance(item, dict) and str(item.get("run_id") or item.get("trace_id")) in ids:
            run_id = str(item.get("run_id") or "")
            src = item.get("feedback_source")
            scores.append(Score(
                name=str(item.get("key")),
                value=item.get("score") if item.get("score") is not None else item.get("value"),
                source=src.get("type") if isinstance(src, dict) else src, comment=item.get("comment"),
                span_id=None if run_id in ("", str(root["id"])) else id_map.get(run_id)))
    metadata = {k: v for k, v in root_meta.items() if k != ENVELOPE}
    data: dict[str, Any] = {
        **envelope.get("extra", {}),
        "trace_id": envelope.get("trace_id", trace_id),
        "name": envelope.get("name", root.get("name")),
        "timestamp": parse_time(root["start_time"], what="root run start_time"),
        "session_id": envelope.get("session_id", next((str(metadata[k]) for k in _SESSION_KEYS if metadata.get(k)),
                                                      None)),
        "user_id": envelope.get("user_id", metadata.get("user_id")),
        "environment": envelope.get("environment", metadata.get("ls_environment") or metadata.get("environment")),
        "release": envelope.get("release", metadata.get("revision_id")),
        "tags": list(root.get("tags") or []),
        "metadata": envelope.get("metadata", metadata),
        "input": envelope.get("input", _unwrap(maybe_json(root.get("inputs")), "input")),
        "output": envelope.get("output", _unwrap(maybe_json(root.get("outputs")), "output")),
        "latency_ms": envelope.get("latency_ms"),
        "spans": spans,
        "scores": scores,
    }
    return build_trace(data, source, "LangSmith")


def _unwrap(value: Any, key: str) -> Any:
    """LangSmith wraps non-dict inputs/outputs as ``{"input": x}`` / ``{"output": x}``; undo that."""
    if isinstance(value, dict) and set(value) == {key}:
        return value[key]
    return value if value != {} else None


def _span(run: dict[str, Any], id_map: dict[str, str], by_id: dict[str, dict[str, Any]],
          contract: Contract) -> dict[str, Any]:
    meta = _meta(run)
    envelope = meta.pop(ENVELOPE, {}) if isinstance(meta.get(ENVELOPE), dict) else {}
    run_type = str(run.get("run_type") or "chain").lower()
    kind = envelope.get("kind") or RUN_TYPE_TO_KIND.get(run_type, "other")
    start = parse_time(run["start_time"], what=f"run {run['id']} start_time")
    end = parse_time(run["end_time"], what=f"run {run['id']} end_time") if run.get("end_time") else start
    kept = {k: v for k, v in run.items() if k not in _CONSUMED and v is not None}
    if run_type not in KIND_TO_RUN_TYPE or not run.get("end_time"):
        kept["run_type"] = run.get("run_type")
        if not run.get("end_time"):
            kept["end_time_missing"] = True
    inputs = maybe_json(run.get("inputs"))
    outputs = maybe_json(run.get("outputs"))
    error = run.get("error")
    status = str(run.get("status") or ("error" if error else "success")).lower()
    parent = str(run["parent_run_id"]) if run.get("parent_run_id") else None
    span: dict[str, Any] = {
        **envelope.get("extra", {}),
        "span_id": id_map[str(run["id"])], "parent_id": id_map.get(parent, parent) if parent in by_id else parent,
        "name": run.get("name") or run_type, "kind": kind, "start_time": start, "end_time": end,
        "status": envelope.get("status", "error" if error or status == "error" else "ok"),
        "input": envelope.get("input", _unwrap(inputs, "input")),
        "output": envelope.get("output", _unwrap(outputs, "output")),
        "attributes": meta,
    }
    if str(run["id"]) != span["span_id"]:
        kept["id"] = str(run["id"])
    if error:
        err_type, message = split_error(str(error))
        span["error"] = ErrorInfo(type=err_type, message=message)
        if "\n" in str(error).strip():
            kept["error"] = str(error)
    if kind == "retriever":
        docs = documents_from_langchain(outputs)
        if docs is not None:
            span["documents"] = docs
            span["output"] = envelope.get("output")
    if kind in ("llm", "embedding"):
        _llm_fields(run, span, meta, envelope, by_id, contract)
    if kept:
        span["attributes"] = {**meta, "langsmith": json.loads(json.dumps(kept, default=str))}
    return span


def _llm_fields(run: dict[str, Any], span: dict[str, Any], meta: dict[str, Any], envelope: dict[str, Any],
                by_id: dict[str, dict[str, Any]], contract: Contract) -> None:
    extra = maybe_json(run.get("extra")) or {}
    invocation = extra.get("invocation_params") or meta.get("invocation_params") or \
        meta.get("ls_invocation_params") or {}
    outputs = maybe_json(run.get("outputs")) or {}
    generation = _first_generation(outputs)
    message_kwargs = (generation.get("message") or {}).get("kwargs", {}) if isinstance(generation, dict) else {}
    span["model"] = (meta.get("ls_model_name") or invocation.get("model") or invocation.get("model_name")
                     or (outputs.get("llm_output") or {}).get("model_name")
                     or (message_kwargs.get("response_metadata") or {}).get("model_name") or outputs.get("model"))
    params = numeric_parameters({k: v for k, v in invocation.items() if not k.startswith("_") and k not in
                                 ("model", "model_name")})
    if "temperature" not in params and meta.get("ls_temperature") is not None:
        params["temperature"] = to_float(meta["ls_temperature"], f"run {run['id']} ls_temperature")
    span["model_parameters"] = envelope.get("model_parameters", params)
    where = f"run {run['id']}"
    usage_meta = expect_mapping(message_kwargs.get("usage_metadata") or outputs.get("usage_metadata")
                                or meta.get("usage_metadata"), f"{where} usage_metadata")
    tokens_in = to_int(run.get("prompt_tokens"), f"{where} prompt_tokens") if run.get("prompt_tokens") is not None \
        else to_int(usage_meta.get("input_tokens"), f"{where} usage_metadata.input_tokens")
    tokens_out = to_int(run.get("completion_tokens"), f"{where} completion_tokens") \
        if run.get("completion_tokens") is not None \
        else to_int(usage_meta.get("output_tokens"), f"{where} usage_metadata.output_tokens")
    if tokens_in is not None or tokens_out is not None:
        span["usage"] = Usage(input_tokens=tokens_in or 0, output_tokens=tokens_out or 0,
                              total_tokens=to_int(run.get("total_tokens") or usage_meta.get("total_tokens"),
                                                  f"{where} total_tokens"))
    cost = to_float(run.get("total_cost"), f"{where} total_cost")
    if cost is not None and cost < 0:
        raise ImportFormatError(f"{where} total_cost is {cost:g}; expected 0 or more.", field=f"{where} total_cost")
    span["cost_usd"] = cost
    if "output" not in envelope and isinstance(generation, dict):
        span["output"] = generation.get("text") or message_kwargs.get("content") or span["output"]
    elif "output" not in envelope and isinstance(outputs.get("choices"), list) and outputs["choices"]:
        span["output"] = (outputs["choices"][0].get("message") or {}).get("content")
    span["prompt"] = _prompt(run, meta, envelope, by_id, contract)
    messages = envelope.get("messages")
    if messages is None:
        messages = _messages(maybe_json(run.get("inputs")))
        if messages is not None and "input" not in envelope:
            span["input"] = None
    if messages is not None:
        span["messages"] = [Message(**m) if isinstance(m, dict) else m for m in messages]


def _first_generation(outputs: Any) -> dict[str, Any] | None:
    gens = outputs.get("generations") if isinstance(outputs, dict) else None
    while isinstance(gens, list) and gens and isinstance(gens[0], list):
        gens = gens[0]
    return gens[0] if isinstance(gens, list) and gens and isinstance(gens[0], dict) else None


def _messages(inputs: Any) -> list[dict[str, Any]] | None:
    """OpenAI-style ``{"messages": [{role, content}]}`` or LangChain-serialised ``[[{lc, kwargs}]]``."""
    raw = inputs.get("messages") if isinstance(inputs, dict) else None
    while isinstance(raw, list) and raw and isinstance(raw[0], list):
        raw = raw[0]
    if not isinstance(raw, list):
        return None
    out = []
    for message in raw:
        if not isinstance(message, dict):
            continue
        if "kwargs" in message:
            kwargs = message["kwargs"]
            cls = (message.get("id") or [""])[-1]
            role = _ROLE.get(kwargs.get("type") or cls, kwargs.get("type") or cls)
            out.append({"role": role, "content": kwargs.get("content")})
        elif "role" in message:
            content = message.get("content")
            out.append({"role": message["role"], "content": content if isinstance(content, str) or content is None
                        else json.dumps(content)})
    return out or None


def _prompt(run: dict[str, Any], meta: dict[str, Any], envelope: dict[str, Any],
            by_id: dict[str, dict[str, Any]], contract: Contract) -> PromptRef | None:
    if isinstance(envelope.get("prompt"), dict):
        return PromptRef(**envelope["prompt"])
    chain = [meta]
    parent = run.get("parent_run_id")
    while parent and str(parent) in by_id:
        ancestor = by_id[str(parent)]
        chain.append(_meta(ancestor))
        chain.extend(_meta(r) for r in by_id.values()
                     if str(r.get("parent_run_id")) == str(parent) and str(r.get("run_type")).lower() == "prompt")
        parent = ancestor.get("parent_run_id")
    for candidate in chain:
        version = candidate.get("prompt_version", candidate.get("lc_hub_commit_hash"))
        if version is not None:
            name = str(candidate.get("prompt_name") or candidate.get("lc_hub_repo") or "unknown")
            canon, original = canonical_version(contract, name, version)
            if original is not None:
                meta["langsmith.prompt_version"] = original
            return PromptRef(name=name, version=canon, variables=envelope.get("prompt_variables", {}))
    return None


def _feedback_stats(run: dict[str, Any], span_id: str | None) -> list[Score]:
    stats = maybe_json(run.get("feedback_stats")) or {}
    scores = []
    for key, stat in stats.items() if isinstance(stats, dict) else []:
        if not isinstance(stat, dict):
            continue
        values = stat.get("values") or {}
        value: Any = stat.get("avg")
        if value is None and values:
            label = max(values, key=lambda k: values[k])
            value = label.lower() == "true" if label.lower() in ("true", "false") else label
        elif value is not None and set(map(str.lower, values)) <= {"true", "false"} and values:
            value = bool(value)
        comments = stat.get("comments") or []
        sources = stat.get("sources") or []
        scores.append(Score(name=key, value=value, source=sources[0] if sources else "feedback_stats",
                            comment=comments[0] if comments else None, span_id=span_id))
    return scores
