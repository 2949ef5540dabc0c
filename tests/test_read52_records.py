"""A tool record's value contradicted in the claim's own words (the ``record52`` round): a count said in words, as
"N of you" or of a one-word field the question's record holds (:mod:`llmops_kit.said_counts`), a way of meeting or
paying (:mod:`llmops_kit.record_ways`), and one clause of a claim denying a field the record holds
(:func:`llmops_kit.empty_fields.denied_in_clause`). Controls: the record's own value restated stays supported, a
field of another kind is not compared, a rule's count is not the booking's, an empty field said to be empty stays
supported, and each switch off gives the old verdict."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import empty_fields, record_flags, record_ways, said_counts
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence
from llmops_kit.grounding import render_tool_output
from llmops_kit.quality import evidence_sources, score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

SNOOKER = [Document(id="KI-1", content="Full-size snooker tables are £9.60 an hour. Minimum 1 hour, then charged by "
                                       "the quarter hour. Cancel at least 2 hours before your start time."),
           Document(id="tool:booking_lookup", content=render_tool_output(
               {"booking": "KIC-40917", "date": "2027-03-13", "start": "19:00", "hours": 3, "table": "Snooker 4",
                "status": "booked"}))]
SNOOKER_ASKED = "Which table is KIC-40917, and for how long?"
GLASS = [Document(id="GB-1", content="Have-a-go sessions are €45.00 per person, about 30 minutes. Sessions start at "
                                     "10:00, 11:30 and 14:00, Tuesday to Saturday, for up to 6 people."),
         Document(id="tool:booking_lookup", content=render_tool_output(
             {"booking": "TQ-2093", "date": "2027-04-17", "time": "11:30", "people": 3, "state": "confirmed"}))]
GLASS_ASKED = "How many of us are on TQ-2093, and when is it?"
LAW = [Document(id="CJ-08", content="Consultations by Google Meet or Zoom cost the same as in person. We send the "
                                    "link by e-mail 1 hour before the appointment."),
       Document(id="tool:appointment_lookup", content=render_tool_output(
           {"appointment": "CJ-4471", "date": "2027-03-16", "time": "15:00", "lawyer": "Dra. Vargas",
            "mode": "video", "state": "confirmed"}))]
LAW_ASKED = "Is appointment CJ-4471 in person or by video?"
SCRAP = [Document(id="Y-04", content="Up to $500: cash at the window, same day. Over $500: company check, same day."),
         Document(id="tool:ticket_lookup", content=render_tool_output(
             {"ticket": "HX-0312-08", "date": "2027-03-12", "total_usd": 610.0, "paid_by": "check",
              "pickup": "scale house window"}))]
SCRAP_ASKED = "Was ticket HX-0312-08 paid in cash?"
TRUFFLE = [Document(id="TR-1", content="Walk the oak forest with our dogs, about 2 hours, then a tasting. Every day at "
                                       "9:30 h and 14:30 h. Lunch at the farm can be added."),
           Document(id="tool:hunt_booking", content=render_tool_output(
               {"booking": "TZ-3308", "date": "2027-05-15", "time": "09:30", "lunch": True, "guide": None,
                "state": "confirmed"}))]
TRUFFLE_ASKED = "Is lunch on TZ-3308, and what time do we start?"


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, docs, query=query).support]


def test_a_count_of_the_asked_records_one_word_field_is_contradicted() -> None:
    assert _verdicts("Snooker table 4, from 7pm for 2 hours on Sat 13th March 2027.", SNOOKER,
                     SNOOKER_ASKED) == ["contradicted"]


def test_control_the_records_own_count_and_a_rules_count_stay_supported() -> None:
    assert _verdicts("Snooker table 4, from 7pm for 3 hours on Sat 13th March 2027.", SNOOKER,
                     SNOOKER_ASKED) == ["supported"]
    found = said_counts.said_count_clash("Cancel at least 2 hours before your start time.", _evidence(SNOOKER,
                                                                                                      SNOOKER_ASKED))
    assert found is None


def test_a_party_said_as_n_of_you_is_contradicted_and_the_records_own_party_is_not() -> None:
    assert _verdicts("Four of you, on Saturday 17th April 2027 at 11:30.", GLASS, GLASS_ASKED) == ["contradicted"]
    assert _verdicts("Three of you, on Saturday 17th April 2027 at 11:30.", GLASS, GLASS_ASKED) == ["supported"]


def test_control_a_count_of_a_field_of_another_kind_is_not_compared() -> None:
    evidence = _evidence(GLASS, GLASS_ASKED)
    assert said_counts.said_count_clash("Sessions last about 30 minutes for up to 6 people.", evidence) is None
    assert said_counts.said_count_clash("You have three people left to confirm.", evidence) is None


def test_another_way_of_meeting_is_contradicted_and_the_records_own_is_not() -> None:
    assert _verdicts("CJ-4471 is in person at our office, on 16 March 2027 at 15:00.", LAW,
                     LAW_ASKED) == ["contradicted"]
    assert record_ways.other_way("CJ-4471 is by video, on 16 March 2027 at 15:00.", _evidence(LAW, LAW_ASKED)) is None


def test_another_way_of_paying_is_contradicted_and_a_verb_check_is_no_way() -> None:
    evidence = _evidence(SCRAP, SCRAP_ASKED)
    assert _verdicts("Yes, HX-0312-08 was paid out in cash at the window on the day.", SCRAP,
                     SCRAP_ASKED) == ["contradicted"]
    assert record_ways.other_way("No, HX-0312-08 was paid by check.", evidence) is None
    assert record_ways.other_way("Please check HX-0312-08 at the window; cash is for loads up to $500.",
                                 evidence) is None


def test_a_clause_denying_a_held_flag_is_contradicted() -> None:
    assert _verdicts("No lunch is booked; you start at 9:30 h on 15 May 2027.", TRUFFLE,
                     TRUFFLE_ASKED) == ["contradicted"]


def test_control_a_clause_saying_an_empty_field_is_empty_is_not_a_clash() -> None:
    evidence = _evidence(TRUFFLE, TRUFFLE_ASKED)
    assert empty_fields.denied_in_clause("No guide is assigned yet; you start at 9:30 h on 15 May 2027.",
                                         evidence) is None
    assert empty_fields.denied_in_clause("Lunch is booked; you start at 9:30 h on 15 May 2027.", evidence) is None


def test_the_switches_off_give_the_old_verdicts() -> None:
    with patch.object(said_counts, "READ_SAID_COUNTS", False):
        assert _verdicts("Four of you, on Saturday 17th April 2027 at 11:30.", GLASS, GLASS_ASKED) == ["supported"]
    with patch.object(record_ways, "READ_RECORD_WAYS", False):
        assert _verdicts("Yes, HX-0312-08 was paid out in cash at the window on the day.", SCRAP,
                         SCRAP_ASKED) == ["supported"]
    # the recflags55 round reads the same clause as a flag said the other way: both off give the old verdict
    with patch.object(empty_fields, "READ_GAP_CLAUSES", False), patch.object(record_flags, "READ_FLAG_CLAUSES", False):
        assert _verdicts("No lunch is booked; you start at 9:30 h on 15 May 2027.", TRUFFLE,
                         TRUFFLE_ASKED) == ["supported"]


def _evidence(docs: list[Document], query: str) -> Evidence:
    """The evidence the scorer reads a claim against, for the readers called alone."""
    return Evidence(evidence_sources(docs, query=query), load_contract().quality.citation_pattern)
