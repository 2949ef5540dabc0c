"""A tool record's field said to be missing (:mod:`llmops_kit.empty_fields`): "The record has no time window yet"
of a record whose window is empty is held; the same words against a window with a time, a value invented for the
empty field, and a field the record does not name stay flagged.

The fixtures are this file's own (a furniture delivery, a blood bank donor card, a canoe hire, a print shop).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import empty_fields
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.grounding import render_tool_output
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores, fresh_verdicts


def _record(name: str, output: dict[str, object]) -> Document:
    return Document(id=f"tool:{name}", content=render_tool_output(output))


DELIVERY_SHEET = Document(id="dl-04", content="Sofas are delivered on Tuesdays and Wednesdays. We text a two-hour "
                                               "slot the evening before.")
DELIVERY = [DELIVERY_SHEET, _record("delivery_slot", {"order": "SF-30418", "date": "2026-10-14", "slot": None,
                                                      "crew": None})]
DELIVERY_SET = [DELIVERY_SHEET, _record("delivery_slot", {"order": "SF-30418", "date": "2026-10-14",
                                                          "slot": "09:00-11:00", "crew": "Rhodri"})]
DONOR_SHEET = Document(id="bb-2", content="Your donor card shows your blood type after your first donation has "
                                          "been tested.")
DONOR = [DONOR_SHEET, _record("donor_card", {"donor": "BD-77120", "donations": 9, "blood type": None})]
DONOR_TYPED = [DONOR_SHEET, _record("donor_card", {"donor": "BD-77120", "donations": 9, "blood type": "A positive"})]
CANOE_SHEET = Document(id="cn-7", content="Every hire includes a buoyancy aid and a dry bag. Paddles are sized at "
                                          "the hut.")
CANOE = [CANOE_SHEET, _record("hire_order", {"hire": "CH-2214", "boat": "open canoe", "paddles": "n/a",
                                             "ready from": "2026-08-02 10:00"})]
PRINT_SHEET = Document(id="pr-1", content="Proofs are emailed within 2 working days of the artwork.")
PRINT = [PRINT_SHEET, _record("print_job", {"job": "PJ-5081", "item": "A5 flyers", "proof sent": None,
                                            "price gbp": 84.0})]
PRINT_NOTHING = [PRINT_SHEET, _record("print_job", {"job": "PJ-5081", "item": "A5 flyers", "proof sent": False,
                                                    "price gbp": 84.0})]

QUESTION = "When is it coming?"
#: What the record says, said plainly: each claim names an empty field of the record and says nothing else.
SAID_EMPTY = [
    ("The record has no delivery slot yet, so I can't give you a time.", DELIVERY),
    ("No crew has been assigned to SF-30418 yet.", DELIVERY),
    ("Your blood type isn't on the card I can see.", DONOR),
    ("The order doesn't show any paddles.", CANOE),
    ("The job doesn't show a proof sent yet.", PRINT),
]


@pytest.mark.parametrize(("answer", "docs"), SAID_EMPTY)
def test_an_empty_field_said_missing_is_supported(answer: str, docs: list[Document]) -> None:
    verdicts = fresh_verdicts(answer, docs, QUESTION)
    assert verdicts == ["supported"]


@pytest.mark.parametrize(("answer", "docs"), [SAID_EMPTY[n] for n in (0, 2, 3, 4)])
def test_without_the_reading_the_gap_was_flagged(answer: str, docs: list[Document]) -> None:
    """Left to the word checks, the sentence saying the field is missing is not held."""
    with fresh_scores(), patch.object(empty_fields, "READ_EMPTY_FIELDS", False):
        report = score_answer(answer, docs, query=QUESTION)
    assert [v.verdict for v in report.support] != ["supported"]


def test_a_field_with_a_value_said_missing_is_contradicted() -> None:
    """The wrong side: "no slot yet" when the record gives 09:00-11:00, "no crew" when Rhodri is assigned, "not on
    the card" when the card gives the blood type."""
    for answer, docs in [("The record has no delivery slot yet, so I can't give you a time.", DELIVERY_SET),
                         ("No crew has been assigned to SF-30418 yet.", DELIVERY_SET),
                         ("Your blood type isn't on the card I can see.", DONOR_TYPED)]:
        assert fresh_verdicts(answer, docs, QUESTION) == ["contradicted"], answer


