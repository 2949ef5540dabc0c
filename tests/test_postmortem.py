"""The postmortem linter: passes on the shipped INC-2025-007 postmortem, fails on each kind of broken variant.

Broken variants are built here from the shipped file, so they stay in step with it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from llmops_kit.errors import LlmopsError
from llmops_kit.io import load_traces
from llmops_kit.postmortem import (
    DEFAULT_SECTIONS,
    LintReport,
    count_words,
    evidence_signals,
    lint_postmortem,
    read_sections,
    template_sections,
)
from llmops_kit.traces import Trace

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "postmortem_INC-2025-007.md"
EVIDENCE = ROOT / "traces" / "inc_2025_007"
TEMPLATE = ROOT / "runbooks" / "postmortem_template.md"


@lru_cache(maxsize=1)
def _evidence() -> tuple[Trace, ...]:
    return tuple(load_traces(EVIDENCE).traces)


def shipped() -> str:
    return SHIPPED.read_text(encoding="utf-8")


def lint(text: str) -> LintReport:
    return lint_postmortem(text, evidence=_evidence())


def section_span(text: str, title: str) -> tuple[int, int]:
    """Character range of a section's body (after its heading line, up to the next '## ')."""
    heading = re.search(rf"^## \d+\. {re.escape(title)}\s*$", text, re.MULTILINE)
    assert heading, f"shipped postmortem lost its {title!r} section"
    following = re.search(r"^## ", text[heading.end():], re.MULTILINE)
    end = heading.end() + following.start() if following else len(text)
    return heading.end(), end


def replace_body(text: str, title: str, body: str) -> str:
    start, end = section_span(text, title)
    return text[:start] + "\n\n" + body + "\n\n" + text[end:]


def test_shipped_postmortem_passes_with_its_evidence() -> None:
    """The shipped postmortem has no lint errors and no warnings when checked against its evidence traces."""
    report = lint_postmortem(SHIPPED, evidence_dir=EVIDENCE)
    assert report.ok, report.summary()
    assert report.issues == []
    assert report.stats["timeline_entries"] >= 8 and report.stats["cited_traces"] >= 2


def test_shipped_postmortem_follows_the_template_file() -> None:
    """Its sections are exactly the template's ten '## N. Title' sections, in order."""
    expected = template_sections(TEMPLATE) if TEMPLATE.exists() else list(DEFAULT_SECTIONS)
    assert [title for title in read_sections(SHIPPED)] == expected
    assert lint_postmortem(SHIPPED, template=TEMPLATE if TEMPLATE.exists() else None, evidence=_evidence()).ok


def test_missing_section_is_reported() -> None:
    """Dropping the Detection section gives a missing-section error naming it."""
    start, end = section_span(shipped(), "Detection")
    heading_start = shipped().rfind("\n## ", 0, start) + 1
    report = lint(shipped()[:heading_start] + shipped()[end:])
    assert not report.ok
    assert any(i.code == "missing-section" and i.section == "Detection" for i in report.issues)


def test_sections_out_of_order_are_reported() -> None:
    """Swapping two section headings is a section-order error."""
    text = shipped().replace("## 5. Root Cause Analysis", "## 5. @@")
    text = text.replace("## 6. Detection", "## 6. Root Cause Analysis").replace("## 5. @@", "## 5. Detection")
    report = lint(text)
    assert "section-order" in report.codes


def test_too_short_is_reported() -> None:
    """A postmortem cut below 1,500 words fails the word count."""
    text = shipped()
    for title in ("Impact", "Root Cause Analysis", "Detection", "Mitigation"):
        text = replace_body(text, title, "See the incident channel.")
    assert count_words(text) < 1500
    report = lint(text)
    assert [i.code for i in report.errors] == ["word-count"]


def test_too_long_is_reported() -> None:
    """Padding past 2,500 words fails the word count."""
    padding = " ".join(["The retrieval index stayed healthy throughout."] * 80)
    report = lint(shipped().replace("## 6. Detection", padding + "\n\n## 6. Detection"))
    assert "word-count" in report.codes


