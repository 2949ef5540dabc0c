"""Figures a claim may state that no evidence sentence holds, because the evidence's own figures reach them:
arithmetic on the answer's grounded numbers (sums, ratios, periods, shares, the customer's figures, amounts in
a minor currency unit), clock times shifted by stated durations and the hours between two stated times, dates
moved by a stated number of calendar days, comparisons with the customer's figure, and dates in another layout.

A mixin of :class:`llmops_kit.evidence.Evidence` (which holds the per-source readings these methods use),
split from it so each module stays small; only figures the answer itself states are ever operands, so a
changed figure is never explained away by some pair of the evidence's many numbers. Each operand is of the
figure's own kind: a percentage is a share, not an amount to add or take off; a duration is reached from
durations, not from the answer's counts of other things; a duration multiplies an amount but is never added to
one (:func:`_kind_operands`, :func:`_other_kinds`). An amount written with its currency after the figure
("198,00 €") is money like "€198" (:func:`~llmops_kit.text.arithmetic.marked_after`), so a share of a total the
answer works out, or of the customer's price, is reached with the answer's percentage. A prose claim that states
its figure as a plain fact, not worded as a result, has one operand of its own in each pair or chain
(:mod:`llmops_kit.own_operands`): "Lockers are $2 a day" is no $7 - $5 of another sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cached_property

from . import arithmetic_steps, own_operands
from .allowance_steps import allowance_results, restated_in_other_unit
from .arithmetic_steps import (
    chained,
    clock_gap_dotted,
    converted,
    implied_factors,
    money_chained,
    percent_steps,
    ruled_out_percents,
)
from .asked_units import asked_conversion, asked_unit_words
from .capped_charges import capped_figures
from .customer_counts import counts_from_customer
from .entry_statuses import remaining_counts, status_counts
from .evidence_readers import NONE as _NONE
from .evidence_readers import absent as _absent
from .evidence_readers import is_numeric as _numeric
from .evidence_statements import DATE_TOKEN_RE, MONTH_NAMES, NUMERIC_DATE_RE
from .example_figures import example_figures, worked_examples
from .fraction_steps import fraction_results
from .general_conversions import general_conversion, negative_figures
from .increment_counts import increment_figures
from .inferred_counts import calendar_counts, list_counts, per_item_counts, yearly_figures
from .length_steps import length_results
from .named_party import party_counts
from .own_operands import anchored_pair_reaches, needs_own_operand, row_needs_own_operand
from .own_results import amounts_in, justified_results, reached_by_results
from .prorated_charges import prorated_figures
from .quotient_counts import quotient_counts, unit_figures
from .rate_totals import TIME_UNIT_RE, rate_totals
from .record_balances import balance_results
from .record_durations import record_durations
from .superseded_figures import superseded_figures
from .text import numbers_in, quantities, sentences_of, stem, times_in, typed_quantities, words_in
from .text.arithmetic import (
    amount_values,
    clock_directions,
    clock_results,
    comparisons,
    durations_in_minutes,
    marked_after,
    minor_unit_amounts,
    other_marked_after,
    pair_reaches,
    percent_figures,
    period_factors,
    share_factors,
    spaced_amounts,
    written_arithmetic,
    written_period_factors,
)
from .text.calendar_dates import written_dates
from .text.case_key import case_key
from .text.clock_periods import period_words, spell_periods
from .text.enumeration import listed_counts
from .text.numbers import as_digits, spells_number
from .text.term_sums import lined_totals, listed_sums, termed_sums
from .textcache import text_cache
from .written_equations import explained_results, worded_results


def _own_share(value: str) -> frozenset[float]:
    """The multiplier a figure stands for when it is written as a percentage ("10" of "10%": 0.1)."""
    return frozenset((float(value) / 100,)) if _numeric(value) else frozenset()


#: Words that call a figure the total of the others: "CHF 2,560.–, CHF 1,344.–, CHF 60.–: CHF 3,964.– in total".
_TOTAL_RE = re.compile(r"\b(?:in total|totals?|altogether|in all|all in)\b", re.IGNORECASE)


#: Switch: the chain of worked amounts (:meth:`DerivedFigures._further`) takes an amount written with a currency mark
#: the older list lacks after the figure as money, as it takes one written after a sign ("60 000 ֏ less 15% =
#: 51 000 ֏", "4 × 7,000원 = 28,000원", :func:`~llmops_kit.text.arithmetic.other_marked_after`): the ``derived49``
#: round. Such an answer's worked figures were read as absent although each step was right. "€" and "kr." after the
#: figure stay unread here: with them the chain reached a wrong total by coincidence ("250,00 € altogether" as
#: (4 + 6) × 25,00 €, a control in ``tests/test_written_equations.py``). Off in the claim-decision fit.
READ_MARKED_STEPS = True
#: A step written out: an equals or times sign, a plus between terms, a word that adds, takes off or concludes.
_WRITTEN_STEP_RE = re.compile(r"[=×+]|\b(?:less|plus|minus|times|so|in all|in total)\b|\d\s?x\s?\d", re.IGNORECASE)

#: Switch: a total line is read in the answer as written as well as in its claims joined
#: (:func:`~llmops_kit.text.term_sums.lined_totals`, the ``ftsplit55`` round). A claim is cut from its sentence's
#: label ("Total: 117 900 Ft" is judged as "117 900 Ft"), so where the total line is a sentence of its own the
#: claims joined no longer call its figure the total, and a right sum of the lines above it ("Bérlets: ... = 72 000
#: Ft. Membership: ... = 36 000 Ft. Plastron: 9 900 Ft. Total: 117 900 Ft.") was read as a figure no evidence holds.
#: The terms must still each be worked or held, and add up to the total. Off in the claim-decision fit.
READ_WRITTEN_TOTALS = True

#: Switch: a figure with no unit is never reached from two figures of unlike units (the ``mech29`` round).
READ_UNITLESS = True

#: The kinds of unit :func:`~llmops_kit.text.typed_quantities` gives a duration.
_TIME_KINDS = frozenset(("second", "minute", "hour", "day", "week", "month", "year"))


def _durations(text: str) -> set[str]:
    """The figures ``text`` states as lengths of time ("48" of "48 hours"), as :func:`typed_quantities` writes them:
    the operands a duration may be reached from."""
    return {q.split(" ")[0] for q in typed_quantities(text) if q.split(" ")[1] in _TIME_KINDS}

#: Switch: a duration is reached with a calendar factor only from another duration (the ``mend42`` round).
READ_TIMED_FACTORS = True


def _untimed_factors(claim: str, answer_text: str) -> frozenset[str]:
    """The durations the claim states that no calendar factor reaches: where the answer states no other duration,
    the factor (24 hours in a day, 7 days in a week) has nothing of time to multiply, so "Two guests a day are
    free, but they must be registered 48 hours in advance" is no 2 x 24, while "2 days, so 48 hours" and "8 hours
    a day, 56 hours a week" keep it."""
    if not READ_TIMED_FACTORS:
        return _NONE
    durations = _durations(claim)
    if not durations:
        return _NONE
    timed = _durations(answer_text or claim)
    return frozenset(n for n in durations if not timed - {n})


#: Switch: the two ends of an age band are no operands of another figure (the ``ages45`` round).
READ_AGE_BOUNDS = True
#: An age band: "aged 6-14", "ages 6 to 14", "6–14 years", or a range right after a word for the people it is for
#: ("a child (3 to 12)", "kids 4-10", "juniors 8–17"); "(15–26)" after a band's own name is not read (no age word).
_AGE_BAND_RE = re.compile(r"\b(?:aged?|ages)\s+(\d{1,2})\s?(?:[-–]|to)\s?(\d{1,2})\b"
                          r"|\b(\d{1,2})\s?(?:[-–]|to)\s?(\d{1,2})[\s-]?(?:years?\b|yrs?\b|year-olds?\b)"
                          r"|\b(?:child(?:ren)?|kids?|juniors?|teens?|teenagers?|youths?|infants?|toddlers?|bab(?:y|ies)"
                          r"|pupils?)\s*\(?\s*(\d{1,2})\s?(?:[-–]|to)\s?(\d{1,2})\b",
                          re.IGNORECASE)


def _age_bounds(text: str) -> frozenset[str]:
    """The figures ``text`` writes as the ends of an age band: whom a price or a rule is for, never a quantity to
    add or subtract, so "two adults and up to 4 children aged 6-14" reaches no 4 as 6 - 2 (the article says 3)."""
    if not READ_AGE_BOUNDS:
        return _NONE
    return frozenset(n for m in _AGE_BAND_RE.finditer(text) for n in m.groups() if n)


