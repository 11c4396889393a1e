"""Run a candidate's function against a coding question's tests, in a separate, limited process.

Each run starts ``python -I`` (the same interpreter as the app) in a fresh temporary folder with
an environment stripped of the user's variables, and a small harness script
(``_harness.py``, copied into that folder) that:

* lowers its own resource limits before any candidate code runs: CPU seconds, address space
  (memory), processes (fork bombs), file size and open files; the limits are set in the child
  with ``resource.setrlimit`` rather than through ``preexec_fn``, which is unsafe when the
  parent has threads (the app runs this from a worker thread);
* refuses, through an audit hook, to start processes, send signals, use the network, or write
  outside its folder;
* calls the entry point once per test and reports each result as JSON on a private pipe, so the
  candidate's ``print`` cannot pass for a result.

The parent enforces a wall-clock deadline (killing the whole process group), caps the output it
reads, and compares the returned values with the expected ones, which never enter the child.
Hidden tests run in a second process whose output is not shown, so that printing the arguments
cannot reveal them.

Known limits of the sandbox: it is not a security boundary against code written to escape it
(the process runs as the user and can read the user's files); ``RLIMIT_NPROC`` is not enforced by
Linux for root, where only the audit hook stops a fork bomb; Windows is not supported.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from interviewer.bank.schema import CodeTest, CodingSpec

HARNESS = Path(__file__).with_name("_harness.py")
SOLUTION_FILE = "solution.py"

STARTUP_ALLOWANCE_S = 1.0  # interpreter start and imports, on top of the question's time limit
OUTPUT_LIMIT_BYTES = 1_000_000  # stdout + stderr together; the run is stopped past this
OUTPUT_KEPT_BYTES = 8_000  # of each stream, kept for display
RESULT_LIMIT_BYTES = 16_000_000  # the harness caps each value; this bounds a misbehaving run
FILE_LIMIT_BYTES = 16_000_000
OPEN_FILES = 64
EXTRA_PROCESSES = 32  # threads or processes the run may add to the user's count
DRAIN_S = 0.3  # after the process exits, how long to wait for pipes still held open


class RunnerError(Exception):
    """The run could not be started at all (not a verdict about the code)."""


class Verdict(StrEnum):
    """The outcome of a whole run, most serious first when combining."""

    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    SYNTAX_ERROR = "syntax_error"
    TIMEOUT = "timeout"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    CRASHED = "crashed"

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self]


VERDICT_LABELS = {
    Verdict.PASSED: "all tests passed",
    Verdict.FAILED: "wrong answer",
    Verdict.ERROR: "error",
    Verdict.SYNTAX_ERROR: "syntax error",
    Verdict.TIMEOUT: "time limit exceeded",
    Verdict.MEMORY_LIMIT: "memory limit exceeded",
    Verdict.OUTPUT_LIMIT: "output limit exceeded",
    Verdict.CRASHED: "crashed",
}


class CaseStatus(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    TIMEOUT = "timeout"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    CRASHED = "crashed"
    NOT_RUN = "not_run"


@dataclass(frozen=True)
class RunLimits:
    """Limits of one run. ``time_limit_s`` is wall clock for all the run's tests."""

    time_limit_s: float = 2.0
    memory_mb: int = 256
    output_bytes: int = OUTPUT_LIMIT_BYTES
    startup_s: float = STARTUP_ALLOWANCE_S

    @classmethod
    def for_spec(cls, spec: CodingSpec) -> RunLimits:
        return cls(time_limit_s=spec.time_limit_s, memory_mb=spec.memory_mb)

    @property
    def wall_s(self) -> float:
        return self.time_limit_s + self.startup_s


