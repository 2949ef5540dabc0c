"""An option named as the cheaper one that the answer's own totals price as the dearer: "For two of you, Standard
with a hair set is ¥4,400 + ¥1,650 = ¥6,050 each; Premium without is ¥7,700 each. Premium comes out cheaper",
"Hire the whole field: with 22 players it's the better deal, since ₹1,25,000 covers up to 60 players and lunch, and
22 × ₹1,499 = ₹32,978 less 15% comes to ₹28,031.30".

Every figure of such an answer is held and every step comes out, so no figure reader objects; only the conclusion
is reversed, and the answer itself says so. The conclusion is a sentence whose subject names the chosen option and
calls it cheaper ("<option> is / works out / comes out cheaper", "... costs less", "the better deal"), or an answer
that opens with the option and a colon and says so in the same sentence ("Hire the whole field: ... it's the better
deal"). The option's words are the subject's own (not "the", "hire", "option"...). Each clause of the answer (cut at
";", ":", ",", "against", "while", "versus") that writes an amount has one total, its last amount; the clause belongs to
the chosen option when it names one of the option's words before that amount, or, naming none, when an evidence
text names one in the few words before its first amount (after the amount before). Decided only with exactly one
total of the chosen option and exactly one
of the other clauses, both in one currency mark and on one basis (both "each" / per person, or neither; the same
period or none): contradicted when the chosen option's total is the larger. Left alone: a subject holding an amount
or a count ("two volumes at KSh 150 each", read by :mod:`~llmops_kit.written_comparisons` if at all), "better"
alone or "better value" (a dearer option may be worth more: "The two-night camp is better value ..., with the
sandboarding included"), a hedged or one-sided answer. Switched off by :data:`READ_CHOSEN_OPTIONS` in the
claim-decision fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import sentences_of
from .text.numbers import count_words

# the comparison reader's money: a sign, code or local mark before or after a figure, Indian and dot thousands
from .written_comparisons import AMOUNT_RE, amount_mark, amount_value

__all__ = ["READ_CHOSEN_OPTIONS", "reversed_choices"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle a
#: claim before the decision.
READ_CHOSEN_OPTIONS = True

_CHEAPER = r"(?:the\s+)?(?:cheaper|less\s+expensive|cheapest|better\s+deal)\b"
_VERB = (r"(?:is|are|'s|would\s+be|works?\s+out|comes?\s+out|comes?\s+in|stays?|costs?\s+less|cost\s+you\s+less)"
         r"(?:\s+(?:still|much|far|a\s+lot|slightly|clearly))?")
#: "<subject> is / works out cheaper", "<subject> costs less", the subject at most eight words with no figure.
_SUBJECT_RE = re.compile(rf"^\s*(?P<subject>[A-Za-z][^\d:;,.]{{0,80}}?)\s+(?:{_VERB}\s+{_CHEAPER}|costs?\s+less\b)",
                         re.IGNORECASE)
#: "<option>: ... the better deal / cheaper" opening the answer.
_OPENING_RE = re.compile(r"^\s*(?P<subject>[A-Za-z][^\d:;,.]{0,60}?)\s*:\s*(?P<rest>.*)$",
                         re.IGNORECASE | re.DOTALL)
_REST_RE = re.compile(rf"\b(?:it|that|this|which)(?:'s|\s+is|\s+works\s+out|\s+comes\s+out)\s+{_CHEAPER}",
                      re.IGNORECASE)
#: An amount as the comparison reader writes one, its groups unnamed so it can stand twice in one pattern.
_AMOUNT_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", AMOUNT_RE.pattern)
#: "<count> <noun> at <amount> each <verb> cheaper than [one] [a few words] <amount>": the subject is the product.
_COUNTED_RE = re.compile(
    rf"^\s*(?P<n>\w+)\s+(?:[a-z-]+\s+){{1,3}}?at\s+(?P<a>(?:{_AMOUNT_PLAIN}))\s+each\s+(?:{_VERB}\s+)?"
    rf"(?:cheaper|less(?:\s+expensive)?)\s+than\s+(?:one|a|an|the|a\s+single)?\s*(?P<gap>(?:[A-Za-z-]+\s+){{0,3}}?)"
    rf"(?P<b>(?:{_AMOUNT_PLAIN}))(?![\d.,]*\s+each)", re.IGNORECASE)
_COUNTS = count_words(20)
_CUT_RE = re.compile(r";|:\s|,\s|\s(?:against|while|whereas|versus|vs\.?|compared\s+(?:with|to))\s", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_PER_RE = re.compile(r"\b(?:each|apiece|per\s+(?:person|head|player|child|adult|guest)|a\s+head|a\s+person)\b",
                     re.IGNORECASE)
_PERIOD_RE = re.compile(r"\b(?:a|per|each|every)\s+(day|week|month|year|night|hour|session|visit)\b", re.IGNORECASE)
_HEDGE_RE = re.compile(r"\b(?:about|around|roughly|approximately|nearly|almost|up\s+to|from)\s*$", re.IGNORECASE)
#: Words of a subject that name no option.
_PLAIN = frozenset(("the", "and", "you", "your", "for", "with", "without", "hire", "hiring", "take", "taking", "book",
                    "booking", "get", "getting", "choose", "going", "option", "choice", "one", "both", "either",
                    "two", "three", "four", "five", "six", "all", "any", "our", "this", "that", "then", "here",
                    "price", "prices", "pricing", "more", "less", "better", "best", "would", "will", "just",
                    "only", "whole", "still", "really", "overall", "cost", "costs", "paying", "pay", "way"))


def _option_words(subject: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD_RE.findall(subject)) - _PLAIN


def _conclusion(answer: str) -> tuple[str, str] | None:
    """The sentence that names the chosen option as the cheaper one, and the option's subject."""
    sentences = sentences_of(answer)
    for index, sentence in enumerate(sentences):
        match = _SUBJECT_RE.match(sentence)
        if match:
            return sentence, match.group("subject")
        if index == 0:
            opening = _OPENING_RE.match(sentence)
            if opening and _REST_RE.search(opening.group("rest")):
                return sentence, opening.group("subject")
    return None


