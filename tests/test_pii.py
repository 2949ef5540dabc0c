"""Personal data, one rule set: find_pii finds e-mails, international phones, card numbers and IBANs,
and never takes an identifier (hex ids, UUIDs, trace/span ids, order numbers) for a card or a phone."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_pii
from llmops_kit.io import load_trace_records
from llmops_kit.knowledge_base import load_knowledge_base
from llmops_kit.pii import (
    EMAIL_DOMAIN_RE,
    EMAIL_RE,
    canonical_values,
    find_emails,
    find_pii,
    keyed_strings,
    luhn_valid,
    mask,
    public_values,
)
from llmops_kit.traces import Document, Message, Span, Trace

CONTRACT = load_contract()
T0 = datetime(2025, 3, 1, tzinfo=timezone.utc)

# pieces chosen to sit on the e-mail pattern's edges
PIECES = [*"0123456789 -.()+\n\t@_%", *"abXZ", "é", "\u00a0", "\x00", ".com", "a@b.co", "x.y@mail.example.org"]


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """A Luhn-valid number of ``length`` digits starting with ``prefix``."""
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("unreachable: one check digit always completes a Luhn number")


def kinds(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(m.kind, m.value) for m in find_pii(text, **kwargs)]  # type: ignore[arg-type]


def test_find_emails_matches_finditer_exactly() -> None:
    """The @-anchored e-mail scanner, with or without its domain pre-check, returns what the plain pattern finds."""
    rng = random.Random(3)
    matched = 0
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        expected = [m.span() for m in EMAIL_RE.finditer(text)]
        assert [m.span() for m in find_emails(EMAIL_RE, text)] == expected, text
        assert [m.span() for m in find_emails(EMAIL_RE, text, EMAIL_DOMAIN_RE)] == expected, text
        matched += len(expected)
    assert matched > 200, "the generated texts should contain plenty of matches, or this test proves nothing"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Call me on +44 20 7946 0958 tomorrow", "+442079460958"),
        ("My number is 020 7946 0958.", "+442079460958"),  # GB national format, GB is a contract region
        ("Ring (020) 7946 0958", "+442079460958"),
        ("Reach me at +49 30 901820", "+4930901820"),
        ("tel:+33 1 42 68 53 00", "+33142685300"),
        ("+81 3-1234-5678 is my office", "+81312345678"),
        ("Call (415) 555-2671 after 5", "+14155552671"),
        ("Text 415.555.2671", "+14155552671"),
        ("or 555-123-4567", "+15551234567"),  # a phone layout, possible in the US
    ],
)
def test_international_and_national_phones_are_found(text: str, canonical: str) -> None:
    """Phones in international and national formats are found, and compared in E.164 form."""
    [match] = find_pii(text)
    assert match.kind == "phone" and match.canonical == canonical
    assert text[match.start:match.end] == match.value


@pytest.mark.parametrize(
    "text",
    [
        "Order shipped 2025-03-10 09:00, arrives 03/14/2025.",
        "Total $1,299.00, or 12 payments of 108.25",
        "Build 1.2.3456789 from commit 4f9c2e1",
        "started 1710059430 (epoch) and 1710059430123456789 ns",
        "ISBN 978-3-16-148410-0",
        "Your order NW-4491246 is in aisle 12345678",
    ],
)
def test_dates_prices_versions_and_ids_are_not_phones(text: str) -> None:
    """Numbers that are not phone numbers stay unreported."""
    assert find_pii(text) == []


def test_region_decides_how_national_numbers_read() -> None:
    """A GB national number grouped otherwise than the UK prints it is a phone with region GB, nothing with US
    only (written as the UK groups it, "020 7946 0958" is read in any contract: see test_pii_formats.py); a bad
    region is named."""
    assert kinds("0207 946 0958", region="GB") == [("phone", "0207 946 0958")]
    assert kinds("0207 946 0958", region="US") == []
    assert kinds("+44 20 7946 0958", region="US") == [("phone", "+44 20 7946 0958")]
    with pytest.raises(ValueError, match="unknown phone region"):
        find_pii("020 7946 0958", region="XX")


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Card 4111 1111 1111 1111 please", "4111111111111111"),
        ("card: 5555-5555-5555-4444", "5555555555554444"),
        ("Amex 3782 822463 10005", "378282246310005"),
        ("paid with 4012888888881881.", "4012888888881881"),
    ],
)
def test_card_numbers_are_found(text: str, digits: str) -> None:
    """Card-shaped, network-prefixed, Luhn-valid numbers are cards."""
    [match] = find_pii(text)
    assert match.kind == "card" and match.canonical == digits


@pytest.mark.parametrize(
    "text",
    [
        "Is 4111 1111 1111 1112 right?",  # Luhn fails
        "ref 1234 5678 9012 3452",  # no card network starts with 1
        "4111 1111 1111 1111 1111 1111",  # a longer chain of groups is not one card
        "Order #4111111111111111 shipped",
        "tracking number 4111111111111111",
        '{"span_id": "4111111111111111"}',
    ],
)
def test_card_like_numbers_that_are_not_cards(text: str) -> None:
    """Bad checksums, unknown networks, over-long chains and labelled ids are not cards."""
    assert [m for m in find_pii(text) if m.kind == "card"] == []


def test_id_trap_luhn_valid_card_numbers_inside_hex_ids_and_uuids() -> None:
    """A Luhn-valid, card-prefixed digit run inside a hex id, a UUID or an id field is never a card."""
    rng = random.Random(11)
    checked = 0
    for _ in range(500):
        card = luhn_complete(*rng.choice([("4", 16), ("51", 16), ("37", 15), ("6011", 16)]), rng)
        hexid = "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(2, 8)))
        texts = [
            f"trace {hexid}{card}{hexid}",
            f"trace_id={hexid}{card}",
            f"span {card}{hexid[0] if hexid[0].isalpha() else 'f'}",
            f"{uuid.UUID(int=rng.getrandbits(128))}-{card}",
            f"NW-{card}",
            f'{{"trace_id": "{card}", "parentSpanId": "{card}"}}',
            f"order {card}",
        ]
        for text in texts:
            assert [m for m in find_pii(text) if m.kind in ("card", "phone")] == [], text
            checked += 1
        assert [m.kind for m in find_pii(f"my card is {card}")] == ["card"]  # the control: unlabelled, it is one
    assert checked == 3500


def test_iban_found_with_a_valid_checksum_only() -> None:
    """IBANs are found by country format and mod-97 check, spaced or compact; a wrong check digit is not."""
    assert kinds("Pay to DE89 3704 0044 0532 0130 00 please") == [("iban", "DE89 3704 0044 0532 0130 00")]
    assert kinds("IBAN GB82WEST12345698765432.") == [("iban", "GB82WEST12345698765432")]
    assert kinds("IBAN GB83WEST12345698765432.") == []


def test_matches_come_in_order_with_offsets() -> None:
    """Each match's offsets cut its value out of the text, in order of appearance."""
    text = "jane@example.org, +44 20 7946 0958, 4111 1111 1111 1111, DE89 3704 0044 0532 0130 00"
    matches = find_pii(text)
    assert [m.kind for m in matches] == ["email", "phone", "card", "iban"]
    assert all(text[m.start:m.end] == m.value for m in matches)


