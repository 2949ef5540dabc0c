"""A price's tax status turned round (:mod:`llmops_kit.tax_inclusion`, the ``tax52`` round): a claim putting a tax
on top of prices the texts say include it ("No, 20 % VAT is added on top", "3 × $85 = $255, plus 10% GST"), or
calling a price tax-inclusive where the texts put the tax on top, is contradicted by the texts' sentence.
Controls: the texts' own status restated (plus HST of a plus-HST article, "VAT included" of prices that include
it), texts that speak both ways, another tax than the texts', a denial of the adding, a worked breakdown in weaker
words, a status only the customer's question names, and the switch off."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import tax_inclusion
from llmops_kit.quality import Document, score_answer
from llmops_kit.tax_inclusion import turned_tax

from .verdict_cases import fresh_scores, fresh_verdicts

VALET = [Document(id="cw-1", content="All prices at our car wash include 20 % VAT. A full valet is £60 and takes "
                                      "two hours.")]
VALET_ASKED = "Is VAT included in your prices?"
KAYAK = [Document(id="kt-2", content="A guided kayak tour is $85 per person incl. 10% GST and lasts three "
                                     "hours.")]
KAYAK_ASKED = "What's the total for the three of us?"
GYM = [Document(id="gy-3", content="Memberships are $64.99 a month plus HST (13%). Towels are free.")]
GYM_ASKED = "How much is a membership?"


def _support(answer: str, docs: list[Document], query: str | None) -> list[tuple[str, str | None, str | None]]:
    with fresh_scores():
        return [(v.verdict, v.source, v.evidence) for v in score_answer(answer, docs, query=query).support]


def test_a_tax_said_to_be_added_to_prices_that_include_it_is_contradicted() -> None:
    found = _support("No, 20 % VAT is added on top of the prices at our car wash.", VALET, VALET_ASKED)
    assert found == [("contradicted", "the evidence's tax rule", "All prices at our car wash include 20 % VAT.")]


def test_a_worked_quote_adding_the_tax_again_is_contradicted() -> None:
    answer = "3 × $85 = $255, plus 10% GST: $280.50."
    assert fresh_verdicts(answer, KAYAK, KAYAK_ASKED) == ["contradicted"]
    assert turned_tax(answer, [KAYAK[0].content or ""]) == (
        "plus 10% GST", "A guided kayak tour is $85 per person incl. 10% GST and lasts three hours.")


def test_a_price_called_tax_inclusive_where_the_texts_add_the_tax_is_contradicted() -> None:
    found = _support("The membership is $64.99 a month, HST included.", GYM, GYM_ASKED)
    assert found == [("contradicted", "the evidence's tax rule", "Memberships are $64.99 a month plus HST (13%).")]


def test_a_record_flag_says_the_price_includes_the_tax() -> None:
    docs = [Document(id="tool:quote", content="service: full valet\nprice gbp: 60\nvat included: True")]
    assert turned_tax("£60, plus 20% VAT: £72", [docs[0].content or ""]) is not None
    assert turned_tax("£60, VAT included", [docs[0].content or ""]) is None


def test_control_the_texts_own_status_restated_stays_supported() -> None:
    assert fresh_verdicts("The membership is $64.99 a month plus HST.", GYM, GYM_ASKED) == ["supported"]
    assert turned_tax("$64.99 + 13% HST ($8.45) = $73.44", [GYM[0].content or ""]) is None
    assert fresh_verdicts("Yes, all our prices include 20 % VAT.", VALET, VALET_ASKED) == ["supported"]
    assert fresh_verdicts("A full valet is £60, VAT included.", VALET, "How much is a full valet?") == ["supported"]


def test_control_texts_speaking_both_ways_are_not_read() -> None:
    texts = ["Room rates include VAT.", "Parking is £12 a day plus VAT."]
    assert turned_tax("Rooms are £90 a night plus VAT.", texts) is None
    assert turned_tax("Parking is £12 a day, VAT included.", texts) is None


def test_control_another_tax_than_the_texts_is_not_read() -> None:
    assert turned_tax("The course is $240, plus PST.", ["All prices include GST."]) is None
    assert turned_tax("A city tax of €2 a night is added on top.", ["Room rates include VAT."]) is None
    # a bare "tax" stands for any tax: the texts' GST
    assert turned_tax("That's $240 plus tax.", ["All prices include GST."]) is not None
    # the local names of value added tax are one tax
    assert turned_tax("4 × 950 kr = 3 800 kr, plus 25 % moms.", ["All prices include VAT."]) is not None


def test_control_a_paper_or_number_named_after_the_tax_states_no_status() -> None:
    assert turned_tax("That's £60, plus 20% VAT.", ["Every receipt including VAT number GB123 is e-mailed."]) is None
    assert turned_tax("That's £60, plus 20% VAT.", ["Every price including VAT is final."]) is not None


def test_control_a_denied_adding_or_a_freed_tax_is_not_read() -> None:
    assert turned_tax("No, VAT is not added on top.", [VALET[0].content or ""]) is None
    assert turned_tax("No VAT on top: the £60 is the full price.", [VALET[0].content or ""]) is None


def test_control_a_worked_breakdown_in_weaker_words_is_not_read() -> None:
    texts = ["A full valet is £60 incl. VAT (20%)."]
    assert turned_tax("That's £50 before VAT.", texts) is None  # £50 is worked out: a breakdown
    assert turned_tax("A full valet is £60 before VAT.", texts) is not None  # the texts' own price, turned round
    # a total worked with the tax, said to include it, where the texts' prices are before it
    assert turned_tax("The total is S$168.95 including GST.", ["All prices are before 9% GST."]) is None


def test_control_a_status_only_a_question_names_is_no_text_statement() -> None:
    docs = [Document(id="cw-4", content="A full valet is £60 and takes two hours.")]
    assert turned_tax("Yes, VAT is added on top.", ["Is VAT added on top of your prices?"]) is None
    assert fresh_verdicts("A full valet is £60, plus VAT.", docs, "Is VAT added on top of your prices?") != [
        "contradicted"]


def test_switched_off_the_old_verdicts_return() -> None:
    with fresh_scores(), patch.object(tax_inclusion, "READ_TAX_INCLUSION", False):
        assert [v.verdict for v in score_answer("No, 20 % VAT is added on top of the prices at our car wash.", VALET,
                                                query=VALET_ASKED).support] == ["supported"]
        assert [v.verdict for v in score_answer("3 × $85 = $255, plus 10% GST: $280.50.", KAYAK,
                                                query=KAYAK_ASKED).support] == ["supported"]
