"""The ``interviewer`` command. Alone, it opens the app; subcommands work without the UI.

Heavy imports (textual, sentence-transformers) happen inside the commands that need them, so
``interviewer --help`` and ``interviewer bank list`` answer at once.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

from interviewer import __version__
from interviewer.text import clip

EXIT_PROBLEMS = 1


class Context:
    def __init__(self, db: Path | None, model: str | None) -> None:
        from interviewer.config import load_settings

        self.db = db
        settings = load_settings()
        for problem in settings.problems:
            click.secho(f"warning: {problem}", fg="yellow", err=True)
        self.settings = settings.with_overrides(model=model)


pass_context = click.make_pass_decorator(Context)


class InterviewerGroup(click.Group):
    """A database error in any command (a full disk, say) is one clear line, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        import sqlite3

        try:
            return super().invoke(ctx)
        except sqlite3.Error as exc:
            from interviewer import paths
            from interviewer.store.db import describe_write_error

            problem, fix = describe_write_error(exc)
            path = getattr(ctx.obj, "db", None) or paths.database_path()
            raise click.ClickException(f"{problem} ({path}): {fix} and run the command again.") from exc


@click.group(
    cls=InterviewerGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, "--version", prog_name="interviewer")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="INTERVIEWER_DB",
    help="Database file (default: interviewer.db in the user data folder).",
)
@click.option("--model", help="Sentence-transformers model name or local folder.")
@click.pass_context
def main(ctx: click.Context, db: Path | None, model: str | None) -> None:
    """Offline mock-interview coach for ML engineering interviews.

    Run without a command to open the app. User data lives in the platform's user data folder,
    or under $INTERVIEWER_HOME when it is set.
    """
    ctx.obj = Context(db, model)
    if ctx.invoked_subcommand is None:
        from interviewer.app import run_app

        run_app(settings=ctx.obj.settings, db_path=db)


# ---------------------------------------------------------------------------- grade


def _fail(message: str) -> None:
    raise click.ClickException(message)


