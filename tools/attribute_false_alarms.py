"""Which part of the groundedness check raises each HALLUCINATION verdict, false alarm or not, on the read sets.

Every trace of the read sets (``tests/data/evalset``, the read half of ``tests/data/holdout``, ``holdout2``-
``holdout9``) and HaluEval's tuning half is scored once by the package's own scorer, with the deciding steps
of :func:`llmops_kit.grounding.judge_claims` watched (never changed), so each claim that is not supported is
put down to the step that decided it:

- ``absent <kind>`` / ``contradicted <kind>``: a hard fact no evidence holds (or another value of the same
  unit), by kind of fact: number, amount (a figure with a unit), time, identifier, grouped digits (phone),
  e-mail, name;
- ``misplaced figure`` (:mod:`llmops_kit.grounding_context`), ``status`` (a record's status), ``option`` (the
  question's other option), ``table row`` (a figure in a table row or heading);
- ``novel words`` (the invented-subject-matter rule), ``wh-answer`` (what a claim adds to a "what / which"
  question held nowhere), ``polarity`` (a denial no evidence makes);
- ``model invented`` / ``model unsupported``: the fitted decision (:mod:`llmops_kit.claim_decision`).

A trace fires as ``detect_hallucination`` decides (a fabricated verdict, or groundedness below the floor).
For each component and set the table gives the false alarms and true positives it takes part in, and those
it decides alone (with its verdicts counted as supported, the trace would not fire). Sealed sets are never
read. Deterministic. Run: ``.venv/bin/python tools/attribute_false_alarms.py``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from bench_eval import HALUEVAL, READ_SETS, halueval_trace, read_labels  # noqa: E402

from llmops_kit import claim_decision, grounding, quality  # noqa: E402
from llmops_kit.contract import load_contract  # noqa: E402
from llmops_kit.evidence import Evidence  # noqa: E402
from llmops_kit.failure_notes import settle  # noqa: E402
from llmops_kit.grounding import ClaimSupport, fires_hallucination  # noqa: E402
from llmops_kit.io import load_trace_records  # noqa: E402
from llmops_kit.quality import HeuristicScorer, trace_context, trace_earlier_answers, trace_history, trace_instructions  # noqa: E402
from llmops_kit.text import identifiers_in, names_in, numbers_in, times_in  # noqa: E402
from llmops_kit.traces import Trace  # noqa: E402

HALUEVAL_TUNE = "halueval-tune"
OPTION = ("the option the question offered",)


@dataclass
class Watch:
    """What the watched steps said about the claims of the trace being scored."""

    decided: dict[str, str]
    status: set[str]
    moved: set[str]
    polarity: set[str]
    rows: int = 0


def _wrap(owner: Any, name: str, after: Callable[..., None]) -> Callable[[], None]:
    """Replace ``owner.name`` by a call-through that hands its arguments and result to ``after``."""
    original = getattr(owner, name)

    def watched(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        after(result, *args, **kwargs)
        return result

    setattr(owner, name, watched)
    return lambda: setattr(owner, name, original)


@contextmanager
def watching(watch: Watch) -> Iterator[None]:
    """Watch the deciding steps while scoring (the verdicts are unchanged)."""
    undo = [
        _wrap(claim_decision, "decide", lambda r, signals, *_a, **_k: watch.decided.__setitem__(signals.claim, r)),
        _wrap(Evidence, "status_clash", lambda r, _self, claim: r is not None and watch.status.add(claim)),
        _wrap(grounding, "misplaced_figure", lambda r, claim, _e: r is not None and watch.moved.add(claim)),
        _wrap(Evidence, "polarity_clash", lambda r, _self, claim, _s: r and watch.polarity.add(claim)),
        _wrap(quality, "judge_table_rows", lambda r, *_a, **_k: setattr(watch, "rows", len(r))),
    ]
    try:
        yield
    finally:
        for step in reversed(undo):
            step()


def _fact_kind(item: str, claim: str) -> str:
    """The kind of a hard fact ``missing_facts`` reported absent."""
    if item.startswith("the number "):
        return "grouped digits"
    if "@" in item:
        return "e-mail"
    if item in numbers_in(claim):
        return "number"
    if item in identifiers_in(claim):
        return "identifier"
    if item in times_in(claim):
        return "time"
    if item in names_in(claim):
        return "name"
    return "amount"


def component(verdict: ClaimSupport, watch: Watch, row: bool) -> str:
    """The step that decided a claim that is not supported."""
    claim, kind = verdict.claim, verdict.verdict
    if row:
        return "table row"
    if kind in ("absent", "contradicted"):
        if verdict.missing == OPTION:
            return "option"
        if claim in watch.status:
            return "status"
        if claim in watch.moved:
            return "misplaced figure"
        kinds = sorted({_fact_kind(m, claim) for m in verdict.missing})
        return f"{kind} {'+'.join(kinds)}"
    if claim in watch.decided and watch.decided[claim] == kind:
        return f"model {kind}"
    if kind == "invented":
        return "novel words"
    return "polarity" if claim in watch.polarity else "wh-answer"


def fires(support: list[ClaimSupport], labels: list[str | None], floor: float, off: str | None = None) -> bool:
    """detect_hallucination's rule, with the verdicts of component ``off`` counted as supported."""
    return fires_hallucination([("supported" if label == off else v.verdict)
                                for v, label in zip(support, labels, strict=True)], floor)


