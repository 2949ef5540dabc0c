"""The ``codes56`` round: every current ISO 4217 code, and the shillings' and rupees' marks, are money.

:data:`llmops_kit.text.iso_codes.READ_ISO_CODES`: an upper-case ISO 4217 code the number readers' hand list
(:data:`~llmops_kit.text.numbers.CURRENCY_CODES`) lacks, with a figure right beside it ("NPR 150", "1,200 NPR"), and the
marks "TSh", "USh", "NRs", "रु" before a figure are read as money, so "2 items × 4 days × NPR 150 = NPR 1,200" is a
worked product its evidence's NPR 150 holds, as "$150" was.

Controls: a changed amount in these currencies stays flagged; VAT and GST percentages, product codes ("CPU 2",
"SKU 1200"), identifiers ("NPR1200X", "A-1200 NPR") and a line written in capitals ("ALL 3 ROOMS ARE FREE") are no
money; the codes other readers read by name ("510 MAD") are left to them; with the switch off the old verdict
returns. The fixtures are this file's own (a gear hire, a park's fees, a shop).
"""

from __future__ import annotations

import sys
from typing import Any
from unittest.mock import patch

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text import iso_codes
from llmops_kit.text.numbers import marks_as_codes
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

GEAR = Document(id="gear-1", content=(
    "Gear hire in Pokhara: down jackets and sleeping bags are NPR 200 per item per day; trekking poles NPR 100 a pair "
    "per day. Porters are NPR 2,500 per porter per day."))
GEAR_QUESTION = "Two sleeping bags for 3 days, what do I pay?"
PARK = Document(id="park-1", content=(
    "Park entry is TSh 47,000 per adult and TSh 9,400 per child (5 to 15) per day. A guide is USh 90,000 a day in "
    "Uganda."))
PARK_QUESTION = "Two adults and two children for a day in the park: what are the fees?"


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, docs, query=query).support]


def _every_cache() -> tuple[Any, ...]:
    """Every cached reader of the package: the number readers cache what they read of a text, and a switch is no
    part of their key, so a verdict with a switch off is read with all of them cleared, before and after."""
    return tuple({id(value): value for name, module in list(sys.modules.items()) if name.startswith("llmops_kit")
                  for value in list(vars(module).values()) if callable(getattr(value, "cache_clear", None))}.values())


@pytest.mark.parametrize("answer", [
    "2 items × 3 days × NPR 200 = NPR 1,200.",
    "2 sleeping bags × 3 days × NPR 200 each = NPR 1,200.",
])
def test_a_product_in_rupees_by_their_code_is_held(answer: str) -> None:
    assert _verdicts(answer, [GEAR], GEAR_QUESTION) == ["supported"]


def test_a_sum_in_shillings_by_their_mark_is_held() -> None:
    answer = "2 adults × TSh 47,000 + 2 children × TSh 9,400 = TSh 112,800."
    assert _verdicts(answer, [PARK], PARK_QUESTION) == ["supported"]


@pytest.mark.parametrize("answer", [
    "2 items × 3 days × NPR 200 = NPR 1,600.",  # a wrong result
    "2 items × 3 days × NPR 250 = NPR 1,500.",  # a changed price
])
def test_a_changed_rupee_amount_stays_flagged(answer: str) -> None:
    """Control: the evidence gives NPR 200 a day, and 2 × 3 × 200 is 1,200."""
    assert _verdicts(answer, [GEAR], GEAR_QUESTION) != ["supported"]


@pytest.mark.parametrize("answer", [
    "2 adults × TSh 47,000 + 2 children × TSh 9,400 = TSh 113,800.",  # a wrong result
    "2 adults × TSh 47,000 + 2 children × TSh 9,900 = TSh 113,800.",  # a changed child fee, worked through
])
def test_a_wrong_shilling_sum_stays_flagged(answer: str) -> None:
    """Control: 2 × 47,000 + 2 × 9,400 is 112,800, and the child fee is 9,400."""
    assert _verdicts(answer, [PARK], PARK_QUESTION) != ["supported"]


def test_the_switch_off_gives_the_old_verdict() -> None:
    """Texts of their own (the number readers cache what they read of a text): 2 × 4 × 100 is 800."""
    answer = "2 pairs × 4 days × NPR 100 = NPR 800."
    with fresh_scores(*_every_cache()), patch.object(iso_codes, "READ_ISO_CODES", False):
        assert _verdicts(answer, [GEAR], "Two pairs of poles for 4 days?") == ["absent"]
    with fresh_scores(*_every_cache()):
        assert _verdicts(answer, [GEAR], "Two pairs of poles for 4 days?") == ["supported"]


@pytest.mark.parametrize(("text", "read"), [
    ("NPR 1,200", "XTS 1,200"),
    ("NPR1,200.", "XTS1,200."),
    ("1,200 NPR a day", "1,200 XTS a day"),
    ("TSh 650,000", "XTS 650,000"),
    ("USh 90,000", "XTS 90,000"),
    ("NRs. 1,500", "XTS 1,500"),
    ("रु 1,500", "XTS 1,500"),
    ("ACAP: NPR 3,000 for foreign nationals", "ACAP: XTS 3,000 for foreign nationals"),
])
def test_codes_and_marks_beside_a_figure_are_the_stand_in(text: str, read: str) -> None:
    assert marks_as_codes(text) == read


@pytest.mark.parametrize("text", [
    "VAT 8% is included", "GST 18% applies", "CPU 2 is busy", "SKU 1200 is out of stock", "NPR1200X is the code",
    "ref A-1200 NPR", "ALL 3 ROOMS ARE FREE", "TOP 10 TIPS FOR THE TREK", "the 510 MAD deposit", "npr 1,200",
    "NPR is the currency",
])
def test_no_money_where_no_code_stands_beside_a_figure(text: str) -> None:
    """Controls: no code, a code glued into an identifier, a line in capitals, a code another reader reads by name,
    a code in lower case, a code with no figure."""
    assert marks_as_codes(text) == text


def test_a_vat_percentage_keeps_its_verdict() -> None:
    """Control: a healthy answer with a VAT percentage is judged as before."""
    shop = Document(id="shop-1", content="All prices include VAT 8%. A sleeping bag costs NPR 200 a day to hire.")
    answer = "Prices include VAT 8%."
    with fresh_scores(*_every_cache()), patch.object(iso_codes, "READ_ISO_CODES", False):
        before = _verdicts(answer, [shop], "Is VAT included?")
    with fresh_scores(*_every_cache()):
        assert _verdicts(answer, [shop], "Is VAT included?") == before == ["supported"]


def test_the_codes_are_babels_legal_tender() -> None:
    codes = iso_codes.tender_codes()
    assert {"NPR", "TZS", "UGX", "LKR", "XOF"} <= codes
    assert not {"XAU", "USN", "DEM", "XTS"} & codes
