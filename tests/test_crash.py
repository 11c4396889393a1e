"""Kill the real app mid-answer (SIGKILL) and check that nothing typed or submitted is lost."""

from __future__ import annotations

import os
import pty
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import OptionList, TextArea

from interviewer.app import InterviewerApp
from interviewer.config import Settings
from interviewer.screens.interview import InterviewScreen
from interviewer.services import load_question_bank
from interviewer.store import Store, open_db
from interviewer.store.store import SessionRow

EXIT_WITHIN_S = 30
DOWN, ENTER, CTRL_S = "\x1b[B", "\r", "\x13"
ANSI_ESCAPE = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|[()][0-9A-Za-z]|[@-Z\\-_])")


def wait_for(condition: Callable[[], object], what: str, timeout: float = 60.0) -> object:
    """Poll a condition (the app runs in another process) until it holds or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


class AppInPty:
    """The real app (`python -m interviewer`) in its own process, on a pseudo-terminal."""

    def __init__(self, home: Path) -> None:
        self.master, slave = pty.openpty()
        os.set_blocking(self.master, False)
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "interviewer"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self.db_path = home / "interviewer.db"
        self.output = bytearray()  # what the app drew since the last clear_output()

    def drain(self) -> None:
        try:
            while chunk := os.read(self.master, 65536):
                self.output += chunk
        except (BlockingIOError, OSError):
            pass

    def shows(self, text: str) -> bool:
        """Whether the app has drawn ``text`` (escape sequences removed) since clear_output()."""
        self.drain()
        plain = ANSI_ESCAPE.sub(b"", bytes(self.output)).decode("utf-8", "replace")
        return text in plain

    def send(self, keys: str) -> None:
        self.drain()
        self.output.clear()
        os.write(self.master, keys.encode())

    def start_interview(self) -> tuple[Store, SessionRow]:
        """Wait for the home screen, start a full interview; the store and its session."""
        wait_for(self.db_path.exists, "the database")
        store = Store(open_db(self.db_path))
        deadline = time.monotonic() + 60
        while (session := (self.drain(), store.unfinished_interview())[1]) is None:
            if self.process.poll() is not None:
                pytest.fail(f"the app exited early with code {self.process.returncode}")
            if time.monotonic() > deadline:
                pytest.fail("timed out waiting for the interview to start")
            self.send(DOWN + ENTER)  # home: highlight "Full interview", start it
            time.sleep(0.5)
        return store, session

    def stop(self, signal_number: int) -> int:
        """Send a signal to the app's process group; its exit code."""
        os.killpg(self.process.pid, signal_number)
        # Promptly, even while the model is still embedding the bank (a fresh home): found when
        # the app went on embedding for minutes after the terminal closed.
        deadline = time.monotonic() + EXIT_WITHIN_S
        try:
            while self.process.poll() is None:  # keep the terminal drained while it exits
                if time.monotonic() > deadline:
                    pytest.fail(f"the app still runs {EXIT_WITHIN_S} s after signal {signal_number}")
                self.drain()
                time.sleep(0.05)
        finally:
            os.close(self.master)
        return self.process.wait(timeout=10)

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


def test_sigkill_mid_answer_loses_nothing(interviewer_home: Path, grader) -> None:  # type: ignore[no-untyped-def]
    app = AppInPty(interviewer_home)
    try:
        store, session = app.start_interview()
        first = session.settings["plan"][0]
        app.send("My first answer, submitted before the crash.")
        app.send(CTRL_S)
        wait_for(lambda: (app.drain(), store.answers(session.id))[1], "the submitted answer")
        app.send("A draft that was never submitted")
        wait_for(
            lambda: (app.drain(), (store.draft(session.id) or ("", ""))[1].endswith("never submitted"))[1],
            "the autosaved draft",
        )
        code = app.stop(signal.SIGKILL)
    finally:
        app.kill()
    assert code == -signal.SIGKILL

    store = Store(open_db(app.db_path))
    assert store.db.execute("pragma integrity_check").fetchone()[0] == "ok"
    (submitted,) = store.answers(session.id)
    assert submitted.question_id == first
    assert submitted.text == "My first answer, submitted before the crash."
    draft = store.draft(session.id)
    assert draft is not None and draft[1].endswith("A draft that was never submitted")
    print(f"\nkilled mid-answer: 1 submitted answer kept, draft of {len(draft[1])} chars kept")


