"""A temperature written with a minus is below zero in a conversion: "−5 °C (23 °F)" is right, "−5 °C (41 °F)" is
the conversion of +5 °C and stays flagged."""

from llmops_kit.general_conversions import general_conversion
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

_SITE = [Document(id="faq", content="On winter nights the viewing site drops to −5 °C, so bring warm layers.")]
_FREEZER = [Document(id="faq", content="Our chest freezers hold goods at 0 °F or colder; the cold room is 38 °F.")]


def _supported(answer: str, docs: list[Document]) -> bool:
    return all(v.supported for v in score_answer(answer, docs, query="How cold is it?").support)


def test_a_figure_below_zero_converts_with_its_sign():
    assert general_conversion("23", [5.0], "drops to −5 °C (23 °F)")
    assert general_conversion("23", [5.0], "drops to -5 °C (23 °F)")
    assert not general_conversion("41", [5.0], "drops to −5 °C (41 °F)")
    # a converted figure below zero: 0 °F is about −18 °C
    assert general_conversion("18", [0.0], "at 0 °F (about −18 °C)")
    assert not general_conversion("18", [0.0], "at 0 °F (about 18 °C)")
    # a range is no minus
    assert general_conversion("41", [5.0], "between 3-5 °C (37-41 °F)")


def test_the_right_conversion_below_zero_is_held():
    assert _supported("On winter nights the viewing site drops to −5 °C (23 °F), so bring warm layers.", _SITE)
    assert _supported("On winter nights the viewing site drops to -5 °C (about 23 °F), so bring warm layers.", _SITE)
    assert _supported("Our chest freezers hold goods at 0 °F (about −18 °C) or colder.", _FREEZER)


def test_the_conversion_of_the_unsigned_figure_stays_flagged():
    assert not _supported("On winter nights the viewing site drops to −5 °C (41 °F), so bring warm layers.", _SITE)
    assert not _supported("On winter nights the viewing site drops to −5 °C (21 °F), so bring warm layers.", _SITE)
    assert not _supported("Our chest freezers hold goods at 0 °F (about 18 °C) or colder.", _FREEZER)


def test_a_conversion_above_zero_is_unchanged():
    assert _supported("The cold room is 38 °F (about 3 °C).", _FREEZER)
    assert not _supported("The cold room is 38 °F (about 8 °C).", _FREEZER)


def test_an_unsigned_copy_of_a_figure_below_zero_is_no_operand():
    # the site drops to −5 °C: "−15 °C (5 °F)" is right arithmetic from a changed figure, not from the evidence's −5
    assert not _supported("On winter nights the viewing site drops to −15 °C (5 °F), so bring warm layers.", _SITE)
    assert not general_conversion("15", [5.0], "drops to −15 °C (5 °F)", lambda: frozenset({5.0}))
    assert general_conversion("15", [5.0], "drops to −15 °C (5 °F)")
