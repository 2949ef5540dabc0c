"""Three readings of an answer's sentence after the claim decision: a tool record's field said as a sentence
(:mod:`llmops_kit.record_sentences`), an evaluative comparison the stated charges bear out
(:mod:`llmops_kit.charge_comparisons`) and the permitted side of a stated restriction
(:mod:`llmops_kit.permitted_sides`). Each faithful form is held; each wrong form (another field, a False flag,
the comparison reversed, both sides charged alike, a boundary moved) stays unsupported.

The fixtures are this file's own (a bike workshop, a photo studio, a dog walker, a climbing wall, a ferry, a
gym, a kayak hire, a vet's groomer).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import charge_comparisons, permitted_sides, record_sentences
from llmops_kit.charge_comparisons import compared_by_charges
from llmops_kit.contract import load_contract
from llmops_kit.grounding import Evidence, EvidenceSource
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts


def _verdicts(answer: str, docs: list[Document], query: str = "") -> list[str]:
    return fresh_verdicts(answer, docs, query or None)  # no question at all: None


def _last(answer: str, docs: list[Document], query: str = "") -> str:
    return _verdicts(answer, docs, query)[-1]


# ---- R: a record's field said as a sentence ---------------------------------------------------------------------

BIKE_ORDER = Document(id="tool:repair_status", content="job ref: WS-30417\nstatus: ready for collection\n"
                                                       "balance due gbp: 38.5")
BIKE_PAID = Document(id="tool:repair_status", content="job ref: WS-30417\nstatus: ready for collection\n"
                                                      "amount paid gbp: 38.5")
PHOTOS = Document(id="tool:order_lookup", content="order: PH-5521\nprint set: 6x4\nonline gallery sent: True")
PHOTOS_UNSENT = Document(id="tool:order_lookup", content="order: PH-5521\nprint set: 6x4\nonline gallery sent: False")


@pytest.mark.parametrize("claim", ["£38.50 is left to pay when you pick it up.", "£38.50 is still owed.",
                                   "The balance is £38.50 on collection."])
def test_an_amount_owed_restating_the_balance_field_is_held(claim: str) -> None:
    answer = "Job WS-30417 is ready for collection. " + claim
    assert _last(answer, [BIKE_ORDER], "Is my bike ready? WS-30417") == "supported"


@pytest.mark.parametrize(("claim", "record"), [
    ("£38.50 is left to pay when you pick it up.", BIKE_PAID),   # the field says paid, not owed
    ("£40.00 is left to pay when you pick it up.", BIKE_ORDER),  # another amount
])
def test_an_amount_owed_against_another_field_or_figure_stays_unsupported(claim: str, record: Document) -> None:
    answer = "Job WS-30417 is ready for collection. " + claim
    assert _last(answer, [record], "Is my bike ready? WS-30417") != "supported"


def test_a_flag_set_said_as_done_is_held() -> None:
    answer = "Order PH-5521 is a 6x4 print set. The download gallery has been sent."
    assert _last(answer, [PHOTOS], "What's in order PH-5521?") == "supported"


@pytest.mark.parametrize(("claim", "record"), [
    ("The download gallery has been sent.", PHOTOS_UNSENT),  # the flag is False
    ("The printed album has been sent.", PHOTOS),            # another thing than the record's field
])
def test_a_flag_said_as_done_against_false_or_another_noun_stays_unsupported(claim: str, record: Document) -> None:
    answer = "Order PH-5521 is a 6x4 print set. " + claim
    assert _last(answer, [record], "What's in order PH-5521?") != "supported"


def test_the_record_reading_is_what_holds_the_sentence() -> None:
    answer = "Job WS-30417 is ready for collection. £38.50 is left to pay when you pick it up."
    with patch.object(record_sentences, "READ_RECORD_SENTENCES", False):
        assert _last(answer, [BIKE_ORDER], "Is my bike ready? WS-30417") != "supported"


# ---- E: a comparison the stated charges bear out ----------------------------------------------------------------

WALL = Document(id="cw-2", content="Cancellations within 48 hours are charged at 30%; no-shows are charged in full.")
WALL_FLAT = Document(id="cw-2", content="Cancellations within 48 hours are charged in full; no-shows are charged "
                                        "in full.")
FERRY = Document(id="fr-7", content="Amendments are charged at 10%; cancellations are charged at 60%.")


@pytest.mark.parametrize(("claim", "docs"), [
    ("Cancelling is still better than not showing up, which is charged in full.", [WALL]),
    ("Still worth cancelling though - a no-show would cost you the full amount.", [WALL]),
    ("Amending is better than cancelling.", [FERRY]),
])
def test_a_comparison_the_stated_charges_order_is_held(claim: str, docs: list[Document]) -> None:
    answer = "Cancellations within 48 hours are charged at 30%. " + claim
    assert _last(answer, docs, "Will I be charged if I cancel?") == "supported"


@pytest.mark.parametrize(("claim", "docs"), [
    ("Not showing up is better than cancelling.", [WALL]),                                  # reversed
    ("Cancelling is better than amending.", [FERRY]),                                        # reversed
    ("Cancelling is still better than not showing up, which is charged at 50%.", [WALL]),  # another charge
])
def test_a_comparison_the_charges_do_not_bear_out_stays_unsupported(claim: str, docs: list[Document]) -> None:
    answer = "Cancellations within 48 hours are charged at 30%. " + claim
    assert _last(answer, docs, "Will I be charged if I cancel?") != "supported"


def test_a_comparison_of_actions_charged_alike_is_not_read() -> None:
    """Both charged in full: the reading does not hold it (whatever else the scorer finds in its words)."""
    pattern = load_contract().quality.citation_pattern
    claim = "Cancelling is still better than not showing up, which is charged in full"
    assert not compared_by_charges(claim, Evidence([EvidenceSource("document cw-2", WALL_FLAT.content)], pattern))
    assert compared_by_charges(claim, Evidence([EvidenceSource("document cw-2", WALL.content)], pattern))


GYM = Document(id="gy-1", content="Silver membership costs £40 a year and saves a regular class-goer about £30 a "
                                  "year. Gold membership costs £150 a year and saves a regular class-goer about £200 "
                                  "a year.")
SUMS = "For a regular class-goer, Silver (£40) saves about £30 a year. Gold (£150) saves about £200 a year. "


def test_the_better_deal_the_answers_held_sums_show_is_held() -> None:
    assert _last(SUMS + "Gold is the better deal for you.", [GYM], "Which membership?") == "supported"


def test_the_better_deal_the_sums_contradict_stays_unsupported() -> None:
    assert _last(SUMS + "Silver is the better deal for you.", [GYM], "Which membership?") != "supported"


def test_the_better_deal_on_sums_not_held_stays_unsupported() -> None:
    """The answer's own figures must be held before they can order the options."""
    sums = "For a regular class-goer, Silver (£40) saves about £30 a year. Gold (£150) saves about £260 a year. "
    assert _last(sums + "Gold is the better deal for you.", [GYM], "Which membership?") != "supported"


