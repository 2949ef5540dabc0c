"""What the postmortem linter reports: the rules it holds a document to, each issue, and the report.

The rules are the brief's (length, timeline entries, action items, lessons); observability thresholds
live in the contract, never here.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict

#: The ten sections of the course template, used when no template file is given.
DEFAULT_SECTIONS: tuple[str, ...] = (
    "Header", "Summary", "Impact", "Timeline", "Root Cause Analysis", "Detection", "Mitigation",
    "Prevention — Action Items", "Lessons Learned", "Trace Evidence",
)

IssueLevel = Literal["error", "warning"]


class LintRules(BaseModel):
    """The brief's requirements for a postmortem (not observability thresholds: those live in the contract)."""

    model_config = ConfigDict(frozen=True)

    min_words: int = 1500
    max_words: int = 2500
    min_timeline_entries: int = 8
    min_action_items: int = 5
    min_lessons: int = 3
    min_evidence_traces: int = 2
    summary_sentences: tuple[int, int] = (2, 3)


class LintIssue(BaseModel):
    """One problem: what check, where (section title and 1-based line), and what to do."""

    code: str
    message: str
    section: str | None = None
    line: int | None = None
    level: IssueLevel = "error"

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "document"
        section = f" [{self.section}]" if self.section else ""
        return f"{self.level.upper()} {self.code} ({where}{section}): {self.message}"


class LintReport(BaseModel):
    """Every issue found plus the counts the checks measured; ``ok`` means no errors."""

    issues: list[LintIssue]
    stats: dict[str, int]

    @property
    def ok(self) -> bool:
        return not any(i.level == "error" for i in self.issues)

    @property
    def errors(self) -> list[LintIssue]:
        return [i for i in self.issues if i.level == "error"]

    @property
    def codes(self) -> set[str]:
        return {i.code for i in self.issues}

    def to_frame(self) -> pd.DataFrame:
        columns = ["level", "code", "section", "line", "message"]
        return pd.DataFrame([i.model_dump() for i in self.issues], columns=columns)

    def summary(self) -> str:
        head = "PASS" if self.ok else f"FAIL: {len(self.errors)} error(s)"
        counts = ", ".join(f"{k}={v}" for k, v in self.stats.items())
        return "\n".join([f"postmortem lint {head} ({counts})", *(str(i) for i in self.issues)])
