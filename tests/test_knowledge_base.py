"""The packaged help center and its BM25 index."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.errors import LlmopsError
from llmops_kit.knowledge_base import (
    Article,
    KnowledgeBaseError,
    KnowledgeBaseIndex,
    available_indexes,
    get_index,
    load_knowledge_base,
    tokenize,
)
from llmops_kit.traces import Document

FLOOR = load_contract().retrieval.relevance_floor


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return load_knowledge_base()


@pytest.fixture(scope="module")
def index() -> KnowledgeBaseIndex:
    return get_index("kb-primary")


def test_packaged_kb_has_at_least_32_articles(articles: list[Article]) -> None:
    """The packaged knowledge base loads and holds at least 32 articles."""
    assert len(articles) >= 32


def test_ids_are_unique_and_sequential(articles: list[Article]) -> None:
    """Ids are unique and run kb-001, kb-002, ... so traces can cite them stably."""
    ids = [a.id for a in articles]
    assert ids == [f"kb-{n:03d}" for n in range(1, len(ids) + 1)]


def test_articles_are_60_to_150_words(articles: list[Article]) -> None:
    """Every article is a real help-center entry: 60-150 words of content."""
    lengths = {a.id: len(a.content.split()) for a in articles}
    assert all(60 <= n <= 150 for n in lengths.values()), lengths


def test_store_name_is_consistent(articles: list[Article]) -> None:
    """The file names one store and no article names another."""
    data = json.loads(Path("llmops_kit/data/knowledge_base.json").read_text("utf-8"))
    assert data["store_name"] == "Northwind Outfitters"
    assert sum("Northwind Outfitters" in a.content for a in articles) >= 5


def test_covers_the_support_topics(articles: list[Article]) -> None:
    """Categories cover returns, refunds, exchanges, shipping, orders, payments, account, warranty and more."""
    categories = {a.category for a in articles}
    assert {"returns", "refunds", "exchanges", "shipping", "orders", "payments", "account", "warranty",
            "pricing", "loyalty", "privacy"} <= categories


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("How do I reset my password? The reset email never arrived.", "kb-025"),
        ("Do you ship to Canada and do I pay duties?", "kb-011"),
        ("How do I delete my account data?", "kb-034"),
        ("Does the warranty cover a broken zipper?", "kb-027"),
        ("Can I pay in 4 instalments with Klarna?", "kb-023"),
        ("Where is my order NW-4480215? The tracking has not updated.", "kb-012"),
        ("Can I change the delivery address after the order shipped?", "kb-014"),
        ("How many Trailhead Rewards points do I earn per dollar?", "kb-031"),
    ],
)
def test_search_finds_the_obvious_article(index: KnowledgeBaseIndex, query: str, expected: str) -> None:
    """The article a person would pick comes first and scores above the contract's relevance floor."""
    top = index.search(query, k=4)[0]
    assert top.id == expected
    assert top.score is not None and top.score > FLOOR


@pytest.mark.parametrize(
    "query", ["Do you sell car insurance?", "What is the weather in Paris tomorrow?", "recipe for chocolate cake"]
)
def test_off_topic_query_scores_below_floor(index: KnowledgeBaseIndex, query: str) -> None:
    """A question the help center does not cover scores below the relevance floor (or matches nothing)."""
    assert all((d.score or 0.0) < FLOOR for d in index.search(query, k=4))


def test_search_returns_trace_documents(index: KnowledgeBaseIndex, articles: list[Article]) -> None:
    """Results are trace Documents carrying the article's text, a [0,1] score, the raw BM25 and the category."""
    docs = index.search("gift card balance", k=3)
    assert 1 <= len(docs) <= 3
    by_id = {a.id: a for a in articles}
    for doc in docs:
        assert isinstance(doc, Document)
        assert doc.content == by_id[doc.id].content and doc.title == by_id[doc.id].title
        assert 0.0 <= (doc.score or 0.0) <= 1.0
        assert doc.metadata["category"] == by_id[doc.id].category
        assert doc.metadata["bm25_score"] > 0
    assert [d.score for d in docs] == sorted((d.score for d in docs), reverse=True)


def test_category_filter_restricts_results(index: KnowledgeBaseIndex) -> None:
    """A category filter keeps only that category's articles and leaves their scores unchanged."""
    query = "How do I reset my password? I never received the reset email."
    filtered = index.search(query, k=4, categories={"orders"})
    assert filtered and all(d.metadata["category"] == "orders" for d in filtered)
    unfiltered = {d.id: d.score for d in index.search(query, k=40)}
    assert all(unfiltered[d.id] == d.score for d in filtered)


