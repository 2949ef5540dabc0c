"""A rule turned round where the claim holds the whole of one evidence statement but its sign
(:data:`llmops_kit.claim_meaning.READ_COVERED_POLARITY`, the reversed48 round): the claim's own words (a second
thing named, a reason, a place) leave the short statement under half of the claim's words, so the clause-by-clause
polarity reading never compares the two; read from the evidence statement's side, it is all there but its sign.
Permission words are one ("can hire" against "hire is not allowed"), a clause's "when ..." belongs to it, and a
claim with a figure is read too (the figure checks nothing of a sign).

Controls: the rule said rightly, the rule turned round in words ("isn't included, it's sold separately" of "is sold
separately", "isn't refundable" of "non-refundable"), a statement of another subject, and a wrong figure stay as
they were; the old verdict returns with
the switch off. The fixtures are this file's own (a climbing gym, a ferry, a bakery).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import claim_meaning
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

GYM = [Document(id="cg-2", content="Chalk balls are provided at the desk. Liquid chalk is not allowed on the "
                                   "bouldering wall. Shoes can be hired for 4 euros.")]
FERRY = [Document(id="fy-5", content="Bicycles travel on the car deck. Paying by card adds a 5% fee. Dogs must "
                                     "stay on a lead on the open deck.")]
BAKERY = [Document(id="bk-1", content="Cakes are made to order with three days' notice. The tent is sold "
                                      "separately from the party package. Cash is not accepted at the market stall.")]
CHALK_Q = "Can I use my own liquid chalk?"
CARD_Q = "Can I pay for the crossing by card?"
STALL_Q = "Can I pay cash at the stall?"

CASES = [
    # a permission the evidence refuses, said with other words around it
    ("Yes, you can use your own liquid chalk on the bouldering wall.", GYM, CHALK_Q),
    # the claim denies what the evidence states, its subject in the clause after "when"
    ("Sure, and there's no fee when you pay for the crossing with a card.", FERRY, CARD_Q),
    # "is fine" is a permission too
    ("Yes, cash is fine at the market stall.", BAKERY, STALL_Q),
    # a claim with a figure: the figure is the article's, the sign is not
    ("Yes, you ordered 3 days ahead, so cash is fine at the market stall.", BAKERY, STALL_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_a_rule_held_whole_but_turned_round_is_not_supported(answer: str, docs: list[Document], query: str) -> None:
    assert "supported" not in _verdicts(answer, docs, query)[:1]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_without_the_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(), patch.object(claim_meaning, "READ_COVERED_POLARITY", False):
        assert _verdicts(answer, docs, query)[:1] == ["supported"]


# ---- controls: the rule said rightly or turned round in words, another subject, a wrong figure -------------------

@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("No, liquid chalk isn't allowed on the bouldering wall; chalk balls are provided at the desk.", GYM, CHALK_Q),
    ("Yes, but paying by card adds a small fee on the crossing.", FERRY, CARD_Q),
    # a denial in other words than the evidence's, of the same fact
    ("The party package doesn't come with the tent: it's sold separately.", BAKERY,
     "Is the tent part of the party package?"),
    # a permission of another subject than the refused one
    ("Yes, shoes can be hired at the desk.", GYM, "Can I hire shoes?"),
])
def test_control_the_rule_said_rightly_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


#: A denial written into one word, a record line's denial after its colon and a heading: none is a plain statement.
DEPOSIT = [Document(id="dp-1", content="Room hire\nThe booking deposit is non-refundable.\nBike swap by guest: not "
                                       "possible\n")]


@pytest.mark.parametrize("answer", [
    "I'm afraid the booking deposit isn't refundable.",
    "No, guests can't swap bikes themselves.",
])
def test_control_a_denial_in_other_words_is_no_plain_statement(answer: str) -> None:
    assert claim_meaning.meaning_gap(answer, documents_evidence(DEPOSIT)) is None


#: Statements the reading must not turn round: a denial naming whom a rule is about, a code naming another thing, a
#: permission bounded by days.
RULES = [Document(id="rl-3", content="Riders who have not finished the first lap by noon are taken off the course. "
                                     "We do not service X200 models. Members may swim in the lido Monday to "
                                     "Thursday.")]


@pytest.mark.parametrize("answer", [
    "You need to finish the first lap by noon, or you are taken off the course.",
    "A service of the X300 model is possible, we service models here.",
    # a state not reached yet is the customer's record
    "Your rider has not finished the first lap yet.",
    # a clause after "while" is not part of the statement before it
    "Models are serviced here, while X200 ones are not serviced.",
])
def test_control_a_statement_of_another_kind_is_not_turned_round(answer: str) -> None:
    assert claim_meaning.meaning_gap(answer, documents_evidence(RULES)) is None


def test_control_a_permission_bounded_by_days_is_left_to_the_other_readings() -> None:
    """A day in both sets the sides of a bound ("not on Sundays" of "Monday to Thursday"): this reading adds nothing
    to what the others find."""
    answer = "Members can't swim in the lido on Sundays."
    with_reading = claim_meaning.meaning_gap(answer, documents_evidence(RULES))
    with patch.object(claim_meaning, "READ_COVERED_POLARITY", False):
        assert claim_meaning.meaning_gap(answer, documents_evidence(RULES)) == with_reading


def test_control_a_wrong_figure_stays_flagged() -> None:
    assert _verdicts("Yes, shoes can be hired for 6 euros.", GYM, "Can I hire shoes?") != ["supported"]


def test_the_reading_names_the_statement_it_turned_round() -> None:
    gap = claim_meaning.meaning_gap("Yes, you can use your own liquid chalk on the bouldering wall.",
                                    documents_evidence(GYM))
    assert gap is not None and gap.kind == "polarity"
    assert gap.evidence == "Liquid chalk is not allowed on the bouldering wall."
