"""A result stated although the tool that would have returned it failed, with the controls: an apology, an
answer from the articles alone, a retry that came back, a date passed to the failed call. Fixtures are our own
(a bike-repair workshop's assistant)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_hallucination
from llmops_kit.failed_lookups import stated_without_result
from llmops_kit.findings import HALLUCINATION
from llmops_kit.traces import Trace

from .tool_request_cases import Shop

T0 = datetime(2026, 4, 7, 9, 0, tzinfo=timezone.utc)
ARTICLE = ("Repairs: a standard service is £45 and takes two working days. A wheel true is £15. "
           "Bikes not collected within 30 days of the repair are charged £2 a day storage.")
QUESTION = "Is my repair WS-4471-B done yet?"


SHOP = Shop(T0, ARTICLE, "kb-3", "Spokeworks", "repair_lookup", ("HTTPError", "502 Bad Gateway"))


def _tool(span_id: str, start: int, tool_input: dict[str, Any], output: Any = None, *, failed: bool = True
          ) -> dict[str, Any]:
    return SHOP.tool_span(tool_input, output, failed=failed, span_id=span_id, start=start)


def _trace(answer: str, tools: list[dict[str, Any]] | None = None, question: str = QUESTION) -> Trace:
    """A repair-status request whose lookup failed (unless ``tools`` says otherwise)."""
    tools = tools if tools is not None else [_tool("s2", 95, {"job": "WS-4471-B"})]
    return SHOP.trace("t-bikes", answer, question, tools)


def _flagged(trace: Trace) -> bool:
    return any(f.code == HALLUCINATION for f in detect_hallucination(trace, load_contract()))


def test_a_result_stated_for_a_record_whose_lookup_failed_is_a_hallucination() -> None:
    """The wording comes from the article (a wheel true), the id from the customer: only the failed lookup
    could have said that this job needed one."""
    trace = _trace("Repair WS-4471-B needed a wheel true as well, which is why it took longer.")
    assert stated_without_result(trace, load_contract()) is not None
    assert _flagged(trace)


def test_a_record_named_by_an_address_is_read_too() -> None:
    """An input value of letters and digits other than a code ("14 Harcourt Terrace" style) names a record."""
    trace = _trace("12 Mill Lane is a standard service, so it takes two working days.",
                   [_tool("s2", 95, {"address": "12 Mill Lane"})], "Is the bike from 12 Mill Lane fixed?")
    assert _flagged(trace)


def test_an_apology_naming_the_record_stays_healthy() -> None:
    """Control: saying the lookup could not be done, with the article's own figures, is no result stated."""
    trace = _trace("I can't look up WS-4471-B at the moment. A standard service takes two working days.")
    assert stated_without_result(trace, load_contract()) is None
    assert not _flagged(trace)


def test_an_answer_from_the_articles_alone_stays_healthy() -> None:
    """Control: the article's figures without the record's name state nothing the lookup should have returned."""
    trace = _trace("Our systems aren't answering, sorry. A standard service is £45 and takes two working days.")
    assert not _flagged(trace)


def test_a_retry_that_came_back_answers_the_record() -> None:
    """Control: the first call failed, the second returned the job: its result was there to state."""
    ok = _tool("s4", 400, {"job": "WS-4471-B"}, {"job": "WS-4471-B", "status": "ready", "extra": "wheel true"},
               failed=False)
    trace = _trace("Repair WS-4471-B needed a wheel true as well, which is why it took longer.",
                   [_tool("s2", 95, {"job": "WS-4471-B"}), ok])
    assert stated_without_result(trace, load_contract()) is None


def test_a_date_passed_to_the_failed_call_is_not_a_record() -> None:
    """Control: a slot search for a date failed; an answer naming that date from the question names no record."""
    trace = _trace("A standard service is £45; bikes booked in on 2026-04-09 are ready two working days later.",
                   [_tool("s2", 95, {"date": "2026-04-09"})])
    assert stated_without_result(trace, load_contract()) is None


def test_asking_the_customer_to_quote_the_record_stays_healthy() -> None:
    """Control: a sentence that passes the record's name on to the phone line states no result."""
    for answer in ("Our systems aren't answering. Please quote WS-4471-B when you call the workshop.",
                   "Our systems aren't answering. When you call, quote WS-4471-B and we'll check it."):
        assert stated_without_result(_trace(answer), load_contract()) is None


def test_a_record_named_quote_at_the_start_is_still_read() -> None:
    """Control: 'Quote QW-2093 is valid ...' names a quote (the noun), and states its result."""
    trace = _trace("Quote QW-2093 is valid until the end of the month.", [_tool("s2", 95, {"quote": "QW-2093"})])
    assert stated_without_result(trace, load_contract()) is not None
