"""The grader's thresholds, read from ``data/calibration.json`` (see ``data/calibration.md``)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, fields
from pathlib import Path

from interviewer import paths

CALIBRATION_FILE = "calibration.json"


class CalibrationError(ValueError):
    pass


@dataclass(frozen=True)
class Calibration:
    # Similarity of a span and a point blends plain cosine with the cosine of what is left once
    # the question's own direction is projected out of both (1 = only the residual). Without
    # this, any sentence that mentions the question's topic looks like every point.
    question_demotion: float = 0.5
    # Point status from the similarity of the point and its best span.
    covered: float = 0.55
    partial: float = 0.44
    # Credit of a point: a logistic curve in semantic similarity and lexical recall, fitted to
    # human grades, rescaled to 0 at ``floor`` (with no lexical evidence) and 1 at a perfect match.
    floor: float = 0.1
    credit_similarity: float = 2.4274
    credit_lexical: float = 2.4175
    credit_bias: float = 0.7075
    # Mapping of the 0-100 score to a human grade fraction (fitted; for benchmarks).
    human_intercept: float = 0.51335
    human_slope: float = 0.004877
    # Key terms found near the evidence add up to this much similarity (never alone).
    term_bonus: float = 0.05
    # A span whose content words are all (fuzzy) copies of the question's is parroting.
    parrot_fuzzy: float = 88.0
    parrot_fraction: float = 0.5
    # A span states a pitfall when it is at least this similar to it, and closer to it than to
    # any point by ``pitfall_margin``.
    pitfall: float = 0.6
    pitfall_margin: float = 0.08
    pitfall_penalty: float = 0.85
    # A span below this relevance to every point and the question is unrelated to it.
    unrelated: float = 0.3
    padding_fraction: float = 0.45
    padding_min_words: int = 60
    filler_free: float = 0.2  # unrelated share an answer of that length may have at no cost
    # Off-topic: no point is met, and either the answer as a whole is this far from the model
    # answer and the question, or even its best span is this far from every point.
    offtopic: float = 0.3
    offtopic_point: float = 0.38
    # Contradiction: a span states a wrong version of a point (see grading/contradiction.py)
    # when it is at least ``wrong_min`` similar to it and closer to it than to the point by
    # ``wrong_margin``; a negated span denies a point when taking its negation out brings it
    # ``negation_margin`` closer to the point, to at least ``negation_min``. A contradicted
    # point earns nothing and costs ``contradiction_cost`` times its weight.
    wrong_min: float = 0.62
    wrong_margin: float = 0.06
    edit_margin: float = 0.08  # the same for a point with one word turned round or swapped
    negation_min: float = 0.8
    negation_margin: float = 0.06
    contradiction_cost: float = 1.0
    # The trained contradiction model (grading/nli.py), asked about each point's best sentence
    # where no wrong version is written out: it contradicts the point at this probability.
    model_contradiction: float = 0.5
    # Another question: the answer as a whole is this much closer to another bank question (its
    # model answer or prompt) than to the one asked, or ``wrong_question_unmet`` closer while
    # it makes no point at all. Its points not made earn nothing and the score is multiplied by
    # ``wrong_question_factor``.
    wrong_question_gap: float = 0.22
    wrong_question_unmet: float = 0.15
    wrong_question_factor: float = 0.25
    # Or, at least ``wrong_question_weigh`` closer to another question, the answer graded as
    # that question's makes its points better by ``wrong_question_lead`` (raw score points), or
    # by ``wrong_question_lead_near`` while at least ``wrong_question_near`` closer to it.
    wrong_question_weigh: float = 0.05
    wrong_question_lead: float = 30.0
    wrong_question_lead_near: float = 12.0
    wrong_question_near: float = 0.12
    # A point not made (below ``partial``) earns at most this share of its weight.
    missed_credit: float = 0.3
    # How far the user's overrides moved the covered threshold down (up, if negative): the
    # credit curve moves with it, so a point the user taught to be covered earns as one.
    credit_shift: float = 0.0
    # Keyword salad: too few function words per word, in list-like fragments (mean words
    # between commas and stops at most salad_fragment_words), or none at all.
    salad_function_ratio: float = 0.18
    salad_fragment_words: float = 3.0
    salad_bare_ratio: float = 0.03
    salad_factor: float = 0.3
    min_words: int = 8
    max_words: int = 2500

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Calibration:
        known = {f.name: f.type for f in fields(cls)}
        values: dict[str, float | int] = {}
        for key, value in data.items():
            if key.startswith("_") or key in {"version", "note"}:
                continue
            if key not in known:
                raise CalibrationError(f"{key}: unknown calibration field")
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise CalibrationError(f"{key}: must be a number, got {value!r}")
            values[key] = int(value) if known[key] == "int" else float(value)
        calibration = cls(**values)  # type: ignore[arg-type]
        if not calibration.floor < calibration.partial < calibration.covered:
            raise CalibrationError("thresholds must satisfy floor < partial < covered")
        if calibration.credit_similarity <= 0 or calibration.credit_lexical < 0:
            raise CalibrationError("credit_similarity must be > 0 and credit_lexical >= 0")
        return calibration


@functools.cache
def shipped_calibration() -> Calibration:
    """The shipped calibration, read once (the rules that do not move with overrides)."""
    return load_calibration()


def load_calibration(path: Path | None = None) -> Calibration:
    path = path or paths.builtin_data_dir() / CALIBRATION_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Calibration()
    except (OSError, json.JSONDecodeError) as exc:
        raise CalibrationError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise CalibrationError(f"{path}: expected a JSON object")
    try:
        return Calibration.from_dict(data)
    except CalibrationError as exc:
        raise CalibrationError(f"{path}: {exc}") from exc
