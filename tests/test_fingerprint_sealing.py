"""The verdict fingerprint refuses every sealed held-out set: a fingerprint holds each trace's verdict, so
fingerprinting a sealed set would read its misses through the back door."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "bench"))

import diagnosis_fingerprint  # noqa: E402
from bench_eval import READ_HOLDOUTS  # noqa: E402

DATA = REPO / "tests" / "data"
HELD_OUT = sorted(p.name for p in DATA.iterdir() if p.is_dir() and p.name.startswith("holdout"))


def test_every_held_out_set_is_either_read_or_sealed() -> None:
    assert "holdout" in HELD_OUT and len(HELD_OUT) >= 9  # the folders this test is about are there
    for name in HELD_OUT:
        expected = None if name in READ_HOLDOUTS else name
        assert diagnosis_fingerprint.sealed_part(DATA / name) == expected, name


@pytest.mark.parametrize("name", ["holdout", "holdout39", "holdout40"])
def test_sealed_sets_and_their_files_are_refused(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    some_file = next((DATA / name).rglob("*.json"))
    with pytest.raises(SystemExit) as stop:
        diagnosis_fingerprint.main([str(some_file), "-o", str(tmp_path / "fp.json")])
    assert stop.value.code == 2
    assert f"{name}: sealed" in capsys.readouterr().err
    assert not (tmp_path / "fp.json").exists()


def test_a_read_set_is_fingerprinted(tmp_path: Path) -> None:
    some_file = next((DATA / READ_HOLDOUTS[0]).rglob("*.json"))
    diagnosis_fingerprint.main([str(some_file), "-o", str(tmp_path / "fp.json")])
    assert (tmp_path / "fp.json").read_text("utf-8").startswith("[")


def test_a_folder_merely_named_like_a_set_elsewhere_is_not_refused(tmp_path: Path) -> None:
    assert diagnosis_fingerprint.sealed_part(tmp_path / "holdout-notes" / "x.json") is None
