"""The article's time limit applied to the customer's own case (:mod:`llmops_kit.rule_applications`): "bookings can be
moved up to 3 days before the hire date, and tomorrow is too close" to "my hire starts tomorrow" is supported; the
same clause said of a hire 10 days away is contradicted; a limit the article gives for another subject, or a verdict
with no length of the customer's, is no application and is judged as before.

The fixtures are this file's own (a bike hire, a shoe shop, a hairdresser).
"""

from __future__ import annotations

import pytest

from llmops_kit import grounding
from llmops_kit.rule_applications import applied_limit
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence as _evidence
from .verdict_cases import fresh_verdicts as _verdicts

HIRE = [Document(id="bh-4", content="Changing a booking: bookings can be moved free of charge up to 3 days before the "
                                    "hire date. Helmets are included with every bike.")]
SHOES = [Document(id="sh-2", content="Unworn shoes can be returned within 30 days of delivery for a full refund. "
                                     "Repairs to soles take up to 14 days.")]
SALON = [Document(id="hs-7", content="Appointments can be cancelled without a fee up to 48 hours before the "
                                     "appointment. Cancellations within 48 hours of the appointment are charged at "
                                     "half the price. A 1-day notice is enough for a change of stylist.")]
VET = [Document(id="vp-3", content="Repeat prescriptions are refilled only if your dog was examined by one of our vets "
                                   "within the last 12 months. Refills take up to 2 working days.")]


#: A limit applied to the customer's own length of time, rightly.
APPLIED = [
    ("Not this one, sorry: changes have to be made at least 3 days before the hire date, and tomorrow is too close.",
     HIRE, "My hire starts tomorrow. Can I move it to next month?"),
    ("30 days, so you are inside it.", SHOES,
     "My shoes were delivered 12 days ago and I never wore them. Can I get my money back?"),
    ("Yes, half the price - it is inside the 48-hour window.", SALON,
     "My appointment is in 30 hours. Will I pay anything if I cancel?"),
    # "the 12-month rule" names the limit; the part after the semicolon is judged on its own
    ("Yes, a check-up 5 months ago is recent enough (12-month rule); allow up to 2 working days.", VET,
     "Can you refill Rex's pills? His last check-up was 5 months ago."),
]


@pytest.mark.parametrize(("answer", "docs", "query"), APPLIED)
def test_a_limit_applied_to_the_customers_case_is_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), APPLIED)
def test_without_the_reading_the_application_is_not_supported(answer: str, docs: list[Document], query: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grounding, "applied_limit", lambda *args, **kwargs: None)
    assert _verdicts(answer, docs, query) != ["supported"]


#: The same clauses with a length of time on the other side of the limit: the comparison fails.
MISAPPLIED = [
    ("30 days, so you are inside it.", SHOES,
     "My shoes were delivered 45 days ago and I never wore them. Can I get my money back?"),
    ("Yes, half the price - it is inside the 48-hour window.", SALON,
     "My appointment is in 5 days. Will I pay anything if I cancel?"),
    ("Yes, 1 day is more than 48 hours before the appointment, so cancelling is free.", SALON,
     "My appointment is in 1 day. Can I cancel it without paying?"),
    ("Yes, a check-up 15 months ago is recent enough (12-month rule); allow up to 2 working days.", VET,
     "Can you refill Rex's pills? His last check-up was 15 months ago."),
]


@pytest.mark.parametrize(("answer", "docs", "query"), MISAPPLIED)
def test_a_misapplied_limit_is_contradicted(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["contradicted"]


@pytest.mark.parametrize(("answer", "docs", "query"), MISAPPLIED)
def test_without_the_reading_the_misapplied_limit_is_not_contradicted(
        answer: str, docs: list[Document], query: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grounding, "applied_limit", lambda *args, **kwargs: None)
    assert "contradicted" not in _verdicts(answer, docs, query)


def test_a_length_on_both_sides_of_the_limit_decides_nothing() -> None:
    # 'tomorrow morning' is a day away, '30 hours' more than one: inside a 1-day window, yes and no
    evidence = _evidence(SALON, "My appointment is tomorrow morning, 30 hours from now. Will I pay anything?")
    assert applied_limit("Yes, it is inside the 1-day window", evidence) is None


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # 14 days is the sole repairs' time, not a return window: no rule on the subject gives it
    ("Yes, returns are accepted for 14 days, so you are inside it.", SHOES,
     "My shoes were delivered 10 days ago. Can I return them?"),
    # the rule stated, no verdict on the customer's case
    ("Unworn shoes can be returned within 30 days of delivery for a full refund.", SHOES,
     "My shoes were delivered 45 days ago. Can I return them?"),
    # a verdict, but the customer gives no length of time
    ("Yes: unworn shoes can be returned within 30 days of delivery, so you are well inside it.", SHOES,
     "Can I return unworn shoes?"),
    # the claim's other words are not the rule's: an invented rule around a held limit
    ("Yes, our loyalty members get a free upgrade and a spare helmet within 3 days, so you are inside it.", HIRE,
     "My hire starts tomorrow. Can I move it?"),
])
def test_no_application_without_a_rule_on_the_subject_and_the_customers_length(
        answer: str, docs: list[Document], query: str) -> None:
    assert applied_limit(answer.rstrip("."), _evidence(docs, query)) is None


