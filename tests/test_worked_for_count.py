"""A labelled list item's total for the customer's own count ("$280.00 per lift per month ($1,120.00 for 4)")
read as the answer's result, not as a figure the evidence states of the label (a reader fault of
:mod:`llmops_kit.labelled_figures`; made-up texts, both sides)."""

from __future__ import annotations

from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

_PLANS = ("Standard cover: one visit a quarter, £45.00 per boiler per year. Full cover: parts and labour included, "
          "£120.00 per boiler per year.\n\nCall-outs without cover are £95.00.")
_ASKED = "We manage a block with 3 boilers. What would cover cost us?"


def _unsupported(answer: str) -> list[tuple[str, tuple[str, ...]]]:
    report = score_answer(answer, [Document(id="kb-1", content=_PLANS)], query=_ASKED)
    return [(s.verdict, s.missing) for s in report.support if s.verdict != "supported"]


def test_a_total_for_the_customers_count_is_the_answers_result() -> None:
    answer = ("For your 3 boilers:\n- **Standard cover**: £45.00 per boiler per year (£135.00 for 3).\n"
              "- **Full cover**: £120.00 per boiler per year (£360.00 for 3).")
    assert _unsupported(answer) == []


def test_a_wrong_total_or_a_count_the_customer_did_not_give_is_still_flagged() -> None:
    wrong_total = ("For your 3 boilers:\n- **Standard cover**: £45.00 per boiler per year (£145.00 for 3).\n"
                   "- **Full cover**: £120.00 per boiler per year (£360.00 for 3).")
    assert _unsupported(wrong_total)
    other_count = ("For your boilers:\n- **Standard cover**: £45.00 per boiler per year (£180.00 for 4).\n"
                   "- **Full cover**: £120.00 per boiler per year (£360.00 for 3).")
    assert _unsupported(other_count)


def test_a_price_moved_to_another_label_is_still_flagged() -> None:
    answer = "- **Call-outs without cover**: £45.00 each."
    assert _unsupported(answer)
