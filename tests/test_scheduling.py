"""FSRS scheduling from grades, mastery math, and what a revisit session asks."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating

from interviewer.bank.loader import QuestionBank
from interviewer.grading.result import Grade, PointResult, Status
from interviewer.progress import build_progress, due_reviews, revisit_plan
from interviewer.scheduling import (
    Review,
    TopicMastery,
    rating_for,
    readiness,
    recency_weight,
    replay,
    weakest,
    weekly_means,
    weighted_mastery,
)
from interviewer.store import Store, open_db

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def days(n: float) -> timedelta:
    return timedelta(days=n)


@pytest.mark.parametrize(
    ("score", "hints", "skipped", "rating"),
    [
        (95, 0, False, Rating.Easy),
        (85, 0, False, Rating.Easy),
        (84, 0, False, Rating.Good),
        (65, 0, False, Rating.Good),
        (64, 0, False, Rating.Hard),
        (40, 0, False, Rating.Hard),
        (39, 0, False, Rating.Again),
        (95, 1, False, Rating.Good),
        (95, 2, False, Rating.Hard),
        (70, 5, False, Rating.Again),
        (95, 0, True, Rating.Again),
        (None, 0, False, Rating.Again),
    ],
)
def test_rating_bands_and_penalties(score: int | None, hints: int, skipped: bool, rating: Rating) -> None:
    assert rating_for(score, hints_used=hints, skipped=skipped) is rating


def schedule(*steps: tuple[float, int]) -> list[timedelta]:
    """Replay reviews (day offset, score) one at a time; the interval until due after each."""
    intervals = []
    reviews: list[Review] = []
    for offset, score in steps:
        reviews.append(Review(T0 + days(offset), score))
        state = replay(reviews)
        assert state is not None
        intervals.append(state.due - (T0 + days(offset)))
    return intervals


def test_good_answers_push_the_next_review_further_each_time() -> None:
    intervals = schedule((0, 75), (2, 75), (13, 75), (59, 75))
    assert intervals[0] == days(2)
    assert all(b > a * 2 for a, b in zip(intervals, intervals[1:], strict=False))


def test_a_failed_answer_comes_back_the_same_day_until_it_is_answered_well() -> None:
    intervals = schedule((0, 20), (0.05, 50), (0.12, 30), (0.2, 80))
    assert intervals[:3] == [timedelta(hours=1), timedelta(hours=1.5), timedelta(hours=1)]
    assert intervals[3] >= days(1)


def test_a_lapse_after_success_shortens_the_interval_and_counts() -> None:
    before = schedule((0, 90), (8, 90))
    after = schedule((0, 90), (8, 90), (74, 10), (74.05, 75))
    assert after[2] == timedelta(hours=1)
    assert after[3] < before[1]
    state = replay([Review(T0, 90), Review(T0 + days(8), 90), Review(T0 + days(74), 10)])
    assert state is not None and state.lapses == 1 and state.reviews == 3


def test_easy_schedules_further_than_good_which_schedules_further_than_hard() -> None:
    easy, good, hard = (schedule((0, s))[0] for s in (95, 75, 50))
    assert easy > good > hard


def test_replay_is_order_independent_and_empty_is_none() -> None:
    reviews = [Review(T0 + days(3), 80), Review(T0, 30), Review(T0 + days(1), 70)]
    assert replay(reviews) == replay(sorted(reviews, key=lambda r: r.at))
    assert replay([]) is None


def test_recency_weighted_mastery() -> None:
    today = date(2026, 6, 1)
    assert recency_weight(30) == pytest.approx(0.5)
    assert weighted_mastery([], today) is None
    # One old bad answer (60 days: weight 1/4) and one recent good one (weight 1).
    rows = [(today - days(60), 20.0, 1), (today, 80.0, 1)]
    assert weighted_mastery(rows, today) == pytest.approx((0.25 * 20 + 80) / 1.25)
    # Sums and counts per day: two answers of 50 and 70 on one day average 60.
    assert weighted_mastery([(today, 120.0, 2)], today) == pytest.approx(60)


def test_weekly_means_oldest_first_with_gaps() -> None:
    today = date(2026, 6, 1)
    rows = [(today, 90.0, 1), (today - days(8), 40.0, 2), (today - days(200), 10.0, 1)]
    assert weekly_means(rows, today, 4) == [None, None, 20.0, 90.0]


def test_weakest_ignores_untried_topics_and_readiness_counts_coverage() -> None:
    topics = [
        TopicMastery("technical", "a", total=4, seen=2, mastery=50),
        TopicMastery("technical", "b", total=2, seen=2, mastery=90),
        TopicMastery("technical", "c", total=3),
        TopicMastery("coding", "d", total=1, seen=1, mastery=30),
    ]
    assert [t.topic for t in weakest(topics)] == ["d", "a", "b"]
    ready = readiness(topics, date(2026, 6, 11), date(2026, 6, 1), due_before=7, unseen=3)
    assert ready.readiness == pytest.approx((0.5 * 0.5 + 0.9 + 0 + 0.3) / 4)
    assert ready.days_left == 10 and ready.per_day == 1 and ready.work_left == 10
    assert "in 10 days" in ready.sentence()


# ---------------------------------------------------------------------------- with a store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(open_db(tmp_path / "interviewer.db"))


def graded(
    store: Store, bank: QuestionBank, question_id: str, score: int, when: datetime, **kw: object
) -> int:
    question = bank.get(question_id)
    assert question is not None
    session = store.start_session("practice", "coach")
    answer_id = store.save_answer(
        session, question, f"answer scoring {score}", submitted_at=when.isoformat(), **kw
    )  # type: ignore[arg-type]
    point = question.points[0]
    status = Status.COVERED if score >= 65 else Status.MISSED
    grade = Grade(
        question_id=question.id,
        score=score,
        points=(PointResult(point.id, point.text, point.weight, status, 0.5, 1.0 if score >= 65 else 0.0),),
        flags=(),
        model="test",
        grader_version="test",
    )
    store.save_grade(answer_id, grade)
    return answer_id


def test_grading_an_answer_schedules_its_card(store: Store, builtin_bank: QuestionBank) -> None:
    now = datetime.now(UTC)
    graded(store, builtin_bank, "ml.bias_variance", 30, now - timedelta(hours=2))
    graded(store, builtin_bank, "ml.overfitting", 90, now - timedelta(hours=2))
    cards = store.cards()
    assert cards["ml.bias_variance"].due < now  # failed two hours ago: due again
    assert cards["ml.overfitting"].due > now + days(5)  # easy: about a week
    assert [d.question_id for d in due_reviews(store, builtin_bank, now)] == ["ml.bias_variance"]


def test_skips_and_overrides_reschedule(store: Store, builtin_bank: QuestionBank) -> None:
    now = datetime.now(UTC)
    question = builtin_bank.get("ml.regularization_l1_l2")
    assert question is not None
    session = store.start_session("practice", "coach")
    store.save_answer(session, question, "", skipped=True, submitted_at=(now - days(1)).isoformat())
    assert store.cards()["ml.regularization_l1_l2"].last_rating == Rating.Again
    answer_id = graded(store, builtin_bank, "ml.bias_variance", 30, now - days(1))
    assert store.cards()["ml.bias_variance"].last_score == 30
    point = builtin_bank.get("ml.bias_variance").points[0].id  # type: ignore[union-attr]
    store.override_point(answer_id, point, Status.COVERED)
    card = store.cards()["ml.bias_variance"]
    assert card.last_score is not None and card.last_score > 30
    assert card.due > now


def test_cards_are_rebuilt_for_answers_from_before_the_migration(
    tmp_path: Path, builtin_bank: QuestionBank
) -> None:
    path = tmp_path / "old.db"
    store = Store(open_db(path))
    graded(store, builtin_bank, "ml.bias_variance", 30, datetime.now(UTC))
    store.db.execute("delete from review_cards")
    store.set_meta("cards_need_rebuild", "1")
    reopened = Store(open_db(path))
    assert set(reopened.cards()) == {"ml.bias_variance"}
    assert reopened.get_meta("cards_need_rebuild") is None


def test_revisit_asks_due_cards_first_then_weak_topics(store: Store, builtin_bank: QuestionBank) -> None:
    now = datetime.now(UTC)
    graded(store, builtin_bank, "ml.bias_variance", 20, now - timedelta(hours=3))  # due (failed)
    graded(store, builtin_bank, "stats.p_value", 35, now - timedelta(hours=3))  # due (failed)
    graded(store, builtin_bank, "ml.overfitting", 95, now - timedelta(hours=3))  # easy: not due
    plan = revisit_plan(store, builtin_bank, size=6, now=now)
    assert plan[:2] in (["ml.bias_variance", "stats.p_value"], ["stats.p_value", "ml.bias_variance"])
    assert "ml.overfitting" not in plan
    weak_topics = {builtin_bank.get(q).topic for q in plan[:2]}  # type: ignore[union-attr]
    # The rest come from the weak topics first: their unseen questions.
    rest_topics = [builtin_bank.get(q).topic for q in plan[2:4]]  # type: ignore[union-attr]
    assert set(rest_topics) <= weak_topics
    assert len(plan) == len(set(plan)) == 6


def test_progress_summarises_topics_due_and_trend(store: Store, builtin_bank: QuestionBank) -> None:
    now = datetime.now(UTC)
    graded(store, builtin_bank, "ml.bias_variance", 20, now - days(14))
    graded(store, builtin_bank, "ml.bias_variance", 80, now - timedelta(hours=1))
    graded(store, builtin_bank, "stats.p_value", 35, now - timedelta(hours=2))
    progress = build_progress(store, builtin_bank, now, interview_on=now.date() + days(10))
    topic = next(t for t in progress.topics if t.topic == builtin_bank.get("ml.bias_variance").topic)  # type: ignore[union-attr]
    assert topic.seen == 1 and topic.answers == 2
    assert 50 < (topic.mastery or 0) < 80  # the recent 80 outweighs the 20 of two weeks ago
    assert [t.topic for t in progress.weakest][0] == builtin_bank.get("stats.p_value").topic  # type: ignore[union-attr]
    assert progress.overall_weekly[-1] is not None and progress.overall_weekly[-3] == 20
    assert progress.answered == 3
    assert progress.unseen == len(builtin_bank.questions) - 2
    assert progress.readiness is not None and progress.readiness.per_day >= 1
    assert [d.question_id for d in progress.due] == ["stats.p_value"]


def test_grade_dict_round_trips_every_field() -> None:
    from interviewer.grading.result import Flag, FlagCode

    point = PointResult(
        "p1",
        "text",
        2.0,
        Status.PARTIAL,
        0.51,
        0.4,
        "ev",
        3,
        5,
        ("a", "b"),
        "probe?",
        True,
        0.3,
        part="action",
        hinted=True,
        corrected_from="said wrong first",
        contradiction_words="regularize it",
    )
    grade = Grade("q", 42, (point,), (Flag(FlagCode.PADDING, "m", "d"),), 17, "model", "v", 55.5, 0.8)
    assert Grade.from_dict(json.loads(json.dumps(grade.to_dict()))) == grade
    # Every field is written: adding one to the dataclass without to_dict fails here.
    assert {f.name for f in fields(Grade)} <= set(grade.to_dict())
    assert {f.name for f in fields(PointResult)} - {"point_id"} <= set(grade.to_dict()["points"][0])


def test_sql_mastery_and_weeks_match_the_python_definitions(store: Store, builtin_bank: QuestionBank) -> None:
    import random

    rng = random.Random(7)
    now = datetime.now(UTC)
    for _ in range(60):
        question = rng.choice(builtin_bank.questions[:12])
        graded(store, builtin_bank, question.id, rng.randint(0, 100), now - days(rng.uniform(0, 200)))
    today = now.astimezone().date()
    rows = store.topic_day_scores()
    sql = store.topic_mastery(today, 30.0)
    for key, (mean, count) in sql.items():
        days_of_topic = [(d, total, n) for st, tp, d, total, n in rows if (st, tp) == key]
        assert mean == pytest.approx(weighted_mastery(days_of_topic, today))
        assert count == sum(n for _, _, n in days_of_topic)
    progress = build_progress(store, builtin_bank, now)
    all_days = [(d, total, n) for _, _, d, total, n in rows]
    assert progress.overall_weekly == pytest.approx(
        weekly_means(all_days, today, len(progress.overall_weekly))
    )
    # The same figures where SQLite lacks power(): the Python fallback is registered.
    from interviewer.store.store import _power

    store.db.conn.create_function("power", 2, _power)
    assert store.topic_mastery(today, 30.0) == pytest.approx(sql)
