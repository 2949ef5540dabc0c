"""Grounding rules from reading a fifth set's misses for general causes (facts read as words, arithmetic one step
too short), each beside a control that would refute it: a clock time's zone, a code's letters glued to its
digits, a time counted back from the customer's own time by a duration the answer states, and a chain of
figures the answer derives. Fixtures are our own (a bike-hire shop, a coach operator, a boiler installer);
none is taken from an evaluation set."""

from __future__ import annotations

from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

HIRE = [Document(id="tool:hire_lookup", content="hire: BH-4417.\nreturn by: 2027-02-14T18:00:00Z.")]
COACH = [Document(id="cc-02", content="Boarding closes an hour before departure. Luggage goes in the hold.")]
BOILER = [Document(id="bo-05", content="We take a deposit of 20% when you accept the quote; the rest is spread "
                                       "over 8 equal monthly payments.")]
DEPOT = [Document(id="tool:depot_lookup", content="depot: Kirkstall.\npostcode: LS5 3BQ.\nopen: weekdays.")]


#: The verdicts a hard fact gives; "invented" is wording (the novel-word rule, or the fitted claim decision)
_HARD_FACT = frozenset(("contradicted", "absent"))


def _figures_reached(answer: str, docs: list[Document], *, query: str | None = None) -> bool:
    """No claim of the answer has a hard fact the evidence and the answer's arithmetic fail to reach."""
    return not _HARD_FACT.intersection(v.verdict for v in score_answer(answer, docs, query=query).support)


# ---- a time zone and a code's glued letters are parts of facts, not names --------------------------------

def test_a_time_zone_after_a_recorded_time_is_not_a_name() -> None:
    """"18:00 UTC" restates the record's 18:00Z: the zone qualifies the time."""
    assert _figures_reached("Hire BH-4417 is due back by 18:00 UTC on 14 February 2027.", HIRE)


def test_another_time_in_the_same_zone_is_still_absent() -> None:
    """Control: 19:00 UTC is no time the record holds, with or without its zone."""
    assert not _figures_reached("Hire BH-4417 is due back by 19:00 UTC on 14 February 2027.", HIRE)


def test_a_postcode_a_source_writes_is_not_read_as_an_acronym() -> None:
    """The "BQ" of "LS5 3BQ" is the postcode's tail, and the tool record writes the whole postcode."""
    assert _figures_reached("The Kirkstall depot is at LS5 3BQ and opens on weekdays.", DEPOT)


def test_a_postcode_no_source_writes_is_still_absent() -> None:
    """Control: "LS5 3BX" is written nowhere, so its glued letters stay a fact to find."""
    assert not _figures_reached("The Kirkstall depot is at LS5 3BX and opens on weekdays.", DEPOT)


# ---- counting back from the customer's own time ---------------------------------------------------------

def test_a_time_counted_back_from_the_customers_time_by_the_answers_duration_is_arithmetic() -> None:
    """"By 08:15:" is the customer's 09:15 coach less the hour the answer states (a colon after a time)."""
    query = "When do I need to board for the 09:15 coach?"
    assert _figures_reached("By 08:15: boarding closes an hour before departure.", COACH, query=query)


def test_a_time_no_stated_duration_reaches_is_still_absent() -> None:
    """Control: 08:45 is not an hour before 09:15."""
    query = "When do I need to board for the 09:15 coach?"
    assert not _figures_reached("By 08:45: boarding closes an hour before departure.", COACH, query=query)


# ---- a chain of derived figures --------------------------------------------------------------------------

def test_a_chain_of_derived_figures_is_arithmetic() -> None:
    """20% of £2,000 is £400; £2,000 less £400 is £1,600; £1,600 over 8 payments is £200."""
    query = "My boiler quote is £2,000. How would I pay it?"
    answer = "You pay a 20% deposit of £400. The remaining £1,600 is split into 8 monthly payments of £200."
    assert _figures_reached(answer, BOILER, query=query)


def test_a_wrong_last_link_of_the_chain_is_still_absent() -> None:
    """Control: £210 is no step of the chain."""
    query = "My boiler quote is £2,000. How would I pay it?"
    answer = "You pay a 20% deposit of £400. The remaining £1,600 is split into 8 monthly payments of £210."
    assert not _figures_reached(answer, BOILER, query=query)


