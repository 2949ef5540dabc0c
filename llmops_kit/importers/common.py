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
import math
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
    because nanosecond values exceed 2**53 and would lose precision. A value no calendar can hold
    (30 nines of nanoseconds) is an :class:`ImportFormatError` naming ``what``, never an OverflowError.
    """
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, bool) or value is None:
        raise ImportFormatError(f"{what} is missing or not a time (got {value!r}); expected ISO-8601 text "
                                "or epoch nanoseconds.", field=what)
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isascii() and value.strip().isdigit()):
        nanos = int(value)
        try:
            return _EPOCH + timedelta(microseconds=nanos // 1000)
        except (OverflowError, ValueError) as exc:
            shown = str(nanos) if len(str(nanos)) <= 30 else f"a {len(str(nanos))}-digit number"
            raise ImportFormatError(f"{what} is {shown} epoch nanoseconds, beyond any date a trace can carry; "
                                    "check the exporter's clock and units.", field=what) from exc
    if isinstance(value, float):
        raise ImportFormatError(f"{what} is a float ({value!r}); epoch nanoseconds must be integers or "
                                "decimal strings to keep their precision.", field=what)
    if not isinstance(value, str):
        raise ImportFormatError(f"{what} has type {type(value).__name__}; expected ISO-8601 text or epoch "
                                "nanoseconds.", field=what)
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    text = _trim_fraction(text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ImportFormatError(f"{what} {value[:60]!r} is not an ISO-8601 time or epoch nanoseconds.",
                                field=what) from exc
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
            number = to_float(value, f"model parameter {key}")  # "hot" or "nan" is rejected, not kept as text
            out[key] = int(number) if number is not None and number.is_integer() and key != "temperature" \
                else number
            continue
        out[key] = value
    return out


def _bad(what: str, value: Any, expected: str) -> ImportFormatError:
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
    return ImportFormatError(f"{what} is {shown} ({type(value).__name__}); expected {expected}. "
                             "Fix that field in the export.", field=what)


def to_float(value: Any, what: str = "value") -> float | None:
    """A finite float from a number or numeric string (LangSmith sends Decimal costs as strings); None for None.

    Anything else (text, a bool, an object, NaN, infinity) is rejected naming ``what``: an importer
    never turns a bad value into "not recorded" without a word.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise _bad(what, value, "a number")
    try:
        number = float(value.strip() if isinstance(value, str) else value)
    except (ValueError, OverflowError) as exc:
        raise _bad(what, value, "a finite number") from exc
    if not math.isfinite(number):
        raise _bad(what, value, "a finite number")
    return number


def to_int(value: Any, what: str = "value") -> int | None:
    """A non-negative whole number (a count of tokens) from an int, a whole float or a digit string; None for None."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().lstrip("-").isdigit():
        number = int(value.strip())
    else:
        real = to_float(value, what)
        if real is None or not real.is_integer():
            raise _bad(what, value, "a whole number")
        number = int(real)
    if number < 0:
        raise _bad(what, value, "a count of 0 or more")
    return number


def expect_mapping(value: Any, what: str) -> dict[str, Any]:
    """``value`` (JSON text decoded) as a dict; None and "" are empty; any other type is rejected by name."""
    value = maybe_json(value)
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise _bad(what, value, "an object")
    return value


def expect_list(value: Any, what: str) -> list[Any]:
    """``value`` as a list; None is empty; any other type (a string, an object) is rejected by name."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise _bad(what, value, "a list")
    return value


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


def unit_or_raw_scores(raw_scores: list[Any], what: str) -> list[tuple[float | None, float | None]]:
    """Per document ``(score, raw_score)``: relevance in [0, 1] when every score of the list is in [0, 1].

    Retriever scores from other systems may be BM25 scores, dot products or distances. One score outside
    [0, 1] shows the whole list is on such a scale (a BM25 score of 0.8 is not a relevance of 0.8), so all
    of them are kept as ``raw_score`` and none is used as relevance: the loader warns, naming the field,
    and the relevance check reports "not evaluable". A score that is not a number is rejected.
    """
    numbers = [to_float(value, f"{what}.{i}.score") for i, value in enumerate(raw_scores)]
    if all(n is None or 0.0 <= n <= 1.0 for n in numbers):
        return [(n, None) for n in numbers]
    return [(None, n) for n in numbers]


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
    except RecursionError as exc:
        raise TraceLoadError(f"{source}: the {fmt} export is nested too deeply to map; check the exporter.",
                             source=source) from exc
    except Exception as exc:  # any mapping failure is a load error naming the file, never a crash
        detail = str(exc) if isinstance(exc, ImportFormatError) else f"{type(exc).__name__}: {exc}"
        raise TraceLoadError(
            f"{source}: {fmt} export could not be mapped: {' '.join(detail.split())[:300]} "
            "Re-export the trace in full, or load it with an explicit fmt= if the format was guessed wrong.",
            source=source, field=getattr(exc, "field", None),
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
    rows: list[dict[str, Any]] = []
    raw_scores: list[Any] = []
    for index, item in enumerate(items):
        item = maybe_json(item)
        if isinstance(item, str):
            rows.append({"id": f"doc-{index}", "content": item, "metadata": {}})
            raw_scores.append(None)
            continue
        if not isinstance(item, dict):
            raise _bad(f"documents.{index}", item, "a document object or its text")
        meta = dict(expect_mapping(item.get("metadata"), f"documents.{index}.metadata"))
        doc_id = item.get("id") or next((meta.pop(k) for k in _ID_KEYS if meta.get(k) is not None), None)
        raw_score = item.get("score")
        if raw_score is None:
            raw_score = next((meta.pop(k) for k in _SCORE_KEYS if k in meta), None)
        content = item.get("page_content", item.get("content", item.get("text")))
        title = item.get("title") or meta.pop("title", None)
        rows.append({"id": str(doc_id if doc_id is not None else f"doc-{index}"),
                     "content": content if content not in (None, "") else None, "title": title, "metadata": meta})
        raw_scores.append(raw_score)
    return with_scores(rows, raw_scores, "documents")


def with_scores(rows: list[dict[str, Any]], raw_scores: list[Any], what: str) -> list[Document]:
    """Documents from mapped fields plus their recorded scores, scaled by :func:`unit_or_raw_scores`."""
    docs = []
    for row, (score, raw) in zip(rows, unit_or_raw_scores(raw_scores, what), strict=True):
        if raw is not None:
            row["metadata"]["raw_score"] = raw
        docs.append(Document(**row, score=score))
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
