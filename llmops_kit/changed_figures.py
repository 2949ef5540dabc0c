"""A figure changed in a clause that restates an evidence sentence word for word around it: "Lockers take a 2 €
coin" against "Lockers take a 1 € coin", "one bag up to 15 kg, no valuables" against "one bag per runner, up to
10 kg, no valuables", "3 or more days in a row are credited" against "A pause of 5 or more days in a row is
credited".

A round-up answer gathers a dozen figures from several articles, and the hard-fact step
(:mod:`llmops_kit.grounding`) lets a changed figure pass when its number occurs anywhere in the evidence (the
bag's "15" in "every 15 minutes", the express surcharge's "20%" in "20% VAT") or some arithmetic on the answer's
other figures reaches it (the locker's 2 € is 6,00 € over 3 hours). The moved-figure readings
(:mod:`llmops_kit.grounding_context`, :mod:`llmops_kit.unheld_figures`) compare a clause's words with an evidence
clause's, so they miss where the clause splitter cuts a figure from its subject ("3 or more days" parts at
"or"), where the unit is money or a share, or where the clause states a second figure.

Here a figure is read with the words right beside it, as an assistant copies them from the article: its frame is
the :data:`FRAME_LEFT` tokens before it and the :data:`FRAME_RIGHT` after it, up to a comma, a semicolon, a
colon or a bracket. When an evidence sentence states another figure in a frame agreeing with the claim's (the
token right after it and :data:`FRAME_MIN` in all), holds within :data:`NEAR_WINDOW` tokens of that figure at
least :data:`NEAR_MIN` of the claim's words near its own (a word far from it is not the rival's: "Delivery is free,
and returns are accepted within 30 days" is no rival of "Delivery is within 5 days") and never states the claimed
value, no sentence states the claimed value in such a frame, and no
sentence stating the value shares as many of the near words, the claim restates the sentence with its figure
changed: *contradicted*. Not read: a figure the customer states, a time of day, two figures side by side (a
phone number, a date, a list), a claim writing out arithmetic, a claim naming what the sentence does not (another
subject's figure), and a value arithmetic on the figures of the claim's own part reaches.

The ``wrong49`` round reads further. A claim opening on its figure ("25,00 € a month, collected on the 5th")
answers the question's subject, so the question's words count as near it; never for a figure after a colon, whose
label stands before it ("Total: 25,00 €"). A figure spelled in words is read as written in digits, in the claim
and the evidence alike ("benches have a one-year guarantee" against "benches carry a two-year guarantee"; a claim's
lone "one" stays a word, as the hard-fact step reads it). And a range ("5 to 7 working days", "09.00-17.00 h") is
read against the evidence ranges of its unit, as the single figure is against its frame.

The ``days49`` round reads the days a clause restates as facts too (:func:`changed_days`): "Delivery slots run
9.30 a.m. to 5 p.m., every day of the week" against "Delivery slots run 9.30 a.m. to 5 p.m., Mon-Sat". A day is
read with the words around it up to the next day named (its reach), and the claim's days against the evidence
days whose reach holds most of the claim's words: the beginners' days, not the intermediates' in the same
sentence.

The ``owner53`` round reads a frequency in words as a rate (:func:`changed_frequency`,
:data:`READ_CHANGED_FREQUENCIES`): "emptied every week" against "emptied every second week", "twice a month" against
"once a month", "every half hour" against "every hour", as a figure is against its frame.

The ``options54`` round: a range of clock times the customer gives, restated as theirs ("which includes your
08:00-17:00 Uhr"), is not read against the evidence's hours (:data:`READ_CUSTOMER_CLOCK_RANGES`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .arithmetic_steps import converted
from .currency_fields import held_in_currency
from .evidence import Evidence
from .schedule_days import NOT_READ_RE as _NOT_A_SCHEDULE_RE
from .schedule_days import day_groups, may_name_day
from .text import STOPWORDS, names_in, normalise_number, numbers_in, sentences_of, stem
from .text.arithmetic import share_factors
from .text.calendar_dates import written_dates
from .text.char_scans import has_digit
from .text.numbers import count_words, spelled_as_digits, spells_number
from .textcache import text_cache

__all__ = ["READ_CHANGED_DAYS", "READ_CHANGED_FIGURES", "READ_CHANGED_FREQUENCIES", "READ_CHANGED_ORDINALS",
           "changed_days", "changed_figure", "changed_frequency"]

#: Read a figure against the evidence sentence that frames another value the same way (the ``roundup48`` round).
#: Off, a changed figure whose number occurs elsewhere, or that arithmetic on the answer reaches, passes.
READ_CHANGED_FIGURES = True

#: Read a terse claim's figure with the question's words near it (the ``wrong49`` round: "25,00 € a month" asked
#: "how much is the gold plan per month" against "The gold plan is 30,00 € a month"): a claim that opens on its
#: figure names no subject of its own, the question names it. Off, such a figure has only its own part's words.
READ_ASKED_SUBJECTS = True

#: Read a figure spelled in words as the same figure written in digits, in the claim and the evidence alike (the
#: ``wrong49`` round: "benches have a one-year guarantee" against "benches carry a two-year guarantee"). Off, a
#: spelled figure has no frame, and the claim's changed one passes.
READ_SPELLED_FIGURES = True

#: Read a range changed in a clause that restates an evidence range of the same unit (the ``wrong49`` round: "a
#: full service takes 5 to 7 working days" against "A full service takes 3 to 5 working days"): its two figures
#: stand side by side, which the single-figure frame never reads. Off, a changed range passes when each end
#: occurs somewhere.
READ_CHANGED_RANGES = True

#: A range of clock times whose two ends are both times the customer gives ("I park from 08:00 to 17:00"),
#: restated as theirs (:data:`_YOURS_RE`: "which includes your 08:00-17:00 Uhr"), is the customer's own range, not
#: an evidence range changed (the ``options54`` round): :func:`_customer_numbers` holds no clock time, so before
#: this such a range was read against the evidence's opening hours. Off, a customer's clock range is read as any
#: other.
READ_CUSTOMER_CLOCK_RANGES = True
#: The words right before a range that give it to the customer ("which includes your 08:00-17:00", "you park
#: 08:00-17:00"): without them the claim gives the customer's times to something else ("the weekday card covers
#: 08:00-17:00"), which is still read against the evidence.
_YOURS_RE = re.compile(r"\b(?:your|you(?:'re| are)?)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)

#: Read the days a clause restates against the days the evidence gives the same words (the ``days49`` round:
#: "On Mondays and Thursdays, from 19 to 20.30" asked about the beginners, against "Beginners dance on Mondays and
#: Wednesdays from 19 to 20.30, intermediates on Tuesdays and Thursdays"). Off, each day passes when it is named
#: anywhere in the evidence.
READ_CHANGED_DAYS = True
#: How many of the claim's words (the question's, when it opens on its days) the evidence days' reach must hold.
DAYS_NEAR_MIN = 3
#: Words of a day's phrase left out of the words compared ("every day of the week").
_DAY_PHRASE_STEMS = frozenset({"day", "week", "everi", "each"})
#: What a time may be written with or without ("9.30 a.m." and "9:30am", "2pm." closing a sentence and "2pm").
_TIME_MARKS_RE = re.compile(r"[\s.:]")

#: Read an ordinal's ending as one mark whichever the figure ("from the 3rd day" against "from the 2nd day", a
#: spelled "third" read as "3rd"): the ``ordinal56`` round. Off, the ending is a word of the frame, so a changed
#: ordinal ("rd" after 3, "nd" after 2) never agrees with its rival and passes.
READ_CHANGED_ORDINALS = True
#: The endings of an ordinal written with figures, and the one mark they are read as in a frame.
_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))
_ORDINAL_MARK = "#ord"

#: How many tokens before and after a figure make its frame.
FRAME_LEFT = 2
FRAME_RIGHT = 3
#: How many of the frame's places must agree (the first after the figure always must).
FRAME_MIN = 3
#: How many of the claim's words within :data:`NEAR_WINDOW` tokens of the figure the sentence must hold.
NEAR_MIN = 2
NEAR_WINDOW = 8

#: A time of day, read by the time readers and never here ("9:00 PM", "19h00", "0500hrs", "9 am").
_TIME = r"\d{1,2}[:.h]\d{2}(?:\s*h(?:rs)?\b)?(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?|\d{4}\s*hrs\b"
_TIME_RE = re.compile(_TIME, re.IGNORECASE)
#: A time of day, a number (thousands grouped by a comma, a dot or a thin space, never a plain space: "0131 496
#: 0522" is three numbers of a phone's), a word, a currency or percent sign, or a break (where a frame ends).
_TOKEN_RE = re.compile(rf"(?P<time>{_TIME})|(?P<num>\d+(?:[.,\u202f\u00a0]\d{{3}})*(?:[.,]\d+)?)"
                       r"|(?P<word>[^\W\d_]+)|(?P<sign>[%€£$¥₹₩֏฿₺₱₦₴₽])|(?P<brk>[,;:()\[\]])", re.IGNORECASE)
#: Where a claim parts: the near words of a figure are read inside its own part.
_PART_RE = re.compile(r"[;:](?:\s|$)")
#: Arithmetic a claim writes out ("2 × 29,00 € = 58,00 €", "4 x £12"): its figures are worked, not restated.
_WORKED_RE = re.compile(r"[×=+÷−]|\bx\s*\S*\d")
#: A number read as a float.
_NUMERIC_RE = re.compile(r"\d+(?:\.\d+)?")
#: How a number and a break show in a frame. A number beside the figure makes the frame no restatement: two
#: figures side by side are a phone number, a date, a range or a list ("0131 496 0522", "5.6.2026", "30, 45").
_NUMBER = "#"
_BREAK = "|"


class _Token(NamedTuple):
    kind: str  # "time", "num", "word", "sign" or "brk" (a break; the text's end is one too)
    text: str  # a word's stem, a number's normalised value, a sign as written
    content: bool  # a word that is no stopword, or a number: what the near words compare
    start: int  # where it starts in the text


def _tokens(text: str, ordinals: bool = False) -> list[_Token]:
    """The text's tokens in order: words stemmed, numbers normalised, a break closing the text; with ``ordinals``
    (a figure's frame, :data:`READ_CHANGED_ORDINALS`), an ordinal's ending glued to its figure as one mark."""
    out = []
    number_end = -1
    for match in _TOKEN_RE.finditer(text):
        kind, raw, start = match.lastgroup or "word", match.group(), match.start()
        if kind == "num":
            out.append(_Token(kind, normalise_number(raw.replace("\u202f", "").replace("\u00a0", "")), True, start))
            number_end = match.end()
        elif kind == "word" and ordinals and start == number_end and raw.lower() in _ORDINAL_ENDS:
            out.append(_Token(kind, _ORDINAL_MARK, False, start))  # "3rd": the figure's ordinal ending
        elif kind == "word":
            out.append(_Token(kind, stem(raw), raw.lower() not in STOPWORDS, start))
        else:
            out.append(_Token(kind, raw.lower(), False, start))
    out.append(_Token("brk", "", False, len(text)))
    return out


_Frame = tuple[tuple[str, ...], tuple[str, ...]]


def _shown(token: _Token) -> str:
    """How a token shows in a frame: a number or a time as :data:`_NUMBER`, a break as :data:`_BREAK`."""
    if token.kind in ("num", "time"):
        return _NUMBER
    return _BREAK if token.kind == "brk" else token.text


def _frame(tokens: list[_Token], at: int) -> _Frame:
    """The tokens before position ``at`` (nearest first) and after it, as many as the frame takes, each side up to
    and with its first break."""
    def side(run: list[_Token], size: int) -> tuple[str, ...]:
        out: list[str] = []
        for token in run[:size]:
            out.append(_shown(token))
            if out[-1] == _BREAK:
                break
        return tuple(out)
    return side(tokens[at - 1::-1] if at else [], FRAME_LEFT), side(tokens[at + 1:], FRAME_RIGHT)


def _agreement(mine: _Frame, theirs: _Frame) -> int:
    """How many frame places agree; 0 unless the token right after the figure is the same word or sign."""
    if not mine[1] or not theirs[1] or mine[1][0] in (_BREAK, _NUMBER) or mine[1][0] != theirs[1][0]:
        return 0
    return sum(a == b for side in (0, 1) for a, b in zip(mine[side], theirs[side], strict=False))


def _words(tokens: list[_Token]) -> frozenset[str]:
    """The content words and numbers of a run of tokens."""
    return frozenset(t.text for t in tokens if t.content)


def _near(tokens: list[_Token], at: int) -> frozenset[str]:
    """The content words and numbers within :data:`NEAR_WINDOW` tokens of the figure at ``at``, without it."""
    return _words(tokens[max(0, at - NEAR_WINDOW):at + 1 + NEAR_WINDOW]) - {tokens[at].text}


class _Framed(NamedTuple):
    """One evidence figure in its frame, with its sentence's words and numbers and where it stands."""

    value: str
    frame: _Frame
    words: frozenset[str]
    near: frozenset[str]
    numbers: frozenset[str]
    label: str
    sentence: str


#: A sentence stating a figure: (its content words and numbers, its numbers).
_Sentence = tuple[frozenset[str], frozenset[str]]


#: One source's figures by the token right after them (:func:`_source_index`).
_Frames = dict[str, tuple[_Framed, ...]]


class _Index(NamedTuple):
    """The evidence figures by the token right after them, source by source, and every sentence stating a
    figure, source by source."""

    frames: tuple[_Frames, ...]
    sentences: tuple[tuple[_Sentence, ...], ...]


def _figures_written(text: str, spelled: bool, generous: bool = True) -> str:
    """The text with its spelled figures in digits when ``spelled`` (:data:`READ_SPELLED_FIGURES`), else as it is;
    a claim's read not ``generous``-ly (a lone "one" stays a word)."""
    return spelled_as_digits(text, generous) if spelled and spells_number(text) else text


def _source_figures(text: str, label: str, spelled: bool,
                    ordinals: bool) -> tuple[tuple[_Framed, ...], tuple[_Sentence, ...]]:
    """One source's figures in their frames, and the words and numbers of each sentence stating a figure: read
    once per source text and label (:func:`_source_index` keeps them), as articles and prompts recur."""
    framed: list[_Framed] = []
    sentences = []
    for sentence in sentences_of(text):
        read = _figures_written(sentence, spelled)
        if not has_digit(read):
            continue
        tokens = _tokens(read, ordinals)
        words, numbers = _words(tokens), numbers_in(read)
        sentences.append((words, numbers))
        for at, token in enumerate(tokens):
            if token.kind == "num":
                frame = _frame(tokens, at)
                if frame[1] and frame[1][0] not in (_BREAK, _NUMBER):
                    framed.append(_Framed(token.text, frame, words, _near(tokens, at), numbers, label, sentence))
    return tuple(framed), tuple(sentences)


@text_cache(maxsize=4096)
def _source_index(text: str, label: str, spelled: bool, ordinals: bool) -> tuple[_Frames, tuple[_Sentence, ...]]:
    """One source's figures by the token right after them, with its sentences stating a figure (cached per
    source text and label, as its figures are: a request gathers the sources' indexes, not their figures)."""
    framed, stated = _source_figures(text, label, spelled, ordinals)
    frames: dict[str, list[_Framed]] = {}
    for figure in framed:
        frames.setdefault(figure.frame[1][0], []).append(figure)
    return {key: tuple(figures) for key, figures in frames.items()}, stated


def _index(evidence: Evidence) -> _Index:
    """Every evidence figure in its frame, by the token right after it (gathered once per request)."""
    indexes = [_source_index(source.text, source.label, READ_SPELLED_FIGURES, READ_CHANGED_ORDINALS)
               for source in evidence.sources]
    return _Index(tuple(frames for frames, _ in indexes if frames),
                  tuple(stated for _, stated in indexes if stated))


#: A range and the word after it: of whole numbers ("6 to 8 weeks", "2-3 days", "10–14 working days") or of clock
#: times ("09.00-18.00 Uhr", "10:00 to 17:00 h"), both ends alike. A decimal is no range's end. The look-ahead
#: for its first digit lets a search skip every other character before the look-behind is tried (the same
#: matches, a quarter of the time on a claim).
_END = r"\d{1,2}[.:]\d{2}|\d+"
_RANGE_RE = re.compile(rf"(?=\d)(?<![\d.,:/-])({_END})\s*(?:to|-|–|—)\s*({_END})(?![\d.,:/-]\d)\s*([^\W\d_]+)")
#: A clock time's end of a range: "09.00" and "9:00" are the same end.
_CLOCK_END_RE = re.compile(r"(\d{1,2})[.:](\d{2})")


class _Range(NamedTuple):
    """One evidence range: its ends, its unit's stem, the words near it and in its sentence, where it stands."""

    ends: tuple[str, str]
    unit: str
    near: frozenset[str]
    numbers: frozenset[str]
    label: str
    sentence: str


def _ranges_in(text: str) -> list[tuple[tuple[str, str], str, frozenset[str], int]]:
    """The ranges of a text: (their ends, the unit's stem, the words near the first end, where it starts)."""
    if not has_digit(text):
        return []
    tokens = _tokens(text)
    starts = {token.start: at for at, token in enumerate(tokens)}
    out = []
    for match in _RANGE_RE.finditer(text):
        at = starts.get(match.start(1))
        low, high = _range_end(match.group(1)), _range_end(match.group(2))
        if at is not None and (":" in low) == (":" in high):
            out.append(((low, high), stem(match.group(3)), _near(tokens, at) - {low, high}, match.start()))
    return out


def _range_end(raw: str) -> str:
    """A range's end as compared: a clock time as "9:00", a whole number normalised."""
    clock = _CLOCK_END_RE.fullmatch(raw)
    return f"{int(clock.group(1))}:{clock.group(2)}" if clock else normalise_number(raw)


@text_cache(maxsize=4096)
def _source_ranges(text: str, label: str, spelled: bool) -> tuple[_Range, ...]:
    """One source's ranges (cached per source text and label, as its figures are)."""
    out = []
    for sentence in sentences_of(text):
        read = _figures_written(sentence, spelled)
        for ends, unit, near, _ in _ranges_in(read):
            out.append(_Range(ends, unit, near, numbers_in(read), label, sentence))
    return tuple(out)


def _evidence_ranges(evidence: Evidence) -> tuple[_Range, ...]:
    """Every evidence range (gathered once per request)."""
    return tuple(r for source in evidence.sources if not source.user
                 for r in _source_ranges(source.text, source.label, READ_SPELLED_FIGURES))


def _changed_range(claim: str, evidence: Evidence, customer: frozenset[str]) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed range) when the claim states a range whose unit an evidence range
    states with other ends, around :data:`NEAR_MIN` of the claim's near words (the question's, when the range
    opens the claim), and no evidence range of that unit has the claim's ends (the hours of Saturday beside the
    weekdays', this year's beside last year's); a range the customer gives, or one of another subject the claim
    names, is not read."""
    if not READ_CHANGED_RANGES or _RANGE_RE.search(claim) is None:
        return None
    ranges = evidence.once("changed_figures.ranges", _evidence_ranges)
    if not ranges:  # no evidence range to be the rival: the claim's ranges need not be read
        return None
    clocks = evidence.once("changed_figures.customer_clocks", _customer_clocks) if READ_CUSTOMER_CLOCK_RANGES \
        else frozenset()
    for ends, unit, near, start in _ranges_in(claim):
        if customer & set(ends) or (set(ends) <= clocks and _YOURS_RE.search(claim[:start]) is not None):
            continue
        same_unit = [r for r in ranges if r.unit == unit]
        if not any(t.content for t in _tokens(claim[:start])):
            near = near | _asked_subject_words(evidence)
        if any(r.ends == ends for r in same_unit):
            continue  # the evidence states the claim's range: it may be another day's or another version's
        rival = next((r for r in same_unit if not set(ends) <= r.numbers and len(near & r.near) >= NEAR_MIN), None)
        if rival is not None and not _names_another(claim[:start], rival):
            return rival.label, rival.sentence, f"{ends[0]} to {ends[1]}"
    return None


def _names_another(lead: str, rival: _Range) -> bool:
    """Does the claim, up to its range (``lead``), name what the rival's sentence does not? Then its range may be
    another subject's (as :func:`_other_subject` reads a single figure's)."""
    held = _words(_tokens(rival.sentence))
    return any(stem(name) not in held for name in names_in(_TIME_RE.sub(" ", lead)))


def changed_figure(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed figure) when a figure of the claim sits in an evidence sentence's
    frame where that sentence states another value (see the module docstring), else None."""
    if not READ_CHANGED_FIGURES:
        return None
    claim = _figures_written(claim, READ_SPELLED_FIGURES, generous=False)
    if not has_digit(claim) or _WORKED_RE.search(claim) is not None:
        return None
    customer = evidence.once("changed_figures.customer", _customer_numbers)
    index = evidence.once("changed_figures.index", _index)
    if not index.frames:  # no single figure to frame: a range of clock times may still be changed
        return _changed_range(claim, evidence, customer)
    for number, part in enumerate(_PART_RE.split(claim)):
        if not has_digit(part):
            continue
        tokens = _tokens(part, READ_CHANGED_ORDINALS)
        for at, token in enumerate(tokens):
            if token.kind != "num" or token.text in customer:
                continue
            frame = _frame(tokens, at)
            if _NUMBER in frame[0] or _NUMBER in frame[1]:
                continue
            near = _near(tokens, at) | (_asked_subject(tokens, at, evidence) if number == 0 else frozenset())
            # a rival stating a figure the claim states too is the source of the claim's other figure
            stated = frozenset(t.text for t in tokens if t.kind == "num")
            found = _changed(token.text, frame, near, stated, index.frames)
            if (found is not None and not _other_subject(part[:token.start], found)
                    and not _held_alike(token.text, near, found, index)
                    and not _worked_out(tokens, at, part, claim, evidence)
                    and not _held_with_mark(tokens, at, evidence)):
                return found.label, found.sentence, token.text
    return _changed_range(claim, evidence, customer)