def _kind_operands(stated: frozenset[str], claim: str, answer_text: str) -> Callable[[str], frozenset[str]]:
    """The stated numbers each missing figure may be reached from, by its kind. A number the answer writes
    only as a percentage is a share (a multiplier the share factors carry), never an addend or a price: "a 7.5%
    fee, so on £80 you'd receive £72.50" is no 80 - 7.5; it still reaches another percentage. A duration the
    claim states needs a duration to be reached from: where the answer states no other, the answer's counts of
    other things outside the claim are no operands ("4 to 12 panel systems take a day (two with a battery)"
    reaches no "off for about 6 hours" as 12 / 2), while "3 lessons left; that's 6 hours, as each is 2 hours"
    keeps them (a count times a duration)."""
    text = answer_text or claim
    shares = percent_figures(text)
    amounts = stated - shares if shares else stated
    bounds = _age_bounds(text)
    if bounds:
        stated, amounts = stated - bounds, amounts - bounds
    durations = _durations(claim)
    timed = _durations(text) if durations else _NONE
    own = numbers_in(claim) if durations else _NONE
    # the answer's numbers outside the claim that it states as no duration
    untimed = frozenset(n for n in stated if n not in own and n not in timed) if durations else _NONE

    def operands(value: str) -> frozenset[str]:
        base = stated if value in shares else amounts
        if value in durations and untimed and not timed - {value}:
            return base - untimed
        return base
    return operands


def _other_kinds(claim: str, answer_text: str) -> Callable[[str], frozenset[float]]:
    """For an amount of money the claim states, the answer's figures it states only as durations: they may
    multiply or divide an amount ("2 hours at €25 each, €50") but are never added to or taken from one in a
    pair, so "£10 for each started 15 minutes plus a £25 admin fee" reaches no invented £25 as 10 + 15. The
    longer chains of :meth:`DerivedFigures._further` keep them ("£22 a day for 3 days is £132"). For a duration
    the claim states, the reverse (:func:`_amounts_apart`, with :data:`~llmops_kit.own_operands.READ_OWN_ROWS`)."""
    money = {q.split(" ")[0] for q in typed_quantities(claim) if q.endswith(" money")}
    timed = _amounts_apart(claim, answer_text) if own_operands.READ_OWN_ROWS else None
    if not money:
        return timed or (lambda value: frozenset())
    typed = [q.split(" ", 1) for q in typed_quantities(answer_text or claim)]
    priced = {v for v, unit in typed if unit == "money"}
    other = frozenset(float(v) for v, unit in typed if unit in _TIME_KINDS and v not in priced and _numeric(v))
    if timed is not None:
        return lambda value: other - {float(value)} if value in money and other else timed(value)
    return lambda value: other - {float(value)} if value in money and other else frozenset()


def _amounts_apart(claim: str, answer_text: str) -> Callable[[str], frozenset[float]]:
    """For a duration the claim states, the answer's figures it states only as money: they may divide it (an
    amount at a rate per hour) but are never added to or taken from it, so "| Extended follow-up | 60 min |
    $105.00 |" is no $105 less another row's 45 min."""
    durations = _durations(claim)
    if not durations:
        return lambda value: frozenset()
    typed = [q.split(" ", 1) for q in typed_quantities(answer_text or claim)]
    timed = {v for v, unit in typed if unit in _TIME_KINDS}
    money = frozenset(float(v) for v, unit in typed if unit == "money" and v not in timed and _numeric(v))
    return lambda value: money - {float(value)} if value in durations and money else frozenset()


def _measures(claim: str, answer_text: str) -> Callable[[str], dict[float, str]]:
    """For a figure the claim states with no unit (an age, a count), the answer's figures it states with a unit of
    measure (a mass, a length, a duration; not money or a percentage), by unit: two figures of unlike units never
    reach a unitless one as a pair ("Passengers over 70" is no 130 kg - 60 min), while one unit's figures may
    (a ratio of two durations is a count) and money is left to the other readings."""
    if not READ_UNITLESS:
        return lambda value: {}
    typed = [q.split(" ", 1) for q in typed_quantities(answer_text or claim)]
    units: dict[float, str] = {}
    for number, unit in typed:
        if unit not in ("money", "%") and _numeric(number):
            units.setdefault(float(number), unit)
    if len({*units.values()}) < 2:
        return lambda value: {}
    with_unit = {q.split(" ")[0] for q in typed_quantities(claim)} | marked_after(claim)
    return lambda value: {} if value in with_unit else units


def _own_fact(claim: str, answer_text: str, row: bool) -> bool:
    """Must a figure of ``claim`` no evidence holds have an operand of its own (:mod:`llmops_kit.own_operands`):
    a prose claim stating it as a plain fact, or a table row not labelled as worked out from the rows above?"""
    return row_needs_own_operand(claim) if row else needs_own_operand(claim, answer_text)


def _own_others(claim: str, value: str) -> bool:
    """Does a table row state a count or a share of its own besides ``value`` ("10 monthly Direct Debits; £130.50
    each", "Express; +50% (£24.75)")? Its figure is then worked out from it, and the longer chain of
    :meth:`DerivedFigures._further` may take its other steps from the other rows. A measure of the row's item
    ("120 min; R$ 99,90") is what the row prices, no step."""
    typed = {q.split(" ")[0]: q.split(" ")[1] for q in typed_quantities(claim)}
    return any(n != value and _numeric(n) and typed.get(n, "%") == "%" for n in numbers_in(claim))


def _pairs(anchor: frozenset[float] | None) -> Callable[[list[float], float], bool]:
    """:func:`pair_reaches`, or with ``anchor`` :func:`~llmops_kit.own_operands.anchored_pair_reaches` (one
    operand of each pair a figure of the claim's own, the customer's or a written step)."""
    if anchor is None:
        return pair_reaches
    return lambda operands, target: anchored_pair_reaches(operands, target, anchor)


def _unlike_pair_reaches(operands: list[float], target: float, units: dict[float, str],
                         anchor: frozenset[float] | None = None) -> bool:
    """:func:`pair_reaches` on pairs that never join two figures of unlike units: the figures without a unit
    with those of one unit at a time."""
    plain = [o for o in operands if o not in units]
    reach = _pairs(anchor)
    return any(reach([*plain, *(o for o in operands if units.get(o) == unit)], target)
               for unit in {*units.values()})


def _kind_pair_reaches(operands: list[float], target: float, apart: frozenset[float],
                       units: dict[float, str] | None = None, anchor: frozenset[float] | None = None) -> bool:
    """:func:`pair_reaches`, where a figure in ``apart`` only multiplies or divides the other operand; with
    ``units`` (a unitless target's measured operands), no pair joins two unlike units; with ``anchor``, one
    operand of each pair is in it (:mod:`llmops_kit.own_operands`)."""
    if units:
        return _unlike_pair_reaches(operands, target, units, anchor)
    reach = _pairs(anchor)
    if not apart:
        return reach(operands, target)
    if reach([o for o in operands if o not in apart], target):
        return True
    for i, a in enumerate(operands):
        for b in operands[i + 1:]:
            if anchor is not None and a not in anchor and b not in anchor:
                continue
            if (a in apart or b in apart) and any(r is not None and abs(r - target) < 0.005 for r in
                                                  (a * b, a / b if b else None, b / a if a else None)):
                return True
    return False


