"""The script that runs inside the sandbox process; copied into the run's temporary folder.

It is standalone (standard library only, NumPy if present) and is never imported by the app.
Usage: ``python -I _harness.py RESULT_FD``. It reads one JSON payload from standard input (the
solution's path, the entry point, the calls to make and the limits), then:

1. applies the resource limits to itself (CPU, address space, processes, file size, open files),
   before any candidate code runs;
2. installs an audit hook that refuses to start processes, send signals, open sockets, or write
   outside the run's folder (guard rails against accidents, not a security boundary: the OS
   limits and the parent's wall-clock kill are what bound a run);
3. builds the generated test inputs (below), then compiles and loads the solution and calls the
   entry point once per case.

A test argument written ``{"$generate": EXPRESSION, "seed": N}`` is the value of that Python
expression, evaluated with ``rng = random.Random(N)``, ``math`` and ``json`` at hand: a large
input from one line of bank text, made before any candidate code runs.

Every event goes out as one JSON line on ``RESULT_FD``, a pipe only this script is told about,
so nothing the candidate prints can pass for a result. Return values are sent as JSON (tuples as
lists, NumPy arrays and scalars as lists and numbers); the parent compares them with the
expected values, which never enter this process.
"""

from __future__ import annotations

import json
import math
import os
import random
import resource
import sys
import time
import traceback
import types
from typing import Any

MAX_VALUE_CHARS = 200_000
MAX_MESSAGE_CHARS = 500
MAX_DEPTH = 100

SOLUTION_MODULE = "solution"

BLOCKED_EVENTS = {
    "os.fork": "starting processes",
    "os.forkpty": "starting processes",
    "os.system": "starting processes",
    "os.exec": "starting processes",
    "os.spawn": "starting processes",
    "os.posix_spawn": "starting processes",
    "subprocess.Popen": "starting processes",
    "os.kill": "sending signals",
    "os.killpg": "sending signals",
    "signal.pthread_kill": "sending signals",
    "socket.bind": "network access",
    "socket.connect": "network access",
    "socket.getaddrinfo": "network access",
    "socket.sendto": "network access",
    # ctypes reaches libc's fork() past the events above; NumPy, if wanted, is imported before.
    "ctypes.dlopen": "loading native code through ctypes",
    "ctypes.dlsym": "loading native code through ctypes",
    "ctypes.dlsym/handle": "loading native code through ctypes",
}
BLOCKED_IMPORTS = {"_posixsubprocess": "starting processes"}  # fork_exec() raises no event itself
# Events whose path arguments (by position) must stay inside the run's folder.
PATH_EVENTS = {
    "os.remove": (0,),
    "os.rmdir": (0,),
    "os.rename": (0, 1),
    "os.mkdir": (0,),
    "os.truncate": (0,),
    "os.chmod": (0,),
    "os.chown": (0,),
    "os.link": (0, 1),
    "os.symlink": (1,),
    "os.utime": (0,),
    "shutil.rmtree": (0,),
}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

_result_fd = -1


def emit(event: dict[str, Any]) -> None:
    try:
        data = (json.dumps(event) + "\n").encode("utf-8", "replace")
    except MemoryError:
        # Too little memory left to encode this event: say so in as few bytes as possible.
        index = event.get("index")
        data = (
            b'{"event": "case", "index": %d, "status": "memory"}\n' % index if isinstance(index, int) else b""
        )
    view = memoryview(data)
    while view:
        written = os.write(_result_fd, view)
        view = view[written:]


