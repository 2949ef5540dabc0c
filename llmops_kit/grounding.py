"""Is a claim supported by the evidence the model saw? Hard facts exactly, wording by words, then by meaning.

Evidence is everything the answering model was given: retrieved documents, tool results, the user's
own message and the system prompt (:class:`llmops_kit.evidence.Evidence`). A claim is judged in steps, the
cheap exact ones first, and each verdict names the evidence sentence behind it:

1. **Echoes.** "I've noted +33 6 12 ..." repeats the user's own message: supported by it when every number,
   code and e-mail it states is the user's (the personal-data detector judges the leak). A claim on what the
   texts the bot found cover and lack ("The sheets I found cover F-roads, but nothing about ferries";
   :mod:`llmops_kit.found_sources`) is *supported* when no evidence sentence holds the topic it says is missing,
   *contradicted* when one does.
2. **Hard facts.** Every number (digits or words; a claimed figure may also be the sum, difference, product
   or ratio of two numbers the answer states; a time or day may be clock arithmetic on the answer's grounded
   times by a stated duration), amount or duration with its unit ("€20" is not "20 GB", "8 lb" not "8 kg"),
   time of day ("9 pm" is not "9 am"), digit-grouped number in any layout ("+44 800 157 0420" is
   "0800 157 0420"), e-mail, identifier and name must occur in the evidence (the user's message vouches
   for numbers, codes and names it states, not for the options a question offers). One that does not
   makes the claim *absent*, or *contradicted* when an evidence sentence states another value with the
   same unit, or when the claim states it of a subject the evidence gives another value
   (:mod:`llmops_kit.grounding_context`: "a £30 late fee" where the late fee is £12), or an amount the evidence
   attaches to another item of the same list, row or sentence (:mod:`llmops_kit.figure_owner`: "the adult
   package is kr 620" where kr 620 is the premium package's), or the amount of a version of a price whose date
   or day the customer's fails (:mod:`llmops_kit.dated_versions`: "₩9,000" for 2027.04.03 where the price is
   "₩9,000 until 2027.03.31; ₩11,000 from 2027.04.01"), or a general price worked into the party's total where the
   customer's stated circumstance meets a group's other price (:mod:`llmops_kit.customer_conditions`: "฿1,500 per
   person, so for the three of you it's ฿4,500" for a 10-year-old against "Children aged 6 to 12 pay ฿900"), or a
   clause saying covered what the evidence
   leaves out (:mod:`llmops_kit.excluded_items`: "also covers lockers" against "(not lockers)"), or a time of day with
   a day the evidence gives other times (:mod:`llmops_kit.schedule_days`: "Saturday at 14:00" where Saturday's
   screening is at 11:00 and 14:00 is Sunday's), or a date no source states where a source gives another day
   of its month ("due by 12 May" where the record's balance is due 2026-05-09), or a record's field restated
   with another value (:mod:`llmops_kit.record_fields`: "9am-12pm: available" where the slot is full), or said
   missing while it holds a value (:mod:`llmops_kit.empty_fields`: "no time window yet" against "window: 09:00-11:00";
   against "window: ." the claim is *supported*), or a
   count or duration no evidence states with its unit where a clause on its subject gives another value
   (:mod:`llmops_kit.unheld_figures`: "at least 10 children" against "at least 8 children"), or the evidence's
   value with another unit of its measure (:mod:`llmops_kit.unit_swaps`: "15 feet" against "15 metres"), or a
   day an evidence sentence on its subject rules out (:mod:`llmops_kit.day_sets`: "open Tuesday to Sunday"
   against "closed Monday and Tuesday"), or a figure held only for another subject where a clause naming
   everything the claim's clause names gives another value (:mod:`llmops_kit.subject_figures`: "A cat spay is
   $220" against "Cat spay: $310."), or a figure changed where the claim restates an evidence sentence word for
   word around it (:mod:`llmops_kit.changed_figures`: "Lockers take a 2 € coin" against "Lockers take a 1 € coin",
   the 2 held elsewhere or reached by arithmetic on the answer's other figures). A
   status the claim gives a record ("APT-55021 was cancelled") must be the status its tool result states. An answer to a
   question that offers two options ("Who is older, A or B?") must not give one option what the evidence
   says of the other (:mod:`llmops_kit.option_answers`): *contradicted*.
3. **New subject matter.** A claim naming no hard fact whose content words are mostly (at least two, more than half)
   found nowhere the model looked is *unsupported* (:data:`NOVEL_WORDS_FABRICATE`). A claim whose words are not
   mostly new and that compares a figure of the user's with one of the evidence, truly ("5.5 in writing is below the
   6.0 minimum"), is *supported*: the comparison is arithmetic on given figures. So is a claim applying an evidence
   sentence's time limit to the customer's own length of time ("at least 2 days before the dispatch date, and
   tomorrow is too close"; :mod:`llmops_kit.rule_applications`), or a stated bound on any figure to the customer's
   ("for ages 14 and up, so a 12-year-old can't join yet"), its other parts judged on their own; applied
   wrongly, it is *contradicted*.
4. **Wording, exactly.** A claim answering a question that asks for a thing (who, what, which, where, when)
   whose every added word (beyond the question's) no evidence holds, nor a synonym of it, answered from
   nowhere: *unsupported*. Otherwise supported when the evidence holds ``lexical_support`` of the claim's
   content words (a word counts as held when the closest evidence sentence has a synonym of it by word
   vectors, :data:`~llmops_kit.grounding_paraphrase.SYNONYM_SIMILARITY`), or all of them but one word that
   is at most one in four (a
   paraphrase swaps a word); a one-clause denial the evidence never makes ("X is not involved", "there are
   no ...") is *unsupported*.
5. **Wording, by meaning.** Otherwise the claim is embedded offline with every evidence sentence, pair of
   neighbouring sentences and the fields of a tool record it draws on, dates in prose (one batch per
   answer, cached per text; a claim's weakest clause stands for it when closer than the whole), and
   :func:`llmops_kit.claim_decision.decide` weighs that similarity's margin over ``semantic_support`` with
   the share of its words the evidence holds and of its readings that are hard facts (fitted on seven authors'
   sets): *supported*,
   *unsupported*, or *invented* when worded far from everything and holding almost none of its words.
   Before that, and on a claim the words found supported, a claim with no hard fact is read for what it says
   (:mod:`llmops_kit.claim_meaning`): an added condition, a widened scope, a promise or a reversed polarity
   the evidence does not state makes it *unsupported*.

A claim that hands the customer to a contact the evidence publishes ("For anything else call ...") is
supported when its other words are a hand-off's or the evidence's, but one (:func:`hands_off`); so is one
carrying back a value the customer gave ("The desk can add 07700 900583 to your ticket"), or giving the published
line with its days written out ("Tuesday to Saturday" of "Tue-Sat"), and a claim joining a statement to such a
piece is judged on the statement when it is not supported whole (:mod:`llmops_kit.handoff_clauses`); so is a fact
joined in one sentence to a decline or a hand-off the claim reader drops alone ("...; I can't judge distance from a
postcode district", "..., but the team will confirm your address": :mod:`llmops_kit.joined_declines`). Conversely,
a claim supported as a whole that joins a clause with a predicate of its own ("Leashed dogs are welcome in the
field, but not on the wagon") is judged clause by clause, and a clause a reading finds wrong alone gives the claim
its verdict (:mod:`llmops_kit.own_clauses`). The rows of
a markdown table, and headings that state a figure, are no claims, but their figures are facts
(:func:`judge_table_rows`), and a claim may compute from them; a row's or a labelled list item's figure is also
read against what the evidence states of its label (:mod:`llmops_kit.labelled_figures`: "Inverter: 15 years"
where the inverter sentence says 10 years), and a row's yes or no, or an item's one-word rule, against what the
evidence's clauses say of its label (:mod:`llmops_kit.labelled_polarity`: "| Booking fee | Yes |" under
"Refunded?" where the fee "is not refunded"), and a row's clock time or bare number against the clause naming
its label in full or shortened (:mod:`llmops_kit.labelled_cells`: "| Sun | 10am to 11pm |" where "Sunday 10am
to 10pm"). A claim in another language than the evidence
(the language read on the whole answer) is judged by its hard facts alone, and so is an English claim when every
document is in another language (:mod:`llmops_kit.foreign_evidence`). ``contradicted``, ``absent`` and
``invented`` are :data:`FABRICATED`: the HALLUCINATION detector fires on any one of them, and on groundedness
(the share of supported claims) below the contract's floor. Nothing here looks at an answer's length, style
or position: each claim stands or falls on its own evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from . import claim_decision
from . import evidence as _evidence_module
from .apology_words import apology_stems
from .asked_persons import opening_name_clash
from .asked_requests import ASKED_PREFIX, contradicted_request
from .asked_thresholds import excluded_yes
from .changed_figures import changed_days, changed_figure, changed_frequency
from .claim_decision import ClaimSignals, measure
from .claim_meaning import MeaningGap, adds_only_light_words, is_fact_free, meaning_gap, restated_claim
from .claimed_days import clashing_days, same_day_stems
from .contact_details import own_email_stems
from .conversion_words import converted_unit_words
from .courtesy_handoffs import COURTESY_SOURCE, courtesy_handoff
from .credit_refunds import credit_only_refund
from .customer_conditions import excepted_total
from .customer_language import in_customer_language, in_unlisted_language, unheld_names
from .customer_place import declines_own_code
from .dated_versions import other_version
from .day_sets import ruled_out_day
from .distributed_products import distributed_products
from .empty_fields import EmptyField, denied_in_clause, said_empty
from .evidence import Evidence, EvidenceSource
from .evidence_readers import ALNUM_RE as _ALNUM_RE
from .evidence_readers import NONE as _NONE
from .evidence_readers import ROUND_THE_CLOCK, ROUND_THE_CLOCK_WORDS, render_tool_output, says_round_the_clock
from .evidence_statements import negated, sentence_stems
from .excluded_items import covered_exclusion
from .figure_owner import foreign_owner
from .filled_fields import filled_field
from .found_sources import FOUND_LACK, found_limits, sources_lack
from .free_thresholds import missed_free_threshold
from .grounding_context import misplaced_figure
from .grounding_paraphrase import (
    WH_RE,
    facts_together,
    hands_off,
    is_paraphrase,
    unheld_words,
    with_synonyms,
)
from .handoff_acts import HANDOFF_ACT_SOURCE, handoff_act
from .handoff_clauses import carries_contact, hands_over, without_handoffs
from .held_imperatives import HELD_IMPERATIVE_SOURCE, held_imperative
from .joined_acts import business_act
from .joined_declines import declines, declines_whole, joined_facts
from .limit_sides import affirmed_bound, crossed_bound
from .opening_words import range_end_verbs
from .option_answers import option_clash
from .own_clauses import OwnClause, own_clauses
from .paired_figures import swapped_pair
from .part_payments import unpaid_part
from .payment_states import clashing_payment
from .period_windows import WINDOW_SOURCE, window_outcome
from .priced_gratuities import priced_gratuity, unnamed_gratuity
from .qualified_rates import omitted_qualifier
from .range_outside import outside_range
from .record_answers import answered_against_record
from .record_counts import asked_party_count, other_field_count
from .record_denials import denied_record_field
from .record_fields import field_clash, labelled_value_clash
from .record_flags import flag_clause_clash
from .record_kinds import other_kind
from .record_values import other_field_value
from .record_variants import other_variant
from .record_ways import other_way
from .required_items import unnamed_requirement
from .restricted_cases import outside_distance, restricted_case
from .rule_applications import Application, allowed_length, applied_limit, bound_application, excluded_case
from .said_counts import said_count_clash
from .schedule_days import misplaced_day
from .scope_declines import scope_decline
from .shared_bases import person_priced_share
from .sibling_attributes import swapped_attribute
from .span_ends import span_end_words
from .standing_records import kept_record, still_standing
from .status_denials import denied_status
from .subject_figures import other_subject_figure
from .tax_notes import unstated_tax_stems
from .text import (
    STOPWORDS,
    content_stems,
    grouped_digits,
    identifiers_in,
    names_in,
    numbers_in,
    stem,
    times_in,
    words_in,
)
from .text.clock_periods import period_words
from .text.foreign_facts import english_facts
from .text.language import answer_is_foreign, is_foreign
from .text.locale_amounts import held_amount_texts
from .text.numbers import clock_words
from .text.tokens import COURTESY_STEMS, general_word_stems, irregular_forms
from .text.worded_forms import form_words
from .unheld_figures import unheld_figure
from .unit_fields import unit_field_clash
from .unit_swaps import swapped_unit
from .universal_scope import scope_exception, widened_deadline
from .unrestricted_times import unrestricted_time
from .widened_seasons import widened_season

__all__ = [
    "FABRICATED",
    "READ_HYPHENED_CODES",
    "READ_LABEL_RANGES",
    "READ_RANK_LABELS",
    "ClaimSupport",
    "Evidence",
    "EvidenceSource",
    "fires_hallucination",
    "judge_claims",
    "judge_table_rows",
    "render_tool_output",
]


Verdict = Literal["supported", "contradicted", "absent", "invented", "unsupported"]
#: Verdicts that show a fabrication outright (a hard fact contradicted or absent, new subject matter), as
#: against a claim merely not matched closely enough.
FABRICATED: frozenset[str] = frozenset(("contradicted", "absent", "invented"))


def fires_hallucination(verdicts: Sequence[str], floor: float) -> bool:
    """The HALLUCINATION detector's rule on an answer's claim verdicts: any :data:`FABRICATED` one, or a share of
    supported claims (to four places, as the quality report gives groundedness) under ``floor``. Written once for
    the tools that decide verdicts again (the fitting, attribution and first-score replay scripts)."""
    if any(v in FABRICATED for v in verdicts):
        return True
    return bool(verdicts) and round(sum(v == "supported" for v in verdicts) / len(verdicts), 4) < floor


class ClaimSupport(BaseModel):
    """One claim's verdict and the evidence sentence behind it (the closest one when unsupported)."""

    model_config = ConfigDict(frozen=True)

    claim: str
    verdict: Verdict
    source: str | None = None  # "document kb-012", "tool order_lookup", "user message", "system prompt"
    evidence: str | None = None
    similarity: float | None = None  # cosine similarity, when the embedding step decided
    missing: tuple[str, ...] = ()  # hard facts of the claim absent from every evidence source

    @property
    def supported(self) -> bool:
        return self.verdict == "supported"

    def describe(self) -> str:
        """One line: which evidence sentence supports or contradicts which claim."""
        where = f"{self.source}: {self.evidence!r}" if self.evidence else "no evidence sentence"
        if self.verdict == "supported":
            how = f" (similarity {self.similarity:.2f})" if self.similarity is not None else ""
            return f"{self.claim!r} is supported by {where}{how}"
        if self.verdict == "contradicted":
            return f"{self.claim!r} states {', '.join(self.missing)}, contradicted by {where}"
        if self.verdict == "absent":
            return f"{self.claim!r} states {', '.join(self.missing)}, which no evidence contains"
        if self.verdict == "invented" and self.missing:
            return f"{self.claim!r} brings in {', '.join(self.missing)}, found nowhere in what the model was shown"
        if self.verdict == "invented":
            return f"{self.claim!r} is worded far from everything the model was shown (similarity {self.similarity})"
        if self.source == NEW_WORDS_SOURCE and self.missing:
            return f"{self.claim!r} is not supported: it brings in {', '.join(self.missing)}, found nowhere"
        sim = f" (similarity {self.similarity:.2f})" if self.similarity is not None else ""
        return f"{self.claim!r} is not supported; the closest evidence is {where}{sim}"


