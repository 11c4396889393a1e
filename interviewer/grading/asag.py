"""Agreement with human graders on short-answer data sets (ASAG), and fitting the calibration.

The input is JSON Lines, one graded answer per line::

    {"question_id": "1.1", "answer_id": "1.1.0", "question": "...", "reference_answer": "...",
     "answer": "...", "score": 3.5, "max_score": 5.0}

A line may also carry a ``label`` (``correct``, ``contradictory`` or ``incorrect``, as in
SemEval-2013 Task 7); when every line does, the 3-way label agreement is measured too (see
``label_agreement``).

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
from interviewer.grading.grader import Grader
from interviewer.grading.result import Grade, Status
from interviewer.grading.scoring import earned_credit, raw_score

REQUIRED = ("question_id", "question", "reference_answer", "answer", "score", "max_score")
LABELS = ("correct", "contradictory", "incorrect")
# Without cross-validation, an answer with no contradicted point is labelled correct when its
# predicted fraction of the human scale reaches this.
DEFAULT_LABEL_THRESHOLD = 0.5


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
    label: str | None = None  # correct | contradictory | incorrect, when the file has labels

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
        label = row.get("label")
        if label is not None and label not in LABELS:
            problems.append(f"{path}:{number}: label: must be one of {', '.join(LABELS)} (got {label!r})")
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
                label=label,
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
    """The 0-100 score each grade would have under ``cal``'s credit curve (statuses kept)."""
    out = np.empty(len(grades))
    for i, grade in enumerate(grades):
        points = [
            replace(p, credit=earned_credit(p.status, p.similarity, p.lexical, cal)) for p in grade.points
        ]
        out[i] = raw_score(points, cal, grade.best_of) * grade.penalty
    return out


def fit_calibration(grades: Sequence[Grade], targets: np.ndarray, base: Calibration) -> Calibration:
    """Fit the credit curve (least squares on the human fraction), then the linear map."""
    from scipy.optimize import minimize

    sims = [np.array([p.similarity for p in g.points]) for g in grades]
    lexs = [np.array([p.lexical for p in g.points]) for g in grades]
    weights = [np.array([p.weight for p in g.points]) for g in grades]
    missed = [np.array([p.status is Status.MISSED for p in g.points]) for g in grades]
    wrong = [np.array([p.status is Status.CONTRADICTED for p in g.points]) for g in grades]
    penalties = np.array([g.penalty for g in grades])
    floor = base.floor

    def predictions(theta: np.ndarray) -> np.ndarray:
        # grader.earned_credit and grader.raw_score, vectorised over each grade's points.
        a, b, c = theta
        low = 1 / (1 + np.exp(-(a * floor + c)))
        high = 1 / (1 + np.exp(-(a + b + c)))
        out = np.empty(len(grades))
        for i in range(len(grades)):
            z = 1 / (1 + np.exp(-(a * sims[i] + b * lexs[i] + c)))
            credit = np.clip((z - low) / max(high - low, 1e-6), 0, 1) * (sims[i] > floor)
            credit = np.where(missed[i], np.minimum(credit, base.missed_credit), credit)
            credit = np.where(wrong[i], -base.contradiction_cost, credit)
            out[i] = max(0.0, (weights[i] * credit).sum() / weights[i].sum()) * penalties[i]
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


def question_folds(items: Sequence[AsagItem], folds: int, seed: int = 0) -> list[np.ndarray]:
    """Question-level K-fold split: for each fold, the mask of the items it holds out.

    Every answer to a question falls in the same fold; the questions are shuffled by ``seed``.
    """
    ids = np.array([i.question_id for i in items])
    unique = np.array(sorted(set(ids)))
    if not 2 <= folds <= len(unique):
        raise AsagError(f"--cv must be between 2 and the number of questions ({len(unique)})")
    order = np.random.default_rng(seed).permutation(unique)
    return [np.isin(ids, fold) for fold in np.array_split(order, folds)]


def cross_validate(
    items: Sequence[AsagItem], grades: Sequence[Grade], base: Calibration, folds: int, seed: int = 0
) -> tuple[np.ndarray, list[Calibration]]:
    """Question-level K-fold: fit on the other questions' answers, predict this fold's."""
    targets = np.array([i.fraction for i in items])
    predicted = np.zeros(len(items))
    fitted: list[Calibration] = []
    for test in question_folds(items, folds, seed):
        train = np.flatnonzero(~test)
        cal = fit_calibration([grades[int(i)] for i in train], targets[train], base)
        fitted.append(cal)
        predicted[test] = predict_fraction([grades[int(i)] for i in np.flatnonzero(test)], cal)
    return predicted, fitted


# ---------------------------------------------------------------------------- labels


