"""Write the external-format fixtures in this folder with the real SDKs' own model classes.

Run it in a throwaway virtualenv, never in the project's environment (these SDKs are not
dependencies of llmops_kit)::

    python -m venv /tmp/fmtvenv
    /tmp/fmtvenv/bin/pip install "langfuse>=4,<5" langsmith opentelemetry-proto
    /tmp/fmtvenv/bin/python tests/data/formats/make_fixtures.py

Versions used for the committed files: langfuse 4.18.0, langsmith 0.15.1, opentelemetry-proto 1.45.2,
protobuf 7.36.2. Each request below is described once as plain facts (query, retrieved help-center
articles with relevance scores, prompt version, model, timings, tool outcome, answer); the builders
turn the facts into each system's objects (``TraceWithFullDetails``/``ObservationsView``/``ScoreV1``,
``ObservationsV2Response``/``ObservationV2``, ``langsmith.schemas.Run``, ``trace_pb2.TracesData``)
and serialise them the way that system's API or exporter does. Nothing here uses llmops_kit's own
exporters, so the importer tests do not test the exporters against themselves. The output is
deterministic: ids are derived from a fixed seed string, timestamps are fixed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from google.protobuf import json_format
from langfuse.api import (
    ObservationsV2Meta,
    ObservationsV2Response,
    ObservationsView,
    ObservationV2,
    TraceWithFullDetails,
)
from langfuse.api.commons.types.score_v1 import ScoreV1_Numeric
from langsmith import schemas as ls
from opentelemetry.proto.common.v1 import common_pb2
from opentelemetry.proto.resource.v1 import resource_pb2
from opentelemetry.proto.trace.v1 import trace_pb2

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
KB = {a["id"]: a for a in json.loads((REPO / "llmops_kit/data/knowledge_base.json").read_text())["articles"]}
PROMPTS = json.loads((REPO / "llmops_kit/prompts/support-answer.json").read_text())["versions"]
STORE = "Northwind Outfitters"

# Langfuse numbers prompt versions; the contract's prompts.aliases map 7 -> v2.0. Version 6 is the
# Langfuse number of the older template (v1.3 in the other systems' spelling).
LANGFUSE_VERSION = {"v2.0": 7, "v1.3": 6}

# One request per failure mode, described as the facts a tracer would have recorded.
REQUESTS: list[dict[str, Any]] = [
    {
        "slug": "healthy", "start": "2025-03-11T09:00:00", "query": "How long does standard shipping take?",
        "docs": [("kb-008", 0.91), ("kb-009", 0.74), ("kb-012", 0.55)], "version": "v2.0", "model": "gpt-4o-mini",
        "retrieve": (12, 190), "tool": None, "llm": (205, 1380), "total": 1420, "tokens": (912, 64),
        "answer": "Standard shipping within the contiguous United States takes 3 to 5 business days and costs "
                  "$5.99, or is free on orders of $75 or more [kb-008].",
        "feedback": 1.0,
    },
    {
        "slug": "retrieval_mismatch", "start": "2025-03-11T09:05:00",
        "query": "Can I bring my tent back if the zipper broke after two trips?",
        "docs": [("kb-025", 0.21), ("kb-035", 0.18), ("kb-026", 0.12)], "version": "v2.0", "model": "gpt-4o-mini",
        "retrieve": (10, 230), "tool": None, "llm": (240, 1290), "total": 1330, "tokens": (880, 41),
        "answer": "I don't have that information in our help articles. I can connect you with a human agent.",
        "feedback": 0.0,
    },
    {
        "slug": "wrong_prompt_version", "start": "2025-03-11T09:10:00",
        "query": "When will I get my refund after returning an order?",
        "docs": [("kb-005", 0.88), ("kb-006", 0.61)], "version": "v1.3", "model": "gpt-4o-mini",
        "retrieve": (11, 175), "tool": None, "llm": (190, 1610), "total": 1650, "tokens": (840, 96),
        "answer": "As an AI assistant, I'd be happy to help! We issue your refund within 3 business days after "
                  "your return arrives at our Reno warehouse.",
        "feedback": 0.0,
    },
    {
        "slug": "tool_timeout", "start": "2025-03-11T09:15:00", "query": "Where is my order NW-20417 right now?",
        "docs": [("kb-012", 0.82), ("kb-015", 0.57)], "version": "v2.0", "model": "gpt-4o-mini",
        "retrieve": (10, 160), "tool": (170, 3205), "tool_error": ("TimeoutError",
                                                                  "order-status API did not answer within 3000 ms"),
        "llm": (3215, 4120), "total": 4160, "tokens": (930, 58),
        "answer": "You can track any order by signing in and opening Orders, or with the order number and your "
                  "email address on the Track Order page [kb-012].",
        "feedback": 0.0,
    },
    {
        "slug": "hallucination", "start": "2025-03-11T09:20:00", "query": "How long do refunds take to reach my card?",
        "docs": [("kb-005", 0.9), ("kb-006", 0.66)], "version": "v2.0", "model": "gpt-4o-mini",
        "retrieve": (9, 170), "tool": None, "llm": (185, 1530), "total": 1560, "tokens": (905, 71),
        "answer": "Refunds are issued within 24 hours through our partner QuickPay and reach your card in 2 "
                  "business days [kb-005]. Every refund also earns a 15% store credit bonus from SwiftLedger.",
        "feedback": 0.0,
    },
    {
        "slug": "slow_response", "start": "2025-03-11T09:25:00", "query": "How do Trailhead Rewards points work?",
        "docs": [("kb-031", 0.87), ("kb-032", 0.7)], "version": "v2.0", "model": "gpt-4o",
        "retrieve": (14, 240), "tool": None, "llm": (260, 9050), "total": 9200, "tokens": (1020, 88),
        "answer": "Members earn 1 point for every $1 spent on merchandise after discounts, and every 200 points "
                  "become a $10 reward that is valid for 60 days [kb-031].",
        "feedback": 1.0,
    },
]
PRICES = {"gpt-4o-mini": (0.15, 0.6), "gpt-4o": (2.5, 10.0)}


def _hex(seed: str, nbytes: int) -> str:
    return hashlib.sha256(f"llmops-fixtures/{seed}".encode()).hexdigest()[: nbytes * 2]


def _t(req: dict[str, Any], ms: int) -> datetime:
    return datetime.fromisoformat(req["start"]).replace(tzinfo=timezone.utc) + timedelta(milliseconds=ms)


def _cost(req: dict[str, Any]) -> float:
    price_in, price_out = PRICES[req["model"]]
    return round((req["tokens"][0] * price_in + req["tokens"][1] * price_out) / 1_000_000, 8)


def _system(req: dict[str, Any]) -> str:
    return PROMPTS[req["version"]]["system"].format(store_name=STORE, customer_tier="summit")


def _context(req: dict[str, Any]) -> str:
    return "\n\n".join(f"[{i}] {KB[i]['title']}\n{KB[i]['content']}" for i, _ in req["docs"])


def _tool_result(req: dict[str, Any]) -> dict[str, Any] | None:
    return None if req.get("tool_error") else {"order": "NW-10482", "status": "shipped", "carrier": "UPS"}


# ---- Langfuse ---------------------------------------------------------------------------------------


def _lc_docs(req: dict[str, Any]) -> list[dict[str, Any]]:
    """Retriever output as the Langfuse LangChain handler logs it: serialised Documents, score in metadata."""
    return [{"page_content": KB[i]["content"], "type": "Document", "id": i,
             "metadata": {"title": KB[i]["title"], "category": KB[i]["category"], "score": s}} for i, s in req["docs"]]


def langfuse_observations(req: dict[str, Any], trace_id: str) -> list[dict[str, Any]]:
    """The observations of one request as plain keyword arguments (shared by legacy and v2 builders)."""
    ids = {name: _hex(f"{req['slug']}/{name}", 8) for name in ("root", "retrieve", "tool", "llm")}
    obs = [
        {"id": ids["root"], "type": "CHAIN", "name": "support-chat", "parent_observation_id": None,
         "start_time": _t(req, 0), "end_time": _t(req, req["total"]), "level": "DEFAULT",
         "input": {"question": req["query"]}, "output": {"answer": req["answer"]}, "metadata": {"channel": "web"}},
        {"id": ids["retrieve"], "type": "RETRIEVER", "name": "kb.search", "parent_observation_id": ids["root"],
         "start_time": _t(req, req["retrieve"][0]), "end_time": _t(req, req["retrieve"][1]), "level": "DEFAULT",
         "input": {"query": req["query"]}, "output": _lc_docs(req),
         "metadata": {"retrieval.index": "kb-primary", "retrieval.top_k": 4}},
    ]
    if req["tool"]:
        error = req.get("tool_error")
        obs.append({"id": ids["tool"], "type": "TOOL", "name": "order_lookup", "parent_observation_id": ids["root"],
                    "start_time": _t(req, req["tool"][0]), "end_time": _t(req, req["tool"][1]),
                    "level": "ERROR" if error else "DEFAULT",
                    "status_message": f"{error[0]}: {error[1]}" if error else None,
                    "input": {"order_id": "NW-20417"}, "output": _tool_result(req),
                    "metadata": {"tool.name": "order_lookup", "tool.timeout_ms": 3000}})
    cost = _cost(req)
    tokens_in, tokens_out = req["tokens"]
    obs.append({
        "id": ids["llm"], "type": "GENERATION", "name": "llm.chat", "parent_observation_id": ids["root"],
        "start_time": _t(req, req["llm"][0]), "end_time": _t(req, req["llm"][1]),
        "completion_start_time": _t(req, req["llm"][0] + 300), "level": "DEFAULT",
        "model": req["model"], "model_parameters": {"temperature": "0.2", "max_tokens": 512},
        "input": [{"role": "system", "content": _system(req)},
                  {"role": "user", "content": f"Help-center articles:\n{_context(req)}\n\nCustomer question: "
                                              f"{req['query']}"}],
        "output": {"role": "assistant", "content": req["answer"]},
        "usage_details": {"input": tokens_in, "output": tokens_out, "total": tokens_in + tokens_out},
        "cost_details": {"input": round(cost * 0.6, 8), "output": round(cost * 0.4, 8), "total": cost},
        "prompt_id": f"pr_{LANGFUSE_VERSION[req['version']]}", "prompt_name": "support-answer",
        "prompt_version": LANGFUSE_VERSION[req["version"]], "metadata": {"ls_provider": "openai"},
        "usage": {"input": tokens_in, "output": tokens_out, "total": tokens_in + tokens_out, "unit": "TOKENS"},
    })
    for o in obs:  # what the server returns for observations without model data
        o.setdefault("model_parameters", {})
        o.setdefault("usage", {"input": 0, "output": 0, "total": 0, "unit": "TOKENS"})
        o.setdefault("usage_details", {})
        o.setdefault("cost_details", {})
    return obs


def langfuse_legacy(req: dict[str, Any]) -> dict[str, Any]:
    trace_id = _hex(req["slug"], 16)
    observations = [ObservationsView(trace_id=trace_id, environment="production", **o)
                    for o in langfuse_observations(req, trace_id)]
    scores = [ScoreV1_Numeric(data_type="NUMERIC", id=_hex(f"{req['slug']}/score", 8), trace_id=trace_id,
                              name="user_feedback", value=req["feedback"], source="API", timestamp=_t(req, 60_000),
                              created_at=_t(req, 60_100), updated_at=_t(req, 60_100),
                              environment="production", comment=None, metadata={})]
    trace = TraceWithFullDetails(
        id=trace_id, timestamp=_t(req, 0), name="support-chat", input={"question": req["query"]},
        output={"answer": req["answer"]}, session_id=f"sess-{req['slug'][:4]}", user_id="cust-981",
        release="support-bot@2025.03.06", tags=["support", "web"], public=False, environment="production",
        metadata={"store": STORE}, html_path=f"/project/demo/traces/{trace_id}", latency=req["total"] / 1000,
        total_cost=_cost(req), observations=observations, scores=scores,
    )
    return trace.model_dump(mode="json", by_alias=True)


def langfuse_v2(req: dict[str, Any]) -> dict[str, Any]:
    """v2 observations listing: I/O and metadata values as raw strings, trace I/O on the root observation."""
    trace_id = _hex(req["slug"], 16)
    data = []
    for o in langfuse_observations(req, trace_id):
        o = dict(o)
        for key in ("input", "output"):
            o[key] = None if o.get(key) is None else json.dumps(o[key])
        data.append(ObservationV2(
            trace_id=trace_id, project_id="demo", environment="production", is_root_observation=o["id"] ==
            _hex(f"{req['slug']}/root", 8), user_id="cust-981", session_id=f"sess-{req['slug'][:4]}",
            trace_name="support-chat", tags=["support", "web"], release="support-bot@2025.03.06",
            latency=(o["end_time"] - o["start_time"]).total_seconds(), **o))
    return ObservationsV2Response(data=data, meta=ObservationsV2Meta(cursor=None)).model_dump(mode="json",
                                                                                              by_alias=True)


# ---- LangSmith --------------------------------------------------------------------------------------


def _uuid(seed: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"llmops-fixtures/{seed}")


def _naive(req: dict[str, Any], ms: int) -> datetime:
    return _t(req, ms).replace(tzinfo=None)  # the v1 API returns naive UTC timestamps


def langsmith_runs(req: dict[str, Any]) -> list[ls.Run]:
    """Runs as LangChain + LangSmith record a RAG chain: chain root, retriever, tool, ChatOpenAI llm run."""
    root_id = _uuid(req["slug"])
    ids = {name: _uuid(f"{req['slug']}/{name}") for name in ("retrieve", "tool", "llm")}
    ids["root"] = root_id

    def dotted(*names: str) -> str:
        return ".".join(f"{_naive(req, req[n][0] if n != 'root' else 0):%Y%m%dT%H%M%S%fZ}{ids[n]}" for n in names)

    common = {"trace_id": root_id, "session_id": _uuid("project/support-bot")}
    runs = [ls.Run(
        id=root_id, name="support-chat", run_type="chain", start_time=_naive(req, 0),
        end_time=_naive(req, req["total"]), inputs={"question": req["query"]}, outputs={"output": req["answer"]},
        extra={"metadata": {"session_id": f"sess-{req['slug'][:4]}", "user_id": "cust-981", "store": STORE,
                            "ls_run_depth": 0}},
        tags=["support", "web"], status="success", dotted_order=dotted("root"),
        feedback_stats={"user_score": {"n": 1, "avg": req["feedback"], "stdev": 0.0, "errors": 0, "values": {}}},
        **common)]
    runs.append(ls.Run(
        id=ids["retrieve"], name="KBRetriever", run_type="retriever", start_time=_naive(req, req["retrieve"][0]),
        end_time=_naive(req, req["retrieve"][1]), inputs={"query": req["query"]},
        outputs={"documents": _lc_docs(req)}, parent_run_id=root_id, status="success",
        extra={"metadata": {"retrieval.index": "kb-primary", "retrieval.top_k": 4}},
        dotted_order=dotted("root", "retrieve"), **common))
    if req["tool"]:
        error = req.get("tool_error")
        runs.append(ls.Run(
            id=ids["tool"], name="order_lookup", run_type="tool", start_time=_naive(req, req["tool"][0]),
            end_time=_naive(req, req["tool"][1]), inputs={"input": "{\"order_id\": \"NW-20417\"}"},
            outputs=None if error else {"output": _tool_result(req)}, parent_run_id=root_id,
            error=(f"{error[0]}('{error[1]}')\n\nTraceback (most recent call last):\n  File \"tools.py\", line 41, "
                   f"in order_lookup\n{error[0]}: {error[1]}") if error else None,
            status="error" if error else "success",
            extra={"metadata": {"tool.name": "order_lookup", "tool.timeout_ms": 3000}},
            dotted_order=dotted("root", "tool"), **common))
    tokens_in, tokens_out = req["tokens"]
    cost = _cost(req)
    lc_msg = {"lc": 1, "type": "constructor", "id": ["langchain", "schema", "messages"]}
    runs.append(ls.Run(
        id=ids["llm"], name="ChatOpenAI", run_type="llm", start_time=_naive(req, req["llm"][0]),
        end_time=_naive(req, req["llm"][1]), parent_run_id=root_id, status="success",
        inputs={"messages": [[
            {**lc_msg, "id": [*lc_msg["id"], "SystemMessage"], "kwargs": {"content": _system(req), "type": "system"}},
            {**lc_msg, "id": [*lc_msg["id"], "HumanMessage"],
             "kwargs": {"content": f"Help-center articles:\n{_context(req)}\n\nCustomer question: {req['query']}",
                        "type": "human"}}]]},
        outputs={"generations": [[{"text": req["answer"], "type": "ChatGeneration", "generation_info":
                                   {"finish_reason": "stop"},
                                   "message": {**lc_msg, "id": [*lc_msg["id"], "AIMessage"],
                                               "kwargs": {"content": req["answer"], "type": "ai",
                                                          "usage_metadata": {"input_tokens": tokens_in,
                                                                             "output_tokens": tokens_out,
                                                                             "total_tokens": tokens_in + tokens_out},
                                                          "response_metadata": {"model_name":
                                                                                f"{req['model']}-2024-07-18"}}}}]],
                 "llm_output": {"token_usage": {"prompt_tokens": tokens_in, "completion_tokens": tokens_out},
                                "model_name": req["model"]}},
        extra={"invocation_params": {"model": req["model"], "model_name": req["model"], "temperature": 0.2,
                                     "_type": "openai-chat", "stream": False},
               "metadata": {"ls_provider": "openai", "ls_model_name": req["model"], "ls_model_type": "chat",
                            "ls_temperature": 0.2, "prompt_name": "support-answer",
                            "prompt_version": req["version"]}},
        prompt_tokens=tokens_in, completion_tokens=tokens_out, total_tokens=tokens_in + tokens_out,
        prompt_cost=round(cost * 0.6, 8), completion_cost=round(cost * 0.4, 8), total_cost=cost,
        dotted_order=dotted("root", "llm"), **common))
    return runs


def langsmith_flat(req: dict[str, Any]) -> list[dict[str, Any]]:
    """The runs as the v1 REST API returns them: the SDK model's JSON with naive (zone-less) timestamps."""
    runs = [run.model_dump(mode="json", exclude={"child_runs"}) for run in langsmith_runs(req)]
    for run in runs:
        for key in ("start_time", "end_time"):
            run[key] = run[key].removesuffix("Z")
    return runs


