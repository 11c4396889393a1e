"""The plan to the interview date: reviews on their due days (capped), every topic opened before
the date, a mock interview the day before; and 'interviewer plan' prints it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from interviewer.bank.loader import QuestionBank
from interviewer.cli import main
from interviewer.config import Settings, save_settings
from interviewer.store import Store, open_db
from interviewer.study_plan import DAILY_CAP, NEW_CAP, study_plan
from interviewer.synthetic import generate_history

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def seeded_store(tmp_path: Path, bank: QuestionBank) -> Store:
    path = tmp_path / "seeded.db"
    generate_history(path, bank, answers=300, years=40 / 365, seed=5, end=NOW).db.close()
    return Store(open_db(path))


def test_a_plan_to_the_date_places_reviews_opens_topics_and_ends_with_a_mock(
    tmp_path: Path, builtin_bank: QuestionBank
) -> None:
    store = seeded_store(tmp_path, builtin_bank)
    today = NOW.astimezone().date()
    interview_on = today + timedelta(days=10)
    plan = study_plan(store, builtin_bank, NOW, interview_on)
    assert [d.day for d in plan.days] == [today + timedelta(days=i) for i in range(10)]
    assert plan.days[-1].note.startswith("a full mock interview") and not plan.days[-1].new
    cards = store.cards()
    # every review lies on or after its due day (overdue ones today) and before the interview
    for day in plan.days:
        assert len(day.reviews) <= DAILY_CAP or day is plan.days[-1]
        assert len(day.new) <= NEW_CAP
        for question_id in day.reviews:
            assert max(cards[question_id].due.astimezone().date(), today) <= day.day
    due_in_time = {q for q, c in cards.items() if c.due.astimezone().date() < interview_on}
    planned = {q for d in plan.days for q in d.reviews}
    assert planned == {q for q in due_in_time if builtin_bank.get(q) is not None}
    # new questions: never answered, each once, topics never seen first
    new = [q for d in plan.days for q in d.new]
    assert len(new) == len(set(new)) and not set(new) & set(cards)
    assert plan.unseen - plan.left_out == len(new)
    seen_topics = {builtin_bank.get(q).topic for q in cards if builtin_bank.get(q) is not None}  # type: ignore[union-attr]
    fresh = [q for q in new if builtin_bank.get(q).topic not in seen_topics]  # type: ignore[union-attr]
    assert new[: len(fresh)] == fresh
    assert plan.summary().startswith(f"Today of the plan to {interview_on.day} {interview_on:%b}:")


def test_without_a_date_a_week_and_on_the_day_a_warm_up(tmp_path: Path, builtin_bank: QuestionBank) -> None:
    store = Store(open_db(tmp_path / "empty.db"))
    week = study_plan(store, builtin_bank, NOW)
    assert len(week.days) == 7 and week.interview_on is None
    assert all(not d.reviews for d in week.days) and all(len(d.new) == NEW_CAP for d in week.days)
    today = NOW.astimezone().date()
    on_the_day = study_plan(store, builtin_bank, NOW, today)
    (day,) = on_the_day.days
    assert day.note.startswith("interview day") and not day.new
    assert study_plan(store, builtin_bank, NOW, date(2020, 1, 1)).interview_on is None  # passed


def test_the_plan_command_prints_the_days_and_json(tmp_path: Path, builtin_bank: QuestionBank) -> None:
    store = seeded_store(tmp_path, builtin_bank)
    store.db.close()
    today = datetime.now(UTC).astimezone().date()
    save_settings(Settings(interview_date=(today + timedelta(days=5)).isoformat()))
    runner = CliRunner()
    text = runner.invoke(main, ["--db", str(tmp_path / "seeded.db"), "plan"])
    assert text.exit_code == 0, text.output
    assert text.output.startswith("Plan to your interview on ")
    assert "a full mock interview" in text.output and "    new     " in text.output
    data = json.loads(runner.invoke(main, ["--db", str(tmp_path / "seeded.db"), "plan", "--json"]).output)
    assert len(data["days"]) == 5 and data["interview_on"] == (today + timedelta(days=5)).isoformat()
