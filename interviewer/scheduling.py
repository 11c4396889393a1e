"""Spaced repetition and mastery, computed from stored grades (headless: no textual, no SQL).

Every question answered becomes an FSRS card (the ``fsrs`` package, the scheduler Anki uses).
A grade is a review: its score band gives the rating, and each hint or a skip counts against it.
A question answered badly (Again or Hard) comes back an hour later, the same day: after reading
the feedback is when retrying it teaches most, and it keeps coming back until it is answered
well. A good answer graduates at once: Good schedules it two days ahead, Easy about a week, and
the gaps grow with each success (and shrink after a lapse).

Topic mastery is a recency-weighted mean of the topic's scores: an answer's weight halves every
``HALF_LIFE_DAYS`` days, so last week counts far more than last spring, but a topic nobody has
touched for months still shows where it was left.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from fsrs import Card, Rating, Scheduler

HALF_LIFE_DAYS = 30.0
# Score bands: a rating is the band the score falls in, lowered one step per hint used.
AGAIN_BELOW, HARD_BELOW, GOOD_BELOW = 40, 65, 85
# A topic counts as weak below this mastery; revisit sessions also bring back answers under it.
WEAK_BELOW = HARD_BELOW

RETRY_AFTER = timedelta(hours=1)
SCHEDULER = Scheduler(learning_steps=(RETRY_AFTER,), relearning_steps=(RETRY_AFTER,), enable_fuzzing=False)


def rating_for(score: int | None, *, hints_used: int = 0, skipped: bool = False) -> Rating:
    """The FSRS rating of one graded answer: its score band, one step lower per hint."""
    if skipped or score is None:
        return Rating.Again
    if score < AGAIN_BELOW:
        band = Rating.Again
    elif score < HARD_BELOW:
        band = Rating.Hard
    elif score < GOOD_BELOW:
        band = Rating.Good
    else:
        band = Rating.Easy
    return Rating(max(int(Rating.Again), int(band) - max(hints_used, 0)))


@dataclass(frozen=True)
class Review:
    """One answer as the scheduler sees it."""

    at: datetime
    score: int | None
    hints_used: int = 0
    skipped: bool = False

    @property
    def rating(self) -> Rating:
        return rating_for(self.score, hints_used=self.hints_used, skipped=self.skipped)


@dataclass(frozen=True)
class CardState:
    """A question's card after replaying all of its reviews in order."""

    card: Card
    reviews: int
    lapses: int  # ratings of Again after the first review
    last_rating: Rating
    last_score: int | None

    @property
    def due(self) -> datetime:
        return self.card.due


def replay(reviews: Iterable[Review]) -> CardState | None:
    """Schedule a card from scratch through its reviews (oldest first); None if there are none.

    Replaying rather than updating in place means a re-grade, an override or a follow-up that
    changes an old score gives the same card as if the right score had been there all along.
    """
    card = Card(card_id=1)
    count = lapses = 0
    last: Review | None = None
    for review in sorted(reviews, key=lambda r: r.at):
        if count and review.rating is Rating.Again:
            lapses += 1
        card, _ = SCHEDULER.review_card(card, review.rating, review_datetime=review.at)
        count += 1
        last = review
    if last is None:
        return None
    return CardState(card, count, lapses, last.rating, last.score)


def retrievability(card: Card, now: datetime) -> float:
    """How likely the user still knows the answer now (FSRS forgetting curve), 0-1."""
    return float(SCHEDULER.get_card_retrievability(card, now))


# ---------------------------------------------------------------------------- mastery


def recency_weight(age_days: float, half_life: float = HALF_LIFE_DAYS) -> float:
    return 0.5 ** (max(age_days, 0.0) / half_life)


def weighted_mastery(day_scores: Iterable[tuple[date, float, int]], today: date) -> float | None:
    """Recency-weighted mean score (0-100) from (day, sum of scores, answers) rows."""
    total = weight = 0.0
    for day, score_sum, count in day_scores:
        w = recency_weight((today - day).days)
        total += w * score_sum
        weight += w * count
    return total / weight if weight > 0 else None


@dataclass
class TopicMastery:
    stage: str
    topic: str
    total: int  # questions of this topic in the bank
    seen: int = 0  # of those, answered at least once
    answers: int = 0
    mastery: float | None = None  # 0-100, recency-weighted; None before any graded answer
    last_answered: date | None = None
    weekly: list[float | None] = field(default_factory=list)  # mean score per week, oldest first

    @property
    def coverage(self) -> float:
        return self.seen / self.total if self.total else 0.0

    @property
    def readiness(self) -> float:
        """0-1: how much of this topic the user has seen, times how well they know it."""
        return self.coverage * (self.mastery or 0.0) / 100.0


def weekly_means(
    day_scores: Iterable[tuple[date, float, int]], today: date, weeks: int
) -> list[float | None]:
    """Mean score of each of the last ``weeks`` weeks (oldest first; None for an empty week)."""
    sums = [0.0] * weeks
    counts = [0] * weeks
    for day, score_sum, count in day_scores:
        back = (today - day).days // 7
        if 0 <= back < weeks:
            sums[weeks - 1 - back] += score_sum
            counts[weeks - 1 - back] += count
    return [s / c if c else None for s, c in zip(sums, counts, strict=True)]


def weakest(topics: Sequence[TopicMastery], count: int = 3) -> list[TopicMastery]:
    """The lowest-mastery topics among those answered (a topic never tried is not 'weak' yet)."""
    tried = [t for t in topics if t.mastery is not None]
    return sorted(tried, key=lambda t: (t.mastery, t.topic))[:count]


# ---------------------------------------------------------------------------- readiness


@dataclass(frozen=True)
class Readiness:
    interview_on: date
    days_left: int
    readiness: float  # 0-1: mean over the bank's topics of coverage x mastery
    work_left: int  # reviews due before the interview + questions never answered
    per_day: int  # suggested reviews per day to get through work_left in time

    def sentence(self) -> str:
        when = "today" if self.days_left == 0 else f"in {self.days_left} day{'s' * (self.days_left != 1)}"
        if self.days_left < 0:
            return f"Interview date {self.interview_on:%b %d} has passed; set a new one with 'd'."
        return (
            f"Interview {when} ({self.interview_on:%b %d}): readiness {round(self.readiness * 100)}%, "
            f"about {self.per_day} question{'s' * (self.per_day != 1)} a day"
        )


def readiness(
    topics: Sequence[TopicMastery], interview_on: date, today: date, due_before: int, unseen: int
) -> Readiness:
    days_left = (interview_on - today).days
    score = sum(t.readiness for t in topics) / len(topics) if topics else 0.0
    work = due_before + unseen
    per_day = math.ceil(work / max(days_left, 1)) if days_left >= 0 else 0
    return Readiness(interview_on, days_left, score, work, per_day)


def utc(value: str) -> datetime:
    """Parse a stored ISO 8601 timestamp (always UTC)."""
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def end_of_local_day(now: datetime | None = None) -> datetime:
    """'Due today' means due before the user's local midnight, in UTC."""
    local = (now or datetime.now(UTC)).astimezone()
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.astimezone(UTC)