def _held_with_mark(tokens: list[_Token], at: int, evidence: Evidence) -> bool:
    """Is the figure at ``at``, written with a currency mark right before or after it ("kr 4,90", "4.380 kr"), held
    by a record field or amount in a currency that mark may name ("price nok: 4.9")? Then it is the record's
    amount, not the rival sentence's figure changed (:mod:`llmops_kit.currency_fields`)."""
    beside = [tokens[n] for n in (at - 1, at + 1) if 0 <= n < len(tokens) and tokens[n].kind in ("word", "sign")]
    return any(held_in_currency(tokens[at].text, mark.text, evidence) for mark in beside)


def _customer_clocks(evidence: Evidence) -> frozenset[str]:
    """The clock times the customer writes, as a range's end is compared ("08:00" as "8:00"): both ends of a
    claim's range among them make it the customer's range. Read once per request."""
    return frozenset(_range_end(m.group(0)) for m in _CLOCK_END_RE.finditer(evidence.user_text or ""))


def _customer_numbers(evidence: Evidence) -> frozenset[str]:
    """The figures the customer states, spelled ones in digits (read once per request, not once per claim)."""
    asked = _figures_written(evidence.user_text, READ_SPELLED_FIGURES) if evidence.user_text else ""
    return numbers_in(asked) if asked else frozenset()


