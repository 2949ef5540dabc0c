"""A count the claim gives of a tool record's repeated field (:mod:`llmops_kit.record_counts`): "only one payment"
where the record lists two payments, "two of them were under 4 mm" where no tread reading is, and "all 4 waivers
are signed" of the record the question names, whose "waivers signed" holds 3. The faithful forms stay held: the
right count, a count of a part of the entries ("only one payment was refunded"), a bound the right number of
entries meets and "3 of 4 waivers signed". Made-up records (a car park, a laundry order, a tyre hotel, a brake
check, a climbing wall, a kayak school)."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import record_counts
from llmops_kit.contract import load_contract
from llmops_kit.grounding import Evidence, EvidenceSource
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

_PARKING = Document(id="tool:booking_payments", content=(
    "booking: CP-4410\npayments amount gbp: 12.0\npayments state: captured\npayments amount gbp: 12.0\n"
    "payments state: refunded"))
_LAUNDRY = Document(id="tool:order_lookup", content="order: LN-2291\nitems: duvet\nitems: pillow\nitems: rug")
_TYRES = Document(id="tool:tyre_hotel_lookup", content=(
    "deposit: WS-5510\nset: 4 x 195/65 R15 summer\ntread mm: 3.2\ntread mm: 3.5\ntread mm: 6.1\ntread mm: 6.0"))
_TYRE_RULE = Document(id="TY-1", content="We recommend replacing tyres below 4 mm of tread.")
_BRAKES = Document(id="tool:brake_check", content="job: BK-3307\npads mm: 2.5\npads mm: 7.0")
_BRAKE_RULE = Document(id="BR-1", content="Brake pads thinner than 3 mm should be replaced.")
_CLIMBING = Document(id="tool:session_lookup", content="booking: CW-7781\nclimbers: 4\nwaivers signed: 3")
_KAYAK = Document(id="tool:course_lookup", content="course: KS-6620\npaddlers: 5\nhelmets fitted: 4")

CASES = [
    # (documents, question, faithful answer, wrong answer)
    ([_PARKING], "Why was I charged twice for CP-4410?",
     "CP-4410 has only two payments of £12.00, and only one payment was refunded.",
     "CP-4410 has only one payment of £12.00 - there's no second charge."),
    ([_LAUNDRY], "What's in order LN-2291?",
     "Order LN-2291 holds just three items: a duvet, a pillow and a rug.",
     "Order LN-2291 holds just two items: a duvet and a pillow."),
    ([_TYRES, _TYRE_RULE], "What's stored under WS-5510?",
     "Two of them were already under 4 mm of tread at intake.",
     "All four of them were already under 4 mm of tread at intake."),
    ([_BRAKES, _BRAKE_RULE], "How are the brakes on BK-3307?",
     "One of your pads is below 3 mm, so it should be replaced.",
     "Both of your pads are below 3 mm, so they should be replaced."),
    ([_CLIMBING], "Can you check booking CW-7781?",
     "3 of 4 waivers are signed for your session.",
     "All 4 waivers are signed for your session."),
    ([_KAYAK], "Is everything ready for course KS-6620?",
     "4 helmets are fitted for your course so far.",
     "All 5 helmets are fitted for your course."),
]


@pytest.mark.parametrize(("docs", "question", "faithful", "wrong"), CASES)
def test_a_count_of_a_record_field_must_be_the_records(docs: list[Document], question: str, faithful: str,
                                                      wrong: str) -> None:
    assert "contradicted" not in _verdicts(faithful, docs, question)
    assert "contradicted" in _verdicts(wrong, docs, question)


def _evidence(record: Document, question: str | None = None) -> Evidence:
    sources = [EvidenceSource("tool record", record.content, prose=False)]
    if question:
        sources.append(EvidenceSource("user message", question, user=True))
    return Evidence(sources, load_contract().quality.citation_pattern)


@pytest.mark.parametrize(("record", "question", "claim"), [
    (_PARKING, None, "Only one payment on CP-4410 was refunded."),              # what a part of them did
    (_PARKING, None, "CP-4410 shows only one payment in the refunded state."),  # a value one entry holds
    (_PARKING, None, "CP-4410 doesn't have only one payment."),                 # negated before the count
    (_PARKING, None, "CP-4410 has two payments, one refund pending."),          # no whole-count word
    (_LAUNDRY, None, "We wash only two items at a time."),                     # no record named
    (_TYRES, None, "Two of them were under 4 mm."),                            # no record named
    (_TYRES, "What's stored under WS-5510?", "Two of them were under 4 kg."),  # another unit than the field's
    (_CLIMBING, "Can you check booking CW-7781?", "3 of 4 waivers are signed."),  # two figures in one clause
    (_CLIMBING, "Can you check booking CW-7781?", "Groups of 8 climbers on your wall get a discount."),  # one word
    (_CLIMBING, "Can you check booking CW-7781?", "All 4 waivers are signed."),  # nothing points at the booking
    (_LAUNDRY, "What's in order LN-2291?", "We wash only two items at a time."),  # nor here
])
def test_other_counts_are_left_to_the_other_steps(record: Document, question: str | None, claim: str) -> None:
    assert record_counts.other_field_count(claim, _evidence(record, question)) is None


def test_the_switches_turn_it_off() -> None:
    claim = "CP-4410 has only one payment of £12.00 - there's no second charge."
    assert record_counts.other_field_count(claim, _evidence(_PARKING)) is not None
    with patch.object(record_counts, "READ_ENTRY_COUNTS", False):
        assert record_counts.other_field_count(claim, _evidence(_PARKING)) is None
    asked = _evidence(_CLIMBING, "Can you check booking CW-7781?")
    assert record_counts.other_field_count("All 4 waivers on your booking are signed.", asked) is not None
    with patch.object(record_counts, "READ_ENTRY_COUNTS", False):
        assert record_counts.other_field_count("All 4 waivers on your booking are signed.", asked) is None
    with fresh_scores(), patch.object(record_counts, "READ_RECORD_COUNTS", False):
        assert record_counts.other_field_count(claim, _evidence(_PARKING)) is None
