"""The interview session without Textual: saving before grading, failed writes that keep the text,
resume after a crash, follow-ups, skipping and ending. The grading is the real model's."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.grading.grader import Grader
from interviewer.grading.result import Grade
from interviewer.interview import InterviewPlan, Mode, Turn
from interviewer.session import (
    Asked,
    Closed,
    Event,
    Finished,
    FollowUpAsked,
    InterviewSession,
    Notice,
    Restored,
    Review,
    Said,
    StartFailed,
    Taken,
)
from interviewer.store import Store, open_db

BANK = Path(__file__).parent / "data" / "interview-bank.yaml"
STRONG_OVERFITTING = (
    "Overfitting is when a model memorises noise in its training data, so it does well on the "
    "training set and worse on new data. You detect it when the validation error rises while the "
    "training error keeps falling. You prevent it with regularization, more data, early stopping "
    "or a simpler model."
)


@pytest.fixture
def bank() -> QuestionBank:
    loaded = load_banks([BANK])
    assert not loaded.problems
    return loaded


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(open_db(tmp_path / "interviewer.db"))


def plan_of(bank: QuestionBank, *ids: str) -> InterviewPlan:
    return InterviewPlan.from_ids(bank, ids)


def said(events: list[Event], role: str) -> list[str]:
    return [e.text for e in events if isinstance(e, Said) and e.role == role]


def grade_all(session: InterviewSession, grader: Grader) -> list[Event]:
    events: list[Event] = []
    for job in session.take_jobs():
        events += session.apply_grade(job.run(grader))
    return events


def test_the_session_module_runs_without_textual() -> None:
    check = "import sys, interviewer.session\nprint('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_answer_is_saved_before_it_is_graded_and_graded_once(
    bank: QuestionBank, store: Store, grader: Grader
) -> None:
    session = InterviewSession(store, plan_of(bank, "t.bias"), Mode.INTERVIEW, kind="practice")
    events = session.start()
    assert isinstance(events[0], Said) and events[0].role == "interviewer"
    assert any(isinstance(e, Asked) and e.question.id == "t.bias" for e in events)
    events = session.submit(STRONG_OVERFITTING)
    assert isinstance(events[0], Taken) and said(events, "candidate") == [STRONG_OVERFITTING]
    assert session.session_id is not None
    (saved,) = store.answers(session.session_id)
    assert saved.text == STRONG_OVERFITTING and saved.grade is None  # committed, not yet graded
    jobs = session.take_jobs()
    assert len(jobs) == 1 and session.take_jobs() == []
    events = session.apply_grade(jobs[0].run(grader))
    (graded,) = store.answers(session.session_id)
    assert graded.grade is not None and graded.grade.score >= 60
    # interview mode: a strong first answer may get a deeper follow-up, or the interview ends
    assert any(isinstance(e, FollowUpAsked | Finished) for e in events)


def test_an_empty_answer_is_refused_with_a_reason(bank: QuestionBank, store: Store) -> None:
    session = InterviewSession(store, plan_of(bank, "t.bias"), Mode.COACH)
    session.start()
    (event,) = session.submit("   \n")
    assert isinstance(event, Notice) and "ctrl+n" in event.message
    assert session.take_jobs() == []


def test_a_failed_save_keeps_the_answer_for_another_try(
    bank: QuestionBank, store: Store, tmp_path: Path
) -> None:
    session = InterviewSession(store, plan_of(bank, "t.bias"), Mode.COACH)
    session.start()
    other = Database(tmp_path / "interviewer.db")
    other.conn.execute("PRAGMA busy_timeout = 0")
    store.db.conn.execute("PRAGMA busy_timeout = 50")  # a second instance holds the write lock
    other.conn.execute("BEGIN IMMEDIATE")
    try:
        events = session.submit(STRONG_OVERFITTING)
    finally:
        other.conn.execute("ROLLBACK")
    assert not any(isinstance(e, Taken) for e in events)
    (notice,) = events
    assert isinstance(notice, Notice) and notice.severity == "error"
    assert "still in the editor" in notice.message and "ctrl+s" in notice.message
    assert session.interview.current.answers == [] and session.take_jobs() == []
    # the lock is gone: the same text is taken
    assert isinstance(session.submit(STRONG_OVERFITTING)[0], Taken)


def test_autosave_from_a_worker_thread_and_a_failing_draft_is_told_once(
    bank: QuestionBank, store: Store, tmp_path: Path
) -> None:
    session = InterviewSession(store, plan_of(bank, "t.bias"), Mode.COACH)
    session.start()
    results: list[list[Event]] = []
    worker = threading.Thread(target=lambda: results.append(session.autosave("half an answer", None)))
    worker.start()
    worker.join()
    assert results == [[]]
    assert session.session_id is not None
    assert store.draft(session.session_id) == ("t.bias", "half an answer")
    other = Database(tmp_path / "interviewer.db")
    store.db.conn.execute("PRAGMA busy_timeout = 50")
    other.conn.execute("BEGIN IMMEDIATE")
    try:
        first = session.autosave("half an answer, and more", None)
        second = session.autosave("half an answer, and more still", None)
    finally:
        other.conn.execute("ROLLBACK")
    assert len(first) == 1 and isinstance(first[0], Notice) and first[0].title == "Draft not saved"
    assert second == []  # not every second
    (back,) = session.autosave("half an answer, and more still", None)
    assert isinstance(back, Notice) and back.title == "Draft saved"
    assert store.draft(session.session_id) == ("t.bias", "half an answer, and more still")


def test_resume_after_a_crash_grades_what_was_saved_and_restores_the_draft(
    bank: QuestionBank, store: Store, grader: Grader
) -> None:
    plan = plan_of(bank, "t.bias", "t.phone")
    first = InterviewSession(store, plan, Mode.INTERVIEW)
    first.start()
    first.submit(STRONG_OVERFITTING)  # saved; the run dies before grading it
    assert first.session_id is not None
    # a follow-up answer half typed when it died
    first.autosave("and dropout, which I forgot", None)
    (row,) = [s for s in store.sessions() if s.id == first.session_id]

    second = InterviewSession(store, plan, Mode.INTERVIEW, resume=row)
    events = second.start()
    notes = said(events, "note")
    assert any(n.startswith("Resumed: 1 of") for n in notes)
    assert any("unfinished follow-up answer" in n for n in notes)
    assert any("still to be graded" in n for n in notes)
    assert any(isinstance(e, Asked) and e.question.id == "t.phone" for e in events)
    (saved,) = store.answers(first.session_id)
    assert saved.followups[-1]["answer"] == "and dropout, which I forgot"
    grade_all(second, grader)
    (graded,) = store.answers(first.session_id)
    assert graded.grade is not None


def test_resume_restores_the_draft_of_the_question_being_answered(bank: QuestionBank, store: Store) -> None:
    plan = plan_of(bank, "t.bias", "t.phone")
    first = InterviewSession(store, plan, Mode.COACH)
    first.start()
    first.autosave("I started typing this", None)
    assert first.session_id is not None
    (row,) = [s for s in store.sessions() if s.id == first.session_id]
    events = InterviewSession(store, plan, Mode.COACH, resume=row).start()
    assert Restored(answer="I started typing this") in events


def test_coach_mode_reviews_then_moves_on(bank: QuestionBank, store: Store, grader: Grader) -> None:
    session = InterviewSession(store, plan_of(bank, "t.bias", "t.phone"), Mode.COACH)
    session.start()
    session.submit("Overfitting is fitting noise in the training data.")
    events = grade_all(session, grader)
    while not any(isinstance(e, Review) for e in events):  # answer the probes until done
        assert any(isinstance(e, FollowUpAsked) for e in events), events
        session.submit("I do not know.")
        events = grade_all(session, grader)
    review = next(e for e in events if isinstance(e, Review))
    assert review.question.id == "t.bias"
    after = session.reviewed(review.grade.score, review.grade.score + 5)
    assert said(after, "note") == [f"Score now **{review.grade.score + 5}/100** after your corrections."]
    assert any(isinstance(e, Asked) and e.question.id == "t.phone" for e in after)


def test_skip_keeps_the_text_and_end_with_nothing_typed_keeps_no_session(
    bank: QuestionBank, store: Store
) -> None:
    session = InterviewSession(store, plan_of(bank, "t.bias", "t.phone"), Mode.COACH)
    session.start()
    events = session.skip("not sure, something about noise")
    assert isinstance(events[0], Taken) and "Skipped." in said(events, "note")
    assert session.session_id is not None
    (skipped,) = store.answers(session.session_id)
    assert skipped.skipped and skipped.text == "not sure, something about noise"
    assert isinstance(session.end("")[-1], Finished)

    empty = InterviewSession(store, plan_of(bank, "t.bias"), Mode.COACH)
    empty.start()
    events = empty.end("")
    assert isinstance(events[-1], Closed)
    assert empty.session_id not in {s.id for s in store.sessions()}


def test_skipping_a_follow_up_says_the_graded_answer_stands(
    bank: QuestionBank, store: Store, grader: Grader
) -> None:
    """Skipping after an answer was graded (during a follow-up) skips the follow-up only: the
    note said "Skipped." though the answer's score stood."""
    session = InterviewSession(store, plan_of(bank, "t.bias", "t.phone"), Mode.COACH)
    session.start()
    session.submit("Bias is error from wrong assumptions; variance is sensitivity to the data.")
    events = grade_all(session, grader)
    assert any(isinstance(e, FollowUpAsked) for e in events), events
    events = session.skip("")
    assert "Skipped." not in said(events, "note")
    assert any("stands as graded" in note for note in said(events, "note")), said(events, "note")
    assert session.session_id is not None
    (answer,) = store.answers(session.session_id)
    assert not answer.skipped and answer.score is not None


