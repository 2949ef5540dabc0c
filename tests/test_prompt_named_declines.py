"""Declines that name the texts as the system prompt does, and the silence forms they come in.

A prompt that says "Answer only from the price list passages" names its texts "the price list": the words before a
noun for a part of a text are the name of the whole (:func:`llmops_kit.text.source_nouns.trace_source_nouns`). The
bot then writes "The price list does not mention a fitting warranty", "Oil changes are not in our price list",
"Massage vouchers aren't in our practice information, sorry", "Sandboarding isn't something our notes cover"
(:mod:`llmops_kit.decline_claims`: the subject first), "Our notices only cover the PC room itself ..., not laptop
repairs" (:mod:`llmops_kit.found_sources`, the prompt's noun), and joins a no to the question to what the texts
hold with ';': "We don't sell trampolines; our help pages are about jumping at the park", "I don't have information
on safaris; the notices I found describe our course and range" (:mod:`llmops_kit.joined_declines`, judged piece by
piece). The retrieval reading counts "X aren't in our <texts>, sorry" as a decline (:mod:`llmops_kit.
declined_subjects`).

Controls: a figure in the texts' name ("Oil changes are in our price list at 95 zł"), a silence on a topic a text
holds, "only cover A, not B" where a text holds B, a no to something a text prices, "no information on" a topic a
text holds, and a single modifier before a part noun, which names no texts.

The fixtures are this file's own (a tyre workshop, a physio practice, a star-gazing tour, a trampoline park, a PC
room, a golf club).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import decline_claims, found_sources, scope_declines
from llmops_kit.declined_subjects import declined_pieces
from llmops_kit.text import source_nouns
from llmops_kit.text.source_nouns import trace_source_nouns
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

TYRES = [Document(id="tw-1", content="Seasonal wheel swap: 120 zł for a car, 160 zł for an SUV. Wheel balancing: "
                                     "15 zł per wheel. Tyre storage for a season: 180 zł.")]
TYRES_SYS = ("You are the assistant of a tyre and wheel workshop. Answer only from the price list passages and tool "
             "results provided. If they do not cover the question, say so and refer the customer to the workshop.")
PHYSIO = [Document(id="hp-1", content="An initial assessment takes 45 minutes and costs $95.00. Follow-ups take 30 "
                                      "minutes. We bill ACC for injuries it covers.")]
PHYSIO_SYS = "Use only the practice information and tool results you are given."
STARS = [Document(id="ca-1", content="The shared tour leaves at 21:00 and lasts three hours. Warm jackets are lent "
                                     "free of charge.")]
STARS_SYS = "Use only the guide notes and tool results you are given."
PARK = [Document(id="sm-1", content="One jumper per trampoline. Foam pit: one at a time."),
        Document(id="sm-2", content="60 min: R$ 59,90. Grip socks are compulsory: R$ 15,00 a pair.")]
PARK_SYS = "Answer only from the app help passages and tool results you receive."
PCROOM = [Document(id="nz-1", content="Seats are ₩1,500 an hour. Top up at the kiosk by the door. Printing A4: "
                                      "black ₩200 a page.")]
PCROOM_SYS = "You help at a PC room. Answer only from the counter notices and tool results you are given."
GOLF = [Document(id="gc-1", content="Our 18-hole course is open to visitors from 10.30 am. The driving range opens "
                                    "at 7 am. Green fee for 18 holes is $60.")]
GOLF_SYS = "Answer only from the club notices and tool results supplied."

FAITHFUL = [
    ("The price list does not mention a fitting warranty.", TYRES, "Do you give a warranty on fitting?", TYRES_SYS),
    ("Oil changes are not in our price list.", TYRES, "Can you change my engine oil?", TYRES_SYS),
    ("Massage vouchers aren't in our practice information, sorry.", PHYSIO,
     "Can I get a massage voucher for my partner?", PHYSIO_SYS),
    ("Sandboarding isn't something our notes cover.", STARS, "Can you book us sandboarding?", STARS_SYS),
    ("We don't sell trampolines; our help pages are about jumping at the park.", PARK,
     "Do you sell trampolines for the garden?", PARK_SYS),
    ("I don't have information on safaris; the notices I found describe our course and range.", GOLF,
     "Can you recommend a safari day trip?", GOLF_SYS),
    ("Our notices only cover the PC room itself (seats, top-ups, printing), not laptop repairs.", PCROOM,
     "Do you repair laptops?", PCROOM_SYS),
]


@pytest.mark.parametrize(("answer", "docs", "query", "instructions"), FAITHFUL)
def test_a_decline_in_the_prompts_names_on_a_topic_no_text_holds_is_supported(
        answer: str, docs: list[Document], query: str, instructions: str) -> None:
    assert _verdicts(answer, docs, query, instructions) == ["supported"]


def test_the_readings_are_what_settle_the_declines() -> None:
    """Switched off, the same declines are judged as claims and flagged (the readings are doing the work)."""
    with fresh_scores(), patch.object(decline_claims, "READ_SUBJECT_SILENCES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        for case in FAITHFUL[1:4]:
            assert _verdicts(*case) != ["supported"], case[0]
    with fresh_scores(), patch.object(source_nouns, "READ_WHOLE_NAMES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        trace_source_nouns.cache_clear()
        assert _verdicts(*FAITHFUL[0]) != ["supported"]
    trace_source_nouns.cache_clear()
    with fresh_scores(), patch.object(decline_claims, "READ_QUESTION_DECLINES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        for case in FAITHFUL[4:6]:
            assert _verdicts(*case) != ["supported"], case[0]
    with fresh_scores(), patch.object(found_sources, "READ_PROMPT_NOUNS", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        assert _verdicts(*FAITHFUL[6]) != ["supported"]


def test_the_words_before_a_part_noun_name_the_texts() -> None:
    assert "price list" in trace_source_nouns("Answer only from the price list passages and tool results provided.")
    assert "price list" in trace_source_nouns("Use the price list excerpts and the tool results only.")


def test_a_single_modifier_before_a_noun_names_no_texts() -> None:
    """'the practice articles': 'Our practice doesn't cover X' states a fact of the business."""
    assert "practice" not in trace_source_nouns("Use only the practice articles and tool results.")
    assert "practice" not in trace_source_nouns("Use only the practice passages and tool results.")


