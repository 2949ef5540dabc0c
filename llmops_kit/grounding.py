"""Is a claim supported by the evidence the model saw? Hard facts exactly, wording by words, then by meaning.

Evidence is everything the answering model was given: retrieved documents, tool results, the user's
own message and the system prompt (:class:`llmops_kit.evidence.Evidence`). A claim is judged in steps, the
cheap exact ones first, and each verdict names the evidence sentence behind it:

1. **Echoes.** "I've noted +33 6 12 ..." repeats the user's own message: supported by it when every number,
   code and e-mail it states is the user's (the personal-data detector judges the leak).
2. **Hard facts.** Every number (digits or words; a claimed figure may also be the sum, difference, product
   or ratio of two numbers the answer states; a time or day may be clock arithmetic on the answer's grounded
   times by a stated duration), amount or duration with its unit ("€20" is not "20 GB", "8 lb" not "8 kg"),
   time of day ("9 pm" is not "9 am"), digit-grouped number in any layout ("+44 800 157 0420" is
   "0800 157 0420"), e-mail, identifier and name must occur in the evidence (the user's message vouches
   for numbers, codes and names it states, not for the options a question offers). One that does not
   makes the claim *absent*, or *contradicted* when an evidence sentence states another value with the
   same unit. A status the claim gives a record ("APT-55021 was cancelled") must be the status its tool
   result states. An answer to a question that offers two options ("Who is older, A or B?") must not give
   one option what the evidence says of the other (:mod:`llmops_kit.option_answers`): *contradicted*.
3. **Invented subject matter.** A claim naming no hard fact whose content words are mostly (at least
   two, more than half) found nowhere the model looked is *invented*. A claim whose words are not mostly
   new and that compares a figure of the user's with one of the evidence, truly ("5.5 in writing is below
   the 6.0 minimum"), is *supported*: the comparison is arithmetic on given figures.
4. **Wording, exactly.** A claim answering a question that asks for a thing (who, what, which, where, when)
   whose every added word (beyond the question's) no evidence holds, nor a synonym of it, answered from
   nowhere: *unsupported*. Otherwise supported when the evidence holds ``lexical_support`` of the claim's
   content words (a word counts as held when the closest evidence sentence has a synonym of it by word
   vectors, :data:`SYNONYM_SIMILARITY`), or all of them but one word that is at most one in four (a
   paraphrase swaps a word); a one-clause denial the evidence never makes ("X is not involved", "there are
   no ...") is *unsupported*.
5. **Wording, by meaning.** Otherwise the claim is embedded offline with every evidence sentence, pair of
   neighbouring sentences and the fields of a tool record it draws on, dates in prose (one batch per
   answer, cached per text): *supported* at ``semantic_support`` cosine similarity, or when each of its
   clauses is; else *unsupported*.

A claim that hands the customer to a contact the evidence publishes ("For anything else call ...") is
supported when its other words are a hand-off's or the evidence's (:func:`_hands_off`). The rows of a
markdown table are no claims, but their figures are facts (:func:`judge_table_rows`), and a claim may
compute from them. A claim in another language than the evidence is judged by its hard facts alone. ``contradicted``,
``absent`` and ``invented`` are :data:`FABRICATED`: the HALLUCINATION detector fires on any one of them,
and on groundedness (the share of supported claims) below the contract's floor. Nothing here looks at an
answer's length, style or position: each claim stands or falls on its own evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict

from .evidence import Evidence, EvidenceSource
from .evidence_readers import ALNUM_RE as _ALNUM_RE
from .evidence_readers import NONE as _NONE
from .evidence_readers import ROUND_THE_CLOCK, ROUND_THE_CLOCK_RE, ROUND_THE_CLOCK_WORDS, render_tool_output
from .evidence_readers import passages as _passages
from .option_answers import option_clash
from .text import (
    STOPWORDS,
    content_stems,
    evidence_numbers,
    grouped_digits,
    identifiers_in,
    names_in,
    numbers_in,
    stem,
    times_in,
    typed_quantities,
)
from .text.embed import embed
from .textcache import text_cache

__all__ = ["FABRICATED", "ClaimSupport", "Evidence", "EvidenceSource", "judge_claims", "judge_table_rows",
           "render_tool_output"]


Verdict = Literal["supported", "contradicted", "absent", "invented", "unsupported"]
#: Verdicts that show a fabrication outright (a hard fact contradicted or absent, new subject matter), as
#: against a claim merely not matched closely enough.
FABRICATED: frozenset[str] = frozenset(("contradicted", "absent", "invented"))


class ClaimSupport(BaseModel):
    """One claim's verdict and the evidence sentence behind it (the closest one when unsupported)."""

    model_config = ConfigDict(frozen=True)

    claim: str
    verdict: Verdict
    source: str | None = None  # "document kb-012", "tool order_lookup", "user message", "system prompt"
    evidence: str | None = None
    similarity: float | None = None  # cosine similarity, when the embedding step decided
    missing: tuple[str, ...] = ()  # hard facts of the claim absent from every evidence source

    @property
    def supported(self) -> bool:
        return self.verdict == "supported"

    def describe(self) -> str:
        """One line: which evidence sentence supports or contradicts which claim."""
        where = f"{self.source}: {self.evidence!r}" if self.evidence else "no evidence sentence"
        if self.verdict == "supported":
            how = f" (similarity {self.similarity:.2f})" if self.similarity is not None else ""
            return f"{self.claim!r} is supported by {where}{how}"
        if self.verdict == "contradicted":
            return f"{self.claim!r} states {', '.join(self.missing)}, contradicted by {where}"
        if self.verdict == "absent":
            return f"{self.claim!r} states {', '.join(self.missing)}, which no evidence contains"
        if self.verdict == "invented":
            return f"{self.claim!r} brings in {', '.join(self.missing)}, found nowhere in what the model was shown"
        sim = f" (similarity {self.similarity:.2f})" if self.similarity is not None else ""
        return f"{self.claim!r} is not supported; the closest evidence is {where}{sim}"