def test_ending_with_a_follow_up_typed_grades_it_then_finishes(
    bank: QuestionBank, store: Store, grader: Grader
) -> None:
    session = InterviewSession(store, plan_of(bank, "t.bias", "t.phone"), Mode.INTERVIEW)
    session.start()
    session.submit("Overfitting is when the model memorises noise in the training data.")
    events = grade_all(session, grader)
    assert session.interview.turn is Turn.FOLLOW_UP, events
    events = session.end("You see it when validation loss goes up while training loss falls.")
    assert isinstance(events[0], Taken) and session.ending
    assert session.end("pressed again") == []  # already ending
    events = grade_all(session, grader)
    assert isinstance(events[-1], Finished)
    assert session.session_id is not None
    (answer,) = store.answers(session.session_id)
    assert answer.followups[-1]["answer"].startswith("You see it when validation loss")


def test_a_model_that_cannot_load_leaves_the_answer_saved_and_goes_on(
    bank: QuestionBank, store: Store
) -> None:
    session = InterviewSession(store, plan_of(bank, "t.bias", "t.phone"), Mode.COACH)
    session.start()
    session.submit(STRONG_OVERFITTING)
    assert said(session.waiting_for_model(failed=False), "note") == [
        "*Saved. Grading starts when the model has loaded…*"
    ]
    events = session.waiting_for_model(failed=True)
    assert "*Saved. Grading is unavailable (see the error).*" in said(events, "note")
    assert any(isinstance(e, Asked) and e.question.id == "t.phone" for e in events)


