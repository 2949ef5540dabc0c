"""Groundedness against all the evidence: paraphrases, tool results, markdown, number words, citations, thresholds."""

from __future__ import annotations

import json
import socket
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_hallucination
from llmops_kit.grounding import ClaimSupport, Evidence, EvidenceSource, judge_claims, render_tool_output
from llmops_kit.quality import HeuristicScorer, score_answer, score_trace
from llmops_kit.text import embed as embed_module
from llmops_kit.traces import Document, Message, PromptRef, Span, Trace

DEV = Path(__file__).parent / "data" / "grounding_dev"
CASES = {case["id"]: case for case in json.loads((DEV / "cases.json").read_text("utf-8"))}
LABELS = json.loads((DEV / "labels.json").read_text("utf-8"))
TENT = [Document(id="kb-201", content=CASES["camp-paraphrase"]["documents"][0]["content"])]
DISPUTE = [Document(id="doc-1", content=CASES["bank-number-words"]["documents"][0]["content"])]


def _documents(case: dict) -> list[Document]:
    docs = [Document(id=d["id"], content=d["content"]) for d in case["documents"]]
    tools = case.get("tools", [])
    return docs + [Document(id=f"tool:{t['name']}", content=render_tool_output(t["output"])) for t in tools]


#: What the ground7 refit of the claim decision gave up on these fixtures (docs/benchmarks.md, ground7 round); empty
#: since the imp42 round: "Bring a photo ID" against "Trade-ins need a photo ID" is read as the rule it restates
#: (:mod:`llmops_kit.held_imperatives`), before the decision. Strict: a case listed here that passes is noticed.
_GIVEN_UP: dict[str, str] = {}


@pytest.mark.parametrize("case_id", [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=_GIVEN_UP[c]))
                                     if c in _GIVEN_UP else c for c in sorted(CASES)])
def test_dev_fixtures_are_judged_as_labelled(case_id: str) -> None:
    """Each dev case (several domains and answer styles) lands on its label at the contract's floor."""
    case = CASES[case_id]
    report = score_answer(case["answer"], _documents(case), query=case.get("query"), instructions=case.get("system"))
    verdict = "hallucinated" if report.groundedness < load_contract().quality.groundedness_floor else "grounded"
    assert verdict == LABELS[case_id], [v.describe() for v in report.support]


def test_close_paraphrase_of_an_article_is_supported() -> None:
    """"doesn't come with ... sold separately" against "is sold separately" keeps every fact: supported."""
    report = score_answer(CASES["camp-paraphrase"]["answer"], TENT, query="Ground sheet included?")
    assert report.groundedness == 1.0 and report.support[0].source == "document kb-201"


def test_number_words_that_change_the_number_are_contradicted_by_the_sentence() -> None:
    """"eighty days" against "30 days" is a contradiction naming the evidence sentence."""
    report = score_answer("You have eighty days from the statement date to dispute a charge.", DISPUTE)
    verdict = report.support[0]
    assert report.groundedness == 0.0 and verdict.verdict == "contradicted" and verdict.missing == ("80",)
    assert "30 days" in (verdict.evidence or "") and "contradicted by document doc-1" in verdict.describe()


def test_number_words_that_keep_the_number_are_supported() -> None:
    """"thirty days" and "10 business days" against "30 days" and "ten business days" are the same facts."""
    answer = "You can dispute a charge within thirty days of the statement date; reviews take 10 business days."
    assert score_answer(answer, DISPUTE).groundedness == 1.0


def test_doc_style_citations_do_not_zero_the_score_under_the_default_contract() -> None:
    """[doc-1] is a citation, not a number 1 absent from the evidence."""
    report = score_answer("Card charges can be disputed within 30 days of the statement date [doc-1].", DISPUTE)
    assert report.groundedness == 1.0


def test_markdown_headings_and_tables_are_not_claims_but_list_items_are() -> None:
    """A long markdown answer is judged on its list items and prose, never on "## 1." or a table row."""
    report = score_answer(CASES["library-markdown"]["answer"], _documents(CASES["library-markdown"]))
    claims = [v.claim for v in report.support]
    assert report.groundedness == 1.0 and len(claims) == 4
    assert not any(c.startswith(("#", "|", "Renewals")) for c in claims)


