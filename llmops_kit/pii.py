"""Personal-data building blocks shared by the PII detector, the DATA_INCIDENT breaker and the
traffic generator: the walk that collects every string a trace recorded, the Luhn check that tells
card numbers from order ids, masking, so a report about a leak never repeats the leaked value, and two
scanners that run the (slow) regular expressions only where a match is possible.

Why the scanners: Python's regex engine tries a pattern such as ``[A-Za-z0-9._%+-]+@...`` at every
character of a text, which costs tens of microseconds per kilobyte, and every request is scanned.
An e-mail address needs an ``@`` and a phone or card number needs a cluster of digits, and both are
found at C speed (``str.find``, ``bytes.translate``); the pattern then runs on those spots only.
Both scanners return exactly what ``pattern.finditer`` over the whole text returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from pydantic import BaseModel

#: Characters an e-mail pattern's local part is made of (the part before the ``@``).
EMAIL_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")

#: Characters a phone or card pattern may put between digits: ``[\s().+-]``, ASCII part.
_NUMBER_SEPARATORS = "".join(chr(c) for c in range(128) if re.match(r"[\s().+-]", chr(c)))
_DIGIT = ord("0")
_SEPARATOR = ord("s")
_DIGITS_ONLY = bytes(_DIGIT if chr(c).isdigit() and c < 128 else ord("x") for c in range(256))
_DIGITS_AND_SEPARATORS = bytes(
    _DIGIT if chr(c).isdigit() and c < 128 else _SEPARATOR if chr(c) in _NUMBER_SEPARATORS else ord("x")
    for c in range(256)
)
_NUMBER_CLUSTER = re.compile(rb"0[0s]*0")


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum card numbers carry, so that order ids and timestamps are not taken for cards."""
    if not digits.isdigit() or not 13 <= len(digits) <= 19:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def mask(kind: str, value: str) -> str:
    """``j***@example.com`` for an e-mail address, ``***1111`` for a phone or card number."""
    if kind == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    digits = re.sub(r"\D", "", value)
    return f"***{digits[-4:]}"