class DerivedFigures:
    """Arithmetic and date-layout checks over the readings :class:`~llmops_kit.evidence.Evidence` holds."""

    #: The answer as written, when the scorer gives it (:class:`~llmops_kit.evidence.Evidence`).
    written_answer: str = ""

    def _clock(self, answer_text: str) -> tuple[frozenset[str], frozenset[int]]:
        """What clock arithmetic on the answer's grounded times reaches (times, day shifts), by the durations
        the answer or the evidence states: "check-in opens 30 hours before departure" with the customer's
        07:35 flight on 14 June opens at 01:35 on 13 June. Only times the evidence holds are a start (the
        answer's grounded times, and the customer's own: "the 08:30 sailing" need not be restated to be counted
        back from), and only stated durations a step, so a changed time is no nearer to being explained."""
        base = frozenset(t for t in times_in(answer_text) if not _absent((t,), self._times))
        steps = durations_in_minutes(answer_text)
        # from the customer's own time, only by a duration the answer itself states: the evidence's other
        # durations ("45 minutes for foot passengers") would reach a wrong time the answer gives
        # (the customer's time may sit in an earlier turn: "my slot was 14:00-18:00", then "and if it never comes?")
        directions = clock_directions(answer_text)
        mine = clock_results(self._conversation_times, steps, directions) if steps else (_NONE, frozenset())
        if not base:
            return mine
        steps = steps.union(*(durations_in_minutes(s.text) for s in self._given if s.prose and not s.user),
                            # a record's slot length ("hours: 2") reaches the end of its grounded start
                            *(record_durations(s.text) for s in self._given if not s.prose and not s.user))
        reached, shifts = clock_results(base, steps, directions)
        return reached | mine[0], shifts | mine[1]

    @cached_property
    def _conversation_times(self) -> frozenset[str]:
        """The times of day the conversation states: the question, the earlier turns."""
        return frozenset().union(*(times_in(s.text) for s in self._given if s.user))

    def _shifted_day(self, number: str, answer: frozenset[str], answer_text: str) -> bool:
        """Is a claimed day of the month a grounded day of the answer moved across midnight by its clock
        arithmetic ("13 June" for a time 30 hours before 07:35 on 14 June)?"""
        if not number.isdigit() or len(number) > 2 or not 1 <= int(number) <= 31:
            return False
        shifts = self._clock(answer_text)[1]
        days = [int(n) for n in answer if n.isdigit() and 1 <= int(n) <= 31 and not _absent((n,), self._numbers)]
        return any(day + shift == int(number) for day in days for shift in shifts)

    def _shifted_date(self, number: str, claim: str, answer_text: str) -> bool:
        """Is a claimed day of the month ("until 31 March") a date some source states ("a PCN dated 3 March",
        "due on May 20", "2027-03-03") moved by a number of calendar days the answer states ("28 days after
        the notice", "2 days before it's due")? Date arithmetic on given figures. Only days the answer writes
        are steps, and only dates a source writes are starts, so a changed date is not explained away."""
        if not number.isdigit() or len(number) > 2 or not 1 <= int(number) <= 31:  # a long run is no day
            return False
        claimed = {(month, day) for month, day, _ in _dates_named(claim) if day == int(number)}
        steps = _day_counts(answer_text or claim)
        if not claimed or not steps:
            return False
        for source in self._given:
            for month, day, year in _dates_named(source.text):
                try:
                    start = date(year or 2001, month, day)
                except ValueError:
                    continue
                for step in steps:
                    for moved in (start + timedelta(days=step), start - timedelta(days=step)):
                        if (moved.month, moved.day) in claimed:
                            return True
        return False

    def misdated(self, claim: str, answer_text: str) -> tuple[str, str, str] | None:
        """(source, sentence, "12 May") when the claim states a date (day and month in words, or ISO) that no
        source states, nor a range of days of that month covers, nor date arithmetic reaches
        (:meth:`_shifted_date`), while a source the model was given states another day of that month: "due by
        12 May" where the record says "balance due: 2026-05-09". The day number alone may be found anywhere
        ("£12 delivery"), so the hard-fact step passes it; a date is read whole."""
        claimed = _dates_named(claim)
        numeric = _numeric_dates(claim) if READ_NUMERIC_DATES else ()
        if not claimed and not numeric:
            return None
        stated = frozenset().union(*(_days_stated(source.text) for source in self._given))
        if numeric:
            found = self._numeric_misdated(numeric, stated, claim, answer_text)
            if found is not None:
                return found
        for month, day, _ in claimed:
            if (month, day) in stated or self._shifted_date(str(day), claim, answer_text):
                continue
            for source in self.sources:
                for sentence, dates in _dated_sentences(source.text):
                    if any(m == month and d != day for m, d, _ in dates):
                        return source.label, sentence, f"{day} {MONTH_NAMES[month - 1]}"
        return self._record_misdated(claim, answer_text, stated) if READ_RECORD_YEAR_DATES else None

    def _record_misdated(self, claim: str, answer_text: str,
                         stated: frozenset[tuple[int, int]]) -> tuple[str, str, str] | None:
        """:meth:`misdated`'s finding for a claimed date with its year that no source states in any month, nor
        arithmetic reaches, while a tool record states another date of that year: "valid until 11 April 2026" of a
        record's "valid until: 2026-03-11" (the ``record49`` round: the day and the year are held, so the
        hard-fact step passed it, and no source states a day of April). Prose sources are not read for the other
        date: a record is what the date of a booking, a hire or a quote is."""
        dated = _dates_with_years(claim)
        if not dated:
            return None
        # the dates the sources state in any form: figures, a timestamp, the record as the evidence renders it
        stated = stated.union(*(_numeric_days(source.text) for source in self._given),
                              *(_timestamp_days(source.text) for source in self._given),
                              *(_days_stated(source.text) for source in self.sources))
        for readings, year in dated:
            if any(r in stated or self._shifted_date(str(r[1]), claim, answer_text) for r in readings):
                continue
            for source in self.sources:
                if source.prose or source.user or source.earlier:
                    continue
                for sentence, dates in _dated_sentences(source.text):
                    if any(y == year and (m, d) not in readings for m, d, y in dates):
                        month, day = readings[0]
                        return source.label, sentence, f"{day} {MONTH_NAMES[month - 1]} {year}"
        return None

    def _numeric_misdated(self, numeric: tuple[tuple[tuple[int, int], ...], ...], stated: frozenset[tuple[int, int]],
                          claim: str, answer_text: str) -> tuple[str, str, str] | None:
        """The first of a claim's all-figure dates ("21/04/2027", "05/03") that no reading of it (day first or
        month first) makes a date the sources state, in figures or words, nor arithmetic reaches, while a source
        states another day of a month one reading gives: :meth:`misdated`'s finding for it."""
        stated = stated.union(*(_numeric_days(source.text) for source in self._given))
        for readings in numeric:
            if any(r in stated or self._shifted_date(str(r[1]), claim, answer_text) for r in readings):
                continue
            for month, day in readings:
                for source in self.sources:
                    for sentence, dates in _dated_sentences(source.text):
                        if any(m == month and d != day for m, d, _ in dates):
                            return source.label, sentence, f"{day} {MONTH_NAMES[month - 1]}"
        return None

    def hour_range(self, number: str, claim: str) -> bool:
        """Is a bare number one end of a range of hours written without am / pm ("weekdays only, 8 till 6")
        whose two ends are hours of times a source states ("08:00-18:00"), each read either half of the day?"""
        if not number.isdigit() or len(number) > 2 or not 1 <= int(number) <= 12:  # a long run is no hour
            return False
        held = {t[:2] for times in self._times for t in times}
        for m in _HOUR_RANGE_RE.finditer(claim):
            if number not in (m.group(1), m.group(2)):
                continue
            if all(any(f"{h:02d}" in held for h in (int(n) % 12, int(n) % 12 + 12)) for n in m.groups()[:2]):
                return True
        return False

    def shifted_months(self, claim: str, answer_text: str) -> frozenset[str]:
        """The month names ("july", as names are read) of the claim's dates that are a source's date moved by a
        number of days the answer states (:meth:`_shifted_date`): part of the arithmetic, not a name to find."""
        return frozenset(MONTH_NAMES[month - 1].lower() for month, day, _ in _dates_named(claim)
                         if self._shifted_date(str(day), claim, answer_text))

    def _clock_gap(self, number: str, claim: str, answer_text: str, row: bool = False) -> bool:
        """Is a claimed number of hours or minutes ("starts in about 12.5 hours") the time from one clock time
        the customer or the answer states to another ("It's 19:30 now", "tomorrow 08:00"), across midnight if
        need be? Arithmetic on given times; only times the customer or the answer writes are ends."""
        try:
            value = float(number)
        except ValueError:
            return False
        units = {m.group(2).lower().rstrip("s") for m in _GAP_RE.finditer(claim) if m.group(1) == number}
        if not units:
            return False
        times = sorted(times_in(f"{self.user_text} {answer_text or claim}"))
        wanted = {value * (60 if unit == "hour" else 1) for unit in units}
        # a claim that states its duration as a plain fact ("cancel free up to 1 hour before your slot") is no
        # gap between two times of the answer's other sentences: one end is the claim's or the customer's
        ends = (frozenset(int(t[:2]) * 60 + int(t[3:]) for t in times_in(f"{self.user_text} {claim}")
                          if len(t) == 5 and t[2] == ":") if _own_fact(claim, answer_text, row)
                else None)
        if own_operands.READ_OWN_ROWS:
            # a time of the answer no source holds is no end: "pick you up 60 minutes before, around 20:30" (the
            # tour at 21:30) would hold the unheld 60 and 20:30 by each other
            times = [t for t in times if t in self._conversation_times or not _absent((t,), self._times)]
        minutes = [int(t[:2]) * 60 + int(t[3:]) for t in times if len(t) == 5 and t[2] == ":"]
        return any(abs((b - a) % 1440 - w) < 0.5 for a in minutes for b in minutes if a != b for w in wanted
                   if ends is None or a in ends or b in ends)

    @cached_property
    def _turns_text(self) -> str:
        """Every turn of the conversation as given: the question and the earlier turns, the customer's and the
        assistant's. A price any of them states is one a follow-up may work from ("GBP 198 a term" a turn ago)."""
        return "\n".join(s.text for s in self._given if s.user)

    def asked_unit_words(self, claim: str) -> frozenset[str]:
        """The unit words and hedge of a figure of the claim in the unit the question asks for, converted from the
        conversation's figure in the other unit (:func:`~llmops_kit.asked_units.asked_unit_words`)."""
        return asked_unit_words(claim, self.user_text, self._turns_text)

    def compares_user_figure(self, claim: str) -> bool:
        """Does the claim compare a figure of the user's own ("I got 5.5 in writing") with one the evidence
        states ("no component below 6.0"), and does the comparison hold? That is arithmetic on given
        figures, which no evidence sentence words: "5.5 in writing is below the 6.0 minimum"."""
        stated = comparisons(claim)
        if not stated:  # most claims compare nothing: the user's message is then not read at all
            return False
        user = [r[1] for r in self._user]
        return any(holds and not _absent((mine,), user) and not _absent((rule,), self._doc_numbers)
                   for mine, rule, holds in stated)

    def _not_derived(self, missing: set[str], stated: frozenset[str], claim: str = "",
                     answer_text: str = "", row: bool = False) -> set[str]:
        """The missing numbers that are no simple arithmetic of the claim's own grounded numbers. ``row``: the
        claim is a table row (:mod:`llmops_kit.own_operands` leaves rows alone)."""
        if not missing:
            return missing
        factors = period_factors(claim) if claim else frozenset()
        # a calendar factor the claim writes as an operand ("× 12" for a year) is a figure it need not find
        calendar = written_period_factors(claim) if claim else frozenset()
        if calendar:
            missing = {n for n in missing if not (_numeric(n) and float(n) in calendar)}
            factors = factors | calendar
            if not missing:
                return missing
        # an amount a source holds, restated in the other unit of its currency ("£0.90" of "90p"): no arithmetic
        if claim:
            missing = missing - self._restated(missing, claim)
            # a balance a record's total and paid fields give ("175,00 € to pay at collection")
            missing = missing - balance_results(missing, claim, (s.text for s in self._given
                                                                 if not s.prose and not s.user))
            # a charge kept under its cap or raised to its floor ("Tuesday 36,00 kr." of 2 trips capped per day,
            # "billed at $120.000" of an 11-minute call under a 30-minute minimum)
            missing = missing - capped_figures(missing, claim, self.user_text, self.source_texts)
            if not missing:
                return missing
        # a total of three or more terms named in words ('620 + 250 for the second storey + ... = 1,230')
        # and the terms a quote lists before a colon and its total ('2 × 6,00 € ... and 2 × 7,00 € ...: 26,00 €')
        written = (written_arithmetic(answer_text or claim) + termed_sums(answer_text or claim)
                   + listed_sums(answer_text or claim))
        minor = minor_unit_amounts(answer_text or claim)
        # an amount the claim picks as an example ("on £80 you'd pay £6") is a price to work from
        priceless = (_priceless_amounts(missing, claim, answer_text, self._turns_text)
                     if claim and not example_figures(claim) else _NONE)
        missing = missing - priceless
        if not missing:
            return set(priceless)
        # "kr 4 500,-" is one amount, 4500, which the number reader takes for "4" and "500": the whole amount
        # may be one a source holds ("total_nok": 4500) or one the answer computes
        spaced = spaced_amounts(claim) if claim else {}
        if spaced and missing & spaced.keys():
            missing = {spaced.get(n, n) for n in missing}
            missing = {n for n in missing if n not in spaced.values() or _absent((n,), self._numbers)}
            stated = stated | frozenset(spaced.values())
            if not missing:
                return missing
        # operands of the figure's own kind: percentages are shares, durations come from durations
        ops = _kind_operands(stated, claim, answer_text)
        shares = percent_figures(answer_text or claim)
        stated = stated - shares if shares else stated
        kinds = _other_kinds(claim, answer_text)
        measures = _measures(claim, answer_text)
        anchor = (self._own_operands(claim, stated, factors, minor, row)
                  if _own_fact(claim, answer_text, row) else None)
        untimed = _untimed_factors(claim, answer_text) if factors else _NONE
        left = {n for n in missing if not self._derived(n, ops(n), _NONE if n in untimed else factors, written,
                                                        minor, kinds(n), measures(n), anchor)} | priceless
        if not left - priceless or not claim:
            return left
        # an amount, share or duration may also be reached with the customer's figures and the claim's
        # percentages ("€1,900 less the €200 deposit: €1,700", "50% of $2,380"); a bare count may not: "up to 3
        # codes" is no sum of the customer's "two codes" and "one order"
        # an amount with its currency after the figure ("198,00 €") is one too
        typed = {q.split(" ")[0] for q in typed_quantities(claim)} | marked_after(claim)
        # a share the answer states in another sentence is a step here too ("25% deposit = £1,870" above "the
        # balance, £5,610" of the customer's £7,480)
        wider, more = self._user_figures, factors | share_factors(answer_text or claim)
        # a percentage is no operand of itself: "10%" stands for x 0.1, and 1 / 0.1 is 10 again
        left = {n for n in left
                if n not in typed or not self._derived(n, ops(n) | wider,
                                                       (more - factors if n in untimed else more) - _own_share(n),
                                                       written, minor, kinds(n), None, anchor)}
        left = {n for n in left
                if not self._further(n, ops(n) | wider if n in typed else ops(n), claim, answer_text,
                                     None if row and _own_others(claim, n) else anchor)}
        left = {n for n in left if not self._count_of_theirs(n, claim)} if left else left
        # a count of the list the claim gives right after it ("two slots, 9am-12pm and 1pm-4pm"), or one the
        # customer's words state ("the other two" of their three, "2 items" of "skis and a board")
        if left:
            left = left - listed_counts(claim)
        if left:
            left = left - counts_from_customer(claim, self.user_text)
        # a count of a record's entries by their status ("nine games played"), or of what is left of its allowance
        # once its counted entries are taken off ("four occasions left")
        if left:
            left = left - self.entry_counts(left, claim, answer_text)
        if left:
            left = self._less_inferred(left, stated, claim)
        if left:
            left = self._less_quotients(left, stated, claim, answer_text or claim)
        if left:
            left = self._less_examples(left, stated, claim, answer_text or claim)
        if left:  # a length restated in the blocks a source charges by ("3 hours are 12 quarter-hours at 45 lei")
            left = left - increment_figures(claim, self.source_texts)[0]
        if left and answer_text and not self._in_own_results:
            left = self._less_own_results(left, claim, answer_text, anchor)
        if left and answer_text:  # a total under lines that each end in one amount ("... = $21.00 / Total $91.00")
            left = left - lined_totals(answer_text, self._given_figure)
            if left and READ_WRITTEN_TOTALS and self.written_answer:  # "... 9 900 Ft. Total: 117 900 Ft."
                left = left - lined_totals(self.written_answer, self._given_figure)
        if left:
            left = self._less_fractions(left, stated, claim)
        if left:
            left = self._less_allowance(left, claim)
        if left and "=" in claim:  # an equation the claim writes out, checked as written ("1,100 ÷ 160 = 6.9")
            left = left - explained_results(left, claim, lambda n: not _absent((n,), self._numbers),
                                               self.user_quantities)
        if left and " over " in claim:  # a count worked in words and spread over ("over 12 sessions (3 a week ...)")
            left = left - worded_results(left, claim, lambda n: not _absent((n,), self._numbers))
        if left and TIME_UNIT_RE.search(claim):  # "Two hours on the machine net are ₹3,600" at ₹1,800 per hour
            left = left - rate_totals(left, claim, self.source_texts, lambda n: not _absent((n,), self._numbers))
        if left:  # a perimeter, a length or an area in metres, and its price ("2 × (46 + 56) = 204 cm, so 2,04 m")
            left = left - length_results(left, claim, (self._turns_text, answer_text), self._given_figure)
        if left:  # a part-month charge by the article's rule ("14 days, from 18 to 31 March ..., at € 465,00 ÷ 31")
            left = left - prorated_figures(left, claim, self.user_text, self.source_texts, self._given_figure)
        return left | priceless

    def entry_counts(self, figures: set[str], claim: str, answer_text: str) -> frozenset[str]:
        """The ``figures`` the claim reads off a tool record's entries (:mod:`llmops_kit.entry_statuses`: "three
        visits" of three entries "visited", "four occasions left" of "occasions: 12" less eight counted)."""
        records = self._status_records
        if not records:
            return frozenset()
        return status_counts(figures, claim, records) | remaining_counts(figures, claim, answer_text, records)

    @cached_property
    def _status_records(self) -> tuple[str, ...]:
        """The tool records whose entries may carry a status: read once per evidence, not once per figure."""
        return tuple(s.text for s in self._given if not s.prose and not s.user and "status" in s.text)

    def _own_operands(self, claim: str, stated: frozenset[str], factors: frozenset[float],
                      minor: frozenset[str], row: bool = False) -> frozenset[float]:
        """The figures one operand of a pair must be for a claim that states its figure as a plain fact
        (:mod:`llmops_kit.own_operands`): the claim's own numbers (in the major unit too), its shares and calendar
        factors, and the amounts and measures the customer states (with their unit: "£6,000 over 10 months") that
        the answer does not state itself (one it does may be its own figure of another sentence). ``row``: a table
        row, whose shares are its percentages alone (its label names its item: "Double mount" is no x 2), and
        whose operands include the customer's figures even where another row restates them."""
        own = {n for n in numbers_in(claim) if _numeric(n)}
        figures = {float(n) for n in own | (self._user_measures - stated) if _numeric(n)}
        figures.update(float(n) / 100 for n in own & minor)
        if not row:
            return frozenset(figures | factors | share_factors(claim))
        # a row's label names its item ("Double mount"): its shares are its percentages alone; the customer's
        # figures are operands even where another row restates them ("| Total | £1,450 |" of "comes to £1,450")
        figures.update(float(n) for n in self._user_measures if _numeric(n))
        return frozenset(figures | factors | {float(p) / 100 for p in percent_figures(claim) if _numeric(p)})

    @cached_property
    def _user_measures(self) -> frozenset[str]:
        """The customer's figures stated with a unit (money, a duration, a measure), now or in earlier turns."""
        return frozenset(q.split(" ")[0] for q in typed_quantities(self._turns_text)) if self._turns_text else _NONE

    @cached_property
    def _taken_back(self) -> frozenset[str]:
        """The figures the customer took back (:func:`~llmops_kit.superseded_figures.superseded_figures`)."""
        return superseded_figures([(s.text, s.earlier) for s in self._given if s.user]) if self._user else _NONE

    def _given_figure(self, number: str) -> bool:
        """Is ``number`` a figure a source or the customer gives, and not one the customer took back?"""
        return number not in self._taken_back and not _absent((number,), self._numbers)

    @cached_property
    def _source_minor(self) -> frozenset[str]:
        """The numbers the sources write in a currency's minor unit ("90p per mile"): read once per request."""
        return frozenset().union(*(minor_unit_amounts(s.text) for s in self._given if not s.user))

    def _less_allowance(self, left: set[str], claim: str) -> set[str]:
        """``left`` without the figures the claim works out from the customer's figure beyond a limit a source gives
        (:mod:`llmops_kit.allowance_steps`: "the other 15 miles are 90p each way, so 15 x £0.90 x 2 = £27" for a
        venue 40 miles away, free within 25)."""
        if not self.user_quantities:
            return left
        return left - allowance_results(left, claim, self.user_quantities, self._doc_held)

    def _doc_held(self, number: str) -> bool:
        """Does a source (not the customer) hold ``number``?"""
        return not _absent((number,), self._doc_numbers)

    def _restated(self, missing: set[str], claim: str) -> frozenset[str]:
        """The missing amounts a source holds in the other unit of their currency (:func:`~llmops_kit.
        allowance_steps.restated_in_other_unit`: "£0.90" of "90p", "90p" of "£0.90")."""
        return restated_in_other_unit(missing, claim, self._doc_held, self._source_minor)

    def _less_fractions(self, left: set[str], stated: frozenset[str], claim: str) -> set[str]:
        """``left`` without the figures the claim works out from one of its grounded figures with a fraction its
        words give (:mod:`llmops_kit.fraction_steps`: "adds half the price again, so the £12 hem would be £18",
        "about 45 km, so roughly 22 km out and 22 km back")."""
        own = numbers_in(claim)
        grounded = [float(n) for n in stated & own if _numeric(n) and not _absent((n,), self._numbers)]
        return left - fraction_results(left, claim, grounded) if grounded else left

    #: Set while :meth:`_less_own_results` judges the answer's other sentences, so that pass does not recurse.
    _in_own_results = False

    def _less_own_results(self, left: set[str], claim: str, answer_text: str,
                          anchor: frozenset[float] | None = None) -> set[str]:
        """The figures left that are no amount worked from amounts the answer has justified itself
        (:mod:`llmops_kit.own_results`): "total about $13,200.00" of its own "$11,160.00" and "$2,040.00" lines,
        each worked from a count of squares the evidence's "per square (100 sq ft)" gives. Judged once per
        answer; the answer's sentences are judged by the readings above, without this one (no recursion)."""
        targets = {n for n in left if _numeric(n) and n in amounts_in(claim)}
        answer_money = {float(x) for x in amounts_in(answer_text) if _numeric(x)}
        if not any(answer_money - {float(n)} for n in targets):
            return left  # no amount of money left, or no other amount to work it from: nothing to reach
        cache = self.__dict__.setdefault("_own_results_cache", {})
        if answer_text not in cache:
            answer = numbers_in(answer_text)
            self._in_own_results = True
            try:
                cache[answer_text] = justified_results(
                    answer_text, lambda n: not _absent((n,), self._numbers), self._user_figures,
                    lambda figures, sentence: figures - frozenset(self._not_derived(
                        set(figures), numbers_in(sentence) | answer, sentence, answer_text)))
            finally:
                self._in_own_results = False
        justified = cache[answer_text]
        return {n for n in left if not reached_by_results(n, claim, justified, anchor)}

    def _less_examples(self, left: set[str], stated: frozenset[str], claim: str, text: str) -> set[str]:
        """``left`` without a figure the claim picks as an example and those it works out from it with its
        grounded figures and the answer's shares (:mod:`llmops_kit.example_figures`: "on £80 you'd pay £6")."""
        if not example_figures(claim):
            return left
        grounded = [float(n) for n in stated if _numeric(n) and not _absent((n,), self._numbers)]
        absent = left | {n for n in numbers_in(claim) if _numeric(n) and _absent((n,), self._numbers)}
        return left - worked_examples(absent, claim, grounded, share_factors(text))

    def _less_inferred(self, left: set[str], stated: frozenset[str], claim: str) -> set[str]:
        """``left`` without the counts the claim infers (:mod:`llmops_kit.inferred_counts`: twelve months of a
        year for a monthly rate, the four items a sentence lists) and the figures such a count, or the number of
        things the claim prices per item, multiplies one grounded figure of the claim to ("Twelve packs at €6.00
        each comes to €72.00"): a product only, so a wrong one stays."""
        asked, sentences = self._count_texts
        counts = calendar_counts(claim, "\n".join((*asked, *sentences))) | list_counts(claim, asked, sentences)
        # the party the customer names, counted by the claim ("the two of you" of "me and my daughter")
        counts = counts | {float(c) for c in party_counts(claim, "\n".join(asked))}
        # the customer's figure per month restated per year ("36 hours a year" of "3 hours a month")
        counts = counts | yearly_figures(claim, asked)
        factors = counts | per_item_counts(claim)
        if not factors:
            return left
        left = {n for n in left if not (_numeric(n) and float(n) in counts)}
        grounded = [float(n) for n in stated if _numeric(n) and not _absent((n,), self._numbers)]
        return {n for n in left if not (_numeric(n) and any(abs(g * c - float(n)) < 0.005 for g in grounded
                                                             for c in factors))}

    @cached_property
    def _count_texts(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The texts a count may be read from: each turn of the conversation whole, and each evidence sentence."""
        return (tuple(s.text for s in self._given if s.user),
                tuple(sentence for s in self._given if not s.user for sentence in sentences_of(s.text)))

    def _less_quotients(self, left: set[str], stated: frozenset[str], claim: str, text: str) -> set[str]:
        """``left`` without the counts that divide a whole by a unit size the evidence gives (:mod:`llmops_kit.
        quotient_counts`: "three bags" of 10 m² for a 30 m² bed), nor the figures such a count reaches with one
        grounded figure of the claim ("3 x £68 = £204")."""
        grounded = {n for n in numbers_in(text) if _numeric(n) and not _absent((n,), self._numbers)}
        answer_wholes = frozenset(f for f in unit_figures(text) if any(abs(f[0] - float(n)) < 1e-9 for n in grounded))
        # the count may be one the claim states beside the figure asked about ("6 x £1.95 = £11.70" for £11.70)
        candidates = left | {n for n in stated if n not in grounded}
        counts = quotient_counts(candidates, claim, text, self._user_units | answer_wholes, self._source_units)
        if not counts:
            return left
        operands = [float(n) for n in stated if n in grounded] + [float(c) for c in counts]
        return {n for n in left - counts if not (_numeric(n) and pair_reaches(operands, float(n)))}

    @cached_property
    def _user_units(self) -> frozenset[tuple[float, str]]:
        """The customer's figures with their units (now or in earlier turns): wholes a count may divide."""
        return frozenset().union(*(unit_figures(s.text) for s in self._given if s.user))

    @cached_property
    def _below_zero(self) -> frozenset[float]:
        """The figures the evidence's sources write with a minus ("drops to −5 °C")."""
        return frozenset().union(*(negative_figures(s.text) for s in self._given
                                   if "−" in s.text or "-" in s.text))

    @cached_property
    def _source_units(self) -> frozenset[tuple[float, str]]:
        """The evidence's figures with their units: the unit sizes a count may divide a whole by."""
        return frozenset().union(*(unit_figures(s.text) for s in self._given if not s.user))

    def _further(self, value: str, stated: frozenset[str], claim: str, answer_text: str,
                 anchor: frozenset[float] | None = None) -> bool:
        """One step beyond a pair (:mod:`llmops_kit.arithmetic_steps`): an amount of money from three grounded
        figures, a percentage added or taken off or a doubling the words imply; a unit conversion; a gap
        between dotted clock times. Money only: counts, shares and durations have no price to multiply. With
        ``anchor`` (a claim that states its figure as a plain fact, :mod:`llmops_kit.own_operands`), the chain is
        worked on the claim's own figures and the customer's, not on those of the answer's other sentences."""
        text = answer_text or claim
        if clock_gap_dotted(value, claim, f"{self.user_text} {text}"):
            return True
        if not _numeric(value):
            return False
        grounded = [float(n) for n in stated if n != value and _numeric(n) and not _absent((n,), self._numbers)
                    and not _YEAR_RE.fullmatch(n)]
        # a figure the answer derives from its grounded ones ("9 m by 11 m, i.e. 99 m²") may be converted too
        derived = [float(n) for n in stated if n != value and _numeric(n) and _absent((n,), self._numbers)
                   and self._derived(n, stated)]
        if converted(value, [*grounded, *derived], claim, grounded):
            return True
        # a factor of general knowledge: stone and pounds, the US gallon, °F / °C, ml to litres of a product
        if general_conversion(value, grounded, claim, lambda: self._below_zero):
            return True
        # a figure in the unit the question asks for, of the conversation's figure in the other ("how many miles
        # is that?" after "12 km": "About 7.5 miles")
        if asked_conversion(value, claim, self.user_text, self._turns_text):
            return True
        if not self._is_amount(value, claim):
            return False
        # the answer's other amounts may be steps of a chain ("... is £132, the seat £15, so £147")
        amounts = self._amounts(text) - {float(value)}
        # calendar factors the claim writes ("× 12 ÷ 52") are steps too, alone or one over another
        calendar = written_period_factors(claim)
        steps = {*calendar, *(1 / c for c in calendar), *(a / b for a in calendar for b in calendar if a != b)}
        if anchor is not None:
            grounded = [g for g in grounded if g in anchor]
            amounts = {a for a in amounts if a in anchor}
        steps = percent_steps(text) | implied_factors(claim) | steps
        if READ_MARKED_STEPS and "%" in claim:  # a percentage taken off against its rule is no step
            ruled_out = ruled_out_percents(claim, self._sentences_of_sources)
            steps = {f for f in steps if not any(abs(f - (1 - p)) < 1e-9 or abs(f - (1 + p)) < 1e-9
                                                  for p in ruled_out)}
        total = _TOTAL_RE.search(claim) is not None
        if arithmetic_steps.READ_COUNTED_MULTIPLIERS:
            return money_chained(grounded, sorted(amounts), steps, float(value), total,
                                 self._unpriced(grounded, text))
        return chained(grounded, sorted(amounts), steps, float(value), total=total)

    @cached_property
    def _sentences_of_sources(self) -> tuple[str, ...]:
        """Each sentence of the sources: the rules a percentage is read with."""
        return tuple(sentence for text in self.source_texts for sentence in sentences_of(text))

    @staticmethod
    def _is_amount(value: str, claim: str) -> bool:
        """Does ``claim`` write ``value`` as money? With :data:`READ_MARKED_STEPS`, also with a newer currency mark
        after the figure ("51 000 ֏", "24,000원"), as many countries write an amount, in a claim that writes its
        working: a table cell of a price list ("30kg; 9,000원") is no worked step, whatever other cells it divides."""
        if f"{value} money" in typed_quantities(claim):
            return True
        return (READ_MARKED_STEPS and _WRITTEN_STEP_RE.search(claim) is not None
                and value in other_marked_after(claim))

    @staticmethod
    def _amounts(text: str) -> set[float]:
        """The figures ``text`` writes as money: the steps a chain of worked amounts may pass through."""
        found = {float(q.split(" ")[0]) for q in typed_quantities(text) if q.endswith(" money")}
        if READ_MARKED_STEPS:
            found |= {float(n) for n in other_marked_after(text) if _numeric(n)}
        return found

    def _unpriced(self, operands: list[float], answer_text: str) -> frozenset[float]:
        """The operands that are counts (of days, pages, kilometres): in the longer chain they multiply or divide an
        amount, never add to one. A count is a figure the answer writes with another unit and never as money ("4
        days", whatever else costs £4), or one that neither the answer, the conversation nor a source writes as money
        ("over 500 pages"); a bare rate a source prices ("50 × 9" of "9 Kč/min") stays an amount."""
        priced = amount_values(answer_text)
        counted = frozenset(float(q.split(" ")[0]) for q in typed_quantities(answer_text)
                            if not q.endswith((" money", " %")) and _numeric(q.split(" ")[0]))
        return frozenset(o for o in operands
                         if o not in priced and (o in counted or o not in self._priced_figures))

    @cached_property
    def _priced_figures(self) -> frozenset[float]:
        """The figures the conversation and the sources write as amounts of money."""
        return frozenset().union(amount_values(self._turns_text), *(amount_values(text) for text in self.source_texts))

    def _count_of_theirs(self, value: str, claim: str) -> bool:
        """Is a bare count the sum or difference of two of the customer's figures of one unit, which the claim
        names ("You have 4 unused hours" of "a 10-hour block, I've used 6 hours")? Counts of one thing add and
        subtract; the customer's "two codes" and "one order" are two things, and reach no count of codes."""
        try:
            target = float(value)
        except ValueError:
            return False
        words = {stem(w) for w in words_in(claim)}
        by_unit: dict[str, set[float]] = {}
        for number, unit in self.user_counts:
            if unit in words and _numeric(number):
                by_unit.setdefault(unit, set()).add(float(number))
        return any(abs(a - b) == target or a + b == target
                   for values in by_unit.values() for a in values for b in values if a != b)

    @cached_property
    def user_counts(self) -> frozenset[tuple[str, str]]:
        """The customer's figures with the stem of the word they count ("10-hour block", "6 hours": hour)."""
        found = {(n, stem(u)) for n, u in self.user_quantities if u}
        found.update((n, stem(u)) for s in self._given if s.user for n, u in _COMPOUND_COUNT_RE.findall(s.text))
        return frozenset(found)

    @cached_property
    def user_quantities(self) -> frozenset[tuple[str, str]]:
        """The figures with their unit the customer stated, now or in earlier turns ("my £250 excess")."""
        return frozenset(q for s in self._given if s.user for q in quantities(s.text))

    @cached_property
    def _user_figures(self) -> frozenset[str]:
        """The numbers the customer stated (now or in earlier turns): an answer reasons on the customer's own
        figures ("€1,900 rent less the €200 holding deposit: €1,700") without restating them. Only these few
        join the answer's own numbers as operands, never the evidence's many others. A figure the customer has
        taken back ("make that 4 sedans, not 3") is none (:func:`~llmops_kit.superseded_figures.
        superseded_figures`)."""
        if not self._user:
            return frozenset()
        figures = frozenset().union(*(r[1] for r in self._user))
        return figures - self._taken_back

    def _derived(self, value: str, stated: frozenset[str], factors: frozenset[float] = frozenset(),
                 written: tuple[tuple[str, str, str], ...] = (), minor: frozenset[str] = frozenset(),
                 apart: frozenset[float] = frozenset(), units: dict[float, str] | None = None,
                 anchor: frozenset[float] | None = None) -> bool:
        """Is ``value`` the sum, difference, product or ratio of two other numbers the answer states (and the
        evidence holds)? "41.2 GB used of 60 GB, so 18.8 GB left", "£150 plus £250 is £400", "two 5 GB top-ups
        for €10". Both operands must be stated in the answer itself, so a changed figure is never explained
        away by some pair of the many numbers evidence holds. ``factors``: how many of one calendar period
        another holds, when the claim names both ("$3 a week, about $156 a year"); ``written``: arithmetic the
        answer writes out and gets right (:func:`_computed`); ``minor``: the stated numbers written in a
        currency's minor unit ("69p"), which are also operands in the major unit (0.69); ``apart``: figures of
        another kind than the amount sought, which multiply or divide it but are never added to it
        (:func:`_other_kinds`); ``units``: for a figure with no unit, the answer's measured figures by unit, no two
        of unlike units a pair (:func:`_measures`); ``anchor``: for a claim that states its figure as a plain fact,
        the figures one operand of each pair must be (:mod:`llmops_kit.own_operands`)."""
        try:
            target = float(value)
        except ValueError:
            return False
        grounded = [float(n) for n in stated if n != value and not _absent((n,), self._numbers) and _numeric(n)]
        grounded += _in_major_unit(stated, grounded, minor)
        if _kind_pair_reaches([*grounded, *factors], target, apart, units, anchor):
            return True
        return self._computed(value, target, stated, grounded, written, factors, apart, units, anchor)

    def _computed(self, value: str, target: float, stated: frozenset[str], grounded: list[float],
                  written: tuple[tuple[str, str, str], ...], factors: frozenset[float],
                  apart: frozenset[float] = frozenset(), units: dict[float, str] | None = None,
                  anchor: frozenset[float] | None = None) -> bool:
        """One step further: a figure the answer itself derives (from two grounded figures, or by arithmetic it
        writes out on grounded figures: "12 x €12 = €144", or with the claim's own share or period: "the 7.5%
        fee of £6" on £80) may be an operand of the next one ("you pay €120, so you save €24"; "£80 minus the
        fee of £6: £74"), and so on down a chain ("a 10% deposit of £145 on £1,450; the remaining £1,305 in 10
        payments of £130.50"): each figure the answer derives correctly is grounded for the next step. Only
        figures the answer states count as steps, never the evidence's other numbers."""
        held = set(grounded)
        # a step written out right on two grounded figures ("80 lessons and 80% of that is 64")
        if any(c == value and not _absent((a, b), self._numbers) for a, b, c in written):
            return True
        steps = self._written_steps(value, written)
        if target in steps:
            return True
        waiting = {float(n) for n in stated if n != value and _numeric(n) and float(n) not in held} - steps
        while waiting:
            reached = {n for n in waiting if pair_reaches([*grounded, *steps, *factors], n)}
            if not reached:
                break
            steps |= reached
            waiting -= reached
        if anchor is not None:  # a step the answer works out is one of its own figures
            anchor = anchor | steps
        return bool(steps) and _kind_pair_reaches([*grounded, *steps, *factors], target, apart, units, anchor)

    def _written_steps(self, value: str, written: tuple[tuple[str, str, str], ...]) -> set[float]:
        """The results of the arithmetic the answer writes out on grounded figures, step by step: a written
        result is an operand of the next written step ("5 × (£42 + £8) = £250": 50, then 250)."""
        operands = {a for a, _, _ in written} | {b for _, b, _ in written}
        known = {n for n in operands if not _absent((n,), self._numbers)}
        steps: set[float] = set()
        waiting = [(a, b, c) for a, b, c in written if c != value and _numeric(c)]
        while waiting:
            done = [(a, b, c) for a, b, c in waiting if a in known and b in known]
            if not done:
                break
            for step in done:
                known.add(step[2])
                steps.add(float(step[2]))
            waiting = [step for step in waiting if step not in done]
        return steps

    def _dates_as_written(self, claim: str) -> str:
        """The claim with each numeric date ("31/07/2026", "06/05/2026") written as the evidence writes that day
        ("31 July 2026"), for the embedding step only: the hard-fact step has compared the figures already,
        and a layout the evidence does not use would otherwise read as a change of wording. Day-first or
        month-first is the reading whose day a source states; a date no source states is left as it is. A time
        said with its part of the day in words ("4 to 7 in the arvo/evening") is written with "am" / "pm" ("4pm to
        7pm"), as the hard-fact step read it."""
        if period_words(claim):
            claim = spell_periods(claim)
        if "/" not in claim:
            return claim
        return NUMERIC_DATE_RE.sub(lambda m: self._written_date(m) or m.group(0), claim)

    def _date_held(self, number: str) -> bool:
        """Is a numeric date the claim writes ("14.06.2026", "14/06/2026") a day some source states in another
        layout: ISO ("2026-06-14T15:30" in a tool record) or in words ("from 12 March to 30 August 2026", the
        day and month in one sentence with the year)? Day-first or month-first, whichever a source states."""
        match = DATE_TOKEN_RE.fullmatch(number)
        if match is None:
            return self._year_first_held(number)
        a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        year = year + 2000 if year < 100 else year
        return self._day_stated(year, ((a, b), (b, a)))

    def _whole_dates(self, claim: str, numbers: list[str]) -> list[str]:
        """``numbers`` less the figures of each date the claim writes with one reading that a source writes with
        that one reading too, in whatever house style ("16 March 2027" of "16.03.27", "2027/11/04" of "4. listopadu
        2027"; a date without its year by its day and month): the same day, its figures written otherwise. And with
        each such date whose day and month are a source's date swapped, which no source's date reads as, added
        ("2027-04-11" of "2027. 11. 04.": its figures are all the source's). A source's date with two readings
        ("04.11.2027") holds neither: it stays as the older readers judge it
        (:data:`~llmops_kit.text.calendar_dates.READ_LOCALE_DATES`, the ``date50`` round)."""
        claimed = [w for w in written_dates(claim) if len(w.readings) == 1]
        if not claimed:
            return numbers
        read = [_source_days(source.text) for source in self._given]
        single = frozenset().union(*(r[0] for r in read))
        every = frozenset().union(*(r[1] for r in read))
        held: set[str] = set()
        swapped: list[str] = []
        for written in claimed:
            year, month, day = written.readings[0]
            if (year, month, day) in single or (year is None and (None, month, day) in single):
                held |= numbers_in(claim[written.start:written.end])
            elif year is not None and day <= 12 and (year, day, month) in single and (year, month, day) not in every:
                swapped.append(claim[written.start:written.end])
        out = [n for n in numbers if n not in held] if held else numbers
        return [*out, *swapped] if swapped else out

    def _year_first_held(self, number: str) -> bool:
        """Is a numeric date written year first ("2027.03.13", "2027/03/13") a day some source states (ISO, or in
        words with its year)? Year first is always year, month, day (:data:`READ_YEAR_FIRST_DATES`)."""
        match = _YEAR_FIRST_TOKEN_RE.fullmatch(number) if READ_YEAR_FIRST_DATES else None
        if match is None:
            return False
        return self._day_stated(int(match.group(1)), ((int(match.group(4)), int(match.group(3))),))

    def _day_stated(self, year: int, readings: tuple[tuple[int, int], ...]) -> bool:
        """Does a source state the day of ``year`` one of ``readings`` (day, month) gives, as ISO or in words?"""
        for day, month in readings:
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            iso, name = f"{year:04d}-{month:02d}-{day:02d}", MONTH_NAMES[month - 1]
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
            iso, prose = f"{year:04d}-{month:02d}-{day:02d}", f"{day} {MONTH_NAMES[month - 1]} {year}"
            if any(iso in s.text or prose in s.text for s in self._given):
                return prose
        return None


_MONTHS_RE = "|".join(MONTH_NAMES)
#: A month's usual short form, capitalised as written ("14 Mar 2027", "Sept 3"; a lower-case "mar" or "dec" is
#: another word), with an optional full stop.
_SHORT_MONTHS_RE = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_DIGIT_RE = re.compile(r"\d")
_MONTH_WORDS = frozenset(name.lower() for name in MONTH_NAMES)
_SHORT_MONTH_WORDS = frozenset(("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"))


def _named_date_re(short: bool) -> re.Pattern[str]:
    """A day with its month in words ("3 March", "March 3rd", "31st of March", with ``short`` "14 Mar 2027" too),
    or an ISO date ("2027-03-03")."""
    months = f"{_MONTHS_RE}|{_SHORT_MONTHS_RE}" if short else _MONTHS_RE
    return re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({months})\b\.?(?:,? (\d{{4}}))?"
                      rf"|\b({months})\b\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?"
                      r"|\b(\d{4})-(\d{2})-(\d{2})\b", re.IGNORECASE)


