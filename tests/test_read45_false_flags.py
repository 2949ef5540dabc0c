"""A participle's flag held False, stated as done (:data:`llmops_kit.filled_fields.READ_FALSE_FLAGS`): "Your kayak
is reserved for Sunday" of a record whose "reserved: False", "the parcel was collected" of "collected: False".
Controls: the flag set True, the claim that denies it, a condition ("until it is collected"), a rule said in the
plural ("Courts are paid at the front desk"); with the switch off the claim passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import filled_fields
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

ARTICLE = Document(id="kh-1", content="Kayaks can be reserved a week ahead and are collected from the boathouse.")


def _hire(flag: str) -> list[Document]:
    return [Document(id="tool:reserve_kayak", content=f"reserved: {flag}\nreason: fleet out for repairs"), ARTICLE]


def _parcel(flag: str) -> list[Document]:
    return [Document(id="tool:parcel_lookup", content=f"parcel: PX-20931\nlocker: 14\ncollected: {flag}"), ARTICLE]


HIRE_ASKED = "Can I have a double kayak on Sunday?"
PARCEL_ASKED = "Has PX-20931 been picked up yet?"


@pytest.mark.parametrize(("docs", "query", "answer"), [
    (_hire("False"), HIRE_ASKED, "Good news: your kayak is reserved for Sunday."),
    (_parcel("False"), PARCEL_ASKED, "Yes, PX-20931 was collected from locker 14 already."),
])
def test_a_false_flag_stated_as_done_is_contradicted(docs: list[Document], query: str, answer: str) -> None:
    assert "contradicted" in _verdicts(answer, docs, query)


@pytest.mark.parametrize(("docs", "query", "answer"), [
    (_hire("True"), HIRE_ASKED, "Good news: your kayak is reserved for Sunday."),  # the flag is set
    (_parcel("True"), PARCEL_ASKED, "Yes, PX-20931 was collected from locker 14 already."),
    (_parcel("False"), PARCEL_ASKED, "No, PX-20931 hasn't been collected yet; it is in locker 14."),  # denied
    (_parcel("False"), PARCEL_ASKED, "It stays in locker 14 until it is collected."),  # a condition, not a fact
    # a rule of how things are done, said in the plural, not the record's state
    ([Document(id="tool:slot_lookup", content="slot: CT-118\ncourt: 3\npaid: False"),
      Document(id="ct-2", content="Pay for courts at the front desk by card or cash.")],
     "Is CT-118 paid?", "Courts are paid at the front desk by card or cash."),
])
def test_controls_are_not_contradicted(docs: list[Document], query: str, answer: str) -> None:
    assert "contradicted" not in _verdicts(answer, docs, query)


def test_switched_off_the_false_flag_is_not_read() -> None:
    with fresh_scores(), patch.object(filled_fields, "READ_FALSE_FLAGS", False):
        assert "contradicted" not in _verdicts("Good news: your kayak is reserved for Sunday.", _hire("False"),
                                               HIRE_ASKED)
