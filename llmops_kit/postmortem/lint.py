"""The postmortem linter's entry point: :func:`lint_postmortem` runs every check and collects the issues."""

from __future__ import annotations

import os
from collections.abc import Iterable

from ..contract import Contract, load_contract
from ..errors import PostmortemError
from ..io import load_traces
from ..traces import Trace
from .evidence import check_evidence
from .issues import LintIssue, LintReport, LintRules
from .markdown import Section, norm_title, parse_sections, read_markdown, template_sections
from .structure import (
    check_actions,
    check_blame,
    check_header,
    check_lessons,
    check_sections,
    check_timeline,
    count_words,
    prose_sentences,
)


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
    text = read_markdown(path_or_text, "postmortem")
    expected = template_sections(template)
    if evidence is None and evidence_dir is not None:
        loaded = load_traces(evidence_dir)
        if loaded.errors:
            raise PostmortemError(f"{evidence_dir}: {len(loaded.errors)} evidence trace(s) did not load; "
                              f"first: {loaded.errors[0]}")
        evidence = loaded.traces
    by_id = None if evidence is None else {t.trace_id: t for t in evidence}

    sections = parse_sections(text)
    by_title = {norm_title(s.title): s for s in sections}
    issues = check_sections(sections, expected)
    words = count_words(text)
    stats = {"words": words, "sections": len(sections)}
    if not rules.min_words <= words <= rules.max_words:
        issues.append(LintIssue(code="word-count", message=f"{words} words; the brief asks for "
                                f"{rules.min_words:,}-{rules.max_words:,}."))

    def find(*names: str) -> Section | None:
        return next((by_title[norm_title(n)] for n in names if norm_title(n) in by_title), None)

    if (header := find(expected[0], "Header")) is not None:
        issues += check_header(header, contract)
    if (summary := find("Summary")) is not None:
        count = len(prose_sentences(summary.text))
        low, high = rules.summary_sentences
        if not low <= count <= high:
            issues.append(LintIssue(code="summary-length", section=summary.title, line=summary.line, level="warning",
                                    message=f"the summary has {count} sentences; keep it to {low}-{high}."))
    checks = [(("Timeline",), check_timeline, "timeline_entries"),
              (("Prevention — Action Items", "Action Items", "Prevention"), check_actions, "action_items"),
              (("Lessons Learned", "Lessons"), check_lessons, "lessons")]
    for names, check, stat in checks:
        if (section := find(*names)) is not None:
            found, count = check(section, rules)
            issues += found
            stats[stat] = count
    if (section := find("Trace Evidence", "Evidence")) is not None:
        found, count = check_evidence(section, by_id, rules, contract)
        issues += found
        stats["cited_traces"] = count
    issues += check_blame(sections, text)
    return LintReport(issues=issues, stats=stats)
