"""A scripted user of the real headless core, for the fault tests (not collected by pytest).

It does what the app does, in the app's order, with the same store calls: resume the unfinished
practice session (skip what was answered, restore the draft), type answers with autosave, submit
(commit before grading), grade with the real embedding model, answer follow-ups, end the session,
show and export the report. It reports every store call that has *returned* as one line on
stdout (``EV <run> <event> ...``, written with one ``os.write`` so that a line is either all there
or missing), so a test that kills the process knows exactly what had been committed.

Modes::

    crash_driver.py zygote --db PATH      load the model once, then for every "RUN ..." line on
                                          stdin fork a child that runs the script; report
                                          "ZY FORKED <run> <pid>" and "ZY REAPED <run> <pid> <status>"
    crash_driver.py cold --db PATH --run N
                                          one run in a fresh process: the model loads in a
                                          background thread, as in the app, while the user types
    crash_driver.py hammer --db PATH --name A --count N [--go] [--stop-file F]
                                          a second instance: N answers (drafts, follow-ups,
                                          embedding-cache rows, report reads) as fast as it can
    crash_driver.py hold --db PATH [--seconds S]
                                          hold the database's write lock (until a line on stdin)

A forked child runs the same script as a cold run, with the model the zygote loaded (the zygote
never opens the database, and runs no forward pass before forking: torch's OpenMP pool is not
fork-safe once started; one intra-op thread keeps it from starting). The test tells the child
when to die: after the k-th start of a phase plus a delay, a timer sends SIGKILL to the
child's own process (a POSIX timer, delivered by the kernel) — a real SIGKILL, placed to the
microsecond inside a 1 ms commit, which an outside process reading a pipe cannot do.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import signal
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

AUTOSAVE_S = 0.05  # the app's 1 s autosave, compressed with the typing
KEY_DELAY_S = (0.004, 0.02)  # between typed chunks
STAGES = ("phone_screen", "technical", "research", "behavioral")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def followups_sha(followups: list[dict[str, str]]) -> str:
    return sha(json.dumps(followups, sort_keys=True, ensure_ascii=False))


class Lines:
    """For the tests: whole lines from a child's pipe, with a timeout."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""
        self.eof = False
        os.set_blocking(fd, False)

    def read(self, timeout: float) -> list[str]:
        if self.eof:
            return []
        import select

        ready, _, _ = select.select([self.fd], [], [], max(timeout, 0.0))
        if not ready:
            return []
        chunks = []
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            if not chunk:
                self.eof = True
                break
            chunks.append(chunk)
        self.buffer += b"".join(chunks)
        *lines, self.buffer = self.buffer.split(b"\n")
        return [line.decode("utf-8") for line in lines]

    def wait_for(self, wanted: str, timeout: float) -> list[str]:
        """Every line up to and including the first that starts with ``wanted``."""
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not self.eof:
            for line in self.read(deadline - time.monotonic()):
                seen.append(line)
                if line.startswith(wanted):
                    return seen
        raise TimeoutError(f"no line starting with {wanted!r} in {timeout:.0f} s; got {seen[-5:]}")

    def rest(self, timeout: float) -> list[str]:
        """Every line until the pipe closes."""
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while not self.eof and time.monotonic() < deadline:
            seen.extend(self.read(deadline - time.monotonic()))
        return seen


class Events:
    """One line per event on fd 1; ``BEGIN`` lines can arm the kill switch."""

    def __init__(self, run: str, kill: tuple[str, int, float] | None = None) -> None:
        self.run = run
        self.kill = kill
        self.seen: dict[str, int] = {}
        self.armed = False

    def __call__(self, *parts: object) -> None:
        line = " ".join([f"EV {self.run}", *map(str, parts)]) + "\n"
        os.write(1, line.encode("utf-8"))

    def begin(self, phase: str, *parts: object) -> None:
        self("BEGIN", phase, *parts)
        self.seen[phase] = self.seen.get(phase, 0) + 1
        if self.kill is not None and not self.armed:
            target, occurrence, delay = self.kill
            if (phase == target and self.seen[phase] == occurrence) or phase == "report":
                # The target never came (the session ended first): die in the report instead.
                self.arm(delay if phase == target else min(delay, 0.3))

    def end(self, phase: str, started: float) -> None:
        self("END", phase, f"{(time.perf_counter() - started) * 1000:.2f}")

    def arm(self, delay: float) -> None:
        self.armed = True
        sigkill_after(delay)