def _changed(value: str, frame: _Frame, near: frozenset[str], stated: frozenset[str],
             frames: tuple[_Frames, ...]) -> _Framed | None:
    """The evidence figure framed as the claimed one with another value, when no sentence frames the claimed
    value so (the claim may take one of two versions), the sentence never states the value and the claim's part
    never states the other (``stated``: its figures)."""
    rivals = [f for source in frames for f in source.get(frame[1][0], ())
              if _agreement(frame, f.frame) >= FRAME_MIN] if frame[1] else []
    if not rivals or any(f.value == value for f in rivals):
        return None
    return next((f for f in rivals if value not in f.numbers and f.value not in stated
                 and len(near & f.near) >= NEAR_MIN), None)


def _asked_subject(tokens: list[_Token], at: int, evidence: Evidence) -> frozenset[str]:
    """The question's content words when the figure at ``at`` opens the claim (no content word before it): the
    terse answer's subject is the one asked about (:data:`READ_ASKED_SUBJECTS`). Only the claim's first part is
    given them: a figure after a colon has its label before it ("Total: 118 zł"), no subject asked."""
    if any(t.content for t in tokens[:at]):
        return frozenset()
    return _asked_subject_words(evidence)


def _asked_subject_words(evidence: Evidence) -> frozenset[str]:
    """The question's content words (read once per request), when :data:`READ_ASKED_SUBJECTS` gives them."""
    if not READ_ASKED_SUBJECTS or not evidence.user_text:
        return frozenset()
    return evidence.once("changed_figures.asked", _asked_words)