def langsmith_tree(req: dict[str, Any]) -> dict[str, Any]:
    root, *children = langsmith_runs(req)
    tree = root.model_copy(update={"child_runs": children, "child_run_ids": [c.id for c in children]})
    return tree.model_dump(mode="json")


# ---- OpenTelemetry OTLP/JSON --------------------------------------------------------------------------


def _kv(key: str, value: Any) -> common_pb2.KeyValue:
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


def _nanos(req: dict[str, Any], ms: int) -> int:
    return int(_t(req, ms).timestamp()) * 1_000_000_000 + (_t(req, ms).microsecond * 1000)


def otlp_request(req: dict[str, Any], flavour: str, *, content: bool = True) -> trace_pb2.TracesData:
    """One request as OTLP spans, with GenAI semantic-convention or OpenInference attributes.

    ``content=False`` leaves out the opt-in content attributes (messages, documents, query), as
    default GenAI instrumentations do.
    """
    seed = f"{flavour}/{req['slug']}" + ("" if content else "/nocontent")
    trace_id = bytes.fromhex(_hex(seed, 16))
    ids = {n: bytes.fromhex(_hex(f"{seed}/{n}", 8)) for n in ("root", "retrieve", "tool", "llm")}
    genai = flavour == "genai"
    tokens_in, tokens_out = req["tokens"]
    spans: list[trace_pb2.Span] = []

    def span(name: str, key: str, window: tuple[int, int], attrs: dict[str, Any], kind: int,
             parent: bytes = b"") -> trace_pb2.Span:
        s = trace_pb2.Span(trace_id=trace_id, span_id=ids[key], parent_span_id=parent, name=name, kind=kind,
                           start_time_unix_nano=_nanos(req, window[0]), end_time_unix_nano=_nanos(req, window[1]))
        s.attributes.extend(_kv(k, v) for k, v in attrs.items())
        spans.append(s)
        return s

    root_attrs: dict[str, Any] = {"session.id": f"sess-{req['slug'][:4]}", "user.id": "cust-981"}
    if genai:
        root_attrs["gen_ai.operation.name"] = "invoke_workflow"
    else:
        root_attrs.update({"openinference.span.kind": "CHAIN", "input.value": req["query"],
                           "output.value": req["answer"]} if content else {"openinference.span.kind": "CHAIN"})
    span("support-chat", "root", (0, req["total"]), root_attrs, trace_pb2.Span.SPAN_KIND_SERVER)

    docs = [{"id": i, "score": s, "content": KB[i]["content"]} for i, s in req["docs"]]
    if genai:
        r_attrs: dict[str, Any] = {"gen_ai.operation.name": "retrieval", "gen_ai.data_source.id": "kb-primary",
                                   "gen_ai.request.top_k": 4.0}
        if content:
            r_attrs["gen_ai.retrieval.query.text"] = req["query"]
            r_attrs["gen_ai.retrieval.documents"] = json.dumps(docs)
    else:
        r_attrs = {"openinference.span.kind": "RETRIEVER", "retrieval.index": "kb-primary"}
        if content:
            r_attrs["input.value"] = req["query"]
            for n, d in enumerate(docs):
                r_attrs.update({f"retrieval.documents.{n}.document.id": d["id"],
                                f"retrieval.documents.{n}.document.score": d["score"],
                                f"retrieval.documents.{n}.document.content": d["content"],
                                f"retrieval.documents.{n}.document.metadata": json.dumps(
                                    {"title": KB[d["id"]]["title"]})})
    span("retrieval kb-primary" if genai else "kb.search", "retrieve", req["retrieve"], r_attrs,
         trace_pb2.Span.SPAN_KIND_CLIENT, ids["root"])

    if req["tool"]:
        error = req.get("tool_error")
        t_attrs: dict[str, Any] = ({"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "order_lookup",
                                    "gen_ai.tool.call.id": "call_1"} if genai else
                                   {"openinference.span.kind": "TOOL", "tool.name": "order_lookup"})
        t_attrs["tool.timeout_ms"] = 3000
        if error:
            t_attrs["error.type"] = error[0]
        tool = span("execute_tool order_lookup" if genai else "order_lookup", "tool", req["tool"], t_attrs,
                    trace_pb2.Span.SPAN_KIND_INTERNAL, ids["root"])
        if error:
            tool.status.code = trace_pb2.Status.STATUS_CODE_ERROR
            tool.status.message = error[1]
            event = tool.events.add(name="exception", time_unix_nano=_nanos(req, req["tool"][1]))
            event.attributes.extend([_kv("exception.type", error[0]), _kv("exception.message", error[1])])

    if genai:
        l_attrs: dict[str, Any] = {
            "gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": req["model"],
            "gen_ai.response.model": f"{req['model']}-2024-07-18" if req["model"] == "gpt-4o-mini" else req["model"],
            "gen_ai.request.temperature": 0.2, "gen_ai.request.max_tokens": 512,
            "gen_ai.usage.input_tokens": tokens_in, "gen_ai.usage.output_tokens": tokens_out,
            "gen_ai.response.finish_reasons": ["stop"], "gen_ai.prompt.name": "support-answer",
            "gen_ai.prompt.version": req["version"]}
        if content:
            l_attrs["gen_ai.input.messages"] = json.dumps([
                {"role": "system", "parts": [{"type": "text", "content": _system(req)}]},
                {"role": "user", "parts": [{"type": "text", "content": f"{_context(req)}\n\n{req['query']}"}]}])
            l_attrs["gen_ai.output.messages"] = json.dumps([
                {"role": "assistant", "parts": [{"type": "text", "content": req["answer"]}], "finish_reason": "stop"}])
    else:
        l_attrs = {
            "openinference.span.kind": "LLM", "llm.model_name": req["model"], "llm.provider": "openai",
            "llm.system": "openai", "llm.invocation_parameters": json.dumps({"temperature": 0.2, "max_tokens": 512}),
            "llm.token_count.prompt": tokens_in, "llm.token_count.completion": tokens_out,
            "llm.token_count.total": tokens_in + tokens_out, "llm.cost.total": _cost(req),
            "llm.prompt_template.version": req["version"],
            "llm.prompt_template.variables": json.dumps({"store_name": STORE, "customer_tier": "summit"}),
            "metadata": json.dumps({"prompt_name": "support-answer"})}
        if content:
            l_attrs.update({"llm.input_messages.0.message.role": "system",
                            "llm.input_messages.0.message.content": _system(req),
                            "llm.input_messages.1.message.role": "user",
                            "llm.input_messages.1.message.content": f"{_context(req)}\n\n{req['query']}",
                            "llm.output_messages.0.message.role": "assistant",
                            "llm.output_messages.0.message.content": req["answer"]})
    llm = span(f"chat {req['model']}" if genai else "ChatOpenAI", "llm", req["llm"], l_attrs,
               trace_pb2.Span.SPAN_KIND_CLIENT, ids["root"])
    if genai:
        event = llm.events.add(name="gen_ai.evaluation.result", time_unix_nano=_nanos(req, req["total"]))
        event.attributes.extend([_kv("gen_ai.evaluation.name", "user_feedback"),
                                 _kv("gen_ai.evaluation.score.value", float(req["feedback"]))])

    resource = resource_pb2.Resource()
    resource.attributes.extend([_kv("service.name", "support-bot"), _kv("deployment.environment.name", "production")])
    scope = common_pb2.InstrumentationScope(
        name="opentelemetry.instrumentation.openai_v2" if genai else "openinference.instrumentation.langchain",
        version="2.3b0" if genai else "0.1.50")
    data = trace_pb2.TracesData()
    data.resource_spans.add(resource=resource).scope_spans.add(scope=scope).spans.extend(spans)
    return data


