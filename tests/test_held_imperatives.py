"""A bare imperative that restates a rule the evidence holds (:mod:`llmops_kit.held_imperatives`): "Just wear
sturdy boots" of "Sturdy boots only", the request a "Please ..." would make. Controls: a thing the rule bans, a thing
the business supplies, a thing no text names, an urgency no text states, a second statement joined on, a figure.

The fixtures are this file's own (a climbing gym, a ferry office, a bank app, a ceramics studio, a library).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import held_imperatives
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

GYM = [Document(id="cg-1", content="Climbing shoes only on the walls: no trainers, no bare feet. "
                                   "Chalk bags are supplied free at the desk.")]
FERRY = [Document(id="fr-2", content="Foot passengers with a valid student card travel for half fare on weekdays. "
                                     "Card payments only; no cash at the kiosk.")]
BANK = [Document(id="bk-3", content="Report a lost card to the fraud team at once if you see payments you don't "
                                    "recognise.")]
APP = [Document(id="ap-4", content="You can close the account at any time from Settings > Membership; your data "
                                   "is kept for 30 days.")]
STUDIO = [Document(id="cs-5", content="Aprons can be rented at the studio for £2. Wear clothes you don't mind "
                                      "getting dirty.")]

FAITHFUL = [
    ("Just wear climbing shoes.", GYM, "What should I wear on the walls?"),
    ("Bring the student cards!", FERRY, "Three of us are students travelling on Tuesday, any discount?"),
    ("Tell the fraud team straight away.", BANK, "There are payments on my card I don't know. What do I do?"),
    ("Simply head to Settings > Membership to close it.", APP, "How do I close my account?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FAITHFUL)
def test_a_request_restating_a_held_rule_is_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


def test_the_reading_is_what_settles_the_request() -> None:
    """Switched off, the bare request is judged as a claim and not held (the reading is doing the work)."""
    answer, docs, query = FAITHFUL[0]
    with patch.object(held_imperatives, "READ_HELD_IMPERATIVES", False):
        assert _verdicts(answer, docs, query) != ["supported"]


WRONG = [
    # a thing the rule bans
    ("Just wear trainers.", GYM, "What should I wear on the walls?"),
    # cash where the rule says card only
    ("Just bring cash.", FERRY, "How do I pay for the ticket?"),
    # a thing the business supplies free: no rule to bring it
    ("Bring your own chalk bag.", GYM, "Do I need chalk?"),
    # a thing the business rents out
    ("Bring an apron.", STUDIO, "Do I need an apron?"),
    # an item no text names
    ("Bring a towel.", GYM, "Anything else I need?"),
    # the wrong person to tell
    ("Tell the branch manager straight away.", BANK, "There are payments on my card I don't know. What do I do?"),
    # a second statement joined to the request
    ("Tell the fraud team and we'll refund every payment.", BANK,
     "There are payments on my card I don't know. What do I do?"),
    # a figure the request adds
    ("Head to Settings > Membership within 14 days to close it.", APP, "How do I close my account?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), WRONG)
def test_a_banned_supplied_or_unnamed_thing_stays_flagged(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) != ["supported"]


def test_an_urgency_the_rule_does_not_state_is_not_read() -> None:
    """"straight away" is held by "at once" only: the same request against a rule with no urgency is not read."""
    calm = [Document(id="bk-6", content="Tell the fraud team about payments you don't recognise.")]
    assert held_imperatives.held_imperative("Tell the fraud team straight away", frozenset({"straight"}),
                                            _evidence(calm)) is None
    assert held_imperatives.held_imperative("Tell the fraud team straight away", frozenset({"straight"}),
                                            _evidence(BANK)) is not None


def _evidence(docs: list[Document]):  # type: ignore[no-untyped-def]
    from llmops_kit.evidence import Evidence, EvidenceSource
    return Evidence([EvidenceSource(d.id, d.content) for d in docs], r"\[[^\]]*\]")