def test_invented_fact_in_a_list_item_is_unsupported() -> None:
    """A list item that changes the numbers is one unsupported claim among the list's claims."""
    report = score_answer(CASES["library-markdown-wrong"]["answer"], _documents(CASES["library-markdown-wrong"]))
    assert report.claims == 3 and report.groundedness == 0.0


T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


def _tool_trace(answer: str, tool_output: object) -> Trace:
    spans = [
        Span(span_id="root", name="chat", kind="chain", start_time=T0, end_time=T0 + timedelta(seconds=2),
             input={"query": "Where is my order A-7731?"}, output={"answer": answer}),
        Span(span_id="ret", parent_id="root", name="search", kind="retriever", start_time=T0,
             end_time=T0 + timedelta(milliseconds=100), documents=_documents(CASES["shop-tool-status"])[:1]),
        Span(span_id="tool", parent_id="root", name="order_lookup", kind="tool", start_time=T0,
             end_time=T0 + timedelta(milliseconds=200), output=tool_output),
        Span(span_id="llm", parent_id="root", name="llm", kind="llm", model="gpt-4o", start_time=T0,
             end_time=T0 + timedelta(seconds=2), prompt=PromptRef(name="shop", version="v1"),
             messages=[Message(role="system", content="Answer from the articles and tools.")], output=answer),
    ]
    return Trace(trace_id="t-tool", spans=spans)


def test_answer_grounded_in_a_tool_result_is_supported() -> None:
    """Order status, carrier and the ETA's weekday and month come from the order_lookup tool's output."""
    case = CASES["shop-tool-status"]
    report = score_trace(_tool_trace(case["answer"], case["tools"][0]["output"]))
    assert report.groundedness == 1.0 and report.support[0].source == "tool order_lookup"


def test_tool_result_contradicted_by_the_answer_fires_hallucination_with_evidence() -> None:
    """Another carrier than the tool returned fires HALLUCINATION, and the finding names the claim."""
    case = CASES["shop-tool-wrong-carrier"]
    findings = detect_hallucination(_tool_trace(case["answer"], case["tools"][0]["output"]), load_contract())
    assert [f.code for f in findings] == ["HALLUCINATION"]
    assert "fedex" in findings[0].explanation and "no evidence contains" in findings[0].explanation


def test_the_users_question_vouches_for_its_numbers_and_names_but_not_for_statements() -> None:
    """An order number the user gave is evidence; an option the user named ("Eastside or Riverside?")
    supports no statement."""
    ok = score_answer(CASES["user-name-order"]["answer"], _documents(CASES["user-name-order"]),
                      query=CASES["user-name-order"]["query"])
    trap = score_answer(CASES["question-option-trap"]["answer"], _documents(CASES["question-option-trap"]),
                        query=CASES["question-option-trap"]["query"])
    assert ok.groundedness == 1.0 and trap.groundedness == 0.0 and not trap.support[0].supported


def _similarity_of(claim: str, docs: list[Document]) -> float:
    evidence = Evidence([EvidenceSource(f"document {d.id}", d.content or "") for d in docs], r"\[kb-\d{3}\]")
    found = evidence.closest_passages([claim])[0]
    assert found is not None
    return found[2]


@pytest.mark.parametrize(("offset", "supported"), [(-0.2, True), (0.0, True), (0.2, False)])
def test_semantic_support_at_below_and_above_the_threshold(offset: float, supported: bool) -> None:
    """A claim decided by meaning whose words the evidence mostly holds is supported at or well above
    semantic_support, and not when the bar is set well above its similarity (llmops_kit.claim_decision weighs
    the margin with the held words, so the bar is no longer a sharp cut)."""
    claim = "Unused bikes can come back to us for 45 days."
    docs = [Document(id="kb-101", content="Bikes may be returned within 45 days of delivery if unridden.")]
    similarity = _similarity_of(claim, docs)
    scorer = HeuristicScorer(semantic_support=similarity + offset)
    report = scorer.score(claim, docs)
    assert report.support[0].similarity is not None and report.support[0].supported is supported


