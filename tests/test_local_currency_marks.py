"""Worked figures on amounts written with a local currency mark (:data:`llmops_kit.text.numbers.CURRENCY_MARKS`):
"3 × KSh 1,200 = KSh 3,600", "8% SST on RM 1,950.00 is RM 156.00", "Rp 150.000 a night". The number reader
reads each mark as its ISO code (:func:`~llmops_kit.text.numbers.marks_as_codes`), in the evidence and the claim
alike, so the written equations, the written arithmetic and the derived-figure search read such an amount as
money as they read "KES 1,200". Each faithful form with its controls: a product or a tax that does not come out
stays flagged; an identifier's letters ("RM482190355GB") and a room number ("Rm 12") are no money.

The fixtures are this file's own (a Kenyan riding stable, a Malaysian aircon service, an Indonesian guesthouse,
a Polish bike hire).
"""

from __future__ import annotations

from llmops_kit.text.numbers import CURRENCY_CODES, CURRENCY_MARKS, marks_as_codes, typed_quantities
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

STABLE = [Document(id="st-1", content="Hack in the forest, 1 hour: KSh 2,500 per rider. A groom to lead a child's "
                                      "pony: KSh 800 per ride.")]
STABLE_Q = "Me and my two kids, one hour hack, each with a groom. Total?"
AIRCON = [Document(id="ac-1", content="Chemical wash for a wall-mounted unit: RM 650.00 per unit. All prices "
                                      "exclude 8% SST.")]
AIRCON_Q = "Chemical wash for 3 wall units. What's the total with SST?"
GUEST = [Document(id="gh-1", content="Garden room Rp 450.000 per night, breakfast included. Airport pick-up "
                                     "Rp 150.000 each way.")]
BIKES = [Document(id="bk-1", content="City bike 45 zł per day. Helmet 10 zł per day.")]


def test_every_mark_reads_as_a_code_the_number_reader_knows() -> None:
    assert set(code.lower() for code in CURRENCY_MARKS.values()) <= set(CURRENCY_CODES)


def test_marks_before_and_after_the_figure_are_money() -> None:
    assert typed_quantities("Three grooms are 3 × KSh 800 = KSh 2,400.") >= {"800 money", "2400 money"}
    assert "156 money" in typed_quantities("8% SST on that is RM 156.00.")
    assert "450000 money" in typed_quantities("Garden room Rp 450.000 per night")
    assert "45 money" in typed_quantities("City bike 45 zł per day")


def test_an_identifier_or_a_room_is_no_money() -> None:
    """A tracking number starting with a mark's letters, a room, a lower-case "rm", a length in feet."""
    for text in ("Your parcel RM482190355GB is on its way", "Meet in Rm 12", "rm 5", "a 12 ft trailer"):
        assert marks_as_codes(text) == text
        assert not any(q.endswith("money") for q in typed_quantities(text))


# ---- a product written out ----------------------------------------------------------------------------------------

def test_a_product_in_shillings_that_comes_out_is_supported() -> None:
    """3 grooms at KSh 800: KSh 2,400, as "KES" would read."""
    answer = "Three hacks are 3 × KSh 2,500 = KSh 7,500. Two grooms are 2 × KSh 800 = KSh 1,600."
    assert _verdicts(answer, STABLE, STABLE_Q) == ["supported", "supported"]


def test_a_product_in_shillings_that_does_not_come_out_stays_flagged() -> None:
    answer = "Three hacks are 3 × KSh 2,500 = KSh 7,500. Two grooms are 2 × KSh 800 = KSh 1,700."
    assert _verdicts(answer, STABLE, STABLE_Q)[1] != "supported"


def test_a_worked_total_in_shillings_is_supported_and_a_wrong_one_flagged() -> None:
    steps = "Three hacks are 3 × KSh 2,500 = KSh 7,500. Two grooms are 2 × KSh 800 = KSh 1,600. "
    right = steps + "Total KSh 7,500 + KSh 1,600 = KSh 9,100."
    wrong = steps + "Total KSh 7,500 + KSh 1,600 = KSh 9,700."
    assert _verdicts(right, STABLE, STABLE_Q) == ["supported"] * 3
    assert _verdicts(wrong, STABLE, STABLE_Q)[2] != "supported"


# ---- a tax on a worked amount -------------------------------------------------------------------------------------

def test_a_tax_on_a_worked_amount_in_ringgit_is_supported() -> None:
    """3 x 650 = 1950; 8% of it is 156; the total 2106."""
    answer = "3 × RM 650.00 = RM 1,950.00. 8% SST on that is RM 156.00, so the total is RM 2,106.00."
    assert _verdicts(answer, AIRCON, AIRCON_Q) == ["supported", "supported"]


def test_a_wrong_tax_in_ringgit_stays_flagged() -> None:
    """8% of 1950 is 156, not 160."""
    answer = "3 × RM 650.00 = RM 1,950.00. 8% SST on that is RM 160.00, so the total is RM 2,110.00."
    assert _verdicts(answer, AIRCON, AIRCON_Q)[1] != "supported"


# ---- dot thousands and a mark after the figure ----------------------------------------------------------------------

def test_rupiah_in_dot_thousands_are_read_in_thousands() -> None:
    """Two nights and a pick-up each way: 2 × 450000 + 2 × 150000 = 1200000."""
    right = "2 × Rp 450.000 + 2 × Rp 150.000 = Rp 1.200.000 for your stay."
    wrong = "2 × Rp 450.000 + 2 × Rp 150.000 = Rp 1.250.000 for your stay."
    question = "Two nights in the garden room and the pick-up both ways?"
    assert _verdicts(right, GUEST, question) == ["supported"]
    assert _verdicts(wrong, GUEST, question) != ["supported"]


def test_zloty_after_the_figure_are_money() -> None:
    right = "3 × 45 zł = 135 zł for the three days, and 3 × 10 zł = 30 zł for the helmet."
    wrong = "3 × 45 zł = 145 zł for the three days, and 3 × 10 zł = 30 zł for the helmet."
    question = "A city bike and a helmet for 3 days?"
    assert _verdicts(right, BIKES, question) == ["supported"]
    assert _verdicts(wrong, BIKES, question) != ["supported"]
