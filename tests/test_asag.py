"""The human-agreement benchmark, on a small graded set written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from interviewer.cli import main
from interviewer.grading.asag import (
    DEFAULT_LABEL_THRESHOLD,
    AsagError,
    AsagItem,
    choose_threshold,
    cross_validate,
    label_agreement,
    load_asag,
    question_folds,
)
from interviewer.grading.calibration import Calibration
from interviewer.grading.result import Grade, PointResult, Status

SAMPLE = Path(__file__).parent / "data" / "asag-sample.jsonl"
# What bench asag --json adds for a file whose every line has a label.
LABEL_KEYS = {
    "point_biserial_r",
    "macro_f1",
    "accuracy_3way",
    "contradictory_precision",
    "contradictory_recall",
    "contradictory_f1",
    "per_label",
    "confusion_matrix",
    "label_threshold",
    "label_rule",
    "predicted_labels",
}


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
    assert not (LABEL_KEYS | {"labels_skipped"}) & data.keys()  # no labels, no label figures


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
    assert "Macro-F1" not in result.output and "Labels" not in result.output


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


# ---------------------------------------------------------------------------- labels

LABELLED = [
    (
        "c1",
        "Why does the bulb light when the switch is closed?",
        "A closed switch completes the circuit, so current flows through the bulb.",
        [
            ("correct", "The closed switch makes a complete circuit and current goes through the bulb."),
            ("correct", "Closing the switch completes the path, so current can flow through the bulb."),
            ("contradictory", "A closed switch breaks the circuit, so no current flows through the bulb."),
            ("contradictory", "The switch being closed stops the current from flowing through the bulb."),
            ("incorrect", "Because the battery is new."),
            ("incorrect", "The bulb is made of glass."),
        ],
    ),
    (
        "c2",
        "What happens to water when it is heated to 100 degrees Celsius at sea level?",
        "The water boils and turns into water vapour.",
        [
            ("correct", "It boils and becomes water vapour."),
            ("correct", "The water starts boiling and changes into vapour, a gas."),
            ("contradictory", "The water freezes and turns into ice."),
            ("contradictory", "It does not boil and stays liquid."),
            ("incorrect", "It gets hot."),
            ("incorrect", "The pot might be made of metal."),
        ],
    ),
    (
        "c3",
        "Why do magnets stick to the fridge door?",
        "The fridge door contains iron, and iron is attracted to magnets.",
        [
            ("correct", "The door has iron in it and magnets attract iron."),
            ("correct", "Magnets are attracted to the iron in the door."),
            ("contradictory", "The door has no iron, magnets only stick to plastic."),
            ("contradictory", "Iron repels magnets, so they are pushed onto the door."),
            ("incorrect", "Because of glue."),
            ("incorrect", "The fridge is cold."),
        ],
    ),
]


def write_labelled(path: Path, bad_label: str | None = None) -> Path:
    rows = []
    for question_id, question, reference, answers in LABELLED:
        for k, (label, answer) in enumerate(answers):
            rows.append(
                {
                    "question_id": question_id,
                    "answer_id": f"{question_id}.{k}",
                    "question": question,
                    "reference_answer": reference,
                    "answer": answer,
                    "score": 1 if label == "correct" else 0,
                    "max_score": 1,
                    "label": label,
                }
            )
    if bad_label is not None:
        rows[3]["label"] = bad_label
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_labelled_file_reports_the_three_way_agreement(tmp_path: Path) -> None:
    path = write_labelled(tmp_path / "labelled.jsonl")
    result = CliRunner().invoke(main, ["bench", "asag", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert LABEL_KEYS <= data.keys()
    assert data["answers"] == 18 and data["label_threshold"] == 0.5 and "default 0.5" in data["label_rule"]
    for key in ("macro_f1", "accuracy_3way", "contradictory_precision", "contradictory_recall"):
        assert 0 <= data[key] <= 1
    assert data["point_biserial_r"] is None or -1 <= data["point_biserial_r"] <= 1
    confusion = data["confusion_matrix"]
    assert confusion["labels"] == ["correct", "contradictory", "incorrect"]
    assert [sum(row) for row in confusion["counts"]] == [6, 6, 6]  # rows: the human labels
    predicted = data["predicted_labels"]
    assert len(predicted) == 18 and set(predicted.values()) <= {"correct", "contradictory", "incorrect"}
    assert sum(confusion["counts"][k][1] for k in range(3)) == list(predicted.values()).count("contradictory")


def test_labelled_cross_validation_chooses_a_threshold_per_fold(tmp_path: Path) -> None:
    path = write_labelled(tmp_path / "labelled.jsonl")
    result = CliRunner().invoke(main, ["bench", "asag", str(path), "--cv", "3"])
    assert result.exit_code == 0, result.output
    for words in ("Point-biserial r", "Macro-F1 (3-way)", "Contradictory     precision", "Confusion (rows"):
        assert words in result.output
    chosen = re.search(
        r"chosen per fold on the training folds' questions \(max macro-F1\): ([\d., -]+)\)", result.output
    )
    assert chosen is not None and len(chosen.group(1).split(", ")) == 3
    # The matrix: a header of the three labels, then one row per human label.
    rows = result.output.split("Confusion (rows: human label, columns: predicted)\n")[1].splitlines()
    assert rows[0].split() == ["correct", "contradictory", "incorrect"]
    counts = [[int(n) for n in row.split()[1:]] for row in rows[1:4]]
    assert [row.split()[0] for row in rows[1:4]] == rows[0].split()
    assert [sum(row) for row in counts] == [6, 6, 6]


def test_a_bad_label_is_named_by_file_and_line(tmp_path: Path) -> None:
    path = write_labelled(tmp_path / "labelled.jsonl", bad_label="partially_correct")
    with pytest.raises(AsagError) as error:
        load_asag(path)
    assert f"{path}:4: label: must be one of correct, contradictory, incorrect" in str(error.value)
    result = CliRunner().invoke(main, ["bench", "asag", str(path)])
    assert result.exit_code == 1 and f"{path}:4: label: must be one of" in result.output


def _grade(contradicted: bool) -> Grade:
    status = Status.CONTRADICTED if contradicted else Status.COVERED
    return Grade("q", 0, (PointResult("p1", "A point.", 1.0, status, 0.5, 0.0),))


def _items(labels: list[str], questions: list[str]) -> list[AsagItem]:
    return [
        AsagItem(q, f"{q}.{k}", "Q?", "R.", "A.", float(label == "correct"), 1.0, label)
        for k, (label, q) in enumerate(zip(labels, questions, strict=True))
    ]


def test_label_agreement_by_hand() -> None:
    labels = ["correct", "correct", "incorrect", "incorrect", "contradictory", "contradictory"]
    items = _items(labels, ["a"] * 6)
    grades = [_grade(c) for c in (False, False, False, False, True, False)]
    fractions = np.array([0.9, 0.4, 0.2, 0.6, 0.8, 0.1])
    result = label_agreement(items, grades, fractions)
    # Predicted: correct, incorrect, incorrect, correct, contradictory, incorrect.
    assert result.predicted == ["correct", "incorrect", "incorrect", "correct", "contradictory", "incorrect"]
    assert result.confusion == [[1, 0, 1], [0, 1, 1], [1, 0, 1]]
    assert result.per_label["contradictory"] == {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "support": 2}
    f1_correct, f1_incorrect = 0.5, 2 * 1 / (2 * 1 + 2 + 1)
    assert result.macro_f1 == pytest.approx((f1_correct + 2 / 3 + f1_incorrect) / 3)
    assert result.accuracy == pytest.approx(3 / 6)
    assert result.thresholds == [DEFAULT_LABEL_THRESHOLD]
    is_correct = np.array([label == "correct" for label in labels], dtype=float)
    assert result.point_biserial == pytest.approx(np.corrcoef(fractions, is_correct)[0, 1])


def test_threshold_maximises_macro_f1_on_the_training_answers() -> None:
    truth = np.array([0, 0, 2, 2, 1])  # correct, correct, incorrect, incorrect, contradictory
    contradicted = np.array([False, False, False, False, True])
    fractions = np.array([0.7, 0.8, 0.3, 0.35, 0.1])
    threshold = choose_threshold(truth, contradicted, fractions)
    assert 0.35 < threshold <= 0.7
    assert threshold == pytest.approx((0.35 + 0.7) / 2)


def test_label_folds_are_the_cross_validation_folds() -> None:
    questions = [q for q in "abcdef" for _ in range(3)]
    items = _items(["correct", "incorrect", "contradictory"] * 6, questions)
    folds = question_folds(items, 3, seed=0)
    assert sum(mask.sum() for mask in folds) == len(items)
    for mask in folds:  # every question's answers in one fold
        held = {items[i].question_id for i in np.flatnonzero(mask)}
        assert all(mask[i] for i, item in enumerate(items) if item.question_id in held)
    # cross_validate holds out the same folds: the fold's prediction only needs its own grades.
    grades = [_grade(False) for _ in items]
    predicted, fitted = cross_validate(items, grades, Calibration(), 3, seed=0)
    assert len(fitted) == len(folds) == 3
    result = label_agreement(items, grades, predicted, folds, fitted)
    assert len(result.thresholds) == 3


def test_a_contradiction_model_that_is_not_there_or_not_one_is_named(tmp_path: Path) -> None:
    missing = CliRunner().invoke(
        main, ["bench", "asag", str(SAMPLE), "--contradiction-model", "nope.safetensors"]
    )
    assert missing.exit_code != 0 and "nope.safetensors: no such file" in missing.output
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"\x00" * 64)
    wrong = CliRunner().invoke(main, ["bench", "asag", str(SAMPLE), "--contradiction-model", str(bad)])
    assert (
        wrong.exit_code != 0 and "not a contradiction model trained for this embedding model" in wrong.output
    )
    assert "Traceback" not in wrong.output


def test_fold_models_need_labels_and_folds() -> None:
    result = CliRunner().invoke(main, ["bench", "asag", str(SAMPLE), "--contradiction-model", "fold"])
    assert result.exit_code != 0 and "needs --cv and a label on every line" in result.output
