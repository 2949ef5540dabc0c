"""Groundedness rules from reading an unseen set's misses for general causes, each beside a control that would
refute it: the bot describing its own sources, hand-offs to a published contact, arithmetic the answer
writes out, table rows, time ranges, clock markers, answers in another language. Fixtures are our own (a
bike workshop, a dental practice, a language school); none is taken from an evaluation set."""

from __future__ import annotations

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_hallucination
from llmops_kit.quality import score_answer
from llmops_kit.testing import build_trace
from llmops_kit.text import grouped_digits, identifiers_in, names_in, numbers_in, read_answer
from llmops_kit.text.arithmetic import period_factors, written_arithmetic
from llmops_kit.text.split import table_rows
from llmops_kit.traces import Document, Trace

RULES = load_contract().quality
WORKSHOP = [Document(id="kb-301", content="A basic service costs £45 and takes 2 working days. "
                                          "Wheel truing costs £12 per wheel.")]
PROMPT = ("You are the Spokesmith workshop assistant. If the articles do not answer, say so and give the "
          "workshop line (01632 960 732, help@spokesmith.example).")
LESSONS = [Document(id="kb-410", content="Group lessons cost €18 per week. The summer course runs for 6 weeks.")]


def _claims(answer: str) -> list[str]:
    return [claim for _, claim, _ in read_answer(answer, RULES.citation_pattern, (), (), 3).claims]


def _verdicts(answer: str, docs: list[Document], *, query: str | None = None,
              instructions: str | None = None) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query, instructions=instructions).support]


# ---- the bot describing its own sources ------------------------------------------------------------

def test_the_bot_describing_its_sources_is_not_a_claim() -> None:
    """'The articles I have cover X, not Y' explains a refusal; it states nothing about the domain."""
    assert _claims("The articles I have cover servicing and wheel truing, not e-bike batteries.") == []
    assert _claims("Our pages cover servicing; they don't mention frame repairs, so please call 01632 960 732.") == []


def test_a_sources_sentence_with_a_domain_figure_stays_a_claim() -> None:
    """Control: the articles 'saying' a figure is a statement about the domain, and is judged."""
    answer = "Our articles cover servicing, which takes 5 working days."
    assert _claims(answer) != []
    assert _verdicts(answer, WORKSHOP) == ["contradicted"]


def test_sorry_with_a_dash_is_the_bot_reporting_its_own_failure() -> None:
    """'Sorry - I can't reach ...' is conversation like 'Sorry, I can't reach ...'."""
    assert _claims("Sorry - I can't reach the booking system right now.") == []
    assert _claims("Sorry, I can't reach the booking system right now.") == []


# ---- contact details -------------------------------------------------------------------------------

def test_a_time_range_is_not_a_code() -> None:
    """'9 am-5 pm' joins two times; no code 'am5' is read from it."""
    assert identifiers_in("Open Mon-Fri, 9 am-5 pm, and Sat 10 a.m.-2 p.m.") == frozenset()
    assert identifiers_in("Your booking BK-5521 is confirmed") == {"bk5521"}  # control: a real code


def test_bracketed_and_international_numbers_are_one_number() -> None:
    """A number opening a bracket, or written +44 with a last group of six, is read whole."""
    assert grouped_digits("(01632 960 732, help@x.example)") == {"1632960732"}
    assert grouped_digits("call +44 1632 960732") == {"441632960732"}


def test_a_hand_off_to_the_published_line_in_another_layout_is_supported() -> None:
    """The system prompt's line, written +44, in a hand-off: supported; the same sentence with another
    number is absent (control)."""
    assert _verdicts("For anything else call +44 1632 960732.", WORKSHOP, instructions=PROMPT) == ["supported"]
    assert _verdicts("For anything else call +44 1632 960999.", WORKSHOP, instructions=PROMPT) == ["absent"]


def test_a_hand_off_with_an_invented_promise_is_not_waved_through() -> None:
    """Control: the published number beside words no evidence holds is judged as any claim."""
    verdicts = _verdicts("Call 01632 960 732 and we will collect your bike for free tomorrow.", WORKSHOP,
                         instructions=PROMPT)
    assert verdicts != ["supported"]


def test_a_preposition_opening_a_sentence_is_not_part_of_a_name() -> None:
    """'Without Express Care the ...' names 'Express Care', not 'Without'; a leading name stays a name."""
    assert names_in("Without Express Care the repair takes 2 working days") == {"express", "care"}
    assert names_in("Greater Manchester Police closed the road") >= {"greater", "manchester"}


# ---- arithmetic and tables -------------------------------------------------------------------------

def test_written_arithmetic_is_read_only_when_it_is_right() -> None:
    """'12 x €12 = €144' is a computed figure; '12 x €12 = €150' is not."""
    assert written_arithmetic("That is 12 x €12 = €144 a year.") == (("12", "12", "144"),)
    assert written_arithmetic("That is 12 x €12 = €150 a year.") == ()


def test_figures_the_answer_computes_step_by_step_are_supported() -> None:
    """Two wheels at £12 = £24, plus the £45 service: £69. Each step is arithmetic on stated figures."""
    answer = "Truing both wheels is 2 x £12 = £24, so with a basic service at £45 you pay £69 in total."
    assert _verdicts(answer, WORKSHOP) == ["supported"]


def test_a_wrong_total_is_still_contradicted() -> None:
    """Control: the same steps ending on a total no arithmetic of the stated figures reaches."""
    answer = "Truing both wheels is 2 x £12 = £24, so with a basic service at £45 you pay £75 in total."
    assert _verdicts(answer, WORKSHOP) != ["supported"]


