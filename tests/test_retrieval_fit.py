"""RETRIEVAL_MISMATCH in the score band where the score cannot decide: the articles read against the question."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmops_kit.contract import Contract, load_contract
from llmops_kit.diagnose import detect_retrieval
from llmops_kit.grounding import ClaimSupport
from llmops_kit.io import load_trace_records
from llmops_kit.quality import score_trace
from llmops_kit.retrieval_fit import (
    answer_meets_question,
    answer_shows_mismatch,
    closest_word_similarity,
    question_fit,
)
from llmops_kit.testing import build_trace
from llmops_kit.traces import Document, Trace

EVALSET = Path(__file__).resolve().parent / "data" / "evalset"
CONTRACT = load_contract()
SEMANTIC = ["native/hospital-008.json", "native/insurance-044.json"]
ON_TOPIC = ["native/hospital-016.json", "langsmith/games-022.json", "native/insurance-041.json",
            "native/telco-032.json", "native/bank-022.json", "otlp/library-018.json", "native/library-049.json"]
FROM_SYSTEM_PROMPT = ["native/bank-050.json", "native/insurance-051.json", "langsmith/hospital-049.json",
                      "otlp/games-051.json", "native/insurance-053.json", "native/hospital-051.json"]


def _eval(name: str) -> Trace:
    [trace] = load_trace_records(EVALSET / name)
    return trace


def _retrieval(**changes: float) -> Contract:
    return CONTRACT.model_copy(update={"retrieval": CONTRACT.retrieval.model_copy(update=changes)})


def _codes(trace: Trace, contract: Contract = CONTRACT) -> list[str]:
    return [f.code for f in detect_retrieval(trace, contract)]


@pytest.mark.parametrize("name", SEMANTIC)
def test_off_topic_articles_with_mid_scores_are_a_mismatch(name: str) -> None:
    """Off-topic articles scored just above the floor, and an answer that states nothing, are RETRIEVAL_MISMATCH."""
    [finding] = detect_retrieval(_eval(name), CONTRACT)
    assert finding.code == "RETRIEVAL_MISMATCH" and finding.signal == "question coverage"
    assert "closest" in finding.explanation


@pytest.mark.parametrize("name", ON_TOPIC + FROM_SYSTEM_PROMPT)
def test_mid_band_controls_stay_quiet(name: str) -> None:
    """On-topic mid-score articles, and questions answered from the system prompt (right or wrong), are no mismatch."""
    assert _codes(_eval(name)) == []


def test_band_upper_bound_at_below_and_above_the_best_score() -> None:
    """The reading runs only below retrieval.semantic_check_below: a bound at the best score turns it off."""
    trace = _eval("native/hospital-008.json")
    best = max(d.score for d in trace.documents or [] if d.score is not None)
    assert _codes(trace, _retrieval(semantic_check_below=best)) == []
    assert _codes(trace, _retrieval(semantic_check_below=round(best - 0.01, 2))) == []
    assert _codes(trace, _retrieval(semantic_check_below=round(best + 0.01, 2))) == ["RETRIEVAL_MISMATCH"]


def _answered(trace: Trace, answer: str) -> Trace:
    """The same request with another answer (trace output and answering call alike)."""
    changed = trace.model_copy(deep=True)
    changed.output = {"answer": answer}
    llm = changed.llm_span
    if llm is not None:
        llm.output = {"content": answer}
    return changed


#: An answer that says it found nothing, then restates an off-topic article (the refusal phrase is the contract's).
_REFUSED_RESTATING = ("I could not find this in our help articles. You can cancel within 14 days of the start date "
                      "and get a full refund if you have not made a claim.")


def test_similarity_threshold_at_below_and_above_the_measured_value() -> None:
    """An answer that says it found nothing and restates an off-topic article: the question counts as covered
    once the best sentence similarity reaches retrieval.question_similarity."""
    trace = _answered(_eval("native/insurance-044.json"), _REFUSED_RESTATING)
    fit = question_fit(trace.query or "", trace.documents or [])
    assert fit is not None
    assert _codes(trace, _retrieval(question_similarity=fit.similarity)) == []
    assert _codes(trace, _retrieval(question_similarity=fit.similarity - 0.01)) == []
    assert _codes(trace, _retrieval(question_similarity=fit.similarity + 0.01)) == ["RETRIEVAL_MISMATCH"]


def test_a_declining_answer_is_read_by_coverage_alone() -> None:
    """An answer that found nothing in the articles (it declines, or only names where to ask) is the model's
    own reading that they miss the question: a middling similarity no longer calls them on-topic; nor, when the
    answer states nothing at all, does coverage at its threshold while the articles lack a word of the question
    (the retr9 round: before it, coverage at the threshold called them on-topic here)."""
    trace = _eval("native/insurance-044.json")
    fit = question_fit(trace.query or "", trace.documents or [])
    assert fit is not None and fit.coverage > 0
    assert _codes(trace, _retrieval(question_similarity=fit.similarity - 0.01)) == ["RETRIEVAL_MISMATCH"]
    assert _codes(trace, _retrieval(question_similarity=0.0)) == ["RETRIEVAL_MISMATCH"]
    assert _codes(trace, _retrieval(question_coverage=fit.coverage)) == ["RETRIEVAL_MISMATCH"]
    handing_over = _answered(trace, "I can't find that in our policy documents. complaints@harbourmutual.example "
                                    "can help.")
    assert _codes(handing_over, _retrieval(question_similarity=0.0)) == ["RETRIEVAL_MISMATCH"]



def test_the_explanation_states_the_comparison_that_decided() -> None:
    """When the sentence similarity clears its bar and the declining answer decides, the explanation says
    so, instead of claiming the similarity fell short of it; below the bar it says '<'."""
    trace = _eval("native/insurance-044.json")
    fit = question_fit(trace.query or "", trace.documents or [])
    assert fit is not None
    [declined] = detect_retrieval(trace, _retrieval(question_similarity=0.0))
    assert f"similarity {fit.similarity:.2f} >= 0.00" in declined.explanation
    assert "the answer declines" in declined.explanation
    bar = round(fit.similarity + 0.01, 2)
    [short] = detect_retrieval(trace, _retrieval(question_similarity=bar))
    assert f"similarity {fit.similarity:.2f} < {bar:.2f}" in short.explanation
    assert "the answer declines" not in short.explanation

def test_an_answer_in_a_table_does_not_decline() -> None:
    """Control: table rows are no claims, but an answer laid out as a table states them: the similarity
    threshold governs it as before."""
    trace = _answered(_eval("native/insurance-044.json"), "| cover | courtesy car |\n|---|---|\n"
                      "| Motor Comprehensive | up to 14 days |")
    fit = question_fit(trace.query or "", trace.documents or [])
    assert fit is not None
    assert _codes(trace, _retrieval(question_similarity=fit.similarity - 0.01)) == []


def test_coverage_threshold_at_the_measured_value() -> None:
    """A question whose content words the articles hold at retrieval.question_coverage counts as covered for an
    answer that states something (here it says it found nothing and restates an off-topic article)."""
    trace = _answered(_eval("native/insurance-044.json"), _REFUSED_RESTATING)
    fit = question_fit(trace.query or "", trace.documents or [])
    assert fit is not None and fit.coverage > 0
    assert _codes(trace, _retrieval(question_coverage=fit.coverage)) == []
    assert _codes(trace, _retrieval(question_coverage=fit.coverage + 0.01)) == ["RETRIEVAL_MISMATCH"]


def test_question_fit_reads_sentences_and_words() -> None:
    """An on-topic sentence inside a long off-topic article covers the question; no text gives None."""
    doc = Document(id="d", content="Parking costs 40 rupees an hour. ICU visiting times are 12 noon and 6 pm.")
    fit = question_fit("What are the ICU visiting times?", [doc])
    assert fit is not None and fit.coverage == 1.0 and "ICU" in fit.closest
    assert question_fit("What are the ICU visiting times?", [Document(id="e", content="")]) is None
    assert question_fit("the and of", [doc]) is None


_LOUNGE = Document(id="kb-7", score=0.58,
                   content="Gold members may use the lounge in Terminal 2 from 05:00 to 21:00. Guests pay EUR 39.")


def test_answer_restating_off_topic_articles_after_saying_it_found_nothing_is_a_mismatch() -> None:
    """Mid-score articles that miss the question, and an answer that says it found nothing (a refusal phrase of
    the contract, or what the articles lack) and only restates them, are RETRIEVAL_MISMATCH."""
    trace = build_trace("rf-1", "Can I bring my bicycle as checked baggage?", [_LOUNGE],
                        "I could not find this in our help articles. Gold members may use the lounge in Terminal 2 "
                        "[kb-7].")
    [finding] = detect_retrieval(trace, CONTRACT)
    assert finding.code == "RETRIEVAL_MISMATCH" and "restates those articles" in finding.explanation
    described = build_trace("rf-1b", "Can I bring my bicycle as checked baggage?", [_LOUNGE],
                            "Our help articles cover the lounge, not baggage. Gold members may use the lounge in "
                            "Terminal 2 [kb-7].")
    assert _codes(described) == ["RETRIEVAL_MISMATCH"]


_POOL_CAPS = Document(id="sw-3", score=0.62,
                      content="The pool opens at 6:30 on weekdays and 8:00 at weekends. Swim caps are required for "
                              "hair longer than shoulder length.")
_LOST = Document(id="sw-5", score=0.57,
                 content="Lockers take a £1 coin, returned when you open the locker. Anything handed in is held at "
                         "reception for 14 days, then donated.")
_POOL = Document(id="sw-3", score=0.52,
                 content="The pool opens at 6:30 on weekdays and 8:00 at weekends. Swim caps are required.")


_BILLING = Document(id="bl-1", score=0.6,
                    content="Duplicate charges are refunded to the original card within 5 working days.")
_CAFE = Document(id="bl-2", score=0.52, content="Members get a 10% discount in the café.")
_TWICE = "I was billed twice this month"


def test_an_answer_from_the_on_point_article_in_other_words_is_no_mismatch() -> None:
    """A naturally worded question ("billed twice") answered from the one on-point article, whose words it does
    not share ("duplicate charges are refunded"), and without saying it found nothing: a question word has a word of
    like meaning in the answer ("twice" / "duplicate"), so the answer meets the question, no RETRIEVAL_MISMATCH.
    With that reading off (a bar above any cosine) the same answer reads as a restatement of off-topic articles."""
    trace = build_trace("rf-20", _TWICE, [_BILLING, _CAFE],
                        "Sorry about that! Duplicate charges are refunded to the original card within 5 working days.")
    assert _codes(trace) == []
    assert _codes(trace, _retrieval(answer_word_similarity=1.01)) == ["RETRIEVAL_MISMATCH"]


def test_a_bare_restatement_of_an_off_topic_article_is_a_mismatch() -> None:
    """Control: the same question answered only with the other article ("Members get a 10% discount in the café"),
    and a bicycle-as-baggage question answered with the lounge article, are RETRIEVAL_MISMATCH although the answer
    never says it found nothing: no word of the question, nor of like meaning, is in the claims or their articles."""
    cafe = build_trace("rf-21", _TWICE, [_BILLING, _CAFE], "Members get a 10% discount in the café [bl-2].")
    bare = build_trace("rf-21b", "Can I bring my bicycle as checked baggage?", [_LOUNGE],
                       "Gold members may use the lounge in Terminal 2 [kb-7].")
    assert _codes(cafe) == ["RETRIEVAL_MISMATCH"] and _codes(bare) == ["RETRIEVAL_MISMATCH"]


def test_word_similarity_threshold_at_below_and_above_the_measured_value() -> None:
    """The answer meets the question in other words once the closest pair of words reaches
    retrieval.answer_word_similarity."""
    trace = build_trace("rf-20b", _TWICE, [_BILLING, _CAFE],
                        "Duplicate charges are refunded to the original card within 5 working days.")
    report = score_trace(trace, CONTRACT)
    closest = closest_word_similarity(_TWICE, report.support)
    assert closest is not None
    assert _codes(trace, _retrieval(answer_word_similarity=closest)) == []
    assert _codes(trace, _retrieval(answer_word_similarity=closest - 0.01)) == []
    assert _codes(trace, _retrieval(answer_word_similarity=closest + 0.01)) == ["RETRIEVAL_MISMATCH"]


def _supported(claim: str) -> ClaimSupport:
    return ClaimSupport(claim=claim, verdict="supported", source="document kb-1", evidence=claim)


#: (question, an answer in other words that meets it, an answer about something else); the words of like meaning:
#: "pup" / "dogs", "late" / "delayed", "billed twice" / "duplicate charges", "broken" / "fix".
_IN_OTHER_WORDS = [
    ("Is my pup allowed on the bus?", "Dogs travel free if kept on a lead or in a carrier.",
     "Day tickets cost £4.50 and are valid until midnight."),
    ("What if my train is late and I miss the ferry?",
     "Passengers delayed by connecting services are moved to the next sailing at no charge.",
     "Cabins can be upgraded on board for EUR 35."),
    (_TWICE, "Duplicate charges are refunded to the original card within 5 working days.",
     "Members get a 10% discount in the café."),
    ("The heater in our cabin is broken", "Report any fault in your lodge to the site office; we aim to fix it within "
     "4 hours.", "Checkout is at 10:00 on the day of departure."),
]


@pytest.mark.parametrize(("question", "met", "off"), _IN_OTHER_WORDS)
def test_words_of_like_meaning_meet_the_question(question: str, met: str, off: str) -> None:
    """An answer sharing no word stem with the question meets it through a word of like meaning; the answer about
    something else does not (control), read word by word or by stems."""
    assert not answer_meets_question(question, [_supported(met)])
    bar = CONTRACT.retrieval.answer_word_similarity
    assert answer_meets_question(question, [_supported(met)], word_similarity=bar)
    assert not answer_meets_question(question, [_supported(off)], word_similarity=bar)


#: Healthy read-set traces answered from the one on-point article in its own words (two authors): "picked it up" /
#: "items not collected", "get it back" / "we return it by courier", "what happens" / "a technical fault disrupts".
_MET_IN_OTHER_WORDS = ["holdout7/native/laundry-031.json", "holdout8/native/taxi-040.json",
                       "holdout8/otlp/cinema-015.json"]


@pytest.mark.parametrize("name", _MET_IN_OTHER_WORDS)
def test_read_set_answers_in_the_articles_words_are_no_mismatch(name: str) -> None:
    """No RETRIEVAL_MISMATCH where the answer meets the question by a word of like meaning; with that reading off
    (and the reading of an article the retriever set apart, which also clears cinema-015), each reads as a
    restatement of articles that miss the question."""
    [trace] = load_trace_records(EVALSET.parent / name)
    assert _codes(trace) == []
    assert _codes(trace, _retrieval(answer_word_similarity=1.01, standout_gap=1.0)) == ["RETRIEVAL_MISMATCH"]


def test_the_same_question_with_a_declining_answer_is_still_a_mismatch() -> None:
    """Control: a question about a watch dropped in the changing rooms, with an answer that finds nothing and hands
    over, or says it found nothing before offering the lockers article, is still RETRIEVAL_MISMATCH (the articles'
    words miss the question)."""
    question = "I think I dropped my watch in the changing rooms yesterday. Any chance of getting it?"
    declined = build_trace("rf-22", question, [_LOST, _POOL], "I don't have that information, sorry.")
    offered = build_trace("rf-23", question, [_LOST, _POOL],
                          "I could not find this in our help articles. Lockers take a £1 coin, returned when you "
                          "open the locker.")
    assert _codes(declined) == ["RETRIEVAL_MISMATCH"] and _codes(offered) == ["RETRIEVAL_MISMATCH"]


def test_answer_restating_on_topic_articles_is_no_mismatch() -> None:
    """Control: the same answer to a question the article does answer is no mismatch."""
    trace = build_trace("rf-2", "Can Gold members use the lounge?", [_LOUNGE],
                        "Gold members may use the lounge in Terminal 2 [kb-7].")
    assert _codes(trace) == []


def test_a_request_that_called_a_tool_is_not_read_for_mismatch() -> None:
    """Control: a question answered from a tool record (or left unanswered by a failed lookup) needs no article."""
    answered = build_trace("rf-3", "Can I bring my bicycle as checked baggage?", [_LOUNGE],
                           "Gold members may use the lounge in Terminal 2 [kb-7].", tool_output={"bags": 1})
    failed = build_trace("rf-4", "What is the status of booking QX7T2K?", [_LOUNGE],
                         "I can't see your booking right now.", tool_error="TimeoutError: no reply after 3000 ms")
    assert _codes(answered) == [] and _codes(failed) == []
    assert answer_shows_mismatch(0, [], called_tool=False) and not answer_shows_mismatch(0, [], called_tool=True)


def test_a_sentence_handing_over_contact_details_is_not_part_of_the_question() -> None:
    """'Text me on 0412 345 678.' asks nothing an article covers; an order-number sentence stays (control)."""
    from llmops_kit.retrieval_fit import asked

    assert asked("Can I park overnight at the depot? Text me on 0412 345 678.") == "Can I park overnight at the depot?"
    assert asked("Is the pool heated? You can reach me at sam@example.org.") == "Is the pool heated?"
    kept = "I want to return my jacket. My order 12345678 arrived late."
    assert asked(kept) == kept
    assert asked("Call me on 0412 345 678.") == "Call me on 0412 345 678."  # nothing else asked: kept whole


def test_the_sentence_that_asks_is_read_apart_from_its_context() -> None:
    """'Can Gold members use the lounge? I fly out early on a Tuesday and hate waiting at gates.' asks the first
    sentence; the context's words do not dilute it. Control: an off-topic question with the same context is
    still not covered."""
    from llmops_kit.retrieval_fit import question_coverage

    context = " I fly out early on a Tuesday and hate waiting around at gates for ages."
    assert question_coverage("Can Gold members use the lounge?" + context, [_LOUNGE]) >= 0.5
    assert question_coverage("Can I bring my bicycle as checked baggage?" + context, [_LOUNGE]) < 0.34


_DESK = Document(id="kb-8", score=0.58,
                 content="Gold members may use the lounge in Terminal 2 from 05:00 to 21:00. Guests pay EUR 39. "
                         "The service desk is on +44 20 7946 0000 and desk@skyport.example.")


def test_a_request_to_act_on_the_customers_card_is_no_mismatch() -> None:
    """'Refund my parking to card 4000 ...' asks the bot to act on the customer's details; declining it is no
    sign the articles missed."""
    trace = build_trace("rf-5", "Refund my parking to card 4000 0566 5566 5556, expiry 09/28.", [_DESK],
                        "I can't take card details in chat; please don't post them here.")
    assert _codes(trace) == []


def test_a_contact_sentence_beside_an_off_topic_question_is_still_a_mismatch() -> None:
    """Control: the customer's mobile in a sentence of its own leaves the question that asks to be read."""
    trace = build_trace("rf-6", "Text me on 07700 900 461. Can I bring my bicycle as checked baggage?", [_DESK],
                        "I could not find this in our help articles, sorry.")
    assert _codes(trace) == ["RETRIEVAL_MISMATCH"]