def attribute(trace: Trace, scorer: HeuristicScorer, floor: float) -> tuple[bool, set[str], set[str]]:
    """Whether the trace fires, the components taking part, and the ones deciding alone."""
    watch = Watch({}, set(), set(), set())
    with watching(watch):
        report = scorer.score(trace.answer, trace_context(trace), query=trace.query,
                              instructions=trace_instructions(trace), history=trace_history(trace),
                              earlier_answers=trace_earlier_answers(trace))
    if not report.evaluable or report.groundedness is None:
        return False, set(), set()
    report = settle(report, trace)  # the detector's reading with the trace: failure notes, closing offers
    support = list(report.support)
    first_row = len(support) - watch.rows
    labels = [None if v.supported else component(v, watch, n >= first_row) for n, v in enumerate(support)]
    if not fires(support, labels, floor):
        return False, set(), set()
    involved = {label for label in labels if label is not None}
    alone = {label for label in involved if not fires(support, labels, floor, off=label)}
    return True, involved, alone


def traces() -> Iterator[tuple[str, Trace, bool]]:
    """(set, trace, labelled HALLUCINATION) for every read-set trace and HaluEval tuning answer."""
    for name, root, domains in READ_SETS:
        labels = read_labels(root)
        if domains is not None:
            labels = labels[labels["domain"].isin(domains)]
        for rel, codes in zip(labels["file"], labels["expected"], strict=True):
            (trace,) = load_trace_records(root / rel)
            yield name, trace, "HALLUCINATION" in codes
    for n, line in enumerate(HALUEVAL.read_text(encoding="utf-8").splitlines()):
        if n % 2:  # odd lines are HaluEval's test half: never read here
            continue
        item = json.loads(line)
        for hallucinated, key in ((False, "right_answer"), (True, "hallucinated_answer")):
            yield HALUEVAL_TUNE, halueval_trace(item, item[key], 2 * n + hallucinated), hallucinated


def main() -> None:
    contract = load_contract()
    scorer = HeuristicScorer(contract)
    floor = contract.quality.groundedness_floor
    involved: Counter[tuple[str, str, str]] = Counter()  # (component, set, "fp" | "tp")
    alone: Counter[tuple[str, str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    for name, trace, hallucination in traces():
        fired, parts, deciding = attribute(trace, scorer, floor)
        if not fired:
            continue
        what = "tp" if hallucination else "fp"
        totals[(name, what)] += 1
        for part in parts:
            involved[(part, name, what)] += 1
        for part in deciding:
            alone[(part, name, what)] += 1
    sets = [*(n for n, _, _ in READ_SETS), HALUEVAL_TUNE]
    components = sorted({c for c, _, _ in involved}, key=lambda c: (-sum(v for (k, _, w), v in involved.items()
                                                                          if k == c and w == "fp"), c))
    for title, table in (("decides alone (with it counted supported the trace would not fire)", alone),
                         ("takes part (a verdict of it in a firing trace)", involved)):
        print(f"\nComponent x set, false alarms / true positives it {title}:")
        print(f"  {'component':<28}" + "".join(f"{s:>15}" for s in sets) + f"{'all read sets':>16}")
        for comp in components:
            cells = [f"{table[(comp, s, 'fp')]}/{table[(comp, s, 'tp')]}" for s in sets]
            fp = sum(table[(comp, s, "fp")] for s in sets[:-1])
            tp = sum(table[(comp, s, "tp")] for s in sets[:-1])
            print(f"  {comp:<28}" + "".join(f"{c:>15}" for c in cells) + f"{f'{fp}/{tp}':>16}")
    cells = [f"{totals[(s, 'fp')]}/{totals[(s, 'tp')]}" for s in sets]
    fp = sum(totals[(s, "fp")] for s in sets[:-1])
    tp = sum(totals[(s, "tp")] for s in sets[:-1])
    print(f"  {'traces firing':<28}" + "".join(f"{c:>15}" for c in cells) + f"{f'{fp}/{tp}':>16}")


if __name__ == "__main__":
    main()
