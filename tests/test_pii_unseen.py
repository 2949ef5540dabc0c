"""Personal data rules from reading an unseen set's misses for general causes, each with its control: a
customer's details the application passed to a tool and echoed into the system prompt, e-mail addresses
written with "(at)", international numbers written without spaces, "call me" cues in other languages and
"I'm on ...". Fixtures are our own (a dental practice's booking assistant)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.pii import find_pii
from llmops_kit.redact import redact_text, trace_pii
from llmops_kit.traces import Trace

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
ARTICLE = "Check-ups cost £55. Reminders are sent by text 24 hours before the appointment."


def _trace(tool_input: dict[str, Any], answer: str, system_extra: str = "") -> Trace:
    """A booking request whose system prompt echoes the tool call, as some applications write it."""
    def at(ms: int) -> str:
        return (T0 + timedelta(milliseconds=ms)).isoformat()

    output = {"appointment": "APT-20931", "status": "confirmed", "starts": "2026-03-12T10:00:00"}
    system = ("You are the Brightsmile Dental assistant. Our reception is on 0113 496 0555."
              f"{system_extra}\n\nTool results:\nTool book_checkup({json.dumps(tool_input)}) -> {json.dumps(output)}")
    return Trace.model_validate({
        "trace_id": "t-dental", "input": {"query": "Can you book my check-up?"}, "output": {"answer": answer},
        "spans": [
            {"span_id": "s0", "name": "chat", "kind": "chain", "start_time": at(0), "end_time": at(1500)},
            {"span_id": "s1", "parent_id": "s0", "name": "kb.search", "kind": "retriever", "start_time": at(5),
             "end_time": at(90), "documents": [{"id": "kb-7", "content": ARTICLE, "score": 0.8}]},
            {"span_id": "s2", "parent_id": "s0", "name": "tool.book_checkup", "kind": "tool", "start_time": at(95),
             "end_time": at(300), "input": tool_input, "output": output, "attributes": {"tool.name": "book_checkup"}},
            {"span_id": "s3", "parent_id": "s0", "name": "llm.chat", "kind": "llm", "start_time": at(310),
             "end_time": at(1490), "model": "gpt-4o-mini", "prompt": {"name": "support-answer", "version": "v2.0"},
             "messages": [{"role": "system", "content": system},
                          {"role": "user", "content": "Can you book my check-up?"}],
             "output": {"content": answer}},
        ],
    })


def test_a_customers_phone_sent_to_a_tool_is_not_published_by_the_system_prompt_echo() -> None:
    """The customer's mobile in the tool input (and so in the echoed call) is personal data, not a public line."""
    trace = _trace({"patient": "P-4410", "sms_to": "07700 900 461"}, "Booked: APT-20931 on 12 March at 10:00.")
    found = trace_pii(trace, load_contract())
    assert found and {item.match.kind for item in found} == {"phone"}


def test_the_operators_own_line_in_the_system_prompt_stays_public() -> None:
    """Control: the reception line the system prompt publishes, quoted in the answer, is no leak."""
    trace = _trace({"patient": "P-4410"}, "Booked: APT-20931. To change it, call reception on 0113 496 0555.")
    assert trace_pii(trace, load_contract()) == []


def test_a_published_line_passed_to_a_tool_stays_public_when_a_document_publishes_it() -> None:
    """Control: a value a document publishes is public even when a tool received it too."""
    trace = _trace({"patient": "P-4410", "callback": "0113 496 0555"}, "Booked: APT-20931.")
    trace.spans[1].documents[0].content = ARTICLE + " Reception: 0113 496 0555."  # type: ignore[index]
    assert trace_pii(trace, load_contract()) == []


def test_email_written_with_at_in_brackets_is_an_email() -> None:
    """'ana.silva (at) example.org' and 'ana [at] example [dot] org' are addresses, redacted like any."""
    found = find_pii("Write to ana.silva (at) example.org or ana [at] example [dot] org.")
    assert [m.canonical for m in found] == ["ana.silva@example.org", "ana@example.org"]
    assert "(at)" not in redact_text("Mail ana.silva (at) example.org", load_contract())


def test_at_in_brackets_without_an_address_is_not_an_email() -> None:
    """Control: 'see you (at) noon' and 'pay (at) the desk' hold no domain, so no address."""
    assert find_pii("See you (at) noon, or pay (at) the desk.") == []


def test_a_uk_mobile_in_a_range_phonenumbers_calls_invalid_is_still_a_phone() -> None:
    """A national GB mobile in the drama range ("07700 900583"), GB a secondary region, is read as a phone."""
    found = find_pii("Text me when it's ready: 07700 900583")
    assert [m.canonical for m in found] == ["+447700900583"]


def test_a_short_spaced_run_in_a_secondary_region_is_not_read_as_a_phone() -> None:
    """Control: possible but shorter than the region's numbers ("01 02 1990", "0123 456 789"): no phone."""
    assert find_pii("Born 01 02 1990, reference 0123 456 789.") == []


def test_a_published_address_cut_short_by_a_truncated_field_stays_public() -> None:
    """A guardrail field that kept 'reception@brightsmile.co' of the published '...co.uk' is no leak."""
    trace = _trace({"patient": "P-4410"}, "Booked: APT-20931.",
                   system_extra=" Mail reception@brightsmile.co.uk.")
    trace.spans.append(trace.spans[3].model_copy(update={
        "span_id": "s4", "name": "guardrail.output", "kind": "guardrail", "messages": None, "model": None,
        "prompt": None, "input": {"text": "Write to reception@brightsmile.co.u"}, "output": {"allowed": True}}))
    assert trace_pii(trace, load_contract()) == []


