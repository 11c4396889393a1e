"""The SQLite store: round trips, overrides, the embedding cache, migrations, schema versions."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import numpy as np
import pytest

from interviewer import paths
from interviewer.bank.schema import Question
from interviewer.grading.result import Status
from interviewer.store import Store, StoreError, open_db, schema_version
from interviewer.store.db import migrations
from tests.support import make_grade, make_question


def test_default_location_follows_interviewer_home(interviewer_home: Path) -> None:
    db = open_db()
    assert paths.database_path() == interviewer_home / "interviewer.db"
    assert (interviewer_home / "interviewer.db").exists()
    db.close()


def test_database_is_private_to_the_user(tmp_path: Path) -> None:
    path = tmp_path / "data" / "x.db"
    open_db(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_pragmas_wal_foreign_keys_and_version(tmp_path: Path) -> None:
    db = open_db(tmp_path / "x.db")
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert db.execute("pragma foreign_keys").fetchone()[0] == 1
    assert db.execute("pragma user_version").fetchone()[0] == schema_version() >= 2
    index_columns = {tuple(i.columns) for i in db["answers"].indexes}
    assert ("topic", "submitted_at") in index_columns
    assert ("question_id", "submitted_at") in index_columns


def test_answer_and_grade_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    store = Store(open_db(path))
    session = store.start_session("practice", "coach", {"length": "quick"})
    text = "Ünïcode ✓, emoji 🚀, RTL שלום, and\nnewlines\tand tabs."
    answer_id = store.save_answer(session, make_question(), text, duration_s=12.5, hints_used=1)
    # Committed before grading: a second connection sees it at once.
    other = Store(open_db(path))
    saved = other.answer(answer_id)
    assert saved is not None and saved.text == text and saved.score is None and saved.grade is None
    store.save_grade(answer_id, make_grade())
    store.end_session(session)

    reread = Store(open_db(path))
    answer = reread.answer(answer_id)
    assert answer is not None
    assert answer.grade == make_grade()
    assert answer.score == 57 and answer.hints_used == 1 and answer.duration_s == 12.5
    assert answer.stage == "technical" and answer.topic == "ml/testing"
    session_row = reread.session(session)
    assert session_row is not None
    assert session_row.status == "finished" and session_row.settings == {"length": "quick"}
    assert [r["point_id"] for r in reread.point_results(answer_id)] == ["a", "b"]
    assert [a.id for a in reread.answers(session)] == [answer_id]


def test_override_is_stored_beside_the_graders_verdict(tmp_path: Path) -> None:
    store = Store(open_db(tmp_path / "x.db"))
    answer_id = store.save_answer(store.start_session("cli"), make_question(), "text")
    store.save_grade(answer_id, make_grade())
    store.override_point(answer_id, "b", Status.COVERED)
    row = store.point_results(answer_id)[1]
    assert row["status"] == "missed" and row["override_status"] == "covered" and row["overridden_at"]
    store.override_point(answer_id, "b", None)
    assert store.point_results(answer_id)[1]["override_status"] is None
    with pytest.raises(KeyError):
        store.override_point(answer_id, "nope", Status.MISSED)


def test_embedding_cache_round_trip(tmp_path: Path) -> None:
    store = Store(open_db(tmp_path / "x.db"))
    vectors = {"alpha": np.arange(4, dtype=np.float32), "beta": np.ones(4, dtype=np.float32)}
    store.put_many("model-x", vectors)
    found = store.get_many("model-x", ["alpha", "beta", "gamma"])
    assert set(found) == {"alpha", "beta"}
    np.testing.assert_array_equal(found["alpha"], vectors["alpha"])
    assert store.get_many("model-y", ["alpha"]) == {}


def test_reads_and_the_graders_cache_writes_share_one_connection_safely(tmp_path: Path) -> None:
    """The grader writes embeddings from a worker thread while the screen reads the session on
    the same connection. A commit in the middle of an unlocked read ended its savepoint: "no
    such savepoint: sqlite_utils_query" (seen once in the crash-loop test, at the report)."""
    import threading

    store = Store(open_db(tmp_path / "x.db"))
    session = store.start_session("practice", "coach", {})
    store.save_answer(session, make_question(), "an answer")
    errors: list[BaseException] = []
    done = threading.Event()

    def write() -> None:
        try:
            n = 0
            while not done.is_set():
                store.put_many("model-x", {f"text {n}": np.ones(4, dtype=np.float32)})
                n += 1
        except BaseException as error:  # noqa: BLE001 - reported by the main thread
            errors.append(error)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        for _ in range(3000):
            assert store.session(session) is not None
            assert len(store.answers(session)) == 1
            assert store.sessions(5)
    finally:
        done.set()
        writer.join()
    assert not errors, errors


