"""A stated limit widened: the far side of a bound spoken of as if something were offered there, or a slot the
evidence restricts with "only" opened to all.

An evidence sentence that bounds a figure ("Boats up to 65 ft LOA", "Maximum 8 guests") says nothing of what lies
past the bound. An answer that speaks of the far side in a plain statement ("boats over 65 ft fuel on the outer face
of the dock by appointment") invents an arrangement, a way round the limit; its figure is the evidence's own, so the
figure checks hold it, and its words come from the same article.

:func:`far_side_claim`: a claim clause with "over / above / more than / longer than / ... N" where an evidence
sentence bounds N from above ("up to N", "maximum N", "no more than N", "limited to N", "N max"), and no sentence of
that source speaks of what lies above a figure at all ("larger vessels by appointment", "over", "extra", ...): the
claim is unsupported. A clause that says the far side is refused or past the limit is the evidence's reading and is
kept: a negation, "too", "limit", "only", "exceed", "sorry", "unfortunately", "afraid", "unable", "outside",
"beyond", "instead" ("No, boats over 65 ft can't come alongside"). A length of time after the figure is not read:
"more than 24 hours ahead" of "cancel up to 24 hours before" is the same side of a notice rule, worded the other way.
Only the upper bound is read: the mirror ("less than 7 days before" of "at least 7 days before") is how a notice
rule is applied to the customer's date, which answers do faithfully.

:func:`widened_restriction`: a claim clause opening a slot to all with a preposition before "any" ("from any shop",
"on any day") where an evidence sentence sharing a content word with the clause restricts the same preposition's
slot with "only" ("we alter pieces bought from us only", "on weekdays only"), and no evidence opens it ("for any
...", "from anywhere"). A clause with a negation or its own "only" is the evidence's reading.

:func:`narrowed_list`: the mirror of the reading above, a rule the claim narrows with "only" ("No, only cash or
cards", "only trailers need one", "the local rate is for citizens only") where an evidence sentence with no
restriction or negation of its own names one of the claim's restricted words in a list with another ("We accept
cash, cards and BLIK", "Vans and trailers need a permit", "citizens and PRs pay ..."), that other item being what the
customer asked about or what the answer goes on to speak of: the answer shuts out what the evidence lets in
(:data:`READ_NARROWED_LISTS`, the ``reversed49`` round).

The lists it reads hold items after a preposition ("Pay the driver by card or in cash"), and a sentence whose only
"only" sits in a parenthesis ("(Czech crowns only)") is open: the aside restricts what it names, not the list; a
figure or a one-letter unit is no item ("from 7:30 to 21:00 h and on Saturdays") (:data:`READ_ASIDE_LISTS`, the
``words54`` round). :func:`narrowed_universal` reads the same narrowing of a rule the evidence states of every one
of a thing: "an attendant travels on the morning trips only" against "a lady attendant travels on every trip"
(:data:`READ_NARROWED_UNIVERSALS`, the ``words54`` round).

:func:`waived_restriction`: a claim clause that says in so many words that a rule holds without its restriction
("takes electrical items whether or not they have been tested", "you can keep driving it as usual") where an
evidence sentence sharing two content words with the clause restricts it with "only" ("Electrical items are only
taken if they have passed a safety test", "you may only drive to the workshop"): the restriction waived
(:data:`READ_WAIVED_RESTRICTIONS`, the ``reversed49`` round). A clause with a negation is the evidence's reading.

:func:`crossed_bound` (the ``options49`` round, :data:`READ_CROSSED_BOUNDS`): the customer's own figure said to
meet a bound on the wrong side of it. "At 128 kg you're within the Canyon's limit, so the Canyon Jump is yours" to "I
weigh 128 kg" against "the Canyon maximum is 127 kg"; "you're 10 ..., so the group rate applies" to "we're 10"
against "groups of over 10 people". Every figure is held and every word is the article's, so only holding the
figure against the bound can object. A claim is read when it restates a figure of the customer's message (not a
clock time, date, amount or share), says it qualifies ("within", "applies", "qualify", "eligible", "is yours",
"you can", "goes free") with no negation or refusal, and a clause of a prose evidence sentence bounds a figure of
the same unit ("at most / up to / maximum (is) N", "under / less than N", "over / more than N", "at least /
minimum N", "N or more / or less") and shares a content word with the claim (its subject: "Canyon", "groupe"). A
bare figure ("you're 10") is of the bound's unit when that unit is bare or counts people. The claim is
contradicted when the figure lies on the far side: strict bounds ("over", "under") exclude their own figure.

:func:`affirmed_bound` (the ``limits56`` round, :data:`READ_AFFIRMED_BOUNDS`): the same fault in words
:func:`crossed_bound` does not read, clause by clause. "40 guests fit comfortably on the rooftop" to "about 40
guests" against "for up to 25 guests"; the claim's own bound set at the customer's figure, "Yes, up to 5 children"
to "Can one share take 5 children?" against "Up to 4 children in all", "runners from 15 may run the half marathon"
to "My son is 15" against "Half marathon runners must be 18 or over". A clause (split at commas, semicolons, colons
and "so") is read when it restates a figure of the customer's message, has no negation ("no problem" admits), and
admits it: one of :data:`_MEETS_RE`'s words, "fit", "can", "may", "allowed", "welcome", "fine", "ok", "no problem"
beside a figure with a unit (a bare figure may be a code's digits, "DE89 3704 0044 ..."), or its own "up to N" /
"from N" at the customer's figure that no evidence bound states (a restated "up to 2,000 sq ft" is the evidence's
own). The bound is read as :func:`crossed_bound` reads it, a "N-year-old" of a bare bound on age ("16 or older"),
and a band with a unit ("for 1 to 3 months") the figure lies outside of, when it lies in no band of that sentence.
It reads first-met misses on three authors' sets; a healthy clause that restates the figure within the bound, says
it does not fit, or restates the evidence's bound is left alone.

:func:`stated_bounds` and :func:`quantities` give the bound reader and the customer's figures to
:func:`llmops_kit.rule_applications.bound_application` (a bound applied after "so": "for ages 14 and up, so a
12-year-old can't join yet").

A claim's "only" is the evidence's own, not a narrowing (:data:`READ_HELD_RESTRICTIONS`, the ``limits55`` round), when
an evidence clause restricts the same words with "only" ("the kiosks take cards and contactless only" of "The locker
kiosks take bank cards and contactless phone payments only"), when the items it shuts out are restricted by an "only"
of their own ("Only at Skøyen" of "Ryen, Storo and Skøyen" where "Ryen and Storo have 50 kW chargers only"), or when
the listing source refuses what the customer asked about with all others ("No, forints only" to "Do you accept
euros?" of "We do not take euros or other currencies").

Read by :func:`llmops_kit.claim_meaning.meaning_gap` (claims with figures too); switched off by
:data:`READ_LIMIT_SIDES`, :data:`READ_NARROWED_LISTS`, :data:`READ_WAIVED_RESTRICTIONS` and
:data:`READ_CROSSED_BOUNDS` in the claim-decision fit. Nothing here looks at the answer's length, style or position.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .evidence import Evidence
from .text import STOPWORDS, content_stems, stem
from .text.char_scans import has_digit, holds_any
from .text.split import sentences_of
from .text.tokens import singular_noun
from .textcache import text_cache

__all__ = ["READ_AFFIRMED_BOUNDS", "READ_ASIDE_LISTS", "READ_CROSSED_BOUNDS", "READ_HELD_RESTRICTIONS",
           "READ_LIMIT_SIDES", "READ_NARROWED_LISTS", "READ_NARROWED_UNIVERSALS", "READ_WAIVED_RESTRICTIONS", "Bound",
           "affirmed_bound", "crossed_bound", "far_side_claim", "narrowed_list", "narrowed_universal", "quantities",
           "stated_bounds", "waived_restriction", "widened_restriction"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_LIMIT_SIDES = True
#: Read the customer's figure said to meet a bound it crosses (:func:`crossed_bound`); off in the fit.
READ_CROSSED_BOUNDS = True
#: Read the customer's figure admitted past a bound in other words than :func:`crossed_bound` reads ("40 guests fit",
#: the claim's own "up to 5 children"), :func:`affirmed_bound` (the ``limits56`` round); off in the fit.
READ_AFFIRMED_BOUNDS = True
#: Read a rule narrowed with "only" against an evidence list naming another item (:func:`narrowed_list`, the
#: ``reversed49`` round); off while the claim decision is fitted.
READ_NARROWED_LISTS = True
#: Read a list whose items follow a preposition ("by card or in cash") and a sentence restricting only inside a
#: parenthesis ("(Czech crowns only)") as an open list for :func:`narrowed_list` (the ``words54`` round); off in
#: the fit.
READ_ASIDE_LISTS = True
#: Read a rule narrowed with "only" to a kind of a thing the evidence says it holds for every one of
#: (:func:`narrowed_universal`, the ``words54`` round); off while the claim decision is fitted.
READ_NARROWED_UNIVERSALS = True
#: Read a restriction waived in so many words ("whether or not", "as usual") against an evidence sentence restricting
#: the same rule with "only" (:func:`waived_restriction`, the ``reversed49`` round); off while the claim decision is
#: fitted.
READ_WAIVED_RESTRICTIONS = True
#: Read a claim's "only" as the evidence's own restriction, not a narrowing of a list (:func:`narrowed_list`): see the
#: module docstring (the ``limits55`` round); off while the claim decision is fitted.
READ_HELD_RESTRICTIONS = True

_NUM = r"[$£€]?\s?(\d+(?:[.,]\d+)?)"
#: The claim speaks of what lies above N.
_ABOVE_RE = re.compile(r"\b(?:over|above|more than|longer than|bigger than|larger than|heavier than|wider than"
                       r"|taller than|greater than|older than|exceeding|in excess of)\s+" + _NUM, re.IGNORECASE)
#: Lower-case keys one of which a text holds whenever :data:`_ABOVE_RE` matches it.
_SIDE_KEYS = ("over", "above", "than", "exceeding", "excess")
#: A length of time after the figure: a notice or a cancellation window ("more than 24 hours ahead"), whose "up to
#: N hours before" in the evidence bounds the same side the claim speaks of; not read.
_TIME_AFTER_RE = re.compile(r"\s*(?:working |business |calendar |clear )?(?:minute|min|hour|hr|h\b|day|week|month"
                            r"|year)", re.IGNORECASE)
#: An evidence bound of N from above ("up to N", "maximum N", "N max").
_UPPER_RE = re.compile(r"\b(?:up to|max(?:imum)?(?: of)?|no more than|not more than|at most|limit(?:ed)? (?:of|to)"
                       r"|no (?:longer|bigger|larger|heavier|wider|taller) than)\s+" + _NUM
                       + r"|" + _NUM + r"\s*(?:[a-z]+\s+)?(?:max(?:imum)?\b|or (?:less|under|fewer|smaller|shorter)\b)",
                       re.IGNORECASE)
#: Words by which an evidence sentence speaks of the far side of a bound (then the evidence says what happens there).
_FAR_ABOVE_RE = re.compile(r"\b(?:over|above|more than|longer|bigger|larger|heavier|wider|taller|greater|older"
                           r"|exceed\w*|in excess|beyond|extra|additional|excess)\b", re.IGNORECASE)
#: A clause that refuses the far side or says it is past the limit: the evidence's own reading.
_REFUSED_RE = re.compile(r"n['’]t\b|\b(?:not|no|never|cannot|too|limit|limits|limited|only|exceed\w*|sorry"
                         r"|unfortunately|afraid|unable|outside|beyond|instead|maximum|max)\b", re.IGNORECASE)
#: Where a claim divides into statements.
_CLAUSE_RE = re.compile(r"\s*[;:]\s*|,\s+|\s+[-–—]\s+|\s+(?:but|though|although|whereas)\s+", re.IGNORECASE)


def _number(text: str) -> str:
    return text.replace(",", ".").rstrip("0").rstrip(".") if "." in text or "," in text else text


@text_cache(maxsize=2048)
def _bounds(text: str) -> tuple[dict[str, str], bool]:
    """A source's figures bounded from above, each with its sentence, and whether any of its sentences speaks of
    what lies above a figure at all (cached per source text: articles recur)."""
    upper: dict[str, str] = {}
    far_above = False
    for sentence in sentences_of(text):
        for match in _UPPER_RE.finditer(sentence):
            upper.update((_number(g), sentence) for g in match.groups() if g)
        far_above = far_above or bool(_FAR_ABOVE_RE.search(sentence))
    return upper, far_above


def far_side_claim(claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """The claim's first clause stating the far side of a bound the evidence puts on its figure, with nothing in
    that source about the far side, as (clause, the bounding evidence sentence), or None."""
    if not READ_LIMIT_SIDES or not has_digit(claim):
        return None
    lowered = claim.lower()
    if not holds_any(lowered, _SIDE_KEYS):
        return None
    for clause in _CLAUSE_RE.split(claim):
        if not clause:
            continue
        above = {_number(m.group(1)) for m in _ABOVE_RE.finditer(clause)
                 if not _TIME_AFTER_RE.match(clause, m.end())}
        if not above or _REFUSED_RE.search(clause):
            continue
        for source in evidence.sources:
            if not source.prose or source.user:
                continue
            upper, far_above = _bounds(source.text)
            held = [upper[n] for n in above if n in upper and not far_above]
            if held:
                return clause.strip(), held[0]
    return None


#: A slot a claim opens to all: a preposition before "any" ("from any shop", "on any day", "for anyone").
_OPENED_RE = re.compile(r"\b(for|to|in|on|at|with|from|by)\s+any(?:one|body|thing|where)?\b", re.IGNORECASE)
#: A clause that denies: a negation ("we don't alter clothes from any other shop" is the evidence's reading).
_DENIED_RE = re.compile(r"n['’]t\b|\b(?:not|no|never|cannot|nor|only)\b", re.IGNORECASE)


@text_cache(maxsize=2048)
def _restricted(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """A source's sentences restricting a slot with "only" after or before its preposition ("bought from us only",
    "only on weekdays", "for members only"), as (preposition, sentence, content stems); cached per source text."""
    found = []
    for sentence in sentences_of(text):
        lowered = sentence.lower()
        if "only" not in lowered:
            continue
        for prep in ("for", "to", "in", "on", "at", "with", "from", "by"):
            if re.search(r"\b" + prep + r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+only\b|\bonly\s+" + prep + r"\b",
                         lowered):
                found.append((prep, sentence, content_stems(sentence)))
    return tuple(found)


def _opens_too(text: str, prep: str) -> bool:
    """Does the source itself open the slot ("for any show", "from anywhere")?"""
    return re.search(r"\b" + prep + r"\s+(?:any|every|all)\w*\b", text, re.IGNORECASE) is not None


def widened_restriction(claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """The claim's first clause opening to all ("from any shop") a slot an evidence sentence on the same subject
    restricts with "only" ("we alter pieces bought from us only"), the evidence opening it nowhere, as (clause,
    the restricting sentence), or None."""
    if not READ_LIMIT_SIDES or "any" not in claim.lower():
        return None
    for clause in _CLAUSE_RE.split(claim):
        if not clause or _DENIED_RE.search(clause):
            continue
        for match in _OPENED_RE.finditer(clause):
            prep = match.group(1).lower()
            stems = content_stems(clause)
            prose = [source for source in evidence.sources if source.prose and not source.user]
            for source in prose:
                for found_prep, sentence, held in _restricted(source.text):
                    if found_prep == prep and not stems.isdisjoint(held) and not any(
                            _opens_too(other.text, prep) for other in prose):
                        return clause.strip(), sentence
    return None


#: A bound on a figure with its unit, by side: group ``lo``/``lox`` (at least / over), ``hi``/``hix`` (at most /
#: under), each followed by the figure and the word after it ("127 kg", "10 people", "48-hour").
_BOUND_NUM = r"(\d+(?:[.,]\d+)?)(?:[\s-]([a-z]+))?"
_BOUND_RE = re.compile(r"\b(?:(?P<lox>over|more than|above|greater than|older than)"
                       r"|(?P<lo>at least|minimum(?: of| is)?|min\.?|no (?:less|fewer) than)"
                       r"|(?P<hi>at most|up to|maximum(?: of| is)?|max\.?|no more than|not more than)"
                       r"|(?P<hix>under|less than|below|fewer than|younger than))\s+" + _BOUND_NUM
                       + r"|(?<![\d.,])" + _BOUND_NUM + r"\s+(?P<post>or (?:more|over|older)"
                       r"|or (?:less|under|fewer|younger)|and (?:over|above|up))\b", re.IGNORECASE)
#: Cheap pre-check of :data:`_BOUND_RE` (lower-case keys).
_BOUND_KEYS = ("over", "more", "above", "than", "least", "min", "most", "up to", "max", "under", "below", "or ")
#: A length of time counted back from an event after a bound ("up to 7 days before arrival", "at least 48 hours
#: ahead"): a notice rule, whose far side is the near one.
_NOTICE_AFTER_RE = re.compile(r"['’]?\s*(?:[a-z]+\s+){0,2}?(?:before|ahead|prior|in advance|notice|beforehand|earlier)"
                              r"\b", re.IGNORECASE)
#: A band of figures with its unit ("30-59 minutes", "10 to 15 kg").
_BAND_RE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:-|–|to)\s*(\d+(?:[.,]\d+)?)(?:[\s-]([a-z]+))?",
                      re.IGNORECASE)
#: The claim says the customer's case qualifies.
_MEETS_RE = re.compile(r"\b(?:within|applies|apply|qualif\w*|eligible|entitled|is yours|are yours|you can|you may"
                       r"|go(?:es)? free|you get)\b", re.IGNORECASE)
#: Lower-case keys one of which an ASCII claim holds whenever :data:`_MEETS_RE` matches it (only ASCII: the case-blind
#: pattern reads the long "ſ" as "s", which lower-casing does not).
_MEETS_KEYS = ("within", "appl", "qualif", "eligible", "entitled", "is yours", "are yours", "you can", "you may",
               "go free", "goes free", "you get")


def _may_meet(claim: str) -> bool:
    """Can :data:`_MEETS_RE` match the claim? An ASCII claim without one of :data:`_MEETS_KEYS` cannot (a
    substring test, far cheaper than the case-blind search on every claim with a digit); any other may."""
    return not claim.isascii() or holds_any(claim.lower(), _MEETS_KEYS)


#: A claim that negates, refuses or says the case is past a limit reads the bound's far side itself.
_NEGATED_RE = re.compile(r"n['’]t\b|\b(?:not|no|never|cannot|too|sorry|afraid|unfortunately|unable|exceed\w*"
                         r"|outside|beyond|over the|above the|short|yet|only if|unless|need|needs|instead|except)\b",
                         re.IGNORECASE)
#: A figure the customer states, with the word after it ("128 kg", "10 and").
_FIGURE_RE = re.compile(r"(?<![\d.,/:$£€¥₹₩฿#-])(\d+(?:[.,]\d+)?)(?![\d/%:]|[.,]\d)(?:[\s-]([A-Za-z]+))?")
#: What may stand before a bare figure that is no quantity of the customer's: a clock time ("at 18", "by 6").
_TIME_BEFORE_RE = re.compile(r"\b(?:at|by|from|until|till|before|after)\s*$", re.IGNORECASE)
#: A month's or weekday's name before a figure: a date ("Mar 13", "Sat 13").
_DATE_BEFORE_RE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat"
                             r"|sun)[a-z]*\.?,?\s*$", re.IGNORECASE)
#: Words after a figure that make it a clock time, an ordinal date or a share: no quantity of the customer's.
_NOT_UNITS = frozenset(("am", "pm", "h", "hs", "hrs", "o", "st", "nd", "rd", "th", "percent"))
#: Small words after a figure that are no unit: the figure is bare ("we're 10 and booking ...").
_BARE_WORDS = frozenset(("and", "or", "so", "is", "are", "the", "a", "of", "to", "in", "on", "at", "for", "with", "but",
                         "we", "you", "it", "this", "that", "now", "today", "if", "as", "by", "then", "which"))
#: A currency code after a figure ("1,500 THB").
_CODE_AFTER_RE = re.compile(r"[A-Z]{3}\b")
#: The clauses of an evidence sentence a bound is read in: each bounds its own subject ("... max 127 kg; the Rapid
#: ...").
_SEMICOLON_RE = re.compile(r"\s*;\s*")
#: Units that count people: a bare count ("we're 10") is of their kind.
_PEOPLE_UNITS = frozenset(("people", "person", "persons", "guest", "guests", "player", "players", "participant",
                           "participants", "member", "members", "adult", "adults", "pax", "head", "heads"))
#: Clause words that say nothing of the bound's subject.
_LIGHT_STEMS = content_stems("people person per each every any all must can only may more less least most over "
                             "under maximum minimum limit")


def _unit(word: str | None) -> str:
    """A figure's unit word, singular and lower-case; "" for a bare figure (no word, or a small word after it)."""
    if not word:
        return ""
    return "" if word.lower() in _BARE_WORDS else singular_noun(word)


