"""The store's help-center articles and the BM25 index the support bot retrieves from.

The knowledge base is package data (``llmops_kit/data/knowledge_base.json``): the help center of
*Northwind Outfitters*, a fictional online outdoor-gear store. The course traces quote these
articles verbatim, and replay re-retrieves from them, so a trace's documents can always be checked
against the source.

Retrieval is BM25 (the ``bm25s`` library, Lucene variant, k1=1.5, b=0.75) over the terms of the one
text layer (:func:`llmops_kit.text.retrieval_terms`: Snowball stems, stopwords and filler out), so
nothing is downloaded at run time.

Score normalisation (raw BM25 is unbounded; a trace's relevance score lives in [0, 1])::

    score = tanh(bm25(query, article) / ideal(query))
    ideal(query) = sum over the distinct query terms t of idf(t) / (1 + k1)

``idf(t)`` is the index's Lucene idf, ``log(1 + (N - df + 0.5) / (df + 0.5))``, and a term no article
contains counts with ``df = 0`` (the largest idf: a word the help center never uses is a sign the
question is outside it). ``idf(t) / (1 + k1)`` is exactly what one mention of ``t`` adds to the
``bm25s`` Lucene score of an article of average length, so the ratio reads as "how much of the
question this article covers, at one mention per term"; ``tanh`` keeps it below 1 while staying
nearly linear for weak matches. An article that mentions the distinctive words of a question scores
well above the contract's relevance floor (0.5); one that shares only a common word or two, or a
question the store's help center does not cover, scores well below it (often no article matches at all).
Conversational filler is removed by the stopword list; scores are most meaningful within one query.
"""

from __future__ import annotations

import json
import math
import os
import warnings
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import KnowledgeBaseError
from .text import retrieval_terms

with warnings.catch_warnings():
    # bm25s imports tqdm.auto, which warns (with an install path in the text) inside Jupyter without ipywidgets
    warnings.filterwarnings("ignore", message="IProgress not found")
    import bm25s
from .traces import Document

__all__ = [
    "Article",
    "KnowledgeBaseError",
    "KnowledgeBaseIndex",
    "available_indexes",
    "get_index",
    "load_knowledge_base",
    "tokenize",
]

#: BM25 parameters (Lucene defaults); the normalisation above assumes the Lucene idf.
K1 = 1.5
B = 0.75

#: Index name -> the article fields it indexes. Both indexes serve the packaged knowledge base:
#: "kb-primary" is what production queries; "kb-backup" is the older content-only build kept as a
#: fallback (titles not indexed), which a breaker or a replay override can switch to.
_INDEX_FIELDS: dict[str, tuple[str, ...]] = {
    "kb-primary": ("title", "content"),
    "kb-backup": ("content",),
}

