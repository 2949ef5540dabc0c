"""The brief's eight incident scenarios S1-S8 as structured signals, and their triage table.

Each scenario's text is quoted for people; its :class:`~llmops_kit.incidents.Signals` are what triage
reads. Where the brief leaves an input out (a share of users, an absolute baseline), the comment beside
it says what was assumed and why. The general triage tree lives in :mod:`llmops_kit.triage`; only the
brief's catalogue is here.
"""

from __future__ import annotations

import pandas as pd
from pydantic import BaseModel, ConfigDict

from ..contract import Contract, load_contract
from ..incidents import Signals
from ..triage import triage


class Scenario(BaseModel):
    """One of the brief's scenarios: its text (quoted for people) and the signals encoded from it."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    signals: Signals


SCENARIOS: dict[str, Scenario] = {
    s.id: s
    for s in (
        Scenario(
            id="S1",
            text="The vector database returns an empty result set for every query across all customers.",
            signals=Signals(
                title="empty vector search everywhere", symptoms=frozenset({"empty_retrieval"}),
                component="vector_store", users_affected_share=1.0, scope="all_customers",
            ),
        ),
        Scenario(
            id="S2",
            text=(
                'A prompt version rollback caused the LLM to start responses with "As an AI assistant, '
                "I'd be happy to help!\" — violating brand tone guidelines."
            ),
            signals=Signals(
                title="greeting opener after prompt rollback",
                symptoms=frozenset({"off_brand_tone", "wrong_prompt_version"}),
                component="prompt", users_affected_share=1.0, scope="all_customers",
            ),
        ),
        Scenario(
            id="S3",
            text=(
                "A new model deployment increased p95 latency from 1.5s to 4.2s, still within the 5s warning "
                "threshold."
            ),
            signals=Signals(
                title="slower model, still under the warning bound", symptoms=frozenset({"latency_regression"}),
                metrics={"latency_p95_ms": 4200}, baseline={"latency_p95_ms": 1500}, component="model",
                # the brief gives no share of users: unknown counts as the whole scope (every customer is
                # slower), and a slowdown within the SLA is minor whatever its reach
                scope="all_customers",
            ),
        ),
        Scenario(
            id="S4",
            text="Token usage per request tripled overnight due to a retry loop in the tool-calling middleware.",
            signals=Signals(
                title="retry loop triples tokens", symptoms=frozenset({"token_growth"}),
                # the brief gives the ratio (x3); the absolute baseline is an assumed typical request
                metrics={"tokens_per_request": 5400}, baseline={"tokens_per_request": 1800},
                component="middleware", users_affected_share=1.0, scope="all_customers", impact="minor",
                users_affected_basis="assumed: the brief gives an average per request, not a share; taken as "
                                     "every request, since the middleware sits on every tool call",
            ),
        ),
        Scenario(
            id="S5",
            text="A customer's email address appeared in a trace record stored in LangSmith.",
            signals=Signals(
                title="customer e-mail in a third-party trace store", component="telemetry",
                data_exposure=True, scope="single_customer", users_affected_share=0.0,
                users_affected_basis="one customer's record: a single user, under 1% of traffic",
            ),
        ),
        Scenario(
            id="S6",
            text="The SQL tool is returning timeout errors for 30% of queries involving the financials table.",
            signals=Signals(
                title="SQL tool timeouts on one table", symptoms=frozenset({"tool_timeouts"}),
                # 30% is of the queries that touch the financials table, not of all tool calls or of users:
                # kept as evidence under its own name, so the contract's tool_success_rate is not graded on it
                metrics={"financials_query_timeout_rate": 0.30}, component="tool", scope="segment",
            ),
        ),
        Scenario(
            id="S7",
            text="Hallucination rate increased from 3% to 28% after switching to a fine-tuned model variant.",
            signals=Signals(
                title="fine-tuned variant hallucinates", symptoms=frozenset({"hallucination"}),
                metrics={"hallucination_rate": 0.28}, baseline={"hallucination_rate": 0.03}, component="model",
                users_affected_share=0.28, users_affected_basis="the brief's 28% of answers, taken as the share",
                scope="all_customers",
            ),
        ),
        Scenario(
            id="S8",
            text=(
                "Latency for enterprise-tier customers is 200ms higher than free-tier due to an extra retrieval "
                "step — this is by design and within SLA."
            ),
            signals=Signals(
                title="enterprise extra retrieval step", symptoms=frozenset({"latency_regression"}),
                component="retriever", scope="segment", by_design=True, within_sla=True,
            ),
        ),
    )
}


def classify_scenarios(
    scenarios: dict[str, Scenario] | None = None, contract: Contract | None = None
) -> pd.DataFrame:
    """Triage every scenario: id, scenario text, class, severity, response time, path, justification."""
    contract = contract or load_contract()
    rows = []
    for scenario in (scenarios or SCENARIOS).values():
        result = triage(scenario.signals, contract)
        rows.append(
            {
                "scenario": scenario.id,
                "description": scenario.text,
                "incident class": result.incident_class or "NOT AN INCIDENT",
                "severity": result.severity or "-",
                "respond within (min)": result.response_minutes,
                "path": result.path_text(),
                "justification": result.justification,
            }
        )
    table = pd.DataFrame(rows)
    table["respond within (min)"] = table["respond within (min)"].astype("Int64")
    return table
