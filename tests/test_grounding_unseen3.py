"""Grounding and retrieval-fit rules from reading a third unseen set's misses for general causes, each beside a
control that would refute it: the customer's earlier turns, arithmetic on the customer's figures and on
percentages, units written as adjectives ("a 3-year guarantee"), dates in another layout, refusals and
remarks that state nothing, age groups, figures one passage states together, hand-offs, article titles,
payment details, requests joined to a fact, and answers that meet the question. Fixtures are our own (a
pottery studio, a ferry line, a climbing gym); none is taken from an evaluation set."""

from __future__ import annotations

from llmops_kit.contract import load_contract
from llmops_kit.evidence_statements import record_keys
from llmops_kit.grounding import ClaimSupport
from llmops_kit.quality import score_answer, trace_history
from llmops_kit.retrieval_fit import answer_meets_question, answer_shows_mismatch
from llmops_kit.testing import build_trace
from llmops_kit.text import identifiers_in, numbers_in, read_answer, typed_quantities
from llmops_kit.traces import Document, Message

RULES = load_contract().quality
STUDIO = [Document(id="ps-11", content="Every kiln we sell has a 3-year guarantee. Members get €60 off any course. "
                                       "A 25% deposit is taken when you book a private lesson.")]
FERRY = [Document(id="fl-02", content="If your ferry leaves 30 minutes or more late you can claim a refund within "
                                      "14 days. Refunds are paid to the original card.")]
GYM_PROMPT = ("You are the Cragside climbing gym assistant. If the articles do not answer, send people to the "
              "front desk, 01632 960 555.")


def _verdicts(answer: str, docs: list[Document], *, query: str | None = None, instructions: str | None = None,
              history: str | None = None) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query, instructions=instructions,
                                            history=history).support]


def _claims(answer: str) -> list[str]:
    return [claim for _, claim, _ in read_answer(answer, RULES.citation_pattern, (), (), 3).claims]


# ---- the customer's earlier turns and figures ------------------------------------------------------------

def test_a_figure_from_an_earlier_turn_is_the_customers() -> None:
    """'Your £64 basket' two turns after the customer said so: vouched for; without that turn it is absent."""
    docs = [Document(id="ps-20", content="Delivery is free on orders over £50.")]
    answer = "Delivery is free on orders over £50, so your £64 basket ships free."
    assert _verdicts(answer, docs, query="Do I pay delivery?", history="My basket comes to £64.") == ["supported"]
    assert _verdicts(answer, docs, query="Do I pay delivery?") != ["supported"]


def test_the_history_is_the_user_turns_before_the_last() -> None:
    """trace_history reads the answering call's earlier user messages, not the assistant's, not the last one."""
    trace = build_trace("t-hist", "Do I pay delivery?", [Document(id="d", content="x")], answer="ok")
    llm = trace.llm_span
    assert llm is not None
    llm.messages = [Message(role="system", content="Be brief."), Message(role="user", content="My basket is £64."),
                    Message(role="assistant", content="Your basket is £99."),
                    Message(role="user", content="Do I pay delivery?")]
    assert trace_history(trace) == "My basket is £64."
    llm.messages = [Message(role="user", content="Do I pay delivery?")]
    assert trace_history(trace) is None


def test_arithmetic_on_the_customers_figure_is_supported() -> None:
    """€480 (the customer's, not restated) less the €60 member discount is €420; €400 is no arithmetic of the
    two, and without the customer's figure €420 has no operand (controls)."""
    query = "I'm a member and the wheel course is €480. What do I pay?"
    assert _verdicts("The €60 member discount takes it to €420.", STUDIO, query=query) == ["supported"]
    assert _verdicts("The €60 member discount takes it to €400.", STUDIO, query=query) != ["supported"]
    assert _verdicts("The €60 member discount takes it to €420.", STUDIO, query="What do I pay?") != ["supported"]


def test_a_bare_count_is_no_arithmetic_on_the_customers_figures() -> None:
    """Control: 'up to 3 codes' is not the customer's 'two codes' plus 'one order': only amounts, shares and
    durations are reached with the customer's figures, so a changed count stays contradicted."""
    docs = [Document(id="ps-40", content="Up to 2 gift vouchers can be used per order.")]
    query = "Can I use two gift vouchers on one order?"
    assert _verdicts("You can use up to 3 gift vouchers on one order.", docs, query=query) == ["contradicted"]
    assert _verdicts("You can use up to 2 gift vouchers on one order.", docs, query=query) == ["supported"]


def test_a_percentage_is_a_multiplier() -> None:
    """A 25% deposit on the customer's £640 lesson is £160; £180 is not 25% of anything stated."""
    query = "My private lesson is £640. How much do I pay now?"
    assert _verdicts("We take a 25% deposit when you book, so £160 now.", STUDIO, query=query) == ["supported"]
    assert _verdicts("We take a 25% deposit when you book, so £180 now.", STUDIO, query=query) != ["supported"]


