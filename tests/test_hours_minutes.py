"""A number of minutes restated in hours and minutes ("265 minutes left (4 hours 25 minutes)") is worked by 60 to the
hour; a wrong part stays flagged."""

from llmops_kit.general_conversions import general_conversion
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

_RECORD = [Document(id="faq", content="A day pass gives 265 minutes of play at the standard rate. "
                                      "Top-ups: 10,000 won = 7 hours on a standard seat.")]
_FAQ = [Document(id="faq", content="The guided canyon walk takes 150 minutes including the stops.")]


def _supported(answer: str, docs: list[Document]) -> bool:
    return all(v.supported for v in score_answer(answer, docs, query="How long?").support)


def test_hours_and_minutes_of_a_grounded_number_of_minutes():
    assert general_conversion("4", [265.0], "265 minutes left (4 hours 25 minutes)")
    assert general_conversion("25", [265.0], "265 minutes left (4 h 25 min)")
    assert general_conversion("30", [150.0], "150 minutes, that is 2 hours and 30 minutes")
    assert not general_conversion("35", [265.0], "265 minutes left (4 hours 35 minutes)")
    assert not general_conversion("4", [265.0], "265 minutes left (4 hours 65 minutes)")


def test_the_right_split_is_held():
    assert _supported("A day pass gives 265 minutes of play (4 hours 25 minutes at the standard rate).", _RECORD)
    assert _supported("The guided canyon walk takes 150 minutes (2 hours 30 minutes) including the stops.", _FAQ)


def test_a_wrong_split_stays_flagged():
    assert not _supported("A day pass gives 265 minutes of play (4 hours 35 minutes at the standard rate).", _RECORD)
    assert not _supported("A day pass gives 265 minutes of play (5 hours 25 minutes at the standard rate).", _RECORD)
    assert not _supported("The guided canyon walk takes 150 minutes (2 hours 50 minutes) including the stops.", _FAQ)
