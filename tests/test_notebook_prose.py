"""The written analysis in the committed notebook agrees with the data shown beside it.

Every number a Markdown cell quotes must appear in the outputs of the code cells beside it (two on each
side; a section's introduction and the drill reflection, which summarise, against the whole section),
rounded the way the prose rounds it (a fraction written as a percentage counts), or be one of the figures
the brief itself gives, listed per section with the reason. A number typed into prose that the data does
not show, or that the data beside it stopped showing after a change, fails here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebook.ipynb"

#: Sections whose prose is checked, with the numbers they may quote from the brief (not from the data).
CHECKED_SECTIONS: dict[str, set[float]] = {
    # the brief's Task 1 asks for 150-250 words per diagnosis
    "Task 1": {150, 250},
    # S3's 1.5 s -> 4.2 s and 5 s warning bound, S8's 200 ms, as the brief states them
    "Task 2": set(),
    "Task 3": {1.5, 4.2, 5, 200},
    # the brief's breaker simulation: "20 requests, 8 failing"
    "Task 4": {20},
    # the brief's 1,500-2,500 words for the postmortem
    "Task 5": {1500, 2500},
    # the brief's Task 6 gives none the drill prose needs: every figure comes from the drill's outputs
    "Task 6": set(),
    # the LangSmith vs Langfuse discussion quotes only values the comparison tables show
    "Bonus": set(),
}

#: A number in prose: optional $, digits with thousands commas, optional decimals, optional %.
_NUMBER = re.compile(r"(?<![\w.,\-/#\[])(\$?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)")
#: What may follow a number that is part of a name instead (gpt-4o, 95th, 2xx).
_NAME_TAIL = re.compile(r"[A-Za-z_\-]?[A-Za-z_]")
#: Words that make the next number a label, not a quantity.
_LABEL_BEFORE = re.compile(r"(?:Task|Tasks|Step|Stage|Section|Figure|Table|Experiment|Bonus|chapter|chapters)\s*$")
#: Bare integers up to this are counts in running text ("two of the four"); checked only with a unit after them.
_SMALL = 12
_UNIT_AFTER = re.compile(r"\s*(?:-\s*)?(?:%|ms\b|s\b|x\b|years?\b|days?\b|hours?\b|minutes?\b|tokens?\b|claims?\b)")


def _cells() -> list[dict]:
    return json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]


def _sections() -> dict[str, list[dict]]:
    """Cells grouped under their '## Task N' heading."""
    sections: dict[str, list[dict]] = {}
    current = None
    for cell in _cells():
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and (m := re.match(r"## (Task \d|Bonus)", source)):
            current = m.group(1)
        if current is not None:
            sections.setdefault(current, []).append(cell)
    return sections


def _output_text(cell: dict) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append("".join(output.get("text", "")))
        for kind in ("text/plain", "text/markdown", "text/html"):
            parts.append("".join(output.get("data", {}).get(kind, "")))
    return "\n".join(parts)


def _shown_values(text: str) -> set[float]:
    """Every number the outputs show, however it is embedded."""
    return {float(m.group().replace(",", "")) for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text)
            if m.group().replace(",", "").replace(".", "", 1).isdigit()}


def prose_numbers(text: str) -> list[tuple[str, float, int, bool]]:
    """(as written, value, decimals, is a percentage) for each quantity the prose quotes."""
    text = re.sub(r"`[^`]*`", " ", text)  # code spans name things, they do not quote data
    text = re.sub(r"(?m)^#+ [\d.]+ ", "# ", text)  # a heading's own number ("### 5.1 ...") is a label
    found = []
    for m in _NUMBER.finditer(text):
        after, before = text[m.end():], text[:m.start()]
        if (_NAME_TAIL.match(after) and not _UNIT_AFTER.match(after)) or _LABEL_BEFORE.search(before):
            continue
        dollar, digits, decimals, percent = m.groups()
        value = float(digits.replace(",", "") + (decimals or ""))
        if not (dollar or decimals or percent) and value <= _SMALL and not _UNIT_AFTER.match(after):
            continue
        found.append((m.group(), value, len(decimals or ".") - 1, bool(percent)))
    return found


def _matches(value: float, decimals: int, percent: bool, shown: set[float]) -> bool:
    for u in shown:
        if round(u, decimals) == value or (percent and round(u * 100, decimals) == value):
            return True
        if not percent and round(u / 100, decimals) == value and decimals >= 2:
            return True
    return False


def test_prose_number_reader_skips_names_and_reads_quantities():
    """The reader takes 1,140 ms, $0.0103, 92% and 2 years, and skips v1.3, kb-040, gpt-4o, SEV-1 and Task 3."""
    text = "v1.3 and kb-040 on gpt-4o (SEV-1, Task 3): 1,140 ms, $0.0103, 92% of it, 2 years, two of 4 docs"
    assert [(w, v) for w, v, _, _ in prose_numbers(text)] == [
        ("1,140", 1140.0), ("$0.0103", 0.0103), ("92%", 92.0), ("2", 2.0)]


def test_a_number_the_outputs_do_not_show_fails():
    """'9 ms per token' against an output of 10.0 is a mismatch; 10.4 against 10.4 is not."""
    assert not _matches(9.0, 0, False, _shown_values("ms per output token 10.0"))
    assert _matches(10.4, 1, False, _shown_values("ms per output token 10.4"))
    assert _matches(67.0, 0, True, _shown_values("share 0.67"))


@pytest.mark.parametrize("section", sorted(CHECKED_SECTIONS))
def test_every_number_in_the_prose_is_shown_by_the_data(section):
    """Each quantity a Markdown cell of the section quotes appears in the section's outputs or the brief."""
    cells = _sections()[section]
    shown = set().union(*(_shown_values(_output_text(c)) for c in cells if c["cell_type"] == "code"))
    shown |= CHECKED_SECTIONS[section]
    missing = [
        (written, "".join(c["source"])[:60])
        for c in cells if c["cell_type"] == "markdown"
        for written, value, decimals, percent in prose_numbers("".join(c["source"]))
        if not _matches(value, decimals, percent, shown)
    ]
    assert not missing, f"{section}: numbers in prose that no output shows: {missing}"


