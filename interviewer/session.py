"""A headless interview session: the interview, its saved answers and its grading jobs.

The screen renders and forwards keys; everything an interview does between a key and the
database happens here, without Textual, so fault, resume and crash behaviour is tested directly.
Each action returns the events the screen shows, in order (lines of the transcript, notices, a
question asked, a question done, the end). Grading is a typed job: the screen runs
``GradeJob.run`` in a worker and hands the ``GradeOutcome`` back to ``apply_grade``.

Every submitted answer is committed before it is graded; the editor's draft is autosaved every
second, so a killed terminal loses nothing and the next start offers to resume.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from interviewer import script
from interviewer.bank.schema import Question, Stage
from interviewer.grading.calibration import shipped_calibration
from interviewer.grading.result import Grade
from interviewer.grading.scoring import with_hints
from interviewer.interview import (
    STRONG_ENOUGH,
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
from interviewer.store.db import describe_write_error
from interviewer.store.store import SessionRow, Store, utc_now

if TYPE_CHECKING:
    from interviewer.grading.grader import Grader

AUTOSAVE_SECONDS = 1.0  # a SIGKILL (the one signal that cannot be caught) loses at most this


# ---------------------------------------------------------------------------- events


@dataclass(frozen=True)
class Said:
    """A line of the transcript: the interviewer's, the candidate's, or a note."""

    role: Literal["interviewer", "candidate", "note"]
    text: str


@dataclass(frozen=True)
class Notice:
    """A passing message (a toast), for what is not part of the conversation."""

    message: str
    title: str = ""
    severity: Literal["information", "warning", "error"] = "information"
    timeout: float | None = None


@dataclass(frozen=True)
class Asked:
    """A question was asked: the screen shows its stage and sets up the editors."""

    question: Question
    closing: bool  # the candidate's own questions: the stage bar stays on the last stage
    position: str


@dataclass(frozen=True)
class FollowUpAsked:
    """The interviewer asks a follow-up; ``wants_code`` when it asks for revised code."""

    text: str
    wants_code: bool


@dataclass(frozen=True)
class Taken:
    """The answer in the editor was taken (saved): the editor empties."""


@dataclass(frozen=True)
class Restored:
    """Text typed in an earlier run, for the editors."""

    answer: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class Review:
    """Coach mode: the question is done; the screen shows the feedback, then calls ``reviewed``."""

    question: Question
    grade: Grade
    answer_id: int | None
    follow_up: tuple[Question, Grade] | None
    delivery: Any = None  # voice.Delivery of the first answer


@dataclass(frozen=True)
class Finished:
    """The interview is over; its report is ``session_id``'s."""

    session_id: int


@dataclass(frozen=True)
class Closed:
    """The session is gone without a report (it never started, or nothing was typed)."""


@dataclass(frozen=True)
class StartFailed:
    """The session could not be saved, so the interview did not start."""

    message: str


Event = Said | Notice | Asked | FollowUpAsked | Taken | Restored | Review | Finished | Closed | StartFailed


# ---------------------------------------------------------------------------- grading jobs


