"""Helpers every importer needs: timestamps, ids, JSON hidden in strings, errors and validation.

External exports disagree on the basics. Timestamps arrive as ISO strings with a zone, ISO strings
without one (LangSmith's v1 API; they mean UTC), or Unix epoch nanoseconds written as decimal
strings (OTLP/JSON; too large for a float, so they are parsed with ``int``). Ids arrive as hex,
base64 (generic protobuf JSON) or ``0x``-prefixed hex (the Python console exporter). Structured
values hide inside JSON strings. This module turns each of those into one canonical form so the
format modules only describe *where* a fact lives.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

from pydantic import ValidationError

from ..contract import Contract, load_contract
from ..errors import ImportFormatError, TraceLoadError
from ..traces import Document, Trace

T = TypeVar("T")

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_B64 = re.compile(r"^[A-Za-z0-9+/_-]+={0,2}$")
#: Numeric model parameters that some exporters (Langfuse ``MapValue``) send as strings.
NUMERIC_PARAMETERS = ("temperature", "top_p", "top_k", "max_tokens", "max_completion_tokens", "seed",
                      "frequency_penalty", "presence_penalty", "n")
#: The metadata key under which an llmops export keeps what the target format has no field for.
ENVELOPE = "llmops"


def parse_time(value: Any, *, what: str = "timestamp") -> datetime:
    """A timezone-aware UTC datetime from ISO text (zone optional; naive means UTC) or epoch nanoseconds.

    Integers and all-digit strings are epoch nanoseconds (OTLP). ``int()`` is used, never ``float``,
    because nanosecond values exceed 2**53 and would lose precision.
    """
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, bool) or value is None:
        raise ImportFormatError(f"{what} is missing or not a time (got {value!r}); expected ISO-8601 text "
                                "or epoch nanoseconds.")
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
        nanos = int(value)
        return _EPOCH + timedelta(microseconds=nanos // 1000)
    if isinstance(value, float):
        raise ImportFormatError(f"{what} is a float ({value!r}); epoch nanoseconds must be integers or "
                                "decimal strings to keep their precision.")
    if not isinstance(value, str):
        raise ImportFormatError(f"{what} has type {type(value).__name__}; expected ISO-8601 text or epoch nanoseconds.")
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    text = _trim_fraction(text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ImportFormatError(f"{what} {value!r} is not an ISO-8601 time or epoch nanoseconds.") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _trim_fraction(text: str) -> str:
    """Cut fractional seconds to microseconds (Python 3.10 rejects nanosecond ISO fractions)."""
    match = re.search(r"\.(\d+)", text)
    if match and len(match.group(1)) != 6:
        digits = (match.group(1) + "000000")[:6]
        return text[: match.start(1)] + digits + text[match.end(1):]
    return text


def iso(moment: datetime) -> str:
    """ISO-8601 in UTC with a ``Z`` suffix (naive datetimes are taken as UTC)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return aware.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def epoch_nanos(moment: datetime) -> str:
    """Epoch nanoseconds as a decimal string (the OTLP/JSON encoding of a fixed64)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    delta = aware - _EPOCH
    return str((delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1000)


def normalise_id(value: Any, *, byte_lengths: tuple[int, ...] = (16, 8)) -> tuple[str, str | None]:
    """Lowercase hex for hex, ``0x``-hex and base64 ids; other strings pass through unchanged.

    Returns ``(normalised, original)`` where ``original`` is None when nothing changed, so callers
    keep the exporter's spelling only when it differs. ``byte_lengths`` are the binary sizes a base64
    id may decode to (OTLP: 16-byte trace ids, 8-byte span ids).
    """
    if value is None or value == "":
        return "", None
    text = str(value).strip()
    candidate = text[2:] if text.lower().startswith("0x") else text
    if _HEX.match(candidate) and len(candidate) in {n * 2 for n in byte_lengths}:
        out = candidate.lower()
    elif _B64.match(text) and len(text) % 4 == 0 and not _HEX.match(text):
        try:
            raw = base64.b64decode(text.replace("-", "+").replace("_", "/"), validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        out = raw.hex() if len(raw) in byte_lengths else text
    elif _HEX.match(candidate) and text.lower().startswith("0x"):
        out = candidate.lower()
    else:
        out = text.lower() if _HEX.match(text) else text
    return out, (text if out != text else None)


def maybe_json(value: Any) -> Any:
    """Decode a string that holds a JSON object or array; anything else comes back unchanged."""
    if isinstance(value, str):
        stripped = value.strip()
        quoted = len(stripped) >= 2 and stripped[0] == stripped[-1] == '"'
        if (stripped[:1] in ("{", "[") and stripped[-1:] in ("}", "]")) or quoted:
            try:
                return json.loads(stripped)
            except (json.JSONDecodeError, RecursionError):
                return value
    return value


def numeric_parameters(params: Any) -> dict[str, Any]:
    """Model parameters as a dict, numeric strings such as ``"0.2"`` turned into numbers."""
    params = maybe_json(params)
    if not isinstance(params, dict):
        return {}
    out: dict[str, Any] = {}
    for key, value in params.items():
        if key in NUMERIC_PARAMETERS and isinstance(value, str):
            try:
                number = float(value)
                out[key] = int(number) if number.is_integer() and key != "temperature" else number
                continue
            except ValueError:
                pass
        out[key] = value
    return out


def to_float(value: Any) -> float | None:
    """A float from a number or numeric string (LangSmith sends Decimal costs as strings)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None  # NaN -> None


