"""Every question id in the seed outlines' mapping tables exists in the banks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from interviewer.bank.loader import QuestionBank

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.md"))


def test_there_is_an_outline_per_seed_document() -> None:
    assert len(SEEDS) == 2


@pytest.mark.parametrize("outline", SEEDS, ids=lambda p: p.name)
def test_every_mapped_id_exists(outline: Path, builtin_bank: QuestionBank) -> None:
    rows = [line for line in outline.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    ids = [i for row in rows for i in re.findall(r"`([a-z0-9_.\-]+)`", row) if "." in i]
    assert len(ids) >= 15
    missing = sorted({i for i in ids if i not in builtin_bank})
    assert not missing, f"{outline.name} maps to ids not in any bank: {missing}"


def test_every_numbered_question_of_seed_000_is_mapped() -> None:
    outline = next(p for p in SEEDS if p.name.startswith("000"))
    numbers = re.findall(r"^\| (\d+) \|", outline.read_text(encoding="utf-8"), flags=re.M)
    assert [int(n) for n in numbers] == list(range(1, 26))
