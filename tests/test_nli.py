"""The contradiction model's machinery (grading/nli.py): trained over the embedder's own layers,
stored int8, loaded only where it applies, and asked by the grader only where no wrong version
is written out. None ships (data/contradiction/README.md); these tests train small ones."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from interviewer.bank.schema import Point, adhoc_question
from interviewer.grading import nli, nli_train
from interviewer.grading.calibration import load_calibration
from interviewer.grading.grader import Grader
from interviewer.grading.result import Status

REFERENCE = "Earth materials settle out of the water during deposition."
WRONG = "During deposition the earth materials get carried away by the water."
RIGHT = "In deposition, the materials drop out of the water and settle."


@pytest.fixture(scope="module")
def taught(embedder: object) -> nli.ContradictionModel:
    """A model taught one contradiction and one agreement (a few seconds)."""
    base, tokenizer, _, lock = embedder.shared_encoder()  # type: ignore[attr-defined]
    pairs = [(REFERENCE, WRONG)] * 8 + [(REFERENCE, RIGHT)] * 8
    labels = [nli.CONTRADICTS] * 8 + [nli.AGREES] * 8
    head = nli.train_head(base, nli.bottom_states(base, tokenizer, pairs), labels, epochs=8, lr=5e-4)
    return nli.ContradictionModel(base, tokenizer, head, {}, lock)


def test_a_taught_model_tells_the_two_apart(taught: nli.ContradictionModel) -> None:
    probs = taught.probabilities([(REFERENCE, WRONG), (REFERENCE, RIGHT)])
    assert probs.shape == (2, 3) and np.allclose(probs.sum(axis=1), 1, atol=1e-4)
    assert probs[0].argmax() == nli.CONTRADICTS and probs[1].argmax() == nli.AGREES


def test_the_grader_asks_it_where_nothing_else_judges_truth(
    embedder: object, taught: nli.ContradictionModel
) -> None:
    grader = Grader(embedder, load_calibration(), contradiction=taught)  # type: ignore[arg-type]
    question = adhoc_question(REFERENCE)
    wrong = grader.grade(question, WRONG)
    assert wrong.points[0].status is Status.CONTRADICTED
    assert wrong.points[0].contradiction_kind == "model"
    assert wrong.points[0].evidence == WRONG
    right = grader.grade(question, RIGHT)
    assert right.points[0].status is not Status.CONTRADICTED
    # Without a model, the rules alone: this wrong answer, in other words, is not seen.
    alone = Grader(embedder, load_calibration()).grade(question, WRONG)  # type: ignore[arg-type]
    assert alone.points[0].status is not Status.CONTRADICTED


def test_where_a_wrong_version_is_written_the_rules_judge_alone(
    embedder: object, taught: nli.ContradictionModel
) -> None:
    question = adhoc_question(REFERENCE)
    point = Point(
        id="p1", text=REFERENCE, wrong=("Earth materials dissolve into the water during deposition.",)
    )
    written = question.model_copy(update={"points": (point,)})
    grade = Grader(embedder, load_calibration(), contradiction=taught).grade(written, WRONG)  # type: ignore[arg-type]
    assert all(p.contradiction_kind != "model" for p in grade.points)


def test_int8_storage_keeps_the_probabilities(
    embedder: object, taught: nli.ContradictionModel, tmp_path: Path
) -> None:
    path = tmp_path / "head.safetensors"
    nli.save_head(taught.head, path, {"base_model": "bundled:all-MiniLM-L6-v2", "seed": 0})
    assert path.stat().st_size < 10_000_000
    loaded = nli.load_contradiction_model(embedder, path)
    assert loaded is not None and loaded.meta["seed"] == 0
    pairs = [(REFERENCE, WRONG), (REFERENCE, RIGHT), (REFERENCE, "Rivers carry sand.")]
    assert np.abs(loaded.probabilities(pairs) - taught.probabilities(pairs)).max() < 0.02


def test_it_applies_only_over_the_model_it_was_trained_on(
    embedder: object, taught: nli.ContradictionModel, tmp_path: Path
) -> None:
    good = tmp_path / "good.safetensors"
    nli.save_head(taught.head, good, {"base_model": "bundled:all-MiniLM-L6-v2"})
    assert nli.load_contradiction_model(embedder, good) is not None

    class PlainEmbedder:  # an embedder that shares no layers (another model, plain encode)
        model_id = "bundled:all-MiniLM-L6-v2"

    assert nli.load_contradiction_model(PlainEmbedder(), good) is None
    other = tmp_path / "other.safetensors"
    nli.save_head(taught.head, other, {"base_model": "path:/some/other/model"})
    assert nli.load_contradiction_model(embedder, other) is None
    broken = tmp_path / "broken.safetensors"
    broken.write_bytes(b"not a safetensors file")
    assert nli.load_contradiction_model(embedder, broken) is None
    assert nli.load_contradiction_model(embedder, tmp_path / "missing.safetensors") is None


def test_bank_pairs_are_the_recipe(builtin_bank: object) -> None:
    questions = builtin_bank.questions  # type: ignore[attr-defined]
    pairs = nli_train.bank_pairs(questions)
    sources = {p.source for p in pairs}
    assert {
        "wrong",
        "swap",
        "direction",
        "itself",
        "model_answer",
        "example",
        "paraphrase",
        "other",
    } <= sources
    assert sum(p.source == "other" for p in pairs) == nli_train.OTHER_POINT_PAIRS
    assert all(p.label == nli.CONTRADICTS for p in pairs if p.source in ("wrong", "swap", "direction"))
    agreeing = ("itself", "model_answer", "example", "paraphrase")
    assert all(p.label == nli.AGREES for p in pairs if p.source in agreeing)
    # Every point is paired with itself as agreeing: wrong versions are one-word edits of the
    # points, and without these a model learns that a sentence near a point's words is wrong.
    points = {p.text for q in questions for p in q.points}
    assert {p.reference for p in pairs if p.source == "itself"} == points
    # Drawn with the seed: the same pairs every time.
    assert pairs == nli_train.bank_pairs(questions)


def test_the_paraphrases_name_real_points(builtin_bank: object) -> None:
    ids = {(q.id, p.id) for q in builtin_bank.questions for p in q.points}  # type: ignore[attr-defined]
    rows = [json.loads(line) for line in nli_train.paraphrases_path().read_text().splitlines() if line]
    assert len(rows) > 1000
    assert {(r["question_id"], r["point"]) for r in rows} <= ids


def test_training_needs_a_label_on_every_answer(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from interviewer.cli import main

    unlabelled = tmp_path / "answers.jsonl"
    row = {
        "question_id": "q",
        "question": "Q?",
        "reference_answer": "R.",
        "answer": "A.",
        "score": 1,
        "max_score": 1,
    }
    unlabelled.write_text(json.dumps(row) + "\n")
    out = tmp_path / "model.safetensors"
    result = CliRunner().invoke(
        main, ["train", "contradiction", "--semeval", str(unlabelled), "--out", str(out)]
    )
    assert result.exit_code != 0 and "1 of 1 answers have no label" in result.output
    assert not out.exists()
