"""The customer's own figure said to meet a bound it crosses (:func:`llmops_kit.limit_sides.crossed_bound`, the
``options49`` round): "at 96 kg you're inside the Zipline's limit" against "the Zipline maximum is 95 kg", and "you
are 8, so the crew rate applies" against "crew rate for teams of more than 8 people" (a strict bound read as an
inclusive one). Controls: a figure on the bound's own side stays held, a claim that says the figure is past the
bound is the evidence's reading, and a bound on another subject is not read; with the switch off the old verdict
returns."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import limit_sides
from llmops_kit.limit_sides import crossed_bound
from llmops_kit.quality import Document

from .verdict_cases import documents_evidence, fresh_verdicts

WEIGHT_RULE = ("Riders must weigh at least 40 kg and at most 130 kg; the Zipline maximum is 95 kg. Everyone is "
               "weighed at the top.")
PRICES = "The Zipline ride is US$120 and the Treetop Walk US$60, per person."
PARK = [Document(id="w-1", content=WEIGHT_RULE), Document(id="w-2", content=PRICES)]
WEIGHT_ASKED = "I weigh {kg} kg. Can I ride the Zipline?"
WEIGHT_ANSWER = "Good news: at {kg} kg you're within the Zipline's limit, so the Zipline ride is yours for US$120."

CREW_RULE = ("Crew rate: 14,00 € per head for teams of more than 8 people who book at least 2 days ahead. Corporate "
             "teams get one free place for every 8 paid.")
ROOM = [Document(id="c-1", content=CREW_RULE)]
CREW_ASKED = "We're a running team of {n} and we're booking 4 days ahead. Do we get the crew rate?"
CREW_ANSWER = "Yes: you're {n} and booking more than 2 days ahead, so the crew rate applies at 14,00 € each."


def test_a_weight_just_over_a_maximum_said_to_be_within_it_is_contradicted() -> None:
    asked = WEIGHT_ASKED.format(kg=96)
    assert fresh_verdicts(WEIGHT_ANSWER.format(kg=96), PARK, asked) == ["contradicted"]
    found = crossed_bound(WEIGHT_ANSWER.format(kg=96).removeprefix("Good news: "), documents_evidence(PARK, asked))
    assert found is not None and "95 kg" in found[1]


def test_control_a_weight_under_the_maximum_stays_held() -> None:
    assert fresh_verdicts(WEIGHT_ANSWER.format(kg=94), PARK, WEIGHT_ASKED.format(kg=94)) == ["supported"]


def test_control_a_weight_said_to_be_over_the_limit_is_not_read() -> None:
    answer = "Sorry: at 96 kg you're over the Zipline's 95 kg maximum, so you can't ride it."
    assert crossed_bound(answer, documents_evidence(PARK, WEIGHT_ASKED.format(kg=96))) is None


def test_control_a_bound_on_another_subject_is_not_read() -> None:
    claim = "At 96 kg you're within the weight limit for the Treetop Walk, so the walk is yours for US$60"
    assert crossed_bound(claim, documents_evidence(PARK, "I weigh 96 kg. Can I do the Treetop Walk?")) is None


def test_a_count_equal_to_a_strict_bound_read_as_inside_it_is_contradicted() -> None:
    asked = CREW_ASKED.format(n=8)
    assert fresh_verdicts(CREW_ANSWER.format(n=8), ROOM, asked) == ["contradicted"]


def test_control_a_count_over_the_strict_bound_stays_held() -> None:
    assert crossed_bound(CREW_ANSWER.format(n=9).removeprefix("Yes: "),
                         documents_evidence(ROOM, CREW_ASKED.format(n=9))) is None
    assert fresh_verdicts(CREW_ANSWER.format(n=9), ROOM, CREW_ASKED.format(n=9)) == ["supported"]


def test_control_a_wrong_price_stays_flagged() -> None:
    answer = "Good news: at 94 kg you're within the Zipline's limit, so the Zipline ride is yours for US$150."
    assert fresh_verdicts(answer, PARK, WEIGHT_ASKED.format(kg=94)) == ["contradicted"]


def test_switched_off_the_old_verdicts_return() -> None:
    with patch.object(limit_sides, "READ_CROSSED_BOUNDS", False):
        assert fresh_verdicts(WEIGHT_ANSWER.format(kg=96), PARK, WEIGHT_ASKED.format(kg=96)) == ["supported"]
        assert crossed_bound(CREW_ANSWER.format(n=8), documents_evidence(ROOM, CREW_ASKED.format(n=8))) is None
        assert fresh_verdicts(CREW_ANSWER.format(n=8), ROOM, CREW_ASKED.format(n=8)) == ["supported"]


def test_a_figure_past_one_end_of_a_range_in_one_clause_is_contradicted() -> None:
    docs = [Document(id="s-1", content="Sledge riders must weigh at least 40 kg and at most 95 kg.")]
    claim = "At 96 kg you're within the sledge limit, so you can ride it"
    assert crossed_bound(claim, documents_evidence(docs, "I weigh 96 kg. Can I ride the sledge?")) is not None


def test_control_a_figure_inside_another_tier_of_the_clause_is_not_read() -> None:
    docs = [Document(id="t-1", content="For 30-59 minutes late you get 50% of the single fare back, and for 120 "
                                       "minutes or more 100% of the return fare.")]
    claim = "You can claim 50% of the single fare for a 42-minute delay"
    assert crossed_bound(claim, documents_evidence(docs, "My train was 42 minutes late. What can I claim?")) is None


def test_control_a_notice_rule_counted_before_an_event_is_not_read() -> None:
    docs = [Document(id="n-1", content="Pitches: up to 7 days before arrival you get a full refund less a £10 fee.")]
    claim = "At 10 days' notice you can have a full refund less the £10 fee"
    asked = "If I cancel my pitch 10 days before, do I get my money back?"
    assert crossed_bound(claim, documents_evidence(docs, asked)) is None