def _asked_words(evidence: Evidence) -> frozenset[str]:
    """The content words of the question asked (read once per request)."""
    return _words(_tokens(evidence.user_text))


def _other_subject(lead: str, found: _Framed) -> bool:
    """Does the claim's part, up to the figure (``lead``), name what the evidence sentence does not ("the Harbour
    Loft sleeps 2" against "Fuchsia Cottage sleeps 4")? Then its figure may be another subject's, which the frame
    cannot tell."""
    return any(stem(name) not in found.words for name in names_in(_TIME_RE.sub(" ", lead)))


def _held_alike(value: str, near: frozenset[str], found: _Framed, index: _Index) -> bool:
    """Does an evidence sentence stating the claimed value share as many of the claim's near words and figures as
    the rival does (this year's price beside last year's, the 30-59 minutes' share beside the 15-29 minutes')?"""
    rival = len(near & found.near)
    return any(value in numbers and len(near & words) >= rival
               for stated in index.sentences for words, numbers in stated)


def _worked_out(tokens: list[_Token], at: int, part: str, claim: str, evidence: Evidence) -> bool:
    """Does the claim work the value out of its other figures: a sum, difference, product or ratio of two of them
    ("at least 6 climbers; your two groups need at least 12"), a share of one ("590 less 10% is 531", "half the
    fee", the share read in the figure's part), or one converted ("90 m² is roughly 970 sq ft")? The calendar
    words are not read: "until it is 12 years old" is no count of a year's months."""
    own = numbers_in(claim)
    if len(own) < 2:
        return False
    value = tokens[at].text
    if not evidence._not_derived({value}, own):
        return True
    others = [float(n) for n in own - {value} if _NUMERIC_RE.fullmatch(n)]
    if converted(value, others, part):
        return True
    target = float(value) if _NUMERIC_RE.fullmatch(value) else None
    if target is None:
        return False
    if any(abs(result - target) < 1e-9 for a in others for b in others if a != b
           for result in (a * b, a + b, a - b, a / b if b else None) if result is not None):
        return True  # two of the claim's figures give it ("two groups" of "at least 6": 12)
    return any(abs(base * factor - target) < 0.01 * max(target, 1.0)
               for base in others for share in share_factors(part) for factor in (share, 1 - share, 1 + share))


