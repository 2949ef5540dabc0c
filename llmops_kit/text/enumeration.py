"""A count the claim itself confirms by listing what it counts: "two slots, 9am-12pm and 1pm-4pm", "with two
exceptions: baby food, and food you need for medical reasons".

The evidence lists the slots or the exceptions; the answer counts them. The count is then no fact taken from
anywhere, but the length of the list beside it, and it is checked against that list: "three slots, 9am-12pm and
1pm-4pm" still states a figure nothing holds.
"""

from __future__ import annotations

import re

from .case_key import case_key
from .numbers import NUMBER_WORDS

__all__ = ["READ_ITEM_COUNTS", "READ_LIST_ENDS", "READ_OWN_ANDS", "item_counts", "listed_counts", "miscounted_lists",
           "recounted_items"]

#: Read a record's "<item> xN" as N of the item, holding a claim's count of it and contradicting another; off
#: while the claim decision is fitted.
READ_ITEM_COUNTS = True

#: Read a list as ending at the item after its "and" / "or" ("Two slots a day, 09:30 and 14:00, April through
#: October" lists two), with a rate after the counted noun ("a day", "per week"), and a closed list of another
#: length contradicting the count; off while the claim decision is fitted.
READ_LIST_ENDS = True

#: Read a list's first "and" / "or" as inside its first item when two or more commas and the list's own closing
#: "and" / "or" follow ("5 dishes (a curry paste and curry, a soup, a stir-fry, a starter and a dessert)" lists
#: five, not two); off while the claim decision is fitted.
READ_OWN_ANDS = True

#: A small count and its noun (up to two words), then the list it introduces after a colon, comma, dash or
#: bracket, up to the end of the clause.
_COUNTED_RE = re.compile(
    r"\b(two|three|four|five|six|[2-6])\s+((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*s)\s*(?:[:,(]|\s[-–—])\s*"
    r"([^;.!?)]+)", re.IGNORECASE)
#: The same with a rate after the noun ("two slots a day, 09:30 and 14:00"); the list then runs to the item after
#: its "and" / "or".
_RATED_RE = re.compile(
    r"\b(two|three|four|five|six|[2-6])\s+((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*s)"
    r"(?:\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|night|morning|afternoon|evening|session))?"
    r"\s*(?:[:,(]|\s[-–—])\s*([^;.!?)]+)", re.IGNORECASE)
#: A separator before a list's last item.
_LAST_SEP_RE = re.compile(r"(?:^|\s|,)(?:and|or)$", re.IGNORECASE)
#: The same count named as the subject the list completes: "The two kiosks are Hawthorne (...) and Pearl District
#: (...)". The list runs to the end of the clause; what its brackets say of each item is left out.
_NAMED_AS_RE = re.compile(
    r"\b(two|three|four|five|six|[2-6])\s+((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*s)\s+(?:are|were|include)\s+"
    r"((?:\([^)]*\)|[^;!?()]|\.(?=\S))+)", re.IGNORECASE)
_BRACKETED_RE = re.compile(r"\s*\([^)]*\)")
#: Where a list divides into its items: commas and "and" / "or", together or alone.
_ITEM_SPLIT_RE = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
#: An item that is itself a count of something ("1 child"): the list is then of quantities, not of the noun.
_QUANTITY_ITEM_RE = re.compile(r"^\d+(?:\.\d+)?\s+[a-z]", re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"(\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)", re.IGNORECASE)
#: A list item of one to three words, none opening a clause or a phrase ("so if you ...", "on a lead"): the
#: items of a named list, "09:30", "the coast path", not the sentence going on after a comma.
_SHORT_ITEM_RE = re.compile(r"^(?!(?:and|or|but|so|if|then|which|who|that|we|you|it|they|i|he|she|"
                            r"at|on|in|for|with|from|to|per|each|by|plus)\b)"
                            r"\S+(?:\s+\S+){0,2}$", re.IGNORECASE)
_DIGIT_OR_WORD_RE = re.compile(r"\b(?:two|three|four|five|six|[2-6])\s", re.IGNORECASE)


def _own_and(seps: list[str], at: int) -> bool:
    """Is the "and" / "or" at ``seps[at]`` inside an item ("a curry paste and curry, a soup, a stir-fry and a
    dessert"): followed by two or more commas without "and" / "or" and then a list's own closing "and" / "or"?"""
    for commas, sep in enumerate(seps[at + 1:]):
        if _LAST_SEP_RE.search(sep.strip()):
            return commas >= 2
        if sep.strip() != ",":
            return False
    return False


def _list_items(rest: str) -> list[str]:
    """The items of a list: split at every comma and "and" / "or", but with :data:`READ_OWN_ANDS` not at a first
    "and" / "or" inside an item (:func:`_own_and`)."""
    parts = _SEPARATOR_RE.split(rest.strip())
    seps = parts[1::2]
    if READ_OWN_ANDS and len(seps) > 3 and _LAST_SEP_RE.search(seps[0].strip()) and _own_and(seps, 0):
        parts = [f"{parts[0]}{seps[0]}{parts[2]}", *parts[3:]]
    return parts[::2]


