"""The evidence a model saw, read once per request: documents, tool results, the user's message, the system prompt.

:class:`Evidence` keeps, per source, what a claim is checked against: content-word stems, numbers, words
(for names), identifiers; and, read only when a claim needs them, times of day, digit-grouped numbers,
e-mails, amounts with their unit, tool-record statuses and the user's own words. Every reading is cached per
text, because articles and system prompts recur across requests. :mod:`llmops_kit.grounding` judges claims
with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar, cast

from . import arithmetic_steps
from .aged_charges import adult_priced_children, charged_free_ages
from .allowance_steps import charged_allowances
from .asked_counts import miscounted_items
from .capped_charges import capped_figures, capped_misses
from .carried_amounts import carried_amounts
from .chosen_options import reversed_choices
from .claimed_states import DONE_STEMS, paid_part, payment_beside_state, says_finished
from .conversion_words import converted_unit_words
from .evidence_derived import DerivedFigures
from .evidence_readers import ALNUM_RE as _ALNUM_RE
from .evidence_readers import NONE as _NONE
from .evidence_readers import PREFIX, paired_counts, render_tool_output
from .evidence_readers import absent as _absent
from .evidence_readers import code_parts as _code_parts
from .evidence_readers import customer_facts as _customer_facts
from .evidence_readers import emails_in as _emails
from .evidence_readers import held_prefix as _held_prefix
from .evidence_readers import humanise_record as _humanise
from .evidence_readers import name_forms as _forms
from .evidence_readers import passages as _passages
from .evidence_readers import record_lines as _record_lines
from .evidence_readers import source_facts as _source_facts
from .evidence_readers import strip_citations as _plain
from .evidence_statements import (
    CLAUSES_RE,
    DIGIT_RE,
    ENDED_WORDS,
    MONTH_NAMES,
    NAMED_PAIR_RE,
    STATUS_WORDS,
    date_stated,
    negated,
    record_keys,
    sentence_stems,
    states_denial,
    status_of,
)
from .frequency_counts import miscounted_uses
from .grouped_days import grouped_weekdays
from .increment_counts import increment_figures
from .near_dates import near_named_dates
from .once_charged import once_charged_prices
from .period_windows import window_end_figures
from .place_names import caller_countries, country_names, implied_names, implied_regions, zone_towns
from .prorated_charges import following_months
from .rate_units import misapplied_rate_units
from .refused_fields import refused_in_fields
from .shortfalls import shortfall_figures
from .status_synonyms import decided_in_fields, same_state_stems
from .tax_notes import unstated_tax_names
from .text import (
    calendar_dates,
    content_stems,
    counted_figures,
    evidence_numbers,
    grouped_digits,
    identifiers_in,
    may_hold_word,
    names_in,
    numbers_in,
    quantities,
    same_grouped_number,
    sentences_of,
    stem,
    times_in,
    typed_quantities,
    words_in,
)
from .text.counted_figures import counted_numbers, uncounted_numbers
from .text.embed import embed
from .text.enumeration import item_counts, miscounted_lists, recounted_items
from .text.foreign_facts import english_calendar_name
from .text.language import is_foreign
from .text.numbers import WEEKDAYS, clock_words, dotted_alike, mark_codes, says_clock_word, unit_free_numbers
from .unit_prices import misapplied_unit_prices
from .worked_savings import stacked_savings, wrong_worked_figures
from .worked_weekdays import worked_weekdays
from .written_comparisons import contradicted_comparisons, contradicted_implied_comparisons
from .written_equations import wrong_results

__all__ = ["INSTRUCTIONS_LABEL", "STATUS_WORDS", "Evidence", "EvidenceSource", "render_tool_output"]


#: A record said to keep to its schedule ("is on time", "running on time"): a status, in two words.
_ON_TIME_RE = re.compile(r"\b(?:is|are|was|were|running|runs|arrived|arriving|landed|departed|now)\s+on\s+time\b",
                         re.IGNORECASE)
#: A code of one capital letter and one to three digits ("H9"), and the same as a lower-case word ("h12").
_SHORT_CODE_RE = re.compile(r"(?<![\w£$€.-])([A-Z]\d{1,3})(?![\w.%-]|\.\d)")
_SHORT_CODE_WORD_RE = re.compile(r"[a-z]\d{1,3}")
#: The month names as :func:`~llmops_kit.text.names_in` gives them (lower case): what ``shifted_months`` can give.
_MONTHS = frozenset(name.lower() for name in MONTH_NAMES)
#: The weekday names, lower case: what ``worked_weekdays`` can give.
_WEEKDAY_NAMES = frozenset(WEEKDAYS)
#: The name of a record's field: what stands before the colon of one of its lines ("paid gbp" of "paid gbp: 21.0").
#: The state readings of status values and claims (a record still under way, a value waiting for something, a
#: value's words naming the record's own fields). ``tools/fit_claim_decision.py`` turns them off while fitting, as
#: it does the other readings that judge a claim before the decision.
READ_STATES = True
#: A country, nationality or language a place of the evidence implies (:mod:`llmops_kit.place_names`); off while
#: ``tools/fit_claim_decision.py`` fits, as the other readings before the decision are.
READ_PLACES = True
#: The label of the instructions' source (:func:`llmops_kit.quality.evidence_sources`).
INSTRUCTIONS_LABEL = _INSTRUCTIONS = "system prompt"
#: A claim that a record is still being worked on, not decided ("still under review", "being assessed").
_UNDER_WAY_RE = re.compile(r"\b(?:under (?:review|assessment|investigation|consideration)"
                           r"|being (?:assessed|reviewed|processed|investigated|considered|checked))\b", re.IGNORECASE)
#: The whole words one of which an ASCII claim holds whenever :data:`_UNDER_WAY_RE` matches it.
_UNDER_WAY_WORDS = frozenset(("under", "being"))
#: The stems of a record status that is still open, which such a claim agrees with.
_UNDER_WAY_TEXT = """pending open received submitted processing progress review reviewing assessment assessing
    investigation investigating consideration checking lodged logged new waiting awaiting"""
_UNDER_WAY_STEMS = frozenset(stem(w) for w in _UNDER_WAY_TEXT.split())
_FIELD_NAME_RE = re.compile(r"^\s*([^:\n]{1,40}):", re.MULTILINE)



_T = TypeVar("_T")


def _part_of(fact: str, amounts: tuple[str, ...]) -> bool:
    """Is ``fact`` (a word, code, grouped figure or typed quantity the claim states) read off one of ``amounts``?
    Compared on letters and digits alone: "rp3900" is a part of "Rp3.900", "the number 1 950" of "1 950 Kč"."""
    key = "".join(_ALNUM_RE.findall(fact.removeprefix("the number ").removesuffix(" money").lower()))
    return bool(key) and any(key in "".join(_ALNUM_RE.findall(amount.lower())) for amount in amounts)


@dataclass(frozen=True)
class EvidenceSource:
    """One thing the model was given, with a label a reader recognises.

    ``user=True`` marks the user's own message: it vouches for the numbers, identifiers and dates the
    user stated (an order number, "on March 3"), never for a statement or a name: a question that
    names two options is not evidence for either ("who won more, A or B?").
    """

    label: str
    text: str
    user: bool = False
    prose: bool = True  # neighbouring sentences are compared as one passage; a tool record is read whole
    earlier: bool = False  # the user's earlier turns: they vouch for facts, but are not the question asked




class Evidence(DerivedFigures):
    """Everything the model saw, read once: per source its stems, and all hard facts together."""

    def __init__(self, sources: Iterable[EvidenceSource], citation_pattern: str, *, answer: str = "") -> None:
        """``answer``: the answer as written (labels, lines and all), for the readers of its layout that the claims
        cut from it lose (a total line's "Total:" label, :data:`~llmops_kit.evidence_derived.READ_WRITTEN_TOTALS`);
        empty where the answer is judged in another form."""
        self.written_answer = answer
        given = []
        for s in sources:
            if s.text.strip():
                plain = _plain(s.text, citation_pattern)
                given.append(s if plain == s.text else EvidenceSource(s.label, plain, s.user, s.prose, s.earlier))
        self._given = given
        self._place_regions: frozenset[str] | None = None
        self._items: tuple[tuple[str, str], ...] | None = None  # "<item> xN" of the sources, read on demand
        self.sources = [s for s in given if not s.user]  # what can support a statement
        read = [_source_facts(s.text) for s in self.sources]
        # sets are kept per source and probed in turn: merging them would cost more than the few lookups
        self.stems = [r[0] for r in read]
        self._prefixes = [r[4] for r in read]
        self._doc_numbers = [r[1] for r in read]
        self._doc_words = [r[2] for r in read]
        self._doc_identifiers = [r[3] for r in read]
        self._sentences: list[tuple[str, str]] | None = None
        self._closest: dict[tuple[frozenset[str], int], str] = {}
        #: What a reading finds in the evidence alone, keyed by the reading's name: read once per request, not
        #: once per claim (a reading's trigger that needs, say, a record line or two prices of one currency).
        #: Filled through :meth:`once`.
        self.memo: dict[str, object] = {}

    def once(self, key: str, read: Callable[[Evidence], _T]) -> _T:
        """``read(self)``, computed the first time a reading asks for ``key`` and kept for this request: what a
        reading finds in the evidence alone is the same for every claim. ``key`` names the reading
        ("figure_owner.siblings"), so two readings never share an entry by accident."""
        if key not in self.memo:
            self.memo[key] = read(self)
        return cast(_T, self.memo[key])

    # ---- read on demand: most claims state no time, contact detail, amount or record status ----------

    @cached_property
    def _times(self) -> list[frozenset[str]]:
        return [times_in(s.text) for s in self._given]

    @cached_property
    def _grouped(self) -> frozenset[str]:
        return frozenset().union(*(grouped_digits(s.text) for s in self._given))

    @cached_property
    def _emails(self) -> list[frozenset[str]]:
        return [_emails(s.text) for s in self._given]

    @cached_property
    def _typed(self) -> list[frozenset[str]]:
        """Numbers with their unit, of prose only: a tool record states units in its keys ("total usd: 69.99")."""
        # a bare price after the sentence's first amount of money ("twenty-eight pounds, or forty-five if ...")
        return [typed_quantities(s.text, True, True) | carried_amounts(s.text) for s in self._given
                if s.prose and not s.user]

    @cached_property
    def _records(self) -> list[tuple[frozenset[str], frozenset[str], str, str]]:
        return [(record_keys(s.text), *status_of(s.text, True), s.label) for s in self._given if not s.prose]

    @cached_property
    def _plain_records(self) -> list[tuple[frozenset[str], frozenset[str], str, str]]:
        """The records with their status values read word for word (see :data:`READ_STATES`)."""
        return [(record_keys(s.text), *status_of(s.text, False), s.label) for s in self._given if not s.prose]

    @cached_property
    def _user_keys(self) -> frozenset[str]:
        return frozenset().union(*(record_keys(s.text) for s in self._given if s.user))

    @cached_property
    def _user(self) -> list[tuple[frozenset[str], ...]]:
        """The user's message read for numbers, names and codes: only when a claim states one no other
        source holds (probed last, read on demand)."""
        return [_customer_facts(s.text) for s in self._given if s.user]

    @cached_property
    def _numbers(self) -> list[frozenset[str]]:
        return [*self._doc_numbers, *(r[1] for r in self._user)]

    @cached_property
    def _words(self) -> list[frozenset[str]]:
        """Words for names: the user's message vouches for the names it uses too."""
        return [*self._doc_words, *(r[2] for r in self._user)]

    @cached_property
    def _identifiers(self) -> list[frozenset[str]]:
        return [*self._doc_identifiers, *(r[3] for r in self._user)]

    def _unheld_words(self, words: Iterable[str]) -> set[str]:
        """The ``words`` (lower case) the evidence holds in no form, as the name check reads a name's parts: not
        as written (the documents, then the user's message) nor as any of its stems ("DVDs" against "DVD")."""
        return {w for w in self._absent_from(words, self._doc_words, "_words")
                if len(_absent(_forms(w), self._words)) == len(_forms(w))}

    def _holds_word(self, word: str) -> bool:
        """Does the evidence hold ``word`` (lower case) as the name check reads a name's part?"""
        return not self._unheld_words((word,))

    def _absent_from(self, items: Iterable[str], docs: list[frozenset[str]], kind: str) -> set[str]:
        """``_absent`` over the documents first, and over the user's message only for what they lack."""
        left = _absent(items, docs)
        return _absent(left, getattr(self, kind)[len(docs):]) if left else left

    @cached_property
    def _untyped(self) -> list[frozenset[str]]:
        """Numbers read without their unit: a tool record's and the user's ("I'm 25", "order 4471")."""
        records = [n for n, s in zip(self._doc_numbers, self.sources, strict=True) if not s.prose]
        users = [r[1] for r in self._user]
        if counted_figures.READ_COUNTED_FIGURES:  # the customer's "my two kids" states no amount of 2
            texts = [s.text for s in self._given if s.user]
            users = [n - (counted_numbers(t) - uncounted_numbers(t)) for n, t in zip(users, texts, strict=True)]
        return [*records, *users]

    def _count_unheld(self, value: str) -> bool:
        """Is ``value``, a count the claim gives ("up to 8 people"), stated by no source as anything but an
        amount, a share, a length of time or a measure? A tool record's figures hold it (units live in keys)."""
        if any(value in n for n, s in zip(self._doc_numbers, self.sources, strict=True) if not s.prose):
            return False
        # a source is read for its unit-free figures only when it holds the number at all ("x4" in its text)
        texts = [(n, s.text) for n, s in zip(self._doc_numbers, self.sources, strict=True) if s.prose]
        texts += [(r[1], s.text) for r, s in zip(self._user, (s for s in self._given if s.user), strict=True)]
        if any(value in unit_free_numbers(text) for held, text in texts if value in held or value in text):
            return False
        # the customer's "both of us" or "to and from" counts two of what the claim counts ("two trips a day")
        return not any(value in paired_counts(s.text) for s in self._given if s.user)

    @cached_property
    def _user_stems(self) -> list[frozenset[str]]:
        return [content_stems(s.text) for s in self._given if s.user]

    def holding_numbers(self, numbers: frozenset[str]) -> list[EvidenceSource]:
        """The sources (not the user's message) that state every one of ``numbers``: where a passage stating
        them together can be (cheap: each source's numbers were read already)."""
        return [s for s, held in zip(self.sources, self._doc_numbers, strict=True) if numbers <= held]

    @property
    def sentences(self) -> list[tuple[str, str]]:
        """(source label, sentence) for every evidence sentence, built when first asked for."""
        if self._sentences is None:
            self._sentences = [(s.label, sentence) for s in self.sources for sentence in sentences_of(s.text)]
        return self._sentences

    @cached_property
    def source_texts(self) -> tuple[str, ...]:
        """The texts of :attr:`sources`, in order: the key the readers cached on a request's texts are called with."""
        return tuple(s.text for s in self.sources)

    @cached_property
    def user_text(self) -> str:
        """The user's own message(s), as given: the question asked, not the earlier turns."""
        return "\n".join(s.text for s in self._given if s.user and not s.earlier)

    @cached_property
    def user_stems(self) -> frozenset[str]:
        """The content-word stems of the user's own message(s) (the question asked, not the earlier turns)."""
        # read from the question alone: the earlier turns (often long) are read only when a claim's words are
        # new to every other source (:meth:`novel`)
        return frozenset().union(*(content_stems(s.text) for s in self._given if s.user and not s.earlier))

    def novel(self, stems: frozenset[str], enough: int = 1) -> set[str]:
        """The claim's content words that occur nowhere in what the model was shown, the user's words included
        (the user's message is read only when at least ``enough`` words are new to the other sources)."""
        left = {s for s in _absent(stems, self.stems)
                if len(s) < PREFIX or not _held_prefix(s[:PREFIX], self._prefixes)}
        return _absent(left, self._user_stems) if len(left) >= enough else left

    def echoes_user(self, claim: str) -> bool:
        """Does the claim only repeat contact details or numbers the user stated (and state at least one)?"""
        user = [s.text for s in self._given if s.user]
        if not user:
            return False
        grouped, emails, numbers = grouped_digits(claim), _emails(claim), numbers_in(claim)
        if not (grouped or emails or numbers or identifiers_in(claim)):
            return False
        said = " ".join(user)
        return (all(any(same_grouped_number(g, h) for h in grouped_digits(said)) for g in grouped)
                and emails <= _emails(said) and numbers <= evidence_numbers(said)
                and identifiers_in(claim) <= identifiers_in(said))

    def status_clash(self, claim: str) -> tuple[str, str | None, str | None, tuple[str, ...]] | None:
        """A status the claim gives a record (an order, booking, transfer named by its id) that is not the
        status the tool returned for it ("contradicted", with the tool and its status line), or that no tool
        returned at all, the id being only the user's ("absent"): (verdict, source, line, status words)."""
        words = words_in(claim)
        stated = words & STATUS_WORDS
        if "time" in words and _ON_TIME_RE.search(claim):  # "KL947 is on time" gives the flight a status too
            stated = stated | {"on time"}
        # "still under review": not decided yet
        under_way = READ_STATES and may_hold_word(claim, _UNDER_WAY_WORDS) and _UNDER_WAY_RE.search(claim) is not None
        if under_way:
            stated = stated | {"under way"}
        if not stated:
            return self._unfinished(claim) if says_finished(claim) else None
        keys = record_keys(claim) if stated else _NONE
        if not keys:
            return None
        claim_stems = {stem(w) for w in words} | same_state_stems(stated)
        if under_way:  # a record still open in any word ("pending", "received", "in assessment") agrees
            claim_stems |= _UNDER_WAY_STEMS
        records = self._records if READ_STATES else self._plain_records
        statuses = [r for r in records if r[1]]
        # the record named by the claim's id; else, when a tool returned a status without echoing the id,
        # that status (a lookup for the id the user gave)
        named = [r for r in statuses if keys & r[0]] or ([] if any(keys & r[0] for r in records)
                                                          else statuses)
        if any(status & claim_stems for _, status, _, _ in named):
            return None
        if named and self._keyed(keys, stated):
            return None
        if named and self._paid_part(claim, keys, stated, named[0][1]):
            return None
        if named and payment_beside_state(stated, named[0][2], STATUS_WORDS):  # "paid up front" of "waiting for part"
            return None
        if named:
            _, _, line, label = named[0]
            return "contradicted", label, line, tuple(sorted(stated))
        if decided_in_fields(stated, (s.text for s in self._given if not s.prose and not s.user)):
            return None  # "Express was declined" of a request record "accepted: False"
        # "The extension was declined" of a request record "extended: False": the other words are checked alone
        stated -= refused_in_fields(claim, stated, (s.text for s in self._given if not s.prose and not s.user))
        if not stated:
            return None
        if keys <= self._user_keys and not any(keys & r[0] for r in records):
            return "absent", None, None, tuple(sorted(stated))
        return self._ended_unsaid(claim, keys, stated)

    def _short_codes_absent(self, claim: str) -> list[str]:
        """A letter and a number ("H9", "B4") is a code of a series when the evidence names another code of that
        letter ("pitches: H7, H12"): the claim's must then be one the evidence or the customer names too. Too
        short to be a code anywhere else ("A4 paper", "M6"), so it is read only beside its series."""
        series = {w[0] for words in self._words for w in words if _SHORT_CODE_WORD_RE.fullmatch(w)}
        return [code for code in sorted(set(_SHORT_CODE_RE.findall(claim)))
                if code[0].lower() in series and _absent((code.lower(),), self._words)]

    def _paid_part(self, claim: str, keys: frozenset[str], stated: frozenset[str], status: frozenset[str]) -> bool:
        """Does the claim's "paid" say what a part of the record it names is ("the deposit of 156000 is paid" of
        "deposit cop: 156000"; :func:`~llmops_kit.claimed_states.paid_part`), not the record's status?"""
        return any(paid_part(claim, stated, _record_lines(source.text), status) for source in self._given
                   if not source.prose and keys & record_keys(source.text))

    def _unfinished(self, claim: str) -> tuple[str, str | None, str | None, tuple[str, ...]] | None:
        """A job the claim says is done ("OF-27-3318 is finished") of a record whose status is still under way
        ("state: in progress"; :data:`~llmops_kit.claimed_states.READ_FINISHED_STATES`): *contradicted*. A status
        saying it is done agrees; a status neither done nor under way is not read."""
        keys = record_keys(claim)
        if not keys:
            return None
        named = [r for r in self._records if r[1] and keys & r[0]]
        if not named:
            return None
        _, status, line, label = named[0]
        if not status.isdisjoint(DONE_STEMS) or status.isdisjoint(_UNDER_WAY_STEMS):
            return None
        return "contradicted", label, line, ("finished",)

    def _keyed(self, keys: frozenset[str], stated: frozenset[str]) -> bool:
        """Does a record the tool returned for the claim's id name a stated word in one of its field names ("paid
        gbp: 21.0" for "£21.00 paid")? The word then says what the field holds, not the record's status."""
        for source in self._given:
            if source.prose or not keys & record_keys(source.text):
                continue
            if any(not stated.isdisjoint(words_in(m.group(1))) for m in _FIELD_NAME_RE.finditer(source.text)):
                return True
        return False

    def _ended_unsaid(self, claim: str, keys: frozenset[str], stated: frozenset[str]
                      ) -> tuple[str, None, None, tuple[str, ...]] | None:
        """"Booking X was cancelled" when the tool returned booking X with no status at all, and its record
        holds no such word: an ending (cancelled, refunded, rejected, ...) would be in the record the tool
        returned, so it is *absent*. Only endings: "X is confirmed" of a record the tool returned restates
        that the record exists."""
        ended = {w for w in stated & ENDED_WORDS
                 if re.search(rf"\b(?:was|is|were|are|been)\s+(?:already\s+|now\s+)?{w}\b", claim, re.IGNORECASE)}
        if not ended:
            return None
        returned = [s.text.lower() for s in self._given if not s.prose and keys & record_keys(s.text)]
        if returned and not any(word in text for word in ended for text in returned):
            return "absent", None, None, tuple(sorted(ended))
        return None

    def missing_facts(self, claim: str, *, names: bool = True, answer: frozenset[str] = _NONE,
                      answer_text: str = "", row: bool = False,
                      worked: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
        """The claim's numbers, and its other hard facts (identifiers, names, times, contact numbers,
        e-mails, amounts and durations with their unit), that no evidence source contains. ``answer`` holds
        the numbers the whole answer states: a list item "Left: 18.8 GB" may compute from the item above;
        ``answer_text`` the whole answer: a time or day may be clock arithmetic on its grounded times. ``row``:
        the claim is a table row, whose figures may be worked from the other rows without a result word
        (:mod:`llmops_kit.own_operands`). ``worked``: the amounts of a total the claim works from the evidence's
        price in another house style (:func:`~llmops_kit.text.locale_amounts.held_amount_texts`), whose figures and
        marks are held whatever the number reader makes of them; the readers of counts and rates still read them."""
        own = numbers_in(claim)
        styled = frozenset().union(*map(numbers_in, worked)) if worked else _NONE
        numbers = sorted(self._not_derived(self._absent_from(own - styled, self._doc_numbers, "_numbers"),
                                           own | answer, claim, answer_text, row)) if own else []
        if numbers:
            numbers = [n for n in numbers if not self._date_held(n)]
        if own and calendar_dates.READ_LOCALE_DATES:  # "16 March 2027" of "16.03.27", a date read whole
            numbers = self._whole_dates(claim, numbers)
        if numbers:  # "Wednesday 2027/03/24" offered for the customer's Tuesday 2027/03/23: the calendar's day
            near = near_named_dates(claim, self.user_text)
            numbers = [n for n in numbers if n not in near] if near else numbers
        if numbers:  # "valid 12 months from issue, so up to and including 2027/12/14" to "issued on 2026/12/15"
            ends = window_end_figures(claim, self.user_text, (s.text for s in self.sources if not s.user))
            numbers = [n for n in numbers if n not in ends] if ends else numbers
        if numbers and answer_text and times_in(claim):
            numbers = [n for n in numbers if not self._shifted_day(n, answer, answer_text)]
        if numbers:
            numbers = [n for n in numbers if not self._shifted_date(n, claim, answer_text)
                       and not self._clock_gap(n, claim, answer_text, row) and not self.hour_range(n, claim)]
        # a count held only by the same number given with a unit ("up to 8 people" of "£8 a copy")
        counted = counted_numbers(claim) if own and counted_figures.READ_COUNTED_FIGURES else _NONE
        if counted:
            unheld = [n for n in sorted(counted & own) if n not in numbers and self._count_unheld(n)]
            # read in English only: another language's adjectives agree in number ("les 3 premières heures")
            if unheld and not is_foreign(claim):
                numbers = sorted({*numbers, *self._not_derived(set(unheld), own | answer, claim, answer_text, row)})
        # a count the list right after it does not confirm ("Three slots a day, 09:30 and 14:00")
        if own:
            numbers.extend(n for n in sorted(miscounted_lists(claim) & own) if n not in numbers)
            # a record's "Chunky Aran x4" counts the item: "4 Chunky Aran skeins" is held, "5" is not
            if self._items is None:
                self._items = tuple(i for s in self.sources for i in item_counts(s.text))
            if self._items:
                held, wrong = recounted_items(claim, self._items)
                numbers = [n for n in numbers if n not in held or n in wrong]
                numbers.extend(n for n in sorted(wrong & own) if n not in numbers)
        # a written step that does not come out ("£38.00 plus £16.80 makes £56.80", "3 passes at £15 each, £55")
        if own and ("=" in claim or "plus" in claim or " at " in claim):
            numbers.extend(n for n in wrong_results(claim, lambda n: not _absent((n,), self._doc_numbers))
                           if n not in numbers)
        # a shortfall is the rule's figure less the customer's ("needs 20 logged dives, so you're 6 short" of 14)
        if own and "short" in claim:
            fits, misfits = shortfall_figures(claim, self.user_text)
            numbers = [n for n in numbers if n not in fits]
            numbers.extend(n for n in sorted(misfits & own) if n not in numbers)
        # a count of the blocks a source charges by, or its amount, that the length does not give ("40 minutes is 2
        # quarter-hours" where a started quarter-hour is charged whole; "13,4 km at 39 Kč are 522,60 Kč")
        if own:
            blocks = set(increment_figures(claim, self.source_texts)[1] & own)
            if blocks:  # "billed at $120.000" of an 11-minute call is the article's 30-minute minimum, no wrong count
                blocks -= capped_figures(blocks, claim, self.user_text, self.source_texts)
            numbers.extend(n for n in sorted(blocks) if n not in numbers)
        # a saving or share the answer works out that its own amounts do not give ("= KSh 17,500, so the pack at
        # KSh 15,000 saves KSh 3,500"), held by a source or not
        if own and answer_text and ("sav" in claim or "Sav" in claim or "%" in claim):
            numbers.extend(n for n in wrong_worked_figures(claim, answer_text) if n not in numbers)
            # two offers' savings added where a source allows one ("a saving of ₹1,700" of 25% and ₹800 more)
            numbers.extend(n for n in stacked_savings(claim, answer_text, self.source_texts) if n not in numbers)
        # a comparison the claim's own two amounts contradict ("EUR 14.70 a month, which is cheaper than Business
        # at EUR 11.90"; "R440 against R350 ..., so the single sessions work out R90 cheaper")
        if own and len(own) >= 2 and ("than" in claim or "gainst" in claim or "under" in claim or "over" in claim
                                      or "below" in claim or "above" in claim or "versus" in claim
                                      or " vs" in claim):
            numbers.extend(n for n in contradicted_comparisons(claim) if n not in numbers)
        # a comparison with a count of items the texts price ("R$ 1.490,00 is less than 15 separate 90-minute
        # passes" against "90 min: R$ 79,90")
        if own and "than" in claim:
            numbers.extend(n for n in contradicted_implied_comparisons(claim, self.source_texts)
                           if n not in numbers)
        # a per-unit price taken for a wrong count of its unit ("3 × ฿200" of "฿200 per group", "12 × EUR 24.90"
        # of "months charged: 10", "£22 each" of "£22 per square metre (an A1 poster is 0.5 square metres)")
        if own and ("×" in claim or " x " in claim or "each" in claim or " per " in claim or " a " in claim):
            numbers.extend(n for n in misapplied_unit_prices(claim, self.source_texts,
                                                             answer_text=answer_text, question=self.user_text)
                           if n not in numbers)
        # a charge written as the plain product of a usage and a rate whose cap or floor changes it ("26 miles at
        # £1.90 a mile: £49.40" where the minimum charge is £95 per journey)
        if own:
            numbers.extend(n for n in sorted(capped_misses(claim, self.source_texts, self.user_text) & own)
                           if n not in numbers)
        # a per-unit price applied to another unit ("2 × ₹150 × 3 hours" of "₹150 per session", "95 kr. for the
        # month" of "95 kr. per week" asked for a whole month of four weeks)
        if own:
            numbers.extend(n for n in misapplied_rate_units(claim, self.source_texts, answer_text=answer_text,
                                                            question=self.user_text) if n not in numbers)
        # a worked quote's count of an item against the customer's own ("waffle 2 × NT$180" for "one waffle",
        # "towels 2,50 €" once for "2 towels", "¥3,300" per student charged once for two children)
        if own and self.user_text:
            numbers.extend(n for n in miscounted_items(claim, self.source_texts, user_text=self.user_text,
                                                       answer_text=answer_text) if n not in numbers)
            # a tool's price per unit charged once where the record or the customer counts two or more of the unit
            # ("recording € 30,00" of "recording eur per hour: 30.0" for "3 hours")
            numbers.extend(n for n in once_charged_prices(claim, self.source_texts, user_text=self.user_text,
                                                          answer_text=answer_text) if n not in numbers)
            # the customer's whole count charged at the rate after an allowance ("130 km × 6 = 780 Kč" where the
            # first 100 km are included)
            numbers.extend(n for n in charged_allowances(claim, self.source_texts, self.user_text)
                           if n not in numbers)
            # a price charged for a child the texts let in free by the age the customer gives ("8,00 € for the
            # 4-year-old" beside "children under 7 free")
            numbers.extend(n for n in charged_free_ages(claim, self.source_texts, user_text=self.user_text)
                           if n not in numbers)
            # the children charged the adult price a record gives beside a child's ("4 × 800 THB" for two adults
            # and kids of 6 and 9, "child 4 12 thb: 300")
            numbers.extend(n for n in adult_priced_children(claim, tuple(self.source_texts), user_text=self.user_text)
                           if n not in numbers)
            # a count of uses worked from a frequency over a period ("at once a week you would only use about 6 of
            # the 12 sessions in 3 months")
            numbers.extend(n for n in miscounted_uses(claim, self.source_texts, user_text=self.user_text)
                           if n not in numbers)
        digits = own or DIGIT_RE.search(claim) is not None
        idents = identifiers_in(claim) if digits else _NONE  # a code needs a digit (identifiers_in says none else)
        codes = self._absent_from(idents, self._doc_identifiers, "_identifiers") if idents else _NONE
        others = sorted(self._absent_from(codes, self._doc_words, "_words")) if codes else []
        if digits and _SHORT_CODE_RE.search(claim):
            others.extend(self._short_codes_absent(claim))
        # times and digit groups need a digit, or for a time a clock word ("until midnight"); the evidence is read
        # for them only when a claim has one
        if digits or says_clock_word(claim):
            times = times_in(claim)
            if times:
                lost = _absent(times, self._times)
                if lost and answer_text:
                    lost -= self._clock(answer_text)[0]
                if lost and "." in claim:  # "on 16/03/2027 at 16.00" of a record's "time: 16.00"
                    lost = {time for time in lost if not any(dotted_alike(time, claim, s.text) for s in self._given)}
                others.extend(sorted(lost))
        if digits:
            grouped = grouped_digits(claim)
            if grouped:
                others.extend(f"the number {g}" for g in sorted(grouped)
                              if not any(same_grouped_number(g, held) for held in self._grouped))
        if "@" in claim:
            others.extend(sorted(_absent(_emails(claim), self._emails)))
        typed = typed_quantities(claim, False, True) if own else _NONE
        if typed:
            # "€20" needs 20 as an amount in prose, or 20 in a tool record / the user's message (units in keys)
            unit_less = {q for q in _absent(typed, self._typed) if q.split(" ")[0] not in numbers}
            others.extend(sorted(q for q in unit_less if _absent((q.split(" ")[0],), self._untyped)
                                 and q.split(" ")[0] in own
                                 and self._not_derived({q.split(" ")[0]}, own | answer, claim, answer_text, row)
                                 and not self._clock_gap(q.split(" ")[0], claim, answer_text, row)))
        names_found = names_in(claim) if names else _NONE
        if names_found:
            names_found -= _code_parts(claim, names_found, (s.text for s in self._given))
        if names_found:  # "VAT" of "EUR 145, VAT included" where no text names a tax: the price's framing, no fact
            names_found -= unstated_tax_names(names_found, claim, self.source_texts)
        if names_found and digits:  # "PM" of "2:30 PM", "PTG" of "2:30 PTG", "Uhr" of "14 Uhr 30": the time's
            names_found -= clock_words(claim)  # own words, checked with the time above
        if names_found and arithmetic_steps.READ_STORAGE_AND_PINTS and digits:
            # "1.76 UK pints (roughly 2.1 US pints)": the country of a unit the claim converts to is part of the
            # unit, no name the evidence must hold
            names_found -= converted_unit_words(claim)
        # the month of a date the answer reaches by date arithmetic ("8 weeks before"); only a claim that names a
        # month can lose one, so the others skip the date arithmetic
        if names_found and own and not _MONTHS.isdisjoint(names_found):
            names_found -= self.shifted_months(claim, answer_text)
        if names_found and not _MONTHS.isdisjoint(names_found):  # "From April it's the full ..." to the 18/03 start
            names_found -= following_months(names_found, claim, self.user_text)
        # a weekday the answer works out from the evidence's rule ("the next working day - Friday")
        if names_found and not _WEEKDAY_NAMES.isdisjoint(names_found):
            names_found -= worked_weekdays(claim, answer_text, self.user_text, (s.text for s in self.sources))
            # the weekday of a window's end the answer counts from the customer's date
            names_found -= window_end_figures(claim, self.user_text, (s.text for s in self.sources if not s.user))
            # a weekday inside a group of days given the same figure ("NT$250 on Saturday" of "NT$250 on weekends")
            names_found -= grouped_weekdays(claim, names_found, (s.text for s in self.sources
                                                                   if s.prose and not s.user))
        if names_found:
            # a name's words, or their stems ("DVDs" against "DVD"), must occur; a code's letters ("CLM" of
            # CLM-2025-004817) were checked with the code
            codes = " ".join(idents)
            parts = {p for name in names_found if name not in codes for p in _ALNUM_RE.findall(name)}
            unknown = self._unheld_words(parts)
            lost = [name for name in sorted(names_found) if not unknown.isdisjoint(_ALNUM_RE.findall(name))]
            if lost and (marks := mark_codes(claim)):  # "KSh 3,500" of a record's "paid_kes": 3500
                lost = [name for name in lost if name not in marks or not self._holds_word(marks[name])]
            if lost:  # "Jumapili" (Sunday), "Machi" (March) of an answer in the customer's language
                lost = [name for name in lost
                        if (english := english_calendar_name(name)) is None or not self._holds_word(english)]
            if lost and READ_PLACES:  # "France" of a parcel for Lyon, "Polish" at a room in Kraków
                lost = [name for name in lost if name not in self.implied_names(lost, claim)]
            others.extend(lost)
        if worked and others:  # "rm3" of "RM3,900", "the number 1 950" of "1 950 Kč": a worked amount's parts
            others = [item for item in others if not _part_of(item, worked)]
        # an option called the cheaper one that the answer's own totals price as the dearer ("Standard ... is
        # ¥6,050 each; Premium without is ¥7,700 each. Premium comes out cheaper")
        if answer_text and ("cheap" in claim or "less" in claim or "better deal" in claim):
            others.extend(f"the cheaper option at {total}" for total in reversed_choices(claim, answer_text,
                                                                                        self.source_texts))
        return numbers, others

    def implied_names(self, names: Iterable[str], claim: str = "") -> frozenset[str]:
        """The ``names`` that are a country, nationality or language a place, an international number or a
        country word of the customer's messages, the instructions or a tool record implies
        (:mod:`llmops_kit.place_names`)."""
        # "08:00-16:00 Melbourne time" beside the business's +61 3 number: the town names its clock, no place
        zone = zone_towns(names, claim, (s.text for s in self._given if not s.user)) if " time" in claim else _NONE
        if not country_names(names, claim):
            return zone
        if self._place_regions is None:  # read once per evidence, and only for a claim naming a country
            # the setting of the conversation: where the customer is (their messages), where the business is
            # (its instructions, its records); an article naming a town is about something else
            self._place_regions = implied_regions(s.text for s in self._given
                                                  if s.user or not s.prose or s.label == _INSTRUCTIONS)
        implied = implied_names(names, self._place_regions, claim)
        # "From Norway, dial +44 ..." where the evidence gives the number for callers abroad: the caller's country
        return implied | zone | caller_countries(names, claim, (s.text for s in self._given if not s.user))

    def contradiction(self, claim: str, numbers: Sequence[str]) -> tuple[str, str] | None:
        """An evidence sentence that states another value with the same unit as a claimed number."""
        units = {unit for value, unit in quantities(claim) if value in numbers and unit}
        if not units:
            return None
        for label, sentence in self.sentences:
            if any(unit in units and value not in numbers for value, unit in quantities(sentence)):
                return label, sentence
        return None

    def coverage(self, claim_stems: frozenset[str]) -> tuple[int, float]:
        """The share of the claim's content words the evidence holds, and the source holding most of them."""
        best, most = -1, 0
        for index, stems in enumerate(self.stems):
            shared = len(claim_stems & stems)
            if shared > most:
                best, most = index, shared
        if best < 0:
            return best, 0.0
        absent = _absent(claim_stems, self.stems)
        if absent:
            absent = {s for s in absent if len(s) < PREFIX or not _held_prefix(s[:PREFIX], self._prefixes)}
        return best, 1 - len(absent) / len(claim_stems)

    def closest_passages(self, claims: Sequence[str]) -> list[tuple[str, str, float] | None]:
        """Per claim, the most similar evidence passage by meaning: (source label, passage, similarity).

        Besides every sentence (and neighbouring pair) of each source, a claim drawing on several fields of
        one tool record ("confirmed for 25 March at 10:30 with Dr. Iyer in Cardiology") is compared with
        those fields read together: the record's lines that share a word or number with it. A whole record
        with a long history attached says too much else to be close to any one claim.
        """
        picked: list[tuple[int, str, str]] = []  # (claim row, source label, passage)
        for row, claim in enumerate(claims):
            wanted = frozenset(w for w in content_stems(claim) if not w[0].isdigit())
            facts = identifiers_in(claim) | times_in(claim) | grouped_digits(claim)
            for source in self.sources:
                if source.prose:
                    continue
                # lines sharing a word, a code, a time or a whole date with the claim (bare numbers and month
                # names recur in every history row); read with their dates in prose, as the claim states them
                lowered = claim.lower()
                lines = [line for line, stems in sentence_stems(source.text)
                         if not wanted.isdisjoint(stems) or (facts and not facts.isdisjoint(
                             identifiers_in(line) | times_in(line) | grouped_digits(line)))
                         or date_stated(line, lowered)]
                if len(lines) > 1:
                    picked.append((row, source.label, _humanise(" ".join(lines))))
        vectors = embed([*(self._dates_as_written(c) for c in claims), *(passage for _, _, passage in picked)])
        claim_vectors, picked_vectors = vectors[: len(claims)], vectors[len(claims):]
        best: list[tuple[str, str, float] | None] = [None] * len(claims)
        for source in self.sources:
            passages, matrix = _passages(source.text, source.prose)
            if not passages:
                continue
            scores = claim_vectors @ matrix.T
            columns = scores.argmax(axis=1)
            for row, column in enumerate(columns):
                value = float(scores[row, column])
                current = best[row]
                if current is None or value > current[2]:
                    best[row] = (source.label, passages[column], value)
        for (row, label, passage), vector in zip(picked, picked_vectors, strict=True):
            value = float(claim_vectors[row] @ vector)
            current = best[row]
            if current is None or value > current[2]:
                best[row] = (label, passage, value)
        return best

    def polarity_clash(self, claim: str, claim_stems: frozenset[str]) -> bool:
        """Does a one-clause claim deny ("is not", "did not", "never") what no evidence sentence about it denies?

        Negation words are function words, invisible to stems and nearly so to embeddings, so "X is not
        involved in any hotel company" would match "X is famous for its involvement in hotels" word for
        word. Only a single clause is read this way: in "you won't get the full price back, as a 15% fee
        applies" the negation belongs to a consequence the evidence leaves to the reader. The sentences
        compared are those sharing at least half of the claim's content words.
        """
        if not states_denial(claim) or CLAUSES_RE.search(NAMED_PAIR_RE.sub(" ", claim)):
            return False
        about = [sentence for source in self.sources for sentence, stems in sentence_stems(source.text)
                 if 2 * len(claim_stems & stems) >= len(claim_stems)]
        return bool(about) and not any(negated(sentence) for sentence in about)

    def closest_sentence(self, claim_stems: frozenset[str], source: int) -> str:
        """The sentence of one source sharing most stems with the claim (first on ties)."""
        key = (claim_stems, source)
        best = self._closest.get(key)
        if best is not None:  # asked again for the same claim: by the synonym check, then by its verdict
            return best
        best, overlap = self.sources[source].text, -1
        for sentence, stems in sentence_stems(self.sources[source].text):
            shared = len(claim_stems & stems)
            if shared > overlap:
                best, overlap = sentence, shared
        self._closest[key] = best
        return best
