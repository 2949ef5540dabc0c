"""The texts marked as the bot's own finds in a decline (:mod:`llmops_kit.decline_claims`): "The notices I have do
not cover lockers, so I cannot say; kindly ask the club office on 020 555 0188", "The leaflets I found don't mention
parking". After "I found / I have / I can see" a word for a document that also names other things ("notices",
"sheets", "cards") is the texts, and "don't cover X" says what was found, not what a policy covers; a closing
"so I cannot say" may be followed by a hand-off to a published contact after a semicolon.

Controls: "The house rules don't cover bonfires" (no own-find marker: a rule), "Our notices don't cover a refund,
so it's free" (a conclusion after the decline), a silence on a topic a text holds, a hand-off to a number nobody
published, and a fact joined to the decline that is wrong stay judged.

The fixtures are this file's own (a golf club, a scrapyard, a car wash).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import decline_claims, scope_declines
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

GOLF = [Document(id="gc-1", content="Visitors may play from 10.30 am on weekdays. Green fee for 18 holes is $60. "
                                    "Soft spikes only on the course.")]
GOLF_SYS = ("Answer only from the club notices and tool results supplied. If they do not cover a question, refer "
            "the visitor to the club office: 020 555 0188.")
YARD = [Document(id="sy-2", content="We buy copper, brass and aluminium by the pound; copper pays $3.40 a pound. "
                                    "Our roll-off bins are for scrap metal only.")]
YARD_SYS = "Answer only from the yard sheets and tool results below."
WASH = [Document(id="cw-4", content="We wash cars at your home or office car park anywhere in Lakeside. A sedan "
                                    "wash is $25, an SUV $30.")]
WASH_SYS = "Answer only from the help cards and tool results below."

FOUND = [
    ("The notices I have do not cover lockers, so I cannot say; kindly ask the club office on 020 555 0188.", GOLF,
     "Are there lockers for visitors?", GOLF_SYS),
    ("The sheets I found don't cover mattresses, so I can't help with those.", YARD,
     "Can I put an old mattress in the bin?", YARD_SYS),
    ("The cards I found don't mention boats.", WASH, "Do you wash boats?", WASH_SYS),
]


@pytest.mark.parametrize(("answer", "docs", "query", "instructions"), FOUND)
def test_the_found_texts_silent_on_a_topic_they_lack_are_supported(answer: str, docs: list[Document], query: str,
                                                                   instructions: str) -> None:
    assert _verdicts(answer, docs, query, instructions) == ["supported"]


def test_a_held_fact_before_the_found_texts_silence_is_judged_alone() -> None:
    answer = "Copper pays $3.40 a pound; the sheets I found don't cover furniture or mattresses."
    assert _verdicts(answer, YARD, "Do you take metal and furniture?", YARD_SYS) == ["supported"]


def test_a_wrong_fact_before_the_found_texts_silence_stays_flagged() -> None:
    answer = "Copper pays $4.10 a pound; the sheets I found don't cover furniture or mattresses."
    assert _verdicts(answer, YARD, "Do you take metal and furniture?", YARD_SYS) != ["supported"]


def test_the_reading_is_what_settles_the_found_texts_silence() -> None:
    """Switched off, the same declines are judged as claims and flagged (the reading is doing the work)."""
    with fresh_scores(), patch.object(decline_claims, "READ_SOURCE_DECLINES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        for case in FOUND[1:]:  # a hand-off to a published contact passes as a contact already
            assert _verdicts(*case) != ["supported"], case[0]


# ---- what must stay judged ----------------------------------------------------------------------------------------

def test_cover_without_the_own_find_marker_is_a_rule() -> None:
    """'The house rules don't cover bonfires': no 'I found / I have', so 'cover' states what the rules cover."""
    rules = [Document(id="hr-1", content="Quiet hours are 10 pm to 7 am.")]
    assert not decline_claims.declines_sources("The house rules don't cover bonfires", _evidence(rules), ("rules",))


def test_a_conclusion_after_the_decline_stays_flagged() -> None:
    assert _verdicts("Our notices don't cover a refund, so it's free.", GOLF, "Can I get a refund?", GOLF_SYS) \
        != ["supported"]


def test_a_found_texts_silence_on_a_held_topic_stays_flagged() -> None:
    """The notices do hold the green fee: saying the found notices don't cover it is a false denial."""
    assert _verdicts("The notices I have do not cover green fees for 18 holes.", GOLF, "What is the green fee?",
                     GOLF_SYS) != ["supported"]


def test_a_hand_off_to_an_unpublished_number_stays_flagged() -> None:
    answer = "The notices I have do not cover lockers, so I cannot say; kindly ask the club office on 020 555 0199."
    assert _verdicts(answer, GOLF, "Are there lockers for visitors?", GOLF_SYS) != ["supported"]


def test_a_promise_after_the_semicolon_stays_flagged() -> None:
    answer = "The notices I have do not cover lockers, so I cannot say; the club office will give you one for free."
    assert _verdicts(answer, GOLF, "Are there lockers for visitors?", GOLF_SYS) != ["supported"]


def _evidence(docs: list[Document]):
    from llmops_kit.evidence import Evidence, EvidenceSource

    return Evidence([EvidenceSource(f"document {d.id}", d.content or "") for d in docs], r"\[[\w-]+\]")


def test_a_fact_joined_by_and_to_the_found_texts_silence_is_judged_alone() -> None:
    """', and the sheets I found don't cover X': a joint before texts marked as the bot's own finds."""
    answer = "Copper pays $3.40 a pound, and the sheets I found don't cover furniture or mattresses."
    assert _verdicts(answer, YARD, "Do you take metal and furniture?", YARD_SYS) == ["supported"]


def test_a_wrong_fact_joined_by_and_stays_flagged() -> None:
    answer = "Copper pays $4.10 a pound, and the sheets I found don't cover furniture or mattresses."
    assert _verdicts(answer, YARD, "Do you take metal and furniture?", YARD_SYS) != ["supported"]
