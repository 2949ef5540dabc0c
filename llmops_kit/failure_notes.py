"""Two kinds of sentence an answer says to the customer that state nothing of the business: read with the trace.

**A tool-failure note** ("Oh no - I can't reach our bookings diary right now, so I can't see FF-W-0912", "The job
schedule isn't loading for me, so I can't check CV-6620", "The balance checker isn't responding"). When a tool
call of the trace failed, such a sentence reports that failure and nothing else: the failed call is what
supports it. The groundedness check cannot see the failure (a failed call adds nothing to the evidence), so it
judged the sentence against the articles' words or the error line's, and called it unsupported; on a trace where
the lookup succeeded the same sentence read as supported by the record's words: wrong both ways. Read here
(:func:`reports_failure`) only when a tool call of the trace failed (by its status, or by a payload reporting an error
under an ``ok`` status), and only a sentence made of a failure clause
(a system or tool of ours cannot be reached, is not loading, not responding; named by a word of the failed tool's
name or a system word: "bookings diary" of ``booking_lookup``, never "the lift" or "our shop") and clauses saying
the bot cannot see or check something, where every code it names is an input of a failed call. A result stated after a
failure ("CV-6620 is booked for Saturday") is no such sentence and stays judged as before
(:mod:`llmops_kit.failed_lookups` reads it too).

**A closing offer after a refusal** ("Another day might work.", "A later date can be requested", "Reception can
give directions", "The branch can confirm your voucher amount", "He can ask the branch for a copy himself", "You
could reserve it when you're nearly done"): a modal of possibility whose only content is the customer's
alternative (another / a later + a calendar noun, or the question's own action tried again once the customer is
ready), written after a sentence that refused or could not answer, or a desk of the business to ask, adding at
most one word of its own (:func:`closing_offer`). It carries no figure, code, weekday or month; a promise of the
business ("we can move you to a later course", "the branch can refund you") has another subject or verb and stays
a claim.

**An offer left open after a refusal** (:data:`READ_STILL_OFFERS`, the refusal48 round): "I can still pause from
tomorrow if you want" after "I couldn't pause today's delivery: the cut-off has passed", "You can still come and cut
one while we're open" after "I couldn't tag it: tagging closed in October". A "can still" sentence after a refusal
says what the refusal left possible: the bot offering the refused act again another time (its verb is the
question's own), or the customer's own way round it (its words the question's, the articles' or the refusal's, but
one). It may name a relative time ("from tomorrow", "later", "while we're open") and close with "if you want"; a
figure, code, weekday or month, a promise ("will", "free") or a benefit no text offers ("I can still waive the
fee", "you can still get a refund") keeps it a claim (:func:`closing_offer`).

All act after the claim decision, in the HALLUCINATION detector (:func:`settle`), so the decision's fit
(``tools/fit_claim_decision.py``, which scores without the trace) never sees them. Nothing here looks at a set's
own words, an answer's length or its position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .claim_meaning import PROMISE_RE
from .dated_weekdays import dated_weekdays, writes_a_date
from .failed_lookups import payload_values
from .grounding import ClaimSupport
from .quality import QualityReport
from .text import content_stems, identifiers_in, numbers_in, stem
from .text.case_key import case_key
from .text.char_scans import has_digit
from .text.numbers import WEEKDAYS
from .text.split import sentences_of
from .text.tokens import CALENDAR_ABBREVIATIONS, words_in
from .tool_payload import payload_error
from .traces import Span, Trace

__all__ = ["READ_STILL_OFFERS", "closing_offer", "reports_failure", "settle"]

#: A "can still" offer after a refusal read as the offer it is (:func:`closing_offer`); listed off in the claim
#: decision's fit, which scores without the trace and so never reaches it.
READ_STILL_OFFERS = True

_OPENING_RE = re.compile(r"^(?:(?:oh no|oh dear|oh|sorry|apologies|unfortunately|i'm sorry|i am sorry"
                         r"|i'm afraid|i am afraid)\s*[,!.:\-–—]*\s*)+", re.IGNORECASE)
#: Where a failure note joins its clauses: ", so", a semicolon, a spaced dash, ", and", ", but".
_CLAUSE_RE = re.compile(r"\s*,?\s+so\s+|\s*;\s*|\s+[-–—]\s+|,\s+(?:and|but)\s+|,\s+", re.IGNORECASE)
_NOW = r"(?:\s+(?:for (?:me|us)|right now|at the moment|just now|currently|today|for now|again))*"
_NEG = r"(?:can['’]?t|cannot|can not|couldn['’]t|could not|am unable to|was unable to|['’]m unable to|am not able to)"
_THING = r"(?P<thing>(?:[\w'-]+ ){0,3}[\w'-]+)"
#: A system or tool of ours not answering: "I can't reach our bookings diary", "the job schedule isn't loading",
#: "the balance checker isn't responding", "our order system's not answering" ("'s not" is "is not"), "our booking
#: system is down". What fails must be a system (:func:`_names_tool`): "our shop is closed" or "the lift isn't
#: working" states a fact of the business.
_FAILURE_RES = (
    re.compile(rf"^(?:i|we) {_NEG} (?:reach|connect to|access|load|open|get (?:in)?to|get through to)"
               rf" (?:our|the) {_THING}{_NOW}$", re.IGNORECASE),
    re.compile(rf"^(?:the|our|my) {_THING}(?:(?: isn['’]t| is not|['’]s not| wasn['’]t| was not| aren['’]t"
               rf"| are not|['’]re not| won['’]t| didn['’]t| doesn['’]t| does not)"
               rf" (?:loading|load|responding|respond|answering|answer|working|work|coming back|come back"
               rf"|connecting|connect)"
               rf"|(?: is| are|['’]s|['’]re| seems to be| keeps) (?:down|offline|timing out|not responding"
               rf"|not loading)){_NOW}$",
               re.IGNORECASE),
)
#: Words that name a system whatever the tool is called.
_SYSTEM_WORDS = frozenset(stem(w) for w in (
    "system", "tool", "lookup", "database", "server", "service", "checker", "portal", "app", "website", "site",
    "diary", "schedule", "calendar", "planner", "ledger", "records", "tracker", "booking",
))
#: The bot saying it cannot see the record: "so I can't see FF-W-0912", "I can't check your booking".
_CANNOT_SEE_RE = re.compile(rf"^(?:i|we) {_NEG} (?:see|check|look up|look at|pull up|open|view|get|find|confirm)"
                            rf"(?: (?:the )?(?:details|status|balance|record) (?:of|for|on))?"
                            rf" (?P<what>[\w' -]+?){_NOW}$", re.IGNORECASE)
_PRONOUNS = frozenset(("it", "that", "this", "yours", "anything", "your booking", "your order", "your job",
                       "your card", "your record", "your account", "the details", "your details"))


def _failed(span: Span, min_status: int) -> bool:
    """Did the call fail: by its status, or by a payload reporting an error under an ``ok`` status
    (``{"error": {"code": 500, ...}}``, :func:`~llmops_kit.tool_payload.payload_error`)?"""
    return span.failed or payload_error(span, min_status) is not None


def failed_inputs(trace: Trace, min_status: int = 400) -> frozenset[str]:
    """The input values (lowercased) of the trace's failed tool calls; empty when no tool call failed
    (``min_status``: the contract's ``tools.error_http_status``, the least HTTP status a payload's code fails at)."""
    return frozenset(v.strip().lower() for span in trace.tool_spans if _failed(span, min_status)
                     for v in payload_values(span.input))


def failed_tools(trace: Trace, min_status: int = 400) -> frozenset[str]:
    """The stems of the words of the failed tool calls' names ("gift_card_balance": gift, card, balanc)."""
    names = [str(span.attributes.get("tool.name") or span.name) for span in trace.tool_spans
             if _failed(span, min_status)]
    return frozenset(stem(w) for name in names for w in re.split(r"[\W_]+", name.lower()) if w and w != "tool")


