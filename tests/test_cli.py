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
    # The grade can be checked by hand: each point's earned share and weight, and their sum
    # (a contradicted point shows what it takes away).
    grade = answer.grade
    line = next(x for x in result.output.splitlines() if x.startswith("Score: points earned ("))
    assert line.endswith(f") / {sum(p.weight for p in grade.points):g} = {grade.raw_score:.0f}")
    terms = re.findall(r"(^|[+−]) ?(\d+)%×([\d.]+)", line.split("(", 1)[1].split(")")[0])
    assert len(terms) == len(grade.points)
    shown = [(-1 if sign == "−" else 1) * float(share) / 100 * float(w) for sign, share, w in terms]
    recomputed = max(0.0, 100 * sum(shown) / sum(p.weight for p in grade.points))
    assert abs(recomputed - grade.raw_score) < 1.0


def test_an_option_question_says_which_options_count_as_every_view_does(runner: CliRunner) -> None:
    """The command line words its notes as the report and the feedback screen do (one source):
    options beyond the best ones are marked not counted, and an option asked wrong says what it
    costs."""
    from interviewer.grading.present import OPTION_ASKED_WRONG

    answer = (
        "I assume safety is mostly handled by a separate compliance team, so it won't really affect "
        "what I build, right? What would a great first six months look like in this role? How does "
        "the team choose what to work on? What's the hardest unsolved problem the team has right now? "
        "And what are the next steps from here?"
    )
    result = runner.invoke(main, ["grade", "-q", "phone.questions_for_us", "--answer", answer, "--no-save"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if "of weight" in line]
    wrong = [line for line in rows if "contradicted" in line]
    assert wrong and all(line.endswith(OPTION_ASKED_WRONG) for line in wrong), rows
    assert any(line.endswith("(an option not counted: the best ones make the score)") for line in rows), rows


def test_grade_json_shape(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["grade", "-q", "ml.bias_variance", "--answer", BIAS_ANSWER, "--json", "--no-save"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"score", "points", "flags"} <= data.keys()
    assert 0 <= data["score"] <= 100
    for point in data["points"]:
        assert {
            "id",
            "status",
            "similarity",
            "evidence",
            "contradiction",
            "contradiction_kind",
        } <= point.keys()
        assert point["status"] in {"covered", "partial", "missed", "contradicted"}
        assert (point["evidence"] is None) == (point["status"] == "missed")
    assert data["answer_id"] is None


SWAPPED = (
    "The error of a model splits into bias, variance and noise. High bias means the model overfits: it "
    "memorizes the training set and its predictions swing with every new sample. High variance means it "
    "underfits because its assumptions are too simple."
)
CORRECTED = (
    "Sorry, I had them the wrong way round. High bias is underfitting: assumptions too simple, so both "
    "training and validation error are high. High variance is overfitting: training error low, "
    "validation error much higher, because the fit depends on the particular sample."
)


def test_a_claim_corrected_in_a_follow_up_stands_with_what_was_said_first(
    runner: CliRunner, interviewer_home: Path
) -> None:
    alone = json.loads(
        runner.invoke(main, ["grade", "-q", "ml.bias_variance", "-a", SWAPPED, "--json", "--no-save"]).output
    )
    assert {"bias", "variance"} <= {p["id"] for p in alone["points"] if p["status"] == "contradicted"}
    asked = "You said high variance means it underfits. Are you sure?"
    args = ["grade", "-q", "ml.bias_variance", "-a", SWAPPED, "--follow-up", asked, CORRECTED]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "you first said: \u201cHigh variance means it underfits" in result.output
    assert "corrected when challenged" in result.output
    # Stored as the app stores a follow-up, with the correction in the grade.
    store = Store(open_db(interviewer_home / "interviewer.db"))
    ((session,),) = [store.sessions()]
    (answer,) = store.answers(session.id)
    assert answer.followups == [{"question": asked, "answer": CORRECTED}]
    assert answer.grade is not None
    fixed = {p.point_id: p for p in answer.grade.points if p.corrected_from}
    assert set(fixed) == {"bias", "variance"} and fixed["variance"].evidence.startswith("High variance is")
    refused = runner.invoke(main, ["grade", "--batch", __file__, "--follow-up", asked, CORRECTED])
    assert refused.exit_code != 0 and "drop --follow-up" in refused.output


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
    from tests.support import VALID

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


# ---------------------------------------------------------------------------- grade --batch


def _batch_file(tmp_path: Path) -> Path:
    lines = [
        json.dumps({"question_id": "ml.bias_variance", "answer": BIAS_ANSWER, "answer_id": "first"}),
        "{not json",
        json.dumps({"question_id": "ml.bias_variance", "answer": "Bias underfits.", "answer_id": 2}),
        json.dumps({"question_id": "no.such.question", "answer": "x", "answer_id": [3]}),
        "",  # blank lines are skipped, and keep their number
        json.dumps({"question_id": "ml.bias_variance", "answer": BIAS_ANSWER, "note": "ignored"}),
    ]
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _json_of(args: list[str]) -> dict[str, object]:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


def test_grade_batch_keeps_order_and_reports_bad_lines_in_place(
    tmp_path: Path, interviewer_home: Path
) -> None:
    path = _batch_file(tmp_path)
    result = CliRunner().invoke(main, ["grade", "--batch", str(path)])
    assert result.exit_code == 1, result.output + result.stderr
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [row["line"] for row in rows] == [1, 2, 3, 4, 6]
    good, bad_json, short, unknown, last = rows
    # Errors in place, as {"line", "error"} (with the answer_id when the line had one).
    assert set(bad_json) == {"line", "error"} and "invalid JSON" in bad_json["error"]
    assert unknown["answer_id"] == [3] and unknown["error"].startswith("question_id: no question with id")
    # Grades carry the fields of 'grade --json', the line and the echoed answer_id.
    single = _json_of(["grade", "-q", "ml.bias_variance", "--answer", BIAS_ANSWER, "--json", "--no-save"])
    for row in (good, short, last):
        assert set(single) | {"line"} == set(row)
        assert row["question_id"] == "ml.bias_variance" and 0 <= row["score"] <= 100
    assert (good["answer_id"], short["answer_id"], last["answer_id"]) == ("first", 2, None)
    assert {k: v for k, v in good.items() if k not in ("line", "answer_id")} == {
        k: v for k, v in single.items() if k != "answer_id"
    }
    # Each bad line is named on stderr as FILE:N: field: problem.
    assert f"{path}:2: invalid JSON" in result.stderr
    assert f"{path}:4: question_id: no question with id 'no.such.question'" in result.stderr
    assert "Traceback" not in result.stderr
    # Nothing was saved.
    assert (
        not (interviewer_home / "interviewer.db").exists()
        or not Store(open_db(interviewer_home / "interviewer.db")).sessions()
    )


def test_grade_batch_of_good_lines_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "good.jsonl"
    path.write_text(json.dumps({"question_id": "ml.bias_variance", "answer": BIAS_ANSWER}) + "\n")
    result = CliRunner().invoke(main, ["grade", "--batch", str(path)])
    assert result.exit_code == 0, result.stderr
    (row,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert row["line"] == 1 and row["answer_id"] is None and result.stderr == ""


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["--answer", "x"], "--answer"),
        (["--question", "ml.bias_variance"], "--question"),
        (["--reference", "Bias underfits."], "--reference"),
        (["-"], "'-'"),
    ],
)
def test_grade_batch_refuses_a_single_answer(
    runner: CliRunner, tmp_path: Path, extra: list[str], named: str
) -> None:
    path = _batch_file(tmp_path)
    result = runner.invoke(main, ["grade", "--batch", str(path), *extra])
    assert result.exit_code == 1
    assert "--batch reads the questions and answers from its file" in result.output
    assert named in result.output and "Traceback" not in result.output


