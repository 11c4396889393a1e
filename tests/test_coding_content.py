"""What the coding questions expect is right: each expected value is recomputed here independently
(NumPy, and PyTorch, Hugging Face transformers or scikit-learn where installed), the size tests
tell a linear or n log n solution from a quadratic one, and the graded follow-ups are well formed.

Each test guards a defect found in review; the bank's old expectation fails it.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

import numpy as np
import pytest

from interviewer.bank.loader import MAX_NODES, QuestionBank, _bounds
from interviewer.bank.schema import CodeTest, CodingSpec, Question, Stage, split_reference
from interviewer.coding._harness import generate
from interviewer.coding.runner import CaseStatus, Verdict, run_tests, values_match


def question(bank: QuestionBank, question_id: str) -> Question:
    found = bank.get(question_id)
    assert found is not None and found.coding is not None, question_id
    return found


def spec_of(bank: QuestionBank, question_id: str) -> CodingSpec:
    spec = question(bank, question_id).coding
    assert spec is not None
    return spec


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def expected_value(test: CodeTest) -> Any:
    assert test.outcome == "expected", test.name
    return test.expected


def close(got: Any, test: CodeTest, spec: CodingSpec) -> bool:
    """The comparison the runner makes, at the test's tolerance."""
    return values_match(expected_value(test), got, spec.tolerance(test))


