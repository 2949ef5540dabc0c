"""Lengths, perimeters and areas an answer works out from the customer's sizes (:mod:`llmops_kit.length_steps`), and
a balance a record's total and paid fields give (:mod:`llmops_kit.record_balances`). Each faithful step is held
by its own arithmetic; a wrong sum, a wrong product, a wrong subtraction and a perimeter worked on a size the
customer took back stay unsupported.

The fixtures are this file's own (a picture framer, a carpet fitter, a glazier, a tailor's order, a print shop).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import length_steps, record_balances
from llmops_kit.length_steps import length_results
from llmops_kit.record_balances import balance_results
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts

FRAMES = [Document(id="fr-1", content="Frames are priced by the metre of the outer perimeter. Walnut moulding: "
                                      "31,00 € per linear metre. Float glass: 52,00 € per m²."),
          Document(id="fr-2", content="Mount board: 18,00 € per frame. All prices include VAT.")]
CARPET = [Document(id="cp-1", content="Wool twist carpet: £24.00 per m², fitted. Gripper rods: £3.50 per metre.")]
GLAZING = [Document(id="gl-1", content="Acrylic sheet cut to size: $90.00 per square metre, polished edges free.")]
TAILOR = Document(id="tool:order_lookup", content="order: TL-8812\nitem: wool overcoat\ntotal eur: 480.0\n"
                                                  "deposit paid eur: 120.0\nstatus: in fitting")
PRINTS = Document(id="tool:job_status", content="job: PR-2291\ntotal gbp: 96.0\namount paid gbp: 40.0\n"
                                                "status: ready for collection")
PRINT_NOTES = Document(id="pn-1", content="Print orders are collected at the shop counter; we keep them 30 days.")


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    return fresh_verdicts(answer, docs, query)


# ---- perimeters -----------------------------------------------------------------------------------------------------

def test_a_written_perimeter_and_its_metres_are_held_and_a_wrong_sum_is_not() -> None:
    query = "It's a 38 × 52 cm print. What does the walnut frame cost?"
    right = "2 × (38 + 52) = 180 cm, so 1,8 m × 31,00 € = 55,80 €."
    assert _verdicts(right, FRAMES, query) == ["supported"]
    assert _verdicts("2 × (38 + 52) = 190 cm, so 1,9 m × 31,00 € = 58,90 €.", FRAMES, query) != ["supported"]


def test_a_price_per_metre_times_the_length_must_come_out() -> None:
    query = "It's a 38 × 52 cm print. What does the walnut frame cost?"
    assert _verdicts("2 × (38 + 52) = 180 cm, so 1,8 m × 31,00 € = 61,00 €.", FRAMES, query) != ["supported"]
    # the length times a figure that is no price
    assert _verdicts("2 × (38 + 52) = 180 cm, so 1,8 m × 2 = 3,60 €.", FRAMES, query) != ["supported"]
    # centimetres restated by the wrong power of ten
    assert _verdicts("2 × (38 + 52) = 180 cm, so 0,18 m × 31,00 € = 5,58 €.", FRAMES, query) != ["supported"]


def test_a_perimeter_on_the_size_the_customer_took_back_stays_flagged() -> None:
    query = "Sorry, I measured it wrong: it's 45 × 65 cm, not 35 × 55. What does the walnut moulding come to?"
    kept = "2 × (45 + 65) = 220 cm, so 2,2 m × 31,00 € = 68,20 €."
    assert _verdicts(kept, FRAMES, query) == ["supported"]
    old = "2 × (35 + 55) = 180 cm, so 1,8 m × 31,00 € = 55,80 €."
    assert _verdicts(old, FRAMES, query) != ["supported"]


def test_a_perimeter_factor_other_than_two_is_not_read() -> None:
    assert length_results({"3", "330"}, "3 × (45 + 65) = 330 cm", ("45 × 65 cm",), lambda n: n in {"45", "65"}) \
        == frozenset()
    assert length_results({"2", "220"}, "2 × (45 + 65) = 220 cm", ("45 × 65 cm",), lambda n: n in {"45", "65"}) \
        == {"2", "220"}


# ---- areas ----------------------------------------------------------------------------------------------------------

def test_an_area_in_square_metres_of_the_customers_size_and_its_price() -> None:
    query = "The glass is for a 50 × 70 cm picture. How much?"
    assert _verdicts("That is 0,35 m² at 52,00 € per m², so 18,20 €.", FRAMES, query) == ["supported"]
    assert _verdicts("That is 0,35 m² at 52,00 € per m², so 21,00 €.", FRAMES, query) != ["supported"]
    assert _verdicts("That is 0,45 m² at 52,00 € per m², so 23,40 €.", FRAMES, query) != ["supported"]


def test_an_area_of_sides_restated_in_metres_is_held_in_other_domains() -> None:
    query = "Our hallway is 250 × 120 cm. What would the wool twist cost?"
    assert _verdicts("2,5 × 1,2 = 3 m², and 3 m² × £24.00 = £72.00 fitted.", CARPET, query) == ["supported"]
    assert _verdicts("2,5 × 1,2 = 3 m², and 3 m² × £24.00 = £78.00 fitted.", CARPET, query) != ["supported"]
    query = "I need a 600 × 400 mm acrylic panel. What's the price?"
    right = "A 600 × 400 mm panel is 0.24 square metres at $90.00 per square metre, so $21.60."
    assert _verdicts(right, GLAZING, query) == ["supported"]
    wrong = "A 600 × 400 mm panel is 2.4 square metres at $90.00 per square metre, so $216.00."
    assert _verdicts(wrong, GLAZING, query) != ["supported"]


def test_switched_off_nothing_is_read() -> None:
    with patch.object(length_steps, "READ_LENGTH_STEPS", False):
        assert length_results({"2.2"}, "220 cm is 2,2 m", (), lambda n: n == "220") == frozenset()
    assert length_results({"2.2"}, "220 cm is 2,2 m", (), lambda n: n == "220") == {"2.2"}


# ---- balances from a record's total and paid fields ---------------------------------------------------------------

def test_a_balance_to_pay_is_the_records_total_less_its_paid_field() -> None:
    query = "Where is my coat, TL-8812?"
    assert _verdicts("TL-8812 is in fitting, with 360,00 € to pay at collection.", [TAILOR], query) == ["supported"]
    assert _verdicts("TL-8812 is in fitting, with 340,00 € to pay at collection.", [TAILOR], query) != ["supported"]


def test_a_balance_in_other_words_and_a_figure_not_said_to_be_owed() -> None:
    query = "Is my print job PR-2291 ready?"
    docs = [PRINTS, PRINT_NOTES]
    assert _verdicts("Yes, PR-2291 is ready for collection; the balance is £56.00.", docs, query) == ["supported"]
    assert _verdicts("Yes, PR-2291 is ready for collection; you still owe £56.", docs, query) == ["supported"]
    assert _verdicts("Yes, PR-2291 is ready for collection; the balance is £46.00.", docs, query) != ["supported"]
    assert balance_results({"56"}, "PR-2291 cost £56 to print", (PRINTS.content,)) == frozenset()


def test_balances_switched_off() -> None:
    with patch.object(record_balances, "READ_RECORD_BALANCES", False):
        assert balance_results({"56"}, "£56 is left to pay", (PRINTS.content,)) == frozenset()
    assert balance_results({"56"}, "£56 is left to pay", (PRINTS.content,)) == {"56"}