def test_text_without_at_or_digit_clusters_has_nothing() -> None:
    """The cheap path: no '@' and no eight-digit cluster, nothing to find."""
    assert find_pii("Refunds reach your card within 5 business days [kb-002], order NW-44.") == []


def test_canonical_values_compare_formats() -> None:
    """The same phone written two ways and an e-mail in two cases are one value each."""
    values = canonical_values(["+44 20 7946 0958", "020 7946 0958", "Jane@Example.org", "jane@example.org"])
    assert values == {"+442079460958", "jane@example.org"}


def test_luhn_and_mask() -> None:
    """The Luhn check and the masking a report uses."""
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112") and not luhn_valid("12345")
    assert mask("email", "jane.doe@example.com") == "j***@example.com"
    assert mask("card number", "4111 1111 1111 1111") == "***1111"


def test_keyed_strings_keep_the_field_name() -> None:
    """The walk gives each string with the field it sits under; list items take their list's key."""
    span = Span(span_id="s", name="x", start_time=T0, end_time=T0, input={"emails": ["a@b.co", "c@d.co"]})
    assert ("emails", "a@b.co") in keyed_strings(span) and ("span_id", "s") in keyed_strings(span)


# ---- public contacts ----------------------------------------------------------------------------


def test_packaged_contract_lists_every_contact_the_knowledge_base_publishes() -> None:
    """Every e-mail and phone the help articles publish is in the contract's pii.public_contacts."""
    published = canonical_values(article.content for article in load_knowledge_base())
    listed = canonical_values(CONTRACT.pii.public_contacts)
    assert published and published <= listed


