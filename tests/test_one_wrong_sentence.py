"""One wrong sentence inside an otherwise strong answer, as a hostile candidate would slip it in.

Found by trying it (sessions of 2026-12-06, five rounds over twelve questions): each of these scored
within a few points of the strong answer, the wrong sentence ignored or even credited
("Resampling does not change the predicted probabilities" made the calibration point at 0.78).
Each must now contradict the point it gets wrong; and the right sentences next to them, worded
close to the same mistakes (a condition, a correction, a counterfactual, a myth named as one),
must not.
"""

from __future__ import annotations

import pytest

from interviewer.bank.loader import QuestionBank
from interviewer.grading.grader import Grader

STRONG = {
    "ml.class_imbalance": [
        "Accuracy is useless at one in a thousand, so I'd look at precision-recall curves and use "
        "stratified folds.",
        "The first thing I'd do is keep the scores and move the threshold to where the cost of a miss "
        "balances a false alarm.",
        "Class weights or focal loss make rare-class errors count more.",
        "Resampling is secondary; I'd undersample negatives mainly to save compute, and SMOTE rarely "
        "helps strong models.",
        "Reweighting distorts probabilities, so I'd recalibrate, and I'd only resample the training split.",
    ],
    "llm.rlhf": [
        "You start from a supervised fine-tuned model trained on good demonstrations.",
        "Labelers compare two responses to the same prompt and pick the better one.",
        "A reward model is trained on those comparisons with a pairwise Bradley-Terry loss, so preferred "
        "answers get higher scores.",
        "During RL a KL penalty keeps the policy near the reference model so it cannot just exploit the "
        "reward model.",
        "PPO with a value critic was the classic choice, and critic-free methods like GRPO compare "
        "samples for the same prompt.",
        "Reward hacking is when the policy exploits reward-model flaws, getting verbose or sycophantic "
        "while real quality drops.",
        "DPO skips the separate reward model and learns from the preference pairs directly.",
    ],
    "dl.dropout": [
        "During training dropout zeroes each activation with probability p, drawing a fresh mask every step.",
        "That stops units from co-adapting, so the network learns redundant features.",
        "You can see it as training an ensemble of thinned subnetworks that share weights.",
        "At test time dropout is switched off, and with inverted dropout the surviving activations are "
        "scaled up during training so expectations match.",
        "Big pretrained models often use little dropout because they rarely see an example twice.",
    ],
    "dl.optimizers": [
        "Plain SGD moves every weight against the mini-batch gradient with one global learning rate.",
        "Momentum keeps a decaying average of past gradients, so it speeds up along consistent directions "
        "and damps oscillation.",
        "Adam divides each parameter's step by a running average of its squared gradients, so every "
        "parameter gets its own effective rate.",
        "AdamW decouples weight decay from that adaptive update and is the default for transformers.",
        "The cost is memory, two extra states per parameter, and well-tuned SGD with momentum sometimes "
        "generalizes better.",
    ],
    "ml.cross_validation": [
        "K-fold splits the data into k folds, trains on k minus one and validates on the one left out, "
        "rotating through all of them.",
        "Averaging the fold scores gives a lower-variance estimate than one train-test split.",
        "The spread of fold scores understates the uncertainty, since the folds share most of their "
        "training data.",
        "I tune hyperparameters on the averaged fold scores and report the final number on an untouched "
        "test set.",
        "With rare classes I stratify the folds, and rows from the same patient go in the same fold.",
        "For time series the validation fold always comes after the training data.",
        "Scaling and feature selection are fitted inside each training fold to avoid leakage.",
    ],
    "ml.boosting_vs_random_forest": [
        "A random forest trains many deep trees independently on bootstrap samples with a random subset of "
        "features at each split.",
        "Averaging decorrelated trees mostly cuts variance, so it is robust with little tuning.",
        "More trees never make it overfit; the error just levels off.",
        "Gradient boosting adds shallow trees one at a time, each fitted to the negative gradient of the "
        "loss.",
        "Boosting mainly reduces bias and usually wins on tabular data.",
        "It is sensitive to the learning rate, depth and number of rounds, so it needs early stopping.",
        "Forest trees build in parallel, boosting rounds must run in order.",
    ],
    "dl.batch_norm": [
        "During training, batch norm standardizes each feature using the mean and variance of the current "
        "mini-batch.",
        "Then a learned scale and shift, gamma and beta, let the network undo that normalization where it "
        "helps.",
        "At inference it uses running averages of the mean and variance collected during training, so a "
        "prediction does not depend on which batch it came in.",
        "It makes optimization faster and more stable and tolerates higher learning rates.",
        "The batch noise also regularizes a little.",
        "With tiny batches or in transformers the batch statistics get unreliable, so layer norm, which "
        "normalizes within one example, is used instead.",
    ],
    "dl.residual_connections": [
        "Backprop multiplies per-layer derivatives, so in a deep network the gradient shrinks or explodes "
        "exponentially with depth.",
        "Sigmoid and tanh saturate, with tiny derivatives over most of their range, which makes it worse.",
        "Deep plain networks even end up with higher training error than shallower ones, an optimization "
        "failure rather than overfitting.",
        "A residual block outputs its input plus a learned correction, so each layer only learns a change "
        "to the identity.",
        "The identity path gives the gradient a direct route back to the early layers.",
        "ReLU, careful initialization, normalization and gradient clipping help too.",
    ],
    "stats.central_limit_theorem": [
        "The CLT says the mean of many independent draws is approximately normal, and the approximation "
        "gets better as n grows.",
        "That holds whatever the underlying distribution is, skewed or uniform, as long as the variance is "
        "finite.",
        "The spread of the sample mean shrinks like sigma over the square root of n, which is the standard "
        "error.",
        "It is why we can put confidence intervals on accuracy and run z-tests on A/B conversion rates.",
        "Convergence can be slow for heavy-tailed data, and it fails outright for the Cauchy, which has no "
        "finite variance.",
    ],
    "ml.data_leakage": [
        "Leakage is when information you won't have at prediction time gets into training or evaluation, so "
        "offline scores look better than production.",
        "Target leakage is a feature that is a consequence or proxy of the label, like a field filled in "
        "after the outcome.",
        "Fitting a scaler or feature selection on the whole dataset before the split leaks test statistics "
        "into training.",
        "Random splits leak through duplicates, shared users or time order, so I split by group and by time.",
        "For language models, benchmark items in the pretraining data are contamination.",
        "I catch it with suspiciously high scores, top features that could only be known later, and overlap "
        "checks between splits.",
    ],
    "nlp.kv_cache": [
        "The KV cache stores the keys and values of earlier tokens so they aren't recomputed at each "
        "generation step.",
        "That works because with a causal mask earlier tokens' keys and values never change when new tokens "
        "are appended.",
        "Inference is a parallel prefill over the prompt, then a sequential decode producing one token per "
        "step.",
        "Cache memory grows linearly with context length, batch size and number of layers, and for long "
        "contexts it can exceed the weights.",
        "Decoding is memory-bandwidth bound, since every step reads the whole cache and the weights.",
        "Grouped-query attention, cache quantization, paged memory and prefix caching all cut its cost.",
    ],
    "dl.mixed_precision": [
        "Mixed precision runs matrix multiplications and stored activations in a 16-bit format, float16 or "
        "bfloat16, instead of float32.",
        "That halves activation memory and lets tensor cores run several times faster.",
        "A float32 master copy of the weights takes the optimizer updates, because tiny updates would round "
        "away in 16 bits.",
        "Float16 gradients can underflow, so dynamic loss scaling multiplies the loss before backprop and "
        "unscales the gradients after.",
        "Bfloat16 keeps float32's exponent range with fewer mantissa bits, so it rarely needs loss scaling.",
    ],
}

