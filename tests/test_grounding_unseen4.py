"""Grounding rules from reading a fourth set's misses for general causes (arithmetic on given figures that the
answer carries one step further), each beside a control that would refute it: a step through the answer's own
percentage, an amount written in a minor currency unit, a date moved by a stated number of calendar days, and
a claim made only of dates and durations. Fixtures are our own (a bike-hire shop, a lending library, a
laundrette); none is taken from an evaluation set."""

from __future__ import annotations

from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

BIKES = [Document(id="bh-01", content="When you sell a used bike through our marketplace, a commission of 12.5% of "
                                      "the sale price is kept and the rest is paid within 3 working days.")]
LAUNDRY = [Document(id="ld-04", content="Dryers cost 45p per minute. The large washer is £6.")]
DRY = "How much is 20 minutes in the dryer?"
LIBRARY = [Document(id="lb-07", content="You can renew a loan online. Overdue books can be returned within 21 days "
                                        "of the reminder before a replacement fee is charged.")]


def _verdicts(answer: str, docs: list[Document], *, query: str | None = None) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query).support]


#: The verdicts a hard fact gives; "invented" is wording (the novel-word rule, or the fitted claim decision)
_HARD_FACT = frozenset(("contradicted", "absent"))


def _figures_reached(answer: str, docs: list[Document], *, query: str | None = None) -> bool:
    """No claim of the answer has a figure the evidence and the answer's arithmetic fail to reach (its wording
    is judged afterwards, by other rules)."""
    return not _HARD_FACT.intersection(_verdicts(answer, docs, query=query))


# ---- a step through the answer's own percentage ---------------------------------------------------------

def test_a_difference_through_the_answers_own_percentage_is_arithmetic() -> None:
    """£200 less the 12.5% commission of £25 is £175: the commission is 12.5% of the customer's £200."""
    query = "If I sell my bike for £200, what do I get?"
    assert _figures_reached("You get £175 (£200 minus the 12.5% commission of £25).", BIKES, query=query)


def test_a_wrong_result_after_the_percentage_step_is_still_absent() -> None:
    """Control: the same reasoning landing on £165 reaches no figure the steps give."""
    query = "If I sell my bike for £200, what do I get?"
    assert not _figures_reached("You get £165 (£200 minus the 12.5% commission of £25).", BIKES, query=query)


def test_a_commission_no_percentage_reaches_is_absent() -> None:
    """Control: a commission of £30 is not 12.5% of £200, and £170 follows only from it."""
    query = "If I sell my bike for £200, what do I get?"
    assert not _figures_reached("You get £170 (£200 minus the 12.5% commission of £30).", BIKES, query=query)


# ---- an amount in a minor currency unit -----------------------------------------------------------------

def test_a_product_with_an_amount_in_pence_is_arithmetic() -> None:
    """20 minutes at 45p is £9.00: 45p is £0.45."""
    assert _figures_reached("20 minutes at 45p a minute costs £9.00.", LAUNDRY, query=DRY)


def test_a_wrong_product_with_pence_is_still_absent() -> None:
    """Control: £9.90 is no product of 20 and 45p (nor 20 and 0.45)."""
    assert not _figures_reached("20 minutes at 45p a minute costs £9.90.", LAUNDRY, query=DRY)


def test_pence_never_read_from_a_figure_the_answer_writes_in_pounds() -> None:
    """Control: without a minor unit the 45 is not 0.45, so £9.00 has no operands (20 x 45 is 900)."""
    assert not _figures_reached("20 minutes at 45 a minute costs £9.00.", LAUNDRY, query=DRY)


# ---- a date moved by a stated number of days ------------------------------------------------------------

def test_a_date_moved_by_stated_days_is_date_arithmetic() -> None:
    """A reminder dated 4 June, 21 days: 25 June; the answer states both the days and the result."""
    query = "My overdue reminder is dated 4 June. Until when can I return the book?"
    assert _figures_reached("You have 21 days from the reminder, so until 25 June.", LIBRARY, query=query)


def test_a_date_the_stated_days_do_not_reach_is_absent() -> None:
    """Control: 28 June is not 4 June moved by 21 days."""
    query = "My overdue reminder is dated 4 June. Until when can I return the book?"
    assert not _figures_reached("You have 21 days from the reminder, so until 28 June.", LIBRARY, query=query)


def test_working_days_are_no_calendar_step() -> None:
    """Control: '3 working days' is no calendar step, so 7 June is not 4 June plus 3 days here."""
    docs = [Document(id="lb-09", content="Inter-library requests arrive within 3 working days.")]
    query = "I asked for the book on 4 June. When will it arrive?"
    assert not _figures_reached("It arrives within 3 working days, so by 7 June.", docs, query=query)


def test_a_claim_of_a_date_and_a_duration_only_states_facts() -> None:
    """'25 June (21 days)' names a date and a duration, both reached: no wording left to match."""
    query = "My overdue reminder is dated 4 June. Until when can I return the book?"
    assert _verdicts("Return deadline: 25 June (21 days).", LIBRARY, query=query) == ["supported"]
    assert _verdicts("Return deadline: 26 June (21 days).", LIBRARY, query=query) != ["supported"]


# ---- a hand-off worded freely ---------------------------------------------------------------------------

POOL_PROMPT = ("You are the Lakeside pool assistant. If the articles do not answer, send people to the reception "
               "desk, 01632 960 777, or bookings@lakeside-pool.example.")
POOL = [Document(id="lp-01", content="Lane swimming runs from 7 am to 9 pm on weekdays.")]


