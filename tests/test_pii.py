"""The personal-data scanners and the PII detector must find exactly what the plain regular expressions
find in each recorded string, only faster."""

from __future__ import annotations

import importlib
import random
from datetime import datetime, timezone

import pytest

from llmops_kit.breakers import signals
from llmops_kit.contract import load_contract
from llmops_kit.pii import find_emails, find_numbers, luhn_valid, mask, screen_text, strings_in
from llmops_kit.traces import Document, Message, Span, Trace

diagnose_module = importlib.import_module("llmops_kit.diagnose")

NUMBER_PATTERNS = [
    ("diagnose phone", diagnose_module._PHONE_RE, diagnose_module._PHONE_DIGITS),
    ("diagnose card", diagnose_module._CARD_RE, diagnose_module._CARD_DIGITS),
    ("breaker phone", signals._PHONE, signals._PHONE_DIGITS),
    ("breaker card", signals._CARD, signals._CARD_DIGITS),
]
EMAIL_PATTERNS = [("diagnose email", diagnose_module._EMAIL_RE), ("breaker email", signals._EMAIL)]

# pieces chosen to sit on the patterns' edges: separators, brackets, non-ASCII digits and spaces,
# the NUL the detector joins strings with, and whole numbers and addresses to glue together
PIECES = [*"0123456789" * 3, *" -.()+\n\t@_%", *"abXZ", "é", "٣", "\u00a0", "\x00", ".com", "a@b.co",
          "4111 1111 1111 1111", "+1 (555) 123-4567", "555-123-4567", "+44 20 7946 0958", "x.y@mail.example.org"]


def random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize(("label", "pattern", "min_digits"), NUMBER_PATTERNS, ids=[p[0] for p in NUMBER_PATTERNS])
def test_find_numbers_matches_finditer_exactly(label: str, pattern, min_digits: int) -> None:
    matched = 0
    for text in random_texts(4000, seed=min_digits):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in find_numbers(pattern, text, min_digits)] == expected, (label, text)
        matched += len(expected)
    assert matched > 200, "the generated texts should contain plenty of matches, or this test proves nothing"


@pytest.mark.parametrize(("label", "pattern"), EMAIL_PATTERNS, ids=[p[0] for p in EMAIL_PATTERNS])
def test_find_emails_matches_finditer_exactly(label: str, pattern) -> None:
    matched = 0
    for text in random_texts(4000, seed=3):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in find_emails(pattern, text)] == expected, (label, text)
        matched += len(expected)
    assert matched > 200


def test_find_numbers_skips_texts_without_a_long_digit_cluster() -> None:
    text = "Order NW-4491246 ships 2025-03-25 for $129.00, 3 items."
    assert list(find_numbers(diagnose_module._PHONE_RE, text, 10)) == []
    assert [m.group() for m in find_numbers(diagnose_module._PHONE_RE, text + " Call (555) 123-4567.", 10)] == [
        "(555) 123-4567"
    ]


def test_find_numbers_keeps_a_leading_plus_and_bracket() -> None:
    found = [m.group() for m in find_numbers(diagnose_module._PHONE_RE, "call +1 (555) 123-4567 now", 10)]
    assert found == ["+1 (555) 123-4567"]


def test_non_ascii_text_is_scanned_whole() -> None:
    # Arabic-Indic digits are digits to the regex, so the cluster shortcut must not skip them
    text = "رقم ٥٥٥-١٢٣-٤٥٦٧"
    assert [m.span() for m in find_numbers(diagnose_module._PHONE_RE, text, 10)] == [
        m.span() for m in diagnose_module._PHONE_RE.finditer(text)
    ]


def test_luhn_and_mask() -> None:
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")
    assert not luhn_valid("12345")
    assert mask("email", "jane.doe@example.com") == "j***@example.com"
    assert mask("card number", "4111 1111 1111 1111") == "***1111"


# ---- the detector's JSON screen --------------------------------------------------------------------

WORDS = ["the ", "order ", "ships ", "in ", "3 ", "days", ". ", ", ", "Thanks!", "\nOK "]
SCREEN_PIECES = [*PIECES, "\\", '"', "\\n", "\u2028", "\x1f", "\x08", "\x0b", "’", "{", "}"]