def test_a_value_given_for_the_empty_field_is_not_held_by_this_reading() -> None:
    """An invented value ('your blood type is O negative', 'the slot is 9 to 11') says something the record lacks:
    no negation, so this reading does not clear it."""
    rules = load_contract().quality
    for claim in ("Your blood type is O negative.", "Your delivery slot is 9 to 11 on 14 October."):
        docs = DONOR if "blood" in claim else DELIVERY
        report = score_answer(claim, docs, query=QUESTION)
        assert report.groundedness is not None and report.groundedness < rules.groundedness_floor, claim


def test_a_field_the_record_does_not_name_is_not_read() -> None:
    """Control: the record has no 'driver' or 'van' field; nothing is settled by an empty one."""
    evidence = Evidence([EvidenceSource("tool delivery_slot", DELIVERY[1].content, prose=False)], r"\[[^\]]+\]")
    assert empty_fields.said_empty("The record has no van booked yet.", evidence) is None
    assert empty_fields.said_empty("There's no driver on SF-30418 yet.", evidence) is None


def test_the_claim_must_say_nothing_else() -> None:
    """Control: a claim that adds a fact ('because the crew is off sick', 'and sofas are free to return') beside
    the gap, a question, or an unnegated mention is not this reading's."""
    evidence = Evidence([EvidenceSource("tool delivery_slot", DELIVERY[1].content, prose=False)], r"\[[^\]]+\]")
    for claim in ("There's no delivery slot yet because the crew is off sick.",
                  "There's no delivery slot yet and sofas are free to return.",
                  "Is there no delivery slot yet?",
                  "The delivery slot is on the record."):
        assert empty_fields.said_empty(claim, evidence) is None, claim


def test_a_bare_no_answering_the_question_is_no_negation_of_the_claim() -> None:
    """"No, SF-30418 has Rhodri as its crew" answers a question ("Is the crew still unassigned?"): the claim names
    the crew and denies nothing, so it is not read as saying the field is empty; a negation after the "No," still
    is."""
    evidence = Evidence([EvidenceSource("tool delivery_slot", DELIVERY_SET[1].content, prose=False)], r"\[[^\]]+\]")
    assert empty_fields.said_empty("No, the crew for SF-30418 is Rhodri.", evidence) is None
    assert empty_fields.said_empty("No - the crew for SF-30418 is Rhodri.", evidence) is None
    found = empty_fields.said_empty("No, no crew has been assigned to SF-30418 yet.", evidence)
    assert found is not None and found.outcome == "clashes"


def test_false_or_pending_decides_neither_way() -> None:
    """A flag set to False is no value to contradict and no empty field to hold: the word checks decide."""
    evidence = Evidence([EvidenceSource("tool print_job", PRINT_NOTHING[1].content, prose=False)], r"\[[^\]]+\]")
    assert empty_fields.said_empty("The job doesn't show a proof sent yet.", evidence) is None
    evidence = Evidence([EvidenceSource("tool print_job", PRINT[1].content, prose=False)], r"\[[^\]]+\]")
    found = empty_fields.said_empty("The job doesn't show a proof sent yet.", evidence)
    assert found is not None and found.outcome == "holds" and found.line == "proof sent: ."


def test_the_negation_may_be_written_several_ways() -> None:
    """'cannot', a curly "n’t" and 'there's no' are negations alike."""
    evidence = Evidence([EvidenceSource("tool delivery_slot", DELIVERY[1].content, prose=False)], r"\[[^\]]+\]")
    for claim in ("The booking cannot show a delivery slot yet.", "SF-30418 doesn’t have a delivery slot yet.",
                  "There's no delivery slot on SF-30418 so far."):
        found = empty_fields.said_empty(claim, evidence)
        assert found is not None and found.outcome == "holds" and found.line == "slot: .", claim