def find_emails(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for an e-mail pattern, trying it only just before each ``@``.

    ``pattern`` must match a run of :data:`EMAIL_LOCAL_CHARS`, then ``@`` (lookarounds and ``\\b``
    allowed): then a match can only start inside the run of local-part characters that ends at an
    ``@``, and trying those starts left to right finds the same leftmost match ``finditer`` would.
    """
    searched_to = 0  # finditer resumes after the previous match, never inside it
    at = text.find("@")
    while at != -1:
        start = at
        while start > searched_to and text[start - 1] in EMAIL_LOCAL_CHARS:
            start -= 1
        for begin in range(start, at):
            match = pattern.match(text, begin)
            if match is not None:
                yield match
                searched_to = match.end()
                break
        at = text.find("@", max(at + 1, searched_to))


_SEPARATOR_BYTES = _NUMBER_SEPARATORS.encode("ascii")


def may_hold_number(text: str, min_digits: int) -> bool:
    """False when no cluster of digits and separators in ``text`` holds ``min_digits`` digits, so no
    phone or card pattern needing that many can match; True for any text with non-ASCII characters."""
    if not text.isascii():
        return True
    # with separators deleted, such a cluster is min_digits digits in a row: one C-speed test
    return b"0" * min_digits in text.encode("ascii").translate(_DIGITS_ONLY, _SEPARATOR_BYTES)


def find_numbers(pattern: re.Pattern[str], text: str, min_digits: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a phone or card pattern, run only on clusters of digits.

    ``pattern`` must consume only digits and ``[\\s().+-]`` and need at least ``min_digits`` digits
    (lookarounds allowed; they see the whole text). A cluster is a maximal run of digits and those
    separators; one with fewer digits cannot hold a match, and most texts (prices, dates, order ids)
    have none at all. Text with non-ASCII characters (other digits, other spaces) is scanned whole.
    """
    if not text.isascii():
        yield from pattern.finditer(text)
        return
    if not may_hold_number(text, min_digits):
        return
    raw = text.encode("ascii")
    kinds = raw.translate(_DIGITS_AND_SEPARATORS)
    for cluster in _NUMBER_CLUSTER.finditer(kinds):
        if cluster.group().count(b"0") < min_digits:
            continue
        start, end = cluster.span()
        while start > 0 and kinds[start - 1] == _SEPARATOR:  # a leading "+" or "(" belongs to the number
            start -= 1
        while end < len(kinds) and kinds[end] == _SEPARATOR:
            end += 1
        # lookbehinds see before pos; two characters past the cluster serve any lookahead
        yield from pattern.finditer(text, start, min(len(text), end + 2))


_TEXT, _MAPPING, _SEQUENCE, _MODEL, _LEAF = range(5)
#: What each Python type is to the string walk; filled on first sight of a type, because
#: ``isinstance(x, BaseModel)`` goes through pydantic's metaclass and would dominate the walk.
_WALK_KIND: dict[type, int] = {str: _TEXT, dict: _MAPPING, list: _SEQUENCE, tuple: _SEQUENCE, int: _LEAF,
                               float: _LEAF, bool: _LEAF, type(None): _LEAF, datetime: _LEAF}


def _walk_kind(kind: type) -> int:
    found = _WALK_KIND.get(kind)
    if found is None:
        found = (_TEXT if issubclass(kind, str) else _MAPPING if issubclass(kind, dict)
                 else _SEQUENCE if issubclass(kind, (list, tuple)) else _MODEL if issubclass(kind, BaseModel)
                 else _LEAF)
        _WALK_KIND[kind] = found
    return found


def strings_in(value: Any, skip: frozenset[str] = frozenset()) -> list[str]:
    """Every string inside a value, in document order, walking models, dicts and lists without
    serialising them; ``skip`` names top-level fields of a model to leave out.

    Iterative (an explicit stack), so a deeply nested payload cannot overflow the interpreter's stack.
    """
    found: list[str] = []
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        kind = _WALK_KIND.get(type(item))
        if kind is None:
            kind = _walk_kind(type(item))
        if kind == _TEXT:
            found.append(item)
        elif kind == _MAPPING:
            stack.extend(reversed(item.values()))  # reversed pushes pop in the recorded order
        elif kind == _SEQUENCE:
            stack.extend(reversed(item))
        elif kind == _MODEL:
            if item.__pydantic_extra__:
                stack.append(item.__pydantic_extra__)
            if skip and item is value:
                stack.extend(v for k, v in reversed(item.__dict__.items()) if k not in skip)
            else:
                stack.extend(reversed(item.__dict__.values()))
    return found


#: A JSON escape (newline, tab, ..., or a ``\u`` control character) right before a digit or a
#: number separator: there the escape's letter would hide a number from a phone or card pattern.
_ESCAPE_BEFORE_NUMBER = re.compile(rb"\\[ntrfbu][0-9\s().+-]")


def screen_text(model: BaseModel, exclude: Any = None) -> str | None:
    """A model's strings as one text, serialised by pydantic-core (several times faster than
    :func:`strings_in` walks them), for deciding quickly that no personal data can be in them.

    Every string appears between double quotes, which no personal-data pattern matches, so each
    match found in the strings one by one is found here too: numbers the same, e-mail addresses the
    same or longer in front (``\\nbob@x.com`` is the JSON of a newline and ``bob@x.com``), so when
    a screen value is public, the string's value is too. Keys and numbers may add matches; that only
    makes the screen stricter. ``None`` when an escape sits right before a digit or separator, or the
    model cannot be serialised: walk the strings then.
    """
    try:
        raw = model.__pydantic_serializer__.to_json(model, exclude=exclude)
    except (ValueError, TypeError):  # pydantic-core's serialisation error is a ValueError
        return None
    if _ESCAPE_BEFORE_NUMBER.search(raw):
        return None
    return raw.decode("utf-8")
