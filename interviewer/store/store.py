"""Reads and writes of sessions, answers, per-point results and the embedding cache.

Every write is its own short transaction: an answer is committed when it is submitted, before
it is graded, so that nothing typed is lost if the process dies during grading.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from interviewer.bank.schema import Question
from interviewer.grading.overrides import Override, apply_overrides
from interviewer.grading.result import Grade, Status
from interviewer.interview import CLOSING_TOPIC
from interviewer.scheduling import Review, replay, utc
from interviewer.verdict import counted_score, mean_score

if TYPE_CHECKING:
    import numpy as np
    from sqlite_utils.db import Table


def text_key(model_id: str, text: str) -> str:
    """The embedding cache's key: model and text."""
    return hashlib.sha256(f"{model_id}\0{text}".encode()).hexdigest()


def _inserted_id(table: Table) -> int:
    """The primary key of the row ``table`` just inserted (sqlite-utils sets it on every insert)."""
    if table.last_pk is None:
        raise RuntimeError(f"insert into {table.name} reported no primary key")
    return int(table.last_pk)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class SessionRow:
    id: int
    kind: str
    mode: str | None
    started_at: str
    ended_at: str | None
    status: str
    settings: dict[str, Any]


# Sessions that are a whole interview; the others (practice, revisit, cli) are single questions
# or short runs, kept apart from interviews in the history and the trends.
INTERVIEW_KINDS = frozenset({"interview"})


@dataclass(frozen=True)
class SessionSummary:
    """A session as the history lists it: its stages, questions, score and time spent."""

    id: int
    kind: str
    mode: str | None
    started_at: str
    ended_at: str | None
    status: str
    stages: tuple[str, ...]
    questions: int
    score: int | None
    seconds: float

    @property
    def is_interview(self) -> bool:
        return self.kind in INTERVIEW_KINDS

    @property
    def started(self) -> str:
        return (self.started_at or "")[:16].replace("T", " ")

    @property
    def time(self) -> str:
        minutes, seconds = divmod(int(self.seconds), 60)
        return f"{minutes}:{seconds:02d}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "mode": self.mode,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "status": self.status,
            "stages": list(self.stages),
            "questions": self.questions,
            "score": self.score,
            "seconds": self.seconds,
        }


@dataclass(frozen=True)
class CardRow:
    """A question's review card (scheduling.replay of its graded answers)."""

    question_id: str
    stage: str | None
    topic: str | None
    due: datetime
    stability: float | None
    reviews: int
    lapses: int
    last_score: int | None
    last_rating: int
    last_review: datetime | None


@dataclass(frozen=True)
class Improvement:
    """A question answered more than once, in any kind of session: its first grade and latest."""

    question_id: str
    first_at: str  # when the first graded answer was submitted (ISO)
    first: int
    latest: int


