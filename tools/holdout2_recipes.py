"""Second held-out set: the requests of one domain, healthy and failing, with the label each one earns.

A domain module (``tools/holdout2_<domain>.py``) supplies its help centre, tools, questions and answers written
by hand; this module varies how each request ran (structure, timings, tokens, tool outcomes, prompt version,
personal data) and says which finding codes the result deserves under the label conventions of
``tests/data/holdout2/README.md``. Every choice is drawn from a seeded ``random.Random``.
"""

from __future__ import annotations

import random
from dataclasses import replace
from types import ModuleType
from typing import Any

from holdout2_build import Case, Retriever, Tool

Labelled = tuple[Case, list[str], str, str]  # case, codes, strength, variation
NORMAL = 1800  # nominal healthy tokens per request; the generator checks the real median afterwards


def _tool(spec: dict[str, Any] | None, rng: random.Random) -> list[Tool]:
    if spec is None:
        return []
    return [Tool(name=spec["name"], input=spec["input"], output=spec["output"], ms=rng.randrange(140, 900),
                 timeout_ms=spec.get("timeout_ms", 3000), after_retrieval=spec.get("after", True))]


def _scores(rng: random.Random, n: int, top: tuple[float, float] = (0.62, 0.93)) -> list[float]:
    best = round(rng.uniform(*top), 2)
    rest = (max(0.02, round(best - rng.uniform(0.04, 0.25), 2)) for _ in range(n - 1))
    return [best, *sorted(rest, reverse=True)]


def _luhn_digits(rng: random.Random) -> str:
    """16 digits whose last one makes the Luhn sum a multiple of 10 (what a card check looks for)."""
    body = [rng.randrange(10) for _ in range(15)]
    total = 0
    for k, digit in enumerate(reversed(body)):  # the check digit will sit to the right, so double k = 0, 2, ...
        doubled = digit * 2 if k % 2 == 0 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return "".join(map(str, body)) + str(-total % 10)


def request_id(rng: random.Random) -> str:
    """A UUID-shaped request id; a third of them carry a Luhn-valid run of 16 digits across the dashes."""
    raw = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if rng.random() < 0.34:
        at = rng.randrange(0, 16)
        raw = raw[:at] + _luhn_digits(rng) + raw[at + 16:]
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


