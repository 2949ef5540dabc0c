"""An apologetic "no" whose reason a retrieved article holds answers the question: no RETRIEVAL_MISMATCH decline."""

from __future__ import annotations

import pytest

from llmops_kit.apology_reasons import answers_in_apology, apology_statements, denial_statements
from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_retrieval
from llmops_kit.grounding import ClaimSupport
from llmops_kit.testing import build_trace
from llmops_kit.traces import Document, Message

CONTRACT = load_contract()

_SHIPPING = Document(id="wn-4", score=0.63,
                     content="We ship within Argentina only. Orders of 6 bottles or more ship free to any province.")
_TOURS = Document(id="wn-1", score=0.58,
                  content="Cellar tours start at 10:00 and 15:00 daily and last 90 minutes. Children join free.")
_BATHS = Document(id="sp-2", score=0.66,
                  content="Our family baths are booked by the slot: 50 minutes for up to 4 people, 2,000 yen. "
                          "Slots cannot be extended.")
_TOWELS = Document(id="sp-1", score=0.31,
                   content="A towel set is 300 yen to rent at the front desk.")
_CLAY = Document(id="cl-3", score=0.64,
                 content="Unopened bags and tubs can be returned within 30 days. Opened clay cannot be returned.")
_GLAZES = Document(id="cl-1", score=0.55,
                   content="Glazes are sold in 500 ml jars. Mixed firing cones are kept at the counter.")

#: (question, articles, faithful apologetic answer)
FAITHFUL = [
    ("Do you ship to Chile?", [_SHIPPING, _TOURS], "I'm sorry, no: we ship within Argentina only."),
    ("Can we stay in the family bath for longer than one slot?", [_BATHS, _TOWELS],
     "I'm sorry, slots cannot be extended: each family bath slot is 50 minutes for up to 4 people."),
    ("I opened a bag and it's the wrong colour, can I return it?", [_CLAY, _GLAZES],
     "I'm sorry, opened clay can't be returned; only unopened bags and tubs within 30 days."),
]


def _codes(question: str, documents: list[Document], answer: str) -> list[str]:
    return [f.code for f in detect_retrieval(build_trace("ap-1", question, documents, answer), CONTRACT)]


@pytest.mark.parametrize(("question", "documents", "answer"), FAITHFUL)
def test_apology_with_a_held_reason_answers_the_question(question: str, documents: list[Document],
                                                         answer: str) -> None:
    """The same articles with an answer that found nothing are a mismatch (the band, the unheld word); the
    apologetic "no" whose reason an article holds, in the question's words, is an answer from them."""
    assert _codes(question, documents, "I could not find this in our help articles.") == ["RETRIEVAL_MISMATCH"]
    assert _codes(question, documents, answer) == []


@pytest.mark.parametrize(("question", "documents", "answer"), [
    # the reason comes from an article that misses the question: it meets none of its words
    ("Do you ship to Chile?", [_SHIPPING, _TOURS], "I'm sorry, no: cellar tours start at 10:00 and 15:00 daily."),
    # a changed figure: the reason is not held, so the answer still states nothing the articles support
    ("Can we stay in the family bath for longer than one slot?", [_BATHS, _TOWELS],
     "I'm sorry, slots cannot be extended: each family bath slot is 90 minutes for up to 6 people."),
    # no reason at all, and a reason about the sources only
    ("I opened a bag and it's the wrong colour, can I return it?", [_CLAY, _GLAZES],
     "I'm sorry, we can't help with that."),
    ("I opened a bag and it's the wrong colour, can I return it?", [_CLAY, _GLAZES],
     "I'm sorry, our help articles don't cover that."),
])
def test_apology_without_a_held_reason_on_the_question_stays_a_decline(question: str, documents: list[Document],
                                                                       answer: str) -> None:
    assert _codes(question, documents, answer) == ["RETRIEVAL_MISMATCH"]