def test_migration_from_older_schema_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    # Build a version-1 database, as the first release wrote it.
    old = open_db(path, migrate=False)
    migrations.apply(old, stop_before="m002_overrides_embedding_cache")
    old.execute("pragma user_version = 1")
    old["sessions"].insert(
        {"id": 1, "kind": "practice", "mode": "coach", "started_at": "2026-01-01", "status": "active"}
    )
    for i in range(1, 51):
        old["answers"].insert(
            {
                "id": i,
                "session_id": 1,
                "question_id": f"q{i}",
                "text": f"answer {i}",
                "submitted_at": f"2026-01-01T00:00:{i:02d}",
                "score": i,
            }
        )
        old["point_results"].insert({"answer_id": i, "point_id": "p", "status": "covered"})
    old.conn.commit()
    old.close()

    db = open_db(path)
    assert db.execute("pragma user_version").fetchone()[0] == schema_version()
    assert db["answers"].count == 50 and db["point_results"].count == 50
    assert [r["text"] for r in db.query("select text from answers order by id limit 2")] == [
        "answer 1",
        "answer 2",
    ]
    assert "override_status" in db["point_results"].columns_dict
    assert db["embedding_cache"].exists()


def test_newer_schema_is_refused_and_the_file_kept(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_db(path).execute(f"pragma user_version = {schema_version() + 1}")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of interviewer"):
        open_db(path)
    assert path.read_bytes() == before


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="left untouched"):
        open_db(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    store = Store(open_db(tmp_path / "x.db"))
    with pytest.raises(sqlite3.IntegrityError):
        store.save_answer(999, make_question(), "orphan")


@pytest.mark.parametrize("topics", [1, 2, 3, 4, 7])
def test_report_strongest_and_weakest_topics_never_overlap(
    tmp_path: Path, builtin_bank, grader, topics: int
) -> None:  # type: ignore[no-untyped-def]
    from interviewer.report import build_report

    store = Store(open_db(tmp_path / "r.db"))
    session = store.start_session("interview", "interview")
    picked: dict[str, Question] = {}
    for question in builtin_bank.questions:
        if question.coding is None and question.topic not in picked and len(picked) < topics:
            picked[question.topic] = question
    # Answers of falling quality: the whole model answer, then fewer and fewer of its words.
    for rank, question in enumerate(picked.values()):
        words = question.model_answer.split()
        text = " ".join(words[: max(8, len(words) * (topics - rank) // topics)])
        answer_id = store.save_answer(session, question, text)
        store.save_grade(answer_id, grader.grade(question, text))
    report = build_report(store, session, builtin_bank)
    assert report is not None
    strong = [t for t, _ in report.strongest]
    weak = [t for t, _ in report.weakest]
    assert not set(strong) & set(weak)
    assert len(weak) == (0 if topics == 1 else min(3, (topics + 1) // 2))
    # The rest are strongest, when they were answered well (a low best score is no strength).
    best = [v for _, v in sorted(((t, v) for t, v in report.strongest), key=lambda x: -x[1])]
    assert len(strong) <= min(3, topics - len(weak)) and all(v >= 60 for v in best)
    assert strong, "the whole model answer on the first topic is a strength"
    assert [v for _, v in report.weakest] == sorted(v for _, v in report.weakest)  # weakest first


def test_a_practice_report_is_titled_as_one_and_counts_in_words(tmp_path: Path) -> None:
    from interviewer.report import build_report, report_markdown

    store = Store(open_db(tmp_path / "r.db"))
    session = store.start_session("practice", "coach", {"length": "quick"})
    answer_id = store.save_answer(session, make_question(), "We test.", duration_s=30)
    store.save_grade(answer_id, make_grade())
    store.end_session(session)
    report = build_report(store, session)
    assert report is not None
    text = report_markdown(report)
    assert text.startswith("# Practice report") and "· 1 question ·" in text
    assert "Strongest topics" not in text  # 57 on the only topic is no strength


def test_a_skipped_question_counts_as_0_in_the_history_as_in_the_report(tmp_path: Path) -> None:
    """Issue 16: the history averaged the graded answers only, so 80, 76 and a skip showed 78
    where the report said 52."""
    from dataclasses import replace

    from interviewer.interview import CLOSING_TOPIC
    from interviewer.report import build_report

    store = Store(open_db(tmp_path / "r.db"))
    session = store.start_session("interview", "interview", {"plan": ["t.q1", "t.q2", "t.q3", "t.close"]})
    for number, score in enumerate([80, 76], start=1):
        question = make_question().model_copy(update={"id": f"t.q{number}"})
        answer_id = store.save_answer(session, question, "We test.")
        store.save_grade(answer_id, replace(make_grade(), question_id=question.id, score=score))
    store.save_answer(session, make_question().model_copy(update={"id": "t.q3"}), "", skipped=True)
    # Having no questions for the interviewer is no skipped question of the loop: not counted.
    closing = make_question().model_copy(update={"id": "t.close", "topic": CLOSING_TOPIC})
    store.save_answer(session, closing, "", skipped=True)
    store.end_session(session)
    report = build_report(store, session)
    assert report is not None and report.overall == 52
    (summary,) = store.session_summaries()
    assert summary.score == report.overall == 52
    assert store.session_summaries(None)[0].score == 52
