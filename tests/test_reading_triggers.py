"""The cheap triggers in front of the readings that judge a claim before the decision: each spares a claim or an
evidence a reading could never fire on, and none may skip one it fires on. Each trigger is checked against the
pattern it stands in front of, on the case-blind letters (the Kelvin sign, dotless i) a plain lower-casing misses,
with a control that the reading still fires behind it.

The fixtures are this file's own (a kayak hire, a gym membership).
"""

from __future__ import annotations

import re

import pytest

from llmops_kit import claim_meaning, evidence_derived, excluded_items, figure_owner, record_denials, text
from llmops_kit import evidence as evidence_module
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.text import arithmetic
from llmops_kit.text.char_scans import may_hold

PRICES = ("Single sit-on kayak (paddle, buoyancy aid) — €35 per day\nDouble touring kayak — €55 per day\n"
          "Stand-up paddleboard — €30 per day\n\n| Boat | Price |\n|---|---|\n| Canoe | kr 620 |\n| Raft | kr 450 |")


def _evidence(text: str) -> Evidence:
    return Evidence([EvidenceSource("document kb-1", text)], r"\[kb-\d\]")


@pytest.mark.parametrize("text", [
    "The double kayak is €55 a day.", "It costs kr 620.", "It costs \u212aR 620.", "About 40 euros.", "£5",
    "20 GBP", "It is 12 pounds", "USD 3.50", "no price at all", "3 days and 4 nights", "Call 0800 123 456.",
])
def test_the_money_trigger_holds_whenever_the_money_pattern_matches(text: str) -> None:
    """``_may_name_money`` is True wherever ``_MONEY_RE`` matches (the Kelvin sign 'K' matches 'k' case-blind)."""
    if figure_owner._MONEY_RE.search(text):
        assert figure_owner._may_name_money(text)
    assert figure_owner._may_name_money("It costs \u212aR 620.")
    assert not figure_owner._may_name_money("no price at all")


def test_evidence_with_one_amount_of_a_currency_per_piece_has_no_siblings() -> None:
    assert not figure_owner._has_siblings("The day pass is €12. Lockers are €2.\nParking is free.")
    assert figure_owner._has_siblings(PRICES)


def test_an_amount_of_another_item_is_still_found_behind_the_triggers() -> None:
    """The control: a claim giving the double kayak's price to the single one is read and found."""
    assert figure_owner.foreign_owner("The single kayak costs €55 a day.", _evidence(PRICES)) is not None
    assert figure_owner.foreign_owner("The single kayak costs €55 a day.",
                                      _evidence("The single kayak costs €55 a day.")) is None


@pytest.mark.parametrize("claim", [
    "It is £40, and a crew will come back the same afternoon.", "It is £40; they'll refund the deposit.",
    "It is £40 but I will check the refund.", "It is £40 and shall be repaid.", "£40 guaranteed by the shop",
    "It is £40 because it will rain", "It is £40, so no commitment at all",
])
def test_a_clause_holds_a_commitment_only_when_its_claim_does(claim: str) -> None:
    """The promise reading's claim-level trigger: a clause is a stretch of its claim and no clause boundary ends
    in 'i ', so a commitment in a clause is one in the claim."""
    if any(claim_meaning._COMMITMENT_RE.search(c) for c in claim_meaning._clauses(claim)):
        assert claim_meaning._COMMITMENT_RE.search(claim)
    if claim_meaning._COMMITMENT_RE.search(claim):
        assert claim_meaning._may_commit(claim)


def test_a_commitment_with_a_long_s_or_a_dotless_i_is_still_read() -> None:
    """'ſhall' and 'wıll' match the case-blind commitment pattern; the trigger reads their case key."""
    for claim in ("It is £40 and the crew ſhall come back.", "It is £40 and a crew w\u0131ll come back."):
        assert claim_meaning._COMMITMENT_RE.search(claim)
        assert claim_meaning._may_commit(claim)
    assert not claim_meaning._may_commit("It is £40 and the crew came back.")


@pytest.mark.parametrize("claim", [
    "Only if you book by 5pm.", "Unless it rains.", "As long as you bring it.", "Provided that it is clean.",
    "On condition that you pay.", "Except for members.", "It is free.",
])
def test_the_condition_trigger_holds_whenever_the_condition_pattern_matches(claim: str) -> None:
    if claim_meaning._CONDITION_RE.search(claim):
        assert may_hold(claim, claim_meaning._CONDITION_KEYS)


