"""A quote's terms listed with commas, "plus" and "and", closed by a colon and their total
(:data:`llmops_kit.text.term_sums.READ_LISTED_TERMS`, the ``quote48`` round): "3 x $48 = $144 for the adults, $30 for
the child's seat, $12 for parking and $5 for the map: $191 all up" adds up, so the total, which no text holds, is
worked out, not invented. Controls: a total the terms do not give stays flagged, and so does a term with a wrong
product; with the switch off the right total reads as invented again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit.quality import Document, score_answer
from llmops_kit.text import term_sums
from llmops_kit.text.term_sums import listed_sums

from .verdict_cases import fresh_scores

HARBOUR = [Document(id="HB-2", content="The harbour cruise is $48 per adult. A child's seat is $30. Parking at the "
                                       "pier is $12 a day, and the island map is $5.")]
CRUISE = "Three adults and one child on the harbour cruise, with parking and a map. How much?"

STUDIO = [Document(id="CL-5", content="Wheel sessions are 9,50 € each. Glaze pots cost 4,00 € a pot.")]
WHEELS = "Two wheel sessions and three glaze pots, what do I owe?"


def _supported(answer: str, docs: list[Document], query: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, docs, query=query).support)


def test_listed_terms_give_their_steps_only_when_they_add_up() -> None:
    assert listed_sums("2 × 9.50 for the wheel and 3 × 4.00 for the glazes: 31.00 at the desk") == (
        ("2", "9.5", "19"), ("3", "4", "12"), ("19", "12", "31"))
    assert listed_sums("2 × 9.50 for the wheel and 3 × 4.00 for the glazes: 33.00 at the desk") == ()
    assert listed_sums("2 x 48 = 98, 30 for the seat and 12: 140 all up") == ()  # a wrong product in a term
    assert listed_sums("Open 9 and 10:30 daily") == ()  # a clock's colon closes no list


def test_a_total_after_products_with_their_results() -> None:
    answer = "3 x $48 = $144 for the adults, $30 for the child's seat, $12 for parking and $5 for the map: $191 all up."
    assert _supported(answer, HARBOUR, CRUISE)


def test_a_total_after_products_written_without_results() -> None:
    answer = "2 × 9,50 € for the wheel sessions and 3 × 4,00 € for the glazes: 31,00 € to pay at the desk."
    assert _supported(answer, STUDIO, WHEELS)


def test_a_total_the_terms_do_not_give_stays_flagged() -> None:
    answer = "3 x $48 = $144 for the adults, $30 for the child's seat, $12 for parking and $5 for the map: $201 all up."
    assert not _supported(answer, HARBOUR, CRUISE)
    assert not _supported("2 × 9,50 € for the wheel sessions and 3 × 4,00 € for the glazes: 33,00 € to pay at the "
                          "desk.", STUDIO, WHEELS)


def test_switched_off_the_right_total_reads_as_invented_again() -> None:
    answer = "3 x $48 = $144 for the adults, $30 for the child's seat, $12 for parking and $5 for the map: $191 all up."
    with fresh_scores(), patch.object(term_sums, "READ_LISTED_TERMS", False):
        assert listed_sums("2 × 9.50 for the wheel and 3 × 4.00 for the glazes: 31.00") == ()
        assert not _supported(answer, HARBOUR, CRUISE)
        assert not _supported("2 × 9,50 € for the wheel sessions and 3 × 4,00 € for the glazes: 31,00 € to pay at "
                              "the desk.", STUDIO, WHEELS)
