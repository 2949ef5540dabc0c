"""Write the six Chapter 7 course traces to traces/ch07_debug/ (run once; the JSON files are committed).

The story: Wednesday 2025-03-12, 08:00-09:00 UTC, the morning the three alerts fired. Six requests to
the Northwind Outfitters support bot, recorded the way its tracer records every request: a root chain
span ``support-chat``, the retriever span ``kb.search``, an order-lookup tool span when the customer
quotes an order number, and the answering LLM span ``llm.chat``, plus the scores logged afterwards
(user thumbs, the online answer-relevance evaluator).

What is computed, not typed:

- retrieved documents: real BM25 results from the packaged knowledge base (``llmops_kit.knowledge_base``),
  with the query router's category filter applied where the request recorded one;
- the prompt messages: the ``support-answer`` template of the recorded version, rendered with the
  registry's own ``format_context`` / ``format_tool_results``, so replay rebuilds exactly these messages;
- token usage: about 4 characters per token (``ceil(len / 4)``), plus 4 tokens of framing per chat
  message and 3 to prime the reply, applied the same way to every trace;
- cost: the contract's price table (a dated snapshot such as ``gpt-4o-2024-08-06`` is priced as its
  family, ``gpt-4o``);
- timings: integer milliseconds; the child spans run back to back inside the root span, so their
  durations add up exactly to the request latency. LLM time = time to first token
  (``300 ms + 0.05 ms per input token``) + output tokens x the request's decode time per token.

What is written by hand: the customer questions, the answers the model gave, tool results, decode
speeds and the logged scores. Nothing in a file names what went wrong with the request; the package's
detectors have to find it from the signals.

Usage: ``python tools/make_course_traces.py [--out traces/ch07_debug]``.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llmops_kit.contract import load_contract  # noqa: E402 - needs the repository on sys.path first
from llmops_kit.io import save_trace_record  # noqa: E402
from llmops_kit.knowledge_base import get_index  # noqa: E402
from llmops_kit.prompts import format_context, format_tool_results, get_prompt  # noqa: E402
from llmops_kit.traces import Span, Trace  # noqa: E402

SEED = 20250312
DAY = datetime(2025, 3, 12, tzinfo=timezone.utc)
STORE = "Northwind Outfitters"
MODEL = "gpt-4o-2024-08-06"
PROMPT_NAME = "support-answer"
INDEX = "kb-primary"
TOP_K = 4
RELEASE = "support-bot@2025.03.11"
TOOL_NAME = "order_status"
TOOL_TIMEOUT_MS = 3000
CHARS_PER_TOKEN = 4


@dataclass(frozen=True)
class ToolCall:
    """One order lookup: its arguments, and either a result or the error it ended with."""

    args: dict[str, Any]
    duration_ms: int
    result: dict[str, Any] | None = None
    error: tuple[str, str] | None = None


@dataclass(frozen=True)
class Request:
    """One customer request and everything production did with it."""

    filename: str  # where the trace is written; never stored inside the trace
    at: str  # HH:MM:SS.mmm UTC
    user: str
    query: str
    answer: str
    tier: str = "standard"
    channel: str = "web"
    prompt_version: str = "v2.0"
    categories: tuple[str, ...] | None = None  # the query router's category filter, when it set one
    retrieve_ms: int = 120
    tool: ToolCall | None = None
    ms_per_token: float = 9.0  # decode time per output token for this request
    scores: tuple[tuple[str, float, str, str | None], ...] = field(default_factory=tuple)


def count_tokens(text: str) -> int:
    """About 4 characters per token: close enough to tiktoken for English prose, and reproducible."""
    return max(1, math.ceil(len(text) / CHARS_PER_TOKEN))


def chat_input_tokens(messages: list[dict[str, str]]) -> int:
    """Prompt tokens of a chat request: each message's text plus 4 framing tokens, plus 3 to prime the reply."""
    return sum(count_tokens(m["content"]) + 4 for m in messages) + 3


# ---- the six requests ------------------------------------------------------------------------------

