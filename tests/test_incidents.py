"""The classification framework: five classes, contract-backed detection, severities, scenarios."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
from pydantic import ValidationError

from llmops_kit.contract import load_contract
from llmops_kit.course.scenarios import SCENARIOS
from llmops_kit.diagnose import CODES
from llmops_kit.errors import LlmopsError
from llmops_kit.incidents import (
    INCIDENT_CLASSES,
    SEVERITY_ORDER,
    SYMPTOM_IMPACT,
    IncidentClass,
    Signals,
    Symptom,
    framework_table,
    higher_severity,
    incident_class,
    severity_table,
)

CONTRACT = load_contract()
COURSE_CLASSES = {"RETRIEVAL_OUTAGE", "QUALITY_DEGRADATION", "PERFORMANCE_DEGRADATION", "COST_SPIKE", "DATA_INCIDENT"}


def _contract_key_exists(dotted: str) -> bool:
    node = CONTRACT.model_dump()
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def test_the_five_course_classes_are_defined():
    """Exactly the five classes from the course, keyed by name."""
    assert set(INCIDENT_CLASSES) == COURSE_CLASSES
    assert all(name == c.name for name, c in INCIDENT_CLASSES.items())


@pytest.mark.parametrize("name", sorted(COURSE_CLASSES))
def test_each_class_has_description_symptoms_causes_and_detection(name):
    """Every class has a description, at least 3 symptoms, root causes and an alert description."""
    c = INCIDENT_CLASSES[name]
    assert c.description and len(c.symptoms) >= 3 and len(c.root_causes) >= 2 and c.detection.alert


@pytest.mark.parametrize("name", sorted(COURSE_CLASSES))
def test_detection_names_real_contract_metrics_rules_and_detector_codes(name):
    """Detection metrics and rules exist in the contract; detector codes exist in diagnose."""
    d = INCIDENT_CLASSES[name].detection
    assert set(d.metrics) <= set(CONTRACT.metrics)
    assert all(_contract_key_exists(rule) for rule in d.rules), d.rules
    assert set(d.detectors) <= set(CODES)


def test_a_class_with_fewer_than_three_symptoms_is_rejected():
    """The model enforces the brief's 'at least 3 symptoms'."""
    data = INCIDENT_CLASSES["COST_SPIKE"].model_dump()
    data["symptoms"] = data["symptoms"][:2]
    with pytest.raises(ValidationError):
        IncidentClass.model_validate(data)


def test_unknown_class_name_lists_the_known_ones():
    """incident_class('X') raises an LlmopsError naming the valid classes."""
    with pytest.raises(LlmopsError, match="RETRIEVAL_OUTAGE"):
        incident_class("NETWORK_BLIP")


def test_framework_table_has_one_row_per_class():
    """The Task 3 framework table lists the five classes with their columns."""
    table = framework_table()
    assert set(table["class"]) == COURSE_CLASSES
    assert {"description", "symptoms", "typical root causes", "detection"} <= set(table.columns)


def test_severity_table_reads_response_times_from_the_contract():
    """SEV-1..3 response and update times are the contract's."""
    table = severity_table().set_index("severity")
    for level in SEVERITY_ORDER:
        assert table.loc[level, "respond within (min)"] == CONTRACT.severities[level].response_minutes
        assert table.loc[level, "update every (min)"] == CONTRACT.severities[level].update_minutes


def test_severity_table_follows_another_contract():
    """A contract with other response times changes the table without code changes."""
    sev = CONTRACT.severities["SEV-1"].model_copy(update={"response_minutes": 5})
    other = CONTRACT.model_copy(update={"severities": {**CONTRACT.severities, "SEV-1": sev}})
    assert severity_table(other).set_index("severity").loc["SEV-1", "respond within (min)"] == 5


def test_higher_severity_picks_the_more_severe_level():
    """On disagreement the higher severity wins; None is ignored."""
    assert higher_severity("SEV-3", "SEV-1", "SEV-2") == "SEV-1"
    assert higher_severity(None, "SEV-3") == "SEV-3"
    assert higher_severity() is None


def test_the_eight_brief_scenarios_are_structured_signals():
    """S1-S8 exist, each with the brief's text and a Signals object (not prose to parse)."""
    assert list(SCENARIOS) == [f"S{i}" for i in range(1, 9)]
    assert all(isinstance(s.signals, Signals) and s.text for s in SCENARIOS.values())


def test_signals_reject_a_share_outside_zero_to_one():
    """users_affected_share is a share: 1.2 is refused."""
    with pytest.raises(ValidationError):
        Signals(users_affected_share=1.2)


def test_every_symptom_has_an_impact_level():
    """Each symptom the Signals model accepts maps to an impact level."""
    assert set(get_args(Symptom)) == set(SYMPTOM_IMPACT)


RUNBOOK = Path(__file__).resolve().parent.parent / "runbooks" / "incident_runbook.md"


def _runbook_rows(first_cell: str) -> list[list[str]]:
    rows = []
    for line in RUNBOOK.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and re.fullmatch(first_cell, cells[0]):
            rows.append(cells)
    return rows


def test_runbook_severity_table_matches_the_contract():
    """The runbook's SEV table quotes the contract's response, update and share numbers."""
    rows = _runbook_rows(r"SEV-\d")
    assert [r[0] for r in rows] == list(SEVERITY_ORDER)
    for level, _meaning, respond, update, postmortem, share in rows:
        sev = CONTRACT.severities[level]
        assert respond == f"{sev.response_minutes} min"
        assert update == f"{sev.update_minutes} min"
        assert postmortem == ("required" if sev.postmortem_required else "optional")
        assert share == f"{sev.min_users_affected_share:.0%}"


def test_runbook_describes_all_five_classes():
    """Every class appears in the runbook's class table."""
    assert {r[0].strip("`") for r in _runbook_rows(r"`[A-Z_]+`")} == COURSE_CLASSES
