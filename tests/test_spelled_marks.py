"""A currency the customer spells after a figure ("I topped up 10,000 won") is the same money as its mark ("₩"): the
figure is an amount the answer may work from ("less a 10% fee, so ₩9,000 back"); a wrong result stays flagged, and
"won" as a verb or in "won't" is no currency."""

from llmops_kit.quality import score_answer
from llmops_kit.text.numbers import marks_as_codes
from llmops_kit.traces import Document

_REFUNDS = [Document(id="refunds", content="An unused top-up can go back to the card it was paid with within 7 days, "
                                           "less a 10% fee. Cash refunds are not possible.")]
_SPA = [Document(id="spa", content="Massages cost ฿1,200 an hour. Cancelling less than a day ahead costs half.")]


def _supported(answer: str, docs: list[Document], query: str) -> bool:
    return all(v.supported for v in score_answer(answer, docs, query=query).support)


def test_a_spelled_currency_is_read_as_its_code():
    assert marks_as_codes("I topped up 10,000 won by card") == "I topped up 10,000 KRW by card"
    assert marks_as_codes("I paid 1,200 baht") == "I paid 1,200 THB"
    assert marks_as_codes("Team 7 won the cup") == "Team 7 won the cup"
    assert marks_as_codes("Those 500 won't fit") == "Those 500 won't fit"
    assert marks_as_codes("In 1988 won the final") == "In 1988 won the final"


def test_the_worked_refund_is_held():
    ask = "I topped up 10,000 won yesterday and haven't used it, can I get it back?"
    assert _supported("Yes, within 7 days, less a 10% fee, so you'd get ₩9,000 back.", _REFUNDS, ask)
    ask = "I booked a 1,200 baht massage and can't come today. What do I pay?"
    assert _supported("Cancelling less than a day ahead costs half, so ฿600.", _SPA, ask)


def test_a_wrong_result_stays_flagged():
    ask = "I topped up 10,000 won yesterday and haven't used it, can I get it back?"
    assert not _supported("Yes, within 7 days, less a 10% fee, so you'd get ₩8,000 back.", _REFUNDS, ask)
    ask = "I booked a 1,200 baht massage and can't come today. What do I pay?"
    assert not _supported("Cancelling less than a day ahead costs half, so ฿800.", _SPA, ask)
