"""The bot's own "I don't have information on <the question's subject>", alone in its claim
(:mod:`llmops_kit.info_declines`): a decline, no statement of the business. Controls: a denial of what a text does
hold, a scope naming what no text holds, a figure, "we" stating a fact, a subject the customer never asked about and
an invented fact beside the decline stay flagged.

The fixtures are this file's own (a bike workshop, a bakery, a language school).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import info_declines, scope_declines
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

BIKES = [Document(id="kb-701", content="A standard service costs £65 and takes two working days. Puncture repairs "
                                       "are £12 while you wait.")]
BIKES_Q = "Can I get the council's cycle-to-work grant for a new bike?"
BAKERY = [Document(id="kb-702", content="Celebration cakes need 5 days' notice. Our fees for delivery are £8 within "
                                        "the city.")]
BAKERY_Q = "How do I apply for the food hygiene licence for my stall?"
SCHOOL = [Document(id="kb-703", content="Group Spanish classes run on Tuesday and Thursday evenings. A 10-week course "
                                        "costs €240 and the late enrolment fee is €20.")]
SCHOOL_Q = "Do I need a student visa to study here?"
SCHOOL_FEE_Q = "What is the late enrolment fee if I register after the start?"


def _without(answer: str, docs: list[Document], query: str) -> list[str]:
    with fresh_scores(), patch.object(info_declines, "READ_INFO_DECLINES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        return _verdicts(answer, docs, query)


DECLINES = [
    ("I don't have information on government grants, sorry.", BIKES, BIKES_Q),
    ("I do not have information about licence applications, only about our own fees.", BAKERY, BAKERY_Q),
    ("I don't have visa information, only our class notes.", SCHOOL, SCHOOL_Q),
    ("I don't have grant details, I'm sorry.", BIKES, BIKES_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), DECLINES)
def test_the_bots_no_information_on_the_asked_subject_is_a_decline(answer: str, docs: list[Document],
                                                                   query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), DECLINES)
def test_without_the_reading_the_decline_was_flagged(answer: str, docs: list[Document], query: str) -> None:
    assert _without(answer, docs, query) != ["supported"]


FLAGGED = [
    # the texts hold the subject: a false denial
    ("I don't have information on the late enrolment fee, only our class notes.", SCHOOL, SCHOOL_FEE_Q),
    # a scope naming what no text holds
    ("I don't have visa information, only our free airport shuttle.", SCHOOL, SCHOOL_Q),
    # a figure in the claim
    ("I don't have information on grants above £500, sorry.", BIKES, BIKES_Q),
    # "we" states a fact of the business
    ("We don't have grant schemes, only our own service prices.", BIKES, BIKES_Q),
    # a subject the customer never asked about
    ("I don't have information on parking permits, sorry.", BIKES, BIKES_Q),
    # an invented fact beside the decline
    ("I don't have visa information, but our courses include free accommodation.", SCHOOL, SCHOOL_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_a_false_denial_an_unheld_scope_a_figure_or_an_invented_fact_stays_flagged(answer: str, docs: list[Document],
                                                                                   query: str) -> None:
    verdicts = _verdicts(answer, docs, query)
    assert verdicts and any(v != "supported" for v in verdicts)


def test_the_decline_reads_the_customers_verb_as_the_bots_noun() -> None:
    """"registration" of the customer's "register": one word by its derivation, not a new subject."""
    docs = [Document(id="kb-704", content="Beats are licensed for one release. Mixing costs £90 a track.")]
    answer = "I don't have information on song registration."
    assert _verdicts(answer, docs, "How do I register my songs with the collecting society?") == ["supported"]
