"""A rule turned round is contradicted (:mod:`llmops_kit.reversed_rules`, the ``reversal52`` round): a requirement the
texts make said to be optional, or an option said to be compulsory ("buoyancy aids are optional" against "Every
paddler must wear a buoyancy aid"; "the damage cover is compulsory" against "The damage cover is optional"); a
request the texts make said to be unneeded ("No deposit is needed" against "we ask for a 30 % deposit"); a thing the
texts say is free said to cost something ("lockers cost 2 € per visit" against "Lockers are free"). Inside a round-up
of correct clauses one such clause now fires the answer. Controls: the right form of each sentence stays supported, a
claim repeating a denied requirement ("no operator ticket is needed", "need not come") stays supported, a different
subject is not compared, a thing the texts also charge for is not read, and the switch off gives the old verdicts."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import reversed_rules
from llmops_kit.quality import Document, score_answer
from llmops_kit.reversed_rules import charged_free, reversed_requirement

from .verdict_cases import documents_evidence, fresh_scores, fresh_verdicts

KAYAK = [
    Document(id="kh-1", content="Single kayaks are $40 for two hours and doubles are $60 for two hours."),
    Document(id="kh-2", content="Every paddler must wear a buoyancy aid. We lend them free with every hire."),
    Document(id="kh-3", content="The damage cover is optional and costs $12 a day."),
    Document(id="kh-4", content="We open at 8am and the last hire goes out at 4pm."),
]
KAYAK_ASKED = "First time hiring a kayak, what should I know?"

STUDIO = [Document(id="st-1", content="Custom frames take 10 working days. For custom orders we ask for a 30 % "
                                      "deposit before we start. Pay by card or bank transfer.")]
SCAN = [Document(id="mri-2", content="Please remove jewellery and your watch before the scan. The scan takes about "
                                     "20 minutes.")]
POOL = [Document(id="pl-6", content="Lockers are free: they take a 2 € coin, which you get back. Towels are 3 € to "
                                    "rent.")]
CHARGED_LOCKERS = [Document(id="pl-7", content="Lockers are free. Lockers with a phone charger cost 1 € an hour.")]
TICKET = [Document(id="dg-4", content="You need a current driver licence to hire the digger yourself; no operator "
                                      "ticket is needed.")]
OWNER = [Document(id="itv-2", content="The owner of the vehicle does not need to come in person. Bring the "
                                      "original papers.")]
IDLE = [Document(id="ev-4", content="Members get 20 % off the price per kWh. Membership does not change the idle "
                                    "fee.")]


def _verdicts(answer: str, docs: list[Document], asked: str | None = None) -> list[str]:
    return fresh_verdicts(answer, docs, asked)


def test_a_required_thing_said_to_be_optional_in_a_round_up_is_contradicted() -> None:
    answer = ("Here is the short version: single kayaks are $40 for two hours. Buoyancy aids are optional for "
              "adult paddlers. We open at 8am and the last hire goes out at 4pm.")
    verdicts = _verdicts(answer, KAYAK, KAYAK_ASKED)
    assert "contradicted" in verdicts
    with fresh_scores():
        report = score_answer(answer, KAYAK, query=KAYAK_ASKED)
    turned = [v for v in report.support if v.verdict == "contradicted"]
    assert turned[0].evidence == "Every paddler must wear a buoyancy aid."
    assert turned[0].source == "the evidence's rule, turned round"


def test_an_option_said_to_be_compulsory_is_contradicted_with_its_figure() -> None:
    claim = "Yes, the damage cover is compulsory: $12 a day."
    assert _verdicts(claim, KAYAK, "Do I have to take the damage cover?") == ["contradicted"]


def test_control_the_right_forms_stay_supported() -> None:
    assert _verdicts("Every paddler must wear a buoyancy aid, and we lend them free.", KAYAK, KAYAK_ASKED) == [
        "supported"]
    assert _verdicts("The damage cover is optional and costs $12 a day.", KAYAK, KAYAK_ASKED) == ["supported"]


def test_a_request_said_to_be_unneeded_is_contradicted() -> None:
    found = reversed_requirement("No deposit is needed for custom orders", documents_evidence(STUDIO))
    assert found == ("No deposit is needed for custom orders",
                     "For custom orders we ask for a 30 % deposit before we start.")
    found = reversed_requirement("There's no need to remove anything before the scan", documents_evidence(SCAN))
    assert found is not None and found[1] == "Please remove jewellery and your watch before the scan."


def test_control_a_claim_repeating_a_denied_requirement_is_not_read() -> None:
    assert reversed_requirement("No operator ticket is needed, just your driver licence",
                                documents_evidence(TICKET)) is None
    assert reversed_requirement("You'll need a current driver licence to hire the digger",
                                documents_evidence(TICKET)) is None
    assert reversed_requirement("The owner need not come in person", documents_evidence(OWNER)) is None
    assert reversed_requirement("Membership does not change the idle fee", documents_evidence(IDLE)) is None


def test_control_need_not_repeats_does_not_need_to() -> None:
    assert _verdicts("The owner need not come in person; bring the original papers.", OWNER,
                     "Does the owner have to come?") == ["supported"]


def test_control_a_different_subject_is_not_compared() -> None:
    assert reversed_requirement("A spray skirt is optional for beginners", documents_evidence(KAYAK)) is None
    assert charged_free("Towels cost 3 € to rent", documents_evidence(POOL)) is None


def test_a_free_thing_said_to_cost_is_contradicted() -> None:
    found = charged_free("Lockers cost 2 € per visit: the coin stays in the lock", documents_evidence(POOL))
    assert found == ("Lockers cost 2 € per visit", "Lockers are free: they take a 2 € coin, which you get back.")
    assert _verdicts("Yes, lockers cost 2 € per visit: the coin stays in the lock.", POOL,
                     "Do the lockers cost anything?") == ["contradicted"]


def test_control_free_said_free_and_a_thing_also_charged_for() -> None:
    assert charged_free("Lockers are free, and the 2 € coin comes back", documents_evidence(POOL)) is None
    assert charged_free("Lockers don't cost anything", documents_evidence(POOL)) is None
    assert charged_free("Lockers cost 1 € an hour", documents_evidence(CHARGED_LOCKERS)) is None


def test_switch_off_gives_the_old_verdicts() -> None:
    answer = ("Here is the short version: single kayaks are $40 for two hours. Buoyancy aids are optional for "
              "adult paddlers. We open at 8am and the last hire goes out at 4pm.")
    with patch.object(reversed_rules, "READ_REVERSED_RULES", False):
        assert "contradicted" not in _verdicts(answer, KAYAK, KAYAK_ASKED)
        assert _verdicts("Yes, the damage cover is compulsory: $12 a day.", KAYAK,
                         "Do I have to take the damage cover?") == ["supported"]
        assert reversed_requirement("No deposit is needed for custom orders", documents_evidence(STUDIO)) is None
        assert charged_free("Lockers cost 2 € per visit", documents_evidence(POOL)) is None


def test_control_costs_nothing_says_free() -> None:
    docs = [Document(id="sv-3", content="Fault visits within the warranty are free; outside it the call-out charge "
                                        "is £95 plus parts.")]
    assert charged_free("a fault visit inside the warranty costs nothing", documents_evidence(docs)) is None
    assert charged_free("a fault visit inside the warranty costs £95", documents_evidence(docs)) is not None


def test_a_thing_said_of_everything_needs_one_word_in_common_and_a_verb_alone_does_not() -> None:
    home = [Document(id="sl-2", content="Someone needs to be at home at the start and the end of the day.")]
    assert reversed_requirement("You don't need to be at home at all", documents_evidence(home)) is not None
    waiver = [Document(id="cw-1", content="Please bring a signed waiver to your first visit.")]
    assert reversed_requirement("there's no need to bring your own", documents_evidence(waiver)) is None