def test_search_is_deterministic(index: KnowledgeBaseIndex) -> None:
    """The same query gives the same documents and scores every time."""
    query = "return label fee for an exchange"
    assert index.search(query) == index.search(query)


def test_query_of_only_stopwords_returns_nothing(index: KnowledgeBaseIndex) -> None:
    """A query with no searchable word returns no documents instead of crashing."""
    assert index.search("what is it?") == []


def test_bad_k_is_rejected(index: KnowledgeBaseIndex) -> None:
    """k below 1 is a caller error."""
    with pytest.raises(ValueError, match="k must be at least 1"):
        index.search("refund", k=0)


def test_tokenizer_drops_order_numbers_and_stems() -> None:
    """Order numbers are not search terms; plural and past forms meet their stem."""
    assert tokenize("Order NW-4471902 returned") == tokenize("orders returns")
    assert tokenize("NW- prefix") == ["nw", "prefix"]


def test_score_named_articles(index: KnowledgeBaseIndex) -> None:
    """score() grades given articles against a query: on-topic high, off-topic low."""
    on, off = index.score("reset my password", ["kb-025", "kb-021"])
    assert (on.id, off.id) == ("kb-025", "kb-021")
    assert (on.score or 0) > FLOOR > (off.score or 0)


def test_unknown_article_id_is_an_error(index: KnowledgeBaseIndex) -> None:
    """Asking for an id that does not exist names the valid range."""
    with pytest.raises(KnowledgeBaseError, match=r"kb-999.*kb-001"):
        index.get("kb-999")


def test_available_indexes() -> None:
    """Both the primary and the backup index are offered."""
    assert available_indexes() == ["kb-backup", "kb-primary"]


def test_backup_index_is_content_only() -> None:
    """The backup index searches the same articles but without titles."""
    backup = get_index("kb-backup")
    assert backup.fields == ("content",)
    assert backup.search("Klarna interest-free payments")[0].id == "kb-023"


def test_unknown_index_name_lists_known_ones() -> None:
    """An unknown index name raises the package's error and lists the valid names."""
    with pytest.raises(KnowledgeBaseError, match=r"'kb-secondary'.*kb-backup, kb-primary") as info:
        get_index("kb-secondary")
    assert isinstance(info.value, LlmopsError)


def test_missing_kb_file_is_an_error(tmp_path: Path) -> None:
    """A path that does not exist says so."""
    with pytest.raises(KnowledgeBaseError, match="no such knowledge base file"):
        load_knowledge_base(tmp_path / "nope.json")


def test_invalid_json_names_line(tmp_path: Path) -> None:
    """Broken JSON reports where it broke."""
    bad = tmp_path / "kb.json"
    bad.write_text('{"articles": [', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"kb\.json: invalid JSON at line 1"):
        load_knowledge_base(bad)


def test_article_missing_field_names_it(tmp_path: Path) -> None:
    """An article without content is reported with its position and the field."""
    bad = tmp_path / "kb.json"
    bad.write_text(json.dumps({"articles": [{"id": "kb-001", "title": "T", "category": "c"}]}), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"article #0 field 'content'"):
        load_knowledge_base(bad)


def test_bad_article_id_is_rejected(tmp_path: Path) -> None:
    """Ids must look like kb-012."""
    bad = tmp_path / "kb.json"
    item = {"id": "article-1", "title": "T", "category": "c", "content": "x"}
    bad.write_text(json.dumps([item]), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=re.escape("field 'id'")):
        load_knowledge_base(bad)


def test_duplicate_article_ids_are_rejected(tmp_path: Path) -> None:
    """Two articles with one id would make citations ambiguous."""
    bad = tmp_path / "kb.json"
    item = {"id": "kb-001", "title": "T", "category": "c", "content": "x"}
    bad.write_text(json.dumps({"articles": [item, item]}), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="appears twice"):
        load_knowledge_base(bad)


def test_empty_article_list_is_rejected(tmp_path: Path) -> None:
    """A file without articles cannot serve retrieval."""
    bad = tmp_path / "kb.json"
    bad.write_text(json.dumps({"articles": []}), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="non-empty list of articles"):
        load_knowledge_base(bad)


def test_custom_kb_file_builds_an_index(tmp_path: Path) -> None:
    """Another store's knowledge base can be loaded and indexed the same way."""
    kb = tmp_path / "kb.json"
    items = [
        {"id": "kb-001", "title": "Opening hours", "category": "store", "content": "We open at nine every weekday."},
        {"id": "kb-002", "title": "Parking", "category": "store", "content": "Parking is free for two hours."},
    ]
    kb.write_text(json.dumps(items), encoding="utf-8")
    index = KnowledgeBaseIndex(load_knowledge_base(kb))
    assert index.search("is parking free?")[0].id == "kb-002"
