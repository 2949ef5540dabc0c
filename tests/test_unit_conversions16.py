"""A figure converted to another unit of its measure that the conversion table lacked: millimetres and inches
("45 x 70 mm, about 1.75 x 2.75 in"), knots and km/h or mph ("25 knots is about 46 km/h"), a length in feet and
inches ("1,8 m, just under 5 ft 11 in"), each within the rounding the claim writes (a hedged "about 3.5 in" to
the quarter inch, feet and inches to the inch) (:func:`llmops_kit.arithmetic_steps.converted`). Controls: a wrong
conversion of each stays flagged.

The fixtures are this file's own (a sailing school's wind limit, a print shop's labels, a garden fence rule).
"""

from __future__ import annotations

import pytest

from llmops_kit import arithmetic_steps, asked_units
from llmops_kit.quality import HeuristicScorer
from llmops_kit.text import numbers
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

WIND = [Document(id="kb-990", content="Lessons are cancelled when the forecast wind is above 25 knots.")]
LABELS = [Document(id="kb-991", content="We print shipping labels at 45 x 70 mm on matte paper.")]
FENCE = [Document(id="kb-992", content="Garden fences may be at most 1,8 m high; anything taller needs a permit.")]

KNOTS = ("25 knots is about 46 km/h, the wind above which lessons are cancelled.", WIND, "What is 25 knots in km/h?")
INCHES = ("45 x 70 mm (about 1.75 x 2.75 in).", LABELS, "How big are the shipping labels?")
FEET = ("1,8 m, which is just under 5 ft 11 in.", FENCE, "How high may a fence be in feet?")


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in HeuristicScorer().score(answer, docs, query=query).support]


@pytest.mark.parametrize("case", [KNOTS, INCHES, FEET], ids=["knots", "inches", "feet-and-inches"])
def test_a_conversion_within_its_rounding_is_supported(case: tuple[str, list[Document], str]) -> None:
    assert _verdicts(*case) == ["supported"]


def test_without_the_new_units_knots_and_inches_were_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arithmetic_steps, "_UNIT_RES", arithmetic_steps.unit_patterns(arithmetic_steps._CONVERSIONS))
    # the question asks "in km/h" of its own 25 knots: the asked-unit reading (conv33) would read it from the full
    # table, so it is off here too
    monkeypatch.setattr(asked_units, "READ_ASKED_UNITS", False)
    # the dimension lists' unit (table55) gives "1.75" its "in" too, which turns the old "contradicted" into
    # "absent": the world before the new units had no such reading, so it is off here as well
    monkeypatch.setattr(numbers, "READ_DIMENSION_LISTS", False)
    with fresh_scores(numbers.quantities, numbers.typed_quantities):
        assert _verdicts(*KNOTS) == ["absent"]
        assert _verdicts(*INCHES) == ["contradicted"]


def test_without_the_quarter_rounding_a_hedged_quarter_inch_was_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arithmetic_steps, "_HEDGE_RE", arithmetic_steps.re.compile(r"(?!)"))
    assert _verdicts(*INCHES) != ["supported"]


def test_without_feet_and_inches_the_inches_were_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arithmetic_steps, "_in_feet_and_inches", lambda *args: False)
    assert _verdicts(*FEET) == ["absent"]


@pytest.mark.parametrize("answer, docs, query", [
    ("25 knots is about 60 km/h, the wind above which lessons are cancelled.", WIND, "What is 25 knots in km/h?"),
    ("45 x 70 mm (about 1.75 x 3.25 in).", LABELS, "How big are the shipping labels?"),
    ("1,8 m, which is just under 6 ft 3 in.", FENCE, "How high may a fence be in feet?"),
    ("45 x 70 mm (1.75 x 2.75 in).", LABELS, "How big are the shipping labels?"),
], ids=["knots", "inches", "feet-and-inches", "unhedged-quarter"])
def test_a_wrong_conversion_is_still_flagged(answer: str, docs: list[Document], query: str) -> None:
    """Controls: 25 knots is 46.3 km/h; 70 mm is 2.76 in; 1.8 m is 5 ft 10.9 in; an unhedged quarter claims the
    hundredth (2.756 is no 2.75)."""
    assert _verdicts(answer, docs, query) != ["supported"]


def test_feet_and_inches_read_to_the_inch() -> None:
    assert arithmetic_steps.converted("5", [2.25], "2,25 m, which is just under 7 ft 5 in")
    assert arithmetic_steps.converted("7", [2.25], "2,25 m, which is just under 7 ft 5 in")
    assert not arithmetic_steps.converted("6", [2.25], "2,25 m, which is just under 7 ft 6 in")
