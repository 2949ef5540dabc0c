"""A case-blind pattern matches four non-ASCII letters as ASCII ones (ı, İ as i; ſ as s; the Kelvin sign as k).
The readers looked its match up in English word tables with ``str.lower()`` and raised ``KeyError`` or
``ValueError`` on such a text; these tests feed them that text, from the reader up to a whole diagnosis."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from llmops_kit import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.evidence_derived import _dates_named
from llmops_kit.io import parse_json
from llmops_kit.schedule_days import claimed_day_times
from llmops_kit.text.case_key import case_key

REPO = Path(__file__).resolve().parents[1]
ODD_LETTERS = {"s": "ſ", "k": "\u212a", "i": "ı", "I": "İ"}


def test_case_key_writes_the_letters_a_case_blind_pattern_matched_as_ascii() -> None:
    assert case_key("ſeptember") == "september"
    assert case_key("\u212aILO") == "kilo"
    assert case_key("FİVE") == case_key("fıve") == "five"
    assert case_key("Café") == "café"  # other letters only lower-cased


def test_dates_and_days_written_with_odd_letters_read_like_plain_ones() -> None:
    assert _dates_named("Due by 12 ſeptember") == _dates_named("Due by 12 September")
    assert claimed_day_times("Open weekendſ 9am-5pm") == claimed_day_times("Open weekends 9am-5pm")
    assert claimed_day_times("Open MONDAY 9am-5pm".replace("I", "İ")) == claimed_day_times("Open Monday 9am-5pm")


def _written_with(value: Any, plain: str, odd: str) -> Any:
    """``value`` with ``plain`` written as ``odd`` in every free text (a string with a space), keys and fixed values
    (ids, kinds, model names) left as they are."""
    if isinstance(value, dict):
        return {key: _written_with(item, plain, odd) for key, item in value.items()}
    if isinstance(value, list):
        return [_written_with(item, plain, odd) for item in value]
    if isinstance(value, str) and " " in value:
        return value.replace(plain, odd)
    return value


@pytest.mark.parametrize("plain, odd", sorted(ODD_LETTERS.items()))
def test_a_trace_written_with_odd_letters_is_diagnosed(plain: str, odd: str) -> None:
    """Dev traces with the letter ``plain`` written as ``odd`` in every text are diagnosed: no reader raises
    (before, a month, weekday or number word so written raised KeyError or ValueError inside the grounding)."""
    contract = load_contract()
    files = sorted((REPO / "tests" / "data" / "evalset" / "native").glob("*.json"))
    for path in files:
        raw = json.dumps(_written_with(json.loads(path.read_text(encoding="utf-8")), plain, odd))
        for trace in parse_json(raw, str(path)):
            assert diagnose(trace, contract).trace_id == trace.trace_id


def test_weekday_and_month_readers_take_odd_letters_like_plain_ones() -> None:
    """The weekday and month readers this stop's readings call look their case-blind matches up by ``case_key``."""
    from llmops_kit.text.calendar_dates import weekday_mentions

    assert weekday_mentions("Open Frıday and ſaturday") == weekday_mentions("Open Friday and Saturday")


def test_count_words_and_units_of_this_stops_readings_take_odd_letters_like_plain_ones() -> None:
    """Counts in words (unit_prices, written_comparisons) and a length of one unit (text.lengths) are looked up by
    ``case_key``: "sıx slots" and "fıve group places" raised KeyError, "a mınute" was no "1 minute"."""
    from llmops_kit.text.lengths import one_unit_lengths
    from llmops_kit.unit_prices import misapplied_unit_prices
    from llmops_kit.written_comparisons import contradicted_implied_comparisons

    step = "Bats 2 x MX$60 = MX$120"
    texts = ("Bats are MX$60 per bat per session.",)
    for six in ("six", "sıx", "ſix"):
        assert misapplied_unit_prices(step, texts, answer_text=f"You have {six} sessions. {step}") == ("60",)
    assert misapplied_unit_prices(step, texts, answer_text=f"You have one session. {step}") == ()
    prices = ("Group lessons: CHF 40 a place. A private tutor is CHF 150 a morning.",)
    for five in ("five", "fıve", "FİVE"):
        assert contradicted_implied_comparisons(f"At CHF 150 the tutor is dearer than {five} group places",
                                                prices) == ("150",)
    assert contradicted_implied_comparisons("At CHF 150 the tutor is dearer than three group places", prices) == ()
    assert one_unit_lengths("It takes a mınute") == one_unit_lengths("It takes a minute") == frozenset({"1 minute"})


def test_a_count_word_of_the_question_read_by_rate_units_takes_odd_letters_like_plain_ones() -> None:
    """The question's count of a unit (rate_units) is looked up by ``case_key``: "a ſix-hour ride" raised KeyError
    where "a six-hour ride" has the per-hour price given for the whole ride read as misapplied."""
    from llmops_kit.rate_units import misapplied_rate_units

    texts = ("Quad bikes are 400 MAD per hour per quad.",)
    answer = "The quad is 400 MAD per ride."
    for six in ("six", "ſix", "ſıx"):
        assert misapplied_rate_units(answer, texts, answer_text=answer,
                                     question=f"A {six}-hour ride for one, please") == ("400",)
    assert misapplied_rate_units(answer, texts, answer_text=answer, question="A one-hour ride for one, please") == ()


def test_the_count_words_of_this_stops_window_and_priced_count_readings_take_odd_letters_like_plain_ones() -> None:
    """A period's count in words (period_windows) and a priced count's (written_equations) are looked up by
    ``case_key``: "the ſix-month window" and "fıve lockers at £3 each" raised KeyError; the keyword pre-checks of
    period_windows read the claim by ``case_key`` too, so "wıthin" is still compared."""
    from llmops_kit.joined_acts import business_act
    from llmops_kit.period_windows import window_outcome
    from llmops_kit.written_equations import wrong_results

    rule = ["A failed test can be retaken free of charge within six months at the same centre."]
    asked = "I failed on 05/02/2027 and can come back on 20/09/2027. Is the retake free?"
    for six, inside in (("six", "inside"), ("ſix", "inside"), ("sıx", "wıthin")):
        claim = f"20/09/2027 is still {inside} the {six}-month window"
        assert window_outcome(claim, claim, asked, rule) == ("fails", date(2027, 8, 5))
    for five in ("five", "fıve", "FİVE"):
        assert wrong_results(f"{five} lockers at £3 each, which come to £16", lambda _: False) == ("16",)
    assert business_act("your dog is permıtted on the terrace") == business_act("your dog is permitted on the terrace")


def test_older_table_lookups_of_case_blind_matches_take_odd_letters_like_plain_ones() -> None:
    """Older readers looked a case-blind match up by ``str.lower()`` too: "3 dıcembre", "three-quarterſ of" and
    "20 ıSK" raised KeyError (foreign_facts, worded_forms, currency_marks; record_values, fraction_steps,
    entry_statuses, permitted_sides, frequency_counts and clock_periods were mended the same way)."""
    from llmops_kit.text.currency_marks import currencies_of
    from llmops_kit.text.foreign_facts import english_facts
    from llmops_kit.text.worded_forms import spell_forms

    assert english_facts("bis 3 dıcembre") == english_facts("bis 3 dicembre") == "bis 3 December"
    assert spell_forms("three-quarterſ of the seats") == spell_forms("three-quarters of the seats")
    assert currencies_of(["20 ıSK"]) == currencies_of(["20 ISK"])
