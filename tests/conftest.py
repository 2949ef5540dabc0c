"""Shared fixtures. The builders themselves are public in :mod:`llmops_kit.testing`."""

from __future__ import annotations

from typing import Any

import pytest

from llmops_kit.testing import trace_payload


@pytest.fixture
def payload() -> dict[str, Any]:
    """A minimal valid native trace as JSON data."""
    return trace_payload()