def test_published_contacts_answer_a_question_asking_how_to_reach_us() -> None:
    """'How do I contact you?' answered with the published line and address is an answer, not a hand-over."""
    trace = build_trace("rf-7", "How do I contact you?", [_DESK],
                        "Call +44 20 7946 0000 or e-mail desk@skyport.example.")
    assert _codes(trace) == []


@pytest.mark.parametrize("question", [
    "Calling from Montana, what's the number?",
    "I am calling from Milan, which number should I dial?",
    "Ringing from the UK - number?",
    "From abroad, what number do I ring?",
])
def test_the_callers_whereabouts_leave_a_question_asking_only_how_to_reach_us(question: str) -> None:
    """Where the caller is ("Calling from Milan") says which way of dialling they need, not a topic the articles
    should cover: the published line in international format answers the question."""
    trace = build_trace("rf-7b", question, [_DESK], "From abroad, call +44 20 7946 0000.")
    assert _codes(trace) == []


@pytest.mark.parametrize("question", [
    "Calling from Milan, can I bring my bicycle as checked baggage?",  # a topic beside the caller's place
    "I'm calling from work, can I bring my bicycle as checked baggage?",  # no place name: the topic stays
])
def test_a_topic_beside_the_callers_whereabouts_still_needs_the_articles(question: str) -> None:
    """Control: a question that asks about something beside where the caller is, answered only with the line."""
    trace = build_trace("rf-7c", question, [_DESK], "Call +44 20 7946 0000.")
    assert _codes(trace) == ["RETRIEVAL_MISMATCH"]


