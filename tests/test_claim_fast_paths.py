"""The shortcuts in front of the claim readers (a speed-up) skip only what could not match: each one reads a text
as the full pattern does, for ASCII and non-ASCII texts alike."""

from __future__ import annotations

import random
import re

import pytest

from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.evidence_readers import ROUND_THE_CLOCK_RE, says_round_the_clock
from llmops_kit.evidence_statements import _NO_DENIAL_RE, states_denial
from llmops_kit.grounding import _FACT_WORD_RE, _fact_words
from llmops_kit.grounding_context import _CLAUSE_SPLIT_RE, _clauses, misplaced_figure
from llmops_kit.text import stem, tokens
from llmops_kit.text.tokens import _TOKEN_RE, normalise_quotes

EDGE_TEXTS = [
    "Refunds of $1,500.00 take 5-7 days (ref ab12, x1y2, 3.5 kg).",
    "Order NW-4471902 ships at 10:30 am, 07h35 or 3rd May",
    "Call ٣٤ or ½ an hour; é9 and a-1b",
    "don’t pay 20% of £35",
    "",
]


def _joint_reading(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What tokens() read before: one joint pattern, its tokens sorted into words and numbers."""
    found = _TOKEN_RE.findall(normalise_quotes(text))
    return tuple(t for t in found if t[0].isalpha()), tuple(t for t in found if not t[0].isalpha())


def test_tokens_reads_words_and_numbers_as_the_joint_pattern_did() -> None:
    """Two scans find the words and numbers the joint pattern found, in order, on edge cases and random text."""
    rng = random.Random(7)
    texts = EDGE_TEXTS + ["".join(rng.choice("ab1 2.,-'’é٣Z") for _ in range(40)) for _ in range(3000)]
    for text in texts:
        tokens.cache_clear()
        assert tokens(text) == _joint_reading(text), text


@pytest.mark.parametrize("text", [
    "Our line is open 24/7.", "Call us day or night", "We answer around the clock", "any time of the day",
    "Open 24 hours a day", "Open daily from 9 to 5", "round the cloc\u212a",  # the Kelvin sign folds to "k"
    "Open on Sundays", "We answer within a day",
])
def test_round_the_clock_shortcut_agrees_with_the_pattern(text: str) -> None:
    """The word-set shortcut says what the round-the-clock pattern says, non-ASCII text included."""
    assert says_round_the_clock(text) == (ROUND_THE_CLOCK_RE.search(text) is not None)


@pytest.mark.parametrize("text, denies", [
    ("There are no fees for exchanges", True), ("The hotel has NO parking", True), ("It is not included", True),
    ("Parking isn't free", True), ("There are now two fees", False), ("at no charge", False),
    ("Returns are free within 30 days", False), ("The account has no5 limit", False),
])
def test_denial_shortcut_reads_has_no_only_with_the_word_no(text: str, denies: bool) -> None:
    """A claim without the whole word "no" skips the "has no" pattern, and the verdict is the pattern's."""
    assert states_denial(text) is denies
    if "no" not in re.findall(r"[a-z0-9]+", text.lower()):
        assert _NO_DENIAL_RE.search(text) is None


@pytest.mark.parametrize("text", [
    "Refunds arrive within 5 business days", "Book by 31 March (28 days ahead)", "From May 18 you may book",
    "It costs $5 per order", "Valid for 2 years and 6 MONTHS", "Valid for 2 dayſ",  # the long s folds to "s"
    "Order NW-4471902 ships today",
])
def test_fact_words_shortcut_agrees_with_the_case_blind_pattern(text: str) -> None:
    """The lower-cased case-sensitive reading (and the word-set skip) gives the stems the case-blind one gives."""
    expected = frozenset(stem(w) for m in _FACT_WORD_RE.finditer(text) for w in m.groups() if w)
    assert _fact_words(text) == expected


def test_figure_clauses_still_read_spelled_numbers() -> None:
    """A clause without a digit is read for figures when it spells one, and skipped otherwise."""
    _clauses.cache_clear()
    read = _clauses("You pay twenty dollars, and the refund takes 5 days")
    assert {figure for figures, _ in read for figure in figures} == {("20", "dollar"), ("5", "day")}
    assert _clauses("You pay a fee, and the refund takes 5 days") == (
        (frozenset({("5", "day")}), frozenset({stem("refund"), stem("takes"), "day"})),)


#: The clause split before its look-ahead was added: the fast pattern must split every text where this one does.
_PLAIN_CLAUSE_SPLIT_RE = re.compile(r"\s*[;,:]\s+|\s+(?:and|but|or|while|whereas|otherwise|then|so)\s+",
                                    re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Pay £5 , and then 3 days: or  so", "fees;\tno: yes ,  AND  Or\u00a0while x", "a,b; c :d and\nbut\u2003then e",
    "andand or oR whereasotherwise so", " ; , : ", "", "£25 late fee, £15 per day otherwise 2 hours",
])
def test_clause_split_look_ahead_splits_as_the_plain_pattern(text: str) -> None:
    """The look-ahead only says where a split may start, so the clauses are the plain pattern's."""
    assert _CLAUSE_SPLIT_RE.split(text) == _PLAIN_CLAUSE_SPLIT_RE.split(text)


