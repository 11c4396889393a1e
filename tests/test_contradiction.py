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
from interviewer.bank.schema import Point, Question, Stage, marked
from interviewer.grading.audit import correct_answers, false_alarms
from interviewer.grading.contradiction import (
    RoleProfile,
    WrongVersion,
    bound_words,
    denied_words,
    denies_exclusive,
    denies_point,
    direction_variants,
    exchange_sides,
    is_contrastive,
    is_negated,
    makes_claim,
    numbers,
    other_numbers,
    preference_denied,
    preference_sides,
    ranked_first,
    role_profiles,
    same_way_round,
    strip_negation,
    swap_terms,
    turns_round,
    without_denials,
    wrong_versions,
)
from interviewer.grading.grader import Grader
from interviewer.grading.result import FlagCode, Grade, Status
from tests.conftest import load_samples
from tests.support import make_question

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
    assert is_negated("It is false that dropout helps.")
    assert not is_negated("Wherever the mask is False I set the score to minus infinity.")  # a value


def test_a_negation_describing_the_subject_denies_nothing() -> None:
    assert not is_negated("A model that doesn't fit on one GPU gets tensor parallelism.")
    assert not is_negated("Caching helps, and any request that is not cached goes to the model.")
    assert not is_negated("Models that don't fit on one GPU get tensor parallelism.")
    # In the predicate the relative clause is the claim.
    assert is_negated("Dropout is a trick that doesn't reduce overfitting.")
    assert is_negated("The model does not fit on one GPU.")
    assert is_negated("Dropout is one that doesn't reduce overfitting.")
    assert is_negated("It is the layer that does not normalize.")


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
    return make_question(tuple(points), contrasts, prompt="Explain bias and variance.")


def test_a_denial_is_read_part_by_part_and_as_a_whole() -> None:
    """Session 12's hostile sentences: a correct sentence with a denial in one part and a
    privative verb in another is no pitfall; a wrong version's own "no" in another part does
    not make a correct denial agree with it; a sentence denied as a whole stays denied."""
    pitfall = "For rare positives I would rely on ROC AUC alone, since a high AUC means few false alarms."
    correct = "ROC AUC ignores the class ratio, so with rare positives I would not rely on ROC AUC alone."
    assert not same_way_round(correct, pitfall)
    assert same_way_round("With rare positives I would rely on ROC AUC alone.", pitfall)
    wrong = "ROC AUC is the metric of choice when positives are rare, so there is no need for a PR curve."
    assert not same_way_round("So with very rare positives I would not rely on ROC AUC alone.", wrong)
    assert not same_way_round(
        "Fixed thresholds don't work because sign-ups at 3 a.m. are always low.",
        "I'd set one fixed threshold per metric, like alerting whenever sign-ups fall below a set number.",
    )


def test_a_condition_denies_nothing_and_if_does_not_hide_a_denial() -> None:
    point = "I was ready to fully commit to the decision even if it went against my original position."
    assert denies_point(
        "I wasn't ready to commit to the decision if the data had gone against my original position.", point
    )
    assert not denies_point(
        "If the NaN does not reproduce, or appears on one machine only, I suspect hardware.",
        "Reproduce the NaN deterministically on one machine.",
    )
    assert not denied_words("No model ships if it fails the evaluation.")


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


def test_a_privative_verb_turns_a_sentence_round() -> None:
    assert is_negated("MLE drops the prior and keeps only the likelihood.")
    assert is_negated("Self-attention ignores word order.")
    assert not is_negated("MAP does not ignore the prior.")  # two denials
    assert not is_negated("The loss drops below 0.1 after a few epochs.")  # a fall, not a denial


def test_a_negation_denies_the_word_it_governs() -> None:
    assert denied_words("The KV cache does not store the keys and values of earlier tokens.") == {"stor"}
    assert denied_words("Decoding isn't limited by memory bandwidth.") == {"limit"}
    # A condition, a requirement and a bare "no." deny nothing.
    assert not denied_words("Without scaling, the penalty falls unevenly on the features.")
    assert not denied_words("No optimization ships until it has run on the safety set.")
    assert not denied_words("Which, you know, no. MAP adds a prior.")
    point = "The KV cache stores the keys and values of earlier tokens so they are not recomputed."
    assert denies_point("The cache does not store the keys of earlier tokens.", point)
    # The point denies "recomputed" itself: saying so again agrees with it.
    assert not denies_point("Earlier keys are never recomputed.", point)
    # Not doing what a point warns against agrees with it.
    warning = "Reporting the best seed, or the checkpoint picked on the test set, biases the result upward."
    assert not denies_point("And I wouldn't report the best seed.", warning)


def test_marked_words_decide_a_wrong_version() -> None:
    clean, decisive = marked("KV cache memory grows [quadratically|with the square of] with context length.")
    assert clean == "KV cache memory grows quadratically with context length."
    assert decisive == ("quadratically", "with the square of")
    with pytest.raises(ValueError, match="unbalanced"):
        marked("grows [quadratically with context length.")
    with pytest.raises(ValueError, match="empty alternative"):
        marked("grows [quadratically|] with context length.")
    version = WrongVersion(0, clean, "wrong", decisive=decisive, right_words=frozenset({"linear"}))
    assert version.decided_by("The cache grows quadratically with the context.")
    assert version.decided_by("Its memory grows with the square of the context length.")
    # Denied, or set against the point's own word: not this mistake.
    assert not version.decided_by("The cache does not grow quadratically with the context.")
    assert not version.decided_by("Attention compute grows quadratically, but the cache grows linearly.")


def test_a_direction_turned_round_in_words() -> None:
    point = "The effective number of tokens the model chooses among, so lower values are better."
    assert turns_round("So higher values are better: the model is more confident.", point)
    # Both turned round is the point again; the word itself is the point.
    assert not turns_round("So higher values are worse.", point)
    assert not turns_round("So lower values are better.", point)
    grows = "The prior acts as a regularizer, and its influence fades as data grows."
    # The opposite word must stand by what the point's word stands by.
    assert not turns_round("A Beta prior shrinks the coin toward a half.", grows)
    assert turns_round("Its influence fades as the data shrinks.", grows)
    # A point that says both ways round, or what doing something causes: not read this way.
    assert not turns_round("Decoding is parallel too.", "A parallel prefill and a sequential decode.")
    assert not turns_round("Fit it after splitting.", "Fitting the scaler before splitting leaks.")