def _verdict(**fields: Any) -> ClaimSupport:
    """A ClaimSupport from fields this module typed already. Validated all the same: pydantic-core builds a
    small model about three times faster than ``model_construct``'s Python loop over the fields."""
    return ClaimSupport(**fields)


#: The bot acknowledging what the customer just told it ("I've noted +33 6 12 ...", "I can see the card ...
#: you mentioned"): it restates the user's message, so it is judged against that message alone.
_ECHO_RE = re.compile(
    r"^(?:i(?:'ve| have)? (?:noted|recorded|saved|logged|registered|taken note of)|i (?:can )?see"
    r"|(?:as )?you(?:'ve| have)? (?:mentioned|told|said|given|provided|shared)"
    r"|you (?:gave|provided|shared|entered|supplied|asked for)"
    r"|the (?:\w+ )?(?:number|e-?mail|address) you (?:gave|provided)"
    # a request about what the customer just posted ("For your security, please don't post card numbers such as
    # 4111 ... in chat"): it repeats the customer's number, and the personal-data detector judges the leak
    r"|(?:for your (?:security|safety|privacy),?\s+)?please (?:don't|do not|never|avoid)\b)\b",
    re.IGNORECASE,
)
#: A claim with at least this many words and not one English function word is in another language (an
#: answer in the customer's language): its words cannot be compared with English evidence, its hard facts can.
FOREIGN_MIN_WORDS = 5
#: A claim is *invented* when at least this many of its content words, and more than half of them
#: (:data:`NOVEL_SHARE`), occur nowhere in what the model was shown (documents, tool results, system prompt,
#: the user's message; stems and five-letter starts compared), and it names no hard fact (all of which were
#: found, or it would be absent already): it introduces things nobody mentioned, however close its
#: embedding. A paraphrase swaps a word or two and keeps the subject; an invented promise brings its own
#: subject. A claim anchored on grounded hard facts (an order id, its amount and dates) is about a recorded
#: thing, and a terse tool record ("eta: 2025-07-21") leaves its wording ("expects to deliver") to the model.
NOVEL_MIN = 2
NOVEL_SHARE = 0.5


