"""A time of day given alone as an answer ("From 10.30 am.") is a claim the evidence must hold
(``READ_TIME_FRAGMENTS`` in :mod:`llmops_kit.text.claims`): the held time passes, a changed one is flagged. Made-up
texts (a golf club, a ferry, a bakery)."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import claims
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

_GOLF = Document(id="gc-2", content="Visitors may tee off from 9.15 am on weekdays and from 1.30 pm at weekends; "
                                     "weekend mornings are for members.")
_FERRY = Document(id="fr-1", content="The last ferry back to the mainland leaves at 18:40 every day.")
_BAKERY = Document(id="bk-4", content="On Sundays the shop opens 7am-1pm; bread is baked fresh each morning.")

CASES = [
    ("From what time can visitors tee off on a Saturday?", _GOLF, "From 1.30 pm.", "From 11.30 am."),
    ("When is the last ferry back?", _FERRY, "18:40.", "19:40."),
    ("Sunday opening hours?", _BAKERY, "7am-1pm.", "7am-3pm."),
]


@pytest.mark.parametrize(("question", "document", "held", "changed"), CASES)
def test_a_time_given_alone_is_judged(question: str, document: Document, held: str, changed: str) -> None:
    assert _verdicts(held, [document], question) == ["supported"]
    assert _verdicts(changed, [document], question) not in ([], ["supported"])


def test_the_switch_turns_it_off() -> None:
    question, document, _, changed = CASES[0]
    with patch.object(claims, "READ_TIME_FRAGMENTS", False):
        claims.read_answer.cache_clear()  # type: ignore[attr-defined]
        try:
            assert _verdicts(changed, [document], question) == []
        finally:
            claims.read_answer.cache_clear()  # type: ignore[attr-defined]


def test_a_short_sentence_without_a_time_is_still_no_claim() -> None:
    assert _verdicts("Sounds good.", [_FERRY], "When is the last ferry back?") == []
