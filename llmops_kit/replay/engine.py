"""Replay a recorded request with overrides, through the official ``openai`` SDK.

What is not overridden comes from the recording (a cassette); only the overridden part runs live:

- **prompt**: the recorded messages are the prompt, unless ``prompt_version`` is overridden (then the
  registry renders that version with the recorded variables). When retrieval or a tool result changes,
  the new context replaces the recorded one inside the recorded messages (or the registry re-renders the
  recorded version when the recorded text cannot be found).
- **retrieval**: the recorded documents (an outage recorded as empty retrieval stays empty), unless
  ``index`` names another index than the recorded one or ``retrieval_filter`` another metadata filter
  than the recorded ``retrieval.filter``: then a fresh search of that local index (the recorded one when
  only the filter changes), with the recorded filter unless it is overridden (``{}`` searches unfiltered),
  so one override changes one thing.
- **tools**: the recorded results and failures (see :mod:`.tools` for ``tools`` / ``tool_timeout_ms``).
- **the model call**: when messages, model and temperature are the recorded ones and a response was
  recorded, the recorded response is served (still through the SDK: :mod:`.cassette`); otherwise the
  client's backend answers (the simulator, or a real endpoint). ``llm="live"`` forces a live call.

An override equal to the recorded value is no override (``index=<recorded index>`` changes nothing).

The result is a new :class:`~llmops_kit.traces.Trace` with a deterministic id, the recorded timings of
everything served from the recording, the new spans where the old ones were (later spans shift, the root
stretches), usage, cost, a quality score and ``metadata["replay"]`` saying where each part came from.
Latency of a live call is the simulated latency the endpoint reports in ``x-llmops-simulated-latency-ms``
(the simulator and the local server do), else measured wall time (a real API).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import openai

from ..contract import Contract, load_contract
from ..errors import LlmopsError, ReplayError
from ..prompts import PromptRegistry, RenderedPrompt, default_registry, format_context, format_tool_results
from ..quality import score_trace
from ..traces import Document, Score, Span, Trace, Usage
from .assemble import assemble, replay_id, retime
from .cassette import recorded_completion, recording_call, recording_client
from .client import backend_name, endpoint_name, make_client, translate_error
from .overrides import (
    TEMPERATURE_RANGE,
    TOOL_MODES,
    VALID_OVERRIDES,
    Overrides,
    RetrievalFilter,
    filter_dict,
    normalize_filter,
    validate_overrides,
)
from .simulator import approx_message_tokens, approx_tokens
from .tools import ToolRunner, replay_tool
from .transport import LATENCY_HEADER

LlmMode = Literal["auto", "live"]


@dataclass(frozen=True)
class ReplayRequest:
    """Everything replay will send, built from the trace before any call is made (a dry run).

    ``recorded`` holds the recorded completion when the model call is unchanged (it will be served from
    the recording); ``None`` means the call runs live.
    """

    trace: Trace
    overrides: Overrides
    prompt: RenderedPrompt
    model: str
    temperature: float | None
    documents: list[Document]
    retrieval: str
    query: str
    messages_source: str = "recording"
    tool_spans: list[Span] = field(default_factory=list)
    recorded: dict[str, Any] | None = None
    effective: dict[str, Any] = field(default_factory=dict)
    mode: str = "auto"
    search_index: str | None = None
    search_filter: dict[str, list[str]] = field(default_factory=dict)

    @property
    def messages(self) -> list[dict[str, str]]:
        return self.prompt.messages

    @property
    def llm(self) -> str:
        """``"recording"`` when the recorded response is served, else ``"live"``."""
        return "recording" if self.recorded is not None else "live"


def recorded_index(trace: Trace) -> str | None:
    """The index the recorded retrieval queried (``retrieval.index`` on the retriever span), if recorded."""
    return next((str(s.attributes["retrieval.index"]) for s in trace.spans_of("retriever")
                 if s.attributes.get("retrieval.index")), None)


def recorded_filter(trace: Trace) -> dict[str, Any]:
    """The metadata filter the recorded retrieval applied (``retrieval.filter``), ``{}`` when none was recorded."""
    value = next((s.attributes["retrieval.filter"] for s in trace.spans_of("retriever")
                  if s.attributes.get("retrieval.filter")), None)
    return dict(value) if isinstance(value, dict) else {}


def _recorded_filter_key(trace: Trace) -> RetrievalFilter | str:
    """The recorded filter in canonical form, for comparison; a filter the local indexes cannot apply
    compares unequal to every override."""
    try:
        return normalize_filter(recorded_filter(trace), "recorded retrieval.filter")
    except LlmopsError:
        return "unreadable"


def _recorded_messages(llm: Span) -> list[dict[str, str]] | None:
    if not llm.messages:
        return None
    return [{"role": m.role, "content": m.content or ""} for m in llm.messages]


def _effective(trace: Trace, checked: Overrides) -> dict[str, Any]:
    """The overrides that change something: one equal to the recorded value is no override."""
    recorded = {"prompt_version": trace.prompt_version, "model": trace.model, "temperature": trace.temperature,
                "index": recorded_index(trace), "tools": "recording"}
    effective = {k: v for k, v in checked.as_dict().items() if k not in recorded or recorded[k] != v}
    if checked.retrieval_filter is not None and checked.retrieval_filter == _recorded_filter_key(trace):
        effective.pop("retrieval_filter", None)
    return effective


def _swap(messages: list[dict[str, str]], old: str, new: str) -> list[dict[str, str]] | None:
    """Replace one recorded block (context or tool results) in the messages; None when it is not there."""
    if old == new:
        return messages
    if not any(old in m["content"] for m in messages):
        return None
    return [{**m, "content": m["content"].replace(old, new)} for m in messages]


def _search_again(
    trace: Trace, checked: Overrides, contract: Contract, query: str, where: str,
) -> tuple[list[Document], str, str, dict[str, list[str]]]:
    """A fresh search of the overridden (else the recorded) index with the overridden (else the recorded)
    filter; returns the documents, how the retrieval ran (``index:kb-primary filter:{...}``), the index and
    the filter applied."""
    from ..knowledge_base import get_index  # the data layer; imported only when retrieval runs again

    index = checked.index or recorded_index(trace)
    if index is None:
        raise ReplayError(f"{where}: the trace recorded no retrieval.index, so a new filter has no index to "
                          "search; pass overrides={'index': ...} as well.")
    if checked.retrieval_filter is not None:
        applied = checked.retrieval_filter
    else:
        try:
            applied = normalize_filter(recorded_filter(trace), "the recorded retrieval.filter")
        except LlmopsError as exc:
            raise ReplayError(f"{where}: {exc} Pass overrides={{'retrieval_filter': {{}}}} to search unfiltered, "
                              "or a filter the local index supports.") from exc
    retriever = trace.spans_of("retriever")
    top_k = retriever[0].attributes.get("retrieval.top_k") if retriever else None
    k = top_k if isinstance(top_k, int) and top_k > 0 else contract.retrieval.expected_top_k
    categories = dict(applied).get("category")
    documents = get_index(index).search(query, k=k, categories=categories)
    return documents, f"index:{index} filter:{filter_dict(applied) or 'none'}", index, filter_dict(applied)


def build_request(
    trace: Trace,
    overrides: Mapping[str, Any] | Overrides | None = None,
    *,
    registry: PromptRegistry | None = None,
    contract: Contract | None = None,
    tool_runner: ToolRunner | None = None,
    llm: LlmMode = "auto",
) -> ReplayRequest:
    """Rebuild the request a trace recorded, with overrides applied; raises before anything is sent."""
    where = f"replay of trace {trace.trace_id!r}"
    checked = validate_overrides(overrides)
    if llm not in ("auto", "live"):
        raise ReplayError(f"{where}: llm must be 'auto' (serve an unchanged call from the recording) or 'live'.")
    contract = contract or load_contract()
    span = trace.llm_span
    if span is None:
        raise ReplayError(f"{where}: the trace has no LLM span, so there is no model call to replay.")
    effective = _effective(trace, checked)
    ref = span.prompt
    recorded_msgs = _recorded_messages(span)
    if ref is None and (recorded_msgs is None or "prompt_version" in effective):
        raise ReplayError(
            f"{where}: the LLM span recorded neither the messages nor a prompt (prompt.name / prompt.version) "
            "that the registry can render; record one of them on the llm span."
        )
    query = trace.query
    if not query:
        raise ReplayError(f"{where}: the trace recorded no user query (trace input or root span input).")
    model = effective.get("model") or span.model
    if not model:
        raise ReplayError(f"{where}: the LLM span recorded no model; pass overrides={{'model': ...}}.")
    temperature = effective.get("temperature", trace.temperature)

    old_docs = list(trace.documents or [])
    if "index" in effective or "retrieval_filter" in effective:
        documents, retrieval, search_index, search_filter = _search_again(trace, checked, contract, query, where)
    else:
        documents, retrieval, search_index, search_filter = old_docs, "recording", None, {}
    tools = [replay_tool(s, contract, mode=checked.tools, timeout_ms=checked.tool_timeout_ms, runner=tool_runner,
                         where=where) for s in trace.tool_spans]
    old_tools, new_tools = format_tool_results(trace.tool_spans), format_tool_results(tools)
    old_ctx, new_ctx = format_context(old_docs), format_context(documents)

    def render(version: str) -> RenderedPrompt:
        if ref is None:
            raise ReplayError(f"{where}: the trace names no prompt (prompt.name / prompt.version) to render.")
        template = (registry or default_registry()).get(ref.name, version)
        variables = {**ref.variables, "question": query, "context": new_ctx, "tool_results": new_tools}
        try:
            return template.render(variables)
        except ReplayError as exc:
            raise ReplayError(f"{where}: {exc}") from exc

    if "prompt_version" in effective:
        prompt, source = render(str(effective["prompt_version"])), "registry"
    elif recorded_msgs is not None:
        swapped = _swap(recorded_msgs, old_ctx, new_ctx)
        swapped = _swap(swapped, old_tools, new_tools) if swapped is not None else None
        source = "recording" if swapped == recorded_msgs else "recording, context replaced"
        if swapped is None:
            try:
                prompt, source = render(ref.version if ref else ""), "registry (recorded context not in the messages)"
            except LlmopsError as exc:
                raise ReplayError(
                    f"{where}: the new context cannot be placed in the recorded messages (they do not hold the "
                    f"recorded context in the layout format_context renders), and the registry cannot render the "
                    f"recorded prompt either ({exc}); replay this trace without index or tool overrides."
                ) from exc
        else:
            prompt = RenderedPrompt(name=ref.name if ref else "recorded", version=ref.version if ref else "recorded",
                                    messages=swapped, variables=dict(ref.variables) if ref else {})
    else:
        prompt, source = render(ref.version if ref else ""), "registry (no messages recorded)"

    unchanged = (llm == "auto" and recorded_msgs is not None and prompt.messages == recorded_msgs
                 and model == span.model and temperature == trace.temperature)
    recorded = recorded_completion(trace, span, recorded_msgs or []) if unchanged else None
    return ReplayRequest(
        trace=trace, overrides=checked, prompt=prompt, model=model, temperature=temperature,
        documents=documents, retrieval=retrieval, query=query, messages_source=source, tool_spans=tools,
        recorded=recorded, effective=effective, mode=llm, search_index=search_index, search_filter=search_filter,
    )


def replay_trace(
    trace: Trace,
    overrides: Mapping[str, Any] | Overrides | None = None,
    *,
    client: openai.OpenAI | None = None,
    registry: PromptRegistry | None = None,
    contract: Contract | None = None,
    clock: Callable[[], float] = time.perf_counter,
    tool_runner: ToolRunner | None = None,
    llm: LlmMode = "auto",
) -> Trace:
    """Re-run a recorded request with overrides and return the replay as a new, linked trace.

    ``client`` defaults to :func:`make_client` ("auto": the offline simulator unless ``OPENAI_API_KEY``
    is set); it answers only the parts that run live. ``llm="live"`` sends even an unchanged model call
    to the client (a live control). ``clock`` only measures wall time for endpoints that report no latency.
    """
    contract = contract or load_contract()
    request = build_request(trace, overrides, registry=registry, contract=contract, tool_runner=tool_runner,
                            llm=llm)
    where = f"replay of trace {trace.trace_id!r}"
    if request.recorded is not None:
        caller, backend = recording_client(), "recording"
    else:
        caller = client or make_client("auto")
        backend = backend_name(caller)
    kwargs: dict[str, Any] = {"model": request.model, "messages": request.messages}
    if request.temperature is not None:
        kwargs["temperature"] = request.temperature
    started = clock()
    try:
        if request.recorded is not None:
            with recording_call(request.recorded) as headers:
                raw = caller.chat.completions.with_raw_response.create(**kwargs, extra_headers=headers)
        else:
            raw = caller.chat.completions.with_raw_response.create(**kwargs)
        completion = raw.parse()
    except (openai.OpenAIError, ValueError) as exc:
        error = translate_error(exc, caller, model=request.model, where=where)
        error.trace_id = trace.trace_id  # type: ignore[attr-defined]
        raise error from exc
    wall_ms = (clock() - started) * 1000.0
    reported = raw.headers.get(LATENCY_HEADER)
    if request.recorded is not None:
        latency_ms, latency_source = float(reported or 0.0), "recording"
    elif reported:
        latency_ms, latency_source = float(reported), "simulated"
    else:
        latency_ms, latency_source = round(wall_ms, 1), "measured"

    if not completion.choices:
        raise ReplayError(f"{where}: {endpoint_name(caller)} returned no choices.")
    answer = completion.choices[0].message.content or ""
    if completion.usage is not None:
        usage = Usage(input_tokens=completion.usage.prompt_tokens, output_tokens=completion.usage.completion_tokens)
        token_source = "recording" if request.recorded is not None else "endpoint"
    else:
        usage = Usage(input_tokens=approx_message_tokens(request.messages), output_tokens=approx_tokens(answer))
        token_source = "approximation: 4 characters per token"
    price = contract.price(request.model)
    old = trace.llm_span
    if request.recorded is not None and old is not None and old.cost_usd is not None:
        cost: float | None = old.cost_usd
    else:
        cost = round(price.cost(usage.input_tokens, usage.output_tokens), 8) if price else None

    meta = {
        "parent_trace_id": trace.trace_id,
        "overrides": request.overrides.as_dict(),
        "effective_overrides": request.effective,
        "backend": backend,
        "llm": request.llm,
        "endpoint": endpoint_name(caller),
        "model": request.model,
        "response_model": completion.model,
        "prompt_version": request.prompt.version,
        "messages": request.messages_source,
        "response_id": completion.id,
        "system_fingerprint": completion.system_fingerprint,
        "latency_source": latency_source,
        "token_source": token_source,
        "retrieval": request.retrieval,
        "tools": _tools_source(request),
        "defaulted_variables": request.prompt.defaulted,
        "price_known": price is not None,
    }
    replayed = assemble(request, answer, usage, cost, latency_ms, meta, completion.choices[0].finish_reason)
    report = score_trace(replayed, contract)
    replayed.scores = [
        Score(name="quality", value=report.score, source=f"llmops_kit.quality:{report.scorer}", comment=report.reason)
    ]
    replayed.metadata["replay"]["quality_evaluable"] = report.evaluable
    return replayed


def _tools_source(request: ReplayRequest) -> str:
    hows = sorted({str(s.attributes.get("replay.tool", "recording")) for s in request.tool_spans})
    return ", ".join(hows) if hows else "none recorded"


def is_replay(trace: Trace) -> bool:
    return isinstance(trace.metadata.get("replay"), dict)


__all__ = [
    "TEMPERATURE_RANGE",
    "TOOL_MODES",
    "VALID_OVERRIDES",
    "Overrides",
    "ReplayRequest",
    "build_request",
    "is_replay",
    "recorded_filter",
    "recorded_index",
    "replay_id",
    "replay_trace",
    "retime",
    "validate_overrides",
]
