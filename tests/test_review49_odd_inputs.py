"""The readings of the 49th stop on odd input (the ``review49`` round): letters a case-blind pattern matches as
ASCII ("ı", "ſ", the Kelvin sign), empty texts, figures too big for a float's digits and a run of comma-joined
digits. None of them may raise: a reader that cannot read a text leaves its claim to the other checks."""

from __future__ import annotations

import pytest

from llmops_kit.changed_figures import changed_figure
from llmops_kit.filled_fields import filled_field
from llmops_kit.free_thresholds import missed_free_threshold
from llmops_kit.limit_sides import crossed_bound, narrowed_list, waived_restriction
from llmops_kit.quality import Document
from llmops_kit.refund_polarity import reversed_refund
from llmops_kit.tax_notes import unstated_tax_names, unstated_tax_stems
from llmops_kit.text.arithmetic import amount_values
from llmops_kit.text.numbers import spelled_as_digits
from llmops_kit.text.term_sums import lined_totals
from llmops_kit.text.tokens import singular_noun

from .verdict_cases import documents_evidence

ODD_TEXTS = ("", " ", "ı", "ſ", "\u212a", "1" + "0" * 30, "1,2,3,4,5", "9" * 400 + " to " + "9" * 401 + " days",
             "Total £1" + "0" * 400, "free over £0", "fıve-year", "ſixteen pounds", "At 1" + "0" * 400 + " kg you're "
             "within the limit", "only ı and ſ", "whether or not ı", "EUR 145, VAT included", "09.99-99.99 h")

DOCUMENTS = [Document(id="a-1", content="Carriage is £18.00 for up to 100 kg and free over £400 ex VAT."),
             Document(id="a-2", content="We accept cash, cards and BLIK. Tickets are not refunded."),
             Document(id="a-3", content="The Canyon maximum is 127 \u212ag; groups of over 10 people pay less."),
             Document(id="a-4", content="A service takes 3 to 5 working days; benches carry a two-year guarantee."),
             Document(id="a-5", content="Electrical items are only taken if they have passed a safety test.")]

CLAIM_READINGS = (changed_figure, crossed_bound, filled_field, missed_free_threshold, narrowed_list, reversed_refund,
                  waived_restriction)


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_the_claim_readings_take_odd_claims_and_questions(text: str) -> None:
    evidence = documents_evidence(DOCUMENTS, f"I weigh 128 kg {text}")
    for reading in CLAIM_READINGS:
        found = reading(text, evidence)
        assert found is None or isinstance(found, tuple)


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_the_text_readers_take_odd_texts(text: str) -> None:
    assert isinstance(spelled_as_digits(text), str) and isinstance(spelled_as_digits(text, False), str)
    assert isinstance(lined_totals(text, lambda figure: True), frozenset)
    assert isinstance(amount_values(text), frozenset)
    assert unstated_tax_names(frozenset(("VAT",)), text, ()) <= {"VAT"}
    assert isinstance(unstated_tax_stems(text, ()), frozenset)


def test_a_long_s_in_a_bound_claim_is_read_like_the_plain_letter() -> None:
    evidence = documents_evidence(DOCUMENTS, "I weigh 128 kg, can I do the Canyon?")
    plain = crossed_bound("At 128 kg you're within the Canyon limit", evidence)
    assert plain is not None
    assert crossed_bound("At 128 kg you're within the Canyon limit, ſo go ahead", evidence) is not None


def test_the_shared_singular_of_a_unit_keeps_short_words_and_double_s() -> None:
    assert [singular_noun(w) for w in ("Hours", "guests", "class", "kgs", "ſ", "")] == ["hour", "guest", "class",
                                                                                       "kgs", "ſ", ""]
