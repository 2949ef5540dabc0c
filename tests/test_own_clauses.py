"""A held claim's clause with a predicate of its own, judged alone (:mod:`llmops_kit.own_clauses`). Flagged: an
invented exception or restriction joined by ", but" / ", and" to a clause the evidence holds ("..., but not on the
tractor", "..., and they can't be used for the glazing course", "..., and they are never cancelled for wind").
Kept: a joined clause the evidence states too, the evidence's own "but not", a predicate denied as the evidence
denies it, a ", with" the evidence includes, a decline joined to a fact, and a clause after ", so" or with a figure.

The fixtures are this file's own (a craft studio, an orchard, a swimming pool, a bike hire, a pottery class, a
boat tour).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import own_clauses
from llmops_kit.own_clauses import OwnClause
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

STUDIO = [Document(id="cs-1", content="Gift vouchers start at £20, last 12 months from the day they are bought, and "
                                      "can be spent on any workshop or in the shop. The two-day glazing course is "
                                      "£190.")]
ORCHARD = [Document(id="or-2", content="Dogs on a lead are welcome in the orchard. Tractor rides run on Sundays, £3 a "
                                       "person; under-5s ride free.")]
FARM_SHOP = [Document(id="gc-3", content="Dogs on a lead are welcome in the orchard but not in the farm shop. Tractor "
                                         "rides run on Sundays.")]
POOL = [Document(id="sp-4", content="Swimming caps are recommended for long hair but are not compulsory. Lanes are "
                                    "split by pace.")]
BIKES = [Document(id="bh-5", content="Hybrid bikes are £18 a day. Helmets and locks are included. Route maps cost "
                                     "£2.")]
CLAY = [Document(id="cl-6", content="Evening classes are £30 including all materials. Classes run on Tuesdays and "
                                    "Thursdays.")]
TOURS = [Document(id="bt-7", content="Boat tours leave at 10:00 and 14:00 and last 90 minutes. Tours are cancelled in "
                                     "winds above 25 knots; a cancelled tour is refunded in full.")]


# ---- how a claim divides -----------------------------------------------------------------------------------------

def test_a_clause_with_its_own_subject_and_verb_is_read_as_it_stands() -> None:
    """'..., and they can't be used for X' is a claim of its own, word for word."""
    assert own_clauses.own_clauses("Yes, after 12 months, and they can't be used for the glazing course") == (
        OwnClause("they can't be used for the glazing course"),)


def test_but_not_a_place_denies_the_first_clause_predicate_there() -> None:
    """'welcome in the orchard, but not on the tractor' says they are not welcome on the tractor."""
    assert own_clauses.own_clauses("Yes, dogs on a lead are welcome in the orchard, but not on the tractor") == (
        OwnClause("dogs on a lead are not welcome on the tractor", "on the tractor"),)


def test_but_not_a_predicate_denies_it_of_the_subject() -> None:
    """'recommended for long hair, but not compulsory' says caps are not compulsory."""
    assert own_clauses.own_clauses("Swimming caps are recommended for long hair, but not compulsory") == (
        OwnClause("Swimming caps are not compulsory", "compulsory"),)


def test_a_verb_phrase_takes_the_first_clause_subject() -> None:
    """'..., but must be booked ahead' is said of the first clause's subject."""
    assert own_clauses.own_clauses("Day passes are sold at the desk, but must be booked ahead") == (
        OwnClause("Day passes must be booked ahead"),)


@pytest.mark.parametrize("claim", [
    "Tickets are £12, so the two of you pay £24",  # a consequence leaning on the clause before
    "Lockers take a coin, which is kept as a fee",  # a relative clause
    "Classes are £30, and that's all materials included",  # a pointing word
    "Classes are £30, and 2 of them run on Tuesdays",  # a figure
    "Classes are £30, but I can't book you in here",  # conversation
    "Classes run on Tuesdays and Thursdays",  # no clause of its own
])
def test_clauses_leaning_on_the_one_before_are_not_read(claim: str) -> None:
    """A consequence, a relative or pointing clause, a figure, a decline or a plain 'and' of two names: nothing."""
    assert own_clauses.own_clauses(claim) == ()


# ---- the verdicts --------------------------------------------------------------------------------------------------

FLAGGED = [
    ("Yes, after 12 months, and they can't be used for the glazing course.", STUDIO, "Do gift vouchers expire?"),
    ("Yes, dogs on a lead are welcome in the orchard, but not on the tractor.", ORCHARD, "Can I bring my dog?"),
    ("Tours last 90 minutes, and they are never cancelled for wind.", TOURS, "Do tours get cancelled?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_an_invented_clause_joined_to_a_held_one_is_flagged(answer: str, docs: list[Document], query: str) -> None:
    """The added clause judged alone is a restriction or a reversed rule the evidence never states: unsupported."""
    assert _verdicts(answer, docs, query) == ["unsupported"]


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_without_the_reading_the_joined_claim_passes(answer: str, docs: list[Document], query: str) -> None:
    """The control: judged as one claim, the held clause carries it (what the reading is for)."""
    with fresh_scores(), patch.object(own_clauses, "READ_OWN_CLAUSES", False):
        assert _verdicts(answer, docs, query) == ["supported"]


KEPT = [
    ("They last 12 months, and they can be spent on workshops or in the shop.", STUDIO, "Do gift vouchers expire?"),
    ("Dogs on a lead are welcome in the orchard, but not in the farm shop.", FARM_SHOP, "Can I bring my dog?"),
    ("Swimming caps are recommended for long hair, but not compulsory.", POOL, "Do I need a cap?"),
    ("Hybrid bikes are £18 a day, with helmets and locks included.", BIKES, "What does a bike cost?"),
    ("Evening classes are £30, with all materials included.", CLAY, "How much is a class?"),
    ("Evening classes are £30, but I can't book you in here.", CLAY, "How much is a class?"),
    ("Evening classes are £30, and they run on Tuesdays and Thursdays.", CLAY, "How much is a class?"),
    ("Tours are cancelled in winds above 25 knots, and a cancelled tour is refunded in full.", TOURS,
     "Do tours get cancelled?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), KEPT)
def test_a_joined_clause_the_evidence_states_is_kept(answer: str, docs: list[Document], query: str) -> None:
    """A clause the evidence holds, its own 'but not', a denied predicate it denies, an inclusion it states, a
    decline: each judged alone is held (or not read), so the claim stays supported."""
    assert _verdicts(answer, docs, query) == ["supported"]