def test_clause_split_look_ahead_agrees_on_random_text() -> None:
    """The same on random text rich in separators, joining words and Unicode spaces."""
    rng = random.Random(11)
    pieces = [" ", "  ", "\t", "\u00a0", ";", ",", ":", "and", "AND", "but", "or", "so", "then", "while", "x", "5"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert _CLAUSE_SPLIT_RE.split(text) == _PLAIN_CLAUSE_SPLIT_RE.split(text), repr(text)


FEES = Evidence([EvidenceSource("document fees", "A late fee of £12 is charged after 10 days. "
                                                 "Personal training sessions cost £30 each.")], r"\[x\]")


@pytest.mark.parametrize("claim, expected", [
    # a figure the evidence holds, in a clause whose words belong to another figure's sentence
    ("A £30 late fee is charged after 10 days.",
     ("document fees", "A late fee of £12 is charged after 10 days.", "30 £")),
    ("A £12 late fee is charged after 10 days.", None),  # the figure in its own rule
    ("The training costs £99, and the fee is due in 7 days.", None),  # no figure the evidence holds
    ("It is £30.", None),  # held, but too few words to say what it is said of: the clause is skipped
    ("You pay £12, and a late fee costs £30 after 10 days.",
     ("document fees", "A late fee of £12 is charged after 10 days.", "30 £")),  # the second clause decides
])
def test_misplaced_figure_reads_words_only_for_held_figures(claim: str, expected: tuple[str, str, str] | None) -> None:
    """A clause's words decide only when one of its figures is held; a short clause is skipped either way."""
    assert misplaced_figure(claim, FEES) == expected


DATE_TEXTS = [
    "Due on 3 March, or March 3rd, 2027", "the 31st of march", "2027-03-03T10:00", "on MAY 20, 2026", "may 5",
    "5 Mayo", "Mondays 9am-5pm", "due 12 Marc\u0127", "12 \u017fept 3",  # "ſ" folds to "s" when case is ignored
    "3 March", "no date 12 here", "",
]


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["3 ", "31st of ", "March", "may", "MAY", "Sept", "2027-03-03", "-", " ", "\u017f", "Mon", "day",
              "days", "9am", "14:00", "Saturdays", "weekend", "daily", "every day", "at", "on", ",", "7 days a week"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(count)]


def test_dates_shortcut_reads_what_the_pattern_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text without a month's word or an ISO hyphen skips the date pattern, and reads the dates the pattern reads:
    with the word-set shortcut forced open, every text gives the same dates (non-ASCII texts are always searched)."""
    from llmops_kit import evidence_derived

    texts = [*DATE_TEXTS, *_random_texts(3000, 11)]
    shortcut = [evidence_derived._dates_named.__wrapped__(text) for text in texts]
    monkeypatch.setattr(evidence_derived, "words_in", lambda text: frozenset(("march",)))
    assert [evidence_derived._dates_named.__wrapped__(text) for text in texts] == shortcut
    assert shortcut[0] == ((3, 3, None), (3, 3, 2027)) and shortcut[DATE_TEXTS.index("no date 12 here")] == ()
    assert shortcut[-4] == ((9, 3, None),)  # "... 3 Sept": a month's short form is its name


def test_weekday_shortcut_reads_what_the_pattern_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim without a digit or a day's word skips the weekday pattern, and its day-time pairs are the pattern's."""
    from llmops_kit import schedule_days

    texts = [*DATE_TEXTS, "Open Mon-Fri 9am-5pm", "14:00 on SATURDAYS", "every day at 9am", "7 days a week, 8am-8pm",
             "Weekends 10:00-16:00", "Sat 9am", "Open daily 9am-5pm", "Tues 10:00", "Thurs and Fri at 14:00"]
    # (a day's word folded from "ſ", "weekendſ", is left out: the day reading itself fails on it, shortcut or not)
    texts += [text for text in _random_texts(3000, 12) if "\u017f" not in text]
    shortcut = [schedule_days.claimed_day_times(text) for text in texts]
    monkeypatch.setattr(schedule_days, "words_in", lambda text: frozenset(("monday",)))
    assert [schedule_days.claimed_day_times(text) for text in texts] == shortcut
    weekdays_nine_to_five = {(day, time) for day in range(5) for time in ("09:00", "17:00")}
    assert schedule_days.claimed_day_times("Open Mon-Fri 9am-5pm") == weekdays_nine_to_five


def test_misplaced_figure_reads_a_clause_s_words_only_against_a_rival_value_or_a_free_saying(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The trigger: a clause's words are read only when some evidence clause states another value of its figure's
    unit, or a price meets evidence saying something is free; the controls, a moved figure and a price for what
    is free, are still read and still found."""
    from llmops_kit import grounding_context
    read: list[str] = []
    real = grounding_context.clause_words
    monkeypatch.setattr(grounding_context, "clause_words", lambda clause: read.append(clause) or real(clause))
    alone = Evidence([EvidenceSource("document fees", "A late fee of £12 is charged after 10 days.")], r"\[x\]")
    assert misplaced_figure("Personal training sessions cost £12 each week.", alone) is None
    assert read == []  # £12 is the only price and 10 days the only duration: no rival, nothing free
    assert misplaced_figure("A £30 late fee is charged after 10 days.", FEES) is not None and read
    free = Evidence([EvidenceSource("document fees", "A late fee of £12 is charged after 10 days. "
                                                     "Booster seats are free of charge.")], r"\[x\]")
    read.clear()
    found = misplaced_figure("Booster seats cost £12 per trip.", free)
    assert read and found is not None and found[1] == "Booster seats are free of charge."


def test_day_name_shortcut_holds_wherever_the_day_pattern_matches() -> None:
    """``may_name_day`` says yes on every text the day pattern matches ("every day" and "7 days a week" among random
    pieces, non-ASCII folds too), and no on a text whose only day word is "day" or "days" of a count or a date."""
    from llmops_kit.schedule_days import _DAY_RE, may_name_day

    texts = [*DATE_TEXTS, "Every Day at 9", "seven days a week", "SAT.", "Thu", "weekends", "DAILY", "sundays",
             *_random_texts(3000, 13)]
    for text in texts:
        if _DAY_RE.search(text):
            assert may_name_day(text), text
    assert not may_name_day("Refunds arrive within 30 days") and not may_name_day("We ship the same day")
    assert not may_name_day("Delivery takes 3 to 5 working days, the day after you pay")


def test_ruled_out_day_reads_no_clause_of_a_claim_that_names_no_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim whose only day word is "days" of a count is not split into clauses nor searched for days; a claim
    naming a day the evidence rules out is still contradicted; and the shortcut forced open changes no reading."""
    from llmops_kit import day_sets

    closed = Evidence([EvidenceSource("document hours", "The workshop is open Friday to Monday; it is closed on "
                                                        "Tuesday and Wednesday. Repairs take 30 days.")], r"\[x\]")
    texts = ["The workshop is open on Tuesday for repairs", "Repairs at the workshop take 30 days",
             *(f"The workshop is open {text} for repairs" for text in _random_texts(400, 14))]
    shortcut = [day_sets.ruled_out_day(text, closed) for text in texts]
    assert shortcut[0] is not None and shortcut[0][2] == "Tuesday"
    monkeypatch.setattr(day_sets, "may_name_day", lambda text: True)
    assert [day_sets.ruled_out_day(text, closed) for text in texts] == shortcut

    def unread(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a claim naming no day was read for days")

    monkeypatch.undo()
    monkeypatch.setattr(day_sets, "day_groups", unread)
    assert day_sets.ruled_out_day("Repairs at the workshop take 30 days", closed) is None
    with pytest.raises(AssertionError):
        day_sets.ruled_out_day("The workshop is open on Tuesday for repairs", closed)


def test_limit_pattern_runs_only_when_the_customer_gives_a_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim worded as a verdict ("is within the window") is searched for one only when the customer's message
    gives a length of time (read once per request); when it does, the limit is still applied."""
    from llmops_kit import rule_applications

    rule = EvidenceSource("document returns", "Items can be returned within 14 days of delivery for a full refund.")
    timed = Evidence([rule, EvidenceSource("user message", "It arrived 10 days ago, can I return it?", user=True)],
                     r"\[x\]")
    untimed = Evidence([rule, EvidenceSource("user message", "Can I return the kettle?", user=True)], r"\[x\]")
    claim = "Yes, that is well within the 14-day window, so you can return it for a full refund"
    applied = rule_applications.applied_limit(claim, timed)
    assert applied is not None and applied.outcome == "holds"
    searched: list[str] = []

    class Counting:
        def search(self, text: str) -> object:
            searched.append(text)
            return rule_applications.re.search(r"\bwithin\b", text)

    monkeypatch.setattr(rule_applications, "_VERDICT_RE", Counting())
    assert rule_applications.applied_limit(claim, untimed) is None and searched == []


def test_range_shortcut_reads_what_the_range_pattern_reads() -> None:
    """A claim naming no month or weekday skips both range patterns, whatever its joiner ("May-June", "mayto
    june"): on every text the range pattern matches the shortcut says yes, non-ASCII folds included."""
    from llmops_kit.range_outside import _RANGE_RE, _may_name_unit

    rng = random.Random(15)
    pieces = ["May", "june", "JULY", "Mon", "monday", "Sundays", "to", "-", "–", " ", "until", "\u017fept", "day",
              "s", "not", "outside", "3"]
    texts = ["May-June", "mayto june", "Monday to Saturday", "Sadly August is outside October to December",
             *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))) for _ in range(3000))]
    for text in texts:
        if _RANGE_RE.search(text):
            assert _may_name_unit(text), text
    assert not _may_name_unit("Returns are accepted within 30 days, not later")