def _reference_pii(trace, public: str) -> dict[str, set[str]]:
    """The detector's definition, spelled out slowly: every recorded string outside the documents,
    scanned on its own by the plain regular expressions; values found in a document are public."""
    found: dict[str, set[str]] = {}
    places = [(trace, {"spans"})] + [(span, {"documents"}) for span in trace.spans]
    for payload, skip in places:
        for text in strings_in(payload, frozenset(skip)):
            values = [("email", m.group()) for m in diagnose_module._EMAIL_RE.finditer(text)]
            values += [("card number", m.group()) for m in diagnose_module._CARD_RE.finditer(text)
                       if luhn_valid("".join(c for c in m.group() if c.isdigit()))]
            values += [("phone number", m.group()) for m in diagnose_module._PHONE_RE.finditer(text)]
            for kind, value in values:
                if value not in public:
                    found.setdefault(kind, set()).add(mask(kind, value))
    return found


def _random_trace(rng: random.Random, index: int) -> Trace:
    def text() -> str:  # mostly plain words, now and then a piece that sits on a pattern's edge
        count = rng.randint(0, 30)
        pieces = (rng.choice(SCREEN_PIECES) if rng.random() < 0.04 else rng.choice(WORDS) for _ in range(count))
        return "".join(pieces)

    article = text() + " 555-123-4567 help@shop.example.com"
    start = datetime(2025, 3, 1, tzinfo=timezone.utc)
    spans = [
        Span(span_id="root", name="chat", kind="chain", start_time=start, end_time=start,
             input={"query": text()}, output={"answer": text()},
             attributes={text(): text(), "n": rng.randint(0, 10**15)}),
        Span(span_id="kb", parent_id="root", name="kb.search", kind="retriever", start_time=start, end_time=start,
             documents=[Document(id="kb-1", content=article)], input=text()),
        Span(span_id="llm", parent_id="root", name="llm", kind="llm", start_time=start, end_time=start,
             messages=[Message(role="user", content=f"{text()}\nRead: {article}\nQ: {text()}")],
             output=[text(), {"x": text()}]),
    ]
    return Trace(trace_id=f"fuzz-{index}", user_id=text(), metadata={"note": text()}, spans=spans)


def test_detect_pii_finds_exactly_what_scanning_each_string_finds() -> None:
    """The fast path (one scan of the trace's JSON) may only ever decide "nothing leaked" when the
    string-by-string definition agrees; when something leaked, the findings are the definition's."""
    rng = random.Random(7)
    contract = load_contract()
    leaks = screened = 0
    for index in range(1500):
        trace = _random_trace(rng, index)
        public = " ".join(d.content or "" for d in trace.documents or [])
        expected = _reference_pii(trace, public)
        findings = diagnose_module.detect_pii(trace, contract)
        got = {f.signal: f.observed for f in findings}
        assert got == {kind: len(values) for kind, values in expected.items()}, (index, trace.model_dump_json())
        leaks += bool(expected)
        screened += screen_text(trace, diagnose_module._SCREEN_EXCLUDE) is not None
    # both outcomes must be common, and the screen must usually apply, or the test proves little
    assert 200 < leaks < 1300 and screened > 500, (leaks, screened)


def test_screen_text_gives_up_where_an_escape_could_hide_a_number() -> None:
    start = datetime(2025, 3, 1, tzinfo=timezone.utc)
    span = Span(span_id="s", name="x", start_time=start, end_time=start, input="call\n555-123-4567")
    assert screen_text(span) is None  # "\n5" in JSON: the n would hide the number from the pattern
    span = Span(span_id="s", name="x", start_time=start, end_time=start, input="call 555-123-4567\nthanks")
    assert "555-123-4567" in (screen_text(span) or "")


def test_detect_pii_walks_the_strings_when_the_trace_cannot_be_serialised() -> None:
    """Deeply nested payloads and extras pydantic cannot write as JSON (objects, undecodable bytes)
    make the screen give up; the walk still finds what is there."""
    contract = load_contract()
    start = datetime(2025, 3, 1, tzinfo=timezone.utc)
    nested: object = "write to jane.doe@example.com"
    for _ in range(5000):
        nested = [nested]
    deep = Trace(trace_id="deep", spans=[Span(span_id="s", name="x", start_time=start, end_time=start, input=nested)])
    odd = Trace(trace_id="odd", metadata={"handle": object(), "raw": b"\xff\xfe", "note": "call 555-123-4567"})
    for trace, kind in ((deep, "email"), (odd, "phone number")):
        assert screen_text(trace) is None
        assert [f.signal for f in diagnose_module.detect_pii(trace, contract)] == [kind]