def _same_unit(mine: str, bound: str) -> bool:
    """Is the customer's figure of the bound's unit (a bare count of a bound on people, or on a bare figure)?"""
    if mine == bound:
        return True
    return not mine and (bound + "s" in _PEOPLE_UNITS or bound in _PEOPLE_UNITS)


def quantities(text: str) -> dict[float, str]:
    """The figures a text states as quantities, with their unit ("" for a bare figure): no clock time, date,
    amount or share (the figures a customer's own case is given in: "I weigh 128 kg", "we're 9", "my
    12-year-old")."""
    found: dict[float, str] = {}
    for m in _FIGURE_RE.finditer(text):
        word, before = m.group(2), text[:m.start()]
        if (word and word.lower() in _NOT_UNITS) or _DATE_BEFORE_RE.search(before) or _priced(text, m):
            continue
        unit = _unit(word)
        if not unit and _TIME_BEFORE_RE.search(before):
            continue
        found.setdefault(float(m.group(1).replace(",", ".")), unit)
    return found


def _priced(text: str, figure: re.Match[str]) -> bool:
    """Is the figure an amount of money: a currency sign just before or after it, or a code after it?"""
    before, after = text[:figure.start()].rstrip(), text[figure.end(1):].lstrip()
    return bool((before and unicodedata.category(before[-1]) == "Sc")
                or (after and unicodedata.category(after[0]) == "Sc") or _CODE_AFTER_RE.match(after))