def _names_tool(thing: str, tools: frozenset[str]) -> bool:
    """Does the failing thing name a system: a word of a failed tool's name, or a system word?"""
    stems = {stem(w) for w in re.split(r"[\s-]+", thing.lower()) if w}
    return not stems.isdisjoint(tools | _SYSTEM_WORDS)


def _failure(clause: str, tools: frozenset[str]) -> bool:
    """Is the clause a system of ours failing?"""
    for pattern in _FAILURE_RES:
        match = pattern.match(clause)
        if match is not None and _names_tool(match.group("thing"), tools):
            return True
    return False


def reports_failure(claim: str, failed: frozenset[str], tools: frozenset[str]) -> bool:
    """Is the claim only a note that a tool of ours failed (and that the bot cannot see what it asked for), on a
    trace where a tool call failed (``tools``: the stems of their names, empty when none failed; ``failed``:
    their input values)? Every code or figure it names must be an input of a failed call."""
    if not tools:
        return False
    text = _OPENING_RE.sub("", claim.strip(" .!"), count=1)
    clauses = [c.strip(" .!") for c in _CLAUSE_RE.split(text) if c.strip(" .!")]
    if not clauses or not _failure(clauses[0], tools):
        return False
    for clause in clauses[1:]:
        if _failure(clause, tools):
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


