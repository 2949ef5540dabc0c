"""A figure changed in a clause of a round-up answer that restates an evidence sentence word for word around it
(:data:`llmops_kit.changed_figures.READ_CHANGED_FIGURES`): the hard-fact step let it pass because its number occurs
in another article or some arithmetic on the answer's other figures reaches it, and the claim's other words held
it up. Each case's right figure stays supported, a figure found nowhere stays flagged, a worked total and another
subject's figure are not read, and with the switch off the changed figure passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import changed_figures
from llmops_kit.changed_figures import changed_figure
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

FLAGGED = {"contradicted", "absent"}

GARDEN = [Document(id="gc-01", content="Entry to the glasshouses is 9,00 €. Trolleys take a 1 € token, returned "
                                       "when you bring the trolley back."),
          Document(id="gc-02", content="Seed packets start at 2,00 €. Guided walks last 45 minutes."),
          Document(id="gc-05", content="Friends of the garden get 10% off in the shop.")]
GARDEN_ASKED = "We're visiting on Saturday. Anything we should know?"


def _garden(trolleys: str) -> str:
    return (f"Hello! Entry to the glasshouses is 9,00 €. {trolleys} Seed packets start at 2,00 €, and walks last "
            "45 minutes.")


LAUNDRY = [Document(id="ld-2", content="To skip a collection, tell us by 6:00 PM the day before. Skipping 4 or more "
                                       "collections in a row earns $4.50 credit per collection; fewer skips earn "
                                       "nothing."),
           Document(id="ld-6", content="Invoices are paid by card by the 3rd of each month.")]
LAUNDRY_ASKED = "How do skipping and invoices work?"


def _laundry(count: str) -> str:
    return (f"Skip by 6:00 PM the day before; {count} or more collections in a row earn $4.50 credit per collection. "
            "Invoices are paid by card by the 3rd of each month.")


PRINTS = [Document(id="pr-04", content="Standard printing takes 7 business days. Rush printing: 3 business days, for "
                                       "40% extra."),
          Document(id="pr-01", content="Matte paper is 12,00 € per square metre. All prices include 15% sales tax.")]
PRINTS_ASKED = "How long will my posters take?"


def _prints(share: str) -> str:
    return (f"Printing takes 7 business days, or 3 with rush, which costs {share} extra. Matte paper is 12,00 € per "
            "square metre.")


def test_the_right_figures_are_supported() -> None:
    assert set(_verdicts(_garden("Trolleys take a 1 € token, returned when you bring the trolley back."), GARDEN,
                         GARDEN_ASKED)) == {"supported"}
    assert "contradicted" not in _verdicts(_laundry("4"), LAUNDRY, LAUNDRY_ASKED)
    assert "contradicted" not in _verdicts(_prints("40%"), PRINTS, PRINTS_ASKED)


def test_a_token_changed_to_another_articles_figure_is_contradicted() -> None:
    verdicts = _verdicts(_garden("Trolleys take a 2 € token, returned when you bring the trolley back."), GARDEN,
                         GARDEN_ASKED)
    assert "contradicted" in verdicts


def test_a_count_cut_from_its_unit_is_contradicted() -> None:
    assert "contradicted" in _verdicts(_laundry("3"), LAUNDRY, LAUNDRY_ASKED)


def test_a_share_held_by_another_rule_is_contradicted() -> None:
    assert "contradicted" in _verdicts(_prints("15%"), PRINTS, PRINTS_ASKED)


@pytest.mark.parametrize(("answer", "docs", "asked"), [
    (_garden("Trolleys take a 3 € token, returned when you bring the trolley back."), GARDEN, GARDEN_ASKED),
    (_laundry("11"), LAUNDRY, LAUNDRY_ASKED),
    (_prints("70%"), PRINTS, PRINTS_ASKED),
])
def test_a_figure_found_nowhere_stays_flagged(answer: str, docs: list[Document], asked: str) -> None:
    assert FLAGGED & set(_verdicts(answer, docs, asked))


def test_a_worked_total_and_another_subjects_figure_are_not_read() -> None:
    evidence = documents_evidence(GARDEN, GARDEN_ASKED)
    assert changed_figure("Two entries are 2 × 9,00 € = 18,00 €.", evidence) is None
    cottages = documents_evidence([Document(id="c-1", content="Fuchsia Cottage sleeps 4 and costs €640 a week."),
                                   Document(id="c-2", content="The Harbour Loft, for 2 guests, is €495 a week.")])
    assert changed_figure("The Harbour Loft sleeps 2 and costs €495 a week.", cottages) is None


def test_the_customers_own_figure_is_not_read() -> None:
    evidence = documents_evidence(LAUNDRY, "If I skip 3 or more collections in a row, do I get a credit?")
    assert changed_figure("3 or more collections in a row earn $4.50 credit per collection", evidence) is None


def test_switched_off_the_changed_figures_pass_again() -> None:
    with fresh_scores(), patch.object(changed_figures, "READ_CHANGED_FIGURES", False):
        assert set(_verdicts(_garden("Trolleys take a 2 € token, returned when you bring the trolley back."), GARDEN,
                             GARDEN_ASKED)) == {"supported"}
        assert set(_verdicts(_laundry("3"), LAUNDRY, LAUNDRY_ASKED)) == {"supported"}
        assert set(_verdicts(_prints("15%"), PRINTS, PRINTS_ASKED)) == {"supported"}


def test_a_figure_beside_the_claim_s_words_only_in_another_clause_is_no_rival() -> None:
    """The rival must hold the claim's near words near its own figure: "Delivery" opens the sentence, the 30 days
    are the returns' (control: the same words right beside the 30 still make it a rival)."""
    far = [Document(id="sh-1", content="Shipping takes 5 days. Delivery is free, and returns are accepted within 30 "
                                       "days.")]
    assert changed_figure("Delivery is within 5 days.", documents_evidence(far, "How long is delivery?")) is None
    assert _verdicts("Delivery is within 5 days.", far, "How long is delivery?") == ["supported"]
    near = [Document(id="sh-2", content="Shipping takes 5 days. Delivery is within 30 days.")]
    found = changed_figure("Delivery is within 5 days.", documents_evidence(near, "How long is delivery?"))
    assert found is not None and found[2] == "5"
