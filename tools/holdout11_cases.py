"""Eleventh held-out set: the recipes. How each request of a domain ran, and the label that run earns.

A domain module (``tools/holdout11_<domain>.py``) gives content only: articles, a FAQ index, question pairs (a
right answer and a wrong one naming its invented fragments), a lookup tool, a tool that says no, off-topic
questions, extras, traps and personal-data cases. ``Recipes(domain, rng).build()`` turns that content into
``(Case, codes, strength, variation, frags, planted)`` tuples for ``tools/holdout2_build.py``.

Faults of the infrastructure are laid on an answer that is right by itself, so the fault is the only thing that
differs from a healthy request. Each infrastructure code gets three traces per domain; the strengths rotate with
the domain's ``PLACE`` so that every code shows all four strengths across the set. The shape of a request (query
rewrite, reranker, FAQ index, tool order, timeout attribute, where the passages go, guardrail, feedback, span
order, model, temperature, how the right prompt version is spelt, request id) comes from the seeded generator,
never from the label.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from holdout2_build import Case, Retriever, Tool

STRENGTHS = ("borderline", "clear", "blatant", "hidden")
RIGHT_VERSIONS = ("v2.0", "7", "production")
WRONG_VERSIONS = {"borderline": "v2.2", "clear": "v1.3", "blatant": "v1.0", "hidden": "6"}
Recipe = tuple[Case, list[str], str, str, list[str], list[str]]


@dataclass
class Pair:
    """A question with a right answer and a wrong one; ``frags`` are the wrong answer's inventions."""

    question: str
    ids: tuple[str, ...]
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str


@dataclass
class Lookup:
    """The domain's record tool: what it returns, and the answers a request built on it may give."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    question: str
    ids: tuple[str, ...]
    answer: str  # grounded in the tool result
    fallback: str  # the tool failed: the bot says so and gives the published contact
    invented: str  # a result stated after the tool failed
    frags: tuple[str, ...]
    failed_payload: dict[str, Any]  # status ok, but the payload reports its own failure
    tool_only: str  # nothing retrieved, the answer rests on the tool result alone


@dataclass
class Refusal:
    """A tool that worked and said no: a healthy business answer."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    question: str
    ids: tuple[str, ...]
    answer: str


@dataclass
class Extra:
    """A healthy answer of some style."""

    variation: str
    question: str
    ids: tuple[str, ...]
    answer: str
    history: tuple[tuple[str, str], ...] = ()


@dataclass
class Leak:
    """A customer's own personal value recorded in the trace (``tool_input``: only in a tool call's input)."""

    strength: str
    question: str
    answer: str
    ids: tuple[str, ...]
    planted: tuple[str, ...]
    tool_input: dict[str, Any] | None = None
    style: str = ""


def search_query(question: str) -> str:
    """What a query-rewrite call makes of a question: its content words, lower-cased."""
    words = re.findall(r"[\w€£$.%-]+", question.lower())
    keep = [w for w in words if w not in {"the", "a", "an", "i", "my", "do", "you", "is", "can", "what", "how",
                                          "please", "pls", "we", "our", "me", "it", "to", "of", "for", "your"}]
    return " ".join(keep[:9]) or question.lower()


#: words of three letters or more that say nothing about which FAQ entry an answer was taken from (shorter
#: words are dropped anyway)
FUNCTION_WORDS = frozenset({
    "and", "but", "than", "then", "too", "very", "just", "also", "only", "for", "with", "from", "into", "about",
    "via", "per", "are", "was", "were", "been", "being", "does", "did", "done", "have", "has", "had", "its", "this",
    "that", "these", "those", "there", "here", "him", "his", "her", "they", "them", "their", "what", "which", "who",
    "when", "where", "why", "how", "can", "could", "will", "would", "shall", "should", "may", "might", "must",
    "not", "yes", "all", "any", "some", "each", "every", "both", "more", "most", "such", "other", "don", "doesn",
    "didn", "isn", "aren", "wasn", "weren", "couldn", "wouldn", "shouldn", "haven", "hasn", "our", "you", "your",
})


def content_words(text: str) -> set[str]:
    """The lower-cased words of ``text`` that carry its subject: no function words, no one- or two-letter scraps
    (the "s" of a possessive, the "t" of a contraction), figures kept."""
    words = re.findall(r"[^\W_]+", text.lower())
    return {w for w in words if w not in FUNCTION_WORDS and (len(w) > 2 or any(c.isdigit() for c in w))}