def test_an_include_written_with_a_dotless_i_is_still_read() -> None:
    """The case-blind cover/include pattern matches 'ınclUdes' (dotless i); the trigger reads its case key."""
    gym = _evidence("The Flex membership covers the gym floor and all group classes (not the sauna).")
    assert excluded_items.covered_exclusion("The Flex membership \u0131nclUdes the sauna.", gym) is not None
    assert excluded_items.covered_exclusion("The Flex membership has the sauna.", gym) is None


# ---- whole-word triggers (text.may_hold_word): a negation, a comparison, a record still under way ----------


def test_an_ascii_text_holds_a_key_only_as_a_whole_word() -> None:
    """``may_hold_word`` reads an ASCII text's words: 'cannot' holds no 'not', 'nothing' no 'no'; any other text
    always goes to the pattern (case-blind matching reads 'ſ' as 's')."""
    keys = frozenset(("not", "no"))
    assert text.may_hold_word("We do NOT ship abroad.", keys)
    assert not text.may_hold_word("We cannot ship; nothing is sent abroad.", keys)
    assert text.may_hold_word("Nothing is ſent abroad.", frozenset(("zebra",)))


@pytest.mark.parametrize("claim", [
    "Repair BR-40211 hasn't been collected yet.", "Repair BR-40211 HASN'T been collected.", "We do NOT ship abroad.",
    "It was never collected.", "No refund has been issued.", "It wasn’t collected.", "We cannot ship it.",
    "Nothing was collected.", "It was collected on 2 March.", "N\u0131 refund", "It is n\u006ft\tcollected.",
])
def test_the_negation_trigger_holds_whenever_the_negation_pattern_matches(claim: str) -> None:
    """The denied words are read whenever the negation pattern matches; a claim denying nothing is spared it."""
    if record_denials._NEGATION_RE.search(claim):
        assert "'" in claim or text.may_hold_word(claim, record_denials._NEGATION_WORDS)
    assert not record_denials.denied_words("It was collected on 2 March; nothing is owed.")


def test_a_denial_is_still_read_behind_the_negation_trigger() -> None:
    """The control: a denial in plain words, in upper case and with a curly apostrophe is still read."""
    assert record_denials.denied_words("Repair BR-40211 hasn't been collected yet.") == {"collected"}
    assert record_denials.denied_words("Repair BR-40211 has NOT been collected.") == {"collected"}
    assert record_denials.denied_words("Repair BR-40211 hasn’t been collected.") == {"collected"}


@pytest.mark.parametrize("claim", [
    "5.5 in writing is below the 6.0 minimum.", "5.5 is ABOVE the 6.0 minimum.", "You have 7 points, at least 6.",
    "8 months ago (w\u0131thin the last 12 months).", "It is 40 kg, short of the 50 kg limit.", "It costs 40 euros.",
    "It is below the limit.", "4 is more than 3", "5 AT  LEAST 6",
])
def test_the_comparison_trigger_holds_whenever_the_comparison_pattern_matches(claim: str) -> None:
    if arithmetic._COMPARISON_RE.search(claim):
        assert arithmetic._DIGIT_RE.search(claim) and text.may_hold_word(claim, arithmetic._COMPARISON_WORDS)
    assert not text.may_hold_word("It costs 40 euros.", arithmetic._COMPARISON_WORDS)


def test_a_comparison_is_still_read_behind_its_trigger() -> None:
    """The control: comparisons in plain words and with a dotless i are read; a claim comparing nothing is not."""
    assert arithmetic.comparisons("5.5 in writing is below the 6.0 minimum.") == (("5.5", "6", True),)
    assert [c[:2] for c in arithmetic.comparisons("8 months ago (w\u0131thin the last 12 months)")] == [("8", "12")]
    assert arithmetic.comparisons("It costs 40 euros for 2 days.") == ()


@pytest.mark.parametrize("claim", [
    "Claim RC-30417 is still under review.", "Claim RC-30417 is BEING ASSESSED.", "It is being checked.",
    "Claim RC-30417 is being a\u017f\u017fessed.", "It is underway.", "It was approved.",
])
def test_the_under_way_trigger_holds_whenever_the_under_way_pattern_matches(claim: str) -> None:
    if evidence_module._UNDER_WAY_RE.search(claim):
        assert text.may_hold_word(claim, evidence_module._UNDER_WAY_WORDS)
    assert not text.may_hold_word("It was approved.", evidence_module._UNDER_WAY_WORDS)


