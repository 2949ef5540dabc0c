"""A terse answer's figure read as the figure of the subject the customer's question names
(:data:`llmops_kit.subject_figures.READ_ASKED_HOLDERS`, the ``right48`` round): "NZ$120 for the 4 weeks" to "scooter
for 4 weeks how much" is the scooter's price ("Scooter: NZ$120.") even where a sibling's labelled sentence words it
more closely ("Bike and lock: NZ$140 for a 4-week hire."). Controls: a sibling's figure given for the asked subject
stays flagged, and so does a figure when the question names two labelled subjects; with the switch off the old
contradiction returns."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import subject_figures
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

HIRE = [Document(id="r-1", content="Our standard hire is 4 weeks. Bike and lock: NZ$140 for a 4-week hire. "
                                    "Helmet: NZ$95. Scooter: NZ$120. Pump: NZ$50. All prices include GST.")]
PACKAGES = [Document(id="p-1", content="Basic: 50 arrows and 1 hour of shooting, $30 per archer. Pro: 120 arrows "
                                        "and 2 hours, $55 per archer. Tax is added to all prices.")]
SCOOTER_PRICE = "NZ$120 for the 4 weeks, GST included."
PRO_PACKAGE = "$55 per archer plus tax: 120 arrows and 2 hours of shooting."


def test_the_asked_subjects_price_is_held() -> None:
    assert fresh_verdicts(SCOOTER_PRICE, HIRE, query="scooter for 4 weeks how much") == ["supported"]


def test_the_asked_packages_figures_are_held_against_a_siblings_wording() -> None:
    assert fresh_verdicts(PRO_PACKAGE, PACKAGES, query="Pro package price?") == ["supported"]


def test_a_siblings_price_for_the_asked_subject_stays_flagged() -> None:
    assert fresh_verdicts("NZ$95 for the 4 weeks, GST included.", HIRE,
                          query="scooter for 4 weeks how much") == ["contradicted"]


def test_a_siblings_hours_for_the_asked_package_stay_flagged() -> None:
    assert fresh_verdicts("$30 per archer plus tax: 50 arrows and 2 hours of shooting.", PACKAGES,
                          query="Basic package price?") == ["contradicted"]


def test_a_question_naming_two_subjects_leaves_the_figure_to_the_words() -> None:
    assert fresh_verdicts(SCOOTER_PRICE, HIRE, query="scooter or helmet for 4 weeks how much") == ["contradicted"]


def test_switched_off_the_siblings_wording_contradicts_again() -> None:
    with fresh_scores(), patch.object(subject_figures, "READ_ASKED_HOLDERS", False):
        assert fresh_verdicts(SCOOTER_PRICE, HIRE, query="scooter for 4 weeks how much") == ["contradicted"]
        assert fresh_verdicts(PRO_PACKAGE, PACKAGES, query="Pro package price?") == ["contradicted"]
