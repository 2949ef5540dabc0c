"""A currency mark written with a dot after its figure ("18,00 kr. a trip"), and the clock mark "kl." after a figure
before a time ("4 May 2027 kl. 7.15"), end no sentence (:data:`llmops_kit.text.split.READ_DOTTED_AMOUNTS`, the
``split55`` round).

A Danish answer writes "At 18,00 kr. a trip with the 48,00 kr. cap"; the split cut it at each "kr." into fragments
that held no fact of their own, so a time or an amount was judged without its sentence. Controls: a mark followed by
a figure or a capitalised word still ends its sentence ("Pay 900 kr. 3 days later ...", "... 900 kr. Then ..."), a
"kl." before a figure that is no time still ends one, a changed time or amount in the whole sentence is still
flagged, and the switch off gives the old fragments. Fixtures are this file's own (a harbour bus and its travel card).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from unittest.mock import patch

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text import claims as text_claims
from llmops_kit.text import split as text_split
from llmops_kit.text import split_sentences
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

RECORD = [Document(id="card", content=(
    "card: HB-2210. status: active. balance dkk: 86.0. last check in: 4 May 2027 07:15 Nyhavn."))]
FARES = [Document(id="HB-1", content=(
    "Each harbour bus trip costs 22,00 kr. with the travel card, and you never pay more than 60,00 kr. in one travel "
    "day. A bike ticket costs 15,00 kr. per trip."))]


@contextmanager
def reading_off() -> Iterator[None]:
    """The switch off, with the split and the answers read before it split and read again."""
    with fresh_scores(text_claims.read_answer, text_split.sentences_of), \
            patch.object(text_split, "READ_DOTTED_AMOUNTS", False):
        yield


def verdicts(answer: str, docs: list[Document], query: str) -> list[tuple[str, str]]:
    """Each claim with its verdict, scored afresh."""
    with fresh_scores(text_claims.read_answer, text_split.sentences_of):
        return [(v.claim, v.verdict) for v in score_answer(answer, docs, query=query).support]


@pytest.mark.parametrize(("text", "sentences"), [
    ("At 18,00 kr. a trip with the 48,00 kr. cap per travel day: Monday 48,00 kr. (capped), Tuesday 36,00 kr. "
     "That is it.",
     ["At 18,00 kr. a trip with the 48,00 kr. cap per travel day: Monday 48,00 kr. (capped), Tuesday 36,00 kr.",
      "That is it."]),
    ("last check-in 12. marts 2027 kl. 7.15, Aarhus H.", ["last check-in 12 March 2027 kl. 7.15, Aarhus H."]),
    ("Boats leave 3 May kl. 14.30 and 4 May kl. 9 from the quay.",
     ["Boats leave 3 May kl. 14.30 and 4 May kl. 9 from the quay."]),
    ("2 × 18,00 kr. = 36,00 kr., under the cap. Done.", ["2 × 18,00 kr. = 36,00 kr., under the cap.", "Done."]),
    ("A day pass is 75 Kč. per person. Children ride free.", ["A day pass is 75 Kč. per person.",
                                                              "Children ride free."]),
    ("En tur koster 18,00 kr. med kortet, og du betaler aldrig mere end 48,00 kr. på en dag.",
     ["En tur koster 18,00 kr. med kortet, og du betaler aldrig mere end 48,00 kr. på en dag."]),
])
def test_a_mark_after_its_figure_ends_no_sentence_that_goes_on(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(("text", "sentences"), [
    ("Pay 900 kr. 3 days later it is refunded.", ["Pay 900 kr.", "3 days later it is refunded."]),  # a figure
    ("The fee is 900 kr. Then you pay again.", ["The fee is 900 kr.", "Then you pay again."]),  # a capitalised word
    ("Entry is 20 kr. Øresund is next.", ["Entry is 20 kr.", "Øresund is next."]),  # capitalised, not ASCII
    ("You pay 900 kr. (Prices change yearly.)", ["You pay 900 kr.", "(Prices change yearly.)"]),  # a bracket, capital
    ("It ends in 2027 kl. 2028 starts after.", ["It ends in 2027 kl.", "2028 starts after."]),  # no clock after kl.
    ("We meet at 9 kl. 25 of us come.", ["We meet at 9 kl.", "25 of us come."]),  # 25 is no hour
    ("He said kr. is short. fine.", ["He said kr.", "is short.", "fine."]),  # no figure before the mark
])
def test_control_other_dots_still_end_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_the_switch_off_gives_the_old_fragments() -> None:
    with reading_off():
        assert split_sentences("At 18,00 kr. a trip with the 48,00 kr. cap.") == [
            "At 18,00 kr.", "a trip with the 48,00 kr.", "cap."]
        assert split_sentences("last check-in 4 May 2027 kl. 7.15, Nyhavn.") == [
            "last check-in 4 May 2027 kl.", "7.15, Nyhavn."]


def test_a_clock_time_after_a_date_is_judged_in_its_sentence() -> None:
    asked = "When did I last check in?"
    assert verdicts("Your last check-in was on 4 May 2027 kl. 7.15 at Nyhavn.", RECORD, asked) == [
        ("Your last check-in was on 4 May 2027 kl. 7.15 at Nyhavn", "supported")]
    # control: a changed time is still flagged
    [(_, wrong)] = verdicts("Your last check-in was on 4 May 2027 kl. 8.15 at Nyhavn.", RECORD, asked)
    assert wrong != "supported"
    with reading_off():
        claims = [(v.claim, v.verdict) for v in score_answer(
            "Your last check-in was on 4 May 2027 kl. 7.15 at Nyhavn.", RECORD, query=asked).support]
        assert claims == [("Your last check-in was on 4 May 2027 kl", "supported"), ("7.15 at Nyhavn", "absent")]


def test_an_amount_is_judged_with_its_sentence_and_a_changed_one_still_flagged() -> None:
    asked = "What does the harbour bus cost?"
    right = "A trip is 22,00 kr. with the travel card, and you never pay more than 60,00 kr. in a day."
    assert verdicts(right, FARES, asked) == [(right.rstrip("."), "supported")]
    [(_, wrong)] = verdicts(right.replace("60,00", "70,00"), FARES, asked)
    assert wrong == "contradicted"
    [(_, bike)] = verdicts("A bike ticket is 18,00 kr. per trip.", FARES, "And a bike?")
    assert bike == "contradicted"
