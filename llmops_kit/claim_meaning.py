"""What a fact-free claim *says* that the evidence does not, though its words are all there.

A claim with no figure, date, code or name ("Snacks are allowed on the poolside as long as you tidy up")
gives the hard-fact checks of :mod:`llmops_kit.grounding` nothing to hold, and when nearly all its words
occur in the evidence it is found supported by its words: an invention made of the article's own words
(an added condition, a widened rule, a promise, a rule turned round) is as well worded as a paraphrase.
Four readings look at what such a claim states, each against the evidence sentence closest to it, and each
with general English words only:

- **an added condition** ("unless you are a member", "but only if you still have the box", "provided ..."):
  the condition's content words must be held by one evidence sentence (at least half of them, a word or a
  word-vector synonym of it, :data:`~llmops_kit.grounding_paraphrase.SYNONYM_SIMILARITY`): a condition the
  evidence states is worded with its words in one place, an invented one takes them from anywhere or nowhere;
  one that says an evidence condition of the same kind in other words ("unless ... a fault we didn't mention" of
  "except for a fault we didn't tell you about") is the evidence's (:mod:`llmops_kit.restated_conditions`); a plain
  "once" or "if" after the claim's rule is read as well (:mod:`llmops_kit.late_conditions`), and a condition held
  only by sentences about another subject than its rule is unheld (:mod:`llmops_kit.condition_subjects`), and so
  is one held at the bar only by a sentence that states no condition, or one of two conjuncts that is
  (:mod:`llmops_kit.condition_sources`);
- **a widened scope** ("every car", "all dogs", "any student", "for any show", "whatever their age"): a claim
  clause with a universal determiner whose closest evidence clauses (by shared words) state no universal at
  all: the evidence said it of some, the claim says it of all. "any" after a verb is a free choice ("remove
  any valuables"), not a widening;
- **a promise** (a clause of two content words or more with "will", "'ll", "free", "on us", "complimentary",
  "guarantee"): held as a condition is, in one evidence sentence; an offer the business never made brings its
  own words. "I'll" is the assistant's own next turn, no offer;
- **a reversed polarity**: a claim clause that states a word one of its closest evidence clauses denies and
  none states plainly, or denies a word one of them states and none denies ("we don't check cars for damage"
  against "we check the car for damage"; "snacks are allowed on the poolside" against "food is not allowed on
  the poolside"; "the attendants will unload your car" against "attendants can tell you where things go but
  cannot unload your car"). No polarity is read in a restriction ("can only be returned when faulty"), a negation of a
  place or time with no verb of its own ("never near roads"), a negation that sets a time ("isn't taken until
  the day"), a subordinate clause ("before we open a door"), or a word the claim denies in its next clause.
  A requirement is read by its sign as well: a claim that makes one of a thing the evidence says is not
  required ("caps are compulsory for long hair" against "recommended for long hair but are not compulsory", "you
  need previous experience" against "no experience is needed"), or denies one it makes ("no need to tell the box
  office" against "Please tell the box office"), reverses it; the same requirement in other words ("you don't
  need any experience") is no reversal, though its word "need" is denied in one and stated in the other.
  A reversal is read from the evidence's side as well (:func:`_covered_reversal`, ``READ_COVERED_POLARITY``, on
  claims with figures too, as no figure checks a sign): a claim statement that holds two thirds of one evidence
  statement's words (two at least, all of a statement of three words or fewer) says what that statement
  denies, with no denial anywhere in the claim ("a photocopy or a photo on your phone is accepted" against
  "Photocopies are not accepted"), or denies a word a plain statement states ("there's no surcharge when you pay
  with a credit card" against "Credit cards add a 10% surcharge"), and no statement of its own sign is held as
  well. The claim's own words (a second thing, a place) can leave a short statement under half of its words, where
  the reading above never compares the two; the permission words ("can", "may", "fine", "accepted", "allowed") are
  one, and a clause's "when ..." belongs to it. A denial written into a word ("non-refundable"), a heading or a
  record line is no plain statement, so a denial of it in other words ("isn't refundable") is no reversal; a
  denial in a relative clause ("runners who have not reached ...") names whom a rule is about, a statement naming a
  code the claim does not ("R22 units") is of another thing, and a claim statement about a state not reached
  ("not collected yet") or with no English function word (its negation in its own language) is not read.

A rule turned round outright is read first, on claims with figures too, and judged *contradicted*, not unsupported
(:mod:`llmops_kit.reversed_rules`, the ``reversal52`` round): a requirement of the evidence said to be optional or the
reverse ("the damage cover is compulsory" against "The damage cover is optional"; "No deposit is needed" against "we
ask for a 30 % deposit"), or a thing it says is free said to cost something ("lockers cost 1 € per visit" against
"Lockers are free"). With that reading on, "need not" and "needn't" deny a requirement here as well.

A fifth, of its own module, is read on claims with figures too: **an invented gratuity** (a charge said waived, a
thing given "for free" or "on us") that no statement of the evidence giving something away is about
(:mod:`llmops_kit.free_claims`), and a gift the evidence gives stated with a scope of the claim's own where the
evidence's statement of it has another ("free for your whole visit" against "the first 2 hours are free",
:mod:`llmops_kit.gift_scopes`); and so is **a stated limit widened** (a plain statement about the far side of a
bound the evidence puts on the claim's figure, or a slot opened with "any" that the evidence restricts with "only",
or a list of the evidence the claim narrows with "only", :mod:`llmops_kit.limit_sides`).

One reading goes the other way (:func:`adds_only_light_words`): a fact-free claim no reading above finds saying
more, whose every word the evidence holds but a light verb ("keep", "get", "go") or an aside ("I'm afraid",
"still", "just"), says nothing the evidence does not: its subject matter is all the evidence's, so it is
supported without the fitted similarity bar ("Yes, keep it in its original container" against "chemicals must
be in their original containers"). One new word of substance ("stand", "anything", "tyres") leaves it to the
decision.

A reading makes the claim *unsupported* (it lowers groundedness; it is not fabricated outright), and it names
the clause and the evidence sentence it was held against. It runs before the fitted decision
(:mod:`llmops_kit.claim_decision`) and on claims the word steps found supported; the decision's fit is made
with these readings off (``tools/fit_claim_decision.py``). Only claims with no hard fact (figure, code, time,
weekday, contact) are read: a claim with figures is pinned to its passage by them, and checked by them. The one
exceptions are an added condition or a promise with no hard fact of their own ("EUR 25,- extra, but only for
customers who already had a weekday visit"; "report it within 2 working days and a crew will come back the same
afternoon"): no figure checks them, so they are read on a claim with figures too (a promise only when it brings two
words of substance, not a consequence in light words: "so it will come back to you").
Nothing here looks at the answer's length, style or position, nor at any set's own words.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain, pairwise
from typing import NamedTuple

from . import reversed_rules
from .condition_sources import unstated_condition
from .condition_subjects import condition_of_another_subject
from .elliptical_denials import completed_denials, lending_clause
from .evidence import Evidence
from .evidence_readers import emails_in
from .evidence_statements import NOT_UNTIL_RE, sentence_stems
from .free_claims import unheld_gratuity
from .gift_scopes import rescoped_gift
from .grounding_paraphrase import SYNONYM_SIMILARITY, held_vectors, held_words
from .handoff_acts import handoff_act
from .late_conditions import late_conditions
from .limit_sides import far_side_claim, narrowed_list, narrowed_universal, waived_restriction, widened_restriction
from .refund_polarity import reversed_refund
from .restated_conditions import restated_condition
from .reversed_rules import NEED_NOT_RE, reversed_rule
from .tax_inclusion import turned_tax
from .text import (
    STOPWORDS,
    content_stems,
    grouped_digits,
    identifiers_in,
    may_hold_word,
    numbers_in,
    sentences_of,
    stem,
    times_in,
    words_in,
)
from .text.case_key import case_key
from .text.char_scans import may_hold
from .text.embed import embed
from .text.language import LETTERS_RE, function_word_counts
from .text.numbers import WEEKDAYS
from .text.tokens import word_stems
from .text.worded_forms import MONTHS
from .textcache import text_cache
from .universal_scope import said_of_every

__all__ = ["COVERED_POLARITY_SHARE", "HELD_SHARE", "LIGHT_WORDS", "PROMISE_RE", "READ_COVERED_POLARITY",
           "READ_NEITHER_SUBJECTS", "MeaningGap", "adds_only_light_words", "is_fact_free", "meaning_gap",
           "restated_claim"]

#: The share of a condition's or a promise's content words one evidence sentence must hold (or a synonym of
#: them) for it to be the evidence's: half, as a paraphrase rewords some words and an invention brings most.
HELD_SHARE = 0.5
#: The share of a claim clause's content words an evidence clause must share (and at least two words) before
#: their polarities are compared: the same subject and predicate, not a word in common.
POLARITY_SHARE = 0.5
#: Read a rule turned round where the claim holds the whole of one evidence statement but its sign (the
#: ``reversed48`` round, :func:`_covered_reversal`): "a photocopy ... is accepted" against "Photocopies are not
#: accepted", "there's no surcharge when you pay with a credit card" against "Credit cards add a 10% surcharge".
READ_COVERED_POLARITY = True
#: The share of an evidence statement's words (two at least) the claim's statement must hold for the two to be
#: about the same subject and predicate: two of three, as a claim rewords a word ("swim" of "swimming in the sea").
COVERED_POLARITY_SHARE = 2 / 3

#: Read a clause whose subjects are "neither X nor Y" as denying its predicate of both, held by an evidence statement
#: that denies it of them ("neither the lockers nor the desk take gas canisters" of "Lockers and the desk do not take
#: gas canisters", the ``limits55`` round): the negation reader took the noun after "nor" for what is denied.
READ_NEITHER_SUBJECTS = True
#: A clause opening with "neither ... nor" before a verb: its subjects are the two things the predicate is denied of.
_NEITHER_SUBJECTS_RE = re.compile(r"^\W*neither\b[^,;:]*?\bnor\b", re.IGNORECASE)


class MeaningGap(NamedTuple):
    """What a reading found: its kind, the claim's clause, and the evidence sentence it was held against."""

    kind: str  # "condition", "scope", "promise", "gratuity", "polarity", "refund", "tax", "rule"
    clause: str
    evidence: str | None


