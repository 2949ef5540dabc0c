"""A day the evidence rules out, given as a day the thing happens (:mod:`llmops_kit.day_sets`): "open Thursday to
Sunday" where the article says "closed Monday to Thursday", "Fridays and Sundays" where it says "Fridays only";
with controls that the same days in another order or other words, a day the article gives elsewhere and a
claim that repeats the closure stay uncontradicted.

The fixtures are this file's own (a bike workshop, a pottery studio, a library).
"""

from __future__ import annotations

import pytest

from llmops_kit import changed_figures, claimed_days, grounding
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

WORKSHOP = [Document(id="bw-1", content="The WORKSHOP is OPEN: Friday to Monday, 9am-6pm; closed Tuesday to Thursday. "
                                        "Bring the bike clean, please.")]
POTTERY = [Document(id="pt-2", content="The kiln is fired on Fridays only, after the evening class. Glazed pieces "
                                       "are ready to collect a week later. The shop is open on Sunday "
                                       "mornings.")]
LIBRARY = [Document(id="lb-3", content="The reading room opens Monday to Saturday from 9am. Late opening on "
                                       "Thursday only, until 8pm. The reading room is not open on Sunday.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


#: A day the article rules out, claimed as a day the thing happens.
RULED_OUT = [
    ("The workshop is open Thursday to Monday, 9am-6pm.", WORKSHOP),  # Thursday is closed
    ("The kiln is fired on Fridays and Sundays, after the evening class.", POTTERY),  # Fridays only
    ("The reading room opens on Sundays from 9am.", LIBRARY),  # not open on Sunday
]


@pytest.mark.parametrize(("answer", "docs"), RULED_OUT)
def test_a_day_the_evidence_rules_out_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), RULED_OUT)
def test_without_the_reading_the_day_passes(answer: str, docs: list[Document],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grounding, "ruled_out_day", lambda *args, **kwargs: None)
    monkeypatch.setattr(claimed_days, "READ_DAY_SETS", False)  # the set reading finds the same days
    monkeypatch.setattr(changed_figures, "READ_CHANGED_DAYS", False)  # and so does the changed-days reading
    assert "contradicted" not in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("The workshop is open Friday to Monday, 9am-6pm.", WORKSHOP),  # the same days
    ("The workshop is open Saturday, Sunday, Monday and Friday, 9am-6pm.", WORKSHOP),  # in another order
    ("The workshop is closed Tuesday to Thursday.", WORKSHOP),  # the closure repeated
    ("The kiln is fired on Fridays, after the evening class.", POTTERY),
    ("The reading room opens on weekdays and Saturdays from 9am.", LIBRARY),  # 'weekdays': Monday to Friday
    # Monday is the reading room's day, though the late opening is Thursday only
    ("The reading room opens on Monday from 9am, with a late opening on Thursday.", LIBRARY),
])
def test_the_days_the_evidence_gives_are_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


@pytest.mark.parametrize("text", ["open Tuesday to Sunday", "Wed only", "closed MON-TUE", "weekdays", "daily",
                                  "Saturdays and Sundays", "7 days a week"])
def test_the_word_check_holds_wherever_the_pattern_matches(text: str) -> None:
    from llmops_kit.schedule_days import _DAY_RE, _DAY_WORDS
    from llmops_kit.text import words_in
    assert _DAY_RE.search(text) is not None
    assert not _DAY_WORDS.isdisjoint(words_in(text))
