"""Learning from the user's overrides: shift the status thresholds, within safe bounds.

Each override says "for this point, at this similarity, the status should be X". The covered
and partial thresholds are moved (at most ``MAX_SHIFT`` from the shipped values) to the place
that agrees with the most overrides, the nearest to the shipped value among equals; but once
the user has marked down a point the grader credited, that threshold only ever gets stricter. The
overrides themselves are kept in the database; these thresholds are derived from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from interviewer.grading.calibration import Calibration, shipped_calibration
from interviewer.grading.result import Grade, PointResult, Status
from interviewer.grading.scoring import HINT_CREDIT, final_score, raw_score

if TYPE_CHECKING:
    import numpy as np

MAX_SHIFT = 0.08
STEP = 0.005
MIN_GAP = 0.02  # partial stays at least this far below covered, and above the floor


@dataclass(frozen=True)
class Override:
    similarity: float
    status: Status


def learn_thresholds(base: Calibration, overrides: Sequence[Override]) -> Calibration:
    if not overrides:
        return base
    import numpy as np

    sims = np.array([o.similarity for o in overrides])
    covered = _best_threshold(sims, np.array([o.status is Status.COVERED for o in overrides]), base.covered)
    partial = _best_threshold(
        sims, np.array([o.status in (Status.COVERED, Status.PARTIAL) for o in overrides]), base.partial
    )
    # A point the user marked down from what the shipped threshold gave says the grader is too
    # lenient there: that threshold may then rise, never fall, whatever else was marked.
    made = (Status.COVERED, Status.PARTIAL)
    if any(o.similarity >= base.covered and o.status is not Status.COVERED for o in overrides):
        covered = max(covered, base.covered)
    if any(o.similarity >= base.partial and o.status not in made for o in overrides):
        partial = max(partial, base.partial)
    partial = min(partial, covered - MIN_GAP)
    partial = max(partial, base.floor + MIN_GAP)
    covered = round(covered, 4)
    return replace(
        base, covered=covered, partial=round(partial, 4), credit_shift=round(base.covered - covered, 4)
    )


def _best_threshold(sims: np.ndarray, above: np.ndarray, shipped: float) -> float:
    import numpy as np

    candidates = np.arange(shipped - MAX_SHIFT, shipped + MAX_SHIFT + STEP / 2, STEP)
    # An override exactly at a candidate counts on the side the user put it.
    candidates = np.unique(np.concatenate([candidates, sims[np.abs(sims - shipped) <= MAX_SHIFT]]))
    errors = [int(((sims >= t) != above).sum()) for t in candidates]
    least = min(errors)
    best = [t for t, e in zip(candidates, errors, strict=True) if e == least]
    return float(min(best, key=lambda t: abs(t - shipped)))


OVERRIDE_CREDIT = {Status.COVERED: 1.0, Status.PARTIAL: 0.5, Status.MISSED: 0.0, Status.CONTRADICTED: 0.0}


def apply_overrides(grade: Grade, overrides: dict[str, Status]) -> Grade:
    """The grade as the user judged it: overruled points take the user's status and credit."""
    if not overrides:
        return grade
    points: list[PointResult] = []
    for point in grade.points:
        status = overrides.get(point.point_id)
        if status is None:
            points.append(point)
        else:
            credit = OVERRIDE_CREDIT[status]
            if point.hinted:  # a hint's cost stands, whatever the status
                credit = min(credit, HINT_CREDIT)
            points.append(replace(point, status=status, credit=credit, overridden=True))
    raw = raw_score(points, shipped_calibration(), grade.best_of)
    score = final_score(raw, grade.penalty, grade.tests)
    return replace(grade, points=tuple(points), score=score, raw_score=round(raw, 2))
