"""``interviewer bench``: start-up, warm grading latency and memory, printed (never asserted)."""

from __future__ import annotations

import os
import resource
import statistics
import time
from pathlib import Path
from typing import Any

import yaml

from interviewer import paths
from interviewer.bank.schema import Question
from interviewer.config import Settings


def seconds_since_process_start() -> float | None:
    """Wall time since this process started (Linux /proc; None elsewhere)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def sample_answers(band: str = "strong") -> list[tuple[str, str]]:
    """(question id, answer) pairs from the graded samples that ship in ``data/samples``."""
    folder = paths.builtin_data_dir() / "samples"
    out: list[tuple[str, str]] = []
    for path in sorted(Path(folder).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for sample in data.get("samples", []):
            if sample.get("band") == band:
                out.append((sample["question"], sample["answer"]))
    return out


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def about_words(answer: str, target: int) -> str:
    """The answer cut at the sentence boundary nearest ``target`` words."""
    from interviewer.grading.segment import split_sentences, words

    best, best_gap = answer, abs(len(words(answer)) - target)
    for sentence in split_sentences(answer):
        gap = abs(len(words(answer[: sentence.end])) - target)
        if gap < best_gap:
            best, best_gap = answer[: sentence.end], gap
    return best


def run_bench(settings: Settings, gradings: int = 240, answer_words: int = 120) -> dict[str, Any]:
    from interviewer.grading.segment import words
    from interviewer.services import build_grader, load_question_bank

    started = time.perf_counter()
    bank = load_question_bank()
    grader = build_grader(settings)
    model_ready = time.perf_counter()
    since_start = seconds_since_process_start()

    pairs: list[tuple[Question, str]] = []
    # Strong sample answers (100-160 words), cut at a sentence near ``answer_words`` words.
    for question_id, answer in sample_answers("strong"):
        question = bank.get(question_id)
        if question is not None:
            pairs.append((question, about_words(answer, answer_words)))
    if not pairs:
        raise RuntimeError("no sample answers found under data/samples")
    for question, _ in pairs:  # as the app does: one question's references at a time
        grader.warm([question])
    for question, answer in pairs[:3]:
        grader.grade(question, answer)

    latencies: list[float] = []
    word_counts: list[int] = []
    for i in range(gradings):
        question, answer = pairs[i % len(pairs)]
        t0 = time.perf_counter()
        grader.grade(question, answer)
        latencies.append((time.perf_counter() - t0) * 1000)
        word_counts.append(len(words(answer)))

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "model": grader.embedder.model_id,
        "packed_encoder": bool(getattr(grader.embedder, "packed", False)),
        "process_start_to_model_ready_s": round(since_start, 2) if since_start else None,
        "model_load_s": round(model_ready - started, 2),
        "gradings": gradings,
        "answer_words_mean": round(statistics.mean(word_counts), 1),
        "warm_grade_p50_ms": round(_percentile(latencies, 50), 1),
        "warm_grade_p95_ms": round(_percentile(latencies, 95), 1),
        "warm_grade_max_ms": round(max(latencies), 1),
        "peak_rss_mb": round(peak_kib / 1024, 1),
    }
