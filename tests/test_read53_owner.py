"""A frequency changed in words (:func:`llmops_kit.changed_figures.changed_frequency`,
:data:`~llmops_kit.changed_figures.READ_CHANGED_FREQUENCIES`, the ``owner53`` round): "emptied every week" against
"emptied every second week", "twice a month" against "once a month", "every half hour" against "every hour".
Controls: the right frequency, the same rate written another way, another subject's frequency, the customer's own,
and the switch off."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import changed_figures
from llmops_kit.changed_figures import changed_figure, changed_frequency
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

BINS = [Document(id="SH-04", content="Lockable 240-litre security bins for your office: R120,00 per bin per month, "
                                     "emptied every second week on your collection day.")]
BINS_ASKED = "What do the security bins cost?"
GUESTS = [Document(id="LX.08", content="Dogs are welcome on the ground floor only. Members may bring a guest for free "
                                       "once a month; after that a guest pays the day pass."),
          Document(id="LX.03", content="The meeting room is cleaned twice a month.")]
GUESTS_ASKED = "Can I bring a friend?"
DEMOS = [Document(id="GB-4", content="Free demonstrations every hour from 09:00 to 16:00, Monday to Saturday.")]
DEMOS_ASKED = "When are the free demonstrations?"


def test_a_changed_frequency_is_contradicted() -> None:
    assert _verdicts("R120,00 per bin per month, emptied every week on your collection day.", BINS,
                     BINS_ASKED) == ["contradicted"]
    assert _verdicts("Members can bring a guest for free twice a month.", GUESTS, GUESTS_ASKED) == ["contradicted"]
    assert _verdicts("Every half hour from 09:00 to 16:00, Monday to Saturday.", DEMOS, DEMOS_ASKED) == [
        "contradicted"]


def test_the_right_frequency_in_any_form_stays_supported() -> None:
    assert _verdicts("R120,00 per bin per month, emptied every second week on your collection day.", BINS,
                     BINS_ASKED) == ["supported"]
    # "every 2 weeks" is the same rate to this reading (the hard-fact step asks for a "2 weeks" of its own)
    assert changed_frequency("Bins are emptied every 2 weeks on your collection day.",
                             documents_evidence(BINS, BINS_ASKED)) is None
    assert _verdicts("R120,00 per bin per month, emptied fortnightly on your collection day.", BINS,
                     BINS_ASKED) == ["supported"]
    assert _verdicts("Members can bring a guest for free once a month.", GUESTS, GUESTS_ASKED) == ["supported"]
    assert _verdicts("Every hour from 09:00 to 16:00, Monday to Saturday.", DEMOS, DEMOS_ASKED) == ["supported"]


def test_another_subjects_frequency_and_the_customers_own_are_not_read() -> None:
    """The meeting room's "twice a month" is its own; a customer's "every week" is theirs to compare."""
    evidence = documents_evidence(GUESTS, GUESTS_ASKED)
    assert changed_figure("The meeting room is cleaned twice a month.", evidence) is None
    assert changed_frequency("The meeting room is cleaned twice a month.", evidence) is None
    asked = documents_evidence(BINS, "Can you empty them every week?")
    assert changed_frequency("Bins are emptied every week on your collection day.", asked) is None


def test_switched_off_the_changed_frequency_passes_again() -> None:
    evidence = documents_evidence(BINS, BINS_ASKED)
    claim = "R120,00 per bin per month, emptied every week on your collection day."
    found = changed_frequency(claim, evidence)
    assert found is not None and found[0] == "document SH-04" and found[2] == "1 a week"
    with patch.object(changed_figures, "READ_CHANGED_FREQUENCIES", False):
        assert changed_frequency(claim, evidence) is None
    with fresh_scores(), patch.object(changed_figures, "READ_CHANGED_FREQUENCIES", False):
        assert _verdicts(claim, BINS, BINS_ASKED) == ["supported"]
