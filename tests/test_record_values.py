"""Another value of a record's field stated in words: a billing period said of the field's noun ("the weekly
plan" against "plan: monthly") and a value from the articles' table column headed by the field's name ("Gold
member" against "band: Silver"). Each with its controls: the record's own value, a kind of it the table lists
("Junior Silver" is not another band), a comparison naming both, and a table whose column the record does not
name. Fixtures are our own (a climbing wall's memberships)."""

from __future__ import annotations

from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.quality import score_answer
from llmops_kit.record_values import other_field_value
from llmops_kit.traces import Document

PLANS = Document(id="kb-4", content="Membership costs £45 a month or £450 a year. The yearly plan works out cheaper "
                                    "than 12 monthly payments, and either plan includes the gym.")
BANDS = Document(id="kb-9", content="| band | price a year | guest passes |\n|---|---|---|\n"
                                    "| Junior Silver | £90 | - |\n| Silver | £300 | 2 |\n| Gold | £520 | 6 |")


def _evidence(doc: Document, record: str) -> Evidence:
    return Evidence([EvidenceSource(f"document {doc.id}", doc.content or ""),
                     EvidenceSource("tool member", record, prose=False)], r"\[kb-\d\]")


def _verdicts(answer: str, docs: list[Document], record: str) -> list[str]:
    return [s.verdict for s in score_answer(answer, [*docs, Document(id="tool:member", content=record)]).support]


def test_another_period_of_the_plan_is_contradicted() -> None:
    """'plan: yearly' and the claim says the monthly plan: both words are the article's, the period is wrong."""
    assert _verdicts("You're on the monthly plan, which includes the gym.", [PLANS],
                     "member: CW-2210\nplan: yearly") == ["contradicted"]


def test_the_records_own_period_in_other_words_stays_supported() -> None:
    """Control: 'annual' is the yearly plan; a comparison naming the record's period names both."""
    record = "member: CW-2210\nplan: yearly"
    assert _verdicts("You're on the annual plan, which includes the gym.", [PLANS], record) == ["supported"]
    assert other_field_value("You're on the yearly plan, cheaper than the monthly plan.",
                             _evidence(PLANS, record)) is None


def test_another_value_of_the_tables_column_is_contradicted() -> None:
    """The table headed 'band' lists Silver and Gold; the record holds Silver, the claim says Gold."""
    assert _verdicts("Your Gold membership CW-2210 has 2 guest passes.", [BANDS],
                     "member: CW-2210\nband: Silver\nguest passes: 2") == ["contradicted"]


def test_the_records_value_or_a_kind_of_it_stays_supported() -> None:
    """Control: the record's own band, and a table value that holds it ('Junior Silver'), are not another band."""
    record = "member: CW-2210\nband: Silver\nguest passes: 2"
    assert _verdicts("Your Silver membership CW-2210 has 2 guest passes.", [BANDS], record) == ["supported"]
    assert other_field_value("Your Junior Silver membership CW-2210 has 2 guest passes.",
                             _evidence(BANDS, record)) is None


def test_a_column_the_record_does_not_name_is_not_read() -> None:
    """Control: a record without a 'band' field gives the table's values nothing to clash with."""
    record = "member: CW-2210\nguest passes: 2"
    assert other_field_value("Your Gold membership CW-2210 has 2 guest passes.",
                             _evidence(BANDS, record)) is None
