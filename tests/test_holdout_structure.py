"""Structure of the fourth to fortieth held-out sets (tests/data/holdout4 to holdout40). These tests never
score a detector on any of them (holdout39 and holdout40 are sealed; holdout4 to holdout38 were sealed
until a round read their misses or, for holdout10 to holdout38, until their two scores were spent: holdout4 in
ground4, holdout5 in ground5, holdout6 in ground7, holdout7 in ground8, holdout8 in ground9, holdout9 in ground10,
holdout10 and holdout11 after the ground13 stop, holdout12 after the ground19 stop, holdout13 after the ground24 stop,
holdout14 after the retr21 stop, holdout15 after the decl23 stop, holdout16 after the arith20 stop, holdout17
after the incl26 stop, holdout18 after the pii28 stop, holdout19 after the mech29 stop, holdout20 after the
field29 stop, holdout21 after the w30 stop, holdout22 after the mend31 stop, holdout23 after the coinc34 stop,
holdout24 after the mend42 stop, holdout25 after the point43 stop, holdout26 after the novel44 stop,
holdout27 after the read44 stop, holdout28 after the forev45 stop, holdout29 after the decl46 stop,
holdout30 after the tool47 stop, holdout31 after the refusal48 stop, holdout32 within the reversed49 stop,
holdout33 after the format50 stop, holdout34 after the first51 stop, holdout35 after the first52 stop,
holdout36 after the first53 stop, holdout37 after the first54 stop, holdout38 after the first55 stop).

They check what a reader of a set relies on: every file loads with the package loader, labels.csv and the
files agree, names are neutral, no trace carries its verdict, the generator regenerates the committed bytes,
and its checks refuse a planted verdict key, a label that contradicts a mechanical fact of the trace, a personal
value or unpublished e-mail on a healthy trace, and an invented fragment the model saw; and that bench_eval prints
a sealed set as totals only.
Checks only one set's generator makes are in that set's own test file.
"""

from __future__ import annotations

import copy
import csv
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from llmops_kit.io import load_traces

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import make_holdout4  # noqa: E402  (the generators live in tools/, not in the package)
import make_holdout5  # noqa: E402
import make_holdout6  # noqa: E402
import make_holdout7  # noqa: E402
import make_holdout8  # noqa: E402
import make_holdout9  # noqa: E402
import make_holdout10  # noqa: E402
import make_holdout11  # noqa: E402
import make_holdout12  # noqa: E402
import make_holdout13  # noqa: E402
import make_holdout14  # noqa: E402
import make_holdout15  # noqa: E402
import make_holdout16  # noqa: E402
import make_holdout17  # noqa: E402
import make_holdout18  # noqa: E402
import make_holdout19  # noqa: E402
import make_holdout20  # noqa: E402
import make_holdout21  # noqa: E402
import make_holdout22  # noqa: E402
import make_holdout23  # noqa: E402
import make_holdout24  # noqa: E402
import make_holdout25  # noqa: E402
import make_holdout26  # noqa: E402
import make_holdout27  # noqa: E402
import make_holdout28  # noqa: E402
import make_holdout29  # noqa: E402
import make_holdout30  # noqa: E402
import make_holdout31  # noqa: E402
import make_holdout32  # noqa: E402
import make_holdout33  # noqa: E402
import make_holdout34  # noqa: E402
import make_holdout35  # noqa: E402
import make_holdout36  # noqa: E402
import make_holdout37  # noqa: E402
import make_holdout38  # noqa: E402
import make_holdout39  # noqa: E402
import make_holdout40  # noqa: E402