REQUESTS: tuple[Request, ...] = (
    Request(
        filename="trace-a-normal-success.json",
        at="08:04:17.352",
        user="cust-20931",
        tier="summit",
        query="I'd like to return or exchange an item from order NW-4471902. Is there a fee for the return label?",
        retrieve_ms=118,
        tool=ToolCall(
            args={"order_id": "NW-4471902"},
            duration_ms=214,
            result={
                "order_id": "NW-4471902",
                "status": "delivered",
                "delivered_on": "2025-03-08",
                "carrier": "UPS",
                "items": [{"sku": "NWT-BT-RDG-10", "name": "Ridgeline Waterproof Hiking Boots", "size": "10",
                           "quantity": 1, "final_sale": False}],
            },
        ),
        answer=(
            "Yes, you can. Order NW-4471902 was delivered, so the Ridgeline Waterproof Hiking Boots can still "
            "be exchanged for free within 30 days of delivery [kb-003]. Open Orders, choose the item, select "
            "Exchange and pick the new size or colour, and we email a prepaid exchange label with no label fee "
            "[kb-003]. If you prefer a refund, start a return instead: a return label fee of $5.95 is normally "
            "deducted from your refund, but the fee is waived for Trailhead Rewards Summit members [kb-002]."
        ),
        scores=(("user_feedback", 1.0, "user", None), ("answer_relevance", 0.94, "online-evaluator", None)),
    ),
    Request(
        filename="trace-b-retrieval-mismatch.json",
        at="08:19:42.806",
        user="cust-48812",
        channel="mobile",
        query="How do I reset my password? I never received the reset email.",
        categories=("orders",),
        retrieve_ms=131,
        answer=(
            "If an email from us has not arrived, check your spam or promotions folder and the email address on "
            "the order [kb-040]. If you checked out with an account, the order also appears under Orders as "
            "soon as it is placed [kb-040]. Support chat can resend a confirmation email at any time [kb-040]."
        ),
        ms_per_token=9.2,
        scores=(("user_feedback", 0.0, "user", "this is not what I asked"),
                ("answer_relevance", 0.31, "online-evaluator", None)),
    ),
    Request(
        filename="trace-c-wrong-prompt-ver.json",
        at="08:31:05.117",
        user="cust-11507",
        query="How do I return or exchange an item, and is there a fee for the return label?",
        prompt_version="v1.3",
        retrieve_ms=109,
        answer=(
            "As an AI assistant, I'd be happy to help! Returning or exchanging an item is easy. For a different "
            "size or colour, open Orders, choose the item and select Exchange; exchanges are free within 30 days "
            "of delivery and come with a prepaid exchange label. If you would rather have a refund, start a "
            "return and we email a prepaid UPS return label within 15 minutes. A return label fee of $5.95 is "
            "deducted from your refund, but the fee is waived for exchanges, for damaged or defective items and "
            "for Trailhead Rewards Summit members. Most retailers also give you an extra 90 days to return "
            "unworn items when you paid with a store credit card, so it is worth checking your card benefits "
            "too. Happy trails!"
        ),
        ms_per_token=8.8,
        scores=(("answer_relevance", 0.86, "online-evaluator", None),),
    ),
    Request(
        filename="trace-d-tool-timeout.json",
        at="08:38:51.640",
        user="cust-30266",
        query="Where is my order NW-4480215? It has not been delivered and the tracking has not updated.",
        retrieve_ms=126,
        tool=ToolCall(
            args={"order_id": "NW-4480215"},
            duration_ms=3002,
            error=("ToolTimeoutError", "order_status did not respond within 3000 ms (timeout_ms=3000); "
                                        "the request to order-service was cancelled"),
        ),
        answer=(
            "Sorry, I couldn't look up the status of order NW-4480215 right now because our order system did "
            "not respond. You can track the order yourself by signing in and opening Orders, or with the order "
            "number and your email address on the Track Order page [kb-012]. A status of Label Created means "
            "the carrier has not scanned the parcel yet [kb-012]. If tracking has not updated for 5 business "
            "days, contact us and we will open an investigation with the carrier [kb-012]."
        ),
        ms_per_token=8.6,
        scores=(("user_feedback", 0.0, "user", None), ("answer_relevance", 0.52, "online-evaluator", None)),
    ),
    Request(
        filename="trace-e-hallucination.json",
        at="08:47:26.093",
        user="cust-57140",
        query="Does the warranty cover a broken zipper, and how do I make a warranty claim?",
        retrieve_ms=122,
        answer=(
            "Yes, a failed zipper is a defect in materials and workmanship, so it is covered by our warranty, "
            "and a warranty repair or replacement is free of charge [kb-027]. Northwind Outfitters covers zippers "
            "for life, and every other product is covered for 6 years from the delivery date [kb-027]. To make a "
            "claim, open the Warranty Claim form under Help, enter your order number, describe the problem and "
            "upload up to 4 photos of the defect and the product label [kb-028]. Our product care team replies "
            "within 3 business days [kb-028]. A $15 inspection fee is "
            "charged when you submit the claim and refunded if it is approved [kb-028]. For a faster fix, you "
            "can also drop the item at any GearFix Repair partner store for a same-day repair [kb-028]."
        ),
        ms_per_token=8.2,
        scores=(("user_feedback", 1.0, "user", None), ("answer_relevance", 0.91, "online-evaluator", None)),
    ),
    Request(
        filename="trace-f-slow-response.json",
        at="08:55:13.478",
        user="cust-62094",
        query="My order NW-4479930 is on its way. If an item does not fit, how do I return or exchange it, "
        "and is there a fee for the return label?",
        retrieve_ms=176,
        tool=ToolCall(
            args={"order_id": "NW-4479930"},
            duration_ms=522,
            result={
                "order_id": "NW-4479930",
                "status": "in_transit",
                "estimated_delivery": "2025-03-14",
                "carrier": "UPS",
                "items": [
                    {"sku": "NWT-TN-2P", "name": "Northwind Trail 2P Tent", "quantity": 1, "final_sale": False},
                    {"sku": "NWT-SB-20F", "name": "Northwind Trail 20F Sleeping Bag", "quantity": 2,
                     "final_sale": False},
                ],
            },
        ),
        answer="",  # filled from SLOW_ANSWER below (long)
        ms_per_token=10.0,
        scores=(("answer_relevance", 0.88, "online-evaluator", None),),
    ),
)