# (question, which strong sentence it replaces, the wrong sentence, the point it contradicts)
WRONG = [
    ("ml.class_imbalance", 0, "Accuracy is the right metric here since it counts every example.", "metrics"),
    (
        "ml.class_imbalance",
        1,
        "I'd leave the threshold at 0.5, because moving it breaks the model.",
        "threshold",
    ),
    (
        "ml.class_imbalance",
        4,
        "I'd oversample the whole dataset before splitting so the test set is balanced too.",
        "train-only",
    ),
    (
        "ml.class_imbalance",
        4,
        "Resampling does not change the predicted probabilities, so there is no need to recalibrate.",
        "calibration",
    ),
    (
        "llm.rlhf",
        3,
        "In the RL stage the KL penalty pushes the policy as far from the reference as possible so it "
        "explores.",
        "rl-kl",
    ),
    ("llm.rlhf", 4, "PPO needs no critic at all; it just uses the raw reward.", "rl-algorithms"),
    (
        "llm.rlhf",
        5,
        "Reward hacking is not a real concern if the reward model is big enough.",
        "reward-hacking",
    ),
    (
        "dl.dropout",
        0,
        "Dropout picks one random set of neurons at the start of training and removes them for the "
        "whole run.",
        "mechanism",
    ),
    (
        "dl.dropout",
        0,
        "The dropout mask is drawn once and reused for every batch, so the same units stay off.",
        "mechanism",
    ),
    (
        "dl.dropout",
        4,
        "Big pretrained models use more dropout than small ones because they overfit the most.",
        "when-not",
    ),
    (
        "dl.optimizers",
        2,
        "Adam multiplies each step by the running average of squared gradients, so parameters with big "
        "gradients move even faster.",
        "adam",
    ),
    (
        "ml.cross_validation",
        4,
        "Rows from the same patient should be spread across different folds so each fold sees every patient.",
        "group-folds",
    ),
    (
        "ml.cross_validation",
        5,
        "For time series I shuffle the data before splitting so each fold covers every period.",
        "time-order",
    ),
    (
        "ml.boosting_vs_random_forest",
        2,
        "Adding too many trees makes a random forest overfit, so you should tune the tree count carefully.",
        "rf-more-trees",
    ),
    (
        "ml.boosting_vs_random_forest",
        4,
        "Boosting mainly reduces variance, the same way bagging does.",
        "boosting-bias",
    ),
    (
        "ml.boosting_vs_random_forest",
        6,
        "Boosting rounds can all be trained in parallel, since each tree is independent of the others.",
        "parallel",
    ),
    (
        "dl.batch_norm",
        0,
        "During training, batch norm standardizes each example across its own features, so the other "
        "examples in the batch don't matter.",
        "normalize",
    ),
    (
        "dl.batch_norm",
        2,
        "At inference it computes the mean and variance of the test batch itself, exactly as during "
        "training.",
        "normalize",
    ),
    (
        "dl.residual_connections",
        0,
        "Backprop adds up the per-layer derivatives, so in a deep network the gradient shrinks linearly "
        "with depth.",
        "product",
    ),
    (
        "dl.residual_connections",
        2,
        "Deep plain networks only do worse because they overfit: their training error is lower than a "
        "shallow network's.",
        "degradation",
    ),
    (
        "ml.data_leakage",
        0,
        "Leakage is when your training data gets exposed to people outside the company, a privacy breach.",
        "definition",
    ),
    (
        "ml.data_leakage",
        3,
        "A random row-level split is always safe if the test set is big enough.",
        "split-structure",
    ),
    (
        "nlp.kv_cache",
        0,
        "The KV cache stores the query vectors of earlier tokens so they aren't recomputed at each "
        "generation step.",
        "what",
    ),
    (
        "nlp.kv_cache",
        3,
        "Cache memory grows quadratically with context length, like the attention matrix.",
        "memory",
    ),
    (
        "dl.mixed_precision",
        2,
        "The weights themselves are kept in float16 and the optimizer updates them directly; no float32 "
        "copy is needed.",
        "master-weights",
    ),
    (
        "dl.mixed_precision",
        4,
        "Bfloat16 has more mantissa bits than float16, so it is more precise but has a smaller range.",
        "bf16",
    ),
    (
        "dl.optimizers",
        2,
        "Adam does not divide each parameter's step by a running average of its squared gradients, so every "
        "parameter gets the same rate.",
        "adam",
    ),
    (
        "dl.batch_norm",
        3,
        "Batch norm forces you to use a smaller learning rate because the gradients get noisier.",
        "benefits",
    ),
    (
        "dl.residual_connections",
        3,
        "A residual block concatenates its input to its output, so the network gets wider and has more "
        "capacity.",
        "residual-block",
    ),
    (
        "stats.central_limit_theorem",
        2,
        "The standard error doesn't shrink with more samples; it is just the standard deviation of the data.",
        "standard-error",
    ),
    (
        "stats.central_limit_theorem",
        2,
        "The standard error is simply the standard deviation of the data, so it stays the same as you "
        "collect more.",
        "standard-error",
    ),
    (
        "dl.mixed_precision",
        3,
        "Float16 gradients can overflow, so loss scaling divides the loss before backprop to keep them "
        "small.",
        "loss-scaling",
    ),
    (
        "ml.data_leakage",
        1,
        "A field recorded after the outcome is a perfectly good feature as long as it is in the historical "
        "data.",
        "target-leakage",
    ),
    (
        "ml.data_leakage",
        1,
        "A feature recorded after the outcome is fine to use as long as it is in the historical training "
        "data.",
        "target-leakage",
    ),
]

