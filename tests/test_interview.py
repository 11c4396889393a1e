"""The interview logic without the UI: planning, follow-ups, hints, combined answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.bank.schema import Stage
from interviewer.grading.grader import Grader
from interviewer.interview import (
    CLOSING_TOPIC,
    MAX_FOLLOW_UPS,
    Interview,
    InterviewPlan,
    Mode,
    Turn,
    plan_interview,
)
from interviewer.script import greeting, stage_frame

BANK = Path(__file__).parent / "data" / "interview-bank.yaml"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_banks([BANK])


def test_plan_follows_the_stages_in_order_and_ends_with_questions_for_us(bank: QuestionBank) -> None:
    plan = plan_interview(bank, "quick", seed=1)
    stages = [item.question.stage for item in plan.items[:-1]]
    assert stages == sorted(stages, key=list(Stage).index)
    assert set(stages) == set(Stage)
    assert plan.items[-1].closing and plan.items[-1].question.topic == CLOSING_TOPIC
    assert plan_interview(bank, "quick", seed=1) == plan  # reproducible


def test_plan_avoids_recent_questions_and_leans_to_weak_topics(builtin_bank: QuestionBank) -> None:
    first = plan_interview(builtin_bank, "quick", seed=3)
    technical = [i.question.id for i in first.items if i.question.stage is Stage.TECHNICAL]
    again = plan_interview(builtin_bank, "quick", seed=3, recent=technical)
    assert not set(technical) & {i.question.id for i in again.items}
    weak = plan_interview(builtin_bank, "quick", seed=3, weak_topics=["stats/"], stages=[Stage.TECHNICAL])
    assert weak.items[0].question.topic.startswith("stats/")


def test_technical_questions_mix_areas(builtin_bank: QuestionBank) -> None:
    plan = plan_interview(builtin_bank, "standard", seed=5, stages=[Stage.TECHNICAL])
    areas = [i.question.area for i in plan.items]
    assert len(set(areas)) == len(areas) == 4


def test_stored_plan_round_trips(bank: QuestionBank) -> None:
    plan = plan_interview(bank, "quick", seed=2)
    assert InterviewPlan.from_ids(bank, plan.question_ids) == plan
    assert InterviewPlan.from_ids(bank, ["gone", *plan.question_ids]).question_ids == plan.question_ids


def test_follow_ups_probe_the_heaviest_missed_points_at_most_twice(
    bank: QuestionBank, grader: Grader
) -> None:
    plan = InterviewPlan.from_ids(bank, ["t.bias"])
    interview = Interview(plan, Mode.COACH)
    interview.record_answer("It is a common problem that people talk about a lot in machine learning.")
    grade = grader.grade(interview.current.question, interview.current.answers[0])
    probe = interview.next_follow_up(grade)
    assert interview.turn is Turn.FOLLOW_UP
    missed = [p.point_id for p in grade.points if p.status.value == "missed"]
    probes = {p.id: p.probe for p in interview.current.question.points}
    assert probe == probes[missed[0]]
    interview.record_answer("I would not know.")
    interview.next_follow_up(grade)
    interview.record_answer("No idea.")
    assert interview.next_follow_up(grade) is None
    assert len(interview.current.follow_ups) == MAX_FOLLOW_UPS
    assert len(interview.current.followup_pairs()) == MAX_FOLLOW_UPS
    interview.advance()
    assert interview.finished and interview.turn is Turn.QUESTION


def test_no_follow_up_when_everything_is_covered(bank: QuestionBank, grader: Grader) -> None:
    interview = Interview(InterviewPlan.from_ids(bank, ["t.bias"]), Mode.INTERVIEW)
    answer = (
        "Overfitting means the model fits the noise in its training data and generalizes poorly. "
        "You see it as a big gap between training and validation error. "
        "Regularization, more data and early stopping reduce it."
    )
    interview.record_answer(answer)
    assert interview.next_follow_up(grader.grade(interview.current.question, answer)) is None


def test_hints_reveal_points_heaviest_first_then_run_out(bank: QuestionBank) -> None:
    interview = Interview(InterviewPlan.from_ids(bank, ["t.bias"]), Mode.COACH)
    hints = [interview.hint() for _ in range(4)]
    assert hints[0] == interview.current.question.points[0].text  # weight 2
    assert hints[3] is None and interview.current.hints == ["definition", "detect", "prevent"]


def test_script_is_deterministic_per_session() -> None:
    stages = [Stage.PHONE_SCREEN, Stage.TECHNICAL]
    assert greeting("s1", stages) == greeting("s1", stages)
    assert "phone screen and technical" in greeting("s1", stages)
    # Practising one stage is not greeted as "our usual loop: behavioral".
    for key in ("s1", "s2", "s3", "s4"):
        practice = greeting(key, [Stage.BEHAVIORAL], kind="practice")
        assert "behavioral stage" in practice and "loop:" not in practice
    assert stage_frame("s1", Stage.BEHAVIORAL)


def test_an_answer_to_another_question_gets_the_question_restated_once(
    builtin_bank: QuestionBank, grader: Grader
) -> None:
    interview = Interview(InterviewPlan.from_ids(builtin_bank, ["ml.bias_variance"]), Mode.COACH)
    dropout = (
        "Dropout zeroes each hidden unit at random during training, so no unit can rely on another and "
        "co-adapted features break apart. At test time every unit is kept, and with inverted dropout the "
        "activations were already scaled during training, so nothing changes at inference."
    )
    interview.record_answer(dropout)
    grade = grader.grade(interview.current.question, dropout)
    restated = interview.next_follow_up(grade)
    assert restated is not None and "different question" in restated
    assert interview.current.question.prompt.split()[0] in restated
    right = (
        "Bias is error from assumptions that are too simple, so the model underfits; variance is "
        "sensitivity to the particular training sample, so it overfits."
    )
    interview.record_answer(right)
    # The answer to the restated question is what is graded; the first one stays in the transcript.
    answer, pairs = interview.current.graded_parts()
    assert answer == right and pairs == []
    assert grader.grade(interview.current.question, answer).score > grade.score
    # It is restated once only.
    assert interview.next_follow_up(grade) != restated
