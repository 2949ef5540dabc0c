"""National numbers of countries that dial without a trunk prefix (Portugal, Norway, Spain, Denmark...).

The rule for a customer abroad goes by the trunk ``0`` a national number opens with; these countries have none,
so "912 640 315" was read nowhere, even by a contract that lists Portugal. Such a number is read in a secondary
region without a trunk prefix when it is valid there, a person's line, and written in a phone layout whose
groups are not thousands; a trace adds the trunk-less regions of the international numbers its operator
publishes (a studio in Lisbon that prints "+351 213 460 882"). Controls: ids, amounts, decimals, a trace that
publishes no such number, and the operator's own number in national form.
"""

from __future__ import annotations

import pytest

from llmops_kit.breakers.signals import extract_signals
from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.phones import trunkless, trunkless_regions_in
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
