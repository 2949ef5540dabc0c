"""Fingerprint every verdict the diagnosis gives, so a speed-up can be shown to change none of them.

Loads every trace under the given folders / files with the package loader (``llmops_kit.io``, as ``iter_traces``)
and writes, per trace, ``diagnose()``'s whole result and the quality report (groundedness, per-claim
support with its evidence sentence and similarity), serialised deterministically (sorted keys, floats as
``repr``). Load errors are recorded too. A JSON file holding a list of grounding cases (objects with
``answer`` and ``documents``, as ``tests/data/grounding_dev/cases.json``) is scored with ``score_answer``.
Options add the benchmark corpus (``--bench N``: ``N`` generated traces and the same with unique answers, in both
kinds ``bench/bench_load_diagnose.py`` builds: first word only, and reworded) and the HaluEval sample (``--halueval
FILE``: each item as two traces, built by ``bench/bench_eval.py``'s ``halueval_trace``).

Compare two runs byte for byte (``cmp A.json B.json``): an optimisation must leave the file unchanged.
Run: ``.venv/bin/python tools/diagnosis_fingerprint.py tests/data/evalset traces --bench 300
--halueval tests/data/halueval/qa_sample.jsonl -o fingerprint.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from bench_eval import READ_HOLDOUTS  # noqa: E402

from llmops_kit.contract import Contract, load_contract  # noqa: E402
from llmops_kit.diagnose import diagnose  # noqa: E402
from llmops_kit.quality import score_answer, score_trace  # noqa: E402
from llmops_kit.traces import Document, Trace  # noqa: E402

_HOLDOUT_RE = re.compile(r"holdout\d*")


def sealed_part(path: Path) -> str | None:
    """The held-out set a path lies in when that set is sealed, else None. Sealed by default: every
    ``holdout*`` folder that ``bench_eval.READ_HOLDOUTS`` does not open for reading (and the whole of
    ``holdout``, whose second half is sealed), so a new set is protected before anyone lists it."""
    for part in path.resolve().parts:
        if _HOLDOUT_RE.fullmatch(part) and part not in READ_HOLDOUTS:
            return part
    return None


def _plain(value: Any) -> Any:
    """JSON data with every float as its repr, so no rounding hides a changed score."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def trace_record(trace: Trace, contract: Contract) -> dict[str, Any]:
    """What the diagnosis and the quality score say about one trace."""
    return {
        "trace_id": trace.trace_id,
        "diagnosis": _plain(diagnose(trace, contract).model_dump(mode="json")),
        "quality": _plain(score_trace(trace, contract).model_dump(mode="json")),
    }


def _relative(source: str) -> str:
    try:
        return str(Path(source.split(" (record ")[0]).resolve().relative_to(REPO)) + (
            f" (record {source.split(' (record ')[1]}" if " (record " in source else "")
    except ValueError:
        return source


def _grounding_cases(path: Path) -> list[dict[str, Any]] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, list) and data and all(isinstance(c, dict) and "answer" in c and "documents" in c
                                                for c in data):
        return data
    return None


def path_records(path: Path, contract: Contract) -> Iterator[dict[str, Any]]:
    """Every trace (or load error) under ``path``, then every grounding case file under it."""
    from llmops_kit.io import TraceLoadError, _iter_sourced

    for source, item in _iter_sourced(path, "auto", contract, None):
        if isinstance(item, TraceLoadError):
            yield {"source": _relative(source), "error": str(item).replace(str(REPO) + "/", "")}
        else:
            yield {"source": _relative(source), **trace_record(item, contract)}
    files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
    for file in files:
        cases = _grounding_cases(file)
        for n, case in enumerate(cases or []):
            documents = [Document(id=d.get("id", f"doc-{i}"), content=d.get("content", ""))
                         for i, d in enumerate(case["documents"])]
            report = score_answer(case["answer"], documents, query=case.get("query"),
                                  instructions=case.get("system"), contract=contract)
            yield {"source": f"{_relative(str(file))} (case {n})", "case": case.get("id"),
                   "quality": _plain(report.model_dump(mode="json"))}


def bench_records(n: int, contract: Contract) -> Iterator[dict[str, Any]]:
    """The benchmark's generated corpus and its two unique-answers variants, through the package loader."""
    from _corpus import base_payloads, with_reworded_answers, with_unique_answers

    from llmops_kit.io import parse_json

    payloads = base_payloads(n, seed=11)
    batches = (("bench generated", payloads), ("bench unique", with_unique_answers(payloads, salt=0)),
               ("bench reworded", with_reworded_answers(payloads, salt=0)))
    for label, batch in batches:
        for i, payload in enumerate(batch):
            for trace in parse_json(json.dumps(payload).encode("utf-8"), "bench"):
                yield {"source": f"{label} {i}", **trace_record(trace, contract)}


def halueval_records(path: Path, contract: Contract) -> Iterator[dict[str, Any]]:
    """Each HaluEval item as two traces (right and hallucinated answer), built as bench_eval builds them."""
    from bench_eval import halueval_trace

    for n, line in enumerate(path.read_text("utf-8").splitlines()):
        item = json.loads(line)
        for hallucinated, key in ((False, "right_answer"), (True, "hallucinated_answer")):
            trace = halueval_trace(item, item[key], 2 * n + hallucinated)
            yield {"source": f"halueval {n} {key}", **trace_record(trace, contract)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="folders or trace files")
    parser.add_argument("--bench", type=int, default=0, help="also N benchmark traces (generated, unique, reworded)")
    parser.add_argument("--halueval", type=Path, help="also the HaluEval QA sample (JSONL)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="where to write the fingerprint")
    args = parser.parse_args(argv)
    sealed = sorted({part for p in args.paths if (part := sealed_part(p))})
    if sealed:
        parser.error(f"{', '.join(sealed)}: sealed (a fingerprint holds every verdict; sealed sets are measured by "
                     f"the lead only, totals through bench/bench_eval.py); leave them out. Read sets: "
                     f"{', '.join(READ_HOLDOUTS)} and tests/data/evalset.")
    contract = load_contract()
    records: list[dict[str, Any]] = []
    for path in args.paths:
        records.extend(path_records(path, contract))
    if args.bench:
        records.extend(bench_records(args.bench, contract))
    if args.halueval:
        records.extend(halueval_records(args.halueval, contract))
    args.output.write_text(json.dumps(records, sort_keys=True, indent=0, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(records):,} records -> {args.output}")


if __name__ == "__main__":
    main()