RIGHT = [
    (
        "ml.class_imbalance",
        0,
        "Accuracy is a good metric only when the classes are balanced, which they are not here, so I'd "
        "use precision-recall curves.",
    ),
    (
        "ml.class_imbalance",
        0,
        "Plain accuracy is the right metric for balanced classes, but at one in a thousand it is "
        "meaningless.",
    ),
    (
        "ml.class_imbalance",
        1,
        "Instead of keeping the threshold at 0.5, I'd pick it from the costs of misses and false alarms.",
    ),
    (
        "ml.class_imbalance",
        4,
        "Never resample before splitting; only the training split gets resampled, so the test set keeps "
        "the true ratio.",
    ),
    ("ml.class_imbalance", 4, "Don't balance the test set: it should keep the real class ratio."),
    (
        "ml.class_imbalance",
        4,
        "Undersampling does distort the probabilities, so it is wrong to think it doesn't change the "
        "predicted probabilities; I'd recalibrate.",
    ),
    ("llm.rlhf", 4, "GRPO needs no critic, unlike PPO, which trains a value network next to the policy."),
    (
        "llm.rlhf",
        3,
        "Without the KL penalty the policy would drift as far from the reference as it likes to exploit "
        "the reward model.",
    ),
    ("llm.rlhf", 5, "Reward hacking is not a concern you can ignore: a bigger reward model only delays it."),
    (
        "dl.dropout",
        0,
        "The mask is not drawn once and reused: each step samples a new one, so different units are dropped.",
    ),
    (
        "dl.dropout",
        4,
        "Small models trained on little data need more dropout, while big pretrained models use little "
        "or none.",
    ),
    (
        "dl.optimizers",
        2,
        "Adam divides rather than multiplies each step by the root of the running average of squared "
        "gradients, so big gradients are damped.",
    ),
    (
        "dl.optimizers",
        4,
        "People assume Adam needs no extra memory, but it keeps two running averages per weight.",
    ),
    (
        "ml.cross_validation",
        4,
        "Rows from the same patient must never be split across folds, or the model memorizes patients.",
    ),
    (
        "ml.cross_validation",
        4,
        "If one patient's rows were spread across different folds, the score would be too optimistic, so I "
        "use group k-fold.",
    ),
    (
        "ml.cross_validation",
        5,
        "For time series I never shuffle before splitting; each validation fold comes after its training "
        "data.",
    ),
    (
        "ml.cross_validation",
        5,
        "Don't shuffle the data before splitting a time series: validate on the period after training.",
    ),
    (
        "ml.boosting_vs_random_forest",
        2,
        "It is a myth that too many trees make a random forest overfit; the error just plateaus.",
    ),
    (
        "ml.boosting_vs_random_forest",
        2,
        "Unlike boosting, where too many rounds overfit, adding trees to a forest only levels the error off.",
    ),
    (
        "ml.boosting_vs_random_forest",
        6,
        "Boosting rounds cannot be trained in parallel, though XGBoost parallelizes the split search "
        "inside each tree.",
    ),
    (
        "ml.boosting_vs_random_forest",
        4,
        "Bagging mostly reduces variance, while boosting mainly reduces bias.",
    ),
    (
        "dl.batch_norm",
        2,
        "At inference it does not use the statistics of the test batch; it uses running averages collected "
        "during training.",
    ),
    (
        "dl.batch_norm",
        3,
        "It does not slow training down; it makes optimization faster and tolerates higher learning rates.",
    ),
    (
        "dl.residual_connections",
        2,
        "Deep plain networks do worse not because they overfit but because they are harder to optimize: "
        "their training error is higher.",
    ),
    (
        "dl.residual_connections",
        3,
        "A residual block adds its input to its output rather than concatenating it, so each layer learns a "
        "change to the identity.",
    ),
    (
        "stats.central_limit_theorem",
        0,
        "The CLT does not say the data become normal; it says the mean of many independent draws is "
        "approximately normal.",
    ),
    (
        "stats.central_limit_theorem",
        1,
        "The data don't need to be normal: the mean is approximately normal whatever the distribution, as "
        "long as the variance is finite.",
    ),
    (
        "ml.data_leakage",
        1,
        "A field recorded after the outcome is not a usable feature, even if it is in the historical data.",
    ),
    (
        "nlp.kv_cache",
        3,
        "Cache memory grows linearly with context length, not quadratically like the attention matrix, and "
        "for long contexts it can exceed the weights.",
    ),
    (
        "nlp.kv_cache",
        4,
        "Decoding is not compute-bound: every step reads the whole cache and the weights, so memory "
        "bandwidth limits it.",
    ),
    (
        "dl.mixed_precision",
        2,
        "The optimizer does not update float16 weights directly: a float32 master copy takes the updates, "
        "because tiny updates would round away in 16 bits.",
    ),
    (
        "dl.mixed_precision",
        4,
        "Bfloat16 has fewer mantissa bits than float16, so it is less precise but keeps float32's range.",
    ),
    (
        "dl.optimizers",
        4,
        "SGD needs no extra memory beyond the weights, while Adam keeps two states per parameter, and tuned "
        "SGD sometimes generalizes better.",
    ),
    (
        "dl.optimizers",
        4,
        "Plain SGD stores no optimizer state, whereas Adam stores two extra values per parameter.",
    ),
    (
        "dl.batch_norm",
        3,
        "Without batch norm you would need a smaller learning rate; with it, training is faster and more "
        "stable.",
    ),
    (
        "dl.batch_norm",
        3,
        "People think it forces you to use a smaller learning rate, but it actually lets you use a higher "
        "one.",
    ),
    (
        "dl.residual_connections",
        3,
        "A residual block outputs its input plus a learned correction; DenseNet instead concatenates each "
        "block's input with its output.",
    ),
    (
        "dl.residual_connections",
        3,
        "Unlike DenseNet, which concatenates features, a residual block adds its input to a learned "
        "correction.",
    ),
    (
        "stats.central_limit_theorem",
        2,
        "The standard error is not just the standard deviation of the data: it shrinks like sigma over the "
        "square root of n.",
    ),
    (
        "stats.central_limit_theorem",
        2,
        "The standard deviation of the data stays the same as the sample grows, but the standard error "
        "shrinks like sigma over root n.",
    ),
    (
        "dl.mixed_precision",
        3,
        "Float16 gradients can underflow, so loss scaling multiplies the loss before backprop and divides "
        "the gradients by the same factor afterwards.",
    ),
    (
        "dl.mixed_precision",
        3,
        "Small float16 gradients underflow, so the loss is scaled up; if the scaled gradients overflow, the "
        "scale is cut and the step skipped.",
    ),
    (
        "ml.data_leakage",
        1,
        "Target leakage is a feature recorded after the outcome, which looks fine in historical data but is "
        "missing at prediction time.",
    ),
    (
        "ml.data_leakage",
        2,
        "Fitting the scaler on the whole dataset before splitting is not fine, even though it never sees the "
        "labels: test statistics leak into training.",
    ),
]


def _with(question_id: str, index: int, sentence: str) -> str:
    sentences = list(STRONG[question_id])
    sentences[index] = sentence
    return " ".join(sentences)


@pytest.mark.parametrize(("question_id", "index", "sentence", "point"), WRONG)
def test_one_wrong_sentence_contradicts_its_point(
    grader: Grader, builtin_bank: QuestionBank, question_id: str, index: int, sentence: str, point: str
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None
    strong = grader.grade(question, " ".join(STRONG[question_id]))
    assert strong.score >= 85 and not strong.contradicted, strong.score
    grade = grader.grade(question, _with(question_id, index, sentence))
    assert point in {p.point_id for p in grade.contradicted}, (grade.score, grade.contradicted)
    assert grade.score <= strong.score - 10, (grade.score, strong.score)


@pytest.mark.parametrize(("question_id", "index", "sentence"), RIGHT)
def test_a_right_sentence_worded_near_the_mistake_stands(
    grader: Grader, builtin_bank: QuestionBank, question_id: str, index: int, sentence: str
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None
    grade = grader.grade(question, _with(question_id, index, sentence))
    assert not grade.contradicted, [(p.point_id, p.evidence) for p in grade.contradicted]
