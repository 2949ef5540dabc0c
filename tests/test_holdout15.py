"""Checks only the fifteenth held-out set's recipes make (tests/data/holdout15; read since its two scores;
not scored here).

The structure checks shared with the other sets are in tests/test_holdout_structure.py. This one checks what the
fifteenth set's recipes keep from the thirteenth's (a last pair per domain that continues an earlier turn, the
tool-result pair, right and wrong; a business refusal passed on once, never contradicted) and what they add: a
figure borrowed from another article that was not retrieved, off-topic questions with replies of their own, and a
control that retrieves a current article beside its superseded twin.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import make_holdout15  # noqa: E402  (the generator lives in tools/, not in the package)

DOMAINS = make_holdout15.DOMAINS


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout15.generate()


def _asked(rows: list[tuple], domain: str, question: str) -> list[tuple]:
    return [row for row in rows if row[4] == domain and row[0]["input"]["query"] == question]


def _retrieved(trace: dict) -> list[str]:
    return [d["id"] for s in trace["spans"] if s["kind"] == "retriever" for d in s["documents"]]


def _numbers(text: str) -> set[str]:
    """The figures of a text with their separators dropped ("kr. 15.000" and "ISK 15,000" both give 15000)."""
    return {re.sub(r"\D", "", n) for n in re.findall(r"\d[\d.,]*\d|\d", text)}


def test_only_the_last_pair_of_each_domain_continues_a_conversation() -> None:
    for domain in DOMAINS:
        *alone, last = domain.PAIRS
        assert last.history and not any(p.history for p in alone), domain.DOMAIN


def test_the_tool_pair_is_asked_right_and_wrong(rows: list[tuple]) -> None:
    for domain in DOMAINS:
        asked = _asked(rows, domain.DOMAIN, domain.TOOL_PAIR.question)
        assert sorted(row[1] for row in asked) == [[], ["HALLUCINATION"]], domain.DOMAIN


def test_a_business_refusal_is_passed_on_and_never_contradicted(rows: list[tuple]) -> None:
    for domain in DOMAINS:
        asked = _asked(rows, domain.DOMAIN, domain.REFUSAL.question)
        assert [row[1] for row in asked] == [[]], domain.DOMAIN
        assert False in domain.REFUSAL.output.values(), domain.DOMAIN


@pytest.mark.parametrize("domain", DOMAINS, ids=lambda d: d.DOMAIN)
def test_a_borrowed_figure_is_real_elsewhere_and_absent_from_what_was_retrieved(rows: list[tuple], domain) -> None:
    b = domain.BORROWED
    source = domain.ARTICLES[b.source][1]
    assert b.source not in b.ids
    assert any(_numbers(f) & _numbers(source) for f in b.frags), domain.DOMAIN
    (row,) = _asked(rows, domain.DOMAIN, b.question)
    assert row[1] == ["HALLUCINATION"] and row[2] == b.strength
    assert sorted(_retrieved(row[0])) == sorted(b.ids), domain.DOMAIN


@pytest.mark.parametrize("domain", DOMAINS, ids=lambda d: d.DOMAIN)
def test_the_twins_control_retrieves_both_and_stays_healthy(rows: list[tuple], domain) -> None:
    t = domain.TWINS
    (row,) = [r for r in _asked(rows, domain.DOMAIN, t.question) if r[2] == "control"]
    assert row[1] == [] and {t.current, t.twin} <= set(_retrieved(row[0]))
    assert t.current in domain.ARTICLES and t.twin in domain.ARTICLES


def test_every_off_topic_reply_goes_with_a_mismatch_at_the_rotated_strength(rows: list[tuple]) -> None:
    for domain in DOMAINS:
        mismatches = [row for row in rows if row[4] == domain.DOMAIN and "RETRIEVAL_MISMATCH" in row[1]]
        questions = {row[0]["input"]["query"]: row for row in mismatches}
        assert len(mismatches) == 3, domain.DOMAIN
        for n, mm in enumerate(domain.OFFTOPIC[:3]):
            row = questions[mm.question]
            assert row[0]["output"]["answer"] == mm.answer
            assert row[2] in make_holdout15.STRENGTHS
            assert set(_retrieved(row[0])) == set(mm.ids), (domain.DOMAIN, n)