def _verdict(**fields: Any) -> ClaimSupport:
    """A ClaimSupport from fields this module typed already. Validated all the same: pydantic-core builds a
    small model about three times faster than ``model_construct``'s Python loop over the fields."""
    return ClaimSupport(**fields)


#: The bot acknowledging what the customer just told it ("I've noted +33 6 12 ...", "I can see the card ...
#: you mentioned"): it restates the user's message, so it is judged against that message alone.
_ECHO_RE = re.compile(
    r"^(?:i(?:'ve| have)? (?:noted|recorded|saved|logged|registered|taken note of)|i (?:can )?see"
    r"|(?:as )?you(?:'ve| have)? (?:mentioned|told|said|given|provided|shared)"
    r"|you (?:gave|provided|shared|entered|supplied|asked for)"
    r"|the (?:\w+ )?(?:number|e-?mail|address) you (?:gave|provided)"
    # a request about what the customer just posted ("For your security, please don't post card numbers such as
    # 4111 ... in chat"): it repeats the customer's number, and the personal-data detector judges the leak
    r"|(?:for your (?:security|safety|privacy),?\s+)?please (?:don't|do not|never|avoid)\b)\b",
    re.IGNORECASE,
)
#: A claim is *invented* when at least this many of its content words, and more than half of them
#: (:data:`NOVEL_SHARE`), occur nowhere in what the model was shown (documents, tool results, system prompt,
#: the user's message; stems and five-letter starts compared), and it names no hard fact (all of which were
#: found, or it would be absent already): it introduces things nobody mentioned, however close its
#: embedding. A paraphrase swaps a word or two and keeps the subject; an invented promise brings its own
#: subject. A claim anchored on grounded hard facts (an order id, its amount and dates) is about a recorded
#: thing, and a terse tool record ("eta: 2025-07-21") leaves its wording ("expects to deliver") to the model.
NOVEL_MIN = 2
NOVEL_SHARE = 0.5
#: Whether such a claim is fabricated on its own (*invented*: the detector fires on it alone) or only
#: *unsupported* (it lowers groundedness). Unsupported since the ``novel44`` round: replayed as first met, ten
#: authors' sets raise 27 fewer false alarms for 3 true positives, because a paraphrase worded in the writer's own
#: vocabulary passes the test as often as an invented promise does. A claim that also states a figure, a date or a
#: name the evidence lacks is still *absent* (step 2), and the readings' promises and requirements still invented.
NOVEL_WORDS_FABRICATE = False
#: The source such an unsupported claim names: no sentence, its words are new (a clause cut from a supported claim
#: and found so is not taken against the claim, as an invented one was not: a short clause is too terse for it).
NEW_WORDS_SOURCE = "no evidence (its words are found nowhere)"


