"""The optional LLM judge: a :class:`~llmops_kit.quality.Scorer` that asks a model to grade an answer.

It goes through the ``openai`` SDK client the caller builds, so it runs only where a key is present;
the offline :class:`~llmops_kit.quality.HeuristicScorer` stays the default everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .contract import Contract, load_contract
from .quality import QualityReport, missing_evidence
from .traces import Document

__all__ = ["LLMJudgeScorer"]

_JUDGE_SYSTEM = (
    "You grade a support bot's answer against the context it was given. Reply with one JSON object: "
    '{"groundedness": number 0-1, "unsupported_sentences": [answer sentences not supported by the context], '
    '"violations": [broken rules]}. Rules: banned phrases %s; citations like %s when the instructions ask for '
    "them; a refusal is expected when the context does not answer the question."
)


class LLMJudgeScorer:
    """Ask a model to grade the answer, through the ``openai`` SDK client the caller passes in.

    Never the default: it costs money and needs a key. A failed call or an unreadable reply gives a
    not-evaluable report with the reason, so one judge hiccup never stops a bulk run.
    """

    name = "llm-judge"

    def __init__(
        self, client: Any, *, model: str = "gpt-4o-mini", contract: Contract | None = None,
        violation_penalty: float = 0.35,
    ) -> None:
        self.client = client
        self.model = model
        self.contract = contract or load_contract()
        self.violation_penalty = violation_penalty

    def score(
        self,
        answer: str | None,
        documents: Sequence[Document] | None,
        *,
        query: str | None = None,
        instructions: str | None = None,
    ) -> QualityReport:
        missing = missing_evidence(answer, documents)
        if missing is not None or answer is None or documents is None:
            return QualityReport(evaluable=False, reason=missing or "", scorer=self.name)
        import openai  # local: only this scorer needs the SDK

        rules = self.contract.quality
        context = "\n\n".join(f"[{d.id}] {d.content or ''}" for d in documents) or "(no documents retrieved)"
        user = (
            f"Instructions the bot received:\n{instructions or '(not recorded)'}"
            f"\n\nQuestion:\n{query or '(not recorded)'}"
            f"\n\nContext:\n{context}\n\nAnswer to grade:\n{answer}"
        )
        try:
            response = self.client.chat.completions.create(
                model=self.model,
                temperature=0,
                response_format={"type": "json_object"},
                messages=[
                    {"role": "system", "content": _JUDGE_SYSTEM % (rules.banned_phrases, rules.citation_pattern)},
                    {"role": "user", "content": user},
                ],
            )
            payload = json.loads(response.choices[0].message.content or "")
            groundedness = float(payload["groundedness"])
            unsupported = [str(s) for s in payload.get("unsupported_sentences", [])]
            violations = [str(v) for v in payload.get("violations", [])]
        except openai.OpenAIError as exc:
            return QualityReport(
                evaluable=False, reason=f"the judge call failed ({type(exc).__name__}): {exc}", scorer=self.name
            )
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            return QualityReport(
                evaluable=False, reason=f"the judge replied with something other than the JSON asked for: {exc}",
                scorer=self.name,
            )
        groundedness = min(1.0, max(0.0, groundedness))
        score = groundedness * (1 - self.violation_penalty) ** len(violations)
        return QualityReport(
            score=round(score, 4),
            groundedness=round(groundedness, 4),
            unsupported_sentences=unsupported,
            violations=violations,
            reason=f"graded by {self.model}",
            scorer=self.name,
        )
