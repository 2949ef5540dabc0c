"""What a figure is said of, in the moved-figure reading (:func:`llmops_kit.grounding_context.misplaced_figure`).

Three readings of the clause a figure sits in, each with a control where the figure really is moved:

- a clause naming nothing ("... and is €1,085 a week in high season") is said of the subject its sentence names;
- words the clause denies ("A$420 (no joining fee)") or a difference is measured from ("£10 less than the full
  groom") are not what the figure is said of;
- an evidence clause stating a figure the claim's clause states too (a written-out sum's "A$150 joining fee")
  belongs to that figure, not to the sum's other figures.
"""

from __future__ import annotations

import pytest

from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.grounding_context import misplaced_figure


def evidence(*texts: str) -> Evidence:
    return Evidence([EvidenceSource(f"document {i}", text) for i, text in enumerate(texts)], r"\[x\]")


COTTAGES = evidence("Fuchsia Cottage sleeps 4 and costs €640 a week in high season. The Harbour Loft sleeps 2 "
                    "for €495 a week. Glebe House sleeps 8 for €1,085 a week.")
MEMBERSHIP = evidence("Full membership is A$1,150 a year, Crew membership A$420 a year and Junior membership "
                      "A$260 a year. A one-off joining fee of A$150 applies to Full membership only.")
GROOMING = evidence("Small dogs up to 10 kg: £38. Medium dogs 10 to 25 kg: £52. Large dogs over 25 kg: £68. "
                    "A bath and brush without a clip is £10 less than the full groom for the same size.")


@pytest.mark.parametrize("claim", [
    "Glebe House sleeps 8 and is €1,085 a week in high season.",
    "Yes, the Harbour Loft sleeps 2 and is €495 a week in high season.",
])
def test_a_clause_naming_nothing_is_said_of_its_sentences_subject(claim: str) -> None:
    """The high-season words of another cottage's sentence do not move a price held for the named cottage."""
    assert misplaced_figure(claim, COTTAGES) is None


def test_a_clause_naming_its_own_subject_is_still_compared() -> None:
    """Control: Fuchsia Cottage at Glebe House's price is moved, named in the clause itself."""
    found = misplaced_figure("Fuchsia Cottage is €1,085 a week in high season.", COTTAGES)
    assert found is not None and found[1].startswith("Fuchsia Cottage") and found[2] == "1085 €"


def test_a_denied_subject_is_not_what_the_figure_is_said_of() -> None:
    """"A$420 (no joining fee)" is not a joining fee of A$420; "A$420 joining fee" is (control)."""
    assert misplaced_figure("Crew: A$420 (no joining fee).", MEMBERSHIP) is None
    found = misplaced_figure("Crew: A$420 joining fee.", MEMBERSHIP)
    assert found is not None and "joining fee of A$150" in found[1]


def test_a_written_out_sums_other_figure_keeps_its_own_clause() -> None:
    """The joining-fee clause belongs to the sum's A$150; a lone A$1,150 joining fee is moved (control)."""
    assert misplaced_figure("Full: A$1,150 + A$150 joining fee = A$1,300.", MEMBERSHIP) is None
    found = misplaced_figure("Full: a A$1,150 joining fee.", MEMBERSHIP)
    assert found is not None and "joining fee of A$150" in found[1]


def test_the_base_of_a_difference_is_not_what_its_figure_is_said_of() -> None:
    """"£10 less than the full groom" does not price the full groom; the words before "than" still do (control)."""
    assert misplaced_figure("At 14 kg she is a medium dog, so a full groom is £52.", GROOMING) is None
    nails = evidence("Medium dogs 10 to 25 kg: £52. Nail trims cost £10 less than the full groom for the same size.")
    found = misplaced_figure("Nail trims cost £52.", nails)
    assert found is not None and found[1].startswith("Nail trims")


DISPATCH = evidence("Orders placed before 16:00 on a working day are dispatched the same day by PostNL.",
                    "Our pharmacists answer the phone Mon-Fri 08:30-17:00 on 030 760 2291.")


def test_a_time_held_only_by_another_subject_is_moved() -> None:
    """"before 17:00" of same-day dispatch, a time held only by the phone line's hours, is read as moved; the
    dispatch time itself, and the phone hours said of the phone, are in place (controls)."""
    found = misplaced_figure("Orders placed before 17:00 on a working day go out the same day with PostNL.", DISPATCH)
    assert found is not None and found[1].startswith("Orders placed before 16:00") and found[2] == "17:00 clock"
    assert misplaced_figure("Orders placed before 16:00 on a working day go out the same day.", DISPATCH) is None
    assert misplaced_figure("The pharmacists answer the phone until 17:00 on weekdays.", DISPATCH) is None
