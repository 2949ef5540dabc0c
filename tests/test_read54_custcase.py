"""A held rule applied to the customer's own case (:mod:`llmops_kit.restricted_cases`, the ``custcase54`` round).

"Dogs are welcome on the ground floor only, so not in the quiet room upstairs" to "Can I bring my dog to the quiet
room upstairs?" denies the customer's case by an "only" rule the evidence states; "Papakura's outside our run: we
deliver within 15 km of Ponsonby" to "We're staying in Papakura, 30 km out" compares the customer's distance with a
held "within N km". Neither consequence is worded by any evidence sentence, so the first was flagged (and a day
denied by an "only" rule was read as a day the rule gives); a place said to be outside although the customer's
distance is inside the bound passed. Controls: the case the rule admits ("so not on the ground floor"), a
consequence about a thing the rule does not govern, a weekday case against a rule naming no days, a consequence
allowing the case, a rule the evidence does not state, a message with no distance, and each switch off giving the
old verdict."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import restricted_cases
from llmops_kit.quality import Document
from llmops_kit.restricted_cases import outside_distance, restricted_case

from .verdict_cases import documents_evidence, fresh_scores, fresh_verdicts

DOGS = [Document(id="FL-2", content="Dogs are welcome on the ground floor only. The kitchen is shared by all members."
                 " Lockers cost 15,00 € a month.")]
DOGS_ASKED = "Can I bring my dog to the quiet room upstairs?"

PRINTS = [Document(id="PR-4", content="Framing is done in the Leith workshop only. Prints ship within 3 days."
                   " Gift wrap is 2 £ per print.")]
PRINTS_ASKED = "Could my print be framed at your Glasgow shop?"

CLASSES = [Document(id="YG-1", content="Beginners' yoga runs on Tuesdays only, 18:00 to 19:00. Mats are provided.")]
CLASSES_ASKED = "Is there a beginners' yoga class on Thursday?"

VANS = [Document(id="DL-3", content="We deliver and collect anywhere within 20 km of the depot in Hamilton for $15"
                 " each way. Delivery runs Monday to Friday.")]
VANS_FAR = "We're in Cambridge, 24 km away. Can you deliver the trailer?"
VANS_NEAR = "We're in Cambridge, 12 km away. Can you deliver the trailer?"
VANS_NO_DISTANCE = "We're in Cambridge. Can you deliver the trailer?"


def test_an_only_rule_denying_the_customers_place_is_supported() -> None:
    answer = "Sorry, dogs are welcome on the ground floor only, so not in the quiet room upstairs."
    assert fresh_verdicts(answer, DOGS, DOGS_ASKED) == ["supported"]


def test_an_only_rule_denying_another_weekday_is_supported() -> None:
    answer = "Beginners' yoga runs on Tuesdays only, so Thursday isn't possible."
    assert fresh_verdicts(answer, CLASSES, CLASSES_ASKED) == ["supported"]


def test_an_only_rule_denying_the_customers_shop_is_read() -> None:
    claim = "Framing is done in the Leith workshop only, so not at the Glasgow shop, I'm afraid"
    applied = restricted_case(claim, documents_evidence(PRINTS, PRINTS_ASKED))
    assert applied is not None and applied.outcome == "holds"
    assert applied.sentence == "Framing is done in the Leith workshop only."


def test_a_distance_past_the_held_bound_said_outside_holds() -> None:
    claim = "Sorry, Cambridge's outside our run: we deliver within 20 km of Hamilton"
    applied = outside_distance(claim, documents_evidence(VANS, VANS_FAR))
    assert applied is not None and applied.outcome == "holds"


def test_a_distance_inside_the_bound_said_outside_is_contradicted() -> None:
    answer = "Sorry, Cambridge's outside our run: we deliver within 20 km of Hamilton."
    assert fresh_verdicts(answer, VANS, VANS_NEAR) == ["contradicted"]


def test_control_no_distance_in_the_message_or_a_bound_not_held_is_not_read() -> None:
    claim = "Sorry, Cambridge's outside our run: we deliver within 20 km of Hamilton"
    assert outside_distance(claim, documents_evidence(VANS, VANS_NO_DISTANCE)) is None
    other = "Sorry, Cambridge's outside our run: we deliver within 10 km of Hamilton"
    assert outside_distance(other, documents_evidence(VANS, VANS_FAR)) is None
    assert fresh_verdicts(other + ".", VANS, VANS_FAR) == ["contradicted"]


def test_control_a_rule_the_evidence_does_not_state_is_not_read() -> None:
    claim = "Sorry, dogs are welcome in the garden only, so not in the quiet room upstairs"
    assert restricted_case(claim, documents_evidence(DOGS, DOGS_ASKED)) is None
    assert fresh_verdicts(claim + ".", DOGS, DOGS_ASKED) != ["supported"]


def test_control_the_case_the_rule_admits_is_not_read() -> None:
    for claim, asked in (
            ("Sorry, dogs are welcome on the ground floor only, so not on the ground floor",
             "Can I bring my dog to the ground floor?"),
            ("Sorry, dogs are welcome on the ground floor only, so not in the ground floor lounge",
             "Can I bring my dog to the ground floor lounge?")):
        assert restricted_case(claim, documents_evidence(DOGS, asked)) is None
    tuesday = "Beginners' yoga runs on Tuesdays only, so Tuesday isn't possible"
    assert restricted_case(tuesday, documents_evidence(CLASSES, "Is there a beginners' yoga class on Tuesday?")) is None


def test_control_a_consequence_about_a_thing_the_rule_does_not_govern_is_not_read() -> None:
    claim = "Sorry, dogs are welcome on the ground floor only, so not cats"
    assert restricted_case(claim, documents_evidence(DOGS, "Can I bring my cat?")) is None
    weekday = "Framing is done in the Leith workshop only, so Thursday isn't possible"
    assert restricted_case(weekday, documents_evidence(PRINTS, "Could my print be framed on Thursday?")) is None
    no_day = "Beginners' yoga runs on Tuesdays only, so not in the big studio"
    assert restricted_case(no_day, documents_evidence(CLASSES, "Is beginners' yoga in the big studio?")) is None


def test_control_a_consequence_that_allows_the_case_is_not_read() -> None:
    claim = "Dogs are welcome on the ground floor only, so the quiet room upstairs is fine"
    assert restricted_case(claim, documents_evidence(DOGS, DOGS_ASKED)) is None


def test_switch_off_the_applications_are_judged_as_before() -> None:
    with fresh_scores(), patch.object(restricted_cases, "READ_RESTRICTED_CASES", False):
        assert fresh_verdicts("Sorry, dogs are welcome on the ground floor only, so not in the quiet room upstairs.",
                              DOGS, DOGS_ASKED) == ["unsupported"]
        assert fresh_verdicts("Beginners' yoga runs on Tuesdays only, so Thursday isn't possible.", CLASSES,
                              CLASSES_ASKED) == ["contradicted"]
    with fresh_scores(), patch.object(restricted_cases, "READ_OUTSIDE_DISTANCES", False):
        assert fresh_verdicts("Sorry, Cambridge's outside our run: we deliver within 20 km of Hamilton.", VANS,
                              VANS_NEAR) == ["supported"]
