"""Text caches: recurring texts are read once, and long texts seen once cannot pile up in memory."""

from __future__ import annotations

import json
import tracemalloc
from concurrent.futures import ThreadPoolExecutor

from llmops_kit.contract import load_contract
from llmops_kit.quality import score_answer
from llmops_kit.textcache import SHORT_TEXT, SizedLru, text_cache
from llmops_kit.traces import Document


def counting_cache(**options: int):
    calls: list[str] = []

    @text_cache(**options)
    def read(text: str, suffix: str = "") -> str:
        calls.append(text)
        return text.upper() + suffix

    return read, calls


def test_short_and_long_texts_are_read_once_while_they_fit() -> None:
    read, calls = counting_cache(long_budget=10 * SHORT_TEXT)
    short, long = "refunds take five days", "x" * (SHORT_TEXT + 1)
    for _ in range(3):
        assert read(short) == short.upper()
        assert read(long) == long.upper()
        assert read(short, "!") == short.upper() + "!"  # further arguments are part of the key
    assert calls == [short, long, short]


def test_long_texts_are_bounded_by_their_total_length() -> None:
    read, calls = counting_cache(long_budget=3 * (SHORT_TEXT + 10))
    texts = [f"{i}" * (SHORT_TEXT + 10) for i in range(5)]
    for text in texts:
        read(text)
    calls.clear()
    read(texts[-1])  # the newest are kept ...
    read(texts[0])  # ... the oldest were evicted to stay within the budget
    assert calls == [texts[0]]
    huge = "h" * (4 * (SHORT_TEXT + 10))  # larger than the whole budget: answered, never kept
    read(huge)
    read(huge)
    assert calls[-2:] == [huge, huge]


def test_cache_clear_and_threads() -> None:
    read, calls = counting_cache()
    texts = [f"text {i} " * (1 + i % 2 * SHORT_TEXT) for i in range(40)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(read, texts * 5))
    assert results == [t.upper() for t in texts * 5]
    read.cache_clear()  # type: ignore[attr-defined]
    calls.clear()
    read(texts[0])
    assert calls == [texts[0]]


def test_scoring_requests_with_new_long_tool_results_stops_growing_memory() -> None:
    """Each request brings a 55 KB tool result never seen before. Entry-bounded caches kept what was read
    from every one (about 11 MiB more over the last 40 requests, measured); with caches bounded by
    text length, memory grows only by the verdict memo's texts (under 3 MiB), until its budget is full."""
    contract = load_contract()
    docs = [Document(id="kb-1", content="Orders ship within two days; tracking arrives by e-mail.")]

    def score(i: int) -> None:
        rows = [{"order": f"NW-{i}{j:05d}", "status": "shipped"} for j in range(1500)]
        tool = Document(id="tool:orders", content=json.dumps(rows))
        score_answer("Your order NW-1 shipped.", [*docs, tool], query="Where is my order?", contract=contract)

    tracemalloc.start()
    try:
        for i in range(30):  # fills the budget for long texts
            score(i)
        before = tracemalloc.get_traced_memory()[0]
        for i in range(30, 70):
            score(i)
        growth = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert growth < 6 * 1024 * 1024, f"{growth / 2**20:.1f} MiB more after 40 further requests"


def test_the_size_bound_evicts_the_least_recently_used_and_counts_a_key_once() -> None:
    """Storing a key again replaces its size instead of adding to it; reading a key makes it recent, so the
    entry evicted is the one least recently stored or read."""
    lru: SizedLru[str] = SizedLru(maxsize=10)
    for key in "abc":
        lru.put(key, key, 3)
    lru.put("a", "a", 3)
    assert lru.currsize == 9 and len(lru) == 3
    assert lru.get("b") == "b"
    lru.put("d", "d", 3)
    assert lru.get("c") is None and lru.get("a") == "a" and lru.get("b") == "b" and lru.currsize == 9
    lru.put("huge", "x", 11)
    assert lru.get("huge") is None and len(lru) == 3
