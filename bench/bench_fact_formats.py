"""Benchmark: hard facts written in one locale's house style in the article and another's in the answer.

Every held-out author so far wrote prices, times and dates in a house style of their own ("1 950 kr", "kl. 09.00",
"16. mars", "14 h 30", "R$ 1.950,00"), and an assistant answering in English may keep the article's style or use
its own. A figure is the same fact in every style, so a supported answer must stay supported whichever style each
side uses, and a changed figure must stay caught. This stress set is shaped by no trace author: every figure is
written by Babel from the Unicode CLDR locale data, in the formats each locale uses:

- money: the article's locale's own currency, written by the article's locale and by the answer's (``SEK`` is
  "1 950,00 kr" in Swedish and "SEK 1,950.00" in American English), with its decimals and, for a whole amount,
  without them; 1,950 and 12.50 (12.50 left out for a currency with no minor unit);
- times of day: each locale's short time (09:00 and 14:30: "2:30 PM", "14.30", "14 h 30");
- dates: each locale's short, medium and long date (2027-03-16 and 2027-11-04: "16.03.2027", "16 mars 2027",
  "Nov 4, 2027", "2027. 11. 04.");
- worked sums: the article's price in its style, and the answer's total for two worked in its own
  ("2 × 1 950 kr = 3 900 kr" against "SEK 1,950.00"), the changed total three times the price.

Each pair puts the figure into one sentence of an article and a one-sentence answer that restates it (three
frames per kind, in three domains, picked by a seeded generator), and the answer is judged as a trace by
``detect_hallucination``: the right figure must not be flagged, and the same answer with a changed figure must be
(money 1,950 -> 1,590 and 12.50 -> 21.50; times an hour later; dates a day later, and 2027-11-04 also as 2027-04-11,
its day and month swapped). Pairs whose answer writes the figure as the article does are counted apart ("alike"):
for money, times and dates they are the control that the frames themselves are supported; for sums, they measure
a total worked in the article's own style.

The locales are split once, by a seeded shuffle made before any reader was changed for this benchmark: the
``tune`` half may be studied (``--misses``), the ``held`` half is reported in aggregate only, as the measure of
whether a change to the readers carries to formats nobody looked at. Pairs are formed within a half.

Run: ``PYTHONPATH=. .venv/bin/python bench/bench_fact_formats.py [--misses money|time|date] [--limit N]``. Prints
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_currency, get_currency_precision, get_territory_currencies

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_hallucination

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_eval import halueval_trace  # one trace shape for every single-document answer

#: Latin-script locales of many house styles. Split once into halves by :data:`SPLIT_SEED`.
LOCALES = (
    "en_US", "en_GB", "en_IN", "en_ZA", "en_AU", "en_CA", "en_IE", "fr_FR", "fr_CA", "fr_CH", "fr_BE", "de_DE",
    "de_CH", "de_AT", "nl_NL", "nl_BE", "sv_SE", "nb_NO", "da_DK", "fi_FI", "is_IS", "pl_PL", "cs_CZ", "sk_SK",
    "hu_HU", "it_IT", "es_ES", "es_MX", "es_CL", "es_AR", "pt_PT", "pt_BR", "tr_TR", "ro_RO", "hr_HR", "sl_SI",
    "et_EE", "lt_LT", "lv_LV", "id_ID", "ms_MY", "vi_VN", "sw_KE", "ja_JP",
)
SPLIT_SEED = 2026
KINDS = ("money", "time", "date", "sum")

#: (article sentence, answer sentence, question) per kind; "{}" is the figure.
FRAMES = {
    "money": (
        ("The half-day husky tour costs {} per person, warm clothing included.",
         "The half-day husky tour costs {} per person.", "How much is the half-day husky tour?"),
        ("A replacement library card is {} at any branch desk.", "A replacement library card is {}.",
         "What does a new library card cost?"),
        ("Annual membership of the rowing club is {}, paid in January.", "Annual membership of the rowing club is {}.",
         "How much is a year's membership?"),
        # a bare number of the changed amount's value beside the amount (a year, a distance): the changed figure
        # must be caught as money, not passed for the bare number (the ``format51`` round)
        ("The guild, founded in 1590, leads its 21.50 km heritage walk for {} per person.",
         "The heritage walk costs {} per person.", "How much is the heritage walk?"),
    ),
    "time": (
        ("The ferry to the island leaves the harbour at {} on weekdays.",
         "The ferry leaves the harbour at {} on weekdays.", "When does the weekday ferry leave?"),
        ("Evening surgery opens at {} and patients are seen in order of arrival.", "Evening surgery opens at {}.",
         "When does evening surgery open?"),
        ("Check-in for the guided walk closes at {} sharp.", "Check-in for the guided walk closes at {}.",
         "Until when can I check in for the walk?"),
    ),
    "sum": (
        ("The half-day husky tour costs {} per person, warm clothing included.", "For two people: {}.",
         "How much is the half-day husky tour for two people?"),
        ("A day pass for the coworking space is {} per desk.", "For two desks: {}.", "What would two day passes cost?"),
        ("Each hive inspection visit is charged at {}.", "For two visits: {}.", "How much for two inspection visits?"),
    ),
    "date": (
        ("The new term starts on {} for all returning students.", "The new term starts on {}.",
         "When does the new term start?"),
        ("Your renewal notice says the policy ends on {}.", "The policy ends on {}.", "When does my policy end?"),
        ("The harbour festival takes place on {} this year.", "The harbour festival takes place on {}.",
         "When is the harbour festival?"),
    ),
}


@dataclass(frozen=True)
class Pair:
    """One figure in the article's style and the answer's, right and changed."""

    kind: str
    article_locale: str
    answer_locale: str
    article: str  # the figure as the article writes it
    right: str  # the same figure as the answer writes it
    changed: str  # a changed figure, written as ``right`` is


def halves(seed: int = SPLIT_SEED) -> dict[str, tuple[str, ...]]:
    """The locales split in two by a seeded shuffle: ``tune`` (studied) and ``held`` (aggregate only)."""
    order = list(LOCALES)
    random.Random(seed).shuffle(order)
    middle = len(order) // 2
    return {"tune": tuple(sorted(order[:middle])), "held": tuple(sorted(order[middle:]))}


def _money_forms(value: float, currency: str, locale: str) -> list[str]:
    """The amount as ``locale`` writes it in ``currency``: with the currency's decimals, and whole when it is."""
    forms = [format_currency(value, currency, locale=locale)]
    if float(value).is_integer() and get_currency_precision(currency):
        pattern = Locale.parse(locale).currency_formats["standard"].pattern.split(";")[0].replace(".00", "")
        forms.append(format_currency(value, currency, format=pattern, locale=locale, currency_digits=False))
    return forms