def clip(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------- limits and guards


def apply_limits(limits: dict[str, int]) -> list[str]:
    """Lower each limit (never above the current hard limit). Returns what could not be set."""
    names = {
        "cpu_s": "RLIMIT_CPU",
        "memory_bytes": "RLIMIT_AS",
        "processes": "RLIMIT_NPROC",
        "file_bytes": "RLIMIT_FSIZE",
        "open_files": "RLIMIT_NOFILE",
        "core_bytes": "RLIMIT_CORE",
    }
    failed: list[str] = []
    for key, name in names.items():
        if key not in limits or not hasattr(resource, name):
            continue
        which = getattr(resource, name)
        wanted = int(limits[key])
        try:
            _soft, hard = resource.getrlimit(which)
            value = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
            # CPU: SIGXCPU at the soft limit, SIGKILL one second later.
            new_hard = (
                value + 1 if key == "cpu_s" and (hard == resource.RLIM_INFINITY or value < hard) else value
            )
            resource.setrlimit(which, (value, new_hard))
        except (ValueError, OSError) as exc:
            failed.append(f"{name}: {exc}")
    return failed


def install_guards(sandbox: str) -> None:
    root = os.path.realpath(sandbox)

    def inside(path: Any) -> bool:
        if isinstance(path, int):
            return True  # a file descriptor: already open
        try:
            resolved = os.path.realpath(os.fsdecode(path))
        except (TypeError, ValueError):
            return False
        return resolved == root or resolved.startswith(root + os.sep)

    def hook(event: str, args: tuple[Any, ...]) -> None:
        what = BLOCKED_EVENTS.get(event)
        if what is not None:
            raise PermissionError(f"{what} is not allowed in the sandbox ({event})")
        if event == "import":
            blocked = BLOCKED_IMPORTS.get(str(args[0]) if args else "")
            if blocked is not None:
                raise PermissionError(f"{blocked} is not allowed in the sandbox (import {args[0]})")
            return
        if event == "open":
            path, mode, flags = (tuple(args) + (None, None, 0))[:3]
            writing = (
                any(c in mode for c in "wax+") if isinstance(mode, str) else bool((flags or 0) & WRITE_FLAGS)
            )
            if writing and path is not None and not inside(path):
                raise PermissionError(f"writing outside the sandbox folder is not allowed: {path!r}")
            return
        positions = PATH_EVENTS.get(event)
        if positions is not None:
            for index in positions:
                if index < len(args) and not inside(args[index]):
                    raise PermissionError(
                        f"changing files outside the sandbox folder is not allowed ({event})"
                    )

    sys.addaudithook(hook)


# ---------------------------------------------------------------------------- values


class Unsupported(Exception):
    pass


def to_json(value: Any, depth: int = 0) -> Any:
    """A JSON-compatible copy of a return value (NaN and infinities kept as floats)."""
    if depth > MAX_DEPTH:
        raise Unsupported("the return value is nested too deeply")
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, list | tuple):
        return [to_json(item, depth + 1) for item in value]
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise Unsupported(
                    f"a dict with a {type(key).__name__} key ({clip(repr(key), 60)}) is not comparable"
                )
            out[key] = to_json(item, depth + 1)
        return out
    module = type(value).__module__ or ""
    if module.split(".")[0] == "numpy" and hasattr(value, "tolist"):
        return to_json(value.tolist(), depth + 1)
    raise Unsupported(f"a {type(value).__name__} is not comparable; return a number, string, list or dict")


def to_arrays(value: Any) -> Any:
    if isinstance(value, list):
        import numpy

        return numpy.asarray(value)
    return value


def error_line(exc: BaseException, filename: str) -> int | None:
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == filename:
            line = frame.lineno
    return line


def describe(exc: BaseException, filename: str) -> dict[str, Any]:
    return {
        "type": type(exc).__name__,
        "message": clip(str(exc)),
        "line": error_line(exc, filename),
        "mro": [cls.__name__ for cls in type(exc).__mro__],
    }


# ---------------------------------------------------------------------------- the run


def load(path: str, entry_point: str) -> Any:
    """Compile and run the solution module; emit what went wrong and return None on failure."""
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    try:
        code = compile(source, path, "exec")
    except SyntaxError as exc:
        emit(
            {
                "event": "syntax_error",
                "type": type(exc).__name__,
                "message": clip(exc.msg or "invalid syntax"),
                "line": exc.lineno,
                "offset": exc.offset,
                "text": clip((exc.text or "").rstrip("\n"), 200),
            }
        )
        return None
    except (ValueError, MemoryError, RecursionError) as exc:  # e.g. null bytes, absurd nesting
        emit({"event": "syntax_error", "type": type(exc).__name__, "message": clip(str(exc)), "line": None})
        return None
    module = types.ModuleType(SOLUTION_MODULE)
    module.__file__ = path
    sys.modules[SOLUTION_MODULE] = module
    try:
        exec(code, module.__dict__)
    except SystemExit as exc:
        emit({"event": "load_exit", "code": clip(repr(exc.code), 100)})
        return None
    except MemoryError:
        emit(
            {
                "event": "load_error",
                "type": "MemoryError",
                "message": "out of memory",
                "line": None,
                "memory": True,
            }
        )
        return None
    except BaseException as exc:  # the candidate's module failed: report it, never crash the harness
        emit({"event": "load_error", **describe(exc, path)})
        return None
    function = module.__dict__.get(entry_point)
    if not callable(function):
        found = "nothing" if function is None else f"a {type(function).__name__}"
        emit(
            {
                "event": "load_error",
                "type": "NameError",
                "message": f"the code must define a function named {entry_point!r} (found {found})",
                "line": None,
            }
        )
        return None
    return function


