"""Caches keyed by a text, bounded by how much text they keep, not only by how many entries.

Help articles, system prompts and stock answers recur across requests, so what the scorer reads from
them is worth remembering. A long tool result is usually seen once: an entry-bounded cache of 8,192 of
those, with what was read from each, held gigabytes (measured in ``bench/bench_scale.py``). So short
texts go to functools' C-speed ``lru_cache`` (entry-bounded, each at most :data:`SHORT_TEXT`
characters), and longer ones to an LRU bounded by their total length (:class:`SizedLru`).
"""

from __future__ import annotations

import inspect
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import lru_cache, wraps
from typing import Any, Generic, NamedTuple, TypeVar

__all__ = ["LONG_TEXT_BUDGET", "SHORT_TEXT", "SizedLru", "TextCacheInfo", "text_cache"]

#: Texts up to this many characters are cached by entry count (most articles, prompts and answers).
SHORT_TEXT = 2_000
#: Characters of longer texts kept, all entries together; one text longer than this is not kept.
LONG_TEXT_BUDGET = 1_000_000
#: What a long-text lookup gives for a text not kept (a reader may return None).
_MISSING: Any = object()

R = TypeVar("R")
V = TypeVar("V")


class SizedLru(Generic[V]):
    """A least-recently-used map bounded by the total size of its entries (``size`` per entry, 1 by default).

    ``OrderedDict`` keeps the order in C: a store with its evictions costs about a fifth of what
    ``cachetools.LRUCache`` costs in Python (the verdict memo stores every verdict it scores, the text caches
    every long text they read). Not thread-safe on its own: its users hold a lock around every call."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self.currsize = 0
        self._data: OrderedDict[Hashable, tuple[int, V]] = OrderedDict()

    def get(self, key: Hashable, default: V | None = None) -> V | None:
        entry = self._data.get(key)
        if entry is None:
            return default
        self._data.move_to_end(key)
        return entry[1]

    def put(self, key: Hashable, value: V, size: int = 1) -> None:
        """Keep ``value`` (an entry larger than the whole bound is not kept), evicting the least recent."""
        old = self._data.pop(key, None)
        if old is not None:
            self.currsize -= old[0]
        if size > self.maxsize:
            return
        self._data[key] = (size, value)
        self.currsize += size
        while self.currsize > self.maxsize:
            self.currsize -= self._data.popitem(last=False)[1][0]

    def clear(self) -> None:
        self._data.clear()
        self.currsize = 0

    def __len__(self) -> int:
        return len(self._data)


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
        long: SizedLru[R] = SizedLru(long_budget)
        lock = threading.Lock()

        def cached_long(text: str, *args: Any) -> R:
            key = (text, *args)
            with lock:
                found = long.get(key, _MISSING)
            if found is not _MISSING:
                return found  # type: ignore[return-value]
            value = func(text, *args)
            with lock:
                long.put(key, value, len(text))  # a text longer than the whole budget is not kept
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
                return TextCacheInfo(short.cache_info().currsize, maxsize, len(long), long.currsize)

        wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
        wrapper.cache_info = cache_info  # type: ignore[attr-defined]
        return wrapper

    return decorate