@dataclass(frozen=True)
class LabelAgreement:
    point_biserial: float  # r of the predicted fraction and (label == correct); nan if undefined
    macro_f1: float  # mean F1 over the three labels
    accuracy: float
    per_label: dict[str, dict[str, float | int]]  # label -> precision, recall, f1, support
    confusion: list[list[int]]  # rows: human label, columns: predicted label, both in LABELS order
    predicted: list[str]
    thresholds: list[float]  # one per fold with --cv, else the default


def predict_labels(contradicted: np.ndarray, fractions: np.ndarray, threshold: float) -> np.ndarray:
    """``contradictory`` where a point is contradicted, else ``correct`` where the predicted
    fraction reaches ``threshold``, else ``incorrect`` (as indices into LABELS)."""
    correct, contradictory, incorrect = range(len(LABELS))
    return np.where(contradicted, contradictory, np.where(fractions >= threshold, correct, incorrect))


def _confusion(truth: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    n = len(LABELS)
    return np.bincount(truth * n + predicted, minlength=n * n).reshape(n, n)


def _f1s(confusion: np.ndarray) -> np.ndarray:
    tp = np.diag(confusion).astype(float)
    denominator = confusion.sum(axis=0) + confusion.sum(axis=1)  # 2tp + fp + fn
    return np.divide(2 * tp, denominator, out=np.zeros_like(tp), where=denominator > 0)


def _macro_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    confusion = _confusion(truth, predicted)
    present = (confusion.sum(axis=0) + confusion.sum(axis=1)) > 0
    return float(_f1s(confusion)[present].mean()) if present.any() else 0.0


def choose_threshold(truth: np.ndarray, contradicted: np.ndarray, fractions: np.ndarray) -> float:
    """The threshold on the predicted fraction that maximises 3-way macro-F1 on these answers.

    The candidates are the midpoints between consecutive distinct fractions (and a step past
    either end); among equally good ones, the middle one.
    """
    values = np.unique(fractions[~contradicted])
    if len(values) == 0:
        return DEFAULT_LABEL_THRESHOLD
    candidates = np.concatenate([[values[0] - 1e-6], (values[1:] + values[:-1]) / 2, [values[-1] + 1e-6]])
    scores = np.array([_macro_f1(truth, predict_labels(contradicted, fractions, t)) for t in candidates])
    best = np.flatnonzero(scores >= scores.max() - 1e-12)
    return float(candidates[best[len(best) // 2]])


def label_agreement(
    items: Sequence[AsagItem],
    grades: Sequence[Grade],
    predicted: np.ndarray,
    folds: Sequence[np.ndarray] | None = None,
    fitted: Sequence[Calibration] | None = None,
) -> LabelAgreement:
    """3-way agreement with the items' labels (every item must have one).

    Without ``folds`` the threshold is DEFAULT_LABEL_THRESHOLD. With them (the masks of
    ``question_folds``, and ``fitted`` the calibration fitted for each), each fold's threshold
    is chosen on the other folds' answers, scored by that fold's calibration, and applied to
    the held-out answers' ``predicted`` fractions.
    """
    from scipy.stats import pearsonr

    if any(item.label is None for item in items):
        raise AsagError("every answer needs a label for the label agreement")
    truth = np.array([LABELS.index(str(item.label)) for item in items])
    contradicted = np.array([bool(grade.contradicted) for grade in grades])
    if folds is None:
        thresholds = [DEFAULT_LABEL_THRESHOLD]
        labels = predict_labels(contradicted, predicted, DEFAULT_LABEL_THRESHOLD)
    else:
        assert fitted is not None and len(fitted) == len(folds), "one fitted calibration per fold"
        thresholds = []
        labels = np.zeros(len(items), dtype=int)
        for test, cal in zip(folds, fitted, strict=True):
            train = np.flatnonzero(~test)
            train_fractions = predict_fraction([grades[int(i)] for i in train], cal)
            threshold = choose_threshold(truth[train], contradicted[train], train_fractions)
            thresholds.append(round(threshold, 4))
            labels[test] = predict_labels(contradicted[test], predicted[test], threshold)
    confusion = _confusion(truth, labels)
    f1 = _f1s(confusion)
    per_label: dict[str, dict[str, float | int]] = {}
    for k, label in enumerate(LABELS):
        tp, said, real = int(confusion[k, k]), int(confusion[:, k].sum()), int(confusion[k].sum())
        per_label[label] = {
            "precision": tp / said if said else 0.0,
            "recall": tp / real if real else 0.0,
            "f1": float(f1[k]),
            "support": real,
        }
    is_correct = truth == LABELS.index("correct")
    if is_correct.all() or not is_correct.any() or np.ptp(predicted) == 0:
        r = float("nan")
    else:
        r = float(pearsonr(predicted, is_correct.astype(float))[0])
    return LabelAgreement(
        point_biserial=r,
        macro_f1=_macro_f1(truth, labels),
        accuracy=float((truth == labels).mean()),
        per_label=per_label,
        confusion=confusion.tolist(),
        predicted=[LABELS[int(k)] for k in labels],
        thresholds=thresholds,
    )
