"""The triage tree: the eight scenarios, severity boundaries, windows, justifications, rendering."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.course.scenarios import SCENARIOS, classify_scenarios
from llmops_kit.course.traffic import alert_windows
from llmops_kit.incidents import INCIDENT_CLASSES, Signals
from llmops_kit.metrics import compute_metrics
from llmops_kit.traffic import generate_traffic
from llmops_kit.triage import (
    CLASS_NODES,
    draw_tree,
    render_tree,
    signals_from_metrics,
    triage,
)

CONTRACT = load_contract()

EXPECTED = {
    "S1": ("RETRIEVAL_OUTAGE", "SEV-1"),
    "S2": ("QUALITY_DEGRADATION", "SEV-3"),
    "S3": ("PERFORMANCE_DEGRADATION", "SEV-3"),
    "S4": ("COST_SPIKE", "SEV-2"),
    "S5": ("DATA_INCIDENT", "SEV-1"),
    "S6": ("PERFORMANCE_DEGRADATION", "SEV-2"),
    "S7": ("QUALITY_DEGRADATION", "SEV-2"),
    "S8": (None, None),
}


def moved(scenario: str, **changes: object) -> Signals:
    """A scenario's signals with some facts changed."""
    return SCENARIOS[scenario].signals.model_copy(update=changes)


@pytest.mark.parametrize(("scenario", "expected"), EXPECTED.items())
def test_each_scenario_gets_its_class_and_severity(scenario, expected):
    """S1-S8 classify as argued in the runbook."""
    result = triage(SCENARIOS[scenario].signals)
    assert (result.incident_class, result.severity) == expected


def test_s8_is_not_an_incident_because_by_design_and_within_sla():
    """S8 stops at the by-design question: no class, no severity, no response time."""
    result = triage(SCENARIOS["S8"].signals)
    assert not result.is_incident and result.label == "NOT AN INCIDENT"
    assert result.path[-1].node == "Q2" and result.path[-1].answer
    assert result.response_minutes is None
    assert "by design" in result.justification


def test_s8_outside_sla_becomes_a_performance_incident():
    """By design but no longer within SLA is an incident after all."""
    result = triage(moved("S8", within_sla=False))
    assert result.incident_class == "PERFORMANCE_DEGRADATION"


def test_s3_latency_is_green_against_the_contract():
    """S3's 4.2 s p95 sits under the contract's 5 s warning bound, so no metric is graded worse."""
    assert CONTRACT.grade("latency_p95_ms", SCENARIOS["S3"].signals.metrics["latency_p95_ms"]) == "green"


@pytest.mark.parametrize(
    ("p95", "severity"), [(7999, "SEV-3"), (8000, "SEV-2"), (8001, "SEV-2")], ids=["below", "at", "above"]
)
def test_s3_crosses_to_sev2_when_p95_reaches_the_critical_bound(p95, severity):
    """On the critical bound the higher severity wins (for a slowdown felt by 5% of users, under the SEV-2
    share, so only the critical metric can raise it; S3's own share is the whole scope)."""
    assert triage(moved("S3", metrics={"latency_p95_ms": p95}, users_affected_share=0.05)).severity == severity


@pytest.mark.parametrize(("share", "severity"), [(0.4999, "SEV-2"), (0.5, "SEV-1")], ids=["below", "at"])
def test_s7_crosses_to_sev1_at_the_contracts_sev1_share(share, severity):
    """28% hallucinating is SEV-2; at the contract's SEV-1 share it becomes SEV-1."""
    assert triage(moved("S7", users_affected_share=share)).severity == severity


def test_s6_drops_to_sev3_below_the_sev2_share_without_a_critical_metric():
    """9% of users and no critical metric: SEV-3; at 10% it is SEV-2 again."""
    assert triage(moved("S6", users_affected_share=0.09, metrics={})).severity == "SEV-3"
    assert triage(moved("S6", users_affected_share=0.10, metrics={})).severity == "SEV-2"


@pytest.mark.parametrize(("tokens", "severity"), [(5200, "SEV-3"), (5400, "SEV-2")], ids=["2.9x", "3x"])
def test_s4_is_sev2_from_the_contracts_spike_factor(tokens, severity):
    """Tokens at spike_factor x the baseline lift a cost spike to SEV-2; just under stays SEV-3."""
    assert triage(moved("S4", metrics={"tokens_per_request": tokens})).severity == severity