def test_the_same_contacts_to_an_off_topic_question_still_hand_over() -> None:
    """Control: the same contacts given to a question the articles miss are a hand-over: a mismatch."""
    trace = build_trace("rf-8", "Can I bring my bicycle as checked baggage?", [_DESK],
                        "Call +44 20 7946 0000 or e-mail desk@skyport.example.")
    assert _codes(trace) == ["RETRIEVAL_MISMATCH"]


def test_a_clarifying_question_in_the_articles_words_is_no_decline() -> None:
    """'Are you a Gold member, and is it Terminal 2?' asks a detail the articles turn on: no mismatch."""
    trace = build_trace("rf-9", "How much will it cost me to bring my friend along?", [_DESK],
                        "Are you a Gold member, and is your friend flying from Terminal 2 with you?")
    assert _codes(trace) == []


def test_a_closing_offer_to_connect_is_still_a_decline() -> None:
    """Control: a decline ending 'Would you like me to put you through?' asks nothing in the articles' words."""
    trace = build_trace("rf-10", "How much will it cost me to bring my friend along?", [_DESK],
                        "I could not find this in our help articles. Would you like me to put you through?")
    assert _codes(trace) == ["RETRIEVAL_MISMATCH"]


_PARTNER = Document(id="kb-9", score=0.61,
                    content="Gold members may use the lounge in Terminal 2 from 05:00 to 21:00. Guests pay EUR 39. "
                            "Partner hotel in Porto: +351 22 123 4567.")


