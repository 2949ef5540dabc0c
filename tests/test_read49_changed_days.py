"""Days changed in a clause that restates the evidence (:data:`llmops_kit.changed_figures.READ_CHANGED_DAYS`):
"pick-ups run 8 a.m. to 1 p.m., seven days a week" against "Pick-ups run 8 a.m. to 1 p.m., Mon-Fri". Each day is
named somewhere in the evidence, so the hard-fact step let the claim pass. The right days stay supported, a day
group of the same sentence with a figure of its own is not read, nor a dated day, and with the switch off the
changed days pass again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import changed_figures, unrestricted_times
from llmops_kit.changed_figures import changed_days
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

LAUNDRY = [Document(id="ld-4", content="We collect within 10 km of the shop for $8 a bag. Pick-ups run "
                                       "8 a.m. to 1 p.m., Mon-Fri. Ironing is priced per shirt.")]
LAUNDRY_ASKED = "When do you pick up laundry?"

CHOIR = [Document(id="ch-1", content="Sopranos rehearse on Tuesdays and Fridays in room 4 for 90 minutes, altos "
                                     "on Mondays and Thursdays in room 2 for 60 minutes.")]
CHOIR_ASKED = "When do the sopranos rehearse?"


def test_the_right_days_are_supported() -> None:
    assert set(_verdicts("Pick-ups run 8 a.m. to 1 p.m., Mon-Fri.", LAUNDRY, LAUNDRY_ASKED)) == {"supported"}
    assert set(_verdicts("Pick-ups run 8 a.m. to 1 p.m., Monday to Friday.", LAUNDRY, LAUNDRY_ASKED)) == {"supported"}


def test_a_time_written_otherwise_still_names_the_days_own_clause() -> None:
    """ "1pm" and "1 p.m." are one time: the Saturday clause holds as many of the claim's words as the weekdays'."""
    docs = [Document(id="ld-5", content="Pick-ups run Mon-Fri, 8am to 6pm."),
            Document(id="ld-6", content="Saturday pick-ups: 8 a.m. to 1 p.m.")]
    evidence = documents_evidence(docs, "When are pick-ups?")
    assert changed_days("Pick-ups run on Saturdays, 8am to 1pm", evidence) is None
    assert set(_verdicts("On Tuesdays and Fridays, in room 4 for 90 minutes.", CHOIR, CHOIR_ASKED)) == {"supported"}


def test_a_day_stated_for_another_subject_leaves_the_right_claim_alone() -> None:
    """The sopranos' Tuesday in the same sentence does not make the altos' right days contradicted."""
    claim = "Altos rehearse on Mondays and Thursdays in room 2 for 60 minutes."
    assert set(_verdicts(claim, CHOIR, "When do the altos rehearse?")) == {"supported"}


def test_every_day_against_weekdays_is_contradicted() -> None:
    claim = "Pick-ups run 8 a.m. to 1 p.m., every day of the week."
    assert _verdicts(claim, LAUNDRY, LAUNDRY_ASKED) == ["contradicted"]


def test_a_changed_weekday_is_read_against_the_asked_subjects_days() -> None:
    """The altos' Thursday is named in the same sentence: the sopranos' days are the ones whose words the terse
    answer (and the question) restates."""
    claim = "On Tuesdays and Thursdays, in room 4 for 90 minutes."
    found = changed_days(claim, documents_evidence(CHOIR, CHOIR_ASKED))
    assert found is not None and found[0] == "document ch-1" and found[2] == "Tuesdays and Thursdays"
    assert _verdicts(claim, CHOIR, CHOIR_ASKED) == ["contradicted"]


def test_another_day_group_of_the_sentence_with_its_own_figure_is_not_read() -> None:
    """The weekend's own fee, halved, is no restatement of the weekdays' clause."""
    fees = [Document(id="gf-1", content="Visitors, 18 holes: $60 Monday to Friday; $80 weekends and holidays.")]
    evidence = documents_evidence(fees, "And for a child?")
    assert changed_days("Children pay half the visitor rate, so $40 for 18 holes at the weekend.", evidence) is None


def test_a_dated_day_is_not_read() -> None:
    evidence = documents_evidence(LAUNDRY, LAUNDRY_ASKED)
    assert changed_days("Pick-ups run 8 a.m. to 1 p.m.; the next is Saturday 12/06/2027.", evidence) is None


def test_changed_times_on_the_right_days_stay_flagged() -> None:
    """The control: the days are right, the hours wrong; another reader flags it, this one keeps out."""
    claim = "Pick-ups run 8 a.m. to 4 p.m., Mon-Fri."
    assert changed_days(claim, documents_evidence(LAUNDRY, LAUNDRY_ASKED)) is None
    assert {"contradicted", "absent"} & set(_verdicts(claim, LAUNDRY, LAUNDRY_ASKED))


def test_switched_off_the_changed_days_pass_again() -> None:
    # "every day of the week" against "Mon-Sat" is also read by the always55 round's unrestricted times: off too, so
    # the verdict is what it was before both readings
    with (fresh_scores(), patch.object(changed_figures, "READ_CHANGED_DAYS", False),
          patch.object(unrestricted_times, "READ_UNRESTRICTED_TIMES", False)):
        assert set(_verdicts("Pick-ups run 8 a.m. to 1 p.m., every day of the week.", LAUNDRY,
                             LAUNDRY_ASKED)) == {"supported"}
        assert set(_verdicts("On Tuesdays and Thursdays, in room 4 for 90 minutes.", CHOIR,
                             CHOIR_ASKED)) == {"supported"}