SLOW_PARAGRAPHS = (
    """Thanks for your order! Your order NW-4479930 is in transit with UPS, and once it is delivered you have 30
    days to exchange any item for free [kb-003]. Here is how it works:""",
    "Exchanges:",
    """Size and colour exchanges are free within 30 days of delivery [kb-003]. To start one, open Orders, choose
    the item, select Exchange and pick the new size or colour [kb-003]. We then email you a prepaid exchange
    label, and there is no label fee for an exchange [kb-003]. Your replacement ships as soon as the carrier
    scans your return, so you do not have to wait for it to reach our warehouse [kb-003]. Each item can be
    exchanged once; after that, return it for a refund and place a new order [kb-003]. If the new size is out
    of stock, we refund the item instead [kb-003]. An exchange for a different product is handled as a return
    plus a new order [kb-003].""",
    "Refunds:",
    """To get your money back instead, start a return in Orders and we email a prepaid UPS return label within
    15 minutes [kb-002]. Print the label, pack the items securely (the original Northwind mailer can be reused)
    and drop the parcel at any UPS Access Point or UPS Store [kb-002]. Drop the parcel off within 14 days of
    creating the label, because after 14 days the label expires and you need to create a new one [kb-002]. You
    may also ship the return with another carrier at your own cost to Northwind Outfitters Returns, 2200
    Harbor Way, Reno, NV 89502 [kb-002].""",
    "Label fee:",
    """A return label fee of $5.95 is deducted from your refund [kb-002]. The fee is waived for exchanges, for
    items that arrived damaged or defective, and for Trailhead Rewards Summit members [kb-002].""",
    "Sizing:",
    """Each product page has a Size Guide link with body measurements in inches and centimetres [kb-037]. Our
    apparel follows US sizing [kb-037]. If you are between sizes, choose the larger size for jackets and
    layering pieces, and the smaller size for base layers, which are meant to fit close [kb-037]. Footwear runs
    true to size; for hiking boots, measure your feet in the afternoon while wearing hiking socks [kb-037].
    Customer reviews show a Fit rating from Runs Small to Runs Large, which can help you pick the size for an
    exchange [kb-037]. Exchanges for a different size are free within 30 days of delivery [kb-037].""",
    "Clearance items:",
    """Items marked Final Sale on the product page, usually clearance items discounted by 50% or more, cannot be
    returned or exchanged [kb-007]. The Final Sale label also appears in your order confirmation email
    [kb-007]. Final Sale items are still covered by our warranty against manufacturing defects [kb-007]. If a
    Final Sale item arrives damaged or you receive the wrong item, report it within 7 days of delivery and we
    will replace or refund it [kb-007].""",
    "Checklist:",
    """- Decide within 30 days of delivery whether to keep each item, because free exchanges end after 30 days
    [kb-003].""",
    """- For a different size or colour, select Exchange in Orders, so there is no label fee [kb-003].""",
    """- For a refund, start a return in Orders and expect the $5.95 return label fee to be deducted from your
    refund [kb-002].""",
    """- Check your order confirmation email for a Final Sale label before you send anything back [kb-007].""",
    """Hope this helps! If you have more questions once your order arrives, I can connect you with a human
    agent.""",
)
#: The slow request's answer: far longer than the 120 words the v2.0 prompt asks for.
SLOW_ANSWER = "\n\n".join(" ".join(p.split()) for p in SLOW_PARAGRAPHS).replace(":\n\n", ":\n")


# ---- building a trace ------------------------------------------------------------------------------


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _at(hms: str) -> datetime:
    clock = datetime.strptime(hms, "%H:%M:%S.%f")
    return DAY + timedelta(hours=clock.hour, minutes=clock.minute, seconds=clock.second,
                           microseconds=clock.microsecond)


