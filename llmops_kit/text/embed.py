"""Offline sentence embeddings for paraphrase-tolerant support (WordLlama, 256 dimensions).

WordLlama ships its weights and tokenizer inside its wheel; they are loaded from the installed package
folder with downloads disabled, so nothing is fetched at run time (its default lookup tries a folder
name the wheel does not use, hence the explicit ``cache_dir``). A WordLlama sentence vector is the
mean of static token vectors, normalised. Its tokenizer (SentencePiece style) never joins two words
into one token, so the token ids of a text are the ids of its words in turn: they are cached per word,
and a sentence never seen before costs a tokenisation of its new words only, one fancy index and a
mean (``bench/bench_load_diagnose.py`` measures it). Vectors are also kept per text, because evidence
sentences (articles, prompts) recur across requests.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..textcache import SizedLru

__all__ = ["DIMENSIONS", "embed", "similarity_matrix"]

DIMENSIONS = 256

_lock = threading.RLock()
_model: tuple[np.ndarray, Any, dict[str, int]] | None = None
#: Token ids per word; a plain dict (C-speed lookups), emptied when it grows past this many words.
WORD_CACHE_SIZE = 200_000
_word_ids: dict[str, tuple[int, ...]] = {}
_vectors: SizedLru[np.ndarray] = SizedLru(50_000)  # C-speed LRU (OrderedDict); held under _lock


def _import_quietly() -> Any:
    """Import wordllama without its import-time ``logging.basicConfig(level=INFO)``, which would give the
    root logger a handler and make every library's INFO records (HTTP requests...) appear in the caller's
    output from then on. ``basicConfig`` does nothing when the root logger already has a handler."""
    root = logging.getLogger()
    level, placeholder = root.level, logging.NullHandler()
    added = not root.handlers
    if added:
        root.addHandler(placeholder)
    try:
        import wordllama  # local import: ~0.2 s with the weights, paid only when a claim needs embeddings
    finally:
        if added:
            root.removeHandler(placeholder)
        root.setLevel(level)
    return wordllama


def _load() -> tuple[np.ndarray, Any, dict[str, int]]:
    """The packaged WordLlama token vectors and tokenizer, loaded once, never downloaded."""
    global _model, _model_reads_words
    if _model is None:
        wordllama = _import_quietly()

        model = wordllama.WordLlama.load(
            cache_dir=Path(wordllama.__file__).parent, disable_download=True, dim=DIMENSIONS
        )
        tokenizer = model.tokenizer
        tokenizer.no_padding()  # our own copy: one text at a time, no padding to strip
        vocab = tokenizer.get_vocab()
        _model_reads_words = _plain_pipeline(tokenizer)
        _model = (np.ascontiguousarray(model.embedding, dtype=np.float32), tokenizer, vocab)
    return _model


#: The tokenizer pipeline WordLlama ships: prepend "▁", spaces to "▁", no pre-tokenizer. With it, encoding one
#: word is its model's tokenisation of "▁" + word, which skips the pipeline's per-call work (~4x faster).
_PLAIN_NORMALIZER = {"type": "Sequence", "normalizers": [
    {"type": "Prepend", "prepend": "\u2581"},
    {"type": "Replace", "pattern": {"String": " "}, "content": "\u2581"},
]}
_model_reads_words = False


def _plain_pipeline(tokenizer: Any) -> bool:
    """Is the tokenizer's pipeline the plain one above (so :func:`_tokenise` may call its model directly)?"""
    config = json.loads(tokenizer.to_str())
    return config.get("normalizer") == _PLAIN_NORMALIZER and config.get("pre_tokenizer") is None


def _tokenise(word: str, tokenizer: Any) -> tuple[int, ...]:
    """Token ids of one word, as ``tokenizer.encode`` gives them. Its added tokens ("<s>", "</s>", "<unk>") are
    cut out of a text before the model runs, so a word that may hold one takes the whole pipeline."""
    if _model_reads_words and "<" not in word and " " not in word:
        return tuple(token.id for token in tokenizer.model.tokenize("\u2581" + word))
    return tuple(tokenizer.encode(word, add_special_tokens=False).ids)


def _ids(words: Sequence[str], tokenizer: Any, vocab: dict[str, int]) -> list[int]:
    """Token ids of a text's words: a word that is one vocabulary entry ("▁refund") is looked up, as the
    tokenizer would merge it; only other words are tokenised (and remembered)."""
    if len(_word_ids) > WORD_CACHE_SIZE:
        _word_ids.clear()
    for word in words:
        if word not in _word_ids:
            whole = vocab.get("\u2581" + word)
            _word_ids[word] = (whole,) if whole is not None else _tokenise(word, tokenizer)
    ids: list[int] = []
    for word in words:
        ids.extend(_word_ids[word])
    return ids


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length vectors, one row per text (a text without known tokens gets a zero row)."""
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    with _lock:
        table, tokenizer, vocab = _load()
        for row, text in enumerate(texts):
            vector = _vectors.get(text)
            if vector is None:
                ids = _ids(text.split(), tokenizer, vocab)
                # the ufunc itself: what ``ndarray.sum`` calls through a Python wrapper, the same sum
                vector = np.add.reduce(table[ids], axis=0) if ids else np.zeros(DIMENSIONS, dtype=np.float32)
                norm = float(np.sqrt(vector @ vector))  # the mean's direction is the sum's
                vector = vector / norm if norm > 0 else vector
                _vectors.put(text, vector)
            out[row] = vector
    return out


def similarity_matrix(left: Sequence[str], right: Sequence[str]) -> np.ndarray:
    """Cosine similarity of every text in ``left`` with every text in ``right``."""
    if not left or not right:
        return np.zeros((len(left), len(right)), dtype=np.float32)
    return embed(left) @ embed(right).T
