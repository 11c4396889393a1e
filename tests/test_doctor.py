"""``interviewer doctor``: real files, the real model, and a repair that salvages real rows."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner, Result

from interviewer.cli import main
from interviewer.store import Store, open_db, schema_version
from tests.support import make_grade, make_question

BANK = Path(__file__).parent / "data" / "interview-bank.yaml"


def doctor(*args: str, db: Path | None = None) -> Result:
    options = ["--db", str(db)] if db is not None else []
    return CliRunner().invoke(main, [*options, "doctor", *args])


def lines(result: Result) -> dict[str, str]:
    """Check name -> its line, for the lines that start with a status."""
    found = {}
    for line in result.output.splitlines():
        status, _, rest = line.partition("  ")
        if status.strip() in ("ok", "warn", "FAIL"):
            found[rest.lstrip().split(":", 1)[0]] = line
    return found


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mode) for p in sorted(folder.iterdir()) if p.is_file()}


def make_database(path: Path, answers: int) -> dict[int, str]:
    """A database with one session per answer; returns answer id -> text."""
    store = Store(open_db(path))
    texts = {}
    for i in range(answers):
        session = store.start_session("practice", "coach")
        text = f"answer {i}: " + "bias and variance " * 10
        answer_id = store.save_answer(session, make_question(), text)
        store.save_grade(answer_id, make_grade())
        texts[answer_id] = text
    store.db.close()  # checkpointed: the file alone holds everything
    return texts


def test_healthy_home_with_the_real_model(interviewer_home: Path) -> None:
    make_database(interviewer_home / "interviewer.db", 3)
    (interviewer_home / "banks").mkdir()
    shutil.copy(BANK, interviewer_home / "banks" / "mine.yaml")
    before = snapshot(interviewer_home)

    result = doctor()
    assert result.exit_code == 0, result.output
    checks = lines(result)
    assert set(checks) == {
        "model",
        "calibration",
        "database",
        "integrity",
        "journal",
        "permissions",
        "writable",
        "banks",
        "config",
        "disk",
        "speech",
        "microphone",
        "voice",
    }
    # A microphone and a speech engine depend on the machine (CI has no microphone): those lines
    # are warnings there, never a FAIL.
    machine = {"microphone", "voice"}
    assert all(line.startswith("ok") for name, line in checks.items() if name not in machine), result.output
    assert checks["voice"].startswith(("ok", "warn"))
    assert "384-dimensional embeddings" in checks["model"] and " loaded in " in checks["model"]
    assert f"schema {schema_version()}; 3 sessions, 3 answers" in checks["database"]
    assert "WAL mode" in checks["journal"] and "file 600, folder 700" in checks["permissions"]
    assert "6 from" in checks["banks"]  # the test bank's six questions, beside the built-in ones
    assert snapshot(interviewer_home) == before  # the doctor changed nothing, created nothing


def test_json_output_and_no_database_yet(interviewer_home: Path) -> None:
    result = doctor("--json", "--no-model")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["ok"] is True and data["repair"] is None
    by_name = {c["name"]: c for c in data["checks"]}
    assert "model" not in by_name
    assert by_name["database"]["status"] == "warn"
    assert "no database yet" in by_name["database"]["message"]
    assert {c["status"] for c in data["checks"]} <= {"ok", "warn"}
    assert {"name", "status", "message", "fix", "details", "data"} <= by_name["disk"].keys()
    assert by_name["disk"]["data"]["free_bytes"] > 0
    assert not interviewer_home.exists()  # not even the folder was created


def test_missing_model_path_fails_with_the_fix(interviewer_home: Path) -> None:
    result = CliRunner().invoke(main, ["--model", "/nonexistent", "doctor"])
    assert result.exit_code == 1
    model = lines(result)["model"]
    assert model.startswith("FAIL") and "/nonexistent does not exist" in model
    assert "Fix: set 'model' in config.toml" in model


def leaf_page_of_answers(path: Path) -> tuple[int, int, int]:
    """(page number, rows on it, page size) of a leaf page in the middle of the answers table."""
    conn = sqlite3.connect(path)
    try:
        leaves = conn.execute(
            "SELECT pageno, ncell FROM dbstat WHERE name = 'answers' AND pagetype = 'leaf' ORDER BY path"
        ).fetchall()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    page, cells = leaves[len(leaves) // 2]
    return page, cells, page_size


def test_damaged_database_is_backed_up_salvaged_and_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "interviewer.db"
    texts = make_database(path, 120)
    page, rows_on_page, page_size = leaf_page_of_answers(path)
    assert rows_on_page >= 2
    data = bytearray(path.read_bytes())
    data[(page - 1) * page_size : page * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()

    # Without --repair: a FAIL with the fix, and nothing touched.
    before = snapshot(folder)
    result = doctor("--no-model", db=path)
    assert result.exit_code == 1
    failed = [line for line in lines(result).values() if line.startswith("FAIL")]
    assert len(failed) == 1 and f"interviewer --db {path} doctor --repair" in failed[0]
    assert snapshot(folder) == before

    result = doctor("--no-model", "--repair", db=path)
    assert result.exit_code == 0, result.output
    (backup,) = folder.glob("interviewer.db.broken-*")
    assert backup.read_bytes() == damaged
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert f"repair: kept the damaged file as {backup}" in result.output
    assert (
        f"repair: answers: {120 - rows_on_page} of 120 rows saved, {rows_on_page} could not be read"
        in result.output
    )
    assert f"repair: a working database is now at {path}" in result.output
    # (a machine without a microphone or speech engine warns about it: not a database matter)
    checks = lines(result)
    machine = {"microphone", "voice"}
    assert all(line.startswith("ok") for name, line in checks.items() if name not in machine), result.output

    # Every readable answer is back, word for word, and the database works as any other.
    store = Store(open_db(path))
    kept = {a.id: a.text for s in store.sessions(1000) for a in store.answers(s.id)}
    assert len(kept) == 120 - rows_on_page
    assert all(texts[i] == text for i, text in kept.items())
    assert all(store.answer(i).grade == make_grade() for i in kept)  # type: ignore[union-attr]
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    store.save_answer(store.start_session("cli"), make_question(), "life goes on")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_file_that_is_not_a_database_is_kept_and_replaced_by_an_empty_one(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_text("my notes, saved over the database by mistake\n" * 20)
    os.chmod(path, 0o644)
    result = doctor("--no-model", db=path)
    assert result.exit_code == 1 and "cannot be read: file is not a database" in result.output
    assert lines(result)["permissions"].startswith("warn")

    result = doctor("--no-model", "--repair", "--json", db=path)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    repair = data["repair"]["database"]
    assert repair["readable"] is False and "not a database" in repair["reason"]
    (backup,) = [Path(p) for p in repair["backups"]]
    assert backup.read_text() == "my notes, saved over the database by mistake\n" * 20
    assert Store(open_db(path)).sessions() == []


def test_newer_schema_is_reported_and_never_repaired(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    make_database(path, 1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.close()
    before = snapshot(tmp_path)
    result = doctor("--no-model", "--repair", db=path)
    assert result.exit_code == 1
    database = lines(result)["database"]
    assert database.startswith("FAIL") and "newer interviewer" in database
    assert "upgrade interviewer, or use --db PATH" in database
    assert "repair: nothing to repair" in result.output
    assert snapshot(tmp_path) == before


def test_bank_and_config_problems(interviewer_home: Path) -> None:
    banks = interviewer_home / "banks"
    banks.mkdir(parents=True)
    (banks / "broken.yaml").write_text("questions:\n  - id: q1\n    stage: lunch\n    difficulty: 9\n")
    (interviewer_home / "config.toml").write_text('mode = "loud"\n')
    result = doctor("--no-model")
    assert result.exit_code == 1
    checks = lines(result)
    assert checks["banks"].startswith("FAIL") and "interviewer bank validate" in checks["banks"]
    assert f"      {banks / 'broken.yaml'}:3: questions[0].stage: must be one of" in result.output
    assert f"      {banks / 'broken.yaml'}:4: questions[0].difficulty:" in result.output
    assert checks["config"].startswith("warn") and "mode: must be one of" in result.output


def test_read_only_database_and_a_full_disk_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.db"
    make_database(path, 1)
    real_access = os.access

    def access(target: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        return (
            False if mode & os.W_OK and Path(target) == path else real_access(target, mode, *args, **kwargs)
        )

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(shutil, "disk_usage", lambda _: SimpleNamespace(free=10**6))
    result = doctor("--no-model", db=path)
    assert result.exit_code == 1
    checks = lines(result)
    assert checks["writable"].startswith("FAIL") and f"the database {path} is read-only" in checks["writable"]
    assert checks["disk"].startswith("FAIL") and "976.6 KB free" in checks["disk"]


def test_no_repair_while_another_program_has_the_database_open(tmp_path: Path) -> None:
    path = tmp_path / "interviewer.db"
    make_database(path, 30)
    page, _, page_size = leaf_page_of_answers(path)
    data = bytearray(path.read_bytes())
    data[(page - 1) * page_size : page * page_size] = b"\x00" * page_size
    path.write_bytes(bytes(data))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('select count(*) from sessions').fetchone(); print('open', flush=True); "
            "sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        before = snapshot(tmp_path)
        result = doctor("--no-model", "--repair", db=path)
        assert result.exit_code == 1
        assert f"repair: not repaired: {path} is open in another program" in result.output
        assert snapshot(tmp_path) == before
    finally:
        holder.communicate("")
    result = doctor("--no-model", "--repair", db=path)
    assert result.exit_code == 0 and "repair: kept the damaged file" in result.output
