"""The low-level readers personal-data rules are built from: the Luhn check, masking a value for a report,
scanning for e-mail addresses, a fast test for a run of digits, and walking a nested value's strings.

Split from :mod:`llmops_kit.pii`, which holds the one rule set that the detector, the breaker and
redaction share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from pydantic import BaseModel

#: The characters an e-mail's local part (before the ``@``) may hold; the apostrophe only between letters
#: ("o'brien"), as the pattern decides: a quote before an address is walked over and left out of the match.
EMAIL_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'")

#: Characters a phone or card pattern may put between digits: ``[\s().+-]``, ASCII part.
_NUMBER_SEPARATORS = "".join(chr(c) for c in range(128) if re.match(r"[\s().+-]", chr(c)))
_DIGIT = ord("0")
_DIGITS_ONLY = bytes(_DIGIT if chr(c).isdigit() and c < 128 else ord("x") for c in range(256))


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


def find_emails(pattern: re.Pattern[str], text: str,
                domain: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for an e-mail pattern, trying it only just before each ``@``.

    ``pattern`` must match a run of :data:`EMAIL_LOCAL_CHARS`, then ``@`` (lookarounds and ``\\b``
    allowed): then a match can only start inside the run of local-part characters that ends at an
    ``@``, and trying those starts left to right finds the same leftmost match ``finditer`` would.
    ``domain``: a pattern every match's part after the ``@`` must start with; an ``@`` it does not
    match right after (``bot@2025.03.11``) is skipped without trying the starts before it.
    """
    searched_to = 0  # finditer resumes after the previous match, never inside it
    at = text.find("@")
    while at != -1:
        if domain is not None and domain.match(text, at + 1) is None:
            at = text.find("@", max(at + 1, searched_to))
            continue
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


def keyed_strings(value: Any, skip: frozenset[str] = frozenset()) -> list[tuple[str | None, str]]:
    """Every string inside a value with the field or key it was recorded under (list items take
    their list's key), in document order; ``skip`` names top-level fields of a model to leave out.

    Iterative, like :func:`strings_in`, so a deeply nested payload cannot overflow the stack.
    """
    found: list[tuple[str | None, str]] = []
    stack: list[tuple[str | None, Any]] = [(None, value)]
    while stack:
        key, item = stack.pop()
        kind = _WALK_KIND.get(type(item))
        if kind is None:
            kind = _walk_kind(type(item))
        if kind == _TEXT:
            found.append((key, item))
        elif kind == _MAPPING:
            stack.extend(reversed([(str(k), v) for k, v in item.items()]))
        elif kind == _SEQUENCE:
            stack.extend((key, v) for v in reversed(item))
        elif kind == _MODEL:
            if item.__pydantic_extra__:
                stack.extend(reversed(list(item.__pydantic_extra__.items())))
            fields = item.__dict__.items()
            if skip and item is value:
                stack.extend(reversed([(k, v) for k, v in fields if k not in skip]))
            else:
                stack.extend(reversed(list(fields)))
    return found
