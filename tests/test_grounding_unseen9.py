"""Readings the ground9 round fixed after reading a new author's misses (holdout8, then holdout7), each with its
control that the wrong reading is still flagged.

The fixtures are this file's own (a boat yard, a music school, a florist, a van hire desk): a supported reading
and the same sentence with one fact changed, which must stay unsupported.
"""

from __future__ import annotations

import pytest

from llmops_kit.arithmetic_steps import converted
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.quality import score_answer
from llmops_kit.record_fields import field_clash
from llmops_kit.schedule_days import claimed_day_times, day_times, misplaced_day
from llmops_kit.text import identifiers_in, numbers_in
from llmops_kit.text.arithmetic import written_period_factors
from llmops_kit.text.enumeration import listed_counts
from llmops_kit.text.numbers import evidence_numbers, typed_quantities
from llmops_kit.traces import Document

BERTHS = [Document(id="kb-901", content="Each winter berth is 8 m by 12 m on hard standing. The store shed is "
                                        "90 square metres. Our van has a 600-litre load bay.")]
LESSONS = [Document(id="kb-902", content="Lessons run in the mornings (9am-12pm) and afternoons (1pm-5pm). "
                                         "Instruments can be hired except for pianos and harps.")]
FLOWERS = [Document(id="kb-903", content="Bouquets are made to order. Payment is taken on the day of delivery.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs).support]


# ---- areas and volumes in the other system, rounded as written -----------------------------------------

def test_an_area_and_a_volume_convert_to_feet() -> None:
    """90 m² is 968.75 sq ft; 600 litres is 21.19 cubic feet; a round 'about 970' is a rounding of it."""
    assert converted("969", [90.0], "the shed is 90 m², about 969 sq ft")
    assert converted("970", [90.0], "the shed is 90 m², about 970 sq ft")
    assert converted("21.2", [600.0], "600 litres, roughly 21.2 cubic feet")


def test_a_round_figure_is_no_rounding_of_a_far_conversion() -> None:
    """Control: trailing zeros allow at most 1% ('1,000' is no rounding of 968.75 sq ft), and a wrong figure
    stays wrong."""
    assert not converted("1000", [90.0], "the shed is 90 m², about 1,000 sq ft")
    assert not converted("24.2", [600.0], "600 litres, roughly 24.2 cubic feet")


def test_a_converted_area_is_supported() -> None:
    answer = "The store shed is 90 m², roughly 969 sq ft."
    assert _verdicts(answer, BERTHS) == ["supported"]


def test_an_area_the_answer_derives_may_be_converted() -> None:
    """8 m by 12 m is 96 m² (a product of grounded figures), and 96 m² is about 1,033 sq ft."""
    assert "absent" not in _verdicts("A winter berth is 8 m by 12 m, so 96 m², about 1,033 sq ft.", BERTHS)


def test_a_wrong_conversion_is_still_flagged() -> None:
    """Control: 90 m² is not 1,200 sq ft."""
    assert _verdicts("The store shed is 90 m², roughly 1,200 sq ft.", BERTHS) == ["absent"]


# ---- a count of the list the claim gives -----------------------------------------------------------------

def test_a_count_of_the_list_beside_it_is_read() -> None:
    assert listed_counts("Lessons run in two sessions, 9am-12pm and 1pm-5pm") == {"2"}
    assert listed_counts("Hire is open except for two instruments: pianos, and harps") == {"2"}
    assert listed_counts("We need 2 adults, 1 child and a dog") == frozenset()  # a list of quantities


def test_a_count_the_list_confirms_is_supported() -> None:
    answer = "Lessons run in two sessions, 9am-12pm and 1pm-5pm."
    assert _verdicts(answer, LESSONS) == ["supported"]


def test_a_count_the_list_does_not_confirm_is_still_absent() -> None:
    """Control: three sessions, two listed."""
    assert listed_counts("Lessons run in three sessions, 9am-12pm and 1pm-5pm") == frozenset()
    assert _verdicts("Lessons run in three sessions, 9am-12pm and 1pm-5pm.", LESSONS) == ["absent"]


# ---- 'not until': a time limit, not a denial --------------------------------------------------------------

def test_not_until_is_a_time_not_a_denial() -> None:
    answer = "Payment isn't taken until the day of delivery."
    assert _verdicts(answer, FLOWERS) == ["supported"]


def test_a_plain_denial_the_evidence_does_not_make_is_still_unsupported() -> None:
    """Control: the same words without 'until' deny what the article states."""
    assert _verdicts("Payment isn't taken on the day of delivery.", FLOWERS) != ["supported"]


# ---- a time of day stated with the day the evidence gives it ---------------------------------------------

CLASSES = [Document(id="kb-904", content="Group guitar classes: every Tuesday at 19:00 and every Friday at 17:00. "
                                         "Open day on the last Saturday of the month at 10:00. Office open Mon-Fri "
                                         "9am-6pm, Sat 9am-12pm.")]


def test_day_times_read_a_schedule_by_its_parts() -> None:
    assert claimed_day_times("Classes are every Friday at 17:00") == {(4, "17:00")}
    assert claimed_day_times("Open Monday to Friday 9am-6pm, Saturday 9am-12pm") >= {(0, "18:00"), (5, "12:00")}
    assert (5, "18:00") not in claimed_day_times("Open Monday to Friday 9am-6pm, Saturday 9am-12pm")
    assert claimed_day_times("Classes are on Friday 12 June at 17:00") == frozenset()  # a dated day is the date's
    assert (5, "12:00") in day_times("Office open Mon-Fri 9am-6pm, Sat 9am-12pm.")
    assert (5, "18:00") not in day_times("Office open Mon-Fri 9am-6pm, Sat 9am-12pm.")


def test_a_schedule_as_the_evidence_gives_it_is_supported() -> None:
    answer = "Group guitar classes are every Tuesday at 19:00 and every Friday at 17:00."
    assert _verdicts(answer, CLASSES) == ["supported"]
    assert _verdicts("The office is open Monday to Friday 9am-6pm, Saturday 9am-12pm.", CLASSES) == ["supported"]


def test_a_time_moved_to_another_named_day_is_contradicted() -> None:
    """Saturday is named (the open day) and 17:00 is a class time, but never together."""
    answer = "Group guitar classes are every Tuesday at 19:00 and every Saturday at 17:00."
    assert _verdicts(answer, CLASSES) == ["contradicted"]


def test_a_range_of_days_stretched_over_another_schedule_is_contradicted() -> None:
    """Saturday closes at 12pm, not 6pm."""
    assert _verdicts("The office is open Monday to Saturday 9am-6pm.", CLASSES) == ["contradicted"]


def test_a_day_the_evidence_gives_no_times_is_not_read() -> None:
    """Control of the reading's reach: Sunday is no day the evidence gives any time, so the pair is not judged
    here (the absent name is the hard-fact step's)."""
    assert misplaced_day("Classes are every Sunday at 17:00.", Evidence([EvidenceSource("kb", CLASSES[0].content)],
                                                                         r"\[\d+\]")) is None


# ---- a price for what the evidence says is free -----------------------------------------------------------

HIRE = [Document(id="kb-905", content="- Roof bars and ratchet straps: free of charge.\n- A sack truck is £8 a day.\n"
                                      "- Late returns are charged at £15 an hour.")]


def test_a_price_for_what_the_evidence_gives_free_is_contradicted() -> None:
    """£8 is a price the article states, but for the sack truck; roof bars are free."""
    assert _verdicts("Roof bars cost £8 each.", HIRE) == ["contradicted"]


def test_a_price_stated_for_its_own_subject_beside_a_free_one_is_supported() -> None:
    """Control: the sack truck is £8, and a claim saying the roof bars are free agrees."""
    assert _verdicts("A sack truck is £8 a day.", HIRE) == ["supported"]
    assert _verdicts("Roof bars and ratchet straps are free of charge.", HIRE) == ["supported"]


# ---- dates read whole, and reached by weeks written in words ----------------------------------------------

ORDER = [Document(id="tool:order", content="order no: FL-2231.\ndelivery: 2026-05-16.\nbalance due: 2026-05-09.\n"
                                           "deposit gbp: 12.0."),
         Document(id="kb-906", content="Wedding flowers need at least six weeks' notice. Markets run 3-5 June.")]


def test_a_date_the_record_states_is_supported() -> None:
    assert _verdicts("FL-2231: the balance is due by 9 May 2026.", ORDER) == ["supported"]
    # a day inside a range of days is stated too (its number alone is the hard-fact step's)
    evidence = Evidence([EvidenceSource(d.id, d.content) for d in ORDER], r"\[\d+\]")
    assert evidence.misdated("The market runs on 4 June", "") is None
    assert evidence.misdated("The market runs on 8 June", "") is not None


def test_a_date_no_source_states_is_contradicted_when_its_month_has_another() -> None:
    """12 is a figure the record holds (the deposit), but 12 May is no date it states; it states 9 and 16 May."""
    assert _verdicts("FL-2231: the balance is due by 12 May 2026.", ORDER) == ["contradicted"]


def test_a_date_reached_by_weeks_written_in_words_is_supported() -> None:
    """Six weeks before 16 May is 4 April: date arithmetic on a date a source states, the weeks spelled out."""
    answer = "Wedding flowers need six weeks' notice, so order by 4 April for the 16 May delivery."
    assert _verdicts(answer, ORDER) == ["supported"]


def test_a_date_the_weeks_do_not_reach_is_still_flagged() -> None:
    """Control: six weeks before 16 May is not 11 April."""
    answer = "Wedding flowers need six weeks' notice, so order by 11 April for the 16 May delivery."
    assert _verdicts(answer, ORDER) != ["supported"]


# ---- a record's field names, and its fields restated ----------------------------------------------------

LESSON = [Document(id="tool:lesson_lookup", content="booking id: MS-40211.\ninstrument: cello.\npaid gbp: 30.0.\n"
                                                    "state: confirmed.\nroom 1: free.\nroom 2: taken.")]


def test_a_status_word_the_record_uses_as_a_field_name_is_no_status() -> None:
    """'£30.00 paid' restates the 'paid gbp' field; the record's state (confirmed) is not contradicted."""
    assert _verdicts("Booking MS-40211: cello lesson, £30.00 paid.", LESSON) == ["supported"]


def test_a_status_the_record_does_not_give_is_still_contradicted() -> None:
    """Control: 'cancelled' is no field of the record and not its state."""
    assert _verdicts("Booking MS-40211 was cancelled.", LESSON) == ["contradicted"]


def test_a_field_restated_with_its_value_is_supported() -> None:
    assert field_clash("Room 1: free", _evidence(LESSON)) is None
    assert field_clash("Room 2: taken", _evidence(LESSON)) is None


def test_a_field_restated_with_another_value_is_contradicted() -> None:
    """'free' is a value the record holds, but for room 1; room 2 is taken."""
    assert field_clash("Room 2: free", _evidence(LESSON)) is not None
    assert "contradicted" in _verdicts("Room 1: free\nRoom 2: free", LESSON)


def _evidence(docs: list[Document]) -> Evidence:
    return Evidence([EvidenceSource(d.id, d.content, prose=False) for d in docs], r"\[\d+\]")


# ---- calendar factors written as operands ---------------------------------------------------------------

PLANS = [Document(id="kb-907", content="Instrument insurance costs £6.50 a month. Practice rooms are £30 a month.")]


def test_a_calendar_factor_written_as_an_operand_is_read() -> None:
    assert written_period_factors("£6.50 × 12 = £78 a year") == {12.0}
    assert written_period_factors("£30 × 12 ÷ 52 a week") == {12.0, 52.0}
    assert written_period_factors("£6.50 × 13 = £84.50 a year") == frozenset()  # 13 is no calendar factor
    assert written_period_factors("£6.50 × 12 = £78") == frozenset()  # no period named


def test_a_yearly_and_a_weekly_figure_written_out_are_supported() -> None:
    assert _verdicts("Insurance is £6.50 × 12 = £78 a year.", PLANS) == ["supported"]
    assert _verdicts("A practice room is about £6.92 a week (£30 × 12 ÷ 52).", PLANS) == ["supported"]


def test_a_wrong_yearly_figure_is_still_flagged() -> None:
    """Control: £6.50 × 12 is not £88."""
    assert _verdicts("Insurance is £6.50 × 12 = £88 a year.", PLANS) != ["supported"]
    assert _verdicts("A practice room is about £7.92 a week (£30 × 12 ÷ 52).", PLANS) != ["supported"]


# ---- a time of day answers a where / when question ------------------------------------------------------

VAN = [Document(id="tool:van_status", content="booking: VH-20931.\ndriver: Sam.\neta: 10:40.")]
WHERE = "Where is the van for booking VH-20931?"


def test_a_grounded_time_the_question_did_not_state_is_the_answer() -> None:
    """'on the road' is worded freely; the answer to 'where' is the record's eta, a grounded time."""
    answer = "Booking VH-20931: Sam is on the road and arrives at about 10:40."
    assert [v.verdict for v in score_answer(answer, VAN, query=WHERE).support] == ["supported"]


def test_an_answer_without_a_fact_of_its_own_is_still_unsupported() -> None:
    """Control: the same words with no time answer 'where' from nowhere; a wrong time is absent."""
    assert [v.verdict for v in score_answer("Booking VH-20931: Sam is on the road.", VAN,
                                            query=WHERE).support] == ["unsupported"]
    assert [v.verdict for v in score_answer("Booking VH-20931: Sam is on the road and arrives at about 11:40.",
                                            VAN, query=WHERE).support] == ["absent"]


# ---- a range of codes of one series ------------------------------------------------------------------------

AREAS = [Document(id="kb-908", content="We deliver to BS1-BS9 the next day and to BS10-BS16 within three days.")]


def test_a_range_of_codes_names_its_two_ends() -> None:
    assert identifiers_in("We cover BS1-BS16") == {"bs1", "bs16"}
    assert identifiers_in("Claim CLM-2025-004817") == {"clm2025004817"}  # one code, not a range
    assert identifiers_in("Seat B12-C14") == {"b12c14"}  # two series: one code as written


def test_a_range_joining_two_of_the_evidence_ranges_is_supported() -> None:
    assert _verdicts("We deliver to BS1-BS16.", AREAS) == ["supported"]


def test_a_range_ending_on_a_code_the_evidence_never_names_is_absent() -> None:
    """Control: BS20 is no area the article names."""
    assert _verdicts("We deliver to BS1-BS20.", AREAS) == ["absent"]


# ---- a record's flags, and its fields restated in a table ------------------------------------------------

QUOTE = [Document(id="tool:hire_quote", content="van: luton.\nprice gbp: 95.0.\ninsurance: False.\n"
                                                "sat nav: True.\nquote ref: HQ-88120.")]


def test_a_flag_is_compared_with_yes_and_no_words() -> None:
    evidence = _evidence(QUOTE)
    assert field_clash("Sat nav: included", evidence) is None
    assert field_clash("Insurance: not included", evidence) is None
    assert field_clash("Insurance: included", evidence) is not None
    assert field_clash("Insurance: extra", evidence) is None  # neither yes nor no: not compared


def test_a_table_restating_the_record_is_supported() -> None:
    answer = "| item | price |\n|---|---|\n| luton van | £95 |\n| sat nav | included |\n\nQuote HQ-88120."
    assert "contradicted" not in _verdicts(answer, QUOTE)


def test_a_table_row_giving_a_flag_the_other_value_is_contradicted() -> None:
    """Control: the record says insurance is not part of the quote."""
    answer = "| item | price |\n|---|---|\n| luton van | £95 |\n| insurance | included |\n\nQuote HQ-88120."
    assert "contradicted" in _verdicts(answer, QUOTE)


# ---- 'on time' is a status ------------------------------------------------------------------------------

FERRY = [Document(id="tool:sailing_status", content="sailing: FX-2210.\ndeparts: 14:05.\nstate: delayed.")]
FERRY_OK = [Document(id="tool:sailing_status", content="sailing: FX-2210.\ndeparts: 14:05.\nstate: on time.")]


def test_on_time_against_a_delayed_record_is_contradicted() -> None:
    assert _verdicts("Sailing FX-2210 is on time for 14:05.", FERRY) == ["contradicted"]


def test_on_time_as_the_record_says_is_supported() -> None:
    """Control: the same claim where the record's state is on time."""
    assert _verdicts("Sailing FX-2210 is on time for 14:05.", FERRY_OK) == ["supported"]


# ---- a range of hours written without am / pm ------------------------------------------------------------

SHOP = [Document(id="kb-909", content="Repairs desk (09:00-17:00, Mon-Sat): £20 diagnosis fee.")]


def test_a_range_of_bare_hours_the_evidence_states_as_times_is_supported() -> None:
    """'9 till 5' is 09:00 to 17:00: each end read either half of the day, both hours of stated times."""
    assert _verdicts("The £20 diagnosis fee applies at the repairs desk, 9 till 5.", SHOP) == ["supported"]


def test_a_range_of_bare_hours_the_evidence_does_not_state_is_still_absent() -> None:
    """Control: 8 is no hour of a time the article states; a bare range followed by a noun is a count."""
    assert _verdicts("The £20 diagnosis fee applies at the repairs desk, 8 till 5.", SHOP) == ["absent"]
    assert Evidence([EvidenceSource("kb", SHOP[0].content)], r"\[\d+\]").hour_range("5", "9 to 5 bikes") is False


# ---- a duration written as a hyphened compound -----------------------------------------------------------

GUARANTEE = [Document(id="kb-910", content="Every restring carries our three-month guarantee.")]


def test_a_hyphened_duration_in_the_evidence_states_its_number() -> None:
    assert "3" in evidence_numbers("our three-month guarantee")
    assert "3 month" in typed_quantities("our three-month guarantee", True)
    assert evidence_numbers("a ten-inch cake, a three-course meal") == frozenset()  # sizes and counts: not read


def test_a_duration_the_evidence_writes_hyphened_is_supported() -> None:
    assert _verdicts("A restring is guaranteed for three months.", GUARANTEE) == ["supported"]


def test_another_duration_is_still_flagged() -> None:
    """Control: the guarantee is three months, not four."""
    assert _verdicts("A restring is guaranteed for four months.", GUARANTEE) != ["supported"]


# ---- 'and a half', and a conversion of a figure written in words -------------------------------------------

WEIGHTS = [Document(id="kb-911", content="A full gas bottle weighs about four and a half kilograms.")]


def test_and_a_half_is_a_half() -> None:
    assert numbers_in("about four and a half kilograms") == {"4.5"}
    assert "4.5" in evidence_numbers("weighs about four and a half kilograms")


def test_a_conversion_of_a_weight_written_in_words_is_supported() -> None:
    """4.5 kg is 9.9 lb."""
    assert _verdicts("It weighs about four and a half kilograms, roughly 9.9 lb.", WEIGHTS) == ["supported"]


def test_a_wrong_conversion_of_a_weight_in_words_is_still_absent() -> None:
    """Control: 4.5 kg is not 12 lb."""
    assert _verdicts("It weighs about four and a half kilograms, roughly 12 lb.", WEIGHTS) == ["absent"]


# ---- a hand-off worded as a check, or after a condition on the customer ------------------------------------

WORKSHOP = [Document(id="kb-912", content="Bike repairs take two to three days. For questions about a repair, "
                                          "call the workshop on +44 113 496 0811.")]


def test_a_hand_off_to_check_or_after_the_customers_condition_is_supported() -> None:
    assert _verdicts("Give the workshop a ring on +44 113 496 0811 to check.", WORKSHOP) == ["supported"]
    assert _verdicts("If you're running late, ring the workshop on +44 113 496 0811.", WORKSHOP) == ["supported"]


def test_a_promise_made_beside_the_contact_is_still_flagged() -> None:
    """Control: a courtesy bike and a discount are subject matter of their own, whatever the condition."""
    answer = "If you're running late, call the workshop on +44 113 496 0811 for a courtesy bike and a discount."
    assert _verdicts(answer, WORKSHOP) != ["supported"]


# ---- a short code beside its series --------------------------------------------------------------------

MOORINGS = [Document(id="tool:mooring_availability", content="available: True.\nberths: B4.\nberths: B11.\n"
                                                            "price per night gbp: 18.0.")]


def test_a_short_code_of_the_evidences_series_is_supported() -> None:
    assert "absent" not in _verdicts("Berth B4 is free at £18 a night.", MOORINGS)


def test_a_short_code_of_the_series_the_evidence_never_names_is_absent() -> None:
    assert _verdicts("Berth B7 is free at £18 a night.", MOORINGS) == ["absent"]


def test_a_short_code_without_its_series_in_the_evidence_is_not_read() -> None:
    """Control of the reading's reach: 'A4' names no series the evidence uses (paper size, a road)."""
    assert "absent" not in _verdicts("Print the A4 confirmation; berths are £18 a night.", MOORINGS)


# ---- distances and volumes keep their unit ---------------------------------------------------------------

RANGE = [Document(id="kb-914", content="Our hire e-bikes manage 30 to 60 miles on a charge. Delivery is free within "
                                       "10 miles; the 90-litre panniers cost £5 a day.")]


def test_a_distance_with_another_unit_is_flagged() -> None:
    """30 to 60 miles is not 30 to 60 kilometres, though both numbers are found."""
    assert "supported" not in _verdicts("The range is 30-60 kilometres on a charge.", RANGE)


def test_a_distance_and_its_conversion_are_supported() -> None:
    """Control: the article's unit, and a conversion naming both units (60 miles is about 97 km)."""
    assert _verdicts("The range is 30 to 60 miles on a charge.", RANGE) == ["supported"]
    assert _verdicts("Delivery is free within 10 miles (about 16 km).", RANGE) == ["supported"]


def test_an_area_with_the_other_unit_is_flagged() -> None:
    """90 square metres is not 90 square feet (BERTHS: 'The store shed is 90 square metres')."""
    assert typed_quantities("covers 90 sq ft") == {"90 sqft"}
    assert typed_quantities("covers 90 m²") == {"90 sqm"}
    assert _verdicts("The store shed is 90 square feet.", BERTHS) != ["supported"]


def test_an_area_in_the_articles_unit_is_supported() -> None:
    """Control: the same area in metres, written as a sign."""
    assert _verdicts("The store shed is 90 m².", BERTHS) == ["supported"]


@pytest.mark.parametrize(("claim", "counts"), [
    ("The two kiosks are Hawthorne (Mon.-Sat. 9 a.m.-7 p.m.) and Pearl District (daily 10 a.m.-6 p.m.)", {"2"}),
    ("The two routes are the coast path and the ridge", {"2"}),
    # controls: a count the list does not confirm, and a count with no list after it
    ("The three kiosks are Hawthorne and Pearl District", set()),
    ("Two rooms are free on Friday", set()),
])
def test_a_count_named_as_the_subject_its_list_completes(claim: str, counts: set[str]) -> None:
    """"The two kiosks are A (...) and B (...)": the list after "are" confirms the count, brackets aside."""
    assert listed_counts(claim) == counts
