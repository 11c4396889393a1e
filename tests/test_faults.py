"""Faults: a damaged, read-only, full or too-new database. Nothing typed is lost, every message
names the file and the way forward, and a file that cannot be used is never changed."""

from __future__ import annotations

import os
import random
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlite_utils import Database
from textual.widgets import TextArea

from interviewer.app import InterviewerApp, run_app
from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.cli import main
from interviewer.config import Settings
from interviewer.grading.grader import Grader
from interviewer.interview import InterviewPlan, Mode, plan_interview
from interviewer.screens.interview import InterviewScreen
from interviewer.store import Store, open_db, schema_version
from interviewer.store.db import (
    CorruptDatabase,
    NewerSchema,
    ReadOnlyDatabase,
    describe_write_error,
    error_kind,
)
from tests.support import record_notifications

BANK = Path(__file__).parent / "data" / "interview-bank.yaml"
SIZE = (100, 32)
# About 1,000 words: more than a page, so saving it needs a new page of the database.
LONG_ANSWER = " ".join(
    [
        "I am drawn to this role because I want my evaluation work to make models safer and "
        "more reliable for the people who depend on them."
    ]
    * 40
)


@pytest.fixture
def bank() -> QuestionBank:
    loaded = load_banks([BANK])
    assert not loaded.problems
    return loaded


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def real_database(path: Path, answers: int = 20) -> None:
    from tests.support import make_grade, make_question

    store = Store(open_db(path))
    for i in range(answers):
        session = store.start_session("practice", "coach")
        answer_id = store.save_answer(session, make_question(), f"answer number {i} " * 30)
        store.save_grade(answer_id, make_grade())
    store.db.close()  # the last connection checkpoints: the file alone holds everything


# ------------------------------------------------------------------ a damaged file


