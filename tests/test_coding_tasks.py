"""The practical coding tasks: a KV cache, beam search, a backward pass with a gradient check and a
staged evaluation harness, plus the generated test inputs that keep their size tests out of the
bank file.

Every expected value is recomputed here by code written independently of the reference solution
(NumPy, PyTorch where installed, plain enumeration, a separate simulation), and each rule the
prompt states is pinned by a test that a plausible wrong solution fails, run through the sandbox.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import textwrap
from typing import Any

import numpy as np
import pytest

from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import CodeTest, CodingSpec
from interviewer.coding._harness import generate
from interviewer.coding.runner import CaseStatus, RunResult, Verdict, run_question, run_tests, values_match

NEW_TASKS = ("code.kv_cache_attention", "code.beam_search", "code.mlp_backward", "code.eval_harness")


def spec_of(bank: QuestionBank, question_id: str) -> CodingSpec:
    found = bank.get(question_id)
    assert found is not None and found.coding is not None, question_id
    return found.coding


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def is_generated(value: Any) -> bool:
    return isinstance(value, dict) and "$generate" in value


def inputs(test: CodeTest) -> tuple[list[Any], dict[str, Any]]:
    """The test's arguments as the sandbox passes them: generated ones built."""
    case = generate({"args": list(test.args), "kwargs": dict(test.kwargs)})
    assert "error" not in case, (test.name, case.get("error"))
    return case["args"], case["kwargs"]


def expected_tests(spec: CodingSpec) -> list[CodeTest]:
    return [t for t in spec.tests if t.outcome == "expected"]


def failing(result: RunResult) -> set[str]:
    return {c.name for c in result.cases if not c.passed}


def check_close(got: Any, test: CodeTest, spec: CodingSpec) -> None:
    assert values_match(test.expected, json.loads(json.dumps(got)), spec.tolerance(test)), (test.name, got)


# ---------------------------------------------------------------------------- generated inputs


def test_every_new_task_has_edge_cases_and_generated_size_tests(builtin_bank: QuestionBank) -> None:
    for question_id in NEW_TASKS:
        spec = spec_of(builtin_bank, question_id)
        sized = [t for t in spec.hidden if any(map(is_generated, (*t.args, *t.kwargs.values())))]
        assert sized, f"{question_id} has no size test"
        assert len(spec.tests) - len(sized) >= 8, f"{question_id} needs more edge cases"
        assert any(t.outcome == "raises" for t in spec.tests), f"{question_id} never checks bad input"
        for test in sized:
            args, kwargs = inputs(test)
            biggest = max(len(json.dumps(v)) for v in (*args, *kwargs.values()))
            written = len(json.dumps([test.args, test.kwargs]))
            assert biggest > 50_000 and written < 1_000, (question_id, test.name, biggest, written)


def test_generated_arguments_are_built_inside_the_sandbox() -> None:
    rng = random.Random(7)
    digits = [rng.randrange(10) for _ in range(100_000)]
    spec_tests = [
        CodeTest(name="plain", args=([1, 2, 3],), expected=[3, 6]),
        CodeTest(
            name="generated",
            args=({"$generate": "[rng.randrange(10) for _ in range(100000)]", "seed": 7},),
            expected=[len(digits), sum(digits)],
        ),
        CodeTest(name="kwargs-too", kwargs={"xs": {"$generate": "list(range(5))"}}, expected=[5, 10]),
    ]
    result = run_tests("def f(xs):\n    return [len(xs), sum(xs)]\n", "f", spec_tests)
    assert result.ok, [c.to_dict() for c in result.cases]
    assert result.cases[1].call is not None and "$generate" in result.cases[1].call  # shown as written


def test_a_generator_that_fails_is_that_tests_error_and_the_others_still_run() -> None:
    spec_tests = [
        CodeTest(name="broken", args=({"$generate": "[undefined_name]"},), expected=[]),
        CodeTest(name="fine", args=([1],), expected=[1]),
    ]
    result = run_tests("def f(xs):\n    return xs\n", "f", spec_tests)
    broken, fine = result.cases
    assert broken.status is CaseStatus.ERROR and broken.error_type == "NameError"
    assert fine.passed


