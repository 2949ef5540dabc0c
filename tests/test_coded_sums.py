"""A written sum whose currency code is written once, after its total ("2 × $45.000 + $25.000 = $115.000 CLP"): the
operands after the same sign are read in the code's dot thousands, and a "for" label or a bracketed aside after an
operand does not break the step. The right total is worked; a changed one stays flagged."""

from llmops_kit.quality import score_answer
from llmops_kit.text.numbers import dot_thousands
from llmops_kit.traces import Document
from llmops_kit.written_equations import equations_in

_TOUR = [Document(id="tour", content="Adults pay $45.000 CLP; children aged 6 to 12 pay $25.000 CLP. The group "
                                     "photo is $15.000 CLP per group.")]
_BOAT = [Document(id="boat", content="A seat on the lagoon boat is ARS 12.000 for adults and ARS 7.000 for children. "
                                     "Life jackets are ARS 2.000 each.")]


def _supported(answer: str, docs: list[Document]) -> bool:
    query = "2 adults and our 8-year-old, with the photo. Total?"
    return all(v.supported for v in score_answer(answer, docs, query=query).support)


def test_the_uncoded_amounts_after_the_same_sign_are_thousands():
    assert "$45,000 + $25,000 = $70,000 CLP" in dot_thousands("$45.000 + $25.000 = $70.000 CLP")
    assert dot_thousands("It was $45.000 and $4.50") == "It was $45.000 and $4.50"  # no code anywhere: as written
    assert "€45.000" in dot_thousands("€45.000 + $25.000 = $70.000 CLP")  # another sign than the coded amount's


def test_a_labelled_operand_stays_in_its_step():
    (step,) = equations_in("2 × $45.000 + $25.000 for your 8-year-old + $15.000 for the photo (this month's price) "
                           "= $130.000 CLP.")
    assert step.holds and step.operands == ("2", "45000", "25000", "15000")
    assert not equations_in("£40 for 2 + £10 = £50")[0].holds  # a figure after "for" is no label


def test_the_right_total_is_held():
    assert _supported("2 × $45.000 + $25.000 for your 8-year-old + $15.000 for the photo = $130.000 CLP.", _TOUR)
    assert _supported("2 × $45.000 + $25.000 = $115.000 CLP.", _TOUR)
    assert _supported("2 × ARS 12.000 + ARS 7.000 for your son (life jackets extra) = ARS 31.000.", _BOAT)


def test_a_changed_total_stays_flagged():
    assert not _supported("2 × $45.000 + $25.000 for your 8-year-old + $15.000 for the photo = $145.000 CLP.", _TOUR)
    assert not _supported("2 × $45.000 + $25.000 = $125.000 CLP.", _TOUR)
    assert not _supported("2 × ARS 12.000 + ARS 7.000 for your son (life jackets extra) = ARS 33.000.", _BOAT)
