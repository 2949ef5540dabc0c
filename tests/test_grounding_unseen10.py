"""Readings the ground10 round fixed, each for a cause that raised false alarms on at least two authors' read
sets, with its control that the wrong reading is still flagged.

The fixtures are this file's own (a water meter, a kayak centre): a supported reading and the same sentence
with one figure changed, which must stay flagged.
"""

from __future__ import annotations

from llmops_kit.arithmetic_steps import converted
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

# ---- a unit conversion the table lacked: cubic metres and litres, stone and kilograms -------------------

METER = [Document(id="tool:meter_reading", content="previous reading m3: 1234.\ncurrent reading m3: 1262.")]
KAYAKS = [Document(id="kb-1002", content="Our sit-on kayaks take paddlers up to 120 kg.")]


def test_a_volume_in_litres_and_a_weight_in_stone_convert() -> None:
    """28 m³ is 28,000 litres; 19 stone is 120.7 kg, 'about 121 kg' as written."""
    assert converted("28000", [28.0], "28 cubic metres, which is 28,000 litres")
    assert converted("121", [19.0], "19 stone is about 121 kg")


def test_a_wrong_conversion_is_still_not_read_as_one() -> None:
    """Control: 28 m³ is not 2,800 litres, 19 stone is not 130 kg; a '1st' names no stone."""
    assert not converted("2800", [28.0], "28 cubic metres, which is 2,800 litres")
    assert not converted("130", [19.0], "19 stone is about 130 kg")
    assert not converted("6.35", [1.0], "the 1st kayak takes 6.35 kg")


def test_a_converted_reading_and_weight_are_supported_end_to_end() -> None:
    answer = "1262 - 1234 = 28 cubic metres, which is 28,000 litres."
    assert [v.verdict for v in score_answer(answer, METER, query="How much water did I use?").support] == [
        "supported"]
    answer = "19 stone is about 121 kg, just over the 120 kg limit."
    assert [v.verdict for v in score_answer(answer, KAYAKS, query="I'm 19 stone, can I take a kayak?").support] == [
        "supported"]


def test_a_wrong_converted_reading_or_weight_is_still_flagged_end_to_end() -> None:
    """Control: 2,800 litres and 131 kg are no conversion of the grounded figures."""
    answer = "1262 - 1234 = 28 cubic metres, which is 2,800 litres."
    assert [v.verdict for v in score_answer(answer, METER, query="How much water did I use?").support] != [
        "supported"]
    answer = "19 stone is about 131 kg, over the 120 kg limit."
    assert [v.verdict for v in score_answer(answer, KAYAKS, query="I'm 19 stone, can I take a kayak?").support] != [
        "supported"]
