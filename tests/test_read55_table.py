"""Two readings of the ``table55`` round.

- :data:`llmops_kit.header_cells.READ_HEADER_CELLS`: a table of three columns or more with a header row gives each
  figure cell as a claim of its own ("Large: Per day 46 €"), so a changed cell is compared with the evidence; a row
  one of whose cells the evidence contradicts is reported. Before, the row was judged by its figures anywhere: the
  row's own sides ("60 × 80") or another row's figure held the changed cell. Controls: the right table adds no
  verdict; a cell the evidence does not speak to adds none either.
- :data:`llmops_kit.text.numbers.READ_DIMENSION_LISTS`: a dimension list's unit is every figure's ("40 × 30 × 20 cm"
  states 40 cm, 30 cm and 20 cm). Controls: a side the list does not state is still unsupported.

With each switch off the old verdict returns. The fixtures are this file's own (a storage shop).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import header_cells
from llmops_kit.quality import Document, score_answer
from llmops_kit.text import numbers
from llmops_kit.text.numbers import dimension_units, quantities

from .verdict_cases import fresh_scores

BOXES = Document(id="st-2", content=(
    "We rent storage boxes in three sizes. Small (up to 40 × 30 × 20 cm): 900 Ft per day, at most 3 000 Ft per week. "
    "Medium (up to 50 × 40 × 60 cm): 1 400 Ft per day, at most 5 000 Ft per week. Large (up to 60 × 80 × 90 cm): "
    "2 000 Ft per day, at most 7 000 Ft per week. A 500 Ft key deposit is paid once per rental."))
ASKED = "Can I have a table of the box sizes and prices?"
HEAD = "| Size | Takes | Per day | Weekly maximum |\n|---|---|---|---|\n"
SMALL = "| Small | up to 40 × 30 × 20 cm | 900 Ft | 3 000 Ft |\n"
MEDIUM = "| Medium | up to 50 × 40 × 60 cm | 1 400 Ft | 5 000 Ft |\n"
RIGHT_TABLE = HEAD + SMALL + MEDIUM + "| Large | up to 60 × 80 × 90 cm | 2 000 Ft | 7 000 Ft |"
#: Large's weekly maximum changed to 4 800 Ft, which the row's own sides reach (60 × 80) and the old row reader took
#: for worked out.
SIDES_TABLE = HEAD + SMALL + MEDIUM + "| Large | up to 60 × 80 × 90 cm | 2 000 Ft | 4 800 Ft |"


def _report(answer: str):  # type: ignore[no-untyped-def]
    with fresh_scores():
        return score_answer(answer, [BOXES], query=ASKED)


def test_a_cell_the_rows_sides_reach_is_contradicted() -> None:
    report = _report(SIDES_TABLE)
    assert [v.verdict for v in report.support] == ["contradicted"]
    assert report.support[0].claim.startswith("| Large |")
    assert "4800" in report.support[0].missing


def test_the_right_table_stays_supported() -> None:
    report = _report(RIGHT_TABLE)
    assert report.support == []
    assert report.groundedness == 1.0


def test_a_cell_the_evidence_does_not_speak_to_adds_nothing() -> None:
    extra = (HEAD.replace("| Weekly maximum |", "| Weekly maximum | Shelf |").replace("|---|\n", "|---|---|\n")
             + SMALL.replace("\n", " 3 |\n"))
    with patch.object(header_cells, "READ_HEADER_CELLS", False):
        before = [(v.claim, v.verdict) for v in _report(extra).support]
    assert [(v.claim, v.verdict) for v in _report(extra).support] == before  # the table row reader's own verdicts


def test_the_changed_cell_passes_with_the_switch_off() -> None:
    with patch.object(header_cells, "READ_HEADER_CELLS", False):
        assert _report(SIDES_TABLE).groundedness == 1.0


SIZED = "Medium boxes take items up to 50 × 40 × 60 cm: no wider than 50 cm and no deeper than 40 cm."
MISSIZED = "Medium boxes take items up to 50 × 40 × 60 cm: no wider than 55 cm and no deeper than 40 cm."


def test_a_dimension_list_gives_its_unit_to_every_figure() -> None:
    assert quantities("up to 50 × 40 × 60 cm") == (("50", "cm"), ("40", "cm"), ("60", "cm"))
    assert dimension_units("a 2 x 3 m rug") == "a 2 m x 3 m rug"
    assert dimension_units("3 x 2 hours") == "3 x 2 hours"  # a count of durations is no dimension list
    assert [v.verdict for v in _report(SIZED).support] == ["supported"]


def test_a_side_the_list_does_not_state_stays_unsupported() -> None:
    assert [v.verdict for v in _report(MISSIZED).support] != ["supported"]


def test_the_dimension_list_unit_is_the_last_figures_alone_with_the_switch_off() -> None:
    with patch.object(numbers, "READ_DIMENSION_LISTS", False):
        assert quantities("up to 51 × 41 × 61 cm") == (("51", ""), ("41", ""), ("61", "cm"))
        # texts of their own, so no reading cached with the switch on answers (the readers cache by text)
        box = Document(id="st-3", content="Medium (up to 52 × 42 × 62 cm): 1 400 Ft per day.")
        sized = "Medium boxes take items up to 52 × 42 × 62 cm: no wider than 52 cm and no deeper than 42 cm."
        with fresh_scores():
            verdict = score_answer(sized, [box], query=ASKED).support[0]
        assert verdict.verdict == "absent" and verdict.missing == ("42 cm", "52 cm")
