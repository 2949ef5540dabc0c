"""A label word after an operand of a written step, hyphened or closing the bracket ("4 × (45 zł + 15 zł run-flat) =
240 zł"), is dropped before the step is read: the right result is worked, a wrong one stays flagged."""

from llmops_kit.quality import score_answer
from llmops_kit.text.arithmetic import written_arithmetic
from llmops_kit.traces import Document

_PRICES = [Document(id="faq", content="Tyre fitting is 45 zł per wheel, plus 15 zł per run-flat tyre. "
                                      "Old tyres are taken away for 8 zł each.")]


def _supported(answer: str) -> bool:
    return all(v.supported for v in score_answer(answer, _PRICES, query="Quote for 4 run-flats?").support)


def test_a_labelled_operand_is_read_in_its_step():
    assert ("4", "60", "240") in written_arithmetic("4 × (45 zł + 15 zł run-flat) = 240 zł")
    assert ("45", "15", "60") in written_arithmetic("4 × (45 zł fitting + 15 zł surcharge) = 240 zł")
    assert ("4", "60", "250") not in written_arithmetic("4 × (45 zł + 15 zł run-flat) = 250 zł")


def test_the_right_result_is_held():
    assert _supported("Fitting: 4 × (45 zł + 15 zł run-flat) = 240 zł.")
    assert _supported("Fitting: 4 × (45 zł + 15 zł run-flat) = 240 zł. Disposal: 4 × 8 zł = 32 zł. Total 272 zł.")


def test_a_wrong_result_stays_flagged():
    assert not _supported("Fitting: 4 × (45 zł + 15 zł run-flat) = 250 zł.")
    assert not _supported("Fitting: 4 × (45 zł + 15 zł run-flat) = 240 zł. Disposal: 4 × 8 zł = 32 zł. Total 282 zł.")
    assert not _supported("Fitting: 4 × (45 zł + 25 zł run-flat) = 280 zł.")