def as_plain(value: Any) -> Any:
    """NumPy arrays and scalars as lists and floats, as the runner sees a returned value."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, tuple | list):
        return [as_plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


# ---------------------------------------------------------------------------- top-k then top-p


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max())
    return e / e.sum()


def hf_filter(logits: list[float], top_k: int, top_p: float) -> list[float]:
    """Hugging Face's order, written out: top-k masks the other logits to minus infinity, then
    top-p works on the softmax of what is left (so on the renormalized top-k distribution),
    dropping the tokens whose ascending cumulative probability is at most 1 - top_p."""
    z = np.asarray(logits, dtype=float)
    if top_k > 0:
        kth = np.sort(z)[::-1][min(top_k, len(z)) - 1]
        z = np.where(z < kth, -np.inf, z)
    if top_p < 1.0:
        ascending = np.argsort(z, kind="stable")
        cumulative = np.cumsum(softmax(z[ascending]))
        remove = cumulative <= 1 - top_p
        remove[-1] = False  # the most probable token always stays
        z[ascending[remove]] = -np.inf
    return softmax(z).tolist()


def without_renormalizing(logits: list[float], top_k: int, top_p: float) -> list[float]:
    """The old expectation: the nucleus cut on the full distribution, intersected with top-k."""
    p = softmax(np.asarray(logits, dtype=float))
    order = np.argsort(-p, kind="stable")
    keep = np.zeros(len(p), dtype=bool)
    keep[order[:top_k]] = True
    cutoff = int(np.searchsorted(np.cumsum(p[order]), top_p)) + 1
    nucleus = np.zeros(len(p), dtype=bool)
    nucleus[order[:cutoff]] = True
    out = np.where(keep & nucleus, p, 0.0)
    return (out / out.sum()).tolist()


def combined_tests(spec: CodingSpec) -> list[CodeTest]:
    return [
        t
        for t in spec.tests
        if t.kwargs.get("top_k", 0) > 0 and t.kwargs.get("top_p", 1.0) < 1.0 and t.outcome == "expected"
    ]


def test_top_p_is_applied_to_the_renormalized_top_k_distribution(builtin_bank: QuestionBank) -> None:
    q = question(builtin_bank, "code.top_p_sampling")
    spec = spec_of(builtin_bank, "code.top_p_sampling")
    assert "renormalize the k survivors" in q.prompt
    both = combined_tests(spec)
    assert len(both) >= 2 and any(t in spec.examples for t in both), "a visible test must show the order"
    for test in both:
        logits, top_k, top_p = test.args[0], test.kwargs["top_k"], test.kwargs["top_p"]
        assert close(hf_filter(logits, top_k, top_p), test, spec), (test.name, test.expected)
        # Each of these tests tells the two orders apart.
        assert not close(without_renormalizing(logits, top_k, top_p), test, spec), test.name
    # The single filters agree with the same independent computation.
    for test in spec.tests:
        if test.outcome == "expected" and test not in both:
            kwargs = {"top_k": test.kwargs.get("top_k", 0), "top_p": test.kwargs.get("top_p", 1.0)}
            assert close(hf_filter(test.args[0], **kwargs), test, spec), test.name


def test_top_k_then_top_p_matches_hugging_face_warpers(builtin_bank: QuestionBank) -> None:
    torch = pytest.importorskip("torch")
    logits_process = pytest.importorskip("transformers.generation.logits_process")
    spec = spec_of(builtin_bank, "code.top_p_sampling")
    for test in combined_tests(spec):
        scores = torch.tensor([test.args[0]], dtype=torch.float64)
        scores = logits_process.TopKLogitsWarper(top_k=test.kwargs["top_k"])(None, scores)
        scores = logits_process.TopPLogitsWarper(top_p=test.kwargs["top_p"])(None, scores)
        probs = torch.softmax(scores, dim=-1)[0].tolist()
        assert close(probs, test, spec), (test.name, probs)


# ---------------------------------------------------------------------------- batch norm


def batchnorm_reference(
    x: list[list[float]],
    gamma: list[float],
    beta: list[float],
    running_mean: list[float],
    running_var: list[float],
    training: bool,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> list[Any]:
    """PyTorch's rule: normalize with the biased batch variance, feed the unbiased one (n - 1)
    into the running estimate."""
    a = np.asarray(x, dtype=float)
    rm, rv = np.asarray(running_mean, dtype=float), np.asarray(running_var, dtype=float)
    if training:
        mean, var = a.mean(axis=0), a.var(axis=0)
        rm = (1 - momentum) * rm + momentum * mean
        rv = (1 - momentum) * rv + momentum * a.var(axis=0, ddof=1)
    else:
        mean, var = rm, rv
    out = np.asarray(gamma) * (a - mean) / np.sqrt(var + eps) + np.asarray(beta)
    return [out.tolist(), rm.tolist(), rv.tolist()]


def test_batchnorm_running_variance_is_unbiased_as_in_pytorch(builtin_bank: QuestionBank) -> None:
    q = question(builtin_bank, "code.batchnorm")
    spec = spec_of(builtin_bank, "code.batchnorm")
    assert "n − 1" in q.prompt and "unbiased" in q.prompt
    training = [t for t in spec.tests if t.outcome == "expected" and t.args[5] is True]
    assert len(training) >= 3
    for test in spec.tests:
        if test.outcome == "expected":
            assert close(batchnorm_reference(*test.args, **test.kwargs), test, spec), test.name
    for test in training:
        # The old expectation, a biased running variance, is wrong on every training test.
        x = np.asarray(test.args[0], dtype=float)
        momentum = test.kwargs.get("momentum", 0.1)
        biased = (1 - momentum) * np.asarray(test.args[4]) + momentum * x.var(axis=0)
        assert not values_match(expected_value(test)[2], biased.tolist(), spec.tolerance(test)), test.name
    single = [t for t in spec.tests if t.args[5] is True and len(t.args[0]) == 1]
    assert single and all(t.raises == "ValueError" for t in single), "training on one row must raise"


def test_batchnorm_expectations_match_torch(builtin_bank: QuestionBank) -> None:
    torch = pytest.importorskip("torch")
    spec = spec_of(builtin_bank, "code.batchnorm")
    for test in spec.tests:
        x, gamma, beta, running_mean, running_var, training = test.args
        momentum = test.kwargs.get("momentum", 0.1)
        eps = test.kwargs.get("eps", 1e-5)
        rm = torch.tensor(running_mean, dtype=torch.float64)
        rv = torch.tensor(running_var, dtype=torch.float64)

        def call(
            x: list[list[float]] = x,
            gamma: list[float] = gamma,
            beta: list[float] = beta,
            training: bool = training,
            momentum: float = momentum,
            eps: float = eps,
            rm: Any = rm,
            rv: Any = rv,
        ) -> Any:
            return torch.nn.functional.batch_norm(
                torch.tensor(x, dtype=torch.float64),
                rm,
                rv,
                torch.tensor(gamma, dtype=torch.float64),
                torch.tensor(beta, dtype=torch.float64),
                training=training,
                momentum=momentum,
                eps=eps,
            )

        if test.outcome == "raises":
            with pytest.raises(ValueError):
                call()
            continue
        out = call()  # updates rm and rv in place, as the layer does
        assert close([out.tolist(), rm.tolist(), rv.tolist()], test, spec), test.name


# ---------------------------------------------------------------------------- attention


def attention_reference(
    Q: list[list[float]], K: list[list[float]], V: list[list[float]], mask: list[list[bool]] | None = None
) -> list[list[float]]:
    """Row by row, so that a fully masked row is handled on its own: its output is all zeros."""
    q, k, v = (np.asarray(a, dtype=float) for a in (Q, K, V))
    allowed = np.ones((len(q), len(k)), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    out = np.zeros((len(q), v.shape[1]))
    for i in range(len(q)):
        keys = np.flatnonzero(allowed[i])
        if len(keys):
            out[i] = softmax(k[keys] @ q[i] / np.sqrt(q.shape[1])) @ v[keys]
    return out.tolist()


def test_attention_defines_a_fully_masked_row_as_zeros(builtin_bank: QuestionBank) -> None:
    q = question(builtin_bank, "code.attention")
    spec = spec_of(builtin_bank, "code.attention")
    assert "all zeros" in q.prompt and "NaN" in q.prompt
    for test in spec.tests:
        assert close(attention_reference(*test.args, **test.kwargs), test, spec), test.name
    masked = [t for t in spec.tests if len(t.args) > 3 and any(not any(row) for row in t.args[3])]
    assert masked, "no test has a query that may look at no key"
    for test in masked:
        expected = expected_value(test)
        for row, out in zip(test.args[3], expected, strict=True):
            if not any(row):
                assert out == [0.0] * len(out)
        assert any(any(row) for row in test.args[3]), "the other rows must still be checked"
    # The reference solution returns zeros there, not NaN, through the sandbox.
    result = run_tests(spec.reference_solution, spec.entry_point, masked, spec)
    assert result.ok, [c.to_dict() for c in result.cases]


def test_attention_that_returns_nan_for_a_fully_masked_row_fails(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.attention")
    textbook = code(
        """
        import numpy as np

        def attention(Q, K, V, mask=None):
            scores = Q @ K.T / np.sqrt(Q.shape[1])
            if mask is not None:
                scores = np.where(mask, scores, -np.inf)
            w = np.exp(scores - scores.max(axis=1, keepdims=True))
            return (w / w.sum(axis=1, keepdims=True)) @ V
        """
    )
    result = run_tests(textbook, spec.entry_point, spec.tests, spec)
    fully_masked = {t.name for t in spec.tests if len(t.args) > 3 and not all(any(r) for r in t.args[3])}
    assert fully_masked and {c.name for c in result.cases if not c.passed} == fully_masked


# ---------------------------------------------------------------------------- log loss from logits

NEGATION = re.compile(r"\b(never|not|only|rather than|instead of|would only|wrong|pitfall)\b", re.IGNORECASE)
CLIPPING = re.compile(r"\bclip\w*|\bepsilon\b", re.IGNORECASE)


def advice(q: Question) -> list[str]:
    """What the question tells a candidate to do: prompt, tip, model answer and point texts."""
    texts = [q.prompt, q.tip, q.model_answer, *(p.text for p in q.points)]
    return [s for text in texts for s in split_reference(text)]


@pytest.mark.parametrize(
    ("question_id", "point_id"),
    [("code.logistic_regression", "stability"), ("code.softmax_cross_entropy", "log-sum-exp")],
)
def test_log_loss_is_computed_from_logits_never_from_clipped_probabilities(
    builtin_bank: QuestionBank, question_id: str, point_id: str
) -> None:
    q = question(builtin_bank, question_id)
    # Every mention of clipping or an epsilon in the log is a warning, never a recommendation.
    for sentence in advice(q):
        if CLIPPING.search(sentence):
            assert NEGATION.search(sentence), f"{question_id} recommends clipping: {sentence!r}"
    point = next(p for p in q.points if p.id == point_id)
    assert not any(CLIPPING.search(t) for t in point.terms), point.terms
    assert any(re.search(r"logaddexp|log-sum-exp|log-sigmoid|log-softmax", t) for t in point.terms)
    assert re.search(r"logaddexp|log-sigmoid", q.model_answer), "the binary form is named in both questions"
    # Clipping is named as a mistake, with feedback, and tied to the stability point.
    pitfalls = [p for p in q.pitfalls if CLIPPING.search(p.text)]
    assert pitfalls and all(p.point == point_id for p in pitfalls)


def test_the_logaddexp_loss_is_exact_where_clipping_is_not() -> None:
    z = np.array([-1000.0, -40.0, -1.0, 0.0, 1.0, 40.0, 1000.0])
    for y in (0.0, 1.0):
        stable = np.logaddexp(0.0, z) - y * z  # the loss the two questions teach
        signed = (1 - 2 * y) * z  # -log sigmoid of -signed is the exact loss
        exact = np.maximum(signed, 0.0) + np.log1p(np.exp(-np.abs(signed)))
        assert np.all(np.isfinite(stable)) and np.allclose(stable, exact, rtol=1e-9, atol=1e-12)
        p = np.clip(0.5 * (1 + np.tanh(0.5 * z)), 1e-7, 1 - 1e-7)
        clipped = -(y * np.log(p) + (1 - y) * np.log(1 - p))
        assert np.max(np.abs(clipped - exact)) > 900  # a confident mistake is capped near 16


# ---------------------------------------------------------------------------- size tests


def built_args(test: CodeTest) -> list[Any]:
    """The test's positional arguments as the sandbox passes them, generated ones built."""
    case = generate({"args": list(test.args), "kwargs": dict(test.kwargs)})
    assert "error" not in case, (test.name, case.get("error"))
    return case["args"]


