"""A tool record's empty field stated as done or given a value (:mod:`llmops_kit.filled_fields`): "Your prints were
posted yesterday" of "posted: .", "paid by card" of "paid with: .", "The swell is forecast at 2 m" of "forecast swell
m: ." are contradicted; the same field said empty, said to happen later, a field that holds a value, a condition or
a limit are left alone. Made-up records (a print shop, a ferry ticket, a surf school, a lost-property desk)."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import filled_fields
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.filled_fields import filled_field
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts

_PRINTS = Document(id="tool:order_lookup", content="order: PS-20417\nprints: 12\nposted: .")
_POSTED = Document(id="tool:order_lookup", content="order: PS-20417\nprints: 12\nposted: 2027-03-02")
_FERRY = Document(id="tool:ticket_lookup", content="ticket: FB-7731\nfare usd: 42.5\npaid with: .")
_SURF = Document(id="tool:conditions", content="date: 2027-05-14\nlesson: 10:00\nforecast swell m: .")
_SURF_NOTES = Document(id="surf-1", content="Surf lessons run when the swell is under 2 m. We check the forecast at "
                                           "07:00.")
_LOST = Document(id="tool:lost_property", content="found: True\nitem: blue umbrella\nfound where: .\n"
                                                  "kept at: reception")


def _evidence(record: Document, question: str = "") -> Evidence:
    sources = [EvidenceSource(f"tool {record.id[5:]}", record.content, prose=False)]
    if question:
        sources.append(EvidenceSource("user message", question, user=True))
    return Evidence(sources, load_contract().quality.citation_pattern)


@pytest.mark.parametrize(("record", "question", "claim"), [
    (_PRINTS, "Have my prints for PS-20417 been posted?", "Your prints were posted yesterday."),
    (_PRINTS, "Have my prints for PS-20417 been posted?", "Your 12 prints were posted this morning."),
    (_FERRY, "How did I pay for FB-7731?", "FB-7731 was $42.50, paid by card at the kiosk."),
    (_SURF, "Is my 10:00 lesson on?", "The swell is forecast at 2 m for your lesson."),
    (_LOST, "Did anyone hand in an umbrella?", "Yes, a blue umbrella was found in the car park."),
])
def test_an_empty_field_stated_as_done_or_given_a_value_is_contradicted(record: Document, question: str,
                                                                        claim: str) -> None:
    assert filled_field(claim, _evidence(record, question)) is not None
    docs = [record, _SURF_NOTES] if record is _SURF else [record]  # the notes hold the figure, the record none
    assert fresh_verdicts(claim, docs, question) == ["contradicted"]


@pytest.mark.parametrize(("record", "claim"), [
    (_PRINTS, "Your prints haven't been posted yet."),                  # said empty: the other reading's
    (_PRINTS, "Your prints will be posted within 2 working days."),     # later, not done
    (_PRINTS, "Once they are posted you get an e-mail."),               # a condition
    (_POSTED, "Your prints were posted on 2 March 2027."),              # a field with a value: judged on it
    (_FERRY, "FB-7731 was paid in full."),                              # no method given
    (_FERRY, "Fares can be paid by card or cash."),                     # a rule, not what happened
    (_SURF, "Lessons stop when the forecast swell is over 2 m."),       # a limit
    (_LOST, "A blue umbrella was found and is kept at reception."),     # no place given for the empty field
])
def test_other_claims_are_left_alone(record: Document, claim: str) -> None:
    assert filled_field(claim, _evidence(record)) is None


def test_the_faithful_answer_is_supported() -> None:
    answer = "The 12 prints have been printed; they will be posted once ready."
    assert fresh_verdicts(answer, [_PRINTS], "Have my prints for PS-20417 been posted?") == ["supported"]


def test_only_the_record_the_claim_speaks_of() -> None:
    two = Evidence([EvidenceSource("tool a", _PRINTS.content, prose=False),
                    EvidenceSource("tool b", _FERRY.content, prose=False)], load_contract().quality.citation_pattern)
    assert filled_field("The prints were posted yesterday.", two) is None  # two records, none named
    assert filled_field("PS-20417 was posted yesterday.", two) is not None


def test_the_switch_turns_it_off() -> None:
    with patch.object(filled_fields, "READ_FILLED_FIELDS", False):
        assert filled_field("Your prints were posted yesterday.", _evidence(_PRINTS)) is None
