"""Caches keyed by a text, bounded by how much text they keep, not only by how many entries.

Help articles, system prompts and stock answers recur across requests, so what the scorer reads from
them is worth remembering. A long tool result is usually seen once: an entry-bounded cache of 8,192 of
those, with what was read from each, held gigabytes (measured in ``bench/bench_scale.py``). So short
texts go to functools' C-speed ``lru_cache`` (entry-bounded, each at most :data:`SHORT_TEXT`
characters), and longer ones to a ``cachetools`` LRU bounded by their total length.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, NamedTuple, TypeVar

import cachetools

__all__ = ["LONG_TEXT_BUDGET", "SHORT_TEXT", "TextCacheInfo", "text_cache"]

#: Texts up to this many characters are cached by entry count (most articles, prompts and answers).
SHORT_TEXT = 2_000
#: Characters of longer texts kept, all entries together; one text longer than this is not kept.
LONG_TEXT_BUDGET = 1_000_000

R = TypeVar("R")


class TextCacheInfo(NamedTuple):
    """How full a text cache is: short texts by entries, long ones by entries and total characters."""

    short_entries: int
    short_maxsize: int
    long_entries: int
    long_chars: int


def _text_only(func: Callable[..., Any]) -> bool:
    """Does ``func`` take its text and nothing else (no further parameters, no ``*args``)?"""
    code = getattr(func, "__code__", None)
    return code is not None and code.co_argcount == 1 and not code.co_flags & inspect.CO_VARARGS \
        and code.co_kwonlyargcount == 0


def text_cache(
    maxsize: int = 8192, long_budget: int = LONG_TEXT_BUDGET
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Memoise a pure function whose first argument is a text (further arguments must be hashable).

    Thread-safe: the replay engine scores from several threads.
    """

    def decorate(func: Callable[..., R]) -> Callable[..., R]:
        short = lru_cache(maxsize=maxsize)(func)
        long: cachetools.LRUCache[tuple[Any, ...], tuple[int, R]] = cachetools.LRUCache(
            maxsize=long_budget, getsizeof=lambda entry: entry[0]
        )
        lock = threading.Lock()

        def cached_long(text: str, *args: Any) -> R:
            key = (text, *args)
            with lock:
                entry = long.get(key)
            if entry is not None:
                return entry[1]
            value = func(text, *args)
            if len(text) <= long_budget:
                with lock:
                    long[key] = (len(text), value)
            return value

        @wraps(func)
        def cached(text: str, *args: Any) -> R:
            if len(text) <= SHORT_TEXT:
                return short(text, *args)
            return cached_long(text, *args)

        @wraps(func)
        def cached_text(text: str) -> R:
            # the same for a function of the text alone (most readers): a call without ``*args`` packing
            # costs about half as much, and a request reads its texts through these a few hundred times
            if len(text) <= SHORT_TEXT:
                return short(text)
            return cached_long(text)

        wrapper: Callable[..., R] = cached_text if _text_only(func) else cached

        def cache_clear() -> None:
            short.cache_clear()
            with lock:
                long.clear()

        def cache_info() -> TextCacheInfo:
            with lock:
                return TextCacheInfo(short.cache_info().currsize, maxsize, len(long), int(long.currsize))

        wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
        wrapper.cache_info = cache_info  # type: ignore[attr-defined]
        return wrapper

    return decorate
