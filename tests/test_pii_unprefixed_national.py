"""A national number of a country whose own format leaves its trunk prefix out ("(11) 98765-4321" in Brazil, where
the "0" is dialled only before a carrier code), read where the trace's operator publishes a line of that country
("+55 11 3456-7821"): written exactly as the country prints it, a valid mobile or landline there, it is a phone
with no cue word. Controls: the same digits where the operator publishes no Brazilian line, another grouping, an id
after its label, the operator's own line in national form, and a region whose format prints its prefix."""

from __future__ import annotations

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.pii import find_pii
from llmops_kit.redact import trace_pii, trace_regions
from llmops_kit.testing import trace_payload
from llmops_kit.traces import Trace

CONTRACT = load_contract()


def _phones(text: str, regions: tuple[str, ...]) -> list[str]:
    return [m.canonical for m in find_pii(text, region=regions) if m.kind == "phone"]


def _park_trace(question: str, answer: str, published: str) -> Trace:
    payload = trace_payload("park", input={"query": question}, output={"answer": answer})
    payload["spans"][2]["messages"] = [
        {"role": "system", "content": f"You answer for a climbing gym. Point people to the desk: {published}."},
        {"role": "user", "content": question},
    ]
    return Trace.model_validate(payload)


def test_a_brazilian_mobile_in_its_own_format_is_read_in_a_listed_brazil():
    assert _phones("Oi, sou a Camila, (21) 99876-5432. Is there space?", ("US", "GB", "BR")) == ["+5521998765432"]
    assert _phones("Oi, sou a Camila, (21) 99876-5432. Is there space?", ("US", "GB")) == []


@pytest.mark.parametrize("text", [
    "Oi, sou a Camila, 21 9987 65432. Is there space?",  # not the country's own grouping: left to a cue word
    "Order (21) 99876-5432 has shipped.",  # an id after its label
    "Between (21) 12345-6789 and the rest.",  # no valid Brazilian number
])
def test_other_layouts_ids_and_invalid_numbers_stay_unread(text: str):
    assert _phones(text, ("US", "GB", "BR")) == []


def test_a_trace_publishing_a_brazilian_line_reads_the_customers_mobile():
    trace = _park_trace("Oi, sou a Camila, (21) 99876-5432. Is there space at 15h on Saturday?",
                        "Saturdays we're open 10h to 22h.", "(21) 3456-7821 (+55 21 3456-7821 from abroad)")
    assert trace_regions(trace, CONTRACT) == (*CONTRACT.pii.phone_regions, "BR")
    assert {item.match.canonical for item in trace_pii(trace, CONTRACT)} == {"+5521998765432"}
    assert "PII_LEAK" in diagnose(trace, CONTRACT).codes


def test_without_a_brazilian_line_and_for_the_operators_own_line_nothing_is_found():
    control = _park_trace("Oi, sou a Camila, (21) 99876-5432. Is there space at 15h on Saturday?",
                          "Saturdays we're open 10h to 22h.", "+44 20 7946 0321")
    assert trace_pii(control, CONTRACT) == []
    own = _park_trace("How do I reach you?", "Call the desk on (21) 3456-7821.",
                      "(21) 3456-7821 (+55 21 3456-7821 from abroad)")
    assert trace_pii(own, CONTRACT) == []
    assert "PII_LEAK" not in diagnose(own, CONTRACT).codes
