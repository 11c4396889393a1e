"""Open the SQLite database: WAL, foreign keys, forward-only migrations, a schema version.

Migrations only add (tables, columns, indexes); none drops or rewrites user data. Each is applied
in its own transaction and recorded in ``_sqlite_migrations`` (sqlite-utils ``Migrations``); the
number applied is mirrored into ``PRAGMA user_version`` so other tools can read it.
"""

from __future__ import annotations

import os
import shlex
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from interviewer import paths

MIGRATION_SET = "interviewer"
migrations = Migrations(MIGRATION_SET)
# The names of our migrations, in order (sqlite-utils keeps its list private).
MIGRATION_NAMES: list[str] = []


def migration(func: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``func`` as the next migration, under its name."""
    MIGRATION_NAMES.append(func.__name__)
    return migrations()(func)


class StoreError(RuntimeError):
    """The database cannot be used; the message says why and what to do."""


class CorruptDatabase(StoreError):
    """The file is not a readable SQLite database; ``interviewer doctor --repair`` salvages it."""


class ReadOnlyDatabase(StoreError):
    """The database file (or its folder) cannot be written."""


class NewerSchema(StoreError):
    """The database was written by a newer interviewer."""


@migration
def m001_sessions_answers(db: Database) -> None:
    db.table("sessions").create(
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
    db.table("answers").create(
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
    db.table("point_results").create(
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
    db.table("answers").create_index(["session_id"])
    db.table("answers").create_index(["question_id", "submitted_at"])
    db.table("answers").create_index(["topic", "submitted_at"])
    db.table("answers").create_index(["submitted_at"])
    db.table("sessions").create_index(["started_at"])


@migration
def m002_overrides_embedding_cache(db: Database) -> None:
    # The user may overrule a point's status; the grader's own verdict is kept beside it.
    db.table("point_results").add_column("override_status", str)
    db.table("point_results").add_column("overridden_at", str)
    db.table("embedding_cache").create(
        {"key": str, "model": str, "dim": int, "vector": bytes, "created_at": str},
        pk="key",
    )


@migration
def m003_meta(db: Database) -> None:
    # Small app-wide facts, such as when the user last reset their learned thresholds.
    db.table("meta").create({"key": str, "value": str}, pk="key")


@migration
def m004_interview_drafts(db: Database) -> None:
    # Follow-up questions and their answers, graded with the first answer; hints revealed.
    db.table("answers").add_column("followups", str)  # JSON [{"question": ..., "answer": ...}]
    db.table("answers").add_column("hints", str)  # JSON [point ids]
    # The text in the editor, autosaved every few seconds, so a killed terminal loses nothing.
    db.table("drafts").create(
        {"session_id": int, "question_id": str, "text": str, "updated_at": str},
        pk=("session_id", "question_id"),
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("sessions").create_index(["status", "started_at"])


@migration
def m005_code_answers(db: Database) -> None:
    # Coding questions: the code submitted and what its tests did, beside the explanation.
    db.table("answers").add_column("code", str)
    db.table("answers").add_column("code_result", str)  # JSON of the runner's RunResult


@migration
def m006_review_cards(db: Database) -> None:
    # One FSRS card per question answered, rebuilt from that question's graded answers whenever
    # one is graded or overruled; 'due' is indexed so "how many are due" never scans answers.
    db.table("review_cards").create(
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
    db.table("review_cards").create_index(["due"])
    db.table("review_cards").create_index(["topic"])
    # Mastery and trends aggregate scores by topic and by day without touching the rows.
    db.table("answers").create_index(
        ["stage", "topic", "submitted_at", "score"], index_name="idx_answers_stage_topic_time_score"
    )
    db.table("sessions").create_index(["started_at", "id"], index_name="idx_sessions_started_id")
    # Existing answers become cards the first time the store opens (Store.rebuild_cards).
    db.table("meta").upsert({"key": "cards_need_rebuild", "value": "1"}, pk="key")


@migration
def m007_topic_days(db: Database) -> None:
    # Scores summed per topic and UTC day, kept up to date on every grade and override, so
    # mastery and trends read a few thousand rows however long the history grows.
    db.table("topic_days").create(
        {"stage": str, "topic": str, "day": str, "score_sum": float, "graded": int},
        pk=("stage", "topic", "day"),
    )
    db.table("topic_days").create_index(["day"])
    db.table("meta").upsert({"key": "cards_need_rebuild", "value": "1"}, pk="key")


@migration
def m008_delivery(db: Database) -> None:
    # How an answer was delivered (pace, fillers, pauses, talk time, concision), as JSON; for a
    # spoken answer the recording itself is a file beside the database (voice.audio_store).
    db.table("answers").add_column("delivery", str)


def schema_version() -> int:
    return len(MIGRATION_NAMES)


def open_db(path: Path | str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database, private to the user, and bring it up to date.

    A file that cannot be used raises :class:`StoreError` (:class:`CorruptDatabase`,
    :class:`ReadOnlyDatabase`, :class:`NewerSchema`) whose message names the file, says it was
    left as it was, and says what to do. Nothing here ever replaces or deletes a file.
    """
    path = Path(path) if path is not None else paths.database_path()
    memory = str(path) == ":memory:"
    if not memory:
        try:
            paths.ensure_private_dir(path.parent)
        except OSError as exc:
            raise ReadOnlyDatabase(
                f"Cannot create the data folder {path.parent}: {exc.strerror}. Choose a folder you "
                "can write with INTERVIEWER_HOME=DIR, or another database file with --db PATH."
            ) from exc
        check_writable(path)
        if not path.exists():
            try:
                fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
                os.close(fd)
            except OSError as exc:
                raise ReadOnlyDatabase(
                    f"Cannot create the database {path}: {exc.strerror}. Make the folder "
                    f"{path.parent} writable, or use --db PATH for a database file elsewhere."
                ) from exc
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)
        db = Database(conn)
        db.execute("PRAGMA busy_timeout = 5000")
        db.execute("PRAGMA foreign_keys = ON")
        # Reading the schema finds a file that is not a database, or whose first pages are gone.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not memory:
            _use_wal(conn)
        db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise _open_error(exc, path) from exc
    if migrate:
        try:
            _migrate(db, path)
        except BaseException:
            db.close()
            raise
    return db


