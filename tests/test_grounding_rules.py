"""Issue-16 groundedness rules, each with a control that would refute it: clock arithmetic, answers in the
customer's language, currency codes, hyphenated list labels."""

from __future__ import annotations

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text.arithmetic import clock_results, durations_in_minutes
from llmops_kit.text.numbers import times_in, typed_quantities
from llmops_kit.traces import Document

CHECK_IN = [Document(id="kb-1", content="Web check-in opens 24 hours before departure and closes 45 minutes "
                                        "before departure. The gate closes 15 minutes before departure.")]
QUERY = "When can I check in? My train leaves at 09:10 on 21 May."


def _verdicts(answer: str, docs: list[Document], query: str | None = None) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query).support]


def test_clock_results_cross_midnight() -> None:
    """24 hours before 09:10 is 09:10 the day before; 45 minutes before is 08:25 the same day."""
    reached, shifts = clock_results(frozenset({"09:10"}), frozenset({24 * 60, 45}))
    assert {"09:10", "08:25", "09:55"} <= reached and shifts == {-1, 1}
    assert durations_in_minutes("opens 24 hours before and closes 45 minutes before") == {1440, 45}


def test_time_and_day_from_clock_arithmetic_are_supported() -> None:
    """A time and day computed from the customer's time and the article's durations are grounded."""
    answer = ("Web check-in opens 24 hours before departure, so for your 09:10 train on 21 May it opens at 09:10 "
              "on 20 May and closes at 08:25 (45 minutes before). The gate closes at 08:55.")
    assert all(v == "supported" for v in _verdicts(answer, CHECK_IN, QUERY))


def test_a_time_no_arithmetic_reaches_is_still_absent() -> None:
    """Control: a changed time (08:40) and a changed day (19 May) are reached by no stated duration."""
    answer = ("Web check-in opens 24 hours before departure, so for your 09:10 train on 21 May it opens at 09:10 "
              "on 19 May and closes at 08:40.")
    assert "absent" in _verdicts(answer, CHECK_IN, QUERY)


def test_french_style_times_are_times() -> None:
    """"07h35" is 07:35 in an answer in French; a duration written "1h30" is not a time of day."""
    assert times_in("le vol de 07h35") == {"07:35"} and times_in("a 1h30 tour") == frozenset()


def test_answer_in_spanish_is_judged_on_its_hard_facts() -> None:
    """Accented words are read as words: a Spanish answer with the article's figures is supported ..."""
    docs = [Document(id="kb-2", content="The emergency clinic is open 24 hours a day, 7 days a week, at 12 Pier Road.")]
    assert _verdicts("Está abierta las 24 horas, los 7 días, en 12 Pier Road.", docs) == ["supported"]
    # ... and one with a changed figure is not (control)
    assert _verdicts("Está abierta las 18 horas, los 7 días, en 12 Pier Road.", docs) != ["supported"]


def test_terse_english_is_not_taken_for_another_language() -> None:
    """Control: an English claim without function words is still compared word by word, not waved through."""
    docs = [Document(id="kb-3", content="Applications close on 15 January 2026 at 18:00 UK time.")]
    assert _verdicts("Scholarship panels: 15 January 2026, 18:00, interviews guaranteed worldwide", docs) != [
        "supported"]


def test_currency_codes_are_amounts() -> None:
    """"GBP 142" and "142 GBP" are amounts like "£142"; 142 is not an amount in "142 rooms"."""
    assert typed_quantities("Rent starts at GBP 142 per week", True) == {"142 money"}
    assert typed_quantities("Die Miete beginnt bei 142 GBP") == {"142 money"}
    assert typed_quantities("We have 142 rooms") == frozenset()
    docs = [Document(id="kb-4", content="Rents start at GBP 142 per week for a standard room.")]
    assert _verdicts("Die Miete beginnt bei 142 GBP pro Woche.", docs) == ["supported"]
    assert _verdicts("Die Miete beginnt bei 124 GBP pro Woche.", docs) != ["supported"]


def test_hyphenated_list_label_is_layout() -> None:
    """"Mid-January: ..." labels the fact that follows; the fact is judged alone."""
    docs = [Document(id="kb-5", content="Applications close on 15 January 2026 at 18:00 UK time.")]
    assert _verdicts("- Mid-January: 15 January 2026, 18:00 UK time", docs) == ["supported"]


SCORES = [Document(id="kb-6", content="Most courses need a TOEFL score of 90 overall with no section below 22.")]


def test_comparisons_read_which_figure_and_whether_it_holds() -> None:
    """"20 is below the 22 minimum" holds; "20 is above 22" does not; a range is no comparison."""
    from llmops_kit.text.arithmetic import comparisons
    assert comparisons("your 20 in speaking is below the 22 minimum") == (("20", "22", True),)
    assert comparisons("your 20 in speaking is above the 22 minimum") == (("20", "22", False),)
    assert comparisons("Seats cost EUR 8 to EUR 25") == ()


