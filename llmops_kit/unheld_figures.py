"""A count or a duration no evidence states with its unit, where the evidence gives its subject another value:
"you need at least 10 children" against "You need at least 8 children.", "stay out of the pool for 4 weeks"
against "No swimming (sea or pool) for 2 weeks.".

The hard-fact step (:mod:`llmops_kit.grounding`) lets such a figure pass when its number occurs elsewhere in
the evidence or some arithmetic reaches it (it reads calendar factors and the evidence's own figures, so a
changed count is often "derived"), and the moved-figure reading (:mod:`llmops_kit.grounding_context`) compares
only figures some evidence clause states with their unit. Here a claim clause stating one figure with a unit
that no evidence clause holds, no record gives as a field's value and no simple arithmetic on the answer's own
figures or clock times reaches, is compared with the evidence clauses stating *another* value of that unit:
one holding all the clause's words but one (at least
:data:`~llmops_kit.grounding_context.CONTEXT_MIN`) restates it with the figure changed, and the claim is
*contradicted*. A clause relating figures ("6 miles beyond our 20-mile area", "four weeks is 80 lessons")
reasons and is not read. Units are compared as written ("2 weeks" is not "14 days": a conversion is never a
clash); money is left to the amount readers (:mod:`llmops_kit.figure_owner`), times of day to theirs, and the
customer's own figures are theirs to state.
"""

from __future__ import annotations

import re

from .currency_fields import held_in_currency
from .evidence import Evidence
from .grounding_context import CONTEXT_MIN, claim_clauses, clause_words, figure_index
from .text import content_stems, numbers_in, quantities, times_in
from .unit_fields import record_unit_figure

__all__ = ["unheld_figure"]

#: Read the arithmetic of a figure whose rule an evidence sentence restates word for word on the claim's own
#: figures only (the ``roundup45`` round). A round-up answer gathers a dozen figures from several articles, and
#: almost any small count is a sum, difference, product or ratio of two of them: "bring up to 8 guests" against
#: "may bring up to 5 guests" was "reached" as 6 + 2 from the parking and the minimum hours of other items. When
#: the restating sentence names every word of the claim's clause, the claim restates that rule and its figure is
#: the rule's, not a result worked from other items; a figure the clause works out itself ("4 weeks at 2 a
#: week: 8 lessons") keeps its operands. Off, the whole answer's figures are operands.
READ_RESTATED_OPERANDS = True

#: Units read as counts or durations. Money has its own readers, times of day ("am", "pm") theirs, and the
#: number reader's other units include joining words ("3 to 5" gives "to") that say nothing of a subject.
_SKIPPED_UNITS = frozenset(("to", "and", "or", "of", "per", "x", "a", "an", "the", "am", "pm", "h", "£", "$", "€",
                            "¥", "₹", "pound", "dollar", "euro", "eur", "usd", "gbp", "p", "%", "percent"))


def unheld_figure(claim: str, evidence: Evidence, answer: frozenset[str] = frozenset(),
                  answer_text: str = "") -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed figure) when a figure of the claim that no evidence clause holds
    with its unit is given another value by a clause on the same subject (see the module docstring).
    ``answer``: the numbers the whole answer states, ``answer_text`` the answer, for the arithmetic step."""
    claimed = claim_clauses(claim)
    if not claimed:
        return None
    index: list | None = None
    for figures, clause in claimed:
        if len(figures) != 1 or len(quantities(clause)) != 1 or times_in(clause):
            continue  # a clause relating figures ("6 miles beyond our 20-mile area") is arithmetic, not a restatement
        ((value, unit),) = figures
        if unit in _SKIPPED_UNITS or not unit.isalpha():
            continue
        index = figure_index(evidence) if index is None else index
        # the cheap index lookup first: most clauses have no restating clause, and the checks below read the
        # customer's figures, the records and the arithmetic (the conditions are independent, so order is free)
        found = _restated(value, unit, clause_words(clause), index)
        if found is None or (value, unit) in evidence.user_quantities:
            continue
        if any((value, unit) in source.holding for source in index) or _held_bare(value, evidence):
            continue  # held with its unit (the moved-figure reading judges it), or in a record whose keys say it
        if record_unit_figure(claim, evidence, value, unit):
            continue  # the record the claim speaks of holds it in a field named by its unit ("nights: 4")
        if held_in_currency(value, unit, evidence):
            continue  # "4.380 kr" of a record's "monthly fee dkk: 4380": the amount in a currency "kr" may name
        if READ_RESTATED_OPERANDS and _names_all(clause_words(clause), found[1]):
            operands = numbers_in(claim)  # the rule restated: only the claim's own figures work it out
        else:
            operands = answer
        if _reached(value, claim, evidence, operands, answer_text):
            continue
        return found[0], found[1], f"{value} {unit}"
    return None


#: What may follow a field's whole value: trailing zeros of its decimals, a closing quote, then the end of the
#: field (",", "}", "]", a line end or the text's end).
_VALUE_END_RE = re.compile(r"(?:\.0+)?\"?\s*(?:[,}\]\n]|$)")
#: The last character of a field's key, just before its ":" or "=".
_KEY_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_\"'")


def _is_field_value(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a field's whole value: a key's last character, optional spaces, ":" or "=",
    optional spaces and an opening quote before it, and :data:`_VALUE_END_RE` after it?"""
    i = start
    if i and text[i - 1] == '"':
        i -= 1
    while i and text[i - 1].isspace():
        i -= 1
    if not i or text[i - 1] not in ":=":
        return False
    i -= 1
    while i and text[i - 1].isspace():
        i -= 1
    return bool(i) and text[i - 1] in _KEY_END and _VALUE_END_RE.match(text, end) is not None


def _held_bare(value: str, evidence: Evidence) -> bool:
    """Does a source give the value as a field's whole value (a tool record's "delay_minutes": 18, whose key
    holds the unit)? Each place a source holds the value's characters is checked in place, with no pattern
    built per value (compiling one per claim cost more than the search)."""
    for source in evidence.sources:
        text = source.text
        at = text.find(value)
        while at != -1:
            if _is_field_value(text, at, at + len(value)):
                return True
            at = text.find(value, at + 1)
    return False


def _reached(value: str, claim: str, evidence: Evidence, answer: frozenset[str], answer_text: str) -> bool:
    """Is the value arithmetic on the answer's figures (a sum, difference, product or ratio of two of them;
    the time between two clock times it states; one end of a range of hours)? The claim's calendar factors
    are not read: a count of weeks is no figure of a count of days."""
    if not evidence._not_derived({value}, numbers_in(claim) | answer):
        return True
    if evidence.entry_counts({value}, claim, answer_text):  # "four occasions left" of a record's allowance and entries
        return True
    return evidence._clock_gap(value, claim, answer_text) or evidence.hour_range(value, claim)


def _names_all(words: frozenset[str], sentence: str) -> bool:
    """Does the evidence sentence name every one of the claim clause's words (the same rule restated)?"""
    return words <= content_stems(sentence)


def _restated(value: str, unit: str, words: frozenset[str], index: list) -> tuple[str, str] | None:
    """The evidence clause stating another value of ``unit`` with all the claim clause's words but one (and at
    least :data:`CONTEXT_MIN`), whose sentence never states the value itself, as (source, sentence)."""
    need = max(CONTEXT_MIN, len(words) - 1)
    for source in index:
        for values, their_words, label, sentence in source.by_unit.get(unit, ()):
            if value not in values and len(words & their_words) >= need and value not in numbers_in(sentence):
                return label, sentence
    return None
