"""Postmortem linter: checks a Markdown postmortem against the course template and its evidence.

A postmortem is a document people trust, so the numbers in it must be the numbers the system holds.
:func:`lint_postmortem` checks structure (the template's ``## N. Title`` sections, in order),
length, the timeline, the action-item table, the lessons, the header fields, blameless wording, and
that every trace cited in the evidence table exists and that each value quoted for it (model,
timestamp, quality score, unsupported sentences, findings, ...) is what the package computes for
that trace today. :func:`evidence_signals` is that computation; the notebook shows the same table.

The linter never raises on a bad document: every problem becomes a :class:`LintIssue` with the
section and line it was found in. It raises only when its inputs cannot be read at all.
"""

from __future__ import annotations

import itertools
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path
from typing import Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict

from .contract import Contract, load_contract
from .diagnose import diagnose
from .errors import PostmortemError
from .io import load_traces
from .quality import score_trace
from .traces import Trace

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


# ---- reading Markdown ------------------------------------------------------------------------------

_HEADING = re.compile(r"^##\s+(?:(\d+)\.\s*)?(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass
class Section:
    """One ``##`` section: its number (if any), title, heading line and body lines (with line numbers)."""

    number: int | None
    title: str
    line: int
    body: list[tuple[int, str]]

    @property
    def text(self) -> str:
        return "\n".join(t for _, t in self.body)


def _read(path_or_text: str | os.PathLike[str], what: str) -> str:
    """A path (PathLike, or a one-line string naming an existing file) is read; other strings are the text."""
    if isinstance(path_or_text, os.PathLike) or ("\n" not in path_or_text and Path(path_or_text).suffix == ".md"):
        path = Path(path_or_text)
        if not path.is_file():
            raise PostmortemError(f"{path}: no such {what} file; pass the path of a Markdown file or its text.")
        return path.read_text(encoding="utf-8")
    return str(path_or_text)


def _norm(title: str) -> str:
    """Compare titles ignoring case, dashes, punctuation and spacing."""
    return re.sub(r"[^a-z0-9]+", " ", title.casefold()).strip()


def parse_sections(text: str) -> list[Section]:
    """Split Markdown into its ``##`` sections, ignoring headings inside code fences."""
    sections: list[Section] = []
    in_fence = False
    for number, line in enumerate(text.splitlines(), start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match:
            sections.append(Section(int(match[1]) if match[1] else None, match[2].strip(), number, []))
        elif sections:
            sections[-1].body.append((number, line))
    return sections


def template_sections(template: str | os.PathLike[str] | Iterable[str] | None = None) -> list[str]:
    """Section titles of a template file or text (``## N. Title``), a list of titles, or the default ten."""
    if template is None:
        return list(DEFAULT_SECTIONS)
    if isinstance(template, (str, os.PathLike)):
        titles = [s.title for s in parse_sections(_read(template, "template"))]
        if not titles:
            raise PostmortemError(f"{template}: the template has no '## ' section headings; check the file.")
        return titles
    return [str(t) for t in template]


def read_sections(path_or_text: str | os.PathLike[str]) -> dict[str, str]:
    """Section title -> body text, for displaying parts of a postmortem."""
    return {s.title: s.text.strip() for s in parse_sections(_read(path_or_text, "postmortem"))}


def _table(body: list[tuple[int, str]]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The first Markdown table in a body: header cells and (line, cells) rows."""
    rows: list[tuple[int, list[str]]] = []
    for number, line in body:
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                continue
            rows.append((number, cells))
        elif rows:
            break
    if not rows:
        return [], []
    return rows[0][1], rows[1:]


def _plain(cell: str) -> str:
    return cell.replace("`", "").replace("*", "").strip()


# ---- checks ----------------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’_.:%/$,-]*")
_ROLE_WORDS = re.compile(
    r"\b(engineer\w*|lead|manager|team|on-?call|sre|scientist|analyst|owner|commander|support|product|platform|"
    r"operations|responder|architect|director|reviewer|qa|security|writer|specialist|officer|admin\w*|ops)\b",
    re.IGNORECASE,
)


def count_words(text: str) -> int:
    """Words of prose and tables, skipping code fences, HTML comments and table rules."""
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = re.sub(r"^\s*(```|~~~).*?^\s*(```|~~~)\s*$", " ", text, flags=re.DOTALL | re.MULTILINE)
    return len(_WORD.findall(text))


def _check_sections(found: list[Section], expected: list[str]) -> list[LintIssue]:
    issues: list[LintIssue] = []
    positions = {}
    for sec_index, section in enumerate(found):
        positions.setdefault(_norm(section.title), sec_index)
    last = -1
    for want_index, title in enumerate(expected, start=1):
        where = positions.get(_norm(title))
        if where is None:
            issues.append(LintIssue(code="missing-section", section=title,
                                    message=f"section {want_index} '{title}' from the template is missing; "
                                            f"add a '## {want_index}. {title}' section."))
            continue
        if where < last:
            issues.append(LintIssue(code="section-order", section=title, line=found[where].line,
                                    message=f"section '{title}' is out of the template's order; move it after "
                                            f"'{found[last].title}'."))
        last = max(last, where)
    return issues


_HEADER_FIELDS = {"incident id": ("incident id", "id"), "title": ("title",), "severity": ("severity",),
                  "date": ("date",), "duration": ("duration",), "author": ("author", "author role")}
_FIELD_LINE = re.compile(r"^\s*(?:[-*]\s*)?\**([A-Za-z][A-Za-z /()-]*?)\**\s*:\s*\**\s*(.+?)\s*$")


def _check_header(section: Section, contract: Contract) -> list[LintIssue]:
    fields: dict[str, tuple[int, str]] = {}
    for number, line in section.body:
        cells = [_plain(c) for c in line.strip().strip("|").split("|")] if line.strip().startswith("|") else []
        match = _FIELD_LINE.match(line) if not cells else None
        key, value = (cells[0], cells[1]) if len(cells) >= 2 else (match[1], match[2]) if match else ("", "")
        if key:
            fields.setdefault(_norm(key), (number, _plain(value)))
    issues = []
    for name, aliases in _HEADER_FIELDS.items():
        hit = next((fields[a] for a in aliases if a in fields), None)
        if hit is None:
            issues.append(LintIssue(code="header-field", section=section.title, line=section.line,
                                    message=f"the header has no '{name}' field; add '**{name.title()}:** ...'."))
            continue
        number, value = hit
        if name == "severity" and not any(sev in value for sev in contract.severities):
            issues.append(LintIssue(code="header-field", section=section.title, line=number,
                                    message=f"severity {value!r} is not one of {sorted(contract.severities)}."))
        if name == "author" and not _ROLE_WORDS.search(value):
            issues.append(LintIssue(code="header-field", section=section.title, line=number,
                                    message=f"author {value!r} should be a role (e.g. 'On-call ML Engineer'), "
                                            "not a person, to keep the review blameless."))
    return issues


def _sentences(text: str) -> list[str]:
    flat = " ".join(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("|"))
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(*`])", flat) if _WORD.search(s)]


_TIME = re.compile(
    r"^(?:[-*+]|\d+\.|\|)?\s*\**\s*(?:(\d{4}-\d{2}-\d{2})[ T])?([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?\b"
)


def _check_timeline(section: Section, rules: LintRules) -> tuple[list[LintIssue], int]:
    entries: list[tuple[int, tuple[str, int]]] = []
    for number, line in section.body:
        match = _TIME.match(line.strip())
        if match:
            entries.append((number, (match[1] or "", int(match[2]) * 60 + int(match[3]))))
    issues = []
    if len(entries) < rules.min_timeline_entries:
        issues.append(LintIssue(code="timeline-entries", section=section.title, line=section.line,
                                message=f"{len(entries)} timeline entries with minute-level times (HH:MM); "
                                        f"at least {rules.min_timeline_entries} are needed from deploy to recovery."))
    for (_, before), (number, after) in itertools.pairwise(entries):
        if after < before:
            issues.append(LintIssue(code="timeline-order", section=section.title, line=number,
                                    message="this entry is earlier than the one above it; keep the timeline "
                                            "in time order (add dates if it crosses midnight)."))
    return issues, len(entries)


_PRIORITY = re.compile(r"^P[0-2]$")
_RELATIVE_DUE = re.compile(
    r"\b(within|in|by|next|before|after|end of|this|each|every)\b.*\b(hours?|days?|weeks?|sprints?|months?|"
    r"quarters?|release|deploy\w*|incident|retro\w*)\b|\b\d+\s*(hours?|(business )?days?|weeks?|months?|sprints?)\b",
    re.IGNORECASE,
)
_ABSOLUTE_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d{1,2}\b", re.IGNORECASE
)
_ACTION_COLUMNS = {"description": ("description", "action", "item"), "owner": ("owner",),
                   "priority": ("priority",), "due": ("due",)}


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    for index, cell in enumerate(header):
        if any(n in _norm(cell) for n in names):
            return index
    return None


def _check_actions(section: Section, rules: LintRules) -> tuple[list[LintIssue], int]:
    header, rows = _table(section.body)
    cols = {k: _column(header, v) for k, v in _ACTION_COLUMNS.items()}
    issues = []
    if not header:
        return [LintIssue(code="action-items", section=section.title, line=section.line,
                          message="no action-item table found; add a table with Description, Owner, "
                                  "Priority and Due columns.")], 0
    for name, index in cols.items():
        if index is None:
            issues.append(LintIssue(code="action-columns", section=section.title, line=section.line,
                                    message=f"the action-item table has no '{name}' column."))
    for number, cells in rows:
        def cell(name: str, cells: list[str] = cells) -> str:
            index = cols[name]
            return _plain(cells[index]) if index is not None and index < len(cells) else ""

        checks = [
            ("description", bool(cell("description")), "has no description"),
            ("owner", bool(_ROLE_WORDS.search(cell("owner"))), "needs an owner role (e.g. 'ML Engineer')"),
            ("priority", bool(_PRIORITY.match(cell("priority"))), "needs a priority P0, P1 or P2"),
            ("due", bool(_RELATIVE_DUE.search(cell("due"))) and not _ABSOLUTE_DATE.search(cell("due")),
             "needs a relative due date such as 'within 1 week'"),
        ]
        for name, good, what in checks:
            if cols[name] is not None and not good:
                issues.append(LintIssue(code=f"action-{name}", section=section.title, line=number,
                                        message=f"action item {what} (found {cell(name)!r})."))
    if len(rows) < rules.min_action_items:
        issues.append(LintIssue(code="action-items", section=section.title, line=section.line,
                                message=f"{len(rows)} action items; at least {rules.min_action_items} are needed."))
    return issues, len(rows)


_LESSON_KINDS = {"went well": r"went well|worked well", "went poorly": r"went poorly|went badly|went wrong|poorly",
                 "lucky": r"\blucky\b|\bluck\b"}


def _check_lessons(section: Section, rules: LintRules) -> tuple[list[LintIssue], int]:
    items = [n for n, line in section.body if re.match(r"^(?:[-*+]|\d+\.)\s+\S", line)]
    issues = []
    if len(items) < rules.min_lessons:
        issues.append(LintIssue(code="lessons", section=section.title, line=section.line,
                                message=f"{len(items)} lessons listed; at least {rules.min_lessons} are needed."))
    for kind, pattern in _LESSON_KINDS.items():
        if not re.search(pattern, section.text, re.IGNORECASE):
            issues.append(LintIssue(code="lesson-kinds", section=section.title, line=section.line,
                                    message=f"no lesson about what {kind}; cover went well, went poorly, lucky.",
                                    level="warning"))
    return issues, len(items)


# ---- blame language --------------------------------------------------------------------------------

_BLAME_VERBS = (r"caused|failed to|forgot|forgotten|broke|neglected|overlooked|ignored|messed up|screwed up|"
                r"should have|was responsible for|is to blame|botched|mistakenly")
_NAME = r"(?P<name>\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b)(?!-)(?:'s|’s)?"
_BLAME_AFTER_NAME = re.compile(rf"{_NAME}(?:\s+[\w-]+){{0,3}}?\s+(?:{_BLAME_VERBS})\b")
_BLAME_BEFORE_NAME = re.compile(rf"\b(?:{_BLAME_VERBS}|caused by|broken by|missed by)\s+(?:by\s+)?{_NAME}")
_BLAME_PHRASES = re.compile(r"\b(human error|operator error|careless\w*|negligen\w*|incompeten\w*|sloppy)\b",
                            re.IGNORECASE)
_NOT_NAMES_TEXT = """a an the this that these those it its we our us they their there he she his her i my you your
    nobody somebody someone no one everyone each every all both neither either what which when while after before
    because if then once also but and or so on in at for by to of from with without monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october
    november december"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())  # words that start sentences but are never names


def _is_name(candidate: str, vocabulary: set[str]) -> bool:
    """Capitalised words that are not common words of the document itself (so 'Offline' is not a name)."""
    words = candidate.split()
    return all(w.casefold() not in _NOT_NAMES and w.casefold() not in vocabulary for w in words) and not any(
        _ROLE_WORDS.fullmatch(w) for w in words
    )


def _check_blame(sections: list[Section], text: str) -> list[LintIssue]:
    vocabulary = {w for w in re.findall(r"\b[a-z][a-z]+\b", text)}
    issues = []
    for section in sections:
        for number, line in section.body:
            for pattern in (_BLAME_AFTER_NAME, _BLAME_BEFORE_NAME):
                for match in pattern.finditer(line):
                    if _is_name(match["name"], vocabulary):
                        issues.append(LintIssue(code="blame", section=section.title, line=number,
                                                message=f"'{match[0]}' names a person next to blame wording; "
                                                        "describe the system or process and use role names."))
            for match in _BLAME_PHRASES.finditer(line):
                issues.append(LintIssue(code="blame-phrase", section=section.title, line=number, level="warning",
                                        message=f"'{match[0]}' reads as blame; describe what in the process "
                                                "allowed the failure."))
    return issues


# ---- evidence --------------------------------------------------------------------------------------


def evidence_signals(traces: Iterable[Trace], contract: Contract | None = None) -> pd.DataFrame:
    """The signals a postmortem quotes for each trace, computed by the package (quality scorer, detectors)."""
    contract = contract or load_contract()
    rows = []
    for trace in traces:
        report = score_trace(trace, contract)
        diagnosis = diagnose(trace, contract)
        stamp = trace.timestamp.astimezone(timezone.utc) if trace.timestamp else None
        rows.append({
            "trace_id": trace.trace_id,
            "timestamp": stamp.strftime("%Y-%m-%d %H:%M:%S") if stamp else None,
            "model": trace.model,
            "prompt_version": trace.prompt_version,
            "quality_score": None if report.score is None else round(report.score, 2),
            "groundedness": None if report.groundedness is None else round(report.groundedness, 2),
            "unsupported_sentences": len(report.unsupported_sentences),
            "findings": ", ".join(sorted(diagnosis.codes)) or "none",
            "latency_ms": None if trace.duration_ms is None else round(trace.duration_ms),
        })
    frame = pd.DataFrame(rows, columns=["trace_id", "timestamp", "model", "prompt_version", "quality_score",
                                        "groundedness", "unsupported_sentences", "findings", "latency_ms"])
    return frame.sort_values("timestamp", kind="stable").reset_index(drop=True)


_EVIDENCE_COLUMNS = {  # signal -> header words that name it
    "trace_id": ("trace",), "timestamp": ("timestamp", "time"), "model": ("model",),
    "prompt_version": ("prompt",), "quality_score": ("quality",), "groundedness": ("grounded",),
    "unsupported_sentences": ("unsupported",), "findings": ("finding", "detector", "diagnos"),
    "latency_ms": ("latency",),
}


def _matches(signal: str, quoted: str, actual: object) -> bool:
    """Whether a quoted value agrees with the computed one at the precision it was quoted."""
    if actual is None or (isinstance(actual, float) and math.isnan(actual)):
        return quoted.casefold() in ("", "n/a", "none", "—", "-")
    if signal in ("quality_score", "groundedness", "latency_ms"):
        number = re.search(r"-?\d+(?:\.(\d+))?", quoted.replace(",", ""))
        if not number:
            return False
        value = float(number[0]) / (100 if quoted.strip().endswith("%") else 1)
        decimals = len(number[1] or "") + (2 if quoted.strip().endswith("%") else 0)
        return abs(value - float(actual)) <= 0.5 * 10 ** -decimals + 1e-9  # type: ignore[arg-type]
    if signal == "unsupported_sentences":
        return quoted.strip().isdigit() and int(quoted) == actual
    if signal == "findings":
        codes = set(re.findall(r"\b[A-Z][A-Z_]{2,}\b", quoted))
        return codes == ({c.strip() for c in str(actual).split(",")} - {"none"})
    if signal == "timestamp":
        stamp = re.sub(r"\s*UTC$|Z$", "", quoted.strip()).replace("T", " ")
        return bool(stamp) and (str(actual).startswith(stamp) or str(actual)[11:].startswith(stamp))
    return quoted == str(actual)


def _check_evidence(section: Section, evidence: dict[str, Trace] | None, rules: LintRules,
                    contract: Contract) -> tuple[list[LintIssue], int]:
    header, rows = _table(section.body)
    cols = {k: _column(header, v) for k, v in _EVIDENCE_COLUMNS.items()}
    if cols["trace_id"] is None:
        return [LintIssue(code="evidence-table", section=section.title, line=section.line,
                          message="no evidence table with a trace id column; cite traces in a table "
                                  "(trace id, timestamp, model, quality score, unsupported sentences).")], 0
    issues = []
    by_id: dict[str, dict[str, object]] = {}  # signals, computed only for the traces actually cited
    cited = []
    for number, cells in rows:
        trace_id = _plain(cells[cols["trace_id"]]) if cols["trace_id"] < len(cells) else ""
        if evidence is None:
            cited.append(trace_id)
            continue
        if trace_id not in evidence:
            issues.append(LintIssue(code="unknown-trace", section=section.title, line=number,
                                    message=f"trace {trace_id!r} is not in the evidence set; cite a trace id "
                                            "from the evidence directory."))
            continue
        cited.append(trace_id)
        if trace_id not in by_id:
            by_id[trace_id] = evidence_signals([evidence[trace_id]], contract).iloc[0].to_dict()
        for signal, index in cols.items():
            if signal == "trace_id" or index is None or index >= len(cells):
                continue
            quoted, actual = _plain(cells[index]), by_id[trace_id][signal]
            if not _matches(signal, quoted, actual):
                issues.append(LintIssue(code="evidence-value", section=section.title, line=number,
                                        message=f"{trace_id}: {header[index]} is quoted as {quoted!r} but the "
                                                f"package computes {actual!r}; quote the computed value."))
    if len(set(cited)) < rules.min_evidence_traces:
        issues.append(LintIssue(code="evidence-count", section=section.title, line=section.line,
                                message=f"{len(set(cited))} trace(s) cited; cite at least "
                                        f"{rules.min_evidence_traces} (one healthy, one from the incident)."))
    if evidence is None:
        issues.append(LintIssue(code="evidence-unchecked", section=section.title, line=section.line, level="warning",
                                message="no evidence set given, so cited ids and values were not checked; "
                                        "pass evidence_dir."))
    elif cited and len({by_id[t]["findings"] == "none" for t in cited}) < 2:
        issues.append(LintIssue(code="evidence-contrast", section=section.title, line=section.line,
                                message="cite both a healthy trace (no findings) and one from the incident."))
    return issues, len(set(cited))


# ---- entry point -----------------------------------------------------------------------------------


def lint_postmortem(
    path_or_text: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | Iterable[str] | None = None,
    evidence_dir: str | os.PathLike[str] | None = None,
    evidence: Iterable[Trace] | None = None,
    contract: Contract | None = None,
    rules: LintRules | None = None,
) -> LintReport:
    """Check a postmortem (a path, or its Markdown text) against the template, the brief and the evidence."""
    contract = contract or load_contract()
    rules = rules or LintRules()
    text = _read(path_or_text, "postmortem")
    expected = template_sections(template)
    if evidence is None and evidence_dir is not None:
        loaded = load_traces(evidence_dir)
        if loaded.errors:
            raise PostmortemError(f"{evidence_dir}: {len(loaded.errors)} evidence trace(s) did not load; "
                              f"first: {loaded.errors[0]}")
        evidence = loaded.traces
    by_id = None if evidence is None else {t.trace_id: t for t in evidence}

    sections = parse_sections(text)
    by_title = {_norm(s.title): s for s in sections}
    issues = _check_sections(sections, expected)
    words = count_words(text)
    stats = {"words": words, "sections": len(sections)}
    if not rules.min_words <= words <= rules.max_words:
        issues.append(LintIssue(code="word-count", message=f"{words} words; the brief asks for "
                                f"{rules.min_words:,}-{rules.max_words:,}."))

    def find(*names: str) -> Section | None:
        return next((by_title[_norm(n)] for n in names if _norm(n) in by_title), None)

    if (header := find(expected[0], "Header")) is not None:
        issues += _check_header(header, contract)
    if (summary := find("Summary")) is not None:
        count = len(_sentences(summary.text))
        low, high = rules.summary_sentences
        if not low <= count <= high:
            issues.append(LintIssue(code="summary-length", section=summary.title, line=summary.line, level="warning",
                                    message=f"the summary has {count} sentences; keep it to {low}-{high}."))
    checks = [(("Timeline",), _check_timeline, "timeline_entries"),
              (("Prevention — Action Items", "Action Items", "Prevention"), _check_actions, "action_items"),
              (("Lessons Learned", "Lessons"), _check_lessons, "lessons")]
    for names, check, stat in checks:
        if (section := find(*names)) is not None:
            found, count = check(section, rules)
            issues += found
            stats[stat] = count
    if (section := find("Trace Evidence", "Evidence")) is not None:
        found, count = _check_evidence(section, by_id, rules, contract)
        issues += found
        stats["cited_traces"] = count
    issues += _check_blame(sections, text)
    return LintReport(issues=issues, stats=stats)
