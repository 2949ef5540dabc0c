"""A small instrumented RAG support bot that sends its traces to Arize Phoenix.

It answers help-center questions the way a production bot would: BM25 retrieval over the packaged
knowledge base, the versioned ``support-answer`` prompt, and a chat completion through the official
``openai`` SDK. The SDK points at the project's OpenAI-compatible simulator server (started here on a
free 127.0.0.1 port unless ``--llm-url`` names another), so no key and no network are needed.
OpenInference instruments the SDK (the LLM span) and this file adds the request (CHAIN) and retrieval
(RETRIEVER) spans with OpenInference attributes, exported over OTLP/HTTP to Phoenix.

Failures are injected the way they happen, not labelled: ``--failure retrieval_outage`` makes the
search index refuse connections (the retriever span errors and the model answers without context),
``--failure old_prompt`` renders the retired prompt version, ``--failure slow`` asks the simulator to
answer slowly. ``--fail-after N`` keeps the first N requests healthy. Nothing in a span says which.

    python examples/phoenix_rag/app.py --phoenix-url http://127.0.0.1:6006 --project support-bot \\
        --requests 300 --interval 1 --fail-after 60 --failure retrieval_outage

``--otlp-out FILE`` also writes every exported span to an OTLP/JSON file, which ``llmops`` reads
directly: the tests compare findings on that file with findings on the same requests pulled back
from Phoenix.
"""

from __future__ import annotations

import argparse
import json
import random
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openai
from openinference.instrumentation import using_attributes
from openinference.instrumentation.openai import OpenAIInstrumentor
from openinference.semconv.trace import OpenInferenceSpanKindValues, SpanAttributes
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor, SpanExporter, SpanExportResult
from opentelemetry.trace import Status, StatusCode

from llmops_kit.knowledge_base import get_index
from llmops_kit.prompts import format_context, get_prompt
from llmops_kit.replay.server import FAULT_HEADER, SimulatorServer

PROMPT_NAME = "support-answer"
CURRENT_PROMPT, RETIRED_PROMPT = "v2.0", "v1.3"
FAILURES = ("retrieval_outage", "old_prompt", "slow")
QUESTIONS = (
    "How long do refunds take to reach my card?",
    "Can I return an item after 30 days?",
    "How do I reset my password?",
    "What does express shipping cost?",
    "How can I change the delivery address of my order?",
    "Do you ship internationally?",
    "How do I cancel my subscription?",
    "Which payment methods do you accept?",
    "How do I use a gift card at checkout?",
    "What is the warranty on electronics?",
)


