"""An elliptical denial read with the predicate it borrows from the clause before it
(:mod:`llmops_kit.elliptical_denials`, the ``ellipsis55`` round): "the hours are refunded, but the 500 Ft booking fee
is not" denies that the booking fee is refunded, so "we refund the booking fee too" turns it round; "Breakfast is
included in the room rate, but parking isn't" denies that parking is included. Controls: the claim denying it (the
right form) stays supported, a claim about the first clause's subject stays supported, a first clause with no
auxiliary to lend ("Adults pay the full fare, but children don't") leaves the verdict as it was, and the switch off
gives the old verdict."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import claim_meaning, elliptical_denials, refund_polarity
from llmops_kit.elliptical_denials import completed_denials, lending_clause
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

#: The readers whose per-text caches hold what the switch changes.
CACHES = (refund_polarity._statements, claim_meaning._statement_clauses, claim_meaning._statement_index,
          claim_meaning._statements_denied, claim_meaning._signed_statements)

LOCKERS = Document(id="KCS-06", content=(
    "You can book a locker up to 30 days ahead on our website. You can cancel free of charge up to 2 hours before "
    "the start of the booking: the hours are refunded, but the 500 Ft booking fee is not. If you do not arrive, the "
    "locker is held for 3 hours from the booked start and then released."))
HOTEL = Document(id="H-2", content="Breakfast is included in the room rate, but parking isn't. Check-in is from 3 pm.")
BIKES = Document(id="B-1", content=(
    "Helmets can be borrowed at the desk, but child seats can't. Bikes are serviced every spring."))
FARES = Document(id="F-1", content="Adults pay the full fare, but children don't. Tickets are sold on board.")
REFUND_FEE = ("Yes, you can cancel free of charge up to 2 hours before the booked start, and we refund the booking "
              "fee too.")


def _verdicts(answer: str, doc: Document, *, read: bool = True) -> list[str]:
    with fresh_scores(*CACHES), patch.object(elliptical_denials, "READ_ELLIPTICAL_DENIALS", read):
        return [v.verdict for v in score_answer(answer, [doc], query="Can I?").support]


@pytest.mark.parametrize(("sentence", "completed"), [
    ("the hours are refunded, but the 500 Ft booking fee is not.", "the 500 Ft booking fee is not refunded"),
    ("The hours are refunded; the 500 Ft booking fee is not.", "the 500 Ft booking fee is not refunded"),
    ("Breakfast is included, parking isn't.", "parking isn't included"),
    ("Rackets can be hired, but shoes can't.", "shoes can't be hired"),
    ("Only padel shoes are allowed on court; running shoes are not.", "running shoes are not allowed on court"),
])
def test_an_elliptical_denial_borrows_the_predicate_before_it(sentence: str, completed: str) -> None:
    assert completed_denials(sentence) == (completed,)


@pytest.mark.parametrize("sentence", [
    "Adults pay the full fare, but children don't.",  # no auxiliary of its kind to lend a predicate
    "Parking is not free, but the lockers are not.",  # a denial lends nothing to deny again
    "Tips are welcome, but they are not.",  # a pronoun is no subject of its own
    "Call us if it is, but not if it isn't.",
    "The booking fee is not refunded.",  # a whole denial, nothing left out
])
def test_no_predicate_to_borrow_completes_nothing(sentence: str) -> None:
    assert completed_denials(sentence) == ()
    assert lending_clause(sentence) is None


def test_the_reading_off_completes_nothing() -> None:
    with patch.object(elliptical_denials, "READ_ELLIPTICAL_DENIALS", False):
        assert completed_denials("Breakfast is included, parking isn't.") == ()
        assert lending_clause("Breakfast is included, parking isn't.") is None


def test_a_refund_of_the_denied_fee_is_the_rule_turned_round() -> None:
    """holdout37 lockers-049's form: the fee the evidence keeps is said to be refunded."""
    assert _verdicts(REFUND_FEE, LOCKERS) == ["contradicted"]
    assert _verdicts("The booking fee is refunded if you cancel in time.", LOCKERS) == ["contradicted"]
    assert _verdicts(REFUND_FEE, LOCKERS, read=False) == ["supported"]  # the switch off: the old verdict


@pytest.mark.parametrize("answer", [
    "The booking fee isn't refunded when a booking is cancelled.",  # the right form
    "The hours are refunded; the 500 Ft booking fee is not.",  # the evidence's own ellipsis
    "If you cancel in time, the hours are refunded.",  # the first clause's subject
])
def test_the_right_form_and_the_first_subject_stay_supported(answer: str) -> None:
    assert _verdicts(answer, LOCKERS) == ["supported"]


@pytest.mark.parametrize(("answer", "doc"), [
    ("Parking is included in the room rate.", HOTEL),
    ("Child seats can be borrowed at the desk.", BIKES),
])
def test_the_borrowed_predicate_stated_of_the_denied_subject_is_reversed(answer: str, doc: Document) -> None:
    assert _verdicts(answer, doc) == ["unsupported"]
    assert _verdicts(answer, doc, read=False) == ["supported"]  # the switch off: the old verdict


@pytest.mark.parametrize(("answer", "doc"), [
    ("Breakfast is included in the room rate.", HOTEL),  # the lending clause is plain: no reversal of its own
    ("Helmets can be borrowed at the desk.", BIKES),
    ("Child seats can't be borrowed.", BIKES),
])
def test_the_first_subject_and_the_denial_stay_supported(answer: str, doc: Document) -> None:
    assert _verdicts(answer, doc) == ["supported"]


def test_the_denial_in_the_right_form_is_now_held() -> None:
    """'Parking isn't included in the room rate' was unsupported (its word 'included' denied where the article's
    closest clause states it); read with the borrowed predicate, the article says just that."""
    assert _verdicts("Parking isn't included in the room rate.", HOTEL) == ["supported"]
    assert _verdicts("Parking isn't included in the room rate.", HOTEL, read=False) == ["unsupported"]


def test_a_first_clause_with_nothing_to_lend_leaves_the_verdict() -> None:
    for answer in ("Children pay the full fare.", "Children don't pay the full fare."):
        assert _verdicts(answer, FARES) == _verdicts(answer, FARES, read=False)