#: Read a numeric date written year first with dots or slashes ("2027.03.13", the Korean way, "2027/03/13") as the
#: day a source states as ISO or in words (the ``text47`` round: "2027.03.13 (Sat)" of a record's "date: 2027-03-13"
#: was read as the figure 2027.03.13, which no source holds); off while the claim decision is fitted.
READ_YEAR_FIRST_DATES = True
#: Such a date as one number token: a year of this or the last century, a month and a day, parted by one separator.
_YEAR_FIRST_TOKEN_RE = re.compile(r"((?:19|20)\d\d)([./])(\d{1,2})\2(\d{1,2})")
#: A date with its month in words or ISO (:func:`_named_date_re`); with :data:`READ_SHORT_MONTHS` a month's short
#: form is its name (``mend36``: "14 Mar 2027" is 14 March, so a record's "2027-03-13" contradicts it).
READ_SHORT_MONTHS = True
_NAMED_DATE_RE = _named_date_re(short=True)
_LONG_NAMED_DATE_RE = _named_date_re(short=False)
#: The ISO branch of :data:`_NAMED_DATE_RE` alone: all it can match in an ASCII text that names no month.
_ISO_NAMED_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
#: A date written all in figures is read as a date too (the ``tool45`` round: "You arrive on 21/04/2027" of a record
#: whose "arrival: 2027-04-19", "Friday 05/03" of "date: 2027-03-04"): day and month by a slash, or by a dot or a
#: hyphen before a year. Both readings (day first, month first) are tried, and it is misdated only when neither is a
#: date the sources state; switched off in the claim decision's fit.
READ_NUMERIC_DATES = True
_FOUR_FIGURE_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_NUMERIC_DAY_RE = re.compile(
    r"(?<![\d/.,:$£€-])(\d{1,2})(?:/(\d{1,2})(?:/(\d{4}|\d{2}))?|([.-])(\d{1,2})\4(\d{4}))(?![\d/%]|[.,]\d)")


