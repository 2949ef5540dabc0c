"""A figure stated with another unit of the same measure than the evidence gives it: "up to 15 feet of internal
cable" against "up to 15 metres of internal cable", "off for about 2 days while the inverter is connected"
against "off for about 2 hours while the inverter is connected".

The hard-fact step (:mod:`llmops_kit.grounding`) finds the number, and a unit it checks only when the evidence
holds the number with no unit of that kind at all; the moved-figure reading (:mod:`llmops_kit.grounding_context`)
compares values of one unit. Here a claim stating one figure with a unit of length, weight or time is compared
with the evidence sentences stating the *same value* with another unit of that measure: one sharing at least
:data:`~llmops_kit.grounding_context.CONTEXT_MIN` of the claim's words (its units aside), and
:data:`~llmops_kit.grounding_context.CONTEXT_MARGIN` more than any sentence stating the claimed value with the
claimed unit, says what the figure is, and the claim is *contradicted*. A conversion changes the number ("15
metres, about 49 feet"), so it is never read as a swap; the customer's own figures are theirs to state.
"""

from __future__ import annotations

from .evidence import Evidence
from .grounding_context import CONTEXT_MARGIN, CONTEXT_MIN, figure_index
from .text import content_stems, quantities
from .text.numbers import MEASURES
from .text.tokens import word_stems

__all__ = ["swapped_unit"]

#: Units of one measure (:data:`~llmops_kit.text.numbers.MEASURES`), each as the spellings
#: :func:`~llmops_kit.text.quantities` names it by ("kg", "kilo", "kilogram" are one unit).
_MEASURES = tuple(tuple(frozenset(spellings) for spellings in measure.values()) for measure in MEASURES.values())
#: Each spelling of a unit: (its own spellings, the other units of its measure).
_UNIT_OF = {spelling: (unit, frozenset().union(*(other for other in measure if other != unit)))
            for measure in _MEASURES for unit in measure for spelling in unit}
#: The stems of unit words, left out of the words compared (the swapped unit is the one word that differs).
_UNIT_STEMS = frozenset(word for spelling in _UNIT_OF for word in word_stems(f"{spelling} {spelling}s {spelling}es"))


def swapped_unit(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed figure) when the evidence states the claim's one figure with
    another unit of its measure in a sentence on the same subject (see the module docstring), else None."""
    figures = quantities(claim)
    if len(figures) != 1:
        return None
    ((value, unit),) = figures
    spellings, others = _UNIT_OF.get(unit, (frozenset(), frozenset()))
    if not others or (value, unit) in evidence.user_quantities:
        return None
    index = figure_index(evidence)
    # the evidence sentences stating the value with another unit of its measure: most claims' figures have none,
    # and their words (a new text's stems) are then never read
    swapped = [(label, sentence) for source in index for other in others
               for values, _, label, sentence in source.by_unit.get(other, ()) if value in values]
    if not swapped:
        return None
    words = word_stems(claim) - _UNIT_STEMS
    if len(words) < CONTEXT_MIN:
        return None
    held = max((len(words & whole) for source in index for same in spellings
                for whole in source.holding.get((value, same), ())), default=0)
    best, where = 0, None
    for label, sentence in swapped:
        shared = len(words & (content_stems(sentence) - _UNIT_STEMS))
        if shared > best:
            best, where = shared, (label, sentence)
    if where is not None and best >= CONTEXT_MIN and best >= held + CONTEXT_MARGIN:
        return where[0], where[1], f"{value} {unit}"
    return None
