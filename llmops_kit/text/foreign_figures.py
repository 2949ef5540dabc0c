"""Figures of a claim in another language that the figure readers would misread, written the plain way.

A claim in another language is judged by its hard facts alone (:mod:`llmops_kit.text.language`), and three ways of
writing a figure kept a faithful one from its facts:

- **native digits** (:data:`READ_NATIVE_DIGITS`): Devanagari "४ दिनको ... ६:०० बजे" is "4 days ... 6:00", but the
  regular expressions' ``\\d`` matches "४" and the number readers then compare the string "४" with the evidence's
  "4". Every decimal digit of Unicode (Devanagari, Bengali, Arabic-Indic, Persian, Thai, full-width ...) is
  written as its ASCII digit; a superscript ("m²") is no decimal digit and stays.
- **a clock time with its bracketed equivalent** (:data:`READ_BRACKETED_CLOCKS`): "saa 12:30 asubuhi (6.30 am)"
  gives the Swahili clock, counted from dawn, and the English clock beside it: one time, not two. The time before
  the bracket is dropped from the facts when the bracket holds the same time (the same hour on a 12-hour dial, or,
  after Swahili "saa", six hours on: "saa 12 jioni (6.00 pm)"); the bracketed time is still judged, so a wrong one
  ("saa 12:30 asubuhi (7.30 am)") stays flagged, and a pair that does not agree keeps both.
- **a half in words** (:data:`READ_FOREIGN_HALVES`): "Die beiden Familien teilen das hälftig, also CHF 1'495.–"
  halves the CHF 2'990.– before it, as the English "split half and half, so CHF 1'495.–" does; the derived-figure
  reader knows the English word (:func:`llmops_kit.text.arithmetic.share_factors`), so the word of another
  language ("hälftig", "Hälfte", "moitié", "mitad", "metade", "metà", "helft", "połowa") is written "half".

:func:`plain_figures` applies them; :func:`llmops_kit.text.foreign_facts.english_facts` calls it first, so only a
claim (or an answer, or a document) read as foreign is rewritten.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["READ_BRACKETED_CLOCKS", "READ_FOREIGN_HALVES", "READ_NATIVE_DIGITS", "plain_figures"]

#: Write Unicode decimal digits as ASCII ones; off while ``tools/fit_claim_decision.py`` fits the claim decision.
READ_NATIVE_DIGITS = True
#: Drop a clock time followed by its own bracketed equivalent; off in the claim-decision fit.
READ_BRACKETED_CLOCKS = True
#: Read a half of another language as "half"; off in the claim-decision fit.
READ_FOREIGN_HALVES = True

#: A clock time, then at most two words ("asubuhi", "jioni"), then a bracket opening with a clock time that has
#: minutes or a.m./p.m. ("(6.30 am)", "(7:15 a.m. EAT)"). ``saa`` marks the Swahili clock, six hours behind.
_BRACKETED_RE = re.compile(
    r"(?P<saa>\bsaa\s+)?(?<![\d.,:])(?P<h1>[01]?\d|2[0-4])(?:[:.](?P<m1>[0-5]\d))?(?![\d.,:]\d)"
    r"(?P<mid>(?:\s+[^\W\d_]+){0,2})\s*\(\s*"
    r"(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<m2>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)?(?P<rest>[^()\d]{0,12})\)",
    re.IGNORECASE,
)
#: Words for a half, as a share, of German, French, Spanish, Portuguese, Italian, Dutch, Afrikaans and Polish.
#: German "halb" is left out: "halb acht" is half past seven, no share.
_HALF_RE = re.compile(
    r"\b(?:hälftig|halbiert|hälfte|moitié|mitad|metade|metà|helft|helfte|połow[aęy]|połowie)\b", re.IGNORECASE)


def _native_digits(text: str) -> str:
    """``text`` with every non-ASCII decimal digit written as its ASCII digit."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ord(ch) > 127 and unicodedata.decimal(ch, None) is not None
                   else ch for ch in text)


def _same_time(match: re.Match[str]) -> bool:
    """Do the two clock times of a :data:`_BRACKETED_RE` match give one time? The bracket must be a clock (minutes
    or a.m./p.m.), and so must the first unless "saa" marks it; the minutes agree, the hours are one on a 12-hour
    dial, or six apart after "saa"."""
    if not (match.group("m2") or match.group("ap")) or not (match.group("m1") or match.group("saa")):
        return False
    if (match.group("m1") or "00") != (match.group("m2") or "00"):
        return False
    apart = (int(match.group("h2")) - int(match.group("h1"))) % 12
    return apart == 0 or (apart == 6 and match.group("saa") is not None)


def _drop_first(match: re.Match[str]) -> str:
    """The match without its first clock time when both give one time; as it was otherwise."""
    if not _same_time(match):
        return match.group(0)
    bracket = match.group(0)[match.start("h2") - match.start():]
    head = " ".join(part for part in ((match.group("saa") or "").strip(), match.group("mid").strip()) if part)
    return f"{head} ({bracket}" if head else f"({bracket}"


def plain_figures(text: str) -> str:
    """``text`` with native digits written in ASCII, a clock time given again in brackets dropped before the
    bracket, and a half of another language written "half" (each under its switch; see the module docstring)."""
    if READ_NATIVE_DIGITS:
        text = _native_digits(text)
    if READ_BRACKETED_CLOCKS and "(" in text:
        text = _BRACKETED_RE.sub(_drop_first, text)
    if READ_FOREIGN_HALVES:
        text = _HALF_RE.sub("half", text)
    return text