def _customer_figures(claim: str, evidence: Evidence) -> dict[float, str]:
    """The figures the claim restates from the customer's message, with their unit (the claim's, else the
    message's)."""
    asked = evidence.once("limit_sides.asked", _asked_quantities)
    claimed = quantities(claim) if asked else {}  # a message stating no quantity has none to restate
    return {value: unit or asked[value] for value, unit in claimed.items() if value in asked}


def _asked_quantities(evidence: Evidence) -> dict[float, str]:
    """The quantities of the customer's message (read once per request, not once per claim)."""
    return quantities(evidence.user_text)


def _crossed(value: float, bound: re.Match[str]) -> tuple[bool, str]:
    """(whether the figure lies past the bound, the bound's unit): a strict bound excludes its own figure."""
    read = _read_bound(bound)
    return read.past(value), read.unit


def _read_bound(bound: re.Match[str]) -> Bound:
    """A match of :data:`_BOUND_RE` as a :class:`Bound`."""
    figure, word = (bound.group(5), bound.group(6)) if bound.group(5) else (bound.group(7), bound.group(8))
    side = next((k for k in ("lox", "lo", "hi", "hix") if bound.group(k)), None)
    if side is None:
        post = bound.group("post").lower()
        side = "lo" if post.endswith(("more", "over", "older", "above", "up")) else "hi"
    return Bound(float(figure.replace(",", ".")), side, _unit(word), bound.group(0))


