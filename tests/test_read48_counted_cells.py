"""A bare count cell read as held by a clause naming its row's label that counts something with the same number
(:data:`llmops_kit.labelled_cells.READ_COUNTED_CELLS`, the ``right48`` round): "| Solo | 3.50 | 1 | 10 GB | 1 |" under
"Inboxes" of "Solo: ... 1 site, 10 GB storage, 1 inbox", and "| Woodwork basics | 4 | ... |" under a German "Abende"
of "4 Wednesday evenings". The header's word matched no unit (a plural in "-es", another language), and a bare
figure of another clause naming the label ("24/7", a price) contradicted the count. Controls: counts swapped between
two columns and a wrong count stay flagged; with the switch off the right table is contradicted again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import labelled_cells
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

PLANS = [Document(id="h-1", content="Solo: EUR 3.50/month, 1 site, 10 GB storage, 1 inbox. Team: EUR 9.50/month, "
                                     "5 sites, 50 GB, 20 inboxes, weekly backups."),
         Document(id="h-2", content="Chat support 24/7: replies within 4 hours on Team and within 12 hours on Solo.")]
PLAN_HEAD = "| Plan | EUR/month | Sites | Storage | Inboxes |\n|---|---|---|---|---|\n"
SOLO = "| Solo | 3.50 | 1 | 10 GB | 1 |\n"
COURSES = [Document(id="w-1", content="Woodwork basics: 4 Wednesday evenings, 140,00 € (members 110,00 €). Soldering "
                                       "for beginners: 2 evenings, 60,00 € (members 45,00 €).")]
COURSE_HEAD = "| Kurs | Abende | Preis | Mitglieder |\n|---|---|---|---|\n"


def _flagged(answer: str, docs: list[Document], query: str) -> list[str]:
    with fresh_scores(labelled_cells._clauses):
        return [v.verdict for v in score_answer(answer, docs, query=query).support if not v.supported]


def test_counts_under_a_plural_header_are_held() -> None:
    assert _flagged(PLAN_HEAD + SOLO + "| Team | 9.50 | 5 | 50 GB | 20 |", PLANS, "Compare the plans") == []


COURSE_TABLE = (COURSE_HEAD + "| Woodwork basics | 4 | 140,00 € | 110,00 € |\n"
                "| Soldering for beginners | 2 | 60,00 € | 45,00 € |")


def test_counts_under_a_header_in_another_language_are_held() -> None:
    assert _flagged(COURSE_TABLE, COURSES, "Compare the beginner courses") == []


def test_counts_swapped_between_columns_stay_flagged() -> None:
    swapped = PLAN_HEAD + SOLO + "| Team | 9.50 | 20 | 50 GB | 5 |"
    assert _flagged(swapped, PLANS, "Compare the plans") == ["contradicted"]


def test_a_wrong_count_stays_flagged() -> None:
    table = PLAN_HEAD + "| Solo | 3.50 | 1 | 10 GB | 2 |\n| Team | 9.50 | 5 | 50 GB | 20 |"
    assert _flagged(table, PLANS, "Compare the plans") == ["contradicted"]


def test_switched_off_the_right_table_is_contradicted_again() -> None:
    with patch.object(labelled_cells, "READ_COUNTED_CELLS", False):
        assert _flagged(PLAN_HEAD + SOLO + "| Team | 9.50 | 5 | 50 GB | 20 |", PLANS, "Compare the plans") == [
            "contradicted"]
        assert _flagged(COURSE_TABLE, COURSES, "Compare the beginner courses") == ["contradicted", "contradicted"]
