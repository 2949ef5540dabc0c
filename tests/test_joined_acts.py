"""A clause of the business's own act joined to a held clause, judged as its own claim
(:mod:`llmops_kit.joined_acts`). Flagged: an invented service joined by ", and we ..." to a clause the evidence holds
("..., and we email you a proof of the lettering first", "..., and we take care of the customs for you"). Kept: the
same join where a text states the act, a two-clause sentence whose clauses each hold, and a joined clause that is
no act of the business's (a limit, a denial, an opinion, the customer's choice).

The fixtures are this file's own (a bookbinder, a watch repairer, a dog walker, a kayak school).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import joined_acts
from llmops_kit.joined_acts import business_act
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

BINDER = [Document(id="bb-1", content="We bind dissertations in blue cloth with gold lettering on the spine: £30 a "
                                      "copy. It takes 4 working days.")]
BINDER_PROOF = [Document(id="bb-2", content="We bind dissertations in blue cloth with gold lettering on the spine: £30 "
                                            "a copy. It takes 4 working days. We email you when your copies are "
                                            "ready to collect.")]
WATCHES = [Document(id="wr-1", content="After the service we return your watch by insured courier for EUR 40. The "
                                       "service comes with a two-year guarantee.")]
WALKS = [Document(id="dw-1", content="Group walks last one hour and take up to six dogs. Every dog must be "
                                     "vaccinated and friendly with other dogs.")]
KAYAKS = [Document(id="ks-1", content="Lessons are cancelled when the wind is above 20 knots. A cancelled lesson is "
                                      "refunded in full or moved to another day, whichever you prefer.")]


# ---- which clauses state the business's act -----------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "we email you a proof of the lettering first",
    "we'll hold your seats for a week",
    "we will send you photos after each walk",
    "we also take care of the customs for you",
])
def test_an_act_of_the_business_is_read(clause: str) -> None:
    assert business_act(clause)


@pytest.mark.parametrize("clause", [
    "we only fit approved batteries",
    "we don't take cheques",
    "we can't collect from your house",
    "we recommend booking early",
    "we are closed on Mondays",
    "we have two branches",
    "you choose a refund or a new date",
    "there's nothing to pay",
    "weekends are busy",
])
def test_a_limit_a_denial_an_opinion_or_another_subject_is_no_act(clause: str) -> None:
    assert not business_act(clause)


def test_the_switch_turns_the_reading_off() -> None:
    with patch.object(joined_acts, "READ_JOINED_ACTS", False):
        assert not business_act("we email you a proof of the lettering first")


# ---- flagged: an invented service joined to a held clause ---------------------------------------------------------

INVENTED = [
    ("It takes 4 working days, and we email you a proof of the spine lettering first.", BINDER,
     "How long does binding take?"),
    ("We return it by insured courier for EUR 40, and we take care of the customs paperwork for you.", WATCHES,
     "How do I get my watch back after the service?"),
    ("Group walks last one hour, and we send you photos of your dog after each one.", WALKS,
     "How long are the group walks?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), INVENTED)
def test_an_invented_act_joined_to_a_held_clause_is_flagged(answer: str, docs: list[Document], query: str) -> None:
    verdicts = _verdicts(answer, docs, query)
    assert len(verdicts) == 1 and verdicts[0] != "supported"


@pytest.mark.parametrize(("answer", "docs", "query"), INVENTED)
def test_without_the_reading_the_joined_claim_passes(answer: str, docs: list[Document], query: str) -> None:
    """The held first clause carries the whole claim when the act's "invented" is not taken."""
    with fresh_scores(), patch.object(joined_acts, "READ_JOINED_ACTS", False):
        assert _verdicts(answer, docs, query) == ["supported"]


# ---- kept: the act a text states, clauses that each hold, a joined clause that is no act --------------------------

@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the act a text states
    ("It takes 4 working days, and we email you when your copies are ready to collect.", BINDER_PROOF,
     "How long does binding take?"),
    # two clauses, each held
    ("We return it by insured courier for EUR 40, and the service comes with a two-year guarantee.", WATCHES,
     "How do I get my watch back?"),
    # the customer's choice in other words, no act of the business's
    ("Lessons are cancelled above 20 knots, and you choose a full refund or a new day.", KAYAKS,
     "What happens if it's too windy?"),
])
def test_a_held_or_non_act_joined_clause_is_kept(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]
