"""Write the labelled evaluation set under tests/data/evalset/ (traces + a separate labels.csv).

The set measures the detectors on traces this project did not shape: six services unrelated to the course's
outdoor-gear store (``tools/evalset_finance.py``, ``tools/evalset_services.py``, written by hand for this
set), healthy requests in several answer styles plus near-miss controls, and failures of every finding code at
several strengths. Labels are the codes a careful on-call engineer reading the trace and the observability
contract would report; they live only in ``labels.csv``. File names are neutral (``<domain>-NNN.json``,
numbered in a seeded shuffle), so neither a file name nor a field tells the verdict.

Run: ``python tools/make_evalset.py [out_dir]``. Deterministic (seeded). A part of the set is exported through the real
Langfuse / LangSmith / OpenTelemetry SDK classes by ``tools/evalset_export.py`` when those SDKs are installed
(see that module); without them the committed exports are left as they are.
"""

from __future__ import annotations

import csv
import json
import random
import statistics
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_build import Variant, build
from evalset_cases import Case, Domain
from evalset_export import FOLDERS, export_format, sdks_available, write_export
from evalset_finance import BANK, INSURANCE, TELCO
from evalset_more import MORE
from evalset_services import GAMES, HOSPITAL, LIBRARY

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tests" / "data" / "evalset"
SEED = 20250616
DOMAINS: list[Domain] = [INSURANCE, LIBRARY, BANK, HOSPITAL, GAMES, TELCO]  # order fixes the seeded draws
SLA_MS = 5000  # runbooks/observability_contract.json latency.request_sla_ms

PHONES = {
    "insurance": ["+44 7700 900461", "07700 900461", "+44 (0)7700 900 461"],
    "library": ["(312) 555-0199", "+1 312 555 0199", "312.555.0199"],
    "bank": ["+49 151 23456789", "0151 23456789", "+49 (0)151 2345 6789"],
    "hospital": ["+91 98450 12345", "098450 12345", "+91-98450-12345"],
    "games": ["+1 206 555 0173", "(206) 555-0173", "206-555-0173"],
    "telco": ["+33 6 12 34 56 78", "06 12 34 56 78", "+33 (0)6 12 34 56 78"],
}
CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881", "3782 822463 10005",
         "6011 1111 1111 1117", "5105105105105100"]
IBANS = {"insurance": "GB82 WEST 1234 5698 7654 32", "bank": "DE89 3704 0044 0532 0130 00",
         "telco": "FR14 2004 1010 0505 0001 3M02 606"}
# the same public number as in the articles, written another way (not a leak)
CONTACT_ALT = {
    "insurance": "To go ahead, call us free on +44 800 157 0420 [kb-211].",
    "telco": "For a stolen phone the line is 01 99 00 34 99, open 24 hours a day [1].",
    "bank": "You can also block it by phone on 030 5557 1200, day or night.",
}
TOOL_DOWN = [
    "Sorry, I couldn't reach our records system just now, so I can't see the current status. Please try again "
    "in a few minutes, or I can pass you to a colleague.",
    "I'm sorry, the lookup didn't respond, so I can't check that for you right now. A colleague can look it up "
    "for you if you'd like.",
]
AI_OPENER = "As an AI assistant, I'd be happy to help! "


def first_answer(case: Case) -> str:
    return next(iter(case.answers.values()))


def swapped(case: Case, which: list[int]) -> str:
    """The first answer style that contains the swapped texts, with them replaced by wrong values."""
    for text in case.answers.values():
        if all(case.swaps[i][0] in text for i in which):
            for i in which:
                text = text.replace(case.swaps[i][0], case.swaps[i][1], 1)
            return text
    raise ValueError(f"no answer of {case.query!r} contains all swaps {which}")


def offtopic(domain: Domain, case: Case) -> list[str]:
    used = {d for d, _ in case.docs}
    return [d for d in domain.docs if d not in used][:3]


