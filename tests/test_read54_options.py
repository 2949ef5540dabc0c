"""Two options weighed for the customer (the options54 round): a healthy answer's own figures must not read as
changed evidence figures.

- a range of clock times the customer gives, restated as theirs ("which includes your 08:00-17:00 Uhr"), is not
  an evidence range changed (:data:`llmops_kit.changed_figures.READ_CUSTOMER_CLOCK_RANGES`);
- an amount written as the size of a difference ("¥3,300 cheaper") is no price of the clause's subject
  (:data:`llmops_kit.grounding_context.READ_DIFFERENCE_SIZES`).

Controls: the option's own range changed, the customer's times given to the option, a price moved from another
item, a surcharge written "more".
"""

from __future__ import annotations

import pytest

from llmops_kit import changed_figures, grounding_context
from llmops_kit.grounding_context import difference_sizes
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

CARD_QUESTION = "I park Mo-Fr from 08:00 to 17:00 Uhr, never at weekends. 24/7 card or weekday card?"
CARD_DOCS = ("A Dauerparker card for 24/7 parking is € 129,00 a month; the weekday card (Mo-Fr 06:00-20:00 Uhr) is "
             "€ 89,00 a month.",
             "The garage office on Ebene 0 is staffed Mo-Fr 07:00-19:00 Uhr.")
KIMONO_QUESTION = ("We are two and want kimono from 10:00 to 17:00 only. Standard plan with a hair set each, or "
                   "Premium without?")
KIMONO_DOCS = ("A hair set with ornaments is ¥1,650 (tax incl.) per person and takes about 20 minutes.",
               "Standard plan ¥4,400 (tax incl.): kimono, obi, zōri, bag and dressing. Premium plan ¥7,700 (tax "
               "incl.): a wider choice of patterns and a lined haori. Yukata plan ¥3,300 (tax incl.), from 06/01 "
               "to 09/30 only.")
KIMONO_SUMS = ("For two of you, Standard with a hair set is ¥4,400 + ¥1,650 = ¥6,050 each, ¥12,100 together; "
               "Premium without is ¥7,700 each, ¥15,400 together. ")


def _verdicts(answer: str, docs: tuple[str, ...], question: str) -> list[str]:
    report = score_answer(answer, [Document(id=f"D{i}", content=text) for i, text in enumerate(docs)],
                          query=question)
    return [claim.verdict for claim in report.support]


@pytest.fixture
def readings_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both readings switched off, as the claim-decision fit runs."""
    monkeypatch.setattr(changed_figures, "READ_CUSTOMER_CLOCK_RANGES", False)
    monkeypatch.setattr(grounding_context, "READ_DIFFERENCE_SIZES", False)


#: One more source for the switched-off runs: a verdict once given is remembered for the same texts.
OTHER = ("Season passes are sold at the desk.",)


CUSTOMER_RANGE = ("The weekday card suits you: it covers Mo-Fr 06:00-20:00 Uhr, which includes your 08:00-17:00 "
                  "Uhr, for € 89,00 a month.")


def test_the_customers_own_clock_range_is_not_a_changed_range() -> None:
    assert _verdicts(CUSTOMER_RANGE, CARD_DOCS, CARD_QUESTION) == ["supported"]
    said_as_theirs = ("The weekday card suits you: it covers Mo-Fr 06:00-20:00 Uhr, and you park 08:00-17:00 Uhr, "
                      "for € 89,00 a month.")
    assert _verdicts(said_as_theirs, CARD_DOCS, CARD_QUESTION) == ["supported"]


@pytest.mark.parametrize("answer", [
    # the option's own range changed
    "The weekday card suits you: it covers Mo-Fr 06:00-19:00 Uhr, which includes your hours, for € 89,00 a month.",
    # one end the customer's, the other changed
    "The weekday card suits you: it covers Mo-Fr 08:00-20:00 Uhr, for € 89,00 a month.",
    # the customer's times given to the card, not said as theirs
    "The weekday card covers Mo-Fr 08:00-17:00 Uhr, for € 89,00 a month.",
])
def test_a_range_the_option_is_given_is_still_read(answer: str) -> None:
    assert _verdicts(answer, CARD_DOCS, CARD_QUESTION) == ["contradicted"]


def test_switched_off_the_customers_range_reads_as_before(readings_off: None) -> None:
    assert _verdicts(CUSTOMER_RANGE, CARD_DOCS + OTHER, CARD_QUESTION) == ["contradicted"]


def test_the_size_of_a_difference_is_no_price_of_the_subject() -> None:
    answer = KIMONO_SUMS + "Standard with hair sets is ¥3,300 cheaper."
    assert _verdicts(answer, KIMONO_DOCS, KIMONO_QUESTION) == ["supported", "supported"]


@pytest.mark.parametrize("last", [
    "A hair set with ornaments is ¥3,300.",  # the yukata plan's price given to the hair set
    "Standard with hair sets is ¥3,300 more.",  # "more" may name a surcharge: read as a price
])
def test_a_price_moved_from_another_item_is_still_read(last: str) -> None:
    assert _verdicts(KIMONO_SUMS + last, KIMONO_DOCS, KIMONO_QUESTION) == ["supported", "contradicted"]


def test_switched_off_a_difference_reads_as_a_price(readings_off: None) -> None:
    answer = KIMONO_SUMS + "Standard with hair sets is ¥3,300 cheaper."
    assert _verdicts(answer, KIMONO_DOCS + OTHER, KIMONO_QUESTION) == ["supported", "contradicted"]


@pytest.mark.parametrize(("clause", "sizes"), [
    ("Standard with hair sets is ¥3,300 cheaper", {"3300"}),
    ("€ 40,00 less than the 24/7 card at € 129,00", {"40"}),
    ("the weekday one is $20 lower", {"20"}),
    ("Premium comes out cheaper for two", set()),  # no amount right before the comparative
    ("walk-ins get 10% less", set()),  # a share, not an amount of money
    ("for 5,000원 more", set()),  # a surcharge
])
def test_difference_sizes(clause: str, sizes: set[str]) -> None:
    assert difference_sizes(clause) == frozenset(sizes)
