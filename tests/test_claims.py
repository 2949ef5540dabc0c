"""The text layer: markdown-aware splitting, claims, stems, numbers (words, money, ranges), identifiers."""

from __future__ import annotations

import pytest

from llmops_kit.text import (
    content_stems,
    date_names,
    evidence_numbers,
    identifiers_in,
    names_in,
    normalise_number,
    numbers_in,
    read_answer,
    retrieval_terms,
    sentences_of,
    split_sentences,
    stem,
    tokens,
)

CITE = r"\[kb-\d{3}\]"


def test_tokens_keep_words_and_numbers_in_order() -> None:
    """One pass yields the words (curly quotes straightened) and the numbers as written."""
    assert tokens("Don’t pay $1,200 for 3 tents") == (("Don't", "pay", "for", "tents"), ("1,200", "3"))


def test_snowball_stems_meet_across_inflections() -> None:
    """returned / returns / returning share one stem; possessives are dropped."""
    assert stem("returned") == stem("returns") == stem("Returning") == "return"
    assert stem("Ridgeline's") == "ridgelin"


@pytest.mark.parametrize(("text", "expected"), [
    ("eighty days", {"80"}), ("thirteen items", {"13"}), ("sixteen to nineteen", {"16", "19"}),
    ("seventy percent", {"70"}), ("one hundred and twenty-five dollars", {"125"}), ("two thousand", {"2000"}),
    ("the fourth season", {"4"}), ("$1,200.00", {"1200"}), ("5-7 business days", {"5", "7"}),
])
def test_number_words_money_and_ranges_normalise(text: str, expected: set[str]) -> None:
    """Every number word, money, ordinals and ranges become digits a claim can be checked against."""
    assert numbers_in(text) == expected


def test_a_lone_one_is_not_a_number_in_a_claim_but_is_in_evidence() -> None:
    """Claims are read conservatively ("no one"), evidence generously ("one free tune-up", "twice")."""
    assert numbers_in("No one can return a used tent.") == frozenset()
    assert {"1", "2", "14"} <= evidence_numbers("One free tune-up, renewable twice, within two weeks.")


def test_scaled_numbers_and_normalised_spellings() -> None:
    """"$1.2 million" states 1200000; "5.90" and "007" have one spelling each."""
    assert "1200000" in numbers_in("a $1.2 million budget")
    assert normalise_number("5.90") == "5.9" and normalise_number("007") == "7"


def test_iso_dates_state_their_month_and_weekday() -> None:
    """A tool's 2025-03-06 supports "Thursday, March 6"."""
    assert date_names("eta: 2025-03-06") == {"march", "thursday"}
    assert date_names("not a date: 2025-13-45") == frozenset()


def test_identifiers_mix_letters_and_digits_but_quantities_do_not() -> None:
    """Item codes and order ids are identifiers; 5kg, 10am and 3rd are quantities."""
    assert identifiers_in("item GS-220, order NW-4471902, 5kg, 10am, 3rd") == {"gs220", "nw4471902"}


def test_names_are_capitalised_words_acronyms_and_camel_case() -> None:
    """The first word of a sentence is not a name; later capitals, acronyms and CamelCase are."""
    assert names_in("Shipping to Canada uses DHL and the eSIM app.") == {"canada", "dhl", "esim"}


def test_markdown_layout_is_not_a_sentence_and_list_items_are() -> None:
    """Headings, tables, code blocks and rules are dropped; list markers and emphasis are stripped."""
    text = ("## 1. Shipping\n\n- **Standard** takes 5-7 days.\n2. Express costs $12.99.\n\n| a | b |\n|---|---|\n"
            "| 1 | 2 |\n\n```\nprint('x.')\n```\n---\nSee [our policy](https://example.com) for more.")
    assert split_sentences(text) == ["Standard takes 5-7 days.", "Express costs $12.99.", "See our policy for more."]


def test_sentences_split_at_glued_capitals_but_not_abbreviations() -> None:
    """"century.First" splits; "e.g." and an initial do not."""
    assert split_sentences("It ran in the 19th century.First for Women is newer. J. Smith, e.g. this one, agrees.") == [
        "It ran in the 19th century.", "First for Women is newer.", "J. Smith, e.g. this one, agrees."]


def test_claims_drop_headings_conversation_and_any_citation_style() -> None:
    """A heading is not a claim; [doc-1] and [1] are cut like the contract's [kb-001]."""
    answer = "## Refunds\nRefunds take 6 days [doc-1]. Thanks for asking! Late fees are waived for members [2]."
    reading = read_answer(answer, CITE, (), (), 3)
    assert [claim for _, claim, _ in reading.claims] == ["Refunds take 6 days", "Late fees are waived for members"]
    assert all(cites for _, _, cites in reading.claims)


def test_content_stems_leave_out_function_words() -> None:
    """Stopwords and number words carry no content; numbers are kept in their normal spelling."""
    assert content_stems("The tents are returned within five days, 1,200 of them") == {"tent", "return", "day", "1200"}


def test_retrieval_terms_drop_filler_and_long_order_numbers() -> None:
    """Search terms skip conversational filler and identifiers no article could contain."""
    assert retrieval_terms("Hi, can you tell me where order NW-4471902 is shipping?") == ["order", "ship"]


def test_empty_and_odd_texts_read_as_empty() -> None:
    """No words, no claims, no numbers: nothing breaks on empty or symbol-only input."""
    assert split_sentences("") == [] and split_sentences("---\n```") == []
    assert numbers_in("") == frozenset() and names_in("!!!") == frozenset()


# ---- issue 16: times, digit groups, typed amounts, non-claims -----------------------------------------


