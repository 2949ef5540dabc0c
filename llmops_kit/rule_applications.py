"""The article's time limit applied to the customer's own case: "changes have to be made at least 2 days before the
dispatch date, and tomorrow is too close" to "my order goes out tomorrow", "14 days, so you are inside it" to "I
bought it 10 days ago", "3 days is more than 48 hours ahead".

Such a clause words no evidence sentence: its verdict ("too close", "inside", "recent enough", "lapsed") is the
outcome of comparing the customer's length of time with the rule's, which is arithmetic on given figures, not a
new fact. Here a claim is read as an *application* when all of these hold:

- one of its clauses says, after a form of "be" ("is", "it's", "you are", "puts you", "would have"), that the case
  is inside or short of a limit ("inside", "within", "recent enough", "too close", "too soon", "less than") or
  beyond it ("outside", "lapsed", "expired", "past", "more than", "too long ago"), and that clause either names the
  customer's length of time or has a pronoun ("you", "it", "that", "this") as its subject;
- the customer's message gives lengths of time ("10 days ago", "20 hours away", "six months"; "tomorrow" and "today"
  only where the clause names them), and the clause (or, failing one there, its sentence or the claim) states a
  length of time of the rule that is none of them;
- an evidence sentence (not the customer's) holds that length with its unit and shares at least
  :data:`~llmops_kit.grounding_context.CONTEXT_MIN` words with the claim and the question (its subject);
- the claim's words are the rule sentence's, the question's or the comparison's, all but one.

The comparison is then made in days: it *holds* when every length the customer gives falls on the side the verdict
says, and *fails* when none does (a length of one side and one of the other decide nothing). A claim whose
comparison holds is supported; one whose comparison fails is contradicted ("tomorrow is fine, you're inside
the 2-day limit"). A limit no evidence sentence on the subject gives is no application: the claim is judged as
before.

Two more forms apply a held rule after "so" (the rule42 round): :func:`allowed_length`, a held maximum applied to a
length the customer gives ("you can pause for up to 8 weeks, so a month is fine"), and :func:`excluded_case`, the
mirror of a held permission applied to the customer's item ("Only unworn items with tags can be exchanged, so a
jumper that's been worn can't be swapped" to "He wore the jumper once").

:func:`bound_application` (the ``apply51`` round, :data:`READ_BOUND_APPLICATIONS`) reads the same shape for a bound on
any figure but a length of time: "<rule>, so <application>" ("the beginner course is for ages 14 and up, so a
12-year-old can't join yet"; "helmets are required for children under 10, so at 11 it's not required"; "boats up to
65 ft, so at 72 ft you're over the limit"), the customer's figure held against the bound and the verdict's polarity
against the comparison's.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from .evidence import Evidence
from .grounding_context import CONTEXT_MIN
from .limit_sides import Bound, quantities, stated_bounds
from .text import content_stems, may_hold_word, sentences_of, typed_quantities
from .text.char_scans import has_digit, holds_any
from .text.lengths import DAYS_PER_UNIT, one_unit_lengths
from .text.numbers import NUMBER_WORDS
from .text.tokens import stem, word_stems
from .textcache import text_cache

__all__ = ["READ_BOUND_APPLICATIONS", "Application", "allowed_length", "applied_limit", "bound_application",
           "excluded_case"]

#: Switch: read a stated bound applied to the customer's own figure (:func:`bound_application`, the ``apply51``
#: round); off in the claim-decision fit (``tools/fit_claim_decision.py``).
READ_BOUND_APPLICATIONS = True

#: Words that are a length of time from now: "goes out tomorrow", "it's today".
_WORD_DAYS = {"tomorrow": 1.0, "today": 0.0, "tonight": 0.0}
_WORD_DAYS_RE = re.compile(r"\b(tomorrow|today|tonight)\b", re.IGNORECASE)
#: "a two-year guarantee", "the 24-hour window": a length written as one hyphenated word.
_HYPHENED_RE = re.compile(r"(?<=\w)-(?=(?:minute|hour|day|week|month|year)s?\b)", re.IGNORECASE)

_BE = (r"(?:\bis|\bare|'s|’s|\bwas|\bwere|\bbe|\bbeen|\byou're|\byou’re|\bputs (?:you|it|that|us)|\bwould have|\bhas|"
       r"\bhave)")
_ADVERBS = r"(?:\s+(?:well|just|still|comfortably|safely|already|now|clearly|definitely|easily|only))*"
#: The case short of the limit: inside a window, recent enough, too close to a deadline, less than it.
_SHORT = (r"inside|within|recent enough|new enough|in time|too (?:close|soon|short|near)|not enough notice|"
          r"less than|under|shorter than|fewer than|still (?:valid|good|covered|eligible|in date)")
#: The case beyond the limit: outside it, lapsed, more than it.
_BEYOND = (r"outside|lapsed|expired|past|beyond|over|more than|longer than|too long ago|too old|"
           r"out of (?:date|time|the (?:window|period|guarantee|warranty))|no longer (?:valid|covered|eligible)")
#: The look-ahead names the first letters of :data:`_BE`'s forms, so a search is not tried at every character
#: (4x faster; the same matches).
_VERDICT_RE = re.compile(r"(?=[iawb'’yph])" + _BE + _ADVERBS + r"\s+(?:(?P<short>" + _SHORT + r")|(?P<beyond>"
                         + _BEYOND + r"))\b", re.IGNORECASE)
#: A word every verdict holds (its first, or "time" / "enough" / "longer" of "in time", "not enough notice", "no
#: longer"): an ASCII claim holding none is spared the pattern.
_VERDICT_KEYS = frozenset(("inside", "within", "recent", "new", "time", "too", "enough", "less", "under", "shorter",
                           "fewer", "still", "outside", "lapsed", "expired", "past", "beyond", "over", "more",
                           "longer", "out"))
#: A pronoun standing for the customer's case as the clause's subject.
_PRONOUN_RE = re.compile(r"\b(?:you|you're|you’re|it|it's|it’s|that|that's|that’s|this|yours|she|he|they)\b",
                         re.IGNORECASE)
#: Where a claim divides into clauses that each state one thing.
_CLAUSE_RE = re.compile(r"\s*[;:]\s+|\s+[-–—]\s+|,?\s+(?:so|and|but)\s+|\.\s+|\s*\(")
#: Where a claim divides into sentences and semicolon parts: where a limit is looked for beyond its clause.
_SEGMENT_RE = re.compile(r"\s*;\s+|(?<=[.!?])\s+")
#: The most of a claim's words (beyond the comparison's and the question's) its rule sentence may lack.
NOVEL_SHARE = 0.5
#: The comparison's own words, which no evidence sentence need hold, and words naming a limit as such ("the 12-month
#: rule", "the 24-hour window").
_VERDICT_STEMS = content_stems(
    "inside within recent enough new in time too close soon short near notice less under shorter fewer still valid "
    "good covered eligible outside lapsed expired past beyond over more longer ago old out window period "
    "no longer well just comfortably safely already now clearly definitely easily only would puts yes not "
    "afraid sorry one case yours fine rule limit deadline cut-off cutoff")

#: A verdict that the case falls short of a minimum, where reaching the limit itself is no shortfall.
_SHORT_OF_RE = re.compile(r"\btoo\b|\bless than\b|\bshorter than\b|\bfewer than\b|\bunder\b", re.IGNORECASE)

Outcome = Literal["holds", "fails"]


def _quantities(text: str) -> frozenset[str]:
    """The lengths of time a text states, as written ("10 day", "24 hour", "tomorrow")."""
    found = {q for q in typed_quantities(_HYPHENED_RE.sub(" ", text)) if q.split(" ")[1] in DAYS_PER_UNIT}
    return frozenset(found | {m.lower() for m in _WORD_DAYS_RE.findall(text)})


def _in_days(quantity: str) -> float:
    """A length as written ("10 day", "2 fortnight", "tomorrow") in days."""
    if quantity in _WORD_DAYS:
        return _WORD_DAYS[quantity]
    number, unit = quantity.split(" ")
    return round(float(number) * DAYS_PER_UNIT[unit], 4)


def _lengths(text: str) -> frozenset[float]:
    """The lengths of time a text states, in days: "10 days ago", "the 24-hour window", "tomorrow"."""
    return frozenset(map(_in_days, _quantities(text)))


def _words(text: str) -> frozenset[str]:
    """The words of a text, a hyphenated length read as two ("two-year": "two", "year")."""
    return word_stems(_HYPHENED_RE.sub(" ", text))


@text_cache()
def _evidence_lengths(sentence: str) -> frozenset[float]:
    return _lengths(sentence)


def _verdict_clause(claim: str, customer: frozenset[str]) -> tuple[str, bool] | None:
    """(the clause, whether it says the case is short of the limit) of the claim's first application clause."""
    for clause in _CLAUSE_RE.split(claim):
        match = _VERDICT_RE.search(clause)
        if match is None:
            continue
        names_case = bool(_quantities(clause) & customer)
        if names_case or _PRONOUN_RE.search(clause[:match.end()]):
            return clause, match.group("short") is not None
    return None


