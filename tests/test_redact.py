"""Redaction: the PII_LEAK rules, stable placeholders within a trace, diagnosis intact, and the CLI."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import httpx2
from typer.testing import CliRunner

from llmops_kit.breakers import default_breakers
from llmops_kit.cli import EXIT_BAD_INPUT, EXIT_OK, app
from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.importers import to_langfuse, to_langsmith
from llmops_kit.io import load_traces, save_trace_record
from llmops_kit.redact import redact_text, redact_trace, trace_pii
from llmops_kit.testing import offline_client, trace_payload
from llmops_kit.traces import Document, Message, Span, Trace
from llmops_kit.traffic import generate_traffic, write_traffic

CONTRACT = load_contract()
T0 = datetime(2025, 3, 1, tzinfo=timezone.utc)
DOC = Document(id="kb-002", content="Refunds reach your card within 5 business days. Questions: "
                                    "help@northwindoutfitters.com.", score=0.8)


def leaky_trace() -> Trace:
    """A tool returns a customer record; the answer and the trace's own fields repeat parts of it."""
    record = {"email": "Jane.Doe@example.org", "phone": "+44 20 7946 0958", "card": "4111 1111 1111 1111"}
    answer = ("We emailed jane.doe@example.org and will call 020 7946 0958; a refund to card 4111 1111 1111 1111 "
              "reaches your card within 5 business days [kb-002]. Write to sam@example.net with questions.")
    spans = [
        Span(span_id="root", name="chat", kind="chain", start_time=T0, end_time=T0,
             input={"query": "Where is my refund? I'm jane.doe@example.org"}, output={"answer": answer}),
        Span(span_id="kb", parent_id="root", name="kb.search", kind="retriever", start_time=T0, end_time=T0,
             documents=[DOC]),
        Span(span_id="tool", parent_id="root", name="tool.crm", kind="tool", start_time=T0, end_time=T0,
             output=record),
    ]
    return Trace(trace_id="t-leak", user_id="jane.doe@example.org", spans=spans)


def test_redaction_is_stable_within_a_trace() -> None:
    """The same value (in any case or format) gets the same placeholder in every field; others get new ones."""
    redacted = redact_trace(leaky_trace(), CONTRACT)
    text = redacted.model_dump_json()
    assert redacted.user_id == "<EMAIL_1>" and redacted.spans[2].output["email"] == "<EMAIL_1>"
    assert redacted.spans[2].output["phone"] == "<PHONE_1>" and redacted.spans[2].output["card"] == "<CARD_1>"
    assert "<EMAIL_1> and will call <PHONE_1>" in redacted.answer and "<EMAIL_2>" in redacted.answer
    assert "example.org" not in text and "7946" not in text and "4111" not in text


def test_redacted_trace_diagnoses_without_pii_leak() -> None:
    """Before: PII_LEAK; after: no PII_LEAK, no DATA_INCIDENT, and every other finding unchanged."""
    trace = leaky_trace()
    before, after = diagnose(trace, CONTRACT), diagnose(redact_trace(trace, CONTRACT), CONTRACT)
    assert "PII_LEAK" in before.codes and "PII_LEAK" not in after.codes
    assert [c for c in before.codes if c != "PII_LEAK"] == after.codes
    assert trace_pii(redact_trace(trace, CONTRACT), CONTRACT) == []
    assert default_breakers(CONTRACT)["DATA_INCIDENT"].evaluate(redact_trace(trace, CONTRACT))["activate"] is False


def test_generated_leaks_redact_and_keep_their_other_findings() -> None:
    """Over generated traffic with leaks, redaction removes every PII_LEAK and changes no other code."""
    traces = generate_traffic(30, mix={"healthy": 0.4, "pii_leak": 0.4, "hallucination": 0.2}, seed=8)
    leaks = 0
    for trace in traces:
        before, after = diagnose(trace, CONTRACT), diagnose(redact_trace(trace, CONTRACT), CONTRACT)
        leaks += "PII_LEAK" in before.codes
        assert [c for c in before.codes if c != "PII_LEAK"] == after.codes, trace.trace_id
    assert leaks >= 10


def test_documents_and_public_contacts_are_kept() -> None:
    """Retrieved documents stay as published, and the shop's own address stays in the answer."""
    trace = leaky_trace()
    redacted = redact_trace(trace, CONTRACT)
    assert redacted.spans[1].documents == trace.spans[1].documents
    assert redact_text("Write to help@northwindoutfitters.com", CONTRACT) == "Write to help@northwindoutfitters.com"


def test_trace_without_personal_data_comes_back_unchanged() -> None:
    """Nothing to redact: the same trace, ids and all."""
    trace = generate_traffic(1, mix={"healthy": 1.0}, seed=1)[0]
    assert redact_trace(trace, CONTRACT) == trace