#: A claimed date with its year read against a tool record's dates of that year (the ``record49`` round,
#: :meth:`DerivedFigures._record_misdated`): "11 April 2026" or "04/04/2027" where no source states a day of that
#: month and the record holds "2026-03-11" or "2027-03-28"; switched off in the claim decision's fit.
READ_RECORD_YEAR_DATES = True


#: An ISO date joined to its time ("2027-01-22T18:00Z"), which the ISO branch of :data:`_NAMED_DATE_RE` (a word
#: boundary after the day) does not read.
_TIMESTAMP_DAY_RE = re.compile(r"\b\d{4}-(\d{2})-(\d{2})T\d")


#: A date as :func:`~llmops_kit.text.calendar_dates.written_dates` reads it: (year or None, month, day).
_Day = tuple[int | None, int, int]


@text_cache()
def _source_days(text: str) -> tuple[frozenset[_Day], frozenset[_Day]]:
    """The days a source text writes with one reading each, with (None, month, day) of each too; and every reading
    of every date it writes."""
    single: set[_Day] = set()
    every: set[_Day] = set()
    for written in written_dates(text):
        every.update(written.readings)
        if len(written.readings) == 1:
            _, month, day = written.readings[0]
            single.update((written.readings[0], (None, month, day)))
    return frozenset(single), frozenset(every)