def _held_rule(limit: float, text: str, evidence: Evidence) -> tuple[str, str] | None:
    """(source, sentence) of the evidence sentence stating ``limit`` that ``text`` (the claim's part applying it)
    restates: it shares at least :data:`~llmops_kit.grounding_context.CONTEXT_MIN` words with the text and the
    question, and the text's words beyond the comparison and the question are mostly its (at most
    :data:`NOVEL_SHARE` missing); None otherwise. Both forms of application find their rule this way."""
    question = _words(evidence.user_text)
    claim_words = _words(text) - question - _VERDICT_STEMS
    rule = _rule_sentence(limit, claim_words | (question - _VERDICT_STEMS), evidence)
    if rule is None or rule[2] < CONTEXT_MIN:
        return None
    source, sentence, _ = rule
    if len(claim_words - _words(sentence)) > NOVEL_SHARE * len(claim_words):
        return None
    return source, sentence


def _rule_sentence(limit: float, words: frozenset[str], evidence: Evidence) -> tuple[str, str, int] | None:
    """(source, sentence, words shared) of the evidence sentence holding the limit that shares most words."""
    best: tuple[str, str, int] | None = None
    for source in evidence.sources:
        if source.user:
            continue
        for sentence in sentences_of(source.text):
            if limit not in _evidence_lengths(sentence):
                continue
            shared = len(words & _words(sentence))
            if best is None or shared > best[2]:
                best = (source.label, sentence, shared)
    return best