@main.command()
@click.option("--question", "-q", "question_id", help="Id of a bank question.")
@click.option("--reference", "-r", help="A reference answer in no bank; each sentence is a point.")
@click.option("--answer", "-a", help="The answer text.")
@click.option(
    "--answer-file",
    "-f",
    type=click.File("r", encoding="utf-8"),
    help="Read the answer from a file ('-' for standard input).",
)
@click.argument("stdin_marker", required=False, metavar="[-]")
@click.option("--json", "as_json", is_flag=True, help="Print the grade as JSON.")
@click.option("--no-save", is_flag=True, help="Do not record this answer in the database.")
@click.option(
    "--batch",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Grade every line of a JSONL file (question_id, answer, optional answer_id); "
    "one JSON grade per line on stdout. Never saves to the database.",
)
@pass_context
def grade(
    obj: Context,
    question_id: str | None,
    reference: str | None,
    answer: str | None,
    answer_file: Any,
    stdin_marker: str | None,
    as_json: bool,
    no_save: bool,
    batch: Path | None,
) -> None:
    """Grade one answer and explain the grade point by point.

    \b
    interviewer grade --question ml.bias_variance --answer "High bias means ..."
    interviewer grade --question ml.bias_variance - < answer.txt
    interviewer grade --reference "Bias underfits. Variance overfits." --answer "..."
    interviewer grade --batch answers.jsonl > grades.jsonl

    --batch FILE grades many answers to bank questions with the model loaded once. Each line
    of FILE is a JSON object with question_id, answer and optionally answer_id (any JSON value;
    other fields are ignored). Each line's grade is printed as one JSON line, in input order,
    with the fields of --json plus line (its line number) and answer_id (echoed; null when not
    given). A bad line prints {"line": N, "error": "..."} in its place and FILE:N: field: problem
    on stderr; the other lines are still graded, and the exit code is 1. --batch never saves to
    the database, and cannot be combined with --question, --reference, --answer, --answer-file
    or '-'.
    """
    from interviewer.bank.schema import adhoc_question

    if batch is not None:
        given = [
            name
            for name, value in (
                ("--question", question_id),
                ("--reference", reference),
                ("--answer", answer),
                ("--answer-file", answer_file),
                ("'-'", stdin_marker),
            )
            if value is not None
        ]
        if given:
            _fail(f"--batch reads the questions and answers from its file: drop {', '.join(given)}")
        _grade_batch(obj, batch)
        return
    if stdin_marker not in (None, "-"):
        _fail(f"unexpected argument {stdin_marker!r} (use '-' to read the answer from stdin)")
    sources = [answer is not None, answer_file is not None, stdin_marker == "-"]
    if sum(sources) != 1:
        _fail("give the answer once: --answer TEXT, --answer-file FILE, or '-' for stdin")
    if (question_id is None) == (reference is None):
        _fail("give either --question ID or --reference TEXT")
    try:
        if answer_file is not None:
            text = answer_file.read()
        elif stdin_marker == "-":
            text = sys.stdin.read()
        else:
            text = answer or ""
    except UnicodeDecodeError as exc:
        _fail(f"the answer is not UTF-8 text ({exc.reason})")

    bank: Any = None
    if question_id is not None:
        from interviewer.services import load_question_bank

        bank = load_question_bank()
        question = bank.get(question_id)
        if question is None:
            close = _close_ids(question_id, [q.id for q in bank.questions])
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            _fail(f"no question with id {question_id!r}.{hint} ('interviewer bank list --ids')")
    else:
        assert reference is not None
        if not reference.strip():
            _fail("--reference is empty")
        question = adhoc_question(reference)
    assert question is not None

    store = _open_store(obj) if not no_save else None
    answer_id = None
    if store is not None:
        session_id = store.start_session("cli")
        answer_id = store.save_answer(session_id, question, text)
        store.end_session(session_id)

    grader = _grader(obj, store, bank.questions if question_id is not None else ())
    result = grader.grade(question, text)
    if store is not None and answer_id is not None:
        store.save_grade(answer_id, result)

    if as_json:
        click.echo(json.dumps(_grade_json(result, answer_id), indent=2, ensure_ascii=False))
    else:
        _print_grade(question, result, grader.calibration.contradiction_cost)
        if answer_id is not None:
            click.echo(
                f"Saved as answer {answer_id}. Disagree with a point? "
                f"interviewer override {answer_id} POINT_ID covered|partial|missed"
            )


