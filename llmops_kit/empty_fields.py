"""A tool record's field said to be missing: "The record has no time window yet" of "window: .", "Your blood group
isn't on the record I can see" of "blood group: .".

A tool record names a field it has no value for (null, "", "-", "n/a": rendered "window: ."). A claim that says the
record does not have, show or hold that field ("The order shows no fins", "There's no quote on it yet", "The guide
hasn't been assigned yet", "<field> isn't on the record") says what the record says: *supported*. The same claim
against a field that holds a value (a time, a date, a figure above 0, True, a name or another word) denies it:
*contradicted*.

The reading is narrow by construction. The claim (less a trailing decline of the same gap: ", so I can't give you
a time") must hold a negation, name every word of one or more record fields, and say nothing else: its other words
are function words, words of absence and record-keeping ("record", "show", "assigned", "yet"), words of the
record's own values or of a field holding the record's id, and at most one word right beside a field's words (the
"time" of "time window") or narrowing the question word a field's name asks with ("where in the building" of
"found where"). A field's name is read as a set of words less a closing unit ("forecast wind ms" is named by "wind
forecast"), its question word ("where", "when", "who") kept, and the fuller of two named fields is the one said
("where it was found" names "found where", not "found"); a claim word no field holds may name a field by a synonym
of its word, word vectors as close as the groundedness check's synonyms ("courier" of "carrier"), looked for only
when the plain reading finds nothing. A question word no named field asks keeps a field with a value from being
contradicted ("does not say when it was found" of "found: True"). Every field so named must be empty for the claim
to hold, and every one must hold a value for it to be contradicted; a field with False, 0, "pending", "not ..." or
the like decides neither. A question is not read. Cheap pre-checks first: a negation among the claim's words, then
a tool record with field lines (read once per request).

With :data:`READ_KEEPING_WORDS` (the ``tool49`` round) "name" is a verb of keeping a record as "show" and "list" are
("The record doesn't name a pilot yet"), and a field every word of which is a record-keeping word ("booked: True",
named by the "booking" of "The booking doesn't show an instructor yet") is left out when the claim names an empty
field beside it: the claim speaks of the empty field, not of whether there is a booking.

A bare "No," opening the claim answers the customer's question and is no negation of the claim: "No, HX-0312-08 was
paid by check" names the "paid by" field and denies nothing, so the rest of the claim must hold the negation.

With :data:`READ_GAP_CLAUSES` (the ``record52`` round) a claim parted by semicolons is read clause by clause for the
clash alone (:func:`denied_in_clause`): "No lunch is booked; you start at 9:30 h" of "lunch: True" denies a field the
record holds, though the whole claim names a start too.

Read by the groundedness check after the hard facts (the claim's dates and figures are checked there); off in the
claim-decision fit (``said_empty`` in ``tools/fit_claim_decision.py``); :data:`READ_EMPTY_FIELDS` switches it off.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Evidence
from .grounding_paraphrase import SYNONYM_SIMILARITY
from .record_fields import RECORD_LINE_RE
from .text import STOPWORDS, may_hold_word, stem
from .text.char_scans import has_digit
from .text.decline_clauses import CANNOT
from .text.embed import similarity_matrix
from .text.numbers import CURRENCY_CODES

__all__ = ["READ_EMPTY_FIELDS", "READ_GAP_CLAUSES", "READ_KEEPING_WORDS", "UNIT_SUFFIXES", "EmptyField",
           "denied_in_clause", "said_empty", "value_kind"]

#: False switches the reading off (the claim-decision fit patches ``grounding.said_empty`` instead).
READ_EMPTY_FIELDS = True
#: The words of keeping a record read as no field of it (the ``tool49`` round): "name" as a verb of record keeping
#: ("The record doesn't name a pilot yet"), and a field every word of which is such a word ("booked: True", named by
#: "The booking") left out when the claim names an empty field beside it. Off in the claim-decision fit.
READ_KEEPING_WORDS = True

#: A clause of a claim (parted by a semicolon) that says the record lacks a field it holds (the ``record52`` round):
#: "No lunch is booked; you start at 9:30" of "lunch: True". Off in the claim-decision fit.
READ_GAP_CLAUSES = True
_SEMICOLON_RE = re.compile(r"\s*;\s+")

#: Values that say a field has nothing in it.
_EMPTY = frozenset(("", ".", "-", "--", "–", "—", "n/a", "na", "none", "null", "nil", "tbc", "tba", "unknown",
                    "unassigned", "not set", "not assigned", "not yet assigned"))
#: Words of absence and of keeping a record: what a claim saying a field is missing may add to the field's words.
_LIGHT_TEXT = """none nothing never cannot see seen show shows shown showing hold holds held list listed lists
    include includes included give given mention mentioned say says said record records recorded booking bookings
    order orders ticket system file account entry details detail set assigned assign allocated confirmed added
    filled entered put noted logged known there whether far still s re ve ll d m january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday
    tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun"""
_LIGHT = frozenset(stem(w) for w in _LIGHT_TEXT.split()) | frozenset(stem(w) for w in STOPWORDS)
#: Verbs of keeping a record that :data:`READ_KEEPING_WORDS` adds to :data:`_LIGHT`.
_KEEPING = frozenset(stem(w) for w in ("name", "names", "named", "naming"))
_DETERMINERS = frozenset(("the", "a", "an", "our", "your", "this", "that"))
_PLACE_PREPOSITIONS = frozenset(stem(w) for w in ("in", "at", "on", "inside", "within", "around", "near", "during"))
#: Question words a field's name asks with ("found where", "collected when"): part of what it names.
_WH_WORDS = frozenset(("where", "when", "who", "whom"))
_WH_STEMS = frozenset(stem(w) for w in _WH_WORDS)
#: Words of a field's name that are no part of what it names: a currency of its amount ("quote gbp"), as the number
#: readers know the codes, and the Icelandic krona, which they do not read as money.
_UNIT_WORDS = frozenset(CURRENCY_CODES) | {"isk"}
#: A unit of measure closing a field's name ("forecast wind ms", "depth m", "weight kg", "delay min"): the unit of
#: its value, no part of what it names; only as the last of two or more words.
UNIT_SUFFIXES = frozenset(("ms", "kmh", "kph", "mph", "kn", "kt", "mm", "cm", "m", "km", "g", "kg", "lb", "lbs", "oz",
                            "ft", "sec", "secs", "min", "mins", "hr", "hrs", "h", "pct", "c", "f"))
#: The first word of a value that says nothing is there, or not yet: it decides neither way.
_NOTHING = frozenset(("false", "no", "not", "pending", "awaiting", "waiting", "tbd", "to", "waived", "free", "nobody",
                      "n"))
_NEGATION = frozenset(("no", "not", "none", "nothing", "never", "cannot"))
#: A trailing decline of the gap itself: ", so I can't give you a time" (a few words, no figure).
_DECLINE_TAIL_RE = re.compile(r"[,;]?\s+(?:so|and)\s+" + CANNOT + r"\s+(?:give|tell|say|confirm|quote|share)"
                              r"(?:\s+you)?(?:\s+[a-z']+){0,5}\s*[.!]?$", re.IGNORECASE)
#: A bare "No" opening an answer to a yes/no question ("Was it paid in cash?" - "No, it was paid by check"): it
#: denies the question, not a field of the claim, so it is no negation of what the claim says.
_ANSWER_NO_RE = re.compile(r"^\s*(?:no|nope)\s*(?:[,;:!.]|\s[-–—])\s*", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z0-9]+")
_ID_RE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9/-]*$")


class EmptyField(NamedTuple):
    """``outcome`` "holds" when the fields the claim names are empty, "clashes" when they hold values; the tool
    record's label and the fields' lines."""

    outcome: str
    source: str
    line: str


# (source label, [(line, field stems, value, kind)], words of the record's values and id fields, a field word
# for each of its stems)
_Record = tuple[str, list[tuple[str, frozenset[str], str, str]], frozenset[str], dict[str, str]]


def value_kind(value: str) -> str:
    """"empty", "value" (a time, a date, a figure above 0, True, a name or another word) or "" (neither: False, 0,
    no, "pending", "awaiting ...", "not ...")."""
    plain = value.strip().strip("\"'").strip()
    lowered = plain.lower().rstrip(".").strip()
    if plain in (".", "") or lowered in _EMPTY:
        return "empty"
    first = lowered.split()[0]
    if first in _NOTHING:
        return ""
    if has_digit(plain):
        try:
            return "value" if float(plain.replace(",", "")) != 0 else ""
        except ValueError:
            return "value"
    return "value"


def _records(evidence: Evidence) -> list[_Record]:
    """Every tool record (not prose, the user's message or an earlier turn) with field lines, once per request."""
    def read(ev: Evidence) -> list[_Record]:
        out: list[_Record] = []
        for source in ev.sources:
            if source.prose or source.user or source.earlier:
                continue
            lines: list[tuple[str, frozenset[str], str, str]] = []
            known: set[str] = set(_WORD_RE.findall(source.label.lower()))
            spelt: dict[str, str] = {}
            for m in RECORD_LINE_RE.finditer(source.text):
                name, value = m.group(1).lower(), m.group(2).strip()
                words = [w for w in _WORD_RE.findall(name) if w not in _UNIT_WORDS]
                if len(words) > 1 and words[-1] in UNIT_SUFFIXES:
                    words.pop()  # "forecast wind ms": the unit of the wind's value
                field = frozenset(stem(w) for w in words if w not in STOPWORDS or w in _WH_WORDS)
                spelt.update((stem(w), w) for w in words if w not in STOPWORDS or w in _WH_WORDS)
                kind = value_kind(value)
                if _ID_RE.match(value.rstrip(".")):
                    known.update(field)  # "ticket: T-30981": the field's words name the record
                    kind = "id"
                known.update(_WORD_RE.findall(value.lower()))
                if field:
                    lines.append((m.group(0).strip(), field, value, kind))
            if lines:
                out.append((source.label, lines, frozenset(stem(w) for w in known), spelt))
        return out
    return evidence.once("empty_fields.records", read)


def _words(text: str) -> list[str]:
    lowered = text.lower().replace("’", "'").replace("can't", "can not").replace("won't", "will not")
    return _WORD_RE.findall(lowered.replace("n't", " not"))


def said_empty(claim: str, evidence: Evidence) -> EmptyField | None:
    """Whether the claim says a tool record lacks fields it names (see the module docstring): "holds" with the
    empty field's line, "clashes" with the line of a field that holds a value; None when the claim is not of that
    shape or the record decides neither."""
    if not READ_EMPTY_FIELDS or "?" in claim:
        return None
    lowered = claim.lower()
    # cheap: a negation, and a record with fields
    if "n't" not in lowered and "n’t" not in lowered and not may_hold_word(claim, _NEGATION):
        return None
    records = _records(evidence)
    if not records:
        return None
    text = _DECLINE_TAIL_RE.sub("", _ANSWER_NO_RE.sub("", claim.strip(), count=1))
    words = _words(text)
    if not _NEGATION & set(words):
        return None
    stems = [stem(w) for w in words]
    found = _named_gap(stems, records)
    if found is None:  # a field named by a synonym of its word: "no courier" of "carrier: ."
        renamed = _synonyms_named(words, stems, records)
        if renamed is not None:
            found = _named_gap(renamed, records)
    return found


def _named_gap(stems: list[str], records: list[_Record]) -> EmptyField | None:
    """The verdict on the claim's word stems against the first record whose fields it names (see
    :func:`said_empty`)."""
    present = set(stems)
    for label, lines, known, _ in records:
        named = [(line, field, kind) for line, field, _, kind in lines if kind != "id" and field <= present]
        if not named:
            continue
        # "where it was found" names "found where", not also "found": the fuller field's name is the one said
        named = [one for one in named if not any(one[1] < other[1] for other in named)]
        if READ_KEEPING_WORDS and any(kind == "empty" for _, _, kind in named):
            # "The booking doesn't show an instructor" names "instructor: ." and, by its record word, "booked: True"
            named = [one for one in named if one[2] == "empty" or not one[1] <= _LIGHT] or named
        field_stems = frozenset().union(*(field for _, field, _ in named))
        light = _LIGHT | _KEEPING if READ_KEEPING_WORDS else _LIGHT
        extra = [n for n, s in enumerate(stems)
                 if s not in field_stems and s not in light and s not in known and not s[0].isdigit()]
        if len(extra) > 1:
            continue
        if extra and not (_beside(stems, extra[0]) & field_stems or _wh_place(stems, extra[0], field_stems)):
            continue
        kinds = {kind for _, _, kind in named}
        if kinds == {"empty"}:
            return EmptyField("holds", label, " ".join(line for line, _, _ in named))
        if kinds == {"value"} and not (_WH_STEMS & present) - field_stems:
            # "doesn't say when it was found" of "found: True" denies a detail the value does not give: neither
            return EmptyField("clashes", label, " ".join(line for line, _, _ in named))
    return None


def _beside(stems: list[str], n: int) -> set[str]:
    """The words right beside the claim's ``n``-th word (the "time" of "time window")."""
    return {stems[i] for i in (n - 1, n + 1) if 0 <= i < len(stems)}


def _wh_place(stems: list[str], n: int, field_stems: frozenset[str]) -> bool:
    """Is the claim's ``n``-th word what a question word of the field's name is narrowed to: "where in the
    building" of "found where", "when on the day" of "collected when"?"""
    at = n - 1
    if at > 0 and stems[at] in _DETERMINERS:
        at -= 1
    return at > 0 and stems[at] in _PLACE_PREPOSITIONS and stems[at - 1] in (_WH_STEMS & field_stems)


def _synonyms_named(words: list[str], stems: list[str], records: list[_Record]) -> list[str] | None:
    """The claim's stems with a word the records do not hold read as the field word it is a synonym of (word
    vectors at least :data:`~llmops_kit.grounding_paraphrase.SYNONYM_SIMILARITY` apart, as the groundedness check
    reads a paraphrase: "courier" of "carrier"); None when no such word. Only a field whose other words the claim
    names, and only one or two such words in the claim."""
    for _, lines, known, spelt in records:
        every = frozenset().union(*(field for _, field, _, _ in lines))
        new = [n for n, s in enumerate(stems)
               if s not in every and s not in _LIGHT and s not in known and not s[0].isdigit()]
        if not new or len(new) > 2:
            continue
        present = set(stems)
        lacking = sorted({next(iter(field - present)) for _, field, _, kind in lines
                          if kind != "id" and len(field - present) == 1})
        if not lacking:
            continue
        close = similarity_matrix([words[n] for n in new], [spelt[f] for f in lacking]) >= SYNONYM_SIMILARITY
        if not close.any():
            continue
        renamed = list(stems)
        for row, n in enumerate(new):
            hits = [lacking[col] for col in range(len(lacking)) if close[row, col]]
            if len(hits) == 1:
                renamed[n] = hits[0]
        return renamed
    return None


def denied_in_clause(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source label, the held field's line, the clause) when one clause of a claim parted by semicolons says the
    record lacks a field that holds a value ("No lunch is booked; you start at 9:30 h" of "lunch: True"):
    :func:`said_empty` reads a whole claim, whose other clause gives it words no field holds. Only the clash is
    read: a clause rightly saying a field is empty says nothing of the other clause (:data:`READ_GAP_CLAUSES`)."""
    if not READ_GAP_CLAUSES or ";" not in claim:
        return None
    clauses = _SEMICOLON_RE.split(claim)
    if len(clauses) < 2:
        return None
    for clause in clauses:
        gap = said_empty(clause, evidence)
        if gap is not None and gap.outcome == "clashes":
            return gap.source, gap.line, clause
    return None