@text_cache()
def _timestamp_days(text: str) -> frozenset[tuple[int, int]]:
    """(month, day) of every ISO date a text joins to its time: what it states as much as a date alone."""
    return frozenset((int(m.group(1)), int(m.group(2))) for m in _TIMESTAMP_DAY_RE.finditer(text)) if "T" in text \
        else frozenset()


def _dates_with_years(text: str) -> list[tuple[tuple[tuple[int, int], ...], int]]:
    """The readings ((month, day), ...) and the year of each date a text writes with a year of four figures, in
    words ("11 April 2026"), as ISO or all in figures ("04/04/2027")."""
    if not _FOUR_FIGURE_YEAR_RE.search(text):
        return []
    out = [(((month, day),), year) for month, day, year in _dates_named(text) if year is not None and year > 999]
    if READ_NUMERIC_DATES:
        for m in _NUMERIC_DAY_RE.finditer(text):
            year = m.group(3) or m.group(6)
            readings = _readings(int(m.group(1)), int(m.group(2) or m.group(5)))
            if year and len(year) == 4 and readings:
                out.append((readings, int(year)))
    return out


def _readings(day_first: int, second: int) -> tuple[tuple[int, int], ...]:
    """(month, day) of each calendar reading of two figures: day first, then month first."""
    return tuple((m, d) for d, m in ((day_first, second), (second, day_first)) if 1 <= m <= 12 and 1 <= d <= 31)


