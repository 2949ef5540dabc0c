"""The evidence a model saw, read once per request: documents, tool results, the user's message, the system prompt.

:class:`Evidence` keeps, per source, what a claim is checked against: content-word stems, numbers, words
(for names), identifiers; and, read only when a claim needs them, times of day, digit-grouped numbers,
e-mails, amounts with their unit, tool-record statuses and the user's own words. Every reading is cached per
text, because articles and system prompts recur across requests. :mod:`llmops_kit.grounding` judges claims
with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from .evidence_readers import (
    ALNUM_RE as _ALNUM_RE,
)
from .evidence_readers import (
    NONE as _NONE,
)
from .evidence_readers import (
    PREFIX,
    render_tool_output,
)
from .evidence_readers import (
    absent as _absent,
)
from .evidence_readers import (
    emails_in as _emails,
)
from .evidence_readers import (
    held_prefix as _held_prefix,
)
from .evidence_readers import (
    humanise_record as _humanise,
)
from .evidence_readers import (
    is_numeric as _numeric,
)
from .evidence_readers import (
    name_forms as _forms,
)
from .evidence_readers import (
    passages as _passages,
)
from .evidence_readers import (
    source_facts as _source_facts,
)
from .evidence_readers import (
    strip_citations as _plain,
)
from .evidence_readers import (
    user_facts as _user_facts,
)
from .evidence_statements import (
    _CLAUSES_RE,
    _DATE_TOKEN_RE,
    _DIGIT_RE,
    _MONTH_NAMES,
    _NAMED_PAIR_RE,
    _NUMERIC_DATE_RE,
    ENDED_WORDS,
    STATUS_WORDS,
    _date_stated,
    _denies,
    _negated,
    _pair_reaches,
    _record_keys,
    _sentence_stems,
    _status_of,
)
from .text import (
    content_stems,
    evidence_numbers,
    grouped_digits,
    identifiers_in,
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
from .text.arithmetic import (
    clock_results,
    comparisons,
    durations_in_minutes,
    period_factors,
    share_factors,
    written_arithmetic,
)
from .text.embed import embed

__all__ = ["STATUS_WORDS", "Evidence", "EvidenceSource", "render_tool_output"]


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




class Evidence:
    """Everything the model saw, read once: per source its stems, and all hard facts together."""

    def __init__(self, sources: Iterable[EvidenceSource], citation_pattern: str) -> None:
        given = []
        for s in sources:
            if s.text.strip():
                plain = _plain(s.text, citation_pattern)
                given.append(s if plain == s.text else EvidenceSource(s.label, plain, s.user, s.prose, s.earlier))
        self._given = given
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
        return [typed_quantities(s.text, True) for s in self._given if s.prose and not s.user]

    @cached_property
    def _records(self) -> list[tuple[frozenset[str], frozenset[str], str, str]]:
        return [(_record_keys(s.text), *_status_of(s.text), s.label) for s in self._given if not s.prose]

    @cached_property
    def _user_keys(self) -> frozenset[str]:
        return frozenset().union(*(_record_keys(s.text) for s in self._given if s.user))

    @cached_property
    def _user(self) -> list[tuple[frozenset[str], ...]]:
        """The user's message read for numbers, names and codes: only when a claim states one no other
        source holds (probed last, read on demand)."""
        return [_user_facts(s.text) for s in self._given if s.user]

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

    def _absent_from(self, items: Iterable[str], docs: list[frozenset[str]], kind: str) -> set[str]:
        """``_absent`` over the documents first, and over the user's message only for what they lack."""
        left = _absent(items, docs)
        return _absent(left, getattr(self, kind)[len(docs):]) if left else left

    @cached_property
    def _untyped(self) -> list[frozenset[str]]:
        """Numbers read without their unit: a tool record's and the user's ("I'm 25", "order 4471")."""
        records = [n for n, s in zip(self._doc_numbers, self.sources, strict=True) if not s.prose]
        return [*records, *(r[1] for r in self._user)]

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
    def user_text(self) -> str:
        """The user's own message(s), as given: the question asked, not the earlier turns."""
        return "\n".join(s.text for s in self._given if s.user and not s.earlier)

    @cached_property
    def user_stems(self) -> frozenset[str]:
        """The content-word stems of the user's own message(s) (the question asked, not the earlier turns)."""
        return frozenset().union(*(stems for stems, s in zip(self._user_stems, (g for g in self._given if g.user),
                                                               strict=True) if not s.earlier))

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
        if not stated:
            return None
        keys = _record_keys(claim) if stated else _NONE
        if not keys:
            return None
        claim_stems = {stem(w) for w in words}
        statuses = [r for r in self._records if r[1]]
        # the record named by the claim's id; else, when a tool returned a status without echoing the id,
        # that status (a lookup for the id the user gave)
        named = [r for r in statuses if keys & r[0]] or ([] if any(keys & r[0] for r in self._records)
                                                          else statuses)
        if any(status & claim_stems for _, status, _, _ in named):
            return None
        if named:
            _, _, line, label = named[0]
            return "contradicted", label, line, tuple(sorted(stated))
        if keys <= self._user_keys and not any(keys & r[0] for r in self._records):
            return "absent", None, None, tuple(sorted(stated))
        return self._ended_unsaid(claim, keys, stated)

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
        returned = [s.text.lower() for s in self._given if not s.prose and keys & _record_keys(s.text)]
        if returned and not any(word in text for word in ended for text in returned):
            return "absent", None, None, tuple(sorted(ended))
        return None

    def missing_facts(self, claim: str, *, names: bool = True, answer: frozenset[str] = _NONE,
                      answer_text: str = "") -> tuple[list[str], list[str]]:
        """The claim's numbers, and its other hard facts (identifiers, names, times, contact numbers,
        e-mails, amounts and durations with their unit), that no evidence source contains. ``answer`` holds
        the numbers the whole answer states: a list item "Left: 18.8 GB" may compute from the item above;
        ``answer_text`` the whole answer: a time or day may be clock arithmetic on its grounded times."""
        own = numbers_in(claim)
        numbers = sorted(self._not_derived(self._absent_from(own, self._doc_numbers, "_numbers"), own | answer,
                                           claim, answer_text)) if own else []
        if numbers:
            numbers = [n for n in numbers if not self._date_held(n)]
        if numbers and answer_text and times_in(claim):
            numbers = [n for n in numbers if not self._shifted_day(n, answer, answer_text)]
        digits = own or _DIGIT_RE.search(claim) is not None
        codes = self._absent_from(identifiers_in(claim), self._doc_identifiers, "_identifiers") if digits else _NONE
        others = sorted(self._absent_from(codes, self._doc_words, "_words")) if codes else []
        if digits:  # times and digit groups need a digit; the evidence is read for them only when a claim has one
            times = times_in(claim)
            if times:
                lost = _absent(times, self._times)
                if lost and answer_text:
                    lost -= self._clock(answer_text)[0]
                others.extend(sorted(lost))
            grouped = grouped_digits(claim)
            if grouped:
                others.extend(f"the number {g}" for g in sorted(grouped)
                              if not any(same_grouped_number(g, held) for held in self._grouped))
        if "@" in claim:
            others.extend(sorted(_absent(_emails(claim), self._emails)))
        typed = typed_quantities(claim) if own else _NONE
        if typed:
            # "€20" needs 20 as an amount in prose, or 20 in a tool record / the user's message (units in keys)
            unit_less = {q for q in _absent(typed, self._typed) if q.split(" ")[0] not in numbers}
            others.extend(sorted(q for q in unit_less if _absent((q.split(" ")[0],), self._untyped)
                                 and q.split(" ")[0] in own
                                 and self._not_derived({q.split(" ")[0]}, own | answer, claim, answer_text)))
        names_found = names_in(claim) if names else _NONE
        if names_found:
            # a name's words, or their stems ("DVDs" against "DVD"), must occur; a code's letters ("CLM" of
            # CLM-2025-004817) were checked with the code
            codes = " ".join(identifiers_in(claim))
            parts = {p for name in names_found if name not in codes for p in _ALNUM_RE.findall(name)}
            unknown = {p for p in self._absent_from(parts, self._doc_words, "_words")
                       if len(_absent(_forms(p), self._words)) == len(_forms(p))}
            others.extend(name for name in sorted(names_found) if not unknown.isdisjoint(_ALNUM_RE.findall(name)))
        return numbers, others

    def _clock(self, answer_text: str) -> tuple[frozenset[str], frozenset[int]]:
        """What clock arithmetic on the answer's grounded times reaches (times, day shifts), by the durations
        the answer or the evidence states: "check-in opens 30 hours before departure" with the customer's
        07:35 flight on 14 June opens at 01:35 on 13 June. Only times the evidence holds are a start, and only
        stated durations a step, so a changed time is no nearer to being explained than before."""
        base = frozenset(t for t in times_in(answer_text) if not _absent((t,), self._times))
        if not base:
            return _NONE, frozenset()
        steps = durations_in_minutes(answer_text).union(
            *(durations_in_minutes(s.text) for s in self._given if s.prose and not s.user))
        return clock_results(base, steps)

    def _shifted_day(self, number: str, answer: frozenset[str], answer_text: str) -> bool:
        """Is a claimed day of the month a grounded day of the answer moved across midnight by its clock
        arithmetic ("13 June" for a time 30 hours before 07:35 on 14 June)?"""
        if not number.isdigit() or not 1 <= int(number) <= 31:
            return False
        shifts = self._clock(answer_text)[1]
        days = [int(n) for n in answer if n.isdigit() and 1 <= int(n) <= 31 and not _absent((n,), self._numbers)]
        return any(day + shift == int(number) for day in days for shift in shifts)

    def compares_user_figure(self, claim: str) -> bool:
        """Does the claim compare a figure of the user's own ("I got 5.5 in writing") with one the evidence
        states ("no component below 6.0"), and does the comparison hold? That is arithmetic on given
        figures, which no evidence sentence words: "5.5 in writing is below the 6.0 minimum"."""
        user = [r[1] for r in self._user]
        if not any(user):  # the user stated no figure: nothing to compare (and the claim's text is not read)
            return False
        return any(holds and not _absent((mine,), user) and not _absent((rule,), self._doc_numbers)
                   for mine, rule, holds in comparisons(claim))

    def _not_derived(self, missing: set[str], stated: frozenset[str], claim: str = "",
                     answer_text: str = "") -> set[str]:
        """The missing numbers that are no simple arithmetic of the claim's own grounded numbers."""
        if not missing:
            return missing
        factors = period_factors(claim) if claim else frozenset()
        written = written_arithmetic(answer_text or claim)
        left = {n for n in missing if not self._derived(n, stated, factors, written)}
        if not left or not claim:
            return left
        # an amount, share or duration may also be reached with the customer's figures and the claim's
        # percentages ("€1,900 less the €200 deposit: €1,700", "50% of $2,380"); a bare count may not: "up to 3
        # codes" is no sum of the customer's "two codes" and "one order"
        typed = {q.split(" ")[0] for q in typed_quantities(claim)}
        wider, more = stated | self._user_figures, factors | share_factors(claim)
        return {n for n in left if n not in typed or not self._derived(n, wider, more, written)}

    @cached_property
    def _user_figures(self) -> frozenset[str]:
        """The numbers the customer stated (now or in earlier turns): an answer reasons on the customer's own
        figures ("€1,900 rent less the €200 holding deposit: €1,700") without restating them. Only these few
        join the answer's own numbers as operands, never the evidence's many others."""
        return frozenset().union(*(r[1] for r in self._user)) if self._user else frozenset()

    def _derived(self, value: str, stated: frozenset[str], factors: frozenset[float] = frozenset(),
                 written: tuple[tuple[str, str, str], ...] = ()) -> bool:
        """Is ``value`` the sum, difference, product or ratio of two other numbers the answer states (and the
        evidence holds)? "41.2 GB used of 60 GB, so 18.8 GB left", "£150 plus £250 is £400", "two 5 GB top-ups
        for €10". Both operands must be stated in the answer itself, so a changed figure is never explained
        away by some pair of the many numbers evidence holds. ``factors``: how many of one calendar period
        another holds, when the claim names both ("$3 a week, about $156 a year"); ``written``: arithmetic the
        answer writes out and gets right (:func:`_computed`)."""
        try:
            target = float(value)
        except ValueError:
            return False
        grounded = [float(n) for n in stated if n != value and not _absent((n,), self._numbers) and _numeric(n)]
        if _pair_reaches([*grounded, *factors], target):
            return True
        return self._computed(value, target, stated, grounded, written, factors)

    def _computed(self, value: str, target: float, stated: frozenset[str], grounded: list[float],
                  written: tuple[tuple[str, str, str], ...], factors: frozenset[float]) -> bool:
        """One step further: a figure the answer itself derives (from two grounded figures, or by arithmetic it
        writes out on grounded figures: "12 x €12 = €144") may be an operand of the next one ("you pay €120,
        so you save €24"). Only figures the answer states count as steps, never the evidence's other numbers."""
        held = set(grounded)
        steps = {float(c) for a, b, c in written if c != value and _numeric(c)
                 and not _absent((a,), self._numbers) and not _absent((b,), self._numbers)}
        if target in steps:
            return True
        steps.update(float(n) for n in stated if n != value and _numeric(n) and float(n) not in held
                     and _pair_reaches(grounded, float(n)))
        return bool(steps) and _pair_reaches([*grounded, *steps, *factors], target)

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
                lines = [line for line, stems in _sentence_stems(source.text)
                         if not wanted.isdisjoint(stems) or (facts and not facts.isdisjoint(
                             identifiers_in(line) | times_in(line) | grouped_digits(line)))
                         or _date_stated(line, lowered)]
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

    def _dates_as_written(self, claim: str) -> str:
        """The claim with each numeric date ("31/07/2026", "06/05/2026") written as the evidence writes that day
        ("31 July 2026"), for the embedding step only: the hard-fact step has compared the figures already,
        and a layout the evidence does not use would otherwise read as a change of wording. Day-first or
        month-first is the reading whose day a source states; a date no source states is left as it is."""
        if "/" not in claim:
            return claim
        return _NUMERIC_DATE_RE.sub(lambda m: self._written_date(m) or m.group(0), claim)

    def _date_held(self, number: str) -> bool:
        """Is a numeric date the claim writes ("14.06.2026", "14/06/2026") a day some source states in another
        layout: ISO ("2026-06-14T15:30" in a tool record) or in words ("from 12 March to 30 August 2026", the
        day and month in one sentence with the year)? Day-first or month-first, whichever a source states."""
        match = _DATE_TOKEN_RE.fullmatch(number)
        if match is None:
            return False
        a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        year = year + 2000 if year < 100 else year
        for day, month in ((a, b), (b, a)):
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            iso, name = f"{year:04d}-{month:02d}-{day:02d}", _MONTH_NAMES[month - 1]
            worded = re.compile(rf"\b(?:{day} {name}|{name} {day})\b")
            if any(iso in s.text or any(str(year) in line and worded.search(line) for line in sentences_of(s.text))
                   for s in self._given):
                return True
        return False

    def _written_date(self, match: re.Match[str]) -> str | None:
        a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        year = year + 2000 if year < 100 else year
        for day, month in ((a, b), (b, a)):
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            iso, prose = f"{year:04d}-{month:02d}-{day:02d}", f"{day} {_MONTH_NAMES[month - 1]} {year}"
            if any(iso in s.text or prose in s.text for s in self._given):
                return prose
        return None

    def polarity_clash(self, claim: str, claim_stems: frozenset[str]) -> bool:
        """Does a one-clause claim deny ("is not", "did not", "never") what no evidence sentence about it denies?

        Negation words are function words, invisible to stems and nearly so to embeddings, so "X is not
        involved in any hotel company" would match "X is famous for its involvement in hotels" word for
        word. Only a single clause is read this way: in "you won't get the full price back, as a 15% fee
        applies" the negation belongs to a consequence the evidence leaves to the reader. The sentences
        compared are those sharing at least half of the claim's content words.
        """
        if not _denies(claim) or _CLAUSES_RE.search(_NAMED_PAIR_RE.sub(" ", claim)):
            return False
        about = [sentence for source in self.sources for sentence, stems in _sentence_stems(source.text)
                 if 2 * len(claim_stems & stems) >= len(claim_stems)]
        return bool(about) and not any(_negated(sentence) for sentence in about)

    def closest_sentence(self, claim_stems: frozenset[str], source: int) -> str:
        """The sentence of one source sharing most stems with the claim (first on ties)."""
        key = (claim_stems, source)
        best = self._closest.get(key)
        if best is not None:  # asked again for the same claim: by the synonym check, then by its verdict
            return best
        best, overlap = self.sources[source].text, -1
        for sentence, stems in _sentence_stems(self.sources[source].text):
            shared = len(claim_stems & stems)
            if shared > overlap:
                best, overlap = sentence, shared
        self._closest[key] = best
        return best