class Article(BaseModel):
    """One help-center article; ``id`` is stable (``kb-012``) because traces cite it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^kb-\d{3}$")
    title: str = Field(min_length=1)
    category: str = Field(min_length=1)
    content: str = Field(min_length=1)


# ---- tokenizer -------------------------------------------------------------------------------------


def tokenize(text: str) -> list[str]:
    """The terms the index compares: :func:`llmops_kit.text.retrieval_terms`, the one text layer's view.

    Lower case, stopwords and conversational filler out, Snowball stems, identifiers (order numbers such
    as NW-4471902) dropped; the scorer and the simulator read words through the same layer, so a word
    the index matches is the word the quality score counts.
    """
    return retrieval_terms(text)


# ---- loading ---------------------------------------------------------------------------------------


def _packaged_text() -> tuple[str, str]:
    return resources.files("llmops_kit").joinpath("data/knowledge_base.json").read_text("utf-8"), (
        "packaged knowledge_base.json"
    )


def _parse(text: str, source: str) -> list[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnowledgeBaseError(
            f"{source}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}; fix the file."
        ) from exc
    raw = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(raw, list) or not raw:
        raise KnowledgeBaseError(
            f"{source}: expected a non-empty list of articles (or an object with an 'articles' list); "
            "each article needs id, title, category and content."
        )
    articles: list[Article] = []
    seen: set[str] = set()
    for position, item in enumerate(raw):
        try:
            article = Article.model_validate(item)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            field = ".".join(str(p) for p in first["loc"]) or "(article)"
            raise KnowledgeBaseError(
                f"{source}: article #{position} field {field!r}: {first['msg']}; "
                "each article needs id (like 'kb-012'), title, category and content."
            ) from exc
        if article.id in seen:
            raise KnowledgeBaseError(f"{source}: article id {article.id!r} appears twice; ids must be unique.")
        seen.add(article.id)
        articles.append(article)
    return articles


def load_knowledge_base(path: str | os.PathLike[str] | None = None) -> list[Article]:
    """The articles of a knowledge base file; ``None`` loads the packaged Northwind Outfitters help center."""
    if path is None:
        text, source = _packaged_text()
        return _parse(text, source)
    file = Path(path)
    if not file.is_file():
        raise KnowledgeBaseError(f"{path}: no such knowledge base file; pass the path of a knowledge_base.json.")
    return _parse(file.read_text("utf-8"), str(path))


# ---- index -----------------------------------------------------------------------------------------


class KnowledgeBaseIndex:
    """A BM25 index over articles; :meth:`search` returns trace-ready :class:`Document` objects."""

    def __init__(self, articles: Iterable[Article], *, fields: Sequence[str] = ("title", "content")) -> None:
        self._articles = list(articles)
        if not self._articles:
            raise KnowledgeBaseError("cannot build an index over zero articles; load a knowledge base first.")
        self._by_id = {a.id: a for a in self._articles}
        self.fields = tuple(fields)
        corpus = [tokenize(" ".join(getattr(a, f) for f in self.fields)) for a in self._articles]
        self._bm25 = bm25s.BM25(k1=K1, b=B, method="lucene")
        self._bm25.index(corpus, show_progress=False)
        n = len(corpus)
        df: dict[str, int] = {}
        for tokens in corpus:
            for token in set(tokens):
                df[token] = df.get(token, 0) + 1
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self._idf_unseen = math.log(1 + (n + 0.5) / 0.5)

    @property
    def articles(self) -> list[Article]:
        return list(self._articles)

    def __len__(self) -> int:
        return len(self._articles)

    def get(self, article_id: str) -> Article:
        """The article with this id; unknown ids raise with a hint at the valid range."""
        try:
            return self._by_id[article_id]
        except KeyError:
            raise KnowledgeBaseError(
                f"no article {article_id!r} in this knowledge base "
                f"({self._articles[0].id} .. {self._articles[-1].id}, {len(self)} articles)."
            ) from None

    def _raw_scores(self, terms: list[str]) -> list[float]:
        return [float(s) for s in self._bm25.get_scores(terms)]

    def _ideal(self, terms: list[str]) -> float:
        # bm25s' Lucene variant scores one mention in an average-length article as idf / (1 + k1).
        return sum(self._idf.get(t, self._idf_unseen) for t in terms) / (1 + K1)

    def _document(self, article: Article, raw: float, ideal: float) -> Document:
        score = math.tanh(raw / ideal) if ideal > 0 else 0.0
        return Document(
            id=article.id,
            title=article.title,
            content=article.content,
            score=round(score, 4),
            metadata={"category": article.category, "bm25_score": round(raw, 4)},
        )

    def search(self, query: str, k: int = 4, *, categories: Collection[str] | None = None) -> list[Document]:
        """The ``k`` best-matching articles, best first (ties by id); articles sharing no term are left out.

        ``categories`` restricts the search to articles of those categories (a metadata filter, as a
        query router would set it); scores are unchanged by the filter.
        """
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        terms = list(dict.fromkeys(tokenize(query)))
        if not terms:
            return []
        raw = self._raw_scores(terms)
        ideal = self._ideal(terms)
        allowed = [
            i for i, s in enumerate(raw) if s > 0 and (categories is None or self._articles[i].category in categories)
        ]
        ranked = sorted(allowed, key=lambda i: (-raw[i], self._articles[i].id))
        return [self._document(self._articles[i], raw[i], ideal) for i in ranked[:k]]

    def score(self, query: str, article_ids: Sequence[str]) -> list[Document]:
        """Score named articles against a query (in the given order), e.g. to re-grade a trace's documents."""
        terms = list(dict.fromkeys(tokenize(query)))
        raw = self._raw_scores(terms) if terms else [0.0] * len(self._articles)
        ideal = self._ideal(terms)
        position = {a.id: i for i, a in enumerate(self._articles)}
        out = []
        for article_id in article_ids:
            article = self.get(article_id)
            out.append(self._document(article, raw[position[article.id]], ideal))
        return out


def available_indexes() -> list[str]:
    """Names :func:`get_index` accepts (what a trace's ``retrieval.index`` attribute records)."""
    return sorted(_INDEX_FIELDS)


@cache
def _build(name: str) -> KnowledgeBaseIndex:
    return KnowledgeBaseIndex(load_knowledge_base(), fields=_INDEX_FIELDS[name])


def get_index(name: str) -> KnowledgeBaseIndex:
    """A named index over the packaged knowledge base, built once and cached."""
    if name not in _INDEX_FIELDS:
        raise KnowledgeBaseError(
            f"unknown retrieval index {name!r}; known indexes: {', '.join(available_indexes())}."
        )
    return _build(name)