@text_cache()
def _numeric_dates(text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The readings ((month, day), ...) of each date a text writes all in figures: "21/04/2027", "05/03",
    "20-02-2027", "31.03.2027". Without a year a slash date needs a part of two figures ("05/03", not "1/2", a
    fraction); "24/7" is a span of time."""
    if "/" not in text and "-" not in text and "." not in text:
        return ()
    out = []
    for m in _NUMERIC_DAY_RE.finditer(text):
        second = m.group(2) or m.group(5)
        yearless = m.group(2) is not None and m.group(3) is None
        if yearless and ((len(m.group(1)) < 2 and len(second) < 2) or m.group(0) == "24/7"):
            continue
        readings = _readings(int(m.group(1)), int(second))
        if readings:
            out.append(readings)
    return tuple(out)


@text_cache()
def _numeric_days(text: str) -> frozenset[tuple[int, int]]:
    """Every (month, day) any reading of a text's all-figure dates gives: what it may be said to state."""
    return frozenset(r for readings in _numeric_dates(text) for r in readings)


#: A number of calendar days (or nights, or weeks) a text states: "28 days", "3 nights", "2 weeks"; working or
#: business days are no calendar step, so they are left out.
_DAY_COUNT_RE = re.compile(r"(?<!working )(?<!business )\b(\d{1,3})[ -](days?|nights?|weeks?)\b", re.IGNORECASE)
_MONTH_INDEX = {name.lower(): n for n, name in enumerate(MONTH_NAMES, start=1)}


def _month_index(name: str) -> int:
    """The month (1-12) a month's name or short form names."""
    return _MONTH_INDEX.get(case_key(name)) or _MONTH_INDEX_SHORT[case_key(name)[:3]]


_MONTH_INDEX_SHORT = {name.lower()[:3]: n for n, name in enumerate(MONTH_NAMES, start=1)}


@text_cache()
def _dates_named(text: str) -> tuple[tuple[int, int, int | None], ...]:
    """(month, day, year or None) of every date a text writes with its month in words or as ISO. Cached: the
    same sources and their sentences are read again for every claim of every request that cites them."""
    if _DIGIT_RE.search(text) is None:  # every date has a digit
        return ()
    # and a month's name as a whole word, or an ISO date's hyphens: an ASCII text's word set (cached, read by
    # other checks of a claim too) rules most texts out before the slow case-blind pattern (case folding lets a
    # non-ASCII letter match, "ſ" as "s", so other texts are always searched)
    short = READ_SHORT_MONTHS
    if text.isascii() and _MONTH_WORDS.isdisjoint(words := words_in(text)) and (
            not short or _SHORT_MONTH_WORDS.isdisjoint(words)):
        # no month in words: only an ISO date can be there, found by its own case-sensitive pattern (a third of
        # the time of the whole case-blind one, whose month names it tries at every position)
        return tuple((int(m.group(2)), int(m.group(3)), int(m.group(1))) for m in _ISO_NAMED_DATE_RE.finditer(text)
                     if 1 <= int(m.group(2)) <= 12) if "-" in text else ()
    out = []
    for m in (_NAMED_DATE_RE if short else _LONG_NAMED_DATE_RE).finditer(text):
        if m.group(1):
            out.append((_month_index(m.group(2)), int(m.group(1)), int(m.group(3)) if m.group(3) else None))
        elif m.group(4):
            out.append((_month_index(m.group(4)), int(m.group(5)), int(m.group(6)) if m.group(6) else None))
        elif 1 <= int(m.group(8)) <= 12:
            out.append((int(m.group(8)), int(m.group(9)), int(m.group(7))))
    return tuple(out)


#: Two bare hours joined as a range ("8 till 6", "9 to 5"), not a price, not a count of something: what may follow
#: is punctuation, the end, or a word of a schedule ("on weekdays", "daily").
_HOUR_RANGE_RE = re.compile(
    r"(?<![£$€\d.,:])\b(\d{1,2})\s*(?:till|until|to|-|–)\s*(\d{1,2})\b(?![.,:]\d)(?!\s*(?:[ap]\.?m|%))"
    r"(?=\s*(?:$|[).,;!?]|(?:on|at|every|each|daily|weekdays|weekends|o'clock|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b))", re.IGNORECASE)
#: A range of days in one month ("9-12 May", "9 to 12 May"): every day of it is stated.
_DAY_RANGE_RE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|until|till)\s*(\d{{1,2}})(?:st|nd|rd|th)?"
                           rf"(?: of)? ({_MONTHS_RE})\b", re.IGNORECASE)


