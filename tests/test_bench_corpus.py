"""The benchmarks' reworded unique-answers corpus: every sentence new beyond its first word, its facts untouched."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from llmops_kit.text import identifiers_in, names_in, numbers_in

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def corpus() -> Iterator[object]:
    sys.path.insert(0, str(BENCH))
    try:
        import _corpus

        yield _corpus
    finally:
        sys.path.remove(str(BENCH))


def _sentences(payloads: list[dict]) -> list[str]:
    return [s for p in payloads if (answer := (p.get("output") or {}).get("answer")) for s in answer.split(". ")]


def test_every_sentence_is_new_beyond_its_first_word(corpus) -> None:
    """No two answer sentences of a call share their tail (all but the first word)."""
    sentences = _sentences(corpus.with_reworded_answers(corpus.base_payloads(150, seed=3), salt=0))
    tails = [s.partition(" ")[2] for s in sentences]
    assert len(set(tails)) == len(tails)


def test_rewording_keeps_figures_codes_and_names(corpus) -> None:
    """Each sentence states the numbers, identifiers and names it stated with only its first word made new."""
    base = corpus.base_payloads(60, seed=5)
    before = _sentences(corpus.with_unique_answers(base, salt=2))
    after = _sentences(corpus.with_reworded_answers(base, salt=2))
    assert len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        assert old != new
        assert (numbers_in(new), identifiers_in(new), names_in(new)) == (
            numbers_in(old), identifiers_in(old), names_in(old)), new


def test_rewording_is_seeded(corpus) -> None:
    """The same salt rewords the same way; another salt rewords each sentence differently."""
    base = corpus.base_payloads(30, seed=9)
    first = _sentences(corpus.with_reworded_answers(base, salt=4))
    assert first == _sentences(corpus.with_reworded_answers(base, salt=4))
    other = _sentences(corpus.with_reworded_answers(base, salt=5))
    assert {s.partition(" ")[2] for s in first}.isdisjoint(s.partition(" ")[2] for s in other)