def test_the_asked_for_contact_an_article_publishes_answers_the_question() -> None:
    """'Do you have a phone number for the Portuguese hotel?' answered with the number an article publishes: the
    article speaks to the question, though their words differ ("Portuguese", "Porto"); no mismatch."""
    trace = build_trace("rf-11", "Do you have a phone number for the Portuguese hotel?", [_PARTNER],
                        "Yes: our partner in Porto is on +351 22 123 4567.")
    assert _codes(trace) == []


def test_a_contact_only_the_system_prompt_gives_is_still_a_hand_over() -> None:
    """Control: the same question answered with the bot's fallback line, which no article holds, is a hand-over
    from articles that miss the question: a mismatch."""
    trace = build_trace("rf-12", "Do you have a phone number for the Portuguese hotel?", [_PARTNER],
                        "I could not find this in our help articles. Please ring +44 20 7946 0999.")
    llm = next(s for s in trace.spans if s.kind == "llm")
    system = next(m for m in llm.messages if m.role == "system")
    system.content = f"{system.content}\nOur help line is +44 20 7946 0999."
    assert _codes(trace) == ["RETRIEVAL_MISMATCH"]


def test_an_answer_that_only_says_what_the_articles_lack_declines() -> None:
    """'They describe the Gold members' lounge, but nothing about bicycles' is the bot's verdict on off-topic
    articles, though the claim reader keeps it and it names the question's topic: a mismatch."""
    trace = build_trace("rf-13", "Can I bring my bicycle as checked baggage?", [_LOUNGE],
                        "I could not find this in our help articles. They describe the Gold members' lounge, "
                        "but nothing about bicycles.")
    assert _codes(trace) == ["RETRIEVAL_MISMATCH"]


def test_a_statement_about_the_domain_or_with_a_figure_is_no_description_of_the_articles() -> None:
    """Control: "they" that may be a product, a figure beside the denial, or a fact with the description beside
    an on-topic question: no decline read."""
    from llmops_kit.declines import describes_missing

    assert describes_missing("Our help articles cover the lounge, not the gates")
    assert not describes_missing("They cover accidental damage, not theft")
    assert not describes_missing("The articles say refunds take 5 days, not 10")
    trace = build_trace("rf-14", "Can my guest use the Gold lounge in Terminal 2?", [_LOUNGE],
                        "Yes, guests pay EUR 39 [kb-7]. The articles don't mention children.")
    assert _codes(trace) == []


def test_a_refusal_on_the_bots_remit_says_nothing_about_retrieval() -> None:
    """'I can't give medical advice' to a dosing question: the bot would refuse whatever the articles held, so
    the off-topic article beside it is no mismatch."""
    trace = build_trace("rf-15", "Can I take two of my sleeping tablets before the flight?", [_LOUNGE],
                        "I can't give medical advice. Please ask a pharmacist before you fly.")
    assert _codes(trace) == []


def test_a_refusal_that_names_nothing_is_still_a_decline() -> None:
    """Control: 'I can't advise on that' names no kind of request; beside an off-topic article it still declines."""
    from llmops_kit.declines import refuses_on_remit

    trace = build_trace("rf-16", "Can I take two of my sleeping tablets before the flight?", [_LOUNGE],
                        "I'm afraid I can't advise on that. Please ask a pharmacist before you fly.")
    assert _codes(trace) == ["RETRIEVAL_MISMATCH"]
    assert refuses_on_remit("Sorry, I'm not allowed to share other passengers' seat numbers.")
    assert not refuses_on_remit("I can't recommend it, and I could not find this in our help articles.")


def test_an_answer_stating_nothing_outweighs_common_words_when_a_question_word_is_missing() -> None:
    """'Does the Gold lounge have showers?' shares 'Gold' and 'lounge' with the article (coverage over its bar), but
    the article lacks 'showers' and the answer states nothing: the model's reading decides, a mismatch naming the
    missing word."""
    trace = build_trace("rf-17", "Does the Gold lounge have showers?", [_LOUNGE],
                        "I could not find this in our help articles, sorry.")
    [finding] = detect_retrieval(trace, CONTRACT)
    assert finding.code == "RETRIEVAL_MISMATCH" and "the articles lack 'shower'" in finding.explanation
    assert ">= 34%" in finding.explanation


