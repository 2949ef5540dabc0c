"""A first-person decline written without its "I" (:data:`llmops_kit.text.claims._OWN_DECLINE_RE`): "Couldn't find
that in our notes, sorry", "Can't send invoices from here", "Sewing repairs aren't something I can help with" say
what the bot could not do, as "I couldn't find ..." does, and are conversation, not claims about the business.

Controls: a passive rule ("Can't be refunded after 48 hours"), a rule with the customer as the unspoken subject
("Can't park on the pier after 6pm", "Can't bring dogs inside"), a topic "we" cannot help with (the business), and
a decline carrying a figure stay claims; a wrong fact beside the decline is still flagged.

The fixtures are this file's own (a tea shop, a dry cleaner, a marina).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import claims
from llmops_kit.text.claims import claim_text
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

_CITE = r"\[[\w-]+\]"
TEA = [Document(id="ts-1", content="Loose-leaf orders ship for a flat £3.50, free over £40. We ship within the UK "
                                   "only.")]
TEA_SYS = "Answer from the tea shop notes and tool results. Otherwise refer the customer to hello@leafandpot.example."


@pytest.mark.parametrize("sentence", [
    "Couldn't find that in our help notes, sorry",
    "Sorry, couldn't pull up the order",
    "Wasn't able to open the booking just now",
    "Can't send invoices from here, sorry",
    "Can't see payment details in this chat",
    "Can't advise on that one",
    "Sewing repairs aren't something I can help with",
])
def test_a_decline_without_its_subject_is_conversation(sentence: str) -> None:
    assert claim_text(sentence, _CITE, (), 3) is None


@pytest.mark.parametrize("sentence", [
    "Can't be refunded after 48 hours",
    "Can't park on the pier after 6pm",
    "Can't bring dogs inside the cafe",
    "Couldn't be easier: the moorings open at 7",
    "Sewing repairs aren't something we can help with",
    "Couldn't find order 4471 in the system",
])
def test_a_rule_or_a_figure_stays_a_claim(sentence: str) -> None:
    """The passive rule, the customer's unspoken 'you', the business's 'we' and a figure all keep the sentence."""
    assert claim_text(sentence, _CITE, (), 3) is not None


def test_the_answer_with_a_subjectless_decline_is_not_flagged() -> None:
    """The decline is no claim; the held shipping fact beside it is supported."""
    answer = "Can't send receipts from here, sorry. Loose-leaf orders ship for a flat £3.50, free over £40."
    assert _verdicts(answer, TEA, "Can you email me a receipt? And what's shipping?", TEA_SYS) == ["supported"]


def test_a_wrong_fact_beside_the_decline_is_still_flagged() -> None:
    answer = "Can't send receipts from here, sorry. Loose-leaf orders ship for a flat £4.50, free over £40."
    assert _verdicts(answer, TEA, "Can you email me a receipt? And what's shipping?", TEA_SYS) != ["supported"]


def test_the_reading_is_what_drops_the_decline() -> None:
    """Switched off, the subjectless decline is a claim again (the reading is doing the work)."""
    with fresh_scores(claims.read_answer), patch.object(claims, "_OWN_DECLINE_RE", claims.re.compile(r"(?!)")):
        assert claim_text("Couldn't find that in our help notes, sorry", _CITE, (), 3) is not None


# ---- a system the bot cannot reach for the moment ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Can't reach bookings right now, so I can't see WSH-20417",
    "Can't reach the booking system at the moment",
    "Sorry, can't get through to reservations right now, so I can't check booking RB-7731",
    "Cannot connect to the order system just now",
])
def test_a_system_out_of_reach_for_the_moment_is_conversation(sentence: str) -> None:
    """'Can't reach bookings right now' is 'I can't reach ...', the bot's own failed lookup; the record code in a
    closing 'so I can't see <code>' is the customer's, which 'I can't see WSH-20417' alone names too."""
    assert claim_text(sentence, _CITE, (), 3) is None


@pytest.mark.parametrize("sentence", [
    "Can't reach the car park after 10 PM",
    "Can't reach the marina by road in winter",
    "Can't reach bookings right now, so your wash is cancelled",
    "Can't reach bookings right now, so I can't see WSH-20417 or its £85 price",
])
def test_a_place_out_of_reach_or_a_conclusion_stays_a_claim(sentence: str) -> None:
    """A rule about a place (no moment), a conclusion after the decline, and a figure beyond the record code."""
    assert claim_text(sentence, _CITE, (), 3) is not None


def test_a_wrong_fact_beside_the_unreachable_system_is_still_flagged() -> None:
    answer = "Can't reach bookings right now, sorry. Loose-leaf orders ship for a flat £4.50, free over £40."
    assert _verdicts(answer, TEA, "Where's my order? And what's shipping?", TEA_SYS) != ["supported"]