def test_examples_and_reported_claims_assert_nothing() -> None:
    assert not makes_claim("Take a test that is 99 percent accurate and a disease one in a thousand has.")
    assert not makes_claim("Saying there is a 95 percent chance the value is inside is the Bayesian reading.")
    assert makes_claim("There is a 95 percent chance the true value is inside this interval.")


def test_a_contrasted_phrase_is_not_the_claim() -> None:
    assert is_contrastive("So the 95 percent describes the procedure, not this one interval.")
    assert is_contrastive("It is not the weights but the prompts that changed.")
    assert not is_contrastive("The interval does not contain the value with 95 percent probability.")
    assert denies_exclusive(
        "Version prompts and filters too, not just the weights.", "Only the weights need versions."
    )
    assert not denies_exclusive("Version the weights.", "Only the weights need versions.")


def test_other_numbers_are_another_claim() -> None:
    assert numbers("about nine percent, not 99 percent, of one in a thousand") == {"9", "99", "1000"}
    assert other_numbers(
        "a positive means about a nine percent chance", "a positive means a 99 percent chance"
    )
    assert not other_numbers("a positive means a 99 percent chance", "a 99 percent chance")
    assert not other_numbers("a positive means you are probably ill", "a 99 percent chance")
    # A worked example with other values: a probability restated as its percentage, or as its
    # complement's, the way the wrong version does.
    assert not other_numbers("p of 0.02 means a 2 percent chance", "p of 0.03 means a 3 percent chance")
    assert not other_numbers("p = 0.05 means 95 percent sure", "p of 0.01 means a 99 percent chance")
    assert other_numbers("p = 0.05 means 95 percent sure", "p of 0.03 means a 3 percent chance")
    assert other_numbers("a 2 percent chance", "p of 0.03 means a 3 percent chance")


def test_the_opposite_word_answers_a_wrong_version() -> None:
    version = WrongVersion(
        0,
        "The scaling is there because large dot products make gradients explode.",
        "wrong",
        wrong_words=frozenset({"explode", "large", "dot", "product", "scal"}),
        right_words=frozenset({"vanish", "saturate"}),
    )
    assert version.worded_by("Without the scaling, large dot products make the gradients explode.")
    clause = "for random vectors the dot product's variance grows, so the scaling matters"
    assert not version.worded_by(clause, clause + ", and without it the gradients vanish.")


def test_a_wrong_version_needs_a_word_no_point_uses(builtin_bank: QuestionBank) -> None:
    question = builtin_bank.get("code.binary_search")
    assert question is not None
    authored = [v for v in wrong_versions(question) if v.kind == "wrong"]
    assert authored and all(v.unshared_words for v in authored)
    leftmost = next(v for v in authored if question.points[v.point].id == "leftmost")
    assert not leftmost.worded_by("That is what makes it return the leftmost occurrence among duplicates.")


# ---------------------------------------------------------------------------- grades