def test_part_of_day_shortcut_reads_what_the_period_pattern_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text naming no part of the day skips the hint pattern, and the part-of-day words are the pattern's on
    every text (non-ASCII texts are always read); "7 in the evening" still gives "evening"."""
    from llmops_kit.text import clock_periods

    rng = random.Random(16)
    pieces = ["7", "10:30", " ", "in the ", "IN THE ", "morning", "Evening", "arvo", "afternoon", "/", "pm", "o'clock ",
              "\u017f", "at", "-"]
    texts = ["We open at 7 in the evening", "8 o'clock in the MORNING", "open 7pm", "",
             *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000))]
    shortcut = [clock_periods.period_words(text) for text in texts]
    assert shortcut[:4] == [frozenset({"evening"}), frozenset({"morning"}), frozenset(), frozenset()]
    monkeypatch.setattr(clock_periods, "_PARTS", {**clock_periods._PARTS, "": "a"})  # "" is in every text
    assert [clock_periods.period_words(text) for text in texts] == shortcut
    searched: list[str] = []
    monkeypatch.undo()
    hint = type("Hint", (), {"search": lambda self, text: searched.append(text)})
    monkeypatch.setattr(clock_periods, "_HINT_RE", hint())
    assert clock_periods.period_words("Returns are accepted within 30 days") == frozenset() and searched == []


def test_opening_verb_shortcut_reads_what_the_verb_pattern_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim with no "open" / "close" / "shut" word skips the verb pattern, and the range-end verbs are the
    pattern's on every text (non-ASCII texts are always read); "opens at 9 a.m. and closes at 7 p.m." gives both."""
    from llmops_kit import opening_words

    hours = ("The shop is open 9 a.m.-7 p.m. daily.",)
    rng = random.Random(17)
    pieces = ["opens", "Closing", "SHUT", "open", " ", "at ", "from ", "by ", "9 a.m.", "7pm", "\u017f", "s", "-"]
    texts = ["The shop opens at 9 a.m. and closes at 7 p.m.", "We close at 7pm", "We shut at 7 p.m. sharp", "Open 24/7",
             *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000))]
    shortcut = [opening_words.range_end_verbs(text, hours) for text in texts]
    assert shortcut[0] == frozenset({"open", "close"})
    monkeypatch.setattr(opening_words, "may_hold_word", lambda text, keys: True)
    assert [opening_words.range_end_verbs(text, hours) for text in texts] == shortcut
    monkeypatch.undo()
    monkeypatch.setattr(opening_words, "_VERB_RE", None)  # any search would fail
    assert opening_words.range_end_verbs("Returns are accepted within 30 days", hours) == frozenset()