def test_a_comparison_word_the_pattern_matched_case_blind_is_judged_as_that_word() -> None:
    """A case-blind pattern matches "WİTHİN" / "wıthin" (dotted or dotless i) as "within"; the operator follows the
    word it matched, not the text's own lower case, which would read neither spelling as "within"."""
    from llmops_kit.text.arithmetic import comparisons
    assert comparisons("your 12 is wıthin the 12 limit") == (("12", "12", True),)
    assert comparisons("your 12 is WİTHİN the 12 limit") == (("12", "12", True),)
    assert comparisons("your 12 is within the 12 limit") == (("12", "12", True),)
    assert comparisons("your 13 is wıthin the 12 limit") == (("13", "12", False),)


def test_true_comparison_of_the_customers_figure_with_the_rule_is_supported() -> None:
    """The customer's 20 held against the article's 22 minimum, truly, is arithmetic on given figures."""
    query = "I scored 95 overall but 20 in speaking. Is that enough?"
    assert _verdicts("Sadly 20 in speaking is below the 22 per-section minimum.", SCORES, query) == ["supported"]


def test_false_comparison_or_figure_not_the_customers_is_not_waved_through() -> None:
    """Controls: a comparison that does not hold, or a figure the customer never gave, gets no arithmetic pass."""
    query = "I scored 95 overall but 20 in speaking. Is that enough?"
    assert _verdicts("Sadly 20 in speaking is above the 22 per-section minimum.", SCORES, query) != ["supported"]
    assert _verdicts("Sadly 18 in speaking is below the 22 per-section minimum.", SCORES, query) != ["supported"]


def test_iso_dates_in_tool_records_read_as_prose() -> None:
    """"2025-07-15" in a record reads "15 July 2025" (with its time when it has one); other digits stay."""
    from llmops_kit.evidence_readers import humanise_record
    assert humanise_record("due: 2025-07-15.\nslot: 2025-03-25T10:30:00+05:30.") == (
        "due: 15 July 2025.\nslot: 25 March 2025 10:30.")
    assert humanise_record("ref: 12-2025-9. total: 2000.") == "ref: 12-2025-9. total: 2000."


def test_claim_restating_a_record_date_in_prose_is_supported_and_a_changed_date_is_not() -> None:
    """A record's due date restated in prose is supported; the same claim with another day is absent (control)."""
    record = [Document(id="tool:vaccine_record", content="pet: PET-11. name: Rex.\nspecies: dog.\n"
                                                        "rabies due: 2026-02-03.\nweight kg: 31.")]
    query = "When is Rex due for his next jab?"
    claim = "Rex should come in for his rabies booster on 3 February 2026."
    [verdict] = score_answer(claim, record, query=query).support
    assert verdict.verdict == "supported" and "3 February 2026" in (verdict.evidence or "")
    assert _verdicts("Rex's rabies booster is due on 5 February 2026.", record, query) == ["absent"]


BAGS = [Document(id="kb-8", content="Each passenger may bring one cabin bag of up to 10 kg and 55 cm long.")]


def test_a_weight_in_the_wrong_unit_is_absent() -> None:
    """"10 lb" keeps the number of "10 kg" but not the fact; "10 kg" itself is supported (control)."""
    assert _verdicts("You may bring one cabin bag of up to 10 lb.", BAGS) == ["absent"]
    assert _verdicts("You may bring one cabin bag of up to 10 kg.", BAGS) == ["supported"]


def test_an_application_decision_must_be_the_tools_status() -> None:
    """"unsuccessful" against "status: conditional offer" is contradicted; "a conditional offer" is not (control)."""
    record = [Document(id="tool:application_status", content="application: APP-2026-5521.\nstatus: conditional offer.")]
    query = "What is the status of application APP-2026-5521?"
    assert _verdicts("Application APP-2026-5521 was unsuccessful.", record, query) == ["contradicted"]
    assert _verdicts("Application APP-2026-5521 has a conditional offer.", record, query) == ["supported"]


ROOMS = [Document(id="kb-9", content="Meeting rooms can be booked up to 30 days ahead by card holders.")]


def test_a_synonym_swapped_in_is_still_the_articles_wording() -> None:
    """"in advance" for "ahead" (one word in three) is a paraphrase: supported by its words."""
    [verdict] = score_answer("Book rooms in advance.", ROOMS).support
    assert verdict.verdict == "supported" and verdict.similarity is None


def test_an_antonym_or_another_action_is_no_synonym() -> None:
    """Control: "cancel" for "book" is not read as the article's word."""
    [verdict] = score_answer("Cancel rooms ahead.", ROOMS).support
    assert verdict.verdict != "supported"


@pytest.mark.parametrize("claim", ["Book rooms afterwards.", "Book rooms late."])
def test_an_antonym_of_the_articles_timing_is_no_synonym(claim: str) -> None:
    """Controls: "afterwards" or "late" for "ahead" are not read as the article's word."""
    [verdict] = score_answer(claim, ROOMS).support
    assert verdict.verdict != "supported", claim


