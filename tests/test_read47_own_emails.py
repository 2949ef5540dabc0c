"""The words of an e-mail address the customer gave, repeated in a claim, are no wording for the evidence to hold
(:data:`llmops_kit.contact_details.READ_OWN_EMAILS`, the ``trap47`` round): "Sure, tomas.ferreira@example.org -
visits start at EUR 21,00" was judged unsupported because the address's name and domain words thinned the share of
its words the evidence holds, though the claim without the address passes. Controls: an address the customer did
not give and a wrong price stay flagged; with the switch off the old verdict returns."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import contact_details
from llmops_kit.contact_details import own_email_stems
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

DOCS = [Document(id="care-2", content="A 30-minute visit is EUR 21,00. A 60-minute visit is EUR 34,00. Each extra "
                                      "dog in the same home adds EUR 5,00 per visit.")]
ASKED = "please send the price list to tomas.ferreira@example.org"
FLAGGED = {"absent", "contradicted", "unsupported", "invented"}


def _answer(address: str = "tomas.ferreira@example.org", price: str = "21,00") -> str:
    return f"Sure, {address} - visits start at EUR {price}."


def test_the_customer_s_own_address_does_not_thin_the_claim_s_wording() -> None:
    assert not FLAGGED & set(_verdicts(_answer(), DOCS, ASKED))
    assert "ferreira" in own_email_stems(_answer(), ASKED)


def test_control_an_address_the_customer_did_not_give_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts(_answer(address="t.ferreira@example.org"), DOCS, ASKED))
    assert own_email_stems(_answer(address="t.ferreira@example.org"), ASKED) == frozenset()


def test_control_a_wrong_price_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts(_answer(price="19,00"), DOCS, ASKED))


def test_switched_off_the_address_words_thin_the_claim_again() -> None:
    with fresh_scores(), patch.object(contact_details, "READ_OWN_EMAILS", False):
        assert FLAGGED & set(_verdicts(_answer(), DOCS, ASKED))
