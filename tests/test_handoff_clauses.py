"""A claim, or a piece of one, whose only content is a published contact or the customer's own value
(:mod:`llmops_kit.handoff_clauses`), each beside a control that must still be flagged: a wrong digit, other
opening days or hours, an e-mail the customer never gave, a promise beside the hand-off. Fixtures are our own (a
lending library); none is taken from an evaluation set."""

from __future__ import annotations

from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.handoff_clauses import _has_contact, _spanned_days, without_handoffs
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

LIBRARY = [Document(id="lib-12", content="Loans last 21 days. Reserved books are held for 7 days at the front desk. "
                                         "Late returns cost 20p a day.")]
PROMPT = ("You are the Fernhill Library assistant. Answer from the articles only. If they do not answer, say so and "
          "give the library's contacts: 01632 960 415 (Tue-Sat 09:30-17:00) or desk@fernhill-library.example.")
BY_TEXT = "Text me when my reserved book comes in: 07700 900461"
BY_EMAIL = "Please e-mail my loan reminders to sam.price84@example.org"


def _evidence(text: str, user: str = "") -> Evidence:
    sources = [EvidenceSource("system prompt", text)]
    return Evidence([*sources, EvidenceSource("user message", user, user=True)] if user else sources, r"(?!)")


def _verdicts(answer: str, query: str | None = None) -> list[str]:
    return [v.verdict for v in score_answer(answer, LIBRARY, query=query, instructions=PROMPT).support]


# ---- the customer's own value carried back --------------------------------------------------------------

def test_the_customers_number_handed_to_the_desk_is_no_claim() -> None:
    """The customer's mobile, in any layout, with what the desk does with it, and the published line: supported
    (the fitted decision found both unsupported or invented before)."""
    assert _verdicts("The office can note 07700 900461 on your membership.", BY_TEXT) == ["supported"]
    assert _verdicts("To have the desk text you on 07700 900461, please ring the office on 01632 960 415 so they "
                     "can update your record.", BY_TEXT) == ["supported"]


def test_a_number_the_customer_never_gave_is_still_flagged() -> None:
    """Control: another mobile, a mobile the customer did not write, or a wrong digit in the published line, is a
    hard fact no evidence holds; a request beside the line ("cancel your fines") is judged as any claim."""
    assert _verdicts("The office can note 07700 900462 on your membership.", BY_TEXT) == ["absent"]
    assert _verdicts("The office can note 07700 900461 on your membership.",
                     "Text me when my reserved book comes in.") == ["absent"]
    assert _verdicts("To have the desk text you on 07700 900461, please ring the office on 01632 960 416 so they "
                     "can update your record.", BY_TEXT) == ["absent"]
    assert _verdicts("To have the desk text you on 07700 900461, please ring the office on 01632 960 415 so they "
                     "can cancel your fines.", BY_TEXT) != ["supported"]


def test_the_customers_own_words_beside_the_published_line_are_no_claim() -> None:
    """'can confirm your pick-up date' to 'Is my pick-up date booked?': the customer's words, written apart;
    to a question naming no date the same words are new (control)."""
    answer = "The office on 01632 960 415 can confirm your pick-up date."
    assert _verdicts(answer, "Is my pick-up date booked?") == ["supported"]
    assert _verdicts(answer, "Is my book ready?") != ["supported"]


def test_a_record_id_or_a_figure_is_no_contact() -> None:
    """Control: a code the customer gave, or an amount beside the contact, is a statement, not a contact."""
    evidence = _evidence(PROMPT, "My reservation RS-44021 and my number 07700 900461")
    assert _has_contact("The desk can add 07700 900461 to your reservation", evidence)
    assert not _has_contact("Reservation RS-44021 was not approved", evidence)
    assert not _has_contact("Ask the desk on 01632 960 415 to refund the £4.20", evidence)


# ---- the published contact, its days and hours written another way ---------------------------------------

DIAL = "I'm phoning from Spain, which number do I dial?"


