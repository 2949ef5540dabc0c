"""The party a customer counts as "N of us" and a price "per passenger", read by the worked quote's count check
(:data:`llmops_kit.asked_counts.READ_US_PARTIES`, the ``nums47`` round): "photos €25" charged once in a worked
sum for "Four of us, all with the photo pack", where the sum takes the flights 4 times, is a price per passenger
taken once for four. Controls: the price taken four times is held, a party of one is not read as one charged short,
a saving that equals a price per passenger names no item, and with the switch off the once-charged price passes
again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import asked_counts
from llmops_kit.asked_counts import miscounted_items

TEXTS = ("Balloon flights cost €180 per passenger. The photo pack is €25 per passenger.",)
ASKED = "Four of us, all with the photo pack. What's the total?"
ONCE = "Flights 4 × €180 = €720; photos €25. Total: €745."
FOUR_TIMES = "Flights 4 × €180 = €720; photos 4 × €25 = €100. Total: €820."


def test_a_price_per_passenger_charged_once_for_the_party_is_read() -> None:
    assert miscounted_items(ONCE, TEXTS, user_text=ASKED, answer_text=ONCE) == ("25",)


def test_the_price_taken_for_each_of_the_party_is_held() -> None:
    assert miscounted_items(FOUR_TIMES, TEXTS, user_text=ASKED, answer_text=FOUR_TIMES) == ()


def test_a_party_of_one_is_not_charged_short() -> None:
    alone = "Just me, with the photo pack. What's the total?"
    solo = "Flight €180; photos €25. Total: €205."
    assert miscounted_items(solo, TEXTS, user_text=alone, answer_text=solo) == ()


def test_two_different_party_counts_leave_the_party_unknown() -> None:
    asked = "Four of us, or maybe two of us, with the photo pack. Total?"
    assert miscounted_items(ONCE, TEXTS, user_text=asked, answer_text=ONCE) == ()


def test_switched_off_the_once_charged_price_passes_again() -> None:
    with patch.object(asked_counts, "READ_US_PARTIES", False):
        asked = "Three of us, all with the photo pack. What's the total?"
        once = "Flights 3 × €180 = €540; photos €25. Total: €565."
        assert miscounted_items(once, TEXTS, user_text=asked, answer_text=once) == ()


def test_a_saving_equal_to_a_price_per_passenger_is_no_item_charged_once() -> None:
    asked = "Two of us. Book ahead or just turn up?"
    texts = ("Booked ahead, a flight is €180 per passenger; on the day €200 per passenger. Each extra photo is €40 "
             "per passenger.",)
    claim = "Booked ahead: 2 × €180 = €360 against 2 × €200 = €400 on the day, so you save €40."
    assert miscounted_items(claim, texts, user_text=asked, answer_text=claim) == ()
