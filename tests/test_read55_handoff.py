"""A hand-off to the phone number the system prompt gives, written in two digit groups
(:data:`llmops_kit.two_group_phones.READ_TWO_GROUP_PHONES`, the ``handoff55`` round). "For anything else, call
2744 9182" against a prompt's "point to the studio: 2744 9182" was read as no contact (the digit-group reader wants
three groups or a "+"), so its two words were judged as a statement no source makes. Controls: a changed digit, the
groups swapped, two published numbers spliced, a number no source gives, a promise beside the contact, and the
switch off giving the old verdict."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import two_group_phones
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

STUDIO = [Document(id="PT-02", content="Wheel-throwing taster: 2 hours, HK$480 a person, clay and glazes included. "
                                        "Pieces are fired and ready to collect 3 weeks later.")]
STUDIO_PROMPT = ("Answer from the articles provided, nothing else. If they don't cover a question, say so and point "
                 "to the studio: 2744 9182 (+852 2744 9182 from outside Hong Kong), Tue-Sun 11am-8pm, or "
                 "hello@kilnroom.hk.")
STUDIO_ASKED = "Do you sell kilns?"
STUDIO_DECLINE = "We don't sell kilns. "

YARD = [Document(id="YD/03", content="Full livery is £165 a week and includes hay, bedding and turnout. "
                                     "Part livery is £95 a week.")]
YARD_PROMPT = ("If the articles don't cover something, say so and point people to the yard office: 01437 552910, "
               "Mon-Sat 8am-5pm, or the lessons desk: 01437 552933.")
YARD_ASKED = "Can you recommend a farrier?"
YARD_DECLINE = "I can't recommend farriers. "

ABROAD_PROMPT = ("If the articles don't cover something, say so and point people to the yard office on "
                 "+44 1437 552910, Mon-Sat 8am-5pm.")


def _handoff(closing: str, docs: list[Document], asked: str, prompt: str, decline: str) -> str:
    """The verdict on the closing hand-off of a decline (the decline itself is a separate claim)."""
    verdicts = fresh_verdicts(decline + closing, docs, asked, instructions=prompt)
    return verdicts[-1]


def test_a_two_group_number_the_prompt_gives_twice_is_a_published_contact() -> None:
    assert _handoff("For anything else, call 2744 9182.", STUDIO, STUDIO_ASKED, STUDIO_PROMPT,
                    STUDIO_DECLINE) == "supported"


def test_a_two_group_number_the_prompt_gives_once_in_two_groups_is_a_published_contact() -> None:
    assert _handoff("For anything else, ring 01437 552910.", YARD, YARD_ASKED, YARD_PROMPT,
                    YARD_DECLINE) == "supported"
    assert _handoff("For anything else, ring 01437-552910.", YARD, YARD_ASKED, YARD_PROMPT,
                    YARD_DECLINE) == "supported"


def test_the_national_form_of_an_international_number_is_a_published_contact() -> None:
    assert _handoff("For anything else, ring 01437 552910.", YARD, YARD_ASKED, ABROAD_PROMPT,
                    YARD_DECLINE) == "supported"


def test_switch_off_the_two_group_hand_off_is_unsupported_as_before() -> None:
    with fresh_scores(), patch.object(two_group_phones, "READ_TWO_GROUP_PHONES", False):
        assert _handoff("For anything else, call 2744 9182.", STUDIO, STUDIO_ASKED, STUDIO_PROMPT,
                        STUDIO_DECLINE) != "supported"
        assert _handoff("For anything else, ring 01437 552910.", YARD, YARD_ASKED, YARD_PROMPT,
                        YARD_DECLINE) != "supported"


def test_control_a_changed_digit_stays_caught() -> None:
    assert _handoff("For anything else, call 2744 9183.", STUDIO, STUDIO_ASKED, STUDIO_PROMPT,
                    STUDIO_DECLINE) != "supported"
    assert _handoff("For anything else, ring 01437 552911.", YARD, YARD_ASKED, YARD_PROMPT,
                    YARD_DECLINE) != "supported"


def test_control_the_groups_swapped_stay_caught() -> None:
    # each group is a figure the prompt states, so only the number read whole can tell
    assert _handoff("For anything else, call 9182 2744.", STUDIO, STUDIO_ASKED, STUDIO_PROMPT,
                    STUDIO_DECLINE) != "supported"


def test_control_two_published_numbers_spliced_stay_caught() -> None:
    assert _handoff("For anything else, ring 01437 552933.", YARD, YARD_ASKED, YARD_PROMPT,
                    YARD_DECLINE) == "supported"  # the lessons desk, as given
    assert _handoff("For anything else, ring 01437 552910.", YARD, YARD_ASKED, YARD_PROMPT,
                    YARD_DECLINE) == "supported"  # the yard office, as given
    assert _handoff("For anything else, ring 552910 552933.", YARD, YARD_ASKED, YARD_PROMPT,
                    YARD_DECLINE) != "supported"  # the two local numbers run together
    spliced = "If the articles don't cover something, point people to 3310 5567 or 2744 9182."
    assert _handoff("For anything else, call 3310 9182.", STUDIO, STUDIO_ASKED, spliced,
                    STUDIO_DECLINE) != "supported"


def test_control_a_number_no_source_gives_stays_caught() -> None:
    no_phone = "Answer from the articles provided. If they don't cover a question, say so."
    assert _handoff("For anything else, call 2744 9182.", STUDIO, STUDIO_ASKED, no_phone,
                    STUDIO_DECLINE) != "supported"


def test_control_a_promise_beside_the_published_number_stays_caught() -> None:
    assert _handoff("Call 2744 9182 and we will fire your own pieces for free.", STUDIO, STUDIO_ASKED,
                    STUDIO_PROMPT, STUDIO_DECLINE) != "supported"
