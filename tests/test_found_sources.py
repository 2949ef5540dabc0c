"""What the bot says the texts it found cover and lack (:mod:`llmops_kit.found_sources`): supported when no evidence
sentence holds the topic said to be missing and the covered topic is held; contradicted when the evidence does hold
the "missing" topic. Controls: a denied topic the texts do cover, a covered topic they do not hold, a fact said of
the found texts without a denial, and a figure beside the description stay flagged.

The fixtures are this file's own (a bike hire shop, a bakery).
"""

from __future__ import annotations

import pytest

from llmops_kit import found_sources, scope_declines
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

BIKES = [
    Document(id="bh-1", content="Every hire includes a helmet and a D-lock. Helmets come in three sizes."),
    Document(id="bh-2", content="Bikes are collected from the Quay Street shop between 9am and 5pm."),
]
BIKES_SEATS = [*BIKES, Document(id="bh-3", content="Child seats can be fitted to any city bike on request.")]
BAKERY = [
    Document(id="bk-1", content="Our sourdough loaves are baked each morning and sold until they run out."),
    Document(id="bk-2", content="Sourdough loaves can be reserved by phone the day before."),
]
SEATS_Q = "Can you fit a child seat to the bike?"
CAKE_Q = "Do you make wedding cakes?"


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


LACKING = [
    ("The leaflets I found cover helmets, locks and collecting the bikes, but nothing about child seats.", BIKES,
     SEATS_Q),
    ("Both price lists I found are for sourdough loaves only; nothing covers wedding cakes.", BAKERY, CAKE_Q),
    ("The notes I have are about sourdough loaves, not wedding cakes.", BAKERY, CAKE_Q),
    ("The leaflets I was given list helmets and locks only; child seats are not mentioned.", BIKES, SEATS_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), LACKING)