def sigkill_after(delay: float) -> None:
    """SIGKILL this process after ``delay`` seconds, from the kernel (a POSIX timer): exact to
    microseconds and independent of the GIL, so it can land inside a 1 ms commit."""
    import ctypes
    import ctypes.util

    class SigEvent(ctypes.Structure):  # struct sigevent (64 bytes on Linux)
        _fields_ = [
            ("value", ctypes.c_void_p),
            ("signo", ctypes.c_int),
            ("notify", ctypes.c_int),  # SIGEV_SIGNAL = 0
            ("pad", ctypes.c_int * 12),
        ]

    class TimeSpec(ctypes.Structure):
        _fields_ = [("sec", ctypes.c_long), ("nsec", ctypes.c_long)]

    class ITimerSpec(ctypes.Structure):
        _fields_ = [("interval", TimeSpec), ("value", TimeSpec)]

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    timer = ctypes.c_void_p()
    event = SigEvent(None, signal.SIGKILL, 0)
    when = ITimerSpec(TimeSpec(0, 0), TimeSpec(int(delay), max(1, int(delay % 1 * 1e9))))
    clock_monotonic = 1
    if libc.timer_create(clock_monotonic, ctypes.byref(event), ctypes.byref(timer)) == 0:
        if libc.timer_settime(timer, 0, ctypes.byref(when), None) == 0:
            return
    fallback = threading.Timer(delay, os.kill, (os.getpid(), signal.SIGKILL))  # no POSIX timers
    fallback.daemon = True
    fallback.start()


def load_samples() -> dict[str, dict[str, str]]:
    import yaml

    from interviewer import paths

    by_question: dict[str, dict[str, str]] = {}
    for path in sorted((paths.builtin_data_dir() / "samples").glob("*.yaml")):
        for sample in yaml.safe_load(path.read_text(encoding="utf-8"))["samples"]:
            by_question.setdefault(sample["question"], {})[sample["band"]] = sample["answer"]
    return by_question


def intended_text(samples: dict[str, dict[str, str]], session_id: int, question: Any, turn: int) -> str:
    """What the user means to type: the same for the same (session, question, turn), so a
    resumed run finishes the very text the killed run had started."""
    rng = random.Random(f"{session_id}/{question.id}/{turn}")
    bands = samples.get(question.id, {})
    if turn == 0:
        base = bands.get(rng.choice(["weak", "partial", "strong"])) or question.model_answer
    else:
        sentences = [s.strip() for s in (bands.get("strong") or question.model_answer).split(". ") if s]
        base = ". ".join(rng.sample(sentences, min(2, len(sentences))))
    return f"{' '.join(base.split())} [s{session_id} {question.id} t{turn}]"


