"""A size written as an adjective with a hyphen ("a 16-inch mirror") names its unit for a conversion, and a hedged
figure in fives ("about 40 cm") is the conversion rounded to the nearest 5; a wrong figure stays flagged."""

from llmops_kit.arithmetic_steps import converted
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

_SCOPES = [Document(id="faq", content="Our telescopes: two 16-inch Dobsonians and one 10-inch Dobsonian.")]
_TANKS = [Document(id="faq", content="Each kayak carries a 5-gallon dry bag and a 2-mile tow line.")]


def _supported(answer: str, docs: list[Document]) -> bool:
    return all(v.supported for v in score_answer(answer, docs, query="How big is it?").support)


def test_a_hyphened_unit_is_named():
    assert converted("41", [16.0], "A 16-inch Dobsonian is about 41 cm across.")
    assert converted("3.2", [2.0], "a 2-mile tow line (3.2 km)")
    assert not converted("45", [16.0], "A 16-inch Dobsonian is about 45 cm across.")


def test_a_hedged_figure_in_fives_is_rounded_to_the_nearest_5():
    assert converted("40", [16.0], "A 16-inch Dobsonian is about 40 cm across.")
    assert not converted("40", [16.0], "A 16-inch Dobsonian is 40 cm across.")  # no hedge: to the unit
    assert not converted("35", [16.0], "A 16-inch Dobsonian is about 35 cm across.")
    # 7.62: its nearest 5 is 10, but it is below 10
    assert not converted("10", [3.0], "A 3-inch finder is about 10 cm across.")


def test_the_right_sizes_are_held():
    assert _supported("We use two 16-inch Dobsonians (about 40 cm across) and a 10-inch one (about 25 cm).", _SCOPES)
    assert _supported("A 16-inch Dobsonian is about 41 cm across.", _SCOPES)
    assert _supported("The 2-mile tow line is about 3.2 km.", _TANKS)


def test_a_wrong_size_stays_flagged():
    assert not _supported("A 16-inch Dobsonian is about 45 cm across.", _SCOPES)
    assert not _supported("A 10-inch Dobsonian is about 30 cm across.", _SCOPES)
    assert not _supported("The 2-mile tow line is about 4.2 km.", _TANKS)


def test_rounding_to_the_nearest_5_only_from_a_held_figure():
    claim = "Two 20-inch Dobsonians (about 50 cm across)."
    assert converted("50", [20.0], claim)
    assert not converted("50", [20.0], claim, held=[])  # 20 worked out by the answer, not held by a source