def _clauses(answer: str) -> list[str]:
    return [part for sentence in sentences_of(answer) for part in _CUT_RE.split(sentence) if part.strip()]


def _names(text: str, words: frozenset[str]) -> bool:
    return not words.isdisjoint(w.lower() for w in _WORD_RE.findall(text))


def _holder_names(figure: str, words: frozenset[str], texts: Iterable[str]) -> bool:
    """Does an evidence text name one of ``words`` in the few words before ``figure``, after the amount before it
    ("hire the whole field for a day: ₹1,25,000"; not "Premium plan ¥7,700 ... Men's plan ¥4,400" for ¥4,400)?"""
    for text in texts:
        start = 0
        for match in AMOUNT_RE.finditer(text):
            if match.group(0) == figure and _names(" ".join(text[start:match.start()].split()[-8:]), words):
                return True
            start = match.end()
    return False


def _counted_subject(claim: str) -> tuple[str, ...]:
    """"two volumes at KSh 150 each come out cheaper than one KSh 250 binding": the count times the price each
    against the one amount after "than", contradicted when the product is not below it."""
    match = _COUNTED_RE.search(claim)
    if match is None:
        return ()
    if any(w.lower() in _COUNTS for w in match.group("gap").split()):  # "than two KSh 250 bindings": counted too
        return ()
    word = match.group("n").lower()
    count = int(word) if word.isdigit() else _COUNTS.get(word)
    first, second = AMOUNT_RE.fullmatch(match.group("a")), AMOUNT_RE.fullmatch(match.group("b"))
    if count is None or count < 2 or first is None or second is None or amount_mark(first) != amount_mark(second):
        return ()
    return (match.group("a"),) if count * amount_value(first) >= amount_value(second) else ()


def reversed_choices(claim: str, answer_text: str, texts: Iterable[str]) -> tuple[str, ...]:
    """The chosen option's total when ``claim`` holds the answer's conclusion that the option is the cheaper one and
    the answer's own totals make it the dearer; empty otherwise (see the module's docstring)."""
    if not READ_CHOSEN_OPTIONS:
        return ()
    counted = _counted_subject(claim)
    if counted or not answer_text:
        return counted
    own = _SUBJECT_RE.match(claim)
    if own is not None:  # the claim is the conclusion, cut from the answer around it (its end may be unmarked)
        subject = own.group("subject")
        answer_text = answer_text.replace(claim, f"; {claim}; ")
    else:
        found = _conclusion(answer_text)
        if found is None:
            return ()
        sentence, subject = found
        if sentence.strip()[:40] not in claim and claim.strip()[:40] not in sentence:
            return ()
    words = _option_words(subject)
    if not words:
        return ()
    texts = tuple(texts)
    chosen, other = [], []
    for clause in _clauses(answer_text):
        amounts = list(AMOUNT_RE.finditer(clause))
        if not amounts:
            continue
        last = amounts[-1]
        if _HEDGE_RE.search(clause[:last.start()]):
            return ()
        entry = (amount_value(last), amount_mark(last), clause[last.start():last.end()], clause)
        before = clause[:last.start()]
        if _names(before, words) or (not _names(clause, words)
                                      and _holder_names(amounts[0].group(0), words, texts)):
            chosen.append(entry)
        else:
            other.append(entry)
    if len(chosen) != 1 or len(other) != 1:
        return ()
    (mine, mark, shown, mine_clause), (theirs, other_mark, _, theirs_clause) = chosen[0], other[0]
    if mark != other_mark or bool(_PER_RE.search(mine_clause)) != bool(_PER_RE.search(theirs_clause)):
        return ()
    if {p.lower() for p in _PERIOD_RE.findall(mine_clause)} != {p.lower() for p in _PERIOD_RE.findall(theirs_clause)}:
        return ()
    return (shown,) if mine > theirs else ()
