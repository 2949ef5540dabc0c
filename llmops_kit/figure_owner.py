"""A price the evidence gives to something else: "the adult ski package costs kr 620" where the adult package
is kr 450 and kr 620 is the premium package's.

The hard-fact step asks only whether a claimed amount occurs anywhere in the evidence, and
:mod:`llmops_kit.grounding_context` reads a figure with its whole evidence sentence, so a price taken from the
item beside the one asked about passes both when the two items share a line, a sentence or a table. Here each
amount of money is read with its *owner*, the words it is attached to in its piece of evidence:

* a table row's label (its first cell) for a figure in a later cell;
* a figure followed by its own parenthesis ("£395 (manual) or £425 (automatic)"): the parenthesis (the words
  before it are a head the alternatives share), unless the parenthesis qualifies the amount ("(sedation
  included)", "(incl. VAT)", "(parts extra)"): what the amount covers is not what it is the price of, so the
  words before it own it, and the claim's qualifier must agree with what the evidence says beside the amount
  ("$140 (sedation extra)" against "$140.00 including sedation" is read as another owner's terms);
* otherwise the words of its clause (a sentence cut at ``;``, ``,`` and the joining words, never inside a
  parenthesis), the words after "per" left out ("per day" is the rate, not the item);
* an amount that continues a dated one, "$35.00 until 30 June 2027; $40.00 from 1 July 2027", is the same
  thing's later version and keeps the first amount's owner (``READ_DATED_CONTINUATIONS``): the words between
  the two are the first one's date, not the second one's item. Another item's amount in the same sentence,
  "$35.00 until 30 June; children $20.00 from 1 July", names its own owner and keeps it. A clock time
  conditions an amount the same way, joined by "and" or a semicolon: "MX$480 per slot before 4:00 p.m. and
  MX$720 per slot from 4:00 p.m." (``READ_CLOCK_CONTINUATIONS``).

The claim's figure is read the same way on the claim. The claim states the amount of another owner when, in
every place the evidence holds that amount, a sibling amount of the same currency in the same row, line or
sentence has an owner that holds a word of the claim's owner which the amount's own owner lacks, while the
amount's own owner has a word of its own (one the sibling's lacks) and the claim holds none of those. A claim
naming both owners, or naming the amount's owner by any word of its own, is left alone; so is a figure the
customer stated. Light words (cost, price, is ...) never decide.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Evidence
from .text.case_key import case_key
from .text.numbers import times_in
from .text.split import sentences_of, table_cells
from .text.tokens import word_stems
from .textcache import text_cache

__all__ = ["READ_CLOCK_CONTINUATIONS", "READ_DATED_CONTINUATIONS", "READ_QUALIFIERS", "READ_SENTENCE_ENDS",
           "clock_conditions", "foreign_owner"]

#: Switch: a parenthesis qualifying an amount ("(sedation included)") is not its owner (``mech29`` round).
READ_QUALIFIERS = True
#: Switch: "<A> until <date>; <B> from <date>" gives B the owner of A (``dated33`` round).
READ_DATED_CONTINUATIONS = True
#: Switch: "<A> before <time> and <B> from <time>" gives B the owner of A, as a date does (``mend35`` round).
READ_CLOCK_CONTINUATIONS = True
#: Switch: a line of evidence is cut into sentences by the package's sentence reader
#: (:func:`~llmops_kit.text.split.sentences_of`), which also ends a sentence before one that opens with a figure
#: ("... for a hire of up to 7 days. 24-70mm f/2.8 zoom: HK$260 per day"); the pattern here ended one only before a
#: capital, so the next item's owner took in the tail of the sentence before it (``money55`` round).
READ_SENTENCE_ENDS = True

#: An amount of money: a currency sign or code before the number, or a currency code or word after it.
_CURRENCY = r"(?:[£$€¥₹]|\b(?:kr|EUR|USD|GBP|AUD|NZD|CAD|CHF|NOK|SEK|DKK|ISK|PLN|CZK)\b\.?)"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: The look-ahead states the first characters a match can start with (a currency sign, a code's first letter, a
#: digit), so the search tries the alternatives only there: the same matches, about twice as fast.
_MONEY_RE = re.compile(
    rf"(?=[£$€¥₹\dkeugancsdip])(?:(?P<pre>{_CURRENCY})\s?(?P<a>{_NUMBER})(?:,-|,–|\.–)?"
    rf"|(?P<b>{_NUMBER})\s?(?P<post>€|\b(?:kr|EUR|USD|GBP|AUD|CHF|NOK|SEK|DKK|euros?|pounds?|dollars?)\b))",
    re.IGNORECASE)
#: What a text holds whenever :data:`_MONEY_RE` matches it: a currency sign, or a currency code or word (in its
#: :func:`~llmops_kit.text.case_key.case_key`, as the pattern is case-blind), and a digit.
_MONEY_KEYS = ("£", "$", "€", "¥", "₹", "kr", "eur", "usd", "gbp", "aud", "nzd", "cad", "chf", "nok", "sek", "dkk",
               "isk", "pln", "czk", "pound", "dollar")
_DIGIT_RE = re.compile(r"\d")
_CANON = {"£": "gbp", "pound": "gbp", "pounds": "gbp", "$": "usd", "dollar": "usd", "dollars": "usd",
          "€": "eur", "euro": "eur", "euros": "eur"}
#: A clause boundary (the joining words and punctuation of :mod:`llmops_kit.grounding_context`).
_SPLIT_RE = re.compile(r"\s*[;,:]\s+|\s+(?:and|but|or|while|whereas|otherwise|then|so)\s+",
                       re.IGNORECASE)
_PAREN_RE = re.compile(r"\([^()]*\)")
_AFTER_PAREN_RE = re.compile(r"\s*\(([^()\d]{1,40})\)")
_PER_RE = re.compile(r"\b(?:per|a|an|each)\s+(?!\d)\w+\s*$|\b(?:per|each)\s+\w+", re.IGNORECASE)
#: Words that say a figure is a price, not what it is the price of.
_LIGHT = frozenset(("cost", "costs", "price", "priced", "pay", "charg", "charge", "only", "just", "is", "are",
                    "be", "will", "come", "comes", "set", "rate", "total", "amount", "start", "from", "more", "less",
                    "otherwis", "otherwise", "els", "else", "addit", "additional", "extra", "further", "plus", "each",
                    "one", "get", "also", "then", "now", "usual", "normal", "standard"))
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|\n+")


class _Figure(NamedTuple):
    """An amount in one piece of evidence: its value, currency and owner words, and the qualifier of a
    parenthesis after it ("included" or "extra", and the stems of what it covers), if any."""

    value: str
    currency: str
    owner: frozenset[str]
    qualifier: tuple[str, frozenset[str]] | None = None


#: A parenthesis after an amount saying what the amount covers or leaves out ("(sedation included)", "(incl.
#: VAT)", "(parts extra)", "(not incl. delivery)"): a qualifier of the amount, not its owner.
_QUALIFIER_RE = re.compile(
    r"\s*\((?:(?P<out1>not\s+incl(?:uding|\.)?|excl(?:uding|\.)?|without|plus)\s+(?P<n1>[^()\d]{1,30}?)"
    r"|(?P<in1>incl(?:uding|\.)?|inc\.|with)\s+(?P<n2>[^()\d]{1,30}?)"
    r"|(?P<n3>[^()\d]{1,30}?)\s+(?:(?P<out2>not\s+included|excluded|extra|on\s+top|additional|separately)"
    r"|(?P<in2>included|incl\.?)))\s*\)", re.IGNORECASE)
#: What an evidence text says beside an amount about a thing it covers: included, or charged on top.
_BESIDE_IN_RE = re.compile(r"\b(?:includ\w*|incl\b|inc\b|with)\b", re.IGNORECASE)
_BESIDE_OUT_RE = re.compile(r"\b(?:extra|exclud\w*|excl\b|not\s+includ\w*|without|plus|on\s+top|additional|"
                            r"separately|charged)\b", re.IGNORECASE)
_BESIDE_END_RE = re.compile(r"[);.]|\s\d")


def _qualifier(match: re.Match[str]) -> tuple[str, frozenset[str]] | None:
    """("in" or "out", the covered thing's stems) of a qualifying parenthesis; None when it names nothing."""
    side = "out" if match.group("out1") or match.group("out2") else "in"
    nouns = _words(match.group("n1") or match.group("n2") or match.group("n3") or "")
    return (side, nouns) if nouns else None


def _money(match: re.Match[str]) -> tuple[str, str]:
    """(value, currency) of a money match: thousands separators dropped, currency words folded."""
    value = (match.group("a") or match.group("b")).replace(",", "")
    value = value[:-3] if value.endswith(".00") else value
    currency = (match.group("pre") or match.group("post")).lower().rstrip(".")
    return value, _CANON.get(currency, currency)


def _may_name_money(text: str) -> bool:
    """Can :data:`_MONEY_RE` match ``text``? Only with a digit and a key of :data:`_MONEY_KEYS`: most claims have
    neither, and are spared the pattern's search, which tries its currency codes at every position."""
    if _DIGIT_RE.search(text) is None:
        return False
    key = text.lower() if text.isascii() else case_key(text)
    for money in _MONEY_KEYS:  # noqa: SIM110 (a plain loop: no generator to set up)
        if money in key:
            return True
    return False


def _words(text: str) -> frozenset[str]:
    """The owner words of a stretch of text: without the rate ("per day") and light words."""
    text = _PER_RE.sub(" ", _MONEY_RE.sub(" ", text)).replace("-", " ")
    return frozenset(w for w in word_stems(text) if w not in _LIGHT and len(w) > 1)


def _protect(text: str) -> str:
    """The text with the clause boundaries inside parentheses blanked, so a list in brackets stays whole."""
    return _PAREN_RE.sub(lambda m: re.sub(r"[,;:]", " ", m.group(0)), text)


#: A figure followed by a phrase saying what it is for ("£42 in a manual car", "£75 on evenings and weekends").
_POST_RE = re.compile(r"(?:\s+(?:a|an|per|each)\s+\w+)*\s+(?:in|on|at|for|with|during)\s+", re.IGNORECASE)
#: Where a following phrase ends: the next clause or sentence.
_POST_END_RE = re.compile(r"[;.]|,\s+(?:and|but|so|which|plus)\b")
#: Signs of arithmetic written in a clause: its figures are operands, not prices of their own.
_ARITHMETIC_RE = re.compile(r"[+=×÷]|\s[x*/]\s|\b(?:total|together|combined|plus|minus|times|difference)\b",
                            re.IGNORECASE)


#: A calendar date as a price list writes it: "30 June 2027", "June 30", "2027.03.31", "30/06/2027", "30-06-2027".
_DATE = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?"
         r"(?:,?\s+\d{4})?|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})")