class _Days(NamedTuple):
    """Days an evidence sentence names, with the words of their reach (see :func:`_reach_words`)."""

    days: frozenset[int]
    reach: frozenset[str]
    label: str
    sentence: str


def _reach_words(tokens: list[_Token], start: int, end: int) -> frozenset[str]:
    """The content words, numbers and times of the tokens between ``start`` and ``end`` (text offsets), the words of
    a day's phrase left out."""
    return frozenset(_compared(t) for t in tokens
                     if start <= t.start < end and (t.content or t.kind == "time") and t.text not in _DAY_PHRASE_STEMS)


def _compared(token: _Token) -> str:
    """A token as the day readings compare it: a time without its marks, a word's stem or a number as read."""
    return _TIME_MARKS_RE.sub("", token.text).lstrip("0") if token.kind == "time" else token.text


def _day_reaches(text: str) -> list[tuple[frozenset[int], frozenset[str]]]:
    """(days, the words of their reach) of each day group of a sentence: its reach runs from the end of the group
    before it (or the sentence's start) to the start of the group after it (or the sentence's end)."""
    groups = day_groups(text, lists=True)
    tokens = _tokens(text)
    out = []
    for at, (start, end, days) in enumerate(groups):
        before = groups[at - 1][1] if at else 0
        after = groups[at + 1][0] if at + 1 < len(groups) else len(text)
        out.append((days, _reach_words(tokens, before, start) | _reach_words(tokens, end, after)))
    return out


