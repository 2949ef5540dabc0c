"""A result stated although the lookup failed: "14 Harcourt Terrace has just been let" when the listing lookup
for "14 Harcourt Terrace" returned a 502 and nothing else looked it up.

The groundedness check judges an answer against what the model was given, and a failed tool gave it nothing:
a claim about the record it asked for that borrows its other words from the articles ("Ride R-7Q4K-2291
included an out-of-zone parking fee", the articles listing that fee) reads as supported, since the ride's id
is the customer's own. But the only place that ride's fee could have come from is the lookup that failed.

So a sentence of the answer that names what a failed lookup was asked for (an input value holding letters
and digits: an id, a reference, an address; not a date or a time, which many answers name for other reasons)
states that record's result, unless it says it could not get it ("I can't look up RMA-88120 at the moment"),
asks, or asks the customer to quote it ("Please quote R-7Q4K-2291 when you call"). A value some tool call
that came back was asked for or returned (a retry that worked) is not read: that result was there.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .contract import Contract
from .text.split import sentences_of
from .tool_payload import payload_error
from .traces import Span, Trace

__all__ = ["payload_values", "stated_without_result"]

#: An input value that names a record: letters and digits together ("R-7Q4K-2291", "14 Harcourt Terrace").
_LETTER_RE = re.compile(r"[A-Za-z]")
_DIGIT_RE = re.compile(r"\d")
#: A date or time is a parameter of the search, not the record it looks up.
_DATE_TIME_RE = re.compile(r"^\s*(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?|\d{1,2}:\d{2}(?::\d{2})?)\s*$", re.IGNORECASE)
#: A sentence that says the answer could not get the result, or asks about it.
_CANNOT_RE = re.compile(
    r"\b(?:can['’]?t|cannot|could(?:n['’]t| not)|unable|not able|won['’]t load|isn['’]t (?:responding|answering)"
    r"|didn['’]t (?:respond|load|come back)|(?:is|was) (?:down|unavailable|not responding)|try again)\b|\?\s*$",
    re.IGNORECASE)
#: A sentence that asks the customer to pass the record's name on ("Please quote R-7Q4K-2291 when you call")
#: states nothing of the record.
#: "Quote" at the start may be the noun ("Quote Q-20931 is valid until ..."), so as a verb it is read only after a
#: comma or "please", "and", "just".
_REQUEST_RE = re.compile(r"^\W*(?:please|call|contact|email|e-mail|write|mention|give|ask|keep|have)\b"
                         r"|(?:,|\bplease|\band|\bjust)\s+(?:quote|quoting|mention)\b", re.IGNORECASE)
_MIN_VALUE = 4


def payload_values(payload: Any) -> list[str]:
    """The string values of a call's input (a JSON string read as its object)."""
    if isinstance(payload, str):
        try:
            payload = json.loads(payload)
        except ValueError:
            return [payload]
    if isinstance(payload, dict):
        return [v for value in payload.values() for v in payload_values(value)]
    if isinstance(payload, list):
        return [v for value in payload for v in payload_values(value)]
    return [payload] if isinstance(payload, str) else []


def _names_record(value: str) -> bool:
    """Does an input value name a record (letters and digits, not a date or time)?"""
    return (len(value.strip()) >= _MIN_VALUE and _LETTER_RE.search(value) is not None
            and _DIGIT_RE.search(value) is not None and not _DATE_TIME_RE.match(value))


def _came_back(span: Span, contract: Contract) -> bool:
    """Did the call return a result (status ok, a payload that is not empty and is no error)?"""
    if span.failed or span.output in (None, "", {}, []):
        return False
    return payload_error(span, contract.tools.error_http_status) is None


def _unanswered(trace: Trace, contract: Contract) -> list[str]:
    """The record names failed lookups asked for that no call which came back was asked for or returned. The
    calls that came back are written out only when a failed one named a record (most traces have none)."""
    spans = trace.tool_spans
    back = [_came_back(span, contract) for span in spans]
    asked = [v.strip() for span, ok in zip(spans, back, strict=True) if not ok
             for v in payload_values(span.input) if _names_record(v)]
    if not asked:
        return []
    answered = [json.dumps([span.input, span.output], default=str).lower()
                for span, ok in zip(spans, back, strict=True) if ok]
    return [v for v in dict.fromkeys(asked) if not any(v.lower() in text for text in answered)]


def stated_without_result(trace: Trace, contract: Contract) -> tuple[str, str] | None:
    """(sentence, record name) when a sentence of the answer states something of a record whose lookup failed
    and was not answered by another call; None when every such sentence says it could not get it."""
    answer = trace.answer
    if not answer or not trace.tool_spans:
        return None
    names = _unanswered(trace, contract)
    if not names:
        return None
    for sentence in sentences_of(answer):
        low = sentence.lower()
        for name in names:
            if name.lower() in low and not _CANNOT_RE.search(sentence) and not _REQUEST_RE.search(sentence):
                return sentence, name
    return None