@dataclass(frozen=True)
class CaseResult:
    """One test. For hidden tests only the name and status are kept."""

    name: str
    status: CaseStatus
    hidden: bool = False
    call: str | None = None  # the call as Python, e.g. ``binary_search([1, 3], 3)``
    expected: str | None = None
    got: str | None = None
    message: str | None = None
    error_type: str | None = None
    line: int | None = None
    seconds: float | None = None

    @property
    def passed(self) -> bool:
        return self.status is CaseStatus.PASSED

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "hidden": self.hidden, "status": self.status.value}
        if self.hidden:
            data["error_type"] = self.error_type
            return data
        data.update(
            call=self.call,
            expected=self.expected,
            got=self.got,
            message=self.message,
            error_type=self.error_type,
            line=self.line,
            seconds=None if self.seconds is None else round(self.seconds, 4),
        )
        return data


@dataclass(frozen=True)
class RunResult:
    """All tests of one run (visible, and hidden when asked), and what happened to the process."""

    verdict: Verdict
    message: str
    cases: tuple[CaseResult, ...]
    line: int | None = None
    stdout: str = ""
    stderr: str = ""
    output_truncated: bool = False
    seconds: float = 0.0
    exit_code: int | None = None
    signal: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def passed(self) -> int:
        return sum(case.passed for case in self.cases)

    @property
    def total(self) -> int:
        return len(self.cases)

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.PASSED and self.passed == self.total

    @property
    def visible(self) -> tuple[CaseResult, ...]:
        return tuple(c for c in self.cases if not c.hidden)

    @property
    def hidden(self) -> tuple[CaseResult, ...]:
        return tuple(c for c in self.cases if c.hidden)

    @property
    def summary(self) -> str:
        return f"{self.verdict.label}: {self.passed}/{self.total} tests passed"

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict.value,
            "message": self.message,
            "line": self.line,
            "passed": self.passed,
            "total": self.total,
            "cases": [case.to_dict() for case in self.cases],
            "stdout": self.stdout,
            "stderr": self.stderr,
            "output_truncated": self.output_truncated,
            "seconds": round(self.seconds, 3),
            "exit_code": self.exit_code,
            "signal": self.signal,
            "notes": list(self.notes),
        }


# ---------------------------------------------------------------------------- comparing values


def values_match(expected: Any, got: Any, abs_tol: float) -> bool:
    """Whether a returned value (already JSON-like: lists, dicts, numbers) equals the expected one.

    Numbers compare within ``abs_tol`` (plus a tiny relative tolerance); NaN equals NaN; a bool
    only equals a bool; lists compare element by element and dicts key by key.
    """
    if isinstance(expected, bool) or isinstance(got, bool):
        return isinstance(expected, bool) and isinstance(got, bool) and expected == got
    if isinstance(expected, int | float) and isinstance(got, int | float):
        if isinstance(expected, int) and isinstance(got, int):
            return expected == got
        if math.isnan(expected) or math.isnan(got):
            return math.isnan(expected) and math.isnan(got)
        return math.isclose(got, expected, rel_tol=1e-9, abs_tol=abs_tol)
    if isinstance(expected, list | tuple):
        return (
            isinstance(got, list)
            and len(got) == len(expected)
            and all(values_match(e, g, abs_tol) for e, g in zip(expected, got, strict=True))
        )
    if isinstance(expected, dict):
        return (
            isinstance(got, dict)
            and set(got) == set(expected)
            and all(values_match(expected[k], got[k], abs_tol) for k in expected)
        )
    return type(expected) is type(got) and expected == got


def format_value(value: Any, limit: int = 160) -> str:
    """A short Python-looking rendering: floats to 6 significant digits, long values clipped."""
    text = _render(value, limit + 1)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _render(value: Any, budget: int) -> str:
    if isinstance(value, float):
        text = f"{value:.6g}"  # also 'nan', 'inf' and '-inf'
        return text if any(c in text for c in ".eni") else text + ".0"
    if isinstance(value, list | tuple):
        parts: list[str] = []
        used = 2
        for item in value:
            if used > budget:
                parts.append("…")
                break
            part = _render(item, budget - used)
            parts.append(part)
            used += len(part) + 2
        return "[" + ", ".join(parts) + "]"
    if isinstance(value, dict):
        items: list[str] = []
        used = 2
        for key, item in value.items():
            if used > budget:
                items.append("…")
                break
            part = f"{key!r}: {_render(item, budget - used)}"
            items.append(part)
            used += len(part) + 2
        return "{" + ", ".join(items) + "}"
    text = repr(value)
    return text if len(text) <= budget else text[:budget]