def answering_faq_entry(faq: dict[str, tuple[str, str]], answer: str) -> str:
    """The FAQ entry an answer was taken from: the one whose question and answer share the most content words
    with it (ties: the first). A FAQ that holds no entry sharing two content words with the answer is a data
    error of the domain, not something to guess around."""
    wanted = content_words(answer)
    shared = {key: len(wanted & content_words(" ".join(entry))) for key, entry in faq.items()}
    best = max(shared, key=lambda key: shared[key])  # max keeps the first of equal counts
    if shared[best] < 2:
        raise ValueError(f"no FAQ entry holds the FAQ answer {answer!r}: the best, {best}, shares "
                         f"{shared[best]} content word(s) with it")
    return best


@dataclass
class Recipes:
    dom: Any
    rng: random.Random
    out: list[Recipe] = field(default_factory=list)

    # ---------------------------------------------------------------- shaping
    def _all_articles(self) -> dict[str, tuple[str, str]]:
        return {**self.dom.ARTICLES, **self.dom.FAQ}

    def _docs(self, ids: Any, low: float = 0.61, high: float = 0.93) -> list[tuple[str, float]]:
        ids = list(ids)
        docs = [(i, round(self.rng.uniform(low, high), 3)) for i in ids]
        others = [a for a in self.dom.ARTICLES if a not in ids]
        for extra in self.rng.sample(others, k=self.rng.choice((0, 1, 2))):
            docs.append((extra, round(self.rng.uniform(0.22, min(low, 0.5) - 0.01), 3)))
        docs.sort(key=lambda d: -d[1])
        return docs

    def _faq(self, hits: bool = False) -> Retriever:
        """The FAQ index's results: low-scored noise, or with ``hits`` the one entry FAQ_QA's answer comes from
        (the same generator draws either way, so the choice of entry moves no other trace)."""
        keys = list(self.dom.FAQ)
        if hits:
            hit = answering_faq_entry(self.dom.FAQ, self.dom.FAQ_QA[1])
            return Retriever("faq", [(hit, round(self.rng.uniform(0.74, 0.9), 3))], ms=self.rng.randrange(60, 140))
        picks = self.rng.sample(keys, k=self.rng.choice((1, 2)))
        return Retriever("faq", [(k, round(self.rng.uniform(0.18, 0.42), 3)) for k in picks],
                         ms=self.rng.randrange(60, 140))

    def case(self, question: str, answer: str, docs: Any, *, faq: Any = "maybe", plain: bool = False,
             **kw: Any) -> Case:
        """A request with the seeded shape; ``docs`` are (id, score) pairs of the article index, or None for no
        article retriever. ``faq``: "maybe", True (noise results), False, or a Retriever. ``plain``: no
        rewrite / rerank / guardrail / feedback (cases whose timing or tokens are the point)."""
        rng = self.rng
        retrievers = []
        if docs is not None:
            retrievers.append(Retriever(self.dom.INDEX, docs, ms=rng.randrange(70, 260)))
        if isinstance(faq, Retriever):
            retrievers.append(faq)
        elif faq is True or (faq == "maybe" and rng.random() < 0.45):
            retrievers.append(self._faq())
        fields: dict[str, Any] = dict(
            domain=self.dom.DOMAIN, service=self.dom.SERVICE, question=question, answer=answer,
            articles=self._all_articles(), system=self.dom.SYSTEM, retrievers=retrievers,
            prompt_version=rng.choice(RIGHT_VERSIONS), model=rng.choice(("gpt-4o-mini", "gpt-4o-mini", "gpt-4o")),
            temperature=rng.choice((0.0, 0.1, 0.2, 0.3, 0.4)), duration_ms=rng.randrange(1500, 3900),
            tokens=rng.randrange(1150, 1780), context_in=rng.choice(("system", "system", "user")),
            shuffle_spans=rng.random() < 0.15,
            request_id=self.dom.request_id(rng) if rng.random() < 0.5 else None)
        if not plain:
            fields.update(rewrite=search_query(question) if rng.random() < 0.25 else None,
                          rerank=rng.random() < 0.2, guardrail=rng.random() < 0.1,
                          feedback=rng.choice((1.0, 0.0, 1.0)) if rng.random() < 0.1 else None)
        fields.update(kw)
        case = Case(**fields)
        self._fit(case)
        return case

    @staticmethod
    def _needed(case: Case) -> int:
        """The root duration the builder needs for this layout, with room for a 300 ms answer call."""
        calls = 1 + case.retries + len(case.plan_steps) + bool(case.rewrite) + bool(case.rerank)
        fixed = sum(r.ms for r in case.retrievers) + sum(t.ms for t in case.tools) + (len(case.tools) + 3) * 6
        aux = (420 if case.rewrite else 0) + (510 if case.rerank else 0) + 900 * (case.retries + len(case.plan_steps))
        return fixed + aux + 14 * calls + 20 + (48 if case.guardrail else 0) + 300

    def _fit(self, case: Case) -> None:
        """Drop the optional rewrite / rerank when they do not fit a duration the label depends on."""
        if self._needed(case) > case.duration_ms:
            case.rewrite, case.rerank, case.guardrail = None, False, False
        if self._needed(case) > case.duration_ms:
            raise ValueError(f"{case.domain}: {case.duration_ms} ms is too short for {case.question!r}")

    def add(self, case: Case, codes: list[str], strength: str, variation: str, frags: Any = (),
            planted: Any = ()) -> None:
        self.out.append((case, list(codes), strength, variation, list(frags), list(planted)))

    def rotation(self) -> list[str]:
        """The three strengths this domain gives each infrastructure code (rotating with PLACE)."""
        p = self.dom.PLACE
        return [STRENGTHS[(p + k) % 4] for k in range(3)]

    def tool(self, spec: Lookup | Refusal, **kw: Any) -> Tool:
        fields: dict[str, Any] = dict(name=spec.name, input=dict(spec.input), output=spec.output,
                                      ms=self.rng.randrange(140, 900),
                                      timeout_ms=self.rng.choice((None, 2000, 2500, 3000, 4000)),
                                      after_retrieval=self.rng.random() < 0.6)
        fields.update(kw)
        return Tool(**fields)

    def pair(self, n: int) -> Pair:
        return self.dom.PAIRS[n % len(self.dom.PAIRS)]

    # ---------------------------------------------------------------- healthy
    def healthy(self) -> None:
        d = self.dom
        for p in d.PAIRS:
            self.add(self.case(p.question, p.right, self._docs(p.ids)), [], "", f"right answer: {p.variation}")
        for e in d.EXTRAS:
            self.add(self.case(e.question, e.answer, self._docs(e.ids), history=list(e.history)), [], "",
                     e.variation)
        lk, rf = d.LOOKUP, d.REFUSAL
        self.add(self.case(lk.question, lk.answer, self._docs(lk.ids), tools=[self.tool(lk)]), [], "",
                 "tool-grounded answer")
        self.add(self.case(rf.question, rf.answer, self._docs(rf.ids), tools=[self.tool(rf)]), [], "",
                 "tool business refusal")
        for question, ids, answer, style in d.TRAPS:
            self.add(self.case(question, answer, self._docs(ids)), [], "control", f"trap: {style}")

    def controls(self) -> None:
        d, rng = self.dom, self.rng
        q, a = d.FAQ_QA
        self.add(self.case(q, a, [], faq=self._faq(hits=True)), [], "control",
                 "control: article index empty, FAQ index answers")
        p = self.pair(1)
        docs = [(i, round(rng.uniform(0.50, 0.56), 3)) for i in p.ids]
        self.add(self.case(p.question, p.right, docs), [], "control", "control: on-topic articles scored 0.50-0.56")
        p = self.pair(2)
        self.add(self.case(p.question, p.right, self._docs(p.ids), prompt_version=rng.choice(("7", "production")),
                           rewrite=search_query(p.question), rerank=True, plain=True), [], "control",
                 "control: aliased right prompt version with rewrite and rerank prompts")
        lk = d.LOOKUP
        self.add(self.case(lk.question, lk.answer, self._docs(lk.ids), duration_ms=rng.randrange(3900, 4600),
                           tools=[self.tool(lk, ms=rng.randrange(2820, 2990), timeout_ms=None)], plain=True),
                 [], "control", "control: slow tool under the default timeout")
        p = self.pair(3)
        self.add(self.case(p.question, p.right, self._docs(p.ids), duration_ms=rng.randrange(4810, 4996)),
                 [], "control", "control: just under the SLA")
        p = self.pair(4)
        self.add(self.case(p.question, p.right, self._docs(p.ids), history=[d.EARLIER[0], d.EARLIER[1]] * 2,
                           tokens=rng.randrange(2060, 2220), plain=True), [], "control",
                 "control: history resent once")

    # ---------------------------------------------------------------- HALLUCINATION
    def hallucinations(self) -> None:
        for p in self.dom.PAIRS:
            self.add(self.case(p.question, p.wrong, self._docs(p.ids)), ["HALLUCINATION"], p.strength,
                     f"wrong answer: {p.variation}", p.frags)

    # ---------------------------------------------------------------- infrastructure codes
    def empty_retrieval(self) -> None:
        d, rng = self.dom, self.rng
        for s in self.rotation():
            p = self.pair(5 + STRENGTHS.index(s))
            if s == "borderline":
                self.add(self.case(p.question, d.DECLINE, [], faq=False), ["EMPTY_RETRIEVAL"], s,
                         "article index empty, bot declines")
            elif s == "clear":
                self.add(self.case(p.question, d.HANDOFF, [], faq=Retriever("faq", [], ms=rng.randrange(50, 120))),
                         ["EMPTY_RETRIEVAL"], s, "article and FAQ index empty, hand-off")
            elif s == "blatant":
                q, a, frags = d.GUESS
                self.add(self.case(q, a, [], faq=rng.choice((False, Retriever("faq", [], ms=90)))),
                         ["EMPTY_RETRIEVAL", "HALLUCINATION"], s, "nothing retrieved, figures stated", frags)
            else:
                lk = d.LOOKUP
                self.add(self.case(lk.question, lk.tool_only, [], faq=False, tools=[self.tool(lk)]),
                         ["EMPTY_RETRIEVAL"], s, "nothing retrieved, answer from the tool result alone")

    def mismatch(self) -> None:
        d, rng = self.dom, self.rng
        bands = {"borderline": (0.425, 0.495), "clear": (0.26, 0.40), "blatant": (0.04, 0.20),
                 "hidden": (0.56, 0.70)}
        for n, s in enumerate(self.rotation()):
            q, ids = d.OFFTOPIC[n]
            lo, hi = bands[s]
            docs = sorted(((i, round(rng.uniform(lo, hi), 3)) for i in ids), key=lambda x: -x[1])
            answer = d.DECLINE if n % 2 == 0 else d.HANDOFF
            self.add(self.case(q, answer, docs, faq=False), ["RETRIEVAL_MISMATCH"], s,
                     f"off-topic question, best score {lo}-{hi}")

    def prompt_version(self) -> None:
        for n, s in enumerate(self.rotation()):
            p = self.pair(n + 2)
            self.add(self.case(p.question, p.right, self._docs(p.ids), prompt_version=WRONG_VERSIONS[s]),
                     ["WRONG_PROMPT_VERSION"], s, f"support-answer {WRONG_VERSIONS[s]}")

    def tool_timeout(self) -> None:
        d, rng = self.dom, self.rng
        lk = d.LOOKUP
        for s in self.rotation():
            if s == "borderline":
                limit = rng.randrange(1800, 2501, 50)
                tools = [self.tool(lk, ms=limit, timeout_ms=limit, output=None,
                                   error=("TimeoutError", f"{lk.name} timed out after {limit} ms"))]
                self.add(self.case(lk.question, lk.fallback, self._docs(lk.ids), tools=tools,
                                   duration_ms=rng.randrange(3400, 4700), plain=True),
                         ["TOOL_TIMEOUT"], s, "tool failed at its own timeout, fallback")
            elif s == "clear":
                ms = rng.randrange(3050, 3400)
                tools = [self.tool(lk, ms=ms, timeout_ms=None, output=None,
                                   error=("ReadTimeout", "upstream did not answer in time"))]
                self.add(self.case(lk.question, lk.fallback, self._docs(lk.ids), tools=tools,
                                   duration_ms=rng.randrange(4300, 4950), plain=True),
                         ["TOOL_TIMEOUT"], s, "tool past the default timeout, no attribute, fallback")
            elif s == "blatant":
                tools = [self.tool(lk, ms=2500, timeout_ms=2500, output=None, after_retrieval=True,
                                   error=("TimeoutError", f"{lk.name}: deadline 2500 ms exceeded"))
                         for _ in range(2)]
                self.add(self.case(lk.question, lk.fallback, self._docs(lk.ids), tools=tools,
                                   duration_ms=rng.randrange(6200, 7400), plain=True),
                         ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"], s, "two timeouts in a row, fallback")
            else:
                limit = rng.randrange(1200, 1501, 50)
                tools = [self.tool(lk, ms=limit, timeout_ms=limit, output=None, after_retrieval=True,
                                   error=("TimeoutError", f"timed out after {limit} ms")),
                         self.tool(lk, ms=rng.randrange(300, 700), timeout_ms=limit, after_retrieval=True)]
                self.add(self.case(lk.question, lk.answer, self._docs(lk.ids), tools=tools,
                                   duration_ms=rng.randrange(3300, 4600), plain=True),
                         ["TOOL_TIMEOUT"], s, "first call timed out, retry answered, right answer")

    def tool_error(self) -> None:
        d, rng = self.dom, self.rng
        lk = d.LOOKUP
        for s in self.rotation():
            if s == "borderline":
                code = rng.choice((403, 404, 409, 429))
                err = ("HTTPError", f"HTTP {code} from {lk.name}")
                self.add(self.case(lk.question, lk.fallback, self._docs(lk.ids),
                                   tools=[self.tool(lk, output=None, error=err)]),
                         ["TOOL_ERROR"], s, f"HTTP {code}, fallback")
            elif s == "clear":
                err = rng.choice((("HTTPError", "HTTP 500 Internal Server Error"),
                                  ("HTTPError", "HTTP 503 Service Unavailable"),
                                  ("ConnectionResetError", "connection reset by peer"),
                                  ("SSLError", "certificate verify failed: certificate has expired")))
                self.add(self.case(lk.question, lk.fallback, self._docs(lk.ids),
                                   tools=[self.tool(lk, output=None, error=err)]),
                         ["TOOL_ERROR"], s, f"{err[1]}, fallback")
            elif s == "blatant":
                err = ("HTTPError", "HTTP 502 Bad Gateway")
                self.add(self.case(lk.question, lk.invented, self._docs(lk.ids),
                                   tools=[self.tool(lk, output=None, error=err)]),
                         ["TOOL_ERROR", "HALLUCINATION"], s, "HTTP 502, result stated anyway", lk.frags)
            else:
                self.add(self.case(lk.question, lk.fallback, self._docs(lk.ids),
                                   tools=[self.tool(lk, output=dict(lk.failed_payload))]),
                         ["TOOL_ERROR"], s, "status ok, payload reports its failure")

    def latency(self) -> None:
        rng = self.rng
        for n, s in enumerate(self.rotation()):
            p = self.pair(n + 4)
            if s == "hidden":
                faq = Retriever("faq", [(k, round(rng.uniform(0.2, 0.4), 3)) for k in list(self.dom.FAQ)[:1]],
                                ms=rng.randrange(3550, 3950))
                self.add(self.case(p.question, p.right, self._docs(p.ids), faq=faq, plain=True,
                                   duration_ms=rng.randrange(5030, 5480)),
                         ["LATENCY_SLA_BREACH"], s, "slow FAQ retriever, quick model call")
                continue
            ms = {"borderline": (5006, 5300), "clear": (6100, 8900), "blatant": (12000, 21000)}[s]
            self.add(self.case(p.question, p.right, self._docs(p.ids), duration_ms=rng.randrange(*ms)),
                     ["LATENCY_SLA_BREACH"], s, f"root {ms[0]}-{ms[1]} ms")

    def cost(self) -> None:
        d, rng = self.dom, self.rng
        for n, s in enumerate(self.rotation()):
            p = self.pair(n + 6)
            kw: dict[str, Any] = dict(plain=True, duration_ms=rng.randrange(4300, 4950))
            if s == "borderline":
                kw.update(retries=2, tokens=rng.randrange(5650, 5950))
                var = "retry loop of three answer calls"
            elif s == "clear":
                kw.update(plan_steps=list(d.PLAN), tokens=rng.randrange(6200, 7400))
                var = "three planning calls before the answer"
            elif s == "blatant":
                kw.update(pasted=d.DUMP, tokens=rng.randrange(11000, 15000))
                var = "record dump pasted into the prompt"
            else:
                kw.update(history=[d.EARLIER[0], d.EARLIER[1]] * 3, tokens=rng.randrange(5600, 6300))
                var = "history resent three times"
            self.add(self.case(p.question, p.right, self._docs(p.ids), **kw), ["COST_SPIKE"], s, var)

    def pii(self) -> None:
        d = self.dom
        for lk in d.LEAKS:
            tools = []
            if lk.tool_input is not None:
                tools = [self.tool(d.LOOKUP, input=dict(lk.tool_input))]
            self.add(self.case(lk.question, lk.answer, self._docs(lk.ids), tools=tools), ["PII_LEAK"],
                     lk.strength, f"personal data: {lk.style}", (), lk.planted)

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
        return self.out
