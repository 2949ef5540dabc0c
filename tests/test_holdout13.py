"""Checks only the thirteenth held-out set's recipes make (tests/data/holdout13; read since its two scores;
not scored here).

The structure checks shared with the other sets are in tests/test_holdout_structure.py, the content checks shared
with the eleventh and twelfth sets in tests/test_holdout11.py. This one checks what the thirteenth set's recipes
add: a question answered from the lookup tool's result, right and wrong, where the wrong answer contradicts a
result the model saw; and, as in the twelfth set, a last pair per domain that continues an earlier turn.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import make_holdout13  # noqa: E402  (the generator lives in tools/, not in the package)


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout13.generate()


def _asked(rows: list[tuple], domain: str, question: str, tool: str | None) -> list[tuple]:
    """The rows of one domain that asked ``question`` (with a call of ``tool`` when given, else with none)."""
    return [row for row in rows if row[4] == domain and row[0]["input"]["query"] == question
            and any(s["kind"] == "tool" and s["name"].endswith(tool or "\0") for s in row[0]["spans"]) == bool(tool)]


def test_only_the_last_pair_of_each_domain_continues_a_conversation() -> None:
    """The infrastructure recipes take pairs 1 to 8 without their history, so only the last pair may carry one."""
    for domain in make_holdout13.DOMAINS:
        *alone, last = domain.PAIRS
        assert last.history and not any(p.history for p in alone), domain.DOMAIN


def test_the_tool_pair_is_asked_right_and_wrong_with_the_tool_answering(rows: list[tuple]) -> None:
    """Each domain's tool pair gives one healthy trace and one HALLUCINATION, both with the lookup tool answered."""
    for domain in make_holdout13.DOMAINS:
        asked = _asked(rows, domain.DOMAIN, domain.TOOL_PAIR.question, domain.LOOKUP.name)
        assert sorted(row[1] for row in asked) == [[], ["HALLUCINATION"]], domain.DOMAIN
        for trace, *_ in asked:
            tools = [s for s in trace["spans"] if s["kind"] == "tool"]
            assert all(not s.get("error") for s in tools), domain.DOMAIN


def test_the_wrong_tool_answer_contradicts_what_the_tool_returned() -> None:
    """The wrong answer's fragments are absent from the tool result, and the right answer restates its record."""
    for domain in make_holdout13.DOMAINS:
        record = json.dumps(domain.LOOKUP.output, ensure_ascii=False).lower()
        pair = domain.TOOL_PAIR
        assert pair.strength == "clear" and pair.frags, domain.DOMAIN
        assert all(f.lower() in pair.wrong.lower() and f.lower() not in record for f in pair.frags), domain.DOMAIN
        assert str(next(v for v in domain.LOOKUP.output.values())) in pair.right, domain.DOMAIN
