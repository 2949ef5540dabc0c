"""The customer's own figure admitted past a held bound in words :func:`crossed_bound` does not read
(:func:`llmops_kit.limit_sides.affirmed_bound`, the ``limits56`` round): "40 guests fit comfortably on the rooftop"
against "for up to 25 guests", the claim's own "up to 5 children" against "Up to 4 children in all", "runners from 15
may run" against "must be 18 or over", "up to 6 months" against "for 1 to 3 months". Controls: the figure within the
bound, a clause that says it does not fit, the evidence's own bound restated, a bound on another subject; with the
switch off the old verdict returns. And a price the texts give for a shared thing stated per person
(:func:`llmops_kit.shared_bases.person_priced_share`): "TSh 120,000 per person" against "TSh 120,000 per vehicle";
controls: the evidence's own basis, a figure the texts also price per person, "each"."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import limit_sides, shared_bases
from llmops_kit.limit_sides import affirmed_bound
from llmops_kit.quality import Document
from llmops_kit.shared_bases import person_priced_share

from .verdict_cases import documents_evidence, fresh_verdicts

ROOMS = [Document(id="r-1", content="The rooftop barbecue area is booked in the app for R$ 90,00 per booking, from 11h "
                                    "to 22h, for up to 25 guests. There is no deposit."),
         Document(id="r-2", content="The party room is booked in the app for R$ 180,00 per booking, for up to 80 "
                                    "guests, plus a deposit of R$ 300,00.")]
ROOMS_ASKED = "It's a birthday party with about {n} guests: the party room or the rooftop barbecue area?"
ROOMS_ANSWER = "The barbecue area: at R$ 90,00 with no deposit it's the cheaper one, and {n} guests fit on the rooftop."

SHARE = [Document(id="n-1", content="One nanny looks after the children of two families together. Up to 4 children "
                                    "in all, from 4 months old to school age.")]
SHARE_ASKED = "Can one share take {n} children?"
SHARE_ANSWER = "Yes, up to {n} children if one of them is of school age."

RACE = [Document(id="m-1", content="Half marathon runners must be 18 or over on race day. 10 km runners must be 14 or "
                                   "over.")]
FREEZE = [Document(id="g-1", content="You can freeze your membership for 1 to 3 months per calendar year, at $10 a "
                                     "month while frozen.")]


def test_a_guest_count_said_to_fit_past_the_maximum_is_contradicted() -> None:
    assert fresh_verdicts(ROOMS_ANSWER.format(n=40), ROOMS, ROOMS_ASKED.format(n=40)) == ["contradicted"]
    found = affirmed_bound("at R$ 90,00 with no deposit it's the cheaper one, and 40 guests fit on the rooftop",
                           documents_evidence(ROOMS, ROOMS_ASKED.format(n=40)))
    assert found is not None and found[2] == "up to 25 guests"


def test_control_a_guest_count_within_the_maximum_stays_supported() -> None:
    assert fresh_verdicts(ROOMS_ANSWER.format(n=20), ROOMS, ROOMS_ASKED.format(n=20)) == ["supported"]


def test_control_a_clause_saying_the_count_does_not_fit_is_not_read() -> None:
    claim = "The party room: 40 guests don't fit on the rooftop, which takes up to 25"
    assert affirmed_bound(claim, documents_evidence(ROOMS, ROOMS_ASKED.format(n=40))) is None


def test_the_claims_own_bound_set_at_the_customers_figure_is_contradicted() -> None:
    assert fresh_verdicts(SHARE_ANSWER.format(n=5), SHARE, SHARE_ASKED.format(n=5)) == ["contradicted"]


def test_control_the_evidences_own_bound_restated_stays_supported() -> None:
    answer = "No, up to 4 children in all, so 5 is one too many."
    assert affirmed_bound(answer, documents_evidence(SHARE, SHARE_ASKED.format(n=5))) is None
    assert fresh_verdicts("Yes, up to 4 children in all.", SHARE, SHARE_ASKED.format(n=4)) == ["supported"]


def test_an_age_under_a_minimum_said_to_run_is_contradicted() -> None:
    asked = "My son is 15 and wants to run the half marathon. Is that allowed?"
    claim = "Yes, runners from 15 may run the half marathon with a signed consent form"
    found = affirmed_bound(claim, documents_evidence(RACE, asked))
    assert found is not None and found[2] == "18 or over"


def test_control_an_age_over_the_minimum_is_not_read() -> None:
    asked = "My son is 19 and wants to run the half marathon. Is that allowed?"
    assert affirmed_bound("Yes, at 19 he may run the half marathon", documents_evidence(RACE, asked)) is None


def test_a_length_outside_the_evidences_band_is_contradicted_and_one_inside_is_not() -> None:
    found = affirmed_bound("Yes, freezes can run up to 6 months",
                           documents_evidence(FREEZE, "Can I freeze for 6 months while I travel?"))
    assert found is not None and found[2] == "1 to 3 months"
    assert affirmed_bound("Yes, freezes can run 2 months",
                          documents_evidence(FREEZE, "Can I freeze for 2 months while I travel?")) is None


def test_control_the_digits_of_a_code_are_no_figure_of_the_customers() -> None:
    docs = [Document(id="t-1", content="Reduced tickets for students, seniors over 65 and disabled visitors "
                                       "cost 9 EUR. Membership fees are refunded within 14 days of purchase.")]
    asked = "Refund my membership to DE89 3704 0044 0532 0130 00, I bought it 3 days ago."
    claim = "the fee can be refunded to your card (you gave DE89 3704 0044 0532 0130 00)"
    assert affirmed_bound(claim, documents_evidence(docs, asked)) is None


def test_control_a_bound_on_another_subject_is_not_read() -> None:
    docs = [Document(id="k-1", content="The kayak tour takes up to 25 guests.")]
    claim = "40 guests fit in the party room"
    assert affirmed_bound(claim, documents_evidence(docs, ROOMS_ASKED.format(n=40))) is None


def test_switched_off_the_old_verdict_returns() -> None:
    with patch.object(limit_sides, "READ_AFFIRMED_BOUNDS", False):
        assert fresh_verdicts(SHARE_ANSWER.format(n=5), SHARE, SHARE_ASKED.format(n=5)) == ["supported"]
        assert affirmed_bound("Yes, up to 5 children", documents_evidence(SHARE, SHARE_ASKED.format(n=5))) is None


# A price for a shared thing stated per person (:func:`llmops_kit.shared_bases.person_priced_share`).

TRANSFER = [Document(id="t-1", content="Pick-up is free at hotels in town. From the airport add TSh 120,000 per "
                                       "vehicle.")]
TRANSFER_ASKED = "Is there a charge for pick-up from the airport?"


def test_a_price_per_vehicle_stated_per_person_is_contradicted() -> None:
    answer = "Yes, TSh 120,000 per person from the airport; pick-up in town is free."
    assert fresh_verdicts(answer, TRANSFER, TRANSFER_ASKED)[0] == "contradicted"
    found = person_priced_share("Yes, TSh 120,000 per person from the airport", documents_evidence(TRANSFER))
    assert found is not None and "per vehicle" in found[1]


def test_control_the_evidences_own_basis_stays_supported() -> None:
    answer = "Yes, TSh 120,000 per vehicle from the airport; pick-up in town is free."
    assert fresh_verdicts(answer, TRANSFER, TRANSFER_ASKED)[0] == "supported"


def test_control_a_figure_the_texts_also_price_per_person_and_each_are_not_read() -> None:
    docs = [Document(id="b-1", content="A private transfer is 1,200 THB per car. The shared shuttle is 1,200 THB per "
                                       "person.")]
    assert person_priced_share("The shuttle is 1,200 THB per person", documents_evidence(docs)) is None
    rooms = [Document(id="h-1", content="Family rooms are 1,200 THB per room a night.")]
    assert person_priced_share("Two rooms at 1,200 THB each", documents_evidence(rooms)) is None


def test_shared_bases_switched_off_the_old_verdict_returns() -> None:
    answer = "Yes, TSh 120,000 per person from the airport; pick-up in town is free."
    with patch.object(shared_bases, "READ_SHARED_BASES", False):
        assert person_priced_share(answer, documents_evidence(TRANSFER)) is None
        assert fresh_verdicts(answer, TRANSFER, TRANSFER_ASKED)[0] == "supported"
