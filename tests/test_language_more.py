"""Which language a claim is in, for answers in Dutch, Afrikaans, Polish and the Nordic languages, and for terse
English lines whose only non-ASCII characters are currency signs (:mod:`llmops_kit.text.language`).

A claim in another language is judged on its hard facts alone; an English claim read as foreign would lose every
word check, so each reading has an English control.
"""

from __future__ import annotations

import pytest

from llmops_kit.text.language import answer_is_foreign, is_foreign


@pytest.mark.parametrize("claim", [
    "Vanuit het buitenland belt u ons nummer; we zijn bereikbaar van maandag tot vrijdag",  # Dutch "we"
    "Voor een fiets houden we £150 vast op uw kaart tot de fiets is teruggebracht",
    "Sonpanele kos R30 per paneel; ons gebruik suiwer water, sonder seep",  # Afrikaans, ASCII only
    "Hunden er velkomne, men de må ikke være i soverommene",  # Norwegian
    "Vi skickar beställningen inom tre dagar och den är gratis",  # Swedish
])
def test_a_claim_in_another_language_is_foreign(claim: str) -> None:
    assert is_foreign(claim)


def test_a_polish_answer_is_foreign_with_its_to() -> None:
    """Polish "to" ("15 minut to 20 £") is no English vote; the answer's accented letters say Polish."""
    assert answer_is_foreign(["W niedzielę wezwanie kosztuje 110 £ i obejmuje pierwsze 30 minut pracy",
                              "Każde dodatkowe 15 minut to 20 £"])


@pytest.mark.parametrize("claim", [
    "We will send it to you within 5 days of the order",  # "we" and "to" among English words
    "€ 1,00 to unlock plus € 0,29 per minute",  # a currency sign is no accented letter
    "£50.75 deposit paid, £152.25 left to pay",
    "Lurcher £29 + terrier sharing £18 = £47 per night",
    "Opening hours: Monday to Friday, 9am to 5pm, closed on bank holidays",
])
def test_english_claims_stay_english(claim: str) -> None:
    """Controls: these keep every word check."""
    assert not is_foreign(claim)
