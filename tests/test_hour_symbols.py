"""An operand written with the hour's symbol in a written step ("2 × ₩2,000 × 4 h = ₩16,000") is read as "× 4", as
"× 4 hours" is: the right result is worked, a wrong one stays flagged."""

from llmops_kit.quality import score_answer
from llmops_kit.traces import Document
from llmops_kit.written_equations import equations_in

_SEATS = [Document(id="seats", content="Standard seat: ₩1,500 per hour.\nPremium seat: ₩2,000 per hour.")]
_ASK = "Two premium seats for 4 hours, what's the total?"
_KAYAK = [Document(id="kayak", content="Single kayak: €12.50 an hour. Double kayak: €20.00 an hour.")]


def _supported(answer: str, docs: list[Document], query: str) -> bool:
    return all(v.supported for v in score_answer(answer, docs, query=query).support)


def test_the_hour_symbol_is_a_unit_of_its_operand():
    (step,) = equations_in("2 × ₩2,000 × 4 h = ₩16,000")
    assert step.holds and step.operands == ("2", "2000", "4")
    (step,) = equations_in("2 × ₩2,000 × 4 h = ₩18,000")
    assert not step.holds


def test_the_right_step_is_held():
    assert _supported("Premium: 2 × ₩2,000 × 4 h = ₩16,000.", _SEATS, _ASK)
    assert _supported("Doubles: 3 × €20.00 × 2 h = €120.00.", _KAYAK, "3 double kayaks for 2 hours, how much?")


def test_a_wrong_step_stays_flagged():
    assert not _supported("Premium: 2 × ₩2,000 × 4 h = ₩18,000.", _SEATS, _ASK)
    assert not _supported("Doubles: 3 × €20.00 × 2 h = €100.00.", _KAYAK, "3 double kayaks for 2 hours, how much?")