_NONE: frozenset[str] = frozenset()
_WEEKDAYS = frozenset(WEEKDAYS)  # a day is a date: a claim naming one is checked by the schedule readings
#: Where a sentence divides into statements: punctuation, a joining word, and before a condition marker.
#: (Its look-ahead states the characters a boundary starts with, a space, ";", ":" or ",", so the split tries the
#: alternatives only there: the same pieces, a third faster.)
_CLAUSE_RE = re.compile(
    r"(?=[\s;:,])(?:\s*[;:]\s*|,\s+|\s+(?:but|and|so|while|whereas|although|though|because|since)\s+"
    r"|\s+(?=(?:only if|unless|as long as|so long as|provided|providing|except|if|once|when|until)\b))",
    re.IGNORECASE)
#: A condition or exception the claim puts on what it states, and the words of the condition (to the clause end).
_CONDITION_RE = re.compile(
    r"\b(?:only if|unless|as long as|so long as|provided(?: that)?|providing|on condition that|but only"
    r"|except(?: for| when| if| on| at)?|only (?:once|after|when|for|on|to|with|at))\b([^,;.]*)", re.IGNORECASE)
#: Lower-case words one of which an ASCII text holds whenever :data:`_CONDITION_RE` matches it.
_CONDITION_KEYS = ("only", "unless", "long as", "provid", "condition", "except")
#: A universal determiner on a noun ("every car", "all swimmers", "any student"), or a "whatever" of concession.
#: "any" widens as a subject or after a preposition ("for any show"); after a verb it is a free choice ("remove
#: any valuables"), which says "whichever there are", no more.
_UNIVERSAL_RE = re.compile(
    r"(?:\b(?:every|all)|(?:^|\b(?:for|to|in|on|at|with|like|from|of|by)\s+)any)\s+"
    r"(?!(?:of|the|that|this|these|those|time|times|kind|sort|case|way|more|longer)\b)[a-z][a-z-]*"
    r"|\b(?:whatever|whichever|wherever|whenever)\b", re.IGNORECASE)
#: Lower-case words one of which an ASCII text holds whenever :data:`_UNIVERSAL_RE` matches it (see
#: :func:`~llmops_kit.text.char_scans.may_hold`).
_UNIVERSAL_KEYS = ("every", "all", "any", "whatever", "whichever", "wherever", "whenever")
#: The same keys as whole words: the pattern needs one between word boundaries ("all" of "call" is none), so an
#: ASCII clause whose words (:func:`~llmops_kit.text.may_hold_word`) hold none is spared the pattern too.
_UNIVERSAL_WORDS = frozenset(_UNIVERSAL_KEYS)
#: Any universal an evidence sentence may state (it then already speaks of all).
_ANY_UNIVERSAL_RE = re.compile(
    r"\b(?:every|all|any|always|each|anyone|anybody|anything|anywhere|everyone|everybody|everything|everywhere"
    r"|whatever|whichever|whoever|whenever|wherever)\b", re.IGNORECASE)
#: A commitment or an offer: a future "will", something free or on the house, a guarantee.
#: "I'll" / "I will" is the assistant's own next turn ("I'll give you the price"), no commitment of the business.
PROMISE_RE = re.compile(r"(?<!\bi )\b(?:will|shall)\b|(?<!\bi)['’]ll\b|\bon us\b|\bfree\b|\bcomplimentary\b"
                         r"|\bat no (?:extra )?(?:cost|charge)\b|\bguarantee", re.IGNORECASE)
