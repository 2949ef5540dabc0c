"""The prompt registry: versions, aliases, rendering and the request-variable renderers."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from llmops_kit.errors import ReplayError, UnknownPromptVersion
from llmops_kit.prompts import (
    PromptRegistry,
    PromptTemplate,
    default_registry,
    format_context,
    format_tool_results,
    get_prompt,
    known_prompts,
    known_versions,
)
from llmops_kit.traces import Document, ErrorInfo, Span

T = datetime(2025, 3, 1, tzinfo=timezone.utc)


def test_packaged_versions_in_release_order() -> None:
    """The legacy v1.3 and the current v2.0 ship, oldest first."""
    assert known_versions("support-answer")[:2] == ["v1.3", "v2.0"]
    assert "support-answer" in known_prompts()


def test_every_version_has_a_changelog() -> None:
    """Each packaged version says why it changed."""
    for version in known_versions("support-answer"):
        assert get_prompt("support-answer", version).changelog.strip()


def test_unknown_version_lists_known_versions() -> None:
    """Asking for a version that does not exist names the ones that do."""
    with pytest.raises(UnknownPromptVersion, match=r"v9\.9.*known versions: v1\.3, v2\.0"):
        get_prompt("support-answer", "v9.9")


def test_unknown_prompt_name_lists_known_prompts() -> None:
    """An unknown prompt name is an error naming the packaged prompts."""
    with pytest.raises(UnknownPromptVersion, match="support-answer"):
        known_versions("no-such-prompt")


def test_contract_alias_resolves() -> None:
    """The contract maps 'production' to v2.0, so the registry does too."""
    assert get_prompt("support-answer", "production").version == "v2.0"


def test_render_fills_every_placeholder() -> None:
    """Rendering puts question, context and recorded variables into the messages."""
    rendered = get_prompt("support-answer", "v2.0").render(
        {"store_name": "Shop", "customer_tier": "gold", "question": "Q?", "context": "CTX", "tool_results": "T"}
    )
    assert "Shop" in rendered.system and "gold" in rendered.system
    assert "Q?" in rendered.messages[1]["content"] and "CTX" in rendered.messages[1]["content"]
    assert rendered.defaulted == []


def test_render_reports_defaulted_variables() -> None:
    """A variable an older trace did not record falls back to the declared default, and says so."""
    rendered = get_prompt("support-answer", "v2.0").render(
        {"store_name": "Shop", "question": "Q?", "context": "C", "tool_results": "T"}
    )
    assert rendered.defaulted == ["customer_tier"]


def test_render_missing_variable_is_an_error() -> None:
    """A variable with neither a value nor a default is named in the error."""
    template = PromptTemplate(name="p", version="1", system="Hi {who}", user="{question}")
    with pytest.raises(ReplayError, match=r"\['who'\]"):
        template.render({"question": "Q"})


def test_with_template_adds_a_version() -> None:
    """An experiment can add a version without touching the packaged files."""
    extra = PromptTemplate(name="support-answer", version="v2.0-exp", system="S", user="{question}", released="2099")
    registry = default_registry().with_template(extra)
    assert "v2.0-exp" in registry.versions("support-answer")
    assert "v2.0-exp" not in known_versions("support-answer")


def test_from_directory_rejects_a_broken_file(tmp_path) -> None:
    """A prompt file without versions is reported with its name."""
    (tmp_path / "bad.json").write_text('{"name": "x"}', encoding="utf-8")
    with pytest.raises(ReplayError, match=r"bad\.json"):
        PromptRegistry.from_directory(tmp_path)


def test_format_context_uses_ids_and_titles() -> None:
    """Documents render as '[id] title' blocks, one line of content each."""
    text = format_context([Document(id="kb-001", title="Returns", content="Line one.\n\nLine two.")])
    assert text == "[kb-001] Returns\nLine one. Line two."
    assert format_context([]) == "(no articles found)"


def test_format_tool_results_reports_failures() -> None:
    """A failed tool call says it failed and why, instead of inventing a result."""
    ok = Span(span_id="a", name="tool.lookup", kind="tool", start_time=T, end_time=T, output={"status": "shipped"},
              attributes={"tool.name": "order_lookup"})
    bad = Span(span_id="b", name="tool.lookup", kind="tool", start_time=T, end_time=T, status="error",
               error=ErrorInfo(type="TimeoutError", message="no answer in 3000 ms"))
    text = format_tool_results([ok, bad])
    assert 'order_lookup: {"status": "shipped"}' in text
    assert "failed (TimeoutError: no answer in 3000 ms)" in text
    assert format_tool_results([]) == "(no lookup performed)"