class Bound(NamedTuple):
    """A bound a text puts on a figure: its limit, its side ("lo" at least, "lox" over, "hi" at most, "hix"
    under: the strict sides exclude the limit itself), the unit after it ("" for a bare figure) and its words."""

    limit: float
    side: str
    unit: str
    text: str

    def past(self, value: float) -> bool:
        """Does ``value`` lie on the far side of the bound?"""
        return {"lox": value <= self.limit, "lo": value < self.limit, "hi": value > self.limit,
                "hix": value >= self.limit}[self.side]


#: Bounds :data:`_BOUND_RE` does not read, written the way age groups are: "3 and older", "14+", "under-10s".
_AGE_BOUND_RE = re.compile(r"(?<![\d.,])(?P<lo>\d{1,3})\s+and\s+older\b|(?<![\d.,])(?P<plus>\d{1,3})\+(?!\d)"
                           r"|\bunder-(?P<hix>\d{1,3})s?\b", re.IGNORECASE)


@text_cache()
def stated_bounds(text: str) -> tuple[Bound, ...]:
    """The bounds a text puts on a figure ("ages 14 and up", "up to 8 guests", "under 10", "16 or older", "14+"),
    a notice rule's left out ("up to 24 hours before" bounds how early, not a figure of the customer's)."""
    if not has_digit(text):
        return ()
    found = [_read_bound(b) for b in _BOUND_RE.finditer(text) if not _NOTICE_AFTER_RE.match(text, b.end())]
    for m in _AGE_BOUND_RE.finditer(text):
        side = "hix" if m.group("hix") else "lo"
        found.append(Bound(float(m.group("lo") or m.group("plus") or m.group("hix")), side, "", m.group(0)))
    return tuple(found)