def test_the_candidates_code_cannot_change_how_inputs_are_generated() -> None:
    # Inputs are built before the solution is loaded: patching random at import time is too late.
    cheat = code(
        """
        import random

        class Tiny(random.Random):
            def randrange(self, *args, **kwargs):
                return 0

        random.Random = Tiny

        def f(xs):
            return sum(xs)
        """
    )
    rng = random.Random(3)
    test = CodeTest(
        name="sum",
        args=({"$generate": "[rng.randrange(1, 10) for _ in range(1000)]", "seed": 3},),
        expected=sum(rng.randrange(1, 10) for _ in range(1000)),
    )
    result = run_tests(cheat, "f", [test])
    assert result.ok, result.cases[0].to_dict()


# ---------------------------------------------------------------------------- KV cache


def full_causal_attention(x: Any, Wq: Any, Wk: Any, Wv: Any, Wo: Any, n_heads: int) -> np.ndarray:
    """Recomputed over the whole sequence at once, with an explicit lower-triangular mask."""
    x = np.asarray(x, dtype=float)
    length, width = x.shape
    d_head = width // n_heads
    q, k, v = (x @ np.asarray(w, dtype=float) for w in (Wq, Wk, Wv))
    out = np.zeros((length, width))
    causal = np.tril(np.ones((length, length), dtype=bool))
    for h in range(n_heads):
        cols = slice(h * d_head, (h + 1) * d_head)
        scores = np.where(causal, q[:, cols] @ k[:, cols].T / math.sqrt(d_head), -np.inf)
        weights = np.exp(scores - scores.max(axis=1, keepdims=True))
        out[:, cols] = (weights / weights.sum(axis=1, keepdims=True)) @ v[:, cols]
    return out @ np.asarray(Wo, dtype=float)


