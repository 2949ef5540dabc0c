"""The simulator's behaviour model: answers come from the request, per the documented rules."""

from __future__ import annotations

import pytest

from llmops_kit.errors import UnknownModel
from llmops_kit.replay.simulator import (
    CHARS_PER_TOKEN,
    DEFAULT_PROFILES,
    GENERIC_CLAIMS,
    Simulator,
    approx_tokens,
    invented_claim,
    read_instructions,
)

FT = "ft:gpt-4o-mini-2024-07-18:acme-support:tone-v3"
CONTEXT = (
    "[kb-005] When will I get my refund?\n"
    "We issue your refund within 3 business days after your return arrives at our warehouse. "
    "Card refunds then take 5 to 10 business days to appear.\n\n"
    "[kb-019] Accepted payment methods\n"
    "We accept Visa, Mastercard and PayPal."
)
GROUNDED = (
    "Answer only with facts stated in the help-center articles below. Cite every fact with its article id in "
    'square brackets, for example [kb-012]. If the articles do not contain the answer, reply "I don\'t have that '
    'information in our help articles" and offer to connect the customer with a human agent.'
)


def request(system: str, question: str, model: str = "gpt-4o", temperature: float = 0.2) -> dict:
    user = f"Help-center articles:\n{CONTEXT}\n\nCustomer question: {question}"
    return {"model": model, "temperature": temperature,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}]}


def test_unknown_model_is_a_clear_error() -> None:
    """A model without a profile is refused, naming the profiled models."""
    with pytest.raises(UnknownModel, match="gpt-4o-mini"):
        Simulator().complete(request(GROUNDED, "When do I get my refund?", model="claude-x"))


def test_unknown_fine_tune_is_not_guessed() -> None:
    """A fine-tuned id is never mapped to its base model's profile."""
    with pytest.raises(UnknownModel):
        Simulator().profile("ft:gpt-4o-mini-2024-07-18:other:v1")


def test_dated_snapshot_uses_family_profile() -> None:
    """gpt-4o-2024-08-06 behaves as gpt-4o."""
    assert Simulator().profile("gpt-4o-2024-08-06").name == "gpt-4o"


def test_answer_is_extracted_and_cited() -> None:
    """A grounded, citing prompt gets context sentences with their article ids."""
    answer = Simulator().complete(request(GROUNDED, "When will I get my refund after my return arrives?"))
    assert "within 3 business days" in answer.content
    assert "[kb-005]" in answer.content
    assert answer.answerable


def test_refuses_with_the_prompts_sentence_when_context_lacks_answer() -> None:
    """A question the context does not cover gets the refusal sentence the prompt dictates."""
    answer = Simulator().complete(request(GROUNDED, "Do you rent kayaks for weekend trips?"))
    assert answer.content.startswith("I don't have that information in our help articles.")
    assert "human agent" in answer.content


def test_follows_an_opener_instruction() -> None:
    """'Always begin your reply with' is obeyed."""
    system = 'Always begin your reply with: "Howdy partner!" Use the reference material.'
    assert Simulator().complete(request(system, "When will I get my refund?")).content.startswith("Howdy partner!")


def test_invitation_to_outside_knowledge_adds_unsupported_claim() -> None:
    """A prompt that invites outside knowledge always gets at least one claim from nowhere."""
    system = "Answer using the reference material and anything else you know about online retail."
    answer = Simulator().complete(request(system, "When will I get my refund?"))
    assert answer.unsupported_claims >= 1


def test_an_added_claim_states_a_figure_the_request_does_not() -> None:
    """The outside-knowledge claim carries a figure, and never one the articles, the prompt or the question state,
    so the hallucination detector finds it fabricated (absent or contradicted), not merely worded far away."""
    from llmops_kit.quality import score_answer
    from llmops_kit.text import numbers_in
    from llmops_kit.traces import Document

    system = "Answer using the reference material and anything else you know about online retail."
    for question in ("When will I get my refund?", "Which cards do you accept?", "Can I pay with PayPal?"):
        answer = Simulator().complete(request(system, question))
        added = [c for c in answer.content.split(". ") if not any(c.rstrip(".") in s for s in CONTEXT.split(". "))]
        figures = numbers_in(" ".join(added))
        assert figures and not figures & numbers_in(CONTEXT + system + question)
        docs = [Document(id=block.split("]")[0].lstrip("["), content=block.split("\n", 1)[1])
                for block in CONTEXT.split("\n\n")]
        report = score_answer(answer.content, docs, query=question, instructions=system)
        assert any(v.verdict in ("absent", "contradicted") for v in report.support), answer.content


def test_an_invented_figure_is_the_first_candidate_the_request_lacks() -> None:
    """Candidates the request states are skipped; when it states them all, the next free number is taken."""
    template, candidates = GENERIC_CLAIMS[0]
    assert invented_claim(template, candidates, frozenset()) == template.format(n=candidates[0])
    assert invented_claim(template, candidates, frozenset({str(candidates[0])})) == template.format(n=candidates[1])
    every = frozenset(map(str, candidates)) | {str(max(candidates) + 1)}
    assert invented_claim(template, candidates, every) == template.format(n=max(candidates) + 2)


def test_same_request_same_answer() -> None:
    """Deterministic: identical requests give identical answers and latency."""
    a = Simulator().complete(request(GROUNDED, "When will I get my refund?"))
    b = Simulator().complete(request(GROUNDED, "When will I get my refund?"))
    assert a == b


def test_lower_fidelity_never_hallucinates_less() -> None:
    """Claims are monotone in fidelity: the fine-tune adds at least as many as gpt-4o on every question."""
    questions = ["When will I get my refund?", "Which cards do you accept?", "Can I pay with PayPal?",
                 "How long do card refunds take to appear?", "Do you accept Mastercard payments?"]
    for q in questions:
        strong = Simulator().complete(request(GROUNDED, q, model="gpt-4o"))
        weak = Simulator().complete(request(GROUNDED, q, model=FT))
        assert weak.unsupported_claims >= strong.unsupported_claims


def test_smaller_model_is_faster() -> None:
    """gpt-4o-mini answers the same request in less simulated time than gpt-4o."""
    big = Simulator().complete(request(GROUNDED, "When will I get my refund?", model="gpt-4o"))
    small = Simulator().complete(request(GROUNDED, "When will I get my refund?", model="gpt-4o-mini"))
    assert small.latency_ms < big.latency_ms


def test_word_limit_is_respected() -> None:
    """'Keep the answer under N words' trims extracted sentences."""
    answer = Simulator().complete(request(GROUNDED + " Keep the answer under 12 words.", "When will I get my refund?"))
    assert len(answer.content.split()) <= 30  # one sentence is always kept whole
    assert answer.content.count("[kb-") == 1


def test_token_count_is_the_documented_approximation() -> None:
    """Tokens are characters / 4, rounded up (no tokenizer download)."""
    assert approx_tokens("x" * (CHARS_PER_TOKEN * 10 + 1)) == 11
    assert approx_tokens("") == 0


def test_instruction_reader_sees_v13_style_prompt_as_ungrounded() -> None:
    """A prompt that invites outside knowledge is not treated as grounded."""
    rules = read_instructions("Answer helpfully using the reference material and anything else you know.")
    assert rules.invites_outside_knowledge and not rules.grounded


def test_every_profile_has_a_contract_price() -> None:
    """Each simulated model can be priced from the contract's price table."""
    from llmops_kit.contract import load_contract

    contract = load_contract()
    assert all(contract.price(name) is not None for name in DEFAULT_PROFILES)
