"""A remark of liking about a phrase quoted from the customer (:mod:`llmops_kit.text.quoted_remarks`): it states
nothing, so it is no claim. Controls: a quoted phrase answered with a statement or a promise stays a claim and is
judged, and the quoted remark switched off is a claim again.

The fixtures are this file's own (a wedding cake maker, a garden designer).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import quality
from llmops_kit.quality import score_answer
from llmops_kit.text import claim_text, quoted_remarks, read_answer
from llmops_kit.traces import Document

CAKES = [Document(id="ck-1", content="A three-tier cake starts at £300. Tastings are free and last 30 minutes.")]
_CITATION = r"\[\w+\]"


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    quality._memo.clear()
    try:
        return [v.verdict for v in score_answer(answer, docs, query=query).support]
    finally:
        quality._memo.clear()


def test_a_remark_on_a_quoted_phrase_is_no_claim() -> None:
    assert claim_text('"Lemon and elderflower, three tiers" sounds lovely to us.', _CITATION, (), 2) is None
    assert claim_text("'Wild, meadowy and loose' sounds gorgeous!", _CITATION, (), 2) is None
    assert claim_text("“Rustic and naked” looks really beautiful.", _CITATION, (), 2) is None


def test_the_remark_beside_a_held_statement_leaves_the_statement_alone() -> None:
    answer = '"Lemon and elderflower, three tiers" sounds lovely to us. A three-tier cake starts at £300.'
    query = "we want 'lemon and elderflower, three tiers' - can you do it?"
    assert _verdicts(answer, CAKES, query) == ["supported"]


def test_the_reading_is_what_settles_the_remark() -> None:
    """Switched off, the remark is a claim again (its liking words are held nowhere)."""
    read_answer.cache_clear()  # type: ignore[attr-defined]  # answers read before are read again
    try:
        with patch.object(quoted_remarks, "READ_QUOTED_REMARKS", False):
            text = claim_text('"Lemon and elderflower, three tiers" sounds lovely to us.', _CITATION, (), 2)
            assert text is not None
    finally:
        read_answer.cache_clear()  # type: ignore[attr-defined]


def test_a_quoted_phrase_answered_with_a_promise_stays_a_claim() -> None:
    text = claim_text('"Lemon and elderflower" sounds lovely, we can do it for £250.', _CITATION, (), 2)
    assert text is not None and "£250" in text
    answer = '"Lemon and elderflower" sounds lovely, we can do three tiers for £250.'
    assert _verdicts(answer, CAKES, "we want 'lemon and elderflower' - how much for three tiers?") != ["supported"]


def test_a_quoted_statement_of_the_business_is_no_remark() -> None:
    """A quote followed by a fact ("is free") is not a remark of liking."""
    assert claim_text('"Tasting" is free for every couple.', _CITATION, (), 2) is not None
