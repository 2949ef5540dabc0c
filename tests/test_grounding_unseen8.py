"""Readings the ground8 round fixed after attributing a new author's false alarms (holdout7), each with its control.

The fixtures are this file's own (an optician, a garden-waste service): a supported reading and the same
sentence with one fact changed, which must stay unsupported.
"""

from __future__ import annotations

from llmops_kit.quality import score_answer
from llmops_kit.text import identifiers_in, names_in, times_in
from llmops_kit.text.arithmetic import written_arithmetic
from llmops_kit.text.numbers import typed_quantities
from llmops_kit.text.tokens import content_stems
from llmops_kit.traces import Document

LENSES = [Document(id="kb-701", content="Frames start at £149. Thinner lenses add £40, and an anti-glare coating "
                                        "is £25 more.")]
ZONES = [Document(id="kb-702", content="Garden waste is collected on Tuesdays and Fridays in zones G11 and G12.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs).support]


# ---- a sum of several steps written out without brackets ----------------------------------------------

def test_a_written_sum_of_three_figures_is_read_step_by_step() -> None:
    """'£149 + £40 + £25 = £214' is 149 + 40 = 189, then 189 + 25 = 214; a wrong total is no step."""
    assert written_arithmetic("£149 + £40 + £25 = £214 in all") == (("149", "40", "189"), ("189", "25", "214"))
    assert written_arithmetic("£149 + £40 + £25 = £224 in all") == ()
    assert written_arithmetic("2-3 days = a short wait") == ()  # one step: the single-step reader's, not this


def test_a_total_written_out_on_grounded_figures_is_supported() -> None:
    answer = "Frames with thinner lenses and the coating: £149 + £40 + £25 = £214 in total."
    assert _verdicts(answer, LENSES) == ["supported"]


def test_a_wrong_written_total_is_still_contradicted() -> None:
    """Control: the same sum ending on a total the figures do not reach."""
    answer = "Frames with thinner lenses and the coating: £149 + £40 + £25 = £224 in total."
    assert _verdicts(answer, LENSES) == ["contradicted"]


def test_a_written_sum_on_an_invented_figure_is_not_supported() -> None:
    """Control: the arithmetic is right, but one operand (£35) is held nowhere."""
    answer = "Frames with thinner lenses and the coating: £149 + £40 + £35 = £224 in total."
    assert _verdicts(answer, LENSES) != ["supported"]


# ---- codes listed with a slash ------------------------------------------------------------------------

def test_codes_listed_with_a_slash_are_two_codes() -> None:
    assert identifiers_in("Collections run in G11/G12") == {"g11", "g12"}
    assert identifiers_in("See KB-1/KB-2") == {"kb1", "kb2"}
    assert identifiers_in("Reference AB12/2024") == {"ab122024"}  # a year after a code is part of the code
    assert identifiers_in("Open 24/7") == frozenset()


def test_codes_listed_with_a_slash_are_found_one_by_one() -> None:
    assert _verdicts("Collections run on Tuesdays and Fridays in G11/G12.", ZONES) == ["supported"]


def test_a_changed_code_in_a_slash_list_is_still_absent() -> None:
    """Control: G13 is no zone the evidence names."""
    assert _verdicts("Collections run on Tuesdays and Fridays in G11/G13.", ZONES) != ["supported"]


# ---- an emoji ending a sentence -----------------------------------------------------------------------

TEST = [Document(id="kb-703", content="A standard eye test is £27. Allow about 35 minutes for the whole visit.")]


def test_the_word_after_an_emoji_is_a_sentence_start_not_a_name() -> None:
    assert names_in("It's £27 for a standard test 🙂 Allow about 35 minutes in all") == frozenset()
    assert names_in("Good news 🎉 Harlow Optics has it in stock") == {"harlow", "optics"}  # a name of two words


def test_a_chatty_answer_with_an_emoji_is_supported() -> None:
    assert _verdicts("It's £27 for a standard test 🙂 Allow about 35 minutes in all.", TEST) == ["supported"]


def test_a_name_after_an_emoji_is_still_checked() -> None:
    """Control: a person's name after the emoji is no sentence start, and no evidence names her."""
    assert "patel" in names_in("It's £27 for a standard test 🙂 Ask for Dr Patel on arrival")
    assert _verdicts("It's £27 for a standard test 🙂 Ask for Dr Patel on arrival.", TEST) != ["supported"]


# ---- weekday abbreviations as content words ----------------------------------------------------------

DELIVERY = [Document(id="kb-704", content="Deliveries go out Wednesday to Saturday. Delivery is £7.50 per order.")]


def test_written_weekday_abbreviations_are_the_days() -> None:
    """'Wed–Sat' is Wednesday to Saturday; a lower-case 'sat' (of sitting) stays the word it is."""
    assert {"wednesday", "saturday"} <= content_stems("Days: Wed–Sat.")
    assert "saturday" not in content_stems("I sat in the sun")


def test_a_terse_answer_with_day_abbreviations_is_supported() -> None:
    assert _verdicts("Delivery: £7.50/order. Days: Wed–Sat.", DELIVERY) == ["supported", "supported"]


def test_other_days_abbreviated_are_still_not_supported() -> None:
    """Control: Mon–Tue are days the evidence does not deliver on."""
    assert _verdicts("Delivery: £7.50/order. Days: Mon–Tue.", DELIVERY)[1] != "supported"


# ---- units and formats: "per cent", times in words --------------------------------------------------

EXPRESS = [Document(id="kb-705", content="A shirt is £3.20 and a coat £18. Express (next working day) adds 50 per "
                                         "cent to the item price.")]
CAFE = [Document(id="kb-706", content="The cafe is open nine till half past four every day; the kitchen closes at "
                                      "3pm.")]


def test_per_cent_in_two_words_is_a_percentage() -> None:
    assert typed_quantities("Express adds 50 per cent to the item price.") == {"50 %"}
    assert typed_quantities("5 cents each") == {"5 money"}  # control: cents stay money


def test_a_percentage_the_evidence_writes_per_cent_is_supported() -> None:
    assert _verdicts("Express adds 50% to the item price, ready the next working day.", EXPRESS) == ["supported"]
    assert _verdicts("Express adds 60% to the item price, ready the next working day.", EXPRESS) != ["supported"]


def test_times_written_in_words_are_times() -> None:
    assert times_in("open nine till half past four") == {"04:30"}
    assert times_in("quarter to nine pm") == {"20:45"}
    assert times_in("quarter past 10") == {"10:15"}
    assert times_in("I walked past two shops to the station") == frozenset()


def test_a_time_the_evidence_writes_in_words_is_supported() -> None:
    assert _verdicts("The kitchen closes at 3pm; the cafe stays open until 4:30.", CAFE) == ["supported"]


def test_another_time_is_still_not_supported() -> None:
    """Control: half past four is not 5:30."""
    assert _verdicts("The kitchen closes at 3pm; the cafe stays open until 5:30.", CAFE) != ["supported"]
