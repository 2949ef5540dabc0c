"""An ordinal changed in a clause that restates an evidence sentence (:data:`llmops_kit.changed_figures.
READ_CHANGED_ORDINALS`, the ``ordinal56`` round): "a replacement comes from the third day" against "we send a
replacement from the second day". The ordinal's ending ("rd", "nd") was a word of the figure's frame, so two
different ordinals never agreed on the token after the figure and the changed one passed. The right ordinal beside
another one in the same sentence, "first come, first served", "the first 2 hours free" and an ordinal no sentence
frames stay as they were; with the switch off the old verdict comes back."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import changed_figures
from llmops_kit.changed_figures import changed_figure
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

ASKED = "What happens if the nanny is ill?"
ILLNESS = "If the nanny is ill, we send a replacement from the second day; the first day is not covered."
#: The article's other figures: the changed ordinal's figure (3, 4) stated elsewhere, as a round-up's sources do,
#: so the hard-fact step finds it and only the frame can tell it was moved.
OTHERS = "The nanny has 4 weeks' holiday. Either family can end the share with 3 months' notice."


def _docs(text: str = f"{ILLNESS} {OTHERS}") -> list[Document]:
    return [Document(id="NS-B2", content=text)]


@pytest.mark.parametrize("answer", [
    "If she is ill, a replacement comes from the third day.",
    "If she is ill, a replacement comes from the 3rd day.",
    "If she is ill, a replacement comes from the fourth day.",
])
def test_a_changed_ordinal_is_contradicted(answer: str) -> None:
    assert _verdicts(answer, _docs(), ASKED) == ["contradicted"]


def test_the_reading_names_the_sentence_and_the_figure() -> None:
    found = changed_figure("If she is ill, a replacement comes from the third day", documents_evidence(_docs()))
    assert found == ("document NS-B2", ILLNESS, "3")


@pytest.mark.parametrize(("answer", "article"), [
    # the right ordinal, beside another ordinal of the same noun in the sentence
    ("If she is ill, a replacement comes from the second day.", ILLNESS),
    ("If she is ill, a replacement comes from the 2nd day.", ILLNESS),
    # the other ordinal of the sentence, restated as it stands
    ("If the nanny is ill, the first day is not covered.", ILLNESS),
    # ordinals that are no changed figure
    ("Tickets are first come, first served.", "Tickets for the open day are first come, first served."),
    ("The first 2 hours are free.", "The first 2 hours of parking are free, then 1,50 € an hour."),
])
def test_the_right_ordinal_stays_supported(answer: str, article: str) -> None:
    assert _verdicts(answer, _docs(article), ASKED) == ["supported"]


def test_an_ordinal_of_another_noun_is_no_rival() -> None:
    """The frame must agree past the ending: "the 3rd floor" is no restatement of "from the 2nd day"."""
    found = changed_figure("The studio is on the 3rd floor", documents_evidence(_docs()))
    assert found is None


def test_switched_off_the_changed_ordinal_passes() -> None:
    answer = "If she is ill, a replacement comes from the third day."
    with fresh_scores(), patch.object(changed_figures, "READ_CHANGED_ORDINALS", False):
        assert _verdicts(answer, _docs(), ASKED) == ["supported"]
        assert changed_figure(answer, documents_evidence(_docs())) is None
    assert _verdicts(answer, _docs(), ASKED) == ["contradicted"]