def test_a_share_stated_in_another_sentence_is_a_step() -> None:
    """"the balance, £1,600" follows from the customer's £2,000 and the 20% the answer states above it."""
    query = "My boiler quote is £2,000. What is due when?"
    answer = "- When you accept: 20% deposit = £400\n- After fitting: the balance, £1,600"
    assert _figures_reached(answer, BOILER, query=query)


def test_a_wrong_balance_is_still_absent() -> None:
    """Control: £1,500 is not £2,000 less the 20% deposit."""
    query = "My boiler quote is £2,000. What is due when?"
    answer = "- When you accept: 20% deposit = £400\n- After fitting: the balance, £1,500"
    assert not _figures_reached(answer, BOILER, query=query)


# ---- the rest of a sentence that opens with a refusal explains it ---------------------------------------

REFUSALS = ("I don't have that information", "I could not find this in our help articles", "I don't know")


def _claims(sentence: str) -> str | None:
    from llmops_kit.text.claims import claim_text

    return claim_text(sentence, r"\[\w+\]", REFUSALS, 3, REFUSALS)


def test_a_refusals_explanation_is_no_claim_however_worded() -> None:
    """What follows the refusal says why the answer is missing, in any words."""
    assert _claims("I could not find this in our help articles; they are all about coach travel.") is None
    assert _claims("Sorry, I don't know: the passages never get to bike racks.") is None


def test_a_turn_after_a_refusal_is_still_a_claim() -> None:
    """Control: "but ..." turns to a statement of its own, which is judged as any claim."""
    assert _claims("I don't have that information, but the coach has bike racks.") is not None


def test_a_figure_after_a_refusal_is_still_a_claim() -> None:
    """Control: a figure after the refusal is a fact to check, not an explanation."""
    assert _claims("I don't know: the luggage limit is 20 kg per bag.") is not None


def test_a_refusal_in_the_middle_leaves_the_claim_before_it() -> None:
    """Control: a sentence that opens with a statement is not a refusal's explanation."""
    assert _claims("The coach has bike racks, but I don't know how many.") is not None


# ---- a record's status is its status word; a stage is a status ----------------------------------------------

def _status_verdict(answer: str, record: str) -> str:
    [verdict] = score_answer(answer, [Document(id="tool:repair_lookup", content=record)]).support
    return verdict.verdict


def test_a_status_qualified_by_a_cognate_word_is_still_that_status() -> None:
    """"pending manager approval" is pending: "approval" does not make repair R-55120 approved."""
    record = "repair: R-55120.\nstatus: pending manager approval."
    assert _status_verdict("Repair R-55120 is approved.", record) == "contradicted"


def test_the_records_own_status_word_is_still_supported() -> None:
    """Control: "pending" is the status the record gives."""
    record = "repair: R-55120.\nstatus: pending manager approval."
    assert _status_verdict("Repair R-55120 is still pending.", record) == "supported"


def test_a_stage_is_read_as_a_status() -> None:
    """"stage: parts ordered" is where repair R-55120 is: calling it complete contradicts the record."""
    record = "repair: R-55120.\nstage: parts ordered.\nengineer: Priya."
    assert _status_verdict("Repair R-55120 is complete.", record) == "contradicted"


def test_a_stage_the_claim_restates_is_supported() -> None:
    """Control: a record at stage "complete" supports the claim that it is complete."""
    record = "repair: R-55120.\nstage: complete.\nengineer: Priya."
    assert _status_verdict("Repair R-55120 is complete.", record) == "supported"


# ---- a figure the evidence holds, stated where the evidence gives another ---------------------------------

GYM = [Document(id="gy-03", content="Membership is due on the 1st of each month. A late fee of £12 is charged after "
                                    "10 days. Personal training sessions cost £30 each.")]


def test_a_figure_moved_from_another_rule_is_contradicted() -> None:
    """"a £30 late fee": £30 is a training session's price; the late-fee sentence says £12."""
    [verdict] = score_answer("A £30 late fee is charged after 10 days.", GYM).support
    assert verdict.verdict == "contradicted" and "£12" in (verdict.evidence or "")


def test_the_figure_in_its_own_rule_is_supported() -> None:
    """Control: the late fee is £12, as its own sentence says."""
    [verdict] = score_answer("A £12 late fee is charged after 10 days.", GYM).support
    assert verdict.verdict == "supported"


