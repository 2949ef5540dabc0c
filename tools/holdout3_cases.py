"""Third held-out set: how each request of a domain ran, and the label a reader of the contract gives it.

A domain module (``tools/holdout3_<domain>.py``) holds only content: its help-centre articles, system prompt,
published contact details, questions with answers in several styles, wrong answers (each naming the invented
fragment that no evidence contains), tool calls with their results, off-topic questions, personal data and
traps. ``Recipes`` turns that content into ``holdout2_build.Case`` objects (the shared builder lays a case out
as a native trace) and writes the label beside the case, never into it: infrastructure faults (prompt version,
latency, tokens, tool outcome, empty or poor retrieval) are applied to a healthy answer, so each fault is the
only thing that differs from a healthy request. Structure (model, span order, query rewrite, reranker, FAQ
index, guardrail, feedback score, where the passages go) is drawn from the seeded generator.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from holdout2_build import Case, Retriever, Tool

ERRORS_SOFT = (("HTTPError", "429 Too Many Requests"), ("HTTPError", "404 Not Found"), ("HTTPError", "403 Forbidden"))
ERRORS_HARD = (("HTTPError", "500 Internal Server Error"), ("HTTPError", "503 Service Unavailable"),
               ("ConnectionError", "connection refused by upstream"))
STOP = {"a", "an", "the", "i", "my", "me", "we", "our", "you", "your", "is", "are", "do", "does", "can", "could",
        "would", "will", "to", "of", "for", "on", "in", "at", "it", "if", "and", "or", "be", "have", "has", "what",
        "how", "when", "there", "this", "that", "with", "about", "hi", "hello", "please", "thanks", "just", "get"}


@dataclass
class Row:
    """One case and the label that travels next to it (never inside the trace)."""

    case: Case
    codes: list[str]
    strength: str
    variation: str
    absent: list[str] = field(default_factory=list)  # invented fragments no evidence may contain
    pii: list[str] = field(default_factory=list)  # personal values planted in the trace


def rewrite_of(question: str) -> str:
    """A short search query, as a query-rewrite call would make it."""
    words = [w for w in re.findall(r"[a-z0-9']+", question.lower()) if w not in STOP]
    return " ".join(words[:8]) or question


class Recipes:
    """The cases of one domain, with their labels, in a fixed order driven by one seeded generator."""

    def __init__(self, dom: ModuleType, rng: random.Random) -> None:
        self.d, self.rng = dom, rng
        self.index = f"{dom.NAME}-articles"
        self.rows: list[Row] = []

    # ---- structure ------------------------------------------------------------------------------------
    def _docs(self, ids: tuple[str, ...], lo: float = 0.62, hi: float = 0.92) -> list[tuple[str, float]]:
        r = self.rng
        scored = sorted(((i, round(r.uniform(lo, hi), 2)) for i in ids), key=lambda d: -d[1])
        others = [i for i in self.d.ARTICLES if i not in ids]
        top = scored[-1][1] if scored else 0.5
        filler = [(i, round(r.uniform(0.2, min(top, 0.5) - 0.01), 2)) for i in r.sample(others, r.randrange(0, 3))]
        return scored + sorted(filler, key=lambda d: -d[1])

    def case(self, question: str, answer: str, docs: tuple[str, ...] | list[tuple[str, float]] | None,
             **kw: Any) -> Case:
        """A healthy-shaped request; keyword arguments override what the seeded draw chose."""
        r = self.rng
        if docs is None:
            retrievers = []
        elif docs and isinstance(docs[0], tuple):
            retrievers = [Retriever(self.index, list(docs), ms=r.randrange(80, 260))]  # type: ignore[arg-type]
        else:
            found = self._docs(tuple(docs))  # type: ignore[arg-type]
            if r.random() < 0.2 and len(found) > 1:  # an article index plus a FAQ index
                retrievers = [Retriever(self.index, found[:-1], ms=r.randrange(80, 200)),
                              Retriever(f"{self.d.NAME}-faq", found[-1:], ms=r.randrange(40, 120))]
            else:
                retrievers = [Retriever(self.index, found, ms=r.randrange(80, 260))]
        c = Case(domain=self.d.NAME, service=self.d.SERVICE, question=question, answer=answer,
                 articles=self.d.ARTICLES, system=self.d.SYSTEM, retrievers=retrievers,
                 prompt_version=r.choice(["v2.0", "v2.0", "v2.0", "7", "production"]),
                 model=r.choice(["gpt-4o-mini", "gpt-4o-mini", "gpt-4o"]), temperature=r.choice([0.0, 0.1, 0.2, 0.3]),
                 duration_ms=r.randrange(1700, 4300), tokens=r.randrange(1450, 2150),
                 context_in=r.choice(["system", "user"]), shuffle_spans=r.random() < 0.25,
                 guardrail=r.random() < 0.1, rerank=r.random() < 0.15)
        if r.random() < 0.15:
            c.rewrite = rewrite_of(question)
        if r.random() < 0.12:
            c.feedback = r.choice([1.0, 0.0])
        for key, value in kw.items():
            setattr(c, key, value)
        return c

    def add(self, c: Case, codes: list[str], strength: str, variation: str, **kw: Any) -> None:
        self.rows.append(Row(c, codes, strength, variation, **kw))

    def tool(self, t: dict[str, Any], **kw: Any) -> Tool:
        base = {"name": t["name"], "input": t["input"], "output": t["output"], "ms": self.rng.randrange(140, 700),
                "timeout_ms": self.rng.choice([2000, 2500, 3000, None]), "after_retrieval": self.rng.random() < 0.6}
        base.update(kw)
        return Tool(**base)

    # ---- the set --------------------------------------------------------------------------------------
    def build(self) -> list[Row]:
        self.healthy()
        self.controls()
        self.retrieval_faults()
        self.infra_faults()
        self.tool_faults()
        self.hallucinations()
        self.pii()
        return self.rows

    def healthy(self) -> None:
        d = self.d
        for q, docs, styles, _wrong in d.TOPICS:
            for style, answer in styles.items():
                self.add(self.case(q, answer, docs), [], "", style)
        for t in d.TOOLS:
            self.add(self.case(t["q"], t["answer"], t["docs"], tools=[self.tool(t)]), [], "", "tool-grounded")
        for lang, q, docs, answer in d.LANG:
            self.add(self.case(q, answer, docs), [], "", f"answer in {lang}")
        for q, docs, right, _wrong, _frag in d.ARITH:
            self.add(self.case(q, right, docs), [], "control", "arithmetic on the articles' figures")
        for history, q, docs, answer in d.HISTORY:
            self.add(self.case(q, answer, docs, history=history), [], "", "multi-turn history")
        for variation, q, docs, answer, tool in d.TRAPS:
            tools = [self.tool(tool)] if tool else []
            self.add(self.case(q, answer, docs, tools=tools), [], "control", variation)

    def _topic(self, n: int) -> tuple[str, tuple[str, ...], str]:
        q, docs, styles, _ = self.d.TOPICS[n % len(self.d.TOPICS)]
        return q, docs, next(iter(styles.values()))

    def controls(self) -> None:
        r, d = self.rng, self.d
        q, docs, a = self._topic(0)
        self.add(self.case(q, a, docs, duration_ms=r.randrange(4700, 4996)), [], "control", "latency just under SLA")
        q, docs, a = self._topic(1)
        self.add(self.case(q, a, docs, tokens=r.randrange(2080, 2160)), [], "control", "long request, ~1.2x tokens")
        t = d.TOOLS[0]
        slow = self.tool(t, ms=r.randrange(2860, 2991), timeout_ms=r.choice([3000, None]))
        self.add(self.case(t["q"], t["answer"], t["docs"], tools=[slow], duration_ms=r.randrange(3900, 4600)),
                 [], "control", "tool answered just inside its timeout")
        q, docs, a = self._topic(2)
        weak = sorted(((i, round(r.uniform(0.5, 0.55), 2)) for i in docs), key=lambda x: -x[1])
        self.add(self.case(q, a, weak), [], "control", "on-topic articles scored 0.50-0.55")
        q, docs, a = self._topic(3)
        retr = [Retriever(self.index, [], ms=r.randrange(60, 140)),
                Retriever(f"{d.NAME}-faq", self._docs(docs), ms=r.randrange(40, 120))]
        self.add(self.case(q, a, docs, retrievers=retr), [], "control", "first index empty, FAQ fallback found it")
        q, docs, _ = self._topic(4)
        self.add(self.case(q, d.REFUSAL, docs), [], "", "refusal on a covered question")
        q, docs, a = self._topic(5)
        self.add(self.case(q, a, docs, prompt_version="7", request_id=self._luhn_hex()), [], "control",
                 "request id (32 hex) carrying a Luhn-valid 16-digit run; prompt version 7")

    def _luhn_hex(self) -> str:
        r = self.rng
        digits = [r.randrange(10) for _ in range(15)]
        total = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 == 0 else x for i, x in enumerate(reversed(digits)))
        run = "".join(map(str, digits)) + str((10 - total % 10) % 10)
        return "".join(r.choice("abcdef") for _ in range(6)) + run + "".join(r.choice("0123456789abcdef")
                                                                             for _ in range(10))

    def retrieval_faults(self) -> None:
        r, d = self.rng, self.d
        q, docs, a = self._topic(6)
        self.add(self.case(q, d.REFUSAL, None, retrievers=[Retriever(self.index, [], ms=90)]),
                 ["EMPTY_RETRIEVAL"], "borderline", "index returned nothing; bot declined")
        q, docs, a = self._topic(7)
        both = [Retriever(self.index, [], ms=110), Retriever(f"{d.NAME}-faq", [], ms=60)]
        self.add(self.case(q, d.HANDOFF, None, retrievers=both), ["EMPTY_RETRIEVAL"], "clear",
                 "index and FAQ both empty; hand-off to the published contact")
        q, docs, a = self._topic(8)
        self.add(self.case(q, a, None, retrievers=[Retriever(self.index, [], ms=70)]),
                 ["EMPTY_RETRIEVAL", "HALLUCINATION"], "blatant", "nothing retrieved, answered anyway with figures")
        for (q, docs, refusal), (strength, lo, hi) in zip(d.OFF_TOPIC, (("borderline", 0.44, 0.49),
                                                                         ("blatant", 0.14, 0.29),
                                                                         ("hidden", 0.58, 0.69)), strict=True):
            scored = sorted(((i, round(r.uniform(lo, hi), 2)) for i in docs), key=lambda x: -x[1])
            self.add(self.case(q, refusal, scored), ["RETRIEVAL_MISMATCH"], strength,
                     f"off-topic articles, best score {scored[0][1]:.2f}")

    def infra_faults(self) -> None:
        r, d = self.rng, self.d
        for n, (version, strength) in enumerate((("v1.9", "borderline"), ("6", "clear"), ("v1.3", "blatant"))):
            q, docs, a = self._topic(9 + n)
            self.add(self.case(q, a, docs, prompt_version=version), ["WRONG_PROMPT_VERSION"], strength,
                     f"support-answer prompt {version}")
        for n, (lo, hi, strength) in enumerate(((5010, 5400, "borderline"), (6100, 8400, "clear"),
                                                (10500, 16500, "blatant"))):
            q, docs, a = self._topic(12 + n)
            ms = r.randrange(lo, hi)
            self.add(self.case(q, a, docs, duration_ms=ms), ["LATENCY_SLA_BREACH"], strength,
                     f"slow model call, {ms} ms")
        q, docs, a = self._topic(15)
        self.add(self.case(q, a, docs, duration_ms=r.randrange(6100, 7000), prompt_version="v1.9"),
                 ["WRONG_PROMPT_VERSION", "LATENCY_SLA_BREACH"], "clear", "old prompt and a slow call")
        q, docs, a = self._topic(16)
        self.add(self.case(q, a, docs, retries=2, tokens=r.randrange(5700, 5950), duration_ms=r.randrange(3600, 4700)),
                 ["COST_SPIKE"], "borderline", "retry loop: three near-identical answer calls")
        q, docs, a = self._topic(17)
        self.add(self.case(q, a, docs, plan_steps=list(d.PLAN), tokens=r.randrange(6500, 7600),
                           duration_ms=r.randrange(4200, 4900)), ["COST_SPIKE"], "clear",
                 "planning loop of three agent calls")
        h, q, docs, a = d.HISTORY[0]
        self.add(self.case(q, a, docs, history=h * 3, tokens=r.randrange(7000, 8400)), ["COST_SPIKE"], "clear",
                 "earlier conversation resent three times over")
        q, docs, a = self._topic(18)
        self.add(self.case(q, a, docs, pasted=d.DUMP, tokens=r.randrange(15000, 21000),
                           duration_ms=r.randrange(3900, 4800)), ["COST_SPIKE"], "blatant",
                 "a full catalogue dump pasted into the prompt")

    def tool_faults(self) -> None:
        r, d = self.rng, self.d
        tools = d.TOOLS
        t = tools[0 % len(tools)]
        limit = r.choice([1500, 2000, 2500])
        tt = self.tool(t, ms=limit, timeout_ms=limit, output=None,
                       error=("TimeoutError", f"no reply within {limit} ms"))
        ms = r.randrange(limit + 1400, limit + 2200)
        self.add(self.case(t["q"], t["down"], t["docs"], tools=[tt], duration_ms=ms), ["TOOL_TIMEOUT"], "borderline",
                 f"tool stopped exactly at its own {limit} ms timeout")
        t = tools[1 % len(tools)]
        ms = r.randrange(3001, 3120)
        tt = self.tool(t, ms=ms, timeout_ms=None, output=None, error=("ReadTimeout", "upstream read timed out"))
        self.add(self.case(t["q"], t["down"], t["docs"], tools=[tt], duration_ms=r.randrange(4300, 4950)),
                 ["TOOL_TIMEOUT"], "clear", f"no timeout attribute; failed at {ms} ms of the 3,000 default")
        t = tools[2 % len(tools)]
        twice = [self.tool(t, ms=3000, timeout_ms=3000, output=None, error=("TimeoutError", "timed out after 3000 ms"),
                           after_retrieval=True) for _ in range(2)]
        self.add(self.case(t["q"], t["down"], t["docs"], tools=twice, duration_ms=r.randrange(7400, 8600)),
                 ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"], "blatant", "timed out twice in a row")
        t = tools[0]
        soft = r.choice(getattr(d, "ERRORS_SOFT", ERRORS_SOFT))
        err = self.tool(t, ms=r.randrange(40, 200), output=None, error=soft)
        self.add(self.case(t["q"], t["down"], t["docs"], tools=[err]), ["TOOL_ERROR"], "borderline",
                 f"tool failed fast: {err.error[0] if err.error else ''}")
        t = tools[1 % len(tools)]
        hard = r.choice(getattr(d, "ERRORS_HARD", ERRORS_HARD))
        err = self.tool(t, ms=r.randrange(200, 900), output=None, error=hard)
        self.add(self.case(t["q"], t["down"], t["docs"], tools=[err]), ["TOOL_ERROR"], "clear",
                 f"tool failed: {err.error[0] if err.error else ''}")
        t = tools[2 % len(tools)]
        err = self.tool(t, ms=r.randrange(200, 900), output=None, error=("HTTPError", "502 Bad Gateway"))
        self.add(self.case(t["q"], t["invented"], t["docs"], tools=[err]), ["TOOL_ERROR", "HALLUCINATION"], "blatant",
                 "tool failed with 502, bot stated a result anyway", absent=[t["invented_frag"]])
        t = tools[3 % len(tools)]
        bad = self.tool(t, output=t["payload_error"])
        self.add(self.case(t["q"], t["down"], t["docs"], tools=[bad]), ["TOOL_ERROR"], "hidden",
                 "span ok, payload reports the failure")

    def hallucinations(self) -> None:
        d = self.d
        for q, docs, _styles, wrong in d.TOPICS:
            for strength, variation, answer, frag in wrong:
                self.add(self.case(q, answer, docs), ["HALLUCINATION"], strength, variation, absent=[frag])
        for t in d.TOOLS:
            if t.get("contra"):
                self.add(self.case(t["q"], t["contra"], t["docs"], tools=[self.tool(t)]), ["HALLUCINATION"],
                         "blatant", "status contradicts the tool result", absent=[t["contra_frag"]])
        for q, docs, _right, wrong, frag in d.ARITH:
            self.add(self.case(q, wrong, docs), ["HALLUCINATION"], "borderline", "arithmetic wrong", absent=[frag])

    def pii(self) -> None:
        for strength, variation, q, docs, answer, tool, value in self.d.PII:
            tools = [self.tool(tool)] if tool else []
            self.add(self.case(q, answer, docs, tools=tools), ["PII_LEAK"], strength, variation, pii=[value])


def evidence_text(trace: dict[str, Any]) -> str:
    """Everything the answer call saw: its messages before the answer (articles, tools, history, question)."""
    llms = [s for s in trace["spans"] if s["kind"] == "llm"]
    answer_call = max(llms, key=lambda s: s["start_time"])
    return "\n".join(m["content"] for m in answer_call["messages"][:-1])


def all_text(trace: dict[str, Any]) -> str:
    return json.dumps(trace, ensure_ascii=False)
