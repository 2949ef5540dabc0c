"""A polite request the evidence contradicts (:mod:`llmops_kit.asked_requests`): "Please bring your own apron"
against "Aprons are provided", "Please wear sandals" against "no sandals". Controls: a request restating the rule,
a thing rented or sold (the customer may bring their own), a thing said not to be supplied, a thing the business
offers that the customer only uses, a ban with a condition, and the reading switched off.

The fixtures are this file's own (a cookery school, a chimney sweep, a climbing gym, a day spa, a bike tour).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import asked_requests
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

COOKERY = [Document(id="ck-1", content="Pick a spice level from 1 to 5 for each dish. Aprons are provided; wear "
                                       "light clothes, as the kitchen reaches 35 °C. Classes start at 9:00.")]
SWEEP = [Document(id="sw-2", content="Let the fire go out twelve hours before we arrive. We bring dust sheets and "
                                     "a vacuum, so there's no need to cover the room yourself.")]
GYM = [Document(id="gy-3", content="Closed shoes only on the walls: no sandals, no heels. Bring photo ID to the "
                                   "front desk on your first visit.")]
SPA = [Document(id="sp-4", content="Dogs are not allowed in the spa. Robes can be hired for £4. Slippers are not "
                                   "provided. The shuttle from the station is free.")]
TOURS = [Document(id="bt-5", content="Tours last 3 hours. No dogs on the evening tours after 6pm. Helmets are "
                                     "supplied free with every bike.")]

WRONG = [
    ("Please bring your own apron.", COOKERY),
    ("Please bring your own apron and wear light clothes, as the kitchen reaches 35 °C.", COOKERY),
    ("Yes, please cover the sofa with your own dust sheets, and let the fire go out twelve hours before.", SWEEP),
    ("Please wear sandals.", GYM),
    ("Kindly bring your dog along.", SPA),
    ("The tour is 3 hours long, so please bring your own helmet.", TOURS),
    ("Do remember to pack your own helmet.", TOURS),
]


@pytest.mark.parametrize(("answer", "docs"), WRONG)
def test_a_request_for_a_supplied_or_banned_thing_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs, "What should I bring?")


KEPT = [
    ("Please wear closed shoes.", GYM),  # the rule, as a request
    ("Please bring your ID.", GYM),  # the rule, as a request
    ("Please bring your own robe.", SPA),  # hired, not given: the customer may bring their own
    ("Please bring your own slippers.", SPA),  # said not to be provided
    ("Please use the free shuttle from the station.", SPA),  # offered, and only used
    ("Please bring your dog on a lead.", TOURS),  # the ban holds after 6pm only
    ("Please wear light clothes, as the kitchen reaches 35 °C.", COOKERY),
]


@pytest.mark.parametrize(("answer", "docs"), KEPT)
def test_a_request_the_evidence_does_not_contradict_is_not_flagged(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs, "What should I bring?")


def test_the_reading_switched_off_leaves_a_lone_request_no_claim() -> None:
    with fresh_scores(), patch.object(asked_requests, "READ_ASKED_REQUESTS", False):
        assert _verdicts("Please bring your own apron.", COOKERY, "What should I bring?") == []
