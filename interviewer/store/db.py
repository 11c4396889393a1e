"""Open the SQLite database: WAL, foreign keys, forward-only migrations, a schema version.

Migrations only add (tables, columns, indexes); none drops or rewrites user data. Each is applied
in its own transaction and recorded in ``_sqlite_migrations`` (sqlite-utils ``Migrations``); the
number applied is mirrored into ``PRAGMA user_version`` so other tools can read it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from interviewer import paths

MIGRATION_SET = "interviewer"
migrations = Migrations(MIGRATION_SET)


class StoreError(RuntimeError):
    """The database cannot be used; the message says why and what to do."""


@migrations()
def m001_sessions_answers(db: Database) -> None:
    db["sessions"].create(
        {
            "id": int,
            "kind": str,  # interview | practice | revisit | cli
            "mode": str,  # coach | interview
            "started_at": str,  # ISO 8601, UTC
            "ended_at": str,
            "status": str,  # active | finished | abandoned
            "settings": str,  # JSON
        },
        pk="id",
        not_null={"kind", "started_at", "status"},
    )
    db["answers"].create(
        {
            "id": int,
            "session_id": int,
            "question_id": str,
            "stage": str,
            "topic": str,
            "prompt": str,  # as asked (ad-hoc questions are in no bank)
            "text": str,  # exactly what the user typed
            "started_at": str,
            "submitted_at": str,
            "duration_s": float,
            "hints_used": int,
            "skipped": int,
            "score": int,  # NULL until graded
            "grade": str,  # JSON of the Grade
            "model": str,
            "grader_version": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
        not_null={"session_id", "question_id", "text", "submitted_at"},
        defaults={"hints_used": 0, "skipped": 0},
    )
    db["point_results"].create(
        {
            "answer_id": int,
            "point_id": str,
            "status": str,
            "similarity": float,
            "credit": float,
            "evidence": str,
        },
        pk=("answer_id", "point_id"),
        foreign_keys=[("answer_id", "answers", "id")],
    )
    db["answers"].create_index(["session_id"])
    db["answers"].create_index(["question_id", "submitted_at"])
    db["answers"].create_index(["topic", "submitted_at"])
    db["answers"].create_index(["submitted_at"])
    db["sessions"].create_index(["started_at"])


@migrations()
def m002_overrides_embedding_cache(db: Database) -> None:
    # The user may overrule a point's status; the grader's own verdict is kept beside it.
    db["point_results"].add_column("override_status", str)
    db["point_results"].add_column("overridden_at", str)
    db["embedding_cache"].create(
        {"key": str, "model": str, "dim": int, "vector": bytes, "created_at": str},
        pk="key",
    )


@migrations()
def m003_meta(db: Database) -> None:
    # Small app-wide facts, such as when the user last reset their learned thresholds.
    db["meta"].create({"key": str, "value": str}, pk="key")


@migrations()
def m004_interview_drafts(db: Database) -> None:
    # Follow-up questions and their answers, graded with the first answer; hints revealed.
    db["answers"].add_column("followups", str)  # JSON [{"question": ..., "answer": ...}]
    db["answers"].add_column("hints", str)  # JSON [point ids]
    # The text in the editor, autosaved every few seconds, so a killed terminal loses nothing.
    db["drafts"].create(
        {"session_id": int, "question_id": str, "text": str, "updated_at": str},
        pk=("session_id", "question_id"),
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["sessions"].create_index(["status", "started_at"])


@migrations()
def m005_code_answers(db: Database) -> None:
    # Coding questions: the code submitted and what its tests did, beside the explanation.
    db["answers"].add_column("code", str)
    db["answers"].add_column("code_result", str)  # JSON of the runner's RunResult


@migrations()
def m006_review_cards(db: Database) -> None:
    # One FSRS card per question answered, rebuilt from that question's graded answers whenever
    # one is graded or overruled; 'due' is indexed so "how many are due" never scans answers.
    db["review_cards"].create(
        {
            "question_id": str,
            "stage": str,
            "topic": str,
            "due": str,  # ISO 8601, UTC
            "state": int,
            "stability": float,
            "difficulty": float,
            "last_review": str,
            "reviews": int,
            "lapses": int,
            "last_score": int,
            "last_rating": int,
            "card": str,  # JSON of fsrs.Card.to_dict()
        },
        pk="question_id",
    )
    db["review_cards"].create_index(["due"])
    db["review_cards"].create_index(["topic"])
    # Mastery and trends aggregate scores by topic and by day without touching the rows.
    db["answers"].create_index(
        ["stage", "topic", "submitted_at", "score"], index_name="idx_answers_stage_topic_time_score"
    )
    db["sessions"].create_index(["started_at", "id"], index_name="idx_sessions_started_id")
    # Existing answers become cards the first time the store opens (Store.rebuild_cards).
    db["meta"].upsert({"key": "cards_need_rebuild", "value": "1"}, pk="key")


@migrations()
def m007_topic_days(db: Database) -> None:
    # Scores summed per topic and UTC day, kept up to date on every grade and override, so
    # mastery and trends read a few thousand rows however long the history grows.
    db["topic_days"].create(
        {"stage": str, "topic": str, "day": str, "score_sum": float, "graded": int},
        pk=("stage", "topic", "day"),
    )
    db["topic_days"].create_index(["day"])
    db["meta"].upsert({"key": "cards_need_rebuild", "value": "1"}, pk="key")


def schema_version() -> int:
    return len(migrations._migrations)


def open_db(path: Path | str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database, private to the user, and bring it up to date."""
    path = Path(path) if path is not None else paths.database_path()
    if str(path) != ":memory:":
        try:
            paths.ensure_private_dir(path.parent)
        except OSError as exc:
            raise StoreError(f"Cannot create the data folder {path.parent}: {exc.strerror}") from exc
        if not path.exists():
            try:
                fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
                os.close(fd)
            except OSError as exc:
                raise StoreError(f"Cannot create the database {path}: {exc.strerror}") from exc
    try:
        conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
        db = Database(conn)
        db.execute("PRAGMA busy_timeout = 5000")
        db.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:" and db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{path} is not a usable SQLite database ({exc}). It was left untouched; "
            "move it aside (or restore a backup) and interviewer starts a fresh one."
        ) from exc
    if migrate:
        _migrate(db, path)
    return db


def _migrate(db: Database, path: Path | str) -> None:
    try:
        known = {m.name for m in migrations._migrations}
        applied = {m.name for m in migrations.applied(db)}
        newer = sorted(applied - known)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if newer or version > schema_version():
            raise StoreError(
                f"{path} was written by a newer version of interviewer (schema {version}, "
                f"this version knows {schema_version()}). Upgrade interviewer; the file was "
                "not changed."
            )
        if not migrations.pending(db) and version == schema_version():
            return  # up to date: no write, so a second instance starting up never waits
        # Two processes may create the same new database at once: take the write lock first
        # (BEGIN IMMEDIATE waits out the busy timeout; a deferred transaction that later
        # upgrades to a write fails at once with 'database is locked').
        db.execute("BEGIN IMMEDIATE")
        try:
            migrations.apply(db)  # nested in this transaction as savepoints
            db.execute(f"PRAGMA user_version = {schema_version()}")
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Cannot prepare the database {path}: {exc}. The file was left untouched.") from exc
