"""National numbers of countries that dial without a trunk prefix (Portugal, Norway, Spain, Denmark...).

The rule for a customer abroad goes by the trunk ``0`` a national number opens with; these countries have none,
so "912 640 315" was read nowhere, even by a contract that lists Portugal. Such a number is read in a secondary
region without a trunk prefix when it is valid there, a person's line, and written in a phone layout whose
groups are not thousands; a trace adds the trunk-less regions of the international numbers its operator
publishes (a studio in Lisbon that prints "+351 213 460 882"). Controls: ids, amounts, decimals, a trace that
publishes no such number, and the operator's own number in national form.

Regions with a trunk prefix are added the same way: a shop in Nuremberg that prints "+49 911 ..." reads its
customer's "0151 55512345", grouped as people write it rather than as ``phonenumbers`` prints it. And a
card-shaped number named a receipt, voucher or coupon number is the shop's reference.
"""

from __future__ import annotations

import pytest

from llmops_kit.breakers.signals import extract_signals
from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.phones import published_regions_in, trunkless, trunkless_regions_in
from llmops_kit.pii import find_pii
from llmops_kit.redact import redact_trace, trace_pii, trace_regions
from llmops_kit.testing import trace_payload
from llmops_kit.traces import Trace

CONTRACT = load_contract()


def phones(text: str, regions: tuple[str, ...]) -> list[str]:
    return [m.canonical for m in find_pii(text, region=regions) if m.kind == "phone"]


@pytest.mark.parametrize(("text", "region", "canonical"), [
    ("Sou a Marta, 912 640 315 - is there room?", "PT", "+351912640315"),
    ("Ingrid here, 915 55 203 - can my son join?", "NO", "+4791555203"),
    ("Soy Lucía, 612 34 56 78, ¿hay sitio?", "ES", "+34612345678"),
    ("Jeg hedder Mette, 20 12 34 56.", "DK", "+4520123456"),
])
def test_a_trunkless_regions_national_mobile_is_read_when_the_region_is_listed(
        text: str, region: str, canonical: str) -> None:
    """Listed as a secondary region, the country's mobile in a phone layout is a phone; unlisted, it stays unread
    (no cue word, no trunk prefix, no "+")."""
    assert trunkless(region)
    assert phones(text, ("US", "GB", region)) == [canonical]
    assert phones(text, ("US", "GB")) == []


@pytest.mark.parametrize(("text", "region"), [
    ("Order 212 345 678 has shipped.", "PT"),  # an id after its label
    ("The price is kr 22 500 000.", "NO"),  # thousands, and a valid Oslo landline's digits
    ("A total of 915.55203 units.", "NO"),  # a decimal number
    ("Reference 91555203, please quote it.", "NO"),  # one run of digits, no phone layout
    ("Batch 912 640 31 went out.", "PT"),  # too short to be valid
])
def test_ids_amounts_and_decimals_stay_unread_in_a_trunkless_region(text: str, region: str) -> None:
    """Controls: validity, a phone layout whose groups are not thousands, and the id rules keep these out."""
    assert phones(text, ("US", "GB", region)) == []


def test_trunkless_regions_in_reads_the_country_of_published_international_numbers() -> None:
    """Only regions without a trunk prefix are returned: the UK's and France's numbers are read already."""
    assert trunkless_regions_in("Ring the studio: +351 213 460 882 (Tue-Sat 10h00-19h00).") == {"PT"}
    assert trunkless_regions_in("Desk +47 32 05 71 90, kl. 08.30-16.00") == {"NO"}
    assert trunkless_regions_in("Call +44 20 7946 0958 or +33 1 23 45 67 89.") == set()
    assert trunkless_regions_in("No international number here: 213 460 882.") == set()


def _studio_trace(question: str, answer: str, published: str) -> Trace:
    """A request whose system prompt publishes the studio's line ``published``."""
    payload = trace_payload("studio", input={"query": question}, output={"answer": answer})
    payload["spans"][2]["messages"] = [
        {"role": "system", "content": f"You answer for a ceramics studio. Point people to the studio: {published}."},
        {"role": "user", "content": question},
    ]
    return Trace.model_validate(payload)


def test_a_trace_publishing_a_portuguese_line_reads_the_customers_portuguese_mobile() -> None:
    """The customer's "912 640 315" is a PII_LEAK, for the detector, the breaker and redaction alike."""
    trace = _studio_trace("Sou a Marta, 912 640 315 - is there space on Saturday?",
                          "Saturday's class has space; please ask the studio on 213 460 882.", "+351 213 460 882")
    assert trace_regions(trace, CONTRACT) == (*CONTRACT.pii.phone_regions, "PT")
    found = trace_pii(trace, CONTRACT)
    assert {item.match.canonical for item in found} == {"+351912640315"}
    assert "PII_LEAK" in diagnose(trace, CONTRACT).codes
    assert extract_signals(trace, ["pii_matches"], contract=CONTRACT).get("pii_matches") == 1.0
    redacted = redact_trace(trace, CONTRACT)
    assert "912 640 315" not in redacted.model_dump_json() and "213 460 882" in redacted.model_dump_json()


def test_without_a_published_trunkless_number_the_mobile_stays_unread() -> None:
    """Control: the same question where the operator publishes a UK line; nothing says where "912 640 315" is."""
    trace = _studio_trace("Sou a Marta, 912 640 315 - is there space on Saturday?",
                          "Saturday's class has space; please ask the studio.", "+44 20 7946 0321")
    assert trace_regions(trace, CONTRACT) == tuple(CONTRACT.pii.phone_regions)
    assert trace_pii(trace, CONTRACT) == []


