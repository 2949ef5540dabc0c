"""A per-unit price applied to the wrong number of its units (:mod:`llmops_kit.unit_prices`): a price per group
taken per head, a per-month price times another count than a record's months charged, a price per one unit per
another taken for one count only, a price per a batch of units taken for the wrong number of batches, and a price
per square metre restated "each" for an item the text sizes at another area. The right forms stay clean.

The fixtures are this file's own (a boat tour, a web host, a squash club, a laser-tag arena, a sign maker).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import unit_prices
from llmops_kit.traces import Document
from llmops_kit.unit_prices import misapplied_unit_prices

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

BOAT = [Document(id="bt-1", content="The sunset cruise is €45 per person. Hotel transfer by minibus costs €30 per "
                                    "group, whatever its size.")]
HOST = [Document(id="hs-1", content="Cloud plan: USD 18.50/month, 5 sites, 50 GB."),
        Document(id="tool:billing_quote", content="plan month usd: 18.5.\nannual months charged: 11.\n")]
SQUASH = [Document(id="sq-1", content="Courts are £12 per 45-minute session. Racket hire is £4 per racket per "
                                      "session; balls are £3 each.")]
LASER = [Document(id="lt-1", content="Standard game: 3 rounds, ₹600 per player. Extra rounds ₹150 per 50 shots "
                                     "of charge. Prices exclude 18% GST."),
         Document(id="lt-2", content="Extra laser charge is ₹150 per 100.")]
SIGNS = [Document(id="sg-1", content="Price list:\n1. Vinyl banners: £30 per square metre (a standard banner is "
                                     "2 square metres).\n2. Window stickers: £5 each.")]
FLAGGED = {"absent", "contradicted"}


def _texts(docs: list[Document]) -> tuple[str, ...]:
    return tuple(d.content for d in docs)


@pytest.mark.parametrize(("answer", "docs", "query", "figure"), [
    # €30 is per group: four people share one transfer
    ("4 × €45 = €180, plus 4 × €30 = €120 transfer: €300.", BOAT, "Quote the cruise for 4 of us with the hotel "
     "transfer.", "30"),
    # the record charges 11 months for a year
    ("Cloud annual: 12 × USD 18.50 = USD 222.00.", HOST, "Quote the Cloud plan billed annually.", "18.5"),
    # rackets are per racket per session, and the answer books 3 sessions
    ("3 sessions x £12 = £36; rackets 2 x £4 = £8; £44 in total.", SQUASH, "Three sessions in a row for two of us, "
     "with 2 hired rackets for every session.", "4"),
    # 5 players each want 200 more: 10 lots of 100, not 5
    ("5 × ₹600 = ₹3,000; extra charge 5 × ₹150 = ₹750; subtotal ₹3,750.", LASER[1:], "Quote 5 players, each "
     "wants 200 extra charge.", "150"),
    # a banner is 2 square metres, so not £30 each
    ("Standard banners are £30 each, so two come to £60.", SIGNS, "How much for two standard banners?", "30"),
])
def test_a_price_taken_for_the_wrong_count_of_its_unit_is_flagged(answer: str, docs: list[Document], query: str,
                                                                   figure: str) -> None:
    claim = answer.rstrip(".")
    assert figure in misapplied_unit_prices(claim, _texts(docs), answer_text=answer, question=query)
    assert _verdicts(answer, docs, query)[0] in FLAGGED
    with fresh_scores(), patch.object(unit_prices, "READ_UNIT_PRICES", False):
        assert misapplied_unit_prices(claim, _texts(docs), answer_text=answer, question=query) == ()


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # one transfer for the group
    ("4 × €45 = €180, plus €30 transfer for the group: €210.", BOAT, "Quote the cruise for 4 of us with the hotel "
     "transfer."),
    # two groups booked separately, counted as groups
    ("2 groups × €30 = €60 for the transfers.", BOAT, "Two separate groups of friends, each with a transfer."),
    # the record's 11 months
    ("Cloud annual: 11 × USD 18.50 = USD 203.50.", HOST, "Quote the Cloud plan billed annually."),
    # both counts written
    ("3 sessions x £12 = £36; rackets 2 x £4 x 3 sessions = £24; £60 in total.", SQUASH, "Three sessions in a row "
     "for two of us, with 2 hired rackets for every session."),
    # one session only: a single count is right
    ("1 session at £12; rackets 2 x £4 = £8; £20 in total.", SQUASH, "One session for two, with 2 hired rackets."),
    # each of 5 wants 100 more: 5 lots of 100
    ("5 × ₹600 = ₹3,000; extra charge 5 × ₹150 = ₹750; subtotal ₹3,750.", LASER[1:], "Quote 5 players, each "
     "wants 100 extra charge."),
    # the counts chained: 5 × 2 lots of 100 for 200 each
    ("5 × ₹600 = ₹3,000; extra charge 5 × 2 × ₹150 = ₹1,500; subtotal ₹4,500.", LASER[1:], "Quote 5 players, "
     "each wants 200 extra charge."),
    # two groups the customer counts, the transfer once each
    ("2 × €30 = €60 for the transfers.", BOAT, "We're two groups of friends, each needing a transfer."),
    # monthly billing weighed against the record's 11 months
    ("Monthly billing would be 12 × USD 18.50 = USD 222.00; annual is 11 × USD 18.50 = USD 203.50.", HOST,
     "Quote the Cloud plan billed annually against monthly."),
    # the step gives the price per session, then counts sessions
    ("3 sessions x £12 = £36; rackets 2 x £4 = £8 per session, £24 for all three.", SQUASH, "Three sessions "
     "in a row for two of us, with 2 hired rackets for every session."),
    # whole batches: 3 lots of 100 cover 250
    ("Extra charge: 3 × ₹150 = ₹450.", LASER[1:], "We want 250 extra charge in all."),
    # the unit kept, and the banner's own price worked from it
    ("Banners are £30 per square metre, so £60 for a standard banner.", SIGNS, "How much is a standard banner?"),
    # a sticker priced each is priced each
    ("Window stickers are £5 each.", SIGNS, "How much are window stickers?"),
])
def test_the_right_count_of_the_unit_stays_clean(answer: str, docs: list[Document], query: str) -> None:
    assert misapplied_unit_prices(answer.rstrip("."), _texts(docs), answer_text=answer, question=query) == ()


def test_a_count_the_question_does_not_give_is_not_read_against_a_per_head_price() -> None:
    # a per-head price times a count not in the question (12 months of a monthly price, no record of months
    # charged) is not this reading's concern
    docs = [Document(id="gy-1", content="Gym membership: R$ 99,90 per month, no joining fee.")]
    answer = "A year is 12 × R$ 99,90 = R$ 1.198,80."
    assert misapplied_unit_prices(answer.rstrip("."), _texts(docs), answer_text=answer,
                                  question="What does a year at the gym cost?") == ()


def test_the_right_answers_stay_supported_through_the_scorer() -> None:
    assert _verdicts("4 × €45 = €180, plus €30 transfer for the group: €210.", BOAT,
                     "Quote the cruise for 4 of us with the hotel transfer.")[0] not in FLAGGED
    assert _verdicts("Cloud annual: 11 × USD 18.50 = USD 203.50.", HOST,
                     "Quote the Cloud plan billed annually.")[0] not in FLAGGED
