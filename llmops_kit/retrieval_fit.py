"""Does a retrieval with middling scores cover the question? Reading, where the score cannot decide.

A best relevance score just above the contract's floor says little: BM25 and embedding retrievers
give off-topic articles that share a few words with the question scores in that band too. For best
scores in ``[retrieval.relevance_floor, retrieval.semantic_check_below)`` the RETRIEVAL_MISMATCH
detector therefore reads the articles, with the one text layer (:mod:`llmops_kit.text`):

1. **similarity**: the highest WordLlama cosine similarity between the question and any article
   sentence (a sentence, not a whole article, so one on-topic sentence in a long article counts);
2. **coverage**: the share of the question's content-word stems that the articles hold.

Both read an article's sentences and the rows of its markdown tables (a price list laid out as a table).

Both read the question without its sentences that only hand over contact details ("Text me on ...",
:func:`asked`), and, in a message of several sentences, each sentence that asks as well (the best reading
counts: the context around a question dilutes its words).

The question is *not covered* when both are low (``retrieval.question_similarity`` and
``retrieval.question_coverage``): either signal alone is enough to call an article on-topic, since
a paraphrase shares few words and a terse question gives embeddings little to go on.

One exception to "either signal is enough": an answer that states nothing at all, or nothing but where to ask
instead ("I could not find this in our help articles. You can reach us on ...", :func:`states_something`), is the
model's own reading that the articles miss the question, and it outweighs the common words a short question shares
with them ("Is the café vegan-friendly?" beside an article on membership discounts in the shop and café) when the
articles lack a word of the question (:func:`unheld_words`; the question's own figures aside). To a question that
names a way of reaching someone ("Who do I email about an order?", :func:`names_contact`) the contact is the answer.
A question the articles hold word for word is covered whatever the answer says: a refusal there is the model's
error, not retrieval's.

A sentence saying what the articles lack is the model's reading too, however it names them (:func:`says_lacking`):
in the words :func:`llmops_kit.declines.describes_missing` reads, or by the business's own noun as the texts the bot
found, a claim the scorer has read and found true of the evidence (:mod:`llmops_kit.found_sources`: "Both tariffs I
found list wristwatch movements only; pocket watches are not mentioned"), or a claim naming a word of the question
no article holds only to say the texts lack it, beside what they are limited to (:mod:`llmops_kit.declined_subjects`:
"Our servicing note only covers home espresso machines; it doesn't mention grinders or burrs", "I don't have
information on safaris"). Such a claim counts as a decline below.

An uncovered question is reported (:func:`answer_shows_mismatch`) when the answer shows what the model did
with the off-topic articles:

* it states no claim at all (the model read the articles and found nothing to answer with) and declines in words
  (a denial or a pointer elsewhere: an answer that only greets or asks the customer back for a detail has not
  declined, :func:`_turns_away`), or only says where to ask instead (a published contact, :func:`_hands_over`;
  the line's hours and its number in another layout, as the system prompt or an article writes them beside it,
  are the contact's, :mod:`llmops_kit.contact_details`, unless the question names a way of reaching someone, when
  the line and its hours are the answer);
* or every claim it states is supported by a retrieved article, and neither the claims nor the sentences supporting
  them meet the question: no word of the question, and no word of like meaning (:func:`answer_meets_question`,
  :func:`meets_in_other_words`). The answer talks about the articles that miss the question ("The library is open
  until midnight during term" to "Is there any scholarship for international undergrads?"), with or without
  saying first that it found nothing. A naturally worded question answered from the one on-point article in that
  article's words meets it by a word of like meaning ("picked it up" / "items not collected", "get it back" / "we
  return it by courier"): sentence similarity alone reads such an answer like a restatement of an off-topic
  article. Beside a refusal (a refusal phrase of the contract, or what the articles lack,
  :func:`_says_it_found_nothing`), a message that asks several things (:func:`asks_several`) may have one part
  declined and another answered from the articles: no verdict. A claim supported by the system prompt, or by
  nothing, shows the articles were not what the answer used: an invented answer is the HALLUCINATION detector's
  to name.

Nor is an answer that restates only the article the retriever scored well above every other (by
``retrieval.standout_gap`` on the contract's scale, :func:`restates_standout`) a restatement of off-topic articles:
the retriever matched that article where it did not match the rest ("What if we get stuck?" answered "Every team
gets 3 free hints" from the article scored 0.62 beside 0.33 and 0.20), so the answer paraphrases the on-point article
in its words. Off-topic articles in the band score close together; an answer that says it found nothing is read as
before.

Neither applies when the message asks the bot to act on the customer's own details ("Take the balance on my card
4000 ...", "email receipt jo@... please", :func:`asks_with_personal_data`) or to look up a record by the customer's
own reference ("What's payment 5e1aa93c... on my statement?", :func:`asks_about_own_reference`), or gives the
customer's own postcode ("I live in 2088, is that close?", :func:`asks_about_own_place`): no article is
expected to hold that, and a refusal to act says nothing about retrieval. Nor when the answer asks back in the
articles' words ("is this a weekday daytime visit, or evening/weekend?", :func:`asks_back`), and a published contact
is the answer, not a hand-over, to a question asking only how to reach the business (:func:`asks_for_contact`; where
the caller is, "Calling from Milan, which number?", is no topic), or
to one asking for a contact detail that a retrieved article publishes (:func:`gives_asked_contact`). Nor when the
answer says the bot cannot act from the chat ("I can't book from this chat",
:func:`llmops_kit.declines.refuses_to_act`) and does not also say it found nothing: the channel, not the articles,
is what it lacks.

Nor is an answer the claim reader finds no claim in a decline when it is an apologetic "no" whose reason a retrieved
article holds in the question's words ("I'm sorry, no: we ship within Argentina only" to "Do you ship to Chile?",
:mod:`llmops_kit.apology_reasons`): the articles answered the question, and the answer is "no". A reason held only
by the system prompt, or taken from an article that misses the question, keeps the decline reading.

Neither applies either when the request called a tool: a question about a record ("the status of my application
X", "which seat do I have") is the tool's to answer, articles are not expected to hold it (a claim drawn
from the record may share more words with an article than with the terse record), and a failed lookup is
named by the tool's own finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from .contact_details import CONTACT_RE, contact_keys, without_contact_details
from .customer_place import postcodes
from .declined_subjects import DECLINED_SUBJECT
from .declines import describes_missing, refuses_on_remit, refuses_to_act
from .found_sources import FOUND_LACK
from .pii import find_pii, is_public
from .text import NUMBER_WORDS, STOPWORDS, content_stems, normalise_quotes, phrases_in, split_sentences, tokens
from .text.char_scans import has_digit
from .text.embed import similarity_matrix
from .text.language import FOREIGN_MIN_WORDS, is_foreign
from .text.numbers import claim_numbers
from .text.split import table_rows
from .textcache import text_cache
from .traces import Document

if TYPE_CHECKING:
    from .contract import RetrievalRules
    from .grounding import ClaimSupport

__all__ = ["QuestionFit", "answer_declines", "answer_meets_question", "answer_shows_mismatch", "asked",
           "asks_about_own_place", "asks_about_own_reference", "asks_back", "asks_for_contact", "asks_several",
           "asks_with_personal_data",
           "closest_word_similarity",
           "gives_asked_contact", "meets_in_other_words", "names_contact", "question_coverage", "question_fit",
           "reading_summary", "restates_standout", "says_lacking", "states_something", "unheld_words"]


class QuestionFit(NamedTuple):
    """How well the articles cover a question: best sentence similarity, content-word coverage, and
    the article sentence closest to the question (for the finding's evidence)."""

    similarity: float
    coverage: float
    closest: str

    def covered(self, min_similarity: float, min_coverage: float) -> bool:
        """Either signal at or above its threshold means the articles speak to the question."""
        return self.similarity >= min_similarity or self.coverage >= min_coverage


@text_cache()
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(split_sentences(text))


@text_cache()
def _article_units(content: str) -> tuple[str, ...]:
    """An article's sentences and the body rows of its markdown tables ("Euro cylinder, anti-snap; £95"): the
    sentence splitter leaves tables out (layout is no claim in an answer), but a price list laid out as a table
    speaks to a question in its rows' words all the same."""
    return _sentences(content) + table_rows(content)


def _article_sentences(documents: Sequence[Document]) -> list[str]:
    return [s for d in documents if d.content for s in _article_units(d.content)]


#: At most this many content words beside a contact detail: "Text me on ...", "You can reach me at ...".
_CONTACT_WORDS = 3


@text_cache()
def asked(query: str) -> str:
    """The question without its sentences that only hand over the customer's contact details ("Text me on
    0412 345 678.") or give where the customer lives ("I live in 2088.", :func:`llmops_kit.customer_place.postcodes`):
    those ask nothing an article should cover, and their words would dilute the ones that do. A question made
    only of such sentences is kept whole."""
    if "@" not in query and not _DIGITS_RE.search(query):
        return query
    kept = [s for s in split_sentences(query) if not _hands_over_details(s)]
    return " ".join(kept) if kept else query


def _hands_over_details(sentence: str) -> bool:
    """Does the sentence give the customer's contact or postcode with at most :data:`_CONTACT_WORDS` other words?"""
    if CONTACT_RE.search(sentence):
        rest = CONTACT_RE.sub(" ", sentence)
    elif codes := postcodes(sentence):
        rest = re.sub("|".join(re.escape(c) for c in codes), " ", sentence)
    else:
        return False
    return len([w for w in content_stems(rest) if not w[0].isdigit()]) <= _CONTACT_WORDS


_DIGITS_RE = re.compile(r"\d{3}")


@text_cache()
def _readings(query: str) -> tuple[str, ...]:
    """The message as asked (:func:`asked`), then each of its sentences that asks (ends with "?") when it has
    others: "Where do proofs come from? I don't want to miss the email." asks the first; the second's words
    would dilute it. The message is covered when any of these is."""
    whole = asked(query)
    if "?" not in whole:
        return (whole,)
    sentences = split_sentences(whole)
    return (whole, *(s for s in sentences if s.rstrip().endswith("?"))) if len(sentences) > 1 else (whole,)


def question_coverage(query: str, documents: Sequence[Document]) -> float | None:
    """The share of the question's content-word stems the articles hold (cheap: no embeddings), the best of
    the readings of :func:`_readings`; None when there is nothing to compare."""
    held = [_article_stems(d.content) for d in documents if d.content]
    if not any(sentences for sentences, _ in held):
        return None
    stems = frozenset().union(*(stems for _, stems in held))
    shares = [len(wanted & stems) / len(wanted) for text in _readings(query) if (wanted := content_stems(text))]
    return max(shares) if shares else None


@text_cache()
def _article_stems(content: str) -> tuple[int, frozenset[str]]:
    """(count of sentences and table rows, the content-word stems of all of them) of one article (see
    :func:`_article_units`): articles recur."""
    units = _article_units(content)
    return len(units), frozenset().union(*(content_stems(s) for s in units))


def _held_stems(documents: Sequence[Document]) -> frozenset[str]:
    """Every content-word stem the articles hold (each article's stems are read once and cached)."""
    return frozenset().union(*(_article_stems(d.content)[1] for d in documents if d.content))


def unheld_words(query: str, documents: Sequence[Document]) -> frozenset[str]:
    """The question's content-word stems no article holds, for the reading of :func:`_readings` that leaves the
    fewest out; the question's own figures ("8 months") are left out, since articles state rules, not the
    customer's values. Empty: the articles hold every word of the question."""
    held = _held_stems(documents)
    gaps = [frozenset(s for s in content_stems(text) if not s[0].isdigit()) - held for text in _readings(query)]
    return min(gaps, key=len) if gaps else frozenset()


#: Switch: articles all in another language than the question are not read for its words (the ``rfit45`` round).
READ_FOREIGN_ARTICLES = True


def _in_other_language(query: str, documents: Sequence[Document]) -> bool:
    """Is every article long enough to tell in another language, the question not? Their words and the
    question's cannot be compared, as the groundedness check cannot compare an English answer's
    (:mod:`llmops_kit.foreign_evidence`): the score alone then decides."""
    texts = [d.content for d in documents if d.content and len(d.content.split()) >= FOREIGN_MIN_WORDS]
    return (READ_FOREIGN_ARTICLES and bool(texts) and not is_foreign(query)
            and all(is_foreign(text) for text in texts))


def question_fit(query: str, documents: Sequence[Document]) -> QuestionFit | None:
    """How well ``documents`` cover ``query`` (similarity, coverage, closest sentence); None when there
    is nothing to compare (no question content words, articles without text, or articles all in another language
    than the question)."""
    if _in_other_language(query, documents):
        return None
    coverage = question_coverage(query, documents)
    if coverage is None:
        return None
    sentences = _article_sentences(documents)
    rows = similarity_matrix(list(_readings(query)), sentences)
    reading, best = divmod(int(rows.argmax()), rows.shape[1])
    return QuestionFit(float(rows[reading, best]), coverage, sentences[best])


#: A word naming a record's reference ("payment 5e1a...", "ref BK-3391", "order no. 4471"), or a machine-made one: a
#: run of at least 12 letters and digits ("e1f01930364262129979b8c2d6a9e4f3"), longer than a product's code.
_REFERENCE_RE = re.compile(
    r"\b(?:ref(?:erence)?|payment|order|booking|invoice|transaction|receipt|account|ticket|claim|policy|case"
    r"|confirmation)(?:\s+(?:no|number|id|code))?\.?\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9/_-]*\d[A-Za-z0-9/_-]*)"
    r"|\b((?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{12,})\b", re.IGNORECASE)


def asks_about_own_reference(question: str, documents: Sequence[Document]) -> bool:
    """Does the part of the message that asks (:func:`asked`) look up a record by the customer's own reference
    ("What's payment 5e1aa93c... on my statement?", "Refund ref e1f0..., is that my deposit?") that no retrieved
    article holds? Like a request to act on the customer's details (:func:`asks_with_personal_data`), it asks
    about a record, which articles are not expected to hold: declining it says nothing about retrieval. A
    product code ("the GS-220 tent") is no reference: it needs a reference word before it, or the length of a
    machine-made id."""
    if not question or not any(ch.isdigit() for ch in question):
        return False
    texts = " ".join(d.content or "" for d in documents).lower()
    return any((match.group(1) or match.group(2)).lower() not in texts
               for match in _REFERENCE_RE.finditer(asked(question)))


def asks_about_own_place(question: str, documents: Sequence[Document]) -> bool:
    """Does the part of the message that asks (:func:`asked`) give the customer's own postcode ("I live in 2088, is
    that close?", "We're staying in Darfield 7510, how early do you ring?", "Is 05753 close enough to pick up?", "do
    you deliver to 〒542-0076?", :func:`llmops_kit.customer_place.postcodes`) that no retrieved article holds? Like
    the customer's card, e-mail or booking reference, it is the customer's detail, which no article is expected to
    hold: declining it says nothing about retrieval. A sentence that only gives the postcode beside another that
    asks is dropped by :func:`asked`, so that question is still read, unless that question points back to the place
    by its distance ("Our hotel's postcode is M5500. Is that far?"): it then asks about the code."""
    if not question or not any(ch.isdigit() for ch in question):
        return False
    texts = " ".join(d.content or "" for d in documents).lower()
    text = asked(question)
    codes = postcodes(text)
    if not codes and _POINTS_BACK_RE.search(text):
        codes = postcodes(question)  # "Our hotel's postcode is M5500. Is that far?": the question asks about the code
    return any(code.lower() not in texts for code in codes)


#: A question of distance pointing back to a place given before it: "Is that far?", "is it close to you?".
_POINTS_BACK_RE = re.compile(r"\b[Ii]s\s+(?:that|it)\s+(?:(?:too|very|quite|still)\s+)?(?:far|close|near)\b")


def asks_with_personal_data(question: str, public: frozenset[str], regions: Sequence[str]) -> bool:
    """Does the part of the message that asks (:func:`asked`) carry the customer's own personal data ("Take
    the balance on my card 4000 ...", "email receipt jo@... please", "call 029 2018 0912")? Such a message asks
    the bot to act on the customer's details, which no article is expected to hold, like a question about a
    record: a refusal to act is no sign that retrieval missed. A contact sentence beside a question that asks
    something else is dropped by :func:`asked`, so that question is still read. ``public``: the canonical
    values the trace publishes (:func:`llmops_kit.redact.trace_public`)."""
    if not question:
        return False
    return any(not is_public(m, public) for m in find_pii(asked(question), region=tuple(regions)))


def answer_shows_mismatch(claims: int, support: Sequence[ClaimSupport], called_tool: bool,
                          question: str | None = None, answer: str | None = None,
                          refusals: Sequence[str] = (), word_similarity: float | None = None,
                          published: Sequence[str] = ()) -> bool:
    """Does the answer show that the model was left with articles that miss the question (see the module
    docstring)? ``claims``: how many claims the answer states; ``support``: their verdicts;
    ``called_tool``: whether the request called a tool; ``question``: the user's question, when known (an
    answer that speaks of what was asked is not restating articles that miss it, :func:`answer_meets_question`);
    ``answer``: the answer's text, when known (a refusal on the bot's remit, "I can't advise on doses", says
    nothing about retrieval, :func:`llmops_kit.declines.refuses_on_remit`); ``refusals``: the contract's
    refusal phrases (``quality.refusal_phrases``): beside a refusal, a message that asks several things may have
    one part declined and another answered (:func:`_says_it_found_nothing`, :func:`asks_several`);
    ``word_similarity``: the bar a question word's nearest word in the claims or their article sentences must
    reach for the answer to meet the question in other words (:func:`meets_in_other_words`; None: word stems
    only); ``published``: the texts that publish the contacts (:func:`_hands_over`)."""
    if called_tool or (answer and refuses_on_remit(answer)):
        return False
    found_nothing = _says_it_found_nothing(answer, support, refusals)
    if answer and refuses_to_act(answer) and not found_nothing:
        return False  # "I can't book from this chat": the channel, not the articles, is what the bot lacks
    if answer_declines(claims, support, question=question, published=published):  # nothing, or where to ask
        return bool(claims) or answer is None or found_nothing or _turns_away(answer)
    if found_nothing and question and asks_several(question):
        return False  # one part of a question of several answered from the articles beside a refusal of another
    support = [v for v in support if not (_hands_over(v, published) or says_lacking(v))]
    return (bool(support) and all(v.supported and (v.source or "").startswith("document ") for v in support)
            and not (question and answer_meets_question(question, support, word_similarity)))


#: A decline in the answer's own words: a denial ("I don't know", "that isn't in our articles", "I'm unable to say")
#: or a sentence that sends the customer elsewhere ("Please ask at reception.", "Try the box office.").
_TURNS_AWAY = re.compile(
    r"n't\b|\b(?:not|no|nothing|none|never|neither|nor|unable|cannot|unfortunately)\b"
    r"|(?:^|[.!?;:]\s+)(?:please\s+)?(?:ask|contact|call|ring|phone|e-?mail|speak\s+to|talk\s+to|check\s+with|try"
    r"|visit|write\s+to)\b",
    re.IGNORECASE,
)


#: "No problem", "not a problem", "no worries": pleasantries, no denial.
_PLEASANTRY_RE = re.compile(r"\b(?:no|not\s+a)\s+(?:problem|worries|bother)\b", re.IGNORECASE)


def _turns_away(answer: str) -> bool:
    """Does an answer that states no claim decline in words: a denial or a pointer elsewhere (:data:`_TURNS_AWAY`)?
    One that does neither only talks: a greeting ("Hello! How can I help you today?"), thanks, or a question back
    for a detail ("No problem - how old is your child?"). The model asks or chats before answering; it has not
    read the articles and found nothing, so the answer shows no mismatch."""
    return bool(_TURNS_AWAY.search(_PLEASANTRY_RE.sub(" ", normalise_quotes(answer))))


#: A second question joined to the first: ", and is there a sauna?", " and can I get a towel there?", "Also, do
#: you ...": a conjunction, then a question word or an auxiliary verb that opens a question.
_JOINED_QUESTION_RE = re.compile(
    r"(?:,\s*|\s+|[.?!]\s+)(?:and|also|plus|or)[,\s]+(?:(?:do|does|did|is|are|was|were|can|could|will|would|should"
    r"|shall|may|might|must|have|has|what|when|where|which|who|whose|why|how)\b)",
    re.IGNORECASE,
)


def asks_several(question: str) -> bool:
    """Does the message ask more than one thing: two sentences that ask ("How early can I swim on Saturday? Is
    there a steam room?"), or a second question joined to the first ("Do I need a cap, and can I get a towel
    there?")? A refusal beside claims from the articles may then decline one part and answer the other, which is
    what an answer looks like when one article fits one part: no sign of articles that miss the question."""
    text = asked(question)
    return len(_readings(question)) > 2 or bool(_JOINED_QUESTION_RE.search(text))


def _says_it_found_nothing(answer: str | None, support: Sequence[ClaimSupport], refusals: Sequence[str]) -> bool:
    """Does an answer that states claims also say it found no answer: a refusal phrase of the contract ("I could
    not find this in our help articles"), or a sentence saying what the articles lack (:func:`describes_missing`;
    the claim reader may drop it as talk about the sources, so the answer's sentences are read, else the claims)?
    Beside such a sign, a message that asks several things may have had one part declined and another answered
    (:func:`asks_several`); it also lets a refusal to act from the chat count as a decline
    (:func:`llmops_kit.declines.refuses_to_act`)."""
    if not answer:
        return any(says_lacking(v) for v in support)
    return bool(refusals and phrases_in(answer, refusals)) or any(describes_missing(s) for s in _sentences(answer))


def says_lacking(verdict: ClaimSupport) -> bool:
    """Does the claim say what the articles lack: in the words :func:`llmops_kit.declines.describes_missing` reads
    ("Our help articles cover the lounge, not the gates", "Not something our repair notes cover"), or naming the
    texts by the business's own noun as the bot's finds, which the scorer has read and found true of the evidence
    ("Both tariffs I found list wristwatch movements only; pocket watches are not mentioned",
    :mod:`llmops_kit.found_sources`), or re-read by the retrieval reading as a decline of the question's subject
    (:data:`llmops_kit.declined_subjects.DECLINED_SUBJECT`)? Each is the model's reading that the articles miss the
    question."""
    return (describes_missing(verdict.claim) or (verdict.supported and verdict.source == FOUND_LACK)
            or verdict.source == DECLINED_SUBJECT)


def answer_declines(claims: int, support: Sequence[ClaimSupport], answer: str | None = None,
                    question: str | None = None, published: Sequence[str] = ()) -> bool:
    """Does the answer state nothing, or only where to ask instead, or only what its articles lack ("They describe
    X, but nothing about Y", :func:`llmops_kit.declines.describes_missing`)? The model read the articles and found
    no answer in them: a third reading of the fit, beside the question's words and meaning. An answer laid out
    as a table states its rows (which are no claims), so it does not decline; nor does one that gives the
    contacts a question asking only how to reach the business wants (:func:`asks_for_contact`). ``published``: the
    texts that publish the contacts (:func:`_hands_over`)."""
    if answer and table_rows(answer):
        return False
    handovers = sum(_hands_over(v, published) for v in support)
    described = sum(says_lacking(v) for v in support if not _hands_over(v, published))
    if handovers and question and asks_for_contact(question):
        return not claims - described
    return not claims - handovers - described


#: Word stems of a question that asks only how to reach the business ("How do I contact you?", "What is your
#: phone number?"): its answer is a published contact, which is then no hand-over but the answer.
_CONTACT_STEMS = frozenset({"contact", "call", "phone", "telephon", "ring", "email", "e-mail", "mail", "reach",
                            "number", "address", "speak", "talk", "touch", "get", "dial"})
#: Where the caller is, said to get the right way of dialling ("Calling from Milan, which number should I dial?",
#: "I'm ringing from the UK", "from abroad"): the place names the caller's side of the line, not a topic the
#: articles should cover. Capitalised place words only, so "calling from work about my order" keeps its topic.
_CALLER_PLACE_RE = re.compile(
    r"\b(?i:calling|ringing|phoning|dial(?:l)?ing)\s+(?i:in\s+)?(?i:from)\s+(?i:the\s+)?[A-Z][\w'.-]*"
    r"(?:\s+[A-Z][\w'.-]*)*|\b(?i:from\s+(?:abroad|overseas))\b")


def asks_for_contact(question: str) -> bool:
    """Does the question ask nothing but how to reach the business (every content word a contact word, the
    caller's own whereabouts left out: "Calling from London, number?")?"""
    text = asked(question)
    if "rom" in text:  # "from", "From"
        text = _CALLER_PLACE_RE.sub(" call ", text)
    stems = content_stems(text)
    return bool(stems) and stems <= _CONTACT_STEMS


def names_contact(question: str) -> bool:
    """Does the question name a way of reaching someone ("Who do I email about an order?", "which number?")? Then a
    published contact in the answer is what was asked, not a pointer elsewhere. "get" alone is no contact word
    ("Can I get a refund?")."""
    return bool(content_stems(asked(question)) & ((_CONTACT_STEMS - {"get"}) | _DETAIL_STEMS))


def states_something(claims: int, support: Sequence[ClaimSupport], answer: str | None, question: str,
                     published: Sequence[str] = ()) -> bool:
    """Does the answer state anything beyond where to ask instead and what its articles lack? "I could not find
    this in our help articles. You can reach us on 01632 960 418" states nothing: the published contact is a
    pointer elsewhere, the model's own reading that the articles miss the question. To a question that names a
    way of reaching someone (:func:`names_contact`) the contact is the answer, so it counts as stated.
    ``published``: the texts that publish the contacts (:func:`_hands_over`)."""
    if not claims:
        return False
    if names_contact(question):
        return True
    return not answer_declines(claims, support, answer, question, published)


#: Word stems that name a contact detail ("Is there a number for your French site?", "an e-mail for the office").
_DETAIL_STEMS = frozenset({"number", "phone", "telephon", "mobil", "email", "e-mail", "address", "contact", "fax"})


_contact_keys = contact_keys


def gives_asked_contact(question: str, support: Sequence[ClaimSupport], documents: Sequence[Document]) -> bool:
    """Does a question that asks for a contact detail ("Is there a number for your sister site?") get one that a
    retrieved article publishes? The article that holds the asked-for number speaks to the question, so the
    answer that quotes it is no hand-over of an off-topic retrieval. A contact only the system prompt gives
    (the bot's fallback line) does not count, nor does one given to a question that names no contact detail."""
    if not content_stems(asked(question)) & _DETAIL_STEMS:
        return False
    given = frozenset().union(*(_contact_keys(v.claim) for v in support if _hands_over(v)))
    return bool(given) and any(given & _contact_keys(d.content) for d in documents if d.content)


def asks_back(answer: str | None, question: str, documents: Sequence[Document]) -> bool:
    """Does the answer ask the customer a question in the articles' own words ("is this a weekday daytime
    visit, or evening/weekend?" from a schedule of charges)? A clarifying question drawn from the articles
    shows the model found them on the point and needs a detail to pick the right one: no decline. At least
    two of the articles' words the question did not use, so a closing "would you like me to connect you?"
    does not count."""
    if not answer or "?" not in answer:
        return False
    held = _held_stems(documents)
    wanted = content_stems(question)
    asking = [s for s in split_sentences(answer) if s.rstrip().endswith("?")]
    return any(len((content_stems(s) & held) - wanted) >= 2 for s in asking)


#: "one working day", "one hour": the number one spelled before a unit of time, which the number reader leaves
#: alone ("one of the team" is no figure) but which states a figure all the same.
_ONE_UNIT_RE = re.compile(r"\bone[\s-]+(?:(?:working|business|calendar|full)\s+)?(?:minute|hour|day|night|week"
                          r"|fortnight|month|year)\b", re.IGNORECASE)


def _hands_over(verdict: ClaimSupport, published: Sequence[str] = ()) -> bool:
    """Is the claim only a pointer to a contact the evidence publishes ("help@... may be able to help", "the
    office on 01 906 2200 can confirm")? Supported, naming a contact, and stating no other figure, in digits or
    in words ("proofs@... - a proof arrives within one working day" states a fact beside the contact): it says
    where to ask instead, which is no use of the articles (and states nothing the question asked). The line's
    hours and its number in another layout, as a text of ``published`` (the system prompt, the articles) writes
    them beside the contact, are the contact's (:func:`llmops_kit.contact_details.without_contact_details`)."""
    if not verdict.supported or ("@" not in verdict.claim and not has_digit(verdict.claim)):
        return False
    rest = CONTACT_RE.sub(" ", without_contact_details(verdict.claim, published) if published else verdict.claim)
    return (rest != verdict.claim and not any(c.isdigit() for c in rest) and not claim_numbers(rest)
            and not _ONE_UNIT_RE.search(rest))


def restates_standout(claims: int, support: Sequence[ClaimSupport], answer: str | None, question: str,
                      documents: Sequence[Document], refusals: Sequence[str], gap: float,
                      published: Sequence[str] = ()) -> bool:
    """Does an answer that neither declines nor says it found nothing take every claim from the one article the
    retriever scored at least ``gap`` above every other ("What if we get stuck?" answered "Every team gets 3 free
    hints" from the article scored 0.62, the others 0.33 and 0.20)? The retriever set that article apart: it matched
    the question where the others did not, so an answer in its words is a paraphrase of the on-point article, not
    a restatement of off-topic ones, whose scores sit close together in the band. One article alone, or a runner-up
    within ``gap``, says nothing; nor does an answer that also says it found nothing (the model's own reading)."""
    scored = sorted((d for d in documents if d.score is not None), key=lambda d: d.score or 0.0, reverse=True)
    if len(scored) < 2 or (scored[0].score or 0.0) - (scored[1].score or 0.0) < gap:
        return False
    if (answer_declines(claims, support, answer, question, published)
            or _says_it_found_nothing(answer, support, refusals)):
        return False
    sources = {v.source for v in support if v.supported and (v.source or "").startswith("document ")}
    return sources == {f"document {scored[0].id}"}


def answer_meets_question(question: str, support: Sequence[ClaimSupport],
                          word_similarity: float | None = None) -> bool:
    """Does a claim, or the article sentence supporting it, name something the question names? "No heating
    in winter is an emergency" to "my boiler's broken and there's no heating" answers the question from an
    article the question's other words miss ("boiler", "January"); "the library is open until midnight" to a
    question about scholarships shares no word with it and restates an off-topic article. Word stems, so a
    naturally worded question is met by the article's own wording ("wardrobes" for "my new wardrobe"); with
    ``word_similarity``, also a word of like meaning (:func:`meets_in_other_words`)."""
    wanted = content_stems(asked(question))
    if any(wanted & content_stems(f"{v.claim} {v.evidence or ''}") for v in support):
        return True
    return word_similarity is not None and meets_in_other_words(question, support, word_similarity)


@text_cache()
def _content_words(text: str) -> tuple[str, ...]:
    """A text's distinct content words, lower case, in order (stopwords, number words, contractions' clitics
    and single letters off): what a word-by-word comparison of meaning reads."""
    seen: dict[str, None] = {}
    for word in tokens(text)[0]:
        low = word.lower().split("'")[0]
        if len(low) > 1 and low not in STOPWORDS and low not in NUMBER_WORDS:
            seen.setdefault(low)
    return tuple(seen)


def meets_in_other_words(question: str, support: Sequence[ClaimSupport], min_similarity: float) -> bool:
    """Does a content word of the question have a word of like meaning among the claims and the article sentences
    supporting them (WordLlama word vectors, cosine at least ``min_similarity``)? A naturally worded question is
    answered from the on-point article in that article's words: "picked it up" / "items not collected", "get it
    back" / "we return it by courier". Claims restating an off-topic article hold no such word ("scholarship for
    international undergrads" / "the reading room is open until midnight"; "puppy package" / "we do not offer
    boarding"). The article sentences count beside the claims: the answer may paraphrase the very word that met
    the question ("uncollected" for "not collected")."""
    closest = closest_word_similarity(question, support)
    return closest is not None and closest >= min_similarity


def closest_word_similarity(question: str, support: Sequence[ClaimSupport]) -> float | None:
    """The highest WordLlama cosine between a content word of the question (:func:`asked`) and a content word of
    the claims or the article sentences supporting them; None when either side has no content word."""
    wanted = _content_words(asked(question))
    said = _content_words(" ".join(f"{v.claim} {v.evidence or ''}" for v in support))
    if not wanted or not said:
        return None
    return float(similarity_matrix(list(wanted), list(said)).max())


def reading_summary(fit: QuestionFit, rules: RetrievalRules, claims: int, unheld: frozenset[str],
                    declines: bool = False) -> str:
    """What the reading of a mid-band retrieval found, for the finding's explanation. The comparisons are written
    as they came out: when a signal clears its bar it was the answer declining that decided, and the explanation
    must not claim the signal fell short. ``declines``: the answer's claims only hand over or say what the texts
    lack (:func:`answer_declines`), so they restate nothing."""
    similarity_cmp = "<" if fit.similarity < rules.question_similarity else ">="
    coverage_cmp = "<" if fit.coverage < rules.question_coverage else ">="
    lacking = f"; the articles lack {', '.join(repr(w) for w in sorted(unheld)[:3])}" if unheld else ""
    answer_part = "the answer states no claim" if not claims else "every claim of the answer restates those articles"
    if (claims and declines) or fit.covered(rules.question_similarity, rules.question_coverage):
        answer_part = "the answer declines: it found nothing in them to answer with"
    return (f"closest sentence similarity {fit.similarity:.2f} {similarity_cmp} {rules.question_similarity:.2f}, "
            f"{fit.coverage:.0%} of its content words {coverage_cmp} {rules.question_coverage:.0%}{lacking} "
            f"(closest: {fit.closest[:100]!r}); {answer_part}")
