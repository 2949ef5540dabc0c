"""A tool record's flag restated in a clause of the claim: "auto top-up is on" of "auto topup: False".

:func:`~llmops_kit.record_fields.field_clash` compares a flag with yes and no words only in a claim written as the
field itself ("auto top-up: on") or a two-cell table row; answers mostly say the field in a sentence ("BK-7731-42
has 142,50 kr. on it, and auto top-up is on, so ..."), and every figure and word of that sentence is held by the
article's rule ("With auto top-up, 200,00 kr. is added ..."), so nothing compared it with the record.

Here each clause of the claim shaped "<field words> is/are/was/were [switched/turned/set] <yes-or-no word>" is read
against the tool records' flags (a value True/False, yes/no, on/off, enabled/disabled, active/inactive):

- the field is named by the words before the verb: a run of them at its end, spelt as the record's field name with
  hyphens, spaces and underscores ignored ("auto top-up" = "auto topup" = "auto_topup", a plural "s" too);
- or by those words and the state word together ("the deposit is paid" of "deposit paid: False"), or by the state
  word alone when the subject is an id the record holds ("C-2027-0418 is fully paid" of "paid: False");
- a negation ("isn't", "not", "no longer", "never") or an opening "No" ("No lunch is booked") turns the word round.

The claim is *contradicted* when every such field of the records says the other way; when a record agrees, when the
value is no flag, or when no record holds the field, nothing is read. A clause with a condition ("if", "once",
"with", "whether", ...) before its verb states no record's value, and an "on" / "off" must close its clause ("is on
the card" is a place, not a switch). Only tool records are read, never prose: an article's rule is no record.
Switched off by :data:`READ_FLAG_CLAUSES` (also in the claim decision's fit).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import record_keys
from .record_fields import claimed_records, record_lines

__all__ = ["READ_FLAG_CLAUSES", "flag_clause_clash"]

#: False switches the reading off (``tools/fit_claim_decision.py`` does, so the committed fit is reproducible).
READ_FLAG_CLAUSES = True

#: Words that say a flag is set, and words that say it is not, after "is" / "are" / "was" / "were".
_YES = frozenset(("on", "enabled", "active", "activated", "included", "booked", "added", "signed", "paid",
                  "reserved", "selected", "requested", "confirmed", "collected", "done", "completed"))
_NO = frozenset(("off", "disabled", "inactive", "deactivated", "excluded", "unpaid", "unsigned", "cancelled",
                 "canceled"))
#: A record's value that is a flag, and which way it says.
_HELD = {"true": True, "yes": True, "on": True, "enabled": True, "active": True, "y": True,
         "false": False, "no": False, "off": False, "disabled": False, "inactive": False, "n": False}
#: Words that may stand after an "on" / "off" that closes the clause ("is on now", "is off for good").
_AFTER_SWITCH = frozenset(("now", "too", "already", "again", "and", "so", "but", "as", "though", "still", "yet",
                           "for"))
#: Words before the verb that make the clause no statement of the record: conditions, rules, questions.
_UNSAID = frozenset(("if", "when", "whenever", "once", "unless", "whether", "with", "without", "until", "after",
                     "before", "while", "can", "could", "will", "would", "should", "may", "might", "must", "every",
                     "each", "any", "how", "what", "which"))
#: Words a subject opens with that name no field ("and your auto top-up", "so the deposit").
_OPENERS = frozenset(("and", "so", "but", "yes", "the", "your", "my", "our", "its", "their", "also", "that's"))
#: A pronoun or determiner that speaks of the record itself ("it's all paid"), read only when the claim names it.
_ITSELF = frozenset(("it", "this", "that", "everything", "all"))

_CLAUSE_RE = re.compile(r"[,;:()]\s*|\s+[-–—]\s+|\s+(?:and|but|so|while|whereas|because|though)\s+", re.IGNORECASE)
_VERB_RE = re.compile(
    r"^(?P<subject>.*?)\s+(?:is|are|was|were)\s+"
    r"(?P<mid>(?:(?:not|no longer|never|still|now|already|currently|fully|all|also|definitely|indeed|really|yet"
    r"|been|set to be)\s+)*)(?:(?:switched|turned|set)\s+)?(?P<word>[a-z]+)\b(?P<rest>.*)$")
_NEGATION_RE = re.compile(r"\b(?:not|no longer|never)\b")


def _compact(words: list[str]) -> str:
    """The field's words as one token: hyphens, spaces and underscores ignored, a closing plural "s" dropped."""
    text = "".join(words)
    return text[:-1] if len(text) > 3 and text.endswith("s") and not text.endswith("ss") else text