def test_apology_statements_read_only_an_apology_followed_by_a_statement() -> None:
    assert apology_statements("I'm sorry, no: we ship within Argentina only.") == ("we ship within Argentina only.",)
    assert apology_statements("I am sorry - I'm afraid not; the spa closes at 9pm") == ("the spa closes at 9pm.",)
    assert apology_statements("I'm sorry to hear that. Refunds take 5 days.") == ()
    assert apology_statements("I'm sorry, but opened clay can't be returned.") == ()  # the claim reader's already
    assert apology_statements("Refunds take 5 days.") == ()


def _verdict(source: str, claim: str = "we ship within Argentina only",
             evidence: str = "We ship within Argentina only.") -> ClaimSupport:
    return ClaimSupport(claim=claim, verdict="supported", evidence=evidence, source=source)


def test_a_reason_held_only_by_the_system_prompt_or_nothing_does_not_count() -> None:
    assert answers_in_apology("Do you ship to Chile?", [_verdict("document wn-4")])
    assert not answers_in_apology("Do you ship to Chile?", [_verdict("system prompt")])
    assert not answers_in_apology("Do you ship to Chile?", [])
    assert not answers_in_apology("Do you ship to Chile?",
                                  [_verdict("document wn-4"), ClaimSupport(claim="we also ship to Peru",
                                                                           verdict="absent")])


_YARD = Document(id="yd-2", score=0.64,
                 content="Not accepted: sealed drums, propane cylinders, tyres, TVs and monitors. "
                         "Copper pipe is bought at $3.10/lb.")
_OPENING = Document(id="yd-1", score=0.52, content="The yard is open Monday to Saturday, 7 am to 4 pm.")
_POOL = Document(id="pl-4", score=0.61,
                 content="Inflatables are not allowed in the lap pool. Kickboards are provided at the desk.")
_LOCKERS = Document(id="pl-1", score=0.50, content="Lockers take a 1 euro coin, returned when you open them.")


@pytest.mark.parametrize(("question", "documents", "answer"), [
    ("Do you take old tyres with the rims on?", [_YARD, _OPENING], "No, tyres aren't accepted."),
    ("Do you take old tyres with the rims on?", [_YARD, _OPENING], "No - we don't accept tyres."),
    ("Can my son bring his inflatable crocodile into the lap pool?", [_POOL, _LOCKERS],
     "No, inflatables aren't allowed."),
])
def test_a_bare_no_with_a_held_short_statement_answers_the_question(question: str, documents: list[Document],
                                                                     answer: str) -> None:
    """A bare "No," whose statement is too short for the claim reader, held by an article and in the question's
    words, is an answer from the articles, not a decline."""
    assert _codes(question, documents, "I could not find this in our help articles.") == ["RETRIEVAL_MISMATCH"]
    assert _codes(question, documents, answer) == []


@pytest.mark.parametrize(("question", "documents", "answer"), [
    # a "no" about the sources, and a "no" with nothing after it
    ("Do you take old tyres with the rims on?", [_YARD, _OPENING], "No, sorry."),
    ("Do you take old tyres with the rims on?", [_YARD, _OPENING], "No, nothing on tyres."),
    # the statement is held, but by an article off the question
    ("Can my son bring his inflatable crocodile into the lap pool?", [_POOL, _LOCKERS], "No, kickboards are provided."),
])
def test_a_bare_no_without_a_held_statement_on_the_question_stays_a_decline(question: str,
                                                                            documents: list[Document],
                                                                            answer: str) -> None:
    assert _codes(question, documents, answer) == ["RETRIEVAL_MISMATCH"]


def test_denial_statements_read_only_a_bare_no_followed_by_a_statement() -> None:
    assert denial_statements("No, tyres aren't accepted.") == ("tyres aren't accepted.",)
    assert denial_statements("Nope - inflatables aren't allowed") == ("inflatables aren't allowed.",)
    assert denial_statements("No problem, see you then.") == ()
    assert denial_statements("No one can enter before 7 am.") == ()
    assert denial_statements("No, but the desk can check.") == ()
    assert denial_statements("Tyres aren't accepted.") == ()