#: Lower-case words one of which an ASCII text holds whenever :data:`PROMISE_RE` matches it.
_PROMISE_KEYS = ("will", "shall", "'ll", "on us", "free", "complimentary", "at no", "guarantee")
#: A clause that denies: a negation or a prohibition word.
_DENIAL_RE = re.compile(r"n['’]t\b|\b(?:not|never|cannot|nor|nothing|nobody|no one|none|neither|banned|forbidden"
                        r"|prohibited|off[- ]limits)\b",
                        re.IGNORECASE)
#: Lower-case words one of which an ASCII text holds whenever :data:`_DENIAL_RE` matches it ("no" for not, nor,
#: nothing, nobody, no one, none and cannot).
_DENIAL_KEYS = ("n't", "no", "never", "neither", "banned", "forbidden", "prohibited", "off")
#: A negation and the words after it, the first content word of which is what it denies.
_NEGATED_RE = re.compile(r"(?:n['’]t|\b(?:not|never|cannot|nor|no))\s+((?:[a-z'’-]+\s+){0,2}[a-z'’-]+)",
                         re.IGNORECASE)
#: Lower-case words one of which an ASCII text holds whenever :data:`_NEGATED_RE` matches it.
_NEGATION_KEYS = ("n't", "no", "never")
#: Verbs a negation passes through to reach what it denies ("is not", "can't be", "doesn't get").
_AUXILIARY_TEXT = """be been being is are was were do does did have has had can could will would shall should may might
    must get got"""
_AUXILIARIES = frozenset(_AUXILIARY_TEXT.split())
#: Words after which a negation denies a place, a time or a company, not a predicate ("never near roads", "not in
#: the evening", "never with a pressure washer"): no polarity read.
_PREPOSITION_TEXT = """in on at by for from with without near inside outside during before after within beyond around
    across under over into onto through behind beside between"""
_PREPOSITIONS = frozenset(_PREPOSITION_TEXT.split())
#: A clause opened by a subordinating word ("Before we open a door", "when it rains") states no fact of its own.
_SUBORDINATE_RE = re.compile(
    r"^(?:\[[^\]]*\]\s*)?(?:before|after|when|whenever|if|unless|until|once|while|as soon as)\b", re.IGNORECASE)
#: A restriction reads as a negation of the rest ("can only be returned when faulty"): not compared.
_ONLY_RE = re.compile(r"\bonly\b", re.IGNORECASE)
#: A one-word reply or a courtesy opening a claim ("No, ...", "I'm afraid, ..."): not part of its statement.
_OPENER_RE = re.compile(r"^\s*(?:yes|no|sorry|of course|i'm afraid|unfortunately)\s*[,.!:;-]+\s*", re.IGNORECASE)


def is_fact_free(claim: str) -> bool:
    """Does the claim state no hard fact (figure, code, time, weekday, contact number, e-mail)?"""
    return not (numbers_in(claim) or identifiers_in(claim) or times_in(claim) or grouped_digits(claim)
                or ("@" in claim and emails_in(claim)) or not _WEEKDAYS.isdisjoint(words_in(claim)))


@text_cache()
def _clauses(text: str) -> tuple[str, ...]:
    """A text's clauses (cached: four readings split each claim, and evidence sentences recur)."""
    return tuple(part for piece in _CLAUSE_RE.split(text) if piece and (part := piece.strip(" ,.;")))


