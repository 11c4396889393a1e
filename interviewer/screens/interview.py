"""The interview: the interviewer asks, the candidate answers, follow-ups probe missed points.

Every submitted answer is committed before it is graded; the editor's draft is autosaved every
few seconds, so a killed terminal loses nothing and the next start offers to resume.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, TextArea

from interviewer import script
from interviewer.bank.schema import Question
from interviewer.grading.result import Grade
from interviewer.interview import (
    Interview,
    InterviewPlan,
    Mode,
    QuestionState,
    Turn,
    code_results_markdown,
    combine_code_grade,
    follow_up_part,
    graded_parts,
)
from interviewer.screens.base import InterviewerAppAccess
from interviewer.store.db import describe_write_error
from interviewer.store.store import SessionRow, utc_now
from interviewer.widgets.code_editor import CodeEditor
from interviewer.widgets.stage_bar import StageBar
from interviewer.widgets.transcript import Transcript

if TYPE_CHECKING:
    pass

AUTOSAVE_SECONDS = 1.0  # a SIGKILL (the one signal that cannot be caught) loses at most this


class Leftover(NamedTuple):
    """An answer a run that died left ungraded: its plan index, id, text, code and follow-ups."""

    plan_index: int
    answer_id: int
    text: str
    code: str | None
    followups: list[tuple[str, str]]  # (follow-up question, answer)


def followup_entries(state: QuestionState) -> list[dict[str, Any]]:
    """The follow-ups asked and answered, as stored with the answer; the graded scripted one
    carries its own grade."""
    graded = state.follow_up_grade
    asked = state.question.graded_follow_ups().get(graded.question_id) if graded is not None else None
    entries: list[dict[str, Any]] = []
    for question, answer in state.followup_pairs():
        entry: dict[str, Any] = {"question": question, "answer": answer}
        if graded is not None and asked is not None and question == asked.prompt:
            entry["grade"] = graded.to_dict()
        entries.append(entry)
    return entries


class InterviewScreen(InterviewerAppAccess, Screen[None]):
    CSS_PATH = ["interview.tcss", "../widgets/stage_bar.tcss", "../widgets/transcript.tcss"]
    BINDINGS = [
        Binding("ctrl+s", "submit", "Submit", id="interview.submit", tooltip="Submit your answer"),
        Binding("ctrl+t", "hint", "Hint", id="interview.hint", tooltip="Reveal one missed point"),
        Binding("ctrl+r", "repeat", "Repeat", id="interview.repeat", tooltip="Ask the question again"),
        Binding("ctrl+n", "skip", "Skip", id="interview.skip", tooltip="Skip this question"),
        Binding("f4", "switch_editor", "Code/explain", id="interview.switch", tooltip="Code or explanation"),
        Binding("f5", "run_tests", "Run tests", id="interview.run_tests", tooltip="Run the visible tests"),
        Binding("f10", "end", "End", id="interview.end", tooltip="End the interview now"),
    ]

    class Graded(Message):
        def __init__(
            self,
            index: int,
            answer_id: int,
            grade: Grade,
            code_result: dict[str, Any] | None = None,
            follow_up_grade: Grade | None = None,
        ) -> None:
            super().__init__()
            self.index = index
            self.answer_id = answer_id
            self.grade = grade
            self.code_result = code_result
            self.follow_up_grade = follow_up_grade  # the graded scripted follow-up's own grade

    class TestsRan(Message):
        def __init__(self, index: int, result: dict[str, Any]) -> None:
            super().__init__()
            self.index = index
            self.result = result

    def __init__(
        self,
        plan: InterviewPlan,
        mode: Mode,
        *,
        kind: str = "interview",
        length: str = "standard",
        resume: SessionRow | None = None,
    ) -> None:
        super().__init__()
        self.interview = Interview(plan, mode)
        self.kind = kind
        self.length = length
        self.resume = resume
        self.session_id: int | None = resume.id if resume else None
        self.session_key = ""
        self.now: Callable[[], float] = time.monotonic  # tests freeze the clock
        self.question_started = 0.0
        self.warned = False
        self.saved_draft = ""
        self.saved_code = ""
        # (index, answer id, first answer, follow-up (question, answer) pairs) to grade
        self.pending: tuple[int, int, str, list[tuple[str, str]]] | None = None
        # F10 with a follow-up answer typed: it is submitted, and the interview ends when its
        # grade arrives.
        self._end_after_grade = False
        self.code_results: dict[int, dict[str, Any]] = {}  # question index -> submitted run
        self.pending_code: str | None = None
        self.draft_failing = False  # the last autosave failed (warned once, not every second)
        self.unsaved_grades: dict[int, tuple[Grade, dict[str, Any] | None]] = {}  # saved later
        self.ungraded: list[Leftover] = []  # from a run that died grading

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header()
        yield StageBar(self.interview.plan.stages, id="stages")
        yield Transcript(id="transcript")
        yield CodeEditor.code_editor(id="code", language="python", classes="-hidden")
        yield TextArea(id="answer", placeholder="Your answer… (ctrl+s submits)", soft_wrap=True)
        yield Footer()

    def on_mount(self) -> None:
        store = self._app.store
        if self.session_id is None:
            try:
                self.session_id = store.start_session(
                    self.kind,
                    self.interview.mode.value,
                    {
                        "plan": self.interview.plan.question_ids,
                        "length": self.length,
                        "mode": self.interview.mode.value,
                    },
                )
            except sqlite3.Error as exc:
                problem, fix = describe_write_error(exc)
                message = f"{problem}: the interview could not start; {fix} and start it again."
                self.app.notify(message, title="Not started", severity="error", timeout=30)
                self.query_one(Transcript).add("note", f"{message} Press F10 to go back.")
                self.query_one("#answer", TextArea).disabled = True
                return
        self.session_key = f"session-{self.session_id}"
        transcript = self.query_one(Transcript)
        if self.resume is not None:
            self._restore()
        else:
            transcript.add(
                "interviewer", script.greeting(self.session_key, self.interview.plan.stages, self.kind)
            )
        if self.interview.finished:
            self._finish()
            return
        self._ask()
        if self.resume is not None and self.interview.current.question.coding is not None:
            code_draft = store.draft_for(self.session_id, self._code_key())
            if code_draft:
                self.query_one("#code", TextArea).text = code_draft
        self.set_interval(1.0, self._tick)
        self.set_interval(AUTOSAVE_SECONDS, self.autosave)
        self.watch(self.app, "model_status", self._grade_pending, init=False)
        if self.ungraded:
            self._grade_pending()
        self.query_one("#answer", TextArea).focus()

    def _restore(self) -> None:
        """Continue an interview left unfinished: skip what was answered, restore the draft."""
        assert self.session_id is not None
        store = self._app.store
        answered = {a.question_id for a in store.answers(self.session_id)}
        while not self.interview.finished and self.interview.current.question.id in answered:
            self.interview.advance()
        self.query_one(Transcript).add(
            "note", f"Resumed: {len(answered)} of {self.interview.total} questions were already answered."
        )
        draft = store.draft(self.session_id)
        if draft and not self.interview.finished and draft[0] == self.interview.current.question.id:
            self.query_one("#answer", TextArea).text = draft[1]
            self.saved_draft = draft[1]
        kept = None
        if draft and draft[0] in answered and draft[1].strip():
            # A follow-up answer was being typed when the app died: keep it with its answer
            # (and grade them together again, below).
            kept = self._keep_followup_draft(draft[0], draft[1])
        # Answers committed but never graded (the app died while grading) are graded now.
        index_of = {item.question.id: i for i, item in enumerate(self.interview.plan.items)}
        for answer in store.answers(self.session_id):
            ungraded = answer.grade is None or answer.id == kept
            if ungraded and not answer.skipped and answer.question_id in index_of:
                followups = [(f["question"], f["answer"]) for f in answer.followups]
                index = index_of[answer.question_id]
                self.ungraded.append(Leftover(index, answer.id, answer.text, answer.code, followups))
        if self.ungraded:
            self.query_one(Transcript).add(
                "note", f"{len(self.ungraded)} saved answer(s) still to be graded: grading them now."
            )

    def _keep_followup_draft(self, question_id: str, text: str) -> int | None:
        assert self.session_id is not None
        store = self._app.store
        answer = next(a for a in store.answers(self.session_id) if a.question_id == question_id)
        followups = [
            *answer.followups,
            {"question": "(follow-up; the app closed before it was submitted)", "answer": text},
        ]
        try:
            store.update_answer(answer.id, followups=followups)
            store.delete_draft(self.session_id, question_id)
        except sqlite3.Error:
            return None  # the draft stays in the database; nothing is lost
        self.query_one(Transcript).add(
            "note", "Your unfinished follow-up answer from before was kept with its question's answer."
        )
        return answer.id

    # ------------------------------------------------------------------ asking

    def _ask(self) -> None:
        interview = self.interview
        state = interview.current
        transcript = self.query_one(Transcript)
        if state.planned.closing:  # the candidate's questions, not the opening chat again
            lead = script.your_questions(self.session_key)
        elif interview.is_new_stage():
            lead = script.stage_frame(self.session_key, state.question.stage)
        else:
            lead = script.transition(self.session_key, interview.index)
        transcript.add("interviewer", f"{lead}\n\n**{state.question.prompt}**")
        bar = self.query_one(StageBar)
        if not state.planned.closing or bar.current is None:
            bar.current = state.question.stage  # the closing turn stays on the last stage
        bar.position = interview.position
        self.question_started = self.now()
        self.warned = False
        self._tick()  # the clock reads 0:00 from the first frame, not the last question's time
        code = self.query_one("#code", TextArea)
        answer = self.query_one("#answer", TextArea)
        spec = state.question.coding
        code.set_class(spec is None, "-hidden")
        if spec is not None:
            code.text = spec.stub
            self.call_after_refresh(code.focus)
            answer.placeholder = (
                "Explain your approach: complexity, edge cases… (F4 switches editor, ctrl+s submits)"
            )
            transcript.add(
                "note",
                "Write the function in the code editor; F5 runs the visible tests, F4 moves to the "
                "explanation box, ctrl+s submits code and explanation.",
            )
        else:
            answer.placeholder = "Your answer… (ctrl+s submits)"

    def _tick(self) -> None:
        if self.interview.finished:
            return
        limit = self.interview.current.question.time_limit_s
        elapsed = self.now() - self.question_started
        minutes, seconds = divmod(int(elapsed), 60)
        bar = self.query_one(StageBar)
        bar.clock = f"{minutes}:{seconds:02d}"
        bar.overtime = elapsed > limit
        if elapsed > limit and not self.warned:
            self.warned = True
            self.notify(
                f"You are past the {limit // 60}:{limit % 60:02d} suggested for this question. "
                "Wrap up when you can; nothing is cut off.",
                title="Time",
                severity="warning",
            )

    def autosave(self) -> None:
        """Save the editor's text if it changed (every few seconds, and before leaving)."""
        if self.session_id is None or self.interview.finished:
            return
        self._flush_grades()
        text = self.query_one("#answer", TextArea).text
        try:
            if text != self.saved_draft:
                self._app.store.save_draft(self.session_id, self.interview.current.question.id, text)
                self.saved_draft = text
            if self.interview.current.question.coding is not None:
                code = self.query_one("#code", TextArea).text
                if code != self.saved_code:
                    self._app.store.save_draft(self.session_id, self._code_key(), code)
                    self.saved_code = code
        except sqlite3.Error as exc:
            if not self.draft_failing:  # once, not every few seconds
                self.draft_failing = True
                problem, fix = describe_write_error(exc)
                self.notify(
                    f"{problem}: your draft could not be autosaved; it is still in the editor. "
                    f"{fix[:1].upper()}{fix[1:]} and it is saved again.",
                    title="Draft not saved",
                    severity="warning",
                    timeout=30,
                )
            return
        if self.draft_failing:
            self.draft_failing = False
            self.notify("Your draft is being saved again.", title="Draft saved")

    def _save_failed(self, exc: sqlite3.Error, kept: str, retry: str) -> None:
        """A write failed: say what, that nothing typed is lost, and how to try again."""
        problem, fix = describe_write_error(exc)
        self.notify(f"{problem}: {kept}; {fix} and {retry}.", title="Not saved", severity="error", timeout=30)

    def _flush_grades(self) -> None:
        """Save grades that could not be saved when they were made (a full disk, say)."""
        for answer_id, (grade, run) in list(self.unsaved_grades.items()):
            try:
                self._app.store.save_grade(answer_id, grade)
                if run is not None:
                    self._app.store.save_code_result(answer_id, run, None)
            except sqlite3.Error:
                return  # still failing: try again at the next autosave
            del self.unsaved_grades[answer_id]

    def _code_key(self) -> str:
        return f"{self.interview.current.question.id}#code"

    # ------------------------------------------------------------------ actions

    def action_submit(self) -> None:
        if self.interview.finished or self.session_id is None:
            return
        editor = self.query_one("#answer", TextArea)
        text = editor.text
        if not text.strip():
            self.notify("Type an answer first (ctrl+n skips the question).", severity="warning")
            return
        assert self.session_id is not None
        store = self._app.store
        state = self.interview.current
        elapsed = round(self.now() - self.question_started, 1)
        self.interview.record_answer(text)
        code = None
        if state.question.coding is not None and (
            self.interview.turn is Turn.QUESTION or state.awaiting_code()
        ):
            code = self.query_one("#code", TextArea).text  # first submission, or revised after failing tests
        try:
            if self.interview.turn is Turn.QUESTION:
                state.answer_id = store.save_answer(
                    self.session_id,
                    state.question,
                    text,
                    started_at=utc_now(),
                    duration_s=elapsed,
                    hints=state.hints,
                    hints_used=len(state.hints),
                    code=code,
                )
            else:
                assert state.answer_id is not None
                store.update_answer(
                    state.answer_id, followups=followup_entries(state), duration_s=elapsed, code=code
                )
        except sqlite3.Error as exc:
            state.answers.pop()  # not recorded: the text stays in the editor for another try
            self._save_failed(exc, "your answer is still in the editor", "submit again (ctrl+s)")
            return
        if code is not None:
            state.code_tries += 1
        try:
            store.delete_draft(self.session_id, state.question.id)
        except sqlite3.Error:
            pass  # a stale draft of an answered question is never restored
        self.saved_draft = ""
        editor.text = ""
        self.query_one(Transcript).add("candidate", text)
        assert state.answer_id is not None
        self.pending = (self.interview.index, state.answer_id, *state.graded_parts())
        self.pending_code = code
        self._grade_pending()

    def _grade_pending(self, *_: object) -> None:
        if self.ungraded and self._app.grader is not None:
            leftovers, self.ungraded = self.ungraded, []
            self.grade_leftovers(leftovers)
        if self.pending is None:
            return
        if self._app.grader is None:
            if self._app.grading_error is not None:
                # The model cannot load: the answer is saved; go on without a grade.
                index, answer_id, _answer, _followups = self.pending
                self.pending = None
                self.query_one(Transcript).add("note", "*Saved. Grading is unavailable (see the error).*")
                if self._end_after_grade:
                    self._end_now()
                elif index == self.interview.index:
                    self._question_done(None, answer_id)
                return
            self.query_one(Transcript).add("note", "*Saved. Grading starts when the model has loaded…*")
            return
        index, answer_id, answer, followups = self.pending
        self.pending = None
        state = self.interview.states[index]
        follow_up = state.follow_up_part() if state.follow_up_grade is None else None
        self.grade_answer(index, answer_id, answer, followups, self.pending_code, follow_up)

    @work(thread=True, exit_on_error=False, group="leftovers")
    def grade_leftovers(self, leftovers: list[Leftover]) -> None:
        """Grade answers saved in an earlier run that died before grading them."""
        grader = self._app.grader
        assert grader is not None
        for index, answer_id, text, code, followups in leftovers:
            question = self.interview.plan.items[index].question
            result = None
            if question.coding is not None and code is not None:
                from interviewer.coding.runner import run_question

                result = run_question(question.coding, code, hidden=True).to_dict()
            answer, pairs = graded_parts(question, text, followups)
            grade = grader.grade(question, answer, pairs)
            part = follow_up_part(question, followups)
            deeper = grader.grade(*part) if part is not None else None
            self.post_message(self.Graded(index, answer_id, grade, result, deeper))

    @work(thread=True, exclusive=True, exit_on_error=False, group="grade")
    def grade_answer(
        self,
        index: int,
        answer_id: int,
        answer: str,
        followups: list[tuple[str, str]],
        code: str | None,
        follow_up: tuple[Question, str] | None = None,
    ) -> None:
        grader = self._app.grader
        assert grader is not None
        question = self.interview.states[index].question
        result = None
        if question.coding is not None and code is not None:
            from interviewer.coding.runner import run_question

            result = run_question(question.coding, code, hidden=True).to_dict()
        grade = grader.grade(question, answer, followups)
        # The answer to a graded scripted follow-up is graded on its own, against its points.
        deeper = grader.grade(*follow_up) if follow_up is not None else None
        self.post_message(self.Graded(index, answer_id, grade, result, deeper))

    @on(Graded)
    def _graded(self, message: Graded) -> None:
        # The fresh run of the tests (None when no code was submitted with this answer).
        fresh_run = message.code_result
        if message.code_result is not None:
            tries = self.interview.states[message.index].code_tries
            message.code_result["tries"] = max(tries, 1)
            self.code_results[message.index] = message.code_result
            self.query_one(Transcript).add("note", code_results_markdown(message.code_result))
        run = self.code_results.get(message.index)
        if run is not None:
            grade = combine_code_grade(message.grade, int(run["passed"]), int(run["total"]))
            message = self.Graded(message.index, message.answer_id, grade)
        try:
            self._app.store.save_grade(message.answer_id, message.grade)
            if run is not None:
                self._app.store.save_code_result(message.answer_id, run, None)
        except sqlite3.Error as exc:
            self.unsaved_grades[message.answer_id] = (message.grade, run)
            self._save_failed(
                exc, "the grade was not saved (your answer was)", "it is saved again automatically"
            )
        if message.follow_up_grade is not None:
            self._save_follow_up_grade(message.index, message.answer_id, message.follow_up_grade)
        if message.index != self.interview.index:
            return  # the candidate skipped ahead; the grade is stored all the same
        if self._end_after_grade:
            self.interview.current.grade = message.grade
            self._end_now()
            return
        follow_up = self.interview.next_follow_up(message.grade, fresh_run)
        if follow_up:
            self.query_one(Transcript).add("interviewer", follow_up)
            editor = "#code" if self.interview.current.awaiting_code() else "#answer"
            self.query_one(editor, TextArea).focus()
            return
        self._question_done(message.grade, message.answer_id)

    def _save_follow_up_grade(self, index: int, answer_id: int, grade: Grade) -> None:
        """Keep the graded follow-up's grade with its answer (in the answer's follow-ups)."""
        state = self.interview.states[index]
        state.follow_up_grade = grade
        try:
            self._app.store.update_answer(answer_id, followups=followup_entries(state))
        except sqlite3.Error as exc:
            self._save_failed(exc, "the follow-up's grade was not saved (your answer was)", "carry on")
        if self.interview.mode is Mode.COACH:
            self.query_one(Transcript).add("note", f"Follow-up score **{grade.score}/100**.")

    def _question_done(self, grade: Grade | None, answer_id: int | None) -> None:
        if self.interview.mode is Mode.COACH and grade is not None:
            from interviewer.screens.feedback import FeedbackScreen

            state = self.interview.current
            answer = state.answers[0] if state.answers else ""
            self.query_one(Transcript).add("interviewer", script.reaction(state.question, grade, answer))
            self.query_one(Transcript).add("note", f"Score **{grade.score}/100** — feedback opened.")
            question = self.interview.current.question
            shown = grade.score
            follow_up = None
            if state.follow_up_grade is not None:
                asked = question.graded_follow_ups().get(state.follow_up_grade.question_id)
                if asked is not None:
                    follow_up = (asked, state.follow_up_grade)

            def after_feedback(score: int | None) -> None:
                if score is not None and score != shown:
                    self.query_one(Transcript).add(
                        "note", f"Score now **{score}/100** after your corrections."
                    )
                self._next()

            self.app.push_screen(FeedbackScreen(question, grade, answer_id, follow_up), after_feedback)
        else:
            self._next()

    def _next(self, _: Any = None) -> None:
        self.interview.advance()
        if self.interview.finished:
            self._finish()
        else:
            self._ask()
            self.query_one("#answer", TextArea).focus()

    def action_switch_editor(self) -> None:
        """Move between the code editor (where Tab indents) and the explanation box."""
        code = self.query_one("#code", TextArea)
        answer = self.query_one("#answer", TextArea)
        if not code.display:
            answer.focus()
        elif code.has_focus:
            answer.focus()
        else:
            code.focus()

    def action_run_tests(self) -> None:
        if self.interview.finished or self.interview.current.question.coding is None:
            self.notify("This question has no tests to run.")
            return
        self.query_one(Transcript).add("note", "*Running the visible tests…*")
        self.run_visible_tests(self.interview.index, self.query_one("#code", TextArea).text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="tests")
    def run_visible_tests(self, index: int, code: str) -> None:
        from interviewer.coding.runner import run_question

        spec = self.interview.states[index].question.coding
        assert spec is not None
        self.post_message(self.TestsRan(index, run_question(spec, code).to_dict()))

    @on(TestsRan)
    def _tests_ran(self, message: TestsRan) -> None:
        self.query_one(Transcript).add("note", code_results_markdown(message.result))

    def action_hint(self) -> None:
        if self.interview.finished or self.session_id is None:
            return
        gist = self.interview.hint()
        state = self.interview.current
        if gist is None:
            self.notify("No more hints for this question.")
            return
        self.query_one(Transcript).add("note", f"**Hint:** {gist}")
        if state.answer_id is not None:
            try:
                self._app.store.update_answer(state.answer_id, hints=state.hints)
            except sqlite3.Error as exc:
                self._save_failed(exc, "this hint was not recorded", "carry on")

    def action_repeat(self) -> None:
        if self.interview.finished:
            return
        state = self.interview.current
        text = state.follow_ups[-1] if self.interview.turn is Turn.FOLLOW_UP else state.question.prompt
        self.query_one(Transcript).add("interviewer", f"Sure: {text}")

    def action_skip(self) -> None:
        if self.interview.finished or self.session_id is None:
            return
        assert self.session_id is not None
        state = self.interview.current
        text = self.query_one("#answer", TextArea).text
        store = self._app.store
        if state.answer_id is None:
            try:
                state.answer_id = store.save_answer(
                    self.session_id,
                    state.question,
                    text,
                    duration_s=round(self.now() - self.question_started, 1),
                    skipped=True,
                    hints=state.hints,
                    hints_used=len(state.hints),
                )
            except sqlite3.Error as exc:
                self._save_failed(exc, "your text is still in the editor", "try again")
                return
        try:
            store.delete_draft(self.session_id, state.question.id)
        except sqlite3.Error:
            pass  # a stale draft of a skipped question is never restored
        self.interview.skip()
        self.saved_draft = ""
        self.query_one("#answer", TextArea).text = ""
        self.query_one(Transcript).add("note", "Skipped.")
        self._next()

    def action_end(self) -> None:
        if self.session_id is None:  # it never started (the session could not be saved)
            self.app.pop_screen()
            return
        if self._end_after_grade:
            return  # already ending: waiting for the last grade
        if not self.interview.finished:
            text = self.query_one("#answer", TextArea).text
            if text.strip() and self.interview.current.answer_id is None:
                self.action_skip()  # keep what was typed, marked as skipped
                if self.query_one("#answer", TextArea).text.strip():
                    return  # it could not be saved: stay, with the text in the editor
            elif text.strip() and self.interview.turn is Turn.FOLLOW_UP:
                # A follow-up answer typed: it counts, as if submitted, then the interview ends.
                self._end_after_grade = True
                self.action_submit()
                if self.query_one("#answer", TextArea).text.strip():
                    self._end_after_grade = False  # it could not be saved: stay, text kept
                return
        self._end_now()

    def _end_now(self) -> None:
        self._end_after_grade = False
        if self._discard_if_empty():
            return
        self.interview.index = self.interview.total
        self._finish()

    def _discard_if_empty(self) -> bool:
        """Ended before anything was typed: no report and no empty row in the history."""
        discarded = self.save_before_leaving()
        if discarded:
            self.notify("Nothing was answered, so this session is not kept.", title="Session ended")
            self.app.pop_screen()
        return discarded

    def save_before_leaving(self) -> bool:
        """Save what was typed since the last autosave (code too), and drop the session if
        nothing at all was typed in it; returns whether it was dropped. Used when the interview
        is ended, and when the app closes (a kept session is offered for resume next time)."""
        if self.session_id is None or self.interview.finished:
            return False
        self.autosave()
        try:
            return self._app.store.discard_empty_session(self.session_id)
        except sqlite3.Error:
            return False  # kept, then, and ended or resumed as usual

    def _finish(self) -> None:
        assert self.session_id is not None
        self._flush_grades()
        try:
            self._app.store.end_session(self.session_id)
        except sqlite3.Error as exc:
            # Every answer is saved; the session only stays 'active' (offered for resume).
            self._save_failed(exc, "the end of this session was not recorded", "resume it later")
        self.query_one(Transcript).add("interviewer", script.closing(self.session_key))
        from interviewer.screens.report import ReportScreen

        self.app.switch_screen(ReportScreen(self.session_id))