def test_a_name_opening_the_sentence_is_checked_as_a_name() -> None:
    """"Northfield United won the cup" names a club the evidence never mentions: absent; the evidence's own
    club, and an ordinary capitalised first word, pass (controls)."""
    from llmops_kit.text import names_in
    docs = [Document(id="k", content="Eastbrook United won the 2019 Coastal Cup after a replay.")]
    assert _verdicts("Northfield United won the 2019 Coastal Cup after a replay.", docs) == ["absent"]
    assert _verdicts("Eastbrook United won the 2019 Coastal Cup after a replay.", docs) == ["supported"]
    assert "booking" not in names_in("Booking QX7T2K is confirmed") and "call" not in names_in("Call +44 113 496")


def test_denials_between_named_subjects_and_with_no_are_read() -> None:
    """"A and B are not ..." (names joined, one clause) and "there are no ..." deny what the evidence states;
    a claim restating the evidence's own "no" ("at no charge") is supported (control)."""
    docs = [Document(id="k", content="Lumen Hall and Brackley House are listed buildings in Fernside. "
                                     "Guided tours run daily at no charge.")]
    assert _verdicts("Lumen Hall and Brackley House are not listed buildings.", docs) == ["unsupported"]
    assert _verdicts("There are no listed buildings in Fernside.", docs) == ["unsupported"]
    assert _verdicts("Guided tours run daily at no charge.", docs) == ["supported"]


AIRSHIP = [Document(id="k", content="The Skylark was an airship flown on 3 May 1907 by Ada Finch, a pioneer "
                                    "aviator and barnstormer from Ohio.")]
ASKED = "The Skylark was flown on 3 May 1907 by a pioneer aviator and what?"


def test_a_claim_whose_only_addition_to_the_question_is_unheld_is_unsupported() -> None:
    """Echoing the question and filling its gap with a word no evidence holds answers from nowhere."""
    [verdict] = score_answer("The Skylark was flown on 3 May 1907 by a pioneer aviator and magician.", AIRSHIP,
                             query=ASKED).support
    assert verdict.verdict == "unsupported" and verdict.missing == ("magician",)


def test_a_claim_adding_the_evidences_answer_or_a_new_figure_is_not_caught() -> None:
    """Controls: the evidence's word fills the gap; a claim adding a date of its own has that as its answer."""
    assert _verdicts("The Skylark was flown on 3 May 1907 by a pioneer aviator and barnstormer.", AIRSHIP,
                     ASKED) == ["supported"]
    record = [Document(id="tool:vaccine_record", content="pet: PET-11.\nname: Rex.\nrabies due: 2026-02-03.")]
    assert _verdicts("Rex's rabies booster is due on 3 February 2026.", record,
                     "When is Rex due for his next rabies jab?") == ["supported"]


def test_a_yes_no_question_answered_in_the_models_own_words_is_not_read_this_way() -> None:
    """Control: "Can I ...?" is answered with a yes or a no in the model's words ("works" for "can be applied")."""
    docs = [Document(id="kb-1", content="Only one discount voucher can be applied per basket.")]
    assert _verdicts("Only one discount voucher works per basket.", docs,
                     "Can I use two discount vouchers in one basket?") == ["supported"]


def test_new_readers_take_odd_inputs_without_error() -> None:
    """Bad inputs: an impossible ISO date stays as written, empty texts read nothing, no question no option."""
    from llmops_kit.evidence_readers import humanise_record
    from llmops_kit.option_answers import option_clash
    from llmops_kit.text.arithmetic import comparisons
    assert humanise_record("due: 2025-13-45.") == "due: 2025-13-45."
    assert humanise_record("") == "" and comparisons("") == () and durations_in_minutes("") == frozenset()
    assert clock_results(frozenset(), frozenset({60})) == (frozenset(), frozenset())
    assert option_clash("Anything at all.", None, []) is None and option_clash("X.", "A or B?", []) is None


_ROUND_THE_CLOCK = "First block it in the app (Cards) or by phone, day or night."


def test_round_the_clock_said_another_way_is_the_same_fact() -> None:
    """"day or night" meets the evidence's "24 hours a day"."""
    always = [Document(id="kb-2", content="Block a lost card in the app under Cards or by phone, 24 hours a day.")]
    [verdict] = score_answer(_ROUND_THE_CLOCK, always).support
    assert verdict.verdict == "supported" and verdict.similarity is None


def test_round_the_clock_is_not_office_hours() -> None:
    """Control: "day or night" against "9 am to 5 pm" is not supported."""
    office = [Document(id="kb-3", content="Block a lost card in the app under Cards or by phone, 9 am to 5 pm.")]
    assert _verdicts(_ROUND_THE_CLOCK, office) != ["supported"]
