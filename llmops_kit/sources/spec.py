"""Where traces live when they are not in files: one spelling for a backend source, and its time window.

A Phoenix source is written as a URI wherever a trace path is accepted::

    phoenix://HOST:PORT/PROJECT?since=1h
    phoenix://127.0.0.1:6006/support-bot?start=2026-01-01T10:00:00Z&end=2026-01-01T11:00:00Z
    phoenix+https://phoenix.example.com/support-bot?since=30m

``trace_id=ID`` reads one trace (e.g. to replay it). ``phoenix://`` talks plain HTTP (a local
``phoenix serve``), ``phoenix+https://`` TLS. ``since`` is a
duration (``90s``, ``10m``, ``1h``, ``2d``) counted back from now; ``start`` / ``end`` are ISO-8601
times (no zone means UTC). Nothing here needs the Phoenix client: parsing works without the extra.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, quote, unquote, urlsplit

from pydantic import BaseModel, ConfigDict

from ..errors import LlmopsError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}
#: Path-like spellings a shell or ``pathlib.Path`` may leave of the URI (``Path`` folds ``//`` into ``/``).
_PREFIX = re.compile(r"^(?P<scheme>phoenix(?:\+https?)?):/{1,2}(?P<rest>.*)$", re.IGNORECASE)


class SourceError(LlmopsError):
    """A backend source is misspelled, unreachable, missing its client library, or answered with an error."""


def parse_duration(text: str, *, what: str = "duration") -> timedelta:
    """``90s``, ``10m``, ``1h``, ``2d``, ``250ms`` (a bare number is seconds) as a positive timedelta."""
    match = _DURATION.match(str(text))
    if not match or float(match.group(1)) <= 0:
        raise SourceError(f"{what} {text!r} is not a positive duration; write it like 90s, 10m, 1h or 2d.")
    return timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2) or "s"])


def parse_time_arg(text: str, *, what: str = "time") -> datetime:
    """An ISO-8601 time as an aware UTC datetime (no zone means UTC)."""
    try:
        value = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise SourceError(f"{what} {text!r} is not an ISO-8601 time; write it like 2026-01-31T10:00:00Z.") from None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


class PhoenixSource(BaseModel):
    """A Phoenix project and the time window to read from it."""

    model_config = ConfigDict(frozen=True)

    url: str
    project: str
    since: timedelta | None = None
    start: datetime | None = None
    end: datetime | None = None
    #: Read only this trace (replay of one recorded request); the window is then ignored.
    trace_id: str | None = None

    def window(self, now: datetime) -> tuple[datetime | None, datetime | None]:
        """``(start, end)`` for a read at ``now``: ``since`` counts back from ``end`` (or from ``now``)."""
        end = self.end
        start = self.start
        if self.since is not None:
            start = (end or now) - self.since
        return start, end

    @property
    def uri(self) -> str:
        """The URI spelling of this source (what error lines and ``source`` fields show)."""
        split = urlsplit(self.url)
        scheme = "phoenix+https" if split.scheme == "https" else "phoenix"
        query = []
        if self.since is not None:
            query.append(f"since={self.since.total_seconds():g}s")
        if self.start is not None:
            query.append(f"start={self.start.isoformat()}")
        if self.end is not None:
            query.append(f"end={self.end.isoformat()}")
        if self.trace_id is not None:
            query.append(f"trace_id={self.trace_id}")
        tail = f"?{'&'.join(query)}" if query else ""
        return f"{scheme}://{split.netloc}{split.path.rstrip('/')}/{quote(self.project, safe='')}{tail}"


def is_source_uri(text: object) -> bool:
    """True for anything spelled like a backend source (``phoenix://...``), even as a mangled path."""
    return bool(_PREFIX.match(str(text)))


def phoenix_source(
    url: str, project: str, *, since: str | timedelta | None = None, start: str | datetime | None = None,
    end: str | datetime | None = None, trace_id: str | None = None,
) -> PhoenixSource:
    """A validated :class:`PhoenixSource` from command-line style values."""
    if not project:
        raise SourceError("a Phoenix source needs a project name (--project NAME, or phoenix://HOST:PORT/NAME).")
    split = urlsplit(url if "://" in url else f"http://{url}")
    if split.scheme not in ("http", "https") or not split.netloc:
        raise SourceError(f"Phoenix URL {url!r} is not an http(s) URL; write it like http://127.0.0.1:6006.")
    if since is not None and start is not None:
        raise SourceError("give either since (a duration back from now) or start/end, not both.")
    window_since = parse_duration(since, what="since") if isinstance(since, str) else since
    window_start = parse_time_arg(start, what="start") if isinstance(start, str) else start
    window_end = parse_time_arg(end, what="end") if isinstance(end, str) else end
    if window_start and window_end and window_start >= window_end:
        raise SourceError(f"start {window_start.isoformat()} is not before end {window_end.isoformat()}.")
    return PhoenixSource(url=f"{split.scheme}://{split.netloc}{split.path.rstrip('/')}", project=project,
                         since=window_since, start=window_start, end=window_end, trace_id=trace_id or None)


def parse_source(text: str) -> PhoenixSource:
    """``phoenix://HOST:PORT/PROJECT?since=1h`` (or ``phoenix+https://``, or start/end) as a source."""
    match = _PREFIX.match(str(text).strip())
    if not match:
        raise SourceError(f"{text!r} is not a source URI; write it like phoenix://127.0.0.1:6006/PROJECT?since=1h.")
    scheme = "https" if match.group("scheme").lower() == "phoenix+https" else "http"
    split = urlsplit(f"{scheme}://{match.group('rest')}")
    parts = [p for p in split.path.split("/") if p]
    if not split.netloc or not parts:
        raise SourceError(f"{text!r} names no project; write it like phoenix://127.0.0.1:6006/PROJECT?since=1h.")
    params = {k: v[-1] for k, v in parse_qs(split.query).items()}
    unknown = set(params) - {"since", "start", "end", "trace_id"}
    if unknown:
        raise SourceError(f"{text!r}: unknown parameter(s) {sorted(unknown)}; use since, start, end or trace_id.")
    prefix = "/".join(parts[:-1])
    base = f"{scheme}://{split.netloc}" + (f"/{prefix}" if prefix else "")
    return phoenix_source(base, unquote(parts[-1]), since=params.get("since"), start=params.get("start"),
                          end=params.get("end"), trace_id=params.get("trace_id"))