#: A claim whose hard facts were all found and whose content words all occur in the evidence (documents, tool
#: results, system prompt; not the user's message, whose words a wrong answer reuses), but for at most this
#: many, is supported by its words: a paraphrase swaps a word ("works" for "can be"),
#: an invention brings several. Claims with more new words go on to the embedding step.
PARAPHRASE_NEW_WORDS = 1
#: ... and at most one in four of its content words new: in a two-word claim one new word is half of what it says.
PARAPHRASE_SHARE = 0.75






def _in_docs(word_stem: str, evidence: Evidence) -> bool:
    return any(word_stem in stems for stems in evidence.stems)


def _compounds_split(stems: frozenset[str], claim: str, evidence: Evidence) -> frozenset[str]:
    """A hyphenated compound the evidence does not hold whole is read as its words: "per-component" states
    "component" (the article's "no component below 6.0"), "first-year" states "year"."""
    if not any("-" in s for s in stems):
        return stems
    parts = {stem(word): word.split("-") for word in _COMPOUND_RE.findall(claim)}
    out = set()
    for word in stems:
        if word not in parts or _in_docs(word, evidence):
            out.add(word)
            continue
        out.update(stem(p) for p in parts[word] if len(p) > 1 and p.lower() not in STOPWORDS)
    return frozenset(out)


_COMPOUND_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def _anchored(claim: str) -> bool:
    """Does the claim name a hard fact (number, time, code, contact number, e-mail, name)?"""
    return bool(numbers_in(claim) or identifiers_in(claim) or times_in(claim) or grouped_digits(claim)
                or "@" in claim or names_in(claim))


#: Words of any alphabet, accented letters included: the ASCII tokeniser cuts "días" into "d" and "as", and
#: "as" is an English function word, so a Spanish answer would pass for English.
_LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


#: Function words of the languages a European support bot answers in (German, French, Spanish, Italian,
#: Portuguese, Dutch) that are not English words: a terse English list item ("Mid-January: 15 January, UK
#: time") has no English function word either, but it has none of these and no accented letter.
_FOREIGN_TEXT = """der das und ist nicht mit für von zu den dem des ein eine einen einem bei auf im ihr
    ihre ihnen sie wir wird sind oder auch noch nach aus über vor zum zur le la les du et est une un pour dans sur
    avec pas vous nous il elle ce cette qui que sont au aux par ou votre vos el los las y es para con por del una se
    su sus al lo como pero más está están usted di che è della nel sono non het een van niet met voor ook maar
    em são você"""
_FOREIGN_WORDS = frozenset(_FOREIGN_TEXT.split())


#: English function words that are also function words of those languages (Italian "i", "in", "per";
#: Spanish and Portuguese "a", "no", "me"): they say nothing about which language a claim is in.
_SHARED_WORDS = frozenset(("a", "i", "in", "no", "me", "per", "via", "so", "an", "am"))


@text_cache()
def _foreign(claim: str) -> bool:
    if claim.isascii():  # lower case first, one pass (in other scripts lower-casing can split a word: "İ")
        words = _LETTERS_RE.findall(claim.lower())
    else:
        words = [w.lower().replace("’", "'") for w in _LETTERS_RE.findall(claim)]
    return (len(words) >= FOREIGN_MIN_WORDS and all(w not in STOPWORDS or w in _SHARED_WORDS for w in words)
            and (not claim.isascii() or not _FOREIGN_WORDS.isdisjoint(words)))