def test_redact_text_numbers_placeholders_by_kind() -> None:
    """A single string gets placeholders per kind, the same value the same placeholder."""
    text = "a@x.io, b@x.io, a@x.io, +1 (415) 555-2671, DE89 3704 0044 0532 0130 00"
    assert redact_text(text, CONTRACT) == "<EMAIL_1>, <EMAIL_2>, <EMAIL_1>, <PHONE_1>, <IBAN_1>"


def test_deeply_nested_payload_redacts_without_recursion() -> None:
    """A payload nested 5,000 deep is redacted (the walk is iterative)."""
    nested: object = "write to jane.doe@example.com"
    for _ in range(5000):
        nested = [nested]
    trace = Trace(trace_id="deep", spans=[Span(span_id="s", name="x", start_time=T0, end_time=T0, input=nested)])
    inner = redact_trace(trace, CONTRACT).spans[0].input
    for _ in range(5000):
        inner = inner[0]
    assert inner == "write to <EMAIL_1>"


def test_exporters_redact_on_request() -> None:
    """to_langfuse / to_langsmith with redact=True carry placeholders, never the customer's data."""
    trace = leaky_trace()
    assert "jane.doe" in json.dumps(to_langfuse(trace, contract=CONTRACT)).lower()
    for exported in (to_langfuse(trace, contract=CONTRACT, redact=True),
                     to_langsmith(trace, contract=CONTRACT, redact=True)):
        text = json.dumps(exported)
        assert "jane.doe" not in text.lower() and "4111" not in text and "<EMAIL_1>" in text


# ---- the command line ---------------------------------------------------------------------------


def run(*args: str | Path) -> object:
    return CliRunner().invoke(app, [str(a) for a in args])


def test_cli_redact_writes_jsonl_folder_and_refuses_to_overwrite(tmp_path: Path) -> None:
    """llmops redact writes a redacted JSONL or folder that diagnoses clean of PII; input == output is refused."""
    source = write_traffic(tmp_path / "in.jsonl", [leaky_trace(), *generate_traffic(3, seed=2)])
    result = run("redact", source, "--out", tmp_path / "out.jsonl")
    assert result.exit_code == EXIT_OK and "wrote 4 trace(s)" in result.stdout and "1 held" in result.stdout
    for out in (tmp_path / "out.jsonl", tmp_path / "folder"):
        if out.suffix != ".jsonl":
            assert run("redact", source, "--out", out).exit_code == EXIT_OK
        loaded = load_traces(out)
        assert len(loaded.traces) == 4 and not loaded.errors
        assert all("PII_LEAK" not in diagnose(t, CONTRACT).codes for t in loaded.traces)
    refused = run("redact", source, "--out", source)
    assert refused.exit_code == EXIT_BAD_INPUT and "overwrite" in refused.stderr


def test_cli_inspect_and_replay_redact(tmp_path: Path) -> None:
    """inspect --json --redact and replay --save --redact write no customer data."""
    path = save_trace_record(leaky_trace(), tmp_path / "leak.json")
    plain, redacted = run("inspect", path, "--json"), run("inspect", path, "--json", "--redact")
    assert "jane.doe" in plain.stdout.lower() and "jane.doe" not in redacted.stdout.lower()
    leak = generate_traffic(1, mix={"pii_leak": 1.0}, seed=3)[0]
    [address] = {item.match.value for item in trace_pii(leak, CONTRACT)}
    path = save_trace_record(leak, tmp_path / "generated.json")
    saved = tmp_path / "replayed.json"
    replayed = run("replay", path, "--backend", "simulator", "--save", saved, "--json", "--redact")
    assert replayed.exit_code == EXIT_OK, replayed.output
    assert address not in saved.read_text() and address not in replayed.stdout
    assert "<EMAIL_1>" in saved.read_text()


# ---- the screen -----------------------------------------------------------------------------------

FUZZ_PIECES = ["the ", "order ", "ships ", "3 ", "days", ". ", ", ", "\n", "\t", '"', "\\", "é", "\u00a0",
               "jane@x.io", "help@northwindoutfitters.com", "+44 20 7946 0958", "020 7946 0958", "1-800-555-0142",
               "4111 1111 1111 1111", "4111111111111111", "DE89 3704 0044 0532 0130 00", "2025-03-10 09:00",
               "order #", "span_id ", "4bf92f35", "-", "555-123-4567", "(415) 555-2671", "0171 496 0000",
               "reach me on ", "0151 23456789", "0800 157 0420", "+44 (0)7700 900 461"]


