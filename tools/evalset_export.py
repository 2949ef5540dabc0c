"""Export part of the evaluation set through the real Langfuse, LangSmith and OpenTelemetry SDK classes.

The SDKs are not project dependencies; run ``tools/make_evalset.py`` in a throwaway virtualenv to rewrite
the exports (the same one ``tests/data/formats/make_fixtures.py`` uses)::

    python -m venv /tmp/fmtvenv
    /tmp/fmtvenv/bin/pip install "langfuse>=4,<5" langsmith opentelemetry-proto
    /tmp/fmtvenv/bin/python tools/make_evalset.py

Versions used for the committed files: langfuse 4.18.0, langsmith 0.15.1, opentelemetry-proto 1.45.2.
Without the SDKs the generator keeps the committed exports. Each exporter reads the native trace dict
written by ``evalset_build.build`` and builds that system's objects the way its API or exporter serialises
them (``TraceWithFullDetails`` + ``ObservationsView``; ``langsmith.schemas.Run`` as the v1 REST API's flat
list; ``trace_pb2.TracesData`` as OTLP/JSON with GenAI or OpenInference attributes). llmops_kit's own
exporters are not used. Where a format has no field for a fact, the documented convention of
``docs/trace_formats.md`` is used (Langfuse integer prompt versions: 7 = v2.0, 6 = v1.3; LangSmith prompt
version in the llm run's metadata; GenAI tool arguments/results in ``gen_ai.tool.call.*``).
"""

from __future__ import annotations

import base64
import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

LANGFUSE_VERSION = {"v2.0": 7, "7": 7, "production": 7, "v1.3": 6, "6": 6}
FOLDERS = {"langfuse": "langfuse", "langsmith": "langsmith", "otlp_genai": "otlp", "otlp_openinference": "otlp"}


def export_format(n: int, trace: dict[str, Any]) -> str | None:
    """Which format the n-th trace of the shuffled set is exported in (None: native). About one in six."""
    slot = {1: "langfuse", 7: "langsmith", 13: "otlp_genai", 16: "otlp_openinference"}.get(n % 19)
    versions = {s["prompt"]["version"] for s in trace["spans"] if s.get("prompt")}
    if slot == "langfuse" and not versions <= set(LANGFUSE_VERSION):
        return "langsmith"  # Langfuse numbers versions; this one has no integer in the contract's aliases
    if slot == "otlp_openinference" and any(s.get("documents") == [] for s in _kind(trace, "retriever")):
        return "otlp_genai"  # flattened retrieval.documents.N.* attributes cannot say "zero documents"
    return slot


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _kind(trace: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [s for s in trace["spans"] if s["kind"] == kind]


def _lc_docs(span: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"page_content": d["content"], "type": "Document", "id": d["id"],
             "metadata": {"title": d["title"], "score": d["score"], **d.get("metadata", {})}}
            for d in span["documents"]]


# ---- Langfuse ---------------------------------------------------------------------------------------
def to_langfuse(trace: dict[str, Any]) -> dict[str, Any]:
    from langfuse.api import ObservationsView, TraceWithFullDetails  # optional SDK: imported only when exporting

    observations = []
    for s in trace["spans"]:
        o: dict[str, Any] = {"id": s["span_id"], "name": s["name"], "parent_observation_id": s.get("parent_id"),
                             "start_time": _dt(s["start_time"]), "end_time": _dt(s["end_time"]),
                             "level": "ERROR" if s["status"] == "error" else "DEFAULT",
                             "status_message": f"{s['error']['type']}: {s['error']['message']}" if s.get("error")
                             else None, "input": s.get("input"), "output": s.get("output"),
                             "metadata": dict(s.get("attributes", {})), "model_parameters": {},
                             "usage": {"input": 0, "output": 0, "total": 0, "unit": "TOKENS"},
                             "usage_details": {}, "cost_details": {}}
        if s["kind"] == "chain":
            o["type"] = "CHAIN"
        elif s["kind"] == "retriever":
            o.update(type="RETRIEVER", output=_lc_docs(s))
        elif s["kind"] == "tool":
            o["type"] = "TOOL"
        else:
            u = s["usage"]
            o.update(type="GENERATION", model=s["model"],
                     model_parameters={k: str(v) for k, v in s["model_parameters"].items()},
                     input=s["messages"][:-1], output=s["messages"][-1],
                     completion_start_time=_dt(s["start_time"]),
                     usage_details={"input": u["input_tokens"], "output": u["output_tokens"],
                                    "total": u["total_tokens"]},
                     usage={"input": u["input_tokens"], "output": u["output_tokens"], "total": u["total_tokens"],
                            "unit": "TOKENS"},
                     cost_details={"total": s["cost_usd"]}, prompt_name=s["prompt"]["name"],
                     prompt_version=LANGFUSE_VERSION[s["prompt"]["version"]],
                     prompt_id=f"pr_{LANGFUSE_VERSION[s['prompt']['version']]}")
        observations.append(ObservationsView(trace_id=trace["trace_id"], environment="production", **o))
    root = trace["spans"][0]
    latency = (_dt(root["end_time"]) - _dt(root["start_time"])).total_seconds()
    cost = sum(s["cost_usd"] for s in _kind(trace, "llm"))
    full = TraceWithFullDetails(
        id=trace["trace_id"], timestamp=_dt(trace["timestamp"]), name=trace["name"], input=trace["input"],
        output=trace["output"], session_id=trace["session_id"], user_id=trace["user_id"], release=trace["release"],
        tags=trace["tags"], public=False, environment="production", metadata=trace["metadata"],
        html_path=f"/project/evalset/traces/{trace['trace_id']}", latency=latency, total_cost=cost,
        observations=observations, scores=[])
    return full.model_dump(mode="json", by_alias=True)


