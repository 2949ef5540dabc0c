"""Every number in the postmortem and in the report source is pinned to the value its source gives.

One table of claims per document: each claim is a phrase with the quoted numbers as groups and the
function that computes them from the source the phrase names (the tables the notebook wrote in
``outputs/``, the observability contract, the INC-2025-007 evidence traces, the timeline's own clock
times, or the brief's figures). A number that no claim pins fails, unless it sits inside an exempt phrase
(a stated assumption or decision, each listed with its reason) or is a label (dates, clock times, ids).
So a number changed to a value some other output happens to show (82% -> 85%, the warning bound) fails,
and so does a new number typed without a claim. The last tests mutate copies of the documents and see the
check fail.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from llmops_kit.contract import load_contract
from llmops_kit.io import load_trace_record, load_traces
from llmops_kit.traces import Trace

from .test_notebook_prose import _LABEL_BEFORE, _NAME_TAIL, _NUMBER, _SMALL, _UNIT_AFTER, prose_numbers

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ROOT / "outputs"
POSTMORTEM = ROOT / "postmortem_INC-2025-007.md"
REPORT_SOURCES = sorted((ROOT / "report").glob("*.typ"))

#: Figures the brief gives, as it gives them (quoted from the assignment text); a claim may name them as its source.
BRIEF_FIGURES: dict[str, set[float]] = {
    "By 10:30 UTC, the quality proxy metric dropped from 91% to 64%": {91, 64},
    "Customer support received 12 tickets": {12},
    "Quality proxy recovered to 89% by 11:45 UTC": {89},
    "Timeline: Minute-by-minute chronology from deployment to recovery (at least 8 entries)": {8},
    "At least 5 specific, actionable items": {5},
    "Lessons Learned: At least 3 insights": {3},
    "A complete postmortem document in Markdown format (1,500–2,500 words)": {1500, 2500},
    "every SEV-1 and SEV-2 incident must result in a postmortem within 48 hours": {48},
    "The SQL tool is returning timeout errors for 30% of queries involving the financials table": {30},
    "Hallucination rate increased from 3% to 28% after switching to a fine-tuned model variant": {3, 28},
    "A short report (4–6 pages)": {4, 6},
}

#: Stated assumptions and decisions the documents make (no data could show them); each is exempt only
#: inside this exact phrase, with the reason it is not data.
ASSUMED_PHRASES: dict[str, str] = {
    "assumes about 1,200 requests per hour on a Monday morning and 1.3 answers per conversation":
        "traffic volume: the incident report gives none; the Impact section labels it assumed",
    "assumed goodwill cost under $400": "a business estimate, labelled assumed",
    "about 4,000 historical chat transcripts": "the proposed root-cause story (the brief asks for a plausible one)",
    "ran a 200-question tone and helpfulness evaluation": "the proposed root-cause story",
    "bulk-replay 7 days of sampled production traces": "action item 1: a decision, not a measurement",
    "drops by more than 2 points": "action item 1's gate: a decision",
    "through a 5% canary for one hour": "action item 2: a decision",
    "Add a 10-minute alert": "action item 3: a decision",
    "paging at 3x the 7-day baseline": "action item 3: a decision",
    "300 questions with retrieved articles": "action item 5: a decision",
    "Most LLM failures are 200 OK": "an HTTP status code, a name",
    "12 months without a purchase": "quoted from article kb-031 (a policy term, not a measurement)",
}

#: Dates, clock times, release tags and ids are labels, not quantities.
_LABELS = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b|\S+@\S+|\btr-\d{4}-\d{6}-\w+|INC-\d{4}-\d{3}"
    r"|\bP[0-2]\b|\bSEV-\d\b|\baction item \d+\b|^\| \d+ \|",
    re.MULTILINE,
)


# ---- reading numbers -----------------------------------------------------------------------------------


def report_prose(source: str) -> str:
    """The words of a typst source: comments, set/show rules, lengths, named arguments, indices and strings out."""
    kept = [line for line in source.splitlines() if not re.match(r"\s*(?://|#(?:set|show|import)\b)", line)]
    text = "\n".join(kept)
    for pattern in (
        r"\d+(?:\.\d+)?(?:pt|em|cm|mm|fr|in)\b",  # lengths and fractions
        r"\b[\w-]+:\s*\"?\d+(?:\.\d+)?%?\"?",  # named arguments: limit: 115, width: 100%, default: "0"
        r"\.(?:at|slice)\(\s*\d+",  # indices
        r"calc\.\w+\(\s*\d+",  # calc.min(16, ...)
        r"(?:luma|rgb)\([^)]*\)",  # colours
        r"[=!<>]=?\s*\d+",  # comparisons in code
        r"\)\s*\*\s*\d+",  # arithmetic in code: float(v) * 100
        r"\"[^\"\n]*\"",  # string literals in code (file names, regexes)
    ):
        text = re.sub(pattern, " ", text)
    return text


def quoted_numbers(text: str) -> list[tuple[str, int, int]]:
    """(as written, start, end) of each quantity the text quotes; exempt phrases, labels and code skipped.

    The reading is the notebook prose check's (``prose_numbers``): small bare counts, names such as gpt-4o
    and labels such as Task 3 are not quantities.
    """
    exempt = [m.span() for phrase in ASSUMED_PHRASES for m in re.finditer(re.escape(phrase), text)]
    exempt += [m.span() for m in re.finditer(r"`[^`]*`", text)] + [m.span() for m in _LABELS.finditer(text)]
    chars = list(text)
    for start, end in exempt:
        chars[start:end] = " " * (end - start)
    blanked = "".join(chars)
    found = []
    for match in _NUMBER.finditer(blanked):
        after, before = blanked[match.end():], blanked[:match.start()]
        if (_NAME_TAIL.match(after) and not _UNIT_AFTER.match(after)) or _LABEL_BEFORE.search(before):
            continue
        dollar, digits, decimals, percent = match.groups()
        value = float(digits.replace(",", "") + (decimals or ""))
        if not (dollar or decimals or percent) and value <= _SMALL and not _UNIT_AFTER.match(after):
            continue
        found.append((match.group(), match.start(), match.end()))
    return found


# ---- the sources a claim can name ----------------------------------------------------------------------

Claim = tuple[str, Callable[[], tuple[str, ...]]]


@cache
def _read_csv(name: str) -> pd.DataFrame:
    return pd.read_csv(OUTPUTS / name)


def _brief(*values: float) -> Callable[[], tuple[str, ...]]:
    """Figures the brief gives (each must be one of BRIEF_FIGURES' values)."""
    given = set().union(*BRIEF_FIGURES.values())
    assert set(values) <= given, f"{values} are not all figures the brief gives"
    return lambda: tuple(f"{v:g}" for v in values)


def _bound(metric: str, which: str) -> str:
    """A metric's warning or critical bound from the contract, as a percentage."""
    return f"{100 * getattr(load_contract().metrics[metric], which):g}"


def _contract(path: str) -> str:
    """One contract value by its dotted path (quality.answer_floor -> 0.7)."""
    value = load_contract()
    for part in path.split("."):
        value = getattr(value, part)
    return f"{value:g}"


@cache
def _evidence_traces() -> dict[str, Trace]:
    return {t.trace_id: t for t in load_traces(ROOT / "traces" / "inc_2025_007").traces}


def _from_answer(trace_id: str, pattern: str) -> tuple[str, ...]:
    """Values read from one evidence trace's answer (what the model said)."""
    match = re.search(pattern, _evidence_traces()[trace_id].answer or "")
    return match.groups() if match else ("not in the answer",)


def _from_article(trace_id: str, doc_id: str, pattern: str) -> tuple[str, ...]:
    """Values read from one article an evidence trace retrieved (what the context said)."""
    document = next(d for d in _evidence_traces()[trace_id].documents or [] if d.id == doc_id)
    match = re.search(pattern, document.content)
    return match.groups() if match else ("not in the article",)


def _phase_counts() -> dict[str, tuple[int, int]]:
    """(passed, answers) per phase of the INC day, from the evidence table the notebook wrote."""
    evidence = _read_csv("task5_evidence.csv")
    floor = load_contract().quality.answer_floor
    stamp = pd.to_datetime(evidence["timestamp"])
    day = stamp.dt.normalize()
    phases = {
        "before": stamp < day + pd.Timedelta("9h15min"),
        "incident": (stamp >= day + pd.Timedelta("9h15min")) & (stamp < day + pd.Timedelta("11h20min")),
        "after": stamp >= day + pd.Timedelta("11h20min"),
        "hour to 10:30": (stamp >= day + pd.Timedelta("9h30min")) & (stamp < day + pd.Timedelta("10h30min")),
    }
    passed = evidence["quality_score"] >= floor
    return {name: (int(passed[mask].sum()), int(mask.sum())) for name, mask in phases.items()}


def _fine_tune_share() -> str:
    """Share of the evidence sample's requests between deploy and rollback that the fine-tune served (%)."""
    evidence = _read_csv("task5_evidence.csv")
    clock = pd.to_datetime(evidence["timestamp"]).dt.strftime("%H:%M")
    during = evidence[(clock >= "09:15") & (clock < "11:20")]
    return _pct(int(during["model"].str.startswith("ft:").sum()), len(during))


def _pct(passed: int, total: int) -> str:
    return str(round(100 * passed / total))


def _detection() -> pd.DataFrame:
    return _read_csv("task5_detection.csv")


def _window_minutes() -> str:
    """The rolling window the notebook's detection replay used (its label: '60-minute window')."""
    labels = set(_detection()["check"].str.extract(r"(\d+)-minute window")[0].dropna())
    return labels.pop() if len(labels) == 1 else f"several windows: {sorted(labels)}"


def _window(ends: str) -> tuple[str, str, str]:
    """(percent, passed, answers) of the evidence sample's rolling window ending at a time."""
    frame = _detection()
    row = frame[frame["check"].str.startswith("evidence") & (frame["window ends (UTC)"] == ends)].iloc[0]
    passed, answers = int(row["passed"]), int(row["answers"])
    return _pct(passed, answers), str(passed), str(answers)


def _step(which: int) -> tuple[str, str]:
    """(minutes after the deploy, clock time) of the step model's warning (0) or critical (1) crossing."""
    steps = _detection()
    row = steps[steps["check"].str.startswith("step model")].iloc[which]
    return str(int(row["minutes after deploy"])), str(row["window ends (UTC)"])


def _minutes(a: str, b: str) -> str:
    return str(int((datetime.strptime(b, "%H:%M") - datetime.strptime(a, "%H:%M")).total_seconds() // 60))


def _incident_latency_median_s() -> float:
    """Median request latency of the fine-tune's phase, in seconds (what 'latency stayed near' quotes)."""
    evidence = _read_csv("task5_evidence.csv")
    clock = pd.to_datetime(evidence["timestamp"]).dt.strftime("%H:%M")
    return float(evidence[(clock >= "09:15") & (clock < "11:20")]["latency_ms"].median()) / 1000


def _best_document(trace_id: str) -> tuple[str, str, str]:
    """(trace id, best document id, its relevance to two decimals) of one evidence trace."""
    trace = _evidence_traces()[trace_id]
    best = max(trace.documents or [], key=lambda d: d.score or 0.0)
    return trace_id, best.id, f"{best.score:.2f}"


def _flagged(model: str) -> tuple[str, str]:
    evidence = _read_csv("task5_evidence.csv")
    rows = evidence[evidence["model"] == model]
    return str(int(rows["findings"].str.contains("HALLUCINATION").sum())), str(len(rows))


def _distinct_flagged_fine_tune_answers() -> str:
    """How many different answer texts the fine-tune's flagged evidence traces carry (the sample repeats some)."""
    from llmops_kit.diagnose import diagnose

    flagged = [t for t in _evidence_traces().values() if t.model and t.model.startswith("ft:")
               and any(f.code == "HALLUCINATION" for f in diagnose(t).findings)]
    return str(len({t.answer for t in flagged}))


def _http_status() -> str:
    """'200' when no evidence trace recorded an error (every request answered), else what went wrong."""
    erroring = [t for t in _evidence_traces().values() if t.has_error]
    return "200" if not erroring else f"{len(erroring)} requests with errors"


def _impact(text: str) -> dict[str, str]:
    """The Impact table's arithmetic from its stated assumptions (found in the text) and the evidence sample."""
    rate = re.search(r"assumes about ([\d,]+) requests per hour", text)
    per_conversation = re.search(r"and ([\d.]+) answers per conversation", text)
    if not (rate and per_conversation):
        return {"missing": "the Impact section no longer states its traffic assumptions"}
    passed, total = _phase_counts()["incident"]
    minutes = int(_minutes("09:15", "11:20"))
    requests = float(rate.group(1).replace(",", "")) * minutes / 60
    invented = round(requests * (total - passed) / total, -1)
    affected = 5 * round(invented / float(per_conversation.group(1)) / 5)
    return {"rate": rate.group(1), "per_conversation": per_conversation.group(1), "minutes": str(minutes),
            "requests": f"{requests:,.0f}", "flagged": str(total - passed), "total": str(total),
            "invented": f"{invented:,.0f}", "affected": f"{affected:,.0f}",
            "ticket_share": f"{100 * 12 / affected:.1f}"}


# ---- the postmortem's claims ---------------------------------------------------------------------------


def postmortem_claims(text: str) -> list[Claim]:
    """(phrase with each quoted number as a group, the values its source gives) for every number quoted."""
    phase, impact = _phase_counts, lambda: _impact(text)
    ev = _read_csv("task5_evidence.csv").set_index("trace_id")
    warn, crit = (lambda: _bound("quality_proxy_rate", "warning")), (lambda: _bound("quality_proxy_rate", "critical"))
    claims: list[Claim] = [
        # header, summary and impact
        (r"\*\*Duration:\*\* (\d+) h (\d+) min \(09:15-11:45", lambda: (
            str(int(_minutes("09:15", "11:45")) // 60), str(int(_minutes("09:15", "11:45")) % 60))),
        (r"quality proxy rate fell from (\d+)% to (\d+)% by 10:30 UTC", _brief(91, 64)),
        (r"the quality proxy was back at (\d+)% by 11:45 UTC", _brief(89)),
        (r"from 09:15 to 11:20 UTC \((\d+) minutes\)", lambda: (_minutes("09:15", "11:20"),)),
        (r"\| ([\d,]+) requests/hour x (\d+)/60 hours \| ([\d,]+) \|", lambda: (
            impact()["rate"], impact()["minutes"], impact()["requests"])),
        (r"(\d+) of the (\d+) fine-tuned traces in the evidence sample, reconstructed to the brief "
         r"\(Section 10\) \| (\d+)%", lambda: (
            impact()["flagged"], impact()["total"], _pct(int(impact()["flagged"]), int(impact()["total"])))),
        (r"\| ([\d,]+) x (\d+)/(\d+) \(reconstructed share: scale, not measurement\) \| about ([\d,]+) \|", lambda: (
            impact()["requests"], impact()["flagged"], impact()["total"], impact()["invented"])),
        (r"\| ([\d,]+) answers / ([\d.]+) answers per conversation \(assumed\) \| about ([\d,]+) \|", lambda: (
            impact()["invented"], impact()["per_conversation"], impact()["affected"])),
        (r"\| (\d+) \(about ([\d.]+)% of those affected\) \|", lambda: ("12", impact()["ticket_share"])),
        (r"return labels are free above \$(\d+)", lambda: _from_answer("tr-0310-101839-eeb025", r"over \$(\d+)")),
        (r"standard shipping is free from \$(\d+)", lambda: _from_answer("tr-0310-092252-36b2fb", r"over \$(\d+)")),
        (r"express shipping costs \$([\d.]+) and is free over \$(\d+)", lambda: _from_answer(
            "tr-0310-102531-ad6b42", r"Express shipping is \$([\d.]+).*?Orders over \$(\d+) ship express for free")),
        (r"The wider cost is trust: on these assumptions, about ([\d,]+) customers", lambda: (impact()["affected"],)),
        # timeline
        (r"switches the answer model to the tone-v3 fine-tune for (\d+)% of traffic", lambda: (_fine_tune_share(),)),
        (r"\"free on every order over \$(\d+)\"\)\. No alert: the (\d+)-minute quality window", lambda: (
            *_from_answer("tr-0310-092252-36b2fb", r"over \$(\d+)"), _window_minutes())),
        (r"crosses the warning bound \((\d+)%\)", lambda: (warn(),)),
        (r"crosses the critical bound \((\d+)%\)", lambda: (crit(),)),
        (r"groundedness below the ([\d.]+) floor", lambda: (_contract("quality.groundedness_floor"),)),
        (r"`quality_proxy_rate` recovers to (\d+)% on post-rollback traffic", _brief(89)),
        # root cause, detection
        (r"\((\d+)% of its answers in our sample passed the quality floor\)", lambda: (_pct(*phase()["incident"]),)),
        (r"went to (\d+)% of traffic at once", lambda: (_fine_tune_share(),)),
        (r"warning at 10:05\*, (\d+) minutes after the deploy", lambda: (_minutes("09:15", "10:05"),)),
        (r"critical crossing at 10:24, (\d+) minutes after the deploy", lambda: (_minutes("09:15", "10:24"),)),
        (r"working on it at 10:31 \((\d+) minutes\)", lambda: (_minutes("09:15", "10:31"),)),
        (r"at or above the ([\d.]+) quality floor over a rolling (\d+)-minute window; warning at (\d+)%, critical at "
         r"(\d+)%", lambda: (_contract("quality.answer_floor"), _window_minutes(), warn(), crit())),
        (r"Why it took (\d+) minutes \(partly open\):\*\* a (\d+)-minute rolling window", lambda: (
            _minutes("09:15", "10:05"), _window_minutes())),
        (r"stepping from (\d+)% to (\d+)% at 09:15", lambda: (_pct(*phase()["before"]), _pct(*phase()["incident"]))),
        (r"falls under the (\d+)% warning about (\d+) minutes after the deploy and under the (\d+)% critical bound "
         r"after (\d+) minutes, at (\d\d:\d\d)", lambda: (warn(), _step(0)[0], crit(), *_step(1))),
        (r"its own (\d+)-minute window is at (\d+)% \((\d+) of (\d+) answers\)", lambda: (
            _window_minutes(), *_window("09:45"))),
        (r"its window at 10:24 still reads (\d+)%", lambda: (_window("10:24")[0],)),
        (r"not the (\d+) minutes from crossing the warning bound \((\d\d:\d\d)\) to the warning", lambda: (
            _minutes(_step(0)[1], "10:05"), _step(0)[1])),
        (r"Every request returned (\d+), latency stayed near ([\d.]+) s", lambda: (
            _http_status(), f"{_incident_latency_median_s():.1f}")),
        # mitigation, action items, lessons
        (r"replaces an answer below the ([\d.]+) floor", lambda: (_contract("quality.answer_floor"),)),
        (r"with no redeploy, it took (\d+) minutes from decision to effect", lambda: (_minutes("11:05", "11:20"),)),
        (r"New traces were watched for (\d+) minutes: all came from gpt-4o-mini and the quality proxy rose to (\d+)% "
         r"by 11:45", lambda: (_minutes("11:20", "11:45"), *_brief(89)())),
        (r"a lag like the reconstructed (\d+) minutes from window crossing to warning", lambda: (
            _minutes(_step(0)[1], "10:05"),)),
        (r"configuration switch that took (\d+) minutes", lambda: (_minutes("11:05", "11:20"),)),
        (r"detection took (\d+) minutes, far longer than the (\d+)-minute window's smoothing explains \(about (\d+) "
         r"minutes\)", lambda: (_minutes("09:15", "10:05"), _window_minutes(), _step(0)[0])),
        (r"The first ticket arrived (\d+) minutes after the deploy", lambda: (_minutes("09:15", "09:48"),)),
        # trace evidence
        (r"All (\d+) traces are in", lambda: (str(len(_read_csv("task5_evidence.csv"))),)),
        (r"\(`(tr-[\w-]+)`\)\.\*\* Asked about the return label fee.*?"
         r"The retrieved article (kb-\d+) \(relevance ([\d.]+)\)", lambda: _best_document("tr-0310-101839-eeb025")),
        (r"labels are free on every order over \$(\d+) and otherwise cost \$([\d.]+)", lambda: _from_answer(
            "tr-0310-101839-eeb025", r"over \$(\d+).*?costs \$([\d.]+)")),
        (r"says the fee is \$([\d.]+) with", lambda: _from_article(
            "tr-0310-101839-eeb025", "kb-002", r"fee of \$([\d.]+)")),
        (r"so groundedness is ([\d.]+)\.", lambda: (f"{ev.loc['tr-0310-101839-eeb025', 'groundedness']:.1f}",)),
        (r"The fine-tune claimed (\d+) reward points per \$(\d+)", lambda: _from_answer(
            "tr-0310-102618-a11bdf", r"earn (\d+) points for every \$(\d+)")),
        (r"kb-031 says (\d+) point per \$(\d+)", lambda: _from_article(
            "tr-0310-102618-a11bdf", "kb-031", r"earn (\d+) point for every \$(\d+)")),
        (r"quality proxy is (\d+) of (\d+) answers \((\d+)%\) before the deploy, (\d+) of (\d+) \((\d+)%\) in the "
         r"hour to 10:30, and (\d+) of (\d+) \((\d+)%\) after the rollback", lambda: tuple(
            v for name in ("before", "hour to 10:30", "after")
            for v in (str(phase()[name][0]), str(phase()[name][1]), _pct(*phase()[name])))),
        (r"The control reproduced the fabrication on (\d+) of (\d+)", lambda: (
            str(int((_read_csv("task5_replay_evidence.csv")["reproduces"] == "yes").sum())),
            str(len(_read_csv("task5_replay_evidence.csv"))))),
        (r"(\d+) of (\d+) fine-tune answers \((\d+) distinct texts\) are flagged against (\d+) of (\d+) "
         r"gpt-4o-mini answers", lambda: (impact()["flagged"], impact()["total"],
                                          _distinct_flagged_fine_tune_answers(), *_flagged("gpt-4o-mini"))),
    ]
    # each row of the trace-evidence table: quality, unsupported sentences and latency of that trace
    for trace_id in re.findall(r"(?m)^\| `(tr-[\w-]+)` \|", text):
        row = ev.loc[trace_id] if trace_id in ev.index else None
        row_pattern = r"[^|]+\|[^|]+\|[^|]+\| ([\d.]+) \| (\d+) \|[^|]+\| ([\d,]+) \|$"
        claims.append((rf"(?m)^\| `{re.escape(trace_id)}` \|" + row_pattern,
                       lambda row=row: ("not in the evidence table",) if row is None else (
                           f"{row['quality_score']:.2f}", str(int(row["unsupported_sentences"])),
                           f"{int(row['latency_ms']):,}")))
    return claims


# ---- the report's claims -------------------------------------------------------------------------------


def report_claims(text: str) -> list[Claim]:
    """The same for the report's typed prose (typst code removed, whitespace joined)."""
    downgrade = _read_csv("task2_downgrade_sensitivity.csv")
    summary = _read_csv("task1_trace_summary.csv").set_index("trace")
    drill = _read_csv("task6_drill_metrics.csv").set_index("name")
    inj = drill.loc["injection"]
    triage = _read_csv("task3_classification.csv").set_index("scenario")
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}

    def by_severity(sev: str) -> tuple[str, str]:
        ids = [s for s in triage.index if triage.loc[s, "severity"] == sev]
        return words.get(len(ids), str(len(ids))), ", ".join(ids)

    exp1 = _read_csv("task2_experiment1.csv").set_index("field")
    exp2 = _read_csv("task2_experiment2.csv").set_index("field")
    runs = _read_csv("task2_experiment2_runs.csv")
    bulk = _read_csv("task2_bulk_replay.csv")
    bulk["name"] = bulk["file"].str.extract(r"^(trace-\w)", expand=False)
    sim = _read_csv("task4_breaker_simulation_summary.csv")
    edge = _read_csv("task4_breaker_borderline.csv")

    injection = _read_csv("bonus_prompt_injection_examples.csv")
    ranking = _read_csv("task1_severity_ranking.csv")
    modes = _read_csv("bonus_visibility_by_failure_mode.csv").drop_duplicates("failure_mode")
    plain = {"RETRIEVAL_MISMATCH": "retrieval mismatch", "TOOL_TIMEOUT": "tool timeout",
             "LATENCY_SLA_BREACH": "slow response", "WRONG_PROMPT_VERSION": "wrong prompt version",
             "HALLUCINATION": "hallucination"}

    def _visibility() -> tuple[str, ...]:
        def count(v: str) -> str:
            return {0: "none"}.get(int((modes["better_visibility"] == v).sum()),
                                   words.get(int((modes["better_visibility"] == v).sum()), "?"))
        equal = [plain[m] for m in modes.loc[modes["better_visibility"] == "equal", "failure_mode"]]
        langfuse = set(modes.loc[modes["better_visibility"] == "Langfuse", "failure_mode"])
        return (count("equal") if langfuse == {"WRONG_PROMPT_VERSION", "HALLUCINATION"} else "other modes",
                words[len(modes)], ", ".join(equal), count("Langfuse"), count("LangSmith"))

    def named(verdict: str) -> str:
        return ", ".join(bulk.loc[bulk["verdict"] == verdict, "name"])

    def counted(verdict: str) -> str:
        n = int((bulk["verdict"] == verdict).sum())
        return {0: "none", 1: "one"}.get(n, words.get(n, str(n)))

    return [
        (r"v1\.3 messages sent to the same backend\) scores ([\d.]+) and\s+keeps both findings, (\w+) and (\w+), so "
         r"this backend can show the failure; the v2\.0\s+template scores ([\d.]+) and resolves both", lambda: (
            exp1.loc["quality_score", "control"], *exp1.loc["findings", "control"].split(", "),
            exp1.loc["quality_score", "replayed"]) if exp1.loc["verdict", "replayed"] == "fixed" else ("not fixed",)),
        (r"\*Experiment 2\.\* The verdict is (\w+)\. .*?\((\d+) output tokens against the recorded (\d+)\).*?"
         r"latency (-?[\d,]+ ms \(-?\d+%\)) and cost (-?[\d.]+ USD \(-?\d+%\)) against the control", lambda: (
            exp2.loc["verdict", "replayed"], str(int(runs.iloc[1]["output_tokens"])),
            str(int(runs.iloc[0]["output_tokens"])), exp2.loc["latency_ms", "change"], exp2.loc["cost_usd", "change"])),
        (r"\*Bulk replay\.\* (\w+) of the (\w+) replays passed the regression gate: (trace-\w), the one trace recorded "
         r"on the\s+old template, is fixed, and the healthy (trace-\w) stays healthy\. The other (\w+) \(([\w, -]+)\) "
         r"are not fixed, and (\w+) is inconclusive or regressed\.", lambda: (
            words[int(bulk["passed"].sum())].capitalize(), words.get(len(bulk), str(len(bulk))), named("fixed"),
            named("healthy"), counted("not fixed"), named("not fixed"),
            "none" if not bulk["verdict"].isin(["inconclusive", "regressed"]).any() else "some")),
        (r"Only (trace-\w)'s replay ran live; for the other (\w+) the\s+override changes nothing", lambda: (
            ", ".join(bulk.loc[bulk["llm_after"] == "live", "name"]),
            words.get(int((bulk["llm_after"] != "live").sum()), "?"))),
        (r"The brief's batch \((\d+) requests per breaker, (\d+) failing\) separates by construction: (\w+)\s+breaker "
         r"caught\s+exactly its failing requests", lambda: (
            str(int(sim["requests"].iloc[0])), str(int(sim["failing"].iloc[0])),
            "every" if (sim["intercepted"] == sim["failing"]).all() and (sim["FP"] == 0).all() else "not every")),
        (r"it can fail\. Its (\d+) requests sit on, just[\s\S]*?missed (\d+) expected activations and fired "
         r"(\d+) times",
         lambda: (str(edge["trace_id"].nunique()), str(int((edge["outcome"] == "FN").sum())),
                  str(int((edge["outcome"] == "FP").sum())))),
        (r"For (\w+) of the (\w+) failure modes \(([a-z ,]+)\) both expose the evidence equally; Langfuse is ahead for "
         r"(\w+) \(the wrong\s+prompt version, .*? and the\s+hallucination, .*?\) and LangSmith for (\w+)\.",
         lambda: _visibility()),
        (r"labels (all \d+) example inputs the notebook builds for it\s+correctly", lambda: (
            f"all {len(injection)}" if injection["correct"].all() else "not all",)),
        (r"(\w+) of the (\w+) failures would pass an HTTP health check; only (trace-\w)'s", lambda: (
            words[int((ranking["visible to HTTP monitoring"] == "no").sum())].capitalize(), words[len(ranking)],
            ", ".join(ranking.loc[ranking["visible to HTTP monitoring"] == "yes", "trace"]))),
        (r"trace-e's stored scores look good \(user feedback ([\d.]+), relevance ([\d.]+)\)", lambda: tuple(
            f"{score.value:g}" if score.value != 1 else "1.0" for score in sorted(
                load_trace_record(ROOT / "traces" / "ch07_debug" / "trace-e-hallucination.json").scores,
                key=lambda score: score.name != "user_feedback"))),
        (r"Nothing crashes in S2, yet it is (\w+):", lambda: (triage.loc["S2", "incident class"],)),
        (r"S4 \(retry loop\) is (\w+) because", lambda: (triage.loc["S4", "incident class"],)),
        (r"(\w+) scenarios reach SEV-1 \(([S\d, ]+):.*?\), (\w+) SEV-2 \(([S\d, ]+)\) and (\w+) SEV-3 "
         r"\(([S\d, ]+)\), and (S\d) is no incident", lambda: (
            *by_severity("SEV-1"), *by_severity("SEV-2"), *by_severity("SEV-3"),
            ", ".join(s for s in triage.index if triage.loc[s, "incident class"] == "NOT AN INCIDENT"))),
        (r"trace-f at ([\d,]+) ms, came back without one", lambda: (f"{int(summary.loc['trace-f', 'latency_ms']):,}",)),
        (r"bulk replay of (\d+) requests at (\w+) assumed faithfulness levels,\s+is nil under (\w+) of them and "
         r"appears only under the pessimistic one \((\d+) of (\d+) regressed\)", lambda: (
            str(int(downgrade["replays"].iloc[0])), {3: "three"}.get(len(downgrade), str(len(downgrade))),
            {2: "two"}.get(int((downgrade["regressed"] == 0).sum()), "?"),
            str(int(downgrade["regressed"].iloc[-1])), str(int(downgrade["replays"].iloc[-1])))),
        (r"S6’s (\d+)% is of the queries", _brief(30)),
        (r"S7’s (\d+)% is of answers; I read it as the share of users, and SEV-2 holds up to\s+the contract's "
         r"(\d+)% SEV-1 share", lambda: (
            *_brief(28)(), f"{100 * load_contract().severities['SEV-1'].min_users_affected_share:.0f}")),
        (r"reconstructed to the incident's figures \((\d+)%, (\d+)%, (\d+)%\)", _brief(91, 64, 89)),
        (r"The drill went from a green window to (\w+) and back to (\w+) with no", lambda: (
            inj["system_status"], drill.loc["recovery", "system_status"])),
        (r"the failure rate went (\w+) at (\d+)% and the quality proxy stayed in the (\w+)\s+band at (\d+)%, while "
         r"tool success stayed (\w+)", lambda: (
            inj["failure_rate_grade"], f"{100 * inj['failure_rate']:.0f}", inj["quality_proxy_rate_grade"],
            f"{100 * inj['quality_proxy_rate']:.0f}", inj["tool_success_rate_grade"])),
        (r"Six requests lost their documents, yet the proxy counted (\w+) failures", lambda: (
            {0: "no"}.get(round(10 * (1 - inj["quality_proxy_rate"])), words.get(
                round(10 * (1 - inj["quality_proxy_rate"])), "?")),)),
    ]


# ---- the check -----------------------------------------------------------------------------------------


def claim_problems(text: str, claims: list[Claim]) -> list[str]:
    """Every number the text quotes must sit in a claim's group, and every claim must quote its source's values."""
    problems, pinned = [], set()
    for pattern, values in claims:
        match = re.search(pattern, text, re.DOTALL)
        if match is None:
            problems.append(f"claim not found (reworded or changed): {pattern}")
            continue
        for group in range(1, len(match.groups()) + 1):  # a quoted amount starts at its $ sign
            pinned |= {match.start(group), match.start(group) - (text[match.start(group) - 1] == "$")}
        expected = values()
        if match.groups() != expected:
            problems.append(f"{match.group(0)[-160:]!r} quotes {match.groups()}, the source gives {expected}")
    problems += [f"no claim pins {written!r} (…{text[max(0, start - 60):start + 20]!r}…)"
                 for written, start, _ in quoted_numbers(text) if start not in pinned]
    return problems


def postmortem_problems(text: str) -> list[str]:
    """Everything wrong with the numbers of a postmortem text (empty when every one is pinned and agrees)."""
    return claim_problems(text, postmortem_claims(text))


def report_problems(source: str, *, claims: bool = True) -> list[str]:
    """Everything wrong with the numbers typed into a report typst source (``claims``: the report's own table)."""
    prose = re.sub(r"\s+", " ", report_prose(source))
    return claim_problems(prose, report_claims(prose) if claims else [])


# ---- the tests -------------------------------------------------------------------------------------


def test_every_number_in_the_postmortem_agrees_with_the_data():
    """Every number the postmortem quotes is pinned by a claim, and each claim quotes what its source gives."""
    problems = postmortem_problems(POSTMORTEM.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", REPORT_SOURCES, ids=lambda p: p.name)
def test_every_number_typed_into_the_report_agrees_with_the_data(path):
    """Every number typed into the report's prose is pinned by a claim (lib.typ holds code only, no claims)."""
    problems = report_problems(path.read_text(encoding="utf-8"), claims=path.name == "report.typ")
    assert not problems, "\n".join(problems)


def test_every_postmortem_number_is_pinned_to_its_own_claim():
    """Each quoted number, changed on its own in a copy (last digit + 1), makes the check fail."""
    text = POSTMORTEM.read_text(encoding="utf-8")
    numbers = quoted_numbers(text)
    assert len(numbers) > 60  # the reader sees the document's numbers (a reader that saw none would pass)
    survivors = []
    for written, start, end in numbers:
        digit = next(i for i in range(len(written) - 1, -1, -1) if written[i].isdigit())
        changed = written[:digit] + str((int(written[digit]) + 1) % 10) + written[digit + 1:]
        if not postmortem_problems(text[:start] + changed + text[end:]):
            survivors.append(f"{written} -> {changed} at …{text[max(0, start - 50):end + 10]!r}")
    assert not survivors, "\n".join(survivors)


def test_every_report_number_is_pinned_to_its_own_claim():
    """The same mutation for each number typed into the report's prose."""
    prose = re.sub(r"\s+", " ", report_prose((ROOT / "report" / "report.typ").read_text(encoding="utf-8")))
    numbers = quoted_numbers(prose)
    assert numbers
    survivors = []
    for written, start, end in numbers:
        digit = next(i for i in range(len(written) - 1, -1, -1) if written[i].isdigit())
        changed = written[:digit] + str((int(written[digit]) + 1) % 10) + written[digit + 1:]
        if not claim_problems(prose[:start] + changed + prose[end:], report_claims(prose)):
            survivors.append(f"{written} -> {changed}")
    assert not survivors, survivors


def test_a_number_without_a_claim_fails():
    """A new sentence quoting a number no claim covers is reported, even when the number is true somewhere."""
    text = POSTMORTEM.read_text(encoding="utf-8") + "\n\nThe evidence sample's p95 latency was 1,024 ms.\n"
    assert any("no claim pins '1,024'" in p for p in postmortem_problems(text))


def test_the_report_quotes_the_downgrade_batch_it_names():
    """The report's typed count of the downgrade bulk replay is found and pinned, not skipped."""
    text = re.sub(r"\s+", " ", report_prose((ROOT / "report" / "report.typ").read_text(encoding="utf-8")))
    assert re.search(report_claims(text)[1][0], text)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("is at 82% (9 of 11 answers)", "is at 85% (9 of 11 answers)"),  # the bug: a bound, not the sample
        ("is at 82% (9 of 11 answers)", "is at 83% (9 of 11 answers)"),
        ("| 1.00 | 0 | none | 1,024 |", "| 1.00 | 0 | none | 1,042 |"),
        ("assumes about 1,200 requests per hour", "assumes about 1,300 requests per hour"),
        ("(59% of its answers", "(62% of its answers"),
        ("The first ticket arrived 33 minutes", "The first ticket arrived 35 minutes"),
        ("under $400 in waived", "under $450 in waived"),
        ("3 business days after the return arrives", "4.5 business days after the return arrives"),
        ("latency stayed near 0.9 s", "latency stayed near 0.8 s"),
        ("kb-002 (relevance 0.95)", "kb-002 (relevance 0.86)"),
    ],
)
def test_a_changed_number_in_the_postmortem_fails(before, after):
    """Changing one quoted number in a copy of the postmortem makes the check report a problem."""
    text = POSTMORTEM.read_text(encoding="utf-8")
    assert before in text
    assert postmortem_problems(text.replace(before, after, 1))


@pytest.mark.parametrize(
    ("before", "after"),
    [("bulk replay of 40 requests", "bulk replay of 45 requests"), ("S6’s 30%", "S6’s 35%"),
     ("*Observations.* Of the", "*Observations.* Of the 7 runs and 1,234 ms of the")],
)
def test_a_changed_number_in_the_report_fails(before, after):
    """A changed or newly typed number in a copy of the report source is reported."""
    text = (ROOT / "report" / "report.typ").read_text(encoding="utf-8")
    assert before in text
    assert report_problems(text.replace(before, after, 1))


def test_unchecked_phrases_are_still_in_the_documents():
    """Every assumed phrase the check exempts still occurs in a document (no stale exemptions)."""
    texts = POSTMORTEM.read_text(encoding="utf-8") + "".join(
        re.sub(r"\s+", " ", p.read_text(encoding="utf-8")) for p in REPORT_SOURCES)
    assert [p for p in ASSUMED_PHRASES if p not in texts] == []


def test_report_prose_reader_drops_code_and_keeps_words():
    """Lengths, named arguments and indices in typst code are not read; a number in prose is."""
    source = '#set text(size: 10pt)\n#figure(csv-table("a.csv", limit: 115, size: 6.5pt), width: 80%)\n' \
             "[Of the #rows.at(1) traces, 40 requests took 1,234 ms.]"
    assert [w for w, *_ in prose_numbers(report_prose(source))] == ["40", "1,234"]
