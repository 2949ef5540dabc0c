"""Postmortem linter: checks a Markdown postmortem against the course template and its evidence.

A postmortem is a document people trust, so the numbers in it must be the numbers the system holds.
:func:`lint_postmortem` checks structure (the template's ``## N. Title`` sections, in order),
length, the timeline, the action-item table, the lessons, the header fields, blameless wording, and
that every trace cited in the evidence table exists and that each value quoted for it (model,
timestamp, quality score, unsupported sentences, findings, ...) is what the package computes for
that trace today. :func:`evidence_signals` is that computation; the notebook shows the same table.

Modules: :mod:`.issues` (rules, issues, report), :mod:`.markdown` (sections and tables),
:mod:`.structure` (the structure lint), :mod:`.evidence` (the evidence check), :mod:`.lint` (the entry
point).

The linter never raises on a bad document: every problem becomes a :class:`LintIssue` with the
section and line it was found in. It raises only when its inputs cannot be read at all.
"""

from __future__ import annotations

from .evidence import evidence_signals
from .issues import DEFAULT_SECTIONS, LintIssue, LintReport, LintRules
from .lint import lint_postmortem
from .markdown import Section, parse_sections, read_sections, template_sections
from .structure import count_words

__all__ = [
    "DEFAULT_SECTIONS",
    "LintIssue",
    "LintReport",
    "LintRules",
    "Section",
    "count_words",
    "evidence_signals",
    "lint_postmortem",
    "parse_sections",
    "read_sections",
    "template_sections",
]
