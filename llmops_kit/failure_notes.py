"""A sentence an answer says to the customer that states nothing of the business: read with the trace.

**A tool-failure note** ("Oh no - I can't reach our bookings diary right now, so I can't see FF-W-0912", "The job
schedule isn't loading for me, so I can't check CV-6620", "The balance checker isn't responding"). When a tool
call of the trace failed, such a sentence reports that failure and nothing else: the failed call is what
supports it. The groundedness check cannot see the failure (a failed call adds nothing to the evidence), so it
judged the sentence against the articles' words or the error line's, and called it unsupported; on a trace where
the lookup succeeded the same sentence read as supported by the record's words: wrong both ways. Read here
(:func:`reports_failure`) only when a tool call of the trace failed, and only a sentence made of a failure clause
(a system or tool of ours cannot be reached, is not loading, not responding) and clauses saying the bot cannot
see or check something, where every code it names is an input of a failed call. A result stated after a
failure ("CV-6620 is booked for Saturday") is no such sentence and stays judged as before
(:mod:`llmops_kit.failed_lookups` reads it too).

It acts after the claim decision, in the HALLUCINATION detector (:func:`settle`), so the decision's fit
(``tools/fit_claim_decision.py``, which scores without the trace) never sees it. Nothing here looks at a set's
own words, an answer's length or its position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .failed_lookups import _values
from .grounding import ClaimSupport
from .quality import QualityReport
from .text import identifiers_in, numbers_in
from .traces import Trace

__all__ = ["reports_failure", "settle"]

_OPENING_RE = re.compile(r"^(?:(?:oh no|oh dear|oh|sorry|apologies|unfortunately|i'm sorry|i am sorry"
                         r"|i'm afraid|i am afraid)\s*[,!.:\-–—]*\s*)+", re.IGNORECASE)
#: Where a failure note joins its clauses: ", so", a semicolon, a spaced dash, ", and", ", but".
_CLAUSE_RE = re.compile(r"\s*,?\s+so\s+|\s*;\s*|\s+[-–—]\s+|,\s+(?:and|but)\s+|,\s+", re.IGNORECASE)
_NOW = r"(?:\s+(?:for (?:me|us)|right now|at the moment|just now|currently|today|for now|again))*"
_NEG = r"(?:can['’]?t|cannot|can not|couldn['’]t|could not|am unable to|was unable to|['’]m unable to|am not able to)"
#: A system or tool of ours not answering: "I can't reach our bookings diary", "the job schedule isn't loading",
#: "the balance checker isn't responding", "our booking system is down".
_FAILURE_RES = (
    re.compile(rf"^(?:i|we) {_NEG} (?:reach|connect to|access|load|open|get (?:in)?to|get through to)"
               rf" (?:our|the) (?:[\w'-]+ ){{0,3}}[\w'-]+{_NOW}$", re.IGNORECASE),
    re.compile(rf"^(?:the|our|my) (?:[\w'-]+ ){{0,3}}[\w'-]+ (?:isn['’]t|is not|wasn['’]t|was not|aren['’]t|are not"
               rf"|won['’]t|didn['’]t|keeps|seems to be|is)(?: not)?"
               rf" (?:loading|load|responding|respond|answering|answer|working|reachable|available|down|timing out"
               rf"|coming back|come back|opening|open|offline){_NOW}$", re.IGNORECASE),
)
#: The bot saying it cannot see the record: "so I can't see FF-W-0912", "I can't check your booking".
_CANNOT_SEE_RE = re.compile(rf"^(?:i|we) {_NEG} (?:see|check|look up|look at|pull up|open|view|get|find|confirm)"
                            rf"(?: (?:the )?(?:details|status|balance|record) (?:of|for|on))?"
                            rf" (?P<what>[\w' -]+?){_NOW}$", re.IGNORECASE)
_PRONOUNS = frozenset(("it", "that", "this", "yours", "anything", "your booking", "your order", "your job",
                       "your card", "your record", "your account", "the details", "your details"))


def failed_inputs(trace: Trace) -> frozenset[str]:
    """The input values (lowercased) of the trace's failed tool calls; empty when no tool call failed."""
    return frozenset(v.strip().lower() for span in trace.tool_spans if span.failed for v in _values(span.input))


def reports_failure(claim: str, failed: frozenset[str], any_failed: bool) -> bool:
    """Is the claim only a note that a tool of ours failed (and that the bot cannot see what it asked for), on a
    trace where a tool call failed? Every code or figure it names must be an input of a failed call."""
    if not any_failed:
        return False
    text = _OPENING_RE.sub("", claim.strip(" .!"), count=1)
    clauses = [c.strip(" .!") for c in _CLAUSE_RE.split(text) if c.strip(" .!")]
    if not clauses or not any(r.match(clauses[0]) for r in _FAILURE_RES):
        return False
    for clause in clauses[1:]:
        if any(r.match(clause) for r in _FAILURE_RES):
            continue
        seen = _CANNOT_SEE_RE.match(clause)
        if seen is None:
            return False
        what = seen.group("what").strip().lower()
        if what not in _PRONOUNS and what not in failed:
            return False
    keys = [_key(value) for value in failed]
    return all(any(_key(n) in key for key in keys) for n in identifiers_in(text) | numbers_in(text))


def _key(value: str) -> str:
    """A code as :func:`~llmops_kit.text.identifiers_in` writes it: lowercase letters and digits only."""
    return "".join(ch for ch in value.lower() if ch.isalnum())


def _settled(support: Iterable[ClaimSupport], trace: Trace) -> list[ClaimSupport]:
    failed = failed_inputs(trace)
    any_failed = any(span.failed for span in trace.tool_spans)
    out = []
    for verdict in support:
        if verdict.supported:
            out.append(verdict)
        elif reports_failure(verdict.claim, failed, any_failed):
            out.append(verdict.model_copy(update={"verdict": "supported", "source": "a failed tool call",
                                                  "evidence": None, "missing": ()}))
        else:
            out.append(verdict)
    return out


def settle(report: QualityReport, trace: Trace) -> QualityReport:
    """The report with its failure notes counted as supported, groundedness recomputed;
    the report itself when there is none (it is cached and never changed)."""
    if not report.support or all(v.supported for v in report.support):
        return report
    support = _settled(report.support, trace)
    if all(a is b for a, b in zip(support, report.support, strict=True)):
        return report
    unsupported = [v.claim for v in support if not v.supported]
    groundedness = (len(support) - len(unsupported)) / len(support)
    return report.model_copy(update={"support": support, "groundedness": round(groundedness, 4),
                                     "unsupported_sentences": unsupported})