def to_int(value: Any) -> int | None:
    number = to_float(value)
    return int(number) if number is not None and number >= 0 else None


_ERROR_HEAD = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*(?:\((.*)\)|:\s*(.*))?\s*$")


def split_error(text: str) -> tuple[str, str]:
    """``("ReadTimeout", "timed out")`` from ``"ReadTimeout('timed out')\\n\\nTraceback..."`` or
    ``"ReadTimeout: timed out"``; free text becomes ``("Error", text)``."""
    first = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    match = _ERROR_HEAD.match(first)
    if match and (match.group(2) is not None or match.group(3) is not None):
        message = match.group(2) if match.group(2) is not None else match.group(3)
        return match.group(1).rsplit(".", 1)[-1], message.strip().strip("'\"")
    return "Error", first or text


def score_in_unit(value: Any) -> tuple[float | None, Any]:
    """A relevance score usable as-is (a number in [0, 1]) and the raw value to keep otherwise.

    Retriever scores from other systems may be distances or unbounded similarities; those are kept
    in the document's metadata as ``raw_score`` instead of being squeezed into [0, 1].
    """
    number = to_float(value)
    if number is not None and 0.0 <= number <= 1.0:
        return number, None
    return None, value


def contract_or_default(contract: Contract | None) -> Contract:
    return contract if contract is not None else load_contract()


def canonical_version(contract: Contract, name: str | None, version: Any) -> tuple[str, str | None]:
    """The contract's spelling of a prompt version and the source's spelling when they differ."""
    text = str(version)
    canon = contract.prompts.canonical(name or "", text)
    return canon, (text if canon != text else None)


def exported_version(contract: Contract, name: str, version: str, *, want_int: bool) -> str | int:
    """The source-format spelling of a native version: the alias that maps to it (integers for Langfuse)."""
    aliases = contract.prompts.aliases.get(name, {})
    matches = [alias for alias, canon in aliases.items() if canon == version]
    if want_int:
        digits = [a for a in matches if a.isdigit()]
        if digits:
            return int(digits[0])
        return int(version) if version.isdigit() else version
    return version


def build_trace(data: dict[str, Any], source: str, what: str) -> Trace:
    """Validate a mapped trace, turning a validation error into one actionable TraceLoadError line."""
    try:
        return Trace.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        path = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise TraceLoadError(
            f"{source}: {what} trace {data.get('trace_id')!r} maps to an invalid trace at {path}: {first['msg']}. "
            "Check that field in the export.",
            source=source, field=path,
        ) from exc


def guarded(fmt: str, source: str, func: Callable[[], T]) -> T:
    """Run a mapping and report any mapping failure as a one-line, per-file TraceLoadError."""
    try:
        return func()
    except TraceLoadError:
        raise
    except (ImportFormatError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise TraceLoadError(
            f"{source}: looks like a {fmt} export but could not be mapped: {exc} "
            "Re-export the trace in full, or load it with an explicit fmt= if the format was guessed wrong.",
            source=source,
        ) from exc


# ---- LangChain-style documents (Langfuse retriever output, LangSmith retriever outputs) --------------

_SCORE_KEYS = ("score", "relevance_score", "similarity_score", "similarity", "_score")
_ID_KEYS = ("id", "doc_id", "document_id", "source")


def documents_from_langchain(items: Any) -> list[Document] | None:
    """Documents from serialised LangChain ``Document`` dicts (or plain ``{id, content, score}`` dicts).

    LangChain documents have no score field: the score, when a vector store recorded one, sits in
    ``metadata`` under one of several names. Everything not mapped stays in ``Document.metadata``.
    """
    items = maybe_json(items)
    if isinstance(items, dict):
        for key in ("documents", "output", "docs", "results"):
            if isinstance(items.get(key), list):
                items = items[key]
                break
    if not isinstance(items, list):
        return None
    docs: list[Document] = []
    for index, item in enumerate(items):
        item = maybe_json(item)
        if isinstance(item, str):
            docs.append(Document(id=f"doc-{index}", content=item))
            continue
        if not isinstance(item, dict):
            continue
        meta = dict(maybe_json(item.get("metadata")) or {})
        doc_id = item.get("id") or next((meta.pop(k) for k in _ID_KEYS if meta.get(k) is not None), None)
        raw_score = item.get("score")
        if raw_score is None:
            raw_score = next((meta.pop(k) for k in _SCORE_KEYS if k in meta), None)
        score, kept = score_in_unit(raw_score)
        if kept is not None:
            meta["raw_score"] = kept
        content = item.get("page_content", item.get("content", item.get("text")))
        title = item.get("title") or meta.pop("title", None)
        docs.append(Document(id=str(doc_id if doc_id is not None else f"doc-{index}"),
                             content=content if content not in (None, "") else None,
                             title=title, score=score, metadata=meta))
    return docs


def documents_to_langchain(docs: list[Document]) -> list[dict[str, Any]]:
    """Serialised LangChain ``Document`` dicts, the score and title kept in ``metadata`` as LangChain does."""
    out = []
    for doc in docs:
        meta = dict(doc.metadata)
        if doc.title is not None:
            meta["title"] = doc.title
        if doc.score is not None:
            meta["score"] = doc.score
        out.append({"id": doc.id, "page_content": doc.content or "", "metadata": meta, "type": "Document"})
    return out
