"""The interviewer listens, driven through the real app (Pilot, real grader, real SQLite): a
strong answer is pushed with a scripted follow-up graded on its own, what was said is never asked
for again, a wrong claim is challenged in the candidate's words, and the coach reacts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Markdown, TextArea

from interviewer.app import InterviewerApp
from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.config import Settings
from interviewer.grading.grader import Grader
from interviewer.interview import InterviewPlan, Mode, code_results_markdown, code_retry_for
from interviewer.screens.feedback import FeedbackScreen
from interviewer.screens.interview import InterviewScreen
from interviewer.script import reaction
from interviewer.store import Store, open_db
from tests.support import MLE_AND_MAP, RIDGE, answer, model_ready, transcript_text

LISTENING = Path(__file__).parent / "data" / "listening-bank.yaml"
SIZE = (100, 32)


@pytest.fixture
def bank() -> QuestionBank:
    loaded = load_banks([LISTENING])
    assert not loaded.problems
    return loaded


async def start(pilot, bank: QuestionBank, mode: Mode) -> InterviewScreen:  # type: ignore[no-untyped-def]
    await model_ready(pilot)
    screen = InterviewScreen(InterviewPlan.from_ids(bank, ["l.mle_map"]), mode)
    await pilot.app.push_screen(screen)
    return screen


async def test_a_strong_answer_gets_a_graded_follow_up_and_no_probe_for_what_was_said(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    store = Store(open_db(tmp_path / "app.db"))
    app = InterviewerApp(Settings(), store, bank, grader_factory=lambda: grader)
    question = bank.get("l.mle_map")
    assert question is not None
    probes = {p.id: p.probe for p in question.points}
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot, bank, Mode.COACH)
        await answer(pilot, MLE_AND_MAP)
        # The answer made the MLE and MAP points: the interviewer pushes further instead.
        deeper = question.follow_ups[0].prompt
        assert screen.session.interview.current.follow_ups == [deeper]
        assert deeper in transcript_text(screen)
        await answer(pilot, RIDGE)
        text = transcript_text(screen)
        assert "Follow-up score" in text
        # Then the one point not made, never the two that were.
        assert screen.session.interview.current.follow_ups[-1] == probes["small-data"]
        assert probes["mle"] not in text and probes["map"] not in text
        await answer(
            pilot, "With three heads in three flips maximum likelihood says heads always, which overfits."
        )
        assert isinstance(app.screen, FeedbackScreen)
        notes = app.screen.query_one("#notes", Markdown)
        shown = notes.source  # type: ignore[attr-defined]
        assert "**Follow-up** (" in shown and deeper in shown and "ridge" in shown.lower()
        # The coach said what was good, and what was missing, before the feedback opened.
        graded = screen.session.interview.current.grade
        assert graded is not None
        assert reaction(question, graded, MLE_AND_MAP) in transcript_text(screen)
        await pilot.press("escape")
    # The follow-up's own grade is stored with its answer, and the answer's grade is the question's.
    row = store.db.execute("select followups, grade from answers").fetchone()
    followups = json.loads(row[0])
    assert (
        followups[0]["question"] == deeper and followups[0]["grade"]["question_id"] == "l.mle_map.follow-up-1"
    )
    assert followups[0]["grade"]["score"] >= 75
    assert json.loads(row[1])["question_id"] == "l.mle_map"


async def test_a_wrong_claim_is_challenged_and_interview_mode_stays_neutral(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    store = Store(open_db(tmp_path / "app.db"))
    app = InterviewerApp(Settings(), store, bank, grader_factory=lambda: grader)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot, bank, Mode.INTERVIEW)
        await answer(
            pilot,
            "Maximum likelihood picks the parameters under which the observed data is most probable. "
            "MAP ignores the prior and only looks at the likelihood of the data, so it is the same thing.",
        )
        challenge = screen.session.interview.current.follow_ups[0]
        assert challenge.startswith("You said") and "MAP ignores the prior" in challenge
        assert challenge in transcript_text(screen)
        await answer(pilot, "Sorry, I had it backwards: MAP maximises the likelihood times a prior.")
        text = transcript_text(screen)
        # No grade, no coaching line in interview mode.
        assert "Score " not in text and "Good:" not in text and "What was missing" not in text


async def test_failing_code_is_named_and_a_revised_solution_runs_again(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    """Like a pair-programming round: a failing test is named with its call and values, the
    candidate walks through it and fixes the code, the tests run again, and the tries are kept."""
    store = Store(open_db(tmp_path / "app.db"))
    app = InterviewerApp(Settings(), store, bank, grader_factory=lambda: grader)
    async with app.run_test(size=SIZE) as pilot:
        await model_ready(pilot)
        screen = InterviewScreen(InterviewPlan.from_ids(bank, ["l.code"]), Mode.INTERVIEW)
        await app.push_screen(screen)
        code = screen.query_one("#code", TextArea)
        code.text = "def largest(items: list[int]) -> int:\n    return items[0]\n"
        await answer(pilot, "I return the largest element in one pass, linear time and constant memory.")
        retry = screen.session.interview.current.follow_ups[-1]
        assert retry.startswith("Your code fails the test “simple”") and "should give 9, but gave 3" in retry
        assert screen.session.interview.current.awaiting_code() and code.has_focus
        code.text = "def largest(items: list[int]) -> int:\n    return max(items)\n"
        await answer(pilot, "I returned the first item instead of scanning; max scans the whole list once.")
        assert screen.session.interview.finished  # all tests pass now: on to the report
    row = store.db.execute("select code, code_result, followups from answers").fetchone()
    assert "max(items)" in row[0]
    run = json.loads(row[1])
    assert run["passed"] == run["total"] == 2 and run["tries"] == 2
    assert "**Tests (try 2): 2/2 passed**" in code_results_markdown(run)
    assert json.loads(row[2])[0]["question"] == retry


def test_the_banks_push_strong_candidates_with_graded_follow_ups(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    """At least 60 scripted follow-ups of the technical, LLM and coding questions carry their own
    points, and each one's model answer earns at least 70 against them."""
    from interviewer.grading.audit import weak_follow_ups

    graded = [
        (q, f)
        for q in builtin_bank.questions
        if q.area in ("ml", "dl", "nlp", "stats", "llm", "coding")
        for f in q.follow_ups
        if f.graded
    ]
    assert len(graded) >= 60, len(graded)
    assert all(2 <= len(f.points) <= 6 for _, f in graded)
    assert weak_follow_ups(grader, builtin_bank.questions) == []


def test_a_long_failing_call_is_clipped_with_an_ellipsis_not_cut_mid_list() -> None:
    call = "decode(" + ", ".join(f"[{i}.0, {i}.5]" for i in range(40)) + ")"
    retry = code_retry_for(
        {
            "passed": 0,
            "total": 1,
            "cases": [{"name": "long", "status": "failed", "call": call, "expected": [1.0], "got": [2.0]}],
        }
    )
    assert retry is not None
    quoted = retry.split("`")[1]
    assert quoted.endswith("…") and len(quoted) <= 120 and quoted.startswith("decode([0.0, 0.5]")
    assert "should give [1.0], but gave [2.0]" in retry