@text_cache(maxsize=2048)
def _statement_clauses(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """A source's statements (not its questions) as (clause, sentence, content stems) with two stems or more
    (cached per source text: articles recur); a request not to do something of two people or things joined by
    "and" is also stated of the first alone (:func:`_shared_denials`), and an elliptical denial is stated with the
    predicate it borrows ("A is included, B isn't": "B isn't included", :mod:`llmops_kit.elliptical_denials`)."""
    return tuple((clause, sentence, stems) for sentence in sentences_of(text) if not sentence.endswith("?")
                 for clause in (*_clauses(sentence), *_shared_denials(sentence), *completed_denials(sentence))
                 if len(stems := content_stems(clause)) >= 2)


#: A clause after "and" that is the second of two joined objects of a request not to do something: "guests with a
#: heart condition not to use it" of "We ask pregnant guests and guests with a heart condition not to use it".
_SECOND_OBJECT_RE = re.compile(r"^(?:[\w'’-]+\s+){1,6}?(?P<denial>(?:not|never)\s+to\s+[a-z].*)$", re.IGNORECASE)
#: The verb of such a request in the first clause: "we ask ...", "please tell ...".
_REQUEST_RE = re.compile(r"\b(?:ask|asks|asked|tell|tells|told|advise|advises|advised|request|requests|remind"
                         r"|reminds|urge|urges|recommend|recommends)\b", re.IGNORECASE)


@text_cache(maxsize=2048)
def _shared_denials(sentence: str) -> tuple[str, ...]:
    """A request not to do something of two objects joined by "and", stated of the first alone: "We ask pregnant
    guests not to use it" of "We ask pregnant guests and guests with a heart condition not to use it" (the clause
    splitter cuts the sentence at "and", leaving the first object without its denial). Only a first clause with a
    verb of asking or advising and no denial of its own."""
    if " and " not in sentence.lower() or "to" not in sentence.lower():
        return ()
    parts = re.split(r"\s+and\s+", sentence.strip(" .!"), flags=re.IGNORECASE)
    out = []
    for first, second in pairwise(parts):
        found = _SECOND_OBJECT_RE.match(second)
        head = _clauses(first)[-1] if found is not None and _clauses(first) else ""
        if found is None or not _REQUEST_RE.search(head) or _DENIAL_RE.search(head):
            continue
        out.append(f"{head} {found.group('denial')}")
    return tuple(out)


def _held_share(text: str, stems: frozenset[str], evidence: Evidence) -> tuple[float, str | None]:
    """The largest share of ``stems`` one evidence statement holds (a word or a word-vector synonym of it, in
    the sentences sharing most of them), and that sentence."""
    found = [(sentence, held) for source in evidence.sources for sentence, held in sentence_stems(source.text)
             if not sentence.endswith("?")]
    top = max((len(stems & held) for _, held in found), default=0)
    if top >= HELD_SHARE * len(stems):  # held by its words alone: no synonym needed
        return top / len(stems), next(sentence for sentence, held in found if len(stems & held) == top)
    best, where = 0, None
    for sentence, held in found:
        if len(stems & held) != top:
            continue
        count = top + _synonyms(text, stems - held, sentence)
        if count > best or where is None:
            best, where = count, sentence
    return best / len(stems), where


def _synonyms(text: str, unheld: frozenset[str], sentence: str) -> int:
    """How many of the ``unheld`` stems of ``text`` have a word-vector synonym among ``sentence``'s words."""
    if not unheld or not held_words(sentence):
        return 0
    words = sorted({w.lower() for w in LETTERS_RE.findall(text) if w.lower() not in STOPWORDS and stem(w) in unheld})
    if not words:
        return 0
    close = (embed(words) @ held_vectors(sentence).T).max(axis=1) >= SYNONYM_SIMILARITY
    return len({stem(w) for w, yes in zip(words, close, strict=True) if yes})


def _unheld(kind: str, text: str, evidence: Evidence) -> MeaningGap | None:
    stems = content_stems(text)
    if not stems:
        return None
    share, sentence = _held_share(text, stems, evidence)
    return MeaningGap(kind, text.strip(), sentence) if share < HELD_SHARE else None


def _added_condition(claim: str, evidence: Evidence) -> MeaningGap | None:
    """A condition the claim puts on what it states that no evidence sentence holds; a plain "once" or "if" after
    the claim's rule is one too (:mod:`llmops_kit.late_conditions`)."""
    marked = _CONDITION_RE.finditer(claim) if may_hold(claim, _CONDITION_KEYS) else ()
    for match in chain(marked, late_conditions(claim, evidence, LIGHT_WORDS)):
        if not is_fact_free(match.group(1)):  # a condition stating a figure or a date is checked by it
            continue
        gap = (_unheld("condition", match.group(1), evidence) or _off_subject(claim, match, evidence)
               or _unstated(match, evidence))
        if gap is not None and restated_condition(claim, match.start(), match.group(1), evidence) is None:
            return gap._replace(clause=match.group(0).strip())
    return None


def _off_subject(claim: str, match: re.Match[str], evidence: Evidence) -> MeaningGap | None:
    """A condition whose words the evidence states only of another subject than the claim's rule
    (:mod:`llmops_kit.condition_subjects`)."""
    found = condition_of_another_subject(_OPENER_RE.sub("", claim[:match.start()]), match.group(1), evidence)
    return None if found is None else MeaningGap("condition", match.group(1).strip(), found)


def _unstated(match: re.Match[str], evidence: Evidence) -> MeaningGap | None:
    """A requirement (or one of its conjuncts) held at the bar only by a sentence that states no condition
    (:mod:`llmops_kit.condition_sources`)."""
    found = unstated_condition(match.group(0), match.group(1),
                               lambda text, stems: _held_share(text, stems, evidence), HELD_SHARE)
    return None if found is None else MeaningGap("condition", *found)


def restated_claim(claim: str, evidence: Evidence) -> str | None:
    """The claim with a condition the added-condition reading finds unheld, but which says an evidence condition in
    other words (:mod:`llmops_kit.restated_conditions`), written in that condition's words; None when it has none.
    The claim is then judged as written so: its other words are checked as ever."""
    if not may_hold(claim, _CONDITION_KEYS):
        return None
    for match in _CONDITION_RE.finditer(claim):
        words = match.group(1)
        if not is_fact_free(words) or _unheld("condition", words, evidence) is None:
            continue
        said = restated_condition(claim, match.start(), words, evidence)
        if said is not None and said != words:
            return claim[:match.start(1)] + said + claim[match.end(1):]
    return None


def _closest_clauses(stems: frozenset[str], evidence: Evidence, least: float, prose: bool = False
                     ) -> list[tuple[str, str]]:
    """The evidence statements sharing most of the claim clause's stems, at least two and ``least`` of them, as
    (clause, sentence); ``prose``: of articles and prompts only, not tool records."""
    top, found = 0, []
    for source in evidence.sources:
        if not (source.prose or not prose):
            continue
        statements, index = _statement_index(source.text)
        holding = [index[word] for word in stems if word in index]
        if len(holding) < 2:  # its statements share a stem at most, and the closest share two at least
            continue
        shared = Counter(chain.from_iterable(holding))
        most = max(shared.values(), default=0)
        if most > top:
            top, found = most, []
        if most == top and most:
            found.extend(statements[at][:2] for at in sorted(shared) if shared[at] == top)
    if top < max(2, least * len(stems)):
        return []
    return found


@text_cache(maxsize=2048)
def _statement_index(text: str) -> tuple[tuple[tuple[str, str, frozenset[str]], ...], dict[str, tuple[int, ...]]]:
    """A source's statements (:func:`_statement_clauses`) and, per content stem, the statements holding it (cached
    per source text): a claim clause is held against the statements sharing its stems, not against all of them."""
    statements = _statement_clauses(text)
    index: dict[str, list[int]] = {}
    for at, (_, _, held) in enumerate(statements):
        for word in held:
            index.setdefault(word, []).append(at)
    return statements, {word: tuple(places) for word, places in index.items()}


def _widened(claim: str, evidence: Evidence) -> MeaningGap | None:
    """A "scope" gap when a clause says "any" / "every" / "all" of a thing the evidence sentences closest to it
    state without such a word, and the evidence does not say it of each such thing: a rule said of some widened
    to all of them."""
    for clause in _clauses(claim):
        if not (may_hold(clause, _UNIVERSAL_KEYS) and may_hold_word(clause, _UNIVERSAL_WORDS)
                and _UNIVERSAL_RE.search(clause)) or _DENIAL_RE.search(clause):
            continue  # "we don't wash any car ..." is a denial, whose "any" widens nothing
        stems = content_stems(clause)
        closest = _closest_clauses(stems, evidence, 0.0) if len(stems) >= 2 else []
        if closest and not any(_ANY_UNIVERSAL_RE.search(sentence) for _, sentence in closest):
            if said_of_every(clause, evidence):
                continue  # each evidence sentence naming the thing says it ("every tandem flight ... certified pilot")
            return MeaningGap("scope", clause, closest[0][1])
    return None


#: Words of substance (not :data:`LIGHT_WORDS`) a promise clause beside a claim's figures must bring to be read: a
#: consequence in light words ("so it will come back to you", of a refund the record shows) restates the record.
_PROMISE_MIN_SUBSTANCE = 2
#: The promise a clause beside a claim's figures is read for: a commitment to act ("a crew will come back", "the
#: check will be done there"). "Free", "complimentary", "on us" beside figures state a price, which the claim's
#: passage words its own way ("collects it for free" against "pickup is arranged at no cost").
_COMMITMENT_RE = re.compile(r"(?<!\bi )\b(?:will|shall)\b|(?<!\bi)['’]ll\b|\bguarantee", re.IGNORECASE)


#: What the case key of a text holds whenever :data:`_COMMITMENT_RE` matches it.
_COMMITMENT_KEYS = ("will", "shall", "'ll", "’ll", "guarantee")


def _may_commit(text: str) -> bool:
    """Can :data:`_COMMITMENT_RE` match ``text``? Only when its case key (the letters the case-blind pattern reads
    as ASCII written as ASCII) holds a key of :data:`_COMMITMENT_KEYS`: most claims hold none, and are spared the
    pattern's look-behind at every position."""
    key = text.lower() if text.isascii() else case_key(text)
    for word in _COMMITMENT_KEYS:  # noqa: SIM110 (a plain loop: no generator to set up)
        if word in key:
            return True
    return False


def _promised(claim: str, evidence: Evidence, fact_free: bool = True) -> MeaningGap | None:
    """A promise clause no evidence sentence holds; ``fact_free`` False (the claim states a figure): only its
    fact-free commitments (:data:`_COMMITMENT_RE`) of :data:`_PROMISE_MIN_SUBSTANCE` words of substance, the
    figures being checked as facts. A claim with figures and no commitment anywhere in it has none in a clause
    (a clause is a stretch of it, and no clause boundary ends in "i "), so it is spared the clause readings."""
    if not fact_free and (not _may_commit(claim) or _COMMITMENT_RE.search(claim) is None):
        return None
    for clause in _clauses(claim):
        if not (fact_free or (_COMMITMENT_RE.search(clause) and is_fact_free(clause)
                              and len(content_stems(clause) - LIGHT_WORDS) >= _PROMISE_MIN_SUBSTANCE)):
            continue
        if may_hold(clause, _PROMISE_KEYS) and PROMISE_RE.search(clause) and len(content_stems(clause)) >= 2:
            if handoff_act(clause, evidence):  # "and the office will check": a look-up handed on, no outcome
                continue
            gap = _unheld("promise", clause, evidence)
            if gap is not None:
                return gap
    return None


@text_cache()
def _denied_stems(text: str) -> frozenset[str]:
    """The stems of the words a text's negations deny (the first content word after each; cached: a claim's are
    read once per clause)."""
    if not may_hold(text, _NEGATION_KEYS):
        return _NONE
    out = set()
    for match in _NEGATED_RE.finditer(text):
        for word in match.group(1).lower().split():
            word = word.strip("'’")
            if word in _PREPOSITIONS:
                break
            if word not in STOPWORDS and word not in _AUXILIARIES:
                out.add(stem(word))
                break
    return frozenset(out)


def _denies(clause: str, sentence: str) -> bool:
    """Does the clause deny? A negation that only sets a time ("isn't taken until the day", in its sentence)
    does not."""
    return (may_hold(clause, _DENIAL_KEYS) and _DENIAL_RE.search(clause) is not None
            and NOT_UNTIL_RE.search(sentence) is None)


@text_cache()
def _denied_in(clause: str, sentence: str) -> frozenset[str]:
    """The stems an evidence clause denies in its sentence, none when it does not deny (cached: articles recur).
    A denial written without a verb counts as one: "No refund for unused days" denies the refund, and a record
    line "battery swap by rider: not possible" denies all its key says."""
    if _denies(clause, sentence):
        return _denied_stems(clause)
    if _BARE_NO_RE.match(clause) and NOT_UNTIL_RE.search(sentence) is None:
        return _denied_stems(clause)
    if ":" in sentence and _KEY_DENIED_RE.search(sentence) and _denied_key(clause, sentence):
        return content_stems(clause)
    return _NONE


#: A clause that opens with "No" and a noun ("No refund for unused days", "No dogs in the café"); "No, ..." is
#: an answer, not a denial.
_BARE_NO_RE = re.compile(r"\W*no\s+(?=[a-z])", re.IGNORECASE)
#: A record line whose value denies its key: "battery swap by rider: not possible", "pets: not allowed".
_KEY_DENIED_RE = re.compile(r":\s*(?:not\s+(?:possible|allowed|permitted|available|offered|accepted)|none)\s*(?:$|\n)",
                            re.IGNORECASE)


def _denied_key(clause: str, sentence: str) -> bool:
    """Is the clause the key of a record line the value of which denies it?"""
    return any(line.split(":", 1)[0].strip(" -•*").lower() == clause.strip(" -•*").lower()
               for line in sentence.splitlines() if _KEY_DENIED_RE.search(line + "\n"))


@text_cache(maxsize=2048)
def _statements_denied(text: str) -> frozenset[str]:
    """Every stem a statement of a source denies (:func:`_denied_in`), together (cached per source text)."""
    return frozenset().union(*(_denied_in(clause, sentence) for clause, sentence, _ in _statement_clauses(text)))


def _prose_denied(evidence: Evidence) -> frozenset[str]:
    """Every stem a statement of the articles and prompts denies: read once per request (:meth:`Evidence.once`)."""
    return evidence.once("claim_meaning.prose_denied", lambda ev: frozenset().union(
        *(_statements_denied(source.text) for source in ev.sources if source.prose)))


def _reversed(claim: str, evidence: Evidence) -> MeaningGap | None:
    for clause in _clauses(_OPENER_RE.sub("", claim)):
        stems = content_stems(clause)
        if len(stems) < 2 or _ONLY_RE.search(clause) or _SUBORDINATE_RE.match(clause):
            continue
        denies = _denies(clause, claim)
        # a clause that denies nothing is reversed only by a closest statement denying one of its words: when no
        # statement of the articles denies any of them, there is nothing to look for (most clauses of most claims)
        if not denies and stems.isdisjoint(_prose_denied(evidence)):
            continue
        closest = [(c, sentence, _denied_in(c, sentence), content_stems(c))
                   for c, sentence in _closest_clauses(stems, evidence, POLARITY_SHARE, prose=True)
                   if not _SUBORDINATE_RE.match(c)]
        need = _need(clause)
        if need and any(_need(c) == need for c, *_ in closest):  # "you don't need any" / "no experience is needed"
            continue
        if denies and READ_NEITHER_SUBJECTS and _NEITHER_SUBJECTS_RE.match(clause):
            # "neither X nor Y take Z" denies the predicate of both subjects, not the subject after "nor": reversed
            # only when no closest statement denies anything ("X and Y do not take Z" holds it)
            if closest and not any(denied for _, _, denied, _ in closest):
                return MeaningGap("polarity", clause, closest[0][1])
            continue
        if denies:
            # a word the claim denies that a closest clause states and none denies
            for word in _denied_stems(clause) & stems:
                if not any(word in denied for _, _, denied, _ in closest):
                    stating = [sentence for _, sentence, _, held in closest if word in held]
                    if stating:
                        return MeaningGap("polarity", clause, stating[0])
            continue
        # a word the claim states (and nowhere denies, "bagged goods, compost included, can't be returned") that a
        # closest clause denies and none states plainly
        own = stems - _denied_stems(claim)
        for _, sentence, denied, _ in closest:
            for word in denied & own:
                if not any(word in held and word not in other for _, _, other, held in closest):
                    return MeaningGap("polarity", clause, sentence)
    return None


#: A requirement stated: something is needed, must be done or is compulsory ("Please ..." asks it of the reader).
_NEED_RE = re.compile(r"\b(?:needs?|needed|must|required|requires?|compulsory|mandatory|necessary|essential"
                      r"|ha(?:ve|s|d) to)\b|^please\b", re.IGNORECASE)
#: A requirement denied: "no need", "optional", "needs no", "not compulsory", "don't have to", "no experience is
#: needed", "no experience or particular strength is needed" (up to five words between, the ``read44`` round: three
#: read that one as a requirement stated).
_NO_NEED_RE = re.compile(r"\bno need\b|\boptional\b|\b(?:needs?|requires?)\s+no\b"
                         r"|(?:n['’]t|\bnot|\bnever)\s+(?:[a-z]+\s+)?(?:needs?|needed|required|requires?|compulsory"
                         r"|mandatory|necessary|essential|ha(?:ve|s) to)\b"
                         r"|\bno\s+(?:[a-z-]+\s+){1,5}(?:is|are)\s+(?:needed|required|necessary)\b", re.IGNORECASE)
#: Lower-case words one of which an ASCII text holds whenever :data:`_NEED_RE` or :data:`_NO_NEED_RE` matches it.
_NEED_KEYS = ("need", "must", "requir", "compulsory", "mandatory", "necessary", "essential", "optional", "have to",
              "has to", "had to", "please")
_NEED_STEMS = frozenset(stem(w) for w in (
    "need", "needs", "needed", "must", "required", "require", "requires", "compulsory", "mandatory", "necessary",
    "essential", "optional", "please"))


@text_cache()
def _need(clause: str) -> int:
    """-1 when the clause denies a requirement, 1 when it states one, 0 when it states none."""
    if not may_hold(clause, _NEED_KEYS):
        return 0
    if reversed_rules.READ_REVERSED_RULES and NEED_NOT_RE.search(clause):
        return -1  # "the owner need not come" denies, as "does not need to come" does
    return -1 if _NO_NEED_RE.search(clause) else 1 if _NEED_RE.search(clause) else 0


def _requirements(text: str) -> list[tuple[int, frozenset[str]]]:
    """A text's requirements, stated or denied, as (sign, what of): the clause's words but the requirement's, or
    its sentence's when the clause names nothing ("caps are recommended for long hair but are not compulsory")."""
    out = []
    for sentence in sentences_of(text):
        if sentence.endswith("?"):
            continue
        whole = content_stems(sentence) - _NEED_STEMS
        for clause in _clauses(sentence):
            sign = _need(clause)
            if sign:
                out.append((sign, (content_stems(clause) - _NEED_STEMS) or whole))
    return out


@text_cache(maxsize=2048)
def _stated_requirements(text: str) -> tuple[tuple[int, frozenset[str], str], ...]:
    """A source's requirements sentence by sentence, as (sign, what of, sentence) (cached per source text: articles
    recur, and each claim clause stating a requirement is held against all of them)."""
    return tuple((sign, held, sentence) for sentence in sentences_of(text) for sign, held in _requirements(sentence))


def _modal_reversed(claim: str, evidence: Evidence) -> MeaningGap | None:
    """A requirement the claim states of a thing the evidence says is not required, or the reverse ("you need
    previous experience" against "no experience is needed"): the claim's thing must share half its words (two at
    least: a shared verb alone, "bring", names no thing), or all the evidence's, with a requirement of the other
    sign, and more than with any of the same sign."""
    for clause in _clauses(_OPENER_RE.sub("", claim)):
        sign = _need(clause)
        what = content_stems(clause) - _NEED_STEMS
        if not sign or not what or _SUBORDINATE_RE.match(clause):
            continue
        stated = [found for source in evidence.sources if source.prose for found in _stated_requirements(source.text)]
        same = max((len(what & held) for s, held, _ in stated if s == sign), default=0)
        for s, held, sentence in stated:
            shared = len(what & held)
            if s == -sign and shared > same and ((shared >= 2 and 2 * shared >= len(what)) or what >= held):
                return MeaningGap("polarity", clause, sentence)
    return None


def meaning_gap(claim: str, evidence: Evidence) -> MeaningGap | None:
    """The first reading that finds the fact-free claim saying what the evidence does not, or None. A claim with
    a hard fact is pinned to its passage by it, but a fact-free condition or promise it adds ("EUR 25 extra, but
    only for customers who already had a weekday visit"; "... within 2 working days and a crew will come back the
    same afternoon") is checked by no fact: those two are read all the same, and so is a rule it turns round
    (:func:`_covered_reversal`: "within 14 days, so you get a full cash refund" of "no cash refunds")."""
    turned = _rule_reversed(claim, evidence)
    if turned is not None:
        return turned
    if not is_fact_free(claim):
        return (_tax_turned(claim, evidence) or _added_condition(claim, evidence)
                or _promised(claim, evidence, fact_free=False)
                or _gratuity(claim, evidence) or _gift_scope(claim, evidence) or _far_side(claim, evidence)
                or _refund_reversed(claim, evidence)
                or _covered_reversal(claim, evidence))
    return (_tax_turned(claim, evidence) or _added_condition(claim, evidence) or _widened(claim, evidence)
            or _promised(claim, evidence)
            or _gratuity(claim, evidence) or _gift_scope(claim, evidence) or _far_side(claim, evidence)
            or _refund_reversed(claim, evidence)
            or _reversed(claim, evidence) or _modal_reversed(claim, evidence) or _covered_reversal(claim, evidence))


#: The source of the bot's own earlier answers (:func:`llmops_kit.quality.evidence_sources`): what it said before is
#: no text's statement of whether prices hold a tax.
_EARLIER_ANSWERS = "earlier answers"


def _tax_turned(claim: str, evidence: Evidence) -> MeaningGap | None:
    """A tax put on top of prices the texts say include it, or the reverse (:mod:`llmops_kit.tax_inclusion`): the
    rule turned round, *contradicted*."""
    found = turned_tax(claim, (s.text for s in evidence.sources if s.label != _EARLIER_ANSWERS))
    return None if found is None else MeaningGap("tax", *found)


def _rule_reversed(claim: str, evidence: Evidence) -> MeaningGap | None:
    """A requirement of the evidence said to be optional or the reverse, or a thing it says is free said to cost
    something (:mod:`llmops_kit.reversed_rules`): the rule turned round, *contradicted*; read first, on claims with
    figures too, as no figure checks a sign."""
    found = reversed_rule(claim, evidence)
    return None if found is None else MeaningGap("rule", *found)


def _refund_reversed(claim: str, evidence: Evidence) -> MeaningGap | None:
    """Money said to come back where the evidence says of the same subject it does not, or the reverse
    (:mod:`llmops_kit.refund_polarity`): the rule turned round, *contradicted*."""
    found = reversed_refund(claim, evidence)
    return None if found is None else MeaningGap("refund", *found)


def _gift_scope(claim: str, evidence: Evidence) -> MeaningGap | None:
    """A gift the evidence gives, stated with a scope of the claim's own ("free for your whole visit") where the
    evidence's statement of it has another ("the first 2 hours are free"), :mod:`llmops_kit.gift_scopes`."""
    found = rescoped_gift(claim, evidence, LIGHT_WORDS)
    return None if found is None else MeaningGap("gratuity", *found)


def _far_side(claim: str, evidence: Evidence) -> MeaningGap | None:
    """A plain statement about the far side of a bound the evidence puts on the claim's figure ("boats over 65 ft
    fuel ... by appointment" against "Boats up to 65 ft"), a slot opened to all that the evidence restricts, or a list
    the claim narrows with "only" ("only cash or cards" against "We accept cash, cards and BLIK"), or a rule of
    every one narrowed to a kind ("on the morning trips only" against "on every trip"),
    :mod:`llmops_kit.limit_sides`."""
    found = (far_side_claim(claim, evidence) or widened_restriction(claim, evidence) or narrowed_list(claim, evidence)
             or narrowed_universal(claim, evidence)
             or waived_restriction(claim, evidence))
    return None if found is None else MeaningGap("limit", *found)


def _gratuity(claim: str, evidence: Evidence) -> MeaningGap | None:
    """A thing said free or a charge said waived that no free statement of the evidence is about
    (:mod:`llmops_kit.free_claims`); read on a claim with figures too, as no figure checks it."""
    found = unheld_gratuity(claim, evidence, LIGHT_WORDS)
    return None if found is None else MeaningGap("gratuity", *found)


#: Words that carry no subject matter of their own, from general English only: the light verbs (their meaning is
#: the noun or particle beside them: "keep it", "get in touch", "go round"; their irregular forms too) and the
#: discourse words of a reply (an apology, a hedge, a reassurance). A claim adding only these to the evidence's
#: words restates it. No quantifier ("any", "all", "nothing", "everything") and no modal is here: those widen
#: or turn round a rule.
LIGHT_WORDS = frozenset(stem(w) for w in (
    "be", "have", "do", "get", "go", "come", "make", "take", "give", "put", "keep", "let",
    "is", "are", "was", "were", "been", "has", "had", "does", "did", "done", "got", "gotten", "went", "gone",
    "came", "made", "took", "taken", "gave", "given", "kept",
    "just", "still", "though", "also", "even", "normally", "usually", "generally", "unfortunately", "sorry",
    "afraid", "oh", "worry", "please", "happy", "sure", "really", "quite", "well"))
#: A reassurance ("Don't worry, ...", "no problem"): its negation denies nothing the claim states.
_REASSURANCE_RE = re.compile(r"\b(?:don['’]t|do not) worry\b|\bno (?:worries|problem)\b|\bnot a problem\b",
                             re.IGNORECASE)
#: The claim's words of substance the evidence must hold beside its light words: a claim of one held word and a
#: light verb says too little to be anyone's restatement.
LIGHT_MIN_HELD = 2


def adds_only_light_words(claim: str, stems: frozenset[str], novel: set[str], sentence: str) -> bool:
    """Does the fact-free claim add to the evidence's words only light words (:data:`LIGHT_WORDS`), keeping
    :data:`LIGHT_MIN_HELD` words the evidence holds, and deny as the evidence ``sentence`` closest to it in words
    does? ``novel``: its stems held nowhere in the evidence. Asked after :func:`meaning_gap` found nothing; the
    polarity is compared whole as well, as a reversal split over two clauses ("we take the frames and respray
    them" against "frames are not resprayed here") escapes the clause-by-clause reading."""
    if not novel or not novel <= LIGHT_WORDS or len(stems - novel) < LIGHT_MIN_HELD or not is_fact_free(claim):
        return False
    stated = _REASSURANCE_RE.sub("", _OPENER_RE.sub("", claim))
    return (_DENIAL_RE.search(stated) is None) == (_DENIAL_RE.search(sentence) is None)


#: Permission, granted or (with a negation) refused: "can", "may", "is fine", "accepted", "allowed" say one thing,
#: so a claim's "you can swim" meets the evidence's "swimming is not allowed" on it.
_PERMISSION_RE = re.compile(r"\b(?:can|cannot|may|allowed|permitted|accepted|fine|welcome|ok|okay)\b|\bcan['’]t\b",
                            re.IGNORECASE)
#: Permission refused in one word: "Smoking is forbidden".
_FORBIDDEN_RE = re.compile(r"\b(?:banned|forbidden|prohibited|off[- ]limits)\b", re.IGNORECASE)
_PERMISSION_STEMS = frozenset(stem(w) for w in ("allowed", "allow", "permitted", "permit", "accepted", "accept",
                                                "fine", "welcome", "ok", "okay", "banned", "forbidden", "prohibited"))
#: The one stem every permission word is read as.
_PERMISSION = "<permission>"


def _permission_read(text: str, stems: frozenset[str]) -> frozenset[str]:
    """A statement's stems with its permission words read as one (:data:`_PERMISSION`)."""
    if _PERMISSION_RE.search(text) or _FORBIDDEN_RE.search(text):
        return (stems - _PERMISSION_STEMS) | {_PERMISSION}
    return stems


#: A denial inside a relative clause ("runners who have not reached the 15 km point"): it names whom a rule is
#: about, and denies nothing of the rule.
_RELATIVE_DENIAL_RE = re.compile(r"\b(?:who|that|which|whose)\b[^.;:]*?(?:n['’]t\b|\b(?:not|never|no)\b)",
                                 re.IGNORECASE)
#: The most words of an evidence statement the claim must hold all of (see :func:`_coverage`).
_SHORT_STATEMENT = 3
#: A state not reached yet ("the bib is not collected yet", "no menu has been chosen yet"): the customer's record,
#: not a rule the claim could turn round.
_YET_RE = re.compile(r"\b(?:yet|still)\b", re.IGNORECASE)
#: A negated modal of permission: "can't bring", "cannot unload", "may not be driven" refuse permission.
_PERMISSION_DENIED_RE = re.compile(r"\b(?:can['’]t|cannot|can not|may not)\b", re.IGNORECASE)


def _denied_read(clause: str, denied: frozenset[str]) -> frozenset[str]:
    """What a statement denies (its negations' words), permission words read as one; a prohibition ("forbidden")
    and a negated "can" or "may" deny permission."""
    if _FORBIDDEN_RE.search(clause) or _PERMISSION_DENIED_RE.search(clause) or denied & _PERMISSION_STEMS:
        return (denied - _PERMISSION_STEMS) | {_PERMISSION}
    return denied


#: Any negation, a word or a prefix: a statement holding one is not a plain statement ("carry no travel charge",
#: "the deposit is non-refundable", "is impossible").
_ANY_NEGATION_RE = re.compile(r"n['’]t\b|\b(?:not|no|never|cannot|nor|none|nothing|nobody|neither|without"
                              r"|impossible|unable|unavailable)\b|\bnon-?[a-z]", re.IGNORECASE)


#: A record written into a prompt ("-> {"order": ..., "estimated_delivery": null}"): its empty fields are no denial,
#: and its keys no statement.
_RECORD_MARK_RE = re.compile(r"[{}]|\"\s*:")


def _signed_words(text: str) -> frozenset[str]:
    """A statement's word stems (no figures; hyphened words read as two, "photo-ID"), permission words as one."""
    return _permission_read(text, word_stems(text.replace("-", " ")))


#: Days and months by their stems, in the plural too ("on Mondays"): a statement naming one sets a time ("may" is a
#: permission word here).
_CALENDAR_STEMS = frozenset(stem(w) for w in (*WEEKDAYS, *MONTHS) if w != "may")


def _holds_fact(text: str, words: frozenset[str]) -> bool:
    """Does a statement state a hard fact (:func:`is_fact_free`) or name a day or a month ("on Mondays")?"""
    return not words.isdisjoint(_CALENDAR_STEMS) or not is_fact_free(text)


class _Signed(NamedTuple):
    """An evidence statement as the covered-polarity reading holds it."""

    words: frozenset[str]
    denied: frozenset[str]  # the words it denies, none when it denies nothing
    plain: bool  # its sentence holds no negation at all
    codes: frozenset[str]  # the codes it names ("R22")
    figured: bool  # it states a hard fact, a day or a month (:func:`_holds_fact`)
    sentence: str


@text_cache(maxsize=2048)
def _signed_statements(text: str) -> tuple[_Signed, ...]:
    """Each main statement of a source with two words or more (cached per source text: articles recur): plain
    when its sentence holds no negation at all ("Bike swap by guest: not possible." denies what its first clause
    names); a subordinate clause ("unless every copy is missing") states no rule of its own, nor does a heading or a
    record line (no full stop: "Room charges"); a negation that only sets a time ("isn't due until") denies none,
    and one in a relative clause ("runners who have not reached ...") names whom the rule is about."""
    out = []
    for clause, sentence, _ in _statement_clauses(text):
        words = _signed_words(clause)
        if (len(words) < 2 or _SUBORDINATE_RE.match(clause) or _RECORD_MARK_RE.search(sentence)
                or not sentence.rstrip().endswith((".", "!")) or _RELATIVE_DENIAL_RE.search(clause)):
            continue
        timed = NOT_UNTIL_RE.search(sentence) is not None
        denied = _NONE if timed else _denied_read(clause, _denied_in(clause, sentence) | _denied_stems(clause))
        # the clause lending its predicate to an elliptical denial after it ("Breakfast is included, but parking
        # isn't") is plain when it is: the negation is the other clause's
        lender = lending_clause(sentence)
        said = lender if lender is not None and clause in lender else sentence
        plain = (not timed and not denied and _ANY_NEGATION_RE.search(said) is None
                 and _FORBIDDEN_RE.search(said) is None)
        out.append(_Signed(words, denied, plain, frozenset(identifiers_in(clause)), _holds_fact(clause, words),
                           sentence))
    return tuple(out)


#: A clause that sets when the clause before it holds ("when you pay with a credit card"): part of its statement.
_WHEN_RE = re.compile(r"^(?:when|whenever|if|once)\b", re.IGNORECASE)


def _claim_statements(claim: str) -> list[str]:
    """The claim's statements: each clause with the "when" or "if" clauses after it ("there's no surcharge" "when you
    pay with a credit card"), as a rule's condition belongs to it; other subordinate clauses ("while a run-flat is
    not repaired") are not read, nor is a restriction ("only")."""
    out: list[str] = []
    for clause in _clauses(_OPENER_RE.sub("", claim)):
        if _WHEN_RE.match(clause) and out:
            out[-1] = f"{out[-1]} {clause}"
        elif not _SUBORDINATE_RE.match(clause):
            out.append(clause)
    return [statement for statement in out if not _ONLY_RE.search(statement)]


def _coverage(held: frozenset[str], words: frozenset[str]) -> float:
    """The share of an evidence statement's words the claim's statement holds, none under two words, and none when
    a statement of three words or fewer misses one: there the word missed names the subject ("Advance tickets are
    not refundable" is not about "Anytime tickets")."""
    shared = len(held & words)
    if shared < 2 or (len(held) <= _SHORT_STATEMENT and shared < len(held)):
        return 0.0
    return shared / len(held)


def _covered_reversal(claim: str, evidence: Evidence) -> MeaningGap | None:
    """A claim statement holding :data:`COVERED_POLARITY_SHARE` of an evidence statement's words, the word that
    statement denies among them, where the claim states it (with no denial anywhere in the claim), or a word the
    claim denies that the evidence statement states plainly, and no statement of the claim's own sign is held as
    well: the rule turned round. Read from the evidence's side, as a claim adds words of its own ("a photo on your
    phone", "for the ficha técnica") that leave the evidence statement under half of the claim's words; the
    permission words are one ("can swim" against "swimming is not allowed")."""
    if not READ_COVERED_POLARITY:
        return None
    stated = _REASSURANCE_RE.sub("", _OPENER_RE.sub("", claim))
    if NOT_UNTIL_RE.search(stated):
        return None  # "isn't taken until the day" sets a time, and denies nothing
    claim_denies = bool(_denied_stems(stated)) or (may_hold(stated, _DENIAL_KEYS) and _DENIAL_RE.search(stated)
                                                   is not None)
    if not claim_denies and not _prose_denied(evidence):
        return None  # the claim states and the articles deny nothing: no rule can be turned round
    signed = evidence.once("claim_meaning.signed_evidence", _signed_evidence)
    if not signed:
        return None  # no evidence statement to turn round
    for statement in _claim_statements(claim):
        if _YET_RE.search(statement) or not function_word_counts(statement)[2]:
            continue  # a record's state, or a statement in another language (its negation in its own words)
        denied = _denied_read(statement, _denied_stems(statement)) if claim_denies else _NONE
        if claim_denies and not denied:
            continue  # a denial in other words than a negation's ("nothing", "nor") names no word: not read
        against = _turned_round(statement, denied, signed)
        if against is not None:
            return MeaningGap("polarity", statement, against)
    return None


def _signed_evidence(evidence: Evidence) -> tuple[_Signed, ...]:
    """The signed statements of the articles and prompts in source order (gathered once per request, not once per
    claim statement)."""
    return tuple(found for source in evidence.sources if source.prose and not source.user
                 for found in _signed_statements(source.text))


def _turned_round(statement: str, denied: frozenset[str], signed: tuple[_Signed, ...]) -> str | None:
    """The evidence sentence whose statement the claim's statement (denying ``denied``, or nothing) holds best with
    the other sign, when no statement of its own sign is held as well; None otherwise. The claim's codes and facts
    are read only when a statement it covers names a code or states a fact (most name none)."""
    words = _signed_words(statement)
    codes: frozenset[str] | None = None
    figured: bool | None = None
    best, against, own = 0.0, None, 0.0
    for held in signed:
        cover = _coverage(held.words, words)
        if cover < COVERED_POLARITY_SHARE:
            continue
        if held.codes:
            codes = frozenset(identifiers_in(statement)) if codes is None else codes
            if not held.codes <= codes:
                continue  # a statement naming a code the claim does not ("R22 units") is of another thing
        # the claim states what the statement denies, or denies a word the statement states plainly; a figure or a
        # day in both ("boats over 12 m can't" of "up to 12 m", "not on Mondays" of "Tuesday to Friday") sets the
        # sides of a bound, read by the limit readings
        opposite = bool(denied & held.words) and held.plain if denied else bool(held.denied) and held.denied <= words
        if opposite and cover > best and held.figured:
            figured = _holds_fact(statement, words) if figured is None else figured
        if opposite and cover > best and not (held.figured and figured):
            best, against = cover, held.sentence
        elif held.denied if denied else held.plain:
            own = max(own, cover)  # a statement of the claim's own sign about the same: not turned round
    return against if not own else None
