"""The command line: help everywhere, exit codes, JSON shapes, real grading and storage."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from interviewer import __version__
from interviewer.cli import main
from interviewer.store import Store, open_db

BIAS_ANSWER = (
    "Bias is the error from assumptions that are too simple, so the model underfits. "
    "Variance is how much the fitted model changes with the particular training sample, "
    "and high variance means overfitting. More capacity lowers bias and raises variance, "
    "so we choose the complexity with the lowest validation error."
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = [prefix]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found.extend(all_commands(command, (*prefix, name)))
        else:
            found.append((*prefix, name))
    return found


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"interviewer, version {__version__}"


@pytest.mark.parametrize("command", all_commands(main), ids=lambda c: " ".join(c) or "main")
def test_every_command_has_help(runner: CliRunner, command: tuple[str, ...]) -> None:
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output.splitlines()) > 3


def test_grade_by_question_prints_an_explained_grade(runner: CliRunner, interviewer_home: Path) -> None:
    result = runner.invoke(main, ["grade", "--question", "ml.bias_variance", "--answer", BIAS_ANSWER])
    assert result.exit_code == 0, result.output
    assert "Score " in result.output and "/100" in result.output
    assert "evidence: " in result.output and "missed: " in result.output
    # The answer and its grade were stored.
    store = Store(open_db(interviewer_home / "interviewer.db"))
    (session,) = store.sessions()
    (answer,) = store.answers(session.id)
    assert answer.text == BIAS_ANSWER and answer.grade is not None and answer.score is not None
    # The grade can be checked by hand: each point's earned share and weight, and their sum.
    grade = answer.grade
    parts = " + ".join(f"{p.credit:.0%}×{p.weight:g}" for p in grade.points)
    assert f"Score: points earned ({parts}) / {sum(p.weight for p in grade.points):g} = " in result.output
    shown = [float(x) / 100 for x in re.findall(r"(\d+)%×", result.output)]
    recomputed = 100 * sum(c * p.weight for c, p in zip(shown, grade.points, strict=True))
    assert abs(recomputed / sum(p.weight for p in grade.points) - grade.raw_score) < 1.0


def test_grade_json_shape(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["grade", "-q", "ml.bias_variance", "--answer", BIAS_ANSWER, "--json", "--no-save"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"score", "points", "flags"} <= data.keys()
    assert 0 <= data["score"] <= 100
    for point in data["points"]:
        assert {"id", "status", "similarity", "evidence"} <= point.keys()
        assert point["status"] in {"covered", "partial", "missed"}
        assert (point["evidence"] is None) == (point["status"] == "missed")
    assert data["answer_id"] is None


def test_grade_reads_stdin_and_files(runner: CliRunner, tmp_path: Path) -> None:
    from_stdin = runner.invoke(
        main, ["grade", "-q", "ml.bias_variance", "-", "--json", "--no-save"], input=BIAS_ANSWER
    )
    answer_file = tmp_path / "a.txt"
    answer_file.write_text(BIAS_ANSWER, encoding="utf-8")
    from_file = runner.invoke(
        main, ["grade", "-q", "ml.bias_variance", "-f", str(answer_file), "--json", "--no-save"]
    )
    assert from_stdin.exit_code == 0 and from_file.exit_code == 0
    assert json.loads(from_stdin.output)["score"] == json.loads(from_file.output)["score"]


def test_grade_against_an_adhoc_reference(runner: CliRunner) -> None:
    result = runner.invoke(
        main,
        [
            "grade",
            "--reference",
            "A prototype simulates parts of the final product. It exposes risks early.",
            "--answer",
            "It simulates portions of the desired product so risky parts show up early.",
            "--json",
            "--no-save",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [p["id"] for p in data["points"]] == ["p1", "p2"]
    assert data["points"][0]["status"] != "missed"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["grade", "-q", "no.such.question", "--answer", "x"], "no question with id 'no.such.question'"),
        (["grade", "-q", "ml.bias_varianse", "--answer", "x"], "Did you mean: ml.bias_variance"),
        (["grade", "--answer", "x"], "give either --question ID or --reference TEXT"),
        (["grade", "-q", "ml.bias_variance"], "give the answer once"),
        (["grade", "-q", "ml.bias_variance", "-a", "x", "-f", "-"], "give the answer once"),
        (["grade", "--reference", "  ", "--answer", "x"], "--reference is empty"),
        (["--model", "/nonexistent/model", "grade", "-q", "ml.bias_variance", "-a", "x"], "does not exist"),
    ],
)
def test_grade_errors_exit_non_zero_with_a_message(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_unknown_option_is_a_usage_error(runner: CliRunner) -> None:
    assert runner.invoke(main, ["grade", "--frobnicate"]).exit_code == 2


def test_bank_validate_ok_and_broken(runner: CliRunner, tmp_path: Path) -> None:
    ok = runner.invoke(main, ["bank", "validate"])
    assert ok.exit_code == 0, ok.output
    assert ok.output.startswith("ok: ")

    broken = tmp_path / "broken.yaml"
    broken.write_text("questions:\n  - id: x\n    stage: nowhere\n", encoding="utf-8")
    result = runner.invoke(main, ["bank", "validate", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:3: questions[0].stage: must be one of" in result.output

    missing = runner.invoke(main, ["bank", "validate", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 1 and "no such file" in missing.output


def test_bank_list_json_counts(runner: CliRunner, interviewer_home: Path) -> None:
    # A user bank is picked up from the user banks folder.
    user_banks = interviewer_home / "banks"
    user_banks.mkdir(parents=True)
    source = Path(__file__).parent / "test_bank_loader.py"
    from tests.test_bank_loader import VALID

    assert source.exists()
    (user_banks / "mine.yaml").write_text(VALID, encoding="utf-8")
    result = runner.invoke(main, ["bank", "list", "--json", "--ids"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total"] == sum(data["stages"].values()) == sum(data["topics"].values())
    assert data["topics"]["ml/testing"] == 1
    assert any(q["id"] == "t.one" for q in data["questions"])
    assert data["problems"] == []


def test_history_and_export(runner: CliRunner, interviewer_home: Path) -> None:
    empty = runner.invoke(main, ["history"])
    assert empty.exit_code == 0 and "No sessions yet" in empty.output
    graded = runner.invoke(main, ["grade", "-q", "ml.bias_variance", "--answer", BIAS_ANSWER, "--json"])
    assert graded.exit_code == 0
    rows = json.loads(runner.invoke(main, ["history", "--json"]).output)
    assert len(rows) == 1 and rows[0]["questions"] == 1 and rows[0]["kind"] == "cli"
    session = rows[0]["id"]
    markdown = runner.invoke(main, ["export", str(session), "--format", "md"])
    assert markdown.exit_code == 0 and "# Interview report" in markdown.output
    assert BIAS_ANSWER[:40] in markdown.output
    data = json.loads(runner.invoke(main, ["export", str(session), "--format", "json"]).output)
    assert data["session"]["id"] == session and data["answers"][0]["answer"] == BIAS_ANSWER
    out = interviewer_home / "report.md"
    written = runner.invoke(main, ["export", str(session), "-o", str(out)])
    assert written.exit_code == 0 and out.read_text() == markdown.output
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    missing = runner.invoke(main, ["export", "999"])
    assert missing.exit_code == 1 and "no session with id 999" in missing.output