def judge_table_rows(rows: Sequence[str], claims: Sequence[str], evidence: Evidence) -> list[ClaimSupport]:
    """The table rows of an answer whose figures no evidence holds ("under $35; $6.99" against "otherwise it
    costs $5.99"), as *contradicted* or *absent* verdicts. A row is layout, not wording: it is judged by its
    hard facts alone, and a row whose figures are all found adds no verdict (it is not a claim of its own)."""
    if not rows:
        return []
    texts = [*claims, *rows]
    answer = frozenset().union(*(numbers_in(t) for t in texts))
    answer_text = " ".join(texts)
    out = []
    for row in rows:
        if not _DIGIT_RE.search(row):
            continue
        numbers, others = evidence.missing_facts(row, names=False, answer=answer, answer_text=answer_text)
        if not (numbers or others):
            continue
        found = evidence.contradiction(row, numbers) if numbers else None
        out.append(_verdict(claim=row, verdict="contradicted" if found else "absent", source=found and found[0],
                            evidence=found and found[1], missing=(*numbers, *others)))
    return out


_DIGIT_RE = re.compile(r"\d")


def judge_claims(
    claims: Sequence[str], evidence: Evidence, *, lexical_support: float, semantic_support: float,
    table_rows: Sequence[str] = (),
) -> list[ClaimSupport]:
    """A verdict per claim, in order (see the module docstring for the steps). ``table_rows``: the answer's
    table rows, whose figures a claim may compute from ("Annual saves $3 a week" below a table of prices)."""
    verdicts: list[ClaimSupport | None] = []
    pending: list[int] = []
    texts = [*claims, *table_rows]
    answer = frozenset().union(*(numbers_in(c) for c in texts)) if texts else _NONE
    answer_text = " ".join(texts)
    for claim in claims:
        if _ECHO_RE.match(claim) and evidence.echoes_user(claim):
            verdicts.append(_verdict(claim=claim, verdict="supported", source="user message", evidence=None))
            continue
        foreign = _foreign(claim)
        numbers, others = evidence.missing_facts(claim, names=not foreign, answer=answer, answer_text=answer_text)
        if numbers or others:
            found = evidence.contradiction(claim, numbers) if numbers else None
            missing = (*numbers, *others)
            if found is not None:
                verdicts.append(_verdict(claim=claim, verdict="contradicted", source=found[0], evidence=found[1],
                                             missing=missing))
            else:
                verdicts.append(_verdict(claim=claim, verdict="absent", missing=missing))
            continue
        clash = evidence.status_clash(claim)
        if clash is not None:
            verdict, source, line, stated = clash
            verdicts.append(_verdict(claim=claim, verdict=verdict, source=source, evidence=line, missing=stated))
            continue
        wrong = option_clash(claim, evidence.user_text, [source.text for source in evidence.sources])
        if wrong is not None:  # the question's other option holds what the claim says of this one
            verdicts.append(_verdict(claim=claim, verdict="contradicted", source="the evidence", evidence=wrong,
                                     missing=("the option the question offered",)))
            continue
        if foreign:  # its hard facts all found; its words are not English, so they are not compared
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence (hard facts)",
                                         evidence=None))
            continue
        # numbers, codes ("CLM" of CLM-2025-004817) and names were checked above as hard facts
        codes = " ".join(identifiers_in(claim))
        # a name the documents hold was checked as a hard fact and needs no wording support; a name only the
        # user's message holds is vouched for as a fact, but is still a word no evidence states
        named = {n for name in names_in(claim) for p in _ALNUM_RE.findall(name) if _in_docs(n := stem(p), evidence)}
        words = frozenset(w for w in content_stems(claim) if not w[0].isdigit() and w not in codes and w not in named)
        stems = _compounds_split(words, claim, evidence)
        if ROUND_THE_CLOCK_RE.search(claim):  # "day or night" is one fact, stated as the evidence's "24/7" is
            stems = (stems - ROUND_THE_CLOCK_WORDS) | {ROUND_THE_CLOCK}
        if not stems:  # only hard facts, all found
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence",
                                         evidence=None))
            continue
        if _hands_off(claim, stems, evidence):
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence (a published contact)",
                                     evidence=None))
            continue
        novel = evidence.novel(stems, NOVEL_MIN)
        if len(novel) >= NOVEL_MIN and len(novel) > NOVEL_SHARE * len(stems) and not _anchored(claim):
            verdicts.append(_verdict(claim=claim, verdict="invented", missing=tuple(sorted(novel))))
            continue
        # the customer's own figure held against the evidence's rule, and the comparison holds: arithmetic on
        # given figures, which no evidence sentence words (its other words may still be invented subject matter)
        if evidence.compares_user_figure(claim) and not (len(novel) >= NOVEL_MIN and len(novel) > NOVEL_SHARE
                                                         * len(stems)):
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence (a comparison with "
                                     "the user's own figure)", evidence=None))
            continue
        index, share = evidence.coverage(stems)
        # what a claim adds to a question asking for a thing (who, what, which, where, when) is its answer: when
        # every content word it adds is one no evidence holds (nor a synonym of it), the answer is the model's
        # own, however much of the question and the evidence it repeats ("... a pioneer aviator and magician"
        # to "... a pioneer aviator and what?")
        # (a claim that also states a number the question did not, a date or an amount, has that as its answer)
        added = stems - evidence.user_stems if evidence.user_text else _NONE
        own_facts = numbers_in(claim) - evidence.user_stems if added else _NONE
        if index >= 0 and added and len(added) < len(stems) and not own_facts and _WH_RE.search(evidence.user_text):
            unheld = _unheld(claim, stems, evidence, index)
            if unheld is not None and added <= unheld:
                verdicts.append(_verdict(claim=claim, verdict="unsupported", source=evidence.sources[index].label,
                                         evidence=evidence.closest_sentence(stems, index),
                                         missing=tuple(sorted(added))))
                continue
        if index >= 0 and evidence.polarity_clash(claim, stems):
            verdicts.append(_verdict(claim=claim, verdict="unsupported", source=evidence.sources[index].label,
                                         evidence=evidence.closest_sentence(stems, index)))
            continue
        # synonyms can only raise the share, so a claim that is a paraphrase already needs no synonym check
        if index >= 0 and share < lexical_support and not _paraphrase(share, len(stems)):
            share = _with_synonyms(claim, stems, share, evidence, index)
        if index >= 0 and (share >= lexical_support or _paraphrase(share, len(stems))):
            verdicts.append(_verdict(claim=claim, verdict="supported", source=evidence.sources[index].label,
                                         evidence=evidence.closest_sentence(stems, index)))
            continue
        together = _facts_together(claim, stems, evidence)
        if together is not None:
            verdicts.append(_verdict(claim=claim, verdict="supported", source=together[0], evidence=together[1]))
            continue
        pending.append(len(verdicts))
        verdicts.append(None)
    if pending:
        closest = evidence.closest_passages([claims[i] for i in pending])
        # a claim joining clauses that draw on different sentences ("it's free for non-profit groups and seats
        # 16; you can book up to 60 days in advance") is far from each sentence as a whole: each clause is
        # compared on its own, and the claim is supported when every clause is
        clauses = {i: parts for i, found in zip(pending, closest, strict=True)
                   if (found is None or found[2] < semantic_support)
                   and (parts := _clauses(claims[i], evidence))}
        flat = [c for parts in clauses.values() for c in parts]
        parted = dict(zip(flat, evidence.closest_passages(flat), strict=True)) if flat else {}
        for position, found in zip(pending, closest, strict=True):
            claim = claims[position]
            if position in clauses:
                each = [parted[c] for c in clauses[position]]
                if all(f is not None and f[2] >= semantic_support for f in each):
                    label, passage, similarity = min((f for f in each if f is not None), key=lambda f: f[2])
                    verdicts[position] = _verdict(claim=claim, verdict="supported", source=label, evidence=passage,
                                                  similarity=round(similarity, 4))
                    continue
            if found is None:
                verdicts[position] = _verdict(claim=claim, verdict="unsupported")
                continue
            label, passage, similarity = found
            verdict: Verdict = "supported" if similarity >= semantic_support else "unsupported"
            verdicts[position] = _verdict(claim=claim, verdict=verdict, source=label, evidence=passage,
                                              similarity=round(similarity, 4))
    return [v for v in verdicts if v is not None]


