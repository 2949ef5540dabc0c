"""A count or duration the evidence states with another value, where the claimed number occurs in the evidence
only as something else (a time of day, a record's other field) (:mod:`llmops_kit.unheld_figures`): "at least 12
players" where the article says 6 players and 12 is only "12pm". Each with controls that the right figure,
arithmetic on the answer's figures, a clause relating two figures and a record's own field stay supported.

The fixtures are this file's own (a climbing wall, a camera repair shop, a choir).
"""

from __future__ import annotations

import pytest

from llmops_kit import grounding
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text import counted_figures
from llmops_kit.traces import Document

from .verdict_cases import later_figure_readings_off

WALL = [Document(id="cw-1", content="Group sessions need at least 6 climbers. Sessions run from 12pm to 8pm on "
                                    "weekdays. Chalk bags can be borrowed from the desk.")]
REPAIR = [Document(id="cr-2", content="A sensor clean takes 3 working days. Lens repairs are covered by a "
                                      "warranty for 9 months. The shop opens at 5pm on Fridays.")]
CHOIR = [Document(id="ch-3", content="New singers may attend 2 rehearsals before joining. Rehearsals start at "
                                     "7pm on Tuesdays.")]
BOOKED = [*WALL, Document(id="tool booking", content='{"group": "GS-2231", "climbers": 12}')]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


#: Changed counts whose number the evidence states only as a time of day: the hard-fact step lets them pass.
CHANGED = [
    ("Group sessions need at least 12 climbers.", WALL),  # 12 is only '12pm'
    ("Group sessions need at least 8 climbers.", WALL),  # 8 is only '8pm'
    ("New singers may attend 7 rehearsals before joining.", CHOIR),  # 7 is only '7pm'
]


@pytest.mark.parametrize(("answer", "docs"), CHANGED)
def test_a_count_the_evidence_gives_another_value_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), CHANGED)
def test_without_the_reading_the_changed_count_passes(answer: str, docs: list[Document],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grounding, "unheld_figure", lambda *args, **kwargs: None)
    # a count of climbers or rehearsals given only as a time of day is unheld by the counted-figures reading too
    monkeypatch.setattr(counted_figures, "READ_COUNTED_FIGURES", False)
    with later_figure_readings_off():  # they read the changed count too
        assert _verdicts(answer, docs) == ["supported"]


@pytest.mark.parametrize(("answer", "docs"), [
    ("Group sessions need at least 6 climbers.", WALL),  # the right figure
    ("Lens repairs are covered by a warranty for 9 months.", REPAIR),
    ("New singers may attend 2 rehearsals before joining.", CHOIR),
    ("Your group session has 12 climbers.", BOOKED),  # a record's own field, its unit in the key
    # arithmetic on the answer's figures, and a clause relating the customer's figure to the rule
    ("Group sessions need at least 6 climbers; your two groups need at least 12 climbers.", WALL),
])
def test_a_count_of_its_own_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert set(_verdicts(answer, docs)) == {"supported"}


def test_the_customers_count_related_to_the_rule_is_not_contradicted() -> None:
    """'so your 12 climbers are plenty' of the customer's 'We are 12 climbers': supported; with no customer
    figure the count is held by nothing but '12pm' (the counted-figures reading) and is not."""
    answer = "Group sessions need at least 6 climbers, so your 12 climbers are plenty."
    query = "We are 12 climbers, can we book a group session?"
    assert [v.verdict for v in score_answer(answer, WALL, query=query, scorer=HeuristicScorer()).support] == [
        "supported"]
    assert _verdicts(answer, WALL) != ["supported"]


def test_a_field_value_is_read_in_place_as_the_pattern_read_it() -> None:
    """The in-place check of a field's whole value agrees with the pattern it replaced on keyed and unkeyed
    values, quotes, trailing zeros and values inside longer numbers."""
    import re
    from types import SimpleNamespace

    from llmops_kit.unheld_figures import _held_bare

    def pattern(value: str, text: str) -> bool:
        field = rf"[A-Za-z_\"']\s*[:=]\s*\"?{re.escape(value)}(?:\.0+)?\"?\s*(?:[,}}\]\n]|$)"
        return re.search(field, text) is not None

    def in_place(value: str, text: str) -> bool:
        return _held_bare(value, SimpleNamespace(sources=[SimpleNamespace(text=text)]))  # type: ignore[arg-type]

    texts = ['{"delay_minutes": 18}', '{"delay_minutes": "18.00", "x": 1}', "delay = 18\n", "a:=18", "118: 18x",
             '{"n": 181}', "minutes: 18.5", "wait 18 minutes", '"k" :  "18"  ]', "k: 18", ": 18", "18"]
    for text in texts:
        for value in ("18", "18.00", "1", "8"):
            assert in_place(value, text) == pattern(value, text), (value, text)
    assert in_place("18", '{"delay_minutes": 18}') and not in_place("18", "wait 18 minutes")