def generate(case: dict[str, Any]) -> dict[str, Any]:
    """The case with its ``$generate`` arguments built (see the module's docstring), or with the
    exception that stopped them as ``error``."""

    def build(value: Any) -> Any:
        if isinstance(value, dict) and "$generate" in value:
            names = {"rng": random.Random(value.get("seed", 0)), "math": math, "json": json}
            return eval(value["$generate"], names)  # bank text, run here like the reference solution
        return value

    try:
        args = [build(a) for a in case.get("args", [])]
        return {"args": args, "kwargs": {k: build(v) for k, v in case.get("kwargs", {}).items()}}
    except Exception as exc:
        return {"error": exc}


def run_case(index: int, function: Any, case: dict[str, Any], arrays: bool, path: str) -> None:
    args = case.get("args", [])
    kwargs = case.get("kwargs", {})
    emit({"event": "start", "index": index})
    try:
        if "error" in case:
            raise case["error"]  # the input could not be generated
        if arrays:
            args = [to_arrays(a) for a in args]
            kwargs = {k: to_arrays(v) for k, v in kwargs.items()}
    except Exception as exc:  # a bank problem, reported as the test's error
        emit({"event": "case", "index": index, "status": "raised", **describe(exc, path)})
        return
    started = time.perf_counter()
    try:
        value = function(*args, **kwargs)
    except MemoryError:
        emit({"event": "case", "index": index, "status": "memory", "seconds": time.perf_counter() - started})
        return
    except SystemExit as exc:
        seconds = time.perf_counter() - started
        emit(
            {
                "event": "case",
                "index": index,
                "status": "exit",
                "code": clip(repr(exc.code), 100),
                "seconds": seconds,
            }
        )
        return
    except BaseException as exc:  # any exception from the candidate is a result, not a harness failure
        seconds = time.perf_counter() - started
        emit({"event": "case", "index": index, "status": "raised", "seconds": seconds, **describe(exc, path)})
        return
    seconds = time.perf_counter() - started
    try:
        data = to_json(value)
        text = json.dumps(data)
        if len(text) > MAX_VALUE_CHARS:
            raise Unsupported(f"the return value is too large to compare ({len(text):,} characters as JSON)")
    except Unsupported as exc:
        emit(
            {"event": "case", "index": index, "status": "bad_value", "message": str(exc), "seconds": seconds}
        )
        return
    except MemoryError:
        emit({"event": "case", "index": index, "status": "memory", "seconds": seconds})
        return
    emit({"event": "case", "index": index, "status": "returned", "value": data, "seconds": seconds})


def main() -> None:
    global _result_fd
    _result_fd = int(sys.argv[1])
    payload = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    # Nothing more comes on standard input: input() raises EOFError instead of waiting.
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)

    failed = apply_limits(payload["limits"])
    if payload.get("numpy"):
        try:
            import numpy  # noqa: F401  (under the limits, before the guards: it loads libraries)
        except ImportError:
            pass  # the candidate's own import will report it
    install_guards(payload["sandbox"])
    emit({"event": "started", "limits_not_applied": failed})

    path = payload["solution"]
    sys.argv = [path]
    cases = [generate(case) for case in payload["cases"]]  # before the candidate's code can change how
    function = load(path, payload["entry_point"])
    if function is not None:
        emit({"event": "ready"})
        for index, case in enumerate(cases):
            run_case(index, function, case, bool(payload.get("arrays")), path)
        emit({"event": "done"})
    # Skip atexit handlers and finalizers the candidate may have registered.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # the candidate closed or broke its own stream; its output is lost, the results are not
    os._exit(0)


if __name__ == "__main__":
    main()