def _grade_batch(obj: Context, path: Path) -> None:
    """``grade --batch``: one JSON line per input line, in order; bad lines in place, exit 1."""
    from interviewer.services import load_question_bank

    try:
        with path.open("r", encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot read: {exc}")
    bank_ = load_question_bank()
    questions = {q.id: q for q in bank_.questions}
    grader: Any = None
    failed = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        row, problem = _batch_row(line, questions)
        if problem is not None:
            failed += 1
            click.echo(f"{path}:{number}: {problem}", err=True)
            error: dict[str, Any] = {"line": number, "error": problem}
            if isinstance(row, dict) and "answer_id" in row:
                error["answer_id"] = row["answer_id"]
            click.echo(json.dumps(error, ensure_ascii=False))
            continue
        assert isinstance(row, dict)
        if grader is None:
            grader = _grader(obj, None, bank_.questions)  # once, and only when some line needs it
        result = grader.grade(questions[row["question_id"]], row["answer"])
        data = {"line": number, **_grade_json(result, row.get("answer_id"))}
        click.echo(json.dumps(data, ensure_ascii=False))
    if failed:
        click.echo(f"{failed} of {sum(1 for x in lines if x.strip())} line(s) failed", err=True)
        sys.exit(EXIT_PROBLEMS)


def _batch_row(line: str, questions: dict[str, Any]) -> tuple[Any, str | None]:
    """The parsed line, and what is wrong with it as ``field: problem`` (None if nothing)."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON ({exc.msg})"
    if not isinstance(row, dict):
        return row, "expected a JSON object"
    missing = [key for key in ("question_id", "answer") if key not in row]
    if missing:
        return row, f"{', '.join(missing)}: required field is missing"
    question_id, answer = row["question_id"], row["answer"]
    if not isinstance(question_id, str):
        return row, "question_id: must be a string"
    if not isinstance(answer, str):
        return row, "answer: must be a string"
    if question_id not in questions:
        close = _close_ids(question_id, list(questions))
        hint = f"; did you mean: {', '.join(close)}?" if close else ""
        return row, f"question_id: no question with id {question_id!r}{hint}"
    return row, None


def _grade_json(result: Any, answer_id: Any) -> dict[str, Any]:
    data = result.to_dict()
    return {
        "question_id": data["question_id"],
        "score": data["score"],
        "points": data["points"],
        "flags": data["flags"],
        "word_count": data["word_count"],
        "model": data["model"],
        "grader_version": data["grader_version"],
        "answer_id": answer_id,
    }


def _print_grade(question: Any, result: Any, contradiction_cost: float | None = None) -> None:
    """The grade point by point, and the sum. ``contradiction_cost`` (the calibration's) lets
    the sum show what each contradicted point takes away; without it they show as 0%."""
    from interviewer.grading.result import Status

    colours = {
        Status.COVERED: "green",
        Status.PARTIAL: "yellow",
        Status.MISSED: "red",
        Status.CONTRADICTED: "red",
    }
    width = max((len(p.status.value) for p in result.points), default=7)
    click.echo(click.style(f"{question.id}", bold=True) + f"  {question.prompt}")
    click.echo(click.style(f"Score {result.score}/100", bold=True) + f"  ({result.word_count} words)")
    click.echo()
    for point in result.points:
        wrong = point.status is Status.CONTRADICTED
        status = click.style(
            f"{point.status.symbol} {point.status.value:<{width}}", fg=colours[point.status], bold=wrong
        )
        click.echo(
            f"  {status} {point.credit:>4.0%} of weight {point.weight:g}  "
            f"[{point.point_id}; similarity {point.similarity:.2f}]"
        )
        if wrong:
            if point.evidence:
                click.echo(f"      you said: \u201c{clip(point.evidence, 160)}\u201d")
            click.echo(f"      the reference says: {point.text}")
            if point.contradiction and _plain(point.contradiction) != _plain(point.evidence or ""):
                click.echo(f"      that matches the wrong version: {clip(point.contradiction, 160)}")
        elif point.evidence:
            click.echo(f"      evidence: \u201c{clip(point.evidence, 160)}\u201d")
            if point.terms_matched:
                click.echo(f"      terms: {', '.join(point.terms_matched)}")
        else:
            click.echo(f"      missed: {point.text}")
    click.echo()
    total = sum(p.weight for p in result.points) or 1.0
    earned = ""
    for p in result.points:
        if p.status is Status.CONTRADICTED and contradiction_cost:
            earned += f" − {contradiction_cost:.0%}×{p.weight:g}"
        else:
            earned += f" + {p.credit:.0%}×{p.weight:g}"
    earned = earned[3:] if earned.startswith(" + ") else earned.lstrip()
    penalty = f" × {result.penalty:.2g} (flags below) = {result.score}" if result.penalty < 1.0 else ""
    click.echo(f"Score: points earned ({earned}) / {total:g} = {result.raw_score:.0f}{penalty}")
    if result.flags:
        click.echo()
        for flag in result.flags:
            click.echo(click.style(f"  ! {flag.code.value}: ", fg="magenta") + flag.message)
    click.echo()
    click.echo(f"Tip: {question.tip}")


def _plain(text: str) -> str:
    """Text compared loosely: case, spacing and the closing punctuation do not count."""
    return " ".join(text.split()).casefold().rstrip(".!?;:, ")


def _close_ids(wanted: str, ids: list[str]) -> list[str]:
    from rapidfuzz import process

    return [match for match, score, _ in process.extract(wanted, ids, limit=3) if score >= 60]


def _open_store(obj: Context) -> Any:
    from interviewer.store import StoreError
    from interviewer.store.db import open_db
    from interviewer.store.store import Store

    try:
        return Store(open_db(obj.db))
    except StoreError as exc:
        _fail(str(exc))


def _grader(obj: Context, store: Any, questions: Any = ()) -> Any:
    from interviewer.grading.calibration import CalibrationError
    from interviewer.grading.embedder import ModelLoadError
    from interviewer.services import build_grader

    try:
        return build_grader(obj.settings, store, questions)
    except (ModelLoadError, CalibrationError) as exc:
        _fail(str(exc))


# ---------------------------------------------------------------------------- overrides


@main.command()
@click.argument("answer_id", type=int)
@click.argument("point_id")
@click.argument("status", type=click.Choice(["covered", "partial", "missed", "clear"]))
@pass_context
def override(obj: Context, answer_id: int, point_id: str, status: str) -> None:
    """Overrule the grader on one point of a saved answer ('clear' undoes it).

    The override is stored with the answer, changes that answer's score, and shifts the
    covered / partial thresholds used for later grades (see 'interviewer calibration').
    """
    from interviewer.grading.overrides import apply_overrides
    from interviewer.grading.result import Status
    from interviewer.services import user_calibration

    store = _open_store(obj)
    answer = store.answer(answer_id)
    if answer is None:
        _fail(f"no saved answer with id {answer_id}")
    assert answer is not None
    if answer.grade is None:
        _fail(f"answer {answer_id} has not been graded yet")
    assert answer.grade is not None
    point_ids = [p.point_id for p in answer.grade.points]
    if point_id not in point_ids:
        _fail(f"answer {answer_id} has no point {point_id!r}; its points: {', '.join(point_ids)}")
    before = user_calibration(store)
    store.override_point(answer_id, point_id, None if status == "clear" else Status(status))
    after = user_calibration(store)
    regraded = apply_overrides(answer.grade, store.overrides(answer_id))
    grader_status = next(p.status.value for p in answer.grade.points if p.point_id == point_id)
    verdict = "restored the grader's verdict" if status == "clear" else f"now {status}"
    click.echo(f"Answer {answer_id}, point {point_id}: grader said {grader_status}, {verdict}.")
    click.echo(f"Score of this answer: {answer.grade.score} -> {regraded.score}")
    click.echo(
        f"Thresholds for later grades: covered {before.covered:.3f} -> {after.covered:.3f}, "
        f"partial {before.partial:.3f} -> {after.partial:.3f}"
    )
    if status != "clear" and (before.covered, before.partial) == (after.covered, after.partial):
        similarity = next(p.similarity for p in answer.grade.points if p.point_id == point_id)
        click.echo(
            f"(This point's similarity, {similarity:.2f}, is already on your side of the "
            "thresholds, or further than they may move: the thresholds stay.)"
        )


@main.command()
@click.option("--reset", is_flag=True, help="Forget what overrides taught (overrides are kept).")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@pass_context
def calibration(obj: Context, reset: bool, as_json: bool) -> None:
    """Show the grader's thresholds: shipped, and as shifted by your overrides."""
    from interviewer.grading.calibration import load_calibration
    from interviewer.grading.overrides import MAX_SHIFT
    from interviewer.services import user_calibration

    store = _open_store(obj)
    if reset:
        store.reset_thresholds()
    shipped = load_calibration()
    current = user_calibration(store)
    count = len(store.threshold_overrides())
    data = {
        "shipped": {"covered": shipped.covered, "partial": shipped.partial},
        "current": {"covered": current.covered, "partial": current.partial},
        "overrides": count,
        "max_shift": MAX_SHIFT,
        "contradiction": {name: getattr(current, name) for name in CONTRADICTION_RULES},
        "reset_at": store.get_meta("calibration_reset_at"),
    }
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    if reset:
        click.echo("Reset: later grades use the shipped thresholds again (overrides are kept).")
    click.echo(f"{'':<10} {'shipped':>8} {'yours':>8}")
    click.echo(f"{'covered':<10} {shipped.covered:>8.3f} {current.covered:>8.3f}")
    click.echo(f"{'partial':<10} {shipped.partial:>8.3f} {current.partial:>8.3f}")
    click.echo(
        f"Shaped by {count} override{'s' if count != 1 else ''}"
        f" (each threshold moves at most {MAX_SHIFT} from the shipped value; once you mark a"
        " credited point down, that threshold only gets stricter)."
    )
    rules = ", ".join(f"{name} {getattr(current, name):g}" for name in CONTRADICTION_RULES)
    click.echo(f"Contradictions and missed points (fixed): {rules}.")


# What decides a contradicted point and what a point not made earns (data/calibration.md).
CONTRADICTION_RULES = (
    "wrong_min",
    "wrong_margin",
    "edit_margin",
    "negation_min",
    "negation_margin",
    "contradiction_cost",
    "missed_credit",
)


# ---------------------------------------------------------------------------- history


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.option("--limit", default=50, show_default=True, help="How many sessions, newest first (0: all).")
@pass_context
def history(obj: Context, as_json: bool, limit: int) -> None:
    """List past sessions: date, kind, mode, stages, questions, score, time."""
    store = _open_store(obj)
    rows = store.session_summaries(limit if limit > 0 else None)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("No sessions yet: run 'interviewer' and start an interview.")
        return
    click.echo(
        f"{'id':>4}  {'started (UTC)':<16}  {'kind':<9} {'mode':<9} {'qs':>3} {'score':>5} {'time':>6}"
    )
    for row in rows:
        minutes, seconds = divmod(int(row["seconds"] or 0), 60)
        score = "—" if row["score"] is None else str(int(row["score"]))
        started = (row["started_at"] or "")[:16].replace("T", " ")
        click.echo(
            f"{row['id']:>4}  {started:<16}  {row['kind']:<9} {row['mode'] or '—':<9} "
            f"{row['questions']:>3} {score:>5} {minutes:>3}:{seconds:02d}"
        )


# ---------------------------------------------------------------------------- due / revisit


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@pass_context
def due(obj: Context, as_json: bool) -> None:
    """Reviews due today (spaced repetition), the weakest topics, and readiness by your date."""
    from interviewer.progress import build_progress
    from interviewer.services import load_question_bank

    store = _open_store(obj)
    settings = obj.settings
    progress = build_progress(store, load_question_bank(), interview_on=settings.interview_on)
    if as_json:
        ready = progress.readiness
        data = {
            "now": progress.now.isoformat(timespec="seconds"),
            "due": [d.to_dict() for d in progress.due],
            "weakest_topics": [
                {"stage": t.stage, "topic": t.topic, "mastery": round(t.mastery or 0, 1), "seen": t.seen}
                for t in progress.weakest
            ],
            "answered": progress.answered,
            "unseen_questions": progress.unseen,
            "readiness": None
            if ready is None
            else {
                "interview_on": ready.interview_on.isoformat(),
                "days_left": ready.days_left,
                "readiness": round(ready.readiness, 3),
                "work_left": ready.work_left,
                "per_day": ready.per_day,
            },
        }
        click.echo(json.dumps(data, indent=2))
        return
    if not progress.answered and not progress.due:
        click.echo("Nothing answered yet: run 'interviewer' and start an interview.")
        return
    click.echo(f"{len(progress.due)} due today" + (":" if progress.due else "."))
    for item in progress.due:
        last = "skipped" if item.last_score is None else f"last {item.last_score}"
        click.echo(f"  {item.question_id:<34} {last:<9} {clip(item.prompt, 60)}")
    if progress.weakest:
        weak = ", ".join(f"{t.topic} {round(t.mastery or 0)}" for t in progress.weakest)
        click.echo(f"Weakest topics: {weak}")
    if progress.readiness is not None:
        click.echo(progress.readiness.sentence() + ".")
    click.echo("Practise them: interviewer revisit")


@main.command()
@pass_context
def revisit(obj: Context) -> None:
    """Open the app straight into a revisit session: due reviews, then the weakest topics."""
    from interviewer.app import run_app

    run_app(settings=obj.settings, db_path=obj.db, start="revisit")


# ---------------------------------------------------------------------------- export


@main.command()
@click.argument("session_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file.")
@pass_context
def export(obj: Context, session_id: int, fmt: str, output: Path | None) -> None:
    """Export a session's report (every answer, its grade and feedback) as Markdown or JSON."""
    from interviewer.report import build_report, report_json, report_markdown
    from interviewer.services import load_question_bank

    store = _open_store(obj)
    report = build_report(store, session_id, load_question_bank())
    if report is None:
        _fail(f"no session with id {session_id} (see 'interviewer history')")
    assert report is not None
    text = report_markdown(report) if fmt == "md" else report_json(report) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    write_private(output, text)
    click.echo(f"Wrote {output}")


def write_private(path: Path, text: str) -> None:
    """Write a file readable by the user only (reports hold their answers), atomically."""
    from interviewer import paths

    try:
        paths.write_private(path, text)
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror}")


# ---------------------------------------------------------------------------- banks


@main.group()
def bank() -> None:
    """Check and list the question banks."""


@bank.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@pass_context
@click.option(
    "--answers",
    is_flag=True,
    help="Also grade each model answer (and the built-in strong samples and stories): a wrong version or "
    "pitfall that a correct answer matches is a problem, and so is a graded follow-up whose model answer "
    "scores below 70 against its own points. Loads the embedding model.",
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
            *false_alarms(grader, correct_answers(bank_.questions, correct)),
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


# ---------------------------------------------------------------------------- bench


@main.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("-n", "--gradings", default=240, show_default=True, help="Warm gradings to time.")
@click.option("--words", default=120, show_default=True, help="Typical answer length to time.")
@click.option(
    "--history",
    default=100_000,
    show_default=True,
    help="Synthetic answers for the progress/history timings (0 skips them).",
)
@click.pass_context
def bench(ctx: click.Context, as_json: bool, gradings: int, words: int, history: int) -> None:
    """Measure start-up to model ready, warm grade latency (p50/p95), peak memory, and how fast
    the progress screen and history open over 100,000 stored answers.

    \b
    interviewer bench                 all of it
    interviewer bench history         only the history figures
    interviewer bench asag FILE       agreement with human graders
    """
    if ctx.invoked_subcommand is not None:
        return
    from interviewer.bench import run_bench
    from interviewer.grading.embedder import ModelLoadError

    obj = ctx.find_object(Context)
    assert obj is not None, "main() sets ctx.obj before any subcommand runs"
    try:
        figures = run_bench(obj.settings, gradings=gradings, answer_words=words)
    except ModelLoadError as exc:
        _fail(str(exc))
    if history:
        from interviewer.bench import run_history_bench

        figures.update(run_history_bench(obj.settings, answers=history))
    _print_figures(figures, as_json)


def _print_figures(figures: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        click.echo(f"{key:<34} {value}")


@bench.command("history")
@click.option("--answers", default=100_000, show_default=True, help="Synthetic answers to generate.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@pass_context
def bench_history(obj: Context, answers: int, as_json: bool) -> None:
    """Time the progress screen, history and due over years of synthetic practice."""
    from interviewer.bench import run_history_bench

    _print_figures(run_history_bench(obj.settings, answers=answers), as_json)


@bench.command("asag")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Summary and every answer's prediction as JSON.")
@click.option("--cv", "folds", type=int, help="K-fold question-level cross-validation of the fit.")
@click.option("--seed", default=0, show_default=True, help="Seed of the cross-validation folds.")
@click.option(
    "--fit-out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Fit the calibration on the whole file and write it here (JSON).",
)
@pass_context
def bench_asag(
    obj: Context, file: Path, as_json: bool, folds: int | None, seed: int, fit_out: Path | None
) -> None:
    """Agreement with human graders on a JSONL file of graded short answers.

    Each line: question_id, answer_id, question, reference_answer, answer, score, max_score,
    and optionally label (correct, contradictory or incorrect). Without --cv the shipped
    calibration is used and nothing is fitted.

    When every line has a label, the 3-way agreement is reported too: point-biserial r,
    macro-F1, contradictory precision / recall / F1 and the confusion matrix. An answer is
    predicted contradictory when a point is contradicted, else correct when its predicted
    fraction reaches a threshold (0.5 without --cv; with --cv, the one that maximises
    macro-F1 on the training folds), else incorrect.
    """
    import time

    from interviewer.grading.asag import (
        LABELS,
        AsagError,
        agreement,
        cross_validate,
        fit_calibration,
        grade_items,
        label_agreement,
        load_asag,
        predict_fraction,
        question_folds,
    )

    started = time.perf_counter()
    try:
        items = load_asag(file)
    except AsagError as exc:
        _fail(str(exc))
    grader = _grader(obj, None)
    loaded = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not as_json and sys.stderr.isatty() and (done % 50 == 0 or done == total):
            click.echo(f"\rgraded {done}/{total}", nl=done == total, err=True)

    grades = grade_items(grader, items, progress)
    graded = time.perf_counter()
    base = grader.calibration
    labelled = sum(item.label is not None for item in items)
    try:
        if folds:
            predicted, fitted_per_fold = cross_validate(items, grades, base, folds, seed)
            mode = f"{folds}-fold question-level cross-validation (fit on the other folds)"
        else:
            predicted = predict_fraction(grades, base)
            mode = "shipped calibration, nothing fitted"
        labels = None
        if labelled == len(items):
            if folds:
                split = question_folds(items, folds, seed)
                labels = label_agreement(items, grades, predicted, split, fitted_per_fold)
            else:
                labels = label_agreement(items, grades, predicted)
    except AsagError as exc:
        _fail(str(exc))
    result = agreement(items, predicted)
    elapsed = time.perf_counter() - started
    summary = {
        "file": str(file),
        "answers": len(items),
        "questions": len(result.per_question),
        "mode": mode,
        "pearson_r": round(result.pearson, 4),
        "spearman_rho": round(result.spearman, 4),
        "rmse": round(result.rmse, 4),
        "model_load_s": round(loaded - started, 2),
        "grading_s": round(graded - loaded, 2),
        "answers_per_s": round(len(items) / max(graded - loaded, 1e-9), 1),
        "run_time_s": round(elapsed, 2),
        "worst_questions": result.per_question[:10],
    }
    if labels is not None:
        summary.update(_label_summary(labels, bool(folds)))
    elif labelled:
        summary["labels_skipped"] = f"only {labelled} of {len(items)} answers have a label"
    if fit_out is not None:
        fitted = fit_calibration(grades, __import__("numpy").array([i.fraction for i in items]), base)
        write_calibration(fit_out, fitted, note=f"fitted on {file.name} ({len(items)} answers)")
        summary["fitted_calibration"] = str(fit_out)
    if as_json:
        summary["predictions"] = {
            item.answer_id: round(float(p) * item.max_score, 4)
            for item, p in zip(items, result.predicted, strict=True)
        }
        if labels is not None:
            summary["predicted_labels"] = {
                item.answer_id: label for item, label in zip(items, labels.predicted, strict=True)
            }
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
        return
    click.echo(f"{len(items)} answers to {summary['questions']} questions; {mode}")
    click.echo(f"Pearson r     {result.pearson:.3f}")
    click.echo(f"Spearman rho  {result.spearman:.3f}")
    click.echo(f"RMSE          {result.rmse:.3f} (on each answer's own scale)")
    click.echo(f"Speed         {summary['answers_per_s']} answers/s; run time {elapsed:.1f} s")
    if labels is not None:
        _print_labels(labels, LABELS, bool(folds))
    elif labelled:
        click.echo(f"Labels        skipped: {summary['labels_skipped']}")
    click.echo("\nWorst 10 questions (by mean absolute error):")
    click.echo(f"  {'id':<8} {'n':>4} {'MAE':>6} {'r':>6}  question")
    for q in result.per_question[:10]:
        r = "-" if q["pearson"] is None else f"{q['pearson']:.2f}"
        question = clip(str(q["question"]), 60)
        click.echo(f"  {q['question_id']!s:<8} {q['answers']:>4} {q['mae']:>6.2f} {r:>6}  {question}")
    if fit_out is not None:
        click.echo(f"\nFitted calibration written to {fit_out}")


def _threshold_text(labels: Any, cross_validated: bool) -> str:
    if cross_validated:
        chosen = ", ".join(f"{t:.3f}" for t in labels.thresholds)
        return f"chosen per fold on the training folds' questions (max macro-F1): {chosen}"
    return f"default {labels.thresholds[0]:g}"


def _label_summary(labels: Any, cross_validated: bool) -> dict[str, Any]:
    def r4(value: float) -> float | None:
        return None if value != value else round(value, 4)  # nan -> null

    contradictory = labels.per_label["contradictory"]
    return {
        "point_biserial_r": r4(labels.point_biserial),
        "macro_f1": r4(labels.macro_f1),
        "accuracy_3way": r4(labels.accuracy),
        "contradictory_precision": r4(contradictory["precision"]),
        "contradictory_recall": r4(contradictory["recall"]),
        "contradictory_f1": r4(contradictory["f1"]),
        "per_label": {
            label: {key: r4(value) if isinstance(value, float) else value for key, value in scores.items()}
            for label, scores in labels.per_label.items()
        },
        "confusion_matrix": {
            "rows": "human label",
            "columns": "predicted label",
            "labels": list(labels.per_label),
            "counts": labels.confusion,
        },
        "label_threshold": labels.thresholds if cross_validated else labels.thresholds[0],
        "label_rule": "contradictory if a point is contradicted, else correct if the predicted "
        f"fraction >= the threshold ({_threshold_text(labels, cross_validated)}), else incorrect",
    }


def _print_labels(labels: Any, names: tuple[str, ...], cross_validated: bool) -> None:
    def show(value: float) -> str:
        return "-" if value != value else f"{value:.3f}"

    contradictory = labels.per_label["contradictory"]
    click.echo(
        "\nLabels: contradictory if a point is contradicted, else correct if the predicted fraction"
        f" >= the threshold ({_threshold_text(labels, cross_validated)}), else incorrect"
    )
    click.echo(f"Point-biserial r  {show(labels.point_biserial)} (predicted fraction vs label correct)")
    click.echo(f"Macro-F1 (3-way)  {show(labels.macro_f1)} (accuracy {show(labels.accuracy)})")
    click.echo(
        f"Contradictory     precision {show(contradictory['precision'])}  "
        f"recall {show(contradictory['recall'])}  F1 {show(contradictory['f1'])}"
    )
    width = max(len(name) for name in names)
    click.echo(
        f"\nConfusion (rows: human label, columns: predicted)\n  {'':<{width}}"
        + "".join(f" {name:>{width}}" for name in names)
    )
    for name, row in zip(names, labels.confusion, strict=True):
        click.echo(f"  {name:<{width}}" + "".join(f" {count:>{width}}" for count in row))


def write_calibration(path: Path, calibration: Any, note: str) -> None:
    import dataclasses

    data = {"version": 1, "note": note, **dataclasses.asdict(calibration)}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


from interviewer.coding.commands import run_code  # noqa: E402

main.add_command(run_code)

from interviewer.bank.import_command import bank_import  # noqa: E402

bank.add_command(bank_import, "import")

from interviewer.doctor import doctor  # noqa: E402

main.add_command(doctor)