# ---- LangSmith --------------------------------------------------------------------------------------
def _run_id(trace: dict[str, Any], span_id: str) -> uuid.UUID:
    if span_id == trace["spans"][0]["span_id"] and len(trace["trace_id"]) == 32:
        return uuid.UUID(trace["trace_id"])  # the root run keeps the trace id, written as a UUID
    return uuid.uuid5(uuid.NAMESPACE_URL, f"evalset/{trace['trace_id']}/{span_id}")


def to_langsmith(trace: dict[str, Any]) -> list[dict[str, Any]]:
    from langsmith import schemas as ls  # optional SDK: imported only when exporting

    root = trace["spans"][0]
    root_id = _run_id(trace, root["span_id"])
    common = {"trace_id": root_id, "session_id": uuid.uuid5(uuid.NAMESPACE_URL, f"evalset/{trace['name']}")}

    def dotted(s: dict[str, Any]) -> str:
        parts = [root] if s is root else [root, s]
        return ".".join(f"{_dt(p['start_time']).replace(tzinfo=None):%Y%m%dT%H%M%S%fZ}"
                        f"{_run_id(trace, p['span_id'])}" for p in parts)

    runs = []
    for s in trace["spans"]:
        kw: dict[str, Any] = {"id": _run_id(trace, s["span_id"]), "name": s["name"],
                              "start_time": _dt(s["start_time"]).replace(tzinfo=None),
                              "end_time": _dt(s["end_time"]).replace(tzinfo=None), "dotted_order": dotted(s),
                              "status": "error" if s["status"] == "error" else "success",
                              "extra": {"metadata": dict(s.get("attributes", {}))}, **common}
        if s is not root:
            kw["parent_run_id"] = root_id
        if s["kind"] == "chain":
            kw.update(run_type="chain", inputs=s["input"], outputs={"output": s["output"]["answer"]},
                      tags=trace["tags"])
            kw["extra"]["metadata"].update({"session_id": trace["session_id"], "user_id": trace["user_id"],
                                            **trace["metadata"]})
        elif s["kind"] == "retriever":
            kw.update(run_type="retriever", inputs=s["input"], outputs={"documents": _lc_docs(s)})
        elif s["kind"] == "tool":
            kw.update(run_type="tool", inputs={"input": json.dumps(s["input"])},
                      outputs=None if s.get("error") else {"output": s.get("output")})
            if s.get("error"):
                e = s["error"]
                kw["error"] = (f"{e['type']}('{e['message']}')\n\nTraceback (most recent call last):\n  File "
                               f"\"tools.py\", line 88, in call_tool\n{e['type']}: {e['message']}")
        else:
            u, msgs = s["usage"], s["messages"]
            lc = {"lc": 1, "type": "constructor", "id": ["langchain", "schema", "messages"]}
            names = {"system": "SystemMessage", "user": "HumanMessage", "assistant": "AIMessage"}
            types = {"system": "system", "user": "human", "assistant": "ai"}
            kw.update(
                run_type="llm", name="ChatOpenAI",
                inputs={"messages": [[{**lc, "id": [*lc["id"], names[m["role"]]],
                                       "kwargs": {"content": m["content"], "type": types[m["role"]]}}
                                      for m in msgs[:-1]]]},
                outputs={"generations": [[{"text": msgs[-1]["content"], "type": "ChatGeneration",
                                           "generation_info": {"finish_reason": "stop"}}]],
                         "llm_output": {"token_usage": {"prompt_tokens": u["input_tokens"],
                                                        "completion_tokens": u["output_tokens"]},
                                        "model_name": s["model"]}},
                prompt_tokens=u["input_tokens"], completion_tokens=u["output_tokens"],
                total_tokens=u["total_tokens"], total_cost=s["cost_usd"])
            kw["extra"] = {"invocation_params": {"model": s["model"], "model_name": s["model"], "_type": "openai-chat",
                                                 **s["model_parameters"]},
                           "metadata": {"ls_provider": "openai", "ls_model_name": s["model"], "ls_model_type": "chat",
                                        "prompt_name": s["prompt"]["name"], "prompt_version": s["prompt"]["version"]}}
        runs.append(ls.Run(**kw))
    out = [run.model_dump(mode="json", exclude={"child_runs"}) for run in runs]
    for run in out:  # the v1 REST API returns naive UTC timestamps
        for key in ("start_time", "end_time"):
            run[key] = run[key].removesuffix("Z")
    return out


