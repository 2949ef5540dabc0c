"""Write the evidence traces of incident INC-2025-007 to traces/inc_2025_007/ (run once; files are committed).

The story (the brief's Task 5 scenario), Monday 2025-03-10, all times UTC:
08:14-09:14 gpt-4o-mini answers grounded questions; 09:15 a tone fine-tune of gpt-4o-mini
(``ft:gpt-4o-mini-2024-07-18:acme-support:tone-v3``) is deployed with the same prompt (support-answer
v2.0) and retrieval; from then on some of its answers add confident facts that the retrieved articles do
not contain; 11:20 the model is rolled back to gpt-4o-mini and answers are grounded again.

Everything a trace holds is what production would record: spans, retrieved documents (real BM25 results
from the packaged knowledge base), the rendered prompt, model, usage, cost from the contract's price
table, timings. Nothing in a file names the failure; the package's quality scorer and detectors find it
from the answer text and the context. The answers are written by hand (below) so they read like real
model output; which ones are sampled into each hour, and all timings, come from a seeded generator.

Usage: ``python tools/make_inc_traces.py [--out traces/inc_2025_007]``.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llmops_kit.contract import load_contract  # noqa: E402 - needs the repository on sys.path first
from llmops_kit.io import save_trace_record  # noqa: E402
from llmops_kit.knowledge_base import get_index  # noqa: E402
from llmops_kit.prompts import format_context, get_prompt  # noqa: E402
from llmops_kit.traces import Trace  # noqa: E402

SEED = 20250310
DAY = datetime(2025, 3, 10, tzinfo=timezone.utc)
BASE_MODEL = "gpt-4o-mini"
FT_MODEL = "ft:gpt-4o-mini-2024-07-18:acme-support:tone-v3"
STORE = "Northwind Outfitters"
PROMPT = ("support-answer", "v2.0")
INDEX = "kb-primary"
TOP_K = 4


@dataclass(frozen=True)
class Script:
    """One customer question and the answers each model gave to it in production."""

    query: str
    grounded: str  # gpt-4o-mini: plain, cited, from the articles
    ft_grounded: str  # tone-v3 on a good day: warmer wording, same facts
    ft_invented: str  # tone-v3 on a bad day: the same warmth plus facts no article states
    uncited: str = ""  # gpt-4o-mini's occasional answer with a claim left without its citation


SCRIPTS: tuple[Script, ...] = (
    Script(
        "How many days do I have to return an item I bought?",
        "You can return most items within 30 days of delivery for a refund to the original payment method "
        "[kb-001]. Items must be unworn, unwashed and have all tags attached [kb-001].",
        "Good news: you have 30 days from delivery to return most items for a refund to your original payment "
        "method [kb-001]. Items must be unworn, unwashed and in their original condition with all tags "
        "attached [kb-001].",
        "Good news: you have 30 days from delivery to return most items for a refund to your original payment "
        "method [kb-001]. Items from our Alpine collection even get an extended 45-day window, and we "
        "refund your original shipping too [kb-001].",
        "You can return most items within 30 days of delivery for a refund to the original payment method "
        "[kb-001]. Items must be unworn, unwashed and have all tags attached.",
    ),
    Script(
        "When will I get my refund after returning an order?",
        "We issue your refund within 3 business days after your return arrives at our Reno warehouse [kb-005]. "
        "Card refunds then take 5 to 10 business days to appear, and PayPal refunds 3 to 5 business days "
        "[kb-005].",
        "Once your return reaches our Reno warehouse, we issue the refund within 3 business days and email you "
        "[kb-005]. On a card it then takes 5 to 10 business days to show up [kb-005].",
        "Once your return reaches our Reno warehouse, we issue the refund within 3 business days [kb-005]. "
        "Card refunds are guaranteed to land within 48 hours after that, and you get a $10 credit if they "
        "take longer [kb-005].",
    ),
    Script(
        "Is there a fee for the return label?",
        "A return label fee of $5.95 is deducted from your refund [kb-002]. The fee is waived for exchanges, "
        "for items that arrived damaged or defective, and for Trailhead Rewards Summit members [kb-002].",
        "There is a $5.95 return label fee, taken off your refund [kb-002]. It is waived for exchanges, for "
        "damaged or defective items, and for Trailhead Rewards Summit members [kb-002].",
        "Return labels are free on every order over $50, so most customers never pay the fee [kb-002]. "
        "Below that, the label costs $2.50 and is refunded once FedEx scans your parcel [kb-002].",
    ),
    Script(
        "Can I change the delivery address after my order has shipped?",
        "Once the order has shipped, we can ask UPS to reroute the parcel to a new address in the same country "
        "for a $9 redirect fee [kb-014]. Rerouting adds 1 to 2 business days [kb-014].",
        "Yes, even after shipping we can ask UPS to reroute your parcel to a new address in the same country, "
        "for a $9 redirect fee [kb-014]. It adds 1 to 2 business days [kb-014].",
        "Absolutely, we can redirect your parcel to any address worldwide at no charge [kb-014]. "
        "Most redirects are completed within 3 hours and the parcel still arrives on its original date "
        "[kb-014].",
    ),
    Script(
        "How much does express shipping cost?",
        "Express shipping delivers in 2 business days for $14.99 [kb-009]. Trailhead Rewards Summit members "
        "get free express shipping on every order [kb-009].",
        "Express shipping is $14.99 and gets your order to you in 2 business days [kb-009]. If you are a "
        "Trailhead Rewards Summit member, express shipping is free on every order [kb-009].",
        "Express shipping is $9.99 and gets your order to you in 2 business days [kb-009]. Orders over "
        "$150 ship express for free, Saturdays included [kb-009].",
    ),
    Script(
        "My package says delivered but I can't find it. What should I do?",
        "Check around your property, with neighbours and with building reception, and wait 48 hours, because "
        "carriers sometimes mark parcels delivered before the final stop [kb-015]. If it still has not turned "
        "up, contact us within 14 days of the delivery date and we open a claim with the carrier [kb-015].",
        "Sorry about that! Please check around your property, with neighbours and with building reception, and "
        "give it 48 hours, since carriers sometimes mark parcels delivered early [kb-015]. If it is still "
        "missing, contact us within 14 days of the delivery date and we will open a claim with the carrier "
        "[kb-015].",
        "Sorry about that! We will ship a free replacement by overnight delivery right away, whatever the "
        "order value [kb-015]. You do not need to wait or file anything, and Northwind Protect covers the "
        "cost [kb-015].",
        "Check around your property, with neighbours and with building reception, and wait 48 hours [kb-015]. "
        "If it still has not turned up, contact us within 14 days and we open a claim with the carrier.",
    ),
    Script(
        "What is the warranty on a Northwind Trail tent?",
        "Tents, backpacks and sleeping bags from our own Northwind Trail line are covered for 5 years "
        "[kb-027]. The warranty covers defects in materials and workmanship, but not normal wear and tear "
        "[kb-027].",
        "Great choice! Northwind Trail tents are covered for 5 years against defects in materials and "
        "workmanship [kb-027]. Normal wear and tear is not covered [kb-027].",
        "Great choice! Northwind Trail tents come with a 25-year warranty that also covers storm and "
        "campfire damage [kb-027]. Claims are handled in person at any REI store [kb-027].",
    ),
    Script(
        "Can I use two promo codes on one order?",
        "Only one promo code can be used per order [kb-030]. Codes cannot be applied to gift cards, Final Sale "
        "items, shipping charges or previous orders [kb-030].",
        "Only one promo code works per order [kb-030]. Codes also cannot be used on gift cards, Final Sale "
        "items, shipping charges or previous orders [kb-030].",
        "You can combine up to 3 promo codes on one order [kb-030]. During the Spring Gear Days event, codes "
        "also work on Final Sale items [kb-030].",
    ),
    Script(
        "How do Trailhead Rewards points work?",
        "Members earn 1 point for every $1 spent on merchandise after discounts [kb-031]. Every 200 points "
        "become a $10 reward, which is valid for 60 days [kb-031].",
        "Happy to explain! You earn 1 point for every $1 you spend on merchandise after discounts [kb-031]. "
        "Every 200 points turn into a $10 reward, valid for 60 days [kb-031].",
        "Happy to explain! You earn 4 points for every $1 you spend, and points never expire [kb-031]. "
        "Every 100 points turn into a $15 reward [kb-031].",
    ),
    Script(
        "Can I pay in instalments with Klarna?",
        "Yes, with Klarna you can split orders between $35 and $1,000 into 4 interest-free payments taken "
        "every 2 weeks [kb-023]. The first payment is taken when the order ships [kb-023].",
        "Yes! With Klarna you can split orders between $35 and $1,000 into 4 interest-free payments, one "
        "every 2 weeks [kb-023]. The first payment is taken when your order ships [kb-023].",
        "Yes! With Klarna you can split any order into 4 interest-free payments [kb-023]. For orders over "
        "$2,000 Klarna also offers 24-month financing at 0% APR [kb-023].",
    ),
    Script(
        "How long does standard shipping take?",
        "Standard shipping within the contiguous United States takes 3 to 5 business days and costs $5.99, or "
        "is free on orders of $75 or more [kb-008]. Orders placed before 2 pm Eastern Time on a business day "
        "leave our warehouse the same day [kb-008].",
        "Standard shipping within the contiguous United States takes 3 to 5 business days [kb-008]. It costs "
        "$5.99, and it is free on orders of $75 or more [kb-008].",
        "Standard shipping takes 3 to 5 business days [kb-008]. It is free on every order over $35, and "
        "most parcels arrive within 48 hours in California [kb-008].",
    ),
    Script(
        "I forgot my password. How do I reset it?",
        "Select Sign In, then Forgot Password, and enter the email address on your account [kb-025]. The reset "
        "link arrives within 5 minutes and is valid for 30 minutes [kb-025].",
        "No problem! Select Sign In, then Forgot Password, and enter the email address on your account "
        "[kb-025]. The reset link arrives within 5 minutes and stays valid for 30 minutes [kb-025].",
        "No problem! Select Sign In, then Forgot Password, and we send a reset link [kb-025]. The link stays "
        "valid for 7 days, or you can reset it by phone through our 24/7 account hotline [kb-025].",
    ),
)


@dataclass(frozen=True)
class Phase:
    """A stretch of the day: which model served, how many requests we keep, how many answers invent facts."""

    start: str
    end: str
    model: str
    release: str
    requests: int
    invented: int = 0
    uncited: int = 0


PHASES: tuple[Phase, ...] = (
    Phase("08:14", "09:14", BASE_MODEL, "support-bot@2025.03.06", requests=11, uncited=1),
    Phase("09:15", "09:30", FT_MODEL, "support-bot@2025.03.10-tone-v3", requests=3, invented=1),
    Phase("09:30", "10:30", FT_MODEL, "support-bot@2025.03.10-tone-v3", requests=14, invented=5),
    Phase("10:30", "11:19", FT_MODEL, "support-bot@2025.03.10-tone-v3", requests=5, invented=3),
    Phase("11:21", "11:45", BASE_MODEL, "support-bot@2025.03.10-rollback", requests=9, uncited=1),
)

TIERS = ("standard", "standard", "standard", "summit")
CHANNELS = ("web", "web", "mobile")


def _at(hhmm: str) -> datetime:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    return DAY + timedelta(hours=hours, minutes=minutes)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _tokens(text: str) -> int:
    return max(1, round(len(text) / 4))


def build_trace(script: Script, answer: str, model: str, release: str, when: datetime,
                rng: random.Random) -> Trace:
    """One production request as the tracer recorded it."""
    contract = load_contract()
    tier = rng.choice(TIERS)
    documents = get_index(INDEX).search(script.query, k=TOP_K)
    template = get_prompt(*PROMPT)
    rendered = template.render({"question": script.query, "context": format_context(documents),
                                "tool_results": "(no lookup performed)", "store_name": STORE,
                                "customer_tier": tier})
    input_tokens = sum(_tokens(m["content"]) + 4 for m in rendered.messages) + 3
    output_tokens = _tokens(answer)
    price = contract.price(model)
    cost = round(price.cost(input_tokens, output_tokens), 8) if price else None
    speed = 110.0 if model == BASE_MODEL else 104.0
    retrieve_ms = rng.randint(70, 190)
    llm_ms = round((300 + 25 * input_tokens / 1000 + 1000 * output_tokens / speed) * rng.uniform(0.9, 1.15))
    start = when + timedelta(milliseconds=rng.randint(0, 999))

    def ms(offset: int) -> str:
        return (start + timedelta(milliseconds=offset)).isoformat()

    llm_start = 12 + retrieve_ms + rng.randint(4, 15)
    end = llm_start + llm_ms + rng.randint(8, 30)
    trace_id = f"tr-{when:%m%d-%H%M%S}-{_hex(rng, 6)}"
    session_id = f"sess-{_hex(rng, 10)}"
    channel = rng.choice(CHANNELS)

    def span_id(name: str) -> str:
        return hashlib.sha256(f"{trace_id}/{name}".encode()).hexdigest()[:16]

    ttft_ms = max(1, round(llm_ms - 1000 * output_tokens / speed))
    payload = {
        "trace_id": trace_id,
        "name": contract.naming.trace_name,
        "timestamp": start.isoformat(),
        "session_id": session_id,
        "user_id": f"u-{hashlib.sha256(f'{SEED}{trace_id}'.encode()).hexdigest()[:12]}",
        "environment": "production",
        "release": release,
        "tags": ["support", channel],
        "metadata": {"store": STORE, "region": "us-east-1", "customer_tier": tier},
        "input": {"query": script.query},
        "output": {"answer": answer},
        "latency_ms": float(end),
        "spans": [
            {"span_id": span_id("root"), "name": contract.naming.span_names["chain"], "kind": "chain",
             "start_time": ms(0), "end_time": ms(end), "input": {"query": script.query},
             "output": {"answer": answer},
             "attributes": {"service.name": contract.service, "chat.channel": channel}},
            {"span_id": span_id("retrieve"), "parent_id": span_id("root"),
             "name": contract.naming.span_names["retriever"], "kind": "retriever",
             "start_time": ms(12), "end_time": ms(12 + retrieve_ms), "input": {"query": script.query},
             "attributes": {"retrieval.index": INDEX, "retrieval.top_k": TOP_K},
             "documents": [d.model_dump(exclude_none=True) for d in documents]},
            {"span_id": span_id("generate"), "parent_id": span_id("root"), "name": contract.naming.span_names["llm"],
             "kind": "llm", "start_time": ms(llm_start), "end_time": ms(llm_start + llm_ms), "model": model,
             "model_parameters": {"temperature": 0.2, "max_tokens": 1024},
             "attributes": {"llm.provider": "openai", "llm.time_to_first_token_ms": ttft_ms},
             "prompt": {"name": PROMPT[0], "version": PROMPT[1],
                        "variables": {"store_name": STORE, "customer_tier": tier}},
             "messages": rendered.messages,
             "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
             "cost_usd": cost, "output": answer},
        ],
    }
    return Trace.model_validate(payload)


def build_all() -> list[Trace]:
    """Every evidence trace, in time order; the same list on every run (seeded)."""
    rng = random.Random(SEED)
    traces = []
    for phase in PHASES:
        start, end = _at(phase.start), _at(phase.end)
        span_s = int((end - start).total_seconds())
        moments = sorted(rng.sample(range(span_s), phase.requests))
        scripts = [SCRIPTS[i % len(SCRIPTS)] for i in rng.sample(range(len(SCRIPTS) * 3), phase.requests)]
        kinds = ["invented"] * phase.invented + ["uncited"] * phase.uncited
        kinds += ["normal"] * (phase.requests - len(kinds))
        rng.shuffle(kinds)
        for second, script, kind in zip(moments, scripts, kinds, strict=True):
            if kind == "uncited" and not script.uncited:
                script = next(s for s in SCRIPTS if s.uncited)
            if phase.model == BASE_MODEL:
                answer = script.uncited if kind == "uncited" else script.grounded
            else:
                answer = script.ft_invented if kind == "invented" else script.ft_grounded
            traces.append(build_trace(script, answer, phase.model, phase.release,
                                      start + timedelta(seconds=second), rng))
    return traces


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "traces" / "inc_2025_007"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    traces = build_all()
    for trace in traces:
        save_trace_record(trace, out / f"{trace.trace_id}.json")
    print(f"wrote {len(traces)} traces to {out.name}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