def _evidence(name: str, output: dict[str, object]) -> Evidence:
    return Evidence([EvidenceSource(f"tool {name}", render_tool_output(output), prose=False)], r"\[[^\]]+\]")


KAYAK_EMPTY = {"trip": "SK-2210", "date": "2026-07-04", "forecast wind ms": None}
KAYAK_SET = {"trip": "SK-2210", "date": "2026-07-04", "forecast wind ms": 9}
PARCEL_EMPTY = {"parcel": "PX-441", "sent": "2026-03-02", "carrier": None, "tracking": None}
PARCEL_SET = {"parcel": "PX-441", "sent": "2026-03-02", "carrier": "DHL", "tracking": None}
SCARF_EMPTY = {"item": "blue scarf", "found": True, "found where": None}
SCARF_SET = {"item": "blue scarf", "found": True, "found where": "cloakroom"}


@pytest.mark.parametrize(("claim", "empty", "full", "line"), [
    # a unit closing the field's name is no part of what it names, and the words may come in another order
    ("The record has no wind forecast yet.", KAYAK_EMPTY, KAYAK_SET, "forecast wind ms"),
    # a field named by a synonym of its word (word vectors), beside another field joined by "or"
    ("The order shows no courier or tracking number yet.", PARCEL_EMPTY, None, "carrier"),
    ("The order shows no courier yet.", PARCEL_EMPTY, PARCEL_SET, "carrier"),
    # a field asking "where", narrowed to a place ("where in the building")
    ("The record does not say where in the building it was found.", SCARF_EMPTY, SCARF_SET, "found where"),
])
def test_a_field_named_in_other_words_is_held_empty_and_contradicted_full(
        claim: str, empty: dict[str, object], full: dict[str, object] | None, line: str) -> None:
    found = empty_fields.said_empty(claim, _evidence("record", empty))
    assert found is not None and found.outcome == "holds" and line in found.line, claim
    if full is None:  # a record with one of the two fields set decides neither
        return
    found = empty_fields.said_empty(claim, _evidence("record", full))
    assert found is not None and found.outcome == "clashes" and line in found.line, claim


def test_a_word_that_is_no_synonym_of_a_field_is_not_read() -> None:
    """Control: 'driver' is not 'carrier', nor a 'van' a 'tracking' number: the record names neither."""
    evidence = _evidence("parcel_lookup", PARCEL_EMPTY)
    assert empty_fields.said_empty("The order shows no driver yet.", evidence) is None
    assert empty_fields.said_empty("The order shows no van or driver yet.", evidence) is None


def test_a_question_word_the_fields_do_not_ask_decides_nothing() -> None:
    """Control: "when it was found" asks a detail 'found: True' does not give, and no field asks "when": neither
    held nor contradicted; "where" is only read of a field that asks it."""
    for record in (SCARF_EMPTY, SCARF_SET):
        assert empty_fields.said_empty("The record does not say when it was found.",
                                       _evidence("lost_property", record)) is None
    evidence = _evidence("lost_property", {"item": "blue scarf", "found": True, "found by": None})
    assert empty_fields.said_empty("The record does not say where in the building it was found.",
                                   evidence) is None


def test_a_changed_answer_around_an_empty_field_is_still_flagged() -> None:
    """End to end: the gap said plainly is held, an invented courier for the empty field is not."""
    docs = [Document(id="sh-1", content="Parcels leave the warehouse within 2 working days of payment."),
            _record("parcel_lookup", PARCEL_EMPTY)]
    assert fresh_verdicts("The order shows no courier or tracking number yet.", docs,
                          "Which courier has my parcel PX-441?") == ["supported"]
    report = score_answer("Your parcel PX-441 is with DPD, tracking number JD014600006.", docs,
                          query="Which courier has my parcel PX-441?")
    assert any(not v.supported for v in report.support)