@dataclass(frozen=True)
class GradeOutcome:
    """What grading one answer produced: its grade, a fresh run of its code, and the grade of
    its graded scripted follow-up, and how much of each scripted follow-up it already says."""

    index: int
    answer_id: int
    grade: Grade
    code_result: dict[str, Any] | None = None
    follow_up_grade: Grade | None = None
    # How much of each scripted follow-up the answers already say (see Grader.read_follow_ups).
    said: dict[str, float] = field(default_factory=dict)
    # The sentence each scripted follow-up builds on, by prompt, nearest first.
    hooks: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class GradeJob:
    """One saved answer to grade (with its follow-ups, and its code when code was submitted)."""

    index: int
    answer_id: int
    question: Question
    answer: str
    followups: tuple[tuple[str, str], ...]
    code: str | None = None
    follow_up: tuple[Question, str] | None = None

    @classmethod
    def for_saved(
        cls,
        index: int,
        answer_id: int,
        question: Question,
        text: str,
        code: str | None,
        pairs: Sequence[tuple[str, str]],
    ) -> GradeJob:
        """A job for an answer as saved: its graded follow-up (if it was asked) is found in
        ``pairs`` and graded on its own."""
        answer, rest = graded_parts(question, text, pairs)
        return cls(index, answer_id, question, answer, tuple(rest), code, follow_up_part(question, pairs))

    def run(self, grader: Grader) -> GradeOutcome | GradeFailed:
        """Grade (slow: run it in a worker thread). Code is run against every test, hidden too.
        A grading bug costs this grade, never the interview: it comes back as GradeFailed."""
        try:
            return self._run(grader)
        except Exception as exc:  # noqa: BLE001 - any bug; the answer is saved already
            return GradeFailed(self, f"{type(exc).__name__}: {exc}")

    def _run(self, grader: Grader) -> GradeOutcome:
        result = None
        if self.question.coding is not None and self.code is not None:
            from interviewer.coding.runner import run_question

            result = run_question(self.question.coding, self.code, hidden=True).to_dict()
        grade = grader.grade(self.question, self.answer, list(self.followups))
        deeper = grader.grade(*self.follow_up) if self.follow_up is not None else None
        said: dict[str, float] = {}
        hooks: dict[str, str] = {}
        scripted = {f.prompt for f in self.question.follow_ups}
        asked = {prompt for prompt, _ in self.followups}
        pushable = not grade.contradicted and (
            grade.score >= STRONG_ENOUGH or self.question.coding is not None
        )
        if pushable and scripted and self.follow_up is None and not scripted & asked:
            # A strong answer is pushed with a scripted follow-up it has not said yet (a coding
            # answer may be strong once its tests count, whatever its explanation's grade).
            readings = grader.read_follow_ups(self.question, [self.answer, *(a for _, a in self.followups)])
            said = {prompt: reading.said for prompt, reading in readings.items()}
            ranked = sorted(readings.items(), key=lambda item: -item[1].hook_similarity)
            hooks = {prompt: reading.hook for prompt, reading in ranked if reading.hook}
        return GradeOutcome(self.index, self.answer_id, grade, result, deeper, said, hooks)


@dataclass(frozen=True)
class GradeFailed:
    """Grading an answer raised: the answer stays saved, without a grade."""

    job: GradeJob
    reason: str


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


@dataclass
class Clock:
    """The question's clock: elapsed seconds, the suggested limit, and whether to warn now."""

    elapsed: float
    limit: int
    warn: bool

    @property
    def text(self) -> str:
        minutes, seconds = divmod(int(self.elapsed), 60)
        return f"{minutes}:{seconds:02d}"

    @property
    def overtime(self) -> bool:
        return self.elapsed > self.limit

    @property
    def warning(self) -> str:
        return (
            f"You are past the {self.limit // 60}:{self.limit % 60:02d} suggested for this question. "
            "Wrap up when you can; nothing is cut off."
        )


@dataclass
class _Drafts:
    """What the last autosave wrote, so an unchanged editor is not written again."""

    answer: str = ""
    code: str = ""
    failing: bool = False  # the last autosave failed (warned once, not every second)


# ---------------------------------------------------------------------------- the session


