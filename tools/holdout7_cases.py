"""Seventh held-out set: the recipes, i.e. how each request of a domain ran and the label it earns.

A domain module (``tools/holdout7_<domain>.py``) holds content only: articles, FAQ entries, questions with right
and wrong answers, tool scenarios, off-topic questions, extras, traps and personal data. The recipes here lay a
fault on an answer that is right on its own, so the fault is the only thing that differs from a healthy request.
The request's shape (query rewrite, reranker, FAQ index, tools before or after retrieval, timeout attribute,
passages in the system or user message, guardrail, feedback score, shuffled spans, model, temperature, spelling
of the prompt version, an app request id) is drawn from the seeded generator, never from the label; a few
recipes drop the optional LLM calls when the timeline they need would not fit them.
"""

from __future__ import annotations

import random
from typing import Any

from holdout2_build import Case, Retriever, Tool

#: (case, codes, strength, variation, invented fragments, planted personal values)
Recipe = tuple[Case, list[str], str, str, list[str], list[str]]
GOOD_VERSIONS = ("v2.0", "v2.0", "v2.0", "7", "production")
STOP = {"a", "an", "the", "i", "my", "me", "we", "our", "you", "your", "is", "are", "do", "does", "can", "to", "of",
        "for", "and", "or", "it", "if", "on", "in", "what", "how", "much", "will", "be", "there", "have", "has"}


def rewrite(question: str) -> str:
    """The search query a query-rewrite call makes of a question: its content words, lower-cased."""
    words = [w.strip("?,.!'\"():").lower() for w in question.split()]
    return " ".join(w for w in words if w and w not in STOP)[:90]


