"""A rule turned round: a requirement the evidence makes said to be optional (or the reverse), or a thing the
evidence says is free said to cost something.

A claim that turns a rule round keeps the rule's words ("a BYDA enquiry is optional" of "you must lodge a free
BYDA enquiry"; "the damage waiver is compulsory" of "the damage waiver is optional"; "lockers cost 1 € per visit"
of "Lockers are free: they take a 1 € coin, which you get back"), so its words and figures are all held; it is
the sign that is wrong. :mod:`llmops_kit.claim_meaning` already reads a requirement's sign on claims with no hard
fact, and makes them *unsupported*; inside a round-up of four or five correct clauses one unsupported clause leaves
the answer's groundedness above the floor, and the answer passes. The claim states the opposite of an evidence
sentence about the same thing: that is a contradiction, and it is judged as one (the refund rule turned round,
:mod:`llmops_kit.refund_polarity`, is the precedent).

:func:`reversed_requirement`: a claim clause whose requirement has the other sign from an evidence clause's about the
same thing (two of the claim thing's content words and half of them, or all of them when they are two or more, or
one when the claim says it of everything: "no need to remove anything"), where no evidence clause of the claim's own
sign shares as much; a shared verb alone names no thing ("no need to bring your own" of "Please bring a waiver").
A requirement is stated by "must", "need", "required", "compulsory", "have to", "we ask for", a request opening with
"please"; it is denied by "no need", "optional", "need not",
"needn't", "not required", "no X is needed". Read on claims with figures too ("compulsory: $35 per day"): a figure
checks the price, not the sign.

:func:`charged_free`: a claim clause that puts a charge on a thing ("cost", "charge", "fee", "pay") which an evidence
statement says is free ("Lockers are free", "parking is free of charge"), where no evidence clause about that thing
states a charge. A clause that denies ("no charge", "doesn't cost") or says free itself is the evidence's reading.

Switched off by :data:`READ_REVERSED_RULES` (and in the claim-decision fit). General English words only; nothing
here looks at the answer's length, style or position, nor at any set's own words.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import content_stems, sentences_of, stem
from .text.char_scans import may_hold
from .textcache import text_cache

__all__ = ["NEED_NOT_RE", "READ_REVERSED_RULES", "charged_free", "reversed_requirement", "reversed_rule"]

#: Read a requirement or a gratuity turned round as a contradiction (the ``reversal52`` round).
READ_REVERSED_RULES = True

_CLAUSE_SPLIT_RE = re.compile(r"\s*[;:]\s*|,\s+(?:and|but|so|or)\s+|\s+(?:but|so|whereas|while)\s+|,\s+")
#: A clause that sets when or whether another holds: it states no rule of its own ("if you need one").
_SUBORDINATE_RE = re.compile(r"^\W*(?:if|unless|when|whenever|once|before|after|until|as long as|provided|whether"
                             r"|in case|because|since|although|though|even if)\b", re.IGNORECASE)
#: A requirement stated: needed, must, required, compulsory, "have to", "we ask for", a request ("Please ...").
_NEED_RE = re.compile(r"\b(?:needs?|needed|must|required|requires?|compulsory|mandatory|necessary|obligatory"
                      r"|ha(?:ve|s|d) to|asks? (?:you )?for|ask you to)\b|^\W*please\b", re.IGNORECASE)
#: A requirement denied with "need" first: "the owner need not come", "you needn't book" (read by
#: :mod:`llmops_kit.claim_meaning` as well, which took "need" there for a requirement stated).
NEED_NOT_RE = re.compile(r"\bneed(?:\s+not|n['’]t)\b", re.IGNORECASE)
#: A requirement denied: "no need", "optional", "needs no", "need not", "needn't", "not required", "don't have to",
#: "no experience is needed", "isn't compulsory".
_NO_NEED_RE = re.compile(
    r"\bno need\b|\boptional\b|\b(?:needs?|requires?)\s+no\b|\bneed(?:\s+not|n['’]t)\b"
    r"|(?:n['’]t|\bnot|\bnever)\s+(?:[a-z]+\s+)?(?:needs?|needed|required|requires?|compulsory|mandatory"
    r"|necessary|obligatory|ha(?:ve|s) to)\b"
    r"|\bno\s+(?:[a-z-]+\s+){1,5}(?:is|are)\s+(?:needed|required|necessary)\b", re.IGNORECASE)
#: Lower-case words one of which an ASCII text holds whenever :data:`_NEED_RE` or :data:`_NO_NEED_RE` matches it: a
#: claim holding none states and denies no requirement, so its clauses are not read (most claims state none).
_NEED_KEYS = ("need", "must", "requir", "compulsory", "mandatory", "necessary", "obligatory", "have to", "has to",
              "had to", "ask", "please", "optional")
_NEED_STEMS = frozenset(stem(w) for w in (
    "need", "needs", "needed", "needn't", "must", "required", "require", "requires", "compulsory", "mandatory",
    "necessary", "obligatory", "optional", "please", "ask", "asks", "have", "has"))
#: Quantifiers that name no thing: "no need to remove anything" is about removing, whatever the evidence names, and
#: "you don't need to be at home at all" about being at home.
_ANY_STEMS = frozenset(stem(w) for w in ("anything", "everything", "any", "all"))
_ANY_RE = re.compile(r"\b(?:anything|everything|any|all)\b", re.IGNORECASE)
#: How many content words of the claim's thing an evidence clause must share (with half of them) to be the same.
_SHARED = 2


def _need(clause: str) -> int:
    """-1 when the clause denies a requirement, 1 when it states one, 0 when it states none."""
    return -1 if _NO_NEED_RE.search(clause) else 1 if _NEED_RE.search(clause) else 0


def _clauses(text: str, main: bool = True) -> list[str]:
    """A sentence's clauses, the subordinate ones dropped when ``main`` (a claim's "if you need one" states no rule;
    an article's "Before any digging you must lodge ..." does, its adverb fronted)."""
    parts = (p.strip(" .!-*") for p in _CLAUSE_SPLIT_RE.split(text))
    return [c for c in parts if c and not (main and _SUBORDINATE_RE.match(c))]


