"""Fifty SIGKILLs of a scripted interview, one database throughout: nothing committed is lost.

Each run is a real process (tests/crash_driver.py) that uses the real core as the app does:
resume the unfinished session, type with autosave, submit (commit first), grade with the real
model, answer follow-ups, end the session, show and export the report. Most runs are forked from
a process that loaded the model once (so that grading is reached in a fraction of a second) and
die by SIGKILL at a random moment the test chooses: the k-th start of a phase (typing, submit,
grading, report) plus a random delay within that phase's measured length. A few runs are cold
starts killed from outside at a random time, while the model is still loading or later.

After every kill the test opens the file with sqlite3: integrity_check is 'ok', and everything
the driver said was committed (answers by id with the exact text, follow-ups, grades, ended
sessions, the last autosaved draft, completed exports) is there. The next run resumes from it.

The test prints its seed; CRASH_LOOP_SEED=<seed> replays the same kill plan.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.crash_driver import Lines, followups_sha, sha

DRIVER = Path(__file__).with_name("crash_driver.py")
RUNS = 50
COLD_RUNS = 5
PHASES = ("typing", "submit", "grade", "report")
FIRST_GUESS_S = {"typing": 0.3, "submit": 0.002, "grade": 0.2, "report": 0.3}
RUN_DEADLINE_S = 40.0


@dataclass
class Ledger:
    """What the driver reported as committed, across all runs, and what the file must hold."""

    answers: dict[int, tuple[int, str, str]] = field(default_factory=dict)  # id -> session, question, sha
    followups: dict[int, tuple[int, str]] = field(default_factory=dict)  # answer id -> count, sha
    grades: dict[int, int | None] = field(default_factory=dict)  # None: a later grade had begun
    ended: set[int] = field(default_factory=set)
    drafts: dict[tuple[int, str], tuple[str, int]] = field(default_factory=dict)  # not yet submitted
    exports: dict[str, str | None] = field(default_factory=dict)  # None: a rewrite had begun
    on_disk_drafts: dict[tuple[int, str], str] = field(default_factory=dict)  # seen after the kill
    restored: int = 0
    problems: list[str] = field(default_factory=list)

    def apply(self, run: int, kind: str, args: list[str]) -> None:
        if kind in ("SUBMITTED", "SKIPPED"):
            session, question, answer, digest = int(args[0]), args[1], int(args[2]), args[3]
            self.answers[answer] = (session, question, digest)
            self.drafts.pop((session, question), None)
        elif kind == "FOLLOWUP":
            session, question, answer = int(args[0]), args[1], int(args[2])
            self.followups[answer] = (int(args[3]), args[4])
            self.drafts.pop((session, question), None)
        elif kind == "DRAFT":
            self.drafts[(int(args[0]), args[1])] = (args[2], int(args[3]))
        elif kind == "BEGIN" and args[0] == "grade":
            if int(args[1]) in self.grades:
                self.grades[int(args[1])] = None
        elif kind == "GRADED":
            self.grades[int(args[0])] = int(args[1])
        elif kind == "ENDED":
            self.ended.add(int(args[0]))
        elif kind == "BEGIN" and args[0] == "export":
            self.exports[args[1]] = None
        elif kind == "EXPORTED":
            self.exports[args[0]] = args[1]
        elif kind == "RESTORED":
            self.restored += 1
            key = (int(args[0]), args[1])
            if self.on_disk_drafts.get(key) != args[2]:
                self.problems.append(f"run {run}: restored a draft of {key} that is not the one on disk")
        elif kind == "ERROR":
            self.problems.append(f"run {run}: the driver failed (see its stderr)")

    def check(self, db: Path, run: int) -> tuple[bool, int]:
        """(integrity ok, answers lost) after a kill; other mismatches go to ``problems``."""
        problems = self.problems
        conn = sqlite3.connect(db)
        try:
            integrity = [row[0] for row in conn.execute("pragma integrity_check")]
            if integrity != ["ok"]:
                problems.append(f"run {run}: integrity_check: {integrity[:5]}")
            broken_keys = conn.execute("pragma foreign_key_check").fetchall()
            if broken_keys:
                problems.append(f"run {run}: foreign_key_check: {broken_keys[:5]}")
            rows = {
                row[0]: row[1:]
                for row in conn.execute(
                    "select id, session_id, question_id, text, score, followups from answers"
                )
            }
            lost = 0
            for answer, (session, question, digest) in self.answers.items():
                row = rows.get(answer)
                if row is None or row[0] != session or row[1] != question or sha(row[2]) != digest:
                    lost += 1
                    problems.append(
                        f"run {run}: committed answer {answer} ({question}) is missing or changed"
                    )
            for answer, (count, digest) in self.followups.items():
                stored = json.loads(rows[answer][4] or "[]") if answer in rows else []
                if len(stored) < count or followups_sha(stored[:count]) != digest:
                    problems.append(f"run {run}: follow-ups of answer {answer} are missing or changed")
            for answer, score in self.grades.items():
                points = conn.execute(
                    "select count(*) from point_results where answer_id = ?", [answer]
                ).fetchone()[0]
                stored_score = rows[answer][3] if answer in rows else None
                if stored_score is None or not points or (score is not None and stored_score != score):
                    problems.append(f"run {run}: grade of answer {answer} is missing or changed")
            for session in self.ended:
                status = conn.execute("select status from sessions where id = ?", [session]).fetchone()
                if status != ("finished",):
                    problems.append(f"run {run}: session {session} was ended but is {status}")
            drafts = {
                (s, q): text
                for s, q, text in conn.execute("select session_id, question_id, text from drafts")
            }
            for (session, question), (digest, length) in self.drafts.items():
                candidates = [drafts.get((session, question), "")]
                for row in rows.values():
                    if row[0] == session and row[1] == question:
                        candidates.append(row[2])
                        candidates.extend(f["answer"] for f in json.loads(row[4] or "[]"))
                if not any(sha(text[:length]) == digest for text in candidates):
                    problems.append(
                        f"run {run}: the autosaved draft of {question} (session {session}) is lost"
                    )
            for path, digest in self.exports.items():
                if digest is not None and sha(Path(path).read_text(encoding="utf-8")) != digest:
                    problems.append(f"run {run}: completed export {path} changed")
            torn_vectors = conn.execute(
                "select count(*) from embedding_cache where length(vector) != dim * 4"
            ).fetchone()[0]
            if torn_vectors:
                problems.append(f"run {run}: {torn_vectors} embedding-cache rows have a wrong length")
            self.on_disk_drafts = {key: sha(text) for key, text in drafts.items()}
            return integrity == ["ok"], lost
        finally:
            conn.close()


def landed_phase(events: list[tuple[str, list[str]]]) -> str:
    """Where the process was when it died: inside the last phase begun and not ended."""
    phase = "start-up"
    for kind, args in events:
        if kind == "BEGIN":
            phase = "report" if args[0] == "export" else args[0]
        elif kind == "END":
            phase = f"after {args[0]}"
    return phase


def kill_plan(rng: random.Random) -> list[tuple[str, int]]:
    """(phase or 'cold', occurrence) for every run, the four phases equally often."""
    warm = [PHASES[i % len(PHASES)] for i in range(RUNS - COLD_RUNS)]
    rng.shuffle(warm)
    # Mostly the first answer's typing, submit and grade (its draft is the one a resume restores);
    # sometimes a follow-up's.
    plan: list[tuple[str, int]] = [(p, 1 if p == "report" else rng.choice((1, 1, 2, 3))) for p in warm]
    for index in sorted(rng.sample(range(RUNS), COLD_RUNS)):
        plan.insert(index, ("cold", 0))
    return plan


@pytest.mark.crashloop
def test_fifty_sigkills_lose_nothing_committed(
    interviewer_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], record_property
) -> None:  # type: ignore[no-untyped-def]
    seed = int(os.environ.get("CRASH_LOOP_SEED") or random.SystemRandom().randrange(2**32))
    print(f"crash loop seed {seed} (CRASH_LOOP_SEED={seed} reproduces the plan)")
    rng = random.Random(seed)
    db = interviewer_home / "interviewer.db"
    stderr_path = tmp_path / "driver-stderr.log"
    ledger = Ledger()
    durations: dict[str, list[float]] = {p: [] for p in PHASES}
    landed: Counter[str] = Counter()
    kills = committed_checks = 0
    integrity_ok = True
    lost = 0
    started = time.monotonic()

    def driver_log() -> str:
        return stderr_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    def take(run: int, line: str, events: list[tuple[str, list[str]]]) -> None:
        parts = line.split()
        if len(parts) < 3 or parts[0] != "EV" or parts[1] != str(run):
            return
        kind, args = parts[2], parts[3:]
        events.append((kind, args))
        ledger.apply(run, kind, args)
        if kind == "END" and args[0] in durations:
            durations[args[0]].append(float(args[1]) / 1000)

    with stderr_path.open("w") as stderr:
        zygote = subprocess.Popen(
            [sys.executable, str(DRIVER), "zygote", "--db", str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=False,
        )
    assert zygote.stdin is not None and zygote.stdout is not None
    lines = Lines(zygote.stdout.fileno())
    child: int | None = None
    process: subprocess.Popen[bytes] | None = None
    try:
        deadline = time.monotonic() + 120
        while "ZY READY" not in lines.read(1.0):
            assert zygote.poll() is None, f"the driver died while loading:\n{driver_log()}"
            assert time.monotonic() < deadline, "the driver did not load the model in 120 s"

        for run, (phase, occurrence) in enumerate(kill_plan(rng), start=1):
            events: list[tuple[str, list[str]]] = []
            if phase == "cold":
                # A fresh process, killed from outside at a random time: while importing, while
                # the model loads in the background, while typing, or later.
                delay = rng.uniform(0.2, 6.0)
                with stderr_path.open("a") as stderr:
                    process = subprocess.Popen(
                        [sys.executable, str(DRIVER), "cold", "--db", str(db), "--run", str(run)],
                        stdout=subprocess.PIPE,
                        stderr=stderr,
                        start_new_session=True,
                    )
                assert process.stdout is not None
                cold_lines = Lines(process.stdout.fileno())
                kill_at = time.monotonic() + delay
                while (left := kill_at - time.monotonic()) > 0:
                    for line in cold_lines.read(left):
                        take(run, line, events)
                assert process.poll() is None, f"run {run} (cold) exited by itself:\n{driver_log()}"
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=30)
                while not cold_lines.eof:
                    for line in cold_lines.read(1.0):
                        take(run, line, events)
                process.stdout.close()
                status_ok = process.returncode == -signal.SIGKILL
            else:
                guess = statistics.median(durations[phase]) if durations[phase] else FIRST_GUESS_S[phase]
                delay = rng.uniform(0.0, guess)
                zygote.stdin.write(f"RUN {run} {phase} {occurrence} {delay:.6f}\n".encode())
                zygote.stdin.flush()
                run_deadline = time.monotonic() + RUN_DEADLINE_S
                status_ok = False
                reaped = False
                while not reaped:
                    for line in lines.read(0.5):
                        parts = line.split()
                        if parts[:2] == ["ZY", "FORKED"]:
                            child = int(parts[3])
                        elif parts[:2] == ["ZY", "REAPED"]:
                            status = int(parts[4])
                            status_ok = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                            reaped = True
                            child = None
                        else:
                            take(run, line, events)
                    assert zygote.poll() is None, f"the driver died:\n{driver_log()}"
                    if not reaped and child is not None and time.monotonic() > run_deadline:
                        os.kill(child, signal.SIGKILL)  # its timer did not fire: kill it from here
                        ledger.problems.append(f"run {run}: not dead {RUN_DEADLINE_S:.0f} s after its start")
                        run_deadline = float("inf")
            assert status_ok, f"run {run} ({phase}) did not die by SIGKILL:\n{driver_log()}"
            kills += 1
            landed[landed_phase(events)] += 1
            ok, run_lost = ledger.check(db, run)
            integrity_ok = integrity_ok and ok
            lost = max(lost, run_lost)
            committed_checks += 1
    finally:
        if child is not None:
            os.kill(child, signal.SIGKILL)
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        if zygote.poll() is None:
            zygote.stdin.write(b"QUIT\n")
            zygote.stdin.close()
            try:
                zygote.wait(timeout=10)
            except subprocess.TimeoutExpired:
                zygote.kill()
                zygote.wait()
        zygote.stdout.close()

    elapsed = time.monotonic() - started
    conn = sqlite3.connect(db)
    try:  # what the app leaves behind after such kills (not lost, but worth knowing)
        sql = "select count(*) from answers where score is null and skipped = 0"
        ungraded = conn.execute(sql).fetchone()[0]
        stale_drafts = conn.execute(
            "select count(*) from drafts d where d.text != '' and exists "
            "(select 1 from answers a where a.session_id = d.session_id and a.question_id = d.question_id)"
        ).fetchone()[0]
    finally:
        conn.close()
    phases = ", ".join(f"{name} {count}" for name, count in sorted(landed.items()))
    graded = len(ledger.grades)
    summary = (
        f"crash loop: {RUNS} runs, {kills} kills, {len(ledger.answers)} answers committed, "
        f"{lost} lost, integrity {'ok' if integrity_ok else 'FAILED'}"
    )
    details = (
        f"crash loop: seed {seed}, {elapsed:.0f} s; died in: {phases}; {graded} answers graded, "
        f"{len(ledger.followups)} with follow-ups, {len(ledger.ended)} sessions ended, "
        f"{ledger.restored} drafts restored on resume, {COLD_RUNS} cold starts, checked after each of "
        f"{committed_checks} kills; left behind: {ungraded} answers never graded (killed before the "
        f"grade was saved), {stale_drafts} follow-up drafts of answered questions"
    )
    record_property("crash_loop", summary)
    record_property("crash_loop_details", details)
    with capsys.disabled():
        print(f"\n{summary}\n{details}")
    print(summary)
    print(details)
    assert not ledger.problems, "\n".join(ledger.problems[:30])
    assert lost == 0
    assert integrity_ok
    assert kills == RUNS
    for phase in ("typing", "submit", "grade", "report"):
        assert landed[phase] > 0, f"no kill landed inside {phase}: {phases}"
    assert ledger.answers and graded and ledger.ended, "the runs never got far enough to test anything"