# ---- units, dates, age groups ----------------------------------------------------------------------------

def test_a_unit_written_as_an_adjective_states_the_quantity() -> None:
    """'a 3-year guarantee' states 3 years; a range keeps its unit; 5 years is still not grounded."""
    assert "3 year" in typed_quantities("Every kiln has a 3-year guarantee.", True)
    assert {"10 day", "14 day"} <= typed_quantities("It arrives in 10-14 days.", True)
    assert _verdicts("The kiln is guaranteed for 3 years.", STUDIO) == ["supported"]
    assert _verdicts("The kiln is guaranteed for 5 years.", STUDIO) != ["supported"]


def test_a_dotted_date_is_the_day_the_tool_states() -> None:
    """14.06.2026 is the tool's 2026-06-14; 15.06.2026 is not."""
    docs = [Document(id="tool:class_lookup", content='{"class": "wheel basics", "slot": "2026-06-14T10:00"}')]
    assert _verdicts("Your wheel basics class is on 14.06.2026 at 10:00.", docs) == ["supported"]
    assert _verdicts("Your wheel basics class is on 15.06.2026 at 10:00.", docs) != ["supported"]


def test_a_dotted_range_is_the_days_the_article_words() -> None:
    """'03.09.2026-28.10.2026' against 'from 3 September to 28 October 2026'; a day off is absent."""
    docs = [Document(id="ps-30", content="The autumn glazing course runs from 3 September to 28 October 2026.")]
    assert _verdicts("The autumn glazing course runs 03.09.2026-28.10.2026.", docs) == ["supported"]
    assert _verdicts("The autumn glazing course runs 03.09.2026-29.10.2026.", docs) != ["supported"]


def test_an_age_group_is_a_number_not_a_code() -> None:
    """'under-16s' is 16 and no code; 'under-14s' against 'under 16' is absent (control)."""
    assert identifiers_in("Under-16s need a parent present.") == frozenset()
    assert numbers_in("Under-16s need a parent present.") == {"16"}
    assert identifiers_in("Use code UNDER-16X at checkout.") == {"under16x"}
    docs = [Document(id="cg-01", content="Climbers under 16 need a parent present at all times.")]
    assert _verdicts("Under-16s need a parent present at all times.", docs) == ["supported"]
    assert _verdicts("Under-14s need a parent present at all times.", docs) != ["supported"]


# ---- sentences that state nothing about the domain ------------------------------------------------------

def test_not_in_our_information_and_remarks_are_not_claims() -> None:
    """A refusal explaining itself and a remark of sympathy or enthusiasm state nothing a source could hold."""
    assert _claims("I'm afraid - that isn't in our studio information.") == []
    assert _claims("That isn't covered in our help articles.") == []
    assert _claims("Sorry, that sounds frustrating.") == []
    assert _claims("Oh, it's a lovely course!") == []


def test_a_remark_carrying_a_fact_stays_a_claim() -> None:
    """Controls: a remark joined to a fact, and a domain denial, are still judged."""
    assert _claims("It's a lovely course that runs every Tuesday at 7 pm.") != []
    assert _claims("Glazing materials are not included in the course fee.") != []


# ---- figures stated together, hand-offs, titles, payment details, requests ------------------------------

def test_figures_one_passage_states_together_support_a_rewording() -> None:
    """Both figures of a reworded claim in one passage: supported; a changed figure, or new matter around the
    same figures, is not."""
    docs = [Document(id="cg-07", content="Resoling costs £35 per pair. Resoled shoes are ready within 10 working "
                                         "days of drop-off.")]
    assert _verdicts("We charge £35 a pair to resole, and you'll have them back within 10 working days.",
                     docs) == ["supported"]
    assert _verdicts("We charge £45 a pair to resole, and you'll have them back within 10 working days.",
                     docs) != ["supported"]
    assert _verdicts("For £35 a pair we also give lifetime chalk, free lessons and a gym hoodie within 10 working "
                     "days.", docs) != ["supported"]


def test_a_hand_off_saying_what_the_contact_will_do_is_supported() -> None:
    """'The front desk on <published number> can confirm': a hand-off; with an invented upgrade it is not."""
    docs = [Document(id="cg-02", content="Day passes cost £14.")]
    assert _verdicts("The front desk on 01632 960 555 can confirm.", docs, instructions=GYM_PROMPT) == ["supported"]
    assert _verdicts("The front desk on 01632 960 555 can confirm your free upgrade to a private coaching session.",
                     docs, instructions=GYM_PROMPT) != ["supported"]


def test_an_article_title_is_evidence() -> None:
    """'Flexi Pass' named only in the article's title is grounded; the same article without a title is not."""
    body = "It gives 8 visits in any 60-day period."
    answer = "The Flexi Pass gives 8 visits in any 60-day period."
    assert _verdicts(answer, [Document(id="cg-09", title="Flexi Pass", content=body)]) == ["supported"]
    assert _verdicts(answer, [Document(id="cg-09", content=body)]) != ["supported"]


