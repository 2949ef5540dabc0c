"""A figure the evidence holds, stated where the evidence gives another: "a €25 late fee" when the late-fee
sentence says €15 and €25 is the price of something else.

The hard-fact step (:mod:`llmops_kit.grounding`) asks only whether a claimed amount or duration occurs anywhere
in the evidence, so a figure moved from one rule to another passes it. Here each of the claim's figures with a
unit is read with the words of its own clause (what the figure is said of), and compared with the clauses of
the evidence that state a figure of the same unit: when a clause stating *another* value shares at least
:data:`CONTEXT_MIN` of those words, and :data:`CONTEXT_MARGIN` more than any sentence stating the claimed value
(read whole, as a subject may sit in the clause beside its figure), the evidence says the figure belongs
elsewhere: *contradicted*, with that clause. Only the claim's own clause
and the evidence's clauses are compared, never the answer's length, style or position; the customer's own
message is not read, and a figure the customer states is theirs to state (it may be anything).
"""

from __future__ import annotations

import re
from typing import NamedTuple
from weakref import WeakKeyDictionary

from .evidence import Evidence
from .text import content_stems, quantities, sentences_of
from .text.numbers import spells_number
from .text.tokens import word_stems
from .textcache import text_cache

__all__ = ["CONTEXT_MARGIN", "CONTEXT_MIN", "misplaced_figure"]

#: How many of the words around a claimed figure a clause stating another value must share before it is read
#: as the same subject: two, as an invented claim needs two new words (:data:`llmops_kit.grounding.NOVEL_MIN`).
CONTEXT_MIN = 2
#: How many more of those words it must share than the best clause stating the claimed value: one shared word
#: ("fee", "hours") is chance; two more is the subject.
CONTEXT_MARGIN = 2

#: Where a sentence divides into clauses that each state one thing: punctuation and the joining words.
_DIGIT_RE = re.compile(r"\d")
_CLAUSE_SPLIT_RE = re.compile(r"\s*[;,:]\s+|\s+(?:and|but|or|while|whereas|otherwise|then|so)\s+", re.IGNORECASE)


@text_cache()
def _clauses(sentence: str) -> tuple[tuple[frozenset[tuple[str, str]], frozenset[str]], ...]:
    """Each clause's figures with a unit, and its content words (without numbers)."""
    spelled = spells_number(sentence)
    if not spelled and _DIGIT_RE.search(sentence) is None:
        return ()  # a figure needs a digit or a number word, and a clause's are its sentence's
    out = []
    for clause in _CLAUSE_SPLIT_RE.split(sentence):
        # the split cuts between words, so a clause spells a number only if its sentence does
        if _DIGIT_RE.search(clause) is None and not (spelled and spells_number(clause)):
            continue  # no figure to read: the clause is never read for its quantities
        figures = frozenset((value, unit) for value, unit in quantities(clause) if unit)
        if figures:
            out.append((figures, word_stems(clause)))
    return tuple(out)


#: One evidence clause stating figures of one unit: (its values, its words, source label, its sentence).
_Clause = tuple[frozenset[str], frozenset[str], str, str]


class _SourceFigures(NamedTuple):
    """One source's clauses by the unit of their figures, and the words of each sentence holding a figure."""

    by_unit: dict[str, list[_Clause]]
    holding: dict[tuple[str, str], list[frozenset[str]]]


@text_cache(maxsize=4096)
def _source_figures(text: str, label: str) -> _SourceFigures:
    """Read once per source text and label (cached): articles and system prompts recur across requests, so
    a request's index is its sources' readings in order, not a re-reading of every sentence. Never mutated."""
    by_unit: dict[str, list[_Clause]] = {}
    holding: dict[tuple[str, str], list[frozenset[str]]] = {}
    for sentence in sentences_of(text):
        clauses = _clauses(sentence)
        if not clauses:
            continue
        whole = content_stems(sentence)
        for figures, words in clauses:
            for unit in {u for _, u in figures}:
                values = frozenset(v for v, u in figures if u == unit)
                by_unit.setdefault(unit, []).append((values, words, label, sentence))
            for figure in figures:
                holding.setdefault(figure, []).append(whole)
    return _SourceFigures(by_unit, holding)


def _figure_index(evidence: Evidence) -> list[_SourceFigures]:
    """The sources that can support a statement (never the user's), in order, each with a figure: a claim's
    figure is compared only with the clauses that state a figure of its unit (built once per request)."""
    index = _INDEXES.get(evidence)
    if index is None:
        read = (_source_figures(source.text, source.label) for source in evidence.sources)
        index = _INDEXES[evidence] = [r for r in read if r.holding]
    return index


_INDEXES: WeakKeyDictionary[Evidence, list[_SourceFigures]] = WeakKeyDictionary()


def misplaced_figure(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed figure) when the evidence gives the subject of one of the claim's
    figures another value (see the module docstring), else None."""
    claimed = _clauses(claim)
    if not claimed:
        return None
    index = _figure_index(evidence)
    for figures, words in claimed:
        if len(words) < CONTEXT_MIN:
            continue
        for value, unit in figures - evidence.user_quantities:  # the customer's own figure is theirs to state
            holding = [whole for source in index for whole in source.holding.get((value, unit), ())]
            if not holding:  # a figure no clause holds with this unit is the arithmetic step's (a total, a share)
                continue
            # a sentence stating the value holds it with all its words ("£250, and £500 for escape of water
            # claims": the subject may sit in the clause beside the figure)
            held = max(len(words & whole) for whole in holding)
            against, where = 0, None
            for source in index:
                for values, their_words, label, sentence in source.by_unit.get(unit, ()):
                    if value in values:
                        continue
                    shared = len(words & their_words)
                    if shared > against:
                        against, where = shared, (label, sentence)
            if where is not None and against >= CONTEXT_MIN and against >= held + CONTEXT_MARGIN:
                return where[0], where[1], f"{value} {unit}".strip()
    return None