def test_an_address_that_only_shares_a_published_domain_is_still_personal() -> None:
    """Control: 'jo@brightsmile.co' is not a cut-short 'reception@brightsmile.co.uk': it is reported."""
    trace = _trace({"patient": "P-4410"}, "Booked: APT-20931; we wrote to jo@brightsmile.co about it.",
                   system_extra=" Mail reception@brightsmile.co.uk.")
    assert {item.match.canonical for item in trace_pii(trace, load_contract())} == {"jo@brightsmile.co"}


def test_a_published_number_cut_short_by_a_truncated_field_stays_public() -> None:
    """A guardrail field that kept '0113 496 055' of the published reception line '0113 496 0555' is no leak."""
    trace = _trace({"patient": "P-4410"}, "Booked: APT-20931. Reception is on 0113 496 0555.")
    trace.spans.append(trace.spans[3].model_copy(update={
        "span_id": "s4", "name": "guardrail.output", "kind": "guardrail", "messages": None, "model": None,
        "prompt": None, "input": {"text": "Booked: APT-20931. Reception is on +44 113 496 055"},
        "output": {"allowed": True}}))
    assert trace_pii(trace, load_contract()) == []


def test_a_number_that_differs_from_a_published_one_is_still_personal() -> None:
    """Control: '0113 496 0556' shares all but its last digit with the published line: a customer's, reported."""
    trace = _trace({"patient": "P-4410"}, "Booked: APT-20931; we will text 0113 496 0556 the day before.")
    assert {item.match.canonical for item in trace_pii(trace, load_contract())} == {"+441134960556"}


def test_an_international_number_written_without_spaces_is_a_phone() -> None:
    """E.164 as stored ("+447700900871"), in a range phonenumbers calls invalid and with no cue, is a phone."""
    found = find_pii("Tell the courier to ring +447700900871 at the gate.")
    assert [m.canonical for m in found] == ["+447700900871"]


def test_a_plus_sign_before_too_few_digits_or_a_bare_run_is_not_a_phone() -> None:
    """Control: one digit short of the country's numbers ("+44770090021"), or no "+" ("447700900213"): no phone."""
    assert find_pii("Balance +44770090021 and reference 447700900213 today.") == []


@pytest.mark.parametrize("text", ["Ruf mich an: 0176 98765432. Is the pool open today?",
                                  "Move my cleaning slot to Friday; I'm on 0859876543 if anything changes."])
def test_call_me_in_another_language_or_im_on_cues_a_foreign_mobile(text: str) -> None:
    """A foreign mobile no contract region reads is a phone after "Ruf mich an" or "I'm on"."""
    assert [m.kind for m in find_pii(text)] == ["phone"]


def test_the_same_digits_without_a_cue_or_after_an_address_stay_unread() -> None:
    """Control: the same foreign runs without a cue, and "I'm at" before a street number, are no phone."""
    assert find_pii("Is the pool open today? Ref 0176 98765432.") == []
    assert find_pii("Move my cleaning slot to Friday; I'm at 221 Baker Street, room 0859876543.") == []


def _history_trace(earlier_turn: str) -> Trace:
    """A chat request whose resent history carries an earlier turn with the article it retrieved appended."""
    def at(ms: int) -> str:
        return (T0 + timedelta(milliseconds=ms)).isoformat()

    answer = "Check-ups cost £55 [kb-7]."
    return Trace.model_validate({
        "trace_id": "t-history", "input": {"query": "How much is a check-up?"}, "output": {"answer": answer},
        "spans": [
            {"span_id": "s0", "name": "chat", "kind": "chain", "start_time": at(0), "end_time": at(1500)},
            {"span_id": "s1", "parent_id": "s0", "name": "kb.search", "kind": "retriever", "start_time": at(5),
             "end_time": at(90), "documents": [{"id": "kb-7", "content": ARTICLE, "score": 0.8}]},
            {"span_id": "s3", "parent_id": "s0", "name": "llm.chat", "kind": "llm", "start_time": at(310),
             "end_time": at(1490), "model": "gpt-4o-mini", "prompt": {"name": "support-answer", "version": "v2.0"},
             "messages": [{"role": "system", "content": "You are the Brightsmile Dental assistant."},
                          {"role": "user", "content": earlier_turn},
                          {"role": "assistant", "content": "Our practice manager can help."},
                          {"role": "user", "content": f"How much is a check-up?\n\n[kb-7] Prices\n{ARTICLE}"}],
             "output": {"content": answer}},
        ],
    })


_EARLIER_ARTICLE = ("Who handles complaints?\n\n(retrieved)\n[kb-12] Complaints\nWrite to our practice manager at "
                    "manager@brightsmile-dental.co.uk or ring 0113 496 0777.")


def test_contacts_of_an_article_resent_in_the_chat_history_are_published() -> None:
    """An earlier turn's article, resent with the history under an id shaped like the documents' ("[kb-12]" beside
    kb-7), publishes its contacts: no PII_LEAK for them."""
    assert trace_pii(_history_trace(_EARLIER_ARTICLE), load_contract()) == []


def test_a_customers_details_beside_a_resent_article_stay_personal() -> None:
    """Control: the customer's own mobile in the same turn, and the same contacts under no id of the documents'
    shape, are still personal data."""
    own = _EARLIER_ARTICLE.replace("Who handles complaints?", "Who handles complaints? Text me on 07700 900 461.")
    assert [p.match.kind for p in trace_pii(_history_trace(own), load_contract())] == ["phone"]
    unmarked = _EARLIER_ARTICLE.replace("[kb-12] ", "[note] ")
    assert sorted(p.match.kind for p in trace_pii(_history_trace(unmarked), load_contract())) == ["email", "phone"]
