"""A count a tool record holds, restated with another figure: "2 pairs of boots are rented" of a booking whose
record says "boots rented: 1"; and a count the claim gives of a record's repeated field, which must be the number
of that field's entries ("only one payment of £18.50" where the record lists two payments) or of the entries
meeting the bound the claim gives ("two of them were under 4 mm" where no reading of "tread mm" is).

The hard-fact step finds the claim's "2" in the same record ("guests: 2"), so a count moved from one field to another
passes it. Here each clause of a claim is read against the record the claim names by an id it holds, or, when it
names none, the record the question names, the claim pointing at it ("Your ticket ...", "two of them"), in three
forms, each *contradicted* with the record's line when the record says otherwise:

- a field holding a whole number: when the clause holds every word of exactly one such field's name (by stem:
  "boots rented" in "2 pairs of boots are rented") and exactly one figure, a count of a plural noun, with no
  negation, and the figure is not the field's. The record's naming field (the one holding the id), fields named by
  one function word and clauses naming two counted fields are not read, so "2 guests and 1 pair of boots" is read
  clause by clause, and a clause holding the field's own figure agrees; a clause of two figures ("3 of 4 waivers
  signed") is not read, and of a record only the question names, neither is a field of one word ("guests": "groups
  of 8 guests" is a rule, not the booking);
- a repeated field (the record lists it more than once: "payments amount gbp: 18.5 ... payments amount gbp: 18.5"),
  counted whole by "only", "just", "exactly" or "all" before the count, or "a single", and the field's first word
  as the noun ("only one payment"): the count must be the number of its entries. A clause naming a value only some
  entries hold ("only one payment is refund pending", "only one payment of £20" where one entry is £20) or saying
  what the counted entries did ("only one payment went through") counts a part of them and is not read, nor is a
  count after a negation ("it doesn't have only one payment"; "there's no second charge" after it agrees);
- a repeated field of figures whose name ends with a unit ("tread mm: 5.1 ... tread mm: 4.4"), counted by a
  bound in that unit ("two of them were under 4 mm", "3 of the tyres are above 5 mm"): the count must be the
  number of its entries the bound holds.

With :data:`READ_WORDED_ZEROS` (the ``tool45`` round) a count of none said in words is read too, against the record
the claim names or, when it names no id, the one the question names: "You haven't used it yet" (of a card, a pass,
"it") against a field counting uses above zero ("visits this month: 9", "times used: 2"), and "has already used its
renewal" / "no renewals left" against a field of that noun left above zero ("renewals left: 1"). A field of what is
left ("visits left: 9") says nothing of the uses, and a negated use ("hasn't used its renewal") is not read.

With :data:`READ_COUNTS_LEFT` (the ``tool46`` round) a clause saying its count is left ("You have four occasions
left") is not read against a field of the whole allowance ("occasions: 12") when the allowance less the record's
counted entries gives it (:mod:`llmops_kit.entry_statuses`): what is left is no allowance restated. A wrong
subtraction, and a field of what is left ("occasions left: 3"), are still read.

With :data:`READ_ASKED_PARTIES` (the same round) a count of the party ("4 guests", "three people") in a claim
that names no record is read against the one record the question names, when that record counts its party in a field
of one word ("guests: 3", "people: 2"): another figure is *contradicted*, though an article's range ("for 1 to 6
guests") holds the figure. A count of a rule ("up to 6 guests", "groups of 8 people", "per guest") is not read.

Read by :func:`~llmops_kit.grounding.judge_claims` among the moved-figure steps, before the claim decision;
switched off by :data:`READ_RECORD_COUNTS` (the field's value) and :data:`READ_ENTRY_COUNTS` (the repeated
field's entries; a record the question names, not the claim, for either) in the decision's fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .evidence import Evidence
from .evidence_statements import record_keys
from .record_fields import RecordLine, asked_record, claimed_records, named_records, record_lines
from .text import STOPWORDS, identifiers_in, normalise_number, numbers_in, stem
from .text.char_scans import has_digit
from .text.counted_figures import counted_numbers
from .text.numbers import count_words

__all__ = ["READ_ASKED_PARTIES", "READ_COUNTS_LEFT", "READ_ENTRY_COUNTS", "READ_RECORD_COUNTS", "READ_WORDED_ZEROS",
           "asked_party_count", "other_field_count"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_RECORD_COUNTS = True
#: The repeated field's entries counted, and a record the question names read: also off in the fit.
READ_ENTRY_COUNTS = True

#: A count said to be left ("four occasions left") not read against a field of the whole allowance ("occasions:
#: 12"), only against a field of what is left ("visits left: 4"): also off in the fit.
READ_COUNTS_LEFT = True
#: A clause saying its count is what is left: "4 entries left", "three remaining", "5 more sessions left".
_LEFT_CLAUSE_RE = re.compile(r"\b(?:left|remaining|remain)\b", re.IGNORECASE)

#: A count of the party said in a claim read against the party field of the record the question names: also off in
#: the fit.
READ_ASKED_PARTIES = True
#: The nouns a party is counted in, in a claim and as a record's field.
_PARTY_NOUNS = frozenset(("guests", "guest", "people", "persons", "person", "adults", "diners", "pax", "party",
                          "players"))
#: A count of the party: "4 guests", "three people" (not the end of a range, "1 to 6 guests", "1-6 guests").
_PARTY_COUNT_RE = re.compile(
    r"(?<![-–]\s)(?<![-–])(?<!\bto\s)(?<!\band\s)\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?P<noun>guests?|people|persons?|adults|diners|pax|players)\b", re.IGNORECASE)
#: Words that make the count a rule's, not the booking's: "up to 6 guests", "groups of 8 people", "per guest".
_PARTY_RULE_RE = re.compile(r"\b(?:up\s+to|groups?\s+of|max(?:imum)?|minimum|at\s+(?:most|least)|or\s+(?:more|fewer|"
                            r"less)|per|each|between|from|over|under|more\s+than|less\s+than|fewer\s+than)\b",
                            re.IGNORECASE)

#: A count of none said in words read against the record's count of uses or of what is left: also off in the fit.
READ_WORDED_ZEROS = True
#: "haven't used it (yet)", "has not used your pass", "never used the card": no use at all.
_NONE_USED_RE = re.compile(
    r"\b(?:(?:has|have|had)(?:n['’]t|\s+not)|never|not)\s+(?:yet\s+|once\s+|been\s+)*used"
    r"(?:\s+(?:it|them|(?:your|the|this|that)\s+(?:card|pass|membership|ticket|voucher|subscription)))?"
    r"(?=\s+(?:yet|this|so\s+far|at\s+all)\b|\s*[.,;:!]|\s*$)", re.IGNORECASE)
#: "(already) used (up) its renewal", "used all your credits", "no renewals left": none of the noun left.
_NONE_LEFT_RE = re.compile(
    r"\bused\s+(?:up\s+)?(?:all\s+(?:of\s+)?)?(?:its|their|your|the|his|her)\s+(?P<noun>[a-z]+)\b"
    r"|\bno\s+(?P<noun2>[a-z]+)\s+(?:left|remaining)\b", re.IGNORECASE)
#: A negation just before "used": the use is denied, not stated ("hasn't used its renewal").
_DENIED_USE_RE = re.compile(r"(?:n['’]t|\bnot|\bnever)\s+(?:yet\s+|already\s+|been\s+)*$", re.IGNORECASE)
#: Words of a field's name that count uses: "visits this month", "times used", "entries".
_USE_STEMS = frozenset(stem(w) for w in ("visits", "uses", "used", "entries", "sessions", "swims", "checkins"))
#: Words of a field's name that say what is left: such a field counts no uses.
_LEFT_WORDS = frozenset(("left", "remaining", "available", "balance", "unused"))
_LEFT_STEMS = frozenset(stem(w) for w in _LEFT_WORDS)

#: Where a claim's clauses part: a comma, a semicolon, a colon, "and", "but", "so", "while".
_CLAUSE_RE = re.compile(r"[,;:]\s+|\s+(?:and|but|so|while|whereas)\s+", re.IGNORECASE)
_NEGATION_RE = re.compile(r"\b(?:not|no|never|none|nor|without)\b|n['’]t\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z]+")
_WHOLE_RE = re.compile(r"\d{1,4}")
_FIGURE_RE = re.compile(r"-?\d+(?:\.\d+)?")

#: The spelled counts of a record's entries, one to twelve.
_COUNT_WORDS = {"one": 1, **count_words(12)}
_COUNT = r"(?:\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + ")"
#: A whole count of a repeated field: "only one payment", "all 3 readings", "a single charge".
_WHOLE_COUNT_RE = re.compile(
    rf"\b(?:(?:only|just|exactly|all)\s+(?:the\s+)?(?P<n>{_COUNT})|(?P<single>a\s+single|one\s+single))"
    r"\s+(?P<noun>[a-z]+)\b(?P<after>[^,;:]*)", re.IGNORECASE)
#: The words a whole count opens with, tested as substrings before its pattern.
_WHOLE_WORDS = ("only", "just", "exactly", "all", "single")
#: A count of entries held to a bound: "two of them were (already) under 4 mm", "3 tyres are below 5 mm".
_BOUND_COUNT_RE = re.compile(
    rf"\b(?P<n>{_COUNT}|both)\s+(?:of\s+(?:them|these|those|(?:the|your)\s+[a-z]+)|[a-z]+)\s+(?:is|are|was|were|read|measured)"
    r"\s+(?:(?:already|still|now|just)\s+)?"
    r"(?P<cmp>under|below|less\s+than|over|above|more\s+than)\s+(?P<x>\d+(?:[.,]\d+)?)\s*(?P<unit>[a-z]+)\b",
    re.IGNORECASE)
#: A claim pointing at the customer's record, which the question names: "Your ticket ...", "two of them".
_POINTER_RE = re.compile(r"\b(?:your|them|these|those)\b", re.IGNORECASE)
#: Words after the counted noun that say what the counted entries did: a part of them, not all.
_PREDICATE_RE = re.compile(r"^\s*(?:(?:that|which)\s+)?(?:is|are|was|were|went|has|have|had|got|came|been|still|"
                           r"\w+ed)\b", re.IGNORECASE)


def _counted_fields(lines: list[RecordLine]) -> list[tuple[str, frozenset[str], str]]:
    """(record line, the stems of its field name, its whole-number value) of each field holding a count."""
    out = []
    for line, name, value in lines:
        value = value.strip().rstrip(".")
        if not _WHOLE_RE.fullmatch(value):
            continue
        words = [w for w in _WORD_RE.findall(name) if w not in STOPWORDS]
        if words:
            out.append((line, frozenset(stem(w) for w in words), value))
    return out


def _records(claim: str, evidence: Evidence) -> Iterator[tuple[str, list[RecordLine], bool]]:
    """(source label, its lines, whether the claim names it) of each tool record the claim names, or
    (:data:`READ_ENTRY_COUNTS`, when the claim names none) the question names by an id the record holds, the claim
    pointing at the customer's record ("your", "them", "these", "those")."""
    named = list(named_records(claim, evidence))
    for label, lines in named:
        yield label, lines, True
    if not READ_ENTRY_COUNTS or named or not _POINTER_RE.search(claim):
        return
    keys = record_keys(evidence.user_text or "")
    if not keys:
        return
    for source in evidence.sources:
        if not source.prose and keys & record_keys(source.text):
            yield source.label, record_lines(source.text), False


