"""A comparison the claim's own two amounts contradict: "3 × EUR 4.90 = EUR 14.70 a month, which is cheaper than
Business at EUR 11.90", "saves you MX$1,440, which is less than the MX$1,350 fee", "2 × R220 = R440 against R350
for Arrive & Drive, so the single sessions work out R90 cheaper".

Every figure of such a claim is held (the unit prices, the product, the other option's price), so no
groundedness or derived-figure step objects; only the comparative word is wrong, and that is arithmetic on the
claim alone, no evidence needed. Two closed shapes, both amounts of one currency written in the one claim:

- "A[, a month][,] which is [D] cheaper / less / lower / under / below than ... B" (and "more / dearer / higher /
  over / above"): A is the amount right before the comparative (only a period or "per ..." word, a comma,
  "which / that is", "works out", "comes in" and an adverb between), B the first amount after it (a few words
  naming the other option between, no other amount). Contradicted when A is not below B ("less") or not above it
  ("more"); with a difference D written ("which is MX$90 more than the MX$1,350 fee") when A and B do not differ
  by D;
- "A against / versus / compared with B ..., so ... D cheaper / less / more" (or ": D less", "so you save D"):
  A the amount right before "against", B the last amount before the clause that states D. Contradicted when
  |A - B| is not D, or when the words before D name A's option ("the single sessions", written before A) and A
  is not the cheaper one for "cheaper / less / save" (the dearer one for "more"), or name B's option (written
  after B, "for Arrive & Drive") the other way round. A D whose subject names neither option ("so choosing your
  own dishes would cost you ฿1,200 more") is read for its size only.

Left alone: two amounts of different currencies; one side priced "each" / "per person" and the other not; two
different periods ("EUR 14.70 a month ... EUR 120 a year"); a hedged difference ("about £5 less"). Read in
:meth:`~llmops_kit.evidence.Evidence.missing_facts` beside :mod:`~llmops_kit.worked_savings`; the figure the
comparison gets wrong is returned as an unheld number. Switched off by :data:`READ_WRITTEN_COMPARISONS` in the
claim-decision fit.

The implied arm, :func:`contradicted_implied_comparisons`: one side is not written as an amount but as a count of
items the texts price: "R$ 1.490,00 is less than 15 separate 90-minute passes" ("90 min: R$ 79,90"), "at $220.000
CLP it comes out cheaper than four shared places" ("Our shared astronomy tour ... Adults pay $45.000 CLP"),
"5 × $75.00 = $375.00 works out less than the ACC co-payments for the same visits" ("a co-payment per visit: $35.00
...; $40.00 ..."). "A [a few words] cheaper / less (more / dearer) than <N> <item>", or "than the <item> for the
same <noun>" with N the claim's own "N ×", is contradicted when N × every held price of the item says otherwise;
the item's prices are those of the sentences holding its figure ("90-minute") or, with no figure, those of the
passages (a text, or a prompt's article between blank lines) naming one of its own words (not a generic counting
noun: passes, places, visits, ...), in A's currency. No count, no held price, A priced per unit ("each", "a
head") or one held price that keeps the comparison: left alone. Switched off by :data:`READ_IMPLIED_COMPARISONS`.
"""

from __future__ import annotations

import re

from .text import numbers_in, sentences_of
from .text.case_key import case_key
from .text.numbers import count_words
from .textcache import text_cache

