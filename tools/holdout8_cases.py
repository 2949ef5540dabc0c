"""Eighth held-out set: the recipes, i.e. how each request of a domain ran and the label it earns.

A domain module (``tools/holdout8_<domain>.py``) holds content only: help-centre articles, questions with right
and wrong answers, tool scenarios, off-topic questions, traps and personal data. This module turns that content
into ``Case`` objects (``tools/holdout2_build.py``) with their labels. Infrastructure faults are laid on an answer
that is right on its own, so the fault is the only thing that differs from a healthy request. The shape of a
request (query rewrite, reranker, a second index, context placement, guardrail, feedback, model, version spelling)
is drawn from the seeded generator and never from the label. Each infrastructure code gets three traces per
domain whose strengths rotate over the domains, so every code is seen at every strength across the set.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from holdout2_build import Case, Retriever, Tool

#: (case, codes, strength, variation, invented fragments, planted personal values)
Recipe = tuple[Case, list[str], str, str, list[str], list[str]]
ORDER = ("campsite", "cinema", "locksmith", "bakery", "taxi")
STRENGTHS = ("borderline", "clear", "blatant", "hidden")
GOOD_VERSIONS = ("v2.0", "v2.0", "v2.0", "7", "production")
WRONG_VERSIONS = {"borderline": "v2.1", "clear": "v1.3", "blatant": "v0.9", "hidden": "6"}
SMALL = {"a", "an", "the", "i", "im", "my", "me", "we", "our", "you", "your", "is", "are", "do", "does", "can",
         "could", "to", "of", "for", "it", "if", "and", "or", "on", "in", "at", "be", "will", "what", "how", "hi",
         "hello", "please", "thanks", "there", "this", "that", "would", "with", "just", "so", "any", "have"}


@dataclass
class QA:
    """A question the articles answer: right answers (variation, text) and wrong ones (strength, variation, text,
    invented fragments)."""

    question: str
    docs: list[str]
    good: list[tuple[str, str]]
    bad: list[tuple[str, str, str, list[str]]] = field(default_factory=list)


@dataclass
class ToolCase:
    """A question a tool answers together with the articles."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    question: str
    docs: list[str]
    good: str  # grounded in the tool result and the articles
    fallback: str  # the tool failed: says it could not check, gives the articles' general rule
    after_failure: tuple[str, list[str]]  # the tool failed, the answer states a result anyway (invented fragments)
    contradict: tuple[str, str, list[str]]  # (strength, answer, fragments): contradicts the tool's result
    failed_payload: dict[str, Any]  # what the tool returned when it reported its own failure with status ok


def luhn_digit(digits: str) -> str:
    """The check digit that makes ``digits`` + it pass the Luhn test (for look-alike ids in traps)."""
    total = 0
    for n, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if n % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def rewrite(question: str) -> str:
    """A short search query, as a query-rewrite call would produce it."""
    words = [w.strip("?,.!'\"():;").lower() for w in question.split()]
    return " ".join(w for w in words if w and w not in SMALL)[:90]