def _tiered(value: float, unit: str, clause: str) -> bool:
    """Does the clause also give a band of that unit the figure falls in ("for 30-59 minutes ..., for 120
    minutes or more ...")? Then it lists tiers, and the figure's tier is another than the crossed one."""
    for band in _BAND_RE.finditer(clause):
        low, high = (float(band.group(n).replace(",", ".")) for n in (1, 2))
        if low <= value <= high and _same_unit(unit, _unit(band.group(3))):
            return True
    return False


@text_cache(maxsize=2048)
def _bounding_clauses(text: str) -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    """A source's clauses (split at semicolons) that put a bound on a figure, each with its bounds other than a
    notice rule's (cached per source text: read once, not once per claim of every request)."""
    if not holds_any(text.lower(), _BOUND_KEYS):
        return ()
    found = []
    for sentence in sentences_of(text):
        for clause in _SEMICOLON_RE.split(sentence):
            bounds = tuple(b for b in _BOUND_RE.finditer(clause) if not _NOTICE_AFTER_RE.match(clause, b.end()))
            if bounds:
                found.append((clause, bounds))
    return tuple(found)


def crossed_bound(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the bounding clause, the bound) when the claim says the customer's own figure meets a bound it
    lies past (see the module docstring), else None."""
    if not READ_CROSSED_BOUNDS or not has_digit(claim) or not _may_meet(claim) or _MEETS_RE.search(claim) is None:
        return None
    if _NEGATED_RE.search(claim):
        return None
    figures = _customer_figures(claim, evidence)
    if not figures:
        return None
    stems = content_stems(claim) - _LIGHT_STEMS
    for source in evidence.sources:
        if not source.prose or source.user:
            continue
        for clause, bounds in _bounding_clauses(source.text):
            for bound in bounds:
                for value, unit in figures.items():
                    past, bound_unit = _crossed(value, bound)
                    if not past or not _same_unit(unit, bound_unit) or _tiered(value, unit, clause):
                        continue
                    subject = content_stems(clause) - _LIGHT_STEMS - content_stems(bound.group(0))
                    if subject & stems:
                        return source.label, clause, bound.group(0)
    return None


#: The clauses of a claim :func:`affirmed_bound` reads one by one: each affirms or denies on its own ("at R$ 90,00
#: with no caução it's the cheaper one, and 40 guests fit comfortably on the rooftop").
_AFFIRMED_CLAUSE_RE = re.compile(r"\s*[;:]\s*|,\s+(?:(?:and|but|so)\s+)?|\s+so\s+")
#: Words that say the customer's figure is admitted, beside :data:`_MEETS_RE`'s ("40 guests fit", "runners from 15
#: may run", "8 weeks is no problem").
_AFFIRMS_RE = re.compile(r"\b(?:fits?|can|may|allowed|welcome|fine|ok|okay|no problem)\b", re.IGNORECASE)
#: Lower-case keys one of which an ASCII clause holds whenever :data:`_AFFIRMS_RE` or :data:`_OWN_BOUND_RE` matches.
_AFFIRMS_KEYS = ("fit", "can", "may", "allowed", "welcome", "fine", "ok", "no problem", "up to", "from")
#: The claim's own bound on a figure: "up to 5 children", "runners from 15".
_OWN_BOUND_RE = re.compile(r"\b(?:up to|from)\s+(\d+(?:[.,]\d+)?)(?:[\s-]([a-z]+))?", re.IGNORECASE)
#: :data:`_NEGATED_RE` less the "no" of "no problem", which admits.
_AFFIRMED_NEGATED_RE = re.compile(_NEGATED_RE.pattern.replace(r"\b(?:not|no|", r"\b(?:not|no(?! problem)|", 1),
                                  re.IGNORECASE)
#: Words after a figure that are a verb, no unit ("from 15 may run", "40 fit").
_VERB_WORDS = frozenset(("may", "can", "fit", "fits", "must", "will"))
#: Words that make a bare bound one on age ("16 or older", "aged 12"), of a customer's "14-year-old".
_AGE_WORDS_RE = re.compile(r"\b(?:older|younger|age[sd]?|years?)\b", re.IGNORECASE)


def _of_unit(mine: str, bound: str, words: str) -> bool:
    """Is the customer's figure of the bound's unit: :func:`_same_unit`, or a "N-year-old" against a bare bound on
    age ("16 or older")?"""
    return _same_unit(mine, bound) or (mine == "year" and not bound and _AGE_WORDS_RE.search(words) is not None)


def _held_bound(value: float, unit: str, evidence: Evidence) -> bool:
    """Does an evidence source state a bound at ``value`` of that unit (the claim's "up to 2,000 sq ft" is the
    evidence's own)?"""
    return any(bound.limit == value and (not unit or not bound.unit or bound.unit == unit)
               for source in evidence.sources for bound in stated_bounds(source.text))


def _affirmed_figures(clause: str, asked: dict[float, str], evidence: Evidence) -> dict[float, str]:
    """The customer's figures a claim clause admits, with their unit, when the clause affirms: an admitting word
    (:data:`_MEETS_RE`, :data:`_AFFIRMS_RE`) beside a figure with a unit ("40 guests"), or its own bound at the
    figure, bare or not, that no evidence states ("up to 5 children", "from 15")."""
    figures: dict[float, str] = {}
    for value, unit in quantities(clause).items():
        unit = ("" if unit in _VERB_WORDS else unit) or asked.get(value, "")
        if value in asked and unit:  # a bare figure (a code's digits, "DE89 3704 ...") is read only as a bound
            figures[value] = unit
    own = False
    for m in _OWN_BOUND_RE.finditer(clause):
        value = float(m.group(1).replace(",", "."))
        if value not in asked:
            continue
        unit = _unit(m.group(2))
        unit = ("" if unit in _VERB_WORDS else unit) or asked[value]
        if _held_bound(value, unit, evidence):  # the evidence's own bound, restated
            figures.pop(value, None)
            continue
        figures.setdefault(value, unit)
        own = True
    if figures and (own or _MEETS_RE.search(clause) or _AFFIRMS_RE.search(clause)):
        return figures
    return {}


def _outside_band(value: float, unit: str, sentence: str) -> re.Match[str] | None:
    """A band of the figure's unit in the sentence ("1 to 3 months") it lies outside of, when it lies in none."""
    found = None
    for band in _BAND_RE.finditer(sentence):
        if not unit or _unit(band.group(3)) != unit:
            continue
        low, high = (float(band.group(n).replace(",", ".")) for n in (1, 2))
        if low <= value <= high:
            return None
        found = found or band
    return found


def affirmed_bound(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the bounding clause, the bound) when a clause of the claim admits the customer's own figure past a
    bound an evidence clause on the same subject holds, in words :func:`crossed_bound` does not read (see the
    module docstring), else None."""
    if not READ_AFFIRMED_BOUNDS or not has_digit(claim) or (claim.isascii()
                                                            and not holds_any(claim.lower(), _AFFIRMS_KEYS)):
        return None
    asked = evidence.once("limit_sides.asked", _asked_quantities)
    if not asked:
        return None
    # the subject is words: a figure's digits ("9" of "DE89") name nothing
    stems = frozenset(s for s in content_stems(claim) - _LIGHT_STEMS if not s[0].isdigit())
    for part in _AFFIRMED_CLAUSE_RE.split(claim):
        if not part or not has_digit(part) or _AFFIRMED_NEGATED_RE.search(part):
            continue
        figures = _affirmed_figures(part, asked, evidence)
        if figures:
            found = _bound_crossed(figures, stems, evidence)
            if found is not None:
                return found
    return None


def _bound_crossed(figures: dict[float, str], stems: frozenset[str],
                   evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, clause, bound) of a prose evidence bound (or band with a unit) on the claim's subject that one of
    the figures lies past."""
    for source in evidence.sources:
        if not source.prose or source.user:
            continue
        for clause, bounds in _bounding_clauses(source.text):
            for bound in bounds:
                for value, unit in figures.items():
                    past, bound_unit = _crossed(value, bound)
                    if (not past or not _of_unit(unit, bound_unit, bound.group(0) + " " + clause)
                            or _tiered(value, unit, clause)):
                        continue
                    if (content_stems(clause) - _LIGHT_STEMS - content_stems(bound.group(0))) & stems:
                        return source.label, clause, bound.group(0)
        if not holds_any(source.text, ("-", "–", " to ")):
            continue
        for sentence in sentences_of(source.text):
            for value, unit in figures.items():
                band = _outside_band(value, unit, sentence)
                if band is not None and (content_stems(sentence) - _LIGHT_STEMS - content_stems(band.group(0))) & stems:
                    return source.label, sentence, band.group(0)
    return None


#: What a claim's "only" restricts: the words after it to the end of the clause ("only cash or cards"), or the few
#: words before it when it closes the clause ("for citizens only").
_ONLY_AFTER_RE = re.compile(r"\bonly\s+((?:[\w'’-]+[\s,]*){1,5})", re.IGNORECASE)
_ONLY_CLOSING_RE = re.compile(r"((?:[\w'’-]+\s+){1,3})only\s*[.!?]?$", re.IGNORECASE)
#: A list in an evidence sentence: words joined by commas and a last "and" / "or" ("cash, cards and BLIK").
_LIST_HEAD = r"\b[\w'’-]+(?:\s*,\s*[\w'’-]+)*,?\s+(?:and|or)\s+"
_LIST_RE = re.compile(_LIST_HEAD + r"[\w'’-]+", re.IGNORECASE)
#: The prepositions that may lead a list's items ("by card or in cash"), in both patterns below.
_PREPOSITIONS = r"(?:in|by|with|via|on|at|through|using)"
#: The same list, its item after "and" / "or" led by a preposition ("by card or in cash": card, cash).
_PREPOSED_LIST_RE = re.compile(_LIST_HEAD + rf"(?:{_PREPOSITIONS}\s+)?[\w'’-]+", re.IGNORECASE)
_PREPOSITION_RE = re.compile(rf"^{_PREPOSITIONS}\s+", re.IGNORECASE)
#: A parenthesis: an aside whose own "only" ("(Czech crowns only)") restricts what it names, not the sentence's list.
_ASIDE_RE = re.compile(r"\([^()]*\)")
_LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
#: A word of a list or of what "only" restricts, with its apostrophes and hyphens ("PRs", "e-bikes").
_ITEM_WORD_RE = re.compile(r"[\w'’-]+")
#: The clauses of a claim one "only" restricts in: a comma ends one too ("No, only cash or cards").
_LIST_CLAUSE_RE = re.compile(r"\s*[;:]\s*|,\s+")
#: A sentence restricting or denying of its own: its list is no permission the claim could narrow.
_SHUT_RE = re.compile(r"n['’]t\b|\b(?:not|no|never|cannot|nor|only|except|unless|without)\b", re.IGNORECASE)


def _item_stem(word: str) -> str:
    """A list item's stem, an acronym's plural read as the acronym ("PRs" is "PR")."""
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper():
        word = word[:-1]
    return stem(word.lower())


def _restricted_words(clause: str) -> frozenset[str]:
    """The stems a clause's "only" restricts (see :data:`_ONLY_AFTER_RE`), none when it restricts nothing."""
    closing = _ONLY_CLOSING_RE.search(clause)
    found = closing or _ONLY_AFTER_RE.search(clause)
    if found is None:
        return frozenset()
    return frozenset(_item_stem(w) for w in _ITEM_WORD_RE.findall(found.group(1))) - STOPWORDS


@text_cache(maxsize=2048)
def _open_lists(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """A source's lists (the stems of their items, stopwords left out) in sentences that restrict or deny nothing,
    each with its sentence; cached per source text."""
    found = []
    lists = _PREPOSED_LIST_RE if READ_ASIDE_LISTS else _LIST_RE
    for sentence in sentences_of(text):
        read = _ASIDE_RE.sub(" ", sentence) if READ_ASIDE_LISTS else sentence
        if _SHUT_RE.search(read):
            continue
        for match in lists.finditer(read):
            items = frozenset(_item_stem(_PREPOSITION_RE.sub("", w)) for w in _LIST_SPLIT_RE.split(match.group(0))
                              if w) - STOPWORDS
            if READ_ASIDE_LISTS:  # a unit or a figure is no item ("from 7:30 to 21:00 h and on Saturdays")
                items = frozenset(w for w in items if len(w) > 1 and not has_digit(w))
            if len(items) >= 2:
                found.append((items, sentence))
    return tuple(found)


def narrowed_list(claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """The claim's first clause restricting with "only" what an open evidence list names with another item the
    customer asked about or the claim speaks of ("only cash or cards" of "We accept cash, cards and BLIK" when BLIK
    was asked about), as (clause, the listing sentence), or None."""
    if not READ_NARROWED_LISTS or "only" not in claim.lower():
        return None
    at_stake = evidence.user_stems | frozenset(_item_stem(w) for w in _ITEM_WORD_RE.findall(claim))
    for clause in _LIST_CLAUSE_RE.split(claim):
        restricted = _restricted_words(clause)
        if not restricted or (READ_HELD_RESTRICTIONS and _restriction_held(clause, restricted, evidence)):
            continue
        for source in evidence.sources:
            if not source.prose or source.user:
                continue
            if READ_HELD_RESTRICTIONS and _refuses_asked(source.text, evidence.user_stems):
                continue
            for items, sentence in _open_lists(source.text):
                others = items - restricted
                shut = others & (at_stake - restricted)
                if items & restricted and shut and not (READ_HELD_RESTRICTIONS
                                                        and _restricted_apart(shut, restricted, evidence)):
                    return clause.strip(), sentence
    return None


#: An evidence clause's pieces for :func:`_restriction_held`: cut at semicolons, colons and commas, as a claim's are.
_EVIDENCE_CLAUSE_RE = re.compile(r"\s*[;:]\s*|,\s+|(?<=[.!?])\s+")
#: A refusal of all others: a negation with "other" or "else" ("We do not take euros or other currencies", "nothing
#: else is accepted").
_OTHERS_RE = re.compile(r"\b(?:others?|else)\b", re.IGNORECASE)
_NEGATION_RE = re.compile(r"n['’]t\b|\b(?:not|no|never|cannot|nothing|none)\b", re.IGNORECASE)
#: The refusal's own words, which name nothing the customer asked about.
_OTHER_STEMS = content_stems("other others else any anything nothing")


@text_cache(maxsize=2048)
def _source_only_pieces(text: str) -> tuple[frozenset[str], ...]:
    """The words of each clause of a source (asides left out) that restricts with "only"; cached per source text."""
    if "only" not in text.lower():
        return ()
    return tuple(frozenset(_item_stem(w) for w in _ITEM_WORD_RE.findall(piece)) | content_stems(piece)
                 for sentence in sentences_of(text) for piece in _EVIDENCE_CLAUSE_RE.split(_ASIDE_RE.sub(" ", sentence))
                 if "only" in piece.lower() and _ONLY_WORD_RE.search(piece))


def _only_pieces(evidence: Evidence) -> list[frozenset[str]]:
    """The words of each evidence clause that restricts with "only", of the articles and prompts."""
    return [held for source in evidence.sources if source.prose and not source.user
            for held in _source_only_pieces(source.text)]


def _restriction_held(clause: str, restricted: frozenset[str], evidence: Evidence) -> bool:
    """Does an evidence clause (not an aside) restricting with "only" hold every word the claim clause's "only"
    restricts, and the clause's other content words (its subject and verb, "kiosks take") too? The claim then states
    the evidence's restriction, whatever lists other sentences hold."""
    rest = content_stems(clause) - restricted - {stem("only")}
    return any(restricted <= held and rest <= held for held in _only_pieces(evidence))


def _restricted_apart(shut: frozenset[str], restricted: frozenset[str], evidence: Evidence) -> bool:
    """Are the list items the claim's "only" shuts out restricted by an "only" of their own in the evidence, in a
    clause that names none of the claim's restricted words ("Only at Skøyen" of "Ryen, Storo and Skøyen" where "Ryen
    and Storo have 50 kW chargers only")? The evidence then shuts them out of what the claim restricts to."""
    pieces = [held for held in _only_pieces(evidence) if not held & restricted]
    return all(any(item in held for held in pieces) for item in shut)


@text_cache(maxsize=2048)
def _refusals(text: str) -> tuple[frozenset[str], ...]:
    """The content stems of each sentence of a source that refuses all others ("We do not take euros or other
    currencies"); cached per source text."""
    return tuple(content_stems(sentence) for sentence in sentences_of(text)
                 if _OTHERS_RE.search(sentence) and _NEGATION_RE.search(sentence))


def _refuses_asked(text: str, asked: frozenset[str]) -> bool:
    """Does the source refuse what the customer asked about together with all others? Its lists then say what it
    takes in place of the refused, and a claim's "only" of one of their items answers the refusal."""
    if not asked or not _OTHERS_RE.search(text):
        return False
    return any(asked & (stems - _OTHER_STEMS) for stems in _refusals(text))


#: A claim clause restricting with "only" to one kind of a thing: "on the morning trips only", "only on the morning
#: trips": group ``kind`` the word that names the kind, ``thing`` the thing (a plural noun or any word).
_KIND_ONLY_RE = re.compile(r"\b(?P<kind>[a-z][a-z'’-]+)\s+(?P<thing>[a-z][a-z'’-]+)\s+only\b"
                           r"|\bonly\s+(?:on|for|in|at|during|with)\s+(?:the|our|your)\s+(?P<kind2>[a-z][a-z'’-]+)\s+"
                           r"(?P<thing2>[a-z][a-z'’-]+)\b", re.IGNORECASE)
#: An evidence sentence saying a rule holds for every one of a thing: "travels on every trip", "on all trips".
_EVERY_THING_RE = re.compile(r"\b(?:every|all|each)\s+(?:of\s+)?(?:the\s+|our\s+)?(?P<thing>[a-z][a-z'’-]+)\b",
                             re.IGNORECASE)


def narrowed_universal(claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """The claim's first clause restricting with "only" to one kind of a thing ("an attendant travels on the
    morning trips only") where an evidence sentence with no restriction or negation of its own says the same of
    every one of that thing ("a lady attendant travels on every trip") without naming the kind, and shares another
    content word with the clause; as (clause, the evidence sentence), or None. The answer shuts out what the
    evidence lets in, as :func:`narrowed_list` reads of a list."""
    if not READ_NARROWED_UNIVERSALS or "only" not in claim.lower():
        return None
    for clause in _LIST_CLAUSE_RE.split(claim):
        found = _KIND_ONLY_RE.search(clause)
        if found is None:
            continue
        kind, thing = (found.group("kind"), found.group("thing")) if found.group("kind") else (
            found.group("kind2"), found.group("thing2"))
        if kind.lower() in STOPWORDS or thing.lower() in STOPWORDS:
            continue
        kind_stem, thing_stem = stem(kind.lower()), stem(thing.lower())
        others = content_stems(clause) - {kind_stem, thing_stem, stem("only")} - STOPWORDS
        for source in evidence.sources:
            if not source.prose or source.user:
                continue
            for sentence in sentences_of(source.text):
                read = _ASIDE_RE.sub(" ", sentence)
                if _SHUT_RE.search(read):
                    continue
                held = content_stems(read)
                if kind_stem in held or not others & held:
                    continue
                if any(stem(m.group("thing").lower()) == thing_stem for m in _EVERY_THING_RE.finditer(read)):
                    return clause.strip(), sentence
    return None


#: A rule said to hold with no restriction, in so many words.
_WAIVED_RE = re.compile(r"\b(?:whether or not|regardless of|no matter (?:what|how|whether|if)|as usual)\b",
                        re.IGNORECASE)
#: Lower-case keys one of which a text holds whenever :data:`_WAIVED_RE` matches it.
_WAIVED_KEYS = ("whether", "regardless", "no matter", "as usual")
#: The clauses of a claim that may waive a restriction: a comma does not end one, so the rule stays with its waiver
#: ("we take electrical items, whether or not they have been tested").
_RULE_CLAUSE_RE = re.compile(r"\s*[;:]\s*|\.\s+")
#: A sentence restricting with "only".
_ONLY_WORD_RE = re.compile(r"\bonly\b", re.IGNORECASE)
#: How many content words a clause and the restricting sentence must share to be about the same rule.
_WAIVED_SHARED = 2


def waived_restriction(claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """The claim's first clause saying a rule holds with no restriction ("whether or not they have been tested") where
    an evidence sentence sharing :data:`_WAIVED_SHARED` content words with it restricts the rule with "only", as
    (clause, the restricting sentence), or None."""
    if not READ_WAIVED_RESTRICTIONS or not holds_any(claim.lower(), _WAIVED_KEYS):
        return None
    for clause in _RULE_CLAUSE_RE.split(claim):
        if not _WAIVED_RE.search(clause) or _DENIED_RE.search(_WAIVED_RE.sub(" ", clause)):
            continue
        stems = content_stems(clause)
        for source in evidence.sources:
            if not source.prose or source.user or "only" not in source.text.lower():
                continue
            for sentence in sentences_of(source.text):
                if _ONLY_WORD_RE.search(sentence) and len(stems & content_stems(sentence)) >= _WAIVED_SHARED:
                    return clause.strip(), sentence
    return None
