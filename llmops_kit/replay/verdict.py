"""Control first, then the fork: a replay is evidence only if it could have come out against the fix.

:func:`replay_with_control` replays the *recorded* configuration (the control) and the overridden one (the
fork) the same way: when the fork's model call runs live, the control's runs live on the same backend too,
so both answers come from one model of the world; when the fork's call is unchanged, both are served from
the recording. Every original finding then gets an outcome:

- ``not reproduced``: the control does not show it, so this backend cannot tell whether the override fixes it;
- ``resolved``: the control shows it and the fork does not;
- ``persists``: both show it;
- ``new`` (a finding of the fork that neither the original nor the control had).

The verdict of the trace follows: ``regressed`` if anything is new, ``not fixed`` if anything persists,
``inconclusive`` if a finding was not reproduced, ``fixed`` if every finding was resolved (a resolved
latency or cost finding counts), ``healthy`` when the original had no finding and nothing new appeared.
Quality is compared fork against control, and an answer that is a refusal is reported as a refusal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import openai

from ..contract import Contract, load_contract
from ..diagnose import diagnose
from ..prompts import PromptRegistry
from ..quality import is_refusal, score_trace
from ..traces import Trace
from .engine import replay_trace
from .overrides import Overrides, validate_overrides
from .tools import ToolRunner

Outcome = Literal["resolved", "persists", "not reproduced", "new"]
VERDICTS = ("fixed", "not fixed", "inconclusive", "regressed", "healthy", "error")
INCONCLUSIVE = "inconclusive: this backend cannot reproduce the recorded failure"


@dataclass(frozen=True)
class FindingOutcome:
    """One finding code and what became of it in the control and the fork."""

    code: str
    outcome: Outcome
    in_original: bool
    in_control: bool
    in_replay: bool


@dataclass(frozen=True)
class ControlledReplay:
    """The original, its control replay, the override replay, and what the comparison supports."""

    original: Trace
    control: Trace
    replayed: Trace
    findings: tuple[FindingOutcome, ...]
    verdict: str
    refusal: bool
    codes_by_side: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())

    @property
    def reproduces(self) -> bool:
        """True when the control shows every finding the original had (trivially so for a healthy trace)."""
        return all(f.in_control for f in self.findings if f.in_original)

    def outcome(self, code: str) -> Outcome | None:
        """What became of one finding code (None when it fired nowhere)."""
        return next((f.outcome for f in self.findings if f.code == code), None)

    def codes(self, outcome: Outcome) -> list[str]:
        return [f.code for f in self.findings if f.outcome == outcome]

    def summary(self) -> str:
        """One line: reproduces yes/no, each finding's outcome, the verdict."""
        parts = [f"{f.code} {f.outcome}" for f in self.findings] or ["no finding"]
        verdict = INCONCLUSIVE if self.verdict == "inconclusive" else self.verdict
        refusal = "; the replayed answer is a refusal" if self.refusal else ""
        return f"reproduces: {'yes' if self.reproduces else 'no'}; {', '.join(parts)}{refusal} -> {verdict}"


def _codes(trace: Trace, contract: Contract) -> set[str]:
    return set(diagnose(trace, contract).codes)


def judge(original: Trace, control: Trace, replayed: Trace, contract: Contract | None = None) -> ControlledReplay:
    """Outcome of every finding and the verdict, from three traces already replayed."""
    contract = contract or load_contract()
    before, ctrl, after = _codes(original, contract), _codes(control, contract), _codes(replayed, contract)
    findings: list[FindingOutcome] = []
    for code in sorted(before | (after - ctrl)):
        if code not in before:
            outcome: Outcome = "new"
        elif code not in ctrl:
            outcome = "not reproduced"
        else:
            outcome = "persists" if code in after else "resolved"
        findings.append(FindingOutcome(code, outcome, code in before, code in ctrl, code in after))
    outcomes = {f.outcome for f in findings}
    if "new" in outcomes:
        verdict = "regressed"
    elif "persists" in outcomes:
        verdict = "not fixed"
    elif "not reproduced" in outcomes:
        verdict = "inconclusive"
    elif "resolved" in outcomes:
        verdict = "fixed"
    else:
        verdict = "healthy"
    refusal = is_refusal(replayed.answer, contract) and not is_refusal(original.answer, contract)
    sides = (tuple(sorted(before)), tuple(sorted(ctrl)), tuple(sorted(after)))
    return ControlledReplay(original, control, replayed, tuple(findings), verdict, refusal, sides)


def control_of(
    trace: Trace, replayed: Trace, *, client: openai.OpenAI | None = None, registry: PromptRegistry | None = None,
    contract: Contract | None = None,
) -> Trace:
    """The control for a fork already replayed: the fork itself when no override changed anything
    (same request, same answer: a second call would return the same trace), else the recorded
    configuration replayed live or from the recording, as the fork's model call was."""
    meta = replayed.metadata.get("replay") if isinstance(replayed.metadata.get("replay"), dict) else {}
    if not meta.get("effective_overrides") and meta.get("llm") == "recording":
        return replayed
    mode = "live" if meta.get("llm") == "live" else "auto"
    return replay_trace(trace, None, client=client, registry=registry, contract=contract, llm=mode)


def replay_with_control(
    trace: Trace,
    overrides: Mapping[str, Any] | Overrides | None = None,
    *,
    client: openai.OpenAI | None = None,
    registry: PromptRegistry | None = None,
    contract: Contract | None = None,
    tool_runner: ToolRunner | None = None,
) -> ControlledReplay:
    """Replay the recorded configuration (control), then the override (fork), and judge the pair."""
    contract = contract or load_contract()
    checked = validate_overrides(overrides)
    # the fork runs first only to learn how its model call ran (a live tool must not run twice)
    replayed = replay_trace(trace, checked, client=client, registry=registry, contract=contract,
                            tool_runner=tool_runner)
    control = control_of(trace, replayed, client=client, registry=registry, contract=contract)
    return judge(trace, control, replayed, contract)


def quality_of(trace: Trace, contract: Contract) -> float | None:
    """The replay's own quality score (replay_trace stored it), else a fresh one."""
    recorded = trace.score("quality")
    return float(recorded) if isinstance(recorded, (int, float)) else score_trace(trace, contract).score


__all__ = [
    "INCONCLUSIVE",
    "VERDICTS",
    "ControlledReplay",
    "FindingOutcome",
    "control_of",
    "judge",
    "quality_of",
    "replay_with_control",
]
