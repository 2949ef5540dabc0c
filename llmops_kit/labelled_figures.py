"""A figure in a labelled list item or a table row, checked against what the evidence states of that label:
"- Inverter: 15 years" when the inverter sentence says 10 years, "| large | over 30 kg | £68 |" when large
dogs are "over 25 kg".

The claim splitter drops a list item's label ("Inverter: ") as layout, and a table row is judged by its hard
facts alone (:func:`llmops_kit.grounding.judge_table_rows`), so a figure found *anywhere* in the evidence, or
reached by arithmetic on the answer's other figures, passes for its row. Yet the label names what the figure
is of. Here the label's content words pick the evidence sentences that name the same thing (every label word
in the sentence); when such a sentence states a figure of the same unit and neither it nor the sentence after
it (a subject's figures may run on) states the claimed value, the evidence gives the label another value:
*contradicted*, with that sentence. A label the evidence never names, a unit its sentences do not state, or
a figure the customer stated are left alone, so a table that reorders, merges or summarises the evidence's
rows stays healthy. Nothing here reads an answer's length, style or position.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Evidence
from .grounding import ClaimSupport
from .text import STOPWORDS, content_stems, quantities, sentences_of
from .text.arithmetic import amounts_in
from .text.numbers import parses_as_float
from .text.split import table_rows
from .textcache import text_cache

__all__ = ["READ_MARKED_AMOUNTS", "READ_WORKED_FOR_COUNT", "judge_labelled_items", "labelled_items",
           "mislabelled_figure"]

#: A markdown list item: its marker, then the item ("- ", "* ", "• ", "1. ", "2) ").
_ITEM_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?P<item>\S.*)$")
#: Emphasis and code marks around a label ("**Inverter**: 15 years").
_MARKS_RE = re.compile(r"\*\*|__|`")
#: An item's label: up to five words before the first colon followed by a space ("10-visit punch card: €125").
_LABEL_RE = re.compile(r"^(?P<label>[^:;,.!?]{1,60}?)\s*:\s+(?P<value>\S.*)$")
_LABEL_MAX_WORDS = 5
#: A figure glued to its unit by a hyphen ("10-year warranty", "3-month minimum") is read as "10 year".
_HYPHEN_UNIT_RE = re.compile(r"(?<=\d)-(?=[A-Za-z])")
_DIGIT_RE = re.compile(r"\d")
#: Where a row's cells or a list value's clauses part.
_PIECE_RE = re.compile(r";\s+|,\s+|\s+\(|\)")
#: Written arithmetic in a value: an operator between figures, or a figure said against another ("£10 less
#: than the full groom"): the value is a result the answer computes, not one the evidence states of its label. The
#: figure after the operator may carry a dollar written with its country's letters ("S$48 + S$56 = S$104", the
#: ``lab44`` round) or another sign.
_ARITHMETIC_RE = re.compile(r"\d\s*(?:[=×x*+/]|-\s)\s*(?:[A-Z]{1,3}\$|[£$€¥₹₺])?\s?\d"
                            r"|\b(?:less|more|cheaper|dearer|off|minus|plus|"
                            r"fewer|extra|saves?|saving|discount|instead of)\b", re.IGNORECASE)
#: A bare count after "for" that closes a value's piece ("(S$1,120.00 for 4)", "£90 for 3;"): a total the answer
#: works out for that many.
_FOR_COUNT_RE = re.compile(r"\bfor (\d+)(?=\s*(?:[);,.]|$))")
_PENNY = 0.005
#: Read a figure the value works out for a count of the customer's as the answer's result (the whole labelled-figure
#: reading is off while ``tools/fit_claim_decision.py`` fits the decision).
READ_WORKED_FOR_COUNT = True
#: Read an amount written with its currency's code or a mark after it ("ARS 130.000", "4,00 €") as a figure of
#: money: the unit reader reads a sign before a figure ("£38") but not these, so a table row's "4,00 €" stated no
#: figure and passed whatever the sentence naming its label priced it at (the ``forms49`` round: "| Moins de 14 ans
#: | 4,00 € |" beside "Moins de 14 ans: 5,00 €", "| Card of 8 classes | ARS 130.000 |" beside "ARS 120.000"). Only
#: an amount no text prices is contradicted so; off while the claim decision is fitted.
READ_MARKED_AMOUNTS = True
#: The kind an amount of money read by :func:`~llmops_kit.text.arithmetic.amounts_in` is given.
_MONEY = "money"
#: Label stems naming a result the answer computes (a total, a balance, a saving) rather than a thing the
#: evidence prices.
_COMPUTED = frozenset(("total", "subtot", "subtotal", "sum", "balanc", "balance", "save", "saving", "differ",
                       "differen", "remain", "left", "due", "overal", "overall"))


class _Sentence(NamedTuple):
    """An evidence sentence holding a figure with a unit: its words, figures, source label and text."""

    words: frozenset[str]
    figures: frozenset[tuple[str, str]]
    label: str
    text: str


def _figures(text: str) -> frozenset[tuple[str, str]]:
    """The figures of a text with a unit that says what is counted (not a joining word: "10 to 25 kg")."""
    found = frozenset((value, unit) for value, unit in quantities(_HYPHEN_UNIT_RE.sub(" ", text))
                      if unit and unit not in STOPWORDS)
    return found | _marked_amounts(text, found) if READ_MARKED_AMOUNTS else found


def _marked_amounts(text: str, found: frozenset[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """The amounts of money in ``text`` the unit reader left without a unit ("ARS 18.000", "9,50 €"), as figures
    of money; an amount it read with its sign ("£38") is not read twice."""
    read = {value for value, _ in found}
    return frozenset((amount, _MONEY) for amount in amounts_in(text) if amount not in read)


@text_cache(maxsize=4096)
def _source_sentences(text: str, label: str) -> tuple[_Sentence, ...]:
    """Every sentence of a source, with its figures (cached: articles recur across requests)."""
    return tuple(_Sentence(content_stems(s), _figures(s) if _DIGIT_RE.search(s) else frozenset(), label, s)
                 for s in sentences_of(text))


def labelled_items(answer: str) -> list[tuple[str, str]]:
    """(label, value) of each list item written "Label: value" and each table row (its first cell the label),
    when the value states a digit: the pieces of an answer whose figures are said of a thing it names."""
    out: list[tuple[str, str]] = []
    for line in answer.splitlines():
        match = _ITEM_RE.match(line)
        if match is None:
            continue
        labelled = _LABEL_RE.match(_MARKS_RE.sub("", match["item"]))
        if labelled and len(labelled["label"].split()) <= _LABEL_MAX_WORDS and _DIGIT_RE.search(labelled["value"]):
            out.append((labelled["label"], labelled["value"]))
    for row in table_rows(answer):
        first, _, rest = row.partition("; ")
        if rest and _DIGIT_RE.search(rest):
            out.append((first, rest))
    return out


def mislabelled_figure(label: str, value: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed figure) when the evidence states the label's thing with another
    value of the figure's unit and never with the claimed one (see the module docstring), else None."""
    subject = frozenset(w for w in content_stems(label) if not w[0].isdigit())
    if not subject or not subject.isdisjoint(_COMPUTED) or _ARITHMETIC_RE.search(value):
        return None  # a result the answer computes ("Total: £90", "0.5 m² x £22 = £11") is arithmetic's to check
    claimed = _figures(value) - evidence.user_quantities  # the customer's own figure is theirs to state
    if not claimed:
        return None
    naming: list[tuple[_Sentence, _Sentence | None]] = []  # sentences naming the subject, with the one after
    for source in evidence.sources:
        if source.user:
            continue
        sentences = _source_sentences(source.text, source.label)
        for n, sentence in enumerate(sentences):
            if subject <= sentence.words:
                naming.append((sentence, sentences[n + 1] if n + 1 < len(sentences) else None))
    counts = _customer_counts(value, evidence) if READ_WORKED_FOR_COUNT else frozenset()
    for value_, unit in sorted(claimed):
        if any((value_, unit) in s.figures or (after is not None and (value_, unit) in after.figures)
               for s, after in naming):
            continue
        if counts and _worked_for_count(value_, unit, claimed, counts):
            continue  # "S$280.00 per lift (S$1,120.00 for 4)": the answer's total for the customer's 4 lifts
        other = next((s for s, _ in naming if any(u == unit for _, u in s.figures)), None)
        if other is None or (unit == _MONEY and _priced_anywhere(evidence, value_)):
            continue  # an amount a text prices is another thing's price ("RM 40" per extra hour): not read here
        # a cell worded like a sentence that states its figure is that sentence's rule, not the label's: "€2.50
        # per GB" beside a plan whose sentence gives its monthly price, where "data costs €2.50 per GB"
        cell = _cell_words(value, value_, unit)
        if cell and len(cell & other.words) < max((len(cell & s.words) for s in _holding(evidence, value_, unit)),
                                                  default=0):
            continue
        return other.label, other.text, f"{value_} {unit}"
    return None


