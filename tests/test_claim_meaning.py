"""Fact-free claims read for what they say (:mod:`llmops_kit.claim_meaning`): an added condition, a widened scope,
a promise and a reversed polarity, each against a faithful paraphrase that stays supported.

The fixtures are this file's own (a community garden, a small ferry, a bike workshop): every invention below is
made of the articles' own words, so the word and fact checks alone found each one supported.
"""

from __future__ import annotations

import pytest

from llmops_kit import claim_meaning, priced_gratuities, reversed_rules
from llmops_kit.claim_meaning import meaning_gap
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

GARDEN = [Document(id="kb-701", content="Plots are let to residents of the parish. Bonfires are not allowed in the "
                                        "community garden. Members may borrow the shared tools from the shed. Water "
                                        "butts must be covered in summer.")]
FERRY = [Document(id="kb-702", content="Bicycles travel free on the morning ferry. Dogs on a lead are welcome on the "
                                       "outer deck. Tickets cannot be changed after departure. Cars must be booked "
                                       "ahead in summer.")]
WORKSHOP = [Document(id="kb-703", content="We check the brakes on every bike we service. Customers may wait in the "
                                          "workshop unless a wheel is being trued. Frames are not resprayed here. "
                                          "Mechanics can advise on parts but cannot fit parts you bought elsewhere.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


@pytest.fixture
def without_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The word and fact checks alone: no meaning reading (nor the joined "we <act>" clause's, which flags the
    promise too)."""
    monkeypatch.setattr("llmops_kit.grounding.meaning_gap", lambda claim, evidence: None)
    monkeypatch.setattr("llmops_kit.joined_acts.READ_JOINED_ACTS", False)


# ---- an added condition ---------------------------------------------------------------------------------------

INVENTED_CONDITION = "Members may borrow the shared tools from the shed, but only if they have paid a yearly deposit."


def test_an_invented_condition_is_unsupported() -> None:
    """The first half is the article's; the condition's words (paid, yearly, deposit) are in no sentence."""
    assert _verdicts(INVENTED_CONDITION, GARDEN) == ["unsupported"]
    gap = meaning_gap(INVENTED_CONDITION, _evidence(GARDEN))
    assert gap is not None and gap.kind == "condition" and "deposit" in gap.clause


def test_without_the_reading_the_invented_condition_passed(without_readings: None) -> None:
    assert _verdicts(INVENTED_CONDITION, GARDEN) == ["supported"]


def test_a_condition_the_evidence_states_is_supported() -> None:
    """Control: the article's own exception, reworded, and a plain paraphrase."""
    assert _verdicts("You can wait in the workshop, unless a wheel is being trued.", WORKSHOP) == ["supported"]
    assert _verdicts("Members can borrow the shared tools from the shed.", GARDEN) == ["supported"]


# ---- a widened scope --------------------------------------------------------------------------------------------

def test_a_rule_widened_to_every_case_is_unsupported() -> None:
    """The article books cars ahead, not every vehicle."""
    assert _verdicts("Every vehicle must be booked ahead in summer.", FERRY) == ["unsupported"]
    assert meaning_gap("Every vehicle must be booked ahead in summer.", _evidence(FERRY)).kind == "scope"


def test_without_the_reading_the_widened_rule_passed(without_readings: None) -> None:
    assert _verdicts("Every vehicle must be booked ahead in summer.", FERRY) == ["supported"]


def test_a_universal_the_evidence_states_is_supported() -> None:
    """Control: 'every bike' is the article's own universal; a narrow paraphrase adds none."""
    assert _verdicts("Every bike we service gets its brakes checked.", WORKSHOP) == ["supported"]
    assert _verdicts("Cars need to be booked ahead in summer.", FERRY) == ["supported"]


# ---- a promise --------------------------------------------------------------------------------------------------

PROMISE = "Dogs on a lead are welcome on the outer deck, and we'll bring a water bowl to your seat."


def test_a_promise_no_article_makes_is_unsupported() -> None:
    assert "unsupported" in _verdicts(PROMISE, FERRY)
    assert meaning_gap(PROMISE, _evidence(FERRY)).kind == "promise"


def test_without_the_reading_the_promise_passed(without_readings: None) -> None:
    assert _verdicts(PROMISE, FERRY) == ["supported"]


def test_an_offer_the_evidence_makes_is_supported() -> None:
    """Control: 'free' and 'welcome' are the article's own offers."""
    assert _verdicts("Bicycles go free on the morning ferry.", FERRY) == ["supported"]
    assert _verdicts("Dogs on a lead are welcome on the outer deck.", FERRY) == ["supported"]


# ---- a reversed polarity ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", [
    "Bonfires are allowed in the community garden.",        # affirms what the article denies
    "Tickets can be changed after departure.",
    "We don't check the brakes on the bikes we service.",  # denies what the article affirms
    "Yes, the mechanics will fit the parts for you.",  # the denial sits in the clause after "but"
])
def test_a_reversed_rule_is_unsupported(answer: str) -> None:
    docs = GARDEN + FERRY + WORKSHOP
    assert _verdicts(answer, docs) == ["unsupported"]
    assert meaning_gap(answer, _evidence(docs)).kind == "polarity"