def test_what_the_found_texts_lack_is_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), LACKING)
def test_without_the_reading_it_is_not_supported(answer: str, docs: list[Document], query: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(found_sources, "READ_FOUND_SOURCES", False)
    monkeypatch.setattr(scope_declines, "READ_REMIT_CLAUSES", False)
    assert _verdicts(answer, docs, query) != ["supported"]


def test_a_denied_topic_the_texts_cover_is_contradicted() -> None:
    """The texts did say child seats can be fitted: "nothing about child seats" misreads them."""
    answer = "The leaflets I found cover helmets, locks and collection times, but nothing about child seats."
    assert _verdicts(answer, BIKES_SEATS, SEATS_Q) == ["contradicted"]


def test_a_covered_topic_the_texts_do_not_hold_is_not_settled() -> None:
    """The texts say nothing of tyres or batteries: the description is not theirs, and is judged as before."""
    answer = "The leaflets I found cover tyre pressures and battery ranges, but nothing about child seats."
    assert _verdicts(answer, BIKES, SEATS_Q) != ["supported"]


@pytest.mark.parametrize("answer", [
    "The leaflets I found say child seats come free with every hire.",  # a fact said of the texts, no denial
    "The leaflets I found cover helmets, but nothing about child seats, which cost £6 a day.",  # a figure beside
])
def test_a_fact_beside_or_without_a_denial_stays_flagged(answer: str) -> None:
    assert _verdicts(answer, BIKES, SEATS_Q) != ["supported"]


# "What I found / what came up" as the texts, a closing decline after the denied topic, "which is not the same as"
# (the decl28 round): the same reading, the same controls.
LIBRARY = [
    Document(id="lb-1", title="Overdue books", content="Overdue books are charged 20p a day, up to £5 a book."),
    Document(id="lb-2", title="Reading groups", content="Reading groups meet on the first Tuesday of the month."),
]
LIBRARY_PRINT = [*LIBRARY, Document(id="lb-3", content="Printing is available at the front desk.")]
PRINT_Q = "Can I print a document at the library?"
WHAT_FOUND = [
    ("What came up is about the bike helmets and collection, not child seats, so I can't help with that.", BIKES,
     SEATS_Q),
    ("What I found is about sourdough loaves, which is not the same as a wedding cake, so I can't advise you on "
     "that here.", BAKERY, CAKE_Q),
    ("What I found covers overdue books and reading groups, but nothing on printing, so I can't say.", LIBRARY,
     PRINT_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), WHAT_FOUND)
def test_what_i_found_with_a_closing_decline_is_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), WHAT_FOUND)
def test_what_i_found_without_the_reading_is_not_supported(answer: str, docs: list[Document], query: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(found_sources, "READ_FOUND_SOURCES", False)
    monkeypatch.setattr(scope_declines, "READ_REMIT_CLAUSES", False)
    assert _verdicts(answer, docs, query) != ["supported"]


def test_what_i_found_denying_a_topic_the_texts_cover_is_contradicted() -> None:
    """The texts do say printing is available: "nothing on printing" misreads them."""
    answer = "What I found covers overdue books and reading groups, but nothing on printing, so I can't say."
    assert _verdicts(answer, LIBRARY_PRINT, PRINT_Q) == ["contradicted"]


@pytest.mark.parametrize("answer", [
    "What I found says we don't do printing.",  # a claim about the business, no denial of the texts
    "What I found is about overdue books, which cost 50p a day, not printing.",  # a figure to judge
    "What I found covers overdue books, but nothing on printing, so I can't say whether it costs 10p a page.",
    "What I found is about overdue books, not printing, so I can't help, but we print for free at the desk.",
    # the closing clause adds a topic the customer never raised
    "What I found covers overdue books and reading groups, but nothing on printing, so I can't say whether the "
    "scanner is free on Sundays.",
])
def test_what_i_found_with_a_fact_stays_flagged(answer: str) -> None:
    assert _verdicts(answer, LIBRARY, PRINT_Q) != ["supported"]


# The first-person frame (the decl29 round): "I only know X, not Y", "I only have X, not Y", "I can only help with
# X, not with Y", a trailing " - sorry" or a hand-off to the customer's own party after a dash. The same reading,
# the same controls, and three more: a figure after the frame, a fact after the denied topic, a clause after a dash
# that brings in words of its own.
DENTIST = [
    Document(id="dn-1", title="Opening hours",
             content="The clinic is open Monday to Friday 8am to 6pm and Saturday 9am to 1pm."),
    Document(id="dn-2", title="Check-up fees", content="A check-up and clean costs £65; children under 12 are free."),
]
DENTIST_BUS = [*DENTIST, Document(id="dn-3", content="The number 14 bus route stops at the clinic door.")]
BUS_Q = "Which bus route goes past the clinic?"
FERRY = [
    Document(id="fe-1", title="Foot passenger fares",
             content="Foot passenger fares and sailing times are posted at the harbour office."),
]
TIDE_Q = "What time is high tide in the harbour on Saturday?"
GARDEN = [
    Document(id="gc-1", title="Plant care",
             content="Water new shrubs twice a week in their first summer and mulch them in spring."),
]
SCHOOL_Q = "When do the school holidays start?"
ONLY_KNOW = [
    ("I only know our opening hours, not bus routes - sorry.", DENTIST, BUS_Q),
    ("I only have the check-up fees and opening hours, not bus routes.", DENTIST, BUS_Q),
    ("I can only help with the foot passenger fares and sailing times, not with tide tables.", FERRY, TIDE_Q),
    ("Sorry, I only know about plant care, not school holidays - your school will have those.", GARDEN, SCHOOL_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), ONLY_KNOW)
def test_i_only_know_x_not_y_is_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), ONLY_KNOW)
def test_i_only_know_x_not_y_without_the_reading_is_not_supported(answer: str, docs: list[Document], query: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(found_sources, "READ_FOUND_SOURCES", False)
    monkeypatch.setattr(scope_declines, "READ_REMIT_CLAUSES", False)
    assert _verdicts(answer, docs, query) != ["supported"]


def test_i_only_know_x_not_y_when_a_text_holds_y_is_contradicted() -> None:
    """A retrieved text names the bus route: "not bus routes" misreads what the bot was given."""
    assert _verdicts("I only know our opening hours, not bus routes.", DENTIST_BUS, BUS_Q) == ["contradicted"]


@pytest.mark.parametrize("answer", [
    "I only know our hours: we open until 9pm on Saturdays.",  # a figure, no denial
    "I only know our opening hours, not bus routes, but the 14 stops outside.",  # a fact after the frame
    "I only know our opening hours, not bus routes, but the bus stops outside the door.",  # the same, no figure
    "I only know our opening hours, not bus routes - a taxi from the station is quicker anyway.",  # a dash clause
    "I only know our opening hours, not bus routes - we'll send a car to pick you up.",  # a promise after a dash
    "I only know our parking charges, not bus routes.",  # the texts hold no parking charges
])
def test_i_only_know_with_a_fact_or_an_unheld_topic_stays_flagged(answer: str) -> None:
    assert _verdicts(answer, DENTIST, BUS_Q) != ["supported"]