def test_a_record_still_under_way_is_still_read_behind_its_trigger() -> None:
    """The control: 'still under review' against a decided record is found, a long s in 'aſſessed' too."""
    record = Evidence([EvidenceSource("tool lookup", "claim: RC-30417\nstate: approved", prose=False)], r"\[kb-\d\]")
    assert record.status_clash("Claim RC-30417 is still under review.") is not None
    assert record.status_clash("Claim RC-30417 is being a\u017f\u017fessed.") is not None
    assert record.status_clash("Claim RC-30417 was approved.") is None



# ---- the reversed-polarity reading: a clause denying nothing needs a statement denying one of its words ----------

FERRY = ("Bicycles travel free on the morning ferry. Dogs on a lead are welcome on the outer deck. Tickets cannot be "
         "changed after departure. Cars must be booked ahead in summer.")


def test_the_articles_denied_words_are_read_once_per_source() -> None:
    """'cannot be changed' denies the change (up to the preposition); nothing else of the article is denied."""
    denied = claim_meaning._prose_denied(_evidence(FERRY))
    assert "chang" in denied
    assert denied.isdisjoint({"bicycl", "dog", "deck", "car"})


def test_a_clause_denying_nothing_that_no_statement_denies_is_not_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    """No statement denies a word of 'dogs ... welcome on the outer deck': the statements are not searched."""
    def searched(*args: object, **kwargs: object) -> list[tuple[str, str]]:
        raise AssertionError("compared with the statements")
    evidence = _evidence(FERRY)
    claim_meaning._prose_denied(evidence)  # read before the search is stubbed (the article's own clauses)
    monkeypatch.setattr(claim_meaning, "_closest_clauses", searched)
    assert claim_meaning._reversed("Dogs on a lead are welcome on the outer deck.", evidence) is None
    with pytest.raises(AssertionError, match="compared"):  # a word a statement denies is still compared
        claim_meaning._reversed("Tickets can be changed after departure.", evidence)
    with pytest.raises(AssertionError, match="compared"):  # so is a clause that denies
        claim_meaning._reversed("Dogs aren't welcome on the outer deck.", evidence)


def test_a_reversed_rule_is_still_found_behind_the_denied_words() -> None:
    """The control: an affirmed denial and a denied statement are found; a faithful restatement is not."""
    evidence = _evidence(FERRY)
    assert claim_meaning._reversed("Tickets can be changed after departure.", evidence) is not None
    assert claim_meaning._reversed("Dogs on a lead aren't welcome on the outer deck.", evidence) is not None
    assert claim_meaning._reversed("Dogs on a lead are welcome on the outer deck.", evidence) is None


def test_a_text_naming_no_month_is_read_for_its_iso_dates_alone() -> None:
    """Without a month in words an ASCII text can hold only ISO dates (a month of 13 is none); a month in words, or a
    long s ('ſeptember' matches case-blind), takes the whole pattern."""
    assert evidence_derived._dates_named("balance due: 2026-05-09; ref 2026-13-01") == ((5, 9, 2026),)
    assert evidence_derived._dates_named("due by 12 May, balance due: 2026-05-09") == ((5, 12, None), (5, 9, 2026))
    assert evidence_derived._dates_named("due by 3 \u017feptember") == ((9, 3, None),)
    assert evidence_derived._dates_named("order FL-2231, 12 items") == ()