class Script:
    """The user's side of one run of the app, against the real store and grader."""

    def __init__(self, events: Events, store: Any, bank: Any, samples: dict[str, dict[str, str]]) -> None:
        self.ev = events
        self.store = store
        self.bank = bank
        self.samples = samples
        self.grader: Any = None
        self.grader_ready = threading.Event()
        self.rng = random.Random()

    # ---------------------------------------------------------------- the model, as the app loads it

    def set_grader(self, grader: Any) -> None:
        self.grader = grader
        self.grader_ready.set()
        self.ev("MODEL", "ready")
        # As the app does after GraderReady: embed every question's references, one at a time.
        for question in self.bank.questions:
            grader.warm([question])

    # ---------------------------------------------------------------- the walk

    def run(self) -> None:
        from interviewer.interview import Interview, InterviewPlan, Mode, plan_interview

        store = self.store
        session = store.unfinished_interview()
        restored = ""
        if session is not None:
            session_id = session.id
            plan = InterviewPlan.from_ids(self.bank, session.settings.get("plan", []))
            interview = Interview(plan, Mode.COACH)
            answered = {a.question_id for a in store.answers(session_id)}  # InterviewScreen._restore
            while not interview.finished and interview.current.question.id in answered:
                interview.advance()
            self.ev("SESSION", session_id, "resumed", interview.index)
            draft = store.draft(session_id)
            if draft and not interview.finished and draft[0] == interview.current.question.id:
                restored = draft[1]
                self.ev("RESTORED", session_id, draft[0], sha(restored), len(restored))
        else:
            from interviewer.bank.schema import Stage

            stage = Stage(STAGES[len(store.sessions(limit=10_000)) % len(STAGES)])
            plan = plan_interview(  # HomeScreen "Practice a stage"
                self.bank,
                "quick",
                stages=[stage],
                recent=store.recent_question_ids(),
                weak_topics=[],
                seed=f"{store.count_answers()}-stage:{stage.value}",
            )
            settings = {"plan": plan.question_ids, "length": "quick", "mode": "coach"}
            session_id = store.start_session("practice", "coach", settings)
            interview = Interview(plan, Mode.COACH)
            self.ev("SESSION", session_id, "new", 0)

        while not interview.finished:
            self.question(session_id, interview, restored)
            restored = ""
            interview.advance()
        self.report(session_id)

    def question(self, session_id: int, interview: Any, restored: str) -> None:
        store = self.store
        state = interview.current
        question = state.question
        rng = random.Random(f"skip/{session_id}/{question.id}")
        skip_after = rng.randrange(3, 12) if rng.random() < 0.1 else None
        editor = restored
        while True:
            turn = len(state.answers)
            target = intended_text(self.samples, session_id, question, turn)
            if not target.startswith(editor):
                target = f"{editor} {target}"
            started_typing = time.perf_counter()
            self.ev.begin("typing", session_id, question.id, turn)
            editor = self.type(session_id, question.id, editor, target, skip_after if turn == 0 else None)
            self.ev.end("typing", started_typing)

            started = time.perf_counter()
            if turn == 0 and editor != target:  # ctrl+n: InterviewScreen.action_skip
                self.ev.begin("submit", session_id, question.id, "skip")
                state.answer_id = store.save_answer(
                    session_id, question, editor, duration_s=0.0, skipped=True, hints=[], hints_used=0
                )
                self.ev("SKIPPED", session_id, question.id, state.answer_id, sha(editor))
                store.delete_draft(session_id, question.id)
                interview.skip()
                self.ev.end("submit", started)
                return
            self.ev.begin("submit", session_id, question.id, turn)  # InterviewScreen.action_submit
            interview.record_answer(editor)
            if turn == 0:
                state.answer_id = store.save_answer(
                    session_id,
                    question,
                    editor,
                    started_at=None,
                    duration_s=round(time.perf_counter() - started_typing, 1),
                    hints=state.hints,
                    hints_used=len(state.hints),
                )
                self.ev("SUBMITTED", session_id, question.id, state.answer_id, sha(editor))
            else:
                followups = [
                    {"question": q, "answer": a}
                    for q, a in zip(state.follow_ups, state.answers[1:], strict=False)
                ]
                store.update_answer(state.answer_id, followups=followups, duration_s=1.0)
                digest = followups_sha(followups)
                self.ev("FOLLOWUP", session_id, question.id, state.answer_id, len(followups), digest)
            store.delete_draft(session_id, question.id)
            editor = ""
            self.ev.end("submit", started)

            started = time.perf_counter()
            self.ev.begin("grade", state.answer_id)  # InterviewScreen.grade_answer + _graded
            if not self.grader_ready.is_set():
                self.ev("WAIT", "model")
                self.grader_ready.wait()
            grade = self.grader.grade(question, state.answers[0], state.followup_pairs())
            store.save_grade(state.answer_id, grade)
            self.ev("GRADED", state.answer_id, grade.score, len(grade.points))
            self.ev.end("grade", started)
            if interview.next_follow_up(grade) is None:
                return  # coach mode: the feedback screen; its Escape asks the next question

    def type(self, session_id: int, question_id: str, editor: str, target: str, stop: int | None) -> str:
        """Type the rest of ``target`` a few words at a time; autosave as the app's timer does."""
        saved = editor
        last_save = time.perf_counter()
        for index, chunk in enumerate(re.findall(r"\s*\S+(?:\s+\S+){0,3}", target[len(editor) :])):
            if stop is not None and index >= stop:
                break
            editor += chunk
            time.sleep(self.rng.uniform(*KEY_DELAY_S))
            if time.perf_counter() - last_save >= AUTOSAVE_S and editor != saved:  # InterviewScreen.autosave
                self.store.save_draft(session_id, question_id, editor)
                self.ev("DRAFT", session_id, question_id, sha(editor), len(editor))
                saved = editor
                last_save = time.perf_counter()
        return editor

    def report(self, session_id: int) -> None:
        from interviewer import paths
        from interviewer.report import build_report, report_json, report_markdown

        self.ev.begin("report", session_id)  # InterviewScreen._finish, then ReportScreen
        self.store.end_session(session_id)
        self.ev("ENDED", session_id)
        while True:  # the report stays on screen; the user exports it, again and again
            report = build_report(self.store, session_id, self.bank)
            assert report is not None
            for fmt, render in (("md", report_markdown), ("json", report_json)):
                text = render(report)
                folder = paths.ensure_private_dir(paths.data_dir() / "exports")
                path = folder / f"interview-{session_id}.{fmt}"  # ReportScreen.action_export
                self.ev.begin("export", path)
                path.write_text(text, encoding="utf-8")
                path.chmod(0o600)
                self.ev("EXPORTED", path, sha(text))
            time.sleep(0.02)


