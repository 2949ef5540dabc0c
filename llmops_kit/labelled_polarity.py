"""A yes or no said of a label in a table row or list item, checked against what the evidence says of that
label: "| Order processing fee (£2.50) | Yes |" under "Refunded?" when the article says "The £2.50 order
processing fee is not refunded", "- E-scooters: allowed if folded" when it says "Electric scooters are not
allowed on our trains".

The claim splitter drops a list item's label as layout and a table row is judged by its figures alone
(:mod:`llmops_kit.labelled_figures` reads a row's figures), so a row whose only claim is a yes, a no or a
one-word rule passes whatever the evidence says. Yet the row is a claim about its label: the header (or the
item's first word) names what is said of it and the cell says whether it holds. Here the label's content
words and the predicate's stem pick the evidence clauses that name both (a sentence parts at ";" and "but");
when every such clause denies the predicate right before it ("is not refunded", "are not allowed", "cannot be
returned") and the row affirms it, or every such clause affirms it and the row denies it, the evidence says
the opposite of the label: *contradicted*, with that clause. A label or predicate the evidence never names
together, or a clause that both affirms and denies it, is left alone, so reordered rows, abbreviations (Y/N,
✓/✗), merged cells and summarised labels stay healthy. Nothing here reads an answer's length, style or position.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Evidence
from .grounding import ClaimSupport
from .text import content_stems, sentences_of
from .text.split import labelled_table_rows
from .text.tokens import normalise_quotes
from .textcache import text_cache

__all__ = ["judge_labelled_polarity", "labelled_polarities", "reversed_polarity"]

#: A markdown table line (header, separator or body row).
#: A markdown list item "label: value" (marker, label of up to five words, colon, value).
_ITEM_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?P<label>[^:;,.!?|]{1,60}?)\s*:\s+(?P<value>\S.*)$")
_MARKS_RE = re.compile(r"\*\*|__|`")
_LABEL_MAX_WORDS = 5
#: A cell that says yes or no, alone or before a comment ("Yes, 30 days", "✗ not included").
_YES_RE = re.compile(r"^(?:yes|y|✓|✔|✅)(?=$|[\s,.;!])", re.IGNORECASE)
_NO_RE = re.compile(r"^(?:no|n|✗|✘|❌)(?=$|[\s,.;!])", re.IGNORECASE)
#: A list value's own rule: its first word, after a denial if any ("allowed if folded", "not included").
_RULE_RE = re.compile(r"^(?P<neg>(?:not|never|no)\s+)?(?P<rule>[A-Za-z][A-Za-z'-]*)(?=$|[\s,;(.])", re.IGNORECASE)
#: Where a sentence's clauses part: each says its own thing of its own subject ("Breakfast is included; parking
#: is not included", "included at weekends but not on weekdays").
_CLAUSE_RE = re.compile(r"\s*[;:]\s+|,?\s+(?:but|while|whereas|although|though)\s+", re.IGNORECASE)
#: Words that deny what follows within three words ("is not refunded", "cannot be returned", "no refund").
_NEGATORS = frozenset(("not", "never", "no", "cannot", "nor", "isn't", "aren't", "won't", "can't", "don't",
                       "doesn't", "wasn't", "weren't", "shouldn't", "mustn't"))
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
_REACH = 3


class LabelledPolarity(NamedTuple):
    """A row or item's claim: the label, the predicate said of it, whether the row affirms it, the row text."""

    label: str
    predicate: str
    affirmed: bool
    row: str


def _stems(text: str) -> frozenset[str]:
    """Content stems of a label, hyphened words read as their parts ("E-scooters" as "scooters")."""
    return frozenset(w for w in content_stems(text.replace("-", " ")) if len(w) > 1 and not w[0].isdigit())


