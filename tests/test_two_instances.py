"""Two instances on one database file at once, as when the app is open in two terminals or a
CLI command runs while the app is open.

Both must work: SQLite in WAL mode lets one write while the other reads, and the busy timeout
makes a writer wait for the other's short transaction instead of failing. Afterwards the file
passes integrity_check and every row either side reported as committed is there. When the other
side holds the write lock for longer than the busy timeout, the second instance must say so
clearly (and, in the app, keep the answer in the editor).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from textual.widgets import OptionList, TextArea

from interviewer.app import InterviewerApp
from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.config import Settings
from interviewer.grading.calibration import load_calibration
from interviewer.grading.grader import Grader
from interviewer.screens.feedback import FeedbackScreen
from interviewer.screens.interview import InterviewScreen
from interviewer.store import Store, open_db
from tests.crash_driver import sha
from tests.support import model_ready, record_notifications

DRIVER = Path(__file__).with_name("crash_driver.py")
BANK = Path(__file__).parent / "data" / "interview-bank.yaml"
SIZE = (100, 32)
QUESTION = "ml.bias_variance"
WRITES = 600  # per writer: enough that the two always overlap, however the go signals land


class Driver:
    """tests/crash_driver.py in a subprocess; its lines go to a file, so it never blocks on a
    full pipe while this side is busy."""

    def __init__(self, tmp_path: Path, name: str, *args: object, stdin: bool = False) -> None:
        self.out = tmp_path / f"{name}.out"
        self.err = tmp_path / f"{name}.err"
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, str(DRIVER), *map(str, args)],
                stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                stdout=out,
                stderr=err,
            )

    def lines(self) -> list[str]:
        return self.out.read_text(encoding="utf-8").splitlines()

    def wait_for(self, wanted: str, timeout: float = 60) -> None:
        """Poll until a line containing ``wanted`` is written (or the process ends)."""
        deadline = time.monotonic() + timeout
        while not any(wanted in line for line in self.lines()):
            assert self.process.poll() is None, f"the driver ended early:\n{self.stderr()}"
            assert time.monotonic() < deadline, f"no {wanted!r} from the driver in {timeout:.0f} s"
            time.sleep(0.02)

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{line}\n".encode())
        self.process.stdin.flush()

    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def submitted(lines: list[str]) -> list[tuple[int, int, str, str, float]]:
    """(answer id, session id, question id, sha of the text, time) of every SUBMITTED line."""
    rows = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 8 and parts[2] == "SUBMITTED":
            rows.append((int(parts[5]), int(parts[3]), parts[4], parts[6], float(parts[7])))
    return rows


def check_file(db: Path, committed: list[tuple[int, int, str, str, float]]) -> list[str]:
    """integrity_check, then every committed answer by id with exactly its text."""
    conn = sqlite3.connect(db)
    try:
        problems = [
            f"integrity_check: {r[0]}" for r in conn.execute("pragma integrity_check") if r[0] != "ok"
        ]
        rows = {r[0]: r[1:] for r in conn.execute("select id, session_id, question_id, text from answers")}
        for answer_id, session_id, question_id, digest, _ in committed:
            row = rows.get(answer_id)
            if row is None or row[0] != session_id or row[1] != question_id or sha(row[2]) != digest:
                problems.append(f"answer {answer_id} of session {session_id} is missing or changed")
        return problems
    finally:
        conn.close()


def overlapped(a: list[int], b: list[int]) -> bool:
    """The two writers' rows interleave: they really wrote at the same time."""
    return bool(a and b) and max(min(a), min(b)) < min(max(a), max(b))


