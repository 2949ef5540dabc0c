"""A tool record's flag restated in a clause of the claim (:mod:`llmops_kit.record_flags`, the ``recflags55`` round):
"auto top-up is on" of "auto topup: False", "e-mail reminders are enabled" of "email reminders: False", "isn't
switched on" of a True flag. Controls: the record's own way stays supported, a field the record does not hold adds
nothing, the article's rule ("With auto top-up, 200,00 kr. is added ...") and a condition ("If auto top-up is on")
are no record claims, an "on" that is a place ("parking is on the street") is no switch, and the switch off gives
the old verdict."""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

import pytest

from llmops_kit import record_flags
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence
from llmops_kit.grounding import render_tool_output
from llmops_kit.quality import evidence_sources, score_answer
from llmops_kit.record_flags import flag_clause_clash
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

CARD_RULES = Document(id="AT-03", content=(
    "A Bykort costs 50,00 kr. The minimum top-up is 100,00 kr., in the app or at the ticket machines. With auto "
    "top-up, 200,00 kr. is added from your bank card whenever the balance falls under 70,00 kr."))
CARD_ASKED = "How much is left on my Bykort BK-7731-42, and is auto top-up switched on?"
TOPPED_UP = ("BK-7731-42 has 142,50 kr. on it, and auto top-up is on, so 200,00 kr. is added whenever the balance "
             "falls under 70,00 kr.")
HOTEL_RULES = Document(id="H-1", content=(
    "Breakfast can be added for 12 euros a night. Guests may park on the street outside for free. Late check-out "
    "until 1 pm can be requested at the desk."))
HOTEL_ASKED = "What's on my booking HB-55120?"


def _card(auto_topup: Any) -> list[Document]:
    return [CARD_RULES, Document(id="tool:card_lookup", content=render_tool_output(
        {"card": "BK-7731-42", "status": "active", "balance_dkk": 142.5, "auto_topup": auto_topup}))]


def _hotel(**fields: Any) -> list[Document]:
    return [HOTEL_RULES, Document(id="tool:booking_lookup", content=render_tool_output(
        {"booking": "HB-55120", "nights": 2, **fields}))]


def _verdicts(answer: str, docs: list[Document], query: str) -> list[tuple[str, str | None]]:
    with fresh_scores():
        return [(v.verdict, v.evidence) for v in score_answer(answer, docs, query=query).support]


def _evidence(docs: list[Document], query: str) -> Evidence:
    return Evidence(evidence_sources(docs, query=query), load_contract().quality.citation_pattern)


@pytest.mark.parametrize(("answer", "docs", "query", "line"), [
    (TOPPED_UP, _card(False), CARD_ASKED, "auto topup: False."),  # "top-up" of "topup", "on" of False
    ("BK-7731-42 has 142,50 kr. on it, and auto top-up is off.", _card(True), CARD_ASKED, "auto topup: True."),
    ("BK-7731-42 has 142,50 kr. on it, and auto top-up isn't switched on.", _card(True), CARD_ASKED,
     "auto topup: True."),  # a negation turns the word round
    ("HB-55120 is for 2 nights, and late check-out is confirmed.", _hotel(late_check_out=False), HOTEL_ASKED,
     "late check out: False."),  # underscores of the record's name, a hyphen of the claim's
    ("HB-55120 is for 2 nights, and e-mail reminders are enabled.", _hotel(email_reminders=False), HOTEL_ASKED,
     "email reminders: False."),
])
def test_a_flag_restated_the_other_way_in_a_clause_is_contradicted(answer: str, docs: list[Document], query: str,
                                                                     line: str) -> None:
    assert _verdicts(answer, docs, query) == [("contradicted", line)]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    (TOPPED_UP, _card(True), CARD_ASKED),  # the record's own way
    ("BK-7731-42 has 142,50 kr. on it, and auto top-up is off.", _card(False), CARD_ASKED),
    ("BK-7731-42 has 142,50 kr. on it, and auto top-up isn't switched on.", _card(False), CARD_ASKED),
    ("HB-55120 is for 2 nights, and late check-out is confirmed.", _hotel(late_check_out=True), HOTEL_ASKED),
    ("HB-55120 is for 2 nights; no breakfast is booked.", _hotel(breakfast=False), HOTEL_ASKED),
])
def test_the_records_own_way_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert [verdict for verdict, _ in _verdicts(answer, docs, query)] == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the article's rule and a condition: no record's value is stated
    ("With auto top-up, 200,00 kr. is added from your bank card whenever the balance falls under 70,00 kr.",
     _card(False), CARD_ASKED),
    ("If auto top-up is on, 200,00 kr. is added whenever the balance falls under 70,00 kr.", _card(False),
     CARD_ASKED),
    # a field the record does not hold adds nothing
    ("HB-55120 is for 2 nights, and late check-out is confirmed.", _hotel(breakfast=False), HOTEL_ASKED),
    # "on the street" is a place, not a switch
    ("HB-55120 is for 2 nights, and parking is on the street outside.", _hotel(parking=False), HOTEL_ASKED),
    # a flag that is no yes or no ("pending") is not compared
    ("HB-55120 is for 2 nights, and late check-out is confirmed.", _hotel(late_check_out="pending"), HOTEL_ASKED),
])
def test_no_record_claim_or_no_flag_reads_nothing(answer: str, docs: list[Document], query: str) -> None:
    assert flag_clause_clash(answer.rstrip("."), _evidence(docs, query)) is None


def test_the_article_rule_and_the_condition_stay_supported() -> None:
    for answer in ("With auto top-up, 200,00 kr. is added from your bank card whenever the balance falls under "
                   "70,00 kr.", "If auto top-up is on, 200,00 kr. is added whenever the balance falls under 70,00 kr."):
        assert [verdict for verdict, _ in _verdicts(answer, _card(False), CARD_ASKED)] == ["supported"]


def test_a_subject_naming_the_record_by_its_value_reads_a_bare_flag() -> None:
    docs = [Document(id="tool:entry_lookup", content=render_tool_output(
        {"entry": "NHM27-08841", "bib": 4127, "collected": False, "tshirt": "L"}))]
    found = flag_clause_clash("Yes, bib 4127 was collected at the expo already",
                              _evidence(docs, "Have I collected my bib for NHM27-08841?"))
    assert found is not None and found[1] == "collected: False."
    held = [Document(id="tool:entry_lookup", content=render_tool_output(
        {"entry": "NHM27-08841", "bib": 4127, "collected": True, "tshirt": "L"}))]
    assert flag_clause_clash("Yes, bib 4127 was collected at the expo already",
                             _evidence(held, "Have I collected my bib for NHM27-08841?")) is None


@pytest.mark.parametrize(("answer", "docs", "query"), [
    (TOPPED_UP, _card(False), CARD_ASKED),
    ("BK-7731-42 has 142,50 kr. on it, and auto top-up is off.", _card(True), CARD_ASKED),
    ("HB-55120 is for 2 nights, and e-mail reminders are enabled.", _hotel(email_reminders=False), HOTEL_ASKED),
])
def test_the_switch_off_gives_the_old_verdict(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(), patch.object(record_flags, "READ_FLAG_CLAUSES", False):
        verdicts = [verdict for verdict, _ in _verdicts(answer, docs, query)]
    assert verdicts == ["supported"]
