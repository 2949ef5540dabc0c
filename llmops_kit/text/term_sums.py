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
"""

from __future__ import annotations

import re

from ..textcache import text_cache
from .arithmetic import plain_figures
from .numbers import normalise_number

__all__ = ["termed_sums"]

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


def _value(raw: str) -> float:
    return float(normalise_number(raw))


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
    start = _START_RE.match(left)
    left = left[start.end():] if start else left
    cuts = _top_level(left, "+")
    if len(cuts) + 1 < _MIN_TERMS:
        return []
    pieces = [left[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(left)], strict=True)]
    terms = [_term(piece) for piece in pieces]
    if any(t is None for t in terms):
        return []
    read = [t for t in terms if t is not None]
    if abs(sum(v for v, _ in read) - _value(total)) > _TOLERANCE:
        return []
    steps = [s for _, own in read for s in own]
    running = read[0][0]
    for value, _ in read[1:]:
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