def _trace(answer: str, docs: list[Document] | None = None, tool_output: object = None) -> Trace:
    spans = [
        Span(span_id="root", name="chat", kind="chain", start_time=T0, end_time=T0, output={"answer": answer}),
        Span(span_id="kb", parent_id="root", name="kb.search", kind="retriever", start_time=T0, end_time=T0,
             documents=docs or [Document(id="kb-1", content="Returns within 30 days.")]),
    ]
    if tool_output is not None:
        spans.append(Span(span_id="tool", parent_id="root", name="tool.crm", kind="tool", start_time=T0,
                          end_time=T0, output=tool_output))
    return Trace(trace_id="t", spans=spans)


def test_public_contacts_from_the_knowledge_base_or_documents_are_not_a_leak() -> None:
    """The shop's published address and a phone printed in a retrieved article are public, however written."""
    doc = Document(id="kb-9", content="Call the library desk on +44 20 7946 0000.")
    assert detect_pii(_trace("Write to help@northwindoutfitters.com or call 1-800-555-0142."), CONTRACT) == []
    assert detect_pii(_trace("Call the desk on 020 7946 0000.", [doc]), CONTRACT) == []


@pytest.mark.parametrize(
    ("article", "answer"),
    [
        ("Our Paris desk: +33 1 99 00 34 99.", "Call our desk on 01 99 00 34 99."),  # French national format
        ("Old switchboard 0171 496 0000 still works.", "Try +44 171 496 0000."),  # printed nationally, not valid
        ("Manchester desk +44 161 496 0000", "Ring 0161 496 0000"),
    ],
)
def test_published_number_in_another_format_is_public(article: str, answer: str) -> None:
    """A number the article prints stays public when the answer writes it in another country's format."""
    assert detect_pii(_trace(answer, [Document(id="kb-7", content=article)]), CONTRACT) == []
    assert {m.kind for m in find_pii(answer)} <= {"phone"}
    assert "phone" in {m.kind for m in find_pii(answer, region=("US", "GB", "FR"))}


def test_public_values_hold_canonical_values_and_national_numbers() -> None:
    """public_values gives canonical forms plus national-number keys for every printed number."""
    values = public_values([Document(id="d", content="Write to a@b.co or call +44 20 7946 0958.")])
    assert {"a@b.co", "+442079460958", "nsn:2079460958"} <= values


def test_customer_contact_in_a_tool_result_is_a_leak() -> None:
    """A customer's phone returned by a CRM tool is reported, masked, at the tool span."""
    trace = _trace("Done.", tool_output={"customer_phone": "+44 7700 900123", "id": "c-1"})
    [finding] = detect_pii(trace, CONTRACT)
    assert finding.signal == "phone number" and finding.span_id == "tool" and "0123" in finding.explanation
    assert "7700 900123" not in finding.explanation


def test_ids_in_a_trace_are_not_a_leak() -> None:
    """A healthy trace full of random hex / UUID / numeric ids reports nothing."""
    rng = random.Random(5)
    for _ in range(200):
        card = luhn_complete("4", 16, rng)
        trace = _trace(f"Order {card} ships today.", tool_output={
            "order_id": card, "trace": uuid.UUID(int=rng.getrandbits(128)).hex, "span_id": card,
            "ref": f"{rng.getrandbits(64):016x}"})
        assert detect_pii(trace, CONTRACT) == []


