"""The business's act said of what it does to the customer's own things, joined to a held clause
(:data:`llmops_kit.joined_acts.READ_DONE_TO_CUSTOMER`, the ``invented48`` round): "..., and your account is frozen
for a fortnight" and "..., and you lose your slot" state a sanction as surely as "we freeze your account" does,
so a clause worded in words no text holds is taken against its claim. Controls: a wrong charge stays flagged, a
sanction the evidence states and a permission ("your dog is allowed ...") stay as they were; with the switch off
the invented sanction passes again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import joined_acts
from llmops_kit.joined_acts import business_act
from llmops_kit.quality import Document

from .verdict_cases import fresh_verdicts

DEPOT = [Document(id="dp-4", content="Missed collections: with less than 24 hours' notice a £20 re-delivery "
                                      "charge applies. Your deposit is refunded when the crate comes back clean.")]
ASKED = "What happens if I miss the collection slot?"
INVENTED = ("With less than 24 hours' notice there's a £20 re-delivery charge, and your account is frozen for a "
            "fortnight.")


def test_a_passive_sanction_and_a_loss_are_the_business_acts() -> None:
    assert business_act("your account is frozen for a fortnight")
    assert business_act("you lose your slot on the rota")
    assert not business_act("your dog is allowed in the courtyard")


def test_an_invented_sanction_joined_to_a_held_charge_is_not_supported() -> None:
    assert fresh_verdicts(INVENTED, DEPOT, ASKED) == ["unsupported"]


def test_a_wrong_charge_stays_flagged() -> None:
    assert fresh_verdicts("With less than 24 hours' notice there's a £35 re-delivery charge.", DEPOT,
                          ASKED)[0] in ("absent", "contradicted")


def test_a_held_act_on_the_customers_thing_stays_supported() -> None:
    answer = ("There's a £20 re-delivery charge with less than 24 hours' notice, and your deposit is refunded when "
              "the crate comes back clean.")
    assert fresh_verdicts(answer, DEPOT, ASKED) == ["supported"]


def test_switched_off_the_invented_sanction_passes_again() -> None:
    with patch.object(joined_acts, "READ_DONE_TO_CUSTOMER", False):
        assert fresh_verdicts(INVENTED, DEPOT, ASKED) == ["supported"]