def size_test(spec: CodingSpec, min_len: int) -> CodeTest:
    big = [t for t in spec.hidden if len(built_args(t)[0]) >= min_len]
    assert len(big) == 1, f"expected one hidden test with at least {min_len:,} items"
    # Generated in the sandbox from a short spec, not written out in the bank file.
    assert isinstance(big[0].args[0], dict) and "$generate" in big[0].args[0], big[0].name
    return big[0]


QUADRATIC_AUC = code(
    """
    def roc_auc(labels, scores):
        pos = [s for s, y in zip(scores, labels) if y == 1]
        neg = [s for s, y in zip(scores, labels) if y == 0]
        if not pos or not neg:
            raise ValueError("ROC AUC needs both classes")
        wins = 0.0
        for p in pos:  # every positive against every negative: O(P * N)
            for q in neg:
                if p > q:
                    wins += 1.0
                elif p == q:
                    wins += 0.5
        return wins / (len(pos) * len(neg))
    """
)

QUADRATIC_RESERVOIR = code(
    """
    import random

    def reservoir_sample(stream, k, seed):
        rng = random.Random(seed)
        reservoir = []
        seen = []
        for item in stream:
            seen.append(item)
            i = 0
            for _ in seen:  # recounts the items seen so far: O(n) per item, O(n^2) in all
                i += 1
            if i <= k:
                reservoir.append(item)
            else:
                j = rng.randrange(i)
                if j < k:
                    reservoir[j] = item
        return reservoir
    """
)


