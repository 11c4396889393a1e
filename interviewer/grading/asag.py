"""Agreement with human graders on short-answer data sets (ASAG), and fitting the calibration.

The input is JSON Lines, one graded answer per line::

    {"question_id": "1.1", "answer_id": "1.1.0", "question": "...", "reference_answer": "...",
     "answer": "...", "score": 3.5, "max_score": 5.0}

Each answer is graded by the app's own grader, the reference answer split into points (one per
sentence). What the calibration can change (the credit curve and the map to the human scale) is
refitted from each grade's per-point similarity and lexical recall, so fitting and
cross-validation never re-encode anything.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from interviewer.bank.schema import Question, adhoc_question
from interviewer.grading.calibration import Calibration
from interviewer.grading.grader import Grader, point_credit
from interviewer.grading.result import Grade

REQUIRED = ("question_id", "question", "reference_answer", "answer", "score", "max_score")


class AsagError(ValueError):
    pass


@dataclass(frozen=True)
class AsagItem:
    question_id: str
    answer_id: str
    question: str
    reference_answer: str
    answer: str
    score: float
    max_score: float

    @property
    def fraction(self) -> float:
        return self.score / self.max_score


def load_asag(path: Path) -> list[AsagItem]:
    """Read a JSONL file; every bad line is reported as ``file:line: field: message``."""
    items: list[AsagItem] = []
    problems: list[str] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AsagError(f"{path}: cannot read: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{number}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            problems.append(f"{path}:{number}: expected a JSON object")
            continue
        missing = [key for key in REQUIRED if key not in row]
        if missing:
            problems.append(f"{path}:{number}: {', '.join(missing)}: required field is missing")
            continue
        try:
            score, max_score = float(row["score"]), float(row["max_score"])
        except (TypeError, ValueError):
            problems.append(f"{path}:{number}: score: must be numbers (score, max_score)")
            continue
        if not max_score > 0 or not 0 <= score <= max_score or math.isnan(score):
            problems.append(f"{path}:{number}: score: must lie in 0..max_score (max_score > 0)")
            continue
        items.append(
            AsagItem(
                question_id=str(row["question_id"]),
                answer_id=str(row.get("answer_id", f"line-{number}")),
                question=str(row["question"]),
                reference_answer=str(row["reference_answer"]),
                answer=str(row["answer"]),
                score=score,
                max_score=max_score,
            )
        )
    if problems:
        shown = "\n".join(problems[:20])
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise AsagError(f"{len(problems)} bad line(s):\n{shown}{more}")
    if not items:
        raise AsagError(f"{path}: no graded answers")
    return items


def grade_items(
    grader: Grader,
    items: Sequence[AsagItem],
    progress: Callable[[int, int], None] | None = None,
) -> list[Grade]:
    questions: dict[str, Question] = {}
    grades: list[Grade] = []
    for index, item in enumerate(items):
        question = questions.get(item.question_id)
        if question is None:
            question = adhoc_question(item.reference_answer, prompt=item.question)
            questions[item.question_id] = question
        grades.append(grader.grade(question, item.answer))
        if progress is not None:
            progress(index + 1, len(items))
    return grades


# ---------------------------------------------------------------------------- prediction


def predict_fraction(grades: Sequence[Grade], cal: Calibration) -> np.ndarray:
    """Each grade's score under ``cal``'s credit curve, mapped to a human grade fraction."""
    return np.clip(cal.human_intercept + cal.human_slope * score_under(grades, cal), 0.0, 1.0)


def score_under(grades: Sequence[Grade], cal: Calibration) -> np.ndarray:
    """The 0-100 score each grade would have under ``cal``'s credit curve."""
    out = np.empty(len(grades))
    for i, grade in enumerate(grades):
        total = sum(p.weight for p in grade.points) or 1.0
        earned = sum(p.weight * point_credit(p.similarity, p.lexical, cal) for p in grade.points)
        out[i] = 100.0 * earned / total * grade.penalty
    return out