def test_the_comparison_reading_is_what_holds_the_sentence() -> None:
    answer = "Cancellations within 48 hours are charged at 30%. Cancelling is still better than not showing up."
    with patch.object(charge_comparisons, "READ_CHARGE_COMPARISONS", False):
        assert _last(answer, [WALL], "Will I be charged if I cancel?") != "supported"


# ---- K: the permitted side of a stated restriction --------------------------------------------------------------

GROOMER = Document(id="gr-3", content="Bring the vaccination card on a first visit. We do not groom pets that have "
                                      "had surgery in the last 21 days.")
KAYAKS = Document(id="kh-1", content="Kayaks are hired out from May to September. Under-12s paddle with an adult.")


@pytest.mark.parametrize(("answer", "docs"), [
    ("Not yet: we don't groom pets within 21 days of surgery. A date at least three weeks after the operation "
     "would be fine.", [GROOMER]),
    ("Sorry, we're closed for hire in October. Any date up to the end of September works.", [KAYAKS]),
])
def test_the_permitted_side_at_the_stated_boundary_is_held(answer: str, docs: list[Document]) -> None:
    assert _last(answer, docs, "Can we come next week?") == "supported"


@pytest.mark.parametrize(("answer", "docs"), [
    ("Not yet: we don't groom pets within 21 days of surgery. A date at least two weeks after the operation "
     "would be fine.", [GROOMER]),                                     # boundary moved
    ("Not yet: we don't groom pets within 21 days of surgery. A date at least three weeks after the holiday "
     "would be fine.", [GROOMER]),                                     # another event
    ("Sorry, we're closed for hire in October. Any date up to the end of October works.", [KAYAKS]),  # moved
])
def test_a_moved_boundary_or_another_event_stays_unsupported(answer: str, docs: list[Document]) -> None:
    assert _last(answer, docs, "Can we come next week?") != "supported"


def test_the_permitted_side_reading_is_what_holds_the_sentence() -> None:
    answer = "Sorry, we're closed for hire in October. Any date up to the end of September works."
    with patch.object(permitted_sides, "READ_PERMITTED_SIDES", False):
        assert _last(answer, [KAYAKS], "Can we come next week?") != "supported"
