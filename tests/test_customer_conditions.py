"""A general price worked into a total, or said to be the customer's, although the customer's stated circumstance
meets a group's condition with another price (:mod:`llmops_kit.customer_conditions`), with the controls: the
exception applied stays clean, a customer under the threshold or outside the age range keeps the general price held,
a weekday outside the run or no group word changes nothing, a thing made free that the claim does not price is left
alone.

The fixtures are this file's own (a pottery class, a bowling alley, an escape room, a museum, a phone plan).
"""

from __future__ import annotations

import pytest

from llmops_kit import customer_conditions
from llmops_kit.named_party import party_size
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

POTTERY = [Document(id="pt-01", content="A two-hour wheel class is €40 per person, clay and firing included."),
           Document(id="pt-02", content="Kids aged 7 to 11 pay €25 when they throw with a paying adult; under-7s "
                                        "can watch for free.")]
BOWLING = [Document(id="bw-01", content="A game of ten-pin costs £9 per bowler, shoes included. Lanes open at noon. "
                                        "Groups of 8 or more bowlers get 20% off every game.")]
ESCAPE = [Document(id="er-01", content="The Vault room is NZ$45 per player, up to 6 players. On weekdays (Monday to "
                                       "Thursday), university students with a student card pay NZ$35 for the Vault.")]
MUSEUM = [Document(id="ms-01", content="An annual pass is $60 and includes the special exhibitions. The annual pass is "
                                       "free for members who donate at least $250 a year.")]
PHONE = [Document(id="ph-01", content="Unlimited Plus costs kr 199 a month. Roaming is free for customers who spend at "
                                      "least kr 500 a month. Call the shop on 21 00 00 00 to switch.")]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # an age inside the range, the adult price for the whole party
    ("The wheel class is €40 per person, so for the three of you it's €120.", POTTERY,
     "It's for me, my wife and our son - he's 9. What do we pay?"),
    # a head count over the threshold, no discount taken
    ("A game is £9 per bowler, so 10 bowlers come to £90.", BOWLING, "There'll be 10 of us on Saturday. Cost?"),
    # a weekday inside the run and the group's word
    ("The Vault is NZ$45 per player: 4 x NZ$45 = NZ$180.", ESCAPE,
     "Four of us from the university want the Vault on Tuesday. Price?"),
    # a thing made free for an amount the customer meets, its price said to be theirs
    ("You pay the annual pass at $60.", MUSEUM, "I donate $300 every year. What does the annual pass cost me?"),
])
def test_the_general_price_is_contradicted(answer: str, docs: list[Document], query: str) -> None:
    assert "contradicted" in _verdicts(answer, docs, query)


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the exception applied
    ("Two adults at €40 make €80, and your son pays the kids' €25: €105.", POTTERY,
     "It's for me, my wife and our son - he's 9. What do we pay?"),
    ("A game is £9 per bowler: 10 x £9 = £90, less 20% = £72.", BOWLING, "There'll be 10 of us on Saturday. Cost?"),
    ("With student cards it's NZ$35 each, so NZ$140 for the four of you.", ESCAPE,
     "Four of us from the university want the Vault on Tuesday. Price?"),
    # outside the age range: the adult price is right
    ("The wheel class is €40 per person, so for the three of you it's €120.", POTTERY,
     "It's for me, my wife and our son - he's 14. What do we pay?"),
    # under the threshold
    ("A game is £9 per bowler, so 6 bowlers come to £54.", BOWLING, "There'll be 6 of us on Saturday. Cost?"),
    # a weekday outside the run
    ("The Vault is NZ$45 per player: 4 x NZ$45 = NZ$180.", ESCAPE,
     "Four of us from the university want the Vault on Saturday. Price?"),
    # no group word in the question
    ("The Vault is NZ$45 per player: 4 x NZ$45 = NZ$180.", ESCAPE, "Four of us want the Vault on Tuesday. Price?"),
    # an amount under the threshold
    ("You pay the annual pass at $60.", MUSEUM, "I donate $100 every year. What does the annual pass cost me?"),
    # a thing made free that the claim does not price
    ("You pay kr 199 a month for Unlimited Plus.", PHONE, "I spend kr 600 a month. What does Unlimited Plus cost?"),
])
def test_the_right_price_or_an_unmet_condition_stays_clean(answer: str, docs: list[Document], query: str) -> None:
    assert "contradicted" not in _verdicts(answer, docs, query)


def test_a_changed_total_is_still_caught_without_the_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong product is absent whatever the reading: the reading adds only the held general price."""
    monkeypatch.setattr(customer_conditions, "READ_CUSTOMER_CONDITIONS", False)
    verdicts = _verdicts("A game is £9 per bowler, so 10 bowlers come to £95.", BOWLING,
                         "There'll be 10 of us on Saturday. Cost?")
    assert set(verdicts) - {"supported"}


def test_the_switch_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``READ_CUSTOMER_CONDITIONS`` off the general price is held again."""
    monkeypatch.setattr(customer_conditions, "READ_CUSTOMER_CONDITIONS", False)
    verdicts = _verdicts("A game is £9 per bowler, so 10 bowlers come to £90.", BOWLING,
                         "There'll be 10 of us on Saturday. Cost?")
    assert "contradicted" not in verdicts


def test_party_size_counts_the_customer_with_the_people_named() -> None:
    """"me, my wife and our son" is three; a plural with no count is unknown."""
    assert party_size("It's for me, my wife and our son - he's 9.") == 3
    assert party_size("It's for me and my kids.") == 0
