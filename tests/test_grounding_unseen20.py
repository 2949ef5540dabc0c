"""Readings the ground20 round fixed on healthy answers flagged as hallucinations, each with its control that
the wrong reading is still flagged.

The fixtures are this file's own (a gravel merchant, a bike-shed insurer, a self-storage firm): a supported
reading and the same sentence with one fact changed, which must stay unsupported.
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import evidence, evidence_derived
from llmops_kit.example_figures import example_figures, worked_examples
from llmops_kit.quality import score_answer
from llmops_kit.quotient_counts import quotient_counts, unit_figures
from llmops_kit.status_synonyms import decided_in_fields
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

GRAVEL = [Document(id="kb-201", content="Pea gravel comes in a half-tonne bag at £45; one bag covers about 8 "
                                        "square metres at 4 cm deep.")]
COVER = [Document(id="kb-202", content="Bike cover costs £2.40 per month for each £500 of value insured, up to "
                                       "£10,000.")]
STORE = [Document(id="kb-203", content="Each crate holds 40 cubic feet. A two-bedroom flat is usually about 700 "
                                       "cubic feet of goods.")]


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query).support]


# ---- a count that divides a whole by the size of one unit the evidence gives ---------------------------------

def test_unit_figures_share_a_unit_across_spellings() -> None:
    assert (24.0, "sqm") in unit_figures("a 24 m² patio")
    assert (8.0, "sqm") in unit_figures("one bag covers about 8 square metres")


def test_a_count_of_bags_for_the_customers_area() -> None:
    query = "How many bags of pea gravel for a 24 square metre path, and the cost?"
    answer = "One bag covers about 8 m², so you'd need three bags: 3 × £45 = £135."
    assert _verdicts(answer, GRAVEL, query) == ["supported"]


def test_a_count_of_bags_is_absent_without_the_reading() -> None:
    """The reading is what grounds the count: switched off, the same faithful answer is flagged."""
    query = "How many bags of pea gravel for a 24 square metre path, and the cost?"
    answer = "One bag covers about 8 m², so you'd need three bags: 3 × £45 = £135."
    # the same answer was judged with the reading on
    with fresh_scores(), patch.object(evidence_derived, "quotient_counts", lambda *args: frozenset()):
        assert _verdicts(answer, GRAVEL, query) != ["supported"]


def test_a_wrong_count_of_bags_is_still_flagged() -> None:
    """Control: 24 / 8 is three bags, not five."""
    query = "How many bags of pea gravel for a 24 square metre path, and the cost?"
    assert _verdicts("One bag covers about 8 m², so you'd need five bags: 5 × £45 = £225.", GRAVEL,
                     query) != ["supported"]


def test_a_count_of_value_blocks_times_the_rate() -> None:
    query = "What's the cover on a bike worth £1,500?"
    assert _verdicts("3 x £2.40 = £7.20 a month.", COVER, query) == ["supported"]


def test_a_count_of_another_unit_is_still_flagged() -> None:
    """Control: the customer's £1,500 is no count of square metres; a count of another unit is not a quotient,
    and a changed rate stays contradicted."""
    query = "What's the cover on a bike worth £1,500?"
    assert _verdicts("4 x £2.40 = £9.60 a month.", COVER, query) != ["supported"]
    assert _verdicts("3 x £2.80 = £8.40 a month.", COVER, query) != ["supported"]


def test_a_count_rounded_up_from_the_quotient_the_answer_writes() -> None:
    query = "How many crates for my two-bed flat?"
    answer = "A two-bedroom flat is about 700 cubic feet, so roughly 18 crates (700 / 40 = 17.5)."
    assert _verdicts(answer, STORE, query) == ["supported"]


def test_a_count_rounded_up_without_the_quotient_written_is_still_flagged() -> None:
    """Control: without the quotient written out a rounded count is no quotient (700 / 40 is 17.5, not 18)."""
    assert quotient_counts({"18"}, "roughly 18 crates", "roughly 18 crates", frozenset({(700.0, "cubic")}),
                           frozenset({(40.0, "cubic")})) == frozenset()
    assert quotient_counts({"18"}, "roughly 18 crates", "roughly 18 crates (700 / 40 = 17.5)",
                           frozenset({(700.0, "cubic")}), frozenset({(40.0, "cubic")})) == {"18"}


def test_a_quotient_of_two_units_is_no_count() -> None:
    """Control: the customer's 700 cubic feet over the evidence's 35 square metres names two units."""
    assert quotient_counts({"20"}, "20 crates", "20 crates", frozenset({(700.0, "cubic")}),
                           frozenset({(35.0, "square")})) == frozenset()


# ---- a figure the answer picks as an example, and what it works out from it --------------------------------

RESALE = [Document(id="kb-204", content="When a pass is resold, a handling fee of 12.5% of the resale price is "
                                        "kept and the rest is paid out within 10 days.")]
HALL = [Document(id="kb-205", content="Hall hire is £300 for the evening. Extra chairs cost £3 each.")]


def test_an_example_amount_and_what_it_works_out_to() -> None:
    answer = "A fee of 12.5% of the resale price is kept, so on £40 you'd pay £5 and receive £35."
    assert _verdicts(answer, RESALE, "how does resale work") == ["supported"]


def test_an_example_amount_without_the_reading_is_flagged() -> None:
    """The reading is what grounds the example: switched off, the same faithful answer is flagged."""
    answer = "A fee of 12.5% of the resale price is kept, so on £40 you'd pay £5 and receive £35."
    with fresh_scores(), patch.object(evidence_derived, "worked_examples", lambda *args: frozenset()):
        assert _verdicts(answer, RESALE, "how does resale work") != ["supported"]


def test_a_wrong_fee_on_an_example_amount_is_still_flagged() -> None:
    """Control: 12.5% of £40 is £5, not £6."""
    answer = "A fee of 12.5% of the resale price is kept, so on £40 you'd pay £6 and receive £34."
    assert _verdicts(answer, RESALE, "how does resale work") != ["supported"]


def test_an_example_count_times_a_grounded_price() -> None:
    assert _verdicts("Extra chairs are £3 each, so 30 of them would add £90.", HALL, "and chairs?") == ["supported"]


def test_an_example_count_with_a_wrong_price_is_still_flagged() -> None:
    """Control: the chairs are £3 each; £4 each reaches £120 from the example, but the price is contradicted."""
    assert _verdicts("Extra chairs are £4 each, so 30 of them would add £120.", HALL, "and chairs?") != ["supported"]


def test_an_example_with_nothing_worked_out_is_still_flagged() -> None:
    """Control: a figure written like an example but reaching nothing is no example of the rule: a stated
    price the evidence does not hold."""
    assert worked_examples({"40", "7"}, "so on £40 you'd pay £7", [12.5], [0.125]) == frozenset()
    assert example_figures("Hall hire is £300 for the evening") == frozenset()


# ---- a record's status in other words: "booked" of "status: scheduled", "declined" of "accepted: False" ------

VISIT = [Document(id="tool:visit_lookup", content="visit: GW-4471.\ndate: 2027-03-12.\nslot: 09:00-11:00.\n"
                                                  "status: scheduled.")]
RUSH = [Document(id="tool:rush_request", content="accepted: False.\nnote: rush is for single items only."),
        Document(id="kb-206", content="Rush service (next day) is for single items only.")]
RUSH_OK = [Document(id="tool:rush_request", content="accepted: True.\nnote: ready tomorrow.")]


def test_booked_of_a_scheduled_visit_is_supported() -> None:
    assert _verdicts("GW-4471 is booked for 12 March 2027, 09:00 to 11:00.", VISIT,
                     "When is my visit? GW-4471") == ["supported"]


def test_booked_without_the_reading_is_contradicted() -> None:
    """The reading is what matches the two words: switched off, the faithful answer is contradicted."""
    with fresh_scores(), patch.object(evidence, "same_state_stems", lambda *args: frozenset()):
        assert _verdicts("GW-4471 is booked for 12 March 2027, 09:00 to 11:00.", VISIT,
                         "When is my visit? GW-4471") == ["contradicted"]


def test_another_status_of_a_scheduled_visit_is_still_contradicted() -> None:
    """Control: "cancelled" is not the record's "scheduled"."""
    assert _verdicts("GW-4471 was cancelled.", VISIT, "When is my visit? GW-4471") == ["contradicted"]


def test_declined_of_a_request_not_accepted_is_supported() -> None:
    assert _verdicts("Rush was declined for RP-30581: it's for single items only.", RUSH,
                     "Can RP-30581 go rush?") == ["supported"]


def test_declined_without_the_reading_is_absent() -> None:
    with fresh_scores(), patch.object(evidence, "decided_in_fields", lambda *args: False):
        assert _verdicts("Rush was declined for RP-30581: it's for single items only.", RUSH,
                         "Can RP-30581 go rush?") != ["supported"]


def test_the_opposite_decision_is_still_flagged() -> None:
    """Control: "accepted" of "accepted: False", and "declined" of "accepted: True", stay unsupported."""
    assert _verdicts("Rush was accepted for RP-30581.", RUSH, "Can RP-30581 go rush?") != ["supported"]
    assert _verdicts("Rush was declined for RP-30581.", RUSH_OK, "Can RP-30581 go rush?") != ["supported"]
    assert not decided_in_fields(frozenset({"declined", "accepted"}), ["accepted: False."])
