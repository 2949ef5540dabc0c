"""One support request with a knowledge-base search, tool calls and an answer, built for the tool-failure tests.

`test_failed_lookups` and `test_failure_notes` each fix their own shop (article, assistant, tool) and pass it
here, so the span layout a detector reads is written once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from llmops_kit.traces import Trace


@dataclass(frozen=True)
class Shop:
    """The fixed parts of one test module's requests: when, which article, which assistant, which tool."""

    t0: datetime
    article: str
    doc_id: str
    assistant: str
    tool: str
    error: tuple[str, str]  # (type, message) of a failed call

    def at(self, ms: int) -> str:
        return (self.t0 + timedelta(milliseconds=ms)).isoformat()

    def tool_span(self, tool_input: dict[str, Any], output: Any = None, *, failed: bool = True,
                  span_id: str = "s2", start: int = 95) -> dict[str, Any]:
        """A call of the shop's tool lasting 200 ms: an error span when ``failed``, else one returning ``output``."""
        span: dict[str, Any] = {"span_id": span_id, "parent_id": "s0", "name": f"tool.{self.tool}", "kind": "tool",
                                "start_time": self.at(start), "end_time": self.at(start + 200), "input": tool_input,
                                "attributes": {"tool.name": self.tool}}
        if failed:
            return span | {"status": "error", "error": {"type": self.error[0], "message": self.error[1]}}
        return span | {"status": "ok", "output": output}

    def trace(self, trace_id: str, answer: str, question: str, tools: list[dict[str, Any]]) -> Trace:
        """The request: root chain, the article retrieved, ``tools``, and the LLM call that answered."""
        return Trace.model_validate({
            "trace_id": trace_id, "input": {"query": question}, "output": {"answer": answer},
            "spans": [
                {"span_id": "s0", "name": "chat", "kind": "chain", "start_time": self.at(0),
                 "end_time": self.at(1500)},
                {"span_id": "s1", "parent_id": "s0", "name": "kb.search", "kind": "retriever",
                 "start_time": self.at(5), "end_time": self.at(90),
                 "documents": [{"id": self.doc_id, "content": self.article, "score": 0.8}]},
                *tools,
                {"span_id": "s3", "parent_id": "s0", "name": "llm.chat", "kind": "llm", "start_time": self.at(900),
                 "end_time": self.at(1490), "model": "gpt-4o-mini",
                 "prompt": {"name": "support-answer", "version": "v2.0"},
                 "messages": [{"role": "system", "content": f"You are the {self.assistant} assistant.\n\n"
                               + self.article},
                              {"role": "user", "content": question}],
                 "output": {"content": answer}},
            ],
        })
