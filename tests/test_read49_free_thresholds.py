"""A charge waived above an amount, applied on the wrong side of it (:mod:`llmops_kit.free_thresholds`, the
``options49`` round): "it's under 20 kg, so shipping is free" to goods "worth €80" against "Shipping is €9.00 for up
to 20 kg and free over €150", and "€60 + €45 = €105, plus €12 for setup" against "Setup is €12, free when the rental
comes to more than €100". Controls: the same claims on the right side of the threshold stay held, and a claim with
a wrong figure stays flagged; with the switch off the old verdicts return."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import free_thresholds
from llmops_kit.free_thresholds import missed_free_threshold
from llmops_kit.quality import Document

from .verdict_cases import documents_evidence, fresh_verdicts

SHIPPING = [Document(id="s-1", content="Shipping is €9.00 for up to 20 kg and free over €150 before tax.")]
SHIPPING_ASKED = "Shipping on 12 kg of tiles worth €{worth}?"
SHIPPING_FREE = "It's under 20 kg, so shipping is free."

SETUP = [Document(id="p-1", content="Speakers are €60 and a mixing desk is €45 for the weekend."),
         Document(id="p-2", content="We set everything up for €12, free when the rental comes to more than €100.")]
SETUP_ASKED = "Speakers and a mixing desk for the weekend, set up for us. Total?"


def test_a_charge_said_free_below_the_threshold_is_contradicted() -> None:
    assert fresh_verdicts(SHIPPING_FREE, SHIPPING, SHIPPING_ASKED.format(worth=80)) == ["contradicted"]


def test_control_the_charge_said_free_above_the_threshold_stays_held() -> None:
    assert missed_free_threshold(SHIPPING_FREE.rstrip("."),
                                 documents_evidence(SHIPPING, SHIPPING_ASKED.format(worth=180))) is None


def test_a_charge_added_above_the_threshold_is_contradicted() -> None:
    answer = "€60 + €45 = €105, plus €12 to set everything up: €117 in all."
    found = missed_free_threshold(answer, documents_evidence(SETUP, SETUP_ASKED))
    assert found is not None and found[2] == "charged above the free threshold"
    assert fresh_verdicts(answer, SETUP, SETUP_ASKED) == ["contradicted"]


def test_control_a_charge_added_below_the_threshold_is_not_read() -> None:
    docs = [SETUP[0], Document(id="p-2", content="We set everything up for €12, free when the rental comes to more "
                                                 "than €150.")]
    answer = "€60 + €45 = €105, plus €12 to set everything up: €117 in all."
    assert missed_free_threshold(answer, documents_evidence(docs, SETUP_ASKED)) is None


def test_control_a_wrong_figure_stays_flagged() -> None:
    verdicts = fresh_verdicts("Shipping is €7.00 for up to 20 kg.", SHIPPING, SHIPPING_ASKED.format(worth=80))
    assert verdicts == ["contradicted"]


def test_switched_off_the_old_verdicts_return() -> None:
    with patch.object(free_thresholds, "READ_FREE_THRESHOLDS", False):
        assert fresh_verdicts(SHIPPING_FREE, SHIPPING, SHIPPING_ASKED.format(worth=80)) == ["supported"]
        answer = "€60 + €45 = €105, plus €12 to set everything up: €117 in all."
        assert missed_free_threshold(answer, documents_evidence(SETUP, SETUP_ASKED)) is None
        assert fresh_verdicts(answer, SETUP, SETUP_ASKED) == ["supported"]


def test_control_the_threshold_named_as_a_free_threshold_is_no_gift() -> None:
    answer = "It's under 20 kg and under the €150 free threshold, so €9.00 shipping"
    assert missed_free_threshold(answer, documents_evidence(SHIPPING, SHIPPING_ASKED.format(worth=80))) is None
