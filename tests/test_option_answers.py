"""A question offering two options answered with the wrong one: birth order and whose property it is."""

from __future__ import annotations

from llmops_kit.option_answers import option_clash, options_in
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

PEOPLE = ("Ada Quill (born 3 May 1950) is an English poet.Bram Okoro (born June 2, 1981) is a Nigerian "
          "architect.")
COLLEGES = ("Harlow College is a private research university located in the village of Elm Ridge, Vermont. "
            "Dunmore University is a public university in Portside, Oregon.")


def test_options_are_read_as_the_evidence_names_them() -> None:
    """"..., Vermont Harlow College or Dunmore University?" offers the two names the evidence uses."""
    question = "Which university is located in Elm Ridge, Vermont Harlow College or Dunmore University?"
    assert options_in(question, COLLEGES) == ("Harlow College", "Dunmore University")
    assert options_in("Can I pay by card or cash?", COLLEGES) is None


def test_the_younger_person_named_as_older_is_contradicted() -> None:
    """Birth years after each name decide "who is older"; the right pick and a bare name pass (controls)."""
    question = "Who is older, Ada Quill or Bram Okoro?"
    assert option_clash("Bram Okoro is the older one.", question, [PEOPLE]) is not None
    assert option_clash("Ada Quill is the older one.", question, [PEOPLE]) is None
    assert option_clash("Bram Okoro is younger than Ada Quill.", question, [PEOPLE]) is None


def test_the_other_options_property_is_contradicted() -> None:
    """"Dunmore University is located in Elm Ridge" gives Dunmore what the evidence says of Harlow."""
    question = "Which university is located in Elm Ridge, Vermont Harlow College or Dunmore University?"
    docs = [Document(id="knowledge", content=COLLEGES)]
    [verdict] = score_answer("Dunmore University is located in Elm Ridge, Vermont.", docs, query=question).support
    assert verdict.verdict == "contradicted" and "Harlow" in (verdict.evidence or "")
    [control] = score_answer("Harlow College is located in Elm Ridge, Vermont.", docs, query=question).support
    assert control.verdict == "supported"


def test_unclear_birth_years_decide_nothing() -> None:
    """A glued date ("26 September 188926 May 1976") gives no year: no verdict rather than a wrong one."""
    evidence = ["Carl Vance ( ; 26 September 188926 May 1976) was a philosopher.Dana Wirth (born 1947) is a writer."]
    assert option_clash("Dana Wirth was born first.", "Who was born first, Carl Vance or Dana Wirth?", evidence) is None
