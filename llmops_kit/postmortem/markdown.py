"""Reading a Markdown postmortem: its ``##`` sections (with line numbers), tables and template titles."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import PostmortemError
from .issues import DEFAULT_SECTIONS

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


def read_markdown(path_or_text: str | os.PathLike[str], what: str) -> str:
    """A path (PathLike, or a one-line string naming an existing file) is read; other strings are the text."""
    if isinstance(path_or_text, os.PathLike) or ("\n" not in path_or_text and Path(path_or_text).suffix == ".md"):
        path = Path(path_or_text)
        if not path.is_file():
            raise PostmortemError(f"{path}: no such {what} file; pass the path of a Markdown file or its text.")
        return path.read_text(encoding="utf-8")
    return str(path_or_text)


def norm_title(title: str) -> str:
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
        titles = [s.title for s in parse_sections(read_markdown(template, "template"))]
        if not titles:
            raise PostmortemError(f"{template}: the template has no '## ' section headings; check the file.")
        return titles
    return [str(t) for t in template]


def read_sections(path_or_text: str | os.PathLike[str]) -> dict[str, str]:
    """Section title -> body text, for displaying parts of a postmortem."""
    return {s.title: s.text.strip() for s in parse_sections(read_markdown(path_or_text, "postmortem"))}


def first_table(body: list[tuple[int, str]]) -> tuple[list[str], list[tuple[int, list[str]]]]:
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


def plain_cell(cell: str) -> str:
    """A table cell without code and emphasis markers, as the value it quotes."""
    return cell.replace("`", "").replace("*", "").strip()


def find_column(header: list[str], names: tuple[str, ...]) -> int | None:
    """Index of the first header cell naming one of ``names`` (titles compared loosely), else None."""
    for index, cell in enumerate(header):
        if any(n in norm_title(cell) for n in names):
            return index
    return None
