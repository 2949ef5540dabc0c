"""Structure lint: sections in the template's order, header fields, timeline, action items, lessons,
word count and blameless wording. Each check returns :class:`~.issues.LintIssue` objects, never raises.
"""

from __future__ import annotations

import itertools
import re

from ..contract import Contract
from .issues import LintIssue, LintRules
from .markdown import Section, find_column, first_table, norm_title, plain_cell

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


def check_sections(found: list[Section], expected: list[str]) -> list[LintIssue]:
    """Every template section present and in the template's order (sections it does not name are allowed)."""
    issues: list[LintIssue] = []
    positions = {}
    for sec_index, section in enumerate(found):
        positions.setdefault(norm_title(section.title), sec_index)
    last = -1
    for want_index, title in enumerate(expected, start=1):
        where = positions.get(norm_title(title))
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


def check_header(section: Section, contract: Contract) -> list[LintIssue]:
    """The header fields a reader needs first, a severity the contract knows, and an author that is a role."""
    fields: dict[str, tuple[int, str]] = {}
    for number, line in section.body:
        cells = [plain_cell(c) for c in line.strip().strip("|").split("|")] if line.strip().startswith("|") else []
        match = _FIELD_LINE.match(line) if not cells else None
        key, value = (cells[0], cells[1]) if len(cells) >= 2 else (match[1], match[2]) if match else ("", "")
        if key:
            fields.setdefault(norm_title(key), (number, plain_cell(value)))
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


def prose_sentences(text: str) -> list[str]:
    """Sentences of a section's prose (table rows skipped), for the summary-length check."""
    flat = " ".join(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("|"))
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(*`])", flat) if _WORD.search(s)]


_TIME = re.compile(
    r"^(?:[-*+]|\d+\.|\|)?\s*\**\s*(?:(\d{4}-\d{2}-\d{2})[ T])?([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?\b"
)


def check_timeline(section: Section, rules: LintRules) -> tuple[list[LintIssue], int]:
    """Enough entries with minute-level times, in time order; returns the issues and the entry count."""
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


def check_actions(section: Section, rules: LintRules) -> tuple[list[LintIssue], int]:
    """The action-item table: a description, an owner role, P0-P2 and a relative due date per row; issues, rows."""
    header, rows = first_table(section.body)
    cols = {k: find_column(header, v) for k, v in _ACTION_COLUMNS.items()}
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
            return plain_cell(cells[index]) if index is not None and index < len(cells) else ""

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


def check_lessons(section: Section, rules: LintRules) -> tuple[list[LintIssue], int]:
    """Enough listed lessons; a warning when went well / went poorly / lucky is not covered; issues and count."""
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


def check_blame(sections: list[Section], text: str) -> list[LintIssue]:
    """A person named next to blame wording (error), and phrases such as "human error" (warning)."""
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
