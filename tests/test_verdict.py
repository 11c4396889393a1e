"""The call at the end of an interview: honest arithmetic, red flags that cost more than missed
details, the weakest round deciding, and no overall call for an interview ended early."""

from __future__ import annotations

import json
from pathlib import Path

from interviewer.bank.loader import QuestionBank
from interviewer.grading.grader import Grader
from interviewer.grading.result import Grade, PointResult, Status
from interviewer.report import build_report, report_json, report_markdown
from interviewer.store import Store, open_db
from interviewer.verdict import Answered, Call, make_verdict


def graded(score: int, *, contradicted: float | None = None, kind: str = "wrong") -> Grade:
    """A grade with one point made, and one contradicted point of the given weight if asked."""
    points = [PointResult("made", "A point made.", 1.0, Status.COVERED, 0.8, 0.9, evidence="I said it.")]
    if contradicted is not None:
        points.append(
            PointResult(
                "wrong",
                "The point the answer got backwards.",
                contradicted,
                Status.CONTRADICTED,
                0.6,
                0.0,
                evidence="High bias means the model overfits.",
                contradiction="blaming others" if kind == "red_flag" else "the wrong version",
                contradiction_kind=kind,
            )
        )
    return Grade("q", score, tuple(points), (), 40, "model", "2")


def item(stage: str, score: int, **kwargs: object) -> Answered:
    skipped = bool(kwargs.pop("skipped", False))
    grade = graded(score, **kwargs)  # type: ignore[arg-type]
    return Answered(f"q.{stage}.{score}", stage, f"A {stage} question", score, skipped=skipped, grade=grade)


def test_scores_set_the_call_and_a_strong_loop_is_a_strong_hire() -> None:
    verdict = make_verdict([item("Technical", 88), item("Behavioral", 84)], planned=2)
    assert verdict.call is Call.STRONG_HIRE and verdict.score == 86
    assert make_verdict([item("Technical", 70), item("Behavioral", 66)], 2).call is Call.HIRE
    assert make_verdict([item("Technical", 50), item("Behavioral", 46)], 2).call is Call.LEAN_NO_HIRE
    assert make_verdict([item("Technical", 20), item("Behavioral", 30)], 2).call is Call.NO_HIRE


def test_skipping_the_weakest_question_does_not_raise_the_score() -> None:
    answered = [item("Technical", 80), item("Technical", 76), item("Technical", 36)]
    skipped = [item("Technical", 80), item("Technical", 76), item("Technical", 0, skipped=True)]
    assert make_verdict(skipped, 3).score <= make_verdict(answered, 3).score  # type: ignore[operator]
    verdict = make_verdict(skipped, 3)
    assert verdict.skipped == 1 and verdict.score == 52
    assert any("skipped" in r.text.lower() for r in verdict.reasons)


def test_an_interview_ended_early_gets_no_overall_call() -> None:
    verdict = make_verdict([item("Phone screen", 90), item("Technical", 85)], planned=7)
    assert verdict.call is None and verdict.ended_early
    assert verdict.summary.startswith("Ended after 2 of 7 questions")
    # The stages it reached still have theirs.
    assert [s.call for s in verdict.stages] == [Call.STRONG_HIRE, Call.STRONG_HIRE]


def test_a_fundamental_point_stated_wrongly_costs_more_than_a_missed_detail() -> None:
    missed_detail = make_verdict([item("Technical", 72)], 1)
    wrong_fundamental = make_verdict([item("Technical", 72, contradicted=2.0)], 1)
    wrong_detail = make_verdict([item("Technical", 72, contradicted=1.0)], 1)
    assert missed_detail.call is Call.HIRE and wrong_detail.call is Call.HIRE
    assert wrong_fundamental.call is Call.LEAN_NO_HIRE
    reason = wrong_fundamental.stages[0].reasons[0]
    assert "stated wrongly" in reason.text and reason.evidence == "High bias means the model overfits."
    # A story's warning sign is a red flag whatever the point's weight.
    assert (
        make_verdict([item("Behavioral", 72, contradicted=1.0, kind="red_flag")], 1).call is Call.LEAN_NO_HIRE
    )


def test_a_fundamental_point_corrected_when_challenged_is_noted_and_costs_no_step() -> None:
    from dataclasses import replace

    grade = graded(72)
    fixed = PointResult(
        "fixed",
        "High bias is underfitting.",
        2.0,
        Status.COVERED,
        0.8,
        0.9,
        evidence="High bias is underfitting.",
        corrected_from="High bias means the model overfits.",
    )
    answered = Answered(
        "q.t", "Technical", "Bias and variance", 72, grade=replace(grade, points=(*grade.points, fixed))
    )
    verdict = make_verdict([answered], 1)
    assert verdict.call is make_verdict([item("Technical", 72)], 1).call is Call.HIRE
    [reason] = [r for r in verdict.stages[0].reasons if "corrected when challenged" in r.text]
    assert reason.evidence == "High bias means the model overfits."