class Plan:
    """Collects (domain, case, variant, codes, strength, variation) rows for one domain."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(self, domain: Domain, case: Case, v: Variant, codes: list[str], strength: str, variation: str) -> None:
        self.rows.append({"domain": domain, "case": case, "variant": v, "codes": codes, "strength": strength,
                          "variation": variation})


def healthy_rows(plan: Plan, d: Domain, rng: random.Random) -> None:
    for case in d.cases:
        for style, text in case.answers.items():
            plan.add(d, case, Variant(text, case.docs), [], "", f"healthy/{style}")
    c = d.cases
    plan.add(d, c[0], Variant(first_answer(c[0]), c[0].docs, target_ms=rng.randrange(4700, 4990)), [], "control",
             "latency just under the SLA")
    plan.add(d, c[1], Variant(first_answer(c[1]), c[1].docs, tool_ms=rng.randrange(2800, 2960)), [], "control",
             "tool just under its timeout")
    plan.add(d, c[1], Variant(c[1].tool_only or "", None, id_trap=True), [], "control",
             "no retriever, answer grounded in the tool result")
    plan.add(d, c[2], Variant(first_answer(c[2]), c[2].docs, prompt_version=rng.choice(["7", "production"])), [],
             "control", "prompt version given by its alias")
    low = [(doc, round(s * 0.6, 2) if i else round(rng.uniform(0.5, 0.56), 2)) for i, (doc, s) in enumerate(c[3].docs)]
    plan.add(d, c[3], Variant(first_answer(c[3]), low), [], "control", "best relevance just above the floor")
    plan.add(d, c[4], Variant(first_answer(c[4]), c[4].docs, fallback_retriever=True), [], "control",
             "first retriever empty, fallback retriever found the articles")
    plan.add(d, c[0], Variant(first_answer(c[0]), c[0].docs, query_suffix=" (paying with the card ending 1111)",
                              id_trap=True), [], "control", "masked card number and Luhn-valid digit runs in ids")
    plan.add(d, c[2], Variant(list(c[2].answers.values())[-1], c[2].docs, history_turns=2), [], "control",
             "chat with earlier turns: more tokens, no spike")
    plan.add(d, c[1], Variant(first_answer(c[1]), c[1].docs, tool="slow_ok", tool_ms=rng.randrange(1900, 2500)), [],
             "control", "slow but successful tool")
    if d.key in CONTACT_ALT:
        case = next(x for x in c if "contact" in x.answers)
        plan.add(d, case, Variant(CONTACT_ALT[d.key], case.docs), [], "control",
                 "public number from the articles, written in another format")


def failure_rows(plan: Plan, d: Domain, di: int, rng: random.Random) -> None:
    c = d.cases
    pick = lambda k: c[(k + di) % len(c)]  # noqa: E731 - rotate which request each failure uses per domain
    tool_case = c[1]
    # retrieval
    plan.add(d, pick(0), Variant(d.refusal, []), ["EMPTY_RETRIEVAL"], "borderline", "empty retrieval, refusal")
    case = pick(2) if pick(2) is not tool_case else pick(3)
    plan.add(d, case, Variant(first_answer(case), []), ["EMPTY_RETRIEVAL", "HALLUCINATION"], "blatant",
             "empty retrieval, answer with facts from nowhere")
    case = pick(3) if pick(3) is not tool_case else pick(4)
    docs = [(doc, round(rng.uniform(0.4, 0.49) - 0.05 * i, 2)) for i, doc in enumerate(offtopic(d, case))]
    plan.add(d, case, Variant(d.refusal, docs), ["RETRIEVAL_MISMATCH"], "borderline",
             "off-topic articles just below floor")
    case = pick(4) if pick(4) is not tool_case else pick(0)
    docs = [(doc, round(rng.uniform(0.05, 0.25), 2)) for doc in offtopic(d, case)]
    if di % 2:
        plan.add(d, case, Variant(case.invented, docs), ["RETRIEVAL_MISMATCH", "HALLUCINATION"], "blatant",
                 "off-topic articles, invented answer")
    else:
        plan.add(d, case, Variant(d.refusal, docs), ["RETRIEVAL_MISMATCH"], "blatant", "off-topic articles, refusal")
    if di in (0, 3):
        case = c[0]
        docs = [(doc, round(rng.uniform(0.55, 0.62) - 0.04 * i, 2)) for i, doc in enumerate(offtopic(d, case))]
        plan.add(d, case, Variant(d.refusal, docs), ["RETRIEVAL_MISMATCH"], "semantic",
                 "off-topic articles with mid scores (only reading them shows the mismatch)")
    # prompt version
    case = pick(1)
    plan.add(d, case, Variant(first_answer(case), case.docs, prompt_version="v1.9"), ["WRONG_PROMPT_VERSION"],
             "borderline", "previous minor version, answer still fine")
    case = pick(2)
    old = "6" if di % 2 else "v1.3"
    plan.add(d, case, Variant(AI_OPENER + first_answer(case), case.docs, prompt_version=old),
             ["WRONG_PROMPT_VERSION"], "blatant", f"old template {old} (banned opener)")
    # tools
    t = tool_case
    plan.add(d, t, Variant(TOOL_DOWN[0], t.docs, tool="timeout", tool_timeout_ms=1500, tool_ms=1500,
                           tool_error=("DeadlineExceeded", "deadline of 1500 ms exceeded")),
             ["TOOL_TIMEOUT"], "borderline", "tool stopped exactly at its 1500 ms timeout")
    plan.add(d, t, Variant(TOOL_DOWN[1], t.docs, tool="timeout", tool_ms=rng.randrange(3001, 3060)),
             ["TOOL_TIMEOUT"], "clear", "tool timed out at 3000 ms")
    plan.add(d, t, Variant(TOOL_DOWN[0], t.docs, tool="timeout_retry", tool_ms=3000 + rng.randrange(2, 40)),
             ["TOOL_TIMEOUT", "LATENCY_SLA_BREACH"], "blatant", "tool timed out twice (retried), request too slow")
    plan.add(d, t, Variant(TOOL_DOWN[1], t.docs, tool="error", tool_ms=rng.randrange(40, 160),
                           tool_error=("HTTPStatusError", "503 Service Unavailable from records-api")),
             ["TOOL_ERROR"], "clear", "tool returned 503")
    plan.add(d, t, Variant(t.tool_contradiction or t.invented, t.docs, tool="error", tool_ms=rng.randrange(60, 200),
                           tool_error=("InternalServerError", "500: NullPointerException in StatusMapper.map")),
             ["TOOL_ERROR", "HALLUCINATION"], "blatant", "tool failed, answer states a status anyway")
    if di in (1, 4):
        plan.add(d, t, Variant(TOOL_DOWN[0], t.docs, tool="soft_error",
                               tool_error=("", "upstream 503: records backend unavailable")),
                 ["TOOL_ERROR"], "hidden", "tool span ok but its payload is an error")
    # hallucination
    case = pick(0)
    plan.add(d, case, Variant(swapped(case, [0]), case.docs), ["HALLUCINATION"], "borderline",
             "one amount/number contradicts the article")
    case = pick(3)
    plan.add(d, case, Variant(swapped(case, [1]), case.docs), ["HALLUCINATION"], "borderline",
             "one figure contradicts the article")
    case = pick(4)
    plan.add(d, case, Variant(swapped(case, [0, 1]) + " " + case.invented, case.docs), ["HALLUCINATION"], "blatant",
             "two contradicted figures and an invented entity")
    case = pick(2)
    plan.add(d, case, Variant(first_answer(case) + " " + case.invented, case.docs), ["HALLUCINATION"], "clear",
             "correct answer plus an invented claim")
    plan.add(d, t, Variant(t.tool_contradiction or "", t.docs), ["HALLUCINATION"], "clear",
             "answer contradicts the tool result")
    # latency
    case = pick(1)
    plan.add(d, case, Variant(first_answer(case), case.docs, target_ms=rng.randrange(5020, 5450)),
             ["LATENCY_SLA_BREACH"], "borderline", "just above the SLA")
    case = pick(3)
    plan.add(d, case, Variant(first_answer(case), case.docs, target_ms=rng.randrange(8500, 16000),
                              slow_part="retriever" if di % 2 else "llm"),
             ["LATENCY_SLA_BREACH"], "blatant", "far above the SLA")
    # cost: targets are set against the healthy median in main()
    case = pick(0)
    plan.add(d, case, Variant(first_answer(case), case.docs, llm_calls=-(3 + di % 2)), ["COST_SPIKE"], "clear",
             "retry loop of near-identical LLM calls")
    plan.add(d, pick(2), Variant(first_answer(pick(2)), pick(2).docs, history_turns=-3), ["COST_SPIKE"], "borderline",
             "tokens about 3x the healthy median (S4), one call")
    plan.add(d, t, Variant(first_answer(t), t.docs, tool_rows=-8), ["COST_SPIKE"], "blatant",
             "huge tool payload in the prompt, about 8x the healthy median")
    # personal data
    phones = PHONES[d.key]
    case = pick(3)
    plan.add(d, case, Variant(first_answer(case), case.docs, query_suffix=f" You can reach me on {phones[1]}."),
             ["PII_LEAK"], "borderline", "customer's phone in the logged question")
    case = pick(4)
    plan.add(d, case, Variant(first_answer(case), case.docs, query_suffix=f" Please call me back on {phones[0]}.",
                              answer_suffix=f" I've noted {phones[0]} as your callback number."),
             ["PII_LEAK"], "clear", "customer's phone echoed in the answer")
    plan.add(d, t, Variant(t.answers["tool"], t.docs, tool_input_extra={"customer_email": d.customer_email}),
             ["PII_LEAK"], "borderline", "customer's e-mail logged in a tool input")
    case = pick(1)
    plan.add(d, case, Variant(first_answer(case), case.docs, query_suffix=f" My email is {d.customer_email}.",
                              answer_suffix=f" I've noted {d.customer_email} for our reply."),
             ["PII_LEAK"], "clear", "customer's e-mail echoed in the answer")
    case = pick(0)
    if d.key in IBANS:
        iban = IBANS[d.key]
        plan.add(d, case, Variant(first_answer(case), case.docs, query_suffix=f" Refunds should go to {iban}.",
                                  answer_suffix=f" I've noted that you'd like refunds paid to {iban}."),
                 ["PII_LEAK"], "blatant", "IBAN in the question and the answer")
    card = CARDS[di]
    plan.add(d, case, Variant(first_answer(case), case.docs, query_suffix=f" My card {card} was charged for it.",
                              answer_suffix=f" I can see the card {card} you mentioned."),
             ["PII_LEAK"], "blatant", "full card number in the question and the answer")
    plan.add(d, pick(2), Variant(first_answer(pick(2)), pick(2).docs, query_suffix=f" my number is {phones[2]}"),
             ["PII_LEAK"], "borderline", "customer's phone in another national format")


def tokens(trace: dict[str, Any]) -> int:
    return sum(s["usage"]["total_tokens"] for s in trace["spans"] if s["kind"] == "llm")


def duration_ms(trace: dict[str, Any]) -> float:
    root = trace["spans"][0]
    parse = lambda x: datetime.fromisoformat(x.replace("Z", "+00:00"))  # noqa: E731
    return (parse(root["end_time"]) - parse(root["start_time"])).total_seconds() * 1000


def retry_loop(row: dict[str, Any], seed: str, start: datetime, median: float) -> dict[str, Any]:
    """3 or 4 near-identical calls (the variant's count first) whose tokens come to 2.8-4x the healthy median."""
    v: Variant = row["variant"]
    for calls in (-v.llm_calls, 7 + v.llm_calls):  # 3 -> (3, 4); 4 -> (4, 3)
        trace = build(row["domain"], row["case"], replace(v, llm_calls=calls), seed, start)
        if 2.8 <= tokens(trace) / median <= 4.0:
            row["variant"] = replace(v, llm_calls=calls)
            return trace
    raise ValueError(f"no retry loop of 3 or 4 calls lands at 2.8-4x the median for {row['case'].query!r}")


def grow(row: dict[str, Any], seed: str, start: datetime, target: float) -> dict[str, Any]:
    """Add history turns or tool rows (whichever the variant asks for) until the tokens reach ``target``."""
    v: Variant = row["variant"]
    key = "history_turns" if v.history_turns < 0 else "tool_rows"
    for n in range(1, 1200, 2 if key == "history_turns" else 10):
        trial = replace(v, **{key: n})
        trace = build(row["domain"], row["case"], trial, seed, start)
        if tokens(trace) >= target:
            row["variant"] = trial
            return trace
    raise ValueError(f"could not reach {target} tokens for {row['variation']}")


def more_rows(per_domain: dict[str, int]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The requests of ``evalset_more`` (supported and contradicted answer each), shuffled with their own seed
    and appended, so the main set's files stay as they were."""
    rng = random.Random(SEED + 1)
    domains = {d.key: d for d in DOMAINS}
    rows = []
    for key, evidence, case, wrong in MORE:
        ok = Variant(case.answers["ok"], case.docs)
        rows.append({"domain": domains[key], "case": case, "variant": ok, "codes": [], "strength": "control",
                     "variation": f"answer grounded in the {evidence}"})
        rows.append({"domain": domains[key], "case": case, "variant": Variant(wrong, case.docs),
                     "codes": ["HALLUCINATION"], "strength": "borderline",
                     "variation": f"answer contradicts the {evidence}"})
    rng.shuffle(rows)
    built = []
    for n, row in enumerate(rows):
        d: Domain = row["domain"]
        per_domain[d.key] += 1
        start = datetime.fromisoformat(d.start).replace(tzinfo=timezone.utc) + timedelta(
            minutes=7 * per_domain[d.key], seconds=rng.randrange(60))
        row["variant"] = replace(row["variant"], id_trap=rng.random() < 0.12)
        built.append((row, build(d, row["case"], row["variant"], f"evalset/{SEED}/more/{n}", start)))
    return built


def main(out: Path = OUT) -> None:
    """Write the set under ``out`` (the committed folder by default)."""
    rng = random.Random(SEED)
    plan = Plan()
    for di, d in enumerate(DOMAINS):
        healthy_rows(plan, d, rng)
        failure_rows(plan, d, di, rng)
    rng.shuffle(plan.rows)
    for row in plan.rows:  # random ids with Luhn-valid digit runs, whatever the label
        if not row["variant"].id_trap and rng.random() < 0.12:
            row["variant"] = replace(row["variant"], id_trap=True)
    built: list[tuple[dict[str, Any], dict[str, Any]] | None] = []
    deferred = []
    per_domain: dict[str, int] = {}
    for n, row in enumerate(plan.rows):
        d: Domain = row["domain"]
        per_domain[d.key] = per_domain.get(d.key, 0) + 1  # one working day per domain, a request every ~7 min
        start = datetime.fromisoformat(d.start).replace(tzinfo=timezone.utc) + timedelta(
            minutes=7 * per_domain[d.key], seconds=rng.randrange(60))
        seed = f"evalset/{SEED}/{n}"
        v: Variant = row["variant"]
        if v.history_turns < 0 or v.tool_rows < 0 or v.llm_calls < 0:  # cost spikes: sized against the median
            deferred.append((n, row, seed, start))
            built.append(None)
            continue
        built.append((row, build(d, row["case"], v, seed, start)))
    median = statistics.median(tokens(item[1]) for item in built if item is not None and not item[0]["codes"])
    for n, row, seed, start in deferred:
        if row["variant"].llm_calls < 0:
            built[n] = (row, retry_loop(row, seed, start, median))
            continue
        factor = -(row["variant"].history_turns or row["variant"].tool_rows)
        built[n] = (row, grow(row, seed, start, median * factor))
    done = [item for item in built if item is not None]
    done += more_rows(per_domain)
    check(done, median)
    write(done, out)
    print(f"{len(done)} traces, healthy median {median:.0f} tokens, "
          f"{sum(not r['codes'] for r, _ in done)} healthy")


def check(built: list[tuple[dict[str, Any], dict[str, Any]]], median: float) -> None:
    """The labels agree with the contract's definitions where those are numeric (latency, tokens), and the
    customer's own contact and payment data appears in a trace exactly when it is labelled PII_LEAK."""
    for row, trace in built:
        d: Domain = row["domain"]
        personal = [*PHONES[d.key], d.customer_email, *CARDS, *IBANS.values()]
        text = json.dumps(trace, ensure_ascii=False)
        if any(p in text for p in personal) != ("PII_LEAK" in row["codes"]):
            raise ValueError(f"{row['variation']}: customer data in the trace disagrees with its label")
        slow = duration_ms(trace) > SLA_MS
        if slow != ("LATENCY_SLA_BREACH" in row["codes"]):
            raise ValueError(f"{row['variation']}: duration {duration_ms(trace):.0f} ms disagrees with its label")
        ratio = tokens(trace) / median
        if "COST_SPIKE" in row["codes"] and ratio < 2.8:
            raise ValueError(f"{row['variation']}: only {ratio:.2f}x the median tokens")
        if "COST_SPIKE" not in row["codes"] and ratio > 2.0:
            raise ValueError(f"{row['variation']}: {ratio:.2f}x the median tokens without a spike label")


def write(built: list[tuple[dict[str, Any], dict[str, Any]]], out: Path) -> None:
    native = out / "native"
    native.mkdir(parents=True, exist_ok=True)
    for old in native.glob("*.json"):
        old.unlink()
    if sdks_available():  # rewritten below; without the SDKs the committed exports stay
        for folder in set(FOLDERS.values()):
            for old in (out / folder).glob("*.json"):
                old.unlink()
    counters: dict[str, int] = {}
    labels = []
    for n, (row, trace) in enumerate(built):
        d = row["domain"]
        counters[d.key] = counters.get(d.key, 0) + 1
        stem = f"{d.key}-{counters[d.key]:03d}"
        fmt = export_format(n, trace)
        if fmt is None:
            rel = f"native/{stem}.json"
            (out / rel).write_text(json.dumps(trace, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            rel = write_export(fmt, trace, out, stem)
        labels.append({"file": rel, "domain": d.key, "codes": ";".join(row["codes"]), "strength": row["strength"],
                       "variation": row["variation"], "format": fmt or "native"})
    with (out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["file", "domain", "codes", "strength", "variation", "format"])
        writer.writeheader()
        writer.writerows(labels)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