def _fuzz_trace(rng, index: int) -> Trace:  # type: ignore[no-untyped-def]
    def text() -> str:  # mostly plain words, now and then a piece that sits on a rule's edge
        count = rng.randint(0, 12)
        return "".join(rng.choice(FUZZ_PIECES) if rng.random() < 0.06 else rng.choice(FUZZ_PIECES[:5])
                       for _ in range(count))

    spans = [
        Span(span_id="root", name="chat", kind="chain", start_time=T0, end_time=T0, input={"query": text()},
             output={"answer": text()}, attributes={text(): text(), "tags": [text(), text()],
                                                      "order": rng.randint(0, 10**16)}),
        Span(span_id="kb", parent_id="root", name="kb.search", kind="retriever", start_time=T0, end_time=T0,
             documents=[Document(id="kb-1", content=text() + " Call +44 20 7946 0958.")]),
        Span(span_id="tool", parent_id="root", name="tool.crm", kind="tool", start_time=T0, end_time=T0,
             input=[text(), {"order_id": text()}], output=text()),
        Span(span_id="llm", parent_id="root", name="llm.chat", kind="llm", start_time=T0, end_time=T0, input=text(),
             messages=[Message(role="system", content=text()), Message(role="user", content=text()),
                       Message(role="assistant", content=text()), Message(role="user", content=text(), name=text())],
             output={"content": text(), "meta": {"phone": text(), "n": 3}}),
    ]
    return Trace(trace_id=f"fuzz-{index}", user_id=text(), metadata={"note": text()}, spans=spans)


def test_screen_never_hides_what_the_string_walk_finds() -> None:
    """Screening the trace's JSON first gives exactly what scanning each string with its field gives."""
    import random

    from llmops_kit.redact import _walk

    rng = random.Random(17)
    leaks = 0
    for index in range(1500):
        trace = _fuzz_trace(rng, index)
        expected = _walk(trace, CONTRACT)
        assert trace_pii(trace, CONTRACT) == expected, trace.model_dump_json()
        leaks += bool(expected)
    assert 200 < leaks < 1400, leaks  # both outcomes common, or the test proves little


class _Recording(httpx2.BaseTransport):
    """The simulator as a transport that keeps every request body it was sent."""

    def __init__(self) -> None:
        from llmops_kit.replay import SimulatorTransport

        self.inner, self.bodies = SimulatorTransport(), []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.bodies.append(request.read().decode("utf-8"))
        return self.inner.handle_request(request)


def test_bulk_replay_redacts_the_requests_it_sends() -> None:
    """With redact=True no request to the model carries the customer's address; without it, the requests do."""
    from llmops_kit.replay import bulk_replay

    leaks = generate_traffic(3, mix={"pii_leak": 1.0}, seed=5)
    addresses = {item.match.value for leak in leaks for item in trace_pii(leak, CONTRACT)}
    plain, redacted = _Recording(), _Recording()
    live = {"temperature": 1.3}  # a live model call, so something is sent
    bulk_replay(leaks, live, client=offline_client(plain), progress=False)
    frame = bulk_replay(leaks, live, client=offline_client(redacted), progress=False, redact=True)
    assert plain.bodies and any(a in body for a in addresses for body in plain.bodies)  # the control could fail
    assert redacted.bodies and not any(a in body for a in addresses for body in redacted.bodies)
    assert not any(a in frame.to_json() for a in addresses)


def test_cli_replay_redact_sends_no_customer_data(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """replay --redact redacts the trace before the request is built, not only what it prints."""
    import llmops_kit.replay as replay_package

    leak = generate_traffic(1, mix={"pii_leak": 1.0}, seed=3)[0]
    [address] = {item.match.value for item in trace_pii(leak, CONTRACT)}
    path = save_trace_record(leak, tmp_path / "generated.json")
    transport = _Recording()
    monkeypatch.setattr(replay_package, "make_client", lambda *args, **kwargs: offline_client(transport))
    result = run("replay", path, "--temperature", "1.3", "--json", "--redact")
    assert result.exit_code == EXIT_OK, result.output
    assert transport.bodies and not any(address in body for body in transport.bodies)


def _system_prompt_trace(question: str, answer: str) -> Trace:
    """A healthy request whose system prompt gives the organisation's own support line and address."""
    payload = trace_payload("sys-contact", input={"query": question}, output={"answer": answer})
    payload["spans"][2]["messages"] = [
        {"role": "system", "content": "You are the desk of Harbour Clinic. If unsure, give our line "
                                     "+44 20 7946 0321 or frontdesk@harbour-clinic.example."},
        {"role": "user", "content": question},
    ]
    return Trace.model_validate(payload)


def test_contacts_in_the_system_prompt_are_the_operators_not_a_leak() -> None:
    """The organisation's line and address from the system prompt, quoted in the answer, are not PII_LEAK."""
    answer = "Call us on 020 7946 0321 or write to frontdesk@harbour-clinic.example."
    trace = _system_prompt_trace("Who do I call?", answer)
    assert trace_pii(trace, CONTRACT) == []
    assert "PII_LEAK" not in diagnose(trace, CONTRACT).codes


def test_customer_number_next_to_a_system_prompt_contact_is_still_a_leak() -> None:
    """The control: the customer's own mobile in the question still fires although the prompt lists a line."""
    trace = _system_prompt_trace("My number is 07911 123456, please call back.", "We will call you back shortly.")
    found = trace_pii(trace, CONTRACT)
    assert [item.match.kind for item in found] and all(item.match.kind == "phone" for item in found)
    assert "PII_LEAK" in diagnose(trace, CONTRACT).codes
