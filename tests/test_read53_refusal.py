"""A hand-off naming the look-up the contact will do with the customer's matter (:mod:`llmops_kit.handoff_acts`, the
``refusal53`` round): "... and the office will check", "The yard can check your address", "The team on 09 376 2284
can tell you whether another cot is free" hand the customer on and state no fact and no outcome. Controls: an
outcome or a promise beside the look-up ("the office will check and refund the deposit", "for a $30.00 add-on",
"your free upgrade"), an outcome verb ("can send a certificate"), a wrong contact, and the switch off."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import handoff_acts
from llmops_kit.handoff_acts import handoff_act
from llmops_kit.quality import Document

from .verdict_cases import documents_evidence, fresh_scores, fresh_verdicts

PROMPT = ("You are the help desk of Fjell Husky Tours. Use only the guide passages and tool results provided. If "
          "they don't answer the question, say so and give our contacts: 0980 123 400, daily 08.00-18.00, or "
          "tours@fjellhusky.example.")
DEPOSIT = [Document(id="dt-2", content="A deposit of 30 % is paid by card or by bank transfer when you book. Cancel "
                                       "free of charge up to 7 days before the tour.")]
PAYMENT_ASKED = ("Transfer reference 20270612 on 2027-01-20 - was that our deposit, and was my card ending 7702 "
                 "charged too?")
YARD = [Document(id="ph-3", content="Delivery is $150 return within 20 km of our Rocklea yard, plus $3 per km each "
                                    "way beyond that.")]
YARD_ASKED = "Is 4068 inside your 20 km delivery area?"
COTS = [Document(id="bg-1", content="A cot is NZ$40 a week. To extend, text us at least 2 days before the hire ends.")]
COT_PROMPT = "You are the assistant of Kiwi Baby Hire. Our team answers on 09 376 2284, Mon-Sat 8am-6pm."
COT_ASKED = "Can we keep the cot two more weeks?"

CHECK = ("Please ring 0980 123 400 with that reference and the card ending 7702 and the office will check.")


def test_a_handoff_whose_office_will_check_is_supported() -> None:
    assert fresh_verdicts("I can't see payments here. " + CHECK, DEPOSIT, PAYMENT_ASKED, PROMPT)[-1] == "supported"


def test_switch_off_the_office_will_check_is_read_as_a_promise() -> None:
    with fresh_scores(), patch.object(handoff_acts, "READ_HANDOFF_ACTS", False):
        assert fresh_verdicts("I can't see payments here. " + CHECK, DEPOSIT, PAYMENT_ASKED, PROMPT)[-1] \
            != "supported"


def test_the_yard_can_check_your_address_is_supported() -> None:
    answer = "I can't measure from a postcode here. The yard can check your address."
    assert fresh_verdicts(answer, YARD, YARD_ASKED)[-1] == "supported"


def test_switch_off_the_yard_can_check_your_address_is_not_supported() -> None:
    answer = "I can't measure from a postcode here. The yard can check your address."
    with fresh_scores(), patch.object(handoff_acts, "READ_HANDOFF_ACTS", False):
        assert fresh_verdicts(answer, YARD, YARD_ASKED)[-1] != "supported"


def test_a_contact_asked_an_indirect_question_is_supported() -> None:
    answer = "The team on 09 376 2284 can tell you whether another cot is free."
    assert fresh_verdicts(answer, COTS, COT_ASKED, COT_PROMPT) == ["supported"]


def test_the_frame_is_read_on_its_own() -> None:
    evidence = documents_evidence(YARD, YARD_ASKED)
    assert handoff_act("The yard can check your address", evidence)
    assert handoff_act("so the team will confirm", evidence)
    assert handoff_act("the office will check it for you", evidence)


def test_control_an_outcome_beside_the_check_stays_flagged() -> None:
    answer = ("Please ring 0980 123 400 with that reference and the office will check and refund the deposit "
              "within 5 days.")
    assert fresh_verdicts(answer, DEPOSIT, PAYMENT_ASKED, PROMPT) != ["supported"]
    assert not handoff_act("The office will check and refund the deposit", documents_evidence(DEPOSIT))


def test_control_a_priced_service_after_check_stays_flagged() -> None:
    evidence = documents_evidence(YARD, YARD_ASKED)
    assert not handoff_act("Sure, the vet can check the cat during the herd visit for a $30.00 add-on", evidence)
    answer = "Sure, the yard can check the trailer during delivery for a $30.00 add-on."
    assert fresh_verdicts(answer, YARD, YARD_ASKED) != ["supported"]


def test_control_a_promise_or_new_subject_after_the_act_is_no_handoff() -> None:
    evidence = documents_evidence(YARD, YARD_ASKED)
    assert not handoff_act("The team will confirm your free upgrade", evidence)
    assert not handoff_act("The team will confirm the crane hire and forklift licence", evidence)
    assert not handoff_act("The office can send a certificate", evidence)  # an outcome verb, no look-up


def test_control_a_wrong_contact_in_the_handoff_stays_flagged() -> None:
    answer = "The team on 09 376 9999 can tell you whether another cot is free."
    assert fresh_verdicts(answer, COTS, COT_ASKED, COT_PROMPT) != ["supported"]