def _money_pairs(article: str, answer: str) -> Iterator[Pair]:
    currency = get_territory_currencies(Locale.parse(article).territory)[0]
    for value, changed in ((1950, 1590), (12.5, 21.5)):
        if not float(value).is_integer() and not get_currency_precision(currency):
            continue
        for shown in _money_forms(value, currency, article):
            rights, changes = _money_forms(value, currency, answer), _money_forms(changed, currency, answer)
            for right, wrong in zip(rights, changes, strict=True):
                yield Pair("money", article, answer, shown, right, wrong)


def _time_pairs(article: str, answer: str) -> Iterator[Pair]:
    for hour, minute in ((9, 0), (14, 30)):
        shown = format_time(time(hour, minute), "short", locale=article)
        right = format_time(time(hour, minute), "short", locale=answer)
        yield Pair("time", article, answer, shown, right, format_time(time(hour + 1, minute), "short", locale=answer))


def _date_pairs(article: str, answer: str) -> Iterator[Pair]:
    for when, changes in ((date(2027, 3, 16), (date(2027, 3, 17),)),
                          (date(2027, 11, 4), (date(2027, 11, 5), date(2027, 4, 11)))):
        for article_form in ("short", "medium", "long"):
            for answer_form in ("short", "medium", "long"):
                shown = format_date(when, article_form, locale=article)
                right = format_date(when, answer_form, locale=answer)
                for changed in changes:
                    yield Pair("date", article, answer, shown, right, format_date(changed, answer_form, locale=answer))


