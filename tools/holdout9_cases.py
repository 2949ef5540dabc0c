"""Ninth held-out set: the recipes, i.e. how each request of a domain ran and the label it earns.

A domain module (``tools/holdout9_<domain>.py``) holds content only: articles, a second FAQ index, questions with
right and wrong answers, one tool scenario, a tool that worked and refused, off-topic questions, healthy extras,
traps and personal-data cases. This module turns them into ``holdout2_build.Case`` objects with their labels.
Faults of the infrastructure are laid on an answer that is right on its own, so the fault is the only thing that
differs from a healthy request. The request's shape (query rewrite, reranker, FAQ index, tools before retrieval,
timeout attribute, where the passages go, guardrail, feedback, span order, model, the spelling of the right prompt
version, a request id) is drawn from the seeded generator, never from the label.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from holdout2_build import Case, Retriever, Tool
from holdout11_cases import answering_faq_entry

#: (case, codes, strength, variation, invented fragments, planted personal values)
Recipe = tuple[Case, list[str], str, str, list[str], list[str]]
STRENGTHS = ("borderline", "clear", "blatant", "hidden")
RIGHT_VERSION = ("v2.0", "v2.0", "7", "production")


@dataclass
class QA:
    """A question, the articles that answer it, the right answer and one wrong answer with its invented parts."""

    question: str
    ids: list[str]
    right: str
    wrong: str
    frags: list[str]
    strength: str  # of the wrong answer's HALLUCINATION
    style: str = "paraphrase"


@dataclass
class ToolScenario:
    """One tool lookup: what it was asked, what it returned, and the answers around it."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    question: str
    ids: list[str]
    answer: str  # grounded in the output
    fallback: str  # the articles' general rule when the tool failed
    invented: str  # a result stated after the tool failed
    frags: list[str]
    failed_payload: dict[str, Any] = field(default_factory=dict)


def rewrite(question: str) -> str:
    """A search query as a rewrite call would produce it: the question's content words, lower-cased."""
    words = [w.strip("?,.!:;'\"()").lower() for w in question.split()]
    stop = {"i", "a", "the", "my", "me", "is", "do", "you", "can", "to", "of", "for", "it", "and", "what", "how",
            "are", "if", "on", "in", "we", "our", "your", "be", "does", "will"}
    return " ".join(w for w in words if w and w not in stop)[:90] or question.lower()


