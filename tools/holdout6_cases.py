"""Sixth held-out set: the recipes that turn one domain's content into labelled requests.

A domain module (``tools/holdout6_<domain>.py``) holds only words: articles, a FAQ entry, questions with right and
wrong answers, tool scenarios, off-topic questions, extra healthy requests and personal data. ``Recipes`` decides how
each request ran and which label that earns. Faults of the infrastructure (prompt version, latency, tokens, tool
outcome, empty or off-topic retrieval) are laid on an answer that is right on its own, so the fault is the only
thing that differs from a healthy request. The request's shape (query rewrite, reranker, FAQ index, tools before or
after retrieval, timeout attribute, passages in the system or user message, guardrail, feedback, span order, model,
temperature, spelling of the prompt version) comes from the seeded generator, never from the label. Each code is
written at three of its strengths per domain, the missing one rotating with the domain, so the set covers all four.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from holdout2_build import Case, Retriever, Tool

Row = tuple[Case, list[str], str, str, list[str], list[str]]
STRENGTHS = ("borderline", "clear", "blatant", "hidden")
ORDER = ("removals", "kennels", "bikes", "printshop", "storage")  # the rotation of the missing strength


def luhn_digits(rng: random.Random, n: int = 16) -> str:
    """``n`` digits whose last one is the Luhn check digit (what a card-number rule would accept)."""
    body = [rng.randrange(10) for _ in range(n - 1)]
    total = 0
    for i, d in enumerate(reversed(body)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def hex_with_run(rng: random.Random) -> str:
    """A 32-hex request id carrying a Luhn-valid 16-digit run between letters (an id, not a card)."""
    letters = lambda k: "".join(rng.choice("abcdef") for _ in range(k))  # noqa: E731
    return letters(1) + "".join(rng.choice("0123456789abcdef") for _ in range(6)) + letters(1) \
        + luhn_digits(rng) + letters(1) + "".join(rng.choice("0123456789abcdef") for _ in range(6)) + letters(1)


def digit_uuid(rng: random.Random) -> str:
    """A UUID-shaped job id made of digits only."""
    return "-".join("".join(str(rng.randrange(10)) for _ in range(k)) for k in (8, 4, 4, 4, 12))


class Recipes:
    """All labelled requests of one domain; ``build`` returns them in a fixed order (the set shuffles later)."""

    def __init__(self, dom: Any, rng: random.Random) -> None:
        self.dom, self.rng = dom, rng
        self.skip = STRENGTHS[ORDER.index(dom.DOMAIN) % 4]  # the strength this domain leaves to the others
        self.rows: list[Row] = []
        self._turn = 0

    # ---- shapes -------------------------------------------------------------------------------------------
    def _version(self) -> str:
        return self.rng.choice(("v2.0", "v2.0", "v2.0", "7", "production"))

    def _case(self, question: str, answer: str, docs: list[tuple[str, float]] | None, **kw: Any) -> Case:
        """A request with a seeded shape; ``docs`` None: the articles index returned nothing."""
        rng, dom = self.rng, self.dom
        retrievers = [Retriever("help-articles", docs or [], rng.randrange(70, 380))]
        if kw.pop("faq", rng.random() < 0.3):
            faq_id = next(iter(dom.FAQ))
            retrievers.append(Retriever("faq", [(faq_id, round(rng.uniform(0.21, 0.44), 2))], rng.randrange(50, 200)))
        words = question.replace("?", "").replace(",", "").split()
        case = Case(domain=dom.DOMAIN, service=dom.SERVICE, question=question, answer=answer,
                    articles={**dom.ARTICLES, **dom.FAQ}, system=dom.SYSTEM, retrievers=retrievers,
                    prompt_version=self._version(), model=rng.choice(("gpt-4o-mini",) * 4 + ("gpt-4o",)),
                    temperature=rng.choice((0.0, 0.1, 0.2, 0.3, 0.5)), duration_ms=rng.randrange(1500, 4300),
                    tokens=rng.randrange(1300, 2150), context_in=rng.choice(("system", "user")),
                    rewrite=" ".join(w.lower() for w in words[-8:]) if rng.random() < 0.3 else None,
                    rerank=rng.random() < 0.25, guardrail=rng.random() < 0.2,
                    feedback=rng.choice((1.0, 1.0, 0.0)) if rng.random() < 0.15 else None,
                    shuffle_spans=rng.random() < 0.2,
                    request_id=f"req_{rng.getrandbits(64):016x}" if rng.random() < 0.3 else None)
        case = replace(case, **kw)
        if self._needed(case) > 4000 and "rewrite" not in kw and "rerank" not in kw:
            case = replace(case, rewrite=None, rerank=False)  # slow tools leave no time for the extra calls
        return replace(case, duration_ms=max(case.duration_ms, self._needed(case) + rng.randrange(260, 700)))

    @staticmethod
    def _needed(case: Case) -> int:
        """Milliseconds the spans other than the answer call take (the builder's own layout)."""
        calls = 1 + case.retries + len(case.plan_steps) + bool(case.rewrite) + bool(case.rerank)
        return (sum(r.ms for r in case.retrievers) + sum(t.ms for t in case.tools) + (len(case.tools) + 3) * 6
                + (420 if case.rewrite else 0) + (510 if case.rerank else 0)
                + 900 * (case.retries + len(case.plan_steps)) + 14 * calls + 20 + (48 if case.guardrail else 0))

    def _docs(self, ids: list[str], low: float = 0.62, high: float = 0.93) -> list[tuple[str, float]]:
        scores = sorted((round(self.rng.uniform(low, high), 2) for _ in ids), reverse=True)
        return list(zip(ids, scores, strict=True))

    def _tool(self, t: dict[str, Any], **kw: Any) -> Tool:
        rng = self.rng
        base = Tool(t["name"], dict(t["input"]), t["output"], ms=rng.randrange(120, 900),
                    timeout_ms=rng.choice((None, 3000, 3000, 2500, 4000)), after_retrieval=rng.random() < 0.5)
        return replace(base, **kw)

    def add(self, case: Case, codes: list[str], strength: str, variation: str, frags: list[str] | None = None,
            planted: list[str] | None = None) -> None:
        self.rows.append((case, codes, strength, variation, list(frags or []), list(planted or [])))

    def _question(self) -> dict[str, Any]:
        """The next question in turn (faults are laid on its first right answer)."""
        q = self.dom.QUESTIONS[self._turn % len(self.dom.QUESTIONS)]
        self._turn += 1
        return q

    # ---- healthy ------------------------------------------------------------------------------------------
    def healthy(self) -> None:
        dom, rng = self.dom, self.rng
        controls = ["latency", "tokens", "version", "floor", "faq", "slow-retriever"]
        for n, q in enumerate(dom.QUESTIONS):
            for k, answer in enumerate(q["good"]):
                docs = self._docs(q["docs"])
                if k == 1 and n < len(controls):
                    self._control(controls[n], q, answer)
                else:
                    self.add(self._case(q["q"], answer, docs), [], "", q["styles"][k])
        for n, t in enumerate(dom.TOOLS):
            tool = self._tool(t)
            if n == 0:  # a slow tool that still answered, no timeout attribute: the contract default holds
                tool = replace(tool, ms=rng.randrange(2860, 2991), timeout_ms=None)
                case = self._case(t["q"], t["good"], self._docs(t["docs"]), tools=[tool])
                self.add(replace(case, duration_ms=min(4990, max(case.duration_ms, self._needed(case) + 300))),
                         [], "control", "tool answered at 2.9 s, no timeout attribute")
            else:
                self.add(self._case(t["q"], t["good"], self._docs(t["docs"]), tools=[tool]), [], "",
                         "tool-grounded answer")
        r = dom.REFUSAL_TOOL
        self.add(self._case(r["q"], r["answer"], self._docs(r["docs"]), tools=[self._tool(r)]), [], "control",
                 "tool worked and returned a business refusal")
        for e in dom.EXTRAS:
            docs = self._docs(e["docs"]) if e["docs"] else None
            self.add(self._case(e["q"], e["answer"], docs, history=list(e.get("history", ()))), [],
                     e.get("strength", ""), e["variation"])
        for trap in dom.TRAPS:
            case = self._case(trap["q"], trap["answer"], self._docs(trap["docs"]))
            if trap.get("request_id") == "luhn":
                case = replace(case, request_id=hex_with_run(rng))
            elif trap.get("request_id") == "uuid":
                case = replace(case, request_id=digit_uuid(rng))
            self.add(case, [], "control", trap["variation"])

    def _control(self, kind: str, q: dict[str, Any], answer: str) -> None:
        rng, docs = self.rng, self._docs(q["docs"])
        if kind == "latency":
            case = self._case(q["q"], answer, docs)
            self.add(replace(case, duration_ms=max(rng.randrange(4700, 4996), case.duration_ms)), [], "control",
                     "4.7-5.0 s, just inside the SLA")
        elif kind == "tokens":
            prev = self.dom.QUESTIONS[-1]
            history = [("user", prev["q"]), ("assistant", prev["good"][0])] * 2
            self.add(self._case(q["q"], answer, docs, history=history, tokens=rng.randrange(2100, 2250)), [],
                     "control", "history resent twice, about 1.2x the usual tokens")
        elif kind == "version":
            self.add(self._case(q["q"], answer, docs, prompt_version=rng.choice(("7", "production")),
                                rewrite=q["q"].lower().rstrip("?"), rerank=True), [], "control",
                     "prompt version by alias, with rewrite and rerank prompts")
        elif kind == "floor":
            self.add(self._case(q["q"], answer, self._docs(q["docs"], 0.5, 0.55), faq=False), [], "control",
                     "on-topic articles scored 0.50-0.55")
        elif kind == "faq":
            f = self.dom.FAQ_Q
            case = self._case(f["q"], f["answer"], None, faq=False)
            faq_id = next(iter(self.dom.FAQ))
            case.retrievers.append(Retriever("faq", [(faq_id, round(rng.uniform(0.66, 0.88), 2))], 90))
            self.add(case, [], "control", "article index empty, the FAQ index answers")
        else:
            case = self._case(q["q"], answer, docs, rewrite=None, rerank=False, tools=[])
            case.retrievers[0].ms = rng.randrange(3000, 3400)
            self.add(replace(case, duration_ms=max(rng.randrange(4750, 4991), self._needed(case) + 280)), [],
                     "control", "slow retriever, request still inside the SLA")

    # ---- faults -------------------------------------------------------------------------------------------
    def strengths(self) -> list[str]:
        return [s for s in STRENGTHS if s != self.skip]

    def hallucinations(self) -> None:
        for q in self.dom.QUESTIONS:
            for bad in q["bad"]:
                self.add(self._case(q["q"], bad["answer"], self._docs(q["docs"])), ["HALLUCINATION"],
                         bad["strength"], bad["variation"], bad["frags"])
        for t in self.dom.TOOLS:
            bad = t["contradict"]
            self.add(self._case(t["q"], bad["answer"], self._docs(t["docs"]), tools=[self._tool(t)]),
                     ["HALLUCINATION"], bad["strength"], bad["variation"], bad["frags"])

    def empty_retrieval(self) -> None:
        dom, rng = self.dom, self.rng
        for s in self.strengths():
            if s == "borderline":
                q = self._question()
                self.add(self._case(q["q"], dom.DECLINE, None, faq=False), ["EMPTY_RETRIEVAL"], s,
                         "article index empty, the bot declines")
            elif s == "clear":
                q = self._question()
                case = self._case(q["q"], dom.HANDOFF, None, faq=False)
                case.retrievers.append(Retriever("faq", [], rng.randrange(40, 160)))
                self.add(case, ["EMPTY_RETRIEVAL"], s, "both indexes empty, hand-off to the published contacts")
            elif s == "blatant":
                q = self._question()
                self.add(self._case(q["q"], q["good"][0], None, faq=False), ["EMPTY_RETRIEVAL", "HALLUCINATION"],
                         s, "nothing retrieved, answered with the articles' figures anyway", q["facts"])
            else:
                t = dom.TOOLS[1]
                case = self._case(t["q"], t["bare"], None, faq=False, tools=[self._tool(t)])
                case.retrievers.append(Retriever("faq", [], rng.randrange(40, 160)))
                self.add(case, ["EMPTY_RETRIEVAL"], s, "both indexes empty, right answer from the tool alone")

    def mismatch(self) -> None:
        ranges = {"borderline": (0.44, 0.49), "clear": (0.30, 0.40), "blatant": (0.14, 0.29), "hidden": (0.58, 0.69)}
        for s, off in zip(self.strengths(), self.dom.OFFTOPIC, strict=False):
            low, high = ranges[s]
            self.add(self._case(off["q"], off["answer"], self._docs(off["docs"], low, high), faq=False),
                     ["RETRIEVAL_MISMATCH"], s, f"articles off the question (best {low:.2f}-{high:.2f}), bot declines")

    def prompt_version(self) -> None:
        versions = {"borderline": "v1.9", "clear": "6", "blatant": "v1.3"}
        # three strengths only: no honest "hidden" spelling of a wrong version exists, so each domain writes all three
        for s, v in versions.items():
            q = self._question()
            self.add(self._case(q["q"], q["good"][0], self._docs(q["docs"]), prompt_version=v),
                     ["WRONG_PROMPT_VERSION"], s, f"support-answer prompt {v}")

    def tool_timeout(self) -> None:
        rng = self.rng
        for n, s in enumerate(self.strengths()):
            t = self.dom.TOOLS[n % 2]
            msg = ("TimeoutError", "the lookup did not answer in time")
            if s == "borderline":
                limit = rng.randrange(15, 26) * 100
                tools = [self._tool(t, ms=limit, timeout_ms=limit, error=msg)]
                case = self._case(t["q"], t["fallback"], self._docs(t["docs"]), tools=tools)
                self.add(case, ["TOOL_TIMEOUT"], s, "tool failed exactly at its own timeout, general rule given")
            elif s == "clear":
                tools = [self._tool(t, ms=rng.randrange(3050, 3700), timeout_ms=None, error=msg)]
                self.add(self._case(t["q"], t["fallback"], self._docs(t["docs"]), tools=tools), ["TOOL_TIMEOUT"],
                         s, "tool failed past the contract's default timeout, no attribute")
            elif s == "blatant":
                after = rng.random() < 0.5
                tools = [self._tool(t, ms=3000, timeout_ms=3000, error=msg, after_retrieval=after) for _ in range(2)]
                self.add(self._case(t["q"], t["fallback"], self._docs(t["docs"]), tools=tools),
                         ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"], s, "two timeouts in a row at 3,000 ms")
            else:
                limit = rng.randrange(12, 21) * 100
                after = rng.random() < 0.5
                tools = [self._tool(t, ms=limit, timeout_ms=limit, error=msg, after_retrieval=after),
                         self._tool(t, ms=rng.randrange(200, 600), timeout_ms=limit, after_retrieval=after)]
                self.add(self._case(t["q"], t["good"], self._docs(t["docs"]), tools=tools), ["TOOL_TIMEOUT"], s,
                         "first call timed out, the retry answered, right answer")

    def tool_error(self) -> None:
        rng = self.rng
        for n, s in enumerate(self.strengths()):
            t = self.dom.TOOLS[(n + 1) % 2]
            if s == "borderline":
                status = rng.choice(("429 Too Many Requests", "404 Not Found", "403 Forbidden"))
                tools = [self._tool(t, ms=rng.randrange(30, 200), error=("HTTPError", status))]
                self.add(self._case(t["q"], t["fallback"], self._docs(t["docs"]), tools=tools), ["TOOL_ERROR"], s,
                         f"tool returned {status.split()[0]}, general rule given")
            elif s == "clear":
                err = rng.choice((("HTTPError", "500 Internal Server Error"), ("HTTPError", "503 Service Unavailable"),
                                  ("ConnectionError", "connection refused")))
                tools = [self._tool(t, ms=rng.randrange(60, 900), error=err)]
                self.add(self._case(t["q"], t["fallback"], self._docs(t["docs"]), tools=tools), ["TOOL_ERROR"], s,
                         f"tool failed: {err[1]}")
            elif s == "blatant":
                bad = t["after_fail"]
                tools = [self._tool(t, ms=rng.randrange(60, 600), error=("HTTPError", "502 Bad Gateway"))]
                self.add(self._case(t["q"], bad["answer"], self._docs(t["docs"]), tools=tools),
                         ["TOOL_ERROR", "HALLUCINATION"], s, "502 from the tool, a result stated anyway", bad["frags"])
            else:
                payload = {"ok": False, "error": {"code": "UPSTREAM_UNAVAILABLE", "detail": "records service down"}}
                tools = [self._tool(t, output=payload)]
                self.add(self._case(t["q"], t["fallback"], self._docs(t["docs"]), tools=tools), ["TOOL_ERROR"], s,
                         "span ok, payload reports the failure")

    def latency(self) -> None:
        rng = self.rng
        spans = {"borderline": (5010, 5400), "clear": (6100, 8400), "blatant": (10500, 16500)}
        for s in self.strengths():
            q = self._question()
            if s == "hidden":
                case = self._case(q["q"], q["good"][0], self._docs(q["docs"]), rewrite=None, rerank=False)
                case.retrievers[0].ms = rng.randrange(3300, 3900)
                case = replace(case, duration_ms=max(rng.randrange(5050, 5600), self._needed(case) + 300))
                self.add(case, ["LATENCY_SLA_BREACH"], s, "slow retriever pushes the request past the SLA")
            else:
                low, high = spans[s]
                self.add(self._case(q["q"], q["good"][0], self._docs(q["docs"]), duration_ms=rng.randrange(low, high)),
                         ["LATENCY_SLA_BREACH"], s, f"request took {low / 1000:.1f}-{high / 1000:.1f} s")

    def cost(self) -> None:
        rng, dom = self.rng, self.dom
        for s in self.strengths():
            q = self._question()
            docs = self._docs(q["docs"])
            if s == "borderline":
                case = self._case(q["q"], q["good"][0], docs, retries=2, tokens=rng.randrange(5600, 5950))
                variation = "retry loop: three near-identical answer calls"
            elif s == "clear":
                case = self._case(q["q"], q["good"][0], docs, plan_steps=list(dom.PLAN),
                                  tokens=rng.randrange(6600, 8200))
                variation = "agent planning loop before the answer"
            elif s == "blatant":
                case = self._case(q["q"], q["good"][0], docs, pasted=dom.DUMP, tokens=rng.randrange(9500, 14500))
                variation = "record dump pasted into the prompt"
            else:
                prev = dom.QUESTIONS[-1]
                history = [("user", prev["q"]), ("assistant", prev["good"][0])] * 3
                case = self._case(q["q"], q["good"][0], docs, history=history, tokens=rng.randrange(5650, 6400))
                variation = "one answer call with the history resent three times"
            self.add(case, ["COST_SPIKE"], s, variation)

    def pii(self) -> None:
        for s in self.strengths():
            p = self.dom.PII[s]
            tools = []
            if "tool" in p:
                t = self.dom.TOOLS[1]
                tools = [self._tool(t, input={**t["input"], **p["tool"]})]
            self.add(self._case(p["q"], p["answer"], self._docs(p["docs"]), tools=tools), ["PII_LEAK"], s,
                     p["variation"], planted=[p["value"]])

    def build(self) -> list[Row]:
        self.healthy()
        self.hallucinations()
        self.empty_retrieval()
        self.mismatch()
        self.prompt_version()
        self.tool_timeout()
        self.tool_error()
        self.latency()
        self.cost()
        self.pii()
        return self.rows
