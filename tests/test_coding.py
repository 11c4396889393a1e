"""Coding questions: reference solutions pass, wrong ones fail the right tests, hostile code is contained.

Everything runs real subprocesses through the sandbox; nothing here sleeps. Hostile programs get a
short time limit so that the whole file stays fast.
"""

from __future__ import annotations

import json
import os
import re
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.bank.schema import CodeTest, CodingSpec, Question, Stage
from interviewer.cli import main
from interviewer.coding.runner import (
    CaseStatus,
    RunLimits,
    RunResult,
    Verdict,
    format_value,
    run_question,
    run_tests,
    values_match,
)


def coding_questions(bank: QuestionBank) -> list[Question]:
    return [q for q in bank.questions if q.stage is Stage.CODING]


def question(bank: QuestionBank, question_id: str) -> Question:
    found = bank.get(question_id)
    assert found is not None and found.coding is not None, question_id
    return found


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# ---------------------------------------------------------------------------- the bank


def test_the_bank_has_the_seed_questions_and_enough_others(builtin_bank: QuestionBank) -> None:
    ids = {q.id for q in coding_questions(builtin_bank)}
    seed = {"code.gradient_descent", "code.binary_search", "code.longest_common_subsequence", "code.kmeans"}
    assert seed <= ids
    assert len(ids - seed) >= 8
    for q in coding_questions(builtin_bank):
        assert q.coding is not None
        assert q.topic.startswith("coding/")
        assert len(q.points) >= 3 and q.pitfalls
        assert q.coding.hidden, f"{q.id} has no hidden tests"
        assert f"def {q.coding.entry_point}(" in q.coding.stub


@pytest.mark.parametrize(
    "question_id",
    sorted(q.id for q in load_banks([Path(__file__).parent.parent / "banks"]).questions if q.coding),
)
def test_reference_solution_passes_every_test(builtin_bank: QuestionBank, question_id: str) -> None:
    q = question(builtin_bank, question_id)
    assert q.coding is not None
    result = run_question(q.coding, q.coding.reference_solution, hidden=True)
    failing = [c.to_dict() for c in result.cases if not c.passed]
    assert result.ok, (result.message, failing, result.stderr)
    assert result.total == len(q.coding.examples) + len(q.coding.hidden)
    # The stub runs too, and fails clearly rather than crashing the runner.
    stub = run_question(q.coding, q.coding.stub)
    assert stub.verdict is Verdict.ERROR and "NotImplementedError" in stub.message


# ---------------------------------------------------------------------------- wrong solutions


def failing_names(result: RunResult) -> set[str]:
    return {c.name for c in result.cases if not c.passed}


def test_binary_search_returning_the_last_duplicate_fails_only_the_duplicate_cases(
    builtin_bank: QuestionBank,
) -> None:
    q = question(builtin_bank, "code.binary_search")
    wrong = code(
        """
        def binary_search(items, target):
            found = -1
            for i, value in enumerate(items):
                if value == target:
                    found = i  # the last occurrence, not the first
            return found
        """
    )
    assert q.coding is not None
    result = run_question(q.coding, wrong, hidden=True)
    assert result.verdict is Verdict.FAILED
    assert failing_names(result) == {"first-of-duplicates", "all-equal", "negatives", "many-duplicates"}
    failed = next(c for c in result.cases if c.name == "first-of-duplicates")
    assert failed.status is CaseStatus.FAILED and failed.expected == "1" and failed.got == "4"
    assert failed.call == "binary_search([2, 4, 4, 4, 4, 8], 4)"


def test_naive_softmax_fails_exactly_the_overflow_and_underflow_cases(builtin_bank: QuestionBank) -> None:
    q = question(builtin_bank, "code.softmax_cross_entropy")
    naive = code(
        """
        import numpy as np

        def softmax_cross_entropy(logits, targets):
            e = np.exp(logits)
            probs = e / e.sum(axis=1, keepdims=True)
            loss = -np.log(probs[np.arange(len(targets)), targets]).mean()
            return probs.tolist(), float(loss)
        """
    )
    assert q.coding is not None
    result = run_question(q.coding, naive, hidden=True)
    assert result.verdict is Verdict.FAILED
    assert failing_names(result) == {"huge-logits", "very-negative", "vanishing-target", "mixed-scale"}


