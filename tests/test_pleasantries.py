"""A whole-sentence sign-off or well-wish (:mod:`llmops_kit.text.pleasantries`): "We look forward to seeing you",
"Enjoy the view over the valley", "Good luck with the last stretch" state no fact a source could hold, as "See you
soon" does not.

Controls: a sign-off or well-wish carrying a time, a day, a place, a name, a price word or a rule word ("We look
forward to seeing you at 9:00 on Monday", "Enjoy the free champagne") stays a claim and is judged; "Enjoy" of goods
or a service that may be an invented extra ("Enjoy the welcome drink") stays a claim; a wrong fact beside the
pleasantry is still flagged; switched off, each shape is a claim again.

The fixtures are this file's own (a tyre fitter, a balloon operator, a bindery).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import claims, pleasantries
from llmops_kit.text.claims import claim_text
from llmops_kit.text.pleasantries import is_pleasantry
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

_CITE = r"\[[\w-]+\]"
TYRES = [Document(id="tf-1", content="Fitting is £18 a tyre, balancing included. The workshop is open Monday to "
                                     "Saturday, 8:00 to 17:30.")]
TYRES_SYS = "Answer from the workshop notes. Otherwise refer the customer to 0113 555 0140."
BALLOON = [Document(id="bl-1", content="Flights launch at sunrise from the Hollin paddock. The pilot decides at 04:30 "
                                       "whether the wind allows a flight; if not, you rebook free.")]
BALLOON_SYS = "Answer from the flight notes only."
BINDERY = [Document(id="bd-2", content="Hardback binding in cloth is £29 a copy and takes 4 working days.")]
BINDERY_SYS = "Answer from the bindery's price notes only."


@pytest.mark.parametrize("sentence", [
    "We look forward to seeing you",
    "We look forward to your visit",
    "We're looking forward to seeing you both",
    "Looking forward to welcoming you soon",
    "Enjoy the view over the valley",
    "Enjoy your stay",
    "Enjoy the ride over the hills",
    "Good luck with the last stretch",
    "Good luck with your final chapter",
    "Best of luck with the move",
    "Have a lovely trip together",
])
def test_a_pleasantry_is_no_claim(sentence: str) -> None:
    assert is_pleasantry(sentence)
    assert claim_text(sentence, _CITE, (), 3) is None


@pytest.mark.parametrize("sentence", [
    "We look forward to seeing you at 9:00 on Monday",
    "We look forward to seeing you in our Leeds workshop",
    "We look forward to fitting your new winter tyres for free",
    "Enjoy the free champagne",
    "Enjoy the complimentary champagne on landing",
    "Enjoy the welcome drink",
    "Enjoy the champagne after the flight",
    "Enjoy the view from our Skyline terrace",
    "Enjoy the 2 hour ride over the valley",
    "Enjoy the flight tomorrow morning",
    "Good luck with the exam, the refund arrives in 5 days",
    "Good luck with the deposit, it must be paid before Friday",
    "Good luck with the binding, which is included",
    "Have a great stay in Room 12",
])
def test_a_pleasantry_with_a_fact_stays_a_claim(sentence: str) -> None:
    assert not is_pleasantry(sentence)
    assert claim_text(sentence, _CITE, (), 3) is not None


def test_the_answer_with_a_sign_off_is_not_flagged_and_a_wrong_fact_is() -> None:
    question = "How much is fitting?"
    assert _verdicts("Fitting is £18 a tyre, balancing included. We look forward to seeing you.", TYRES, question,
                     TYRES_SYS) == ["supported"]
    assert _verdicts("Fitting is £22 a tyre, balancing included. We look forward to seeing you.", TYRES, question,
                     TYRES_SYS) != ["supported"]


def test_the_answer_with_a_well_wish_is_not_flagged_and_an_invented_extra_is() -> None:
    question = "What happens if the wind is too strong?"
    held = "The pilot decides at 04:30 whether the wind allows a flight; if not, you rebook free."
    assert _verdicts(f"{held} Enjoy the view over the valley!", BALLOON, question, BALLOON_SYS) == ["supported"]
    extra = _verdicts(f"{held} Enjoy the free champagne on landing!", BALLOON, question, BALLOON_SYS)
    assert len(extra) == 2 and extra[1] != "supported"
    assert _verdicts("The pilot decides at 06:30 whether the wind allows a flight. Enjoy the view over the valley!",
                     BALLOON, question, BALLOON_SYS) not in (["supported"], [])


def test_good_luck_keeps_the_answer_and_a_changed_price_is_still_flagged() -> None:
    question = "How much is a cloth hardback?"
    assert _verdicts("Good luck with the last stretch! Hardback binding in cloth is £29 a copy and takes 4 working "
                     "days.", BINDERY, question, BINDERY_SYS) == ["supported"]
    assert _verdicts("Good luck with the last stretch! Hardback binding in cloth is £24 a copy and takes 4 working "
                     "days.", BINDERY, question, BINDERY_SYS) not in (["supported"], [])


@pytest.mark.parametrize(("switch", "sentence"), [
    ("READ_SIGN_OFFS", "We look forward to seeing you"),
    ("READ_WELL_WISHES", "Enjoy the view over the valley"),
    ("READ_WELL_WISHES", "Good luck with the last stretch"),
])
def test_the_reading_is_what_drops_the_pleasantry(switch: str, sentence: str) -> None:
    with fresh_scores(claims.read_answer), patch.object(pleasantries, switch, False):
        assert claim_text(sentence, _CITE, (), 3) is not None
