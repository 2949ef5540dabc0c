"""A record's gap said in the words of keeping a record (:data:`llmops_kit.empty_fields.READ_KEEPING_WORDS`): "The
booking doesn't show a coach yet" of a record holding "booked: True" beside "coach: .", and "The record doesn't name
a guide yet" of "guide: .", say what the record says. Controls: the same sentence of a field that holds a name, and
a name given to the empty field; with the switch off the old verdict returns.

The fixtures are this file's own (a climbing gym and a kayak hire).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import empty_fields
from llmops_kit.contract import load_contract
from llmops_kit.empty_fields import said_empty
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.grounding import judge_claims

from .verdict_cases import fresh_scores

GYM_RULES = "Intro sessions last 90 minutes and include shoes and a chalk bag. Coaches rotate weekly."


def gym(record: str) -> Evidence:
    return Evidence([EvidenceSource("tool session_booking", record, prose=False),
                     EvidenceSource("document cg-2", GYM_RULES),
                     EvidenceSource("user message", "Am I in Thursday's intro, and who coaches it?", user=True)],
                    r"\[x\]")


def kayaks(record: str) -> Evidence:
    return Evidence([EvidenceSource("tool hire_record", record, prose=False),
                     EvidenceSource("user message", "Who guides my paddle on KH-7720?", user=True)], r"\[x\]")


NO_COACH = gym("session: bouldering intro.\ndate: 2027-04-08.\ntime: 18:00.\nbooked: True.\ncoach: .")
COACH_SET = gym("session: bouldering intro.\ndate: 2027-04-08.\ntime: 18:00.\nbooked: True.\ncoach: Priya.")
NO_GUIDE = kayaks("hire: KH-7720.\nroute: estuary loop.\nboats: 2.\nguide: .")
GUIDE_SET = kayaks("hire: KH-7720.\nroute: estuary loop.\nboats: 2.\nguide: Tomasz.")

SAID_EMPTY = [
    ("The booking doesn't show a coach yet", NO_COACH),
    ("You're booked into the bouldering intro at 18:00. The booking doesn't list a coach yet", NO_COACH),
    ("The record doesn't name a guide yet", NO_GUIDE),
]


def verdict(claim: str, evidence: Evidence) -> str:
    rules = load_contract().quality
    with fresh_scores():
        return judge_claims([claim], evidence, lexical_support=rules.lexical_support,
                            semantic_support=rules.semantic_support)[0].verdict


def test_a_gap_said_in_record_keeping_words_holds() -> None:
    for claim, evidence in SAID_EMPTY:
        found = said_empty(claim, evidence)
        assert found is not None and found.outcome == "holds", claim
        assert verdict(claim, evidence) == "supported", claim


def test_controls_a_field_with_a_value_or_a_name_given_stay_flagged() -> None:
    # the same sentences of a record whose field holds a name deny it
    clash = said_empty("The booking doesn't show a coach yet", COACH_SET)
    assert clash is not None and clash.outcome == "clashes"
    assert verdict("The booking doesn't show a coach yet", COACH_SET) == "contradicted"
    assert verdict("The record doesn't name a guide yet", GUIDE_SET) == "contradicted"
    # a name given to the empty field is no gap said
    assert said_empty("Your coach is Sam", NO_COACH) is None
    assert verdict("Your coach is Sam", NO_COACH) != "supported"
    assert verdict("Your guide on the estuary loop is Tomasz", NO_GUIDE) != "supported"


def test_switched_off_the_old_verdicts_return() -> None:
    with patch.object(empty_fields, "READ_KEEPING_WORDS", False):
        for claim, evidence in SAID_EMPTY:
            assert said_empty(claim, evidence) is None, claim
        assert verdict("The record doesn't name a guide yet", NO_GUIDE) != "supported"
