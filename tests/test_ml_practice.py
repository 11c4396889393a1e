"""The ML practice bank against a hostile candidate: fluent answers that get the ideas wrong.

Each answer below is written as a confident candidate would say it, in words of its own (not the
bank's wrong versions): swapped definitions, the classic misconception, a negated point. Each must
score below the question's partial sample, and each must have at least one point marked
contradicted, so the grader says what was wrong rather than only giving less credit.
"""

from __future__ import annotations

import pytest

from interviewer.bank.loader import QuestionBank
from interviewer.grading.grader import Grader

HOSTILE = {
    # Recall and precision swapped, MRR over every relevant item, nDCG normalised by k.
    "ml.ranking_metrics": (
        "Recall at k tells you what share of the k results you returned are actually relevant, so "
        "it is about how clean the top of the list is. MRR takes every relevant document, computes "
        "one over its position, and averages those, so finding lots of relevant items pushes it up. "
        "DCG adds up relevance with a log discount, and nDCG just divides that by k, so it is the "
        "average gain per slot. I would use MRR when a query has many good answers, since it gives "
        "credit for each of them."
    ),
    # PCA read as supervised, scale-free, with the components in U.
    "ml.pca_svd": (
        "PCA looks for the directions that separate the classes best, like a supervised projection, "
        "so the first component is the one most correlated with the label. There is no need to "
        "standardise, since PCA is a rotation and rotations do not care what units the features are "
        "in. If you take the SVD, X equals U Sigma V transpose, the components are the columns of U, "
        "one direction per sample. To pick k I keep the components with the biggest weights on the "
        "label."
    ),
    # The unpaired analysis: overlapping intervals, McNemar as a two-group test, ties counted.
    "stats.paired_model_comparison": (
        "I would put a 95 percent interval around each model's accuracy; with 500 questions that is "
        "roughly plus or minus four points each. Since the two intervals overlap a lot, the "
        "three-point gap is not significant and I would call it a tie. A McNemar test would agree, "
        "since it is just a chi-square test comparing 71 with 74 percent across the two groups of "
        "500. All 500 questions count equally, including those both models get right, because those "
        "tell you how good each model is."
    ),
    # Every point pulls equally, C read as the regularisation strength, an explicit feature map.
    "ml.svm_margin_kernels": (
        "The SVM draws the boundary so that every training point pulls on it equally, a bit like "
        "least squares. C is the regularisation strength, so turning C up widens the margin and "
        "gives a simpler model. The kernel trick works by actually transforming each point into the "
        "big feature space, say with polynomial features, and then fitting a linear SVM there. An "
        "RBF kernel always beats a linear one, since it can draw any shape."
    ),
}


@pytest.mark.parametrize("question_id", sorted(HOSTILE))
def test_a_fluent_wrong_answer_scores_below_the_partial_one(
    grader: Grader,
    builtin_bank: QuestionBank,
    samples,  # type: ignore[no-untyped-def]
    question_id: str,
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None
    hostile = grader.grade(question, HOSTILE[question_id])
    partial = grader.grade(question, samples[question_id]["partial"])
    assert hostile.score < partial.score, (hostile.score, partial.score)
    assert hostile.contradicted, [(p.point_id, p.status) for p in hostile.points]