@pytest.mark.parametrize(("lexical", "decided_by_words"), [(0.7, True), (5 / 7, True), (0.72, False)])
def test_lexical_support_at_below_and_above_the_threshold(lexical: float, decided_by_words: bool) -> None:
    """5 of 7 content words in the evidence (two new: more than a one-word paraphrase) decide without
    embeddings exactly when lexical_support <= 5/7."""
    docs = [Document(id="kb-1", content="Returned tents are refunded to the original card.")]
    report = HeuristicScorer(min_coverage=lexical, semantic_support=0.99).score(
        "Returned tents get refunded quickly and politely to the original card.", docs)
    assert (report.support[0].similarity is None) is decided_by_words


def test_judge_claims_with_no_evidence_sentences_is_unsupported() -> None:
    """Empty evidence supports nothing (a bad input, not an error)."""
    verdicts = judge_claims(["Tents are refunded within 6 days."], Evidence([], r"\[x\]"),
                            lexical_support=0.9, semantic_support=0.6)
    assert [v.verdict for v in verdicts] == ["absent"]


def test_render_tool_output_turns_json_into_key_value_sentences() -> None:
    """Nested JSON (object, list, JSON text) becomes one 'key: value.' line per leaf; plain text stays."""
    assert render_tool_output({"order": {"id": "A-1", "items": [{"sku": "GS-220"}]}}) == (
        "order id: A-1.\norder items sku: GS-220.")
    assert render_tool_output('{"status": "shipped"}') == "status: shipped."
    assert render_tool_output("plain text") == "plain text" and render_tool_output(None) == ""


def test_embeddings_load_from_the_installed_wheel_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """WordLlama's packaged weights load with every socket refused: nothing is downloaded."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(embed_module, "_model", None)
    vectors = embed_module.embed(["Tents ship in two days.", "Tents ship in two days."])
    assert vectors.shape == (2, embed_module.DIMENSIONS) and abs(float(vectors[0] @ vectors[1]) - 1.0) < 1e-5



@pytest.mark.parametrize("word", ["refunds", "zqxbqa", "GS-220", "£20,", "días", "🙂ok", "<s>x", "a</s>", "<unk>"])
def test_a_word_is_tokenised_as_the_whole_tokenizer_pipeline_tokenises_it(word: str) -> None:
    """The direct BPE shortcut gives the ids ``encode`` gives, added tokens ("<s>") included."""
    _, tokenizer, _ = embed_module._load()
    assert embed_module._model_reads_words  # the packaged tokenizer has the plain pipeline the shortcut needs
    assert embed_module._tokenise(word, tokenizer) == tuple(tokenizer.encode(word, add_special_tokens=False).ids)

# ---- hard facts read whole, arithmetic, invented claims, non-claims (issue 16) ----------------------

EVALSET = Path(__file__).parent / "data" / "evalset"
ARTICLE = [Document(id="kb-1", content=(
    "A transfer can be recalled free of charge until 3 pm on its execution day; after that a recall costs €10. "
    "Call 0800 157 0420 (24 hours for emergencies). Add 5 GB for €5 or 20 GB for €10 in the app."))]


def _eval_trace(rel: str) -> Trace:
    from llmops_kit.io import load_trace_records

    return load_trace_records(EVALSET / rel)[0]


def test_times_of_day_are_compared_whole_not_as_loose_numbers() -> None:
    """"until 3 pm" matches "15:00"-style evidence; "until 6 pm" is absent although 6 appears elsewhere."""
    ok = score_answer("A recall is free until 3 pm on the execution day.", ARTICLE)
    bad = score_answer("A recall is free until 6 pm on the execution day, 6 days a week.", ARTICLE)
    assert ok.support[0].supported and bad.support[0].verdict in ("absent", "contradicted")
    assert "18:00" in bad.support[0].missing


def test_a_phone_number_in_another_layout_is_the_same_number() -> None:
    """"+44 800 157 0420" is the article's "0800 157 0420"; a changed digit is absent."""
    ok = score_answer("Call us free on +44 800 157 0420.", ARTICLE)
    bad = score_answer("Call us free on +44 800 157 0421.", ARTICLE)
    assert ok.support[0].supported and bad.support[0].verdict == "absent"


