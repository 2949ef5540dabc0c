"""A tool record's empty field stated as done or given a value: "Your portrait was sent yesterday" of "sent: .",
"paid in cash at the pump" of "paid with: .", "Wind is forecast at 8 m/s" of "forecast wind ms: .".

The mirror of :mod:`llmops_kit.empty_fields` (a claim saying the record lacks a field): the record names a field it
holds nothing for (null, "", "-", "n/a": "sent: ."), and the claim says it happened or what it holds. Three closed
shapes, each in a clause with no negation, no modal or condition ("will", "can", "once", "if", ...) and no limit
("over", "up to", ...):

- a field named by a past participle alone or after its other words ("sent", "portrait sent", "refunded"), the
  claim writing that participle as done: after "was" / "were" / "been" / "has" / "have" / "had" / "already" within
  a few words ("was taken and sent yesterday") or right after a subject ("we sent it");
- a field naming how, where, when or to whom it happened ("paid with", "found where", "sent to"), the claim writing
  the participle followed by a preposition and a word ("paid in cash", "found in the changing room"), not "in full",
  "in advance", "on time", "in part" or a date ("paid by 30 June");
- a field whose name closes with a unit ("forecast wind ms"), the claim holding every other word of its name and a
  figure with that unit ("8 m/s").

With :data:`READ_FALSE_FLAGS` (the ``tool45`` round) a field named by a past participle that the record holds as a
flag set to False ("collected: False", "booked: False") is read as the first shape reads an empty one, a state said
with "is" being done too (not "are": "Fees are paid at the pro shop" is a rule): "Yes, bib 4127 was collected at the
expo already" and "That is booked" state done what the record says was not. Only the participle shape: a False
flag gives no detail or figure to fill.

With :data:`READ_FILLED_FIGURES` (the ``tool49`` round) a fourth shape: an empty field whose name the clause writes in
full (less a closing "no" / "number", and a word of how much is left, "free", "left", "available", which may stand
anywhere in the claim) given a figure right beside it: "cabana no. 3" of "cabana no: .", "2 of the 4 wheelchair
places" of "wheelchair places free: .". A figure the prose evidence states beside the same words ("Salle 1 has 4
wheelchair places"), the first end of a range ("lockers 1 to 40"), or a clause with a negation, modal, condition or
limit before the name gives none.

The record must be one the claim names (:func:`~llmops_kit.record_fields.named_records`) or the only tool record of
the request. Such a claim states what the
record does not hold: *contradicted*, with the empty field's line. Read by the groundedness check after
:func:`~llmops_kit.empty_fields.said_empty`, before the claim decision; :data:`READ_FILLED_FIELDS` switches it off
(in the decision's fit too).
"""

from __future__ import annotations

import re

from .empty_fields import UNIT_SUFFIXES, value_kind
from .evidence import Evidence
from .record_fields import RECORD_LINE_RE, named_records, record_lines
from .text import STOPWORDS, stem

__all__ = ["READ_FALSE_FLAGS", "READ_FILLED_FIELDS", "READ_FILLED_FIGURES", "filled_field"]

#: False switches the reading off (``tools/fit_claim_decision.py`` does, so the committed fit is reproducible).
READ_FILLED_FIELDS = True
#: A participle's flag held False read as an empty field (see the module docstring); also off in the fit.
READ_FALSE_FLAGS = True
#: An empty field given a figure beside its name (the ``tool49`` round, see the module docstring); off in the fit.
READ_FILLED_FIGURES = True

#: Past participles that do not end in "-ed".
_IRREGULAR_TEXT = """sent paid taken done given made shown sold built found kept left lost told won held brought
    bought written seen drawn put set spent signed fitted"""
_IRREGULAR = frozenset(_IRREGULAR_TEXT.split())
#: The last word of a field naming how, where, when or to whom its participle happened ("paid with", "found where").
_DETAIL_WORDS = frozenset(("with", "by", "where", "when", "to", "at", "via", "from", "in", "on", "method", "place"))
#: Prepositions that give such a detail after the participle ("paid in cash", "found by the lockers").
_DETAIL_PREPOSITIONS = frozenset(("in", "with", "by", "via", "at", "on", "to", "from", "inside", "near", "using",
                                  "through", "into", "under", "behind", "outside"))
#: Words after such a preposition that give no detail of the field: "paid in full", "sent on time", "paid by 30 June".
_NO_DETAIL_TEXT = """full advance time part instalments installments installment instalment total arrival
    request demand monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today tomorrow yesterday"""
_NO_DETAIL = frozenset(_NO_DETAIL_TEXT.split())
#: Words that say a done-state: an auxiliary within a few words before the participle.
_DONE_AUX = frozenset(("was", "were", "been", "has", "have", "had", "already", "got"))
#: A state said of a flag: "the extractor is reserved for you" (:data:`READ_FALSE_FLAGS`). Singular only: "Fees are
#: paid at the pro shop" is a rule of how, not the record's state.
_STATE_AUX = frozenset(("is", "now"))
_SUBJECTS = frozenset(("we", "i", "they", "he", "she", "you", "it"))
#: Words that make a clause no statement of what happened: negations, modals, conditions, limits.
_UNSAID_TEXT = """not no never nothing none cannot can could will would should shall may might must once if
    unless until when whenever after before soon usually normally typically always generally each every per over
    above under below exceed exceeds exceeding limit limits maximum max minimum least most than"""
