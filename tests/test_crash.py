"""Kill the real app mid-answer (SIGKILL) and check that nothing typed or submitted is lost."""

from __future__ import annotations

import os
import pty
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

DOWN, ENTER, CTRL_S = "\x1b[B", "\r", "\x13"


def wait_for(condition: Callable[[], object], what: str, timeout: float = 60.0) -> object:
    """Poll a condition (the app runs in another process) until it holds or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


def test_sigkill_mid_answer_loses_nothing(interviewer_home: Path, grader) -> None:  # type: ignore[no-untyped-def]
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    process = subprocess.Popen(
        [sys.executable, "-m", "interviewer"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)

    def drain() -> None:
        try:
            while os.read(master, 65536):
                pass
        except (BlockingIOError, OSError):
            pass

    def send(keys: str) -> None:
        drain()
        os.write(master, keys.encode())

    db_path = interviewer_home / "interviewer.db"
    try:
        wait_for(db_path.exists, "the database")
        store = Store(open_db(db_path))

        def session_started() -> object:
            drain()
            return store.unfinished_interview()

        deadline = time.monotonic() + 60
        while not session_started():
            if process.poll() is not None:
                pytest.fail(f"the app exited early with code {process.returncode}")
            if time.monotonic() > deadline:
                pytest.fail("timed out waiting for the interview to start")
            send(DOWN + ENTER)  # home: highlight "Full interview", start it
            time.sleep(0.5)
        session = store.unfinished_interview()
        assert session is not None
        first = session.settings["plan"][0]
        send("My first answer, submitted before the crash.")
        send(CTRL_S)
        wait_for(lambda: (drain(), store.answers(session.id))[1], "the submitted answer")
        send("A draft that was never submitted")
        wait_for(
            lambda: (drain(), (store.draft(session.id) or ("", ""))[1].endswith("never submitted"))[1],
            "the autosaved draft",
        )
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        os.close(master)
    assert process.returncode == -signal.SIGKILL

    store = Store(open_db(db_path))
    assert store.db.execute("pragma integrity_check").fetchone()[0] == "ok"
    (submitted,) = store.answers(session.id)
    assert submitted.question_id == first
    assert submitted.text == "My first answer, submitted before the crash."
    draft = store.draft(session.id)
    assert draft is not None and draft[1].endswith("A draft that was never submitted")
    print(f"\nkilled mid-answer: 1 submitted answer kept, draft of {len(draft[1])} chars kept")


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
        assert screen.interview.current.question.id == plan.items[1].question.id
        assert screen.query_one("#answer", TextArea).text == "second, half typed"
