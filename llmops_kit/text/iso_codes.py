"""Money in a currency the number readers' hand list does not know: "NPR 1,200", "TZS 650,000", "TSh 650,000".

The number readers read money by :data:`~llmops_kit.text.numbers.CURRENCY_CODES`, a hand list of about forty ISO
4217 codes read in any case, and by a few local marks (:func:`~llmops_kit.text.numbers.marks_as_codes`). Any other
currency's amount is a bare figure to them, so "2 items × 4 days × NPR 150 = NPR 1,200" was no worked product and
its 1,200 was missing. :func:`coded_as_known` writes every other current ISO 4217 code (Babel's CLDR table of the
legal tender of every territory, read once) as one stand-in code the readers know, :data:`STAND_IN`, in the claim and
the evidence alike, and the local marks of shillings and rupees (:data:`MARKS_BEFORE`: "TSh", "USh", "NRs", "रु")
likewise. The readers keep only the kind "money" for most purposes, so one stand-in serves every such currency.

A code is money only in upper case with a figure right beside it ("NPR 1,200", "NPR1,200", "1,200 NPR"), and not on
a line written in capitals ("ALL 3 ROOMS ARE FREE", "TOP 10 TIPS"); a label in capitals on a line of prose is no such
line ("ACAP: NPR 3,000 for foreign nationals"). The codes that other readers already read by name in upper case
(``_DOT_CODES`` of :mod:`~llmops_kit.text.numbers`: "1 190 MAD", "PHP 8.200") are left to them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .char_scans import has_digit

__all__ = ["MARKS_BEFORE", "READ_ISO_CODES", "STAND_IN", "coded_as_known", "tender_codes"]

#: Switch: an upper-case ISO 4217 code the hand list lacks, beside a figure, and a shilling's or rupee's local mark
#: are money (the ``codes56`` round); off in the claim-decision fit.
READ_ISO_CODES = True
#: The code every such currency is written as: ISO 4217's own code "for testing", which no price is quoted in, so
#: no currency the readers know is taken for another.
STAND_IN = "XTS"
#: Local marks written before a figure, with the ISO code of their currency: the Tanzanian and Ugandan shillings
#: ("TSh 650,000", "USh 20,000") and the Nepalese rupee in Latin letters and in Devanagari ("NRs 1,200", "रु 1,200").
#: The Kenyan "KSh" and the bare "Rs" are read by :data:`~llmops_kit.text.numbers.CURRENCY_MARKS`.
MARKS_BEFORE = {"TSh": "TZS", "TShs": "TZS", "Tsh": "TZS", "USh": "UGX", "UShs": "UGX", "Ush": "UGX", "NRs": "NPR",
                "रु": "NPR"}


@lru_cache(maxsize=1)
def tender_codes() -> frozenset[str]:
    """Every ISO 4217 code that is legal tender in some territory today, upper case (Babel's CLDR data): no fund
    code ("USN", "CHE"), no metal ("XAU"), no currency withdrawn ("DEM", "HRK")."""
    from babel.core import get_global

    return frozenset(code for currencies in get_global("territory_currencies").values()
                     for code, _start, end, tender in currencies if end is None and tender)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of an unknown code or a mark beside a figure, and the codes it writes as :data:`STAND_IN`."""
    from .numbers import _DOT_CODES, CURRENCY_CODES  # numbers imports this module

    known = {code.upper() for code in CURRENCY_CODES} | set(_DOT_CODES)
    unknown = frozenset(tender_codes() - known)
    codes = "|".join(sorted(unknown))
    marks = "|".join(re.escape(m) for m in sorted(MARKS_BEFORE, key=len, reverse=True))
    figure = r"\d+(?:[.,]\d+)*"
    pattern = re.compile(
        # before the figure: "NPR 1,200", "TSh 650,000", "NRs. 1,200"; never an identifier's "NPR1200X"
        rf"(?<![\w$€£¥₹.-])(?:(?P<code>{codes})|(?P<mark>{marks})\.?)(?P<space>\s?)(?={figure}(?![\w]))"
        # after it: "1,200 NPR" (the figure standing alone: :data:`_LONE_FIGURE_BEFORE_RE`)
        rf"|(?<=\d)(?P<after_space>\s?)(?P<after>{codes})(?![\w$€£¥₹])")
    return pattern, unknown


#: A figure standing alone right before a code written after it: no letters, "-", "+" or "." glued on before it.
_LONE_FIGURE_BEFORE_RE = re.compile(r"(?<![\w.,+\-/])\d+(?:[.,]\d+)*\s?$")
#: A word of two or more capitals (a code, an acronym, a word of a line written in capitals) and a word with a
#: lower-case letter: their counts on a line tell a line written in capitals ("ALL 3 ROOMS ARE FREE").
_CAPITALS_WORD_RE = re.compile(r"(?<![\w])[A-Z]{2,}(?![\w])")
_LOWER_WORD_RE = re.compile(r"(?<![\w])[A-Za-z]*[a-z][A-Za-z]*(?![\w])")


def _shouted(text: str, start: int) -> bool:
    """Is the code at ``start`` on a line written in capitals: as many words of capitals that are no ISO code
    as words with a lower-case letter ("TOP 10 TIPS", "ALL 3 ROOMS ARE FREE")? A label in capitals on a line of
    prose is no such line ("ACAP: NPR 3,000 for foreign nationals")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    capitals = sum(1 for word in _CAPITALS_WORD_RE.findall(line) if word not in tender_codes())
    return capitals > 0 and capitals >= len(_LOWER_WORD_RE.findall(line))


def coded_as_known(text: str) -> str:
    """``text`` with each upper-case ISO 4217 code the hand list lacks, beside a figure, and each shilling's or
    rupee's mark before one (:data:`MARKS_BEFORE`) written as :data:`STAND_IN`, so the number readers read the
    amount as money ("NPR 1,200" is "XTS 1,200", "TSh 650,000" "XTS 650,000"); with :data:`READ_ISO_CODES`."""
    if not READ_ISO_CODES or not has_digit(text):
        return text
    if not (any(c.isupper() for c in text) or "रु" in text):
        return text
    pattern, _ = _patterns()
    out, at = [], 0
    for match in pattern.finditer(text):
        if match.group("code") or match.group("mark"):
            if match.group("code") and _shouted(text, match.start()):
                continue
            out.append(text[at:match.start()] + STAND_IN + match.group("space"))
        else:
            if (_LONE_FIGURE_BEFORE_RE.search(text[max(0, match.start() - 30):match.start()]) is None
                    or _shouted(text, match.start("after"))):
                continue
            out.append(text[at:match.start()] + match.group("after_space") + STAND_IN)
        at = match.end()
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)