@text_cache(maxsize=4096)
def _source_days(text: str, label: str) -> tuple[_Days, ...]:
    """One source's day groups with their reach (cached per source text and label, as its figures are)."""
    if not may_name_day(text):
        return ()
    return tuple(_Days(days, reach, label, sentence) for sentence in sentences_of(text) if may_name_day(sentence)
                 for days, reach in _day_reaches(sentence))


def _evidence_days(evidence: Evidence) -> tuple[_Days, ...]:
    """Every evidence day group with its reach (gathered once per request)."""
    return tuple(d for source in evidence.sources if not source.user for d in _source_days(source.text, source.label))


def changed_days(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed days) when the claim's one group of days (a day, a list or a range
    of them) is no part of the days whose reach in the evidence holds most of the claim's words (at least
    :data:`DAYS_NEAR_MIN`), nor of any other days holding as many; else None. A claim that dates, negates or
    excepts its days (:data:`llmops_kit.schedule_days.NOT_READ_RE`), names a subject the rival's sentence does not,
    or gives days the customer names is not read."""
    if (not READ_CHANGED_DAYS or not may_name_day(claim) or _NOT_A_SCHEDULE_RE.search(claim)
            or written_dates(claim)):
        return None  # a dated day is the date's (:mod:`llmops_kit.dated_weekdays` reads it)
    groups = day_groups(claim, lists=True)
    if len(groups) != 1:
        return None
    start, end, claimed = groups[0]
    if evidence.user_text and may_name_day(evidence.user_text) and any(
            claimed & days for _, _, days in day_groups(evidence.user_text, lists=True)):
        return None
    tokens = _tokens(claim)
    words = _reach_words(tokens, 0, start) | _reach_words(tokens, end, len(claim))
    if not any(t.content for t in tokens if t.start < start):
        words |= _asked_subject_words(evidence)
    stated = evidence.once("changed_figures.days", _evidence_days)
    held = max((len(words & d.reach) for d in stated), default=0)
    if held < DAYS_NEAR_MIN:
        return None
    nearest = [d for d in stated if len(words & d.reach) == held]
    if claimed <= frozenset().union(*(d.days for d in nearest)):
        return None
    rival = nearest[0]
    if claimed <= _sentence_days(rival, stated) and not _restates_figures(tokens, rival):
        return None  # the claim picks another day group of the rival's sentence, with a figure of its own
    if any(stem(name) not in _words(_tokens(rival.sentence)) for name in names_in(_TIME_RE.sub(" ", claim[:start]))):
        return None  # the claim names another subject than the rival's sentence
    return rival.label, rival.sentence, claim[start:end]


def _sentence_days(rival: _Days, stated: tuple[_Days, ...]) -> frozenset[int]:
    """Every day the rival's sentence names."""
    return frozenset().union(*(d.days for d in stated if d.sentence == rival.sentence and d.label == rival.label))


