"""The label checks the holdout generators share: run ``make_holdout5._check_one`` over a set's rows.

make_holdout6 wrote this loop for itself; it lives here so that every later set refuses its labels the same way
(given its own published contacts) instead of keeping another copy. ``published_contacts`` is the lookup of those
contacts that make_holdout6, 7 and 8 each wrote as the same function.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from holdout2_build import total_tokens
from make_holdout5 import _check_one


def check_rows(rows: Sequence[tuple[Any, ...]], contract_path: Path, contacts: Callable[[str], Sequence[str]],
               name: str) -> float:
    """Refuse (SystemExit) a set whose labels disagree with its traces; returns the baseline tokens per request
    (the larger of the contract's normal request and the set's healthy median)."""
    contract = json.loads(contract_path.read_text(encoding="utf-8"))
    median = statistics.median(total_tokens(t) for t, codes, *_ in rows if not codes)
    baseline = max(contract["budget"]["normal_tokens_per_request"], median)
    problems = [p for trace, codes, strength, _var, domain, frags, planted in rows
                for p in _check_one(trace, codes, strength, domain, frags, planted, contract, baseline, contacts)]
    if problems:
        raise SystemExit(f"{name} labels disagree with the traces:\n  " + "\n  ".join(problems))
    return baseline


def published_contacts(domains: Iterable[Any]) -> Callable[[str], tuple[str, ...]]:
    """The lookup ``check_rows`` needs: a domain name to that domain module's published contacts (``CONTACTS``),
    which are not personal data wherever they appear in a trace."""
    table = {d.DOMAIN: tuple(d.CONTACTS) for d in domains}

    def contacts(name: str) -> tuple[str, ...]:
        if name not in table:
            raise KeyError(f"{name!r} is not one of this set's domains ({', '.join(sorted(table))}); add its module "
                           "to the generator's DOMAINS.")
        return table[name]

    return contacts
