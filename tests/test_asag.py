"""The human-agreement benchmark, on a small graded set written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from interviewer.cli import main
from interviewer.grading.asag import AsagError, load_asag

SAMPLE = Path(__file__).parent / "data" / "asag-sample.jsonl"


def test_shipped_calibration_agrees_with_the_written_grades() -> None:
    result = CliRunner().invoke(main, ["bench", "asag", str(SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["answers"] == 24 and data["questions"] == 3
    assert data["mode"].startswith("shipped calibration")
    assert data["pearson_r"] > 0.6 and data["spearman_rho"] > 0.6
    assert 0 < data["rmse"] < 2.5
    assert data["answers_per_s"] > 0 and data["run_time_s"] > 0
    assert len(data["worst_questions"]) == 3
    assert set(data["predictions"]) == {f"q{q}.{i}" for q in (1, 2, 3) for i in range(8)}
    assert all(0 <= p <= 5 for p in data["predictions"].values())


def test_cross_validation_fits_on_other_questions(tmp_path: Path) -> None:
    out = tmp_path / "fitted.json"
    result = CliRunner().invoke(
        main, ["bench", "asag", str(SAMPLE), "--cv", "3", "--json", "--fit-out", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["mode"].startswith("3-fold question-level")
    assert data["pearson_r"] > 0.4
    fitted = json.loads(out.read_text())
    assert fitted["credit_similarity"] > 0 and "human_slope" in fitted


def test_human_output_has_the_table() -> None:
    result = CliRunner().invoke(main, ["bench", "asag", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "Pearson r" in result.output and "RMSE" in result.output
    assert "Worst 10 questions" in result.output and "answers/s" in result.output


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", ":2: invalid JSON"),
        ('{"question_id": "x"}', ":2: question, reference_answer, answer, score, max_score: required"),
        (
            '{"question_id":"x","question":"q","reference_answer":"r","answer":"a","score":7,"max_score":5}',
            ":2: score: must lie in 0..max_score",
        ),
        ("[1]", ":2: expected a JSON object"),
    ],
)
def test_bad_lines_are_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(SAMPLE.read_text().splitlines()[0] + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(AsagError, match="bad line") as error:
        load_asag(path)
    assert f"{path}{message}" in str(error.value)
    result = CliRunner().invoke(main, ["bench", "asag", str(path)])
    assert result.exit_code == 1 and message in result.output


def test_too_many_folds_is_an_error() -> None:
    result = CliRunner().invoke(main, ["bench", "asag", str(SAMPLE), "--cv", "9"])
    assert result.exit_code == 1 and "--cv must be between 2 and" in result.output
