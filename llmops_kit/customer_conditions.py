"""A general price worked into a total for a customer whose own stated circumstance meets a group's condition the
evidence gives another price: "฿1,500 per person, so for the three of you it's ฿4,500" where the question says "our
daughter - she's 10" and a text says "Children aged 6 to 12 pay ฿900"; "R590 per driver, so for 14 drivers it's
R8 260" for "14 of us from the office" against "Corporate groups of 12 or more drivers get 10% off any package".

Every figure of such a claim is held and its arithmetic is right, so no hard-fact or derived-figure step objects:
only the evidence's exception clause, taken as a condition with the customer's remark as its argument, can. The
sibling of :mod:`llmops_kit.dated_versions` (there the customer's date picks the version). Four conditions are read,
each mechanically, from an evidence clause (a sentence cut at its semicolons) that also gives the group a benefit
(another amount of money, "N% off", or a named thing "is free"):

* an age range, "aged A to B" / "ages A-B" / "under(-)N(s)", met by an age the question gives a person ("she's 10",
  "aged 10", "turned 7", "10 years old");
* a head count, "groups of N or more" / "N or more <people>" / "N+ <people>", met by the question's count of its
  party ("14 of us", "a group of 14", "14 people");
* a class of weekdays, "weekdays" / "(Tuesday to Friday)", together with a group noun ("college students"), met by
  a weekday the question names and the group's noun or its qualifier in the question ("from RV College");
* an amount, "at least / over / above <money>", met by an amount of money the question states at or over it
  ("my salary of €3,100 is paid in every month" against "incoming payments of at least €2,500").

A claim is contradicted when it states the general price P (an amount of an evidence sentence with no such clause)
and a total T = n x P, n the customer's whole party (the question's head count, or the party it names: "me, my
husband and our daughter" is three), or, for a thing made free, says P is the customer's to pay ("you pay the Giro
Plus fee of €8.90", the claim naming the thing); and no figure of the benefit (its amount, its percentage) appears
anywhere in the answer: the exception was not applied. A customer under the threshold ("10 of us" against "12 or
more"), an age outside the range (14 against "aged 6 to 12"), no weekday or no group word, a thing made free that
the claim does not name, and nothing is read. Circumstances that need knowledge ("Riga" as an EU country) or a
paraphrase ("already goes to the academy" as "enrolled"), and a benefit in other words ("invoiced without VAT"), are
left alone. Switched off by ``READ_CUSTOMER_CONDITIONS`` in the claim-decision fit.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Evidence
from .named_party import party_size, stated_ages
from .text.calendar_dates import weekday_mentions
from .text.case_key import case_key
from .text.char_scans import has_digit
from .text.money_amounts import MONEY_MARK, figure_values, money_amounts
from .text.numbers import count_words
from .text.split import sentences_of
from .text.worded_forms import WEEKDAYS

__all__ = ["READ_CUSTOMER_CONDITIONS", "excepted_total"]

#: Switch: read a group's condition the customer's stated circumstance meets (``cond42`` round).
READ_CUSTOMER_CONDITIONS = True

#: A head count the customer writes, in digits or words ("14", "fourteen").
_COUNT_WORDS = count_words(99)
_COUNT = r"(\d{1,3}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
#: The nouns a head count counts, in the question ("14 drivers") and the condition ("12 or more drivers").
_PEOPLE = (r"(?:people|persons|guests|players|drivers|riders|adults|kids|children|participants|divers|golfers|"
           r"skaters|climbers|cooks|students|colleagues|friends|pax)")

#: The condition of an age range: "aged 6 to 12", "ages 6-12", "for ages 6 to 14"; and "under-6s", "under 6".
_AGE_RANGE_RE = re.compile(r"\bage[sd]?\s+(\d{1,2})\s*(?:to|-|–|and)\s*(\d{1,2})\b", re.IGNORECASE)
_AGE_UNDER_RE = re.compile(r"\bunder[\s-]?(\d{1,2})s?\b", re.IGNORECASE)
#: The condition of a head count: "groups of 12 or more", "12 or more drivers", "10+ people".
_HEADS_RE = re.compile(r"\bgroups?\s+of\s+(\d{1,3})\s*(?:or\s+more|\+|and\s+(?:over|above|up))"
                       r"|\b(\d{1,3})\s*(?:or\s+more|\+)\s+" + _PEOPLE, re.IGNORECASE)
#: The condition of a run of weekdays: "Tuesday to Friday", "Mondays-Thursdays" (full names only).
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_DAY_RUN_RE = re.compile(rf"\b({_DAY})s?\s*(?:to|-|–|through|till|until)\s*({_DAY})s?\b", re.IGNORECASE)
_WEEKDAYS_RE = re.compile(r"\bweek\s?days\b", re.IGNORECASE)
#: The group a weekday condition is given to: "<qualifier> students" before what they pay or get.
_GROUP_RE = re.compile(r"\b([a-z]+)\s+(students|seniors|pensioners|members|veterans)\b", re.IGNORECASE)
#: The benefit a clause gives its group: a percentage off, free, no VAT (an amount of money is read apart).
_PERCENT_RE = re.compile(r"(\d{1,2}(?:\.\d)?)\s?%\s*(?:off|discount|less)|\b(free|half[\s-]price|without\s+VAT|"
                         r"no\s+VAT|VAT[\s-]free)\b", re.IGNORECASE)
#: The condition of an amount: "payments of at least €2,500", "orders over £400".
_AT_LEAST_RE = re.compile(r"\b(?:at\s+least|over|above|more\s+than)\s+(" + MONEY_MARK + r"\s?\d[\d,.]*)")
#: What a benefit in words makes free: "Giro Plus is free for ...".
_FREE_THING_RE = re.compile(r"^(.*?)\b(?:is|are)\s+(?:also\s+)?free\b", re.IGNORECASE)
#: The general price said to be the customer's own: "you pay", "you'll pay", "you're charged".
_YOURS_RE = re.compile(r"\byou(?:'ll|'d|\s+will|\s+would|\s+still)?\s+(?:pay|owe)\b|\byou(?:'re|\s+are)\s+charged\b",
                       re.IGNORECASE)
#: The question's head count: "14 of us", "a group of 14", "14 people", "party of 6".
_PARTY_RE = re.compile(r"\b" + _COUNT + r"\s+of\s+us\b|\b(?:group|party|team)\s+of\s+" + _COUNT + r"\b"
                       r"|\b" + _COUNT + r"\s+" + _PEOPLE, re.IGNORECASE)
#: A clause that may state an amount of money: a sign or mark before a digit, a code after one ("฿900", "R590",
#: "11.90 EUR"); a clause with neither, and no percentage or "free", gives its group no benefit to read.
_PRICED_HINT_RE = re.compile(r"[^\w\s.,]\s?\d|\d\s?[A-Z]{3}\b|\b[A-Z]{1,3}\s?\d")
#: Words before the group's noun that name no group of their own ("all students", "with student cards").
_LIGHT = frozenset(("all", "any", "our", "the", "and", "with", "for", "time", "full", "valid", "other", "who", "are"))
#: Substrings every condition above holds, tested before the sentence's patterns.
_CHEAP = ("age", "under", "or more", "+", "day", "Day", "at least", "over", "above", "more than")


class _Clause(NamedTuple):
    """An evidence clause whose condition the customer meets, with the benefit it gives the group."""

    source: str
    sentence: str
    clause: str
    benefit: frozenset[float]  # the benefit's figures: its amounts of money and its percentage
    thing: str  # what a benefit in words only makes free ("Giro Plus"), else ""


def _count(word: str | None) -> int:
    """The value of a head count written in digits or words, 0 for none."""
    if not word:
        return 0
    return int(word) if word.isdigit() else _COUNT_WORDS.get(case_key(word), 0)


def _heads(question: str) -> set[int]:
    """The party's size the question states ("14 of us"), or the party it names (the customer and each person
    named after a possessive: "me, my husband and our daughter" is three)."""
    found = {_count(next((g for g in m.groups() if g), None)) for m in _PARTY_RE.finditer(question)}
    size = party_size(question)
    if size:
        found.add(size)
    return {n for n in found if n >= 2}


class _Customer(NamedTuple):
    """What the question states of the customer's circumstance, read once per request."""
    question: str
    ages: tuple[int, ...]
    heads: frozenset[int]
    days: frozenset[int]
    amounts: tuple[float, ...]


