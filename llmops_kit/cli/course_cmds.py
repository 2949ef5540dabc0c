"""``llmops drill``, ``report`` and ``submission``: the course layer (:mod:`llmops_kit.course`).

The report and the zip need the ``course`` extra; without it they stop with one line naming it.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer

from .app import (
    BackendOpt,
    ContractOpt,
    JsonFlag,
    app,
    submission_app,
)
from .output import (
    EXIT_FOUND,
    EXIT_OK,
    call,
    contract_from,
    fail,
    print_json,
)


def _course(module: str) -> ModuleType:
    """Import a course module; when a course-only dependency is missing, stop with one line naming the extra."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.startswith("llmops_kit"):
            raise
        fail(f"this command needs {exc.name}, which comes with the course extra; "
             "install it with: pip install -e '.[course]'.")


@app.command()
def drill(
    failure: Annotated[
        str, typer.Option(help="Failure to inject: retrieval_outage, latency_spike or quality_degradation.")
    ] = "retrieval_outage",
    seed: Annotated[int, typer.Option(help="Seed for the drill traffic (same seed, same drill).")] = 7,
    requests: Annotated[int, typer.Option(min=1, help="Requests in the window.")] = 10,
    failed: Annotated[int, typer.Option(min=0, help="How many of them the failure is injected into.")] = 6,
    backend: BackendOpt = "auto",
    as_json: JsonFlag = False,
    contract: ContractOpt = None,
) -> None:
    """Run the end-to-end incident drill (Task 6): baseline, injected failure, alert, triage, replay, breaker."""
    from ..course.drill import run_drill
    from ..replay import make_client

    rules = contract_from(contract)
    client = call(lambda: make_client(backend))  # type: ignore[arg-type]

    def show(stage: Any) -> None:  # print each stage as soon as it is done
        typer.echo(stage.text() + "\n")

    log = call(lambda: run_drill(seed=seed, failure=failure, contract=rules, client=client, requests=requests,
                                 failed=failed, on_stage=None if as_json else show))
    if as_json:
        print_json(log.model_dump(mode="json"))


@app.command()
def report(
    output: Annotated[Path, typer.Option(help="Where to write the PDF.")] = Path("report/report.pdf"),
    outputs_dir: Annotated[Path, typer.Option(help="Folder of output samples the report reads.")] = Path("outputs"),
    screenshots_dir: Annotated[Path, typer.Option(help="Folder of the report's figures.")] = Path("screenshots"),
    source: Annotated[Path, typer.Option(help="The typst source.")] = Path("report/report.typ"),
    author: Annotated[str | None, typer.Option(help="Name on the title block (default: $LLMOPS_STUDENT_NAME).")] = None,
    strict: Annotated[bool, typer.Option(
        help="Exit 1 without building when an output file is missing, and when the PDF is not 4-6 pages.")] = False,
) -> None:
    """Build the report PDF from the outputs the notebook run wrote."""
    course_report, pypdf = _course("llmops_kit.course.report"), _course("pypdf")
    build_report, missing_outputs = course_report.build_report, course_report.missing_outputs

    missing = call(lambda: missing_outputs(outputs_dir, source=source, screenshots_dir=screenshots_dir))
    if missing and strict:
        fail(f"the report is missing {', '.join(missing)}; execute the notebook first.", EXIT_FOUND)
    path = call(lambda: build_report(out_pdf=output, outputs_dir=outputs_dir, source=source,
                                     screenshots_dir=screenshots_dir, author=author))
    pages = len(pypdf.PdfReader(path).pages)
    typer.echo(f"wrote {path} ({pages} pages)")
    if strict and not 4 <= pages <= 6:
        fail(f"{path} has {pages} pages; the brief asks for 4-6. Shorten the report source ({source}) or its "
             "tables.", EXIT_FOUND)
    for name in missing:
        typer.echo(f"llmops: warning: missing {name} (shown as a placeholder)", err=True)


@submission_app.command("build")
def submission_build(
    name: Annotated[str | None, typer.Option(help="Your name for the zip (or set LLMOPS_STUDENT_NAME).")] = None,
    out_dir: Annotated[Path, typer.Option(help="Folder to write the zip into.")] = Path("."),
    root: Annotated[Path, typer.Option(help="Repository root with the notebook, postmortem and report.")] = Path("."),
    verify: Annotated[bool, typer.Option("--verify/--no-verify", help="Check the zip after building it.")] = True,
    evidence: Annotated[Path | None, typer.Option(help="Folder of the traces the postmortem cites.")] = None,
) -> None:
    """Build <Name>_LLM_Observability_Assignment2.zip, then verify it; exit 1 when it has problems."""
    submission = _course("llmops_kit.course.submission")
    build_submission, verify_submission = submission.build_submission, submission.verify_submission

    path = call(lambda: build_submission(name, out_dir, root=root))
    typer.echo(f"wrote {path}")
    if not verify:
        return
    result = call(lambda: verify_submission(path, evidence_dir=evidence))
    typer.echo(result.render())
    raise typer.Exit(EXIT_OK if result.ok else EXIT_FOUND)


@submission_app.command("verify")
def submission_verify(
    zip_path: Annotated[Path, typer.Argument(help="The submission zip to check.", show_default=False)],
    evidence: Annotated[Path | None, typer.Option(help="Folder of the traces the postmortem cites.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Check a submission zip as a grader would; exit 1 when it has problems."""
    verify_submission = _course("llmops_kit.course.submission").verify_submission

    if not zip_path.is_file():
        fail(f"{zip_path}: no such file; pass the submission zip.")
    result = call(lambda: verify_submission(zip_path, evidence_dir=evidence))
    if as_json:
        print_json(result.model_dump(mode="json") | {"ok": result.ok})
    else:
        typer.echo(result.render())
    raise typer.Exit(EXIT_OK if result.ok else EXIT_FOUND)