def _paraphrase(share: float, stems: int) -> bool:
    """At most :data:`PARAPHRASE_NEW_WORDS` of the claim's content words unseen (held by no source but the user's
    message) and at least :data:`PARAPHRASE_SHARE` of them held: a paraphrase swapping a word."""
    unseen = round((1 - share) * stems)
    return unseen <= PARAPHRASE_NEW_WORDS and share >= PARAPHRASE_SHARE


#: A claim whose figures one evidence passage states together is a rewording of that passage when the
#: passage also holds at least this share of its content words: two or more figures in one place pin the claim
#: to it as a paraphrase's words never could, and a changed or added figure was found absent above.
TOGETHER_MIN_FACTS = 2
TOGETHER_SHARE = 2 / 3


def _facts_together(claim: str, stems: frozenset[str], evidence: Evidence) -> tuple[str, str] | None:
    """(source, passage) when one sentence, pair of neighbouring sentences or tool record of the evidence (not
    the user's message) states every number of the claim, at least :data:`TOGETHER_MIN_FACTS` of them, and
    :data:`TOGETHER_SHARE` of its content words: "we take off a £10 admin fee, and the money lands within 10
    working days" against "... for a £10 admin fee. Refunds reach your account within 10 working days"."""
    numbers = numbers_in(claim)
    holding = evidence.holding_numbers(numbers) if numbers else None
    if not holding:
        return None
    typed = typed_quantities(claim)  # "£10" and "10 working days" are two facts
    if len(numbers | typed) - len({q.split(" ")[0] for q in typed} & numbers) < TOGETHER_MIN_FACTS:
        return None
    for source in holding:
        for passage in _passages(source.text, source.prose)[0]:
            held = len(stems & content_stems(passage))
            if (held >= TOGETHER_SHARE * len(stems) and numbers <= evidence_numbers(passage)
                    and (not source.prose or typed <= typed_quantities(passage, True))):
                return source.label, passage
    return None