def test_a_day_range_of_the_contact_spans_its_days() -> None:
    """'Tue-Sat' holds Tuesday to Saturday, the days between included; a range round the weekend wraps."""
    evidence = _evidence(PROMPT)
    assert {"tuesday", "wednesday", "saturday"} <= _spanned_days(evidence)
    assert "monday" not in _spanned_days(evidence)
    assert {"friday", "sunday", "monday"} <= _spanned_days(_evidence("Open Fri-Mon."))


def test_the_published_line_with_its_days_in_words_is_supported() -> None:
    """The system prompt's 'Tue-Sat 09:30-17:00' written out in the hand-off: supported."""
    answer = "From Spain dial +44 1632 960 415; lines are open Tuesday to Saturday, 09:30 to 17:00."
    assert _verdicts(answer, DIAL) == ["supported"]


def test_other_days_or_hours_beside_the_published_line_are_flagged() -> None:
    """Control: a day the contact never names, or another closing time, is no hand-off."""
    for days, hours in (("Monday to Saturday", "17:00"), ("Tuesday to Sunday", "17:00"), ("Tuesday to Saturday",
                                                                                          "18:00")):
        answer = f"From Spain dial +44 1632 960 415; lines are open {days}, 09:30 to {hours}."
        assert _verdicts(answer, DIAL) == ["absent"]


# ---- a hand-off piece joined to a statement --------------------------------------------------------------

def test_a_statement_joined_to_the_customers_email_is_judged_alone() -> None:
    """'I'll note <the customer's e-mail>, but ...; <a fact>', '<a fact>; call <the published line> to ask
    whether ...': the fact is judged, the e-mail is the customer's and the line the library's."""
    answer = "I'll note sam.price84@example.org, but I can't send reminders myself; loans last 21 days."
    assert _verdicts(answer, BY_EMAIL) == ["supported"]
    assert _verdicts("Books are held for 7 days; call 01632 960 415 to ask whether it can be fitted in.",
                     "Has my reserved book come in?") == ["supported"]


def test_the_customers_email_alone_before_a_statement_is_no_claim() -> None:
    """'<the customer's e-mail> - <a fact>': the e-mail is an echo, the fact is judged; another address, or a
    reservation code in its place, keeps the claim whole (controls)."""
    evidence = _evidence(PROMPT, f"{BY_EMAIL}, reservation RS-44021")
    assert without_handoffs("sam.price84@example.org - reminders go out 2 days before", evidence, frozenset(),
                            "") == "reminders go out 2 days before"
    for claim in ("sam.prize84@example.org - reminders go out 2 days before", "RS-44021 - reminders go out 2 days"):
        assert without_handoffs(claim, evidence, frozenset(), "") == claim


def test_an_email_nobody_gave_or_a_wrong_fact_beside_the_hand_off_is_flagged() -> None:
    """Controls: an e-mail the customer never wrote keeps the piece, and a wrong figure beside the customer's
    e-mail or the published line is judged as any claim."""
    assert _verdicts("I'll note sam.prize84@example.org, but I can't send reminders myself; loans last 21 days.",
                     BY_EMAIL) == ["absent"]
    assert _verdicts("I'll note sam.price84@example.org, but I can't send reminders myself; loans last 28 days.",
                     BY_EMAIL) == ["contradicted"]
    assert _verdicts("Books are held for 10 days; call 01632 960 415 to ask whether it can be fitted in.",
                     "Has my reserved book come in?") == ["contradicted"]


def test_a_promise_attached_to_the_hand_off_is_flagged() -> None:
    """Control: 'call ... and they will renew it for free' is an offer the library never made, not a hand-off."""
    assert _verdicts("Books are held for 7 days; call 01632 960 415 and they will renew it for free.",
                     "Has my reserved book come in?") != ["supported"]
    assert _verdicts("Late returns cost 20p a day; call 01632 960 415 and they will waive the charge for you.",
                     "I returned a book late, what do I owe?") != ["supported"]
    claim = "Loans last 21 days; call 01632 960 415 and they will waive the charge"
    assert without_handoffs(claim, _evidence(PROMPT), frozenset(), "") == claim
