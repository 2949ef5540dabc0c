"""A claimed figure no evidence clause states with its unit, read against the clause that names the claim's words
(:data:`llmops_kit.subject_figures.READ_UNHELD_VALUES`, the ``invented48`` round): the hard-fact step passes a
figure it can work out from others (here the customer's 2 years times the evidence's 6 months), so "until it is
12 years old" passed beside "until the bike is 4 years old". Controls: the evidence's own figure stays supported,
a figure no arithmetic gives stays flagged (the hard-fact step's); with the switch off the changed age passes
again, once the ``roundup48`` reading (:data:`llmops_kit.changed_figures.READ_CHANGED_FIGURES`, a figure changed
where the claim restates the article's words around it) is off too: it reads this case as well."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import changed_figures, subject_figures
from llmops_kit.quality import Document

from .verdict_cases import fresh_verdicts

BIKES = [Document(id="svc-2", content="E-bikes get their first service at 5 months, then every 6 months until the "
                                       "bike is 4 years old, and every year after that.")]
ASKED = "How often does my 2-year-old e-bike need a service?"


def test_a_changed_age_worked_from_other_figures_is_contradicted() -> None:
    verdicts = fresh_verdicts("Every 6 months until it is 12 years old, and every year after that.", BIKES, ASKED)
    assert verdicts == ["contradicted"]


def test_the_evidence_age_stays_supported() -> None:
    assert fresh_verdicts("Every 6 months until it is 4 years old, and every year after that.", BIKES,
                          ASKED) == ["supported"]


def test_an_age_no_figure_gives_stays_flagged() -> None:
    assert fresh_verdicts("Every 6 months until it is 9 years old, and every year after that.", BIKES,
                          ASKED) == ["contradicted"]


def test_switched_off_the_changed_age_passes_again() -> None:
    with (patch.object(subject_figures, "READ_UNHELD_VALUES", False),
          patch.object(changed_figures, "READ_CHANGED_FIGURES", False)):
        verdicts = fresh_verdicts("Every 6 months until it is 12 years old, and every year after that.", BIKES, ASKED)
    assert verdicts == ["supported"]
