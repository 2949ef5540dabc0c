"""A seeded traffic generator: realistic support-bot traces with a chosen mix of failure modes.

Windows, breaker batches, the drill and the benchmarks need many traces that look like production
ones. :func:`generate_traffic` builds native traces the way the bot would have recorded them: a root
``support-chat`` chain, a ``kb.search`` retriever span with documents from the real knowledge base,
an optional ``tool.order_status`` span, and an ``llm.chat`` span with the prompt template rendered
from the prompt registry, token usage and cost from the contract's price table.

A failure mode only changes what happens inside the request (which articles come back, which prompt
version renders, how long a span takes, what the answer says). No field names the mode, so every
check downstream has to find it from signals, exactly as with real traffic:

==========================  ======================================================================
mode                        what the request does
==========================  ======================================================================
healthy                     relevant articles, v2.0 prompt, answer quotes the articles with citations
retrieval_mismatch          articles from an unrelated topic (scored honestly, so below the floor)
empty_retrieval             the search returns nothing; the answer is the v2.0 refusal
wrong_prompt_version        v1.3 renders: greeting opener, no citations, general-knowledge filler
tool_timeout                the order lookup hits its timeout; the answer apologises
hallucination               a grounded answer plus claims (numbers, partners) no article supports
slow_response               a slow provider: the LLM span takes 6.4-12.4 s, most of it before the first token
cost_spike                  a retry loop: six LLM calls, each re-sending all earlier attempts
pii_leak                    the answer repeats the customer's e-mail address from the order record
==========================  ======================================================================

Counts are exact: a mix of 0.25 over 20 requests gives 5 of that mode (largest-remainder rounding),
placed in a seeded random order. Everything derives from ``seed``; no wall clock, no global state.
"""

from __future__ import annotations

from ..errors import TrafficError
from .generator import FAILURE_MODES, allocate, generate_traffic, write_traffic

__all__ = ["FAILURE_MODES", "TrafficError", "allocate", "generate_traffic", "write_traffic"]
