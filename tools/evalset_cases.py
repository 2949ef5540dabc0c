"""The shape of the evaluation set's hand-written content, and the rules every assistant's system prompt shares.

The six domains (``evalset_finance.py``, ``evalset_services.py``) are services far from the course's outdoor-
gear store. Each domain is a knowledge base (articles written for this set), the tools its assistant calls,
and a few requests. A request carries its question, the articles a retriever returned (with scores), an
optional tool call with its result, and answers in several styles that a careful reader can check against that
evidence. ``swaps`` are (text in the answer, wrong text) pairs used to write a contradicted answer;
``invented`` is a sentence about things that appear nowhere in the evidence. ``tools/make_evalset.py`` turns
these into traces. Nothing here comes from the course traces, their generator, the knowledge base in
``llmops_kit/data`` or the replay simulator. Phone numbers are from ranges reserved for drama/fiction where a
country has one (UK Ofcom 020 7946 0xxx / 07700 900xxx, US 555-01xx); card numbers are the card networks'
published test numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Tool:
    """A tool call the assistant made and what it returned."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    ms: int = 320


@dataclass(frozen=True)
class Case:
    """One request: question, retrieved articles (id, score), optional tool call, answers by style."""

    query: str
    docs: list[tuple[str, float]]
    answers: dict[str, str]
    swaps: list[tuple[str, str]]
    invented: str
    tool: Tool | None = None
    # an answer that contradicts the tool result, and one that uses nothing but the tool result
    tool_contradiction: str | None = None
    tool_only: str | None = None


@dataclass(frozen=True)
class Domain:
    """A service with its own knowledge base, tools, citation habit and locale."""

    key: str
    org: str
    trace_name: str
    index: str
    model: str
    citation: str  # how answers cite: "kb" ([kb-NNN]), "doc" ([doc-N]), "num" ([N]), "none"
    region: str
    system: str
    docs: dict[str, tuple[str, str]]
    cases: list[Case]
    refusal: str
    customer_phone: str
    customer_email: str
    public_contact: str  # a contact detail that appears in the articles
    start: str
    extra: dict[str, Any] = field(default_factory=dict)


RULES = (
    "Use only the reference material in this conversation: the articles, tool results and what the customer "
    "told you. If the material does not answer the question, say so plainly and offer a human colleague. "
    "Do not guess amounts, dates, phone numbers or names. Never repeat card numbers, bank account numbers or a "
    "customer's contact details back to them. Keep a calm, plain tone; no filler such as \"Great question\"."
    "\n\nHow to answer:\n- Start with the direct answer in one sentence, then the details the customer needs "
    "to act (amounts, deadlines, where to go, what to bring).\n- Use a short list or a table only when there "
    "are three or more parallel items; otherwise write plain sentences.\n- Quote amounts, dates, times and "
    "reference numbers exactly as they appear in the material; do not convert currencies or round.\n- When a "
    "tool returns a record, the record is the truth about this customer's case; articles describe the general "
    "rules.\n- If a tool fails or times out, say that you could not check, do not describe a status you have "
    "not seen, and offer a colleague.\n- Public contact details from the articles (phone numbers, e-mail "
    "addresses, office hours) may be given to the customer.\n- Never ask for passwords, PINs, full card "
    "numbers or bank details in the chat; if the customer writes them, do not repeat them.\n- If the customer "
    "is upset, acknowledge it briefly and move on to the answer.\n- Do not promise outcomes, compensation or "
    "timelines that the material does not state.\n- Answer in the customer's language; keep answers under 180 "
    "words unless a table is clearer."
)