def test_s5_without_exposure_is_not_a_data_incident():
    """The e-mail staying inside the boundary (e.g. redacted before export) is not a DATA_INCIDENT."""
    assert triage(moved("S5", data_exposure=False)).incident_class != "DATA_INCIDENT"


def test_data_exposure_overrides_any_other_class():
    """S1's outage plus data exposure is a DATA_INCIDENT at SEV-1."""
    result = triage(moved("S1", data_exposure=True))
    assert (result.incident_class, result.severity) == ("DATA_INCIDENT", "SEV-1")


def test_s2_with_a_critical_quality_proxy_is_no_longer_minor():
    """Tone alone is SEV-3; once the quality proxy is critical the answers count as wrong, for everyone: SEV-1."""
    result = triage(moved("S2", metrics={"quality_proxy_rate": CONTRACT.metrics["quality_proxy_rate"].critical}))
    assert (result.impact, result.severity) == ("degraded", "SEV-1")


@pytest.mark.parametrize(("before", "phrase"), [(0.92, "quality_proxy_rate 92% -> 68%"),
                                                (0.50, "quality_proxy_rate 68% against a baseline of 50%")])
def test_justification_shows_a_change_as_a_drop_only_when_it_got_worse(before, phrase):
    """A critical window against a worse baseline is still critical, but must not read as '50% -> 68%' drop."""
    signals = Signals(metrics={"quality_proxy_rate": 0.68}, baseline={"quality_proxy_rate": before},
                      users_affected_share=0.3)
    result = triage(signals)
    assert result.incident_class == "QUALITY_DEGRADATION"
    assert phrase in result.justification
    assert "50% -> 68%" not in result.justification


def test_unknown_share_assumes_the_whole_scope():
    """With no measured share, 'all customers' counts as everyone (uncertainty rounds up)."""
    result = triage(Signals(symptoms=frozenset({"hallucination"}), scope="all_customers"))
    assert result.severity == "SEV-1"


def test_no_symptom_is_not_an_incident():
    """Signals with nothing abnormal walk the whole tree and come out as not an incident."""
    result = triage(Signals())
    assert not result.is_incident
    assert [d.node for d in result.path] == [n.node for n in CLASS_NODES] + ["Q7"]


def test_severity_shares_and_response_times_come_from_the_contract():
    """Lowering the contract's SEV-1 share to 25% makes S7 a SEV-1 with that contract's response time."""
    sev1 = CONTRACT.severities["SEV-1"].model_copy(update={"min_users_affected_share": 0.25, "response_minutes": 10})
    other = CONTRACT.model_copy(update={"severities": {**CONTRACT.severities, "SEV-1": sev1}})
    result = triage(SCENARIOS["S7"].signals, other)
    assert (result.severity, result.response_minutes) == ("SEV-1", 10)


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_justification_is_two_or_three_sentences_built_from_the_path(scenario):
    """The justification has 2-3 sentences and quotes the evidence of the deciding class step."""
    result = triage(SCENARIOS[scenario].signals)
    sentences = [s for s in re.split(r"(?<=\.)\s+", result.justification) if s]
    assert 2 <= len(sentences) <= 3
    deciding = next(d for d in result.path if d.answer)
    assert deciding.evidence in result.justification


def test_classify_scenarios_returns_the_scenario_table():
    """One row per scenario with class, severity, response time, path and justification."""
    table = classify_scenarios()
    assert list(table["scenario"]) == list(SCENARIOS)
    assert {"incident class", "severity", "respond within (min)", "path", "justification"} <= set(table.columns)
    assert table.set_index("scenario").loc["S8", "incident class"] == "NOT AN INCIDENT"


def test_render_tree_names_every_class_and_contract_threshold():
    """The text tree shows every class and the share bounds read from the contract."""
    text = render_tree()
    assert all(name in text for name in INCIDENT_CLASSES)
    assert f"{CONTRACT.severities['SEV-1'].min_users_affected_share:.0%}" in text
    assert f"{CONTRACT.severities['SEV-3'].response_minutes} min" in text


