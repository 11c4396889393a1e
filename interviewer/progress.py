"""What the user has practised and what to do next: due reviews, mastery, trends, revisit plans.

Shared by the home screen, the progress screen and the ``due`` / ``revisit`` commands. Headless:
reads the store (a few indexed aggregate queries) and the bank, never textual.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import Stage
from interviewer.scheduling import (
    HALF_LIFE_DAYS,
    WEAK_BELOW,
    Readiness,
    TopicMastery,
    end_of_local_day,
    readiness,
    retrievability,
    weakest,
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
    answered: int  # graded answers
    unseen: int  # bank questions never answered
    readiness: Readiness | None

    def by_stage(self) -> dict[Stage, list[TopicMastery]]:
        grouped: dict[Stage, list[TopicMastery]] = {}
        for topic in self.topics:
            grouped.setdefault(Stage(topic.stage), []).append(topic)
        return grouped


def week_means(rows: Sequence[tuple[int, float, int]], weeks: int) -> list[float | None]:
    """Mean score per week, oldest first, from (weeks back, sum, count) rows."""
    sums = [0.0] * weeks
    counts = [0] * weeks
    for back, total, count in rows:
        if 0 <= back < weeks:
            sums[weeks - 1 - back] += total
            counts[weeks - 1 - back] += count
    return [s / c if c else None for s, c in zip(sums, counts, strict=True)]


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
    mastery = store.topic_mastery(today, HALF_LIFE_DAYS)
    weekly_by_topic: dict[tuple[str, str], list[tuple[int, float, int]]] = defaultdict(list)
    overall: list[tuple[int, float, int]] = []
    for stage, topic, back, total, count in store.topic_weeks(today, weeks):
        weekly_by_topic[(stage, topic)].append((back, total, count))
        overall.append((back, total, count))

    questions_by_topic: dict[tuple[str, str], list[str]] = defaultdict(list)
    for question in bank.questions:
        questions_by_topic[(question.stage.value, question.topic)].append(question.id)
    stage_order = {stage.value: i for i, stage in enumerate(Stage)}
    topics = []
    for (stage, topic), ids in sorted(
        questions_by_topic.items(), key=lambda kv: (stage_order[kv[0][0]], kv[0][1])
    ):
        seen_cards = [cards[i] for i in ids if i in cards]
        last = max((c.last_review for c in seen_cards if c.last_review), default=None)
        mean, answers = mastery.get((stage, topic), (None, 0))
        topics.append(
            TopicMastery(
                stage=stage,
                topic=topic,
                total=len(ids),
                seen=len(seen_cards),
                answers=answers,
                mastery=mean,
                last_answered=last.date() if last else None,
                weekly=week_means(weekly_by_topic.get((stage, topic), []), weeks),
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
        overall_weekly=week_means(overall, weeks),
        answered=sum(answers for _, answers in mastery.values()),
        unseen=unseen,
        readiness=ready,
    )


def revisit_plan(store: Store, bank: QuestionBank, size: int = 5, now: datetime | None = None) -> list[str]:
    """A revisit session: due reviews first (most overdue, least remembered), then the weakest
    topics' failed or never-answered questions, one topic at a time in turn."""
    now = now or datetime.now(UTC)
    progress = build_progress(store, bank, now)
    cards = store.cards()
    due = sorted(progress.due, key=lambda d: (retrievability_of(cards.get(d.question_id), now), d.due))
    chosen = [d.question_id for d in due[:size]]
    if len(chosen) >= size:
        return chosen
    progress_topics = progress.topics
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


# ---------------------------------------------------------------------------- text charts

SPARK_BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline_text(values: Sequence[float | None], low: float = 0.0, high: float = 100.0) -> str:
    """One character per value (a space for a gap), on a fixed 0-100 scale so rows compare."""
    out = []
    for value in values:
        if value is None:
            out.append(" ")
            continue
        share = (min(max(value, low), high) - low) / (high - low)
        out.append(SPARK_BLOCKS[min(len(SPARK_BLOCKS) - 1, int(share * len(SPARK_BLOCKS)))])
    return "".join(out)


def bar_text(value: float | None, width: int = 12) -> str:
    """A horizontal bar of ``width`` cells for a 0-100 value, in eighths of a cell."""
    if value is None:
        return "·" * width
    eighths = round(min(max(value, 0.0), 100.0) / 100 * width * 8)
    full, part = divmod(eighths, 8)
    partial = " ▏▎▍▌▋▊▉"[part] if part else ""
    return ("█" * full + partial).ljust(width, "·")[:width]


def column_chart(values: Sequence[float | None], height: int = 3, high: float = 100.0) -> list[str]:
    """A small column chart on a fixed 0-``high`` scale, top row first (eighth-cell steps).

    A fixed scale keeps a flat 64-66 week looking flat, where an auto-scaled sparkline would
    draw it as a cliff; a gap (None) stays blank.
    """
    rows = []
    for row in range(height - 1, -1, -1):
        cells = []
        for value in values:
            if value is None:
                cells.append(" ")
                continue
            eighths = round(min(max(value, 0.0), high) / high * height * 8) - row * 8
            cells.append("█" if eighths >= 8 else SPARK_BLOCKS[eighths - 1] if eighths > 0 else " ")
        rows.append("".join(cells))
    return rows


# ---------------------------------------------------------------------------- delivery


@dataclass(frozen=True)
class DeliveryTrend:
    """How the spoken answers moved: the mean of the first few against the latest few."""

    answers: int
    pace: tuple[float, float] | None  # words per minute
    fillers: tuple[float, float] | None  # per 100 words
    concision: tuple[float, float] | None  # share of the answer that served a point

    def sentence(self) -> str:
        parts = [f"Spoken answers: {self.answers}"]
        if self.pace is not None:
            parts.append(f"pace {self.pace[0]:.0f} → {self.pace[1]:.0f} words a minute (aim 110-170)")
        if self.fillers is not None:
            parts.append(f"fillers {self.fillers[0]:.1f} → {self.fillers[1]:.1f} per 100 words")
        if self.concision is not None:
            parts.append(f"on point {self.concision[0]:.0%} → {self.concision[1]:.0%}")
        return " · ".join(parts)


TREND_ENDS = 3  # answers averaged at each end of the delivery trend


def delivery_trend(deliveries: Sequence[dict[str, object]]) -> DeliveryTrend | None:
    """The trend of spoken delivery, oldest first in ``deliveries`` (Store.spoken_deliveries);
    None before any spoken answer. With few answers both ends share them."""
    if not deliveries:
        return None
    ends = min(TREND_ENDS, max(1, len(deliveries) // 2))

    def ends_of(key: str) -> tuple[float, float] | None:
        values = [float(v) for d in deliveries if isinstance(v := d.get(key), int | float)]
        if not values:
            return None
        first, last = values[:ends], values[-ends:]
        return sum(first) / len(first), sum(last) / len(last)

    return DeliveryTrend(
        len(deliveries), ends_of("words_per_minute"), ends_of("fillers_per_100_words"), ends_of("concision")
    )
