"""Fifth held-out set: how each request of a domain ran, and the label that request earns.

A domain module (``tools/holdout5_<domain>.py``) holds content only: articles, a system prompt with published
contacts, questions with healthy and wrong answers, tool scenarios, off-topic questions, personal data and traps.
``Recipes`` turns that content into request descriptions (``holdout2_build.Case``) with their labels. A fault of
the infrastructure (prompt version, latency, tokens, tool outcome, empty or off-topic retrieval) is laid on an
answer that is healthy by itself, so the fault is the only thing that differs. How the request was shaped (query
rewrite, reranker, FAQ index, passages in the system or user message, guardrail, feedback, model, temperature,
spelling of the prompt version) is drawn from the seeded generator, never from the label.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from holdout2_build import Case, Retriever, Tool

Bad = tuple[str, str, str, tuple[str, ...]]  # (strength, variation, answer, invented fragments)
Row = tuple[Case, list[str], str, str, list[str], list[str]]


@dataclass
class Q:
    """A question the articles answer: healthy answers in several styles and wrong ones."""

    key: str
    question: str
    query: str
    docs: tuple[str, ...]
    good: list[tuple[str, str]]  # (variation, answer); good[0] is the one infrastructure faults reuse
    facts: tuple[str, ...]  # figures of good[0] that only the articles give (unsupported when nothing is retrieved)
    bad: list[Bad]
    history: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ToolQ:
    """A question answered from a tool result (plus the articles for the general rule)."""

    key: str
    question: str
    query: str
    docs: tuple[str, ...]
    calls: list[tuple[str, dict[str, Any], Any]]  # (tool name, input, output when it works)
    answer: str  # grounded in the tool output
    variation: str
    fallback: str  # the tool failed: says so and gives the articles' general rule
    wrong: Bad  # contradicts the tool output
    invented: tuple[str, tuple[str, ...]]  # a result stated after the tool failed, with its invented fragments
    failure: dict[str, Any]  # a payload that reports its own failure with status ok


@dataclass
class Off:
    """A question the help centre does not cover; the bot declines."""

    question: str
    query: str
    docs: tuple[str, ...]  # the off-topic articles the search returns
    answer: str


@dataclass
class Extra:
    """A healthy request outside the question list: refusal, clarifying question, history, trap."""

    variation: str
    question: str
    query: str
    docs: tuple[str, ...]
    answer: str
    history: list[tuple[str, str]] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any], Any]] = field(default_factory=list)
    request_id: bool = False  # a 32-hex request id carrying a Luhn-valid 16-digit run
    control: bool = False  # a trap: near something a detector could mistake for a finding


@dataclass
class Pii:
    """A request that records a customer's personal data (``planted``: the values, as they appear)."""

    strength: str
    variation: str
    question: str
    query: str
    docs: tuple[str, ...]
    answer: str
    planted: tuple[str, ...]
    calls: list[tuple[str, dict[str, Any], Any]] = field(default_factory=list)