class InterviewSession:
    """One interview (or practice, or revisit) over a store: ask, take answers, grade, save.

    Not thread-safe by itself except ``autosave``, which may run in a worker: it and every
    action that writes the current question's answer or draft take ``write_lock``."""

    def __init__(
        self,
        store: Store,
        plan: InterviewPlan,
        mode: Mode,
        *,
        kind: str = "interview",
        length: str = "standard",
        resume: SessionRow | None = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.interview = Interview(plan, mode)
        self.kind = kind
        self.length = length
        self.resume = resume
        self.session_id: int | None = resume.id if resume else None
        self.session_key = ""
        self.now = now  # tests freeze the clock
        self.question_started = 0.0
        self._warned = False
        self.drafts = _Drafts()
        self.write_lock = threading.Lock()
        self.pending: GradeJob | None = None  # the answer just submitted, to grade
        self.leftovers: list[GradeJob] = []  # saved by a run that died before grading them
        self.ending = False  # F10 with a follow-up typed: the interview ends when it is graded
        self.code_results: dict[int, dict[str, Any]] = {}  # question index -> submitted run
        self.unsaved_grades: dict[int, tuple[Grade, dict[str, Any] | None]] = {}  # saved later
        self.recordings: dict[int, tuple[Path, Any]] = {}  # question index -> (wav, Transcript)
        self.delivered: set[int] = set()  # question indexes whose delivery is saved
        self.deliveries: dict[int, Any] = {}  # question index -> voice.Delivery, for feedback

    @property
    def mode(self) -> Mode:
        return self.interview.mode

    @property
    def active(self) -> bool:
        """Started, and not finished: answers can be taken."""
        return self.session_id is not None and not self.interview.finished

    # ------------------------------------------------------------------ start and resume

    def start(self) -> list[Event]:
        """Start the session (or resume it) and ask the first question still to answer."""
        if self.session_id is None:
            try:
                self.session_id = self.store.start_session(
                    self.kind,
                    self.mode.value,
                    {
                        "plan": self.interview.plan.question_ids,
                        "length": self.length,
                        "mode": self.mode.value,
                    },
                )
            except sqlite3.Error as exc:
                problem, fix = describe_write_error(exc)
                return [StartFailed(f"{problem}: the interview could not start; {fix} and start it again.")]
        self.session_key = f"session-{self.session_id}"
        if self.resume is not None:
            events = self._restore()
        else:
            greeting = script.greeting(self.session_key, self.interview.plan.stages, self.kind)
            events = [Said("interviewer", greeting)]
        if self.interview.finished:
            return events + self._finish()
        events += self._ask()
        if self.resume is not None:
            answer = self.store.draft(self.session_id)
            current = self.interview.current.question
            if answer and answer[0] == current.id:
                self.drafts.answer = answer[1]
                events.append(Restored(answer=answer[1]))
            if current.coding is not None:
                code = self.store.draft_for(self.session_id, self._code_key())
                if code:
                    self.drafts.code = code
                    events.append(Restored(code=code))
        return events

    def _restore(self) -> list[Event]:
        """Continue an interview left unfinished: skip what was answered, keep a follow-up being
        typed, and queue what was saved but never graded."""
        assert self.session_id is not None
        answered = {a.question_id for a in self.store.answers(self.session_id)}
        while not self.interview.finished and self.interview.current.question.id in answered:
            self.interview.advance()
        events: list[Event] = [
            Said(
                "note", f"Resumed: {len(answered)} of {self.interview.total} questions were already answered."
            )
        ]
        draft = self.store.draft(self.session_id)
        kept = None
        if draft and draft[0] in answered and draft[1].strip():
            # A follow-up answer was being typed when the app died: keep it with its answer
            # (and grade them together again, below).
            kept = self._keep_followup_draft(draft[0], draft[1])
            if kept is not None:
                events.append(
                    Said(
                        "note",
                        "Your unfinished follow-up answer from before was kept with its question's answer.",
                    )
                )
        # Answers committed but never graded (the app died while grading) are graded now.
        index_of = {item.question.id: i for i, item in enumerate(self.interview.plan.items)}
        for answer in self.store.answers(self.session_id):
            ungraded = answer.grade is None or answer.id == kept
            if ungraded and not answer.skipped and answer.question_id in index_of:
                index = index_of[answer.question_id]
                pairs = [(f["question"], f["answer"]) for f in answer.followups]
                question = self.interview.plan.items[index].question
                self.leftovers.append(
                    GradeJob.for_saved(index, answer.id, question, answer.text, answer.code, pairs)
                )
        if self.leftovers:
            events.append(
                Said("note", f"{len(self.leftovers)} saved answer(s) still to be graded: grading them now.")
            )
        return events

    def _keep_followup_draft(self, question_id: str, text: str) -> int | None:
        assert self.session_id is not None
        answer = next(a for a in self.store.answers(self.session_id) if a.question_id == question_id)
        followups = [
            *answer.followups,
            {"question": "(follow-up; the app closed before it was submitted)", "answer": text},
        ]
        try:
            self.store.update_answer(answer.id, followups=followups)
            self.store.delete_draft(self.session_id, question_id)
        except sqlite3.Error:
            return None  # the draft stays in the database; nothing is lost
        return answer.id

    # ------------------------------------------------------------------ asking and the clock

    def _ask(self) -> list[Event]:
        interview = self.interview
        state = interview.current
        if state.planned.closing:  # the candidate's questions, not the opening chat again
            lead = script.your_questions(self.session_key)
        elif interview.is_new_stage():
            lead = script.stage_frame(self.session_key, state.question.stage)
        else:
            lead = script.transition(self.session_key, interview.index)
        self.question_started = self.now()
        self._warned = False
        # The stub is the question's, not typed: it is no draft, and alone it keeps no session.
        self.drafts.code = state.question.coding.stub if state.question.coding is not None else ""
        events: list[Event] = [
            Said("interviewer", f"{lead}\n\n**{state.question.prompt}**"),
            Asked(state.question, state.planned.closing, interview.position),
        ]
        if state.question.coding is not None:
            events.append(
                Said(
                    "note",
                    "Write the function in the code editor (F7 selects all of it, to paste over the "
                    "stub); F5 runs the visible tests, F4 moves to the explanation box, ctrl+s "
                    "submits code and explanation.",
                )
            )
        return events

    def clock(self) -> Clock | None:
        """The current question's clock; ``warn`` is true once, when it first runs over."""
        if self.interview.finished:
            return None
        limit = self.interview.current.question.time_limit_s
        elapsed = self.now() - self.question_started
        warn = elapsed > limit and not self._warned
        self._warned = self._warned or warn
        return Clock(elapsed, limit, warn)

    def repeat(self) -> list[Event]:
        """Ask the question (or the follow-up) again."""
        if self.interview.finished:
            return []
        state = self.interview.current
        text = state.follow_ups[-1] if self.interview.turn is Turn.FOLLOW_UP else state.question.prompt
        return [Said("interviewer", f"Sure: {text}")]

    @property
    def current_stage(self) -> Stage | None:
        return None if self.interview.finished else self.interview.current.question.stage

    # ------------------------------------------------------------------ drafts

    def _code_key(self) -> str:
        return f"{self.interview.current.question.id}#code"

    def draft_token(self) -> tuple[int, int]:
        """Where the interview is (question, answers given): a draft read from the editors at
        one token is not saved at another (the question was answered or skipped meanwhile)."""
        answers = 0 if self.interview.finished else len(self.interview.current.answers)
        return self.interview.index, answers

    def autosave(self, text: str, code: str | None, token: tuple[int, int] | None = None) -> list[Event]:
        """Save the editors' text if it changed (every second, and before leaving). Safe to run
        in a worker thread, with the ``draft_token`` of when the text was read; a failure is
        told once, not every second."""
        with self.write_lock:
            if not self.active or (token is not None and token != self.draft_token()):
                return []
            assert self.session_id is not None
            events = self._flush_grades()
            question = self.interview.current.question
            try:
                if text != self.drafts.answer:
                    self.store.save_draft(self.session_id, question.id, text)
                    self.drafts.answer = text
                if question.coding is not None and code is not None and code != self.drafts.code:
                    self.store.save_draft(self.session_id, self._code_key(), code)
                    self.drafts.code = code
            except sqlite3.Error as exc:
                if not self.drafts.failing:
                    self.drafts.failing = True
                    problem, fix = describe_write_error(exc)
                    events.append(
                        Notice(
                            f"{problem}: your draft could not be autosaved; it is still in the editor. "
                            f"{fix[:1].upper()}{fix[1:]} and it is saved again.",
                            title="Draft not saved",
                            severity="warning",
                            timeout=30,
                        )
                    )
                return events
            if self.drafts.failing:
                self.drafts.failing = False
                events.append(Notice("Your draft is being saved again.", title="Draft saved"))
            return events

    def _flush_grades(self) -> list[Event]:
        """Save grades that could not be saved when they were made (a full disk, say)."""
        for answer_id, (grade, run) in list(self.unsaved_grades.items()):
            try:
                self.store.save_grade(answer_id, grade)
                if run is not None:
                    self.store.save_code_result(answer_id, run, None)
            except sqlite3.Error:
                return []  # still failing: try again at the next autosave
            del self.unsaved_grades[answer_id]
        return []

    def save_before_leaving(self, text: str, code: str | None) -> bool:
        """Save what was typed since the last autosave, and drop the session if nothing at all
        was typed in it; returns whether it was dropped. Used when the interview is ended, and
        when the app closes (a kept session is offered for resume next time)."""
        if not self.active:
            return False
        self.autosave(text, code)
        assert self.session_id is not None
        try:
            return self.store.discard_empty_session(self.session_id)
        except sqlite3.Error:
            return False  # kept, then, and ended or resumed as usual

    @staticmethod
    def _save_failed(exc: sqlite3.Error, kept: str, retry: str) -> Notice:
        """A write failed: say what, that nothing typed is lost, and how to try again."""
        problem, fix = describe_write_error(exc)
        return Notice(
            f"{problem}: {kept}; {fix} and {retry}.", title="Not saved", severity="error", timeout=30
        )

    # ------------------------------------------------------------------ answers

    def submit(self, text: str, code: str | None = None) -> list[Event]:
        """Take the answer (or follow-up answer) and its code: save it, then queue its grading."""
        if not self.active:
            return []
        if not text.strip():
            return [Notice("Type an answer first (ctrl+n skips the question).", severity="warning")]
        assert self.session_id is not None
        state = self.interview.current
        elapsed = round(self.now() - self.question_started, 1)
        first = self.interview.turn is Turn.QUESTION
        # Code goes with the first submission, and with a revision after failing tests.
        sent = code if state.question.coding is not None and (first or state.awaiting_code()) else None
        self.interview.record_answer(text)
        with self.write_lock:
            try:
                if first:
                    state.answer_id = self.store.save_answer(
                        self.session_id,
                        state.question,
                        text,
                        started_at=utc_now(),
                        duration_s=elapsed,
                        hints=state.hints,
                        hints_used=len(state.hints),
                        code=sent,
                    )
                else:
                    assert state.answer_id is not None
                    self.store.update_answer(
                        state.answer_id, followups=followup_entries(state), duration_s=elapsed, code=sent
                    )
            except sqlite3.Error as exc:
                state.answers.pop()  # not recorded: the text stays in the editor for another try
                return [self._save_failed(exc, "your answer is still in the editor", "submit again (ctrl+s)")]
            try:
                self.store.delete_draft(self.session_id, state.question.id)
            except sqlite3.Error:
                pass  # a stale draft of an answered question is never restored
            self.drafts.answer = ""
        if sent is not None:
            state.code_tries += 1
        assert state.answer_id is not None
        answer, followups = state.graded_parts()
        follow_up = state.follow_up_part() if state.follow_up_grade is None else None
        self.pending = GradeJob(
            self.interview.index, state.answer_id, state.question, answer, tuple(followups), sent, follow_up
        )
        return [Taken(), Said("candidate", text)]

    def attach_recording(self, recording: Path, transcript: Any) -> list[Event]:
        """A spoken first answer, transcribed into the editor: its recording and word times are
        kept for its delivery (pace, fillers, pauses) and saved beside the answer."""
        if not self.active:
            return []
        if self.interview.turn is Turn.QUESTION:
            self.recordings[self.interview.index] = (recording, transcript)
        minutes, seconds = divmod(int(transcript.duration), 60)
        return [
            Said("note", f"Transcribed {minutes}:{seconds:02d} of speech: edit it if you like, then ctrl+s.")
        ]

    def _save_delivery(self, index: int, answer_id: int, grade: Grade) -> list[Event]:
        """How the first answer was delivered, with its concision from the grade's evidence; a
        recording is moved beside the database."""
        from interviewer.voice.delivery import concision_from_spans, spoken_delivery, typed_delivery

        state = self.interview.states[index]
        if index in self.delivered or not state.answers:
            return []
        self.delivered.add(index)
        text = state.answers[0]
        spans = [
            (p.evidence_start, p.evidence_end)
            for p in grade.points
            if p.evidence_start is not None and p.evidence_end is not None and p.evidence_end <= len(text)
        ]
        concision = concision_from_spans(text, spans)
        suggested = state.question.time_limit_s
        spoken = self.recordings.pop(index, None)
        if spoken is not None:
            delivery = spoken_delivery(spoken[1], suggested_seconds=suggested, concision=concision)
        else:
            delivery = typed_delivery(text, suggested_seconds=suggested, concision=concision)
        self.deliveries[index] = delivery
        try:
            self.store.save_delivery(answer_id, delivery.to_dict())
            if spoken is not None:
                from interviewer.voice.audio_store import save_audio

                save_audio(answer_id, spoken[0], self.store.path, move=True)
        except (sqlite3.Error, OSError) as exc:
            reason = str(exc) if isinstance(exc, OSError) else describe_write_error(exc)[0]
            return [Notice(f"How you said it was not saved ({reason}); your answer was.", severity="warning")]
        return []

    def take_jobs(self) -> list[GradeJob]:
        """The grading jobs waiting (answers from a run that died first): the caller runs them."""
        jobs = [*self.leftovers, *([self.pending] if self.pending is not None else [])]
        self.leftovers, self.pending = [], None
        return jobs

    def waiting_for_model(self, failed: bool) -> list[Event]:
        """The model is not ready: say so for the answer just submitted. When it cannot load
        (``failed``), the answer stays saved and the interview goes on without its grade."""
        if self.pending is None:
            return []
        if not failed:
            return [Said("note", "*Saved. Grading starts when the model has loaded…*")]
        job, self.pending = self.pending, None
        events: list[Event] = [Said("note", "*Saved. Grading is unavailable (see the error).*")]
        if self.ending:
            return events + self._end_now()
        if job.index == self.interview.index:
            return events + self._question_done(None, job.answer_id)
        return events

    def grading_failed(self, job: GradeJob, reason: str) -> list[Event]:
        """Grading an answer raised: the answer stays saved without a grade and the interview goes
        on, as when the model cannot load."""
        events: list[Event] = [Said("note", f"*Saved, but this answer could not be graded: {reason}.*")]
        if self.ending:
            return events + self._end_now()
        if job.index == self.interview.index:
            return events + self._question_done(None, job.answer_id)
        return events

    def _grading_failed(self, failed: GradeFailed) -> list[Event]:
        events: list[Event] = [
            Said("note", f"*Saved, but this answer could not be graded ({failed.reason}).*")
        ]
        if self.ending:
            return events + self._end_now()
        if failed.job.index == self.interview.index:
            return events + self._question_done(None, failed.job.answer_id)
        return events

    def apply_grade(self, outcome: GradeOutcome | GradeFailed) -> list[Event]:
        """Save a grade (the coding score applied), then follow up, or close the question. A
        grade that failed is said, and the interview goes on as without a model."""
        if isinstance(outcome, GradeFailed):
            return self._grading_failed(outcome)
        events: list[Event] = []
        state = self.interview.states[outcome.index]
        fresh_run = outcome.code_result  # None when no code was submitted with this answer
        if fresh_run is not None:
            fresh_run["tries"] = max(state.code_tries, 1)
            self.code_results[outcome.index] = fresh_run
            events.append(Said("note", code_results_markdown(fresh_run)))
        run = self.code_results.get(outcome.index)
        grade = with_hints(outcome.grade, state.hints, shipped_calibration())  # a hint costs
        if run is not None:
            grade = combine_code_grade(grade, int(run["passed"]), int(run["total"]))
        try:
            self.store.save_grade(outcome.answer_id, grade)
            if run is not None:
                self.store.save_code_result(outcome.answer_id, run, None)
        except sqlite3.Error as exc:
            self.unsaved_grades[outcome.answer_id] = (grade, run)
            events.append(
                self._save_failed(
                    exc, "the grade was not saved (your answer was)", "it is saved again automatically"
                )
            )
        events += self._save_delivery(outcome.index, outcome.answer_id, outcome.grade)
        if outcome.follow_up_grade is not None:
            events += self._save_follow_up_grade(state, outcome.answer_id, outcome.follow_up_grade)
        if outcome.index != self.interview.index:
            return events  # the candidate skipped ahead; the grade is stored all the same
        if self.ending:
            self.interview.current.grade = grade
            return events + self._end_now()
        follow_up = self.interview.next_follow_up(grade, fresh_run, outcome.said, outcome.hooks)
        if follow_up:
            return [*events, FollowUpAsked(follow_up, self.interview.current.awaiting_code())]
        return events + self._question_done(grade, outcome.answer_id)

    def _save_follow_up_grade(self, state: QuestionState, answer_id: int, grade: Grade) -> list[Event]:
        """Keep the graded follow-up's grade with its answer (in the answer's follow-ups)."""
        state.follow_up_grade = grade
        events: list[Event] = []
        try:
            self.store.update_answer(answer_id, followups=followup_entries(state))
        except sqlite3.Error as exc:
            events.append(
                self._save_failed(exc, "the follow-up's grade was not saved (your answer was)", "carry on")
            )
        if self.mode is Mode.COACH:
            events.append(Said("note", f"Follow-up score **{grade.score}/100**."))
        return events

    def _question_done(self, grade: Grade | None, answer_id: int | None) -> list[Event]:
        if self.mode is not Mode.COACH or grade is None:
            return self.next()
        state = self.interview.current
        answer = state.answers[0] if state.answers else ""
        follow_up = None
        if state.follow_up_grade is not None:
            asked = state.question.graded_follow_ups().get(state.follow_up_grade.question_id)
            if asked is not None:
                follow_up = (asked, state.follow_up_grade)
        return [
            Said("interviewer", script.reaction(state.question, grade, answer, state.answers[1:])),
            Said("note", f"Score **{grade.score}/100** — feedback opened."),
            Review(state.question, grade, answer_id, follow_up, self.deliveries.get(self.interview.index)),
        ]

    def reviewed(self, shown: int, score: int | None) -> list[Event]:
        """The feedback was closed (``score``: the score after the candidate's corrections)."""
        events: list[Event] = []
        if score is not None and score != shown:
            events.append(Said("note", f"Score now **{score}/100** after your corrections."))
        return events + self.next()

    def next(self) -> list[Event]:
        """Move to the next question, or finish."""
        self.interview.advance()
        return self._finish() if self.interview.finished else self._ask()

    def hint(self) -> list[Event]:
        """Reveal one missed point (recorded with the answer: hints cost)."""
        if not self.active:
            return []
        gist = self.interview.hint()
        state = self.interview.current
        if gist is None:
            return [Notice("No more hints for this question.")]
        events: list[Event] = [Said("note", f"**Hint:** {gist}")]
        if state.answer_id is not None:
            try:
                self.store.update_answer(state.answer_id, hints=state.hints)
            except sqlite3.Error as exc:
                events.append(self._save_failed(exc, "this hint was not recorded", "carry on"))
        return events

    def skip(self, text: str) -> list[Event]:
        """Skip the question, keeping what was typed (saved as a skipped answer)."""
        events = self._skip(text)
        return events + self.next() if any(isinstance(e, Taken) for e in events) else events

    def _skip(self, text: str) -> list[Event]:
        if not self.active:
            return []
        assert self.session_id is not None
        state = self.interview.current
        # Skipping a follow-up: the answer already graded stands, and the note says so.
        answered = state.answer_id is not None
        with self.write_lock:
            if state.answer_id is None:
                try:
                    state.answer_id = self.store.save_answer(
                        self.session_id,
                        state.question,
                        text,
                        duration_s=round(self.now() - self.question_started, 1),
                        skipped=True,
                        hints=state.hints,
                        hints_used=len(state.hints),
                    )
                except sqlite3.Error as exc:
                    return [self._save_failed(exc, "your text is still in the editor", "try again")]
            try:
                self.store.delete_draft(self.session_id, state.question.id)
            except sqlite3.Error:
                pass  # a stale draft of a skipped question is never restored
            self.drafts.answer = ""
            self.interview.skip()
        if answered:
            return [Taken(), Said("note", "Follow-up skipped; your answer to the question stands as graded.")]
        return [Taken(), Said("note", "Skipped.")]

    # ------------------------------------------------------------------ the end

    def end(self, text: str, code: str | None = None) -> list[Event]:
        """End now (F10). Typed text is kept: a first answer as skipped, a follow-up answer as
        submitted (the interview ends when it is graded)."""
        if self.session_id is None:  # it never started (the session could not be saved)
            return [Closed()]
        if self.ending:
            return []  # already ending: waiting for the last grade
        if not self.interview.finished and text.strip():
            if self.interview.current.answer_id is None:
                events = self._skip(text)
                if not any(isinstance(e, Taken) for e in events):
                    return events  # it could not be saved: stay, with the text in the editor
                return events + self._end_now(text="", code=None)
            if self.interview.turn is Turn.FOLLOW_UP:
                # A follow-up answer typed: it counts, as if submitted, then the interview ends.
                self.ending = True
                events = self.submit(text, code)
                if not any(isinstance(e, Taken) for e in events):
                    self.ending = False  # it could not be saved: stay, text kept
                return events
        return self._end_now(text, code)

    def _end_now(self, text: str = "", code: str | None = None) -> list[Event]:
        self.ending = False
        if self.save_before_leaving(text, code):
            return [
                Notice("Nothing was answered, so this session is not kept.", title="Session ended"),
                Closed(),
            ]
        self.interview.index = self.interview.total
        return self._finish()

    def _finish(self) -> list[Event]:
        assert self.session_id is not None
        events = self._flush_grades()
        try:
            self.store.end_session(self.session_id)
        except sqlite3.Error as exc:
            # Every answer is saved; the session only stays 'active' (offered for resume).
            events.append(
                self._save_failed(exc, "the end of this session was not recorded", "resume it later")
            )
        return [*events, Said("interviewer", script.closing(self.session_key)), Finished(self.session_id)]


__all__ = [
    "AUTOSAVE_SECONDS",
    "Asked",
    "Clock",
    "Closed",
    "Event",
    "Finished",
    "FollowUpAsked",
    "GradeJob",
    "GradeOutcome",
    "InterviewSession",
    "Notice",
    "Restored",
    "Review",
    "Said",
    "StartFailed",
    "Taken",
    "followup_entries",
]