class Application(NamedTuple):
    """A time limit applied to the customer's case: whether the comparison holds, where the rule was found, the
    clause comparing, and the rest of the claim (its other sentences and semicolon parts, judged on their own)."""

    outcome: Outcome
    source: str
    sentence: str
    clause: str
    rest: str


def applied_limit(claim: str, evidence: Evidence) -> Application | None:
    """The application when the claim applies a time limit an evidence sentence states to a length of time the
    customer gives (see the module docstring), else None."""
    # most claims compare nothing, and most customers give no length of time (read once per request)
    if not may_hold_word(claim, _VERDICT_KEYS):
        return None
    customer = evidence.once("rule_applications.customer", lambda ev: _quantities(ev.user_text))
    if not customer or not _VERDICT_RE.search(claim):
        return None
    found = _verdict_clause(claim, customer)
    if found is None:
        return None
    clause, short = found
    # "tomorrow" or "today" is the length compared only where the clause names it ("tomorrow is too close"): "my
    # flight today is delayed ... that's more than 2 hours late" compares the delay, not the day
    customer = frozenset(q for q in customer if q not in _WORD_DAYS or q in _quantities(clause))
    if not customer:
        return None
    # the limit: a length the clause states that the customer did not, else one its sentence or the claim states
    parts = [part for part in _SEGMENT_RE.split(claim) if part.strip()]
    at = next((n for n, part in enumerate(parts) if clause in part), None)
    segment = claim if at is None else parts[at]
    limits = next((found for text in (clause, segment, claim) if (found := _quantities(text) - customer)), None)
    if limits is None or len({_in_days(q) for q in limits}) != 1:
        return None
    limit = _in_days(next(iter(limits)))
    rule = _held_rule(limit, segment, evidence)
    if rule is None:
        return None
    source, sentence = rule
    lengths = {_in_days(q) for q in customer}
    sides = {(length < limit) if short else (length > limit) for length in lengths if length != limit}
    if short:  # "inside the 14-day window" holds on the 14th day too
        sides |= {True for length in lengths if length == limit and not _too_near(clause)}
    rest = "" if at is None else "; ".join(part for n, part in enumerate(parts) if n != at)
    if sides == {True}:
        return Application("holds", source, sentence, clause, rest)
    if sides == {False}:
        return Application("fails", source, sentence, clause, rest)
    return None