def _prompted(answer: str) -> list[str]:
    return [v.verdict for v in score_answer(answer, POOL, query="Can I hire the whole pool for a party?",
                                            instructions=POOL_PROMPT).support]


def test_a_hand_off_with_one_word_of_its_own_is_supported() -> None:
    """'The reception desk on 01632 960 777 will know': 'know' is new, the contact is published."""
    assert _prompted("The reception desk on 01632 960 777 will know.") == ["supported"]
    assert _prompted("If it's urgent, e-mail bookings@lakeside-pool.example.") == ["supported"]


def test_a_promise_beside_the_contact_is_not_a_hand_off() -> None:
    """Control: 'call ... for a free birthday cake' brings subject matter of its own (two new words or more)."""
    assert _prompted("Call the reception desk on 01632 960 777 for a free birthday cake.") != ["supported"]


def test_an_unpublished_contact_is_no_hand_off() -> None:
    """Control: a number the evidence does not publish is absent, however it is worded."""
    assert _prompted("The reception desk on 01632 960 999 will know.") == ["absent"]


# ---- layout read as facts, ordinals at a sentence end, records of several items -------------------------

def test_an_ordinal_ends_a_sentence() -> None:
    """'... after the 1st. You're ...' is two sentences; 'St. Mary' is still one."""
    from llmops_kit.text.split import split_sentences

    assert split_sentences("It renews on the 1st. You're billed then.") == ["It renews on the 1st.",
                                                                         "You're billed then."]
    assert split_sentences("Meet at St. Mary's gate.") == ["Meet at St. Mary's gate."]


PLANS = [Document(id="gy-01", content="Off-peak membership: £25 per month. Anytime membership: £40 per month.")]


def test_a_heading_states_figures_a_claim_may_compute_from() -> None:
    """'Anytime costs £15 more' below headings stating £25 and £40: arithmetic on the answer's own figures."""
    answer = ("### Off-peak - £25/month\n- weekdays only\n\n### Anytime - £40/month\n- any time\n\n"
              "Anytime costs £15 more.")
    assert _figures_reached(answer, PLANS)


def test_a_wrong_figure_in_a_heading_is_caught() -> None:
    """Control: a heading is layout, but its figure is a fact: '£45/month' is absent."""
    answer = "### Anytime - £45/month\n- any time\n\nIt includes every class."
    assert not _figures_reached(answer, PLANS)


def test_a_record_of_several_items_holds_each_items_status() -> None:
    """A payments record with one item 'captured' and one 'refund pending': either status is the record's (a
    value's status word is its status: 'refund pending' is pending, not refunded)."""
    from llmops_kit.evidence_statements import status_of

    stems, line = status_of("booking: B-1.\npayments state: captured.\npayments state: refund pending.")
    assert stems == {"captur", "pend"} and line == "payments state: captured."


# ---- one answer, one language ---------------------------------------------------------------------------

MUSEUM = [Document(id="mu-03", content="Carers go free; bring proof such as a carer's card or a benefits letter. "
                                       "Adult entry costs €12.")]


def test_a_short_piece_of_a_foreign_answer_is_read_in_the_answers_language() -> None:
    """'z. B.' cuts the German answer into a short piece ('Der Nachweis (z'); the answer is German, so its
    capitalised nouns are no names the evidence lacks."""
    answer = ("Begleitpersonen sind kostenlos. Der Nachweis (z. B. ein Pflegeausweis oder ein Bescheid) muss "
              "mitgebracht werden. Der Eintritt kostet 12 €.")
    assert _figures_reached(answer, MUSEUM)


def test_a_wrong_figure_in_a_foreign_answer_is_still_caught() -> None:
    """Control: the same answer with 15 € is absent, whatever the language."""
    answer = ("Begleitpersonen sind kostenlos. Der Nachweis (z. B. ein Pflegeausweis oder ein Bescheid) muss "
              "mitgebracht werden. Der Eintritt kostet 15 €.")
    assert not _figures_reached(answer, MUSEUM)


# ---- the time between two clock times --------------------------------------------------------------------

SALON = [Document(id="sl-02", content="Appointments cancelled at least 24 hours ahead are refunded in full; "
                                      "later cancellations are refunded at 50%.")]
SALON_Q = "My appointment is tomorrow at 09:00 and it's 21:30 now. Do I get my money back if I cancel?"


def test_hours_between_two_stated_times_are_clock_arithmetic() -> None:
    """21:30 to 09:00 the next morning is 11.5 hours, across midnight."""
    assert _figures_reached("It starts in 11.5 hours, inside the 24-hour window, so you get 50% back.", SALON,
                            query=SALON_Q)


def test_hours_no_two_stated_times_span_are_absent() -> None:
    """Control: 13.5 hours is no gap between 21:30 and 09:00."""
    assert not _figures_reached("It starts in 13.5 hours, inside the 24-hour window, so you get 50% back.", SALON,
                                query=SALON_Q)


# ---- the rest of a refusal --------------------------------------------------------------------------------

def test_where_a_refusal_looked_is_no_claim() -> None:
    """'I don't have that information in the resident guides, sorry.': the refusal phrase is cut, and what is
    left only says where the model looked; a fact after the refusal is still a claim."""
    from llmops_kit.text.claims import claim_text

    refusal = ("I don't have that information",)
    assert claim_text("I don't have that information in the resident guides, sorry.", r"\[\w+\]", refusal, 3) is None
    assert claim_text("I don't have that information, but the pool opens at 7 am.", r"\[\w+\]", refusal,
                      3) == "but the pool opens at 7 am"
    assert claim_text("In the resident guides, rent is due on the 1st.", r"\[\w+\]", refusal, 3) is not None