#: The words between a dated amount and the next one: its end date and a semicolon, nothing else but a currency
#: mark's letters ("R$") and words the first amount already has before its date ("for parties").
_UNTIL_GAP_RE = re.compile(rf"^(?P<words>[^;\d]*?)\b(?:until|till|up\s+to|through|before)\s+{_DATE}"
                           r"\s*;\s*[A-Z]{0,3}$")
#: The decimal-comma cents an amount match leaves behind ("R$ 1.490,00" read as far as "1.490").
_CENTS_RE = re.compile(r"^,\d{1,2}(?!\d)")
#: What follows the continuing amount: its start date, after the same words at most.
_FROM_TAIL_RE = re.compile(rf"^(?P<words>[^;\d]*?)\b(?:from|as\s+of|after|starting(?:\s+on)?)\s+{_DATE}")


#: A clock time as a price list conditions an amount by it: "4:00 p.m.", "4pm", "16:00", "noon".
_CLOCK = r"(?:\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\b\.?|\d{1,2}:[0-5]\d|noon|midday)"
#: The words between an amount conditioned by a clock time and the next one: the time it ends at, then a semicolon
#: or "and", and a currency mark's letters ("MX$"); the words may hold a rate's figure ("per 90-minute slot").
_UNTIL_CLOCK_GAP_RE = re.compile(rf"^(?P<words>[^;]*?)\b(?:until|till|up\s+to|before)\s+{_CLOCK}"
                                 r"\s*(?:;|,?\s+and)\s*[A-Z]{0,3}$")