@dataclass(frozen=True)
class AnswerRow:
    id: int
    session_id: int
    question_id: str
    stage: str | None
    topic: str | None
    prompt: str | None
    text: str
    started_at: str | None
    submitted_at: str
    duration_s: float | None
    hints_used: int
    skipped: bool
    score: int | None
    grade: Grade | None
    followups: list[dict[str, Any]] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    code: str | None = None
    code_result: dict[str, Any] | None = None
    delivery: dict[str, Any] | None = None  # voice.Delivery.to_dict() of how it was said


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.RLock()
        _ensure_math_functions(db)
        # typeshed knows aggregates of one argument only
        db.conn.create_aggregate("session_score", 3, _SessionScore)  # type: ignore[arg-type]
        if self.db["meta"].exists() and self.get_meta("cards_need_rebuild"):
            self.rebuild_cards()

    @property
    def path(self) -> Path | None:
        """The database file (None in memory): recordings are kept beside it."""
        with self._lock:
            row = self.db.execute("pragma database_list").fetchone()
        return Path(row[2]) if row and row[2] else None

    @contextmanager
    def _tx(self) -> Iterator[Database]:
        """One write transaction that takes the write lock first.

        A deferred BEGIN (what ``Database.atomic`` issues) reads first and fails at once with
        'database is locked' when it then needs to write while another process writes; BEGIN
        IMMEDIATE waits out the busy timeout instead. Nested calls become savepoints.
        """
        with self._lock:
            conn = self.db.conn
            if conn.in_transaction:
                with self.db.atomic():
                    yield self.db
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    # ------------------------------------------------------------------ sessions

    def start_session(
        self, kind: str, mode: str | None = None, settings: dict[str, Any] | None = None
    ) -> int:
        with self._tx() as db:
            table = db.table("sessions")
            table.insert(
                {
                    "kind": kind,
                    "mode": mode,
                    "started_at": utc_now(),
                    "status": "active",
                    "settings": json.dumps(settings or {}),
                }
            )
            return _inserted_id(table)

    def end_session(self, session_id: int, status: str = "finished") -> None:
        with self._tx() as db:
            db.table("sessions").update(session_id, {"ended_at": utc_now(), "status": status})

    def discard_empty_session(self, session_id: int) -> bool:
        """Delete a session in which nothing was typed (no answer, skip or non-blank draft), so
        an interview opened and closed at once does not clutter the history. Returns whether it
        was deleted; a session holding anything the user typed is never touched."""
        with self._tx() as db:
            typed = db.execute(
                "select exists(select 1 from answers where session_id = ?)"
                " or exists(select 1 from drafts where session_id = ? and trim(text) != '')",
                [session_id, session_id],
            ).fetchone()[0]
            if typed:
                return False
            db.execute("delete from drafts where session_id = ?", [session_id])
            db.execute("delete from sessions where id = ?", [session_id])
            return True

    def session(self, session_id: int) -> SessionRow | None:
        with self._lock:
            rows = list(self.db.query("select * from sessions where id = ?", [session_id]))
        return _session(rows[0]) if rows else None

    def sessions(self, limit: int = 100) -> list[SessionRow]:
        sql = "select * from sessions order by started_at desc, id desc limit ?"
        with self._lock:
            rows = list(self.db.query(sql, [limit]))
        return [_session(r) for r in rows]

    # ------------------------------------------------------------------ answers

    def save_answer(
        self,
        session_id: int,
        question: Question,
        text: str,
        *,
        started_at: str | None = None,
        submitted_at: str | None = None,
        duration_s: float | None = None,
        hints_used: int = 0,
        skipped: bool = False,
        followups: list[dict[str, Any]] | None = None,
        hints: list[str] | None = None,
        code: str | None = None,
    ) -> int:
        """Commit what the user submitted, before any grading."""
        with self._tx() as db:
            table = db.table("answers")
            table.insert(
                {
                    "session_id": session_id,
                    "question_id": question.id,
                    "stage": question.stage.value,
                    "topic": question.topic,
                    "prompt": question.prompt,
                    "text": text,
                    "started_at": started_at,
                    "submitted_at": submitted_at or utc_now(),
                    "duration_s": duration_s,
                    "hints_used": hints_used,
                    "skipped": int(skipped),
                    "followups": json.dumps(followups or []),
                    "hints": json.dumps(hints or []),
                    "code": code,
                }
            )
            answer_id = _inserted_id(table)
            if skipped:
                self._refresh_card(question.id)
            return answer_id

    def save_delivery(self, answer_id: int, delivery: dict[str, Any]) -> None:
        """Keep how the answer was delivered (spoken or typed) with it."""
        with self._tx() as db:
            db.table("answers").update(answer_id, {"delivery": json.dumps(delivery)})

    def spoken_deliveries(self, limit: int = 40) -> list[dict[str, Any]]:
        """How the newest ``limit`` spoken answers were delivered, oldest first."""
        sql = "select delivery from answers where delivery like '%\"spoken\": true%' order by id desc limit ?"
        with self._lock:
            rows = [row["delivery"] for row in self.db.query(sql, [limit])]
        out = []
        for text in reversed(rows):
            try:
                value = json.loads(text)
            except ValueError:
                continue  # a damaged row says nothing about delivery; the answer itself is fine
            if isinstance(value, dict) and value.get("spoken") is True:
                out.append(value)
        return out

    def save_code_result(self, answer_id: int, result: dict[str, Any], score: int | None) -> None:
        """Store what the submitted code's tests did (and the combined score, if known)."""
        values: dict[str, Any] = {"code_result": json.dumps(result)}
        if score is not None:
            values["score"] = score
        with self._tx() as db:
            db.table("answers").update(answer_id, values)
            self._score_changed(answer_id)

    def update_answer(
        self,
        answer_id: int,
        *,
        followups: list[dict[str, Any]] | None = None,
        hints: list[str] | None = None,
        duration_s: float | None = None,
        code: str | None = None,
    ) -> None:
        """Commit a follow-up answer (or a hint, or revised code) to an answer already saved."""
        values: dict[str, Any] = {}
        if code is not None:
            values["code"] = code
        if followups is not None:
            values["followups"] = json.dumps(followups)
        if hints is not None:
            values["hints"] = json.dumps(hints)
            values["hints_used"] = len(hints)
        if duration_s is not None:
            values["duration_s"] = duration_s
        if values:
            with self._tx() as db:
                db.table("answers").update(answer_id, values)

    # ------------------------------------------------------------------ drafts

    def save_draft(self, session_id: int, question_id: str, text: str) -> None:
        with self._tx() as db:
            db.table("drafts").upsert(
                {
                    "session_id": session_id,
                    "question_id": question_id,
                    "text": text,
                    "updated_at": utc_now(),
                },
                pk=("session_id", "question_id"),
            )

    def draft(self, session_id: int) -> tuple[str, str] | None:
        """The newest draft of a session: (question id, text)."""
        with self._lock:
            row = self.db.execute(
                "select question_id, text from drafts where session_id = ? order by updated_at desc limit 1",
                [session_id],
            ).fetchone()
        return (row[0], row[1]) if row else None

    def draft_for(self, session_id: int, key: str) -> str | None:
        with self._lock:
            row = self.db.execute(
                "select text from drafts where session_id = ? and question_id = ?", [session_id, key]
            ).fetchone()
        return row[0] if row else None

    def delete_draft(self, session_id: int, question_id: str) -> None:
        with self._tx() as db:
            db.execute(
                "delete from drafts where session_id = ? and question_id in (?, ?)",
                [session_id, question_id, f"{question_id}#code"],
            )

    def unfinished_interview(self) -> SessionRow | None:
        """The newest interview left active (the app was closed or killed during it)."""
        sql = (
            "select * from sessions where status = 'active' "
            "and kind in ('interview', 'practice', 'screen', 'spoken') "
            "and settings like '%\"plan\"%' order by started_at desc, id desc limit 1"
        )
        with self._lock:
            rows = list(self.db.query(sql))
        return _session(rows[0]) if rows else None

    def update_session_settings(self, session_id: int, settings: dict[str, Any]) -> None:
        with self._tx() as db:
            db.table("sessions").update(session_id, {"settings": json.dumps(settings)})

    def save_grade(self, answer_id: int, grade: Grade) -> None:
        with self._tx() as db:
            db.table("answers").update(
                answer_id,
                {
                    "score": grade.score,
                    "grade": json.dumps(grade.to_dict()),
                    "model": grade.model,
                    "grader_version": grade.grader_version,
                },
            )
            db.table("point_results").upsert_all(
                [
                    {
                        "answer_id": answer_id,
                        "point_id": p.point_id,
                        "status": p.status.value,
                        "similarity": p.similarity,
                        "credit": p.credit,
                        "evidence": p.evidence,
                    }
                    for p in grade.points
                ],
                pk=("answer_id", "point_id"),
            )
            self._score_changed(answer_id)

    def override_point(self, answer_id: int, point_id: str, status: Status | None) -> None:
        """Overrule the grader on one point (``None`` restores the grader's verdict)."""
        with self._tx() as db:
            exists = db.execute(
                "select 1 from point_results where answer_id = ? and point_id = ?",
                [answer_id, point_id],
            ).fetchone()
            if not exists:
                raise KeyError(f"answer {answer_id} has no graded point {point_id!r}")
            db.execute(
                "update point_results set override_status = ?, overridden_at = ? "
                "where answer_id = ? and point_id = ?",
                [
                    status.value if status else None,
                    utc_now() if status else None,
                    answer_id,
                    point_id,
                ],
            )
            self._score_changed(answer_id)

    def overrides(self, answer_id: int) -> dict[str, Status]:
        sql = (
            "select point_id, override_status from point_results "
            "where answer_id = ? and override_status is not null"
        )
        with self._lock:
            rows = self.db.execute(sql, [answer_id]).fetchall()
        return {pid: Status(status) for pid, status in rows}

    def threshold_overrides(self) -> list[Override]:
        """Overrides made since the last reset, with the similarity the grader saw."""
        since = self.get_meta("calibration_reset_at") or ""
        sql = (
            "select similarity, override_status from point_results "
            "where override_status is not null and overridden_at > ? and similarity is not null "
            "order by overridden_at"
        )
        with self._lock:
            rows = self.db.execute(sql, [since]).fetchall()
        return [Override(float(s), Status(v)) for s, v in rows]

    def reset_thresholds(self) -> None:
        """Forget what overrides taught the grader (the overrides themselves are kept)."""
        self.set_meta("calibration_reset_at", utc_now())

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self.db.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._tx() as db:
            db.table("meta").upsert({"key": key, "value": value}, pk="key")

    def point_results(self, answer_id: int) -> list[dict[str, Any]]:
        sql = "select * from point_results where answer_id = ? order by rowid"
        with self._lock:
            return list(self.db.query(sql, [answer_id]))

    def answer(self, answer_id: int) -> AnswerRow | None:
        with self._lock:
            rows = list(self.db.query("select * from answers where id = ?", [answer_id]))
        return _answer(rows[0]) if rows else None

    def answers(self, session_id: int) -> list[AnswerRow]:
        sql = "select * from answers where session_id = ? order by submitted_at, id"
        with self._lock:
            rows = list(self.db.query(sql, [session_id]))
        return [_answer(r) for r in rows]

    def first_score(self, question_id: str, before: str) -> tuple[str, int] | None:
        """(when, score) of the first graded answer to the question submitted before ``before``
        (an ISO time), if any: what "first 24 on 3 Dec -> 98 now" starts from."""
        with self._lock:
            row = self.db.execute(
                "select submitted_at, score from answers where question_id = ? and submitted_at < ? "
                "and score is not null and not skipped order by submitted_at, id limit 1",
                [question_id, before],
            ).fetchone()
        return (str(row[0]), int(row[1])) if row else None

    def most_improved(self, limit: int = 3) -> list[Improvement]:
        """The questions whose latest grade rose most over their first, biggest rise first: the
        "first 24 on 3 Dec -> 98 now" Progress shows, across practice, revisits and interviews."""
        # From the cards (one per question answered), each end found by the question_id index:
        # a window over every answer took 1.5 s on a 100,000-answer history.
        sql = """
            with ends as (
                select c.question_id,
                       (select id from answers where question_id = c.question_id and score is not null
                        and not skipped order by submitted_at, id limit 1) as first_id,
                       (select id from answers where question_id = c.question_id and score is not null
                        and not skipped order by submitted_at desc, id desc limit 1) as latest_id
                from review_cards c where c.reviews > 1
            )
            select e.question_id, f.submitted_at, f.score, l.score
            from ends e join answers f on f.id = e.first_id join answers l on l.id = e.latest_id
            where l.score > f.score order by l.score - f.score desc, e.question_id limit ?
        """
        with self._lock:
            rows = self.db.execute(sql, [limit]).fetchall()
        return [Improvement(str(q), str(at), int(first), int(latest)) for q, at, first, latest in rows]

    def recent_question_ids(self, sessions: int = 3) -> list[str]:
        """Questions asked in the last few sessions (avoided when planning a new one)."""
        sql = """
            select distinct question_id from answers where session_id in (
                select id from sessions order by started_at desc limit ?
            )
        """
        with self._lock:
            return [row[0] for row in self.db.execute(sql, [sessions]).fetchall()]

    def session_summaries(self, limit: int | None = 200) -> list[SessionSummary]:
        """Newest sessions first, each with its stages, questions, score (as its report gives it)
        and time spent.

        The newest sessions are picked first and only their answers are read (by the
        session_id index), so the cost does not grow with the length of the history.
        """
        sql = """
            with recent as (
                select * from sessions order by started_at desc, id desc limit ?
            )
            select r.id, r.kind, r.mode, r.started_at, r.ended_at, r.status,
                   (select group_concat(stage, ',') from (
                        select distinct stage from answers where session_id = r.id and stage is not null
                   )) as stages,
                   count(a.id) as questions, sum(coalesce(a.duration_s, 0)) as seconds,
                   session_score(a.score, a.skipped, a.topic = ?) as score
            from recent r left join answers a on a.session_id = r.id
            group by r.id order by r.started_at desc, r.id desc
        """
        with self._lock:
            rows = list(self.db.query(sql, [-1 if limit is None else limit, CLOSING_TOPIC]))
        return [
            SessionSummary(
                id=row["id"],
                kind=row["kind"],
                mode=row["mode"],
                started_at=row["started_at"],
                ended_at=row["ended_at"],
                status=row["status"],
                stages=tuple(row["stages"].split(",")) if row["stages"] else (),
                questions=int(row["questions"]),
                score=row["score"],
                seconds=float(row["seconds"] or 0),
            )
            for row in rows
        ]

    def count_sessions(self) -> int:
        with self._lock:
            return int(self.db.execute("select count(*) from sessions").fetchone()[0])

    # ------------------------------------------------------------------ review cards

    def _score_changed(self, answer_id: int) -> None:
        """After a grade, an override or a code result: the answer's score as the user now sees
        it, its question's card, and its topic's day total; inside the caller's transaction."""
        row = self.db.execute(
            "select question_id, stage, topic, submitted_at, grade, code_result from answers where id = ?",
            [answer_id],
        ).fetchone()
        if row is None:
            return
        question_id, stage, topic, submitted_at, grade_json, code_json = row
        if grade_json:
            grade = Grade.from_dict(json.loads(grade_json))
            run = json.loads(code_json) if code_json else None
            if grade.tests is None and run is not None:
                # Saved before grades carried their tests: the run says what they were.
                grade = replace(grade, tests=(int(run["passed"]), int(run["total"])))
            score = apply_overrides(grade, self.overrides(answer_id)).score
            self.db.execute("update answers set score = ? where id = ?", [score, answer_id])
        self._refresh_card(question_id)
        day = submitted_at[:10]
        self.db.execute(
            "insert or replace into topic_days (stage, topic, day, score_sum, graded) "
            "select ?, ?, ?, coalesce(sum(score), 0), count(score) from answers "
            "where stage = ? and topic = ? and submitted_at >= ? and submitted_at < ?",
            [stage or "", topic or "", day, stage, topic, day, day + "\uffff"],
        )

    def _refresh_card(self, question_id: str) -> None:
        """Rebuild one question's card from all its graded (or skipped) answers; in a transaction."""
        sql = """
            select submitted_at, score, hints_used, skipped, stage, topic from answers
            where question_id = ? and (score is not null or skipped = 1) order by submitted_at, id
        """
        rows = self.db.execute(sql, [question_id]).fetchall()
        reviews = [
            Review(utc(submitted_at), score, hints_used or 0, bool(skipped))
            for submitted_at, score, hints_used, skipped, _, _ in rows
        ]
        state = replay(reviews)
        if state is None:
            self.db.execute("delete from review_cards where question_id = ?", [question_id])
            return
        card = state.card
        self.db.table("review_cards").upsert(
            {
                "question_id": question_id,
                "stage": rows[-1][4],
                "topic": rows[-1][5],
                "due": card.due.isoformat(timespec="seconds"),
                "state": int(card.state),
                "stability": card.stability,
                "difficulty": card.difficulty,
                "last_review": card.last_review.isoformat(timespec="seconds") if card.last_review else None,
                "reviews": state.reviews,
                "lapses": state.lapses,
                "last_score": state.last_score,
                "last_rating": int(state.last_rating),
                "card": json.dumps(card.to_dict()),
            },
            pk="question_id",
        )

    def rebuild_cards(self) -> int:
        """Rebuild every card from the answers (after the migration that added cards)."""
        with self._tx() as db:
            ids = [row[0] for row in db.execute("select distinct question_id from answers").fetchall()]
            for question_id in ids:
                self._refresh_card(question_id)
            db.execute("delete from topic_days")
            db.execute(
                "insert into topic_days (stage, topic, day, score_sum, graded) "
                "select coalesce(stage, ''), coalesce(topic, ''), substr(submitted_at, 1, 10), sum(score), "
                "count(score) from answers where score is not null group by 1, 2, 3"
            )
            db.execute("delete from meta where key = 'cards_need_rebuild'")
        return len(ids)

    def cards(self) -> dict[str, CardRow]:
        """Every question's card, by question id."""
        with self._lock:
            rows = list(self.db.query("select * from review_cards"))
        return {row["question_id"]: _card(row) for row in rows}

    def due_cards(self, until: datetime) -> list[CardRow]:
        """Cards due by ``until``, most overdue first (uses the index on due)."""
        sql = "select * from review_cards where due <= ? order by due, question_id"
        with self._lock:
            return [_card(row) for row in self.db.query(sql, [until.isoformat(timespec="seconds")])]

    def topic_day_scores(self) -> list[tuple[str, str, date, float, int]]:
        """(stage, topic, day, sum of scores, graded answers) per topic and UTC day (the rollup)."""
        sql = "select stage, topic, day, score_sum, graded from topic_days where graded > 0"
        with self._lock:
            rows = self.db.execute(sql).fetchall()
        return [(st, tp, date.fromisoformat(day), float(total), int(n)) for st, tp, day, total, n in rows]

    def topic_mastery(self, today: date, half_life: float) -> dict[tuple[str, str], tuple[float, int]]:
        """(stage, topic) -> (recency-weighted mean score, graded answers), summed in SQL.

        The same sum as :func:`interviewer.scheduling.weighted_mastery`, over the daily rollup.
        """
        sql = """
            select stage, topic,
                   sum(score_sum * w) / sum(graded * w), sum(graded)
            from (
                select stage, topic, score_sum, graded,
                       power(0.5, max(julianday(:today) - julianday(day), 0) / :half_life) as w
                from topic_days where graded > 0
            ) group by stage, topic
        """
        with self._lock:
            rows = self.db.execute(sql, {"today": today.isoformat(), "half_life": half_life}).fetchall()
        return {(st, tp): (float(m) if m is not None else 0.0, int(n)) for st, tp, m, n in rows}

    def topic_weeks(self, today: date, weeks: int) -> list[tuple[str, str, int, float, int]]:
        """(stage, topic, weeks back from today, sum of scores, graded) for the last ``weeks``."""
        since = date.fromordinal(today.toordinal() - 7 * weeks + 1).isoformat()
        sql = """
            select stage, topic, cast((julianday(:today) - julianday(day)) / 7 as integer) as back,
                   sum(score_sum), sum(graded)
            from topic_days where day >= :since and day <= :today and graded > 0
            group by stage, topic, back
        """
        with self._lock:
            rows = self.db.execute(sql, {"today": today.isoformat(), "since": since}).fetchall()
        return [(st, tp, int(back), float(total), int(n)) for st, tp, back, total, n in rows]

    def count_answers(self) -> int:
        with self._lock:
            return int(self.db.execute("select count(*) from answers").fetchone()[0])

    # ------------------------------------------------------------------ embedding cache

    def get_many(self, model_id: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        import numpy as np

        keys = {text_key(model_id, t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        key_list = list(keys)
        with self._lock:
            for start in range(0, len(key_list), 500):
                chunk = key_list[start : start + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"select key, dim, vector from embedding_cache where key in ({marks})"
                for key, dim, blob in self.db.execute(sql, chunk).fetchall():
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.shape == (dim,):
                        found[keys[key]] = vector.copy()
        return found

    def put_many(self, model_id: str, vectors: dict[str, np.ndarray]) -> None:
        import numpy as np

        now = utc_now()
        rows = [
            {
                "key": text_key(model_id, text),
                "model": model_id,
                "dim": int(vector.shape[0]),
                "vector": np.asarray(vector, dtype=np.float32).tobytes(),
                "created_at": now,
            }
            for text, vector in vectors.items()
        ]
        with self._tx() as db:
            db.table("embedding_cache").upsert_all(rows, pk="key")


def _session(row: dict[str, Any]) -> SessionRow:
    return SessionRow(
        id=row["id"],
        kind=row["kind"],
        mode=row["mode"],
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        status=row["status"],
        settings=json.loads(row["settings"] or "{}"),
    )


def _ensure_math_functions(db: Database) -> None:
    """SQLite builds without the math functions get a Python ``power`` (same results, slower)."""
    try:
        db.execute("select power(0.5, 2)").fetchone()
    except sqlite3.OperationalError:
        db.conn.create_function("power", 2, _power, deterministic=True)


def _power(base: float | None, exponent: float | None) -> float | None:
    return None if base is None or exponent is None else float(base) ** float(exponent)


class _SessionScore:
    """SQL ``session_score(score, skipped, closing)``: a session's score as its report gives it,
    by the verdict's rule (a skipped question counts as 0; an average of the graded answers alone
    rose when the weakest question was skipped)."""

    def __init__(self) -> None:
        self.scores: list[int | None] = []

    def step(self, score: int | None, skipped: int | None, closing: int | None) -> None:
        self.scores.append(counted_score(score, bool(skipped), bool(closing)))

    def finalize(self) -> int | None:
        return mean_score(self.scores)


def _card(row: dict[str, Any]) -> CardRow:
    return CardRow(
        question_id=row["question_id"],
        stage=row["stage"],
        topic=row["topic"],
        due=utc(row["due"]),
        stability=row["stability"],
        reviews=row["reviews"] or 0,
        lapses=row["lapses"] or 0,
        last_score=row["last_score"],
        last_rating=row["last_rating"] or 1,
        last_review=utc(row["last_review"]) if row["last_review"] else None,
    )


def _answer(row: dict[str, Any]) -> AnswerRow:
    grade = Grade.from_dict(json.loads(row["grade"])) if row["grade"] else None
    return AnswerRow(
        id=row["id"],
        session_id=row["session_id"],
        question_id=row["question_id"],
        stage=row["stage"],
        topic=row["topic"],
        prompt=row["prompt"],
        text=row["text"],
        started_at=row["started_at"],
        submitted_at=row["submitted_at"],
        duration_s=row["duration_s"],
        hints_used=row["hints_used"] or 0,
        skipped=bool(row["skipped"]),
        score=row["score"],
        grade=grade,
        followups=json.loads(row.get("followups") or "[]"),
        hints=json.loads(row.get("hints") or "[]"),
        code=row.get("code"),
        code_result=json.loads(row["code_result"]) if row.get("code_result") else None,
        delivery=json.loads(row["delivery"]) if row.get("delivery") else None,
    )