def test_attention_without_scaling_fails_where_the_scale_matters(builtin_bank: QuestionBank) -> None:
    q = question(builtin_bank, "code.attention")
    unscaled = code(
        """
        import numpy as np

        def attention(Q, K, V, mask=None):
            scores = Q @ K.T  # missing the 1 / sqrt(d)
            if mask is not None:
                scores = np.where(mask, scores, -np.inf)
            w = np.exp(scores - scores.max(axis=1, keepdims=True))
            return (w / w.sum(axis=1, keepdims=True)) @ V
        """
    )
    assert q.coding is not None
    result = run_question(q.coding, unscaled, hidden=True)
    # The unscaled version also divides by a zero sum on a fully masked row (NaN, not zeros).
    assert failing_names(result) == {
        "one-query",
        "causal-mask",
        "random-shapes",
        "scale-matters",
        "fully-masked-row",
    }


def test_auc_that_ignores_ties_fails_the_tie_cases(builtin_bank: QuestionBank) -> None:
    q = question(builtin_bank, "code.roc_auc")
    no_ties = code(
        """
        def roc_auc(labels, scores):
            pos = [s for s, y in zip(scores, labels) if y == 1]
            neg = [s for s, y in zip(scores, labels) if y == 0]
            if not pos or not neg:
                raise ValueError("one class only")
            return sum(p > n for p in pos for n in neg) / (len(pos) * len(neg))
        """
    )
    assert q.coding is not None
    result = run_question(q.coding, no_ties, hidden=True)
    # The tie cases fail; the large hidden test may too, as the all-pairs loop is quadratic.
    assert failing_names(result) - {"large-input"} == {
        "all-tied",
        "some-ties",
        "random-with-ties",
        "integer-scores",
    }


def test_wrong_exception_type_is_an_error_on_a_raises_test(builtin_bank: QuestionBank) -> None:
    q = question(builtin_bank, "code.roc_auc")
    assert q.coding is not None
    divides = code(
        """
        def roc_auc(labels, scores):
            pos = [s for s, y in zip(scores, labels) if y == 1]
            neg = [s for s, y in zip(scores, labels) if y == 0]
            return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))
        """
    )
    result = run_question(q.coding, divides)
    case = next(c for c in result.cases if c.name == "one-class")
    assert case.status is CaseStatus.ERROR and case.error_type == "ZeroDivisionError"
    assert case.message is not None and case.message.startswith("expected ValueError")
    assert result.verdict is Verdict.ERROR


# ---------------------------------------------------------------------------- hostile programs

FAST = RunLimits(time_limit_s=0.5, memory_mb=256)
ONE_TEST = [CodeTest(name="call", args=(3,), expected=3)]


def run_hostile(source: str, limits: RunLimits = FAST) -> tuple[RunResult, float]:
    started = time.monotonic()
    result = run_tests(code(source), "f", ONE_TEST, limits=limits)
    elapsed = time.monotonic() - started
    # Bounded: the wall-clock limit plus a little for start-up and clean-up, never a hang.
    assert elapsed < limits.wall_s + 2.0, elapsed
    return result, elapsed


def test_infinite_loop_times_out() -> None:
    result, elapsed = run_hostile(
        """
        def f(x):
            while True:
                pass
        """
    )
    assert result.verdict is Verdict.TIMEOUT
    assert result.cases[0].status is CaseStatus.TIMEOUT
    assert elapsed >= FAST.time_limit_s
    assert "did not finish within" in result.message and "'call'" in result.message


def test_infinite_loop_at_import_time_times_out() -> None:
    result, _ = run_hostile(
        """
        while True:
            pass

        def f(x):
            return x
        """
    )
    assert result.verdict is Verdict.TIMEOUT
    assert "loading" in result.message
    assert result.cases[0].status is CaseStatus.NOT_RUN


