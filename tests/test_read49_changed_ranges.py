"""A range changed in a clause that restates an evidence range of the same unit
(:data:`llmops_kit.changed_figures.READ_CHANGED_RANGES`): "a full service takes 5 to 7 working days" against "A full
service takes 3 to 5 working days". Each end occurs somewhere in the evidence, so the hard-fact step let it pass,
and the changed-figure reading skipped two figures side by side. The right range stays supported, in digits or in
words, a range found nowhere stays flagged, another subject's range (or one the evidence states) is not read, and
with the switch off the changed range passes again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import changed_figures
from llmops_kit.changed_figures import changed_figure
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

FLAGGED = {"contradicted", "absent"}

BIKES = [Document(id="bk-2", content="A full service takes 3 to 5 working days; a safety check takes 1 day."),
         Document(id="bk-1", content="The workshop is open 7 days a week.")]
BIKES_ASKED = "How long does a full service take?"


def test_the_right_range_is_supported() -> None:
    assert set(_verdicts("A full service takes 3 to 5 working days.", BIKES, BIKES_ASKED)) == {"supported"}
    assert set(_verdicts("Three to five working days.", BIKES, BIKES_ASKED)) == {"supported"}


def test_a_changed_range_is_contradicted() -> None:
    assert _verdicts("A full service takes 5 to 7 working days.", BIKES, BIKES_ASKED) == ["contradicted"]


def test_a_terse_range_in_words_is_read_with_the_question() -> None:
    assert _verdicts("Five to seven working days.", BIKES, BIKES_ASKED) == ["contradicted"]


POOL = [Document(id="pl-3", content="The sauna is staffed 10.00-16.00 h on weekdays."),
        Document(id="pl-0", content="Reception: 07.00-20.00 h, every day.")]
POOL_ASKED = "When is someone at the sauna on a weekday?"


def test_a_changed_clock_range_is_read_and_a_range_the_evidence_states_is_not() -> None:
    """The sauna's hours changed are read against the sauna's sentence; the right range is not read, nor a range
    the evidence states for another subject (the reception's hours: the claim may mix two subjects, which the
    range alone cannot tell)."""
    evidence = documents_evidence(POOL, POOL_ASKED)
    found = changed_figure("The sauna is staffed from 10.00 to 18.00 h on weekdays.", evidence)
    assert found is not None and found[0] == "document pl-3" and found[2] == "10:00 to 18:00"
    assert changed_figure("The sauna is staffed from 10.00 to 16.00 h on weekdays.", evidence) is None
    assert changed_figure("The sauna is staffed from 07.00 to 20.00 h on weekdays.", evidence) is None
    with patch.object(changed_figures, "READ_CHANGED_RANGES", False):
        assert changed_figure("The sauna is staffed from 10.00 to 18.00 h on weekdays.", evidence) is None


def test_a_range_found_nowhere_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts("A full service takes 4 to 9 working days.", BIKES, BIKES_ASKED))


def test_another_subjects_range_is_not_read() -> None:
    """A claim naming what the evidence range's sentence does not may state another subject's range."""
    evidence = documents_evidence(BIKES, "And the Brompton folding service?")
    assert changed_figure("The Brompton service takes 5 to 7 working days.", evidence) is None


def test_switched_off_the_changed_range_passes_again() -> None:
    with fresh_scores(), patch.object(changed_figures, "READ_CHANGED_RANGES", False):
        assert set(_verdicts("A full service takes 5 to 7 working days.", BIKES, BIKES_ASKED)) == {"supported"}
