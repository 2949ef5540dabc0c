"""Checks only the twelfth held-out set's recipes make (tests/data/holdout12; read since its two scores; not
scored here).

The structure checks shared with the other sets are in tests/test_holdout_structure.py, the content checks shared
with the eleventh set in tests/test_holdout11.py. This one checks what the twelfth set's recipes add: a question
pair that continues an earlier turn is asked after that turn, both when it is answered right and when it invents.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import make_holdout12  # noqa: E402  (the generator lives in tools/, not in the package)


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout12.generate()


def test_only_the_last_pair_of_each_domain_continues_a_conversation() -> None:
    """The infrastructure recipes take pairs 1 to 8 without their history, so only the last pair may carry one."""
    for domain in make_holdout12.DOMAINS:
        *alone, last = domain.PAIRS
        assert last.history and not any(p.history for p in alone), domain.DOMAIN


def test_a_follow_up_is_asked_after_its_history_right_and_wrong(rows: list[tuple]) -> None:
    """Both traces of a follow-up pair (healthy and HALLUCINATION) hold its earlier turns before the question."""
    for domain in make_holdout12.DOMAINS:
        pair = domain.PAIRS[-1]
        asked = [row for row in rows if row[4] == domain.DOMAIN and row[0]["input"]["query"] == pair.question]
        assert sorted(bool(row[1]) for row in asked) == [False, True], domain.DOMAIN
        for trace, *_ in asked:
            final = max((s for s in trace["spans"] if s["kind"] == "llm" and s["prompt"]["name"] == "support-answer"),
                        key=lambda s: s["end_time"])
            turns = [(m["role"], m["content"]) for m in final["messages"][1:-2]]
            assert turns == list(pair.history), domain.DOMAIN
