"""Wrong answers that change a rule in words only (the ``words54`` round): four small readings, each behind its own
switch, each with the right form of the same sentence and a near-miss as controls.

- :data:`llmops_kit.free_claims.READ_DENIED_GIFTS`: "Chain replacement is not included" gave a chain away, so "a
  free chain replacement comes with it" was kept; a denied gift now gives nothing.
- :data:`llmops_kit.limit_sides.READ_ASIDE_LISTS`: "by card or in cash (euros only)" is a list the customer's card
  is in, though its second item follows a preposition and the sentence's "only" sits in an aside; "we take cash
  only" narrows it. A unit after a time is no list item ("21:00 h and on Saturdays").
- :data:`llmops_kit.limit_sides.READ_NARROWED_UNIVERSALS`: "on duty at the evening sessions only" against "on duty
  at every session".
- :data:`llmops_kit.priced_gratuities.READ_UNNAMED_INCLUSIONS`: "with a cellar picnic included" where no text names
  a picnic (its other word, "cellar", is the article's).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import free_claims, limit_sides, priced_gratuities
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

SERVICE = [Document(id="bk-1", content="A full service is £60 and takes two days. Chain replacement is not included. "
                                       "We are open Tuesday to Saturday.")]
SERVICE_ASKED = "What does a full service cost?"
FREE_CHAIN = "A full service is £60 and takes two days, and a free chain replacement comes with it."


def test_a_gift_the_evidence_denies_is_not_the_evidence_s() -> None:
    assert fresh_verdicts(FREE_CHAIN, SERVICE, SERVICE_ASKED) != ["supported"]


def test_control_the_service_without_the_gift_is_supported() -> None:
    assert fresh_verdicts("A full service is £60 and takes two days.", SERVICE, SERVICE_ASKED) == ["supported"]


def test_control_a_gift_the_evidence_gives_is_kept() -> None:
    given = [Document(id="bk-1", content="A full service is £60 and takes two days. A free chain replacement is "
                                         "included. We are open Tuesday to Saturday.")]
    assert fresh_verdicts(FREE_CHAIN, given, SERVICE_ASKED) == ["supported"]


def test_switch_off_the_denied_gift_still_gives() -> None:
    with fresh_scores(free_claims._given_in), patch.object(free_claims, "READ_DENIED_GIFTS", False):
        assert fresh_verdicts(FREE_CHAIN, SERVICE, SERVICE_ASKED) == ["supported"]


PAYMENT = [Document(id="pay-1", content="Pay at the desk by card or in cash (euros only); groups can pay by bank "
                                        "transfer against an invoice. All prices include VAT.")]
PAY_ASKED = "Can I pay at the desk by card?"
CASH_ONLY = "No, the desk takes cash only, in euros."


def test_cash_only_narrows_a_card_or_cash_list() -> None:
    assert fresh_verdicts(CASH_ONLY, PAYMENT, PAY_ASKED) != ["supported"]


def test_control_the_list_restated_is_supported() -> None:
    assert fresh_verdicts("Yes, you can pay at the desk by card or in cash.", PAYMENT, PAY_ASKED) == ["supported"]


def test_control_a_unit_after_a_time_is_no_list_item() -> None:
    hours = [Document(id="h-1", content="The pool is open Monday to Friday from 7:30 to 21:00 h and on Saturdays "
                                        "from 8:00 to 14:00 h. It is closed on Sundays.")]
    claim = "No. On Saturdays the pool is open from 8:00 to 14:00 h only."
    assert fresh_verdicts(claim, hours, "Are you open on Saturday afternoons?") == ["supported"]


def test_switch_off_cash_only_is_read_as_before() -> None:
    with fresh_scores(limit_sides._open_lists), patch.object(limit_sides, "READ_ASIDE_LISTS", False):
        assert fresh_verdicts(CASH_ONLY, PAYMENT, PAY_ASKED) == ["supported"]


SAFETY = [Document(id="sw-1", content="A lifeguard is on duty at every session, and the pool holds at most 40 "
                                      "swimmers.")]
SAFETY_ASKED = "Is there a lifeguard?"
EVENINGS_ONLY = "Yes, a lifeguard is on duty at the evening sessions only."


def test_a_kind_only_against_every_one_is_not_supported() -> None:
    assert fresh_verdicts(EVENINGS_ONLY, SAFETY, SAFETY_ASKED) != ["supported"]


def test_control_every_session_is_supported() -> None:
    assert fresh_verdicts("Yes, a lifeguard is on duty at every session.", SAFETY, SAFETY_ASKED) == ["supported"]


def test_control_the_evidence_s_own_restriction_is_kept() -> None:
    evenings = [Document(id="sw-1", content="A lifeguard is on duty at the evening sessions only, and the pool holds "
                                            "at most 40 swimmers.")]
    assert fresh_verdicts(EVENINGS_ONLY, evenings, SAFETY_ASKED) == ["supported"]


def test_switch_off_the_narrowed_universal_is_kept() -> None:
    with fresh_scores(), patch.object(limit_sides, "READ_NARROWED_UNIVERSALS", False):
        assert fresh_verdicts(EVENINGS_ONLY, SAFETY, SAFETY_ASKED) == ["supported"]


TASTING = [Document(id="wt-1", content="Wine tasting: five wines from our cellar, 90 minutes, 35 € per person, daily "
                                       "at 16.00. Cellar tours run on Saturdays.")]
TASTING_ASKED = "When is the wine tasting?"
PICNIC = "Daily at 16.00: five wines from our cellar in 90 minutes, with a cellar picnic included."


def test_an_included_thing_no_text_names_is_invented() -> None:
    assert fresh_verdicts(PICNIC, TASTING, TASTING_ASKED) == ["invented"]


def test_control_the_tasting_without_the_inclusion_is_supported() -> None:
    claim = "Daily at 16.00: five wines from our cellar in 90 minutes, 35 € per person."
    assert fresh_verdicts(claim, TASTING, TASTING_ASKED) == ["supported"]


def test_control_an_included_thing_the_evidence_names_is_kept() -> None:
    named = [Document(id="wt-1", content="Wine tasting: five wines from our cellar, 90 minutes, 35 € per person, "
                                         "daily at 16.00. A cellar picnic is included in every tasting.")]
    assert fresh_verdicts(PICNIC, named, TASTING_ASKED) == ["supported"]


def test_switch_off_the_unnamed_inclusion_is_read_as_before() -> None:
    with fresh_scores(), patch.object(priced_gratuities, "READ_UNNAMED_INCLUSIONS", False):
        assert fresh_verdicts(PICNIC, TASTING, TASTING_ASKED) == ["supported"]
