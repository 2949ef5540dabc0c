"""A unit or month written after its figure ending its sentence (:data:`llmops_kit.text.split.READ_FIGURE_UNIT_ENDS`),
and a total line read in the answer as written (:data:`llmops_kit.evidence_derived.READ_WRITTEN_TOTALS`): the
``ftsplit55`` round.

"ft" (the foot) is among the splitter's abbreviations, so the forint's "Ft." never ended a sentence: "... = 6 000 Ft.
Add the pram ..." was one claim, and its "Add" read as a name no evidence holds. Split there, a quote's "Total:
117 900 Ft." becomes a claim of its own, cut from its label, and the whole-answer text the lined-total reader reads
(the claims joined) no longer calls it a total: the answer as written is read as well.
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import evidence_derived
from llmops_kit.quality import Document
from llmops_kit.text import split as text_split
from llmops_kit.text.claims import read_answer
from llmops_kit.text.split import split_sentences

from .verdict_cases import fresh_scores, fresh_verdicts

DESK = [Document(id="DK-2", content="At the desk we keep bags of any size: 1 500 Ft per item per calendar day. Prams "
                                    "are 1 000 Ft per calendar day at the desk.")]
DESK_ASKED = "Two bags and a pram at the desk for 2 days, what do I pay?"
DESK_ANSWER = "Two bags: 2 × 1 500 Ft × 2 days = 6 000 Ft. Add the pram, 1 000 Ft × 2 days = 2 000 Ft: 8 000 Ft in all."

SKI = [Document(id="SK-4", content="Ski hire is 9 000 Ft a day. Boots are 3 000 Ft a day. A helmet is free with skis.")]
SKI_ASKED = "Skis and boots for two days?"
SKI_ANSWER = "Skis: 2 × 9 000 = 18 000 Ft. Boots: 2 × 3 000 = 6 000 Ft. Together 24 000 Ft, and the helmet is free."

CLUB = [Document(id="FC-1", content="The 12-session bérlet costs 42 000 Ft (juniors: 30 000 Ft). Membership is 18 000 "
                                    "Ft a year per fencer. A plastron costs 9 900 Ft.")]
CLUB_ASKED = ("My daughter (12) and I both want to start: a bérlet each, membership for both, and one plastron for "
              "her. What is the total?")


def _club(plastron: str, total: str) -> str:
    return (f"Bérlets: 42 000 + 30 000 = 72 000 Ft. Membership: 2 × 18 000 = 36 000 Ft. Plastron: {plastron} Ft. "
            f"Total: {total} Ft.")


def test_a_unit_or_month_after_its_figure_ends_its_sentence_before_a_capital() -> None:
    assert split_sentences("So again 2 700 Ft. Add the 500 Ft booking fee.") == [
        "So again 2 700 Ft.", "Add the 500 Ft booking fee."]
    assert split_sentences("The ceiling is 9 ft. The van is lower.") == ["The ceiling is 9 ft.", "The van is lower."]
    assert split_sentences("Pay by 15 Jan. Please bring your card.") == ["Pay by 15 Jan.", "Please bring your card."]


def test_a_worked_quote_in_forints_is_held_sentence_by_sentence() -> None:
    assert fresh_verdicts(DESK_ANSWER, DESK, DESK_ASKED) == ["supported", "supported"]
    assert fresh_verdicts(SKI_ANSWER, SKI, SKI_ASKED) == ["supported"] * 3


def test_control_titles_clock_marks_and_what_goes_on_stay_one_sentence() -> None:
    for sentence in ("Meet us at 21 St. Mary's Road at noon.", "The 10 km starts at 7:15 a.m. EAT on Sunday.",
                     "The van is 9 ft. tall inside.", "The pole is 12 ft. (3.7 m) high.",
                     "It weighs approx. Two kilos.", "From Jan. Smith runs the desk.",
                     "Costs 2 700 Ft. per day at most."):
        assert split_sentences(sentence) == [sentence]
    assert split_sentences("Due on 15 Jan. 2027 at noon.") == ["Due on 15 January 2027 at noon."]


def test_control_a_unit_outside_the_list_ended_its_sentence_already() -> None:
    with fresh_scores(text_split.sentences_of), patch.object(text_split, "READ_FIGURE_UNIT_ENDS", False):
        assert split_sentences("It weighs 5 kg. Add a bag.") == ["It weighs 5 kg.", "Add a bag."]
    assert split_sentences("It weighs 5 kg. Add a bag.") == ["It weighs 5 kg.", "Add a bag."]


def test_switch_off_the_unit_joins_the_sentences_and_the_capital_reads_as_a_name() -> None:
    with fresh_scores(text_split.sentences_of, read_answer), patch.object(text_split, "READ_FIGURE_UNIT_ENDS", False):
        assert len(split_sentences(DESK_ANSWER)) == 1
        assert fresh_verdicts(DESK_ANSWER, DESK, DESK_ASKED) == ["absent"]
        assert fresh_verdicts(SKI_ANSWER, SKI, SKI_ASKED) == ["contradicted"]


def test_a_total_line_of_its_own_is_read_with_its_label() -> None:
    assert fresh_verdicts(_club("9 900", "117 900"), CLUB, CLUB_ASKED) == ["supported"] * 4


def test_control_a_wrong_total_or_an_invented_line_stays_unheld() -> None:
    assert fresh_verdicts(_club("9 900", "118 900"), CLUB, CLUB_ASKED) == ["supported"] * 3 + ["contradicted"]
    assert fresh_verdicts(_club("12 900", "120 900"), CLUB, CLUB_ASKED) == ["supported"] * 2 + ["contradicted"] * 2


def test_switch_off_the_total_line_cut_from_its_label_is_not_read_as_a_total() -> None:
    with fresh_scores(), patch.object(evidence_derived, "READ_WRITTEN_TOTALS", False):
        assert fresh_verdicts(_club("9 900", "117 900"), CLUB, CLUB_ASKED) == ["supported"] * 3 + ["contradicted"]
