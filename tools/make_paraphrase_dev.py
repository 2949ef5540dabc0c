"""Write the fact-free paraphrase dev set ``tests/data/paraphrase_dev`` (native traces, labels.csv, fragments.csv).

Content comes from ``tools/paraphrase_dev_content.py``; each answer becomes one request laid out by the shared
builder ``tools/holdout2_build.build`` with a healthy infrastructure shape (retriever scores over the contract's
relevance floor, the expected ``support-answer`` version, normal latency and tokens, no tool), so the only thing a
label is about is whether the answer is grounded. Seeded and deterministic: a second run writes the same bytes.
Before writing it refuses a set where an invented fragment is missing from its answer or present in an article,
the system prompt or the question, where a healthy answer carries a listed fragment, where a trace holds a
verdict-like key, or where an answer carries a digit, an e-mail address or a URL.

Usage: ``python tools/make_paraphrase_dev.py [--out DIR]``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_summary
from holdout2_build import Case, Retriever, build
from paraphrase_dev_content import DOMAINS

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tests" / "data" / "paraphrase_dev"
CONTRACT = REPO / "runbooks" / "observability_contract.json"
SEED = 20261204
HEALTHY_KINDS = ("paraphrase", "summary")
HALLUCINATION_KINDS = ("invented_condition", "invented_promise", "reversed", "overreach")
STRENGTHS = ("borderline", "clear", "blatant")
FORBIDDEN = ("label", "labels", "diagnosis", "verdict", "failure_mode", "codes", "finding", "findings", "healthy",
             "strength", "variation", "fragments", "hallucination")
FACTY = re.compile(r"\d|@|https?://|www\.")


def verdict_keys(value: Any, path: str = "") -> list[str]:
    """Paths of keys that would tell a reader the verdict (a forbidden name or ``expected_*``)."""
    return holdout_summary.verdict_keys(value, FORBIDDEN, path)


def items() -> list[dict[str, Any]]:
    """Every (domain, question, article ids, kind, answer, fragments, strength) in content order."""
    out = []
    for domain, d in DOMAINS.items():
        for q, (question, ids, answers) in enumerate(d["questions"]):
            for kind, text, frags, strength in answers:
                out.append({"domain": domain, "q": q, "question": question, "ids": ids, "kind": kind,
                            "answer": text, "fragments": list(frags), "strength": strength})
    return out


def check_content() -> None:
    """Refuse content that breaks the label conventions (see the module docstring)."""
    problems = []
    for domain, d in DOMAINS.items():
        seen = " ".join([d["system"], *(f"{t} {x}" for t, x in d["articles"].values())]).lower()
        all_frags = [f.lower() for _, _, answers in d["questions"] for a in answers for f in a[2]]
        for question, ids, answers in d["questions"]:
            if not ids or any(i not in d["articles"] for i in ids):
                problems.append(f"{domain}: {question!r} names unknown articles {ids}")
            kinds = [a[0] for a in answers]
            if sorted(set(kinds)) != sorted(HEALTHY_KINDS + HALLUCINATION_KINDS):
                problems.append(f"{domain}: {question!r} lacks a kind: {kinds}")
            for kind, text, frags, strength in answers:
                low = text.lower()
                if FACTY.search(text):
                    problems.append(f"{domain}: a digit, e-mail or URL in {text!r}")
                if kind in HEALTHY_KINDS:
                    if frags or strength:
                        problems.append(f"{domain}: healthy answer with fragments or strength: {text!r}")
                    for f in all_frags:
                        if f in low:
                            problems.append(f"{domain}: healthy answer carries fragment {f!r}: {text!r}")
                    continue
                if not frags or strength not in STRENGTHS:
                    problems.append(f"{domain}: {kind} answer without fragments or strength: {text!r}")
                for f in frags:
                    if f.lower() not in low:
                        problems.append(f"{domain}: fragment {f!r} not in its answer {text!r}")
                    if f.lower() in seen or f.lower() in question.lower():
                        problems.append(f"{domain}: fragment {f!r} is in the evidence, prompt or question")
    if problems:
        raise ValueError("paraphrase_dev content refused:\n" + "\n".join(problems))


def _case(it: dict[str, Any], rng: random.Random) -> Case:
    d = DOMAINS[it["domain"]]
    others = [i for i in d["articles"] if i not in it["ids"]]
    extra = rng.sample(others, rng.choice((1, 2)))
    top = sorted((round(rng.uniform(0.78, 0.94), 3) for _ in it["ids"]), reverse=True)
    rest = sorted((round(rng.uniform(0.55, 0.72), 3) for _ in extra), reverse=True)
    docs = list(zip(it["ids"], top, strict=True)) + list(zip(extra, rest, strict=True))
    return Case(domain=it["domain"], service=d["service"], question=it["question"], answer=it["answer"],
                articles=d["articles"], system=d["system"], retrievers=[Retriever(f"{it['domain']}-help", docs,
                ms=rng.randrange(90, 200))], prompt_version="v2.0", model="gpt-4o-mini",
                temperature=rng.choice((0.1, 0.2, 0.3)), duration_ms=rng.randrange(1500, 2400),
                tokens=rng.randrange(1450, 2050), context_in=rng.choice(("system", "user")),
                rerank=rng.random() < 0.2, feedback=rng.choice((None, None, None, 1.0)))


def rows() -> list[dict[str, Any]]:
    """Every trace with its label row, in a seeded shuffle that fixes the file numbers."""
    check_content()
    rng = random.Random(SEED)
    its = items()
    rng.shuffle(its)
    counters: dict[str, int] = {}
    out = []
    for n, it in enumerate(its):
        trace = build(_case(it, rng), n, rng)
        counters[it["domain"]] = counters.get(it["domain"], 0) + 1
        healthy = it["kind"] in HEALTHY_KINDS
        out.append({"file": f"native/{it['domain']}-{counters[it['domain']]:03d}.json", "trace": trace,
                    "domain": it["domain"], "codes": "" if healthy else "HALLUCINATION",
                    "strength": it["strength"], "variation": it["kind"], "format": "native",
                    "fragments": it["fragments"]})
    return out


def check_traces(rs: list[dict[str, Any]]) -> None:
    """Refuse traces with a verdict-like key or an unhealthy infrastructure shape."""
    floor = json.loads(CONTRACT.read_text(encoding="utf-8"))["retrieval"]["relevance_floor"]
    for r in rs:
        t = r["trace"]
        bad = verdict_keys(t)
        if bad:
            raise ValueError(f"{r['file']}: verdict-like keys {bad}")
        scores = [doc["score"] for s in t["spans"] if s["kind"] == "retriever" for doc in s["documents"]]
        if not scores or min(scores) < floor:
            raise ValueError(f"{r['file']}: a retriever score under the relevance floor")


def write(out: Path) -> list[dict[str, Any]]:
    """Write the set under ``out``: native traces, labels.csv and fragments.csv (HALLUCINATION rows only)."""
    rs = rows()
    check_traces(rs)
    (out / "native").mkdir(parents=True, exist_ok=True)
    for r in rs:
        (out / r["file"]).write_text(json.dumps(r["trace"], indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    fields = ["file", "domain", "codes", "strength", "variation", "format"]
    holdout_summary.write_labels(out, [{k: r[k] for k in fields} for r in rs])
    frag_rows = [{"file": r["file"], "fragments": " | ".join(r["fragments"])} for r in rs if r["fragments"]]
    holdout_summary.write_labels(out, frag_rows, "fragments.csv")
    written = {r["file"] for r in rs}
    for stale in [p for p in (out / "native").glob("*.json") if f"native/{p.name}" not in written]:
        stale.unlink()
    return rs


def summary(rs: list[dict[str, Any]]) -> str:
    """Counts by domain and variation, as printed into the README."""
    kinds = HEALTHY_KINDS + HALLUCINATION_KINDS
    lines = ["| domain | " + " | ".join(kinds) + " | healthy | HALLUCINATION | total |",
             "|---" * (len(kinds) + 4) + "|"]
    for domain in DOMAINS:
        mine = [r for r in rs if r["domain"] == domain]
        cells = [str(sum(r["variation"] == k for r in mine)) for k in kinds]
        h = sum(not r["codes"] for r in mine)
        lines.append(f"| {domain} | " + " | ".join(cells) + f" | {h} | {len(mine) - h} | {len(mine)} |")
    cells = [str(sum(r["variation"] == k for r in rs)) for k in kinds]
    h = sum(not r["codes"] for r in rs)
    lines.append("| **all** | " + " | ".join(cells) + f" | {h} | {len(rs) - h} | {len(rs)} |")
    st = {s: sum(r["strength"] == s for r in rs) for s in STRENGTHS}
    lines.append("")
    lines.append("HALLUCINATION strengths: " + ", ".join(f"{k} {v}" for k, v in st.items()) + ".")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else OUT
    rs = write(out)
    print(summary(rs))


if __name__ == "__main__":
    main(sys.argv[1:])