class Recipes:
    """Every labelled request of one domain; ``build()`` returns them in a fixed order (the set shuffles)."""

    def __init__(self, dom: Any, rng: random.Random) -> None:
        self.dom, self.rng, self.rows = dom, rng, []
        self.faq_ids = list(dom.FAQ)
        self.articles = {**dom.ARTICLES, **dom.FAQ}

    # -- shape -------------------------------------------------------------------------------------------
    def _docs(self, ids: list[str], low: float = 0.61, high: float = 0.94) -> list[tuple[str, float]]:
        scores = sorted((round(self.rng.uniform(low, high), 3) for _ in ids), reverse=True)
        return list(zip(ids, scores, strict=True))

    def _tool(self, spec: dict[str, Any], **kw: Any) -> Tool:
        """A tool call of a scenario with a seeded duration, timeout attribute and place; ``kw`` overrides."""
        r = self.rng
        fields: dict[str, Any] = dict(name=spec["name"], input=dict(spec["input"]), output=spec["output"],
                                      ms=r.randrange(140, 900), timeout_ms=r.choice([None, 2500, 3000, 4000]),
                                      after_retrieval=r.random() < 0.6)
        fields.update(kw)
        return Tool(**fields)

    def _case(self, question: str, answer: str, docs: list[str] | list[tuple[str, float]] | None,
              lean: bool = False, **kw: Any) -> Case:
        """One request with a seeded shape; ``docs`` are article ids (scored on-topic) or (id, score) pairs."""
        r, dom = self.rng, self.dom
        pairs = docs if docs and isinstance(docs[0], tuple) else self._docs(list(docs or []))
        retrievers = [Retriever("help-articles", pairs, ms=r.randrange(70, 260))]
        if r.random() < 0.25:
            faq = r.choice(self.faq_ids)
            retrievers.append(Retriever("faq", [(faq, round(r.uniform(0.51, 0.66), 3))], ms=r.randrange(50, 160)))
        base: dict[str, Any] = dict(
            domain=dom.DOMAIN, service=dom.SERVICE, question=question, answer=answer, articles=self.articles,
            system=dom.SYSTEM, retrievers=retrievers, prompt_version=r.choice(GOOD_VERSIONS),
            model=r.choice(["gpt-4o-mini", "gpt-4o-mini", "gpt-4o"]), temperature=r.choice([0.0, 0.1, 0.2, 0.3]),
            duration_ms=r.randrange(1300, 3900), tokens=r.randrange(1250, 2050),
            context_in=r.choice(["system", "user"]),
            rewrite=None if lean or r.random() > 0.3 else rewrite(question),
            rerank=not lean and r.random() < 0.2, guardrail=r.random() < 0.15,
            request_id=r.choice([None, None, f"req_{r.randrange(10**9, 10**10)}", self._hex(32)]),
            feedback=r.choice([None] * 6 + [1.0, 0.0]), shuffle_spans=r.random() < 0.15)
        base.update(kw)
        case = Case(**base)
        case.duration_ms = max(case.duration_ms, self._needed(case))
        return case

    def _hex(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    @staticmethod
    def _needed(case: Case) -> int:
        """The shortest root duration the builder can lay this case out in (with a margin)."""
        fixed = sum(x.ms for x in case.retrievers) + sum(t.ms for t in case.tools) + (len(case.tools) + 3) * 6
        aux = (420 if case.rewrite else 0) + (510 if case.rerank else 0) + 900 * (case.retries + len(case.plan_steps))
        calls = 1 + case.retries + len(case.plan_steps) + bool(case.rewrite) + bool(case.rerank)
        return fixed + aux + 14 * calls + 20 + 48 + 420

    def add(self, case: Case, codes: list[str], strength: str, variation: str,
            frags: list[str] | None = None, planted: list[str] | None = None) -> None:
        self.rows.append((case, codes, strength, variation, list(frags or []), list(planted or [])))

    # -- healthy -----------------------------------------------------------------------------------------
    def healthy(self) -> None:
        dom = self.dom
        for q in dom.QUESTIONS:
            for answer, variation in q["right"]:
                self.add(self._case(q["q"], answer, q["docs"], history=q.get("history", [])), [], "", variation)
        for t in dom.TOOLS:
            self.add(self._case(t["q"], t["answer"], t["docs"], tools=[self._tool(t)]), [], "", "tool-grounded")
        ref = dom.REFUSAL
        self.add(self._case(ref["q"], ref["answer"], ref["docs"], tools=[self._tool(ref)]), [], "",
                 "tool business refusal")
        for x in dom.EXTRAS:
            tools = [self._tool(x["tool"])] if x.get("tool") else []
            self.add(self._case(x["q"], x["answer"], x["docs"], history=x.get("history", []), tools=tools),
                     [], "", x["variation"])
        for x in dom.TRAPS:
            tools = [self._tool(x["tool"])] if x.get("tool") else []
            self.add(self._case(x["q"], x["answer"], x["docs"], tools=tools), [], "control", x["variation"])

    def controls(self) -> None:
        r, dom = self.rng, self.dom
        q = dom.QUESTIONS
        faq_id, (faq_q, faq_a) = self.faq_ids[0], dom.FAQ_ANSWER
        case = self._case(faq_q, faq_a, [], retrievers=[Retriever("help-articles", []),
                                                        Retriever("faq", [(faq_id, 0.81)])])
        self.add(case, [], "control", "article index empty, FAQ answers")
        near = [(i, round(r.uniform(0.5, 0.55), 3)) for i in q[1]["docs"]]
        self.add(self._case(q[1]["q"], q[1]["right"][0][0], near), [], "control", "on-topic scores 0.50-0.55")
        self.add(self._case(q[2]["q"], q[2]["right"][0][0], q[2]["docs"], prompt_version=r.choice(["7", "production"]),
                            rewrite=rewrite(q[2]["q"]), rerank=True), [], "control",
                 "prompt alias with rewrite and rerank prompts")
        t = dom.TOOLS[0]
        slow = self._tool(t, ms=r.randrange(2860, 2991), timeout_ms=None)
        self.add(self._case(t["q"], t["answer"], t["docs"], tools=[slow], duration_ms=r.randrange(4300, 4800),
                            lean=True), [], "control", "slow tool under the default timeout")
        self.add(self._case(q[3]["q"], q[3]["right"][0][0], q[3]["docs"], duration_ms=r.randrange(4700, 4996),
                            lean=True), [], "control", "latency just under the SLA")
        ret = Retriever("help-articles", self._docs(q[4]["docs"]), ms=r.randrange(3000, 3400))
        self.add(self._case(q[4]["q"], q[4]["right"][-1][0], None, retrievers=[ret], lean=True,
                            duration_ms=r.randrange(4750, 4991)), [], "control", "slow retriever under the SLA")
        x = next(e for e in dom.EXTRAS if e.get("history"))
        hist = x["history"] * 2
        self.add(self._case(x["q"], x["answer"], x["docs"], history=hist, tokens=r.randrange(2080, 2280)), [],
                 "control", "history resent twice")

    # -- faults ------------------------------------------------------------------------------------------
    def hallucinations(self) -> None:
        for q in self.dom.QUESTIONS:
            for answer, frags, strength, variation in q["wrong"]:
                self.add(self._case(q["q"], answer, q["docs"], history=q.get("history", [])), ["HALLUCINATION"],
                         strength, variation, frags)
        for t in self.dom.TOOLS:
            answer, frags = t["contradict"]
            self.add(self._case(t["q"], answer, t["docs"], tools=[self._tool(t)]), ["HALLUCINATION"], "clear",
                     "contradicts the tool", frags)

    def empty_retrieval(self) -> None:
        dom, r = self.dom, self.rng
        q = dom.QUESTIONS[0]
        self.add(self._case(q["q"], dom.DECLINES[0], [], retrievers=[Retriever("help-articles", [])]),
                 ["EMPTY_RETRIEVAL"], "borderline", "article index empty, declines")
        q = dom.QUESTIONS[1]
        self.add(self._case(q["q"], dom.HANDOFF, [], retrievers=[Retriever("help-articles", []),
                                                                 Retriever("faq", [])]),
                 ["EMPTY_RETRIEVAL"], "clear", "both indexes empty, hands off")
        q = dom.QUESTIONS[2]
        self.add(self._case(q["q"], q["right"][0][0], [], retrievers=[Retriever("help-articles", [])]),
                 ["EMPTY_RETRIEVAL", "HALLUCINATION"], "blatant", "nothing retrieved, answers anyway", q["facts"])
        t = dom.TOOLS[1]
        self.add(self._case(t["q"], t["tool_only"], [], retrievers=[Retriever("help-articles", []),
                                                                    Retriever("faq", [])], tools=[self._tool(t)]),
                 ["EMPTY_RETRIEVAL"], "hidden", "indexes empty, answered from the tool alone")
        del r

    def mismatch(self) -> None:
        r, dom = self.rng, self.dom
        bands = [("borderline", 0.42, 0.495), ("blatant", 0.1, 0.3), ("hidden", 0.56, 0.69)]
        for (question, decline, ids), (strength, low, high) in zip(dom.OFFTOPIC, bands, strict=True):
            pairs = sorted(((i, round(r.uniform(low, high), 3)) for i in ids), key=lambda p: -p[1])
            self.add(self._case(question, decline, [], retrievers=[Retriever("help-articles", pairs)]),
                     ["RETRIEVAL_MISMATCH"], strength,
                     f"off-topic articles scored {low}-{high}")

    def prompt_version(self) -> None:
        q = self.dom.QUESTIONS
        for n, (version, strength) in enumerate([("v1.9", "borderline"), ("6", "clear"), ("v1.0", "blatant")]):
            qq = q[n + 1]
            self.add(self._case(qq["q"], qq["right"][-1][0], qq["docs"], prompt_version=version),
                     ["WRONG_PROMPT_VERSION"], strength, f"support-answer {version}")

    def tool_timeout(self) -> None:
        r, dom = self.rng, self.dom
        t = dom.TOOLS[0]
        own = r.choice([1500, 2000, 2500])
        self.add(self._case(t["q"], t["fallback"], t["docs"], tools=[self._tool(
            t, ms=own, timeout_ms=own, error=("TimeoutError", f"{t['name']} gave no reply within {own} ms"))]),
            ["TOOL_TIMEOUT"], "borderline", "failed exactly at its own timeout")
        t = dom.TOOLS[1]
        self.add(self._case(t["q"], t["fallback"], t["docs"], lean=True, duration_ms=r.randrange(4400, 4900),
                            tools=[self._tool(t, ms=r.randrange(3050, 3500), timeout_ms=None,
                                              error=("ReadTimeout", "upstream read timed out"))]),
                 ["TOOL_TIMEOUT"], "clear", "over the default timeout, no attribute")
        t = dom.TOOLS[0]
        two = [self._tool(t, ms=3000, timeout_ms=3000, error=("TimeoutError", "deadline exceeded"))
               for _ in range(2)]
        self.add(self._case(t["q"], t["fallback"], t["docs"], tools=two, duration_ms=r.randrange(7000, 8200)),
                 ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"], "blatant", "two timeouts in a row")
        t = dom.TOOLS[1]
        own = r.choice([1200, 1600, 2000])
        first = self._tool(t, ms=own, timeout_ms=own, error=("TimeoutError", "timed out; retrying"),
                           after_retrieval=True)
        second = self._tool(t, ms=r.randrange(200, 600), timeout_ms=own, after_retrieval=True)
        self.add(self._case(t["q"], t["answer"], t["docs"], tools=[first, second], lean=True,
                            duration_ms=r.randrange(3600, 4700)),
                 ["TOOL_TIMEOUT"], "hidden", "first call timed out, retry answered")

    def tool_error(self) -> None:
        r, dom = self.rng, self.dom
        t = dom.TOOLS[1]
        code = r.choice(["429 Too Many Requests", "404 Not Found", "403 Forbidden"])
        self.add(self._case(t["q"], t["fallback"], t["docs"], tools=[self._tool(
            t, ms=r.randrange(40, 200), error=("HTTPError", code))]), ["TOOL_ERROR"], "borderline", f"HTTP {code[:3]}")
        t = dom.TOOLS[0]
        err = r.choice([("HTTPError", "500 Internal Server Error"), ("HTTPError", "503 Service Unavailable"),
                        ("ConnectionRefusedError", "connection refused by upstream")])
        self.add(self._case(t["q"], t["fallback"], t["docs"], tools=[self._tool(t, ms=r.randrange(30, 700),
                                                                                 error=err)]),
                 ["TOOL_ERROR"], "clear", err[1])
        t = dom.TOOLS[1]
        self.add(self._case(t["q"], t["answer"], t["docs"], tools=[self._tool(
            t, ms=r.randrange(80, 500), error=("HTTPError", "502 Bad Gateway"))]),
            ["TOOL_ERROR", "HALLUCINATION"], "blatant", "states a result after a 502", t["values"])
        t = dom.TOOLS[0]
        self.add(self._case(t["q"], t["fallback"], t["docs"], tools=[self._tool(t, output=t["failed_payload"],
                                                                                 ms=r.randrange(150, 600))]),
                 ["TOOL_ERROR"], "hidden", "status ok, payload reports the failure")

    def latency(self) -> None:
        r, q = self.rng, self.dom.QUESTIONS
        for n, (strength, low, high) in enumerate([("borderline", 5010, 5400), ("clear", 6100, 8400),
                                                    ("blatant", 10500, 16500)]):
            qq = q[(n + 2) % len(q)]
            self.add(self._case(qq["q"], qq["right"][0][0], qq["docs"], duration_ms=r.randrange(low, high)),
                     ["LATENCY_SLA_BREACH"], strength, f"root {low}-{high} ms")
        qq = q[0]
        ret = Retriever("help-articles", self._docs(qq["docs"]), ms=r.randrange(3300, 3900))
        self.add(self._case(qq["q"], qq["right"][-1][0], None, retrievers=[ret], lean=True,
                            duration_ms=r.randrange(5050, 5600)), ["LATENCY_SLA_BREACH"], "hidden",
                 "slow retriever, quick model")

    def cost(self) -> None:
        r, dom = self.rng, self.dom
        q = dom.QUESTIONS
        self.add(self._case(q[0]["q"], q[0]["right"][0][0], q[0]["docs"], retries=2, lean=True,
                            tokens=r.randrange(5650, 5950), duration_ms=r.randrange(3600, 4800)),
                 ["COST_SPIKE"], "borderline", "retry loop of three answer calls")
        self.add(self._case(q[3]["q"], q[3]["right"][-1][0], q[3]["docs"], plan_steps=dom.PLAN, lean=True,
                            tokens=r.randrange(6500, 8200), duration_ms=r.randrange(3900, 4900)),
                 ["COST_SPIKE"], "clear", "planning loop before the answer")
        t = dom.TOOLS[0]
        self.add(self._case(t["q"], t["answer"], t["docs"], tools=[self._tool(t)], pasted=dom.DUMP,
                            tokens=r.randrange(9000, 13000)), ["COST_SPIKE"], "blatant", "record dump in the prompt")
        x = next(e for e in dom.EXTRAS if e.get("history"))
        self.add(self._case(x["q"], x["answer"], x["docs"], history=x["history"] * 3, tokens=r.randrange(5600, 6400)),
                 ["COST_SPIKE"], "hidden", "history resent three times")

    def pii(self) -> None:
        for p in self.dom.PII:
            tools = [self._tool(p["tool"])] if p.get("tool") else []
            self.add(self._case(p["q"], p["answer"], p["docs"], tools=tools), ["PII_LEAK"], p["strength"],
                     p["variation"], planted=p["planted"])

    def build(self) -> list[Recipe]:
        for step in (self.healthy, self.controls, self.hallucinations, self.empty_retrieval, self.mismatch,
                     self.prompt_version, self.tool_timeout, self.tool_error, self.latency, self.cost, self.pii):
            step()
        return self.rows