def _too_near(clause: str) -> bool:
    """Does the clause say the case falls short of a minimum ("too close", "less than"), not inside a window?"""
    return _SHORT_OF_RE.search(clause) is not None


#: Words the "is fine" form needs ("fine", "ok", ...): a claim holding none is spared its pattern.
_ALLOWED_KEYS = frozenset(("fine", "ok", "okay", "allowed", "covered", "problem", "alright", "acceptable"))
#: ", so <the customer's length> is fine": the clause naming the customer's length and the verdict that it is allowed.
_ALLOWED_RE = re.compile(r",?\s+so\s+(?P<case>(?:(?:a|an|one|the|your|that|those|these)\s+)?[\w-]+(?:\s+[\w-]+)?)\s+"
                         r"(?:is|are|'s|’s|should be|would be|will be)\s+(?:(?:totally|perfectly|absolutely|still|"
                         r"just)\s+)?(?:fine|ok|okay|allowed|covered|no problem|alright|acceptable)\s*[.!]?$",
                         re.IGNORECASE)
#: A maximum and the rule's length after it ("for up to 8 weeks", "within 30 days", "no more than 2 hours").
_MAXIMUM_RE = re.compile(r"\b(?:up to|within|no more than|not more than|at most|a maximum of|maximum of)\s+"
                         r"(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]*"
                         r"(?P<unit>" + "|".join(DAYS_PER_UNIT) + r")s?\b(?P<after>'?\s*(?:'s\s+)?\w*)",
                         re.IGNORECASE)
#: A length counted back from an event ("up to 24 hours before", "within 2 days' notice"): a minimum of notice,
#: not a maximum, so no such comparison is made.
_BEFORE_WORDS = frozenset(("before", "ahead", "in", "prior", "notice", "beforehand", "earlier", "advance"))


