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
    grader = build_grader(settings, questions=bank.questions)
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


# ---------------------------------------------------------------------------- history at scale


def run_history_bench(settings: Settings, answers: int = 100_000, repeats: int = 5) -> dict[str, Any]:
    """Build a synthetic history of ``answers`` answers over three years in a temporary database,
    then time what a long-time user waits for: the progress screen (in the real app, headless),
    the home screen's summary, and ``interviewer history --json`` / ``due --json`` as processes."""
    import asyncio
    import subprocess
    import sys
    import tempfile

    from interviewer.progress import build_progress
    from interviewer.services import load_question_bank
    from interviewer.synthetic import generate_history

    bank = load_question_bank()
    with tempfile.TemporaryDirectory(prefix="interviewer-bench-") as folder:
        db_path = Path(folder) / "history.db"
        t0 = time.perf_counter()
        store = generate_history(db_path, bank, answers=answers)
        built = time.perf_counter() - t0
        summary_ms = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            build_progress(store, bank)
            summary_ms.append((time.perf_counter() - t0) * 1000)
        screen_ms = asyncio.run(_time_progress_screen(settings, store, bank, repeats))

        def command_s(*args: str) -> float:
            times = []
            env = {**os.environ, "INTERVIEWER_HOME": folder}
            for _ in range(3):
                t0 = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "interviewer", "--db", str(db_path), *args],
                    check=True,
                    capture_output=True,
                    env=env,
                )
                times.append(time.perf_counter() - t0)
            return statistics.median(times)

        figures = {
            "history_answers": store.count_answers(),
            "history_sessions": store.count_sessions(),
            "history_db_mb": round(db_path.stat().st_size / 1e6, 1),
            "history_build_s": round(built, 1),
            "progress_screen_open_ms_median": round(statistics.median(screen_ms), 1),
            "progress_screen_open_ms_max": round(max(screen_ms), 1),
            "progress_summary_ms_median": round(statistics.median(summary_ms), 1),
            "history_json_cli_s": round(command_s("history", "--json"), 2),
            "history_json_all_sessions_cli_s": round(command_s("history", "--json", "--limit", "0"), 2),
            "due_json_cli_s": round(command_s("due", "--json"), 2),
        }
        store.db.close()
    return figures


async def _time_progress_screen(settings: Settings, store: Any, bank: Any, repeats: int) -> list[float]:
    """Milliseconds from pushing the progress screen to its first frame, in the real app."""
    import asyncio

    from textual.widgets import OptionList

    from interviewer.app import InterviewerApp
    from interviewer.grading.embedder import ModelLoadError
    from interviewer.screens.progress import ProgressScreen

    def no_model() -> Any:
        raise ModelLoadError("not needed to time the progress screen")

    app = InterviewerApp(settings, store, bank, grader_factory=no_model)
    times = []
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        menu = app.screen.query_one("#menu", OptionList)
        for _ in range(repeats):
            # As a user opens it: Enter on "Progress" in the home menu, until the first frame.
            ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
            menu.highlighted = ids.index("progress")
            await pilot.pause()
            painted = asyncio.Event()
            t0 = time.perf_counter()
            menu.action_select()
            while not isinstance(app.screen, ProgressScreen):
                await asyncio.sleep(0)
            app.screen.call_after_refresh(painted.set)  # runs once the first frame is drawn
            await painted.wait()
            times.append((time.perf_counter() - t0) * 1000)
            await pilot.pause()
            app.pop_screen()
            await pilot.pause()
    return times


# ---------------------------------------------------------------------------- spoken answers

TRANSCRIBE_RTF_BUDGET = 0.3  # seconds of work per second of audio, on two cores
APP_RSS_BUDGET_MB = 900.0  # the app with both models loaded


def fixture_audio_dir() -> Path:
    """The WAV fixtures of the tests (a source checkout only): the default clip to time."""
    return Path(__file__).resolve().parent.parent / "tests" / "data" / "audio"


def _current_rss_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


def run_voice_bench(
    settings: Settings, audio: Path | None = None, repeats: int = 3, neighbours: bool = True
) -> dict[str, Any]:
    """Time transcription and measure the memory it adds, in a process set up as the app is:
    the app's modules imported, the embedding model loaded and warm, then the speech model.

    ``audio``: a recording to transcribe; by default the test fixtures joined into one clip
    (about 40 s, a typical answer). Transcription is timed ``repeats`` times after a warm-up;
    the real-time factor is the median wall time over the audio's length (budget: 0.3 on two
    cores). ``neighbours``: build the grader as the app does, with the bank's other questions
    (embedding them takes a minute or more on two cores, and sets the peak memory); without,
    the figures come sooner and the peak is lower. Raises VoiceError (the voice extra missing)
    or ValueError (no audio to time).
    """
    import numpy as np

    import interviewer.app  # noqa: F401 - the app's own modules (Textual) count in its memory
    from interviewer.services import build_grader, load_question_bank
    from interviewer.voice import transcribe
    from interviewer.voice.audio import SAMPLE_RATE
    from interviewer.voice.transcribe import load_model, model_version, read_audio

    if audio is not None:
        samples = read_audio(audio)
        source = str(audio)
    else:
        clips = sorted(fixture_audio_dir().glob("*.wav"))
        if not clips:
            raise ValueError(f"no WAV fixtures in {fixture_audio_dir()}: give a recording with --audio FILE")
        samples = np.concatenate([read_audio(path) for path in clips])
        source = f"{len(clips)} test fixtures joined"
    seconds = len(samples) / SAMPLE_RATE
    if seconds < 1:
        raise ValueError(f"{source}: {seconds:.1f} s of audio is too short to time")

    bank = load_question_bank()
    grader = build_grader(settings, questions=bank.questions if neighbours else ())
    pairs = [(bank.get(q), a) for q, a in sample_answers("strong")[:3]]
    for question, answer in pairs:
        if question is not None:
            grader.grade(question, answer)
    before_mb = _current_rss_mb()

    started = time.perf_counter()
    load_model()
    load_s = time.perf_counter() - started
    transcribe(samples[: SAMPLE_RATE * 5])  # warm-up
    walls, cpus = [], []
    words = 0
    for _ in range(max(1, repeats)):
        wall, cpu = time.perf_counter(), time.process_time()
        transcript = transcribe(samples)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        words = len(transcript.words)
    for question, answer in pairs:  # grading still works beside it
        if question is not None:
            grader.grade(question, answer)
    after_mb = _current_rss_mb()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall_s = statistics.median(walls)
    return {
        "grader_neighbours": neighbours,
        "speech_model": model_version(),
        "speech_threads": 2,
        "speech_audio": source,
        "speech_audio_s": round(seconds, 1),
        "speech_words": words,
        "speech_model_load_s": round(load_s, 2),
        "transcribe_s_median": round(wall_s, 2),
        "transcribe_rtf_median": round(wall_s / seconds, 3),
        "transcribe_rtf_best": round(min(walls) / seconds, 3),
        "transcribe_cpu_s_per_audio_s": round(statistics.median(cpus) / seconds, 3),
        "transcribe_rtf_budget": TRANSCRIBE_RTF_BUDGET,
        "rss_before_speech_mb": None if before_mb is None else round(before_mb, 1),
        "rss_with_both_models_mb": None if after_mb is None else round(after_mb, 1),
        "speech_added_rss_mb": None
        if before_mb is None or after_mb is None
        else round(after_mb - before_mb, 1),
        "peak_rss_with_both_models_mb": round(peak_mb, 1),
        "peak_rss_budget_mb": APP_RSS_BUDGET_MB,
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
