"""An amount written with its currency's code before it or its mark after it, read as a figure of money by the
labelled-row reader (:data:`llmops_kit.labelled_figures.READ_MARKED_AMOUNTS`, the ``forms49`` round).

The unit reader reads a sign before a figure ("£38") but not "ARS 95.000" or "3,50 €", so such a table cell stated
no figure of its label and passed whenever its bare number stood anywhere in the texts (a screen number, a phone
number). Case: a French price list with a changed child's price whose number names a screen. Controls: the price
lists written right (in euros marked after, in pesos with dot thousands) stay clean, and a column of another price
the texts state ("| Adult | MYR 160 | MYR 35 |" under "Extra hour") stays clean, as that amount is priced
elsewhere. With the switch off the changed cell passes again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import labelled_figures
from llmops_kit.quality import Document, score_answer
from llmops_kit.text import numbers

from .verdict_cases import fresh_scores

SCHOOL = [Document(id="d-1", content="A single dance class costs ARS 20.000. A card of 10 classes is ARS 150.000 and "
                                      "is valid for 90 days."),
          Document(id="d-2", content="A private lesson costs ARS 95.000 per hour with two teachers.")]
SCHOOL_HEAD = "| What | Price |\n|---|---|\n| Single class | ARS 20.000 |\n"
FILMS = [Document(id="f-1", content="Adulte: 10,50 €. Enfant de moins de 12 ans: 6,00 €. Films on screen 3 and "
                                     "screen 4 are shown with subtitles.")]
FILM_HEAD = "| Tarif | Prix |\n|---|---|\n| Adulte | 10,50 € |\n"


LOUNGE = [Document(id="l-1", content="Entry is MYR 160 per adult and MYR 80 per child, for up to 3 hours."),
          Document(id="l-2", content="Each extra hour costs MYR 35 per guest.")]
LOUNGE_TABLE = ("| Guest | Up to 3 hours | Extra hour |\n|---|---|---|\n| Adult | MYR 160 | MYR 35 |\n"
                "| Child | MYR 80 | MYR 35 |")


def _flagged(answer: str, docs: list[Document], query: str) -> list[str]:
    with fresh_scores(labelled_figures._source_sentences):
        return [v.verdict for v in score_answer(answer, docs, query=query).support if not v.supported]


def _school(card_price: str) -> str:
    return SCHOOL_HEAD + f"| Card of 10 classes | ARS {card_price} |\n| Private, two teachers | ARS 95.000 |"


def _films(child_price: str) -> str:
    return FILM_HEAD + f"| Enfant de moins de 12 ans | {child_price} € |"


def test_the_right_price_list_stays_clean() -> None:
    assert _flagged(_school("150.000"), SCHOOL, "Prices in a table please") == []


def test_a_changed_price_marked_after_is_flagged() -> None:
    # since the format51 round the fact check's typed amounts read "4,00 €" as money first (absent from the texts)
    assert _flagged(_films("4,00"), FILMS, "Les tarifs ?") == ["absent"]
    with fresh_scores(numbers.typed_quantities), patch.object(numbers, "READ_MARKS_AFTER_FIGURES", False):
        assert _flagged(_films("4,00"), FILMS, "Les tarifs ?") == ["contradicted"]


def test_the_right_french_price_list_stays_clean() -> None:
    assert _flagged(_films("6,00"), FILMS, "Les tarifs ?") == []


def test_a_column_of_another_stated_price_stays_clean() -> None:
    assert _flagged(LOUNGE_TABLE, LOUNGE, "Walk-in prices in a table") == []


def test_switched_off_the_changed_cell_passes_again() -> None:
    with fresh_scores(labelled_figures._source_sentences, numbers.typed_quantities), \
            patch.object(labelled_figures, "READ_MARKED_AMOUNTS", False), \
            patch.object(numbers, "READ_MARKS_AFTER_FIGURES", False):
        assert _flagged(_films("4,00"), FILMS, "Les tarifs ?") == []
