"""A closing clause that declines a detail is cut from the claim; the fact part is still judged."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import joined_declines
from llmops_kit.quality import score_answer
from llmops_kit.text import claim_text, decline_clauses
from llmops_kit.text.claims import read_answer
from llmops_kit.text.decline_clauses import cut_decline_clause
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

CITE = r"\[[a-z0-9-]+\]"
PROMPT = "Answer only from the tariff notes and tool results you are given."
NOUNS = ("notes",)
PARK = [Document(id="pk-1", content="The harbour car park is closed for resurfacing for about 3 days in March. "
                                     "Parking costs £4 per day at the station car park.")]
WATER = [Document(id="sw-1", content="Water mains work: the supply to Elm Street is switched off for about 4 hours "
                                      "while the valve is replaced. Someone should be home at the start.")]
NOTES = [Document(id="tn-1", content="Tariff notes: a day ticket for the island ferry costs £12 per adult.")]


@pytest.mark.parametrize(("sentence", "fact"), [
    ("The car park closes for about 3 days in March, though I can't promise the exact dates",
     "The car park closes for about 3 days in March"),
    ("Parking is £4 per day at the station, but I couldn't say how busy it gets",
     "Parking is £4 per day at the station"),
    ("You'd pay any change in fare, which we can't predict without the new booking",
     "You'd pay any change in fare"),
])
def test_a_closing_hedge_on_a_detail_is_cut(sentence: str, fact: str) -> None:
    assert cut_decline_clause(sentence) == fact
    assert claim_text(sentence, CITE, (), 3) == fact


@pytest.mark.parametrize("sentence", [
    "The car park closes for 3 days, though I can't promise it reopens before 14 March",  # a date in the hedge
    "The car park is closed, but I can't guarantee Harbour Road stays open",  # a name in the hedge
    "The car park closes for 3 days; we can book you a space at the station",  # no hedge at all
    "I can promise the car park reopens in March, though it may rain",  # no "can't"
])
def test_a_clause_naming_a_figure_or_no_decline_is_kept(sentence: str) -> None:
    assert cut_decline_clause(sentence) == sentence


def test_a_partial_answer_keeps_its_fact_and_drops_the_gap() -> None:
    sentence = ("The notes give a day ticket at £12 per adult but say nothing about bikes on board, "
                "so I can't confirm that part")
    assert cut_decline_clause(sentence, NOUNS) == "The notes give a day ticket at £12 per adult"
    # not the trace's word for its texts: "the tickets ... say nothing about bikes" is judged (only the hedge goes)
    assert cut_decline_clause(sentence.replace("notes", "tickets"), NOUNS).endswith("bikes on board")
    # a figure in the gap clause stays judged
    with_figure = "The notes give a day ticket at £12 but don't list a return fare, so I can't confirm £20"
    assert cut_decline_clause(with_figure, NOUNS) == with_figure


def _score_without_the_reading(answer: str, docs: list[Document], query: str) -> float | None:
    """The groundedness with the reading off (the memoised verdicts and cached readings cleared either side), and
    the joined-decline reading too, which judges a fact joined to a decline by ", but" alone as well."""
    with (fresh_scores(read_answer), patch.object(decline_clauses, "READ_DECLINE_CLAUSES", False),
          patch.object(joined_declines, "READ_JOINED_DECLINES", False)):
        return score_answer(answer, docs, query=query).groundedness


@pytest.mark.parametrize("answer", [
    "Expect the water to be off for about 4 hours while the valve is replaced, though I can't promise the exact "
    "time of day.",
    "The water will be off for about 4 hours while the valve is replaced, but I couldn't say exactly when the crew "
    "arrives.",
])
def test_the_scorer_judges_only_the_fact_part(answer: str) -> None:
    """Healthy: the hedge's words ("promise", "time of day", "crew") are no longer content no evidence holds."""
    query = "How long will the water be off?"
    assert score_answer(answer, WATER, query=query).groundedness == 1.0
    assert _score_without_the_reading(answer, WATER, query) == 0.0


def test_a_wrong_figure_in_the_fact_part_is_still_unsupported() -> None:
    """Control: the cut does not excuse the fact it leaves (9 days, not 3)."""
    answer = ("Expect the water to be off for about 9 hours while the valve is replaced, though I can't promise the "
              "exact time of day.")
    assert score_answer(answer, WATER, query="How long will the water be off?").groundedness == 0.0


def test_a_partial_answer_with_a_wrong_price_is_still_unsupported() -> None:
    good = "The tariff notes give a day ticket at £12 per adult but say nothing about bikes, so I can't confirm that."
    bad = good.replace("£12", "£15")
    assert score_answer(good, NOTES, query="Can I take my bike?", instructions=PROMPT).groundedness == 1.0
    assert score_answer(bad, NOTES, query="Can I take my bike?", instructions=PROMPT).groundedness < 1.0
