"""Write tests/data/cost_pii_dev/: a small hand-written development set for the cost and personal-data
rules (a bicycle-rental help desk, unrelated to the course store and to the evaluation set).

Each trace varies one thing from a healthy request; the expected codes live in ``labels.csv`` only,
never in a trace. Deterministic: ``python tools/make_cost_pii_dev.py`` rewrites the same files.
"""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from llmops_kit.io import save_trace_record
from llmops_kit.traces import Trace

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "cost_pii_dev"
T0 = datetime(2025, 6, 2, 14, 0, tzinfo=timezone.utc)
ARTICLE = ("Rentals can be extended in the app until 8 pm on the day they end. A late return costs 5 EUR per "
           "hour. Our desk is open daily on +44 20 7946 0321 and at desk@spokeshare.example.")
SYSTEM = "Answer from the articles only and cite them as [kb-NNN]."


def at(ms: float) -> str:
    return (T0 + timedelta(milliseconds=ms)).isoformat()


def trace(name: str, *, query: str = "Can I keep my bike longer?",
          answer: str = "Yes, extend the rental in the app until 8 pm on its last day [kb-101].",
          calls: list[tuple[str, int, int, float]] | None = None, tool_output: Any = None,
          article: str = ARTICLE, attributes: dict[str, Any] | None = None, span_ids: list[str] | None = None,
          ) -> dict[str, Any]:
    """One request: root, retriever, optional tool, LLM call(s) given as (user text, in, out, cost)."""
    calls = calls or [(f"Articles: {article}\nQuestion: {query}", 1_350, 120, 0.0046)]
    ids = span_ids or ["root", "kb", "tool", *(f"llm{i}" for i in range(len(calls)))]
    spans: list[dict[str, Any]] = [
        {"span_id": ids[0], "name": "desk-chat", "kind": "chain", "start_time": at(0), "end_time": at(2400),
         "input": {"query": query}, "output": {"answer": answer}, "attributes": attributes or {}},
        {"span_id": ids[1], "parent_id": ids[0], "name": "kb.search", "kind": "retriever", "start_time": at(5),
         "end_time": at(150), "documents": [{"id": "kb-101", "content": article, "score": 0.82}]},
    ]
    if tool_output is not None:
        spans.append({"span_id": ids[2], "parent_id": ids[0], "name": "tool.rentals", "kind": "tool",
                      "start_time": at(150), "end_time": at(400), "output": tool_output})
    clock = 400.0
    for i, (text, tokens_in, tokens_out, cost) in enumerate(calls):
        spans.append({"span_id": ids[3 + i], "parent_id": ids[0], "name": "llm.chat", "kind": "llm",
                      "start_time": at(clock), "end_time": at(clock + 500), "model": "gpt-4o",
                      "prompt": {"name": "support-answer", "version": "v2.0"},
                      "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
                      "usage": {"input_tokens": tokens_in, "output_tokens": tokens_out}, "cost_usd": cost,
                      "output": answer})
        clock += 500
    return {"trace_id": f"dev-{name}", "name": "desk-chat", "timestamp": at(0), "input": {"query": query},
            "output": {"answer": answer}, "spans": spans}


def cases() -> list[tuple[str, dict[str, Any], str, str]]:
    """(file stem, trace, expected codes, what varies)."""
    prompt = f"Articles: {ARTICLE}\nQuestion: Can I keep my bike longer?"
    hexid = "4bf92f3577b34da6" + "4111111111111111"  # a Luhn-valid Visa-shaped run inside a hex id
    return [
        ("healthy", trace("healthy"), "", "one call, 1,470 tokens"),
        ("retry-3", trace("retry-3", calls=[(prompt, 1_500, 110, 0.0049)] * 3), "COST_SPIKE",
         "three identical calls, 4,830 tokens (under 3x the normal request)"),
        ("retry-4-noted", trace("retry-4-noted", calls=[
            (prompt + ("" if i == 0 else f"\n(retry {i}: the rentals tool did not answer)"), 1_420, 100, 0.0046)
            for i in range(4)]), "COST_SPIKE", "four calls, each with a retry note appended"),
        ("agent-steps", trace("agent-steps", calls=[
            ("Plan the lookup for rental R-20931 and pick a tool.", 900, 60, 0.0029),
            ("Tool rentals.get returned: bike 77, ends 18:00, late fee 5 EUR per hour. Summarise for the rider.",
             1_100, 90, 0.0037),
            ("Write the final reply about extending the rental to 8 pm, citing kb-101.", 1_300, 120, 0.0045)]),
         "", "three calls with different inputs (an agent's steps), 3,570 tokens"),
        ("long-history", trace("long-history", calls=[(prompt + " Earlier turns: ..." * 600, 5_300, 150, 0.0148)]),
         "COST_SPIKE", "one call resending a long history, 5,450 tokens"),
        ("tool-email", trace("tool-email", tool_output={"rider": "Ola Nordmann", "email": "ola.n@posteo.example"}),
         "PII_LEAK", "the rentals tool returns the rider's e-mail"),
        ("public-phone-other-format", trace("public-phone-other-format",
                                            answer="Call the desk on 020 7946 0321 [kb-101]."),
         "", "the article's desk number, written in UK national format"),
        ("hex-ids", trace("hex-ids", attributes={"otel.trace_id": hexid, "request.uuid":
                                                 "550e8400-e29b-41d4-a716-4111111111111111",
                                                 "order_id": "4111111111111111"},
                          span_ids=["4111111111111111", "00f067aa0ba902b7", "tool", "a3ce929d0e0e4736"]),
         "", "Luhn-valid card-shaped runs inside a hex id, a UUID, an order id and a span id"),
        ("iban", trace("iban", query="Refund the deposit to NL91 ABNA 0417 1643 00 please"), "PII_LEAK",
         "the rider's IBAN in the question"),
        ("intl-phone", trace("intl-phone", query="Text me on +49 30 901820 when the bike is ready"), "PII_LEAK",
         "the rider's German number in international format"),
        ("masked-card", trace("masked-card", answer="We refunded the card ending 1111 [kb-101]."), "",
         "a masked card number"),
    ]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for stem, data, codes, variation in cases():
        save_trace_record(Trace.model_validate(data), OUT / f"{stem}.json")
        rows.append({"file": f"{stem}.json", "codes": codes, "variation": variation})
    with (OUT / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["file", "codes", "variation"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} traces and labels.csv to {OUT}")


if __name__ == "__main__":
    main()