#: What follows the continuing amount: the time it starts at, after the same words at most.
_FROM_CLOCK_TAIL_RE = re.compile(rf"^(?P<words>[^;]*?)\b(?:from|after|as\s+of|starting\s+at)\s+{_CLOCK}")
_FIGURES_RE = re.compile(r"\d+")


_CONDITION_RE = re.compile(rf"\b(until|till|up\s+to|before|from|after|as\s+of|starting\s+at)\s+({_CLOCK})",
                           re.IGNORECASE)
def clock_conditions(text: str) -> frozenset[str]:
    """The clock-time conditions of a text as owner marks: "before 4:00 p.m." as "<16:00", "from 4 pm" as
    ">=16:00"; none for a text without "before / until / from / after" and a digit."""
    if not READ_CLOCK_CONTINUATIONS or _DIGIT_RE.search(text) is None:
        return frozenset()
    return frozenset(("<" if side.lower().split()[0] in ("until", "till", "up", "before") else ">=")
                     + min(times_in(time), default="12:00") for side, time in _CONDITION_RE.findall(text))


def _continues_clocked(gap: str, tail: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The clock conditions of the previous amount and of this one, when this amount is the previous one's
    version from a clock time on ("MX$480 per slot before 4:00 p.m. and MX$720 per slot from 4:00 p.m."), else
    None. The words and figures around the second amount must be the first one's: "and MX$300 for juniors from 4
    p.m." names another item."""
    gap, tail = _CENTS_RE.sub("", gap, 1), _CENTS_RE.sub("", tail, 1)
    until = _UNTIL_CLOCK_GAP_RE.match(gap)
    if until is None:
        return None
    after = _FROM_CLOCK_TAIL_RE.match(tail)
    if after is None:
        return None
    before, since = until.group("words"), after.group("words")
    if not (_words(since) <= _words(before)
            and set(_FIGURES_RE.findall(since)) <= set(_FIGURES_RE.findall(before))):
        return None
    return clock_conditions(gap), clock_conditions(after.group())


def _clocked(text: str, found: list[re.Match[str]], i: int) -> tuple[frozenset[str], frozenset[str]] | None:
    """:func:`_continues_clocked` for the ``i``-th amount of ``text`` (None for the first, or with no bound word
    between it and the previous one)."""
    if not i or not READ_CLOCK_CONTINUATIONS:
        return None
    gap = text[found[i - 1].end():found[i].start()]
    if "before" not in gap and "until" not in gap and "till" not in gap and "up to" not in gap:
        return None
    return _continues_clocked(gap, text[found[i].end():])


def _continues_dated(gap: str, tail: str) -> bool:
    """Is an amount, with ``gap`` the text since the previous amount and ``tail`` the text after it, the later
    dated version of the previous amount ("$35.00 until 30 June 2027; $40.00 from 1 July 2027")? The words
    around the second amount, if any, must be the first one's (a later "children $20.00" names another item)."""
    if "until" not in gap and "till" not in gap and "before" not in gap and "through" not in gap \
            and "up to" not in gap:
        return False
    until = _UNTIL_GAP_RE.match(_CENTS_RE.sub("", gap, 1))
    if until is None:
        return False
    after = _FROM_TAIL_RE.match(_CENTS_RE.sub("", tail, 1))
    return after is not None and _words(after.group("words")) <= _words(until.group("words"))


def _figures(text: str) -> list[_Figure]:
    """The amounts of a sentence or clause with their owners (see the module docstring): the parenthesis right
    after an amount, or the phrase after each amount when every amount has one ("£42 in a manual car or £45 in an
    automatic"), else the words since the previous amount."""
    found = list(_MONEY_RE.finditer(text))
    posts = [_POST_RE.match(text, match.end()) for match in found]
    parallel = all(posts)  # one amount's trailing phrase alone ("... €10 in the app") says where, not what
    out = []
    for i, match in enumerate(found):
        value, currency = _money(match)
        paren, post = _AFTER_PAREN_RE.match(text, match.end()), posts[i]
        qualifier = None
        if paren is not None and READ_QUALIFIERS and (qualified := _QUALIFIER_RE.match(text, match.end())):
            qualifier = _qualifier(qualified)
        if qualifier is not None:  # "(sedation included)": the words before the amount own it
            start = found[i - 1].end() if i else 0
            owner = _words(text[start:match.start()])
        elif paren is not None:
            owner = _words(paren.group(1))
        elif i and READ_DATED_CONTINUATIONS and _continues_dated(text[found[i - 1].end():match.start()],
                                                                   text[match.end():]):
            owner = out[i - 1].owner  # "$40.00 from 1 July 2027" after "$35.00 until 30 June 2027;"
        elif clocked := _clocked(text, found, i):  # each version owned by its item and its side of the time
            first, since = clocked
            out[i - 1] = out[i - 1]._replace(owner=out[i - 1].owner | first)
            owner = (out[i - 1].owner - first) | since
        elif parallel and post is not None:
            stop = found[i + 1].start() if i + 1 < len(found) else len(text)
            tail = text[post.end():stop]
            end = _POST_END_RE.search(tail)
            owner = _words(tail[:end.start()] if end else tail)
        else:
            start = found[i - 1].end() if i else 0
            owner = _words(text[start:match.start()])
        out.append(_Figure(value, currency, owner, qualifier))
    return out


def _row_figures(row: str) -> list[_Figure]:
    """A table row's amounts, each owned by the row's label (its first cell)."""
    cells = [c.strip() for c in table_cells(row)]
    if len(cells) < 2 or not cells[0] or _MONEY_RE.search(cells[0]):
        return []
    label = _words(cells[0])
    return [_Figure(*_money(m), label) for cell in cells[1:] for m in _MONEY_RE.finditer(cell)]


def _line_figures(line: str, ends: bool) -> list[list[_Figure]]:
    """A line's amounts by sentence (a table row's as one), each with its owner."""
    if line.lstrip().startswith("|"):
        return [_row_figures(line)]
    sentences = sentences_of(line) if ends else _SENTENCE_RE.split(line)
    return [_figures(sentence) for sentence in sentences]


@text_cache(maxsize=4096)
def _pieces(text: str, ends: bool) -> tuple[tuple[tuple[_Figure, ...], str], ...]:
    """Each piece of a source that holds amounts, with its text: a sentence or row holding two or more, or a
    run of neighbouring lines (a list, a table) holding one each (cached: articles recur)."""
    out: list[tuple[tuple[_Figure, ...], str]] = []
    run: list[tuple[_Figure, str]] = []
    for line in [*text.splitlines(), ""]:
        figures = [p for p in _line_figures(line, ends) if p] if _MONEY_RE.search(line) else []
        if len(figures) == 1 and len(figures[0]) == 1:
            run.append((figures[0][0], line.strip()))
            continue
        if run:
            out.append((tuple(f for f, _ in run), " / ".join(t for _, t in run)))
            run = []
        out.extend((tuple(p), line.strip()) for p in figures)
    return tuple(out)


def _has_siblings(text: str) -> bool:
    """:func:`_siblings` with the sentence reader the switch names."""
    return _siblings(text, READ_SENTENCE_ENDS)


@text_cache(maxsize=4096)
def _siblings(text: str, ends: bool) -> bool:
    """Does a piece of the source hold two amounts of one currency with different values (cached per source
    text)? Without one, no amount of it can belong to another owner than the claim's."""
    for piece, _ in _pieces(text, ends):
        values: dict[str, str] = {}
        for figure in piece:
            if values.setdefault(figure.currency, figure.value) != figure.value:
                return True
    return False


def _foreign(claimed: frozenset[str], figure: _Figure, piece: tuple[_Figure, ...],
             stated: dict[tuple[str, str], frozenset[str]]) -> bool:
    """Whether a sibling amount of the piece owns what the claim names, and the amount's own owner does not. A
    sibling the claim states too counts only when the claim gives it this amount's owner (the two swapped)."""
    for other in piece:
        if other.currency != figure.currency or other.value == figure.value:
            continue
        theirs, own = other.owner - figure.owner, figure.owner - other.owner
        if not (claimed & theirs and own and not claimed & own):
            continue
        swapped = stated.get((other.value, other.currency))
        if swapped is None or (swapped & own and not swapped & theirs):
            return True
    return False


def foreign_owner(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence text, the claimed amount) when the claim gives an amount the evidence attaches only to
    another item than the one the claim names (see the module docstring), else None."""
    if not _may_name_money(claim) or _MONEY_RE.search(claim) is None:
        return None
    siblings = evidence.once("figure_owner.siblings", lambda ev: any(  # read once per evidence, not per claim
        _has_siblings(source.text) for source in ev.sources if not source.user))
    if not siblings:
        return None  # no piece of the evidence gives two amounts of a currency: no amount has another owner
    user = evidence.user_text
    clauses = [c for c in _SPLIT_RE.split(_protect(claim)) if _MONEY_RE.search(c)]
    read = [(clause, _figures(clause)) for clause in clauses]
    # what the claim says each of its amounts is of: a sibling it states too must be swapped to count
    stated = {(f.value, f.currency): f.owner for _, figures in read for f in figures}
    when = clock_conditions(claim)  # "from 4 pm": the side of a clock time the claim's amounts are given for
    if when:
        read = [(clause, [f._replace(owner=f.owner | when) for f in figures]) for clause, figures in read]
    for clause, figures in read:
        if _ARITHMETIC_RE.search(clause):
            continue  # figures worked together are operands, each read by the arithmetic step
        for figure in figures:
            if figure.qualifier is not None:
                clash = _qualifier_clash(figure, evidence)
                if clash is not None:
                    return clash[0], clash[1], f"{figure.currency} {figure.value}"
            if not figure.owner or re.search(rf"(?<![\d.]){re.escape(figure.value)}(?![\d])", user or ""):
                continue
            where = _misowned(figure, evidence, stated)
            if where is not None:
                return where[0], where[1], f"{figure.currency} {figure.value}"
    return None


def _qualifier_clash(claimed: _Figure, evidence: Evidence) -> tuple[str, str] | None:
    """The source and sentence where the evidence says the other way round what the claimed amount covers: the
    claim's "(sedation extra)" where the words right after the amount in the evidence name the same thing as
    included ("$140.00 including sedation"), or the claim's "(sedation included)" where they name it as extra."""
    assert claimed.qualifier is not None
    side, nouns = claimed.qualifier
    value = re.escape(claimed.value)
    amount_re = re.compile(rf"(?<![\d.,]){value}(?:\.00)?(?![\d])")
    for source in evidence.sources:
        if source.user or claimed.value not in source.text:
            continue
        for found in amount_re.finditer(source.text):
            tail = source.text[found.end():found.end() + 60]
            end = _BESIDE_END_RE.search(tail, 1)
            beside = tail[:end.start()] if end else tail
            if not nouns <= _words(beside):
                continue
            said = "out" if _BESIDE_OUT_RE.search(beside) else "in" if _BESIDE_IN_RE.search(beside) else None
            if said is not None and said != side:
                return source.label, source.text
    return None


def _misowned(claimed: _Figure, evidence: Evidence,
              stated: dict[tuple[str, str], frozenset[str]]) -> tuple[str, str] | None:
    """The source and piece where the claimed amount belongs to another owner, when every piece holding it says
    so (an amount stated on its own, or with siblings that cannot tell, vouches for it)."""
    where = None
    for source in evidence.sources:
        if source.user:
            continue
        for piece, text in _pieces(source.text, READ_SENTENCE_ENDS):
            for figure in piece:
                if (figure.value, figure.currency) != (claimed.value, claimed.currency):
                    continue
                if not _foreign(claimed.owner, figure, piece, stated):
                    return None
                where = where or (source.label, text)
    return where
