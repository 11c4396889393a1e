"""Training data and training for the contradiction model (grading/nli.py).

Two sources, both read where they live:

- SemEval-2013 Task 7 train splits (``../shared/asag/semeval2013-train.jsonl``: the reference
  answer against the student's answer, labelled correct / contradictory / incorrect). Third-party
  data (CC BY-SA): read from its path, never copied into the project.
- Our banks: each point against its wrong versions (authored ``wrong`` statements, the point
  with a ``contrasts`` pair exchanged, its direction words turned round, a negated point's
  un-negated text) as contradictions; against its ``examples`` and the paraphrases in
  ``data/contradiction/paraphrases.jsonl`` (correct ways to say it, written for this) as
  agreeing; against other points of its question as neither. Without correct paraphrases in
  numbers, a model learns "near the point's words but not the point", which is also what a
  right answer in other words is.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from interviewer import paths
from interviewer.bank.schema import Question
from interviewer.config import DEFAULT_MODEL
from interviewer.grading import nli
from interviewer.grading.asag import AsagError, AsagItem, grade_items
from interviewer.grading.contradiction import word_stems, wrong_versions
from interviewer.grading.grader import Grader
from interviewer.grading.result import Grade
from interviewer.grading.segment import split_sentences

OTHER_POINT_PAIRS = 2000  # "neither" pairs from the banks, drawn with the seed
EPOCHS = 2
LEARNING_RATE = 4e-5
SEMEVAL_LABELS = {"correct": nli.AGREES, "contradictory": nli.CONTRADICTS, "incorrect": nli.NEITHER}


@dataclass(frozen=True)
class Pair:
    reference: str
    text: str
    label: int  # nli.AGREES | CONTRADICTS | NEITHER
    source: str  # semeval | wrong | swap | direction | negation | example | paraphrase | other


def paraphrases_path() -> Path:
    return paths.builtin_data_dir() / "contradiction" / "paraphrases.jsonl"


def semeval_pairs(items: Sequence[AsagItem]) -> list[Pair]:
    """Each answer against its reference, labelled; every answer needs a label."""
    unlabelled = sum(item.label not in SEMEVAL_LABELS for item in items)
    if unlabelled:
        raise AsagError(
            f"{unlabelled} of {len(items)} answers have no label (correct, contradictory or "
            "incorrect): a contradiction model learns from labelled answers"
        )
    return [
        Pair(item.reference_answer, item.answer, SEMEVAL_LABELS[str(item.label)], "semeval") for item in items
    ]


def bank_pairs(questions: Sequence[Question], seed: int = 0, paraphrases: Path | None = None) -> list[Pair]:
    extra: dict[tuple[str, str], list[str]] = {}
    source = paraphrases or paraphrases_path()
    if source.exists():
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                extra.setdefault((row["question_id"], row["point"]), []).append(row["text"])
    out: list[Pair] = []
    others: list[Pair] = []
    for question in questions:
        points = question.points
        for version in wrong_versions(question):
            out.append(Pair(points[version.point].text, version.text, nli.CONTRADICTS, version.kind))
        answer = [s.text for s in split_sentences(question.model_answer)]
        for k, point in enumerate(points):
            # The point itself, and the model answer's sentence that says it: a sentence in the
            # point's own words agrees with it (wrong versions one word away must not teach
            # "near the point's words" as "wrong").
            out.append(Pair(point.text, point.text, nli.AGREES, "itself"))
            said = _closest_in_words(point.text, answer)
            if said is not None:
                out.append(Pair(point.text, said, nli.AGREES, "model_answer"))
            out.extend(Pair(point.text, text, nli.AGREES, "example") for text in point.examples)
            out.extend(
                Pair(point.text, text, nli.AGREES, "paraphrase")
                for text in extra.get((question.id, point.id), [])
            )
            others.extend(
                Pair(point.text, other.text, nli.NEITHER, "other") for j, other in enumerate(points) if j != k
            )
    rng = np.random.default_rng(seed)
    if len(others) > OTHER_POINT_PAIRS:
        others = [others[int(i)] for i in sorted(rng.choice(len(others), OTHER_POINT_PAIRS, replace=False))]
    return out + others


def _closest_in_words(point: str, sentences: Sequence[str]) -> str | None:
    """The sentence sharing the most of the point's word stems (at least half of them)."""
    mine = word_stems(point)
    if not mine or not sentences:
        return None
    best = max(sentences, key=lambda s: len(mine & word_stems(s)))
    return best if len(mine & word_stems(best)) >= len(mine) / 2 else None