def test_without_the_reading_the_reversed_rule_passed(without_readings: None) -> None:
    assert _verdicts("Bonfires are allowed in the community garden.", GARDEN) == ["supported"]


def test_a_denial_reworded_keeps_its_polarity() -> None:
    """Control: 'aren't permitted' for 'are not allowed', 'no ... changes' for 'cannot be changed'; a negation of a
    place ('never in the shed') has no predicate to compare; 'only' restricts, it does not reverse."""
    assert _verdicts("No, bonfires aren't permitted in the community garden.", GARDEN) == ["supported"]
    assert _verdicts("Bonfires are banned in the community garden.", GARDEN) == ["supported"]  # a prohibition word
    assert meaning_gap("Tickets can't be changed once the ferry has left.", _evidence(FERRY)) is None
    assert meaning_gap("Frames can only be resprayed elsewhere.", _evidence(WORKSHOP)) is None


# ---- what is not read -------------------------------------------------------------------------------------------

def test_a_claim_with_hard_facts_is_left_to_them() -> None:
    """A claim stating a figure is pinned to its passage by it, and checked by it: not read for its scope,
    promises or polarity (only a fact-free condition it adds is, below)."""
    docs = [Document(id="kb-704", content="Cars must be booked ahead in summer; a car ticket is £40.")]
    assert meaning_gap("Every vehicle must be booked ahead in summer, at £40.", _evidence(docs)) is None


# ---- a fact-free condition added to a claim with a figure -----------------------------------------------------

FEES = [Document(id="kb-706", content="Evening lessons run from 18:00 to 21:00 with a surcharge of £12. Lessons "
                                      "are cancelled free of charge up to 24 hours ahead, unless you booked a "
                                      "block of ten.")]
CONDITION_ON_A_FIGURE = "Evening lessons run from 18:00 to 21:00 with a £12 surcharge, but only for pupils who " \
                        "passed their theory test last month."


def test_a_condition_added_to_a_claim_with_figures_is_unsupported() -> None:
    """The figures are the article's; the condition (pupils, passed, theory test) is in no sentence."""
    assert _verdicts(CONDITION_ON_A_FIGURE, FEES) == ["unsupported"]
    gap = meaning_gap(CONDITION_ON_A_FIGURE, _evidence(FEES))
    assert gap is not None and gap.kind == "condition" and "theory" in gap.clause


def test_without_the_reading_the_condition_beside_a_figure_passed(without_readings: None) -> None:
    assert _verdicts(CONDITION_ON_A_FIGURE, FEES) == ["supported"]


def test_a_stated_condition_beside_a_figure_is_supported() -> None:
    """Control: the article's own exception on a claim with a figure, reworded, is no added condition."""
    answer = "You can cancel free of charge up to 24 hours ahead, unless you've booked a block of ten lessons."
    assert meaning_gap(answer, _evidence(FEES)) is None
    assert _verdicts(answer, FEES) == ["supported"]


def test_a_condition_stating_a_figure_is_left_to_the_figure() -> None:
    """A condition with its own figure is checked by that figure, not read for its words."""
    assert meaning_gap("Lessons cost £12 extra, but only after 18:00 on weeknights.", _evidence(FEES)) is None


# ---- a fact-free promise added to a claim with a figure -------------------------------------------------------