#: The words of a hand-off to a contact ("For anything else call ...", "You can also phone ...", "The club's
#: number is ..."), as stems.
_HANDOFF_STEMS = frozenset(stem(w) for w in (
    "call", "phone", "ring", "text", "dial", "contact", "email", "e-mail", "write", "reach", "number", "line",
    "anything", "else", "also", "help", "question", "questions", "team", "us",
    # what the contact will do: "the office on ... can confirm", "... can tell you more", "... will advise"
    "confirm", "tell", "more", "answer", "advise", "explain", "details",
))


def _hands_off(claim: str, stems: frozenset[str], evidence: Evidence) -> bool:
    """Is the claim a hand-off to a contact the evidence publishes: a phone number or e-mail (all its hard
    facts were found already) and, besides the words of a hand-off, only words the evidence or the customer's
    message holds ("For a flat battery call roadside assistance on 1800 555 123")? What it adds is the
    contact, which is grounded; an invented promise beside it brings words of its own and is judged as usual."""
    if "@" not in claim and not grouped_digits(claim):
        return False
    rest = frozenset(s for s in stems if s not in _HANDOFF_STEMS)
    return not rest or not evidence.novel(rest, 0)


#: Two words this close as WordLlama word vectors are one meaning in two spellings ("ahead" / "advance",
#: "buy" / "purchase", "fast" / "quickly"); antonyms and neighbours in a category stay far apart ("before" /
#: "after" 0.08, "cat" / "dog" 0.14, "week" / "month" 0.21, "free" / "charged" 0.20, "kg" / "lb" 0.28). Set on
#: such word pairs, not on any trace.
SYNONYM_SIMILARITY = 0.55