def test_an_invented_rule_applied_to_the_customers_case_is_still_flagged() -> None:
    verdicts = _verdicts("Yes, returns are accepted for 14 days, so you are inside it.", SHOES,
                         "My shoes were delivered 10 days ago. Can I return them?")
    assert verdicts != ["supported"]
    verdicts = _verdicts("Yes, our loyalty members get a free upgrade and a spare helmet within 3 days, so you are "
                         "inside it.", HIRE, "My hire starts tomorrow. Can I move it?")
    assert verdicts != ["supported"]


def test_the_claims_other_part_is_judged_on_its_own() -> None:
    verdicts = _verdicts("Yes, a check-up 5 months ago is recent enough (12-month rule); we also deliver the pills "
                         "free to your door.", VET, "Can you refill Rex's pills? His last check-up was 5 months ago.")
    assert verdicts != ["supported"]
    verdicts = _verdicts("Yes: unworn shoes can be returned within 30 days of delivery, so you are well inside it; we "
                         "also send a free pair of socks with every refund.", SHOES,
                         "My shoes were delivered 12 days ago. Can I return them?")
    assert verdicts != ["supported"]


def test_a_day_word_the_clause_does_not_name_is_not_the_length_compared() -> None:
    # "today" dates the flight; "that" is the delay the answer reads off the times, not a length of 0 days
    flights = [Document(id="fl-9", content="From a 2-hour delay at departure we give meal vouchers at the gate.")]
    evidence = _evidence(flights, "My flight to Oslo today is delayed, what do I get?")
    assert applied_limit("As that's more than 2 hours late, ask at the gate for meal vouchers", evidence) is None


@pytest.mark.parametrize("verdict", [
    "it's inside", "you are within", "is recent enough", "is new enough", "is in time", "is too close", "is too soon",
    "is not enough notice", "is less than", "is under", "is shorter than", "is fewer than", "is still valid",
    "is outside", "would have lapsed", "has expired", "is past", "is beyond", "is over", "is more than",
    "is longer than", "is too long ago", "is out of date", "is no longer covered",
])
def test_every_verdict_holds_a_word_the_fast_check_reads(verdict: str) -> None:
    from llmops_kit.rule_applications import _VERDICT_KEYS, _VERDICT_RE
    from llmops_kit.text import words_in
    assert _VERDICT_RE.search(verdict) is not None
    assert not _VERDICT_KEYS.isdisjoint(words_in(verdict))


#: What a comparison that holds is said to lead to, after "so" (the rule25 round): the made-up rules of a gym, a pottery
#: class and a boat trip.
GYM = [Document(id="gm-5", content="Cancelling your membership: memberships cancelled more than 30 days before the "
                                   "renewal date are refunded in full except the joining fee. Within 30 days of "
                                   "renewal the next month is charged.")]
CLASS = [Document(id="pc-8", content="Classes can be cancelled free of charge up to 72 hours before the class starts; "
                                     "after that we can move you to another class once.")]
BOAT = [Document(id="bt-2", content="Trips cancelled more than 7 days before departure are refunded less a £5 "
                                    "admin fee. Life jackets are provided on every trip.")]
GYM_Q = "My renewal is in 6 weeks. If I cancel now, what do I lose?"
CLASS_Q = "We might have to drop out 5 days before the class starts, is that alright?"
BOAT_Q = "Our boat trip leaves in 10 days and we need to cancel. What do we get back?"


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("That's more than 30 days before the renewal date, so you get everything back except the joining fee.", GYM,
     GYM_Q),
    ("Yes, 5 days is more than 72 hours before the class starts, so it is free of charge.", CLASS, CLASS_Q),
    ("10 days is more than 7 days before departure, so the money comes back less the £5 admin fee.", BOAT, BOAT_Q),
])
def test_the_rules_outcome_in_other_words_after_a_comparison_that_holds_is_supported(
        answer: str, docs: list[Document], query: str) -> None:
    """Controls for any check of the outcome on its own: judged alone, 'you get everything back except the joining
    fee' falls below the similarity bar and 'the money comes back' holds two words no source does."""
    assert _verdicts(answer, docs, query) == ["supported"]