def test_a_rate_restated_over_a_longer_period_is_arithmetic() -> None:
    """€18 a week over the 6-week course is €108; a week to a year is 52 when a claim names both periods."""
    assert 52.0 in period_factors("€3 a week, about €156 a year")
    assert period_factors("€3 a week") == frozenset()
    assert _verdicts("At €18 per week, the 6-week summer course comes to €108.", LESSONS) == ["supported"]
    assert _verdicts("At €18 per week, the 6-week summer course comes to €120.", LESSONS) != ["supported"]


def test_table_rows_are_checked_for_their_figures() -> None:
    """A table row whose price no article holds is a fabricated verdict; a row with the article's price adds none."""
    good = "| job | price |\n|---|---|\n| basic service | £45 |\n| wheel truing | £12 |"
    bad = "| job | price |\n|---|---|\n| basic service | £55 |\n| wheel truing | £12 |"
    assert table_rows(good) == ("job; price", "basic service; £45", "wheel truing; £12")
    assert score_answer(good, WORKSHOP).support == []
    assert [v.verdict for v in score_answer(bad, WORKSHOP).support] in (["contradicted"], ["absent"])


def test_a_wrong_price_in_a_table_fires_hallucination() -> None:
    """The detector reads a table's figures: one wrong price in the only table of an answer is HALLUCINATION."""
    def trace(price: str) -> Trace:
        return build_trace("t-table", "How much is a service?", WORKSHOP,
                           answer=f"| job | price |\n|---|---|\n| basic service | {price} |")
    assert detect_hallucination(trace("£55"), load_contract())
    assert not detect_hallucination(trace("£45"), load_contract())


def test_a_claim_may_compute_from_the_figures_of_a_table_above_it() -> None:
    """'A basic service costs £33 more than wheel truing' below a table of both prices: 45 - 12, the table's."""
    answer = ("| job | price |\n|---|---|\n| basic service | £45 |\n| wheel truing | £12 |\n\n"
              "A basic service costs £33 more than wheel truing.")
    assert _verdicts(answer, WORKSHOP) == ["supported"]
    assert _verdicts(answer.replace("£33", "£30"), WORKSHOP) != ["supported"]


# ---- clock markers and other languages -----------------------------------------------------------

def test_the_clock_pm_is_not_a_content_word() -> None:
    """'6:30 pm' against a record's '18:30': the time is a hard fact; 'pm' is no word the evidence must hold."""
    record = [Document(id="tool:bookings", content="booking: check-up.\nstarts: 2026-03-12T18:30:00.\nroom: 4.")]
    assert _verdicts("Your check-up is on Thursday 12 March at 6:30 pm in room 4.", record) == ["supported"]
    assert _verdicts("Your check-up is on Thursday 12 March at 7:30 pm in room 4.", record) != ["supported"]


def test_an_italian_answer_is_judged_by_its_hard_facts() -> None:
    """Italian shares 'i', 'in' with English function words; the claim is still read as Italian."""
    assert _verdicts("Le lezioni di gruppo costano 18 euro a settimana, per i corsi in estate.", LESSONS) == [
        "supported"]
    assert _verdicts("Le lezioni di gruppo costano 25 euro a settimana, per i corsi in estate.", LESSONS) != [
        "supported"]


def test_an_amount_said_in_words_is_one_amount() -> None:
    """'eighteen euros fifty' is €18.50; 'eighteen euros and fifty cents' stays two figures (control)."""
    course = [Document(id="kb-411", content="The placement test costs €18.50 and takes 40 minutes.")]
    assert numbers_in("it costs eighteen euros fifty") == {"18.5"}
    assert numbers_in("eighteen euros and fifty cents") == {"18", "50"}
    assert _verdicts("The placement test costs eighteen euros fifty.", course) == ["supported"]
    assert _verdicts("The placement test costs nineteen euros fifty.", course) != ["supported"]


def test_a_numeric_date_is_compared_as_the_evidence_writes_it() -> None:
    """'valid until 30/09/2026' against a record's '2026-09-30' is the same day in another layout: supported;
    a record with another day leaves the layout as it is, and the claim is not supported (control)."""
    record = [Document(id="tool:course_pass", content="lessons left: 4.\nexpires: 2026-09-30.")]
    other = [Document(id="tool:course_pass", content="lessons left: 4.\nexpires: 2026-10-30.")]
    assert _verdicts("4 left, valid until 30/09/2026.", record) == ["supported"]
    assert _verdicts("4 left, valid until 30/09/2026.", other) != ["supported"]


def test_a_statement_after_an_apology_is_a_claim() -> None:
    """'I'm sorry, but <statement>' states the statement; a bare apology or a failed action stays conversation."""
    assert _claims("I'm sorry, but group lessons cost €25 per week.") == ["group lessons cost €25 per week"]
    assert _verdicts("I'm sorry, but group lessons cost €25 per week.", LESSONS) != ["supported"]
    assert _claims("I'm sorry, I can't help with that.") == []
    assert _claims("Sorry, but I could not find your booking.") == []


def test_each_body_row_of_a_markdown_table_comes_with_its_own_tables_header() -> None:
    """Two tables parted by prose keep their own headers; separator lines are skipped; marks are dropped."""
    from llmops_kit.text.split import labelled_table_rows

    answer = ("| Item | **Refunded?** |\n|---|:-:|\n| Booking fee | No |\n| Ticket | `Yes` |\n\nAlso:\n"
              "| Day | Hours |\n| --- | --- |\n| Sun | 10am-4pm |")
    rows = labelled_table_rows(answer)
    assert [(r.header, r.cells) for r in rows] == [
        (("Item", "Refunded?"), ("Booking fee", "No")), (("Item", "Refunded?"), ("Ticket", "Yes")),
        (("Day", "Hours"), ("Sun", "10am-4pm"))]
    assert rows[0].line == "| Booking fee | No |" and labelled_table_rows("no table here") == ()