def _count(word: str) -> int:
    """The value of a count written in digits, in words or as "both"."""
    word = word.lower()
    return 2 if word == "both" else int(word) if word.isdigit() else _COUNT_WORDS[word]


def _entries(lines: list[RecordLine]) -> dict[str, list[list[RecordLine]]]:
    """The record's repeated fields by their first word, each as its entries: the lines from one occurrence of the
    field's first name to the next ("payments amount gbp" opens each payment)."""
    names = [name for _, name, _ in lines]
    out: dict[str, list[list[RecordLine]]] = {}
    for head in {name.split()[0] for name in names if names.count(name) > 1 and name.split()}:
        group = [ln for ln in lines if ln[1].split()[:1] == [head]]
        opener = group[0][1]
        entries: list[list[RecordLine]] = []
        for ln in group:
            if ln[1] == opener:
                entries.append([])
            entries[-1].append(ln)
        if len(entries) > 1:
            out[head] = entries
    return out


def _plain_value(value: str) -> str:
    """A field's value as compared: lower case, without a closing full stop."""
    return value.strip().rstrip(".").strip().lower()


def _names_part(clause: str, entries: list[list[RecordLine]]) -> bool:
    """Does the clause name a value (a word or a figure) that some of the entries hold and some do not?"""
    lowered = clause.lower()
    figures = {normalise_number(n) for n in numbers_in(clause)}
    held = [{_plain_value(v) for _, _, v in entry} for entry in entries]
    for value in set().union(*held):
        if _FIGURE_RE.fullmatch(value):
            said = normalise_number(value) in figures
        else:
            said = bool(re.search(rf"\b{re.escape(value)}\b", lowered))
        if said and not all(value in h for h in held):
            return True
    return False


