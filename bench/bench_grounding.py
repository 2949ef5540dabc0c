"""Groundedness on the data it was tuned on and on data held out from tuning, side by side.

Prints: the dev fixtures (``tests/data/grounding_dev``: several domains, paraphrases, markdown, tool
results, number words, contradictions; labels apart from the cases), HaluEval QA items 0-199 (the dev
split the contract's ``lexical_support`` and ``semantic_support`` were chosen on) and items 200-499 (held
out, never looked at while tuning), HALLUCINATION as the detector decides it (groundedness below
``quality.groundedness_floor``, or any claim fabricated outright: a hard fact contradicted or absent, a status
the tool did not return, subject matter found nowhere) as the positive class, then how many claims each step
decided, and the CPU time of groundedness per trace (``detect_hallucination`` on generated traces never seen
before: answers that repeat, and answers whose every sentence is new, ``_corpus.with_reworded_answers``: new beyond
its first word too, figures and names untouched). Run: ``.venv/bin/python bench/bench_grounding.py [--first-word]``;
``--first-word`` times the old unique corpus instead (``with_unique_answers``: only a made-up first word per
sentence, which caches keyed on a clause or a sentence's tail still hit, so it flatters the figure).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from llmops_kit.contract import Contract, load_contract
from llmops_kit.diagnose import detect_hallucination
from llmops_kit.grounding import FABRICATED, render_tool_output
from llmops_kit.io import parse_json
from llmops_kit.quality import HeuristicScorer
from llmops_kit.traces import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _corpus

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "tests" / "data" / "grounding_dev"
HALUEVAL = REPO / "tests" / "data" / "halueval" / "qa_sample.jsonl"
DEV_ITEMS = 200  # HaluEval items 0..199 tune, the rest is held out


def binary(pairs: list[tuple[bool, bool]]) -> str:
    """Accuracy, precision and recall for (predicted hallucination, labelled hallucination) pairs."""
    tp = sum(p and t for p, t in pairs)
    fp = sum(p and not t for p, t in pairs)
    fn = sum(t and not p for p, t in pairs)
    accuracy = sum(p == t for p, t in pairs) / len(pairs)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return f"accuracy {accuracy:.1%}, precision {precision:.3f}, recall {recall:.3f} (n={len(pairs)})"


def main() -> None:
    contract = load_contract()
    scorer = HeuristicScorer(contract)
    floor = contract.quality.groundedness_floor
    q = contract.quality
    print(f"contract: lexical_support {q.lexical_support}, semantic_support {q.semantic_support}, floor {floor}")
    steps = {"hard facts": 0, "words": 0, "embeddings": 0}

    def flagged(answer: str, docs: list[Document], query: str | None, system: str | None = None) -> bool:
        report = scorer.score(answer, docs, query=query, instructions=system)
        for v in report.support:
            steps["embeddings" if v.similarity is not None else
                  "hard facts" if v.verdict in FABRICATED else "words"] += 1
        if report.groundedness is None:
            return False
        return report.groundedness < floor or any(v.verdict in FABRICATED for v in report.support)

    cases = json.loads((DEV / "cases.json").read_text("utf-8"))
    labels = json.loads((DEV / "labels.json").read_text("utf-8"))
    pairs = []
    for case in cases:
        docs = [Document(id=d["id"], content=d["content"]) for d in case["documents"]]
        docs += [Document(id=f"tool:{t['name']}", content=render_tool_output(t["output"]))
                 for t in case.get("tools", [])]
        pairs.append((flagged(case["answer"], docs, case.get("query"), case.get("system")),
                      labels[case["id"]] == "hallucinated"))
    print(f"dev fixtures ({len(cases)} answers): {binary(pairs)}")
    if not HALUEVAL.is_file():
        print(f"HaluEval sample not found at {HALUEVAL.relative_to(REPO)}; skipped")
        return
    items = [json.loads(line) for line in HALUEVAL.read_text("utf-8").splitlines() if line.strip()]
    start = time.perf_counter()
    for name, part in (("dev, items 0-199", items[:DEV_ITEMS]), ("held out, items 200-499", items[DEV_ITEMS:])):
        pairs = []
        for item in part:
            docs = [Document(id="knowledge", content=item["knowledge"])]
            pairs.append((flagged(item["right_answer"], docs, item["question"]), False))
            pairs.append((flagged(item["hallucinated_answer"], docs, item["question"]), True))
        print(f"HaluEval QA {name}: {binary(pairs)}")
    print(f"claims decided by hard facts {steps['hard facts']:,}, by words {steps['words']:,}, by embeddings "
          f"{steps['embeddings']:,}; HaluEval scored in {time.perf_counter() - start:.1f} s")
    cost_per_trace(contract, first_word="--first-word" in sys.argv[1:])


def cost_per_trace(contract: Contract, n: int = 400, passes: int = 5, first_word: bool = False) -> None:
    """CPU µs of detect_hallucination per trace, best of ``passes`` passes over traces not seen before.

    Unique answers are reworded beyond their first word unless ``first_word`` (the old corpus) is asked for.
    """
    base = _corpus.base_payloads()
    unique = _corpus.with_unique_answers if first_word else _corpus.with_reworded_answers
    unique_label = "unique answers, old corpus (first word)" if first_word else "unique answer sentences (reworded)"

    def traces(payloads: list[dict]) -> list:
        return [t for p in payloads[:n] for t in parse_json(json.dumps(p).encode(), "bench")]

    for t in traces(base):  # load the embedding model and warm the caches of the shared articles
        detect_hallucination(t, contract)
    for label, make in (("repeating answers", lambda salt: traces(_corpus.base_payloads(n, seed=salt))),
                        (unique_label, lambda salt: traces(unique(base, salt)))):
        best = float("inf")
        for salt in range(100, 100 + passes):
            batch = make(salt)
            start = time.process_time()
            for trace in batch:
                detect_hallucination(trace, contract)
            best = min(best, (time.process_time() - start) / len(batch) * 1e6)
        print(f"groundedness per trace, {label}: {best:,.0f} µs CPU (best of {passes} passes of {n} unseen traces)")


if __name__ == "__main__":
    if set(sys.argv[1:]) - {"--first-word"}:
        raise SystemExit(f"bench_grounding.py: unknown arguments {sys.argv[1:]}; run it with no argument or "
                         "'--first-word' (the old unique corpus)")
    main()