#: How many code cells on each side of a Markdown cell count as "beside" it.
BESIDE = 2
#: Cells that summarise a whole section (its introduction, the drill reflection): their numbers are checked
#: against the section's outputs, since they quote figures shown further away on purpose.
SUMMARY_CELLS = ("## Task", "### Reflection")


def _beside(cells: list[dict], index: int, width: int = BESIDE) -> set[float]:
    """The numbers shown by the ``width`` code cells before and after cell ``index`` (within its section)."""
    before = [c for c in cells[:index] if c["cell_type"] == "code"][-width:]
    after = [c for c in cells[index + 1:] if c["cell_type"] == "code"][:width]
    return set().union(*(_shown_values(_output_text(c)) for c in before + after))


def unshown_beside(cells: list[dict], brief: set[float]) -> list[tuple[str, str]]:
    """Numbers a Markdown cell quotes that the code cells beside it do not show (summary cells: the section)."""
    section = set().union(*(_shown_values(_output_text(c)) for c in cells if c["cell_type"] == "code"))
    missing = []
    for index, cell in enumerate(cells):
        source = "".join(cell["source"])
        if cell["cell_type"] != "markdown":
            continue
        shown = (section if source.startswith(SUMMARY_CELLS) else _beside(cells, index)) | brief
        missing += [(written, source[:60]) for written, value, decimals, percent in prose_numbers(source)
                    if not _matches(value, decimals, percent, shown)]
    return missing


@pytest.mark.parametrize("section", sorted(CHECKED_SECTIONS))
def test_every_number_in_the_prose_is_shown_beside_it(section):
    """Each quantity a Markdown cell quotes is shown by the code cells beside it, not just somewhere in the task."""
    missing = unshown_beside(_sections()[section], CHECKED_SECTIONS[section])
    assert not missing, f"{section}: numbers in prose that the cells beside them do not show: {missing}"


def test_a_number_shown_only_far_away_fails_the_beside_check():
    """The control: 0.39 shown five code cells away does not vouch for a sentence quoting 0.39."""
    def code(text: str) -> dict:
        return {"cell_type": "code", "source": [], "outputs": [{"text": text}]}

    prose = {"cell_type": "markdown", "source": ["The recording scored 0.39 on quality."]}
    far = [code("quality 0.39"), *[code("latency 1,985 ms") for _ in range(4)], prose, code("quality 0.52")]
    near = [code("quality 0.52"), code("quality 0.39"), prose]
    assert unshown_beside(far, set()) == [("0.39", "The recording scored 0.39 on quality.")]
    assert unshown_beside(near, set()) == []


def test_task1_deep_dives_are_150_to_250_words():
    """Each written diagnosis of traces b-f is within the brief's 150-250 words."""
    counts = {}
    for cell in _sections()["Task 1"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and (m := re.match(r"### (trace-[b-f]): ", source)):
            counts[m.group(1)] = len(re.sub(r"[*`#|]", " ", source.split("\n", 1)[1]).split())
    assert sorted(counts) == ["trace-b", "trace-c", "trace-d", "trace-e", "trace-f"]
    assert all(150 <= n <= 250 for n in counts.values()), counts


def test_task6_reflection_is_200_to_300_words():
    """The drill reflection is one Markdown cell of the brief's 200-300 words."""
    cells = [c for c in _sections()["Task 6"] if c["cell_type"] == "markdown"
             and "".join(c["source"]).startswith("### Reflection")]
    assert len(cells) == 1
    body = "".join(cells[0]["source"]).split("\n", 1)[1]
    assert 200 <= len(re.sub(r"[*`#|]", " ", body).split()) <= 300


def test_task6_mini_postmortem_is_about_200_words():
    """The brief's option for stage 7 is a 200-word mini postmortem: one Markdown cell, within 10% of that."""
    cells = [c for c in _sections()["Task 6"] if c["cell_type"] == "markdown"
             and "".join(c["source"]).startswith("#### Mini postmortem")]
    assert len(cells) == 1
    body = "".join(cells[0]["source"]).split("\n", 1)[1]
    assert 180 <= len(re.sub(r"[*`#|]", " ", body).split()) <= 220