def load_training_encoder() -> tuple[object, object]:
    """The bundled MiniLM in float32 (training is the same on every CPU)."""
    from interviewer.grading.embedder import load_embedder

    embedder = load_embedder(DEFAULT_MODEL, "fp32")
    shared = embedder.shared_encoder()  # type: ignore[attr-defined]
    return shared[0], shared[1]


def train(
    base: object,
    tokenizer: object,
    pairs: Sequence[Pair],
    *,
    seed: int = 0,
    epochs: int = EPOCHS,
    progress: Callable[[str], None] | None = None,
) -> object:
    say = progress or (lambda _: None)
    started = time.perf_counter()
    states = nli.bottom_states(base, tokenizer, [(p.reference, p.text) for p in pairs])
    say(f"encoded {len(pairs)} pairs in {time.perf_counter() - started:.0f} s")

    def step(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            say(f"step {done}/{total} ({time.perf_counter() - started:.0f} s)")

    return nli.train_head(
        base, states, [p.label for p in pairs], seed=seed, epochs=epochs, lr=LEARNING_RATE, progress=step
    )


def training_meta(pairs: Sequence[Pair], seed: int, epochs: int, semeval: Path | None) -> dict[str, object]:
    counts: dict[str, int] = {}
    for pair in pairs:
        counts[pair.source] = counts.get(pair.source, 0) + 1
    return {
        "base_model": DEFAULT_MODEL,
        "frozen_layers": nli.FROZEN_LAYERS,
        "max_pair_tokens": nli.MAX_PAIR_TOKENS,
        "seed": seed,
        "epochs": epochs,
        "learning_rate": LEARNING_RATE,
        "pairs": counts,
        "semeval": semeval.name if semeval else None,
        "labels": list(nli.LABELS),
    }


def graded_with_fold_models(
    grader: Grader,
    items: Sequence[AsagItem],
    folds: Sequence[np.ndarray],
    extra: Sequence[Pair] = (),
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> list[Grade]:
    """Each fold's answers graded with a contradiction model trained without that fold.

    A model trained on the whole labelled file has seen every question, so its held-out folds
    would not be held out. For each fold a model is trained by the recipe of ``interviewer train
    contradiction``, on the other folds' answers and ``extra`` (the banks' pairs), and the
    fold's answers are graded with it. The pairs go through the shared layers once.
    """
    say = progress or (lambda _: None)
    shared = grader.embedder.shared_encoder()  # type: ignore[attr-defined]
    base, tokenizer = load_training_encoder()
    pairs = [*semeval_pairs(items), *extra]
    say(f"encoding {len(pairs)} training pairs")
    states = nli.bottom_states(base, tokenizer, [(p.reference, p.text) for p in pairs])
    grades: list[Grade | None] = [None] * len(items)
    saved = grader.contradiction_model
    try:
        for number, test in enumerate(folds, start=1):
            train_rows = [*np.flatnonzero(~test).tolist(), *range(len(items), len(pairs))]
            say(f"fold {number}/{len(folds)}: training on {len(train_rows)} pairs")
            head = nli.train_head(
                base,
                [states[i] for i in train_rows],
                [pairs[i].label for i in train_rows],
                seed=seed,
                epochs=EPOCHS,
                lr=LEARNING_RATE,
            )
            grader.contradiction_model = nli.ContradictionModel(shared[0], shared[1], head, {}, shared[3])
            held = np.flatnonzero(test).tolist()
            for i, grade in zip(held, grade_items(grader, [items[i] for i in held]), strict=True):
                grades[i] = grade
    finally:
        grader.contradiction_model = saved
    return [g for g in grades if g is not None]