class Recipes:
    """Builds the labelled cases of one domain module."""

    def __init__(self, dom: ModuleType, rng: random.Random) -> None:
        self.d, self.rng = dom, rng
        self.out: list[Labelled] = []

    # ---- the healthy request of a topic, with a varied structure --------------------------------------
    def base(self, topic: dict[str, Any], answer: str, question: str | None = None) -> Case:
        rng, d = self.rng, self.d
        docs = topic["docs"]
        scores = _scores(rng, len(docs))
        retrievers = [Retriever(d.INDEX, list(zip(docs, scores, strict=True)), rng.randrange(50, 380))]
        if len(docs) > 1 and rng.random() < 0.25:  # two retrievers: the article index and the FAQ index
            retrievers = [Retriever(d.INDEX, [(docs[0], scores[0])], rng.randrange(50, 300)),
                          Retriever(d.FAQ_INDEX, list(zip(docs[1:], scores[1:], strict=True)), rng.randrange(50, 300))]
        tools = _tool(topic.get("tool"), rng)
        if tools and rng.random() < 0.4:
            tools[0].after_retrieval = False
        history = list(topic.get("history", [])) if rng.random() < 0.5 else []
        return Case(
            domain=d.NAME, service=d.SERVICE, question=question or topic["q"], answer=answer, articles=d.ARTICLES,
            system=d.SYSTEM, retrievers=retrievers, tools=tools, history=history,
            prompt_version=rng.choice(["v2.0", "v2.0", "v2.0", "production", "7"]) if rng.random() < 0.2 else "v2.0",
            model="gpt-4o" if rng.random() < 0.2 else "gpt-4o-mini", temperature=rng.choice([0.0, 0.1, 0.2, 0.3]),
            duration_ms=rng.randrange(1300, 3900), tokens=rng.randrange(1450, 2150),
            context_in=rng.choice(["system", "user"]), rewrite=topic.get("rewrite") if rng.random() < 0.3 else None,
            rerank=rng.random() < 0.15, guardrail=rng.random() < 0.12,
            feedback=rng.choice([1.0, 0.0]) if rng.random() < 0.1 else None, shuffle_spans=rng.random() < 0.3,
            request_id=request_id(rng) if rng.random() < 0.3 else None)

    def add(self, case: Case, codes: list[str], strength: str, variation: str) -> None:
        # the spans need room: retrievers, tools and extra calls first, then at least 600 ms of answer call
        need = (sum(r.ms for r in case.retrievers) + sum(t.ms for t in case.tools) + 420 * bool(case.rewrite)
                + 510 * case.rerank + 900 * (case.retries + len(case.plan_steps)) + 700)
        case.duration_ms = max(case.duration_ms, need + self.rng.randrange(0, 400))
        self.out.append((case, sorted(codes), strength, variation))

    def topic(self, i: int) -> dict[str, Any]:
        return self.d.TOPICS[i % len(self.d.TOPICS)]

    def tool_topic(self, i: int) -> dict[str, Any]:
        with_tools = [t for t in self.d.TOPICS if t.get("tool")]
        return with_tools[i % len(with_tools)]

    # ---- the whole domain -----------------------------------------------------------------------------
    def build(self) -> list[Labelled]:
        d = self.d
        for t in d.TOPICS:
            for style, text in t["answers"]:
                self.add(self.base(t, text), [], "", style)
            for variation, question, text in t.get("controls", []):
                self.add(self.base(t, text, question), [], "control", variation)
            for strength, variation, text in t.get("wrong", []):
                self.add(self.base(t, text), ["HALLUCINATION"], strength, variation)
        self.retrieval()
        self.prompts()
        self.tools()
        self.latency()
        self.cost()
        self.pii()
        return self.out

    def plain(self, t: dict[str, Any]) -> str:
        return t["answers"][0][1]

    def retrieval(self) -> None:
        d, rng = self.d, self.rng
        t = self.topic(0)
        c = self.base(t, d.REFUSAL)
        c.retrievers = [Retriever(d.INDEX, [], rng.randrange(40, 200))]
        self.add(c, ["EMPTY_RETRIEVAL"], "clear", "the index returned nothing; the bot declines")
        t = self.topic(1)
        c = self.base(t, d.REFUSAL)
        c.retrievers = [Retriever(d.INDEX, [], 90), Retriever(d.FAQ_INDEX, [], rng.randrange(40, 200))]
        self.add(c, ["EMPTY_RETRIEVAL"], "borderline", "article index and FAQ fallback both empty")
        t = next(x for x in d.TOPICS if not x.get("tool"))
        c = self.base(t, self.plain(t))
        c.retrievers = [Retriever(d.INDEX, [], 70)]
        c.tools = []
        self.add(c, ["EMPTY_RETRIEVAL", "HALLUCINATION"], "blatant", "nothing retrieved, answered from nowhere")
        t = self.topic(2)  # control: the first index is empty, the fallback finds the article
        c = self.base(t, self.plain(t))
        fallback = list(zip(t["docs"], _scores(rng, len(t["docs"])), strict=True))  # every article the answer uses
        c.retrievers = [Retriever(d.INDEX, [], 80), Retriever(d.FAQ_INDEX, fallback, 160)]
        self.add(c, [], "control", "first index empty, fallback retriever finds the article")
        t = self.topic(3)  # control: on-topic articles scored just above the floor
        c = self.base(t, self.plain(t))
        c.retrievers = [Retriever(d.INDEX, [(doc, round(rng.uniform(0.50, 0.55) - k * 0.03, 2))
                                            for k, doc in enumerate(t["docs"])], 150)]
        self.add(c, [], "control", "on-topic articles with a best score of 0.50-0.55")
        for k, (question, wrong_docs, answer) in enumerate(d.OFFTOPIC):
            strength, band = [("borderline", (0.44, 0.49)), ("blatant", (0.14, 0.29)),
                              ("hidden", (0.58, 0.69))][k % 3]
            c = self.base(self.topic(k), answer, question)
            c.retrievers = [Retriever(d.INDEX, list(zip(wrong_docs, _scores(rng, len(wrong_docs), band),
                                                        strict=True)), 130)]
            c.tools, c.rewrite = [], None
            self.add(c, ["RETRIEVAL_MISMATCH"], strength, f"off-topic articles, best score in {band[0]}-{band[1]}")

    def prompts(self) -> None:
        for k, (version, strength) in enumerate([("v1.9", "borderline"), ("6", "clear"), ("v1.3", "blatant")]):
            t = self.topic(k + 2)
            c = self.base(t, self.plain(t))
            c.prompt_version = version
            self.add(c, ["WRONG_PROMPT_VERSION"], strength, f"support-answer prompt {version}")
        t = self.topic(4)
        c = self.base(t, self.plain(t))
        c.prompt_version = self.rng.choice(["production", "7"])
        self.add(c, [], "control", f"prompt recorded as alias {c.prompt_version}")

    def tools(self) -> None:
        d, rng = self.d, self.rng
        t = self.tool_topic(0)
        c = self.base(t, d.HANDOFF)
        limit = rng.choice([1500, 2000, 2500])
        c.tools[0] = replace(c.tools[0], ms=limit, timeout_ms=limit, output=None,
                             error=("TimeoutError", f"{t['tool']['name']} did not answer within {limit} ms"))
        c.duration_ms = rng.randrange(limit + 1500, 4900)
        self.add(c, ["TOOL_TIMEOUT"], "borderline", f"tool stopped exactly at its {limit} ms timeout")
        t = self.tool_topic(1)
        c = self.base(t, d.HANDOFF)
        c.tools[0] = replace(c.tools[0], ms=rng.randrange(3001, 3300), timeout_ms=None, output=None,
                             error=("ReadTimeout", "upstream read timed out"))
        c.duration_ms = rng.randrange(4400, 4950)
        c.rewrite, c.rerank = None, False
        self.add(c, ["TOOL_TIMEOUT"], "clear", "no timeout recorded on the span; over the contract default 3,000 ms")
        t = self.tool_topic(2)
        c = self.base(t, d.HANDOFF)
        first = replace(c.tools[0], ms=3000, timeout_ms=3000, output=None, error=("TimeoutError", "deadline exceeded"))
        c.tools = [first, replace(first, ms=3004)]
        c.duration_ms = rng.randrange(7400, 8600)
        self.add(c, ["LATENCY_SLA_BREACH", "TOOL_TIMEOUT"], "blatant", "tool timed out twice in a row (retried)")
        t = self.tool_topic(3)  # control: slow but inside the timeout
        c = self.base(t, self.plain(t))
        c.tools[0] = replace(c.tools[0], ms=rng.randrange(2860, 2990), timeout_ms=3000)
        c.duration_ms = rng.randrange(4300, 4950)
        c.rewrite, c.rerank = None, False
        self.add(c, [], "control", "tool answered just under its 3,000 ms timeout")
        for k, (strength, status, err, hide) in enumerate(d.TOOL_FAILURES):
            t = self.tool_topic(k)
            answer = self.plain(t) if strength == "blatant" else d.HANDOFF
            c = self.base(t, answer)
            if hide is not None:
                c.tools[0] = replace(c.tools[0], output=hide)
                c.answer = d.HANDOFF
                self.add(c, ["TOOL_ERROR"], "hidden", "span status ok but the payload reports a failure")
                continue
            c.tools[0] = replace(c.tools[0], output=None, error=(status, err))
            codes = ["TOOL_ERROR", "HALLUCINATION"] if strength == "blatant" else ["TOOL_ERROR"]
            self.add(c, codes, strength, f"tool failed: {err}" + (" and the answer invents its result"
                                                                     if strength == "blatant" else ""))

    def latency(self) -> None:
        rng = self.rng
        for k, (strength, lo, hi) in enumerate([("borderline", 5010, 5400), ("clear", 6100, 8400),
                                                ("blatant", 10500, 16500), ("control", 4700, 4995)]):
            t = self.topic(k + 5)
            c = self.base(t, self.plain(t))
            c.duration_ms = rng.randrange(lo, hi)
            if strength == "control":
                self.add(c, [], "control", "root span just under the 5,000 ms SLA")
            else:
                self.add(c, ["LATENCY_SLA_BREACH"], strength, "slow answer call (model queueing)")

    def cost(self) -> None:
        d, rng = self.d, self.rng
        t = self.topic(6)
        c = self.base(t, self.plain(t))
        c.retries, c.tokens = 2, int(NORMAL * rng.uniform(2.95, 3.25))
        c.duration_ms, c.rewrite, c.rerank = rng.randrange(4300, 4900), None, False
        self.add(c, ["COST_SPIKE"], "borderline", "retry loop: three near-identical answer calls")
        t = self.topic(7)
        c = self.base(t, self.plain(t))
        c.tokens = int(NORMAL * rng.uniform(3.6, 4.6))
        # the resent text is sized like the tokens it costs (about 4 characters a token)
        size = sum(len(text) for _, text in d.LONG_HISTORY)
        repeats = max(6, round((c.tokens - NORMAL) * 4 / size))
        c.history = [turn for _ in range(repeats) for turn in d.LONG_HISTORY]
        self.add(c, ["COST_SPIKE"], "clear", f"the earlier conversation resent {repeats} times (client bug)")
        t = self.tool_topic(1)
        c = self.base(t, self.plain(t))
        c.tokens = int(NORMAL * rng.uniform(6.0, 9.0))
        dump = d.records(rng)
        while len(dump) < (c.tokens - NORMAL) * 4:
            dump += "\n" + d.records(rng)
        c.pasted = dump
        self.add(c, ["COST_SPIKE"], "blatant", "a full record dump pasted into the prompt")
        t = self.tool_topic(2)
        c = self.base(t, self.plain(t))
        c.plan_steps = [f"Plan step {k + 1}: call {t['tool']['name']} again and re-check the articles."
                        for k in range(3)]
        c.tokens = int(NORMAL * rng.uniform(3.3, 3.9))
        c.duration_ms, c.rewrite, c.rerank = rng.randrange(4500, 4950), None, False
        self.add(c, ["COST_SPIKE"], "clear", "planning loop of three agent calls before the answer")
        t = self.topic(8)  # control: a long but ordinary conversation
        c = self.base(t, self.plain(t))
        c.history = list(d.LONG_HISTORY)
        c.tokens = int(NORMAL * rng.uniform(1.18, 1.24))
        self.add(c, [], "control", "long earlier conversation, tokens about 1.2x the usual request")

    def pii(self) -> None:
        for k, (strength, variation, add_q, answer_tail, tool_field) in enumerate(self.d.PII):
            t = self.tool_topic(k) if tool_field else self.topic(k + 3)
            c = self.base(t, self.plain(t) + (f" {answer_tail}" if answer_tail else ""),
                          f"{t['q']} {add_q}" if add_q else None)
            if tool_field:
                key, value = tool_field
                c.tools[0] = replace(c.tools[0], input={**c.tools[0].input, key: value})
            self.add(c, [] if strength == "control" else ["PII_LEAK"], strength, variation)
