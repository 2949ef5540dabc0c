"""A party the customer counts by groups, counted whole by the answer (:data:`llmops_kit.named_party.
READ_STATED_GROUPS`): "two adults and our two children" are four, so "for all four of you" holds its 4. A count
the groups do not add up to, and a party counted by no groups, stay flagged; with the switch off the 4 is absent
again."""

from __future__ import annotations

import pytest

from llmops_kit import named_party, quality
from llmops_kit.named_party import party_counts, stated_group_totals
from llmops_kit.quality import Document, score_answer

ZOO = [Document(id="z-1", content="Zoo entry: adults £19, children (3 to 15) £9. A family pass for two adults "
                                   "and two children is £49.")]
FERRY = [Document(id="f-3", content="Return crossing: adult €25, child €11, senior €17.")]

ZOO_ASKED = "We're two adults with our two kids (8 and 11). Is the family pass cheaper?"
FERRY_ASKED = "One adult, a senior and three children travelling on Friday - what's the return fare?"


def _held(documents: list[Document], query: str, answer: str) -> bool:
    quality._memo.clear()  # verdicts are memoised on the texts alone, not on the switches
    try:
        return all(v.supported for v in score_answer(answer, documents, query=query).support)
    finally:
        quality._memo.clear()


ZOO_ANSWER = "Yes: the family pass is £49 for all four of you, against 2 × £19 + 2 × £9 = £56 in single tickets."
FERRY_ANSWER = "For the five of you it's €25 + €17 + 3 × €11 = €75 return."


@pytest.mark.parametrize(("documents", "query", "answer"), [(ZOO, ZOO_ASKED, ZOO_ANSWER),
                                                            (FERRY, FERRY_ASKED, FERRY_ANSWER)])
def test_the_party_counted_by_groups_is_held(documents: list[Document], query: str, answer: str) -> None:
    assert _held(documents, query, answer)


@pytest.mark.parametrize(("documents", "query", "answer"), [
    # a total the groups do not make
    (ZOO, ZOO_ASKED, ZOO_ANSWER.replace("all four", "all five")),
    (FERRY, FERRY_ASKED, FERRY_ANSWER.replace("the five", "the seven")),
    # no group counted: the party's size is unknown
    (ZOO, "Is the family pass cheaper for us?", ZOO_ANSWER),
    # a wrong price beside the right count
    (ZOO, ZOO_ASKED, ZOO_ANSWER.replace("£49", "£39")),
    (FERRY, FERRY_ASKED, "For all five of you it's €79 return."),
])
def test_a_count_or_price_the_groups_do_not_make_is_flagged(documents: list[Document], query: str,
                                                            answer: str) -> None:
    assert not _held(documents, query, answer)


def test_the_reader() -> None:
    assert stated_group_totals(ZOO_ASKED) == {4}
    assert stated_group_totals(FERRY_ASKED) == {5}
    assert stated_group_totals("a few kids and two adults") == frozenset()  # "a few" is no count of one
    assert stated_group_totals("Just two adults, please.") == frozenset()  # one group: nothing to add
    assert party_counts("£49 for all four of you", ZOO_ASKED) == {4}
    assert party_counts("£49 for all five of you", ZOO_ASKED) == frozenset()
    assert party_counts("£49 for the four of them", ZOO_ASKED) == frozenset()  # "them" leaves the customer out


def test_switched_off_the_count_is_absent_again(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _held(ZOO, ZOO_ASKED, ZOO_ANSWER)
    monkeypatch.setattr(named_party, "READ_STATED_GROUPS", False)
    assert stated_group_totals(ZOO_ASKED) == frozenset()
    assert not _held(ZOO, ZOO_ASKED, ZOO_ANSWER)
    assert not _held(FERRY, FERRY_ASKED, FERRY_ANSWER)
