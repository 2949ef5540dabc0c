"""Children charged the adult price a pricing record gives beside a child's price
(:data:`llmops_kit.aged_charges.READ_ADULT_PRICED_CHILDREN`, the ``quote48`` round): "4 × €18 = €72" for two adults
and kids of 7 and 10, where the record holds "adult eur: 18" and "child 5 11 eur: 11", holds every figure it writes,
yet charges the children €18. Controls: the quote that charges the children €11 stays supported, and so does the
adult price for children older than the band; with the switch off the wrong quote passes again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import aged_charges
from llmops_kit.aged_charges import adult_priced_children
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

WALL = [Document(id="tool:entry_quote", content="adult eur: 18.\nchild 5 11 eur: 11.\nshoe hire eur: 4."),
        Document(id="CW-2", content="Day entry to the bouldering hall is €18 for adults; children aged 5 to 11 pay "
                                    "€11.")]
YOUNG = "Day entry for 4 of us: two adults and our kids aged 7 and 10. How much?"
OLDER = "Day entry for 4 of us: two adults and our kids aged 13 and 15. How much?"


def _supported(answer: str, query: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, WALL, query=query).support)


def test_the_adult_price_for_children_in_the_band_is_read() -> None:
    texts = tuple(d.content or "" for d in WALL)
    assert adult_priced_children("4 × €18 = €72", texts, user_text=YOUNG) == ("18",)
    assert adult_priced_children("2 × €18 + 2 × €11 = €58", texts, user_text=YOUNG) == ()
    assert adult_priced_children("2 × €18 for the adults", texts, user_text=YOUNG) == ()


def test_children_charged_the_adult_price_are_flagged() -> None:
    assert not _supported("4 × €18 = €72 for the day.", YOUNG)


def test_the_children_at_their_own_price_stay_supported() -> None:
    assert _supported("2 × €18 + 2 × €11 = €58 for the day.", YOUNG)


def test_children_older_than_the_band_pay_the_adult_price() -> None:
    assert _supported("4 × €18 = €72 for the day.", OLDER)


def test_switched_off_the_adult_price_for_children_passes_again() -> None:
    with fresh_scores(), patch.object(aged_charges, "READ_ADULT_PRICED_CHILDREN", False):
        assert _supported("4 × €18 = €72 for the day.", YOUNG)
