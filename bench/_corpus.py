"""Shared by the benchmarks: a seeded corpus of course-sized traces as JSON text.

A few hundred traces come from the traffic generator (a realistic mix of failure modes); larger
corpora repeat them under fresh trace ids, which keeps generation cheap and sizes realistic.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from llmops_kit.traffic import generate_traffic

MIX = {
    "healthy": 0.70, "retrieval_mismatch": 0.06, "wrong_prompt_version": 0.05, "tool_timeout": 0.06,
    "hallucination": 0.06, "slow_response": 0.05, "cost_spike": 0.01, "pii_leak": 0.01,
}


def base_payloads(n: int = 400, seed: int = 11) -> list[dict]:
    """``n`` generated traces as plain JSON data."""
    return [t.model_dump(mode="json", exclude_none=True) for t in generate_traffic(n, mix=MIX, seed=seed)]


def _letters(number: int) -> str:
    out = ""
    while True:
        number, digit = divmod(number, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[digit]
        if number == 0:
            return out


def with_unique_answers(payloads: list[dict], salt: int = 0) -> list[dict]:
    """The same traces with every answer sentence made unique by one made-up lowercase word.

    Generated answers repeat (a support bot answers the same question the same way), so caches keyed
    on answer text would hit; this variant measures the cost when no answer was ever seen before.
    """
    unique = []
    for i, payload in enumerate(payloads):
        answer = (payload.get("output") or {}).get("answer")
        text = json.dumps(payload)
        if answer:
            sentences = answer.split(". ")
            fresh = ". ".join(f"zq{_letters(salt)}q{_letters(i)}x{_letters(j)} {s}" for j, s in enumerate(sentences))
            text = text.replace(json.dumps(answer)[1:-1], json.dumps(fresh)[1:-1])
        unique.append(json.loads(text))
    return unique


#: Function words an answer can carry anywhere without stating anything (all in the scorer's stopwords, so
#: coverage, hard facts and polarity read the same claim): they make a sentence's wording new, not its facts.
FILLERS = ("also", "just", "simply", "really", "actually", "basically", "currently", "already", "then")
#: Plain-language swaps a model makes when it paraphrases an article (both forms are common English; the
#: scorer meets the second through its stems, synonyms and embeddings, as it would a real paraphrase).
SWAPS = {
    "receive": "get", "get": "receive", "buy": "purchase", "bought": "purchased", "purchase": "buy",
    "choose": "pick", "select": "choose", "start": "begin", "can": "may", "the": "the", "your": "your",
    "free": "free", "within": "inside", "each": "every", "every": "each",
}


def _reword(sentence: str, rng: random.Random) -> str:
    """``sentence`` with a few fillers inserted and plain words swapped, at seeded places spread over it.

    Figures, codes, citations, capitalised words (names, menu items) and the first word are never touched,
    and nothing is inserted next to them: a claim's hard facts and names read exactly as before.
    """
    words = sentence.split(" ")
    plain = [w.isalpha() and w.islower() for w in words]
    out = [words[0]]
    gaps = [k for k in range(1, len(words)) if plain[k] and plain[k - 1]]
    inserts = set(rng.sample(gaps, min(len(gaps), 2 + len(words) // 8)))
    for k in range(1, len(words)):
        word = words[k]
        if k in inserts:
            out.append(rng.choice(FILLERS))
        if plain[k] and word in SWAPS and rng.random() < 0.5:
            word = SWAPS[word]
        out.append(word)
    return " ".join(out)


def with_reworded_answers(payloads: list[dict], salt: int = 0) -> list[dict]:
    """The same traces with every answer sentence unique beyond its first word, as answers written anew are.

    ``with_unique_answers`` changes only a sentence's first word, so a cache keyed on a clause, a sentence's
    tail or a word window still hits on the repeated rest. Here every sentence also gets seeded rewording
    spread over its length (fillers, plain-word swaps: :func:`_reword`), drawn again until its tail (all but
    the first word) differs from every other tail in the call, and keeps the made-up first word, so it is new
    across calls with different ``salt`` too. Figures, codes, names and citations are untouched, so the
    answers stay as grounded as the generated ones; the trace count and sizes stay course-like.
    """
    seen: set[str] = set()
    out = []
    for i, payload in enumerate(with_unique_answers(payloads, salt)):
        answer = (payload.get("output") or {}).get("answer")
        if not answer:
            out.append(payload)
            continue
        rng = random.Random(f"reword:{salt}:{i}")
        fresh = []
        for sentence in answer.split(". "):
            reworded = _reword(sentence, rng)
            for _ in range(20):  # a short sentence has few places to change: draw again while its tail repeats
                tail = reworded.partition(" ")[2]
                if tail not in seen or not tail:
                    break
                reworded = _reword(sentence, rng)
            seen.add(reworded.partition(" ")[2])
            fresh.append(reworded)
        text = json.dumps(payload).replace(json.dumps(answer)[1:-1], json.dumps(". ".join(fresh))[1:-1])
        out.append(json.loads(text))
    return out


def json_lines(total: int, base: list[dict]) -> Iterator[str]:
    """``total`` JSON documents cycling through ``base`` with unique trace ids."""
    for i in range(total):
        payload = dict(base[i % len(base)])
        payload["trace_id"] = f"bench-{i:08d}"
        yield json.dumps(payload)


def write_jsonl(path: Path, total: int, base: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for line in json_lines(total, base):
            handle.write(line)
            handle.write("\n")
    return path
