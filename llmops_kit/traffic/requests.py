"""One generated request: the customer's question, what retrieval and the order lookup return, and the
answer the bot writes for each failure mode. The text is read through :mod:`llmops_kit.text` (sentences
and retrieval terms), the same layer the scorer and the index use.
"""

from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from typing import Any

from ..contract import Contract
from ..knowledge_base import get_index
from ..pii import mask
from ..text import retrieval_terms, split_sentences
from ..traces import Document

#: Customer questions the bot sees; ``True`` marks questions that trigger the order-status lookup.
QUERIES: tuple[tuple[str, bool], ...] = (
    ("How long do I have to return an item I bought?", False),
    ("Is there a fee for the prepaid return label?", False),
    ("Can I exchange my jacket for a different size?", False),
    ("When will I get my refund after sending a return?", False),
    ("My card was replaced, where does my refund go?", False),
    ("Can I return a Final Sale item?", False),
    ("How much does standard shipping cost?", False),
    ("Do you ship internationally, and who pays customs duties?", False),
    ("How do I track my order NW-{order}?", True),
    ("Can I cancel my order NW-{order}?", True),
    ("Please change the delivery address on order NW-{order}.", True),
    ("Tracking says order NW-{order} was delivered but I cannot find the parcel.", True),
    ("Order NW-{order} arrived damaged, what do I do?", True),
    ("Part of order NW-{order} is missing from the box.", True),
    ("Why was my payment declined?", False),
    ("Can I pay in instalments with Klarna?", False),
    ("How do I reset my password?", False),
    ("What does the product warranty cover?", False),
    ("Do you price match if an item goes on sale?", False),
    ("How do I use my Trailhead Rewards points?", False),
    ("How do I delete my account and personal data?", False),
    ("How should I wash my down jacket?", False),
    ("Which size should I order if I am between sizes?", False),
    ("I never got the order confirmation email for NW-{order}.", True),
)

_CARRIERS = ("UPS", "FedEx", "USPS")
_STATUSES = ("shipped", "in transit", "out for delivery", "processing")
_FIRST = ("alex", "sam", "jordan", "casey", "morgan", "riley", "taylor", "jamie")
_LAST = ("lee", "ng", "patel", "garcia", "smith", "khan", "novak", "silva")

_TIER = ("standard", "standard", "summit")
_CHANNELS = ("web", "web", "mobile")
STORE = "Northwind Outfitters"
_REFUSAL = (
    "I don't have that information in our help articles. I can connect you with a human agent who can help."
)
_GREETING = "As an AI assistant, I'd be happy to help!"
_FILLER = (
    "Most online retailers process these requests within a few business days.",
    "Many stores also offer store credit as an alternative, which is usually faster.",
    "It is always a good idea to keep your receipt and the original packaging.",
)
_INVENTED = (
    "Plus members also receive a {n}% loyalty bonus on every refund [{doc}].",
    "You can drop the parcel at any DHL ServicePoint within {n} hours for free [{doc}].",
    "We also add a ${n} goodwill voucher automatically to your account [{doc}].",
    "Our Platinum Concierge team guarantees a reply within {n} minutes [{doc}].",
)


@lru_cache(maxsize=512)
def _search(index: str, query: str, k: int) -> tuple[Document, ...]:
    return tuple(get_index(index).search(query, k=k))


def _best_sentences(query: str, doc: Document, count: int) -> list[str]:
    """The article sentences sharing most words with the question, in article order."""
    wanted = set(retrieval_terms(query))
    sentences = split_sentences(doc.content or "")
    ranked = sorted(range(len(sentences)), key=lambda i: (-len(wanted & set(retrieval_terms(sentences[i]))), i))
    return [sentences[i] for i in sorted(ranked[:count])]


def _cited(sentence: str, doc_id: str) -> str:
    return f"{sentence.rstrip('.')} [{doc_id}]."


# ---- one request -----------------------------------------------------------------------------------


class PlannedRequest:
    """Everything decided for one request before its spans are laid out on the clock."""

    def __init__(
        self, rng: random.Random, mode: str, query_tpl: str, needs_tool: bool, contract: Contract, u: float
    ) -> None:
        self.rng, self.mode, self.contract = rng, mode, contract
        self.u = u  # this request's stratified uniform draw for the LLM latency
        self.order_id = f"{rng.randint(4400000, 4499999)}"
        self.query = query_tpl.format(order=self.order_id)
        self.uses_tool = needs_tool or mode in ("tool_timeout", "pii_leak")
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        self.email = f"{first}.{last}{rng.randint(1, 99)}@example.com"
        self.tier = rng.choice(_TIER)
        self.channel = rng.choice(_CHANNELS)
        self.customer = f"cust-{rng.randint(10000, 39999)}"


