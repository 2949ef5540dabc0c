"""A record's empty field given a figure beside its name (:data:`llmops_kit.filled_fields.READ_FILLED_FIGURES`):
"LK-2291 is locker no. 12" of "locker no: .", "including 1 of the 2 accessible lanes" of "accessible lanes free: ."
state what the record does not hold: *contradicted* (or *absent*, a figure found nowhere being checked first).
Controls: the article's own figure beside the same words, the field said empty, a range of the field's kind, a field
that holds the figure; with the switch off the old verdict returns.

The fixtures are this file's own (a spa's lockers and a pool's lanes).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import filled_fields
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.filled_fields import filled_field
from llmops_kit.grounding import judge_claims

from .verdict_cases import fresh_scores

SPA_RULES = "Day guests get a locker, a robe and towels. Lockers 1 to 40 are in the east changing room."
POOL_RULES = "The main pool has 8 lanes, 2 accessible lanes with a hoist among them. Lanes are booked by the hour."


def spa(record: str) -> Evidence:
    return Evidence([EvidenceSource("tool day_pass", record, prose=False), EvidenceSource("document sp-1", SPA_RULES),
                     EvidenceSource("user message", "Which locker is mine on LK-2291?", user=True)], r"\[x\]")


def pool(record: str) -> Evidence:
    return Evidence([EvidenceSource("tool lane_map", record, prose=False), EvidenceSource("document pl-3", POOL_RULES),
                     EvidenceSource("user message", "Any accessible lanes left at 14:00 on Sunday?", user=True)],
                    r"\[x\]")


NO_LOCKER = spa("pass: LK-2291.\ndate: 2027-05-02.\nguests: 4.\nlocker no: .")
LOCKER_SET = spa("pass: LK-2291.\ndate: 2027-05-02.\nguests: 4.\nlocker no: 12.")
NO_COUNT = pool("session: 2027-05-02 14:00.\nlanes free: 3.\naccessible lanes free: .")

FILLED = [
    ("LK-2291 is locker no. 12 for 4 guests on 2 May 2027", NO_LOCKER),
    ("Your locker number 12 is ready for the 4 of you", NO_LOCKER),
    ("3 lanes are free at 14:00, including 1 of the 2 accessible lanes", NO_COUNT),
]


def verdict(claim: str, evidence: Evidence) -> str:
    rules = load_contract().quality
    with fresh_scores():
        return judge_claims([claim], evidence, lexical_support=rules.lexical_support,
                            semantic_support=rules.semantic_support)[0].verdict


def test_an_empty_field_given_a_figure_is_contradicted() -> None:
    for claim, evidence in FILLED:
        found = filled_field(claim, evidence)
        assert found is not None and found[1].endswith(": ."), claim
        assert verdict(claim, evidence) in ("contradicted", "absent"), claim
    # a figure the evidence holds elsewhere ("1" of the day passes) passes the hard-fact step and is read here
    assert verdict("3 lanes are free at 14:00, including 1 of the 2 accessible lanes", NO_COUNT) == "contradicted"


def test_controls_are_not_read_as_filled() -> None:
    # the article's own figure beside the same words is the article's, not the field's
    assert filled_field("The pool has 2 accessible lanes with a hoist", NO_COUNT) is None
    # the field said empty, or said to come later
    assert filled_field("There's no locker number on LK-2291 yet", NO_LOCKER) is None
    assert filled_field("A locker number will be given at the desk", NO_LOCKER) is None
    # a figure that is no part of the field's name
    assert filled_field("LK-2291 is for 4 guests, lockers 1 to 40 being in the east room", NO_LOCKER) is None
    # a field holding the figure is judged on its value, and the right one passes
    assert filled_field("LK-2291 is locker no. 12", LOCKER_SET) is None
    assert verdict("LK-2291 is locker 12 for 4 guests", LOCKER_SET) == "supported"


def test_switched_off_the_old_verdict_returns() -> None:
    with patch.object(filled_fields, "READ_FILLED_FIGURES", False):
        for claim, evidence in FILLED:
            assert filled_field(claim, evidence) is None, claim
        assert verdict(FILLED[2][0], NO_COUNT) != "contradicted"