class BrokenGrader(Grader):
    """A real grader with a bug in it: every grade raises (a fault, not a grading test)."""

    def __init__(self) -> None:  # no model needed: it never gets as far as one
        pass

    def grade(self, *args: object, **kwargs: object) -> Grade:  # type: ignore[override]
        raise ValueError("a bug in grading")


def test_a_grade_that_raises_leaves_the_answer_saved_and_goes_on(bank: QuestionBank, store: Store) -> None:
    session = InterviewSession(store, plan_of(bank, "t.bias", "t.phone"), Mode.COACH)
    session.start()
    session.submit(STRONG_OVERFITTING)
    events = grade_all(session, BrokenGrader())
    assert said(events, "note") == [
        "*Saved, but this answer could not be graded (ValueError: a bug in grading).*"
    ]
    assert any(isinstance(e, Asked) and e.question.id == "t.phone" for e in events)
    assert session.session_id is not None
    (saved,) = store.answers(session.session_id)
    assert saved.text == STRONG_OVERFITTING and saved.grade is None


def test_a_session_that_cannot_start_says_so_and_f10_closes(bank: QuestionBank, tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    store = Store(open_db(path))
    other = Database(path)
    store.db.conn.execute("PRAGMA busy_timeout = 50")
    other.conn.execute("BEGIN IMMEDIATE")
    try:
        session = InterviewSession(store, plan_of(bank, "t.bias"), Mode.COACH)
        (failed,) = session.start()
    finally:
        other.conn.execute("ROLLBACK")
    assert isinstance(failed, StartFailed) and "could not start" in failed.message
    assert not session.active and session.end("typed") == [Closed()]


def test_the_clock_warns_once_past_the_suggested_time(bank: QuestionBank, store: Store) -> None:
    now = [100.0]
    session = InterviewSession(store, plan_of(bank, "t.bias"), Mode.COACH, now=lambda: now[0])
    session.start()
    clock = session.clock()
    assert clock is not None and clock.text == "0:00" and not clock.warn
    now[0] += session.interview.current.question.time_limit_s + 1
    late = session.clock()
    assert late is not None and late.warn and late.overtime
    again = session.clock()
    assert again is not None and not again.warn and again.overtime


def test_a_hint_costs_half_the_point_and_the_sum_says_so(
    bank: QuestionBank, store: Store, grader: Grader
) -> None:
    """Issue 16: a hinted point earned 97%, so hints cost nothing."""
    from interviewer.grading.present import score_sum
    from interviewer.grading.scoring import HINT_CREDIT

    session = InterviewSession(store, plan_of(bank, "t.bias"), Mode.INTERVIEW)
    session.start()
    (hint,) = session.hint()
    assert isinstance(hint, Said) and hint.text.startswith("**Hint:**")
    hinted = session.interview.current.hints[0]
    session.submit(STRONG_OVERFITTING)
    grade_all(session, grader)
    assert session.session_id is not None
    (answer,) = store.answers(session.session_id)
    assert answer.grade is not None and answer.hints_used == 1
    point = next(p for p in answer.grade.points if p.point_id == hinted)
    assert point.hinted and point.credit <= HINT_CREDIT
    others = [p for p in answer.grade.points if p.point_id != hinted]
    assert not any(p.hinted for p in others)
    lines = score_sum(answer.grade)
    assert "(hinted)" in lines[0] and lines[-1] == "1 hinted point: each earns at most 50%"
    # the same answer without the hint scores higher
    plain = grader.grade(session.interview.states[0].question, STRONG_OVERFITTING)
    assert plain.score > answer.grade.score


def test_a_coding_stub_alone_is_no_draft_and_keeps_no_session(bank: QuestionBank, store: Store) -> None:
    session = InterviewSession(store, plan_of(bank, "t.code"), Mode.COACH)
    events = session.start()
    asked = next(e for e in events if isinstance(e, Asked))
    assert asked.question.coding is not None
    stub = asked.question.coding.stub
    assert session.autosave("", stub) == []
    assert session.session_id is not None and store.draft_for(session.session_id, "t.code#code") is None
    assert isinstance(session.end("", stub)[-1], Closed)  # nothing typed: no report, no session
    # a changed stub is typed work: kept
    kept = InterviewSession(store, plan_of(bank, "t.code"), Mode.COACH)
    kept.start()
    assert isinstance(kept.end("", stub + "    return []\n")[-1], Finished)
