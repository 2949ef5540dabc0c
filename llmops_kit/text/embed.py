"""Offline sentence embeddings for paraphrase-tolerant support (WordLlama, 256 dimensions).

WordLlama ships its weights and tokenizer inside its wheel; they are loaded from the installed package
folder with downloads disabled, so nothing is fetched at run time (its default lookup tries a folder
name the wheel does not use, hence the explicit ``cache_dir``). An embedding is an average of static
token vectors: about 20,000 sentences a second on one core, no GPU, deterministic.

Vectors are kept per text (bounded LRU), and :func:`embed` embeds only the texts not seen before, in
one batch: evidence sentences (articles, prompts) recur across requests and cost nothing the second time.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import cachetools
import numpy as np

__all__ = ["EMBEDDING_CACHE_SIZE", "embed", "similarity_matrix"]

#: Texts whose vectors are kept (1 KiB each).
EMBEDDING_CACHE_SIZE = 50_000

_lock = threading.Lock()
_model: Any = None
_vectors: cachetools.LRUCache[str, np.ndarray] = cachetools.LRUCache(maxsize=EMBEDDING_CACHE_SIZE)


def _load() -> Any:
    """The packaged WordLlama model, loaded once, never downloaded."""
    global _model
    if _model is None:
        import wordllama  # local import: loading the weights costs ~0.2 s, paid only when a claim needs it

        _model = wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    return _model


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length vectors, one row per text; only texts not seen before are embedded, in one batch."""
    with _lock:
        model = _load()
        missing = list(dict.fromkeys(t for t in texts if t not in _vectors))
        if missing:
            fresh = model.embed(missing, norm=True, batch_size=256)
            fresh = np.nan_to_num(fresh)  # a text of unknown tokens only has a zero vector
            for text, vector in zip(missing, fresh, strict=True):
                _vectors[text] = vector
        rows = [_vectors[t] for t in texts]
    return np.vstack(rows) if rows else np.zeros((0, 256), dtype=np.float32)


def similarity_matrix(left: Sequence[str], right: Sequence[str]) -> np.ndarray:
    """Cosine similarity of every text in ``left`` with every text in ``right``."""
    if not left or not right:
        return np.zeros((len(left), len(right)), dtype=np.float32)
    return embed(left) @ embed(right).T
