"""Counts in the sentences the toolkit writes: "no documents", "1 document", "4 documents", never "0 document(s)"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun agreeing with it; zero reads "no" (a finding is read by people, not parsed)."""
    many = plural or f"{noun}s"
    if n == 0:
        return f"no {many}"
    return f"{n:,} {noun if n == 1 else many}"


__all__ = ["counted"]
