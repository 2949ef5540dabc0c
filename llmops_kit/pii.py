"""Personal-data building blocks shared by the PII detector, the DATA_INCIDENT breaker and the
traffic generator: the Luhn check that tells card numbers from order ids, and masking, so a report
about a leak never repeats the leaked value.
"""

from __future__ import annotations

import re


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