#: Each set: its generator and its five domains.
SETS: dict[str, tuple[ModuleType, set[str]]] = {
    "holdout4": (make_holdout4, {"tickets", "mealkit", "cowork", "studentrooms", "carpark"}),
    "holdout5": (make_holdout5, {"solar", "driving", "dental", "water", "ferry"}),
    "holdout6": (make_holdout6, {"removals", "kennels", "bikes", "printshop", "storage"}),
    "holdout7": (make_holdout7, {"optician", "laundry", "garden", "plumbing", "venue"}),
    "holdout8": (make_holdout8, {"campsite", "cinema", "locksmith", "bakery", "taxi"}),
    "holdout9": (make_holdout9, {"grooming", "music", "boats", "broadband", "tailor"}),
    "holdout10": (make_holdout10, {"climbing", "scooters", "chimney", "language", "coaches"}),
    "holdout11": (make_holdout11, {"pianos", "vegbox", "skihire", "studio", "riding"}),
    "holdout12": (make_holdout12, {"bowling", "tattoo", "allotment", "windows", "escape"}),
    "holdout13": (make_holdout13, {"ceramics", "sailing", "cottages", "passport", "vetpost"}),
    "holdout14": (make_holdout14, {"toollib", "hearing", "florist", "translate", "bees"}),
    "holdout15": (make_holdout15, {"roofing", "vintage", "karaoke", "watch", "camper"}),
    "holdout16": (make_holdout16, {"surf", "phonefix", "sitter", "pottery", "djhire"}),
    "holdout17": (make_holdout17, {"kayak", "wool", "funeral", "donor", "fueldock"}),
    "holdout18": (make_holdout18, {"balloon", "uniform", "railshop", "farmvet", "salon"}),
    "holdout19": (make_holdout19, {"dive", "treefarm", "lifts", "bindery", "kiteshop"}),
    "holdout20": (make_holdout20, {"onsen", "glacier", "vineyard", "coffee", "rink"}),
    "holdout21": (make_holdout21, {"scrapyard", "pest", "framing", "golf", "carwash"}),
    "holdout22": (make_holdout22, {"pcbang", "stargazing", "tyres", "physio", "trampoline"}),
    "holdout23": (make_holdout23, {"padel", "karting", "hosting", "cooking", "paintball"}),
    "holdout24": (make_holdout24, {"yoga", "daycare", "desert", "recording", "aircon"}),
    "holdout25": (make_holdout25, {"archery", "marathon", "inspection", "bungee", "tango"}),
    "holdout26": (make_holdout26, {"sauna", "zoo", "bridal", "fishing", "circus"}),
    "holdout27": (make_holdout27, {"tolls", "juku", "aquatics", "lounge", "snooker"}),
    "holdout28": (make_holdout28, {"fencing", "boardgames", "catcafe", "dogschool", "fivesaside"}),
    "holdout29": (make_holdout29, {"paragliding", "cobbler", "carshare", "axes", "cricket"}),
    "holdout30": (make_holdout30, {"makerspace", "tiffin", "chess", "babygear", "beachclub"}),
    "holdout31": (make_holdout31, {"laundry", "cinema", "foodtour", "gym", "printshop"}),
    "holdout32": (make_holdout32, {"cleaning", "glassblowing", "dogsled", "truffle", "pocketwifi"}),
    "holdout33": (make_holdout33, {"knives", "repaircafe", "beekeeping", "coworking", "icerink"}),
    "holdout34": (make_holdout34, {"planthire", "evcharge", "itsupport", "towing", "lawoffice"}),
    "holdout35": (make_holdout35, {"carpark", "kitchen", "kimono", "shredding", "transfer"}),
    "holdout36": (make_holdout36, {"rehearsal", "snowclear", "watercooler", "mobility", "schoolvan"}),
    "holdout37": (make_holdout37, {"lockers", "buscard", "lenshire", "horsebox", "olivemill"}),
    "holdout38": (make_holdout38, {"condo", "safari", "trek", "nannyshare", "kidsparty"}),
    "holdout39": (make_holdout39, {"milktea", "bookshop", "arcade", "polleria", "icecream"}),
    "holdout40": (make_holdout40, {"laser", "flying", "bootcamp", "jeweller", "renttoown"}),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def held_out(request: pytest.FixtureRequest) -> tuple[Path, ModuleType, set[str]]:
    generator, domains = SETS[request.param]
    return REPO / "tests" / "data" / request.param, generator, domains


@pytest.fixture(scope="module")
def labels(held_out: tuple[Path, ModuleType, set[str]]) -> list[dict[str, str]]:
    with (held_out[0] / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def rows(held_out: tuple[Path, ModuleType, set[str]]) -> list[tuple]:
    return held_out[1].generate()


def _files(data: Path) -> set[str]:
    return {str(p.relative_to(data)) for p in data.rglob("*.json")}


def test_every_file_loads_with_the_package_loader(held_out: tuple[Path, ModuleType, set[str]]) -> None:
    data = held_out[0]
    result = load_traces(data)
    assert result.errors == []
    assert result.warnings == []
    assert len(result.traces) == len(_files(data))


def test_labels_match_the_files(held_out: tuple[Path, ModuleType, set[str]], labels: list[dict[str, str]]) -> None:
    data, generator, domains = held_out
    assert [r["file"] for r in labels] == sorted(r["file"] for r in labels)
    assert {r["file"] for r in labels} == _files(data)
    assert len(labels) >= 250
    assert {r["domain"] for r in labels} == domains
    for r in labels:
        assert re.fullmatch(rf"(native|langfuse|langsmith|otlp)/{r['domain']}-\d{{3}}\.json", r["file"]), r["file"]
        codes = [c for c in r["codes"].split(";") if c]
        assert set(codes) <= set(generator.CODES), r
        assert r["strength"] in ("", "control", *generator.STRENGTHS), r
        assert bool(codes) == (r["strength"] not in ("", "control")), r


def test_every_code_at_several_strengths_and_enough_healthy(
    held_out: tuple[Path, ModuleType, set[str]], labels: list[dict[str, str]]
) -> None:
    for code in held_out[1].CODES:
        strengths = {r["strength"] for r in labels if code in r["codes"].split(";")}
        assert len(strengths) >= 2, code
    healthy = sum(not r["codes"] for r in labels) / len(labels)
    assert 0.35 <= healthy <= 0.5


#: Sets whose authors wrote every code at all four strengths, HALLUCINATION at least ten times per strength.
ALL_STRENGTHS = ("holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
                 "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21",
                 "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27",
                 "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33",
                 "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39",
                 "holdout40")


def test_five_domains_of_at_least_fifty_traces(
    held_out: tuple[Path, ModuleType, set[str]], labels: list[dict[str, str]]
) -> None:
    assert all(sum(r["domain"] == d for r in labels) >= 50 for d in held_out[2])


def test_about_a_quarter_goes_through_the_sdk_exports(labels: list[dict[str, str]]) -> None:
    """Between a fifth and a third of the traces are SDK exports, in all four export formats."""
    exported = [r for r in labels if r["format"] != "native"]
    assert 0.2 <= len(exported) / len(labels) <= 1 / 3
    assert {r["format"] for r in exported} == {"langfuse", "langsmith", "otlp_genai", "otlp_openinference"}


@pytest.mark.parametrize("name", ALL_STRENGTHS)
def test_every_code_at_all_four_strengths_and_ten_hallucinations_each(name: str) -> None:
    """The strengths of the infrastructure codes rotate over the domains, so each code shows all four."""
    generator = SETS[name][0]
    with (REPO / "tests" / "data" / name / "labels.csv").open(encoding="utf-8", newline="") as fh:
        labels = list(csv.DictReader(fh))
    for code in generator.CODES:
        strengths = {r["strength"] for r in labels if code in r["codes"].split(";")}
        assert strengths == set(generator.STRENGTHS), (name, code)
    for strength in generator.STRENGTHS:
        n = sum("HALLUCINATION" in r["codes"].split(";") and r["strength"] == strength for r in labels)
        assert n >= 10, (name, strength)


def test_a_mismatch_over_the_floor_must_be_hidden(
    held_out: tuple[Path, ModuleType, set[str]], rows: list[tuple]
) -> None:
    """A RETRIEVAL_MISMATCH whose best score clears the relevance floor can only be labelled hidden."""
    broken = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(broken) if "RETRIEVAL_MISMATCH" in row[1] and row[2] == "hidden")
    trace, codes, _strength, *rest = broken[n]
    broken[n] = (trace, codes, "clear", *rest)
    with pytest.raises(SystemExit, match="over the floor"):
        held_out[1].check(broken)


@pytest.mark.parametrize("name", ["holdout9", "holdout10", "holdout11", "holdout12", "holdout13",
                                  "holdout14", "holdout15", "holdout16", "holdout17",
                                  "holdout18", "holdout19", "holdout20", "holdout21",
                                  "holdout22", "holdout23", "holdout24", "holdout25",
                                  "holdout26", "holdout27", "holdout28", "holdout29",
                                  "holdout30", "holdout31", "holdout32", "holdout33",
                                  "holdout34", "holdout35", "holdout36", "holdout37", "holdout38",
                                  "holdout39", "holdout40"])
def test_a_tool_error_label_on_a_business_refusal_is_refused(name: str) -> None:
    """A tool that worked and said no (declined, rejected, not held) is healthy: TOOL_ERROR there is refused."""
    generator = SETS[name][0]
    broken = generator.generate()
    n = next(i for i, row in enumerate(broken) if row[3] == "tool business refusal")
    trace, _codes, _strength, *rest = broken[n]
    broken[n] = (trace, ["TOOL_ERROR"], "clear", *rest)
    with pytest.raises(SystemExit, match="disagree"):
        generator.check(broken)


def test_no_trace_carries_a_verdict_key(held_out: tuple[Path, ModuleType, set[str]]) -> None:
    data, generator, _ = held_out
    for path in data.rglob("*.json"):
        assert generator.verdict_keys(json.loads(path.read_text(encoding="utf-8"))) == [], path.name


def test_regenerates_byte_for_byte(held_out: tuple[Path, ModuleType, set[str]], tmp_path: Path) -> None:
    data, generator, _ = held_out
    generator.write(tmp_path)
    for name in ("labels.csv", "README.md"):
        assert (tmp_path / name).read_bytes() == (data / name).read_bytes(), name
    for rel in _files(data):
        assert (tmp_path / rel).read_bytes() == (data / rel).read_bytes(), rel


def test_the_checks_pass_on_the_generated_set(held_out: tuple[Path, ModuleType, set[str]], rows: list[tuple]) -> None:
    assert held_out[1].check(rows) > 0


def test_a_planted_verdict_key_is_refused(held_out: tuple[Path, ModuleType, set[str]], rows: list[tuple]) -> None:
    check = held_out[1].check
    planted = copy.deepcopy(rows)
    planted[0][0]["metadata"]["expected_codes"] = ["HALLUCINATION"]
    with pytest.raises(SystemExit, match="verdict-like"):
        check(planted)
    planted = copy.deepcopy(rows)
    planted[3][0]["spans"][1]["attributes"]["verdict"] = "healthy"
    with pytest.raises(SystemExit, match="verdict-like"):
        check(planted)


@pytest.mark.parametrize("code", ["LATENCY_SLA_BREACH", "TOOL_TIMEOUT", "WRONG_PROMPT_VERSION", "EMPTY_RETRIEVAL",
                                  "COST_SPIKE"])
def test_a_flipped_mechanical_label_is_refused(
    held_out: tuple[Path, ModuleType, set[str]], rows: list[tuple], code: str
) -> None:
    check = held_out[1].check
    flipped = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(flipped) if code in row[1])
    trace, codes, *rest = flipped[n]
    flipped[n] = (trace, [c for c in codes if c != code], *rest)
    with pytest.raises(SystemExit, match="disagree"):
        check(flipped)
    flipped = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(flipped) if not row[1])
    trace, codes, *rest = flipped[n]
    flipped[n] = (trace, [code], "clear", *rest[1:])
    with pytest.raises(SystemExit, match="disagree"):
        check(flipped)