def _day_ranges(text: str) -> list[tuple[int, int]]:
    """(month, day) of every day inside a range of days a text writes with its month."""
    if "-" not in text and "–" not in text and " t" not in text:
        return []
    return [(_MONTH_INDEX[case_key(m.group(3))], day) for m in _DAY_RANGE_RE.finditer(text)
            for day in range(int(m.group(1)), int(m.group(2)) + 1)]


@text_cache()
def _dated_sentences(text: str) -> tuple[tuple[str, tuple[tuple[int, int, int | None], ...]], ...]:
    """The sentences of a text that write a date, in order, each with its dates (:func:`_dates_named`). Cached:
    a source's sentences are read once, not once per claim whose date no source states."""
    return tuple((sentence, dates) for sentence in sentences_of(text) if (dates := _dates_named(sentence)))


@text_cache()
def _days_stated(text: str) -> frozenset[tuple[int, int]]:
    """(month, day) of every date a text writes (:func:`_dates_named`) and of every day inside a range of days
    it writes (:func:`_day_ranges`). Cached: a source is read once, not once per dated claim."""
    return frozenset((month, day) for month, day, _ in _dates_named(text)).union(_day_ranges(text))


@text_cache()
def _day_counts(text: str) -> frozenset[int]:
    """The numbers of calendar days a text states (a week is seven), in digits or words ("eight weeks' notice").
    Cached: it is read from the whole answer for each dated claim of it."""
    if spells_number(text):
        text = as_digits(text)
    return frozenset(int(m.group(1)) * (7 if m.group(2).lower().startswith("week") else 1)
                     for m in _DAY_COUNT_RE.finditer(text))


#: A year, never an operand of a price.
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
#: A count written as a compound ("a 10-hour block", "a 10-swim pass").
_COMPOUND_COUNT_RE = re.compile(r"\b(\d+)-([a-z]+)\b", re.IGNORECASE)
#: A number of hours or minutes a claim states ("12.5 hours", "45 minutes").
_GAP_RE = re.compile(r"(\d+(?:\.\d+)?)\s?(hours?|minutes?|mins?)\b", re.IGNORECASE)


def _in_major_unit(stated: frozenset[str], grounded: list[float], minor: frozenset[str]) -> list[float]:
    """The grounded numbers the answer writes in a minor currency unit, as amounts in the major one (69p is
    £0.69): an operand in another unit, not a new figure."""
    return [float(n) / 100 for n in minor & stated if _numeric(n) and float(n) in grounded] if minor else []


__all__ = ["READ_NUMERIC_DATES", "READ_RECORD_YEAR_DATES", "READ_SHORT_MONTHS", "READ_UNITLESS", "DerivedFigures"]


def _priceless_amounts(missing: set[str], claim: str, answer_text: str, turns_text: str) -> frozenset[str]:
    """The missing amounts of money the answer can have computed from no price: neither it nor the customer
    states another amount, so any pair reaching one is of durations, counts or shares alone ("up to 48 hours
    before doors, 72 hours to accept. There is a £1.50 transfer fee": 72 / 48 is no price). The customer's own
    amount, or one an earlier turn states, is a price to work from ("£6,000 over 10 months" - "£600 a month")."""
    own = typed_quantities(claim)
    amounts = {q.split(" ")[0] for q in own if q.endswith(" money")} & missing
    if not amounts or minor_unit_amounts(answer_text or claim):
        return _NONE
    stated = {q.split(" ")[0] for text in (answer_text or claim, turns_text) if text
              for q in typed_quantities(text) if q.endswith(" money")}
    return frozenset(amounts) if stated <= amounts else _NONE
