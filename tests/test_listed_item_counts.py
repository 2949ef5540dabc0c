"""A count held by what it counts, not by any equal figure (:mod:`llmops_kit.text.enumeration`, the count34 round).

(a) A count before a plural noun introducing a closed list ("Two tours a day, 10:15 and 15:45, May to September")
is held by the list's length, and contradicted by another length, whatever figures the evidence holds elsewhere.
(b) A record's "<item> xN" ("Harbour Blend x3") is N of the item: a claim's count of the item is held by it, and
another count of it is not, even where the evidence gives that other figure elsewhere.
Made-up texts: a boat tour, a bakery order, a print shop, a bike hire.
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import enumeration
from llmops_kit.text.enumeration import item_counts, listed_counts, miscounted_lists, recounted_items
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

_TOURS = [Document(id="kb-341", content="Harbour tours leave at 10:15 and 15:45 from May to September. Each boat "
                                        "takes 3 crew and up to 40 guests.")]
_LAB = [Document(id="kb-342", content="Our print lab opens at 08:00 and 13:30 on weekdays. Posters ship within 4 "
                                      "working days.")]
_BAKERY = [Document(id="tool:order_lookup", content='{"order": "BK-55120", "items": ["Harbour Blend x3", '
                                                    '"Rye loaf x1"], "status": "dispatched", "boxes": 2, '
                                                    '"total_eur": 24.5}'),
           Document(id="kb-343", content="Coffee bags are 250 g; we pack at most 4 bags to a box.")]
_BIKES = [Document(id="tool:hire_lookup", content='{"hire": "BH-7781", "items": ["Trail helmet x2", '
                                                  '"City bike x2"], "days": 3, "deposit_gbp": 5}')]


@pytest.mark.parametrize(("docs", "faithful", "wrong"), [
    (_TOURS, "Two tours a day, 10:15 and 15:45, May to September.",
     "Three tours a day, 10:15 and 15:45, May to September."),
    (_LAB, "The lab has two pick-up slots a day, 08:00 and 13:30.",
     "The lab has four pick-up slots a day, 08:00 and 13:30."),
])
def test_a_count_is_held_by_the_list_it_introduces(docs: list[Document], faithful: str, wrong: str) -> None:
    """The right count is held though no text writes it; the wrong one is flagged though a text holds its figure
    (3 crew, 4 working days)."""
    assert _verdicts(faithful, docs, None) == ["supported"]
    assert _verdicts(wrong, docs, None) != ["supported"]


@pytest.mark.parametrize("claim", [
    "You can bring up to 2 dogs, at £5 each, on a lead or in a carrier.",     # phrases, not items
    "Cleaning takes three working days, so if you came in three days ago it's ready.",  # the sentence goes on
    "Screen 2 has 4 wheelchair spaces, and a carer comes free with a CEA card or an Access card.",
    "We need 2 adults, 1 child and a dog.",                                   # a list of quantities
    "Tours run twice a day, 10:15, 15:45",                                    # no "and" closes the list
])
def test_what_is_no_counted_list(claim: str) -> None:
    assert miscounted_lists(claim) == frozenset()


def test_a_rate_after_the_noun_and_the_list_ending_after_its_and() -> None:
    assert listed_counts("Two tours a day, 10:15 and 15:45, May to September") == {"2"}
    assert miscounted_lists("Three tours a day, 10:15 and 15:45, May to September") == {"3"}
    # a count stated outright, with no list, is left to the evidence
    assert listed_counts("Two tours a day run all summer") == frozenset()
    assert miscounted_lists("Two tours a day run all summer") == frozenset()


@pytest.mark.parametrize(("docs", "faithful", "wrong"), [
    (_BAKERY, "BK-55120 (3 bags of Harbour Blend and a rye loaf) has been dispatched.",
     "BK-55120 (4 bags of Harbour Blend and a rye loaf) has been dispatched."),
    (_BAKERY, "BK-55120: 3 Harbour Blend bags and a rye loaf, dispatched.",
     "BK-55120: 2 Harbour Blend bags and a rye loaf, dispatched."),
    (_BIKES, "BH-7781 has two City bikes for 3 days.", "BH-7781 has three City bikes for 3 days."),
])
def test_a_records_item_count_holds_the_claims_count(docs: list[Document], faithful: str, wrong: str) -> None:
    """"Harbour Blend x3" holds "3 bags of Harbour Blend"; "4 bags" (a figure the bag note gives) and "2 ..."
    (the boxes field) are not held by it."""
    assert _verdicts(faithful, docs, None) == ["supported"]
    assert _verdicts(wrong, docs, None) != ["supported"]


def test_item_counts_read() -> None:
    assert item_counts('["Harbour Blend x3", "Rye loaf ×1"]') == (("harbour blend", "3"), ("rye loaf", "1"))
    assert item_counts("2 x 4 = 8") == ()        # a product, no item
    items = item_counts('["Trail helmet x2", "City bike x2"]')
    assert recounted_items("2 City bikes", items) == ({"2"}, frozenset())
    assert recounted_items("3 City bikes", items) == (frozenset(), {"3"})
    assert recounted_items("City bikes for 3 days", items) == (frozenset(), frozenset())  # not its count


def test_the_switches_turn_them_off() -> None:
    with patch.object(enumeration, "READ_LIST_ENDS", False):
        assert miscounted_lists("Three tours a day, 10:15 and 15:45") == frozenset()
        assert listed_counts("Two tours a day, 10:15 and 15:45, May to September") == frozenset()
    with patch.object(enumeration, "READ_ITEM_COUNTS", False):
        assert recounted_items("3 City bikes", (("city bike", "2"),)) == (frozenset(), frozenset())
