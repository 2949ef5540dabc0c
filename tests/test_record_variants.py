"""A customer's record restated with another variant or person (:mod:`llmops_kit.record_variants`): "Olive wool" of
"item: ..., charcoal wool", "coarse grind" of "fine grind" where the articles list both, "Bryn is your groomer" of
"groomer: Nerys". Each faithful restatement is kept; each wrong one is contradicted; the look-alikes the reading
must leave alone (an article fact beside the record, a question naming no record, a word of another kind) are not
read.

The fixtures are this file's own (a knitwear shop, a tea merchant, a dog groomer).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import record_variants
from llmops_kit.contract import load_contract
from llmops_kit.grounding import Evidence, EvidenceSource
from llmops_kit.record_variants import other_variant
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

KNIT = Document(id="tool:order_lookup", content="order: WK-51207\nitem: crew jumper, size M, charcoal wool\n"
                                                "shipped: 2027-02-03\nstatus: in transit")
KNIT_FAQ = Document(id="kn-1", content="Our jumpers are knitted from Shetland wool on the island. Washing: cool "
                                       "hand wash only.")
TEA = Document(id="tool:order_lookup", content="order: TM-88012\nitems: 500g Assam Breakfast, fine grind\n"
                                               "total gbp: 21.0")
TEA_FAQ = Document(id="tea-2", content="Loose leaf tea comes whole, or in a fine or coarse grind for filter bags. "
                                       "Keep it in an airtight tin.")
GROOM = Document(id="tool:booking_lookup", content="booking: DG-3310\nservice: full groom\ngroomer: Nerys\n"
                                                   "date: 2027-06-11\ntime: 10:30")
GROOM_FAQ = Document(id="dg-1", content="A full groom takes about two hours. Cancel up to 24 hours ahead at no "
                                        "charge.")


def _evidence(texts: dict[str, str], question: str) -> Evidence:
    sources = [EvidenceSource(label, text, prose=not label.startswith("tool")) for label, text in texts.items()]
    sources.append(EvidenceSource("user message", question, user=True, prose=True))
    return Evidence(sources, load_contract().quality.citation_pattern)


# ---- a variant of the record's own noun ----------------------------------------------------------------------

def test_another_colour_of_the_record_noun_is_contradicted() -> None:
    answer = "Olive wool, size M, and it's on its way to you now."
    assert "contradicted" in _verdicts(answer, [KNIT, KNIT_FAQ], "What colour did I pick for WK-51207?")


def test_the_record_colour_in_other_words_is_kept() -> None:
    answer = "Charcoal wool, size M, and it's on its way to you now."
    assert "contradicted" not in _verdicts(answer, [KNIT, KNIT_FAQ], "What colour did I pick for WK-51207?")


def test_another_variant_the_articles_list_is_contradicted() -> None:
    found = other_variant("One 500g bag of Assam Breakfast, coarse grind",
                          _evidence({"tool order_lookup": TEA.content, "document tea-2": TEA_FAQ.content},
                                    "What did I order on TM-88012?"))
    assert found is not None and found[1] == "items: 500g Assam Breakfast, fine grind"
    assert found[2] == "coarse grind"


@pytest.mark.parametrize(("claim", "question"), [
    ("One 500g bag of Assam Breakfast, fine grind", "What did I order on TM-88012?"),       # the record's own
    ("A coarse grind suits a cafetiere best", "What did I order on TM-88012?"),            # an article fact
    ("Coarse grind is coarser than fine grind", "What did I order on TM-88012?"),          # names the record's
    ("One 500g bag of Assam Breakfast, coarse grind", "What did I order last week?"),      # no record named
    ("One 500g bag of Assam Breakfast, medium grind", "What did I order on TM-88012?"),    # not of one kind
    ("Yes, coarse grind, at no extra charge", "Can I switch TM-88012 to a coarse grind?"),   # the change asked for
])
def test_the_variant_reading_leaves_other_claims_alone(claim: str, question: str) -> None:
    texts = {"tool order_lookup": TEA.content, "document tea-2": TEA_FAQ.content}
    assert other_variant(claim, _evidence(texts, question)) is None


def test_a_person_named_for_the_record_role_is_read_against_it() -> None:
    texts = {"tool booking_lookup": GROOM.content, "document dg-1": GROOM_FAQ.content}
    found = other_variant("Bryn is your groomer for DG-3310", _evidence(texts, "Who's grooming DG-3310?"))
    assert found is not None and found[1] == "groomer: Nerys" and found[2] == "Bryn"
    assert other_variant("Nerys is your groomer for DG-3310", _evidence(texts, "Who's grooming DG-3310?")) is None
    assert other_variant("Your groomer is Nerys", _evidence(texts, "Who's grooming DG-3310?")) is None
    assert other_variant("Yes, Bryn will be your groomer", _evidence(texts, "Can I change DG-3310 to Bryn?")) is None


def test_the_switch_turns_the_reading_off() -> None:
    texts = {"tool booking_lookup": GROOM.content}
    assert other_variant("Bryn is your groomer", _evidence(texts, "Who grooms DG-3310?")) is not None
    with fresh_scores(), patch.object(record_variants, "READ_RECORD_VARIANTS", False):
        assert other_variant("Bryn is your groomer", _evidence(texts, "Who grooms DG-3310?")) is None