def test_an_amount_needs_its_unit_in_prose_evidence() -> None:
    """"€20" is not vouched for by "20 GB": an amount is a hard fact together with its currency."""
    report = score_answer("A recall after the cut-off costs €20.", ARTICLE)
    assert report.support[0].verdict == "absent" and "20 money" in report.support[0].missing


def test_arithmetic_between_numbers_the_answer_states_is_supported() -> None:
    """"Two 5 GB top-ups for €10" and "41.2 of 60 GB used, so 18.8 GB left" compute from stated numbers."""
    docs = [Document(id="kb-1", content="Add 5 GB for €5 or 20 GB for €10 in the app."),
            Document(id="tool:usage", content="data used gb: 41.2.\ndata allowance gb: 60.")]
    report = score_answer("Two 5 GB top-ups would cost €10. You've used 41.2 GB of your 60 GB, so 18.8 GB are left.",
                          docs)
    assert [v.verdict for v in report.support] == ["supported", "supported"]


def test_a_changed_figure_is_not_explained_away_by_arithmetic() -> None:
    """A lone wrong figure ("€15 recall") stays unsupported even though 5 + 10 = 15 in the evidence."""
    report = score_answer("After the cut-off a recall costs €15.", ARTICLE)
    assert not report.support[0].supported


def test_an_invented_promise_beside_true_claims_is_unsupported() -> None:
    """DEV eval trace: three supported sentences plus an invented storage-locker perk worded in new words. Since the
    ``novel44`` round the perk is unsupported, not fabricated: it lowers groundedness instead of firing alone."""
    trace = _eval_trace("native/library-043.json")
    report = score_trace(trace)
    perk = [v for v in report.support if not v.supported]
    assert len(perk) == 1 and perk[0].verdict == "unsupported" and perk[0].missing
    assert report.groundedness is not None and report.groundedness >= load_contract().quality.groundedness_floor


@pytest.mark.xfail(strict=True, reason="novel44: a fact-free invented promise beside true claims no longer fires "
                   "alone (the replays' trade: 27 fewer false alarms for 3 true positives, docs/benchmarks.md)")
def test_an_invented_promise_fires_hallucination_beside_true_claims() -> None:
    """DEV eval trace labelled HALLUCINATION for the invented storage-locker perk alone."""
    trace = _eval_trace("native/library-043.json")
    assert [f.code for f in detect_hallucination(trace, load_contract())] == ["HALLUCINATION"]


@pytest.mark.parametrize("rel", [
    "native/bank-014.json",  # paraphrase: "the free recall only works until 3 pm on the execution day"
    "native/telco-016.json",  # tool-grounded with arithmetic: 60 - 41.2 = 18.8
    "native/insurance-050.json",  # the customer's £250 plus the article's £150
    "langsmith/hospital-049.json",  # grounded in the system prompt
    "native/telco-002.json",  # markdown list with bold labels, a figure computed from the item above
    "native/library-037.json",  # [doc-N] citations, "DVD" against "DVDs"
    "native/games-001.json",  # a tool timed out: "a colleague can look it up for you" is an offer, not a claim
])
def test_healthy_eval_answers_are_fully_grounded(rel: str) -> None:
    """DEV eval traces labelled without HALLUCINATION: no finding, every claim supported."""
    trace = _eval_trace(rel)
    assert detect_hallucination(trace, load_contract()) == []
    assert all(v.supported for v in score_trace(trace).support)