#: A refusal or a could-not in an earlier sentence of the answer: the offer closes it.
_REFUSAL_RE = re.compile(
    r"\b(?:can['’]?t|cannot|can not|couldn['’]t|could not|unable|not able|isn['’]t|wasn['’]t|aren['’]t|doesn['’]t"
    r"|don['’]t|didn['’]t|won['’]t|no longer|too (?:soon|late|close)|fully booked|already (?:booked|out|taken|full)"
    r"|not available|unavailable|not possible|declined|refused|rejected|turned down)\b", re.IGNORECASE)
_MODAL = r"(?:may|might|can|could)"
_DESK = (r"(?:the |our |your |a )?(?:[\w-]+ )?(?:team|desk|branch|reception|office|staff|shop|store|clinic|studio"
         r"|front desk|counter|helpline)")
#: The customer's alternative: "Another day might work", "Another weekend may still be free", "A later date can be
#: requested".
_ALTERNATIVE_RE = re.compile(
    rf"^(?:but |still,? )?(?:another|a later|an earlier|a different|other) (?:day|date|weekend|week|time|slot|session"
    rf"|month|evening|morning|afternoon)s? {_MODAL}(?: still| also| always)?"
    rf" (?:work|suit|be (?:free|available|open|possible|fine|requested|booked|arranged|an option))"
    rf"(?: instead| though| for you)?$", re.IGNORECASE)
#: A desk to ask: "Reception can give directions", "The branch can confirm your voucher amount", "The events team
#: can talk options through".
_DESK_RE = re.compile(
    rf"^{_DESK} {_MODAL}(?: also| always| happily)? (?:confirm|give (?:you )?directions|advise(?: you)?|explain"
    rf"|tell you|talk (?:[\w-]+ ){{0,2}}through|talk through|answer|check)\b(?P<rest>[\w' -]{{0,40}})$",
    re.IGNORECASE)
#: The customer asking a desk: "He can ask the branch for a copy himself", "You could check with reception".
_ASK_DESK_RE = re.compile(
    rf"^(?:you|he|she|they) {_MODAL}(?: also| always)? (?:ask|call|contact|check with|email|e-mail|ring|phone)"
    rf" {_DESK}\b(?P<rest>[\w' -]{{0,40}})$", re.IGNORECASE)
#: The customer trying again later: "You could reserve it when you're nearly done", "You can book it once you've
#: landed" (the verb must be the question's own: the action the refusal refused).
_RETRY_RE = re.compile(
    rf"^you {_MODAL}(?: always| still| just)? (?P<verb>[\w-]+) (?:it|one|that|them)(?: again)?"
    rf" (?:when|once|as soon as) you(?:['’]re|['’]ve| are| have)?(?P<rest>(?: [\w'’-]+){{1,3}})$", re.IGNORECASE)