# ---- OpenTelemetry OTLP/JSON --------------------------------------------------------------------------
def _kv(key: str, value: Any) -> Any:
    from opentelemetry.proto.common.v1 import common_pb2  # optional SDK: imported only when exporting

    any_value = common_pb2.AnyValue()
    if isinstance(value, bool):
        any_value.bool_value = value
    elif isinstance(value, int):
        any_value.int_value = value
    elif isinstance(value, float):
        any_value.double_value = value
    elif isinstance(value, list):
        any_value.array_value.values.extend(_kv("x", v).value for v in value)
    else:
        any_value.string_value = str(value)
    return common_pb2.KeyValue(key=key, value=any_value)


def _nanos(value: str) -> int:
    when = _dt(value)
    return int(when.timestamp()) * 1_000_000_000 + when.microsecond * 1000


def _otlp_attrs(trace: dict[str, Any], s: dict[str, Any], genai: bool) -> dict[str, Any]:
    attrs: dict[str, Any] = {k: v for k, v in s.get("attributes", {}).items() if not isinstance(v, (dict, list))}
    if s["kind"] == "chain":
        attrs.update({"session.id": trace["session_id"], "user.id": trace["user_id"]})
        if genai:
            attrs["gen_ai.operation.name"] = "invoke_workflow"
        else:
            attrs.update({"openinference.span.kind": "CHAIN", "input.value": s["input"]["query"],
                          "output.value": s["output"]["answer"]})
    elif s["kind"] == "retriever":
        docs = [{"id": d["id"], "score": d["score"], "content": d["content"]} for d in s["documents"]]
        if genai:
            attrs.update({"gen_ai.operation.name": "retrieval", "gen_ai.data_source.id": attrs["retrieval.index"],
                          "gen_ai.retrieval.query.text": s["input"]["query"],
                          "gen_ai.retrieval.documents": json.dumps(docs, ensure_ascii=False)})
        else:
            attrs.update({"openinference.span.kind": "RETRIEVER", "input.value": s["input"]["query"]})
            for n, d in enumerate(s["documents"]):
                attrs.update({f"retrieval.documents.{n}.document.id": d["id"],
                              f"retrieval.documents.{n}.document.score": d["score"],
                              f"retrieval.documents.{n}.document.content": d["content"],
                              f"retrieval.documents.{n}.document.metadata": json.dumps({"title": d["title"]})})
    elif s["kind"] == "tool":
        args = json.dumps(s["input"], ensure_ascii=False)
        result = None if s.get("output") is None else json.dumps(s["output"], ensure_ascii=False)
        if genai:
            attrs.update({"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": attrs["tool.name"],
                          "gen_ai.tool.call.id": f"call_{s['span_id'][:8]}", "gen_ai.tool.call.arguments": args})
            if result is not None:
                attrs["gen_ai.tool.call.result"] = result
        else:
            attrs.update({"openinference.span.kind": "TOOL", "input.value": args})
            if result is not None:
                attrs["output.value"] = result
        if s.get("error"):
            attrs["error.type"] = s["error"]["type"]
    else:
        u, msgs = s["usage"], s["messages"]
        if genai:
            attrs.update({
                "gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": s["model"],
                "gen_ai.response.model": s["model"], "gen_ai.request.temperature": s["model_parameters"]["temperature"],
                "gen_ai.usage.input_tokens": u["input_tokens"], "gen_ai.usage.output_tokens": u["output_tokens"],
                "gen_ai.response.finish_reasons": ["stop"], "gen_ai.prompt.name": s["prompt"]["name"],
                "gen_ai.prompt.version": s["prompt"]["version"],
                "gen_ai.input.messages": json.dumps([{"role": m["role"], "parts": [{"type": "text",
                                                                                    "content": m["content"]}]}
                                                     for m in msgs[:-1]], ensure_ascii=False),
                "gen_ai.output.messages": json.dumps([{"role": "assistant", "parts": [
                    {"type": "text", "content": msgs[-1]["content"]}], "finish_reason": "stop"}], ensure_ascii=False)})
        else:
            attrs.update({
                "openinference.span.kind": "LLM", "llm.model_name": s["model"], "llm.provider": "openai",
                "llm.invocation_parameters": json.dumps(s["model_parameters"]),
                "llm.token_count.prompt": u["input_tokens"], "llm.token_count.completion": u["output_tokens"],
                "llm.token_count.total": u["total_tokens"], "llm.cost.total": s["cost_usd"],
                "llm.prompt_template.version": s["prompt"]["version"],
                "metadata": json.dumps({"prompt_name": s["prompt"]["name"]}),
                "output.value": msgs[-1]["content"]})
            for n, m in enumerate(msgs):
                side = "output_messages.0" if n == len(msgs) - 1 else f"input_messages.{n}"
                attrs[f"llm.{side}.message.role"] = m["role"]
                attrs[f"llm.{side}.message.content"] = m["content"]
    return attrs