_UNSAID = frozenset(_UNSAID_TEXT.split())
#: How a claim writes the unit a field's name closes with.
_UNIT_FORMS = {
    "ms": r"m/s|metres per second|meters per second", "kmh": r"km/h|kph|kmh", "kph": r"km/h|kph|kmh",
    "mph": r"mph", "kn": r"knots?|kn|kts?", "kt": r"knots?|kn|kts?", "mm": r"mm", "cm": r"cm", "m": r"m",
    "km": r"km", "g": r"g", "kg": r"kg", "lb": r"lbs?", "lbs": r"lbs?", "oz": r"oz", "ft": r"ft|feet|foot",
    "min": r"min(?:ute)?s?", "mins": r"min(?:ute)?s?", "sec": r"sec(?:ond)?s?", "secs": r"sec(?:ond)?s?",
    "hr": r"hrs?|hours?", "hrs": r"hrs?|hours?", "h": r"h|hrs?|hours?", "c": r"°\s*C|degrees", "f": r"°\s*F|degrees",
}
_CLAUSE_RE = re.compile(r"[,;:]\s+|\s+[-–—]\s+|\s+(?:but|so|while|whereas)\s+", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

#: (source label, line, the name's words, its unit word or "") of each empty field of a tool record.
_Empty = tuple[str, str, tuple[str, ...], str]


def _participle(word: str) -> bool:
    return word in _IRREGULAR or (len(word) > 4 and word.endswith("ed"))


def _empty_fields(lines: list[tuple[str, str, str]], label: str) -> list[_Empty]:
    out = []
    for line, name, value in lines:
        words = re.findall(r"[a-z]+", name)
        if READ_FALSE_FLAGS and value.strip().rstrip(".") == "False" and words and _participle(words[-1]):
            out.append((label, line, tuple(words), ""))  # a participle's flag unset: nothing happened
            continue
        if value_kind(value) != "empty":
            continue
        unit = ""
        if len(words) > 1 and words[-1] in UNIT_SUFFIXES and words[-1] in _UNIT_FORMS:
            unit = words.pop()
        if words:
            out.append((label, line, tuple(words), unit))
    return out


def _any_empty(evidence: Evidence) -> bool:
    """Does a tool record of the request hold an empty field (read once per request)?"""
    return any(_empty_fields([(m.group(0), m.group(1).lower(), m.group(2)) for m in RECORD_LINE_RE.finditer(s.text)],
                             s.label) for s in evidence.sources if not s.prose)


def _records(claim: str, evidence: Evidence) -> list[tuple[str, list[tuple[str, str, str]]]]:
    named = list(named_records(claim, evidence))
    if named:
        return named
    tools = [s for s in evidence.sources if not s.prose]
    if len(tools) != 1:
        return []
    lines = record_lines(tools[0].text)
    return [(tools[0].label, lines)]


def _done(words: list[str], at: int, flag: bool = False) -> bool:
    """Is the participle at ``at`` written as done: an auxiliary a few words before it, or right after a subject?
    Of a flag (``flag``), a state said with "is" is done too ("That is booked")."""
    if at > 0 and words[at - 1] in _SUBJECTS:
        return True
    before = words[max(0, at - 4):at]
    if flag and any(w in _STATE_AUX or w.endswith("'s") for w in before):
        return True
    return any(w in _DONE_AUX or w.endswith("'ve") for w in before)


def _fills(clause: str, field: _Empty) -> bool:
    """Does the clause state the empty field as done or give it a value (see the module docstring)?"""
    lower = clause.lower().replace("’", "'")
    words = _WORD_RE.findall(lower.replace("n't", " not"))
    _, _, name, unit = field
    if unit:
        content = {stem(w) for w in name if w not in STOPWORDS}
        if not content or not content <= {stem(w) for w in words}:
            return False
        if _UNSAID & set(words) or "up to" in lower:
            return False
        return re.search(r"\d(?:[.,]\d+)?\s*(?:" + _UNIT_FORMS[unit] + r")(?![a-z])", clause) is not None
    last = name[-1]
    if _participle(last):
        verb, detail, others = last, False, name[:-1]
    elif len(name) >= 2 and last in _DETAIL_WORDS and _participle(name[-2]):
        verb, detail, others = name[-2], True, name[:-2]
    else:
        return False
    if verb not in words:
        return False
    if others and not {stem(w) for w in others if w not in STOPWORDS} <= {stem(w) for w in words}:
        return False
    at = words.index(verb)
    if _UNSAID & set(words[:at]) or "up to" in lower:
        return False
    if not detail:
        return _done(words, at, flag=field[1].rstrip(". ").endswith("False"))
    after = words[at + 1:at + 3]
    return (len(after) == 2 and after[0] in _DETAIL_PREPOSITIONS and after[1] not in _NO_DETAIL
            and not after[1][0].isdigit())


#: Words of a field's name that say its value is a number ("cabana no", "locker number"): no part of what it names.
_NUMBER_LABELS = frozenset(("no", "nr", "num", "number", "numbers"))
#: Words of a field's name that say how much of it is left ("wheelchair places free"): the claim may say them
#: anywhere ("37 seats free, including 2 of the 4 wheelchair places").
_STATE_WORDS = frozenset(("free", "left", "available", "remaining", "spare", "open"))
#: A figure right after a field's name: "cabana no. 3", "locker #12", "table: 4".
_FIGURE_AFTER_RE = re.compile(r"^\s*(?:(?:no|nr|number)\b\.?|#|:)?\s*(\d+)\b(?![.,:/]\d)", re.IGNORECASE)
#: A figure right before a field's name, perhaps as a part of another ("2 of the 4 wheelchair places"): group 1
#: is the figure given the field, group 2 the whole it is a part of (the evidence's own figure).
_FIGURE_BEFORE_RE = re.compile(r"(?<![\d.,:/])(\d+)\s+(?:of\s+(?:the\s+|your\s+)?(\d+)\s+)?$", re.IGNORECASE)


def _figure_given(clause: str, claim: str, field: _Empty, evidence: Evidence) -> str | None:
    """The figure the clause gives an empty field whose name it writes in full (:data:`READ_FILLED_FIGURES`):
    "cabana no. 3" of "cabana no: .", "2 of the 4 wheelchair places" of "wheelchair places free: ." (a word of how
    much is left may stand anywhere in the claim). A figure the prose evidence states beside the same words ("Salle 1
    has 4 wheelchair places") is the evidence's, not the field's; a clause with a negation, a modal, a condition or
    a limit gives none. None when no figure is given."""
    name = [w for w in field[2] if w not in _NUMBER_LABELS]
    core = [w for w in name if w not in _STATE_WORDS]
    if not core or field[3] or field[1].rstrip(". ").endswith("False"):
        return None
    lower = clause.lower().replace("’", "'")
    phrase = re.search(r"\b" + _name_words(core) + r"\b", lower)
    if phrase is None:
        return None
    claim_stems = {stem(w) for w in _WORD_RE.findall(claim.lower())}
    if not {stem(w) for w in name if w in _STATE_WORDS} <= claim_stems:
        return None
    words = set(_WORD_RE.findall(lower[:phrase.start()].replace("n't", " not")))
    if words & _UNSAID or "up to" in lower:
        return None
    after = _FIGURE_AFTER_RE.match(lower[phrase.end():])
    if after is not None:
        if _RANGE_ON_RE.match(lower[phrase.end() + after.end():]) or _prose_states(after.group(1), core, evidence):
            return None  # "lockers 1 to 40": a range of them, or the article's own figure
        return after.group(1)
    before = _FIGURE_BEFORE_RE.search(lower[:phrase.start()])
    if before is None:
        return None
    if before.group(2) is None and _prose_states(before.group(1), core, evidence):
        return None
    return before.group(1)


#: What makes a figure after a field's name the first end of a range or list of them ("lockers 1 to 40", "3-5").
_RANGE_ON_RE = re.compile(r"^\s*(?:to|and|or|through|[-–—/&])\s*\d", re.IGNORECASE)


def _name_words(core: list[str]) -> str:
    """The pattern of a field's name as a text writes it, each word with up to two letters more ("wheelchair
    places" of "wheelchair place"): shared by the claim's and the evidence's reading so both read one name."""
    return r"\s+".join(re.escape(w) + r"[a-z]{0,2}" for w in core)


def _prose_states(figure: str, core: list[str], evidence: Evidence) -> bool:
    """Does a prose text of the evidence state the figure beside the field's words, before ("4 wheelchair places")
    or after them ("cabana 3")?"""
    words = _name_words(core)
    pattern = re.compile(rf"(?<![\d.,]){figure}\s+{words}\b|\b{words}\s+(?:no\.?\s*|number\s+|#)?{figure}(?![\d])",
                         re.IGNORECASE)
    return any(pattern.search(source.text) for source in evidence.sources if source.prose)


def filled_field(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the empty field's line, what the claim said of it) when a clause of the claim states a field the
    record holds nothing for as done or gives it a value (see the module docstring), else None."""
    if not READ_FILLED_FIELDS or "?" in claim or not evidence.once("filled_fields.any_empty", _any_empty):
        return None
    for label, lines in _records(claim, evidence):
        fields = _empty_fields(lines, label)
        if not fields:
            continue
        for clause in _CLAUSE_RE.split(claim):
            for field in fields:
                if _fills(clause, field):
                    held = "False" if field[1].rstrip(".").endswith("False") else "none"
                    return field[0], field[1], f"{' '.join(field[2])} given, the record holds {held}"
                figure = _figure_given(clause, claim, field, evidence) if READ_FILLED_FIGURES else None
                if figure is not None:
                    return field[0], field[1], f"{' '.join(field[2])} given {figure}, the record holds none"
    return None
