"""A clock time the customer typed with a space for its colon, carried back in the usual form: "We always stop at
the venue's curfew, so it'd be 23:30" to "venue curfew 23 30 but want till 1am".

A chat message drops punctuation; "23 30" is the time 23:30 the customer gave, and an answer restating it states
a value of the customer's, as "07700 900583" carried back is. The hard-fact step finds a claim's "23:30" in no
source, so it would be absent. Read only for a time otherwise absent, and only in the customer's own message: two
digit groups apart by one space, the first an hour (0-23), the second exactly two digits of minutes, with no digit,
decimal point or hyphen on either side ("2 30-minute sessions", "4 15 20" are no times). Only the same time is
held: "23:00" from "23 30" stays absent, as does any time of the evidence's other texts written this way.
The reading is a hard-fact reading (it acts before the fitted decision); it is off in the decision's fit
(``READ_SPACED_TIMES``, ``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

__all__ = ["READ_SPACED_TIMES", "spaced_times"]

#: Off in the claim decision's fit (``tools/fit_claim_decision.py``), so the committed fit stays reproducible.
READ_SPACED_TIMES = True

_SPACED_RE = re.compile(r"(?<![\d.,:/-])(?<!\d )([01]?\d|2[0-3]) ([0-5]\d)(?![\d.,:/-])(?! \d)")


def spaced_times(text: str) -> frozenset[str]:
    """The clock times ("HH:MM") the text writes as an hour and two digits of minutes apart by a space."""
    if not READ_SPACED_TIMES or " " not in text:
        return frozenset()
    return frozenset(f"{int(hour):02d}:{minute}" for hour, minute in _SPACED_RE.findall(text))
