"""An offline chat model: a small, documented behaviour model that answers from the messages it receives.

It stands in for a hosted model so replay runs with no key, no network and the same output every
time. It is *not* a lookup table: it never sees a trace id, a file name or a scenario name, only the
chat request (model, messages, temperature, max_tokens). What it does with them:

1. **Reads the request.** The question is the user message's section labelled ``...question:``;
   the context is every ``[id] title`` block (the layout :func:`llmops_kit.prompts.format_context`
   renders); without labels the whole user message is the question.
2. **Reads the instructions in the system prompt** (case-insensitive phrases):
   grounding ("only ... facts/articles/context"), an invitation to outside knowledge ("anything else
   you know", "general knowledge"), citations ("cite"), a refusal sentence (``reply "..."`` near "do not
   contain"), an offer of a human agent, a fixed opener (``begin your reply with: "..."``), a word
   limit ("under N words") and a request for long answers ("completely", "detailed").
3. **Builds the answer by extraction.** Context sentences are ranked by how many of the question's
   content words (:func:`llmops_kit.text.retrieval_terms`: Snowball stems, stop words out) they share; the best
   ``answer_sentences`` of the model profile (one more when asked for complete answers) are kept in
   document order, each cited ``[id]`` when citations are asked for. **Temperature** adds sampling
   variation to that ranking: each relevant sentence's score gets ``2 x temperature x u`` with ``u`` in [0, 1)
   hashed from the request (model, temperature, question, context), so temperature 0 is greedy and higher
   temperatures pick other relevant sentences, the same way on every run. If no single document shares at
   least ``answerable_overlap`` (50%) of the question's content words, the context "lacks the answer":
   the model refuses with the prompt's refusal sentence (or a plain "I don't have that information."
   when only grounding is asked), and without any grounding it answers from the weak sentences anyway
   and always adds an unsupported claim.
4. **Adds unsupported claims by fidelity.** An added claim is a generic support-bot promise with a figure the
   request states nowhere (:data:`GENERIC_CLAIMS`), as a model filling a gap invents one. Each profile has
   ``fidelity`` (how well it sticks to the context on its own) and ``adherence`` (how reliably it obeys a grounding
   instruction). The chance of one unsupported generic claim is ``1 - fidelity`` without grounding, ``(1 - fidelity)
   * (1 - adherence)`` with it, and certain when the prompt invites outside knowledge (a second claim then follows
   with chance ``1 - fidelity``). Temperature scales the chance by ``0.5 + temperature / 2``. The draw is a number
   in [0, 1) from a SHA-256 hash of the question and the context only, so comparing prompts, models or temperatures
   on one request differs only through these documented parameters (a claim that appears under a grounded prompt
   also appears without grounding, and with any lower-fidelity model).
5. **Times and prices itself.** Latency = ``ttft_ms + prefill_ms_per_1k * input_tokens / 1000 +
   output_tokens / tokens_per_s`` with a +/-8% hash-seeded jitter; tokens are an approximation (one token
   per 4 characters, plus 4 per message) because exact tokenizers download their vocabularies at run
   time. Prices are not here: replay takes them from the contract's ``model_prices``. The gpt-4o
   profile is set by hand near the course traces (time to first token 300 ms + 0.05 ms per input
   token, about 9 ms per output token); the smaller models are faster per token and write less.

An unknown model raises :class:`~llmops_kit.errors.UnknownModel` listing the profiled ones; a dated
snapshot (``gpt-4o-2024-08-06``) uses its family's profile. Fine-tuned ids must be profiled exactly.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import ReplayError, UnknownModel
from ..text import numbers_in, retrieval_terms, split_sentences

SIMULATOR_VERSION = "1.1"  # 1.1: an added claim states a figure the request lacks
SYSTEM_FINGERPRINT = f"llmops-simulator-{SIMULATOR_VERSION}"
CHARS_PER_TOKEN = 4
TOKENS_PER_MESSAGE = 4


@dataclass(frozen=True)
class ModelProfile:
    """How one simulated model behaves: speed, answer length and how faithful it is to its context."""

    name: str
    ttft_ms: float
    prefill_ms_per_1k: float
    tokens_per_s: float
    answer_sentences: int
    fidelity: float
    adherence: float
    description: str = ""
    #: where the numbers come from: "assumption: ..." or "fitted ..." (see :mod:`llmops_kit.replay.fit`)
    source: str = "assumption"


DEFAULT_PROFILES: dict[str, ModelProfile] = {
    p.name: p
    for p in (
        ModelProfile("gpt-4o", ttft_ms=300, prefill_ms_per_1k=50, tokens_per_s=110, answer_sentences=3,
                     fidelity=0.75, adherence=0.98, description="large general model: faithful, ~9 ms per token",
                     source="speed: set by hand near the course traces (replay.fit_profiles measures 98 tok/s "
                            "on them); fidelity, adherence: assumptions"),
        ModelProfile("gpt-4o-mini", ttft_ms=250, prefill_ms_per_1k=25, tokens_per_s=160, answer_sentences=2,
                     fidelity=0.6, adherence=0.95, description="small model: faster decode, shorter answers",
                     source="assumption (speed, answer length, fidelity, adherence); fit with replay.fit_profiles"),
        ModelProfile("ft:gpt-4o-mini-2024-07-18:acme-support:tone-v3", ttft_ms=280, prefill_ms_per_1k=25,
                     tokens_per_s=150, answer_sentences=3, fidelity=0.25, adherence=0.45,
                     description="tone fine-tune of gpt-4o-mini: grounding adherence eroded by fine-tuning",
                     source="assumption (speed, fidelity, adherence); fit with replay.fit_profiles"),
    )
}

#: Generic support-bot claims a model adds from "what it knows": specific, plausible and unsupported. Each states
#: a figure, as a model filling a gap invents one, and the figure is the first of its candidates that the request
#: states nowhere (:func:`invented_claim`), so an added claim is never true by accident of the context.
GENERIC_CLAIMS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("Most orders are delivered within {n} hours of purchase.", (36, 18, 6)),
    ("Every item also comes with a free {n}-year warranty.", (25, 15, 12)),
    ("Refunds reach your original payment method within {n} minutes.", (45, 20, 40)),
    ("You can also return any item at one of our {n} partner stores.", (350, 120, 80)),
    ("Premium members get free overnight shipping on orders over ${n}.", (35, 45, 65)),
    ("We price-match any competitor for up to {n} days after purchase.", (45, 21, 120)),
)


def invented_claim(template: str, candidates: tuple[int, ...], stated: frozenset[str]) -> str:
    """``template`` with the first candidate figure the request does not state (``stated``, as
    :func:`llmops_kit.text.numbers_in` reads them), or the first number above them all that it does not."""
    free = next((n for n in candidates if str(n) not in stated), None)
    if free is None:
        free = max(candidates) + 1
        while str(free) in stated:
            free += 1
    return template.format(n=free)


_DOC_HEAD = re.compile(r"^\[(?P<id>[^\]\s]+)\]\s*(?P<title>.*)$")


def approx_tokens(text: str) -> int:
    """Token count approximation: one token per 4 characters (tokenizers need downloads; this does not)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN) if text else 0