def to_otlp(trace: dict[str, Any], genai: bool) -> dict[str, Any]:
    from google.protobuf import json_format  # optional SDK: imported only when exporting
    from opentelemetry.proto.common.v1 import common_pb2
    from opentelemetry.proto.resource.v1 import resource_pb2
    from opentelemetry.proto.trace.v1 import trace_pb2

    spans = []
    for s in trace["spans"]:
        kind = {"chain": trace_pb2.Span.SPAN_KIND_SERVER, "tool": trace_pb2.Span.SPAN_KIND_INTERNAL}.get(
            s["kind"], trace_pb2.Span.SPAN_KIND_CLIENT)
        name = s["name"]
        if genai and s["kind"] == "llm":
            name = f"chat {s['model']}"
        elif genai and s["kind"] == "tool":
            name = f"execute_tool {s['attributes']['tool.name']}"
        span = trace_pb2.Span(trace_id=bytes.fromhex(trace["trace_id"]), span_id=bytes.fromhex(s["span_id"]),
                              parent_span_id=bytes.fromhex(s["parent_id"]) if s.get("parent_id") else b"",
                              name=name, kind=kind, start_time_unix_nano=_nanos(s["start_time"]),
                              end_time_unix_nano=_nanos(s["end_time"]))
        span.attributes.extend(_kv(k, v) for k, v in _otlp_attrs(trace, s, genai).items())
        if s.get("error"):
            span.status.code = trace_pb2.Status.STATUS_CODE_ERROR
            span.status.message = s["error"]["message"]
            event = span.events.add(name="exception", time_unix_nano=_nanos(s["end_time"]))
            event.attributes.extend([_kv("exception.type", s["error"]["type"]),
                                     _kv("exception.message", s["error"]["message"])])
        spans.append(span)
    resource = resource_pb2.Resource()
    resource.attributes.extend([_kv("service.name", trace["name"]), _kv("deployment.environment.name", "production")])
    scope = common_pb2.InstrumentationScope(
        name="opentelemetry.instrumentation.openai_v2" if genai else "openinference.instrumentation.openai",
        version="2.3b0" if genai else "0.1.30")
    data = trace_pb2.TracesData()
    data.resource_spans.add(resource=resource).scope_spans.add(scope=scope).spans.extend(spans)
    out = json_format.MessageToDict(data, use_integers_for_enums=True)
    for rs in out["resourceSpans"]:  # OTLP/JSON wants hex ids where proto3 JSON writes base64
        for ss in rs["scopeSpans"]:
            for s in ss["spans"]:
                for key in ("traceId", "spanId", "parentSpanId"):
                    if s.get(key):
                        s[key] = base64.b64decode(s[key]).hex()
    return out


def sdks_available() -> bool:
    try:
        import langfuse.api  # noqa: F401
        import langsmith.schemas  # noqa: F401
        import opentelemetry.proto.trace.v1.trace_pb2  # noqa: F401
    except ImportError:
        return False
    return True


def write_export(fmt: str, trace: dict[str, Any], out: Path, stem: str) -> str:
    """Write one export and return its path relative to ``out``; without the SDKs, the committed file's path."""
    rel = f"{FOLDERS[fmt]}/{stem}.json"
    if not sdks_available():
        if not (out / rel).exists():
            raise FileNotFoundError(f"{out / rel} is not committed and the SDKs are not installed; install them "
                                    "as this module's docstring says and run tools/make_evalset.py again.")
        return rel
    payload: Any = {"langfuse": to_langfuse, "langsmith": to_langsmith}.get(fmt, lambda t: None)(trace)
    if payload is None:
        payload = to_otlp(trace, genai=fmt == "otlp_genai")
    (out / rel).parent.mkdir(parents=True, exist_ok=True)
    (out / rel).write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return rel
