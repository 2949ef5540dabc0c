"""An everyday phrase read as the plain word its evidence sentence states (:mod:`llmops_kit.phrase_synonyms`):
"priced on top" of "priced separately", "comes back to you" of "we refund", "aren't something we take on" of "We
don't take on". Controls: the opposite word ("included"), a reversed rule ("don't come back"), a refusal of a thing
the sentence does not refuse, an earlier date for a later one, an invented outcome beside the phrase ("give you
cash" where the sentence gives credit) and an added fee stay flagged.

The fixtures are this file's own (an optician, a ferry, a yoga retreat, a farm park, a storage firm, a kennel, a
plant nursery, a garden centre's gift cards).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import apology_words, phrase_synonyms
from llmops_kit.phrase_synonyms import held_by_equivalents
from llmops_kit.text import content_stems
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

OPTICIAN = [Document(id="o1", content="Single-vision lenses cost £59 a pair. Frames are priced separately. Glasses "
                                      "are ready in 7 working days.")]
FERRY = [Document(id="fe1", content="Each date change costs £15 plus any difference in fare.")]
RETREAT = [Document(id="y1", content="Cancel at least 10 days before the retreat for a full refund. After that, a "
                                     "transfer to a later retreat is offered, with no refund.")]
FARM = [Document(id="f1", content="The soft play barn is free for young children and for visitors using a "
                                  "wheelchair. Tractor rides cost £4 each.")]
STORAGE = [Document(id="s1", content="Give us 7 days' notice before you move out. Clear the locker and hand back the "
                                     "key; we refund any fees paid beyond your leaving date.")]
KENNEL = [Document(id="k1", content="We don't take on snakes or spiders. Dogs and cats stay in heated pens.")]
NURSERY = [Document(id="n1", content="Bring the plant (or a photo) back with your receipt and we'll replace it or "
                                     "give store credit. Shrubs carry a one-year guarantee.")]


FAITHFUL = [
    ("Lenses are £59 a pair. The frame is priced on top.", OPTICIAN, "How much are single-vision glasses?"),
    ("A date change is £15. On top of that you'd pay any difference in fare.", FERRY, "What does a change cost?"),
    ("After that we can move you to a later retreat instead.", RETREAT, "I have to cancel 3 days before. Refund?"),
    ("There's a free soft play barn for little ones too.", FARM, "Is there anything for my toddler?"),
    ("Any fees you've paid past the day you leave come back to you.", STORAGE, "What happens to fees I've paid?"),
    ("Sorry, snakes aren't something we take on.", KENNEL, "Can you board my snake?"),
    ("Pop in with the receipt and a photo and we'll swap it or give you credit.", NURSERY, "My shrub died."),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FAITHFUL)
def test_an_everyday_phrase_of_the_sentence_is_supported(answer: str, docs: list[Document], query: str) -> None:
    """The claim says the sentence's rule in everyday words: every claim is supported."""
    assert set(_verdicts(answer, docs, query)) == {"supported"}


@pytest.mark.parametrize(("answer", "docs", "query"), FAITHFUL)
def test_the_reading_is_what_settles_the_phrase(answer: str, docs: list[Document], query: str) -> None:
    """Switched off, the same rewording is left unsupported (the reading is doing the work)."""
    # the later apology reading (para54) supports "Sorry, snakes aren't something we take on" by itself too
    with patch.object(phrase_synonyms, "READ_PHRASE_SYNONYMS", False), \
            patch.object(apology_words, "READ_APOLOGY_WORDS", False):
        assert not set(_verdicts(answer, docs, query)) <= {"supported"}


WRONG = [
    ("The frame is included in the price.", OPTICIAN, "How much are single-vision glasses?"),
    ("On top of that you'd pay a booking fee.", FERRY, "What does a change cost?"),
    ("After that we can move you to an earlier retreat instead.", RETREAT, "I have to cancel 3 days before. Refund?"),
    ("Any fees you've paid past the day you leave don't come back to you.", STORAGE, "What happens to fees I've paid?"),
    ("Any fees you've paid past the day you leave come back to you twice over.", STORAGE,
     "What happens to fees I've paid?"),
    ("Snakes are something we take on.", KENNEL, "Can you board my snake?"),
    ("Sorry, dogs aren't something we take on.", KENNEL, "Can you board my dog?"),
    ("Pop in with the receipt and a photo and we'll give you cash.", NURSERY, "My shrub died."),
]


@pytest.mark.parametrize(("answer", "docs", "query"), WRONG)
def test_a_changed_or_added_fact_beside_the_phrase_stays_flagged(answer: str, docs: list[Document],
                                                                 query: str) -> None:
    """The opposite word, a reversed rule, another subject, an earlier date or an invented outcome is no rewording."""
    assert "supported" not in _verdicts(answer, docs, query)


def test_the_plain_word_must_be_in_the_sentence() -> None:
    """'On top' is read only against a sentence saying 'separately', 'plus' or 'extra', not 'included'."""
    claim = "The frame is priced on top"
    stems = content_stems(claim)
    assert held_by_equivalents(claim, stems, {"top"}, "Frames are priced separately.") == {"top"}
    assert held_by_equivalents(claim, stems, {"top"}, "Frames are included in the price.") == frozenset()


def test_the_phrase_must_be_the_tables() -> None:
    """'top' outside the phrase 'on top' (the top shelf) is not read as 'separately'."""
    claim = "The frame is priced at the top shelf"
    assert held_by_equivalents(claim, content_stems(claim), {"top"}, "Frames are priced separately.") == frozenset()


def test_a_negation_only_one_side_has_is_no_reading() -> None:
    """'doesn't come back to you' is no reading of 'we refund'."""
    claim = "The deposit doesn't come back to you"
    stems = content_stems(claim)
    assert held_by_equivalents(claim, stems, {"come", "back"}, "We refund the deposit.") == frozenset()
    claim = "The deposit comes back to you"
    assert held_by_equivalents(claim, content_stems(claim), {"come", "back"}, "We refund the deposit.") == {
        "come", "back"}