def test_payment_details_name_no_record() -> None:
    """An IBAN or card number the customer gave is where money goes, not a record with a status; an order id
    still is (control)."""
    assert record_keys("It can be refunded to GB82 WEST 1234 5698 7654 32.") == frozenset()
    assert record_keys("It can be paid to card 4111 1111 1111 1111.") == frozenset()
    assert record_keys("Order 48213 was refunded.") == {"48213"}
    query = "Refund my pass to GB82 WEST 1234 5698 7654 32, I never used it."
    docs = [Document(id="cg-04", content="Unused passes are refunded within 14 days of purchase.")]
    answer = "Unused passes are refunded within 14 days of purchase (you gave GB82 WEST 1234 5698 7654 32)."
    assert "absent" not in _verdicts(answer, docs, query=query)
    assert _verdicts("Booking BK-4471 was refunded.", docs, query="Was booking BK-4471 refunded?") == ["absent"]


def test_a_request_joined_to_a_fact_is_not_judged_as_the_fact() -> None:
    """'Please check the board; <the article's rule>': the rule is judged on its own; an invented rule after
    the same request is not supported (control)."""
    ok = "Please check the departure board; if your ferry leaves 30 minutes or more late you can claim a refund " \
         "within 14 days"
    bad = "Please check the departure board; if your ferry leaves late the crew serve free hot meals to everyone"
    assert _verdicts(ok, FERRY) == ["supported"]
    assert _verdicts(bad, FERRY) != ["supported"]


# ---- retrieval fit --------------------------------------------------------------------------------------

def _support(claim: str, evidence: str) -> ClaimSupport:
    return ClaimSupport(claim=claim, verdict="supported", source="document cg-05", evidence=evidence)


def test_an_answer_meeting_the_question_is_no_mismatch() -> None:
    """A claim whose article sentence names what the question names answers it; an article about something
    else, restated after the answer says it found nothing, shows the mismatch (control)."""
    question = "My kiln won't heat up at all. Who fixes it?"
    met = [_support("We repair faults within 2 days.", "Kiln faults are repaired within 2 days.")]
    off = [_support("The studio is open until 9 pm.", "The studio is open until 9 pm on weekdays.")]
    refusals = ("I could not find this in our help articles",)
    said = "I could not find this in our help articles. The studio is open until 9 pm."
    assert answer_meets_question(question, met)
    assert not answer_meets_question(question, off)
    assert not answer_shows_mismatch(1, met, called_tool=False, question=question, answer=said, refusals=refusals)
    assert answer_shows_mismatch(1, off, called_tool=False, question=question, answer=said, refusals=refusals)


def test_an_ending_the_returned_record_does_not_state_is_absent() -> None:
    """'Booking X was cancelled' when the tool returned booking X with no status: absent. Controls: 'X can be
    refunded' (a possibility), 'X is confirmed' (the record exists), and a record that says it was cancelled."""
    live = [Document(id="tool:booking_lookup", content='{"booking": "KL-20873", "tickets": 2, "paid_eur": 36.0}')]
    ended = [Document(id="tool:booking_lookup", content='{"booking": "KL-20873", "cancelled_on": "2026-05-02"}')]
    assert _verdicts("Booking KL-20873 was cancelled, so there are no tickets on it.", live) == ["absent"]
    assert _verdicts("Booking KL-20873 can be refunded.", live) != ["absent"]
    assert _verdicts("Booking KL-20873 is confirmed.", live) != ["absent"]
    assert "absent" not in _verdicts("Booking KL-20873 was cancelled.", ended)


def test_a_warning_repeating_the_customers_number_is_an_echo() -> None:
    """'Please don't post card numbers such as <the customer's card> in chat' repeats the customer's message;
    the same warning with a number the customer never gave is not an echo (control)."""
    query = "Put the class fee on 4111 1111 1111 1111 please."
    warning = "For your security, please don't post card numbers such as {} in chat."
    assert _verdicts(warning.format("4111 1111 1111 1111"), STUDIO, query=query) == ["supported"]
    assert _verdicts(warning.format("5555 5555 5555 4444"), STUDIO, query=query) != ["supported"]


def test_earlier_turns_are_not_the_question_asked() -> None:
    """An earlier turn offering two options ('paper or e-mail?') does not make the current question one that
    offers options; the figures of that turn are still the customer's."""
    docs = [Document(id="ps-50", content="Receipts are sent by e-mail. Paper receipts are posted within 5 days.")]
    answer = "Receipts are sent by e-mail."
    assert _verdicts(answer, docs, query="How do I get my receipt?", history="Paper or e-mail, which is faster?") \
        == ["supported"]
