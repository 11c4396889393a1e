"""Build the core pieces (banks, store, grader) from settings: shared by the CLI, app and tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from interviewer import paths
from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.bank.schema import Question
from interviewer.config import Settings
from interviewer.grading.calibration import Calibration, load_calibration
from interviewer.grading.embedder import load_embedder
from interviewer.grading.grader import Grader
from interviewer.grading.overrides import learn_thresholds
from interviewer.store.db import open_db
from interviewer.store.store import Store


def bank_folders() -> list[Path]:
    """The built-in banks, then the user's own banks folder."""
    return [paths.builtin_banks_dir(), paths.user_banks_dir()]


def load_question_bank(extra: Sequence[Path] = ()) -> QuestionBank:
    return load_banks([*bank_folders(), *extra])


def open_store(db_path: Path | None = None) -> Store:
    return Store(open_db(db_path))


def user_calibration(store: Store | None) -> Calibration:
    """The shipped calibration, with thresholds shifted by the user's overrides."""
    shipped = load_calibration()
    return learn_thresholds(shipped, store.threshold_overrides()) if store else shipped


def build_grader(
    settings: Settings, store: Store | None = None, questions: Sequence[Question] = ()
) -> Grader:
    """Load the embedding model (slow: seconds); the store caches embeddings and has overrides.
    ``questions`` (the bank) let the grader tell an answer to another question."""
    embedder = load_embedder(settings.model, settings.precision)
    return Grader(embedder, user_calibration(store), cache=store, neighbours=questions)