# ---- articles the system prompt carries as well ----------------------------------------------------------------

_KAYAK = Document(id="nk-2", score=0.64, title="Night kayak: prices",
                  content="Our night kayak trip lasts 2 hours, in groups of up to 10. Adults pay $60; children aged 8 "
                          "to 14 pay $30. We don't take children under 8 on the night kayak: it is dark and very cold.")
_PHONES = Document(id="nk-faq-1", score=0.35, title="Can I bring a phone?",
                   content="Yes. A dry bag helps, and the guide can lend you one.")
_LANGUAGES = Document(id="nk-faq-2", score=0.22, title="Which languages?",
                      content="Every trip runs in English and Maori.")
_KAYAK_DOCS = [_KAYAK, _PHONES, _LANGUAGES]
_KAYAK_Q = "Can we bring our 5-year-old on the night kayak?"


def _inlined_codes(question: str, documents: list[Document], answer: str) -> list[str]:
    """RETRIEVAL_MISMATCH of a trace whose system prompt lists the retrieved articles too, as many bots' do."""
    trace = build_trace("ap-2", question, documents, answer)
    articles = "\n\n".join(f"[{d.id}] {d.title}\n{d.content}" for d in documents)
    assert trace.llm_span is not None
    trace.llm_span.messages = [
        Message(role="system", content="You are the assistant of Harbour Kayaks. Use only the notes you are given; "
                                       "when they do not answer, give our office 021 555 0199.\n\nHelp-centre "
                                       f"articles:\n{articles}"),
        Message(role="user", content=question)]
    return [f.code for f in detect_retrieval(trace, CONTRACT)]


@pytest.mark.parametrize("answer", [
    "I'm sorry, we don't take children under 8 on the night kayak, because it runs late and gets very cold.",
    "I'm sorry, we don't take children under 8 on the night kayak: it is dark and very cold.",
])
def test_a_reason_the_prompt_holds_as_an_article_copy_answers_the_question(answer: str) -> None:
    """The scorer names the prompt (it holds every article at once, so the paraphrase's "runs" and "gets" too); the
    prompt's line it names is the article's own sentence, so the article answered."""
    assert _inlined_codes(_KAYAK_Q, _KAYAK_DOCS, "I could not find this in our help articles.") == [
        "RETRIEVAL_MISMATCH"]
    assert _inlined_codes(_KAYAK_Q, _KAYAK_DOCS, answer) == []


def test_a_decline_with_the_articles_in_the_prompt_stays_a_decline() -> None:
    assert _inlined_codes(_KAYAK_Q, _KAYAK_DOCS, "I'm sorry, we don't have anything on toddlers.") == [
        "RETRIEVAL_MISMATCH"]


def test_a_prompt_line_counts_only_when_an_article_holds_it() -> None:
    """The prompt's copy of an article sentence, or of an article's title, is the article's; a line only the prompt
    has (its own rule) and a bare "Yes." are nobody's."""
    held = _verdict("system prompt", claim="we don't take children under 8 on the night kayak",
                    evidence="We don't take children under 8 on the night kayak: it is dark and very cold.")
    titled = _verdict("system prompt", claim="he can't join the night kayak yet", evidence="Night kayak: prices")
    own = _verdict("system prompt", claim="private night kayak groups book through the office",
                   evidence="Private night kayak groups book only through our office.")
    bare = _verdict("system prompt", claim="yes, the night kayak", evidence="Yes.")
    assert answers_in_apology(_KAYAK_Q, [held], _KAYAK_DOCS)
    assert answers_in_apology(_KAYAK_Q, [titled], _KAYAK_DOCS)
    assert not answers_in_apology(_KAYAK_Q, [held])  # no articles given: the prompt alone
    assert not answers_in_apology(_KAYAK_Q, [own], _KAYAK_DOCS)
    assert not answers_in_apology(_KAYAK_Q, [bare], _KAYAK_DOCS)