def _restates_figures(tokens: list[_Token], rival: _Days) -> bool:
    """Does the claim state figures (numbers or times), all in the rival days' reach? Then it restates that clause
    with its days changed ("19 to 20.30" on other days), rather than naming another day group of the sentence with
    its own figure ("KSh 3,750 at the weekend" worked out of the weekend's fee beside the weekdays')."""
    figures = {_compared(t) for t in tokens if t.kind in ("num", "time")}
    return bool(figures) and figures <= rival.reach


#: Read a frequency changed in a clause that restates an evidence sentence (the ``owner53`` round: "emptied every
#: week on your collection day" against "emptied every second week on your collection day", "a guest comes free
#: twice a month" against "Members may bring a guest for free once a month"): a frequency in words states no
#: figure the figure readings see. Off, a changed frequency passes on its words.
READ_CHANGED_FREQUENCIES = True

#: How many times an hour a smaller unit gives: a frequency in minutes is compared with one in hours.
_PER_HOUR = {"minute": 60.0, "min": 60.0, "hour": 1.0}
#: The units a frequency is counted in, and the "-ly" words that name one.
_UNITS = "minute|min|hour|day|week|fortnight|month|year"
_LY = {"hourly": "hour", "daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
       "yearly": "year", "annually": "year"}
_COUNT_WORDS = {word: float(n) for word, n in count_words(6).items()}
#: "every other week", "every third day", "every half hour", "every two weeks" (the count words as in "two times").
_SPELLED_EVERY = {"other": 2.0, "second": 2.0, "third": 3.0, "fourth": 4.0, "half": 0.5, **_COUNT_WORDS}
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_FREQUENCY_RE = re.compile(
    rf"\bevery\s+(?:(?P<step>other|second|third|fourth|half(?:\s+an)?|two|three|four|six|\d+)\s+)?"
    rf"(?P<unit>{_UNITS})s?\b"
    rf"|\b(?P<times>once|twice|thrice|(?P<count>\d+|two|three|four|five|six)\s+times)\s+(?:a|an|per|each|every)\s+"
    rf"(?P<unit2>{_UNITS})\b"
    rf"|\b(?P<ly>{'|'.join(_LY)})\b", re.IGNORECASE)
