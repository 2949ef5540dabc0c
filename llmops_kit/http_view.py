"""What plain HTTP monitoring (status codes and latency) would have seen of a request.

Each finding says whether a status-code / latency dashboard would have caught it; content failures (an
invented answer, off-topic articles) are invisible to it whatever the status.
"""

from __future__ import annotations

from .contract import Contract
from .traces import Trace

_STATUS_KEYS = ("http.status_code", "http.response.status_code", "status_code")


def http_view(trace: Trace, contract: Contract) -> tuple[bool, str]:
    """Would a status-code / latency monitor have flagged this request, and what would it have seen?"""
    root = trace.root_span
    status = None
    if root is not None:
        for key in _STATUS_KEYS:
            if isinstance(root.attributes.get(key), (int, float)):
                status = int(root.attributes[key])
                break
    failed = (status is not None and status >= 500) or (root is not None and root.failed)
    latency = trace.duration_ms
    sla = contract.latency.request_sla_ms
    shown = f"HTTP {status}" if status is not None else ("an error response" if failed else "a successful response")
    if failed:
        return True, f"the request ended in {shown}, which an HTTP error-rate alert counts"
    if latency is not None and latency > sla:
        return True, f"the request took {latency:,.0f} ms, over the {sla:,.0f} ms SLA an HTTP latency alert watches"
    took = f" in {latency:,.0f} ms" if latency is not None else ""
    return False, f"the request returned {shown}{took}, within the {sla:,.0f} ms SLA, so HTTP monitoring saw nothing"


def semantic_view(trace: Trace, contract: Contract, what: str) -> tuple[bool, str]:
    """Content failures are invisible to HTTP monitoring whatever the status: say what it saw instead."""
    seen, note = http_view(trace, contract)
    if seen:
        return False, f"{note}, but nothing in a status code or a timing reveals {what}"
    return False, f"{note}; {what} is only visible in the trace's content"


__all__ = ["http_view", "semantic_view"]
