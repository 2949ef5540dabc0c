"""Answers in the customer's language read by their facts (the ``lang56`` round).

Five readings, each with the case it reads, controls that must stay as they were, and its switch off giving the
old verdict:

- Devanagari digits read as the figures they are (:data:`llmops_kit.text.foreign_figures.READ_NATIVE_DIGITS`);
- a Swahili clock time with its English equivalent in brackets read as one time (``READ_BRACKETED_CLOCKS``);
- a German half in words read as "half" (``READ_FOREIGN_HALVES``);
- Polish "do" in an accented sentence, Dutch and Filipino function words read by the language test
  (:data:`llmops_kit.text.language.READ_LANG56_WORDS`);
- a whole-sentence greeting or closing of another language read as no claim
  (:data:`llmops_kit.text.foreign_greetings.READ_FOREIGN_GREETINGS`);
- the Devanagari danda "।" ending a sentence (:data:`llmops_kit.text.split.READ_DANDA_ENDS`).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit.quality import Document, score_answer
from llmops_kit.text import claims, foreign_figures, foreign_greetings, language, split
from llmops_kit.text.foreign_greetings import is_foreign_greeting
from llmops_kit.text.language import is_foreign

from .verdict_cases import fresh_scores, fresh_verdicts

TREK = [Document(id="PK-01", content=(
    "Namaste! Our 4-day Ghorepani-Poon Hill trek starts with a 6:00 AM jeep from Lakeside to Nayapul. On day 3 we "
    "climb Poon Hill (3,210 m) for the sunrise, leaving the lodge at 4:30 AM. Nights are in teahouses."))]
TREK_ASKED = "पुन हिल ट्रेक कति दिनको हो?"
TREK_ANSWER = "नमस्ते! पुन हिल ट्रेक ४ दिनको हो। पहिलो दिन बिहान ६:०० बजे लेकसाइडबाट नयाँपुलसम्म जिपमा जाइन्छ।"

SAFARI = [Document(id="KD-1", content=(
    "Jambo! The Tarangire day trip leaves your Arusha hotel at 6.30 am and is back around 6.00 pm. Expect elephants "
    "and the big baobabs; the Land Cruiser has a pop-up roof for photos."))]
SAFARI_ASKED = "Safari ya Tarangire inaanza saa ngapi?"

SHARE = [Document(id="NS-B1", content=(
    "A part-time share covers 3 fixed days a week for CHF 2'990.– a month, social contributions included, shared "
    "half and half by the two families in the same way."))]
SHARE_ASKED = "Was kostet ein Teilzeit-Sharing mit 3 Tagen pro Woche?"

HOURS = [Document(id="HW-6", content=(
    "Monday to Friday 10:00-20:00, Saturday and Sunday 9:00-20:00. Closed on 25 and 26 grudnia and on Easter "
    "Sunday."))]
HOURS_ASKED = "Do której jesteście otwarci w sobotę?"

PLAN = [Document(id="WC-2", content=(
    "Monthly plan for the hot-and-cold floor dispenser: ₱1,350.00 a month, including a sanitation visit every 3 "
    "months."))]


def test_devanagari_digits_are_read_as_the_figures_they_write() -> None:
    assert fresh_verdicts(TREK_ANSWER, TREK, TREK_ASKED) == ["supported", "supported"]


def test_a_changed_devanagari_digit_stays_flagged() -> None:
    changed = TREK_ANSWER.replace("४ दिनको", "५ दिनको")
    assert fresh_verdicts(changed, TREK, TREK_ASKED) == ["absent", "supported"]


def test_devanagari_digits_switched_off_give_the_old_verdict() -> None:
    with fresh_scores(), patch.object(foreign_figures, "READ_NATIVE_DIGITS", False):
        assert fresh_verdicts(TREK_ANSWER, TREK, TREK_ASKED) == ["absent", "absent"]


def test_a_superscript_is_no_digit_to_rewrite() -> None:
    assert foreign_figures.plain_figures("ein 12 m² Kite") == "ein 12 m² Kite"


SAFARI_ANSWER = ("Karibu! Safari ya Tarangire inaondoka hotelini Arusha saa 12:30 asubuhi (6.30 am) na kurudi karibu "
                 "saa 12 jioni (6.00 pm).")


def test_a_swahili_clock_with_its_english_equivalent_in_brackets_is_one_time() -> None:
    assert fresh_verdicts(SAFARI_ANSWER, SAFARI, SAFARI_ASKED) == ["supported"]


def test_a_wrong_bracketed_equivalent_stays_flagged() -> None:
    wrong = SAFARI_ANSWER.replace("(6.30 am)", "(7.30 am)")
    assert fresh_verdicts(wrong, SAFARI, SAFARI_ASKED) == ["absent"]


def test_a_pair_of_times_that_do_not_agree_keeps_both() -> None:
    # 1:30 Swahili time is 7:30 am, not 6:30: the pair disagrees, so the first time is judged and is held nowhere
    wrong = SAFARI_ANSWER.replace("saa 12:30 asubuhi", "saa 1:30 asubuhi")
    assert fresh_verdicts(wrong, SAFARI, SAFARI_ASKED) == ["absent"]
    assert foreign_figures.plain_figures("saa 1:30 asubuhi (6.30 am)") == "saa 1:30 asubuhi (6.30 am)"


def test_a_six_hour_gap_without_the_swahili_clock_word_keeps_both_times() -> None:
    assert foreign_figures.plain_figures("um 12:30 Uhr (6.30 pm)") == "um 12:30 Uhr (6.30 pm)"
    assert foreign_figures.plain_figures("a las 18:30 (6.30 pm)") == "a las (6.30 pm)"
    assert foreign_figures.plain_figures("12:30 (12.30 pm)") == "(12.30 pm)"


def test_bracketed_clocks_switched_off_give_the_old_verdict() -> None:
    with fresh_scores(), patch.object(foreign_figures, "READ_BRACKETED_CLOCKS", False):
        assert fresh_verdicts(SAFARI_ANSWER, SAFARI, SAFARI_ASKED) == ["absent"]


SHARE_ANSWER = ("Grüezi! Ein Teilzeit-Sharing mit 3 festen Tagen kostet CHF 2'990.– im Monat, Sozialabgaben "
                "inbegriffen. Die beiden Familien teilen das hälftig, also CHF 1'495.– pro Familie.")


def test_a_german_half_halves_the_amount_as_the_english_word_does() -> None:
    assert fresh_verdicts(SHARE_ANSWER, SHARE, SHARE_ASKED) == ["supported", "supported"]


def test_a_wrong_half_stays_flagged() -> None:
    wrong = SHARE_ANSWER.replace("1'495", "1'595")
    assert fresh_verdicts(wrong, SHARE, SHARE_ASKED) == ["supported", "absent"]


def test_foreign_halves_switched_off_give_the_old_verdict() -> None:
    with fresh_scores(), patch.object(foreign_figures, "READ_FOREIGN_HALVES", False):
        assert fresh_verdicts(SHARE_ANSWER, SHARE, SHARE_ASKED) == ["supported", "absent"]


HOURS_ANSWER = "Dzień dobry! W soboty i niedziele jesteśmy otwarci od 9:00 do 20:00."


def test_polish_do_in_an_accented_sentence_is_not_english() -> None:
    assert is_foreign("W soboty i niedziele jesteśmy otwarci od 9:00 do 20:00")
    assert fresh_verdicts(HOURS_ANSWER, HOURS, HOURS_ASKED) == ["supported"]


def test_a_changed_polish_hour_stays_flagged() -> None:
    assert fresh_verdicts(HOURS_ANSWER.replace("do 20:00", "do 21:00"), HOURS, HOURS_ASKED) == ["absent"]


def test_do_in_an_english_sentence_stays_english() -> None:
    assert not is_foreign("We do open the Café at 9:00 on Saturdays and Sundays")
    assert not is_foreign("Please do bring the form to the front desk")


def test_dutch_and_filipino_function_words_are_read() -> None:
    assert is_foreign("Ja, je bent welkom zonder afspraak als er een repareerder vrij is")
    assert is_foreign("Ang Monthly plan ng hot-and-cold floor dispenser ay ₱1,350.00 kada buwan")
    assert not is_foreign("Yes, you are welcome without an appointment if a repairer is free")


def test_language_words_switched_off_give_the_old_verdict() -> None:
    with fresh_scores(), patch.object(language, "READ_LANG56_WORDS", False):
        assert not is_foreign("W soboty i niedziele jesteśmy otwarci od 9:00 do 20:00")
        assert not is_foreign("Ja, je bent welkom zonder afspraak als er een repareerder vrij is")
        assert fresh_verdicts(HOURS_ANSWER, HOURS, HOURS_ASKED) == ["unsupported"]


def test_greetings_and_closings_of_other_languages_are_no_claims() -> None:
    for courtesy in ("Magandang araw po", "Freundliche Grüsse", "Mit freundlichen Grüßen", "Bore da, and croeso",
                     "Xin chào and welcome", "Ahlan wa sahlan", "Khob khun ka", "Asante sana!", "नमस्ते"):
        assert is_foreign_greeting(courtesy), courtesy


def test_an_answer_closing_with_a_foreign_formula_is_judged_on_its_facts() -> None:
    answer = "Magandang araw po. The monthly plan is ₱1,350.00, with a sanitation visit every 3 months."
    with fresh_scores(claims.read_answer):
        report = score_answer(answer, PLAN, query="How much is the monthly plan?")
    assert [s.claim for s in report.support] == [
        "The monthly plan is ₱1,350.00, with a sanitation visit every 3 months"]


def test_a_greeting_with_a_name_a_figure_or_an_english_courtesy_alone_is_no_match() -> None:
    for sentence in ("Welcome to Solsikken", "Karibu Arusha", "Merci for booking", "Danke, Frau Müller",
                     "Gracias, the price is 20 EUR", "Thank you", "Welcome aboard", "Salut les amis"):
        assert not is_foreign_greeting(sentence), sentence


def test_foreign_greetings_switched_off_give_the_old_claims() -> None:
    answer = "Magandang araw po. The monthly plan is ₱1,350.00, with a sanitation visit every 3 months."
    with fresh_scores(claims.read_answer), patch.object(foreign_greetings, "READ_FOREIGN_GREETINGS", False):
        report = score_answer(answer, PLAN, query="How much is the monthly plan?")
        assert not is_foreign_greeting("Magandang araw po")
    assert "Magandang araw po" in [s.claim for s in report.support]


def test_a_danda_ends_a_sentence_so_each_is_judged_alone() -> None:
    with fresh_scores(claims.read_answer, split.sentences_of):
        report = score_answer(TREK_ANSWER.replace("६:०० बजे", "७:०० बजे"), TREK, query=TREK_ASKED)
    verdicts = [s.verdict for s in report.support]
    assert len(verdicts) == 2
    assert verdicts[0] == "supported"  # the 4 days are held
    assert verdicts[1] != "supported"  # 7:00 is not


def test_a_danda_switched_off_leaves_one_sentence() -> None:
    with fresh_scores(claims.read_answer, split.sentences_of), patch.object(split, "READ_DANDA_ENDS", False):
        report = score_answer(TREK_ANSWER, TREK, query=TREK_ASKED)
        assert len(report.support) == 1
    assert split.sentences_of("Open daily. Closed on 25 December.") == ("Open daily.", "Closed on 25 December.")