def test_times_of_day_read_whole_in_24_hours() -> None:
    """"4:30pm", "9 am", "12 noon" and an ISO timestamp become HH:MM; their digits are not loose numbers."""
    from llmops_kit.text import times_in

    assert times_in("sent at 4:30pm, open 9 am to 9 pm, ICU at 12 noon") == {"16:30", "09:00", "21:00", "12:00"}
    assert times_in("slot: 2025-03-25T10:30:00") >= {"10:30"}
    assert numbers_in("confirmed at 10:30 am") == frozenset()


def test_digit_groups_are_one_number_in_any_layout() -> None:
    """Phone and tracking numbers are read whole; an ISO date and a plain range are not digit groups."""
    from llmops_kit.text import grouped_digits, same_grouped_number

    assert grouped_digits("call +44 800 157 0420 (24 hours)") == {"448001570420"}
    assert same_grouped_number("448001570420", "8001570420")
    assert not same_grouped_number("448001570421", "8001570420")
    assert grouped_digits("shipped 2025-07-17, takes 10 to 14 days") == frozenset()


def test_typed_quantities_keep_their_unit_and_ranges_share_it() -> None:
    """Money, percentages and durations carry their unit; "10 to 14 business days" gives both ends days."""
    from llmops_kit.text import typed_quantities

    assert typed_quantities("costs €20, 20% extra, 10 to 14 business days") == {
        "20 money", "20 %", "10 day", "14 day"}
    assert "14 day" in typed_quantities("within 2 weeks", True)
    assert typed_quantities("5 GB of data") == frozenset()


@pytest.mark.parametrize("sentence", [
    "A colleague can look it up for you if you'd like.",
    "A librarian at any branch desk can check for you.",
    "I don't want to guess.",
    "I can't give medical advice here.",
])
def test_offers_and_hedges_are_not_claims(sentence: str) -> None:
    """Hand-off offers and hedges about the bot's own knowledge state nothing about the domain."""
    assert read_answer(sentence, CITE, (), (), 3).claims == ()


def test_a_hand_off_with_a_number_stays_a_claim() -> None:
    """"Our team will call you within 2 days" is a promise with a figure: still a claim to check."""
    assert len(read_answer("Our team will call you within 2 days.", CITE, (), (), 3).claims) == 1


@pytest.mark.parametrize("sentence", [
    "I couldn't open booking QX7T2K right now - please try again shortly.",
    "Sorry, the reservation system isn't answering right now.",
    "Please don't paste card numbers in the chat.",
    "Our contact centre can help you further.",
])
def test_the_bot_reporting_on_itself_or_asking_the_customer_is_not_a_claim(sentence: str) -> None:
    """A failed attempt, an outage notice, a request and a referral state nothing about the domain."""
    assert read_answer(sentence, CITE, (), (), 3).claims == ()


@pytest.mark.parametrize("sentence", [
    "Please call 108 straight away; an ambulance reaches any address within 8 minutes.",
    "Please note that refunds reach your card within 5 business days.",
    "We cannot refund opened consoles after the trial period.",
])
def test_requests_with_facts_and_policies_stay_claims(sentence: str) -> None:
    """The control: a request carrying a figure, 'please note', and a policy stated with 'we cannot'."""
    assert len(read_answer(sentence, CITE, (), (), 3).claims) == 1


def test_quantity_compounds_are_not_identifiers_but_codes_are() -> None:
    """'9am-5pm', '12-month', '27/day' are quantities; 'GS-220', '123-ABC', 'A320-200' are codes."""
    assert identifiers_in("open 9am-5pm, a 12-month rule, AUD 27/day or 3.10/litre") == frozenset()
    assert identifiers_in("GS-220, 123-ABC and A320-200") == {"gs220", "123abc", "a320200"}


def test_names_read_hyphenated_parts_and_calendar_abbreviations() -> None:
    """'Mon-Fri' names Monday and Friday, 'Mid-January' names January, and 'OK' is not a name."""
    assert names_in("We answer calls Mon-Fri") >= {"monday", "friday"}
    assert "january" in names_in("The deadline is Mid-January")
    assert names_in("Water is OK until 6 am") == frozenset()


@pytest.mark.parametrize(("text", "expected"), [
    ("Einspruch ist möglich, also bis zum 31. März. Danach nicht.",
     ("Einspruch ist möglich, also bis zum 31. März.", "Danach nicht.")),
    ("Fristen er 1. desember.", ("Fristen er 1. desember.",)),
    # controls: an amount, a version, a number over 31 and the modal "May" still end a sentence
    ("It costs £5. May I help?", ("It costs £5.", "May I help?")),
    ("Version 2.5. August update.", ("Version 2.5.", "August update.")),
    ("Room 40. April rates apply.", ("Room 40.", "April rates apply.")),
])
def test_a_day_written_as_an_ordinal_before_its_month_does_not_end_a_sentence(
        text: str, expected: tuple[str, ...]) -> None:
    """German, Danish and Norwegian write "31. März": the dot is the day's, not the sentence's end."""
    assert sentences_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The kiosks are Hawthorne (Mon.-Sat. 9 a.m.-7 p.m.) and Pearl.",
     ("The kiosks are Hawthorne (Mon.-Sat. 9 a.m.-7 p.m.) and Pearl.",)),
    # controls: a day written short at the end of a sentence, and "sun." as a word, still end one
    ("Open Mon.-Sat. We close on Sundays.", ("Open Mon.-Sat.", "We close on Sundays.")),
    ("Lie in the sun. Then swim.", ("Lie in the sun.", "Then swim.")),
])
def test_a_weekday_written_short_before_its_times_does_not_end_a_sentence(
        text: str, expected: tuple[str, ...]) -> None:
    assert sentences_of(text) == expected
