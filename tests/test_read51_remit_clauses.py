"""A clause about the assistant's own remit or texts read as a decline that states nothing (:data:`llmops_kit.
scope_declines.READ_REMIT_CLAUSES`, the ``decline51`` round): "I can only help with the gym", "X is outside what I can
help with", "beyond my notices", "I couldn't find that in our notices", "the notices don't name X", "our booking
system's not answering, so I can't see <the customer's code>", with a courtesy or a referral to a published contact
beside it. Its hard facts must be held: another code, another phone number or a figure the texts do not give stays
flagged, and a decline joined to an invented service leaves the service judged. With the switch off the old verdicts
come back."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import scope_declines
from llmops_kit.scope_declines import remit_clause
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

PROMPT = ("You are the helper of Crux Hall, a bouldering gym in Leeds. Answer only from the gym's notices and the "
          "tool results. If they don't cover something, say so and refer people to the front desk: 0113 496 0781 or "
          "hello@cruxhall.co.uk.")
NOTICES = [Document(id="n-1", content="Day pass: £12. Shoe hire: £4. Ten-visit card: £100. We are open 10:00-22:00 "
                                      "every day.")]

#: (question, answer read right now, the same answer with a hard fact changed or a claim added: still flagged)
CASES = [
    ("Any good ramen places near you?", "Ha, I can only help with the gym; noodles are beyond my notices!",
     "Ha, I can only help with the gym; try Kanpai Ramen on Call Lane!"),
    ("Can you help me file my tax return?",
     "Tax returns are outside what I can help with; please check with an accountant.",
     "Tax returns are outside what I can help with; the fee is £30 at our desk."),
    ("Who sets the routes?",
     "The notices list our passes and prices but don't name the route setters; the front desk can tell you more.",
     "The notices I found give the day pass at £15, nothing on route setters."),
    ("Is there a bike rack?", "Je n'ai pas trouvé / I couldn't find that in our notices.",
     "Je n'ai pas trouvé / I couldn't find that in our notices, but there is a bike rack for 20 bikes."),
    ("Where is my booking CH-4471?", "Our booking system's not answering just now, so I can't see CH-4471.",
     "Our booking system's not answering just now, so I can't see CH-4417."),
    ("Do you sell chalk bags?",
     "Chalk bags aren't something our notices mention; the coordinators on 0113 496 0781 may know more.",
     "Chalk bags aren't something our notices mention; the coordinators on 0113 496 0999 may know more."),
    ("Can I pay in bitcoin?", "I'm afraid that's not something I can help with; I only know about the gym.",
     "I'm afraid that's not something I can help with; our notices say a deposit of £50 is taken."),
    ("Is there a deposit?", "Sorry, the notices don't mention a deposit, so I can't say.",
     "Our notices say the deposit is £50."),
]


@pytest.mark.parametrize(("asked", "answer", "control"), CASES)
def test_a_remit_clause_is_supported_and_its_control_stays_flagged(asked: str, answer: str, control: str) -> None:
    assert set(_verdicts(answer, NOTICES, asked, PROMPT)) == {"supported"}
    assert set(_verdicts(control, NOTICES, asked, PROMPT)) - {"supported"}


@pytest.mark.parametrize(("asked", "answer"), [(asked, answer) for asked, answer, _ in CASES])
def test_with_the_switch_off_the_old_verdict_comes_back(asked: str, answer: str) -> None:
    with fresh_scores(), patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        assert set(_verdicts(answer, NOTICES, asked, PROMPT)) - {"supported"}


def test_a_decline_joined_to_an_invented_service_leaves_the_service_judged() -> None:
    verdicts = _verdicts("Taxis are outside what I can help with; we run a free shuttle from the station.", NOTICES,
                         "Can you book me a taxi?", PROMPT)
    assert verdicts and verdicts != ["supported"]


@pytest.mark.parametrize("piece", [
    "I can only help with day passes and shoe hire",
    "Wine tours are beyond my notices",
    "That isn't something I can help with",
    "Sorry, I couldn't find that in our notices",
    "the notices I found are about passes and shoe hire, not parking",
    "our notes don't cover that",
    "nothing on parking",
    "Oops, I can't reach the booking system right now",
    "please check with an accountant",
    "the front desk can tell you more",
])
def test_the_form_is_read_in_many_wordings(piece: str) -> None:
    assert remit_clause(piece, documents_evidence(NOTICES, "Can I park at the gym?"))


@pytest.mark.parametrize("piece", [
    "our notes say the deposit is refundable",  # the texts said to state a fact: a proposition, judged
    "I can only help with the gym; we run a free shuttle",  # two clauses: the joined reading judges the second
    "That's outside our delivery area",  # no texts and no remit named
    "We don't unlock phones",  # a statement of the business
    "I can't see CH-4417",  # a code the question does not hold
    "the desk will give you a free pass",  # a referral with an offer in it
])
def test_what_is_no_remit_clause(piece: str) -> None:
    assert not remit_clause(piece, documents_evidence(NOTICES, "Where is my booking CH-4471?"))


def test_a_false_denial_of_what_the_notices_hold_stays_flagged() -> None:
    """The notices give shoe hire: "I have nothing on shoe hire" is no decline, and its claim is judged whole."""
    answer = "The notices I found cover day passes and the ten-visit card; I have nothing on shoe hire."
    assert set(_verdicts(answer, NOTICES, "Can I hire shoes?", PROMPT)) - {"supported"}
    assert set(_verdicts(answer.replace("shoe hire", "kayak trips"), NOTICES, "Do you run kayak trips?", PROMPT)) \
        == {"supported"}


def test_a_referral_alone_is_no_decline_of_the_texts() -> None:
    """A referral is read beside a remit clause, but alone it says nothing of what the texts miss."""
    evidence = documents_evidence(NOTICES, "Who can tell me more?")
    assert remit_clause("the front desk can tell you more", evidence)
    assert not remit_clause("the front desk can tell you more", evidence, referrals=False)


def test_an_unasked_lack_and_a_referral_saying_more_than_a_hand_off_are_no_remit_clause() -> None:
    """"I don't have X" is the customer's subject only when the question names it; a contact said to do what no text
    or question names ("can confirm your locker number") says more than a hand-off."""
    desk = Document(id="n-2", content="Front desk: 0113 496 0781.")
    evidence = documents_evidence([*NOTICES, desk], "Do you sell chalk bags?")
    assert remit_clause("I don't have anything on chalk bags, sorry", evidence)
    assert not remit_clause("I don't have anything on parking permits, sorry", evidence)
    assert remit_clause("the desk on 0113 496 0781 can tell you more", evidence)
    assert not remit_clause("the desk on 0113 496 0781 can confirm your locker number", evidence)