def _normalised(clause: str) -> str:
    text = clause.lower().replace("’", "'").strip()
    text = re.sub(r"\b(is|are|was|were)n't\b", r"\1 not", text)
    return re.sub(r"\b(it|that|this|everything)'s\b", r"\1 is", text)


def _flag_lines(lines: list[tuple[str, str, str]]) -> list[tuple[str, str, bool]]:
    """(line, compact field name, the flag's way) of each record line holding a flag."""
    out = []
    for line, name, value in lines:
        held = _HELD.get(value.strip().rstrip(".").strip().lower())
        words = re.findall(r"[a-z0-9]+", name)
        if held is not None and words:
            out.append((line, _compact(words), held))
    return out


def _clause_flag(clause: str, claim_keys: frozenset[str],
                 values: frozenset[str]) -> tuple[list[str], str, bool, bool] | None:
    """(the subject's words, the state word, the way the clause says it, whether the subject names the record
    itself: an id of the claim, a pronoun beside one, or a value the record holds, "bib 4127" of "bib: 4127") of a
    clause shaped "<subject> is <word>" whose word says yes or no or may name a flag field, else None."""
    m = _VERB_RE.match(_normalised(clause))
    if m is None:
        return None
    word, rest = m.group("word"), m.group("rest").strip()
    if word in ("on", "off") and rest and rest.split()[0].strip(".!") not in _AFTER_SWITCH:
        return None  # "is on the card", "is off the A6": a place, not a switch
    raw = m.group("subject").strip()
    subject = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", raw)
    negated = False
    if subject and subject[0] == "no":  # "No lunch is booked"
        negated, subject = True, subject[1:]
    while subject and subject[0] in _OPENERS:
        subject = subject[1:]
    if not subject or set(subject) & _UNSAID or "?" in clause:
        return None
    if _NEGATION_RE.search(m.group("mid")):
        negated = not negated
    itself = (bool(record_keys(raw) & claim_keys) or (len(subject) == 1 and subject[0] in _ITSELF and bool(claim_keys))
              or any(w in values for w in subject if any(c.isdigit() for c in w)))
    says = word in _YES if word in _YES or word in _NO else True  # a field named by its word is said set
    return [re.sub(r"'[a-z]+$", "", w) for w in subject], word, says != negated, itself


def _names(subject: list[str], word: str, field: str, itself: bool) -> bool:
    """Does the clause's subject (with its state word) name the record field ``field`` (compact)?"""
    for start in range(len(subject)):
        tail = subject[start:]
        if _compact(tail) == field and word in _YES | _NO:
            return True
        if _compact([*tail, word]) == field:
            return True
    return itself and _compact([word]) == field


def flag_clause_clash(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, record line, what the claim said) when a clause of the claim restates a flag of a tool record the
    other way (see the module docstring), else None."""
    if not READ_FLAG_CLAUSES or not any(not s.prose and not s.user for s in evidence.sources):
        return None
    claim_keys = record_keys(claim)
    records = claimed_records(claim, evidence) or [
        (s.label, record_lines(s.text)) for s in evidence.sources if not s.prose and not s.user]
    flags = [(label, line, field, held) for label, lines in records for line, field, held in _flag_lines(lines)]
    if not flags:
        return None
    # a record's short values with a figure ("4127" of "bib: 4127"): a subject holding one names that record
    values = frozenset(v.strip().rstrip(".").lower() for _, lines in records for _, _, v in lines
                       if any(c.isdigit() for c in v) and " " not in v.strip())
    for clause in _CLAUSE_RE.split(claim):
        said = _clause_flag(clause, claim_keys, values)
        if said is None:
            continue
        subject, word, way, itself = said
        named = [(label, line, held) for label, line, field, held in flags if _names(subject, word, field, itself)]
        if named and all(held != way for _, _, held in named):
            label, line, held = named[0]
            return label, line, f"{' '.join(subject)} {word} said {'yes' if way else 'no'}, the record holds {held}"
    return None