def fit_calibration(grades: Sequence[Grade], targets: np.ndarray, base: Calibration) -> Calibration:
    """Fit the credit curve (least squares on the human fraction), then the linear map."""
    from scipy.optimize import minimize

    sims = [np.array([p.similarity for p in g.points]) for g in grades]
    lexs = [np.array([p.lexical for p in g.points]) for g in grades]
    weights = [np.array([p.weight for p in g.points]) for g in grades]
    penalties = np.array([g.penalty for g in grades])
    floor = base.floor

    def predictions(theta: np.ndarray) -> np.ndarray:
        a, b, c = theta
        low = 1 / (1 + np.exp(-(a * floor + c)))
        high = 1 / (1 + np.exp(-(a + b + c)))
        out = np.empty(len(grades))
        for i in range(len(grades)):
            z = 1 / (1 + np.exp(-(a * sims[i] + b * lexs[i] + c)))
            credit = np.clip((z - low) / max(high - low, 1e-6), 0, 1) * (sims[i] > floor)
            out[i] = (weights[i] * credit).sum() / weights[i].sum() * penalties[i]
        return out

    def loss(theta: np.ndarray) -> float:
        pred = predictions(theta)
        # Pearson-like objective: least squares after the best linear map.
        design = np.column_stack([np.ones_like(pred), pred])
        coef, *_ = np.linalg.lstsq(design, targets, rcond=None)
        return float(((design @ coef - targets) ** 2).sum())

    start = np.array([base.credit_similarity, base.credit_lexical, base.credit_bias])
    bounds = [(0.5, 20.0), (0.0, 10.0), (-10.0, 10.0)]
    result = minimize(loss, start, method="L-BFGS-B", bounds=bounds)
    a, b, c = (float(round(v, 4)) for v in result.x)
    fitted = replace(base, credit_similarity=a, credit_lexical=b, credit_bias=c)
    scores = score_under(grades, fitted)
    design = np.column_stack([np.ones_like(scores), scores])
    (intercept, slope), *_ = np.linalg.lstsq(design, targets, rcond=None)
    return replace(fitted, human_intercept=round(float(intercept), 5), human_slope=round(float(slope), 6))


# ---------------------------------------------------------------------------- metrics


@dataclass(frozen=True)
class Agreement:
    pearson: float
    spearman: float
    rmse: float  # on each answer's own scale (max_score)
    predicted: np.ndarray  # fraction of max_score per answer
    per_question: list[dict[str, object]]


def agreement(items: Sequence[AsagItem], predicted: np.ndarray) -> Agreement:
    from scipy.stats import pearsonr, spearmanr

    human = np.array([i.fraction for i in items])
    scale = np.array([i.max_score for i in items])
    pearson = float(pearsonr(predicted, human)[0])
    spearman = float(spearmanr(predicted, human)[0])
    rmse = float(np.sqrt(np.mean(((predicted - human) * scale) ** 2)))
    per_question: list[dict[str, object]] = []
    ids = np.array([i.question_id for i in items])
    for question_id in dict.fromkeys(ids):
        mask = ids == question_id
        h, p = human[mask], predicted[mask]
        r = float(pearsonr(p, h)[0]) if h.std() > 0 and p.std() > 0 else float("nan")
        per_question.append(
            {
                "question_id": str(question_id),
                "answers": int(mask.sum()),
                "pearson": round(r, 3) if not math.isnan(r) else None,
                "mae": round(float(np.mean(np.abs(p - h) * scale[mask])), 3),
                "question": next(i.question for i in items if i.question_id == question_id),
            }
        )
    per_question.sort(key=lambda q: -float(q["mae"]))  # type: ignore[arg-type]
    return Agreement(pearson, spearman, rmse, predicted, per_question)


def cross_validate(
    items: Sequence[AsagItem], grades: Sequence[Grade], base: Calibration, folds: int, seed: int = 0
) -> tuple[np.ndarray, list[Calibration]]:
    """Question-level K-fold: fit on the other questions' answers, predict this fold's."""
    ids = np.array([i.question_id for i in items])
    unique = np.array(sorted(set(ids)))
    if not 2 <= folds <= len(unique):
        raise AsagError(f"--cv must be between 2 and the number of questions ({len(unique)})")
    order = np.random.default_rng(seed).permutation(unique)
    targets = np.array([i.fraction for i in items])
    predicted = np.zeros(len(items))
    fitted: list[Calibration] = []
    for fold in np.array_split(order, folds):
        test = np.isin(ids, fold)
        train = np.flatnonzero(~test)
        cal = fit_calibration([grades[int(i)] for i in train], targets[train], base)
        fitted.append(cal)
        predicted[test] = predict_fraction([grades[int(i)] for i in np.flatnonzero(test)], cal)
    return predicted, fitted