def _customer(question: str) -> _Customer:
    """The ages, head counts, weekdays and amounts of money the question states."""
    return _Customer(question, stated_ages(question), frozenset(_heads(question)),
                     frozenset(index for _, index in weekday_mentions(question)), tuple(money_amounts(question)))


def _met(clause: str, customer: _Customer) -> bool:
    """Does the customer's stated circumstance meet the clause's condition?"""
    ages, heads = customer.ages, customer.heads
    for match in _AGE_RANGE_RE.finditer(clause) if ages else ():
        low, high = int(match.group(1)), int(match.group(2))
        if low < high and any(low <= a <= high for a in ages):
            return True
    for match in _AGE_UNDER_RE.finditer(clause) if ages else ():
        if any(a < int(match.group(1)) for a in ages):
            return True
    for match in _HEADS_RE.finditer(clause) if heads else ():
        threshold = int(match.group(1) or match.group(2))
        if any(n >= threshold for n in heads):
            return True
    for match in _AT_LEAST_RE.finditer(clause) if customer.amounts else ():
        threshold = money_amounts(match.group(1))
        if threshold and any(f >= threshold[0] for f in customer.amounts):
            return True
    return bool(customer.days) and _weekday_met(clause, customer)


def _weekday_met(clause: str, customer: _Customer) -> bool:
    """Does the question name the clause's group (its noun, "student" of "college students", or its qualifier,
    "college") and only weekdays inside the clause's run of days ("Tuesday to Friday", "weekdays")?"""
    group = _GROUP_RE.search(clause)
    if group is None:
        return False
    words = [group.group(2)[:-1]]
    if group.group(1).lower() not in _LIGHT:
        words.append(group.group(1))
    if not re.search(rf"\b(?:{'|'.join(words)})", customer.question, re.IGNORECASE):
        return False
    run: set[int] = set()
    for match in _DAY_RUN_RE.finditer(clause):
        first, last = _day(match.group(1)), _day(match.group(2))
        if first <= last:
            run |= set(range(first, last + 1))
    if not run and _WEEKDAYS_RE.search(clause):
        run = set(range(5))
    return bool(run) and customer.days <= run


