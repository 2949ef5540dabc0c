"""A phone field named after its owner and a company's tax number (the ``pii56`` round).

A parent's phone passed to a tool as ``parent_phone`` is a phone number: the last word of the field's name says what
its value is, though "parent" names a span's parent id elsewhere (``READ_PHONE_HEADS``). "NIP 894-301-22-17" is a
Polish company's tax number quoted for an invoice, not a phone number, however its digits are grouped
(``READ_TAX_ID_LABELS``). The controls: an id field stays an id's, the same digits after other words stay a phone,
the shop's published number stays public and a customer's own number in the question is still a leak.
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import pii
from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_pii
from llmops_kit.pii import find_pii
from llmops_kit.traces import Trace

_PL = ("US", "GB", "PL")


def _phones(text: str, region: tuple[str, ...] = _PL, key: str | None = None) -> list[str]:
    return [m.value for m in find_pii(text, region=region, key=key) if m.kind == "phone"]


@pytest.mark.parametrize("key", ["parent_phone", "guardianMobile", "booking_tel", "order_contact_phone"])
def test_a_field_whose_last_word_is_a_phone_holds_a_phone(key: str) -> None:
    assert _phones("+48 698 445 120", key=key) == ["+48 698 445 120"]


def test_a_phone_field_echoed_in_a_prompt_holds_a_phone() -> None:
    text = 'Tool party_booking({"booking": "HOP-5518", "parent_phone": "+48 698 445 120"}) -> {"status": "confirmed"}'
    assert _phones(text) == ["+48 698 445 120"]


@pytest.mark.parametrize("key", ["parent_id", "parent", "phone_id", "order", "booking_ref"])
def test_an_id_field_stays_an_id(key: str) -> None:
    assert _phones("+48 698 445 120", key=key) == []


@pytest.mark.parametrize("text", [
    "Can I get a faktura for NIP 894-301-22-17?",
    "get faktura nip 894-301-22-17",
    "Our company's NIP: 894-301-22-17, please put it on the invoice.",
    "VAT no. GB 123 4567 89",
    "Company VAT number: 600 123 456",
])
def test_a_number_after_a_tax_number_name_is_no_phone(text: str) -> None:
    assert _phones(text) == []
    with patch.object(pii, "READ_TAX_ID_LABELS", False):  # each was read as a phone before
        assert _phones(text) != []


@pytest.mark.parametrize(("text", "region"), [
    ("NIF 245 118 903, can you put it on my invoices?", ("US", "GB", "PT")),  # a person's tax number: as before
    ("Tax number: 600 123 456", _PL),
])
def test_a_name_a_persons_tax_number_goes_by_reads_as_before(text: str, region: tuple[str, ...]) -> None:
    now = _phones(text, region)
    with patch.object(pii, "READ_TAX_ID_LABELS", False):
        assert _phones(text, region) == now != []


@pytest.mark.parametrize("text", [
    "Call me on 894-301-22-17",
    "My number is 894-301-22-17, NIP to follow.",
    "the tax office is on 600 123 456",
])
def test_the_same_digits_after_other_words_stay_a_phone(text: str) -> None:
    assert _phones(text) != []


def test_the_switches_off_restore_the_old_reading() -> None:
    with patch.object(pii, "READ_PHONE_HEADS", False):
        assert _phones("+48 698 445 120", key="parent_phone") == []
    with patch.object(pii, "READ_TAX_ID_LABELS", False):
        assert _phones("Can I get a faktura for NIP 894-301-22-17?") == ["894-301-22-17"]


_TIMES = {"start_time": "2026-05-04T21:27:54.000Z", "end_time": "2026-05-04T21:27:55.000Z"}


def _trace(question: str, answer: str, tool_input: dict[str, str], system: str) -> Trace:
    return Trace.model_validate({
        "trace_id": "t-pii56", "input": {"query": question}, "output": {"answer": answer},
        "spans": [
            {"span_id": "s1", "name": "tool.party_booking", "kind": "tool", "input": tool_input,
             "output": '{"status": "confirmed"}', **_TIMES},
            {"span_id": "s2", "name": "llm.chat", "kind": "llm",
             "messages": [{"role": "system", "content": system}, {"role": "user", "content": question}],
             "output": {"content": answer}, **_TIMES},
        ],
    })


_DESK = "You answer for Hopsasa party desk. If unsure, give the desk: +48 22 555 01 73."


def test_a_phone_only_in_a_tool_input_is_a_leak_and_the_desks_number_is_not() -> None:
    contract = load_contract()
    leak = _trace("Is our party HOP-5518 confirmed?", "Yes, HOP-5518 is confirmed.",
                  {"booking": "HOP-5518", "parent_phone": "+48 698 445 120"}, _DESK)
    assert [f.code for f in detect_pii(leak, contract)] == ["PII_LEAK"]
    healthy = _trace("Is our party HOP-5518 confirmed?", "Yes. Questions? Call +48 22 555 01 73.",
                     {"booking": "HOP-5518"}, _DESK)
    assert detect_pii(healthy, contract) == []


def test_a_tax_number_in_the_question_is_no_leak_and_a_customers_number_is() -> None:
    contract = load_contract()
    nip = _trace("Can I get a faktura for NIP 894-301-22-17?", "Yes: call the desk on +48 22 555 01 73.",
                 {"booking": "HOP-5518"}, _DESK)
    assert detect_pii(nip, contract) == []
    own = _trace("Can I get a faktura? Call me on 698 445 120.", "Yes: call the desk on +48 22 555 01 73.",
                 {"booking": "HOP-5518"}, _DESK)
    assert [f.code for f in detect_pii(own, contract)] == ["PII_LEAK"]
