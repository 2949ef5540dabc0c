"""The fact-format benchmark's grid: a fixed split of locales, each figure written by CLDR, right and changed apart."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from llmops_kit.text import numbers_in

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def grid() -> Iterator[object]:
    sys.path.insert(0, str(BENCH))
    try:
        import bench_fact_formats

        yield bench_fact_formats
    finally:
        sys.path.remove(str(BENCH))


def test_the_halves_split_every_locale_once(grid) -> None:
    """Tune and held share no locale, cover all of them, and the seeded split is the same on every run."""
    split = grid.halves()
    assert set(split["tune"]).isdisjoint(split["held"])
    assert set(split["tune"]) | set(split["held"]) == set(grid.LOCALES)
    assert split == grid.halves()
    assert grid.halves(seed=grid.SPLIT_SEED + 1) != split


@pytest.mark.parametrize("kind", ["money", "time", "date"])
def test_each_pair_is_one_figure_and_its_change(grid, kind: str) -> None:
    """Every pair's changed figure differs from its right one, and no triple of texts comes twice."""
    found = grid.pairs(kind, ("en_GB", "de_DE", "sv_SE"))
    assert found
    assert all(p.right != p.changed for p in found)
    assert len({(p.article, p.right, p.changed) for p in found}) == len(found)


def test_money_is_written_with_and_without_decimals(grid) -> None:
    """A whole amount is written both ways in a currency with a minor unit, and one way where there is none."""
    swedish = [p for p in grid.pairs("money", ("sv_SE",)) if "950" in p.article]
    assert {numbers_in(p.article) for p in swedish} == {frozenset({"1950"})}
    assert len(swedish) == 4  # two article forms x two answer forms
    assert not [p for p in grid.pairs("money", ("ja_JP",)) if "12" in p.article]  # no 12.50 in yen


def test_a_swapped_day_and_month_is_among_the_changed_dates(grid) -> None:
    """2027-11-04 is also changed to 2027-04-11, the slip a day-first and a month-first reader make."""
    british = grid.pairs("date", ("en_GB",))
    assert any(p.right == "04/11/2027" and p.changed == "11/04/2027" for p in british)