def _priced_anywhere(evidence: Evidence, amount: str) -> bool:
    """Does any text state ``amount`` as money? A marked amount is read only where no text prices it at all, so a
    column of another price ("| Extra hour | RM 40 |") is left to the readers that know columns."""
    return amount in evidence.once("labelled_figures.priced", _priced_amounts)


def _priced_amounts(evidence: Evidence) -> frozenset[str]:
    """Every amount the texts other than the customer's state as money (gathered once per request, not once per
    labelled figure)."""
    return frozenset().union(*(amounts_in(source.text) for source in evidence.sources if not source.user))


def _customer_counts(value: str, evidence: Evidence) -> frozenset[float]:
    """The customer's figures the value writes as a bare count after "for" ("(S$1,120.00 for 4)")."""
    if "for" not in value:
        return frozenset()
    written = {m.group(1) for m in _FOR_COUNT_RE.finditer(value)}
    return frozenset(float(n) for n, _ in evidence.user_quantities if n in written and parses_as_float(n))


def _worked_for_count(figure: str, unit: str, claimed: frozenset[tuple[str, str]], counts: frozenset[float]) -> bool:
    """Is the figure another figure of its unit the value states, times a count of the customer's it writes?"""
    if not parses_as_float(figure):
        return False
    return any(parses_as_float(other) and float(other) != float(figure)
               and any(abs(float(other) * count - float(figure)) < _PENNY for count in counts)
               for other, kind in claimed if kind == unit)



