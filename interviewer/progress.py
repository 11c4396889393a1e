"""What the user has practised and what to do next: due reviews, mastery, trends, revisit plans.

Shared by the home screen, the progress screen and the ``due`` / ``revisit`` commands. Headless:
reads the store (a few indexed aggregate queries) and the bank, never textual.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime

from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import Stage
from interviewer.scheduling import (
    WEAK_BELOW,
    Readiness,
    TopicMastery,
    end_of_local_day,
    readiness,
    retrievability,
    weakest,
    weekly_means,
    weighted_mastery,
)
from interviewer.store.store import CardRow, Store

TREND_WEEKS = 26


@dataclass(frozen=True)
class DueReview:
    question_id: str
    prompt: str
    stage: str
    topic: str
    due: datetime
    last_score: int | None
    reviews: int

    def to_dict(self) -> dict[str, object]:
        return {
            "question_id": self.question_id,
            "prompt": self.prompt,
            "stage": self.stage,
            "topic": self.topic,
            "due": self.due.isoformat(timespec="seconds"),
            "last_score": self.last_score,
            "reviews": self.reviews,
        }


@dataclass
class Progress:
    now: datetime
    topics: list[TopicMastery]  # every topic of the bank, in stage then topic order
    due: list[DueReview]  # due by the end of the user's local day, most overdue first
    weakest: list[TopicMastery]
    overall_weekly: list[float | None]  # mean score per week over the last TREND_WEEKS weeks
    session_scores: list[float]  # mean score of each session, oldest first
    answered: int  # graded answers
    unseen: int  # bank questions never answered
    readiness: Readiness | None

    def by_stage(self) -> dict[Stage, list[TopicMastery]]:
        grouped: dict[Stage, list[TopicMastery]] = {}
        for topic in self.topics:
            grouped.setdefault(Stage(topic.stage), []).append(topic)
        return grouped


def due_reviews(store: Store, bank: QuestionBank, now: datetime | None = None) -> list[DueReview]:
    """The bank's questions due by the end of today, most overdue first."""
    until = end_of_local_day(now)
    due = []
    for card in store.due_cards(until):
        question = bank.get(card.question_id)
        if question is not None:
            due.append(
                DueReview(
                    card.question_id,
                    question.prompt,
                    question.stage.value,
                    question.topic,
                    card.due,
                    card.last_score,
                    card.reviews,
                )
            )
    return due


def build_progress(
    store: Store,
    bank: QuestionBank,
    now: datetime | None = None,
    interview_on: date | None = None,
    weeks: int = TREND_WEEKS,
) -> Progress:
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    cards = store.cards()
    days_by_topic: dict[tuple[str, str], list[tuple[date, float, int]]] = defaultdict(list)
    all_days: list[tuple[date, float, int]] = []
    for stage, topic, day, total, count in store.topic_day_scores():
        days_by_topic[(stage or "", topic or "")].append((day, total, count))
        all_days.append((day, total, count))

    questions_by_topic: dict[tuple[str, str], list[str]] = defaultdict(list)
    for question in bank.questions:
        questions_by_topic[(question.stage.value, question.topic)].append(question.id)
    stage_order = {stage.value: i for i, stage in enumerate(Stage)}
    topics = []
    for (stage, topic), ids in sorted(
        questions_by_topic.items(), key=lambda kv: (stage_order[kv[0][0]], kv[0][1])
    ):
        days = days_by_topic.get((stage, topic), [])
        seen_cards = [cards[i] for i in ids if i in cards]
        last = max((c.last_review for c in seen_cards if c.last_review), default=None)
        topics.append(
            TopicMastery(
                stage=stage,
                topic=topic,
                total=len(ids),
                seen=len(seen_cards),
                answers=sum(count for _, _, count in days),
                mastery=weighted_mastery(days, today),
                last_answered=last.date() if last else None,
                weekly=weekly_means(days, today, weeks),
            )
        )
    unseen = sum(t.total - t.seen for t in topics)
    ready = None
    if interview_on is not None:
        due_before = sum(
            1
            for card in cards.values()
            if bank.get(card.question_id) is not None and card.due.date() <= interview_on
        )
        ready = readiness(topics, interview_on, today, due_before, unseen)
    return Progress(
        now=now,
        topics=topics,
        due=due_reviews(store, bank, now),
        weakest=weakest(topics),
        overall_weekly=weekly_means(all_days, today, weeks),
        session_scores=[score for _, score in store.session_scores()],
        answered=sum(count for _, _, count in all_days),
        unseen=unseen,
        readiness=ready,
    )


def revisit_plan(store: Store, bank: QuestionBank, size: int = 5, now: datetime | None = None) -> list[str]:
    """A revisit session: due reviews first (most overdue, least remembered), then the weakest
    topics' failed or never-answered questions, one topic at a time in turn."""
    now = now or datetime.now(UTC)
    cards = store.cards()
    due = due_reviews(store, bank, now)
    due.sort(key=lambda d: (retrievability_of(cards.get(d.question_id), now), d.due))
    chosen = [d.question_id for d in due[:size]]
    if len(chosen) >= size:
        return chosen
    progress_topics = build_progress(store, bank, now).topics
    ranked = sorted(
        (t for t in progress_topics if t.mastery is not None and t.mastery < WEAK_BELOW),
        key=lambda t: (t.mastery, t.topic),
    )
    # Then the topics never tried at all, so a revisit session widens coverage too.
    ranked += [t for t in progress_topics if t.mastery is None]
    queues: list[list[str]] = []
    for topic in ranked:
        candidates = [
            q.id
            for q in bank.questions
            if q.topic == topic.topic
            and q.stage.value == topic.stage
            and q.id not in chosen
            and (q.id not in cards or (cards[q.id].last_score or 0) < WEAK_BELOW)
        ]
        # Failed ones first (weakest last score), then the ones never answered.
        candidates.sort(key=lambda qid: (qid not in cards, cards[qid].last_score or 0 if qid in cards else 0))
        if candidates:
            queues.append(candidates)
    while len(chosen) < size and any(queues):
        for queue in queues:
            if queue and len(chosen) < size:
                chosen.append(queue.pop(0))
    return chosen


def retrievability_of(card: CardRow | None, now: datetime) -> float:
    if card is None or card.last_review is None:
        return 0.0
    from fsrs import Card, State

    return retrievability(
        Card(
            card_id=1,
            state=State.Review,
            stability=card.stability,
            last_review=card.last_review,
            due=card.due,
        ),
        now,
    )