def _in_docs(word_stem: str, evidence: Evidence) -> bool:
    return any(word_stem in stems for stems in evidence.stems)


def _compounds_split(stems: frozenset[str], claim: str, evidence: Evidence) -> frozenset[str]:
    """A hyphenated compound the evidence does not hold whole is read as its words: "per-component" states
    "component" (the article's "no component below 6.0"), "first-year" states "year"."""
    if not any("-" in s for s in stems):
        return stems
    parts = {stem(word): word.split("-") for word in _COMPOUND_RE.findall(claim)}
    out = set()
    for word in stems:
        if word not in parts or _in_docs(word, evidence):
            out.add(word)
            continue
        out.update(stem(p) for p in parts[word] if len(p) > 1 and p.lower() not in STOPWORDS)
    return frozenset(out)


_COMPOUND_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


#: A month named with its day ("31 March", "May 18") and a calendar unit counted by a number ("28 days",
#: "2 weeks"): words that belong to a hard fact, which the hard-fact step has checked already.
_FACT_WORD_RE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b|\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december) \d{1,2}\b|\b\d+(?:\.\d+)?[ -](minutes?|hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)


#: The words :data:`_FACT_WORD_RE` can match, lower case: an ASCII claim naming none of them has no fact word,
#: and its word set (read for the status check already) says so for the cost of a set test.
_FACT_WORD_SET = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
    "years"))


#: (Case-sensitive, for a lower-cased ASCII claim; its look-ahead states the characters a match starts with, a digit
#: or a month's first letter, so the search tries the alternatives only there: the same matches, twice as fast.)
_FACT_WORD_LOWER_RE = re.compile(f"(?=[\\djfmasond])(?:{_FACT_WORD_RE.pattern})")


def _implied_stems(claim: str, evidence: Evidence) -> frozenset[str]:
    """The stems of the claim's country, nationality and language names a place of the evidence implies
    ("france" of a parcel for Lyon): checked as names, so no wording needs to hold them."""
    if not _evidence_module.READ_PLACES:  # off while the claim decision is fitted
        return _NONE
    implied = evidence.implied_names(names_in(claim), claim)
    return frozenset(stem(p) for name in implied for p in _ALNUM_RE.findall(name))


def _fact_words(claim: str) -> frozenset[str]:
    """The stems of the words that are part of a date or a duration the claim states ("March" of "31 March",
    "days" of "28 days"): a terse "31 March (28 days)" states facts only, and is not a wording to match."""
    if not _DIGIT_RE.search(claim):
        return _NONE
    # case folding lets a non-ASCII letter match ("ſ" as "s"), which the word set would not see
    if not claim.isascii():
        return frozenset(stem(word) for m in _FACT_WORD_RE.finditer(claim) for word in m.groups() if word)
    if _FACT_WORD_SET.isdisjoint(words_in(claim)):
        return _NONE
    # an ASCII claim lower-cased matches the case-sensitive pattern where it matched ignoring case, twice as
    # fast; the words are stemmed, which lower-cases them anyway
    return frozenset(stem(word) for m in _FACT_WORD_LOWER_RE.finditer(claim.lower()) for word in m.groups() if word)


def _subject_stems(stems: frozenset[str], general: frozenset[str], evidence: Evidence) -> frozenset[str]:
    """A claim's stems less its general nouns (``general``) the evidence lacks, so the novel-word rule and the
    coverage weigh its subject only; the claim keeps its stems when nothing else would be left. (Its apology is
    kept: :func:`~llmops_kit.claim_meaning.adds_only_light_words` supports a claim whose only new word it is and
    whose denial is the evidence's, and the rule alone leaves it uncounted.)"""
    unheld = evidence.novel(general)
    left = stems - unheld
    return left if left else stems


def _evidence_lemmas(evidence: Evidence) -> frozenset[str]:
    """The dictionary-form stems of the prose sources' irregular forms ("pay" of "paid"), read once per request. A
    tool record's "held: false" is a field's name, no statement in a tense: its words are read as written."""
    return frozenset(lemma for source in evidence.sources if source.prose for _, lemma in irregular_forms(source.text))


def _regular_novel(claim: str, novel: set[str], evidence: Evidence) -> set[str]:
    """``novel`` less the words the evidence holds once an irregular form on either side is read as its dictionary
    form (:func:`~llmops_kit.text.tokens.irregular_forms`): the claim's "lent" of the evidence's "lend", the
    claim's "pay" of the evidence's "paid". Any other word stays as Snowball reads it."""
    own = dict(irregular_forms(claim))
    lemmas = evidence.once("grounding.irregular_lemmas", _evidence_lemmas)
    if not own and not lemmas:
        return novel
    return {s for s in novel if s not in lemmas and not (s in own and not evidence.novel(frozenset((own[s],))))}


def _mostly_novel(novel: set[str] | frozenset[str], stems: frozenset[str]) -> bool:
    """Are the claim's words no evidence holds (``novel``) enough of its ``stems`` to make it new subject matter
    (at least :data:`NOVEL_MIN`, and more than :data:`NOVEL_SHARE` of them)?"""
    return len(novel) >= NOVEL_MIN and len(novel) > NOVEL_SHARE * len(stems)


def _anchored(claim: str) -> bool:
    """Does the claim name a hard fact (number, time, code, contact number, e-mail, name)?"""
    return bool(numbers_in(claim) or identifiers_in(claim) or times_in(claim) or grouped_digits(claim)
                or "@" in claim or names_in(claim))