def test_draw_tree_saves_a_png(tmp_path):
    """draw_tree writes a PNG flowchart when given a path."""
    draw_tree(path=tmp_path / "tree.png")
    assert (tmp_path / "tree.png").read_bytes()[:4] == b"\x89PNG"


# ---- metric windows ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def healthy_window():
    return compute_metrics(generate_traffic(10, seed=7))


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("empty_retrieval", "RETRIEVAL_OUTAGE"),
        ("slow_response", "PERFORMANCE_DEGRADATION"),
        ("hallucination", "QUALITY_DEGRADATION"),
        ("tool_timeout", "PERFORMANCE_DEGRADATION"),
        ("cost_spike", "COST_SPIKE"),
    ],
)
def test_drill_style_windows_are_classified_from_their_metrics(healthy_window, mode, expected):
    """Six of ten traces failing one way: the window's signals lead to the matching class."""
    window = compute_metrics(generate_traffic(10, mix={"healthy": 4, mode: 6}, seed=7))
    result = triage(signals_from_metrics(window, healthy_window))
    assert result.incident_class == expected


def test_healthy_window_is_not_an_incident(healthy_window):
    """A healthy window against itself raises nothing."""
    assert not triage(signals_from_metrics(healthy_window, healthy_window)).is_incident


def test_signals_from_metrics_measures_the_share_affected(healthy_window):
    """Without a reported share, the window's share of hurt requests is used, and the basis says it is a share
    of requests taken as users."""
    window = compute_metrics(generate_traffic(10, mix={"healthy": 4, "slow_response": 6}, seed=7))
    signals = signals_from_metrics(window, healthy_window)
    assert signals.users_affected_share == pytest.approx(0.6)
    assert signals.users_affected_basis == "the share of requests hurt in a window of 10, taken as the share of users"


def test_the_briefs_incident_hour_is_a_quality_incident_with_performance_secondary():
    """The three alerts together: quality degradation first, performance degradation also present."""
    w = alert_windows()
    result = triage(signals_from_metrics(compute_metrics(w.incident), compute_metrics(w.before)))
    assert result.incident_class == "QUALITY_DEGRADATION"
    assert "PERFORMANCE_DEGRADATION" in result.secondary_classes


def test_runbook_scenario_table_matches_the_tree():
    """The runbook's S1-S8 table shows what classify_scenarios() computes."""
    runbook = Path(__file__).resolve().parent.parent / "runbooks" / "incident_runbook.md"
    rows = {}
    for line in runbook.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| S") and re.fullmatch(r"S\d", cells[0]):
            rows[cells[0]] = (cells[1].strip("`"), cells[2])
    table = classify_scenarios().set_index("scenario")
    for sid, (cls, sev) in rows.items():
        expected_cls = table.loc[sid, "incident class"]
        assert cls == ("not an incident" if expected_cls == "NOT AN INCIDENT" else expected_cls)
        assert sev == ("none" if table.loc[sid, "severity"] == "-" else table.loc[sid, "severity"])
    assert list(rows) == list(SCENARIOS)


def test_an_empty_window_triages_without_crashing(healthy_window):
    """An empty window gives signals with no metrics; triage says it is not an incident."""
    empty = compute_metrics([])
    signals = signals_from_metrics(empty, healthy_window)
    assert signals.metrics == {} and signals.users_affected_share is None
    assert not triage(signals).is_incident


@pytest.mark.parametrize("share", [0.05, 0.25, 0.5, 1.0])
def test_the_assumed_shares_of_s3_and_s4_do_not_decide_their_severity(share: float) -> None:
    """Task 3 says S3 stays SEV-3 even if every user felt it (minor impact) and S4 is COST_SPIKE, SEV-2 at any
    share: both shares are assumptions, so the verdicts must not hang on them."""
    s3 = triage(SCENARIOS["S3"].signals.model_copy(update={"users_affected_share": share}))
    s4 = triage(SCENARIOS["S4"].signals.model_copy(update={"users_affected_share": share}))
    assert (s3.incident_class, s3.severity) == ("PERFORMANCE_DEGRADATION", "SEV-3")
    assert (s4.incident_class, s4.severity) == ("COST_SPIKE", "SEV-2")
