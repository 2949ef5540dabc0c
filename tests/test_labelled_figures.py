"""A figure in a labelled list item or a table row is checked against what the evidence states of its label
(the ground17 round): a wrong figure found elsewhere in the evidence, or reached by arithmetic on the
answer's other figures, no longer passes for its row. Controls: rows that reorder, merge or compute from
the evidence, and cells worded as another sentence's rule, stay healthy.

The fixtures are this file's own (an e-bike shop, a dog groomer, a mobile plan, a print shop).
"""

from __future__ import annotations

from llmops_kit.labelled_figures import labelled_items
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

BIKES = [Document(id="kb-71", content="Frames carry a 5-year warranty against cracks. Batteries are covered for "
                                      "2 years or 800 charge cycles. Repairs are booked from the app.")]
GROOM = [Document(id="kb-72", content="A full groom includes a bath and nails. Small dogs up to 8 kg: £30. "
                                      "Large dogs over 20 kg: £45. Giant breeds are quoted after a look.")]
PLAN = [Document(id="kb-73", content="The Plus plan costs €14.99 a month. Roaming beyond the allowance, data "
                                     "costs €2.50 per GB. The Lite plan costs €8.99 a month.")]
PRINT = [Document(id="kb-74", content="Posters: £22 per square metre (an A1 poster is 0.5 square metres). "
                                      "1,000 flyers: £64. Prices exclude VAT at 20%.")]


def _fabricated(answer: str, docs: list[Document]) -> list[str]:
    return [v.claim for v in score_answer(answer, docs).support if v.verdict in {"contradicted", "absent"}]


def test_labelled_items_reads_list_labels_and_first_cells() -> None:
    answer = ("- **Frames**: 5 years\n- Note that repairs go through the app\n\n"
              "| size | price |\n|---|---|\n| small | £30 |")
    assert labelled_items(answer) == [("Frames", "5 years"), ("small", "£30")]


def test_a_list_item_stating_another_labels_figure_is_contradicted() -> None:
    """'Batteries: 5 years': 5 years is the frames' warranty; the battery sentence says 2 years."""
    assert _fabricated("- Frames: 5 years\n- Batteries: 5 years", BIKES) == ["Batteries: 5 years"]


def test_a_list_item_with_its_own_labels_figure_stays_healthy() -> None:
    """Control: the right figures, in either order, and merged into one item, are no contradiction."""
    assert _fabricated("- Frames: 5 years\n- Batteries: 2 years", BIKES) == []
    assert _fabricated("- Batteries: 2 years or 800 cycles\n- Frames: 5 years", BIKES) == []


def test_a_table_row_whose_figure_arithmetic_reaches_is_still_checked_against_its_label() -> None:
    """'over 15 kg' is 45 - 30 of the answer's own prices, but large dogs are 'over 20 kg'."""
    table = "| size | weight | groom |\n|---|---|---|\n| small | up to 8 kg | £30 |\n| large | over 15 kg | £45 |"
    assert _fabricated(table, GROOM) == ["large: over 15 kg; £45"]


def test_a_table_row_with_its_labels_figures_stays_healthy() -> None:
    """Control: the right rows, reordered, stay healthy."""
    table = "| size | weight | groom |\n|---|---|---|\n| large | over 20 kg | £45 |\n| small | up to 8 kg | £30 |"
    assert _fabricated(table, GROOM) == []


def test_a_cell_worded_as_another_sentences_rule_stays_healthy() -> None:
    """Control: '€2.50 per GB' beside a plan is the roaming sentence's price, not the plan's monthly one."""
    table = ("| plan | monthly | beyond it |\n|---|---|---|\n"
             "| Plus | €14.99 | €2.50 per GB |\n| Lite | €8.99 | €2.50 per GB |")
    assert _fabricated(table, PLAN) == []
    wrong = "| plan | monthly | beyond it |\n|---|---|---|\n| Plus | €8.99 | €2.50 per GB |"
    assert _fabricated(wrong, PLAN) == ["Plus: €8.99; €2.50 per GB"]


def test_a_computed_item_stays_healthy() -> None:
    """Control: a value the item computes ('0.5 m² x £22 = £11') or a total is arithmetic's to check."""
    answer = "- A1 poster: 0.5 m² x £22 = £11\n- 1,000 flyers: £64\n- Subtotal: £75\n- VAT (20%): £15\n- Total: £90"
    assert _fabricated(answer, PRINT) == []