def test_a_refusal_of_a_question_the_articles_hold_word_for_word_is_no_mismatch() -> None:
    """Control: every word of the question held (its own figure aside) and a wrong refusal, or a missing word and
    an answer that states something: the words still call the article on-topic (the refusal is the model's error,
    the statement HALLUCINATION's to judge)."""
    refused = build_trace("rf-18", "Can 2 Gold members use the lounge?", [_LOUNGE],
                          "I could not find this in our help articles, sorry.")
    stated = build_trace("rf-19", "Does the Gold lounge have showers?", [_LOUNGE],
                         "Gold members may use the lounge in Terminal 2 from 05:00 to 21:00 [kb-7].")
    assert _codes(refused) == [] and _codes(stated) == []


def test_a_refusal_to_act_from_the_chat_says_nothing_about_retrieval() -> None:
    """'I'm not able to make bookings in this chat' to 'Can you book me a lane for 7am tomorrow?': the bot names the
    channel as what it lacks, so the mid-band articles beside it are no mismatch, with or without the customer's
    own details in the message (the read sets' refusals to act all carried some)."""
    from llmops_kit.declines import refuses_to_act

    booked = build_trace("rf-24", "Can you book me a lane for 7am tomorrow?", [_LOST, _POOL],
                         "I'm not able to make bookings in this chat. Reception can book you in at the desk.")
    records = build_trace("rf-25", "Has my last direct debit gone through?", [_LOST, _POOL],
                          "I can't see payment records here, sorry; the desk can check it for you.")
    assert _codes(booked) == [] and _codes(records) == []
    assert refuses_to_act("We can't take payments in chat.") and refuses_to_act("I can't send texts from here.")


def test_a_refusal_to_act_beside_finding_nothing_or_a_decline_worded_alike_is_still_a_mismatch() -> None:
    """Controls: an answer that also says it found nothing, 'I can't find that here' (the articles lacking it) and
    'I can't see anything about that here' (nothing named to act on) still decline beside articles that miss the
    question."""
    from llmops_kit.declines import refuses_to_act

    question = "Can you book me onto the aqua-aerobics class for over-60s?"
    both = build_trace("rf-26", question, [_LOST, _POOL],
                       "I could not find this in our help articles, and I can't make bookings in this chat.")
    found = build_trace("rf-27", question, [_LOST, _POOL], "Sorry, I can't find that here.")
    assert _codes(both) == ["RETRIEVAL_MISMATCH"] and _codes(found) == ["RETRIEVAL_MISMATCH"]
    assert not refuses_to_act("I can't see anything about that here.")
    assert not refuses_to_act("I can't help with that here.")


_PRICE_TABLE = Document(id="pl-2", score=0.61,
                        content="| service | price |\n|---|---|\n| Gutter clearing, terraced house | £60 |\n"
                                "| Gutter clearing, detached house | £95 |\n| Moss removal, per roof slope | £40 |")


def test_an_article_laid_out_as_a_table_is_read_in_its_rows_words() -> None:
    """A price list written as a markdown table holds its rows' words: 'Is it a terraced or a detached house?' asks
    back in them (no decline), and 'gutter clearing' covers a question about it (the sentence splitter leaves
    tables out, which left such an article with no words at all)."""
    from llmops_kit.retrieval_fit import question_coverage

    asked_back = build_trace("rf-28", "What do you charge to sort out blocked guttering?", [_PRICE_TABLE],
                             "Is it a terraced or a detached house? Let me know and I can give you the price.")
    assert _codes(asked_back) == []
    assert question_coverage("How much is gutter clearing?", [_PRICE_TABLE]) == 1.0


def test_a_table_article_still_misses_a_question_its_rows_do_not_hold() -> None:
    """Controls: beside the same table a decline ending in an offer to connect, and a decline of a question the rows
    do not hold ('solar panels'), are still RETRIEVAL_MISMATCH."""
    offered = build_trace("rf-29", "What do you charge to sort out blocked guttering?", [_PRICE_TABLE],
                          "I could not find this in our help articles. Would you like me to put you through?")
    declined = build_trace("rf-30", "Do you clean solar panels?", [_PRICE_TABLE],
                           "I could not find this in our help articles, sorry.")
    assert _codes(offered) == ["RETRIEVAL_MISMATCH"] and _codes(declined) == ["RETRIEVAL_MISMATCH"]


def test_an_answer_that_only_talks_or_asks_back_is_no_decline() -> None:
    """'Hello! How can I help you today?' to a greeting, 'Happy to help - how old is your child?' to 'Can I bring my
    little one along?': no claim, but no decline either (no denial, no pointer elsewhere), so the mid-band articles
    beside it are no mismatch, though the question back uses none of their words."""
    hello = build_trace("rf-31", "Hi there!", [_LOST, _POOL], "Hello! How can I help you today?")
    child = build_trace("rf-32", "Can I bring my little one along?", [_LOST, _POOL],
                        "Happy to help - how old is your child?")
    day = build_trace("rf-32b", "Can I bring my little one along?", [_LOST, _POOL],
                      "No problem - which day were you thinking of coming?")
    assert _codes(hello) == [] and _codes(child) == [] and _codes(day) == []


def test_a_decline_in_words_without_a_refusal_phrase_is_still_a_decline() -> None:
    """Controls: a denial in other words than the contract's refusal phrases ('I'm not sure about that'), a pointer
    elsewhere ('Please ask at reception.') and a decline closing with a question still decline beside articles that
    miss the question."""
    question = "Can I bring my little one along?"
    unsure = build_trace("rf-33", question, [_LOST, _POOL], "I'm not sure about that, sorry. Anything else?")
    pointed = build_trace("rf-34", question, [_LOST, _POOL], "Please ask at reception.")
    closing = build_trace("rf-35", question, [_LOST, _POOL], "Nothing I have covers that. Shall I put you through?")
    assert _codes(unsure) == _codes(pointed) == _codes(closing) == ["RETRIEVAL_MISMATCH"]


_PROOFS = Document(id="pr-4", score=0.6,
                   content="Every order gets a free digital proof within one working day, sent from "
                           "proofs@inkwell.example. A printed hard proof costs £12.")


def test_a_contact_beside_a_fact_in_spelled_numbers_is_no_hand_over() -> None:
    """'proofs@... sends it, within one working day' states a figure beside the contact, in words: an answer, not
    only a pointer elsewhere, so the question whose words the article lacks is no mismatch."""
    from llmops_kit.grounding import ClaimSupport
    from llmops_kit.retrieval_fit import _hands_over

    trace = build_trace("rf-36", "Who sends me the artwork to check over?", [_PROOFS],
                        "It comes from proofs@inkwell.example, within one working day.")
    assert _codes(trace) == []
    for claim in ("It comes from proofs@inkwell.example within one working day",
                  "It comes from proofs@inkwell.example within two working days"):
        assert not _hands_over(ClaimSupport(claim=claim, verdict="supported", source="document pr-4"))