class Recipes:
    """Every recipe of one domain; ``build`` returns them in a fixed order (the set's shuffle comes later)."""

    def __init__(self, dom: Any, rng: random.Random) -> None:
        self.dom, self.rng = dom, rng
        self.rows: list[Recipe] = []
        self.turn = ORDER.index(dom.DOMAIN)
        self.index = f"{dom.DOMAIN}-articles"

    # ---- shape -------------------------------------------------------------------------------------------
    def _hex(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def _scored(self, ids: list[str], low: float = 0.6, high: float = 0.94) -> list[tuple[str, float]]:
        """Supporting articles first, in falling scores, then up to two other articles of the domain below them."""
        scores = sorted((round(self.rng.uniform(low, high), 3) for _ in ids), reverse=True)
        docs = list(zip(ids, scores, strict=True))
        others = [i for i in self.dom.ARTICLES if i not in ids]
        for extra in self.rng.sample(others, k=min(len(others), self.rng.choice((0, 1, 1, 2)))):
            docs.append((extra, round(self.rng.uniform(0.22, min(scores) - 0.05), 3)))
        return sorted(docs, key=lambda d: -d[1])

    def _articles(self) -> dict[str, tuple[str, str]]:
        return {**self.dom.ARTICLES, **self.dom.FAQ}

    def _case(self, question: str, answer: str, docs: list[str] | list[tuple[str, float]] | None, *,
              tools: list[Tool] | None = None, history: list[tuple[str, str]] | None = None,
              duration: int | None = None, tokens: int | None = None, version: str | None = None,
              faq: list[tuple[str, float]] | None = None, empty_faq: bool = False, lean: bool = False,
              **extra: Any) -> Case:
        """One request; optional calls are dropped when they would not fit the chosen duration."""
        rng = self.rng
        named = bool(docs) and isinstance(docs[0], str)  # type: ignore[index]
        scored = self._scored(list(docs)) if named else list(docs or [])  # type: ignore[arg-type]
        retrievers = [Retriever(self.index, scored, ms=extra.pop("retr_ms", rng.randrange(70, 260)))]
        if faq is not None or empty_faq:
            retrievers.append(Retriever(f"{self.dom.DOMAIN}-faq", faq or [], ms=rng.randrange(40, 140)))
        elif scored and rng.random() < 0.2 and self.dom.FAQ:
            fid = rng.choice(sorted(self.dom.FAQ))
            retrievers.append(Retriever(f"{self.dom.DOMAIN}-faq", [(fid, round(rng.uniform(0.2, 0.45), 3))],
                                        ms=rng.randrange(40, 140)))
        case = Case(domain=self.dom.DOMAIN, service=self.dom.SERVICE, question=question, answer=answer,
                    articles=self._articles(), system=self.dom.SYSTEM, retrievers=retrievers,
                    tools=tools or [], history=history or [],
                    prompt_version=version or rng.choice(GOOD_VERSIONS),
                    model=rng.choice(("gpt-4o-mini", "gpt-4o-mini", "gpt-4o-mini", "gpt-4o")),
                    temperature=rng.choice((0.0, 0.1, 0.2, 0.3, 0.5)),
                    duration_ms=duration or rng.randrange(1500, 4300),
                    tokens=tokens or rng.randrange(1400, 2080),
                    context_in=rng.choice(("system", "user")),
                    rewrite=rewrite(question) if not lean and rng.random() < 0.25 else None,
                    rerank=not lean and rng.random() < 0.2,
                    guardrail=rng.random() < 0.15,
                    request_id=f"rq-{self._hex(12)}" if rng.random() < 0.35 else None,
                    feedback=rng.choice((1.0, 1.0, 0.0)) if rng.random() < 0.12 else None,
                    shuffle_spans=rng.random() < 0.1)
        for key, value in extra.items():
            setattr(case, key, value)
        if self._needed(case) > case.duration_ms:
            case.rerank = False
        if self._needed(case) > case.duration_ms:
            case.rewrite = None
        if self._needed(case) > case.duration_ms:
            case.duration_ms = self._needed(case) + rng.randrange(50, 300)
        return case

    @staticmethod
    def _needed(case: Case) -> int:
        fixed = sum(r.ms for r in case.retrievers) + sum(t.ms for t in case.tools) + (len(case.tools) + 3) * 6
        aux = (420 if case.rewrite else 0) + (510 if case.rerank else 0) + 900 * (case.retries + len(case.plan_steps))
        calls = 1 + case.retries + len(case.plan_steps) + bool(case.rewrite) + bool(case.rerank)
        return fixed + aux + 14 * calls + 20 + 48 * case.guardrail + 320

    def add(self, case: Case, codes: list[str], strength: str, variation: str,
            frags: list[str] | None = None, planted: list[str] | None = None) -> None:
        self.rows.append((case, codes, strength, variation, frags or [], planted or []))

    def strengths(self, k: int = 3) -> list[str]:
        """Three of the four strengths, rotated by the domain's place so the set covers all four per code."""
        return [STRENGTHS[(self.turn + i) % 4] for i in range(k)]

    def tool(self, tc: ToolCase, **kw: Any) -> Tool:
        spec: dict[str, Any] = {"ms": self.rng.randrange(150, 700), "timeout_ms": self.rng.choice((3000, 2500, None)),
                                "after_retrieval": self.rng.random() < 0.6}
        spec.update(kw)
        return Tool(tc.name, dict(tc.input), **spec)

    # ---- healthy -----------------------------------------------------------------------------------------
    def healthy(self) -> None:
        for qa in self.dom.QAS:
            for variation, answer in qa.good:
                self.add(self._case(qa.question, answer, qa.docs), [], "", variation)
        for variation, question, docs, answer, history in self.dom.EXTRA:
            self.add(self._case(question, answer, docs, history=history), [], "", variation)
        for tc in self.dom.TOOLS:
            self.add(self._case(tc.question, tc.good, tc.docs, tools=[self.tool(tc, output=tc.output)]), [], "",
                     f"tool-grounded answer ({tc.name})")
        tc, question, answer = self.dom.REFUSAL
        self.add(self._case(question, answer, tc.docs, tools=[self.tool(tc, output=tc.output)]), [], "",
                 "tool worked and refused (business outcome)")
        for variation, question, docs, answer, tool in self.dom.TRAPS:
            tools = [self.tool(tool, output=tool.output)] if tool else []
            self.add(self._case(question, answer, docs, tools=tools), [], "control", variation)

    def controls(self) -> None:
        rng, qas = self.rng, self.dom.QAS
        qa = qas[0]
        self.add(self._case(qa.question, qa.good[0][1], self._near_floor(qa.docs)), [], "control",
                 "on-topic articles scored 0.50-0.56")
        qa = qas[1]
        self.add(self._case(qa.question, qa.good[0][1], qa.docs, version=rng.choice(("7", "production")),
                            rewrite=rewrite(qa.question), rerank=True, duration=rng.randrange(3400, 4200)),
                 [], "control", "version alias with rewrite and rerank prompts beside it")
        tc = self.dom.TOOLS[0]
        slow = rng.randrange(2850, 2985)
        self.add(self._case(tc.question, tc.good, tc.docs, tools=[self.tool(tc, output=tc.output, ms=slow,
                                                                            timeout_ms=None)],
                            duration=slow + rng.randrange(1300, 1800), lean=True), [], "control",
                 f"slow tool answered at {slow} ms, no timeout attribute")
        qa = qas[2]
        self.add(self._case(qa.question, qa.good[0][1], qa.docs, duration=rng.randrange(4800, 4996)), [], "control",
                 "root span just under the 5 s SLA")
        qa = qas[3]
        history = [("user", self.dom.EXTRA[0][1]), ("assistant", self.dom.EXTRA[0][3])]
        self.add(self._case(qa.question, qa.good[0][1], qa.docs, history=history,
                            tokens=rng.randrange(2120, 2280)), [], "control", "conversation resent once, ~1.2x tokens")
        fq, fdoc, fanswer = self.dom.FAQ_QA
        self.add(self._case(fq, fanswer, [], faq=[(fdoc, round(rng.uniform(0.7, 0.9), 3))]), [], "control",
                 "article index empty, FAQ index found the answer")

    def _near_floor(self, ids: list[str]) -> list[tuple[str, float]]:
        top = round(self.rng.uniform(0.5, 0.56), 3)
        return [(i, round(top - 0.05 * n, 3)) for n, i in enumerate(ids)]

    # ---- hallucination -----------------------------------------------------------------------------------
    def hallucinations(self) -> None:
        for qa in self.dom.QAS:
            for strength, variation, answer, frags in qa.bad:
                self.add(self._case(qa.question, answer, qa.docs), ["HALLUCINATION"], strength, variation, frags)
        for tc in self.dom.TOOLS:
            strength, answer, frags = tc.contradict
            self.add(self._case(tc.question, answer, tc.docs, tools=[self.tool(tc, output=tc.output)]),
                     ["HALLUCINATION"], strength, "answer contradicts the tool result", frags)

    # ---- infrastructure faults, laid on right answers ----------------------------------------------------
    def empty_retrieval(self) -> None:
        rng = self.rng
        for n, strength in enumerate(self.strengths()):
            qa = self.dom.QAS[(n + 2) % len(self.dom.QAS)]
            if strength == "borderline":
                self.add(self._case(qa.question, self.dom.DECLINE, []), ["EMPTY_RETRIEVAL"], strength,
                         "article index returned nothing, bot declines")
            elif strength == "clear":
                self.add(self._case(qa.question, self.dom.HANDOFF, [], empty_faq=True), ["EMPTY_RETRIEVAL"], strength,
                         "article and FAQ index both empty, hand-off to published contacts")
            elif strength == "blatant":
                question, answer, frags = self.dom.GUESS
                self.add(self._case(question, answer, [], empty_faq=rng.random() < 0.5),
                         ["EMPTY_RETRIEVAL", "HALLUCINATION"], strength, "nothing retrieved, figures stated anyway",
                         frags)
            else:
                tc, answer = self.dom.TOOL_ONLY
                self.add(self._case(tc.question, answer, [], tools=[self.tool(tc, output=tc.output)]),
                         ["EMPTY_RETRIEVAL"], strength, "nothing retrieved, answer from the tool result alone")

    def mismatch(self) -> None:
        bands = {"borderline": (0.42, 0.495), "clear": (0.3, 0.41), "blatant": (0.07, 0.24), "hidden": (0.55, 0.68)}
        for n, strength in enumerate(self.strengths()):
            question, decline, ids = self.dom.OFFTOPIC[n]
            low, high = bands[strength]
            top = round(self.rng.uniform(low, high), 3)
            docs = [(i, round(top - 0.04 * k - self.rng.uniform(0, 0.02) * bool(k), 3)) for k, i in enumerate(ids)]
            docs = [(i, max(s, 0.01)) for i, s in docs]
            self.add(self._case(question, decline, docs), ["RETRIEVAL_MISMATCH"], strength,
                     f"off-topic articles scored {low:.2f}-{high:.2f}, bot declines")

    def prompt_version(self) -> None:
        for n, strength in enumerate(self.strengths()):
            qa = self.dom.QAS[(n + 4) % len(self.dom.QAS)]
            version = WRONG_VERSIONS[strength]
            self.add(self._case(qa.question, qa.good[-1][1], qa.docs, version=version), ["WRONG_PROMPT_VERSION"],
                     strength, f"support-answer prompt version {version!r}")

    def tool_timeout(self) -> None:
        rng = self.rng
        for n, strength in enumerate(self.strengths()):
            tc = self.dom.TOOLS[n % len(self.dom.TOOLS)]
            if strength == "borderline":
                limit = rng.choice((1800, 2000, 2200, 2500))
                tools = [self.tool(tc, ms=limit, timeout_ms=limit, error=("TimeoutError", f"no reply in {limit} ms"))]
                case = self._case(tc.question, tc.fallback, tc.docs, tools=tools, lean=True,
                                  duration=limit + rng.randrange(1400, 2200))
                self.add(case, ["TOOL_TIMEOUT"], strength, "tool failed exactly at its own timeout")
            elif strength == "clear":
                ms = rng.randrange(3050, 3500)
                tools = [self.tool(tc, ms=ms, timeout_ms=None, error=("ReadTimeout", "read timed out"))]
                case = self._case(tc.question, tc.fallback, tc.docs, tools=tools, lean=True,
                                  duration=ms + rng.randrange(1000, 1400))
                self.add(case, ["TOOL_TIMEOUT"], strength, "tool over the contract's default timeout, no attribute")
            elif strength == "blatant":
                tools = [self.tool(tc, ms=3000, timeout_ms=3000, error=("TimeoutError", "deadline exceeded"))
                         for _ in range(2)]
                case = self._case(tc.question, tc.fallback, tc.docs, tools=tools, lean=True,
                                  duration=rng.randrange(7600, 8800))
                self.add(case, ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"], strength, "two timeouts in a row")
            else:
                limit = rng.choice((1200, 1500, 1600))
                tools = [self.tool(tc, ms=limit, timeout_ms=limit, error=("TimeoutError", "upstream timeout")),
                         self.tool(tc, output=tc.output, ms=rng.randrange(200, 500), timeout_ms=limit)]
                for t in tools:
                    t.after_retrieval = tools[0].after_retrieval
                case = self._case(tc.question, tc.good, tc.docs, tools=tools, lean=True,
                                  duration=limit + rng.randrange(1600, 2400))
                self.add(case, ["TOOL_TIMEOUT"], strength, "first call timed out, retry answered, right answer")

    def tool_error(self) -> None:
        rng = self.rng
        errors = {"borderline": [("HTTPError", "429 Too Many Requests"), ("HTTPError", "404 Not Found"),
                                 ("HTTPError", "401 Unauthorized"), ("ValidationError", "422 Unprocessable Entity")],
                  "clear": [("HTTPError", "500 Internal Server Error"), ("HTTPError", "503 Service Unavailable"),
                            ("ConnectionError", "connection refused"), ("DNSError", "name resolution failed")]}
        for n, strength in enumerate(self.strengths()):
            tc = self.dom.TOOLS[(n + 1) % len(self.dom.TOOLS)]
            if strength in errors:
                err = rng.choice(errors[strength])
                tools = [self.tool(tc, ms=rng.randrange(60, 400), error=err)]
                self.add(self._case(tc.question, tc.fallback, tc.docs, tools=tools), ["TOOL_ERROR"], strength,
                         err[1])
            elif strength == "blatant":
                answer, frags = tc.after_failure
                tools = [self.tool(tc, ms=rng.randrange(80, 300), error=("HTTPError", "502 Bad Gateway"))]
                self.add(self._case(tc.question, answer, tc.docs, tools=tools), ["TOOL_ERROR", "HALLUCINATION"],
                         strength, "502, then a result stated anyway", frags)
            else:
                tools = [self.tool(tc, output=tc.failed_payload)]
                self.add(self._case(tc.question, tc.fallback, tc.docs, tools=tools), ["TOOL_ERROR"], strength,
                         "status ok, the payload reports the failure")

    def latency(self) -> None:
        rng = self.rng
        for n, strength in enumerate(self.strengths()):
            qa = self.dom.QAS[(n + 5) % len(self.dom.QAS)]
            answer = qa.good[0][1]
            if strength == "borderline":
                case = self._case(qa.question, answer, qa.docs, duration=rng.randrange(5008, 5350))
                variation = "root span just over the 5 s SLA"
            elif strength == "clear":
                case = self._case(qa.question, answer, qa.docs, duration=rng.randrange(6000, 8200))
                variation = "slow model call, 6-8 s"
            elif strength == "blatant":
                case = self._case(qa.question, answer, qa.docs, duration=rng.randrange(11000, 19000))
                variation = "request over 11 s"
            else:
                case = self._case(qa.question, answer, qa.docs, duration=rng.randrange(5040, 5500),
                                  retr_ms=rng.randrange(3500, 3900), lean=True)
                variation = "slow retriever, quick model call"
            self.add(case, ["LATENCY_SLA_BREACH"], strength, variation)

    def cost(self) -> None:
        rng = self.rng
        for n, strength in enumerate(self.strengths()):
            qa = self.dom.QAS[(n + 6) % len(self.dom.QAS)]
            answer = qa.good[0][1]
            if strength == "borderline":
                case = self._case(qa.question, answer, qa.docs, retries=2, tokens=rng.randrange(5650, 5950),
                                  duration=rng.randrange(4300, 4950), lean=True)
                variation = "retry loop: three near-identical answer calls"
            elif strength == "clear":
                case = self._case(qa.question, answer, qa.docs, plan_steps=list(self.dom.PLAN),
                                  tokens=rng.randrange(6400, 7600), duration=rng.randrange(4600, 4990), lean=True)
                variation = "planning loop of three agent calls before the answer"
            elif strength == "blatant":
                case = self._case(qa.question, answer, qa.docs, pasted=self.dom.DUMP, tokens=rng.randrange(9000, 12500))
                variation = "a record dump pasted into the prompt"
            else:
                turns = [(role, text) for _ in range(3) for role, text in
                         (("user", self.dom.EXTRA[1][1]), ("assistant", self.dom.EXTRA[1][3]))]
                case = self._case(qa.question, answer, qa.docs, history=turns, tokens=rng.randrange(5600, 6300))
                variation = "one answer call, history resent three times"
            self.add(case, ["COST_SPIKE"], strength, variation)

    def pii(self) -> None:
        for strength, variation, question, docs, answer, planted, tool in self.dom.PII:
            tools = [self.tool(tool, output=tool.output)] if tool else []
            self.add(self._case(question, answer, docs, tools=tools), ["PII_LEAK"], strength, variation,
                     planted=planted)

    def build(self) -> list[Recipe]:
        for step in (self.healthy, self.controls, self.hallucinations, self.empty_retrieval, self.mismatch,
                     self.prompt_version, self.tool_timeout, self.tool_error, self.latency, self.cost, self.pii):
            step()
        return self.rows
