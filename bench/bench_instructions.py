"""Load + validate + diagnose cost as instructions executed per trace (valgrind's cachegrind), against a revision.

CPU time on the shared 2-core machine moved 0.8-1.5x between rounds of the same code (see the speed rounds in
``bench_load_diagnose.py``), so the interleaved A/B could not resolve a change worth less than ~5-8%. An
instruction count does not depend on what else runs: the same code on the same traces counts the same
instructions (the string hash seed is fixed, so set order is too), whatever the load. It is not time (a cache miss
or a slow C call counts as its instructions), so a cut it shows still wants the CPU A/B to confirm its size.

Each side runs in its own process, twice: warm-up (``WARM_UP`` unique-answer traces) alone, then warm-up and N
more new traces; the difference over N is the cost per trace, without imports, model loading and the warm-up.
The package as of git revision ``REV`` is extracted to a temporary folder, the working tree's copied beside it
(a folder of the same shape: the count depends on the path a little), each put first on ``PYTHONPATH`` in turn.
Run: ``.venv/bin/python bench/bench_instructions.py REV [N]`` (default 300; ~2 minutes per run on a quiet core,
four runs, two at a time). Needs ``valgrind`` on the PATH (``apt-get install valgrind``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 400

#: What each measured process runs: the unique-answer corpus of the load + diagnose benchmark, loaded and
#: diagnosed, the measured traces only when asked ("1").
_CHILD = r"""
import gc, json, sys
sys.path.insert(0, {bench!r})
from _corpus import base_payloads, with_reworded_answers
from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.io import parse_json

def corpus(seed, salt, n):
    return [json.dumps(p).encode() for p in with_reworded_answers(base_payloads(n, seed=seed), salt=salt)]

contract = load_contract()
warm, measured = corpus(3, 100, {warm}), corpus(5, 7, int(sys.argv[2]))
for text in warm:
    for trace in parse_json(text, "bench"):
        diagnose(trace, contract)
gc.collect()
if sys.argv[1] == "1":
    for text in measured:
        for trace in parse_json(text, "bench"):
            diagnose(trace, contract)
"""

_IREFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _extract(rev: str, into: Path) -> None:
    """The tree of ``rev`` (the package and the benchmark corpus it is measured on) into ``into``."""
    archive = subprocess.run(["git", "archive", rev, "llmops_kit", "bench"], cwd=ROOT, capture_output=True,
                             check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into)  # our own repository's tree


def _copy_working_tree(into: Path) -> None:
    """The working tree's package and benchmark corpus into ``into``: each side runs from a folder of the same
    shape, as the count moved ~0.7% between two copies of the same code at paths of other lengths."""
    for part in ("llmops_kit", "bench"):
        shutil.copytree(ROOT / part, into / part, ignore=shutil.ignore_patterns("__pycache__"))


def _instructions(root: Path, measured: str, n: int) -> int:
    """Instructions one run executes (cachegrind's ``I refs``), with the package under ``root`` imported."""
    script = _CHILD.format(bench=str(root / "bench"), warm=WARM_UP)
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
    run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, "-c", script, measured, str(n)], env=env, capture_output=True, text=True,
                         check=False)
    found = _IREFS.search(run.stderr)
    if run.returncode != 0 or found is None:
        raise RuntimeError(f"valgrind run under {root} failed (exit {run.returncode}): {run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        print(__doc__)
        return
    if shutil.which("valgrind") is None:
        sys.exit("bench_instructions: valgrind is not on the PATH; install it (apt-get install valgrind) and rerun")
    rev, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 300
    with tempfile.TemporaryDirectory() as folder:
        base, new = Path(folder) / "a", Path(folder) / "b"
        _extract(rev, base)
        _copy_working_tree(new)
        jobs = [(base, "0"), (base, "1"), (new, "0"), (new, "1")]
        with ThreadPoolExecutor(max_workers=2) as pool:
            counts = list(pool.map(lambda job: _instructions(job[0], job[1], n), jobs))
    per_trace = [(counts[1] - counts[0]) / n, (counts[3] - counts[2]) / n]
    print(f"instructions per trace, {n} unique-answer traces after {WARM_UP} of warm-up: {rev} {per_trace[0]:,.0f}"
          f" -> working tree {per_trace[1]:,.0f} (ratio {per_trace[1] / per_trace[0]:.3f})")


if __name__ == "__main__":
    main()
