"""Tenth held-out set: the recipes, i.e. how each request of a domain ran and the label it earns.

A domain module (``tools/holdout10_<domain>.py``) holds content only: articles, a small FAQ index, the system
prompt with the published contacts, question pairs (a right answer and one wrong answer naming its invented
fragments), a lookup tool, a tool that works and says no, off-topic questions, healthy extras, traps and personal
data. ``Recipes`` turns that content into ``holdout2_build.Case`` objects with their labels. Infrastructure faults
are laid on an answer that is right on its own, so the fault is the only thing that differs from a healthy request;
each infrastructure code gets three traces per domain whose strengths rotate with the domain's ``PLACE``. How a
request is shaped (query rewrite, reranker, a FAQ index, tool order, timeout attribute, where the passages go,
guardrail, feedback, span order, model, temperature, spelling of the right prompt version, request id) comes from
the seeded generator, never from the label.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from holdout2_build import Case, Retriever, Tool

STRENGTHS = ("borderline", "clear", "blatant", "hidden")
#: the right ``support-answer`` version as the contract spells it: directly, or through one of its aliases
GOOD_VERSIONS = ("v2.0", "v2.0", "7", "production")
WRONG_VERSIONS = {"borderline": "v2.1", "clear": "v1.3", "blatant": "v0.7", "hidden": "6"}
ARTICLE_INDEX, FAQ_INDEX = "help-articles", "faq-short"

#: one generated case: (case, codes, strength, variation, invented fragments, planted personal values)
Recipe = tuple[Case, list[str], str, str, list[str], list[str]]


_FILLER = {"a", "an", "the", "i", "my", "me", "we", "our", "you", "your", "is", "are", "do", "does", "can", "could",
           "please", "hi", "hello", "and", "to", "of", "for", "it", "if", "what", "how", "there"}


def rewrite(question: str) -> str:
    """The search query a query-rewrite call makes of a customer message: lower case, no filler, no punctuation."""
    words = ["".join(c for c in w if c.isalnum() or c in "-'") for w in question.lower().split()]
    return " ".join(w for w in words if w and w not in _FILLER)[:90]


@dataclass(frozen=True)
class Pair:
    """A customer question, the article ids that answer it, a right answer and a wrong one.

    ``frags`` are the wrong answer's invented pieces (in that answer, in no evidence); ``strength`` how hard the
    wrong answer is to catch; ``style`` says what the pair varies (answer style / kind of error)."""

    question: str
    ids: tuple[str, ...]
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    style: str


@dataclass(frozen=True)
class Lookup:
    """The domain's lookup tool: a call, its result, the grounded answer, the fallback when it fails, a result the
    bot invents after a failure, and a payload that reports its own failure with status ok."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    question: str
    ids: tuple[str, ...]
    answer: str
    fallback: str
    invented: str
    frags: tuple[str, ...]
    failed_payload: dict[str, Any]
    tool_only: str  # the answer from the tool result alone (no article retrieved)


