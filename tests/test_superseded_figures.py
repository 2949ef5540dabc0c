"""A customer's superseded figure (:mod:`llmops_kit.superseded_figures`): "make that 6 windows, not 5", "actually
it's 300 kg", "not 3 nights but 4". An answer worked on the figure the customer took back is no longer explained
as arithmetic on the customer's own figures; the same answer on the new figure still is. A "not" with no new
figure beside it ("not 3 pm, I mean the morning") takes nothing back, and a figure a source states stays held.

The fixtures are this file's own (a window cleaner, a firewood merchant, a lakeside cabin, a bike hire).
"""

from __future__ import annotations

from llmops_kit import quality
from llmops_kit.quality import score_answer
from llmops_kit.superseded_figures import superseded_figures
from llmops_kit.traces import Document

WINDOWS = [Document(id="wc-1", content="Window cleaning: £12 per window, inside and out. No call-out charge.")]
LOGS = [Document(id="fw-1", content="Seasoned oak logs: $0.45 per kg, delivered free within 10 miles.")]
CABIN = [Document(id="cb-1", content="Lakeside cabin: €80 per night, sleeps four. Linen included.")]
BIKES = [Document(id="bk-1", content="Bike hire: 3 hours for £15, a full day for £30. Open from 9 am.")]


def _verdicts(answer: str, docs: list[Document], query: str, history: str | None = None) -> list[str]:
    quality._memo.clear()
    try:
        return [v.verdict for v in score_answer(answer, docs, query=query, history=history).support]
    finally:
        quality._memo.clear()


# ---- the reader ---------------------------------------------------------------------------------------------------

def test_the_figure_after_not_is_taken_back() -> None:
    assert superseded_figures([("Sorry - make that 6 windows, not 5. Total?", False)]) == {"5"}
    assert superseded_figures([("I weighed it again: it's 180 lb, not 120.", False)]) == {"120"}
    assert superseded_figures([("Not 3 nights but 4 - what do I pay?", False)]) == {"3"}
    assert superseded_figures([("It's 60 × 80 cm, not 50 × 70.", False)]) == {"50", "70"}
    assert superseded_figures([("It's 2,800 sq ft, not 2,400. So what do I pay?", False)]) == {"2400"}


def test_a_correction_without_the_old_figure_takes_back_the_earlier_turns_figure_of_its_noun() -> None:
    turns = [("I need 200 kg of logs and 2 bags of kindling.", True),
             ("Actually it's 300 kg. What's the price?", False)]
    assert superseded_figures(turns) == {"200"}


def test_a_not_with_no_new_figure_beside_it_takes_nothing_back() -> None:
    assert superseded_figures([("Can I come in the morning, not 3 pm? How much are 3 hours?", False)]) == frozenset()
    assert superseded_figures([("I have 4 bags, not a suitcase.", False)]) == frozenset()


# ---- answers worked on the old and on the new figure ----------------------------------------------------------------

def test_a_total_on_the_superseded_count_is_flagged_and_on_the_new_one_supported() -> None:
    question = "Sorry - make that 6 windows, not 5. What's the total?"
    history = "Can you do 5 windows on Friday?"
    assert _verdicts("At £12 per window that's £60 in total.", WINDOWS, question, history) != ["supported"]
    assert _verdicts("At £12 per window that's £72 in total.", WINDOWS, question, history) == ["supported"]
    assert _verdicts("6 × £12 = £72, with no call-out charge.", WINDOWS, question, history) == ["supported"]


def test_a_price_on_the_superseded_weight_is_flagged_and_on_the_new_one_supported() -> None:
    question = "Actually it's 300 kg. What's the price?"
    history = "I need 200 kg of logs."
    assert _verdicts("At $0.45 per kg that comes to $90.00, delivered.", LOGS, question, history) != ["supported"]
    assert _verdicts("At $0.45 per kg that comes to $135.00, delivered.", LOGS, question, history) == ["supported"]


def test_not_old_but_new_is_read_the_same_way() -> None:
    question = "Not 3 nights but 4 - what do I pay for the cabin?"
    assert _verdicts("At €80 per night that comes to €240.", CABIN, question) != ["supported"]
    assert _verdicts("At €80 per night that comes to €320.", CABIN, question) == ["supported"]


def test_a_figure_the_evidence_states_stays_held_after_another_not() -> None:
    """"not 3 pm" is a time, not a correction of a figure: the 3 hours the hire sheet prices stay held."""
    question = "Can I pick the bikes up in the morning, not 3 pm? And what do 3 hours cost?"
    assert _verdicts("3 hours cost £15, and we open from 9 am.", BIKES, question) == ["supported"]
