"""The quality scorer's memo: recent verdicts as objects, older ones packed as JSON bytes.

One request is often judged several times (diagnosis, metrics, bulk replay), so verdicts are kept for a
few thousand requests. Kept as pydantic objects, each verdict left a dozen long-lived objects (the report,
its lists, each claim's model with its dict and field set) for the garbage collector to walk on every full
collection: about 4 us per object over its life, measured as ~5% of the unique-answers diagnosis pipeline.
So only the last :data:`RECENT` verdicts are kept as objects (the same object comes back for a request
judged twice in a row); older ones are kept as their JSON (bytes, which the collector does not walk) and
validated back on a hit (~10 us; serialising costs ~4 us; a new scoring ~1 ms). Values are equal either way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from pydantic import BaseModel

from .textcache import SizedLru

__all__ = ["RECENT", "VerdictMemo"]

M = TypeVar("M", bound=BaseModel)

#: Verdicts kept as objects: enough for one request judged by several detectors and a replay's control.
RECENT = 64


class VerdictMemo(Generic[M]):
    """A bounded memo of pydantic verdicts: the last ``recent`` as objects, the rest as JSON, within
    ``budget`` characters of key text (each entry keeps its request's texts alive). Thread-safe."""

    def __init__(self, model: type[M], budget: int, recent: int = RECENT) -> None:
        if recent < 1:
            raise ValueError(f"VerdictMemo needs recent >= 1 (the verdicts kept as objects); got {recent}.")
        self._model = model
        self.budget = budget
        self._recent: SizedLru[M] = SizedLru(recent)
        self._packed: SizedLru[bytes] = SizedLru(budget)
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> M | None:
        """The verdict stored for ``key``, or None."""
        with self._lock:
            found = self._recent.get(key)
            packed = self._packed.get(key) if found is None else None
        if found is not None or packed is None:
            return found
        found = self._model.model_validate_json(packed)
        with self._lock:
            self._recent.put(key, found)
        return found

    def put(self, key: Hashable, size: int, value: M) -> None:
        """Keep ``value`` for ``key``; ``size``: the characters the key holds (too large: not kept)."""
        if size > self.budget:
            return
        packed = self._model.__pydantic_serializer__.to_json(value)
        with self._lock:
            self._recent.put(key, value)
            self._packed.put(key, packed, size + len(packed))

    def get_or_compute(self, key: Hashable, size: int, compute: Callable[[], M]) -> M:
        found = self.get(key)
        if found is None:
            found = compute()
            self.put(key, size, found)
        return found

    def clear(self) -> None:
        with self._lock:
            self._recent.clear()
            self._packed.clear()

    def __len__(self) -> int:
        return len(self._packed)
