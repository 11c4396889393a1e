"""Coach-mode feedback on one question: score, each point with evidence, flags, tip; overrides."""

from __future__ import annotations

import sqlite3

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
from interviewer.grading.result import FlagCode, Grade, PointResult, Status
from interviewer.grading.scoring import CODE_WEIGHT, final_score
from interviewer.screens.base import InterviewerAppAccess
from interviewer.store.db import describe_write_error
from interviewer.widgets.point_list import PointList

STYLE = {
    Status.COVERED: "green",
    Status.PARTIAL: "yellow",
    Status.MISSED: "red",
    Status.CONTRADICTED: "bold red",
}
# The flags whose factor scales the score (the others explain it and cost nothing more).
PENALISED = {
    FlagCode.PITFALL,
    FlagCode.KEYWORD_SALAD,
    FlagCode.PADDING,
    FlagCode.VAGUE,
    FlagCode.WRONG_QUESTION,
}


def point_option(point: PointResult) -> Option:
    mark = f"[{STYLE[point.status]}]{point.status.symbol} {point.status.value:<12}[/]"
    mine = " [i](your call)[/i]" if point.overridden else ""
    # The share of the point's weight it earned: the score is the weighted mean of these, so the
    # grade can be checked by hand. The status says whether the point was clearly made.
    earned = f"{point.credit:>4.0%}"
    # The point and the user's own words are text, never markup: an answer may contain '[/i]'.
    lines = [f"{mark} {earned}  {escape(point.text)}{mine}"]
    if point.evidence:
        said = escape(" ".join(point.evidence.split()))
        lines.append(f"                [dim]you said:[/dim] [i]“{said}”[/i]")
    if point.status is Status.CONTRADICTED:
        lines.append("                [dim]the reference says the opposite: the point above[/dim]")
        if point.contradiction:
            lines.append(f"                [dim]a known wrong version:[/dim] {escape(point.contradiction)}")
    return Option("\n".join(lines), id=point.point_id)


def follow_up_lines(asked: Question, grade: Grade) -> list[str]:
    """The graded follow-up as Markdown: its question, its own score, each point and evidence."""
    lines = [f"**Follow-up** ({grade.score}/100): {asked.prompt}", ""]
    for point in grade.points:
        said = f" — you said “{' '.join(point.evidence.split())}”" if point.evidence else ""
        lines.append(f"- {point.status.symbol} {point.status.value}: {point.text}{said}")
    return lines


def score_sum(grade: Grade) -> str:
    """How the score is made: the points' weighted mean, then any penalty; for code, the tests'
    share and the explanation's, so the header's score can be checked by hand."""
    parts = [f"{p.credit:.0%}×{p.weight:g}" for p in grade.points]
    total = sum(p.weight for p in grade.points) or 1.0
    line = f"[dim]points earned ({' + '.join(parts)}) / {total:g} = {grade.raw_score:.0f}"
    explained = final_score(grade.raw_score, grade.penalty)
    if grade.penalty < 1.0:
        costly = dict.fromkeys(f.code.value.replace("_", " ") for f in grade.flags if f.code in PENALISED)
        reason = f" for {', '.join(costly)}" if costly else ""
        line += f", × {grade.penalty:.2g}{reason} = {explained}"
    if grade.tests is not None:
        passed, run = grade.tests
        share = round(100 * passed / run) if run else 0
        line += (
            f"\ntests {passed}/{run} = {share} × {CODE_WEIGHT:.0%} + explanation {explained} × "
            f"{1 - CODE_WEIGHT:.0%} = {grade.score}"
        )
    return line + "[/dim]"


class FeedbackScreen(InterviewerAppAccess, ModalScreen[int | None]):
    """Shown after each question in coach mode; also opened from the report."""

    CSS_PATH = "feedback.tcss"
    BINDINGS = [
        Binding("c", "overrule('covered')", "Mark covered", id="feedback.covered"),
        Binding("p", "overrule('partial')", "Mark partial", id="feedback.partial"),
        Binding("m", "overrule('missed')", "Mark missed", id="feedback.missed"),
        Binding("a", "model_answer", "Model answer", id="feedback.model_answer"),
        Binding("escape,enter", "close", "Continue", id="feedback.continue"),
    ]

    def __init__(
        self,
        question: Question,
        grade: Grade,
        answer_id: int | None,
        follow_up: tuple[Question, Grade] | None = None,
    ) -> None:
        super().__init__()
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
            yield PointList(*(point_option(p) for p in grade.points), id="points")
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
        points.add_options([point_option(p) for p in grade.points])
        points.highlighted = highlighted
        self.query_one("#score", Static).update(self._title(grade))

    def action_model_answer(self) -> None:
        self.query_one("#notes", Markdown).update(self._details(self._current(), model_answer=True))

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
