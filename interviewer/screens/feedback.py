"""Coach-mode feedback on one question: score, each point with evidence, flags, tip; overrides."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from interviewer.bank.schema import Question
from interviewer.grading.overrides import apply_overrides
from interviewer.grading.present import counting, follow_up_markdown, one_line, point_view
from interviewer.grading.present import score_sum as present_sum
from interviewer.grading.result import Grade, PointResult, Status
from interviewer.screens.base import InterviewerAppAccess
from interviewer.store.db import describe_write_error
from interviewer.widgets.point_list import PointList

STYLE = {
    Status.COVERED: "green",
    Status.PARTIAL: "yellow",
    Status.MISSED: "red",
    Status.CONTRADICTED: "bold red",
}


def point_option(point: PointResult, counts: bool = True, option: bool = False) -> Option:
    """A point of the list: the presenter's words, in Rich markup (the user's words escaped)."""
    view = point_view(point, counts, option)
    # The share of the point's weight it earned: the score is the weighted mean of these, so the
    # grade can be checked by hand. The status says whether the point was clearly made.
    notes = "".join(f" [i]{escape(n)}[/i]" for n in view.notes)
    lines = [f"[{STYLE[point.status]}]{view.mark:<14}[/] {view.share}  {escape(view.text)}{notes}"]
    if view.said:
        said = escape(view.said)
        # The words that make a contradicted sentence its wrong version, in bold where they are.
        if point.contradiction_words:
            words = escape(one_line(point.contradiction_words))
            said = said.replace(words, f"[b]{words}[/b]", 1)
        lines.append(f"                [dim]you said:[/dim] [i]“{said}”[/i]")
    lines += [f"                [dim]{escape(line)}[/dim]" for line in view.opposite]
    return Option("\n".join(lines), id=point.point_id)


def follow_up_lines(asked: Question, grade: Grade) -> list[str]:
    """The graded follow-up as Markdown (the presenter's)."""
    return follow_up_markdown(asked.prompt, grade)


def score_sum(grade: Grade) -> str:
    """How the score is made (the presenter's lines), dimmed."""
    return "[dim]" + escape("\n".join(present_sum(grade))) + "[/dim]"


class FeedbackScreen(InterviewerAppAccess, ModalScreen[int | None]):
    """Shown after each question in coach mode; also opened from the report."""

    CSS_PATH = "feedback.tcss"
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
    BINDINGS = [
        Binding("c", "overrule('covered')", "Mark covered", id="feedback.covered"),
        Binding("p", "overrule('partial')", "Mark partial", id="feedback.partial"),
        Binding("m", "overrule('missed')", "Mark missed", id="feedback.missed"),
        Binding("a", "model_answer", "Model answer", id="feedback.model_answer"),
        Binding("r", "replay", "Play recording", id="feedback.replay"),
        Binding("x", "delete_recording", "Delete recording", id="feedback.delete_recording"),
        Binding("escape,enter", "close", "Continue", id="feedback.continue"),
    ]

    def __init__(
        self,
        question: Question,
        grade: Grade,
        answer_id: int | None,
        follow_up: tuple[Question, Grade] | None = None,
        delivery: Any = None,  # voice.Delivery: how the answer was said (or typed)
    ) -> None:
        super().__init__()
        self.delivery = delivery
        self.question = question
        self.grade = grade
        self.answer_id = answer_id
        self.follow_up = follow_up  # a graded scripted follow-up, as a question, and its own grade

    def _current(self) -> Grade:
        if self.answer_id is None:
            return self.grade
        return apply_overrides(self.grade, self._app.store.overrides(self.answer_id))

    def compose(self) -> ComposeResult:
        grade = self._current()
        with Vertical(id="panel"):
            yield Static(self._title(grade), id="score")
            yield PointList(
                *(point_option(p, c, grade.best_of is not None) for p, c in counting(grade)), id="points"
            )
            with VerticalScroll(id="details"):
                yield Markdown(self._details(grade), id="notes")
            yield Footer()

    def _title(self, grade: Grade) -> str:
        return f"[b]Score {grade.score}/100[/b]  ·  {escape(self.question.prompt)}\n{score_sum(grade)}"

    def _details(self, grade: Grade, model_answer: bool = False) -> str:
        lines = []
        for flag in grade.flags:
            lines.append(f"- **{flag.code.value.replace('_', ' ')}**: {flag.message}")
        if self.follow_up is not None:
            lines += ["", *follow_up_lines(*self.follow_up)]
        if self.delivery is not None:
            lines += ["", "**Delivery**", "", *(f"- {line}" for line in self.delivery.lines())]
        lines += ["", f"**Tip:** {self.question.tip}"]
        if model_answer:
            lines += ["", "**Model answer**", "", self.question.model_answer]
        else:
            lines += [
                "",
                "*✓ ~ ✗ say whether each point was clearly made, ≠ that you said its opposite; the % "
                "is the share of its weight it earned, and a contradicted point costs its weight.*",
                "",
                "*Select a point and press c / p / m to overrule the grader; a for the model answer.*",
            ]
        return "\n".join(lines)

    def action_overrule(self, status: str) -> None:
        points = self.query_one("#points", OptionList)
        if self.answer_id is None or points.highlighted is None:
            self.notify("Select a point first.", severity="warning")
            return
        option = points.get_option_at_index(points.highlighted)
        try:
            self._app.store.override_point(self.answer_id, option.id or "", Status(status))
        except KeyError:
            self.notify("This grade is not saved yet, so it cannot be overruled; try again shortly.")
            return
        except sqlite3.Error as exc:
            problem, fix = describe_write_error(exc)
            self.notify(f"{problem}: the override was not saved; {fix} and try again.", severity="error")
            return
        self.refresh_points()
        self.notify(f"Point marked {status}; later grades learn from it.", timeout=3)

    def refresh_points(self) -> None:
        grade = self._current()
        points = self.query_one("#points", OptionList)
        highlighted = points.highlighted
        points.clear_options()
        points.add_options([point_option(p, c, grade.best_of is not None) for p, c in counting(grade)])
        points.highlighted = highlighted
        self.query_one("#score", Static).update(self._title(grade))

    def action_model_answer(self) -> None:
        self.query_one("#notes", Markdown).update(self._details(self._current(), model_answer=True))

    def _recording(self) -> Path | None:
        from interviewer.voice.audio_store import replay_path

        return None if self.answer_id is None else replay_path(self.answer_id, self._app.store.path)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Play and delete show only for an answer with a kept recording."""
        if action in ("replay", "delete_recording"):
            return self._recording() is not None
        return True

    def action_replay(self) -> None:
        from interviewer.voice import VoiceError, play

        recording = self._recording()
        if recording is None:
            return
        try:
            seconds = play(recording)
        except VoiceError as exc:
            self.notify(f"Cannot play the recording: {exc}", severity="warning")
            return
        self.notify(f"Playing your answer ({seconds:.0f} s).", timeout=3)

    def action_delete_recording(self) -> None:
        from interviewer.voice import delete_audio, stop_playback

        if self.answer_id is None:
            return
        stop_playback()
        try:
            deleted = delete_audio(self.answer_id, self._app.store.path)
        except OSError as exc:
            self.notify(f"The recording was not deleted: {exc.strerror}", severity="error")
            return
        if deleted:
            self.notify("Recording deleted; the answer's text and grade stay.", timeout=4)
        self.refresh_bindings()

    def on_unmount(self) -> None:
        if self._recording() is not None:
            from interviewer.voice import stop_playback

            stop_playback()

    @on(OptionList.OptionSelected, "#points")
    def _selected(self) -> None:
        pass  # selecting a point only highlights it; c / p / m act on it

    def action_close(self) -> None:
        """Close, returning the score as it stands after any overrides made here."""
        try:
            score: int | None = self._current().score
        except sqlite3.Error:
            score = None
        self.dismiss(score)