def test_long_run_scan_finds_every_run_the_pattern_finds() -> None:
    """The C-speed cluster scan yields every digit run of eight digits or more that the plain pattern yields."""
    from llmops_kit.pii import _NUMBER_RUN, MIN_DIGITS, _long_runs

    rng = random.Random(9)
    pieces = [*"0123456789" * 3, *" -.()+\n/x#", "+44 20 7946 0958", "(415) 555-2671", "é"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        expected = [m.span() for m in _NUMBER_RUN.finditer(text) if sum(c.isdigit() for c in m.group()) >= MIN_DIGITS]
        got = [m.span() for m in _long_runs(text) if sum(c.isdigit() for c in m.group()) >= MIN_DIGITS]
        assert got == expected, text
        found += len(expected)
    assert found > 500


# ---- phones the text names, organisation numbers, chat history, the eval set ----------------------------

EVALSET = Path(__file__).resolve().parent / "data" / "evalset"


@pytest.mark.parametrize(("text", "canonical"), [
    ("You can reach me on 07700 900461.", "+447700900461"),  # Ofcom's fictional range: possible, not valid
    ("my number is +44 (0)7700 900 461", "+447700900461"),  # the bracketed trunk after the country code
    ("Call me on 0151 23456789 after six.", "nsn:15123456789"),  # a German mobile, no contract region reads it
    ("mobile: 098450 12345", "+449845012345"),  # an Indian mobile that GB would read as premium rate
    ("Meine Handynummer: 0151 23456789", "nsn:15123456789"),  # the same cues in other languages
    ("meine Nummer ist 0151 23456789", "nsn:15123456789"),
    ("Could you call me back on 07700 900461?", "+447700900461"),  # words between the person and "on"
    ("Text me the receipt at 07700 900461 please.", "+447700900461"),
])
def test_numbers_the_text_names_as_a_phone_are_found(text: str, canonical: str) -> None:
    """A number after 'reach me on', 'my number', 'mobile:' only has to be possible, or 9-15 digits."""
    [match] = find_pii(text, region=("US", "GB"))
    assert match.kind == "phone" and match.canonical == canonical


@pytest.mark.parametrize("text", [
    "The tracking number is 6129 9803 0045 715.",  # a label before "number is" is not a phone cue
    "Call me on 12 March 2025.",  # a date after a cue
    "Call me on 2025-03-10 09:00.",  # a date and time after a cue
    "Ring 0800 157 0420 any time.",  # freephone: an organisation's line
    "Call 1-800-555-0142.",
    # words, but no "on" / "at" before it: runs only a cue would make a phone ("Call me on 4915 1234 5678" is one;
    # a full-length GB mobile such as 07700 900461 is read without a cue since the retr8 round)
    "Call me about the 2 parcels 4915 1234 5678 and 4915 1234 5679.",
    "Call us back on 0800 157 0420.",  # freephone, and "us" is the organisation
])
def test_cues_do_not_make_ids_dates_or_organisation_numbers_personal(text: str) -> None:
    """Ids, dates, short runs and freephone numbers stay out, with or without a cue word."""
    assert [m for m in find_pii(text, region=("US", "GB")) if m.kind == "phone"] == []


def test_cued_number_must_be_the_whole_digit_run() -> None:
    """Read leniently, a few digits of a longer run are never reported as a phone."""
    [match] = find_pii("reach me on 0151 23456789", region=("US", "GB"))
    assert match.value == "0151 23456789"


def _chat_trace(history: list[tuple[str, str]], answer: str) -> Trace:
    messages = [Message(role=role, content=content) for role, content in history]
    llm = Span(span_id="llm", name="llm.chat", kind="llm", start_time=T0, end_time=T0, messages=messages,
               output={"content": answer})
    return Trace(trace_id="t", spans=[llm])


def test_earlier_assistant_turns_are_not_scanned_but_user_turns_are() -> None:
    """A contact an earlier answer quoted from its own articles is not a leak; a customer's phone in a user turn is."""
    quoted = [("user", "Who do I call if my phone is stolen?"), ("assistant", "Call +33 1 99 00 34 99 [1].")]
    assert detect_pii(_chat_trace(quoted, "Your plan renews on 18 February."), CONTRACT) == []
    told = [*quoted, ("user", "ok, reach me on +44 7700 900123")]
    [finding] = detect_pii(_chat_trace(told, "Noted."), CONTRACT)
    assert finding.signal == "phone number" and "0123" in finding.explanation


def _eval(name: str) -> Trace:
    [trace] = load_trace_records(EVALSET / name)
    return trace


@pytest.mark.parametrize("name", ["native/insurance-020.json", "native/bank-047.json",
                                  "langsmith/insurance-042.json", "otlp/hospital-047.json"])
def test_eval_set_phones_in_other_formats_are_leaks(name: str) -> None:
    """Customers' phones in UK, German and Indian national formats (eval set) are PII_LEAK."""
    assert [f.signal for f in detect_pii(_eval(name), CONTRACT)] == ["phone number"]


@pytest.mark.parametrize("name", ["native/telco-007.json", "native/hospital-036.json", "native/bank-013.json",
                                  "native/insurance-024.json", "native/insurance-025.json", "otlp/telco-024.json",
                                  "native/games-015.json"])
def test_eval_set_public_numbers_history_and_id_traps_are_not_leaks(name: str) -> None:
    """Long chat histories, a freephone in two formats, Luhn-valid ids and a tracking number are no PII_LEAK."""
    assert detect_pii(_eval(name), CONTRACT) == []
