"""A day-by-day plan to the interview date: the reviews falling due each day, and the questions
never answered, opened a few a day so every topic is seen before the interview.

Reviews are placed on the day their card falls due (overdue ones today); a day holds at most
``DAILY_CAP`` of them and the rest move to the next day. New questions open topics never seen
first, one per topic, then the rest, spread evenly over the days left. The day before the
interview is a full mock interview; the interview day is a short warm-up.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import Stage
from interviewer.interview import CLOSING_TOPIC
from interviewer.store.store import Store

DAILY_CAP = 12  # reviews a day; more move to the next day
NEW_CAP = 5  # new questions a day at most
HORIZON_DAYS = 7  # the plan's length without an interview date


@dataclass(frozen=True)
class PlanDay:
    day: date
    reviews: tuple[str, ...]  # question ids due that day (overdue ones on the first day)
    new: tuple[str, ...]  # questions never answered, to open
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "reviews": list(self.reviews),
            "new": list(self.new),
            "note": self.note,
        }


@dataclass(frozen=True)
class StudyPlan:
    today: date
    interview_on: date | None
    days: tuple[PlanDay, ...]
    unseen: int  # questions never answered
    left_out: int  # of those, how many do not fit before the date

    def to_dict(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "interview_on": self.interview_on.isoformat() if self.interview_on else None,
            "days": [d.to_dict() for d in self.days],
            "unseen": self.unseen,
            "left_out": self.left_out,
        }

    def summary(self) -> str:
        """One line for the home screen: today's share of the plan."""
        if not self.days:
            return ""
        first = self.days[0]
        parts = [f"{len(first.reviews)} review{'s' * (len(first.reviews) != 1)}"]
        if first.new:
            parts.append(f"{len(first.new)} new")
        until = f" of the plan to {_day(self.interview_on)}" if self.interview_on else ""
        note = f" — {first.note}" if first.note else ""
        return f"Today{until}: {' + '.join(parts)}{note} (interviewer plan)"


def _day(day: date | None) -> str:
    return "" if day is None else f"{day.day} {day:%b}"


def study_plan(
    store: Store,
    bank: QuestionBank,
    now: datetime | None = None,
    interview_on: date | None = None,
    horizon: int = HORIZON_DAYS,
) -> StudyPlan:
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    if interview_on is not None and interview_on >= today:
        last = max(today, interview_on - timedelta(days=1))
    else:
        interview_on = None if interview_on is None or interview_on < today else interview_on
        last = today + timedelta(days=horizon - 1)
    days = [today + timedelta(days=i) for i in range((last - today).days + 1)]

    cards = store.cards()
    due: dict[date, list[str]] = defaultdict(list)
    for question_id, card in sorted(cards.items(), key=lambda kv: kv[1].due):
        if bank.get(question_id) is None:
            continue
        when = max(card.due.astimezone().date(), today)
        if when <= last:
            due[when].append(question_id)
    reviews: dict[date, list[str]] = {}
    carry: list[str] = []
    for day in days:
        queue = carry + due.get(day, [])
        keep = queue if day == days[-1] else queue[:DAILY_CAP]
        reviews[day], carry = keep, queue[len(keep) :]

    unseen = _unseen_in_order(bank, set(cards))
    mock_day = interview_on is not None and interview_on > today and len(days) >= 2
    open_days = days[:-1] if mock_day else days
    per_day = min(NEW_CAP, math.ceil(len(unseen) / max(len(open_days), 1))) if unseen else 0
    plan_days = []
    position = 0
    for day in days:
        new: list[str] = []
        note = ""
        if mock_day and day == days[-1]:
            note = "a full mock interview in interview mode, then rest"
        else:
            room = max(0, min(per_day, DAILY_CAP + NEW_CAP - len(reviews[day])))
            new = unseen[position : position + room]
            position += len(new)
        if interview_on is not None and interview_on == today:
            note = "interview day: a short warm-up on your strongest topics, nothing new"
            new = []
        plan_days.append(PlanDay(day, tuple(reviews[day]), tuple(new), note))
    return StudyPlan(today, interview_on, tuple(plan_days), len(unseen), len(unseen) - position)


def _unseen_in_order(bank: QuestionBank, seen: set[str]) -> list[str]:
    """Questions never answered: first one from each topic never touched (in stage order), then
    the rest, taking topics in turn so no day is all one topic."""
    order = {stage: i for i, stage in enumerate(Stage)}
    by_topic: dict[str, list[str]] = defaultdict(list)
    touched: set[str] = set()
    for question in sorted(bank.questions, key=lambda q: (order[q.stage], q.topic, q.id)):
        if question.topic == CLOSING_TOPIC or question.follows is not None:
            continue
        if question.id in seen:
            touched.add(question.topic)
        else:
            by_topic[question.topic].append(question.id)
    fresh = [t for t in by_topic if t not in touched]
    first = [by_topic[t].pop(0) for t in fresh]
    rest: list[str] = []
    while any(by_topic.values()):
        for topic in list(by_topic):
            if by_topic[topic]:
                rest.append(by_topic[topic].pop(0))
    return first + rest