def test_no_model_answer_strong_or_partial_sample_is_read_as_wrong(
    grader: Grader,
    builtin_bank: QuestionBank,
    samples,  # type: ignore[no-untyped-def]
) -> None:
    strong = [(q, bands["strong"]) for q, bands in samples.items() if "strong" in bands]
    strong += [(s["question"], s["answer"]) for s in load_samples() if s["band"] == "story"]
    # A partial answer is right as far as it goes: "temperature controls how random it is"
    # once matched "temperature zero picks uniformly at random" by its words.
    partial = [(q, bands["partial"]) for q, bands in samples.items() if "partial" in bands]
    assert len(partial) >= 150
    alarms = false_alarms(grader, correct_answers(builtin_bank.questions, strong, partial))
    assert not alarms, "\n".join(map(str, alarms))


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        (
            "stats.mle_vs_map",
            "MLE drops the prior altogether and just asks which parameters make the data we observed "
            "most probable, so in practice you maximize the log-likelihood. MAP adds a prior over the "
            "parameters and maximizes the posterior instead.",
        ),
        (
            "code.binary_search",
            "I never return early on a match; I keep moving hi down to the middle. That is what makes it "
            "return the leftmost occurrence among duplicates. My loop keeps lo and hi so that the first "
            "index holding a value at least the target is always inside the range.",
        ),
        (
            "stats.bayes_theorem",
            "With a disease that one person in a thousand has and a 99 percent accurate test, most "
            "positives are false positives, so a positive test still only means around a nine percent "
            "chance of disease.",
        ),
        (
            "llm.rollout",
            "I would version everything that shapes behaviour together, not just the weights: the system "
            "prompt, the safety filters and the sampling settings ship as one release.",
        ),
    ],
)
def test_true_sentences_near_a_wrong_version_are_not_contradictions(
    grader: Grader, builtin_bank: QuestionBank, question_id: str, answer: str
) -> None:
    result = grade(grader, builtin_bank, question_id, answer)
    assert not result.contradicted, [(p.point_id, p.evidence, p.contradiction) for p in result.contradicted]


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
    # No part of the wrong sentence is evidence for another point (it may contradict one too).
    assert all(
        p.evidence is None or p.evidence not in wrong.evidence
        for p in result.points
        if p is not wrong and p.status is not Status.CONTRADICTED
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


def test_a_wrong_answer_to_a_probe_is_contradicted_not_lifted_into_evidence(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """The probe's words lift an elliptical answer towards its point; a wrong answer to it must
    still read as wrong ("compute-bound" to "Is decoding limited by arithmetic or ...?")."""
    question = builtin_bank.get("nlp.kv_cache")
    assert question is not None
    probe = next(p.probe for p in question.points if p.id == "bandwidth")
    assert probe is not None
    first = (
        "The KV cache stores the keys and values of earlier tokens so they are not recomputed at "
        "each step, and inference splits into a parallel prefill and a sequential decode."
    )
    wrong = "It's compute-bound: each decoding step is dominated by the arithmetic of matrix multiplications."
    right = (
        "Memory bandwidth: every decoding step has to read the whole cache and all the weights from memory."
    )
    said_wrong = {p.point_id: p for p in grader.grade(question, first, [(probe, wrong)]).points}
    said_right = {p.point_id: p for p in grader.grade(question, first, [(probe, right)]).points}
    assert said_wrong["bandwidth"].status is Status.CONTRADICTED
    assert said_right["bandwidth"].status is Status.COVERED


def test_an_answer_to_another_question_is_named_and_earns_little(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    dropout = (
        "During training, dropout zeroes each hidden unit at random with some probability, so the network "
        "cannot rely on any single unit and co-adapted features break apart. At test time every unit is "
        "kept and, with inverted dropout, the activations were already scaled up during training, so "
        "nothing changes at inference. It acts like averaging an ensemble of thinned networks."
    )
    result = grade(grader, builtin_bank, "ml.bias_variance", dropout)
    flag = next((f for f in result.flags if f.code is FlagCode.WRONG_QUESTION), None)
    assert flag is not None and flag.detail == "dl.dropout", result.flags
    assert result.score <= 15
    assert all(p.credit == 0.0 for p in result.points if p.status is Status.MISSED)
    # The same answer to its own question is not flagged.
    own = grade(grader, builtin_bank, "dl.dropout", dropout)
    assert not own.has_flag(FlagCode.WRONG_QUESTION) and own.score > 40


# ---------------------------------------------------------------------------- the adversarial set


def load_adversarial() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for line in ADVERSARIAL.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["question_id"]][row["kind"]] = row["answer"]
    return dict(out)


@pytest.fixture(scope="module")
def adversarial_grades(grader: Grader, builtin_bank: QuestionBank) -> dict[str, dict[str, Grade]]:
    return {
        question_id: {kind: grade(grader, builtin_bank, question_id, text) for kind, text in kinds.items()}
        for question_id, kinds in load_adversarial().items()
    }


@pytest.fixture(scope="module")
def adversarial_scores(adversarial_grades: dict[str, dict[str, Grade]]) -> dict[str, dict[str, int]]:
    return {q: {kind: g.score for kind, g in kinds.items()} for q, kinds in adversarial_grades.items()}


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
    assert share(s, "negated", lambda r: r["negated"] < r["partial"]) == 1.0
    assert share(s, "misconception", lambda r: r["misconception"] < r["partial"]) >= 0.9
    # All 20 (see test_every_swapped_answer_scores_below_the_partial_one): 19 since "X rather
    # than Y" is read both ways round, 13 before that, 3 before roles were read at all.
    strong = lambda r: max(r["strong-paraphrase"], r["strong-terse"])  # noqa: E731
    assert share(s, "rambling", lambda r: r["rambling"] <= strong(r) + 5) >= 0.85
    # 23 of 25 since an answer is also graded as its nearest other question's (16 before): a
    # story with no mistake in it to "a mistake in production" (39) and views on safety to "why
    # Anthropic" (36) are still not caught; neither is a good answer to any other question.
    assert share(s, "wrong-question", lambda r: r["wrong-question"] <= 15) >= 0.9


def test_only_the_answers_to_another_question_are_called_so(
    adversarial_grades: dict[str, dict[str, Grade]],
) -> None:
    """Graded as its neighbour's answer, a partial answer on RLHF that names constitutional AI
    makes that question's points better than its own (69 against 47), as does a partial answer
    on Bayes' theorem graded as naive Bayes (77 against 50): neither is another question's."""
    called = {
        (q, kind)
        for q, kinds in adversarial_grades.items()
        for kind, g in kinds.items()
        if any(f.code is FlagCode.WRONG_QUESTION for f in g.flags)
    }
    right = {"strong-paraphrase", "strong-terse", "partial", "rambling"}
    assert not {(q, kind) for q, kind in called if kind in right}
    # The neighbours that make a few of this question's points for real are named.
    for q, neighbour in [
        ("dl.attention", "nlp.positional_encoding"),
        ("llm.rlhf", "llm.constitutional_ai"),
        ("ml.classification_metrics", "ml.class_imbalance"),
        ("beh.failure", "beh.hard_feedback"),
    ]:
        flags = [
            f for f in adversarial_grades[q]["wrong-question"].flags if f.code is FlagCode.WRONG_QUESTION
        ]
        assert flags and flags[0].detail == neighbour, (q, adversarial_grades[q]["wrong-question"].flags)


def test_each_word_is_said_of_the_nearest_term_in_its_part_of_the_sentence() -> None:
    said_l1, said_l2 = bound_words(
        "L1 penalizes the squared weights, while L2 drives many of them to exactly zero.", "L1", "L2"
    )
    assert {"penaliz", "squar"} <= said_l1 and not {"exact", "zero"} & said_l1
    assert {"driv", "exact", "zero"} <= said_l2
    # A part without a term speaks of the term before it, never across "while" or "whereas".
    said_w2v, said_bert = bound_words(
        "BERT, on the other hand, is a deep bidirectional transformer, whereas it is just a lookup "
        "table for word2vec.",
        "word2vec",
        "BERT",
    )
    assert {"deep", "bidirectional", "transformer"} <= said_bert
    assert not {"lookup", "table"} & said_bert
    assert bound_words("Nothing here names either term.", "prefill", "decode") == (set(), set())


def test_words_before_a_term_set_apart_by_a_denial_or_a_semicolon_are_not_said_of_it() -> None:
    # "..., not the key vectors" sets the key against the values before it.
    said_query, said_key = bound_words(
        "It gives each output row a weighted sum of the value vectors, not the key vectors.", "query", "key"
    )
    assert not {"weight", "sum", "value", "output"} & said_key, said_key
    # Nor across a semicolon (what is left once the denial is taken out).
    _, said_key = bound_words(
        "It gives a weighted sum of the values; the keys decide the weights.", "query", "key"
    )
    assert not {"sum", "value"} & said_key and "decide" in said_key, said_key
    # Without either, a leading part still speaks of the term just after it.
    _, said_key = bound_words("Sorted by score, the keys decide the weights.", "query", "key")
    assert "sort" in said_key or "score" in said_key, said_key


def test_what_follows_a_denied_term_is_said_of_the_term_before_the_denial() -> None:
    # "L1, not L2, drives ..." and "L1 rather than L2 drives ...": the driving is L1's.
    for text in (
        "L1, not L2, drives many weights to exactly zero.",
        "L1 rather than L2 drives many weights to exactly zero.",
    ):
        said_l1, said_l2 = bound_words(text, "L1", "L2")
        assert {"driv", "zero"} <= said_l1 and not said_l2 & {"driv", "zero"}, (text, said_l1, said_l2)
    said_fwer, said_fdr = bound_words(
        "Bonferroni controls the family-wise error rate, the chance of any false positive, rather than "
        "the false discovery rate, by dividing alpha by the number of tests.",
        "family-wise error rate",
        "false discovery rate",
    )
    assert not said_fdr and {"divid", "alpha"} <= said_fwer, (said_fwer, said_fdr)
    # A plain comparison still sets the two apart: "than L2, which ..." is L2's.
    _, said_l2 = bound_words("L1 is better than L2, which shrinks weights smoothly.", "L1", "L2")
    assert {"shrink", "smooth"} <= said_l2


def test_a_profile_is_read_from_the_claims_and_leaves_out_denials() -> None:
    question = Question.model_validate(
        {
            "id": "t.norm",
            "stage": "technical",
            "topic": "dl/normalization",
            "difficulty": 2,
            "prompt": "Compare batch norm and layer norm.",
            "why_asked": "w",
            "tip": "t",
            "model_answer": (
                "Batch norm averages over the batch. Layer norm does not depend on the batch. "
                "Batch norm averages over the batch, while layer norm keeps per-example scales, "
                "so it does not need running averages."
            ),
            "time_limit_s": 120,
            "points": [
                {
                    "id": "bn",
                    "text": "Batch norm computes its statistics across the examples of a mini-batch.",
                },
                {"id": "ln", "text": "Layer norm normalizes over the features within each single example."},
            ],
            "contrasts": [["batch norm", "layer norm"]],
        }
    )
    (profile,) = role_profiles(question)
    assert {"across", "mini"} & profile.only_a and {"within", "single"} & profile.only_b
    assert "depend" not in profile.only_b  # said in a denial: not a property of layer norm
    # Only the denying clause is left out: the clause before it still says what layer norm does.
    assert "keep" in profile.only_b
    assert not {"need", "running"} & profile.only_b
    assert profile.swapped("Layer norm computes its statistics across the examples of the mini-batch.")
    assert not profile.swapped("Batch norm computes statistics across the mini-batch examples.")
    assert not profile.swapped("Layer norm works within a single example, batch norm across the batch.")


def test_a_one_term_sentence_needs_three_of_the_other_terms_words() -> None:
    profile = RoleProfile(
        "prior", "posterior", frozenset({"before", "belief"}), frozenset({"revis", "light", "evidence"})
    )
    # "Revise it in light of the data": said of the prior, meant of the posterior it becomes.
    assert not profile.swapped("You start with a prior belief and revise it in light of the data.")
    assert profile.swapped("The prior is revised in light of the evidence.")


# Swapped roles written for these tests (not the adversarial file's): each names both terms or one,
# in a candidate's words, and the right version beside it must stand.
SWAPPED_ROLES = {
    "dl.dropout": (
        "Dropout is something you switch on at test time: at inference each unit is zeroed at random "
        "with probability p on every forward pass, and averaging many such passes gives an ensemble. "
        "During training it stays off, so every unit learns and the weights are scaled afterwards to match.",
        "During training, dropout zeroes each unit at random with probability p, a new mask every step, "
        "so units cannot co-adapt. At test time it is switched off; inverted dropout scales the kept "
        "activations up during training so the expected values match.",
    ),
    "nlp.kv_cache": (
        "Serving has two stages. Decode is where the whole prompt goes through the model in one parallel "
        "pass and the cache gets filled; prefill then generates the answer one token at a time, each step "
        "appending its keys and values to the cache. The cache grows with context length and batch size.",
        "Prefill runs the whole prompt through the model in one parallel pass and fills the cache; decode "
        "then generates one token per step, appending each new token's keys and values. The cache grows "
        "linearly with context length and batch size, and decoding is limited by memory bandwidth.",
    ),
    "nlp.word2vec_vs_bert": (
        "The key difference is that BERT gives every word one fixed vector from a lookup table, so bank "
        "has the same embedding in every sentence, while word2vec runs a deep bidirectional transformer "
        "over the whole sentence, so its vectors are contextual. BERT is trained with skip-gram and "
        "negative sampling, word2vec with masked language modeling.",
        "Word2vec gives each word one fixed vector, so bank has one embedding whatever the sentence; it "
        "is a shallow network trained with skip-gram or CBOW. BERT, on the other hand, runs a deep "
        "bidirectional transformer over the whole sentence, so its vectors are contextual, and it is "
        "pretrained with masked language modeling.",
    ),
    "code.roc_auc": (
        "AUC is the chance that a random negative example gets a higher score than a random positive "
        "one. I sort the scores, give tied scores their average rank, add up the ranks of the negatives "
        "and turn that into the Mann-Whitney U statistic, which is O(n log n). If one class is missing "
        "it is undefined, so I raise.",
        "AUC is the chance that a random positive example scores higher than a random negative one. I "
        "sort the scores, give ties their average rank, sum the ranks of the positives and turn that "
        "into the Mann-Whitney U, which is O(n log n). If a class is missing it is undefined, so I raise.",
    ),
    "ml.regularization_l1_l2": (
        "Both add a penalty on the weights to the loss. Lasso, the L2 penalty, uses absolute values and "
        "pushes many weights exactly to zero, so it selects features. Ridge, the L1 penalty, uses squared "
        "weights and shrinks them all smoothly without zeroing any. L2 corresponds to a Laplace prior "
        "and L1 to a Gaussian prior.",
        "Both add a penalty on the weights to the loss. L1, the lasso, uses absolute values and pushes "
        "many weights exactly to zero, so it selects features. L2, ridge, uses squared weights and "
        "shrinks them all smoothly without zeroing any. L1 corresponds to a Laplace prior and L2 to a "
        "Gaussian prior.",
    ),
    "stats.p_value": (
        "The p-value is the probability of data at least as extreme as what we saw, computed under the "
        "alternative hypothesis. If it is below 0.05 we reject the alternative, and that threshold caps "
        "the false negative rate. It is not the probability that a hypothesis is true, and with huge "
        "samples tiny effects become significant.",
        "The p-value is the probability of data at least as extreme as what we saw, computed under the "
        "null hypothesis. If it is below 0.05 we reject the null, and that threshold caps the false "
        "positive rate. It is not the probability that the null is true, and with huge samples tiny "
        "effects become significant.",
    ),
}


@pytest.mark.parametrize("question_id", sorted(SWAPPED_ROLES))
def test_swapped_roles_are_contradicted_and_the_right_way_round_stands(
    grader: Grader,
    builtin_bank: QuestionBank,
    samples,  # type: ignore[no-untyped-def]
    question_id: str,
) -> None:
    swapped, right = SWAPPED_ROLES[question_id]
    wrong = grade(grader, builtin_bank, question_id, swapped)
    assert any(p.contradiction_kind == "swap" for p in wrong.contradicted), wrong.points
    assert wrong.score < grade(grader, builtin_bank, question_id, samples[question_id]["partial"]).score
    good = grade(grader, builtin_bank, question_id, right)
    assert not good.contradicted, [(p.point_id, p.evidence) for p in good.contradicted]
    assert good.score >= wrong.score + 30


def test_every_swapped_answer_scores_below_the_partial_one(
    adversarial_scores: dict[str, dict[str, int]],
) -> None:
    assert share(adversarial_scores, "swapped", lambda r: r["swapped"] < r["partial"]) == 1.0


def test_fluent_misconceptions_score_below_the_partial_answer(
    adversarial_scores: dict[str, dict[str, int]],
) -> None:
    assert share(adversarial_scores, "misconception", lambda r: r["misconception"] < r["partial"]) >= 0.9


@pytest.mark.xfail(
    strict=True,
    reason="issue 13 target, not met yet: 2 of 25 answers to a neighbouring question score 37-41",
)
def test_target_an_answer_to_another_question_scores_at_most_15(
    adversarial_scores: dict[str, dict[str, int]],
) -> None:
    assert share(adversarial_scores, "wrong-question", lambda r: r["wrong-question"] <= 15) == 1.0


def test_a_misconception_worded_almost_as_its_point_is_read_by_its_words(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """'MLE picks the parameters most probable given the data' embeds next to 'MLE picks the
    parameters that make the data most probable' (cosine >= 0.8), so the grader skipped such
    wrong versions; tried in the app, this answer scored 67 with the MLE point covered."""
    hostile = (
        "Maximum likelihood picks the parameters that are most probable given the data. MAP is the "
        "same thing but it also ignores the prior once you have enough data, so in practice they are "
        "identical and the prior never matters."
    )
    result = grade(grader, builtin_bank, "stats.mle_vs_map", hostile)
    mle = next(p for p in result.points if p.point_id == "mle")
    assert mle.status is Status.CONTRADICTED and result.score <= 30, result.score
    # Said the right way round in other words, it stands.
    right = (
        "Maximum likelihood picks whatever parameter values make the data you actually saw most likely, "
        "usually by maximizing the log-likelihood."
    )
    assert next(
        p for p in grade(grader, builtin_bank, "stats.mle_vs_map", right).points if p.point_id == "mle"
    ).status in (
        Status.COVERED,
        Status.PARTIAL,
    )


BISECT = (
    "I keep lo and hi as a half-open range and move lo past mid when items[mid] is smaller than the "
    "target, else hi to mid. At the end lo is the first position not smaller than the target, so I "
    "check it holds the target and return it, or -1."
)


@pytest.mark.parametrize(
    ("complexity", "expected"),
    [
        ("It's O(log n) time.", Status.COVERED),
        ("It's O(n log n) time.", Status.CONTRADICTED),
        ("It's O(log n) time, not O(n log n).", Status.COVERED),
    ],
)
def test_the_complexity_said_in_one_short_sentence_is_read_right(
    grader: Grader, builtin_bank: QuestionBank, complexity: str, expected: Status
) -> None:
    result = grade(grader, builtin_bank, "code.binary_search", f"{BISECT} {complexity}")
    status = {p.point_id: p.status for p in result.points}
    assert status["logarithmic"] is expected, status


def test_the_classic_confidence_interval_misconception_is_contradicted(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Stated alone, in a terse answer with the right formula beside it: the interval read as a
    95 percent probability for this one interval contradicts the point that it is not."""
    answer = (
        "A 95 percent confidence interval means there's a 95 percent probability that the true "
        "accuracy lies inside the interval you computed. For accuracy p on n examples the standard "
        "error is the square root of p times one minus p over n, and the interval is plus or minus "
        "1.96 standard errors."
    )
    result = grade(grader, builtin_bank, "stats.confidence_intervals", answer)
    status = {p.point_id: p.status for p in result.points}
    assert status["not-probability"] is Status.CONTRADICTED, status
    assert status["proportion-formula"] is Status.COVERED, status


def test_constitutional_ai_said_to_have_no_reinforcement_stage_is_contradicted(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Seen in the app: "it does not use reinforcement learning at all" went unchallenged, and the
    interviewer only probed the RL stage. Saying it has no human harmlessness labels is right."""
    wrong = (
        "Constitutional AI trains a model to follow a written list of principles. The model "
        "critiques and revises its own responses and is fine-tuned on the revisions. Unlike RLHF, it "
        "does not use reinforcement learning at all; it is only supervised fine-tuning."
    )
    status = {
        p.point_id: p.status for p in grade(grader, builtin_bank, "llm.constitutional_ai", wrong).points
    }
    assert status["ai-feedback"] is Status.CONTRADICTED, status
    right = (
        "Unlike RLHF, it does not use human preference labels for harmlessness: in the reinforcement "
        "learning phase an AI model compares pairs of responses against the constitution, and those "
        "labels train the preference model."
    )
    result = grade(grader, builtin_bank, "llm.constitutional_ai", right)
    assert not [p.point_id for p in result.points if p.status is Status.CONTRADICTED]


def test_an_example_that_sets_the_terms_against_each_other_does_not_make_a_swap(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Which words are said of which term is read from the points, not their examples: with the
    example "Bergstra and Bengio showed random search beats grid search ..." read as a claim,
    "Random search ... covers each important dimension ...; Bergstra and Bengio showed it beats
    grid search" was a random/grid swap, and a correct answer lost the point."""
    base = builtin_bank.get("ml.hyperparameter_tuning")
    assert base is not None
    points = tuple(
        p.model_copy(
            update={
                "examples": (
                    *p.examples,
                    "Bergstra and Bengio showed random search beats grid search because only a "
                    "few hyperparameters really matter.",
                    "With nine trials, a 3 by 3 grid tests only three learning rates, but random "
                    "search tests nine distinct ones.",
                )
            }
        )
        if p.id == "random"
        else p
        for p in base.points
    )
    question = base.model_copy(update={"id": "test.hyperparameter_examples", "points": points})
    answer = (
        "Grid search tries every combination on a fixed grid, so its cost grows exponentially with "
        "the number of hyperparameters. Random search samples configurations, and because usually "
        "only a few hyperparameters matter, it covers each important dimension with more distinct "
        "values for the same budget; Bergstra and Bengio showed it beats grid search."
    )
    grade = grader.grade(question, answer)
    random = next(p for p in grade.points if p.point_id == "random")
    assert random.status is Status.COVERED, (random.status, random.contradiction)


def test_the_two_things_set_against_each_other_by_rather_than() -> None:
    text = "So the 95 percent describes this particular interval rather than the procedure that produced it."
    sides = preference_sides(text)
    assert sides is not None
    assert [text[a:b] for a, b in sides] == ["this particular interval", "the procedure"]
    assert exchange_sides("It describes the method rather than this interval.") == (
        "It describes this interval rather than the method."
    )
    # A preference in a clause of its own, or two of them, is not read.
    assert preference_sides("I owned it, instead of blaming others.") is None
    assert preference_sides("A rather than B, and C instead of D.") is None
    # "Rather than" is no denial of its own; a "not" in its clause is.
    assert not preference_denied("It describes the method rather than this interval.")
    assert preference_denied("It does not describe the method rather than this interval.")


def test_what_a_denial_governs_is_left_out_and_what_comes_before_it_stays() -> None:
    # "zero" is also denied ("exactly zero"): what is said of it is not plain, so it goes too.
    assert (
        without_denials(
            "L2 regularization penalizes squared weights, shrinking every weight toward zero without "
            "making any of them exactly zero."
        )
        == "L2 regularization penalizes squared weights shrinking every weight toward"
    )
    assert without_denials("L1 does not penalize the squared weights.") == ""
    # What is left of a clause set against its denial stands apart from the next clause.
    assert (
        without_denials(
            "It gives a weighted sum of the value vectors, not the key vectors; the keys decide the weights."
        )
        == "It gives a weighted sum of value; the keys decide the weights."
    )
    assert (
        without_denials("Reward confident answers, so it learns not to abstain.")
        == "Reward confident answers"
    )
    # A clause whose every word the denial speaks of leaves nothing, not a stray separator.
    assert (
        without_denials("The values and the keys, not the values and the keys; the keys decide the weights.")
        == "the keys decide the weights."
    )


def test_a_preference_turned_round_is_contradicted_and_the_right_way_round_stands(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    formula = (
        " For accuracy p on n examples the standard error is the square root of p times one minus p "
        "over n, and the interval is plus or minus 1.96 standard errors."
    )
    wrong = grade(
        grader,
        builtin_bank,
        "stats.confidence_intervals",
        "Once computed, the 95 percent describes this particular interval rather than the procedure "
        "that produced it." + formula,
    )
    point = next(p for p in wrong.points if p.point_id == "not-probability")
    assert point.status is Status.CONTRADICTED and point.contradiction_kind == "swap", point
    assert point.contradiction is not None and "this interval rather than the method" in point.contradiction
    right = grade(
        grader,
        builtin_bank,
        "stats.confidence_intervals",
        "Once computed, the 95 percent describes the procedure that produced it rather than this "
        "particular interval." + formula,
    )
    assert not right.contradicted, [(p.point_id, p.evidence) for p in right.contradicted]
    assert right.score >= wrong.score + 15


def test_a_swap_is_read_in_a_sentence_that_denies_something_elsewhere(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """The "not" of "so it learns not to abstain" denies the consequence, not the swap before it."""
    said = "In training, reward confident answers and penalize the model whenever it admits uncertainty"
    wrong = grade(grader, builtin_bank, "llm.hallucination", said + ", so it learns not to abstain.")
    point = next(p for p in wrong.points if p.point_id == "calibration-training")
    assert point.status is Status.CONTRADICTED and point.contradiction_kind == "swap", point
    right = grade(
        grader,
        builtin_bank,
        "llm.hallucination",
        "In training, penalize confident wrong answers and reward the model whenever it admits "
        "uncertainty, so it learns not to bluff.",
    )
    assert not right.contradicted, [(p.point_id, p.evidence) for p in right.contradicted]


def test_a_wrong_turn_a_story_owns_is_told_not_claimed(grader: Grader, builtin_bank: QuestionBank) -> None:
    story = (
        "Last year my teammate and I disagreed about whether to fine-tune or use retrieval for our "
        "support bot, which had a launch in six weeks. At first it became a question of who was right "
        "rather than what worked, and we argued in two meetings.{owned} So I proposed a one-week "
        "bake-off on 500 real tickets, and I built the evaluation harness myself. Retrieval won, 71 "
        "percent resolved against 58, and my teammate agreed. I learned to reach for a cheap "
        "experiment before a debate."
    )
    told = grade(
        grader,
        builtin_bank,
        "beh.technical_disagreement",
        story.format(owned=" Looking back, that was my mistake."),
    )
    assert not told.contradicted, [(p.point_id, p.evidence) for p in told.contradicted]
    claimed = grade(grader, builtin_bank, "beh.technical_disagreement", story.format(owned=""))
    assert any(p.contradiction_kind == "swap" for p in claimed.contradicted), claimed.points
    assert told.score >= claimed.score + 20


def test_an_attention_mask_read_the_wrong_way_round_is_contradicted(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """The question says True means a query may look at a key: minus infinity where the mask is
    True hides exactly the keys it may see; a max taken down the columns is the wrong axis."""
    status = lambda text, point: next(  # noqa: E731
        p.status for p in grade(grader, builtin_bank, "code.attention", text).points if p.point_id == point
    )
    inverted = "Where the mask is True I set the score to minus infinity, so those positions get zero weight."
    right = "Where the mask is False I set the score to minus infinity, so those positions get zero weight."
    assert status(inverted, "masking") is Status.CONTRADICTED
    assert status(right, "masking") is Status.COVERED
    kept = "Where the mask is True the scores get kept, and where it is False I set them to minus infinity."
    assert status(kept, "masking") is not Status.CONTRADICTED
    columns = "Before the softmax I subtract each column's maximum score so the exponentials cannot overflow."
    rows = "Before the softmax I subtract each row's maximum score so the exponentials cannot overflow."
    assert status(columns, "stability") is Status.CONTRADICTED
    assert status(rows, "stability") is not Status.CONTRADICTED


def test_a_comparison_is_read_for_which_term_it_ranks_first() -> None:
    grid, rand = "grid search", "random search"
    assert ranked_first("Random search usually beats grid search for the same budget.", grid, rand) == rand
    # The pronoun stands for the term named last before the comparison.
    said = "I mostly use grid search, because it is always more efficient than random search."
    assert ranked_first(said, grid, rand) == grid
    assert ranked_first("Grid search is worse than random search at a fixed budget.", grid, rand) == rand
    assert ranked_first("Grid search is not better than random search.", grid, rand) == rand
    # No comparison of the two: nothing ranked.
    both = "Grid search tries every combination while random search samples."
    assert ranked_first(both, grid, rand) is None
    assert ranked_first("Random search is more efficient.", grid, rand) is None
    # A comparison under a condition, or both ways round, ranks nothing.
    scoped = "Grid search is better than random search only when you tune one or two hyperparameters."
    assert ranked_first(scoped, grid, rand) is None
    both_ways = "Grid search is faster than random search per trial, but random search beats grid search."
    assert ranked_first(both_ways, grid, rand) is None


def test_a_comparison_said_the_other_way_round_contradicts_the_point(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """A fluent answer that ranks grid search above random search, with the rest right, scored
    59 with the random-search point covered by the very sentence that denies it."""
    question = builtin_bank.get("ml.hyperparameter_tuning")
    assert question is not None
    wrong = (
        "I mostly use grid search, because it covers the space evenly and is always more efficient "
        "than random search when you have several hyperparameters. Random search wastes trials by "
        "sampling the same region twice. Bayesian optimization fits a surrogate model, like a "
        "Gaussian process, to the results so far and picks the next point by an acquisition "
        "function, which helps when each run is expensive. I also use early stopping to kill bad runs."
    )
    grade = grader.grade(question, wrong)
    random_point = next(p for p in grade.points if p.point_id == "random")
    assert random_point.status is Status.CONTRADICTED and random_point.contradiction_kind == "swap"
    assert random_point.evidence is not None and "more efficient than random search" in random_point.evidence
    right = wrong.replace("I mostly use grid search, because it covers the space evenly and is always more "
                          "efficient than random search", "I mostly use random search, because it is "
                          "usually more efficient than grid search")  # fmt: skip
    assert not grader.grade(question, right).contradicted
    assert grade.score < 30 <= grader.grade(question, right).score
    # Found reviewing it as a candidate: a nuanced comparison read as the reversal scored 0.
    nuanced = (
        "Grid search is better than random search only when you tune one or two hyperparameters, "
        "since then a grid covers the space well; with more of them random search usually beats the "
        "grid for the same budget."
    )
    assert not grader.grade(question, nuanced).contradicted


def test_good_questions_for_the_interviewer_are_no_answer_to_another_question(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Tried in the app at the end of an interview: two good questions for the interviewer sat
    0.31 nearer "Tell me about a time you had to convince other people" than the closing prompt,
    and scored 21 ("wrong question") though they made two of its points at 79-86%."""
    question = builtin_bank.get("phone.questions_for_us")
    assert question is not None
    asked = (
        "How does the team decide which evaluations block a release, and what would success look "
        "like for me after six months?"
    )
    grade = grader.grade(question, asked)
    assert not grade.has_flag(FlagCode.WRONG_QUESTION) and grade.score >= 70


def test_a_correction_is_not_read_as_the_mistake_it_corrects(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Found in the app: challenged on "A word2vec vector changes with the sentence", the
    candidate corrected it, and the correction was read as that same mistake (its whole sentence
    sits near the wrong version "Word2vec and GloVe give a word a different vector depending on
    the sentence") and challenged again."""
    question = builtin_bank.get("nlp.embeddings")
    assert question is not None
    correction = (
        "Sorry, I mixed that up: a word2vec vector is fixed per word, whatever the sentence; "
        "contextual models like BERT are the ones that give bank different vectors in different sentences."
    )
    assert not grader.grade(question, correction).contradicted
    # Which model the words are said of decides, not the words alone.
    right = [
        "GloVe gives a word one vector whatever the sentence, whereas BERT's vector for bank depends on "
        "the sentence around it.",
        "Unlike BERT, word2vec gives the same vector to bank in every sentence.",
        "Word2vec vectors are not contextual; BERT's are.",
    ]
    wrong = [
        "Word2vec gives bank a different vector depending on the sentence it appears in.",
        "Word2vec is contextual, and BERT gives one fixed vector per word.",
        "Word2vec and GloVe give each word one contextual vector, while BERT gives static ones.",
        "Unlike BERT, word2vec gives bank a different vector depending on the sentence.",
    ]
    assert [bool(grader.grade(question, text).contradicted) for text in right + wrong] == [False] * 3 + [
        True
    ] * 4


def test_a_growth_rate_said_wrong_is_caught_and_one_compared_is_not(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Found in the app: "attention cost only grows linearly with the sequence length, which is
    why they handle long documents cheaply" was not challenged (the point covered at 87%): the
    authored wrong version needed two of its words. The growth rate is now its decisive word,
    and a sentence comparing two growth rates says the wrong one of something else."""
    question = builtin_bank.get("dl.transformer")
    assert question is not None
    wrong = [
        "Transformers train faster than RNNs because all positions run in parallel, and attention cost "
        "only grows linearly with the sequence length, which is why they handle long documents cheaply.",
        "Attention cost grows linearly with sequence length.",
    ]
    right = [
        "Attention cost grows quadratically with sequence length, while an RNN step costs the same "
        "however long the input, so its total is linear.",
        "Transformers train in parallel over positions; the price is attention that is quadratic in "
        "length, and RNNs are linear in it.",
        "An RNN is linear in the sequence length but slow to train, because it goes one token at a "
        "time; attention is quadratic but parallel.",
        "With linear attention variants the cost can be made linear, but standard softmax attention "
        "grows quadratically with sequence length.",
    ]
    said = {text: {p.point_id for p in grader.grade(question, text).contradicted} for text in wrong + right}
    assert [bool(said[text]) for text in wrong + right] == [True] * 2 + [False] * 4, said
    assert all(said[text] == {"parallel-cost"} for text in wrong)


def test_the_p_value_read_as_the_chance_the_null_is_true_is_challenged(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Tried in the app: "So a p-value of 0.03 means there is a 3 percent chance that the null
    hypothesis is true", inside an otherwise strong answer, scored 85 and was pushed with a
    deeper follow-up: the classic misreading, not caught (the pitfall sat under the definition
    point's similarity). Denying that misreading, or naming it as one, is the point made: "A
    p-value is not the probability that the null hypothesis is true; it is ..." scored 0 before."""
    question = builtin_bank.get("stats.p_value")
    assert question is not None
    computed = (
        "You choose a test statistic and a null hypothesis, compute the statistic on your data, and find "
        "how often a value at least that extreme would occur if the null hypothesis were true; that "
        "probability is the p-value. {claim} If it is below the significance level chosen in advance, say "
        "0.05, you reject the null. It says nothing about the size of the effect, and with enough data "
        "tiny effects become significant."
    )
    wrong = grader.grade(
        question,
        computed.format(
            claim="So a p-value of 0.03 means there is a 3 percent chance that the null hypothesis is true."
        ),
    )
    assert [p.point_id for p in wrong.contradicted] == ["definition"] and wrong.score <= 50, wrong.score
    # The same misreading with other values is the same claim (it scored 77: "other numbers").
    for claim in (
        "So a p-value of 0.02 means a 2 percent chance that the null hypothesis is true.",
        "So with p at 0.01 there is a 1 percent chance the null hypothesis is true.",
    ):
        other = grader.grade(question, computed.format(claim=claim))
        assert [p.point_id for p in other.contradicted] == ["definition"], (claim, other.score)
    assert grader.grade(
        question, "The p-value is the probability that the null hypothesis is true."
    ).contradicted
    for right in (
        "A p-value is not the probability that the null hypothesis is true; it is the chance of data at "
        "least this extreme if the null were true.",
        "People often misread a p-value as the probability that the null hypothesis is true, but it is "
        "computed assuming the null is true.",
        "The p-value is the probability, assuming the null hypothesis is true, of a statistic at least as "
        "extreme as the one observed.",
    ):
        grade = grader.grade(question, right)
        assert not grade.contradicted and grade.score >= 55, (right, grade.score)
    assert not grader.grade(question, computed.format(claim="")).contradicted


def test_both_for_the_names_before_is_read_with_those_names(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """Tried in the app: "... and GloVe factorizes global co-occurrence counts. Both give each word
    a single vector that changes with the sentence it appears in" was not challenged (86): the
    sentence with "Both" sits 0.42 from the mistake, the one with the names written out 0.6+. A
    sentence that starts with "Both" or "They" is read with the names the sentence before gave."""
    question = builtin_bank.get("nlp.embeddings")
    assert question is not None
    lead = (
        "Embeddings are dense vectors that represent words or tokens so that similar meanings end up "
        "close together. One-hot vectors are huge and say nothing about similarity. Word2vec learns them "
        "by predicting a word from its neighbours, and GloVe factorizes global co-occurrence counts. "
    )
    for wrong in (
        "Both give each word a single vector that changes with the sentence it appears in, so bank in "
        "river bank and bank account get different vectors.",
        "They give every word one contextual vector that depends on the surrounding text.",
    ):
        grade = grader.grade(question, lead + wrong)
        assert "methods" in {p.point_id for p in grade.contradicted}, (wrong, grade.score)
    for right in (
        "Both give each word one static vector, whatever the sentence, so bank has the same vector in "
        "river bank and bank account.",
        "They are cheap to train and still useful as features for small models.",
    ):
        grade = grader.grade(question, lead + right)
        assert not grade.contradicted, (right, [p.point_id for p in grade.contradicted])


def test_a_marked_mistake_followed_by_a_value_called_false_is_still_a_mistake(
    grader: Grader, builtin_bank: QuestionBank
) -> None:
    """A phrase denied or called a mistake after it says no mistake ("more data will not fix
    high bias"); but "False" after it is as often a value: "I set the scores to zero wherever
    the mask is False" still zeroes the scores instead of giving them minus infinity."""
    question = builtin_bank.get("code.attention")
    assert question is not None
    said = next(
        r["answer"]
        for r in map(json.loads, (Path(__file__).parent / "data" / "adversarial.jsonl").open())
        if r["question_id"] == "code.attention" and r["kind"] == "misconception"
    )
    assert "wherever the mask is False" in said
    assert "masking" in {p.point_id for p in grader.grade(question, said).contradicted}
    denied = said.replace("I set the scores to zero", "it would be wrong to set the scores to zero")
    assert "masking" not in {p.point_id for p in grader.grade(question, denied).contradicted}
