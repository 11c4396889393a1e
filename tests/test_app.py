"""The app, driven with Textual's Pilot: a real SQLite file, the real model for grading."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Markdown, OptionList, TextArea

from interviewer.app import InterviewerApp
from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.config import Settings
from interviewer.grading.grader import Grader
from interviewer.screens.home import HomeScreen
from interviewer.screens.practice import PracticeScreen
from interviewer.store import Store, open_db

TEST_BANK = Path(__file__).parent / "data" / "bank.yaml"


@pytest.fixture
def test_bank() -> QuestionBank:
    bank = load_banks([TEST_BANK])
    assert not bank.problems
    return bank


def make_app(tmp_path: Path, bank: QuestionBank, grader: Grader) -> InterviewerApp:
    store = Store(open_db(tmp_path / "app.db"))
    return InterviewerApp(Settings(), store, bank, grader_factory=lambda: grader)


async def test_practice_a_question_saves_and_grades_the_answer(
    tmp_path: Path, test_bank: QuestionBank, grader: Grader
) -> None:
    app = make_app(tmp_path, test_bank, grader)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, HomeScreen)
        assert app.sub_title == "model ready"
        options = app.screen.query_one("#questions", OptionList)
        options.focus()
        options.highlighted = next(
            i for i in range(options.option_count) if options.get_option_at_index(i).id == "t.one"
        )
        await pilot.press("enter")
        assert isinstance(app.screen, PracticeScreen)

        editor = app.screen.query_one("#answer", TextArea)
        editor.insert("A unit test checks one small piece of code on its own, isolated from the rest.")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()

        (session,) = app.store.sessions()
        (answer,) = app.store.answers(session.id)
        assert answer.text.startswith("A unit test checks one small piece")
        assert answer.grade is not None and answer.score is not None
        feedback = app.screen.query_one("#feedback", Markdown)
        assert f"Score {answer.score}/100" in feedback.source
        assert "isolation" not in feedback.source or "covered" in feedback.source


async def test_empty_answer_is_not_submitted(tmp_path: Path, test_bank: QuestionBank, grader: Grader) -> None:
    app = make_app(tmp_path, test_bank, grader)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(PracticeScreen(test_bank.questions[0]))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.store.sessions() == []
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


def test_home_screen_snapshot(snap_compare, tmp_path: Path, test_bank: QuestionBank, grader: Grader) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, test_bank, grader)

    async def model_loaded(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=model_loaded)
