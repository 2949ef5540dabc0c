"""Validate llmops_kit's Langfuse and LangSmith exports with the SDKs' own model classes.

Run in the same throwaway virtualenv as ``make_fixtures.py`` (the SDKs are not project dependencies)::

    /tmp/fmtvenv/bin/python tests/data/formats/check_exports_with_sdks.py

Langfuse objects are parsed with ``langfuse.api.core.pydantic_utilities.parse_obj_as``, the function
the SDK itself uses on HTTP responses (its camelCase aliases live in Fern ``FieldMetadata``, which
plain ``model_validate`` ignores); LangSmith runs with ``langsmith.schemas.Run.model_validate``.
The offline test suite checks the same exports against the JSON schemas in ``schemas/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from langfuse.api import ObservationsV2Response, TraceWithFullDetails
from langfuse.api.core.pydantic_utilities import parse_obj_as
from langsmith.schemas import Run

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import llmops_kit.importers as formats  # noqa: E402
from llmops_kit.io import load_traces  # noqa: E402


def main() -> None:
    traces = []
    for folder in ("traces/ch07_debug", "traces/inc_2025_007", "tests/data/formats/langfuse_legacy"):
        traces.extend(load_traces(HERE.parents[2] / folder).traces)
    for trace in traces:
        legacy = parse_obj_as(TraceWithFullDetails, formats.to_langfuse(trace))
        assert all(isinstance(o.prompt_version, (int, type(None))) for o in legacy.observations)
        listing = formats.to_langfuse_v2(trace)
        parse_obj_as(ObservationsV2Response, {"data": listing["data"], "meta": listing["meta"]})
        for run in formats.to_langsmith(trace):
            Run.model_validate(run)
        Run.model_validate(formats.to_langsmith_tree(trace))
    print(f"{len(traces)} traces: Langfuse legacy, Langfuse v2 and LangSmith exports validate with the SDK classes")


if __name__ == "__main__":
    main()
