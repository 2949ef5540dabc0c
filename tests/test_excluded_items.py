"""A claim saying an offer or plan covers what its evidence leaves out (:mod:`llmops_kit.excluded_items`), each
with controls that a claim naming the exclusion, pricing the excluded thing, or covering what is included stays
supported.

The fixtures are this file's own (a gym membership, a car-wash plan).
"""

from __future__ import annotations

import pytest

from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

GYM = [Document(id="kb-401", content="The Flex membership costs £29 a month and covers the gym floor and all group "
                                     "classes (not the sauna). The sauna is £6 a visit.")]
WASH = [Document(id="kb-402", content="The Shine plan costs €19 a month. It includes two exterior washes a week and a "
                                      "vacuum of the seats. Interior valeting and wax polish are not included.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


@pytest.mark.parametrize(("answer", "docs"), [
    ("The Flex membership is £29 a month and covers the gym floor, group classes and the sauna.", GYM),
    ("For €19 a month the Shine plan includes two exterior washes a week and a wax polish.", WASH),
])
def test_covering_what_the_evidence_leaves_out_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("The Flex membership is £29 a month and covers the gym floor and group classes.", GYM),  # what is covered
    ("The Flex membership is £29 a month and covers the gym floor, but not the sauna.", GYM),  # the exclusion
    ("The sauna isn't covered by Flex: it is £6 a visit.", GYM),  # a denial of its own
    ("The sauna costs £6 a visit.", GYM),  # the excluded thing priced, not covered
    ("For €19 a month the Shine plan includes two exterior washes a week and a vacuum of the seats.", WASH),
    ("The Shine plan is €19 a month; interior valeting and wax polish are extra.", WASH),
])
def test_covering_what_the_evidence_includes_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


def test_an_exclusion_names_its_subject_not_what_follows_it() -> None:
    """'Damage caused by washing against the care label is not covered' leaves out damage, not 'against':
    'covered against defects' is the warranty's own wording."""
    docs = [Document(id="kb-403", content="Every jacket is covered against defects for 2 years. Damage caused by "
                                          "washing against the care label is not covered.")]
    assert "contradicted" not in _verdicts("Every jacket is covered against defects for 2 years.", docs)
    assert "contradicted" in _verdicts("Every jacket is covered for 2 years, damage from washing included.", docs)


def test_a_clause_of_its_own_after_a_comma_is_read_apart() -> None:
    """', and if one arrives damaged' is a clause of its own: 'covered' before the comma does not reach it; a list
    after 'covers' is one clause."""
    docs = [Document(id="kb-404", content="The warranty covers manufacturing defects for 2 years. It does not cover "
                                          "damage from accidents or misuse.")]
    answer = "Sale items are covered against manufacturing defects for 2 years, and if one arrives damaged, tell us."
    assert "contradicted" not in _verdicts(answer, docs)
    assert "contradicted" in _verdicts("For 2 years it covers manufacturing defects, wear, and damage from accidents.",
                                       docs)


# An exception to a whole or a separate charge, read against the thing a claim names as included (a kayak club's
# cancellations, a print shop's corrections, a bike hire's helmets, a pottery course's materials).
KAYAK = [Document(id="kb-411", content="Cancel more than 14 days ahead and we refund everything except the booking "
                                       "deposit. Within 14 days the full hire is due.")]
PRINT = [Document(id="kb-412", content="Proof corrections are free within 7 days of the proof. Changes to the artwork "
                                       "after approval are charged as a new job.")]
BIKES = [Document(id="kb-413", content="City bikes are €15 a day with a lock. Helmets are extra.")]
POTTERY = [Document(id="kb-414", content="If you cancel the course, we refund the course fee less the materials "
                                         "kit, which is yours to keep.")]
MUGS = [Document(id="kb-415", content="The enamel mug is £12. All prices include VAT except on gift cards.")]


@pytest.mark.parametrize(("answer", "docs"), [
    ("Cancel more than 14 days ahead and you get everything back including the booking deposit.", KAYAK),
    ("Corrections are free within 7 days, including any changes to the artwork.", PRINT),
    ("A city bike is €15 a day and comes with a helmet.", BIKES),
    ("If you cancel the course you get the course fee back, including the materials kit.", POTTERY),
    ("At €15 a day the helmet is included.", BIKES),
])
def test_including_what_the_evidence_excepts_or_charges_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("Cancel more than 14 days ahead and you get everything back except the booking deposit.", KAYAK),  # the exception
    ("Cancel more than 14 days ahead and you get everything back, not including the booking deposit.", KAYAK),
    ("Corrections are free within 7 days; changes to the artwork after approval are charged as a new job.", PRINT),
    ("A city bike is €15 a day and comes with a lock.", BIKES),  # what is included
    ("The mug is £12 including VAT.", MUGS),  # an inclusion the evidence states; the exception is of something else
    ("If you cancel the course you get the course fee back, less the materials kit.", POTTERY),
])
def test_including_what_the_evidence_keeps_in_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


# An exclusion appended to an offer (", not on X or Y"), a scope limited with "only, not X", and "X is never
# insured / covered": each is left out in so many words, so "X included" of the offer is turned round.
BOOKS = [Document(id="bk-7", content="Students get 15% off new textbooks, not on used books or stationery. Show "
                                     "your student card at the till.")]
