"""A claim denying what a tool record holds (:mod:`llmops_kit.record_denials`): "hasn't been collected" of a record
that holds the date it was collected, each with controls that a true denial and a faithful restatement stay
supported.

The fixtures are this file's own (a bike repair shop, a library, a pet passport office).
"""

from __future__ import annotations

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.grounding import render_tool_output
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.record_denials import denied_words
from llmops_kit.traces import Document


def _record(name: str, output: dict[str, object]) -> Document:
    return Document(id=f"tool:{name}", content=render_tool_output(output))


ARTICLE = Document(id="kb-950", content="Our van picks bikes up from your door and brings them back within a week. "
                                        "Each repair has a named mechanic at the workshop.")
REPAIR = [ARTICLE, _record("repair_lookup", {"repair": "BR-40211", "collected": "2026-03-02",
                                             "mechanic": "Ffion", "state": "in workshop"})]
WAITING = [ARTICLE, _record("repair_lookup", {"repair": "BR-40211", "collected": False, "mechanic": "unassigned",
                                              "state": "not collected yet"})]
SCHEDULED = [ARTICLE, _record("repair_lookup", {"repair": "BR-40211", "collection date": "2026-03-09",
                                                "state": "not collected yet"})]
PASSPORT = [Document(id="kb-951", content="Send the pet's passport before travel: we check it before issuing the "
                                          "travel pack."),
            _record("pet_record", {"account": "PT-5520", "pet": "Biscuit", "passport seen": True})]
NO_PASSPORT = [PASSPORT[0], _record("pet_record", {"account": "PT-5520", "pet": "Biscuit", "passport seen": False})]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


@pytest.fixture
def without_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks before this reading alone (and without the empty-field reading after it, which also contradicts a
    denial of a field that holds a value: :mod:`llmops_kit.empty_fields`)."""
    monkeypatch.setattr("llmops_kit.grounding.denied_record_field", lambda claim, evidence: None)
    monkeypatch.setattr("llmops_kit.grounding.said_empty", lambda claim, evidence: None)


#: Each denial beside true sentences: the answer stays above the groundedness floor unless a claim is fabricated.
TRUE_SENTENCES = (" Our van picks bikes up from your door and brings them back within a week."
                  " Each repair has a named mechanic at the workshop.")
DENIALS = [
    ("Repair BR-40211 hasn't been collected yet." + TRUE_SENTENCES, REPAIR),
    ("Repair BR-40211 hasn't been assigned a mechanic yet." + TRUE_SENTENCES, REPAIR),
    ("We haven't received Biscuit's passport yet, so please send it before travel.", PASSPORT),
]


@pytest.mark.parametrize(("answer", "docs"), DENIALS)
def test_a_denial_of_what_the_record_holds_is_contradicted(answer: str, docs: list[Document]) -> None:
    """A date it happened on, a person assigned, a flag set: the claim denies the field's own word."""
    assert _verdicts(answer, docs)[0] == "contradicted"


@pytest.mark.parametrize(("answer", "docs"), DENIALS)
def test_without_the_reading_the_denial_passed(answer: str, docs: list[Document], without_reading: None) -> None:
    """Left to the word checks, the denial is not contradicted and the answer clears the groundedness floor."""
    report = score_answer(answer, docs, scorer=HeuristicScorer())
    assert "contradicted" not in [v.verdict for v in report.support]
    assert report.groundedness is not None and report.groundedness >= load_contract().quality.groundedness_floor


def test_a_true_denial_is_not_contradicted() -> None:
    """Control: the same sentences against a record whose field is unset ('False', 'unassigned')."""
    assert _verdicts("Repair BR-40211 hasn't been collected yet.", WAITING) == ["supported"]
    assert "contradicted" not in _verdicts("Repair BR-40211 hasn't been assigned a mechanic yet.", WAITING)
    assert _verdicts("We haven't received Biscuit's passport yet, so please send it before travel.",
                     NO_PASSPORT) == ["supported"]


def test_a_scheduled_date_is_no_report() -> None:
    """Control: 'collection date' schedules the collection; only the field's own word ('collected') reports it."""
    assert _verdicts("Repair BR-40211 hasn't been collected yet.", SCHEDULED) == ["supported"]


def test_a_record_the_claim_does_not_name_is_not_read() -> None:
    """Control: another repair's id; the record returned is for BR-40211."""
    assert "contradicted" not in _verdicts("Repair BR-40999 hasn't been collected yet.", REPAIR)


def test_a_restatement_of_the_record_is_supported() -> None:
    """Control: what the record says, said plainly, and a denial of something else ('you don't need to send
    the passport again')."""
    assert _verdicts("Repair BR-40211 was collected and Ffion is your mechanic.", REPAIR) == ["supported"]
    assert "contradicted" not in _verdicts("You don't need to send Biscuit's passport again.", PASSPORT)


def test_what_a_negation_denies() -> None:
    """The words after the negation, auxiliaries passed, to the first preposition or infinitive."""
    assert denied_words("It hasn't been collected yet.") == {"collected"}
    assert denied_words("no refund has been issued") == {"refund", "issued"}
    assert denied_words("You don't need to bring the passport.") == {"need"}
    assert denied_words("The van isn't at the depot.") == set()
