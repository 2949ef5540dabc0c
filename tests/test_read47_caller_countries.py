"""The country a caller rings from, named before the business's international number, counts as given when the
evidence gives that number for callers abroad (:data:`llmops_kit.place_names.READ_CALLER_COUNTRIES`, the ``trap47``
round): a customer ringing from abroad was told "From Portugal, dial +44 ..." of "+44 ... from outside the UK", and
the answer was flagged for "Portugal". Controls: a number the evidence does not give, a number the evidence gives
with no word of callers abroad, and the number's own country stay flagged; with the switch off the old verdict
returns."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import place_names
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

DOCS = [Document(id="hours-1", content="The workshop answers the phone Tuesday to Saturday, 9.00-17.00.")]
ABROAD = ("You answer for Loom & Ladder, a weaving workshop in Kendal. Use only the notes given. If they do not "
          "cover it, give the workshop's line: 01632 960718 (+44 1632 960718 from outside the UK).")
HOME_ONLY = ("You answer for Loom & Ladder, a weaving workshop in Kendal. Use only the notes given. If they do not "
             "cover it, give the workshop's line: +44 1632 960718.")
ASKED = "I am abroad for the summer: which number do I ring?"
FLAGGED = {"absent", "contradicted", "unsupported"}


def _flags(answer: str, instructions: str = ABROAD) -> set[str]:
    return FLAGGED & set(_verdicts(answer, DOCS, ASKED, instructions))


def test_the_caller_s_country_before_the_abroad_number_is_given() -> None:
    assert not _flags("From Portugal, dial +44 1632 960718.")
    assert not _flags("From New Zealand please ring +44 1632 960718.")


def test_control_an_invented_number_stays_flagged() -> None:
    assert _flags("From Portugal, dial +44 1632 960799.")


def test_control_a_number_not_given_for_callers_abroad_leaves_the_country_unread() -> None:
    assert _flags("From Portugal, dial +44 1632 960718.", HOME_ONLY)


def test_control_the_number_s_own_country_is_not_a_caller_abroad() -> None:
    assert place_names.caller_countries({"ireland"}, "From Ireland, dial +353 1 555 0192.",
                                        ["+353 1 555 0192 from abroad"]) == frozenset()
    assert place_names.caller_countries({"portugal"}, "From Portugal, dial +44 1632 960718.",
                                        [ABROAD]) == {"portugal"}


def test_switched_off_the_country_is_flagged_again() -> None:
    with fresh_scores(), patch.object(place_names, "READ_CALLER_COUNTRIES", False):
        assert _flags("From Portugal, dial +44 1632 960718.")