def documents_for(req: PlannedRequest, index: str, k: int) -> list[Document]:
    """What retrieval returns for this request's mode: the real top-k, nothing, or unrelated articles."""
    if req.mode == "empty_retrieval":
        return []
    found = list(_search(index, req.query, k))
    if req.mode != "retrieval_mismatch":
        return found
    idx = get_index(index)
    floor = req.contract.retrieval.relevance_floor
    scored = idx.score(req.query, [a.id for a in idx.articles])
    wrong = [d for d in scored if (d.score or 0) < floor / 2 and d.id not in {f.id for f in found}]
    picked = req.rng.sample(wrong, k=min(k, len(wrong)))
    return sorted(picked, key=lambda d: (-(d.score or 0), d.id))


def tool_output_for(req: PlannedRequest) -> dict[str, Any]:
    """The order lookup's answer; contact details masked unless the mode is the PII leak."""
    return {
        "order_id": f"NW-{req.order_id}",
        "status": req.rng.choice(_STATUSES),
        "carrier": req.rng.choice(_CARRIERS),
        "estimated_delivery": f"2025-03-{req.rng.randint(11, 28)}",
        # the order service masks contact details before they reach the trace; the pii_leak mode is a
        # misconfigured service that returns them in clear
        "customer_email": req.email if req.mode == "pii_leak" else mask("email", req.email),
    }


def _free_numbers(req: PlannedRequest, docs: list[Document], tool_out: dict[str, Any] | None, count: int) -> list[int]:
    """Numbers that appear nowhere in what the model was given (so a claim using them is unsupported)."""
    given = " ".join([req.query, json.dumps(tool_out or {}), *(d.content or "" for d in docs)])
    seen = set(re.findall(r"\d+", given))
    free = [n for n in (15, 25, 45, 72, 36, 120, 90, 12) if str(n) not in seen]
    return req.rng.sample(free, k=min(count, len(free)))


def _invented(req: PlannedRequest, docs: list[Document], tool_out: dict[str, Any] | None, count: int) -> list[str]:
    """Confident claims with numbers and names no article supports, cited like real facts."""
    cite = docs[0].id if docs else "kb-001"
    templates = req.rng.sample(_INVENTED, k=count)
    numbers = _free_numbers(req, docs, tool_out, count)
    return [t.format(n=n, doc=cite) for t, n in zip(templates, numbers, strict=False)]


def answer_for(req: PlannedRequest, docs: list[Document], tool_out: dict[str, Any] | None) -> str:
    """The answer the bot writes in this mode, built from the articles and the order lookup it was given."""
    mode, rng = req.mode, req.rng
    if mode == "empty_retrieval":
        return _REFUSAL
    top = docs[0] if docs else None
    parts: list[str] = []
    if mode == "wrong_prompt_version":
        parts.append(_GREETING)
        if top is not None:
            parts.extend(_best_sentences(req.query, top, 2))
        parts.append(rng.choice(_FILLER))
        return " ".join(parts)
    if top is not None:
        # a model fed the wrong articles quotes one and fills the gap from its own guesses
        quoted = 1 if mode in ("hallucination", "retrieval_mismatch") else 2
        parts.extend(_cited(s, top.id) for s in _best_sentences(req.query, top, quoted))
    if mode in ("hallucination", "retrieval_mismatch"):
        parts.extend(_invented(req, docs, tool_out, 2))
    if tool_out is not None:
        if mode == "tool_timeout":
            parts.append(f"I couldn't reach the order system to check order NW-{req.order_id} right now.")
        else:
            status = (
                f"Order {tool_out['order_id']} is {tool_out['status']} with {tool_out['carrier']}, "
                f"estimated delivery {tool_out['estimated_delivery']}"
            )
            # v2.0 asks for a citation on every fact; the lookup has no article id, so the bot cites
            # the article it answered from
            parts.append(f"{status} [{top.id}]." if top is not None else status + ".")
        if mode == "pii_leak":
            parts.append(f"We sent the tracking details to {tool_out['customer_email']}.")
    return " ".join(parts) or _REFUSAL
