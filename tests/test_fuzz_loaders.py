"""Fuzzing the loader: mutated traces of every format never crash it and never cost a good trace.

Seeds are valid traces of every supported format (native JSON, native JSONL lines, Langfuse legacy and
v2, LangSmith runs and trees, OTLP with GenAI and OpenInference attributes). Hypothesis mutates them
(types, ranges, nesting, encodings, timestamps, structure) and mixes the mutants with untouched traces
in one batch, written both as a directory of files and as one JSONL file. Derandomised with a bounded
number of examples, so CI is deterministic and the default suite stays fast.
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import llmops_kit.importers  # noqa: F401  (registers the detectors)
from llmops_kit.contract import load_contract
from llmops_kit.errors import TraceLoadError
from llmops_kit.io import load_traces, parse_records, trace_to_json
from llmops_kit.plausibility import implausible_values
from llmops_kit.testing import trace_payload
from llmops_kit.traces import Trace

from .importer_cases import FORMATS

ROOT = Path(__file__).resolve().parent.parent
BOUNDS = load_contract().plausibility
SHAPES = ["langfuse_legacy", "langfuse_v2", "langsmith_runs", "langsmith_tree", "otlp_genai", "otlp_openinference"]


def _seeds() -> list[tuple[str, Any, frozenset[str]]]:
    """(name, payload, trace ids it loads as) for every valid seed; ids let a batch keep good and mutant apart."""
    seeds: list[tuple[str, Any]] = [(f"{shape}/{path.stem}", json.loads(path.read_text()))
                                    for shape in SHAPES for path in sorted((FORMATS / shape).glob("*.json"))]
    seeds += [(f"native/{path.stem}", json.loads(path.read_text()))
              for path in sorted((ROOT / "traces" / "ch07_debug").glob("*.json"))]
    seeds.append(("native/builder", trace_payload("fuzz-native")))
    out = []
    for name, payload in seeds:
        items = parse_records(json.dumps(payload), name)
        assert all(isinstance(i, Trace) for i in items), f"seed {name} must load: {items}"
        out.append((name, payload, frozenset(t.trace_id for t in items if isinstance(t, Trace))))
    return out


SEEDS = _seeds()

TIMESTAMPS = [
    "2025-03-12T08:30:00", "2025-03-12T08:30:00+14:00", "2025-03-12T08:30:00.123456789Z", "9999-12-31T23:59:59-05:00",
    "0001-01-01T00:00:00+01:00", "2025-13-45T25:61:00Z", "1970-01-01T00:00:00Z", "9" * 30, str(10**19), "-1",
    1741768200.5, 1741768200000000000, "", "yesterday", "2025-03-12",
]
SCALARS = [
    None, True, False, 0, -1, 1.5, -0.0, 7.5, 1e308, 10**400, 2**63, "", "lots", "fast", "NaN", "Infinity", "1e400",
    "0x1f", "\u0000", "\ud800", "é" * 3, "🚀", "a" * 2000, [], {}, [None], {"": None},
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside decoded JSON (the root included)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


def _get(root: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        root = root[step]
    return root


def _mutate(data: st.DataObject, payload: Any) -> Any:
    """One structural or value mutation at a random place in a deep copy of ``payload``."""
    root: Any = json.loads(json.dumps(payload))
    paths = _paths(root)
    path = paths[data.draw(st.integers(0, len(paths) - 1), label="path")]
    kind = data.draw(st.sampled_from(["scalar", "timestamp", "delete", "wrap", "nest", "stringify", "duplicate",
                                      "number"]), label="kind")
    current = _get(root, path)
    if kind == "scalar":
        new: Any = data.draw(st.sampled_from(SCALARS), label="scalar")
    elif kind == "timestamp":
        new = data.draw(st.sampled_from(TIMESTAMPS), label="timestamp")
    elif kind == "wrap":
        new = [current]
    elif kind == "nest":
        new = {"value": current, "nested": [[[current]]]}
    elif kind == "stringify":
        new = json.dumps(current)
    elif kind == "duplicate":
        new = [current, current] if not isinstance(current, list) else current + current
    elif kind == "number":
        new = data.draw(st.one_of(st.integers(-(10**30), 10**30), st.floats(allow_nan=False, allow_infinity=False)),
                        label="number")
    else:
        new = None
    if not path:
        return new if kind != "delete" else {}
    parent = _get(root, path[:-1])
    if kind == "delete":
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return root


def _encode(data: st.DataObject, payload: Any) -> bytes:
    """The mutant as one line of bytes, sometimes damaged at the byte level (encodings, truncation, NaN)."""
    text = json.dumps(payload, ensure_ascii=data.draw(st.booleans(), label="ascii"))
    raw = text.encode("utf-8", errors="surrogatepass")
    damage = data.draw(st.sampled_from(["none", "none", "none", "truncate", "bad-byte", "bom", "utf16", "latin1",
                                        "nan-literal", "deep"]), label="damage")
    if damage == "truncate":
        raw = raw[: data.draw(st.integers(0, max(0, len(raw) - 1)), label="cut")]
    elif damage == "bad-byte":
        at = data.draw(st.integers(0, len(raw)), label="at")
        raw = raw[:at] + b"\xff\xfe" + raw[at:]
    elif damage == "bom":
        raw = b"\xef\xbb\xbf" + raw
    elif damage == "utf16":
        raw = text.encode("utf-16", errors="surrogatepass")
    elif damage == "latin1":
        raw = text.encode("latin-1", errors="replace")
    elif damage == "nan-literal":
        raw = raw.replace(b"0.", b"NaN", 1) if b"0." in raw else raw + b"NaN"
    elif damage == "deep":
        raw = b'{"trace_id": "deep", "input": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    return raw.replace(b"\n", b" ").replace(b"\r", b" ")  # one JSONL line each (UTF-16 may still hold 0x0a)


def _check_loaded(trace: Trace) -> None:
    """A trace that loads is usable: finite, plausible, and writes back as strict JSON."""
    assert not list(implausible_values(trace, BOUNDS))
    json.loads(trace_to_json(trace), parse_constant=lambda token: (_ for _ in ()).throw(ValueError(token)))
    if trace.duration_ms is not None:
        assert math.isfinite(trace.duration_ms)


@settings(max_examples=200, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_mutated_traces_never_crash_the_loader_nor_cost_a_good_trace(data: st.DataObject) -> None:
    """Any mix of good traces and mutants: only TraceLoadError comes out, and every good trace loads."""
    good_picks = data.draw(st.lists(st.integers(0, len(SEEDS) - 1), min_size=1, max_size=3, unique=True), label="good")
    good_ids = frozenset().union(*(SEEDS[i][2] for i in good_picks))
    # mutants come from seeds whose ids differ from the good ones: a loadable mutant of the same trace would
    # rightly win "first copy" and the test would blame the loader for a duplicate
    pool = [i for i, seed in enumerate(SEEDS) if not seed[2] & good_ids]
    mutant_picks = data.draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3), label="mutants")
    mutants = [_encode(data, _mutate(data, SEEDS[i][1])) for i in mutant_picks]
    good = [json.dumps(SEEDS[i][1]).encode() for i in good_picks]
    order = data.draw(st.permutations(range(len(good) + len(mutants))), label="order")
    lines = [(good + mutants)[i] for i in order]

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "batch.jsonl").write_bytes(b"\n".join(lines) + b"\n")
        files = root / "files"
        files.mkdir()
        for position, raw in enumerate(lines):  # first copy wins by file order too: same order as the lines
            (files / f"{position:02d}.json").write_bytes(raw)
        for target in (root / "batch.jsonl", files):
            result = load_traces(target)  # an exception escaping here fails the test
            assert all(isinstance(error, TraceLoadError) and str(error) for error in result.errors)
            assert all("\n" not in str(error) for error in result.errors)
            loaded = {t.trace_id for t in result.traces}
            assert good_ids <= loaded, f"good traces lost from {target.name}: {sorted(good_ids - loaded)}"
            for trace in result.traces:
                _check_loaded(trace)