def allowed_length(claim: str, evidence: Evidence) -> Application | None:
    """A held maximum length applied to the customer's own: "you can pause for up to 8 weeks, so a month is fine"
    to "can I pause my sub for a month?". The clause after ", so" names a length of time the customer's message
    gives (the whole subject, a few words) and says it is fine / OK / allowed / covered; the claim before it states
    one other length after a word of maximum ("up to", "within", "no more than"), not counted back from an event
    ("up to 24 hours before" is a minimum of notice); an evidence sentence on the subject holds that length; the
    claim's words beyond the comparison and the question are mostly that sentence's. The comparison holds when every
    length the customer gives is at most the limit (a month within 8 weeks), and fails when every one is over it
    ("so three months is fine"); else None."""
    if not may_hold_word(claim, _ALLOWED_KEYS):
        return None
    match = _ALLOWED_RE.search(claim)
    if match is None:
        return None
    customer = evidence.once("rule_applications.customer_lengths",
                             lambda ev: _quantities(ev.user_text) | one_unit_lengths(ev.user_text))
    case = match.group("case")
    named = (_quantities(case) | one_unit_lengths(case)) & customer
    if not named or any(q in _WORD_DAYS for q in named):
        return None
    head = claim[:match.start()]
    maxima = list(_MAXIMUM_RE.finditer(head))
    if len(maxima) != 1 or maxima[0].group("after").strip(" '").lower() in _BEFORE_WORDS:
        return None
    number, unit = maxima[0].group("n").lower(), maxima[0].group("unit").lower()
    quantity = f"{NUMBER_WORDS.get(number, number)} {unit}"
    limit = _in_days(quantity)
    # the maximum is the head's only length of time ("up to 8 weeks", not "up to 8 weeks, or 2 months")
    if {_in_days(q) for q in _quantities(head)} - {limit}:
        return None
    rule = _held_rule(limit, head, evidence)
    if rule is None:
        return None
    source, sentence = rule
    lengths = {_in_days(q) for q in customer if q not in _WORD_DAYS}
    # the head stating the limit is judged on its own ("up to 8 weeks for free" keeps its invented "free")
    rest = head.strip(" ,;:")
    if all(length <= limit for length in lengths):
        return Application("holds", source, sentence, match.group(0).strip(" ,"), rest)
    if all(length > limit for length in lengths):
        return Application("fails", source, sentence, match.group(0).strip(" ,"), rest)
    return None


#: "Only <A> can be <verb>ed, so <the customer's item, not A> can't be <verb>ed": the rule's permission read as the
#: only one, applied to the customer's item (an optional closing apology).
_ONLY_RE = re.compile(r"^(?P<rule>only (?P<a>[^,;:]+?) (?:can|may) be (?P<v1>[a-z]+)\b[^,;:]*),? so "
                      r"(?P<x>[^,;:]+?) (?:can't|can’t|cannot|can not|won't|won’t) be (?P<v2>[a-z]+)\b"
                      r"(?:,? (?:sorry|I'm afraid|I’m afraid|unfortunately))?\s*[.!]?$", re.IGNORECASE)
#: Past participles a customer writes in another form ("he wore it" of "worn"): the participle's other forms.
_PARTICIPLE_FORMS = {"worn": ("wore", "wear"), "torn": ("tore", "tear"), "broken": ("broke", "break"),
                     "eaten": ("ate", "eat"), "ridden": ("rode", "ride"), "driven": ("drove", "drive"),
                     "written": ("wrote", "write"), "taken": ("took", "take")}
#: Words of the customer's item's description that name nothing ("a jumper that's been worn").
_ITEM_FILLER = frozenset(("a", "an", "the", "your", "his", "her", "their", "our", "my", "that", "that's", "that’s",
                          "which", "which's", "has", "have", "had", "been", "is", "are", "was", "were", "one", "ones",
                          "item", "items", "it", "already", "you", "you've", "you’ve", "he", "she", "they", "we",
                          "i", "i've", "i’ve", "he's", "she's", "they've", "we've", "once", "just"))
#: A denial or a restriction ("not", "no", "never", "only"): a sentence holding one states no plain permission.
_DENIED_OR_RESTRICTED_RE = re.compile(r"n't|n’t|\bnot?\b|\bnever\b|\bcannot\b|\bonly\b", re.IGNORECASE)


def _customer_states(word: str, question: frozenset[str]) -> bool:
    """Does the customer's message state the item's condition ("worn" by "he wore it")?"""
    forms = (word, *_PARTICIPLE_FORMS.get(word.lower(), ()))
    return any(stem(form.lower()) in question for form in forms)


