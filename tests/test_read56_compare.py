"""An option called the cheaper one that the answer's own totals price as the dearer (:mod:`llmops_kit.chosen_options`,
the ``compare56`` round): "Standard with a guide is €40 + €15 = €55 each; Premium alone is €70 each. Premium comes
out cheaper", "Book the whole hall: it's the better deal, since €2,400 covers up to 80 guests, and 30 × €25 = €750",
"three boxes at £12 each come out cheaper than one £30 crate". Controls: the same answers with the right conclusion,
totals on two bases (each against a group price), "better value" for the dearer option, the other side counted
too, and the switch off giving the old verdict."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import chosen_options
from llmops_kit.chosen_options import reversed_choices
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

TOURS = Document(id="TR-1", content=(
    "Standard tour €40 per person: the old town on foot. Premium tour €70 per person: the old town and the castle. "
    "A private guide can join any tour for €15 a person."))
TOURS_ASKED = "We are two. Standard with a guide each, or Premium without?"
HALL = Document(id="HL-2", content=(
    "Hire the whole hall for an evening: €2,400 for up to 80 guests, drinks included. Party menu: €25 per guest."))
HALL_ASKED = "We are 30 guests for one evening: the party menu for each of us, or hire the whole hall?"
BOXES = Document(id="BX-3", content="Storage boxes: £12 each. A crate holds three boxes' worth: £30.")
BOXES_ASKED = "Is it cheaper to store my things in three boxes or one crate?"


def _missing(answer: str, docs: list[Document], query: str) -> list[tuple[str, str, tuple[str, ...]]]:
    with fresh_scores():
        report = score_answer(answer, docs, query=query)
    return [(s.claim, s.verdict, tuple(s.missing)) for s in report.support]


def _flagged(rows: list[tuple[str, str, tuple[str, ...]]]) -> list[str]:
    return [m for _, _, missing in rows for m in missing if m.startswith("the cheaper option")]


@pytest.mark.parametrize(("answer", "docs", "query", "total"), [
    ("For two of you, Standard with a guide is €40 + €15 = €55 each; Premium alone is €70 each. Premium comes out "
     "cheaper for two.", [TOURS], TOURS_ASKED, "€70"),
    ("Hire the whole hall: with 30 guests it's the better deal, since €2,400 covers up to 80 guests and drinks, and "
     "30 × €25 = €750 for the menu.", [HALL], HALL_ASKED, "€2,400"),
    ("Take the boxes: three boxes at £12 each come out cheaper than one £30 crate.", [BOXES], BOXES_ASKED, "£12"),
])
def test_the_option_called_cheaper_at_the_larger_total_is_not_held(answer: str, docs: list[Document], query: str,
                                                                   total: str) -> None:
    rows = _missing(answer, docs, query)
    assert _flagged(rows) == [f"the cheaper option at {total}"]
    assert any(verdict == "absent" for _, verdict, _ in rows)


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the right conclusion of the same answers
    ("For two of you, Standard with a guide is €40 + €15 = €55 each; Premium alone is €70 each. Standard comes out "
     "cheaper for two.", [TOURS], TOURS_ASKED),
    ("The party menu: with 30 guests it's the better deal, since 30 × €25 = €750, and hiring the whole hall is "
     "€2,400.", [HALL], HALL_ASKED),
    ("Take the crate: three boxes at £12 each come out dearer than one £30 crate.", [BOXES], BOXES_ASKED),
    # two bases: a price each against a price for the group is not compared
    ("For two of you, Standard with a guide is €40 + €15 = €55 each; Premium for both is €70. Premium comes out "
     "cheaper for two.", [TOURS], TOURS_ASKED),
    # "better value" may be worth the dearer price
    ("Hire the whole hall: with 30 guests it's better value, since €2,400 covers up to 80 guests and drinks, and "
     "30 × €25 = €750 for the menu.", [HALL], HALL_ASKED),
    # the other side counted too
    ("Take the boxes: three boxes at £12 each come out cheaper than two £30 crates.", [BOXES], BOXES_ASKED),
])
def test_controls_are_left_alone(answer: str, docs: list[Document], query: str) -> None:
    assert _flagged(_missing(answer, docs, query)) == []


def test_a_total_of_another_option_in_the_evidence_does_not_count_for_the_chosen_one() -> None:
    # ¥4,400 is the Standard plan's, though the same sentence of the evidence names Premium after it
    texts = ("Standard plan ¥4,400 (tax incl.). Premium plan ¥7,700 (tax incl.). Men's plan ¥4,400 (tax incl.).",)
    answer = ("Standard with a hair set is ¥4,400 + ¥1,650 = ¥6,050 each; Premium without is ¥7,700 each. "
              "Premium comes out cheaper for two.")
    assert reversed_choices("Premium comes out cheaper for two", answer, texts) == ("¥7,700",)
    assert reversed_choices("Standard comes out cheaper for two", answer.replace("Premium comes", "Standard comes"),
                            texts) == ()


def test_switch_off_gives_the_old_verdict() -> None:
    answer = ("For two of you, Standard with a guide is €40 + €15 = €55 each; Premium alone is €70 each. Premium "
              "comes out cheaper for two.")
    with patch.object(chosen_options, "READ_CHOSEN_OPTIONS", False):
        old = _missing(answer, [TOURS], TOURS_ASKED)
    new = _missing(answer, [TOURS], TOURS_ASKED)
    assert _flagged(old) == []
    assert [v for _, v, _ in old] != [v for _, v, _ in new]
