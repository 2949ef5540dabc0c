"""The key-word shortcuts before claim_meaning's case-blind patterns read what the patterns read: an ASCII text
the pattern matches always holds one of its keys, so a clause skipped by the shortcut is one the pattern would not
have matched; a non-ASCII text always goes to the pattern ("ſhall" matches "shall" ignoring case)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from llmops_kit import claim_meaning as cm
from llmops_kit.text.char_scans import may_hold

SHORTCUTS = [
    (cm._UNIVERSAL_RE, cm._UNIVERSAL_KEYS),
    (cm.PROMISE_RE, cm._PROMISE_KEYS),
    (cm._DENIAL_RE, cm._DENIAL_KEYS),
    (cm._NEED_RE, cm._NEED_KEYS),
    (cm._NO_NEED_RE, cm._NEED_KEYS),
    (cm._NEGATED_RE, cm._NEGATION_KEYS),
]

#: One text per key, each matched by its pattern through that key alone.
EXAMPLES = {
    "_UNIVERSAL_RE": ["Every plot has a tap", "All Dogs stay outside", "For ANY show", "whatever their age",
                      "whichever you like", "wherever you park", "whenever it rains"],
    "PROMISE_RE": ["We WILL refund it", "it shall be done", "we'll call you", "drinks are on us", "Parking is Free",
                    "a complimentary tea", "at no extra cost", "Guaranteed seats"],
    "_DENIAL_RE": ["we don't open", "Nothing is kept", "never near roads", "Neither is taken", "dogs are banned",
                   "Forbidden here", "smoking is prohibited", "the deck is off-limits"],
    "_NEED_RE": ["you need a ticket", "you MUST book", "booking is required", "caps are compulsory",
                 "a mask is mandatory", "it is necessary", "boots are essential", "you have to book",
                 "it has to be signed", "we had to close", "Please bring ID"],
    "_NO_NEED_RE": ["no need to book", "Caps are optional", "it requires no booking"],
    "_NEGATED_RE": ["we don't open", "Cars are NOT washed", "never near roads"],
}


def _ascii_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without its non-ASCII letters (a typographic apostrophe beside ``'`` in a class): the ASCII texts
    it matches are the same, and older Hypothesis versions refuse to draw from a regex whose literals lie outside
    the alphabet asked for."""
    ascii_only = "".join(char for char in pattern.pattern if char.isascii())
    return re.compile(ascii_only, pattern.flags)


@pytest.mark.parametrize(("pattern", "keys"), SHORTCUTS, ids=lambda p: getattr(p, "pattern", "keys")[:20])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_a_matched_ascii_text_holds_a_key(pattern, keys, data) -> None:
    text = data.draw(st.from_regex(_ascii_pattern(pattern), fullmatch=False, alphabet=st.characters(codec="ascii")))
    assume(text.isascii() and pattern.search(text))
    assert may_hold(text, keys), text


@pytest.mark.parametrize("keys", sorted({k for _, k in SHORTCUTS}))
def test_each_key_is_needed(keys: tuple[str, ...]) -> None:
    """Every key is the only key of a text its pattern matches: a key dropped from the tuple skips that text."""
    patterns = {p.pattern for p, k in SHORTCUTS if k == keys}
    examples = [(text, getattr(cm, name)) for name, texts in EXAMPLES.items() for text in texts
                if getattr(cm, name).pattern in patterns]
    for key in keys:
        alone = [text for text, pattern in examples
                 if pattern.search(text) and [k for k in keys if k in text.lower()] == [key]]
        assert alone, key
        assert not may_hold(alone[0], tuple(k for k in keys if k != key))


def test_a_text_without_keys_is_skipped_and_a_non_ascii_one_is_read() -> None:
    assert not may_hold("Bikes travel on the morning ferry", cm._PROMISE_KEYS)
    assert may_hold("Bikes ſhall travel", cm._PROMISE_KEYS)  # not ASCII: the pattern decides
    assert cm.PROMISE_RE.search("Bikes ſhall travel")
    assert cm._need("Bikes travel on the morning ferry") == 0
    assert cm._need("Bikes muſt be booked") == 1  # read by the pattern, as before the shortcut
