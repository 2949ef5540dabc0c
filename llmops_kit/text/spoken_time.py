"""Times of day written in words, as British answers and articles write them: "half past four", "quarter to
nine", "quarter past 10 pm".

:func:`llmops_kit.text.numbers.times_in` reads times written with digits; an article saying the cafe is open
"till half past four" stated no time at all, so an answer's "until 4:30" was read as a time the evidence does
not hold. Read here to the same "HH:MM" form (12-hour as written unless am / pm follows), so "4:30" and "half
past four" agree, and "half past five" still differs from "4:30".
"""

from __future__ import annotations

import re

from .case_key import case_key

__all__ = ["spoken_times"]

_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_HOUR_OF = {w: n for n, w in enumerate(_HOURS, start=1)} | {str(n): n for n in range(1, 13)}
_SPOKEN_RE = re.compile(r"\b(half|quarter)\s+(past|to)\s+(" + "|".join((*_HOURS, *map(str, range(12, 0, -1))))
                        + r")\b(?:\s*([ap])\.?m\b\.?)?", re.IGNORECASE)


def spoken_times(text: str) -> set[str]:
    """The times of day a text writes in words, as 24-hour "HH:MM" ("half past four" is 04:30, "quarter to
    nine pm" 20:45)."""
    if "alf " not in text and "uarter " not in text:  # "half" / "Half" / "quarter": most texts have none
        return set()
    found = set()
    for part, way, hour_word, marker in _SPOKEN_RE.findall(text):
        hour = _HOUR_OF[case_key(hour_word)]
        minutes = 30 if part.lower() == "half" else 15
        if way.lower() == "to":
            if part.lower() == "half":  # "half to" is not English for a time
                continue
            hour, minutes = (hour - 2) % 12 + 1, 45
        if marker:
            hour = hour % 12 + (12 if marker.lower() == "p" else 0)
        found.add(f"{hour:02d}:{minutes:02d}")
    return found
