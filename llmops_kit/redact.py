"""Personal data in a whole trace: where it is (for the PII_LEAK detector and the DATA_INCIDENT breaker)
and how to take it out (redaction before a trace is saved, exported or sent).

All three read the trace the same way: every recorded string except the retrieved documents, each
with the field it sits under, scanned by :func:`llmops_kit.pii.find_pii` with the trace's phone
regions (:func:`trace_regions`: the contract's, and those of the operator's published numbers). A value
published in the retrieved documents or listed in the contract's ``pii.public_contacts`` (the shop's own
help address) is public and neither reported nor redacted;
a published phone number stays public in any format (compared by national number, and read
leniently in the published text).

Redaction is stable within a trace: the same value (compared in canonical form, so ``Jane@X.com``
and ``jane@x.com`` are one address) gets the same placeholder everywhere, ``<EMAIL_1>``,
``<PHONE_2>``, ``<CARD_1>``, ``<IBAN_1>``. A redacted trace still diagnoses (an answer that repeats
a tool's e-mail address repeats its placeholder) and shows no PII_LEAK.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel

from .contract import Contract, load_contract
from .errors import LlmopsError
from .phones import published_regions_in
from .pii import PiiMatch, find_pii, is_public, key_matters, keyed_strings, phone_key, published_phone_keys
from .resent_articles import resent_passages
from .textcache import text_cache
from .traces import Trace

__all__ = ["Redactor", "TracePii", "redact_text", "redact_trace", "trace_pii", "trace_regions", "write_redacted"]

#: Placeholder stem per kind: ``<EMAIL_1>``.
PLACEHOLDER = {"email": "EMAIL", "phone": "PHONE", "card": "CARD", "iban": "IBAN"}


class TracePii(NamedTuple):
    """One item of personal data in a trace: the span it is in (None: the trace's own fields), a
    readable place (``trace`` or the span's name), the field it was recorded under, and the match."""

    span_id: str | None
    where: str
    field: str | None
    match: PiiMatch


def _scan(text: str, key: str | None, regions: tuple[str, ...]) -> tuple[PiiMatch, ...]:
    """find_pii on one recorded string, cached: prompts, articles and tool results recur. The key is
    kept only when it can change the result (an id or phone field), so an answer recorded under
    ``answer`` and ``content`` is read once."""
    return _scan_cached(text, key if key is not None and key_matters(key) else None, regions)


@text_cache()
def _scan_cached(text: str, key: str | None, regions: tuple[str, ...]) -> tuple[PiiMatch, ...]:
    return tuple(find_pii(text, region=regions, key=key))


def _places(trace: Trace) -> list[tuple[str | None, str, Any, frozenset[str]]]:
    """Where personal data is looked for: the trace's own fields, then each span (its documents are public),
    then each LLM input message except the model's own earlier turns (see :func:`trace_pii`)."""
    places: list[tuple[str | None, str, Any, frozenset[str]]] = [(None, "trace", trace, frozenset({"spans"}))]
    for span in trace.spans:
        places.append((span.span_id, span.name, span, _SPAN_SKIP))
        places.extend((span.span_id, span.name, message, frozenset()) for message in span.messages or ()
                      if message.role != "assistant")
    return places


#: Scanned apart: documents are public, messages are scanned one by one (earlier assistant turns left out).
_SPAN_SKIP = frozenset({"documents", "messages"})


def trace_public(trace: Trace, contract: Contract) -> frozenset[str]:
    """Canonical values that are public for this trace: what the operator wrote, and the contract's list.

    The operator's texts are the retrieved documents (with those an application resent in the chat history,
    :func:`llmops_kit.resent_articles.resent_passages`) and the system prompt of each LLM call: a support
    line or desk address the application puts into every request (in an article or in its instructions)
    is the organisation's contact, not a customer's. The limit of the rule: an application that writes a
    customer's own details into its system prompt must not rely on it (list nothing there, or redact
    before tracing), because such details would be read as published.
    """
    regions = trace_regions(trace, contract)
    documents, system = _operator_texts(trace)
    public = _public((*documents, *system), tuple(contract.pii.public_contacts), regions)
    sent = _sent_to_tools(trace, regions) if system else frozenset()
    if sent:
        public -= sent - _public(documents, tuple(contract.pii.public_contacts), regions)
    return public


def _operator_texts(trace: Trace) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the operator wrote into the trace: the retrieved documents (with those resent in the chat history)
    and the system prompt of each LLM call."""
    documents = (*(d.content or "" for d in trace.documents or ()), *resent_passages(trace))
    system = tuple(message.content for span in trace.spans for message in span.messages or ()
                   if message.role == "system" and isinstance(message.content, str))
    return documents, system


_published_in = text_cache()(published_regions_in)


def trace_regions(trace: Trace, contract: Contract) -> tuple[str, ...]:
    """The phone regions a trace is read in: the contract's ``pii.phone_regions``, then each region whose
    international numbers the operator's texts print (its articles and system prompts: a studio in Lisbon that
    publishes "+351 213 460 882", a shop in Nuremberg that publishes "+49 911 5550 2210"). The organisation's own
    published line says where its customers call from. Without it, a region without a trunk prefix could not be
    read at all ("912 640 315" carries no trunk ``0``), and a region with one only when the customer groups the
    digits exactly as ``phonenumbers`` prints them (:mod:`llmops_kit.phones`: "01515 5512345", where customers in
    Germany also write "0151 55512345"). An added region reads as the contract's second one does: a national
    number written with its trunk prefix where it has one, valid or as long as that region's numbers."""
    regions = tuple(contract.pii.phone_regions)
    found: set[str] = set()
    # read where the operator prints its lines (articles, system prompts), only texts holding a "+": the
    # per-trace cost of this walk is most of what the rule adds to the PII scan
    for document in trace.documents or ():
        if document.content and "+" in document.content:
            found |= _published_in(document.content)
    for span in trace.spans:
        for message in span.messages or ():
            if message.role == "system" and isinstance(message.content, str) and "+" in message.content:
                found |= _published_in(message.content)
    extra = sorted(found.difference(regions))
    return (*regions, *extra) if extra else regions


def _sent_to_tools(trace: Trace, regions: tuple[str, ...]) -> frozenset[str]:
    """Personal data the application passed to a tool (a customer's phone for delivery updates, an e-mail to
    notify): a system prompt that echoes its tool calls ("Tool track_parcel({... "contact_phone": ...})")
    carries the customer's details, which are not the operator's published contacts for being there. Only
    what a document or the contract publishes too stays public."""
    values: set[str] = set()
    for span in trace.tool_spans:
        for key, text in keyed_strings(span.input):
            for match in _scan(text, key, regions):
                values.add(match.canonical)
                if match.kind == "phone":
                    values.add(phone_key(match.canonical))
    return frozenset(values)


@lru_cache(maxsize=64)
def _listed(contacts: tuple[str, ...], regions: tuple[str, ...]) -> frozenset[str]:
    """The contract's public contacts as canonical values and phone keys (one contract, one set)."""
    return _public((), contacts, regions)


def _public(documents: tuple[str, ...], contacts: tuple[str, ...], regions: tuple[str, ...]) -> frozenset[str]:
    """Canonical values published in the texts, plus every number they print read leniently
    (``pii.published_phone_keys``), so a public number written in another format stays public."""
    texts = [t for t in (*documents, *contacts) if t]
    values = {m.canonical for text in texts for m in _scan(text, None, regions)}
    return frozenset(values).union(*(_published_keys(text, regions) for text in texts))


@text_cache()
def _published_keys(text: str, regions: tuple[str, ...]) -> frozenset[str]:
    return published_phone_keys(text, regions)


#: Left out of the screen: retrieved documents (public), timestamps and typed numbers (never strings in the
#: walk), and the free-text fields (inputs, outputs, messages), which are scanned one string at a time instead.
_SCREEN_EXCLUDE = {"timestamp": True, "latency_ms": True, "input": True, "output": True,
                   "spans": {"__all__": {"documents", "start_time", "end_time", "cost_usd", "input", "output",
                                         "messages"}}}
#: A JSON escape: blanked in the screen, so an escaped newline or quote cannot glue to a number.
_JSON_ESCAPE = re.compile(rb"\\(?:u[0-9a-fA-F]{4}|.)")


def _screen(trace: Trace) -> str | None:
    """The trace's short recorded strings (names, ids, attributes, metadata) as one JSON text, escapes
    blanked, serialised by pydantic-core (several times faster than walking them in Python); None
    when pydantic cannot serialise it. Documents, numbers and the free-text fields are left out."""
    try:
        raw = trace.__pydantic_serializer__.to_json(trace, exclude=_SCREEN_EXCLUDE)
    except (ValueError, TypeError):  # pydantic-core's serialisation error is a ValueError
        return None
    return _JSON_ESCAPE.sub(b"  ", raw).decode("utf-8", errors="replace")


def _free_texts(trace: Trace) -> list[tuple[str | None, str]]:
    """The free-text strings left out of the screen, with their keys: the trace's and each span's input and
    output, and every LLM input message but the assistant's earlier turns (the same strings :func:`_walk` reads).

    Spelled out for speed: a string or a flat dict of strings (the usual ``{"query": ...}``) is read
    directly; anything nested goes through :func:`llmops_kit.pii.keyed_strings`.
    """
    texts: list[tuple[str | None, str]] = []
    values = [trace.input, trace.output]
    for span in trace.spans:
        values += (span.input, span.output)
        for message in span.messages or ():
            if message.role != "assistant":
                if message.__pydantic_extra__:
                    texts += keyed_strings(message)
                elif message.content:
                    texts.append(("content", message.content))
    for value in values:
        kind = type(value)
        if kind is str:
            texts.append((None, value))
        elif kind is dict:
            for key, item in value.items():
                if type(item) is str:
                    texts.append((key, item))
                elif item is not None:
                    texts += keyed_strings({key: item})
        elif value is not None:
            texts += keyed_strings(value)
    return texts


def trace_pii(trace: Trace, contract: Contract | None = None) -> list[TracePii]:
    """Every non-public item of personal data a trace recorded, in document order.

    The model's own earlier turns, resent as ``assistant`` messages in a chat's history, are left out:
    each was the answer of an earlier request, scanned there against that request's articles (which
    this trace no longer holds, so the contact details it quoted from them would look private here). A
    customer's data in the history is still found in the user turns that brought it in, and this
    request's own answer is scanned as always.

    A screen decides first: :func:`llmops_kit.pii.find_pii` over the JSON of the short fields without
    the id-label rule finds every item their strings hold (and maybe more: keys, labelled ids), and
    the free texts (inputs, outputs, messages) are scanned one by one, cached, since an answer is
    recorded three times and a system prompt in every request. When that finds nothing, or only
    public values, nothing is there; otherwise each string is scanned with the field it sits under,
    which says where.
    """
    contract = contract or load_contract()
    regions = trace_regions(trace, contract)
    screen = _screen(trace)
    if screen is not None:
        candidates = find_pii(screen, region=regions, id_labels=False)
        for key, text in dict.fromkeys(_free_texts(trace)):  # an answer recorded three times is looked up once
            candidates.extend(_scan(text, key, regions))
        if candidates:  # the contract's own contacts first: one cached set, no need to read the documents
            listed = _listed(tuple(contract.pii.public_contacts), regions)
            candidates = [m for m in candidates if not is_public(m, listed)]
        if not candidates or all(is_public(m, trace_public(trace, contract)) for m in candidates):
            return []
    return _walk(trace, contract)


def _walk(trace: Trace, contract: Contract) -> list[TracePii]:
    """The definition: every recorded string but the documents, scanned with its field, public values out."""
    regions = trace_regions(trace, contract)
    found: list[TracePii] = []
    for span_id, where, payload, skip in _places(trace):
        for key, text in keyed_strings(payload, skip):
            found.extend(TracePii(span_id, where, key, m) for m in _scan(text, key, regions))
    if not found:
        return found
    public = trace_public(trace, contract)
    return [item for item in found if not is_public(item.match, public)]


class Redactor:
    """Replaces personal data with stable placeholders: one instance per trace, so a value keeps its
    placeholder across every field of that trace."""

    def __init__(self, contract: Contract | None = None, public: Iterable[str] = (),
                 regions: Iterable[str] | None = None) -> None:
        self.contract = contract or load_contract()
        self.regions = tuple(regions) if regions is not None else tuple(self.contract.pii.phone_regions)
        self.public = frozenset(public)
        self.placeholders: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def placeholder(self, match: PiiMatch) -> str:
        key = (match.kind, match.canonical)
        name = self.placeholders.get(key)
        if name is None:
            self._counts[match.kind] = self._counts.get(match.kind, 0) + 1
            name = f"<{PLACEHOLDER[match.kind]}_{self._counts[match.kind]}>"
            self.placeholders[key] = name
        return name

    def text(self, text: str, key: str | None = None) -> str:
        """``text`` with each non-public item replaced by its placeholder."""
        matches = [m for m in _scan(text, key, self.regions) if not is_public(m, self.public)]
        if not matches:
            return text
        parts, at = [], 0
        for m in matches:
            if m.start < at:  # overlapping matches cannot happen by the rules; keep the first if they do
                continue
            parts += [text[at:m.start], self.placeholder(m)]
            at = m.end
        parts.append(text[at:])
        return "".join(parts)

    def value(self, value: Any, key: str | None = None, skip: frozenset[str] = frozenset()) -> Any:
        """A copy of ``value`` (a model, dict, list or string) with every string redacted; ``skip``
        names top-level model fields to keep as they are (the documents, which are public).

        Iterative (an explicit stack of slots to fill), so a deeply nested payload cannot overflow
        the interpreter's stack; tuples become tuples again once their items are done.
        """
        root: list[Any] = [None]
        stack: list[tuple[Any, str | None, Any, Any]] = [(value, key, root, 0)]
        tuples: list[tuple[Any, Any, list[Any]]] = []
        while stack:
            item, item_key, slot, index = stack.pop()
            if isinstance(item, str):
                slot[index] = self.text(item, item_key)
            elif isinstance(item, dict):
                slot[index] = copy = dict(item)
                stack.extend((v, str(k), copy, k) for k, v in item.items())
            elif isinstance(item, (list, tuple)):
                copy = list(item)
                slot[index] = copy
                if isinstance(item, tuple):
                    tuples.append((slot, index, copy))
                stack.extend((v, item_key, copy, i) for i, v in enumerate(item))
            elif isinstance(item, BaseModel):
                slot[index] = model = item.model_copy()
                fields = model.__dict__
                stack.extend((v, name, fields, name) for name, v in item.__dict__.items()
                             if not (item is value and name in skip))
                if item.__pydantic_extra__:
                    model.__pydantic_extra__ = extra = dict(item.__pydantic_extra__)
                    stack.extend((v, k, extra, k) for k, v in item.__pydantic_extra__.items())
            else:
                slot[index] = item
        for slot, index, items in reversed(tuples):  # innermost last in the list, so done first
            slot[index] = tuple(items)
        return root[0]


def redact_trace(trace: Trace, contract: Contract | None = None) -> Trace:
    """A copy of ``trace`` with every non-public item of personal data replaced by a stable placeholder.

    Retrieved documents are kept as recorded (they are the published articles); the same value gets
    the same placeholder in every field. A trace without personal data comes back as it is.
    """
    contract = contract or load_contract()
    if not trace_pii(trace, contract):
        return trace
    redactor = Redactor(contract, trace_public(trace, contract), trace_regions(trace, contract))
    trace_copy = redactor.value(trace, skip=frozenset({"spans"}))
    trace_copy.__dict__["spans"] = [redactor.value(span, skip=frozenset({"documents"})) for span in trace.spans]
    return trace_copy  # type: ignore[no-any-return]


def redact_text(text: str, contract: Contract | None = None, *, public: Iterable[str] = ()) -> str:
    """``text`` with its personal data replaced by placeholders (``<EMAIL_1>``), for a single string such
    as a replay request; ``public`` holds canonical values to keep (see :func:`llmops_kit.pii.public_values`)."""
    contract = contract or load_contract()
    published = _public((), tuple(contract.pii.public_contacts), tuple(contract.pii.phone_regions))
    return Redactor(contract, published | frozenset(public)).text(text)



_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def write_redacted(traces: Iterable[Trace], out: str | os.PathLike[str],
                   contract: Contract | None = None) -> tuple[int, int]:
    """Redact each trace and write it: to one JSONL file when ``out`` ends in ``.jsonl``, to one JSON
    file when it ends in ``.json`` (one trace only), else into the folder ``out`` as
    ``<trace_id>.json``. Returns (traces written, traces that held personal data). Files are
    written atomically (a temporary file in the same folder, then renamed)."""
    from .io import save_trace_record  # local: io imports the importers, which import this module

    contract = contract or load_contract()
    path = Path(out)
    written = changed = 0
    if path.suffix in (".jsonl", ".json"):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                for trace in traces:
                    if path.suffix == ".json" and written:
                        raise LlmopsError(f"{path}: a .json output holds one trace; write several to a .jsonl "
                                         "file or a folder.")
                    redacted = redact_trace(trace, contract)
                    changed += redacted is not trace
                    indent = 2 if path.suffix == ".json" else None
                    handle.write(redacted.model_dump_json(indent=indent, exclude_none=True, by_alias=True) + "\n")
                    written += 1
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return written, changed
    for trace in traces:
        redacted = redact_trace(trace, contract)
        changed += redacted is not trace
        save_trace_record(redacted, path / f"{_UNSAFE_NAME.sub('_', trace.trace_id)}.json")
        written += 1
    return written, changed
