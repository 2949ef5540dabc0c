"""Readings the ground14 round fixed, each for a cause that raised HALLUCINATION false alarms on healthy answers
on at least two authors' read sets, with its control that the wrong answer of the same shape is still flagged.

The fixtures are this file's own (a swimming pool, a ferry booking): a supported sentence and the same sentence
with one value changed, which must stay flagged.
"""

from __future__ import annotations

from llmops_kit.claim_meaning import _denied_in
from llmops_kit.contract import load_contract
from llmops_kit.quality import score_answer, trace_earlier_answers
from llmops_kit.testing import build_trace
from llmops_kit.text import numbers_in, read_answer, times_in
from llmops_kit.text.arithmetic import clock_directions, clock_results, durations_in_minutes
from llmops_kit.traces import Document, Message

# ---- a 12-hour time with a dot between hour and minutes ("8.45pm", the British style) -----------------

POOL = [Document(id="kb-310", content="Adult lessons run on Thursdays from 19:15 to 20:45.")]
FERRY = [Document(id="tool:booking_lookup", content="booking: FB-5521\nsailing: 09:30\npassengers: 2")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs).support]


def test_a_twelve_hour_time_with_a_dot_is_a_time_of_day() -> None:
    """'8.45pm' is 20:45 and '9.30 am' is 09:30, not the numbers 8.45 and 9.3."""
    assert times_in("they end at 8.45pm") == {"20:45"}
    assert times_in("it sails at 9.30 am") == {"09:30"}
    assert numbers_in("they end at 8.45pm") == frozenset()


def test_a_dotted_figure_without_am_pm_or_after_a_currency_is_no_time() -> None:
    """Control: '20.45' alone stays a number; '£4.50 pm' (a month) and '8.75pm' (no such minute) are no times."""
    assert times_in("a score of 20.45") == frozenset()
    assert numbers_in("a score of 20.45") == {"20.45"}
    assert times_in("cover is £4.50 pm") == frozenset()
    assert times_in("at 8.75pm") == frozenset()


def test_a_dotted_twelve_hour_time_the_evidence_holds_is_supported() -> None:
    assert _verdicts("Thursday lessons end at 8.45pm.", POOL) == ["supported"]
    assert _verdicts("FB-5521 sails at 9.30am with 2 passengers.", FERRY) == ["supported"]


def test_a_wrong_dotted_twelve_hour_time_is_still_flagged() -> None:
    """Control: 8.15pm and 9.30pm are not the 20:45 and 09:30 the evidence holds."""
    assert _verdicts("Thursday lessons end at 8.15pm.", POOL) != ["supported"]
    assert _verdicts("FB-5521 sails at 9.30pm with 2 passengers.", FERRY) != ["supported"]


# ---- a follow-up working from a figure the assistant's previous answer gave -------------------------------

PHOTO = [Document(id="ph-02", content="A 40 % deposit holds your date. The balance is paid on the day of the shoot.")]
PRICE = "A family portrait session is £240, about an hour."


def _follow_up(answer: str, earlier: str | None) -> list[str]:
    return [v.verdict for v in score_answer(answer, PHOTO, query="and the deposit on that?",
                                            earlier_answers=earlier).support]


def test_the_earlier_answers_are_the_assistant_turns_before_the_last_question() -> None:
    """The assistant's turns before the last user message, not the user's, not the answer being judged."""
    trace = build_trace("t-earlier", "and the deposit on that?", PHOTO, answer="£96.")
    llm = trace.llm_span
    assert llm is not None
    llm.messages = [Message(role="system", content="Be brief."), Message(role="user", content="A family portrait?"),
                    Message(role="assistant", content=PRICE), Message(role="user", content="and the deposit on that?"),
                    Message(role="assistant", content="£96.")]
    assert trace_earlier_answers(trace) == PRICE
    llm.messages = [Message(role="user", content="and the deposit on that?")]
    assert trace_earlier_answers(trace) is None


def test_a_follow_up_on_a_figure_the_previous_answer_gave_is_supported() -> None:
    """40 % of the £240 the previous answer quoted is £96; without that answer both figures are absent."""
    answer = "The deposit is 40 %, so £96 on the £240 family portrait; the rest is paid on the day."
    assert _follow_up(answer, PRICE) == ["supported"]
    assert _follow_up(answer, None) != ["supported"]


def test_a_wrong_figure_in_a_follow_up_is_still_flagged() -> None:
    """Control: £86 is not 40 % of £240, and £260 is no figure the previous answer gave."""
    assert _follow_up("The deposit is 40 %, so £86 on the £240 family portrait.", PRICE) != ["supported"]
    assert _follow_up("The deposit is 40 %, so £104 on the £260 family portrait.", PRICE) != ["supported"]


def test_an_earlier_answer_vouches_for_no_statement() -> None:
    """Control: what the previous answer said is no evidence for a statement or a name, only for its figures."""
    earlier = "A family portrait session is £240, and Studio Lumen prints are included."
    answer = "Studio Lumen prints are included in the session."
    assert _follow_up(answer, earlier) != ["supported"]


# ---- a time counted from a stated time by a stated duration ("one hour before closing, so 7pm") ------------

