"""A price list the evidence says no longer applies is no rival to the current article's figure
(:data:`llmops_kit.retired_passages.READ_RETIRED_RIVALS`, the ``rest55`` round).

Last year's list retrieved beside this year's names the subject in full ("the bikes cost: City €10 per day"), while
the current article's list item names only its kind ("City (3 gears ...): €12 per day"), so the subject-figure
reader took the old list for the clause that says what the claim's subject costs, and contradicted an answer that
kept to the current price. Controls: a price neither list states (still contradicted), the old price restated
(read as before), an old list that does not say it was replaced, a service "replaced by us" (no retirement), and the
switch off giving the old verdict."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import retired_passages
from llmops_kit.quality import Document
from llmops_kit.retired_passages import retired_rival

from .verdict_cases import documents_evidence, fresh_scores, fresh_verdicts

CURRENT = Document(id="BK-1", content="Our hire bikes come in two kinds. City (3 gears, riders up to 1.95 m): €12 per "
                                      "day. E-bike (range about 60 km): €30 per day. A helmet is included.")
OLD = ("Until 31 December 2026 the hire bikes cost: City €10 per day; E-bike €25 per day. "
       "These prices no longer apply.")
RETIRED = Document(id="BK-1-2026", content=OLD)
UNMARKED = Document(id="BK-1-2026", content=OLD.removesuffix(" These prices no longer apply."))
ASKED = "How much is a city bike for a day?"
KEPT_TO_CURRENT = "A city hire bike is €12 per day."


def test_the_current_price_beside_a_retired_list_is_not_contradicted() -> None:
    assert fresh_verdicts(KEPT_TO_CURRENT, [CURRENT, RETIRED], ASKED) == ["supported"]


def test_a_price_neither_list_states_is_still_flagged() -> None:
    assert fresh_verdicts("A city hire bike is €11 per day.", [CURRENT, RETIRED], ASKED) == ["contradicted"]


def test_the_retired_price_restated_reads_as_it_did() -> None:
    # the old list holds €10 for the words of the claim, so the subject reader never looked for a rival: this
    # reading only drops a retired rival, and leaves such a claim to the readers as before
    old_price = "A city hire bike is €10 per day."
    with fresh_scores(), patch.object(retired_passages, "READ_RETIRED_RIVALS", False):
        before = fresh_verdicts(old_price, [CURRENT, RETIRED], ASKED)
    assert fresh_verdicts(old_price, [CURRENT, RETIRED], ASKED) == before


def test_an_old_list_that_does_not_say_it_was_replaced_is_still_a_rival() -> None:
    assert fresh_verdicts(KEPT_TO_CURRENT, [CURRENT, UNMARKED], ASKED) == ["contradicted"]


def test_the_switch_off_gives_the_old_verdict() -> None:
    with fresh_scores(), patch.object(retired_passages, "READ_RETIRED_RIVALS", False):
        assert fresh_verdicts(KEPT_TO_CURRENT, [CURRENT, RETIRED], ASKED) == ["contradicted"]


def test_a_retirement_is_read_from_its_own_passage_and_cue() -> None:
    rival = "Until 31 December 2026 the hire bikes cost: City €10 per day; E-bike €25 per day."
    evidence = documents_evidence([CURRENT, RETIRED], ASKED)
    assert retired_rival(evidence, "document BK-1-2026", rival, "12", "€")
    assert not retired_rival(evidence, "document BK-1-2026", rival, "11", "€")  # no current passage states 11 €
    # "replaced by us" is a service, and a retirement in another passage of the same text retires nothing here
    serviced = Document(id="BK-1-2026", content=OLD.replace("These prices no longer apply.", "Punctured tubes are "
                                                             "replaced by us.") + "\n\nOld helmets no longer apply.")
    evidence = documents_evidence([CURRENT, serviced], ASKED)
    assert not retired_rival(evidence, "document BK-1-2026", rival, "12", "€")