def test_groundedness_threshold_at_below_and_above_on_an_eval_trace() -> None:
    """One DEV eval trace scored against floors just at, above and below its groundedness (no fabricated claim)."""
    from llmops_kit.contract import Contract

    trace = _eval_trace("native/library-010.json")
    report = score_trace(trace)
    assert report.groundedness is not None and not any(v.verdict in ("contradicted", "absent", "invented")
                                                       for v in report.support)
    base = load_contract()

    def fired(floor: float) -> bool:
        data = base.model_dump()
        data["quality"]["groundedness_floor"] = floor
        return bool(detect_hallucination(trace, Contract.model_validate(data)))

    assert not fired(report.groundedness) and fired(min(1.0, report.groundedness + 0.01))
    assert not fired(max(0.0, report.groundedness - 0.01))


def test_a_contact_detail_the_user_gave_is_an_echo_not_a_claim() -> None:
    """"I've noted +33 6 12 34 56 78 as your callback number" repeats the user's message (PII_LEAK judges it)."""
    report = score_answer("I've noted +33 6 12 34 56 78 as your callback number.", ARTICLE,
                          query="Please call me back on +33 6 12 34 56 78.")
    assert report.support[0].supported and report.support[0].source == "user message"


def test_an_answer_in_the_customers_language_is_judged_by_its_hard_facts() -> None:
    """A French sentence is not compared word by word with English evidence; its amounts still are."""
    ok = score_answer("Au-delà, la data coûte 10 € par recharge dans l'application mobile.", ARTICLE)
    bad = score_answer("Au-delà, la data coûte 30 € par recharge dans l'application mobile.", ARTICLE)
    assert ok.support[0].supported and not bad.support[0].supported


def test_empty_and_blank_evidence_is_not_evaluable() -> None:
    """Bad input: documents without text cannot ground anything, and the report says so."""
    report = score_answer("A recall is free until 3 pm.", [Document(id="kb-1", content="  ")])
    assert not report.evaluable and "without their text" in report.reason


def test_a_status_the_tool_did_not_return_is_contradicted() -> None:
    """DEV eval trace: "APT-55021 was cancelled" against the tool's "status: confirmed" fires HALLUCINATION."""
    trace = _eval_trace("native/hospital-004.json")
    verdict = score_trace(trace).support[0]
    assert verdict.verdict == "contradicted" and "status: confirmed" in (verdict.evidence or "")
    assert [f.code for f in detect_hallucination(trace, load_contract())] == ["HALLUCINATION"]


def test_a_denial_the_evidence_never_makes_is_unsupported() -> None:
    """"X is not involved in hotels" shares every word with "X is famous for its hotels", yet denies it."""
    docs = [Document(id="k", content="The Oberoi family is famous for its involvement in hotels.")]
    assert not score_answer("The Oberoi family is not involved in hotels.", docs).support[0].supported
    assert score_answer("The Oberoi family is involved in hotels.", docs).support[0].supported


def test_the_line_readings_are_called_through_this_module_in_their_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each reader of grounding's table of line readings is the module's attribute of its own name, looked up when
    called: patching it (as tests and the claim-decision fit do) changes what is read. Of two readings that find
    something, the earlier row decides the claim; with none, the claim goes on to the steps after the table."""
    from llmops_kit import grounding

    for reader, _ in grounding._LINE_READINGS:
        assert getattr(grounding, reader.__name__) is reader
    claim = "The day pass covers the pool and the sauna."

    def judged(closing: str) -> ClaimSupport:  # a new evidence text each time: no verdict is reused from a cache
        docs = [Document(id="kb-1", content=f"The day pass covers the pool and the sauna. {closing}")]
        return score_answer(claim, docs).support[0]

    assert judged("Towels are extra.").supported  # a faithful claim no reading finds
    monkeypatch.setattr(grounding, "covered_exclusion", lambda claim, evidence: ("document kb-1", "(not x)", "sauna"))
    monkeypatch.setattr(grounding, "unnamed_gratuity", lambda claim, evidence: (claim, ("towel",)))
    verdict = judged("Lockers are extra.")
    assert (verdict.verdict, verdict.source, verdict.missing) == ("contradicted", "document kb-1", ("sauna covered",))
    monkeypatch.setattr(grounding, "covered_exclusion", lambda claim, evidence: None)
    verdict = judged("Parking is extra.")
    assert (verdict.verdict, verdict.missing) == ("invented", ("towel",))
