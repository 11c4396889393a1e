"""``interviewer grade``: one answer, or a batch, graded from the shell."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from interviewer.cli.base import (
    EXIT_PROBLEMS,
    Context,
    _close_ids,
    _fail,
    _grader,
    _open_store,
    _plain,
    main,
    pass_context,
)
from interviewer.text import clip


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
@click.option(
    "--audio",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A recording of the answer (WAV): transcribed offline, graded, and its delivery measured.",
)
@click.option(
    "--follow-up",
    "followups",
    nargs=2,
    multiple=True,
    metavar="QUESTION ANSWER",
    help="A follow-up the interviewer asked and its answer, graded with the answer (repeatable, in "
    "order): a claim corrected there stands, shown with what was said first.",
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
    audio: Path | None,
    followups: tuple[tuple[str, str], ...],
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
    interviewer grade --question ml.bias_variance --audio answer.wav
    interviewer grade -q ml.bias_variance -a "..." --follow-up "Are you sure?" "Sorry, ..."
    interviewer grade --batch answers.jsonl > grades.jsonl

    --audio FILE transcribes a spoken answer (needs the 'voice' extra), grades the text, and
    prints its delivery: pace, filler words, long pauses, talk time against the question's
    time and concision. A saved answer keeps a copy of the recording beside it.

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
                ("--audio", audio),
                ("--follow-up", followups or None),
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
    sources = [answer is not None, answer_file is not None, stdin_marker == "-", audio is not None]
    if sum(sources) != 1:
        _fail("give the answer once: --answer TEXT, --answer-file FILE, '-' for stdin, or --audio FILE")
    if (question_id is None) == (reference is None):
        _fail("give either --question ID or --reference TEXT")
    transcript: Any = None
    kept: Path | None = None
    try:
        if audio is not None:
            from interviewer.cli.voice import transcribe_file

            transcript, _ = transcribe_file(audio)
            text = transcript.text
            if not text.strip():
                _fail(f"nothing was heard in {audio}: no answer to grade")
        elif answer_file is not None:
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
        answer_id = store.save_answer(
            session_id, question, text, followups=[{"question": q, "answer": a} for q, a in followups]
        )
        store.end_session(session_id)
        if audio is not None:
            from interviewer import paths
            from interviewer.voice import save_audio

            try:
                kept = save_audio(answer_id, audio, obj.db or paths.database_path())
            except OSError as exc:
                click.echo(f"warning: the recording was not kept: {exc.strerror or exc}", err=True)

    grader = _grader(obj, store, bank.questions if question_id is not None else ())
    result = grader.grade(question, text, list(followups))
    if store is not None and answer_id is not None:
        store.save_grade(answer_id, result)

    delivery: Any = None
    if transcript is not None:
        from interviewer.cli.voice import serving_spans
        from interviewer.voice import spoken_delivery

        spans = serving_spans(result)
        delivery = spoken_delivery(transcript, suggested_seconds=question.time_limit_s, serving_spans=spans)
    if as_json:
        data = _grade_json(result, answer_id)
        if transcript is not None:
            data.update(transcript=transcript.to_dict(), delivery=delivery.to_dict())
            data["audio_path"] = str(kept) if kept is not None else None
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        if transcript is not None:
            click.echo(click.style("Heard: ", bold=True) + f"\u201c{transcript.text}\u201d")
            click.echo()
        _print_grade(question, result, grader.calibration.contradiction_cost)
        if delivery is not None:
            click.echo()
            from interviewer.cli.voice import print_delivery

            print_delivery(delivery)
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
    from interviewer.grading.present import counting, point_view
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
    for point, counts in counting(result):
        wrong = point.status is Status.CONTRADICTED
        status = click.style(
            f"{point.status.symbol} {point.status.value:<{width}}", fg=colours[point.status], bold=wrong
        )
        click.echo(
            f"  {status} {point.credit:>4.0%} of weight {point.weight:g}  "
            f"[{point.point_id}; similarity {point.similarity:.2f}]"
            + "".join(f"  {note}" for note in point_view(point, counts, result.best_of is not None).notes)
        )
        if wrong:
            if point.evidence:
                click.echo(f"      you said: \u201c{clip(point.evidence, 160)}\u201d")
            click.echo(f"      the reference says: {point.text}")
            if point.contradiction and _plain(point.contradiction) != _plain(point.evidence or ""):
                click.echo(f"      that matches the wrong version: {clip(point.contradiction, 160)}")
            if point.contradiction_words:
                click.echo(
                    f"      the words that make it wrong: \u201c{clip(point.contradiction_words, 80)}\u201d"
                )
        elif point.evidence:
            if point.corrected_from:
                click.echo(f"      you first said: \u201c{clip(point.corrected_from, 160)}\u201d")
                click.echo("      corrected when challenged:")
            click.echo(f"      evidence: \u201c{clip(point.evidence, 160)}\u201d")
            if point.terms_matched:
                click.echo(f"      terms: {', '.join(point.terms_matched)}")
        else:
            click.echo(f"      missed: {point.text}")
    click.echo()
    from interviewer.grading.present import score_sum

    first, *rest = score_sum(result, contradiction_cost)
    click.echo(f"Score: {first}")
    for line in rest:
        click.echo(f"       {line}")
    if result.flags:
        click.echo()
        for flag in result.flags:
            click.echo(click.style(f"  ! {flag.code.value}: ", fg="magenta") + flag.message)
    click.echo()
    click.echo(f"Tip: {question.tip}")
