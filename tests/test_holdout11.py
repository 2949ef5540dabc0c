"""Checks only the generators of the eleventh to fourteenth held-out sets make (tests/data/holdout11 to holdout14;
no detector is scored here). The twelfth to fourteenth sets' content modules follow the eleventh's recipe
interface, so the same checks run over all four.

The structure checks shared with the other sets (loading, labels, domains, strengths, exports, verdict keys,
regeneration, refused labels) are in tests/test_holdout_structure.py. These check the content each author wrote:
the HALLUCINATION strengths each domain contributes, the weekdays of the tool-grounded answers, and the trap ids.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import make_holdout11  # noqa: E402  (the generators live in tools/, not in the package)
import make_holdout12  # noqa: E402
import make_holdout13  # noqa: E402
import make_holdout14  # noqa: E402

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.fixture(scope="module", params=[make_holdout11, make_holdout12, make_holdout13, make_holdout14],
                ids=["holdout11", "holdout12", "holdout13", "holdout14"])
def generator(request: pytest.FixtureRequest) -> ModuleType:
    return request.param


@pytest.fixture(scope="module")
def rows(generator: ModuleType) -> list[tuple]:
    return generator.generate()


def test_every_domain_gives_each_hallucination_strength_at_least_twice(generator: ModuleType,
                                                                       rows: list[tuple]) -> None:
    """The set's ten-per-strength floor does not rest on one domain: each of the five gives every strength twice."""
    counts = Counter((row[4], row[2]) for row in rows if "HALLUCINATION" in row[1])
    for domain in generator.DOMAINS:
        for strength in generator.STRENGTHS:
            assert counts[(domain.DOMAIN, strength)] >= 2, (domain.DOMAIN, strength)


def test_tool_grounded_weekdays_match_the_record_dates(generator: ModuleType) -> None:
    """A lookup answer that names a weekday names the one of the date its tool record holds."""
    for domain in generator.DOMAINS:
        record = domain.LOOKUP.output
        day = next(v for k, v in record.items() if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v))
        weekday = WEEKDAYS[date.fromisoformat(day).weekday()]
        for text in (domain.LOOKUP.answer, domain.LOOKUP.tool_only):
            assert weekday in text and not any(w in text for w in WEEKDAYS if w != weekday), domain.DOMAIN


def _luhn(digits: str) -> bool:
    total = 0
    for n, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if n % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_each_domain_has_a_hex_payment_id_trap_with_a_luhn_valid_run(generator: ModuleType) -> None:
    """The payment-id trap of each domain is 32 hex digits holding a 16-digit run that passes the Luhn check."""
    for domain in generator.DOMAINS:
        ids = [m for question, *_ in domain.TRAPS for m in re.findall(r"\b[0-9a-f]{32}\b", question)]
        assert len(ids) == 1, domain.DOMAIN
        runs = [ids[0][i:i + 16] for i in range(17) if ids[0][i:i + 16].isdigit()]
        assert any(_luhn(run) for run in runs), domain.DOMAIN


def test_planted_values_never_reach_a_healthy_trace(rows: list[tuple]) -> None:
    """No personal value of any domain's PII_LEAK cases appears anywhere in a healthy trace of the set."""
    planted = {value for row in rows for value in row[6]}
    healthy = [str(row[0]) for row in rows if not row[1]]
    assert planted and not [v for v in planted for text in healthy if v in text]
