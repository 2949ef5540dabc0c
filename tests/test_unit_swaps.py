"""A figure given with another unit of its measure than the evidence states (:mod:`llmops_kit.unit_swaps`): "a
20 kg limit" where the article says 20 lb, each with controls that the right unit, another spelling of it, a
conversion and a sentence closer to the claimed unit stay supported.

The fixtures are this file's own (a removals van, a swimming pool, a print shop).
"""

from __future__ import annotations

import pytest

from llmops_kit import grounding
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text import quantities, typed_quantities
from llmops_kit.text.numbers import MEASURES
from llmops_kit.traces import Document

VAN = [Document(id="rv-1", content="Each box may weigh up to 20 lb so our crew can lift it safely. The van "
                                   "carries up to 20 kg of tools.")]
POOL = [Document(id="sp-2", content="The learner pool is 12 metres long and the water is kept at 30 degrees. "
                                    "Lane swimming sessions last 45 minutes. Memberships renew every 45 days.")]
PRINT = [Document(id="pr-3", content="Banners are printed within 3 hours of approval. Proofs are kept for 3 days "
                                     "after printing.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


#: The evidence's value with another unit of its measure.
SWAPPED = [
    ("Each box may weigh up to 20 kg so our crew can lift it safely.", VAN),  # 20 kg is the tools'
    ("The learner pool is 12 feet long.", POOL),
    ("Lane swimming sessions last 45 days.", POOL),  # 45 days is the membership's
]


@pytest.mark.parametrize(("answer", "docs"), SWAPPED)
def test_a_value_with_another_unit_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), SWAPPED)
def test_without_the_reading_the_swap_passes(answer: str, docs: list[Document],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grounding, "swapped_unit", lambda *args, **kwargs: None)
    assert "contradicted" not in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("Each box may weigh up to 20 lb so our crew can lift it safely.", VAN),  # the right unit
    ("The learner pool is 12 metres long.", POOL),
    ("The learner pool is 12 m long.", POOL),  # another spelling of the same unit
    ("The learner pool is 12 metres, about 39 feet, long.", POOL),  # a conversion changes the number
    ("Banners are printed within 3 hours of approval.", PRINT),  # 3 days is the proofs', not the banners'
    ("Proofs are kept for 3 days after printing.", PRINT),
    # 'within 3 hours of approval' shares two of its words, the proofs' own sentence more
    ("Banner proofs are kept for 3 days after approval.", PRINT),
])
def test_a_value_with_its_own_unit_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


def test_a_claim_whose_value_no_sentence_states_with_another_unit_is_not_read_for_its_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The trigger: the claim's words (a new text's stems) are read only when some evidence sentence states its
    value with another unit of its measure; the control, a swapped unit, is still read and still contradicted."""
    from llmops_kit import unit_swaps
    from llmops_kit.evidence import Evidence, EvidenceSource
    read: list[str] = []
    real = unit_swaps.word_stems
    monkeypatch.setattr(unit_swaps, "word_stems", lambda text: read.append(text) or real(text))
    pool = Evidence([EvidenceSource("document sp-2", POOL[0].content)], r"\[x\]")
    assert unit_swaps.swapped_unit("The learner pool is kept at 30 degrees in winter.", pool) is None
    assert unit_swaps.swapped_unit("The learner pool is 14 feet long.", pool) is None
    assert read == []
    found = unit_swaps.swapped_unit("The learner pool is 12 feet long.", pool)
    assert found is not None and found[2] == "12 feet" and len(read) == 1


@pytest.mark.parametrize("measure", sorted(MEASURES))
def test_the_measures_spell_units_as_quantities_names_them(measure: str) -> None:
    """Each spelling of the shared table is the name :func:`quantities` gives the unit (the next word, its "s" cut
    off), and a unit's name is its kind wherever the typed-amount reader knows the unit at all."""
    for name, spellings in MEASURES[measure].items():
        assert name in spellings
        for spelling in spellings:  # "7 hrs" is named "hr", "7 inches" "inche"
            assert quantities(f"about 7 {spelling}s long") == (("7", spelling),)
        assert typed_quantities(f"about 7 {name}") in (frozenset(), frozenset({f"7 {name}"}))
