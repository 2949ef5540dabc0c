"""Versioned prompt templates (package data) and the registry that replay renders them from.

Each ``<prompt-name>.json`` file next to this module holds one prompt's versions: a system and a user
template in ``str.format`` syntax, the release date and a short changelog. The request-specific
variables are filled by the caller:

- ``{question}``: the user's query;
- ``{context}``: the retrieved documents, rendered by :func:`format_context`;
- ``{tool_results}``: what the tools returned, rendered by :func:`format_tool_results`;
- anything else (``{store_name}``, ``{customer_tier}``, ...) comes from the variables recorded with
  the prompt reference on the trace's LLM span. A file may declare ``variable_defaults`` for variables
  an older version did not record; a render says which defaults it used, so nothing is filled silently.

Version names follow the observability contract, so an alias such as ``production`` resolves to the
version the contract maps it to.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..contract import Contract
from ..errors import ReplayError, UnknownPromptVersion
from ..traces import Document, Span

__all__ = [
    "PromptRegistry",
    "PromptTemplate",
    "RenderedPrompt",
    "default_registry",
    "format_context",
    "format_tool_results",
    "get_prompt",
    "known_prompts",
    "known_versions",
]

class RenderedPrompt(BaseModel):
    """The chat messages a template produced, and which variables fell back to a default."""

    model_config = ConfigDict(frozen=True)

    name: str
    version: str
    messages: list[dict[str, str]]
    variables: dict[str, Any]
    defaulted: list[str] = Field(default_factory=list)

    @property
    def system(self) -> str:
        return next((m["content"] for m in self.messages if m["role"] == "system"), "")


class PromptTemplate(BaseModel):
    """One version of one prompt: system + user template and why it changed."""

    model_config = ConfigDict(frozen=True)

    name: str
    version: str
    system: str
    user: str
    released: str | None = None
    changelog: str = ""
    variable_defaults: dict[str, str] = Field(default_factory=dict)

    @property
    def variables(self) -> list[str]:
        """Every ``{placeholder}`` the two templates use, in first-use order."""
        seen: list[str] = []
        for text in (self.system, self.user):
            for _, field_name, _, _ in string.Formatter().parse(text):
                if field_name and field_name not in seen:
                    seen.append(field_name)
        return seen

    def render(self, variables: Mapping[str, Any]) -> RenderedPrompt:
        """Fill both templates; a variable that is neither given nor defaulted is a clear error."""
        values: dict[str, Any] = {}
        defaulted: list[str] = []
        missing: list[str] = []
        for name in self.variables:
            if name in variables and variables[name] is not None:
                values[name] = variables[name]
            elif name in self.variable_defaults:
                values[name] = self.variable_defaults[name]
                defaulted.append(name)
            else:
                missing.append(name)
        if missing:
            raise ReplayError(
                f"prompt {self.name!r} version {self.version!r} needs the variable(s) {missing}, which the trace "
                f"did not record and the template has no default for; record them in the LLM span's "
                f"prompt.variables or add variable_defaults to {self.name}.json."
            )
        messages = [
            {"role": "system", "content": self.system.format(**values)},
            {"role": "user", "content": self.user.format(**values)},
        ]
        return RenderedPrompt(
            name=self.name, version=self.version, messages=messages, variables=values, defaulted=defaulted
        )


class PromptRegistry:
    """Prompt templates by name and version; the packaged files unless others are given."""

    def __init__(self, templates: Iterable[PromptTemplate], contract: Contract | None = None) -> None:
        self._templates: dict[str, dict[str, PromptTemplate]] = {}
        for template in templates:
            self._templates.setdefault(template.name, {})[template.version] = template
        self._contract = contract

    @classmethod
    def from_directory(cls, directory: str | Path, contract: Contract | None = None) -> PromptRegistry:
        """Read every ``*.json`` prompt file in a directory."""
        files = sorted(Path(directory).glob("*.json"))
        return cls(_templates_from_files((f.name, f.read_text("utf-8")) for f in files), contract)

    def with_template(self, template: PromptTemplate) -> PromptRegistry:
        """A copy with one more (or one replaced) template: for experiments and tests."""
        everything = [t for versions in self._templates.values() for t in versions.values()]
        others = [t for t in everything if (t.name, t.version) != (template.name, template.version)]
        return PromptRegistry([*others, template], self._contract)

    def names(self) -> list[str]:
        return sorted(self._templates)

    def versions(self, name: str) -> list[str]:
        """Known versions of one prompt, oldest release first."""
        if name not in self._templates:
            raise UnknownPromptVersion(
                f"no prompt named {name!r} in the registry; known prompts: {', '.join(self.names()) or 'none'}."
            )
        found = self._templates[name].values()
        return [t.version for t in sorted(found, key=lambda t: (t.released or "", t.version))]

    def get(self, name: str, version: str) -> PromptTemplate:
        """The template for ``name``/``version`` (contract aliases such as ``production`` resolve first)."""
        known = self.versions(name)
        canonical = self._contract.prompts.canonical(name, version) if self._contract else str(version)
        if canonical not in self._templates[name]:
            raise UnknownPromptVersion(
                f"prompt {name!r} has no version {version!r}; known versions: {', '.join(known)}. "
                "Pick one of those, or add the version to the prompt's JSON file."
            )
        return self._templates[name][canonical]


def _templates_from_files(files: Iterable[tuple[str, str]]) -> list[PromptTemplate]:
    templates: list[PromptTemplate] = []
    for filename, text in files:
        try:
            data = json.loads(text)
            defaults = data.get("variable_defaults", {})
            for version, body in data["versions"].items():
                templates.append(
                    PromptTemplate(
                        name=data["name"], version=version, system=body["system"], user=body["user"],
                        released=body.get("released"), changelog=body.get("changelog", ""),
                        variable_defaults=defaults,
                    )
                )
        except (ValueError, KeyError, TypeError) as exc:
            raise ReplayError(
                f"prompt file {filename} is not a valid prompt definition ({exc}); it needs name and "
                "versions.<version>.system/user."
            ) from exc
    return templates


@lru_cache(maxsize=1)
def default_registry() -> PromptRegistry:
    """The packaged prompt templates, with version aliases from the packaged contract."""
    from ..contract import load_contract

    package = resources.files(__name__)
    files = sorted(
        (entry.name, entry.read_text("utf-8")) for entry in package.iterdir() if entry.name.endswith(".json")
    )
    return PromptRegistry(_templates_from_files(files), load_contract())


def get_prompt(name: str, version: str) -> PromptTemplate:
    """A packaged template; an unknown version raises :class:`UnknownPromptVersion` listing the known ones."""
    return default_registry().get(name, version)


def known_versions(name: str) -> list[str]:
    return default_registry().versions(name)


def known_prompts() -> list[str]:
    return default_registry().names()


# ---- rendering the request-specific variables -----------------------------------------------------


def format_context(documents: Iterable[Document]) -> str:
    """Documents as ``[id] title`` + content blocks separated by blank lines (how citations get their ids)."""
    blocks = []
    for doc in documents:
        head = f"[{doc.id}] {doc.title}".rstrip() if doc.title else f"[{doc.id}]"
        body = " ".join((doc.content or "").split())  # one line: a blank line ends a block
        blocks.append(f"{head}\n{body}".rstrip())
    return "\n\n".join(blocks) if blocks else "(no articles found)"


def format_tool_results(tool_spans: Iterable[Span]) -> str:
    """One line per tool call: its output as JSON, or the error it ended with."""
    lines = []
    for span in tool_spans:
        tool = span.attributes.get("tool.name") or span.name
        if span.failed:
            reason = f"{span.error.type}: {span.error.message}".rstrip(": ") if span.error else "error"
            lines.append(f"{tool} failed ({reason}); no result available.")
        else:
            output = span.output if isinstance(span.output, str) else json.dumps(span.output, sort_keys=True)
            lines.append(f"{tool}: {output}")
    return "\n".join(lines) if lines else "(no lookup performed)"
