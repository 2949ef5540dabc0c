"""An apology is courtesy, not subject matter (:data:`llmops_kit.apology_words.READ_APOLOGY_WORDS`, the ``para54``
round). A healthy decline that restates the rule ("Sorry, microwaves are on the list of things we don't repair"
against "No microwaves, ...") lost a third or half of its share of held words to "sorry", which no evidence holds,
and the fitted decision called it unsupported. The claim is now measured without its apology when its statement
denies as the evidence sentence closest to it does. Controls: the same decline without the apology, a reversed rule
after an apology (its polarity is the evidence's opposite, so the apology stays counted and the claim stays
flagged), and the switch off giving the old verdict."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import apology_words
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

REPAIRS_ASKED = "Can you fix my microwave?"
REPAIRS_ROLE = ("You help visitors of Repair Café Lombok in Utrecht, run by volunteers. Use only the café's notes. "
                "If they don't cover a question, say so and point people to the coordinators: 030 760 41 18.")
REPAIRS = [Document(id="RC3", content="Small electrical appliances, bikes, clothes, toys, lamps and wooden furniture "
                                      "you can carry. No microwaves, no petrol engines and no smartphones with "
                                      "swollen batteries.")]
AREAS_ASKED = "Do you deliver to Alabang?"
AREAS = [Document(id="WC-106", content="We deliver in Makati, BGC (Taguig) and Ortigas (Pasig). Orders placed "
                                       "before 10 AM arrive the same day.")]
TOWING_ASKED = "Can you take my motorbike to the workshop?"
TOWING_ROLE = ("You are the chat dispatcher of Odtah Rychlik, a towing and roadside-assistance firm in Brno. Answer "
               "only from the info pages given to you. If they do not cover something, say so and give the "
               "dispatch line: 541 233 870.")
TOWING = [Document(id="OD-06", content="We tow cars and vans up to 3.5 t. Motorcycles travel on a special trailer. "
                                       "We do not move lorries or buses.")]

SORRY_DECLINE = "Sorry, microwaves are on the list of things we don't repair."
AFRAID_DECLINE = "I'm afraid microwaves are on the list of things we don't repair."
AREA_DECLINE = "Sorry po, not yet: we deliver in Makati, BGC (Taguig) and Ortigas (Pasig) only."


def _off(answer: str, docs: list[Document], query: str, instructions: str | None = None) -> list[str]:
    with fresh_scores(), patch.object(apology_words, "READ_APOLOGY_WORDS", False):
        return fresh_verdicts(answer, docs, query, instructions)


def test_a_decline_restating_the_rule_after_sorry_is_supported() -> None:
    assert fresh_verdicts(SORRY_DECLINE, REPAIRS, REPAIRS_ASKED, REPAIRS_ROLE) == ["supported"]


def test_a_decline_after_im_afraid_is_supported() -> None:
    assert fresh_verdicts(AFRAID_DECLINE, REPAIRS, REPAIRS_ASKED, REPAIRS_ROLE) == ["supported"]


def test_a_short_answer_before_a_colon_is_not_the_rule_restated() -> None:
    # "not yet" answers the question; the rule after the colon affirms, as the article does
    assert fresh_verdicts(AREA_DECLINE, AREAS, AREAS_ASKED) == ["supported"]


def test_switch_off_the_apology_is_counted_and_the_declines_are_flagged() -> None:
    assert _off(SORRY_DECLINE, REPAIRS, REPAIRS_ASKED, REPAIRS_ROLE) == ["unsupported"]
    assert _off(AFRAID_DECLINE, REPAIRS, REPAIRS_ASKED, REPAIRS_ROLE) == ["unsupported"]
    assert _off(AREA_DECLINE, AREAS, AREAS_ASKED) == ["unsupported"]


def test_control_the_same_decline_without_an_apology_stays_supported() -> None:
    claim = "Microwaves are on the list of things we don't repair."
    assert fresh_verdicts(claim, REPAIRS, REPAIRS_ASKED, REPAIRS_ROLE) == ["supported"]
    assert _off(claim, REPAIRS, REPAIRS_ASKED, REPAIRS_ROLE) == ["supported"]


def test_control_a_reversed_rule_after_sorry_stays_flagged() -> None:
    # the evidence says motorcycles are carried; the claim denies it, so its apology is still counted
    for claim in ("Sorry, we don't tow motorcycles; please call a specialist bike service.",
                  "Sorry, motorcycles can't be towed."):
        assert fresh_verdicts(claim, TOWING, TOWING_ASKED, TOWING_ROLE) == ["unsupported"]
        assert _off(claim, TOWING, TOWING_ASKED, TOWING_ROLE) == ["unsupported"]


def test_control_an_excluded_item_said_to_be_refused_wrongly_stays_flagged() -> None:
    claim = "Sorry, bikes are on the list of things we don't repair."  # bikes are repaired
    assert fresh_verdicts(claim, REPAIRS, "Can you fix my bike?", REPAIRS_ROLE) == ["unsupported"]


def test_control_a_denied_area_after_sorry_stays_flagged() -> None:
    claim = "Sorry po, we don't deliver to Makati, BGC (Taguig) or Ortigas (Pasig)."
    assert fresh_verdicts(claim, AREAS, AREAS_ASKED) == ["unsupported"]


def test_control_a_refusal_of_what_the_business_takes_stays_flagged() -> None:
    # closest by the question's subject: "Dogs and cats stay in heated pens" affirms, the claim denies
    kennels = [Document(id="k1", content="We don't take on snakes or spiders. Dogs and cats stay in heated pens.")]
    claim = "Sorry, dogs aren't something we take on."
    assert "supported" not in fresh_verdicts(claim, kennels, "Can you board my dog?")


def test_control_a_rule_applied_the_wrong_way_round_after_sorry_stays_flagged() -> None:
    # the consequence is kept in the statement, so its denial meets the article's permission
    shoes = [Document(id="sh-9", content="Unworn shoes can be returned within 30 days of delivery for a full "
                                         "refund. Repairs to soles take up to 14 days.")]
    claim = "Only unworn shoes can be returned, so a pair like yours can't be sent back, sorry."
    asked = "They're unworn and still in the box. Can I send them back?"
    assert fresh_verdicts(claim, shoes, asked) != ["supported"]


def test_control_an_exclusion_the_article_does_not_make_stays_flagged() -> None:
    # "excluded" denies what the article's "designer ranges included" grants, so the apology stays counted
    optician = [Document(id="kb-705", content="NHS vouchers and health plans\nWe accept NHS optical vouchers "
                                              "against any frame in the shop, designer ranges included; the value of "
                                              "the voucher is taken off the price and you pay the rest. We do not "
                                              "bill insurers or health cash plans directly.")]
    claim = ("Sorry, NHS vouchers only cover our standard range; designer frames are excluded and must be paid in "
             "full.")
    assert fresh_verdicts(claim, optician, "Can I put my NHS voucher towards designer frames?") != ["supported"]
