"""Post-processing of executed notebooks."""

from __future__ import annotations

import nbformat
import pytest

from llmops_kit.course.notebook_run import error_outputs, merge_streams, set_author
from llmops_kit.errors import SubmissionError


def _cell(*outputs: dict) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell("print('x')")
    cell.outputs = [nbformat.from_dict(o) for o in outputs]
    return cell


def test_consecutive_stream_chunks_are_joined() -> None:
    """Two stdout chunks of one print become one output; stderr and other outputs stay apart."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [_cell(
        {"output_type": "stream", "name": "stdout", "text": "ALERT: qual"},
        {"output_type": "stream", "name": "stdout", "text": "ity\n"},
        {"output_type": "stream", "name": "stderr", "text": "warn\n"},
        {"output_type": "display_data", "data": {"text/plain": "t"}, "metadata": {}},
        {"output_type": "stream", "name": "stdout", "text": "after\n"},
    )]
    merge_streams(nb)
    outputs = nb.cells[0].outputs
    assert [o.get("text") for o in outputs] == ["ALERT: quality\n", "warn\n", None, "after\n"]


def test_error_outputs_are_listed() -> None:
    """error_outputs reports each error output as 'ename: evalue'."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [_cell({"output_type": "error", "ename": "ValueError", "evalue": "bad", "traceback": []})]
    assert error_outputs(nb) == ["ValueError: bad"]


def test_author_replaces_the_title_line_and_sets_metadata() -> None:
    """The title cell's Author line names the student; underscores from STUDENT become spaces."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Title\n\n**Author:** Student\n\nIntro"),
                nbformat.v4.new_markdown_cell("**Author:** untouched")]
    set_author(nb, "Ada_Lovelace")
    assert nb.cells[0].source == "# Title\n\n**Author:** Ada Lovelace\n\nIntro"
    assert nb.cells[1].source == "**Author:** untouched"
    assert nb.metadata["authors"] == [{"name": "Ada Lovelace"}]


def test_author_line_is_added_when_the_title_has_none() -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Title\nIntro")]
    set_author(nb, "Grace Hopper")
    assert nb.cells[0].source == "# Title\n\n**Author:** Grace Hopper\nIntro"


def test_empty_author_is_refused() -> None:
    with pytest.raises(SubmissionError, match="empty"):
        set_author(nbformat.v4.new_notebook(), " _ ")