def test_the_operators_own_number_in_national_form_is_public() -> None:
    """Control: the studio's "+351 213 460 882" written "213 460 882" in the answer is the published line."""
    trace = _studio_trace("When are you open?", "Tuesday to Saturday; ring 213 460 882.", "+351 213 460 882")
    assert trace_pii(trace, CONTRACT) == []
    assert "PII_LEAK" not in diagnose(trace, CONTRACT).codes


def test_published_regions_in_reads_every_country_of_published_international_numbers() -> None:
    """Regions with a trunk prefix are named too: their customers write national numbers in their own grouping."""
    assert published_regions_in("Call 0911 5550 2210 (+49 911 5550 2210 from abroad).") == {"DE"}
    assert published_regions_in("Call +44 20 7946 0958 or +33 1 23 45 67 89.") == {"GB", "FR"}
    assert published_regions_in("No international number here: 0911 5550 2210.") == set()


def test_a_trace_publishing_a_german_line_reads_the_customers_german_mobile_in_their_own_grouping() -> None:
    """"0151 55512345" is a German mobile grouped as people write it; ``phonenumbers`` prints "01515 5512345", so
    without the region only a cue word would read it. The shop's "+49 ..." line says where its customers are."""
    question = "Jonas here, 0151 55512345 - is my locomotive ready?"
    trace = _studio_trace(question, "Services take about 3 weeks; we will call when it is done.",
                          "0911 5550 2210 (+49 911 5550 2210 from abroad)")
    assert trace_regions(trace, CONTRACT) == (*CONTRACT.pii.phone_regions, "DE")
    assert {item.match.canonical for item in trace_pii(trace, CONTRACT)} == {"+4915155512345"}
    assert "PII_LEAK" in diagnose(trace, CONTRACT).codes
    control = _studio_trace(question, "Services take about 3 weeks; we will call when it is done.",
                            "+44 20 7946 0321")
    assert trace_pii(control, CONTRACT) == []


@pytest.mark.parametrize("question", [
    "Order 0151 5551 2345 - has it shipped?",  # an id after its label
    "Is the 05.12.2026 slot free?",  # a German date
    "Is 01069 your postcode for the Dresden shop?",  # a postcode, too short for a phone
    "The 0911 5550 2210 line was busy all day.",  # the shop's own number, written nationally
])
def test_a_german_shops_ids_dates_and_own_number_stay_unread(question: str) -> None:
    """Controls in a trace that publishes a German line: the home region reads only a customer's number."""
    trace = _studio_trace(question, "Thanks, we will look into it.", "0911 5550 2210 (+49 911 5550 2210 from abroad)")
    assert trace_pii(trace, CONTRACT) == []


@pytest.mark.parametrize(("text", "kinds"), [
    ("Receipt no. 4000-0025-0000-3155 - can I still exchange it?", []),
    ("Voucher code 6011-0000-0000-0004 - is it valid for a cut?", []),
    ("Coupon 4000 0025 0000 3155 expired yesterday.", []),
    ("Pay the deposit with card 4000 0025 0000 3155, please.", ["card"]),
    ("My card number is 6011 0000 0000 0004.", ["card"]),
    ("Receipt no. 4471 and card 6011 0000 0000 0004 for the refund.", ["card"]),
])
def test_a_card_shaped_number_named_a_receipt_or_voucher_is_the_shops_reference(text: str, kinds: list[str]) -> None:
    """The word before the number ("no." and "code" skipped) names what it is: a receipt, voucher or coupon number
    is the shop's reference even when its digits pass the card checks; named a card, or unnamed, it is a card."""
    assert [m.kind for m in find_pii(text)] == kinds


def test_a_postcode_named_as_one_is_no_phone_even_where_its_digits_are_a_valid_number() -> None:
    """"01310-100" (a Sao Paulo postcode) is a valid Vienna number; in an Austrian shop's trace the word before it
    decides. Control: the same digits as the customer's own number are read."""
    published = "01 310 4400 (+43 1 310 4400 from abroad)"
    named = _studio_trace("Postcode 01310-100 - do you deliver there?", "Yes, we deliver there.", published)
    assert trace_regions(named, CONTRACT) == (*CONTRACT.pii.phone_regions, "AT")
    assert trace_pii(named, CONTRACT) == []
    own = _studio_trace("Call me on 01310-100 about the delivery.", "We will call you.", published)
    assert {item.match.canonical for item in trace_pii(own, CONTRACT)} == {"+431310100"}


@pytest.mark.parametrize(("text", "region", "canonical"), [
    ("This is Aiko, 090-2211-4455. Is the sauna open late?", "JP", "+819022114455"),
    ("Kenji here: 090 5566 7788, can we book two rooms?", "JP", "+819055667788"),
])
def test_a_number_a_secondary_region_reads_as_premium_is_a_later_regions_mobile(
        text: str, region: str, canonical: str) -> None:
    """"090-2211-4455" is a British premium line and a Japanese mobile. Read for a business that publishes a
    Japanese line (regions US, GB, JP), the British reading no longer ends the search; with the contract's regions
    only, or when the primary region itself reads the run as an organisation's line, it stays unread."""
    assert phones(text, ("US", "GB", region)) == [canonical]
    assert phones(text, ("US", "GB")) == []
    assert phones("Our tips line is 0900 123 4567.", ("GB", region)) == []  # the primary region's own premium line
