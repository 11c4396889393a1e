"""``interviewer bank``: validate, list and import question banks."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

from interviewer.cli.bank_import import bank_import
from interviewer.cli.base import EXIT_PROBLEMS, Context, main, pass_context
from interviewer.text import clip


@main.group()
def bank() -> None:
    """Check and list the question banks."""


@bank.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@pass_context
@click.option(
    "--answers",
    is_flag=True,
    help="Also grade each model answer (and the built-in strong and partial samples and stories): a wrong "
    "version or pitfall that a correct answer matches is a problem, and so is a graded follow-up whose model "
    "answer scores below 70 against its own points. Loads the embedding model.",
)
def bank_validate(obj: Context, paths: tuple[Path, ...], answers: bool) -> None:
    """Validate bank files (default: the built-in and user banks). Exit 1 on any problem."""
    from interviewer.bank.loader import load_banks
    from interviewer.services import bank_folders

    missing = [p for p in paths if not p.exists()]
    for path in missing:
        click.echo(f"{path}: no such file or folder", err=True)
    bank_ = load_banks([p for p in paths if p.exists()] if paths else bank_folders())
    for problem in bank_.problems:
        click.echo(str(problem), err=True)
    alarms: list[Any] = []
    if answers and len(bank_):
        from interviewer.bench import sample_answers
        from interviewer.grading.audit import correct_answers, false_alarms, weak_follow_ups
        from interviewer.services import build_grader

        grader = build_grader(obj.settings, questions=bank_.questions)
        correct = [*sample_answers("strong"), *sample_answers("story")]
        alarms = [
            *false_alarms(grader, correct_answers(bank_.questions, correct, sample_answers("partial"))),
            *weak_follow_ups(grader, bank_.questions),
        ]
        for alarm in alarms:
            click.echo(str(alarm), err=True)
    files = len(bank_.files)
    if bank_.problems or missing or alarms or (paths and not files):
        count = len(bank_.problems) + len(missing) + len(alarms)
        click.echo(f"{count} problem{'s' if count != 1 else ''} in {files} file(s)", err=True)
        sys.exit(EXIT_PROBLEMS)
    click.echo(f"ok: {len(bank_)} questions in {files} file(s)")


@bank.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.option("--ids", is_flag=True, help="List every question id with its prompt.")
def bank_list(as_json: bool, ids: bool) -> None:
    """Count questions per stage and topic."""
    from interviewer.services import load_question_bank

    bank_ = load_question_bank()
    questions = bank_.questions
    stages = Counter(q.stage.value for q in questions)
    topics = Counter(q.topic for q in questions)
    if as_json:
        data = {
            "total": len(questions),
            "stages": dict(sorted(stages.items())),
            "topics": dict(sorted(topics.items())),
            "files": [str(f) for f in bank_.files],
            "problems": [str(p) for p in bank_.problems],
            "questions": [
                {"id": q.id, "stage": q.stage.value, "topic": q.topic, "prompt": q.prompt} for q in questions
            ]
            if ids
            else None,
        }
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for problem in bank_.problems:
        click.secho(f"warning: {problem}", fg="yellow", err=True)
    if ids:
        for q in sorted(questions, key=lambda q: q.id):
            click.echo(f"{q.id:<32} {q.stage.value:<13} {clip(q.prompt, 70)}")
        return
    click.echo(f"{len(questions)} questions in {len(bank_.files)} file(s)")
    click.echo("\nBy stage:")
    for stage, count in sorted(stages.items()):
        click.echo(f"  {stage:<14} {count:>4}")
    click.echo("\nBy topic:")
    for topic, count in sorted(topics.items()):
        click.echo(f"  {topic:<32} {count:>4}")


bank.add_command(bank_import, "import")