class _Unread:
    """A pattern stand-in that fails when a text is read by it."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"the pattern was run ({name})")


def test_the_triggers_spare_texts_their_patterns_cannot_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim without a negation, a comparison or an under-way word, and a text naming no month, never reach the
    pattern; a text the trigger lets through does (the stand-in fails)."""
    monkeypatch.setattr(record_denials, "_NEGATION_RE", _Unread())
    monkeypatch.setattr(arithmetic, "_COMPARISON_RE", _Unread())
    monkeypatch.setattr(evidence_module, "_UNDER_WAY_RE", _Unread())
    monkeypatch.setattr(evidence_derived, "_NAMED_DATE_RE", _Unread())
    assert record_denials.denied_words("Repair BR-40211 was collected on 2 March.") == frozenset()
    assert arithmetic.comparisons.__wrapped__("It costs 40 euros for 2 days.") == ()
    record = Evidence([EvidenceSource("tool lookup", "claim: RC-30417\nstate: approved", prose=False)], r"\[kb-\d\]")
    assert record.status_clash("Claim RC-30417 was approved.") is None
    assert evidence_derived._dates_named.__wrapped__("balance due: 2026-05-09") == ((5, 9, 2026),)
    with pytest.raises(AssertionError, match="pattern was run"):
        record_denials.denied_words("Repair BR-40211 was not collected.")
    with pytest.raises(AssertionError, match="pattern was run"):
        evidence_derived._dates_named.__wrapped__("due by 9 May")


def test_what_a_reading_finds_in_the_evidence_is_read_once_per_request() -> None:
    """``Evidence.once`` reads the evidence the first time a reading asks and hands back the same value after,
    per request: a second request's evidence reads again."""
    calls: list[int] = []

    def read(evidence: Evidence) -> int:
        calls.append(1)
        return len(evidence.sources)

    first = Evidence([EvidenceSource("document kb-1", "Bikes cost £5.")], r"\[kb-\d\]")
    assert first.once("test.sources", read) == 1 and first.once("test.sources", read) == 1
    assert len(calls) == 1
    second = Evidence([EvidenceSource("document kb-1", "Bikes cost £5."), EvidenceSource("user", "Hi")], r"\[kb-\d\]")
    assert second.once("test.sources", read) == 2 and len(calls) == 2


def test_the_verdict_look_ahead_admits_exactly_the_first_letters_of_its_verbs() -> None:
    """``_VERDICT_RE``'s look-ahead lets a search start on every character a form of its verbs ('is', "'s", 'were',
    'puts', 'has' ...) can start with, case-blind (the dotless i, 'İ'), and on no other."""
    import re

    from llmops_kit import rule_applications
    look = re.compile(rule_applications._VERDICT_RE.pattern[:rule_applications._VERDICT_RE.pattern.index(")") + 1],
                      re.IGNORECASE)
    first = re.compile(r"(?:i|a|'|’|w|b|y|p|h)", re.IGNORECASE)
    assert all(bool(look.match(c)) == bool(first.match(c)) for c in map(chr, range(0x3000)))
    assert rule_applications._VERDICT_RE.search("Tomorrow ıs too close to the 2-day notice.")
    assert rule_applications._VERDICT_RE.search("That puts you well outside the 30-day window.")
    assert not rule_applications._VERDICT_RE.search("The window is 30 days from delivery.")


@pytest.mark.parametrize("text", [
    "About 2 metres, which is roughly 6.5 feet.", "99 m², roughly 1,066 sq ft", "20 knots is about 37 km/h",
    "50 x 70 mm, about 2 x 2.75 in", "19 stone is about 121 kg", "25 KM/H, about 15.5 mph", "40 \u212aM or 25 miles",
    "The kayak is 3 m long and costs €35.", "Open 9-5, 3 days a week.",
])
def test_the_unit_trigger_finds_every_conversion_the_pairs_find(text: str) -> None:
    """``named_conversions`` skips the pairs only when no unit of any conversion follows a figure: it names the
    same pairs, in order, as searching each pair (the Kelvin sign is a case-blind 'k')."""
    from llmops_kit import arithmetic_steps
    pairs = [(a.search(text).group(0), b.search(text).group(0), f)
             for a, b, f in arithmetic_steps._UNIT_RES if a.search(text) and b.search(text)]
    assert [(a.group(0), b.group(0), f) for a, b, f in arithmetic_steps.named_conversions(text)] == pairs
    assert not arithmetic_steps.named_conversions("Open 9-5, 3 days a week.")
    assert arithmetic_steps.named_conversions("40 \u212aM or 25 miles")