def test_a_fragment_found_in_the_evidence_is_refused(
    held_out: tuple[Path, ModuleType, set[str]], rows: list[tuple]
) -> None:
    broken = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(broken) if "HALLUCINATION" in row[1])
    trace, codes, strength, variation, domain, frags, planted = broken[n]
    broken[n] = (trace, codes, strength, variation, domain, [*frags, "not in this answer at all"], planted)
    with pytest.raises(SystemExit, match="invented fragment"):
        held_out[1].check(broken)


def test_a_personal_value_on_a_healthy_trace_is_refused(
    held_out: tuple[Path, ModuleType, set[str]], rows: list[tuple]
) -> None:
    """A healthy trace that claims a planted personal value (so the value is no trap) is refused."""
    broken = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(broken) if not row[1])
    trace, codes, strength, variation, domain, frags, _planted = broken[n]
    broken[n] = (trace, codes, strength, variation, domain, frags, [trace["output"]["answer"][:12]])
    with pytest.raises(SystemExit, match="PII_LEAK needs planted values"):
        held_out[1].check(broken)


def test_an_unpublished_email_on_a_healthy_trace_is_refused(
    held_out: tuple[Path, ModuleType, set[str]], rows: list[tuple]
) -> None:
    """An e-mail address that is not one of the domain's published contacts makes a healthy label wrong."""
    broken = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(broken) if not row[1])
    broken[n][0]["input"]["query"] += " Reply to casey.north@example.org."
    with pytest.raises(SystemExit, match="unpublished e-mail"):
        held_out[1].check(broken)


