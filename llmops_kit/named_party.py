"""The size of the party the customer names, which an answer may count and work from.

A customer who writes "me and my daughter" is two people, "me, my husband and our daughter" three (two of them
adults), and "my son Diego ... his sister" names two children. Read sets of three authors flagged healthy answers
that count such a party in words, "R450 + R180 = R630 for the two of you", "MX$2,800 a month for the two of
them", "Two adults at ฿1,500 make ฿3,000", because no text writes the 2. Only singular people the customer names
after a possessive are counted ("my wife", "our daughter", "his sister"), each kind once; a plural of people with
no count ("my kids", "our friends") leaves the party's size unknown, so nothing is read. The claim's count must
name the party ("the two of you", "both of them", "the three of us", "two adults"), and must equal it: "the three
of you" for "me and my daughter" stays unheld.

- "you" / "us" counts the customer with the people they name; "them" the people named alone;
- "N adults" counts the customer with the adults named (a partner, a parent, a friend), only when every person
  named is of a known age group (a son or a daughter is taken for a child only beside an age under 18 in the
  message, a sibling never).

A customer may count their party by groups instead ("Two adults and our two children (7 and 11)"): the party is
then the total of the counts the customer states, and "all four of you" counts it (:data:`READ_STATED_GROUPS`, the
``counts45`` round). Only counts of people by their group ("adults", "children", "kids", "seniors"), two groups
or more in one sentence, are added; the claim's "the N of you" / "all N of us" must equal the total, so "all five
of you" for those four stays unheld.
"""

from __future__ import annotations

import re

from .text.numbers import count_words
from .textcache import text_cache

__all__ = ["READ_NAMED_PARTIES", "READ_PAIRED_PARTIES", "READ_STATED_GROUPS", "paired_party", "party_counts",
           "party_size", "stated_ages", "stated_group_totals"]

#: Off in the claim-decision fit (``tools/fit_claim_decision.py``): it changes which figures a claim holds.
READ_NAMED_PARTIES = True
#: Read a party counted by groups ("two adults and our two children") as the total of its counts; off in the
#: claim-decision fit (``tools/fit_claim_decision.py``) like :data:`READ_NAMED_PARTIES`.
READ_STATED_GROUPS = True

#: Read "both of us" (and "us both", "we both", "my daughter and I both") as the customer's party of two, a count
#: the answer may work from as it does from "the two of us" ("2 × 18 000 Ft for the membership"): the ``arith46``
#: round. Off in the claim-decision fit (``tools/fit_claim_decision.py``).
READ_PAIRED_PARTIES = True
_PAIRED_RE = re.compile(r"\b(?:both\s+of\s+us|us\s+both|we\s+both|and\s+I\s+both)\b", re.IGNORECASE)


def paired_party(user_text: str) -> bool:
    """Does the customer count their own party as two with "both" ("for both of us", "my son and I both")? A
    customer writing "both" of two things ("both rackets") counts no people, and is not read."""
    return READ_PAIRED_PARTIES and "both" in user_text.lower() and _PAIRED_RE.search(user_text) is not None


_WORD_COUNTS = count_words(9)
_COUNT = r"(\d|" + "|".join(sorted(_WORD_COUNTS, key=len, reverse=True)) + r")"
#: "the two of you", "both of them", "all three of us": a count that names the party.
_PARTY_RE = re.compile(r"\b(?:(?:the|all)\s+" + _COUNT + r"|(both))\s+of\s+(you|them|us)\b", re.IGNORECASE)
_ADULTS_RE = re.compile(r"\b" + _COUNT + r"\s+adults\b", re.IGNORECASE)

_ADULT = ("wife", "husband", "partner", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée",
          "mother", "father", "mum", "mom", "dad", "friend", "colleague", "spouse")
_CHILD = ("son", "daughter")
_UNKNOWN = ("sister", "brother", "sibling", "cousin", "nephew", "niece", "grandson", "granddaughter", "kid",
            "child", "boy", "girl", "baby", "toddler", "grandmother", "grandfather", "grandma", "grandpa", "aunt",
            "uncle", "neighbour", "neighbor", "flatmate", "roommate", "teenager")
_PEOPLE = _ADULT + _CHILD + _UNKNOWN
_PLURAL = ("kids", "children", "friends", "sons", "daughters", "boys", "girls", "parents", "colleagues",
           "sisters", "brothers", "siblings", "grandchildren", "grandkids", "family", "guests", "team", "group")
_NOUN_RE = re.compile(r"\b(?:my|our|his|her|their)\s+(?:(?:little|younger|older|elder|eldest|youngest|"
                      r"teenage|baby|best|new)\s+)?(" + "|".join(_PEOPLE + _PLURAL) + r")\b", re.IGNORECASE)
