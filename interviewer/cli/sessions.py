"""Sessions from the shell: ``history``, ``due``, ``revisit`` and ``export``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from interviewer.cli.base import Context, _fail, _open_store, main, pass_context, write_private_or_fail
from interviewer.text import clip


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.option("--limit", default=50, show_default=True, help="How many sessions, newest first (0: all).")
@pass_context
def history(obj: Context, as_json: bool, limit: int) -> None:
    """List past sessions: date, kind, mode, stages, questions, score, time."""
    store = _open_store(obj)
    rows = store.session_summaries(limit if limit > 0 else None)
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in rows], indent=2))
        return
    if not rows:
        click.echo("No sessions yet: run 'interviewer' and start an interview.")
        return
    # Whole interviews apart from practice: a one-question practice score is not an interview's.
    for title, group in (
        ("Interviews", [r for r in rows if r.is_interview]),
        ("Practice and revisits", [r for r in rows if not r.is_interview]),
    ):
        if not group:
            continue
        click.echo(click.style(title, bold=True))
        click.echo(
            f"{'id':>4}  {'started (UTC)':<16}  {'kind':<9} {'mode':<9} {'qs':>3} {'score':>5} {'time':>6}"
        )
        for row in group:
            score = "—" if row.score is None else str(row.score)
            click.echo(
                f"{row.id:>4}  {row.started:<16}  {row.kind:<9} {row.mode or '—':<9} "
                f"{row.questions:>3} {score:>5} {row.time:>6}"
            )
        click.echo()


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
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.option("--days", default=7, show_default=True, help="The plan's length when no interview date is set.")
@pass_context
def plan(obj: Context, as_json: bool, days: int) -> None:
    """A day-by-day plan to your interview date: reviews due and new questions to open."""
    from interviewer.services import load_question_bank
    from interviewer.study_plan import study_plan

    store = _open_store(obj)
    bank = load_question_bank()
    laid_out = study_plan(store, bank, interview_on=obj.settings.interview_on, horizon=max(1, days))
    if as_json:
        click.echo(json.dumps(laid_out.to_dict(), indent=2))
        return
    if laid_out.interview_on is None:
        click.echo(
            f"No interview date set (the app's home screen, key d): the next {len(laid_out.days)} days."
        )
    else:
        click.echo(f"Plan to your interview on {laid_out.interview_on:%a %d %b %Y}:")
    for day in laid_out.days:
        head = f"{day.day:%a %d %b}: {len(day.reviews)} review{'s' * (len(day.reviews) != 1)}"
        if day.new:
            head += f", {len(day.new)} new"
        click.echo(head + (f" — {day.note}" if day.note else ""))
        for question_id in day.reviews:
            click.echo(f"    review  {question_id}")
        for question_id in day.new:
            question = bank.get(question_id)
            click.echo(f"    new     {question_id:<34} {clip(question.prompt, 50) if question else ''}")
    if laid_out.left_out:
        click.echo(
            f"{laid_out.left_out} of {laid_out.unseen} unanswered questions do not fit before the date: "
            "the plan opens every topic first."
        )
    click.echo("Start today's: interviewer revisit (reviews), or practise a stage in the app.")


@main.command()
@pass_context
def revisit(obj: Context) -> None:
    """Open the app straight into a revisit session: due reviews, then the weakest topics."""
    from interviewer.app import run_app

    run_app(settings=obj.settings, db_path=obj.db, start="revisit")


@main.command()
@click.option(
    "--audio-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A WAV file played as the microphone each time F8 records (to try it without one).",
)
@pass_context
def spoken(obj: Context, audio_file: Path | None) -> None:
    """Open the app straight into the spoken phone screen: the interviewer's lines are read
    aloud (with espeak-ng installed) and F8 records your answer."""
    from interviewer.app import run_app

    if audio_file is not None:
        from interviewer.voice import VoiceError
        from interviewer.voice.audio import read_wav

        try:
            read_wav(audio_file)
        except VoiceError as exc:
            _fail(str(exc))
    run_app(settings=obj.settings, db_path=obj.db, start="spoken", audio_file=audio_file)


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
    write_private_or_fail(output, text)
    click.echo(f"Wrote {output}")