def judge_table_rows(rows: Sequence[str], claims: Sequence[str], evidence: Evidence) -> list[ClaimSupport]:
    """The table rows of an answer whose figures no evidence holds ("under $35; $6.99" against "otherwise it
    costs $5.99"), as *contradicted* or *absent* verdicts. A row is layout, not wording: it is judged by its
    hard facts alone, and a row whose figures are all found adds no verdict (it is not a claim of its own)."""
    if not rows:
        return []
    texts = [*claims, *rows]
    answer_text = " ".join(texts)
    # a range in a row's label bounds an age or a size and adds to no price
    if READ_LABEL_RANGES and ("-" in answer_text or "–" in answer_text):
        texts = [*claims, *(_label_ranges_blanked(row) for row in rows)]
    # a place in a row's label ("1st", "2nd place") ranks the row; it is no figure of it
    ranked = READ_RANK_LABELS and any(_RANK_LABEL_RE.match(row) for row in rows)
    if ranked:
        texts = [*claims, *(_rank_label_blanked(row) for row in texts[len(claims):])]
    answer = frozenset().union(*(numbers_in(t) for t in texts))
    out = []
    for row in rows:
        checked = _rank_label_blanked(row) if ranked else row  # the row's facts; the verdict names the row whole
        if not _DIGIT_RE.search(checked):
            clash = field_clash(row, evidence)  # a two-cell row restating a record's field ("meet & greet; included")
            if clash is not None:
                out.append(_contradicted(row, clash))
            continue
        numbers, others = evidence.missing_facts(checked, names=False, answer=answer, answer_text=answer_text,
                                                 row=True)
        if not (numbers or others):
            continue
        found = evidence.contradiction(checked, numbers) if numbers else None
        out.append(_verdict(claim=row, verdict="contradicted" if found else "absent", source=found and found[0],
                            evidence=found and found[1], missing=(*numbers, *others)))
    return out


_DIGIT_RE = re.compile(r"\d")
#: A range in a table row's label cell ("Little jumpers (2-5), per hour; R$ 39,90", "Kids 3-12; $20"): two bounds
#: of what the row is for, never operands another row's figure is worked from ("R$ 99,90" is no R$ 94,90 + 5).
_LABEL_RANGE_RE = re.compile(r"(?<![\d.,:/])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,:/])")
#: Read a row label's range as no operands; off in the claim-decision fit (``tools/fit_claim_decision.py``).
READ_LABEL_RANGES = True
#: A code's hyphened letter part left out of the claim's words as its plain letters are ("inv-gdf" of INV-GDF-10442,
#: a code read as "invgdf10442" and checked as a hard fact above), the decl46 round; off in the fit.
READ_HYPHENED_CODES = True


#: Read an ordinal in a table row's label ("| 1st | 200 zł voucher |", "| 2nd place | ... |") as the row's place, not
#: a figure the evidence must hold (the ``text46`` round: a prize table's "1st" was read as the figure 1 and found
#: absent); off in the claim-decision fit.
READ_RANK_LABELS = True
#: A row (cells joined by "; ") whose label is an ordinal written with figures, "place" after it or not.
_RANK_LABEL_RE = re.compile(r"\s*\d{1,2}(?:st|nd|rd|th)(?:\s+place)?\s*(?:;|$)", re.IGNORECASE)


def _rank_label_blanked(row: str) -> str:
    """A table row with its ordinal label taken out (its place among the rows, no figure of it); other rows as
    they are."""
    match = _RANK_LABEL_RE.match(row)
    if match is None:
        return row
    rest = row[match.end():].strip()
    return rest or row


def _label_ranges_blanked(row: str) -> str:
    """A table row (cells joined by "; ") with the ranges of its first cell, the label, taken out."""
    label, sep, rest = row.partition("; ")
    if not sep or ("-" not in label and "–" not in label):
        return row
    return _LABEL_RANGE_RE.sub(" ", label) + sep + rest


def judge_claims(
    claims: Sequence[str], evidence: Evidence, *, lexical_support: float, semantic_support: float,
    table_rows: Sequence[str] = (), hard_facts_only: bool = False,
) -> list[ClaimSupport]:
    """A verdict per claim, in order (see the module docstring for the steps). ``table_rows``: the answer's
    table rows, whose figures a claim may compute from ("Annual saves $3 a week" below a table of prices).
    ``hard_facts_only``: judge every claim as a claim in another language than the evidence is judged, by its
    hard facts alone (the evidence is in another language: :mod:`llmops_kit.foreign_evidence`)."""
    texts = [*claims, *table_rows]
    answer = frozenset().union(*(numbers_in(c) for c in texts)) if texts else _NONE
    answer_text = " ".join(texts)
    # the answer's language, read on all of it: a short piece cut off at an abbreviation ("Der Nachweis (z")
    # says too little on its own, and one answer is written in one language
    foreign_answer = len(claims) > 1 and answer_is_foreign(claims)
    # a short answer in the customer's language says so only with the question: judged by its hard facts and
    # the names it shares with the evidence or the question
    customer = (not foreign_answer and not any(map(is_foreign, claims))
                and (in_customer_language(claims, evidence.user_text)
                     or in_unlisted_language(claims, evidence.user_text, evidence)))
    context = (answer, answer_text, foreign_answer or customer or hard_facts_only)
    verdicts = _judge(claims, evidence, lexical_support, semantic_support, context)
    if customer:
        verdicts = [_named(v, evidence, answer, answer_text) for v in verdicts]
    verdicts = _other_forms(verdicts, claims, evidence, (lexical_support, semantic_support), context)
    # a held claim joining clauses of their own ("..., but not on the wagon"): each such clause judged alone
    return _own_clauses_judged(verdicts, claims, evidence, (lexical_support, semantic_support), context)


def _other_forms(verdicts: list[ClaimSupport], claims: Sequence[str], evidence: Evidence,
                 support: tuple[float, float], context: tuple[frozenset[str], str, bool]) -> list[ClaimSupport]:
    """The verdicts with the claims not supported as written judged again in other forms, one reading after
    another, each supported when every piece of the form is:

    - a statement joined to a piece that only hands off to a published contact or carries back the customer's
      own value: the statement alone (the contact itself is checked as a hard fact before a piece is left out);
    - a fact joined to a decline or a hand-off in one sentence ("...; I can't judge distance from a postcode
      district"): its facts alone (a decline naming another figure, promising, or speaking of the fact stays in);
    - a condition that says the evidence's own condition in other words ("unless ... a fault we didn't mention"
      of "except for a fault we didn't tell you about"): the claim with the condition in the evidence's words."""
    answer, answer_text, _ = context

    def without_handoff(claim: str) -> list[str] | None:
        core = without_handoffs(claim, evidence, answer, answer_text)
        return None if core == claim else [core]

    def joined(claim: str) -> list[str] | None:
        return joined_facts(claim, evidence, answer, answer_text)

    def restated(claim: str) -> list[str] | None:
        said = restated_claim(claim, evidence)
        return None if said is None else [said]

    def found_limit(claim: str) -> list[str] | None:
        # "The notes I found are about our cat rules and adoptions": the texts' topic, held by them; nothing to judge
        # "The booking still stands" after a refusal the cancel tool's "cancelled: False" backs
        # "I can only help with the café, sorry": a decline naming what the bot is for, a claim alone
        # "SK1 is a postcode district I can't map from here": the customer's own code, declined
        return [] if (found_limits(claim, evidence) or still_standing(claim, evidence)
                      or scope_decline(claim, evidence) or declines_own_code(claim, evidence.user_text)) else None

    def kept(claim: str) -> list[str] | None:
        # "Your booking stays on Sat 13 March" after a tool's "moved: False": the record kept as it was
        return kept_record(claim, evidence)

    for pieces_of in (without_handoff, joined, restated, found_limit, kept):
        verdicts = _judge_again(verdicts, claims, pieces_of, evidence, support, context)
    # a decline naming what the bot is for, alone or with what its texts hold: the model's word that they miss
    # the question, which the retrieval reading counts as it counts what the texts found lack
    return [v.model_copy(update={"source": FOUND_LACK})
            if v.supported and v.source != FOUND_LACK and declines_whole(claims[n], evidence) else v
            for n, v in enumerate(verdicts)]