def _cell_words(value: str, figure: str, unit: str) -> frozenset[str]:
    """The words of the cell or clause of ``value`` that states the figure (its unit's word left out)."""
    for piece in _PIECE_RE.split(value):
        if (figure, unit) in _figures(piece):
            return frozenset(w for w in content_stems(piece) if not w[0].isdigit() and w != unit)
    return frozenset()


def _holding(evidence: Evidence, figure: str, unit: str) -> list[_Sentence]:
    """The evidence sentences stating the figure with its unit."""
    return [s for source in evidence.sources for s in _source_sentences(source.text, source.label)
            if (figure, unit) in s.figures]


def judge_labelled_items(answer: str, evidence: Evidence, judged: set[str] | frozenset[str] = frozenset(),
                         ) -> list[ClaimSupport]:
    """A *contradicted* verdict per labelled list item or table row whose figure the evidence gives its label
    another value (rows already judged wrong, ``judged``, are not judged twice)."""
    out = []
    for label, value in labelled_items(answer):
        item = f"{label}; {value}"
        if item in judged:
            continue
        found = mislabelled_figure(label, value, evidence)
        if found is not None:
            out.append(ClaimSupport(claim=f"{label}: {value}", verdict="contradicted", source=found[0],
                                    evidence=found[1], missing=(found[2],)))
    return out
