"""Overrides: stored, change that answer's score, and shift later grades' thresholds (bounded)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from interviewer.cli import main
from interviewer.grading.calibration import Calibration
from interviewer.grading.overrides import MAX_SHIFT, Override, apply_overrides, learn_thresholds
from interviewer.grading.result import Grade, PointResult, Status
from interviewer.store import Store, open_db

SHIPPED = Calibration()


def test_no_overrides_keep_the_shipped_thresholds() -> None:
    assert learn_thresholds(SHIPPED, []) == SHIPPED


def test_covered_override_below_threshold_lowers_it_to_that_similarity() -> None:
    learned = learn_thresholds(SHIPPED, [Override(SHIPPED.covered - 0.03, Status.COVERED)])
    assert learned.covered == pytest.approx(SHIPPED.covered - 0.03)
    assert learned.partial == SHIPPED.partial


def test_missed_override_above_partial_raises_it() -> None:
    learned = learn_thresholds(SHIPPED, [Override(SHIPPED.partial + 0.02, Status.MISSED)])
    assert learned.partial > SHIPPED.partial + 0.02 - 1e-9
    assert learned.partial < learned.covered


def test_shifts_are_bounded() -> None:
    far = [Override(0.05, Status.COVERED)] * 10 + [Override(0.95, Status.MISSED)] * 10
    learned = learn_thresholds(SHIPPED, far)
    assert abs(learned.covered - SHIPPED.covered) <= MAX_SHIFT + 1e-9
    assert abs(learned.partial - SHIPPED.partial) <= MAX_SHIFT + 1e-9
    assert learned.floor < learned.partial < learned.covered


def test_conflicting_overrides_follow_the_majority() -> None:
    sim = SHIPPED.covered - 0.04
    majority = [Override(sim, Status.COVERED)] * 3 + [Override(sim, Status.PARTIAL)]
    assert learn_thresholds(SHIPPED, majority).covered <= sim
    minority = [Override(sim, Status.COVERED)] + [Override(sim, Status.PARTIAL)] * 3
    assert learn_thresholds(SHIPPED, minority).covered == SHIPPED.covered


def test_marking_a_covered_point_missed_never_makes_grades_looser() -> None:
    # The mix seen in use: four "mark missed" on covered points, three "mark covered" on
    # partial ones. The mark-downs say the grader is lenient, so nothing may loosen.
    mixed = [Override(SHIPPED.covered + 0.1, Status.MISSED)] * 4 + [
        Override(SHIPPED.covered - 0.04, Status.COVERED)
    ] * 3
    learned = learn_thresholds(SHIPPED, mixed)
    assert learned.covered >= SHIPPED.covered and learned.partial >= SHIPPED.partial


def test_apply_overrides_rescores_the_answer() -> None:
    grade = Grade(
        "q",
        30,
        (
            PointResult("a", "A", 1.0, Status.MISSED, 0.3, 0.2),
            PointResult("b", "B", 1.0, Status.COVERED, 0.7, 0.4),
        ),
        raw_score=30.0,
        penalty=1.0,
    )
    overruled = apply_overrides(grade, {"a": Status.COVERED})
    assert overruled.score == 70
    assert overruled.points[0].status is Status.COVERED and overruled.points[0].overridden
    assert not overruled.points[1].overridden


def test_cli_override_changes_later_grades_and_reset_restores(interviewer_home: Path, samples) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()

    def grade(question_id: str, answer: str) -> dict:  # type: ignore[type-arg]
        result = runner.invoke(main, ["grade", "-q", question_id, "-a", answer, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    # Find a sample answer with a point the grader judged partial.
    for question_id, bands in sorted(samples.items()):
        first = grade(question_id, bands["partial"])
        partial = [p for p in first["points"] if p["status"] == "partial"]
        if partial and partial[0]["similarity"] >= Calibration().covered - MAX_SHIFT:
            break
    else:
        pytest.fail("no sample answer has a partial point within reach of the threshold")
    point = partial[0]["id"]

    result = runner.invoke(main, ["override", str(first["answer_id"]), point, "covered"])
    assert result.exit_code == 0, result.output
    assert "now covered" in result.output

    store = Store(open_db(interviewer_home / "interviewer.db"))
    assert store.overrides(first["answer_id"]) == {point: Status.COVERED}
    again = grade(question_id, bands["partial"])
    assert next(p for p in again["points"] if p["id"] == point)["status"] == "covered"

    shown = json.loads(runner.invoke(main, ["calibration", "--json"]).output)
    assert shown["overrides"] == 1 and shown["current"]["covered"] < shown["shipped"]["covered"]

    assert runner.invoke(main, ["calibration", "--reset"]).exit_code == 0
    after_reset = grade(question_id, bands["partial"])
    assert next(p for p in after_reset["points"] if p["id"] == point)["status"] == "partial"
    assert store.overrides(first["answer_id"]) == {point: Status.COVERED}  # kept


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["override", "99", "x", "covered"], "no saved answer with id 99"),
        (["override", "1", "x", "sideways"], "Invalid value"),
    ],
)
def test_override_errors(args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0 and message in result.output


def test_a_coding_answer_has_one_score_after_an_override(tmp_path: Path) -> None:
    """Issue 14: a coding answer saved at 60, given one override, ended with answers.score 71
    (history, cards, mastery) while the report and feedback showed 27: the tests' share was
    applied in some places only. It is part of the grade now, and of the one scoring rule."""
    from interviewer.bank.schema import Question
    from interviewer.interview import combine_code_grade
    from interviewer.report import build_report
    from interviewer.screens.feedback import score_sum

    points = (
        PointResult("a", "First.", 2.0, Status.COVERED, 0.8, 0.9),
        PointResult("b", "Second.", 1.0, Status.MISSED, 0.3, 0.2),
    )
    explained = Grade("code.q", 63, points, (), 40, "m", "2", raw_score=63.33)
    grade = combine_code_grade(explained, 2, 3)
    assert grade.tests == (2, 3) and grade.score == round(0.6 * 100 * 2 / 3 + 0.4 * 63)
    assert Grade.from_dict(json.loads(json.dumps(grade.to_dict()))) == grade
    question = Question.model_validate(
        {
            "id": "code.q", "stage": "coding", "topic": "coding/x", "difficulty": 1, "prompt": "Write it.",
            "why_asked": "w", "tip": "t", "model_answer": "m", "time_limit_s": 60,
            "points": [{"id": "a", "text": "First.", "weight": 2}, {"id": "b", "text": "Second."}],
            "coding": {
                "signature": "def f(x: int) -> int:", "entry_point": "f",
                "stub": "def f(x: int) -> int:\n    return x\n",
                "examples": [{"name": "one", "args": [1], "expected": 1}],
                "reference_solution": "def f(x: int) -> int:\n    return x\n",
            },
        }
    )  # fmt: skip
    store = Store(open_db(tmp_path / "c.db"))
    session = store.start_session("interview", "coach")
    answer_id = store.save_answer(session, question, "My explanation.", code="def f(x): return x")
    store.save_grade(answer_id, grade)
    store.save_code_result(answer_id, {"passed": 2, "total": 3, "cases": []}, grade.score)
    store.override_point(answer_id, "b", Status.COVERED)
    stored = store.answer(answer_id)
    assert stored is not None
    shown = apply_overrides(grade, store.overrides(answer_id))
    report = build_report(store, session)
    assert report is not None
    raw = round(100 * (0.9 * 2 + 1.0) / 3)  # the covered point's 90%, the overruled one's 100%
    assert stored.score == shown.score == report.items[0].score == round(0.6 * 100 * 2 / 3 + 0.4 * raw)
    # The feedback's arithmetic ends at the header's score, tests' share included.
    line = score_sum(shown)
    assert f"tests 2/3 = 67 × 60% + explanation {raw} × 40%" in line and line.endswith(
        f"= {shown.score}[/dim]"
    )
    # The export says the same, in both formats, and shows the same arithmetic.
    from interviewer.report import report_json, report_markdown

    exported = json.loads(report_json(report))
    assert exported["answers"][0]["score"] == shown.score
    markdown = report_markdown(report)
    assert f"{shown.score}/100" in markdown
    assert f"*tests 2/3 = 67 × 60% + explanation {raw} × 40% = {shown.score}*" in markdown
