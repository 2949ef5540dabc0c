"""A claim that states what lies outside itself (:data:`llmops_kit.universal_scope.READ_OWN_OUTSIDE`): "Anywhere inside
the ring, districts 1-12; parking outside it costs 350 HUF" gives the far side its own terms, so its "anywhere" says
no same terms everywhere, though a replaced article beside the current one prices the outside otherwise. Controls: an
"anywhere" with no word of the outside stays contradicted, and so does the claim's own outside figure when only the
replaced article's holds; with the switch off the old verdict returns. The fixtures are this file's own (a scooter
share in Budapest)."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import universal_scope
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

OLD = Document(id="sc-7a", content="Park your scooter at any stand inside the ring, districts 1-9. Parking outside the "
                                   "ring costs 250 HUF.")
CURRENT = Document(id="sc-7", content="Park your scooter at any stand inside the ring, districts 1-12. Parking outside "
                                      "the ring costs 350 HUF. Stands at metro stations are always free.")
DOCS = [OLD, CURRENT]
QUESTION = "Where can I leave the scooter, and what if I'm outside the ring?"
OWN_OUTSIDE = "Anywhere inside the ring, districts 1-12; parking outside it costs 350 HUF."


def _verdicts(answer: str, docs: list[Document] = DOCS) -> list[str]:
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, docs, query=QUESTION).support]


def test_a_claim_stating_the_outside_is_no_scope_everywhere() -> None:
    assert _verdicts(OWN_OUTSIDE) == ["supported"]


PRICED = Document(id="sc-9", content="Parking at a stand inside the ring costs 150 HUF. Parking outside the ring "
                                    "costs 350 HUF.")


def test_an_anywhere_without_the_outside_stays_contradicted() -> None:
    assert _verdicts("You can park it anywhere for 150 HUF.", [PRICED]) == ["contradicted"]


def test_a_wrong_outside_figure_stays_flagged() -> None:
    assert set(_verdicts("Anywhere inside the ring, districts 1-12; parking outside it costs 300 HUF.")) & {
        "contradicted", "absent"}


def test_switched_off_the_old_verdict_returns() -> None:
    with patch.object(universal_scope, "READ_OWN_OUTSIDE", False):
        assert _verdicts(OWN_OUTSIDE) == ["contradicted"]
