"""The texts denied to say a topic in other verbs ("say nothing about", "don't say anything about", "are silent on",
"make no mention of", "have nothing on"), alone, after a held fact (", but our notes say nothing about X"), before a
closing decline or a hand-off to a published contact, and the texts limited by "only" ("Our notes only cover X;
they say nothing about Y"): :func:`llmops_kit.decline_claims.denies_topic`, read whole after the claim decision and
as a piece of a joined claim by :mod:`llmops_kit.joined_declines`, and :mod:`llmops_kit.found_sources`.

Controls: a topic a text holds is a false denial and stays flagged; a closing hand-off to a number nobody published,
a closing clause promising something or stating a new fact, and a wrong figure in the fact the decline is joined to
stay flagged; a sentence whose subject is no word for the texts is not read.

The fixtures are this file's own (a pottery studio, a ferry office, a climbing wall, a bakery, a bike hire).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import decline_claims, joined_declines, scope_declines
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

POTTERY = [Document(id="pt-1", content="Our clay is a buff stoneware fired to 1260°C. Wheel classes run for six weeks "
                                       "and cost £180, clay and firing included.", metadata={"source": "studio-notes"})]
POTTERY_SYS = ("You help at Kiln Lane Pottery. Answer only from the studio notes and tool results. If they do not "
               "cover a question, say so and give the studio: 0161 496 0732 or hello@kilnlane.example.")
FERRY = [Document(id="fy-2", content="The crossing takes 45 minutes. Foot passengers pay €9 each way; cars pay €38.")]
FERRY_SYS = ("Answer from the ferry notes and tool results only. Where they are silent, refer the passenger to the "
             "ticket office on 021 555 8841.")
FERRY_PETS = [Document(id="fy-5", content="Dogs travel free on the outer deck. Cats must stay in a carrier.")]
CLIMB = [Document(id="cw-3", content="Bouldering sessions last two hours. Shoes can be hired at the desk for £4.")]
CLIMB_SYS = "Use only the wall guides and tool results. If they do not cover it, send people to the front desk."
BAKERY = [Document(id="bk-7", content="Celebration cakes need 5 days' notice. Every cake is baked in a kitchen that "
                                      "also handles nuts.")]
BIKES = [Document(id="bh-1", content="Helmets come free with every hire. A day's hire of a hybrid bike is £25; "
                                     "locks are included.")]


# ---- the texts denied to say a topic no text holds: nothing to flag ----------------------------------------------

SILENT = [
    ("The notes say nothing about glaze allergies, so I can't advise on a nickel allergy.", POTTERY,
     "Is the glaze safe for someone with a nickel allergy?", POTTERY_SYS),
    ("Our notes don't say anything about wheelchairs, so I can't advise on access.", FERRY,
     "Can I bring a wheelchair and is there access?", FERRY_SYS),
    ("The notes are silent on season tickets, so please call the ticket office on 021 555 8841.", FERRY,
     "Do you sell season tickets?", FERRY_SYS),
    ("The guides make no mention of a minimum age, so the front desk is the place to ask.", CLIMB,
     "Can my 4-year-old climb?", CLIMB_SYS),
    ("The studio notes have nothing on kiln hire, so please contact the studio at hello@kilnlane.example.", POTTERY,
     "Can I rent the kiln for my own pieces?", POTTERY_SYS),
]


@pytest.mark.parametrize(("answer", "docs", "query", "instructions"), SILENT)
def test_the_texts_silent_on_a_topic_they_lack_is_supported(answer: str, docs: list[Document], query: str,
                                                            instructions: str) -> None:
    """The sentence says only that the texts lack the topic (and hands over, or declines): it states nothing."""
    assert _verdicts(answer, docs, query, instructions) == ["supported"]


def test_a_held_fact_before_the_silence_is_judged_alone() -> None:
    """', but our notes say nothing about X, so I can't advise on Y': the fact before it is what is judged."""
    answer = "Our clay is a buff stoneware, but our notes say nothing about food safety, so I can't advise on mugs."
    assert _verdicts(answer, POTTERY, "Are mugs made from your clay safe for food?", POTTERY_SYS) == ["supported"]


