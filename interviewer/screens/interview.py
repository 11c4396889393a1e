"""The interview screen: it shows an :class:`InterviewSession`'s events, forwards keys to it, runs
its grading jobs in workers and autosaves the editors (the interview itself is in session.py)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, TextArea

from interviewer.interview import InterviewPlan, Mode, code_results_markdown
from interviewer.screens.base import InterviewerAppAccess
from interviewer.screens.speak import SpeakKeys
from interviewer.session import (
    AUTOSAVE_SECONDS,
    Asked,
    Closed,
    Event,
    Finished,
    FollowUpAsked,
    GradeFailed,
    GradeJob,
    GradeOutcome,
    InterviewSession,
    Notice,
    Restored,
    Review,
    Said,
    StartFailed,
    Taken,
)
from interviewer.store.store import SessionRow
from interviewer.widgets.code_editor import CodeEditor, SafeTextArea
from interviewer.widgets.stage_bar import StageBar
from interviewer.widgets.transcript import Transcript
from interviewer.widgets.voice_bar import VoiceBar

ANSWER = "Your answer… (ctrl+s submits)"
EXPLAIN = "Explain your approach: complexity, edge cases… (F4 switches editor, ctrl+s submits)"


class InterviewScreen(InterviewerAppAccess, Screen[None], SpeakKeys):
    CSS_PATH = ["interview.tcss", "../widgets/stage_bar.tcss", "../widgets/transcript.tcss"]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
    BINDINGS = [
        Binding("ctrl+s", "submit", "Submit", id="interview.submit", tooltip="Submit your answer"),
        Binding("ctrl+t", "hint", "Hint", id="interview.hint", tooltip="Reveal one missed point"),
        Binding("ctrl+r", "repeat", "Repeat", id="interview.repeat", tooltip="Ask the question again"),
        Binding("ctrl+n", "skip", "Skip", id="interview.skip", tooltip="Skip this question"),
        Binding("f4", "switch_editor", "Switch", id="interview.switch", tooltip="Code or explanation"),
        Binding("f5", "run_tests", "Tests", id="interview.run_tests", tooltip="Run the visible tests"),
        Binding("f8", "speak", "Speak", id="interview.speak", tooltip="Record your answer; F8 again stops"),
        Binding("f10", "end", "End", id="interview.end", tooltip="End the interview now"),
    ]

    class Shown(Message):
        """From a worker: a grade for the session, or its events (an autosave's notice)."""

        def __init__(self, events: Sequence[Event] | GradeOutcome | GradeFailed) -> None:
            super().__init__()
            self.events = events

    def __init__(
        self,
        plan: InterviewPlan,
        mode: Mode,
        *,
        kind: str = "interview",
        length: str = "standard",
        resume: SessionRow | None = None,
        now: Callable[[], float] = time.monotonic,  # tests freeze the clock
    ) -> None:
        super().__init__()
        self._plan = (plan, mode, kind, length, resume)
        self._now = now
        self.session: InterviewSession | None = None  # made on mount, over the app's store

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        plan, mode, kind, length, resume = self._plan
        self.session = InterviewSession(
            self._app.store, plan, mode, kind=kind, length=length, resume=resume, now=self._now
        )
        yield Header()
        yield StageBar(plan.stages, id="stages")
        yield Transcript(id="transcript")
        yield CodeEditor.code_editor(id="code", language="python", classes="-hidden")
        yield VoiceBar(self._app.voice_source, id="voice")
        yield SafeTextArea(id="answer", placeholder=ANSWER, soft_wrap=True)
        yield Footer(compact=True, show_command_palette=False)  # all keys fit in 80 columns

    def on_mount(self) -> None:
        assert self.session is not None
        self._app.warm_soon(item.question for item in self._plan[0].items)
        self._show(self.session.start())
        if not self.session.active:
            return
        self.set_interval(1.0, self._tick)
        self.set_interval(AUTOSAVE_SECONDS, self._autosave_tick)
        self.watch(self.app, "model_status", self._grade_pending, init=False)
        if self.session.leftovers:
            self._grade_pending()
        if not self.query_one("#code", TextArea).has_focus:
            self.query_one("#answer", TextArea).focus()

    # ------------------------------------------------------------------ events

    def _show(self, events: Sequence[Event]) -> None:
        """Show what the session did, in order (and say it, in the spoken phone screen)."""
        self.say_aloud(events)
        transcript = self.query_one(Transcript)
        answer = self.query_one("#answer", TextArea)
        code = self.query_one("#code", TextArea)
        for event in events:
            match event:
                case Said(role, text):
                    transcript.add(role, text)
                case Notice(message, title, severity, timeout):
                    self.notify(message, title=title, severity=severity, timeout=timeout)
                case Asked():
                    self._asked(event)
                case FollowUpAsked(text, wants_code):
                    transcript.add("interviewer", text)
                    (code if wants_code else answer).focus()
                case Taken():
                    answer.text = ""
                case Restored(answer=text, code=source):
                    if text is not None:
                        answer.text = text
                    if source is not None:
                        code.text = source
                case Review():
                    self._review(event)
                case Finished(session_id):
                    from interviewer.screens.report import ReportScreen

                    self.app.switch_screen(ReportScreen(session_id))
                case Closed():
                    self.app.pop_screen()
                case StartFailed(message):
                    self.app.notify(message, title="Not started", severity="error", timeout=30)
                    transcript.add("note", f"{message} Press F10 to go back.")
                    answer.disabled = True

    def _asked(self, event: Asked) -> None:
        bar = self.query_one(StageBar)
        if not event.closing or bar.current is None:
            bar.current = event.question.stage  # the closing turn stays on the last stage
        bar.position = event.position
        self._tick()  # the clock reads 0:00 from the first frame, not the last question's time
        code = self.query_one("#code", TextArea)
        answer = self.query_one("#answer", TextArea)
        spec = event.question.coding
        code.set_class(spec is None, "-hidden")
        self.set_class(spec is not None, "-coding")
        self.refresh_bindings()  # F4 and F5 show for a coding question only
        answer.placeholder = EXPLAIN if spec is not None else ANSWER
        if spec is not None:
            code.text = spec.stub
            self.call_after_refresh(code.focus)
        else:
            answer.focus()

    def _review(self, event: Review) -> None:
        from interviewer.screens.feedback import FeedbackScreen

        def after_feedback(score: int | None) -> None:
            assert self.session is not None
            self._show(self.session.reviewed(event.grade.score, score))

        screen = FeedbackScreen(event.question, event.grade, event.answer_id, event.follow_up, event.delivery)
        self.app.push_screen(screen, after_feedback)

    def _tick(self) -> None:
        clock = self.session.clock() if self.session is not None else None
        if clock is None:
            return
        bar = self.query_one(StageBar)
        bar.clock = clock.text
        bar.overtime = clock.overtime
        if clock.warn:
            self.notify(clock.warning, title="Time", severity="warning")

    # ------------------------------------------------------------------ drafts

    def _texts(self) -> tuple[str, str | None]:
        return self.query_one("#answer", TextArea).text, self.query_one("#code", TextArea).text

    def autosave(self) -> None:
        """Save the editors' text if it changed (every second, and before leaving)."""
        if self.session is not None:
            self._show(self.session.autosave(*self._texts()))

    def _autosave_tick(self) -> None:
        if self.session is not None and self.session.active:
            self._autosave_worker(*self._texts(), self.session.draft_token())

    @work(thread=True, exclusive=True, exit_on_error=False, group="autosave")
    def _autosave_worker(self, text: str, code: str, token: tuple[int, int]) -> None:
        """Off the UI thread: a database locked by another instance never freezes typing."""
        assert self.session is not None
        events = self.session.autosave(text, code, token)
        if events:
            self.post_message(self.Shown(events))

    @on(Shown)
    def _shown(self, message: Shown) -> None:
        events = message.events
        if isinstance(events, GradeOutcome | GradeFailed):
            assert self.session is not None
            self.query_one(StageBar).grading -= 1
            events = self.session.apply_grade(events)
        self._show(events)

    def save_before_leaving(self) -> bool:
        """Save what was typed; drop the session if nothing was (see the session's method)."""
        return self.session is not None and self.session.save_before_leaving(*self._texts())

    # ------------------------------------------------------------------ grading

    def _grade_pending(self, *_: object) -> None:
        session = self.session
        if session is None:
            return
        if self._app.grader is None:
            self._show(session.waiting_for_model(failed=self._app.grading_error is not None))
            return
        for job in session.take_jobs():
            self.query_one(StageBar).grading += 1
            self.grade(job)

    @work(thread=True, exit_on_error=False, group="grade")
    def grade(self, job: GradeJob) -> None:
        grader = self._app.grader
        assert grader is not None
        self.post_message(self.Shown(job.run(grader)))

    # ------------------------------------------------------------------ actions

    def action_submit(self) -> None:
        if self.session is None:
            return
        self._show(self.session.submit(*self._texts()))
        self._grade_pending()

    def action_skip(self) -> None:
        if self.session is not None:
            self._show(self.session.skip(self.query_one("#answer", TextArea).text))

    def action_hint(self) -> None:
        self._show(self.session.hint() if self.session is not None else [])

    def action_repeat(self) -> None:
        self._show(self.session.repeat() if self.session is not None else [])

    def action_end(self) -> None:
        if self.session is None:
            return
        self._show(self.session.end(*self._texts()))
        self._grade_pending()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """F4 and F5 belong to a coding question: elsewhere they leave the footer (80 columns)."""
        if action in ("switch_editor", "run_tests"):
            return self.has_class("-coding")
        return True

    def action_switch_editor(self) -> None:
        """Move between the code editor (where Tab indents) and the explanation box."""
        code = self.query_one("#code", TextArea)
        answer = self.query_one("#answer", TextArea)
        if code.display and not code.has_focus:
            code.focus()
        else:
            answer.focus()

    def action_run_tests(self) -> None:
        session = self.session
        if session is None or not session.active or session.interview.current.question.coding is None:
            self.notify("This question has no tests to run.")
            return
        self.query_one(Transcript).add("note", "*Running the visible tests…*")
        spec = session.interview.current.question.coding
        self.run_visible_tests(spec, self.query_one("#code", TextArea).text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="tests")
    def run_visible_tests(self, spec: Any, code: str) -> None:
        from interviewer.coding.runner import run_question

        self.post_message(
            self.Shown([Said("note", code_results_markdown(run_question(spec, code).to_dict()))])
        )