def test_the_weakest_round_decides_not_the_average() -> None:
    verdict = make_verdict(
        [item("Phone screen", 95), item("Technical", 92), item("Coding", 30), item("Behavioral", 90)], 4
    )
    assert verdict.score == 77  # a hire on the mean alone
    assert verdict.call is Call.LEAN_NO_HIRE
    assert verdict.reasons[0].text.startswith("Coding: no hire")


def test_the_report_says_the_call_and_counts_a_skip(
    tmp_path: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    store = Store(open_db(tmp_path / "r.db"))
    first = builtin_bank.get("ml.bias_variance")
    second = builtin_bank.get("stats.p_value")
    assert first is not None and second is not None
    plan = [first.id, second.id, "dl.dropout"]
    session = store.start_session("interview", "interview", {"plan": plan})
    answer_id = store.save_answer(session, first, first.model_answer, duration_s=200)
    store.save_grade(answer_id, grader.grade(first, first.model_answer))
    store.save_answer(session, second, "", skipped=True, duration_s=5)
    store.end_session(session)
    report = build_report(store, session, builtin_bank)
    assert report is not None and report.verdict is not None
    strong = report.items[0].score or 0
    assert report.overall == round(strong / 2)  # the skip counts as 0
    text = report_markdown(report)
    assert "**Verdict:** Ended after 2 of 3 questions" in text
    assert f"of {first.time_limit_s // 60}:{first.time_limit_s % 60:02d} suggested" in text
    data = json.loads(report_json(report))
    assert data["verdict"]["ended_early"] is True and data["verdict"]["call"] is None
    assert data["overall"] == report.overall


def test_the_report_shows_progress_on_a_question_answered_before(
    tmp_path: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Issue 16: a question answered again showed only today's grade (24 -> 98 was never said)."""
    store = Store(open_db(tmp_path / "r.db"))
    question = builtin_bank.get("ml.bias_variance")
    assert question is not None
    weak = "Bias and variance are both kinds of error in machine learning models that people talk about."
    first = store.start_session("practice", "coach", {"plan": [question.id]})
    answer_id = store.save_answer(first, question, weak, submitted_at="2026-12-03T10:00:00.000+00:00")
    store.save_grade(answer_id, early := grader.grade(question, weak))
    store.end_session(first)
    again = store.start_session("practice", "coach", {"plan": [question.id]})
    answer_id = store.save_answer(
        again, question, question.model_answer, submitted_at="2026-12-04T10:00:00.000+00:00"
    )
    store.save_grade(answer_id, now := grader.grade(question, question.model_answer))
    store.end_session(again)
    report = build_report(store, again, builtin_bank)
    assert report is not None
    assert f"(first {early.score} on 3 Dec 2026 → {now.score} now)" in report_markdown(report)
    assert json.loads(report_json(report))["answers"][0]["first"]["score"] == early.score
    # The first sitting has nothing before it.
    earlier = build_report(store, first, builtin_bank)
    assert earlier is not None and "(first " not in report_markdown(earlier)


def test_no_questions_for_us_is_its_own_row_and_caps_nothing() -> None:
    rounds = [item("Phone screen", 85), item("Technical", 90), item("Coding", 88)]
    closing = Answered(
        "q.closing", "Questions for us", "Any questions for us?", 5, grade=graded(5), closing=True
    )
    verdict = make_verdict([*rounds, closing], 4)
    assert {c.stage for c in verdict.stages} == {"Phone screen", "Technical", "Coding", "Questions for us"}
    assert next(c for c in verdict.stages if c.stage == "Questions for us").call is Call.NO_HIRE
    # The same closing answer as a round of the loop would cap the interview at lean no hire.
    assert verdict.call is not None and verdict.call.rank < Call.LEAN_NO_HIRE.rank, verdict.call
    as_round = make_verdict([*rounds, Answered("q.x", "Questions for us", "Any?", 5, grade=graded(5))], 4)
    assert as_round.call is Call.LEAN_NO_HIRE


def test_the_stage_table_gives_the_three_reasons_that_decided_the_call_with_evidence(tmp_path: Path) -> None:
    """Issue 16: the report's stage table showed two reasons and no evidence; the verdict keeps
    the three that decided the call, and the candidate's words for each that has them."""
    from dataclasses import replace

    from tests.support import make_question

    store = Store(open_db(tmp_path / "r.db"))
    session = store.start_session("interview", "interview", {"plan": ["t.a", "t.b"]})
    for question_id, score in (("t.a", 70), ("t.b", 30)):
        prompt = f"Question {question_id}?"
        question = make_question().model_copy(update={"id": question_id, "prompt": prompt})
        answer_id = store.save_answer(session, question, "High bias means the model overfits.")
        store.save_grade(answer_id, replace(graded(score, contradicted=2.0), question_id=question_id))
    store.end_session(session)
    report = build_report(store, session)
    assert report is not None and report.verdict is not None
    (stage,) = report.verdict.stages
    assert len(stage.reasons) == 3 and sum(r.evidence is not None for r in stage.reasons) == 2
    (row,) = [line for line in report_markdown(report).splitlines() if line.startswith("| Technical |")]
    for reason in stage.reasons:
        assert reason.text in row
    assert row.count("you said “High bias means the model overfits.”") == 2
    assert "Weakest answer: “Question t.b?” (30)." in row