class OtlpJsonFile(SpanExporter):
    """Keeps every exported span and writes them as one OTLP/JSON export request on shutdown."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._spans: list[ReadableSpan] = []
        self._lock = threading.Lock()

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        with self._lock:
            self._spans.extend(spans)
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        from google.protobuf.json_format import MessageToDict

        with self._lock:
            request = MessageToDict(encode_spans(self._spans))
        # OTLP/JSON spells ids as hex, protobuf's JSON mapping as base64: re-spell them.
        for resource in request.get("resourceSpans", []):
            for scope in resource.get("scopeSpans", []):
                for span in scope.get("spans", []):
                    for key in ("traceId", "spanId", "parentSpanId"):
                        if span.get(key):
                            import base64

                            span[key] = base64.b64decode(span[key]).hex()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(request), encoding="utf-8")


def tracing(phoenix_url: str, project: str, otlp_out: Path | None = None, *, batch: bool = False) -> TracerProvider:
    """A tracer provider exporting to Phoenix, SDK instrumented.

    Spans go out one by one as they end (nothing is lost if the app is killed), or in batches with
    ``batch=True`` (the benchmark's bulk load; ``provider.shutdown()`` flushes them).
    """
    # Resource(...) rather than Resource.create(...): no generated instance id, so runs are reproducible.
    provider = TracerProvider(resource=Resource({"openinference.project.name": project, "service.name": "support-bot"}))
    exporter = OTLPSpanExporter(endpoint=f"{phoenix_url.rstrip('/')}/v1/traces")
    provider.add_span_processor(BatchSpanProcessor(exporter, max_queue_size=100_000, max_export_batch_size=2048)
                                if batch else SimpleSpanProcessor(exporter))
    if otlp_out is not None:
        provider.add_span_processor(SimpleSpanProcessor(OtlpJsonFile(otlp_out)))
    OpenAIInstrumentor().instrument(tracer_provider=provider)
    return provider


class SupportBot:
    """Retrieval + prompt + one chat completion, each request a trace."""

    def __init__(self, client: openai.OpenAI, provider: TracerProvider, *, model: str = "gpt-4o-mini") -> None:
        self.client = client
        self.tracer = provider.get_tracer("support-bot")
        self.index = get_index("kb-primary")
        self.model = model

    def answer(self, question: str, *, user: str, tier: str = "standard", failure: str | None = None) -> str:
        with self.tracer.start_as_current_span("support-chat") as root:
            root.set_attribute(SpanAttributes.OPENINFERENCE_SPAN_KIND, OpenInferenceSpanKindValues.CHAIN.value)
            root.set_attribute(SpanAttributes.INPUT_VALUE, json.dumps({"query": question}))
            root.set_attribute(SpanAttributes.USER_ID, user)
            documents = self._retrieve(question, failure)
            version = RETIRED_PROMPT if failure == "old_prompt" else CURRENT_PROMPT
            variables = {"store_name": "Northwind", "customer_tier": tier}
            rendered = get_prompt(PROMPT_NAME, version).render(
                {**variables, "question": question, "context": format_context(documents),
                 "tool_results": "(no lookup performed)"})
            headers = {FAULT_HEADER: "slow:2500"} if failure == "slow" else None
            with using_attributes(metadata={"prompt_name": PROMPT_NAME}, prompt_template=rendered.system,
                                  prompt_template_version=version, prompt_template_variables=variables):
                response = self.client.chat.completions.create(
                    model=self.model, messages=rendered.messages, temperature=0.2, max_tokens=1024,
                    extra_headers=headers)
            answer = response.choices[0].message.content or ""
            root.set_attribute(SpanAttributes.OUTPUT_VALUE, json.dumps({"answer": answer}))
            return answer

    def _retrieve(self, question: str, failure: str | None) -> list[Any]:
        with self.tracer.start_as_current_span("kb.search") as span:
            span.set_attribute(SpanAttributes.OPENINFERENCE_SPAN_KIND, OpenInferenceSpanKindValues.RETRIEVER.value)
            span.set_attribute(SpanAttributes.INPUT_VALUE, question)
            span.set_attribute("retrieval.index", "kb-primary")
            span.set_attribute("retrieval.top_k", 4)
            if failure == "retrieval_outage":
                error = ConnectionError("kb-primary did not accept the connection")
                span.record_exception(error)
                span.set_status(Status(StatusCode.ERROR, str(error)))
                return []
            documents = self.index.search(question, k=4)
            for i, doc in enumerate(documents):
                prefix = f"{SpanAttributes.RETRIEVAL_DOCUMENTS}.{i}"
                span.set_attribute(f"{prefix}.document.id", doc.id)
                span.set_attribute(f"{prefix}.document.content", doc.content or "")
                span.set_attribute(f"{prefix}.document.score", float(doc.score or 0.0))
                span.set_attribute(f"{prefix}.document.metadata", json.dumps({"title": doc.title, **doc.metadata}))
            return documents


def run(
    *, phoenix_url: str, project: str, requests: int, interval: float = 0.0, failure: str | None = None,
    fail_after: int = 0, llm_url: str | None = None, otlp_out: Path | None = None, seed: int = 7,
) -> int:
    """Send ``requests`` questions (the first ``fail_after`` healthy, the rest with ``failure``); returns the count."""
    if failure is not None and failure not in FAILURES:
        raise SystemExit(f"unknown failure {failure!r}; choose one of: {', '.join(FAILURES)}.")
    server = None if llm_url else SimulatorServer(0).start()
    base_url = llm_url or (server.base_url if server else "")
    provider = tracing(phoenix_url, project, otlp_out)
    client = openai.OpenAI(base_url=base_url, api_key="not-needed-for-the-simulator", max_retries=0)
    bot = SupportBot(client, provider)
    rng = random.Random(seed)
    try:
        for i in range(requests):
            question = rng.choice(QUESTIONS)
            bot.answer(question, user=f"cust-{rng.randrange(1000):03d}", tier=rng.choice(("standard", "plus")),
                       failure=failure if i >= fail_after else None)
            if interval and i + 1 < requests:
                time.sleep(interval)
    finally:
        OpenAIInstrumentor().uninstrument()
        provider.shutdown()
        if server is not None:
            server.stop()
    return requests


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phoenix-url", default="http://127.0.0.1:6006", help="Phoenix base URL.")
    parser.add_argument("--project", default="support-bot", help="Phoenix project to send traces to.")
    parser.add_argument("--requests", type=int, default=100, help="How many questions to send.")
    parser.add_argument("--interval", type=float, default=1.0, help="Seconds between requests.")
    parser.add_argument("--failure", choices=FAILURES, default=None, help="Failure to inject.")
    parser.add_argument("--fail-after", type=int, default=0, help="Healthy requests before the failure starts.")
    parser.add_argument("--llm-url", default=None, help="OpenAI-compatible base URL (default: a local simulator).")
    parser.add_argument("--otlp-out", type=Path, default=None, help="Also write the spans to this OTLP/JSON file.")
    parser.add_argument("--seed", type=int, default=7, help="Seed for the choice of questions and users.")
    args = parser.parse_args(argv)
    sent = run(phoenix_url=args.phoenix_url, project=args.project, requests=args.requests, interval=args.interval,
               failure=args.failure, fail_after=args.fail_after, llm_url=args.llm_url, otlp_out=args.otlp_out,
               seed=args.seed)
    print(f"sent {sent} request(s) to {args.phoenix_url} project {args.project!r}")


if __name__ == "__main__":
    main()