def test_an_invented_fragment_the_model_saw_is_refused(
    held_out: tuple[Path, ModuleType, set[str]], rows: list[tuple]
) -> None:
    """A HALLUCINATION label whose fragment the model saw (here: pasted into the question) is refused."""
    broken = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(broken) if row[5])
    trace = broken[n][0]
    final = max((s for s in trace["spans"] if s["kind"] == "llm" and s["prompt"]["name"] == "support-answer"),
                key=lambda s: s["end_time"])
    final["messages"][-2]["content"] += " " + broken[n][5][0]
    with pytest.raises(SystemExit, match="present in evidence"):
        held_out[1].check(broken)


#: The sets bench_eval prints as totals only, with the module constant that names each one's folder.
SEALED = {"holdout39": "HOLDOUT39", "holdout40": "HOLDOUT40"}


@pytest.mark.parametrize("name", sorted(SEALED))
def test_bench_eval_prints_only_the_totals_of_a_sealed_set(
    name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A sealed set goes to the totals-only report, by default and with --set (no detector runs here, and no trace
    of it is read: a stand-in folder with an empty labels file takes its place)."""
    sys.path.insert(0, str(REPO / "bench"))
    import bench_eval

    (tmp_path / "labels.csv").write_text("file,domain,codes,strength,variation,format\n", encoding="utf-8")
    monkeypatch.setattr(bench_eval, SEALED[name], tmp_path)
    calls: list[tuple[str, Path]] = []
    monkeypatch.setattr(bench_eval, "report_totals", lambda path, heading: calls.append(("totals", path)))
    monkeypatch.setattr(bench_eval, "report_set", lambda path, heading, *a, **k: calls.append(("set", path)))
    monkeypatch.setattr(bench_eval, "pii_false_positives",
                        lambda n, planted=0.0: {"traces": 0, "pii_leak_findings": 0, "with_13plus_digit_runs": 0})
    bench_eval.main(["--set", str(tmp_path), "--skip-halueval"])
    assert calls == [("totals", tmp_path.resolve())]
    calls.clear()
    bench_eval.main(["--skip-halueval"])
    assert ("totals", tmp_path) in calls and all(path != tmp_path for kind, path in calls if kind == "set")
    with pytest.raises(SystemExit, match="only"):
        bench_eval._misses_asked(["--misses", name])
    calls.clear()
    with pytest.raises(SystemExit, match=f"--misses {name}: only"):  # before anything is scored, with --set too
        bench_eval.main(["--set", str(tmp_path), "--misses", name, "--skip-halueval"])
    assert calls == []


@pytest.mark.parametrize("name", [name for name in sorted(SETS) if name not in SEALED])
def test_bench_eval_lists_a_read_sets_misses_only_when_asked(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read set (once spent, opened for reading) prints its totals, and its misses only with --misses NAME."""
    sys.path.insert(0, str(REPO / "bench"))
    import bench_eval

    data = (REPO / "tests" / "data" / name).resolve()
    calls: list[tuple[Path, bool]] = []
    monkeypatch.setattr(bench_eval, "report_set",
                        lambda path, heading, *a, misses=True, **k: calls.append((path.resolve(), misses)))
    monkeypatch.setattr(bench_eval, "report_totals", lambda path, heading: None)  # no sealed set is scored here
    monkeypatch.setattr(bench_eval, "pii_false_positives",
                        lambda n, planted=0.0: {"traces": 0, "pii_leak_findings": 0, "with_13plus_digit_runs": 0})
    bench_eval.main(["--set", str(data), "--skip-halueval"])
    assert calls == [(data, False)]
    calls.clear()
    bench_eval.main(["--set", str(data), "--misses", name, "--skip-halueval"])
    assert calls == [(data, True)]
    calls.clear()
    bench_eval.main(["--skip-halueval"])
    assert (data, False) in calls


def test_the_sealed_sets_here_are_the_ones_bench_eval_does_not_read() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import bench_eval

    assert set(SEALED) == {name for name in SETS if name not in bench_eval.READ_HOLDOUTS}