@text_cache(maxsize=2048)
def _stated_requirements(text: str) -> tuple[tuple[int, frozenset[str], str], ...]:
    """A source's requirements, stated or denied, as (sign, what of, sentence); a question asks, it rules nothing.
    A clause naming nothing of its own ("... but are not compulsory") takes its sentence's words."""
    out = []
    for sentence in sentences_of(text):
        if sentence.rstrip().endswith("?"):
            continue
        whole = content_stems(sentence) - _NEED_STEMS
        for clause in _clauses(sentence, main=False):
            sign = _need(clause)
            if sign:
                out.append((sign, (content_stems(clause) - _NEED_STEMS) or whole, sentence))
    return tuple(out)


def _same_thing(what: frozenset[str], held: frozenset[str], universal: bool) -> int:
    """The words two requirements share when they are about the same thing, else 0: two words and half the claim's,
    or all the claim's when they are two or more, or one said of everything ("no need to remove anything"); a
    shared verb alone names no thing ("no need to bring your own" of "Please bring a signed waiver")."""
    shared = len(what & held)
    whole = bool(what) and what <= held and (len(what) >= _SHARED or universal)
    return shared if (shared >= _SHARED and 2 * shared >= len(what)) or whole else 0


def reversed_requirement(claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """The claim's first clause whose requirement the evidence states with the other sign, as (clause, the evidence
    sentence), or None."""
    if not READ_REVERSED_RULES or not may_hold(claim, _NEED_KEYS):
        return None
    stated: list[tuple[int, frozenset[str], str]] | None = None
    for clause in _clauses(claim):
        sign = _need(clause)
        if not sign:
            continue
        what = content_stems(clause) - _NEED_STEMS - _ANY_STEMS
        if not what:
            continue
        universal = _ANY_RE.search(clause) is not None
        if stated is None:
            stated = [found for source in evidence.sources if source.prose and not source.user
                      for found in _stated_requirements(source.text)]
        same = max((_same_thing(what, held, universal) for s, held, _ in stated if s == sign), default=0)
        best, against = 0, None
        for s, held, sentence in stated:
            shared = _same_thing(what, held, universal)
            if s == -sign and shared > max(same, best):
                best, against = shared, sentence
        if against is not None:
            return clause, against
    return None


#: A charge put on a thing: it costs, is charged, has a fee, is paid for.
_CHARGE_RE = re.compile(r"\b(?:costs?|charged?|charges|fees?|pay|pays|paid|payable|surcharge)\b", re.IGNORECASE)
#: A gratuity or a denial in the claim's clause: it says what the evidence says ("costs nothing", "at no cost",
#: "included"), or denies.
_FREE_OR_DENIED_RE = re.compile(r"\bfree\b|\bno (?:extra )?(?:charge|cost|fee)\b|\bwaived?\b|\bnothing\b|\bnil\b"
                                r"|\bzero\b|\bat no\b|\bwithout (?:charge|cost)\b|\bincluded\b|n['’]t\b|\bnot\b"
                                r"|\bnever\b", re.IGNORECASE)
#: An evidence statement that a thing is free: "Lockers are free", "Parking is free of charge", "X is always free".
_IS_FREE_RE = re.compile(r"^(?P<thing>[^,;:]+?)\s+(?:is|are)\s+(?:always\s+|completely\s+|totally\s+)?"
                         r"(?:free(?:\s+of\s+charge)?|complimentary|at no (?:extra )?(?:cost|charge))\s*(?:$|[,;:.])",
                         re.IGNORECASE)


@text_cache(maxsize=2048)
def _free_things(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """A source's things said to be free in a clause of their own, as (the thing's stems, the sentence)."""
    out = []
    for sentence in sentences_of(text):
        for part in re.split(r"\s*[;:]\s*|\.\s+", sentence):
            found = _IS_FREE_RE.match(part.strip())
            if found:
                thing = content_stems(found.group("thing"))
                if thing:
                    out.append((thing, sentence))
    return tuple(out)


@text_cache(maxsize=2048)
def _charged_things(text: str) -> tuple[frozenset[str], ...]:
    """The stems of a source's clauses that state a charge (and are no gratuity nor denial)."""
    return tuple(content_stems(clause) for sentence in sentences_of(text) for clause in _clauses(sentence)
                 if _CHARGE_RE.search(clause) and not _FREE_OR_DENIED_RE.search(clause))


def charged_free(claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """The claim's first clause putting a charge on a thing the evidence says is free (and charges for nowhere), as
    (clause, the evidence sentence), or None."""
    if not READ_REVERSED_RULES or not _CHARGE_RE.search(claim):
        return None
    sources = [source for source in evidence.sources if source.prose and not source.user]
    free = [found for source in sources for found in _free_things(source.text)]
    if not free:
        return None
    for clause in _clauses(claim):
        if not _CHARGE_RE.search(clause) or _FREE_OR_DENIED_RE.search(clause):
            continue
        stems = content_stems(clause)
        for thing, sentence in free:
            if thing <= stems and not any(thing <= charged for source in sources
                                          for charged in _charged_things(source.text)):
                return clause, sentence
    return None


def reversed_rule(claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """A requirement or a gratuity of the evidence turned round by the claim, as (clause, evidence sentence)."""
    return reversed_requirement(claim, evidence) or charged_free(claim, evidence)
