"""An interjection opening a sentence (:mod:`llmops_kit.text.interjections`): "Oops, I can't reach the ticket system
right now, so I can't see <code>", "Ooh, sorry to hear that", "Oh no - I can't reach our bookings diary right now"
are the fallback, sympathy or decline that "Sorry," or nothing before them opens, and are conversation, not claims.

Controls: a fact after the interjection ("Oops, the ticket is for Sunday" when the record says Saturday, "Hmm, the
locker is 5 euro" when it is 2) stays a claim and is judged as written; a word that only looks like an interjection
("Ah Young's bakery ...", "Ohio ...") with no mark after it is no interjection; switched off, the opener keeps the
fallback a claim (the reading is what drops it).

The fixtures are this file's own (a climbing gym, a bakery, a bike shop).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import claims, interjections
from llmops_kit.text.claims import claim_text
from llmops_kit.text.interjections import without_interjection
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

_CITE = r"\[[\w-]+\]"
GYM = [Document(id="cg-1", content="A day pass is 18 euro; lockers cost 2 euro and shoes rent for 4 euro. Under-14s "
                                   "climb with an adult.")]
GYM_SYS = "Answer from the gym notes and tool results. Otherwise refer the customer to desk@bouldercave.example."
BIKES = [Document(id="bk-2", content="A standard service is £65 and takes 3 working days. Brake bleeds are £25 "
                                     "extra.")]
BIKES_SYS = "Answer from the workshop notes. When a booking lookup fails, say so and give our number 0161 555 0188."


@pytest.mark.parametrize("sentence", [
    "Oops, I can't reach the ticket system right now, so I can't see CG-40112",
    "Whoops - couldn't pull up your booking just now",
    "Ooh, sorry to hear that",
    "Oh no - I can't reach our bookings diary right now, so I can't see BK-7730",
    "Hmm, can't find that in our notes, sorry",
    "Uh-oh, the booking system isn't responding right now",
    "Argh! I couldn't load your order",
    "Ah, that isn't covered in our help articles",
])
def test_conversation_after_an_interjection_is_no_claim(sentence: str) -> None:
    assert claim_text(sentence, _CITE, (), 3) is None


@pytest.mark.parametrize("sentence", [
    "Oops, the ticket is for Sunday",
    "Hmm, lockers cost 5 euro",
    "Oh no - your bike needs a new chain, which is £30",
    "Ah Young's bakery is next door to us",
    "Ohio customers pay no shipping",
])
def test_a_fact_after_an_interjection_or_a_look_alike_stays_a_claim(sentence: str) -> None:
    assert claim_text(sentence, _CITE, (), 3) is not None


def test_without_interjection_strips_only_a_marked_opener() -> None:
    assert without_interjection("Oops, I can't reach it") == "I can't reach it"
    assert without_interjection("Oh dear! Sorry to hear that") == "Sorry to hear that"
    assert without_interjection("Oh no, oops, can't see it") == "can't see it"
    assert without_interjection("Ah Young's bakery") == "Ah Young's bakery"
    assert without_interjection("Lockers cost 2 euro") == "Lockers cost 2 euro"


def test_the_fallback_after_an_interjection_is_not_flagged() -> None:
    """The fallback is no claim; the held price beside it is supported."""
    answer = "Oops, I can't reach the booking system right now, so I can't see BK-7730. A standard service is £65."
    assert _verdicts(answer, BIKES, "Is my service BK-7730 done? How much is a service?", BIKES_SYS) == ["supported"]


def test_a_wrong_fact_after_an_interjection_is_still_flagged() -> None:
    assert _verdicts("Oops, lockers cost 5 euro.", GYM, "How much is a locker?", GYM_SYS) != ["supported"]
    assert _verdicts("Oops, lockers cost 2 euro.", GYM, "How much is a locker?", GYM_SYS) == ["supported"]


def test_the_reading_is_what_drops_the_fallback() -> None:
    """Switched off, the fallback after "Oops," is a claim again (the reading is doing the work)."""
    sentence = "Oops, I can't reach the ticket system right now, so I can't see CG-40112"
    with fresh_scores(claims.read_answer), patch.object(interjections, "READ_INTERJECTIONS", False):
        assert claim_text(sentence, _CITE, (), 3) is not None
