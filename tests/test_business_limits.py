"""What the business does, said as a limit beside a decline (:mod:`llmops_kit.business_limits`, read by
:mod:`llmops_kit.joined_declines`): "We X but don't Y them; the notes I found cover ..." and "<the asked thing> isn't
in our price list; we work on X only" pass piece by piece. Controls: a summary naming a topic no text has, a denial
of what a text offers, a limit naming something no text holds, and a limit said alone stay flagged.

The fixtures are this file's own (a print shop, a bike workshop, a kennel).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import business_limits
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

PRINT_PROMPT = ("You are the assistant of Inkwell Print, Leeds. Answer only from the help articles given. If they do "
                "not cover the question, say so and give our e-mail: hello@inkwell.example.")
PRINT = [Document(id="pr-1", title="Paper stock", content="Every poster is printed on 200 gsm silk paper. A2 posters "
                                                          "cost £14 and A1 posters cost £22."),
         Document(id="pr-2", title="Delivery", content="Orders ship within 2 working days.")]
PRINT_Q = "Can you design a logo for my bakery?"

BIKE_PROMPT = ("You are the assistant of Spoke & Chain, Bristol, a bicycle and e-bike workshop. Answer only from the "
               "price list passages and tool results provided. If they do not cover the question, say so and give the "
               "workshop's number: 0117 496 0321.")
BIKE = [Document(id="bk-1", title="Servicing", content="A full service costs £85 and takes two working days. Brake "
                                                       "bleeds cost £30 a wheel.")]
BIKE_Q = "Can you repair my lawnmower?"

KENNEL_PROMPT = ("You are the assistant of Hilltop Kennels, Kendal. Use only the kennel notes given. If they do not "
                 "cover the question, say so and give our phone: 01539 555 010.")
KENNEL = [Document(id="kn-1", title="Boarding", content="Dogs board in heated runs and are walked twice a day. A night "
                                                        "costs £28."),
          Document(id="kn-2", title="Grooming", content="We groom dogs on weekdays; a bath and trim costs £35.")]
KENNEL_Q = "Do you train puppies?"


def _scored(answer: str, docs: list[Document], query: str, prompt: str) -> list[str]:
    return _verdicts(answer, docs, query, instructions=prompt)


def _without(answer: str, docs: list[Document], query: str, prompt: str) -> list[str]:
    with fresh_scores(), patch.object(business_limits, "READ_BUSINESS_LIMITS", False):
        return _verdicts(answer, docs, query, instructions=prompt)


KEPT = [
    ("We print posters but don't design logos; the articles I found cover paper and delivery.",
     PRINT, PRINT_Q, PRINT_PROMPT),
    ("Lawnmower repairs are not in our price list; we handle bicycles and e-bikes only.", BIKE, BIKE_Q, BIKE_PROMPT),
]


@pytest.mark.parametrize(("answer", "docs", "query", "prompt"), KEPT)
def test_a_business_limit_beside_a_decline_is_supported(answer: str, docs: list[Document], query: str,
                                                         prompt: str) -> None:
    assert _scored(answer, docs, query, prompt) == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query", "prompt"), KEPT)
def test_without_the_reading_the_limit_was_flagged(answer: str, docs: list[Document], query: str,
                                                   prompt: str) -> None:
    assert _without(answer, docs, query, prompt) != ["supported"]


FLAGGED = [
    # the summary of the texts names a topic no text has
    ("We print posters but don't design logos; the articles I found cover paper and free coaching.",
     PRINT, PRINT_Q, PRINT_PROMPT),
    # the business's own act beside the denial is invented
    ("We frame posters but don't design logos; the articles I found cover paper and delivery.",
     PRINT, PRINT_Q, PRINT_PROMPT),
    # the limit names a trade no text holds
    ("Lawnmower repairs are not in our price list; we work on scooters and wheelchairs only.",
     BIKE, BIKE_Q, BIKE_PROMPT),
    # a limit beside a fact, with no decline: judged whole
    ("We work on bicycles and e-bikes only; a full service costs £60.", BIKE, BIKE_Q, BIKE_PROMPT),
]


@pytest.mark.parametrize(("answer", "docs", "query", "prompt"), FLAGGED)
def test_a_wrong_limit_or_summary_stays_flagged(answer: str, docs: list[Document], query: str, prompt: str) -> None:
    assert _scored(answer, docs, query, prompt) != ["supported"]


def test_a_denial_of_what_a_note_offers_is_no_limit() -> None:
    """"We board dogs but don't groom them" to "Do you groom dogs?" where a note says "We groom dogs on weekdays":
    the denial is false, so the piece is no limit; "don't train them" (no note trains) is one."""
    evidence = Evidence([EvidenceSource("system prompt", KENNEL_PROMPT),
                         *(EvidenceSource(f"document {d.id}", d.content) for d in KENNEL),
                         EvidenceSource("user message", "Do you groom or train dogs?", user=True)], r"\[x\]")
    assert business_limit_of("We board dogs but don't groom them", evidence) is None
    assert business_limit_of("We board dogs but don't train them", evidence) == ("We board dogs",)


def test_the_limit_reader_leaves_other_pieces_alone() -> None:
    """The reader's own shapes: a piece with a figure or a name the customer did not write, or no first-person
    business voice, is no limit."""
    evidence = Evidence([EvidenceSource("system prompt", BIKE_PROMPT),
                         EvidenceSource("user message", BIKE_Q, user=True)], r"\[x\]")
    assert business_limit_of("we work on bicycles and e-bikes only", evidence) == ()
    assert business_limit_of("we only work on bicycles", evidence) == ()
    assert business_limit_of("we work on 40 bicycles only", evidence) is None
    assert business_limit_of("the shop works on bicycles only", evidence) is None
    assert business_limit_of("we fix bicycles but don't repair them", evidence) == ("we fix bicycles",)
    assert business_limit_of("we fix bicycles but don't sell them", evidence) is None  # "sell": not the customer's


def business_limit_of(piece: str, evidence: Evidence) -> tuple[str, ...] | None:
    return business_limits.business_limit(piece, evidence)