def test_seven_timeline_entries_are_too_few() -> None:
    """A timeline with only 7 minute-level entries fails."""
    start, end = section_span(shipped(), "Timeline")
    lines = shipped()[start:end].splitlines()
    timed = [i for i, line in enumerate(lines) if re.match(r"^- \d\d:\d\d\*? - ", line)]
    keep = set(timed[:7])
    body = "\n".join(line for i, line in enumerate(lines) if i not in timed or i in keep)
    report = lint(shipped()[:start] + body + shipped()[end:])
    assert report.stats["timeline_entries"] == 7
    assert [i.code for i in report.errors] == ["timeline-entries"]


def test_timeline_out_of_order_is_reported() -> None:
    """An entry earlier than the one above it is flagged."""
    report = lint(shipped().replace("- 10:24* - ", "- 09:24* - ", 1))
    assert "timeline-order" in report.codes


def test_action_item_without_owner_is_reported() -> None:
    """Blanking one action item's owner fails with the row's line number."""
    text = shipped().replace("| SRE | P1 |", "|  | P1 |", 1)
    report = lint(text)
    owner = [i for i in report.errors if i.code == "action-owner"]
    assert len(owner) == 1 and owner[0].line is not None
    assert "Add a 10-minute alert" in text.splitlines()[owner[0].line - 1]


def test_action_item_with_a_calendar_date_or_bad_priority_is_reported() -> None:
    """Due dates must be relative and priorities P0-P2."""
    text = shipped().replace("| P2 | within 1 week |", "| P2 | 2025-03-17 |", 1).replace("| P0 |", "| high |", 1)
    assert {"action-due", "action-priority"} <= lint(text).codes


def test_fewer_than_five_action_items_are_reported() -> None:
    """Four action items are not enough."""
    start, end = section_span(shipped(), "Prevention — Action Items")
    lines = shipped()[start:end].splitlines()
    rows = [line for line in lines if re.match(r"^\| \d+ \|", line)]
    body = "\n".join(line for line in lines if line not in rows[4:])
    assert "action-items" in lint(shipped()[:start] + body + shipped()[end:]).codes


def test_fewer_than_three_lessons_are_reported() -> None:
    """Two lessons fail; a missing 'lucky' category is a warning."""
    body = "### What went well\n\n- Replay worked.\n\n### What went poorly\n\n- Detection was slow."
    report = lint(replace_body(shipped(), "Lessons Learned", body))
    assert "lessons" in {i.code for i in report.errors}
    assert any(i.code == "lesson-kinds" and i.level == "warning" for i in report.issues)


def test_unknown_trace_id_is_reported() -> None:
    """Citing a trace id that is not in the evidence set fails."""
    report = lint(shipped().replace("`tr-0310-082030-6792b5` |", "`tr-0310-082030-000000` |", 1))
    unknown = [i for i in report.errors if i.code == "unknown-trace"]
    assert len(unknown) == 1 and "tr-0310-082030-000000" in unknown[0].message


def test_wrong_quoted_value_is_reported() -> None:
    """Quoting 1 unsupported sentence where the scorer finds 2 fails and names both values."""
    row = "| 2025-03-10 10:18:39 | `ft:gpt-4o-mini-2024-07-18:acme-support:tone-v3` | v2.0 | 0.00 | 2 | HALLUCINATION |"
    assert row in shipped()
    report = lint(shipped().replace(row, row.replace("| 0.00 | 2 |", "| 0.00 | 1 |")))
    wrong = [i for i in report.errors if i.code == "evidence-value"]
    assert len(wrong) == 1 and "'1'" in wrong[0].message and "2" in wrong[0].message


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("| 0.50 | 1 | HALLUCINATION |", "| 0.90 | 1 | HALLUCINATION |"),
        ("| 2025-03-10 08:20:30 | `gpt-4o-mini` |", "| 2025-03-10 08:21:30 | `gpt-4o-mini` |"),
        ("| 2025-03-10 08:20:30 | `gpt-4o-mini` |", "| 2025-03-10 08:20:30 | `gpt-4o` |"),
        ("| 1.00 | 0 | none |", "| 1.00 | 0 | HALLUCINATION |"),
        ("| none | 1,024 |", "| none | 1,124 |"),
        ("| `gpt-4o-mini` | v2.0 | 1.00 |", "| `gpt-4o-mini` | v1.3 | 1.00 |"),
    ],
)
def test_every_quoted_signal_is_recomputed(old: str, new: str) -> None:
    """Quality score, timestamp, model, findings, latency and prompt version are each recomputed."""
    assert old in shipped()
    assert "evidence-value" in lint(shipped().replace(old, new, 1)).codes