@pytest.mark.parametrize(
    "source",
    [
        "import os\n\ndef f(x):\n    while True:\n        os.fork()\n",
        "import multiprocessing as mp\n\ndef f(x):\n    while True:\n        mp.Process(target=f).start()\n",
        "import os\n\ndef f(x):\n    os.system('yes > /dev/null &')\n    return x\n",
    ],
    ids=["os.fork", "multiprocessing", "os.system"],
)
def test_fork_bomb_is_refused(source: str) -> None:
    result, _ = run_hostile(source)
    assert result.verdict is Verdict.ERROR
    assert result.cases[0].error_type == "PermissionError"
    assert "starting processes is not allowed" in (result.cases[0].message or "")


def test_thread_bomb_is_bounded() -> None:
    result, _ = run_hostile(
        """
        import threading

        def f(x):
            event = threading.Event()
            while True:
                threading.Thread(target=event.wait, daemon=True).start()
        """
    )
    # Stopped by the process limit or by the address-space limit on thread stacks.
    assert result.verdict in (Verdict.ERROR, Verdict.MEMORY_LIMIT), result.message
    assert result.cases[0].status in (CaseStatus.ERROR, CaseStatus.MEMORY_LIMIT)


@pytest.mark.parametrize(
    "body",
    [
        "return len([0] * (10**10))",
        "return len(bytearray(4 * 1024**3))",
        "import numpy as np\n    return float(np.ones((60_000, 60_000)).sum())",
        "blocks = []\n    while True:\n        blocks.append(bytearray(10**7))",
    ],
    ids=["list", "bytearray", "numpy", "gradual"],
)
def test_huge_allocation_hits_the_memory_limit(body: str) -> None:
    result, _ = run_hostile(f"def f(x):\n    {body}\n")
    assert result.verdict is Verdict.MEMORY_LIMIT, result.message
    assert result.cases[0].status is CaseStatus.MEMORY_LIMIT


def test_syntax_error_names_the_line() -> None:
    result, _ = run_hostile(
        """
        def f(x):
            y = (x +
            return y
        """
    )
    assert result.verdict is Verdict.SYNTAX_ERROR
    assert result.line in (2, 3)
    assert result.message.startswith("SyntaxError on line")
    assert result.cases[0].status is CaseStatus.NOT_RUN


def test_exception_gives_type_message_and_line() -> None:
    result, _ = run_hostile(
        """
        def helper(x):
            return x / 0

        def f(x):
            return helper(x)
        """
    )
    assert result.verdict is Verdict.ERROR
    case = result.cases[0]
    assert case.status is CaseStatus.ERROR and case.error_type == "ZeroDivisionError"
    assert case.line == 2 and result.line == 2
    assert "division by zero" in (case.message or "")


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("import sys\n\ndef f(x):\n    sys.exit(3)\n", "sys.exit(3)"),
        ("import sys\nsys.exit('bye')\n\ndef f(x):\n    return x\n", "sys.exit('bye') while loading"),
        ("import os\n\ndef f(x):\n    os._exit(0)\n", "os._exit"),
        ("import faulthandler\n\ndef f(x):\n    faulthandler._sigsegv()\n", "SIGSEGV"),
    ],
    ids=["sys.exit", "sys.exit-at-import", "os._exit", "segfault"],
)
def test_exits_and_crashes_are_reported_as_crashed(source: str, words: str) -> None:
    result, _ = run_hostile(source)
    assert result.verdict is Verdict.CRASHED
    assert words in result.message
    assert result.cases[0].status in (CaseStatus.CRASHED, CaseStatus.NOT_RUN)


def test_printing_megabytes_hits_the_output_limit_quickly() -> None:
    result, elapsed = run_hostile(
        """
        def f(x):
            while True:
                print("x" * 10_000)
        """
    )
    assert result.verdict is Verdict.OUTPUT_LIMIT
    assert result.cases[0].status is CaseStatus.OUTPUT_LIMIT
    assert result.output_truncated and 0 < len(result.stdout) <= 10_000
    assert elapsed < FAST.wall_s  # stopped by the cap, not by the clock