#: What a refusal left open: "I can still pause from tomorrow if you want", "You can still come and cut one while
#: we're open"; the closing "if you want" and "while we're open" add nothing.
_STILL_RE = re.compile(
    r"^(?:but |though |still,? )?(?P<who>i|we|you) (?:can|could) still (?P<verb>[\w-]+)(?P<rest>(?: [\w'’-]+){0,6}?)"
    r"(?:,? (?:while|when|whenever) we(?:['’]re| are) open)?(?:,? if you(?:['’]d)? (?:want|like|wish|prefer)"
    r"(?: to| that| it)?)?$", re.IGNORECASE)
#: The relative times such an offer may name.
_RELATIVE_TIMES = frozenset(stem(w) for w in (
    "tomorrow", "later", "another", "next", "other", "instead", "again", "time", "day", "today", "soon", "week",
    "still", "one", "anytime",
))
#: A benefit no refusal leaves open by itself: such an offer is a claim of the business.
_BENEFITS = frozenset(stem(w) for w in (
    "refund", "discount", "waive", "credit", "voucher", "compensation", "compensate", "upgrade", "reimburse",
    "cheaper", "price", "fee", "charge", "cost", "free", "exception",
))
_JOINS = frozenset(("and", "with", "for", "plus", "but", "or"))
_REST_WORDS = 4
#: A desk offer may add one word of its own to what it hands over ("talk options through").
_NEW_WORDS = 1
_REFLEXIVES = frozenset(stem(w) for w in ("himself", "herself", "yourself", "themselves", "ourselves", "myself"))
_CALENDAR = frozenset(w.lower() for w in (*WEEKDAYS, *CALENDAR_ABBREVIATIONS.values(), *CALENDAR_ABBREVIATIONS))


def closing_offer(claim: str, before: str, given: frozenset[str], asked: frozenset[str] = frozenset()) -> bool:
    """Is the claim a modal offer of the customer's alternative after a refusal in ``before`` (the answer's
    earlier sentences; a retry later of the question's own action; a "can still" offer, its verb one of ``asked``,
    the question's stems, when the bot offers it), or of a desk to ask whose other words are ``given`` (the stems of
    the question, the documents and the answer's earlier sentences) but one, with no figure, code, weekday or
    month?"""
    text = claim.strip(" .!")
    if has_digit(text) or identifiers_in(text):
        return False
    if not _CALENDAR.isdisjoint(w.lower() for w in words_in(text)):
        return False
    if _ALTERNATIVE_RE.match(text):
        return _REFUSAL_RE.search(before) is not None
    if PROMISE_RE.search(text):  # "the desk can check it for free", "... once you're back, on us"
        return False
    still = _STILL_RE.match(text) if READ_STILL_OFFERS and "still" in text.lower() else None
    if still is not None:
        return _still_offer(still, before, given, asked)
    retry = _RETRY_RE.match(text)
    if retry is not None:
        return (_REFUSAL_RE.search(before) is not None and stem(retry.group("verb")) in given
                and _JOINS.isdisjoint(w.lower() for w in retry.group("rest").split()))
    match = _DESK_RE.match(text) or _ASK_DESK_RE.match(text)
    if match is None or len(match.group("rest").split()) > _REST_WORDS:
        return False
    return len(content_stems(match.group("rest")) - given - _REFLEXIVES) <= _NEW_WORDS


def _still_offer(still: re.Match[str], before: str, given: frozenset[str], asked: frozenset[str]) -> bool:
    """Is a "can still" sentence what a refusal in ``before`` left open: the bot's offer of the question's own act
    (``asked``), or the customer's way round it in given words but one, naming no benefit?"""
    if _REFUSAL_RE.search(before) is None:
        return False
    verb = stem(still.group("verb"))
    words = content_stems(still.group("rest")) | {verb}
    if not words.isdisjoint(_BENEFITS):
        return False
    new = words - given - _RELATIVE_TIMES
    if case_key(still.group("who")) in ("i", "we"):
        return verb in asked and not new
    return len(new) <= _NEW_WORDS