def _own_clauses_judged(verdicts: list[ClaimSupport], claims: Sequence[str], evidence: Evidence,
                        support: tuple[float, float], context: tuple[frozenset[str], str, bool]) -> list[ClaimSupport]:
    """The verdicts with each supported claim that joins clauses of their own (:mod:`llmops_kit.own_clauses`)
    judged clause by clause, with the same steps and the whole answer's figures: a clause a reading finds wrong on
    its own (a figure contradicted or absent, a reversed rule, an added condition or promise, an answer found
    nowhere) gives the claim its verdict, naming the clause. The verdicts a short clause cut from its sentence is
    too terse for are not taken: the fitted similarity's, and subject matter counted new word by word ("you choose
    a full refund or a new date" of "refunded in full or rebooked, as you prefer" brings three new words, all
    paraphrase), unless the clause states the business's own act ("we email you a proof of the lettering
    first", :func:`~llmops_kit.joined_acts.business_act`), which it takes when invented or worded in new words. A
    decline or a hand-off is no clause to judge, nor a "but not X" whose X an evidence sentence denies something
    of."""
    answer, answer_text, _ = context
    split = {n: pieces for n, v in enumerate(verdicts)
             if v.supported and v.source not in _NOT_REREAD
             and (pieces := [c.text for c in own_clauses(claims[n])
                             if _judged_alone(c, evidence, answer, answer_text)])}
    if not split:
        return verdicts
    flat = [p for pieces in split.values() for p in pieces]
    again = iter(_other_forms(_judge(flat, evidence, support[0], support[1], context), flat, evidence, support,
                              context))
    out = list(verdicts)
    for n, pieces in split.items():
        judged = [next(again) for _ in pieces]
        wrong = next((v for v in judged if v.verdict in _CLAUSE_WRONG
                      or (v.verdict == "unsupported" and v.similarity is None and v.source != NEW_WORDS_SOURCE)
                      # the business's own act no text offers ("..., and we email you a proof first"), worded in
                      # new words (unsupported since novel44) or invented by a reading
                      or ((v.verdict == "invented" or v.source == NEW_WORDS_SOURCE) and business_act(v.claim))), None)
        if wrong is not None:
            out[n] = wrong.model_copy(update={"claim": claims[n], "missing": wrong.missing or (wrong.claim,)})
    return out


#: The verdicts of a clause judged alone that flag its claim (with "unsupported" from a reading, not the decision).
_CLAUSE_WRONG = frozenset(("contradicted", "absent"))


def _judged_alone(clause: OwnClause, evidence: Evidence, answer: frozenset[str], answer_text: str) -> bool:
    """Is the clause one to judge alone: no decline or hand-off, and for a "but not X", no evidence sentence
    about X that denies something (the evidence's own "welcome on the terrace but not inside")?"""
    if declines(clause.text, evidence) or hands_over(clause.text, evidence, answer, answer_text):
        return False
    if not clause.denied:
        return True
    denied = content_stems(clause.denied)
    return not any(denied & stems and negated(sentence)
                   for source in evidence.sources for sentence, stems in sentence_stems(source.text))


def _judge_again(verdicts: list[ClaimSupport], claims: Sequence[str],
                 pieces_of: Callable[[str], list[str] | None], evidence: Evidence, support: tuple[float, float],
                 context: tuple[frozenset[str], str, bool]) -> list[ClaimSupport]:
    """The verdicts with each claim not supported, for which ``pieces_of`` gives another form, supported when
    every piece of that form is (judged in one pass); a form with no piece left (declines and hand-offs only)
    is supported as it stands."""
    forms = {n: pieces for n, v in enumerate(verdicts)
             if not v.supported and not _asked(v) and (pieces := pieces_of(claims[n])) is not None}
    if not forms:
        return verdicts
    flat = [p for pieces in forms.values() for p in pieces]
    again = iter(_judge(flat, evidence, support[0], support[1], context) if flat else ())
    out = list(verdicts)
    for n, pieces in forms.items():
        judged = [next(again) for _ in pieces]
        if all(v.supported for v in judged):
            base = judged[0] if judged else _verdict(claim=claims[n], verdict="supported", source=None, evidence=None)
            out[n] = base.model_copy(update={"claim": claims[n]})
    return out


def _asked(verdict: ClaimSupport) -> bool:
    """Is the verdict a request the evidence contradicts (:mod:`llmops_kit.asked_requests`)? It is final."""
    return bool(verdict.missing) and verdict.missing[0].startswith(ASKED_PREFIX)


def _named(verdict: ClaimSupport, evidence: Evidence, answer: frozenset[str], answer_text: str) -> ClaimSupport:
    """A supported claim in the customer's language, absent when it names what neither the evidence nor the
    question holds (:func:`~llmops_kit.customer_language.unheld_names`)."""
    lost = unheld_names(verdict.claim, evidence, answer, answer_text) if verdict.supported else ()
    return _verdict(claim=verdict.claim, verdict="absent", missing=lost) if lost else verdict


def _contradicted(claim: str, found: tuple[str, str, str]) -> ClaimSupport:
    """*Contradicted* by a reading's (source, evidence line, what the claim states)."""
    return _verdict(claim=claim, verdict="contradicted", source=found[0], evidence=found[1], missing=(found[2],))


def _denied(claim: str, found: tuple[str, str, str]) -> ClaimSupport:
    """*Contradicted* by a reading's (source, record line, the word the claim denies): the claim states "not X"."""
    return _verdict(claim=claim, verdict="contradicted", source=found[0], evidence=found[1],
                    missing=(f"not {found[2]}",))


def _covered(claim: str, found: tuple[str, str, str]) -> ClaimSupport:
    """*Contradicted* by a reading's (source, the evidence's exclusion, the thing): the claim states it covered."""
    return _verdict(claim=claim, verdict="contradicted", source=found[0], evidence=found[1],
                    missing=(f"{found[2]} covered",))


def _invented(claim: str, found: tuple[str, tuple[str, ...]]) -> ClaimSupport:
    """*Invented*: a reading's (the clause, the words of the thing no text names)."""
    return _verdict(claim=claim, verdict="invented", missing=found[1])


def _said_empty(claim: str, gap: EmptyField) -> ClaimSupport:
    """A field said empty: *supported* when the record's field is empty, *contradicted* when it holds a value."""
    holds = gap.outcome == "holds"
    return _verdict(claim=claim, verdict="supported" if holds else "contradicted", source=gap.source,
                    evidence=gap.line, missing=() if holds else ("field said empty",))


#: The readings of an English claim against one evidence line, tried in this order after its hard facts, moved
#: figures, requests and record statuses: (the reader, the verdict its finding gives); the first finding decides
#: the claim (:func:`_line_reading`). ORDER MATTERS: a claim two readings find is settled by the earlier one, with
#: its source and its ``missing``. A new reading of this shape (``reader(claim, evidence)`` returning a finding or
#: None) goes in as one row, at the place where it must give way to the rows above it and win over those below,
#: imported under its own name: each reader is called as this module's attribute of that name, looked up at call
#: time, so that tests and tools/fit_claim_decision.py switch one off by patching the attribute.
_LINE_READINGS: tuple[tuple[Callable[[str, Evidence], Any], Callable[[str, Any], ClaimSupport]], ...] = (
    (denied_record_field, _denied),  # "hasn't been collected" of a record that holds "collected: 2026-05-06"
    (said_empty, _said_empty),  # "the record has no time window yet" of "window: ." (or of "window: 09:00-11:00")
    (filled_field, _contradicted),  # "your portrait was sent yesterday" of a record that holds "sent: ."
    (flag_clause_clash, _contradicted),  # "auto top-up is on" of a record that holds "auto topup: False"
    (denied_in_clause, _contradicted),  # "No lunch is booked; you start at 9:30" of a record that holds "lunch: True"
    (denied_status, _denied),  # "hasn't left the centre" of a record whose status is "out for delivery"
    (clashing_payment, _contradicted),  # "fully paid" of a record that holds "balance due eur: 480"
    (unpaid_part, _contradicted),  # "the deposit is outstanding" of a record that holds "deposit paid zar: 4200"
    (other_field_value, _contradicted),  # "the monthly plan" of a record that holds "plan: annual"
    (other_way, _contradicted),  # "in person at our office" of a record that holds "mode: video"
    (other_kind, _contradicted),  # "the small camper" of a record that holds "vehicle: 4x4 camper"
    (covered_exclusion, _covered),  # "the offer also covers lockers" against "(not lockers)"
    (credit_only_refund, _contradicted),  # "refunds are only given as flight credit" against "or take a full refund"
    (scope_exception, _contradicted),  # "150 zł whatever the suspension" against "lowered suspension: 190 zł"
    (priced_gratuity, _contradicted),  # "or the call-out is free" against "| Call-out, 8am-6pm Mon-Sat | £75 |"
    (unnamed_gratuity, _invented),  # "with free hot chocolate in the barn" where no text names hot chocolate
    (unnamed_requirement, _invented),  # "and a compulsory insurance add-on" where no text names insurance
    (widened_deadline, _contradicted),  # "any day until the season ends" against "must be cut by Dec. 12"
    (widened_season, _contradicted),  # "all year round" against "Lessons run ... from April to October"
    (unrestricted_time, _contradicted),  # "bikes are allowed at all times" against "not on weekdays kl. 7–9"
    (answered_against_record, _contradicted),  # "whole blood" to "plasma or whole blood?" of a record of "type: plasma"
    (opening_name_clash, _contradicted),  # "Camila, on Tuesday" to "Who is coming?" of a record of "cleaner: Marisol"
)


