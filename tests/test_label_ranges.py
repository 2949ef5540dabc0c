"""A range in a table row's label ("Little jumpers (2-5), per hour") bounds what the row is for: its ends are no
operands another row's price is worked from, so a changed price ("R$ 99,90" for R$ 94,90, which is 94,90 + 5) is
caught, and the right table stays clean."""

from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

_PASSES = [Document(id="passes", content="60 min: R$ 59,90. 90 min: R$ 79,90. 120 min: R$ 94,90. Little jumpers "
                                         "(ages 2 to 5, with an adult): R$ 39,90 per hour.")]
_POOL = [Document(id="pool", content="Adult swim: $12.00. Teen swim: $9.00. Kids aged 3 to 12: $6.00 a session.")]


def _table(rows: list[tuple[str, str]]) -> str:
    return "| Pass | Price |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)


def _clean(answer: str, docs: list[Document]) -> bool:
    report = score_answer(answer, docs, query="Table of prices please")
    return all(v.supported for v in report.support)


def test_the_right_table_stays_clean():
    assert _clean(_table([("60 min", "R$ 59,90"), ("90 min", "R$ 79,90"), ("120 min", "R$ 94,90"),
                          ("Little jumpers (2-5), per hour", "R$ 39,90")]), _PASSES)
    assert _clean(_table([("Adult", "$12.00"), ("Teen", "$9.00"), ("Kids 3-12", "$6.00")]), _POOL)


def test_a_changed_row_beside_a_label_range_is_caught():
    assert not _clean(_table([("60 min", "R$ 59,90"), ("90 min", "R$ 79,90"), ("120 min", "R$ 99,90"),
                              ("Little jumpers (2-5), per hour", "R$ 39,90")]), _PASSES)
    assert not _clean(_table([("Adult", "$12.00"), ("Teen", "$15.00"), ("Kids 3-12", "$6.00")]), _POOL)
