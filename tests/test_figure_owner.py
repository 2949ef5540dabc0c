"""An amount the evidence gives to another item than the one the claim names (:mod:`llmops_kit.figure_owner`):
"the single kayak is €55" where €55 is the double kayak's, each with controls that the right owner, a synonym of
it, a comparison naming both and arithmetic on both stay supported.

The fixtures are this file's own (a kayak hire, a boiler service, a theatre box office).
"""

from __future__ import annotations

import pytest

from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

KAYAKS = [Document(id="kb-301", content="Single sit-on kayak (paddle, buoyancy aid) — €35 per day\n"
                                        "Double touring kayak — €55 per day\n"
                                        "Stand-up paddleboard — €30 per day\n"
                                        "Wetsuits are included with every hire.")]
BOILER = [Document(id="kb-302", content="An annual boiler service costs £79 (combi) or £95 (system boiler) and "
                                        "includes a gas safety check. Call-outs are answered within 24 hours.")]
THEATRE = [Document(id="kb-303", content="A stalls seat costs £32 and a balcony seat £18 per performance. Doors "
                                         "open 45 minutes before curtain up.")]
TABLE = [Document(id="kb-304", content="| Plan | Price | Includes |\n|---|---|---|\n"
                                       "| Basic | £9 | one screen, adverts |\n"
                                       "| Premium | £14 | two screens, no adverts |\n"
                                       "| Family | £19 | four screens, no adverts |")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


@pytest.mark.parametrize(("answer", "docs"), [
    ("The single kayak costs €55 a day.", KAYAKS),  # a line of a price list: the double's price
    ("A system boiler service is £79 and includes a gas safety check.", BOILER),  # '£79 (combi) or £95 (system)'
    ("A balcony seat is £32 per performance.", THEATRE),  # 'a stalls seat costs £32 and a balcony seat £18'
    ("The Premium plan (£19) includes two screens, no adverts; Family (£14) includes four screens.",
     TABLE),  # two rows' prices swapped
])
def test_an_amount_of_another_item_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("The single kayak costs €35 a day.", KAYAKS),  # the right owner
    ("The double touring kayak costs €55 a day.", KAYAKS),
    ("The two-seater touring kayak costs €55 a day.", KAYAKS),  # the owner named by a word of its own
    ("The tandem costs €55 a day.", KAYAKS),  # the owner renamed by a synonym: no word of another item
    ("A combi boiler service is £79 and includes a gas safety check.", BOILER),
    ("A service is £79 for a combi boiler or £95 for a system boiler.", BOILER),  # both named
    ("A stalls seat is £32 and a balcony seat £18 per performance.", THEATRE),
    ("The Premium plan (£14) includes two screens, no adverts; Family (£19) includes four screens.", TABLE),
    ("The Family plan is £19 against £9 for Basic.", TABLE),  # a comparison naming both
    ("Two stalls seats and a balcony seat come to £32 + £32 + £18 = £82.", THEATRE),  # arithmetic on both
])
def test_an_amount_of_its_own_item_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


LESSONS = [Document(id="kb-305", content="Swimming lessons are held in the small pool. Members pay a lesson "
                                         "fee per lesson: £12.00 until 31 August 2027; £14.00 from 1 September "
                                         "2027.")]
PARKING = [Document(id="kb-306", content="The car park is open from 7 am. Adults pay £8.00 until 30 June 2027; "
                                         "children £3.00 from 1 July 2027.")]


def test_a_dated_continuation_keeps_the_first_amounts_owner() -> None:
    """"£14.00 from 1 September 2027" after "£12.00 until 31 August 2027;" is the same lesson's later price:
    the words between the two amounts are the first one's date, not the second one's item."""
    assert "contradicted" not in _verdicts("From 1 September 2027 the lesson fee is £14.00.", LESSONS)
    assert "contradicted" not in _verdicts("Until 31 August 2027 the lesson fee is £12.00.", LESSONS)


def test_an_amount_of_another_item_after_a_date_keeps_its_own_owner() -> None:
    """"children £3.00 from 1 July" names its own owner: an adult's £3.00 stays another owner's amount."""
    assert "contradicted" in _verdicts("From 1 July 2027 adults pay £3.00.", PARKING)
    assert "contradicted" not in _verdicts("From 1 July 2027 children pay £3.00.", PARKING)


COURTS = [Document(id="kb-307", content="Squash courts are open 7 am to 11 pm. Glass courts are A$30 per 45-minute "
                                        "booking before 5:00 p.m. and A$42 per 45-minute booking from 5:00 p.m. to "
                                        "closing. Outdoor courts are A$18 per booking.")]
SAUNA = [Document(id="kb-308", content="The sauna opens at 9:00. Entry is €12 per visit until 14:00; €16 per visit "
                                       "from 14:00. Towels are included.")]
JUNIORS = [Document(id="kb-309", content="Adults pay £40 per session before 4 pm and juniors £25 per session "
                                         "from 4 pm. Under-fives swim free.")]


@pytest.mark.parametrize(("answer", "docs"), [
    ("From 5:00 p.m. a glass court is A$42 per 45-minute booking.", COURTS),
    ("Before 5:00 p.m. a glass court is A$30 per booking.", COURTS),
    ("After 14:00 the sauna entry is €16 per visit.", SAUNA),
    ("From 4 pm juniors pay £25 per session.", JUNIORS),
    ("Glass courts are A$30 per booking before 5 pm and A$42 from 5 pm.", COURTS),  # both versions with their times
])
def test_a_clock_time_continuation_keeps_the_first_amounts_owner(answer: str, docs: list[Document]) -> None:
    """"A$42 ... from 5:00 p.m." after "A$30 ... before 5:00 p.m. and" is the same court's later price: the words
    between the two amounts are the first one's time of day, not the second one's item."""
    assert not set(_verdicts(answer, docs)) & {"absent", "contradicted", "unsupported"}


@pytest.mark.parametrize(("answer", "docs"), [
    ("From 5:00 p.m. a glass court is A$30 per 45-minute booking.", COURTS),  # the daytime price after 5 p.m.
    ("From 5:00 p.m. a glass court is A$18 per 45-minute booking.", COURTS),  # the outdoor court's price
    ("After 14:00 the sauna entry is €12 per visit.", SAUNA),  # the morning price in the afternoon
    ("From 4 pm an adult session is £25.", JUNIORS),  # a junior's price after the time: its own owner
])
def test_a_wrong_price_around_a_clock_time_stays_flagged(answer: str, docs: list[Document]) -> None:
    assert set(_verdicts(answer, docs)) & {"absent", "contradicted", "unsupported"}