def build_trace(request: Request, rng: random.Random) -> Trace:
    """One request as the production tracer recorded it."""
    contract = load_contract()
    names = contract.naming.span_names
    answer = request.answer or SLOW_ANSWER
    documents = get_index(INDEX).search(
        request.query, k=TOP_K, categories=set(request.categories) if request.categories else None
    )
    trace_id = _hex(rng, 32)
    ids = {kind: _hex(rng, 16) for kind in ("root", "retriever", "tool", "llm")}
    start = _at(request.at)

    def at(offset_ms: int) -> datetime:
        return start + timedelta(milliseconds=offset_ms)

    # retriever, then the order lookup (if any), then the model: back to back inside the root span
    clock = 0
    retrieval_attrs: dict[str, Any] = {"retrieval.index": INDEX, "retrieval.top_k": TOP_K}
    if request.categories:
        retrieval_attrs["retrieval.filter"] = {"category": list(request.categories)}
    spans: list[Span] = [
        Span(span_id=ids["retriever"], parent_id=ids["root"], name=names["retriever"], kind="retriever",
             start_time=at(clock), end_time=at(clock + request.retrieve_ms), input={"query": request.query},
             attributes=retrieval_attrs, documents=documents)
    ]
    clock += request.retrieve_ms
    tool_spans: list[Span] = []
    if request.tool is not None:
        call = request.tool
        failed = call.error is not None
        tool_span = Span(
            span_id=ids["tool"], parent_id=ids["root"], name=names["tool"].replace("<tool_name>", TOOL_NAME),
            kind="tool", start_time=at(clock), end_time=at(clock + call.duration_ms),
            status="error" if failed else "ok",
            error={"type": call.error[0], "message": call.error[1]} if call.error else None,
            input=call.args, output=call.result,
            attributes={"tool.name": TOOL_NAME, "tool.timeout_ms": TOOL_TIMEOUT_MS},
        )
        spans.append(tool_span)
        tool_spans.append(tool_span)
        clock += call.duration_ms

    template = get_prompt(PROMPT_NAME, request.prompt_version)
    variables = {"store_name": STORE, "customer_tier": request.tier}
    rendered = template.render({**variables, "question": request.query, "context": format_context(documents),
                                "tool_results": format_tool_results(tool_spans)})
    input_tokens = chat_input_tokens(rendered.messages)
    output_tokens = count_tokens(answer)
    price = contract.price(MODEL)
    if price is None:
        raise SystemExit(f"the contract has no price for {MODEL}; add it to model_prices")
    ttft_ms = round(300 + 0.05 * input_tokens)
    llm_ms = ttft_ms + round(output_tokens * request.ms_per_token)
    spans.append(
        Span(span_id=ids["llm"], parent_id=ids["root"], name=names["llm"], kind="llm", start_time=at(clock),
             end_time=at(clock + llm_ms), model=MODEL,
             model_parameters={"temperature": 0.2, "max_tokens": 1024},
             prompt={"name": PROMPT_NAME, "version": request.prompt_version, "variables": variables},
             messages=[*rendered.messages, {"role": "assistant", "content": answer}],
             usage={"input_tokens": input_tokens, "output_tokens": output_tokens},
             cost_usd=round(price.cost(input_tokens, output_tokens), 8),
             output={"content": answer, "finish_reason": "stop"},
             attributes={"llm.provider": "openai", "llm.time_to_first_token_ms": ttft_ms})
    )
    clock += llm_ms
    root = Span(span_id=ids["root"], name=names["chain"], kind="chain", start_time=at(0), end_time=at(clock),
                input={"query": request.query}, output={"answer": answer},
                attributes={"service.name": contract.service, "chat.channel": request.channel})
    scores = [
        {"name": name, "value": value, "source": source, **({"comment": comment} if comment else {}),
         **({"span_id": ids["llm"]} if source != "user" else {})}
        for name, value, source, comment in request.scores
    ]
    return Trace(
        trace_id=trace_id, name=contract.naming.trace_name, timestamp=start,
        session_id=f"sess-{_hex(rng, 12)}", user_id=request.user, environment="production", release=RELEASE,
        tags=["support", request.channel], metadata={"store": STORE, "customer_tier": request.tier},
        input={"query": request.query}, output={"answer": answer}, latency_ms=float(clock),
        spans=[root, *spans], scores=scores,
    )


def build_all() -> dict[str, Trace]:
    """File name -> trace, the same on every run (seeded ids, fixed timings)."""
    rng = random.Random(SEED)
    return {request.filename: build_trace(request, rng) for request in REQUESTS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "traces" / "ch07_debug"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    for filename, trace in build_all().items():
        save_trace_record(trace, out / filename)
        tokens = trace.usage.total_tokens if trace.usage else 0
        print(f"{filename}: {trace.trace_id} {trace.duration_ms:,.0f} ms, {tokens}"
              f" tokens, ${trace.cost_usd:.5f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
