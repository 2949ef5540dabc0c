"""An evaluative comparison drawn from stated charges: "Cancelling is still better than not showing up, which is
charged in full" of "Cancellations within 24 hours are charged at 50%; no-shows are charged in full"; "Friend is
the better deal for you" after the answer's own sums for each option.

Two closed shapes, each computed, never taken on trust:

- two actions one evidence sentence charges clause by clause: "X is (still) better than Y[, which is charged in
  full]" or "(Still) worth X-ing - Y would cost you the full amount". One evidence sentence has a clause naming X
  with a charge and a clause naming Y with a charge (a percentage, "in full" = 100%, "free" = 0), a "not"/"no" on
  Y read as a no-show's "no"; X's highest charge must be below Y's, and a charge the claim states for Y must be
  the sentence's. "Cancelling is better than not showing up" where both are charged in full is not read;
- one of the options the answer has priced and summed itself: "N is the better deal / value / option (for you)".
  Every option the answer names with its price in brackets ("Friend (£35)") in a claim already held gets its
  saving (the largest amount said saved in that claim); N's saving less its price must be the largest, by more
  than a penny. "Patron is the better deal" on the same sums is not read, nor an option without both figures.

Read after the claim decision on claims it left unsupported, by the quality scorer; switched off by
:data:`READ_CHARGE_COMPARISONS` in the decision's fit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .evidence import Evidence
from .text import stem
from .text.split import sentences_of

__all__ = ["COMPARISON_SOURCE", "READ_CHARGE_COMPARISONS", "compared_by_charges"]

#: The source a comparison borne out by the stated charges is credited to.
COMPARISON_SOURCE = "stated charges compared"

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_CHARGE_COMPARISONS = True

_CHARGE = r"(?:charged in full|charged at \d+(?:\.\d+)?\s?%|charged the full (?:amount|price|fee)|free)"
_BETTER_RE = re.compile(
    r"^(?P<x>[a-z]+(?:ing)?(?: [a-z]+)?) (?:is|are) (?:still |always |much |far )?better than (?P<y>[a-z -]+?)"
    rf"(?:,? which (?:is|are|would be|gets?) (?P<yc>{_CHARGE}))?$", re.IGNORECASE)
_WORTH_RE = re.compile(
    r"^(?:it'?s |it is )?(?:still )?worth (?P<x>[a-z]+ing)(?: it)?(?: though| anyway)?\s*(?:[-–—,;:]|because|as|since)"
    r"\s*(?:a |an )?(?P<y>[a-z -]+?) would (?:cost you|be charged|mean paying) "
    r"(?P<yc>the full amount|in full|the full price|full price|\d+(?:\.\d+)?\s?%)$", re.IGNORECASE)
_DEAL_RE = re.compile(r"^(?P<n>[A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:is|works out as|would be) (?:the |a )?"
                      r"(?:better|best) (?:deal|value|option|choice)(?: for you)?$")
_PERCENT_RE = re.compile(r"(\d+(?:\.\d+)?)\s?%")
_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)?")
_NEGATORS = frozenset(("not", "no", "never"))
_AMOUNT = r"[£$€]\s?(\d[\d,]*(?:\.\d{1,2})?)"
_SAVED_RES = (re.compile(rf"\b(?:saves?|saving|saved)\s+(?:you\s+)?(?:about\s+)?{_AMOUNT}", re.IGNORECASE),
              re.compile(rf"{_AMOUNT}\s+(?:saved|in savings|of savings)", re.IGNORECASE))


def _charge(text: str) -> float | None:
    """A clause's charge as a share of the full price (None: the clause states none)."""
    lowered = text.lower()
    m = _PERCENT_RE.search(lowered)
    if m is not None and ("charg" in lowered or "cost" in lowered):
        return float(m.group(1))
    if "full" in lowered and ("charg" in lowered or "amount" in lowered or "price" in lowered or "cost" in lowered):
        return 100.0
    if re.search(r"\b(?:free|no charge|not charged|free of charge)\b", lowered):
        return 0.0
    return None


def _stated(text: str) -> float | None:
    """The charge a claim states for the other action ("the full amount", "charged at 50%", "free")."""
    lowered = text.lower()
    if "full" in lowered:
        return 100.0
    m = _PERCENT_RE.search(lowered)
    return float(m.group(1)) if m is not None else 0.0 if "free" in lowered else None


def _names(part: str, words: list[str]) -> bool:
    """Does a clause (its words) name the action (its words)? Every content stem of the action, and a negation
    when the action is one ("not showing up" of "no-shows")."""
    stems = {stem(w) for p in words for w in p.split("-")}
    action = [w for word in _WORD_RE.findall(part.lower()) for w in word.split("-")
              if w not in ("a", "an", "the", "up", "out", "in")]
    negated = bool(action) and action[0] in _NEGATORS
    want = {stem(w) for w in action if w not in _NEGATORS}
    if not want or not want <= stems:
        return False
    said_no = bool(_NEGATORS & set(words)) or any(w.startswith("no-") for w in words)
    return negated == said_no


def _two_actions(m: re.Match[str], evidence: Evidence) -> bool:
    x, y, stated = m.group("x"), m.group("y"), m.group("yc")
    for source in evidence.sources:
        if not source.prose:
            continue
        for sentence in sentences_of(source.text):
            if "%" not in sentence and "full" not in sentence.lower() and "free" not in sentence.lower():
                continue
            clauses = [c for c in re.split(r";|,\s+(?:and|but|while)\s+|\.\s", sentence) if c.strip()]
            xs, ys = [], []
            for clause in clauses:
                words = _WORD_RE.findall(clause.lower())
                charge = _charge(clause)
                if charge is None:
                    continue
                if _names(x, words):
                    xs.append(charge)
                elif _names(y, words):
                    ys.append(charge)
            if not xs or len(set(ys)) != 1:
                continue
            if stated is not None and _stated(stated) != ys[0]:
                continue
            if max(xs) < ys[0]:
                return True
    return False


def _best_option(name: str, held: Sequence[str]) -> bool:
    """Is ``name``'s saving less its price the largest of the options the held claims price and sum?"""
    nets: dict[str, float] = {}
    for claim in held:
        for priced in re.finditer(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?)\s*\(\s*" + _AMOUNT + r"\s*\)", claim):
            saved = [float(a.replace(",", "")) for pattern in _SAVED_RES for a in pattern.findall(claim)]
            if not saved:
                return False
            nets[priced.group(1)] = max(saved) - float(priced.group(2).replace(",", ""))
            break  # one option a claim: a claim pricing two cannot say which saving is whose
    if name not in nets or len(nets) < 2:
        return False
    return all(nets[name] > net + 0.01 for other, net in nets.items() if other != name)


def compared_by_charges(claim: str, evidence: Evidence, held: Sequence[str] = ()) -> bool:
    """Is the claim an evaluative comparison the stated charges, or the answer's own held sums, bear out (see the
    module docstring)? ``held``: the answer's claims already judged supported."""
    if not READ_CHARGE_COMPARISONS:
        return False
    text = claim.strip().strip(" .!").strip()
    lowered = text.lower()
    if "better" not in lowered and "worth" not in lowered and "best" not in lowered:
        return False
    m = _BETTER_RE.match(text) or _WORTH_RE.match(text)
    if m is not None:
        return _two_actions(m, evidence)
    deal = _DEAL_RE.match(text)
    return deal is not None and _best_option(deal.group("n"), held)
