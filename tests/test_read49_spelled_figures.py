"""A figure spelled in words changed inside a clause that restates an evidence sentence
(:data:`llmops_kit.changed_figures.READ_SPELLED_FIGURES`): "hardwood benches have a one-year guarantee" against
"Hardwood benches carry a two-year guarantee". The hard-fact step does not read a lone "one" as a figure, and the
changed-figure reading framed digits only, so the claim passed on its other words. The right figure stays
supported, written either way, and with the switch off the changed figure passes again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import changed_figures
from llmops_kit.changed_figures import changed_figure
from llmops_kit.text.numbers import spelled_as_digits
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

BENCHES = [Document(id="gf-2", content="Hardwood benches carry a two-year guarantee; cushions are covered for 90 "
                                       "days. Keep your receipt as proof of purchase."),
           Document(id="gf-4", content="Delivery is free on orders over £200.")]
BENCHES_ASKED = "The slats on my bench split after fourteen months. Is it still covered?"


def _benches(term: str) -> str:
    return f"Yes, hardwood benches have a {term} guarantee, so keep your receipt."


def test_number_words_are_written_as_digits() -> None:
    assert spelled_as_digits("a two-year guarantee") == "a 2-year guarantee"
    assert spelled_as_digits("it costs sixteen pounds") == "it costs 16 pounds"
    assert spelled_as_digits("a year-round offer") == "a year-round offer"


def test_the_right_term_is_supported_spelled_or_in_digits() -> None:
    assert set(_verdicts(_benches("two-year"), BENCHES, BENCHES_ASKED)) == {"supported"}
    assert set(_verdicts(_benches("2-year"), BENCHES, BENCHES_ASKED)) == {"supported"}


def test_a_spelled_term_changed_is_contradicted() -> None:
    assert _verdicts(_benches("one-year"), BENCHES, BENCHES_ASKED) == ["contradicted"]
    found = changed_figure(_benches("one-year"), documents_evidence(BENCHES, BENCHES_ASKED))
    assert found is not None and found[2] == "1"


def test_a_term_found_nowhere_stays_flagged() -> None:
    assert _verdicts(_benches("five-year"), BENCHES, BENCHES_ASKED) == ["contradicted"]


def test_a_word_that_is_no_figure_is_not_read() -> None:
    """"one of" and "the two of them" count nothing the evidence frames: no rival, nothing settled."""
    evidence = documents_evidence(BENCHES, BENCHES_ASKED)
    assert changed_figure("One of our hardwood benches suits a small patio.", evidence) is None


def test_switched_off_the_changed_term_passes_again() -> None:
    with fresh_scores(), patch.object(changed_figures, "READ_SPELLED_FIGURES", False):
        assert set(_verdicts(_benches("one-year"), BENCHES, BENCHES_ASKED)) == {"supported"}
