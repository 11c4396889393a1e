"""The LLM-engineering bank (issue 17): its shape, and fluent but wrong answers graded with the real model.

The sample ordering, gaming and pitfall checks for these questions are in tests/test_grader.py
(parametrised per question id); here a hostile candidate states wrong numbers, swaps prefill and
decode, or claims that mixture-of-experts saves memory, and must score below the partial sample.
"""

from __future__ import annotations

import pytest
import yaml

from interviewer import paths
from interviewer.bank.loader import QuestionBank
from interviewer.bank.schema import Stage
from interviewer.grading.grader import Grader
from interviewer.grading.result import FlagCode, Status

BANK = paths.builtin_banks_dir() / "llm_engineering.yaml"


def bank_ids() -> list[str]:
    return [q["id"] for q in yaml.safe_load(BANK.read_text(encoding="utf-8"))["questions"]]


def test_the_bank_covers_the_loop_topics(builtin_bank: QuestionBank) -> None:
    questions = [builtin_bank.get(i) for i in bank_ids()]
    assert len(questions) >= 22 and all(q is not None for q in questions)
    assert all(q.stage is Stage.TECHNICAL for q in questions)  # type: ignore[union-attr]
    # The planner rotates technical questions by area: these share the existing ones.
    assert {q.area for q in questions} == {"dl", "nlp"}  # type: ignore[union-attr]
    topics = {q.topic for q in questions}  # type: ignore[union-attr]
    for topic in (
        "dl/debugging",
        "dl/compute",
        "nlp/serving",
        "dl/interpretability",
        "nlp/post-training",
        "nlp/pretraining-data",
        "dl/architectures",
        "dl/parallelism",
    ):
        assert topic in topics, topic
    graded = [q for q in questions if any(f.graded for f in q.follow_ups)]  # type: ignore[union-attr]
    assert 2 * len(graded) >= len(questions)
    for question in questions:
        assert question.pitfalls, question.id  # type: ignore[union-attr]
        for point in question.points:  # type: ignore[union-attr]
            assert 3 <= len(point.examples) <= 6, (question.id, point.id)  # type: ignore[union-attr]


# (question, what the hostile candidate does, the answer, the points it must be caught contradicting)
HOSTILE = [
    (
        "dl.training_memory",
        "wrong-number",
        "Adam in mixed precision needs about 8 bytes per parameter: the bf16 weights, the bf16 "
        "gradients and Adam's two moments, which are also kept in bf16. For a 7B model that is about "
        "56 GB, so it fits on a single 80 GB GPU with room to spare, and there is no need for a float32 "
        "master copy of the weights. Activations are small next to that, so I would not bother with "
        "sharding or checkpointing; plain data parallelism already splits the memory across the GPUs.",
        {"sixteen-bytes", "master-weights", "sharding"},
    ),
    (
        "nlp.prefill_vs_decode",
        "swapped",
        "Prefill is the memory-bandwidth-bound phase: the prompt tokens are read in one after another "
        "and each one has to stream all the weights, so it determines the time per output token. Decode "
        "is compute bound, because every decode step runs large matrix-matrix multiplications over many "
        "tokens at once, and it determines the time to first token. That is also why batching helps "
        "prefill a lot and does nothing for decode.",
        {"prefill-compute", "decode-bandwidth"},
    ),
    (
        "nlp.prefill_vs_decode",
        "swapped-other-words",
        "Decode is quick thanks to the KV cache: each step is a small matrix multiply, so it is compute "
        "bound and faster GPUs speed it up. Prefill is slow because the whole prompt has to be read from "
        "memory, so prefill is the memory-bound part, and batching does not change decode throughput.",
        {"prefill-compute", "decode-bandwidth"},
    ),
    (
        "dl.mixture_of_experts",
        "moe-saves-memory",
        "A mixture-of-experts model has several expert networks and a router that picks a couple of them "
        "per token. The big advantage is memory: only the active experts need to be loaded onto the GPU, "
        "so Mixtral needs about as much memory as a 13B dense model. The compute per token, though, is "
        "the same as a dense model with the same total parameter count, because every expert still "
        "processes every token in the backward pass. Each expert is trained on its own subject, one for "
        "maths, one for code and so on.",
        {"memory", "active-compute", "structure"},
    ),
    (
        "dl.training_compute",
        "wrong-number",
        "Training costs about two FLOPs per parameter per token, the same as inference, so 2 times 70 "
        "billion times 15 trillion, about 2.1e24 FLOPs. The GPUs run at their advertised peak of about a "
        "petaflop each during training, so 4,096 of them deliver about 4e18 FLOP/s and the run takes "
        "around six days.",
        {"six-nd", "mfu"},
    ),
    (
        "nlp.speculative_decoding",
        "negated",
        "A small draft model writes several tokens ahead and the big model checks them. It is not "
        "lossless: the output does not follow the target model's distribution, since many accepted "
        "tokens really come from the small model, so quality drops a little. Verifying the drafted "
        "tokens costs the big model as much as generating each of them, so the gain comes from skipping "
        "the big model on the easy tokens.",
        {"lossless", "why-cheap"},
    ),
]


