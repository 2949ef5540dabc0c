"""A country, nationality or language an answer derives from a place, an international number or a country
word the evidence or the customer names (:mod:`llmops_kit.place_names`), each with its control that a country
nothing implies is still flagged.

The fixtures are this file's own (a wine shipper, a ferry desk, a language school).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import evidence, place_names
from llmops_kit.place_names import implied_names
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

SHIP = [Document(id="kb-301", content="Wine parcels outside the UK need a customs declaration; the receiver "
                                      "pays any duty on arrival.")]
DESK = [Document(id="kb-302", content="Our sailings desk answers every day, 08:00-18:00.")]
FERRY = "You answer for Nordlink Ferries. The sailings desk is on +46 31 704 00 00."
SCHOOL = [Document(id="kb-303", content="Our school in Porto runs morning classes for adults, four hours a day.")]


def _verdicts(answer: str, docs: list[Document], query: str, instructions: str | None = None) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query, instructions=instructions).support]


def test_a_country_the_customers_town_implies_is_supported() -> None:
    query = "I'm sending a case of wine to my brother in Bordeaux, who pays the duty?"
    answer = "For France your brother pays any duty on arrival."
    assert _verdicts(answer, SHIP, query) == ["supported"]
    # the same answer was judged with the reading on; it fails without the reading
    with fresh_scores(), patch.object(evidence, "READ_PLACES", False):
        assert _verdicts(answer, SHIP, query) != ["supported"]


def test_a_country_no_place_implies_stays_absent() -> None:
    query = "I'm sending a case of wine to my brother in Bordeaux, who pays the duty?"
    assert _verdicts("For Spain your brother pays any duty on arrival.", SHIP, query) != ["supported"]


def test_a_nationality_an_international_number_implies_is_supported() -> None:
    query = "Which number do I ring about my sailing?"
    answer = "The Swedish sailings desk answers on +46 31 704 00 00, 08:00-18:00 every day."
    assert _verdicts(answer, DESK, query, FERRY) == ["supported"]
    with fresh_scores(), patch.object(evidence, "READ_PLACES", False):
        assert _verdicts(answer, DESK, query, FERRY) != ["supported"]
    other = "The Danish sailings desk answers on +46 31 704 00 00, 08:00-18:00 every day."
    assert _verdicts(other, DESK, query, FERRY) != ["supported"]


def test_a_town_an_article_names_implies_no_country() -> None:
    """Control: an article naming a town is about something else; only the customer's messages, the
    instructions and the tool records set where the conversation is."""
    docs = [Document(id="kb-304", content="The Kestrel Trio first played in Munich in 1998.")]
    assert _verdicts("The Kestrel Trio is German.", docs, "Where is the Kestrel Trio from?") != ["supported"]


def test_a_language_of_the_schools_town() -> None:
    assert implied_names(["Portuguese", "Italian"], [SCHOOL[0].content]) == frozenset({"Portuguese"})
    assert implied_names(["Portuguese"], ["Our school runs morning classes."]) == frozenset()
    assert implied_names(["Porto"], [SCHOOL[0].content]) == frozenset()  # a town is no country word



#: A dive shop abroad that publishes its number with the country code (this file's own fixture).
DIVE = [Document(id="kb-304", content="From abroad, call the dive centre on +30 22840 55 123, 09:00-19:00.")]
MANCHESTER = "I'm ringing from Manchester, which number do I dial?"
SEOUL = "I'm calling from Seoul, which number do I dial?"


@pytest.mark.parametrize(("query", "answer"), [(MANCHESTER, "From the UK, dial +30 22840 55 123."),
                                               (SEOUL, "From Korea, dial +30 22840 55 123.")])
def test_a_short_country_name_the_callers_town_implies_is_supported(query: str, answer: str) -> None:
    """A caller's country goes by "the UK" or "Korea", not only by its table name ("United Kingdom")."""
    assert _verdicts(answer, DIVE, query) == ["supported"]
    # fails without the short names
    with fresh_scores(place_names._country_words), patch.object(place_names, "_SHORT_NAMES", {}):
        assert _verdicts(answer, DIVE, query) != ["supported"]


def test_a_short_country_name_the_callers_town_does_not_imply_stays_absent() -> None:
    assert _verdicts("From Korea, dial +30 22840 55 123.", DIVE, MANCHESTER) != ["supported"]
    assert _verdicts("From the UK, dial +30 22840 55 123.", DIVE, SEOUL) != ["supported"]
