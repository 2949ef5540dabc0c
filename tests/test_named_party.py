"""The size of the party the customer names (:mod:`llmops_kit.named_party`): made-up requests in several domains,
the right count held (and worked from), a wrong count and a count with nobody named still flagged."""

from __future__ import annotations

import pytest

from llmops_kit.named_party import party_counts
from llmops_kit.quality import Document, score_answer

SPA = [Document(id="s-1", content="A full massage is €60; a children's mini facial (under 12) is €25.")]
CLIMB = [Document(id="c-2", content="A day pass at the climbing wall is £14 per person, shoe hire included.")]
BAKE = [Document(id="b-4", content="The bread workshop is $80 per person. Kids aged 6 to 12 join for $40 with a "
                                    "paying adult.")]
ROW = [Document(id="r-7", content="Junior rowing club costs £90 a term per child; a brother or sister of a "
                                   "member pays £70 a term.")]


def _held(documents: list[Document], query: str, answer: str) -> bool:
    report = score_answer(answer, documents, query=query)
    return all(v.supported for v in report.support)


@pytest.mark.parametrize(("documents", "query", "answer"), [
    (SPA, "A massage for me and a mini facial for my daughter (8) - what's the total?",
     "€60 + €25 = €85 for the two of you."),
    (CLIMB, "Can my husband and I get day passes on Saturday?", "For both of you it's 2 × £14 = £28."),
    (BAKE, "Booking the workshop for me, my wife and our son, he's 9. Total?",
     "Two adults at $80 make $160, and your son pays $40: $200 in total."),
    (ROW, "My daughter Ana rows with the juniors already. Her brother wants to join, what do we pay a term?",
     "Ana stays at £90 and her brother pays £70, so £160 a term for the two of them."),
])
def test_the_named_party_is_counted(documents: list[Document], query: str, answer: str) -> None:
    assert _held(documents, query, answer)


@pytest.mark.parametrize(("documents", "query", "answer"), [
    # a wrong count of the party
    (SPA, "A massage for me and a mini facial for my daughter (8) - what's the total?",
     "€60 + €25 = €85 for the three of you."),
    (CLIMB, "Can my husband and I get day passes on Saturday?", "For the three of you it's 3 × £14 = £42."),
    (BAKE, "Booking the workshop for me, my wife and our son, he's 9. Total?",
     "Three adults at $80 make $240: $240 in total."),
    # nobody named: the count is judged as before
    (CLIMB, "Can we get day passes on Saturday?", "For the two of you it's 2 × £14 = £28."),
    # a plural of people with no count: the party's size is unknown
    (CLIMB, "Can my friends and I get day passes on Saturday?", "For the three of you it's 3 × £14 = £42."),
])
def test_a_count_the_names_do_not_make_is_flagged(documents: list[Document], query: str, answer: str) -> None:
    assert not _held(documents, query, answer)


def test_the_reader() -> None:
    assert party_counts("R630 for the two of you", "Me a cut and my daughter (9) a kids cut") == {2}
    assert party_counts("R630 for the three of you", "Me a cut and my daughter (9) a kids cut") == frozenset()
    assert party_counts("for the two of them", "My son Leo rides already; his sister wants to start") == {2}
    assert party_counts("Two adults at $80", "me, my husband and our daughter, she's 10") == {2}
    # a son or daughter with no child's age, or a sibling, is of no known age group
    assert party_counts("Two adults at $80", "me, my husband and our daughter") == frozenset()
    assert party_counts("Two adults at $80", "me, my husband and my sister") == frozenset()
    assert party_counts("for the two of you", "Can we come on Monday?") == frozenset()
    assert party_counts("for the two of you", "My kids and I") == frozenset()