def _line_reading(claim: str, evidence: Evidence) -> ClaimSupport | None:
    """The verdict of the first of :data:`_LINE_READINGS` that finds something of the claim, else None."""
    readers = globals()  # at call time: a reader patched on this module is the one called
    for reader, verdict_of in _LINE_READINGS:
        found = readers[reader.__name__](claim, evidence)
        if found is not None:
            return verdict_of(claim, found)
    return None


def _judge(claims: Sequence[str], evidence: Evidence, lexical_support: float, semantic_support: float,
           context: tuple[frozenset[str], str, bool]) -> list[ClaimSupport]:
    """:func:`judge_claims`'s steps on each claim; ``context``: the numbers and text of the whole answer and
    whether it is in another language than the evidence."""
    answer, answer_text, foreign_answer = context
    verdicts: list[ClaimSupport | None] = []
    pending: list[int] = []
    settled: set[int] = set()  # claims a rule application settled, not read again for their meaning
    signals: dict[int, ClaimSignals] = {}  # what the fitted decision reads, per pending claim
    # a gap read on a claim with figures (its added condition or promise), kept until the decision has spoken: a
    # claim the decision finds invented stays fabricated, not merely unsupported
    deferred: dict[int, MeaningGap] = {}
    for claim in claims:
        if _ECHO_RE.match(claim) and evidence.echoes_user(claim):
            verdicts.append(_verdict(claim=claim, verdict="supported", source="user message", evidence=None))
            continue
        foreign = foreign_answer or is_foreign(claim)
        # what the bot says the texts it found cover and lack ("The sheets I found cover F-roads, but nothing
        # about ferries"): settled by whether any evidence sentence holds the topic said to be missing
        lack = sources_lack(claim, evidence) if not foreign else None
        if lack is not None:
            verdicts.append(_verdict(claim=claim, verdict="supported" if lack.outcome == "holds" else "contradicted",
                                     source=lack.source, evidence=lack.sentence,
                                     missing=() if lack.outcome == "holds" else (f"{lack.topic} covered",)))
            continue
        # a claim in another language: its dates and clock hours written the English way ("31. März")
        facts = english_facts(claim) if foreign else claim
        # a count times a bracketed sum, read term by term ("2 × (75,00 € + 45,00 €)" is "2 × 75,00 € + 2 × 45,00 €")
        facts = distributed_products(facts)
        # a total worked from the evidence's price in any locale's style ("2 × CHF 1'950 = CHF 3'900" of "1 950
        # CHF"): its amounts' figures and marks are held, whatever the number reader makes of "1'950" or "RM3"
        worked = held_amount_texts(facts, evidence.source_texts) if "=" in facts else ()
        numbers, others = evidence.missing_facts(facts, names=not foreign, answer=answer,
                                                 answer_text=english_facts(answer_text) if foreign else answer_text,
                                                 worked=worked)
        if numbers or others:
            found = evidence.contradiction(facts, numbers) if numbers else None
            missing = (*numbers, *others)
            if found is not None:
                verdicts.append(_verdict(claim=claim, verdict="contradicted", source=found[0], evidence=found[1],
                                             missing=missing))
            else:
                verdicts.append(_verdict(claim=claim, verdict="absent", missing=missing))
            continue
        moved = (misplaced_figure(claim, evidence) or foreign_owner(claim, evidence) or other_version(claim, evidence)
                 or excepted_total(claim, evidence, answer_text)
                 or omitted_qualifier(claim, evidence, answer_text)
                 or misplaced_day(claim, evidence)
                 or evidence.misdated(claim, answer_text) or field_clash(claim, evidence)
                 or labelled_value_clash(claim, evidence)
                 or other_variant(claim, evidence)
                 or unheld_figure(claim, evidence, answer, answer_text) or swapped_unit(claim, evidence)
                 or ruled_out_day(claim, evidence) or other_subject_figure(claim, evidence)
                 or swapped_pair(claim, evidence)
                 # "collections run on Mondays only, so Wednesday isn't possible": the customer's day is denied by
                 # the rule, not given as a day the rule runs (read below as the rule applied to the case)
                 or (clashing_days(claim, evidence) if restricted_case(claim, evidence) is None else None)
                 or other_field_count(claim, evidence, answer_text)
                 or asked_party_count(claim, evidence)
                 or said_count_clash(claim, evidence)
                 or unit_field_clash(claim, evidence)
                 or swapped_attribute(claim, evidence)
                 or changed_figure(claim, evidence)
                 or changed_days(claim, evidence)
                 or changed_frequency(claim, evidence)
                 or crossed_bound(claim, evidence)
                 or affirmed_bound(claim, evidence)
                 or person_priced_share(claim, evidence)
                 or missed_free_threshold(claim, evidence)
                 or excluded_yes(claim, evidence, answer_text)
                 ) if not foreign else None
        if moved is not None:
            verdicts.append(_contradicted(claim, moved))
            continue
        asked = contradicted_request(claim, evidence) if not foreign else None
        if asked is not None:  # "Please bring your own apron" against "Aprons are provided"
            verdicts.append(_contradicted(claim, asked))
            continue
        clash = evidence.status_clash(claim)
        if clash is not None:
            verdict, source, line, stated = clash
            verdicts.append(_verdict(claim=claim, verdict=verdict, source=source, evidence=line, missing=stated))
            continue
        read = _line_reading(claim, evidence) if not foreign else None
        if read is not None:  # a reading of _LINE_READINGS found the claim wrong (or, a field said empty, right)
            verdicts.append(read)
            continue
        wrong = option_clash(claim, evidence.user_text, [source.text for source in evidence.sources])
        if wrong is not None:  # the question's other option holds what the claim says of this one
            verdicts.append(_verdict(claim=claim, verdict="contradicted", source="the evidence", evidence=wrong,
                                     missing=("the option the question offered",)))
            continue
        if foreign:  # its hard facts all found; its words are not English, so they are not compared
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence (hard facts)",
                                         evidence=None))
            continue
        # numbers, codes ("CLM" of CLM-2025-004817) and names were checked above as hard facts
        codes = " ".join(identifiers_in(claim))
        # a name the documents hold was checked as a hard fact and needs no wording support; a name only the
        # user's message holds is vouched for as a fact, but is still a word no evidence states
        named = {n for name in names_in(claim) for p in _ALNUM_RE.findall(name) if _in_docs(n := stem(p), evidence)}
        named |= _implied_stems(claim, evidence)
        words = frozenset(w for w in content_stems(claim) if not w[0].isdigit() and w not in codes and w not in named
                          and not (READ_HYPHENED_CODES and "-" in w and w.replace("-", "") in codes))
        words -= _fact_words(claim)
        if words and worked:  # the marks of a worked total ("2 × RM1,950 = RM3,900") were checked with its amounts
            words -= content_stems(" ".join(worked))
        if words and "@" in claim:  # the customer's own e-mail address, checked as a hard fact, is no wording
            words -= own_email_stems(claim, evidence.user_text)
        if words:  # "evening" of "7 in the evening" is part of the time, which the hard-fact step checked
            words -= frozenset(stem(w) for w in period_words(claim))
        if words:  # "PTG" of "2:30 PTG", "Uhr" of "14 Uhr 30": the time's own words, checked with the time
            words -= frozenset(stem(w) for w in clock_words(claim))
        if words:  # "half an hour" is 30 minutes, "midday" 12 noon: the words are the figure's, checked above
            words -= frozenset(stem(w) for w in form_words(claim))
        if words:  # "Mon-Thu" of "Monday to Thursday", "closed Sundays and Mondays" of "shut on Sundays and Mondays"
            words -= same_day_stems(claim, evidence)
        if words:  # "opens at 9 a.m." of the evidence's "9 a.m.-7 p.m.": the verb is the range's first end
            words -= range_end_verbs(claim, (source.text for source in evidence.sources if not source.user))
        if words:  # "the first slot is at 7:00 am" of "from 7:00 am to 11:00 pm": the words name the span's end
            words -= span_end_words(claim, words, evidence)
        if words:  # a conversion's units and hedge are arithmetic too ("two metres, roughly six and a half feet")
            words -= converted_unit_words(claim)
        if words:  # the unit a follow-up asks for, of the turn's figure converted ("how many miles?" "About 7.5 miles")
            words -= evidence.asked_unit_words(claim)
        if words:  # "VAT included" beside a price where no text names a tax (read as no fact by the hard-fact step)
            words -= unstated_tax_stems(claim, evidence.source_texts)
        stems = _compounds_split(words, claim, evidence)
        if says_round_the_clock(claim):  # "day or night" is one fact, stated as the evidence's "24/7" is
            stems = (stems - ROUND_THE_CLOCK_WORDS) | {ROUND_THE_CLOCK}
        if not stems:  # only hard facts, all found
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence",
                                         evidence=None))
            continue
        if courtesy_handoff(claim, evidence):  # "The atelier will be glad to help: 022 310 47 15": no promise
            verdicts.append(_verdict(claim=claim, verdict="supported", source=COURTESY_SOURCE, evidence=None))
            continue
        restated = held_imperative(claim, stems, evidence)
        if restated is not None:  # "Just wear closed shoes" of "Closed shoes only: no sandals": the rule, as a request
            verdicts.append(_verdict(claim=claim, verdict="supported", source=HELD_IMPERATIVE_SOURCE,
                                     evidence=restated))
            continue
        if hands_off(claim, stems, evidence) or carries_contact(claim, stems, evidence):
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence (a published contact)",
                                     evidence=None))
            continue
        if handoff_act(claim, evidence):  # "The office will check": no contact may be named, so none is cited
            verdicts.append(_verdict(claim=claim, verdict="supported", source=HANDOFF_ACT_SOURCE, evidence=None))
            continue
        general = general_word_stems(claim) & stems
        if general - COURTESY_STEMS:  # "microwaves are on the list of things we don't repair": no subject to hold
            stems = _subject_stems(stems, general - COURTESY_STEMS, evidence)
        novel = evidence.novel(stems, NOVEL_MIN)
        if novel:  # "gloves are lent" of "we lend you gloves": the article's verb in another tense
            novel = _regular_novel(claim, novel, evidence)
        # the apology of "Sorry, ..." is no new subject either, but the light-word test reads it (see _subject_stems)
        subject_novel = novel - COURTESY_STEMS if general & COURTESY_STEMS else novel
        if _mostly_novel(subject_novel, stems) and not _anchored(claim):
            verdicts.append(_verdict(claim=claim, verdict="invented" if NOVEL_WORDS_FABRICATE else "unsupported",
                                     source=None if NOVEL_WORDS_FABRICATE else NEW_WORDS_SOURCE,
                                     missing=tuple(sorted(novel))))
            continue
        # the article's time limit applied to the customer's own length of time ("tomorrow is too close" to a 2-day
        # notice rule): the verdict words are the comparison's outcome, not new facts; the claim's other parts
        # are judged on their own
        # a month or day said to fall outside the evidence's range ("August is outside the peony window - only
        # available October to December"): the exclusion is the comparison's outcome, not a new fact
        # a date said to fall inside a window the answer counts from the customer's date ("up to and including
        # 2027/12/14. Sat 2027/11/27 falls inside that"): the comparison of two dates, not a new fact
        window = window_outcome(claim, answer_text, evidence.user_text,
                                [s.text for s in evidence.sources if not s.user]) if not foreign else None
        if window is not None:
            verdicts.append(_verdict(claim=claim, verdict="supported" if window.outcome == "holds" else
                                     "contradicted", source=WINDOW_SOURCE, evidence=None))
            continue
        outside = outside_range(claim, evidence) if not foreign else None
        if outside is not None:
            verdicts.append(_verdict(claim=claim, verdict="supported" if outside.outcome == "holds" else
                                     "contradicted", source=outside.source, evidence=outside.sentence))
            continue
        applied = applied_limit(claim, evidence) if not foreign else None
        if applied is None and not foreign:
            # "up to 8 weeks, so a month is fine" to "a month?"; "only unworn items ..., so a worn jumper can't be
            # swapped" to "he wore it": the consequence is settled by the comparison, and the rule clause, judged
            # on its own, is read for its meaning there, so the whole claim is not read again
            # "for ages 14 and up, so a 12-year-old can't join yet" to "my 12-year-old": a bound on any figure
            # "dogs are welcome on the ground floor only, so not in the quiet room upstairs": an "only" rule
            # denying the customer's case, one the rule does not admit
            applied = (allowed_length(claim, evidence) or excluded_case(claim, evidence)
                       or bound_application(claim, evidence) or restricted_case(claim, evidence)
                       or outside_distance(claim, evidence))
            if applied is not None:
                settled.add(len(verdicts))
        if applied is not None:
            verdicts.append(_applied_verdict(claim, applied, evidence, lexical_support, semantic_support))
            continue
        # the customer's own figure held against the evidence's rule, and the comparison holds: arithmetic on
        # given figures, which no evidence sentence words (its other words may still be invented subject matter)
        if evidence.compares_user_figure(claim) and not _mostly_novel(subject_novel, stems):
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence (a comparison with "
                                     "the user's own figure)", evidence=None))
            continue
        index, share = evidence.coverage(stems)
        # "Sorry, dogs are welcome ...": the apology is no word to hold, so the share of held words and the
        # decision's signals are measured without it (the light-word test below still reads it as a novel word)
        apology = apology_stems(claim, stems, evidence) if index >= 0 else _NONE
        if apology:
            stems -= apology
            index, share = evidence.coverage(stems)
        # what a claim adds to a question asking for a thing (who, what, which, where, when) is its answer: when
        # every content word it adds is one no evidence holds (nor a synonym of it), the answer is the model's
        # own, however much of the question and the evidence it repeats ("... a pioneer aviator and magician"
        # to "... a pioneer aviator and what?")
        # (a claim that also states a number the question did not, a date, an amount or a time of day, has that as
        # its answer: "Where's the locksmith?" - "on his way, due at about 14:35")
        added = stems - evidence.user_stems if evidence.user_text else _NONE
        own_facts = _NONE
        if added:
            own_facts = (numbers_in(claim) - evidence.user_stems) or (times_in(claim) - times_in(evidence.user_text))
        if index >= 0 and added and len(added) < len(stems) and not own_facts and WH_RE.search(evidence.user_text):
            unheld = unheld_words(claim, stems, evidence, index)
            if unheld is not None and added <= unheld:
                verdicts.append(_verdict(claim=claim, verdict="unsupported", source=evidence.sources[index].label,
                                         evidence=evidence.closest_sentence(stems, index),
                                         missing=tuple(sorted(added))))
                continue
        if index >= 0 and evidence.polarity_clash(claim, stems):
            verdicts.append(_verdict(claim=claim, verdict="unsupported", source=evidence.sources[index].label,
                                         evidence=evidence.closest_sentence(stems, index)))
            continue
        # synonyms can only raise the share, so a claim that is a paraphrase already needs no synonym check
        if index >= 0 and share < lexical_support and not is_paraphrase(share, len(stems)):
            share = with_synonyms(claim, stems, share, evidence, index)
        if index >= 0 and (share >= lexical_support or is_paraphrase(share, len(stems))):
            verdicts.append(_verdict(claim=claim, verdict="supported", source=evidence.sources[index].label,
                                         evidence=evidence.closest_sentence(stems, index)))
            continue
        together = facts_together(claim, stems, evidence)
        if together is not None:
            verdicts.append(_verdict(claim=claim, verdict="supported", source=together[0], evidence=together[1]))
            continue
        gap = meaning_gap(claim, evidence)  # what it says, before its similarity is weighed
        if gap is not None and is_fact_free(claim):
            verdicts.append(_gap_verdict(claim, gap))
            continue
        if gap is not None:
            deferred[len(verdicts)] = gap
        # every word the evidence's but a light verb or an aside ('keep it in its original container'): its
        # subject matter is all the evidence's, so the similarity bar is not asked
        if index >= 0 and adds_only_light_words(claim, stems, novel, evidence.closest_sentence(stems, index)):
            verdicts.append(_verdict(claim=claim, verdict="supported", source=evidence.sources[index].label,
                                     evidence=evidence.closest_sentence(stems, index)))
            continue
        signals[len(verdicts)] = measure(claim, stems, novel - apology, evidence, index, share)
        pending.append(len(verdicts))
        verdicts.append(None)
    if pending:
        closest = evidence.closest_passages([claims[i] for i in pending])
        # a claim joining clauses that draw on different sentences ("it's free for non-profit groups and seats
        # 16; you can book up to 60 days in advance") is far from each sentence as a whole: each clause is
        # compared on its own, and the claim is supported when every clause is
        clauses = {i: parts for i, found in zip(pending, closest, strict=True)
                   if (found is None or found[2] < semantic_support)
                   and (parts := _clauses(claims[i], evidence))}
        flat = [c for parts in clauses.values() for c in parts]
        parted = dict(zip(flat, evidence.closest_passages(flat), strict=True)) if flat else {}
        for position, found in zip(pending, closest, strict=True):
            claim = claims[position]
            best = found
            if position in clauses:  # the weakest clause stands for the claim when it is closer than the whole
                each = [parted[c] for c in clauses[position]]
                if all(f is not None for f in each):
                    weakest = min((f for f in each if f is not None), key=lambda f: f[2])
                    best = weakest if found is None or weakest[2] > found[2] else found
            similarity = None if best is None else best[2]
            verdict: Verdict = claim_decision.decide(replace(signals[position], similarity=similarity),
                                                     semantic_support)
            if verdict == "invented":  # worded far from every passage, its words mostly held nowhere
                verdicts[position] = _verdict(claim=claim, verdict=verdict, similarity=None if similarity is None
                                              else round(similarity, 4), missing=signals[position].novel_words)
                continue
            if position in deferred:
                verdicts[position] = _gap_verdict(claim, deferred[position])
                continue
            shown = best if verdict == "supported" else found  # a clause shown only when it carried the claim
            verdicts[position] = _verdict(claim=claim, verdict=verdict) if shown is None else _verdict(
                claim=claim, verdict=verdict, source=shown[0], evidence=shown[1], similarity=round(shown[2], 4))
    decided = frozenset(pending) | settled  # read for their meaning before the decision already
    return [_reread(v, evidence) if v.supported and n not in decided else v
            for n, v in enumerate(verdicts) if v is not None]