def otlp_json(data: trace_pb2.TracesData) -> dict[str, Any]:
    """OTLP/JSON as the spec and the collector's file exporter write it: hex ids, integer enums.

    ``json_format.MessageToDict`` gives proto3 JSON (base64 ids, enum names); the OTLP/JSON spec
    deviates from it, so the ids and enums are rewritten afterwards.
    """
    out = json_format.MessageToDict(data, use_integers_for_enums=True)
    for rs in out["resourceSpans"]:
        for ss in rs["scopeSpans"]:
            for s in ss["spans"]:
                for key in ("traceId", "spanId", "parentSpanId"):
                    if s.get(key):
                        s[key] = base64.b64decode(s[key]).hex()
    return out


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def camel_schema(schema: Any) -> Any:
    """The Langfuse SDK's JSON schema with its wire names: the SDK aliases every field to camelCase through
    its own ``FieldMetadata``, which pydantic's schema generator does not see."""
    if isinstance(schema, dict):
        out = {}
        for key, value in schema.items():
            if key == "properties" and isinstance(value, dict):
                out[key] = {_camel(k): camel_schema(v) for k, v in value.items()}
            elif key == "required" and isinstance(value, list):
                out[key] = [_camel(k) for k in value]
            else:
                out[key] = camel_schema(value)
        return out
    if isinstance(schema, list):
        return [camel_schema(v) for v in schema]
    return schema