def test_blame_sentence_is_reported() -> None:
    """A person's name next to blame wording fails with the line it is on."""
    text = shipped().replace("## 6. Detection", "Priya Sharma forgot to run the groundedness check.\n\n## 6. Detection")
    blame = [i for i in lint(text).errors if i.code == "blame"]
    assert len(blame) == 1 and "Priya Sharma" in blame[0].message and blame[0].section == "Root Cause Analysis"


@pytest.mark.parametrize(
    "sentence",
    ["The rollout was caused by Dave's config change.", "Alex broke the eval pipeline on Friday."],
)
def test_blame_after_or_before_the_name_is_reported(sentence: str) -> None:
    """Names before the verb and after 'caused by' are both caught."""
    assert "blame" in lint(shipped().replace("## 6. Detection", sentence + "\n\n## 6. Detection")).codes


def test_role_names_and_systems_are_not_blame() -> None:
    """'The on-call engineer' or 'The fine-tuned model caused' is blameless wording."""
    extra = ("The on-call engineer failed to find a runbook entry. The fine-tuned model caused the spike. "
             "Offline evaluation missed the failure mode.")
    report = lint(shipped().replace("## 6. Detection", extra + "\n\n## 6. Detection"))
    assert "blame" not in report.codes


def test_author_must_be_a_role() -> None:
    """A person's name as author is a header error."""
    text = re.sub(r"^- \*\*Author:\*\*.*$", "- **Author:** Jordan Lee", shipped(), count=1, flags=re.MULTILINE)
    assert any(i.code == "header-field" and "Jordan Lee" in i.message for i in lint(text).errors)


def test_without_evidence_the_citations_are_a_warning_not_a_pass() -> None:
    """Linting the text alone warns that trace values were not checked."""
    report = lint_postmortem(shipped())
    assert report.ok
    assert [i.code for i in report.issues] == ["evidence-unchecked"]


def test_evidence_must_contrast_healthy_and_incident_traces() -> None:
    """Citing only incident traces fails the contrast check."""
    start, end = section_span(shipped(), "Trace Evidence")
    body = "\n".join(line for line in shipped()[start:end].splitlines() if "| none |" not in line)
    assert "evidence-contrast" in lint(shipped()[:start] + body + shipped()[end:]).codes


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    """A path that does not exist raises an LlmopsError naming it."""
    with pytest.raises(LlmopsError, match="no such postmortem file"):
        lint_postmortem(tmp_path / "nope.md")


def test_template_headings_drive_the_section_check() -> None:
    """A template with another section list is enforced instead of the default ten."""
    template = "# T\n\n## 1. Header\n\n## 2. Summary\n\n## 3. Customer Communication\n"
    report = lint_postmortem(shipped(), template=template, evidence=_evidence())
    assert [i.section for i in report.issues if i.code == "missing-section"] == ["Customer Communication"]


def test_evidence_signals_are_computed_from_the_traces() -> None:
    """The evidence table comes from the scorer and detectors: the ft incident rows fire HALLUCINATION."""
    frame = evidence_signals(_evidence())
    flagged = frame[frame["findings"].str.contains("HALLUCINATION")]
    assert len(flagged) > 0
    assert (flagged["unsupported_sentences"] > 0).all()
    assert set(flagged["model"]) == {"ft:gpt-4o-mini-2024-07-18:acme-support:tone-v3"}
    assert list(frame["timestamp"]) == sorted(frame["timestamp"])
