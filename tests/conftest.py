"""Shared fixtures: a private data folder per test, the real model loaded once per run."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import settings

from interviewer import paths
from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.config import Settings
from interviewer.grading.calibration import load_calibration
from interviewer.grading.embedder import SentenceTransformerEmbedder, load_embedder
from interviewer.grading.grader import Grader

# Property tests draw the same examples on every run, so CI fails on a change to the code, never
# on the day's draw. HYPOTHESIS_PROFILE=explore draws new ones when hunting for bugs.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def interviewer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own INTERVIEWER_HOME: no test touches the user's real data."""
    home = tmp_path / "home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    monkeypatch.delenv("INTERVIEWER_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def unfreeze_heap() -> Iterator[None]:
    """The app freezes its start-up heap (app.freeze_heap). In a test process many apps come and
    go: hand what a test's app froze back to the collector, so finished apps are freed."""
    yield
    gc.unfreeze()


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    """The real bundled model (all-MiniLM-L6-v2), loaded offline."""
    return load_embedder(Settings().model, Settings().precision)


@pytest.fixture(scope="session")
def grader(embedder: SentenceTransformerEmbedder, builtin_bank: QuestionBank) -> Grader:
    """The grader as the app builds it: with the bank, to tell an answer to another question."""
    return Grader(embedder, load_calibration(), neighbours=builtin_bank.questions)


@pytest.fixture(scope="session")
def builtin_bank() -> QuestionBank:
    bank = load_banks([paths.builtin_banks_dir()])
    assert not bank.problems, "\n".join(map(str, bank.problems))
    return bank


def load_samples() -> list[dict[str, str]]:
    samples: list[dict[str, str]] = []
    for path in sorted((paths.builtin_data_dir() / "samples").glob("*.yaml")):
        samples.extend(yaml.safe_load(path.read_text(encoding="utf-8"))["samples"])
    return samples


@pytest.fixture(scope="session")
def samples() -> dict[str, dict[str, str]]:
    """question id -> band (strong, partial, weak) -> answer."""
    by_question: dict[str, dict[str, str]] = {}
    for sample in load_samples():
        if sample["band"] not in ("strong", "partial", "weak"):
            continue  # the stories (several per question) are read by tests/test_stories.py
        by_question.setdefault(sample["question"], {})[sample["band"]] = sample["answer"]
    return by_question


@pytest.fixture
def bank_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "banks"
    folder.mkdir()
    yield folder
