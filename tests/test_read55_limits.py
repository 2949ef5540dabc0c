"""Healthy denials and limits the meaning readings took for unsupported or contradicted (the ``limits55`` round).

- "neither the lockers nor the desk take gas canisters" against "Lockers and the desk do not take gas canisters": the
  negation reader took the noun after "nor" for what is denied, which the evidence states plainly, so the claim read
  as a reversed polarity (:data:`llmops_kit.claim_meaning.READ_NEITHER_SUBJECTS`).
- "the kiosks take cards and contactless only" where the article says "The locker kiosks take bank cards and
  contactless phone payments only", "Only at Skøyen" where the others are restricted with "only" of their own, and
  "No, forints only" to "Do you accept euros?" where the article refuses "euros or other currencies": each "only" is
  the evidence's restriction, not a list narrowed (:data:`llmops_kit.limit_sides.READ_HELD_RESTRICTIONS`).
- "On Fridays the mill is closed" against "open Saturday to Thursday ..., and closed on Fridays": the day before
  "closed" was read as a day the mill opens (:data:`llmops_kit.claimed_days.READ_CLOSED_AFTER`).

Controls: the same sentences against evidence that says otherwise stay flagged, and each switch off gives the old
verdict."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import claim_meaning, claimed_days, limit_sides
from llmops_kit.claimed_days import day_sets
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

STORAGE = [Document(id="KCS-04", content=(
    "Lockers and the desk do not take gas canisters or cartridges, fuel, fireworks, weapons, animals, perishable food "
    "or anything that leaks or smells. Lockers hold up to 25 kg each."))]
STORAGE_ASKED = "Can I put a gas cartridge for my camping stove in the locker?"
STORAGE_TAKEN = [Document(id="KCS-04", content=(
    "Lockers and the desk take gas canisters if they are sealed. Lockers hold up to 25 kg each."))]
NEITHER = "No, sorry: neither the lockers nor the desk take gas canisters or cartridges."

PAYMENT = [Document(id="KCS-05", content=(
    "The locker kiosks take bank cards and contactless phone payments only. The staffed desk takes cards and forint "
    "cash. We do not take euros or other currencies."))]
PAYMENT_LISTED = [Document(id="KCS-05", content=(
    "The locker kiosks take bank cards and contactless phone payments. The staffed desk takes cards and forint cash."))]
REFUSED = [Document(id="KCS-05", content=(
    "The staffed desk takes cards and forint cash. We do not take euros or other currencies."))]
EUROS_ASKED = "Do you accept euros?"
KIOSKS = "Yes, the staffed desk takes cards as well as forint cash; the kiosks take cards and contactless only."
KIOSKS_ASKED = "Can I pay at the desk with my card?"

CHARGERS = [Document(id="FL-5", content=(
    "Our stations at Ryen, Storo and Skøyen are open 24 hours a day, every day. Skøyen has six 150 kW chargers; Ryen "
    "and Storo have 50 kW chargers."))]
CHARGERS_ONLY = [Document(id="FL-5", content=CHARGERS[0].content.removesuffix(".") + " only.")]
CHARGERS_ASKED = "Where can I charge at 150 kW?"
SKOYEN = "Only at Skøyen, which has six 150 kW chargers; Ryen and Storo have 50 kW chargers."

MILL = [Document(id="AHP-2", content=(
    "During the season the mill is open Saturday to Thursday, 7:00 a.m. to 9:00 p.m., and closed on Fridays. Book a "
    "pressing slot by phone at least 2 days ahead."))]
MILL_ASKED = "and on Fridays?"
FRIDAYS = "On Fridays the mill is closed; it opens Saturday to Thursday during the season."


def test_neither_nor_subjects_denied_as_the_evidence_denies_them_are_supported() -> None:
    assert fresh_verdicts(NEITHER, STORAGE, STORAGE_ASKED) == ["supported"]


def test_control_neither_nor_against_evidence_that_takes_them_stays_flagged() -> None:
    assert fresh_verdicts(NEITHER, STORAGE_TAKEN, STORAGE_ASKED) != ["supported"]


def test_switch_off_neither_nor_reads_as_a_reversed_polarity() -> None:
    with fresh_scores(), patch.object(claim_meaning, "READ_NEITHER_SUBJECTS", False):
        assert fresh_verdicts(NEITHER, STORAGE, STORAGE_ASKED) == ["unsupported"]


def test_an_only_the_article_states_in_its_own_only_clause_is_supported() -> None:
    assert fresh_verdicts(KIOSKS, PAYMENT, KIOSKS_ASKED) == ["supported"]


def test_control_the_same_only_against_an_article_without_it_stays_a_narrowed_list() -> None:
    assert fresh_verdicts(KIOSKS, PAYMENT_LISTED, KIOSKS_ASKED) == ["unsupported"]


def test_an_only_answering_a_refusal_of_all_others_is_supported() -> None:
    answer = "No, forints only: cards or forint cash at the staffed desk."
    assert fresh_verdicts(answer, REFUSED, EUROS_ASKED) == ["supported"]


def test_control_an_only_with_no_refusal_of_the_asked_stays_a_narrowed_list() -> None:
    answer = "No, forints only: cards or forint cash at the staffed desk."
    assert fresh_verdicts(answer, [Document(id="KCS-05", content=REFUSED[0].content.split(". ")[0] + ".")],
                          EUROS_ASKED) == ["unsupported"]


def test_an_only_whose_shut_out_items_the_article_restricts_with_only_is_supported() -> None:
    assert fresh_verdicts(SKOYEN, CHARGERS_ONLY, CHARGERS_ASKED) == ["supported"]


def test_control_an_only_whose_shut_out_items_the_article_leaves_open_stays_flagged() -> None:
    assert fresh_verdicts(SKOYEN, CHARGERS, CHARGERS_ASKED) == ["unsupported"]


def test_control_a_list_narrowed_against_an_open_list_stays_flagged() -> None:
    docs = [Document(id="pay", content="We accept cash, cards and BLIK.")]
    assert fresh_verdicts("No, sorry, the shop takes only cash or cards.", docs, "Can I pay with BLIK?") == [
        "unsupported"]


def test_switch_off_the_held_restrictions_read_as_narrowed_lists() -> None:
    with fresh_scores(), patch.object(limit_sides, "READ_HELD_RESTRICTIONS", False):
        assert fresh_verdicts(KIOSKS, PAYMENT, KIOSKS_ASKED) == ["unsupported"]
        assert fresh_verdicts(SKOYEN, CHARGERS_ONLY, CHARGERS_ASKED) == ["unsupported"]
        assert fresh_verdicts("No, forints only: cards or forint cash at the staffed desk.", REFUSED,
                              EUROS_ASKED) == ["unsupported"]


def test_a_day_before_its_subject_said_closed_is_ruled_out() -> None:
    assert day_sets("On Fridays the mill is closed").ruled_out == frozenset({4})
    assert day_sets("Sundays we're shut").ruled_out == frozenset({6})
    assert fresh_verdicts(FRIDAYS, MILL, MILL_ASKED) == ["supported"]


def test_control_a_closing_time_or_an_opening_after_the_day_is_not_a_closure() -> None:
    assert day_sets("On Saturdays the shop is closed at 2pm").given == frozenset({5})
    assert day_sets("Saturdays the office is open").given == frozenset({5})
    assert day_sets("Monday to Friday, closed on Sundays").given == frozenset(range(5))


def test_control_a_day_said_closed_that_the_article_opens_stays_contradicted() -> None:
    assert fresh_verdicts("On Sundays the mill is closed during the season.", MILL, "and on Sundays?") == [
        "contradicted"]


def test_switch_off_the_day_before_closed_reads_as_given() -> None:
    with fresh_scores(claimed_days.day_sets, claimed_days._text_days), \
            patch.object(claimed_days, "READ_CLOSED_AFTER", False):
        assert day_sets("On Fridays the mill is closed").given == frozenset({4})
        assert fresh_verdicts(FRIDAYS, MILL, MILL_ASKED) == ["contradicted"]
