"""A wrong claim costs, never pays: wrong versions of points, negations, swaps, with the real model.

The text rules are tested on their own; the grades use the real model and answers written as a
hostile candidate would (the adversarial set in tests/data/adversarial.jsonl, and a few here).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import Point, Question, Stage
from interviewer.grading.contradiction import (
    direction_variants,
    is_negated,
    strip_negation,
    swap_terms,
    wrong_versions,
)
from interviewer.grading.grader import Grader
from interviewer.grading.result import Grade, Status

ADVERSARIAL = Path(__file__).parent / "data" / "adversarial.jsonl"


# ---------------------------------------------------------------------------- text rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MAP does not ignore the prior.", "MAP does ignore the prior."),
        ("KL divergence isn't symmetric.", "KL divergence is symmetric."),
        ("You cannot remove the noise term.", "You can remove the noise term."),
        ("Dropout is never used at inference.", "Dropout is always used at inference."),
        ("The cache no longer grows.", "The cache still grows."),
        ("Bias comes from assumptions that are too simple.", None),
    ],
)
def test_strip_negation(text: str, expected: str | None) -> None:
    assert strip_negation(text) == expected


def test_talk_of_a_mistake_counts_as_a_negation() -> None:
    assert is_negated("It is a myth that more data fixes underfitting.")
    assert not is_negated("More data fixes underfitting.")
    assert not is_negated("It is not only faster but also cheaper.")  # "not only" denies nothing


def test_swap_terms_keeps_case_and_whole_words() -> None:
    assert swap_terms("High bias means underfitting; variance, overfitting.", "bias", "variance") == (
        "High variance means underfitting; bias, overfitting."
    )
    assert swap_terms("MLE ignores the prior", "MLE", "MAP") == "MAP ignores the prior"
    assert swap_terms("unbiased estimators", "bias", "variance") is None
    assert swap_terms("a high-bias model", "bias", "variance") == "a high-variance model"


def test_direction_variants_turn_one_word_round_at_a_time() -> None:
    texts = [text for text, _ in direction_variants("More capacity lowers bias and raises variance.")]
    assert "Less capacity lowers bias and raises variance." in texts
    assert "More capacity raises bias and raises variance." in texts
    assert "More capacity lowers bias and lowers variance." in texts


def question_with(points: list[Point], contrasts: tuple[tuple[str, str], ...] = ()) -> Question:
    return Question(
        id="t.q",
        stage=Stage.TECHNICAL,
        topic="t",
        difficulty=1,
        prompt="Explain bias and variance.",
        why_asked="x",
        tip="x",
        model_answer="x",
        time_limit_s=60,
        points=tuple(points),
        contrasts=contrasts,
    )


def test_wrong_versions_of_a_question() -> None:
    question = question_with(
        [
            Point(id="bias", text="High bias means the model underfits.", wrong=("Bias is unfairness.",)),
            Point(id="variance", text="High variance means the model overfits."),
            Point(id="both", text="More capacity lowers bias but raises variance."),
        ],
        contrasts=(("bias", "variance"),),
    )
    versions = {(v.point, v.kind, v.text) for v in wrong_versions(question)}
    assert (0, "wrong", "Bias is unfairness.") in versions
    assert (0, "swap", "High variance means the model underfits.") in versions
    assert (0, "direction", "High bias means the model overfits.") in versions
    # A point with both terms swaps into its own words: nothing to tell them apart by.
    assert not any(k == 2 and kind == "swap" for k, kind, _ in versions)
    swap = next(v for v in wrong_versions(question) if v.kind == "swap" and v.point == 0)
    assert swap.worded_by("In my view, high variance is underfitting.")
    assert not swap.worded_by("High bias underfits, and high variance overfits.")


# ---------------------------------------------------------------------------- grades


def grade(grader: Grader, bank: QuestionBank, question_id: str, answer: str) -> Grade:
    question = bank.get(question_id)
    assert question is not None
    return grader.grade(question, answer)


def test_swapped_bias_and_variance_is_contradicted_and_scores_low(
    grader: Grader,
    builtin_bank: QuestionBank,
    samples,  # type: ignore[no-untyped-def]
) -> None:
    swapped = (
        "High bias means the model overfits: it memorizes the training data and does badly on new "
        "data. Variance is the error from assumptions that are too simple, so a high-variance model "
        "underfits. To fix high bias, collect more data; to fix high variance, use a bigger model."
    )
    result = grade(grader, builtin_bank, "ml.bias_variance", swapped)
    partial = grade(grader, builtin_bank, "ml.bias_variance", samples["ml.bias_variance"]["partial"])
    statuses = {p.point_id: p.status for p in result.points}
    assert statuses["bias"] is Status.CONTRADICTED, statuses
    assert result.score < partial.score, (result.score, partial.score)
    wrong = next(p for p in result.points if p.point_id == "bias")
    assert wrong.evidence and wrong.credit == 0.0
    # No part of the wrong sentence is evidence for another point.
    assert all(
        p.evidence is None or p.evidence not in wrong.evidence for p in result.points if p is not wrong
    ), [(p.point_id, p.evidence) for p in result.points]


def test_negated_copy_of_the_points_scores_near_zero(grader: Grader, builtin_bank: QuestionBank) -> None:
    question = builtin_bank.get("stats.mle_vs_map")
    assert question is not None
    negated = " ".join(
        p.text.replace(" is ", " is not ", 1) if " is " in p.text else "It is not true that " + p.text
        for p in question.points
    )
    result = grader.grade(question, negated)
    assert result.score < 20, (result.score, [(p.point_id, p.status) for p in result.points])


def test_a_correct_negation_is_not_a_contradiction(grader: Grader, builtin_bank: QuestionBank) -> None:
    answer = (
        "MLE picks the parameters that make the observed data most likely and uses no prior at all. "
        "MAP maximizes the posterior, so it adds the log prior to the log-likelihood. A Gaussian prior "
        "acts like L2 regularization, and as the data grows the prior matters less and MAP approaches "
        "MLE. Neither of them gives you a full posterior: both are point estimates."
    )
    result = grade(grader, builtin_bank, "stats.mle_vs_map", answer)
    assert not result.contradicted, [(p.point_id, p.evidence) for p in result.contradicted]
    assert result.score >= 70, result.score


@pytest.mark.xfail(strict=True, reason="issue 13, not met yet: this misconception is not caught")
def test_a_contradiction_costs_more_than_silence(grader: Grader, builtin_bank: QuestionBank) -> None:
    silent = "MAP adds a prior over the parameters and maximizes the posterior instead of the likelihood."
    wrong = silent + " As you collect more data the prior matters more and more, so MAP drifts away from MLE."
    assert (
        grade(grader, builtin_bank, "stats.mle_vs_map", wrong).score
        < grade(grader, builtin_bank, "stats.mle_vs_map", silent).score
    )


def test_a_wrong_claim_corrected_in_a_follow_up_stands_corrected(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    question = builtin_bank.get("ml.bias_variance")
    assert question is not None
    first = "High bias means the model overfits the training data and fails on new data."
    correction = (
        "Sorry, I had it backwards: bias is systematic error from assumptions that are too simple, "
        "so a high-bias model underfits both the training and the test data."
    )
    before = grader.grade(question, first)
    after = grader.grade(question, first, [("Walk me through that again.", correction)])
    status = {p.point_id: p.status for p in after.points}
    assert {p.point_id: p.status for p in before.points}["bias"] is Status.CONTRADICTED
    assert status["bias"] in (Status.COVERED, Status.PARTIAL)
    assert after.score > before.score


# ---------------------------------------------------------------------------- the adversarial set


def load_adversarial() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for line in ADVERSARIAL.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["question_id"]][row["kind"]] = row["answer"]
    return dict(out)


@pytest.fixture(scope="module")
def adversarial_scores(grader: Grader, builtin_bank: QuestionBank) -> dict[str, dict[str, int]]:
    return {
        question_id: {
            kind: grade(grader, builtin_bank, question_id, text).score for kind, text in kinds.items()
        }
        for question_id, kinds in load_adversarial().items()
    }


ADVERSARIAL_IDS = sorted(load_adversarial())


def test_the_adversarial_set_covers_every_stage(builtin_bank: QuestionBank) -> None:
    stages = {builtin_bank.get(q).stage for q in ADVERSARIAL_IDS}  # type: ignore[union-attr]
    assert len(ADVERSARIAL_IDS) >= 20 and stages == set(Stage)


def share(scores: dict[str, dict[str, int]], kind: str, holds) -> float:  # type: ignore[no-untyped-def]
    rows = [row for row in scores.values() if kind in row]
    return sum(bool(holds(row)) for row in rows) / len(rows)


def test_what_the_grader_already_holds_on_the_adversarial_set(
    adversarial_scores: dict[str, dict[str, int]],
) -> None:
    """Regression guards at today's figures (grader version 2); the issue's targets are below."""
    s = adversarial_scores
    assert share(s, "salad", lambda r: r["salad"] < r["partial"]) == 1.0
    assert share(s, "wrong-question", lambda r: r["wrong-question"] < r["partial"]) >= 0.9
    assert share(s, "negated", lambda r: r["negated"] < r["partial"]) >= 0.65
    assert share(s, "misconception", lambda r: r["misconception"] < r["partial"]) >= 0.5
    strong = lambda r: max(r["strong-paraphrase"], r["strong-terse"])  # noqa: E731
    assert share(s, "rambling", lambda r: r["rambling"] <= strong(r) + 5) >= 0.85


@pytest.mark.xfail(strict=True, reason="issue 13 target, not met yet: swapped roles mostly escape")
def test_target_negated_and_swapped_answers_score_below_the_partial_one(
    adversarial_scores: dict[str, dict[str, int]],
) -> None:
    assert share(adversarial_scores, "negated", lambda r: r["negated"] < r["partial"]) == 1.0
    assert share(adversarial_scores, "swapped", lambda r: r["swapped"] < r["partial"]) == 1.0


@pytest.mark.xfail(strict=True, reason="issue 13 target, not met yet: about half the misconceptions pass")
def test_target_fluent_misconceptions_score_below_the_partial_answer(
    adversarial_scores: dict[str, dict[str, int]],
) -> None:
    assert share(adversarial_scores, "misconception", lambda r: r["misconception"] < r["partial"]) >= 0.9


@pytest.mark.xfail(
    strict=True, reason="issue 13 target, not met yet: a neighbouring question's answer scores 15-60"
)
def test_target_an_answer_to_another_question_scores_at_most_15(
    adversarial_scores: dict[str, dict[str, int]],
) -> None:
    assert share(adversarial_scores, "wrong-question", lambda r: r["wrong-question"] <= 15) == 1.0
