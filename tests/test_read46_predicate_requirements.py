"""A requirement word said of its subject names no thing after it
(:data:`llmops_kit.required_items.READ_PREDICATE_REQUIREMENTS`): in "A chest guard is mandatory either way; the desk
sells them for 4 500 Ft" the guard is what is required, and "either way" is no invented requirement. Controls: a
requirement word before a thing no text names ("a mandatory insurance card"), beside or after "either way", is still
invented; with the switch off "either way" is read as the required thing again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import required_items
from llmops_kit.required_items import unnamed_requirement
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

KIT = ("Club kit is lent free for the first month; after that it's 3 000 Ft a month or your own. A chest guard is "
       "mandatory; the desk sells them for 4 500 Ft.")
DOCS = [Document(id="kit-2", content=KIT)]
EVIDENCE = documents_evidence(DOCS, "and after the first month?")


@pytest.mark.parametrize("claim", [
    "A chest guard is mandatory either way; the desk sells them for 4 500 Ft.",
    "The chest guard is still compulsory whichever you choose.",
    "Chest guards are obligatory regardless.",
])
def test_a_requirement_said_of_its_subject_names_nothing_after_it(claim: str) -> None:
    assert unnamed_requirement(claim, EVIDENCE) is None


@pytest.mark.parametrize("claim", [
    "A chest guard is mandatory either way, plus a mandatory insurance card.",
    "Either way there's a compulsory insurance card; the desk sells chest guards for 4 500 Ft.",
])
def test_controls_an_unnamed_thing_is_still_invented(claim: str) -> None:
    found = unnamed_requirement(claim, EVIDENCE)
    assert found is not None and "insurance" in found[1]


def test_the_answer_is_supported() -> None:
    answer = "After the first month it's 3 000 Ft a month or your own. A chest guard is mandatory either way; the " \
             "desk sells them for 4 500 Ft."
    assert set(_verdicts(answer, DOCS, "and after the first month?")) == {"supported"}


def test_switched_off_either_way_is_read_as_the_thing_again() -> None:
    with fresh_scores(), patch.object(required_items, "READ_PREDICATE_REQUIREMENTS", False):
        found = unnamed_requirement("A chest guard is mandatory either way; the desk sells them for 4 500 Ft.",
                                    EVIDENCE)
        assert found is not None and found[1] == ("either", "way")