@pytest.mark.parametrize(
    ("question_id", "answer", "caught"),
    [pytest.param(q, a, c, id=f"{q}-{kind}") for q, kind, a, c in HOSTILE],
)
def test_a_fluent_wrong_answer_scores_below_the_partial_sample(
    grader: Grader,
    builtin_bank: QuestionBank,
    samples,  # type: ignore[no-untyped-def]
    question_id: str,
    answer: str,
    caught: set[str],
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None
    hostile = grader.grade(question, answer)
    partial = grader.grade(question, samples[question_id]["partial"])
    assert hostile.score < partial.score, (hostile.score, partial.score)
    contradicted = {p.point_id for p in hostile.points if p.status is Status.CONTRADICTED}
    assert caught <= contradicted, contradicted
    # A point stated wrongly earns nothing.
    assert all(p.credit == 0.0 for p in hostile.points if p.point_id in caught), [
        (p.point_id, p.credit) for p in hostile.points
    ]


# Wrong numbers and rules worded like the right ones: a wrong factor in the right derivation
# (embeddings do not see that N is not 2N), caught by the words marked in its wrong version; and,
# still missed, a threshold rule worded like the real acceptance test (marking "fixed threshold"
# catches it, but also "A naive scheme would accept tokens above a fixed threshold, but ...").
WORDED_LIKE_THE_RIGHT_ONE = [
    pytest.param(
        "dl.training_compute",
        "The estimate is about 3ND: the forward pass costs N FLOPs per token and the backward pass twice "
        "that. So 3 times 70 billion times 15 trillion is about 3.2e24 FLOPs. At 40 percent utilization of "
        "roughly 1e15 FLOP/s per H100, 4,096 GPUs deliver 1.6e18 FLOP/s, so the run takes about 2e6 "
        "seconds, roughly 23 days.",
        "six-nd",
        id="dl.training_compute",
    ),
    pytest.param(
        "nlp.speculative_decoding",
        "A draft model proposes tokens and the big model accepts every drafted token whose probability "
        "under the big model is above a fixed threshold, like 0.5. So the output is close to, but not "
        "exactly, what the big model would produce. It gives the biggest speedups at very large batch "
        "sizes.",
        "lossless",
        id="nlp.speculative_decoding",
        marks=pytest.mark.xfail(strict=True, reason="not met yet: a threshold rule worded like the real one"),
    ),
]


@pytest.mark.parametrize(("question_id", "answer", "point"), WORDED_LIKE_THE_RIGHT_ONE)
def test_wrong_constants_worded_like_the_right_one_are_caught(
    grader: Grader,
    builtin_bank: QuestionBank,
    samples,  # type: ignore[no-untyped-def]
    question_id: str,
    answer: str,
    point: str,
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None
    result = grader.grade(question, answer)
    status = {p.point_id: p.status for p in result.points}
    assert status[point] is Status.CONTRADICTED, status
    assert result.score < grader.grade(question, samples[question_id]["partial"]).score


# Correct statements worded like a wrong version, with the prompt's own numbers (7B, 4,096 GPUs,
# 8k tokens) in them: a wrong number must not be read into them.
CORRECT = {
    "dl.training_memory": (
        "Adam's two moments are kept in fp32, so they add 8 bytes per parameter. Adam in mixed precision "
        "needs about 16 bytes per parameter, around 112 GB for 7B, before activations. For inference a 7B "
        "model needs only around 14 GB, so it fits easily on one 80 GB GPU."
    ),
    "dl.training_compute": (
        "For 70 billion parameters and 15 trillion tokens that is 6 times N times D, about 6.3e24 FLOPs. "
        "At 40 percent of the peak of about a petaflop per GPU, 4,096 GPUs deliver about 1.6e18 FLOP/s, so "
        "the run takes about 45 days."
    ),
    "nlp.kv_cache_capacity": (
        "Each token takes about 0.33 MB of cache here, so an 8k request needs about 2.7 GB. With 64 KV "
        "heads it would be 2.6 MB per token and 21 GB per request, but GQA with 8 KV heads cuts that "
        "eightfold."
    ),
    "nlp.speculative_decoding": (
        "Verifying k drafted tokens costs the target model about as much as generating one token, so the "
        "gain is that several tokens come out of one target pass."
    ),
    "dl.mixture_of_experts": (
        "Only the active experts run for each token, but all of them must be loaded into memory. Routing "
        "needs load balancing, because without it the router sends most tokens to a few experts."
    ),
    "nlp.process_vs_outcome_rewards": (
        "An outcome reward model judges only the final answer, while a process reward model scores each "
        "step of the reasoning. Outcome rewards are cheap because the labels come from the answer key, "
        "and process rewards need expensive step labels."
    ),
}


@pytest.mark.parametrize("question_id", sorted(CORRECT))
def test_a_correct_answer_near_a_wrong_version_is_not_contradicted(
    grader: Grader, builtin_bank: QuestionBank, question_id: str
) -> None:
    question = builtin_bank.get(question_id)
    assert question is not None
    result = grader.grade(question, CORRECT[question_id])
    assert not result.contradicted, [(p.point_id, p.evidence, p.contradiction) for p in result.contradicted]
    assert not result.has_flag(FlagCode.PITFALL), result.flags


def test_the_moe_memory_myth_is_flagged(grader: Grader, builtin_bank: QuestionBank) -> None:
    question = builtin_bank.get("dl.mixture_of_experts")
    assert question is not None
    answer = next(a for q, kind, a, _ in HOSTILE if kind == "moe-saves-memory")
    result = grader.grade(question, answer)
    memory = next(p for p in result.points if p.point_id == "memory")
    assert memory.status is Status.CONTRADICTED and memory.evidence and "memory" in memory.evidence
    assert result.has_flag(FlagCode.PITFALL)  # the experts-by-subject myth