MOT = [Document(id="kb-707", content="An MOT test costs £54.85 and takes about an hour. Cancelled tests are "
                                     "refunded in full. We can collect your car from home for £15 within five "
                                     "miles of the garage."),
       Document(id="kb-708", content="Home pickup is arranged with Autofix at no cost.")]
PROMISE_ON_A_FIGURE = "An MOT costs £54.85 and takes about an hour; the mechanic will wash and valet the car too."


def test_a_promise_added_to_a_claim_with_figures_is_unsupported() -> None:
    """The figures are the article's; the promise (wash, valet, mechanic) is in no sentence."""
    assert _verdicts(PROMISE_ON_A_FIGURE, MOT) == ["unsupported"]
    gap = meaning_gap(PROMISE_ON_A_FIGURE, _evidence(MOT))
    assert gap is not None and gap.kind == "promise" and "wash" in gap.clause


def test_without_the_reading_the_promise_beside_a_figure_passed(without_readings: None) -> None:
    assert _verdicts(PROMISE_ON_A_FIGURE, MOT) == ["supported"]


@pytest.mark.parametrize("answer", [
    # the article's own offer, reworded, beside its figure
    "For £15 we'll collect your car from home, as long as you're within five miles of the garage.",
    # a consequence in light words only ("come", "back"): the record's own outcome, no new offer
    "Your £54.85 test was cancelled and refunded in full, so it will come back to you.",
    # "free" beside a figure states a price, worded as the article's "at no cost" is not
    "An MOT costs £54.85, and Autofix fetches the car for free.",
])
def test_an_offer_the_evidence_makes_beside_a_figure_is_supported(answer: str) -> None:
    """Controls: no promise of the model's own."""
    assert meaning_gap(answer, _evidence(MOT)) is None


def test_the_held_share_is_half() -> None:
    assert claim_meaning.HELD_SHARE == 0.5


def _evidence(docs: list[Document]) -> Evidence:
    return Evidence([EvidenceSource(f"document {d.id}", d.content or "") for d in docs], r"\[kb-\d{3}\]")


# ---- controls read off other authors' healthy answers, on this file's fixtures --------------------------------

KEYS = [Document(id="kb-705", content="Before we cut a spare key, we need to see the original. Opened paint tins, "
                                      "brushes and other decorating goods can't be returned once opened.")]


def test_a_subordinate_clause_states_no_polarity() -> None:
    """'Before we cut a spare key' affirms nothing: a claim that we can't cut one without the original is no
    reversal of it."""
    assert meaning_gap("Without the original, we can't cut a spare key.", _evidence(KEYS)) is None


def test_a_denial_in_the_next_clause_is_the_claims_own() -> None:
    """The claim denies the return two commas later ('decorating goods, paint included, can't be returned')."""
    answer = "Our returns policy says opened decorating goods, paint included, can't be returned."
    assert meaning_gap(answer, _evidence(KEYS)) is None


def test_the_assistants_own_next_turn_is_no_promise() -> None:
    """'I'll' is the assistant's turn ('tell me which and I'll look up the key'), not an offer of the business;
    'we'll' is."""
    assert meaning_gap("Tell me which lock and I'll look up what a copy costs.", _evidence(KEYS)) is None
    assert meaning_gap("Tell me which lock and we'll deliver it to your door for free.", _evidence(KEYS)) is not None


def test_a_claim_naming_a_weekday_is_left_to_the_schedule_readings() -> None:
    assert meaning_gap("Every vehicle must be booked ahead on Saturday.", _evidence(FERRY)) is None


# ---- a restatement adding only light words ---------------------------------------------------------------------

LIGHT_RESTATEMENTS = [("Sorry, tickets can't be changed once the ferry has gone.", FERRY),
                      ("Sorry, frames still aren't resprayed here.", WORKSHOP)]


@pytest.mark.parametrize(("answer", "docs"), LIGHT_RESTATEMENTS)
def test_a_restatement_adding_only_light_words_is_supported(answer: str, docs: list[Document]) -> None:
    """Every word but an apology, 'still' or a light verb ('gone') is the article's, and it denies as the article
    does: supported without the fitted similarity bar."""
    assert _verdicts(answer, docs) == ["supported"]


@pytest.fixture
def without_light_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("llmops_kit.grounding.adds_only_light_words", lambda claim, stems, novel, sentence: False)
    # the later apology reading (para54) supports these restatements too, measuring them without their "Sorry"
    monkeypatch.setattr("llmops_kit.apology_words.READ_APOLOGY_WORDS", False)