def test_kv_cache_expectations_are_the_rows_of_full_recomputation(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.kv_cache_attention")
    for test in expected_tests(spec):
        (x, Wq, Wk, Wv, Wo, n_heads, prefill), _ = inputs(test)
        check_close(full_causal_attention(x, Wq, Wk, Wv, Wo, n_heads)[prefill:].tolist(), test, spec)
    # Both paths are exercised: all-prefill, all-decode and a mix, with one and several heads.
    splits = {
        (t.args[6] == 0, t.args[6] == len(t.args[0])) for t in spec.tests if not is_generated(t.args[0])
    }
    assert {(True, False), (False, True), (False, False)} <= splits


def test_kv_cache_expectations_match_torch_attention(builtin_bank: QuestionBank) -> None:
    torch = pytest.importorskip("torch")
    spec = spec_of(builtin_bank, "code.kv_cache_attention")
    for test in expected_tests(spec):
        (x, Wq, Wk, Wv, Wo, n_heads, prefill), _ = inputs(test)
        x_t = torch.tensor(x, dtype=torch.float64)
        length, width = x_t.shape

        def heads(
            w: Any, x_t: Any = x_t, length: int = length, width: int = width, n_heads: int = n_heads
        ) -> Any:
            projected = x_t @ torch.tensor(w, dtype=torch.float64)
            return projected.reshape(length, n_heads, width // n_heads).transpose(0, 1)

        attended = torch.nn.functional.scaled_dot_product_attention(
            heads(Wq), heads(Wk), heads(Wv), is_causal=True
        )
        out = attended.transpose(0, 1).reshape(length, width) @ torch.tensor(Wo, dtype=torch.float64)
        check_close(out[prefill:].tolist(), test, spec)


def test_decoding_with_the_cache_matches_recomputation_for_every_split(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.kv_cache_attention")
    rng = np.random.default_rng(2026)
    tests = []
    for length, width, n_heads in [(5, 4, 2), (6, 6, 3), (4, 8, 1)]:
        x = rng.normal(size=(length, width)).round(3)
        weights = [rng.normal(scale=0.5, size=(width, width)).round(3) for _ in range(4)]
        full = full_causal_attention(x, *weights, n_heads)
        for prefill in range(length + 1):
            args = (x.tolist(), *(w.tolist() for w in weights), n_heads, prefill)
            name = f"T{length}-d{width}-h{n_heads}-prefill{prefill}"
            tests.append(CodeTest(name=name, args=args, expected=full[prefill:].tolist()))
    result = run_tests(spec.reference_solution, spec.entry_point, tests, spec)
    assert result.ok, [c.to_dict() for c in result.cases if not c.passed]


KV_WRONG = {
    # Projects every position first and attends over all of them: later tokens leak in.
    "attends-ahead": (
        "",
        {
            "head-dim-one",
            "long-prompt",
            "many-decode-steps",
            "one-head-token-by-token",
            "prompt-then-steps",
            "scale-by-head-dim",
            "two-heads-after-prefill",
        },
    ),
    "scaled-by-full-width": (
        "causal sqrt-d",
        {
            "head-dim-one",
            "long-prompt",
            "many-decode-steps",
            "prompt-then-steps",
            "scale-by-head-dim",
            "two-heads-after-prefill",
        },
    ),
    "softmax-without-max": ("causal naive", {"large-scores"}),
}


def kv_variant(changes: str) -> str:
    scale = "np.sqrt(d)" if "sqrt-d" in changes else "np.sqrt(dh)"
    mask = (
        "scores = np.where(np.tril(np.ones((T, T), dtype=bool)), scores, -np.inf)"
        if "causal" in changes
        else "pass  # no mask"
    )
    shift = "scores" if "naive" in changes else "scores - scores.max(axis=1, keepdims=True)"
    return code(
        f"""
        import numpy as np

        def decode_with_kv_cache(x, Wq, Wk, Wv, Wo, n_heads, prefill):
            T, d = x.shape
            if d % n_heads or not 0 <= prefill <= T:
                raise ValueError("bad shapes")
            dh = d // n_heads
            Q, K, V = x @ Wq, x @ Wk, x @ Wv
            out = np.zeros((T, d))
            for h in range(n_heads):
                cols = slice(h * dh, (h + 1) * dh)
                scores = Q[:, cols] @ K[:, cols].T / {scale}
                {mask}
                w = np.exp({shift})
                out[:, cols] = (w / w.sum(axis=1, keepdims=True)) @ V[:, cols]
            return (out @ Wo)[prefill:]
        """
    )


@pytest.mark.parametrize("name", sorted(KV_WRONG))
def test_each_kv_cache_rule_is_pinned_by_a_test(builtin_bank: QuestionBank, name: str) -> None:
    spec = spec_of(builtin_bank, "code.kv_cache_attention")
    changes, expected_failures = KV_WRONG[name]
    result = run_question(spec, kv_variant(changes), hidden=True)
    assert failing(result) == expected_failures, result.message


def test_recomputing_everything_is_right_but_not_what_the_explanation_earns(
    builtin_bank: QuestionBank,
) -> None:
    # The tests check results, which full recomputation also gets right; whether the cache is used
    # is for the explanation (its step-cost and same-result points), not for the tests to decide.
    spec = spec_of(builtin_bank, "code.kv_cache_attention")
    assert run_question(spec, kv_variant("causal"), hidden=True).ok
    points = {p.id for p in builtin_bank.get("code.kv_cache_attention").points}  # type: ignore[union-attr]
    assert {"step-cost", "same-result", "cache-contents"} <= points


# ---------------------------------------------------------------------------- beam search


def beam_by_sorting(
    log_probs: list[list[float]], bos: int, eos: int, width: int, max_len: int, length_penalty: float = 0.0
) -> dict[str, Any]:
    """The prompt's rule written out with full sorts of every extension."""
    live: list[tuple[list[int], float]] = [([], 0.0)]
    done: list[tuple[list[int], float]] = []
    for _ in range(max_len):
        extensions = [
            (total + log_probs[tokens[-1] if tokens else bos][b], tokens + [b])
            for tokens, total in live
            for b in range(len(log_probs))
        ]
        extensions.sort(key=lambda e: (-e[0], e[1]))
        kept = extensions[:width]
        done += [(tokens, total) for total, tokens in kept if tokens[-1] == eos]
        live = [(tokens, total) for total, tokens in kept if tokens[-1] != eos]
        if not live:
            break
    done += live
    tokens, total = sorted(done, key=lambda h: (-(h[1] / len(h[0]) ** length_penalty), h[0]))[0]
    return {"tokens": tokens, "score": total / len(tokens) ** length_penalty}


def best_of_all_sequences(
    log_probs: list[list[float]], bos: int, eos: int, max_len: int, length_penalty: float
) -> dict[str, Any]:
    """Every sequence that ends at its first eos, or runs to max_len without one."""
    best: tuple[float, tuple[int, ...]] | None = None
    for length in range(1, max_len + 1):
        for tokens in itertools.product(range(len(log_probs)), repeat=length):
            if eos in tokens[:-1] or (length < max_len and tokens[-1] != eos):
                continue
            total = sum(log_probs[a][b] for a, b in zip((bos, *tokens), tokens, strict=False))
            key = (-(total / length**length_penalty), tokens)
            if best is None or key < best:
                best = key
    assert best is not None
    return {"tokens": list(best[1]), "score": -best[0]}


def test_beam_expectations_follow_the_stated_rule(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.beam_search")
    for test in expected_tests(spec):
        args, kwargs = inputs(test)
        check_close(beam_by_sorting(*args, **kwargs), test, spec)


def test_a_beam_wider_than_every_sequence_is_exhaustive_search(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.beam_search")
    test = next(t for t in spec.tests if t.name == "wide-beam-is-exhaustive")
    (log_probs, bos, eos, width, max_len), kwargs = inputs(test)
    assert width >= len(log_probs) ** max_len
    check_close(best_of_all_sequences(log_probs, bos, eos, max_len, kwargs["length_penalty"]), test, spec)


def test_beam_examples_show_beam_beating_greedy(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.beam_search")
    wide, greedy = (
        next(t for t in spec.examples if t.name == n) for n in ("beam-beats-greedy", "greedy-with-width-one")
    )
    assert wide.args[0] == greedy.args[0] and wide.expected["score"] > greedy.expected["score"]


BEAM_VARIANTS = {
    # Refills the beam to beam_width live hypotheses, setting finished ones aside beyond it.
    "refills-the-beam": (
        """
        def beam_search(log_probs, bos, eos, beam_width, max_len, length_penalty=0.0):
            if beam_width < 1 or max_len < 1:
                raise ValueError("bad arguments")
            live, done = [((), 0.0)], []
            for _ in range(max_len):
                rows = [(t, s, log_probs[t[-1] if t else bos]) for t, s in live]
                cands = sorted((-(s + row[b]), t + (b,)) for t, s, row in rows for b in range(len(row)))
                live = []
                for neg, t in cands:
                    if len(live) == beam_width:
                        break
                    (done if t[-1] == eos else live).append((t, -neg))
                if not live:
                    break
            done += live
            t, s = min(done, key=lambda h: (-(h[1] / len(h[0]) ** length_penalty), h[0]))
            return {"tokens": list(t), "score": s / len(t) ** length_penalty}
        """,
        {"finished-hypotheses-leave-the-beam"},
    ),
    # Breaks ties by the order the extensions were generated in.
    "ties-by-generation-order": (
        """
        def beam_search(log_probs, bos, eos, beam_width, max_len, length_penalty=0.0):
            if beam_width < 1 or max_len < 1:
                raise ValueError("bad arguments")
            live, done = [((), 0.0)], []
            for _ in range(max_len):
                V = range(len(log_probs))
                cands = [(s + log_probs[t[-1] if t else bos][b], t + (b,)) for t, s in live for b in V]
                cands.sort(key=lambda c: -c[0])
                live = []
                for s, t in cands[:beam_width]:
                    (done if t[-1] == eos else live).append((t, s))
                if not live:
                    break
            done += live
            t, s = max(done, key=lambda h: h[1] / len(h[0]) ** length_penalty)
            return {"tokens": list(t), "score": s / len(t) ** length_penalty}
        """,
        {"tie-against-generation-order"},
    ),
    # Compares finished hypotheses by raw sums whatever the length penalty.
    "ignores-the-length-penalty": (
        """
        import heapq

        def beam_search(log_probs, bos, eos, beam_width, max_len, length_penalty=0.0):
            if beam_width < 1 or max_len < 1:
                raise ValueError("bad arguments")
            live, done = [((), 0.0)], []
            for _ in range(max_len):
                rows = [(t, s, log_probs[t[-1] if t else bos]) for t, s in live]
                extensions = ((-(s + row[b]), t + (b,)) for t, s, row in rows for b in range(len(row)))
                cands = heapq.nsmallest(beam_width, extensions)
                live = []
                for neg, t in cands:
                    (done if t[-1] == eos else live).append((t, -neg))
                if not live:
                    break
            done += live
            t, s = min(done, key=lambda h: (-h[1], h[0]))
            return {"tokens": list(t), "score": s}
        """,
        {"large-vocabulary", "length-penalty-one", "wide-beam-is-exhaustive"},
    ),
}


@pytest.mark.parametrize("name", sorted(BEAM_VARIANTS))
def test_each_beam_rule_is_pinned_by_a_test(builtin_bank: QuestionBank, name: str) -> None:
    spec = spec_of(builtin_bank, "code.beam_search")
    source, expected_failures = BEAM_VARIANTS[name]
    result = run_question(spec, code(source), hidden=True)
    assert failing(result) == expected_failures, result.message


def test_searching_every_sequence_runs_out_of_time_on_the_large_vocabulary(
    builtin_bank: QuestionBank,
) -> None:
    spec = spec_of(builtin_bank, "code.beam_search")
    big = next(t for t in spec.hidden if t.name == "large-vocabulary")
    exhaustive = code(
        """
        import itertools

        def beam_search(log_probs, bos, eos, beam_width, max_len, length_penalty=0.0):
            best = None
            for n in range(1, max_len + 1):
                for seq in itertools.product(range(len(log_probs)), repeat=n):
                    total = sum(log_probs[a][b] for a, b in zip((bos,) + seq, seq))
                    if best is None or total > best[0]:
                        best = (total, seq)
            return {"tokens": list(best[1]), "score": best[0]}
        """
    )
    assert run_tests(exhaustive, spec.entry_point, [big], spec).verdict is Verdict.TIMEOUT
    reference = run_tests(spec.reference_solution, spec.entry_point, [big], spec)
    assert reference.ok and reference.cases[0].seconds is not None
    assert reference.cases[0].seconds < spec.time_limit_s / 4


# ---------------------------------------------------------------------------- backward pass


def mlp_loss(X: np.ndarray, y: np.ndarray, params: dict[str, np.ndarray]) -> float:
    hidden = np.maximum(X @ params["W1"] + params["b1"], 0.0)
    logits = hidden @ params["W2"] + params["b2"]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(y)), y].mean())


def numeric_check(
    X: np.ndarray, y: np.ndarray, params: dict[str, np.ndarray], grads: dict[str, Any], eps: float
) -> float:
    worst = 0.0
    for name, value in params.items():
        analytic = np.asarray(grads[name], dtype=float)
        for index in np.ndindex(value.shape):
            nudged = {k: v.copy() for k, v in params.items()}
            nudged[name][index] = value[index] + eps
            up = mlp_loss(X, y, nudged)
            nudged[name][index] = value[index] - eps
            numeric = (up - mlp_loss(X, y, nudged)) / (2 * eps)
            a = analytic[index]
            worst = max(worst, abs(a - numeric) / max(1.0, abs(a), abs(numeric)))
    return worst


def test_backward_expectations_match_autograd_and_an_independent_check(builtin_bank: QuestionBank) -> None:
    torch = pytest.importorskip("torch")
    spec = spec_of(builtin_bank, "code.mlp_backward")
    for test in expected_tests(spec):
        (X, y, *weights), kwargs = inputs(test)
        tensors = [torch.tensor(w, dtype=torch.float64, requires_grad=True) for w in weights]
        W1, b1, W2, b2 = tensors
        logits = torch.relu(torch.tensor(X, dtype=torch.float64) @ W1 + b1) @ W2 + b2
        loss = torch.nn.functional.cross_entropy(logits, torch.tensor(y))
        loss.backward()
        grads = {name: t.grad.tolist() for name, t in zip(("W1", "b1", "W2", "b2"), tensors, strict=True)}
        params = {
            name: np.asarray(w, dtype=float)
            for name, w in zip(("W1", "b1", "W2", "b2"), weights, strict=True)
        }
        worst = numeric_check(
            np.asarray(X, dtype=float), np.asarray(y), params, grads, kwargs.get("eps", 1e-6)
        )
        got = {"loss": loss.item(), **{f"d{k}": v for k, v in grads.items()}, "max_error": worst}
        check_close(got, test, spec)


def test_the_check_flags_a_relu_kink_and_nothing_else(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.mlp_backward")
    for test in expected_tests(spec):
        (X, _y, W1, b1, *_), kwargs = inputs(test)
        on_kink = bool(np.any(np.asarray(X) @ np.asarray(W1) + np.asarray(b1) == 0.0))
        error = test.expected["max_error"]
        if test.name == "relu-kink":
            assert on_kink and error > 0.1, error  # the check disagrees where there is no derivative
        elif "eps" not in kwargs:
            assert not on_kink and error < 1e-6, (test.name, error)


MLP_WRONG = {
    "forward-difference": (
        "numeric = (up - down) / (2 * eps)",
        "numeric = (up - loss) / eps",
        {"curved-loss", "given-eps", "large-logits", "relu-kink"},
    ),
    "sum-over-the-batch": (
        "dz /= n  # the loss is a mean over the rows",
        "pass",
        {"dead-unit", "given-eps", "large-batch", "large-logits", "mean-over-batch", "relu-kink"},
    ),
    "relu-slope-one-at-zero": ("(h > 0)", "(h >= 0)", {"relu-kink"}),
    "log-sum-exp-without-the-max": (
        "log_norm = top[:, 0] + np.log(np.exp(z - top).sum(axis=1))",
        "log_norm = np.log(np.exp(z).sum(axis=1))",
        {"large-logits"},
    ),
    "ignores-the-given-eps": (
        "    X = np.asarray(X, dtype=float)\n",
        "    X = np.asarray(X, dtype=float)\n    eps = 1e-6\n",
        {"given-eps"},
    ),
}


@pytest.mark.parametrize("name", sorted(MLP_WRONG))
def test_each_backward_rule_is_pinned_by_a_test(builtin_bank: QuestionBank, name: str) -> None:
    spec = spec_of(builtin_bank, "code.mlp_backward")
    old, new, expected_failures = MLP_WRONG[name]
    assert spec.reference_solution.count(old) == 1
    result = run_question(spec, spec.reference_solution.replace(old, new), hidden=True)
    assert failing(result) == expected_failures, result.message


def test_a_gradient_check_one_row_at_a_time_runs_out_of_time(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.mlp_backward")
    big = next(t for t in spec.hidden if t.name == "large-batch")
    per_row = spec.reference_solution.replace(
        "        return np.mean(log_norm - z[rows, y]), h, a, z, log_norm\n",
        "        total = 0.0\n"
        "        for i in range(n):  # one row at a time\n"
        "            zi = a[i] @ p['W2'] + p['b2']\n"
        "            total += np.log(np.exp(zi - zi.max()).sum()) + zi.max() - zi[y[i]]\n"
        "        return total / n, h, a, z, log_norm\n",
    )
    assert per_row != spec.reference_solution
    assert run_tests(per_row, spec.entry_point, [big], spec).verdict is Verdict.TIMEOUT
    reference = run_tests(spec.reference_solution, spec.entry_point, [big], spec)
    assert reference.ok and reference.cases[0].seconds is not None
    assert reference.cases[0].seconds < spec.time_limit_s / 4


# ---------------------------------------------------------------------------- evaluation harness


def simulate_eval(
    items: list[dict[str, str]],
    script: dict[str, list[list[Any]]],
    concurrency: int = 1,
    max_retries: int = 0,
    base_delay: float = 1.0,
    journal: list[str] | None = None,
    details: bool = True,
) -> dict[str, Any]:
    """The prompt's rules as a plain simulation: named workers, attempts laid out one by one."""
    restored: dict[str, str | None] = {}
    for line in journal or []:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        restored[record["id"]] = record["output"]
    workers = [0.0] * concurrency
    rows: list[dict[str, Any]] = []
    spans: list[tuple[float, float]] = []  # (start, end) of every item run, for the bound below
    for item in items:
        if restored.get(item["id"]) is not None:
            output = restored[item["id"]]
            rows.append(
                {
                    "id": item["id"],
                    "output": output,
                    "correct": output == item["answer"],
                    "attempts": 0,
                    "finished_at": None,
                }
            )
            continue
        worker = min(range(concurrency), key=lambda w: (workers[w], w))
        start = now = workers[worker]
        for attempt in range(max_retries + 1):
            latency, output = script[item["id"]][attempt]
            now += latency
            if output is not None:
                break
            if attempt < max_retries:
                now += base_delay * 2**attempt
        workers[worker] = now
        spans.append((start, now))
        correct = output is not None and output == item["answer"]
        rows.append(
            {
                "id": item["id"],
                "output": output,
                "correct": correct,
                "attempts": attempt + 1,
                "finished_at": now,
            }
        )
    in_flight = 0  # never more items in flight than workers (a finish frees its slot first)
    for _, change in sorted([(s, 1) for s, _ in spans] + [(e, -1) for _, e in spans]):
        in_flight += change
        assert in_flight <= concurrency
    ran = [(r["finished_at"], i) for i, r in enumerate(rows) if r["finished_at"] is not None]
    summary: dict[str, Any] = {
        "score": sum(r["correct"] for r in rows) / len(rows) if rows else None,
        "correct": sum(r["correct"] for r in rows),
        "failed": sum(r["output"] is None for r in rows),
        "calls": sum(r["attempts"] for r in rows),
        "elapsed": max((t for t, _ in ran), default=0.0),
    }
    if details:
        summary["written"] = [rows[i]["id"] for _, i in sorted(ran)]
        summary["results"] = rows
    return summary


def test_eval_harness_expectations_follow_the_stated_rules(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.eval_harness")
    for test in expected_tests(spec):
        args, kwargs = inputs(test)
        check_close(simulate_eval(*args, **kwargs), test, spec)


def test_eval_harness_tests_are_staged_in_four_parts(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.eval_harness")
    for part in ("part1-", "part2-", "part3-", "part4-"):
        assert any(t.name.startswith(part) for t in spec.examples), f"no visible {part} test"
        assert sum(t.name.startswith(part) for t in spec.tests) >= 3, part
    # Latencies and delays are whole or halves, so finish times tie exactly, never by rounding.
    for test in expected_tests(spec):
        for row in test.expected.get("results") or []:
            assert row["finished_at"] is None or (2 * row["finished_at"]).is_integer()


EVAL_WRONG = {
    "one-worker-whatever-the-limit": (
        "        clock = heapq.heappop(free_at)\n",
        "        clock = max(free_at)\n        free_at.remove(clock)\n",
        {
            "part2-more-workers-than-items",
            "part2-ties-in-input-order",
            "part2-two-workers",
            "part4-last-record-wins",
            "size-large-suite",
            "size-resume-large-journal",
        },
    ),
    "results-in-completion-order": (
        '        summary["results"] = results\n',
        '        summary["results"] = sorted(results, key=lambda r: r["finished_at"] or -1.0)\n',
        {
            "part2-more-workers-than-items",
            "part2-ties-in-input-order",
            "part2-two-workers",
            "part4-cut-off-last-line",
            "part4-last-record-wins",
            "part4-resume",
        },
    ),
    "failures-left-out-of-the-score": (
        '"score": correct / len(items) if items else None,',
        '"score": correct / max(1, sum(r["output"] is not None for r in results)) if items else None,',
        {
            "part3-no-retry-by-default",
            "part3-retries-run-out",
            "part3-retry-then-succeed",
            "part4-summary-only",
            "size-large-suite",
            "size-resume-large-journal",
        },
    ),
    "first-journal-record-wins": (
        'restored[record["id"]] = record["output"]',
        'restored.setdefault(record["id"], record["output"])',
        {"part4-last-record-wins"},
    ),
    "retries-without-backoff": (
        "            clock += base_delay * 2 ** (attempts - 1)  # exponential backoff\n",
        "            pass\n",
        {
            "part3-a-waiting-worker-keeps-its-slot",
            "part3-backoff-doubles",
            "part3-long-backoff-is-virtual",
            "part3-retries-run-out",
            "part3-retry-then-succeed",
            "size-large-suite",
            "size-resume-large-journal",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(EVAL_WRONG))
def test_each_eval_harness_rule_is_pinned_by_a_test(builtin_bank: QuestionBank, name: str) -> None:
    spec = spec_of(builtin_bank, "code.eval_harness")
    old, new, expected_failures = EVAL_WRONG[name]
    assert spec.reference_solution.count(old) == 1, old
    result = run_question(spec, spec.reference_solution.replace(old, new), hidden=True)
    assert failing(result) == expected_failures, result.message


def test_a_slot_freed_during_the_backoff_breaks_the_stated_schedule(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.eval_harness")
    test = next(t for t in spec.tests if t.name == "part3-a-waiting-worker-keeps-its-slot")
    (items, script), kwargs = inputs(test)
    # Freed during the wait, the single worker would run b before a's retry: a different schedule.
    assert [r["finished_at"] for r in test.expected["results"]] == [6.0, 7.0]
    assert kwargs["concurrency"] == 1 and script["a"][0][1] is None and len(items) == 2


def test_really_sleeping_between_retries_runs_out_of_time(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.eval_harness")
    virtual = next(t for t in spec.tests if t.name == "part3-long-backoff-is-virtual")
    sleeper = spec.reference_solution.replace("import json\n", "import json\nimport time\n", 1).replace(
        "            clock += base_delay * 2 ** (attempts - 1)  # exponential backoff\n",
        "            time.sleep(base_delay * 2 ** (attempts - 1))\n"
        "            clock += base_delay * 2 ** (attempts - 1)\n",
    )
    assert "time.sleep" in sleeper
    assert run_tests(sleeper, spec.entry_point, [virtual], spec).verdict is Verdict.TIMEOUT


def test_a_resume_that_looks_ids_up_in_a_list_runs_out_of_time(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.eval_harness")
    big = next(t for t in spec.hidden if t.name == "size-resume-large-journal")
    listed = spec.reference_solution.replace(
        '        output = restored.get(item["id"])\n',
        "        done = list(restored)  # a list: O(n) per lookup\n"
        '        output = restored[item["id"]] if item["id"] in done else None\n',
    )
    assert listed != spec.reference_solution
    assert run_tests(listed, spec.entry_point, [big], spec).verdict is Verdict.TIMEOUT
    reference = run_tests(spec.reference_solution, spec.entry_point, [big], spec)
    assert reference.ok and reference.cases[0].seconds is not None
    assert reference.cases[0].seconds < spec.time_limit_s / 4


def test_the_resume_size_test_restores_most_items_and_reruns_failures(builtin_bank: QuestionBank) -> None:
    spec = spec_of(builtin_bank, "code.eval_harness")
    full = next(t for t in spec.hidden if t.name == "size-large-suite")
    resumed = next(t for t in spec.hidden if t.name == "size-resume-large-journal")
    (items, _script), kwargs = inputs(resumed)
    journal = kwargs["journal"]
    assert len(items) >= 20_000 and len(journal) >= len(items) // 2
    parsed = []
    for line in journal:
        try:
            parsed.append(json.loads(line))
        except json.JSONDecodeError:
            parsed.append(None)
    assert parsed[-1] is None, "the last line is cut off, as a crash leaves it"
    assert any(r and r["output"] is None for r in parsed), "some recorded items failed and must rerun"
    assert resumed.expected["calls"] < full.expected["calls"]
    assert resumed.expected["elapsed"] < full.expected["elapsed"]