def test_two_processes_create_and_write_one_database_at_once(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"  # does not exist yet: both create and migrate it at once
    writers = [
        Driver(tmp_path, name, "hammer", "--db", db, "--name", name, "--count", WRITES, "--go", stdin=True)
        for name in "AB"
    ]
    try:
        for writer in writers:
            writer.wait_for("READY")  # the database is open and up to date
        for writer in writers:  # then both start writing at the same moment
            writer.send("go")
        codes = [writer.process.wait(timeout=120) for writer in writers]
    finally:
        for writer in writers:
            writer.stop()
    assert codes == [0, 0], "a writer failed:\n" + "\n".join(w.stderr() for w in writers)
    assert all(any(f" DONE {WRITES}" in line for line in w.lines()) for w in writers)
    rows = [submitted(w.lines()) for w in writers]
    assert [len(r) for r in rows] == [WRITES, WRITES]
    assert overlapped([r[0] for r in rows[0]], [r[0] for r in rows[1]]), "the writers never overlapped"
    assert check_file(db, rows[0] + rows[1]) == []
    store = Store(open_db(db))
    assert store.count_answers() == 2 * WRITES
    assert all(s.status == "finished" for s in store.sessions())


def test_two_cli_grades_at_once_both_save(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"  # both create it, both load the model, both save
    texts = {
        "A": "High bias means the model is too simple and underfits; high variance means it "
        "overfits the noise in the training data.",
        "B": "More capacity lowers bias and raises variance, so the total error is lowest in "
        "between; regularization trades one for the other.",
    }
    processes = {
        name: subprocess.Popen(
            [sys.executable, "-m", "interviewer", "--db", str(db), "grade", "--question", QUESTION]
            + ["--answer", text, "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, text in texts.items()
    }
    results = {name: p.communicate(timeout=240) for name, p in processes.items()}
    for name, process in processes.items():
        assert process.returncode == 0, f"grade {name} failed:\n{results[name][1][-3000:]}"
    printed = {name: json.loads(out) for name, (out, _) in results.items()}
    assert printed["A"]["answer_id"] != printed["B"]["answer_id"]
    store = Store(open_db(db))
    for name, text in texts.items():
        row = store.answer(printed[name]["answer_id"])
        assert row is not None and row.text == text and row.question_id == QUESTION
        assert row.score == printed[name]["score"] and row.grade is not None
    assert store.db.execute("pragma integrity_check").fetchone()[0] == "ok"


# ------------------------------------------------------------------------------ the app


@pytest.fixture
def bank() -> QuestionBank:
    loaded = load_banks([BANK])
    assert not loaded.problems
    return loaded


async def start_interview(pilot) -> InterviewScreen:  # type: ignore[no-untyped-def]
    await model_ready(pilot)
    menu = pilot.app.screen.query_one("#menu", OptionList)
    menu.highlighted = next(
        i for i in range(menu.option_count) if menu.get_option_at_index(i).id == "interview"
    )
    await pilot.press("enter")
    screen = pilot.app.screen
    assert isinstance(screen, InterviewScreen)
    return screen


async def submit(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    pilot.app.screen.query_one("#answer", TextArea).text = text
    await pilot.press("ctrl+s")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_the_app_works_while_another_process_writes(
    tmp_path: Path, bank: QuestionBank, embedder
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "shared.db"
    stop = tmp_path / "stop"
    store = Store(open_db(db))
    writer = Driver(tmp_path, "W", "hammer", "--db", db, "--name", "W", "--count", 10**7, "--stop-file", stop)
    try:
        writer.wait_for("SUBMITTED")  # the other process is writing
        # The app's grader caches embeddings in the same file: more writes from this side.
        app = InterviewerApp(
            Settings(), store, bank, grader_factory=lambda: Grader(embedder, load_calibration(), cache=store)
        )
        async with app.run_test(size=SIZE) as pilot:
            notes = record_notifications(app)
            screen = await start_interview(pilot)
            assert screen.session.session_id is not None
            editor = screen.query_one("#answer", TextArea)
            for words in range(1, 30):  # autosave again and again while the other side writes
                editor.text = " ".join(["Draft"] * words)
                screen.autosave()
            current = screen.session.interview.current.question.id
            assert store.draft(screen.session.session_id) == (current, editor.text)
            first = "I like the mission of building safe and reliable AI, and my evaluation work fits it."
            await submit(pilot, first)
            submitted_at = time.time()
            while not isinstance(app.screen, FeedbackScreen):  # follow-ups, then the feedback
                await submit(pilot, "My evaluation work on model safety connects directly to this role.")
            assert "Score " in str(app.screen.query_one("#score").render())
            assert not [n for n in notes if "save" in n.lower() or "lock" in n.lower()], notes
            deadline = time.monotonic() + 60
            while not any(row[4] > submitted_at for row in submitted(writer.lines())):
                assert time.monotonic() < deadline, "the other process stopped writing"
                time.sleep(0.02)  # it goes on writing after the app's answer, too
        stop.touch()
        code = writer.process.wait(timeout=60)
    finally:
        stop.touch()
        writer.stop()
    assert code == 0, f"the other process failed:\n{writer.stderr()}"
    (answer,) = store.answers(screen.session.session_id)
    assert answer.text == first and answer.grade is not None
    theirs = submitted(writer.lines())
    assert theirs[0][4] < submitted_at < theirs[-1][4], "the other process was not writing meanwhile"
    assert check_file(db, theirs) == []


def test_the_cli_says_why_when_another_program_keeps_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    Store(open_db(db)).db.close()
    holder = Driver(tmp_path, "hold", "hold", "--db", db, stdin=True)
    try:
        holder.wait_for("LOCKED")
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "interviewer", "--db", str(db), "grade", "--question", QUESTION]
            + ["--answer", "High bias underfits and high variance overfits."],
            capture_output=True,
            text=True,
            timeout=120,
        )
        waited = time.monotonic() - started
        holder.send("release")
        holder.wait_for("RELEASED")
    finally:
        holder.stop()
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "locked" in result.stderr.lower() and db.name in result.stderr, result.stderr
    # It waited out the busy timeout (5 s) before giving up, as a short write would have ended.
    assert waited >= 4.0, f"gave up after {waited:.1f} s instead of waiting for the lock"
    store = Store(open_db(db))
    assert store.count_answers() == 0
    assert store.db.execute("pragma integrity_check").fetchone()[0] == "ok"


async def test_the_app_keeps_the_answer_and_says_why_when_another_program_keeps_the_lock(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    db = tmp_path / "locked.db"
    store = Store(open_db(db))
    app = InterviewerApp(Settings(), store, bank, grader_factory=lambda: grader)
    text = "I like the mission of building safe and reliable AI, and my evaluation work fits it."
    async with app.run_test(size=SIZE) as pilot:
        notes = record_notifications(app)
        screen = await start_interview(pilot)
        assert screen.session.session_id is not None
        editor = screen.query_one("#answer", TextArea)
        editor.text = text
        holder = Driver(tmp_path, "hold", "hold", "--db", db, stdin=True)
        try:
            holder.wait_for("LOCKED")
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert editor.text == text, "the answer left the editor without being saved"
            assert store.answers(screen.session.session_id) == []
            assert any("locked" in note.lower() for note in notes), notes
            holder.send("release")
            holder.wait_for("RELEASED")
        finally:
            holder.stop()
        await pilot.press("ctrl+s")  # the lock is free: the same answer is saved now
        await app.workers.wait_for_complete()
        await pilot.pause()
        (answer,) = store.answers(screen.session.session_id)
        assert answer.text == text
    assert store.db.execute("pragma integrity_check").fetchone()[0] == "ok"