def _whole_count(clause: str, label: str, repeated: dict[str, list[list[RecordLine]]]) -> tuple[str, str, str] | None:
    for m in _WHOLE_COUNT_RE.finditer(clause):
        if _NEGATION_RE.search(clause[:m.end("noun")]):
            continue  # "it doesn't have only one payment"; a denial after the count ("no second charge") agrees
        noun = stem(m.group("noun").lower())
        for head, entries in repeated.items():
            if stem(head) != noun or _PREDICATE_RE.match(m.group("after")) or _names_part(clause, entries):
                continue
            said = 1 if m.group("single") else _count(m.group("n"))
            if said != len(entries):
                return label, entries[0][0][0], f"{said} {m.group('noun')} ({len(entries)} in the record)"
    return None


def _holds(value: float, cmp: str, bound: float) -> bool:
    return value < bound if cmp.split()[0] in ("under", "below", "less") else value > bound


def _bound_count(clause: str, label: str, lines: list[RecordLine]) -> tuple[str, str, str] | None:
    m = _BOUND_COUNT_RE.search(clause)
    if m is None:
        return None
    unit = m.group("unit").lower()
    by_name: dict[str, list[RecordLine]] = {}
    for ln in lines:
        by_name.setdefault(ln[1], []).append(ln)
    for name, group in by_name.items():
        values = [_plain_value(v) for _, _, v in group]
        if len(group) < 2 or name.split()[-1] != unit or not all(_FIGURE_RE.fullmatch(v) for v in values):
            continue
        bound = float(m.group("x").replace(",", "."))
        meeting = sum(_holds(float(v), " ".join(m.group("cmp").lower().split()), bound) for v in values)
        said = _count(m.group("n"))
        if said != meeting:
            return label, group[0][0], f"{said} {m.group('cmp')} {m.group('x')} {unit} ({meeting} in the record)"
    return None


