"""A length of time a tool record gives in a field named by its unit ("hours: 2", "duration min: 90"), read as a step
of the clock arithmetic on the answer's grounded times.

A booking record often holds when a slot starts and how long it lasts, not when it ends: "start: 19:00", "hours: 2".
An answer that gives the slot as "7:00 PM to 9:00 PM" states an end no source writes; the clock arithmetic of
:meth:`llmops_kit.evidence_derived.DerivedFigures._clock` reaches it from the grounded start by a stated duration,
but it took its durations from prose ("2 hours") and a record writes the unit in the field's name. Here a field whose
name ends with an hour or minute unit and whose value is a plain figure is such a duration, in minutes. A rate
("net inr per hour: 1800") or an amount ("minutes eur: 12") is not: its name has "per" or ends with another word.
Only times the evidence holds are starts, so a wrong end (9:00 PM against "hours: 3") is still reached by nothing.
"""

from __future__ import annotations

from .evidence_readers import record_lines
from .text.numbers import unit_spellings
from .textcache import text_cache

__all__ = ["READ_RECORD_DURATIONS", "record_durations"]

#: Read a record's duration fields as steps of the clock arithmetic (the ``text47`` round: "7:00 PM to 9:00 PM" of
#: "start: 19:00", "hours: 2" had its end found absent); off while the claim decision is fitted.
READ_RECORD_DURATIONS = True
#: Minutes in one unit of a field's last word ("hrs", "minutes"), each spelling of the hour and the minute.
_UNIT_MINUTES = {word: 60 if unit == "hour" else 1 for word, unit in unit_spellings("time", ("hour", "minute")).items()}


def _minutes(name: str, value: str) -> int | None:
    """The minutes a field states when its name ends with a time unit, has no "per", and its value is a plain
    figure; None for any other field."""
    words = name.replace("_", " ").split()
    if not words or words[-1] not in _UNIT_MINUTES or "per" in words:
        return None
    try:
        length = float(value)
    except ValueError:
        return None
    minutes = length * _UNIT_MINUTES[words[-1]]
    return int(minutes) if minutes > 0 and minutes == int(minutes) else None


def record_durations(text: str) -> frozenset[int]:
    """The durations, in minutes, a tool record's text gives in fields named by their unit (see the module
    docstring); none with :data:`READ_RECORD_DURATIONS` off or in a text with no "hour", "hr" or "min"."""
    if not READ_RECORD_DURATIONS or ("hour" not in text and "hr" not in text and "min" not in text):
        return frozenset()
    return _field_durations(text)


@text_cache()
def _field_durations(text: str) -> frozenset[int]:
    """Each duration field's minutes (cached apart from the switch, so switching it off is read at once)."""
    return frozenset(m for m in (_minutes(name, value) for _, name, value in record_lines(text)) if m is not None)