def excluded_case(claim: str, evidence: Evidence) -> Application | None:
    """The mirror of a held permission applied to the customer's item: "Only unworn items with tags can be exchanged,
    so a jumper that's been worn can't be swapped, sorry" to "He wore the jumper once - can I swap it?". The rule's
    qualifier is an "un-" word ("unworn", "unopened", "unused") whose base the customer's item is said to have
    ("worn"), the customer's message stating that condition ("he wore it") and not the qualifier; the item's other
    words are the customer's; the verb denied is the permitted one or the customer's own ("swap" for "exchange");
    and an evidence sentence not the customer's states the permission plainly (no denial), the qualifier and the
    verb with the thing's words. The first clause, the rule, is then judged on its own (``rest``); the reading
    only holds, never fails ("so a worn jumper can be swapped" is no such form and stays judged); else None."""
    if "only" not in claim.lower() or " so " not in claim:
        return None
    match = _ONLY_RE.match(claim.strip())
    if match is None:
        return None
    qualifiers = [w for w in match.group("a").split() if w.lower().startswith("un") and len(w) > 5]
    if len(qualifiers) != 1:
        return None
    qualifier = qualifiers[0].lower()
    base = qualifier[2:]
    item = [w for w in re.findall(r"[\w'’-]+", match.group("x")) if w.lower() not in _ITEM_FILLER]
    if base not in (w.lower() for w in item):
        return None
    question = word_stems(evidence.user_text)
    if stem(qualifier) in question or not _customer_states(base, question):
        return None
    # the item is the customer's ("jumper"): its words other than the condition are the question's or the rule's
    rule_words = word_stems(match.group("a"))
    if any(stem(w.lower()) not in question | rule_words for w in item if w.lower() != base):
        return None
    v1, v2 = stem(match.group("v1").lower()), stem(match.group("v2").lower())
    if v2 != v1 and v2 not in question:
        return None
    needed = content_stems(match.group("a")) | {v1}
    for source in evidence.sources:
        if source.user:
            continue
        for sentence in sentences_of(source.text):
            if needed <= word_stems(sentence) and not _DENIED_OR_RESTRICTED_RE.search(sentence):
                return Application("holds", source.label, sentence, match.group(0), match.group("rule"))
    return None


#: Where a claim turns from its rule to the rule's consequence for the customer: "so", ", which means", "; that
#: means", a dash.
_CONSEQUENCE_RE = re.compile(r",?\s+so\s+|,\s+which means\s+|;\s+that means\s+|\s+[-–—]\s+", re.IGNORECASE)
#: Where the consequence's clause ends and an aside begins ("..., though you can rent one for 3,00 $").
_CONSEQUENCE_END_RE = re.compile(r",\s+(?:though|although|but|and|unless|as|because)\s+|\s*[;:]\s+|\s+[-–—]\s+"
                                 r"|\s*\(|[.!?]\s+", re.IGNORECASE)
#: A rule that requires something inside its bound ("helmets are required for children under 10", "under-16s must
#: wear a vest"), not one that sets who may ("drivers must be at least 16"): inside its bound the thing is needed.
_REQUIRES_RE = re.compile(r"\b(?:required|compulsory|mandatory|obligatory)\b|\b(?:must|need(?:s)? to|ha(?:ve|s) to)"
                          r"\s+(?!be\b)\w", re.IGNORECASE)
#: A verdict that the customer's case is allowed (or, of a requirement, that the thing is needed).
_PERMITTED_RE = re.compile(r"\b(?:can|may|could|fine|ok|okay|old enough|allowed|welcome|eligible|qualif\w*|able to"
                         r"|within the limit|under the limit|good to go|open to (?:you|him|her|them))\b", re.IGNORECASE)
_NEEDED_RE = re.compile(r"\b(?:needs?|required|must|ha(?:ve|s) to|compulsory|mandatory|obligatory)\b", re.IGNORECASE)
#: A verdict word denied: "can't", "not required", "no need" ("no problem" is no denial).
_NEGATION_RE = re.compile(r"n['’]t\b|\b(?:not|cannot|never|optional)\b|\bno\b(?!\s+(?:problem|worries|issue|doubt))",
                          re.IGNORECASE)