def test_printing_cannot_spoof_results() -> None:
    fake = json.dumps({"event": "case", "index": 0, "status": "returned", "value": 3})
    result, _ = run_hostile(
        f"""
        import sys

        def f(x):
            print({fake!r})
            print({fake!r}, file=sys.stderr)
            return 4
        """
    )
    assert result.verdict is Verdict.FAILED
    assert result.cases[0].got == "4"
    assert fake in result.stdout


def test_the_sandbox_has_no_secrets_a_fresh_folder_and_no_input() -> None:
    os.environ["INTERVIEWER_TEST_SECRET"] = "hunter2"
    try:
        result = run_tests(
            code(
                """
                import os

                def f(what):
                    if what == "env":
                        return sorted(os.environ)
                    if what == "files":
                        return sorted(os.listdir("."))
                    if what == "home":
                        return os.path.expanduser("~") == os.getcwd()
                    return input()
                """
            ),
            "f",
            [
                CodeTest(name="env", args=("env",), expected=None),
                CodeTest(name="files", args=("files",), expected=["_harness.py", "solution.py"]),
                CodeTest(name="home", args=("home",), expected=True),
                CodeTest(name="input", args=("input",), raises="EOFError"),
            ],
            limits=FAST,
        )
    finally:
        del os.environ["INTERVIEWER_TEST_SECRET"]
    env, files, home, stdin = result.cases
    names = json.loads(env.got.replace("'", '"')) if env.got else []
    assert "INTERVIEWER_TEST_SECRET" not in names and "INTERVIEWER_HOME" not in names
    assert set(names) <= {"PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "LC_CTYPE"} | {
        n for n in names if n.endswith("_NUM_THREADS")
    }
    assert files.passed and home.passed and stdin.passed


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("import os, signal\n    os.kill(os.getppid(), signal.SIGKILL)", "sending signals"),
        ("open('/tmp/interviewer-sandbox-escape.txt', 'w').write('x')", "writing outside"),
        ("import socket\n    socket.create_connection(('127.0.0.1', 9))", "network access"),
    ],
    ids=["kill-parent", "write-outside", "network"],
)
def test_guard_rails_refuse_signals_writes_and_network(body: str, words: str) -> None:
    result, _ = run_hostile(f"def f(x):\n    {body}\n")
    assert result.verdict is Verdict.ERROR
    assert words in (result.cases[0].message or "")
    assert not Path("/tmp/interviewer-sandbox-escape.txt").exists()


def test_a_timeout_keeps_the_results_of_earlier_cases() -> None:
    tests = [
        CodeTest(name="quick", args=(1,), expected=1),
        CodeTest(name="slow", args=(2,), expected=2),
        CodeTest(name="after", args=(3,), expected=3),
    ]
    source = "def f(x):\n    while x == 2:\n        pass\n    return x\n"
    result = run_tests(source, "f", tests, limits=FAST)
    assert [c.status for c in result.cases] == [CaseStatus.PASSED, CaseStatus.TIMEOUT, CaseStatus.NOT_RUN]
    assert result.verdict is Verdict.TIMEOUT and "'slow'" in result.message


def test_hidden_tests_reveal_neither_values_nor_output(builtin_bank: QuestionBank) -> None:
    q = question(builtin_bank, "code.binary_search")
    assert q.coding is not None
    snoop = code(
        """
        def binary_search(items, target):
            print("TARGET", target)
            raise ValueError(f"ARGS {items}")
        """
    )
    result = run_question(q.coding, snoop, hidden=True)
    text = json.dumps(result.to_dict())
    assert all(case.hidden for case in result.cases[len(q.coding.examples) :])
    for case in result.hidden:
        assert set(case.to_dict()) == {"name", "hidden", "status", "error_type"}
    for test in q.coding.hidden:
        items, target = test.args
        if items and test.args not in [t.args for t in q.coding.examples]:
            assert f"ARGS {items}" not in text
        assert f"TARGET {target}\\n" not in text or any(target == t.args[1] for t in q.coding.examples)
    assert "TARGET 7" in result.stdout  # the visible run's output is shown


