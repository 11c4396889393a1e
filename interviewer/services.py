"""Build the core pieces (banks, store, grader) from settings: shared by the CLI, app and tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from interviewer import paths
from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.config import Settings
from interviewer.grading.calibration import load_calibration
from interviewer.grading.embedder import load_embedder
from interviewer.grading.grader import EmbeddingCache, Grader
from interviewer.store.db import open_db
from interviewer.store.store import Store


def bank_folders() -> list[Path]:
    """The built-in banks, then the user's own banks folder."""
    return [paths.builtin_banks_dir(), paths.user_banks_dir()]


def load_question_bank(extra: Sequence[Path] = ()) -> QuestionBank:
    return load_banks([*bank_folders(), *extra])


def open_store(db_path: Path | None = None) -> Store:
    return Store(open_db(db_path))


def build_grader(settings: Settings, cache: EmbeddingCache | None = None) -> Grader:
    """Load the embedding model (slow: seconds) and the shipped calibration."""
    embedder = load_embedder(settings.model, settings.precision)
    return Grader(embedder, load_calibration(), cache=cache)