def _with_synonyms(claim: str, stems: frozenset[str], share: float, evidence: Evidence, index: int) -> float:
    """The claim's word coverage when a new word counts as held if the evidence sentence closest in words
    states a synonym of it: a paraphrase swaps words for their synonyms, an invention brings new subjects."""
    missing = _unheld(claim, stems, evidence, index)
    return share if missing is None else 1 - len(missing) / len(stems)


#: A question asking for a thing (who, what, which, where, when): its answer is the entity that fills the gap.
#: "Can I ...?" and "How do I ...?" are answered with a yes, a no or steps, often in the model's own words.
_WH_RE = re.compile(r"\b(?:who|whom|whose|what|which|where|when)\b", re.IGNORECASE)


def _unheld(claim: str, stems: frozenset[str], evidence: Evidence, index: int) -> set[str] | None:
    """The claim's content words no evidence source holds, nor a synonym of them in the evidence sentence
    closest in words (None when that cannot be read: no such sentence)."""
    missing = evidence.novel(stems, len(stems) + 1)
    if not missing:
        return missing
    words = {w.lower() for w in _LETTERS_RE.findall(claim)}
    new = sorted({w for w in words if stem(w) in missing and w not in STOPWORDS})
    sentence = evidence.closest_sentence(stems, index) if index >= 0 else ""
    if not new or not _held_words(sentence):
        return missing if index >= 0 else None
    close = (embed(new) @ _held_vectors(sentence).T).max(axis=1) >= SYNONYM_SIMILARITY
    return missing - {stem(w) for w, yes in zip(new, close, strict=True) if yes}


@text_cache(maxsize=2048)
def _held_words(sentence: str) -> tuple[str, ...]:
    """An evidence sentence's words that may be synonyms of a claim's (cached: an article's sentences recur)."""
    return tuple(sorted({w.lower() for w in _LETTERS_RE.findall(sentence)} - STOPWORDS))


@text_cache(maxsize=2048)
def _held_vectors(sentence: str) -> np.ndarray:
    """The word vectors of :func:`_held_words`, one row per word, embedded once per evidence sentence."""
    return embed(_held_words(sentence))


#: Where one claim joins two statements: a semicolon, or a comma / "and" before a new subject and verb.
_CLAUSE_RE = re.compile(r"\s*;\s*|,?\s+(?:and|but|so|since)\s+(?=(?:you|it|we|they|this|that|the|your|our)\b)"
                        r"|,\s+(?=(?:you|it|we|they|this|that|the|your|our)\b)", re.IGNORECASE)


def _clauses(claim: str, evidence: Evidence | None = None) -> list[str]:
    """The clauses of a claim of several that each state something (two content words), in order; a
    request to the customer without a figure ("please check the departure boards; ...") states nothing, so
    a claim of several clauses is judged on its others."""
    parts = [p.strip(" ,") for p in _CLAUSE_RE.split(claim)]
    parts = [p for p in parts if len(content_stems(p)) >= 2]
    return [p for p in parts if not _asks_customer(p, evidence)] if len(parts) > 1 else []


#: A request to the customer ("please check the boards", "please bring photo ID"), as in :mod:`llmops_kit.text.claims`.
_REQUEST_CLAUSE_RE = re.compile(r"^please (?!note|be aware|remember|keep in mind|bear in mind)\w+", re.IGNORECASE)


def _asks_customer(clause: str, evidence: Evidence | None = None) -> bool:
    """Is the clause a request to the customer with no figure or code of its own, or (given the evidence) an
    echo of what the customer stated ("you asked for IE29 ...")?"""
    if _REQUEST_CLAUSE_RE.match(clause) and not (numbers_in(clause) or identifiers_in(clause)):
        return True
    return evidence is not None and bool(_ECHO_RE.match(clause)) and evidence.echoes_user(clause)