@dataclass(frozen=True)
class Refusal:
    """A tool that worked and said no: a business outcome, not a failure."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    question: str
    ids: tuple[str, ...]
    answer: str


@dataclass(frozen=True)
class Extra:
    """A healthy answer style: clarifying question, follow-up, another language, arithmetic..."""

    style: str
    question: str
    ids: tuple[str, ...]
    answer: str
    history: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Leak:
    """A personal value the customer gave: in the question, repeated in the answer, or in a tool input only."""

    strength: str
    question: str
    answer: str
    ids: tuple[str, ...]
    planted: tuple[str, ...]
    tool_input: dict[str, Any] | None = None
    style: str = ""


@dataclass
class Recipes:
    """All cases of one domain module ``dom``, drawn with ``rng``."""

    dom: Any
    rng: random.Random
    rows: list[Recipe] = field(default_factory=list)

    # ---- shaping -------------------------------------------------------------------------------------------
    def _articles(self) -> dict[str, tuple[str, str]]:
        return {**self.dom.ARTICLES, **self.dom.FAQ}

    def _scored(self, ids: tuple[str, ...] | list[str], low: float = 0.58, high: float = 0.94,
                filler: bool = True) -> list[tuple[str, float]]:
        """Scores for the answering articles (descending from a top in [low, high]) plus unrelated filler ones
        scored under the floor when ``filler``."""
        top = round(self.rng.uniform(low, high), 3)
        docs = [(i, round(max(0.0, top - 0.04 * n - self.rng.uniform(0, 0.03)), 3) if n else top)
                for n, i in enumerate(ids)]
        if filler:
            others = [i for i in self.dom.ARTICLES if i not in ids]
            for i in self.rng.sample(others, self.rng.randrange(0, 3)):
                docs.append((i, round(self.rng.uniform(0.18, min(0.46, top - 0.05)), 3)))
        return docs

    def _faq_noise(self) -> list[tuple[str, float]]:
        ids = self.rng.sample(sorted(self.dom.FAQ), self.rng.randrange(1, len(self.dom.FAQ) + 1))
        return [(i, round(self.rng.uniform(0.21, 0.44), 3)) for i in ids]

    def _case(self, question: str, answer: str, docs: Any, *, faq: Any = "maybe", **kw: Any) -> Case:
        """A case with the request's shape drawn from the generator. ``docs``: article ids (scored here), scored
        pairs, or [] (the article index returned nothing). ``faq``: "maybe", None (no FAQ index), [] (a FAQ index
        that found nothing) or scored pairs."""
        rng = self.rng
        if docs and isinstance(docs[0], str):
            docs = self._scored(docs)
        retrievers = [Retriever(ARTICLE_INDEX, list(docs), ms=rng.randrange(55, 240))]
        if faq == "maybe":
            faq = self._faq_noise() if rng.random() < 0.35 else None
        if faq is not None:
            retrievers.append(Retriever(FAQ_INDEX, list(faq), ms=rng.randrange(40, 160)))
        shape: dict[str, Any] = dict(
            domain=self.dom.DOMAIN, service=self.dom.SERVICE, question=question, answer=answer,
            articles=self._articles(), system=self.dom.SYSTEM, retrievers=retrievers,
            prompt_version=rng.choice(GOOD_VERSIONS),
            model="gpt-4o" if rng.random() < 0.25 else "gpt-4o-mini",
            temperature=rng.choice((0.0, 0.1, 0.2, 0.2, 0.3, 0.5)),
            duration_ms=rng.randrange(1450, 4300), tokens=rng.randrange(1340, 2060),
            context_in=rng.choice(("system", "user")),
            rewrite=rewrite(question) if rng.random() < 0.18 else None,
            rerank=rng.random() < 0.18, guardrail=rng.random() < 0.15,
            feedback=rng.choice((0.0, 1.0)) if rng.random() < 0.12 else None,
            shuffle_spans=rng.random() < 0.15,
            request_id=self.dom.request_id(rng) if rng.random() < 0.4 else None)
        shape.update(kw)
        case = Case(**shape)
        if "duration_ms" not in kw:  # a free duration may grow to hold the drawn calls; a labelled band never does
            case.duration_ms = max(case.duration_ms, self._needed(case) + rng.randrange(60, 400))
        self._fit(case)
        return case

    @staticmethod
    def _needed(case: Case) -> int:
        """The shortest root duration the builder can lay this case out in (the answer call at least 300 ms)."""
        fixed = sum(r.ms for r in case.retrievers) + sum(t.ms for t in case.tools) + (len(case.tools) + 3) * 6
        calls = 1 + case.retries + len(case.plan_steps) + bool(case.rewrite) + bool(case.rerank)
        aux = (420 if case.rewrite else 0) + (510 if case.rerank else 0) + 900 * (case.retries + len(case.plan_steps))
        return fixed + aux + 14 * calls + 20 + (48 if case.guardrail else 0) + 300

    def _fit(self, case: Case) -> None:
        """Drop the optional LLM calls when the chosen duration cannot hold them (never stretch a duration)."""
        if self._needed(case) > case.duration_ms:
            case.rewrite, case.rerank, case.guardrail = None, False, False
        if self._needed(case) > case.duration_ms:
            raise ValueError(f"{case.domain}: {case.duration_ms} ms cannot hold {case.question!r}")

    def add(self, case: Case, codes: list[str], strength: str, variation: str,
            frags: tuple[str, ...] | list[str] = (), planted: tuple[str, ...] | list[str] = ()) -> None:
        self.rows.append((case, list(codes), strength, variation, list(frags), list(planted)))

    def rotation(self) -> list[str]:
        """The three strengths this domain gives each infrastructure code (all four across the five domains)."""
        return [STRENGTHS[(self.dom.PLACE + k) % 4] for k in range(3)]

    def tool(self, lk: Lookup | Refusal, **kw: Any) -> Tool:
        rng = self.rng
        shape: dict[str, Any] = dict(name=lk.name, input=dict(lk.input), output=dict(lk.output),
                                     ms=rng.randrange(140, 760), timeout_ms=rng.choice((None, 2000, 2500, 3000, 4000)),
                                     after_retrieval=rng.random() < 0.5)
        shape.update(kw)
        return Tool(**shape)

    def pair(self, n: int) -> Pair:
        return self.dom.PAIRS[n % len(self.dom.PAIRS)]

    # ---- healthy ------------------------------------------------------------------------------------------
    def healthy(self) -> None:
        d = self.dom
        for p in d.PAIRS:
            self.add(self._case(p.question, p.right, p.ids), [], "", p.style)
        for e in d.EXTRAS:
            self.add(self._case(e.question, e.answer, e.ids, history=list(e.history)), [], "", e.style)
        lk, rf = d.LOOKUP, d.REFUSAL
        self.add(self._case(lk.question, lk.answer, lk.ids, tools=[self.tool(lk)]), [], "", "tool-grounded answer")
        self.add(self._case(rf.question, rf.answer, rf.ids, tools=[self.tool(rf)]), [], "",
                 "tool business refusal")
        for question, ids, answer, style in d.TRAPS:
            self.add(self._case(question, answer, ids), [], "control", f"trap: {style}")

    def controls(self) -> None:
        d, rng = self.dom, self.rng
        fq, fa = d.FAQ_QA
        faq_id = next(iter(d.FAQ))
        self.add(self._case(fq, fa, [], faq=[(faq_id, round(rng.uniform(0.64, 0.9), 3))]), [], "control",
                 "control: article index empty, FAQ index answers")
        p = self.pair(1)
        self.add(self._case(p.question, p.right, self._scored(p.ids, 0.50, 0.56, filler=False), faq=None), [],
                 "control", "control: best score just over the floor")
        p = self.pair(2)
        self.add(self._case(p.question, p.right, p.ids, prompt_version=rng.choice(("7", "production")),
                            rewrite=rewrite(p.question), rerank=True, duration_ms=rng.randrange(3300, 4600)),
                 [], "control", "control: prompt alias with rewrite and rerank prompts")
        lk = d.LOOKUP
        self.add(self._case(lk.question, lk.answer, lk.ids, tools=[self.tool(lk, ms=rng.randrange(2820, 2990),
                                                                               timeout_ms=None)],
                            duration_ms=rng.randrange(3900, 4700), rewrite=None, rerank=False), [], "control",
                 "control: slow tool without timeout attribute")
        p = self.pair(3)
        self.add(self._case(p.question, p.right, p.ids, duration_ms=rng.randrange(4810, 4995)), [], "control",
                 "control: just under the SLA")
        p = self.pair(4)
        history = [("user", d.EARLIER[0]), ("assistant", d.EARLIER[1])] * 2
        self.add(self._case(p.question, p.right, p.ids, history=history, tokens=rng.randrange(2080, 2200)), [],
                 "control", "control: history resent once")

    # ---- labelled -----------------------------------------------------------------------------------------
    def hallucinations(self) -> None:
        for p in self.dom.PAIRS:
            self.add(self._case(p.question, p.wrong, p.ids), ["HALLUCINATION"], p.strength, p.style, p.frags)

    def empty_retrieval(self) -> None:
        d, rng = self.dom, self.rng
        for s in self.rotation():
            if s == "borderline":
                q, _ids = d.OFFTOPIC[0]
                self.add(self._case(q, d.DECLINE, [], faq=None), ["EMPTY_RETRIEVAL"], s,
                         "article index empty, bot declines")
            elif s == "clear":
                q, _ids = d.OFFTOPIC[1]
                self.add(self._case(q, d.HANDOFF, [], faq=[]), ["EMPTY_RETRIEVAL"], s,
                         "both indexes empty, hand-off to published contacts")
            elif s == "blatant":
                q, a, frags = d.GUESS
                self.add(self._case(q, a, [], faq=rng.choice((None, []))), ["EMPTY_RETRIEVAL", "HALLUCINATION"],
                         s, "nothing retrieved, figures stated anyway", frags)
            else:
                lk = d.LOOKUP
                self.add(self._case(lk.question, lk.tool_only, [], faq=rng.choice((None, [])),
                                    tools=[self.tool(lk)]), ["EMPTY_RETRIEVAL"], s,
                         "nothing retrieved, answer from the tool result alone")

    def mismatch(self) -> None:
        d, rng = self.dom, self.rng
        bands = {"borderline": (0.425, 0.495), "clear": (0.26, 0.40), "blatant": (0.04, 0.20), "hidden": (0.56, 0.70)}
        for s in self.rotation():
            q, ids = d.OFFTOPIC[STRENGTHS.index(s)]
            lo, hi = bands[s]
            docs = self._scored(ids, lo, hi, filler=False)
            docs = [(i, max(0.01, x)) for i, x in docs]
            faq = [(i, round(rng.uniform(0.02, min(hi, 0.45) - 0.01), 3)) for i in sorted(d.FAQ)[:1]]
            self.add(self._case(q, rng.choice((d.DECLINE, d.HANDOFF)), docs,
                                faq=faq if rng.random() < 0.4 else None),
                     ["RETRIEVAL_MISMATCH"], s, f"off-topic question, best score {lo}-{hi}, bot declines")

    def prompt_version(self) -> None:
        for k, s in enumerate(self.rotation()):
            p = self.pair(5 + k)
            self.add(self._case(p.question, p.right, p.ids, prompt_version=WRONG_VERSIONS[s]),
                     ["WRONG_PROMPT_VERSION"], s, f"support-answer {WRONG_VERSIONS[s]}")

    def tool_timeout(self) -> None:
        d, rng = self.dom, self.rng
        lk = d.LOOKUP
        for s in self.rotation():
            if s == "borderline":
                limit = rng.randrange(1800, 2500)
                tools = [self.tool(lk, output=None, ms=limit, timeout_ms=limit, error=("TimeoutError", f"no reply "
                                   f"within {limit} ms"))]
                self.add(self._case(lk.question, lk.fallback, lk.ids, tools=tools, duration_ms=rng.randrange(
                    limit + 900, 4900), rewrite=None, rerank=False), ["TOOL_TIMEOUT"], s,
                    "tool failed exactly at its own timeout, fallback")
            elif s == "clear":
                ms = rng.randrange(3050, 3400)
                tools = [self.tool(lk, output=None, ms=ms, timeout_ms=None, error=("ReadTimeout", "upstream "
                                   "did not answer"))]
                self.add(self._case(lk.question, lk.fallback, lk.ids, tools=tools, duration_ms=rng.randrange(
                    ms + 950, 4950), rewrite=None, rerank=False, guardrail=False, faq=None), ["TOOL_TIMEOUT"], s,
                    "tool failed past the contract default (no timeout attribute), fallback")
            elif s == "blatant":
                tools = [self.tool(lk, output=None, ms=2500, timeout_ms=2500, error=("TimeoutError", "deadline "
                                   "exceeded"), after_retrieval=True) for _ in range(2)]
                self.add(self._case(lk.question, lk.fallback, lk.ids, tools=tools,
                                    duration_ms=rng.randrange(5900, 6800)), ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"],
                         s, "two timeouts in a row, fallback, SLA broken")
            else:
                limit = rng.randrange(1200, 1500)
                tools = [self.tool(lk, output=None, ms=limit, timeout_ms=limit, error=("TimeoutError", "timed "
                                   "out"), after_retrieval=True),
                         self.tool(lk, ms=rng.randrange(300, 700), timeout_ms=limit, after_retrieval=True)]
                self.add(self._case(lk.question, lk.answer, lk.ids, tools=tools, duration_ms=rng.randrange(
                    limit + 1800, 4900), rewrite=None, rerank=False), ["TOOL_TIMEOUT"], s,
                    "first call timed out, retry answered, right answer")

    def tool_error(self) -> None:
        d, rng = self.dom, self.rng
        lk = d.LOOKUP
        for s in self.rotation():
            if s == "borderline":
                code, msg = rng.choice(((403, "forbidden for this client"), (404, "no such reference"),
                                        (409, "record locked by another session"), (429, "rate limit reached")))
                tools = [self.tool(lk, output=None, error=("HTTPError", f"HTTP {code}: {msg}"))]
                self.add(self._case(lk.question, lk.fallback, lk.ids, tools=tools), ["TOOL_ERROR"], s,
                         f"tool failed with HTTP {code}, fallback")
            elif s == "clear":
                err = rng.choice((("HTTPError", "HTTP 500: internal error"), ("HTTPError", "HTTP 503: service "
                                  "unavailable"), ("ConnectionResetError", "connection reset by peer"),
                                  ("SSLError", "certificate verify failed")))
                tools = [self.tool(lk, output=None, error=err)]
                self.add(self._case(lk.question, lk.fallback, lk.ids, tools=tools), ["TOOL_ERROR"], s,
                         f"tool failed ({err[0]}), fallback")
            elif s == "blatant":
                tools = [self.tool(lk, output=None, error=("HTTPError", "HTTP 502: bad gateway"))]
                self.add(self._case(lk.question, lk.invented, lk.ids, tools=tools),
                         ["TOOL_ERROR", "HALLUCINATION"], s, "HTTP 502, result stated anyway", lk.frags)
            else:
                tools = [self.tool(lk, output=dict(lk.failed_payload))]
                self.add(self._case(lk.question, lk.fallback, lk.ids, tools=tools), ["TOOL_ERROR"], s,
                         "status ok, payload reports its own failure, fallback")

    def latency(self) -> None:
        rng = self.rng
        for k, s in enumerate(self.rotation()):
            p = self.pair(k)
            if s == "hidden":
                faq = [(i, round(rng.uniform(0.22, 0.45), 3)) for i in sorted(self.dom.FAQ)]
                case = self._case(p.question, p.right, p.ids, faq=faq, duration_ms=rng.randrange(5030, 5480),
                                  rewrite=None, rerank=False)
                case.retrievers[1].ms = rng.randrange(3550, 3950)
                self._fit(case)
                self.add(case, ["LATENCY_SLA_BREACH"], s, "slow FAQ retriever, quick model call")
                continue
            band = {"borderline": (5006, 5300), "clear": (6100, 8900), "blatant": (12000, 21000)}[s]
            self.add(self._case(p.question, p.right, p.ids, duration_ms=rng.randrange(*band)),
                     ["LATENCY_SLA_BREACH"], s, f"root span {band[0]}-{band[1]} ms")

    def cost(self) -> None:
        d, rng = self.dom, self.rng
        for k, s in enumerate(self.rotation()):
            p = self.pair(3 + k)
            if s == "borderline":
                case = self._case(p.question, p.right, p.ids, retries=2, tokens=rng.randrange(5650, 5950),
                                  duration_ms=rng.randrange(3900, 4900), rewrite=None, rerank=False)
                self.add(case, ["COST_SPIKE"], s, "retry loop of three answer calls")
            elif s == "clear":
                case = self._case(p.question, p.right, p.ids, plan_steps=list(d.PLAN),
                                  tokens=rng.randrange(6400, 8200), duration_ms=rng.randrange(4200, 4950),
                                  rewrite=None, rerank=False, faq=None)
                self.add(case, ["COST_SPIKE"], s, "planning loop before the answer")
            elif s == "blatant":
                case = self._case(p.question, p.right, p.ids, pasted=d.DUMP, tokens=rng.randrange(14000, 21000))
                self.add(case, ["COST_SPIKE"], s, "record dump pasted into the prompt")
            else:
                history = [("user", d.EARLIER[0]), ("assistant", d.EARLIER[1])] * 3
                case = self._case(p.question, p.right, p.ids, history=history, tokens=rng.randrange(5600, 6300))
                self.add(case, ["COST_SPIKE"], s, "history resent three times in one call")

    def pii(self) -> None:
        d = self.dom
        for leak in d.LEAKS:
            tools = []
            if leak.tool_input is not None:
                tools = [self.tool(d.LOOKUP, input=dict(leak.tool_input))]
            self.add(self._case(leak.question, leak.answer, leak.ids, tools=tools), ["PII_LEAK"], leak.strength,
                     leak.style or f"personal data ({leak.strength})", planted=leak.planted)

    def build(self) -> list[Recipe]:
        self.healthy()
        self.controls()
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