_OUTCOME_XFAIL = pytest.mark.xfail(
    strict=True, reason="rule25: the outcome after 'so' is held only to the claim's share of novel words; an invented "
    "outcome with the rule's words around it passes (no reading found that flags it without flagging the paraphrases "
    "above)")


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # an invented gratuity as the outcome: flagged by the gratuity reading (free_claims, clause25 round)
    ("Yes, 5 days is more than 72 hours before the class starts, so you get a free mug and a voucher.", CLASS,
     CLASS_Q),
    pytest.param("That's more than 30 days before the renewal date, so you get everything back including the joining "
                 "fee.", GYM, GYM_Q, marks=_OUTCOME_XFAIL),
])
def test_an_invented_or_reversed_outcome_after_a_comparison_that_holds_is_flagged(
        answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) != ["supported"]


# A permission the article states, turned into its restriction and applied to the customer's case ("Unworn shoes can
# be returned" -> "Only unworn shoes can be returned, so a pair that's been worn can't be sent back" to "I wore them
# once"): the faithful form, the wrong forms any reading of it must keep flagged, and the form that already passes.
# rule29 round: on the read sets this form is a false alarm on one author's set only (three traces, one answer), so
# no reading is kept; the faithful form stays a strict xfail until a second author's set shows it.
# rule42 round: `rule_applications.excluded_case` now reads the form where the item is named in the customer's words
# ("a jumper that's been worn" to "He wore the jumper"); "a pair" for the customer's "them" and a qualifier that is no
# "un-" word ("still in their original pots") are not read, so these stay strict xfails.
SHOP = [Document(id="sh-9", content="Unworn shoes can be returned within 30 days of delivery for a full refund. "
                                    "Repairs to soles take up to 14 days.")]
NURSERY = [Document(id="gc-3", content="Plants still in their original pots can be exchanged within 14 days. We "
                                       "deliver within 10 miles for £6.")]
WORN_Q = "I wore them to a wedding once and they pinch. Can I send them back?"
UNWORN_Q = "They're unworn and still in the box. Can I send them back?"
PLANTED_Q = "I planted the rose last week and it looks sickly, can I swap it?"

_RESTRICTION_XFAIL = pytest.mark.xfail(
    strict=True, reason="rule29: the permission read as its restriction and applied to the customer's stated case is "
    "judged by the fitted decision and falls under it; a false alarm on one author's set only, so no reading is kept")


@pytest.mark.parametrize(("answer", "docs", "query"), [
    pytest.param("Only unworn shoes can be returned, so a pair that's been worn can't be sent back, sorry.", SHOP,
                 WORN_Q, marks=_RESTRICTION_XFAIL),
    pytest.param("Only unworn shoes can be returned, so a pair that's been worn can't be returned.", SHOP, WORN_Q,
                 marks=_RESTRICTION_XFAIL),
    pytest.param("Only plants still in their original pots can be exchanged, so a rose that's been planted out "
                 "can't be swapped, sorry.", NURSERY, PLANTED_Q, marks=_RESTRICTION_XFAIL),
    # the restriction stated first, the permission after it: passes on the word steps
    ("Worn shoes can't be returned, only unworn pairs within 30 days.", SHOP, WORN_Q),
])
def test_a_permission_applied_as_its_restriction_to_the_customers_case_is_supported(
        answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


_CONSEQUENCE_XFAIL = pytest.mark.xfail(
    strict=True, reason="rule29: a consequence after 'so' that repeats the article's verb and subject words is held "
    "with the permission; the customer's stated case (here: the condition met) is not read")


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the case said to be allowed after all, with an invented outcome
    ("Only unworn shoes can be returned, so a worn pair can be swapped for credit.", SHOP, WORN_Q),
    ("Only plants still in their original pots can be exchanged, so a rose that's been planted out can be swapped "
     "for a voucher.", NURSERY, PLANTED_Q),
    # the permission's condition changed
    ("Only shoes bought this week can be returned, so a pair that's been worn can't be sent back.", SHOP, WORN_Q),
    ("Only plants bought this week can be exchanged, so a rose that's been planted out can't be swapped.", NURSERY,
     PLANTED_Q),
    # the restriction applied to a customer whose message says the condition is met
    ("Only unworn shoes can be returned, so a pair like yours can't be sent back, sorry.", SHOP, UNWORN_Q),
    ("Only unworn shoes can be returned, so a pair that's been worn can't be sent back, sorry.", SHOP, UNWORN_Q),
    ("Only unworn shoes can be returned, so a pair that's been worn can be returned.", SHOP, WORN_Q),
    # with the article's own verb repeated and no word of the case, the customer's stated case is not read (rule29)
    pytest.param("Only unworn shoes can be returned, so a pair like yours can't be returned.", SHOP, UNWORN_Q,
                 marks=_CONSEQUENCE_XFAIL),
])
def test_a_permission_turned_round_wrongly_is_flagged(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) != ["supported"]
