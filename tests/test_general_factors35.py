"""Exact factors of general knowledge the conversion table lacked: metres and miles ("850 m, which is about 0.53
miles"), metres per second and km/h ("90 m/s, roughly 324 km/h"), grams and ounces ("250g, about 8.8 oz")
(:func:`llmops_kit.arithmetic_steps.converted`). Controls: a wrong conversion stays flagged, and so does the factor
applied the wrong way ("90 m/s, roughly 25 km/h": 90 divided by 3.6); the claim must name both units.

The fixtures are this file's own (a running club's loop, a climbing gym's zip line, a tea shop's tins).
"""

from __future__ import annotations

import pytest

from llmops_kit import arithmetic_steps
from llmops_kit.quality import HeuristicScorer
from llmops_kit.traces import Document

LOOP = [Document(id="kb-351", content="The park loop we run on Thursdays is 4,800 m, all on gravel paths.")]
LAP = [Document(id="kb-354", content="The warm-up lap around the track is 800 m.")]
ZIP = [Document(id="kb-352", content="Riders on the zip line reach 15 m/s at the lowest point of the line.")]
TIN = [Document(id="kb-353", content="Our loose-leaf tea comes in a 125g tin for £7.50.")]

RIGHT = [
    ("The park loop we run on Thursdays is 4,800 m, which is about 2.98 miles.", LOOP),
    ("The park loop is 4,800 m, roughly 3 miles.", LOOP),
    ("The warm-up lap is 800 m, about 0.5 miles.", LAP),  # a figure under 1, read ".5"
    ("Riders reach 15 m/s, which is 54 km/h, at the lowest point of the line.", ZIP),
    ("The loose-leaf tea comes in a 125g tin (about 4.4 oz) for £7.50.", TIN),
]
WRONG = [
    ("The park loop we run on Thursdays is 4,800 m, which is about 3.5 miles.", LOOP),  # a wrong factor
    ("The warm-up lap is 800 m, about 0.8 miles.", LAP),
    ("Riders reach 15 m/s, which is 60 km/h, at the lowest point of the line.", ZIP),  # a wrong conversion
    ("Riders reach 15 m/s, which is about 4.2 km/h, at the lowest point of the line.", ZIP),  # the wrong way
    ("The loose-leaf tea comes in a 125g tin (about 5 oz) for £7.50.", TIN),  # rounded too far
    ("The loose-leaf tea comes in a 125g tin (about 3,544 oz) for £7.50.", TIN),  # the wrong way
    ("The loose-leaf tea comes in a 150g tin (about 5.3 oz) for £7.50.", TIN),  # a changed figure, rightly converted
]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixtures."""
    return [v.verdict for v in HeuristicScorer().score(answer, docs, query="How far / fast / heavy is it?").support]


@pytest.mark.parametrize("answer,docs", RIGHT)
def test_a_right_conversion_by_a_general_factor_is_supported(answer: str, docs: list[Document]) -> None:
    assert _verdicts(answer, docs) == ["supported"], answer


@pytest.mark.parametrize("answer,docs", WRONG)
def test_a_wrong_or_reversed_conversion_stays_flagged(answer: str, docs: list[Document]) -> None:
    assert _verdicts(answer, docs) != ["supported"], answer


def test_the_factor_is_read_the_way_the_units_are_written() -> None:
    claim = "About 90 m/s, which is roughly 324 km/h."
    assert arithmetic_steps.converted("324", [90.0], claim)
    assert not arithmetic_steps.converted("25", [90.0], "About 90 m/s, which is roughly 25 km/h.")
    # a figure written in no unit of the factor is no conversion by it
    assert not arithmetic_steps.converted("324", [90.0], "About 90 m/s; we sold 324 masks at 5 km/h.")


def test_without_the_general_factors_the_conversions_were_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arithmetic_steps, "_UNIT_RES", arithmetic_steps.unit_patterns(
        arithmetic_steps._CONVERSIONS + arithmetic_steps._FINE_CONVERSIONS))
    for answer, docs in RIGHT[2:]:
        assert _verdicts(answer, docs) != ["supported"], answer