#: An age the message gives a person in words: "she's 10", "aged 7", "turned 7", "7 years old".
_AGE_SAID = r"\b(?:s?he's|s?he\s+is|aged|turned|age)\s+(\d{1,2})\b|\b(\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*old\b"
_AGE_RE = re.compile(_AGE_SAID, re.IGNORECASE)
#: An age under 18 the message gives: those, and a bracketed one after a name, "Diego (9)".
_CHILD_AGE_RE = re.compile(r"\((\d{1,2})\)|" + _AGE_SAID, re.IGNORECASE)
#: A group of people the customer counts: "two adults", "our 2 young children", "an adult", "one child"; up to
#: one word between the count and the group ("two small kids"). One takes the singular, more the plural, so "a
#: few kids" counts nobody.
_SINGLE_GROUPS = ("adult", "child", "kid", "teen", "teenager", "senior", "pensioner", "student", "infant", "toddler",
                  "baby")
_PLURAL_GROUPS = ("adults", "children", "kids", "teens", "teenagers", "seniors", "pensioners", "students", "infants",
                  "toddlers", "babies")
_GROUP_RE = re.compile(r"\b(an?|one|" + _COUNT[1:-1] + r")\s+(?:[a-z]+\s+)?("
                       + "|".join(_SINGLE_GROUPS + _PLURAL_GROUPS) + r")\b", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.?!;\n]+")


def stated_group_totals(user_text: str) -> frozenset[int]:
    """The totals of the counts of people by group the customer states, one per sentence that counts two groups
    or more ("Two adults and our two children (7 and 11)" is four): a party counted by its parts, whose whole no
    text writes. Empty when the switch is off or no sentence counts two groups."""
    return _group_totals(user_text) if READ_STATED_GROUPS and user_text else frozenset()


@text_cache()
def _group_totals(user_text: str) -> frozenset[int]:
    totals = set()
    for sentence in _SENTENCE_END_RE.split(user_text):
        counts = [_group_count(m.group(1), m.group(2)) for m in _GROUP_RE.finditer(sentence)]
        if len(counts) >= 2 and all(counts):
            totals.add(sum(counts))
    return frozenset(totals)


def _group_count(count: str, group: str) -> int:
    """The count of one group ("two" "children" is 2, "an" "adult" 1); 0 when the count and the noun's number
    disagree ("a" "kids" of "a few kids")."""
    single = count.lower() in ("a", "an", "one")
    if single != (group.lower() in _SINGLE_GROUPS):
        return 0
    return 1 if single else _value(count)


@text_cache()
def _party(user_text: str) -> tuple[int, int] | None:
    """(people named besides the customer, adults among them or -1 when an age group is unknown); None when the
    message names nobody, or a plural of people whose number it does not give."""
    kinds: set[str] = set()
    for match in _NOUN_RE.finditer(user_text):
        noun = match.group(1).lower()
        if noun in _PLURAL:
            return None
        kinds.add(noun)
    if not kinds:
        return None
    child_age = any(int(next(g for g in m.groups() if g)) < 18 for m in _CHILD_AGE_RE.finditer(user_text))
    adults = 0
    for noun in kinds:
        if noun in _ADULT:
            adults += 1
        elif noun in _UNKNOWN or not child_age:
            adults = -1
            break
    return len(kinds), adults


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_COUNTS.get(word.lower(), 0)


def party_counts(claim: str, user_text: str) -> frozenset[int]:
    """The claim's counts of the customer's party that the people the customer names make: "the two of you" of
    "me and my daughter", "two adults" of "me, my husband and our daughter". Empty when nothing is read."""
    if not READ_NAMED_PARTIES or not user_text:
        return frozenset()
    lowered = claim.lower()
    if " of " not in lowered and "adults" not in lowered:
        return frozenset()
    found: set[int] = set(_group_counts(claim, user_text))
    party = _party(user_text)
    if party is None:
        return frozenset(found)
    named, adults = party
    for match in _PARTY_RE.finditer(claim):
        count = 2 if match.group(2) else _value(match.group(1))
        size = named if match.group(3).lower() == "them" else named + 1
        if count == size:
            found.add(count)
    if adults >= 0:
        found.update(c for c in (_value(m.group(1)) for m in _ADULTS_RE.finditer(claim)) if c == adults + 1)
    return frozenset(found)


def _group_counts(claim: str, user_text: str) -> frozenset[int]:
    """The claim's "the N of you" / "all N of us" where N is the total of a party the customer counts by groups
    (:func:`stated_group_totals`): "all four of you" of "two adults and our two children"."""
    totals = stated_group_totals(user_text)
    if not totals:
        return frozenset()
    counts = (_value(m.group(1)) if m.group(1) else 2 for m in _PARTY_RE.finditer(claim)
              if m.group(3).lower() != "them")
    return frozenset(c for c in counts if c in totals)


def party_size(user_text: str) -> int:
    """How many people the party the customer names makes, the customer included ("me, my husband and our
    daughter" is three); 0 when the message names nobody or a plural of people whose number it does not give."""
    if not READ_NAMED_PARTIES or not user_text:
        return 0
    party = _party(user_text)
    return party[0] + 1 if party else 0


def stated_ages(user_text: str) -> tuple[int, ...]:
    """The ages the message gives a person in words ("she's 10", "aged 7", "turned 7", "10 years old"), in order: a
    circumstance an age group's price may depend on."""
    return tuple(int(next(g for g in m.groups() if g)) for m in _AGE_RE.finditer(user_text))
