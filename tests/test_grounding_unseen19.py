"""Readings the ground19 round fixed on healthy answers flagged as hallucinations, each with its control that
the wrong reading is still flagged.

The fixtures are this file's own (a bike share, a portrait studio): a supported reading and the same sentence
with one fact changed, which must stay unsupported.
"""

from __future__ import annotations

from llmops_kit.contract import load_contract
from llmops_kit.customer_counts import counts_from_customer
from llmops_kit.quality import score_answer
from llmops_kit.text.claims import read_answer
from llmops_kit.text.numbers import typed_quantities
from llmops_kit.traces import Document

PASSES = [Document(id="kb-191", content="Prices\nunlock: € 1,00\nday pass (24 h from first unlock): € 9,00\n"
                                        "weekend pass (48h from first unlock): € 15,00\n1h30 lesson: € 20,00")]
STUDIO = [Document(id="kb-192", content="A 25 % deposit holds your date. A family portrait costs 240 € and a "
                                        "solo portrait 96 $. Prints are 12,50 € each.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs).support]


# ---- the hour written as its symbol: "24 h", "48h" ------------------------------------------------------

def test_the_hour_symbol_is_a_duration() -> None:
    assert typed_quantities("valid 24 h from first unlock") == {"24 hour"}
    assert typed_quantities("a 48h pass", True) >= {"48 hour", "2 day"}


def test_an_hour_and_minutes_written_1h30_is_not_one_hour() -> None:
    """Control: '1h30' is an hour and a half; it states no '1 hour'."""
    assert "1 hour" not in typed_quantities("a 1h30 lesson")


def test_a_duration_in_hours_matches_the_hour_symbol() -> None:
    assert _verdicts("A day pass runs for 24 hours from your first unlock.", PASSES) == ["supported"]
    assert _verdicts("The weekend pass lasts 48 hours.", PASSES) == ["supported"]


def test_a_changed_duration_is_still_flagged() -> None:
    """Control: the passage says 24 h, not 12 hours."""
    assert _verdicts("A day pass runs for 12 hours from your first unlock.", PASSES) != ["supported"]


# ---- a count the customer states in words: "the other two" of three, "2 items" of "skis and a board" --------

SWEEP = [Document(id="kb-193", content="Sweeping: £75 for the first chimney, £35 for each further chimney at "
                                       "the same visit.")]
HIRE = [Document(id="kb-194", content="Breakage cover is kr 45,- per item per day.")]


def _verdicts_for(answer: str, docs: list[Document], query: str) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query).support]


def test_the_other_ones_of_the_customers_count() -> None:
    assert counts_from_customer("£40 for each of the other two", "Three chimneys - what's the total?") == {"2"}
    answer = "£75 for the first chimney and £35 for each of the other two: £75 + £70 = £145."
    assert _verdicts_for(answer, SWEEP, "Three chimneys at one visit - what's the total?") == ["supported"]


def test_the_other_ones_must_leave_one_of_the_customers_count() -> None:
    """Control: of four chimneys, 'the other two' is no count the customer gave."""
    assert counts_from_customer("£40 for each of the other two", "Four chimneys - what's the total?") == set()
    answer = "£75 for the first chimney and £35 for each of the other two: £75 + £70 = £145."
    sweep = [Document(id="kb-195", content="Sweeping: £75 for the first chimney, £35 for each further chimney.")]
    assert _verdicts_for(answer, sweep, "Four chimneys at one visit - what's the total?") != ["supported"]


def test_items_the_customer_joins_with_and_are_counted() -> None:
    assert counts_from_customer("2 items", "Cover on a bike and a trailer?") == {"2"}
    assert counts_from_customer("two people", "Can my wife and I both join?") == {"2"}
    assert counts_from_customer("3 items", "a bike, a helmet and a lock for a week?") == {"3"}
    answer = "Cover is kr 45,- per item per day, for your 2 items."
    assert _verdicts_for(answer, HIRE, "Breakage cover on a bike and a trailer for 3 days?") == ["supported"]


def test_a_count_the_customers_list_does_not_reach_is_still_flagged() -> None:
    """Control: a bike and a trailer are two items, not three; a count of a named thing ('2 bikes') is not read
    from the list; clauses joined by 'and' join no things."""
    assert counts_from_customer("3 items", "Cover on a bike and a trailer?") == set()
    assert counts_from_customer("2 bikes", "Cover on a bike and a trailer?") == set()
    assert counts_from_customer("2 items", "Can I hire today and return tomorrow?") == set()
    answer = "Cover is kr 45,- per item per day, for your 4 items."
    assert _verdicts_for(answer, HIRE, "Breakage cover on a bike and a trailer for 3 days?") != ["supported"]


# ---- sympathy and praise addressed to the customer ------------------------------------------------------

def _claims(answer: str) -> list[str]:
    rules = load_contract().quality
    return [claim for _sentence, claim, _cited in read_answer(answer, rules.citation_pattern, (), (), 3).claims]


def test_sympathy_and_praise_are_no_claims() -> None:
    """Sympathy naming only the customer's plan going wrong, and praise of their choice, state no fact."""
    assert _claims("Oh no, sorry to hear that!") == []
    assert _claims("Sorry your holiday fell through!") == []
    assert _claims("Oh dear, sorry the new time doesn't work for you.") == []
    assert _claims("Lovely choice for a couple!") == []
    assert _claims("Great pick!") == []


def test_a_fact_in_a_friendly_frame_stays_a_claim() -> None:
    """Controls: an apology or praise that states something of the business is still judged."""
    assert _claims("Sorry, your deposit can't be refunded.") != []
    assert _claims("Sorry, the pool is closed on Mondays.") != []
    assert _claims("Great choice: the suite sleeps four.") != []
    assert _claims("Lovely choice for a family of four with a sea view and breakfast included.") != []
