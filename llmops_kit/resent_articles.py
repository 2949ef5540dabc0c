"""Articles an application resent inside a chat history: published text, though no retriever span holds it.

Some applications append the articles an earlier turn retrieved to that turn's user message and resend the
whole history with every request ("...Can I get my money back?\\n\\n(earlier context)\\n[kb-203] Cancelling a
booking\\n..."). This request's retriever span holds only its own articles, so a contact an earlier article
published (the contact centre's line, the assistance desk's address) would look like a customer's: a false
PII_LEAK. A passage of a user turn that opens with a bracketed id of the same shape as this trace's document
ids (the same letters and separators, any digits: "[kb-207]" beside kb-201, kb-12) is one of those articles: the
operator's text, public like the others.

A customer does not open a paragraph with an id in the knowledge base's own format, and a passage is read
only when this trace's documents show the format, so a user turn's own details stay private.
"""

from __future__ import annotations

import re

from .traces import Trace

__all__ = ["id_shape", "resent_passages"]

#: A passage: a line opening with a bracketed id ("[kb-207] Contacting us ..."), up to the next blank line.
_PASSAGE = re.compile(r"^[ \t]*\[([A-Za-z0-9][\w.:/-]{1,40})\](.*(?:\n(?![ \t]*\n).*)*)", re.MULTILINE)


def id_shape(identifier: str) -> str | None:
    """The shape of a document id: its letters and separators as written, each run of digits as ``9`` ("kb-201"
    and "KB-7" -> "kb-9"); None for an id without a letter or a digit, whose shape says nothing."""
    if not any(c.isdigit() for c in identifier) or not any(c.isalpha() for c in identifier):
        return None
    return re.sub(r"\d+", "9", identifier.lower())


def resent_passages(trace: Trace) -> tuple[str, ...]:
    """The passages of the trace's user messages (a line that opens with an id shaped like its documents' ids, up
    to the next blank line)."""
    shapes = {shape for d in trace.documents or () if (shape := id_shape(d.id))}
    if not shapes:
        return ()
    found: list[str] = []
    for span in trace.spans:
        for message in span.messages or ():
            if message.role != "user" or not isinstance(message.content, str) or "[" not in message.content:
                continue
            found += [m.group() for m in _PASSAGE.finditer(message.content) if id_shape(m.group(1)) in shapes]
    return tuple(dict.fromkeys(found))
