"""A clock time written with a dot between hour and minutes ("6.00–22.00", "kl. 7.42") is read as the time it is when
the text makes it one (``READ_DOTTED_HOURS`` in :mod:`llmops_kit.text.numbers`, the ``dots45`` round): a range of
two, or after a word only a time follows. Each case with a control; the fixtures are this file's own."""

from __future__ import annotations

import pytest

from llmops_kit import quality
from llmops_kit.quality import score_answer
from llmops_kit.text import numbers, numbers_in, times_in
from llmops_kit.traces import Document

BATHS = [Document(id="hall-2", content="Opening hours: Monday to Friday 6.30–21.30, Saturday and Sunday 9.00–19.00. "
                                       "The steam room stays open until 20.00 every day. Entry 7.50 €.")]
NURSERY = [Document(id="reg-1", content="absence: reported.\nreported at: 07:42.\nchild: Ida.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    quality._memo.clear()  # a verdict kept from another switch setting is not this one's
    return [v.verdict for v in score_answer(answer, docs).support]


@pytest.mark.parametrize(("text", "times"), [
    ("Monday to Friday 6.30–21.30", {"06:30", "21:30"}),
    ("open 9.00 to 19.00", {"09:00", "19:00"}),
    ("reported at kl. 7.42", {"07:42"}),
    ("klo 18.15 alkaen", {"18:15"}),
    ("Einlass um 9.15", {"09:15"}),
])
def test_a_dotted_time_the_text_marks_as_one_is_a_clock_time(text: str, times: set[str]) -> None:
    assert times_in(text) == times


def test_the_figures_of_a_dotted_range_are_times_not_numbers() -> None:
    assert numbers_in("Monday to Friday 6.30–21.30") == frozenset()


@pytest.mark.parametrize("text", ["tickets 6.50–8.00 €", "€ 6.50-8.00", "EUR 6.50-8.00 a day", "1.20-2.40 m",
                                  "entry at 7.50", "a 2.30 surcharge"])
def test_control_money_measures_and_lone_figures_stay_figures(text: str) -> None:
    assert times_in(text) == frozenset()


def test_a_weekend_range_changed_to_another_day_s_closing_is_contradicted() -> None:
    assert _verdicts("Saturday and Sunday 9.00–21.30.", BATHS) == ["contradicted"]
    assert _verdicts("Saturday and Sunday 9.00–19.00.", BATHS) == ["supported"]  # control: as the article says


def test_a_dotted_time_matches_the_record_s_colon_time() -> None:
    assert _verdicts("Yes, the absence was reported at kl. 7.42.", NURSERY) == ["supported"]
    assert _verdicts("Yes, the absence was reported at kl. 7.24.", NURSERY) == ["absent"]  # control: another time


def test_switched_off_dotted_times_are_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numbers, "READ_DOTTED_HOURS", False)
    numbers.times_in.cache_clear()  # type: ignore[attr-defined]
    try:
        assert times_in("Monday to Friday 6.30–21.30") == frozenset()
        assert _verdicts("Saturday and Sunday 9.00–21.30.", BATHS) == ["supported"]
    finally:
        monkeypatch.setattr(numbers, "READ_DOTTED_HOURS", True)
        numbers.times_in.cache_clear()  # type: ignore[attr-defined]