def test_a_quit_app_ends_even_while_a_thread_is_busy() -> None:
    """Found closing a terminal a minute after a first start: the app saved the draft and left its
    main loop, but the process went on at full CPU for minutes, inside one long embedding call in
    a worker thread (asyncio waits for worker threads at exit). Once asked to quit, the process
    ends within EXIT_GRACE_S whatever its threads are doing."""
    busy = (
        "import threading\n"
        "from interviewer.app import end_process_after\n"
        "def spin():\n"
        "    while True:\n"
        "        sum(range(1000))\n"
        "threading.Thread(target=spin).start()\n"
        "end_process_after(0.5)\n"
    )
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", busy], timeout=EXIT_WITHIN_S, check=False)
    assert done.returncode == 0 and time.monotonic() - started < EXIT_WITHIN_S


def test_a_terminal_gone_without_a_signal_ends_the_app(interviewer_home: Path, grader) -> None:  # type: ignore[no-untyped-def]
    """Found: when the pseudo-terminal closed under the app without a SIGHUP, Textual's writer
    thread died on EIO, the event loop blocked on its full queue, and the process stayed for good
    (a later SIGHUP was never handled). It now ends within seconds; what was typed had been
    autosaved."""
    app = AppInPty(interviewer_home)
    try:
        store, session = app.start_interview()
        typed = "Typed before the terminal went away"
        app.send(typed)
        wait_for(lambda: (store.draft(session.id) or ("", ""))[1] == typed, "the autosaved draft", 30)
        os.close(app.master)  # no signal: the terminal is simply gone
        deadline = time.monotonic() + EXIT_WITHIN_S
        while app.process.poll() is None:
            if time.monotonic() > deadline:
                pytest.fail(f"the app still runs {EXIT_WITHIN_S} s after its terminal went away")
            time.sleep(0.1)
    finally:
        app.kill()
    assert app.process.returncode == 0
    assert Store(open_db(app.db_path)).draft(session.id)[1] == typed  # type: ignore[index]


@pytest.mark.parametrize("signal_number", [signal.SIGHUP, signal.SIGTERM], ids=["terminal-closed", "kill"])
def test_closing_the_terminal_saves_what_was_just_typed(  # type: ignore[no-untyped-def]
    interviewer_home: Path, grader, signal_number: int
) -> None:
    """SIGHUP (the terminal window closed) or SIGTERM (`kill`) right after typing, well inside
    the autosave period: the app saves the draft before it exits."""
    app = AppInPty(interviewer_home)
    try:
        store, session = app.start_interview()
        typed = "Typed just before the window closed"
        app.send(typed)
        # The app has the text once it draws it; then the signal, before any autosave tick.
        wait_for(lambda: app.shows(typed), "the typed text on screen", 30)
        code = app.stop(signal_number)
    finally:
        app.kill()
    assert code == 0
    draft = Store(open_db(app.db_path)).draft(session.id)
    assert draft is not None and draft[1] == typed


async def test_next_start_offers_resume_with_the_draft(interviewer_home: Path, grader) -> None:  # type: ignore[no-untyped-def]
    # Continue from the state a killed process leaves: a session, an answer, a draft.
    store = Store(open_db(interviewer_home / "interviewer.db"))
    bank = load_question_bank()
    from interviewer.interview import plan_interview

    plan = plan_interview(bank, "quick", seed=9)
    session = store.start_session(
        "interview", "coach", {"plan": plan.question_ids, "length": "quick", "mode": "coach"}
    )
    store.save_answer(session, plan.items[0].question, "first")
    store.save_draft(session, plan.items[1].question.id, "second, half typed")
    app = InterviewerApp(Settings(), store, bank, grader_factory=lambda: grader)
    async with app.run_test(size=(100, 30)) as pilot:
        menu = app.screen.query_one("#menu", OptionList)
        assert menu.get_option_at_index(0).id == "resume"
        menu.highlighted = 0
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert screen.session.interview.current.question.id == plan.items[1].question.id
        assert screen.query_one("#answer", TextArea).text == "second, half typed"
