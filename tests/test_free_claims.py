"""A thing said free or a charge said waived that no free statement of the evidence is about
(:mod:`llmops_kit.free_claims`). Kept: a gratuity the evidence gives in its own or other words ("included", "no
charge", "costs nothing"), a denied gratuity, "feel free" and "gluten-free". Flagged: a waiver or a free extra the
articles never give, beside a right figure.

The fixtures are this file's own (a kayak hire, a dog groomer, a print shop, a language school, a removals firm, a
bike workshop).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import free_claims, joined_acts, priced_gratuities
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

KAYAK = [Document(id="kh-1", content="A single kayak costs €30 for two hours. Buoyancy aids are included in the "
                                     "price. Dry bags cost €5. Children under 8 paddle free with an adult.")]
GROOMER = [Document(id="dg-2", content="A full groom for a small dog is £45. Nail clipping is done at no charge "
                                       "with any full groom. Late cancellations carry a £15 fee.")]
PRINT = [Document(id="ps-3", content="Business cards cost $40 per 250. Delivery is free on orders over $100. "
                                     "Card payments carry a 2% surcharge.")]
SCHOOL = [Document(id="ls-4", content="A placement test is required before the first lesson; it costs nothing. "
                                      "The course fee is CHF 600 per term. Books are sold separately at CHF 45.")]
MOVERS = [Document(id="rm-6", content="Q. Do I need a survey? A. For anything bigger than a one-bedroom flat, yes. "
                                     "Q. What does it cost? A. Nothing. Q. How long is the crew booked for? A. A day.")]
BIKES = [Document(id="bw-5", content="A standard service costs £65. Our café does gluten-free cakes. Please feel "
                                     "free to wait in the café while we work.")]


# ---- a gratuity the evidence gives is kept ----------------------------------------------------------------------

KEPT = [
    ("A single kayak is €30 for two hours, and buoyancy aids are free.", KAYAK, "What does a kayak cost?"),
    ("Children under 8 paddle free when an adult comes along.", KAYAK, "Does my 6-year-old pay?"),
    ("A full groom for a small dog is £45, and nail clipping comes at no charge with it.", GROOMER,
     "How much is a groom?"),
    ("Delivery is free once your order is over $100.", PRINT, "Do you charge for delivery?"),
    ("The placement test is free, and the course is CHF 600 per term.", SCHOOL, "What do I pay?"),
    ("A standard service is £65, and you're welcome to wait in the café.", BIKES, "What's a service?"),
    # a terse free answer gives what the question before it names
    ("For anything bigger than a one-bedroom flat we'd do a free survey first.", MOVERS, "Do you need to see it?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), KEPT)
def test_a_gratuity_the_evidence_gives_is_kept(answer: str, docs: list[Document], query: str) -> None:
    """A free thing the articles give away (in their words or others) is the evidence's: supported."""
    assert _verdicts(answer, docs, query) == ["supported"]


def test_a_denied_gratuity_is_not_read() -> None:
    """'Dry bags aren't free' claims no gratuity: the reading finds nothing."""
    from llmops_kit.evidence import Evidence, EvidenceSource

    evidence = Evidence([EvidenceSource("document kh-1", KAYAK[0].content or "")], r"\[[\w-]+\]")
    assert free_claims.unheld_gratuity("Dry bags aren't free, they cost €5", evidence) is None
    assert free_claims.unheld_gratuity("Feel free to ask about dry bags", evidence) is None
    assert free_claims.unheld_gratuity("The café does gluten-free cakes", evidence) is None


# ---- an invented gratuity is flagged ----------------------------------------------------------------------------

FLAGGED = [
    ("A single kayak is €30 for two hours, and we add a free dry bag for every booking.", KAYAK,
     "What does a kayak cost?"),
    ("A full groom is £45, though the £15 late-cancellation fee is waived for regulars.", GROOMER,
     "What if I cancel late?"),
    ("Business cards are $40 per 250 with a 2% card surcharge, but we waive it for returning customers.", PRINT,
     "Can I pay by card?"),
    ("The course fee is CHF 600 per term, and the books are complimentary for new students.", SCHOOL,
     "Do I need to buy books?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_an_invented_gratuity_beside_a_right_figure_is_flagged(answer: str, docs: list[Document],
                                                              query: str) -> None:
    """The figure is right, but the articles never give that thing away: the claim is not supported."""
    assert _verdicts(answer, docs, query) != ["supported"]


def test_the_reading_is_what_flags_the_waiver() -> None:
    """Switched off, the waiver beside the right surcharge passes (the reading is doing the work). The joined "but
    we waive it" is also the business's own act, which :mod:`llmops_kit.joined_acts` flags when it is invented
    alone; that reading is switched off too, so the test still shows what this one does."""
    answer, docs, query = FLAGGED[2]
    with patch.object(free_claims, "READ_FREE_CLAIMS", False), patch.object(joined_acts, "READ_JOINED_ACTS", False):
        assert _verdicts(answer, docs, query) == ["supported"]


# ---- a gift in other words: "<they> eat / go free", "get the <thing> free", "are free with a <purchase>" --------

LESSONS = [Document(id="sw-7", content="A group swimming lesson is $18. Goggles are lent free with any lesson. "
                                       "Parents watch from the gallery.")]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("Children under 8 go free with an adult, and a single kayak is €30 for two hours.", KAYAK, "Do kids pay?"),
    ("A group lesson is $18, and goggles are free with a lesson.", LESSONS, "Do I need goggles?"),
])
def test_a_gift_in_other_words_the_evidence_gives_is_kept(answer: str, docs: list[Document], query: str) -> None:
    """The articles give that very thing (with what it comes with): supported."""
    assert _verdicts(answer, docs, query) == ["supported"]


GIFTS_FLAGGED = [
    ("A group lesson is $18, and parents go free in the gallery.", LESSONS, "Can I watch?"),
    ("A single kayak is €30 for two hours, and you get the dry bags free.", KAYAK, "Do I pay for dry bags?"),
    ("A group swimming lesson is $18, and parents are free with a group lesson in the gallery.", LESSONS,
     "Can I watch?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), GIFTS_FLAGGED)
def test_a_gift_in_other_words_the_evidence_never_gives_is_flagged(answer: str, docs: list[Document],
                                                                  query: str) -> None:
    """'free with any lesson' of goggles is not parents free with a lesson: one shared word does not hold it; the
    reading is what flags each (switched off, each passes; "the dry bags free" against "Dry bags cost €5" is also
    contradicted by :mod:`llmops_kit.priced_gratuities`, which is switched off with it)."""
    assert _verdicts(answer, docs, query) != ["supported"]
    with patch.object(free_claims, "READ_FREE_CLAIMS", False), \
            patch.object(priced_gratuities, "READ_PRICED_GRATUITIES", False):
        assert _verdicts(answer, docs, query) == ["supported"]