def write(path: Path, payload: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=1, sort_keys=False) + "\n", encoding="utf-8")


def main() -> None:
    for req in REQUESTS:
        write(HERE / "langfuse_legacy" / f"{req['slug']}.json", langfuse_legacy(req))
        write(HERE / "langfuse_v2" / f"{req['slug']}.json", langfuse_v2(req))
        write(HERE / "langsmith_runs" / f"{req['slug']}.json", langsmith_flat(req))
        write(HERE / "langsmith_tree" / f"{req['slug']}.json", langsmith_tree(req))
        write(HERE / "otlp_genai" / f"{req['slug']}.json", otlp_json(otlp_request(req, "genai")))
        write(HERE / "otlp_openinference" / f"{req['slug']}.json", otlp_json(otlp_request(req, "openinference")))
    healthy = REQUESTS[0]
    # Pitfall files: protobuf's own JSON (base64 ids, enum names) and a default GenAI instrumentation
    # that records no message or document content (opt-in attributes off).
    write(HERE / "otlp_variants" / "healthy_protobuf_json.json",
          json_format.MessageToDict(otlp_request(healthy, "genai")))
    write(HERE / "otlp_variants" / "healthy_no_content.json", otlp_json(otlp_request(healthy, "genai", content=False)))
    # JSON Schemas of the SDK classes, so the exporter tests validate against the SDKs' own models offline.
    write(HERE / "schemas" / "langfuse_TraceWithFullDetails.schema.json",
          camel_schema(TraceWithFullDetails.model_json_schema()))
    write(HERE / "schemas" / "langfuse_ObservationsV2Response.schema.json",
          camel_schema(ObservationsV2Response.model_json_schema()))
    write(HERE / "schemas" / "langsmith_Run.schema.json", ls.Run.model_json_schema())


if __name__ == "__main__":
    main()
