"""The framing of a clarifying question (:mod:`llmops_kit.question_frames`): in an answer that asks the customer
a question, "it depends on <what the texts name>", "<A>, <B> and <C> all differ" and "tell me which and I'll give
you <what the texts price>" state nothing of their own. Controls: a condition no text names ("it depends on your
age"), an option no text names, a figure in the frame, and the same frame in an answer that asks nothing stay
judged.

The fixtures are this file's own (a kitchen fitter, a wedding barn, an optician, a campsite).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import question_frames
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

KITCHEN = [Document(id="kf-4", content="Cancelling your order: within 14 days of signing the deposit is refunded in "
                                       "full. After the survey we keep £150. Once the worktops are cut the deposit "
                                       "is kept.", title="Cancelling your order")]
BARN = [Document(id="wb-2", content="| Space | Seated | Standing |\n| Hay Loft | 90 | 140 |\n| Garden Room | 40 | 60 "
                                    "|\n| Courtyard tent | 120 | 180 |")]
LENSES = [Document(id="op-7", content="A single vision lens starts at £45 and a varifocal lens at £160. Frames are "
                                      "priced separately.")]


FAITHFUL = [
    ("You can, but what it costs depends on where your order is. Has the survey been done yet?", KITCHEN,
     "Can I cancel?"),
    ("Which space, and seated or standing? The Hay Loft, Garden Room and tent all differ.", BARN,
     "How many guests can we have?"),
    ("Do you need single vision or varifocals? Tell me which and I'll give you the lens price; frames are priced "
     "separately.", LENSES, "How much are glasses?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FAITHFUL)
def test_the_framing_of_a_question_is_supported(answer: str, docs: list[Document], query: str) -> None:
    assert set(_verdicts(answer, docs, query)) == {"supported"}


def test_the_reading_is_what_settles_the_frame() -> None:
    answer, docs, query = FAITHFUL[1]
    with patch.object(question_frames, "READ_QUESTION_FRAMES", False):
        assert "supported" not in _verdicts(answer, docs, query)


WRONG = [
    # a condition no text names
    ("You can, but what it costs depends on your age. How old are you?", KITCHEN, "Can I cancel?"),
    # an option no text names
    ("Which space? The Hay Loft, Garden Room and orangery all differ.", BARN, "How many guests can we have?"),
    # a figure in the frame stays a fact to check
    ("Which space? It depends on the space: the Hay Loft seats 120.", BARN, "How many guests can we have?"),
    # the same frame in an answer that asks nothing
    ("The Hay Loft, Garden Room and tent all differ.", BARN, "How many guests can we have?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), WRONG)
def test_an_unnamed_condition_or_a_figure_stays_judged(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) != ["supported"]