def test_a_wrong_fact_before_the_silence_stays_flagged() -> None:
    """The same sentence with the firing temperature changed: the fact is judged alone, and it is wrong."""
    answer = "Our clay is fired to 1180°C, but our notes say nothing about food safety, so I can't advise on mugs."
    assert _verdicts(answer, POTTERY, "Are mugs made from your clay safe for food?", POTTERY_SYS) != ["supported"]


def test_texts_limited_by_only_and_silent_on_the_rest_are_supported() -> None:
    """'Our notes only cover X; they say nothing about Y': X is held, Y is in no text."""
    answer = "Our notes only cover helmets that come with a hire; they say nothing about buying one to keep."
    assert _verdicts(answer, BIKES, "Can I buy a helmet from you?", None) == ["supported"]


def test_the_reading_is_what_settles_the_silence() -> None:
    """Switched off, the same declines are judged as claims and flagged (the reading is doing the work)."""
    with fresh_scores(), patch.object(decline_claims, "READ_SOURCE_DECLINES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        for case in SILENT:
            if case not in (SILENT[2], SILENT[4]):  # a hand-off to a published contact passes as a contact already
                assert _verdicts(*case) != ["supported"], case[0]


# ---- what the texts do hold, or a closing clause saying more, stays judged ---------------------------------------

def test_a_silence_on_a_topic_the_texts_hold_stays_flagged() -> None:
    """'The notes say nothing about nuts' where a text says every cake is baked beside nuts: a false denial."""
    assert _verdicts("The notes say nothing about nuts, so I can't advise on allergies.", BAKERY,
                     "Is the birthday cake safe for a nut allergy?", "Answer only from the bakery notes.") \
        != ["supported"]


def test_a_joined_silence_on_a_topic_the_texts_hold_is_no_decline() -> None:
    """As a piece of a joined claim, 'our notes say nothing about dogs' where a text gives the dog rule is a false
    denial, so it stays with the fact it is joined to; on bicycles, which no text names, it is a decline."""
    evidence = _evidence(FERRY + FERRY_PETS)
    assert joined_declines.declines("our notes say nothing about dogs", evidence) is False
    assert joined_declines.declines("our notes say nothing about bicycles", evidence) is True
    assert _joined("The crossing takes 45 minutes, but our notes say nothing about dogs", evidence) is None
    assert _joined("The crossing takes 45 minutes, but our notes say nothing about bicycles", evidence) \
        == ["The crossing takes 45 minutes"]


def test_texts_limited_by_only_that_do_hold_the_denied_topic_are_contradicted() -> None:
    """'Our notes only cover hybrid bikes; they say nothing about locks' where the texts include locks."""
    answer = "Our notes only cover the hire of a hybrid bike; they say nothing about locks."
    assert _verdicts(answer, BIKES, "Do I get a lock?", None) == ["contradicted"]


def test_a_hand_off_to_a_number_nobody_published_stays_flagged() -> None:
    """The closing hand-off names 021 555 9999, which no text gives."""
    assert _verdicts("The notes say nothing about bicycles, so please call us at 021 555 9999.", FERRY,
                     "Can I take my bicycle?", FERRY_SYS) != ["supported"]


def test_a_closing_promise_stays_flagged() -> None:
    """', so the office will refund you' promises something: no hand-off."""
    assert _verdicts("The notes say nothing about delays, so the ticket office will refund the fare.", FERRY,
                     "What if the ferry is late?", FERRY_SYS) != ["supported"]


def test_a_closing_clause_with_a_new_fact_stays_flagged() -> None:
    """', so I can't advise on that except that parking on the pier is free': the closing clause states a fact."""
    assert _verdicts("The notes say nothing about parking, so I can't advise on that except that parking on the pier "
                     "is free.", FERRY, "Where can I park?", FERRY_SYS) != ["supported"]


def test_a_subject_that_is_no_text_is_not_read() -> None:
    """'The crew say nothing about the weather' names people, not texts; a rule is no denial of the texts."""
    evidence = _evidence(FERRY)
    assert decline_claims.denies_topic("Refunds aren't given for missed sailings", evidence) is False
    assert decline_claims.denies_topic("The crew say nothing about the weather", evidence) is False


def _evidence(docs: list[Document]) -> Evidence:
    return Evidence([EvidenceSource(f"document {d.id}", d.content or "") for d in docs], r"\[[\w-]+\]")


def _joined(claim: str, evidence: Evidence) -> list[str] | None:
    return joined_declines.joined_facts(claim, evidence, frozenset(), claim)