@pytest.mark.parametrize(("answer", "docs"), LIGHT_RESTATEMENTS)
def test_without_the_light_reading_the_restatement_was_doubted(without_light_reading: None, answer: str,
                                                                 docs: list[Document]) -> None:
    assert _verdicts(answer, docs) == ["unsupported"]


@pytest.mark.parametrize(("answer", "docs", "kind"), [
    ("Sorry, frames still aren't resprayed here unless you are a member.", WORKSHOP, "condition"),
    ("Just keep all water butts covered all year, I'm afraid.", GARDEN, "scope"),
    ("Don't worry, we'll keep your bike in the workshop.", WORKSHOP, "promise"),
    ("Don't worry, frames are resprayed here.", WORKSHOP, "polarity"),
])
def test_an_invention_with_light_words_is_still_read(answer: str, docs: list[Document], kind: str) -> None:
    """Control: the meaning readings come first; a reassurance or 'just' beside an invention lets none through."""
    (verdict,) = score_answer(answer, docs, scorer=HeuristicScorer()).support
    assert verdict.verdict == "unsupported" and verdict.source == f"{kind} not in the evidence"


def test_a_reversal_split_over_two_clauses_is_left_to_the_decision() -> None:
    """Control: 'we take the frames and respray them' adds only 'take', but affirms what the closest sentence
    denies; the clause reading sees 'respray them' apart from its subject, the whole-claim polarity does not."""
    assert _verdicts("We take the frames and respray them.", WORKSHOP) == ["unsupported"]
    assert _verdicts("Don't worry, we'll take the frames and respray them.", WORKSHOP) == ["unsupported"]


def test_one_word_of_substance_leaves_the_claim_to_the_decision() -> None:
    """Control: 'stand' and 'watch' are no light words: a permission the article never gave stays flagged."""
    assert _verdicts("Sorry, you can just stand in the workshop and watch.", WORKSHOP) != ["supported"]
    stems = frozenset({"stand", "workshop", "watch"})
    assert not claim_meaning.adds_only_light_words("You can stand in the workshop and watch.", stems, {"stand"},
                                                   "Customers may wait in the workshop unless a wheel is trued.")
    assert claim_meaning.adds_only_light_words("Just keep the water butts covered.", frozenset(
        {"keep", "water", "butt", "cover"}), {"keep"}, "Water butts must be covered in summer.")


# ---- a requirement turned round ---------------------------------------------------------------------------------

WALL = [Document(id="kb-706", content="Helmets are recommended for children but are not compulsory. No experience is "
                                      "needed for taster sessions. Please bring a signed waiver to your first visit. "
                                      "Chalk bags can be hired at the desk.")]
REQUIREMENTS_TURNED = ["Helmets are compulsory for children.", "Taster sessions need previous experience.",
                       "There's no need to bring a waiver to your first visit."]


