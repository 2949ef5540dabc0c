"""A claim stating the far side of a limit the evidence states, or opening to all a slot the evidence restricts
with "only" (:mod:`llmops_kit.limit_sides`). Kept: the limit restated, the far side refused or said past the limit,
the far side where the evidence itself speaks of it, and "only" restated. Flagged: an arrangement invented for the
far side of a bound ("over 12 m take a berth on the outer pontoon" against "up to 12 m"), and "from any shop"
against "bought from us only". The lower bound is not read ("under 12" against "Minimum age 12"), nor a length of
time ("more than 24 hours ahead" against "up to 24 hours before").

The fixtures are this file's own (a marina, a climbing wall, a ferry, a class, a tailor, a bakery).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import limit_sides
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

MARINA = [Document(id="mr-1", content="Visitor berths take boats up to 12 m. Berths on the outer pontoon cost €3 "
                                     "per metre per night.")]
MARINA_LARGER = [Document(id="mr-2", content="Visitor berths take boats up to 12 m. Larger boats take a berth on the "
                                            "outer pontoon by arrangement.")]
WALL = [Document(id="cw-1", content="Minimum age 12 for the bouldering room. A day pass is £14 and children climb "
                                    "with a parent.")]
FERRY = [Document(id="fy-1", content="Each passenger may bring a maximum of 2 bags. Tickets are $18 one way, and "
                                     "the hold is for bikes and prams.")]
FERRY_EXTRA = [Document(id="fy-2", content="Each passenger may bring a maximum of 2 bags. Extra luggage goes in the "
                                           "hold for $5.")]
NOTICE = [Document(id="nt-1", content="Cancel up to 24 hours before your class free of charge.")]
TAILOR = [Document(id="tl-1", content="We alter garments bought from us only. Shortening trousers costs £15 and "
                                      "takes 5 days.")]
BAKERY = [Document(id="bk-1", content="Custom cakes are made on weekdays only. A custom cake starts at €40 and "
                                      "needs 3 days' notice.")]


KEPT = [
    ("Visitor berths take boats up to 12 m, at €3 per metre per night.", MARINA, "We're 10 m, can we stay?"),
    ("No, boats over 12 m can't take a visitor berth.", MARINA, "We're 14 m, can we stay?"),
    ("Boats over 12 m take a berth on the outer pontoon by arrangement.", MARINA_LARGER,
     "We're 14 m, can we stay?"),
    ("The bouldering room is for ages 12 and up, sorry.", WALL, "Can my 10-year-old come?"),
    ("Cancelling more than 24 hours ahead is free of charge.", NOTICE, "Can I cancel on Friday?"),
    ("You can bring a maximum of 2 bags, and tickets are $18 one way.", FERRY, "How many bags can I take?"),
    ("Passengers with more than 2 bags put the extra luggage in the hold.", FERRY_EXTRA, "I have 3 bags."),
    ("We only alter garments bought from us; shortening trousers is £15.", TAILOR, "Can you shorten my jeans?"),
    ("Custom cakes are made on weekdays only and start at €40.", BAKERY, "Can I order a custom cake?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), KEPT)
def test_limit_restated_or_refused_is_kept(answer: str, docs: list[Document], query: str) -> None:
    assert "unsupported" not in _verdicts(answer, docs, query)


FLAGGED = [
    ("Yes, boats over 12 m take a berth on the outer pontoon.", MARINA, "We're 14 m, can we stay?"),
    ("Passengers with more than 2 bags put them in the hold.", FERRY, "I have 3 bags, is that ok?"),
    ("Sure, we alter garments from any shop; shortening trousers is £15.", TAILOR, "Can you shorten my jeans?"),
    ("Custom cakes are made on any day of the week and start at €40.", BAKERY, "Can I get a cake on Sunday?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_far_side_or_opened_slot_is_flagged(answer: str, docs: list[Document], query: str) -> None:
    # "any day of the week" against "weekdays only" is contradicted outright by the always55 round's reading of an
    # unrestricted time; either verdict flags the claim
    assert {"unsupported", "contradicted"} & set(_verdicts(answer, docs, query))


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_switched_off_for_the_fit(answer: str, docs: list[Document], query: str) -> None:
    """The flagged claims are worded from their evidence: with the reading off they pass."""
    with patch.object(limit_sides, "READ_LIMIT_SIDES", False):
        assert "unsupported" not in _verdicts(answer, docs, query)


def test_public_functions_read_the_clause() -> None:
    from llmops_kit.evidence import Evidence, EvidenceSource

    evidence = Evidence([EvidenceSource("doc", "Visitor berths take boats up to 12 m.")], r"\[\w-]+\]")
    assert limit_sides.far_side_claim("Boats over 12 m moor on the pontoon", evidence) == (
        "Boats over 12 m moor on the pontoon", "Visitor berths take boats up to 12 m.")
    assert limit_sides.far_side_claim("Boats over 12 m can't moor here", evidence) is None
    restricted = Evidence([EvidenceSource("doc", "We alter garments bought from us only.")], r"\[\w-]+\]")
    assert limit_sides.widened_restriction("we alter garments from any shop", restricted) is not None
    assert limit_sides.widened_restriction("we only alter garments from our shop", restricted) is None
