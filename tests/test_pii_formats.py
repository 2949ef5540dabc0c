"""Personal data in formats the read sets' authors never used, found by the generated stress set
(``bench/bench_pii_formats.py``): international numbers with dots or dashes, numbers of regions the contract does
not list written as those regions write them, and IBANs whose account holds letters. Each rule has its control:
dates, ids, lists of numbers and runs grouped otherwise stay unread."""

from __future__ import annotations

import phonenumbers
import pytest
from stdnum import iban as stdnum_iban

from llmops_kit.contract import load_contract
from llmops_kit.phones import date_start
from llmops_kit.pii import find_pii
from llmops_kit.redact import trace_pii
from llmops_kit.traces import Trace

REGIONS = ("US", "GB")


def phones(text: str) -> list[str]:
    return [m.canonical for m in find_pii(text, region=REGIONS) if m.kind == "phone"]


# ---- international numbers with dots or dashes ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "canonical"), [
    ("The courier can ring +93-70-123-4567 at the gate.", "+93701234567"),
    ("Contact on file: +61.2.1234.5678.", "+61212345678"),
    ("Contact on file: +54-11-2345-6789.", "+541123456789"),
])
def test_an_international_number_with_dots_or_dashes_is_a_phone(text: str, canonical: str) -> None:
    """'+93-70-123-4567' opens with groups a date reader took for day-month-year ('93-70-123'): a "+" number is
    never a date, and no calendar has a month 70."""
    assert phones(text) == [canonical]


@pytest.mark.parametrize("text", [
    "Call me on 31-12-2025.", "Call me on 2025-03-10 09:00.", "Call me on 03/14/2025 after 5.",
    "Delivered 11.03.2025 09:41, signed 12.03.2025.",
])
def test_dates_are_still_no_phones(text: str) -> None:
    """Control: dates (day-month, month-day, year first), even after a phone cue, are not phones."""
    assert phones(text) == []


def test_date_start_needs_a_calendar_month_and_day() -> None:
    """The date reader: a month 1-12 and a day 1-31, in either order; a leading "+" is never a date."""
    assert date_start("2025-03-11") and date_start("11/03/2025") and date_start("03/14/2025")
    assert not date_start("93-23-456-7890") and not date_start("61-2-1234-5678") and not date_start("+11-03-2025")


@pytest.mark.parametrize(("region", "sep"), [(r, sep) for r in ("FR", "BE", "RE", "MA", "GP", "CI") for sep in ".-"])
def test_a_number_in_pairs_with_dots_or_dashes_is_no_date(region: str, sep: str) -> None:
    """phonenumbers' example mobile of a region that writes its numbers in pairs, with dots or dashes for the
    spaces ('06.12.34.56.78'): its first three groups read like a day, month and year, but no date has a fourth
    group after the same separator that is no clock time."""
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if not national.startswith("0") or national.count(" ") < 3:
        pytest.skip(f"{region} does not print its mobiles in trunk-0 pairs")
    written = national.replace(" ", sep)
    found = phones(f"Please ring me back on {written} after work.") + phones(f"New contact {written} from today.")
    key = phonenumbers.national_significant_number(number)
    assert len(found) == 2 and all(c.endswith(key) for c in found)


@pytest.mark.parametrize("text", [
    "Delivered 12.03.26.10.30 at the depot.", "Batch 11-03-2025-0930 was shipped.", "Scanned 05.03.2026.14.30.",
    "Logged 2026-03-05-14-30 by the courier.", "Opened on 06.12.26 and closed.",
])
def test_a_date_with_its_clock_time_in_the_same_separator_stays_a_date(text: str) -> None:
    """Control: a date followed by its time written with the same separator ('12.03.26.10.30') is no phone."""
    assert phones(text) == []


def test_date_start_reads_past_the_third_group() -> None:
    """The date reader: more groups after the same separator are the date's clock time or make it no date."""
    assert date_start("12.03.26.10.30") and date_start("11-03-2025-0930")
    assert not date_start("06.12.34.56.78") and not date_start("01.23.45.6789")


# ---- a region the contract does not list, written as that region writes it ------------------------------------


@pytest.mark.parametrize(("region", "kind"), [("AE", "FIXED_LINE"), ("AL", "FIXED_LINE"), ("AM", "MOBILE"),
                                              ("BE", "FIXED_LINE"), ("NL", "MOBILE"), ("AX", "MOBILE")])
def test_a_foreign_national_number_in_its_own_grouping_is_a_phone(region: str, kind: str) -> None:
    """phonenumbers' example number of a region outside the contract, printed in that region's national format
    (trunk prefix and groups), is a phone in a customer's message, with no cue."""
    number = phonenumbers.example_number_for_type(region, getattr(phonenumbers.PhoneNumberType, kind))
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    nsn = phonenumbers.national_significant_number(number)
    dotted = (national.replace(" ", "."),) if national.count(" ") > 1 else ()  # "077.123456" reads as a decimal
    for written in (national, national.replace(" ", "-"), *dotted):
        found = phones(f"Please update my details to {written} from today.")
        assert len(found) == 1 and found[0].endswith(nsn), (region, written, found)


