"""The bot's texts named by a word that names nothing but a text, with a verb of covering and no "only"
(:data:`llmops_kit.found_sources.READ_NAMED_COVERS`): beside a decline, "our knowledge base covers repairs, servicing
and hire" says what the texts hold, and "Tandem rides aren't covered in our help pages" or "our knowledge base
doesn't cover e-scooters" says what they lack. An answer that admits it cannot help beside off-topic articles is no
hallucination. The controls stay flagged: texts said to cover what they do not hold, and a subject denied that the
texts do hold (a false denial). With the switch off the old verdicts return.

The fixtures are this file's own (a bicycle workshop by a canal).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import found_sources, scope_declines
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

WORKSHOP = [
    Document(id="bw-1", content="Repairs are booked at the counter. A full servicing takes two working days."),
    Document(id="bw-2", content="Hire bikes are collected from the canal gate and returned by 6pm."),
]
SYSTEM = "You answer for a bicycle workshop. Answer only from the articles and tool results you are given."
COLON_COVERS = ("Race coaching isn't something I can help with: our knowledge base covers repairs, servicing "
                "and hire.")
COVERED_IN = "Tandem rides aren't covered in our help pages; what I found is about repairs and hire."
DOESNT_COVER = "Sorry, our knowledge base doesn't cover e-scooters."


def test_a_decline_then_what_the_named_texts_cover_is_supported() -> None:
    assert _verdicts(COLON_COVERS, WORKSHOP, "Can you coach me for a race?", SYSTEM) == ["supported"]


def test_control_named_texts_said_to_cover_what_they_do_not_hold_stay_flagged() -> None:
    answer = ("Race coaching isn't something I can help with: our knowledge base covers wheel truing, paint "
              "jobs and frame welding.")
    assert _verdicts(answer, WORKSHOP, "Can you coach me for a race?", SYSTEM) != ["supported"]


def test_a_subject_not_covered_in_the_help_pages_is_supported() -> None:
    assert _verdicts(COVERED_IN, WORKSHOP, "Do you run tandem rides?", SYSTEM) == ["supported"]


def test_control_a_subject_the_texts_do_hold_denied_stays_flagged() -> None:
    answer = "Hire bikes aren't covered in our help pages; what I found is about repairs and servicing."
    assert _verdicts(answer, WORKSHOP, "Can I hire bikes?", SYSTEM) != ["supported"]


def test_named_texts_denied_to_cover_a_subject_they_lack_is_supported() -> None:
    assert _verdicts(DOESNT_COVER, WORKSHOP, "Do you fix e-scooters?", SYSTEM) == ["supported"]


def test_control_named_texts_denied_to_cover_what_they_hold_stays_flagged() -> None:
    answer = "Sorry, our knowledge base doesn't cover hire bikes."
    assert _verdicts(answer, WORKSHOP, "Do you do hire bikes?", SYSTEM) != ["supported"]


def test_without_the_switch_the_old_verdicts_return() -> None:
    with fresh_scores(), patch.object(found_sources, "READ_NAMED_COVERS", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        assert _verdicts(COLON_COVERS, WORKSHOP, "Can you coach me for a race?", SYSTEM) != ["supported"]
        assert _verdicts(COVERED_IN, WORKSHOP, "Do you run tandem rides?", SYSTEM) != ["supported"]
        assert _verdicts(DOESNT_COVER, WORKSHOP, "Do you fix e-scooters?", SYSTEM) != ["supported"]