def _whole_fields(lines: list[RecordLine]) -> list[tuple[str, list[str], int]]:
    """(line, the words of its name, its value) of each field holding a whole number."""
    out = []
    for line, name, value in lines:
        value = value.strip().rstrip(".")
        if _WHOLE_RE.fullmatch(value):
            out.append((line, _WORD_RE.findall(name), int(value)))
    return out


def _worded_zero(claim: str, label: str, lines: list[RecordLine]) -> tuple[str, str, str] | None:
    """(label, line, what the claim said) when the claim says in words that the record's thing was not used at
    all, or that none of a noun is left, while the record counts uses or that noun left above zero."""
    fields = _whole_fields(lines)
    none_used = _NONE_USED_RE.search(claim)
    if none_used is not None:
        for line, words, value in fields:
            if value > 0 and not _LEFT_WORDS & set(words) and {stem(w) for w in words} & _USE_STEMS:
                return label, line, "not used"
    for m in _NONE_LEFT_RE.finditer(claim):
        if _DENIED_USE_RE.search(claim[:m.start()]):
            continue
        noun = stem((m.group("noun") or m.group("noun2")).lower())
        for line, words, value in fields:
            if value > 0 and _LEFT_WORDS & set(words) and noun in {stem(w) for w in words}:
                return label, line, f"no {m.group('noun') or m.group('noun2')} left"
    return None