def test_hedge_shortcut_cuts_what_the_hedge_pattern_cuts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim without "I" / "we" and a word of "can't" skips the hedge pattern, and the cut is the pattern's on
    every text (non-ASCII texts are always read); a closing "though I can't promise ..." is still cut."""
    from llmops_kit.text import decline_clauses

    rng = random.Random(18)
    pieces = ["It arrives Friday", ", ", "; ", " - ", "though ", "I ", "we ", "WE ", "can't ", "cannot ", "could not ",
              "couldn't ", "am unable to ", "'m not able to ", "promise", "say", "tell you", " when", "\u017f"]
    texts = ["It arrives Friday, though I can't promise the exact time", "We can't refund it, sorry",
             *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(3000))]
    shortcut = [decline_clauses.cut_decline_clause(text) for text in texts]
    assert shortcut[0] == "It arrives Friday"
    monkeypatch.setattr(decline_clauses, "may_hold_word", lambda text, keys: True)
    monkeypatch.setattr(decline_clauses, "words_in", lambda text: frozenset(("can",)))
    assert [decline_clauses.cut_decline_clause(text) for text in texts] == shortcut
    monkeypatch.undo()
    monkeypatch.setattr(decline_clauses, "_HEDGE_CLAUSE", None)  # any search would fail
    assert decline_clauses.cut_decline_clause("You can return it within 30 days") == "You can return it within 30 days"