def auc_by_ranks(labels: list[int], scores: list[float]) -> float:
    """Mann-Whitney with average ranks for ties, in NumPy (an independent check)."""
    y = np.asarray(labels)
    s = np.asarray(scores, dtype=float)
    _, inverse, counts = np.unique(s, return_inverse=True, return_counts=True)
    first = np.cumsum(counts) - counts  # 0-based rank of the first of each tied group
    ranks = first[inverse] + (counts[inverse] + 1) / 2
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    return float((ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


@pytest.mark.parametrize(
    ("question_id", "min_len", "quadratic"),
    # Generated inputs let the tests grow without growing the bank file: 40,000 examples take an
    # all-pairs AUC about 4·10^8 comparisons, far past the one-second limit.
    [("code.roc_auc", 40_000, QUADRATIC_AUC), ("code.reservoir_sampling", 40_000, QUADRATIC_RESERVOIR)],
)
def test_a_size_test_tells_a_quadratic_solution_from_the_reference(
    builtin_bank: QuestionBank, question_id: str, min_len: int, quadratic: str
) -> None:
    spec = spec_of(builtin_bank, question_id)
    big = size_test(spec, min_len)
    small = [t for t in spec.tests if t is not big]
    # The quadratic solution is right: it passes every other test...
    fine = run_tests(quadratic, spec.entry_point, small, spec)
    assert fine.ok, [c.to_dict() for c in fine.cases if not c.passed]
    # ...and runs out of time on the large one, where the reference passes with room to spare.
    slow = run_tests(quadratic, spec.entry_point, [big], spec)
    assert slow.verdict is Verdict.TIMEOUT, slow.summary
    assert slow.cases[0].status in (CaseStatus.TIMEOUT, CaseStatus.NOT_RUN)
    reference = run_tests(spec.reference_solution, spec.entry_point, [big], spec)
    assert reference.ok, reference.summary
    seconds = reference.cases[0].seconds
    assert seconds is not None and seconds < spec.time_limit_s / 4, seconds


def test_the_auc_size_test_expects_the_exact_auc(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.roc_auc")
    big = size_test(spec, 40_000)
    labels, scores = built_args(big)
    assert set(labels) == {0, 1} and len(set(scores)) < len(scores), "ties at scale too"
    assert abs(sum(labels) - len(labels) / 2) < len(labels) / 10, "balanced: P times N pairs is largest"
    assert close(auc_by_ranks(labels, scores), big, spec)
    metrics = pytest.importorskip("sklearn.metrics")
    assert close(float(metrics.roc_auc_score(labels, scores)), big, spec)


def test_the_reservoir_size_test_is_algorithm_r(builtin_bank: QuestionBank) -> None:
    import random

    spec = spec_of(builtin_bank, "code.reservoir_sampling")
    big = size_test(spec, 40_000)
    stream, k, seed = built_args(big)
    rng = random.Random(seed)
    slots = list(range(k))  # the stream position held by each slot
    for i in range(k, len(stream)):
        j = rng.randrange(i + 1)
        if j < k:
            slots[j] = i
    assert [stream[i] for i in slots] == expected_value(big)
    assert max(slots) > len(stream) // 2, "late items are in the sample: the whole stream was read"


def test_large_inputs_are_generated_so_the_bank_file_stays_small(builtin_bank: QuestionBank) -> None:
    # A large literal slows every start of the app, which parses the bank; a size test writes a
    # short {"$generate": ..., "seed": ...} spec that the sandbox expands instead.
    path = next(p for p in builtin_bank.files if p.name == "coding.yaml")
    raw = path.read_bytes()
    # 320 kB before the size tests were generated, half of it two literal lists. The wrong
    # versions said in more words (session 34) took it from 290 to 340 kB; the whole bank still
    # loads in 0.35 s, as before, and the node bound and the per-test bound below hold literals.
    assert len(raw) < 400_000 and _bounds(raw)[1] < MAX_NODES // 2, (len(raw), _bounds(raw))
    for q in coding_questions(builtin_bank):
        assert q.coding is not None
        for test in q.coding.tests:
            written = len(json.dumps([test.args, test.kwargs, test.expected, test.one_of]))
            assert written < 5_000, f"{q.id}/{test.name}: {written:,} characters; generate it instead"


# ---------------------------------------------------------------------------- graded follow-ups


def coding_questions(bank: QuestionBank) -> list[Question]:
    return [q for q in bank.questions if q.stage is Stage.CODING and q.id.startswith("code.")]


def test_at_least_fourteen_graded_follow_ups_are_well_formed(builtin_bank: QuestionBank) -> None:
    graded = [(q, f) for q in coding_questions(builtin_bank) for f in q.follow_ups if f.graded]
    assert len(graded) >= 14
    assert len({q.id for q, _ in graded}) >= 14, "spread over the questions"
    for q, follow_up in graded:
        where = f"{q.id}: {follow_up.prompt}"
        assert follow_up.model_answer is not None
        assert 3 <= len(split_reference(follow_up.model_answer)) <= 6, where
        assert 2 <= len(follow_up.points) <= 4, where
        for point in follow_up.points:
            assert 1 <= point.weight <= 3 and 2 <= len(point.terms) <= 5, (where, point.id)
            assert point.probe and point.text.endswith("."), (where, point.id)
            assert len(point.wrong) <= 2, (where, point.id)
    ungraded = [f for q in coding_questions(builtin_bank) for f in q.follow_ups if not f.graded]
    assert ungraded, "the other follow-ups stay plain questions"


def test_a_graded_follow_up_of_a_coding_question_can_be_asked(builtin_bank: QuestionBank) -> None:
    # The interview grades the answer to a graded follow-up as a question of its own: that
    # question is spoken, so it has no code to run, though it follows a coding question.
    for q in coding_questions(builtin_bank):
        for index, follow_up in enumerate(q.follow_ups):
            if follow_up.graded:
                asked = q.follow_up_question(index)
                assert asked.follows == q.id and asked.points == follow_up.points
                assert asked.model_answer == follow_up.model_answer
