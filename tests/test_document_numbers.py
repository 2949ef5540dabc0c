"""Every number in the postmortem and in the report source agrees with the data or outputs it names.

Two layers. First, every quantity the prose quotes must be shown by a source: the tables the notebook
wrote (``outputs/``), the observability contract, the answers and articles of the INC-2025-007 evidence
traces, or a duration between two timeline entries. Figures the brief gives, dates, clock times and ids
are the only exceptions, and a stated assumption is exempt only inside its exact phrase, so changing it
anywhere makes the phrase disappear and the test fail. Second, the claims a reader acts on are pinned to
the value they quote: a number that moved to another value some source happens to show (82% -> 85%, the
warning bound) still fails. A last test mutates copies of the documents and sees the check fail.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from llmops_kit.contract import load_contract
from llmops_kit.io import load_traces

from .test_notebook_prose import _matches, _shown_values, prose_numbers

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ROOT / "outputs"
POSTMORTEM = ROOT / "postmortem_INC-2025-007.md"
REPORT_SOURCES = sorted((ROOT / "report").glob("*.typ"))

#: Figures the brief gives, as it gives them (quoted from the assignment text); they may be quoted anywhere.
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
    "A short report (4–6 pages)": {4, 6},
}

#: Stated assumptions and decisions the documents make (no data could show them); each is exempt only
#: inside this exact phrase, with the reason it is not data.
ASSUMED_PHRASES: dict[str, str] = {
    "assumes about 1,200 requests per hour on a Monday morning and 1.3 answers per conversation":
        "traffic volume: the incident report gives none; the Impact section labels it assumed",
    "1,020 answers / 1.3 answers per conversation (assumed)": "the same assumption, applied",
    "| 1,200 requests/hour x 125/60 hours |": "the assumption, applied; the result is recomputed (_impact_problems)",
    "| about 1,020 |": "recomputed from the assumption and the sample by _impact_problems",
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
}

#: Dates, clock times, release tags and ids are labels, not quantities.
_LABELS = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b|\S+@\S+|\btr-\d{4}-\d{6}-\w+|INC-\d{4}-\d{3}"
    r"|\bP[0-2]\b|\bSEV-\d\b|\baction item \d+\b|^\| \d+ \|",
    re.MULTILINE,
)


def _read_csv(name: str) -> pd.DataFrame:
    return pd.read_csv(OUTPUTS / name)


# ---- layer 1: every number is shown by a source ----------------------------------------------------


def _timeline_minutes(text: str) -> set[float]:
    """Minutes between any two entries of the postmortem timeline (durations are computed, not typed)."""
    times = [datetime.strptime(t, "%H:%M") for t in re.findall(r"(?m)^- (\d{2}:\d{2}) - ", text)]
    return {abs((a - b).total_seconds()) / 60 for a in times for b in times if a != b}


def _trace_text_values() -> set[float]:
    """Numbers in the answers and retrieved articles of the INC-2025-007 evidence traces."""
    values: set[float] = set()
    for trace in load_traces(ROOT / "traces" / "inc_2025_007").traces:
        values |= _shown_values(trace.answer or "")
        for document in trace.documents or []:
            values |= _shown_values(document.content)
    return values


def _source_values(postmortem_text: str) -> set[float]:
    values: set[float] = set()
    for path in sorted(OUTPUTS.iterdir()):
        if path.suffix in (".csv", ".md", ".txt"):
            values |= _shown_values(path.read_text(encoding="utf-8"))
    values |= _shown_values((ROOT / "runbooks" / "observability_contract.json").read_text(encoding="utf-8"))
    values |= _trace_text_values() | _timeline_minutes(postmortem_text)
    return values | set().union(*BRIEF_FIGURES.values())


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
        r"\"[^\"\n]*\"",  # string literals in code (file names, regexes)
    ):
        text = re.sub(pattern, " ", text)
    return text


def unshown_numbers(text: str, sources: set[float]) -> list[str]:
    """Quantities in the text that no source shows (assumed phrases, labels and code spans removed first)."""
    for phrase in ASSUMED_PHRASES:  # a changed assumption no longer matches its phrase and is checked
        text = text.replace(phrase, " ")
    text = _LABELS.sub(" ", re.sub(r"`[^`]*`", " ", text))
    return [
        written for written, value, decimals, percent in prose_numbers(text)
        if not _matches(value, decimals, percent, sources)
    ]


# ---- layer 2: the claims a reader acts on, pinned to their values -----------------------------------


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


def _pct(passed: int, total: int) -> str:
    return str(round(100 * passed / total))


def _window(ends: str) -> tuple[str, str, str]:
    """(percent, passed, answers) of the evidence sample's 60-minute window ending at a time."""
    frame = _read_csv("task5_detection.csv")
    row = frame[frame["check"].str.startswith("evidence") & (frame["window ends (UTC)"] == ends)].iloc[0]
    passed, answers = int(row["passed"]), int(row["answers"])
    return _pct(passed, answers), str(passed), str(answers)


