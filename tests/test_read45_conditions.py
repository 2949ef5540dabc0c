"""An invented condition the readers missed (the cond45 round): a plain "once" or "if" after a claim's rule
(:data:`llmops_kit.late_conditions.READ_ONCE_CONDITIONS`, :data:`llmops_kit.late_conditions.READ_TRAILING_IFS`), a
restriction with "only" of a means or of whom a thing is open to
(:data:`llmops_kit.late_conditions.READ_ONLY_RESTRICTIONS`),
and a condition whose words the texts state only of another subject
(:data:`llmops_kit.condition_subjects.READ_CONDITION_SUBJECTS`). Each makes its claim *unsupported*; a condition the
texts state, in their words or beside the rule, stays supported, as does a marker that sets no condition, and the
old verdict returns with each switch off.

The fixtures are this file's own (a climbing wall, a print shop, a bike hire).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import condition_subjects, late_conditions
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

WALL = [Document(id="cw-1", content="Children aged 8 and over can climb in the supervised sessions. An adult must stay "
                                    "in the building throughout. Belay lessons are for adults only.")]
PRINT = [Document(id="ps-4", content="Business customers are invoiced at the end of each month. Large posters are "
                                     "trimmed by hand. Every courier signs a delivery receipt and keeps a copy for "
                                     "the records.")]
BIKES = [Document(id="bh-2", content="Electric bikes can be hired for a full day from the harbour kiosk, with a helmet "
                                    "and a lock included. Riders must show a photo ID at the desk. Helmets are lent "
                                    "free with every hire. Hire is paid by card at the kiosk.")]

BIKE_EVIDENCE = documents_evidence(BIKES)

ONCE_CASE = ("Children can climb in the supervised sessions once they have passed a swimming test.", WALL,
             "Can my 9-year-old climb?")
IF_CASE = ("Yes, electric bikes can be hired for a full day from the harbour kiosk if the riders are staying at a "
           "partner hotel.", BIKES, "Can I hire an e-bike for the day?")
PAYMENT_CASE = ("Electric bikes can be hired for a full day from the harbour kiosk, paid in cash only.", BIKES,
                "Can I hire an e-bike for the day?")
OPEN_CASE = ("Children aged 8 and over can climb in the supervised sessions, which are only open to children with a "
             "club membership card.", WALL, "Can my 9-year-old climb?")
SUBJECT_CASE = ("Business customers are invoiced at the end of each month provided they sign a receipt.", PRINT,
                "Can my company pay monthly?")


@pytest.mark.parametrize(("answer", "docs", "query"), [ONCE_CASE, IF_CASE, PAYMENT_CASE, OPEN_CASE, SUBJECT_CASE])
def test_an_invented_condition_is_unsupported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["unsupported"]


@pytest.mark.parametrize(("case", "module", "switch"), [
    (ONCE_CASE, late_conditions, "READ_ONCE_CONDITIONS"),
    (IF_CASE, late_conditions, "READ_TRAILING_IFS"),
    (PAYMENT_CASE, late_conditions, "READ_ONLY_RESTRICTIONS"),
    (OPEN_CASE, late_conditions, "READ_ONLY_RESTRICTIONS"),
    (SUBJECT_CASE, condition_subjects, "READ_CONDITION_SUBJECTS"),
])
def test_without_the_switch_the_old_verdict_returns(case: tuple[str, list[Document], str], module: object,
                                                    switch: str) -> None:
    answer, docs, query = case
    with fresh_scores(), patch.object(module, switch, False):
        assert _verdicts(answer, docs, query) == ["supported"]


# ---- controls: the texts' own condition, in its words or beside its rule; a marker that sets no condition -----

@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the condition the texts state, in the sentence after the rule
    ("Children can climb in the supervised sessions if an adult stays in the building.", WALL,
     "Can my 9-year-old climb?"),
    ("Electric bikes can be hired for a full day once you show a photo ID at the desk.", BIKES,
     "Can I hire an e-bike for the day?"),
    # the condition the texts state, in other words
    ("Children can climb in the supervised sessions if a grown-up stays in the building throughout.", WALL,
     "Can my 9-year-old climb?"),
    ("Children can climb in the supervised sessions if an adult stays inside the building the whole time.", WALL,
     "Can my 9-year-old climb?"),
    # a restriction with "only" the texts state
    ("Electric bikes can be hired for a full day from the harbour kiosk, paid by card only.", BIKES,
     "Can I hire an e-bike for the day?"),
    ("Children aged 8 and over can climb in the supervised sessions, which are only open to children aged 8 and "
     "over.", WALL, "Can my 9-year-old climb?"),
    # an aside that adds no rule
    ("Electric bikes can be hired for a full day from the harbour kiosk, or we can hold one for you if that is "
     "easier.", BIKES, "Can I hire an e-bike for the day?"),
    # the condition held in its rule's own sentence
    ("Business customers are invoiced monthly, once the month has ended.", PRINT, "Can my company pay monthly?"),
    # "once" of a count, "even if" of a concession: no condition
    ("Business customers are invoiced once a month.", PRINT, "Can my company pay monthly?"),
])
def test_control_a_stated_condition_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


def test_control_a_condition_opening_the_claim_is_the_customers_case() -> None:
    """'If you ...' opening a claim restates the customer's situation, 'even if' concedes, and a short 'if' is a
    courtesy: none is read as a condition on a rule; an 'if' after the rule bringing its own subject is."""
    assert list(late_conditions.late_conditions("If you hire one, bring a photo ID.", BIKE_EVIDENCE)) == []
    conceded = "Helmets are lent free even if you bring your own."
    assert list(late_conditions.late_conditions(conceded, BIKE_EVIDENCE)) == []
    assert list(late_conditions.late_conditions("We can call you back instead if that's easier.", BIKE_EVIDENCE)) == []
    found = late_conditions.late_conditions("Helmets are lent free if you hire a bike for a whole weekend.",
                                            BIKE_EVIDENCE)
    assert [m.group(1).strip() for m in found] == ["you hire a bike for a whole weekend"]


def test_control_a_wrong_condition_beside_a_figure_stays_flagged() -> None:
    """A condition of another subject beside a right figure is still read (a claim with figures is read too)."""
    answer = "Children aged 8 and over can climb in the supervised sessions provided they sign a receipt."
    assert _verdicts(answer, WALL + PRINT, "Can my 9-year-old climb?") == ["unsupported"]