def format_call(entry_point: str, test: CodeTest, limit: int = 200) -> str:
    parts = [_render(a, limit) for a in test.args]
    parts += [f"{k}={_render(v, limit)}" for k, v in test.kwargs.items()]
    text = f"{entry_point}({', '.join(parts)})"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_expected(test: CodeTest) -> str:
    if test.raises is not None:
        return f"raises {test.raises}"
    if test.one_of is not None:
        return "one of " + " | ".join(format_value(v, 80) for v in test.one_of)
    return format_value(test.expected)


# ---------------------------------------------------------------------------- running


def run_question(spec: CodingSpec, source: str, *, hidden: bool = False) -> RunResult:
    """Run ``source`` against the visible tests, and the hidden ones too when ``hidden``.

    The visible tests run first with everything shown; the hidden tests run in a second process
    whose output is discarded and whose cases keep only their name and status. The verdict is
    the visible run's unless it passed, then the hidden run's.
    """
    limits = RunLimits.for_spec(spec)
    visible = run_tests(source, spec.entry_point, spec.examples, spec, limits=limits)
    if not hidden or not spec.hidden:
        return visible
    if visible.cases and all(c.status is CaseStatus.NOT_RUN for c in visible.cases):
        # The code never got as far as the tests (syntax error, failed import): neither will it now.
        not_run = tuple(CaseResult(name=t.name, status=CaseStatus.NOT_RUN, hidden=True) for t in spec.hidden)
        return dataclasses.replace(visible, cases=visible.cases + not_run)
    secret = run_tests(source, spec.entry_point, spec.hidden, spec, limits=limits, redact=True)
    verdict, message, line = visible.verdict, visible.message, visible.line
    if verdict is Verdict.PASSED:
        verdict, message, line = secret.verdict, secret.message, None
    return RunResult(
        verdict=verdict,
        message=message,
        cases=visible.cases + secret.cases,
        line=line,
        stdout=visible.stdout,
        stderr=visible.stderr,
        output_truncated=visible.output_truncated,
        seconds=visible.seconds + secret.seconds,
        exit_code=visible.exit_code,
        signal=visible.signal,
        notes=tuple(dict.fromkeys(visible.notes + secret.notes)),
    )


def run_tests(
    source: str,
    entry_point: str,
    tests: Sequence[CodeTest],
    spec: CodingSpec | None = None,
    *,
    limits: RunLimits | None = None,
    arrays: bool | None = None,
    redact: bool = False,
) -> RunResult:
    """Run the candidate's ``source`` once, calling ``entry_point`` for every test, in a sandbox.

    ``spec`` supplies the default float tolerance and whether list arguments arrive as NumPy
    arrays (``arrays`` overrides it). With ``redact`` the cases keep only their name and status,
    messages name no values, and the process's output is dropped (for hidden tests).
    """
    limits = limits or (RunLimits.for_spec(spec) if spec else RunLimits())
    use_arrays = arrays if arrays is not None else bool(spec and spec.arrays)
    default_tol = spec.abs_tol if spec else 1e-6
    cases = [{"args": list(t.args), "kwargs": dict(t.kwargs)} for t in tests]
    with tempfile.TemporaryDirectory(prefix="interviewer-run-", ignore_cleanup_errors=True) as folder:
        raw = _execute(Path(folder), source, entry_point, cases, use_arrays, limits)
    return _judge(raw, entry_point, tests, default_tol, limits, redact)


@dataclass
class _Raw:
    """What came back from the process, before judging."""

    events: list[dict[str, Any]]
    stdout: bytes
    stderr: bytes
    output_total: int
    timed_out: bool
    output_exceeded: bool
    result_exceeded: bool
    returncode: int | None
    seconds: float
    bad_lines: int = 0


