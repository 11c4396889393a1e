"""The ``interviewer`` command group and what its commands share: the context (settings, the
database path), one-line failures, opening the store and the grader, private files.

Heavy imports (textual, sentence-transformers) happen inside the commands that need them, so
``interviewer --help`` and ``interviewer bank list`` answer at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from interviewer import __version__

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


def _fail(message: str) -> None:
    raise click.ClickException(message)


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


def write_private_or_fail(path: Path, text: str) -> None:
    """Write a file readable by the user only (reports hold their answers), atomically."""
    from interviewer import paths

    try:
        paths.write_private(path, text)
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror}")