def test_grade_help_mentions_batch(runner: CliRunner) -> None:
    result = runner.invoke(main, ["grade", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "--batch" in text and "Never saves to the database" in text


# ---------------------------------------------------------------------------- contradicted points


def test_a_contradicted_point_shows_what_was_said_and_the_reference() -> None:
    from interviewer.bank.schema import adhoc_question
    from interviewer.cli.grade import _print_grade
    from interviewer.grading.result import Grade, PointResult, Status

    question = adhoc_question("A switch that is open breaks the circuit. The bulb needs a closed path.")
    said = "The bulb stays lit because the switch is open."
    points = (
        PointResult(
            "p1",
            "A switch that is open breaks the circuit.",
            1.0,
            Status.CONTRADICTED,
            0.71,
            0.0,
            evidence=said,
            contradiction="An open switch keeps the circuit closed.",
            contradiction_kind="wrong",
        ),
        PointResult("p2", "The bulb needs a closed path.", 1.0, Status.COVERED, 0.8, 0.9, evidence=said),
        # The evidence is itself the wrong version: no "matches the wrong version" line.
        PointResult(
            "p3",
            "Bulbs glow.",
            1.0,
            Status.CONTRADICTED,
            0.6,
            0.0,
            evidence="Bulbs never glow.",
            contradiction="bulbs never glow",
            contradiction_kind="negation",
        ),
    )
    grade = Grade(question.id, 0, points, word_count=9, raw_score=0.0)

    @click.command()
    def show() -> None:
        _print_grade(question, grade, 1.0)

    plain = CliRunner().invoke(show).output
    assert "≠ contradicted" in plain
    assert f"you said: \u201c{said}\u201d" in plain
    assert "the reference says: A switch that is open breaks the circuit." in plain
    assert "that matches the wrong version: An open switch keeps the circuit closed." in plain
    assert plain.count("that matches the wrong version") == 1
    assert "the reference says: Bulbs glow." in plain
    assert "Score: points earned (− 100%×1 + 90%×1 − 100%×1) / 3 = 0 (never below 0)" in plain
    # In colour: red and bold.
    coloured = CliRunner().invoke(show, color=True).output
    assert click.style("≠ contradicted", fg="red", bold=True) in coloured


# The version is written with its first marked alternative ("collect more data"); the candidate
# said another ("regularize it"). Every view quotes the words that decided it.
REGULARIZE_UNDERFIT = (
    "Bias is the error from assumptions that are too simple, so the model underfits. Variance is the "
    "error from sensitivity to the particular training set, so the model overfits. A small gap between "
    "training and validation error with both high means bias; a big gap means variance. If the model "
    "overfits, regularize it or get more data, and if it underfits, regularize it even more."
)


def test_the_words_that_make_a_sentence_a_wrong_version_are_shown_in_every_view(
    runner: CliRunner, interviewer_home: Path
) -> None:
    from interviewer.grading.result import Grade
    from interviewer.screens.feedback import point_option

    printed = runner.invoke(main, ["grade", "-q", "ml.bias_variance", "-a", REGULARIZE_UNDERFIT])
    assert printed.exit_code == 0, printed.output
    assert "you said: \u201cand if it underfits, regularize it even more.\u201d" in printed.output
    assert "that matches the wrong version: If the model has high bias, collect more data." in printed.output
    assert "the words that make it wrong: \u201cregularize it\u201d" in printed.output

    as_json = json.loads(
        runner.invoke(main, ["grade", "-q", "ml.bias_variance", "-a", REGULARIZE_UNDERFIT, "--json"]).output
    )
    wrong = {p["id"]: p for p in as_json["points"] if p["status"] == "contradicted"}
    assert list(wrong) == ["bias-remedies"]
    assert wrong["bias-remedies"]["contradiction_words"] == "regularize it"
    # Points not decided by marked words carry no such field.
    assert all("contradiction_words" not in p for p in as_json["points"] if p["id"] != "bias-remedies")

    # Stored with the answer, and read back from the file.
    session = json.loads(runner.invoke(main, ["history", "--json"]).output)[0]["id"]
    markdown = runner.invoke(main, ["export", str(session), "--format", "md"]).output
    assert markdown.count("  - the words that make it wrong: \u201cregularize it\u201d") == 1
    exported = json.loads(runner.invoke(main, ["export", str(session), "--format", "json"]).output)
    back = Grade.from_dict(exported["answers"][0]["grade"])
    (point,) = back.contradicted
    assert point.contradiction_words == "regularize it"

    # The report's sum adds up to the score: the contradicted point takes its weight away.
    line = next(x for x in markdown.splitlines() if "points earned (" in x)
    assert "− 100%×1" in line and line.strip().strip("*").endswith(f"= {back.raw_score:.0f}")
    terms = re.findall(r"(^|[+−]) ?(\d+)%×([\d.]+)", line.split("(", 1)[1].split(")")[0])
    shown = [(-1 if sign == "−" else 1) * float(share) / 100 * float(w) for sign, share, w in terms]
    assert abs(100 * sum(shown) / sum(p.weight for p in back.points) - back.raw_score) < 1.0

    # The feedback panel: the line, and the words in bold inside what was said.
    option = str(point_option(point).prompt)
    assert "the words that make it wrong: “regularize it”" in option
    assert "[b]regularize it[/b] even more." in option
