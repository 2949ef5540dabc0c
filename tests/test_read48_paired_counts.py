"""The customer's words that count two with no figure, "both of us", "to and from", read as the 2 an answer prices
them by (:data:`llmops_kit.evidence_readers.READ_PAIRED_COUNTS`, the ``quote48`` round): "Day passes: 2 × £45 =
£90" for "my sister and I both want a day pass", "two trips a day, so 6 trips: 6 × £6 = £36" for a lift "to and
from the station" over 3 days. Controls: a count of three, and a wrong product, stay flagged; with the switch off
the 2 reads as invented again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import evidence_readers
from llmops_kit.evidence_readers import paired_counts
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

SPA = [Document(id="SP-1", content="A day pass to the spa is £45 and includes the pools and the sauna.")]
PASSES = "My sister and I both want a day pass on Saturday. What's the cost?"

LIFT = [Document(id="TX-3", content="Our guest shuttle runs to the station for £6 per trip.")]
STATION = "Can your shuttle take me to and from the station every day of my 3-day stay? What would that cost?"


def _supported(answer: str, docs: list[Document], query: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, docs, query=query).support)


def test_the_words_that_count_two() -> None:
    assert paired_counts("we both want one") == frozenset({"2"})
    assert paired_counts("a lift to and from the airport") == frozenset({"2"})
    assert paired_counts("a lift to the airport") == frozenset()


def test_both_of_us_priced_two_times() -> None:
    assert _supported("Day passes: 2 × £45 = £90.", SPA, PASSES)


def test_to_and_from_counted_as_two_trips_a_day() -> None:
    assert _supported("That is two trips a day, so 6 trips over your 3 days: 6 × £6 = £36.", LIFT, STATION)


def test_a_count_the_words_do_not_give_stays_flagged() -> None:
    assert not _supported("Day passes: 3 × £45 = £135.", SPA, PASSES)
    assert not _supported("That is two trips a day, so 6 trips over your 3 days: 6 × £6 = £42.", LIFT, STATION)


def test_switched_off_the_two_reads_as_invented_again() -> None:
    with fresh_scores(), patch.object(evidence_readers, "READ_PAIRED_COUNTS", False):
        assert paired_counts("we both want one") == frozenset()
        assert not _supported("Day passes: 2 × £45 = £90.", SPA, PASSES)
