"""A figure the evidence holds only for another subject, where a clause naming everything the claim names gives
another value: "A cat spay is $220" against "Cat spay: $310." (the $220 is the neuter's), "She has 24 hours to
accept it" against "must accept it within 72 hours" (the 24 hours is the presale notice's).

:mod:`llmops_kit.grounding_context` reads such a figure as misplaced only when the clause stating another value
shares :data:`~llmops_kit.grounding_context.CONTEXT_MARGIN` more of the claim's words than any sentence holding
the claimed value, and reads an evidence clause without the label its sentence opens with ("Cat spay: $310"
gives the clause "$310" no words), so a short claim about one of several labelled or worded rules passes when its
figure is another rule's. Here the test is coverage, not a count: a claim clause of at least
:data:`~llmops_kit.grounding_context.CONTEXT_MIN` words, stating one figure with a unit, is *contradicted* when

* an evidence clause (with the label its sentence opens with, "Evenings, weekends and bank holidays: £110
  call-out") names every word of the claim's clause and states another value of that unit, and not the claimed
  one anywhere in its sentence;
* every evidence sentence holding the claimed value lacks one of those words (it is said of another subject);
* and none of those sentences shares a word of the whole claim that the naming clause's sentence lacks (a
  subject the claim names in another clause, "Glebe House sleeps 8 and is €1,085 a week", is the holder's).

A terse answer names no subject: its subject is the one the customer's question names. "NZ$120 for the 4 weeks" to
"buggy for 4 weeks how much" is the buggy's price ("Buggy: NZ$120.") however closely another labelled sentence
words it ("Cot and mattress: NZ$140 for a 4-week hire."); so a figure held by a sentence whose opening label the
question names, when no rival sentence's label is named by it, is in place (:data:`READ_ASKED_HOLDERS`).
A figure no evidence clause states with its unit is read too (:data:`READ_UNHELD_VALUES`): the hard-fact step may
have passed it on digits found elsewhere, so the clause naming every word of the claim's clause decides, unless the
figure is a number some text states or a result the claim works out.

A figure the customer stated, a clause working figures together ("£89 + £50 = £139"), times of day (their own
readers) and a claim naming a holder's subject are left alone, so a summary restating several rows, the same
figure held for two subjects, or a subject the claim words as the holder does stay supported. Nothing here
reads an answer's length, style or position.
"""

from __future__ import annotations

import math
import re

from .evidence import Evidence
from .grounding_context import CLOCK, CONTEXT_MIN, claim_clauses, clause_words, figure_index, named_holder
from .retired_passages import retired_rival
from .text import content_stems, numbers_in
from .text.numbers import spells_number
from .text.tokens import word_stems
from .unit_fields import record_unit_figure

__all__ = ["READ_ASKED_HOLDERS", "READ_UNHELD_VALUES", "other_subject_figure"]

#: The ``right48`` round: a figure held by a sentence labelled with the subject the customer's question names
#: ("Commando package price?" of "Commando: 300 paintballs and 3 hours, ₹1,499 per player.") is that subject's,
#: however closely a sibling's labelled sentence words the claim ("Rookie: 100 paintballs and 2 hours of play").
#: Off, a terse answer's figure is contradicted by the sibling sentence sharing its wording.
READ_ASKED_HOLDERS = True

#: Read a claimed figure that no evidence clause states with its unit too ("12 years old" where the only years are
#: "4", "2" and "10"): the hard-fact step passes such a figure when it finds its digits (a group of a phone number)
#: or works it out (the customer's "6-year-old" times "every 2 years"), so leaving it to that step left a changed
#: age, period or price unread. It is *contradicted* when an evidence clause naming every word of the claim's
#: clause states another value of the unit (one the claim's clause does not state too: "every 2 years until it is
#: 12 years old" against "every 2 years until the vehicle is 10 years old"). Off in the claim-decision fit
#: (``tools/fit_claim_decision.py``).
READ_UNHELD_VALUES = True