#: A verdict that the case lies past the bound, with no permission word: "too young", "over the limit", "exceeds".
_PAST_BOUND_RE = re.compile(r"\btoo\s+(?:young|old|heavy|big|tall|short|small|large|many|few|long|much)\b"
                            r"|\b(?:over|above|past|beyond|outside)\s+the\s+(?:limit|maximum|max|cap)\b|\bexceed\w*"
                            r"|\bcannot\b", re.IGNORECASE)
#: Words of a verdict and of the customer's case that no evidence sentence need hold: the comparison's, the
#: consequence's common verbs ("join", "come", "ride"), apologies and the case's own ("at 11", "your 12-year-old").
_APPLIED_STEMS = content_stems(
    "can may could fine ok okay old enough allowed welcome eligible qualify qualifies able limit maximum minimum "
    "good go need needs needed required compulsory mandatory optional not no never too young old heavy big tall "
    "short small large many few long much over above past beyond outside exceed exceeds yet still just quite sorry "
    "afraid unfortunately join joins come attend enter enrol enroll register sign take part participate book ride "
    "use try do be wait wear bring year years year-old years-old age aged child kid son daughter person people "
    "group guest guests party one open problem worries")
#: "at 15": a bare figure after "at" that no clock word, colon or point follows, read as the customer's figure
#: only where the message gives it too.
_AT_AGE_RE = re.compile(r"\bat\s+(\d{1,3})\b(?![:.,]\d|\s*(?:[ap]\.?m\b|h\b|hs\b|hrs\b|o['’]clock|%))",
                        re.IGNORECASE)
#: Cheap pre-check: the consequence's turning words.
_CONSEQUENCE_KEYS = ("so ", "means", " - ", " – ", " — ")


def _consequence(claim: str) -> tuple[str, str, str] | None:
    """(the rule, the consequence clause, what follows it) of a claim turning from a rule to its consequence."""
    turn = _CONSEQUENCE_RE.search(claim)
    if turn is None:
        return None
    rule, after = claim[:turn.start()], claim[turn.end():]
    end = _CONSEQUENCE_END_RE.search(after)
    clause, tail = (after, "") if end is None else (after[:end.start()], after[end.end():])
    return rule, clause.strip(" .!"), tail.strip(" .!")


def _customer_figure(clause: str, bound: Bound, evidence: Evidence) -> float | None:
    """The customer's own figure the consequence applies the bound to: the one it names that the customer's message
    gives ("at 11", "a 12-year-old"), else the message's only figure of the bound's unit; None when there is no
    such figure, or two, or the clause names one the message does not give."""
    asked = evidence.once("rule_applications.asked_figures", lambda ev: quantities(ev.user_text))
    named = quantities(clause)
    if named:
        return next(iter(named)) if len(named) == 1 and set(named) <= set(asked) else None
    at_ages = {m.group(1) for m in _AT_AGE_RE.finditer(clause)}
    if at_ages:  # "at 11" of "my 11-year-old", or of "can I hire an e-bike at 15?" (written so: no clock time)
        given = {float(m.group(1)) for m in _AT_AGE_RE.finditer(evidence.user_text)} | set(asked)
        return float(next(iter(at_ages))) if len(at_ages) == 1 and float(next(iter(at_ages))) in given else None
    fitting = [value for value, unit in asked.items() if _of_unit(unit, bound.unit)]
    return fitting[0] if len(fitting) == 1 else None


def _of_unit(mine: str, bound: str) -> bool:
    """Is a figure of the customer's of the bound's unit? A bare bound ("ages 14 and up", "at least 16") bounds a
    bare figure or an age ("12-year-old"); a bound of people ("up to 8 guests") a bare count ("we're 9")."""
    if mine == bound or (not bound and mine in ("year", "yr")):
        return True
    return not mine and bound in ("people", "person", "guest", "player", "participant", "adult", "child", "kid")