def test_the_retrieval_reading_takes_a_closing_sorry_beside_the_denial() -> None:
    read = declined_pieces("Massage vouchers aren't in our practice information, sorry",
                           frozenset({"massag", "voucher"}))
    assert read == (True, "")


# ---- what must stay judged ----------------------------------------------------------------------------------------

def test_a_figure_beside_the_texts_name_stays_judged() -> None:
    assert _verdicts("Oil changes are in our price list at 95 zł.", TYRES, "Can you change my engine oil?",
                     TYRES_SYS) != ["supported"]


def test_a_silence_on_a_topic_a_text_holds_stays_flagged() -> None:
    assert _verdicts("Wheel balancing isn't in our price list.", TYRES, "Do you balance wheels?", TYRES_SYS) \
        != ["supported"]


@pytest.mark.parametrize("answer", ["Wheel balancing isn't in our price list",
                                    "Tyre storage isn't something our price list covers",
                                    "The price list does not mention tyre storage"])
def test_the_reading_does_not_clear_a_silence_on_a_held_topic(answer: str) -> None:
    evidence = _evidence(TYRES, TYRES_SYS)
    assert not decline_claims.declines_sources(answer, evidence, trace_source_nouns(TYRES_SYS))


def _evidence(docs: list[Document], instructions: str):
    from llmops_kit.evidence import Evidence, EvidenceSource

    return Evidence([*(EvidenceSource(f"document {d.id}", d.content or "") for d in docs),
                     EvidenceSource("system prompt", instructions)], r"\[[\w-]+\]")


def test_only_cover_a_not_b_where_a_text_holds_b_is_contradicted() -> None:
    assert _verdicts("Our notices only cover seats, not printing.", PCROOM, "Can I print here?", PCROOM_SYS) \
        == ["contradicted"]


def test_a_no_to_something_a_text_prices_stays_flagged() -> None:
    """'Grip socks ... R$ 15,00 a pair': the park sells them, so 'we don't sell grip socks' is a false denial."""
    answer = "We don't sell grip socks; our help pages are about jumping at the park."
    assert _verdicts(answer, PARK, "Do you sell grip socks?", PARK_SYS) != ["supported"]


def test_no_information_on_a_held_topic_stays_flagged() -> None:
    answer = "I don't have information on green fees; the notices I found describe our course and range."
    assert _verdicts(answer, GOLF, "What are your green fees?", GOLF_SYS) != ["supported"]


def test_a_wrong_figure_beside_the_no_stays_flagged() -> None:
    answer = "We don't sell trampolines; an hour of jumping costs R$ 49,90."
    assert _verdicts(answer, PARK, "Do you sell trampolines for the garden?", PARK_SYS) != ["supported"]


def test_a_no_beside_a_fact_of_the_business_is_judged_whole() -> None:
    """The plain no is read only beside what the texts hold: beside a fact the whole claim is judged."""
    from llmops_kit.evidence import Evidence, EvidenceSource
    from llmops_kit.joined_declines import joined_facts

    evidence = Evidence([EvidenceSource("document sm-1", PARK[0].content or ""),
                         EvidenceSource("document sm-2", PARK[1].content or ""),
                         EvidenceSource("system prompt", PARK_SYS),
                         EvidenceSource("user message", "Do you sell trampolines for the garden?", user=True)],
                        r"\[[\w-]+\]")
    claim = "We don't sell trampolines; our help pages are about jumping at the park"
    assert joined_facts(claim, evidence, frozenset(), claim) == []
    claim = "We don't sell trampolines; an hour of jumping costs R$ 59,90"
    assert joined_facts(claim, evidence, frozenset({"59,90"}), claim) is None
