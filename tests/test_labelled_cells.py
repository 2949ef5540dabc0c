"""A table row's clock time or bare number against the evidence clause naming its label, in full or shortened
(:mod:`llmops_kit.labelled_cells`): "| Sat | 9am to 8pm |" where the hours say "Saturday 9am to 4pm", with
controls that faithful timetables (reordered, shortened, merged day ranges), a figure after a word ("CHF 40"),
a label with its own figure and a label the evidence never names stay healthy.

The fixtures are this file's own (a library, a climbing wall).
"""

from __future__ import annotations

import pytest

from llmops_kit import quality
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

LIBRARY = [Document(id="lib-1", content="Monday to Friday 9am to 8pm; Saturday 9am to 4pm; Sunday 11am to 3pm. "
                                        "Returns can be left in the drop box at any time.")]
WALL = [Document(id="cw-2", content="Bouldering: 8 and over with a parent. Top ropes and auto-belays: 10 and "
                                    "over. Day passes cost CHF 24; a 10-visit card costs CHF 200.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


#: A row whose time or number the clause naming its label gives another value.
WRONG = [
    # the wrong figure is the evidence's all the same (weekdays close at 8pm, bouldering starts at 8)
    ("| Day | Hours |\n|---|---|\n| Mon-Fri | 9am to 8pm |\n| Sat | 9am to 8pm |\n| Sun | 11am to 3pm |", LIBRARY),
    ("| Activity | Min age |\n|---|---|\n| bouldering | 8 |\n| auto-belay | 8 |", WALL),
]


@pytest.mark.parametrize(("answer", "docs"), WRONG)
def test_a_row_given_another_value_of_its_label_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), WRONG)
def test_without_the_reading_the_row_passes(answer: str, docs: list[Document],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quality, "judge_labelled_cells", lambda *args, **kwargs: [])
    assert "contradicted" not in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("| Day | Hours |\n|---|---|\n| Sun | 11am to 3pm |\n| Sat | 9am to 4pm |\n| Mon-Fri | 9am to 8pm |",
     LIBRARY),  # reordered, shortened
    ("| Day | Hours |\n|---|---|\n| Weekdays | 9am to 8pm |\n| Weekend | 9am to 4pm, Sunday from 11am |",
     LIBRARY),  # summarised labels the evidence does not name
    ("| Activity | Min age |\n|---|---|\n| auto-belays | 10 |\n| Bouldering (with a parent) | 8 |", WALL),
    ("| Ticket | Price |\n|---|---|\n| Day pass | CHF 24 |\n| 10-visit card | CHF 200 |", WALL),
    ("| Activity | Min age |\n|---|---|\n| Top ropes | 10 and over |\n| Bouldering | 8, with a parent |", WALL),
])
def test_a_faithful_table_stays_healthy(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)
