"""The key a case-blind pattern's match is looked up by.

``re.IGNORECASE`` lets four non-ASCII letters match ASCII ones: dotless ``ı`` and dotted ``İ`` match ``i``, the long
``ſ`` matches ``s`` and the Kelvin sign ``K`` matches ``k``. ``str.lower()`` keeps them, so a table keyed on English
words ("september", "monday", "twelve") raised ``KeyError`` on a text such as "12 ſeptember" that the pattern had
matched. Every lookup of a case-blind match goes through :func:`case_key` instead.
"""

from __future__ import annotations

_ASCII_MATCHES = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "\u212a": "k"})


def case_key(word: str) -> str:
    """``word`` in lower case, with the letters a case-blind pattern matched as ASCII written as ASCII."""
    return word.translate(_ASCII_MATCHES).lower()