def test_code_that_does_not_load_skips_the_hidden_run(builtin_bank: QuestionBank) -> None:
    q = question(builtin_bank, "code.binary_search")
    assert q.coding is not None
    result = run_question(q.coding, "def binary_search(items, target)\n    return -1\n", hidden=True)
    assert result.verdict is Verdict.SYNTAX_ERROR and result.line == 1
    assert result.total == len(q.coding.examples) + len(q.coding.hidden)
    assert all(c.status is CaseStatus.NOT_RUN for c in result.cases)
    assert len(result.hidden) == len(q.coding.hidden)


# ---------------------------------------------------------------------------- comparison


def test_values_match() -> None:
    assert values_match(0.1 + 0.2, 0.3, 1e-9)
    assert not values_match(0.31, 0.3, 1e-3)
    assert values_match([[1.0, 2.0]], [[1.0000001, 2.0]], 1e-6)
    assert not values_match([1, 2], [1, 2, 3], 1e-6)
    assert values_match(float("nan"), float("nan"), 0.0)
    assert not values_match(True, 1, 0.0) and not values_match(1, True, 0.0)
    assert values_match(3, 3.0, 0.0)
    assert values_match({"a": [1, 2]}, {"a": [1, 2]}, 0.0)
    assert not values_match(None, 0, 0.0) and values_match(None, None, 0.0)
    assert not values_match("a", ["a"], 0.0)
    assert format_value([0.1 + 0.2, 1e-12, 2.0, float("-inf")]) == "[0.3, 1e-12, 2.0, -inf]"
    assert format_value(list(range(1000)), limit=20).endswith("…")


def test_numpy_results_and_array_arguments() -> None:
    spec = CodingSpec(
        signature="def f(x):",
        entry_point="f",
        stub="def f(x):\n    ...",
        arrays=True,
        examples=(CodeTest(name="sum", args=([[1.0, 2.0], [3.0, 4.0]],), expected=[[3.0], [7.0]]),),
        reference_solution="def f(x):\n    return x.sum(axis=1, keepdims=True)",
    )
    result = run_question(spec, spec.reference_solution)
    assert result.ok, result.message


# ---------------------------------------------------------------------------- schema


BASE_QUESTION = {
    "id": "code.t",
    "stage": "coding",
    "topic": "coding/test",
    "difficulty": 1,
    "prompt": "Write f.",
    "why_asked": "Because.",
    "tip": "Do it.",
    "model_answer": "Like this.",
    "time_limit_s": 600,
    "points": [{"id": "p", "text": "A point."}],
}
BASE_CODING = {
    "signature": "def f(x: int) -> int:",
    "entry_point": "f",
    "stub": "def f(x: int) -> int:\n    ...",
    "examples": [{"name": "one", "args": [1], "expected": 1}],
    "reference_solution": "def f(x):\n    return x",
}


def test_coding_spec_required_for_coding_and_forbidden_otherwise() -> None:
    with pytest.raises(ValueError, match="needs a 'coding' spec"):
        Question.model_validate(BASE_QUESTION)
    Question.model_validate({**BASE_QUESTION, "coding": BASE_CODING})
    with pytest.raises(ValueError, match="only allowed on questions with stage 'coding'"):
        Question.model_validate({**BASE_QUESTION, "stage": "technical", "coding": BASE_CODING})


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"examples": [{"name": "a", "args": [1]}]}, "exactly one of expected, one_of or raises"),
        ({"examples": [{"name": "a", "args": [1], "expected": 1, "raises": "ValueError"}]}, "exactly one of"),
        (
            {"examples": [{"name": "a", "args": [1], "expected": 1}, {"name": "a", "expected": 2}]},
            "duplicate test",
        ),
        ({"signature": "def g(x):"}, "signature must define the entry point"),
        ({"reference_solution": "def f(x)\n    return x"}, "reference_solution is not valid Python"),
        ({"stub": "def other(x):\n    ..."}, "stub must define 'def f(...)'"),
        ({"examples": [{"name": "a", "args": [{1: 2}], "expected": 1}]}, "mapping keys must be strings"),
        ({"examples": []}, "at least 1 item"),
        ({"memory_mb": 1}, "greater than or equal"),
        ({"extra": 1}, "Extra inputs"),
    ],
)
def test_bad_coding_specs_are_rejected(change: dict[str, object], words: str) -> None:
    with pytest.raises(ValueError, match=re.escape(words)):
        CodingSpec.model_validate({**BASE_CODING, **change})


