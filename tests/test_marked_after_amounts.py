"""An amount written with its currency after the figure ("80,00 €", "48,00 $") is money for the arithmetic
(:func:`llmops_kit.text.arithmetic.marked_after`): a share of a total the answer works out itself, the remainder
after it, or a share of the customer's own price is then reached with the answer's percentage, as "€80" always
was. Controls: a share of the wrong total, a remainder that does not add up and a wrong share of the customer's
price stay flagged.

The fixtures are this file's own (a cycling tour's group price, a portrait session's deposit).
"""

from __future__ import annotations

import pytest

from llmops_kit import evidence_derived
from llmops_kit.quality import HeuristicScorer
from llmops_kit.text.arithmetic import marked_after
from llmops_kit.traces import Document

TOURS = [Document(id="kb-981", content="Group tours take 6 to 12 riders at 40,00 € per person. A 25% deposit "
                                       "books the date.")]
GROUP = "We're 8 riders, what would the group pay and how much is the deposit?"
WORKED = "8 × 40,00 € = 320,00 € for the group. The 25% deposit is 80,00 €, which leaves 240,00 € to pay."

SESSION = [Document(id="kb-982", content="A 20 % deposit holds your session; the balance is paid on the day.")]
EARLIER = "A family session is 240 $ plus tax, 45 minutes."
DEPOSIT = "And the deposit on that?"


def _verdicts(answer: str, docs: list[Document], query: str, earlier: str | None = None) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in HeuristicScorer().score(answer, docs, query=query, earlier_answers=earlier).support]


def test_amounts_marked_after_the_figure() -> None:
    assert marked_after("The 25% deposit is 80,00 €, which leaves 240,00 € to pay") == frozenset({"80", "240"})
    assert marked_after("so 48,00 $ on a 240 $ session, or 450 kr") == frozenset({"48", "240", "450"})
    assert marked_after("€80 and 25% and 8 riders") == frozenset()


def test_a_share_of_the_answers_own_total_and_its_remainder_are_supported() -> None:
    assert _verdicts(WORKED, TOURS, GROUP) == ["supported", "supported"]


def test_without_the_reading_they_were_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_derived, "marked_after", lambda text: frozenset())
    assert _verdicts(WORKED, TOURS, GROUP) == ["supported", "absent"]


def test_a_share_of_the_wrong_total_or_a_remainder_that_does_not_add_up_is_flagged() -> None:
    """Controls: 25% of 320 is no 90; 320 less 80 is no 250."""
    wrong_share = "8 × 40,00 € = 320,00 € for the group. The 25% deposit is 90,00 €, which leaves 230,00 € to pay."
    assert _verdicts(wrong_share, TOURS, GROUP) == ["supported", "absent"]
    wrong_rest = "8 × 40,00 € = 320,00 € for the group. The 25% deposit is 80,00 €, which leaves 250,00 € to pay."
    assert _verdicts(wrong_rest, TOURS, GROUP) == ["supported", "absent"]


def test_a_share_of_the_customers_price_marked_after() -> None:
    """The price an earlier turn gave; a wrong share of it stays flagged (control)."""
    right = "The deposit is 20 %, so 48,00 $ on a 240 $ family session; the rest is paid on the day."
    assert _verdicts(right, SESSION, DEPOSIT, EARLIER) == ["supported"]
    wrong = "The deposit is 20 %, so 60,00 $ on a 240 $ family session; the rest is paid on the day."
    assert _verdicts(wrong, SESSION, DEPOSIT, EARLIER) == ["absent"]


def test_without_the_reading_the_share_of_the_customers_price_was_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_derived, "marked_after", lambda text: frozenset())
    right = "The deposit is 20 %, so 48,00 $ on a 240 $ family session; the rest is paid on the day."
    assert _verdicts(right, SESSION, DEPOSIT, EARLIER) == ["absent"]
