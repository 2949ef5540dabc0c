"""An apologetic "no" with its reason: a refusal that answers the question, not one that found nothing.

"I'm sorry, no: we ship within Argentina only." to "Do you ship to Chile?", "I'm sorry, slots cannot be extended:
each family bath booking is 50 minutes" to "Can we stay longer than one slot?": the claim reader
(:mod:`llmops_kit.text.claims`) reads a sentence opening with "I'm sorry" as conversation and drops it whole, so
the answer states no claim, and the retrieval reading (:mod:`llmops_kit.retrieval_fit`) would take it for a model
that read the articles and found nothing to answer with. But the refusal gives its reason, and when a retrieved
article holds that reason and it speaks of what was asked, the model answered the question from the articles:
the answer is "no", and the articles are what said so.

:func:`apology_statements` gives what such a sentence states after its apology ("I'm sorry," / "I am sorry,",
with an optional bare "no" / "not" / "I'm afraid not" after it): "we ship within Argentina only". The apology must
be followed by a mark ("I'm sorry to hear that" states nothing); "I'm sorry, but ..." is left to the claim
reader, which already keeps the statement after it.

:func:`answers_in_apology` reads the scorer's verdicts on those statements: every statement that is a claim is
supported by a retrieved document (a reason only the system prompt or a tool holds does not show the articles
answered), and one of them, or the article sentence holding it, shares a word stem with the question ("ship" in
"we ship within Argentina only"). A reason taken from an article that misses the question ("I'm sorry, no: tours
start at 10:00" to the same question) meets none of its words and keeps the decline reading; so does a refusal
with no reason ("I'm sorry, we can't help with that"), or one about the sources ("I'm sorry, our notes don't
cover that"), which the scorer reads as no claim at all.

:func:`denial_statements` is the same reading of a bare "No," with no apology before it: "No, tires aren't
accepted." to "Do you take old tires?". What follows the "no" is often shorter than a claim the claim reader keeps
(two content words), so the caller scores it as a claim of any length; the same test then decides: held by a
retrieved article and speaking of the question. "No, the notes don't cover tires" says something of the sources,
no article holds it, and stays a decline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .retrieval_fit import asked
from .text import content_stems, normalise_quotes
from .text.split import sentences_of
from .textcache import text_cache

if TYPE_CHECKING:
    from .grounding import ClaimSupport
    from .traces import Document

__all__ = ["answers_in_apology", "apology_statements", "denial_statements"]

#: "I'm sorry," / "I am sorry -", then an optional bare denial ("no:", "not,", "I'm afraid not;") and its mark;
#: what follows is the statement. "I'm sorry, but ..." is the claim reader's already (its apology is cut there).
_APOLOGY_OPENING_RE = re.compile(
    r"^(?:i'm|i am)\s+(?:so\s+|very\s+|really\s+)?sorry\s*[,:;.!\-–—]\s*"
    r"(?:(?:no|not|nope|i'm afraid not|i am afraid not|afraid not)\s*[,:;.!\-–—]\s*)?"
    r"(?!but\b)(?=\w)",
    re.IGNORECASE,
)


#: A bare denial opening a sentence ("No,", "Nope -", "No:"), with no apology before it; "No one ..." / "No
#: problem" / "No need ..." have no mark after the "no" and are not read.
_DENIAL_OPENING_RE = re.compile(r"^(?:no|nope)\s*[,:;\-–—]\s*(?!but\b)(?=\w)", re.IGNORECASE)


@text_cache()
def apology_statements(answer: str) -> tuple[str, ...]:
    """What the answer's sentences opening with "I'm sorry," state after the apology (and a bare "no"), each
    closed by a full stop: "I'm sorry, no: we ship within Argentina only." -> ("we ship within Argentina only.",).
    Empty when no sentence opens that way (a substring test first: most answers have no "sorry")."""
    if "orry" not in answer:
        return ()
    return _statements_after(answer, _APOLOGY_OPENING_RE)


@text_cache()
def denial_statements(answer: str) -> tuple[str, ...]:
    """What the answer's sentences opening with a bare "No," state after it, each closed by a full stop:
    "No, tires aren't accepted." -> ("tires aren't accepted.",). A cheap test first: the answer must open with
    "no"."""
    if answer.lstrip(" \"'*-")[:2].lower() != "no":
        return ()
    return _statements_after(answer, _DENIAL_OPENING_RE)


def _statements_after(answer: str, opening: re.Pattern[str]) -> tuple[str, ...]:
    """What each sentence of the answer that ``opening`` matches states after it, closed by a full stop."""
    out = []
    for sentence in sentences_of(normalise_quotes(answer)):
        bare = sentence.lstrip(" \"'*-")
        match = opening.match(bare)
        if match is None:
            continue
        rest = bare[match.end():].strip()
        if rest:
            out.append(rest if rest[-1] in ".!" else rest + ".")
    return tuple(out)


def answers_in_apology(question: str, support: Sequence[ClaimSupport], documents: Sequence[Document] = ()) -> bool:
    """Do the scorer's verdicts on an apology's statements (:func:`apology_statements`) show a reason the
    articles hold that speaks of the question: at least one claim, every claim supported by a retrieved document,
    and one claim or the article sentence holding it sharing a content-word stem with the question?
    ``documents``: the retrieved articles; a claim the scorer found held by the system prompt counts as held by
    an article when the prompt's sentence it names is one of theirs (:func:`_article_line`)."""
    if not support or not all(v.supported and _from_article(v, documents) for v in support):
        return False
    wanted = content_stems(asked(question))
    return any(wanted & content_stems(f"{v.claim} {v.evidence or ''}") for v in support)


def _from_article(verdict: ClaimSupport, documents: Sequence[Document]) -> bool:
    """Is the claim held by a retrieved article: the scorer names a document, or the system prompt's copy of an
    article's sentence (:func:`_article_line`)?"""
    source = verdict.source or ""
    return source.startswith("document ") or (source == "system prompt" and _article_line(verdict.evidence, documents))


def _article_line(line: str | None, documents: Sequence[Document]) -> bool:
    """Is ``line``, a sentence of the system prompt, a sentence or the title of a retrieved article? Many bots are
    given the articles inside their instructions as well ("Help-centre articles: [AST-A1] ..."), and the scorer
    then names the prompt, which holds every article at once, as the source of a claim one article holds ("we
    don't take children under 6 on the night tour, because it runs late" of "We don't take children under 6 on
    the night tour: it is late and very cold"). A line only the prompt has (its own rules, its contact) is no
    article's."""
    key = " ".join(normalise_quotes(line or "").split()).lower()
    if not key:
        return False
    whole = len(content_stems(key)) >= 2  # a line of some words, so a bare "Yes." is nobody's sentence
    for doc in documents:
        if doc.id.startswith("tool:") or not doc.content:
            continue
        if key == " ".join(normalise_quotes(doc.title or "").split()).lower():
            return True
        if whole and key in " ".join(normalise_quotes(doc.content).split()).lower():
            return True
    return False
