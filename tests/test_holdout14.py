"""Checks only the fourteenth held-out set's recipes make (tests/data/holdout14; read since its two scores;
not scored here).

The structure checks shared with the other sets are in tests/test_holdout_structure.py, the content checks shared
with the eleventh to thirteenth sets in tests/test_holdout11.py. This one checks what the fourteenth set's recipes
keep from the thirteenth's (the tool-result pair, right and wrong; a last pair per domain that continues an earlier
turn) and what they add: a business refusal contradicted, where the tool said no and the answer says it went
through, beside its healthy twin that passes the refusal on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import make_holdout14  # noqa: E402  (the generator lives in tools/, not in the package)


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout14.generate()


def _asked(rows: list[tuple], domain: str, question: str, tool: str) -> list[tuple]:
    """The rows of one domain that asked ``question`` with a call of ``tool``."""
    return [row for row in rows if row[4] == domain and row[0]["input"]["query"] == question
            and any(s["kind"] == "tool" and s["name"].endswith(tool) for s in row[0]["spans"])]


def test_only_the_last_pair_of_each_domain_continues_a_conversation() -> None:
    for domain in make_holdout14.DOMAINS:
        *alone, last = domain.PAIRS
        assert last.history and not any(p.history for p in alone), domain.DOMAIN


def test_the_tool_pair_is_asked_right_and_wrong(rows: list[tuple]) -> None:
    for domain in make_holdout14.DOMAINS:
        asked = _asked(rows, domain.DOMAIN, domain.TOOL_PAIR.question, domain.LOOKUP.name)
        assert sorted(row[1] for row in asked) == [[], ["HALLUCINATION"]], domain.DOMAIN


def test_a_refusal_is_passed_on_once_and_contradicted_once(rows: list[tuple]) -> None:
    """The tool that said no answers both traces; only the answer that says it went through is a hallucination."""
    for domain in make_holdout14.DOMAINS:
        asked = _asked(rows, domain.DOMAIN, domain.REFUSAL.question, domain.REFUSAL.name)
        assert sorted(row[1] for row in asked) == [[], ["HALLUCINATION"]], domain.DOMAIN
        for trace, *_ in asked:
            tools = [s for s in trace["spans"] if s["kind"] == "tool"]
            assert tools and all(not s.get("error") for s in tools), domain.DOMAIN


@pytest.mark.parametrize("domain", make_holdout14.DOMAINS, ids=lambda d: d.DOMAIN)
def test_the_contradicted_refusal_invents_what_the_tool_did_not_say(domain) -> None:
    answer, frags, strength = domain.REFUSAL_WRONG
    record = json.dumps(domain.REFUSAL.output, ensure_ascii=False).lower()
    assert strength == "blatant" and frags, domain.DOMAIN
    assert False in domain.REFUSAL.output.values(), domain.DOMAIN
    assert all(f.lower() in answer.lower() and f.lower() not in record for f in frags), domain.DOMAIN
