"""A thing said free that the evidence prices and nowhere gives away (:mod:`llmops_kit.priced_gratuities`).

Flagged (contradicted): "the call-out is free" against a price list's call-out row, "the loan bike is free for the
first week" against "a loan bike is £15 a week", "you get the second set of labels free" against "Iron-on labels:
50 for €12". Kept: the thing the evidence gives away itself (in its words or a synonym, on a condition or not), a
thing no text prices, "free" of a time or a slot (available, not given), a denied gratuity, and a price statement
whose "includes" gives away another thing than the claim's.

The fixtures are this file's own (a locksmith, a bike workshop, a uniform shop, a climbing gym, a bakery, a
dog groomer, an eye clinic).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import priced_gratuities
from llmops_kit.priced_gratuities import priced_gratuity
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence as _evidence
from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

LOCKS = [Document(id="lk-1", content="| job | price |\n|---|---|\n| Call-out, weekdays | £70 |\n"
                                     "| Call-out, nights | £120 |\n| New cylinder, fitted | £60 |\n\n"
                                     "Every call-out price includes the first 20 minutes of labour. Inside the town we "
                                     "aim to be with you within 40 minutes.")]
BIKES = [Document(id="bk-2", content="A full service is £89, including new cables; other parts are extra. It "
                                     "takes 4 working days, and a loan bike is £15 a week while yours is with us.")]
LABELS = [Document(id="ul-3", content="Iron-on labels: 50 for €12, ready in 7 working days. Sew-on labels, same "
                                      "price.")]
CLIMB = [Document(id="cg-4", content="A day pass is NZ$25. Shoe hire is NZ$6 a visit, but shoe hire is free on "
                                     "Mondays. Chalk is NZ$3 a bag.")]
BAKERY = [Document(id="bb-5", content="A sourdough loaf is R45. Slicing is done at no charge. Delivery costs R30, "
                                      "and delivery is free over R300.")]
GROOM = [Document(id="dg-6", content="A full groom is £45. Evening slots cost £10 extra. Nail clipping: £8.")]
CLINIC = [Document(id="hc-7", content="A full eye test takes 30 minutes and costs €60. It is free for adults aged "
                                      "70 and over. Entry to the open day is €5 for adults. Under-3s go free.")]


# ---- a free thing the evidence prices is contradicted ----------------------------------------------------------

FLAGGED = [
    ("You're inside the town, so we'll be there within 40 minutes or the call-out is free.", LOCKS,
     "How fast can you come?"),
    ("Yes, the loan bike is free for the first week, then £15 a week.", BIKES, "Can I borrow a bike meanwhile?"),
    ("That's 2 packs, and you get the second set of iron-on labels free (50 for €12).", LABELS,
     "What do labels cost for two kids?"),
    ("A day pass is NZ$25, and chalk is free.", CLIMB, "What does a visit cost?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_a_free_thing_the_evidence_prices_is_contradicted(answer: str, docs: list[Document], query: str) -> None:
    """Its figures are right, but a text prices the very thing the claim gives away, and none gives it away."""
    verdicts = _verdicts(answer, docs, query)
    assert "contradicted" in verdicts, verdicts


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_the_reading_is_what_contradicts_it(answer: str, docs: list[Document], query: str) -> None:
    """Switched off, no claim of these answers is contradicted: the reading is doing the work."""
    with fresh_scores(), patch.object(priced_gratuities, "READ_PRICED_GRATUITIES", False):
        assert "contradicted" not in _verdicts(answer, docs, query)


def test_the_price_statement_is_named() -> None:
    """The verdict names the clause and the evidence statement pricing the thing."""
    found = priced_gratuity("Yes, the loan bike is free for the first week, then £15 a week", _evidence(BIKES))
    assert found is not None
    source, sentence, clause = found
    assert source == "document bk-2"
    assert "loan bike is £15 a week" in sentence
    assert clause == "the loan bike is free for the first week"


# ---- kept: what the evidence gives away, a thing no text prices, an available time -----------------------------

KEPT = [
    # the evidence gives the thing away on a condition: "free on Mondays", "free over R300"
    ("Shoe hire is free on Mondays.", CLIMB),
    ("Delivery is free over R300.", BAKERY),
    # in other words: "at no charge" of slicing
    ("Slicing is free.", BAKERY),
    # "includes" gives away what follows it, and the claim gives away that
    ("The first 20 minutes of labour are free with any call-out.", LOCKS),
    # a statement pointing back gives away what the sentence before it names ("It is free for adults aged 70 ...")
    ("The eye test is free for your mother at 74.", CLINIC),
    ("The eye test is free.", CLINIC),
    # free for a group the evidence may name in words of its own: not read
    ("Open-day entry is free for toddlers.", CLINIC),
        # the thing ends at its first preposition: "Slicing for your loaf" is slicing, which the bakery gives away
    ("Slicing for your loaf is free.", BAKERY),
    # no text prices the thing: left to the other readings
    ("Parking is free.", GROOM),
    # "free" of a time or a slot says it is available
    ("The evening slot is free, and a full groom is £45.", GROOM),
    ("Monday is free if you'd like to come in.", CLIMB),
    # denied, or a permission
    ("Nail clipping isn't free: it's £8.", GROOM),
    ("You're free to bring your own chalk.", CLIMB),
]


@pytest.mark.parametrize(("claim", "docs"), KEPT)
def test_a_gratuity_the_evidence_gives_or_no_price_is_not_read(claim: str, docs: list[Document]) -> None:
    """Nothing priced and never given away: the reading finds nothing."""
    assert priced_gratuity(claim, _evidence(docs)) is None


def test_a_condition_the_evidence_gives_keeps_the_claim_supported() -> None:
    """'free on Mondays' against 'NZ$6 a visit, but shoe hire is free on Mondays': the whole answer is held."""
    assert _verdicts("Shoe hire is free on Mondays, and a day pass is NZ$25.", CLIMB, "Do I pay for shoes?") == [
        "supported"]


# ---- a free thing no text names: "with free hot chocolate", "includes a packed lunch" (unnamed_gratuity) ----------

FARM = [Document(id="tf-8", content="Wagon rides run on Saturdays, 11 a.m.-2 p.m., $4 a person. Wreaths are "
                                    "hand-tied in our barn. A welcome drink is served at the gate.")]
HIRE = [Document(id="kh-9", content="A single kayak is €15 per hour; a full day (8 hours) is €60. Life jackets and "
                                    "dry bags are provided. Parking at the jetty is free.")]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("Wagon rides are $4 each, with free hot chocolate in the barn.", FARM, "What's on?"),
    ("A full day is €60, and that includes a packed lunch from the café.", HIRE, "And for a whole day?"),
    ("A full day is €60, and every booking comes with a souvenir photo.", HIRE, "And for a whole day?"),
])
def test_a_free_thing_no_text_names_is_invented(answer: str, docs: list[Document], query: str) -> None:
    """The figures are right, but no text names the thing given away: invented outright, and not with the switch
    off."""
    assert "invented" in _verdicts(answer, docs, query)
    with fresh_scores(), patch.object(priced_gratuities, "READ_UNNAMED_GRATUITIES", False):
        assert "invented" not in _verdicts(answer, docs, query)


@pytest.mark.parametrize(("claim", "docs"), [
    # the thing is named by the evidence, in its words or a synonym
    ("A full day is €60, with free parking at the jetty", HIRE),
    ("A full day is €60, and that includes a life jacket", HIRE),
    ("Rides are $4, and every visit comes with a free welcome beverage", FARM),
    # a time said free, not a thing given
    ("Rides are $4, with free time in the barn afterwards", FARM),
])
def test_a_free_thing_the_evidence_names_is_not_read(claim: str, docs: list[Document]) -> None:
    """A thing the texts name (or a synonym of it) is left to the other readings."""
    assert priced_gratuities.unnamed_gratuity(claim, _evidence(docs)) is None