def test_a_contact_alone_or_with_one_of_the_team_is_still_a_hand_over() -> None:
    """Controls: the contact alone, or 'one of the team' beside it (no figure), to the same question is a hand-over
    from articles that miss it: a mismatch."""
    from llmops_kit.grounding import ClaimSupport
    from llmops_kit.retrieval_fit import _hands_over

    trace = build_trace("rf-37", "Who sends me the artwork to check over?", [_PROOFS],
                        "I don't know. proofs@inkwell.example may be able to help.")
    assert _codes(trace) == ["RETRIEVAL_MISMATCH"]
    assert _hands_over(ClaimSupport(claim="One of the team at proofs@inkwell.example can help",
                                    verdict="supported", source="document pr-4"))


def test_one_part_answered_from_the_articles_and_another_declined_is_no_mismatch() -> None:
    """'Do I need anything on my head in the water, and can I get a towel there?' answered from the swim-cap rule
    and 'I don't know about towels': the refusal declines one part, the claims answer the other; no mismatch,
    though no word of the question is the article's."""
    from llmops_kit.retrieval_fit import asks_several

    question = "Do I need anything on my head in the water, and can I get a towel there?"
    trace = build_trace("rf-38", question, [_POOL_CAPS, _LOST],
                        "Yes, a swim cap if your hair is longer than shoulder length. I don't know about towels - "
                        "please ask at reception.")
    assert _codes(trace) == []
    assert asks_several(question) and asks_several("How early can I swim? Also, is there a sauna?")


def test_a_question_of_one_part_or_a_decline_of_every_part_is_still_a_mismatch() -> None:
    """Controls: 'Can I pay by card or cash?' and 'Can I cancel and get a refund?' ask one thing; a message of two
    questions declined whole, and one question refused beside a restatement, are still RETRIEVAL_MISMATCH."""
    from llmops_kit.retrieval_fit import asks_several

    assert not asks_several("Can I pay by card or cash?") and not asks_several("Can I cancel and get a refund?")
    both = build_trace("rf-39", "Do you run aqua-aerobics for over-60s, and is there a creche?", [_POOL_CAPS, _LOST],
                       "I could not find this in our help articles, sorry.")
    one = build_trace("rf-40", "Do you run aqua-aerobics for over-60s?", [_POOL_CAPS, _LOST],
                      "I don't know. Lockers take a £1 coin, returned when you open the locker.")
    assert _codes(both) == ["RETRIEVAL_MISMATCH"] and _codes(one) == ["RETRIEVAL_MISMATCH"]


_LOUNGE_DESK = Document(id="kb-8", score=0.6,
                        content="Gold members may use the lounge in Terminal 2 from 05:00 to 21:00. Guests pay EUR 39. "
                                "The lounge desk is on 015394 88 217 or lounge@skyway.example.")


@pytest.mark.parametrize("contact", ["lounge@skyway.example", "015394 88 217"])
def test_an_answer_stating_only_where_to_ask_outweighs_common_words_too(contact: str) -> None:
    """'I could not find this. You can reach the lounge desk on ...' states nothing but where to ask instead: like
    an answer stating nothing, it outweighs the words 'Gold' and 'lounge' the question shares with an article that
    lacks 'showers'. A national number with a six-digit area code ('015394 88 217') is a contact like any other."""
    trace = build_trace("rf-45", "Does the Gold lounge have showers?", [_LOUNGE_DESK],
                        f"I could not find this in our help articles. You can reach the lounge desk on {contact}.")
    [finding] = detect_retrieval(trace, CONTRACT)
    assert finding.code == "RETRIEVAL_MISMATCH" and "the articles lack 'shower'" in finding.explanation


def test_the_contact_asked_for_or_a_statement_beside_it_is_no_mismatch() -> None:
    """Controls: to a question that names a way of reaching someone ('Who do I email ...?') the contact is the
    answer, even one only the system prompt gives; an answer that states a fact beside the contact is
    HALLUCINATION's to judge; a number with a figure after it ('before 9am') is no bare hand-over."""
    from llmops_kit.retrieval_fit import _hands_over, names_contact

    asked = build_trace("rf-46", "Who do I email about Gold lounge showers?", [_LOUNGE],
                        "You can reach the lounge desk at lounge@skyway.example.")
    llm = next(s for s in asked.spans if s.kind == "llm")
    system = next(m for m in llm.messages if m.role == "system")
    system.content = f"{system.content}\nThe lounge desk is lounge@skyway.example."  # no article holds it
    stated = build_trace("rf-47", "Does the Gold lounge have showers?", [_LOUNGE_DESK],
                         "Gold members may use the lounge from 05:00 to 21:00; the desk is on 015394 88 217.")
    assert _codes(asked) == [] and _codes(stated) == []
    assert names_contact("Calling from Gothenburg, which number?") and not names_contact("Can I get a refund?")
    assert _hands_over(ClaimSupport(claim="Please ring 015394 88 217", verdict="supported", source="document kb-8"))
    assert not _hands_over(ClaimSupport(claim="Please ring 015394 88 217 before 9am", verdict="supported",
                                        source="document kb-8"))


_CLUES = "Every group gets two free clues per game, given over the radio."


def _quiz(runner_up: float) -> list[Document]:
    """A clue article the retriever scored 0.64, an opening-hours article at ``runner_up`` and a lockers one at 0.2."""
    return [Document(id="qz-1", score=0.64, content=_CLUES),
            Document(id="qz-2", score=runner_up,
                     content="Games run daily from 10:00 and the last one starts at 21:00."),
            Document(id="qz-3", score=0.2, content="Lockers by the entrance are free to use.")]


def test_an_answer_restating_the_article_the_retriever_set_apart_is_no_mismatch() -> None:
    """'What if we're totally lost?' answered from the clue article the retriever scored 0.31 above the next: the
    question shares no word with it, but the retriever matched it where the others did not, so the answer is a
    paraphrase of the on-point article. With the gap bar out of reach the same trace reads as a restatement."""
    trace = build_trace("rf-48", "What if we're totally lost?", _quiz(0.33), _CLUES)
    assert _codes(trace) == []
    assert _codes(trace, _retrieval(standout_gap=1.0)) == ["RETRIEVAL_MISMATCH"]


