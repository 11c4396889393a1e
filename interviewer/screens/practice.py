"""Practise one question: answer, submit, see the graded feedback."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown, TextArea

from interviewer.bank.schema import Question
from interviewer.feedback import grade_markdown
from interviewer.grading.result import Grade
from interviewer.store.store import utc_now

if TYPE_CHECKING:
    from interviewer.app import InterviewerApp


class PracticeScreen(Screen[None]):
    CSS_PATH = "practice.tcss"
    BINDINGS = [
        Binding("ctrl+s", "submit", "Submit", id="practice.submit", tooltip="Submit the answer"),
        Binding("escape", "back", "Back", id="practice.back", tooltip="Back to the questions"),
    ]

    grading: reactive[bool] = reactive(False)

    class Graded(Message):
        def __init__(self, answer_id: int, grade: Grade) -> None:
            super().__init__()
            self.answer_id = answer_id
            self.grade = grade

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.question = question
        self.started_at = utc_now()
        self.started = time.monotonic()
        self.session_id: int | None = None
        self.pending: tuple[int, str] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="body"):
            yield Markdown(
                f"**{self.question.stage.title}** · `{self.question.topic}`\n\n## {self.question.prompt}",
                id="prompt",
            )
            yield TextArea(id="answer", placeholder="Type your answer; ctrl+s submits.")
            yield Markdown("", id="feedback")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#answer", TextArea).focus()
        self.watch(self.app, "model_status", self._grade_pending, init=False)

    @property
    def _app(self) -> InterviewerApp:
        return cast("InterviewerApp", self.app)

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_submit(self) -> None:
        text = self.query_one("#answer", TextArea).text
        if not text.strip():
            self.notify("Type an answer first.", severity="warning")
            return
        store = self._app.store
        if self.session_id is None:
            self.session_id = store.start_session("practice", self._app.settings.mode)
        # Committed before any grading, so nothing typed is lost.
        answer_id = store.save_answer(
            self.session_id,
            self.question,
            text,
            started_at=self.started_at,
            duration_s=round(time.monotonic() - self.started, 1),
        )
        self.grading = True
        self.pending = (answer_id, text)
        self._grade_pending()

    def _grade_pending(self, *_: object) -> None:
        if self.pending is None:
            return
        feedback = self.query_one("#feedback", Markdown)
        if self._app.grader is None:
            feedback.update("*Saved. Grading starts when the model has loaded…*")
            return
        answer_id, text = self.pending
        self.pending = None
        feedback.update("*Grading…*")
        self.grade_answer(answer_id, text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="grade")
    def grade_answer(self, answer_id: int, text: str) -> None:
        grader = self._app.grader
        assert grader is not None
        self.post_message(self.Graded(answer_id, grader.grade(self.question, text)))

    @on(Graded)
    def _graded(self, message: Graded) -> None:
        self._app.store.save_grade(message.answer_id, message.grade)
        self.grading = False
        self.query_one("#feedback", Markdown).update(grade_markdown(self.question, message.grade))