def _table_claims(answer: str) -> list[LabelledPolarity]:
    """A claim per yes/no cell of a markdown table under a header naming one thing ("Refunded?")."""
    out: list[LabelledPolarity] = []
    for header, cells, line in labelled_table_rows(answer):
        for n, cell in enumerate(cells[1:len(header)], start=1):
            affirmed = True if _YES_RE.match(cell) else False if _NO_RE.match(cell) else None
            predicate = _stems(header[n])
            if affirmed is not None and len(predicate) == 1 and cells[0]:
                out.append(LabelledPolarity(cells[0], next(iter(predicate)), affirmed, line))
    return out


def _item_claims(answer: str) -> list[LabelledPolarity]:
    """A claim per list item "label: rule" whose value opens with a short rule ("allowed if folded")."""
    out: list[LabelledPolarity] = []
    for raw in answer.splitlines():
        match = _ITEM_RE.match(_MARKS_RE.sub("", raw))
        if match is None or len(match["label"].split()) > _LABEL_MAX_WORDS:
            continue
        rule = _RULE_RE.match(match["value"])
        if rule is None or _YES_RE.match(rule["rule"]) or _NO_RE.match(rule["rule"]):
            continue
        first = _stems(rule["rule"])
        if len(first) == 1:
            out.append(LabelledPolarity(match["label"], next(iter(first)), not rule["neg"], raw.strip()))
    return out


def labelled_polarities(answer: str) -> list[LabelledPolarity]:
    """The yes/no claims an answer's table rows and list items make about their labels."""
    answer = normalise_quotes(answer)
    return (_table_claims(answer) if "|" in answer else []) + _item_claims(answer)


@text_cache(maxsize=4096)
def _clause_polarities(text: str) -> tuple[tuple[frozenset[str], frozenset[tuple[str, bool]]], ...]:
    """Per clause of a source's sentences: its content stems and (stem, denied) for each word, a word denied
    when one of the three words before it is a negator (cached: articles recur across requests)."""
    out = []
    for clause in _clauses(text):
        words = [w.lower() for w in _WORD_RE.findall(clause)]
        marks: set[tuple[str, bool]] = set()
        for n, word in enumerate(words):
            denied = any(w in _NEGATORS or w.endswith("n't") for w in words[max(0, n - _REACH):n])
            marks.update((s, denied) for s in content_stems(word))
        out.append((_stems(clause), frozenset(marks)))
    return tuple(out)


@text_cache(maxsize=4096)
def _clauses(text: str) -> tuple[str, ...]:
    """The clauses of a source's sentences, in order."""
    return tuple(c for sentence in sentences_of(text) for c in _CLAUSE_RE.split(sentence) if c.strip())


def reversed_polarity(claim: LabelledPolarity, evidence: Evidence) -> tuple[str, str] | None:
    """(source, evidence clause) when every evidence clause naming the label and the predicate says the
    opposite of the claim of the predicate, else None."""
    subject = _stems(claim.label) - {claim.predicate}
    if not subject:
        return None
    found: tuple[str, str] | None = None
    for source in evidence.sources:
        if source.user:
            continue
        for clause, (words, marks) in zip(_clauses(source.text), _clause_polarities(source.text), strict=False):
            if not subject <= words or claim.predicate not in words:
                continue
            denied = (claim.predicate, True) in marks
            affirmed = (claim.predicate, False) in marks
            if denied == affirmed or denied != claim.affirmed:
                return None  # a clause that agrees with the row, or says both
            found = found or (source.label, clause)
    return found


def judge_labelled_polarity(answer: str, evidence: Evidence) -> list[ClaimSupport]:
    """A *contradicted* verdict per table row or list item whose yes or no the evidence reverses for its label."""
    out = []
    for claim in labelled_polarities(answer):
        found = reversed_polarity(claim, evidence)
        if found is not None:
            out.append(ClaimSupport(claim=claim.row, verdict="contradicted", source=found[0], evidence=found[1],
                                    missing=(claim.predicate,)))
    return out
