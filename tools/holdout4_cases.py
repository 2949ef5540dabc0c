"""Fourth held-out set: how each request of a domain ran, and the label that earns.

A domain module (``tools/holdout4_<domain>.py``) holds content only: articles, the system prompt and its published
contacts, questions with healthy answers in several styles, wrong answers that name their invented fragments,
tool scenarios, off-topic questions and personal data. This module turns that content into ``Case`` objects of
``tools/holdout2_build.py`` (imported, not copied) with the label each one earns by the contract. Infrastructure
faults are applied to answers that are healthy on their own, so the fault is the only difference; the shape of
each request (rewrite, rerank, FAQ index, tools before or after retrieval, history, shuffled spans, model,
prompt-version spelling) is drawn from the seeded generator, never from the label.
"""

from __future__ import annotations

import random
from dataclasses import replace
from types import ModuleType
from typing import Any

from holdout2_build import Case, Retriever, Tool

Row = tuple[Case, list[str], str, str, list[str], list[str]]  # case, codes, strength, variation, frags, planted


def luhn_digits(rng: random.Random, n: int = 16, first: str = "") -> str:
    """A Luhn-valid run of ``n`` digits (for the traps: ids whose digits look like a card number)."""
    body = first + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(first)))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


class Recipes:
    """All the requests of one domain; ``build()`` returns (case, codes, strength, variation, frags, planted)."""

    def __init__(self, dom: ModuleType, rng: random.Random) -> None:
        self.d = dom
        self.rng = rng
        self.rows: list[Row] = []

    # ---- request shape ------------------------------------------------------------------------------
    def _hex(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def _retrievers(self, docs: list[str], lo: float = 0.71, hi: float = 0.92) -> list[Retriever]:
        """The article index returns the covering articles first, then one or two weaker neighbours."""
        rng = self.rng
        others = [a for a in self.d.ARTICLES if a not in docs and a not in self.d.FAQ]
        scored = [(a, round(rng.uniform(lo, hi), 2)) for a in docs]
        scored.sort(key=lambda x: -x[1])
        tail = rng.sample(others, k=min(len(others), rng.choice((1, 2))))
        floor = min(s for _, s in scored)
        scored += [(a, round(rng.uniform(0.5, max(0.51, floor - 0.05)), 2)) for a in tail]
        scored.sort(key=lambda x: -x[1])  # a retriever returns its hits best first
        out = [Retriever(self.d.INDEX, scored[:4], ms=rng.randrange(70, 240))]
        if rng.random() < 0.25:  # a second retriever over the FAQ index
            faq = next(iter(self.d.FAQ))
            out.append(Retriever(self.d.FAQ_INDEX, [(faq, round(rng.uniform(0.5, 0.62), 2))],
                                 ms=rng.randrange(50, 150)))
        return out

    def _case(self, question: str, answer: str, retrievers: list[Retriever], **kw: Any) -> Case:
        rng = self.rng
        shape: dict[str, Any] = {
            "prompt_version": rng.choice(("v2.0", "v2.0", "7", "production")),
            "model": rng.choice(("gpt-4o-mini", "gpt-4o-mini", "gpt-4o")),
            "temperature": rng.choice((0.0, 0.1, 0.2, 0.3)),
            "duration_ms": rng.randrange(1500, 3900),
            "tokens": rng.randrange(1550, 2080),
            "context_in": rng.choice(("system", "system", "user")),
            "rewrite": self.d.rewrite(question) if rng.random() < 0.25 else None,
            "rerank": rng.random() < 0.2,
            "guardrail": rng.random() < 0.12,
            "request_id": self._hex(32) if rng.random() < 0.5 else None,
            "feedback": rng.choice((1.0, 0.0)) if rng.random() < 0.1 else None,
            "shuffle_spans": rng.random() < 0.3,
        }
        shape.update(kw)
        if "duration_ms" not in kw:  # a drawn duration must leave the answer call a realistic share
            need = (sum(r.ms for r in retrievers) + sum(t.ms for t in shape.get("tools", []))
                    + 420 * bool(shape["rewrite"]) + 510 * bool(shape["rerank"])
                    + 900 * (shape.get("retries", 0) + len(shape.get("plan_steps", []))))
            shape["duration_ms"] = max(shape["duration_ms"], need + rng.randrange(700, 1400))
        return Case(domain=self.d.DOMAIN, service=self.d.SERVICE, question=question, answer=answer,
                    articles=self.d.ARTICLES, system=self.d.SYSTEM, retrievers=retrievers, **shape)

    def _qa(self, item: dict[str, Any], answer: str, retrievers: list[Retriever] | None = None, **kw: Any) -> Case:
        """A request about one QA item: its question, its history (a follow-up needs it), its articles."""
        return self._case(item["q"], answer, retrievers or self._retrievers(item["docs"]),
                          history=item.get("history", []), **kw)

    def add(self, case: Case, codes: list[str], strength: str, variation: str,
            frags: list[str] | None = None, planted: list[str] | None = None) -> None:
        self.rows.append((case, codes, strength, variation, frags or [], planted or []))

    def _tools(self, scen: dict[str, Any], **over: Any) -> list[Tool]:
        after = self.rng.random() < 0.6
        tools = [Tool(name, dict(inp), out, ms=self.rng.randrange(140, 620), after_retrieval=after,
                      timeout_ms=self.rng.choice((3000, 2500, 2000, None)))
                 for name, inp, out in scen["calls"]]
        if over:
            tools[-1] = replace(tools[-1], **over)
        return tools

    # ---- the set ------------------------------------------------------------------------------------
    def build(self) -> list[Row]:
        self.healthy()
        self.controls()
        self.retrieval_faults()
        self.prompt_faults()
        self.tool_faults()
        self.hallucinations()
        self.latency_cost()
        self.pii()
        return self.rows

    def healthy(self) -> None:
        for item in self.d.QA:
            for style, answer in item["styles"].items():
                self.add(self._qa(item, answer), [], "", style)
        for scen in self.d.TOOLS:
            self.add(self._case(scen["q"], scen["answer"], self._retrievers(scen["docs"]), tools=self._tools(scen),
                                history=scen.get("history", [])), [], "", scen["variation"])

    def controls(self) -> None:
        rng, d = self.rng, self.d
        qa = d.QA
        item = qa[0]
        self.add(self._qa(item, item["styles"]["paraphrase"],
                            duration_ms=rng.randrange(4700, 4996)), [], "control", "latency just under the SLA")
        item = qa[1]
        low = [Retriever(d.INDEX, [(a, round(rng.uniform(0.50, 0.55), 2)) for a in item["docs"]])]
        self.add(self._qa(item, item["styles"]["terse"], low), [], "control",
                 "on-topic articles scored just over the floor")
        item = qa[2]
        self.add(self._qa(item, item["styles"]["paraphrase"],
                            prompt_version=rng.choice(("7", "production")), rewrite=d.rewrite(item["q"]), rerank=True),
                 [], "control", "support-answer recorded by alias, with rewrite and rerank prompts at other versions")
        scen = d.TOOLS[0]
        self.add(self._case(scen["q"], scen["answer"], self._retrievers(scen["docs"]),
                            tools=self._tools(scen, ms=rng.randrange(2860, 2991), timeout_ms=None),
                            duration_ms=rng.randrange(4500, 4950), rerank=False), [], "control",
                 "slow tool that still answered")
        item = qa[3]
        self.add(self._qa(item, item["styles"]["paraphrase"],
                            tokens=rng.randrange(2100, 2180)), [], "control", "long request about 1.2x the baseline")
        item = qa[4]
        fallback = [Retriever(d.INDEX, []), Retriever(d.FAQ_INDEX, [(a, round(rng.uniform(0.7, 0.86), 2))
                                                                   for a in item["docs"]])]
        self.add(self._qa(item, item["styles"]["terse"], fallback), [], "control",
                 "article index empty, FAQ fallback found the answer")
        trap = d.TRAP
        run = luhn_digits(rng, 16, "4")
        rid = self._hex(8) + run + self._hex(8)
        self.add(self._case(trap["q"], trap["answer"], self._retrievers(trap["docs"]),
                            tools=self._tools({"calls": trap["calls"]}), request_id=rid), [], "control",
                 "ids, amounts and public contacts only (hex request id with a Luhn-valid run)")
        contact = d.CONTACT_QA
        self.add(self._case(contact["q"], contact["answer"], self._retrievers(contact["docs"])), [], "control",
                 "quotes the published contact details, international number included")

    def retrieval_faults(self) -> None:
        rng, d = self.rng, self.d
        item = d.QA[1]
        self.add(self._qa(item, d.DECLINE, [Retriever(d.INDEX, [])]), ["EMPTY_RETRIEVAL"], "borderline",
                 "index returned nothing, bot declines")
        item = d.QA[2]
        self.add(self._qa(item, d.HANDOFF, [Retriever(d.INDEX, []), Retriever(d.FAQ_INDEX, [])]),
                 ["EMPTY_RETRIEVAL"], "clear", "index and FAQ both empty, hand-off to the published contact")
        blind = d.BLIND
        self.add(self._case(blind["q"], blind["answer"], [Retriever(d.INDEX, [])]),
                 ["EMPTY_RETRIEVAL", "HALLUCINATION"], "blatant", "nothing retrieved, answered with figures anyway",
                 blind["frags"])
        off = d.OFFTOPIC
        docs = [a for a in d.ARTICLES if a not in d.FAQ]
        for (q, answer), (strength, lo, hi) in zip(off, (("borderline", 0.44, 0.49), ("blatant", 0.14, 0.29),
                                                          ("hidden", 0.58, 0.69)), strict=True):
            picked = rng.sample(docs, 2)
            ret = [Retriever(d.INDEX, sorted([(a, round(rng.uniform(lo, hi), 2)) for a in picked],
                                             key=lambda x: -x[1]))]
            self.add(self._case(q, answer, ret), ["RETRIEVAL_MISMATCH"], strength,
                     f"off-topic articles scored {lo:.2f}-{hi:.2f}, bot declines")

    def prompt_faults(self) -> None:
        for item, (version, strength) in zip(self.d.QA[2:], (("v1.9", "borderline"), ("6", "clear"),
                                                             ("v1.3", "blatant")), strict=False):
            style = "paraphrase" if strength != "clear" else "terse"
            self.add(self._qa(item, item["styles"][style],
                                prompt_version=version), ["WRONG_PROMPT_VERSION"], strength,
                     f"support-answer prompt recorded as {version}")

    def tool_faults(self) -> None:
        rng, d = self.rng, self.d
        scen = d.TOOLS[0]
        limit = rng.choice((1500, 2000, 2500))
        t = self._tools(scen, ms=limit, timeout_ms=limit, error=("TimeoutError", f"no reply within {limit} ms"))
        self.add(self._case(scen["q"], scen["fail_answer"], self._retrievers(scen["docs"]), tools=t,
                            duration_ms=limit + rng.randrange(1900, 2400)), ["TOOL_TIMEOUT"], "borderline",
                 "tool failed exactly at its own timeout")
        ms = rng.randrange(3005, 3150)
        t = self._tools(scen, ms=ms, timeout_ms=None, error=("ReadTimeout", "upstream did not answer"))
        self.add(self._case(scen["q"], scen["fail_answer"], self._retrievers(scen["docs"]), tools=t,
                            duration_ms=ms + rng.randrange(1650, 1840), rerank=False), ["TOOL_TIMEOUT"], "clear",
                 "tool failed just over the contract default, no timeout attribute")
        scen2 = d.TOOLS[1]
        name, inp, _ = scen2["calls"][-1]
        failed = ("TimeoutError", "timed out after 3000 ms")
        twice = [Tool(name, dict(inp), None, ms=3000, timeout_ms=3000, error=failed) for _ in range(2)]
        self.add(self._case(scen2["q"], scen2["fail_answer"], self._retrievers(scen2["docs"]), tools=twice,
                            duration_ms=rng.randrange(7600, 8600)), ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"],
                 "blatant", "tool timed out twice in a row")
        status, msg = rng.choice(((429, "rate limit exceeded"), (404, "record not found"), (403, "forbidden")))
        t = self._tools(scen2, ms=rng.randrange(40, 200), error=("HTTPError", f"HTTP {status}: {msg}"))
        self.add(self._case(scen2["q"], scen2["fail_answer"], self._retrievers(scen2["docs"]), tools=t),
                 ["TOOL_ERROR"], "borderline", f"fast HTTP {status}")
        err = rng.choice((("HTTPError", "HTTP 503: service unavailable"), ("HTTPError", "HTTP 500: internal error"),
                          ("ConnectionError", "connection refused")))
        t = self._tools(scen, ms=rng.randrange(200, 900), error=err)
        self.add(self._case(scen["q"], scen["fail_answer"], self._retrievers(scen["docs"]), tools=t),
                 ["TOOL_ERROR"], "clear", f"tool failed: {err[1]}")
        t = self._tools(scen2, ms=rng.randrange(300, 900), error=("HTTPError", "HTTP 502: bad gateway"))
        self.add(self._case(scen2["q"], scen2["blind_answer"], self._retrievers(scen2["docs"]), tools=t),
                 ["TOOL_ERROR", "HALLUCINATION"], "blatant", "HTTP 502, the bot states a result anyway",
                 scen2["blind_frags"])
        t = self._tools(scen, output=d.PAYLOAD_ERROR)
        self.add(self._case(scen["q"], scen["fail_answer"], self._retrievers(scen["docs"]), tools=t),
                 ["TOOL_ERROR"], "hidden", "status ok, the payload reports the failure")

    def hallucinations(self) -> None:
        for item in self.d.QA:
            for strength, variation, answer, frags in item["wrong"]:
                self.add(self._qa(item, answer), ["HALLUCINATION"], strength, variation, frags)
        for scen in self.d.TOOLS:
            if "wrong" in scen:
                strength, variation, answer, frags = scen["wrong"]
                self.add(self._case(scen["q"], answer, self._retrievers(scen["docs"]), tools=self._tools(scen)),
                         ["HALLUCINATION"], strength, variation, frags)

    def latency_cost(self) -> None:
        rng, d = self.rng, self.d
        for item, (strength, lo, hi) in zip(d.QA, (("borderline", 5010, 5400), ("clear", 6100, 8400),
                                                   ("blatant", 10500, 16500)), strict=False):
            style = list(item["styles"])[1]
            self.add(self._qa(item, item["styles"][style],
                                duration_ms=rng.randrange(lo, hi)), ["LATENCY_SLA_BREACH"], strength,
                     f"slow answer call, root {lo}-{hi} ms")
        item = d.QA[3]
        self.add(self._qa(item, item["styles"]["terse"], retries=2,
                            tokens=rng.randrange(5700, 5950), duration_ms=rng.randrange(3900, 4900)),
                 ["COST_SPIKE"], "borderline", "retry loop of three near-identical answer calls")
        item = d.QA[4]
        self.add(self._qa(item, item["styles"]["paraphrase"],
                            plan_steps=list(d.PLAN), tokens=rng.randrange(6600, 7800),
                            duration_ms=rng.randrange(4500, 4990), rerank=False),
                 ["COST_SPIKE"], "clear", "planning loop of three agent calls before the answer")
        scen = d.TOOLS[1]
        self.add(self._case(scen["q"], scen["answer"], self._retrievers(scen["docs"]), tools=self._tools(scen),
                            pasted=d.DUMP, tokens=rng.randrange(14000, 19000)), ["COST_SPIKE"], "blatant",
                 "whole account record dump pasted into the prompt")

    def pii(self) -> None:
        d = self.d
        for strength, spec in d.PII.items():
            kw: dict[str, Any] = {}
            if "calls" in spec:
                kw["tools"] = self._tools({"calls": spec["calls"]})
            self.add(self._case(spec["q"], spec["answer"], self._retrievers(spec["docs"]), **kw), ["PII_LEAK"],
                     strength, spec["variation"], planted=spec["planted"])
