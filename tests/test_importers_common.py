"""Shared importer helpers: timestamps, ids, JSON in strings, error strings."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from llmops_kit.errors import ImportFormatError
from llmops_kit.importers.common import maybe_json, normalise_id, parse_time, split_error

UTC_NOON = datetime(2025, 3, 11, 12, 0, 0, 123456, tzinfo=timezone.utc)


@pytest.mark.parametrize("value", [
    "2025-03-11T12:00:00.123456Z",
    "2025-03-11T12:00:00.123456",
    "2025-03-11T13:00:00.123456+01:00",
    "2025-03-11T12:00:00.123456789Z",
    "1741694400123456000",
    1741694400123456000,
])
def test_parse_time_accepts_every_shape(value: object) -> None:
    """ISO with and without zone (naive = UTC), nanosecond fractions and epoch nanos give the same instant."""
    assert parse_time(value) == UTC_NOON


def test_parse_time_keeps_nanosecond_strings_exact() -> None:
    """Epoch nanos beyond 2**53 are parsed with int(), so microseconds survive."""
    assert parse_time("1741694400999999000").microsecond == 999999


def test_parse_time_rejects_garbage_with_a_message() -> None:
    """A value that is no time names itself in the error."""
    with pytest.raises(ImportFormatError, match="yesterday"):
        parse_time("yesterday")


@pytest.mark.parametrize(("raw", "expected"), [
    ("5B8EFFF798038103D269B633813FC60C", "5b8efff798038103d269b633813fc60c"),
    ("0x5b8efff798038103d269b633813fc60c", "5b8efff798038103d269b633813fc60c"),
    ("W47/95gDgQPSabYzgT/GDA==", "5b8efff798038103d269b633813fc60c"),
])
def test_normalise_id_gives_lowercase_hex_and_keeps_the_original(raw: str, expected: str) -> None:
    """Hex, 0x-hex and base64 trace ids normalise to lowercase hex; the original spelling is returned."""
    assert normalise_id(raw, byte_lengths=(16,)) == (expected, raw)


def test_normalise_id_leaves_uuids_and_names_alone() -> None:
    """UUIDs and free-form ids are not rewritten."""
    assert normalise_id("0195f0a2-7c1d-7a11-9c3e-12ab34cd56ef") == ("0195f0a2-7c1d-7a11-9c3e-12ab34cd56ef", None)
    assert normalise_id("retrieve") == ("retrieve", None)


def test_maybe_json_decodes_objects_and_keeps_broken_text() -> None:
    """JSON hidden in a string is decoded; text that is not JSON stays as it was."""
    assert maybe_json('{"temperature": 0.2}') == {"temperature": 0.2}
    assert maybe_json("{not json}") == "{not json}"
    assert maybe_json("plain") == "plain"


@pytest.mark.parametrize(("text", "expected"), [
    ("ReadTimeout('timed out')\n\nTraceback (most recent call last): ...", ("ReadTimeout", "timed out")),
    ("httpx.ReadTimeout: upstream took >10s", ("ReadTimeout", "upstream took >10s")),
    ("something broke", ("Error", "something broke")),
])
def test_split_error_reads_the_exception_class(text: str, expected: tuple[str, str]) -> None:
    """repr-style and 'Type: message' error strings give the exception type and message."""
    assert split_error(text) == expected