__all__ = ["AMOUNT_RE", "READ_IMPLIED_COMPARISONS", "READ_WRITTEN_COMPARISONS", "amount_mark", "amount_value",
           "contradicted_comparisons", "contradicted_implied_comparisons"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle a
#: figure before the decision.
READ_WRITTEN_COMPARISONS = True
#: The implied arm (:func:`contradicted_implied_comparisons`), switched off in the claim-decision fit likewise.
READ_IMPLIED_COMPARISONS = True

#: The words one of which a claim must hold before any pattern is tried.
_CUES = ("than", "under", "below", "over", "above", "against", "versus", " vs")

_SIGNS = r"R\$|MX\$|[A-Z]{1,2}\$|[$€£₹¥₩฿]"
_CODES = (r"(?i:EUR|USD|GBP|AUD|NZD|CAD|CHF|INR|ZAR|MXN|BRL|AED|ISK|CLP|SGD|HKD|THB|KES|KSh|RM|Rp|PLN|CZK|SEK|NOK|DKK|"
          r"HUF|ARS|JPY|KRW|MYR|PHP|IDR|VND|TWD|ILS|EGP|NGN)|R")
_NUMBER = (r"\d{1,3}(?:(?:,\d{2,3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d{1,2})?(?!\d)"
           r"|\d+(?:[.,]\d{1,2})?(?!\d)")
_AFTER = r"€|zł|kr|CLP|EUR|ARS|ISK|CHF|PLN|CZK|SEK|NOK|DKK|HUF"
AMOUNT_RE = re.compile(rf"(?:(?P<sign>{_SIGNS})\s?|\b(?P<code>{_CODES})\s?)(?P<a>{_NUMBER})"
                        rf"|(?<![\w.,])(?P<b>{_NUMBER})\s?(?P<after>{_AFTER})\b")
_ALIASES = {"€": "eur", "£": "gbp", "₹": "inr", "฿": "thb", "¥": "jpy", "₩": "krw", "r": "zar", "mx$": "mxn",
            "r$": "brl", "zł": "pln", "ksh": "kes", "rm": "myr"}

_LESS = ("cheaper", "less", "lower", "under", "below", "less expensive")
_MORE = ("more", "dearer", "higher", "over", "above", "more expensive", "pricier")
#: What may stand between A and its comparative: a period or rate, a comma, "which is", a verb, an adverb, and a
#: difference D; then the comparative and "than" where the word needs one.
_COMPARED_RE = re.compile(
    r"^(?P<rate>\s+(?:a|an|per|each|every)\s+[a-z-]+|\s+(?:each|apiece|monthly|yearly|weekly|nightly|in all|all up)"
    r"|\s+before [A-Z]{2,4})?\s*,?\s*(?:(?:which|that|this|it)\s+)?(?:(?:is|are|'s|would be|works? out(?: at)?|"
    r"comes? (?:in|to)|costs?)\s+)?(?:(?:still|well|far|much|just|even|slightly|way|a lot)\s+)?"
    r"(?:(?P<d>@)\s+)?(?P<word>less expensive|more expensive|cheaper|less|lower|dearer|higher|pricier|more|"
    r"under|below|over|above)(?P<than>\s+than)?\s+(?P<gap>(?:[\w&'-]+\s+){0,5}?)(?P<b>@)",
    re.IGNORECASE)
_AGAINST_RE = re.compile(r"(?:\s+(?:a|an|per|each|every)\s+[a-z-]+|\s+(?:each|monthly|yearly|weekly|nightly))?"
                         r"\s*(?:,\s*)?(?:against|versus|vs\.?|compared (?:with|to))\s+", re.IGNORECASE)
_DIFF_RE = re.compile(
    r"(?:,?\s+so\s+(?P<subject>[^@,;:]*?)|\s*[:,–—-]\s*(?P<bare>))(?:(?:would\s+)?(?:save|saves|saving)\s+(?:you\s+)?)?"
    r"(?P<d>@)(?:\s+(?P<word>cheaper|less|more|dearer|extra))?", re.IGNORECASE)
_HEDGE_RE = re.compile(r"\b(?:about|around|roughly|approximately|nearly|almost|some|over|under)\s*$", re.IGNORECASE)
_PER_UNIT = frozenset(("each", "apiece", "person", "head", "player", "people", "adult", "child", "guest", "driver"))
_STOP = frozenset(("the", "a", "an", "for", "of", "to", "you", "your", "it", "its", "they", "them", "that", "this",
                   "so", "work", "works", "out", "would", "cost", "costs", "be", "is", "are", "each", "come", "comes",
                   "then", "in", "on", "at", "all", "just"))
_TOLERANCE = 0.005


def _value(figure: str) -> float:
    """The value of a figure with its thousands grouped ("1,25,000", "$45.000", "1.198,50", "R1 200")."""
    figure = re.sub(r"[\s\u00a0\u202f]", "", figure)
    last = max(figure.rfind(","), figure.rfind("."))
    if last >= 0 and len(figure) - last - 1 <= 2:
        return float(re.sub(r"[.,]", "", figure[:last]) + "." + figure[last + 1:])
    return float(re.sub(r"[.,]", "", figure))


def amount_value(match: re.Match[str]) -> float:
    """The value of an amount :data:`AMOUNT_RE` found, its figure before or after its mark."""
    return _value(match.group("a") or match.group("b"))


def _masked(claim: str, amounts: list[re.Match[str]]) -> tuple[str, list[int]]:
    """The claim with each amount written as "@", so the patterns see an amount as one token, and where each "@"
    stands."""
    parts, last = [], 0
    for m in amounts:
        parts.append(claim[last:m.start()])
        parts.append("@")
        last = m.end()
    parts.append(claim[last:])
    masked = "".join(parts)
    return masked, [i for i, ch in enumerate(masked) if ch == "@"]


def amount_mark(match: re.Match[str]) -> str:
    """The currency of an amount, one name for its sign, code or local mark ("€", "EUR" and "eur" alike)."""
    mark = (match.group("sign") or match.group("code") or match.group("after") or "").lower()
    return _ALIASES.get(mark, mark)


def _shown(text: str, value: float) -> str:
    """The figure as the number reader spells it (one number in the span), or the value itself."""
    found = numbers_in(text)
    if len(found) == 1:
        figure = next(iter(found))
        try:
            if abs(float(figure) - value) < _TOLERANCE:
                return figure
        except ValueError:
            pass
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _content(words: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z][a-z'-]+", words.lower()) if w not in _STOP and len(w) > 2}


def _rate(text: str) -> str:
    """The period or unit a span right after an amount prices it by ("a month", "each", "per person")."""
    m = re.match(r"\s+(?:(?:a|an|per|every)\s+([a-z-]+)|(each|apiece|monthly|yearly|weekly|nightly|annually))",
                 text, re.IGNORECASE)
    if m is None:
        return ""
    word = (m.group(1) or m.group(2)).lower()
    return {"monthly": "month", "yearly": "year", "annually": "year", "weekly": "week", "nightly": "night",
            "apiece": "each"}.get(word, word)


def _comparable(rate_a: str, rate_b: str) -> bool:
    """Two rates that do not stop a comparison: the same, or one side a period and the other none."""
    if rate_a == rate_b:
        return True
    if rate_a in _PER_UNIT or rate_b in _PER_UNIT:
        return False
    return not (rate_a and rate_b)


def contradicted_comparisons(claim: str) -> tuple[str, ...]:
    """The figures of ``claim`` whose written comparison its own amounts contradict (see the module docstring).
    Cheap: a cue word and two amounts of one currency before any comparison pattern."""
    if not READ_WRITTEN_COMPARISONS or not claim:
        return ()
    return _contradicted(claim)


@text_cache()
def _contradicted(claim: str) -> tuple[str, ...]:
    lowered = claim.lower()
    if not any(cue in lowered for cue in _CUES):
        return ()
    amounts = list(AMOUNT_RE.finditer(claim))
    if len(amounts) < 2:
        return ()
    masked, spots = _masked(claim, amounts)
    values = [amount_value(m) for m in amounts]
    marks = [amount_mark(m) for m in amounts]
    wrong: list[str] = []
    differences: set[int] = set()  # the D of a comparison read already: never an A of its own
    for i, spot in enumerate(spots):
        if i in differences:
            continue
        tail = masked[spot + 1:]
        compared = _COMPARED_RE.match(tail)
        if compared is not None and _linked(compared):
            if compared.group("d"):
                differences.add(_index(spots, spot + 1 + compared.start("d")))
            wrong.extend(_one_sided(i, compared, spot, spots, values, marks, amounts, masked))
            continue
        against = _AGAINST_RE.match(tail)
        if against is not None:
            wrong.extend(_against(i, spot + 1 + against.end(), spots, values, marks, amounts, masked))
    return tuple(dict.fromkeys(wrong))


def _index(spots: list[int], offset: int) -> int:
    """The number of the amount at ``offset`` of the masked claim."""
    return spots.index(offset)


def _linked(compared: re.Match[str]) -> bool:
    """Is the comparative A's own ("A, which is cheaper than", "A is less than")? "£30 more than the £59 cabin"
    right after a figure makes that figure a difference, not one side; "less" and "more" need their "than"."""
    if not compared.group("than") and compared.group("word").lower() not in ("under", "below", "over", "above",
                                                                           "cheaper"):
        return False
    start = compared.end("rate") if compared.group("rate") else 0
    stop = compared.start("d") if compared.group("d") else compared.start("word")
    return bool(compared.string[start:stop].strip())


def _one_sided(i: int, compared: re.Match[str], spot: int, spots: list[int], values: list[float],
               marks: list[str], amounts: list[re.Match[str]], masked: str) -> list[str]:
    base = spot + 1
    b = _index(spots, base + compared.start("b"))
    d = _index(spots, base + compared.start("d")) if compared.group("d") else None
    if marks[b] != marks[i] or (d is not None and marks[d] != marks[i]):
        return []
    rate_a = _rate(compared.group("rate") or "")
    rate_b = _rate(masked[spots[b] + 1:])
    gap_rate = re.search(r"\b(monthly|yearly|annual|weekly|nightly|per-person)\b", compared.group("gap"), re.IGNORECASE)
    if gap_rate is not None and not rate_b:
        gap_word = case_key(gap_rate.group(1))
        rate_b = {"annual": "year", "per-person": "person"}.get(gap_word, gap_word.removesuffix("ly"))
    if not _comparable(rate_a, rate_b):
        return []
    less = compared.group("word").lower() in _LESS
    a_value, b_value = values[i], values[b]
    if d is not None:
        gap = a_value - b_value if not less else b_value - a_value
        if abs(gap - values[d]) > _TOLERANCE:
            return [_shown(amounts[d].group(0), values[d])]
        return []
    if (less and a_value >= b_value - _TOLERANCE) or (not less and a_value <= b_value + _TOLERANCE):
        return [_shown(amounts[b].group(0), b_value)]
    return []


def _against(i: int, after: int, spots: list[int], values: list[float], marks: list[str],
             amounts: list[re.Match[str]], masked: str) -> list[str]:
    """"A against B ..., so ... D cheaper": the last amount of B's side (its "5 × $75.00 = $375.00") is B."""
    later = [k for k, s in enumerate(spots) if s >= after]
    if not later:
        return []
    clause_end = re.search(r"[;.!?](?:\s|$)|,?\s+so\s+|\s*[:–—]\s", masked[after:])
    end = after + clause_end.start() if clause_end is not None else len(masked)
    side = [k for k in later if spots[k] < end]
    if not side or clause_end is None:
        return []
    b = side[-1]
    diff = _DIFF_RE.match(masked, end)
    if diff is None:
        return []
    d = _index(spots, diff.start("d"))
    word = (diff.group("word") or "").lower()
    saving = "sav" in masked[end:diff.start("d")].lower()
    if not word and not saving:
        return []
    if len({marks[i], marks[b], marks[d]}) != 1 or _HEDGE_RE.search(masked[end:diff.start("d")]):
        return []
    if not _comparable(_rate(masked[spots[i] + 1:]), _rate(masked[spots[b] + 1:])):
        return []
    a_value, b_value, d_value = values[i], values[b], values[d]
    shown = _shown(amounts[d].group(0), d_value)
    if abs(abs(a_value - b_value) - d_value) > _TOLERANCE:
        return [shown]
    subject = _content(diff.group("subject") or "")
    if not subject or saving or word == "extra":
        return []
    a_side = _content(masked[:spots[i]].replace("@", " "))
    b_words = masked[spots[b] + 1:end]
    b_side = _content(b_words.replace("@", " "))
    names_a, names_b = bool(subject & a_side), bool(subject & b_side)
    if names_a == names_b:
        return []
    cheaper = word in ("cheaper", "less")
    a_cheaper = a_value < b_value
    if (names_a and cheaper != a_cheaper) or (names_b and cheaper == a_cheaper):
        return [shown]
    return []


# --- the implied arm: the other side is a count times a held per-unit price --------------------------------------

#: The spelled counts up to a hundred; "zero" and "one" are read too, so the pattern takes them (a count under two
#: is then passed over) rather than finding a later comparative in the words after them.
_COUNTS = {"zero": 0, "one": 1, **count_words(100)}
_COUNT_WORD = "|".join(sorted(_COUNTS, key=len, reverse=True))
#: "A [a few words] cheaper / less than <N> <item>" or "... than the <item> for the same <noun>"; A is an amount
#: (masked "@"), nothing but words between it and the comparative.
_IMPLIED_RE = re.compile(
    r"@(?P<between>(?:\s+[A-Za-z'-]+){0,4}?)\s+(?:(?:still|well|far|much|slightly|a lot)\s+)?"
    r"(?P<word>less expensive|more expensive|cheaper|less|lower|dearer|pricier|more|higher)\s+than\s+"
    r"(?:(?P<count>\d{1,3}|" + _COUNT_WORD + r")\s+(?P<item>[A-Za-z0-9'-]+(?:\s+[A-Za-z0-9'-]+){0,3}?)"
    r"|the\s+(?P<named>[A-Za-z0-9'-]+(?:\s+[A-Za-z0-9'-]+){0,3}?)\s+for\s+the\s+same\s+[a-z-]+)"
    r"\s*(?=[,.;:!?)]|\s+(?:and|but|so|which|with|if|for)\b|$)",
    re.IGNORECASE)
#: "5 × $75.00" / "5 x €12": the count the claim multiplies, the "same" visits of "for the same visits".
_TIMES_RE = re.compile(r"(?<![\w.,])(\d{1,3})\s*[×x*]\s*@", re.IGNORECASE)
#: What the words between A and its comparative must not say: A priced per unit, or A a difference or saving.
_A_RATE = frozenset(("each", "per", "a", "an", "apiece", "head", "person", "saves", "save", "extra", "more", "less"))
#: Nouns that count anything: never enough to tie an item to a passage.
_GENERIC = frozenset(("separate", "single", "individual", "place", "pass", "passe", "ticket", "visit", "session",
                      "spot", "seat", "people", "person", "one", "time", "entry", "entrie", "same", "other", "full",
                      "price", "fee", "cost", "rate", "normal", "regular", "standard", "usual"))


def _counted(count: str) -> int:
    """The value of a count written in digits or words ("15", "four")."""
    return int(count) if count.isdigit() else _COUNTS[case_key(count)]


def _item_words(item: str) -> set[str]:
    words = set()
    for word in re.findall(r"[a-z][a-z'-]+", item.lower()):
        for part in word.split("-"):
            part = part.rstrip("s")
            if len(part) > 2 and part not in _STOP and part not in _GENERIC:
                words.add(part)
    return words


def _held_prices(item: str, mark: str, texts: tuple[str, ...]) -> list[float]:
    """The amounts of ``mark``'s currency the texts price ``item`` at: with a figure in the item ("90-minute
    passes") those of the sentences holding that figure beside them; else those of the passages naming one of the
    item's own words ("shared places" of "Our shared astronomy tour ... Adults pay $45.000 CLP")."""
    figures = re.findall(r"\d+", item)
    prices: list[float] = []
    if figures:
        for text in texts:
            for sentence in sentences_of(text):
                if not any(re.search(rf"(?<![\d.,]){f}(?![\d.,]?\d)", sentence) for f in figures):
                    continue
                prices.extend(amount_value(m) for m in AMOUNT_RE.finditer(sentence)
                              if amount_mark(m) == mark and (m.group("a") or m.group("b")) not in figures)
        return prices
    words = _item_words(item)
    if not words:
        return []
    for text in texts:
        for passage in re.split(r"\n\s*\n", text):  # a prompt's articles, one passage each
            held = {w.rstrip("s") for w in re.findall(r"[a-z][a-z'-]+", passage.lower())}
            held |= {p.rstrip("s") for w in held if "-" in w for p in w.split("-")}
            if words & held:
                prices.extend(amount_value(m) for m in AMOUNT_RE.finditer(passage)
                              if amount_mark(m) == mark)
    return prices


def contradicted_implied_comparisons(claim: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    """The amount of ``claim`` said cheaper (dearer) than a count of items when every per-unit price the texts
    hold for the item, times the count, says otherwise: "R$ 1.490,00 is less than 15 separate 90-minute passes"
    against "90 min: R$ 79,90"; "$375.00 works out less than the ACC co-payments for the same visits" of
    "5 × $75.00" against "a co-payment per visit: $35.00 ...; $40.00 ...". The count is written after "than" or,
    for "the same <noun>", is the claim's own multiplier. No count, no held price for the item, or one held price
    that keeps the comparison: left alone."""
    if not READ_IMPLIED_COMPARISONS or not claim or not texts or "than" not in claim:
        return ()
    return _implied(claim, tuple(texts))


@text_cache()
def _implied(claim: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    amounts = list(AMOUNT_RE.finditer(claim))
    if not amounts:
        return ()
    masked, spots = _masked(claim, amounts)
    wrong: list[str] = []
    for match in _IMPLIED_RE.finditer(masked):
        if set(match.group("between").lower().split()) & _A_RATE:
            continue
        a = spots.index(match.start())
        if match.group("count"):
            count, item = _counted(match.group("count")), match.group("item")
        else:
            times = _TIMES_RE.findall(masked[:match.start() + 1])
            if len(set(times)) != 1:
                continue
            count, item = int(times[0]), match.group("named")
        if count < 2:
            continue
        a_value, mark = amount_value(amounts[a]), amount_mark(amounts[a])
        prices = [p for p in _held_prices(item, mark, texts) if abs(p - a_value) > _TOLERANCE and p > 0]
        if not prices:
            continue
        less = match.group("word").lower() in _LESS
        totals = [count * p for p in prices]
        kept = [t for t in totals if (a_value < t - _TOLERANCE if less else a_value > t + _TOLERANCE)]
        if not kept:
            wrong.append(_shown(amounts[a].group(0), a_value))
    return tuple(dict.fromkeys(wrong))
