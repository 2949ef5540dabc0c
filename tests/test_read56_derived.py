"""A count times a bracketed sum of amounts, read term by term (the ``derive56`` round,
:mod:`llmops_kit.distributed_products`): "2 × (75,00 € + 45,00 €) = 240,00 €" is "2 × 75,00 € + 2 × 45,00 € =
240,00 €". A wrong total, a price the sources do not hold and a count the customer did not give stay flagged."""

from __future__ import annotations

import sys
from typing import Any
from unittest.mock import patch

import pytest

from llmops_kit import distributed_products as module
from llmops_kit.distributed_products import distributed_products
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

HUNT = [
    Document(id="TR-1", content=("Walk the oak forest with our dogs and a family guide, about 2 hours, then a tasting "
                                 "of truffle fritaja and cheese: 75,00 € per person, children 6-12 35,00 €.")),
    Document(id="TR-2", content=("After the hunt, a three-course lunch with fresh truffles: 45,00 € per person, "
                                 "Istrian wine included.")),
]
HUNT_ASKED = "Hunt and lunch for 2 adults - total?"

DIVE = [Document(id="D-1", content="Boat dive: $85 per person. Lunch on board: $20 per person.")]
DIVE_ASKED = "Dive and lunch for 2 adults - total?"


def _every_cache() -> tuple[Any, ...]:
    """Every cached reader of the package: a switch is no part of their key, so a verdict with the switch off is
    read with all of them cleared, before and after."""
    return tuple({id(value): value for name, mod in list(sys.modules.items()) if name.startswith("llmops_kit")
                  for value in list(vars(mod).values()) if callable(getattr(value, "cache_clear", None))}.values())


def _verdicts(answer: str, docs: list[Document], asked: str) -> list[tuple[str, tuple[str, ...]]]:
    report = score_answer(answer, docs, query=asked)
    return [(claim.verdict, tuple(claim.missing)) for claim in report.support]


@pytest.mark.parametrize(("answer", "docs", "asked"), [
    ("2 × (75,00 € + 45,00 €) = 240,00 €.", HUNT, HUNT_ASKED),
    ("2 × ($85 + $20) = $210.", DIVE, DIVE_ASKED),
])
def test_right_bracketed_total_is_read(answer: str, docs: list[Document], asked: str) -> None:
    assert _verdicts(answer, docs, asked) == [("supported", ())]


@pytest.mark.parametrize(("answer", "docs", "asked"), [
    ("2 × (75,00 € + 45,00 €) = 240,00 €.", HUNT, HUNT_ASKED),
    ("2 × ($85 + $20) = $210.", DIVE, DIVE_ASKED),
])
def test_switch_off_gives_the_old_verdict(answer: str, docs: list[Document], asked: str) -> None:
    with fresh_scores(*_every_cache()), patch.object(module, "READ_DISTRIBUTED_PRODUCTS", False):
        verdict, missing = _verdicts(answer, docs, asked)[0]
    assert verdict != "supported" and missing
    with fresh_scores(*_every_cache()):
        assert _verdicts(answer, docs, asked) == [("supported", ())]


@pytest.mark.parametrize(("answer", "wrong"), [
    ("2 × (75,00 € + 45,00 €) = 250,00 €.", "250"),  # the sum does not come out
    ("2 × (75,00 € + 55,00 €) = 260,00 €.", "55"),  # a price no source gives
    ("3 × (75,00 € + 45,00 €) = 360,00 €.", "3"),  # a count the customer did not give
])
def test_wrong_bracketed_totals_stay_flagged(answer: str, wrong: str) -> None:
    ((verdict, missing),) = _verdicts(answer, HUNT, HUNT_ASKED)
    assert verdict != "supported"
    assert wrong in missing


def test_flat_form_is_read_as_before() -> None:
    assert _verdicts("2 × 75,00 € + 2 × 45,00 € = 240,00 €.", HUNT, HUNT_ASKED) == [("supported", ())]


@pytest.mark.parametrize(("claim", "read"), [
    ("2 × (75,00 € + 45,00 €) = 240,00 €", "2 × 75,00 € + 2 × 45,00 € = 240,00 €"),
    ("4 × (45 zł + 15 zł run-flat) = 240 zł", "4 × 45 zł + 4 × 15 zł run-flat = 240 zł"),
    ("3 x ($85 + $5 + $10) = $300", "3 x $85 + 3 x $5 + 3 x $10 = $300"),
])
def test_distributed_products_writes_each_term(claim: str, read: str) -> None:
    assert distributed_products(claim) == read


@pytest.mark.parametrize("claim", [
    "2 × (46 + 56) = 204 cm",  # bare figures: a perimeter, read by the length reader
    "3 × (€10 - €2) = €24",  # not a sum
    "2 × (VAT included) = €24",  # words only
    "2 × 75,00 € (45,00 € for lunch)",  # no sign before the bracket
])
def test_other_brackets_stay_as_written(claim: str) -> None:
    assert distributed_products(claim) == claim


def test_switch_off_leaves_the_claim() -> None:
    with patch.object(module, "READ_DISTRIBUTED_PRODUCTS", False):
        assert distributed_products("2 × (75,00 € + 45,00 €) = 240,00 €") == "2 × (75,00 € + 45,00 €) = 240,00 €"