def _applied_verdict(claim: str, applied: Application, evidence: Evidence, lexical_support: float,
                     semantic_support: float) -> ClaimSupport:
    """A claim applying the article's time limit to the customer's case (:mod:`llmops_kit.rule_applications`):
    contradicted when the comparison fails; when it holds, supported, or as its other parts are judged."""
    if applied.outcome == "fails":
        return _verdict(claim=claim, verdict="contradicted", source=applied.source, evidence=applied.sentence,
                        missing=(applied.clause,))
    if applied.rest:
        rest = judge_claims([applied.rest], evidence, lexical_support=lexical_support,
                            semantic_support=semantic_support)
        if rest and not rest[0].supported:
            return rest[0].model_copy(update={"claim": claim})
    return _verdict(claim=claim, verdict="supported", source=applied.source, evidence=applied.sentence)


#: Supported verdicts whose claim is judged by another reading than its wording: the customer's own words
#: echoed, or a claim in another language (judged by its hard facts alone).
_NOT_REREAD = frozenset(("user message", "the evidence (hard facts)", COURTESY_SOURCE, FOUND_LACK))


def _reread(verdict: ClaimSupport, evidence: Evidence) -> ClaimSupport:
    """A supported claim that states no hard fact, read for what it says (:mod:`llmops_kit.claim_meaning`): an
    added condition, a widened scope, a promise or a reversed polarity the evidence does not state makes it
    *unsupported*, naming the clause and the evidence sentence it was held against."""
    if verdict.source in _NOT_REREAD:
        return verdict
    gap = meaning_gap(verdict.claim, evidence)
    return verdict if gap is None else _gap_verdict(verdict.claim, gap)