@pytest.mark.parametrize("text", [
    "Please update my details to 923 123 456 from today.",  # Angola's mobile, but no trunk prefix and no cue
    "Please update my details to 0223 45 678 from today.",  # Albania's landline grouped as Albania never does
    "Please update my order 02 234 5678 from today.",  # an id label before it
    "Shoe sizes in stock: 36 38 40 42.",
    "Scores 0.82 0.75 0.61 0.99, rooms 101 102 103 104.",
])
def test_runs_without_trunk_prefix_or_the_countrys_grouping_stay_unread(text: str) -> None:
    """Control: without the trunk prefix and the country's own groups, or after an id label, no phone."""
    assert phones(text) == []


@pytest.mark.parametrize("text", [
    '{"name": "exception", "time": "2025-04-14T15:55:09.354000+00:00"}',  # Finland's "09 354000" as seconds
    "Elapsed 15:55:09.354000, ratio 10:0612 345 678.",
    "The reading was 09.354000 and then 077.123456.",  # decimal numbers
])
def test_the_seconds_of_a_timestamp_and_decimal_numbers_are_no_foreign_phone(text: str) -> None:
    """Control: a run glued to a time by its colon, or one decimal point between two groups, is not a phone
    (a timestamp's seconds were read as a Finnish landline by the foreign-national rule until this)."""
    assert phones(text) == []


def test_a_foreign_number_published_in_an_article_stays_public() -> None:
    """Control: a foreign national number the retrieved article prints is public in the answer; the
    customer's own (in the tool result) is the one reported."""
    trace = Trace.model_validate({
        "trace_id": "t-abroad", "input": {"query": "How do I reach the Dubai desk?"},
        "output": {"answer": "The Dubai desk is on 02 234 5678."},
        "spans": [
            {"span_id": "s1", "name": "kb.search", "kind": "retriever", "start_time": "2026-03-02T09:00:00Z",
             "end_time": "2026-03-02T09:00:01Z",
             "documents": [{"id": "kb-4", "content": "Dubai desk: +971 2 234 5678.", "score": 0.9}]},
            {"span_id": "s2", "name": "tool.crm", "kind": "tool", "start_time": "2026-03-02T09:00:01Z",
             "end_time": "2026-03-02T09:00:02Z", "output": {"contact": "02 345 6789"}},
        ],
    })
    found = trace_pii(trace, load_contract())
    assert [(item.span_id, item.match.value) for item in found] == [("s2", "02 345 6789")]


# ---- IBANs whose account holds letters ------------------------------------------------------------------------


def _iban(country: str, bban: str) -> str:
    return country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban


def test_an_iban_with_letters_in_its_account_and_no_eight_digits_in_a_row_is_found() -> None:
    """A Swiss IBAN whose account is alphanumeric ('CH.. 0076 2A1B 2C3D 4E5F 6') has no cluster of eight digits,
    which the number scan waits for; the IBAN is looked for anyway."""
    value = _iban("CH", "00762A1B2C3D4E5F6")
    assert stdnum_iban.is_valid(value)
    for written in (value, stdnum_iban.format(value)):
        assert [(m.kind, m.canonical) for m in find_pii(f"Refund to {written} please.")] == [("iban", value)]


def test_letter_digit_ids_that_fail_the_iban_check_stay_unread() -> None:
    """Control: the same IBAN with one character changed, and upper-case ids shaped like one, are not IBANs."""
    value = _iban("CH", "00762A1B2C3D4E5F6")
    broken = value[:-1] + ("7" if value[-1] != "7" else "8")
    assert find_pii(f"Refund to {broken} please.") == []
    assert find_pii("Build AB12CDEF34GH56IJ and SKU XY99ZZZZ1234QQ shipped.") == []


# ---- an apostrophe inside an address's local part -------------------------------------------------------------


@pytest.mark.parametrize("local", ["o'brien", "d'arcy.o'neil", "Sean.O'Hara+orders"])
def test_an_apostrophe_between_letters_belongs_to_the_address(local: str) -> None:
    """Made-up Irish and Norman names: the whole address is the personal value, not the part after the quote."""
    found = [m.value for m in find_pii(f"Please change it to {local}@example.ie from today.", region=REGIONS)]
    assert found == [f"{local}@example.ie"]


@pytest.mark.parametrize(("text", "address"), [
    ("Write to 'help@example-shop.com' for returns.", "help@example-shop.com"),
    ("Email:'jo@example.org'", "jo@example.org"),
    ("We''ll@example.org", "ll@example.org"),
])
def test_a_quote_around_an_address_is_not_part_of_it(text: str, address: str) -> None:
    """Control: a quote that opens or wraps an address, or follows no letter, stays outside it."""
    assert [m.value for m in find_pii(text, region=REGIONS)] == [address]
