"""The public surface: every exported name resolves, and every module's public API is exported."""

from __future__ import annotations

import importlib

import pytest

import llmops_kit
import llmops_kit.course


@pytest.mark.parametrize("name", llmops_kit.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    """Each name in __all__ imports from its module."""
    assert getattr(llmops_kit, name) is not None


def test_all_is_sorted_and_unique() -> None:
    """__all__ is sorted and has no duplicates."""
    assert llmops_kit.__all__ == sorted(set(llmops_kit.__all__))


def test_brief_functions_are_top_level() -> None:
    """The functions the brief names are importable from the package itself."""
    for name in ("save_trace_record", "load_trace_record", "replay_trace", "compare_traces", "bulk_replay",
                 "triage", "diagnose", "summary_table", "lint_postmortem"):
        assert callable(getattr(llmops_kit, name))


def test_unknown_name_is_an_attribute_error() -> None:
    """A name that is not exported raises AttributeError, as for any module."""
    with pytest.raises(AttributeError, match="no_such_name"):
        llmops_kit.no_such_name  # noqa: B018


@pytest.mark.parametrize("module", sorted({m for m in llmops_kit._EXPORTS}))
def test_exports_point_at_existing_modules(module: str) -> None:
    """Every module named in the export table imports."""
    importlib.import_module(module)


def test_course_functions_are_exported_from_the_course_package() -> None:
    """The drill, report, zip and scenario functions come from llmops_kit.course, not the toolkit."""
    for name in ("run_drill", "classify_scenarios", "alert_windows", "build_report", "build_submission",
                 "execute_notebook", "render_dashboard"):
        assert callable(getattr(llmops_kit.course, name))
        assert name not in llmops_kit.__all__


@pytest.mark.parametrize("name", llmops_kit.course.__all__)
def test_every_course_name_resolves(name: str) -> None:
    """Each name in llmops_kit.course.__all__ imports from its module."""
    assert getattr(llmops_kit.course, name) is not None


def test_course_all_is_sorted_and_unique() -> None:
    """llmops_kit.course.__all__ is sorted and has no duplicates."""
    assert llmops_kit.course.__all__ == sorted(set(llmops_kit.course.__all__))
