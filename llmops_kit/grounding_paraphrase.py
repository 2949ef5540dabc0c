"""Ways a claim with few of the evidence's exact words can still be held: a paraphrase swapping a word, the
figures of one passage stated together, a hand-off to a published contact, synonyms by word vectors.

Helpers of :func:`llmops_kit.grounding.judge_claims`, each a reason to call a claim supported that an exact
comparison of words would miss; none of them can overrule a contradicted or absent hard fact.
"""

from __future__ import annotations

import re

import numpy as np

from .evidence import Evidence
from .evidence_readers import passages as _passages
from .phrase_synonyms import held_by_equivalents
from .text import STOPWORDS, content_stems, evidence_numbers, grouped_digits, numbers_in, stem, typed_quantities
from .text.embed import embed
from .text.language import LETTERS_RE as _LETTERS_RE
from .textcache import text_cache
from .two_group_phones import published_phones

#: A claim whose hard facts were all found and whose content words all occur in the evidence (documents, tool
#: results, system prompt; not the user's message, whose words a wrong answer reuses), but for at most this
#: many, is supported by its words: a paraphrase swaps a word ("works" for "can be"),
#: an invention brings several. Claims with more new words go on to the embedding step.
PARAPHRASE_NEW_WORDS = 1
#: ... and at most one in four of its content words new: in a two-word claim one new word is half of what it says.
PARAPHRASE_SHARE = 0.75


def is_paraphrase(share: float, stems: int) -> bool:
    """At most :data:`PARAPHRASE_NEW_WORDS` of the claim's content words unseen (held by no source but the user's
    message) and at least :data:`PARAPHRASE_SHARE` of them held: a paraphrase swapping a word."""
    unseen = round((1 - share) * stems)
    return unseen <= PARAPHRASE_NEW_WORDS and share >= PARAPHRASE_SHARE


#: A claim whose figures one evidence passage states together is a rewording of that passage when the
#: passage also holds at least this share of its content words: two or more figures in one place pin the claim
#: to it as a paraphrase's words never could, and a changed or added figure was found absent above.
TOGETHER_MIN_FACTS = 2
TOGETHER_SHARE = 2 / 3


def facts_together(claim: str, stems: frozenset[str], evidence: Evidence) -> tuple[str, str] | None:
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
HANDOFF_STEMS = frozenset(stem(w) for w in (
    "call", "phone", "ring", "text", "dial", "contact", "email", "e-mail", "write", "reach", "number", "line",
    "anything", "else", "also", "help", "question", "questions", "team", "us",
    # what the contact will do: "the office on ... can confirm", "... can tell you more", "... will advise"
    "confirm", "tell", "more", "answer", "advise", "explain", "details",
    # asking for a figure or a check: "give the desk a ring to check", "for your exact figure, call ..."
    "give", "check", "exact", "figure", "latest", "current",
))
#: A condition on the customer before a hand-off ("If you're running late, ring ..."): it states no fact.
_IF_YOU_RE = re.compile(
    r"^\s*if you(?:'re|’re| are|'ve|’ve| have| need| want| would like| can't| cannot)?\b[^,;:]*[,;:]", re.IGNORECASE)


def hands_off(claim: str, stems: frozenset[str], evidence: Evidence) -> bool:
    """Is the claim a hand-off to a contact the evidence publishes: a phone number or e-mail (all its hard
    facts were found already) and, besides the words of a hand-off, only words the evidence or the customer's
    message holds but at most :data:`HANDOFF_NEW_WORDS` ("For a flat battery call roadside assistance on
    1800 555 123")? What it adds is the
    contact, which is grounded; an invented promise beside it brings words of its own and is judged as usual."""
    if "@" not in claim and not grouped_digits(claim) and not published_phones(claim, evidence):
        return False  # "call 2815 3364": two groups, read as a contact only when the evidence gives that number
    condition = _IF_YOU_RE.match(claim)
    if condition:  # the customer's situation, not the business's: its words are no claim
        stems = stems - content_stems(condition.group(0))
    rest = frozenset(s for s in stems if s not in HANDOFF_STEMS)
    return not rest or len(evidence.novel(rest, 0)) <= HANDOFF_NEW_WORDS