HALL = [Document(id="kb-88", content="Saturday 10am-6pm. Last admission is one hour before closing.")]
LOCKER = [Document(id="kb-91", content="If your locker is not emptied more than 2 hours after the end of your "
                                      "booking, its contents go to the front desk.")]


def test_one_hour_is_a_duration_and_a_step_counts_the_way_it_says() -> None:
    """'one hour' is 60 minutes; 'before' counts back only, 'after' on only, neither or both either way."""
    assert durations_in_minutes("last admission is one hour before closing") == {60}
    assert clock_directions("one hour before closing") == (-1,)
    assert clock_directions("2 hours after the end") == (1,)
    assert clock_directions("2 hours") == (1, -1)
    assert clock_results(frozenset({"18:00"}), frozenset({60}), (-1,))[0] == {"17:00"}


def test_a_time_counted_back_from_a_grounded_time_is_supported() -> None:
    answer = "We're open 10am to 6pm on Saturday, and last admission is one hour before closing, so 5pm."
    assert _verdicts(answer, HALL) == ["supported"]


def test_a_time_counted_the_wrong_way_or_by_another_step_is_still_flagged() -> None:
    """Control: 7pm is an hour after closing, not before; 4pm is two hours before; a changed closing time
    with its 'hour before' is still a changed closing time."""
    assert _verdicts("Last admission is one hour before closing at 6pm, so 7pm.", HALL) != ["supported"]
    assert _verdicts("Last admission is one hour before closing at 6pm, so 4pm.", HALL) != ["supported"]
    answer = "We're open 10am to 7pm on Saturday, and last admission is one hour before closing, so 6pm."
    assert _verdicts(answer, HALL) != ["supported"]


def test_a_time_counted_from_the_customers_earlier_turn_is_supported() -> None:
    """The customer's booking ended at 16:00 two turns ago: '2 hours after the end' is 18:00; a changed result
    is still flagged."""
    def verdicts(answer: str) -> list[str]:
        return [v.verdict for v in score_answer(answer, LOCKER, query="And if I forget?",
                                                history="My booking was 14:00-16:00.").support]

    assert verdicts("If it is not emptied more than 2 hours after the end of your booking, so after 18:00, "
                    "its contents go to the front desk.") == ["supported"]
    assert verdicts("If it is not emptied more than 2 hours after the end of your booking, so after 19:00, "
                    "its contents go to the front desk.") != ["supported"]


# ---- a denial the evidence writes without a verb ("No refund for ...", "key: not possible") ---------------

HIRE = [Document(id="kb-140", content="No refund for unused nights once the key has been collected. "
                                      "Bedding is included in every booking.")]
BOATS = [Document(id="kb-141", content="engine size: 15 hp\nboat hire by children: not possible\n"
                                       "life jackets: included")]


def test_a_verbless_denial_denies_what_it_names() -> None:
    """'No refund for ...' denies the refund; a record line 'boat hire by children: not possible' denies its
    key's words; 'No, ...' (an answer) and a key with another value deny nothing."""
    assert "refund" in _denied_in("No refund for unused nights", "No refund for unused nights once the key ...")
    line = "boat hire by children: not possible"
    assert {"boat", "hire"} <= _denied_in("boat hire by children", line)
    assert _denied_in("No", "No, you can't.") == frozenset()
    assert _denied_in("engine size", "engine size: 15 hp") == frozenset()


def test_a_denial_the_evidence_writes_without_a_verb_is_supported() -> None:
    answer = "Unused nights aren't refunded once the key has been collected."
    assert _verdicts(answer, HIRE) == ["supported"]
    assert _verdicts("Children can't hire a boat.", BOATS) == ["supported"]


def test_the_reverse_of_a_verbless_denial_is_flagged() -> None:
    """Control: the claim that states what the evidence denies is not supported."""
    assert _verdicts("Unused nights are refunded once the key has been collected.", HIRE) != ["supported"]
    assert _verdicts("Children can hire a boat.", BOATS) != ["supported"]


# ---- a refusal explaining itself: "that isn't something our help articles cover" ---------------------------

def _claims(answer: str) -> list[str]:
    rules = load_contract().quality
    return [claim for _, claim, _ in read_answer(answer, rules.citation_pattern, (), (), 3).claims]


def test_a_refusal_saying_the_question_is_outside_its_sources_is_no_claim() -> None:
    """'isn't something our help articles cover' / 'I can answer from here, sorry' say the answer is missing."""
    assert _claims("I'm afraid that isn't something our help articles cover.") == []
    assert _claims("That isn't something I can answer from here, sorry.") == []
    assert _claims("Sorry, it's not something the guest information mentions.") == []


def test_a_statement_in_the_same_words_is_still_a_claim() -> None:
    """Control: 'isn't something we charge for' or '... our policy allows' is a statement about the business,
    and it is still judged (and flagged when no evidence holds it)."""
    assert _claims("That isn't something we charge for at the hostel.") != []
    assert _claims("That isn't something our cancellation policy allows.") != []
    docs = [Document(id="kb-5", content="Towels can be hired at reception for £2.")]
    assert _verdicts("That isn't something we charge for at the hostel.", docs) != ["supported"]