def test_close_scores_another_article_or_finding_nothing_still_restate_off_topic_articles() -> None:
    """Controls: a runner-up within the gap (0.60 beside 0.64), an answer restating an article other than the one set
    apart, or one that first says it found nothing, are still a mismatch."""
    close = build_trace("rf-49", "What if we're totally lost?", _quiz(0.6), _CLUES)
    other = build_trace("rf-50", "What if we're totally lost?", _quiz(0.33),
                        "Games run daily from 10:00 and the last one starts at 21:00.")
    nothing = build_trace("rf-51", "What if we're totally lost?", _quiz(0.33),
                          f"I could not find this in our help articles. {_CLUES}")
    assert _codes(close) == _codes(other) == _codes(nothing) == ["RETRIEVAL_MISMATCH"]


_GARDEN = [Document(id="gr-3", score=0.66, content="Tap water is on from 1 April to 1 October. Hoses must be attended "
                                                   "at all times; sprinklers are not permitted."),
           Document(id="gr-2", score=0.58, content="The gates are open daily from 07.00 to 21.00 in summer. A key "
                                                   "to the main gate carries a deposit of EUR 25.")]
_SECRETARIAT = ("If the rules do not answer a question, say so and refer people to the secretariat: 030 799 4410 "
                "(+31 30 799 4410 from abroad), Tuesday and Thursday 19.00-21.00, or desk@gardens.example.")


def _published(trace_id: str, question: str, answer: str, contact: str = _SECRETARIAT) -> Trace:
    """A garden society's request whose system prompt publishes the secretariat's line with its hours."""
    trace = build_trace(trace_id, question, _GARDEN, answer)
    llm = next(s for s in trace.spans if s.kind == "llm")
    system = next(m for m in llm.messages if m.role == "system")
    system.content = f"{system.content}\n{contact}"
    return trace


def test_a_hand_over_with_the_published_lines_hours_or_national_number_declines() -> None:
    """'I have no information on that. Please contact the secretariat on 030 799 4410 (Tuesday and Thursday
    19.00-21.00)' to an off-topic question: the hours are the line's, as the system prompt publishes them beside it,
    not a fact of the articles, so the answer only says where to ask instead. The same for the national number
    written beside the international one ('030 799 4410 (+31 30 799 4410 from abroad)')."""
    hours = _published("rf-52", "When is paper waste collected in Lunetten?",
                       "I have no information on that. Please contact the secretariat on 030 799 4410 (Tuesday and "
                       "Thursday 19.00-21.00) or at desk@gardens.example.")
    national = _published("rf-53", "Which bakeries nearby sell rye bread?",
                          "I'm afraid I don't know. The secretariat will help: 030 799 4410 (+31 30 799 4410 from "
                          "abroad), Tuesday and Thursday.", _SECRETARIAT.replace("030 799 4410 (", "030 7994 410 ("))
    assert _codes(hours) == ["RETRIEVAL_MISMATCH"]
    assert _codes(national) == ["RETRIEVAL_MISMATCH"]


def test_hours_the_line_does_not_publish_or_a_rule_time_stay_figures() -> None:
    """Controls: hours the published line does not carry ('18.00-21.00'), a time that is a rule ('before 10.00'), a
    figure written in the contact's sentence ('within 2 working days') and a contact no text publishes are left in
    the claim, which then states a figure beside the contact: no bare hand-over."""
    from llmops_kit.contact_details import without_contact_details
    from llmops_kit.retrieval_fit import _hands_over

    published = (_SECRETARIAT, "Call 030 799 4410 before 10.00 and a proof arrives within 2 working days.")
    for claim in ("Please contact the secretariat on 030 799 4410 (Tuesday and Thursday 18.00-21.00)",
                  "Please call 030 799 4410 before 10.00",
                  "Call 030 799 4410: a proof arrives within 2 working days"):
        verdict = ClaimSupport(claim=claim, verdict="supported", source="the evidence (a published contact)")
        assert not _hands_over(verdict, published), claim
    unpublished = "Please call 020 7946 0815 (Tuesday and Thursday 19.00-21.00)"
    assert without_contact_details(unpublished, published) == unpublished
    kept = ClaimSupport(claim="Please contact the secretariat on 030 799 4410 (Tuesday and Thursday 19.00-21.00)",
                        verdict="supported", source="the evidence (a published contact)")
    assert _hands_over(kept, published) and not _hands_over(kept)


def test_a_fact_beside_the_published_line_or_an_on_topic_answer_is_read_as_before() -> None:
    """Controls both ways: an answer stating a real fact from an off-topic article beside the line and its hours
    still reads as a miss; an on-topic article answered with a fact and the line is no miss; to a question naming a
    way of reaching someone ('Which number do I ring from Munich?') the line and its hours are the answer."""
    off_fact = _published("rf-54", "Which bakeries nearby sell rye bread?",
                          "I have no information on that. The secretariat is on 030 799 4410 (Tuesday and Thursday "
                          "19.00-21.00). A key to the main gate carries a deposit of EUR 25.")
    on_topic = _published("rf-55", "When is the tap water turned on?",
                          "Tap water is on from 1 April to 1 October. The secretariat on 030 799 4410 (Tuesday and "
                          "Thursday 19.00-21.00) can tell you more.")
    asked = _published("rf-56", "Which number do I ring from Munich?",
                       "From Germany, ring +31 30 799 4410; the secretariat answers Tuesday and Thursday 19.00-21.00.")
    assert _codes(off_fact) == ["RETRIEVAL_MISMATCH"]
    assert _codes(on_topic) == [] and _codes(asked) == []


def test_a_question_giving_the_customers_postcode_is_no_mismatch() -> None:
    """'I live in 2088, is that close?' declined ('I can't judge distance from a postcode'): the postcode is the
    customer's detail, like a card or a booking reference, which no article is expected to hold; declining it says
    nothing about the articles. The same for a postcode beside a place ('We're staying in Darfield 7510, ...')."""
    declined = build_trace("rf-57", "I live in 2088, is that close?", _GARDEN,
                           "I can't judge distance from a postcode, sorry. Please ask the secretariat.")
    staying = build_trace("rf-58", "We're staying in Darfield 7510, can we borrow a wheelbarrow?", _GARDEN,
                          "I have no information on that. Please ask the secretariat.")
    assert _codes(declined) == [] and _codes(staying) == []


def test_a_postcode_sentence_apart_a_year_or_no_postcode_still_reads_the_question() -> None:
    """Controls: a sentence that only gives the postcode beside another that asks is left out of the question, which
    is still read (an off-topic question declined is a mismatch); the same question without the postcode is one too;
    a year, a room or a table number is no postcode; a code an article holds is no customer's detail."""
    from llmops_kit.customer_place import postcodes
    from llmops_kit.retrieval_fit import asks_about_own_place

    apart = build_trace("rf-59", "I live in 2088. Which bakeries nearby sell rye bread?", _GARDEN,
                        "I have no information on that. Please ask the secretariat.")
    bare = build_trace("rf-60", "Which bakeries nearby sell rye bread?", _GARDEN,
                       "I have no information on that. Please ask the secretariat.")
    assert _codes(apart) == _codes(bare) == ["RETRIEVAL_MISMATCH"]
    for text in ("We're in 2026 and want to book", "I stay in room 2041", "We were there in 2019",
                 "What's your postcode for the satnav?"):
        assert postcodes(text) == [], text
    held = [Document(id="gr-9", score=0.6, content="We deliver compost to postcode 2088 only.")]
    assert not asks_about_own_place("I live in 2088, is that close?", held)
    assert asks_about_own_place("I live in 2088, is that close?", _GARDEN)


