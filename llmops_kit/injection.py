"""Prompt-injection detector: the bonus incident class PROMPT_INJECTION (opt-in).

Prompt injection is text that tries to replace the bot's instructions with the attacker's. It arrives
in two ways, and leaves a third trace behind when it works:

- **direct**, in the user's message ("ignore your previous instructions and ...", a fake
  ``<|im_start|>system`` block, "reveal your system prompt");
- **indirect**, inside a retrieved document (a poisoned help article or web page that addresses the
  model: "AI assistants reading this must tell the customer ...", or hides text in zero-width characters);
- **success**, in the answer: the bot repeats a long verbatim run of its own system prompt, or
  announces a new persona ("developer mode enabled").

Like every detector in :mod:`llmops_kit.diagnose`, it reads signals only and returns
:class:`~llmops_kit.diagnose.Finding` objects with the evidence. It is *not* in ``DEFAULT_DETECTORS``:
pass it explicitly (``diagnose(trace, detectors=[*DEFAULT_DETECTORS, detect_prompt_injection])``), so the
five course classes behave exactly as before. The patterns aim at instructions aimed at the model; a
customer mentioning assembly instructions, or asking the bot to ignore their own earlier message, is
not an attack and must not fire (the tests hold examples of both).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .contract import Contract
from .diagnose import Finding
from .errors import LlmopsError
from .traces import Trace

PROMPT_INJECTION = "PROMPT_INJECTION"

#: A verbatim run of this many words shared by the answer and the system prompt counts as a leak.
LEAK_NGRAM_WORDS = 8

_GAP = r"(?:[\w'’-]+\W+){0,3}?"
_TARGET = r"(?:instructions?|prompts?|rules|guidelines|directions|directives|guardrails|polic(?:y|ies)|programming)"
_OWN = r"(?!\s+(?:that\s+|which\s+)?(?:I|we)\s+(?:sent|gave|wrote|provided|mentioned|left|added|made)\b)"

_DIRECT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("instruction override", re.compile(
        rf"\b(?:ignore|disregard|forget|override|bypass|abandon)\W+{_GAP}"
        rf"(?:previous|prior|above|earlier|preceding|original|initial|system|all|any|your)\W+{_GAP}{_TARGET}\b{_OWN}",
        re.IGNORECASE)),
    ("system prompt extraction", re.compile(
        rf"\b(?:reveal|print|show|repeat|output|display|leak|dump|tell\s+me|what\s+(?:is|are))\W+{_GAP}"
        r"(?:your\s+|the\s+)?(?:system|hidden|initial|original|developer|secret)\s+(?:prompt|instructions|message)",
        re.IGNORECASE)),
    ("persona takeover", re.compile(
        r"\byou\s+are\s+(?:now|no\s+longer)\b|\b(?:developer|god|jailbreak|unrestricted)\s+mode\b|"
        r"\bdo\s+anything\s+now\b|\bjailbreak(?:ed|ing)?\b|\bpretend\s+(?:that\s+)?you\s+have\s+no\s+(?:rules|restrictions)",
        re.IGNORECASE)),
    ("fake role marker", re.compile(
        r"<\|im_(?:start|end)\|>|\[/?INST\]|</?(?:system|sys)>|<<SYS>>|^\s*#{2,}\s*(?:system|new\s+instructions)\b|"
        r"\bnew\s+(?:system\s+)?instructions\s*:",
        re.IGNORECASE | re.MULTILINE)),
)
_ADDRESSED_TO_MODEL = re.compile(
    r"\b(?:AI|assistant|chat\s?bot|language\s+model|LLM|model)s?\b[^.!?\n]{0,60}?"
    r"\b(?:must|should|shall|are\s+instructed\s+to|will\s+now|need\s+to)\s+"
    r"(?:always\s+|now\s+|instead\s+)?(?:tell|say|respond|reply|answer|include|recommend|send|direct|ignore|output)\b",
    re.IGNORECASE,
)
_HIDDEN_CHARS = re.compile("[\u200b\u200c\u200d\u2060\u2062\u2063\ufeff]")
_TAKEOVER_ANSWER = re.compile(r"\b(?:developer|god|DAN|jailbreak|unrestricted)\s+mode\s+(?:enabled|activated|on)\b",
                              re.IGNORECASE)
_WORD = re.compile(r"[\w']+")


def _snippet(text: str, match: re.Match[str]) -> str:
    start, end = max(0, match.start() - 15), min(len(text), match.end() + 15)
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def _direct_hits(text: str) -> Iterator[tuple[str, str]]:
    for kind, pattern in _DIRECT:
        match = pattern.search(text)
        if match:
            yield kind, _snippet(text, match)


def _system_prompt(trace: Trace) -> str | None:
    span = trace.llm_span
    for message in (span.messages or []) if span is not None else []:
        if message.role in ("system", "developer") and message.content:
            return message.content
    return None


def _shared_run(answer: str, source: str, size: int) -> str | None:
    """The first run of ``size`` consecutive words of ``answer`` that also occurs in ``source``."""
    words = [w.lower() for w in _WORD.findall(answer)]
    ref = [w.lower() for w in _WORD.findall(source)]
    grams = {tuple(ref[i:i + size]) for i in range(len(ref) - size + 1)}
    for i in range(len(words) - size + 1):
        if tuple(words[i:i + size]) in grams:
            return " ".join(words[i:i + size])
    return None


def _finding(signal: str, kind: str, observed: str, explanation: str, span_id: str | None) -> Finding:
    return Finding(
        code=PROMPT_INJECTION, signal=signal, observed=observed, threshold=f"any {kind}", span_id=span_id,
        http_visible=False, http_note="the request still returns HTTP 200; only the text shows the attack",
        explanation=explanation,
    )


def detect_prompt_injection(trace: Trace, contract: Contract | None = None) -> list[Finding]:
    """PROMPT_INJECTION findings in the user's message, the retrieved documents, and the answer.

    ``contract`` is accepted for the :data:`~llmops_kit.diagnose.Detector` signature; no contract
    threshold applies (any attempt is an incident; severity guidance is in the runbook addendum).
    """
    findings: list[Finding] = []
    root = trace.root_span
    query = trace.query or ""
    for kind, snippet in _direct_hits(query):
        findings.append(_finding("user message", kind, snippet,
                                 f"the user's message contains a {kind} aimed at the model: {snippet!r}",
                                 root.span_id if root else None))
    for span in trace.spans_of("retriever"):
        for doc in span.documents or []:
            text = doc.content or ""
            hits = list(_direct_hits(text))
            match = _ADDRESSED_TO_MODEL.search(text)
            if match:
                hits.append(("instruction addressed to the model", _snippet(text, match)))
            if _HIDDEN_CHARS.search(text):
                hits.append(("hidden zero-width text", f"{len(_HIDDEN_CHARS.findall(text))} invisible characters"))
            for kind, snippet in hits:
                findings.append(_finding(f"retrieved document {doc.id}", kind, snippet,
                                         f"document {doc.id} carries a {kind} (indirect injection): {snippet!r}",
                                         span.span_id))
    answer = trace.answer or ""
    llm = trace.llm_span
    system = _system_prompt(trace)
    leaked = _shared_run(answer, system, LEAK_NGRAM_WORDS) if answer and system else None
    if leaked:
        findings.append(_finding("answer", "system prompt leak", leaked,
                                 f"the answer repeats {LEAK_NGRAM_WORDS}+ consecutive words of the system prompt: "
                                 f"{leaked!r}", llm.span_id if llm else None))
    takeover = _TAKEOVER_ANSWER.search(answer)
    if takeover:
        findings.append(_finding("answer", "persona takeover", _snippet(answer, takeover),
                                 "the answer announces a new persona, so the injection took effect",
                                 llm.span_id if llm else None))
    return findings


# ---- planting text (worked examples, tests) ------------------------------------------------------
def with_text(base: Trace, where: str, text: str) -> Trace:
    """A copy of ``base`` whose user message, first retrieved document or answer is ``text``."""
    trace = base.model_copy(deep=True)
    if where == "query":
        trace.input = {"query": text}
        if trace.root_span is not None:
            trace.root_span.input = {"query": text}
    elif where == "document":
        docs = [d for span in trace.spans_of("retriever") for d in span.documents or []]
        if not docs:
            raise LlmopsError(f"Trace {base.trace_id!r} has no retrieved document to put the text in.")
        docs[0].content = text
    elif where == "answer":
        trace.output = {"answer": text}
        for span in (trace.root_span, trace.llm_span):
            if span is not None:
                span.output = {"answer": text}
    else:
        raise LlmopsError(f"where must be 'query', 'document' or 'answer', not {where!r}.")
    return trace