def _polarity(clause: str, requires: bool) -> bool | None:
    """Does the consequence say the case is allowed (of a requirement: that the thing is needed)? The verdict word
    ("can", "fine", "required") denied or not, or a word of the far side ("too young", "over the limit"); None when
    it says neither, or when an eligibility's consequence speaks of a need ("he'd need to wait"): no verdict to
    compare ("so there's no charge" says nothing of being allowed)."""
    if requires != (_NEEDED_RE.search(clause) is not None):
        return None
    if requires or _PERMITTED_RE.search(clause) is not None:
        return _NEGATION_RE.search(clause) is None and _PAST_BOUND_RE.search(clause) is None
    return False if _PAST_BOUND_RE.search(clause) is not None else None


def _held_bound(bound: Bound, rule: str, evidence: Evidence) -> tuple[str, str] | None:
    """(source, sentence) of an evidence sentence (not the customer's) stating the rule's bound (its limit, side
    and unit) on the rule's subject: the sentence shares a word with the rule beyond the bound's, or its text
    shares :data:`~llmops_kit.grounding_context.CONTEXT_MIN` ("Ages 14 and up." closing an article on the beginner
    course)."""
    words = word_stems(rule) - word_stems(bound.text)
    for source in evidence.sources:
        if source.user:
            continue
        for sentence in sentences_of(source.text):
            if not any(b[:3] == bound[:3] for b in stated_bounds(sentence)):
                continue
            if words & word_stems(sentence) or len(words & _text_words(source.text)) >= CONTEXT_MIN:
                return source.label, sentence
    return None


@text_cache()
def _text_words(text: str) -> frozenset[str]:
    return word_stems(text)


def bound_application(claim: str, evidence: Evidence) -> Application | None:
    """A held bound on a figure applied to the customer's own figure after "so" (", which means", "; that means",
    a dash): "the beginner course is for ages 14 and up, so a 12-year-old can't join yet" to "Can my 12-year-old do
    the beginner course?". The rule states one bound ("ages 14 and up", "under 10", "up to 8 guests", "16 or
    older", "14+"; no length of time: those are :func:`applied_limit`'s and :func:`allowed_length`'s) that an
    evidence sentence on its subject states too; the consequence's clause names the customer's figure (or the
    message gives just one of the bound's unit) and a verdict with a polarity (allowed: "can", "is fine", "old
    enough"; not: "can't", "too young", "over the limit"; of a requirement, "required" / "not required"), its
    other words the question's, the rule's or the verdict's. The figure inside the bound (strict or inclusive as
    the words say) makes the case allowed, or, of a rule that requires something there, the thing needed: the
    application holds when the verdict says so and fails when it says the other; else None (no figure, two, no
    verdict, a bound the evidence does not hold). The rule and any aside after the consequence are judged on their
    own (``rest``)."""
    if not READ_BOUND_APPLICATIONS or not has_digit(claim) or not holds_any(claim.lower(), _CONSEQUENCE_KEYS):
        return None
    parts = _consequence(claim)
    if parts is None:
        return None
    rule, clause, tail = parts
    bounds = stated_bounds(rule)
    if len(bounds) != 1 or bounds[0].unit in DAYS_PER_UNIT or stated_bounds(clause):
        return None
    bound = bounds[0]
    requires = _REQUIRES_RE.search(rule) is not None
    said = _polarity(clause, requires)
    if said is None:
        return None
    figure = _customer_figure(clause, bound, evidence)
    if figure is None:
        return None
    if word_stems(clause) - word_stems(evidence.user_text) - word_stems(rule) - _APPLIED_STEMS:
        return None
    held = _held_bound(bound, rule, evidence)
    if held is None:
        return None
    source, sentence = held
    rest = "; ".join(part for part in (rule.strip(" ,"), tail) if part)
    return Application("holds" if said == (not bound.past(figure)) else "fails", source, sentence, clause, rest)
