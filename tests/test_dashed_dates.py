"""A date written day first with hyphens ("14-03-2027") is the day "14/03/2027" writes, not the number 14032027."""

from llmops_kit.quality import score_answer
from llmops_kit.text.numbers import grouped_digits
from llmops_kit.traces import Document

_RECORD = [Document(id="rec", content='{"booking": "ST-1042", "date": "2027-03-14", "tour": "shared", "guests": 2}')]
_NOTICE = [Document(id="faq", content="Repairs booked before noon are collected on 2027-06-02. "
                                      "Call the workshop on 01-23-4567 for a later slot.")]


def _supported(answer: str, docs: list[Document]) -> bool:
    return all(v.supported for v in score_answer(answer, docs, query="When is it?").support)


def test_a_dashed_day_first_date_is_no_digit_group():
    assert grouped_digits("on Sunday 14-03-2027") == frozenset()
    assert grouped_digits("due 06-02-2027") == frozenset()
    # a phone number's groups are no calendar date: still one number
    assert grouped_digits("call 01-23-4567") == frozenset({"1234567"})
    assert grouped_digits("ref 44-55-2027") == frozenset({"44552027"})


def test_the_record_s_day_written_with_hyphens_is_held():
    assert _supported("Your booking ST-1042 is for the shared tour on Sunday 14-03-2027.", _RECORD)
    assert _supported("Repairs booked before noon are collected on 02-06-2027.", _NOTICE)


def test_another_day_written_with_hyphens_stays_flagged():
    assert not _supported("Your booking ST-1042 is for the shared tour on Sunday 15-03-2027.", _RECORD)
    assert not _supported("Your booking ST-1042 is for the shared tour on 14-04-2027.", _RECORD)
    assert not _supported("Repairs booked before noon are collected on 03-06-2027.", _NOTICE)


def test_a_phone_number_is_still_compared_as_a_number():
    assert _supported("Call the workshop on 01-23-4567 for a later slot.", _NOTICE)
    assert not _supported("Call the workshop on 01-23-4568 for a later slot.", _NOTICE)
