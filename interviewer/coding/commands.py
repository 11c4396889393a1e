"""``interviewer run-code``: run a file against a coding question's tests from the shell.

Imported by ``interviewer.cli`` at start-up, so it imports only click at module level.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import click

EXIT_NOT_PASSED = 1
MAX_SOURCE_BYTES = 1_000_000
OUTPUT_SHOWN_CHARS = 2_000

STATUS_STYLE = {
    "passed": ("✓ pass", "green"),
    "failed": ("✗ fail", "red"),
    "error": ("! error", "red"),
    "timeout": ("⧗ time", "magenta"),
    "memory_limit": ("! memory", "magenta"),
    "output_limit": ("! output", "magenta"),
    "crashed": ("! crash", "magenta"),
    "not_run": ("- not run", "yellow"),
}


@click.command("run-code")
@click.option("--question", "-q", "question_id", required=True, help="Id of a coding question.")
@click.option(
    "--file",
    "-f",
    "file",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="The Python file with your solution ('-' for standard input).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--hidden", is_flag=True, help="Also run the hidden tests (shown by name and pass/fail only).")
def run_code(question_id: str, file: Path, as_json: bool, hidden: bool) -> None:
    """Run your solution against a coding question's tests, in a sandbox.

    Prints every visible test (input, expected, got, pass/fail) and a summary. Exit status 0 when
    every test run passed, 1 otherwise or on any error.

    \b
    interviewer run-code --question code.binary_search --file solution.py
    interviewer run-code -q code.kmeans -f kmeans.py --hidden --json
    """
    from interviewer.coding.runner import RunnerError, run_question

    question = _coding_question(question_id)
    source = _read_source(file)
    assert question.coding is not None
    try:
        result = run_question(question.coding, source, hidden=hidden)
    except RunnerError as exc:
        raise click.ClickException(str(exc)) from exc

    if as_json:
        data = {"question_id": question.id, "file": str(file), "hidden": hidden, **result.to_dict()}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_result(question, result, hidden)
    if not result.ok:
        sys.exit(EXIT_NOT_PASSED)


def _coding_question(question_id: str) -> Any:
    from interviewer.bank.schema import Stage
    from interviewer.services import load_question_bank

    bank = load_question_bank()
    question = bank.get(question_id)
    coding_ids = sorted(q.id for q in bank.questions if q.stage is Stage.CODING)
    if question is None:
        from rapidfuzz import process

        close = [m for m, score, _ in process.extract(question_id, coding_ids, limit=3) if score >= 60]
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise click.ClickException(
            f"no question with id {question_id!r}.{hint} ('interviewer bank list --ids')"
        )
    if question.coding is None:
        listing = ", ".join(coding_ids) if coding_ids else "none are loaded"
        raise click.ClickException(
            f"{question.id} is a {question.stage.title.lower()} question, not a coding one: "
            f"it has no tests to run. Coding questions: {listing}"
        )
    return question


def _read_source(file: Path) -> str:
    name = "standard input" if str(file) == "-" else str(file)
    try:
        if str(file) == "-":
            data = sys.stdin.buffer.read(MAX_SOURCE_BYTES + 1)
        else:
            with file.open("rb") as handle:
                data = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        raise click.ClickException(f"cannot read {name}: {exc.strerror or exc}") from exc
    if len(data) > MAX_SOURCE_BYTES:
        raise click.ClickException(
            f"{name} is larger than {MAX_SOURCE_BYTES:,} bytes; is it really your solution?"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{name} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


# ---------------------------------------------------------------------------- text output


def _clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _print_result(question: Any, result: Any, hidden: bool) -> None:
    spec = question.coding
    click.echo(click.style(question.id, bold=True) + f"  {spec.signature}")
    click.echo()
    width = max(shutil.get_terminal_size((120, 24)).columns, 80)
    visible = result.visible
    name_w = min(max((len(c.name) for c in result.cases), default=4), 28)
    # Expected and got get what they need (up to a cap); the call gets the rest.
    expected_w = min(max((len(c.expected or "") for c in visible), default=8), 30)
    got_w = min(max((len(c.got or "") for c in visible), default=3), 30)
    expected_w, got_w = max(expected_w, len("expected")), max(got_w, len("got"))
    input_w = max(width - 12 - name_w - expected_w - got_w - 6, 16)
    header = f"  {'result':<10}{'test':<{name_w}}  {'input':<{input_w}}  {'expected':<{expected_w}}  got"
    click.echo(click.style(header, bold=True))
    for case in visible:
        label, colour = STATUS_STYLE.get(case.status.value, (case.status.value, "white"))
        got = case.got if case.got is not None else ""
        line = (
            f"{_clip(case.name, name_w):<{name_w}}  {_clip(case.call, input_w):<{input_w}}  "
            f"{_clip(case.expected, expected_w):<{expected_w}}  {_clip(got, got_w)}"
        )
        click.echo("  " + click.style(f"{label:<10}", fg=colour) + line)
        repeats_columns = case.status.value == "failed" and (case.message or "").startswith("expected ")
        if case.message and not case.passed and case.status.value != "not_run" and not repeats_columns:
            click.echo(" " * 12 + click.style(_clip(case.message, width - 14), fg=colour))
    if result.hidden:
        click.echo()
        click.echo(click.style("  hidden tests", bold=True))
        for case in result.hidden:
            label, colour = STATUS_STYLE.get(case.status.value, (case.status.value, "white"))
            click.echo("  " + click.style(f"{label:<10}", fg=colour) + case.name)

    if result.stdout or result.stderr:
        click.echo()
        for title, text in (("printed", result.stdout), ("stderr", result.stderr)):
            if text:
                shown = text[:OUTPUT_SHOWN_CHARS]
                more = " (cut)" if len(text) > OUTPUT_SHOWN_CHARS or result.output_truncated else ""
                click.echo(click.style(f"  your code {title}{more}:", bold=True))
                for line in shown.rstrip("\n").splitlines()[:20]:
                    click.echo(f"    {line[: width - 4]}")

    click.echo()
    passed_visible = sum(c.passed for c in visible)
    summary = f"{passed_visible}/{len(visible)} visible tests passed"
    if result.hidden:
        summary += f", {sum(c.passed for c in result.hidden)}/{len(result.hidden)} hidden"
    elif not hidden and spec.hidden:
        summary += f" ({len(spec.hidden)} hidden tests not run: add --hidden)"
    colour = "green" if result.ok else "red"
    click.echo(click.style(f"{result.verdict.label}: ", fg=colour, bold=True) + summary)
    if not result.ok:
        click.echo(result.message)
    for note in result.notes:
        click.secho(f"note: {note}", fg="yellow", err=True)
