"""An amount written with a local mark before a verb ("₩30,000 gives you 23 hours") is money, not a count of the
word after it: the mark is read as its ISO code ("KRW 30,000"), and a figure after a code counts nothing. A figure
the evidence gives as an amount then holds it; a changed amount or period stays flagged."""

from llmops_kit.quality import score_answer
from llmops_kit.text.counted_figures import counted_numbers
from llmops_kit.traces import Document

_TOPUP = [Document(id="topup", content="Top up at the kiosk.\n₩10,000 = 7 hours on a standard seat.\n"
                                       "₩30,000 = 23 hours on a standard seat.")]
_ASK = "if top up 30 000 won how many hours"
_GOLF = [Document(id="golf", content="Range balls: KSh 600 = 50 balls; KSh 1,000 = 100 balls.")]


def _supported(answer: str, docs: list[Document], query: str) -> bool:
    return all(v.supported for v in score_answer(answer, docs, query=query).support)


def test_an_amount_after_its_mark_is_no_count():
    assert counted_numbers("₩30,000 gives you 23 hours") == frozenset()
    assert counted_numbers("KSh 1,000 buys you 100 balls") == frozenset({"100"})
    assert counted_numbers("up to 8 people") == frozenset({"8"})  # a count stays a count


def test_the_amount_the_evidence_prices_is_held():
    assert _supported("₩30,000 gives you 23 hours on a standard seat.", _TOPUP, _ASK)
    assert _supported("KSh 1,000 gets you 100 balls.", _GOLF, "how many balls for 1 000 shillings")


def test_a_changed_amount_or_period_stays_flagged():
    assert not _supported("₩20,000 gives you 23 hours on a standard seat.", _TOPUP, _ASK)
    assert not _supported("₩30,000 gives you 25 hours on a standard seat.", _TOPUP, _ASK)
    assert not _supported("KSh 1,000 gets you 120 balls.", _GOLF, "how many balls for 1 000 shillings")