def _sum_pairs(article: str, answer: str) -> Iterator[Pair]:
    """A price in the article's style and a worked total for two in the answer's: "2 × 1 950 kr = 3 900 kr"; the
    changed total is three times the price, the slip of a count off by one."""
    currency = get_territory_currencies(Locale.parse(article).territory)[0]
    for value in (1950, 12.5):
        if not float(value).is_integer() and not get_currency_precision(currency):
            continue
        written = {n: _money_forms(n * value, currency, answer) for n in (1, 2, 3)}
        for form, shown in enumerate(_money_forms(value, currency, article)):
            once, twice, thrice = (written[n][min(form, len(written[n]) - 1)] for n in (1, 2, 3))
            yield Pair("sum", article, answer, shown, f"2 × {once} = {twice}", f"2 × {once} = {thrice}")


_MAKERS = {"money": _money_pairs, "time": _time_pairs, "date": _date_pairs, "sum": _sum_pairs}


def pairs(kind: str, locales: tuple[str, ...]) -> list[Pair]:
    """Every (article locale, answer locale) pair of ``kind`` within ``locales``, each distinct triple of texts
    once (many locales write a figure alike)."""
    seen: set[tuple[str, str, str]] = set()
    found = []
    for article in locales:
        for answer in locales:
            for pair in _MAKERS[kind](article, answer):
                key = (pair.article, pair.right, pair.changed)
                if key not in seen and pair.right != pair.changed:
                    seen.add(key)
                    found.append(pair)
    return found


def written_alike(pair: Pair) -> bool:
    """Does the answer write the figure as the article does (a sum: its price operand)?"""
    return pair.right.startswith(f"2 × {pair.article} = ") if pair.kind == "sum" else pair.right == pair.article


def flagged(article: str, answer: str, question: str, contract: object, n: int) -> bool:
    """Does the detector call ``answer`` a hallucination of the one-sentence ``article``?"""
    trace = halueval_trace({"question": question, "knowledge": article}, answer, n)
    return bool(detect_hallucination(trace, contract))  # type: ignore[arg-type]


def judge(pair: Pair, rng: random.Random, contract: object, n: int) -> tuple[bool, bool, tuple[str, str, str]]:
    """(right supported, changed caught, the frame used) for one pair in a frame picked by ``rng``."""
    frame = rng.choice(FRAMES[pair.kind])
    article = frame[0].format(pair.article)
    right_ok = not flagged(article, frame[1].format(pair.right), frame[2], contract, n)
    changed_ok = flagged(article, frame[1].format(pair.changed), frame[2], contract, n + 1)
    return right_ok, changed_ok, frame


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=KINDS, help="list the tune half's wrong pairs of one kind")
    parser.add_argument("--limit", type=int, default=60, help="at most this many misses listed")
    args = parser.parse_args(argv)
    contract = load_contract()
    split = halves()
    print(f"Locales: {len(LOCALES)}, split by seed {SPLIT_SEED}; tune: {' '.join(split['tune'])}")
    print(f"{'kind':<6} {'half':<5} {'pairs':>6} {'right kept':>11} {'changed caught':>15} {'alike, kept':>12}")
    misses: list[str] = []
    for kind in KINDS:
        for half, locales in split.items():
            rng = random.Random(f"{SPLIT_SEED}-{kind}-{half}")
            found = pairs(kind, locales)
            kept = caught = alike = alike_kept = 0
            for n, pair in enumerate(found):
                right_ok, changed_ok, frame = judge(pair, rng, contract, 2 * n)
                kept += right_ok
                caught += changed_ok
                if written_alike(pair):
                    alike += 1
                    alike_kept += right_ok
                if half == "tune" and kind == args.misses and not (right_ok and changed_ok):
                    side = "right flagged" if not right_ok else "changed passed"
                    misses.append(f"  {side:<15} {pair.article_locale}->{pair.answer_locale}  article "
                                  f"{pair.article!r}  answer {(pair.right if not right_ok else pair.changed)!r}"
                                  f"  ({frame[1][:30]}...)")
            total = len(found)
            print(f"{kind:<6} {half:<5} {total:>6} {kept / total:>11.3f} {caught / total:>15.3f} "
                  f"{(alike_kept / alike if alike else float('nan')):>12.3f}")
    if args.misses:
        print(f"\nMisses, {args.misses}, tune half ({len(misses)}, at most {args.limit}):")
        print("\n".join(misses[: args.limit]))


if __name__ == "__main__":
    main()