def test_loader_reports_a_bad_coding_spec_with_file_and_line(bank_dir: Path) -> None:
    import datetime

    import yaml

    broken = {
        **BASE_QUESTION,
        "coding": {
            **BASE_CODING,
            "examples": [{"name": "d", "args": [datetime.date(2024, 1, 2)], "expected": 1}],
        },
    }
    (bank_dir / "c.yaml").write_text(
        yaml.safe_dump({"questions": [broken]}, sort_keys=False), encoding="utf-8"
    )
    bank = load_banks([bank_dir])
    assert len(bank) == 0
    (problem,) = bank.problems
    assert problem.line > 1 and "date is not a JSON value" in problem.message
    assert problem.field.startswith("questions[0].coding.examples[0]")


def test_questions_with_coding_specs_stay_hashable(builtin_bank: QuestionBank) -> None:
    assert len({q for q in coding_questions(builtin_bank)}) == len(coding_questions(builtin_bank))


# ---------------------------------------------------------------------------- CLI


@pytest.fixture
def cli() -> CliRunner:
    return CliRunner()


def test_cli_passes_with_the_reference_solution(
    cli: CliRunner, builtin_bank: QuestionBank, tmp_path: Path
) -> None:
    q = question(builtin_bank, "code.edit_distance")
    assert q.coding is not None
    solution = tmp_path / "solution.py"
    solution.write_text(q.coding.reference_solution, encoding="utf-8")
    result = cli.invoke(main, ["run-code", "--question", q.id, "--file", str(solution), "--hidden"])
    assert result.exit_code == 0, result.output
    assert "kitten-sitting" in result.output and "edit_distance('kitten'" in result.output
    assert "hidden tests" in result.output and "all tests passed" in result.output


def test_cli_json_shape_and_exit_code_on_failure(cli: CliRunner, tmp_path: Path) -> None:
    solution = tmp_path / "solution.py"
    solution.write_text("def edit_distance(a, b):\n    return abs(len(a) - len(b))\n", encoding="utf-8")
    result = cli.invoke(
        main, ["run-code", "-q", "code.edit_distance", "-f", str(solution), "--json", "--hidden"]
    )
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["question_id"] == "code.edit_distance" and data["hidden"] is True
    assert data["verdict"] == "failed" and 0 < data["passed"] < data["total"]
    assert set(data) >= {"verdict", "message", "passed", "total", "cases", "stdout", "stderr", "seconds"}
    visible = [c for c in data["cases"] if not c["hidden"]]
    hidden = [c for c in data["cases"] if c["hidden"]]
    assert set(visible[0]) >= {"name", "status", "call", "expected", "got", "message"}
    assert hidden and all("call" not in c and "expected" not in c and "got" not in c for c in hidden)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["-q", "code.nope", "-f", "x.py"], "no question with id 'code.nope'"),
        (["-q", "code.binary_serch", "-f", "x.py"], "Did you mean: code.binary_search"),
        (["-q", "ml.bias_variance", "-f", "x.py"], "not a coding one"),
        (["-q", "code.binary_search", "-f", "missing.py"], "cannot read missing.py"),
        (["-q", "code.binary_search", "-f", "latin1.py"], "not UTF-8"),
        (["-q", "code.binary_search", "-f", "syntax.py"], "syntax error"),
    ],
)
def test_cli_errors_are_clear_and_exit_1(
    cli: CliRunner, args: list[str], words: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("x.py").write_text("def f():\n    pass\n", encoding="utf-8")
    Path("latin1.py").write_bytes("# caf\xe9\n".encode("latin-1"))
    Path("syntax.py").write_text("def binary_search(items, target)\n    return -1\n", encoding="utf-8")
    result = cli.invoke(main, ["run-code", *args])
    assert result.exit_code == 1, result.output
    assert words in result.output