def _day(name: str) -> int:
    """The weekday index of a day's name a run matched (its plural's "s" is outside the match), Monday 0."""
    return WEEKDAYS.index(case_key(name))


def _clauses(evidence: Evidence) -> tuple[list[_Clause], frozenset[float]]:
    """The exception clauses the customer's circumstance meets, and the figures of every other evidence sentence
    (where a general price is held), read once per request."""
    question = evidence.user_text
    if not question or not has_digit(question + "".join(s.text for s in evidence.sources)):
        return [], frozenset()
    customer = _customer(question)
    if not (customer.ages or customer.heads or customer.days or customer.amounts):
        return [], frozenset()
    met: list[_Clause] = []
    general: set[float] = set()
    for source in evidence.sources:
        for sentence in sentences_of(source.text):
            found = False
            if any(cue in sentence for cue in _CHEAP):
                for clause in re.split(r"\s*;\s*", sentence):
                    if not _PERCENT_RE.search(clause) and not _PRICED_HINT_RE.search(clause):
                        continue
                    if not _met(clause, customer):
                        continue
                    percent = [float(m.group(1)) for m in _PERCENT_RE.finditer(clause) if m.group(1)]
                    bounds = {f for m in _AT_LEAST_RE.finditer(clause) for f in money_amounts(m.group(1))}
                    amounts = [f for f in money_amounts(clause) if f not in bounds]
                    free = _FREE_THING_RE.match(clause) if not amounts and not percent else None
                    thing = " ".join(re.findall(r"[^\W\d_]{3,}", free.group(1))) if free else ""
                    if amounts or percent or thing:
                        met.append(_Clause(source.label, sentence, clause, frozenset(amounts + percent), thing))
                    found = True
            if not found:
                general.update(money_amounts(sentence))
    return met, frozenset(general)


def excepted_total(claim: str, evidence: Evidence, answer_text: str = "") -> tuple[str, str, str] | None:
    """(source, sentence, the group's clause) when the claim works the general price into a total for the whole
    party (or says it is the customer's, for a thing made free) although the customer's stated circumstance meets
    a clause giving a group another price and the answer applies none of it (see the module docstring), else None."""
    if not READ_CUSTOMER_CONDITIONS or not has_digit(claim):
        return None
    met, general = evidence.once("customer_conditions.clauses", _clauses)
    if not met:
        return None
    figures = money_amounts(claim)
    prices = [f for f in figures if f in general and f >= 1]
    if not prices:
        return None
    heads = _heads(evidence.user_text)
    total = any(abs(n * p - t) < 0.005 for p in prices for n in heads for t in figures)
    yours = _YOURS_RE.search(claim) is not None
    if not total and not yours:
        return None
    answer_figures = set(figure_values(answer_text or claim))
    lowered = claim.lower()
    for clause in met:
        if clause.benefit & answer_figures or any(f in clause.benefit for f in prices):
            continue
        if clause.thing:  # a thing made free: the claim must price that thing, as a total or as the customer's
            if all(word.lower() in lowered for word in clause.thing.split()):
                return clause.source, clause.sentence, clause.clause
        elif total:
            return clause.source, clause.sentence, clause.clause
    return None