class Recipes:
    """Every case of one domain, in a fixed order (the generator shuffles the whole set afterwards)."""

    def __init__(self, dom: Any, rng: random.Random) -> None:
        self.dom, self.rng, self.out = dom, rng, []
        self.place = ("grooming", "music", "boats", "broadband", "tailor").index(dom.DOMAIN)

    # ---- shapes -------------------------------------------------------------------------------------------------
    def _scored(self, ids: list[str], low: float = 0.58, high: float = 0.95) -> list[tuple[str, float]]:
        top = round(self.rng.uniform(max(low, high - 0.2), high), 3)
        return [(i, round(top - n * self.rng.uniform(0.03, 0.11), 3)) for n, i in enumerate(ids)]

    def _articles(self) -> dict[str, tuple[str, str]]:
        return {**self.dom.ARTICLES, **self.dom.FAQ}

    def _case(self, question: str, answer: str, docs: list[str] | list[tuple[str, float]] | None, **kw: Any) -> Case:
        rng = self.rng
        scored = docs if docs and isinstance(docs[0], tuple) else self._scored(list(docs or []))
        retrievers = [Retriever("help-articles", list(scored), ms=rng.randrange(70, 260))]
        if kw.pop("faq", rng.random() < 0.3):
            faq_ids = list(self.dom.FAQ)[:1]
            best = max((s for _, s in scored), default=0.6)
            retrievers.append(Retriever("faq", [(faq_ids[0], round(min(best, 0.6) * rng.uniform(0.55, 0.8), 3))],
                                        ms=rng.randrange(40, 140)))
        retrievers = kw.pop("retrievers", retrievers)
        rw = kw.pop("rewrite", rng.random() < 0.3)
        case = Case(domain=self.dom.DOMAIN, service=self.dom.SERVICE, question=question, answer=answer,
                    articles=self._articles(), system=self.dom.SYSTEM, retrievers=retrievers,
                    prompt_version=rng.choice(RIGHT_VERSION),
                    model=rng.choice(["gpt-4o-mini", "gpt-4o-mini", "gpt-4o"]),
                    temperature=rng.choice([0.0, 0.1, 0.2, 0.3, 0.5]),
                    context_in=rng.choice(["system", "user"]), rewrite=rewrite(question) if rw else None,
                    rerank=rng.random() < 0.2, guardrail=rng.random() < 0.12,
                    request_id=f"rq-{rng.randrange(16**8):08x}" if rng.random() < 0.4 else None,
                    feedback=rng.choice([1.0, 0.0, 1.0]) if rng.random() < 0.1 else None,
                    shuffle_spans=rng.random() < 0.2, tokens=rng.randrange(1250, 2060))
        for key, value in kw.items():
            setattr(case, key, value)
        if "duration_ms" not in kw:
            case.duration_ms = max(self._needed(case) + rng.randrange(150, 900), rng.randrange(1300, 4300))
            case.duration_ms = min(case.duration_ms, 4750)
        return case

    @staticmethod
    def _needed(case: Case) -> int:
        """The shortest duration the builder can lay this case out in (with a 250 ms answer call)."""
        calls = 1 + case.retries + len(case.plan_steps) + bool(case.rewrite) + bool(case.rerank)
        return (sum(r.ms for r in case.retrievers) + sum(t.ms for t in case.tools) + (len(case.tools) + 3) * 6
                + (420 if case.rewrite else 0) + (510 if case.rerank else 0)
                + 900 * (case.retries + len(case.plan_steps)) + 14 * calls + 20 + 48 + 260)

    def add(self, case: Case, codes: list[str], strength: str, variation: str,
            frags: list[str] | None = None, planted: list[str] | None = None) -> None:
        self.out.append((case, codes, strength, variation, list(frags or []), list(planted or [])))

    def rotation(self, k: int = 3) -> list[str]:
        """The strengths this domain gives a code: three of the four, rotated by the domain's place."""
        return [STRENGTHS[(self.place + n) % 4] for n in range(k)]

    def tool(self, sc: ToolScenario, **kw: Any) -> Tool:
        rng = self.rng
        base = {"ms": rng.randrange(140, 900), "timeout_ms": rng.choice([2000, 2500, 3000, None]),
                "after_retrieval": rng.random() < 0.6}
        base.update(kw)
        return Tool(sc.name, dict(sc.input), output=dict(sc.output), **base)

    def qa(self, n: int) -> QA:
        return self.dom.QAS[n % len(self.dom.QAS)]

    # ---- healthy ------------------------------------------------------------------------------------------------
    def healthy(self) -> None:
        d = self.dom
        for qa in d.QAS:
            self.add(self._case(qa.question, qa.right, qa.ids), [], "", qa.style)
        for variation, question, ids, answer, history in d.EXTRA:
            self.add(self._case(question, answer, ids, history=list(history)), [], "", variation)
        sc = d.TOOL
        self.add(self._case(sc.question, sc.answer, sc.ids, tools=[self.tool(sc)]), [], "", "tool-grounded")
        rf = d.REFUSAL
        self.add(self._case(rf.question, rf.answer, rf.ids, tools=[self.tool(rf)]), [], "",
                 "tool business refusal")

    def controls(self) -> None:
        d, rng = self.dom, self.rng
        for question, ids, answer, variation in d.TRAPS:
            self.add(self._case(question, answer, ids), [], "control", variation)
        qa = self.qa(1)
        near = self._scored(qa.ids, 0.5, round(rng.uniform(0.505, 0.56), 3))
        near = [(i, max(s, 0.5) if n == 0 else min(s, 0.49)) for n, (i, s) in enumerate(near)]
        self.add(self._case(qa.question, qa.right, near, faq=False), [], "control", "score just over the floor")
        qa = self.qa(2)
        self.add(self._case(qa.question, qa.right, qa.ids, duration_ms=rng.randrange(4810, 4996)), [], "control",
                 "latency just under the SLA")
        qa = self.qa(3)
        self.add(self._case(qa.question, qa.right, qa.ids, tokens=rng.randrange(2080, 2200),
                            history=[("user", qa.question), ("assistant", qa.right)]), [], "control",
                 "history resent once")
        sc = d.TOOL
        self.add(self._case(sc.question, sc.answer, sc.ids,
                            tools=[self.tool(sc, ms=rng.randrange(2820, 2990), timeout_ms=None)]), [], "control",
                 "slow tool under the default timeout")
        qa = self.qa(4)
        self.add(self._case(qa.question, qa.right, qa.ids, prompt_version=rng.choice(["7", "production"]),
                            rewrite=True, rerank=True), [], "control", "prompt alias with other prompts")
        qa = self.qa(5)
        faq = answering_faq_entry(d.FAQ, d.FAQ_QA[1])  # the entry the answer comes from, not a fixed position
        self.add(self._case(d.FAQ_QA[0], d.FAQ_QA[1], None, faq=False, retrievers=[
            Retriever("help-articles", [], ms=rng.randrange(60, 160)),
            Retriever("faq", [(faq, round(rng.uniform(0.7, 0.9), 3))], ms=rng.randrange(40, 120))]), [],
            "control", "article index empty, FAQ index answers")

    # ---- faults -------------------------------------------------------------------------------------------------
    def hallucinations(self) -> None:
        for qa in self.dom.QAS:
            self.add(self._case(qa.question, qa.wrong, qa.ids), ["HALLUCINATION"], qa.strength,
                     f"wrong answer: {qa.style}", qa.frags)

    def empty_retrieval(self) -> None:
        d, rng = self.dom, self.rng
        for strength in self.rotation():
            qa = self.qa(rng.randrange(len(d.QAS)))
            if strength == "borderline":
                case = self._case(qa.question, d.DECLINE, None, faq=False)
                self.add(case, ["EMPTY_RETRIEVAL"], strength, "article index empty, bot declines")
            elif strength == "clear":
                case = self._case(qa.question, d.HANDOFF, None, faq=False, retrievers=[
                    Retriever("help-articles", [], ms=rng.randrange(60, 200)), Retriever("faq", [], ms=70)])
                self.add(case, ["EMPTY_RETRIEVAL"], strength, "both indexes empty, hand-off to contacts")
            elif strength == "blatant":
                question, answer, frags = d.GUESS
                case = self._case(question, answer, None, faq=False)
                self.add(case, ["EMPTY_RETRIEVAL", "HALLUCINATION"], strength, "nothing retrieved, figures anyway",
                         frags)
            else:
                sc = d.TOOL
                case = self._case(sc.question, d.TOOL_ONLY, None, faq=False, tools=[self.tool(sc)])
                self.add(case, ["EMPTY_RETRIEVAL"], strength, "nothing retrieved, answer from the tool alone")

    def mismatch(self) -> None:
        ranges = {"borderline": (0.425, 0.495), "clear": (0.26, 0.4), "blatant": (0.04, 0.2), "hidden": (0.56, 0.7)}
        for n, strength in enumerate(self.rotation()):
            question, ids = self.dom.OFFTOPIC[n % len(self.dom.OFFTOPIC)]
            low, high = ranges[strength]
            top = round(self.rng.uniform(low, high), 3)
            docs = [(i, round(top - k * self.rng.uniform(0.02, 0.06), 3)) for k, i in enumerate(ids)]
            self.add(self._case(question, self.dom.DECLINE, docs, faq=False), ["RETRIEVAL_MISMATCH"], strength,
                     "off-topic question, articles do not cover it")

    def prompt_version(self) -> None:
        versions = {"borderline": "v2.1", "clear": "v1.3", "blatant": "v0.7", "hidden": "6"}
        for n, strength in enumerate(self.rotation()):
            qa = self.qa(n + 2)
            self.add(self._case(qa.question, qa.right, qa.ids, prompt_version=versions[strength]),
                     ["WRONG_PROMPT_VERSION"], strength, f"support-answer {versions[strength]}")

    def tool_timeout(self) -> None:
        rng, sc = self.rng, self.dom.TOOL
        for strength in self.rotation():
            if strength == "borderline":
                limit = rng.choice([1800, 2000, 2200, 2500])
                tools = [self.tool(sc, ms=limit, timeout_ms=limit, error=("TimeoutError", f"no reply in {limit} ms"))]
                self.add(self._case(sc.question, sc.fallback, sc.ids, tools=tools), ["TOOL_TIMEOUT"], strength,
                         "timed out exactly at its own limit")
            elif strength == "clear":
                ms = rng.randrange(3000, 3450)
                tools = [self.tool(sc, ms=ms, timeout_ms=None, error=("ReadTimeout", "upstream read timed out"))]
                self.add(self._case(sc.question, sc.fallback, sc.ids, tools=tools, duration_ms=ms + 1400, faq=False,
                                    rewrite=False, rerank=False, guardrail=False),
                         ["TOOL_TIMEOUT"], strength, "over the default timeout, no attribute")
            elif strength == "blatant":
                tools = [self.tool(sc, ms=2500, timeout_ms=2500, error=("TimeoutError", "deadline exceeded"),
                                   after_retrieval=True) for _ in range(2)]
                self.add(self._case(sc.question, sc.fallback, sc.ids, tools=tools,
                                    duration_ms=rng.randrange(6400, 7600)),
                         ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"], strength, "two timeouts in a row")
            else:
                limit = rng.choice([1200, 1400, 1500])
                tools = [self.tool(sc, ms=limit + rng.randrange(0, 40), timeout_ms=limit,
                                   error=("TimeoutError", "timed out"), after_retrieval=False),
                         self.tool(sc, ms=rng.randrange(200, 500), timeout_ms=limit, after_retrieval=False)]
                self.add(self._case(sc.question, sc.answer, sc.ids, tools=tools, duration_ms=rng.randrange(3700, 4600),
                                    rewrite=False, rerank=False),
                         ["TOOL_TIMEOUT"], strength, "first call timed out, retry answered")

    def tool_error(self) -> None:
        rng, sc = self.rng, self.dom.TOOL
        for strength in self.rotation():
            if strength == "borderline":
                err = rng.choice([("HTTPError", "409 Conflict"), ("HTTPError", "429 Too Many Requests"),
                                  ("HTTPError", "404 Not Found"), ("HTTPError", "403 Forbidden")])
                tools = [self.tool(sc, ms=rng.randrange(90, 400), error=err)]
                self.add(self._case(sc.question, sc.fallback, sc.ids, tools=tools), ["TOOL_ERROR"], strength,
                         f"tool failed: {err[1]}")
            elif strength == "clear":
                err = rng.choice([("HTTPError", "500 Internal Server Error"), ("ConnectionResetError",
                                  "connection reset by peer"), ("HTTPError", "503 Service Unavailable"),
                                  ("SSLError", "certificate verify failed")])
                tools = [self.tool(sc, ms=rng.randrange(60, 700), error=err)]
                self.add(self._case(sc.question, sc.fallback, sc.ids, tools=tools), ["TOOL_ERROR"], strength,
                         f"tool failed: {err[1]}")
            elif strength == "blatant":
                tools = [self.tool(sc, ms=rng.randrange(100, 600), error=("HTTPError", "502 Bad Gateway"))]
                self.add(self._case(sc.question, sc.invented, sc.ids, tools=tools), ["TOOL_ERROR", "HALLUCINATION"],
                         strength, "502, result stated anyway", sc.frags)
            else:
                tools = [self.tool(sc)]
                tools[0].output = dict(sc.failed_payload)
                self.add(self._case(sc.question, sc.fallback, sc.ids, tools=tools), ["TOOL_ERROR"], strength,
                         "status ok, payload reports the failure")

    def latency(self) -> None:
        rng = self.rng
        for n, strength in enumerate(self.rotation()):
            qa = self.qa(n + 4)
            if strength == "hidden":
                case = self._case(qa.question, qa.right, qa.ids, faq=False, rewrite=False, rerank=False,
                                  duration_ms=rng.randrange(5030, 5480))
                case.retrievers.append(Retriever("faq", [(next(iter(self.dom.FAQ)), 0.41)],
                                                 ms=rng.randrange(3550, 3950)))
                variation = "slow FAQ retriever, quick model"
            else:
                span = {"borderline": (5006, 5300), "clear": (6100, 8900), "blatant": (12000, 21000)}[strength]
                case = self._case(qa.question, qa.right, qa.ids, duration_ms=rng.randrange(*span))
                variation = f"slow request ({strength})"
            self.add(case, ["LATENCY_SLA_BREACH"], strength, variation)

    def cost(self) -> None:
        d, rng = self.dom, self.rng
        for n, strength in enumerate(self.rotation()):
            qa = self.qa(n + 6)
            kw: dict[str, Any] = {"duration_ms": rng.randrange(4300, 4950), "rewrite": False, "rerank": False}
            if strength == "borderline":
                kw.update(retries=2, tokens=rng.randrange(5650, 5950))
                variation = "retry loop of three answer calls"
            elif strength == "clear":
                kw.update(plan_steps=list(d.PLAN), tokens=rng.randrange(6800, 8400))
                variation = "planning loop before the answer"
            elif strength == "blatant":
                kw.update(pasted=d.DUMP, tokens=rng.randrange(14000, 22000))
                variation = "record dump pasted into the prompt"
            else:
                kw.update(history=[("user", qa.question), ("assistant", qa.right)] * 3,
                          tokens=rng.randrange(5600, 6300))
                variation = "conversation resent three times"
            self.add(self._case(qa.question, qa.right, qa.ids, **kw), ["COST_SPIKE"], strength, variation)

    def pii(self) -> None:
        d = self.dom
        for strength, question, answer, ids, planted, tool_input in d.PII:
            tools = []
            if tool_input is not None:
                tools = [Tool(d.TOOL.name, tool_input, output=dict(d.TOOL.output), ms=self.rng.randrange(150, 600),
                              timeout_ms=3000)]
            self.add(self._case(question, answer, ids, tools=tools), ["PII_LEAK"], strength,
                     "personal data in the " + ("tool input" if tool_input else "question"), planted=planted)

    def build(self) -> list[Recipe]:
        for step in (self.healthy, self.controls, self.hallucinations, self.empty_retrieval, self.mismatch,
                     self.prompt_version, self.tool_timeout, self.tool_error, self.latency, self.cost, self.pii):
            step()
        return self.out
