"""The answer-quality score every part of the toolkit uses (diagnosis, replay comparison, quality proxy).

An answer is judged against the context the model was given, never against a logged score or flag.

How the default :class:`HeuristicScorer` works (offline, no key, no download):

1. **Claims.** The answer is split into sentences and list items, markdown understood (headings,
   tables and code are layout, not claims; :mod:`llmops_kit.text`). Citations of any common style
   ([kb-012], [1], [doc-2]) are stripped, and the contract's banned and refusal phrases cut out;
   questions, offers, apologies and fragments with fewer than ``min_claim_words`` content words and no
   number, name or identifier are conversation, not claims.
2. **Groundedness** against everything the model was given: retrieved documents, successful tool
   results, the system prompt, and the user's message (for the numbers, ids and dates the user stated).
   :mod:`llmops_kit.grounding` checks each claim's hard facts exactly (numbers in digits or words,
   amounts, dates, identifiers, names: one absent or contradicted makes the claim unsupported), then
   its wording: stem coverage of at least ``quality.lexical_support``, else offline sentence-embedding
   similarity of at least ``quality.semantic_support`` to one evidence passage. Every verdict names its
   evidence sentence (``QualityReport.support``). ``groundedness = supported claims / claims`` (1.0
   when the answer makes no factual claim).
3. **Rules** from the contract's ``quality`` section, each a *violation*:
   banned phrase(s) present (one violation however many); citations required by the instructions but
   missing on a claim, or citing a document that was not retrieved; a refusal expected because the
   context does not cover the question but the answer answers anyway; a refusal although the context
   does cover the question.
4. **Score** ``= groundedness x (1 - violation_penalty) ** violations``, so it stays in [0, 1], a fully
   grounded answer with one rule broken (0.65 by default) falls below the contract's ``answer_floor``,
   and every further broken rule costs more.

Not evaluable (``score=None``, ``evaluable=False``, with the reason) when no answer or no documents
were recorded. :class:`llmops_kit.judge.LLMJudgeScorer` asks a model instead, through the ``openai`` SDK;
it is never the default and needs a client the caller builds (only when a key is present).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from .asked_requests import contradicted_request, dropped_requests
from .charge_comparisons import COMPARISON_SOURCE, compared_by_charges
from .contract import Contract, QualityRules, load_contract
from .decline_claims import DECLINE_SOURCE, declines_sources
from .foreign_evidence import JUDGED_AGAIN, in_other_language, written_in_english_facts
from .grounding import ClaimSupport, Evidence, EvidenceSource, judge_claims, judge_table_rows, render_tool_output
from .header_cells import judge_header_cells
from .info_declines import declines_information
from .labelled_cells import judge_labelled_cells
from .labelled_figures import judge_labelled_items
from .labelled_polarity import judge_labelled_polarity
from .listed_totals import judge_listed_totals
from .permitted_sides import PERMITTED_SOURCE, permitted_side
from .question_frames import QUESTION_FRAME_SOURCE, frames_question
from .record_sentences import record_sentence
from .required_items import unnamed_requirement
from .text import content_stems, normalise_quotes, phrases_in, read_answer, split_sentences
from .text.currency_marks import (
    MoneyStyles,
    as_marks,
    currencies_of,
    dot_decimals,
    locale_money_in,
    money_marks_in,
    one_money_style,
    style_facts,
)
from .text.rand_amounts import rand_amount_in, rand_as_code, rand_in_sums, writes_rand
from .text.source_nouns import document_sources, trace_source_nouns
from .text.split import figure_headings, table_rows
from .textcache import text_cache
from .traces import Document, Trace
from .verdict_memo import VerdictMemo
from .worded_rows import judge_worded_rows

__all__ = [
    "HeuristicScorer",
    "QualityReport",
    "Scorer",
    "context_covers_query",
    "evidence_sources",
    "instructions_require_citations",
    "is_refusal",
    "score_answer",
    "score_trace",
    "split_sentences",
    "trace_context",
    "trace_earlier_answers",
    "trace_history",
    "trace_instructions",
]


class QualityReport(BaseModel):
    """The verdict on one answer: score, groundedness, which sentences were unsupported and why."""

    model_config = ConfigDict(frozen=True)

    score: float | None = Field(default=None, ge=0.0, le=1.0)
    groundedness: float | None = Field(default=None, ge=0.0, le=1.0)
    unsupported_sentences: list[str] = Field(default_factory=list)
    #: per claim: supported, contradicted, absent or unsupported, and the evidence sentence behind the verdict
    support: list[ClaimSupport] = Field(default_factory=list)
    violations: list[str] = Field(default_factory=list)
    evaluable: bool = True
    reason: str = ""
    claims: int = 0
    scorer: str = "heuristic"

    def passes(self, floor: float) -> bool:
        """True when evaluable and at or above ``floor`` (e.g. the contract's answer_floor)."""
        return self.score is not None and self.score >= floor


@runtime_checkable
class Scorer(Protocol):
    """Anything that can judge an answer against its context."""

    def score(
        self,
        answer: str | None,
        documents: Sequence[Document] | None,
        *,
        query: str | None = None,
        instructions: str | None = None,
    ) -> QualityReport: ...


# ---- text helpers -------------------------------------------------------------------------------

_CITE_HINT_RE = re.compile(r"\bcit(?:e|es|ed|ing|ation|ations)\b", re.IGNORECASE)


def is_refusal(text: str | None, contract: Contract | None = None) -> bool:
    """True when the text contains one of the contract's refusal phrases."""
    if not text:
        return False
    rules = (contract or load_contract()).quality
    return bool(phrases_in(text, rules.refusal_phrases))


def instructions_require_citations(instructions: str | None, rules: QualityRules) -> bool:
    """The instructions ask for citations: they say "cite"/"citation" or show an example of the pattern."""
    if not instructions:
        return False
    return _asks_for_citations(instructions, rules.citation_pattern)


@text_cache(maxsize=1024)
def _asks_for_citations(instructions: str, citation_pattern: str) -> bool:
    """Cached: a system prompt is the same for many requests."""
    return bool(_CITE_HINT_RE.search(instructions) or re.search(citation_pattern, instructions))


def context_covers_query(query: str | None, documents: Sequence[Document], min_coverage: float = 0.5) -> bool | None:
    """Does some document cover at least ``min_coverage`` of the question's content words? None if unknown."""
    if not query:
        return None
    wanted = content_stems(query)
    if not wanted:
        return None
    best = max((len(wanted & content_stems(d.content or "")) / len(wanted) for d in documents), default=0.0)
    return best >= min_coverage


def retrieved_articles(documents: Sequence[Document]) -> list[Document]:
    """The retrieved articles without the tool results: a lookup's field names and the ids it echoes
    ("order", "email", the order number) share words with any question about an order, so word overlap
    cannot tell whether a tool result answers the question, and a refusal is only faulted against articles."""
    return [d for d in documents if not d.id.startswith("tool:")]


def evidence_sources(
    documents: Sequence[Document], *, query: str | None = None, instructions: str | None = None,
    history: str | None = None,
    earlier_answers: str | None = None,
) -> list[EvidenceSource]:
    """Everything the model saw, labelled: documents, tool results, the user's message (and earlier turns),
    the assistant's earlier answers, the system prompt."""
    sources = []
    for doc in documents:
        if doc.content and not doc.content.isspace():
            tool = doc.id.startswith("tool:")
            label = f"tool {doc.id[5:]}" if tool else f"document {doc.id}"
            sources.append(EvidenceSource(label, doc.content, prose=not tool))
    titles = _new_titles(documents)
    if titles:  # what the model read above each article: "Delay Repay" may be named only in a title
        sources.append(EvidenceSource("document titles", titles))
    if query:
        sources.append(EvidenceSource("user message", query, user=True))
    if history:  # "my order total is $620" two turns ago vouches for $620 as the current message would
        sources.append(EvidenceSource("earlier user messages", history, user=True, earlier=True))
    if earlier_answers:  # "a solo portrait is 189 $" a turn ago: the follow-up may work from that figure
        sources.append(EvidenceSource("earlier answers", earlier_answers, user=True, earlier=True))
    if instructions:
        sources.append(EvidenceSource("system prompt", instructions))
    return sources


def _new_titles(documents: Sequence[Document]) -> str:
    """The titles of the articles that name a word their text does not (one per line): most titles repeat
    their article's words, and a title that adds none adds no evidence."""
    return "\n".join(d.title for d in documents if d.title and d.content and not d.id.startswith("tool:")
                     and not content_stems(d.title) <= content_stems(d.content))


# ---- the default scorer -------------------------------------------------------------------------


def missing_evidence(answer: str | None, documents: Sequence[Document] | None) -> str | None:
    """Why an answer cannot be judged (no answer, no documents, documents without text), or None.

    Every scorer starts with this, so "not evaluable" means the same thing whoever judges.
    """
    if answer is None or not answer.strip():
        return "no answer text was recorded, so there is nothing to judge"
    if documents is None:
        return "no retrieved documents were recorded, so groundedness cannot be judged"
    if documents and all(not (d.content or "").strip() for d in documents):
        return f"{len(documents)} documents were recorded without their text, so groundedness cannot be judged"
    return None


class HeuristicScorer:
    """Offline groundedness + rules scorer; see the module docstring for how it decides."""

    name = "heuristic"

    def __init__(
        self,
        contract: Contract | None = None,
        *,
        min_coverage: float | None = None,
        semantic_support: float | None = None,
        min_claim_words: int = 3,
        violation_penalty: float = 0.35,
        query_coverage: float = 0.5,
    ) -> None:
        self.contract = contract or load_contract()
        rules = self.contract.quality
        min_coverage = rules.lexical_support if min_coverage is None else min_coverage
        semantic_support = rules.semantic_support if semantic_support is None else semantic_support
        if not 0 < min_coverage <= 1 or not 0 <= violation_penalty < 1:
            raise ValueError(
                f"min_coverage must be in (0, 1] and violation_penalty in [0, 1); "
                f"got {min_coverage} and {violation_penalty}."
            )
        self.min_coverage = min_coverage
        self.semantic_support = semantic_support
        self.min_claim_words = min_claim_words
        self.violation_penalty = violation_penalty
        self.query_coverage = query_coverage

    @staticmethod
    def _settled_after_decision(support: list[ClaimSupport], evidence: Evidence, nouns: Sequence[str],
                                answer: str) -> list[ClaimSupport]:
        """The verdicts with the claims the claim decision left unsupported that a later reading settles, each
        reading in turn on the claims still unsupported: a decline naming the texts (it states nothing), a record's
        field said as a sentence, the permitted side of a stated restriction, a comparison the stated charges or the
        answer's held sums bear out, the framing of a clarifying question. Each gives the source (and the evidence
        sentence, when it has one) the claim is supported by."""
        readings: tuple[Callable[[str, list[str]], tuple[str, str | None] | None], ...] = (
            lambda claim, held: ((DECLINE_SOURCE, None) if declines_sources(claim, evidence, nouns)
                                 or declines_information(claim, evidence) else None),
            lambda claim, held: record_sentence(claim, evidence),
            lambda claim, held: (PERMITTED_SOURCE, None) if permitted_side(claim, evidence) else None,
            lambda claim, held: (COMPARISON_SOURCE, None) if compared_by_charges(claim, evidence, held) else None,
            lambda claim, held: ((QUESTION_FRAME_SOURCE, None)
                                 if "?" in answer and frames_question(claim, evidence, True) else None),
        )
        for reading in readings:
            if all(v.supported for v in support):
                break
            held = [v.claim for v in support if v.supported]
            support = [v.model_copy(update={"verdict": "supported", "source": found[0], "evidence": found[1],
                                            "missing": (), "similarity": None})
                       if not v.supported and (found := reading(v.claim, held)) is not None else v for v in support]
        return support

    def _in_rand(self, support: list[ClaimSupport], texts: Sequence[str], rows: Sequence[str],
                 sources: Sequence[EvidenceSource], citation_pattern: str) -> list[ClaimSupport]:
        """The verdicts with each claim that writes an ``R``-amount judged again in rand ("R4 200" as "zar
        4200", :mod:`llmops_kit.text.rand_amounts`), against the evidence written the same way: the trace
        writes its money in rand, so "R4" and "200" are no code and no second figure."""
        evidence = Evidence([replace(s, text=rand_as_code(s.text)) for s in sources], citation_pattern)
        again = judge_claims([rand_as_code(t) for t in texts], evidence, lexical_support=self.min_coverage,
                             semantic_support=self.semantic_support, table_rows=[rand_as_code(r) for r in rows])
        return [again[n].model_copy(update={"claim": text}) if rand_amount_in(text) else verdict
                for n, (text, verdict) in enumerate(zip(texts, support, strict=True))]

    @staticmethod
    def _money_styles(sources: Sequence[EvidenceSource]) -> MoneyStyles:
        """The currencies and amounts the evidence the model was given writes (not an earlier turn's answer)."""
        return MoneyStyles(s.text for s in sources if not s.earlier)

    @staticmethod
    def _marked(sources: Sequence[EvidenceSource], citation_pattern: str,
                styles: MoneyStyles) -> tuple[Callable[[str], str], Evidence]:
        """How to write a text with one mark per currency (:mod:`llmops_kit.text.currency_marks`), read off the
        evidence the model was given, and that evidence so written: each amount in any locale's style first in one
        style (:func:`~llmops_kit.text.currency_marks.one_money_style`, by ``styles``, empty with that reading off),
        then each code as the evidence's mark."""
        given = [s.text for s in sources if not s.earlier]
        currencies, dotted = currencies_of(given), not dot_decimals(given)

        def mark(text: str) -> str:
            return as_marks(one_money_style(text, styles), currencies, dotted=dotted)
        return mark, Evidence([replace(s, text=mark(s.text)) for s in sources], citation_pattern)

    def _in_marks(self, support: list[ClaimSupport], texts: Sequence[str], rows: Sequence[str],
                  sources: Sequence[EvidenceSource], citation_pattern: str) -> list[ClaimSupport]:
        """The verdicts with each unsupported claim that writes money with an ISO code or dot thousands
        ("ISK 24,900", "kr. 150.000") judged again with one mark per currency and its thousands joined
        (:mod:`llmops_kit.text.currency_marks`), against the evidence written the same way: "ISK" is the
        evidence's "kr.", no name, and "150.000" is 150000. So is a claim writing money in any locale's style whose
        missing facts are all its money's style (:func:`_missed_for_style`), when it is then supported (its first
        verdict names what it wrote, "rm", not the one style's "MYR"). A supported claim keeps its verdict."""
        styles = self._money_styles(sources)
        judged = [not verdict.supported and (money_marks_in(text) or _missed_for_style(verdict, styles))
                  for text, verdict in zip(texts, support, strict=True)]
        if not any(judged):
            return support
        mark, evidence = self._marked(sources, citation_pattern, styles)
        again = judge_claims([mark(t) for t in texts], evidence, lexical_support=self.min_coverage,
                             semantic_support=self.semantic_support, table_rows=[mark(r) for r in rows])
        return [again[n].model_copy(update={"claim": text})
                if judged[n] and (again[n].supported or money_marks_in(text)) else verdict
                for n, (text, verdict) in enumerate(zip(texts, support, strict=True))]

    def _in_other_language(self, support: list[ClaimSupport], texts: Sequence[str], rows: Sequence[str],
                           sources: Sequence[EvidenceSource], citation_pattern: str) -> list[ClaimSupport]:
        """The verdicts with each claim :data:`~llmops_kit.foreign_evidence.JUDGED_AGAIN` judged again by its hard
        facts alone, against documents in another language with their dates, day counts and hours written the
        English way (:mod:`llmops_kit.foreign_evidence`): the words of an English claim cannot be compared with
        them. A supported or contradicted claim keeps its verdict."""
        evidence = Evidence(written_in_english_facts(sources), citation_pattern)
        again = judge_claims(texts, evidence, lexical_support=self.min_coverage, semantic_support=self.semantic_support,
                             table_rows=rows, hard_facts_only=True)
        return [again[n] if verdict.verdict in JUDGED_AGAIN else verdict for n, verdict in enumerate(support)]

    def _rows_in_marks(self, wrong: list[ClaimSupport], texts: Sequence[str], rows: Sequence[str],
                       sources: Sequence[EvidenceSource], citation_pattern: str) -> list[ClaimSupport]:
        """The wrong table rows less those that write money with an ISO code or dot thousands and whose figures
        the evidence holds once both are written with one mark per currency ("| Small | ISK 18,900 |")."""
        mark, evidence = self._marked(sources, citation_pattern, self._money_styles(sources))
        still = {v.claim for v in judge_table_rows([mark(r) for r in rows], [mark(t) for t in texts], evidence)}
        return [v for v in wrong if not money_marks_in(v.claim) or mark(v.claim) in still]

    def score(
        self,
        answer: str | None,
        documents: Sequence[Document] | None,
        *,
        query: str | None = None,
        instructions: str | None = None,
        history: str | None = None,
        earlier_answers: str | None = None,
    ) -> QualityReport:
        missing = missing_evidence(answer, documents)
        if missing is not None or answer is None or documents is None:
            return QualityReport(evaluable=False, reason=missing or "", scorer=self.name)
        rules = self.contract.quality
        answer = normalise_quotes(answer)
        nouns = trace_source_nouns(instructions, document_sources(d.metadata for d in documents))
        reading = read_answer(answer, rules.citation_pattern, tuple(rules.banned_phrases),
                              tuple(rules.refusal_phrases), self.min_claim_words, nouns)
        refusal, claims = reading.refusal, len(reading.claims)
        cite_required = instructions_require_citations(instructions, rules)
        uncited = sum(not cites for _, _, cites in reading.claims) if cite_required else 0
        support: list[ClaimSupport] = []
        rows = table_rows(answer) + figure_headings(answer)  # layout whose figures are facts
        asks = dropped_requests(answer, frozenset(sentence for sentence, _, _ in reading.claims))
        if claims or rows or asks:
            sources = evidence_sources(documents, query=query, instructions=instructions, history=history,
                                       earlier_answers=earlier_answers)
            evidence = Evidence(sources, rules.citation_pattern, answer=answer)
            texts = [claim for _, claim, _ in reading.claims]
            support = judge_claims(texts, evidence, lexical_support=self.min_coverage,
                                   semantic_support=self.semantic_support, table_rows=rows) if claims else []
            if any(rand_amount_in(t) for t in texts) and (writes_rand(s.text for s in sources if not s.earlier)
                                                          or rand_in_sums(texts)):
                support = self._in_rand(support, texts, rows, sources, rules.citation_pattern)
            if any(not v.supported and (money_marks_in(t) or (v.missing and locale_money_in(t)))
                   for t, v in zip(texts, support, strict=False)):
                support = self._in_marks(support, texts, rows, sources, rules.citation_pattern)
            if any(v.verdict in JUDGED_AGAIN for v in support) and in_other_language(sources, texts):
                support = self._in_other_language(support, texts, rows, sources, rules.citation_pattern)
            support = self._settled_after_decision(support, evidence, nouns, answer)
            wrong_rows = judge_table_rows(rows, texts, evidence)
            if any(money_marks_in(v.claim) for v in wrong_rows):
                wrong_rows = self._rows_in_marks(wrong_rows, texts, rows, sources, rules.citation_pattern)
            wrong_rows += judge_labelled_items(answer, evidence, {v.claim for v in wrong_rows})
            wrong_rows += judge_labelled_polarity(answer, evidence) if not wrong_rows else []
            wrong_rows += judge_labelled_cells(answer, evidence) if not wrong_rows else []
            wrong_rows += judge_listed_totals(answer, evidence) if not wrong_rows else []
            wrong_rows += judge_worded_rows(answer, evidence) if not wrong_rows else []
            wrong_rows += (judge_header_cells(answer, evidence, texts, lexical_support=self.min_coverage,
                                              semantic_support=self.semantic_support) if not wrong_rows else [])
            wrong_rows += _contradicted_requests(asks, evidence)
            support += wrong_rows
            claims += len(wrong_rows)
        unsupported = [sentence for (sentence, _, _), verdict in zip(reading.claims, support, strict=False)
                       if not verdict.supported] + [v.claim for v in support[len(reading.claims):]]
        groundedness = 1.0 if claims == 0 else (claims - len(unsupported)) / claims

        banned = reading.banned
        violations = [f"banned phrase(s): {', '.join(repr(p) for p in banned)}"] if banned else []
        if cite_required:
            if uncited:
                violations.append(f"citations required by the instructions but missing on {uncited} of {claims} claims")
            known = {d.id.lower() for d in documents}
            invented = sorted({c for c in reading.cited if c not in known})
            if invented:
                violations.append(f"cites documents that were not retrieved: {', '.join(invented)}")
        covered = context_covers_query(query, documents, self.query_coverage)
        if covered is False and not refusal and claims:
            violations.append("the retrieved context does not cover the question, yet the answer did not refuse")
        if refusal and claims == 0 and context_covers_query(query, retrieved_articles(documents), self.query_coverage):
            violations.append("refused although the retrieved context covers the question")

        score = groundedness * (1 - self.violation_penalty) ** len(violations)
        reason = (
            f"{claims - len(unsupported)} of {claims} claims supported by the context; "
            f"{len(violations)} rule violation(s)"
            if claims
            else f"no factual claims{' (a refusal)' if refusal else ''}; {len(violations)} rule violation(s)"
        )
        return QualityReport(
            score=round(score, 4),
            groundedness=round(groundedness, 4),
            unsupported_sentences=unsupported,
            support=support,
            violations=violations,
            evaluable=True,
            reason=reason,
            claims=claims,
            scorer=self.name,
        )


def _missed_for_style(verdict: ClaimSupport, styles: MoneyStyles) -> bool:
    """Is every fact the first judgement found missing from the claim one its money's style alone explains
    (:func:`~llmops_kit.text.currency_marks.style_facts`: "1" and "950" of "CZK 1'950.00", the name "dkr")? Only
    then is a claim that writes money in a locale's style judged again in one style."""
    return bool(verdict.missing) and locale_money_in(verdict.claim) and \
        set(verdict.missing) <= style_facts(verdict.claim, styles)


def _contradicted_requests(asks: list[str], evidence: Evidence) -> list[ClaimSupport]:
    """A *contradicted* verdict per "Please ..." sentence the claim splitter dropped that asks for the customer's own
    of a thing a text supplies, or a thing a text bans (:mod:`llmops_kit.asked_requests`); an *invented* one per such
    sentence requiring a thing no text names (:mod:`llmops_kit.required_items`)."""
    out = []
    for sentence in asks:
        found = contradicted_request(sentence, evidence)
        if found is not None:
            out.append(ClaimSupport(claim=sentence, verdict="contradicted", source=found[0], evidence=found[1],
                                    missing=(found[2],)))
            continue
        required = unnamed_requirement(sentence, evidence)
        if required is not None:  # "Please bring proof of a microchip registration" where no text names one
            out.append(ClaimSupport(claim=sentence, verdict="invented", missing=required[1]))
    return out


# ---- entry points -------------------------------------------------------------------------------


#: Default-scorer verdicts by (contract, answer, context, query, instructions). The heuristic is a pure
#: function of those, and one request is often judged several times (diagnosis, metrics, bulk replay).
#: Bounded by the characters the keys hold (each entry keeps its request's texts alive), about 4,000
#: course-sized requests; a request with a huge context takes the room of many. The recent verdicts are
#: kept as objects, older ones as JSON (:mod:`llmops_kit.verdict_memo`).
_MEMO_BUDGET = 16_000_000
_memo: VerdictMemo[QualityReport] = VerdictMemo(QualityReport, _MEMO_BUDGET)
_default_scorers: dict[int, tuple[Contract, HeuristicScorer]] = {}


def _default_scorer(contract: Contract) -> HeuristicScorer:
    pinned = _default_scorers.get(id(contract))
    if pinned is None or pinned[0] is not contract:
        pinned = (contract, HeuristicScorer(contract))
        _default_scorers[id(contract)] = pinned  # the tuple keeps the contract alive, so its id stays unique
    return pinned[1]


def score_answer(
    answer: str | None,
    documents: Sequence[Document] | None,
    *,
    query: str | None = None,
    instructions: str | None = None,
    history: str | None = None,
    earlier_answers: str | None = None,
    contract: Contract | None = None,
    scorer: Scorer | None = None,
) -> QualityReport:
    """Score an answer against the documents it was grounded on (default: the offline heuristic).

    The default scorer's verdicts are memoised on their inputs (bounded), so judging the same request
    twice costs one scoring; a scorer passed in is always called.
    """
    if scorer is not None:
        return scorer.score(answer, documents, query=query, instructions=instructions)
    contract = contract or load_contract()
    docs_key = None if documents is None else tuple((d.id, d.content, d.title) for d in documents)
    # the documents' ``metadata.source`` names the texts a decline may name (:mod:`.text.source_nouns`)
    sources = None if documents is None else document_sources(d.metadata for d in documents)
    key = (id(contract), answer, docs_key, sources, query, instructions, history, earlier_answers)
    cached = _memo.get(key)
    if cached is not None:
        return cached
    report = _default_scorer(contract).score(answer, documents, query=query, instructions=instructions,
                                             history=history, earlier_answers=earlier_answers)
    size = 1 + len(answer or "") + len(query or "") + len(instructions or "") + len(history or "")
    size += len(earlier_answers or "")
    size += sum(len(content or "") for _, content, _ in docs_key or ())
    _memo.put(key, size, report)
    return report


def trace_instructions(trace: Trace) -> str | None:
    """The system prompt the answering model received, if the trace recorded its messages."""
    span = trace.llm_span
    if span is None or not span.messages:
        return None
    system = [m.content for m in span.messages if m.role in ("system", "developer") and m.content]
    return "\n".join(system) or None


def trace_history(trace: Trace) -> str | None:
    """The user's earlier turns the answering model received (every user message before the last one): the
    customer stated their order total or seat count there, and the answer may use it. The assistant's own
    earlier turns are read apart (:func:`trace_earlier_answers`)."""
    span = trace.llm_span
    if span is None or not span.messages:
        return None
    users = [m.content for m in span.messages if m.role == "user" and m.content]
    return "\n".join(users[:-1]) or None


def trace_earlier_answers(trace: Trace) -> str | None:
    """The assistant's own turns before the last user message, as the answering model received them: a
    follow-up ("and the deposit on that?") works from the price the previous answer gave. They vouch for the
    figures, codes and dates they state, like the user's earlier turns, never for a statement or a name."""
    span = trace.llm_span
    if span is None or not span.messages:
        return None
    last = max((n for n, m in enumerate(span.messages) if m.role == "user"), default=0)
    answers = [m.content for m in span.messages[:last] if m.role == "assistant" and m.content]
    return "\n".join(answers) or None


def trace_context(trace: Trace) -> list[Document] | None:
    """What the model was given as facts: retrieved documents plus successful tool results.

    None when the trace has no retriever span (nothing recorded to judge against).
    """
    docs = trace.documents
    if docs is None:
        return None
    extra: Iterable[Document] = (
        Document(id=f"tool:{span.attributes.get('tool.name') or span.name}", content=render_tool_output(span.output))
        for span in trace.tool_spans
        if not span.failed and span.output not in (None, "", {}, [])
    )
    return [*docs, *extra]


def score_trace(trace: Trace, contract: Contract | None = None, *, scorer: Scorer | None = None) -> QualityReport:
    """Score the answer a trace recorded against the context the trace recorded."""
    return score_answer(
        trace.answer,
        trace_context(trace),
        query=trace.query,
        instructions=trace_instructions(trace),
        history=trace_history(trace),
        earlier_answers=trace_earlier_answers(trace),
        contract=contract,
        scorer=scorer,
    )