def _use_wal(conn: sqlite3.Connection, wait_s: float = 5.0) -> None:
    """Switch a new database to WAL. The switch needs the file to itself and SQLite does not
    wait for that (no busy handler), so when another process is creating the same database at
    this moment the switch is retried for up to ``wait_s`` seconds."""
    import time

    deadline = time.monotonic() + wait_s
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if error_kind(exc) != "locked" or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _migrate(db: Database, path: Path | str) -> None:
    try:
        known = set(MIGRATION_NAMES)
        applied = {m.name for m in migrations.applied(db)}
        newer = sorted(applied - known)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if newer or version > schema_version():
            raise NewerSchema(newer_schema_message(path, version))
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
        raise _open_error(exc, Path(str(path)), upgrading=True) from exc


# ---------------------------------------------------------------------------- what went wrong

# What kind of failure an sqlite3 error is, from its extended result code name (Python 3.11+),
# or failing that from its message.
_KINDS = (
    ("full", ("SQLITE_FULL",), ("disk is full", "database or disk is full")),
    ("readonly", ("SQLITE_READONLY",), ("readonly database", "read-only")),
    ("corrupt", ("SQLITE_CORRUPT", "SQLITE_NOTADB"), ("malformed", "not a database")),
    ("locked", ("SQLITE_BUSY", "SQLITE_LOCKED"), ("database is locked", "is busy")),
    ("io", ("SQLITE_IOERR", "SQLITE_CANTOPEN"), ("disk i/o error", "unable to open")),
)


def error_kind(exc: BaseException) -> str:
    """``full``, ``readonly``, ``corrupt``, ``locked``, ``io`` or ``other``."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc).lower()
    for kind, names, _phrases in _KINDS:
        if any(name.startswith(n) for n in names):
            return kind
    for kind, _names, phrases in _KINDS:
        if any(p in text for p in phrases):
            return kind
    return "other"


def describe_write_error(exc: BaseException) -> tuple[str, str]:
    """(what went wrong, what to do) for a write that failed, phrased for a notification."""
    kind = error_kind(exc)
    if kind == "full":
        return "Disk full", "free some space"
    if kind == "readonly":
        return "The database is read-only", "make it writable (or restart with --db PATH)"
    if kind == "corrupt":
        return "The database is damaged", "quit and run 'interviewer doctor --repair'"
    if kind == "locked":
        return "The database is locked by another program", "close that program"
    if kind == "io":
        return "The disk reported an error", "check the disk"
    return f"Could not save ({exc})", "try again"


def repair_command(path: Path) -> str:
    """The doctor command that repairs this database (with --db when it is not the default)."""
    if path.expanduser().resolve() == paths.database_path().expanduser().resolve():
        return "interviewer doctor --repair"
    return f"interviewer --db {shlex.quote(str(path))} doctor --repair"


def corrupt_message(path: Path, reason: str) -> str:
    return (
        f"{path} is not a usable SQLite database ({reason}). It was left untouched. Run "
        f"'{repair_command(path)}': it keeps a copy of the file next to it, salvages what can "
        "be read into a fresh database and puts that in its place. (Or move the file aside "
        "yourself, or restore a backup, and interviewer starts a fresh one.)"
    )


def newer_schema_message(path: Path | str, version: int) -> str:
    return (
        f"{path} was written by a newer version of interviewer (schema {version}, this version "
        f"knows {schema_version()}). The file was not changed. Upgrade interviewer (git pull && "
        "make run, or pip install --upgrade interviewer), or use --db PATH to work with another "
        "database file."
    )


def read_only_message(path: Path, folder: bool = False) -> str:
    if folder:
        return (
            f"The folder {path.parent} is read-only, so interviewer cannot save answers to {path} "
            "(SQLite writes its -wal journal beside the file). Nothing was changed. Make the "
            f"folder writable (chmod u+w {shlex.quote(str(path.parent))}), or use --db PATH for a "
            "database file elsewhere."
        )
    return (
        f"{path} is read-only: interviewer cannot save answers to it. Nothing was changed. Make "
        f"it writable (chmod u+w {shlex.quote(str(path))}), or use --db PATH to work with "
        "another database file."
    )


def check_writable(path: Path) -> None:
    """Raise :class:`ReadOnlyDatabase` when the database file or its folder cannot be written."""
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyDatabase(read_only_message(path))
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyDatabase(read_only_message(path, folder=True))


def _open_error(exc: sqlite3.DatabaseError, path: Path, upgrading: bool = False) -> StoreError:
    kind = error_kind(exc)
    if kind == "corrupt":
        return CorruptDatabase(corrupt_message(path, str(exc)))
    if kind == "readonly":
        return ReadOnlyDatabase(read_only_message(path))
    doing = "upgrade" if upgrading else "open"
    if kind == "full":
        return StoreError(
            f"Not enough disk space to {doing} {path} ({exc}). The file was left untouched; free "
            f"some space on the disk of {path.parent} and start again."
        )
    if kind == "locked":
        return StoreError(
            f"{path} is locked by another program ({exc}). The file was left untouched; close "
            "the other program (another interviewer, or an sqlite3 shell in a transaction) and "
            "start again."
        )
    return StoreError(f"Cannot {doing} the database {path}: {exc}. The file was left untouched.")