def corrupt_files(tmp_path: Path) -> dict[str, bytes]:
    real = tmp_path / "real.db"
    real_database(real)
    data = real.read_bytes()
    return {
        "random bytes": random.Random(7).randbytes(16384),
        "text file": b"these are my interview notes, not a database\n" * 50,
        "truncated": data[: len(data) // 3],
        "header only": data[:100],
    }


@pytest.mark.parametrize("kind", ["random bytes", "text file", "truncated", "header only"])
def test_a_damaged_file_is_refused_untouched_with_the_way_forward(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "interviewer.db"
    path.write_bytes(corrupt_files(tmp_path)[kind])
    before = listing(folder)
    with pytest.raises(CorruptDatabase) as caught:
        open_db(path)
    message = str(caught.value)
    assert str(path) in message and "left untouched" in message
    # Not the default database: the command to run names it.
    assert f"interviewer --db {path} doctor --repair" in message
    assert listing(folder) == before  # not one byte changed, no -wal or -shm left behind


def test_the_default_database_is_repaired_without_db_option(interviewer_home: Path) -> None:
    interviewer_home.mkdir()
    (interviewer_home / "interviewer.db").write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(CorruptDatabase, match=r"Run 'interviewer doctor --repair'"):
        open_db()


def test_the_app_prints_the_message_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"not sqlite at all" * 200)
    with pytest.raises(SystemExit) as exited:
        run_app(Settings(), db_path=path)
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith(f"interviewer: {path} is not a usable SQLite database")
    assert "doctor --repair" in err and "left untouched" in err
    assert path.read_bytes() == b"not sqlite at all" * 200


# ------------------------------------------------------------------ a newer schema


def test_newer_schema_message_has_the_way_forward(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.db"
    db = open_db(path)
    db.execute(f"pragma user_version = {schema_version() + 3}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchema) as caught:
        open_db(path)
    message = str(caught.value)
    assert str(path) in message and "not changed" in message
    assert "Upgrade interviewer" in message and "--db PATH" in message
    with pytest.raises(SystemExit):
        run_app(Settings(), db_path=path)
    assert "newer version of interviewer" in capsys.readouterr().err
    assert path.read_bytes() == before


# ------------------------------------------------------------------ read-only


def deny_writes(monkeypatch: pytest.MonkeyPatch, *denied: Path) -> None:
    """The file system refuses writes to these paths (root ignores chmod, so tests say so)."""
    real_access = os.access

    def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        if mode & os.W_OK and Path(path) in denied:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def test_a_read_only_file_is_refused_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.db"
    real_database(path, answers=2)
    before = listing(tmp_path)
    deny_writes(monkeypatch, path)
    with pytest.raises(ReadOnlyDatabase) as caught:
        open_db(path)
    message = str(caught.value)
    assert f"{path} is read-only" in message and "Nothing was changed" in message
    assert f"chmod u+w {path}" in message and "--db PATH" in message
    assert listing(tmp_path) == before


def test_a_read_only_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    deny_writes(monkeypatch, folder)
    with pytest.raises(ReadOnlyDatabase, match=f"The folder {folder} is read-only"):
        open_db(folder / "x.db")
    assert list(folder.iterdir()) == []  # no empty database created either


def test_the_app_and_writing_commands_refuse_a_read_only_database(
    interviewer_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = interviewer_home / "interviewer.db"
    real_database(path, answers=2)
    before = path.read_bytes()
    deny_writes(monkeypatch, path)
    with pytest.raises(SystemExit) as exited:
        run_app(Settings())
    assert exited.value.code == 1
    assert f"interviewer: {path} is read-only" in capsys.readouterr().err
    result = CliRunner().invoke(main, ["calibration", "--reset"])
    assert result.exit_code == 1
    assert f"{path} is read-only" in result.output and "chmod u+w" in result.output
    assert path.read_bytes() == before


def test_write_errors_are_told_apart(tmp_path: Path) -> None:
    db = open_db(tmp_path / "x.db")
    db.execute("PRAGMA query_only = 1")
    with pytest.raises(sqlite3.OperationalError) as read_only:
        db.execute("INSERT INTO meta (key, value) VALUES ('a', 'b')")
    assert error_kind(read_only.value) == "readonly"
    assert describe_write_error(read_only.value)[0] == "The database is read-only"
    db.execute("PRAGMA query_only = 0")
    fill_disk(db)
    with pytest.raises(sqlite3.OperationalError) as full:
        db.execute("INSERT INTO meta (key, value) VALUES ('a', ?)", ["x" * 10_000])
    assert error_kind(full.value) == "full"
    assert describe_write_error(full.value) == ("Disk full", "free some space")
    free_disk(db)
    db.execute("INSERT INTO meta (key, value) VALUES ('a', ?)", ["x" * 10_000])


# ------------------------------------------------------------------ a full disk, in the app


def fill_disk(db: Database) -> None:
    """Make the database unable to grow: any write that needs a new page fails with SQLITE_FULL."""
    db.execute("CREATE TABLE IF NOT EXISTS pad (b BLOB)")
    db.conn.commit()
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    size = 1 << 16
    while size:  # use up the free pages and the free space of the pad's own pages
        try:
            with db.conn:
                db.execute("INSERT INTO pad VALUES (zeroblob(?))", [size])
        except sqlite3.OperationalError as exc:
            assert error_kind(exc) == "full"
            size //= 2


def free_disk(db: Database) -> None:
    db.execute("PRAGMA max_page_count = 1073741823")
    with db.conn:
        db.execute("DELETE FROM pad")


async def settle(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_disk_full_keeps_the_answer_in_the_editor_until_it_can_be_saved(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    store = Store(open_db(tmp_path / "app.db"))
    app = InterviewerApp(Settings(mode="interview"), store, bank, grader_factory=lambda: grader)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        while app.grader is None:
            await settle(pilot)
        screen = InterviewScreen(plan_interview(bank, "quick", seed=0), Mode.INTERVIEW)
        await app.push_screen(screen)
        session = screen.session.session_id
        assert session is not None
        question = screen.session.interview.current.question.id
        editor = screen.query_one("#answer", TextArea)
        editor.text = LONG_ANSWER

        fill_disk(store.db)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen and editor.text == LONG_ANSWER
        assert store.answers(session) == [] and screen.session.interview.current.answers == []
        (note,) = [n for n in notes if n.startswith("Not saved")]
        assert "Disk full: your answer is still in the editor" in note
        assert "free some space and submit again (ctrl+s)" in note

        # The autosave fails too, and says so once, not every few seconds.
        for _ in range(3):
            screen.autosave()
        await pilot.pause()
        (warning,) = [n for n in notes if "could not be autosaved" in n]
        assert warning == (
            "Draft not saved: Disk full: your draft could not be autosaved; it is still in the "
            "editor. Free some space and it is saved again."
        )
        assert store.draft(session) is None

        free_disk(store.db)
        screen.autosave()
        await pilot.pause()
        assert store.draft(session) == (question, LONG_ANSWER)
        assert any("being saved again" in n for n in notes)

        await pilot.press("ctrl+s")
        await settle(pilot)
        (saved,) = store.answers(session)
        assert saved.text == LONG_ANSWER and saved.grade is not None
        assert editor.text == "" and store.draft(session) is None


async def test_a_grade_that_cannot_be_saved_is_saved_later(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    release = threading.Event()

    def slow_model() -> Grader:
        release.wait(timeout=60)
        return grader

    store = Store(open_db(tmp_path / "app.db"))
    app = InterviewerApp(Settings(mode="interview"), store, bank, grader_factory=slow_model)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = InterviewScreen(plan_interview(bank, "quick", seed=0), Mode.INTERVIEW)
        await app.push_screen(screen)
        assert screen.session.session_id is not None
        screen.query_one("#answer", TextArea).text = "I want to make models safer."
        await pilot.press("ctrl+s")  # saved at once; graded when the model is ready
        (answer,) = store.answers(screen.session.session_id)

        # The database turns read-only before the grade comes back.
        store.db.execute("PRAGMA query_only = 1")
        release.set()
        while app.grader is None:
            await settle(pilot)
        await settle(pilot)
        reread = store.answer(answer.id)
        assert reread is not None and reread.grade is None
        assert answer.id in screen.session.unsaved_grades
        assert any("The database is read-only: the grade was not saved (your answer was)" in n for n in notes)

        # A submit meanwhile fails the same way, and keeps the text.
        editor = screen.query_one("#answer", TextArea)
        editor.text = "A follow-up answer that must not be lost."
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert editor.text == "A follow-up answer that must not be lost."
        assert any("read-only: your answer is still in the editor" in n for n in notes)

        store.db.execute("PRAGMA query_only = 0")
        screen.autosave()
        reread = store.answer(answer.id)
        assert reread is not None and reread.grade is not None and not screen.session.unsaved_grades


async def test_an_interview_that_cannot_start_says_so_and_goes_back(
    tmp_path: Path, bank: QuestionBank, grader: Grader, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interviewer.screens.home import HomeScreen

    store = Store(open_db(tmp_path / "app.db"))
    app = InterviewerApp(Settings(), store, bank, grader_factory=lambda: grader)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)

        def disk_full(*args: object, **kwargs: object) -> int:
            raise sqlite3.OperationalError("database or disk is full")

        # A new session row usually fits in a page with room, so a full disk is simulated here.
        monkeypatch.setattr(store, "start_session", disk_full)
        await app.push_screen(InterviewScreen(plan_interview(bank, "quick", seed=0), Mode.COACH))
        await settle(pilot)
        assert any(n.startswith("Not started: Disk full") for n in notes)
        await pilot.press("x", "ctrl+s", "ctrl+n")  # nothing to submit into: no error
        await pilot.press("f10")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert store.sessions() == []


def test_a_command_whose_write_fails_prints_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from interviewer.cli import main

    def disk_full(*args: object, **kwargs: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "save_answer", disk_full)
    result = CliRunner().invoke(
        main, ["--db", str(tmp_path / "cli.db"), "grade", "--reference", "Bias underfits.", "--answer", "x"]
    )
    assert result.exit_code == 1
    path = tmp_path / "cli.db"
    assert result.output.strip() == f"Error: Disk full ({path}): free some space and run the command again."
    assert result.exception is not None and not isinstance(result.exception, sqlite3.Error)


def interview_in_progress(tmp_path: Path, bank: QuestionBank) -> tuple[Store, InterviewPlan, int]:
    """A quick coach-mode interview saved as the app saves one, not yet finished."""
    store = Store(open_db(tmp_path / "app.db"))
    plan = plan_interview(bank, "quick", seed=0)
    settings = {"plan": plan.question_ids, "length": "quick", "mode": "coach"}
    return store, plan, store.start_session("interview", "coach", settings)


async def test_answers_left_ungraded_by_a_crash_are_graded_on_resume(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    """The app died after committing an answer and before saving its grade: resuming grades it."""
    store, plan, session = interview_in_progress(tmp_path, bank)
    first = plan.items[0].question
    answer_id = store.save_answer(session, first, LONG_ANSWER)
    resumed = store.unfinished_interview()
    assert resumed is not None and store.answer(answer_id).grade is None  # type: ignore[union-attr]
    app = InterviewerApp(Settings(), store, bank, grader_factory=lambda: grader)
    async with app.run_test(size=SIZE) as pilot:
        while app.grader is None:
            await settle(pilot)
        screen = InterviewScreen(plan, Mode.COACH, resume=resumed)
        await app.push_screen(screen)
        await settle(pilot)
        graded = store.answer(answer_id)
        assert graded is not None and graded.grade is not None
        assert graded.grade.score == grader.grade(first, LONG_ANSWER).score
        assert screen.session.interview.index == 1  # it went on with the next question


async def test_a_follow_up_draft_left_by_a_crash_is_kept_with_its_answer(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    store, plan, session = interview_in_progress(tmp_path, bank)
    first = plan.items[0].question
    answer_id = store.save_answer(session, first, "A short first answer.")
    store.save_grade(answer_id, grader.grade(first, "A short first answer."))
    store.save_draft(session, first.id, LONG_ANSWER)  # the follow-up, being typed
    resumed = store.unfinished_interview()
    app = InterviewerApp(Settings(), store, bank, grader_factory=lambda: grader)
    async with app.run_test(size=SIZE) as pilot:
        while app.grader is None:
            await settle(pilot)
        await app.push_screen(InterviewScreen(plan, Mode.COACH, resume=resumed))
        await settle(pilot)
    answer = store.answer(answer_id)
    assert answer is not None and answer.followups[-1]["answer"] == LONG_ANSWER
    assert store.draft(session) is None
    both = grader.grade(first, "A short first answer.\n\n" + LONG_ANSWER)
    assert answer.grade is not None and answer.grade.score == both.score