def worded_zero_count(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """:func:`_worded_zero` of a record the claim or question names (:data:`READ_WORDED_ZEROS`); a cheap word test
    first, as most claims say nothing of use."""
    if not READ_WORDED_ZEROS:
        return None
    lowered = claim.lower()
    if "used" not in lowered and not (" no " in f" {lowered}" and ("left" in lowered or "remaining" in lowered)):
        return None
    for label, lines in claimed_records(claim, evidence):
        found = _worded_zero(claim, label, lines)
        if found is not None:
            return found
    return None


def other_field_count(claim: str, evidence: Evidence, answer_text: str = "") -> tuple[str, str, str] | None:
    """(source label, record line, the clause's count) when a clause of the claim restates a count of a record
    the claim (or the question) names with another figure, or counts a repeated field's entries otherwise than the
    record lists them (see the module docstring). ``answer_text``: the whole answer, whose "not counted" sentences
    say which of a record's entries a count left leaves out (:data:`READ_COUNTS_LEFT`)."""
    if not READ_RECORD_COUNTS:
        return None
    zero = worded_zero_count(claim, evidence)
    if zero is not None:
        return zero
    digits = has_digit(claim)
    if not digits and (not READ_ENTRY_COUNTS or not any(w in claim.lower() for w in _WHOLE_WORDS)):
        return None  # with no figure, only a whole count in words is read ("only one payment")
    for label, lines, own in _records(claim, evidence):
        fields = _counted_fields(lines) if digits else []
        if not own:  # a field of one word ("guests") read only where the claim names the record
            fields = [f for f in fields if len(f[1]) > 1]
        repeated = _entries(lines) if READ_ENTRY_COUNTS else {}
        if not fields and not repeated:
            continue
        for clause in _CLAUSE_RE.split(claim):
            found = _whole_count(clause, label, repeated) if repeated else None
            if found is not None:
                return found
            if _NEGATION_RE.search(clause):
                continue
            found = _bound_count(clause, label, lines) if repeated else None
            if found is not None:
                return found
            if not fields or not has_digit(clause):
                continue
            codes = identifiers_in(clause)  # the digits of the record's id ("JG-77310") count nothing
            figures = {n for n in numbers_in(clause) if not any(n in code for code in codes)}
            if len(figures) != 1 or not figures <= counted_numbers(clause):
                continue  # one figure, given as a count of a plural noun ("2 pairs of boots"), not "6 euros"
            stems = {stem(w) for w in _WORD_RE.findall(clause.lower())}
            named = [f for f in fields if f[1] <= stems]
            if len(named) != 1:
                continue
            line, _, value = named[0]
            (figure,) = figures
            if (READ_COUNTS_LEFT and _LEFT_CLAUSE_RE.search(clause) and not named[0][1] & _LEFT_STEMS
                    and evidence.entry_counts({figure}, clause, answer_text or claim)):
                continue  # "four occasions left" of "occasions: 12" less the eight entries counted
            if figure != value:
                return label, line, f"{figure} {' '.join(sorted(named[0][1]))}"
    return None


def asked_party_count(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source label, record line, the claim's count) when a claim naming no record counts the party ("4 guests")
    otherwise than the party field of the one record the question names ("guests: 3"; :data:`READ_ASKED_PARTIES`).
    A claim naming a record is read by :func:`other_field_count`."""
    if not READ_ASKED_PARTIES or not READ_RECORD_COUNTS:
        return None
    if _PARTY_COUNT_RE.search(claim) is None or record_keys(claim):
        return None
    counts = {m.group(0): _count(m.group("n")) for clause in _CLAUSE_RE.split(claim)
              if not _PARTY_RULE_RE.search(clause) for m in _PARTY_COUNT_RE.finditer(clause)}
    if not counts:
        return None
    for label, lines in asked_record(evidence):
        party = [(line, value.strip().rstrip(".")) for line, name, value in lines if name in _PARTY_NOUNS
                 and _WHOLE_RE.fullmatch(value.strip().rstrip("."))]
        if len(party) != 1:
            continue
        line, value = party[0]
        wrong = [said for said, n in counts.items() if n != int(value)]
        if wrong and len(wrong) == len(counts):
            return label, line, wrong[0]
    return None
