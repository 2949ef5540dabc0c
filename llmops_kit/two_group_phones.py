"""A phone number written in two digit groups ("2815 3364", "01558 824117", "478 2290"), read as a contact when
the evidence publishes the same number.

:func:`llmops_kit.text.grouped_digits` reads a number of three groups or more, or one with a "+" country code, as
a phone, card or account number: two groups are as often a pair of figures as one number, so it leaves them alone.
Hong Kong's and Singapore's eight-digit numbers, a UK area code and its local number and many short local numbers
are written in two groups, and a hand-off to them ("For anything else, call 2815 3364" against a system prompt's
"point to the shop: 2815 3364 (+852 2815 3364 from outside Hong Kong)") was read as no contact at all and judged
by its words, which a hand-off shares with no source.

:func:`published_phones` reads such a number only as the number the evidence gives: its digits, in that order,
are a two-group number of a source or one of the evidence's grouped numbers in another layout (the same national
number behind a country code, or with its trunk "0"). Its two groups alone are each found as figures by the hard
fact check, so this is the one place that asks for them together: "3364 2815" or a number spliced from two of the
evidence's is not published, and a changed digit is a figure nobody gave. The reading is off in the
claim-decision fit (``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import grouped_digits, same_grouped_number

#: Read a two-group phone number the evidence publishes as a contact (the ``handoff55`` round); off in the fit.
READ_TWO_GROUP_PHONES = True

#: Two digit groups joined by one space, hyphen or dot, the first optionally in brackets, standing alone: no
#: digit group, sign or decimal mark joined on either side (a third group makes it a number
#: :func:`~llmops_kit.text.grouped_digits` reads; "1,200 300" and "10.30 1200" are figures).
_TWO_GROUP_RE = re.compile(
    r"(?<![\w+.,:/])(?<![\d)][ \-.])(\(?\d{2,5}\)?)[ \-.](\d{3,6})(?![\w])(?![ \-.,:/]\(?\d)")
#: A phone number has at least this many digits (as :data:`llmops_kit.handoff_clauses.PHONE_DIGITS`); fewer are figures.
_MIN_DIGITS = 7


def _two_groups(text: str) -> frozenset[str]:
    """The digits of each two-group number of the text of at least :data:`_MIN_DIGITS` digits, leading 0s off."""
    if not any(map(str.isdigit, text)):
        return frozenset()
    found = set()
    for first, second in _TWO_GROUP_RE.findall(text):
        digits = re.sub(r"\D", "", first) + second
        if len(digits) >= _MIN_DIGITS:
            found.add(digits.lstrip("0"))
    return frozenset(found)


def _national(text: str) -> str:
    """The digits of a two-group number as written, its trunk "0" kept (same_grouped_number reads it)."""
    return re.sub(r"\D", "", text)


def published_phones(text: str, evidence: Evidence) -> frozenset[str]:
    """The two-group phone numbers of ``text`` (digits, leading 0s off) that the evidence publishes: as the same
    two groups in a source, or as one of its grouped numbers in another layout ("+852 2815 3364")."""
    if not READ_TWO_GROUP_PHONES:
        return frozenset()
    claimed = {d for m in _TWO_GROUP_RE.finditer(text) if len((d := _national(m.group(0))).lstrip("0")) >= _MIN_DIGITS}
    if not claimed:
        return frozenset()
    sources = [source.text for source in evidence.sources]
    held = frozenset().union(*(_two_groups(s) for s in sources))
    grouped = frozenset().union(*(grouped_digits(s) for s in sources))
    return frozenset(d.lstrip("0") for d in claimed
                     if d.lstrip("0") in held or any(same_grouped_number(d, g) for g in grouped))


def without_phones(text: str, phones: frozenset[str]) -> str:
    """The text with its two-group numbers among ``phones`` (of :func:`published_phones`) blanked, so their groups
    are not read as figures."""
    return _TWO_GROUP_RE.sub(lambda m: " " if _national(m.group(0)).lstrip("0") in phones else m.group(0), text)