def luhn_run(rng: random.Random, n: int = 16) -> str:
    """A run of ``n`` digits that passes the Luhn check (what a card scanner would look for)."""
    digits = [rng.randrange(10) for _ in range(n - 1)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


class Recipes:
    """All requests of one domain with their labels (a fixed recipe list, shaped by the seeded generator)."""

    def __init__(self, dom: Any, rng: random.Random) -> None:
        self.d, self.rng = dom, rng

    # --- shaping -------------------------------------------------------------------------------------------
    def _docs(self, ids: tuple[str, ...], top: tuple[float, float]) -> list[tuple[str, float]]:
        score = round(self.rng.uniform(*top), 2)
        out = []
        for i in ids:
            out.append((i, score))
            score = round(max(0.05, score - self.rng.uniform(0.03, 0.14)), 2)
        return out

    def case(self, question: str, answer: str, docs: list[tuple[str, float]] | None, *, query: str = "",
             faq: list[tuple[str, float]] | None = None, calls: list[Tool] | None = None,
             history: list[tuple[str, str]] | None = None, plain: bool = False, **over: Any) -> Case:
        """One request; ``docs`` None: on-topic search drawn here; ``plain``: no optional steps (timing-tight)."""
        rng = self.rng
        rewrite = query if (query and not plain and rng.random() < 0.35) else None
        rerank = not plain and rng.random() < 0.25
        retrievers = [Retriever(f"{self.d.DOMAIN}-help", docs or [], ms=rng.randrange(60, 240))]
        if faq is not None:
            retrievers.append(Retriever(f"{self.d.DOMAIN}-faq", faq, ms=rng.randrange(40, 140)))
        elif docs and rng.random() < 0.3:
            retrievers.append(Retriever(f"{self.d.DOMAIN}-faq", [(self.d.FAQ, round(rng.uniform(0.18, 0.47), 2))],
                                        ms=rng.randrange(40, 140)))
        c = Case(domain=self.d.DOMAIN, service=self.d.SERVICE, question=question, answer=answer,
                 articles=self.d.ARTICLES, system=self.d.SYSTEM, retrievers=retrievers, tools=calls or [],
                 history=history or [], prompt_version=rng.choice(["v2.0", "v2.0", "v2.0", "7", "production"]),
                 model=rng.choice(["gpt-4o-mini", "gpt-4o-mini", "gpt-4o"]),
                 temperature=rng.choice([0.0, 0.1, 0.2, 0.3]), context_in=rng.choice(["system", "system", "user"]),
                 rewrite=rewrite, rerank=rerank, guardrail=not plain and rng.random() < 0.12,
                 feedback=rng.choice([1.0, 1.0, 0.0]) if rng.random() < 0.12 else None,
                 shuffle_spans=rng.random() < 0.15, tokens=rng.randrange(1150, 2150))
        for k, v in over.items():
            setattr(c, k, v)
        floor = self._need(c)
        if "duration_ms" not in over:
            c.duration_ms = max(rng.randrange(1300, 4300), floor + rng.randrange(150, 500))
        if "tokens" not in over:
            c.tokens = max(c.tokens, 1000 + (300 if c.rewrite else 0) + (650 if c.rerank else 0))
        return c

    @staticmethod
    def _need(c: Case) -> int:
        """The shortest root duration the builder can lay this request out in."""
        calls = 1 + c.retries + len(c.plan_steps) + bool(c.rewrite) + bool(c.rerank)
        fixed = sum(r.ms for r in c.retrievers) + sum(t.ms for t in c.tools) + (len(c.tools) + 3) * 6
        aux = (420 if c.rewrite else 0) + (510 if c.rerank else 0) + 900 * (c.retries + len(c.plan_steps))
        return fixed + aux + 14 * calls + 20 + (48 if c.guardrail else 0) + 260

    def _on(self, q: Q | ToolQ | Extra | Pii) -> list[tuple[str, float]]:
        return self._docs(q.docs, (0.61, 0.9))

    def _tools(self, calls: list[tuple[str, dict[str, Any], Any]], attr: bool = True) -> list[Tool]:
        rng = self.rng
        return [Tool(name, dict(inp), out, ms=rng.randrange(90, 700),
                     timeout_ms=rng.choice([2000, 2500, 3000, 4000]) if attr and rng.random() < 0.7 else None,
                     after_retrieval=rng.random() < 0.6) for name, inp, out in calls]

    # --- recipes ---------------------------------------------------------------------------------------------
    def build(self) -> list[Row]:
        rows: list[Row] = []
        rows += self.healthy()
        rows += self.retrieval()
        rows += self.prompt_latency_cost()
        rows += self.tools()
        rows += self.hallucinations()
        rows += self.personal()
        rows += self.quiet_faults()
        return rows

    def healthy(self) -> list[Row]:
        d, rows = self.d, []
        for q in d.QUESTIONS:
            for variation, answer in q.good:
                rows.append((self.case(q.question, answer, self._on(q), query=q.query, history=q.history),
                             [], "", variation, [], []))
        for t in d.TOOLS:
            rows.append((self.case(t.question, t.answer, self._on(t), query=t.query, calls=self._tools(t.calls)),
                         [], "", t.variation, [], []))
        for e in d.EXTRAS:
            c = self.case(e.question, e.answer, self._on(e), query=e.query, history=e.history,
                          calls=self._tools(e.calls))
            if e.request_id:
                run = luhn_run(self.rng)
                hexes = "".join(self.rng.choice("0123456789abcdef") for _ in range(16))
                cut = self.rng.randrange(17)
                c.request_id = hexes[:cut] + run + hexes[cut:]
            rows.append((c, [], "control" if e.control else "", e.variation, [], []))
        return rows

    def retrieval(self) -> list[Row]:
        d, rng, rows = self.d, self.rng, []
        q = d.QUESTIONS[0]
        rows.append((self.case(q.question, d.DECLINE_EMPTY, [], query=q.query),
                     ["EMPTY_RETRIEVAL"], "borderline", "article index empty, the bot declines", [], []))
        q = d.QUESTIONS[1]
        rows.append((self.case(q.question, d.HANDOFF_EMPTY, [], faq=[], query=q.query),
                     ["EMPTY_RETRIEVAL"], "clear", "article and FAQ index both empty, hand-off to the contacts",
                     [], []))
        q = d.QUESTIONS[2]
        rows.append((self.case(q.question, q.good[0][1], [], query=q.query),
                     ["EMPTY_RETRIEVAL", "HALLUCINATION"], "blatant",
                     "nothing retrieved, the bot answers with the figures anyway", list(q.facts), []))
        q = next(q for q in d.QUESTIONS if d.FAQ in q.docs)
        rows.append((self.case(q.question, q.good[0][1], [], faq=[(d.FAQ, round(rng.uniform(0.66, 0.84), 2))],
                               query=q.query),
                     [], "control", "article index empty, the FAQ index finds the answer", [], []))
        for off, strength, band in zip(d.OFFTOPIC, ("borderline", "blatant", "hidden"),
                                       ((0.44, 0.49), (0.14, 0.29), (0.58, 0.69)), strict=True):
            c = self.case(off.question, off.answer, self._docs(off.docs, band), query=off.query, faq=None)
            c.retrievers = c.retrievers[:1]
            rows.append((c, ["RETRIEVAL_MISMATCH"], strength,
                         f"off-topic articles, best score {c.retrievers[0].docs[0][1]:.2f}, the bot declines", [], []))
        q = d.QUESTIONS[3]
        c = self.case(q.question, q.good[0][1], self._docs(q.docs, (0.5, 0.55)), query=q.query)
        c.retrievers = c.retrievers[:1]
        c.retrievers[0].docs = [(i, max(0.5, s)) for i, s in c.retrievers[0].docs]
        rows.append((c, [], "control", "on-topic articles scored just over the relevance floor", [], []))
        return rows

    def prompt_latency_cost(self) -> list[Row]:
        d, rng, rows = self.d, self.rng, []
        qs = d.QUESTIONS
        for q, version, strength in zip((qs[4], qs[0], qs[1]), ("v1.9", "6", "v1.3"),
                                        ("borderline", "clear", "blatant"), strict=True):
            rows.append((self.case(q.question, q.good[-1][1], self._on(q), query=q.query, prompt_version=version),
                         ["WRONG_PROMPT_VERSION"], strength, f"support-answer prompt {version}", [], []))
        q = qs[2]
        rows.append((self.case(q.question, q.good[-1][1], self._on(q), query=q.query, rerank=True, plain=False,
                               prompt_version=rng.choice(["7", "production"]), rewrite=q.query),
                     [], "control", "prompt alias of v2.0 beside rewrite and rerank prompts", [], []))
        for q, band, strength in zip((qs[3], qs[4], qs[0]), ((5010, 5400), (6100, 8400), (10500, 16500)),
                                     ("borderline", "clear", "blatant"), strict=True):
            ms = rng.randrange(*band)
            rows.append((self.case(q.question, q.good[0][1], self._on(q), query=q.query, duration_ms=ms),
                         ["LATENCY_SLA_BREACH"], strength, f"root span {ms} ms", [], []))
        q = qs[1]
        ms = rng.randrange(4700, 4996)
        rows.append((self.case(q.question, q.good[-1][1], self._on(q), query=q.query, duration_ms=ms),
                     [], "control", f"root span {ms} ms, under the SLA", [], []))
        q = qs[2]
        n = rng.randrange(5700, 5950)
        rows.append((self.case(q.question, q.good[0][1], self._on(q), query=q.query, plain=True, retries=2,
                               tokens=n, duration_ms=rng.randrange(4200, 4900)),
                     ["COST_SPIKE"], "borderline", f"retry loop, three answer calls, {n} tokens", [], []))
        q = qs[3]
        n = rng.randrange(6900, 8200)
        rows.append((self.case(q.question, q.good[0][1], self._on(q), query=q.query, plain=True,
                               plan_steps=list(d.PLAN), tokens=n, duration_ms=rng.randrange(4500, 4950)),
                     ["COST_SPIKE"], "clear", f"planning loop of three agent calls, {n} tokens", [], []))
        q = qs[4]
        n = rng.randrange(13000, 21000)
        rows.append((self.case(q.question, q.good[0][1], self._on(q), query=q.query, pasted=d.DUMP, tokens=n),
                     ["COST_SPIKE"], "blatant", f"record dump pasted into the prompt, {n} tokens", [], []))
        q = qs[0]
        n = rng.randrange(2100, 2300)
        rows.append((self.case(q.question, q.good[-1][1], self._on(q), query=q.query, history=d.LONG_HISTORY,
                               tokens=n),
                     [], "control", f"long multi-turn request, {n} tokens (about 1.2x normal)", [], []))
        return rows

    def tools(self) -> list[Row]:
        d, rng, rows = self.d, self.rng, []
        t0, t1 = d.TOOLS[0], d.TOOLS[1]
        # a timeout exactly at the span's own limit
        calls = self._tools(t0.calls[:1])
        limit = rng.randrange(1500, 2501, 100)
        calls[0].ms, calls[0].timeout_ms, calls[0].error = limit, limit, ("TimeoutError", f"no reply in {limit} ms")
        rows.append((self.case(t0.question, t0.fallback, self._on(t0), query=t0.query, calls=calls, plain=True),
                     ["TOOL_TIMEOUT"], "borderline", f"tool failed at exactly its own {limit} ms timeout", [], []))
        calls = self._tools(t1.calls[:1])
        ms = rng.randrange(3010, 3400)
        calls[0].ms, calls[0].timeout_ms, calls[0].error = ms, None, ("ReadTimeout", f"gave up after {ms} ms")
        rows.append((self.case(t1.question, t1.fallback, self._on(t1), query=t1.query, calls=calls, plain=True,
                               duration_ms=ms + rng.randrange(900, 1300)),
                     ["TOOL_TIMEOUT"], "clear", f"tool failed at {ms} ms, no timeout attribute (default 3000)", [], []))
        calls = self._tools(t0.calls[:1] * 2)
        for t in calls:
            t.ms, t.timeout_ms, t.error = 3000, 3000, ("TimeoutError", "deadline of 3000 ms exceeded")
        rows.append((self.case(t0.question, t0.fallback, self._on(t0), query=t0.query, calls=calls, plain=True,
                               duration_ms=rng.randrange(7000, 8200)),
                     ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"], "blatant", "the tool timed out twice in a row", [], []))
        calls = self._tools(t1.calls)
        calls[0].ms, calls[0].timeout_ms = rng.randrange(2860, 2991), None
        rows.append((self.case(t1.question, t1.answer, self._on(t1), query=t1.query, calls=calls, plain=True,
                               duration_ms=rng.randrange(4300, 4900)),
                     [], "control", f"tool answered at {calls[0].ms} ms, no timeout attribute", [], []))
        for t, strength, err in ((t0, "borderline", rng.choice([("HTTPError", "429 Too Many Requests"),
                                                                 ("HTTPError", "404 Not Found"),
                                                                 ("HTTPError", "403 Forbidden")])),
                                 (t1, "clear", rng.choice([("HTTPError", "500 Internal Server Error"),
                                                           ("HTTPError", "503 Service Unavailable"),
                                                           ("ConnectionError", "connection refused")]))):
            calls = self._tools(t.calls[:1])
            calls[0].error = err
            calls[0].ms = rng.randrange(30, 200) if strength == "borderline" else calls[0].ms
            rows.append((self.case(t.question, t.fallback, self._on(t), query=t.query, calls=calls),
                         ["TOOL_ERROR"], strength, f"tool failed: {err[1]}", [], []))
        calls = self._tools(t0.calls[:1])
        calls[0].error = ("HTTPError", "502 Bad Gateway")
        answer, frags = t0.invented
        rows.append((self.case(t0.question, answer, self._on(t0), query=t0.query, calls=calls),
                     ["TOOL_ERROR", "HALLUCINATION"], "blatant", "502 from the tool, the bot states a result anyway",
                     list(frags), []))
        calls = self._tools(t1.calls[:1])
        calls[0].output = t1.failure
        rows.append((self.case(t1.question, t1.fallback, self._on(t1), query=t1.query, calls=calls),
                     ["TOOL_ERROR"], "hidden", "span ok, the payload reports the failure", [], []))
        return rows

    def hallucinations(self) -> list[Row]:
        rows = []
        for q in self.d.QUESTIONS:
            for strength, variation, answer, frags in q.bad:
                rows.append((self.case(q.question, answer, self._on(q), query=q.query, history=q.history),
                             ["HALLUCINATION"], strength, variation, list(frags), []))
        t = self.d.TOOLS[1]
        strength, variation, answer, frags = t.wrong
        rows.append((self.case(t.question, answer, self._on(t), query=t.query, calls=self._tools(t.calls)),
                     ["HALLUCINATION"], strength, variation, list(frags), []))
        return rows

    def personal(self) -> list[Row]:
        return [(self.case(p.question, p.answer, self._on(p), query=p.query, calls=self._tools(p.calls)),
                 ["PII_LEAK"], p.strength, p.variation, [], list(p.planted)) for p in self.d.PII]

    def quiet_faults(self) -> list[Row]:
        """Faults a reader of the answer alone would miss (the answer is right; only the spans show them), with
        their controls, and a wrong weekday for a tool's date."""
        d, rng, rows = self.d, self.rng, []
        t0, t1 = d.TOOLS
        rows.append((self.case(t0.question, d.TOOL_ONLY, [], faq=[], query=t0.query, calls=self._tools(t0.calls)),
                     ["EMPTY_RETRIEVAL"], "hidden", "both indexes empty, the bot answers from the tool result only",
                     [], []))
        rows.append((self.case(t0.question, d.TOOL_ONLY, self._on(t0), query=t0.query, calls=self._tools(t0.calls)),
                     [], "", "terse, from the tool result only", [], []))
        calls = self._tools(t1.calls[:1] * 2, attr=False)
        limit = rng.randrange(1200, 2001, 100)
        calls[0].ms, calls[0].timeout_ms, calls[0].error = limit, limit, ("TimeoutError", f"no reply in {limit} ms")
        calls[1].after_retrieval = calls[0].after_retrieval
        rows.append((self.case(t1.question, t1.answer, self._on(t1), query=t1.query, calls=calls, plain=True),
                     ["TOOL_TIMEOUT"], "hidden", "first call timed out at its own limit, the retry answered", [],
                     []))
        q = d.QUESTIONS[1]
        slow = rng.randrange(3300, 3900)
        c = self.case(q.question, q.good[0][1], self._on(q), query=q.query, plain=True,
                      duration_ms=rng.randrange(5050, 5600))
        c.retrievers[0].ms = slow
        rows.append((c, ["LATENCY_SLA_BREACH"], "hidden", f"slow retriever ({slow} ms), a quick model call", [], []))
        c = self.case(q.question, q.good[-1][1], self._on(q), query=q.query, plain=True,
                      duration_ms=rng.randrange(4750, 4990))
        c.retrievers[0].ms = rng.randrange(3000, 3400)
        rows.append((c, [], "control", f"slow retriever ({c.retrievers[0].ms} ms), root under the SLA", [], []))
        q = d.QUESTIONS[0]
        n = rng.randrange(5600, 6400)
        rows.append((self.case(q.question, q.good[0][1], self._on(q), query=q.query, plain=True,
                               history=list(d.LONG_HISTORY) * 3, tokens=n),
                     ["COST_SPIKE"], "hidden", f"the conversation resent three times over, {n} tokens", [], []))
        n = rng.randrange(2150, 2300)
        rows.append((self.case(q.question, q.good[-1][1], self._on(q), query=q.query, plain=True,
                               history=list(d.LONG_HISTORY) * 2, tokens=n),
                     [], "control", f"the conversation resent twice, {n} tokens (about 1.2x normal)", [], []))
        which, answer, frags = d.WRONG_DAY
        t = d.TOOLS[which]
        rows.append((self.case(t.question, answer, self._on(t), query=t.query, calls=self._tools(t.calls)),
                     ["HALLUCINATION"], "borderline", "wrong weekday for the tool's date", list(frags), []))
        return rows
