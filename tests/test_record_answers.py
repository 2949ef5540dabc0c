"""A question about a tool record's field answered against the record (:mod:`llmops_kit.record_answers`): the
other option of "A or B?" where the record holds A, or a "No" to a yes-or-no question whose field the record sets.
Each faithful answer is kept; each wrong one is contradicted; the look-alikes the reading must leave alone (a
question naming no record, an option the record also holds, a negated question) are not read.

The fixtures are this file's own (a blood bank, a translation agency, a photo kiosk, a dog groomer).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import record_answers
from llmops_kit.contract import load_contract
from llmops_kit.grounding import Evidence, EvidenceSource
from llmops_kit.record_answers import answered_against_record
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

DONATION = Document(id="tool:appointment_lookup", content="booking: BB-40712\ntype: platelets\ndate: 2027-03-06\n"
                                                          "time: 09:15\ncentre: Riverside\nstatus: booked")
LEAFLET = Document(id="bb-3", content="We take whole blood, plasma and platelet donations. Whole blood donors can "
                                      "give every 12 weeks.")
JOB = Document(id="tool:job_status", content="job: TR-88104\npair: Czech>English\nstatus: in review\nnotarised: True")
KIOSK = Document(id="tool:order_status", content="order: PK-20931\nitems: print pack\nitems: email copy\n"
                                                 "total usd: 14.5")
GROOM = Document(id="tool:visit_lookup", content="visit: DG-5531\nservice: full groom\nnail clip: False")


def _reading(claim: str, texts: dict[str, str], question: str) -> tuple[str, str, str] | None:
    sources = [EvidenceSource(label, text, prose=not label.startswith("tool")) for label, text in texts.items()]
    sources.append(EvidenceSource("user message", question, user=True, prose=True))
    return answered_against_record(claim, Evidence(sources, load_contract().quality.citation_pattern))


# ---- the other option ----------------------------------------------------------------------------------------

def test_the_option_the_record_rules_out_is_contradicted() -> None:
    """Asked "platelets or whole blood?" of a record holding "type: platelets"; the answer says whole blood."""
    answer = "It's a whole blood appointment: Saturday 6 March, 9:15am."
    assert "contradicted" in _verdicts(answer, [DONATION, LEAFLET], "Is BB-40712 for platelets or whole blood?")


def test_the_option_the_record_holds_is_kept() -> None:
    answer = "It's a platelets appointment: Saturday 6 March, 9:15am."
    assert "contradicted" not in _verdicts(answer, [DONATION, LEAFLET], "Is BB-40712 for platelets or whole blood?")


def test_the_option_asked_first_or_second_reads_alike() -> None:
    texts = {"tool appointment_lookup": DONATION.content, "document bb-3": LEAFLET.content}
    assert _reading("It's a whole blood appointment", texts, "Is BB-40712 whole blood or platelets?")
    assert _reading("It's a platelets appointment", texts, "Is BB-40712 whole blood or platelets?") is None


@pytest.mark.parametrize(("claim", "question"), [
    ("It's not a whole blood appointment", "Is BB-40712 for platelets or whole blood?"),       # a negation
    ("It's platelets, not whole blood", "Is BB-40712 for platelets or whole blood?"),        # names the value
    ("It's a whole blood appointment", "Is my slot for platelets or whole blood?"),          # no record named
    ("It's a Riverside appointment", "Is BB-40712 at Riverside or Hillside?"),               # the held option
])
def test_the_option_reading_leaves_other_answers_alone(claim: str, question: str) -> None:
    texts = {"tool appointment_lookup": DONATION.content, "document bb-3": LEAFLET.content}
    assert _reading(claim, texts, question) is None


# ---- a denied field ------------------------------------------------------------------------------------------

def test_a_no_to_a_flag_the_record_sets_is_contradicted() -> None:
    answer = "No - TR-88104 was ordered as a plain translation without a notary."
    assert "contradicted" in _verdicts(answer, [JOB], "Is TR-88104 being notarised?")


def test_a_yes_to_a_flag_the_record_sets_is_kept() -> None:
    answer = "Yes - TR-88104 is being notarised; it is in review now."
    assert "contradicted" not in _verdicts(answer, [JOB], "Is TR-88104 being notarised?")


def test_a_no_to_an_item_the_record_lists_is_contradicted() -> None:
    texts = {"tool order_status": KIOSK.content}
    found = _reading("No, order PK-20931 was prints only", texts, "Did order PK-20931 include the email copy?")
    assert found is not None and found[1] == "items: email copy"


@pytest.mark.parametrize(("claim", "question", "text"), [
    ("No, the nails weren't clipped this time", "Did DG-5531 include a nail clip?", GROOM.content),  # flag False
    ("No, order PK-20931 was prints only", "Did my order include the email copy?", KIOSK.content),   # no id asked
    ("No, it was only the print pack", "Didn't PK-20931 include the email copy?", KIOSK.content),    # negated
    ("No, you'll need to add a USB stick", "Did order PK-20931 include a USB stick?", KIOSK.content),  # not held
])
def test_the_denial_reading_leaves_other_answers_alone(claim: str, question: str, text: str) -> None:
    assert _reading(claim, {"tool record": text}, question) is None


def test_the_reading_switch_turns_it_off() -> None:
    texts = {"tool job_status": JOB.content}
    claim = "No - TR-88104 was ordered as a plain translation"
    assert _reading(claim, texts, "Is TR-88104 being notarised?") is not None
    with patch.object(record_answers, "READ_RECORD_ANSWERS", False):
        assert _reading(claim, texts, "Is TR-88104 being notarised?") is None


# ---- a value the claim restates --------------------------------------------------------------------------------

FITTING = Document(id="tool:fitting_lookup", content="fitting: TY-30418\nslot: 16:00-17:00\nfitter: Oksana\n"
                                                     "status: confirmed")


def test_a_no_that_restates_the_asked_value_denies_something_else() -> None:
    """Asked "Is Oksana fitting TY-30418 in the morning?": "No - ... at 4 PM, with Oksana" denies the morning,
    not the fitter it names."""
    texts = {"tool fitting_lookup": FITTING.content}
    question = "Is Oksana fitting TY-30418 in the morning?"
    assert _reading("No - TY-30418 is at 4 PM, with Oksana", texts, question) is None
    # the fitter denied, or another one named: still read against the record
    assert _reading("No - Oksana isn't on TY-30418", texts, question) is not None
    assert _reading("No - TY-30418 is at 4 PM, with Bogdan", texts, question) is not None