#: Written arithmetic in a claim clause: its figures are operands and results, the arithmetic step's to check.
_ARITHMETIC_RE = re.compile(r"[+=×÷]|\d\s*[x*/]\s*[£$€]?\d|\b(?:total|together|combined|plus|minus|times)\b",
                            re.IGNORECASE)
#: The label a sentence opens with, before its first colon and a space ("Cat spay: $310.", "Evenings, weekends
#: and bank holidays: £110 call-out."): at most eight words, so a colon deep in a sentence labels nothing.
_LEAD_LABEL_RE = re.compile(r"^\s*(?P<label>[^:.!?]{1,80}?):\s")
_LABEL_MAX_WORDS = 8


def _lead_label(sentence: str) -> frozenset[str]:
    """The words of the label an evidence sentence opens with (empty when it has none)."""
    match = _LEAD_LABEL_RE.match(sentence)
    if match is None or len(match["label"].split()) > _LABEL_MAX_WORDS:
        return frozenset()
    return word_stems(match["label"])


def _words_of_claim(claim: str) -> frozenset[str]:
    """The claim's content stems without its numbers: what the whole claim names."""
    return frozenset(w for w in content_stems(claim) if not w[0].isdigit())


def other_subject_figure(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed figure) when an evidence clause naming every word of the claim's
    clause gives another value of the figure's unit and every sentence holding the claimed value is said of
    another subject (see the module docstring), else None."""
    claimed = claim_clauses(claim)
    if not claimed:
        return None
    index = figure_index(evidence)
    for figures, clause in claimed:
        if _ARITHMETIC_RE.search(clause) is not None:
            continue
        for value, unit in figures - evidence.user_quantities:  # the customer's own figure is theirs to state
            if unit == CLOCK:
                continue
            holders = [whole for source in index for whole in source.holding.get((value, unit), ())]
            if not holders and not READ_UNHELD_VALUES:
                continue  # a figure no sentence holds with its unit was the hard-fact step's alone
            words = clause_words(clause)
            if len(words) < CONTEXT_MIN:
                break  # too few words to say what any figure of this clause is said of
            if not holders:  # its digits were found elsewhere: a clause naming the clause's words may give the value
                found = _unheld_rival(value, unit, figures, words, clause, claim, evidence)
                if found is not None:
                    return found[0], found[1], f"{value} {unit}".strip()
                continue
            if any(words <= held for held in holders):
                continue  # a sentence holding the value names everything the clause names
            if named_holder(claim, clause, (n for source in index for n in source.named.get((value, unit), ()))):
                continue  # held by a sentence on the subject the claim names
            if record_unit_figure(claim, evidence, value, unit):
                continue  # the record the claim speaks of holds it, in a field named by its unit ("minutes: 90")
            if READ_ASKED_HOLDERS and _asked_holder(value, unit, index, evidence.user_stems):
                continue  # held under the label the question names, and no rival's label is named
            found = _naming_rival(value, unit, figures, words, holders, claim, index, evidence=evidence)
            if found is not None:
                return found[0], found[1], f"{value} {unit}".strip()
    return None


def _asked_holder(value: str, unit: str, index: list, asked: frozenset[str]) -> bool:
    """Does a sentence stating the value with its unit open with a label the customer's question names, while no
    sentence stating another value of that unit opens with a label it names? A question naming two labelled
    subjects ("the buggy or the cot?") leaves the figure to the word comparison."""
    if not asked:
        return False
    named = False
    for source in index:
        for values, _, _, sentence in source.by_unit.get(unit, ()):
            if asked.isdisjoint(_lead_label(sentence)):
                continue
            if value not in values:
                return False  # the question names a rival's label too
            named = True
    return named
def _unheld_rival(value: str, unit: str, figures: frozenset[tuple[str, str]], words: frozenset[str], clause: str,
                  claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """The naming rival (:func:`_naming_rival`) of a claimed value no clause states with its unit, when the value is
    no figure the evidence states as a number outside a phone or account number (a record's "fee eur: 45.6"), the
    claim works nothing out (no written step or total anywhere, no count spelled in the clause, and each other figure
    the clause states is the rival's), and the
    value is no product or quotient of the rival's and the clause's figures ("over 8 weeks is 3.625 kr" of "8 weeks
    for 29.000 kr."): a figure worked out is the arithmetic step's, a changed one is the rival's to contradict."""
    if spells_number(clause) or _WORKED_CLAIM_RE.search(claim):
        return None
    found = _naming_rival(value, unit, figures, words, [], claim, figure_index(evidence), unheld=True)
    if found is None or _stated_as_number(value, evidence):
        return None
    rival, own = numbers_in(found[1]), numbers_in(clause) - {value}
    if not own <= rival:
        return None  # the clause states a figure of its own beside the value: an operand, or another subject's
    return None if _worked_from(value, rival | own) else found


#: A claim working figures out anywhere in it ("... = £ 55.00: £ 125.00", "300 Kč more, 1 790 Kč in all", "£33 more
#: than wheel truing"): a figure held nowhere in such a claim is a step's result, the arithmetic step's to check.
_WORKED_CLAIM_RE = re.compile(_ARITHMETIC_RE.pattern + r"|\bin all\b|\b(?:more|less|cheaper|dearer)\s+than\b",
                              re.IGNORECASE)


def _stated_as_number(value: str, evidence: Evidence) -> bool:
    """Does an evidence source state the value as a number of its own, not as digits of a grouped number?"""
    for source in evidence.holding_numbers(frozenset({value})):
        text = source.text
        for grouped in _GROUPED_RE.findall(text):
            text = text.replace(grouped, " ")
        if value in numbers_in(text):
            return True
    return False


#: Digits in three or more groups (a phone, account or card number): looser than
#: :func:`~llmops_kit.text.grouped_digits` (no length or date check), as any such run only hides its groups here.
_GROUPED_RE = re.compile(r"\+?\d{1,5}(?:[ \-]\d{1,5}){2,6}")


def _worked_from(value: str, operands: frozenset[str]) -> bool:
    """Is the value the product or quotient of two of the operands (a rate times a count, a price shared)?"""
    try:
        target = float(value)
        numbers = [float(n) for n in operands]
    except ValueError:
        return False
    for first in numbers:
        for second in numbers:
            if math.isclose(first * second, target) or (second and math.isclose(first / second, target)):
                return True
    return False


def _naming_rival(value: str, unit: str, figures: frozenset[tuple[str, str]], words: frozenset[str],
                  holders: list[frozenset[str]], claim: str, index: list,
                  unheld: bool = False, evidence: Evidence | None = None) -> tuple[str, str] | None:
    """The evidence clause (with its sentence's lead label) naming every claim-clause word and stating another
    value of the unit, whose sentence says everything of the claim the holders say, as (source, sentence).
    ``unheld``: the claimed value is held nowhere with its unit, so a clause stating the claim's other figures of
    the unit besides a value of its own is still a rival (it gives the changed figure's place another value).
    ``evidence``: a clause of a passage the evidence says no longer applies is no rival to a value a current
    passage states (:mod:`llmops_kit.retired_passages`); given for a held value only."""
    stated = {v for v, u in figures if u == unit}
    claim_words: frozenset[str] | None = None
    for source in index:
        for values, their_words, label, sentence in source.by_unit.get(unit, ()):
            if value in values or (values <= stated if unheld else not values.isdisjoint(stated)):
                continue  # a clause stating a figure the claim's clause states too is that figure's
            if not words <= their_words | _lead_label(sentence):
                continue
            if value in numbers_in(sentence):
                continue  # the sentence states the claimed value too (another unit, another clause)
            claim_words = _words_of_claim(claim) if claim_words is None else claim_words
            whole = content_stems(sentence)
            if any((claim_words & held) - whole for held in holders):
                continue  # a holder names something of the claim this sentence does not
            if evidence is not None and retired_rival(evidence, label, sentence, value, unit):
                continue  # last year's price beside this year's, which states the value
            return label, sentence
    return None