def _closed_items(rest: str) -> list[str] | None:
    """The items of a list up to and including the one after its first "and" / "or" (with
    :data:`READ_OWN_ANDS`, the first one not inside an item, :func:`_own_and`); None when no "and" / "or"
    closes it."""
    parts = _SEPARATOR_RE.split(rest.strip())
    seps = parts[1::2]
    items = [parts[0]]
    for at, (sep, item) in enumerate(zip(seps, parts[2::2], strict=False)):
        if _LAST_SEP_RE.search(sep.strip()):
            if READ_OWN_ANDS and at == 0 and _own_and(seps, at):
                items[-1] = f"{items[-1]}{sep}{item}"
                continue
            items.append(item)
            return [i for i in items if i.strip()]
        items.append(item)
    return None


def _closed_lists(claim: str) -> list[tuple[str, list[str]]]:
    """Each count of the claim with the closed list after it: (the count's figure, the list's items)."""
    found = []
    for count, _noun, rest in _RATED_RE.findall(claim):
        items = _closed_items(rest)
        if (items is None or len(items) < 2 or any(_QUANTITY_ITEM_RE.match(i) for i in items)
                or any(not _SHORT_ITEM_RE.match(p.strip()) for i in items for p in _ITEM_SPLIT_RE.split(i))):
            continue
        found.append((count if count.isdigit() else NUMBER_WORDS[case_key(count)], items))
    return found


def listed_counts(claim: str) -> frozenset[str]:
    """The counts of the claim (normalised, as :func:`~llmops_kit.text.numbers_in` reads them) that the list
    right after them has exactly as many items as."""
    found = set()
    named = [(c, n, _BRACKETED_RE.sub("", rest).rstrip(". ")) for c, n, rest in _NAMED_AS_RE.findall(claim)]
    for count, _noun, rest in (*_COUNTED_RE.findall(claim), *named):
        items = [i for i in _list_items(rest) if i.strip()]
        if len(items) < 2 or any(_QUANTITY_ITEM_RE.match(i) for i in items):
            continue
        value = count if count.isdigit() else NUMBER_WORDS[case_key(count)]
        if value == str(len(items)):
            found.add(value)
    if READ_LIST_ENDS and _DIGIT_OR_WORD_RE.search(claim):
        found.update(value for value, items in _closed_lists(claim) if value == str(len(items)))
    return frozenset(found)


def miscounted_lists(claim: str) -> frozenset[str]:
    """The counts of the claim that the closed list right after them has another number of items: "three slots
    a day, 09:30 and 14:00" (3); a list no "and" / "or" closes, or of quantities ("2 adults, 1 child"), is not
    read."""
    if not READ_LIST_ENDS or _DIGIT_OR_WORD_RE.search(claim) is None:
        return frozenset()
    return frozenset(value for value, items in _closed_lists(claim) if value != str(len(items)))


#: "<item> xN" / "<item> ×N" as a record lists a quantity: the item's words (one to four), a space, the sign glued
#: to the count, then no further digit or word character.
_ITEM_SIGN_RE = re.compile(r" [x×](\d{1,3})(?![\w.,]?\d)(?!\w)")
#: The item's last one or two words, right before the sign.
_ITEM_WORDS_RE = re.compile(r"(?<![\w'-])(?:[A-Za-z][\w'-]* )?[A-Za-z][\w'-]*$")
_SIGN_RE = re.compile(r" [x×]\d")
_COUNT_WORD = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


def item_counts(text: str) -> tuple[tuple[str, str], ...]:
    """The quantities ``text`` lists as "<item> xN": (the item's last two words, lower-cased, N); "Chunky Aran x4"
    is ("chunky aran", "4"); "2 x 4" is no item."""
    if _SIGN_RE.search(text) is None:  # the sign glued to a count, before the item's words are read
        return ()
    found = []
    for sign in _ITEM_SIGN_RE.finditer(text):
        item = _ITEM_WORDS_RE.search(text, max(0, sign.start() - 60), sign.start())
        if item is not None:
            found.append((item.group(0).lower(), str(int(sign.group(1)))))
    return tuple(found)


def recounted_items(claim: str, items: tuple[tuple[str, str], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The counts ``claim`` gives of the evidence's listed ``items`` ("4 Chunky Aran skeins", "4 skeins of Chunky
    Aran"): those equal to the item's N (held) and those of another figure where no item of those words has it
    (wrong)."""
    if not READ_ITEM_COUNTS or not items:
        return frozenset(), frozenset()
    lower = claim.lower()
    held, wrong = set(), set()
    for words, count in items:
        if words not in lower:
            continue
        pattern = (r"\b" + _COUNT_WORD + r"\s+(?:[a-z][\w'-]*\s+of\s+(?:the\s+)?)?" + re.escape(words) + r"(?:e?s)?\b")
        for figure in re.findall(pattern, lower):
            value = figure if figure.isdigit() else NUMBER_WORDS.get(figure)
            if value is None:
                continue
            value = str(int(value))
            if value == count:
                held.add(value)
            elif all(c != value for w, c in items if w == words):
                wrong.add(value)
    return frozenset(held), frozenset(wrong - held)
