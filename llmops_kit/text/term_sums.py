"""A total of three or more amounts an answer writes out with words between them, read as steps.

"R620 + R250 for the second storey + 12 x R30 (R360) for the panels = R1,230", "€ 142,00 rent + € 42,50 society
fee + the one-off € 15,00 registration = € 199,50", "R1 850 + (4 × R650 = R2 600) + (6 × R120 = R720) = R5 170":
the arithmetic reader (:func:`llmops_kit.text.arithmetic.written_arithmetic`) reads an expression of figures and
operators only, so a term that names what it pays for, or a product with its result in brackets, breaks it, and
the total, which no evidence holds, is flagged. Here each term between the "+" signs is one figure (with up to
:data:`_MAX_WORDS` words naming it), a product ("12 x 30"), a product with its result in brackets ("12 x 30
(360)", which must be right), or a bracketed step with its result ("(4 × 650 = 2600)"); when the terms add up
to the written total, the sum is given as two-operand steps, so the total is derived only from terms that are
themselves grounded or derived. A wrong total, or a term of two loose figures, gives no step.

A quote also lists its terms with commas, "plus" and "and" and closes them with a colon and the total, with no "+"
or "=" between the terms: "2 x NZ$395 = NZ$790, plus 2 x NZ$69 = NZ$138 for the packages, NZ$245 for the Bridge
Jump and NZ$35 for the spectator seat: NZ$1,208 all up", "2 × 6,00 € for the slots and 2 × 7,00 € for the acrylic:
26,00 €" (:func:`listed_sums`, the ``quote48`` round). Each term is read as above, or as a product with its result
after "=" (which must be right); two terms are enough, as no other reader takes such a list. The steps are given
only when the terms add up to the figure after the colon, so a wrong total is left unexplained as before.
Switched off by :data:`READ_LISTED_TERMS` in the claim-decision fit.

A quote also gives each term on a line (or a clause closed by a semicolon or a full stop) that ends in its amount,
then "Total" and the sum: "- Kit: $52.00 / - Skeins: 3 × $7.00 = $21.00 / ... Total $91.00", "Entry €12 + €8 =
€20; lockers 2 × €1.50 = €3.00; a towel €4.00. Total €27.00" (:func:`lined_totals`, the
``worked49`` round). A figure beside an operator is an operand of its term, not its amount; the terms right before
the total must add up to it, each a result written after "=" or an amount the evidence or the customer holds, so an
invented term makes no total right. Switched off by :data:`READ_LINED_TOTALS` in the claim-decision fit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..textcache import text_cache
from .arithmetic import amount_values, plain_figures
from .numbers import normalise_number

__all__ = ["READ_LINED_TOTALS", "READ_LISTED_TERMS", "lined_totals", "listed_sums", "termed_sums"]

#: Words a term may carry besides its figure ("for the second storey", "the one-off ... registration").
_MAX_WORDS = 5
#: Fewest terms: two-term sums are the arithmetic reader's (``_WRITTEN_RE``).
_MIN_TERMS = 3
_TOLERANCE = 0.005
_FIGURE = r"\d+(?:,\d{3})*(?:[.,]\d{1,2})?"
_FIGURE_RE = re.compile(_FIGURE)
#: A product, with its result in brackets or not: "12 x 30", "12 x 30 (360)".
_PRODUCT_RE = re.compile(rf"({_FIGURE})\s*[x×*]\s*({_FIGURE})(?:\s*\(\s*({_FIGURE})\s*\))?")
#: A bracketed step with its result: "(4 × 650 = 2600)".
_STEP_RE = re.compile(rf"\([^()=]*=\s*({_FIGURE})\s*\)")
#: The written total after a "=" outside brackets.
_RESULT_RE = re.compile(rf"\s*({_FIGURE})")
_WORD_RE = re.compile(r"[A-Za-z][\w'-]*")
#: Where the first term starts: after the end of a sentence, a colon, a semicolon or a dash.
_START_RE = re.compile(r".*(?:[.!?:;]\s|\s[-–—]\s)", re.DOTALL)

#: Switch: a total after a colon that closes terms listed with commas, "plus" and "and" is their sum
#: (:func:`listed_sums`, the ``quote48`` round); off in the claim-decision fit.
READ_LISTED_TERMS = True
#: A colon and a space (a clock's colon has none) and the total right after them; a dollar's country letters may
#: stay glued to the figure as :func:`~llmops_kit.text.arithmetic.plain_figures` leaves them ("NZ1,208").
_COLON_TOTAL_RE = re.compile(rf":\s+(?:[A-Z]{{1,3}})?({_FIGURE})(?![\d.,]\d)")
#: What parts two listed terms: a comma (with "and" or "plus" after it or not), "and", "plus", a "+".
_LIST_CUT_RE = re.compile(r",\s+(?:(?:and|plus)\s+)?|\s+(?:and|plus)\s+|\s*\+\s*")
#: A product with its result after "=": "2 x 395 = 790".
_EQUATED_RE = re.compile(rf"({_FIGURE})\s*[x×*]\s*({_FIGURE})\s*=\s*({_FIGURE})")
#: A dollar's country letters glued before its figure ("NZ395"): no word of the term, no figure either.
_GLUED_LETTERS_RE = re.compile(r"(?<![\w])[A-Z]{1,3}(?=\d)")
#: Fewest listed terms: a list closed by a colon is read by no other reader, so two are enough.
_MIN_LISTED = 2


def _value(raw: str) -> float:
    return float(normalise_number(raw))


def _sentence_tail(left: str) -> str:
    """What of the text before a total belongs to its sentence: the first term starts after :data:`_START_RE`."""
    start = _START_RE.match(left)
    return left[start.end():] if start else left


def _term(text: str) -> tuple[float, list[tuple[str, str, str]]] | None:
    """The value of one term and the steps it writes, or None when the term is no single amount."""
    steps: list[tuple[str, str, str]] = []
    step = _STEP_RE.search(text)
    product = _PRODUCT_RE.search(text) if step is None else None
    if step is not None:
        value, rest = _value(step.group(1)), text[:step.start()] + text[step.end():]
    elif product is not None:
        a, b, given = product.group(1), product.group(2), product.group(3)
        value = _value(a) * _value(b)
        if given is not None and abs(_value(given) - value) > _TOLERANCE:
            return None
        steps.append((normalise_number(a), normalise_number(b), _plain(value)))
        rest = text[:product.start()] + text[product.end():]
    else:
        figures = _FIGURE_RE.findall(text)
        if len(figures) != 1:
            return None
        value, rest = _value(figures[0]), _FIGURE_RE.sub(" ", text)
    if _FIGURE_RE.search(rest) or len(_WORD_RE.findall(rest)) > _MAX_WORDS:
        return None
    return value, steps


def _listed_term(text: str) -> tuple[float, list[tuple[str, str, str]]] | None:
    """One listed term: a product with its result after "=" ("2 x 395 = 790 for the packages"), which must be
    right, or any term :func:`_term` reads."""
    text = _GLUED_LETTERS_RE.sub("", text)
    equated = _EQUATED_RE.search(text)
    if equated is None:
        return _term(text)
    a, b, given = equated.group(1), equated.group(2), equated.group(3)
    value = _value(a) * _value(b)
    rest = text[:equated.start()] + text[equated.end():]
    if abs(_value(given) - value) > _TOLERANCE or _FIGURE_RE.search(rest) or len(_WORD_RE.findall(rest)) > _MAX_WORDS:
        return None
    return value, [(normalise_number(a), normalise_number(b), normalise_number(given))]


def _listed_steps(left: str, total: str) -> list[tuple[str, str, str]]:
    """The steps of the terms ``left`` lists (from its sentence's start) when they add up to ``total``, else none;
    a list with brackets or a "=" outside its products is no list of single amounts."""
    left = _sentence_tail(left)
    if "(" in left:
        return []
    pieces = [p for p in _LIST_CUT_RE.split(left.strip()) if p.strip()]
    if len(pieces) < _MIN_LISTED:
        return []
    read = [_listed_term(piece) for piece in pieces]
    terms = [t for t in read if t is not None]
    if len(terms) < len(read):
        return []
    return _chained_steps(terms, total)


def listed_sums(text: str) -> tuple[tuple[str, str, str], ...]:
    """(operand, operand, result) of each step of a total the text writes after a colon that closes terms listed
    with commas, "plus" and "and", when they add up to it ("2 × 6.00 for the slots and 2 × 7.00 for the acrylic:
    26.00" gives 2 × 6, 2 × 7 and 12 + 14); amounts read as :func:`~llmops_kit.text.arithmetic.plain_figures`
    writes them. The switch is read before the cache, so it takes effect at once."""
    if not READ_LISTED_TERMS or ":" not in text:
        return ()
    return _listed_sums(text)


@text_cache()
def _listed_sums(text: str) -> tuple[tuple[str, str, str], ...]:
    """:func:`listed_sums` past its switch and its cheap check, cached per text (an answer is read once a claim)."""
    text = plain_figures(text)
    found: list[tuple[str, str, str]] = []
    for total in _COLON_TOTAL_RE.finditer(text):
        found.extend(_listed_steps(text[:total.start()], total.group(1)))
    return tuple(found)


def _plain(value: float) -> str:
    return normalise_number(str(int(value)) if float(value).is_integer() else f"{value:.2f}")


def _top_level(text: str, char: str) -> list[int]:
    """The positions of ``char`` outside brackets."""
    depth, found = 0, []
    for n, c in enumerate(text):
        depth += c == "("
        depth -= c == ")"
        if c == char and depth == 0:
            found.append(n)
    return found


def _sum_steps(left: str, total: str) -> list[tuple[str, str, str]]:
    """The steps of ``left`` = ``total`` when its "+"-separated terms add up to it, else none."""
    left = _sentence_tail(left)
    cuts = _top_level(left, "+")
    if len(cuts) + 1 < _MIN_TERMS:
        return []
    pieces = [left[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(left)], strict=True)]
    terms = [_term(piece) for piece in pieces]
    if any(t is None for t in terms):
        return []
    return _chained_steps([t for t in terms if t is not None], total)


def _chained_steps(terms: list[tuple[float, list[tuple[str, str, str]]]], total: str) -> list[tuple[str, str, str]]:
    """Each term's own steps, then the running sum as two-operand steps, when the terms add up to ``total``; none
    otherwise (a wrong total stays unexplained). Shared by the "+" sums and the listed ones."""
    if abs(sum(v for v, _ in terms) - _value(total)) > _TOLERANCE:
        return []
    steps = [s for _, own in terms for s in own]
    running = terms[0][0]
    for value, _ in terms[1:]:
        steps.append((_plain(running), _plain(value), _plain(running + value)))
        running += value
    return steps


@text_cache()
def termed_sums(text: str) -> tuple[tuple[str, str, str], ...]:
    """(operand, operand, result) of each step of a total of three or more terms the text writes out and gets
    right, terms named in words allowed ("620 + 250 for the second storey + 12 x 30 (360) for the panels =
    1,230"); amounts read as :func:`~llmops_kit.text.arithmetic.plain_figures` writes them."""
    if "=" not in text or "+" not in text:
        return ()
    text = plain_figures(text)
    found: list[tuple[str, str, str]] = []
    equals = _top_level(text, "=")
    for n, at in enumerate(equals):
        result = _RESULT_RE.match(text, at + 1)
        if result is None:
            continue
        begin = equals[n - 1] + 1 if n else 0
        found.extend(_sum_steps(text[begin:at], result.group(1)))
    return tuple(found)


#: Switch: a total after terms that each end in one amount is their sum (:func:`lined_totals`, the ``worked49``
#: round); off in the claim-decision fit.
READ_LINED_TOTALS = True
#: A word that calls the amount after it the total ("Total $91.00", "in total: 690"), or the one before it ("1240
#: in all").
_TOTAL_BEFORE_RE = re.compile(r"\b(?:total|in total|altogether|all in)\b\W{0,6}$", re.IGNORECASE)
_TOTAL_AFTER_RE = re.compile(r"^\W{0,3}(?:in total|in all|altogether|all in|total)\b", re.IGNORECASE)
_TOTAL_WORD_RE = re.compile(r"\b(?:total|altogether|in all|all in)\b", re.IGNORECASE)
#: An operator beside a figure: the figure is an operand of a step, not a term's amount.
_OPERATOR_AFTER_RE = re.compile(r"^[ \t]*(?:[×x*/+=−]|-[ \t])")
_OPERATOR_BEFORE_RE = re.compile(r"(?:[×x*/+−]|\s-)\s*$")
_EQUALS_BEFORE_RE = re.compile(r"=\s*$")


def lined_totals(text: str, held: Callable[[str], bool]) -> frozenset[str]:
    """The totals the text states after two or more terms that each end in one amount, when the terms right
    before the total add up to it ("Kit: $52.00 Skeins: 3 × $7.00 = $21.00 Book: $11.00 Total $84.00" gives 84: a
    figure beside an operator is an operand of its term, not its amount) and each term is a result the text
    works out after "=" or an amount ``held`` (by the evidence or the customer): an invented term makes no total
    right. A wrong total gives nothing. Amounts are read as :func:`~llmops_kit.text.arithmetic.plain_figures`
    writes them. The switch is read before the cache."""
    if not READ_LINED_TOTALS or _TOTAL_WORD_RE.search(text) is None:
        return frozenset()
    return frozenset(total for total, terms in _lined_totals(text)
                     if all(worked or held(term) for term, worked in terms))


@text_cache()
def _lined_totals(text: str) -> tuple[tuple[str, tuple[tuple[str, bool], ...]], ...]:
    """Each total the text calls so with the terms right before it that add up to it, each term (figure, whether
    it is a result after "="); cached per answer."""
    money = amount_values(text)
    plain = plain_figures(text)
    figures = [(m, _value(m.group(0))) for m in _FIGURE_RE.finditer(plain)]
    found: list[tuple[str, tuple[tuple[str, bool], ...]]] = []
    for n, (match, value) in enumerate(figures):
        if value not in money or not _called_total(plain, match):
            continue
        terms = [(m, v) for m, v in figures[:n] if v in money and not _operand(plain, m)]
        running = 0.0
        for count, (_, amount) in enumerate(reversed(terms), start=1):
            running += amount
            if count >= 2 and abs(running - value) < _TOLERANCE:
                run = tuple((normalise_number(m.group(0)), _worked(plain, m)) for m, _ in terms[-count:])
                found.append((normalise_number(match.group(0)), run))
                break
    return tuple(found)


def _worked(text: str, match: re.Match[str]) -> bool:
    """Is the figure the result of a step the text writes ("= 84")?"""
    return _EQUALS_BEFORE_RE.search(text[max(0, match.start() - 4):match.start()]) is not None


def _called_total(text: str, match: re.Match[str]) -> bool:
    """Do the words right before or after a figure call it the total?"""
    return (_TOTAL_BEFORE_RE.search(text[max(0, match.start() - 24):match.start()]) is not None
            or _TOTAL_AFTER_RE.search(text[match.end():match.end() + 16]) is not None)


def _operand(text: str, match: re.Match[str]) -> bool:
    """Is the figure an operand of a written step ("2 × 42", "200 + 150 =")? A figure after "=" is a result."""
    return (_OPERATOR_AFTER_RE.search(text[match.end():match.end() + 4]) is not None
            or _OPERATOR_BEFORE_RE.search(text[max(0, match.start() - 4):match.start()]) is not None)