@pytest.mark.parametrize("answer", REQUIREMENTS_TURNED)
def test_a_requirement_turned_round_is_unsupported(monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    """A requirement the article denies ('not compulsory', 'no experience is needed'), or one it makes ('Please
    bring ...') denied: the denial sits in a clause of its own or before the thing, so the word polarity missed it.
    Read so with the ``reversal52`` reading off; with it on the rule turned round is contradicted (next test)."""
    monkeypatch.setattr(reversed_rules, "READ_REVERSED_RULES", False)
    (verdict,) = score_answer(answer, WALL, scorer=HeuristicScorer()).support
    assert verdict.verdict == "unsupported" and verdict.source == "polarity not in the evidence"


@pytest.mark.parametrize("answer", REQUIREMENTS_TURNED)
def test_a_requirement_turned_round_is_contradicted(answer: str) -> None:
    """The ``reversal52`` reading (:mod:`llmops_kit.reversed_rules`): the same claims state the opposite of an
    article sentence about the same thing, a contradiction."""
    (verdict,) = score_answer(answer, WALL, scorer=HeuristicScorer()).support
    assert verdict.verdict == "contradicted" and verdict.source == "the evidence's rule, turned round"


# "No experience is needed" opens with a verbless "No <noun>", which the word polarity now reads as denying the
# experience too, so that claim is caught without the requirement reading as well
@pytest.mark.parametrize("answer", [a for a in REQUIREMENTS_TURNED if "experience" not in a])
def test_without_the_requirement_reading_it_passed(monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    monkeypatch.setattr(claim_meaning, "_modal_reversed", lambda claim, evidence: None)
    monkeypatch.setattr(reversed_rules, "READ_REVERSED_RULES", False)
    assert _verdicts(answer, WALL) == ["supported"]


@pytest.mark.parametrize("answer", [
    "Helmets are optional for children.", "Helmets aren't compulsory, but we recommend them for children.",
    "Taster sessions need no experience.", "You don't need any experience for a taster session.",
    "You need to bring a signed waiver on your first visit.",
    "Chalk bags can be hired at the desk, there's no need to bring your own.",
])
def test_a_requirement_restated_is_supported(answer: str) -> None:
    """Control: the same requirement in other words; 'you don't need any experience' agrees with 'no experience is
    needed' (the word polarity read 'need' as denied against stated); a shared verb ('bring') names no thing."""
    assert _verdicts(answer, WALL) == ["supported"]


def test_a_gap_on_a_claim_with_figures_leaves_an_invention_fabricated(monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim with figures whose promise is read before the decision is kept for it: when the decision finds the
    claim invented, it stays invented (fabricated outright), not merely unsupported by the promise. The wash the test
    "comes with" is a thing no text names, which :mod:`llmops_kit.priced_gratuities` reads as invented before the
    decision: that reading is switched off here, so the test still shows the deferred gap."""
    monkeypatch.setattr(priced_gratuities, "READ_UNNAMED_GRATUITIES", False)
    claim = "The £54.85 test comes with a wash, and the mechanic will valet the seats as well."
    assert meaning_gap(claim, _evidence(MOT)) is not None
    monkeypatch.setattr("llmops_kit.grounding.claim_decision.decide", lambda signals, bar: "invented")
    assert _verdicts(claim, MOT) == ["invented"]
    monkeypatch.setattr("llmops_kit.grounding.claim_decision.decide", lambda signals, bar: "supported")
    assert _verdicts(claim, MOT) == ["unsupported"]


# ---- a request not to do something of two joined objects ------------------------------------------------------

SAUNA = [Document(id="kb-801", content="The infrared sauna takes forty minutes and towels are provided. We ask young "
                                       "children and guests with a pacemaker not to use it."),
         Document(id="kb-802", content="Swimming lessons run on Saturdays; we kindly ask young swimmers to use the "
                                       "shallow pool.")]


def test_a_request_of_two_joined_objects_holds_for_the_first_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """'We ask young children and guests with a pacemaker not to use it' asks it of young children too: the
    claim naming them alone is no reversal. Without the reading the clause splitter cut the denial off the first
    object, and the closest clauses left were that bare object and the pool's 'ask young swimmers to use'."""
    claim = "We ask young children not to use the infrared sauna."
    assert meaning_gap(claim, _evidence(SAUNA)) is None
    assert meaning_gap("We ask guests with a pacemaker not to use the infrared sauna.", _evidence(SAUNA)) is None
    for cached in (claim_meaning._statement_clauses, claim_meaning._statement_index):
        cached.cache_clear()  # type: ignore[attr-defined]
    monkeypatch.setattr(claim_meaning, "_shared_denials", lambda sentence: ())
    try:
        found = meaning_gap(claim, _evidence(SAUNA))
        assert found is not None and found.kind == "polarity"
    finally:
        for cached in (claim_meaning._statement_clauses, claim_meaning._statement_index):
            cached.cache_clear()  # type: ignore[attr-defined]


def test_the_request_reversed_for_the_first_object_is_caught() -> None:
    """The wrong side: asking young children to use it reverses what the sentence asks of them."""
    found = meaning_gap("We ask young children to use the infrared sauna.", _evidence(SAUNA))
    assert found is not None and found.kind == "polarity"


@pytest.mark.parametrize("sentence", [
    "We open at nine and dogs are not allowed.",  # no request of two objects: a clause of its own
    "We ask guests not to run and children not to dive.",  # each object has its own denial
    "Young children and guests with a pacemaker not to use it.",  # no verb of asking
])
def test_only_a_request_of_two_joined_objects_is_read(sentence: str) -> None:
    assert claim_meaning._shared_denials(sentence) == ()