#: The cheap test before a text is searched for frequency phrases ("every" is tested on its own): a word any
#: phrase of :data:`_FREQUENCY_RE` holds.
_FREQUENCY_KEY_RE = re.compile("|".join((*_TIMES, "times", *_LY)), re.IGNORECASE)
#: The words of a frequency phrase, left out of the near words compared.
_FREQUENCY_STEMS = frozenset({"everi", "other", "second", "third", "fourth", "half", "time", "onc", "once", "twice",
                              "minut", "min", "hour", "day", "week", "fortnight", "month", "year"})


class _Frequency(NamedTuple):
    """A frequency phrase: how often per unit, its unit's family, and the words near it."""

    rate: float
    unit: str
    near: frozenset[str]
    label: str
    sentence: str


def _rate(match: re.Match[str]) -> tuple[float, str] | None:
    """(times per unit, unit) of a frequency phrase; a unit of minutes is read per hour, a fortnight as 2 weeks."""
    if match.group("ly"):
        unit, times = _LY[match.group("ly").lower()], 1.0
    elif match.group("times"):
        unit = match.group("unit2").lower()
        count = match.group("count")
        word = match.group("times").lower()
        times = _TIMES.get(word) or (float(count) if count and count.isdigit() else _COUNT_WORDS.get(
            (count or "").lower(), 0.0))
    else:
        unit = match.group("unit").lower()
        step = (match.group("step") or "").lower().split()[0] if match.group("step") else ""
        every = float(step) if step.isdigit() else _SPELLED_EVERY.get(step, 1.0)
        if not every:
            return None
        times = 1.0 / every
    if unit == "fortnight":
        unit, times = "week", times / 2.0
    if unit in _PER_HOUR:
        unit, times = "hour", times * _PER_HOUR[unit]
    return (times, unit) if times else None


def _frequencies_in(text: str, label: str = "") -> list[_Frequency]:
    """The frequency phrases of a text, each with the content words within :data:`NEAR_WINDOW` tokens of it."""
    if "every" not in text.lower() and not _FREQUENCY_KEY_RE.search(text):
        return []
    out = []
    for sentence in sentences_of(text):
        tokens = _tokens(sentence)
        for match in _FREQUENCY_RE.finditer(sentence):
            rate = _rate(match)
            if rate is None:
                continue
            first = next((i for i, t in enumerate(tokens) if t.start >= match.start()), len(tokens) - 1)
            last = next((i for i, t in enumerate(tokens) if t.start >= match.end()), len(tokens))
            near = _words(tokens[max(0, first - NEAR_WINDOW):first] + tokens[last:last + NEAR_WINDOW])
            out.append(_Frequency(rate[0], rate[1], near - _FREQUENCY_STEMS, label, sentence))
    return out


def _evidence_frequencies(evidence: Evidence) -> tuple[_Frequency, ...]:
    """Every evidence frequency phrase (gathered once per request)."""
    return tuple(f for source in evidence.sources if not source.user for f in _frequencies_in(source.text,
                                                                                                source.label))


def changed_frequency(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed frequency) when the claim states how often something happens ("every
    week", "twice a month", "every half hour") where an evidence sentence holding :data:`NEAR_MIN` of the words near
    it states another frequency of the same unit, and no evidence frequency of the claim's rate stands among as
    many of those words; a frequency the customer states, or one of another subject the claim names, is not read."""
    if not READ_CHANGED_FREQUENCIES:
        return None
    claimed = _frequencies_in(claim)
    if not claimed:
        return None
    stated = evidence.once("changed_figures.frequencies", _evidence_frequencies)
    if not stated:
        return None
    asked = {(f.rate, f.unit) for f in _frequencies_in(evidence.user_text)} if evidence.user_text else set()
    lead = _lead(claim)
    opens = not any(t.content for t in _tokens(lead))
    for mine in claimed:
        if (mine.rate, mine.unit) in asked:
            continue
        same = [f for f in stated if f.unit == mine.unit]
        near = mine.near | (_asked_subject_words(evidence) - _FREQUENCY_STEMS if opens else frozenset())
        rival = max((f for f in same if abs(f.rate - mine.rate) > 1e-9 and len(near & f.near) >= NEAR_MIN),
                    key=lambda f: len(near & f.near), default=None)
        if rival is None:
            continue
        if any(abs(f.rate - mine.rate) <= 1e-9 and len(near & f.near) >= len(near & rival.near) for f in same):
            continue
        if any(stem(name) not in _words(_tokens(rival.sentence)) for name in names_in(_TIME_RE.sub(" ", lead))):
            continue
        return rival.label, rival.sentence, f"{mine.rate:g} a {mine.unit}"
    return None


def _lead(claim: str) -> str:
    """The claim up to its first frequency phrase."""
    found = _FREQUENCY_RE.search(claim)
    return claim[:found.start()] if found else claim