def _earlier(answer: str, claim: str) -> str:
    """The answer's sentences before the one holding the claim (empty when it is not found)."""
    out: list[str] = []
    for sentence in sentences_of(answer):
        if claim in sentence:
            return " ".join(out)
        out.append(sentence)
    return ""


def _given_stems(trace: Trace) -> frozenset[str]:
    """The content stems of the question and the retrieved documents: what a desk offer may name."""
    texts = [trace.query or "", *(d.content for d in trace.documents or ())]
    return frozenset().union(*(content_stems(t) for t in texts))


def _dated(support: list[ClaimSupport], trace: Trace) -> list[ClaimSupport]:
    """The verdicts, read with the calendar (:mod:`llmops_kit.dated_weekdays`): an absent claim missing only
    weekdays that are the weekdays of the dates it states them with is supported, a supported claim stating a
    weekday that is not its date's is contradicted."""
    year = trace.timestamp.year if trace.timestamp is not None else None
    out = list(support)
    for n, verdict in enumerate(support):
        right, wrong = dated_weekdays(verdict.claim, year)
        if wrong and verdict.supported:
            out[n] = verdict.model_copy(update={"verdict": "contradicted", "source": "the calendar",
                                                "evidence": None, "missing": tuple(sorted(wrong))})
        elif (right and verdict.verdict == "absent" and verdict.missing and set(verdict.missing) <= right
              and writes_a_date((trace.query, *(d.content for d in trace.documents or ())))):
            out[n] = verdict.model_copy(update={"verdict": "supported", "source": "the calendar",
                                                "evidence": None, "missing": ()})
    return out


def _settled(support: Iterable[ClaimSupport], trace: Trace, min_status: int) -> list[ClaimSupport]:
    """The verdicts, a failure note or a closing offer among the unsupported ones made supported."""
    failed, tools = failed_inputs(trace, min_status), failed_tools(trace, min_status)
    answer = trace.answer or ""
    given = _given_stems(trace)
    asked = content_stems(trace.query or "")
    out = []
    for verdict in support:
        if verdict.supported:
            out.append(verdict)
        elif reports_failure(verdict.claim, failed, tools):
            out.append(verdict.model_copy(update={"verdict": "supported", "source": "a failed tool call",
                                                  "evidence": None, "missing": ()}))
        elif closing_offer(verdict.claim, before := _earlier(answer, verdict.claim),
                           given | content_stems(before), asked):
            out.append(verdict.model_copy(update={"verdict": "supported", "source": "conversation (an offer)",
                                                  "evidence": None, "missing": ()}))
        else:
            out.append(verdict)
    return out


def settle(report: QualityReport, trace: Trace, min_status: int = 400) -> QualityReport:
    """The report with its failure notes and closing offers counted as supported, and weekdays stated with a
    date read against the calendar in the trace's year (:mod:`llmops_kit.dated_weekdays`), groundedness recomputed;
    the report itself when there is none (it is cached and never changed). ``min_status``: the contract's
    ``tools.error_http_status`` (a call whose payload reports an error code from it on failed)."""
    if not report.support:
        return report
    support = _dated(report.support, trace)
    if all(v.supported for v in support):
        if all(a is b for a, b in zip(support, report.support, strict=True)):
            return report
    else:
        support = _settled(support, trace, min_status)
    if all(a is b for a, b in zip(support, report.support, strict=True)):
        return report
    unsupported = [v.claim for v in support if not v.supported]
    groundedness = (len(support) - len(unsupported)) / len(support)
    return report.model_copy(update={"support": support, "groundedness": round(groundedness, 4),
                                     "unsupported_sentences": unsupported})