def test_a_contact_needs_an_at_sign_or_seven_digits_and_is_still_read_behind_that() -> None:
    """``_has_contact`` turns away a text with no '@' and fewer than seven digits before reading it; a phone
    number the evidence publishes, or the customer's own, is still a contact."""
    from llmops_kit import handoff_clauses
    evidence = Evidence([EvidenceSource("user message", "My number is 07700 900583, can you note it?", user=True),
                         EvidenceSource("document kb-1", "Call the desk on 0131 496 0158, Tue-Sat.")], r"\[kb-\d\]")
    assert handoff_clauses._has_contact("Call the desk on 0131 496 0158.", evidence)
    assert handoff_clauses._has_contact("The desk can add 07700 900583 to your ticket.", evidence)
    assert handoff_clauses._has_contact("Please e-mail kayaks@example.com to ask.", evidence)
    assert not handoff_clauses._has_contact("Call the desk on 496 01.", evidence)
    assert handoff_clauses._without_emails("no address here") == "no address here"


@pytest.mark.parametrize("claim", [
    "You still owe €40.", "The balance is owing.", "The balance is OWıNG.", "It is fully paid.",
    "Nothing more to pay.", "The deposit is due now.", "Follow the link below to know how.",
])
def test_the_payment_trigger_holds_whenever_the_payment_patterns_match(claim: str) -> None:
    """``_claimed_state`` reads a claim only when its lower-cased text holds a key word; every claim either
    pattern matches holds one ('owe', 'owi' / 'owı' of a case-blind 'owing')."""
    from llmops_kit import payment_states
    if payment_states._SETTLED_RE.search(claim) or payment_states._OWING_RE.search(claim):
        assert payment_states._claimed_state(claim) is not None
    assert payment_states._claimed_state("The balance is OWıNG.") == "owing"
    assert payment_states._claimed_state("Follow the link below to know how.") is None


def test_the_payment_look_aheads_admit_exactly_the_first_letters_of_their_phrases() -> None:
    """``_SETTLED_RE`` ('fully', 'already', 'all', 'paid', 'settled', 'nothing', 'no') and ``_OWING_RE`` ('still',
    'outstanding', 'unpaid', 'owing', 'has', 'have', 'is', 'are', 'not') start a search only on a first letter
    of their phrases, case-blind (the long s, the dotless i), and on every such letter."""
    import re

    from llmops_kit import payment_states
    for pattern, firsts in ((payment_states._SETTLED_RE, "fapsn"), (payment_states._OWING_RE, "souhian")):
        look = re.compile(pattern.pattern[:pattern.pattern.index(")") + 1], re.IGNORECASE)
        first = re.compile("|".join(firsts), re.IGNORECASE)
        assert all(bool(look.match(c)) == bool(first.match(c)) for c in map(chr, range(0x3000)))
    assert payment_states._SETTLED_RE.search("It was \u017fettled in full.")
    assert payment_states._OWING_RE.search("The balance ıs not yet paid.")
    assert not payment_states._OWING_RE.search("The balance was paid on Monday.")


def test_the_listed_total_look_aheads_admit_exactly_the_first_letters_of_their_phrases() -> None:
    """``_IN_TOTAL_RE`` ('in total', 'altogether', 'in all') and ``_TOTAL_WORD_RE`` ('total') start a search only
    on a first letter of their phrases, case-blind (the dotless i), and on every such letter; the control: a
    total written in capitals or with a dotless i is still found."""
    import re

    from llmops_kit import listed_totals
    for pattern, firsts in ((listed_totals._IN_TOTAL_RE, "ia"), (listed_totals._TOTAL_WORD_RE, "t")):
        assert pattern.pattern.startswith("(?=")
        look = re.compile(pattern.pattern[:pattern.pattern.index(")") + 1], re.IGNORECASE)
        first = re.compile("|".join(firsts), re.IGNORECASE)
        assert all(bool(look.match(c)) == bool(first.match(c)) for c in map(chr, range(0x3000)))
    assert listed_totals._IN_TOTAL_RE.search("3 nights at €80 each, so €240 ın total.")
    assert listed_totals._IN_TOTAL_RE.search("That makes €240 ALTOGETHER.")
    assert listed_totals._TOTAL_WORD_RE.search("**TOTAL:** €240")
    assert not listed_totals._IN_TOTAL_RE.search("Totally fine, install it.")


# ---- the work-going-on and part-owed triggers (a word each pattern needs whole) -----------------------------------

def _repair(status: str) -> Evidence:
    return Evidence([EvidenceSource("tool repair_lookup", f"job: LM-51230.\nwork: rudder pin.\nstatus: {status}.",
                                    prose=False)], r"\[kb-\d\]")


