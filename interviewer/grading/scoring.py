"""The one scoring rule: what a point earns, and what the points add up to.

Every layer that turns points into a score calls these: the grader, the user's overrides, the
agreement benchmarks (and through them the calibration fit).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import replace

from interviewer.grading.calibration import Calibration
from interviewer.grading.result import Grade, PointResult, Status

__all__ = [
    "CODE_WEIGHT",
    "HINT_CREDIT",
    "counted",
    "earned_credit",
    "final_score",
    "point_credit",
    "raw_score",
    "weighed",
    "status_by_share",
    "with_hints",
]

# A point revealed by a hint earns at most this share of its weight, however well it is then made.
HINT_CREDIT = 0.5


def earned_credit(status: Status, similarity: float, lexical: float, cal: Calibration) -> float:
    """The share of a point's weight earned: the credit curve for a point made (covered or
    partial), at most ``missed_credit`` for one not made, nothing for one contradicted."""
    if status is Status.CONTRADICTED:
        return 0.0
    credit = point_credit(similarity, lexical, cal)
    return min(credit, cal.missed_credit) if status is Status.MISSED else credit


# A point marked covered has earned at least this share of its weight, a partial one less: the
# mark and the share shown beside it never disagree ("~ partial 86%" beside "✓ covered 77%").
# Only the mark follows the share; what a point earns is the credit curve's alone.
COVERED_SHARE = 0.7


def status_by_share(point: PointResult) -> PointResult:
    """The point marked by the share of its weight it earned, if it was made (covered or
    partial) and the user has not overruled the grader on it."""
    if point.overridden or point.status not in (Status.COVERED, Status.PARTIAL):
        return point
    status = Status.COVERED if point.credit >= COVERED_SHARE else Status.PARTIAL
    return point if status is point.status else replace(point, status=status)


def counted(points: Sequence[PointResult], best_of: int | None = None) -> list[PointResult]:
    """The points that make the score. All of them, unless the question's points are options
    (``best_of``: "any two good questions for us"): then the ``best_of`` best made ones, by the
    share of their weight earned (the heavier first among equals), and every contradicted one,
    whatever else was made. By share, not weighted credit: a heavy option half made must not
    push out a light one made in full."""
    if best_of is None:
        return list(points)
    ranked = sorted(
        (p for p in points if p.status is not Status.CONTRADICTED),
        key=lambda p: (-p.credit, -p.weight),
    )
    # One thing said is one option made: a single good question near two options ("What tooling
    # do engineers wish they had?" is about success and about how the team works) counts once,
    # and the next option counted is one made by something else, or not made. The user's own
    # marks stand as they are.
    kept: list[str] = []
    used: set[str] = set()
    for p in ranked:
        if len(kept) < best_of and (p.evidence is None or p.overridden or p.evidence not in used):
            kept.append(p.point_id)
            if p.evidence is not None:
                used.add(p.evidence)
    kept += [p.point_id for p in ranked if p.point_id not in kept][: best_of - len(kept)]
    return [p for p in points if p.point_id in kept or p.status is Status.CONTRADICTED]


def weighed(
    points: Sequence[PointResult], best_of: int | None = None
) -> tuple[list[tuple[PointResult, float]], float]:
    """Each point that makes the score (see :func:`counted`) with the weight it counts with, and
    the total weight the score is a share of. A point owed is in the total, made or not. An
    option of a ``best_of`` question is not owed: one asked wrong ("I assume safety is handled by
    a compliance team, so it won't affect my work?") is not in the total, and costs what one good
    option earns on average (the mean weight of the options counted), whatever its own weight.
    Tried as a hostile candidate: four good questions and that one scored 0, its weight 3 against
    the two best options' 3; one wrong question now undoes one good one."""
    points = counted(points, best_of)
    if best_of is None:
        return [(p, p.weight) for p in points], sum(p.weight for p in points) or 1.0
    options = [p for p in points if p.status is not Status.CONTRADICTED]
    total = sum(p.weight for p in options) or 1.0
    one = total / max(len(options), 1)
    return [(p, one if p.status is Status.CONTRADICTED else p.weight) for p in points], total


def raw_score(points: Sequence[PointResult], cal: Calibration, best_of: int | None = None) -> float:
    """The score before the gaming flags, 0-100: the weighted share of credit earned by the
    points that count (see :func:`weighed`), less ``contradiction_cost`` times the weight of
    every contradicted point. The one rule every layer uses (grading, hints, overrides,
    agreement benchmarks)."""
    terms, total = weighed(points, best_of)
    return round(max(0.0, 100.0 * earned(terms, cal.contradiction_cost) / total), 2)


def earned(terms: Sequence[tuple[PointResult, float]], contradiction_cost: float) -> float:
    """The weighted credit the points earn (each point with the weight it counts with), less
    ``contradiction_cost`` times the weight of each contradicted one: below zero when the wrong
    claims outweigh the rest (the score is then 0)."""
    made = sum(weight * p.credit for p, weight in terms)
    return made - contradiction_cost * sum(weight for p, weight in terms if p.status is Status.CONTRADICTED)


def with_hints(grade: Grade, hinted: Collection[str], cal: Calibration) -> Grade:
    """The grade with the cost of hints: each hinted point earns at most ``HINT_CREDIT``."""
    if not hinted or not any(p.point_id in hinted for p in grade.points):
        return grade
    points = tuple(
        status_by_share(replace(p, hinted=True, credit=min(p.credit, HINT_CREDIT)))
        if p.point_id in hinted
        else p
        for p in grade.points
    )
    raw = raw_score(points, cal, grade.best_of)
    return replace(grade, points=points, raw_score=raw, score=final_score(raw, grade.penalty, grade.tests))


# A coding question's score: this share from the tests passed, the rest from the explanation.
CODE_WEIGHT = 0.6


def final_score(raw: float, penalty: float, tests: tuple[int, int] | None = None) -> int:
    """The score, 0-100: the raw score times the gaming flags' penalty; for a coding answer,
    ``CODE_WEIGHT`` of it from the tests passed (passed, total) and the rest from that."""
    explained = max(0.0, min(100.0, raw * penalty))
    if tests is None:
        return int(round(explained))
    passed, total = tests
    share = 100.0 * passed / total if total else 0.0
    return int(round(CODE_WEIGHT * share + (1 - CODE_WEIGHT) * round(explained)))


def point_credit(similarity: float, lexical: float, cal: Calibration) -> float:
    """The share of a point's weight earned, from its semantic and lexical evidence.

    A logistic curve fitted to human grades (see data/calibration.md), rescaled so that a span
    at the similarity floor with none of the point's words earns 0 and a perfect match earns 1.
    No similarity at or below the floor earns anything, whatever words the answer uses.
    """
    if similarity <= cal.floor:
        return 0.0
    low = _sigmoid(cal.credit_similarity * cal.floor + cal.credit_bias)
    high = _sigmoid(cal.credit_similarity + cal.credit_lexical + cal.credit_bias)
    z = (
        cal.credit_similarity * (similarity + cal.credit_shift)
        + cal.credit_lexical * lexical
        + cal.credit_bias
    )
    return float(min(1.0, max(0.0, (_sigmoid(z) - low) / (high - low))))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))