# -------------------------------------------------------------------------------- modes


def zygote(db: Path) -> None:
    import torch

    torch.set_num_threads(1)  # never start the OpenMP pool here: it does not survive fork()

    from interviewer.config import Settings
    from interviewer.grading.embedder import load_embedder
    from interviewer.grading.grader import Grader
    from interviewer.services import load_question_bank, open_store, user_calibration

    settings = Settings()
    embedder = load_embedder(settings.model, settings.precision)
    bank = load_question_bank()
    samples = load_samples()
    os.write(1, b"ZY READY\n")
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "QUIT":
            break
        _, run, phase, occurrence, delay = parts
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                events = Events(run, (phase, int(occurrence), float(delay)))
                events("START", os.getpid())
                store = open_store(db)
                script = Script(events, store, bank, samples)
                grader = Grader(embedder, user_calibration(store), cache=store)  # build_grader
                threading.Thread(target=script.set_grader, args=(grader,), daemon=True).start()
                script.run()
                code = 0
            except BaseException:
                traceback.print_exc()
                os.write(1, f"EV {run} ERROR\n".encode())
            finally:
                sys.stderr.flush()
                os._exit(code)
        os.write(1, f"ZY FORKED {run} {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"ZY REAPED {run} {pid} {status}\n".encode())


def cold(db: Path, run: str) -> None:
    events = Events(run)
    events("START", os.getpid())
    from interviewer.config import Settings
    from interviewer.services import build_grader, load_question_bank, open_store

    store = open_store(db)
    script = Script(events, store, load_question_bank(), load_samples())

    def load() -> None:  # InterviewerApp.load_grader
        events("MODEL", "loading")
        script.set_grader(build_grader(Settings(), store))

    threading.Thread(target=load, daemon=True).start()
    script.run()


def hammer(db: Path, name: str, count: int, go: bool, stop_file: Path | None) -> None:
    """Write like a busy second instance: sessions, drafts, answers, follow-ups, cache rows,
    report reads; ``count`` answers, or until ``stop_file`` exists."""
    import numpy as np

    from interviewer.report import build_report
    from interviewer.services import load_question_bank, open_store

    store = open_store(db)
    bank = load_question_bank()
    questions = [q for q in bank.questions if q.coding is None]
    events = Events(name)
    events("READY")
    if go:
        sys.stdin.readline()  # both instances start writing at the same moment
    rng = random.Random(name)
    session_id = store.start_session("practice", "coach", {"plan": [], "writer": name})
    index = 0
    while index < count and not (stop_file is not None and stop_file.exists()):
        question = questions[rng.randrange(len(questions))]
        text = f"{name} answer {index}: " + " ".join(rng.choice(question.prompt.split()) for _ in range(30))
        store.save_draft(session_id, question.id, text[: len(text) // 2])
        answer_id = store.save_answer(session_id, question, text)
        events("SUBMITTED", session_id, question.id, answer_id, sha(text), f"{time.time():.6f}")
        followups = [{"question": "And?", "answer": f"{name} follow-up {index}"}]
        store.update_answer(answer_id, followups=followups)
        store.delete_draft(session_id, question.id)
        if index % 10 == 0:
            vectors = {f"{name}-{index}-{k}": np.full(384, rng.random(), dtype=np.float32) for k in range(50)}
            store.put_many(f"hammer-{name}", vectors)
            build_report(store, session_id, bank)
        index += 1
    store.end_session(session_id)
    events("DONE", index)


def hold(db: Path, seconds: float | None) -> None:
    """Hold the write lock (as a long transaction of another program would) for ``seconds``,
    or until a line arrives on stdin."""
    import sqlite3

    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    os.write(1, b"LOCKED\n")
    if seconds is None:
        sys.stdin.readline()
    else:
        time.sleep(seconds)
    conn.execute("COMMIT")
    os.write(1, b"RELEASED\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["zygote", "cold", "hammer", "hold"])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--run", default="0")
    parser.add_argument("--name", default="A")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--go", action="store_true", help="wait for a line on stdin before writing")
    parser.add_argument("--stop-file", type=Path, help="hammer: stop once this file exists")
    parser.add_argument("--seconds", type=float, help="hold: this long (default: until a line on stdin)")
    args = parser.parse_args(argv)
    if args.mode == "zygote":
        zygote(args.db)
    elif args.mode == "cold":
        cold(args.db, args.run)
    elif args.mode == "hammer":
        hammer(args.db, args.name, args.count, args.go, args.stop_file)
    else:
        hold(args.db, args.seconds)


if __name__ == "__main__":
    main()
