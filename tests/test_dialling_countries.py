"""The caller's country in a dialling instruction, "From Canada, ring +44 ...": the customer said where they are
by a town the dialling tables know only with its province ("I'm in Winnipeg"), by a nation of the country
("Calling from Scotland") or by a short form ("Visiting from NZ"), and the answer names the country
(:mod:`llmops_kit.place_names`). Each with its controls: a country the customer did not imply stays absent, and
a wrong number after the country stays flagged.

The fixtures are this file's own (a print shop, a surf school, a repair desk).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import evidence
from llmops_kit.place_names import implied_regions
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

PRINT = [Document(id="kb-401", content="Our print desk answers weekdays 9am-5pm on +1 415 555 0199.")]
SURF = [Document(id="kb-402", content="The surf school office is on +61 2 5550 1234, open daily 7am-3pm.")]
REPAIR = [Document(id="kb-403", content="Repairs desk: +44 20 7946 0321, Monday to Friday.")]


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query).support]


def test_a_nation_of_the_country_implies_it() -> None:
    query = "Calling from Scotland - which number?"
    answer = "From the UK, dial +1 415 555 0199."
    assert _verdicts(answer, PRINT, query) == ["supported"]
    with fresh_scores(), patch.object(evidence, "READ_PLACES", False):
        assert _verdicts(answer, PRINT, query) != ["supported"]
    # controls: another country, and a number the desk does not publish
    assert _verdicts("From Ireland, dial +1 415 555 0199.", PRINT, query) != ["supported"]
    assert _verdicts("From the UK, dial +1 415 555 0188.", PRINT, query) != ["supported"]


def test_a_short_form_implies_a_country_named_in_two_words() -> None:
    query = "Visiting from NZ next week, what number do I ring?"
    answer = "From New Zealand, ring +61 2 5550 1234."
    assert _verdicts(answer, SURF, query) == ["supported"]
    with fresh_scores(), patch.object(evidence, "READ_PLACES", False):
        assert _verdicts(answer, SURF, query) != ["supported"]
    assert _verdicts("From New Caledonia, ring +61 2 5550 1234.", SURF, query) != ["supported"]
    assert _verdicts("From New Zealand, ring +61 2 5550 1243.", SURF, query) != ["supported"]


def test_a_town_known_with_its_province_implies_its_country() -> None:
    query = "I'm in Winnipeg. What number do I call?"
    answer = "From Canada, ring +44 20 7946 0321."
    assert _verdicts(answer, REPAIR, query) == ["supported"]
    with fresh_scores(), patch.object(evidence, "READ_PLACES", False):
        assert _verdicts(answer, REPAIR, query) != ["supported"]
    assert _verdicts("From the US, ring +44 20 7946 0321.", REPAIR, query) != ["supported"]
    assert _verdicts("From Canada, ring +44 20 7946 0312.", REPAIR, query) != ["supported"]


def test_a_town_known_with_its_province_counts_only_as_where_someone_is() -> None:
    """Control: a word the tables give only with a state ("Hope, AR") is a place for certain only after
    "from" or "in"; elsewhere it implies nothing."""
    assert implied_regions(["Calling from Winnipeg"]) == frozenset({"CA"})
    assert implied_regions(["Winnipeg sounds lovely"]) == frozenset()
    assert implied_regions(["Hope you can help with my order"]) == frozenset()
    answer = "From Canada, ring +44 20 7946 0321."
    assert _verdicts(answer, REPAIR, "Winnipeg friends told me about you - what number do I call?") != ["supported"]