def _hire(text: str) -> Evidence:
    return Evidence([EvidenceSource("tool hire_lookup", text, prose=False)], r"\[kb-\d\]")


@pytest.mark.parametrize("claim", [
    "LM-51230 is still on the bench.", "LM-51230 is STILL being repaired.", "LM-51230 is \u017ftill in repair.",
    "LM-51230 is not still being worked on.", "The pin is stiller now.", "Still-water kayaks are €35.",
    "LM-51230 is stillbeing fixed.", "It was fixed on Monday.",
])
def test_the_work_going_on_trigger_holds_whenever_its_pattern_matches(claim: str) -> None:
    from llmops_kit import status_denials
    if status_denials._WORKING_RE.search(claim):
        assert text.may_hold_word(claim, status_denials._WORKING_KEYS)
    assert not text.may_hold_word("It was fixed on Monday.", status_denials._WORKING_KEYS)


def test_work_said_going_on_is_still_read_behind_its_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    """The control: 'still on the bench' (also with a long s) of a record whose status says the work is done is
    contradicted; a claim without the word never reaches the pattern, one with it does."""
    from llmops_kit import status_denials
    assert status_denials.denied_status("LM-51230 is still on the bench.", _repair("ready")) is not None
    assert status_denials.denied_status("LM-51230 is \u017ftill in repair.", _repair("ready")) is not None
    assert status_denials.denied_status("LM-51230 is still on the bench.", _repair("in progress")) is None
    monkeypatch.setattr(status_denials, "_WORKING_RE", _Unread())
    assert status_denials.denied_status("LM-51230 was fixed on Monday.", _repair("ready")) is None
    with pytest.raises(AssertionError, match="pattern was run"):
        status_denials.denied_status("LM-51230 is still on the bench.", _repair("ready"))


@pytest.mark.parametrize("claim", [
    "The deposit on GY-7781 is outstanding.", "GY-7781 has an UNPAID deposit.", "The deposit is still owed.",
    "The deposit is still owing.", "The deposit is still due.", "The deposit hasn't been paid.",
    "The deposit isn\u2019t paid yet.", "The deposit is not yet paid.", "The deposit is \u017ftill owed.",
    "The deposit was prepaid.", "The deposit is overdue.", "The deposit has been received.",
])
def test_the_part_owed_trigger_holds_whenever_its_pattern_matches(claim: str) -> None:
    from llmops_kit import part_payments
    if part_payments._OWED_RE.search(claim):
        assert text.may_hold_word(claim, part_payments._OWED_KEYS)
    assert not text.may_hold_word("The deposit has been received.", part_payments._OWED_KEYS)


def test_a_part_said_owed_is_still_read_behind_its_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    """The control: a deposit said unpaid (also in capitals) of a record holding it paid is contradicted, and not
    when the record holds nothing paid; a claim naming no owed word never reaches the pattern, one naming it does."""
    from llmops_kit import part_payments
    paid = _hire("hire: GY-7781.\ndeposit paid eur: 150.\nbalance eur: 400.")
    unpaid = _hire("hire: GY-7781.\ndeposit paid eur: 0.\nbalance eur: 550.")
    assert part_payments.unpaid_part("GY-7781 has an UNPAID deposit.", paid) is not None
    assert part_payments.unpaid_part("The deposit on GY-7781 hasn't been paid.", paid) is not None
    assert part_payments.unpaid_part("GY-7781 has an unpaid deposit.", unpaid) is None
    monkeypatch.setattr(part_payments, "_OWED_RE", _Unread())
    assert part_payments.unpaid_part("The deposit on GY-7781 has been received.", paid) is None
    with pytest.raises(AssertionError, match="pattern was run"):
        part_payments.unpaid_part("GY-7781 has an unpaid deposit.", paid)


@pytest.mark.parametrize("clause", [
    "every kayak must be booked", "ALL boats need a deposit", "any size is fine", "for any group of six",
    "you can call us whenever", "\u017fo every boat is checked", "a small fee applies", "many people come",
    "the company books it", "every-day hire", "for any_thing", "_all boats", "all\tboats", "it is overall fine",
])
def test_the_universal_word_trigger_holds_whenever_the_universal_pattern_matches(clause: str) -> None:
    """A universal ('every', 'all', 'any', 'whatever', ...) is a whole word wherever ``_UNIVERSAL_RE`` matches, so a
    clause whose words hold none of them ('call', 'small', 'many', 'company') is spared the pattern."""
    if claim_meaning._UNIVERSAL_RE.search(clause):
        assert text.may_hold_word(clause, claim_meaning._UNIVERSAL_WORDS)
    assert not text.may_hold_word("a small fee applies to many companies", claim_meaning._UNIVERSAL_WORDS)


