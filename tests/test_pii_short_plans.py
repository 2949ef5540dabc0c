"""Two readings of the personal-data rules: national numbers shorter than the scan's digit minimum, and place codes.

Short numbering plans: the scan reads runs of eight digits or more, since shorter runs are mostly amounts, times
and references. A few countries that dial without a trunk prefix give people lines of seven digits or fewer
(Iceland's "661 4478", Fiji's "701 2345", the Maldives' "771-2345"), so a customer of an operator there was read
only with a "+". In a trace whose regions hold such a country (the contract's, or one whose international numbers
the operator prints), a shorter run is read by that country's own plan: valid there, a person's line, written in
the country's own grouping (or named a phone by the text), with the same id, glue and date rules as any run.

Place codes: a building's or a plot's number in an address or land register ("Makani number 2534579810",
Dubai's ten-digit building code, valid as a US phone number's digits) is an identifier, read as one after its
label, also when the text says "<label> number is N" rather than "<label> number N".
"""

from __future__ import annotations

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.phones import short_plan
from llmops_kit.pii import MIN_DIGITS, find_pii
from llmops_kit.redact import redact_trace, trace_pii, trace_regions
from llmops_kit.testing import trace_payload
from llmops_kit.traces import Trace

CONTRACT = load_contract()


def phones(text: str, regions: tuple[str, ...]) -> list[str]:
    return [m.canonical for m in find_pii(text, region=regions) if m.kind == "phone"]


def test_short_plan_names_only_trunkless_regions_with_short_lines() -> None:
    """Iceland, Fiji and the Maldives give people seven-digit lines; the US and the UK do not, nor does Portugal."""
    assert short_plan(("US", "GB"), MIN_DIGITS) is None
    assert short_plan(("US", "GB", "PT"), MIN_DIGITS) is None
    assert short_plan(("US", "GB", "IS"), MIN_DIGITS) == (("IS",), 7)
    assert short_plan(("US", "GB", "FJ", "MV"), MIN_DIGITS) == (("FJ", "MV"), 7)


@pytest.mark.parametrize(("text", "region", "canonical"), [
    ("Sigrun here, 661 4478. Is there room on Sunday's walk?", "IS", "+3546614478"),
    ("Bula, this is Mere, 701 2345 - can we book the reef trip?", "FJ", "+6797012345"),
    ("Ahmed here, 771-2345, two divers for Friday", "MV", "+9607712345"),
    ("My mobile is 6614478, please text me the pick-up time.", "IS", "+3546614478"),  # named a phone: any layout
])
def test_a_short_national_number_is_read_in_its_region(text: str, region: str, canonical: str) -> None:
    """Listed (or published) as a region, the country's seven-digit mobile is a phone; unlisted, it stays unread."""
    assert phones(text, ("US", "GB", region)) == [canonical]
    assert phones(text, ("US", "GB")) == []


@pytest.mark.parametrize(("text", "region"), [
    ("The glacier walk is 14 900 kr, the family ticket 1 250 000 kr for a group season.", "IS"),  # amounts
    ("Booking no. 661 4478 is confirmed for Sunday.", "IS"),  # a reference after its label
    ("Reference 6614478, please quote it.", "IS"),  # one run of digits, no phone layout, no cue
    ("We meet at 101 Reykjavik, 9 to 5.", "IS"),  # a postcode and hours
    ("Group of 250 000 visitors a year.", "FJ"),  # thousands
    ("Dive log 2026-05-06 771-2345", "MV"),  # a date opens the run
    ("The rope is 661 447 mm long.", "IS"),  # too short to be valid
])
def test_amounts_references_and_other_short_runs_stay_unread(text: str, region: str) -> None:
    """Controls: validity, the country's own grouping, thousands and the id and date rules keep these out."""
    assert phones(text, ("US", "GB", region)) == []


def _glacier_trace(question: str, answer: str, published: str) -> Trace:
    """A request whose system prompt publishes the operator's line ``published``."""
    payload = trace_payload("glacier", input={"query": question}, output={"answer": answer})
    payload["spans"][2]["messages"] = [
        {"role": "system", "content": f"You answer for a glacier guiding company. Refer guests to {published}."},
        {"role": "user", "content": question},
    ]
    return Trace.model_validate(payload)


def test_a_trace_publishing_an_icelandic_line_reads_the_customers_seven_digit_mobile() -> None:
    """The customer's "661 4478" is a PII_LEAK for the detector and redaction; the office's "478 2290", published
    as "+354 478 2290", stays public when the answer writes it nationally."""
    trace = _glacier_trace("Sigrun here, 661 4478. Can my son of 11 join the walk?",
                           "Children from 10 may join; please call the office on 478 2290 to add him.",
                           "478 2290 (+354 478 2290 from abroad)")
    assert trace_regions(trace, CONTRACT) == (*CONTRACT.pii.phone_regions, "IS")
    assert {item.match.canonical for item in trace_pii(trace, CONTRACT)} == {"+3546614478"}
    assert "PII_LEAK" in diagnose(trace, CONTRACT).codes
    redacted = redact_trace(trace, CONTRACT).model_dump_json()
    assert "661 4478" not in redacted and "478 2290" in redacted


def test_without_a_published_icelandic_line_the_short_number_stays_unread() -> None:
    """Control: the operator publishes a UK line; nothing says "661 4478" is an Icelandic number."""
    trace = _glacier_trace("Sigrun here, 661 4478. Can my son of 11 join the walk?",
                           "Children from 10 may join.", "+44 20 7946 0321")
    assert trace_pii(trace, CONTRACT) == []


@pytest.mark.parametrize("text", [
    "My building's Makani number is 2534579810 - do you come there?",
    "Makani no. 2534579810, tower B",
    "The plot number is 4478120056 on the title deed.",
    "Cadastral number 253 457 9810 for the villa",
    "My order number is 2534579810.",  # an id label before "number is", like "order number 2534579810"
])
def test_place_codes_and_ids_named_before_number_is_are_no_phones(text: str) -> None:
    """A building's or plot's code shaped like a US number is the place's identifier, not a person's line."""
    assert phones(text, ("US", "GB", "AE")) == []


@pytest.mark.parametrize(("text", "value"), [
    ("My number is 253 457 9810, the Makani is on the gate.", "253 457 9810"),
    ("My mobile number is 050 123 4567 - do you come to my building?", "050 123 4567"),
    ("The Makani number is 2534579810 and my mobile is 050 123 4567.", "050 123 4567"),
])
def test_a_persons_number_beside_a_place_code_stays_a_phone(text: str, value: str) -> None:
    """Controls: "my number is" and "my mobile number is" still name the person's line; only the place code goes."""
    assert [(m.kind, m.value) for m in find_pii(text, region=("US", "GB", "AE"))] == [("phone", value)]


def test_a_published_shop_number_after_number_is_stays_public() -> None:
    """Control: the shop's own line written "the team's number is 04 339 2210" is its published contact."""
    trace = _glacier_trace("Do you come to Marina towers?", "Yes; the team's number is 04 339 2210 to book.",
                           "04 339 2210 (+971 4 339 2210 from abroad)")
    assert trace_pii(trace, CONTRACT) == []