#: The gaps that turn a rule of the evidence round, with the source each verdict names.
_TURNED_RULES = {"refund": "the evidence's refund rule", "tax": "the evidence's tax rule",
                 "rule": "the evidence's rule, turned round"}


def _gap_verdict(claim: str, gap: MeaningGap) -> ClaimSupport:
    """*unsupported*, naming the gap's kind; money said to come back against the evidence's refund rule, or the
    reverse (:mod:`llmops_kit.refund_polarity`), a tax put on top of prices that include it, or the reverse
    (:mod:`llmops_kit.tax_inclusion`), and a requirement or a gratuity of the evidence turned round
    (:mod:`llmops_kit.reversed_rules`) are the rule turned round: *contradicted*."""
    if gap.kind in _TURNED_RULES:
        return _verdict(claim=claim, verdict="contradicted", source=_TURNED_RULES[gap.kind],
                        evidence=gap.evidence, missing=(gap.clause,))
    return _verdict(claim=claim, verdict="unsupported", source=f"{gap.kind} not in the evidence",
                    evidence=gap.evidence, missing=(gap.clause,))


#: Where one claim joins two statements: a semicolon, or a comma / "and" before a new subject and verb.
_CLAUSE_RE = re.compile(r"\s*;\s*|,?\s+(?:and|but|so|since)\s+(?=(?:you|it|we|they|this|that|the|your|our)\b)"
                        r"|,\s+(?=(?:you|it|we|they|this|that|the|your|our)\b)", re.IGNORECASE)


def _clauses(claim: str, evidence: Evidence | None = None) -> list[str]:
    """The clauses of a claim of several that each state something (two content words), in order; a
    request to the customer without a figure ("please check the departure boards; ...") states nothing, so
    a claim of several clauses is judged on its others."""
    parts = [p.strip(" ,") for p in _CLAUSE_RE.split(claim)]
    parts = [p for p in parts if len(content_stems(p)) >= 2]
    return [p for p in parts if not _asks_customer(p, evidence)] if len(parts) > 1 else []


#: A request to the customer ("please check the boards", "please bring photo ID"), as in :mod:`llmops_kit.text.claims`.
_REQUEST_CLAUSE_RE = re.compile(r"^please (?!note|be aware|remember|keep in mind|bear in mind)\w+", re.IGNORECASE)


def _asks_customer(clause: str, evidence: Evidence | None = None) -> bool:
    """Is the clause a request to the customer with no figure or code of its own, or (given the evidence) an
    echo of what the customer stated ("you asked for IE29 ...")?"""
    if _REQUEST_CLAUSE_RE.match(clause) and not (numbers_in(clause) or identifiers_in(clause)):
        return True
    return evidence is not None and bool(_ECHO_RE.match(clause)) and evidence.echoes_user(clause)

