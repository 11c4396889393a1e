"""A synthetic practice history, for benchmarks and screenshots: years of sessions, no model.

Answers are spread over ``years`` with more practice near the end (as before an interview),
sessions of 3-12 questions, scores that improve with practice per topic, some hints and skips,
per-point results and a stored grade for each answer, and review cards rebuilt from them, so
every screen and query sees a realistic database.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from interviewer.bank.loader import QuestionBank
from interviewer.grading.result import Grade, PointResult, Status
from interviewer.store.db import open_db
from interviewer.store.store import Store

# The statuses a synthetic history draws from (contradictions are not simulated).
SYNTHETIC_STATUSES = (Status.COVERED, Status.PARTIAL, Status.MISSED)


def generate_history(
    path: Path,
    bank: QuestionBank,
    answers: int = 100_000,
    years: float = 3.0,
    seed: int = 0,
    end: datetime | None = None,
) -> Store:
    """Write ``answers`` graded answers into a new database at ``path`` and return its store."""
    rng = random.Random(seed)
    store = Store(open_db(path))
    db = store.db
    end = end or datetime.now(UTC)
    start = end - timedelta(days=365 * years)
    span = (end - start).total_seconds()
    questions = list(bank.questions)
    skill = {q.topic: rng.uniform(20, 55) for q in questions}
    ceiling = {q.topic: rng.uniform(45, 92) for q in questions}  # some topics never get easy

    # Session start times: denser towards the end (square-root spacing).
    sessions: list[tuple[datetime, int]] = []
    remaining = answers
    while remaining > 0:
        size = min(remaining, rng.randint(3, 12))
        sessions.append((start + timedelta(seconds=span * rng.random() ** 0.5), size))
        remaining -= size
    sessions.sort()

    session_rows = []
    answer_rows = []
    point_rows = []
    answer_id = 0
    for session_id, (began, size) in enumerate(sessions, start=1):
        mode = rng.choice(("coach", "interview"))
        kind = rng.choice(("interview", "practice", "practice", "revisit"))
        at = began
        for _ in range(size):
            answer_id += 1
            question = rng.choice(questions)
            skill[question.topic] += (ceiling[question.topic] - skill[question.topic]) * rng.uniform(0, 0.01)
            skipped = rng.random() < 0.03
            hints = 0 if rng.random() < 0.85 else rng.randint(1, 2)
            score = None if skipped else max(0, min(100, round(rng.gauss(skill[question.topic], 15))))
            duration = rng.uniform(40, 420)
            at += timedelta(seconds=duration + rng.uniform(5, 30))
            words = rng.randint(30, 250)
            # Each answer's points draw from their own generator: how many points a question has
            # (the banks change) does not move the rest of the history.
            point_rng = random.Random(f"{seed}:{answer_id}")
            points = tuple(
                PointResult(
                    point.id,
                    point.text,
                    point.weight,
                    status,
                    similarity=round(point_rng.uniform(0.2, 0.8), 3),
                    credit={Status.COVERED: 1.0, Status.PARTIAL: 0.5, Status.MISSED: 0.0}[status],
                )
                for point in question.points
                for status in [
                    Status.MISSED
                    if score is None
                    else point_rng.choices(SYNTHETIC_STATUSES, weights=(score, 30, 100 - score))[0]
                ]
            )
            if score is not None:
                grade = Grade(question.id, score, points, word_count=words, model="synthetic")
                point_rows += [
                    (answer_id, p.point_id, p.status.value, p.similarity, p.credit, None) for p in points
                ]
            answer_rows.append(
                (
                    answer_id,
                    session_id,
                    question.id,
                    question.stage.value,
                    question.topic,
                    question.prompt,
                    f"(synthetic answer {answer_id})",
                    at.isoformat(timespec="milliseconds"),
                    round(duration, 1),
                    hints,
                    int(skipped),
                    score,
                    json.dumps(grade.to_dict()) if score is not None else None,
                )
            )
        session_rows.append(
            (
                session_id,
                kind,
                mode,
                began.isoformat(timespec="milliseconds"),
                at.isoformat(timespec="milliseconds"),
                "finished",
                "{}",
            )
        )

    with db.conn:
        db.conn.executemany(
            "insert into sessions (id, kind, mode, started_at, ended_at, status, settings) "
            "values (?, ?, ?, ?, ?, ?, ?)",
            session_rows,
        )
        db.conn.executemany(
            "insert into answers (id, session_id, question_id, stage, topic, prompt, text, submitted_at, "
            "duration_s, hints_used, skipped, score, grade) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            answer_rows,
        )
        db.conn.executemany(
            "insert into point_results (answer_id, point_id, status, similarity, credit, evidence) "
            "values (?, ?, ?, ?, ?, ?)",
            point_rows,
        )
    store.rebuild_cards()
    db.execute("analyze")
    return store