def approx_message_tokens(messages: list[dict[str, Any]]) -> int:
    return sum(approx_tokens(str(m.get("content") or "")) + TOKENS_PER_MESSAGE for m in messages) + 3


@lru_cache(maxsize=16384)
def content_words(text: str) -> frozenset[str]:
    """The simulator's view of a text: the one text layer's retrieval terms (Snowball stems, stopwords out).

    The model ranks context sentences with the same words the index retrieves by and the scorer counts,
    so the simulator cannot disagree with them about what a sentence is about.
    """
    return frozenset(retrieval_terms(text))


def draw(*parts: str) -> float:
    """A number in [0, 1) from a SHA-256 hash: the simulator's only source of variation."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


# ---- reading the request ----------------------------------------------------------------------


@dataclass(frozen=True)
class Instructions:
    """What the system prompt asks for, as the simulator understands it."""

    grounded: bool = False
    invites_outside_knowledge: bool = False
    cite: bool = False
    refusal: str | None = None
    offer_human: bool = False
    opener: str | None = None
    max_words: int | None = None
    verbose: bool = False


def read_instructions(system: str) -> Instructions:
    text = " ".join(system.split())
    low = text.lower()
    grounded = bool(
        re.search(r"\bonly\b[^.]{0,60}\b(facts?|information|articles?|context|documents?|sources?|reference)", low)
        or re.search(r"do not (use|rely on) (any )?(outside|prior|general|your own) knowledge", low)
    )
    invites = bool(re.search(r"anything else you know|general knowledge|your own knowledge|what you know", low))
    refusal = re.search(r"(?:reply|respond|say|answer)(?: with)?:?\s*\"([^\"]+)\"", text, re.IGNORECASE)
    refusal_text = refusal.group(1) if refusal and re.search(r"not contain|lack|no answer|cannot find", low) else None
    opener = re.search(r"(?:begin|start|open) (?:your|each|every) (?:reply|answer|response) with:?\s*\"([^\"]+)\"",
                       text, re.IGNORECASE)
    limit = re.search(r"(?:under|at most|no more than|fewer than) (\d+) words", low)
    return Instructions(
        grounded=grounded and not invites,
        invites_outside_knowledge=invites,
        cite=bool(re.search(r"\bcite\b|\bcitations?\b", low)),
        refusal=refusal_text,
        offer_human=bool(re.search(r"human agent|human colleague|connect the customer", low)),
        opener=opener.group(1) if opener else None,
        max_words=int(limit.group(1)) if limit else None,
        verbose=bool(re.search(r"\bcompletely\b|\bdetailed\b|\bthorough", low)),
    )


@dataclass(frozen=True)
class ContextDoc:
    id: str
    title: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class ParsedRequest:
    question: str
    docs: tuple[ContextDoc, ...] = field(default_factory=tuple)


def read_user_message(user: str) -> ParsedRequest:
    """Split the user message into the question and ``[id] title`` context blocks."""
    question = ""
    labelled = re.search(r"question:\s*(.+?)(?:\n\s*\n|\Z)", user, re.IGNORECASE | re.DOTALL)
    if labelled:
        question = labelled.group(1).strip()
    docs: list[ContextDoc] = []
    current: dict[str, Any] | None = None
    for line in user.splitlines():
        head = _DOC_HEAD.match(line.strip())
        if head:
            current = {"id": head.group("id"), "title": head.group("title").strip(), "lines": []}
            docs.append(current)  # type: ignore[arg-type]
        elif not line.strip():
            current = None
        elif current is not None:
            current["lines"].append(line.strip())
    parsed = tuple(
        ContextDoc(d["id"], d["title"], tuple(split_sentences(" ".join(d["lines"]))))  # type: ignore[index]
        for d in docs
    )
    return ParsedRequest(question=question or user.strip(), docs=parsed)


# ---- answering ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SimulatedAnswer:
    """What the simulator produced for one request, with the quantities that explain it."""

    model: str
    profile: str
    content: str
    input_tokens: int
    output_tokens: int
    latency_ms: float
    finish_reason: str
    answerable: bool
    unsupported_claims: int
    instructions: Instructions


class Simulator:
    """The behaviour model; ``complete`` takes an OpenAI chat-completions request body."""

    def __init__(
        self, profiles: dict[str, ModelProfile] | None = None, *, answerable_overlap: float = 0.5
    ) -> None:
        self.profiles = dict(DEFAULT_PROFILES if profiles is None else profiles)
        self.answerable_overlap = answerable_overlap

    def profile(self, model: str) -> ModelProfile:
        """The profile for a model id; dated snapshots fall back to their family; never a silent guess."""
        if model in self.profiles:
            return self.profiles[model]
        family = max((m for m in self.profiles if model.startswith(m + "-")), key=len, default=None)
        if family is None or model.startswith("ft:"):
            raise UnknownModel(
                f"the simulator has no behaviour profile for model {model!r}; profiled models: "
                f"{', '.join(sorted(self.profiles))}. Replay with one of those, or add a ModelProfile."
            )
        return self.profiles[family]

    def complete(self, request: dict[str, Any]) -> SimulatedAnswer:
        model = request.get("model")
        messages = request.get("messages")
        if not isinstance(model, str) or not model:
            raise ReplayError("the chat request has no model; pass model=... to chat.completions.create.")
        if not isinstance(messages, list) or not messages:
            raise ReplayError("the chat request has no messages; pass at least one user message.")
        if request.get("stream"):
            raise ReplayError("the simulator does not stream; call chat.completions.create without stream=True.")
        profile = self.profile(model)
        temperature = float(request.get("temperature", 1.0) if request.get("temperature") is not None else 1.0)
        system = "\n".join(str(m.get("content") or "") for m in messages if m.get("role") in ("system", "developer"))
        users = [str(m.get("content") or "") for m in messages if m.get("role") == "user"]
        rules = read_instructions(system)
        parsed = read_user_message(users[-1] if users else "")
        stated = numbers_in("\n".join(str(m.get("content") or "") for m in messages))
        content, answerable, claims = self._answer(profile, rules, parsed, temperature, stated)
        finish = "stop"
        limit = request.get("max_completion_tokens") or request.get("max_tokens")
        if isinstance(limit, int) and limit > 0 and approx_tokens(content) > limit:
            content, finish = content[: limit * CHARS_PER_TOKEN].rstrip(), "length"
        input_tokens = approx_message_tokens(messages)
        output_tokens = approx_tokens(content)
        base = (profile.ttft_ms + profile.prefill_ms_per_1k * input_tokens / 1000
                + output_tokens / profile.tokens_per_s * 1000)
        jitter = 1 + 0.16 * (draw("latency", model, parsed.question, content) - 0.5)
        return SimulatedAnswer(
            model=model, profile=profile.name, content=content, input_tokens=input_tokens,
            output_tokens=output_tokens, latency_ms=round(base * jitter, 1), finish_reason=finish,
            answerable=answerable, unsupported_claims=claims, instructions=rules,
        )

    def _answer(
        self, profile: ModelProfile, rules: Instructions, parsed: ParsedRequest, temperature: float,
        stated: frozenset[str] = frozenset(),
    ) -> tuple[str, bool, int]:
        query_words = content_words(parsed.question)
        ranked: list[tuple[float, int, int, str, str]] = []
        for d_index, doc in enumerate(parsed.docs):
            title_words = content_words(doc.title)
            for s_index, sentence in enumerate(doc.sentences):
                overlap = len(query_words & content_words(sentence)) + 0.5 * len(query_words & title_words)
                ranked.append((overlap, d_index, s_index, doc.id, sentence))
        coverage = max(
            (len(query_words & content_words(" ".join(d.sentences))) / len(query_words) for d in parsed.docs),
            default=0.0,
        ) if query_words else 0.0
        answerable = coverage >= self.answerable_overlap
        context_key = "\n".join(f"{d.id}:{' '.join(d.sentences)}" for d in parsed.docs)
        u_claim, u_second, u_pick = (draw(tag, parsed.question, context_key) for tag in ("claim", "second", "pick"))

        parts: list[str] = []
        if rules.opener:
            parts.append(rules.opener)
        if not answerable and (rules.grounded or rules.refusal):
            parts.append(_sentence(rules.refusal or "I don't have that information."))
            if rules.offer_human:
                parts.append("I can connect you with a human agent who can help with this.")
            return " ".join(parts), False, 0

        keep = profile.answer_sentences + (1 if rules.verbose else 0)
        sampled = _sampling_noise(temperature, profile.name, parsed.question, context_key)
        chosen = sorted((r for r in ranked if r[0] > 0), key=lambda r: (-r[0] - sampled(r[1], r[2]), r[1], r[2]))[:keep]
        if not chosen and ranked:
            chosen = [min(ranked, key=lambda r: (r[1], r[2]))]
        body = [_cite(r[4], r[3]) if rules.cite else _sentence(r[4]) for r in sorted(chosen, key=lambda r: r[1:3])]

        scale = 0.5 + temperature / 2
        if rules.invites_outside_knowledge or not answerable:
            claims = 1 + (u_second < (1 - profile.fidelity) * scale)
        elif rules.grounded:
            claims = int(u_claim < (1 - profile.fidelity) * (1 - profile.adherence) * scale)
        else:
            claims = int(u_claim < (1 - profile.fidelity) * scale)
        first = int(u_pick * len(GENERIC_CLAIMS))
        for n in range(claims):
            claim = invented_claim(*GENERIC_CLAIMS[(first + n) % len(GENERIC_CLAIMS)], stated)
            if rules.cite and chosen:
                claim = _cite(claim, chosen[0][3])  # a fabricated citation: the worst kind of claim
            body.insert(min(1 + n, len(body)), claim)

        if rules.max_words:
            budget = rules.max_words - sum(len(p.split()) for p in parts)
            while len(body) > 1 and sum(len(b.split()) for b in body) > budget:
                body.pop()
        return " ".join(parts + body), answerable, claims


def _sampling_noise(temperature: float, *seed: str) -> Callable[[int, int], float]:
    """Sampling variation: ``2 x temperature x u`` added to a sentence's rank score, ``u`` seeded by the request.

    At temperature 0 the ranking is the plain overlap (greedy); higher temperatures let sentences with a
    little less overlap win, differently per request and per temperature, as sampling does.
    """
    if temperature <= 0:
        return lambda d_index, s_index: 0.0
    key = "\x1f".join(seed)
    return lambda d, s: 2 * temperature * draw("sample", f"{temperature:g}", key, str(d), str(s))


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _cite(sentence: str, doc_id: str) -> str:
    text = sentence.strip().rstrip(".!?").rstrip()
    return f"{text} [{doc_id}]."