GROOM = [Document(id="gr-3", content="Every 5th wash is free. The stamp card covers washes only, not clipping or "
                                     "nail trims.")]
VAN = [Document(id="vn-2", content="Standard cover costs $25 a day. Beach driving is never insured, whatever the "
                                   "cover. Windscreen damage is not covered by standard cover.")]


@pytest.mark.parametrize(("answer", "docs"), [
    ("Yes, students get 15% off everything, used books included.", BOOKS),
    ("Yes, every 5th visit is free, clipping included.", GROOM),
    ("With standard cover beach driving is covered, for $25 a day.", VAN),
])
def test_an_appended_or_never_exclusion_turned_round_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("Students get 15% off new textbooks, not on used books or stationery.", BOOKS),  # the exclusion restated
    ("Students get 15% off new textbooks with a student card.", BOOKS),  # used books not named
    ("Every 5th wash is free.", GROOM),  # clipping not named
    ("The stamp card covers washes only, so clipping is paid as usual.", GROOM),
    ("Standard cover is $25 a day; beach driving is never insured.", VAN),
])
def test_an_appended_or_never_exclusion_restated_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


def test_not_just_is_no_exclusion() -> None:
    """', not just X' widens what is covered: the claim that X is included keeps."""
    docs = [Document(id="pl-1", content="The family pass covers all pools, not just the main pool, for £40 a month.")]
    assert "contradicted" not in _verdicts("The family pass is £40 a month, the main pool included.", docs)


def test_a_consequence_after_so_is_a_clause_of_its_own() -> None:
    """', so clipping is paid' follows a clause that covers washes: it says nothing covered of clipping."""
    assert "contradicted" not in _verdicts("The stamp card covers every wash, so clipping is paid as usual.", GROOM)


def test_the_reading_is_what_flags_an_appended_exclusion() -> None:
    """Switched off, 'used books included' against ', not on used books' passes: the reading does the work."""
    from unittest.mock import patch

    from llmops_kit import grounding

    answer = "Yes, students get 15% off everything, used books included."
    with patch.object(grounding, "covered_exclusion", lambda *args: None):
        assert _verdicts(answer, BOOKS) == ["supported"]


#: A scope named "cover", the noun ("the repairs cover", "the parts cover"): a tenancy and a boiler plan.
TENANCY = [Document(id="tn-1", content="The landlord's repairs cover (excluding gutters and fences) runs for the whole "
                                       "tenancy.")]
BOILER = [Document(id="bp-1", content="Our parts cover does not include flue pipes or radiators. Call-outs are free.")]


@pytest.mark.parametrize(("answer", "docs"), [
    ("The repairs cover excludes gutters and fences.", TENANCY),  # "cover" the noun, then its own verb
    ("Gutters and fences are excluded from the repairs cover.", TENANCY),  # the noun ending the clause
    ("No, our parts cover doesn't reach flue pipes or radiators.", BOILER),
    ("The parts cover is for the boiler itself; flue pipes and radiators are left out.", BOILER),
])
def test_cover_the_noun_says_nothing_is_covered(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("The repairs cover includes gutters and fences.", TENANCY),  # the noun, but its verb includes the exclusion
    ("The landlord's repairs cover includes fences.", TENANCY),
    ("Our parts cover includes radiators.", BOILER),
    ("The plans cover flue pipes and radiators.", BOILER),  # "cover" the verb after a plural noun
    ("We cover radiators as well.", BOILER),
])
def test_cover_the_verb_or_an_including_noun_still_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


#: "There is X ..., but not in / at Y" says where a thing is missing (a lodge and a boat trip), not that Y is left out
#: of an offer; an offer's own ", but not on Y" still is.
LODGE = [Document(id="ld-1", content="There is a phone signal at the lodge, but not in the cabins. The cabin package "
                                     "is £240 for two nights, breakfast included."),
         Document(id="ld-2", content="There are towels in every cabin, but not at the hot tub. The spa package covers "
                                     "the sauna, but not the massages.")]


@pytest.mark.parametrize("answer", [
    "The cabin package is £240 for two nights, with the cabins and breakfast included.",
    "Two nights in the cabins are £240, breakfast included.",
])
def test_a_place_a_thing_is_missing_from_is_no_exclusion(answer: str) -> None:
    assert "contradicted" not in _verdicts(answer, LODGE)


def test_an_offer_exclusion_beside_a_place_denial_still_turned_round() -> None:
    assert "contradicted" in _verdicts("The spa package covers the sauna and the massages.", LODGE)


def test_the_place_reading_is_switched_off_as_a_whole() -> None:
    """Switched off, the place reads as a thing left out (a text of this test's own: the exclusions are cached by
    text)."""
    from unittest.mock import patch

    from llmops_kit import excluded_items

    docs = [Document(id="ld-3", content="There is a phone signal at the lodge, but not in the chalets. The chalet "
                                        "package is £180 for two nights, breakfast included.")]
    with patch.object(excluded_items, "READ_PLACE_DENIALS", False):
        assert "contradicted" in _verdicts("The chalet package is £180 for two nights, with the chalets and breakfast "
                                           "included.", docs)