def _sandbox_env(folder: Path) -> dict[str, str]:
    """A minimal environment: nothing of the user's (no tokens, no HOME, no PYTHON* settings)."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "HOME": str(folder),
        "TMPDIR": str(folder),
        # One thread for the numeric libraries: predictable timing, and within the process limit.
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "NUMEXPR_NUM_THREADS": "1",
    }


def _user_tasks() -> int | None:
    """How many processes and threads this user runs now (Linux), for a relative RLIMIT_NPROC."""
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    uid = os.getuid()
    count = 0
    with os.scandir(proc) as entries:
        for entry in entries:
            if not entry.name.isdigit():
                continue
            try:
                if entry.stat().st_uid != uid:
                    continue
                count += len(os.listdir(os.path.join(entry.path, "task")))
            except OSError:
                continue  # the process ended while we looked
    return count


def _limits_payload(limits: RunLimits) -> dict[str, int]:
    payload = {
        "cpu_s": math.ceil(limits.wall_s) + 1,
        "memory_bytes": limits.memory_mb * 1024 * 1024,
        "file_bytes": FILE_LIMIT_BYTES,
        "open_files": OPEN_FILES,
        "core_bytes": 0,
    }
    tasks = _user_tasks()
    if tasks is not None:
        payload["processes"] = tasks + EXTRA_PROCESSES
    return payload


def _execute(
    folder: Path,
    source: str,
    entry_point: str,
    cases: list[dict[str, Any]],
    arrays: bool,
    limits: RunLimits,
) -> _Raw:
    if sys.platform == "win32":
        raise RunnerError("running code needs a POSIX system (Linux or macOS)")
    solution = folder / SOLUTION_FILE
    solution.write_text(source, encoding="utf-8")
    harness = folder / "_harness.py"
    shutil.copyfile(HARNESS, harness)
    payload = json.dumps(
        {
            "solution": str(solution),
            "entry_point": entry_point,
            "arrays": arrays,
            "numpy": arrays or "numpy" in source,
            "cases": cases,
            "limits": _limits_payload(limits),
            "sandbox": str(folder),
        }
    ).encode("utf-8")

    result_r, result_w = os.pipe()
    started = time.monotonic()
    try:
        process = subprocess.Popen(
            [sys.executable, "-I", str(harness), str(result_w)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=folder,
            env=_sandbox_env(folder),
            pass_fds=(result_w,),
            start_new_session=True,  # its own process group, killed as a whole
        )
    except OSError as exc:
        os.close(result_r)
        os.close(result_w)
        raise RunnerError(f"cannot start Python to run the code: {exc}") from exc
    os.close(result_w)
    try:
        return _collect(process, result_r, payload, limits, started)
    finally:
        _kill_group(process)
        os.close(result_r)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # the group is already gone
    process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None and not stream.closed:
            stream.close()


def _collect(
    process: subprocess.Popen[bytes], result_fd: int, payload: bytes, limits: RunLimits, started: float
) -> _Raw:
    assert process.stdin and process.stdout and process.stderr
    deadline = started + limits.wall_s
    kept = {"stdout": bytearray(), "stderr": bytearray()}
    result = bytearray()
    output_total = 0
    timed_out = output_exceeded = result_exceeded = False
    exited_at: float | None = None

    selector = selectors.DefaultSelector()
    for name, fd in (
        ("stdout", process.stdout.fileno()),
        ("stderr", process.stderr.fileno()),
        ("result", result_fd),
    ):
        os.set_blocking(fd, False)
        selector.register(fd, selectors.EVENT_READ, name)
    stdin_fd = process.stdin.fileno()
    os.set_blocking(stdin_fd, False)
    selector.register(stdin_fd, selectors.EVENT_WRITE, "stdin")
    to_send = memoryview(payload)

    try:
        while selector.get_map():
            now = time.monotonic()
            if now >= deadline:
                timed_out = True
                break
            if exited_at is None and process.poll() is not None:
                exited_at = now
            if exited_at is not None and now - exited_at > DRAIN_S:
                break  # something the process left behind still holds a pipe open
            for key, _ in selector.select(timeout=min(deadline - now, 0.05)):
                name = key.data
                if name == "stdin":
                    try:
                        written = os.write(stdin_fd, to_send[:65536])
                    except BlockingIOError:
                        continue
                    except BrokenPipeError:
                        written = len(to_send)  # the process died before reading: judged below
                    to_send = to_send[written:]
                    if not to_send:
                        selector.unregister(stdin_fd)
                        process.stdin.close()
                    continue
                try:
                    chunk = os.read(key.fd, 65536)
                except BlockingIOError:
                    continue
                if not chunk:
                    selector.unregister(key.fd)
                    continue
                if name == "result":
                    result += chunk
                    if len(result) > RESULT_LIMIT_BYTES:
                        result_exceeded = True
                else:
                    output_total += len(chunk)
                    room = OUTPUT_KEPT_BYTES - len(kept[name])
                    if room > 0:
                        kept[name] += chunk[:room]
                    if output_total > limits.output_bytes:
                        output_exceeded = True
            if output_exceeded or result_exceeded:
                break
    finally:
        selector.close()

    if not (timed_out or output_exceeded or result_exceeded):
        # Every pipe is closed: the process is exiting (or closed them and carries on).
        try:
            process.wait(timeout=max(deadline - time.monotonic(), 0.05))
        except subprocess.TimeoutExpired:
            timed_out = True
    seconds = time.monotonic() - started
    if timed_out or output_exceeded or result_exceeded:
        _kill_group(process)
    returncode = process.poll()
    events: list[dict[str, Any]] = []
    bad_lines = 0
    for line in bytes(result).splitlines():
        try:
            event = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            bad_lines += 1  # a line cut off by a kill, or not from the harness
            continue
        if isinstance(event, dict):
            events.append(event)
    return _Raw(
        events=events,
        stdout=bytes(kept["stdout"]),
        stderr=bytes(kept["stderr"]),
        output_total=output_total,
        timed_out=timed_out,
        output_exceeded=output_exceeded,
        result_exceeded=result_exceeded,
        returncode=returncode,
        seconds=seconds,
        bad_lines=bad_lines,
    )


# ---------------------------------------------------------------------------- judging


def _signal_name(returncode: int | None) -> str | None:
    if returncode is None or returncode >= 0:
        return None
    try:
        return signal.Signals(-returncode).name
    except ValueError:
        return f"signal {-returncode}"


def _judge(
    raw: _Raw,
    entry_point: str,
    tests: Sequence[CodeTest],
    default_tol: float,
    limits: RunLimits,
    redact: bool,
) -> RunResult:
    stdout = "" if redact else raw.stdout.decode("utf-8", "replace")
    stderr = "" if redact else raw.stderr.decode("utf-8", "replace")
    truncated = raw.output_total > len(raw.stdout) + len(raw.stderr)
    signal_name = _signal_name(raw.returncode)
    notes: list[str] = []
    if raw.bad_lines and not (raw.timed_out or raw.output_exceeded or raw.result_exceeded):
        notes.append(f"{raw.bad_lines} unreadable line(s) on the result channel were ignored")
    for event in raw.events:
        if event.get("event") == "started" and event.get("limits_not_applied"):
            notes.append("limits not applied: " + "; ".join(map(str, event["limits_not_applied"])))

    started_case: int | None = None
    outcomes: dict[int, dict[str, Any]] = {}
    head: dict[str, Any] | None = None  # syntax_error / load_error / load_exit
    ready = done = False
    for event in raw.events:
        kind = event.get("event")
        if kind in ("syntax_error", "load_error", "load_exit"):
            head = event
        elif kind == "ready":
            ready = True
        elif kind == "start" and isinstance(event.get("index"), int):
            started_case = event["index"]
        elif kind == "case" and isinstance(event.get("index"), int):
            outcomes[event["index"]] = event
        elif kind == "done":
            done = True

    # How the process ended, when it ended early.
    if raw.output_exceeded:
        abort = (
            Verdict.OUTPUT_LIMIT,
            CaseStatus.OUTPUT_LIMIT,
            f"the code printed more than {limits.output_bytes:,} bytes; the run was stopped",
        )
    elif raw.result_exceeded:
        abort = (
            Verdict.OUTPUT_LIMIT,
            CaseStatus.OUTPUT_LIMIT,
            "the return values were too large; the run was stopped",
        )
    elif raw.timed_out:
        abort = (
            Verdict.TIMEOUT,
            CaseStatus.TIMEOUT,
            f"the run did not finish within {limits.time_limit_s:g} s (an endless loop, or too slow?)",
        )
    elif signal_name == "SIGXCPU":
        abort = (Verdict.TIMEOUT, CaseStatus.TIMEOUT, "the run used up its CPU time limit")
    elif signal_name is not None:
        error_text = raw.stderr.decode("utf-8", "replace").lower()
        if "memoryerror" in error_text or "cannot allocate memory" in error_text:
            abort = (
                Verdict.MEMORY_LIMIT,
                CaseStatus.MEMORY_LIMIT,
                f"killed by {signal_name} after running out of memory",
            )
        else:
            abort = (Verdict.CRASHED, CaseStatus.CRASHED, f"the process was killed by {signal_name}")
    elif not done and head is None:
        code = raw.returncode
        abort = (
            Verdict.CRASHED,
            CaseStatus.CRASHED,
            f"the process exited (code {code}) before the tests finished: did the code call os._exit?",
        )
    else:
        abort = None

    # Cases.
    results: list[CaseResult] = []
    for index, test in enumerate(tests):
        outcome = outcomes.get(index)
        if outcome is not None:
            results.append(_case(test, entry_point, outcome, default_tol, redact))
        elif abort is not None and index == started_case:
            results.append(_plain(test, entry_point, abort[1], abort[2], redact))
        else:
            results.append(_plain(test, entry_point, CaseStatus.NOT_RUN, None, redact))

    verdict: Verdict
    line: int | None = None
    if head is not None and head["event"] == "syntax_error":
        verdict = Verdict.SYNTAX_ERROR
        line = head.get("line")
        where = f" on line {line}" if line else ""
        message = f"{head.get('type', 'SyntaxError')}{where}: {head.get('message', '')}"
        if head.get("text") and not redact:
            message += f"\n    {head['text'].strip()}"
    elif head is not None and head["event"] == "load_exit":
        verdict = Verdict.CRASHED
        message = f"the code called sys.exit({head.get('code')}) while loading"
    elif head is not None:
        line = head.get("line")
        verdict = Verdict.MEMORY_LIMIT if head.get("memory") else Verdict.ERROR
        where = f" on line {line}" if line else ""
        message = f"loading the code failed{where}: {head.get('type')}: {head.get('message')}"
        if head.get("type") == "NameError" and head.get("line") is None:
            message = str(head.get("message"))
    elif abort is not None:
        verdict, _, message = abort
        if not ready and abort[0] is Verdict.TIMEOUT:
            message = (
                f"the code did not finish loading within {limits.time_limit_s:g} s "
                "(an endless loop at the top level?)"
            )
        elif started_case is not None and started_case < len(tests) and started_case not in outcomes:
            name = tests[started_case].name
            message = f"{message} (during test {name!r})"
    else:
        verdict, message, line = _summarize(results)

    if redact:
        message = _redact_message(verdict, results)
        line = None
    return RunResult(
        verdict=verdict,
        message=message,
        cases=tuple(results),
        line=line,
        stdout=stdout,
        stderr=stderr,
        output_truncated=truncated and not redact,
        seconds=raw.seconds,
        exit_code=raw.returncode if raw.returncode is not None and raw.returncode >= 0 else None,
        signal=signal_name,
        notes=tuple(notes),
    )


def _summarize(results: list[CaseResult]) -> tuple[Verdict, str, int | None]:
    order = [
        (CaseStatus.MEMORY_LIMIT, Verdict.MEMORY_LIMIT),
        (CaseStatus.CRASHED, Verdict.CRASHED),
        (CaseStatus.ERROR, Verdict.ERROR),
        (CaseStatus.FAILED, Verdict.FAILED),
    ]
    passed = sum(r.passed for r in results)
    for status, verdict in order:
        bad = [r for r in results if r.status is status]
        if bad:
            first = bad[0]
            detail = f": {first.message}" if first.message else ""
            return (
                verdict,
                f"{len(bad)} test(s) {status.value.replace('_', ' ')}; first {first.name!r}{detail}",
                first.line,
            )
    return Verdict.PASSED, f"all {passed} tests passed", None


def _redact_message(verdict: Verdict, results: list[CaseResult]) -> str:
    passed = sum(r.passed for r in results)
    if verdict is Verdict.PASSED:
        return f"all {passed} hidden tests passed"
    failing = [r.name for r in results if not r.passed]
    names = ", ".join(failing[:5]) + (", …" if len(failing) > 5 else "")
    return f"hidden tests: {verdict.label}; not passed: {names}"


def _plain(
    test: CodeTest, entry_point: str, status: CaseStatus, message: str | None, redact: bool
) -> CaseResult:
    if redact:
        return CaseResult(name=test.name, status=status, hidden=True)
    return CaseResult(
        name=test.name,
        status=status,
        call=format_call(entry_point, test),
        expected=format_expected(test),
        message=message,
    )


def _case(
    test: CodeTest, entry_point: str, outcome: dict[str, Any], default_tol: float, redact: bool
) -> CaseResult:
    status_word = outcome.get("status")
    seconds = outcome.get("seconds") if isinstance(outcome.get("seconds"), int | float) else None
    got: str | None = None
    message: str | None = None
    error_type: str | None = None
    line: int | None = None
    if status_word == "returned":
        value = outcome.get("value")
        got = format_value(value)
        if test.raises is not None:
            status, message = CaseStatus.FAILED, f"expected {test.raises} to be raised, but it returned {got}"
        else:
            tol = default_tol if test.abs_tol is None else test.abs_tol
            wanted = list(test.one_of) if test.one_of is not None else [test.expected]
            ok = any(values_match(w, value, tol) for w in wanted)
            status = CaseStatus.PASSED if ok else CaseStatus.FAILED
            if not ok:
                message = f"expected {format_expected(test)}, got {got}"
    elif status_word == "raised":
        error_type = str(outcome.get("type"))
        line = outcome.get("line") if isinstance(outcome.get("line"), int) else None
        got = f"{error_type}: {outcome.get('message')}"
        if test.raises is not None and test.raises in outcome.get("mro", []):
            status = CaseStatus.PASSED
        else:
            status = CaseStatus.ERROR
            where = f" on line {line}" if line else ""
            message = f"{got}{where}"
            if test.raises is not None:
                message = f"expected {test.raises}, but got {message}"
    elif status_word == "memory":
        status, error_type, message = CaseStatus.MEMORY_LIMIT, "MemoryError", "ran out of memory"
    elif status_word == "exit":
        status, error_type = CaseStatus.CRASHED, "SystemExit"
        message = f"the code called sys.exit({outcome.get('code')})"
    elif status_word == "bad_value":
        status, message = CaseStatus.FAILED, str(outcome.get("message"))
    else:
        status, message = CaseStatus.CRASHED, f"unexpected result from the harness: {status_word!r}"
    if redact:
        return CaseResult(name=test.name, status=status, hidden=True, error_type=error_type)
    return CaseResult(
        name=test.name,
        status=status,
        call=format_call(entry_point, test),
        expected=format_expected(test),
        got=got,
        message=message,
        error_type=error_type,
        line=line,
        seconds=seconds,
    )
