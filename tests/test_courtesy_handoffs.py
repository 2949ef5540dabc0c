"""A hand-off to a published contact in a courtesy or hedge (:mod:`llmops_kit.courtesy_handoffs`): the frame states
nothing, so the claim is the contact, checked as a hard fact. Controls: an outcome or an offer in the frame's
place, a promise joined to the contact, and a contact nobody published stay judged.

The fixtures are this file's own (a clock repairer, a plant nursery, a music school, a bicycle shop).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import courtesy_handoffs
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

CLOCKS_SYS = ("You are the front desk of Harrow Clockworks. For anything the notes do not cover, refer the "
              "customer to the workshop: 0161 496 0732 or workshop@harrowclocks.example.")
CLOCKS = [Document(id="hc-1", content="A full service of a mantel clock costs £180 and takes six weeks.")]
NURSERY_SYS = ("Answer from the nursery's notes. When a return is refused, give the nursery's contacts: "
               "+44 1632 960 418.")
NURSERY = [Document(id="nr-2", content="Opened bags of bark and soil can't be returned.")]
MUSIC_SYS = "You answer for Lark Lane Music School. Term dates change each year; the office is on 020 7946 0583."
MUSIC = [Document(id="ml-3", content="Group lessons last 45 minutes. Instruments can be hired for £15 a term.")]


FAITHFUL = [
    ("The workshop will be glad to help: 0161 496 0732 or workshop@harrowclocks.example.", CLOCKS,
     "Can you repair a cuckoo clock?", CLOCKS_SYS),
    ("The team may still want to see it: call +44 1632 960 418.", NURSERY,
     "The bark I opened is full of plastic, can I return it?", NURSERY_SYS),
    ("Best to ring 020 7946 0583 closer to the time.", MUSIC, "When does next year's spring term start?", MUSIC_SYS),
]


@pytest.mark.parametrize(("answer", "docs", "query", "instructions"), FAITHFUL)
def test_a_courtesy_around_a_published_contact_is_supported(answer: str, docs: list[Document], query: str,
                                                            instructions: str) -> None:
    assert _verdicts(answer, docs, query, instructions) == ["supported"]


def test_the_reading_is_what_settles_the_courtesy() -> None:
    """Switched off, the courtesy is judged as a claim and flagged (the reading is doing the work)."""
    answer, docs, query, instructions = FAITHFUL[0]
    with patch.object(courtesy_handoffs, "READ_COURTESY_HANDOFFS", False):
        assert _verdicts(answer, docs, query, instructions) != ["supported"]


WRONG = [
    # an outcome in the frame's place
    ("The workshop will be glad to refund you: 0161 496 0732 or workshop@harrowclocks.example.", CLOCKS,
     "Can you repair a cuckoo clock?", CLOCKS_SYS),
    # a gratuity inside the frame
    ("The workshop will be glad to help with a free service: 0161 496 0732 or workshop@harrowclocks.example.",
     CLOCKS, "Can you repair a cuckoo clock?", CLOCKS_SYS),
    # a promise joined to the contact
    ("The team may still want to see it: call +44 1632 960 418 and they'll waive the restocking fee.", NURSERY,
     "The bark I opened is full of plastic, can I return it?", NURSERY_SYS),
    # an offer of a document
    ("The office will be glad to send a certificate: 020 7946 0583.", MUSIC, "Do you give grade certificates?",
     MUSIC_SYS),
    # someone no text names, and not a desk any business hands a customer to
    ("The examiners will be glad to help: 020 7946 0583.", MUSIC, "Do you give grade certificates?", MUSIC_SYS),
    # a number nobody published
    ("Best to ring 020 7946 0999 closer to the time.", MUSIC, "When does next year's spring term start?", MUSIC_SYS),
]


@pytest.mark.parametrize(("answer", "docs", "query", "instructions"), WRONG)
def test_an_outcome_or_an_unpublished_contact_stays_flagged(answer: str, docs: list[Document], query: str,
                                                            instructions: str) -> None:
    assert _verdicts(answer, docs, query, instructions) != ["supported"]


def test_the_frame_alone_is_no_handoff() -> None:
    """With no contact the frame is left to the claim decision: nothing here settles it."""
    assert not courtesy_handoffs.courtesy_handoff("The workshop will be glad to help with that", None)  # type: ignore[arg-type]