def test_a_figure_the_customer_states_is_theirs() -> None:
    """Control: the customer's own £30 ("I was charged £30") is theirs to state, wherever the evidence has £30."""
    answer = "The £30 you were charged is not the late fee, which is £12 after 10 days."
    assert _figures_reached(answer, GYM, query="I was charged £30 this month. Is that the late fee?")


# ---- metres are not millions; bracketed arithmetic the answer writes -------------------------------------

GATES = [Document(id="tool:gate_lookup", content="gate: G-22.\nwidth m: 2.5.\nstatus: open.")]
LESSONS = [Document(id="ls-01", content="A lesson costs £30. Pick-ups outside town cost £5 extra per lesson.")]


def test_a_length_in_metres_is_not_a_million() -> None:
    """"2.5 m wide" states 2.5 (metres), which the record holds; it is not 2,500,000."""
    from llmops_kit.text import numbers_in

    assert "2.5" in numbers_in("Gate G-22 is 2.5 m wide.") and "2500000" not in numbers_in("Gate G-22 is 2.5 m wide.")
    assert _figures_reached("Gate G-22 is 2.5 m wide and open.", GATES)


def test_a_glued_m_after_an_amount_is_still_a_million() -> None:
    """Control: "£1.2m" is 1,200,000."""
    from llmops_kit.text import numbers_in

    assert "1200000" in numbers_in("We raised £1.2m last year.")


def test_bracketed_arithmetic_the_answer_writes_is_followed_step_by_step() -> None:
    """"4 × (£30 + £5) = £140": 30 + 5 is 35, and 4 x 35 is 140."""
    query = "What do 4 lessons with an out-of-town pick-up cost?"
    assert _figures_reached("4 lessons cost 4 × (£30 + £5) = £140.", LESSONS, query=query)


def test_wrong_bracketed_arithmetic_is_still_absent() -> None:
    """Control: 4 x (30 + 5) is not 160, so £160 is no computed figure."""
    query = "What do 4 lessons with an out-of-town pick-up cost?"
    assert not _figures_reached("4 lessons cost 4 × (£30 + £5) = £160.", LESSONS, query=query)


# ---- a count from the customer's own figures of one unit --------------------------------------------------

PASSES = [Document(id="sw-02", content="Unused swims on a pass are refunded at £4 each, less a £2 admin fee.")]


def test_a_count_left_from_the_customers_figures_of_one_unit_is_arithmetic() -> None:
    """"You have 6 swims left" of "a 10-swim pass, I've used 4 swims": 10 - 4."""
    query = "I bought a 10-swim pass and I've used 4 swims. What do I get back?"
    assert _figures_reached("You have 6 swims left.", PASSES, query=query)


def test_a_wrong_count_from_the_customers_figures_is_still_absent() -> None:
    """Control: 5 is neither 10 - 4 nor 10 + 4."""
    query = "I bought a 10-swim pass and I've used 4 swims. What do I get back?"
    assert not _figures_reached("You have 5 swims left.", PASSES, query=query)


def test_a_count_from_figures_of_two_kinds_is_still_absent() -> None:
    """Control: the customer's 10 swims and 4 towels are two things; 6 swims is no count of theirs."""
    query = "I bought a 10-swim pass and hired 4 towels. What do I get back?"
    assert not _figures_reached("You have 6 swims left.", PASSES, query=query)


# ---- a sentence in another language with a word English shares ------------------------------------------

def test_a_german_sentence_with_also_is_still_german() -> None:
    """"also" is a German word too: one of it among many German function words leaves the sentence German."""
    from llmops_kit.text.language import is_foreign

    assert is_foreign("Sie zahlen 40 Euro, also ist die Gebühr nach dem Termin nicht mehr fällig.")


def test_a_portuguese_sentence_with_do_is_still_portuguese() -> None:
    """"do" is a Portuguese word too ("do lado de fora")."""
    from llmops_kit.text.language import is_foreign

    assert is_foreign("O contador fica do lado de fora da sua casa e a leitura é feita pela nossa equipa uma vez "
                      "por mês.")


def test_an_english_sentence_naming_a_foreign_place_is_english() -> None:
    """Control: "the Musée de la Mer" in an English sentence leaves it English."""
    from llmops_kit.text.language import is_foreign

    assert not is_foreign("Visit the Musée de la Mer in Nantes for the exhibition on ships.")
