"""A figure the answer states as a plain fact of its own subject is no arithmetic on two figures of the answer's
other sentences (:mod:`llmops_kit.own_operands`): "Lockers are £4 a session" beside "£6 for juniors; shoes are £2
a pair" is no 6 - 2, "wash it at 40°C" no "5 rooms" x "8 hours", "cancel free up to 1 hour before" no gap between
"last entry 8 PM" and "9 PM". A figure worded as a result ("so", "in total", "that's", "="), one worked from the
claim's own figures or the customer's, and a table row worked from the rows above stay derived.

The fixtures are this file's own (a bowling alley, a pest control firm, a swimming pool, a gym, a guest house).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import own_operands
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.own_operands import anchored_pair_reaches, needs_own_operand
from llmops_kit.text import numbers_in
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts
from .verdict_cases import later_figure_readings_off

BOWLING = [Document(id="bw-1", content="A game is £8 for adults and £6 for juniors. Shoe hire is £2 a pair. "
                                        "Lockers cost £1 a session.")]
PESTS = [Document(id="pc-2", content="Heat treatment is $90 per room, for up to 5 rooms. After a spray, everyone "
                                      "stays out for 8 hours. Wash all bedding at 60°C before the visit.")]
POOL = [Document(id="sw-3", content="The pool is open 7 AM to 9 PM, last entry 8 PM. Lane bookings can be "
                                     "cancelled free up to 3 hours before the slot.")]
GYM = [Document(id="gy-4", content="Memberships have a 3-month minimum, then 30 days' notice to cancel. "
                                    "A freeze of up to 2 months a year costs €5 a month.")]
GUESTHOUSE = [Document(id="gh-5", content="Rooms are £90 a night. A deposit of £50 secures the booking and the "
                                           "rest is paid on arrival. VAT at 8% is added to the room rate.")]
FLAGGED = {"absent", "contradicted"}


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # 4 = 6 - 2, both of the sentence before
    ("A game is £8 for adults and £6 for juniors; shoe hire is £2 a pair. Lockers are £4 a session.", BOWLING,
     "What will a family visit cost?"),
    # 40 = 5 x 8, a temperature from a count of rooms and a number of hours
    ("Heat treatment is $90 per room for up to 5 rooms. Everyone stays out for 8 hours after a spray. "
     "Wash all bedding at 40°C before we come.", PESTS, "How do I get ready for the bed bug treatment?"),
    # 1 hour = 9 PM - 8 PM, two times of another sentence
    ("We're open 7 AM to 9 PM, last entry 8 PM. You can cancel a lane free up to 1 hour before your slot.", POOL,
     "Can I cancel my lane booking?"),
    # €25 = (3 + 2) x €5, a chain over another sentence's figures
    ("After the 3-month minimum you can cancel with 30 days' notice, and a €25 exit fee applies. "
     "A freeze of up to 2 months a year costs €5 a month.", GYM, "How do I cancel my membership?"),
])
def test_a_plain_figure_is_not_reached_from_other_sentences(answer: str, docs: list[Document], query: str) -> None:
    assert FLAGGED & set(_verdicts(answer, docs, query))
    with later_figure_readings_off(), patch.object(own_operands, "READ_OWN_OPERANDS", False):
        assert not FLAGGED & set(_verdicts(answer, docs, query))  # a pair of other sentences reached it before


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # worded as a result: "so", "in total"
    ("A game is £8 for adults and £6 for juniors. So for the two of you it's £14 a game.", BOWLING,
     "My son and I want to bowl, how much?"),
    ("Shoe hire is £2 a pair and a junior game £6. That comes to £8 for your daughter.", BOWLING,
     "How much for my daughter, with shoes?"),
    # written steps across sentences: the result of one is an operand of the next
    ("3 nights × £90 = £270. 8% VAT on that is £21.60, so £291.60 in total.", GUESTHOUSE,
     "What will three nights cost with VAT?"),
    # the claim's own figures
    ("Heat treatment for 3 rooms at $90 per room is $270.", PESTS, "How much for three bedrooms?"),
    # the customer's own amount and period
    ("£45 a month, as long as the deposit of £50 is paid first.", GUESTHOUSE, "I owe £450 over 10 months: how much "
                                                                            "is that a month?"),
    # the hours between two times of the claim itself
    ("The pool is open 7 AM to 9 PM, 14 hours a day.", POOL, "How long is the pool open?"),
])
def test_results_own_figures_and_the_customers_stay_derived(answer: str, docs: list[Document], query: str) -> None:
    assert not FLAGGED & set(_verdicts(answer, docs, query))


def test_a_table_row_may_be_worked_from_the_rows_above() -> None:
    evidence = Evidence([EvidenceSource("document bw-1", BOWLING[0].content)], r"\[x\]")
    rows = ("Junior game; £6", "Shoe hire; £2", "Locker; £4", "Total; £8")
    answer_text = " ".join(rows)
    answer = frozenset().union(*(numbers_in(r) for r in rows))
    # a prose claim stating £4 as a plain fact is held to its own figures, and so is a row of its own item
    # (:mod:`tests.test_own_rows`); a row labelled as a total may be worked from the others
    assert evidence.missing_facts("Locker; £4", answer=answer, answer_text=answer_text)[0] == ["4"]
    assert evidence.missing_facts("Locker; £4", answer=answer, answer_text=answer_text, row=True)[0] == ["4"]
    assert evidence.missing_facts("Total; £8", answer=answer, answer_text=answer_text, row=True)[0] == []


def test_which_claims_must_have_an_own_operand() -> None:
    answer = "A game is £8. Lockers are £4 a session. So £12 in total. £12"
    assert needs_own_operand("Lockers are £4 a session", answer)
    assert not needs_own_operand("So £12 in total", answer)
    assert not needs_own_operand("That's £12 for both", answer)
    assert not needs_own_operand("£8 + £4 = £12", answer)
    assert not needs_own_operand("£12", answer)  # a figure alone: a result line
    assert not needs_own_operand("Lockers are £4 a session", "Lockers are £4 a session")  # the answer itself
    with patch.object(own_operands, "READ_OWN_OPERANDS", False):
        assert not needs_own_operand("Lockers are £4 a session", answer)


def test_an_anchored_pair_has_one_operand_of_the_claim() -> None:
    assert anchored_pair_reaches([6.0, 2.0, 4.5], 4.0, frozenset({6.0}))
    assert not anchored_pair_reaches([6.0, 2.0, 4.5], 4.0, frozenset({4.5}))
    assert not anchored_pair_reaches([6.0, 2.0], 4.0, frozenset({4.0}))  # the target is no operand of itself