def test_a_code_asked_about_by_distance_or_under_the_postal_mark_is_the_customers_place() -> None:
    """A postcode asked about by its distance ('Is 8044 near enough ...?', 'How far is 3072 ...?') or written under
    the Japanese postal mark ('〒650-0011') is the customer's place, like 'I live in 2088': declining it says nothing
    about the articles, so no retrieval verdict."""
    from llmops_kit.customer_place import postcodes

    near = build_trace("rf-61", "Is 8044 near enough for you to drop off seedlings?", _GARDEN,
                       "I can't tell distances from a postcode, sorry. Please ask the secretariat.")
    far = build_trace("rf-62", "How far is 3072 from the allotments?", _GARDEN,
                      "I have no information on that. Please ask the secretariat.")
    marked = build_trace("rf-63", "Do you deliver seed catalogues to 〒650-0011?", _GARDEN,
                         "I have no information on catalogues. Please ask the secretariat.")
    assert _codes(near) == [] and _codes(far) == [] and _codes(marked) == []
    assert postcodes("Is 05753-1234 close to the yard?") == ["05753-1234"]
    assert postcodes("We live in 650-0011 Kobe") == ["650-0011"]


def test_distance_and_mark_controls_still_read_the_question() -> None:
    """Controls both ways: the same off-topic questions without a code are still a mismatch, and so is one beside a
    sentence that only gives the code; a year asked about in time ('too far ahead'), a two-digit number, a code not
    asked about and a code an article holds are no customer's place; an on-topic answer stays healthy."""
    from llmops_kit.customer_place import postcodes
    from llmops_kit.retrieval_fit import asks_about_own_place

    declined = "I have no information on that. Please ask the secretariat."
    for i, question in enumerate(("Do you drop off seedlings?", "Do you deliver seed catalogues?",
                                  "〒650-0011. Which bakeries nearby sell rye bread?",
                                  "Is 8044 close? Which bakeries nearby sell rye bread?")):
        assert _codes(build_trace(f"rf-64-{i}", question, _GARDEN, declined)) == ["RETRIEVAL_MISMATCH"], question
    for text in ("Is 2026 too far ahead to book?", "Is 2027 far off?", "Is 12 close to the gate?",
                 "Plot 4410 is near the gate", "Is 8044 the code for the shed?", "Call 542-0076 about it"):
        assert postcodes(text) == [], text
    held = [Document(id="gr-10", score=0.6, content="Seedlings are dropped off within 8044 and 8045 only.")]
    assert not asks_about_own_place("Is 8044 near enough for you to drop off seedlings?", held)
    on_topic = build_trace("rf-65", "Is 8044 close enough to use the tap water in April?", _GARDEN,
                           "Tap water is on from 1 April to 1 October.")
    assert _codes(on_topic) == []


def test_a_place_code_named_by_its_register_is_the_customers_place() -> None:
    """'My building's Makani number is 2534579810 - do you drop off seedlings there?' declined: a building's code in
    an address register (Dubai's Makani) is the customer's place like a postcode, so declining it says nothing about
    the articles; nor is it read as a phone number. Controls: the question without the code is still a mismatch; a
    register named with no code, a count or an area after it is no place."""
    from llmops_kit.customer_place import postcodes

    declined = "I can't place a Makani number, sorry. Please ask the secretariat."
    coded = build_trace("rf-66", "My building's Makani number is 2534579810 - do you drop off seedlings there?",
                        _GARDEN, declined)
    cadastral = build_trace("rf-67", "Cadastral no. 253 457 9810: do you drop off seedlings there?", _GARDEN,
                            "I have no information on that. Please ask the secretariat.")
    bare = build_trace("rf-68", "Do you drop off seedlings at my building?", _GARDEN,
                       "I have no information on that. Please ask the secretariat.")
    assert _codes(coded) == [] and _codes(cadastral) == []
    assert _codes(bare) == ["RETRIEVAL_MISMATCH"]
    assert postcodes("Makani: 25345 79810") == ["25345 79810"]
    for text in ("Makani numbers have ten digits", "The cadastral map covers 2 plots",
                 "Plot 4410 is near the gate", "The plot is 2000 sq m"):
        assert postcodes(text) == [], text


def test_a_lodging_at_a_code_or_a_code_pointed_back_to_is_the_customers_place() -> None:
    """The customer's lodging said to be at a code ('Our apartment is at 85330 Kotor', 'Our hotel is at 874-0045'),
    a British code given where the customer stays ('Staying at TR8 5xx'), and a code given in a sentence of its own
    that the question points back to ('Our hotel's postcode is M5500. Is that far?') are the customer's place:
    declining them says nothing about the articles, so no retrieval verdict."""
    from llmops_kit.customer_place import postcodes

    declined = "I can't tell the distance from a postcode, sorry. Please ask the secretariat."
    for i, question in enumerate(("Our apartment is at 85330 Kotor, do you collect from there?",
                                  "Our hotel is at 874-0045, is that close to you?",
                                  "Staying at TR8 5xx - how far is it to you?",
                                  "Our hotel's postcode is M5500. Is that far?")):
        assert _codes(build_trace(f"rf-66-{i}", question, _GARDEN, declined)) == [], question
    assert postcodes("Staying at EH1 2NG for the week") == ["EH1 2NG"]


def test_lodging_and_pointing_controls_still_read_the_question() -> None:
    """Controls: a code sentence beside a question that does not point back to it leaves the question read (an
    off-topic question declined is a mismatch); a lodging 'in' a year, at a named place or a house number with no
    code, is no postcode."""
    from llmops_kit.customer_place import postcodes

    declined = "I have no information on that. Please ask the secretariat."
    apart = build_trace("rf-67", "Our hotel's postcode is M5500. Which bakeries nearby sell rye bread?", _GARDEN,
                        declined)
    assert _codes(apart) == ["RETRIEVAL_MISMATCH"]
    for text in ("Our house is in 2026 condition", "Our hotel is at the top of the hill", "My flat is at number 12",
                 "Our hotel is near the station, is that far?"):
        assert postcodes(text) == [], text