def _step_model() -> tuple[str, str, str]:
    """Minutes to the warning and critical crossings of the step model, and the critical crossing's time."""
    steps = _read_csv("task5_detection.csv")
    steps = steps[steps["check"].str.startswith("step model")]
    warning, critical = steps.iloc[0], steps.iloc[1]
    return (str(int(warning["minutes after deploy"])), str(int(critical["minutes after deploy"])),
            str(critical["window ends (UTC)"]))


def _minutes(a: str, b: str) -> str:
    return str(int((datetime.strptime(b, "%H:%M") - datetime.strptime(a, "%H:%M")).total_seconds() // 60))


def _postmortem_claims() -> list[tuple[str, Callable[[], tuple[str, ...]]]]:
    """(pattern with the quoted values as groups, the values the data gives) for the postmortem."""
    phase = _phase_counts
    return [
        (r"its own 60-minute window at 09:45 is at (\d+)% \((\d+) of (\d+) answers\)", lambda: _window("09:45")),
        (r"falls under the 85% warning about (\d+) minutes after the deploy and under the 75% critical bound after "
         r"(\d+) minutes, at (\d\d:\d\d)", _step_model),
        (r"stepping from (\d+)% to (\d+)% at 09:15", lambda: (
            _pct(*phase()["before"]), _pct(*phase()["incident"]))),
        (r"(\d+) of the (\d+) fine-tuned traces in the evidence sample \(Section 10\) \| (\d+)%", lambda: (
            str(phase()["incident"][1] - phase()["incident"][0]), str(phase()["incident"][1]),
            _pct(phase()["incident"][1] - phase()["incident"][0], phase()["incident"][1]))),
        (r"\((\d+)% of its answers in our sample passed the quality floor\)", lambda: (_pct(*phase()["incident"]),)),
        (r"quality proxy is (\d+) of (\d+) answers \((\d+)%\) before the deploy, (\d+) of (\d+) \((\d+)%\) in the "
         r"hour to 10:30, and (\d+) of (\d+) \((\d+)%\) after the rollback", lambda: tuple(
            v for name in ("before", "hour to 10:30", "after")
            for v in (str(phase()[name][0]), str(phase()[name][1]), _pct(*phase()[name])))),
        (r"The control reproduced the fabrication on (\d+) of (\d+)", lambda: (
            str(int((_read_csv("task5_replay_evidence.csv")["reproduces"] == "yes").sum())),
            str(len(_read_csv("task5_replay_evidence.csv"))))),
        (r"(\d+) of (\d+) fine-tune answers are flagged against (\d+) of (\d+) gpt-4o-mini answers", lambda: (
            str(phase()["incident"][1] - phase()["incident"][0]), str(phase()["incident"][1]),
            *_flagged("gpt-4o-mini"))),
        (r"All (\d+) traces are in", lambda: (str(len(_read_csv("task5_evidence.csv"))),)),
        (r"warning at 10:05, (\d+) minutes after the deploy", lambda: (_minutes("09:15", "10:05"),)),
        (r"critical crossing at 10:24, (\d+) minutes after the deploy", lambda: (_minutes("09:15", "10:24"),)),
        (r"working on it at 10:31 \((\d+) minutes\)", lambda: (_minutes("09:15", "10:31"),)),
        (r"The first ticket arrived (\d+) minutes after the deploy", lambda: (_minutes("09:15", "09:48"),)),
        (r"from 09:15 to 11:20 UTC, which is (\d+) minutes", lambda: (_minutes("09:15", "11:20"),)),
        (r"latency stayed near ([\d.]+) s", lambda: (f"{_incident_latency_median_s():.1f}",)),
        (r"\(`(tr-[\w-]+)`\)\.\*\* Asked about the return label fee.*?"
         r"The retrieved article (kb-\d+) \(relevance ([\d.]+)\)", lambda: _best_document("tr-0310-101839-eeb025")),
        (r"\*\*Duration:\*\* (\d+) h (\d+) min \(09:15-11:45", lambda: (
            str(int(_minutes("09:15", "11:45")) // 60), str(int(_minutes("09:15", "11:45")) % 60))),
    ]


def _incident_latency_median_s() -> float:
    """Median request latency of the fine-tune's phase, in seconds (what 'latency stayed near' quotes)."""
    evidence = _read_csv("task5_evidence.csv")
    clock = pd.to_datetime(evidence["timestamp"]).dt.strftime("%H:%M")
    return float(evidence[(clock >= "09:15") & (clock < "11:20")]["latency_ms"].median()) / 1000


def _best_document(trace_id: str) -> tuple[str, str, str]:
    """(trace id, best document id, its relevance to two decimals) of one evidence trace."""
    trace = next(t for t in load_traces(ROOT / "traces" / "inc_2025_007").traces if t.trace_id == trace_id)
    best = max(trace.documents or [], key=lambda d: d.score or 0.0)
    return trace_id, best.id, f"{best.score:.2f}"


def _flagged(model: str) -> tuple[str, str]:
    evidence = _read_csv("task5_evidence.csv")
    rows = evidence[evidence["model"] == model]
    return str(int(rows["findings"].str.contains("HALLUCINATION").sum())), str(len(rows))


def _impact_problems(text: str) -> list[str]:
    """The Impact table's arithmetic, recomputed from its stated assumptions and the evidence sample."""
    rate = re.search(r"assumes about ([\d,]+) requests per hour", text)
    per_conversation = re.search(r"and ([\d.]+) answers per conversation", text)
    minutes = re.search(r"which is (\d+) minutes", text)
    if not (rate and per_conversation and minutes):
        return ["the Impact section no longer states its traffic assumptions"]
    passed, total = _phase_counts()["incident"]
    requests = float(rate.group(1).replace(",", "")) * int(minutes.group(1)) / 60
    invented = requests * (total - passed) / total
    affected = round(invented, -1) / float(per_conversation.group(1))
    expected = {
        "requests": f"| {requests:,.0f} |",
        "invented answers": f"| {requests:,.0f} x {total - passed}/{total} | about {round(invented, -1):,.0f} |",
        "affected customers": f"| about {5 * round(affected / 5):,.0f} |",
        "ticket share": f"about {100 * 12 / (5 * round(affected / 5)):.1f}% of those affected",
    }
    return [f"Impact {name}: expected {cell!r}" for name, cell in expected.items() if cell not in text]


def _evidence_table_problems(text: str) -> list[str]:
    """Each row of the postmortem's trace-evidence table quotes what the notebook computed for that trace."""
    evidence = _read_csv("task5_evidence.csv").set_index("trace_id")
    problems = []
    for trace_id, quality, unsupported, latency in re.findall(
        r"^\| `(tr-[\w-]+)` \|[^|]+\|[^|]+\|[^|]+\| ([\d.]+) \| (\d+) \|[^|]+\| ([\d,]+) \|$", text, re.MULTILINE
    ):
        row = evidence.loc[trace_id]
        quoted = (float(quality), int(unsupported), int(latency.replace(",", "")))
        computed = (round(float(row["quality_score"]), 2), int(row["unsupported_sentences"]), int(row["latency_ms"]))
        if quoted != computed:
            problems.append(f"{trace_id}: quoted {quoted}, computed {computed}")
    return problems


def postmortem_problems(text: str) -> list[str]:
    """Everything wrong with the numbers of a postmortem text (empty when it agrees with the data)."""
    problems = [f"no source shows {w!r}" for w in unshown_numbers(text, _source_values(text))]
    for pattern, values in _postmortem_claims():
        match = re.search(pattern, text)
        if match is None:
            problems.append(f"claim not found (reworded or changed): {pattern}")
        elif match.groups() != values():
            problems.append(f"{match.group(0)!r} quotes {match.groups()}, the data gives {values()}")
    return problems + _impact_problems(text) + _evidence_table_problems(text)


def _report_claims() -> list[tuple[str, Callable[[], tuple[str, ...]]]]:
    downgrade = _read_csv("task2_downgrade_sensitivity.csv")
    return [
        (r"bulk replay of (\d+) requests at (\w+) assumed faithfulness levels", lambda: (
            str(int(downgrade["replays"].iloc[0])), {3: "three"}.get(len(downgrade), str(len(downgrade))))),
        (r"S6's (\d+)% is of the queries", lambda: ("30",)),
    ]


def report_problems(text: str) -> list[str]:
    """Everything wrong with the numbers typed into the report's typst source."""
    prose = re.sub(r"[ \t]*\n[ \t]*", " ", report_prose(text))  # a phrase may wrap in the source
    problems = [f"no source shows {w!r}" for w in unshown_numbers(prose, _source_values(""))]
    for pattern, values in _report_claims():
        match = re.search(pattern, re.sub(r"\s+", " ", text))
        if match is not None and match.groups() != values():
            problems.append(f"{match.group(0)!r} quotes {match.groups()}, the data gives {values()}")
    return problems


# ---- the tests -------------------------------------------------------------------------------------


def test_every_number_in_the_postmortem_agrees_with_the_data():
    """The postmortem quotes only numbers a source shows, and its pinned claims quote what the data gives."""
    problems = postmortem_problems(POSTMORTEM.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", REPORT_SOURCES, ids=lambda p: p.name)
def test_every_number_typed_into_the_report_agrees_with_the_data(path):
    """The report source types no number that the outputs, the brief or an assumed phrase do not give."""
    problems = report_problems(path.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


def test_the_report_quotes_the_downgrade_batch_it_names():
    """The report's one typed count (the downgrade bulk replay) is found and pinned, not skipped."""
    text = re.sub(r"\s+", " ", (ROOT / "report" / "report.typ").read_text(encoding="utf-8"))
    assert re.search(_report_claims()[0][0], text)


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
    [("bulk replay of 40 requests", "bulk replay of 45 requests"), ("S6's 30%", "S6's 35%"),
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