#: How many words of a hand-off may be new to the evidence: one, as an invented claim needs two
#: (:data:`llmops_kit.grounding.NOVEL_MIN`). What a contact will do is worded freely ("the front desk ... will
#: know", "for urgent help call ...", "if it hasn't arrived, contact ..."); a promise made beside the contact
#: ("call ... for a free upgrade") brings subject matter of its own, two new words or more.
HANDOFF_NEW_WORDS = 1


#: Two words this close as WordLlama word vectors are one meaning in two spellings ("ahead" / "advance",
#: "buy" / "purchase", "fast" / "quickly"); antonyms and neighbours in a category stay far apart ("before" /
#: "after" 0.08, "cat" / "dog" 0.14, "week" / "month" 0.21, "free" / "charged" 0.20, "kg" / "lb" 0.28). Set on
#: such word pairs, not on any trace.
SYNONYM_SIMILARITY = 0.55


def with_synonyms(claim: str, stems: frozenset[str], share: float, evidence: Evidence, index: int) -> float:
    """The claim's word coverage when a new word counts as held if the evidence sentence closest in words
    states a synonym of it: a paraphrase swaps words for their synonyms, an invention brings new subjects."""
    missing = unheld_words(claim, stems, evidence, index)
    if missing:  # an everyday phrase the sentence words plainly ("priced on top" / "priced separately")
        missing = missing - held_by_equivalents(claim, stems, missing, evidence.closest_sentence(stems, index))
    return share if missing is None else 1 - len(missing) / len(stems)


#: A question asking for a thing (who, what, which, where, when): its answer is the entity that fills the gap.
#: "Can I ...?" and "How do I ...?" are answered with a yes, a no or steps, often in the model's own words.
WH_RE = re.compile(r"\b(?:who|whom|whose|what|which|where|when)\b", re.IGNORECASE)


def unheld_words(claim: str, stems: frozenset[str], evidence: Evidence, index: int) -> set[str] | None:
    """The claim's content words no evidence source holds, nor a synonym of them in the evidence sentence
    closest in words (None when that cannot be read: no such sentence)."""
    missing = evidence.novel(stems, len(stems) + 1)
    if not missing:
        return missing
    words = {w.lower() for w in _LETTERS_RE.findall(claim)}
    new = sorted({w for w in words if stem(w) in missing and w not in STOPWORDS})
    sentence = evidence.closest_sentence(stems, index) if index >= 0 else ""
    if not new or not held_words(sentence):
        return missing if index >= 0 else None
    close = (embed(new) @ held_vectors(sentence).T).max(axis=1) >= SYNONYM_SIMILARITY
    return missing - {stem(w) for w, yes in zip(new, close, strict=True) if yes}


@text_cache(maxsize=2048)
def held_words(sentence: str) -> tuple[str, ...]:
    """An evidence sentence's words that may be synonyms of a claim's (cached: an article's sentences recur)."""
    return tuple(sorted({w.lower() for w in _LETTERS_RE.findall(sentence)} - STOPWORDS))


@text_cache(maxsize=2048)
def held_vectors(sentence: str) -> np.ndarray:
    """The word vectors of :func:`held_words`, one row per word, embedded once per evidence sentence."""
    return embed(held_words(sentence))


def holds_synonym(vectors: np.ndarray, sentence: str) -> bool:
    """Does ``sentence`` hold a word-vector synonym (:data:`SYNONYM_SIMILARITY`) of a word whose vector is a row of
    ``vectors``? The one test of "named in other words" that a reading of a thing given or priced shares."""
    return bool(held_words(sentence)) and float((vectors @ held_vectors(sentence).T).max()) >= SYNONYM_SIMILARITY


__all__ = ["HANDOFF_STEMS", "PARAPHRASE_NEW_WORDS", "PARAPHRASE_SHARE", "SYNONYM_SIMILARITY", "TOGETHER_MIN_FACTS",
           "TOGETHER_SHARE", "WH_RE", "facts_together", "hands_off", "held_vectors", "held_words", "holds_synonym",
           "is_paraphrase", "unheld_words", "with_synonyms"]
