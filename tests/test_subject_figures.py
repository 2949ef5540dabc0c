"""A figure the evidence holds only for another subject, where an evidence clause naming every word of the claim's
clause gives another value (:mod:`llmops_kit.subject_figures`): "A wheel truing is £18" where the price list says
"Wheel truing: £25." and £18 is the puncture repair's. Each with controls: the right figure, the same figure held
for two subjects, a summary restating several rows, a claim naming the holder's subject, a subject the evidence
words differently, the customer's own figure and written arithmetic stay supported.

The fixtures are this file's own (a bike workshop, a swimming pool, a car ferry).
"""

from __future__ import annotations

import pytest

from llmops_kit import grounding
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.subject_figures import other_subject_figure
from llmops_kit.traces import Document

from .verdict_cases import later_figure_readings_off

BIKES = [Document(id="bw-1", content="Workshop prices. Puncture repair: £18. Wheel truing: £25. Full service: £70.")]
POOL = [Document(id="sp-1", content="A cancelled lane slot is refunded to your card within 48 hours."),
        Document(id="sp-2", content="Lockers must be emptied within 24 hours.")]
FERRY = [Document(id="cf-1", content="Fares. Weekday crossings (Mon-Fri): €40 per car, covering the driver. "
                                     "Weekend and public holiday crossings: €55 per car. Foot passengers travel free.")]
SAME = [Document(id="bw-2", content="Puncture repair: £18. Wheel truing: £18. Full service: £70.")]
WORDED = [Document(id="cf-2", content="Shipping takes 5 days. Delivery is free, and returns are accepted within "
                                      "30 days.")]


def _verdicts(answer: str, docs: list[Document], query: str | None = None) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


#: Figures held only with another subject, while a clause naming the claim's subject gives another value.
MOVED = [
    ("A wheel truing is £18.", BIKES),  # £18 is the puncture repair's; 'Wheel truing: £25.'
    ("Weekend crossings are €40 per car.", FERRY),  # €40 is the weekday fare; the weekend line says €55
    ("You are refunded within 24 hours.", POOL),  # 24 hours is the lockers'; the refund sentence says 48
]


@pytest.mark.parametrize(("answer", "docs"), MOVED)
def test_a_figure_of_another_subject_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), MOVED)
def test_without_the_reading_the_moved_figure_passes(answer: str, docs: list[Document],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """With the later figure readings off too: the days49 reading also catches the weekend crossing at the weekday
    fare, by its days."""
    monkeypatch.setattr(grounding, "other_subject_figure", lambda *args, **kwargs: None)
    with later_figure_readings_off():
        assert _verdicts(answer, docs) == ["supported"]


def test_the_verdict_quotes_the_naming_sentence() -> None:
    (verdict,) = score_answer("A wheel truing is £18.", BIKES, scorer=HeuristicScorer()).support
    assert verdict.evidence == "Wheel truing: £25."
    assert verdict.missing == ("18 £",)


@pytest.mark.parametrize(("answer", "docs"), [
    ("A wheel truing is £25.", BIKES),  # the right figure
    ("Weekend crossings are €55 per car.", FERRY),
    ("You are refunded within 48 hours.", POOL),
    ("Lockers must be emptied within 24 hours.", POOL),
    ("A wheel truing is £18.", SAME),  # the same figure held for two subjects
    ("A puncture repair is £18 and a wheel truing £25.", BIKES),  # a summary restating two rows
    ("Puncture repairs and wheel truing cost £18 and £25.", BIKES),
    ("Weekday crossings are €40 per car, and weekend ones €55.", FERRY),
])
def test_a_figure_said_of_its_own_subject_is_supported(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


def test_a_subject_the_evidence_words_differently_stays_supported() -> None:
    # 'delivery' and 'days' sit in two clauses of the other sentence, so no clause names them both
    assert "contradicted" not in _verdicts("Delivery is within 5 days.", WORDED)


def test_the_customers_own_figure_is_theirs() -> None:
    assert other_subject_figure("A wheel truing is £18.", _evidence(BIKES, "Is a wheel truing £18?")) is None


def test_written_arithmetic_is_left_to_the_arithmetic_step() -> None:
    assert other_subject_figure("A wheel truing plus a puncture repair is £25 + £18 = £43.",
                                _evidence(BIKES)) is None


def _evidence(docs: list[Document], query: str | None = None) -> grounding.Evidence:
    """The evidence a scorer reads for the documents and the customer's message."""
    from llmops_kit.quality import evidence_sources
    return grounding.Evidence(evidence_sources(docs, query=query), "")


HOUSES = [Document(id="hh-1", content="The barn sleeps 8 and costs €1,085 a week in high summer. The cottage costs "
                                      "€640 a week in high season.")]


def test_a_subject_the_claim_names_in_another_clause_is_the_holders() -> None:
    # the clause 'is €1,085 a week in high season' is said of the barn, which the holding sentence names
    assert "contradicted" not in _verdicts("The barn sleeps 8 and is €1,085 a week in high season.", HOUSES)