def test_a_widened_rule_is_still_read_behind_the_universal_word_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    """The control: a rule widened to every case is found (also in capitals); a clause holding 'all' only inside
    'small' never reaches the pattern, one holding 'every' does."""
    assert claim_meaning.meaning_gap("EVERY vehicle must be booked ahead in summer.", _evidence(FERRY)).kind == "scope"
    monkeypatch.setattr(claim_meaning, "_UNIVERSAL_RE", _Unread())
    assert claim_meaning._widened("Small cars must be booked ahead in summer.", _evidence(FERRY)) is None
    with pytest.raises(AssertionError, match="pattern was run"):
        claim_meaning._widened("Every vehicle must be booked ahead in summer.", _evidence(FERRY))


def test_the_money_look_ahead_admits_exactly_the_first_characters_of_an_amount() -> None:
    """``figure_owner._MONEY_RE`` starts a search only on a currency sign, a digit or a currency code's first
    letter, case-blind (the Kelvin sign for 'k', the long s for 's', the dotted and dotless i), and on every such
    character; the control: amounts after a sign, before a word and with a code in capitals are still found."""
    import re
    pattern = figure_owner._MONEY_RE.pattern
    assert pattern.startswith("(?=[")
    look = re.compile(pattern[:pattern.index("]") + 2], re.IGNORECASE)
    codes = ("kr", "EUR", "USD", "GBP", "AUD", "NZD", "CAD", "CHF", "NOK", "SEK", "DKK", "ISK", "PLN", "CZK")
    first = re.compile("|".join(["[£$€¥₹]", r"\d", *sorted({c[0] for c in codes})]), re.IGNORECASE)
    assert all(bool(look.match(c)) == bool(first.match(c)) for c in map(chr, range(0x3000)))
    found = [m.group(0) for m in figure_owner._MONEY_RE.finditer("£42 a day, 20 euros, \u212aR 620 or SEK 90.")]
    assert found == ["£42", "20 euros", "\u212aR 620", "SEK 90"]


def _look_ahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The leading look-ahead of a pattern, compiled with its flags."""
    assert pattern.pattern.startswith("(?=[")
    return re.compile(pattern.pattern[:pattern.pattern.index("]") + 2], pattern.flags)


def test_the_clause_split_look_ahead_admits_exactly_the_first_characters_of_a_boundary() -> None:
    """``claim_meaning._CLAUSE_RE`` tries its boundaries only at a space, ';', ':' or ',', the characters each of its
    alternatives starts with (its leading ``\\s*`` may be empty before ';' or ':'); the control: a claim still splits
    at each kind of boundary."""
    look = _look_ahead(claim_meaning._CLAUSE_RE)
    first = re.compile(r"\s|[;:,]")
    assert all(bool(look.match(c)) == bool(first.match(c)) for c in map(chr, range(0x3000)))
    assert claim_meaning._clauses("Kayaks are €35; boards, €30 and paddles are free unless lost") == (
        "Kayaks are €35", "boards", "€30", "paddles are free", "unless lost")


def test_the_fact_word_look_ahead_admits_exactly_a_digit_or_a_months_first_letter() -> None:
    """``grounding._FACT_WORD_LOWER_RE`` (case-sensitive, on a lower-cased claim) tries its alternatives only at a
    digit or the first letter of a month's name; the control: a date and a duration are still read."""
    from llmops_kit import grounding
    look = _look_ahead(grounding._FACT_WORD_LOWER_RE)
    months = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
    first = re.compile("|".join([r"\d", *sorted({m[0] for m in months})]))
    assert all(bool(look.match(c)) == bool(first.match(c)) for c in map(chr, range(0x3000)))
    assert grounding._fact_words("Hire ends on 31 March, after 28 days.") == {"march", "day"}
    assert grounding._fact_words("Return it by may 4 (3 weeks).") == {"may", "week"}
