"""A customer's own number written the way people of their country write it (the ``pii56b`` round).

A customer who introduces themselves with their number writes it without the trunk prefix their country's national
format prints ("11 4567-8912" in Argentina, printed "011 4567-8912") or in the country's own bare grouping
("555 12 34 78" in Georgia), or, in Spain, a mobile in three groups of three ("612 345 678", printed "612 34 56 78").
The region is the trace's (its operator publishes "+34 ...", "+54 ...", "+995 ..."). ``READ_BARE_NATIONAL`` and
``READ_MOBILE_TRIPLES`` read them; the controls: amounts in thousands, clock times, ids after their labels, two-group
runs and the same digits without the region stay unread, and the international form reads as before. Two clock
times in pairs, "08 00 17 00" (a query rewriter's "08:00 to 17:00" with its colons dropped), are no phone
(``READ_CLOCK_PAIRS``), while a person's number in pairs still is.
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import phones
from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_pii
from llmops_kit.pii import find_pii
from llmops_kit.traces import Trace

_ES = ("US", "GB", "ES")
_AR = ("US", "GB", "AR")
_GE = ("US", "GB", "GE")


def _phones(text: str, region: tuple[str, ...]) -> list[str]:
    return [m.value for m in find_pii(text, region=region) if m.kind == "phone"]


@pytest.mark.parametrize(("text", "region", "number"), [
    ("soy caro 11 4567-8912. hay clase de principiantes el lunes?", _AR, "11 4567-8912"),
    ("Hola, soy Martín: 11 2345-6789, ¿tienen turno el sábado?", _AR, "11 2345-6789"),
    ("Hi, Nino here, 555 12 34 78, can I book a child seat?", _GE, "555 12 34 78"),
    ("Call me on 599 12 34 56", _GE, "599 12 34 56"),
    # Brazil's own format brackets the area code, "(21) 99876-5432" (READ_UNPREFIXED_NATIONAL); its groups without them
    ("Oi, sou a Camila, 21 99876-5432. Is there space?", ("US", "GB", "BR"), "21 99876-5432"),
])
def test_a_national_number_without_its_trunk_prefix_is_a_phone(text: str, region: tuple[str, ...],
                                                                 number: str) -> None:
    assert _phones(text, region) == [number]
    with patch.object(phones, "READ_BARE_NATIONAL", False):
        phones.phones_in.cache_clear()
        before = _phones(text, region)
    phones.phones_in.cache_clear()
    assert before == ([number] if text.startswith("Call me") else [])  # a cue word read it before; nothing else did


@pytest.mark.parametrize("text", [
    "Soy Laura, 612 345 678. ¿Puedo cambiar mi cita al jueves?",
    "Mi nombre es Pablo, 722 418 905, y quiero anular la reserva",
])
def test_a_spanish_mobile_in_three_groups_of_three_is_a_phone(text: str) -> None:
    assert len(_phones(text, _ES)) == 1
    with patch.object(phones, "READ_MOBILE_TRIPLES", False):
        phones.phones_in.cache_clear()
        assert _phones(text, _ES) == []
    phones.phones_in.cache_clear()


@pytest.mark.parametrize(("text", "region"), [
    ("+54 11 4567-8912", _AR),
    ("+995 555 12 34 78", _GE),
    ("+34 612 345 678", _ES),
    ("011 4567-8912", _AR),
])
def test_the_written_forms_read_before_still_read(text: str, region: tuple[str, ...]) -> None:
    assert _phones(text, region) == [text]
    for switch in ("READ_BARE_NATIONAL", "READ_MOBILE_TRIPLES"):
        with patch.object(phones, switch, False):
            phones.phones_in.cache_clear()
            assert _phones(text, region) == [text]
    phones.phones_in.cache_clear()


@pytest.mark.parametrize(("text", "region"), [
    ("The venue holds 250 000 000 in reserves", _ES),  # thousands: a round group
    ("Population 612 000 345", _ES),
    ("Total: 612 345 678 pesos", _AR),  # three groups of three are no Argentine grouping
    ("Open 10 30 17 30 daily", _GE),  # clock times in digit groups
    ("Open 9 00 17 00 daily", _AR),
    ("Order no. 11 4567-8912 has shipped", _AR),  # an id after its label
    ("Booking 555 12 34 78 confirmed", _GE),
    ("ref 4567-8912", _AR),  # two groups: any pair of figures
    ("Hi, Nino here, 555 12 34 78, can I book a child seat?", ("US", "GB")),  # no Georgian region in the trace
    ("soy caro 11 4567-8912", ("US", "GB", "ES")),
    ("Soy Laura, 912 345 678.", _ES),  # a landline keeps to its country's grouping ("912 34 56 78")
])
def test_controls_stay_unread(text: str, region: tuple[str, ...]) -> None:
    assert _phones(text, region) == []


_TIMES = {"start_time": "2026-05-04T21:27:54.000Z", "end_time": "2026-05-04T21:27:55.000Z"}
_DESK = "You answer for La Vereda tango school. If unsure, give the desk: +54 11 4567-0000."


def _trace(question: str, answer: str) -> Trace:
    return Trace.model_validate({
        "trace_id": "t-pii56b", "input": {"query": question}, "output": {"answer": answer},
        "spans": [{"span_id": "s1", "name": "llm.chat", "kind": "llm",
                   "messages": [{"role": "system", "content": _DESK}, {"role": "user", "content": question}],
                   "output": {"content": answer}, **_TIMES}],
    })


def test_a_customer_number_in_the_question_is_a_leak_and_the_desks_number_is_not() -> None:
    contract = load_contract()  # the desk's "+54 ..." puts Argentina among the trace's regions
    own = _trace("soy caro 11 4567-8912. hay clase de principiantes el lunes?", "Sí, los lunes de 19 a 20.30 hs.")
    assert [f.code for f in detect_pii(own, contract)] == ["PII_LEAK"]
    desk = _trace("hay clase de principiantes el lunes?", "Sí. Consultas: 11 4567-0000.")
    assert detect_pii(desk, contract) == []


@pytest.mark.parametrize("text", [
    "parking Mo-Fr 08 00 17 00 Uhr never weekends 24/7 card or weekday card",
    "open 08 30 18 00 daily",
])
def test_two_clock_times_in_pairs_are_no_phone(text: str) -> None:
    assert _phones(text, ("US", "GB", "AT")) == []
    with patch.object(phones, "READ_CLOCK_PAIRS", False):  # each was read as a Stockholm number ("08-00 17 00")
        phones.phones_in.cache_clear()
        assert _phones(text, ("US", "GB", "AT")) != []
    phones.phones_in.cache_clear()


@pytest.mark.parametrize(("text", "region"), [
    ("Appelez-moi au 06 12 34 56 78", ("US", "GB", "FR")),  # five pairs: a French mobile
    ("Ring mig på 20 30 40 45", ("US", "GB", "DK")),  # "20 30" then "40 45": no span of the day
    ("Call me on 08 00 17 00", ("US", "GB", "SE")),  # the person's own number, said so
])
def test_numbers_in_pairs_that_are_no_span_of_the_day_stay_phones(text: str, region: tuple[str, ...]) -> None:
    assert len(_phones(text, region)) == 1
